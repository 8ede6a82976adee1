"""The article's country, and the conflict vocabularies chosen by it.

An event's actors are named after the country where it happens ("Military Forces of Pakistan",
"Civilians (Sri Lanka)"); when its sentence names no place, that country is the article's.
The article's country is read from its geography, never assumed: the places it names (towns and
divisions weigh more than a bare country name), then the named groups it mentions whose wars
are in one country (data/groups.tsv), then its nationality words (enrich/data/nationalities.tsv, which
are clues to the country, never locations). With none of these, the country stays unknown and the
actors that need one are left empty.

The named groups are data, not code: each line of data/groups.tsv gives a group's pattern, its
ACLED name, inter code and the countries whose news it is read in; `groups_for(country)` returns
the lines that apply to an article about `country` (all of them while the country is unknown).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from ..enrich.nationalities import adjectives
from .where import told_by_its_state

__all__ = ["Group", "load_groups", "groups_for", "groups_read", "demonyms", "article_country", "UKRAINE_WAR"]

# The two countries whose war the built-in lexicon of actors.py was written for.
UKRAINE_WAR = ("UA", "RU")
_GENERIC_TAIL = (r"(?:\s+(?:rebels?|militants?|fighters?|insurgents?|militiam[ae]n|members?|gunmen|guerrillas?|"
                 r"bandits|militias?|forces|troops|soldiers|jihadists?|extremists?|terrorists?|separatists?|"
                 r"commanders?|cadres?|group|movement|men|personnel|operatives|jawans|suicide bombers?|suicide attackers?|gunm[ae]n))?")
_HEAD, _TAIL = r"(?<![\w-])(?:", r")" + _GENERIC_TAIL + r"(?![\w-])"     # around each line's pattern


@dataclass(frozen=True, slots=True)
class Group:
    name: str                       # ACLED name; "{country}" is filled with the event's country
    inter: int
    countries: tuple[str, ...]      # ISO alpha-2; () means every country
    source: str                     # the line's pattern (data/groups.tsv)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern of the group's mentions, compiled when first searched (most groups are not
        in a process: see groups_read)."""
        return _compiled(_HEAD + self.source + _TAIL)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.I)


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("newsledger.events").joinpath("data", name).read_text(encoding="utf-8")
    lines = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return lines[1:]                # the first line names the columns


# a group of one war's countries whose name is read in any article ("YE,*": the Houthis' name is theirs
# alone, and news of their strikes at sea or abroad is placed anywhere)
_EVERYWHERE = "*"


@lru_cache(maxsize=1)
def load_groups() -> tuple[Group, ...]:
    groups = []
    for pattern, name, inter, countries in _data_lines("groups.tsv"):
        codes = () if countries.strip() == "*" else tuple(c.strip() for c in countries.split(","))
        groups.append(Group(name, int(inter), codes, pattern))
    return tuple(groups)


# a line of data/groups.tsv naming a side several wars have ("coalition air strikes"): it tells no country
TELLS_NO_COUNTRY = "(?#tells-no-country)"


def groups_for(country: str | None) -> tuple[Group, ...]:
    """The groups read in an article about `country`; while the country is unknown, every group but
    those that tell no country (`TELLS_NO_COUNTRY`: which war's coalition is unknown too). A group whose
    countries include `_EVERYWHERE` is read in any article."""
    if country is None:
        return tuple(g for g in load_groups() if not g.source.startswith(TELLS_NO_COUNTRY))
    return tuple(g for g in load_groups() if not g.countries or country in g.countries or _EVERYWHERE in g.countries)


