"""Near-duplicates: copies of an article are stored and linked to their original, never dropped.

The edited copies below are synthetic (made in the test from a real AEB page: other boilerplate,
one changed sentence); the cross-format check runs on the real AEB HTML pages and their dumps.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.extract import extract
from newsledger.ingest.dedup import DedupOptions, NearDuplicateIndex, decode, encode, overlap, shingles, signature
from newsledger.ingest.run import ingest
from newsledger.records import Article, RawDocument
from newsledger.store import Ledger

NEW_SENTENCE = "Officials later disputed this account and said the figures could not be verified independently."


def _english_dumps(corpus: Path, count: int) -> list[Path]:
    """The first `count` AEB dumps (by name) that extract to a long English article."""
    found = []
    for path in sorted((corpus / "aeb" / "dumps").glob("*.txt")):
        article = extract(RawDocument(str(path), path.read_bytes()))
        if isinstance(article, Article) and article.language == "en" and len(article.body) > 2500:
            found.append(path)
            if len(found) == count:
                return found
    pytest.skip("not enough long English pages in aeb/dumps")


def _edited_copy(path: Path) -> bytes:
    """Same article re-published elsewhere: other header and footer, one sentence rewritten."""
    text = path.read_text(encoding="utf-8")
    body = extract(RawDocument(str(path), path.read_bytes())).body
    lines = text.splitlines()
    target = next(i for i, line in enumerate(lines) if len(line.strip()) > 60 and line.strip() in body)
    lines[target] = NEW_SENTENCE
    header = ["Home | World | Europe | Business | Opinion", "Subscribe to our newsletter", ""]
    footer = ["", "Most Read", "* Ceasefire talks stall again", "* Markets fall on rate fears",
              "(c) 2024 The Other Outlet. All rights reserved."]
    return "\n".join(header + lines + footer).encode("utf-8")


def test_a_lightly_edited_copy_is_linked_to_its_original_and_an_unrelated_page_is_not(corpus, ledger_target):
    original, unrelated = _english_dumps(corpus, 2)
    copy = RawDocument("other-outlet/copy.txt", _edited_copy(original))
    items = [RawDocument(str(original), original.read_bytes()), copy,
             RawDocument(str(unrelated), unrelated.read_bytes())]
    with Ledger.open(ledger_target) as ledger:
        summary = ingest([], ledger, items=items)
        ids = {page["uri"]: page["article_id"] for page in ledger.pages()}
        assert summary.articles_new == 3 and summary.near_duplicates == 1
        assert ids["other-outlet/copy.txt"] != ids[str(original)]           # stored as its own article
        # both undated, neither credits the other: the canonical order (dedup.leads) ends at the content id,
        # so either may be the original; they are linked one way, and the unrelated page to neither
        copy_id, original_id = ids["other-outlet/copy.txt"], ids[str(original)]
        assert (ledger.duplicate_of(copy_id), ledger.duplicate_of(original_id)) in ((original_id, None), (None, copy_id))
        assert ledger.duplicate_of(ids[str(unrelated)]) is None
        (_copy, _original, similarity), = ledger.duplicates()
        assert 0.7 <= similarity < 1.0
        assert NEW_SENTENCE in ledger.article(ids["other-outlet/copy.txt"]).body


def _dated_html(title: str, body: str, date: str) -> bytes:
    """A plain synthetic article page with its date in the usual meta tag."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f'<html><head><title>{title}</title><meta property="article:published_time" content="{date}">'
            f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>").encode()


