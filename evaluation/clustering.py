"""Story clustering against UCDP GED: headlines of the reports behind one event are one cluster.

Each UCDP row lists the headlines (and dates) of the news reports behind one coded event. We take
a deterministic sample of events, treat every headline as a document dated by its report, cluster
all of them with the product's clustering (`newsledger.stories.cluster`) and score the grouping
with B-cubed precision / recall / F1 against the event grouping. A headline text that backs
several sampled events is left out (it cannot belong to one gold cluster). Two thirds of the sample are events backed by two or more usable headlines
(else recall is trivially high: most UCDP events have one report). UCDP events are finer
than stories (one attack vs. a campaign), so we also report the same figures with a one-week
window (`event_*`), the setting for grouping reports of one event.

`seeds_one_story` is 1.0 when the two seed pages (six weeks apart, two outlets, one story) land in
one story, and `seeds_apart_from_others` is 1.0 when no UCDP headline joins them.
"""
from __future__ import annotations

import csv
import random
import re
from collections import Counter
from datetime import date
from pathlib import Path

from newsledger.stories.cluster import ClusterOptions, StoryDoc, cluster_docs, doc_from_analysis

NAME = "clustering"
# measured 2026-11-21 (story settings P 0.442 R 0.718 F1 0.547; event settings F1 0.785), minus 0.01
FLOORS = {
    "bcubed_f1": 0.537,
    "bcubed_precision": 0.432,
    "bcubed_recall": 0.708,
    "event_bcubed_f1": 0.775,
    "event_bcubed_precision": 0.880,
    "seeds_one_story": 0.99,
    "seeds_apart_from_others": 0.99,
}
SAMPLE = 300
SEED = 20240912
EVENT_OPTIONS = ClusterOptions(threshold=0.45, window_days=3.0, decay_days=3.0)


def _rows(corpus: Path) -> list[dict[str, str]]:
    path = corpus / "ucdp-ukraine" / "ged-ukraine.csv"
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row.get("source_headline", "").strip()]


def _day(report_date: str, event_start: str) -> date | None:
    """The report's ISO date when given, else the event's start (UCDP writes it month first)."""
    try:
        return date.fromisoformat(report_date.strip()[:10])
    except ValueError:
        pass
    match = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", event_start.strip())
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _usable(headline: str) -> bool:
    """UCDP sometimes writes only a place name or "-" where the headline should be."""
    return len(headline.split()) >= 3


def headline_docs(corpus: Path, sample: int = SAMPLE) -> tuple[list[StoryDoc], list[str]]:
    """Documents (one per headline) and their gold event ids, deterministic."""
    several, single = [], []
    for row in _rows(corpus):
        count = sum(_usable(h) for h in row["source_headline"].split(";"))
        (several if count > 1 else single if count == 1 else []).append(row)
    rng = random.Random(SEED)
    take = min(sample * 2 // 3, len(several))
    rows = rng.sample(several, take) + rng.sample(single, min(sample - take, len(single)))
    pairs = []
    for row in rows:
        headlines = row["source_headline"].split(";")
        dates = row.get("source_date", "").split(";")
        for n, headline in enumerate(headlines):
            if _usable(headline):
                pairs.append((headline.strip(), dates[n] if n < len(dates) else "", row))
    uses = Counter(text for text, _, _ in pairs)
    docs, gold = [], []
    for n, (text, day, row) in enumerate(pairs):
        if uses[text] > 1 and len({r["id"] for t, _, r in pairs if t == text}) > 1:
            continue
        docs.append(StoryDoc(f"h{n}", text, "", _day(day, row["date_start"]),
                             doc_from_text_keys(text)))
        gold.append(row["id"])
    return docs, gold


def doc_from_text_keys(text: str) -> frozenset[str]:
    """Headlines carry no analysis: actors and places are their capitalised words."""
    from newsledger.stories.cluster import _capitalised_keys

    return frozenset(_capitalised_keys(text))


def bcubed(predicted: list[int], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a flat clustering (labels per item)."""
    by_pred: dict[int, list[int]] = {}
    by_gold: dict[str, list[int]] = {}
    for i, (p, g) in enumerate(zip(predicted, gold)):
        by_pred.setdefault(p, []).append(i)
        by_gold.setdefault(g, []).append(i)
    precision = recall = 0.0
    for i, (p, g) in enumerate(zip(predicted, gold)):
        same_pred, same_gold = by_pred[p], by_gold[g]
        both = sum(1 for j in same_pred if gold[j] == g)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    n = len(gold) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _labels(clusters: list[list[int]], n: int) -> list[int]:
    labels = [0] * n
    for label, members in enumerate(clusters):
        for index in members:
            labels[index] = label
    return labels


def _seed_docs(corpus: Path) -> list[StoryDoc]:
    from newsledger.extract import extract
    from newsledger.ingest.files import read_file
    from newsledger.records import Rejection

    docs = []
    for path in sorted((corpus / "seeds").glob("*.txt")):
        raw = read_file(path)      # as `ingest` reads them: the file's save time bounds a yearless dateline
        article = extract(raw) if not isinstance(raw, Rejection) else raw
        if hasattr(article, "body"):
            docs.append(doc_from_analysis(_analyse(article)))
    return docs


def _analyse(article):
    try:
        from newsledger.stories.pipeline import analyse

        return analyse(article)
    except ImportError:
        return article


def run(corpus: Path) -> dict[str, float]:
    docs, gold = headline_docs(corpus)
    results: dict[str, float] = {"documents": float(len(docs)), "events": float(len(set(gold)))}
    for prefix, opts in (("", ClusterOptions()), ("event_", EVENT_OPTIONS)):
        labels = _labels(cluster_docs(docs, opts), len(docs))
        p, r, f = bcubed(labels, gold)
        results.update({f"{prefix}bcubed_precision": p, f"{prefix}bcubed_recall": r, f"{prefix}bcubed_f1": f})
    seeds = _seed_docs(corpus)
    together = cluster_docs(seeds + docs)
    seed_clusters = [c for c in together if any(i < len(seeds) for i in c)]
    results["seeds_one_story"] = float(len(seeds) == 2 and len(seed_clusters) == 1)
    results["seeds_apart_from_others"] = float(all(all(i < len(seeds) for i in c) for c in seed_clusters))
    return results
