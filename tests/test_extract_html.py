"""The HTML path: body, headline, outlet, credits, byline and publication date of HTML pages.

Inputs: synthetic pages in tests/fixtures/html/ (each says so in a header comment), a few real
pages of the shared corpus (AEB pages against their human-written body; dates pages against their
gold day), and hostile HTML built here.
"""
from __future__ import annotations

import gzip
import importlib
import json
import re
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from trafilatura.utils import load_html

from newsledger.errors import ExtractionError
from newsledger.extract import extract
from newsledger.extract.html import extract_html, published_from_html, trim_edges
from newsledger.extract.metadata import classify_authors, headline_dateline, parse_machine_date, strip_site_suffix
from newsledger.options import ExtractOptions
from newsledger.records import Article, RawDocument, Rejection


def _page(fixtures: Path, name: str, url: str | None = None) -> Article | Rejection:
    path = fixtures / "html" / name
    return extract(RawDocument(uri=str(path), content=path.read_bytes(), url=url))


# --- synthetic pages -------------------------------------------------------------------------------

def test_json_ld_gives_publisher_author_and_minute(fixtures):
    article = _page(fixtures, "jsonld_wire.html")
    assert isinstance(article, Article)
    assert article.title == "Drone strikes hit grain port on the Danube, officials say"
    # JSON-LD publisher.name wins over the host-like og:site_name
    assert article.outlet == "Kyiv Ledger Daily"
    assert article.byline == ("Olena Petrenko",)
    assert article.published.iso == "2024-10-25T21:49+03:00"
    assert article.published.precision == "minute"
    assert "datePublished" in article.published.evidence


def test_wire_dateline_and_source_line_are_credited(fixtures):
    article = _page(fixtures, "jsonld_wire.html")
    assert "Reuters" in article.credited_sources          # "(Reuters) -" dateline and JSON-LD author
    assert "The Washington Post" in article.credited_sources   # "Source: The Washington Post"
    assert "Reuters" not in article.byline
    # the source line is a credit, not text; the dateline paragraph is text and stays
    assert "Source: The Washington Post" not in article.body
    assert article.body.startswith("IZMAIL, Ukraine (Reuters) - Russian drones struck")
    assert any(r.reason == "credit" and "Washington Post" in r.text for r in article.removed)


def test_body_leaves_out_navigation_and_most_read(fixtures):
    article = _page(fixtures, "jsonld_wire.html")
    assert "Moscow did not comment on the strikes." in article.body
    for chrome in ("Most read", "Ceasefire talks stall", "Privacy", "All rights reserved", "Opinion"):
        assert chrome not in article.body


def test_open_graph_page_without_json_ld(fixtures):
    article = _page(fixtures, "og_meta.html")
    assert article.title == "Ceasefire monitors report shelling near Avdiivka"
    assert article.outlet == "Frontline Monitor"
    # two names in one meta author; the facebook URL in article:author is not a name
    assert article.byline == ("Jane Roe", "John Smith")
    assert article.published.iso == "2023-03-14T09:05+00:00"
    assert article.language == "en"


def test_trailing_tags_and_copyright_are_cut_and_recorded(fixtures):
    article = _page(fixtures, "og_meta.html")
    assert article.body.endswith("the third such outage in a week.")
    reasons = {r.reason: r.text for r in article.removed}
    assert reasons["tags"].startswith("Tags: Avdiivka")
    assert reasons["footer"] == "© 2023 Frontline Monitor"


def test_visible_byline_sign_off_and_date_line(fixtures):
    article = _page(fixtures, "visible_credits.html")
    assert article.title == "Evacuation buses leave Pokrovsk as front nears"
    assert article.outlet == "The Steppe Courier"       # <title> suffix confirmed by the <h1>
    assert article.byline == ("Mariam Haddad", "Petro Bondar")
    assert article.credited_sources == ("Associated Press",)
    assert article.published.iso == "2024-08-20"
    assert article.published.evidence == "Published August 20, 2024"
    assert article.body.startswith("The last scheduled evacuation buses")
    assert "By Mariam" not in article.body and "— AP" not in article.body


def test_page_without_article_is_rejected(fixtures):
    result = _page(fixtures, "no_article.html")
    assert isinstance(result, Rejection)
    assert result.reason.startswith("not_article")
    assert result.source_format == "html"


def test_script_only_page_has_no_body():
    content = b"<html><head><title>App</title></head><body><script>" + b"var x = 1;" * 500 + b"</script></body></html>"
    raw = RawDocument(uri="script-only.html", content=content)
    with pytest.raises(ExtractionError) as caught:
        extract_html(raw, content, ExtractOptions())
    assert caught.value.reason == "not_article: no_body"
    assert extract(raw).reason == "not_article: no_body"


# --- hostile HTML ----------------------------------------------------------------------------------

