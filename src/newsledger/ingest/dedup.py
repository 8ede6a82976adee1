"""Near-duplicate articles (syndicated or lightly edited copies) by MinHash LSH over word shingles.

The shingles are casefolded word 5-grams of the body, punctuation stripped, so that a copy with
other quotes or dashes still matches. Each shingle's crc32 is pre-mixed by MurmurHash3's 32-bit
finaliser and put through NUM_PERM affine permutations h -> a*h + b (mod 2^32, `a` odd, drawn from
numpy's RandomState(SEED)): the "affine32" scheme of datasketch 2, whose signatures this module
made before and still reads (tests/test_bad_input_budget.py checks the values against it). The
banded index is written here too: datasketch's import pulls scipy.integrate, a third of a second
of every process's start-up, for a banding it computes once.

The index is in memory. Its signatures are meant to be persisted (`encode`/`decode`) so that a
later run loads them instead of re-hashing every stored article.
"""
from __future__ import annotations

import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..extract.language import HAN, HANGUL, KANA

if TYPE_CHECKING:
    from ..records import Article

__all__ = ["DedupOptions", "Match", "NearDuplicateIndex", "Signature", "shingles", "signature", "overlap",
           "encode", "decode", "leads", "SCHEME"]

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
# Names the hashing so that signatures made another way are never mixed with these.
SCHEME = f"minhash-affine32-crc32-w{SHINGLE_WORDS}-p{NUM_PERM}-s{SEED}"



@dataclass(frozen=True, slots=True)
class DedupOptions:
    # Share of the shorter article's shingles that the other must hold for it to count as a copy
    # (the overlap coefficient). Copies carry their own leftovers of boilerplate, so plain
    # Jaccard understates them; on the 181 AEB pages, the HTML extraction against the text-dump
    # extraction of the same page scores >= 0.93 for 95% of pages, while no two different pages
    # score above 0.27 (see tests/test_dedup.py).
    threshold: float = 0.7
    # ...and Jaccard at least this: the two must also be of comparable size (full containment at
    # 0.35 means the longer holds under three times the shorter's shingles). Overlap alone calls
    # a page whose extraction kept only the site footer a "copy" of every article of that site.
    min_jaccard: float = 0.35
    # LSH candidates are the pairs above this estimated Jaccard: a little under `min_jaccard`,
    # because the banding is approximate; high enough to keep the candidate lists short.
    candidate_jaccard: float = 0.3
    min_shingles: int = 20             # below this a body is too short to call anything a copy


@dataclass(frozen=True, slots=True)
class Match:
    original: str                      # id of the stored article this one repeats
    similarity: float                  # estimated overlap coefficient of the two shingle sets


# Kana, Han and Hangul letters: each character is a token of its own.
_CJK = KANA + HAN + HANGUL
_TOKEN = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+", re.UNICODE)


def shingles(body: str, width: int = SHINGLE_WORDS) -> set[bytes]:
    """Casefolded word `width`-grams of a body (CJK: character grams), as bytes for hashing."""
    words = _TOKEN.findall(body.casefold())
    if len(words) < width:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + width]).encode("utf-8") for i in range(len(words) - width + 1)}


class MinHash:
    """The NUM_PERM minimum permuted hashes of a set (uint32), compared by `jaccard`."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues

    def jaccard(self, other: MinHash) -> float:
        """Estimated Jaccard similarity: the share of permutations whose minima agree."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the NUM_PERM affine permutations; `a` is odd, so each is a bijection of 32 bits."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _premix(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (a bijection that spreads weakly mixed inputs), on uint32."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def _minhash(hashes: np.ndarray) -> MinHash:
    """The MinHash of a set given as its distinct uint32 hashes (in batches: a batch x NUM_PERM
    matrix is held at once)."""
    a, b = _permutations()
    minima = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(hashes), _BATCH):
        mixed = _premix(hashes[start:start + _BATCH].astype(np.uint32)).reshape(-1, 1)
        np.minimum(minima, (mixed * a + b).min(axis=0), out=minima)
    return MinHash(minima)


@dataclass(frozen=True, slots=True)
class Signature:
    minhash: MinHash
    size: int                          # number of distinct shingles hashed


