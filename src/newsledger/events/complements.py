"""What the act word's sentence says around it: its object, its place, its doers and the clause it
stands in, read from the parse of the sentence alone.

    OBJECT_AFTER                           text after a participle that is its object ("killed two")
    verbless / nominal_event               the sentence, or the act, is told without a verb of its own
    placed_act, between_people             the act has a place of its own; it is a quarrel of two people
    fights_a_cause, names_a_kind           "fight corruption"; "a death order", "the death toll"
    modifies_a_thing, idle_weapon          "a bomb squad"; a weapon named but not used
    downs_no_aircraft                      "shot down the merger": nothing that flies downed
    takes_no_ground, a_persons_own         "captured 20 rifles"; an act said of one person's life
    objected_by_a_person, crowd_subject    a person as the act's object; a crowd as its doer
    striving, apart_from                   "fight for", "struggle to"; an act in another act's clause
    aside_on_a_noun, same_clause           an aside on a noun; two spans in one clause
    speaker_opens, tells_the_report        a speaker opens the sentence; the act is the report's own

The parse and the clause helpers come from aspect.py; this module never imports the coder.
Written by hand for newsledger over spaCy's English parse.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..enrich.hedges import QUALIFIER_PATTERN
from ..enrich.nlp import lemma as lemma_of
from ..enrich.numbers import NUMBER_PATTERN
from ..enrich.textdates import MONTHS, WEEKDAYS
from .aspect import _PLACE_PREPS, _REPORTING, _act_chain, _trigger, _verb_above, clause_verb, parsed
from ..enrich.people import PERSON_NOUN
from .fatalities import ACT_NOUNS

__all__ = ["OBJECT_AFTER", "a_campaign_rally", "an_armed_act", "told_as_happening", "done_with_arms", "verbless", "nominal_event", "placed_act", "between_people", "fights_a_cause", "names_a_kind",
           "modifies_a_thing", "idle_weapon", "downs_no_aircraft", "takes_no_ground", "a_persons_own", "objected_by_a_person",
           "crowd_subject", "striving", "apart_from", "aside_on_a_noun", "same_clause", "speaker_opens",
           "tells_the_report", "names_the_acts_day", "weapon_harmed_people"]


def verbless(sentence: str) -> bool:
    """The sentence has no verb at all: a title or a section heading ("More bombing.")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in parsed(sentence))


def nominal_event(sentence: str, start: int, end: int) -> bool:
    """The event word at [start, end) is a noun ("Clashes in Aleppo", "Fierce clashes take place"),
    not a verb ("rival politicians clashed")."""
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ in ("NOUN", "PROPN")

# What a participle's object opens with: a word after a space that is none of the prepositions,
# conjunctions and time words that go on the sentence without one. So "Gunmen shot dead two guards"
# has one, "Two soldiers shot dead in Kabul", "gunmen captured after a raid", "soldiers killed and
# three wounded", "Two soldiers killed." and "... killed last night" have none (a headline's passive).
# A count after a qualifier is an object ("killed over 50 militants", "captured as many as ten
# villages"), as is one after a second participle joined on ("killed and wounded 20 soldiers",
# "captured and looted the town"; "captured and taken to Kabul" has none); "this" and "last" are time
# only before a word of time ("this morning", "last week"; "seized this strategic town" has an object).
_NOT_AN_OBJECT = (r"\s+(?!(?:and|or|by|in|at|on|near|after|during|as|while|when|for|from|outside|inside|over|with|to|"
                  r"amid|following|close|alive|overnight|yesterday|today|tonight|early|late|again|"
                  r"(?:this|last)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|time|spring|summer|"
                  r"autumn|fall|winter|" + "|".join(sorted([*MONTHS, *WEEKDAYS])) + r"))\b)[\w'’-]")
OBJECT_AFTER = re.compile(r"\s+(?:" + QUALIFIER_PATTERN + r")\s+(?:\d|(?:" + NUMBER_PATTERN + r"|several|many|dozens|hundreds)\b)"
                          r"|\s+(?:and|or)\s+(?:\w+ly\s+)?\w+(?:ed|en)" + _NOT_AN_OBJECT + "|" + _NOT_AN_OBJECT, re.I)


# Prepositions that put an act at a place
_LOCATIVE = _PLACE_PREPS | {"on", "across", "around", "into", "onto", "over", "along", "from", "throughout", "within",
                            "off", "toward", "towards", "against"}