def test_deeply_nested_html_is_rejected_not_crashed():
    content = b"<html><body>" + b"<div>" * 5000 + b"<p>deep</p>" + b"</div>" * 5000 + b"</body></html>"
    result = extract(RawDocument(uri="deep.html", content=content))
    assert isinstance(result, Rejection)
    assert result.reason.startswith("not_article")


def test_huge_attribute_and_unclosed_tags_do_not_crash():
    filler = b"x" * 2_000_000
    paragraph = b"<p>Officials said the bridge was closed to traffic after the overnight strike on the river crossing."
    content = b'<html><body><div data-blob="' + filler + b'">' + paragraph * 6 + b"<table><tr><td>"
    result = extract(RawDocument(uri="huge-attr.html", content=content))
    assert isinstance(result, Article)
    assert "bridge was closed to traffic" in result.body
    assert "xxxx" not in result.body


def test_garbage_markup_is_a_rejection():
    content = b"<html><<<>>><body></p></div><?php echo 1; ?><!-- unterminated <p"
    result = extract(RawDocument(uri="garbage.html", content=content))
    assert isinstance(result, Rejection)


# --- real pages: AEB bodies and headlines, dates gold -----------------------------------------------

# id prefixes of pages whose headline is expected as the page's <h1> prints it (read at run time)
_AEB_PAGES = ("042bb7b5", "098bb3e9", "1ace8c85")


def _aeb_h1(corpus: Path, prefix: str) -> str:
    """The first <h1> of an AEB page, its whitespace collapsed."""
    [path] = (corpus / "aeb" / "html").glob(f"{prefix}*.html.gz")
    tree = load_html(gzip.decompress(path.read_bytes()))
    return " ".join(tree.xpath("string(//h1)").split())


def _shingle_precision_recall(truth: str, predicted: str) -> tuple[float, float]:
    """Word 4-gram shingle precision and recall (the AEB metric, as in evaluation/extraction.py)."""
    def shingles(text: str) -> Counter:
        tokens = re.findall(r"\w+", text)
        return Counter(tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3))

    gold, pred = shingles(truth), shingles(predicted)
    common = sum((gold & pred).values())
    return common / max(1, sum(pred.values())), common / max(1, sum(gold.values()))


def _aeb(corpus: Path, prefix: str) -> tuple[Article | Rejection, str]:
    gold = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    key = next(k for k in gold if k.startswith(prefix))
    path = corpus / "aeb" / "html" / f"{key}.html.gz"
    return extract(RawDocument(uri=str(path), content=path.read_bytes(), url=gold[key]["url"])), gold[key]["articleBody"]


@pytest.mark.parametrize("prefix", sorted(_AEB_PAGES))
def test_aeb_headline_and_body(corpus, prefix):
    article, truth = _aeb(corpus, prefix)
    assert isinstance(article, Article)
    assert article.title == _aeb_h1(corpus, prefix)
    precision, recall = _shingle_precision_recall(truth, article.body)
    assert precision > 0.9 and recall > 0.9
    first_sentence = truth.strip().split("\n")[0][:80]
    assert first_sentence in article.body


def test_aeb_outlet_prefers_a_name_to_a_host(corpus):
    article, _ = _aeb(corpus, "0d461229")   # og:site_name "Sportsnet.ca", application-name an app's name
    assert article.outlet == "sportsnet.ca"
    article, _ = _aeb(corpus, "04a6711c")   # nytimes.com: the name comes from the page
    assert article.outlet == "The New York Times"


def _dates_page(corpus: Path, file: str) -> tuple[bytes, str, str]:
    gold = json.loads((corpus / "dates" / "gold.json").read_text(encoding="utf-8"))
    url, item = next((u, i) for u, i in gold.items() if i["file"] == file)
    return gzip.decompress((corpus / "dates" / "html" / f"{file}.gz").read_bytes()), url, item["date"]


def test_json_ld_date_with_minute_beats_a_wrong_guess(corpus):
    content, url, day = _dates_page(corpus, "1676872902.html")   # htmldate alone answers the day before
    published = published_from_html(content, url)
    assert published.iso.startswith(day)
    assert published.precision == "minute"


def test_bare_year_is_not_reported_as_january_first(corpus):
    content, url, _day = _dates_page(corpus, "1630687900.html")   # a radio home page, no date in gold
    published = published_from_html(content, url)
    assert published is None or published.precision == "year"


# --- parsers ---------------------------------------------------------------------------------------

