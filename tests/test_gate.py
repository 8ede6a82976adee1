"""The relevance gate: a text known not to be English gets no tagger, parser or attribute ruler
(the rules that read them are English grammar), only the entity components and the rule
splitter's sentences; English and unknown-language texts are parsed whole. All texts are
SYNTHETIC, written for these tests."""
from __future__ import annotations

import pytest

from newsledger.enrich.nlp import gated_pipe, load_nlp

_ENGLISH = "The regional governor said the bridge near Ostrava was closed.\n\nOfficials said 12 people were hurt."
_ITALIAN = "Il governatore ha detto che il ponte è chiuso. Ieri 12 persone sono state ferite a Ostrava."


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.parametrize("language", ["en", "en-GB", None])
def test_an_english_or_unknown_text_is_parsed_as_the_pipeline_parses_it(nlp, language):
    gated = gated_pipe(nlp, [_ITALIAN, _ENGLISH], ["it", language])[1]
    assert _annotations(gated) == _annotations(nlp(_ENGLISH))


def test_a_text_known_not_to_be_english_is_not_parsed(nlp):
    doc = gated_pipe(nlp, [_ENGLISH, _ITALIAN], ["en", "it"])[1]
    assert not any(t.dep_ or t.tag_ or t.pos_ for t in doc)
    assert [s.text for s in doc.sents] == ["Il governatore ha detto che il ponte è chiuso.",
                                           "Ieri 12 persone sono state ferite a Ostrava."]
    assert any(e.text == "Ostrava" for e in doc.ents)            # the recogniser still ran
    assert all(t.left_edge.i == t.i == t.right_edge.i and not list(t.children) for t in doc)


def test_the_enrich_stage_reads_an_unparsed_text_without_failing(nlp):
    from newsledger.enrich import enrich
    from newsledger.records import Article

    article = Article(id="gate", source={"uri": "gate", "format": "text"}, title=None, outlet=None,
                      credited_sources=(), byline=(), published=None, language="it", body=_ITALIAN)
    analysis = enrich(article, nlp)
    assert [_ITALIAN[s:e] for s, e in analysis.sentences] == [
        "Il governatore ha detto che il ponte è chiuso.", "Ieri 12 persone sono state ferite a Ostrava."]
    assert analysis.figures == () and analysis.quotes == ()
    assert "Ostrava" in [e.text for e in analysis.entities]


def test_a_long_text_not_in_english_is_cut_and_joined_with_its_sentences(nlp, monkeypatch):
    from newsledger.enrich import pipeline

    body = "\n\n".join([_ITALIAN] * 4)
    monkeypatch.setattr(pipeline, "PARSE_CHARS", 100)
    monkeypatch.setattr(pipeline, "SPLIT_CHARS", 150)
    doc = next(pipeline.parse_bodies(nlp, [body], ["it"]))
    assert doc.text == body and not any(t.dep_ for t in doc)
    assert len([s for s in doc.sents if s.text.strip()]) == 8
