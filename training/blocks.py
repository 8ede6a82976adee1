"""Fit the text-dump line model (`newsledger.extract.linemodel`) on the tuning sets only.

    .venv/bin/python -m training.blocks            # fit, print leave-one-corpus-out figures, write the weights
    .venv/bin/python -m training.blocks --check    # fit, and exit 1 unless the shipped file is what it writes

Tuning corpora (../shared/corpus): `aeb` (w3m dumps), `extraction/cleaneval-dev` and
`extraction/readability` (w3m and lynx dumps). The held-out sets are never read here.

A line's label: at least half of its word 4-grams occur in the page's gold body (a line of fewer
than four words: its words occur in that order in the gold). Lines are weighted by their share of
the page's words, so that each page counts about the same, as in the AEB metric's macro average.
The three stages (see `newsledger.extract.linemodel`: the line's own shape, then the first
stage's scores around it, then the second stage's scores over its neighbours and its block) are
L2-regularised logistic regressions fitted by Newton's method (numpy, training time only), each
on the scores of the stages before it. Three thresholds: one for lines the hand rules kept, one for the lines they cut but
may take back (`text.addable`), one for the lines they rule out only by where they stand
(`text.soft_cut`: above what was taken for the headline, a repeat). The
triple is the one with the best mean leave-one-corpus-out F1 (fit on two corpora, score the third
with the AEB metric) among those that keep AEB, fitted on all three, at the issue's 0.915 plus a
small margin (choosing down to the CI floor let AEB fall from 0.914 to 0.908 at 88e5fd9): CleanEval's gold keeps all running text of a page and AEB's only the article, so adding
lines the hand rules cut helps the first and costs the second. The shipped model is fitted on
all three.

The fit is deterministic: dumps are read in sorted order, Newton's method starts from zeros, BLAS
runs on one thread (`training/__init__.py`) and the weights are rounded to five decimals, so the
shipped `line_model.json` is byte for byte what this script writes from the code it ships with
(`--check` says whether it is; a change to the hand rules or the features needs a refit).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from evaluation.extraction import counted_scores, prf, shingle_counts
from newsledger.extract.linemodel import kept_share, line_features, stage_three_features, stage_two_features
from newsledger.extract.text import addable, cut_flags, hand_selection, read_lines, soft_cut

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "extract" / "data" / "line_model.json"
THRESHOLDS = [(keep, add, soft) for keep in (0.05, 0.15, 0.25) for add in (0.3, 0.4, 0.5, 0.6)
              for soft in (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)]
AEB_FLOOR = 0.915 + 0.002  # issue 9: AEB dumps not below 0.915 (its figure at 86ed3a1), and a margin
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    corpus: str
    gold_shingles: Counter
    line_tokens: list
    lines: list
    kept: set
    region: tuple
    excluded: set
    soft: set
    flags: np.ndarray
    labels: np.ndarray
    weights: np.ndarray
    features: np.ndarray


def _dumps(corpus: Path, every: int = 1):
    """(corpus name, gold body, dump path) of the tuning dumps, in a fixed order; `every` > 1 keeps
    every so many of them (a quick fit for tests)."""
    for k, item in enumerate(_all_dumps(corpus)):
        if k % every == 0:
            yield item


def _all_dumps(corpus: Path):
    aeb = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(aeb.items()):
        path = corpus / "aeb" / "dumps" / f"{key}.txt"
        if path.exists():
            yield "aeb", item.get("articleBody") or "", path
    for name in ("cleaneval-dev", "readability"):
        folder = corpus / "extraction" / name
        gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for key, item in sorted(gold.items()):
            for kind in ("w3m", "lynx"):
                path = folder / f"dumps-{kind}" / f"{key}.txt"
                if path.exists():
                    yield name, item.get("articleBody") or "", path


def _label(text: str, gold_shingles: set, gold_joined: str) -> float:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return 0.0
    if len(tokens) < 4:
        return 1.0 if f" {' '.join(tokens)} " in gold_joined else 0.0
    grams = [tuple(tokens[i:i + 4]) for i in range(len(tokens) - 3)]
    return 1.0 if sum(g in gold_shingles for g in grams) / len(grams) >= 0.5 else 0.0


def _scores(page: Page, chosen: list[int]) -> tuple[float, float, float]:
    """`shingle_scores` of the page's gold and the body made of the lines `chosen`, from the tokens
    counted once per page (a body's tokens are its lines' tokens in order: no `\\w+` run crosses
    the blank line that joins them)."""
    return counted_scores(page.gold_shingles, shingle_counts([token for i in chosen for token in page.line_tokens[i]]))


def load_pages(corpus: Path, every: int = 1) -> list[Page]:
    pages = []
    for name, gold, path in _dumps(corpus, every):
        lines = read_lines(path.read_bytes().decode("utf-8", errors="replace"))
        if not lines:
            continue
        hand = hand_selection(lines)
        gold_tokens = _TOKEN.findall(gold)
        gold_counts = shingle_counts(gold_tokens)
        shingles = set(gold_counts)
        joined = f" {' '.join(gold_tokens)} "
        labels = np.array([_label(line.text, shingles, joined) for line in lines])
        line_tokens = [_TOKEN.findall(line.text) for line in lines]
        sizes = np.array([len(tokens) + 1.0 for tokens in line_tokens])
        weights = sizes / sizes.sum() * 100.0     # each page weighs the same
        flags = cut_flags(lines, hand)
        excluded = {line.index for line in lines if line.index not in hand.kept} - addable(lines, hand, flags)
        soft = {int(i) for i in np.flatnonzero(soft_cut(flags))} & excluded
        features = line_features(lines, set(hand.kept), (hand.start, hand.end), flags)
        pages.append(Page(name, gold_counts, line_tokens, lines,
                          set(hand.kept), (hand.start, hand.end), excluded, soft, flags, labels, weights, features))
    return pages


def fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, steps: int = 25) -> np.ndarray:
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0                                  # no penalty on the bias
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        gradient = x.T @ (w * (p - y)) + penalty * beta
        hessian = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def _stage_two(page: Page, one: np.ndarray) -> np.ndarray:
    return stage_two_features(_sigmoid(page.features @ one), page.kept, kept_share(page.lines, page.kept), page.flags,
                              np.array([line.words for line in page.lines], dtype=float))


def _stage_three(page: Page, one: np.ndarray, two: np.ndarray) -> np.ndarray:
    return stage_three_features(_sigmoid(_stage_two(page, one) @ two), page.kept, page.flags,
                                np.array([line.words for line in page.lines], dtype=float),
                                np.array([line.block for line in page.lines], dtype=float))


Stages = tuple[np.ndarray, np.ndarray, np.ndarray]


def fit(pages: list[Page]) -> Stages:
    """The three stages' weights, each stage fitted on the scores of the stages before it."""
    x = np.vstack([p.features for p in pages])
    y = np.concatenate([p.labels for p in pages])
    w = np.concatenate([p.weights for p in pages])
    one = fit_logistic(x, y, w)
    x2 = np.vstack([_stage_two(p, one) for p in pages])
    two = fit_logistic(x2, y, w)
    x3 = np.vstack([_stage_three(p, one, two) for p in pages])
    three = fit_logistic(x3, y, w)
    return one, two, three


