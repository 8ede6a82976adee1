"""A fitted line classifier for text dumps: shallow features in sequence, three logistic stages.

As boilerpipe, jusText and Dragnet did for HTML blocks, each logical line of a dump (see
`blocks.logical_lines`) is described by shallow features - its length, punctuation, stop-word,
capital, digit and link-marker densities, its position, the kind `blocks.classify` gave it,
whether the hand-written region finder (`main_region`/`core_segment`/`text._select_body`) kept it,
the same densities over its neighbours (link markers and stop words over two and six lines
either side) and the shape of the line before and the line after. A first logistic model scores
every line; a second one sees those scores over a window of neighbours (a line between two kept
paragraphs is likely article text, a lone sentence inside a menu is not) and whether the line lies
in the run of lines the first model places the article in (`best_run`), and gives a second
score. A third one smooths those scores over the line's neighbours and its blank-line block
(`stage_three_features`), and gives the final probability.

The weights are in `data/line_model.json`, fitted by `training/blocks.py` on the tuning sets
only (AEB dumps, CleanEval dev and Readability's pages, w3m and lynx dumps), with the threshold
chosen leave-one-corpus-out. Run time is numpy: a few vector operations per page.
"""
from __future__ import annotations

import json
import operator
import re
from functools import lru_cache
from importlib import resources

import numpy as np

from .blocks import Line

__all__ = ["line_features", "feature_columns", "stage_two_features", "stage_three_features", "block_means",
           "line_probabilities", "load_model", "kept_share", "KINDS",
           "NOT_ASCII", "cased_letters"]

