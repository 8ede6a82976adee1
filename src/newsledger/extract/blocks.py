"""Line-block boilerplate classifier for plain-text dumps of rendered pages (w3m -dump style).

Written by hand because no maintained tool does this: trafilatura and readability need markup,
and on a text dump they keep nearly everything (menus, tickers, related headlines, footers).

How it works, in linear passes over the dump:
1. `logical_lines` undoes the renderer's wrapping: a line that was full (the next word would not
   have fitted in the page width) continues on the next line. Each logical line remembers its
   indent, bullet, blank-line block and whether it repeats elsewhere in the page.
2. `classify` marks each line: prose (sentences), a trigger heading that opens a boilerplate
   region ("Related News", "Most Read", "Tags", ...), a terminator that ends the article
   ("All Rights Reserved", a tag list after the body), menus, tickers, captions, credits.
3. `main_region` scores lines (prose words count for, short and boilerplate lines against) and
   takes the densest run (maximum-sum segment); trigger regions inside it are cut, and the body
   continues after them ("Related News" dropped between paragraphs).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["Line", "logical_lines", "classify", "main_region", "PAGE_WIDTH"]

PAGE_WIDTH = 100   # w3m -cols 100

_BULLET = re.compile(r"^(?:[•*·▪◦‣●○■□►▸–-]|\d{1,2}[.)])\s+|^[•*·▪◦●■►▸]$")
_IMAGE = re.compile(r"\[[^\]]{0,40}\]")
_IMAGE_NAME = re.compile(r"\s*\[[^\]\s]*[\d_-][^\]\s]*\]")   # [gettyimages-118654], [010_Clymer-1-750x450]
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’」)\]]*\s*$|[.!?][\"'”’]?\s*\(?[A-Z]{2,8}\)?$")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
_TERMINAL_HEADINGS = re.compile(
    r"^(?:most (?:read|popular|viewed|shared)|read next|"
    r"recommended(?: for you| stories| articles)?|you (?:may|might) (?:also )?(?:like|be interested in)|"
    r"trending(?: now| stories)?|popular(?: now| stories)?|comments?(?: \(\d+\))?|\d+ comments?|"
    r"leave a (?:comment|reply).*|you must be logged in.*|\d+ (?:thoughts?|responses?|replies) (?:on|to) .*|"
    r"(?:one|no) (?:thoughts?|responses?|comments?|replies)(?: on .*)?|responses?|join the (?:conversation|discussion)|tags?:?|topics?:?|keywords?:?|"
    r"filed under:?.*|related (?:topics|tags|roundup|categories):?.*|(?:tags?|topics?|categories|category|filed in):.*|"
    r"\[? ?\d+ comments? ?\]?|top rated comments|view (?:all )?comments.*|show comments.*|comments? are closed.*|"
    r"(?:post a|add a|write a) comment|about the authors?|more stories|latest(?: news| stories)?|"
    r"top stories|editor'?s? picks?|what to read next|sponsored(?: content| stories)?|"
    r"promoted stories|around the web|from our partners|"
    r"copyright.*|©.*|.*all rights reserved.*|"
    r"you may have missed|read more (?:stories|articles|news).*|don'?t miss.*)$",
    re.I,
)
_SOFT_HEADINGS = re.compile(
    r"^(?:related(?: news| articles?| stories| content| posts| links| reading)?:?|read (?:more|also):?|"
    r"also read:?|lire aussi|(?:more|also) (?:from|on|in) .{0,40}|related coverage|more coverage|more news|"
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
    r"^(?:.{1,80} (?:says|said|wrote):|.{0,60}\b\d+ (?:comments?|responses?|replies)\b.{0,60}|"
    r"(?:log in|sign in|register) to (?:reply|comment).*|cancel reply)$",
    re.I,
)
_COOKIES = re.compile(
    r"\b(?:(?:uses?|use of|accept|necessary|these) cookies|cookies? (?:policy|settings|consent|preferences)|"
    r"(?:by|continue) (?:using|browsing) (?:this|our) (?:site|website))\b",
    re.I,
)
_CAPTION_CREDIT = re.compile(
    r"(?:\((?:AP|AFP|Reuters|EPA|Getty(?: Images)?|[A-Z][\w .'/-]{0,40}(?:Photo|Images|Media|Press)[\w .'/-]{0,30})\)"
    r"|(?:Photo|Image|Picture|Credit|Photograph|Illustration)s?(?: by| credit)?:\s*[^.]{2,80}$|/(?:AFP|AP|Reuters|Getty Images)$)\s*$",
)


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


def _width(text: str) -> int:
    """Columns the renderer gave `text`: East Asian wide characters take two."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def _continues(previous: str, following: str) -> bool:
    """True when `previous` was wrapped by the renderer, i.e. `following` continues it."""
    stripped = following.strip()
    if not stripped or _BULLET.match(stripped):
        return False
    first_word = stripped.split(" ")[0]
    if not first_word.isascii() and _WIDE.match(first_word):
        first_word = first_word[:1]            # CJK text wraps between any two characters
    return _width(previous.rstrip()) + 1 + _width(first_word) > PAGE_WIDTH - 2


