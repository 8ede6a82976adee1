"""Named entities with offsets into the body and the fullest name the article gives each actor.

spaCy finds the mentions. What no library does for news text, and is written here by hand:
- within-article canonical names: a surname resolves to the fullest person name sharing it
  ("Alaudinov" -> "Apti Alaudinov"), an acronym to the name the article defines for it
  ("Institute for the Study of War (ISW)"), "the ISW" to the same actor, and a newspaper keeps the
  "The" the article writes mid-sentence ("The Washington Post");
- ministries, which spaCy splits into a nationality and a common noun ("Russia's defense
  ministry", "the Russian Defense Ministry", "Ministry of Defence of Russia"), become one actor
  named "<Nationality> <topic> ministry";
- titles and roles as attributes: the title words before a name ("Major General",
  "Russian Foreign Minister"), appositions ("head of Ukraine's ground troops") and
  participial roles after a comma ("leading marine units near Odesa").
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .names import clean_name
from .nlp import doc_entities
from .nationalities import adjective_of
from .records import Entity

__all__ = ["find_entities", "entity_at", "acronym_definitions"]

# Numeric and temporal labels belong to figures and dates, not to actors and places.
_SKIP_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})

# Not a state, but governed by its own ministries ("Gaza Health Ministry"); nationalities are the
# one table's (enrich.nationalities).
_TERRITORIES = frozenset({"Gaza"})
_TOPICS = r"[Dd]efen[cs]e|[Ff]oreign(?: [Aa]ffairs)?|[Ii]nterior|[Hh]ealth|[Ee]mergenc(?:y|ies)(?: [Ss]ituations)?|[Jj]ustice|[Ff]inance|[Ee]nergy"
_MINISTRY = re.compile(
    rf"(?:(?P<country>[A-Z][a-z]+|U\.S\.|UK)(?:'s|’s)\s+|(?P<adj>[A-Z][a-z]+|U\.S\.)\s+)?"
    rf"(?P<topic>{_TOPICS})\s+[Mm]inistry\b"
    rf"|[Mm]inistry of (?P<topic2>{_TOPICS})(?: of (?:the )?(?P<country2>[A-Z][\w ]+?(?=[\s,.;:)]|$)))?"
)
_ACRONYM = re.compile(
    r"(?P<full>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|the|and|on|de|al|[A-Z][\w&'’.-]*))*)"
    r"\s*\((?P<acr>[A-Z][A-Za-z.&]{1,9})\)"
)
_TITLE_WORDS = frozenset("""
president minister general major lieutenant colonel commander chief spokesman spokeswoman
spokesperson secretary prime deputy foreign defense defence interior senator governor mayor
ambassador admiral marshal king queen prince pope director head envoy chairman adviser advisor
sergeant captain brigadier premier chancellor speaker leader representative sen rep gov mr mrs ms dr
analyst correspondent officer
""".split())
_NEWSPAPER_TAIL = re.compile(r"\b(?:Post|Times|Guardian|Journal|Telegraph|Independent|Economist|Atlantic|"
                             r"Hill|Herald|Observer|Globe|Mirror|Tribune|Intercept|Insider|Chronicle|Gazette|"
                             r"Standard|Star|Examiner|Inquirer|Verge|Moscow Times|Kyiv Independent)$")


def find_entities(doc: Any, body: str) -> tuple[Entity, ...]:
    """Every named actor, place and group in `doc` (parsed from `body`), in text order."""
    ministries = list(_ministry_mentions(body))
    taken = [(m[1], m[2]) for m in ministries]
    mentions = [(ent.text.strip(), ent.label_, ent.start_char, ent.start_char + len(ent.text.rstrip()), ent)
                for ent in doc_entities(doc)
                if ent.label_ not in _SKIP_LABELS and ent.text.strip()
                and not _overlaps(ent.start_char, ent.end_char, taken)]
    mentions += [(text, "ORG", start, end, None) for text, start, end in ministries]
    mentions.sort(key=lambda m: m[2])
    canonical = _canonical_names(mentions, body, ministries)
    full_names = {canonical[m[2]] for m in mentions if m[1] == "PERSON"}
    mentions = [(text, "PERSON" if label in _SURNAME_CONFUSIONS and canonical[start] in full_names
                 and canonical[start] != text else label, start, end, ent)
                for text, label, start, end, ent in mentions]
    attributes: dict[str, dict[str, None]] = defaultdict(dict)
    for _text, label, start, _end, ent in mentions:
        if ent is not None and label == "PERSON" and ent.label_ == "PERSON":
            for attribute in _person_attributes(doc, ent):
                attributes[canonical[start]].setdefault(attribute, None)
    return tuple(
        Entity(text, label, canonical[start], start, end, tuple(attributes.get(canonical[start], ())))
        for text, label, start, end, _ in mentions
    )


def entity_at(entities: Iterable[Entity], start: int, end: int, labels: frozenset[str] | None = None) -> Entity | None:
    """The longest entity inside or overlapping [start, end), optionally of given labels."""
    best = None
    for entity in entities:
        if entity.start < end and start < entity.end and (labels is None or entity.label in labels):
            if best is None or (entity.end - entity.start) > (best.end - best.start):
                best = entity
    return best


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _ministry_mentions(body: str) -> Iterable[tuple[str, int, int]]:
    for match in _MINISTRY.finditer(body):
        yield match.group(0), match.start(), match.end()


def _ministry_name(text: str, fallback_country: str | None) -> str:
    match = _MINISTRY.fullmatch(text)
    if match is None:
        return text
    topic = (match.group("topic") or match.group("topic2")).lower().replace("defence", "defense")
    country = match.group("country") or match.group("country2") or match.group("adj")
    nationality = None
    if country:
        nationality = adjective_of(country.strip()) or (country.strip() if country.strip() in _TERRITORIES else None)
    nationality = nationality or fallback_country
    return f"{nationality} {topic} ministry" if nationality else _clean(text)


def _canonical_names(mentions: list, body: str, ministries: list) -> dict[int, str]:
    """Start offset of each mention -> the fullest name the article gives that actor."""
    acronyms = acronym_definitions(body)
    with_the = _names_written_with_the(body)
    # each person's name once, in order of first mention, with its words (asked for every mention),
    # found by its last word
    persons = [(p, p.split()) for p in dict.fromkeys(_clean(m[0]) for m in mentions if m[1] == "PERSON")]
    by_surname: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for person in persons:
        if person[1]:
            by_surname[person[1][-1]].append(person)
    orgs = [_national(body, m[2], _clean(m[0])) for m in mentions if m[1] == "ORG"]
    full_keys = [(_clean(full).lower(), full) for full in acronyms.values()]
    # "the defense ministry" with no country is the one country's ministry the article names, if one
    named = {_ministry_name(t, None) for t, _, _ in ministries}
    nationalities = {n.rsplit(" ", 2)[0] for n in named if len(n.split()) > 2}
    sole_nationality = next(iter(nationalities)) if len(nationalities) == 1 else None
    names: dict[int, str] = {}
    for text, label, start, _end, ent in mentions:
        name = _clean(text)
        if ent is None:
            name = _ministry_name(text, sole_nationality)
        elif name in acronyms:
            name = acronyms[name]
        elif label == "PERSON" or (label in _SURNAME_CONFUSIONS and " " not in name
                                   and _surname_of(name, by_surname.get(name, []))):
            name = _fullest_person(name, by_surname.get(name.split()[-1], []) if name.split() else persons)
        elif label == "ORG":
            name = _fullest_org(_national(body, start, name), orgs, full_keys)
        if name in with_the and not name.startswith("The "):
            name = "The " + name
        names[start] = name
    return names


# Labels spaCy gives a bare surname it does not recognise as a person ("Lamrani" ORG)
_SURNAME_CONFUSIONS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "NORP", "FAC", "LOC"})


def _surname_of(name: str, persons: list[tuple[str, list[str]]]) -> bool:
    return any(len(words) > 1 and words[-1] == name for _, words in persons)


_POSSESSOR = re.compile(r"(?P<country>[A-Z][a-z]+|U\.S\.|UK)(?:'s|’s)\s+$")
_NATIONAL_BODIES = re.compile(r"^(?:General Staff|Armed Forces|Air Force|Navy|Army|National Guard|Security Service|"
                              r"Border (?:Guard|Service)|Parliament|Foreign Intelligence|Military Intelligence)\b")


def _national(body: str, start: int, name: str) -> str:
    """"Ukraine's General Staff" -> "Ukrainian General Staff", as the article also writes it."""
    possessor = _POSSESSOR.search(body, max(start - 20, 0), start)
    if possessor and possessor.end() == start and _NATIONAL_BODIES.match(name):
        nationality = adjective_of(possessor.group("country"))
        if nationality:
            return f"{nationality} {name}"
    return name


def _clean(text: str) -> str:
    """An entity's name, cleaned by the one name cleaner, without a leading "the"."""
    return re.sub(r"^[Tt]he\s+", "", clean_name(text)).strip()


