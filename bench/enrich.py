"""Enrichment throughput: articles per second for full `enrich_many` on 2 processes, over the AEB
gold article bodies, and the ratio to spaCy's bare `nlp.pipe` (same model, one process) over the
same texts in the same run. Loading the pipeline and the gazetteer is not timed.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

LIMIT = 80          # articles: enough for a stable rate, short enough for a shared machine


def _articles(corpus: Path):
    from newsledger.records import Article, content_id, normalise_body

    gold = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    articles = []
    for key, item in sorted(gold.items())[:LIMIT]:
        body = normalise_body(item.get("articleBody") or "")
        if body:
            articles.append(Article(id=content_id(body), source={"uri": key, "format": "html"}, title=None,
                                    outlet=None, credited_sources=(), byline=(), published=None,
                                    language="en", body=body))
    return articles


def run(corpus: Path) -> dict[str, float]:
    import spacy

    from newsledger.enrich import enrich_many, load_nlp
    from newsledger.enrich.gazetteer import load_gazetteer
    from newsledger.enrich.nlp import MODEL

    articles = _articles(corpus)
    texts = [a.body for a in articles]
    bare = spacy.load(MODEL)
    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=16):
        pass
    bare_rate = len(texts) / (time.perf_counter() - started)

    nlp = load_nlp()
    load_gazetteer()
    started = time.perf_counter()
    done = sum(1 for _ in enrich_many(articles, nlp, processes=2))
    full_rate = done / (time.perf_counter() - started)
    return {
        "articles": float(len(articles)),
        "spacy_pipe_articles_per_s": bare_rate,
        "enrich_2proc_articles_per_s": full_rate,
        "enrich_to_spacy_ratio": full_rate / bare_rate,
    }
