"""The enrich stage end to end: enrich(), enrich_many() and `newsledger analyze`, on the seed pages.

One synthetic page (written for these tests) checks how an unanalyzable article is reported.
"""
from __future__ import annotations

import dataclasses
import json
import time

import pytest
from click.testing import CliRunner

from newsledger.cli import main
from newsledger.enrich import enrich, enrich_many, load_nlp
from newsledger.enrich.records import Analysis
from newsledger.extract import extract
from newsledger.records import RawDocument, Rejection


@pytest.fixture(scope="module")
def articles(seeds):
    return [extract(RawDocument(str(path), path.read_bytes())) for _, path in sorted(seeds.items())]


@pytest.fixture(scope="module")
def analyses(articles):
    nlp = load_nlp()
    return [enrich(article, nlp) for article in articles]


def test_enrich_fills_every_field_from_the_body(analyses):
    first = analyses[0]
    assert isinstance(first, Analysis)
    assert first.entities and first.quotes and first.figures and first.places
    body = first.article.body
    for entity in first.entities:
        assert body[entity.start:entity.end] == entity.text
    for quote in first.quotes:
        assert 0 <= quote.start < quote.end <= len(body)
    assert first.sentences and first.sentences[-1][1] <= len(body)


def test_places_and_figures_use_the_entities_and_quotes(analyses):
    first = analyses[0]
    assert "Kursk" in {place.name for place in first.places} | {p.admin1 for p in first.places}
    settlements = [f for f in first.figures if f.unit == "settlement" and f.value == 10]
    assert settlements and settlements[0].claimant == "Apti Alaudinov"


def test_the_json_form_follows_the_contract(analyses):
    data = analyses[1].to_json_dict()
    for key in ("id", "body", "entities", "quotes", "figures", "places", "dates", "events"):
        assert key in data
    quote = data["quotes"][0]
    assert set(quote) >= {"speaker", "speaker_text", "cue", "content", "direct", "channel", "hedges", "start", "end", "via"}
    # added field: the sentence spans that citations number, in order, inside the body
    spans = data["sentences"]
    assert spans and all(0 <= start < end <= len(data["body"]) for start, end in spans)
    assert [start for start, _ in spans] == sorted(start for start, _ in spans)
    json.dumps(data)


def test_enrich_many_on_two_processes_matches_enrich(articles, analyses):
    many = list(enrich_many(articles, processes=2, chunksize=1))       # two batches: on forked workers
    assert [a.to_json_dict() for a in many] == [a.to_json_dict() for a in analyses]
    few = list(enrich_many(articles, processes=2))                     # one batch: parsed in this process
    assert [a.to_json_dict() for a in few] == [a.to_json_dict() for a in analyses]


def test_enrich_many_leaves_the_vocabulary_as_it_found_it(articles):
    # synthetic bodies, each with made-up names no vocabulary holds: a worker that kept every new
    # word of every page would grow without end over a large corpus
    nlp = load_nlp()
    synthetic = [dataclasses.replace(articles[0], id=f"synthetic-{n}",
                                     body=f"Officials in Vrendalsk{n}ova said the Quorvath{n} brigade shelled "
                                          f"Mbeltizka{n}, the governor Oskarin Dweltham{n} told reporters.")
                 for n in range(6)]
    list(enrich_many(synthetic[:1], nlp, processes=1))
    strings = len(nlp.vocab.strings)
    results = list(enrich_many(synthetic, nlp, processes=1, chunksize=2))
    assert len(nlp.vocab.strings) == strings
    assert "Quorvath3" not in nlp.vocab.strings
    assert [r.article.id for r in results] == [a.id for a in synthetic]
    assert "Vrendalsk3ova" in {e.text for e in results[3].entities}      # the new words were read all the same


