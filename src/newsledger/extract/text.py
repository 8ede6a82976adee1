"""Plain-text path: dumps of rendered pages (w3m -dump, browser "save as text") -> Article.

The body comes from the line-block classifier in `blocks.py`; this module cuts the boilerplate
inside the main region (related headlines, captions, share bars, tickers), records every cut line
with a reason, and reads the metadata a dump shows on its face: the headline, the date line,
bylines and "Source:" lines (via the shared `credits` and `dates` parsers) and the outlet from
the site's chrome (masthead, "X is an ... channel." about line, copyright line). Written by hand
for the reason given in `blocks.py`: no maintained tool reads text dumps.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from urllib.parse import unquote

import numpy as np

from ..errors import ExtractionError
from ..options import ExtractOptions
from ..records import Article, Published, RawDocument, Removal
from .blocks import CJK, Line, classify, core_segment, logical_lines, main_region, mark_tickers, site_message, weight
from .credits import (BY_WORDS, Credits, dateline_date, parse_byline, parse_credit_line, parse_dateline, parse_signoff,
                      parse_source_line)
from .dates import (COPYRIGHT_MARK, MONTHS, WEEKDAYS, clock_only, day_first, fetch_reference, looks_like_date_line,
                    masthead_day, numeric_order, parse_date, today_named)
from .language import guess_language
from .linemodel import NOT_ASCII, cased_letters, line_probabilities, load_model
from .metadata import split_url, url_country, url_day

__all__ = ["extract_text"]

_HEADER_SPAN = 15          # lines before the body searched for headline, date and credits
_SOFT_REASONS = (
    (re.compile(r"^(?:related|read|also|lire|à lire|lesen|leer|lea|ver|veja|leia|leggi|see|more|mehr|further|"
                r"читайте|baca)", re.I), "related"),
    (re.compile(r"^(?:advert|ad$|sponsored)", re.I), "promo"),
    (re.compile(r"^(?:listen|watch|video|photo|gallery|audio)", re.I), "media"),
    (re.compile(r"^(?:breaking|just in|live|updated|latest)", re.I), "ticker"),
)
# a company's legal form, as a copyright line and a press release's issuer end their name
_LEGAL_FORM = r"inc|ltd|llc|plc|gmbh|s\.a|limited|corp"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[A-Z][\w&.'’ -]{1,50}?)"
                        r"(?:\s*(?:,?\s*(?:" + _LEGAL_FORM + r")\b\.?)|\.|\s*[|•-]|\s+all rights|$)", re.I)
_ABOUT = re.compile(r"^(?P<name>[A-Z][\w&'’ -]{1,40}?) is an? [^.]{0,80}\b(?:channel|newspaper|news|media|publication|"
                    r"website|agency|outlet|network|broadcaster|magazine|daily|portal|site)\b", re.I)
_DATE_CUE = re.compile(r"\||\b(?:updated|published|posted|modified|by)\b", re.I)
_BARE_BY = re.compile(r"^\W*" + BY_WORDS + r"\W*$", re.I)
_BY_OPENING = re.compile(r"^\W*(?:(?:posted|written|reported)\s+)?" + BY_WORDS + r":?\s+\w", re.I)   # "By admin - 2018-09-16"
# a site bar's buttons, in the languages of the news read most: "Menu", "Search", "Log in", "Subscribe"
_BUTTON_WORDS = (r"menu|search|login|log in|sign in|subscribe"
                 r"|menü|suche|anmelden|abonnieren"                          # German
                 r"|меню|поиск|войти|подписаться|пошук|увійти|підписатися"   # Russian, Ukrainian
                 r"|menú|buscar|búsqueda|iniciar sesión|suscribirse|suscríbete"  # Spanish
                 r"|rechercher|recherche|se connecter|connexion|s'abonner|abonnez-vous"  # French
                 r"|cerca|accedi|abbonati"                                    # Italian
                 r"|szukaj|wyszukaj|zaloguj|zaloguj się|subskrybuj"            # Polish
                 r"|pesquisar|pesquisa|entrar|assinar|assine"                 # Portuguese
                 r"|zoeken|inloggen|abonneren")                               # Dutch
_MENU_WORDS = re.compile(r"^(?:home|news|skip|more|x|slogan|" + _BUTTON_WORDS + r")$", re.I)


def extract_text(raw: RawDocument, text: str, opts: ExtractOptions, *, judge_length: bool = True) -> Article:
    """One text dump -> Article; raises ExtractionError ("not_article: no_body") when no article
    text is found, which `extract` turns into a Rejection. A body under the acceptance rule
    (`min_body_chars`) is "not_article: too_short" unless it is a brief under its headline
    (`_a_brief`); with `judge_length=False` the article is returned whatever its length (the dumps
    evaluation reads the date of a dump too short to keep)."""
    from . import build_article, content_length, too_short_detail

    count = text.count("\n") + 1
    if count > opts.max_lines:   # the page's budget: classifier state grows with its lines
        raise ExtractionError(f"{count:,} lines, over the limit of {opts.max_lines:,} per page (the extraction "
                              "memory budget)", uri=raw.uri, reason="too_complex")
    lines = read_lines(text)
    del text                    # the lines hold the page from here on: not two copies of a big dump
    hand = hand_selection(lines)
    body_lines, removed = _model_body(lines, hand)
    if not body_lines:
        raise ExtractionError("no article text found in the text dump", uri=raw.uri, reason="not_article: no_body")
    start, end = hand.start, hand.end
    if end < start or not any(start <= line.index <= end for line in body_lines):
        start, end = body_lines[0].index, body_lines[-1].index
    outlet = hand.outlet
    title_line = _slug_title(lines, raw.url)
    if title_line is None:
        title_line = _headline(lines, hand, _body_top(body_lines), start)
    body = "\n\n".join(line.text for line in body_lines)
    credits = _find_credits(lines, start, body_lines, outlet)
    language = guess_language(body)
    published = _find_date(lines, start, end, body, raw, language, title_line.index if title_line else None,
                           body_lines[0].index)
    title = _without_kicker(title_line.text) if title_line else None
    headed = title_line is not None and title_line.index in _lines_above(lines, body_lines[0].index, _BRIEF_SPAN)
    del lines, body_lines, hand     # a big dump's lines are let go before the body is normalised
    article = build_article(
        raw,
        "text",
        body,
        title=title,
        outlet=credits.outlet or outlet,
        credited_sources=[s for s in credits.credited_sources if s != (credits.outlet or outlet)],
        byline=credits.byline,
        published=published,
        removed=removed if opts.keep_removed else (),
        language=language,
    )
    if judge_length and content_length(article.body) < opts.min_body_chars and not _a_brief(article.body, headed, opts):
        raise ExtractionError(too_short_detail(article.body), uri=raw.uri, reason="not_article: too_short")
    return article


# A brief's headline stands right over its text: at most this many lines with words between the two
# are read past (`_lines_above`: a date line, a byline, a standfirst; share bars and pictures
# are passed over), as a teaser box or a footer's sentences far under a page's last heading are not.
_BRIEF_SPAN = 4


def _a_brief(body: str, headed: bool, opts: ExtractOptions) -> bool:
    """A dump's body under the acceptance rule (`min_body_chars`) is still an article when it is a
    brief: its headline stands right over it (`headed`: the dump's own sign that the text under it
    is the story, as the HTML path reads an article's markup, `html._a_brief`) and it is written as
    a brief (`extract.written_as_a_brief`: in sentences, not a teaser cut short or a list) and is not
    the site speaking of the page (`blocks.site_message`: a paywall, sign-up or missing-page notice)."""
    from . import written_as_a_brief

    return headed and written_as_a_brief(body, opts) and not site_message(body)


def read_lines(text: str) -> list[Line]:
    """The dump's logical lines, each given its kind by the hand-written classifier."""
    lines = logical_lines(text)
    classify(lines)
    mark_tickers(lines)
    return lines


@dataclass(frozen=True, slots=True)
class HandSelection:
    """What the hand-written rules find: the dense region, the outlet, the headline and the lines
    they keep, with a reason for every line they cut. `end < start` when no run of prose exists."""
    start: int
    end: int
    outlet: str | None
    title: Line | None
    kept: frozenset[int]
    reasons: dict[int, str]
    title_score: float = float("-inf")      # how much `title` looks like the headline (`_scored_title`)


def hand_selection(lines: list[Line]) -> HandSelection:
    start, end = main_region(lines)
    if end < start:
        return HandSelection(start, end, _find_outlet(lines), None, frozenset(), {})
    start, end = core_segment(lines, start, end)
    outlet = _find_outlet(lines)
    title_line, title_score = _scored_title(lines, start, outlet)
    if not _headed(lines, start, title_line):
        elsewhere = _headed_article(lines, start, end)
        if elsewhere is not None:
            start, end = core_segment(lines, *elsewhere)
            title_line, title_score = _scored_title(lines, start, outlet)
    body_lines, reasons = _select_body(lines, start, end, title_line)
    return HandSelection(start, end, outlet, title_line, frozenset(line.index for line in body_lines), reasons,
                         title_score)


def _headed_article(lines: list[Line], start: int, end: int) -> tuple[int, int] | None:
    """The article elsewhere on the page when the densest prose (`start`..`end`) has no headline
    over a date line or byline: a run of prose under a line shaped like a headline with its date
    line right under it (the story's own head), with at least `_HEADED_LINES` paragraphs and a
    share `_HEADED_SHARE` of the region's prose words. A list of teasers, a footer's legal text or a
    box of other stories is densest on some pages, and only the article prints its head: the
    headline, its date, then its text. The headed run with the most prose wins; None when there
    is none (a page without a dateline keeps its densest prose)."""
    region_words = sum(line.words for line in lines[start:end + 1] if line.kind == "prose")
    best, best_words = None, 0
    heads = [h for h, line in enumerate(lines) if _story_head(lines, h)]
    for h in heads:
        if start <= h <= end:
            continue
        under = _with_words(lines, h, 1)
        assert under is not None
        first = _text_under(lines, under.index)
        if first is None or start <= first <= end:
            continue
        running, top, last = 0.0, float("-inf"), first
        for j in range(first, len(lines)):
            if j > first and (lines[j].kind == "terminal" or j in heads or (lines[j].kind != "prose" and _dated(lines[j]))):
                break                                  # the next story's head or date ends this one
            running += weight(lines[j])
            if running > top:
                top, last = running, j
            if running < 0:
                break
        prose = [other for other in lines[first:last + 1] if other.kind == "prose"]
        words = sum(other.words for other in prose)
        if len(prose) >= _HEADED_LINES and words >= _HEADED_SHARE * region_words and words > best_words:
            best, best_words = (first, last), words
    return best


def _text_under(lines: list[Line], i: int) -> int | None:
    """The first paragraph of prose under a story's date line (line `i`), past at most
    `_HEAD_TO_TEXT` lines with words (a picture's caption, a byline, a tag line, the headline again)
    that are no heading of a box, link or list entry; None when the text does not follow."""
    seen = 0
    for j in range(i + 1, min(len(lines), i + 12)):
        line = lines[j]
        if line.kind == "prose" and not line.bullet:
            return j
        if (line.kind in ("terminal", "trigger", "promo", "ticker") and not _LABELLED.match(line.text)) or line.bullet:
            return None                        # a box's heading; a tag line ("Filed under: Courts") may stand here
        seen += line.words > 0
        if seen > _HEAD_TO_TEXT:
            return None
    return None


_HEAD_TO_TEXT = 3
_LABELLED = re.compile(r"^[^:]{2,30}:\s*\S")     # a label and its value on one line


def _story_head(lines: list[Line], h: int) -> bool:
    """A line shaped like a headline with a date line right under it (or a short line with a clock time:
    "today at 05:46, 237 views"), not an entry of a dated list."""
    line = lines[h]
    if line.kind not in ("short", "unknown", "caption") or line.bullet or not 4 <= line.words <= 25:
        return False
    under = _with_words(lines, h, 1)
    if under is None or under.bullet or under.words > 15 or not _has_digit(under.text):
        return False
    return (_dated(under) or (under.words <= 8 and _CLOCK.search(under.text) is not None)) \
        and _headline_shaped(line) and not _in_a_dated_list(lines, h)


def _headed(lines: list[Line], start: int, title: Line | None) -> bool:
    """The region has the head of a story: its headline heads a dated block, or a date line or byline
    stands among the three lines with words above it or opens it."""
    if title is not None and _heads_a_dated_block(lines, title.index):
        return True
    near = _lines_above(lines, start, 3) + list(range(start, _lines_below(lines, start, 3)))
    return any(lines[i].words <= 20 and (_dated(lines[i]) or _date_or_credit(lines[i]) or _signed(lines[i])) for i in near)


_HEADED_LINES = 2       # paragraphs under a headline and its date line before they are taken for the article
_HEADED_SHARE = 0.2     # share of the densest region's prose words they need


_NEVER_ADDED = ("caption", "ticker", "promo", "comment", "trigger", "terminal", "empty")
_METADATA_REASONS = ("dateline", "byline", "duplicate_title")
# why the hand rules would never take a line back (`cut_flags` columns); the model may overrule
# those in `SOFT_CUTS` when it is sure: a line above what was taken for the headline, or repeated
# on the page. Text behind a terminal heading ("Comments", "Most read") stays cut (a comment thread
# reads like prose, and it is not the article), and a body of one or two lines is not grown (it is
# as likely a side box as the article: grown, two pages of a site share their side columns).
CUT_FLAGS = ("above_title", "after_terminal", "small_body", "duplicate", "metadata_reason", "box_reason",
             "furniture_kind", "metadata_line")
SOFT_CUTS = np.array([name in ("above_title", "duplicate") for name in CUT_FLAGS])


def cut_flags(lines: list[Line], hand: HandSelection) -> np.ndarray:
    """One row per line, one 0/1 column per reason in `CUT_FLAGS` the hand rules have against
    taking the line back after cutting it (lines they kept: only where they stand): nothing above
    the headline, nothing behind the first terminal heading after the body ("Comments", "Most
    read", a copyright line), no growing a body of one or two lines (as likely a side box as the
    article), no repeated line, no date line, byline, credit or sign-off, nothing cut inside a
    related-links, media or share box, no caption, ticker, promo or heading. `addable` is the lines
    with none of them."""
    total = len(lines)
    flags = np.zeros((total, len(CUT_FLAGS)))
    first = hand.title.index + 1 if hand.title is not None else 0       # the article starts under its headline
    barrier = next((line.index for line in lines[hand.end + 1:] if line.kind == "terminal"), total) \
        if hand.end >= hand.start else total
    flags[:first, 0] = 1.0
    flags[barrier:, 1] = 1.0
    if len(hand.kept) < 3:
        flags[:, 2] = 1.0
    by_reason: tuple[list[int], list[int], list[int]] = ([], [], [])     # columns 3, 4 and 5
    for index, reason in hand.reasons.items():
        if index in hand.kept or reason in ("navigation", "footer"):
            continue
        by_reason[0 if reason == "duplicate" else 1 if reason in _METADATA_REASONS else 2].append(index)
    for column, indices in enumerate(by_reason, start=3):
        flags[indices, column] = 1.0            # set by column: one numpy call, not one a line
    flags[[line.index for line in lines if line.kind in _NEVER_ADDED], 6] = 1.0
    free = np.flatnonzero(~flags.any(axis=1))
    # the costlier test only where nothing else already rules the line out
    flags[[position for position in free.tolist() if position not in hand.kept and _metadata_line(lines[position])], 7] = 1.0
    return flags


def addable(lines: list[Line], hand: HandSelection, flags: np.ndarray | None = None) -> set[int]:
    """The lines the model may take back after the hand rules cut them, at its usual threshold:
    those with none of the reasons in `CUT_FLAGS`."""
    flags = cut_flags(lines, hand) if flags is None else flags
    return {int(i) for i in np.flatnonzero(~flags.any(axis=1)) if int(i) not in hand.kept}


def soft_cut(flags: np.ndarray) -> np.ndarray:
    """Lines ruled out only by reasons in `SOFT_CUTS`: the model may take them back at its stricter
    threshold for such lines."""
    return np.asarray(flags[:, SOFT_CUTS].any(axis=1) & ~flags[:, ~SOFT_CUTS].any(axis=1))


def _metadata_line(line: Line) -> bool:
    """A date line, a byline or credit, a sign-off ("Reporting by ...; Editing by ...")."""
    if line.words > 40:
        return False
    return _date_or_credit(line) or bool(parse_signoff(line.text))


def _model_body(lines: list[Line], hand: HandSelection) -> tuple[list[Line], list[Removal]]:
    """The lines the fitted model keeps (see `linemodel`): among those the hand rules kept, those
    it may take back (`addable`) and, at a stricter threshold, those ruled out only by where they
    stand (`soft_cut`); every other line is cut with the hand rules' reason, or by its place on
    the page."""
    model = load_model()
    region = (hand.start, hand.end)
    flags = cut_flags(lines, hand)
    probabilities = line_probabilities(lines, set(hand.kept), region, flags, model)
    allowed = addable(lines, hand, flags)
    soft = soft_cut(flags)
    body: list[Line] = []
    for line, probability in zip(lines, probabilities):
        if line.index in hand.kept:
            keep = probability >= model["threshold_kept"]
        elif line.index in allowed:
            keep = probability >= model["threshold_other"]
        else:
            keep = bool(soft[line.index]) and probability >= model["threshold_soft_cut"]
        if keep:
            body.append(line)
    body = _fill_mostly_article(lines, body, hand)
    chosen = {line.index for line in body}
    first = body[0].index if body else len(lines)
    cut = []
    for line in lines:
        if line.index in chosen:
            continue
        reason = hand.reasons.get(line.index)
        if reason is None or line.index in hand.kept:
            reason = "navigation" if line.index < first else ("footer" if line.index > body[-1].index else "boilerplate")
        cut.append((line, reason))
    return body, _group_removals(cut)


_MOSTLY_ARTICLE = 0.8     # share of the page's words in the body above which the page is the article
_CLEAN_ARTICLE = 0.5      # the same for a page without any furniture line
_FURNITURE = ("trigger", "terminal", "promo", "ticker", "comment", "caption")


def _fill_mostly_article(lines: list[Line], body: list[Line], hand: HandSelection) -> list[Line]:
    """A page that is mostly the article (a clean text, a copy-paste, a print view) keeps every
    line between its first and last body lines that is neither page furniture (captions, promos,
    share bars, tickers, comments) nor its metadata: list items, table rows and subheadings of the
    article, cut by the line rules for being short. A page with no furniture line at all (a clean
    article text) also keeps what follows its last paragraph: a closing list or table of results."""
    if len(body) < 3:
        return body
    total = sum(line.words for line in lines)
    share = sum(line.words for line in body) / total if total else 0.0
    clean = not any(line.kind in _FURNITURE for line in lines)
    if share < (_CLEAN_ARTICLE if clean else _MOSTLY_ARTICLE):
        return body
    chosen = {line.index for line in body}
    last = len(lines) - 1 if clean else body[-1].index       # a clean text's closing list or table is its own
    return [line for line in lines[body[0].index:last + 1]
            if line.index in chosen or (line.kind in ("prose", "short", "item") and line.repeats == 1
                                        and hand.reasons.get(line.index) in (None, "navigation", "footer")
                                        and not _metadata_line(line))]


def _is_credit(line: Line) -> bool:
    return line.words <= 40 and parse_credit_line(line.text) is not None


def _signed(line: Line) -> bool:
    """A byline in any form: one the credits reader parses, a bare "By", or a short line opening with
    "By" and a name it does not read ("By admin - 2020-03-12")."""
    return _is_credit(line) or _BARE_BY.match(line.text) is not None or (
        line.words <= 10 and _BY_OPENING.match(line.text) is not None)


def _date_or_credit(line: Line) -> bool:
    """The line is a date line or a byline: the metadata block a headline stands over."""
    return looks_like_date_line(line.text) or _is_credit(line)


_CHROME_WORDS = {
    "share", "close", "email", "print", "facebook", "twitter", "menu", "sign", "subscribe", "search", "tweet",
    "submit", "follow", "topics", "links", "playback", "unsupported", "device", "browser", "explorer", "sharing",
    "options", "newsletter", "login", "photo", "illustration", "mugshot", "staff", "editorial", "writer", "media",
    "external", "window", "signed", "cookies", "javascript", "advertisement", "updated",
    "password", "account", "register", "whatsapp", "pinterest", "linkedin", "reddit", "telegram", "messenger",
    "click", "clicking", "opt-out", "correspondent", "reporter", "columnist", "contributor", "journalist",
    "photographer", "abonnez-vous", "s'abonner", "abonnieren", "suscríbete", "suscribirse", "assine",
    "подписаться", "підписатися", "войти", "увійти", "поделиться", "поділитися", "compartir", "partager", "teilen",
    "condividi", "compartilhe", "compartilhar", "reklama", "реклама", "werbung", "publicidad", "publicité",
}
# a word of four letters or more; the vowel signs and viramas of the Indic scripts and of Thai, Lao,
# Myanmar and Khmer are marks, not letters, so each block is taken whole (less its digits and dandas)
_CONTENT_WORD = re.compile(r"(?:[^\W\d_]|(?![\d\u0964\u0965])[\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]){4,}")
_ASCII_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")     # `_CONTENT_WORD` in an ASCII text: its letters are A-Z
# a character outside ASCII that `_CONTENT_WORD` may read as part of a word: a letter or digit, or one
# of its blocks (the text's other characters, quotation marks and dashes, end words as spaces do)
_WORDISH_NOT_ASCII = re.compile(r"[^\W\x00-\x7f]|[\u0900-\u0DFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]")
_CJK_RUN = re.compile(CJK.pattern + "+")


def _content_words(text: str) -> list[str]:
    """`_CONTENT_WORD.findall(text)`, by the simpler pattern in a text whose letters are all ASCII
    (most lines: their other characters are ASCII, or quotation marks and dashes)."""
    plain = text.isascii() or _WORDISH_NOT_ASCII.search(text) is None
    return (_ASCII_CONTENT_WORD if plain else _CONTENT_WORD).findall(text)


def _content_units(text: str) -> list[str]:
    """The units a headline and its lede share: words of four letters or more, and in Chinese and
    Japanese, which do not space their words, every pair of adjacent characters. (An ASCII word
    is one of four letters or more when it is all letters: `_CONTENT_WORD` without the pattern.)"""
    units = [w for w in (w.casefold().strip(".,:;!?\"'।॥") for w in text.split())
             if ((len(w) >= 4 and w.isalpha()) if w.isascii() else (_CONTENT_WORD.fullmatch(w) and not CJK.search(w)))]
    if not text.isascii():
        for run in _CJK_RUN.findall(text):
            units.extend(run[k:k + 2] for k in range(len(run) - 1))
    return units


def _body_top(body_lines: list[Line]) -> int:
    """Where the body the line model kept begins, for finding the headline over it: its first line
    of prose or of more than `_LABEL_WORDS` words, past a stray label or widget line kept above it
    ("Pressure:" of a weather box); its first line when it holds no other."""
    return next((line.index for line in body_lines if line.kind == "prose" or line.words > _LABEL_WORDS),
                body_lines[0].index)


_LABEL_WORDS = 3        # a label, a name, a menu entry: too short to be where an article's text opens


def _headline(lines: list[Line], hand: HandSelection, model_start: int, start: int) -> Line | None:
    """The headline over the article: the hand rules' (`hand.title`), or, when the line model's body
    begins elsewhere than the hand rules' region (they settled on a later story, or on a part of the
    article under a video or picture box; or their region opens above the article, at a browser
    warning or at the headline block itself), the headline over the model's body when it looks
    more like one."""
    if hand.end < hand.start:
        return _find_title(lines, start, hand.outlet)
    if model_start != hand.start:
        return _title_of_model_body(lines, model_start, hand.outlet, hand.title_score) or hand.title
    return hand.title


def _find_title(lines: list[Line], start: int, outlet: str | None) -> Line | None:
    """The headline: a line above the body (or the repeated one), shaped like a headline, followed by
    a date or byline, and whose words come back in the first paragraphs."""
    return _scored_title(lines, start, outlet)[0]


def _title_of_model_body(lines: list[Line], model_start: int, outlet: str | None, hand_score: float) -> Line | None:
    """The headline over the body the line model found, when that body starts elsewhere than the hand
    rules' region (`_headline` says when): taken when it looks more like a headline than the one over
    the hand rules' region (whose score, `hand_score`, the hand rules found already), else None."""
    here, score = _scored_title(lines, model_start, outlet)
    return here if here is not None and score > hand_score else None


def _scored_title(lines: list[Line], start: int, outlet: str | None) -> tuple[Line | None, float]:
    opening = _lede_lines(lines, start)
    lede = {w.casefold() for line in opening for w in _content_words(line.text)}
    lede.update(unit for line in opening if CJK.search(line.text) for unit in _content_units(line.text))
    lede_lines = {line.index: line.text.casefold() for line in lines[start:start + 3]}
    best, best_score = None, float("-inf")
    folded: list[str] = []
    echoes = _Echoes(lines, folded)
    above = _lines_above(lines, start, 2 * _HEADER_SPAN)
    rank = {j: n for n, j in enumerate(above)}         # nearest first
    for i in range(above[-1] if above else start, _lines_below(lines, start, 7)):
        if i < start and i not in rank:
            continue                                   # a promo or trigger line `_lines_above` passed over
        view, line = lines, lines[i]
        if (doubled := _doubled_headline(lines, i)) is not None:
            view, line = [*lines[:i], doubled, *lines[i + 1:]], doubled     # weighed as the headline, once
        if line.kind not in ("short", "prose", "unknown", "caption") or line.bullet or not 2 <= line.words <= 30:
            continue
        if i >= start and not _heads_a_dated_block(view, i):
            continue                                   # the body began at a teaser above the headline block
        if _in_a_byline(view, i):
            continue                                   # "By" / "Randy Maniloff" / "The Wall Street Journal"
        if (outlet and line.text.casefold() == outlet.casefold()) or _MENU_WORDS.match(line.text):
            continue
        if _date_or_credit(line) or not any(ch.isalpha() for ch in line.text):
            continue
        if _breadcrumb(line):
            continue
        if line.words <= 15 and _has_full_date(line.text):
            continue                                   # "March 3, 2021 / 9:05 PM / Updated 2 hours ago"
        distance = i - start if i >= start else -1 - rank[i]
        score = _title_score(view, i, start, lede, distance)
        if line.repeats == 1 and (line.words >= 5 or len(line.text) >= 40) and _echoed(i, echoes):
            score += 1.5           # printed again inside a longer line or cut short: as a repeated headline
        elif line.words <= 5 and _named_inside(view, i, folded):
            score -= 1.5           # "Dancing With the Stars" over "X eliminated from 'Dancing with the Stars' after ..."
        if line.repeats == 2 and _standfirst_twice(view, i, start, lede_lines):
            score -= 5.0           # printed again as the first paragraph: the standfirst, not the headline
        if line.repeats > 1 and _in_a_menu_printed_twice(view, i):
            score -= 3.0 if line.words >= 4 else 1.5    # a menu printed twice: no title bar's copy, a label
        if i >= start:
            score -= 2.0 + (i - start) / 15           # inside the body: only a clearly better headline
        if score > best_score:
            best, best_score = line, score
    return best, best_score


def _doubled_headline(lines: list[Line], i: int) -> Line | None:
    """The line as its headline once, when it is one headline printed twice over (`_once`: the page's
    heading and its copy, a print or share header's, that the dump's unwrapping ran into one line,
    "Storm closes the port Storm closes the port") and its date line or byline follows: None for
    any other line. A picture's alt text run into its caption is printed twice over too, but read as
    a caption or printed a third time, on its own, beside it (`_title_score` weighs it down)."""
    line = lines[i]
    if line.words < 8 or line.kind == "caption" or (line.words % 2 and line.text.isascii()):
        return None                                    # the cheap tests first: most lines end here
    half = _once(line.text)
    if half is None:
        return None
    if any(" ".join(other.text.split()) == half for other in lines[max(0, i - 3):i + 4]):
        return None                                    # a caption printed again on its own beside it
    # counted as `blocks._append` counts: Chinese and Japanese a word per two characters (not additive)
    words = len(half.split()) + (0 if half.isascii() else len(CJK.findall(half)) // 2)
    once = replace(line, text=half, raw=half, words=words, kind="short",
                   sentence=False, repeats=max(2, line.repeats))
    return once if _heads_a_dated_block([*lines[:i], once, *lines[i + 1:]], i) else None


_TWICE_OVER_SHORTEST = 8     # characters of a text printed twice over: a shorter one may be a word said twice


def _once(text: str) -> str | None:
    """The text once, when the line is one text printed twice over, the two run together with a space
    between or none ("Storm closes the port Storm closes the port", "The PlayStation VRThe
    PlayStation VR"): a headline and its copy joined by the dump's unwrapping, or a picture's alt
    text that w3m prints against its caption. None for any other line.

    >>> _once("Ferry returns to the island Ferry returns to the island")
    'Ferry returns to the island'
    >>> _once("The harbour at duskThe harbour at dusk")
    'The harbour at dusk'
    >>> _once("Ferry returns to the island") is None
    True
    """
    key = " ".join(text.split())
    half = len(key) // 2
    if len(key) % 2:
        if key[half] != " ":
            return None
        first, second = key[:half], key[half + 1:]
    else:
        first, second = key[:half], key[half:]
    return first if len(first) >= _TWICE_OVER_SHORTEST and first == second else None


def _run(lines: list[Line], i: int, step: int, count: int) -> list[str]:
    """The texts of the `count` lines with words next to line `i` (above: `step` -1; under: 1), fewer
    at the page's edge or past three lines without words."""
    texts: list[str] = []
    line: Line | None = lines[i]
    while len(texts) < count and line is not None and (line := _with_words(lines, line.index, step)) is not None:
        texts.append(line.text)
    return texts


def _in_a_menu_printed_twice(lines: list[Line], i: int) -> bool:
    """The line is printed again elsewhere on the page in a run of three lines with two next to it
    (the two above, the two under, or one either side; each unlike the line itself): a menu or a box
    of links the page prints twice (a header's and a footer's, a wide screen's and a phone's). A
    headline printed again is so on its own (a title bar, a share text) or with one line, its deck
    or its date, as a list of stories prints it."""
    line = lines[i]
    above, under = _run(lines, i, -1, 2), _run(lines, i, 1, 2)
    if line.repeats < 2 or line.text in above or line.text in under:
        return False

    def same_run(j: int) -> bool:
        there_above, there_under = _run(lines, j, -1, 2), _run(lines, j, 1, 2)
        return ((len(above) == 2 and there_above == above) or (len(under) == 2 and there_under == under)
                or (bool(above) and bool(under) and there_above[:1] == above[:1] and there_under[:1] == under[:1]))

    return any(j != i and other.text == line.text and same_run(j) for j, other in enumerate(lines))


def _breadcrumb(line: Line) -> bool:
    """Where the page is, not a headline: "News » World » ...", "Group : Riverside » Riverside". The
    guillemets that close a quotation opened on the line («Le Monde», « oui ») are no marks; a pair
    around separators ("« Older post | Main | Newer post »") is not a quotation."""
    text = _QUOTED.sub("", line.text)
    return sum(text.count(mark) for mark in ("»", "›", " > ", " / ", " | ")) >= 2 or (
        line.words <= 8 and any(mark in text for mark in (" » ", " › ", " > ")))


# a quotation in guillemets, as many languages quote: no separator inside ("« Previous | Main | Next »" is
# a blog's links to its posts either side)
_QUOTED = re.compile(r"«[^«»|/]*»|‹[^‹›|/]*›")


def _standfirst_twice(lines: list[Line], i: int, start: int, lede_lines: dict[int, str]) -> bool:
    """The line and its copy are both in the header: one above the body, one as its first paragraph,
    as pages print their standfirst. A headline printed as the body's first line and again far
    away (a title bar, a share text) is not."""
    key = lines[i].text.casefold()
    copies = [j for j in range(max(0, start - 2 * _HEADER_SPAN), min(len(lines), start + 3))
              if j != i and lines[j].text.casefold() == key]
    return bool(copies) and (i in lede_lines or any(j in lede_lines for j in copies))


def _lede_lines(lines: list[Line], start: int) -> list[Line]:
    """The lede a headline summarises: the first three lines of the body and its first three
    paragraphs, read past the pictures, captions and labels a dump prints before the first one."""
    opening = [line for line in lines[start:start + 12] if line.kind == "prose"][:3]
    return list({line.index: line for line in lines[start:start + 3] + opening}.values())


_SLUG_WORD = re.compile(r"[^\W\d_]{3,}")


def _ascii_words(text: str) -> set[str]:
    """A text's words of three letters or more, case-folded and without accents ("Pejë" -> "peje"),
    as a URL writes them."""
    plain = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return set(_SLUG_WORD.findall(plain))


_SLUG_PARTS = re.compile(r"[-_]+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")     # ".html", ".cms", ".php"


def _url_slug(url: str | None) -> str | None:
    """The article's slug in the URL's path: its last segment when that is a slug (four parts or
    more joined by hyphens or underscores, a file extension left off: "/18701511.woman-hurt-hit-car-
    station-street/"). A site files an article under its sections, so a slug earlier in the path
    may be a section's ("/world-news-latest-updates/4471234"); it is read only past trailing
    segments that are no slug (an id, a file name, a label: "/<slug>/articleshow/73540940.cms") and
    when it has five parts or more, as headlines do and section names seldom do. None without a URL,
    a URL that cannot be read, or such a slug."""
    parts = split_url(url)
    if parts is None:
        return None
    segments = [_EXTENSION.sub("", unquote(seg)) for seg in parts.path.split("/") if seg]
    for back, segment in enumerate(reversed(segments)):
        words = [word for word in _SLUG_PARTS.split(segment) if word]
        if len(words) >= 4:
            return " ".join(words) if back == 0 or len(words) >= 5 else None
    return None


def _slug_title(lines: list[Line], url: str | None) -> Line | None:
    """The headline the page's URL spells ("/woman-hurt-hit-car-station-street-eastbourne/"): the
    line that holds most of the slug's words and little else (not the lede, which holds them among
    many more). None without a slug (`_url_slug`) of four words or more, or such a line."""
    spelt = _url_slug(url)
    slug = _ascii_words(spelt) if spelt else set()
    if len(slug) < 4:
        return None
    best, best_fit = None, 0.0
    for line in lines:
        if not 3 <= line.words <= 30 or line.bullet or _shape_penalty(line.text) > 0:
            continue
        words = _ascii_words(line.text)
        if not words:
            continue
        found = len(words & slug)
        recall, precision = found / len(slug), found / len(words)
        if recall >= 0.6 and precision >= 0.6 and (fit := 2 * recall * precision / (recall + precision)) > best_fit:
            best, best_fit = line, fit           # the headline, not a breadcrumb or teaser that holds it too
    return best


def _lines_above(lines: list[Line], start: int, count: int) -> list[int]:
    """The `count` lines above `start` that have something to read, nearest first: the empty lines,
    pictures and share bars a dump prints between a headline and its text do not push the headline
    out of reach. Unlike `_lines_below`, which counts every line with words, promo and trigger
    lines (a box's teaser, a "Related" heading) are passed over too."""
    found: list[int] = []
    for i in range(start - 1, -1, -1):
        if len(found) >= count:
            break
        line = lines[i]
        if line.kind not in ("empty", "promo", "trigger") and line.words > 0:
            found.append(i)
    return found


def _lines_below(lines: list[Line], start: int, count: int) -> int:
    """The end (exclusive) of the first `count` lines from `start` on that have words: the pictures
    and empty lines of a dump's header do not push a headline under the body's top out of reach.
    Every line with words counts here, whatever its kind (see `_lines_above`)."""
    seen = 0
    for i in range(start, len(lines)):
        seen += lines[i].words > 0
        if seen > count:
            return i
    return len(lines)


class _Echoes:
    """The page's lines that may print a headline again (see `_echoed`), casefolded, found on first
    use: the longer lines that are not prose, and the lines cut short with the text left before
    their ellipsis. Each headline candidate is then compared with these few, not every line."""

    __slots__ = ("cut_short", "folded", "found", "lines", "longer")

    def __init__(self, lines: list[Line], folded: list[str]) -> None:
        self.lines, self.folded, self.found = lines, folded, False
        self.longer: list[tuple[int, str]] = []
        self.cut_short: list[tuple[int, int, str]] = []     # (line, length before the ellipsis's end, prefix)

    def find(self) -> None:
        if not self.folded:
            self.folded.extend(line.text.casefold() for line in self.lines)
        self.found = True
        for j, other in enumerate(self.folded):
            if len(other) < 20:
                continue
            if self.lines[j].words <= 30 and self.lines[j].kind != "prose":
                self.longer.append((j, other))
            cut = other.rstrip()
            if _cut_short(cut) and len(prefix := cut.rstrip(".… ")) >= 20:
                self.cut_short.append((j, len(cut), prefix))   # not a dot leader ("......"): nothing left to compare


def _echoed(i: int, echoes: _Echoes) -> bool:
    """The page prints the line again inside a longer line that is not prose ("Home/Politics/<headline>",
    "Share this story: <headline>"; a first paragraph repeats its standfirst) or cut short ("<first words of the headline>…"), as pages print their
    headline in breadcrumbs, share bars and sticky headers. `echoes` holds the page's lines that
    may do so (found on first use), casefolded in the list `_named_inside` reads too."""
    if not echoes.found:
        echoes.find()
    key = echoes.folded[i]
    if len(key) < 20:
        return False
    return any(j != i and len(other) > len(key) and key in other and any(ch.isalnum() for ch in other.replace(key, ""))
               for j, other in echoes.longer) or any(      # not the line itself printed twice (alt text, caption)
        j != i and length < len(key) and key.startswith(prefix) for j, length, prefix in echoes.cut_short)


def _named_inside(lines: list[Line], i: int, folded: list[str]) -> bool:
    """A short line the header prints again in the middle of a longer line near it (not at its start
    or end, as a cut teaser, a breadcrumb or a share text print a headline): a tag or kicker naming
    the story's subject ("Grand Prix" over "Driver Lena Ortiz crashes out of the 'Grand
    Prix' in ..."), not the headline."""
    if not folded:
        folded.extend(line.text.casefold() for line in lines)
    key = folded[i].strip()
    if len(key) < 8:
        return False
    for j in range(max(0, i - 6), min(len(lines), i + 7)):
        if j == i or not 2 * lines[i].words <= lines[j].words <= 30:
            continue
        other = folded[j].strip()
        if key in other and not other.startswith(key) and not other.endswith(key) and other.count(key) == 1 \
                and _shape_penalty(lines[j].text) == 0 and not other.rstrip().endswith("."):
            return True
    return False


def _in_a_byline(lines: list[Line], i: int) -> bool:
    """The line comes under a bare "By" with at most two short lines between (the author's name,
    printed twice, or with initials the name test does not take; the author's picture, a line
    without words, does not count): the author, the employer's name or the author's one-line
    biography of a byline printed one part a line."""
    between = 0
    for j in range(i - 1, max(-1, i - 8), -1):
        if _BARE_BY.match(lines[j].text):
            return True
        if lines[j].words == 0:
            continue
        between += 1
        if between > 2 or lines[j].words > 4 or lines[j].text.rstrip()[-1:] in ".!?":
            return False
    return False


_BLOCK_REACH = 8     # lines under a headline where its date or byline is looked for


def _heads_a_dated_block(lines: list[Line], i: int) -> bool:
    """The line heads the article's metadata block: a date line, a byline (or its bare "By") or an
    author line comes within three lines under it (a standfirst may stand between), or a date line
    or byline further down, within `_BLOCK_REACH` lines, past nothing but the pictures, captions,
    share bars and short labels a dump prints between them (there two capitalised words may be any
    label: "Engadget Score"). A line ending with a full stop under a heading is its standfirst;
    away from one it may be a headline written as sentences ("Stocks fall after the report. Why you
    should not worry.")."""
    line = lines[i]
    text = line.text.rstrip()
    if line.words > 20 or text.endswith(":") or (text.endswith(".") and _below_a_heading(lines, i)):
        return False
    for step, below in enumerate(lines[i + 1:i + 1 + _BLOCK_REACH], start=1):
        if below.words <= 20 and (_date_or_credit(below) or _BARE_BY.match(below.text)
                                  or (step <= 3 and below.kind != "prose" and _names_line(below.text))):
            return True
        if step >= 3 and not (below.kind in ("caption", "trigger", "promo") or _header_furniture(below)
                              or _shape_penalty(below.text) > 0):
            break                                      # text, or another headline: not this line's block
    # a headline the page prints again (title bar, share text) under its date line
    above = lines[i - 1] if i > 0 else None
    return line.repeats > 1 and line.words >= 4 and above is not None and above.kind != "prose" and (
        looks_like_date_line(above.text) or (above.words <= 20 and _has_full_date(above.text)))


def _below_a_heading(lines: list[Line], i: int) -> bool:
    """The nearest line above with words, past pictures, date lines and bylines, is a heading of two
    words or more (not text, a list entry, a link or share label, nor a line ending a sentence): a
    sentence under it is its standfirst."""
    for j in range(i - 1, max(-1, i - 6), -1):
        above = lines[j]
        if above.kind == "empty" or above.words == 0 or (above.words <= 20 and _date_or_credit(above)):
            continue
        return (above.kind != "prose" and not above.bullet and 2 <= above.words <= 25
                and not above.text.rstrip().endswith((".", ":", "!", "?")) and _shape_penalty(above.text) == 0
                and not any(w.casefold() in _CHROME_WORDS for w in above.text.split()))
    return False


_NAME_JOINERS = {"and", "&", "und", "et", "y", "e", "i", "и", "і", "та", "ve", "en", "og", "och"}


def _names_line(text: str) -> bool:
    """An author line without its "By": two to four people's names, capitalised, joined by commas
    or "and" ("Kimberly Miller and Gareth McGrath"); no digits and no sentence end."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 9 or any(ch.isdigit() for ch in text) or text.rstrip()[-1:] in ".:!?":
        return False
    names = [w for w in words if w.casefold() not in _NAME_JOINERS]
    if not names or not all(w[:1].isupper() and w[1:2].islower() for w in names if len(w) > 1):
        return False
    return len(names) <= 3 or any(w.casefold() in _NAME_JOINERS for w in words) or "," in text


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(text: str) -> bool:
    """any(ch.isdigit() for ch in text): one search for the ASCII digits, then the other characters
    one at a time (few in most lines: quotation marks and dashes)."""
    return _ASCII_DIGIT.search(text) is not None or (
        not text.isascii() and any(ch.isdigit() for ch in NOT_ASCII.findall(text)))


@lru_cache(maxsize=4096)
def _has_full_date(text: str) -> bool:
    found = parse_date(text) if _has_digit(text) else None
    return found is not None and not found.inferred and found.precision in ("day", "minute")


def _title_score(lines: list[Line], i: int, start: int, lede: set[str], distance: int | None = None) -> float:
    line = lines[i]
    words = [w.casefold().strip(".,:;!?\"'") for w in line.text.split()]
    score = (i - start if distance is None else distance) / 15     # nearer the body is better (in lines to read)
    # printed again (as the page's title bar or share text); a label of three words or fewer repeats
    # because it is a menu entry or the site's name
    score += 1.5 if line.repeats > 1 and line.words >= 4 else 0.0
    below = [j for j in range(i + 1, min(i + 7, len(lines))) if _date_or_credit(lines[j]) or _BARE_BY.match(lines[j].text)]
    if below and _menu_between(lines, i, below[0]):
        below = []           # the line heads the site's bar ("Menu", "Home"); the block under it is the article's
    if below:
        # the date/byline block under a headline (and standfirst): near when among the first three
        # lines with words under it (`_lines_below`)
        reach = _lines_below(lines, i + 1, 2)
        score += 2.0 if below[0] <= reach else 1.25
        # the whole block in the two lines with words under it, a date line and a byline of its own
        # ("May 5, 2020" / "Posted by Ana"), and no headline right over it (whose deck it would be)
        dated = [j for j in below if j < reach and looks_like_date_line(lines[j].text)]
        if dated and any(_signed(lines[j]) for j in range(i + 1, reach) if j not in dated) and not (
                (over := _with_words(lines, i, -1)) is not None and _headline_shaped(over)):
            score += 1.0
    content = _content_units(line.text)
    if content and lede:
        # the share of its words the lede repeats, trusted less for a two-word tag or name
        score += 3.0 * sum(1 for w in content if w in lede) / len(content) * min(1.0, len(content) / 4)
    score -= 6.0 * sum(1 for w in words if w in _CHROME_WORDS) / len(words)   # "Print Email Share menu"
    score -= _shape_penalty(line.text)
    if _under_a_headline(lines, i, lede) or _under_a_byline_and_its_headline(lines, i):
        score -= 1.5
    if (_under_a_picture(lines, i) or _once(line.text) is not None or _over_a_photo_credit(lines, i)
            or _twice_over_nearby(lines, i)):
        score -= 1.5
    if _in_a_dated_list(lines, i):
        score -= 1.5                                           # an entry of a list of other dated stories
    if line.words <= 3:
        score -= 1.5                                           # names and section labels
    if line.text.endswith(".") or line.kind in ("prose", "caption"):
        score -= 1.5                                           # standfirsts, captions, first paragraphs
    if line.words > 20:
        score -= 1.5
    if "(" in line.text and line.text.rstrip().endswith(")"):
        score -= 1.0                                           # "(AP Photo/...)" credits
    return score


_URL = re.compile(r"https?://|www\.\w|[\w.+-]@[\w-]+\.[a-z]{2,}", re.I)     # a web or email address


def _cut_short(text: str) -> bool:
    """The line ends with an ellipsis, as a teaser cut short does ("How these travelers got…")."""
    return text.rstrip().endswith(("…", "..."))


@lru_cache(maxsize=4096)     # the same lines are weighed for each region's headline, their neighbours' and the URL's
def _shape_penalty(text: str) -> float:
    """How little a line looks like a headline by its letters: headlines are written in title or
    sentence case, so a line in capitals throughout is a section label or kicker ("MORE CORONAVIRUS
    COVERAGE") and one without any capital a tag list ("coronavirus new york city"); a teaser cut
    short ("How these travelers got…") or a line with a web or email address (a caption's credit:
    "잠실=최문영 기자 deer@sportschosun.com") is not a headline either."""
    penalty = 0.0
    cased, upper = cased_letters(text)
    if cased >= 6 and (upper == cased or (upper == 0 and not text.lstrip()[:1].isdigit())):
        penalty += 2.5          # "5 stories from markets worth a look this morning" is in sentence case
    if _cut_short(text):
        penalty += 1.0
    if text.rstrip().endswith((",", "،", "、", "，")):
        penalty += 2.0                                 # "PTI, Washington,": a dateline or a list, cut before it goes on
    if _URL.search(text):
        penalty += 3.0
    if _CAPTION_CUE.search(text):
        penalty += 2.5
    if len(text.split()) <= 6 and _BOX_LABEL.match(text):
        penalty += 3.0
    if _UI_PHRASE.search(text):
        penalty += 3.0
    if len(text.split()) <= 5 and _COMPANY.search(text.strip()):
        penalty += 3.0                                 # "Acme Holdings Inc.", "ハウスコム株式会社": who issued a release
    if text.lstrip()[:1] in _LINK_MARKS:
        penalty += 3.0                                 # "» See more", "☆ Top 25 Promises": links and menu entries
    clock = _CLOCK.search(text)
    if clock and (clock.start() <= 20 or clock.end() >= len(text.rstrip()) - 1):
        penalty += 2.0                                 # "сегодня в 20:12 Политика", "Ukraine war live 14:05"
    return penalty


# the labels of boxes around an article ("Other Headlines", "Sponsored By", "Latest Headlines", "Weitere
# Meldungen:", "Most read", "Читайте также"), in the languages of the month names in `dates`
_BOX_LABEL = re.compile(
    r"^\W*(?:sponsored|other|related|latest|popular|trending|recommended|editor'?s? picks?|"
    r"(?:more|top|most) (?:news|stories|headlines|from|on|videos|articles|read|popular|viewed|shared|watched)|"
    r"also|see also|read also|don'?t miss|you may|you might|weitere|meistgelesen|autres|à lire|lire aussi|"
    r"otras|otros|lea también|altre|altri|leggi anche|outras|outros|leia também|другие|читайте|інші|"
    r"inne|czytaj|zobacz|další|čtěte|diğer)\b", re.I)
# a company's legal form, at the end or the start of its name
_COMPANY = re.compile(r"(?:\b(?:" + _LEGAL_FORM + r"|co\.,? ltd|s\.p\.a|oy|ab|ооо|оао|пао|зао)\.?$)|"
                      r"^(?:ооо|оао|пао|зао)\b|株式会社|有限会社|有限公司|股份公司", re.I)
_LINK_MARKS = set("☆★»›→▶►▸◆◇■□")     # what w3m and sites print before a link or a menu entry
# what the page says about itself to its reader: links, sharing, reading on, where you are
_UI_PHRASE = re.compile(
    r"^\W*(?:\d+\s*)?(?:continue reading|read (?:more|the full|full)|email this|share (?:this|on|via)|copy (?:this )?link|"
    r"you are here|skip to|click here|tap here|sign up|log ?in|subscribe|listen to|edit (?:this )?(?:story|article|post)|"
    r"(?:need to )?report (?:this|the|an?) (?:video|story|article|ad|comment|error|typo)|"
    r"(?:these|this) (?:are|is) (?:an? )?(?:external|beta)\b)|\bopens? in a new (?:window|tab)\b|\bopt[- ]out\b", re.I)
# a clock time: the time stamps of datelines and of lists of other stories, which headlines do not carry
_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d:])")


# picture captions and credits as w3m prints them ("Media captionWho is ...", "Taylor Swift Image
# copyright Getty Images", "President Trump. (Photo by REUTERS)", "(Mara Quill / Associated Press)")
_CAPTION_CUE = re.compile(r"\b(?:image|photo|picture|media) ?(?:copyright|caption|credit)|\((?:photo|image|picture|credit)s?\b|"
                          r"\bgetty images\b|\b(?:file|stock) (?:photo|image|picture)\b|^(?:image|photo|picture|video):|"
                          r"/ ?(?:reuters|ap|afp|epa|associated press|getty)\b", re.I)


def _lede_share(text: str, lede: set[str]) -> float:
    content = _content_units(text)
    return sum(1 for w in content if w in lede) / len(content) if content and lede else 0.0


def _under_a_headline(lines: list[Line], i: int, lede: set[str]) -> bool:
    """The line comes under another headline-shaped line of four words or more, with at most three
    lines of header furniture between them (a section label, the date or byline, a picture, a
    comment count): it is the standfirst (deck) under the headline, not the headline itself. A deck
    summarises the article, so the lede repeats its words at least as much as the headline's; a
    line above that the lede repeats less belongs to something else (another story's teaser)."""
    skipped = 0
    for j in range(i - 1, max(-1, i - 8), -1):
        above = lines[j]
        if _header_furniture(above):
            if _BAR_BUTTON.match(above.text):
                return False                           # a menu stands between: the line above is the site's bar
            skipped += above.kind != "empty"
            if skipped > 3:
                return False
            continue
        # a headline printed twice in a row reads as a caption (`blocks._mark_near_repeats`)
        doubled = above.kind == "caption" and j > 0 and lines[j - 1].text == above.text
        if not ((above.kind in ("short", "unknown", "prose") or doubled) and not above.bullet and 4 <= above.words <= 25
                and not above.text.rstrip().endswith(":") and _shape_penalty(above.text) == 0
                and not _date_or_credit(above) and not _has_full_date(above.text) and not _breadcrumb(above)):
            return False
        if lines[i].text.casefold() in above.text.casefold():
            return False                               # a breadcrumb ending with the headline
        share, own = _lede_share(above.text, lede), _lede_share(lines[i].text, lede)
        if share >= 0.3 and skipped == 0:
            return True
        # further up, or repeated less by the lede: a headline (six words or more) the lede
        # touches, and a deck the lede repeats at least as much
        return above.words >= 6 and share > 0 and own >= max(share, 0.3)
    return False


def _under_a_byline_and_its_headline(lines: list[Line], i: int) -> bool:
    """The line comes right under a byline (its date line may stand between, pictures are passed
    over) that has a headline-shaped line right over it: a byline follows its headline, so the line
    is a caption, a picture's name or a deck, not the headline."""
    line: Line | None = lines[i]
    byline = False
    for _ in range(3):
        line = _with_words(lines, line.index, -1) if line is not None else None
        if line is None or line.words > 20:
            return False
        if _signed(line):
            byline = True
        elif not looks_like_date_line(line.text):
            return byline and _headline_shaped(line)
    return False


def _menu_between(lines: list[Line], i: int, j: int) -> bool:
    """A site bar's button ("Menu", "Search", "Log in") stands between lines `i` and `j`: they are in
    different parts of the page (the site's bar, with the story's title in it; the article under
    it, with its own headline over its byline). A section's name ("News") may head either."""
    return any(_BAR_BUTTON.match(line.text) for line in lines[i + 1:j])


_BAR_BUTTON = re.compile(r"^\W*(?:" + _BUTTON_WORDS + r"|skip to (?:the )?(?:main )?content)\W*$", re.I)


def _headline_shaped(line: Line) -> bool:
    """A line that could head a story: four to 25 words, no list bullet, not ending as a sentence or a
    label does, in a headline's letters (`_shape_penalty`), and no date line or byline."""
    return (line.kind in ("short", "unknown", "prose", "caption") and not line.bullet and 4 <= line.words <= 25
            and not line.text.rstrip().endswith((":", ".")) and _shape_penalty(line.text) == 0
            and not _date_or_credit(line))


def _with_words(lines: list[Line], i: int, step: int) -> Line | None:
    """The nearest line with words above (`step` -1) or under (`step` 1) line `i`, within three lines."""
    for j in range(i + step, i + 4 * step, step):
        if not 0 <= j < len(lines):
            return None
        if lines[j].words:
            return lines[j]
    return None


def _dated(line: Line | None) -> bool:
    return line is not None and line.words <= 12 and (looks_like_date_line(line.text) or _has_full_date(line.text))


def _in_a_dated_list(lines: list[Line], i: int) -> bool:
    """The line is an entry of a list of stories each printed over its own date ("<teaser>" / "Staff
    19/02/2020" / "<teaser>" / "Staff 16/02/2020"), not the headline over the story's own block: a
    date is under it, and another is above it or under the next entry. (A date line above a
    headline has its byline under the headline, and the date under a headline has the text under it.)"""
    under = _with_words(lines, i, 1)
    if under is None or not _dated(under):
        return False
    if _dated(_with_words(lines, i, -1)):
        return True
    following = _with_words(lines, under.index, 1)
    return following is not None and not _dated(following) and _dated(_with_words(lines, following.index, 1))


_PICTURE = re.compile(r"^\[[^\]\s]*\]$")


def _under_a_picture(lines: list[Line], i: int) -> bool:
    """The line comes straight under a picture (w3m prints an image as its file name in brackets,
    "[ori_202002]") and no byline or date follows it: the picture's caption."""
    if i == 0 or not _PICTURE.match(lines[i - 1].text.strip()) or "logo" in lines[i - 1].text.casefold():
        return False                                   # a site's logo heads the page, not a caption
    return not any(_date_or_credit(lines[j]) or _signed(lines[j]) for j in range(i + 1, min(i + 4, len(lines))))


def _over_a_photo_credit(lines: list[Line], i: int) -> bool:
    """The next line with words, one of the two lines under it, is a picture's credit ("Alex Wong |
    Getty Images", "(Photo: AP)"): the line is the picture's caption."""
    for j in range(i + 1, min(i + 3, len(lines))):
        if lines[j].words:
            return lines[j].words <= 8 and _CAPTION_CUE.search(lines[j].text) is not None
    return False


def _twice_over_nearby(lines: list[Line], i: int) -> bool:
    """A line near it prints this line twice over (`_once`: "Joseph Marlow at homeJoseph Marlow at
    home"): the line is the caption w3m printed with its picture's alt text there, printed again on
    its own."""
    key = " ".join(lines[i].text.split())
    if len(key) < _TWICE_OVER_SHORTEST:
        return False
    return any(_once(lines[j].text) == key for j in range(max(0, i - 4), min(len(lines), i + 5)) if j != i)


_KICKER = re.compile(r"^(?P<kicker>[^/|]{2,40}?)\s+/\s+(?P<headline>[^/]+)$")


def _without_kicker(text: str) -> str:
    """The headline without the kicker some sites print before it on its line, a slash between (a
    place or a column's name: "Riverside / Man from the village dies abroad"): up to three words
    before the slash and at least four after it; a headline's own slash ("roads and schools /
    hospitals wait") has more words before it."""
    match = _KICKER.match(text.strip())
    if match is None or len(match["kicker"].split()) > 3 or len(match["headline"].split()) < 4:
        return text
    return match["headline"]


def _header_furniture(line: Line) -> bool:
    """What sits between a headline and its standfirst: nothing to read (a picture, a rule), a label
    of up to three words ("Editorial", "New, 15 comments"), the date line or the byline."""
    if line.kind == "empty" or line.words == 0 or not any(ch.isalpha() for ch in line.text):
        return True
    if line.words <= 3 and not line.text.rstrip().endswith((".", "!", "?")):
        return True
    return line.words <= 20 and _date_or_credit(line)


def _soft_reason(line: Line) -> str:
    for pattern, reason in _SOFT_REASONS:
        if pattern.match(line.text):
            return reason
    return "share"


def _select_body(lines: list[Line], start: int, end: int, title: Line | None) -> tuple[list[Line], dict[int, str]]:
    body: list[Line] = []
    reasons: dict[int, str] = {}
    zone: str | None = None                           # the trigger region we are inside, if any
    for i, line in enumerate(lines):
        if i < start or i > end:
            reasons[i] = _outside_reason(line, i < start, title, end)
            continue
        reason = _inside_reason(lines, i, title, zone)
        if line.kind == "trigger":
            zone = _soft_reason(line)
        elif line.kind == "terminal":
            zone = "related"                           # a box of teasers inside the article (blocks._across_a_box)
        elif line.kind == "prose" and reason is None and not line.bullet:
            zone = None
        elif line.kind == "prose" and zone is not None:
            reason = zone                              # a teaser in a related box
        elif zone is not None and reason in (None, "navigation", "duplicate"):
            reason = zone
        if reason is None:
            body.append(line)
        else:
            reasons[line.index] = reason
    return body, reasons


def _inside_reason(lines: list[Line], i: int, title: Line | None, zone: str | None) -> str | None:
    line = lines[i]
    if title is not None and line.text.casefold() == title.text.casefold():
        return "duplicate_title"
    if line.kind in ("trigger", "terminal"):
        return _soft_reason(line)
    if line.kind in ("caption", "ticker", "promo", "empty"):
        return {"empty": "navigation"}.get(line.kind, line.kind)
    if line.kind != "prose" and looks_like_date_line(line.text):
        return "dateline"
    if line.kind != "prose" and _is_credit(line):
        return "byline"
    if line.kind == "prose":
        return None
    if line.repeats > 1:
        return "duplicate"
    if line.kind == "item" and line.words >= 6 and zone is None:
        return None                                    # a list inside the article
    following = lines[i + 1] if i + 1 < len(lines) else None
    if line.kind == "short" and zone is None and 2 <= line.words <= 15 and not line.bullet \
            and following is not None and following.kind == "prose":
        return None                                    # a subheading
    if line.kind == "short" and line.sentence and line.words >= 4:
        return None
    return "navigation"


def _outside_reason(line: Line, before: bool, title: Line | None, after_end: int) -> str:
    if line is title:
        return "title"
    if title is not None and line.text.casefold() == title.text.casefold():
        return "duplicate_title"
    if line.kind in ("ticker", "caption", "promo"):
        return line.kind
    if line.kind in ("trigger", "terminal"):
        return _soft_reason(line) if line.kind == "trigger" or before else "footer"
    near_header = before and title is not None and abs(line.index - title.index) <= 6
    if near_header and looks_like_date_line(line.text):
        return "dateline"
    if near_header and line.words <= 40 and _is_credit(line):
        return "byline"
    if not before and line.bullet and 1 <= line.words <= 4 and line.index <= after_end + 8:
        return "tags"
    return "navigation" if before else "footer"


def _group_removals(reasons: list[tuple[Line, str]]) -> list[Removal]:
    """One Removal per run of adjacent cut lines with the same reason."""
    removals: list[Removal] = []
    previous: tuple[int, str] | None = None
    texts: list[str] = []
    for line, reason in reasons:
        if previous is not None and (previous[1] != reason or line.index != previous[0] + 1):
            removals.append(Removal("\n".join(texts), previous[1]))
            texts = []
        texts.append(line.raw)
        previous = (line.index, reason)
    if previous is not None:
        removals.append(Removal("\n".join(texts), previous[1]))
    return removals


def _find_outlet(lines: list[Line]) -> str | None:
    """The publisher from the site's chrome: the masthead (a name at the top that comes back in the
    footer), an "X is a ... channel." about line, or the copyright holder."""
    footer_from = len(lines) * 2 // 3
    for line in lines[:12]:
        if line.repeats > 1 and _outlet_shaped(line) and any(
                later.text == line.text for later in lines[max(footer_from, line.index + 1):]):
            return line.text
    for line in lines:
        # the cheap tests first: every match holds " is a", in any case (re.I reads no other ASCII
        # letters as these), so an ASCII line without it is passed over without the pattern
        text = line.text
        if line.words <= 30 and (not text.isascii() or " is a" in text.lower()) and (match := _ABOUT.match(text)):
            return match["name"].strip()
    for line in lines:
        if _RIGHTS_RESERVED.match(line.text):            # the name printed just above "All Rights Reserved"
            for above in reversed(lines[max(0, line.index - 4):line.index]):
                if _outlet_shaped(above):
                    return above.text
    for line in reversed(lines):
        match = _COPYRIGHT.search(line.text)
        if match and line.words <= 40:
            name = re.sub(r"^(?:copyright|©)\s*(?:\d{4}\s*)?", "", match["name"].strip(" .,-"), flags=re.I).strip(" .,-")
            if name and any(ch.isalpha() for ch in name) and not _NOT_A_NAME.search(name):
                return name
    return None


_RIGHTS_RESERVED = re.compile(r"^\W*all rights reserved\W*$", re.I)
_NOT_A_NAME = re.compile(r"^(?:all rights|the authors?)|\bunless\b|\b(?:reserved|notice|policy)\b", re.I)


def _outlet_shaped(line: Line) -> bool:
    text = line.text
    return (1 <= line.words <= 5 and not line.bullet and line.kind in ("short", "unknown") and text[:1].isupper()
            and not _MENU_WORDS.match(text) and not looks_like_date_line(text)
            and not any(ch in text for ch in "[]:|?") and not any(ch.isdigit() for ch in text))


def _find_credits(lines: list[Line], start: int, body: list[Line], outlet: str | None) -> Credits:
    credits = Credits()
    for line in lines[max(0, start - _HEADER_SPAN):start + 3]:
        if line.words <= 40 and line.kind != "prose":
            found = parse_byline(line.text, outlet=outlet) or parse_credit_line(line.text, outlet=outlet)
            credits = credits.merge(found)
    if body:
        credits = credits.merge(parse_dateline(body[0].text))
        for line in body[-2:]:
            credits = credits.merge(parse_signoff(line.text))
        for line in lines[body[-1].index + 1:body[-1].index + 6]:   # "Source: Reuters", "— AP" under the article
            if line.words <= 20 and line.kind != "prose":
                credits = credits.merge(parse_source_line(line.text) or parse_signoff(line.text))
    return credits


def _top_of_body(lines: list[Line], start: int, end: int) -> list[int]:
    """Lines from the start of the body to its second paragraph of prose: where a dateline sits
    when the page prints it under a lede or a promo block (or glued to that paragraph)."""
    indices, prose = [], 0
    for i in range(start, min(end + 1, start + 40)):
        prose += lines[i].kind == "prose"
        indices.append(i)
        if prose >= 2:
            break
    return indices


def _find_date(lines: list[Line], start: int, end: int, body: str, raw: RawDocument, language: str,
               title: int | None = None, body_start: int | None = None) -> Published | None:
    """The date line nearest above the body (or at its top), parsed with the body as context;
    `title` is the headline's line, when known. `start` is the hand rules' region; when the body
    kept begins elsewhere (`body_start`: the line model's body above or below that region), the
    header of that body is read too, after the region's and the page's cued date lines (the model's
    body may have begun at a weather masthead: "Thursday, May 7th 2020 10AM 56°F")."""
    reference = fetch_reference(raw.fetched_at)
    # day/month order from the page's own unambiguous numeric dates, else from its language and the
    # country its URL's domain names ("06/05/2020" is 6 May on an English page from Britain or India)
    order = numeric_order(line.text for line in lines)
    if order is None and (country := url_country(raw.url)) is not None:
        order = day_first(f"{language}-{country}")
    found = _header_date(lines, start, end, body, language, reference, order, title)
    masthead = None
    if found is None and reference is None:
        # no fetch time: the page's own "today" (its masthead date) counts relative datelines ("Dnes 9:44")
        masthead = masthead_day((line.text for line in lines[:max(0, min(start, 60))]),
                                (line.text for line in lines if line.kind != "prose" or "©" in line.text))
        found = (_header_date(lines, start, end, body, language, date.fromisoformat(masthead.iso), order, title)
                 if masthead else None)
    # a clock time alone under the headline is today's only by inference: a URL's other day wins
    if found is not None and found.inferred and clock_only(found.evidence):
        url = url_day(raw.url)
        if url is not None and url.iso != found.iso[:10]:
            return url
    if found is not None and found.inferred and masthead is not None:
        found = _counted_from(found, masthead)
    if found is not None and found.precision in ("month", "year"):
        # a month or a year alone over the body ("January 2020", an archive's entry): the day the
        # page prints further off, when it falls in that month or year, says more
        fuller = (_nearby_date(lines, start, end, language, reference, order, title)
                  or _cued_date(lines, language, reference, order))
        return fuller if fuller is not None and fuller.iso.startswith(found.iso) else found
    # the URL's day (a dump read with its URL) only when the page itself gives none
    return (found or _wire_dateline_date(body, language, reference, order)
            or _nearby_date(lines, start, end, language, reference, order, title)
            or _cued_date(lines, language, reference, order)
            or _kept_body_date(lines, body_start, start, end, body, language, reference, masthead, order, title)
            or (_in_the_pages_year(lines, start, end, body, language, order, title)
                if reference is None and masthead is None else None)
            or _opening_today(lines, start, end, language, order)
            or _lone_relative_date(lines, masthead, language) or url_day(raw.url))


def _in_the_pages_year(lines: list[Line], start: int, end: int, body: str, language: str, order: bool | None,
                       title: int | None) -> Published | None:
    """The dateline over the body or opening it printed without its year ("Nov. 5", "ARVELLE, Nov 5
    (Reuters) -"), on a page without a fetch time, completed in the year the page was served: the one
    year of the complete dates it prints elsewhere (`_the_pages_year`, `_dateline`)."""
    dates = _the_pages_year(lines, start, end)
    if dates is None:
        return None
    return (_header_date(lines, start, end, body, language, None, order, title, dates)
            or _wire_dateline_date(body, language, None, order, dates))


_PAGE_DATES = 2      # complete dates outside the body that must name one year for it to be the page's
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _the_pages_year(lines: list[Line], start: int, end: int) -> str | None:
    """The complete dates the page prints outside the body (`start`..`end`: its lists of other stories,
    its comments, its footer), one a line, when there are at least `_PAGE_DATES` and they and the
    latest year of its copyright line name one year: the year the page was served. None when they
    disagree (a page served in January beside December's stories, a copyright not turned over)."""
    dated: list[str] = []
    years: set[int] = set()
    for line in lines:
        if start <= line.index <= end or line.words > 20 or not _has_digit(line.text):
            continue
        if COPYRIGHT_MARK.search(line.text):
            named = [int(year) for year in _YEAR.findall(line.text)]
            if named:
                years.add(max(named))
        elif _has_full_date(line.text):
            found = parse_date(line.text)
            if found is not None:
                dated.append(line.text)
                years.add(int(found.iso[:4]))
    return "\n".join(dated) if len(dated) >= _PAGE_DATES and len(years) == 1 else None


def _wire_dateline_date(body: str, language: str, reference: datetime | date | None,
                        order: bool | None, dates: str = "") -> Published | None:
    """The day of the wire dateline opening the body ("ARVELLE, Nov 5 (Reuters) -", `credits.dateline_date`),
    or its second paragraph (under a standfirst): the day the story was filed (a day without its
    year completed by `_dateline`)."""
    for paragraph in body.split("\n\n", 2)[:2]:
        printed = dateline_date(paragraph)
        if printed is not None:
            found = _dateline(printed, language, reference, order, body, dates)
            return found if found is not None and found.precision in ("day", "minute") else None
    return None


def _dateline(text: str, language: str, reference: datetime | date | None, order: bool | None,
              body: str, dates: str = "", clock_today: bool = False) -> Published | None:
    """The date a dateline prints (over the body, under the headline, or opening the body). A day
    without its year ("March 18", "Tuesday, March 18") is completed under the fetch time
    (`reference`, never past it; the days the story names before it may choose the day: "began on
    August 6", "last month"), else from the complete dates the page prints outside the body
    (`dates`, `_the_pages_year`), in their year only (a weekday chooses no other), else it is none:
    without a bound, the years the story names are its history or its plans ("founded in 1998",
    "due to open in 2031"), not the year it was filed. A year the dateline prints in a shape not
    read whole ("Monday, December 11. 2025") is the page's too."""
    context = " ".join(_YEAR.findall(text)) + f"\n{dates}"
    found = parse_date(text, context=context if reference is None else f"{context}\n{body}", reference=reference,
                       language=language, dayfirst=order, clock_today=clock_today)
    if found is not None and found.inferred and reference is None and found.iso[:4] not in _YEAR.findall(context):
        return None
    return found


def _kept_body_date(lines: list[Line], body_start: int | None, start: int, end: int, body: str, language: str,
                    reference: datetime | date | None, masthead: Published | None, order: bool | None,
                    title: int | None) -> Published | None:
    """The date line over the body kept (`_header_date` at `body_start`) when it begins elsewhere than
    the hand rules' region (`start`); a relative one counted from the page's masthead day."""
    if body_start is None or body_start == start:
        return None
    today = reference or (date.fromisoformat(masthead.iso) if masthead else None)
    found = _header_date(lines, body_start, max(end, body_start), body, language, today, order, title)
    return _counted_from(found, masthead) if found is not None and found.inferred and masthead else found


def _opening_today(lines: list[Line], start: int, end: int, language: str, order: bool | None) -> Published | None:
    """The date the story's opening gives for its "today" ("Arrested today (19.08.2020) at dawn"),
    when no dateline was found: read in the body's first lines only, where the story speaks of its
    own day (further down "today (...)" may quote an older text)."""
    for i in _top_of_body(lines, start, end):
        if lines[i].kind == "prose" and (found := today_named(lines[i].text, language, order)) is not None:
            return found
    return None


def _counted_from(found: Published, masthead: Published) -> Published:
    return Published(found.iso, found.precision, f"{found.evidence} [today by the page's own date line: {masthead.evidence}]", True)


def _lone_relative_date(lines: list[Line], masthead: Published | None, language: str) -> Published | None:
    """With the page's own "today" known (its masthead), the one relative dateline the page prints
    ("сегодня в 05:46, просмотров: 237"), wherever the body was found; none when the page prints
    several (lists of other stories: "dnes 08:23", "dnes 08:53")."""
    if masthead is None:
        return None
    today, found = date.fromisoformat(masthead.iso), None
    for line in lines:
        if line.words > 8 or line.bullet or line.kind in ("ticker", "prose") or not any(ch.isdigit() for ch in line.text):
            continue
        relative = parse_date(line.text, partial=False, reference=today, language=language)
        if relative is not None and relative.inferred:
            if found is not None:
                return None
            found = relative
    return _counted_from(found, masthead) if found is not None else None


def _header_date(lines: list[Line], start: int, end: int, body: str, language: str,
                 reference: datetime | date | None, order: bool | None, title: int | None = None,
                 dates: str = "") -> Published | None:
    """The first date read going up from the body, then down its top (a date line without its year
    completed by `_dateline`). A date line under the headline that cannot be read ("Monday 5:30PM"
    with no day to count from) is the article's own: the dates above the headline then belong to
    other stories, and none is taken."""
    header = range(start - 1, max(-1, start - _HEADER_SPAN - 1), -1)
    unread = False
    for i in list(header) + _top_of_body(lines, start, end):
        line = lines[i]
        if unread and title is not None and i < title:
            continue
        if line.kind == "prose" and (head := _date_head(line.text)):
            # a dateline glued to the text: "2020年07月12日 | サラブレッドセール情報 2020年7月11日(土)～12日(日)に..."
            found = parse_date(head, partial=False, reference=reference, language=language, dayfirst=order)
            if found is not None:
                return found
        if (line.words > 40 or line.kind in ("prose", "ticker") or _dated_list_entry(lines, i) or _another_date(lines, i)
                or _of_a_list_item(lines, i, title, start)):
            continue
        if looks_like_date_line(line.text) or (line.words <= 20 and _is_credit(line)):
            found = _dateline(line.text, language, reference, order, body, dates,
                              clock_today=True)       # "9:27 am" alone in the dateline's place: today's story
        elif line.kind != "caption" and any(ch.isdigit() for ch in line.text) and (
                line.words <= 12 or (line.words <= 20 and _DATE_CUE.search(line.text))):
            found = parse_date(line.text, partial=False, reference=reference, language=language, dayfirst=order)   # "Oct 9, 2018 | by X"
        elif line.kind != "caption" and line.words <= 25 and _opens_with_date_word(line.text):
            # a line opening with its date: "October 26, 2020 AJ Taylor Audio, Local News, Media"
            found = parse_date(line.text[:32], partial=False, reference=reference, language=language, dayfirst=order)
        elif (line.kind != "caption" and line.words <= 40
              and _PUBLISH_CUE.search(opening := " ".join(line.text.split()[:_GLUED_DATELINE_WORDS]))):
            # a dateline run together with the lines under it (a block the dump unwrapped: "تم نشره الجمعة
            # 24 نيسان / أبريل 2020 09:22 مساءً" + the headline again + a caption): its first words, when
            # they say they give the publication time
            found = parse_date(opening, partial=False, reference=reference, language=language, dayfirst=order)
        else:
            continue
        if found is not None:
            return found
        unread = unread or (title is not None and title < i < start and looks_like_date_line(line.text))
    return None


def _dated_list_entry(lines: list[Line], i: int) -> bool:
    """A bulleted line in a list with at least two other dated entries near it ("• 2020.08.19.08.00.
    Zamárdi", "• 2020.08.19.09.00.Zamárdi", "• 2020.08.19.10.00.Siófok", each over its event's
    title): a list of other stories or events, each with its own date. The page's own date printed
    as an entry of its meta list ("• 22:30, 9 MAY 2020", "• Updated 22:38, 9 MAY 2020") has at most
    one other dated entry beside it, its update."""
    if not lines[i].bullet:
        return False
    dated = sum(1 for j in range(max(0, i - _LIST_REACH), min(len(lines), i + _LIST_REACH + 1))
                if j != i and lines[j].bullet and lines[j].words <= 12 and any(ch.isdigit() for ch in lines[j].text)
                and parse_date(lines[j].text, partial=False) is not None)
    return dated >= 2


_LIST_REACH = 4    # lines either side where the list's other dated entries are looked for


_GLUED_DATELINE_WORDS = 12    # as many words as a dateline read whole has (`_header_date`)
_WIDE_ABOVE, _WIDE_BELOW = 50, 25     # how far the fallback looks from the body's first line: lines up, lines with letters down
_PUBLISH_CUE = re.compile(r"\b(?:published|updated|posted|publish(?:ed)? date|last (?:edited|modified)|revision as of|publicado|actualizado|atualizado|publié|"
                          r"mis à jour|aktualisiert|veröffentlicht|pubblicato|aggiornato|опубликовано|обновлено|"
                          r"опубліковано|оновлено|dodano|zveřejněno|نشر|نشره|محدثة|تحديث|发稿时间|发布时间|"
                          r"GMT|UTC)\b", re.I)


_SEPARATOR = re.compile(r"\s[|•·—–]\s")


# the label of a field giving some other date than the page's: a record's or a notice's ("Effective
# Date", "Due date:", "Closing date", "Born:"), an event's, a listing's or a sale's
_OTHER_DATE_LABEL = re.compile(
    r"^\W*(?:effective|expir(?:y|ation|es|ed)|due|deadline|closing|opening|event|start|end|birth|date of birth|born|"
    r"died|death|hearing|sale|auction|valid(?: until| through| from)?|incorporat(?:ed|ion)|registration|"
    r"departure|arrival|check-?in|check-?out|application|submission|founded|established)"
    r"(?:\s+date)?(?:\s*:.*|\W*)$", re.I)


def _another_date(lines: list[Line], i: int) -> bool:
    """The line's date is a field's that is not the page's own: the line opens with the label of
    another date ("Effective date: ...") or the label stands alone on the line with words above it."""
    if _OTHER_DATE_LABEL.match(lines[i].text):
        return True
    above = _with_words(lines, i, -1)
    return above is not None and above.words <= 4 and _OTHER_DATE_LABEL.match(above.text) is not None


def _date_head(text: str) -> str | None:
    """The part of a line before its first separator when it is a date line ("2020年07月12日 | ...")."""
    parts = _SEPARATOR.split(text, maxsplit=1)
    return parts[0] if len(parts) == 2 and looks_like_date_line(parts[0]) else None


def _opens_with_date_word(text: str) -> bool:
    first = text.split(maxsplit=1)[0].casefold().strip(".,") if text.split() else ""
    return first[:1].isdigit() or first in MONTHS or first in WEEKDAYS


def _nearby_date(lines: list[Line], start: int, end: int, language: str,
                 reference: datetime | date | None = None, order: bool | None = None,
                 title: int | None = None) -> Published | None:
    """Fallback when no date sits right above or at the top of the body: the complete date line
    nearest to the body's first line, further up (share bars, photo blocks and standfirsts between
    the headline block and the text push it past the header span) or further down (under a lede
    photo and its caption). Only complete dates: partial ones need the header's context."""
    below = _read_below(lines, start, _WIDE_BELOW)
    for distance in range(1, max(_WIDE_ABOVE, below - start) + 1):
        for i in (start - distance, start + distance - 1):
            if not (0 <= i < len(lines)) or (i < start and distance > _WIDE_ABOVE) or (
                    i >= start and (i >= below or i > max(end + 3, start + 10))):
                continue
            line = lines[i]
            if line.kind == "ticker" or line.words > 20 or line.bullet or not any(ch.isdigit() for ch in line.text) \
                    or _another_date(lines, i) or _of_a_list_item(lines, i, title, start) \
                    or (i > end and _under_a_teaser(lines, i, end, title)):
                continue
            if looks_like_date_line(line.text) or (line.words <= 15 and (
                    _PUBLISH_CUE.search(line.text) or start - 3 <= i < start or _is_credit(line))):   # "Name (Outlet) - November 27, 2020"
                found = parse_date(line.text, partial=False, reference=reference, language=language, dayfirst=order)
            elif line.words <= 15 and _opens_with_date_word(line.text):
                # a line opening with its date: "Mon., March 23, 2020 | 5 min. read"
                found = parse_date(line.text[:32], partial=False, reference=reference, language=language, dayfirst=order)
            else:
                continue
            if found is not None:
                return found
    return None


def _of_a_list_item(lines: list[Line], i: int, title: int | None = None, start: int | None = None) -> bool:
    """Line `i` is printed as part of a list's item: under the item's bulleted line, in its block and
    indented past its bullet ("  • Mayor opens new library" / "    12 March 2025"). A date there
    dates the item's link (another story), not the page; in an item that signs the story ("  • By
    Jane Marlow" / "    14 April 2021", "  • Jane Marlow's picture" / "    by Jane Marlow 14 April
    2021") it is the page's own, and so in a lone item between the headline (`title`) and the body
    (`start`): the story's meta block printed as a list ("  • Local News" / "    18 March 2025"),
    unless the list has another dated item (a list of links)."""
    above = _with_words(lines, i, -1)
    if not (above is not None and above.bullet and not lines[i].bullet and above.block == lines[i].block
            and lines[i].indent > above.indent and not (_signed(above) or _signed(lines[i]))):
        return False
    return title is None or start is None or not title < i < start or _another_dated_item(lines, i, above.index)


def _another_dated_item(lines: list[Line], i: int, item: int) -> bool:
    """Another item of the list of line `i` (the line of its own item's bullet: `item`) prints a
    complete date, on its bulleted line or under it."""
    return any(j not in (i, item) and lines[j].words <= 12 and _has_digit(lines[j].text)
               and (lines[j].bullet or _of_a_list_item(lines, j)) and parse_date(lines[j].text, partial=False) is not None
               for j in range(max(0, i - _LIST_REACH), min(len(lines), i + _LIST_REACH + 1)))


def _read_below(lines: list[Line], start: int, count: int) -> int:
    """The line past the first `count` lines with letters from `start` on: a form's empty fields and
    brackets, rules and pictures a dump prints between the body's top and its date line are not
    lines to read."""
    seen = 0
    for i in range(start, len(lines)):
        seen += any(ch.isalpha() for ch in lines[i].text)
        if seen > count:
            return i
    return len(lines)


def _under_a_teaser(lines: list[Line], i: int, end: int, title: int | None) -> bool:
    """Line `i`, past the body's last line (`end`), is the date of another story's teaser, which a
    list of other stories prints under each headline ("<headline>" / "09.08.2020 10:52"), not the date
    of the article above: it stands under a teaser's headline (`_under_a_headline_past_the_body`), and
    that line says nothing of the page's posting (`_OWN_FOOTER`), stands under a box's label ("More
    news", "Related") or another date line near it does too, the list's next or previous entry. A
    single date line under a footer line that tells where or when the story was posted ("Posted in
    Local News", "This story first ran in our print edition") is the page's own."""
    if not _under_a_headline_past_the_body(lines, i, end, title):
        return False
    headline = _with_words(lines, i, -1)
    if headline is None or not (_PUBLISH_CUE.search(headline.text) or _OWN_FOOTER.search(headline.text)):
        return True        # a single "Read next" teaser's headline over its date: another story's
    label = _with_words(lines, headline.index, -1) if headline is not None else None
    if label is not None and label.words <= 6 and (label.kind == "terminal" or _BOX_LABEL.match(label.text)):
        return True
    return any(_dated(lines[j]) and _under_a_headline_past_the_body(lines, j, end, title)
               for j in range(max(end + 1, i - _TEASER_REACH), min(len(lines), i + _TEASER_REACH + 1)) if j != i)


# what a footer line says of the story's own posting, besides `_PUBLISH_CUE` ("Filed under Local News",
# "This story first ran in our print edition", "Category: Harbour")
_OWN_FOOTER = re.compile(r"\b(?:filed|first (?:ran|appeared|printed)|(?:print|weekend|morning|evening) edition|"
                         r"categor(?:y|ies)|tagged)\b", re.I)
_TEASER_REACH = 8     # lines either side of a teaser's date where the list's next or previous entry is looked for


def _under_a_headline_past_the_body(lines: list[Line], i: int, end: int, title: int | None) -> bool:
    """Line `i` stands right under a line shaped like a headline that is past the body's last line
    (`end`) and is not the article's own (`title`) nor an author's name."""
    above = _with_words(lines, i, -1)
    return (above is not None and above.index > end and above.index != title and _headline_shaped(above)
            and not _names_line(_once(above.text) or above.text))


def _cued_date(lines: list[Line], language: str, reference: datetime | date | None = None,
               order: bool | None = None) -> Published | None:
    """Last fallback, wherever the body was found: the page's first line that says it gives the
    publication date ("Published: 10:55 EDT, 7 May 2020 | Updated: ...") with a complete date;
    not a list item or ticker, where other stories' dates stand."""
    for line in lines:
        if (line.words <= 20 and not line.bullet and line.kind not in ("ticker", "prose", "caption")
                and any(ch.isdigit() for ch in line.text) and _PUBLISH_CUE.search(line.text)
                and not _another_date(lines, line.index)):
            found = parse_date(line.text, partial=False, reference=reference, language=language, dayfirst=order)
            if found is not None:
                return found
    return None
