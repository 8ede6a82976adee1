"""One hedge and qualifier lexicon (enrich.hedges): the number reader and the events' death counts
read the same qualifiers before a number, so "an estimated 40" is 40 and approximate everywhere."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsledger.enrich.hedges import APPROX_WORDS
from newsledger.enrich.numbers import find_numbers
from newsledger.events.fatalities import deaths_in

SRC = Path(__file__).resolve().parents[1] / "src" / "newsledger"


@pytest.mark.parametrize("qualifier", ["an estimated", "close to", "no fewer than", "at least", "up to", "nearly"])
def test_a_qualified_toll_reads_the_same_in_numbers_and_events(qualifier):
    for sentence in (f"Shelling killed {qualifier} 40 people in the town on Monday.",
                     f"{qualifier.capitalize()} 40 people were killed in the shelling on Monday."):
        (death,) = deaths_in(sentence)
        assert death.value == 40 and death.text.lower().count(qualifier) == 1, sentence
        (number,) = [n for n in find_numbers(sentence) if n.value == 40]
        assert number.approx, sentence


def test_no_module_keeps_its_own_qualifier_list():
    # a second list shows as an alternation of qualifiers written out in a pattern or a tuple
    own = re.compile(r"at least\|(?:up to|nearly|about)|\"at least\", \"(?:up to|nearly|about)")
    holders = sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py") if own.search(p.read_text("utf-8")))
    assert holders == ["enrich/hedges.py"], holders
    assert {"about", "at least", "up to", "an estimated"} <= set(APPROX_WORDS)
