"""Page metadata from HTML: headline, outlet, byline, credited sources and publication date.

What a library gives is used as is: the publication date falls back to htmldate
(`find_date(original_date=True)`), which reads URLs, visible dates and dozens of markup idioms.
What is written by hand, and why:

- JSON-LD is read for the *article* object only (NewsArticle, BlogPosting, ...), not for every
  object on the page, because pages embed breadcrumbs, videos and organisation objects whose
  `name` or `datePublished` belong to something else. htmldate and trafilatura flatten these.
- The date keeps its minute and its UTC offset when the markup gives them ("minute" precision),
  and records the attribute it was read from as evidence; htmldate returns a bare day.
- The outlet is chosen among publisher names, `og:site_name`, `application-name` and the
  `<title>` suffix, preferring a proper name over a host name ("Al Jazeera" over
  "www.aljazeera.com").
- The headline is the `<h1>` when it agrees with `og:title` or `<title>`, else the meta title with
  its " | Site" suffix cut; sites disagree on which of these carries the clean headline.
"""
from __future__ import annotations

import contextlib
import email.utils
import functools
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from datetime import date, datetime
from typing import Any
from urllib.parse import SplitResult, urlsplit

from ..records import Published
from .credits import WIRES, canonical_source, parse_byline
from .language import HAN, HANGUL, KANA

__all__ = ["PageMetadata", "read_metadata", "parse_machine_date", "split_url", "url_day", "url_country", "local_day_from_url", "local_day", "headline_dateline",
           "strip_site_suffix", "classify_authors"]

_ARTICLE_TYPES = {
    "article", "newsarticle", "reportagenews", "analysisnewsarticle", "blogposting", "backgroundnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle",
    "report", "socialmediaposting", "webpage", "posting",
}
_STORY_TYPES = _ARTICLE_TYPES - {"webpage"}     # the types that make an object one article, not a page
_DATE_META = (
    # (attribute, value) pairs of <meta> tags that hold the first publication date, best first
    ("property", "article:published_time"), ("property", "og:article:published_time"),
    ("name", "article:published_time"), ("property", "og:published_time"), ("itemprop", "datePublished"),
    ("name", "parsely-pub-date"), ("name", "sailthru.date"), ("name", "dc.date.issued"),
    ("name", "dcterms.created"), ("name", "dc.date"), ("name", "pubdate"), ("name", "publishdate"),
    ("name", "publish-date"), ("name", "date"),
)
_AUTHOR_META = (
    ("name", "author"), ("property", "article:author"), ("name", "article:author"), ("name", "byl"),
    ("name", "dc.creator"), ("name", "parsely-author"), ("name", "sailthru.author"), ("property", "author"),
)
_SOURCE_META = (("name", "source"), ("name", "original-source"), ("name", "syndication-source"))
_SITE_META = (("property", "og:site_name"), ("name", "og:site_name"))
_APP_META = (("name", "application-name"), ("name", "apple-mobile-web-app-title"))
_OUTLET_META = _SITE_META + _APP_META
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?\b")
# (Chinese sites join a title's segments with "_" and no spaces: "<headline>_科技_腾讯网")
_CJK_CHAR = KANA + HAN + HANGUL + "\uff01-\uff5e"     # and the full-width forms of ASCII
_TITLE_SEPARATORS = re.compile(rf"\s+(?:\||-|–|—|::|·|•|»|/)\s+|(?<=[{_CJK_CHAR}])_(?=[{_CJK_CHAR}])")
_NOT_NAMES = {
    "staff", "admin", "administrator", "editor", "editors", "editorial", "editorial staff", "news desk",
    "newsdesk", "staff writer", "staff reporter", "web desk", "webdesk", "desk", "team", "guest",
    "anonymous", "unknown", "correspondent", "our correspondent", "news", "redaction", "rédaction",
    "гость", "редакция", "редакція", "admin admin",
}
# og:site_name values that name a section or a template, not a publisher (Reuters: "U.S.")
_SECTION_NAMES = {"us", "uk", "eu", "home", "homepage", "index", "news", "world", "business", "politics",
                  "sport", "sports", "hosted", "article", "articles", "blog", "website", "site", "default"}
