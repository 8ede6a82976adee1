"""HTML path: trafilatura for the body, `metadata` for what trafilatura does not give well.

The body is trafilatura's, tuned by measurement on the 181 AEB pages (see
`evaluation/extraction.py`): `favor_precision=True` lifts precision more than it costs recall;
when that pass keeps less than half of what a `favor_recall` pass finds (paywall teasers, pages
whose main block trafilatura mistakes for boilerplate) the recall pass is used instead. The
recall pass is only run when the precision pass kept less than half of the page's paragraph
text, so most pages are extracted once. When the precision pass keeps under a fifth of what
trafilatura's plain pass (trafilatura alone) keeps, it has cut the article, not its edges, and the
plain pass is taken (on pages without <p> markup the paragraph check cannot see that). The page
is parsed once for metadata and body; htmldate reads the bytes again only when the markup gives
no date (see `_htmldate`).

Written by hand, each measured on the same pages:
- `complete_chunks`: the rest of an article split over sibling containers of one class, which
  trafilatura cuts after the first;
- `restore`: what the precision pass drops from inside an article (text after an empty element,
  a paragraph's link spans, a subheading that is mostly a link), given back without a second pass;
- `trim_edges`: lines trafilatura keeps at the edges of the body (the headline repeated, tag
  lists, "N comments", copyright lines, shortcodes), each recorded as a `Removal`;
- `take_credits` / `take_date_lines`: credit and date lines at the top and bottom, read with the
  shared `credits` and `dates` parsers and cut from the body.
Our own rules never make a page too short for the acceptance rule (`min_body_chars`, a length in
characters of spaced text: `extract.content_length`) where
trafilatura alone keeps an article: a short body is judged with its headline, byline and date
lines left in, then on trafilatura's plain pass (`_keep_an_article`). The HTML path applies the
acceptance rule itself: a shorter body stays an article when the page's markup says it is one
article and the text is a brief written in sentences (`_a_brief`), not a teaser or a list of links.
Errors from lxml and trafilatura are translated into `ExtractionError` here.
"""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import trafilatura
from htmldate import find_date
from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html
from trafilatura.utils import HTML_PARSER, decode_file, is_dubious_html, repair_faulty_html

from ..errors import ExtractionError
from ..options import ExtractOptions
from ..records import Article, Published, RawDocument, Removal, normalise_body
from . import content_length, too_short_detail, written_as_a_brief
from .credits import Credits, parse_credit_line, parse_dateline
from .dates import COPYRIGHT_MARK, fetch_reference, looks_like_date_line, parse_date
from .language import guess_language
from .metadata import PageMetadata, parse_machine_date, read_metadata
from .restore import keep_inline_words, keep_tails, linked_subheadings

__all__ = ["extract_html", "extract_body", "complete_chunks", "trim_edges", "take_credits", "take_date_lines", "published_from_html"]

_TRAFILATURA: dict[str, Any] = {"include_comments": False, "include_tables": True, "include_images": False, "include_links": False}
_CREDIT_WINDOW = 3          # credit and date lines are looked for among this many first (and last) lines


def extract_html(raw: RawDocument, content: bytes, opts: ExtractOptions) -> Article:
    """One article out of one HTML page; `ExtractionError` when the page holds none."""
    from . import build_article

    tree = _parse(raw, content, opts.max_elements)
    try:
        meta = read_metadata(tree, raw.url)
        body = extract_body(tree, raw.url)
        if not body:
            raise ExtractionError("no article text found in the HTML", uri=raw.uri, reason="not_article: no_body")
        reference = fetch_reference(raw.fetched_at)
        body, removed, found, language, visible = _keep_an_article(tree, raw.url, body, meta, opts, reference)
        published = meta.published or _choose_date(visible, _htmldate(content, raw.url, reference))
    except (ValueError, TypeError, RecursionError, AttributeError, LookupError) as exc:
        # lxml, trafilatura and htmldate let these through on malformed pages
        raise ExtractionError(f"HTML could not be read ({type(exc).__name__}: {exc}); the page is malformed", uri=raw.uri, reason="unparseable") from exc
    article = build_article(
        raw, "html", body,
        title=meta.title,
        outlet=meta.outlet,
        credited_sources=_not_the_outlet(meta.credited_sources + found.credited_sources, meta.outlet),
        byline=meta.byline or found.byline,
        published=published,
        removed=removed if opts.keep_removed else (),
        language=language,
    )
    if content_length(article.body) < opts.min_body_chars and not _a_brief(article.body, meta, opts):
        raise ExtractionError(too_short_detail(article.body), uri=raw.uri, reason="not_article: too_short")
    return article


