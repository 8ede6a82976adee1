"""Sentence spans of a body: the one implementation every stage reads, through `Analysis.sentences`.

The enrich stage passes the parser's sentences (spaCy's dependency parse); a sentence never runs
across a paragraph break, so those are cut at blank lines. An Analysis built without a parse (an
article the parser refused, an unanalysed article in a read-only ledger, one built by hand) gets
its spans from the same function, by a rule splitter: a sentence ends at . ! or ? (and any
closing quotation mark or bracket) followed by white space and a capital, a digit or an opening
mark, unless the word before the stop is a title or an abbreviation ("Gen.", "U.S.") or a lone
capital initial. No stage splits sentences itself: stories, events, reports and the workbench
read `Analysis.sentences` (enrich.records fills it when it is not given).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["sentence_spans", "paragraph_spans", "rule_sentences", "ABBREVIATIONS"]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
# Ranks and titles: written before a name, never at a sentence's end
_TITLES = frozenset(("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cpl", "Pvt", "Adm", "Cmdr",
                     "Brig", "Gov", "Sen", "Rep", "Prof", "Rev", "Hon"))
# Words written with a full stop that does not end the sentence: titles, ranks, months, Latin, firms.
ABBREVIATIONS = _TITLES | frozenset((
    "St", "Jr", "Sr", "No", "Nos", "vs", "approx", "est",
    "U.S", "U.K", "U.N", "E.U", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "a.m", "p.m", "Inc", "Co", "Corp", "Ltd", "Bros", "e.g", "i.e", "etc", "cf", "al"))


@lru_cache(maxsize=64)     # asked again for each sentence of the body by the events coder
def paragraph_spans(body: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph; paragraphs are separated by blank lines."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return tuple((s, e) for s, e in spans if e > s)


def sentence_spans(body: str, parsed: Iterable[tuple[int, int]] | None = None) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `body`, in order, trimmed of white space, never across a
    paragraph break: the parser's sentences `parsed` when given, else the rule splitter's.

    >>> body = "Gen. Syrsky said troops advanced. “We hold,” he added.\\n\\nA new paragraph"
    >>> [body[s:e] for s, e in sentence_spans(body)]
    ['Gen. Syrsky said troops advanced.', '“We hold,” he added.', 'A new paragraph']
    >>> [body[s:e] for s, e in sentence_spans(body, [(0, 54), (54, len(body))])]
    ['Gen. Syrsky said troops advanced. “We hold,” he added.', 'A new paragraph']

    A parser's break right after a rank or title, which always stands before a name, is none:

    >>> body = "Militia chief 'Capt. Zuma' was shot dead"
    >>> [body[s:e] for s, e in sentence_spans(body, [(0, 20), (21, len(body))])]
    ["Militia chief 'Capt. Zuma' was shot dead"]
    """
    spans: list[tuple[int, int]] = []
    pieces = _after_titles(body, parsed) if parsed is not None else rule_sentences(body)
    for s_start, s_end in pieces:
        start = s_start
        for match in _PARAGRAPH_BREAK.finditer(body, s_start, s_end):
            _add(spans, body, start, match.start())
            start = match.end()
        _add(spans, body, start, s_end)
    return tuple(spans)


_TITLE_AT_END = re.compile(r"(?<![\w.])[\"'“‘(]?(" + "|".join(sorted(_TITLES)) + r")\.[\"'”’)]?\s*$")


def _after_titles(body: str, pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parser's sentences, each that ends on a rank or title ("... rebel leader Cmdr.") joined to the next."""
    joined: list[tuple[int, int]] = []
    for start, end in pieces:
        if joined and _TITLE_AT_END.search(body, joined[-1][0], joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def rule_sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `body` by the rule splitter, paragraph by paragraph (not
    trimmed: see `sentence_spans`)."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(body):
        start = p_start
        for match in _BOUNDARY.finditer(body, p_start, p_end):
            before = body[start:match.start()].rstrip(".!?\"”’')] ")
            last_word = before.rsplit(None, 1)[-1] if before.strip() else ""
            if body[match.start()] == "." and (last_word in ABBREVIATIONS or
                                               (len(last_word) == 1 and last_word.isupper())):
                continue
            end = match.start() + len(match.group(0).rstrip())
            spans.append((start, end))
            start = match.end()
        spans.append((start, p_end))
    return spans


def _add(spans: list[tuple[int, int]], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
