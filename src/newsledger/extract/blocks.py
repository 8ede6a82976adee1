"""Line-block boilerplate classifier for plain-text dumps of rendered pages (w3m -dump style).

Written by hand because no maintained tool does this: trafilatura and readability need markup,
and on a text dump they keep nearly everything (menus, tickers, related headlines, footers).

How it works, in linear passes over the dump:
1. `logical_lines` undoes the renderer's wrapping (at the width `wrap_width` finds, or none for
   unwrapped text; a column's own width where the layout sets columns side by side, and a block's
   own edge where its lines were wrapped short of that, in a table cell or a narrow text column):
   a line that was full (the next word would not have fitted in the width) continues on the next line. Each logical line remembers its
   indent, bullet, blank-line block and whether it repeats elsewhere in the page.
2. `classify` marks each line: prose (sentences), a trigger heading that opens a boilerplate
   region ("Related News", "Most Read", "Tags", ...), a terminator that ends the article
   ("All Rights Reserved", a tag list after the body), menus, tickers, captions, credits.
   `mark_tickers` then marks breaking-news tickers ("BREAKING" blocks, runs of "Who: what" lines).
3. `main_region` scores lines (prose words count for, short and boilerplate lines against) and
   takes the densest run (maximum-sum segment).
4. `core_segment` splits that run at breaks (terminal headings, comment-thread markers, tag and
   link lists, share/newsletter clusters) and keeps the segment with most prose, discounting
   listings (dated teasers, comments) and text behind terminal headings; a bulleted list inside
   the article and the article's opening part before a promo box are joined back. Soft triggers
   inside it ("Related News", "Advertisement") are cut by the caller, text.py, and the body
   continues after them.
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .dates import looks_like_date_line
from .language import HAN, KANA

__all__ = ["Line", "logical_lines", "classify", "mark_tickers", "main_region", "core_segment", "ends_sentence", "PAGE_WIDTH"]

PAGE_WIDTH = 100   # w3m -cols 100

_BULLET = re.compile(r"^(?:[•*·▪◦‣●○■□►▸–+-]|\d{1,2}[.)])\s+|^[•*·▪◦●■►▸]$")
_BULLET_FIRST = frozenset("•*·▪◦‣●○■□►▸–+-")      # the first character of a match of `_BULLET`, but a digit
# lynx marks nested list items "*", "+", "o", "#" by depth; the last two are bullets only that deep
# in the indent (a line of prose may open with the word "o" or a "#" heading of html2text), and not
# where the line hangs at the text column of the line above: there it continues that line's item
# ("+ ... dos municípios sobre" then "o orçamento de 2021" under its text), while a nested item opens
# deeper than its parent's text and a sibling item at its own bullet column
_NESTED_BULLET = re.compile(r"^[o#]\s+")
_NESTED_INDENT = " " * 8


def _bullet(printed: str, above: int | None = None, stripped: str | None = None) -> re.Match | None:
    """The bullet that opens a printed line (its indent kept), if any; `above`, the text column of
    the printed line above it where known, tells a nested bullet from a wrapped line that opens with
    the word "o" (`stripped`: `printed.strip()`, when made already)."""
    stripped = printed.strip() if stripped is None else stripped
    first = stripped[:1]                # every match of `_BULLET` opens with one of these or a digit
    found = _BULLET.match(stripped) if first in _BULLET_FIRST or first.isdecimal() else None
    if found or not printed.startswith(_NESTED_INDENT) or not (nested := _NESTED_BULLET.match(stripped)):
        return found
    # hanging at the text of the line above: a wrapped line of its item
    return None if above == len(printed) - len(printed.lstrip()) else nested


_BULLET_LONGEST = 3     # characters of the longest bullet `_bullet` reads ("12.")


def _text_column(printed: str, bullet: re.Match | None, indent: int | None = None) -> int:
    """Where the text of a printed line starts: after its indent and its bullet (`bullet`, the line's
    `_bullet`; after the bullet and its space where lynx prints an empty nested item, "#" alone: its
    siblings are bullets; `indent`: the line's, when counted already)."""
    indent = len(printed) - len(printed.lstrip()) if indent is None else indent
    if bullet is None and indent >= len(_NESTED_INDENT) and printed.rstrip()[indent:] in ("o", "#"):
        return indent + 2
    return indent + bullet.end() if bullet else indent


_IMAGE = re.compile(r"\[[^\]]{0,40}\]")
_IMAGE_NAME = re.compile(r"\s*\[[^\]\s]*[\d_-][^\]\s]*\]")   # [gettyimages-118654], [010_Clymer-1-750x450]
CJK = re.compile(f"[{KANA}{HAN}]")           # Chinese and Japanese letters: words not spaced
_SENTENCE_END = re.compile(r"[.!?…。！？:।॥؟۔][\"'”’」)\]]*\s*$|[.!?][\"'”’]?\s*\(?[A-Z]{2,8}\)?$")


# the last character but white space of every match of `_SENTENCE_END`, but the capitals A-Z (a wire's code)
_SENTENCE_LAST = frozenset(".!?…。！？:।॥؟۔\"'”’」)]")


def ends_sentence(text: str) -> bool:
    """`text` ends a sentence (or a line that introduces a quotation, on a colon), in any of the
    scripts of `_SENTENCE_END`, its closing quotation marks or a wire's code ("(AP)") after it."""
    tail = text[-16:]
    last = tail.rstrip()[-1:]           # most lines end with a letter or a digit: no pattern to run
    if last not in _SENTENCE_LAST and not "A" <= last <= "Z":
        return False
    return _SENTENCE_END.search(tail) is not None


# Headings of a box of teasers for other stories ("Most read", "Don't miss"): a box dropped into an
# article (`_across_a_box`) or the list that ends it (`_TERMINAL_HEADINGS`)
_TEASER_HEADINGS = (
    r"most (?:read|popular|viewed|shared)|read next|recommended(?: for you| stories| articles)?|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|trending(?: now| stories)?|popular(?: now| stories)?|"
    r"more stories|latest(?: news| stories)?|top stories|editor'?s? picks?|what to read next|you may have missed|"
    r"read more (?:stories|articles|news).*|don'?t miss.*")
_TERMINAL_HEADINGS = re.compile(
    r"^(?:" + _TEASER_HEADINGS + r"|comments?(?: \(\d+\))?|\d+ comments?|"
    r"leave a (?:comment|reply).*|you must be logged in.*|\d+ (?:thoughts?|responses?|replies) (?:on|to) .*|"
    r"(?:one|no) (?:thoughts?|responses?|comments?|replies)(?: on .*)?|responses|join the (?:conversation|discussion)|tags?:?|topics?:?|keywords?:?|"
    r"filed under:?.*|related (?:topics|tags|roundup|categories):?.*|(?:tags?|topics?|categories|category|filed in):.*|"
    r"\[? ?\d+ comments? ?\]?|top rated comments|view (?:all )?comments.*|show comments.*|comments? are closed.*|"
    r"(?:post a|add a|write a) comment|about the authors?|sponsored(?: content| stories)?|"
    r"promoted stories|around the web|from our partners|"
    r"copyright.*|©.*|.*all rights reserved.*|"
    # the same headings in the other languages of the corpus
    r"voc[eê] (?:pode|tamb[eé]m pode) gostar.*|mais lidas?|(?:te|le) puede interesar.*|lo m[aá]s le[ií]do|"
    r"les plus lus|sur le m[eê]me sujet|das k[oö]nnte sie (?:auch )?interessieren|meistgelesen|"
    r"potrebbe interessarti|i pi[uù] letti|articoli correlati|похожие (?:статьи|новости)|популярное|"
    r"самое (?:читаемое|популярное)|читайте також|популярні|berita terkait|terpopuler|관련\s?기사|많이 본 뉴스|"
    r"関連記事|人気記事|"
    # comment widgets and latest-news boxes of world news sites
    r"(?:vos |los |os |i |deine |ihre )?(?:commentaires?|réactions|комментарии|коментарі|коментари|kommentare?|"
    r"kommentarer|comentarios?|comentários?|commenti|komentarze?|komentáře|komentari|yorumlar|reacties|"
    r"hozzászólások|التعليقات|تعليقات)(?: \(?\d+\)?)?|\d+ (?:commentaires?|комментари[йея]|коментар(?:ів|і)|kommentare?|comentarios?)|"
    r"(?:laisser|ajouter|écrire) un commentaire|оставить комментарий|залишити коментар|dejar un comentario|"
    r"deixe (?:um|seu) comentário|lascia un commento|kommentar schreiben|"
    r"dernières (?:nouvelles|infos|actualités)|à lire également|les plus populaires|"
    r"последние новости|новости по теме|другие новости|останні новини|новини на тему|інші новини|"
    r"weitere (?:meldungen|artikel|nachrichten)|ähnliche artikel|noticias relacionadas|últimas noticias|"
    r"notícias relacionadas|últimas notícias|ultime notizie|najnowsze|czytaj (?:też|także)|zobacz (?:też|także)|"
    r"ilgili haberler|son haberler|lees ook|gerelateerde artikelen|أخبار ذات صلة|اقرأ أيضا|اقرأ أيضاً)$",
    re.I,
)
_SOFT_HEADINGS = re.compile(
    r"^(?:related(?: news| articles?| stories| content| posts| links| reading)?:?|read (?:more|also):?|"
    r"also read:?|lire aussi|veja tamb[eé]m|leia tamb[eé]m|lea tambi[eé]n|leggi anche|mehr zum thema|"
    r"читайте также|baca juga|(?:more|also) (?:from|on|in) .{0,40}|related coverage|more coverage|more news|"
    r"more stories|further reading|see also|à lire aussi|lesen sie auch|leer más|ver también|see more|"
    r"advertisement|advertising|ad|sponsored|listen(?: to (?:this|the) (?:article|story))?|"
    r"share|share this|shares?|print|email|e-mail|save|tweet|whatsapp|facebook|twitter|"
    r"more|show more|load more|continue reading|watch|video|photo|gallery|audio|"
    r"\d+ (?:min|minute)s? read|newsletters?|sign up.*|subscribe.*|share (?:this|the) (?:article|story|page).*|"
    r"follow us.*|coverage|latest(?: news| stories)?|\d+ shares?|click here.*|skip to .*|slogan|breaking(?: news)?|"
    r"just in|live|live updates|updated|x|close|menu|search|log ?in|log ?out|sign ?in|register|"
    r"story continues below.*|article continues below.*|continue reading below|scroll to continue.*)$",
    re.I,
)


def _small_letters(pattern: re.Pattern) -> re.Pattern:
    """A case-blind `pattern` written in small letters, without re.I: on an ASCII text in small
    letters it matches where `pattern` matches the text in any case, and the regex engine skips an
    alternative by its first letter at once, which it cannot do case-blind."""
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


_TERMINAL_SMALL = _small_letters(_TERMINAL_HEADINGS)
_SOFT_SMALL = _small_letters(_SOFT_HEADINGS)


def _heading(pattern: re.Pattern, small: re.Pattern, bare: str) -> bool:
    """`pattern.match(bare)`, by `small` (`_small_letters(pattern)`) on an ASCII line."""
    return (small.match(bare.lower()) if bare.isascii() else pattern.match(bare)) is not None


_PROMO = re.compile(
    r"\b(?:subscribe|newsletter|sign up|sign in|log in|cookies?|privacy policy|terms of (?:use|service)|"
    r"all rights reserved|download (?:the|our) app|follow us|click here|get the latest|share (?:it|this)|"
    r"like this (?:story|article)|"
    r"enable javascript|your browser|ad blocker|advertis(?:e|ing|ement)|inbox)\b",
    re.I,
)
_COMMENT_META = re.compile(     # the metadata around each comment of a thread
    r"^(?:reply|report(?: abuse)?|rating: .*|avatar|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago.*|"
    r"(?:like|dislike|upvote|downvote|flag)s?\s*\(?\d*\)?)$",
    re.I,
)
_COMMENT_HEAD = re.compile(     # lines that only a comment section has: they end the article
    r"^(?:\S{1,30}(?: \S{1,30})? (?:says|said|wrote):|.{1,60} on .{4,30}\d(?: at .{3,12})? (?:says|said|wrote):|.{0,60}\b\d+ (?:comments?|responses?|replies)\b.{0,60}|"
    r"(?:log in|sign in|register) to (?:reply|comment).*|cancel reply)$",
    re.I,
)
_COOKIES = re.compile(
    r"\b(?:(?:uses?|use of|accept|necessary|these) cookies|cookies? (?:policy|settings|consent|preferences)|"
    r"(?:by|continue) (?:using|browsing) (?:this|our) (?:site|website)|"
    # the same banners in the other languages of world news sites
    r"(?:utilizamos|usamos|utiliza|usa|nous utilisons|utilise|wir verwenden|verwendet|utilizziamo|utilizza|"
    r"używamy|мы используем|использует|ми використовуємо|використовує|gebruikt|kullanıyoruz) "
    r"(?:des |las |los |as |os |i |pliki |plików |файлы |файли |çerez )?cookies?|"
    r"(?:acerca de las|aceptar|acepto|accepter les|alle akzeptieren|accetta(?:re)?|akceptuję|принять|прийняти) cookies?|"
    r"(?:política|politique|richtlinie|informativa|polityka) (?:de |sur les |dei |plików )?cookies?|cookie-richtlinie)\b",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?|[A-Z][\w .'/-]{0,40}(?:Photo|Images|Media|Press)[\w .'/-]{0,30})\)"
    r"|(?:Photo|Image|Picture|Credit|Photograph|Illustration)s?(?: by| credit)?:\s*[^.]{2,80}$|/(?:AFP|AP|Reuters|Getty Images)$)\s*$",
)