def placed_act(sentence: str, start: int, end: int, place_spans: list[tuple[int, int]]) -> bool:
    """One of the places at `place_spans` (offsets into the sentence) is the act's own: the object of
    a locative preposition on the event word or its clause's verb ("fighting has raged in Aleppo
    province"), or the verb's object or subject ("troops have shelled Kharkiv", "Kharkiv has been
    shelled"); not a word modifying another noun ("after the riots in Lyon, the government stepped up
    airstrikes abroad": Lyon places the riots, not the air strikes).

    >>> s = "After the riots in Lyon, the government stepped up airstrikes abroad."
    >>> placed_act(s, s.index("airstrikes"), s.index(" abroad"), [(s.index("Lyon"), s.index("Lyon") + 4)])
    False
    >>> s = "Fighting has raged in Aleppo province."
    >>> placed_act(s, 0, 8, [(s.index("Aleppo"), s.index("Aleppo") + 6)])
    True
    """
    doc = parsed(sentence)
    chain = _act_chain(doc, start, end)
    if not chain:
        return False
    acts = set(chain)
    # the act's own objects and subject carry its place too: "have attacked villages in Aleppo province",
    # "have regained control of the villages in the border region"
    holders = acts | {d for t in chain for c in t.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") for d in c.subtree}
    for place_start, place_end in place_spans:
        tokens = [t for t in doc if t.idx < place_end and place_start < t.idx + len(t.text)]
        if not tokens:
            continue
        phrase = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ in ("NOUN", "PROPN") \
                and phrase.head.head not in acts:
            phrase = phrase.head.head  # "the city of Aleppo"
        while phrase.dep_ in ("compound", "amod", "flat", "appos", "conj") and phrase.head.pos_ in ("NOUN", "PROPN") \
                and phrase.head != phrase and phrase.head not in acts:
            phrase = phrase.head       # "Aleppo province"; "the Lyon riots" climbs to the riots
        if phrase.dep_ == "pobj" and phrase.head.lower_ in _LOCATIVE and phrase.head.head in holders:
            return True
        if phrase.dep_ in ("dobj", "nsubjpass", "nsubj") and phrase.head in acts:
            return True
    return False


def between_people(sentence: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The event verb's subject, object or partner ("with", "against") is one of the named persons at
    `people` (offsets into the sentence): "Okafor attacked Brandt", "with whom she sparred"; or the event
    noun's owner is one ("her relentless attacks", "Okafor's attack on Brandt")."""
    token = _trigger(parsed(sentence), start, end)
    if token is not None and token.pos_ == "NOUN":     # "her relentless attacks", "Okafor's attack on Brandt"
        owners = [c for c in token.children if c.dep_ == "poss"]
        if done_with_arms(token):
            return False                        # "carried out his deadly attack on the crowd"
        if any(c.lower_ in ("his", "her") for c in owners):
            return True
        slots = owners + [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                          for o in c.children if o.dep_ == "pobj"]
        return any(s <= slot.idx < e for slot in slots for s, e in people)
    if token is None or token.pos_ != "VERB":
        return False
    slots = [c for c in token.children if c.dep_ in ("nsubj", "dobj")]
    slots += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
              for o in c.children if o.dep_ == "pobj"]
    if token.dep_ == "relcl" and any(c.lower_ in ("whom", "who") for c in token.subtree):
        slots.append(token.head)                # "the mayor, with whom she quarrelled"
    return any(s <= slot.idx < e for slot in slots for s, e in people)


# Who or what a fight is waged on when it is armed: people, armed bodies, a side
_FOES = frozenset({"force", "troop", "army", "police", "militia", "group", "faction", "regime", "enemy", "invader",
                   "occupier", "occupation", "government", "state", "side", "unit", "gang", "cartel", "clan", "tribe",
                   "battalion", "brigade", "insurgency", "rebellion", "uprising", "jihadist", "people"})
_PERSON_WORD = re.compile(r"(?:" + PERSON_NOUN + r")", re.I)


def fights_a_cause(sentence: str, start: int, end: int) -> bool:
    """A verb of fighting whose object is a thing, not people or an armed body: "rallies fighting mass
    incarceration", "the city is battling the blaze", "fighting corruption" (or a fight "against" one).
    A struggle against a wrong, a disease or a fire; combat only where armed people do it (the caller
    decides, as for `striving`).

    >>> s = "Volunteers have been fighting poverty in the valley for years."
    >>> fights_a_cause(s, s.index("fighting"), s.index("fighting") + 8)
    True
    >>> s = "Soldiers were fighting militants in the valley on Monday."
    >>> fights_a_cause(s, s.index("fighting"), s.index("fighting") + 8)
    False
    """
    token = _trigger(parsed(sentence), start, end)
    if token is None or lemma_of(token) not in ("fight", "battle", "combat"):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ == "against" for o in c.children if o.dep_ == "pobj"]
    return bool(objects) and all(
        o.tag_ in ("NN", "NNS") and lemma_of(o).lower() not in _FOES and not _PERSON_WORD.fullmatch(o.text)
        and not any(c.pos_ == "PROPN" or c.ent_type_ for c in o.subtree) for o in objects)


# Nouns that count the dead a death word modifies: "the death toll", "the death count" tell deaths
_COUNT_NOUNS = frozenset({"toll", "count", "tally", "figure"})


