"""Credit lines -> people, outlets and wires: bylines, "Source:" lines, wire datelines, sign-offs."""
from __future__ import annotations

import pytest

from newsledger.extract.credits import (
    Credits,
    canonical_source,
    parse_byline,
    parse_credit_line,
    dateline_date,
    parse_dateline,
    parse_signoff,
    parse_source_line,
)


@pytest.mark.parametrize(
    "line, outlet, byline, sources, own",
    [
        ("By Jane Doe", None, ("Jane Doe",), (), None),
        ("By Jane Doe and John Smith", None, ("Jane Doe", "John Smith"), (), None),
        ("By Jane Doe, John Smith & Ana de la Cruz", None, ("Jane Doe", "John Smith", "Ana de la Cruz"), (), None),
        ("  • By Al Mayadeen English", None, (), (), "Al Mayadeen English"),
        ("By Al Mayadeen English", "Al Mayadeen English", (), (), "Al Mayadeen English"),
        ("By JERUSALEM POST STAFF", None, (), (), "Jerusalem Post"),
        ("By JERUSALEM POST STAFF", "The Jerusalem Post", (), (), "The Jerusalem Post"),
        ("By REUTERS", None, (), ("Reuters",), None),
        ("By Jane Doe, Reuters", None, ("Jane Doe",), ("Reuters",), None),
        ("By JOHN SMITH | November 20, 2019", None, ("John Smith",), (), None),
        ("Posted by Tobin James Reyes on March 3, 2021, 8:47 PM EST", None, ("Tobin James Reyes",), (), None),
        ("By Jane Doe, Staff Writer", None, ("Jane Doe",), (), None),
        ("By The Associated Press", "Port Alder Gazette", (), ("Associated Press",), None),
        # the date printed against the name, with no space (synthetic)
        ("By Mara Quill2021-03-14 09:05:12 UTC", None, ("Mara Quill",), (), None),
        ("By Mara Quill and Tobin Reyes14.03.2021", None, ("Mara Quill", "Tobin Reyes"), (), None),
        # the author's social-media handle after the name (synthetic)
        ("By Mara Quill @maraquill Reporter", None, ("Mara Quill",), (), None),
        ("By Mara Quill @MaraQ_news", None, ("Mara Quill",), (), None),
    ],
)
def test_bylines(line, outlet, byline, sources, own):
    credits = parse_byline(line, outlet=outlet)
    assert credits is not None
    assert (credits.byline, credits.credited_sources, credits.outlet) == (byline, sources, own)


@pytest.mark.parametrize(
    "line",
    ["Byzantine art flourished in the sixth century.", "By the way, this is a sentence that goes on.",
     "By 2030 the plant will close.", "Bystanders filmed the arrest."],
)
def test_sentences_starting_with_by_are_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, sources",
    [
        ("Source: The Washington Post", ("The Washington Post",)),
        ("  • Source: The Washington Post", ("The Washington Post",)),
        ("Sources: Reuters, AFP", ("Reuters", "AFP")),
        ("Source: Reuters/AFP", ("Reuters", "AFP")),
        ("(With inputs from PTI)", ("PTI",)),
        ("Additional reporting by Reuters", ("Reuters",)),
        ("With AFP", ("AFP",)),
        ("Courtesy: Al Jazeera", ("Al Jazeera",)),
    ],
)
def test_source_lines(line, sources):
    credits = parse_source_line(line)
    assert credits is not None and credits.credited_sources == sources


@pytest.mark.parametrize("line", ["Source: Getty Images", "Photo: AP Photo/Evan Vucci", "Sources say the talks failed."])
def test_photo_credits_and_sentences_are_not_source_lines(line):
    assert parse_source_line(line) is None


@pytest.mark.parametrize(
    "text, source, place",
    [
        ("(Reuters) - The U.S. Senate passed the bill on Tuesday.", "Reuters", None),
        ("KYIV (AP) — Russia launched a wave of drones overnight.", "Associated Press", "Kyiv"),
        ("WASHINGTON, Nov 20 (Reuters) - The Federal Reserve held rates.", "Reuters", "Washington"),
        ("MOSCOW, Oct. 25 (Xinhua) -- Officials said on Friday.", "Xinhua", "Moscow"),
        ("(CNN) — A powerful storm hit the coast.", "CNN", None),
        ("ST. JOSEPH, Mich. (AP) — Flood waters rose overnight.", "Associated Press", "St. Joseph"),  # synthetic
    ],
)
def test_wire_datelines(text, source, place):
    credits = parse_dateline(text)
    assert credits is not None
    assert credits.credited_sources == (source,)
    assert credits.place == place