# words every match of `_COMMENT_HEAD` and of `_PROMO` holds, in lower case: a line with none of them
# is passed over without running the long patterns (`_may_hold`)
_COMMENT_HEAD_WORDS = ("says:", "said:", "wrote:", " comment", " response", " replies", " to reply", "cancel reply")
_PROMO_WORDS = ("subscribe", "newsletter", "sign ", "log in", "cookie", "privacy policy", "terms of ",
                "all rights reserved", "download ", "follow us", "click here", "get the latest", "share ",
                "like this ", "enable javascript", "your browser", "ad blocker", "advertis", "inbox")


def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """One pattern finding any of `words` (literally): one search, not a test for each word."""
    return re.compile("|".join(map(re.escape, words)))


_COMMENT_HEAD_ANY = _any_of(_COMMENT_HEAD_WORDS)
_PROMO_ANY = _any_of(_PROMO_WORDS)


# the characters outside ASCII that a case-blind pattern reads as an ASCII letter ("ſ" as "s", "ı" as
# "i", the Kelvin sign as "k") or whose small letter holds one ("İ"): no other character matches an
# ASCII word case-blind, nor turns into one with `str.lower`
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def _may_hold(text: str, words: re.Pattern) -> bool:
    """False only for a line that holds none of the words `words` finds (`_any_of` of lower-case
    ASCII words) in any case: the words are looked for in its small letters, unless it holds a
    character that a case-blind pattern reads as an ASCII letter in another way."""
    if not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None:
        return True
    return words.search(text.lower()) is not None