def _a_brief(body: str, meta: PageMetadata, opts: ExtractOptions) -> bool:
    """A body under the acceptance rule (`min_body_chars`) is still an article when it is a brief:
    the page's markup says it is one article (`PageMetadata.declares_article`) and the text is
    written as a brief (`extract.written_as_a_brief`: in sentences, not a teaser or a list of links).
    A list of links, a playlist or a teaser under article markup is not."""
    return meta.declares_article and written_as_a_brief(body, opts)


def _keep_an_article(tree: Any, url: str | None, body: str, meta: PageMetadata, opts: ExtractOptions,
                     reference: datetime | None) -> tuple[str, tuple[Removal, ...], Credits, str, Published | None]:
    """Our clean-up of `body` (see `_clean`), unless our own rules are what makes the page too short.

    The acceptance rule (`min_body_chars`) tells an article from a page that holds none (a cookie
    wall, an error page, a teaser) by the length of its text. Our rules must not move a page across
    it: cutting the headline, byline and date lines out of a short article, or preferring
    trafilatura's precision pass to its plain pass (trafilatura alone, which keeps more), leaves a
    real brief under the limit. So when our cleaned body is short, the page is judged on its article
    text with that furniture left in (read as metadata all the same), then on trafilatura's plain
    pass cleaned the same two ways; the first that reaches the limit is the body. Boilerplate we cut
    (share and newsletter lines, copyright, tags, related links) never counts towards the limit, so
    a page that is mostly such lines stays rejected.
    """
    cleaned = _clean(body, tree, meta, opts, reference, cut_furniture=True)
    if content_length(normalise_body(cleaned[0])) >= opts.min_body_chars:
        return cleaned
    tries = [(body, False)]                          # (body, True) is `cleaned`, short already
    plain = _trafilatura_text(tree, url)
    if len(normalise_body(plain)) > len(normalise_body(body)):
        tries += [(plain, True), (plain, False)]
    for text, cut_furniture in tries:
        candidate = _clean(text, tree, meta, opts, reference, cut_furniture=cut_furniture)
        if content_length(normalise_body(candidate[0])) >= opts.min_body_chars:
            return candidate
    return cleaned


def _clean(body: str, tree: Any, meta: PageMetadata, opts: ExtractOptions, reference: datetime | None,
           *, cut_furniture: bool) -> tuple[str, tuple[Removal, ...], Credits, str, Published | None]:
    """Boilerplate trimmed from the edges of `body` (`trim_edges`); credit and date lines read
    (`take_credits`, `take_date_lines`) and, with `cut_furniture`, cut with the repeated headline.
    Returns the body, what was cut, the credits and date found, and the body's language."""
    trimmed, removed = trim_edges(body, meta.title if cut_furniture else None)
    cut, credit_removals, found = take_credits(trimmed, meta.outlet)
    language = guess_language(cut, default="") or _declared_language(tree) or opts.default_language
    cut, date_removals, visible = take_date_lines(cut, language, reference)
    if cut_furniture:
        return cut, removed + credit_removals + date_removals, found, language, visible
    return trimmed, removed, found, language, visible


# trafilatura's parser (same options), whose elements get their Python class without a Python call.
# lxml.html's parsers ask `HtmlElementClassLookup.lookup` (Python) for the class of every element
# each time lxml makes an object for it, which trafilatura's passes and our rules do over and over
# (564,101 times over 100 AEB pages: 0.2 of 2.1 CPU-s of extraction). The lookup here is lxml's own
# (C): every element is an HtmlElement, as lxml.html makes all but five (form, input, select,
# textarea, label get subclasses adding form accessors, which neither trafilatura, htmldate nor this
# package reads); comments and processing instructions get lxml.html's classes as before.
_HTML_PARSER = HTML_PARSER.copy()
_HTML_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