@pytest.mark.parametrize("text", ["The (new) rules - as drafted - apply.", "Officials said (on Monday) - nothing."])
def test_parentheses_in_sentences_are_not_datelines(text):
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    "line, byline, sources",
    [
        ("— AP", (), ("Associated Press",)),
        ("-- Reuters", (), ("Reuters",)),
        ("(AFP)", (), ("AFP",)),
        ("Reporting by Jane Doe; Editing by Joe Bloggs", ("Jane Doe",), ()),
        ("Reporting by Jane Doe and Ravi Patel in London; Editing by Mark Bell", ("Jane Doe", "Ravi Patel"), ()),
    ],
)
def test_signoffs(line, byline, sources):
    credits = parse_signoff(line)
    assert credits is not None
    assert (credits.byline, credits.credited_sources) == (byline, sources)


def test_parse_credit_line_tries_every_shape():
    assert parse_credit_line("By Jane Doe").byline == ("Jane Doe",)
    assert parse_credit_line("Source: The Washington Post").credited_sources == ("The Washington Post",)
    assert parse_credit_line("— AP").credited_sources == ("Associated Press",)
    assert parse_credit_line("The council met on Tuesday.") is None


def test_canonical_names_and_merge():
    assert canonical_source("The Associated Press") == "Associated Press"
    assert canonical_source("Agence France-Presse") == "AFP"
    assert canonical_source("The Washington Post") == "The Washington Post"
    merged = Credits(byline=("Jane Doe",), outlet="Gazette").merge(Credits(byline=("Jane Doe", "Ravi Patel"), credited_sources=("Reuters",)))
    assert merged == Credits(byline=("Jane Doe", "Ravi Patel"), credited_sources=("Reuters",), outlet="Gazette")


@pytest.mark.parametrize(
    "line, names",
    [
        ("Por Diêgo Holanda, G1 RO — Porto Velho", ("Diêgo Holanda",)),   # Portuguese / Spanish
        ("Par Emma Nurdin - 05:01 - Temps de lecture :", ("Emma Nurdin",)),  # French
        ("Von Anna Schmidt", ("Anna Schmidt",)),                           # German
        ("Автор: Іван Петренко", ("Іван Петренко",)),                      # Ukrainian / Russian
    ],
)
def test_bylines_in_other_languages(line, names):
    found = parse_byline(line)
    assert found is not None and found.byline == names


@pytest.mark.parametrize("line", ["Por favor, no se olvide de votar", "Par ailleurs le gouvernement a dit non"])
def test_sentences_starting_with_a_byline_word_are_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("text, date, source, place", [   # synthetic
    ("ARVELLE, Nov. 5, 2021 (Reuters) - The council met.", "Nov. 5, 2021", "Reuters", "Arvelle"),
    ("PORT NOVA, Calif., Nov 5 (AP) — Crews worked overnight.", "Nov 5", "Associated Press", "Port Nova"),
    ("ARVELLE, 5 novembre 2021 (AFP) - Le conseil a voté.", "5 novembre 2021", "AFP", "Arvelle"),
    ("АРВЕЛЬ, 5 ноября. /ТАСС/. Совет проголосовал.", "5 ноября", "ТАСС", "Арвель"),
    ("KYIV (AP) — Drones flew overnight.", None, "Associated Press", "Kyiv"),
])
def test_a_wire_dateline_gives_its_date_as_printed(text, date, source, place):
    credits = parse_dateline(text)
    assert credits is not None and credits.credited_sources == (source,) and credits.place == place
    assert (dateline_date(text) or "").rstrip(".") == (date or "")


@pytest.mark.parametrize("text", ["Officials said on Nov. 5 (Tuesday) - nothing.", "The town, 5 November (draft) - text."])
def test_a_date_in_a_sentence_is_no_wire_dateline(text):
    assert dateline_date(text) is None