@lru_cache(maxsize=512)
def groups_read(country: str | None) -> tuple[tuple[Group, ...], re.Pattern[str] | None]:
    """The groups read in an article about `country` (groups_for), and one pattern that matches
    where any of them does (None when there are none): a text it does not match names none of
    them, and is not searched with each (one scan instead of one for each of ~80 groups)."""
    groups = groups_for(country)
    if not groups:
        return groups, None
    return groups, _compiled(_HEAD + "|".join(group.source for group in groups) + _TAIL)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality adjective -> ISO alpha-2, from the one table (enrich.nationalities), without the
    two countries of the Ukraine war: their words are read by the war's own vocabulary below."""
    return {word: code for word, code in adjectives().items() if code not in UKRAINE_WAR}


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern[str]:
    words = sorted(demonyms(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")s?(?![\w])", re.I)


_WAR_OF_UKRAINE = re.compile(r"\b(?:ukrain\w*|kyiv|kiev|donbas+|donetsk|luhansk|lugansk|novorossiya|"
                             r"russian|russia|moscow|kremlin)\b", re.I)


def article_country(places: tuple, body: str) -> str | None:
    """The country the article reports from (ISO alpha-2), or None when its text does not tell.

    With no geocoded place, the clues are, strongest first: place names the gazetteer knows in
    one country only (a headline's "Mogadishu" that the entity tagger glued to the next word),
    then the named groups (each span read once, by the earliest line of data/groups.tsv: "ASG
    bandits" is Abu Sayyaf, not also bandits), then nationality words. A group fighting in
    several countries votes for the first of them (2) and less for the others (1); a nationality
    word votes 1.25, so one that agrees with another of the group's countries decides ("Libyan
    ... Islamic State" is Libya), and alone it does not outweigh a group. Generic groups
    ("bandits", "drug gangs": an "Unidentified" name) tell no country.

    >>> article_country((), "Taliban fighters attacked a checkpoint, killing four policemen")
    'AF'
    >>> article_country((), "Libyan guards push Islamic State back from the oil terminals")
    'LY'
    >>> article_country((), "Four people were killed in an attack") is None
    True
    """
    # a country named only as a report's speaker ("..., the US military said") is not where the article reports from
    return _article_country(tuple((place.country, place.mentions, place.feature) for place in places
                                  if not (place.feature == "country" and place.spans
                                          and all(told_by_its_state(body, s, e) for s, e in place.spans))), body)


@lru_cache(maxsize=64)      # read by the coder and twice by the control claims, for each article
def _article_country(places: tuple[tuple[str | None, int, str | None], ...], body: str) -> str | None:
    scores: dict[str, float] = defaultdict(float)
    for country, mentions, feature in places:
        if country:
            scores[country] += mentions * (1 if feature == "country" else 2)
    if not scores:
        for code in _named_place_countries(body):
            scores[code] += 2
        taken: list[tuple[int, int]] = []
        groups, any_group = groups_read(None)
        for group in groups if any_group is not None and any_group.search(body) else ():
            for match in group.pattern.finditer(body):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                if group.countries and not group.name.startswith("Unidentified"):
                    scores[group.countries[0]] += 2
                    for code in group.countries[1:]:
                        if code != _EVERYWHERE:
                            scores[code] += 1
        for match in _demonym_pattern().finditer(body):
            scores[demonyms()[match.group(1).lower()]] += 1.25
        scores[UKRAINE_WAR[0]] += len(_WAR_OF_UKRAINE.findall(body))
    scores = {code: score for code, score in scores.items() if score > 0}
    if not scores:
        return None
    return min(scores, key=lambda code: (-scores[code], code))


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _named_place_countries(body: str) -> list[str]:
    """The country of each capitalised name that is a safe gazetteer name (not an English word)
    of places in one country only, longest names first. A nationality word is no place name here
    ("Somali forces" are Somalia's, not Ethiopia's Somali Region): the demonyms vote for it below.

    >>> article_country((), "Insurgents say they carried out several raids on Somali troops")
    'SO'
    """
    from ..enrich.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = []
    for match in _CAPITALISED.finditer(body):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if name.lower() in adjectives() or (name.endswith("s") and name[:-1].lower() in adjectives()):
                break
            if told_by_its_state(body, match.start(), match.start() + len(name)):
                break                   # "..., the US military said": the report's speaker, not a place
            if gazetteer.is_safe_name(name):
                countries = {c.country for c in gazetteer.lookup(name)}
                if len(countries) == 1:
                    found.append(countries.pop())
                break
    return found