_ROLE_WORDS = re.compile(r"\b(?:writer|editor|reporter|correspondent|contributor|columnist|staff|desk|team)\b", re.I)
_BY_PREFIX = re.compile(r"^\s*(?:by|par|por)\s+", re.I)   # not "de", "di", "von": they start surnames


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None
    outlet: str | None
    byline: tuple[str, ...]
    credited_sources: tuple[str, ...]
    published: Published | None
    declares_article: bool = False     # the markup says the page is one article (`_declares_article`)


def read_metadata(tree: Any, url: str | None = None) -> PageMetadata:
    """Read headline, outlet, byline, credited sources and the structured date of one page.

    `tree` is an lxml HTML tree; it is only read, never changed. The date here comes from
    markup only; `html.extract_html` falls back to htmldate when it is None.
    """
    article = _article_object(_json_ld_objects(tree))
    metas = _meta_index(tree)
    outlet = choose_outlet(tree, article, metas, url)
    outlet = canonical_source(outlet) if outlet else None   # one spelling per wire, as in credits
    title = choose_title(tree, article, metas, outlet, url)
    byline, from_authors = classify_authors(_author_candidates(tree, article, metas), outlet)
    credited = tuple(dict.fromkeys(_credited_from_markup(article, metas) + from_authors))
    dateline = headline_dateline(tree, title)
    published = in_outlet_zone(local_day(local_day_from_url(structured_date(tree, article, metas), url), dateline), tree, metas, url) \
        or dateline
    return PageMetadata(title, outlet, byline, credited, published, _declares_article(tree, article, metas))


def _declares_article(tree: Any, article: dict, metas: dict) -> bool:
    """The page's markup says it is one article: a JSON-LD article object (not a bare WebPage),
    og:type "article", or a single <article> element (a list of stories has one per teaser). An
    object typed WebPage and another kind of page (CollectionPage, a section's intro) is none."""
    if _types(article) & _STORY_TYPES:
        return True
    if any(value.strip().lower() == "article" for value in metas.get(("property", "og:type"), ())):
        return True
    return len(tree.xpath("//article[not(ancestor::article)]")) == 1


# --- JSON-LD -----------------------------------------------------------------------------------

# the page's JSON-LD blocks, their type written in any case
_JSON_LD_SCRIPTS = '//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'


def _json_ld_objects(tree: Any) -> list[dict]:
    objects: list[dict] = []
    for script in tree.xpath(_JSON_LD_SCRIPTS):
        text = (script.text or "").strip()
        if not text or len(text) > 2_000_000:
            continue
        try:
            data = json.loads(text, strict=False)
        except ValueError:
            # some sites end the object with a semicolon
            try:
                data = json.loads(text.rstrip(";").strip(), strict=False)
            except (ValueError, RecursionError):
                continue
        except RecursionError:   # hostile nesting: the page may still have an article
            continue
        objects.extend(_flatten(data))
    return objects


