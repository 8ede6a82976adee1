"""A page whose text has no blank lines is coded in bounded pieces (issue 13, memory).

The coder reads some things paragraph by paragraph (whether a paragraph reports violence, the time
a paragraph last named, the place around a sentence). A paragraph of news is a few sentences; a
"paragraph" of tens of thousands of characters is a page without paragraph breaks (a text dump,
some HTML), and parsing it whole cost a 118,000-character page 380 MB and 4.8 CPU-s in the run's
own process. The measure here is the text handed to the dependency parser, not a timing: no piece
longer than a passage of ordinary size (or the longest sentence, which is parsed anyway).
The page is synthetic and made here.
"""
from __future__ import annotations

from newsledger.enrich import enrich_many
from newsledger.events import aspect, with_events
from newsledger.events.coder import PASSAGE_CHARS, passages
from newsledger.records import Article

_TOWNS = ("Ashford", "Brenton", "Calder", "Dunmore", "Elston", "Farley", "Garwick", "Holbury")


def _page() -> str:
    """About 12,000 characters of synthetic war reporting with no blank line anywhere."""
    sentences = []
    for n in range(60):
        town = _TOWNS[n % len(_TOWNS)]
        sentences.append(f"Residents of {town} recalled the bombing of Sunday near the market, report {n}.")
        sentences.append(f"Rebels attacked an army post outside {town} on Tuesday, killing {n % 5 + 2} soldiers.")
    return " ".join(sentences)


def _article(body: str) -> Article:
    return Article(id="synthetic-long", source={"uri": "synthetic-long.txt", "format": "text"},
                   title="Fighting around Calder", outlet=None, credited_sources=(), byline=(),
                   published=None, language="en", body=body)


def test_a_page_with_no_blank_lines_is_parsed_in_bounded_pieces(monkeypatch):
    body = _page()
    assert "\n\n" not in body and len(body) > 5 * PASSAGE_CHARS
    (analysis,) = enrich_many([_article(body)], processes=1)
    parsed: list[int] = []
    original = aspect.parsed

    def counting(sentence: str):
        parsed.append(len(sentence))
        return original(sentence)

    monkeypatch.setattr(aspect, "parsed", counting)
    aspect.forget_parses()
    coded = with_events(analysis)
    longest_sentence = max(end - start for start, end in analysis.sentences)
    assert coded.events                                 # the page was read: its attacks are coded
    assert parsed, "the coder parsed nothing"
    assert max(parsed) <= max(PASSAGE_CHARS, longest_sentence), f"{max(parsed):,} characters parsed at once"


def test_passages_are_the_paragraphs_of_ordinary_news():
    body = "Rebels attacked a post on Tuesday. Two soldiers died.\n\nThe army said it would respond."
    spans = ((0, 34), (35, 53), (55, len(body)))
    assert passages(body, spans) == ((0, 53), (55, len(body)))


def test_an_overlong_paragraph_is_split_at_its_sentences():
    body = _page()
    (analysis,) = enrich_many([_article(body)], processes=1)
    pieces = passages(body, analysis.sentences)
    starts = {start for start, _ in analysis.sentences}
    ends = {end for _, end in analysis.sentences}
    assert len(pieces) > 1
    assert all(end - start <= PASSAGE_CHARS for start, end in pieces)
    assert all(start in starts and end in ends for start, end in pieces)      # cut between sentences only
    assert pieces[0][0] == analysis.sentences[0][0] and pieces[-1][1] == analysis.sentences[-1][1]
