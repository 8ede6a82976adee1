"""When an act took place as its sentence tells it: done over and over, on a day of its own, in a year
or on a day written as a label, or long before the news; read from the parse of the sentence alone.

    habitual(sentence, start, end)      a recurring act ("shelled daily", "every night"), not one incident
    dated_act(sentence, start, end)     the act word has a day of its own ("on Monday", "overnight")
    year_of_act(sentence, start, end)   the year the act is told in ("the 2014 bombing"), or None
    day_label(sentence, start, end)     the day of a label written "9/11", or None
    long_ago(sentence, start, end)      the act lies years before the news ("decades ago", "in the 1990s")
    over_a_period(sentence, start, end) the act is told as a period's many acts ("have killed 300 this year")
    in_an_aside(sentence, start, end)   the act is told in a relative clause on a noun ("a group, which bombed ...")
    dates_an_aside(sentence, start, end, cue_start, cue_end)
                                        a time told in a relative clause on another noun ("the group, which
                                        bombed a hotel in 2004, attacked ...") dates that clause, not the act

The parse and the clause helpers come from aspect.py (which reads whether the act happened); this
module never imports the coder. Written by hand for newsledger over spaCy's English parse.
"""
from __future__ import annotations

import re
from typing import Any

from ..enrich.nlp import lemma as lemma_of
from ..enrich.textdates import YEAR
from .aspect import (_PRESENT, _act_chain, _auxiliaries, _dates_itself, _day_of_its_own, _past, _trigger, clause_verb,
                     parsed)

__all__ = ["habitual", "dated_act", "year_of_act", "day_label", "long_ago", "over_a_period", "in_an_aside", "dates_an_aside", "DEFINITE"]


# Words that tell an act as recurring over days, in any tense: "drones struck the village daily",
# "the army regularly bombed rebel positions", "shell the town almost every day"
_DISTRIBUTIVE = frozenset({"daily", "nightly", "weekly", "regular", "regularly", "routine", "routinely", "usually",
                           "often", "habitual", "habitually", "customary", "everyday"})
# Words that tell an act as done again and again, which may be one incident's manner ("gunmen repeatedly
# fired on a convoy, killing four") as well as a habit: a habit only with a generic aspect (`_generic`)
_ITERATIVE = frozenset({"constant", "constantly", "repeated", "repeatedly", "frequent", "frequently", "continual",
                        "continually", "incessant", "incessantly", "ceaseless", "ceaselessly", "perpetual", "endless",
                        "unending", "nonstop", "non-stop"})
_EVERY_UNITS = frozenset({"day", "night", "week", "morning", "evening", "month"})
# Dependents that open a clause of their own: a frequency word inside one is not the act's
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "pcomp"})


def habitual(sentence: str, start: int, end: int) -> bool:
    """The event word at [start, end) is told as a habit or a state of affairs, not one incident:
    a word of recurrence over days on it or in its verb's own clause ("drones struck the village
    daily", "every day"), or a word of repetition with a generic aspect: on a plural act noun with
    no determiner or count that is not the subject of a past act ("residents described constant
    drone strikes"; "repeated explosions rocked the city" is one night's), or on a verb in the
    simple present, the perfect, "would" or "used to" ("forces shell the town repeatedly"; "gunmen
    repeatedly fired on a convoy" is one attack). The caller decides what a day of its own changes.

    >>> habitual("Residents described constant drone strikes.", 29, 42)
    True
    >>> habitual("Gunmen repeatedly fired on a convoy, killing four.", 18, 23)
    False
    >>> habitual("Two soldiers were killed in a drone strike on Monday.", 30, 42)
    False
    """
    chain = _act_chain(parsed(sentence), start, end)
    for token in chain:
        for child in token.children:
            if child.dep_ in ("amod", "advmod") and child.lower_ in _DISTRIBUTIVE:
                return True
            if child.dep_ == "npadvmod" and child.lower_ in _EVERY_UNITS and any(
                    c.lower_ in ("every", "each") for c in child.children):
                return True
            if child.lower_ in _ITERATIVE and child.dep_ in ("amod", "advmod") and _generic(token):
                return True
    verb = chain[-1] if chain and chain[-1].pos_ in ("VERB", "AUX") else None
    return verb is not None and any(t.lower_ in _DISTRIBUTIVE and t.tag_.startswith("RB") for t in _own_clause(verb))