def _load_html(content: bytes | str) -> Any:
    """`trafilatura.utils.load_html(content)`, the same steps (decoding, repairs, the bytes pass
    when the text pass fails or is empty, the rejection of a dubious one-element tree) with
    `_HTML_PARSER`: the same tree, in HtmlElements made without a Python call each."""
    text = decode_file(content)
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = repair_faulty_html(text, beginning)
    tree, from_bytes = None, False
    try:
        tree = lxml_html.fromstring(text, parser=_HTML_PARSER)
    except ValueError:                    # a str with an encoding declaration: parsed as bytes
        tree, from_bytes = _from_bytes(text), True
    except Exception:  # noqa: BLE001 - trafilatura logs and goes on to the bytes pass
        tree = None
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _from_bytes(text)
    if tree is not None and dubious and len(tree) < 2:
        tree = None
    return tree


def _from_bytes(text: str) -> Any:
    try:
        return lxml_html.fromstring(text.encode("utf8", "surrogatepass"), parser=_HTML_PARSER)
    except Exception:  # noqa: BLE001 - as trafilatura's fromstring_bytes: no tree
        return None


def _parse(raw: RawDocument, content: bytes, max_elements: int) -> Any:
    try:
        tree = _load_html(content)
        if tree is None:
            tree = _load_fragment(content)
    except Exception as exc:  # lxml raises ParserError, ValueError, XMLSyntaxError, MemoryError-like errors
        raise ExtractionError(f"HTML could not be parsed ({type(exc).__name__}: {exc})", uri=raw.uri, reason="unparseable") from exc
    if tree is None:
        raise ExtractionError("HTML could not be parsed into a document tree", uri=raw.uri, reason="unparseable")
    # no depth check of our own: libxml2 stops nesting at 256 levels, which keeps trafilatura's
    # recursion bounded on hostile pages (tests/test_extract_html.py builds one 5,000 deep).
    # The element count is the page's time budget: trafilatura's time grows with its square.
    elements = sum(1 for _ in tree.iter())
    if elements > max_elements:
        raise ExtractionError(f"{elements:,} HTML elements, over the limit of {max_elements:,} per page "
                              "(the extraction time budget)", uri=raw.uri, reason="too_complex")
    return tree


def _load_fragment(content: bytes) -> Any:
    """Markup that is not a whole document: a fragment (a feed item's content, a CMS export) or a
    page inside a wrapper element (`<text id=...>` around each page of CleanEval). trafilatura's
    loader refuses it (no "html" in its first bytes and under two top elements); a browser shows it
    as the body of a page, and so is it parsed here."""
    return _load_html(f"<html><body>{decode_file(content)}</body></html>")


# The precision pass trims the edges of what trafilatura's plain pass keeps (on the tuning sets it
# keeps 60-100% of it when it is right); keeping under a fifth of it, it has cut the article itself
_PRECISION_MIN_SHARE = 5


def extract_body(tree: Any, url: str | None = None) -> str:
    """Main text of a parsed page: precision pass; trafilatura's plain pass instead when the first
    kept under a fifth of it; the recall pass when that keeps too little of the page's paragraphs;
    then the article's other chunks when its text is split over sibling containers, and the
    subheadings the precision pass drops (`restore`). The text after an empty element and the
    words of a paragraph's link spans are first put where the precision pass keeps them
    (`restore.keep_tails`, `restore.keep_inline_words`).

    Those two change `tree` in place, so pass a tree you own: `extract_html` passes its own parse,
    after reading the page's metadata from it. The change is safe for everything that reads the
    tree afterwards (trafilatura's passes here and in `_keep_an_article`, `complete_chunks`,
    `linked_subheadings`, the text measures, the page's declared language): every element that
    stays keeps its text content, the same words in the same order (a tail moves within its
    parent; an unwrapped span's words stay in its paragraph), and only the emptied elements and
    unwrapped spans, which the precision pass deletes anyway, lose words or go. Not copied: a
    second tree per page for an output that would be the same."""
    keep_inline_words(tree)
    keep_tails(tree)
    return linked_subheadings(tree, _main_text(tree, url))