def test_machine_dates():
    assert parse_machine_date("2020-12-05T23:15:0Z").iso == "2020-12-05T23:15+00:00"
    assert parse_machine_date("2019-11-19").precision == "day"
    assert parse_machine_date("2019-11-19T00:00:00").precision == "day"    # CMS midnight: no time known
    assert parse_machine_date("Tue, 15 Sep 2020 10:01:41 -0400").iso == "2020-09-15T10:01-04:00"
    assert parse_machine_date("20201003").iso == "2020-10-03"
    assert parse_machine_date("last Tuesday") is None
    assert parse_machine_date("1899-01-01") is None


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2090, 12, 31)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_machine_dates_round_trip(moment, offset_minutes):
    zone = timezone(timedelta(minutes=offset_minutes - offset_minutes % 15))
    stamped = moment.replace(tzinfo=zone)
    published = parse_machine_date(stamped.isoformat())
    if moment.hour == 0 and moment.minute == 0 and zone.utcoffset(None) is None:
        assert published.precision == "day"
    else:
        assert datetime.fromisoformat(published.iso) == stamped.replace(second=0, microsecond=0)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_machine_date_parser_never_raises(text):
    result = parse_machine_date(text)
    assert result is None or 1990 <= int(result.iso[:4]) <= 2100


def test_site_suffix_is_cut_but_headline_dashes_stay():
    assert strip_site_suffix("Russia retakes village - officials | Al Mayadeen English", ["Al Mayadeen English"]) == "Russia retakes village - officials"
    assert strip_site_suffix("BBC News - Kursk: what we know", ["bbc.co.uk", "BBC News"]) == "Kursk: what we know"
    assert strip_site_suffix("Kyiv - Warsaw trains resume", ["Example Times"]) == "Kyiv - Warsaw trains resume"


def test_authors_sorted_into_people_and_sources():
    people, sources = classify_authors(["Jane Doe and John Smith", "https://facebook.com/jd", "AFP", "Staff", "Example Times"], "Example Times")
    assert people == ("Jane Doe", "John Smith")
    assert sources == ("AFP",)


def test_trim_keeps_a_body_that_is_only_one_line():
    body, removed = trim_edges("Tags: one line only", "A headline")
    assert body == "Tags: one line only" and removed == ()


def test_article_split_over_sibling_chunks_is_completed(fixtures):
    from trafilatura.utils import load_html

    from newsledger.extract.html import complete_chunks

    tree = load_html((fixtures / "html" / "chunked.html").read_bytes())
    first_chunk = (
        "When the Black Sea grain deal collapsed in July, few shipping analysts expected Ukrainian ports to keep "
        "exporting at anything like their earlier pace through the autumn.\n"
        "Yet by October, ships were leaving Odesa almost daily, hugging the western coast of the Black Sea and "
        "staying inside the territorial waters of NATO members for most of the voyage."
    )
    completed = complete_chunks(tree, first_chunk).split("\n")
    assert completed[:2] == first_chunk.split("\n")
    assert completed[2].startswith("Insurers were the first obstacle.")
    assert completed[3].startswith("Mines were the second.")
    assert len(completed) == 4           # no link-only line, no advertisement, no far-away sidebar


def test_url_day_settles_a_utc_stamp_only_when_a_time_zone_explains_it():
    from newsledger.extract.metadata import local_day_from_url
    from newsledger.records import Published

    evening_in_americas = Published("2020-02-18T02:18+00:00", "minute", "JSON-LD")
    shifted = local_day_from_url(evening_in_americas, "https://laprensafl.com/2020/02/17/story/")
    assert shifted.iso == "2020-02-17" and shifted.precision == "day"
    assert "2020-02-18T02:18+00:00" in shifted.evidence
    # 10:04 UTC is morning everywhere in the Americas: the URL was minted the day before
    morning = Published("2020-07-09T10:04+00:00", "minute", "JSON-LD")
    assert local_day_from_url(morning, "https://www.example.com/politics/2020/07/08/story/") is morning
    # a stamp with its own offset is already local
    local = Published("2020-07-09T01:00-04:00", "minute", "JSON-LD")
    assert local_day_from_url(local, "https://www.example.com/2020/07/08/story/") is local


_TAGS = st.sampled_from(["<p>", "</p>", "<div class='body'>", "</div>", "<h1>", "</h1>", "<script>", "</script>",
                         '<meta property="og:title" content="', '">', "<title>", "</title>", "<!--", "-->",
                         '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "', "<br>", "&amp;", "<"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(min_size=1, max_size=40)), min_size=1, max_size=60))
def test_any_tag_soup_gives_an_article_or_a_rejection(pieces):
    content = ("<html><body>" + "".join(pieces)).encode("utf-8", errors="replace")
    result = extract(RawDocument(uri="soup.html", content=content))
    assert isinstance(result, (Article, Rejection))
    if isinstance(result, Rejection):
        assert result.reason


def test_teasers_inside_the_body_are_cut_and_text_around_them_kept():
    body = "\n".join([
        "Russian forces retook two villages in the Kursk region, the defence ministry said on Thursday.",
        "READ MORE: Ukraine says it still holds positions near Sudzha",
        "More than 40 people were evacuated from the area overnight, local officials said.",
        "Lire aussi : Le Kremlin dément toute négociation",
        "DON'T MISS",
        "Putin hails 'liberation' of border villages [VIDEO]",
        "Energy prices climb as winter nears",
        "Kyiv did not comment on the claim, which could not be independently verified.",
    ])
    trimmed, removed = trim_edges(body, None)
    assert trimmed.split("\n\n") == [
        "Russian forces retook two villages in the Kursk region, the defence ministry said on Thursday.",
        "More than 40 people were evacuated from the area overnight, local officials said.",
        "Kyiv did not comment on the claim, which could not be independently verified.",
    ]
    assert [r.reason for r in removed] == ["related"] * 5