def _generic(token: Any) -> bool:
    """The act is told generically: a plural noun with no determiner, count or owner that is not the
    subject of a past act ("constant drone strikes"), or a verb in the simple present, the perfect,
    or after "would" or "used to"."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss") for c in token.children) \
            and not (token.dep_ in ("nsubj", "nsubjpass") and _past(token.head))
    if token.pos_ not in ("VERB", "AUX"):
        return False
    auxes = _auxiliaries(token)
    if token.tag_ in _PRESENT and not auxes:
        return True
    if token.head.lower_ == "used" and token.dep_ == "xcomp":
        return True
    return any(a.lower_ == "would" or (lemma_of(a) == "have" and token.tag_ == "VBN") for a in auxes)


def _own_clause(verb: Any) -> list[Any]:
    """The words of the verb's own clause, not of a clause below it."""
    words = []
    for token in verb.subtree:
        step = token
        while step != verb and step.dep_ not in _CLAUSAL:
            step = step.head
        if step == verb:
            words.append(token)
    return words


def dated_act(sentence: str, start: int, end: int) -> bool:
    """The event word at [start, end) is a noun with a day of its own ("Friday's attack in Lyon",
    "the gun rampage Monday in Tampere"): a noun phrase that dates an act presupposes
    it took place, whatever the clause around it says ("after Friday's attack").

    >>> dated_act("Yet since Friday's bombing in Lyon, the debate has moved on.", 19, 26)
    True
    >>> dated_act("Rebels warned of an attack on the city.", 20, 26)
    False
    """
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ in ("NOUN", "PROPN") and _day_of_its_own(token)


# Words that make a noun phrase definite: "the 2006 bombings" is the bombings of 2006
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _year_of(token: Any) -> int | None:
    """A year the noun carries as its own modifier: "the 2003 invasion", "2006's attack", "the 2006
    bombings". A number on a plural noun with no definite article or owner counts it ("About 2000
    protesters", "launched 2000 airstrikes"); a number written with a thousands separator ("2,000")
    is never a year."""
    plural_count = token.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in token.children)
    for child in token.children:
        if child.dep_ == "nummod" and plural_count:
            continue
        if child.dep_ in ("nummod", "compound", "amod", "nmod", "npadvmod", "poss") \
                and re.fullmatch(YEAR, child.text.rstrip("'’s")):
            return int(child.text[:4])
    for place in (c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        # "the 2008 Mumbai attacks": the parser hangs the year on the place that names the act
        year = next((int(c.text[:4]) for c in place.children
                     if c.dep_ in ("nummod", "compound") and c.i < place.i and re.fullmatch(YEAR, c.text)), None)
        if year is not None:
            return year
    return None


def year_of_act(sentence: str, start: int, end: int) -> int | None:
    """The year the event word's own noun phrase names, or the act noun its verb happened in: "the
    2003 invasion of Iraq", "had been killed in a 2006 attack". A noun phrase that dates its act by
    a year tells when it happened, whatever the sentence's tense.

    >>> s = "They were killed in a 2006 attack."
    >>> year_of_act(s, s.index("killed"), s.index("killed") + 6)
    2006
    >>> year_of_act("A bomb killed five in Kabul on Friday.", 7, 13) is None
    True
    >>> s = "He recalled the 2008 Mumbai attacks on hotels."
    >>> year_of_act(s, s.index("attacks"), s.index("attacks") + 7)
    2008

    A relative clause on a noun a year dates tells an act of that year, unless it names a time of its own:

    >>> s = "A plaque marks the 2017 uprising in which the barracks was shelled."
    >>> year_of_act(s, s.index("shelled"), s.index("shelled") + 7)
    2017
    >>> s = "Rebels broke the 2014 truce, which they attacked on Monday."
    >>> year_of_act(s, s.index("attacked"), s.index("attacked") + 8) is None
    True
    """
    chain = _act_chain(parsed(sentence), start, end)
    nouns = [t for t in chain if t.pos_ in ("NOUN", "PROPN")]
    for token in chain[-1:]:
        if token.pos_ in ("VERB", "AUX"):     # "killed in a 2006 attack", "died during the 2003 invasion"
            nouns += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "since")
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") and not _dates_itself(token):
                nouns.append(token.head)      # "the 2017 uprising in which the barracks was shelled"
    for noun in nouns:
        year = _year_of(noun)
        if year is not None:
            return year
    return None