def names_a_kind(sentence: str, start: int, end: int) -> bool:
    """The word at [start, end) modifies another noun as the first part of a compound ("a death order
    on babies", "death threats", "a death squad", "the death sentence"): it says what kind of thing
    the head is, not that anyone died. A count of the dead ("the death toll") tells deaths.

    >>> s = "After the militia's death order on Christian families, the bishop spoke out."
    >>> names_a_kind(s, s.index("death"), s.index("death") + 5)
    True
    >>> s = "The death toll from the bombing rose to 40."
    >>> names_a_kind(s, s.index("death"), s.index("death") + 5)
    False
    """
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") \
        and token.head.i > token.i and lemma_of(token.head).lower() not in _COUNT_NOUNS


_ACT_NOUN = re.compile(ACT_NOUNS, re.I)


def modifies_a_thing(sentence: str, start: int, end: int, acts: list[tuple[int, int]]) -> bool:
    """The event word at [start, end) only says what kind of thing the noun after it is ("a mob
    mentality", "a marching band", "a riot shield"): the first part of a compound, or a participle
    before a noun, whose head is no act itself (an act's span is in `acts`: "a protest march", "a
    bomb attack" tell the act).

    >>> s = "Critics blamed the mob mentality of the online forums."
    >>> modifies_a_thing(s, s.index("mob"), s.index("mob") + 3, [])
    True
    >>> s = "Thousands joined a protest march in the capital."
    >>> modifies_a_thing(s, s.index("protest"), s.index("protest") + 7, [(s.index("march"), s.index("march") + 5)])
    False
    >>> s = "Officials said striking miners closed the roads."
    >>> modifies_a_thing(s, s.index("striking"), s.index("striking") + 8, [])
    False
    """
    doc = parsed(sentence)
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    if len(tokens) != 1:
        return False
    token = tokens[0]
    head = token.head
    if not (token.dep_ == "compound" or (token.dep_ == "amod" and token.tag_ == "VBG")) \
            or head.pos_ not in ("NOUN", "PROPN") or head.i <= token.i or lemma_of(head).lower() in _COUNT_NOUNS:
        return False
    if token.tag_ == "VBG" and _PERSON_WORD.fullmatch(head.text):
        return False            # "protesting farmers", "striking workers": who did the act, not a kind of thing
    # a headline's verb after its subject reads as a compound ("Militants attack court", "Herdsmen raid
    # village"), and a capital starts a name or a title-case headline: only a plain word inside a noun phrase
    before = [t for t in doc[:token.i] if t.pos_ not in ("PUNCT", "PART")][-1:]
    if token.text[:1].isupper() or (before and before[0].pos_ in ("NOUN", "PROPN", "PRON", "NUM")):
        return False            # (quotes between: "Rebels 'attack army base'")
    return not any(s <= head.idx < e for s, e in acts) and _ACT_NOUN.fullmatch(head.text) is None


# Weapons named by a noun that the shelling cue also reads ("rockets", "a missile", "artillery"): an act
# only when the sentence uses one (`idle_weapon`)
_WEAPON_NOUNS = frozenset({"rocket", "missile", "mortar", "artillery", "howitzer", "grad", "iskander", "himars", "mlrs",
                           "shell", "tochka", "uragan", "smerch", "ballistic"})
# Verbs that fire a weapon (its object) or that a fired weapon does (its subject), and acts a weapon
# noun can name the kind of ("a rocket attack", "artillery fire", "a salvo of missiles")
_FIRE = frozenset({"fire", "launch", "lob", "shoot", "rain", "unleash", "hurl", "use", "aim", "direct", "send"})
_IMPACT = frozenset({"hit", "strike", "land", "fall", "slam", "rain", "explode", "kill", "wound", "injure", "damage",
                     "destroy", "pound", "target", "smash", "crash", "blast", "rock", "detonate", "impact", "tear", "fly",
                     "whiz", "hurtle", "pummel", "batter", "shell", "bombard", "attack", "leave", "claim", "set"})
_WEAPON_ACTS = frozenset({"attack", "strike", "fire", "barrage", "salvo", "volley", "shelling", "bombardment", "assault",
                          "hit", "impact", "blast", "explosion", "raid", "duel", "exchange", "hail", "rain", "shower",
                          "onslaught", "fusillade", "round", "shot", "bombing", "battery"})


