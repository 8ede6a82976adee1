"""The HTML path gives back what trafilatura's precision pass drops from inside an article
(`extract.restore`): text after an empty element, the words of a paragraph's link spans, and a
subheading that is mostly a link. Pages are synthetic, built here."""
from __future__ import annotations

from trafilatura.utils import load_html

from newsledger.extract import extract
from newsledger.extract.restore import keep_inline_words, keep_tails, linked_subheadings
from newsledger.records import Article, RawDocument

_PARAGRAPH = ("Engineers in the lake town of Brennick reopened the eastern ferry ramp on {day}, eleven weeks "
              "after a storm surge tore its hinges loose, the transport board announced.")


def _page(middle: str) -> bytes:
    def paragraphs(town: str) -> str:
        return "".join("<p>" + _PARAGRAPH.format(day=day).replace("Brennick", town) + "</p>"
                       for day in ("Monday", "Tuesday", "Wednesday"))

    return ("<html><head><title>Ferry ramp reopens in Brennick</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
            "<article><h1>Ferry ramp reopens in Brennick</h1><div class='story'>"
            + paragraphs("Brennick") + middle + paragraphs("Soltau")
            + "</div></article><footer>Contact the newsroom</footer></body></html>").encode()


def _body(middle: str) -> str:
    article = extract(RawDocument(uri="synthetic.html", content=_page(middle)))
    assert isinstance(article, Article)
    return article.body


def test_text_after_an_empty_element_stays_in_the_paragraph():
    body = _body("<p>The board had warned of delays for weeks.<span class='spacer'></span> Deckhands "
                 "unloaded the first trucks of timber before sunrise on the reopened ramp.</p>")
    assert "Deckhands unloaded the first trucks of timber" in body


def test_words_of_a_link_span_inside_a_sentence_are_kept():
    body = _body("<p>The harbour board said in a <span class='link'><a href='/notice'>public notice</a></span> "
                 "that evening crossings would return within a fortnight.</p>")
    assert "said in a public notice that evening crossings" in body


def test_a_linked_subheading_between_kept_paragraphs_is_kept_in_place():
    body = _body("<h2><a href='/inspection-report'>What the hull inspectors reported</a></h2>")
    lines = [line for line in body.split("\n") if line.strip()]
    at = lines.index("What the hull inspectors reported")
    assert "Wednesday" in lines[at - 1] and "Soltau" in lines[at + 1]


def test_a_linked_heading_in_a_side_box_or_outside_the_kept_text_is_not_added():
    tree = load_html("<html><body><div><p>First kept paragraph of the story, long enough.</p>"
                     "<aside><h3><a href='/x'>A teaser from the side box</a></h3></aside>"
                     "<p>Second kept paragraph of the story, long enough too.</p>"
                     "<h3><a href='/y'>A headline after the story</a></h3></div></body></html>")
    text = "First kept paragraph of the story, long enough.\nSecond kept paragraph of the story, long enough too."
    assert linked_subheadings(tree, text) == text


def test_a_linked_heading_in_a_box_of_other_stories_inside_the_article_is_not_added():
    for box in ("<div class='related-stories'><h3><a href='/news/quay-cranes'>Quay cranes return to service</a></h3></div>",
                "<div id='readmore'><span>Read more:</span><h4><a href='/news/7'>Pier fares rise in autumn</a></h4></div>"):
        body = _body(box)
        assert "Quay cranes return" not in body and "Pier fares rise" not in body


def test_the_page_text_is_unchanged_by_moving_tails_and_unwrapping_spans():
    markup = ("<html><body><div><p>Opening words<i class='icon'></i> then more words <span class='x link'>"
              "<a href='/a'>linked words</a></span> and the end.</p><div></div>Loose text after.</div></body></html>")
    tree = load_html(markup)
    before = " ".join(tree.text_content().split())
    keep_tails(tree)
    keep_inline_words(tree)
    assert " ".join(tree.text_content().split()) == before
    assert tree.find(".//span") is None


def test_every_element_kept_keeps_its_text_after_moving_tails_and_unwrapping_spans():
    # the moves are made in place on the caller's tree: every element that stays reads the same text,
    # so trafilatura's later passes and the text measures over the tree see the page's words unchanged
    markup = ("<html><body><div class='story'><p>First words<i class='icon'></i> follow the icon <span id='link-3'>"
              "<a href='/b'>in a link</a></span> and close.</p><p><span></span>A tail after an empty span.</p>"
              "<div><img src='x.jpg'/></div>Loose words after a picture.</div></body></html>")
    tree = load_html(markup)
    kept = [(element, " ".join(element.text_content().split())) for element in tree.iter()
            if not (element.tag in ("i", "span", "div", "img") and not element.text_content().strip())
            and element.tag != "span"]
    keep_inline_words(tree)
    keep_tails(tree)
    for element, text in kept:
        assert " ".join(element.text_content().split()) == text, element.tag