def _main_text(tree: Any, url: str | None) -> str:
    precise = _trafilatura_text(tree, url, favor_precision=True)
    if len(precise) * _PRECISION_MIN_SHARE < _visible_chars(tree):
        # pages whose text is not in <p> (older sites, <br>-separated text, <div>s) escape the
        # paragraph check below; trafilatura's own plain pass is the measure there. Only run when
        # the precision pass kept under a fifth of the page's text (one page in ten on the tuning sets).
        plain = _trafilatura_text(tree, url)
        if len(precise) * _PRECISION_MIN_SHARE < len(plain):
            precise = plain
    if len(precise) * 2 >= _paragraph_chars(tree):
        return complete_chunks(tree, precise)
    generous = _trafilatura_text(tree, url, favor_recall=True)
    return complete_chunks(tree, generous if len(precise) * 2 < len(generous) else precise)


# computed by libxml2, not in Python; compiled once (an xpath() call compiles its expression each time)
_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")


def _visible_chars(tree: Any) -> int:
    """Characters of the page's text (runs of white space counted as one) outside scripts, styles
    and the <title>: no extraction keeps much more."""
    hidden = sum(int(_TEXT_LENGTH(element)) for element in tree.iter("script", "style", "noscript", "template", "title"))
    return int(_TEXT_LENGTH(tree)) - hidden


def _trafilatura_text(tree: Any, url: str | None, **choice: Any) -> str:
    document = trafilatura.bare_extraction(tree, url=url, with_metadata=False, **_TRAFILATURA, **choice)
    if isinstance(document, dict):            # the dict form of older trafilatura releases
        return document.get("text") or ""
    return (document.text or "") if document is not None else ""


_SPACES = re.compile(r"\s+")
_CHUNK_MIN_CHARS = 60
_CHUNK_MAX_LINK_SHARE = 0.3
_CHUNK_MAX_UP = 2


def complete_chunks(tree: Any, text: str) -> str:
    """Add the paragraphs of sibling chunks trafilatura left out.

    Some sites split one article over several containers of the same class with ads between
    them (`div.body__container` x 4); trafilatura keeps the first. When most of the kept text
    sits in <p> children of one classed container, the <p> children of other containers with
    that tag and class, a few levels from it, are added in document order: only paragraphs of
    60+ characters, mostly not link text, and not already in the body. Measured on the AEB
    pages: +0.003 F1 (three pages gain 0.1-0.6, one loses 0.1).
    """
    lines = [line for line in text.split("\n") if line.strip()]
    by_text: dict[str, Any] = {}
    for p in tree.iter("p"):
        key = _SPACES.sub(" ", p.text_content()).strip()[:80]
        if len(key) >= 20:
            by_text.setdefault(key, p)
    matched = [by_text.get(_SPACES.sub(" ", line).strip()[:80]) for line in lines]
    home = _dominant_container(lines, matched)
    if home is None:
        return text
    others = [c for c in _same_class_near(tree, home) if c is not home]
    if not others:
        return text
    order = {element: index for index, element in enumerate(tree.iter())}
    flat = _SPACES.sub(" ", text)
    added = [(order[p], t) for c in others for p, t in _chunk_paragraphs(c) if t[:60] not in flat]
    if not added:
        return text
    sequence, position = [], -1
    for line, element in zip(lines, matched):
        position = order.get(element, position) if element is not None else position
        sequence.append((position, 0, line))
    sequence += [(index, 1, paragraph) for index, paragraph in added]
    sequence.sort(key=lambda item: (item[0], item[1]))
    return "\n".join(line for _, _, line in sequence)


def _dominant_container(lines: list[str], matched: list[Any]) -> Any:
    """The classed parent holding at least half of the body's characters, or None."""
    weights: dict[Any, int] = {}
    for line, element in zip(lines, matched):
        parent = element.getparent() if element is not None else None
        if parent is not None and parent.get("class"):
            weights[parent] = weights.get(parent, 0) + len(line)
    if not weights:
        return None
    home = max(weights, key=lambda candidate: weights[candidate])
    same_kind = sum(w for c, w in weights.items() if c.tag == home.tag and c.get("class") == home.get("class"))
    return home if same_kind * 2 >= sum(len(line) for line in lines) else None


def _same_class_near(tree: Any, home: Any) -> list[Any]:
    """Elements with `home`'s tag and class that share an ancestor a few levels above it."""
    near = set(list(home.iterancestors())[:_CHUNK_MAX_UP])
    found = []
    for element in tree.iter(home.tag):
        if element.get("class") == home.get("class") and any(a in near for a in element.iterancestors()):
            found.append(element)
    return found


