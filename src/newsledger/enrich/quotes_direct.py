"""Quoted passages in a body: where each direct quotation opens and closes.

Written by hand because news text breaks the simple rule "a mark opens, the next one closes":
- curly and straight marks are mixed, and a “ is often closed by a straight " (or the reverse);
- a quotation running over several paragraphs leaves each paragraph open and re-opens the next
  with a fresh mark (the English newspaper convention);
- a mark that is never closed ends with its paragraph, so one stray mark cannot swallow the rest
  of the article.
Guillemets (« ») count as marks; single quotes do not (they are apostrophes far more often).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .sentences import paragraph_spans

__all__ = ["QuotedSpan", "quoted_spans", "paragraph_spans"]

_OPENING = "“«„"
_CLOSING = "”»"
_WORD = re.compile(r"\w+")
_OPENERS = re.compile(f"[{_OPENING}\"]")                 # what `_is_opening` can take
_MARKS = re.compile(f"[{_OPENING}{_CLOSING}\"]")         # ... and `_is_closing` (“ is an opening mark)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    start: int          # offset of the opening mark
    end: int            # offset just past the closing mark (or the end of the paragraph)
    closed: bool        # False when the paragraph ended before a closing mark

    def words(self, body: str) -> int:
        return len(_WORD.findall(body[self.start:self.end]))


def quoted_spans(body: str) -> list[QuotedSpan]:
    """Every quotation in `body`, in order; a quotation continued over paragraphs is one span."""
    found: list[QuotedSpan] = []
    pending: int | None = None          # start of a quotation carried over from earlier paragraphs
    paragraphs = paragraph_spans(body)
    original = body
    # two apostrophes ('') stand for a double mark in some archives; same length, so offsets hold
    body = body.replace("''", '"\x00')
    for index, (start, end) in enumerate(paragraphs):
        opened = pending
        pending = None
        i = start
        if opened is not None and body[start] in _OPENING + '"':
            i = start + 1               # the re-opening mark of a continued quotation
        nested = 0                      # quotations inside the quotation (“victory plan” in "...")
        while True:
            # only a mark can open, close or nest a quotation: the characters between are skipped
            mark = (_OPENERS if opened is None else _MARKS).search(body, i, end)
            if mark is None:
                break
            i = mark.start()
            if opened is None:
                if _is_opening(body, i, start, end):
                    opened = i
            elif nested and body[i] in _CLOSING:
                nested -= 1
            elif body[i] in _OPENING and body[opened] == '"' and _is_opening(body, i, start, end):
                nested += 1
            elif _is_closing(body, i, start, end):
                found.append(QuotedSpan(opened, i + 2 if original[i:i + 2] == "''" else i + 1, True))
                opened, nested = None, 0
            i += 1
        if opened is not None:
            following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            if following is not None and body[following] in _OPENING + '"':
                pending = opened        # continued in the next paragraph
            else:
                found.append(QuotedSpan(opened, end, False))
    return found


def _is_opening(body: str, i: int, start: int, end: int) -> bool:
    char = body[i]
    after = body[i + 1] if i + 1 < end else " "
    if char in _OPENING:
        return not after.isspace()
    if char == '"':
        before = body[i - 1] if i > start else " "
        return (before.isspace() or before in "([{—–-:,") and not after.isspace()
    return False


def _is_closing(body: str, i: int, start: int, end: int) -> bool:
    char = body[i]
    before = body[i - 1] if i > start else " "
    if char in _CLOSING or char == '"':
        return not before.isspace() or i + 1 >= end
    if char == "“":                     # a “ written where ” was meant: closing if glued to a word
        after = body[i + 1] if i + 1 < end else " "
        return not before.isspace() and (after.isspace() or after in ",.;:!?")
    return False