def test_a_page_does_not_credit_its_own_outlet():
    paragraphs = "".join(
        f"<p>Paragraph {n}: shelling was reported overnight near the border crossing, officials said, and two buildings were damaged.</p>"
        for n in range(4)
    )
    content = (
        '<html><head><title>Shelling near the border</title><meta property="og:site_name" content="Al Jazeera">'
        f"</head><body><article><h1>Shelling near the border</h1>{paragraphs}<p>SOURCE: Al Jazeera News</p>"
        "<p>Source: Reuters</p></article></body></html>"
    ).encode()
    article = extract(RawDocument(uri="own-outlet.html", content=content))
    assert article.outlet == "Al Jazeera"
    assert article.credited_sources == ("Reuters",)


def test_hostile_json_ld_does_not_cost_the_article():
    paragraphs = "".join(
        f"<p>Paragraph {n}: shelling was reported overnight near the border crossing, officials said, and two buildings were damaged.</p>"
        for n in range(4)
    )
    nested = "[" * 100_000 + "]" * 100_000
    content = (f'<html><head><script type="application/ld+json">{nested}</script></head>'
               f"<body><article>{paragraphs}</article></body></html>").encode()
    article = extract(RawDocument(uri="nested-json.html", content=content))
    assert isinstance(article, Article)
    assert article.body.startswith("Paragraph 0: shelling was reported")


def test_brands_in_author_markup_are_not_people():
    people, sources = classify_authors(["Jill Disis, CNN Business", "The Water Coolest", "Charlie Wood, Business Insider"], "Business Insider")
    assert people == ("Jill Disis", "Charlie Wood")
    assert sources == ("CNN", "The Water Coolest")


def _dated_page(stamp_markup: str) -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {n}: the regional council met on Monday to discuss repairs to the water network after the floods.</p>"
        for n in range(4)
    )
    return f"<html><head><title>Council meets on repairs</title></head><body><article>{stamp_markup}{paragraphs}</article></body></html>".encode()


def test_htmldate_day_keeps_the_minute_of_a_time_element():
    published = published_from_html(_dated_page('<time class="date" datetime="2021-05-17T09:30:00+02:00">17 May</time>'))
    assert published.iso == "2021-05-17T09:30+02:00"
    assert published.precision == "minute"
    assert 'datetime="2021-05-17T09:30:00+02:00"' in published.evidence


def test_a_stamp_that_is_not_the_publication_gives_only_the_day():
    published = published_from_html(_dated_page("<!-- cached 2021-05-17 09:30:11 --><p class='date'>17.05.2021</p>"))
    assert published.iso == "2021-05-17"
    assert published.precision == "day"


def test_digits_inside_an_asset_name_are_not_the_publication_date():
    page = (b"<html><head><title>Ferry ramp reopens</title></head><body><article><p>Engineers reopened the eastern "
            b"ferry ramp after a storm tore its hinges loose.</p></article><script>var badge = {\"src\": "
            b"\"https://cdn.example.org/badges/Badge_regatta20210914_2021/Badge_regatta20210914_2021.png\"};"
            b"</script></body></html>")
    assert published_from_html(page) is None
    # the same day written as a date on the page stays a date
    dated = page.replace(b"</article>", b"<p class='date'>2021-09-14</p></article>")
    assert published_from_html(dated).iso == "2021-09-14"


def _headline_page(head: str, top: str, paragraph: str = "the regional council met on Monday to discuss repairs "
                   "to the water network after the floods of last week.") -> bytes:
    paragraphs = "".join(f"<p>Paragraph {n}: {paragraph}</p>" for n in range(4))
    return (f"<html lang=\"it\"><head>{head}</head><body><div class='logo'><h1>Gazzetta</h1></div>"
            f"<div class='post'><div class='title'>{top}</div>{paragraphs}</div></body></html>").encode()


def test_a_logo_h1_is_not_the_headline():
    content = _headline_page('<title>Council meets on repairs | Gazzetta</title><meta property="og:site_name" content="Gazzetta">',
                             "<h1>Council meets on repairs</h1>")
    article = extract(RawDocument(uri="logo.html", content=content))
    assert article.title == "Council meets on repairs"


def test_the_dateline_under_the_headline_beats_a_date_in_an_image_path():
    content = _headline_page("<title>Council meets on repairs</title>",
                             "<h1>Council meets on repairs</h1><ul class='meta'><li><a href='/time/x'>13 Oct 2020 18:29</a></li>"
                             "<li>1479 views</li></ul><img src='/uploads/2020/12/08/news/little.jpg'>")
    published = published_from_html(content)
    assert (published.iso, published.evidence) == ("2020-10-13T18:29", "13 Oct 2020 18:29")