def _fullest_person(name: str, persons: list[tuple[str, list[str]]]) -> str:
    words = name.split()
    best, best_length = name, len(words)
    for other, other_words in persons:
        if len(other_words) > best_length and other_words[-len(words):] == words:
            best, best_length = other, len(other_words)
    return best


def _fullest_org(name: str, orgs: list[str], full_keys: list[tuple[str, str]]) -> str:
    """`full_keys`: the names the article defines acronyms for, each cleaned and lower-cased,
    with the name."""
    lowered = name.lower()
    for key, full in full_keys:
        if key == lowered:
            return full
    if len(name.split()) <= 1:
        return name
    best = name
    for other in orgs:
        if len(other) > len(best) and other.endswith(" " + name):
            best = other
    return best


def acronym_definitions(body: str) -> dict[str, str]:
    """"The Washington Post (WP)" -> {"WP": "The Washington Post"}; the name is cut to the words
    whose initials spell the acronym, keeping a "The" written mid-sentence."""
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(body):
        acronym = match.group("acr").replace(".", "")
        words = match.group("full").split()
        initials = [i for i, w in enumerate(words) if w[0].isupper() and w.lower() != "the"]
        first = next((i for i in initials
                      if "".join(words[j][0] for j in initials if j >= i) in (acronym, acronym.upper())), None)
        if first is None:
            continue
        kept = words[first:]
        if first > 0 and words[first - 1] == "The" and not _sentence_initial(body, match.start("full")):
            kept = ["The"] + kept
        found.setdefault(acronym, " ".join(kept))
    return found