def _chunk_paragraphs(container: Any) -> list[tuple[Any, str]]:
    kept = []
    for p in container.iterchildren("p"):
        text = _SPACES.sub(" ", p.text_content()).strip()
        links = sum(len(a.text_content().strip()) for a in p.iter("a"))
        if len(text) >= _CHUNK_MIN_CHARS and links <= _CHUNK_MAX_LINK_SHARE * len(text):
            kept.append((p, text))
    return kept


def _paragraph_chars(tree: Any) -> int:
    return sum(len(p.text_content()) for p in tree.iter("p"))


def published_from_html(content: bytes, url: str | None = None, reference: datetime | None = None) -> Published | None:
    """Publication date of a page whatever its body: markup first, then htmldate.

    The same reading `extract_html` does, for pages that are then rejected as too short too;
    the date evaluation measures this function.
    """
    tree = _load_html(content)
    if tree is None:
        tree = _load_fragment(content)
    if tree is None:
        return None
    return read_metadata(tree, url).published or _htmldate(content, url, reference)


# htmldate drops dates after its `max_date`, by default the day it runs: the page's fetch time
# bounds them instead, or, when it is unknown, this fixed date (never the wall clock)
_NO_FETCH_TIME_LIMIT = datetime(2100, 1, 1)


def _htmldate(content: bytes, url: str | None, reference: datetime | None = None) -> Published | None:
    """htmldate's reading of the page (URL, visible dates, markup idioms): a day, no time.

    It is given the bytes, not our tree: it decodes them its own way, which reads some
    non-UTF-8 pages better (measured on the dates corpus).
    """
    limit = (reference.replace(tzinfo=None) if reference else _NO_FETCH_TIME_LIMIT)
    found = find_date(content, url=url, original_date=True, extensive_search=True, max_date=limit)
    if not found:
        return None
    if found.endswith("-01-01") and find_date(content, url=url, original_date=True, extensive_search=False,
                                              max_date=limit) != found:
        # htmldate's fallbacks answer January 1st for a bare year (copyright lines, year-only
        # markup): that is a year, not a day
        return Published(found[:4], "year", f"htmldate (year only): {found}")
    evidence, written, before = _date_evidence(content, url, found)
    if _inside_a_name(found, written, before) and find_date(content, url=url, original_date=True,
                                                           extensive_search=False, max_date=limit) != found:
        # the day shows only as digits glued inside a file or asset name ("icon_20200715_v2.png"),
        # read by htmldate's last-resort search: a name's date, not the page's (a wrong date is
        # worse than none)
        return None
    # the day written as ISO with a time after it, in markup that says it is the publication
    # time (`datePublished`, `<time datetime>`): keep the minute. Other stamps on the same day
    # (Last-Modified, cache comments) are not the publication's minute.
    timed = parse_machine_date(written, evidence) if written[:10] == found and _PUBLICATION_CUE.search(before) else None
    if timed is not None and timed.precision == "minute" and timed.iso[:10] == found:
        return timed
    return Published(found, "day", evidence)


_GLUED = re.compile(r"\w")


def _inside_a_name(found: str, written: str, before: str) -> bool:
    """The quoted place of the day (`_date_evidence`) is its compact spelling (20200715) with a
    letter, digit or underscore right before or after it: part of a longer name, not a date."""
    compact = found.replace("-", "")
    return written.startswith(compact) and bool(_GLUED.match(written[8:9]) or _GLUED.match(before[-1:]))


_PUBLICATION_CUE = re.compile(r"publish|pubdate|<time\b[^>]*$|datetime=\W*$", re.I)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _date_evidence(content: bytes, url: str | None, found: str) -> tuple[str, str, str]:
    """Where htmldate's day shows in the URL or the page, quoted, since htmldate does not say;
    with the page's text from that place on (a time may follow the day) and just before it."""
    year, month, day = (int(part) for part in found.split("-"))
    name = _MONTH_NAMES[month - 1]
    spellings = [
        f"{year}-{month:02d}-{day:02d}", f"{year}/{month:02d}/{day:02d}", f"{day:02d}.{month:02d}.{year}",
        f"{day}.{month}.{year}", f"{month:02d}/{day:02d}/{year}", f"{day:02d}/{month:02d}/{year}",
        f"{name} {day}, {year}", f"{name[:3]} {day}, {year}", f"{name[:3]}. {day}, {year}", f"{day} {name} {year}",
        f"{day} {name[:3]} {year}", f"{year}{month:02d}{day:02d}",
    ]
    if url:
        for spelling in spellings:
            if spelling in url:
                return f"htmldate: {found}, from the URL ({spelling})", "", ""
    text = content[:500_000].decode("utf-8", errors="replace")
    for spelling in spellings:
        at = text.find(spelling)
        if at >= 0:
            snippet = " ".join(text[max(0, at - 40): at + len(spelling) + 20].split())
            return f"htmldate: {found}, from …{snippet}…", text[at: at + 40], text[max(0, at - 60): at]
    return f"htmldate: {found}", "", ""


