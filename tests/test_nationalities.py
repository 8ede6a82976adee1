"""One table of nationality words (enrich/data/nationalities.tsv); each judgement takes its rows by kind."""
from __future__ import annotations

import re
from pathlib import Path

from newsledger.enrich.names import is_unnamed
from newsledger.enrich.nationalities import adjective_of, adjectives, country_of, nationalities
from newsledger.events.actors import find_actors
from newsledger.events.geography import article_country, demonyms

SRC = Path(__file__).resolve().parents[1] / "src" / "newsledger"


def test_no_module_keeps_a_nationality_table_of_its_own():
    # every old table paired a nationality with its country or listed nationalities side by side
    word = re.compile(r"belarusian\W{1,4}by\b|belarus\W{1,4}belarusian|ukrainian\W{1,4}russian", re.I)
    holders = sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*") if p.is_file()
                     and p.suffix in (".py", ".tsv", ".json", ".csv") and word.search(p.read_text("utf-8")))
    assert holders == ["enrich/data/nationalities.tsv"], holders


def test_each_word_is_one_row_and_each_country_name_one_adjective():
    words = [row.word.lower() for row in nationalities()]
    assert len(words) == len(set(words))
    names = [name for row in nationalities() for name in row.names]
    assert len(names) == len(set(names))


def test_the_judgements_read_the_same_rows():
    # place finding: any word with a country is a clue to it
    assert (country_of("Ukrainians"), country_of("Kremlin"), country_of("Kuwaiti")) == ("UA", "RU", "KW")
    assert country_of("European") is None
    # an article's country and the forces of a state: the adjectives, but the Ukraine war's own
    assert demonyms()["kuwaiti"] == "KW" and "russian" not in demonyms() and "kremlin" not in demonyms()
    assert set(demonyms()) <= set(adjectives())
    assert article_country((), "Kuwaiti officials said two soldiers were wounded at a border post") == "KW"
    assert [m.actor.key for m in find_actors("Kuwaiti troops opened fire on the convoy")][:1] == ["STATE-KW"]
    # sources: a nationality alone names no one; the seat of a government does
    assert is_unnamed("Russians") and is_unnamed("Afghan") and is_unnamed("Western")
    assert not is_unnamed("Kremlin")
    # national bodies: the adjective of the country named
    assert (adjective_of("Ukraine"), adjective_of("US"), adjective_of("UK"), adjective_of("Saudi")) == \
        ("Ukrainian", "U.S.", "British", "Saudi")


def test_a_states_force_words_are_one_list_for_the_actors_and_the_places():
    # synthetic: what names a state's forces after its nationality word or its name is read from one
    # source (nationalities.STATE_ARMY / STATE_POLICE, cues.MILITARY_AIRCRAFT) by the actor lexicon and by
    # the places' weighing of nationality words alike
    from newsledger.enrich.places import _HOME_FORCE

    for words in ("warplanes", "helicopters", "choppers", "fighter jets", "navy", "air force"):
        mentions = find_actors(f"Turkish {words} struck a village near the border", "SY")
        assert [m.actor.key for m in mentions][:1] == ["STATE-TR"], words
        mentions = find_actors(f"Nigeria {words} struck a village near the border", "NG")
        assert [m.actor.key for m in mentions][:1] == ["STATE-NG"], words
    for words in ("navy", "air force", "troops"):
        home = _HOME_FORCE.match(f" {words} said")
        assert home is not None and home.group(1) is None, words
    for words in ("police", "police officers", "security forces", "police force"):
        home = _HOME_FORCE.match(f" {words} said")
        assert home is not None and home.group(1) is not None, words