def _used(noun: Any) -> bool:
    """The weapon noun (or the phrase it heads or names the kind of) is fired, does harm or names an
    act: "rockets hit the town", "fired two missiles", "killed by a mortar", "a rocket attack"."""
    phrase = noun
    while phrase.dep_ in ("compound", "amod", "conj", "appos") and phrase.head != phrase and phrase.head.pos_ in ("NOUN", "PROPN"):
        if lemma_of(phrase.head).lower() in _WEAPON_ACTS:
            return True                    # "a rocket attack", "mortars and rocket fire"
        phrase = phrase.head
    if any(c.dep_ in ("acl", "relcl") and lemma_of(c).lower() in (_IMPACT | _FIRE) for c in phrase.children):
        return True                        # "rockets fired from the strip", "missiles that hit the city"
    head = phrase.head
    if phrase.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") and head.pos_ in ("VERB", "AUX"):
        verb = lemma_of(head).lower()
        # a weapon as the subject of a verb of firing is fired only by a participle ("Rockets fired from the
        # strip struck a house", a reduced relative the parser may read as the subject)
        return verb in _IMPACT or (verb in _FIRE and (phrase.dep_ != "nsubj" or head.tag_ == "VBN" or head.dep_ in ("acl", "relcl")))
    if phrase.dep_ == "pobj" and head.dep_ == "prep":
        above = head.head
        if above.pos_ in ("NOUN", "PROPN") and head.lower_ == "of":
            return lemma_of(above).lower() in _WEAPON_ACTS     # "a barrage of rockets"
        return (above.pos_ in ("VERB", "AUX") and lemma_of(above).lower() in (_IMPACT | _FIRE)) \
            or (above.pos_ == "NOUN" and lemma_of(above).lower() in _WEAPON_ACTS)   # "killed by a mortar", "attacks with rockets"
    return False


def idle_weapon(sentence: str, start: int, end: int) -> bool:
    """The word at [start, end) names a weapon that the sentence does not use: no verb fires it or has it
    hit, land or kill, and it names the kind of no act ("Iran's missile programme", "a big rocket for
    space launches", "Rockets beat the Knicks", "the Shell Houston Open"). A weapon told as a thing is
    no shelling; "rockets hit the town", "militants fired two missiles", "a rocket attack" are.

    >>> s = "The agency is building a bigger rocket for its moon programme."
    >>> idle_weapon(s, s.index("rocket"), s.index("rocket") + 6)
    True
    >>> s = "Two rockets hit a school in the town on Monday."
    >>> idle_weapon(s, s.index("rockets"), s.index("rockets") + 7)
    False
    """
    doc = parsed(sentence)
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    nouns = [t for t in tokens if lemma_of(t).lower().rstrip("s") in _WEAPON_NOUNS or t.lower_.rstrip("s") in _WEAPON_NOUNS]
    if len(tokens) != 1 or not nouns:
        return False                       # "shelling", "under fire from", "multiple rocket launchers": an act, or other words
    noun = nouns[0]
    if noun.pos_ == "VERB":
        return False                       # "troops shell the town"
    return not _used(noun)


# What is shot down in war: a craft or a projectile in the air (with the weapon nouns above)
_AIRBORNE = frozenset({"drone", "uav", "missile", "rocket", "projectile", "shahed", "aircraft", "plane", "airplane", "warplane",
                       "jet", "helicopter", "chopper", "balloon", "bomber", "fighter", "airliner", "airship", "target",
                       "glider", "munition", "shell", "bomb", "satellite", "craft", "airframe", "quadcopter", "copter"})


def downs_no_aircraft(sentence: str, start: int, end: int) -> bool:
    """The "shot down" at [start, end) downs a thing that does not fly: its object (or its passive
    subject) is no craft or projectile ("regulators shot down the merger", "shot down rumours of a
    sale", "the proposal was shot down"): a refusal in words. "Air defences shot down two drones",
    "the jet was shot down" and a "shot down" with nothing named are left to the coder.

    >>> s = "The council shot down the plan for a new stadium on Monday."
    >>> downs_no_aircraft(s, s.index("shot down"), s.index("shot down") + 9)
    True
    >>> s = "Gunners shot down three attack drones near the port on Monday."
    >>> downs_no_aircraft(s, s.index("shot down"), s.index("shot down") + 9)
    False
    """
    doc = parsed(sentence)
    verb = _trigger(doc, start, end)
    if verb is None or lemma_of(verb).lower() != "shoot":
        return False
    downed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not downed:
        return False

    def flies(noun: Any) -> bool:
        words = {lemma_of(noun).lower(), noun.lower_} | {lemma_of(c).lower() for c in noun.children if c.dep_ == "compound"}
        return noun.pos_ == "PROPN" or noun.ent_type_ in ("PRODUCT", "ORG") or noun.pos_ == "NUM" \
            or any(w.rstrip("s") in _AIRBORNE or w.rstrip("s") in _WEAPON_NOUNS for w in words)

    return not any(flies(noun) for noun in (downed[0], *downed[0].conjuncts))


