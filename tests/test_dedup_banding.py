"""The banded index of ingest/dedup against datasketch's MinHashLSH, which it replaced (datasketch is a
test dependency, kept as the reference): the same split of the signature into bands and the same
candidates for the same signatures."""
from __future__ import annotations

import random

import pytest
from datasketch import MinHash as ReferenceMinHash
from datasketch import MinHashLSH
from datasketch.lsh import _optimal_param

from newsledger.ingest import dedup


@pytest.mark.parametrize("threshold", [0.1, 0.25, 0.3, 0.45, 0.5, 0.65, 0.8, 0.9])
def test_the_band_split_is_datasketchs(threshold):
    assert dedup.bands(threshold) == _optimal_param(threshold, dedup.NUM_PERM, 0.5, 0.5)


def _bodies() -> list[str]:
    # synthetic texts: 30 independent ones and, for each of the first 15, a copy with a share of its
    # words changed, so that candidates exist on both sides of the threshold
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(400)]
    originals = [" ".join(rng.choice(vocabulary) for _ in range(120)) for _ in range(30)]
    copies = []
    for n, text in enumerate(originals[:15]):
        words = text.split()
        for i in rng.sample(range(len(words)), k=4 * n):
            words[i] = rng.choice(vocabulary)
        copies.append(" ".join(words))
    return originals + copies


def test_the_band_index_finds_what_datasketchs_lsh_finds():
    threshold = dedup.DedupOptions().candidate_jaccard
    ours = dedup._BandIndex(threshold)
    reference = MinHashLSH(threshold=threshold, num_perm=dedup.NUM_PERM)
    signatures = {f"a{n}": dedup.signature(body).minhash for n, body in enumerate(_bodies())}
    for key, minhash in signatures.items():
        ours.insert(key, minhash)
        reference.insert(key, ReferenceMinHash(num_perm=dedup.NUM_PERM, hashvalues=minhash.hashvalues, scheme="affine32"))
    pairs = 0
    for minhash in signatures.values():
        found = ours.query(minhash)
        assert found == set(reference.query(ReferenceMinHash(num_perm=dedup.NUM_PERM, hashvalues=minhash.hashvalues, scheme="affine32")))
        pairs += len(found) - 1
    assert pairs > 0                     # some copies are candidates, so the comparison is not empty