def _names_written_with_the(body: str) -> set[str]:
    """Newspaper-like names the article writes as "The X" in mid-sentence ("by The Washington Post")."""
    names = set()
    for match in re.finditer(r"(?<=[a-z,] )The ((?:[A-Z][\w.-]+ ?){1,4})", body):
        name = match.group(1).strip()
        if _NEWSPAPER_TAIL.search(name):
            names.add(name)
    return names


def _sentence_initial(body: str, offset: int) -> bool:
    before = body[:offset].rstrip()
    return not before or before[-1] in ".!?\n\"“”"


def _person_attributes(doc: Any, ent: Any) -> list[str]:
    """Titles before the name and roles in apposition or after a comma."""
    found = []
    title = _title_before(doc, ent)
    if title:
        found.append(title)
    for child in ent.root.children:
        if child.i < ent.end:
            continue
        if (child.dep_ == "appos" and child.pos_ == "NOUN" and len(list(child.subtree)) <= 14) or (child.dep_ == "acl" and child.tag_ == "VBG" and doc[child.i - 1].text == ","):
            found.append(_phrase(doc, child))
    return [f for f in found if f]


def _title_before(doc: Any, ent: Any) -> str | None:
    i = ent.start - 1
    while i >= 0 and (doc[i].text.lower().rstrip(".") in _TITLE_WORDS or
                      (doc[i].ent_type_ == "NORP" and doc[i].text[0].isupper())):
        i -= 1
    words = [t.text for t in doc[i + 1:ent.start]]
    if not any(w.lower().rstrip(".") in _TITLE_WORDS for w in words):
        return None
    if words and words[0].lower() in ("analyst", "correspondent", "officer"):
        return None
    return " ".join(words) or None


def _phrase(doc: Any, head: Any) -> str:
    tokens = list(head.subtree)
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return ""
    return doc[tokens[0].i:tokens[-1].i + 1].text