def takes_no_ground(sentence: str, start: int, end: int) -> bool:
    """The verb of taking at [start, end) ("captured", "seized", "took") has as direct object
    things or people, no ground: "captured 20 rifles", "seized a weapons cache", "captured two
    rebel commanders" (a place or position, "captured the town", "seized Kef", "took control of
    the airport", is ground; with no direct object, "the town was captured", it says nothing).

    >>> s = "Police captured 20 rifles in a raid near the town on Monday."
    >>> takes_no_ground(s, s.index("captured"), s.index("captured") + 8)
    True
    >>> s = "Rebels captured most of the town on Monday."
    >>> takes_no_ground(s, s.index("captured"), s.index("captured") + 8)
    False

    A taking with no object but a role ("took over as liaison officer") takes a post, no ground:

    >>> s = "A retired admiral took over as chief mediator last spring."
    >>> takes_no_ground(s, s.index("took"), s.index("took") + 9)
    True
    """
    doc = parsed(sentence)
    verb = _trigger(doc, start, end)
    if verb is None or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        # "took over as head of the mission": a role taken, no ground ("took over the town" has its object)
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    from .cues import _HAUL      # cues reads this module: imported late; the one list of a seizure's haul

    def no_ground(noun: Any) -> bool:
        if noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        word = lemma_of(noun).lower()
        return noun.lower_ in _HAUL or f"{word}s" in _HAUL or word in _HAUL \
            or any(c.dep_ == "compound" and c.lower_ in _HAUL for c in noun.children) \
            or _PERSON_WORD.fullmatch(noun.text) is not None or _PERSON_WORD.fullmatch(word) is not None

    # every object taken, the conjuncts too: "captured 20 rifles and the airport" takes ground
    return all(no_ground(noun) for noun in (objects[0], *objects[0].conjuncts))