def _not_the_outlet(sources: tuple[str, ...], outlet: str | None) -> tuple[str, ...]:
    """Credited sources other than the publisher itself (an AP page crediting AP credits no one)."""
    def squash(name: str) -> str:
        return re.sub(r"[\W_]+", "", name.casefold().removeprefix("the "))

    own = squash(outlet or "")

    def is_own(source: str) -> bool:
        key = squash(source)
        return key == own or (len(own) >= 4 and len(key) >= 4 and (key.startswith(own) or own.startswith(key)))

    return tuple(s for s in sources if not (own and is_own(s)))


def _choose_date(visible: Published | None, guessed: Published | None) -> Published | None:
    """A date line printed at the top of the body, unless htmldate reads another day.

    The printed line carries the time when there is one and is the evidence a reader sees;
    htmldate decides when the two disagree, as it was measured on many more pages.
    """
    if visible is None or visible.precision not in ("minute", "day"):
        return guessed or visible
    if guessed is None or guessed.precision == "year" or guessed.iso[:10] == visible.iso[:10]:
        return visible
    return guessed


def take_date_lines(body: str, language: str | None = None,
                    reference: datetime | None = None) -> tuple[str, tuple[Removal, ...], Published | None]:
    """Date lines among the first lines of the body ("Published 25 Oct 2024 21:49"): cut, and read
    ("06/05/2020" day first unless the page is English; partial ones completed up to `reference`,
    the fetch time)."""
    paragraphs = body.split("\n\n")
    found: Published | None = None
    removed: list[Removal] = []
    kept = []
    for index, paragraph in enumerate(paragraphs):
        if index < _CREDIT_WINDOW and len(paragraphs) > 1 and looks_like_date_line(paragraph):
            removed.append(Removal(paragraph, "dateline"))
            found = found or parse_date(paragraph, context=body, reference=reference, language=language)
            continue
        kept.append(paragraph)
    return "\n\n".join(kept), tuple(removed), found


