"""Clustering a large batch holds less (packed page vectors, far pairs never kept) and finds the
same stories: a packed vector's products and sums are the floats a dict's give, and stories
grown from pairs scored one page at a time equal those of every pair scored first."""
from __future__ import annotations

import heapq
import math
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from newsledger.stories import cluster
from newsledger.stories.cluster import ClusterOptions, StoryDoc, cluster_docs

_TERMS = st.sampled_from([f"t{n}" for n in range(40)])
_VECTORS = st.dictionaries(_TERMS, st.floats(min_value=-1e3, max_value=1e3, allow_nan=False), max_size=30)


@settings(deadline=None)              # a loaded machine must not fail it: it checks values, not time
@given(_VECTORS, _VECTORS)
def test_packed_vectors_give_the_same_floats_as_dicts(a, b):
    expected = cluster._dot(a, b)
    packed_a, packed_b = cluster._pack(a), cluster._pack(b)
    for left, right in ((packed_a, b), (a, packed_b), (packed_a, packed_b)):
        assert cluster._dot(left, right) == expected
    assert cluster._size(packed_a) == len(a)
    assert cluster._add(packed_a, dict(b)) == cluster._add(dict(a), packed_b) == cluster._add(dict(a), dict(b))
    assert cluster._heaviest(packed_a, 5) == cluster._heaviest(a, 5)


def _pairs_as_they_were(clusters, opts):
    """The candidate pairs as `_candidates` chose them before it proposed them one cluster at a
    time: every cluster posted under its heaviest terms and keys, each paired with the next
    `neighbourhood` clusters of each posting unless their days are too far apart."""
    postings = {}
    for c, found in enumerate(clusters):
        text, keys = cluster._as_dict(found.text), cluster._as_dict(found.keys)
        heaviest = sorted(text, key=lambda t: (-text[t], t))[: opts.block_terms]
        heaviest += ["\0" + k for k in sorted(keys, key=lambda k: (-keys[k], k))[: opts.block_terms]]
        for term in heaviest:
            postings.setdefault(term, []).append(c)
    bound = opts.window_days + opts.decay_days * math.log(1 / max(opts.threshold, 1e-6))
    pairs = set()
    for posting in postings.values():
        for n, a in enumerate(posting):
            for b in posting[n + 1: n + 1 + opts.neighbourhood]:
                gap = cluster._gap(clusters[a].days, clusters[b].days)
                if gap is None or gap <= bound:
                    pairs.add((a, b))
    return pairs


def _every_pair_first(docs, opts):
    """The linkage as it was: every candidate pair (chosen as they were) held, then all scored
    before any merge."""
    order = cluster.canonical_order(docs)
    idf = cluster._idf([cluster._lead_terms(d, opts) for d in docs])
    key_idf = cluster._idf([d.keys for d in docs])
    clusters = cluster._initial_clusters(docs, order, [], opts, idf, key_idf)
    linkage = cluster._Linkage(clusters, opts)
    pairs = _pairs_as_they_were(clusters, opts)
    assert pairs == {(a, b) for a, partners in cluster._candidates(clusters, opts) for b in partners}
    for a, b in pairs:
        linkage.neighbours[a].add(b)
        linkage.neighbours[b].add(a)
    for a in sorted(linkage.neighbours):
        for b in sorted(linkage.neighbours[a]):
            if a < b:
                linkage.push(a, b)
    heapq.heapify(linkage.heap)
    rank = {index: n for n, index in enumerate(order)}
    return sorted((sorted(g, key=rank.__getitem__) for g in linkage.grow()), key=lambda g: rank[g[0]])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from("troops shelled kharkiv border villages flooded river "
                                                     "dam election votes counted minister".split()),
                                    min_size=3, max_size=12),
                          st.integers(0, 200)), min_size=2, max_size=30),
       # the default blocking, and a narrow one under which small batches leave pairs unproposed
       st.sampled_from([ClusterOptions(), ClusterOptions(block_terms=2, neighbourhood=2)]))
def test_pairs_scored_page_by_page_make_the_stories_of_all_pairs_scored_first(pages, opts):
    docs = [StoryDoc(f"p{n}", " ".join(text[:3]), " ".join(text), date(2024, 1, 1) + timedelta(days=day),
                     frozenset(text[-2:]))
            for n, (text, day) in enumerate(pages)]
    assert cluster_docs(docs, opts) == _every_pair_first(docs, opts)


def test_far_pairs_are_not_kept():
    docs = [StoryDoc(f"p{n}", f"headline {n}", f"shared words about topic number{n} " * 3, None, frozenset({f"k{n}"}))
            for n in range(30)]
    opts = ClusterOptions()
    order = cluster.canonical_order(docs)
    idf = cluster._idf([cluster._lead_terms(d, opts) for d in docs])
    clusters = cluster._initial_clusters(docs, order, [], opts, idf, cluster._idf([d.keys for d in docs]))
    linkage = cluster._Linkage(clusters, opts)
    proposed = 0
    for a, partners in cluster._candidates(clusters, opts):
        proposed += len(partners)
        linkage.consider(a, partners)
    kept = sum(len(n) for n in linkage.neighbours.values()) // 2
    assert proposed > 0
    assert all(math.isfinite(v[0]) for v in linkage.dots.values())
    assert kept == len(linkage.dots) < proposed
