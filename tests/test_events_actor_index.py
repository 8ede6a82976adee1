"""find_actors and article_country search only the patterns a text can match (an index of the
literals' first words, and combined patterns of the groups and of the patterns without a literal);
what they find must be exactly what searching every pattern finds. The sentences are synthetic,
written after news of several wars."""
from __future__ import annotations

import re

import pytest

from newsledger.events import actors, geography
from newsledger.events.actors import find_actors
from newsledger.events.geography import article_country, groups_for

SENTENCES = (
    "Turkish troops shelled positions near the border, the defence ministry said",
    "NIGERIAN POLICE arrested ten suspects after gunmen killed four villagers",
    "Papua New Guinea army and South Sudanese soldiers were deployed",
    "Nigeria's police said bandits abducted 30 students in Zamfara",
    "Taliban fighters attacked an army convoy in Kandahar, killing six soldiers",
    "Russian-backed separatists shelled Ukrainian positions; the AFU returned fire near Donetsk",
    "Pro-Kremlin militants and DPR forces entered the village, according to Kyiv",
    "\u0130stanbul police detained dozens of protesters on Sunday",
    "Houthi rebels fired missiles at Saudi warplanes over Marib",
    "Al-Shabaab militants attacked Somali forces in Mogadishu",
    "Maoists ambushed CRPF jawans in Chhattisgarh; security forces killed two militants",
    "The weather was mild and the market reopened on Monday",
    "Pro-Russian rebels downed a helicopter, Moscow-led forces said",
    "Pakistani security forces and TTP commanders clashed in North Waziristan",
    "Syrian army helicopters dropped barrel bombs on rebel-held Aleppo",
)
COUNTRIES = (None, "UA", "NG", "AF", "IN", "SO", "PK", "SY", "YE")


def _fields(mentions):
    return [(m.actor, m.start, m.end, m.text, m.after_by, m.locative) for m in mentions]


def _every_pattern(monkeypatch):
    """find_actors and article_country as they read when every pattern is searched."""
    always = re.compile("")
    monkeypatch.setattr(actors, "_searched", lambda text, lowered: range(len(actors._PATTERNS)))
    monkeypatch.setattr(actors, "groups_read", lambda country: (groups_for(country), always))
    monkeypatch.setattr(geography, "groups_read", lambda country: (groups_for(country), always))
    actors.find_actors.cache_clear()
    geography._article_country.cache_clear()


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_index_finds_what_every_pattern_finds(monkeypatch, country):
    actors.find_actors.cache_clear()
    indexed = [_fields(find_actors(text, country)) for text in SENTENCES]
    assert any(indexed)
    with monkeypatch.context() as patched:
        _every_pattern(patched)
        assert [_fields(find_actors(text, country)) for text in SENTENCES] == indexed
    actors.find_actors.cache_clear()


def test_article_country_is_the_same_with_every_group_searched(monkeypatch):
    geography._article_country.cache_clear()
    indexed = [article_country((), text) for text in SENTENCES]
    assert indexed.count(None) < len(indexed)
    with monkeypatch.context() as patched:
        _every_pattern(patched)
        assert [article_country((), text) for text in SENTENCES] == indexed
    geography._article_country.cache_clear()


def test_every_state_force_pattern_is_indexed_by_its_first_word():
    # a pattern with a literal is looked up by the literal's first word, which starts the match
    head = actors._WORD_START + "(?:"
    for index, (source, _, _, literal) in enumerate(actors._PATTERNS):
        if literal is not None:
            first = re.match(r"\w+", literal).group(0)
            assert index in actors._BY_WORD[first]
            assert source.startswith(head) and source[len(head):].lower().startswith(first)