def test_the_earliest_published_copy_is_the_original_whatever_order_pages_arrive_in(corpus, ledger_target):
    source, = _english_dumps(corpus, 1)
    body = extract(RawDocument(str(source), source.read_bytes())).body
    paragraphs = body.split("\n\n")
    reprint = "\n\n".join(paragraphs[:-1] + [NEW_SENTENCE])
    later = RawDocument("reprint.html", _dated_html("Reprinted", reprint, "2024-10-25T09:00:00+00:00"))
    earlier = RawDocument("first.html", _dated_html("First", body, "2024-10-20T09:00:00+00:00"))
    third = RawDocument("third.html", _dated_html("Third", body + "\n\n" + NEW_SENTENCE, "2024-10-30"))
    with Ledger.open(ledger_target) as ledger:
        ingest([], ledger, items=[later])              # the reprint arrives first...
        ingest([], ledger, items=[earlier, third])     # ...then the earlier original, then another copy
        ids = {page["uri"]: page["article_id"] for page in ledger.pages()}
        assert ledger.article(ids["first.html"]).published.iso.startswith("2024-10-20")
        assert ledger.duplicate_of(ids["reprint.html"]) == ids["first.html"]
        assert ledger.duplicate_of(ids["third.html"]) == ids["first.html"]
        assert ledger.duplicate_of(ids["first.html"]) is None


def test_a_copy_of_a_copy_links_to_the_first_original(corpus):
    original, = _english_dumps(corpus, 1)
    body = extract(RawDocument(str(original), original.read_bytes())).body
    index = NearDuplicateIndex()
    index.add("first", signature(body))
    copy = body.replace(".", ". Indeed,", 3)
    match = index.find(signature(copy))
    assert match is not None and match.original == "first"
    index.add("second", signature(copy), match.original)
    assert index.find(signature(copy + "\n\nA closing line added by the third outlet.")).original == "first"


def test_aeb_text_dumps_are_linked_to_the_html_of_the_same_page_and_never_to_another(corpus, tmp_path):
    aeb = corpus / "aeb"
    with Ledger.open(tmp_path / "aeb.db") as ledger:
        ingest([str(aeb / "html"), str(aeb / "dumps")], ledger)
        article_of = {Path(p["uri"]).name.split(".")[0] + ("/dump" if p["uri"].endswith(".txt") else ""):
                      p["article_id"] for p in ledger.pages() if p["article_id"]}
        stem_of = {article_id: key.split("/")[0] for key, article_id in article_of.items()}
        pairs = [(article_of[s], article_of[s + "/dump"]) for s in article_of if s + "/dump" in article_of]
        # either may be the original: the canonical order (dedup.leads) decides, not which came first
        linked = sum(html == dump or ledger.duplicate_of(dump) == html or ledger.duplicate_of(html) == dump
                     for html, dump in pairs)
        wrong = [(a, b) for a, b, _ in ledger.duplicates() if stem_of[a] != stem_of[b]]
    assert len(pairs) >= 170
    assert linked / len(pairs) >= 0.8, f"only {linked} of {len(pairs)} dumps linked to their HTML page"
    assert wrong == []


def test_shingles_ignore_case_and_punctuation_but_not_word_order():
    assert shingles("Russian forces retook Sudzha, the ministry said.") == \
        shingles("russian FORCES retook Sudzha -- the Ministry said")
    assert shingles("forces Russian retook Sudzha the ministry said") != \
        shingles("Russian forces retook Sudzha the ministry said")


def test_text_without_spaces_is_shingled_by_character():
    assert len(shingles("キンドルのデスクトップアプリの起動ホットキー")) > 10


def test_bodies_too_short_to_judge_are_never_called_copies():
    index = NearDuplicateIndex(DedupOptions())
    index.add("a", signature("Breaking: shelling reported in Kharkiv."))
    assert index.find(signature("Breaking: shelling reported in Kharkiv.")) is None


@settings(max_examples=40, deadline=None)
@given(words=st.lists(st.sampled_from("the a forces Kursk Sudzha said retook village troops ministry".split()),
                      min_size=30, max_size=200))
def test_a_signature_survives_storage_and_matches_its_own_text(words):
    body = " ".join(words)
    sig = signature(body)
    restored = decode(encode(sig), sig.size)
    assert restored.minhash.jaccard(sig.minhash) == 1.0
    assert restored.size == sig.size == len(shingles(body))


def test_overlap_is_the_share_of_the_smaller_set_held_by_the_larger():
    # |A| = 100, |B| = 300, all of A in B: Jaccard 1/3, overlap 1.
    assert overlap(100 / 300, 100, 300) == pytest.approx(1.0)
    assert overlap(0.0, 100, 300) == 0.0
