"""find_cues tries a cue only where one of its literal heads starts a word (an index of the heads read
from the cue patterns); what it finds must be exactly what searching every cue pattern finds. The
sentences are synthetic, written after news of several wars, protests and ceasefires."""
from __future__ import annotations

import pytest

from newsledger.events import cues
from newsledger.events.cues import find_cues

SENTENCES = (
    "Russian troops shelled Kharkiv overnight, killing two civilians and wounding five",
    "Ukrainian forces recaptured the village of Robotyne after fierce fighting, the general staff said",
    "Rebels seized control of the town; police later seized weapons and arms seized in raids were burned",
    "A suicide bomber blew himself up at a checkpoint, and a roadside bomb went off near the market",
    "Warplanes bombed the district on Sunday; the attack Tuesday left 12 dead",
    "Gunmen abducted 30 students and took three teachers hostage in Zamfara",
    "Police fired tear gas at protesters who marched to the parliament; riot police detained 40",
    "Protesters clashed with security forces and a mob torched a police station",
    "The two sides signed a ceasefire agreement and agreed to a prisoner exchange",
    "Air defence intercepted 14 drones and shot down a helicopter near Kherson",
    "The army withdrew from its positions and handed over control to the local militia",
    "The army is aiming to reach the town of Lyman and will probably attack again",
    "Troops crossed the border and entered Ukrainian villages; Grads and MLRS fired at Avdiivka",
    "A landmine explosion killed a farmer; an IED was defused and a booby-trap found",
    "Rebel fighters attack an army battalion as Houthi rebels push into Marib",
    "LIBERATED: THE TOWN WAS RETAKEN, SOLDIERS WERE SHOT DEAD AND CASUALTIES MOUNTED",
    "\u0130stanbul police arrested dozens; a \u017fhelling of the port was reported",
    "The weather was mild and the market reopened on Monday",
    "Fighting groups met for talks; the fighting fit soldier was not injured",
)


def _fields(found):
    return [(c.sub_event_type, c.start, c.end, c.text, c.rank) for c in found]


def _every_cue(sentence):
    """(index, match) of every cue pattern searched over the whole sentence."""
    for index, (_, _, pattern, _) in enumerate(cues._COMPILED):
        for match in pattern.finditer(sentence):
            yield index, match


def test_the_index_finds_what_every_cue_finds(monkeypatch):
    find_cues.cache_clear()
    indexed = [_fields(find_cues(text)) for text in SENTENCES]
    assert sum(map(bool, indexed)) >= len(SENTENCES) - 3
    with monkeypatch.context() as patched:
        patched.setattr(cues, "_matches", _every_cue)
        find_cues.cache_clear()
        assert [_fields(find_cues(text)) for text in SENTENCES] == indexed
    find_cues.cache_clear()


@pytest.mark.parametrize("text", SENTENCES)
def test_every_match_of_every_cue_is_found(text):
    # before the checks that keep plans and background out: every match, of every cue, at its place
    assert [(i, m.span()) for i, m in cues._matches(text)] == [(i, m.span()) for i, m in _every_cue(text)]


def test_every_cue_is_indexed_by_the_heads_it_starts_with():
    # each cue's matches in the sentences start with one of the heads it is indexed under
    indexed = {index for found in cues._BY_HEAD.values() for index in found} | set(cues._UNINDEXED)
    assert indexed == set(range(len(cues._COMPILED)))
    for text in SENTENCES:
        if cues._ASCII_FOLDS.intersection(text):
            continue                    # searched with every cue
        for index, match in _every_cue(text):
            word = match.group(0).lower()
            assert any(index in cues._BY_HEAD.get(word[:length], ()) for length in range(1, cues._HEAD + 1))


class _Unreadable:
    def parse(self, *args, **kwargs):
        raise AttributeError("re's internal parser changed")


def test_when_the_patterns_cannot_be_read_every_cue_is_searched(monkeypatch):
    find_cues.cache_clear()
    indexed = [_fields(find_cues(text)) for text in SENTENCES]
    with monkeypatch.context() as patched:
        patched.setattr(cues, "_parser", _Unreadable())
        by_head, unindexed, short_heads = cues._index_by_head()
        assert by_head == {} and unindexed == tuple(range(len(cues._COMPILED))) and short_heads == frozenset()
        patched.setattr(cues, "_BY_HEAD", by_head)
        patched.setattr(cues, "_UNINDEXED", unindexed)
        patched.setattr(cues, "_SHORT_HEADS", short_heads)
        find_cues.cache_clear()
        for text in SENTENCES:
            assert [(i, m.span()) for i, m in cues._matches(text)] == [(i, m.span()) for i, m in _every_cue(text)]
        assert [_fields(find_cues(text)) for text in SENTENCES] == indexed
    find_cues.cache_clear()


WITHOUT_RES_PARSER = """
import re, sys
del re._parser, re._constants
sys.modules["re._parser"] = sys.modules["re._constants"] = None
from newsledger.events import cues
assert cues._BY_HEAD == {} and len(cues._UNINDEXED) == len(cues._COMPILED)
assert [c.sub_event_type for c in cues.find_cues("Troops shelled the town, killing two civilians")] \\
    == ["Shelling/artillery/missile attack", "casualty"]
"""


def test_the_cues_import_where_res_parser_is_missing():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", WITHOUT_RES_PARSER], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