def _declared_language(tree: Any) -> str | None:
    """<html lang>, used when the body's words do not settle the language (pages often declare
    a template's language, so the words come first)."""
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip().lower()
    code = lang.split("-")[0].split("_")[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None



def take_credits(body: str, outlet: str | None) -> tuple[str, tuple[Removal, ...], Credits]:
    """Credit lines at the edges of the body: bylines, "Source: X", sign-offs, wire datelines.

    Byline, source and sign-off lines among the first and last few lines are cut from the body
    (they are credits, not text) and their names returned; a wire dateline ("KYIV (AP) -")
    only credits its wire, its paragraph stays.
    """
    lines = body.split("\n\n")
    found = Credits()
    removed: list[Removal] = []
    edge = set(range(min(_CREDIT_WINDOW, len(lines)))) | set(range(max(0, len(lines) - _CREDIT_WINDOW), len(lines)))
    kept = []
    for index, line in enumerate(lines):
        credits = parse_credit_line(line, outlet=outlet) if index in edge and len(lines) > 1 else None
        if credits is not None:
            found = found.merge(credits)
            removed.append(Removal(line, "credit"))
            continue
        if index < _CREDIT_WINDOW:
            found = found.merge(parse_dateline(line))
        kept.append(line)
    return "\n\n".join(kept), tuple(removed), found


# --- trimming the edges of trafilatura's body --------------------------------------------------

_TRAILING = [
    (re.compile(r"^(?:tags?|tagged|topics?|filed under|categor(?:y|ies))\s*:?(\s.*)?$", re.I), "tags"),
    (re.compile(r"^(?:" + COPYRIGHT_MARK.pattern + ")", re.I), "footer"),
    (re.compile(r"^\d*\s*comments?$|^(?:leave|post|add|view|show) (?:a |your )?comments?\b|^tell us what you think", re.I), "comments"),
    (re.compile(r"^(?:share|share this|share on|follow us|follow @|like us on)\b.{0,60}$|^(?:like|enjoyed) this (?:story|article)\b.{0,60}$", re.I), "share"),
    (re.compile(r"^(?:sign up|subscribe|get the latest|get access to)\b.{0,200}$|\bsubscribe to\b.{0,80}newsletters?\W*$", re.I), "newsletter"),
    (re.compile(r"^(?:follow (?:\S+ ){0,6}on (?:facebook|twitter|instagram)|have a tip\?|write to \S.{0,60}@|"
                r"(?:contact|email|e-mail) (?:the (?:writer|author|reporter) )?at \S+@)", re.I), "contact"),
    (re.compile(r"^(?:related|related articles?|related stories|read more|more from|see also|also read|also on \S+|recommended)\s*:?.{0,160}$", re.I), "related"),
    (re.compile(r"^(?:updated|last updated|published|posted)\b(?:\s+(?:at|on))?\s*:?\s*[\w ,.:/-]{0,40}\d[\w ,.:/-]{0,40}$", re.I), "dateline"),
]
_SHORTCODE = re.compile(r"^\[(\w+)[^\]]*\].*\[/\1\]$")


def trim_edges(body: str, title: str | None) -> tuple[str, tuple[Removal, ...]]:
    """Cut the headline repeated as first line and boilerplate lines at the end of the body."""
    lines = [line for line in body.split("\n") if line.strip()]
    removed: list[Removal] = []
    if title and lines and _same_text(lines[0], title) and len(lines) > 1:
        removed.append(Removal(lines.pop(0), "title"))
    lines = _drop_inline_teasers(lines, removed)
    while len(lines) > 1:
        reason = _trailing_reason(lines[-1])
        if reason is None:
            break
        removed.append(Removal(lines.pop(), reason))
    return "\n\n".join(lines), tuple(removed)


_INLINE_LINK = re.compile(
    r"^(?:read more|more|related|see more|see also|also read|also see|also on \S+|watch|listen|"
    r"lire aussi|à lire aussi|a lire aussi|читайте также|читайте також|leia também|lee también|"
    r"mehr zum thema|auch interessant|leggi anche)\s*[:|»>–—-]\s*\S",
    re.I,
)
_TEASER_HEADING = re.compile(
    r"^(?:don'?t miss|must read|most read|most popular|trending(?: now)?|related(?: news| stories| articles)?|"
    r"recommended(?: for you)?|you (?:may|might) also like|more stories|top stories|latest news|popular)\s*:?$",
    re.I,
)
_TEASER_MAX_LINES = 10


def _drop_inline_teasers(lines: list[str], removed: list[Removal]) -> list[str]:
    """Cut shortcodes, "Read more: <headline>" lines and teaser lists anywhere in the body.

    Sites drop links to other stories into the middle of an article ("READ MORE: ...",
    "Lire aussi : ...", a "DON'T MISS" heading over a few headlines); trafilatura keeps them
    when they sit in the article's container.
    """
    kept: list[str] = []
    index = 0
    while index < len(lines):
        text = lines[index].strip()
        if _SHORTCODE.match(text):
            removed.append(Removal(lines[index], "shortcode"))
        elif len(text) < 200 and _INLINE_LINK.match(text):
            removed.append(Removal(lines[index], "related"))
        elif _TEASER_HEADING.match(text):
            end = index + 1
            while end < len(lines) and end - index <= _TEASER_MAX_LINES and _looks_like_headline(lines[end]):
                end += 1
            removed.extend(Removal(line, "related") for line in lines[index:end])
            index = end
            continue
        else:
            kept.append(lines[index])
        index += 1
    return kept


def _looks_like_headline(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= 150 and (text.endswith("]") or not text.endswith((".", "!", "?", "”", '"', ":", "»")))


def _trailing_reason(line: str) -> str | None:
    text = line.strip()
    if len(text) > 300:
        return None
    for pattern, reason in _TRAILING:
        if pattern.search(text):
            return reason
    return None


def _same_text(a: str, b: str) -> bool:
    def squash(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.casefold())

    return squash(a) == squash(b)
