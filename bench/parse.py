"""Where the CPU of an article's analysis goes (issue 13 item 4): the parser pipeline component by
component, the enrich finders and the events coder, as CPU seconds per article and as shares of
the whole, over NEWSLEDGER_BENCH_PAGES AEB gold bodies (default 60), each stage's best of
NEWSLEDGER_BENCH_REPEATS passes (default 2). The bodies are parsed as the workers parse them:
groups of at most `pipeline.PARSE_CHARS` characters, in a memory zone per batch of 8.

Also the most a relevance gate could spare without touching the entity recogniser: the share of
words in the parser's sentences that hold no claim, event or quantity cue (no reporting or stance
verb of the attribution lexicon, no number, no quotation mark, no act of war `events.cues` names),
times the share of the components that make the parse (token vectors, tagger, parser, attribute
ruler). The entities, the places and the sentence spans are read from every sentence, so the
recogniser and the tokenizer are spent on every word whatever the gate.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .enrich import _articles

_QUOTES = frozenset("\"“”")
_PARSE = ("tok2vec", "tagger", "parser", "attribute_ruler")


def _cued(sentence: Any, lemma: Callable[[Any], str], cues: frozenset[str], names_an_act: Callable[[str], bool]) -> bool:
    """Whether a parsed sentence holds a claim, event or quantity cue (see the module docstring)."""
    return any(t.like_num or t.text in _QUOTES or (t.pos_ in ("VERB", "AUX") and lemma(t) in cues) for t in sentence) \
        or names_an_act(sentence.text)


def _one_pass(nlp: Any, articles: list, spent: dict[str, float]) -> tuple[int, int]:
    """Parse, enrich and code `articles` once, adding each stage's CPU seconds to `spent`; the words
    of all sentences and of the cued ones."""
    from newsledger.enrich.attribution_lexicon import CUE_LEMMAS
    from newsledger.enrich.nlp import lemma, with_texts
    from newsledger.enrich.pipeline import PARSE_CHARS, enrich_doc, memory_zone
    from newsledger.events import with_events
    from newsledger.events.cues import names_an_act

    words = cued = 0
    clock = time.process_time
    for first in range(0, len(articles), 8):
        batch = articles[first: first + 8]
        analyses = []
        with memory_zone(nlp):
            groups: list[list] = [[]]
            for article in batch:
                if groups[-1] and sum(len(a.body) for a in groups[-1]) + len(article.body) > PARSE_CHARS:
                    groups.append([])
                groups[-1].append(article)
            for group in groups:
                started = clock()
                docs = [nlp.make_doc(a.body) for a in group]
                spent["tokenizer"] = spent.get("tokenizer", 0.0) + clock() - started
                for name, proc in nlp.pipeline:
                    started = clock()
                    docs = list(proc.pipe(docs, batch_size=len(docs))) if hasattr(proc, "pipe") \
                        else [proc(doc) for doc in docs]
                    spent[name] = spent.get(name, 0.0) + clock() - started
                with_texts(docs, [a.body for a in group])
                started = clock()
                analyses += [enrich_doc(a, doc) for a, doc in zip(group, docs, strict=True)]
                spent["enrich finders"] = spent.get("enrich finders", 0.0) + clock() - started
                for doc in docs:
                    for sentence in doc.sents:
                        count = sum(1 for t in sentence if not (t.is_punct or t.is_space))
                        words += count
                        cued += count if _cued(sentence, lemma, CUE_LEMMAS, names_an_act) else 0
                del docs
        started = clock()
        for analysis in analyses:
            with_events(analysis)
        spent["events coder"] = spent.get("events coder", 0.0) + clock() - started
    return words, cued


def run(corpus: Path) -> dict[str, float]:
    from newsledger.enrich.gazetteer import load_gazetteer
    from newsledger.enrich.nlp import load_nlp
    from newsledger.enrich.pipeline import _warm_up
    from newsledger.events import with_events

    count = int(os.environ.get("NEWSLEDGER_BENCH_PAGES", "60"))
    repeats = int(os.environ.get("NEWSLEDGER_BENCH_REPEATS", "2"))
    articles = _articles(corpus)[:count]
    nlp = load_nlp()
    load_gazetteer()
    _warm_up(nlp, with_events)
    best: dict[str, float] = {}
    words = cued = 0
    for _ in range(max(1, repeats)):
        spent: dict[str, float] = {}
        words, cued = _one_pass(nlp, articles, spent)
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in spent.items()}
    total = sum(best.values())
    parse = sum(best.get(name, 0.0) for name in _PARSE)
    figures: dict[str, float] = {"articles": float(len(articles)), "analysis, CPU s per article": total / len(articles)}
    for name, seconds in best.items():
        figures[f"share of the analysis's CPU: {name.removeprefix('newsledger_')}"] = seconds / total
    figures["words in sentences with a cue, share"] = cued / max(words, 1)
    figures["most a sentence gate spares, share of CPU"] = (1 - cued / max(words, 1)) * parse / total
    return figures