def probabilities(page: Page, stages: Stages) -> np.ndarray:
    one, two, three = stages
    return _sigmoid(_stage_three(page, one, two) @ three)


def body(page: Page, probs: np.ndarray, thresholds: tuple[float, float, float]) -> list[int]:
    """The lines kept at (threshold for a line the hand rules kept, for a line they may take back,
    for a line they rule out only by where it stands); no other line."""
    keep, add, soft = thresholds

    def threshold(index: int) -> float:
        if index in page.kept:
            return keep
        if index not in page.excluded:
            return add
        return soft if index in page.soft else 2.0

    return [line.index for line, p in zip(page.lines, probs) if p >= threshold(line.index)]


def scores_by_threshold(pages: list[Page], stages: Stages) -> dict[tuple, float]:
    """Each threshold triple's F1 over `pages`. Most triples keep the same lines of a page as
    another one does: a page's body is scored once for each set of lines kept."""
    probs = [probabilities(p, stages) for p in pages]
    scored: list[dict[tuple[int, ...], tuple[float, float, float]]] = [{} for _ in pages]

    def scores(k: int, chosen: list[int]) -> tuple[float, float, float]:
        key = tuple(chosen)
        if key not in scored[k]:
            scored[k][key] = _scores(pages[k], chosen)
        return scored[k][key]

    return {t: prf([scores(k, body(p, pr, t)) for k, (p, pr) in enumerate(zip(pages, probs))])["f1"]
            for t in THRESHOLDS}


