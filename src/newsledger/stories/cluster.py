"""Story clustering: articles from different outlets about the same developing story.

Outlets rewrite one another, so two reports of one story share less wording than one expects;
what they do share is who and where (named people, organisations and places) and the rare words
of the incident, mostly in the headline and the lead. Each article is therefore seen as two
vectors, both weighted by rarity (TF-IDF over the batch being clustered):

- the words of its headline and lead (the first `lead_words` content words, lightly stemmed): news
  is written top-down, and the lead names the story while the tail drifts into background;
- its named people, organisations and places (canonical names from the enrich stage).

Stories are grown by centroid linkage: every article starts as its own story (or inside the story
it was stored in, see `seeds`), and the two most similar stories are merged while their similarity
(a weighted sum of the two centroid cosines, decayed when their nearest members are further apart
in time than `window_days`) reaches `threshold`. A centroid gathers the vocabulary of all its
members, so an inquiry joins the story of its incident through the pages in between, while a
lone page sharing one team or one country with a story stays apart. Cosines of short texts are
noisy (two six-word headlines sharing "soldiers killed" look alike), so a similarity is shrunk by
n / (n + `shrink_terms`), n the distinct words of the thinner side: a headline needs more overlap
than a full lead to join.

What each part adds is measured by `evaluation/clustering.py` (one signal out at a time, Google
News pages, a tuning set; mean pair F1 over thresholds 0.85-1.15 times the chosen one, all signals
0.864): without the names 0.757, without the words 0.700, the whole body instead of the lead
0.759, headline words counted once 0.858, no shrinking 0.857 (and precision 0.798 at the chosen
threshold); shrinking is also what keeps UCDP headlines apart (story setting B-cubed F1 0.594,
0.458 without it), and the time window lifts it from 0.500 to 0.594. Numbers and dates as shared
terms, and a page's short forms of its longer names left out ("Derby" beside "Derby County"), were
measured and left out (within the noise of 108 pairs, either sign). Weights and threshold were
chosen on those pages, the UCDP headlines and the AEB pages together, in the middle of the range
where all three hold.

The result depends only on the set of articles: documents are put in one canonical order
(publication day, then id) before anything is computed, and ties are broken in that order.
Written by hand (sparse dict vectors, a heap of candidate pairs found through shared rare terms)
because no clustering library offers incremental centroid linkage over two weighted signals.
"""
from __future__ import annotations

import hashlib
import heapq
import math
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress

from ..enrich.textdates import MONTH_WORDS, WEEKDAYS
from .framing import fold_spellings
from .records import Story
from .text import article_date, words

__all__ = ["ClusterOptions", "StoryDoc", "doc_from_analysis", "lead_doc", "cluster_docs", "build_stories",
           "story_id_for"]