def a_persons_own(sentence: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The event noun is owned by "his" or "her" and the subject of its clause is one of the named
    persons at `people`: "Okafor lost many voters through her relentless attacks on the press"
    tells a person's words, whatever armed men the clause names beside them ("The gunman resumed his
    attack" has no person as its subject). An attack carried out, or a deadly one, is done with arms
    whoever owns it: "Okafor carried out her attack on the depot", "his murderous attack on shoppers".

    >>> s = "Okafor lost many voters through her relentless attacks on the press."
    >>> a_persons_own(s, s.index("attacks"), s.index("attacks") + 7, [(0, 6)])
    True
    >>> s = "The gunman resumed his attack on the crowd."
    >>> a_persons_own(s, s.index("attack"), s.index("attack") + 6, [])
    False
    """
    doc = parsed(sentence)
    token = _trigger(doc, start, end)
    if token is None or token.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
        return False
    if done_with_arms(token):
        return False
    verb = clause_verb(doc, start, end)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and any(s <= c.idx < e for s, e in people)
                                    for c in verb.children)


# Words that make an attack one done with arms whoever owns it: it killed ("her murderous attack"), or it was
# carried out ("carried out his attack"); words are attacked, never carried out or deadly
_LETHAL = frozenset({"deadly", "murderous", "bloody", "fatal", "lethal", "armed", "suicide", "terrorist", "terror"})
_CARRIED_OUT = frozenset({"carry", "perpetrate", "commit", "launch", "mount", "stage"})
# What an attack of words is made on: an institution, a freedom, a policy or a class of people, never a body,
# a place or a thing that can be hit ("a brutal attack on the free press", "his attack on the budget")
_WORDS_TARGETS = frozenset({"press", "media", "journalism", "democracy", "freedom", "liberty", "right", "constitution",
                            "judiciary", "justice", "law", "budget", "policy", "reform", "value", "speech", "dissent",
                            "science", "truth", "reputation", "character", "integrity", "independence", "poor",
                            "welfare", "pension", "institution", "election", "vote", "rule"})


def an_armed_act(sentence: str, start: int, end: int) -> bool:
    """The event word at [start, end) is a noun of an act done with arms (`done_with_arms`)."""
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ == "NOUN" and done_with_arms(token)


# Verbs that tell their subject took place: "the attacks were unfolding", "the raid occurred at dawn"
_HAPPENING = frozenset({"happen", "occur", "unfold"})


def told_as_happening(sentence: str, start: int, end: int) -> bool:
    """The event noun at [start, end) is the subject of a verb that says it took place: "As the
    attacks in Lille were unfolding", "The raid occurred near the border", "the ambush took place".

    >>> s = "As the attacks in Lille were unfolding on Friday, crowds fled."
    >>> told_as_happening(s, s.index("attacks"), s.index("attacks") + 7)
    True
    >>> s = "The attacks in Lille were condemned on Friday."
    >>> told_as_happening(s, s.index("attacks"), s.index("attacks") + 7)
    False
    """
    token = _trigger(parsed(sentence), start, end)
    if token is None or token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "nsubj" or token.head.pos_ != "VERB":
        return False
    verb = lemma_of(token.head).lower()
    return verb in _HAPPENING or (verb == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in token.head.children))


def done_with_arms(token: Any) -> bool:
    """The event noun names an act done with arms, not words: a lethal word modifies it ("his deadly
    attack") or a verb of doing takes it as object ("carried out her attack on the depot").

    >>> s = "Weeks later Okafor carried out her attack on the depot."
    >>> done_with_arms(_trigger(parsed(s), s.index("attack"), s.index("attack") + 6))
    True
    >>> s = "Okafor lost voters through her attacks on the press."
    >>> done_with_arms(_trigger(parsed(s), s.index("attacks"), s.index("attacks") + 7))
    False

    An attack made on an institution, a freedom or a policy is words, however it is carried out:

    >>> s = "The senator carried out a fierce attack on judicial independence on Friday."
    >>> done_with_arms(_trigger(parsed(s), s.index("attack"), s.index("attack") + 6))
    False
    """
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") and o.dep_ == "pobj"
           and lemma_of(o).lower() in _WORDS_TARGETS for c in token.children for o in c.children):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _LETHAL for c in token.children):
        return True
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and lemma_of(token.head).lower() in _CARRIED_OUT


def objected_by_a_person(sentence: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The event verb's subject is one of the named persons at `people` and it has an object: "Cruz
    is protesting the executive actions" is one man objecting to something, not a crowd
    demonstrating ("Clinton marched in the parade" tells who was in a crowd)."""
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "nsubj" and any(s <= c.idx < e for s, e in people) for c in token.children)


# A crowd's protest words but "rally" (the one list: cues.PROTEST_WORD is it with "rally" and "rallies");
# a bare "march" in lower case only, so the month ("in March") is no protest word
PROTEST_STEMS = (r"protest\w*", r"demonstrat\w*", r"march(?:ed|es|ers)", r"(?-i:march)", r"marching", r"riot\w*", r"sit-ins?",
                 r"strik(?:e|es|ers|ing)", r"picket\w*")
# a rally beside a protest word or a crowd's signs is a protest's
_PROTEST_BESIDE = re.compile(r"\b(?:" + "|".join(PROTEST_STEMS + (r"chant\w*", r"placards?", r"slogans?")) + r")\b", re.I)
# what a crowd objects to or asks for, anywhere after the rally: "a rally ... on Monday against the law",
# "a rally in Ankara demanding higher wages", "calling for", "in support of", "opposing"
_A_DEMAND = re.compile(r"\b(?:against|demand(?:s|ing|ed)?|call(?:s|ing|ed)\s+for|in\s+support\s+of|opposing)\b", re.I)


# a rally named as a campaign's: "campaign rally", "election rallies", "a rally for candidate Ruiz", "a
# rally of supporters"
_CAMPAIGN_BEFORE = re.compile(r"(?:campaign|election) $", re.I)
_CAMPAIGN_AFTER = re.compile(r" (?:for|of) (?:candidate|supporters)", re.I)


def a_campaign_rally(sentence: str, start: int, end: int, people: Sequence[tuple[int, int]] = ()) -> bool:
    """The event noun is a campaign's rally, not a crowd's protest: the one decision, read by the cues
    (with no people: the words alone) and by the coder (with the named persons at `people`).

    A rally named as a campaign's ("campaign rally", "election rallies", "a rally for candidate Ruiz", "a
    rally of supporters") is one. So is a rally where a named person at `people` appears, the subject of
    the clause the rally is the place of ("Walsh introduced Brandt to a Denver rally", "Ruiz spoke at a
    rally in Denver"), with no word of protest beside it: a speaker's rally, a campaign appearance. A crowd
    or a force as the subject ("Thousands gathered at a rally", "Police fired tear gas at a rally"), a
    protest word or what the crowd objects to ("a rally against the dam") keeps that one a protest.

    >>> s = "Her campaign started on Monday, when Walsh introduced Brandt to a Denver rally."
    >>> a_campaign_rally(s, s.index("rally"), s.index("rally") + 5, [(s.index("Walsh"), s.index("Walsh") + 5)])
    True
    >>> s = "Ruiz spoke at a rally against the dam in Denver."
    >>> a_campaign_rally(s, s.index("rally"), s.index("rally") + 5, [(0, 4)])
    False
    >>> s = "Thousands joined an election rally in Denver."
    >>> a_campaign_rally(s, s.index("rally"), s.index("rally") + 5)
    True
    """
    if sentence[start:end].lower() not in ("rally", "rallies"):
        return False
    if _CAMPAIGN_BEFORE.search(sentence, 0, start) or _CAMPAIGN_AFTER.match(sentence, end):
        return True
    if not people or _PROTEST_BESIDE.search(sentence):
        return False
    doc = parsed(sentence)
    token = _trigger(doc, start, end)
    if token is None or token.lower_ not in ("rally", "rallies") or token.dep_ != "pobj" \
            or token.head.lower_ not in ("at", "during", "to"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "over" for c in token.children) or _A_DEMAND.search(sentence, end):
        return False               # "a rally against the dam", "... demanding higher wages": what the crowd objects to
    verb = clause_verb(doc, start, end)
    if verb is None or any(_a_crowd(c) for c in verb.children if c.dep_ in ("dobj", "conj")) \
            or any(_a_crowd(c) for s in verb.children if s.dep_ == "nsubj" for c in s.children if c.dep_ == "conj"):
        return False               # "Aydin joined thousands of workers at a rally", "Ruiz and hundreds of students"
    return any(c.dep_ == "nsubj" and any(s <= c.idx < e for s, e in people) for c in verb.children)


def _a_crowd(token: Any) -> bool:
    """The token names a crowd: a crowd word ("thousands", "workers"), a counted noun ("200
    supporters") or a crowd word's members ("thousands of workers")."""
    return token.lower_ in _CROWD_WORDS or token.tag_ == "CD" or any(n.dep_ == "nummod" for n in token.children)


_CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "people", "protesters", "demonstrators",
                          "crowd", "crowds", "marchers", "residents", "students", "workers", "farmers", "villagers"})


