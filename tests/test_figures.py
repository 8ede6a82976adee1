"""Figures: numbers typed with value, unit, what they count, claimant and hedges.

Inputs are the two seed pages (through the real extract stage) and synthetic sentences, each
marked "synthetic" where it is written here.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from newsledger.enrich.figures import find_figures
from newsledger.enrich.numbers import find_numbers, parse_number
from newsledger.enrich.records import Quote
from newsledger.extract import extract
from newsledger.records import Article, RawDocument


@pytest.fixture(scope="module")
def nlp():
    import spacy

    from newsledger.enrich.nlp import MODEL

    return spacy.load(MODEL)


def _article(body: str) -> Article:
    return Article(id="t", source={"uri": "test", "format": "text"}, title=None, outlet=None,
                   credited_sources=(), byline=(), published=None, language="en", body=body)


def _figures(nlp, text: str, quotes=()):
    return find_figures(nlp(text), quotes, _article(text))


@pytest.fixture(scope="module")
def seed_figures(nlp, seeds):
    found = {}
    for number, path in seeds.items():
        article = extract(RawDocument(str(path), path.read_bytes()))
        assert isinstance(article, Article), article
        found[number] = find_figures(nlp(article.body), (), article)
    return found


def _one(figures, text):
    matches = [f for f in figures if text in f.text]
    assert len(matches) == 1, [f.text for f in figures]
    return matches[0]


def test_the_ministry_figure_has_its_claimant_and_hedges(seed_figures):
    dead = _one(seed_figures["000"], "12,000")
    assert (dead.value, dead.unit, dead.approx) == (12000, "soldier", False)
    assert dead.about == "Ukrainian soldiers killed"
    assert dead.claimant == "Russian defense ministry"
    assert {"claims", "disputed", "unverifiable"} <= set(dead.hedges)


def test_an_area_and_its_conversion_are_one_figure(seed_figures):
    figures = seed_figures["000"]
    area = _one(figures, "1,300")
    miles = _one(figures, "500 square miles")
    assert (area.value, area.unit, area.approx) == (1300, "km2", True)
    assert area.text == "nearly 1,300 square kilometers"
    assert (miles.value, miles.unit, miles.approx) == (500, "mi2", True)
    assert miles.converted_from == figures.index(area) and area.converted_from is None


def test_counted_nouns_become_units(seed_figures):
    figures = seed_figures["000"]
    settlements = _one(figures, "100 settlements")
    residents = _one(figures, "150,000")
    around_ten = _one(figures, "around ten")
    assert (settlements.value, settlements.unit) == (100, "settlement")
    assert (residents.value, residents.unit, residents.about) == (150000, "resident", "residents evacuated")
    assert (around_ten.value, around_ten.unit, around_ten.approx) == (10, "settlement", True)
    assert around_ten.about == "settlements liberated"
    assert around_ten.claimant == "Apti Alaudinov"


def test_the_isw_percentage(seed_figures):
    share = _one(seed_figures["001"], "46%")
    assert (share.value, share.unit, share.approx) == (46, "percent", False)
    assert share.claimant == "Institute for the Study of War"
    assert "territories" in share.about


def test_dates_times_ages_ordinals_and_phones_are_not_figures(nlp):
    # synthetic
    text = ("On August 6, 2024, at 11:40, a 45-year-old man aged 45 called +7 495 123-45-67 in 2022, "
            "as the conflict approached its third anniversary, three weeks ago.")
    assert _figures(nlp, text) == ()


@pytest.mark.parametrize("text, value, unit, approx", [
    ("The deal was worth $5bn.", 5e9, "USD", False),
    ("Some 1.2 million people fled.", 1.2e6, "person", True),
    ("Dozens of civilians were wounded.", 12, "civilian", True),
    ("Russia holds a third of the territory.", 100 / 3, "percent", False),
    ("Up to twenty-five tanks were destroyed.", 25, "tank", True),
    ("The shell flew 40km.", 40, "km", False),
    ("Prices rose 0.4 per cent.", 0.4, "percent", False),
])
def test_numbers_in_digits_and_words(nlp, text, value, unit, approx):
    # synthetic
    (figure,) = _figures(nlp, text)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.approx) == (unit, approx)


def test_a_figure_inside_a_quote_belongs_to_its_speaker(nlp):
    # synthetic
    text = 'Officials spoke. "We have liberated 12 villages," he told reporters.'
    start = text.index('"') + 1
    quote = Quote(speaker="Apti Alaudinov", speaker_text="he", cue="told", content=text[start:text.index(',"')],
                  direct=True, channel=None, hedges=(), start=start, end=text.index(',"'))
    (figure,) = _figures(nlp, text, (quote,))
    assert (figure.value, figure.unit, figure.claimant) == (12, "village", "Apti Alaudinov")


def test_according_to_names_the_claimant(nlp):
    # synthetic
    (figure,) = _figures(nlp, "According to the United Nations, 3,000 civilians have been killed.")
    assert figure.claimant == "United Nations" and figure.about == "civilians killed"


def test_the_claimant_is_the_speaker_never_the_killer(nlp):
    # synthetic: the subject whose phrase holds the figure is what is reported, not who reports it (A21)
    text = "Artillery shells killed at least 14 people across the valley on Sunday, the province's health office said."
    (figure,) = _figures(nlp, text)
    assert figure.claimant == "health office"
    text = "Drone attacks killed nine soldiers in the north on Monday, the country's defence ministry said."
    (figure,) = _figures(nlp, text)
    assert figure.claimant == "defence ministry"


def test_a_range_shares_its_unit(nlp):
    # synthetic
    low, high = _figures(nlp, "Between 3 and 5 million people were displaced.")
    assert (low.value, high.value) == (3e6, 5e6)
    low, high = _figures(nlp, "Officials said 10-15 soldiers were captured near the river.")
    assert (low.value, low.unit, high.value, high.unit) == (10, "soldier", 15, "soldier")
    (cold,) = _figures(nlp, "Temperatures fell to minus 20 degrees Celsius.")
    assert (cold.value, cold.unit) == (-20, "°C")


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_reads_grouped_digits(n):
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=99))
def test_parse_number_reads_english_words(n):
    ones = "zero one two three four five six seven eight nine".split()
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    words = ones[n] if n < 10 else teens[n - 10] if n < 20 else tens[n // 10] + (f"-{ones[n % 10]}" if n % 10 else "")
    assert parse_number(words) == n


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_find_numbers_spans_lie_in_the_text(text):
    for number in find_numbers(text):
        assert 0 <= number.start <= number.number_start < number.number_end <= len(text)
        assert number.start < number.end <= len(text)


def test_a_casualty_count_shares_its_noun_with_the_next(nlp):
    # synthetic
    killed, wounded = _figures(nlp, "At least 12 people were killed and 30 wounded in the strike, the governor said.")
    assert (killed.value, killed.unit, killed.approx, killed.about) == (12, "person", True, "people killed")
    assert (wounded.value, wounded.unit, wounded.about) == (30, "person", "people wounded")
    assert killed.claimant == wounded.claimant == "governor"


@pytest.mark.parametrize("text", ["Half a dozen boats sank.", "A half-dozen boats sank.", "The storm sank a half dozen boats.",
                                  "Half-a-dozen boats sank."])
def test_half_a_dozen_is_six_not_the_dozen_inside_it(text):
    # synthetic
    assert [m.value for m in find_numbers(text)] == [6]
    assert parse_number("half a dozen") == 6