def hand_f1(pages: list[Page]) -> float:
    return prf([_scores(p, sorted(p.kept)) for p in pages])["f1"]


def train(pages: list[Page], report=print) -> dict:
    """The model file's content fitted on `pages`: thresholds chosen leave-one-corpus-out (see the
    module docstring), weights fitted on every page."""
    corpora = sorted({p.corpus for p in pages})
    report(f"{len(pages)} dumps from {', '.join(corpora)}")
    loco: dict[str, dict[tuple, float]] = {}
    for held in corpora:
        train_pages = [p for p in pages if p.corpus != held]
        test = [p for p in pages if p.corpus == held]
        loco[held] = scores_by_threshold(test, fit(train_pages))
        best = max(loco[held], key=loco[held].get)
        report(f"  leave out {held:<14} hand rules F1 {hand_f1(test):.3f}  best model F1 {loco[held][best]:.3f} at {best}")
    stages = fit(pages)
    inside = {c: scores_by_threshold([p for p in pages if p.corpus == c], stages) for c in corpora}
    for t in THRESHOLDS:
        report(f"  {t}: LOCO " + " ".join(f"{loco[c][t]:.3f}" for c in corpora)
               + f"  mean {sum(loco[c][t] for c in corpora) / len(corpora):.4f}"
               + "  fitted on all: " + " ".join(f"{inside[c][t]:.3f}" for c in corpora))
    # the best mean leave-one-corpus-out F1 among the thresholds that keep AEB (fitted on all) at its floor
    # (none does: those with AEB's best figure)
    aeb = inside.get("aeb", {})
    allowed = [t for t in THRESHOLDS if aeb.get(t, 1.0) >= AEB_FLOOR] or [
        t for t in THRESHOLDS if aeb[t] >= max(aeb.values()) - 0.0005]
    threshold = max(allowed, key=lambda t: sum(loco[c][t] for c in corpora))
    mean = sum(loco[c][threshold] for c in corpora) / len(corpora)
    report(f"thresholds {threshold}: leave-one-corpus-out F1 " + ", ".join(f"{c} {loco[c][threshold]:.4f}" for c in corpora)
           + f", mean {mean:.4f}")
    return {"about": "newsledger text-dump line model; fitted by training/blocks.py on aeb, cleaneval-dev and "
                     "readability dumps only",
            "threshold_kept": threshold[0], "threshold_other": threshold[1], "threshold_soft_cut": threshold[2],
            **{f"stage_{name}": [round(float(v), 5) for v in weights]
               for name, weights in zip(("one", "two", "three"), stages)}}


def model_text(model: dict) -> str:
    """The model file as written (and as `--check` compares it)."""
    return json.dumps(model, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = model_text(train(load_pages(CORPUS)))
    if "--check" in args:
        shipped = OUTPUT.read_text(encoding="utf-8")
        if shipped == text:
            print(f"{OUTPUT} is what training writes")
            return 0
        ours, theirs = json.loads(text), json.loads(shipped)
        for key in ours:
            if ours[key] != theirs.get(key):
                print(f"differs: {key}")
        print(f"{OUTPUT} is NOT what training writes: refit with python -m training.blocks")
        return 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
