"""Story clustering at scale: 10,000 articles clustered, as a share of the time a run spends on them.

The articles are real texts from the shared corpus (Google News pages, PolNeAR articles, AEB gold
bodies and UCDP report headlines, with dates spread over four months), taken as they are and as
light rewrites (every second sentence dropped), so that stories of several pages exist. Their
keys are capitalised words (no enrich stage: its cost is the baseline, not part of what is timed).
The baseline is the same run's enrich stage on 40 of the articles, scaled to 10,000: the
`cluster_percent_of_enrich` figure is clustering time over that estimate, in percent.
"""
from __future__ import annotations

import csv
import json
import time
from datetime import date, timedelta
from pathlib import Path

TOTAL = 10_000
ENRICH_SAMPLE = 40


def _texts(corpus: Path) -> list[tuple[str, str]]:
    texts = []
    for line in (corpus / "stories-googlenews" / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        texts.append((page["title"], page["text"]))
    for path in sorted((corpus / "attribution" / "train" / "text").glob("*.txt")):
        body = path.read_text(encoding="utf-8", errors="replace")
        texts.append((body.split("\n", 1)[0][:120], body))
    gold = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    texts += [("", item.get("articleBody") or "") for _, item in sorted(gold.items())]
    with (corpus / "ucdp-ukraine" / "ged-ukraine.csv").open(encoding="utf-8", errors="replace") as handle:
        for row in csv.DictReader(handle):
            for headline in row.get("source_headline", "").split(";"):
                if len(headline.split()) >= 4:
                    texts.append((headline.strip(), ""))
    return [t for t in texts if (t[0] or t[1]).strip()]


def docs(corpus: Path, total: int = TOTAL) -> list:
    from newsledger.stories.cluster import StoryDoc, _capitalised_keys

    texts = _texts(corpus)
    out = []
    start = date(2024, 1, 1)
    for n in range(total):
        title, body = texts[n % len(texts)]
        if n >= len(texts):       # a rewrite: every second sentence of the body dropped
            body = ". ".join(body.split(". ")[(n // len(texts)) % 2::2])
        day = start + timedelta(days=(n * 7919) % 120)
        out.append(StoryDoc(f"d{n}", title, body, day, frozenset(_capitalised_keys(title + "\n" + body))))
    return out


def run(corpus: Path) -> dict[str, float]:
    from newsledger.enrich import enrich_many, load_nlp
    from newsledger.enrich.gazetteer import load_gazetteer
    from newsledger.records import Article, content_id
    from newsledger.stories.cluster import cluster_docs

    items = docs(corpus)
    started = time.perf_counter()
    stories = cluster_docs(items)
    cluster_s = time.perf_counter() - started

    sample = [d for d in items if len(d.text) > 500][:ENRICH_SAMPLE]
    articles = [Article(id=content_id(d.text), source={"uri": d.id, "format": "text"}, title=d.title or None,
                        outlet=None, credited_sources=(), byline=(), published=None, language="en", body=d.text)
                for d in sample]
    nlp = load_nlp()
    load_gazetteer()
    started = time.perf_counter()
    done = sum(1 for _ in enrich_many(articles, nlp, processes=2))
    enrich_per_article = (time.perf_counter() - started) / max(done, 1)
    return {
        "articles": float(len(items)),
        "stories": float(len(stories)),
        "cluster_articles_per_s": len(items) / cluster_s,
        "enrich_articles_per_s": 1.0 / enrich_per_article,
        "cluster_percent_of_enrich": 100.0 * cluster_s / (enrich_per_article * len(items)),
    }