def test_an_article_too_long_to_parse_is_a_rejection(articles):
    nlp = load_nlp()
    huge = dataclasses.replace(articles[0], body="word " * (nlp.max_length // 5 + 10))   # synthetic
    [result] = list(enrich_many([huge], nlp, processes=1))
    assert isinstance(result, Rejection) and result.reason == "too_long"


def test_analyze_prints_one_analysis_per_page_and_fails_on_a_bad_one(seeds, tmp_path):
    missing = tmp_path / "missing.html"
    result = CliRunner().invoke(main, ["analyze", str(seeds["000"]), str(missing), "--quiet"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and any(q["speaker"] == "Apti Alaudinov" for q in lines[0]["quotes"])
    assert "missing.html" in result.stderr


def test_analyze_saves_analyses_in_the_ledger(seeds, tmp_path):
    from newsledger.store import Ledger

    db = tmp_path / "ledger.db"
    runner = CliRunner()
    first = runner.invoke(main, ["analyze", str(seeds["001"]), "--db", str(db), "--quiet"])
    assert first.exit_code == 0, first.stderr
    again = runner.invoke(main, ["analyze", "--db", str(db), "--format", "json", "--quiet"])
    assert again.exit_code == 0, again.stderr
    [stored] = json.loads(again.stdout)
    with Ledger.open(db) as ledger:
        saved = ledger.analysis(stored["id"])
    assert saved is not None and saved["quotes"] == stored["quotes"]


# SYNTHETIC paragraphs written for this test.
_PARAGRAPHS = ("Officials in the region said on Monday that 12 people were killed near the border.",
               "“We will hold the line,” the governor told reporters in the capital.  \n",
               "Aid groups said 300 families had left their homes since the shelling began.")


def test_parse_bodies_groups_and_cuts_long_bodies(monkeypatch):
    """Bodies parsed in groups of bounded size give the Docs each gives alone; a body longer than
    SPLIT_CHARS is parsed in pieces of whole paragraphs joined into one Doc of the same tokens."""
    from newsledger.enrich import pipeline

    nlp = load_nlp()
    bodies = ["\n\n".join(_PARAGRAPHS), _PARAGRAPHS[0], "\n\n".join(reversed(_PARAGRAPHS))]
    monkeypatch.setattr(pipeline, "PARSE_CHARS", 120)
    grouped = list(pipeline.parse_bodies(nlp, bodies[1:]))
    alone = [nlp(body) for body in bodies[1:]]
    assert [[(t.text, t.dep_, t.head.i, t.ent_iob_) for t in d] for d in grouped] == \
        [[(t.text, t.dep_, t.head.i, t.ent_iob_) for t in d] for d in alone]
    monkeypatch.setattr(pipeline, "SPLIT_CHARS", 120)
    long_doc = next(pipeline.parse_bodies(nlp, bodies[:1]))
    assert long_doc.text == bodies[0]
    assert [t.text for t in long_doc] == [t.text for t in nlp.make_doc(bodies[0])]
    starts = {len(_PARAGRAPHS[0]) + 2, len(_PARAGRAPHS[0]) + len(_PARAGRAPHS[1]) + 4}
    assert starts <= {s.start_char for s in long_doc.sents}
    assert all("\n\n" not in e.text for e in long_doc.ents)


def test_enrich_many_reads_its_input_a_bounded_way_ahead(articles):
    # synthetic bodies: 12 batches of one article on two workers
    from newsledger.enrich import pipeline

    synthetic = [dataclasses.replace(articles[0], id=f"synthetic-{n}",
                                     body=f"On Monday officials said {n} people were hurt, the governor told reporters.")
                 for n in range(12)]
    read = []

    def source():
        for article in synthetic:
            read.append(article.id)
            yield article

    results = enrich_many(source(), processes=2, chunksize=1)
    first = next(results)
    time.sleep(1.0)                          # time enough for an eager feeder to read all 12
    assert len(read) <= 2 + 2 * pipeline._AHEAD_PER_WORKER + 1
    rest = list(results)
    assert [r.article.id for r in [first, *rest]] == [a.id for a in synthetic]


def test_enrich_many_freezes_what_its_workers_inherit_while_they_run(articles):
    # synthetic bodies; the workers' collector must not walk (and so copy) the parent's objects
    import gc

    synthetic = [dataclasses.replace(articles[0], id=f"synthetic-{n}", body=f"On Monday {n} people were hurt.")
                 for n in range(4)]
    results = enrich_many(synthetic, processes=2, chunksize=1)
    next(results)
    assert gc.get_freeze_count() > 0
    list(results)
    assert gc.get_freeze_count() == 0


def test_enrich_many_leaves_a_callers_own_freeze(articles):
    # the caller froze first: enrich_many must not lift that freeze when its pool ends
    import gc

    synthetic = [dataclasses.replace(articles[0], id=f"synthetic-frozen-{n}", body=f"On Monday {n} people were hurt.")
                 for n in range(4)]
    gc.freeze()
    try:
        assert len(list(enrich_many(synthetic, processes=2, chunksize=1))) == 4
        assert gc.get_freeze_count() > 0        # (frozen objects freed since leave the count)
    finally:
        gc.unfreeze()


def test_enrich_many_gives_the_parents_freed_heap_back_before_and_after_its_pool(articles, monkeypatch):
    # synthetic bodies; the parent lives as long as the run and forks a pool for each window of
    # articles: what it freed goes back to the system before the workers are forked and once they end
    # (the workers trim after each batch in their own processes, which this process does not count)
    import os

    from newsledger.enrich import pipeline

    parent, calls = os.getpid(), []
    real = pipeline._give_back_freed_memory

    def counted() -> None:
        if os.getpid() == parent:
            calls.append(len(calls))
        real()

    monkeypatch.setattr(pipeline, "_give_back_freed_memory", counted)
    synthetic = [dataclasses.replace(articles[0], id=f"synthetic-trim-{n}", body=f"On Tuesday {n} people were hurt.")
                 for n in range(4)]
    results = enrich_many(synthetic, processes=2, chunksize=1)
    next(results)
    assert len(calls) == 1                      # before the fork
    assert len(list(results)) == 3
    assert len(calls) == 2                      # once the pool has ended