def signature(body: str) -> Signature:
    """MinHash signature of a body's shingles, with how many distinct ones there were.

    The same hashing as hashing `shingles(body)` with crc32, done in bounded memory: the body is
    casefolded and tokenised a slice at a time, each shingle is reduced to its crc32 as it is
    made, and the distinct hashes go to the MinHash in small batches (a batch x NUM_PERM matrix
    is held at once: the shingles of a 19 MB page at once took 880 MB).
    """
    hashes = _distinct(np.fromiter(_shingle_hashes(body), dtype=np.uint32))
    # crc32 is enough as the input hash (the pre-mix spreads it) and is four times faster than
    # sha1 per shingle, which dominated signing time.
    return Signature(_minhash(hashes), len(hashes))


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique(values), sorting `values` in place: np.unique sorts a copy, a third array of a
    big page's shingle hashes."""
    values.sort()
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


_BATCH = 4096
_SLICE = 1 << 20
_SPACE = re.compile(r"\s")


def _shingle_hashes(body: str, width: int = SHINGLE_WORDS) -> Iterator[int]:
    """crc32 of each shingle of `shingles(body)`, in order (repeats included)."""
    window: deque[str] = deque(maxlen=width)
    count = 0
    for piece in _slices(body):
        for match in _TOKEN.finditer(piece.casefold()):
            window.append(match.group())
            count += 1
            if count >= width:
                yield zlib.crc32(" ".join(window).encode("utf-8"))
    if 0 < count < width:
        yield zlib.crc32(" ".join(window).encode("utf-8"))


def _slices(text: str) -> Iterator[str]:
    """`text` in slices of about _SLICE characters, cut at whitespace (no token spans whitespace,
    and casefolding is per character, so tokens are the same as over the whole text)."""
    start = 0
    while start < len(text):
        end = min(len(text), start + _SLICE)
        if end < len(text):
            space = next((i for i in range(end, min(len(text), end + 4096)) if text[i].isspace()), None)
            end = space if space is not None else _next_space(text, end)
        yield text[start:end]
        start = end


def _next_space(text: str, at: int) -> int:
    match = _SPACE.search(text, at)
    return match.start() if match else len(text)


def leads(article: Article, other: Article) -> bool:
    """True when `article`, rather than `other`, is the original of the copies they belong to.

    A canonical order, so that the same pages give the same original whatever order they come
    in: the one the other credits by outlet name ("Source: Kharkiv Evening Post"); else the
    dated one over an undated one; the earlier published (to the day, then to the minute in UTC
    when both have a time); else the smaller content id.
    """
    credits_other = bool(other.outlet) and other.outlet in article.credited_sources
    credited = bool(article.outlet) and article.outlet in other.credited_sources
    if credited != credits_other:
        return credited
    mine, theirs = _moment(article), _moment(other)
    if bool(mine) != bool(theirs):
        return bool(mine)               # a copy without a date cannot be shown to come first
    if mine and theirs and mine[0] != theirs[0]:
        return mine[0] < theirs[0]
    if mine and theirs and mine[1] and theirs[1] and mine[1] != theirs[1]:
        return mine[1] < theirs[1]
    return article.id < other.id


def _moment(article: Article) -> tuple[str, datetime | None] | None:
    """(day, minute in UTC or None) of the article's publication, or None when not known to the day."""
    published = article.published
    if published is None or published.precision not in ("day", "minute") or len(published.iso) < 10:
        return None
    if published.precision != "minute":
        return published.iso[:10], None
    try:
        moment = datetime.fromisoformat(published.iso)
    except ValueError:
        return published.iso[:10], None
    if moment.tzinfo is not None:       # a time without an offset is taken as UTC
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return published.iso[:10], moment


def overlap(jaccard: float, size_a: int, size_b: int) -> float:
    """Overlap coefficient |A & B| / min(|A|, |B|) from the Jaccard estimate and the set sizes."""
    if min(size_a, size_b) <= 0:
        return 0.0
    common = jaccard * (size_a + size_b) / (1.0 + jaccard)
    return min(1.0, common / min(size_a, size_b))


def encode(sig: Signature) -> bytes:
    return np.asarray(sig.minhash.hashvalues, dtype=np.uint32).tobytes()


def decode(data: bytes, size: int) -> Signature:
    return Signature(MinHash(np.frombuffer(data, dtype=np.uint32)), size)