def test_a_utc_stamp_takes_the_local_day_the_page_prints_under_its_headline():
    stamp = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-12-05T23:15:00Z"}</script>'
    content = _headline_page(f"<title>California certifica voto</title>{stamp}",
                             "<h1>California certifica voto</h1><h2>Dem 288 voti</h2><p>06 Dicembre 2020</p>")
    published = published_from_html(content)
    assert (published.iso, published.precision) == ("2020-12-06", "day")
    assert "2020-12-05T23:15+00:00" in published.evidence          # the markup's instant stays in the evidence
    far = _headline_page(f"<title>California certifica voto</title>{stamp}",
                         "<h1>California certifica voto</h1><p>08 Dicembre 2020</p>")
    assert published_from_html(far).iso == "2020-12-05T23:15+00:00"   # no time zone explains two days


def test_a_utc_stamp_is_told_in_the_time_zone_the_sites_scripts_set():
    stamp = '<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">'
    config = '<script>var site = {"feed": "NEWS7", "timezone": {"short": "ET", "long": "America/New_York"}};</script>'
    locale = '<meta property="og:locale" content="en_US">'
    content = _headline_page(f"<title>Station to close overnight</title>{stamp}{locale}{config}",
                             "<h1>Station to close overnight</h1>")
    published = published_from_html(content)
    assert (published.iso, published.precision) == ("2020-05-01T22:54-04:00", "minute")
    assert "America/New_York" in published.evidence
    two = content.replace(b"</script>", b' var other = {"tz": "Europe/Paris"};</script>')
    assert published_from_html(two).iso == "2020-05-02T02:54+00:00"     # two zones: none is the site's
    unknown = content.replace(b"America/New_York", b"America/Nowhere")
    assert published_from_html(unknown).iso == "2020-05-02T02:54+00:00"


def test_a_widgets_time_zone_is_not_the_sites_unless_the_page_backs_it():
    # synthetic: a London page (no region in its language) carries a New York weather widget; the
    # widget's zone is not the outlet's, and the publication day stays the UTC stamp's
    stamp = '<meta property="article:published_time" content="2020-05-02T02:54:29Z">'
    widget = '<script>window.weatherWidget = {"city": "New York", "timezone": "America/New_York", "units": "F"};</script>'
    page = (f'<html lang="en"><head><title>Council votes on budget | The London Courier</title>{stamp}{widget}</head>'
            "<body><h1>Council votes on budget</h1><article>" + "".join(
                f"<p>Paragraph {n}: the borough council voted on its budget for the coming year after a long "
                "debate about libraries and roads.</p>" for n in range(6)) + "</article></body></html>")
    assert published_from_html(page.encode()).iso == "2020-05-02T02:54+00:00"
    assert published_from_html(page.encode(), "https://courier.example.uk/news/budget").iso == "2020-05-02T02:54+00:00"
    british = page.replace('lang="en"', 'lang="en-GB"')
    assert published_from_html(british.encode()).iso == "2020-05-02T02:54+00:00"     # a country without the zone
    # the page's own signals that back the zone: its locale's country, its country's domain, a time it
    # writes with the zone's offset (-04:00 in May in New York; -05:00 is not it)
    american = page.replace('lang="en"', 'lang="en-US"')
    assert published_from_html(american.encode()).iso == "2020-05-01T22:54-04:00"
    assert published_from_html(page.encode(), "https://courier.example.us/news/budget").iso == "2020-05-01T22:54-04:00"
    modified = '<meta property="article:modified_time" content="2020-05-01T23:10:00-04:00">'
    assert published_from_html(page.replace(stamp, stamp + modified).encode()).iso == "2020-05-01T22:54-04:00"
    winter = modified.replace("-04:00", "-05:00")
    assert published_from_html(page.replace(stamp, stamp + winter).encode()).iso == "2020-05-02T02:54+00:00"


def test_a_date_outside_the_headlines_block_is_not_its_dateline():
    content = (b"<html><head><title>Server news</title></head><body><div class='head'><h1>Server news</h1></div>"
               b"<article><dl><dt>Joined</dt><dd>May 11, 2017</dd></dl><p>" + b"Long forum post text. " * 30 + b"</p></article></body></html>")
    assert headline_dateline(load_html(content), "Server news") is None
    inside = content.replace(b"</h1></div>", b"</h1><p>May 12, 2017</p></div>")
    assert headline_dateline(load_html(inside), "Server news").iso == "2017-05-12"


def test_an_h2_that_opens_the_meta_title_is_the_headline_when_the_h1_is_another_story():
    content = _headline_page("<title>Sony results hit by export rules | Markets | Daily Economic News</title>"
                             '<meta property="og:site_name" content="Daily Economic News">',
                             "<h2>Sony results hit by export rules</h2>").replace(
        b"<h1>Gazzetta</h1>", b"<h1>Weekly review: markets after the holiday 19:20</h1>")
    assert extract(RawDocument(uri="h2.html", content=content)).title == "Sony results hit by export rules"
    sidebar = content.replace(b"<h2>Sony results hit by export rules</h2>", b"<h2>Markets</h2>")
    assert extract(RawDocument(uri="h2.html", content=sidebar)).title != "Markets"     # a section, not the headline



