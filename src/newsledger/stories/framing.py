"""Framing: the words each outlet chooses for the same thing, side by side.

Read from a small curated data file (data/framing.json: concept -> variants -> pattern), not
learned: what counts as "the same thing" is an editorial judgement that must be inspectable.
Words inside quotation marks are skipped, because they are the speaker's choice, not the outlet's.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from .records import FramingRow, FramingTerm, SentenceRef, Source
from .text import outlet_name

__all__ = ["load_groups", "find_framing", "quoted_spans", "fold_spellings"]

_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"")


@lru_cache(maxsize=1)
def load_groups() -> tuple[tuple[str, tuple[tuple[str, re.Pattern], ...]], ...]:
    data = json.loads(resources.files("newsledger.stories").joinpath("data/framing.json").read_text("utf-8"))
    return tuple((g["concept"], tuple((name, re.compile(p)) for name, p in g["variants"].items()))
                 for g in data["groups"])


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[re.Pattern, str], ...]:
    data = json.loads(resources.files("newsledger.stories").joinpath("data/framing.json").read_text("utf-8"))
    folds: list[tuple[re.Pattern, str]] = []
    for group in data["groups"]:
        if group.get("kind") == "place":
            names = list(group["variants"])
            folds.extend((re.compile(group["variants"][name]), names[0]) for name in names[1:])
    return tuple(folds)


def fold_spellings(text: str) -> str:
    """Place names in one spelling ("Kiev" -> "Kyiv", "Volchansk" -> "Vovchansk") for comparison."""
    for pattern, name in _folds():
        text = pattern.sub(name, text)
    return text


def quoted_spans(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(body)]


def _outside(position: int, spans: list[tuple[int, int]]) -> bool:
    return not any(start <= position < end for start, end in spans)


def _sentence_of(position: int, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    for start, end in sentences:
        if start <= position < end:
            return start, end
    return position, position


def find_framing(analyses: Sequence, sources: Mapping[str, Source] | None = None) -> tuple[FramingRow, ...]:
    """Per concept, which variants each outlet uses (outside quotes), with a first example."""
    sources = sources or {}
    rows = []
    for concept, variants in load_groups():
        found: dict[tuple[str, str], list] = defaultdict(list)
        for analysis in analyses:
            article = analysis.article
            outlet = sources[article.id].outlet if article.id in sources else outlet_name(article)
            quoted = quoted_spans(article.body)
            sentences = analysis.sentences or ()
            for name, pattern in variants:
                for match in pattern.finditer(article.body):
                    if _outside(match.start(), quoted):
                        found[(outlet, name)].append((article.id, match.start(), sentences))
        if not found:
            continue
        terms = []
        for (outlet, name), hits in sorted(found.items()):
            article_id, position, sentences = hits[0]
            start, end = _sentence_of(position, sentences)
            terms.append(FramingTerm(outlet, name, len(hits), SentenceRef(article_id, start, end)))
        rows.append(FramingRow(concept, tuple(terms), _differs(terms)))
    return tuple(sorted(rows, key=lambda r: (not r.differs, r.concept)))


def _differs(terms: list[FramingTerm]) -> bool:
    """At least two outlets, and their main choices for the concept are not the same."""
    choice: dict[str, FramingTerm] = {}
    for term in terms:
        if term.outlet not in choice or term.count > choice[term.outlet].count:
            choice[term.outlet] = term
    return len(choice) > 1 and len({t.variant for t in choice.values()}) > 1