_DAY_LABEL = re.compile(r"(\d{1,2})/(\d{1,2})")


def day_label(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The two numbers of a day written as "9/11" that names the act as its modifier: "the 9/11
    attacks", "after the 26/11 attacks on the city". An act named by its day of the year is one the
    report remembers by that name; the caller reads the day against the report's date.

    >>> s = "Security tightened after the 9/11 attacks."
    >>> day_label(s, s.index("attacks"), s.index("attacks") + 7)
    (9, 11)
    >>> day_label("Gunmen attacked a bus on Monday.", 7, 15) is None
    True
    """
    for noun in _act_chain(parsed(sentence), start, end):
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in noun.children:
            label = _DAY_LABEL.fullmatch(child.text) if child.dep_ in ("nummod", "compound", "amod", "nmod") else None
            if label is not None:
                return int(label.group(1)), int(label.group(2))
    return None


# Units of a span that reaches back past any report's news: "years ago", "two decades after", "months
# earlier" (a plural of months: "a month ago" may still be the news)
_LONG_UNITS = frozenset({"year", "decade", "century", "generation", "lifetime"})
_DECADE = re.compile(r"(?:1[89]|20)?\d0[’']?s|[’']\d0s")
_BACK = frozenset({"ago", "earlier", "before", "previously"})
# Nouns of remembering an act: an anniversary's act happened a year or more before ("the tenth anniversary of
# the bombing"); a memorial's or commemoration's too unless the act names a time of its own (long_ago)
_REMEMBRANCE = frozenset({"anniversary", "commemoration", "remembrance", "memorial"})


# What a person was when young: "as a young officer", "as a teenager", "in his youth"
_YOUTH = frozenset({"child", "boy", "girl", "teenager", "teen", "youth", "childhood", "adolescent", "schoolboy",
                    "schoolgirl", "cadet", "recruit"})


def _of_a_persons_youth(prep: Any) -> bool:
    """The preposition puts its verb in a person's youth: "as a young officer", "as a teenager",
    "in his youth", "during her childhood": a life told, years before any news."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == "as":
        return any(lemma_of(o) in _YOUTH or any(c.dep_ == "amod" and c.lower_ in ("young", "younger") for c in o.children)
                   for o in objects)
    return prep.lower_ in ("in", "during") and any(
        o.lower_ in ("youth", "childhood", "adolescence") and any(c.dep_ == "poss" for c in o.children) for o in objects)


# A century before the one any report of ours is written in: "the 19th century", "the eighteenth century"
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                  "nineteenth", "twentieth")


def _past_century(noun: Any) -> bool:
    """The noun is a century up to the twentieth, named by its ordinal ("during the 17th century"):
    history for any report (the twentieth was over before the newest pages of the corpus were written).

    >>> from newsledger.events.aspect import parsed
    >>> [_past_century(t) for t in parsed("Hill tribes raided herds in the 17th century and in the 21st century.")
    ...  if t.lower_ == "century"]
    [True, False]
    """
    if lemma_of(noun) != "century":
        return False
    for child in noun.children:
        if child.dep_ not in ("amod", "nummod", "compound"):
            continue
        digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", child.lower_)
        if (digits is not None and int(digits.group(1)) <= 20) or child.lower_ in _ORDINAL_WORDS:
            return True
    return False


def _an_age(decade: Any) -> bool:
    """The decade is someone's age, owned by a person ("in his 60s", "in her early 40s"), not a
    decade of history ("in the 1990s")."""
    return any(c.dep_ == "poss" for c in decade.children)


def _long_span(token: Any) -> bool:
    """The noun is a span of years or more ("five years", "decades", "a generation"), or of months
    in the plural ("months", "18 months")."""
    return token.pos_ in ("NOUN", "PROPN") and (lemma_of(token) in _LONG_UNITS or token.lower_ == "months")


def _of_chain(prep: Any) -> list[Any]:
    """The preposition's object and the objects of the "of" phrases hanging from it, one after the
    other: "during the civil war of the 1990s" -> war, 1990s. No relative clause or other modifier
    is entered: "in a district that has been contested since the 1990s" -> district."""
    chain = []
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    while objects:
        noun = objects[0]
        chain.append(noun)
        objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
    return chain