def test_a_site_name_the_page_never_shows_beside_its_headline_is_cut_from_the_title():
    # the site's name is known from nowhere (no site_name, no URL); the page prints the headline
    # alone, in a <dt>, and its logo <h1> spells the name differently
    content = _headline_page("<title>Council meets on repairs after the floods - Entermedia</title>",
                             "<dl><dt>Council meets on repairs after the floods</dt></dl>").replace(
        b"<h1>Gazzetta</h1>", "<h1>엔터 미디어</h1>".encode())
    assert extract(RawDocument(uri="suffix.html", content=content)).title == "Council meets on repairs after the floods"
    unshown = content.replace(b"<dl><dt>Council meets on repairs after the floods</dt></dl>", b"")
    assert extract(RawDocument(uri="suffix.html", content=unshown)).title == \
        "Council meets on repairs after the floods - Entermedia"       # nothing shows the headline alone


def test_a_section_and_site_joined_by_underscores_are_cut_from_a_chinese_title():
    # Chinese sites join headline, section and site with "_" and no spaces; the page prints the
    # headline alone; a Latin name with an underscore of its own is not split
    content = _headline_page("<title>市议会批准修复洪水损坏的道路_新闻频道_江城日报网</title>",
                             "<dl><dt>市议会批准修复洪水损坏的道路</dt></dl>").replace(
        b"<h1>Gazzetta</h1>", "<h1>江城日报</h1>".encode())
    assert extract(RawDocument(uri="suffix.html", content=content)).title == "市议会批准修复洪水损坏的道路"
    snake = _headline_page("<title>Why my_variable names matter</title>", "").replace(
        b"<h1>Gazzetta</h1>", "<h1>엔터 미디어</h1>".encode())
    assert extract(RawDocument(uri="suffix.html", content=snake)).title == "Why my_variable names matter"


def test_the_end_of_a_headline_is_no_site_name():
    # "- for now" is the headline's own end: small letters, no name
    content = _headline_page("<title>Fed holds rates steady - for now</title>",
                             "<dl><dt>Fed holds rates steady</dt></dl>").replace(
        b"<h1>Gazzetta</h1>", "<h1>엔터 미디어</h1>".encode())
    assert extract(RawDocument(uri="suffix.html", content=content)).title == "Fed holds rates steady - for now"
    # a name, but the page prints the whole title as well: it is the headline
    both = _headline_page("<title>Council meets on repairs after the floods - Entermedia</title>",
                          "<dl><dt>Council meets on repairs after the floods</dt></dl>"
                          "<p class='kicker'>Council meets on repairs after the floods - Entermedia</p>").replace(
        b"<h1>Gazzetta</h1>", "<h1>엔터 미디어</h1>".encode())
    assert extract(RawDocument(uri="suffix.html", content=both)).title == \
        "Council meets on repairs after the floods - Entermedia"

# --- markup that is not a whole document ------------------------------------------------------------

_STORY = ("<p>Rescue teams reached the flooded village of Vranje on Tuesday after two days of rain cut "
          "the only road, the regional governor said.</p>"
          "<p>Forty families were moved to a school in the next valley, and the army sent two boats and a "
          "field kitchen to the area, officials told reporters at the scene.</p>"
          "<p>The river was expected to fall by Thursday, but more rain was forecast for the weekend, and "
          "the governor asked people living along its banks to stay away from the water.</p>")


@pytest.mark.parametrize("page", [
    f'<text id="http://example.org/news/1" title="Floods">\n<div class="pagebody">{_STORY}</div></text>',
    f'<article><div class="story">{_STORY}</div></article>',
], ids=["wrapped page", "one-element fragment"])
def test_markup_without_a_document_element_is_read_as_a_page_body(page):
    # trafilatura's loader refuses both (no "html" in the first bytes, under two top elements)
    assert load_html(page.encode()) is None
    article = extract(RawDocument(uri="page.html", content=page.encode()))
    assert isinstance(article, Article), article
    assert article.body.startswith("Rescue teams reached the flooded village")
    assert "stay away from the water." in article.body


def test_the_headline_dateline_reads_day_and_month_in_the_pages_order():
    # synthetic pages: the order comes from the page's unambiguous dates, else from its language and region
    def page(lang: str, extra: str = "") -> bytes:
        return (f'<html lang="{lang}"><body><div><h1>Server news</h1><p>06/05/2020 10:00</p></div>'
                f"<p>{extra}</p></body></html>").encode()
    assert headline_dateline(load_html(page("en-US")), "Server news").iso.startswith("2020-06-05")
    assert headline_dateline(load_html(page("en-GB")), "Server news").iso.startswith("2020-05-06")
    assert headline_dateline(load_html(page("fr")), "Server news").iso.startswith("2020-05-06")
    # an en-US page whose other dates put the day first (25/04/2020)
    assert headline_dateline(load_html(page("en-US", "Updated 25/04/2020")), "Server news").iso.startswith("2020-05-06")


