"""Attribution: source, cue and content spans against PolNeAR gold (dev split, 84 articles).

PolNeAR (attribution/README-PolNeAR.md) annotates every attribution in US political news as
brat standoff: `Source`, `Cue` and `Content` spans joined by an `E` relation. Articles annotated
by more than one annotator are scored against the first annotation (sorted by file name).

Metrics, per span type, micro-averaged over articles:
- exact: a predicted span counts when a gold span of the same type has the same offsets;
- overlap: a predicted span counts when it overlaps a gold span of the same type (precision),
  and a gold span is found when a predicted span overlaps it (recall).
- relation (overlap only): a predicted attribution whose source and content both overlap those of
  one gold attribution (who said what, regardless of the exact words).
Before comparing, both sides are trimmed of whitespace and of edge punctuation other than
quotation marks (annotators include a trailing comma or not, inconsistently); a discontinuous
content span (a quotation split by its cue) is compared by its outer extent.
Reference: BBC Citron reports source F1 0.82 and content F1 0.59 exact / 0.83 overlap on PARC 3.0.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

NAME = "attribution"
FLOORS = {   # measured on dev minus 0.01
    "source_f1_exact": 0.691,
    "source_f1_overlap": 0.727,
    "cue_f1_exact": 0.655,
    "cue_f1_overlap": 0.711,
    "content_f1_exact": 0.504,
    "content_f1_overlap": 0.790,
    "relation_f1_overlap": 0.700,
}
KINDS = ("source", "cue", "content")
_EDGE = " \t\n,.;:"


def load_gold(split: Path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(text, {kind: [spans]}) for each article of a PolNeAR split folder."""
    articles = []
    for text_path in sorted((split / "text").glob("*.txt")):
        annotations = sorted((split / "attributions").glob(text_path.stem + "_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append((text, _read_ann(annotations[0], text)))
    return articles


def _read_ann(path: Path, text: str) -> dict[str, list]:
    """{kind: [span]} for source, cue and content, and "relation": [(source, content)] per E line."""
    spans: dict[str, list] = defaultdict(list)
    by_id: dict[str, tuple[str, tuple[int, int]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].startswith("E"):
            relations.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
        if len(fields) < 2 or not fields[0].startswith("T"):
            continue
        kind, _, offsets = fields[1].partition(" ")
        if kind.lower() not in KINDS:
            continue
        pairs = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
        span = _trim(text, min(p[0] for p in pairs), max(p[1] for p in pairs))
        if span:
            spans[kind.lower()].append(span)
            by_id[fields[0]] = (kind.lower(), span)
    for relation in relations:
        source, content = by_id.get(relation.get("Source", "")), by_id.get(relation.get("Content", ""))
        if source and content:
            spans["relation"].append((source[1], content[1]))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def predict(text: str, nlp) -> dict[str, list[tuple[int, int]]]:
    from newsledger.enrich.attribution import find_attributions

    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for attribution in find_attributions(nlp(text)):
        for kind, span in (("source", attribution.source), ("cue", attribution.cue),
                           ("content", attribution.content_span if attribution.content else None)):
            trimmed = _trim(text, *span) if span else None
            if trimmed:
                spans[kind].append(trimmed)
        source = _trim(text, *attribution.source) if attribution.source else None
        content = _trim(text, *attribution.content_span) if attribution.content else None
        if source and content:
            spans["relation"].append((source, content))
    return spans


def score(articles, nlp) -> dict[str, float]:
    counts = {(kind, mode): [0, 0, 0, 0] for kind in KINDS for mode in ("exact", "overlap")}
    relation = [0, 0, 0, 0]
    for text, gold in articles:
        predicted = predict(text, nlp)
        for kind in KINDS:
            _count(counts, kind, set(predicted.get(kind, [])), set(gold.get(kind, [])))
        _count_relations(relation, predicted.get("relation", []), gold.get("relation", []))
    results = {}
    for kind in KINDS:
        for mode in ("exact", "overlap"):
            hit_p, n_p, hit_g, n_g = counts[(kind, mode)]
            precision = hit_p / n_p if n_p else 0.0
            recall = hit_g / n_g if n_g else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            results[f"{kind}_precision_{mode}"] = precision
            results[f"{kind}_recall_{mode}"] = recall
            results[f"{kind}_f1_{mode}"] = f1
    results.update(_prf("relation", "overlap", *relation))
    return results


def _prf(kind: str, mode: str, hit_p: int, n_p: int, hit_g: int, n_g: int) -> dict[str, float]:
    precision = hit_p / n_p if n_p else 0.0
    recall = hit_g / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{kind}_precision_{mode}": precision, f"{kind}_recall_{mode}": recall, f"{kind}_f1_{mode}": f1}


def _count_relations(counts: list[int], predicted: list, gold: list) -> None:
    """A relation is found when both its source and its content overlap those of the other side."""
    def same(a, b) -> bool:
        return a[0][0] < b[0][1] and b[0][0] < a[0][1] and a[1][0] < b[1][1] and b[1][0] < a[1][1]

    counts[0] += sum(any(same(p, g) for g in gold) for p in predicted)
    counts[1] += len(predicted)
    counts[2] += sum(any(same(p, g) for p in predicted) for g in gold)
    counts[3] += len(gold)


def _count(counts, kind: str, predicted: set, gold: set) -> None:
    exact = counts[(kind, "exact")]
    exact[0] += len(predicted & gold)
    exact[1] += len(predicted)
    exact[2] += len(predicted & gold)
    exact[3] += len(gold)
    overlap = counts[(kind, "overlap")]
    overlap[0] += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in predicted)
    overlap[1] += len(predicted)
    overlap[2] += sum(any(p[0] < g[1] and g[0] < p[1] for p in predicted) for g in gold)
    overlap[3] += len(gold)


def run(corpus: Path, split: str = "dev") -> dict[str, float]:
    from newsledger.enrich.nlp import load_nlp

    return score(load_gold(corpus / "attribution" / split), load_nlp(places=False))


if __name__ == "__main__":
    import sys

    from evaluation.__main__ import CORPUS

    for metric, value in run(CORPUS, sys.argv[1] if len(sys.argv) > 1 else "dev").items():
        print(f"{metric:<32} {value:.3f}")