def _long_before(verb: Any) -> bool:
    """The verb's clause is put a long span before another time: "years ago", "two decades earlier",
    "in the 1990s", or it is what a long span is counted from ("five years since gunmen attacked",
    "a decade after troops fired on the crowd")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _BACK and any(_long_span(c) for c in child.children):
            return True
        if child.dep_ == "npadvmod" and _long_span(child) and any(c.lower_ in _BACK for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "through", "throughout") and any(
                (_DECADE.fullmatch(o.text) and not _an_age(o)) or _past_century(o) for o in _of_chain(child)) \
                and not _dates_itself(verb):
            return True            # "in the 1990s", "during the civil war of the 1990s", "during the 17th century"
        if child.dep_ == "prep" and _of_a_persons_youth(child) and not _dates_itself(verb):
            return True            # "as a child watched" beside "killed ... on Monday" is a witness, no youth
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("since", "after")), None)
    if mark is not None and verb.dep_ in ("advcl", "acl", "relcl"):
        head = verb.head
        return _long_span(head) or any(_long_span(c) and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
                                       for c in head.children) \
            or any(_long_span(c) and c.dep_ == "npadvmod" for c in verb.children)   # "two years after gunmen stormed"
    return False


def long_ago(sentence: str, start: int, end: int) -> bool:
    """The event word's act is told as long past, by words of time that name no date: a span of
    years or more back ("killed by militants years ago", "fought the army in the 1990s", "marks
    five years since gunmen stormed the hotel"), in a person's youth ("as a young officer he led
    raids", "in his youth") or an anniversary of it ("the tenth anniversary of the bombing that
    killed 40"). History the article recalls, not its news.

    >>> s = "Her brother was killed by militants years ago."
    >>> long_ago(s, s.index("killed"), s.index("killed") + 6)
    True
    >>> s = "Militants killed her brother two days ago."
    >>> long_ago(s, s.index("killed"), s.index("killed") + 6)
    False
    """
    doc = parsed(sentence)
    token = _trigger(doc, start, end)
    if token is None:
        return False
    verb = clause_verb(doc, start, end)
    remembered = [a for a in (token, *token.ancestors) if a.pos_ in ("NOUN", "PROPN") and lemma_of(a) in _REMEMBRANCE]
    if any(lemma_of(a) == "anniversary" for a in remembered):
        return True
    if remembered:
        # a memorial or commemoration may follow the act by days: history only when the act names no time
        # of its own ("a memorial for those killed in the bombing on Tuesday" tells Tuesday's bombing)
        return not _dates_itself(verb if verb is not None and remembered[0] in verb.ancestors else token)
    seen = 0
    while verb is not None and seen < 4:      # the act's verb, and the verbs it is coordinated with
        seen += 1
        if _long_before(verb):
            return True
        if verb.dep_ == "relcl" and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head != verb.head \
                and not _dates_itself(verb):
            # "as a young officer he led troops who attacked rebel camps": the relative clause of the
            # troops he led is told at his clause's time, unless it names one of its own
            verb = verb.head.head
            continue
        if verb.dep_ != "conj" or verb.head == verb:
            break
        verb = verb.head
    return False


# A stretch of time made of many acts, named by a definite noun: "during the uprising", "throughout the war"
_PERIOD_NOUNS = frozenset({"war", "conflict", "uprising", "insurgency", "revolution", "rebellion", "occupation", "crisis",
                           "unrest", "crackdown", "siege", "campaign", "intifada", "revolt"})
# The open periods a running toll is counted over, up to the report's day: "this year", "this month", "so far"
_OPEN_UNITS = frozenset({"year", "month"})


def over_a_period(sentence: str, start: int, end: int) -> bool:
    """The event word's act is told as the many acts of a period, not one incident: its clause's
    verb or its noun is put "during" or "throughout" a definite stretch of many acts ("killed 300
    protesters during the uprising", "throughout the war"), or its verb is a perfect counted over an
    open period running to the report's day ("Rebels have killed 300 soldiers in attacks this year",
    "have been killed so far this month"). Its dead are a toll.

    >>> s = "Rebels have killed 300 soldiers in attacks across the north this year."
    >>> over_a_period(s, s.index("killed"), s.index("killed") + 6)
    True
    >>> s = "Rebels killed 30 soldiers in an attack across the river on Monday."
    >>> over_a_period(s, s.index("killed"), s.index("killed") + 6)
    False
    >>> s = "Soldiers killed 300 protesters in the capital during the uprising."
    >>> over_a_period(s, s.index("killed"), s.index("killed") + 6)
    True
    >>> s = "Soldiers killed three protesters during the uprising on Monday."
    >>> over_a_period(s, s.index("killed"), s.index("killed") + 6)
    False
    """
    doc = parsed(sentence)
    chain = _act_chain(doc, start, end)
    verb = chain[-1] if chain and chain[-1].pos_ in ("VERB", "AUX") else None
    if _dates_itself(verb if verb is not None else chain[0]) if chain else True:
        return False            # "killed three protesters during the unrest on Monday": that day's incident
    for token in chain:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("during", "throughout") and any(
                    lemma_of(o) in _PERIOD_NOUNS or o.lower_ in _PERIOD_NOUNS for o in child.children
                    if o.dep_ == "pobj" and any(c.dep_ in ("det", "poss") for c in o.children)):
                return True
    if verb is None or verb.tag_ != "VBN" or not any(lemma_of(a) == "have" and a.tag_ in ("VBZ", "VBP")
                                                     for a in _auxiliaries(verb)):
        return False            # only a present perfect runs to the report's day
    for word in _own_clause(verb):
        if word.lower_ in _OPEN_UNITS and any(c.lower_ == "this" for c in word.children) \
                and word.dep_ in ("npadvmod", "pobj"):
            return True         # "this year", "in attacks this month"
        if word.lower_ == "far" and any(c.lower_ == "so" for c in word.children):
            return True         # "so far"
    return False


def dates_an_aside(sentence: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """True when the time expression at [start, end) of `sentence` is in a past relative clause on a noun
    other than the event word, a clause the event word is not in: it tells when that noun did or
    underwent something ("Fighters of a group, which bombed a hotel in 2004, stormed a convoy on Sunday":
    the convoy's day is Sunday), not when the act of the sentence took place. A clause on the event
    word itself ("the raid, which began on Monday") dates the act.

    >>> s = "Fighters of the Tarsa group, which bombed a hotel in 2004, stormed a convoy on Sunday."
    >>> dates_an_aside(s, s.index("in 2004"), s.index("in 2004") + 7, s.index("stormed"), s.index("stormed") + 7)
    True
    >>> s = "The raid, which began in March, killed 30 rebels."
    >>> dates_an_aside(s, s.index("in March"), s.index("in March") + 8, s.index("raid"), s.index("raid") + 4)
    False
    """
    doc = parsed(sentence)
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    act = _trigger(doc, cue_start, cue_end)
    if not tokens or act is None:
        return False
    clause = next((v for v in (tokens[0], *tokens[0].ancestors) if v.pos_ in ("VERB", "AUX")), None)
    while clause is not None and clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause is None or clause.dep_ != "relcl" or not _past(clause) or clause.head == act:
        return False
    if any(v.dep_ in ("relcl", "acl") for v in (act, *act.ancestors) if v.pos_ in ("VERB", "AUX")):
        return False               # the act is itself told in a clause on a noun: the two clauses' times may be one
    # the act is told outside the clause and outside the phrase of the noun it is on ("a citizen who in 2010
    # tried to set off a car bomb, and then tried to detonate ...": still the citizen's acts)
    return act != clause and clause.head not in act.ancestors and not any(t == act for t in clause.subtree)


def in_an_aside(sentence: str, start: int, end: int) -> bool:
    """The act word's clause is a relative clause on a noun other than the act ("Fighters of a group, which
    bombed a hotel in 2004, ambushed a convoy": the bombing), where the sentence says what the noun did, not
    what it reports.

    >>> s = "Fighters of the Tarsa front, which bombed a hotel in 2004, ambushed a convoy."
    >>> in_an_aside(s, s.index("bombed"), s.index("bombed") + 6), in_an_aside(s, s.index("ambushed"), s.index("ambushed") + 8)
    (True, False)
    """
    doc = parsed(sentence)
    act = _trigger(doc, start, end)
    verb = clause_verb(doc, start, end)
    return act is not None and verb is not None and verb.dep_ == "relcl" and verb.head != act \
        and verb.head.pos_ in ("NOUN", "PROPN", "PRON")
