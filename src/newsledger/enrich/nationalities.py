"""Nationality words ("Ukrainian", "U.S.", "Kremlin"): the one table (data/nationalities.tsv).

Each stage that judges by them takes its rows by kind, so what differs between judgements is a
column of the table, not a table of its own:
- place finding (enrich.places): every word with a country is a weak clue to it (`country_of`);
- an article's country and the forces of a state (events.geography, events.actors): the
  nationality adjectives (`adjectives`);
- who is a named source (enrich.names): "Russian" or "Europeans" alone name no one, "Kremlin"
  does (`names_no_one`);
- names of national bodies (enrich.entities): "Ukraine's General Staff" is the "Ukrainian
  General Staff" (`adjective_of`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

__all__ = ["Nationality", "nationalities", "country_of", "adjectives", "adjective_of", "names_no_one", "STATE_ARMY",
           "STATE_POLICE"]

# The words after a state's name or nationality word that name its own forces: its police (who act at
# home: "Nigerian police said") and its armed forces (at home or abroad). The one source of both the
# places' weighing of a nationality word (enrich.places) and the actor lexicon's state forces
# (events.actors: "Nigeria police", "Turkish troops").
STATE_POLICE = r"police(?: officers?| force)?|policem[ae]n|security forces"
STATE_ARMY = r"army|armed forces|forces|troops|soldiers|military|air force|navy"

Kind = Literal["nationality", "people", "group", "seat", "bloc"]


@dataclass(frozen=True, slots=True)
class Nationality:
    word: str                   # as written: "Ukrainian", "U.S.", "South Sudanese"
    country: str | None         # ISO 3166-1 alpha-2; None for a bloc ("European")
    kind: Kind
    names: tuple[str, ...]      # the country's names the adjective is made from ("Britain", "UK")


@lru_cache(maxsize=1)
def nationalities() -> tuple[Nationality, ...]:
    """Every row of data/nationalities.tsv, in order."""
    text = resources.files("newsledger.enrich").joinpath("data", "nationalities.tsv").read_text(encoding="utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    rows = []
    for word, country, kind, names in lines[1:]:          # the first line names the columns
        rows.append(Nationality(word, country or None, kind, tuple(n for n in names.split("|") if n)))  # type: ignore[arg-type]
    return tuple(rows)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {row.word.lower(): row.country for row in nationalities() if row.country}


def country_of(word: str) -> str | None:
    """The country a nationality word points at, any kind (case-insensitive), else None.

    >>> country_of("Ukrainians"), country_of("kremlin"), country_of("European"), country_of("Vienna")
    ('UA', 'RU', None, None)
    """
    return _countries().get(word.lower())


@lru_cache(maxsize=1)
def adjectives() -> dict[str, str]:
    """Lower-cased nationality adjective -> country ("afghan": "AF", "u.s.": "US")."""
    return {row.word.lower(): row.country for row in nationalities() if row.kind == "nationality" and row.country}


@lru_cache(maxsize=1)
def _adjective_by_name() -> dict[str, str]:
    return {name: row.word for row in nationalities() if row.kind == "nationality" for name in row.names}


def adjective_of(name: str) -> str | None:
    """The adjective of a country named as written ("Ukraine" -> "Ukrainian", "US" -> "U.S."), else None;
    an adjective stands for itself ("Saudi" -> "Saudi")."""
    return _adjective_by_name().get(name) or next(
        (row.word for row in nationalities() if row.kind == "nationality" and row.word == name), None)


@lru_cache(maxsize=1)
def names_no_one() -> frozenset[str]:
    """Lower-cased words that, alone as a source, name no one in particular ("russian", "europeans")."""
    return frozenset(row.word.lower() for row in nationalities() if row.kind != "seat")