# --- the acceptance rule: our clean-up must not make an article too short (issue 9 item 3) ---------

_BRIEF = ("The city council voted on Tuesday to close the old river bridge to lorries from next month "
          "after engineers found cracks in two of its piers. Repairs are expected to take a year.")


def _brief_page(text: str, tail: str = "") -> bytes:
    # synthetic page written for this test: a news brief under its headline, byline and date line
    return (f"<html><head><title>Council shuts river bridge to lorries</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            f"<h1>Council shuts river bridge to lorries</h1><p>By Jane Roe</p><p>Published 12 March 2024 09:30</p>"
            f"<p>{text}</p>{tail}</article><footer>About us</footer></body></html>").encode()


def test_a_brief_is_not_made_too_short_by_cutting_its_headline_byline_and_date_line():
    opts = ExtractOptions(keep_removed=True)
    assert len(_BRIEF) < opts.min_body_chars
    article = extract(RawDocument(uri="brief.html", content=_brief_page(_BRIEF)), opts)
    assert isinstance(article, Article)
    assert article.body.endswith(_BRIEF)
    assert article.body.startswith("Council shuts river bridge to lorries")     # the article as printed
    assert "Jane Roe" in article.byline                                           # still read as metadata
    assert article.published.iso == "2024-03-12T09:30"
    assert not any(r.reason in ("title", "credit", "dateline") for r in article.removed)
    # a long article keeps having them cut
    long_article = extract(RawDocument(uri="long.html", content=_brief_page(" ".join([_BRIEF] * 4))), opts)
    assert isinstance(long_article, Article)
    assert long_article.body.startswith("The city council voted")
    assert {"title", "credit", "dateline"} <= {r.reason for r in long_article.removed}


def _marked_page(text: str, marking: str) -> bytes:
    # synthetic page written for this test: a short text under its headline, the page marked as one
    # article by JSON-LD, by og:type, by a single <article> element, or not at all
    head = {"json-ld": '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge shut"}</script>',
            "og": '<meta property="og:type" content="article">'}.get(marking, "")
    box = "article" if marking == "element" else "div"
    return (f"<html><head><title>Bridge shut</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<{box} class='story'><h1>Bridge shut</h1><p>{text}</p></{box}><footer>About us</footer></body></html>").encode()


def test_a_brief_on_a_page_marked_as_an_article_is_an_article_under_the_acceptance_rule():
    opts = ExtractOptions()
    brief = _BRIEF[:200]
    brief = brief[:brief.rindex(".") + 1]          # whole sentences, under 250 characters
    assert opts.min_brief_chars <= len(brief) < opts.min_body_chars
    for marking in ("json-ld", "og", "element"):
        article = extract(RawDocument(uri=f"{marking}.html", content=_marked_page(brief, marking)), opts)
        assert isinstance(article, Article), marking
        assert article.body.endswith(brief)
    # unmarked, the same text stays a stub
    result = extract(RawDocument(uri="none.html", content=_marked_page(brief, "none")), opts)
    assert isinstance(result, Rejection) and result.reason == "not_article: too_short"
    # a JSON-LD object typed a web page and some other kind of page (a section's intro) is no article;
    # one typed a web page and an article is
    section = _marked_page(brief, "json-ld").replace(b'"NewsArticle"', b'["WebPage", "CollectionPage"]')
    result = extract(RawDocument(uri="section.html", content=section), opts)
    assert isinstance(result, Rejection) and result.reason == "not_article: too_short"
    both = _marked_page(brief, "json-ld").replace(b'"NewsArticle"', b'["WebPage", "NewsArticle"]')
    assert isinstance(extract(RawDocument(uri="both.html", content=both), opts), Article)
    # a teaser cut short and a list of links are no brief, marked or not
    teaser = _BRIEF[:170].rstrip() + "…"
    links = "<br>".join(["View The Morning Courier", "View The Evening Post", "View The Daily Chronicle",
                         "View The River Times", "View The Valley Herald", "View The Coast Gazette"])
    for text in (teaser, links):
        result = extract(RawDocument(uri="teaser.html", content=_marked_page(text, "json-ld")), opts)
        assert isinstance(result, Rejection) and result.reason == "not_article: too_short", text