def logical_lines(text: str) -> list[Line]:
    """Undo the renderer's wrapping; one Line per printed paragraph, list item or short line."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")   # keep no-break spaces: they bind words
    lines: list[Line] = []
    block, current, current_indent = 0, "", 0
    pending_blank = False

    def flush() -> None:
        nonlocal current
        if current.strip():
            _append(lines, current, current_indent, block)
        current = ""

    previous_raw = ""
    for raw_line in raw_lines:
        if not raw_line.strip():
            flush()
            pending_blank = True
            previous_raw = ""
            continue
        if pending_blank:
            block += 1
            pending_blank = False
        if current and previous_raw and _continues(previous_raw, raw_line):
            following = raw_line.strip()
            # CJK text wraps inside words: no space where two wide characters meet
            glue = "" if _WIDE.match(following) and _WIDE.match(current[-1]) else " "
            current += glue + following
        else:
            flush()
            current = raw_line.rstrip()
            current_indent = len(raw_line) - len(raw_line.lstrip())
        previous_raw = raw_line
    flush()
    counts = Counter(line.text.casefold() for line in lines)
    for line in lines:
        line.repeats = counts[line.text.casefold()]
    return lines


def _append(lines: list[Line], printed: str, indent: int, block: int) -> None:
    stripped = printed.strip()
    bullet_match = _BULLET.match(stripped)
    text = stripped[bullet_match.end():].strip() if bullet_match else stripped
    if "[" in text:
        text = _IMAGE_NAME.sub("", text) or text
        words = len(_IMAGE.sub(" ", text).split())
    else:
        words = len(text.split())
    text = " ".join(text.split())
    if not text.isascii():
        words += len(_CJK.findall(text)) // 2          # Chinese and Japanese do not space their words
    lines.append(
        Line(
            text=text,
            raw=stripped,
            index=len(lines),
            block=block,
            indent=indent,
            bullet=bool(bullet_match),
            words=words,
            sentence=bool(_SENTENCE_END.search(text)),
        )
    )


def _is_prose(line: Line) -> bool:
    if line.words >= 12 and line.sentence:
        return True
    if line.words >= 25:
        # long but unpunctuated: prose has some capitals and few commas; tag clouds and keyword lists do not
        commas = line.text.count(",") + line.text.count("|")
        return 0.3 <= _lowercase_share(line.text) <= 0.95 and commas < line.words / 5 or _CJK.search(line.text) is not None
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
        if not bare or not any(ch.isalnum() for ch in bare):
            line.kind = "empty"
        elif short and _TERMINAL_HEADINGS.match(bare) and line.words <= 8 and not line.bullet:   # bullets: a share bar
            line.kind = "terminal"
        elif short and _SOFT_HEADINGS.match(bare):
            line.kind = "trigger"
        elif short and _COMMENT_HEAD.match(text) and (not line.bullet or text.endswith(("says:", "said:", "wrote:"))):
            line.kind = "terminal"
            line.extra["comments"] = True
        elif short and _COMMENT_META.match(bare):
            line.kind = "comment"
        elif (line.words <= 30 and _PROMO.search(text) and not _is_prose(line)) or (
                "ookie" in text or "rowsing" in text) and _COOKIES.search(text):
            line.kind = "promo"
        elif _CAPTION_CREDIT.search(text[-160:]) and (line.bullet or line.indent >= 2 or line.repeats > 1 or not line.sentence):
            line.kind = "caption"
        elif _is_prose(line) and not (line.bullet and line.words < 20):
            line.kind = "prose"
        elif line.bullet:
            line.kind = "item"
        else:
            line.kind = "short"
    _mark_near_repeats(lines)


def _mark_near_repeats(lines: list[Line]) -> None:
    """A caption is often printed twice (alt text, then the visible caption), nearly identical."""
    for first, second in zip(lines, lines[1:]):
        if first.words >= 6 and second.words >= 6 and first.kind in ("prose", "caption", "item", "short"):
            a, b = set(first.text.casefold().split()), set(second.text.casefold().split())
            if len(a & b) / max(1, len(a | b)) >= 0.7:
                first.kind = second.kind = "caption"


_WEIGHTS = {
    "empty": -0.5,
    "trigger": -4.0,
    "promo": -6.0,
    "caption": -2.0,
    "item": -2.5,
    "short": -2.0,
    "comment": -8.0,
}


def _weight(line: Line) -> float:
    if line.kind == "prose":
        return line.words * 0.5 - 4.0 if line.bullet else float(line.words)
    if line.kind == "terminal":
        return -10.0        # moderate here: `_trim_tail` in text.py ends the body at it
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
        weight = _weight(line)
        if line.kind == "prose":
            prose_seen += line.words
            weight *= factor
        elif line.extra.get("comments") and prose_seen >= 60:
            factor = max(0.1, factor * 0.5)   # a comment thread follows the article
        if running <= 0:
            running, start = weight, i
        else:
            running += weight
        if running > best_sum:
            best_sum, best = running, (start, i)
    return best
