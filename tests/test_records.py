"""The output contract: normalisation, stable ids, and the JSON round trip."""
from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsledger.records import Article, Published, Removal, content_id, normalise_body, to_json_dict

CONTRACT_FIELDS = {"id", "source", "title", "outlet", "credited_sources", "byline", "published",
                   "language", "body", "removed"}

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@given(texts)
def test_normalise_body_is_idempotent(text):
    once = normalise_body(text)
    assert normalise_body(once) == once


@given(texts)
def test_paragraphs_are_separated_by_exactly_one_blank_line(text):
    body = normalise_body(text)
    assert "\n\n\n" not in body
    assert all(p.strip() == p and p for p in body.split("\n\n")) or body == ""


@given(st.text(alphabet="abcdefXYZ .,\n\t", max_size=200))
def test_content_id_ignores_layout_and_case(text):
    assert content_id(text) == content_id(text.upper().replace(" ", "\n  "))


def test_content_id_is_stable_across_whitespace():
    assert content_id("Troops  advanced.\n\nThey said") == content_id("troops advanced. they   said")
    assert content_id("Troops advanced.") != content_id("Troops retreated.")


article_strategy = st.builds(
    Article,
    id=st.text(min_size=1, max_size=32),
    source=st.fixed_dictionaries({"uri": st.text(max_size=40), "format": st.sampled_from(["html", "text", "warc"])}),
    title=st.none() | st.text(max_size=80),
    outlet=st.none() | st.text(max_size=40),
    credited_sources=st.lists(st.text(max_size=20), max_size=3).map(tuple),
    byline=st.lists(st.text(max_size=20), max_size=3).map(tuple),
    published=st.none() | st.builds(Published, iso=st.text(max_size=20), precision=st.sampled_from(["minute", "day"]),
                                    evidence=st.text(max_size=30), inferred=st.booleans()),
    language=st.sampled_from(["en", "fr", "ru"]),
    body=st.text(max_size=300),
    removed=st.lists(st.builds(Removal, text=st.text(max_size=30), reason=st.text(max_size=10)), max_size=3).map(tuple),
    url=st.none() | st.text(max_size=40),
)


@given(article_strategy)
def test_article_survives_the_json_round_trip(article):
    data = json.loads(json.dumps(to_json_dict(article)))
    assert set(data) >= CONTRACT_FIELDS
    assert Article.from_json_dict(data) == article