_KEY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    threshold: float = 0.185       # two stories merge while their similarity is at least this
    text_weight: float = 0.6       # share of the similarity from the words (the rest: named keys)
    lead_words: int = 100          # content words of the body read after the headline
    window_days: float = 60.0      # no time penalty inside this gap between nearest members
    decay_days: float = 30.0       # beyond the window the similarity falls by e every decay_days
    title_boost: int = 2           # headline words count this many times
    shrink_terms: float = 7.0      # similarity shrinks by n/(n + this), n distinct words of the thinner side
    block_terms: int = 12          # heaviest words (and keys) of a page that propose pairs
    neighbourhood: int = 12        # a page is paired with this many next pages sharing such a term


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What clustering sees of one article."""

    id: str
    title: str
    text: str
    day: date | None
    keys: frozenset[str] = frozenset()       # entity canonical names and places, case-folded
    places: tuple[str, ...] = ()


def doc_from_analysis(analysis) -> StoryDoc:
    """A StoryDoc from an Analysis (or a bare Article: then keys come from capitalised words)."""
    article = getattr(analysis, "article", analysis)
    entities = getattr(analysis, "entities", ()) or ()
    all_places = sorted(getattr(analysis, "places", ()) or (), key=lambda p: -p.mentions)
    keyed = tuple(p.name for p in all_places)
    # countries are shared by every story of a war: keys, but not the places a story is named for
    places = tuple(p.name for p in all_places if (p.feature or "") not in ("country", "region"))
    keys = {e.canonical.casefold() for e in entities if e.label in _KEY_LABELS and e.canonical}
    keys |= {p.casefold() for p in keyed}
    title, body = fold_spellings(article.title or ""), fold_spellings(article.body)
    if not keys:
        keys = _capitalised_keys(title + "\n" + body)
    return StoryDoc(article.id, title, body, article_date(article), frozenset(sys.intern(k) for k in keys), places)


def lead_doc(doc: StoryDoc, opts: ClusterOptions | None = None) -> StoryDoc:
    """`doc` with only the start of its text that clustering with `opts` reads (its first
    `lead_words` content words, and the label's): the same stories from a fraction of the memory,
    for a caller that keeps the StoryDocs of a whole ledger."""
    opts = opts or ClusterOptions()
    text = _leading(doc.text, max(opts.lead_words, _LABEL_WORDS))
    return doc if text is doc.text else replace(doc, text=text)


def _leading(text: str, count: int) -> str:
    """The shortest prefix of `text` ending before a whitespace that holds its first `count`
    content words (`text` itself when it has no more). Its words are the first words of the
    whole: no word spans a whitespace, and case folding maps each character alone."""
    seen = 0
    for chunk in _CHUNK.finditer(text):
        seen += len(words(chunk.group()))
        if seen >= count:
            return text[: chunk.end()]
    return text


def _capitalised_keys(text: str) -> set[str]:
    """Fallback actors/places: capitalised words not at a sentence start, seen at least once."""
    keys = set()
    previous = "."
    for token in text.split():
        bare = token.strip(".,;:!?\"“”‘’()[]'")
        if bare[:1].isupper() and bare[1:].islower() and len(bare) > 2 and previous[-1:] not in ".!?\n\"“":
            keys.add(bare.casefold().removesuffix("'s").removesuffix("’s"))
        previous = token
    return {k for k in keys if k not in _COMMON_CAPITALS}


_CHUNK = re.compile(r"\S+")
_LABEL_WORDS = 60          # content words of the body after the headline a story's label is read from
_COMMON_CAPITALS = frozenset(("the", "this", "that", *WEEKDAYS, *MONTH_WORDS))
_SUFFIXES = ("ing", "ers", "ies", "ed", "es", "er", "s")


def stem(word: str) -> str:
    """A light suffix strip ("striking" and "strikes" -> "strik"): enough to meet a rewrite."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _lead_terms(doc: StoryDoc, opts: ClusterOptions) -> Counter[str]:
    # terms interned: the vectors of a batch's pages share one string per term
    counts = Counter(sys.intern(stem(w)) for w in words(doc.text)[: opts.lead_words])
    for word in words(doc.title):
        counts[sys.intern(stem(word))] += opts.title_boost
    return counts


def _idf(term_sets: Iterable[Iterable[str]], full_at: int = 50) -> dict[str, float]:
    """Smoothed inverse document frequency, shrunk towards 1 for small batches.

    With a handful of pages document frequency is noise (with two pages, every shared word looks
    common), so the weight moves from uniform to full IDF as the batch grows to `full_at` pages.
    The term sets are read once, one at a time (a generator need not hold them all).
    """
    df: Counter[str] = Counter()
    n = 0
    for terms in term_sets:
        df.update(set(terms))
        n += 1
    trust = min(1.0, n / full_at)
    return {term: 1.0 + trust * math.log((1 + n) / (1 + count)) for term, count in df.items()}


def _unit(counts: Counter[str] | dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    vec = {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


# A page's unit vector while it is a story of its own: its terms and their weights side by side, a
# quarter of a dict's memory (most pages of a large ledger never merge). A story that grows holds
# a dict, which merges add to in place.
_Packed = tuple[tuple[str, ...], array]
_Vector = dict[str, float] | _Packed


def _pack(vector: dict[str, float]) -> _Packed:
    return tuple(vector), array("d", vector.values())


def _as_dict(vector: _Vector) -> dict[str, float]:
    return dict(zip(*vector)) if isinstance(vector, tuple) else vector


def _size(vector: _Vector) -> int:
    """How many terms a vector has."""
    return len(vector[0]) if isinstance(vector, tuple) else len(vector)


def _dot(a: _Vector, b: _Vector) -> float:
    # fsum is exact, so the result does not depend on the order the shared terms are met in (the
    # hash-seeded order of a key set, or a packed vector's): packed or not, the same float
    if isinstance(a, tuple):
        a, b = b, a
    if isinstance(a, tuple):
        a = _as_dict(a)
    if isinstance(b, tuple):          # the shared terms picked out at C speed, as a key set's & does
        terms, values = b
        return math.fsum(a[t] * v for t, v in compress(zip(terms, values), map(a.__contains__, terms)))
    return math.fsum(a[k] * b[k] for k in a.keys() & b.keys())


def _add(mine: _Vector, theirs: _Vector) -> dict[str, float]:
    """The sum of two vectors, made in one of them (a packed one is unpacked first)."""
    mine, theirs = _as_dict(mine), _as_dict(theirs)
    if len(mine) < len(theirs):
        mine, theirs = theirs, mine
    for term, value in theirs.items():
        mine[term] = mine.get(term, 0.0) + value
    return mine


@dataclass(slots=True)
class _Cluster:
    """A story being grown: the sum of its members' unit vectors (words, keys), their squared
    norms, and its members' days."""

    members: list[int]
    text: _Vector = field(default_factory=dict)
    keys: _Vector = field(default_factory=dict)
    days: list[date] = field(default_factory=list)        # sorted
    version: int = 0
    squares: tuple[float, float] = (0.0, 0.0)
    alive: bool = True                                     # False once merged into another

    def absorb(self, other: _Cluster, dots: tuple[float, float]) -> None:
        """Take in `other`, whose dot products with this cluster are `dots`."""
        self.members.extend(other.members)
        self.squares = (self.squares[0] + other.squares[0] + 2 * dots[0],
                        self.squares[1] + other.squares[1] + 2 * dots[1])
        self.text, self.keys = _add(self.text, other.text), _add(self.keys, other.keys)
        self.days = sorted(self.days + other.days)
        self.version += 1


def _gap(a: list[date], b: list[date], enough: float = 0.0) -> int | None:
    """Days between the nearest members of two sorted day lists (None when either is undated);
    stops early at any gap within `enough`."""
    if not a or not b:
        return None
    if a[0] > b[-1]:
        return (a[0] - b[-1]).days
    if b[0] > a[-1]:
        return (b[0] - a[-1]).days
    if len(a) > len(b):
        a, b = b, a
    best = None
    for day in a:
        at = bisect_left(b, day)
        for j in (at - 1, at):
            if 0 <= j < len(b):
                gap = abs((b[j] - day).days)
                if gap <= enough:
                    return gap
                best = gap if best is None or gap < best else best
    return best


def _similarity(a: _Cluster, b: _Cluster, dots: tuple[float, float], opts: ClusterOptions) -> float:
    """Weighted centroid cosines of words and keys, decayed beyond the time window."""
    text_norm = math.sqrt(a.squares[0] * b.squares[0])
    key_norm = math.sqrt(a.squares[1] * b.squares[1])
    score = (opts.text_weight * (dots[0] / text_norm if text_norm else 0.0)
             + (1 - opts.text_weight) * (dots[1] / key_norm if key_norm else 0.0))
    few = min(_size(a.text), _size(b.text))
    score *= few / (few + opts.shrink_terms)
    gap = _gap(a.days, b.days, opts.window_days)
    if gap is not None and gap > opts.window_days:
        score *= math.exp(-(gap - opts.window_days) / opts.decay_days)
    return score


def canonical_order(docs: Sequence[StoryDoc]) -> list[int]:
    """Indexes of `docs` by publication day (undated last), then id: the order results depend on."""
    return sorted(range(len(docs)), key=lambda i: (docs[i].day or date.max, docs[i].id))


def cluster_docs(docs: Sequence[StoryDoc], opts: ClusterOptions = ClusterOptions(),
                 seeds: Sequence[Sequence[int]] = ()) -> list[list[int]]:
    """Group docs into stories; returns lists of indexes into `docs`, each in publication order.

    `seeds` are groups of indexes already known to be one story (stories stored by an earlier
    run): they start as one story each and are never split, so adding pages only places the new
    pages and merges stories that the new pages connect. A threshold of 0 makes all docs one story.
    """
    return _cluster(docs, opts, seeds)[0]


def _cluster(docs: Sequence[StoryDoc], opts: ClusterOptions,
             seeds: Sequence[Sequence[int]]) -> tuple[list[list[int]], dict[str, float]]:
    """`cluster_docs`, with the words' IDF over `docs`. The pages' term counts are counted once
    for the IDF and again, one page at a time, for its vectors (cheaper than holding them all;
    a story's are counted again when it is named)."""
    order = canonical_order(docs)
    idf = _idf(_lead_terms(doc, opts) for doc in docs)
    if opts.threshold <= 0:              # every similarity reaches it: all docs are one story
        return ([order] if order else []), idf
    rank = {index: n for n, index in enumerate(order)}
    key_idf = _idf(doc.keys for doc in docs)
    clusters = _initial_clusters(docs, order, seeds, opts, idf, key_idf)
    linkage = _Linkage(clusters, opts)
    for a, partners in _candidates(clusters, opts):
        linkage.consider(a, partners)
    groups = linkage.grow()
    return sorted((sorted(g, key=rank.__getitem__) for g in groups), key=lambda g: rank[g[0]]), idf


_FAR = 0.5


class _Linkage:
    """Centroid linkage over candidate pairs. Dot products are additive ((A+B).C = A.C + B.C), so
    a merge updates its neighbours' similarities without touching their vectors.

    Candidate pairs are scored as they are proposed (`consider`), before any merge, and only the
    pairs near enough to matter are kept: the result is the one of scoring them all first, since
    no score depends on another, and a large batch's far pairs (most of them) are never held."""

    def __init__(self, clusters: list[_Cluster], opts: ClusterOptions):
        self.clusters, self.opts = clusters, opts
        self.neighbours: defaultdict[int, set[int]] = defaultdict(set)
        self.dots: dict[tuple[int, int], tuple[float, float]] = {}
        self.heap: list[tuple[float, int, int, int, int]] = []

    def consider(self, a: int, partners: Iterable[int]) -> None:
        """Score the proposed pairs of initial cluster `a` and each of `partners` (all after `a`,
        each pair proposed once); keep those near enough."""
        first = self.clusters[a]
        text, keys = _as_dict(first.text), _as_dict(first.keys)      # unpacked once for all its pairs
        for b in partners:
            second = self.clusters[b]
            self.dots[(a, b)] = (_dot(text, second.text), _dot(keys, second.keys))
            self.neighbours[a].add(b)
            self.neighbours[b].add(a)
            self.push(a, b)
            if not self.neighbours[b]:          # dropped as far: let go of what it cost
                del self.neighbours[b]
        if not self.neighbours[a]:
            del self.neighbours[a]

    def dot(self, a: int, b: int) -> tuple[float, float]:
        pair = (a, b) if a < b else (b, a)
        found = self.dots.get(pair)
        if found is None:
            first, second = self.clusters[a], self.clusters[b]
            found = (_dot(first.text, second.text), _dot(first.keys, second.keys))
            self.dots[pair] = found
        return found

    def push(self, a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        first, second = self.clusters[a], self.clusters[b]
        score = _similarity(first, second, self.dot(a, b), self.opts)
        if score >= self.opts.threshold:
            heapq.heappush(self.heap, (-score, a, b, first.version, second.version))
        elif score < self.opts.threshold * _FAR:
            # far apart: no longer candidates (a merge rarely lifts a pair this far)
            self.neighbours[a].discard(b)
            self.neighbours[b].discard(a)
            self.dots.pop((a, b), None)

    def grow(self) -> list[list[int]]:
        clusters = self.clusters
        while self.heap:
            _, a, b, va, vb = heapq.heappop(self.heap)
            first, second = clusters[a], clusters[b]
            if not (first.alive and second.alive) or first.version != va or second.version != vb:
                continue
            near = sorted((self.neighbours.pop(b) | self.neighbours[a]) - {a, b})
            for merging in (first, second):          # about to be summed: unpacked once, not per dot
                merging.text, merging.keys = _as_dict(merging.text), _as_dict(merging.keys)
            sums = {c: _plus(self.dot(a, c), self.dot(b, c)) for c in near}
            first.absorb(second, self.dot(a, b))
            second.alive = False
            self.neighbours[a] = set(near)
            for c in near:
                self.dots.pop((min(b, c), max(b, c)), None)
                self.dots[(min(a, c), max(a, c))] = sums[c]
                self.neighbours[c].discard(b)
                self.neighbours[c].add(a)
                self.push(a, c)
        return [c.members for c in clusters if c.alive]


def _plus(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return (a[0] + b[0], a[1] + b[1])


def _initial_clusters(docs, order, seeds, opts, idf, key_idf) -> list[_Cluster]:
    """One cluster per seed group (in canonical order of its first member), then one per other doc
    (its vectors packed)."""
    rank = {index: n for n, index in enumerate(order)}
    seeded = {i for group in seeds for i in group}
    groups = [sorted(set(group), key=rank.__getitem__) for group in seeds if group]
    groups += [[i] for i in order if i not in seeded]
    groups.sort(key=lambda g: rank[g[0]])
    clusters: list[_Cluster] = []
    for group in groups:
        cluster = _Cluster(members=[])
        for i in group:
            text, keys = _unit(_lead_terms(docs[i], opts), idf), _unit(Counter(docs[i].keys), key_idf)
            single = _Cluster([i], text, keys, [docs[i].day] if docs[i].day else [],
                              squares=(1.0 if text else 0.0, 1.0 if keys else 0.0))
            cluster.absorb(single, (_dot(cluster.text, text), _dot(cluster.keys, keys)))
        cluster.version = 0
        if len(group) == 1:
            cluster.text, cluster.keys = _pack(_as_dict(cluster.text)), _pack(_as_dict(cluster.keys))
        clusters.append(cluster)
    return clusters


def _heaviest(vector: _Vector, count: int) -> list[str]:
    """The `count` heaviest terms of a vector, ties in term order."""
    pairs = zip(*vector) if isinstance(vector, tuple) else vector.items()
    return [term for term, _ in sorted(pairs, key=lambda tv: (-tv[1], tv[0]))[:count]]


def _candidates(clusters, opts: ClusterOptions) -> Iterator[tuple[int, list[int]]]:
    """Pairs of clusters worth scoring ("sorted neighbourhood" blocking), each once, as each
    cluster and the later clusters it is paired with: each cluster's heaviest terms and keys are
    posted in canonical order, and a cluster is paired with the next `neighbourhood` clusters of
    each of its postings. A story's pages share their rarest words, so they meet in some posting;
    a word every page uses costs no more than a rare one. Pairs are proposed one cluster at a
    time, never all held at once."""
    postings: dict[str, list[int]] = {}
    for c, cluster in enumerate(clusters):
        for term in _postings_of(cluster, opts):
            postings.setdefault(term, []).append(c)
    bound = opts.window_days + opts.decay_days * math.log(1 / max(opts.threshold, 1e-6))
    for a, cluster in enumerate(clusters):
        later: set[int] = set()
        for term in _postings_of(cluster, opts):
            posting = postings[term]                 # ascending: clusters were posted in order
            at = bisect_left(posting, a)
            later.update(posting[at + 1: at + 1 + opts.neighbourhood])
        yield a, [b for b in sorted(later) if (gap := _gap(cluster.days, clusters[b].days)) is None or gap <= bound]


def _postings_of(cluster: _Cluster, opts: ClusterOptions) -> list[str]:
    """The terms (and, marked, the keys) a cluster is posted under."""
    return _heaviest(cluster.text, opts.block_terms) + ["\0" + k for k in _heaviest(cluster.keys, opts.block_terms)]


def story_id_for(founder_id: str) -> str:
    """A story's id: named for its founding article (earliest published member, then lowest id),
    so it does not change when later pages join, whatever order they arrive in."""
    return hashlib.sha256(f"story\n{founder_id}".encode()).hexdigest()[:16]


def build_stories(analyses: Sequence, opts: ClusterOptions = ClusterOptions(),
                  previous: Sequence[Sequence[str]] = ()) -> list[Story]:
    """Cluster analyses (or articles, or their StoryDocs) into Story records, largest story first.

    `previous` are the member ids of stories stored earlier; their members stay together.
    """
    docs = [a if isinstance(a, StoryDoc) else doc_from_analysis(a) for a in analyses]
    index = {doc.id: i for i, doc in enumerate(docs)}
    seeds = [[index[m] for m in members if m in index] for members in previous]
    groups, idf = _cluster(docs, opts, [s for s in seeds if s])
    stories = [_story([docs[i] for i in members], [_lead_terms(docs[i], opts) for i in members], idf)
               for members in groups]
    return sorted(stories, key=lambda s: (-len(s.article_ids), s.first or "", s.id))


def _story(members: list[StoryDoc], terms: list[Counter[str]], idf: dict[str, float]) -> Story:
    vectors = [_unit(t, idf) for t in terms]
    centroid: dict[str, float] = {}
    for vec in vectors:
        for term, value in vec.items():
            centroid[term] = centroid.get(term, 0.0) + value
    # the most central page that has a headline (a page without one cannot name the story)
    # rounded, so pages equally central (two pages always are) fall to the canonical order
    central = max(range(len(members)),
                  key=lambda i: (bool(members[i].title), round(_dot(vectors[i], centroid), 9), -i))
    places = _most_common(doc.places for doc in members)
    keys = Counter(k for doc in members for k in doc.keys)
    # ties in name order: most_common keeps the order keys were met in, a frozenset's (hash-seeded)
    ranked = sorted(keys.items(), key=lambda kn: (-kn[1], kn[0]))
    entities = tuple(k for k, n in ranked if n > 1 or len(members) == 1)[:8]
    top_terms = _label_terms(members, places)
    label = " · ".join(p for p in (places[0] if places else "", ", ".join(top_terms)) if p)
    title = members[central].title or label or members[central].id[:8]
    days = sorted(d.day for d in members if d.day)
    ids = tuple(doc.id for doc in members)
    return Story(story_id_for(ids[0]), title, label, ids, places[:8], entities,
                 days[0].isoformat() if days else None, days[-1].isoformat() if days else None)


def _label_terms(members: list[StoryDoc], places: tuple[str, ...]) -> list[str]:
    """What the story is about in two or three words: heavy terms its headlines share, no names."""
    names = set(words(" ".join(places)))
    for doc in members:
        for key in doc.keys:
            names.update(words(key))
    counts = Counter(w for doc in members for w in words(doc.title) + words(doc.text)[:_LABEL_WORDS])
    in_titles = Counter(w for title in {doc.title for doc in members} for w in set(words(title)))
    ranked = sorted((t for t in counts if t not in names and len(t) > 3),
                    key=lambda t: (-min(in_titles.get(t, 0), 2), -counts[t], t))
    return ranked[:3]


def _most_common(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    counts: dict[str, float] = {}
    for group in groups:
        for rank, name in enumerate(group):
            counts[name] = counts.get(name, 0.0) + 1.0 / (1 + rank)
    return tuple(sorted(counts, key=lambda name: -counts[name]))   # stable: ties keep first-seen order