def _comment_head(text: str) -> bool:
    """`_COMMENT_HEAD.match(text)`, the long pattern run only on a line that may match it."""
    return _may_hold(text, _COMMENT_HEAD_ANY) and _COMMENT_HEAD.match(text) is not None


def _promo(text: str) -> bool:
    """`_PROMO.search(text)`, the long pattern run only on a line that may match it."""
    return _may_hold(text, _PROMO_ANY) and _PROMO.search(text) is not None


# the site speaking of the page itself, not a story: a missing page, or the story kept for subscribers
_SITE_ERROR = re.compile(
    r"\b(?:page|article|story|content|link)s? (?:you (?:requested|are looking for|were looking for) )?"
    r"(?:(?:could|can) ?not be found|(?:was|is) not found|(?:does not|no longer) exists?|is no longer available|"
    r"(?:has|have) been (?:removed|deleted|moved))|\bpage not found\b|\berror 404\b|\b404 error\b|"
    r"\bfor (?:subscribers|members) only\b",
    re.I,
)


def site_message(text: str) -> bool:
    """The text is the site talking about the page (a sign-up or paywall notice, a cookie banner, a
    missing page) rather than a story: what a short text must not be to be read as a brief.

    >>> site_message("Sorry, the page you requested could not be found.")
    True
    >>> site_message("The ferry reopened on Tuesday after three days of gales.")
    False
    """
    return _promo(text) or _SITE_ERROR.search(text) is not None


def _caption_credit(text: str) -> bool:
    """`_CAPTION_CREDIT.search(text)`: every match holds a bracket, a colon or a slash."""
    return ("(" in text or ":" in text or "/" in text) and _CAPTION_CREDIT.search(text) is not None


@dataclass(slots=True)
class Line:
    text: str                  # the logical line, wraps joined, bullet removed
    raw: str                   # the logical line as printed (with bullet)
    index: int                 # position in the list of logical lines
    block: int                 # blank-line-separated block it belongs to
    indent: int
    bullet: bool
    words: int
    sentence: bool             # ends like a sentence
    repeats: int = 1           # how many times this text occurs in the page
    kind: str = "unknown"      # prose | short | heading | trigger | terminal | ...
    reason: str = ""           # why it was cut, when it was
    extra: dict = field(default_factory=dict)


_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