def crowd_subject(sentence: str, start: int, end: int) -> bool:
    """The event verb's subject is a crowd or a count of people ("Thousands of people protested that
    the vote was rigged", "200 workers protested"), not one person or an organisation objecting; for
    a word that is no verb ("in protest"), the subject of its clause's verb.

    >>> s = "Thousands of people protested that the vote was rigged."
    >>> t = "The union protested that the vote was rigged."
    >>> crowd_subject(s, s.index("protested"), s.index("protested") + 9), crowd_subject(t, t.index("protested"), t.index("protested") + 9)
    (True, False)
    """
    doc = parsed(sentence)
    token = _trigger(doc, start, end)
    if token is not None and token.pos_ != "VERB":
        token = clause_verb(doc, start, end)      # "farmers blocked a road in protest": the clause's subject
    if token is None:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and token.pos_ == "VERB" and len(doc) and doc[0].lower_ in _CROWD_WORDS:
        return True             # "Students demanding an end to fees clashed ...": a subject the parse lost opens the sentence
    return any(c.lower_ in _CROWD_WORDS or c.tag_ == "CD" or any(n.dep_ == "nummod" for n in c.children) for c in subjects)


def striving(sentence: str, start: int, end: int) -> bool:
    """A verb of fighting with a purpose after it ("were fighting to be seen", "fighting for seats up
    front"): striving for something; in combat only where armed people do it (the caller decides)."""
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ == "VERB" and lemma_of(token) in ("fight", "battle", "struggle") and any(
        (c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)) or (c.dep_ == "prep" and c.lower_ == "for")
        for c in token.children)


