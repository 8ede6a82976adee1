"""Coding events keeps nothing of an article once it is coded (issue 13: `run`'s own process
codes every article of the ledger, so what it keeps per article grows with the corpus).

A real measurement, not a timing: the memory still allocated (tracemalloc) after coding 30
synthetic articles and after 30 more. The coder's caches bounded by a count (cues, actors of a
sentence) still fill over so few articles, about 5 KB an article; a parsed sentence kept for
good was 50 KB an article. The articles are synthetic and made here.
"""
from __future__ import annotations

import gc
import os
import tracemalloc

from newsledger.enrich import enrich_many
from newsledger.events import with_events
from newsledger.records import Article

_TOWNS = ("Avdiivka", "Bakhmut", "Kupiansk", "Lyman", "Izium", "Vuhledar", "Marinka", "Kreminna", "Siversk")


def _article(n: int) -> Article:
    """A short synthetic war report; no two share a sentence (the coder parses sentences again)."""
    town = _TOWNS[n % len(_TOWNS)]
    body = (f"Sunday's attack on {town} killed {n + 3} civilians, officials said on Monday. "
            f"Shelling of the district of {town} lasted {n % 7 + 2} hours, according to the governor. "
            f"Residents described the bombing {n} times a week near the {town} road. "
            f"The army said it had repelled an assault by {n + 20} soldiers on Tuesday.")
    return Article(id=f"synthetic-{n}", source={"uri": f"synthetic-{n}.txt", "format": "text"},
                   title=f"Attack on {town}, report {n}", outlet=None, credited_sources=(), byline=(),
                   published=None, language="en", body=body)


def _held_after(analyses: list) -> int:
    for analysis in analyses:
        assert with_events(analysis).events            # the coder did parse them: there is something to keep
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_coding_events_keeps_nothing_per_article():
    analyses = list(enrich_many([_article(n) for n in range(60)], processes=1))
    tracemalloc.start()
    try:
        warm = _held_after(analyses[:30])
        later = _held_after(analyses[30:])
    finally:
        tracemalloc.stop()
    per_article = (later - warm) / 30
    assert per_article < 16_000, f"{per_article:,.0f} bytes kept per article coded"


def test_coding_events_leaves_no_word_in_the_vocabulary():
    """The coder parses sentences again in a spaCy memory zone (aspect.kept_parses): a word first
    seen in an article is gone from the shared vocabulary once the article is coded. Kept, every
    new word of every page stayed in `run`'s process for good."""
    from newsledger.enrich.nlp import load_nlp

    body = ("Gunmen of the Vrelokast militia shelled the village of Quendrimar on Monday, killing 4 people, "
            "officials said. The Vrelokast fighters later attacked a checkpoint near Quendrimar.")
    article = Article(id="synthetic-words", source={"uri": "synthetic-words.txt", "format": "text"},
                      title="Shelling of Quendrimar", outlet=None, credited_sources=(), byline=(),
                      published=None, language="en", body=body)
    analysis = next(iter(enrich_many([article], processes=1)))     # parsed in a zone of its own
    nlp = load_nlp()
    assert "Quendrimar" not in nlp.vocab.strings
    assert with_events(analysis).events
    assert not nlp.vocab.in_memory_zone
    assert "Quendrimar" not in nlp.vocab.strings and "Vrelokast" not in nlp.vocab.strings
    assert "quendrimar" not in nlp.vocab.strings


def test_a_parse_in_the_callers_zone_is_not_kept():
    """A sentence parsed outside the coder, inside the caller's own memory zone, is not kept past
    it (a kept Doc would point at strings the zone frees)."""
    from newsledger.enrich.nlp import load_nlp
    from newsledger.events import aspect

    nlp = load_nlp()
    sentence = "Militants of the Ardovesk front fired rockets at a depot."
    aspect.forget_parses()
    with nlp.memory_zone():
        doc = aspect.parsed(sentence)
        assert [t.text for t in doc][:3] == ["Militants", "of", "the"]
    assert aspect._parse.cache_info().currsize == 0
    with aspect.kept_parses():
        aspect.parsed(sentence)
        assert aspect._parse.cache_info().currsize == 1 and nlp.vocab.in_memory_zone
    assert aspect._parse.cache_info().currsize == 0 and not nlp.vocab.in_memory_zone
    assert "Ardovesk" not in nlp.vocab.strings


def test_run_codes_events_on_its_workers_and_parses_no_article_here(monkeypatch):
    """`run` analyses on forked workers (store.analyses.analyse_all) and the events coder parses
    sentences again: it codes on the workers too, so `run`'s own process, which lives as long as
    the run, parses no text of any article (a parse in a memory zone still grows the vocabulary's
    hash tables for good: about 30 KB an article when it coded them). Counted: the texts this
    process's pipeline tokenises while 24 synthetic articles (three batches) are analysed on 2
    workers; the workers' own tokenising is not counted (another process id)."""
    from newsledger.enrich.nlp import load_nlp
    from newsledger.store.analyses import analyse_all

    nlp, here = load_nlp(), os.getpid()
    tokenised_here: list[str] = []
    make_doc = nlp.make_doc

    def counted(text, *args, **kwargs):
        if os.getpid() == here:
            tokenised_here.append(text)
        return make_doc(text, *args, **kwargs)

    monkeypatch.setattr(nlp, "make_doc", counted)
    articles = [_article(n) for n in range(24)]
    results = list(analyse_all(articles, processes=2))
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert all(r.events for r in results)                           # coded, on the workers
    of_articles = [text for text in tokenised_here if text.strip() and any(text.strip() in a.body for a in articles)]
    assert of_articles == [], f"{len(of_articles)} texts of the articles parsed in run's own process"