def _flatten(data: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _flatten(data[key], depth + 1)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _article_object(objects: list[dict]) -> dict:
    """The JSON-LD object describing the article itself; {} when there is none."""
    best, best_rank = {}, 99
    for obj in objects:
        kinds = _types(obj) & _ARTICLE_TYPES
        if not kinds:
            continue
        # an object typed WebPage is only a last resort: it describes the page, not the story
        rank = 0 if kinds & _STORY_TYPES else 1
        rank += 0 if (obj.get("headline") or obj.get("datePublished")) else 2
        if rank < best_rank:
            best, best_rank = obj, rank
    return best


def _names(value: Any) -> list[str]:
    """Names out of a JSON-LD person/organisation value (string, object or list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return _names(name) if isinstance(name, (str, list)) else []
    if isinstance(value, list):
        return [name for item in value[:20] for name in _names(item)]
    return []


# --- meta tags ---------------------------------------------------------------------------------

def _meta_index(tree: Any) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content") or meta.get("datetime")
        if not content or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop"):
            key = meta.get(attribute)
            if key:
                index.setdefault((attribute, key.strip().lower()), []).append(content.strip())
    return index


def _meta(metas: dict, pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
    for attribute, key in pairs:
        for value in metas.get((attribute, key.lower()), ()):
            yield attribute, key, value


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


# --- outlet and title --------------------------------------------------------------------------

def split_url(url: str | None) -> SplitResult | None:
    """A page's URL in its parts, or None when there is none or it cannot be read: a URL comes with
    the input ("http://[bad/...", an unclosed IPv6 bracket, makes urlsplit raise), and reading it
    is never a reason to lose the page."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        _ = parts.port                    # raises on a port out of range or not a number
    except ValueError:
        return None
    return parts


def _host(url: str | None) -> str | None:
    parts = split_url(url if not url or "//" in url else "//" + url)
    host = (parts.hostname or "") if parts else ""
    return host[4:] if host.startswith("www.") else (host or None)


def _looks_like_host(name: str) -> bool:
    return bool(re.fullmatch(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/?", name.strip(), re.I))


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def choose_outlet(tree: Any, article: dict, metas: dict, url: str | None) -> str | None:
    """Publisher of the page: a proper name when the page gives one, else its host name.

    Declared names (JSON-LD publisher, og:site_name, application-name) come first; a name
    guessed from the <title> suffix or the copyright line is only taken when it agrees with
    the host name, since those places also hold slogans and section names.
    """
    declared = [_first_segment(c) for c in _names(article.get("publisher")) + [v for _, _, v in _meta(metas, _SITE_META)]]
    declared = [c for c in declared if c and 1 < len(c) <= 80 and _squash(c) not in _SECTION_NAMES]
    for name in declared:
        if not _looks_like_host(name):
            return name
    app_names = [_first_segment(v) for _, _, v in _meta(metas, _APP_META)]
    suffix = _title_suffix(tree)
    guessed = [c for c in [*app_names, suffix, *_copyright_holders(tree)] if c and 1 < len(c) <= 80 and _squash(c) not in _SECTION_NAMES]
    if suffix in guessed and not declared and not _looks_like_host(suffix) and _suffix_confirmed_by_h1(tree, suffix):
        return suffix
    for name in guessed:
        if not _looks_like_host(name) and (_agrees_with_host(name, url) or guessed.count(name) > 1):
            return name
    if declared:
        return _host(declared[0]) or declared[0]
    return _host(url)


def _agrees_with_host(name: str, url: str | None) -> bool:
    """"The New York Times" and nytimes.com, "Sportsnet" and sportsnet.ca agree."""
    host = _squash((_host(url) or "").rsplit(".", 1)[0])
    key = _squash(name)
    if not host or not key:
        return False
    words = [w for w in re.findall(r"\w+", name.casefold()) if w != "the"]
    acronym = "".join(w[0] for w in words)
    return key in host or host in key or (len(acronym) >= 2 and host.startswith(acronym))


def _first_segment(name: str) -> str:
    """"Autoracing | F1 | Indy" -> "Autoracing": site names sometimes carry their sections."""
    return _BY_PREFIX.sub("", _TITLE_SEPARATORS.split(" ".join(name.split()))[0].strip())


def _title_suffix(tree: Any) -> str | None:
    """The " | Site" part of <title>, when the title has one short trailing segment."""
    title = tree.findtext(".//title") or ""
    parts = _TITLE_SEPARATORS.split(" ".join(title.split()))
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    return last if 0 < len(last.split()) <= 5 and len(last) < len(" ".join(parts[:-1])) else None


_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?,?\s*([A-Z][\w&.' -]{1,60}?)(?:\.|,|\s+all rights|\s*\||\s*$)", re.I)


def _copyright_holders(tree: Any) -> list[str]:
    holders = []
    for element in tree.xpath("//footer | //*[contains(@class, 'copyright')]")[:5]:
        match = _COPYRIGHT.search(_text(element))
        if match:
            holders.append(match.group(1).strip())
    return holders


def strip_site_suffix(title: str, site_names: Iterable[str]) -> str:
    """Cut a leading or trailing segment that names the site ("Headline | Site")."""
    title = " ".join(title.split())
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    names = {_squash(name) for name in site_names if name}
    names.discard("")

    def is_site(segment: str) -> bool:
        squashed = _squash(segment)
        return bool(squashed) and any(squashed == n or (len(squashed) > 3 and (squashed in n or n in squashed)) for n in names)

    while len(parts) > 1 and is_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0]):
        parts.pop(0)
    # rebuild from the original text so that separators inside the headline survive
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if start >= 0 and end > start else " ".join(parts)


def choose_title(tree: Any, article: dict, metas: dict, outlet: str | None, url: str | None) -> str | None:
    """The article's headline, with entities that pages escape twice in their meta tags decoded."""
    title = _choose_title(tree, article, metas, outlet, url)
    return html.unescape(title) if title and "&" in title else title


def _choose_title(tree: Any, article: dict, metas: dict, outlet: str | None, url: str | None) -> str | None:
    meta_titles = [v for _, _, v in _meta(metas, (("property", "og:title"), ("name", "twitter:title")))]
    headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    page_title = tree.findtext(".//title")
    site_names = [outlet or "", _host(url) or "", *(v for _, _, v in _meta(metas, _OUTLET_META))]
    site_names.append((_host(url) or "").split(".")[0])
    raw_titles = [t for t in (*meta_titles, headline, page_title) if t and t.strip()]
    cleaned = [strip_site_suffix(t, site_names) for t in raw_titles]
    targets = {_squash(t) for t in cleaned} | {_squash(segment) for t in raw_titles for segment in _edge_runs(t)}
    # an <h1> naming the site (its logo: "Engadget" above "Headline | Engadget") is not the headline
    targets -= {_squash(name) for name in site_names if name} | {""}
    for h1 in list(tree.iter("h1"))[:5]:
        text = _text(h1)
        if text and _squash(text) in targets:
            return text
    # else an <h2> the meta titles open with (some templates give another story or the logo the <h1>)
    leading = {_squash(t) for t in cleaned} | {_squash(run) for t in raw_titles for run in _edge_runs(t, trailing=False)}
    for h2 in list(tree.iter("h2"))[:5]:
        text = _text(h2)
        if text and _squash(text) in leading - {_squash(name) for name in site_names if name} - {""}:
            return text
    if cleaned:
        # an <h1> worded differently from the meta title is the headline the page displays
        # (meta titles are often rewritten for search engines) when the two share words;
        # an <h1> sharing none is a logo or a section name
        shared = _content_words(cleaned[0])
        for h1 in list(tree.iter("h1"))[:5]:
            text = _text(h1)
            words = _content_words(text)
            if len(text) >= 15 and len(words & shared) >= max(2, len(words) // 3):
                return text
        return _without_unshown_suffix(tree, cleaned[0])
    for h1 in tree.iter("h1"):
        text = _text(h1)
        if 3 <= len(text) <= 300:
            return text
    return None


def _without_unshown_suffix(tree: Any, title: str) -> str:
    """"Headline - Site" when the site's name is not known: the page prints "Headline" alone as
    the whole text of an element (a heading, a <dt>, a <div>), so the short last segment is the
    site's name, which the headline on the page never shows. The segment must look like a name
    ("Fed holds rates steady - for now" keeps its end), and is kept when the page prints the whole
    title as well."""
    parts = _TITLE_SEPARATORS.split(title)
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if tree.xpath("//body//*[not(self::title)][normalize-space(text()) = $whole]", whole=" ".join(title.split())):
        return title        # the page prints the whole title too: the last segment is the headline's
    # the last segment, or the last two ("<headline>_科技_腾讯网": a section, then the site)
    for cut in range(1, min(3, len(parts))):
        tail = parts[-cut:]
        head = title[:separators[-cut].start()].strip()
        if len(head) < 10 or not all(0 < len(seg.split()) <= 3 and _name_like(seg) for seg in tail) \
                or len(head) <= len(" ".join(tail)):
            return title
        if tree.xpath("//body//*[normalize-space(text()) = $head]", head=head):
            return head
    return title


def _name_like(segment: str) -> bool:
    """A site's name: no word opens with a small letter ("Entermedia", "BBC News", "ハウスコム"), or
    a domain ("nytimes.com"); not the end of a headline ("for now")."""
    words = segment.split()
    return bool(words) and (all(not word[:1].islower() for word in words)
                            or (len(words) == 1 and re.fullmatch(r"[\w-]+(?:\.[a-z]{2,})+", words[0]) is not None))


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", text.casefold()))


def _edge_runs(title: str, trailing: bool = True) -> list[str]:
    """Every leading and trailing run of a title's segments: "A | B | C" -> A, A | B, B | C, C...
    (only the leading ones with trailing=False)."""
    parts = _TITLE_SEPARATORS.split(" ".join(title.split()))
    runs = [" ".join(parts[:i]) for i in range(1, len(parts) + 1)]
    return runs + ([" ".join(parts[i:]) for i in range(1, len(parts))] if trailing else [])


def _suffix_confirmed_by_h1(tree: Any, suffix: str) -> bool:
    """True when <title> is the <h1> plus `suffix`: the suffix is then the site, not the headline."""
    title = " ".join((tree.findtext(".//title") or "").split())
    rest = _squash(title[: title.rfind(suffix)]) if suffix in title else ""
    return bool(rest) and any(_squash(_text(h1)) == rest for h1 in list(tree.iter("h1"))[:5])


# --- byline and credits ------------------------------------------------------------------------

def _author_candidates(tree: Any, article: dict, metas: dict) -> list[str]:
    """Author strings from the most specific place that has any.

    JSON-LD of the article, then <meta>, then rel=author / itemprop=author: the last also
    marks the authors of comments on many pages, so it is only read when nothing else is.
    """
    names = _names(article.get("author")) + _names(article.get("creator"))
    if names:
        return names
    names = [value for _, _, value in _meta(metas, _AUTHOR_META)]
    if names:
        return names
    for link in tree.xpath('//a[@rel="author"] | //*[@itemprop="author"]')[:5]:
        inner = link.xpath('.//*[@itemprop="name"]')
        text = inner[0].text_content() if inner else link.text_content()
        names.append(" ".join(text.split()))
    return names


def classify_authors(candidates: Iterable[str], outlet: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(people, credited outlets) out of raw author strings from markup.

    Urls, e-mail addresses, roles ("Staff") and the outlet itself are dropped; a wire or another
    outlet given as the author ("Reuters", "AFP") is a credited source, not a byline. The split
    between people and organisations is `credits.parse_byline`'s, shared with the text path.
    """
    people: dict[str, str] = {}
    sources: dict[str, str] = {}
    for raw in candidates:
        text = " ".join((raw or "").split())
        if not text or "://" in text or "@" in text or text.startswith("/") or len(text) > 200:
            continue
        if text.casefold() in _NOT_NAMES:
            continue
        credits = parse_byline("By " + _BY_PREFIX.sub("", text), outlet=outlet)
        if credits is None:
            continue
        for person in credits.byline:
            if _ROLE_WORDS.search(person) or person.casefold() in _NOT_NAMES or _is_outlet_name(person, outlet):
                continue
            if person.split()[0].casefold() in WIRES:     # "CNN Business", "Reuters Health"
                sources.setdefault(_squash(person), canonical_source(person.split()[0]))
                continue
            if person.split()[0] == "The":                 # "The Water Coolest": a brand, not a person
                sources.setdefault(_squash(person), person)
                continue
            people.setdefault(_squash(person), person)
        for source in credits.credited_sources:
            if not (outlet and _squash(source) == _squash(outlet)):
                sources.setdefault(_squash(source), source)
    return tuple(people.values()), tuple(sources.values())


def _is_outlet_name(name: str, outlet: str | None) -> bool:
    """"Business Insider" on a Business Insider page, or a name of the site's own brand."""
    key, own = _squash(name), _squash(outlet or "")
    return bool(own) and (key == own or (len(key) >= 6 and (key in own or own in key)))


def _credited_from_markup(article: dict, metas: dict) -> tuple[str, ...]:
    credited = _names(article.get("sourceOrganization")) + _names(article.get("isBasedOn"))
    credited += [value for _, _, value in _meta(metas, _SOURCE_META)]
    return tuple(dict.fromkeys(canonical_source(c) for c in credited if c and c.strip() and not _looks_like_url(c)))


def _looks_like_url(text: str) -> bool:
    return "://" in text or text.startswith("www.")


# --- publication date --------------------------------------------------------------------------

def structured_date(tree: Any, article: dict, metas: dict) -> Published | None:
    """First publication date given in markup (JSON-LD, meta, <time>), with its minute if any."""
    candidates: list[tuple[str, str]] = []
    for key in ("datePublished", "dateCreated", "uploadDate"):
        value = article.get(key)
        if isinstance(value, str):
            candidates.append((value, f'JSON-LD {key}: "{value}"'))
    for attribute, key, value in _meta(metas, _DATE_META):
        candidates.append((value, f'<meta {attribute}="{key}" content="{value}">'))
    for element in tree.xpath('//time[@pubdate or @itemprop="datePublished"][@datetime]')[:3]:
        value = element.get("datetime")
        candidates.append((value, f'<time datetime="{value}">'))
    for value, evidence in candidates:
        published = parse_machine_date(value, evidence)
        if published is not None:
            return published
    return None


_URL_DAY = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)")


def url_country(url: str | None) -> str | None:
    """The country a URL's host names by its country-code domain (".pl" -> "PL", ".co.uk" -> "GB"),
    or None: no host, a generic domain (".com"), or a country code sold as a generic name (".tv", ".io")."""
    host = _host(url) or ""
    domain = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(domain) != 2 or not domain.isalpha() or domain in _GENERIC_CCTLDS:
        return None
    return _COUNTRY_CODES.get(domain.upper(), domain.upper())


def url_day(url: str | None) -> Published | None:
    """The day a URL's path gives ("/2020/09/23/"), as a day: CMSs write it in the newsroom's time
    zone. Weaker than the page's own dateline and markup; for the text path it is the last resort."""
    match = _URL_DAY.search(url or "")
    if match is None:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return Published(day.isoformat(), "day", f"URL date {match[0].strip('/')}")


def local_day_from_url(published: Published | None, url: str | None) -> Published | None:
    """The outlet's own day when markup gives a UTC time and the URL a date one day off.

    CMSs write the URL date in the newsroom's time zone and many stamp `datePublished` in UTC:
    "/2019/11/19/" with "2019-11-20T02:59Z" is an evening story of the 19th in the Americas.
    The instant's time cannot be moved to an unknown zone, so the result is a day.
    """
    return local_day(published, url_day(url))


def local_day(published: Published | None, dateline: Published | None) -> Published | None:
    """The outlet's own day when markup gives a UTC time and the page (under its headline) or its URL
    gives a day that a time zone explains: the day before a UTC stamp in the early hours (the
    Americas' evening), or after one late in the day (Europe, Asia and Oceania's morning).
    "2020-12-05T23:15Z" with "06 Dicembre 2020" printed is an Italian story of the 6th."""
    if published is None or dateline is None or published.precision != "minute" or not published.iso.endswith("+00:00"):
        return published
    shift = (date.fromisoformat(dateline.iso[:10]) - date.fromisoformat(published.iso[:10])).days
    hour = int(published.iso[11:13])
    if not ((shift == -1 and hour < 8) or (shift == 1 and hour >= 14)):
        return published
    return Published(dateline.iso[:10], "day", f"{dateline.evidence} (the markup gives {published.iso}: {published.evidence})")


# a time zone a page's scripts set: '"timezone":{"short":"ET","long":"America/New_York"}', '"tz":"Australia/Sydney"'
# (an IANA name a few characters after a time-zone key). The site's own setting or a widget's (weather,
# markets, a clock of another city): `in_outlet_zone` takes it only when the page's own signals agree.
_ZONE_SETTING = re.compile(r"""\b(?:time_?zone|tz)\b["']?\s*[:=][^;]{0,60}?["']((?:Africa|America|Antarctica|Asia|Atlantic|"""
                           r"""Australia|Europe|Indian|Pacific)/[A-Za-z_]+(?:/[A-Za-z_]+)?)["']""", re.I)


def _may_set_zone(text: str) -> bool:
    """False when `text` cannot hold a `_ZONE_SETTING`, whose key ("timezone", "time_zone", "tz" in
    any case) lowercased holds "zone" or "tz". Tested first because the pattern, case-blind and
    opening with a word boundary, is tried at every character of a page's scripts."""
    low = text.lower()
    return "zone" in low or "tz" in low


_LOCALE_META = (("property", "og:locale"), ("name", "og:locale"), ("name", "language"), ("name", "content-language"))
_STAMP_OFFSET = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*([+-])(\d{2}):?(\d{2})\b")
_GENERIC_CCTLDS = {"ai", "cc", "co", "fm", "io", "me", "tv", "ws", "ly", "to", "gg", "sh", "ac", "eu", "su"}
_COUNTRY_CODES = {"UK": "GB"}      # the code a locale or a domain writes -> zone.tab's (ISO 3166)


def in_outlet_zone(published: Published | None, tree: Any, metas: dict, url: str | None) -> Published | None:
    """A UTC publication time told in the outlet's own time zone when the page's scripts set one
    zone and the page's own signals say it is the site's: "2020-05-02T02:54Z" on an en_US page whose
    settings say "America/New_York" is 2020-05-01T22:54-04:00, a story of the 1st, the day the
    outlet dates it by. The instant is the same; none is changed when the page names no zone,
    several, one Python does not know, or one nothing else on the page backs (`_zone_agrees`): a
    weather widget's or a clock's zone is in the scripts of pages from anywhere."""
    if published is None or published.precision != "minute" or not published.iso.endswith("+00:00"):
        return published
    zones = {match[1] for script in tree.iter("script") if _may_set_zone(script.text or "")
             for match in _ZONE_SETTING.finditer(script.text or "")}
    if len(zones) != 1:
        return published
    from zoneinfo import ZoneInfo

    try:
        zone = ZoneInfo(zones.pop())
    except (ValueError, LookupError, OSError):        # ZoneInfoNotFoundError is a KeyError
        return published
    moment = datetime.fromisoformat(published.iso).astimezone(zone)
    backing = _zone_agrees(zone, tree, metas, url)
    if backing is None:
        return published
    offset = moment.strftime("%z")
    return Published(moment.strftime("%Y-%m-%dT%H:%M") + f"{offset[:3]}:{offset[3:]}", "minute",
                     f"{published.evidence} (in the site's time zone, {zone.key}, as {backing})", published.inferred)


def _zone_agrees(zone: Any, tree: Any, metas: dict, url: str | None) -> str | None:
    """What on the page backs a zone its scripts set as the site's own, or None. Either the country
    the page is made for, from its locale ("en_US" in og:locale, "en-AU" in <html lang>, the region
    of a Content-Language) or its host's country-code domain (".pl"; not one sold as a generic name,
    ".tv", ".io"), has the zone (the tz database's zone.tab); or a time the page writes with an
    offset other than UTC's ("2020-01-31T10:46:02+01:00" in its markup) is the zone's offset at that
    time. A page's language alone names no country."""
    countries = _zone_countries().get(zone.key, frozenset())
    locales = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang"), tree.get("xml:lang"),
               *(value for _, _, value in _meta(metas, _LOCALE_META)),
               *(meta.get("content") for meta in tree.iter("meta")
                 if (meta.get("http-equiv") or "").strip().lower() == "content-language")]
    for locale in (" ".join((tag or "").split()) for tag in locales):
        parts = re.split(r"[-_]", locale)
        region = parts[1].upper() if len(parts) > 1 and re.fullmatch(r"[A-Za-z]{2}", parts[1]) else ""
        if region and _COUNTRY_CODES.get(region, region) in countries:
            return f"its locale {locale} has it"
    country = url_country(url)
    if country is not None and country in countries:
        return f"its domain .{(_host(url) or '').rsplit('.', 1)[-1].lower()} has it"
    marked = [value for (_, key), values in metas.items() if "time" in key or "date" in key for value in values]
    marked += [element.get("datetime") or "" for element in tree.iter("time")]
    marked += [script.text or "" for script in tree.xpath(_JSON_LD_SCRIPTS)]
    for text in marked:
        for match in _STAMP_OFFSET.finditer(text):
            written = (int(match[7]) * 60 + int(match[8])) * (1 if match[6] == "+" else -1)
            if written == 0:
                continue                  # UTC's offset backs no zone
            try:
                year, month, day, hour, minute = (int(match[n]) for n in range(1, 6))
                wall = datetime(year, month, day, hour, minute, tzinfo=zone)
            except ValueError:
                continue
            offset = wall.utcoffset()
            if offset is not None and offset.total_seconds() == written * 60:
                return f"the page writes {match[0]}"
    return None


@functools.cache
def _zone_countries() -> dict[str, frozenset[str]]:
    """Each time zone's countries, from the tz database's zone.tab ("US\t+404251-0740023\tAmerica/New_York"),
    as zoneinfo finds the database: the system's folders, else the tzdata package. Empty when
    neither has it (then only a written offset backs a zone)."""
    import zoneinfo
    from importlib import resources

    places: list[Any] = [Path(folder) / "zone.tab" for folder in zoneinfo.TZPATH]
    with contextlib.suppress(ModuleNotFoundError):
        places.append(resources.files("tzdata") / "zoneinfo" / "zone.tab")
    for place in places:
        try:
            text = place.read_text(encoding="utf-8")
        except (OSError, ValueError):
            continue
        countries: dict[str, set[str]] = {}
        for line in text.splitlines():
            fields = line.split("\t")
            if len(fields) >= 3 and not line.startswith("#"):
                countries.setdefault(fields[2], set()).add(fields[0].upper())
        return {zone: frozenset(found) for zone, found in countries.items()}
    return {}


_DATELINE_CHARS = 600        # text read after the headline for its dateline
_NOT_TEXT = {"script", "style", "noscript", "template", "svg"}


def headline_dateline(tree: Any, title: str | None) -> Published | None:
    """The complete date printed right under the page's headline (its <h1> or <h2>): the dateline a reader
    sees ("13 Oct 2020 18:29" in the meta line under the title), read from the short texts that
    follow the <h1> in its block (its parent's parent) until a paragraph of text or `_DATELINE_CHARS`
    characters; a chunk is read when it is a date line or at most eight words ("Joined" and "May 11,
    2017" of a forum post are outside the block).
    Day and month order from the page's own unambiguous numeric dates, else from its declared
    language and region ("06/05/2020" is 6 May outside English and in British, Australian or Indian
    English; 5 June in American English or English with no region)."""
    if not title:
        return None
    key = _squash(title)
    headings = list(tree.iter("h1"))[:5] + list(tree.iter("h2"))[:5]     # some templates give the headline an <h2>
    headline = next((heading for heading in headings if _squash(_text(heading)) == key), None)
    if headline is None:
        return None
    from .dates import day_first, looks_like_date_line, numeric_order, parse_date

    tag = (tree.get("lang") or tree.get("xml:lang") or "en").strip() or "en"
    language = tag[:2].lower()
    order: list[bool] = []           # the page's day and month order, read when a chunk is first parsed

    def dayfirst() -> bool:
        if not order:
            found = numeric_order(text for text in tree.itertext() if "/" in text or "." in text or "-" in text)
            order.append(day_first(tag) if found is None else found)
        return order[0]

    inside, seen = set(headline.iter()), 0
    after = False
    block = headline.getparent() if headline.getparent() is not None else headline
    if block.getparent() is not None and block.getparent().tag not in ("body", "html"):
        block = block.getparent()           # the headline's block: its meta line is a cousin at most
    for element in block.iter():
        if element is headline:
            after = True
            chunks = [element.tail]
        elif not after or element in inside or not isinstance(element.tag, str):
            continue
        else:
            chunks = [element.tail] if element.tag in _NOT_TEXT else [element.text, element.tail]
        for chunk in chunks:
            text = " ".join((chunk or "").split())
            if not text:
                continue
            if len(text) > 200:
                return None                      # the body has begun
            seen += len(text)
            if any(ch.isdigit() for ch in text) and (looks_like_date_line(text) or len(text.split()) <= 8):
                found = parse_date(text, partial=False, language=language, dayfirst=dayfirst())
                if found is not None and found.precision in ("day", "minute"):
                    return found
        if seen > _DATELINE_CHARS:
            return None
    return None


def parse_machine_date(value: str, evidence: str | None = None) -> Published | None:
    """Parse a machine-readable date (ISO 8601, compact, RFC 2822); None when it is not one.

    The wall-clock time is kept as written, with its offset when one is given: the day an
    outlet dates a story is the day in its own time zone.
    """
    evidence = evidence or value
    match = _ISO.match(value)
    if match:
        year, month, day, hour, minute, _second, zone = match.groups()
        return _published(year, month, day, hour, minute, _offset(zone), evidence)
    match = _COMPACT.match(value)
    if match:
        year, month, day, hour, minute = match.groups()
        return _published(year, month, day, hour, minute, "", evidence)
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    offset = parsed.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
    return _published(parsed.year, parsed.month, parsed.day, parsed.hour, parsed.minute, offset, evidence)


def _offset(zone: str | None) -> str:
    if not zone:
        return ""
    if zone in ("Z", "UTC", "GMT"):
        return "+00:00"
    digits = zone.replace(":", "")
    return f"{digits[:3]}:{digits[3:]}"


def _published(year, month, day, hour, minute, offset: str, evidence: str) -> Published | None:
    year, month, day = int(year), int(month), int(day)
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is None or minute is None or int(hour) > 23 or int(minute) > 59:
        return Published(iso, "day", evidence)
    # midnight exactly with no offset is how many CMSs write "a day, no time"
    if int(hour) == 0 and int(minute) == 0 and not offset:
        return Published(iso, "day", evidence)
    return Published(f"{iso}T{int(hour):02d}:{int(minute):02d}{offset}", "minute", evidence)
