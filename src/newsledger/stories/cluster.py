"""Story clustering: articles from different outlets about the same developing story.

Written by hand (a few dozen lines of TF-IDF over plain dicts) because the signal we need is a
mix no clustering library offers ready-made: text similarity (TF-IDF cosine of title and body),
shared actors and places (canonical entity names and geocoded places from the enrich stage,
weighted by rarity), and time proximity (a story runs for weeks; a gap beyond the window decays
the score). Clustering is incremental and order-stable: articles are taken in publication order
and each joins the best existing story over `threshold` or starts a new one, so adding a page
later never reshuffles old stories except by joining one.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .framing import fold_spellings
from .records import Story
from .text import article_date, words

__all__ = ["ClusterOptions", "StoryDoc", "doc_from_analysis", "cluster_docs", "build_stories"]

_KEY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}


@dataclass(frozen=True, slots=True)
class ClusterOptions:
    threshold: float = 0.30        # a doc joins a story scoring at least this
    text_weight: float = 0.6       # share of the score from TF-IDF cosine (the rest: shared keys)
    window_days: float = 60.0      # no time penalty inside this gap to the nearest member
    decay_days: float = 30.0       # beyond the window the score falls by e every decay_days
    title_boost: int = 2           # title words count this many times


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
    return StoryDoc(article.id, title, body, article_date(article), frozenset(keys), places)


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


_COMMON_CAPITALS = frozenset("the this that monday tuesday wednesday thursday friday saturday sunday "
                             "january february march april may june july august september october "
                             "november december".split())


def _vector(doc: StoryDoc, idf: dict[str, float], opts: ClusterOptions) -> dict[str, float]:
    counts = Counter(words(doc.text))
    for word in words(doc.title):
        counts[word] += opts.title_boost
    vec = {w: (1.0 + math.log(c)) * idf.get(w, 1.0) for w, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def _idf(docs: Sequence[StoryDoc], field_of, full_at: int = 50) -> dict[str, float]:
    """Smoothed inverse document frequency, shrunk towards 1 for small batches.

    With a handful of pages document frequency is noise (with two pages, every shared word looks
    common), so the weight moves from uniform to full IDF as the batch grows to `full_at` pages.
    """
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(field_of(doc)))
    n = len(docs)
    trust = min(1.0, n / full_at)
    return {term: 1.0 + trust * math.log((1 + n) / (1 + count)) for term, count in df.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    norm = math.sqrt(sum(v * v for v in b.values())) or 1.0
    return dot / norm


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    keys: Counter = field(default_factory=Counter)
    days: list[date] = field(default_factory=list)

    def add(self, index: int, vec: dict[str, float], doc: StoryDoc) -> None:
        self.members.append(index)
        for term, value in vec.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + value
        self.keys.update(doc.keys)
        if doc.day:
            self.days.append(doc.day)


def _key_overlap(doc: StoryDoc, cluster: _Cluster, key_idf: dict[str, float]) -> float:
    """Rarity-weighted share of actors and places in common, over the smaller of the two sets.

    The smaller set is the denominator so that a short page (or a headline) naming three of a
    long story's actors counts as fully inside it.
    """
    if not doc.keys or not cluster.keys:
        return 0.0
    mine = sum(key_idf.get(k, 1.0) for k in doc.keys)
    theirs = sum(key_idf.get(k, 1.0) for k in cluster.keys)
    shared = sum(key_idf.get(k, 1.0) for k in doc.keys if k in cluster.keys)
    return shared / min(mine, theirs)


def _time_factor(doc: StoryDoc, cluster: _Cluster, opts: ClusterOptions) -> float:
    if not doc.day or not cluster.days:
        return 1.0
    gap = min(abs((doc.day - d).days) for d in cluster.days)
    return 1.0 if gap <= opts.window_days else math.exp(-(gap - opts.window_days) / opts.decay_days)


def cluster_docs(docs: Sequence[StoryDoc], opts: ClusterOptions = ClusterOptions()) -> list[list[int]]:
    """Group docs into stories; returns lists of indexes into `docs`, each in publication order."""
    order = sorted(range(len(docs)), key=lambda i: (docs[i].day or date.max, docs[i].id))
    idf = _idf(docs, lambda d: words(d.title) + words(d.text))
    key_idf = _idf(docs, lambda d: d.keys)
    vectors = [_vector(doc, idf, opts) for doc in docs]
    clusters: list[_Cluster] = []
    for index in order:
        doc, vec = docs[index], vectors[index]
        best, best_score = None, opts.threshold
        for cluster in clusters:
            score = (opts.text_weight * _cosine(vec, cluster.centroid)
                     + (1 - opts.text_weight) * _key_overlap(doc, cluster, key_idf))
            score *= _time_factor(doc, cluster, opts)
            if score >= best_score:
                best, best_score = cluster, score
        if best is None:
            best = _Cluster()
            clusters.append(best)
        best.add(index, vec, doc)
    return [cluster.members for cluster in clusters]


def build_stories(analyses: Sequence, opts: ClusterOptions = ClusterOptions()) -> list[Story]:
    """Cluster analyses (or articles) into Story records, largest story first."""
    docs = [doc_from_analysis(a) for a in analyses]
    idf = _idf(docs, lambda d: words(d.title) + words(d.text))
    stories = [_story([docs[i] for i in members], idf, opts) for members in cluster_docs(docs, opts)]
    return sorted(stories, key=lambda s: (-len(s.article_ids), s.first or "", s.id))


def _story(members: list[StoryDoc], idf: dict[str, float], opts: ClusterOptions) -> Story:
    vectors = [_vector(doc, idf, opts) for doc in members]
    centroid: dict[str, float] = {}
    for vec in vectors:
        for term, value in vec.items():
            centroid[term] = centroid.get(term, 0.0) + value
    central = max(range(len(members)), key=lambda i: (_cosine(vectors[i], centroid), -i))
    places = _most_common(doc.places for doc in members)
    keys = Counter(k for doc in members for k in doc.keys)
    entities = tuple(k for k, n in keys.most_common() if n > 1 or len(members) == 1)[:8]
    top_terms = _label_terms(members, centroid, places)
    label = " · ".join(p for p in (places[0] if places else "", ", ".join(top_terms)) if p)
    title = members[central].title or label or members[central].id[:8]
    days = sorted(d.day for d in members if d.day)
    ids = tuple(doc.id for doc in members)
    story_id = hashlib.sha256(" ".join(sorted(ids)).encode()).hexdigest()[:16]
    return Story(story_id, title, label, ids, places[:8], entities,
                 days[0].isoformat() if days else None, days[-1].isoformat() if days else None)


def _label_terms(members: list[StoryDoc], centroid: dict[str, float], places: tuple[str, ...]) -> list[str]:
    """What the story is about in two or three words: heavy terms its headlines share, no names."""
    names = set(words(" ".join(places)))
    for doc in members:
        for key in doc.keys:
            names.update(words(key))
    in_titles = Counter(w for title in {doc.title for doc in members} for w in set(words(title)))
    ranked = sorted((t for t in centroid if t not in names and len(t) > 3),
                    key=lambda t: (-min(in_titles.get(t, 0), 2), -centroid[t], t))
    return ranked[:3]


def _most_common(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    counts: dict[str, float] = {}
    for group in groups:
        for rank, name in enumerate(group):
            counts[name] = counts.get(name, 0.0) + 1.0 / (1 + rank)
    return tuple(sorted(counts, key=lambda name: -counts[name]))   # stable: ties keep first-seen order