@lru_cache(maxsize=8)
def bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) of the LSH index for candidates above Jaccard `threshold`.

    A pair of Jaccard similarity s shares at least one of b bands of r rows with probability
    1 - (1 - s^r)^b. The split chosen is the one whose expected errors are smallest: the area under
    that curve below the threshold (pairs that become candidates but should not) plus the area above
    the curve beyond it (pairs that should but do not), with equal weights, as datasketch's
    MinHashLSH chooses its split (so an index built here bands as the one built there did). All
    splits with b * r <= num_perm are scored at once on one grid of similarities; ties go to the
    fewest bands, then the fewest rows."""
    grid = np.linspace(0.0, 1.0, 1001)
    below = grid <= threshold
    splits = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    shared = 1.0 - (1.0 - grid[None, :] ** splits[:, 1:2]) ** splits[:, 0:1]
    wrong = np.where(below[None, :], shared, 1.0 - shared)
    # trapezoids, with the interval that straddles the threshold split at it
    step = np.diff(grid)
    straddle = below[:-1] & ~below[1:]
    weights = np.where(straddle, 0.0, step)
    errors = ((wrong[:, 1:] + wrong[:, :-1]) * weights).sum(axis=1) / 2.0
    if straddle.any():
        i = int(np.argmax(straddle))
        at = 1.0 - (1.0 - threshold ** splits[:, 1]) ** splits[:, 0]
        errors += (wrong[:, i] + at) * (threshold - grid[i]) / 2.0 + ((1.0 - at) + wrong[:, i + 1]) * (grid[i + 1] - threshold) / 2.0
    b, r = splits[int(np.argmin(errors))]
    return int(b), int(r)


class _BandIndex:
    """Keys filed under each band of their MinHash: a query's candidates share at least one band."""

    def __init__(self, threshold: float):
        self.bands, self.rows = bands(threshold)
        self._tables: list[dict[bytes, list[str]]] = [{} for _ in range(self.bands)]

    def _keys(self, minhash: MinHash) -> Iterator[bytes]:
        values = minhash.hashvalues
        for band in range(self.bands):
            yield values[band * self.rows:(band + 1) * self.rows].tobytes()

    def insert(self, key: str, minhash: MinHash) -> None:
        for table, band in zip(self._tables, self._keys(minhash)):
            table.setdefault(band, []).append(key)

    def query(self, minhash: MinHash) -> set[str]:
        found: set[str] = set()
        for table, band in zip(self._tables, self._keys(minhash)):
            found.update(table.get(band, ()))
        return found


class NearDuplicateIndex:
    """Signatures of the articles seen so far, queried for the closest earlier one."""

    def __init__(self, opts: DedupOptions = DedupOptions()):
        self.opts = opts
        self._lsh = _BandIndex(opts.candidate_jaccard)
        self._signatures: dict[str, Signature] = {}
        self._original_of: dict[str, str] = {}
        self._rank: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def add(self, article_id: str, sig: Signature, duplicate_of: str | None = None) -> None:
        """Index an article; `duplicate_of` names its original when it is itself a copy."""
        if duplicate_of:
            self._original_of[article_id] = duplicate_of
        if article_id in self._signatures:
            return
        self._signatures[article_id] = sig
        self._rank[article_id] = len(self._rank)
        self._lsh.insert(article_id, sig.minhash)

    def reroot(self, old: str, new: str) -> None:
        """Make `new` the original of the group `old` led (it turned out to be published earlier)."""
        for member, original in self._original_of.items():
            if original == old:
                self._original_of[member] = new
        self._original_of[old] = new
        self._original_of.pop(new, None)

    def load(self, rows: Iterable[tuple[str, bytes, int]], links: Iterable[tuple[str, str, float]] = ()) -> None:
        """Fill from persisted (article_id, encoded signature, size) rows and duplicate links."""
        for article_id, original, _similarity in links:
            self._original_of[article_id] = original
        for article_id, data, size in rows:
            self.add(article_id, decode(data, size))

    def find(self, sig: Signature) -> Match | None:
        """The best earlier match at or above the threshold, resolved to its original; else None.

        LSH candidates are re-scored by their estimated overlap, because banding lets through
        pairs below the threshold. The best-scoring candidate wins (ties: the one indexed first);
        when it is itself a copy, the link goes to its original so chains stay one level deep.
        """
        if sig.size < self.opts.min_shingles:
            return None
        best_id, best_score = None, -1.0
        for candidate in sorted(self._lsh.query(sig.minhash), key=self._rank.__getitem__):
            other = self._signatures[candidate]
            if other.size < self.opts.min_shingles:
                continue
            jaccard = sig.minhash.jaccard(other.minhash)
            if jaccard < self.opts.min_jaccard:
                continue
            score = overlap(jaccard, sig.size, other.size)
            if score > best_score:
                best_id, best_score = candidate, score
        if best_id is None or best_score < self.opts.threshold:
            return None
        return Match(self._root(best_id), round(float(best_score), 4))

    def _root(self, article_id: str) -> str:
        seen = {article_id}
        while article_id in self._original_of and self._original_of[article_id] not in seen:
            article_id = self._original_of[article_id]
            seen.add(article_id)
        return article_id
