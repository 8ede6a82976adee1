"""The text-dump line model's fit is reproducible, and the shipped model fits the features.

`python -m training.blocks --check` refits on every tuning dump and compares the result with the
shipped `line_model.json` byte for byte (minutes); these tests hold the properties that make that
comparison meaningful on a small share of the dumps (seconds): the same dumps give the same file,
in this process and in a fresh one.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsledger.extract.blocks import Line
from newsledger.extract.linemodel import (block_means, feature_columns, line_probabilities, load_model,
                                          stage_three_features, stage_two_features)
from newsledger.extract.text import CUT_FLAGS

ROOT = Path(__file__).resolve().parent.parent
EVERY = 40      # one tuning dump in so many: a few from each corpus


def _corpus() -> Path:
    from training.blocks import CORPUS

    if not (CORPUS / "aeb").is_dir():
        pytest.skip("shared corpus not found")
    return CORPUS


def _fitted_text() -> str:
    from training.blocks import load_pages, model_text, train

    return model_text(train(load_pages(_corpus(), EVERY), report=lambda *_: None))


@pytest.mark.slow
def test_the_same_tuning_dumps_give_the_same_model_file_here_and_in_a_fresh_process():
    first = _fitted_text()
    assert _fitted_text() == first
    script = ("import sys; from training.blocks import load_pages, model_text, train, CORPUS; "
              f"sys.stdout.write(model_text(train(load_pages(CORPUS, {EVERY}), report=lambda *_: None)))")
    fresh = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}", "PATH": "/usr/bin:/bin",
                                "OPENBLAS_NUM_THREADS": "1"})
    assert fresh.stdout == first
    model = json.loads(first)
    assert {"threshold_kept", "threshold_other", "threshold_soft_cut", "stage_one", "stage_two", "stage_three"} <= set(model)


def test_the_shipped_model_has_a_weight_for_every_feature_the_code_makes():
    lines = [Line(text=text, raw=text, index=k, block=k, indent=0, bullet=False, words=len(text.split()),
                  sentence=text.endswith("."), kind="prose" if len(text.split()) > 6 else "short")
             for k, text in enumerate(["Home | News | Sport", "A made-up headline for a test",
                                       "The council voted on Monday to open a new library in the old mill.",
                                       "It will lend books, tools and seeds from the spring of next year.",
                                       "Share this"])]
    flags = np.zeros((len(lines), len(CUT_FLAGS)))
    columns = feature_columns(lines, {2, 3}, (1, 3), flags)
    model = load_model()
    assert len(model["stage_one"]) == 2 * len(columns) - 1
    words = np.array([line.words for line in lines], float)
    two = stage_two_features(np.full(len(lines), 0.5), {2, 3}, 0.6, flags, words)
    assert len(model["stage_two"]) == two.shape[1]
    three = stage_three_features(np.full(len(lines), 0.5), {2, 3}, flags, words, np.array([line.block for line in lines], float))
    assert len(model["stage_three"]) == three.shape[1]
    assert len(line_probabilities(lines, {2, 3}, (1, 3), flags)) == len(lines)


def test_a_line_is_read_with_the_rest_of_its_blank_line_block():
    # synthetic scores: a block of three lines (0, 1, 2) and a block of one (3); weights are words + 1
    means, sizes = block_means(np.array([1.0, 1.0, 0.0, 0.2]), np.array([4.0, 4.0, 4.0, 7.0]), np.array([9.0, 9.0, 0.0, 5.0]))
    assert means.tolist() == pytest.approx([20 / 21, 20 / 21, 20 / 21, 0.2])
    assert sizes.tolist() == pytest.approx([np.log1p(3) / 3] * 3 + [np.log1p(1) / 3])