def test_a_brief_ends_a_sentence_in_any_script_and_not_on_a_colon():
    # synthetic briefs written for this test, under a page marked as one article: Hindi ends its
    # sentences with a danda, Arabic its questions with a reversed question mark
    opts = ExtractOptions()
    hindi = ("नगर परिषद ने मंगलवार को पुराने नदी पुल को अगले महीने से ट्रकों के लिए बंद करने का फैसला किया। "
             "इंजीनियरों को इसके दो खंभों में दरारें मिली हैं। मरम्मत में एक साल लगने की उम्मीद है।")
    arabic = ("صوّت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم أمام الشاحنات اعتبارا من الشهر المقبل "
              "بعد أن وجد المهندسون شقوقا في دعامتين. هل ستنتهي الإصلاحات قبل الصيف المقبل؟")
    for brief in (hindi, arabic):
        assert opts.min_brief_chars <= len(brief) < opts.min_body_chars
        article = extract(RawDocument(uri="brief.html", content=_marked_page(brief, "json-ld")), opts)
        assert isinstance(article, Article), brief
    # a brief whose last words announce what follows ("... said in a statement:") is cut short
    announcing = _BRIEF[:_BRIEF.rindex(".")] + ", the council said in a statement:"
    assert opts.min_brief_chars <= len(announcing) < opts.min_body_chars
    result = extract(RawDocument(uri="colon.html", content=_marked_page(announcing, "json-ld")), opts)
    assert isinstance(result, Rejection) and result.reason == "not_article: too_short"


def test_boilerplate_never_counts_towards_the_acceptance_rule():
    # an error page under a headline, with share, newsletter, tag and copyright lines: not an article
    tail = ("<p>Share this article on Facebook</p>"
            "<p>Sign up for our daily newsletter to get the latest local news in your inbox every morning.</p>"
            "<p>Tags: bridges, council, transport, roads, repairs, engineering, lorries</p>"
            "<p>© 2024 The Riverside Chronicle. All rights reserved.</p>")
    error = "Sorry, the page you asked for could not be found."
    content = _brief_page(error, tail)
    assert len(re.sub(r"<[^>]+>", " ", content.decode())) > ExtractOptions().min_body_chars
    result = extract(RawDocument(uri="error.html", content=content))
    assert isinstance(result, Rejection)
    assert result.reason == "not_article: too_short"


def test_trafilaturas_plain_pass_keeps_an_article_our_passes_cut(monkeypatch):
    # when our choice of trafilatura pass leaves too little, trafilatura alone (its plain pass) decides
    html = importlib.import_module("newsledger.extract.html")

    real = html._trafilatura_text
    first = _BRIEF.split(". ")[0] + "."

    def passes(tree, url, **choice):
        text = real(tree, url, **choice)
        return text if not choice else text.split("\n")[0].replace(_BRIEF, first)

    monkeypatch.setattr(html, "_trafilatura_text", passes)
    more = "Lorries will be sent over the ring road bridge, adding about ten minutes to the trip into town."
    paragraphs = f"<p>{_BRIEF}</p><p>{more}</p>"
    content = (f"<html><head><title>Council shuts river bridge</title></head><body><article>{paragraphs}"
               f"</article></body></html>").encode()
    article = extract(RawDocument(uri="cut.html", content=content))
    assert isinstance(article, Article)
    assert article.body == f"{_BRIEF}\n\n{more}"


def test_a_url_that_cannot_be_read_loses_no_html_page():
    # synthetic: an unclosed IPv6 bracket or a port out of range makes urlsplit raise; the page is read
    # as without its URL (its host gives no outlet), not rejected as malformed
    page = ("<html><head><title>Council votes on budget | The Courier</title></head><body><h1>Council votes on budget</h1>"
            "<article>" + "".join(f"<p>Paragraph {n}: the borough council voted on its budget for the coming year after "
                                  "a long debate about libraries and roads.</p>" for n in range(6)) + "</article></body></html>")
    for url in ("http://[bad/council-votes-on-budget", "http://courier.example:99999/council-votes-on-budget"):
        article = extract(RawDocument(uri=url, content=page.encode(), url=url))
        assert isinstance(article, Article) and article.title == "Council votes on budget", url


def test_pages_are_parsed_into_the_tree_trafilatura_makes_with_classes_given_by_lxml():
    # synthetic: a page with a search form, a comment and a fragment; our loader gives trafilatura's
    # tree (same markup) and every element is a plain HtmlElement, its class found without a Python call
    from lxml import etree
    from lxml.html import HtmlElement

    html = importlib.import_module("newsledger.extract.html")
    page = ("<!DOCTYPE html><html><head><title>Harbour fees rise</title></head><body><form action='/s'>"
            "<label for='q'>Search</label><input id='q' name='q'><select><option>All</option></select>"
            "<textarea>notes</textarea></form><!-- ad slot --><article><p>The port authority raised its "
            "fees for the third time this year, ferry operators said on Tuesday.</p></article></body></html>")
    for content in (page.encode(), page.encode("utf-16"), b"<p>x</p><p>y</p>", b"plain words, no markup"):
        ours, theirs = html._load_html(content), load_html(content)
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert etree.tostring(ours) == etree.tostring(theirs)
            assert {type(e) for e in ours.iter() if isinstance(e.tag, str)} == {HtmlElement}
