"""Actors of conflict events: mentions in a sentence, normalised to ACLED-style names.

Written by hand: a lexicon of how news text names the armed actors of the Russia-Ukraine war
("Russian troops", "Moscow", "the AFU", "DPR militants") and the generic victims and crowds
(civilians, protesters, rioters), each mapped to ACLED's actor name and inter code. No
maintained library normalises actors to ACLED's dictionary; spaCy only tells us that "Russian"
is a NORP. The lexicon is a table so it can grow with other wars without touching the logic.

Which mention is the agent is decided by surface syntax that holds in news English: the actor
after "by" ("shelling by Ukrainian troops"), else the actor named before the event word
("Russian forces shelled ..."), else the first actor named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .aspect import DAY_WORD, parsed    # the one parse of the sentence, kept for the article
from .complements import OBJECT_AFTER
from .cues import MILITARY_AIRCRAFT
from .fatalities import ACT_NOUNS, ARMED_MEN, HARMED
from .geography import UKRAINE_WAR, Group, groups_read
from ..enrich.nationalities import STATE_ARMY, STATE_POLICE

__all__ = ["ACTORS", "Actor", "ActorMention", "find_actors", "inter_code", "done_to", "patient_of_act", "turned_on_the_attacker", "passive_subject", "subject_acting_on", "short_name", "unnamed_opponent",
           "names_its_agent"]


@dataclass(frozen=True, slots=True)
class Actor:
    key: str                   # stable short key: "RUS", "UKR", "DPR", "CIV", ...
    inter: int                 # ACLED inter code
    country: str | None        # ISO 3166-1 alpha-2 of the actor's state, when it has one
    iso3: str | None = None    # PLOVER actor code
    label: str | None = None   # a named group's ACLED name (data/groups.tsv); "{country}" filled by `where`

    def name(self, date: str | None = None, where: str | None = None) -> str | None:
        """ACLED's name for the actor; Ukraine's forces carry the presidency's period.

        Generic actors ("government forces", "rebels", "civilians", "police") take the country
        of the event `where` (ISO alpha-2: its location, else the article's country). With no
        country known they have no name (None): the slot stays empty rather than guessed.
        """
        key = self.key
        if self.label is not None:
            if "{country}" not in self.label:
                return with_period(self.label, self.country, date)
            return self.label.format(country=country_name(where)) if where else None
        if key in ("GOV", "POLICE", "REBELS", "CIV", "PROTEST", "RIOT", "UNID") and where is None:
            return None
        if key in ("GOV", "POLICE") and where != "UA":
            kind = "Military" if key == "GOV" else "Police"
            return with_period(f"{kind} Forces of {country_name(where)}", where, date)
        if key == "REBELS":
            return _NAMES["NAF"] if where == "UA" else f"Unidentified Armed Group ({country_name(where)})"
        if key in ("CIV", "PROTEST", "RIOT", "UNID") and where != "UA":
            return _NAMES[key].replace("(Ukraine)", f"({country_name(where)})")
        if key.startswith("STATE-POLICE-"):
            return with_period(f"Police Forces of {country_name(self.country)}", self.country, date)
        if key.startswith("STATE-") or key == "RUS":
            return with_period(f"Military Forces of {country_name(self.country)}", self.country, date)
        if key in ("UKR", "GOV"):
            return with_period("Military Forces of Ukraine", "UA", date)
        if key in ("UKR-POLICE", "POLICE"):
            return with_period("Police Forces of Ukraine", "UA", date)
        return _NAMES[key]


@lru_cache(maxsize=256)
def country_name(code: str | None) -> str:
    """English name of an ISO alpha-2 country code, from GeoNames ("TR" -> "Turkey")."""
    from ..enrich.gazetteer import countries

    return countries().get(code or "", {}).get("name", code or "unknown country")


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: Actor
    start: int                 # offsets into the sentence text
    end: int
    text: str
    after_by: bool             # "by <actor>": the agent of a passive or nominal event
    locative: bool             # "in DPR", "into Russia": a place, not a participant


@lru_cache(maxsize=1)
def _state_periods() -> dict[str, tuple[tuple[str, str], ...]]:
    """Country -> (first day, period) of each government, oldest first (data/state_periods.tsv)."""
    from .geography import _data_lines

    periods: dict[str, list[tuple[str, str]]] = {}
    for country, first, period in _data_lines("state_periods.tsv"):
        periods.setdefault(country, []).append((first, period))
    return {country: tuple(sorted(rows)) for country, rows in periods.items()}


def with_period(name: str, country: str | None, date: str | None) -> str:
    """A state's forces with the period of the government in office on `date` (the latest
    with no date), as ACLED names them; a name that has a period, or a state with none, is kept.

    >>> with_period("Military Forces of Pakistan", "PK", "2019-03-01"), with_period("Police Forces of Ukraine", "UA", "2014-01-20")
    ('Military Forces of Pakistan (2018-2022)', 'Police Forces of Ukraine (2010-2014)')
    >>> with_period("Military Forces of Turkey", "TR", "2019-03-01"), with_period("Military Forces of Pakistan", "PK", "1990-01-01")
    ('Military Forces of Turkey', 'Military Forces of Pakistan')
    """
    if not name.startswith(("Military Forces of ", "Police Forces of ")) or name.endswith(")"):
        return name
    periods = _state_periods().get(country or "", ())
    day = (date or "9999")[:10]
    current = [period for first, period in periods if first <= day]    # before the first period listed: no period
    return f"{name} ({current[-1]})" if current else name


_NAMES = {
    "DPR": "DPR: Donetsk People's Republic",
    "LPR": "LPR: Luhansk People's Republic",
    "NAF": "NAF: United Armed Forces of Novorossiya",
    "WAGNER": "Wagner Group",
    "CIV": "Civilians (Ukraine)",
    "CIV-RU": "Civilians (Russia)",
    "PROTEST": "Protesters (Ukraine)",
    "RIOT": "Rioters (Ukraine)",
    "UNID": "Unidentified Armed Group (Ukraine)",
}

ACTORS: dict[str, Actor] = {
    "RUS": Actor("RUS", 1, "RU", "RUS"),
    "UKR": Actor("UKR", 1, "UA", "UKR"),
    "UKR-POLICE": Actor("UKR-POLICE", 1, "UA", "UKR"),
    "DPR": Actor("DPR", 2, None, None),
    "LPR": Actor("LPR", 2, None, None),
    "NAF": Actor("NAF", 2, None, None),
    "WAGNER": Actor("WAGNER", 8, None, "RUS"),
    "CIV": Actor("CIV", 7, "UA", None),
    "CIV-RU": Actor("CIV-RU", 7, "RU", None),
    "PROTEST": Actor("PROTEST", 6, "UA", None),
    "RIOT": Actor("RIOT", 5, "UA", None),
    "UNID": Actor("UNID", 3, None, None),
    "REBELS": Actor("REBELS", 2, None, None),
    "GOV": Actor("GOV", 1, None, None),
    "POLICE": Actor("POLICE", 1, None, None),
}

_FORCE = (r"(?:armed forces|forces?|troops?|army|military|soldiers?|units?|servicem[ae]n|paratroopers?|"
          r"marines?|artillery|aviation|air force|" + MILITARY_AIRCRAFT + r"|drones?|missiles?|"
          r"rockets?|shelling|shells|strikes?|airstrikes?|attacks?|bombardment|counter-?offensive|offensive|"
          r"counter-?attacks?|incursion|assault|gunmen|fighters?|brigades?|battalions?|tanks?|navy|sabotage groups?|"
          r"saboteurs|occupiers|invaders|positions?|defen[cs]es|defenders|border guards?|special forces|national guard|"
          r"shells?|artillerym[ae]n|gunners|sappers|pilots|crews?|operators|snipers|scouts|assault (?:groups?|units?)|"
          r"stormtroopers|militaries|infantry|mercenaries|grouping)")
_STATE_FORCE = r"(?!(?:gunm[ae]n|fighters?|militants?)\b)" + _FORCE
_RU = r"(?:russian|russia['’]s|moscow['’]s|kremlin|pro-kremlin)"
_UA = r"(?:ukrainian|ukraine['’]s|kyiv['’]s|kiev['’]s|kyiv|kiev|ukraine|pro-kyiv|pro-kiev|pro-ukrainian)"

# Words that name a side of the Russia-Ukraine war only in that war's news ("the occupiers", "border
# guards", "the national guard"): read only in articles about Ukraine or Russia (or of unknown country).
_UKRAINE_ONLY = "(?#ukraine-only)"
# (regex over lower-cased text, actor key); earlier entries win when spans overlap.
_LEXICON: tuple[tuple[str, str], ...] = (
    (r"pro-russian (?:separatists?|rebels?|militants?|fighters?|forces|militias?|insurgents?|gunmen)", "NAF"),
    (r"(?:russia|russian|moscow)-(?:led|backed|controlled|occupation|sponsored|supported) (?:[a-z-]+ )?"
     r"(?:forces|separatists?|militants?|fighters?|troops|militias?|rebels?|proxies|hybrid forces)", "NAF"),
    (r"(?:donetsk|donetsk people['’]s republic|dpr|dnr)(?:['’]s)? (?:militants?|rebels?|separatists?|fighters?|militias?|"
     r"militiam[ae]n|forces|army|troops|gunmen|operations command|people['’]s militia|armed formations)", "DPR"),
    (r"(?:luhansk|lugansk|luhansk people['’]s republic|lugansk people['’]s republic|lpr|lnr)(?:['’]s)? (?:militants?|"
     r"rebels?|separatists?|fighters?|militias?|militiam[ae]n|forces|army|troops|gunmen|people['’]s militia)", "LPR"),
    (r"(?:donetsk|self-proclaimed donetsk) people['’]s republic|\bdpr\b|\bdnr\b", "DPR"),
    (r"(?:luhansk|lugansk|self-proclaimed luhansk|self-proclaimed lugansk) people['’]s republic|\blpr\b|\blnr\b", "LPR"),
    (r"novorossiya", "NAF"),
    (_UKRAINE_ONLY + r"allied forces|people['’]s militia|self-defen[cs]e forces|illegal armed (?:groups?|formations?)", "NAF"),
    (r"militias?|separatists?|rebels?|militants?|insurgents?|terrorists?|militiam[ae]n|jihadists?|guerrillas?|"
     r"armed opposition(?:s| groups?| fighters)?|anti-government (?:militias?|elements|forces|fighters|insurgents|gunmen)", "REBELS"),
    (r"wagner(?: group| mercenaries| fighters| pmc)?", "WAGNER"),
    (_RU + r" (?:[a-z-]+ )?" + _FORCE, "RUS"),
    (r"armed forces of (?:the )?russia(?:n federation)?|russian federation|\brf (?:armed forces|troops|forces|military)|"
     r"grouping \W?\w+\W? of the rf armed forces|(?:southern|western|eastern|central|northern) group of (?:russian )?(?:troops|forces)", "RUS"),
    (r"the russians|\brussians\b|\brashists?\b|\bruscists?\b", "RUS"),
    (_UKRAINE_ONLY + r"\boccupiers\b|\binvaders\b|\borcs\b", "RUS"),
    (r"\brussia\b|\bmoscow\b|\bkremlin\b", "RUS"),
    (r"armed forces of ukraine|\bafu\b|\bzsu\b|\bato forces|anti-terrorist operation forces|"
     r"national guard of ukraine|azov(?: battalion| regiment)?|aidar(?: battalion)?|kyiv regime|"
     r"\bjfo\b|defen[cs]e forces of ukraine|\bvsu\b", "UKR"),
    (_UKRAINE_ONLY + r"national guard|\bapu\b|joint forces operation|\bato\b|defen[cs]e forces|border guards|"
     r"territorial defen[cs]e|punitive (?:forces|battalions?)|nationalist battalions?", "UKR"),
    (r"(?:government|govt|pro-government|regime) (?:forces|troops|soldiers|army|positions|aircraft|jets|warplanes|"
     r"helicopters|planes|artillery|units|bases?|checkpoints?)", "GOV"),
    (_UA + r" (?:[a-z-]+ )?(?:police officers?|policem[ae]n|riot police|police|berkut)", "UKR-POLICE"),
    (_UA + r" (?:[a-z-]+ )?" + _FORCE, "UKR"),
    (r"the ukrainians|\bukrainians\b", "UKR"),
    (r"\bukraine\b|\bkyiv\b|\bkiev\b", "UKR"),
    (r"\bberkut\b", "UKR-POLICE"),
    (r"\bpolice(?:m[ae]n| officers?)?\b|riot police|security forces|law enforcers|"
     r"law enforcement (?:officers|officials|agents|personnel)", "POLICE"),
    (r"protesters?|demonstrators?|activists?|maidan", "PROTEST"),
    (r"rioters?|\bmobs?\b", "RIOT"),
    # before the civilians' "men", which would take the last word of "armed men", "masked men"
    (r"unidentified (?:gunmen|attackers|assailants|armed (?:men|group))|unknown (?:gunmen|attackers|assailants)|"
     r"(?#generic)gunm[ae]n|assailants?|attackers|raiders|fighters|" + ARMED_MEN + r"|shooters|suicide (?:bombers?|attackers?)|"
     r"hitm[ae]n|sicarios?|assassins?|kidnappers|abductors", "UNID"),
    (r"civilians?|residents?|villagers|children|\bchild\b|\bwom[ae]n\b|\bm[ae]n\b|\bpeople\b|passengers?|"
     r"pensioners?|\bboys?\b|\bgirls?\b|teenagers?|journalists?|volunteers?|medics?|family|families|\bperson\b|"
     r"inhabitants|villager|doctors?|nurses?|teachers?|students?|farmers?|(?:aid )?workers?|worshippers?|pilgrims?|"
     r"shopkeepers?|traders?|(?:tribal )?elders?|clerics?|imams?|prayer leaders?|displaced (?:persons|people)|"
     r"refugees?|herders?|fishermen|merchants?|traditional rulers?|village (?:chiefs?|heads?)|local chiefs?|bab(?:y|ies)|"
     r"infants?|tourists?|visitors?|shoppers?|customers?|judges?|bystanders?|passers-?by|motorists?|commuters?|"
     r"mourners?|churchgoers?|worshipers?|congregants?|pupils?|schoolchildren|school(?:boy|girl)s?|labou?rers?|"
     r"vendors?|miners?|bakers?|priests?|pastors?|monks?|nuns?|guests?|patients?|health workers?", "CIV"),
    # "the enemy" is whoever the source fights: an armed side, name unknown without the source's side
    (r"the enemy|enemy(?= (?:forces|troops|units|army|soldiers|drones?|artillery|shelling|attacks?|fire|sabotage))", "UNID"),
)
# "rebel-held Donetsk", "Russian-occupied Kherson": a description of a place, not an actor in the event.
def _state_forces() -> tuple[tuple[str, str], ...]:
    """"Turkish troops", "Syrian army", "Yemen army": the forces of any state named by its demonym or its name."""
    from ..enrich.gazetteer import countries as country_table
    from .geography import demonyms

    # "Indian and Pakistani troops": the first of two demonyms before one force word names its own state's forces
    # ("Palestinian gunmen", "Afghan fighters": men of a nation under arms are no state's forces)
    by_demonym = [(demonym, rf"{re.escape(demonym)} (?:[a-z-]+ )?" + _STATE_FORCE + rf"|{re.escape(demonym)}(?= and [a-z.-]+ "
                   r"(?:[a-z-]+ )?" + _FORCE + r"(?![\w]))", f"STATE-{code}")
                  for demonym, code in demonyms().items()]
    # "US drone strike", "US aircraft": the United States by its capitalised initials (never the pronoun "us")
    by_demonym.append(("US", r"(?-i:US) (?:[a-z-]+ )?" + _FORCE, "STATE-US"))
    # "Yemen army", "Nigeria police", "Somalia forces": headlines name the state itself before its forces
    countries = {country["name"].lower(): code for code, country in country_table().items()
                 if code not in ("RU", "UA")}
    by_name = [(name, rf"{re.escape(name)}(?:['’]s)? (?:{STATE_ARMY}|{MILITARY_AIRCRAFT})", f"STATE-{code}")
               for name, code in countries.items()]
    # "Nigeria police", "Pakistani security forces": a state's police, as the bare words are (POLICE)
    police = rf"(?:{STATE_POLICE})"
    by_police = [(name, rf"{re.escape(name)}(?:['’]s)? {police}", f"STATE-POLICE-{code}") for name, code in countries.items()]
    by_police += [(demonym, rf"{re.escape(demonym)} {police}", f"STATE-POLICE-{code}") for demonym, code in demonyms().items()]
    # longest name first, as an earlier pattern wins its words: "Papua New Guinea army" is not
    # Guinea's, "South Sudanese troops" not Sudan's (a stable sort: a name's police before its forces)
    ordered = sorted(by_police + by_demonym + by_name, key=lambda entry: -len(entry[0]))
    return tuple((pattern, key) for _, pattern, key in ordered)


# Unqualified soldiers are the forces of the state where the event is (resolved by Actor.name).
_GENERIC: tuple[tuple[str, str], ...] = (
    (r"soldiers?|troops?|servicem[ae]n|servicewom[ae]n|the military|the army|the air force|paratroopers|marines|"
     r"army(?= (?:troops?|soldiers?|units?|battalions?|patrols?|convoys?|claims?|says|said|raids?|operations?|"
     r"offensive|attacks?|assault|artillery|drones?|warplanes?|jets?|aircraft|helicopters?|gunships?|tanks?|"
     r"snipers?|gunners|shelling|shells)\b)", "GOV"),
)
# a state's own forces before the generic police and security forces, which would take their words
# ("Nigeria police", "Pakistani security forces")
_AT_POLICE = next(i for i, (_, key) in enumerate(_LEXICON) if key == "POLICE")
_LEXICON = _LEXICON[:_AT_POLICE] + _state_forces() + _LEXICON[_AT_POLICE:] + _GENERIC


def _literal(pattern: str) -> str | None:
    """The lower-case ASCII word a pattern cannot match without ("turkish" for "Turkish troops",
    "yemen" for "Yemen army"), for the state-force patterns (hundreds of them, one per demonym
    and one per country name): an ASCII sentence without
    that word is not searched with that pattern (one substring test instead of a regex scan);
    None for the others."""
    head, _, rest = pattern.partition(" (?:[a-z-]+ )?")
    if not rest:                        # "Yemen army", "Nigeria's police": a state by its name
        head, _, rest = pattern.partition("(?:['’]s)? ")
    if not rest:                        # "Nigerian police", "Pakistani security forces"
        head, _, rest = pattern.partition(" (?:police")
    if not rest or not head.isascii() or re.escape(re.sub(r"\\(.)", r"\1", head)) != head:
        return None
    word = re.sub(r"\\(.)", r"\1", head)
    return word.lower() if word and all(c.isalnum() or c in " -.'" for c in word) else None


# (source, key, Russia-Ukraine war only, literal): compiled when first searched (see _compiled), as
# most of the state-force patterns never are in a process (their demonym is in no sentence).
_PATTERNS = tuple((r"(?<![\w-])(?:" + pattern + r")(?![\w])(?!-(?:held|controlled|occupied))", key,
                   pattern.startswith(_UKRAINE_ONLY), _literal(pattern)) for pattern, key in _LEXICON)


_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
# A pattern with a literal matches only where its literal starts a word (its `(?<![\w-])`), and the
# literal's first word ends there (a space, hyphen, full stop or apostrophe follows it in the literal
# or in the pattern): a sentence whose words do not include that first word is not searched with it.
# The patterns to search are found by looking up the sentence's words, not by testing each of the
# hundreds of literals in turn; the patterns with no literal are searched in every sentence.
_WORD = re.compile(r"\w+")


def _index_by_word() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """First word of a literal -> the indices of its patterns; and the indices of the patterns without one."""
    by_word: dict[str, list[int]] = {}
    unindexed: list[int] = []
    for index, (_, _, _, literal) in enumerate(_PATTERNS):
        first = _WORD.match(literal) if literal is not None else None
        if first is None:
            unindexed.append(index)
        else:
            by_word.setdefault(first.group(0), []).append(index)
    return {word: tuple(found) for word, found in by_word.items()}, tuple(unindexed)


_BY_WORD, _UNINDEXED = _index_by_word()


def _searched(text: str, lowered: str | None) -> tuple[int, ...] | range:
    """Indices of the patterns that may match a sentence (`lowered`: its lower case, None when
    that cannot stand for re.I: every pattern), in lexicon order."""
    if lowered is None:
        return range(len(_PATTERNS))
    unindexed = _UNINDEXED if _any_unindexed().search(text) else ()
    words = _BY_WORD.keys() & set(_WORD.findall(lowered))
    if not words:
        return unindexed
    return tuple(sorted(unindexed + tuple(i for word in words for i in _BY_WORD[word])))


_WORD_START = r"(?<![\w-])"


@lru_cache(maxsize=1)
def _any_unindexed() -> re.Pattern[str]:
    """One pattern that matches where any of the patterns without a literal does (their common
    start taken out of the alternation): most sentences name no actor, and are scanned once, not
    once for each of them."""
    sources = [_PATTERNS[i][0] for i in _UNINDEXED]
    assert all(source.startswith(_WORD_START) for source in sources)
    return re.compile(_WORD_START + "(?:" + "|".join(f"(?:{source[len(_WORD_START):]})" for source in sources) + ")",
                      re.I)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, re.I)
# A country or people's-republic name after one of these is a place, not a participant.
_LOCATIVE = re.compile(r"(?:\b(?:in|into|inside|from|across|within|to|toward|towards|near|of|over|on|at|"
                       r"throughout|against)\s+(?:the\s+)?(?:self-proclaimed\s+)?)$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# "Ukraine's Donetsk", "Russia's Kursk region", "Ukraine's east": the country names where, not who.
_PLACE_POSSESSIVE = re.compile(r"['’]s\s+(?:[A-Z]|(?:north|south|east|west)(?:ern|east|west)?\b|territory|border|region|"
                               r"cities|city|capital|soil|frontline|front line)")
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


@lru_cache(maxsize=1024)    # a sentence is read again by the coder, its belligerents and the control claims, within one article
def find_actors(text: str, country: str | None = None) -> tuple[ActorMention, ...]:
    """Actor mentions in `text`, in order, overlapping matches resolved to the earliest lexicon entry.

    `country` is the article's (geography.article_country): the named groups of its wars are
    read first (data/groups.tsv), and the Russia-Ukraine war's own words only in that war's news.

    >>> [(m.actor.key, m.after_by) for m in find_actors("6 civilians hurt when a bus was shelled by Ukrainian troops")]
    [('CIV', False), ('UKR', True)]
    >>> [m.actor.name("2019-06-01", "PH") for m in find_actors("NPA rebels ambushed soldiers", "PH")]
    ["NPA: New People's Army", 'Military Forces of Philippines (2016-2022)']
    """
    taken: list[tuple[int, int]] = []
    found: list[ActorMention] = []
    groups, any_group = groups_read(country)
    for group in groups if any_group is not None and any_group.search(text) else ():
        for match in group.pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            found.append(ActorMention(actor=_group_actor(group), start=start, end=end, text=match.group(0),
                                      after_by=bool(_BY.search(text[max(0, start - 40):start])), locative=False))
    ukraine_war = country is None or country in UKRAINE_WAR
    # re.I matches what lower() finds, unless the text holds one of the four non-ASCII letters re.I
    # equates with an ASCII one (dotted and dotless i, long s, the Kelvin sign)
    lowered = text.lower() if text.isascii() or not _ASCII_FOLDS.intersection(text) else None
    for index in _searched(text, lowered):
        pattern, key, ukraine_only, literal = _PATTERNS[index]
        if (ukraine_only and not ukraine_war) or (literal is not None and lowered is not None
                                                  and literal not in lowered):
            continue
        for match in _compiled(pattern).finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            before = text[max(0, start - 40):start]
            bare_name = key in ("RUS", "UKR", "DPR", "LPR") and " " not in match.group(0).strip()
            found.append(ActorMention(
                actor=ACTORS[key], start=start, end=end, text=match.group(0),
                after_by=bool(_BY.search(before)),
                locative=bare_name and ((bool(_LOCATIVE.search(before)) and not _POSSESSIVE.match(text, end))
                                        or bool(_PLACE_POSSESSIVE.match(text, end))),
            ))
    return tuple(sorted(found, key=lambda m: m.start))




# A headline's reduced passive: "Two soldiers killed in Kandahar blast", "Ukrainian soldier shot dead
# near Shumy". Only verbs of what is done to people, whose active use always takes an object ("Taliban
# killed 5 policemen"); "militants shelled in the Mariupol direction" is active with its object left out.
_DONE_TO = re.compile(r"(?:killed|shot dead|gunned down|slain|murdered|executed|beheaded|lynched|massacred|"
                      + HARMED + r")\b", re.I)
# What may stand between the actor and the participle: an of-phrase ("Two soldiers of the 72nd brigade
# killed") or the actor's people ("rebel leader killed", "Taliban senior commander killed"), and a name in quotes
# after them ("militia chief 'Major Kiza' killed"; unquoted, a title-case headline's next words may be anything:
# "Rebels Say Troops Killed"); what may follow it: no object, but a place, a time, a cause or the end of the clause.
# A word of saying is no such word: in "Taliban say soldiers killed" the Taliban speak, the soldiers died.
_QUOTED_NAME = r"\s+['\"‘“](?-i:[A-Z])[^'\"‘’“”\n]{0,40}['\"’”],?"
_BETWEEN = re.compile(r"\s+(?:of|from)\s+(?:[\w'’-]+\s+){1,4}|\s+(?:(?!(?:says?|said|claim(?:s|ed)?|report(?:s|ed)?|"
                      r"tell|tells|told|confirm(?:s|ed)?|den(?:y|ies|ied)|announc(?:e|es|ed)|insist(?:s|ed)?)\b)"
                      r"[\w'’-]+\s+)?(?:leaders?|commanders?|chiefs?|members?|"
                      r"fighters?|militants?|officials?|officers?|soldiers?|men|personnel|troops|supporters?|"
                      r"operatives?|terrorists?|insurgents?|guerrillas?|cadres?|rebels?)(?:" + _QUOTED_NAME + r")?\s+|"
                      + _QUOTED_NAME + r"\s+", re.I)


def done_to(text: str, mention: ActorMention, cue_start: int, cue_end: int) -> bool:
    """True when the actor named before a participle is what the participle was done to (a reduced passive).

    >>> [done_to(t, find_actors(t, "AF")[0], t.index("killed"), t.index("killed") + 6) for t in
    ...  ("Two soldiers killed in Kandahar blast", "Taliban killed 5 soldiers", "Soldiers killed")]
    [True, False, True]
    """
    between = text[mention.end:cue_start]
    if mention.after_by or cue_start < mention.end or _DONE_TO.fullmatch(text, cue_start, cue_end) is None:
        return False
    if between.strip() and (_BETWEEN.fullmatch(between) is None):
        return False
    return OBJECT_AFTER.match(text, cue_end) is None


def _mention_head(text: str, mention: ActorMention) -> Any | None:
    """The token of the parse that heads the actor's words (the one whose head lies outside them: "army"
    of "the Afghan army"), or None when the parse has no token there."""
    tokens = [t for t in parsed(text) if mention.start <= t.idx < mention.end]
    if not tokens:
        return None
    return next((t for t in tokens if not mention.start <= t.head.idx < mention.end), tokens[-1])


def _verb_of(text: str, mention: ActorMention, dep: str) -> Any | None:
    """The verb whose `dep` ("nsubj", "dobj") the actor's words are in the parse, or None (an actor
    after "by", no token there, another role, or a head that is no verb)."""
    if mention.after_by:
        return None
    head = _mention_head(text, mention)
    if head is None or head.dep_ != dep or head.head.pos_ != "VERB":
        return None
    return head.head


# A nominal act and a preposition that may bring its patient: "attack on", "ambush against", "raid targeting"
_ACT_ON = re.compile(r"\b(?:" + ACT_NOUNS + r")\s+(?:on|against|targeting|at|upon)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}$", re.I)
_PATIENT_PREPS = frozenset({"on", "against", "upon", "at"})
# What a force holds or rides in, named after it ("police station", "army convoy", "military checkpoint"):
# before an act noun the pair names what the act hit, never its means ("Police station bombing kills
# four": the police suffered it; "Taliban car bombing": the car is the bomb's, the Taliban did it)
FORCE_SITES = (r"(?:stations?|(?:out)?posts?|bases?|barracks|garrisons?|checkpoints?|convoys?|camps?|headquarters|"
               r"compounds?|academ(?:y|ies)|patrols?|vehicles?|trucks?|bus(?:es)?|offices?|buildings?|depots?|jails?|"
               r"prisons?)")
_SITE_OF_ACT = re.compile(r"\s+(?:[\w-]+\s+)?" + FORCE_SITES + r"\s+(?:" + ACT_NOUNS + r")\b", re.I)


def patient_of_act(text: str, mention: ActorMention) -> bool:
    """True when the actor is what a nominal act was done to: "Bomb attack on army convoy kills 12",
    "an ambush against police in ...", "a raid targeting Taliban fighters" (the army, the police,
    the Taliban suffered it; whoever attacked is named elsewhere or not at all). Read from the
    parse: the actor's noun is the object of the act noun's preposition (or of its "targeting"),
    not the subject of the clause after a time ("During a raid at dawn Taliban fighters killed 12
    policemen": the Taliban did it), nor a noun a day stands before ("In an attack on Tuesday
    Taliban fighters killed ...", which the parser may read as one phrase).

    A force named before a thing of its own that names the act ("Police station bombing kills four",
    "army convoy attack") suffered it too: the thing is what was hit (`FORCE_SITES`), never the means.

    >>> [patient_of_act(t, find_actors(t, "PK")[0]) for t in
    ...  ("Bomb attack on army convoy kills 12", "Army attack on Taliban hideout kills 12",
    ...   "During a raid at dawn Taliban fighters killed 12 policemen", "Police station bombing kills four",
    ...   "Taliban car bombing kills four")]
    [True, False, False, True, False]
    """
    if not mention.after_by and _SITE_OF_ACT.match(text, mention.end):
        return True                     # "Police station bombing kills four": the police's station was hit
    if mention.after_by or _ACT_ON.search(text[max(0, mention.start - 60):mention.start]) is None:
        return False
    head = _mention_head(text, mention)
    if head is None:
        return False
    while head.dep_ in ("compound", "amod", "nmod") and head.head is not head:
        head = head.head                # "army" in "army convoy"
    if not ((head.dep_ == "pobj" and head.head.lower_ in _PATIENT_PREPS)
            or (head.dep_ == "dobj" and head.head.lower_ == "targeting")):
        return False
    act = head.head.head                # the act noun the preposition or "targeting" hangs from
    if any(DAY_WORD.fullmatch(t.text) for t in head.subtree if t.idx < mention.start):
        return False                    # "on Tuesday Taliban fighters": a day, then the clause's subject
    return re.fullmatch(ACT_NOUNS, act.text, re.I) is not None


# who an attack's responders act on: the attacker, by a pronoun or by what reports call him
_ATTACKER = re.compile(r"(?:him|her|them|himself|themselves|gunm[ae]n|attackers?|assailants?|shooters?|suspects?|"
                       r"perpetrators?|bombers?|hostage-takers?|kidnappers?)", re.I)


def turned_on_the_attacker(text: str, mention: ActorMention) -> bool:
    """True when the armed actor is the subject of a clause of its own whose object is the attacker:
    "A gunman opened fire at a bus station, killing four people before police shot him", "gunmen stormed a
    village, killing ten, and soldiers later killed two of the attackers". They answered the attack;
    its victims are the people it killed. Read from the parse: the actor's noun is the active subject
    (nsubj) of a verb whose object (or the object's of-phrase) is a pronoun or a word for the attacker.

    >>> [turned_on_the_attacker(t, find_actors(t, "US")[-1]) for t in
    ...  ("A gunman opened fire at a bus station, killing four people before police shot him.",
    ...   "Gunmen attacked a checkpoint, killing two civilians, and soldiers returned fire.")]
    [True, False]
    """
    verb = _verb_of(text, mention, "nsubj")
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_ATTACKER.fullmatch(t.text) for o in objects for t in o.subtree)


def subject_acting_on(text: str, mentions: tuple[ActorMention, ...], mention: ActorMention) -> ActorMention | None:
    """The actor that is the active subject of the verb the given actor is the direct object of, or None:
    in "Gunmen killed two soldiers in a roadside explosion" the soldiers are named last before the
    explosion, but the clause says the gunmen did it to them. Read from the parse (nsubj and dobj of one
    verb); a passive, an object with no actor as its subject, or a subject that is the object itself
    gives None.

    >>> t = "Gunmen killed two soldiers in a roadside explosion near Kandahar."
    >>> subject_acting_on(t, find_actors(t, "AF"), find_actors(t, "AF")[1]).actor.key
    'UNID'
    >>> t = "Soldiers killed two gunmen in a raid near Kandahar."
    >>> subject_acting_on(t, find_actors(t, "AF"), find_actors(t, "AF")[0]) is None
    True
    """
    verb = _verb_of(text, mention, "dobj")
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((m for m in mentions if m is not mention and m.start <= subject.idx < m.end), None)


def passive_subject(text: str, mentions: tuple[ActorMention, ...], cue_start: int, cue_end: int) -> ActorMention | None:
    """The actor a passive at the cue was done to, by the parse: its passive subject, or for a relative
    clause ("the bodies of five men who had been shot dead") the noun the clause hangs from.

    >>> t = "Police found the bodies of five men who had been shot dead in Kandahar."
    >>> passive_subject(t, find_actors(t, "AF"), t.index("been"), t.index("dead")).actor.key
    'CIV'
    """
    for token in parsed(text):
        if not cue_start <= token.idx < cue_end:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        if subject.lower_ in ("who", "that", "which", "whom") and token.dep_ == "relcl":
            subject = token.head
        return next((m for m in mentions if m.start <= subject.idx < m.end), None)
    return None


_Opponent = tuple[str, tuple[str, ...], "re.Pattern[str] | None", str, tuple[str, ...], "re.Pattern[str] | None"]


def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None


@cache
def _opponents() -> dict[str, tuple[_Opponent, ...]]:
    """Country -> (first day, the region's divisions, a pattern of the region's names, actor key, the
    divisions of its ground war, their pattern) of the armed opponent of its forces, oldest first
    (data/opponents.tsv; no divisions: the whole country; no ground: its region)."""
    from .geography import _data_lines

    opponents: dict[str, list[_Opponent]] = {}
    for country, region, first, key, *rest in _data_lines("opponents.tsv"):
        names = tuple(name.strip() for name in region.split("|") if name.strip())
        ground = tuple(name.strip() for name in (rest[0] if rest else "").split("|") if name.strip()) or names
        opponents.setdefault(country, []).append((first, names, _names_pattern(names), key.strip(), ground,
                                                  _names_pattern(ground)))
    return {country: tuple(sorted(rows, key=lambda row: row[0])) for country, rows in opponents.items()}


# "shot dead by a comrade", "killed by his wife": the report names who did it, a person of no armed side
_BY_A_PERSON = re.compile(r"\bby\s+(?:an?|the|his|her|their|one|two)?\s*(?:[\w'’-]+\s+){0,2}?(?:comrades?|colleagues?|"
                          r"fellow|servicem[ae]n|soldiers?|conscripts?|sergeants?|officers?|deserters?|sentr(?:y|ies)|"
                          r"husband|wife|relatives?|neighbou?rs?|friends?|m[ae]n|wom[ae]n|teenagers?|students?|"
                          r"policem[ae]n|drivers?)\b", re.I)


def names_its_agent(text: str) -> bool:
    """Whether a "by" phrase of the sentence names who did it as a person ("shot dead by a comrade").

    >>> names_its_agent("Two soldiers shot dead by a comrade in barracks"), names_its_agent("killed by a roadside bomb")
    (True, False)
    """
    return _BY_A_PERSON.search(text) is not None


def unnamed_opponent(victim: Actor, where: str | None, date: str | None, region: str | None = None,
                     text: str = "", remote_weapon: bool = True) -> Actor | None:
    """Who fought a state's forces hit in their own country when the report names no one ("Two soldiers
    killed in Kandahar blast"): ACLED's "Unidentified Armed Group (Afghanistan)", or the one armed
    opponent of that war, region and period (data/opponents.tsv: in Donetsk and Luhansk from April 2014
    the separatists' forces, anywhere in Ukraine from 24 February 2022 Russia's). Nobody for victims of
    any other kind, whose killers may be anyone. An undated report is given no war's period. `region`
    is the event's first-level division (None: placed in the country only, taken to be the war's
    region); a `text` naming the war's region places it there whatever the division. An act with no
    weapon that strikes from afar (`remote_weapon` False: a shooting, a killing; True: a shell, missile,
    air or drone strike, chemical weapon, suicide or remote bomb) is the opponent's only where its
    forces fight on the ground (the file's ground column): "Two soldiers killed in Lviv shooting" in
    2023 is not Russia's.

    >>> [unnamed_opponent(ACTORS["GOV"], where, day, region).name(day, where) for where, day, region in
    ...  (("AF", "2012-05-05", None), ("UA", "2015-02-01", "Donetsk Oblast"), ("UA", "2022-06-01", "Lviv Oblast"))]
    ['Unidentified Armed Group (Afghanistan)', 'NAF: United Armed Forces of Novorossiya', 'Military Forces of Russia (2000-)']
    >>> [unnamed_opponent(ACTORS["GOV"], "UA", day, region, text).name(day, "UA") for day, region, text in
    ...  (("2016-06-01", "Lviv Oblast", "Soldier killed"), (None, "Donetsk Oblast", ""),
    ...   ("2016-06-01", "Crimea", "Marine killed by a sniper in Donbas"))]
    ['Unidentified Armed Group (Ukraine)', 'Unidentified Armed Group (Ukraine)', 'NAF: United Armed Forces of Novorossiya']
    >>> [unnamed_opponent(ACTORS["GOV"], "UA", day, "Chernihiv Oblast", remote_weapon=False).name(day, "UA")
    ...  for day in ("2022-03-10", "2023-05-02")]
    ['Military Forces of Russia (2000-)', 'Unidentified Armed Group (Ukraine)']
    >>> unnamed_opponent(ACTORS["CIV"], "AF", "2012-05-05") is None
    True
    >>> [unnamed_opponent(ACTORS["GOV"], "UA", "2023-05-02", region, remote_weapon=weapon).name("2023-05-02", "UA")
    ...  for region, weapon in (("Lviv Oblast", False), ("Lviv Oblast", True), ("Donetsk Oblast", False))]
    ['Unidentified Armed Group (Ukraine)', 'Military Forces of Russia (2000-)', 'Military Forces of Russia (2000-)']
    """
    if victim.inter != 1 or where is None or victim.country not in (None, where):
        return None
    day = (date or "")[:10]
    # an actor's later line replaces its earlier one from its first day (Russia's ground war left the north)
    latest = {row[3]: row for row in _opponents().get(where, ()) if day and row[0] <= day}
    current = [key for first, divisions, named, key, ground, on_ground in sorted(latest.values(), key=lambda row: row[0])
               if _in(region, text, divisions, named) and (remote_weapon or _in(region, text, ground, on_ground))]
    return ACTORS[current[-1]] if current else ACTORS["UNID"]


def _in(region: str | None, text: str, divisions: tuple[str, ...], named: re.Pattern[str] | None) -> bool:
    """The event is in the divisions (none: the whole country): its division is one of them, it is
    placed in the country only, or its text names one of them."""
    return not divisions or region is None or region in divisions or (named is not None and named.search(text) is not None)


def _group_actor(group: Group) -> Actor:
    state = group.name.startswith(("Military Forces of ", "Police Forces of "))
    return Actor(f"GROUP:{group.name}", group.inter, group.countries[0] if state and group.countries else None,
                 label=group.name)


def _add_state_actors() -> None:
    from ..enrich.gazetteer import countries

    for code, country in countries().items():
        ACTORS[f"STATE-{code}"] = Actor(f"STATE-{code}", 1, code, country.get("iso3"))
        ACTORS[f"STATE-POLICE-{code}"] = Actor(f"STATE-POLICE-{code}", 1, code, country.get("iso3"))


def inter_code(actor: Actor, location_country: str | None) -> int:
    """ACLED inter code in this event: a state's forces are 1 at home and abroad; militias keep theirs.

    ACLED codes foreign state forces with inter 8 only when they act as a minor external party;
    in a war between two states both are state forces (1), which is how ACLED codes Russia and
    Ukraine since 2022.
    """
    if actor.key in ("RUS", "UKR", "UKR-POLICE"):
        return 1
    return actor.inter


_SHORT_NAMES = {"RUS": "Russia", "WAGNER": "Russia", "UKR": "Ukraine", "UKR-POLICE": "Ukraine",
                "DPR": "DPR", "LPR": "LPR", "NAF": "Novorossiya"}


def short_name(actor_name: str | None) -> str | None:
    """The side an ACLED actor name fights for, as a control claim names it ("Russia", "Ukraine", "DPR").

    >>> short_name("Military Forces of Ukraine (2014-2019)"), short_name("Civilians (Ukraine)")
    ('Ukraine', None)
    """
    if not actor_name:
        return None
    for key, short in _SHORT_NAMES.items():
        actor = ACTORS[key]
        if any(actor.name(date) == actor_name for date in ("2010-01-01", "2015-01-01", "2024-01-01")):
            return short
    return None


_add_state_actors()