@functools.cache
def _zero_width() -> re.Pattern:
    """Combining marks (Unicode Mn, Mc, Me) of the BMP: Devanagari, Bengali, Thai vowel signs and the
    like take no column of their own in w3m's rendering. Made on the first text that is not ASCII
    (reading the Unicode table takes a noticeable part of `newsledger extract`'s start-up)."""
    import unicodedata

    marks = [chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    return re.compile("[" + "".join(re.escape(ch) for ch in marks) + "\u200b-\u200f]")


def _width(text: str) -> int:
    """Columns the renderer gave `text`: East Asian wide characters take two, combining marks none."""
    if text.isascii() or not _wide_or_zero_width().search(text):     # most lines: one scan
        return len(text)
    return len(text) + len(_WIDE.findall(text)) - len(_zero_width().findall(text))


@functools.cache
def _wide_or_zero_width() -> re.Pattern:
    """A character of `_WIDE` or of `_zero_width()`."""
    return re.compile(_WIDE.pattern[:-1] + _zero_width().pattern[1:])


def wrap_width(raw_lines: Iterable[str]) -> int | None:
    """The column at which the renderer wrapped this dump, or None when it did not wrap.

    w3m -cols 100 gives 100; lynx and `w3m` defaults give about 80; a browser's "save as text" or
    a plain article does not wrap, and its paragraphs are single long lines. Taken as the 95th
    percentile of the widths of the longer lines: wrapped text piles up just under the limit.
    """
    # (`_width` inlined for the ASCII lines, most of a dump: this reads every line)
    widths = []
    for line in raw_lines:
        if len(line) >= 20 and (w := len(used) if (used := line.rstrip()).isascii() else _width(used)) >= 40:
            widths.append(w)
    widths.sort()
    if len(widths) < 5:
        return PAGE_WIDTH
    return _wrapped_at(widths[int(len(widths) * 0.95)])


def _wrapped_at(width: int) -> int | None:
    """The wrap width the 95th percentile of a dump's line widths tells (see `wrap_width`)."""
    if 96 <= width <= 106:
        return PAGE_WIDTH                      # the 95th percentile of a 100-column dump falls a little short
    if 85 <= width < 96:
        return width + 1                       # lynx -width 100 fills its lines to about 94 columns
    return width if 60 <= width <= 140 else None


_CENTRED = 10       # columns of indent past which a line is centred or sits in a column to the right


def text_column_width(raw_lines: Iterable[str]) -> int | None:
    """The wrap width of a dump `wrap_width` finds none in because a layout table runs wider than any
    wrap (a side column printed beside the text, past the page's width): the width the text's own
    lines pile up at, those that start near the margin and hold no gap of three spaces or more (the
    gap between two columns). None when the dump's wide lines are not such a table (most of its
    longer lines are no wider than a wrap, or its text lines are as wide: unwrapped paragraphs)."""
    widths: list[int] = []
    text: list[int] = []
    for line in raw_lines:
        used = line.rstrip()
        if len(used) < 20 or (width := len(used) if used.isascii() else _width(used)) < 40:
            continue
        widths.append(width)
        body = used.lstrip()
        if len(used) - len(body) < _CENTRED and "   " not in body:
            text.append(width)
    if len(widths) < 5 or len(text) < 5 or sorted(widths)[int(len(widths) * 0.95)] <= 140:
        return None
    return _wrapped_at(sorted(text)[int(len(text) * 0.95)])


def _continues(previous: str, following: str, width: int | None, previous_column: int | None,
               bullet: re.Match | None, stripped: str | None = None) -> bool:
    """True when `previous` was wrapped by the renderer, i.e. `following` continues it; `previous_column`
    is where the text of `previous` starts (`_text_column`), where known; `bullet` is
    `_bullet(following, previous_column)` (`stripped`: `following.strip()`, when made already)."""
    stripped = following.strip() if stripped is None else stripped
    if width is None or not stripped:
        return False
    # the width test first: it decides most lines (the tests are a conjunction: their order is free)
    used = len(printed) if (printed := previous.rstrip()).isascii() else _width(printed)
    if used > width + 2:
        return False
    first_word = stripped.partition(" ")[0]
    if first_word.isascii():
        first = len(first_word)
    else:
        first = _width(first_word[:1] if _WIDE.match(first_word) else first_word)   # CJK text wraps between any two characters
    if used + 1 + first <= width - 2:
        return False
    if bullet:
        return False
    indent, previous_indent = len(following) - len(following.lstrip()), len(previous) - len(previous.lstrip())
    # an indented first line opens a new paragraph
    # (under a list item: its wrapped lines hang at its text)
    item = bool(_bullet(previous)) if previous_column is None else previous_column > previous_indent
    return not (indent > previous_indent and not item)


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_MIN_SEEDS = 4          # lines with text on both sides of a gutter before it is taken for one
_MAX_DEPTH = 3          # columns inside columns
_STRETCH = 2000         # lines read at a time (cut at a blank line)


def _cells(line: str) -> str | list[str]:
    """The line indexed by display column: itself when ASCII, else one string per column (a wide
    character fills two, a combining mark joins the column before it)."""
    if line.isascii():
        return line
    zero_width = _zero_width()
    if not (_WIDE.search(line) or zero_width.search(line)):
        return list(line)
    cells: list[str] = []
    for ch in line:
        if zero_width.match(ch) and cells:
            cells[-1] += ch
        else:
            cells.append(ch)
            if _WIDE.match(ch):
                cells.append("")
    return cells


def _side(cells: str | list[str] | None, column: int) -> int:
    """How a line sits against a gutter at `column`: 0 on one side only, 1 text on both sides with a
    word starting at the gutter, 2 or 3 text on both sides across a gap of two or of three or more
    spaces, -1 a word running across it (or a line wider than the page: not a rendered layout)."""
    if cells is None:
        return -1
    if len(cells) <= column or not "".join(cells[column:]).strip() or not "".join(cells[:column]).strip():
        return 0
    if cells[column - 1] not in (" ", ""):
        return -1
    if cells[column - 2] not in (" ", ""):
        return 1
    return 3 if column >= 3 and cells[column - 3] in (" ", "") else 2


def _gutters(rows: list[str | list[str] | None]) -> list[tuple[int, int, int]]:
    """Runs of lines (first, last, column) printed in two columns split at a display column: a
    gutter that at least `_MIN_SEEDS` lines cross with a gap of two spaces or more and that no word
    crosses. Non-overlapping, the best supported first."""
    seeds: dict[int, list[int]] = {}
    for i, cells in enumerate(rows):
        if cells is None:
            continue
        text = cells if isinstance(cells, str) else "".join(cells)
        if "  " not in text.strip():
            continue
        for match in _GAP.finditer(text):
            column = match.end() if isinstance(cells, str) else _width(text[:match.end()])
            seeds.setdefault(column, []).append(i)
    runs = []
    for column, found in seeds.items():
        if len(found) < _MIN_SEEDS or column < 8:
            continue
        k = 0
        while k < len(found):
            first = last = found[k]
            while first > 0 and _side(rows[first - 1], column) >= 0:
                first -= 1
            while last + 1 < len(rows) and _side(rows[last + 1], column) >= 0:
                last += 1
            sides = [_side(rows[j], column) for j in range(first, last + 1)]
            # one space at the gutter (a full cell, or two words of one line) only between lines with a gap
            gapped = [j for j, side in enumerate(sides) if side >= 2]
            before = [j for j in range(gapped[0]) if sides[j] == 1]
            after = [j for j in range(gapped[-1] + 1, len(sides)) if sides[j] == 1]
            if before or after:
                low, high = (before[-1] + 1 if before else 0), (after[0] - 1 if after else len(sides) - 1)
                sides, first, last = sides[low:high + 1], first + low, first + high
            wide, gaps, touching = sides.count(3), sides.count(2) + sides.count(3), sides.count(1)
            # a column's lines end short of the gutter by varying amounts; double spaces in prose do not
            if gaps >= _MIN_SEEDS and wide >= 2 and touching <= gaps / 2:
                runs.append((gaps, column, first, last))
            while k < len(found) and found[k] <= last:
                k += 1
    chosen: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for _, column, first, last in sorted(runs, key=lambda run: (-run[0], run[1], run[2])):
        if not taken.intersection(range(first, last + 1)):
            chosen.append((first, last, column))
            taken.update(range(first, last + 1))
    return sorted(chosen)


def _column_width(part: list[str]) -> int | None:
    """The wrap width of one column: where its lines of three words or more pile up (the 90th
    percentile of their widths), or None when they do not (a column of menu items or list entries,
    each a line of its own)."""
    widths = sorted(_width(line) for line in part if len(line.split()) >= 3)
    if len(widths) < 3:
        return None
    edge = widths[int(len(widths) * 0.9)]
    piled = sum(1 for w in widths if w >= 0.75 * edge)
    return edge + 2 if edge >= 20 and piled >= len(widths) / 2 else None


def reading_order(raw_lines: Iterable[str], width: int | None) -> Iterator[tuple[str, int | None]]:
    """The dump's lines in reading order, each with the wrap width of the column it sits in.

    A renderer prints a page's layout table side by side: a menu or archive column beside the
    article, each wrapped at its own width. Where a gutter runs down a stretch of lines (see
    `_gutters`), the left column is read first, then the right one, each wrapped at its own width
    (`_column_width`); columns inside a column are split the same way. Unwrapped text (width None:
    not a renderer's dump) is left as it is."""
    if width is None:
        yield from ((line, None) for line in raw_lines)
        return
    if isinstance(raw_lines, list) and len(raw_lines) < _STRETCH:
        yield from _columns(raw_lines, width, 0)         # one stretch: the loop below would hold it whole
        return
    chunk: list[str] = []          # read in stretches of a few thousand lines: a big dump is never held twice
    for line in raw_lines:
        chunk.append(line)
        if len(chunk) >= _STRETCH and (not line.strip() or len(chunk) >= 2 * _STRETCH):
            yield from _columns(chunk, width, 0)
            chunk = []
    yield from _columns(chunk, width, 0)


def _columns(raw_lines: list[str], width: int | None, depth: int) -> list[tuple[str, int | None]]:
    if depth >= _MAX_DEPTH or sum(1 for line in raw_lines if "  " in line.strip()) < _MIN_SEEDS:
        return [(line, width) for line in raw_lines]
    rows: list[str | list[str] | None] = [
        line if "  " not in line.strip() else None if width is not None and _width(line) > width + 2 else _cells(line)
        for line in raw_lines]
    runs = _gutters(rows)
    if not runs:
        return [(line, width) for line in raw_lines]
    ordered: list[tuple[str, int | None]] = []
    done = 0
    for first, last, column in runs:
        ordered.extend((line, width) for line in raw_lines[done:first])
        cells = [rows[j] or "" for j in range(first, last + 1)]
        left = ["".join(row[:column]).rstrip() for row in cells]
        right = ["".join(row[column:]).rstrip() for row in cells]
        for part in (left, right):
            ordered.append(("", width))
            ordered.extend(_columns(part, _column_width(part), depth + 1))
        ordered.append(("", width))
        done = last + 1
    ordered.extend((line, width) for line in raw_lines[done:])
    return ordered


_SIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def _side_column_apart(raw_lines: Iterable[str], width: int) -> Iterator[str]:
    """The printed lines of a dump whose layout table runs past its wrap width (`text_column_width`)
    with the side column's text taken off the lines it was printed beside: a line wider than the
    wrap is cut at its last gap of three spaces or more that leaves the text before it within the
    wrap, and what follows the gap is read after the block (at the first blank line under a line
    without side text), as `_columns` reads a right column after the left one. A headline or byline printed beside a poll or a share box no
    longer ends with the box's words."""
    deferred: list[str] = []
    beside = False        # the last printed line had side text: its block may go on after a blank line
    for line in raw_lines:
        if not line.strip():
            if deferred and not beside:
                yield ""
                yield from deferred
                deferred = []
            yield line
            continue
        used = line.rstrip()
        beside = False
        if (len(used) if used.isascii() else _width(used)) > width + 2:
            cuts = [gap for gap in _SIDE_GAP.finditer(used) if _width(used[:gap.start()]) <= width + 2]
            if cuts and used[:cuts[-1].start()].strip():
                yield used[:cuts[-1].start()]
                deferred.append(used[cuts[-1].end():])
                beside = True
                continue
        yield line
    if deferred:
        yield ""
        yield from deferred


def logical_lines(text: str) -> list[Line]:
    """Undo the renderer's wrapping; one Line per printed paragraph, list item or short line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")   # keep no-break spaces: they bind words
    split = _printed_lines(text)
    width = wrap_width(split)
    # a big dump's lines (not a list: one at a time) are read again for each pass
    printed: Iterable[str] = split if isinstance(split, list) else _printed_lines(text)
    if width is None and (width := text_column_width(split if isinstance(split, list) else _printed_lines(text))) is not None:
        printed = _side_column_apart(printed, width)
    lines: list[Line] = []
    block, current, current_indent = 0, "", 0
    above: int | None = None     # the text column of the line above `current`'s first one (None: a blank)
    pending_blank = False

    # `_bullet` of `current`'s first printed line, which is that of `current` itself unless the
    # printed line is no more than a bullet ("12.", "o": the text glued on after it may make one)
    opening: re.Match | None = None
    opening_too_short = False

    def flush() -> None:
        nonlocal current
        if current.strip():
            opened = _bullet(current, above) if opening_too_short else opening
            _append(lines, current, current_indent, block, opened)
        current = ""

    previous_raw, column = "", None
    for raw_line, line_width in _block_widths(reading_order(printed, width)):
        if not (stripped := raw_line.strip()):
            flush()
            pending_blank = True
            previous_raw, column = "", None
            continue
        if pending_blank:
            block += 1
            pending_blank = False
        # read once: `_continues`, `_text_column` and `_append` use the bullet, the stripped line and its indent
        bullet = _bullet(raw_line, column, stripped)
        indent = len(raw_line) - len(raw_line.lstrip())
        if current and previous_raw and _continues(previous_raw, raw_line, line_width, column, bullet, stripped):
            following = stripped
            # CJK text wraps inside words: no space where two wide characters meet
            glue = "" if _WIDE.match(following) and _WIDE.match(current[-1]) else " "
            current += glue + following
        else:
            flush()
            current, above = raw_line.rstrip(), column
            opening, opening_too_short = bullet, len(stripped) <= _BULLET_LONGEST
            current_indent = indent
        previous_raw, column = raw_line, _text_column(raw_line, bullet, indent)
    flush()
    _dialogue_dashes(lines)
    # counted by a digest of the folded text: a folded copy of every line would be held at once
    keys = [_fold_key(line.text) for line in lines]
    counts = Counter(keys)
    for line, key in zip(lines, keys):
        line.repeats = counts[key]
    return lines


_DIALOGUE_DASHES = ("-", "–")     # the bullets of `_BULLET` that open a quotation too (the em dash is none)
_DIALOGUE_WORDS = 6               # a paragraph's words, as `_is_prose` asks of a sentence


def _dialogue_dashes(lines: list[Line]) -> None:
    """A paragraph opened by a dash is a quotation, not a list item, when it stands alone in its
    blank-line block and is written as a sentence of `_DIALOGUE_WORDS` words or more: many languages
    (Slavic, Romance, Scandinavian, Greek, Turkish) open a quoted or spoken paragraph with a dash
    ("- We stay open all winter, - the mayor said."), and a renderer prints it as the paragraph it
    is, while a list's items come one under another in one block. Its dash is kept in its text."""
    for k, line in enumerate(lines):
        if not line.bullet or line.raw[:1] not in _DIALOGUE_DASHES or not line.sentence \
                or line.words < _DIALOGUE_WORDS:
            continue
        if (k > 0 and lines[k - 1].block == line.block) or (k + 1 < len(lines) and lines[k + 1].block == line.block):
            continue
        line.bullet = False
        line.text = f"{line.raw[:1]} {line.text}"


_NARROWER = 8         # columns: a block wrapped this much short of its column's width has a width of its own
_FULL_SHARE = 0.75    # share of a block's inner lines that must be full for the block to be wrapped
_SLACK = 12           # columns a full line may end short of its block's edge (a long next word)
_LONGEST_BLOCK = 200  # lines of a block held to find its edge


def _block_widths(pairs: Iterable[tuple[str, int | None]]) -> Iterator[tuple[str, int | None]]:
    """The lines with the width each was wrapped at: a blank-line block of text set in a box
    narrower than its column (a table cell, a quote, a page whose text column is narrower than the
    screen) was wrapped at its own edge (`_narrow_edge`). A block is held until its blank line, up
    to `_LONGEST_BLOCK` lines (a dump without blank lines is not held whole)."""
    block: list[tuple[str, int | None]] = []
    passing = False                          # inside a block too long to be held: lines go through
    for pair in itertools.chain(pairs, [("", None)]):
        if pair[0].strip():
            if passing:
                yield pair
                continue
            block.append(pair)
            if len(block) > _LONGEST_BLOCK:
                yield from block
                block, passing = [], True
            continue
        passing = False
        if block:
            edge = _narrow_edge(block)
            yield from ((line, edge) for line, _ in block) if edge else block
            block = []
        yield pair


def _narrow_edge(block: list[tuple[str, int | None]]) -> int | None:
    """The wrap width of a block of three lines or more wrapped short of the width it sits in: its
    inner lines end where the next line's first word would not have fitted before the block's edge
    (its widest inner line), as a renderer wraps; a code listing, a menu or a list of headlines,
    one entry a line, does not. None otherwise."""
    width = block[0][1]
    if width is None or len(block) < 3 or any(w != width for _, w in block):
        return None
    widths = []
    last = len(block) - 1
    for k, (line, _) in enumerate(block):
        used = len(printed) if (printed := line.rstrip()).isascii() else _width(printed)
        if used > width - _NARROWER and k < last:
            return None                      # most blocks: wrapped at the column's width (first line tells)
        widths.append(used)
    edge = max(widths[:-1])                  # the last line of a paragraph ends anywhere
    if edge < 40:
        return None
    full = 0
    for used, (following, _) in zip(widths, block[1:]):
        first_word = following.split(None, 1)[0]
        if not first_word.isascii() and _WIDE.match(first_word):
            first_word = first_word[:1]
        full += used >= edge - _SLACK and used + 1 + _width(first_word) > edge
    return edge + 2 if full >= max(2, _FULL_SHARE * (len(block) - 1)) else None


_SPLIT_WHOLE = 1 << 18      # characters of a dump small enough to be split into a list of its lines at once


def _printed_lines(text: str) -> list[str] | Iterator[str]:
    """text.split("\\n"): a list for a dump of up to `_SPLIT_WHOLE` characters, else one line at a
    time (a list of every line of a big dump is a second copy of it)."""
    return text.split("\n") if len(text) <= _SPLIT_WHOLE else _each_printed_line(text)


def _each_printed_line(text: str) -> Iterator[str]:
    """text.split("\\n") one line at a time."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def _fold_key(text: str) -> str | bytes:
    """The folded text itself when short (most lines: no hashing), else its digest (a str and a
    bytes key are never equal)."""
    folded = text.casefold()
    if len(folded) <= 64:
        return folded
    return hashlib.blake2b(folded.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _append(lines: list[Line], printed: str, indent: int, block: int, bullet_match: re.Match | None) -> None:
    """Add the logical line `printed` (its first printed line's indent kept) opened by `bullet_match`
    (its `_bullet`)."""
    stripped = printed.strip()
    text = stripped[bullet_match.end():].strip() if bullet_match else stripped
    if "[" in text:
        text = _IMAGE_NAME.sub("", text) or text
        words = len(_IMAGE.sub(" ", text).split())
        joined = " ".join(text.split())
    else:
        parts = text.split()
        words = len(parts)
        joined = " ".join(parts)
    text = stripped if joined == stripped else joined      # one string, not two, for a plain line
    if not text.isascii():
        words += len(CJK.findall(text)) // 2          # Chinese and Japanese do not space their words
    # text, raw, index, block, indent, bullet, words, sentence: by position, about half the cost of by name
    lines.append(Line(text, stripped, len(lines), block, indent, bool(bullet_match), words,
                      ends_sentence(text)))


def _is_prose(line: Line) -> bool:
    if line.words >= 12 and line.sentence:
        return True
    if line.words >= 25:
        # long but unpunctuated: prose has some capitals and few commas; tag clouds and keyword lists do not
        commas = line.text.count(",") + line.text.count("|")
        return (0.3 <= _lowercase_share(line.text) <= 0.95 and commas < line.words / 5) or CJK.search(line.text) is not None
    return line.words >= 6 and line.sentence and not line.bullet and _lowercase_share(line.text) > 0.5


def _lowercase_share(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].islower()) / len(words)


def classify(lines: list[Line]) -> None:
    """Give every line a `kind` from its own shape (context comes in `main_region`)."""
    for line in lines:
        text = line.text
        bare = text.strip(" :.-–—|»›>").strip()
        short = line.words <= 14
        prose: bool | None = None         # _is_prose(line), made once when first needed
        if not bare or not (bare[0].isalnum() or any(ch.isalnum() for ch in bare)):
            line.kind = "empty"
        elif line.words <= 8 and not line.bullet and _heading(_TERMINAL_HEADINGS, _TERMINAL_SMALL, bare):   # bullets: a share bar
            line.kind = "terminal"
        elif short and _heading(_SOFT_HEADINGS, _SOFT_SMALL, bare):
            line.kind = "trigger"
        elif short and _comment_head(text) and (not line.bullet or text.endswith(("says:", "said:", "wrote:"))):
            line.kind = "terminal"
            line.extra["comments"] = True
        elif short and _COMMENT_META.match(bare):
            line.kind = "comment"
        elif (line.words <= 30 and not (prose := _is_prose(line)) and _promo(text)) or ((
                "ookie" in text or "rowsing" in text) and _COOKIES.search(text)):
            line.kind = "promo"
        elif (line.bullet or line.indent >= 2 or line.repeats > 1 or not line.sentence) and _caption_credit(text[-100:]):
            line.kind = "caption"
        elif (_is_prose(line) if prose is None else prose) and not (line.bullet and line.words < 20):
            line.kind = "prose"
        elif line.bullet:
            line.kind = "item"
        else:
            line.kind = "short"
    _mark_near_repeats(lines)


_SENTENCE_BREAK = re.compile(r"[.!?…。！？][\"'”’)\]]*(?:\s+(?=[\"“‘(]?[^\W\d_])|\s*$)")
_PARAGRAPH_SENTENCES = 4      # a caption is a sentence or three; two alike of four or more are paragraphs


def _sentences(text: str) -> int:
    return len(_SENTENCE_BREAK.findall(text))


def _mark_near_repeats(lines: list[Line]) -> None:
    """A caption is often printed twice (alt text, then the visible caption), nearly identical."""
    words: tuple[int, set[str]] = (-1, set())          # the last line's word set, made once per line
    for first, second in itertools.pairwise(lines):
        if first.words >= 6 and second.words >= 6 and first.kind in ("prose", "caption", "item", "short"):
            a = words[1] if words[0] == first.index else set(first.text.casefold().split())
            b = set(second.text.casefold().split())
            words = (second.index, b)
            common = len(a & b)              # the union's size is counted, not made: |a| + |b| - |a & b|
            if common / max(1, len(a) + len(b) - common) >= 0.7 and not (_sentences(first.text) >= _PARAGRAPH_SENTENCES
                                                                and _sentences(second.text) >= _PARAGRAPH_SENTENCES):
                first.kind = second.kind = "caption"


_TICKER_HEAD = re.compile(r"^(?:breaking(?: news)?|just in|latest(?: news| updates)?|news ticker|live|urgent)$", re.I)
_TICKER_ITEM = re.compile(r"^[^:.!?]{2,50}:\s+\S")
_TICKER_HEAD_LONGEST = len("latest updates")      # no longer text matches _TICKER_HEAD

_WEIGHTS = {
    "empty": -0.5,
    "trigger": -4.0,
    "promo": -6.0,
    "caption": -2.0,
    "item": -2.5,
    "short": -2.0,
    "comment": -8.0,
}


def weight(line: Line) -> float:
    """What the line adds to a run of prose (`main_region`): its words when it is prose, less when it is
    not (furniture, labels, repeated lines)."""
    if line.kind == "prose":
        return line.words * 0.5 - 4.0 if line.bullet else float(line.words)
    if line.kind == "terminal":
        return -10.0        # moderate here: `core_segment` ends the body at it
    base = _WEIGHTS.get(line.kind, -2.0)
    if line.kind == "short" and line.sentence and line.words >= 4:
        return 1.0
    return base - (3.0 if line.repeats > 1 else 0.0)


def main_region(lines: list[Line]) -> tuple[int, int]:
    """Start and end (inclusive) of the densest run of prose: a maximum-sum segment. Prose behind
    comment-thread markers ("34 responses to", "jane says:") that follow some prose counts for less."""
    best_sum, best = float("-inf"), (0, -1)
    running, start = 0.0, 0
    prose_seen, factor = 0, 1.0
    for i, line in enumerate(lines):
        value = weight(line)
        if line.kind == "prose":
            prose_seen += line.words
            value *= factor
        elif line.extra.get("comments") and prose_seen >= 60:
            factor = max(0.1, factor * 0.5)   # a comment thread follows the article
        if running <= 0:
            running, start = value, i
        else:
            running += value
        if running > best_sum:
            best_sum, best = running, (start, i)
    return best


def mark_tickers(lines: list[Line]) -> None:
    """Breaking-news tickers: the lines of a block that opens with "BREAKING", runs of "Who: what"
    items, and a feed of timed headlines a dump ran into one line (`_timed_feed`)."""
    feed = [line.kind == "prose" and _timed_feed(line.text) for line in lines]
    for i, line in enumerate(lines):
        if feed[i] or (line.kind == "prose" and 0 < i < len(lines) - 1 and feed[i - 1] and feed[i + 1]
                       and _FEED_CLOCK.search(line.text)):
            line.kind = "ticker"         # a feed's entry between two of its lines, with its time
    i = 0
    while i < len(lines):
        line = lines[i]
        head = line.text.strip(" :")
        if len(head) <= _TICKER_HEAD_LONGEST and _TICKER_HEAD.match(head):
            j = i + 1
            while j < len(lines) and lines[j].block == line.block and not lines[j].sentence:
                lines[j].kind = "ticker"
                j += 1
            i = j
            continue
        run = i
        # the pattern last: the cheap tests rule out most lines (and an item holds a colon)
        while run < len(lines) and lines[run].block == line.block and not lines[run].sentence \
                and lines[run].indent == line.indent and lines[run].words >= 6 \
                and lines[run].kind not in ("terminal", "trigger") and ":" in lines[run].text \
                and _TICKER_ITEM.match(lines[run].text):
            run += 1
        if run - i >= 3:
            for k in range(i, run):
                lines[k].kind = "ticker"
            i = run
            continue
        i += 1


_FEED_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_FEED_TIMES = 3          # clock times in one line before it may be a feed
_FEED_WORDS = 16         # words per clock time at most: a headline each


def _timed_feed(text: str) -> bool:
    """The line is a feed of headlines each after its clock time ("09:12 Council approves the budget
    08:55 Storm closes the coast road 08:41 ..."), run together by a dump: at least `_FEED_TIMES`
    clock times and no more than `_FEED_WORDS` words per time. An article's text names a time now
    and then, not one every headline's length."""
    if text.count(":") < _FEED_TIMES:
        return False
    times = len(_FEED_CLOCK.findall(text))
    return times >= _FEED_TIMES and len(text.split()) <= _FEED_WORDS * times


def core_segment(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Split the dense region at breaks (terminal headings, comment metadata, tag and link lists) and
    keep the segment with most prose, joined to neighbours across a short list when they hold a
    good share of the article too (a list inside the article rather than a footer)."""
    segments: list[list[int]] = []            # [first, last, prose words, break kind after]
    current = start
    for i in range(start, end + 1):
        if _is_break(lines, i):
            if i > current:
                segments.append([current, i - 1, _prose_words(lines, current, i - 1), i])
            current = i + 1
    if current <= end:
        segments.append([current, end, _prose_words(lines, current, end), end + 1])
    segments = [seg for seg in segments if seg[2] > 0]
    if not segments:
        return start, end
    core = max(range(len(segments)), key=lambda k: segments[k][2] * _after_terminal_discount(lines, start, segments[k][0])
               * _listing_discount(lines, segments[k][0], segments[k][1]))
    first, last = core, core
    while last + 1 < len(segments) and (_joinable(lines, segments[last], segments[last + 1], segments[core][2])
                                        or _across_a_box(lines, segments[last], segments[last + 1], segments[core][2])):
        last += 1
    while first > 0 and (_joinable(lines, segments[first - 1], segments[first], segments[core][2])
                         or _opening_part(lines, segments[first - 1], segments[first], segments[core][2])):
        first -= 1
    return _first_prose_from(lines, segments[first][0], segments[first][1]), _last_prose_before(
        lines, segments[last][0], segments[last][1] + 1)


def _after_terminal_discount(lines: list[Line], start: int, first: int) -> float:
    """Comment threads and "Most read" lists come after the article: text behind such a heading
    must be much larger than what precedes it to be taken for the article."""
    headings = sum(1 for line in lines[start:first] if line.kind in ("terminal", "comment"))
    return 0.25 ** min(headings, 3)


def _opening_part(lines: list[Line], earlier: list[int], later: list[int], core_words: int) -> bool:
    """The start of the article before a newsletter or share box dropped into it: joined backwards
    only (the end of a page is where teasers follow such boxes), never across a terminal heading."""
    gap = range(earlier[1] + 1, later[0])
    if len(gap) > 12 or any(lines[i].kind == "terminal" for i in gap):
        return False
    return earlier[2] >= max(60, core_words / 4) and _listing_discount(lines, earlier[0], earlier[1]) == 1.0


_BOX_HEADINGS = re.compile(r"^(?:" + _TEASER_HEADINGS + r")$", re.I)
_BOX_LONGEST = 16       # lines of a teaser box dropped into an article


def _across_a_box(lines: list[Line], earlier: list[int], later: list[int], core_words: int) -> bool:
    """The article goes on after a box of teasers dropped into it ("Recommended", "Don't miss": a
    heading over a few headlines, bylines and dates, no prose): joined forwards when what follows
    opens with paragraphs of its own (no listing, no comment thread) as long as a good share of
    the article. A box at the article's end is followed by the page's chrome or shorter teasers."""
    resumes = next((i for i in range(later[0], later[1] + 1) if lines[i].kind == "prose"), later[1] + 1)
    box = range(earlier[1] + 1, resumes)     # the heading, and the teasers up to the article's next paragraph
    if not 1 <= len(box) <= _BOX_LONGEST or lines[box[0]].kind != "terminal" \
            or not _BOX_HEADINGS.match(lines[box[0]].text.strip(" :.-–—|»›>")) \
            or any(lines[i].kind in ("terminal", "comment") for i in box[1:]):
        return False
    rest = lines[resumes:later[1] + 1]
    return bool(rest) and rest[0].words >= 30 and later[2] >= max(100, core_words / 2) \
        and _listing_discount(lines, resumes, later[1]) == 1.0 and not any(line.kind == "comment" for line in rest)


def _listing_discount(lines: list[Line], first: int, last: int) -> float:
    """A run of teasers or comments carries a date (or a "2 hours ago") on every item; an article
    does not. Three or more date lines make a segment a listing."""
    dated = sum(1 for line in lines[first:last + 1]
                if line.kind == "comment" or (line.kind != "prose" and looks_like_date_line(line.text)))
    return 0.3 if dated >= 3 else 1.0


def _joinable(lines: list[Line], earlier: list[int], later: list[int], core_words: int) -> bool:
    gap = range(earlier[1] + 1, later[0])
    if len(gap) > 10 or any(lines[i].kind == "terminal" or not lines[i].bullet for i in gap):
        return False                                   # only a bulleted list can sit inside an article
    starts_with_prose = any(lines[i].kind == "prose" for i in range(later[0], min(later[0] + 4, later[1] + 1)))
    return starts_with_prose and min(earlier[2], later[2]) >= core_words / 2


def _prose_words(lines: list[Line], first: int, last: int) -> int:
    return sum(line.words for line in lines[first:last + 1] if line.kind == "prose" and not line.bullet)


def _first_prose_from(lines: list[Line], first: int, last: int) -> int:
    i = first
    while i < last and lines[i].kind != "prose":
        i += 1
    return i


def _is_break(lines: list[Line], i: int) -> bool:
    line = lines[i]
    if line.kind == "terminal":
        return True
    if line.kind in ("trigger", "promo") and _chrome_cluster(lines, i):
        return True
    return _short_run(lines, i) >= (3 if line.bullet else 5)


def _chrome_cluster(lines: list[Line], i: int) -> bool:
    """Six or more lines without prose, three of them share/subscribe/follow chrome: the page's
    furniture, not a pause in the article."""
    run, chrome = 0, 0
    while i + run < len(lines) and lines[i + run].kind != "prose" and run < 12:
        chrome += lines[i + run].kind in ("trigger", "promo", "terminal")
        run += 1
    return run >= 6 and chrome >= 3


def _short_run(lines: list[Line], i: int) -> int:
    """Consecutive one-to-four-word lines without sentence punctuation: tags, menus, link lists."""
    run = 0
    while i + run < len(lines):
        line = lines[i + run]
        if not (1 <= line.words <= 4 and not line.sentence and line.bullet == lines[i].bullet):
            break
        run += 1
    return run


def _last_prose_before(lines: list[Line], start: int, i: int) -> int:
    j = i - 1
    while j > start and lines[j].kind != "prose":
        j -= 1
    return j