def apart_from(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """The word at [start, end) of `sentence` is none of the words at `others`, neither holds one of
    them nor is held by one in the parse, and is not in the same clause: "Clashes erupted again in the province, where
    fighting has killed 6,500" (the clashes apart from the toll's "killed"), not "fighting that has
    killed 6,500" (the fighting holds the toll's clause) or "Fighting kills 22" (its subject).

    >>> s = "Clashes erupted again in Zabul, where fighting has killed 6,500 since 2010."
    >>> k = s.index("killed")
    >>> apart_from(s, 0, 7, [(k, k + 6)]), apart_from(s, s.index("fighting"), s.index("fighting") + 8, [(k, k + 6)])
    (True, False)
    """
    doc = parsed(sentence)
    token = _trigger(doc, start, end)
    if token is None:
        return False
    verb = clause_verb(doc, start, end)
    for other_start, other_end in others:
        other = _trigger(doc, other_start, other_end)
        if other is None:
            continue
        if other == token or other in token.subtree or token in other.subtree:
            return False
        if verb is not None and clause_verb(doc, other_start, other_end) == verb:
            return False           # "Air strikes raised the death toll to 185": one clause, the toll's
    return True


def aside_on_a_noun(sentence: str, start: int, end: int) -> bool:
    """The event word's clause is a relative clause set off by a comma after the noun it describes
    ("Hezbollah, which has lost thousands of fighters in Syria, ..."): an aside that says what the
    noun is or has been through, not the sentence's news.

    >>> s = "The militia, which has lost hundreds of fighters in the north, held a parade."
    >>> aside_on_a_noun(s, s.index("lost"), s.index("lost") + 4)
    True
    >>> s = "The militia that attacked the town has lost hundreds of fighters."
    >>> aside_on_a_noun(s, s.index("lost"), s.index("lost") + 4)
    False
    """
    doc = parsed(sentence)
    verb = clause_verb(doc, start, end)
    if verb is None or verb.dep_ != "relcl":
        return False
    pronoun = next((t for t in verb.children if t.lower_ in ("which", "who", "whom", "whose")), None)
    if pronoun is None:
        pronoun = next((t for t in verb.subtree if t.lower_ in ("which", "who", "whom", "whose") and t.i < verb.i), None)
    return pronoun is not None and pronoun.i > 0 and doc[pronoun.i - 1].text == ","


def same_clause(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """The words at the spans `first` and `second` of `sentence` belong to one clause: the same verb
    holds both (or neither has one, as in a verbless headline). "Gunmen shot dead five policemen,
    and another attack followed": "shot" and "another attack" are in two clauses.

    >>> s = "Gunmen shot dead five policemen, and another attack followed in the south."
    >>> same_clause(s, (7, 16), (s.index("attack"), s.index("attack") + 6))
    False
    >>> s = "In another attack, gunmen shot dead five policemen."
    >>> same_clause(s, (s.index("shot"), s.index("shot") + 9), (11, 17))
    True
    """
    doc = parsed(sentence)
    return clause_verb(doc, *first) == clause_verb(doc, *second)


def speaker_opens(sentence: str) -> bool:
    """The sentence opens with a pronoun that is the subject of a reporting verb ("She said gunmen
    shot dead five policemen", "They told Reuters the town had fallen"): the pronoun is a speaker
    of the report, not a person of the story before it, so the sentence does not go on with that
    story's time.

    >>> speaker_opens("She said gunmen shot dead five policemen."), speaker_opens("They shot dead nine guards.")
    (True, False)
    """
    doc = parsed(sentence)
    first = next((t for t in doc if not t.is_punct and not t.is_space), None)
    return first is not None and first.tag_ == "PRP" and first.dep_ in ("nsubj", "nsubjpass") \
        and first.head.pos_ in ("VERB", "AUX") and lemma_of(first.head) in _REPORTING


# verbs of speaking whose fronted participle ("Speaking in Lisbon on Friday, the envoy said ...") tells
# where and when the report was made
_SPEAKING = frozenset({"speak", "address", "talk", "brief", "testify", "appear", "write"})


def tells_the_report(sentence: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """True when the words at [start, end) of `sentence` (a time expression) belong to a reporting
    clause above the event word at [cue_start, cue_end), not to the event's own clause: "drowned
    when the ferry sank, the coast guard told reporters on Friday" dates what was told.

    >>> s = "Two miners died when the shaft collapsed, the company said in a statement on Wednesday."
    >>> tells_the_report(s, s.index("on Wednesday"), len(s) - 1, s.index("died"), s.index("died") + 4)
    True
    >>> s = "Two soldiers were killed on Wednesday, the military said."
    >>> tells_the_report(s, s.index("on Wednesday"), s.index(","), s.index("killed"), s.index("killed") + 6)
    False

    A fronted clause of speaking on the reporting verb ("Speaking in Lisbon on Friday, the envoy said
    ...", "Addressing donors on Friday, ...") is the report's as well: the speech's day, not the act's.

    A time standing after the event word and before the reporting clause's subject ("..., on
    Friday, officials said") is the event's whatever the parse hangs it on; only one after the
    reporting verb or fronted before both is the report's.
    """
    doc = parsed(sentence)
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    event = clause_verb(doc, cue_start, cue_end)
    if not tokens or event is None:
        return False
    root = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
    verb = _verb_above(root)
    if verb is not None and verb != event and verb.dep_ == "advcl" and verb.tag_ == "VBG" \
            and lemma_of(verb) in _SPEAKING:
        verb = _verb_above(verb.head)
    if verb is None or verb == event or lemma_of(verb) not in _REPORTING:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb)
    if cue_end <= start and end <= subject.left_edge.idx and event.idx < verb.idx:
        return False
    return any(a == verb for a in event.ancestors)


def names_the_acts_day(sentence: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """The time at [start, end) of `sentence` is the possessive of an act noun ("Tuesday's raid") that is
    the event word at [cue_start, cue_end) or is told in its own phrase ("killed in Tuesday's raid"):
    the act's own day, whatever other time the sentence's main clause has ("a vigil on Sunday for
    the farmers killed in Tuesday's raid").

    >>> s = "Crowds gathered on Friday for the guards killed in Monday's ambush."
    >>> names_the_acts_day(s, s.index("Monday"), s.index("Monday") + 6, s.index("killed"), s.index("killed") + 6)
    True
    >>> names_the_acts_day(s, s.index("on Friday"), s.index("on Friday") + 9, s.index("killed"), s.index("killed") + 6)
    False
    """
    if not re.match(r"\s*['’]s\b", sentence[end:]):
        return False
    doc = parsed(sentence)
    event = clause_verb(doc, cue_start, cue_end)
    noun = next((t.head for t in doc if start <= t.idx < end and t.dep_ == "poss"), None)
    if event is None or noun is None or not _ACT_NOUN.fullmatch(noun.text):
        return False
    return noun == event or cue_start <= noun.idx < cue_end or any(a == event for a in noun.ancestors)


# The verbs of harm done to people by a weapon as their subject ("a grenade wounded 12 people")
_HARM = frozenset({"kill", "wound", "injure", "maim", "hurt"})


def weapon_harmed_people(sentence: str, start: int, end: int) -> bool:
    """The weapon named at [start, end) is the subject of a verb of harm done to people ("A grenade
    thrown into the crowd wounded 12 people"): the weapon was used on them, violence by itself
    whoever threw it, as a bomb that went off is.

    >>> s = "A grenade tossed into a cafe in Gombe injured nine people on Friday."
    >>> weapon_harmed_people(s, s.index("grenade"), s.index("grenade") + 7)
    True
    >>> s = "Police found a grenade that could have wounded dozens."
    >>> weapon_harmed_people(s, s.index("grenade"), s.index("grenade") + 7)
    False
    """
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.dep_ == "nsubj" and token.head.pos_ == "VERB" \
        and lemma_of(token.head).lower() in _HARM and token.head.tag_ in ("VBD", "VBZ", "VBN") \
        and not any(c.dep_ == "aux" for c in token.head.children)