KINDS = ("prose", "short", "trigger", "terminal", "promo", "caption", "item", "comment", "ticker", "empty")
_STOP = frozenset(
    "the of and to in is that for it was on with as by at from he said a an be are has have had not this "
    "le la les de des et est un une du dans pour que qui pas sur au avec "
    "der die das und ist nicht ein eine zu den von mit sich auf für dem "
    "el los las y en por con para del se es al il di che per della sono nel "
    "o os as em um uma do da não no na "
    "и в не на что с по это как из он к а за но от і що з та це до він у але від".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT = re.compile(r"[.,;:!?]")
_MARKERS = re.compile(r"\[[^\]]{0,40}\]|[|»›«‹>]|_{3,}")
_BOX = re.compile(r"[\u2500-\u259f]")
_FOLDED_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
# capitals "A", small letters "a", every other byte a space: the ASCII letters with a case
_LETTER_CASES = bytes(65 if 65 <= c <= 90 else 97 if 97 <= c <= 122 else 32 for c in range(256))
_ASCII_STOP = frozenset(word.encode("ascii") for word in _STOP if word.isascii())
_MARKER_START = re.compile(r"[\[|»›«‹>_]")      # a character every _MARKERS match starts with
_NEIGHBOURS = (1, 3, 8)


def _shape(line: Line) -> tuple[float, ...]:
    """The per-line counts the features are made of (the only per-line Python work)."""
    text = line.text
    words = max(1, line.words)
    if text.isascii():
        # most lines: the same counts from byte tables (no string per word): _WORD's words are the
        # runs of letters, folded to lower case; one opens with a capital where " A" or the start
        # of the text is "A" once capitals are "A", small letters "a" and the rest spaces
        data = text.encode("ascii")
        folded = data.translate(_FOLDED_LETTERS).split()
        n_tokens = max(1, len(folded))
        stops = sum(map(_ASCII_STOP.__contains__, folded))
        cases = data.translate(_LETTER_CASES)
        capitals = cases.count(b" A") + (cases[:1] == b"A")
        digits = len(data) - len(data.translate(None, b"0123456789"))
        punctuation = len(data) - len(data.translate(None, b".,;:!?"))     # _PUNCT
        box = 0.0
    else:
        tokens = _WORD.findall(text)
        n_tokens = max(1, len(tokens))
        stops = sum(map(_STOP.__contains__, map(str.casefold, tokens)))
        capitals = sum(map(str.isupper, (t[0] for t in tokens)))
        digits = sum(map(str.isdigit, text))
        punctuation = len(_PUNCT.findall(text))
        box = 1.0 if _BOX.search(text) else 0.0
    return (
        line.words,
        1.0 if line.sentence else 0.0,
        min(1.0, punctuation / words),
        stops / n_tokens,
        capitals / n_tokens,
        min(1.0, digits / max(1, len(text)) * 4),
        min(1.0, len(_MARKERS.findall(text)) / words * 2) if _MARKER_START.search(text) else 0.0,
        box,
        1.0 if line.bullet else 0.0,
        min(line.indent, 8) / 8,
        1.0 if line.repeats > 1 else 0.0,
        1.0 if text[:1].islower() else 0.0,
        1.0 if line.kind == "prose" else 0.0,
        line.block,
        _KIND_INDEX.get(line.kind, 1),
    )


_KIND_INDEX = {kind: k for k, kind in enumerate(KINDS)}
NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_PUNCT_BYTES = np.zeros(256, dtype=bool)
_PUNCT_BYTES[list(b".,;:!?")] = True
_UPPER_BYTES = np.frombuffer(_LETTER_CASES, dtype=np.uint8) == 65
_DIGIT_BYTES = np.zeros(256, dtype=bool)
_DIGIT_BYTES[48:58] = True
_LOWER_BYTES = np.frombuffer(_LETTER_CASES, dtype=np.uint8) == 97


def cased_letters(text: str) -> tuple[int, int]:
    """How many letters of `text` have a case, and how many of them are capitals. Counted by bytes
    for the ASCII characters (`_LETTER_CASES`), one at a time for the others (few in most lines:
    quotation marks and dashes)."""
    data = text.encode("ascii", "ignore")
    cases = data.translate(_LETTER_CASES)
    upper = cases.count(b"A")
    cased = upper + cases.count(b"a")
    if len(data) < len(text):
        for ch in NOT_ASCII.findall(text):
            if ch.isalpha() and ch.upper() != ch.lower():
                cased += 1
                upper += ch.isupper()
    return cased, upper


def _plain(text: str) -> bool:
    """True when the letters and digits of `text` are all ASCII (its other characters, quotation
    marks and dashes, are neither): its counts in `_shape` are then those of its ASCII bytes with
    every other character read as a space."""
    return text.isascii() or _NOT_ASCII_ALNUM.search(text) is None


_NOT_ASCII_ALNUM = re.compile(r"[^\W\x00-\x7f]")     # `str.isalnum` (\\w less the underscore), not ASCII


class _KindIndex(dict):
    def __missing__(self, kind: str) -> int:
        return 1                                     # as "short"


_KIND_COLUMN = _KindIndex(_KIND_INDEX)


# Lines whose shapes are counted together: the byte-wise counts hold several arrays the size of the
# text (a line index per byte, the words split out), so a page of thousands of long lines is read a
# slice at a time and the memory stays a small multiple of one slice, not of the page.
_SHAPE_SLICE = 256


def _shapes(lines: list[Line]) -> np.ndarray:
    """`_shape` of every line, one row each (see `_slice_shapes`), a slice of lines at a time."""
    if len(lines) <= _SHAPE_SLICE:
        return _slice_shapes(lines)
    return np.vstack([_slice_shapes(lines[k:k + _SHAPE_SLICE]) for k in range(0, len(lines), _SHAPE_SLICE)])


def _slice_shapes(lines: list[Line]) -> np.ndarray:
    """`_shape` of every line, one row each. The counts of the lines `_plain` can read are made for
    all of them at once over their bytes (words are runs of letters, a capital opens a word), so
    that the work left per line is a few attribute reads; the other lines go through `_shape`."""
    total = len(lines)
    shapes = np.zeros((total, 15))

    def column(attribute: str) -> np.ndarray:
        return np.fromiter(map(operator.attrgetter(attribute), lines), dtype=float, count=total)

    shapes[:, 0], shapes[:, 1], shapes[:, 8] = column("words"), column("sentence"), column("bullet")
    shapes[:, 9] = np.minimum(column("indent"), 8) / 8
    shapes[:, 10], shapes[:, 13] = column("repeats") > 1, column("block")
    kinds = list(map(operator.attrgetter("kind"), lines))
    shapes[:, 12] = np.fromiter(map("prose".__eq__, kinds), dtype=float, count=total)
    shapes[:, 14] = np.fromiter(map(_KIND_COLUMN.__getitem__, kinds), dtype=float, count=total)
    texts = list(map(operator.attrgetter("text"), lines))
    for k, text in enumerate(texts):
        if _MARKER_START.search(text):
            shapes[k, 6] = min(1.0, len(_MARKERS.findall(text)) / max(1, lines[k].words) * 2)
    if "\n".join(texts).isascii():
        plain = list(range(total))
    else:
        plain = []
        for k, text in enumerate(texts):
            if text.isascii():
                plain.append(k)
            elif _plain(text):
                plain.append(k)
                shapes[k, 7] = 1.0 if _BOX.search(text) else 0.0
            else:
                shapes[k] = _shape(lines[k])
    if not plain:
        return shapes
    joined = "\n".join([texts[k] for k in plain]) + "\n"
    if joined.isascii():
        data = joined.encode("ascii")
        codes = np.frombuffer(data, dtype=np.uint8)
    else:                                            # every other character read as a space, one for one
        points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = np.where(points < 128, points, 32).astype(np.uint8)
        data = codes.tobytes()
    ends = np.flatnonzero(codes == 10)               # where each line ends (10: the joins)
    firsts = np.concatenate(([0], ends[:-1] + 1))
    owner = np.repeat(np.arange(len(plain)), ends - firsts + 1)     # the line of each byte
    folded = data.translate(_FOLDED_LETTERS)
    letters = np.frombuffer(folded, dtype=np.uint8) != 32
    starts = letters.copy()                          # the first letter of each word
    starts[1:] &= ~letters[:-1]
    count = len(plain)
    word_owner = owner[starts]
    tokens = np.maximum(1, np.bincount(word_owner, minlength=count))
    stops = np.bincount(word_owner, weights=np.fromiter(map(_ASCII_STOP.__contains__, folded.split()), dtype=bool,
                                                        count=len(word_owner)), minlength=count)
    capitals = np.bincount(owner[starts & _UPPER_BYTES[codes]], minlength=count)
    digits = np.bincount(owner[_DIGIT_BYTES[codes]], minlength=count)
    punctuation = np.bincount(owner[_PUNCT_BYTES[codes]], minlength=count)
    rows = np.array(plain)
    shapes[rows, 2] = np.minimum(1.0, punctuation / np.maximum(1.0, shapes[rows, 0]))
    shapes[rows, 3] = stops / tokens
    shapes[rows, 4] = capitals / tokens
    shapes[rows, 5] = np.minimum(1.0, digits / np.maximum(1, ends - firsts) * 4)
    shapes[rows, 11] = _LOWER_BYTES[codes[firsts]] & (ends > firsts)
    return shapes


def _running_sums(values: np.ndarray) -> np.ndarray:
    """0 then the cumulative sums of `values`: a window's sum is the difference of two of them, so
    that one cumulative sum serves every window over the same values."""
    return np.concatenate(([0.0], np.cumsum(values)))


def _window_mean(sums: np.ndarray, radius: int, side: int) -> np.ndarray:
    """Mean of the values over the `radius` lines before (side -1) or after (side 1) each line
    (`sums`: their `_running_sums`)."""
    low, high, count, divisor = _window_bounds(len(sums) - 1, radius, side)
    return np.where(count > 0, (sums[high] - sums[low]) / divisor, 0.0)


def _window_sum(sums: np.ndarray, radius: int) -> np.ndarray:
    """Sum of the values over each line and the `radius` lines either side of it (`sums`: their
    `_running_sums`)."""
    low, high, _, _ = _window_bounds(len(sums) - 1, radius, 0)
    return sums[high] - sums[low]


# the most lines of a page whose window bounds are kept for the next page of its length: a news page has a
# few hundred; the bounds of a page of many thousands would outlive it (four arrays per window kept)
_SHARED_BOUNDS_LINES = 2_000


def _window_bounds(total: int, radius: int, side: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """First and one-past-last line of the window of `radius` lines before (side -1), after (side 1)
    or either side of and at (side 0) each of `total` lines, its lines, and those at least one."""
    if total <= _SHARED_BOUNDS_LINES:
        return _shared_window_bounds(total, radius, side)
    return _make_window_bounds(total, radius, side)


@lru_cache(maxsize=64)
def _shared_window_bounds(total: int, radius: int, side: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`_make_window_bounds`, made once and shared by every page of `total` lines (`lru_cache`), so
    read-only: a write in place would change every later page's features."""
    bounds = _make_window_bounds(total, radius, side)
    for array in bounds:
        array.flags.writeable = False
    return bounds


def _make_window_bounds(total: int, radius: int, side: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    index = np.arange(total)
    if side < 0:
        low, high = np.maximum(0, index - radius), index
    elif side > 0:
        low, high = index + 1, np.minimum(total, index + 1 + radius)
    else:
        low, high = np.maximum(0, index - radius), np.minimum(total, index + radius + 1)
    count = high - low
    return low, high, count, np.maximum(count, 1)


def _distance_to_kept(inside: np.ndarray) -> np.ndarray:
    """Lines between each line and the nearest line the hand rules kept (the page length when none)."""
    total = len(inside)
    positions = np.flatnonzero(inside)
    if not len(positions):
        return np.full(total, float(total))
    index = np.arange(total)
    after = np.searchsorted(positions, index)
    nearest_after = np.where(after < len(positions), positions[np.minimum(after, len(positions) - 1)] - index, total)
    nearest_before = np.where(after > 0, index - positions[np.maximum(after - 1, 0)], total)
    return np.minimum(nearest_after, nearest_before).astype(float)


def _shift(values: np.ndarray, by: int) -> np.ndarray:
    """values[i - by] at i (zero where that falls off the page)."""
    out = np.zeros_like(values)
    if by > 0:
        out[by:] = values[:-by]
    else:
        out[:by] = values[-by:]
    return out


def line_features(lines: list[Line], kept: set[int], region: tuple[int, int], flags: np.ndarray) -> np.ndarray:
    """Stage-one features of every line (one row per line): its own shape, where it sits relative
    to what the hand rules kept, the prose density around it and the hand rules' reasons against
    it (`flags`, see `text.cut_flags`); then every one of them but the bias again, times the share
    of the page's words the hand rules kept, so that the weight of each piece of evidence depends
    on whether the page is mostly article (keep when unsure) or mostly furniture (cut)."""
    columns = feature_columns(lines, kept, region, flags)
    share = kept_share(lines, kept)
    return np.column_stack(columns + [column * share for column in columns[1:]])


def feature_columns(lines: list[Line], kept: set[int], region: tuple[int, int], flags: np.ndarray) -> list[np.ndarray]:
    """The columns of `line_features` before the products with the kept share, one array each:
    scoring sums them weighted, so a big page never holds the matrix and its columns at once."""
    total = len(lines)
    shapes = _shapes(lines)
    words, block = shapes[:, 0], shapes[:, 13]
    page_words = max(1.0, words.sum())
    index = np.arange(total)
    inside = np.zeros(total)
    inside[list(kept)] = 1.0
    in_region = ((index >= region[0]) & (index <= region[1])).astype(float)
    kinds = np.zeros((total, len(KINDS)))
    kinds[index, shapes[:, 14].astype(int)] = 1.0
    share = float(words[inside > 0].sum() / page_words)
    size = float(np.log1p(words[inside > 0].sum()) / 8)
    kept_blocks = np.isin(block, block[inside > 0]).astype(float)
    prose_words = words * shapes[:, 12]
    # the words around each line, for every radius read below (each once: a radius comes back)
    word_sums, prose_sums = _running_sums(words), _running_sums(prose_words)
    around = {radius: _window_sum(word_sums, radius) for radius in {*_NEIGHBOURS, *(r for _, r in _CONTEXT)}}
    densities = [np.divide(_window_sum(prose_sums, r), np.maximum(around[r], 1e-9)) for r in _NEIGHBOURS]
    # each shape column read in context once, whatever the radii it is read over
    context_sums = {column: _running_sums(shapes[:, column] * words) for column, _ in _CONTEXT}
    log_words = np.log1p(words) / 5
    same_before = np.concatenate(([0.0], (block[1:] == block[:-1]).astype(float)))
    same_after = np.concatenate(((block[:-1] == block[1:]).astype(float), [0.0]))
    columns = [
        np.ones(total), log_words, *shapes[:, 1:8].T, *shapes[:, 8:11].T,
        index / max(1, total - 1), np.minimum(1.0, words / page_words * 10), shapes[:, 11], inside, in_region,
        *kinds.T,
        np.log1p(_distance_to_kept(inside)) / 3, (index < region[0]).astype(float), (index > region[1]).astype(float),
        kept_blocks,
        np.full(total, share), np.full(total, size), inside * share, inside * size, (1 - inside) * share,
        (1 - inside) * size,
        *densities,
        _shift(log_words, 1), _shift(log_words, -1), same_before, same_after, _shift(inside, 1), _shift(inside, -1),
        *flags.T, flags[:, 0] * inside, flags[:, 1] * (1 - inside),
        *(_window_sum(context_sums[column], radius) / np.maximum(around[radius], 1.0)
          for column, radius in _CONTEXT),
        *(_shift(shapes[:, column], by) for by in _NEIGHBOUR_SHIFTS for column in _NEIGHBOUR_SHAPE),
    ]
    return columns


# the context a line's own shape is read in (column of `_shape`, lines either side): link markers
# and stop words over a few neighbours tell a menu from running text better than one short line
_CONTEXT = ((6, 2), (6, 6), (3, 2), (1, 2))
# the shape of the line before and of the line after, each on its own (column of `_shape`: ends a
# sentence, punctuation, stop words, link markers, prose): a paragraph between two paragraphs is
# read as the article's, a sentence between menu entries as a teaser, which a mean over the window
# blurs (the two lines either side, tried too, read the lede under a share bar as furniture)
_NEIGHBOUR_SHIFTS = (1, -1)
_NEIGHBOUR_SHAPE = (1, 2, 3, 6, 12)


def best_run(first: np.ndarray, words: np.ndarray) -> tuple[int, int]:
    """First and last line of the run whose lines, weighted by their words, are most above an
    even chance of being article text (a maximum-sum segment of words x (score - 0.5)): the
    article as the stage-one scores place it. (0, -1) when no line is above even."""
    gains = np.concatenate(([0.0], np.cumsum(words * (first - 0.5))))
    lowest = np.minimum.accumulate(gains)
    end = int(np.argmax(gains[1:] - lowest[:-1]))
    if gains[end + 1] - lowest[end] <= 0:
        return 0, -1
    start = int(np.argmin(gains[:end + 1]))
    return start, end


def stage_two_features(first: np.ndarray, kept: set[int], share: float, flags: np.ndarray,
                       words: np.ndarray) -> np.ndarray:
    """Stage-two features: the line's stage-one score, the mean scores of windows around it, how
    much of the page the hand rules kept (`share`), alone and with the line's own evidence, whether
    the line lies in the run `best_run` places the article in (`words`: each line's words), how
    far outside it, and the hand rules' reasons against the line, alone and times its score."""
    total = len(first)
    inside = _kept_lines(kept, total)
    columns = [np.ones(total), first, inside, np.full(total, share), inside * share, (1 - inside) * share,
               first * share, first * inside, *_neighbour_means(first)]
    padded = np.concatenate((np.zeros(10), first, np.zeros(10)))
    windows = np.lib.stride_tricks.sliding_window_view(padded, 10)
    columns += [windows[:total].max(axis=1), windows[11:11 + total].max(axis=1),
                np.arange(total) / max(1, total - 1)]
    columns += _run_columns(first, words)
    return np.column_stack(columns + [flags, flags * first[:, None]])


def _kept_lines(kept: set[int], total: int) -> np.ndarray:
    """1.0 for each line the hand rules kept, else 0.0."""
    inside = np.zeros(total)
    inside[list(kept)] = 1.0
    return inside


def _neighbour_means(scores: np.ndarray) -> list[np.ndarray]:
    """The mean scores over each radius of `_NEIGHBOURS` before and after each line."""
    sums = _running_sums(scores)
    return [_window_mean(sums, radius, side) for radius in _NEIGHBOURS for side in (-1, 1)]


def _run_columns(scores: np.ndarray, words: np.ndarray) -> list[np.ndarray]:
    """Whether each line lies in the run `best_run` places the article in by `scores`, how far
    outside it (log1p / 3), and the first times the line's score."""
    low, high = best_run(scores, words)
    index = np.arange(len(scores))
    in_run = ((index >= low) & (index <= high)).astype(float)
    away = np.where(index < low, low - index, np.where(index > high, index - high, 0)).astype(float)
    return [in_run, np.log1p(away) / 3, in_run * scores]


def block_means(values: np.ndarray, blocks: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each line, the mean of `values` over the lines of its blank-line block (`blocks`: each
    line's `Line.block`), each weighted by its words plus one, and the block's size in lines
    (log1p / 3): a paragraph of a story's text block is read with the rest of that block, a
    menu entry with the menu."""
    _, owner = np.unique(blocks, return_inverse=True)
    weights = words + 1.0
    means = np.bincount(owner, weights=values * weights) / np.bincount(owner, weights=weights)
    return means[owner], (np.log1p(np.bincount(owner)) / 3)[owner]


def stage_three_features(second: np.ndarray, kept: set[int], flags: np.ndarray, words: np.ndarray,
                         blocks: np.ndarray) -> np.ndarray:
    """Stage-three features, a smoothing pass over the stage-two scores (`second`) as boilerpipe's
    and CRF-style sequence models read a block by its neighbours' labels: the line's score, the
    mean scores over one, three and eight lines before and after it, the mean score of its
    blank-line block (`block_means`) and the block's size, whether the line lies in the run
    `best_run` places the article in from these scores and how far outside it, whether the hand
    rules kept it, their reasons against it (`flags`), and its length against the page's median
    line's, alone and times its score."""
    inside = _kept_lines(kept, len(second))
    columns = [np.ones(len(second)), second, *_neighbour_means(second), *block_means(second, blocks, words),
               *_run_columns(second, words), inside, inside * second]
    # the line's length against the page's typical line (a page of long paragraphs or of short
    # lines: a line is long or short for its page), alone and times its score
    median = float(np.median(words[words > 0])) if (words > 0).any() else 1.0
    relative = (np.log1p(words) - np.log1p(median)) / 3
    return np.column_stack(columns + [flags, relative, relative * second])


def _logistic(weights: np.ndarray, rows: np.ndarray) -> np.ndarray:
    return _sigmoid(rows @ weights)


def _sigmoid(scores: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(scores, -30.0, 30.0)))


def _logistic_columns(weights: list[float], columns: list[np.ndarray], share: float) -> np.ndarray:
    """`_logistic` over the matrix `line_features` makes of these columns, without making it: a
    column and its product with the kept share weigh (weight + share x product's weight)."""
    if len(weights) != 2 * len(columns) - 1:
        raise ValueError(f"the line model has {len(weights)} stage-one weights for {2 * len(columns) - 1} features")
    total = np.full(len(columns[0]), weights[0])
    for k, column in enumerate(columns[1:], start=1):
        total += (weights[k] + share * weights[len(columns) - 1 + k]) * column
    return _sigmoid(total)


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The shipped weights and thresholds (a small JSON file fitted by training/blocks.py)."""
    with resources.files("newsledger.extract").joinpath("data/line_model.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def line_probabilities(lines: list[Line], kept: set[int], region: tuple[int, int], flags: np.ndarray,
                       model: dict | None = None) -> list[float]:
    """Probability that each line is article text (`flags`: `text.cut_flags`)."""
    if not lines:
        return []
    model = model or load_model()
    share = kept_share(lines, kept)
    first = _logistic_columns(model["stage_one"], feature_columns(lines, kept, region, flags), share)
    words = np.fromiter((line.words for line in lines), float, len(lines))
    second = _logistic(np.array(model["stage_two"]), stage_two_features(first, kept, share, flags, words))
    blocks = np.fromiter((line.block for line in lines), float, len(lines))
    return _logistic(np.array(model["stage_three"]), stage_three_features(second, kept, flags, words, blocks)).tolist()


def kept_share(lines: list[Line], kept: set[int]) -> float:
    """Share of the page's words in the lines the hand rules kept."""
    total = sum(line.words for line in lines)
    return sum(lines[i].words for i in kept) / total if total else 0.0
