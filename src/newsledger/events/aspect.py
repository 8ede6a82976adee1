"""Whether a sentence reports its event as having happened: the clause of the event word, read
from the dependency parse (tense, aspect, mood, negation, embedding), not from word lists alone.

`not_happened(sentence, cue_start, cue_end)` climbs from the event word ("killed", "bombing",
"clashes") to the finite verb of its clause and returns why the clause does not report an
incident, or None when it does:

- "irrealis"   a modal ("will cease the bombing", "attacks ... will not go unanswered"), a base
               form under a verb of intent or demand ("vowed to strike", "demanded that troops
               withdraw ... or face being driven back"), a conditional, an inverted one ("Had the mine gone off, ...")
- "negated"    "troops did not open fire", "fought with words instead of guns", an act in a clause the
               speaker denies ("the ministry denied that its jets had bombed the market")
- "generic"    the simple present of a statement about how things are ("civilians are shelled",
               "patrols provide protection", "footage shows forces using tear gas"); headlines,
               whose present tells a past event, are exempt (the caller says which sentence is one)
- "anterior"   an adverb that puts the act before the news ("was previously targeted")
- "about"      the event noun is the object of a verb that arms for it, trades it or talks it over
               ("developing missiles", "discussed air strikes"), not of one that does it; or the
               event is what a verb of judging characterises as something, or what it reads a
               thing "as" ("portray the shooting as a workplace issue", "seeing a negotiated
               agreement as the best means", "a policy interpreted as fighting ISIS", "portrayed by
               the White House as a violent protest"): a reading of an act, not a report of one
- an imperative ("please carry a protest banner", "Stop the bombing now"), or a condition ("if he went
               into a synagogue and killed ..."): "irrealis"
- a headline's infinitive tells what is to come ("Stink bombings to continue", "Strikes to resume"):
               "irrealis"
- "pluperfect" the past perfect outside reported speech ("had been killed in an attack"): an act
               before the time the story tells, background unless it has a day or dead of its own
               ("the fighting had left 12 soldiers dead by the time reinforcements arrived"); the
               caller decides ("police said he had been shot" is the report's tense moved back)
- "person"     inside a relative clause on a person ("a general who ordered the strike",
               "McCarthy, who prosecuted the bombers"): it says who someone is; an incident only
               with a day of its own, the caller decides
- "about" also: an act named in what a copula says something is ("the worst danger is a clash",
               "America was a land of lynching")
- "about" also: a count compared with another ("responsible for many more deaths than the
               Islamic State"); death said of the speaker's or listener's own body ("over my dead
               body"); an act in a participle that says who a person is inside a phrase about
               someone else ("the parents of a soldier killed by a suicide bomber in Iraq"), unless
               the participle names a time of its own ("... killed on Sunday", "... this morning")
- a participle of consequence after a comma ("strikes will spread, resulting in street fights") is
               as real as the clause before it: "irrealis" or "negated" with it
- "perfect"    the present perfect ("fighting has escalated", "troops have fought gunbattles"):
               a state of affairs up to now, an incident only with its own count, day or place;
               the caller decides. A period that began on a day of the news or lasts a few days or
               hours ("have been fighting since Monday", "for three days") is the act's own time:
               an incident

Written by hand for newsledger over spaCy's English parse (the parser enrich loads); the sentence
is parsed alone, so the verdict does not depend on the article around it.
"""
from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from typing import Any

from ..enrich.attribution_lexicon import DENIAL_LEMMAS
from ..enrich.hedges import QUALIFIER_PATTERN
from ..enrich.nlp import lemma as lemma_of
from ..enrich.numbers import NUMBER_PATTERN
from ..enrich.textdates import MONTHS, WEEKDAYS, YEAR
from .fatalities import ACT_NOUNS, PERSON_NOUN

__all__ = ["not_happened", "clause_verb", "tells_the_report", "nominal_event", "dated_act", "apart_from", "year_of_act",
           "placed_act", "verbless", "habitual", "between_people", "striving", "objected_by_a_person", "forget_parses", "kept_parses",
           "parsed", "speaker_opens", "same_clause", "a_persons_own", "names_a_kind", "modifies_a_thing", "fights_a_cause", "day_label", "aside_on_a_noun", "long_ago", "idle_weapon",
           "takes_no_ground", "OBJECT_AFTER"]

# Verbs whose complement is an act not (yet) done: intent, threat, demand, expectation.
_UNREALISED = frozenset({
    "threaten", "plan", "vow", "promise", "pledge", "warn", "intend", "want", "wish", "seek", "aim", "hope",
    "prepare", "propose", "demand", "call", "urge", "ask", "expect", "fear", "consider", "decide", "agree",
    "refuse", "fail", "avoid", "prevent", "stop", "cease", "halt", "end", "ban", "forbid", "deny", "need",
    "order", "allow", "permit", "authorize", "approve", "offer", "risk", "pressure", "encourage",
    "refrain", "abstain", "hesitate", "deter", "discourage",
})
# Verbs whose complement did happen: "tried to force their way in", "began shelling".
_REALISED = frozenset({"try", "attempt", "manage", "begin", "start", "continue", "keep", "resume", "help", "go"})
# Verbs that report: their tense is the report's, not the event's ("the army says troops were killed").
_REPORTING = frozenset({"say", "tell", "report", "claim", "state", "announce", "confirm", "add", "note", "accuse",
                        "allege", "insist", "write", "post", "tweet", "quote", "cite", "according"})
_ANTERIOR = frozenset({"previously", "formerly", "once"})
# Verbs whose object is a weapon or an act not done, only armed for, traded or talked over:
# "developing ballistic missiles to destroy ...", "discussed air strikes". Verbs that judge an act
# ("condemns the bombing of a bus") presuppose it happened and are not here.
_ABOUT = frozenset({"develop", "build", "produce", "manufacture", "buy", "sell", "supply", "test", "stockpile",
                    "discuss", "debate"})
_PRESENT = frozenset({"VBZ", "VBP"})
# Verbs whose object is an act intended, feared or stopped, not done: "threatening an attack", "planned a
# bombing", "feared clashes", "foiled an attack". Verbs that order or allow an act are not here: news
# tells acts that were carried out through them ("ordered air strikes on the town"); nor is "risk"
# ("risked an assault on the airport and lost 40 fighters" tells an assault made).
_INTENDED = frozenset({"threaten", "plan", "plot", "fear", "expect", "predict", "prevent", "avert", "foil", "thwart",
                       "avoid", "propose", "urge", "demand", "seek", "want", "consider", "contemplate", "prepare",
                       "warn", "vow", "promise", "pledge", "intend"})
# Verbs of getting an act ready, which news also uses of acts then carried out: "had planned the attack
# on the market for months" (the attack, definite, is one told as done), "prepared an offensive and
# launched it at dawn"; only "planned a bombing" with nothing more is an act not done.
_READIED = frozenset({"plan", "plot", "prepare"})
_INDEFINITE = frozenset({"a", "an", "some", "any", "another"})


def _only_readied(act: Any) -> bool:
    """The object `act` of a verb of `_READIED` is an act not done: indefinite ("a bombing", "attacks
    on police stations") and not the object of a verb coordinated with it ("... and launched it")."""
    verb = act.head
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in _INDEFINITE) for c in act.children):
        return False
    return not any(c.dep_ == "conj" and c.pos_ == "VERB" and any(o.dep_ == "dobj" and o.tag_ == "PRP" for o in c.children)
                   for c in verb.children)


# Nouns that name a course of action: an act in apposition to one is what it would do, not a report
# ("Obama's strategy -- airstrikes and training local forces -- is inadequate")
_PLAN_NOUNS = frozenset({"strategy", "plan", "policy", "proposal", "option", "approach", "tactic", "idea", "response",
                         "alternative", "solution", "recipe", "doctrine", "agenda"})
# Verbs that characterise their object "as" something ("portrayed the shooting as a workplace issue",
# "his policy was interpreted as fighting the Kurds"): the act is read, not reported.
_CHARACTERISE = frozenset({"see", "view", "regard", "describe", "portray", "characterize", "characterise", "interpret",
                           "depict", "label", "brand", "paint", "cast", "frame", "dismiss", "hail", "classify",
                           "read", "perceive", "treat", "present"})


def _characterised(token: Any) -> bool:
    """The phrase headed by `token` is what a verb of judging reads "as" something: the object of
    "portray ... as", or the gerund after "interpreted as"."""
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "as" and token.head.dep_ == "prep":
        verb = token.head.head
        return verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _CHARACTERISE
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") \
            and lemma_of(token.head) in _CHARACTERISE:
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in (*token.children, *token.head.children))
    return False


# Nouns whose "that" clause is an idea entertained, not a fact reported: "an admission that ...",
# "concern that ...", "the possibility that ...". Report nouns ("reports", "claims", "allegations") are
# not here: news reports incidents through them.
_IDEA_NOUNS = frozenset({"admission", "idea", "notion", "suggestion", "possibility", "prospect", "fear", "hope", "risk",
                         "danger", "concern", "worry", "impression", "perception", "belief", "assumption", "theory",
                         "speculation", "argument", "narrative", "denial", "scenario", "rumor", "rumour", "myth"})


def _content_of_an_idea(token: Any) -> bool:
    """The word is inside a "that" clause completing a noun of thought (`_IDEA_NOUNS`)."""
    for above in (token, *token.ancestors):
        if above.pos_ in ("VERB", "AUX") and above.dep_ in ("acl", "ccomp", "appos") \
                and above.head.pos_ == "NOUN" and lemma_of(above.head) in _IDEA_NOUNS \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in above.children):
            return True
    return False


# Nouns that judge an act rather than tell it ("was a searing moment", "a reminder of", "a turning point");
# "was the work of the Taliban" tells who did it.
_JUDGING = frozenset({"moment", "tragedy", "reminder", "symbol", "point", "call", "sign", "signal", "warning",
                      "blow", "shock", "example", "lesson", "test", "setback", "milestone", "watershed", "wake",
                      "turning", "outrage", "disgrace", "failure", "chapter", "episode"})
# A place, a day or dead of its own make the subject an incident, whatever it is judged to be
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
_DEAD_WORDS = frozenset({"killed", "killing", "dead", "died", "deaths", "wounded", "injured"})


def _anchored(phrase: Any) -> bool:
    """The event noun has a place ("at a police station in Quetta"), a day or dead of its own."""
    if _day_of_its_own(phrase):
        return True
    if any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(o.dep_ == "pobj" for o in c.children)
           for c in phrase.children):
        return True
    return any(t.lower_ in _DEAD_WORDS for t in phrase.subtree if t != phrase)


def _describes_a_person(token: Any) -> bool:
    """The event word heads an apposition to a name: "Okafor, the gunman who trained in
    Libya" says who a person is, it does not report a bombing."""
    phrase = token
    while phrase.dep_ in ("compound", "amod") and phrase.head != phrase:
        phrase = phrase.head
    # the name is not the subject of the clause: "LAHORE, Pakistan - A suicide bomber killed 26" parses the
    # dateline as a name with the bomber in apposition, and the bomber as what acted
    return phrase.dep_ == "appos" and phrase.head.pos_ == "PROPN" \
        and phrase.head.dep_ not in ("nsubj", "nsubjpass", "ROOT")


def _imperative(verb: Any) -> bool:
    """A bare verb commanding, with no subject and no auxiliary: "please hold a rally sign", "Stop
    the bombing now" (also each verb coordinated with one: "... and start chanting")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "csubj") for c in verb.children)


def parsed(sentence: str) -> Any:
    """The parse of one sentence (tagger, parser and lemmatizer of the enrich model), kept for the
    article: the coder, its actors, fatalities and control claims read the same Doc. Inside
    `kept_parses` (as the coder reads an article) it is parsed in a spaCy memory zone that ends
    with it, the Doc with it; outside one (a test asking about a sentence) in none, and kept only
    when the caller is in no zone of its own."""
    if _session.depth:
        if _session.zone is None:
            _open_zone()
    elif _in_a_zone():                  # the caller's zone: a Doc kept would outlive it
        return _parse.__wrapped__(sentence)
    return _parse(sentence)


@functools.lru_cache(maxsize=4096)     # read again by the coder, its belligerents and the control claims, within one article
def _parse(sentence: str) -> Any:
    from ..enrich.nlp import load_nlp

    nlp = load_nlp()
    skip = [name for name in nlp.pipe_names if name not in ("tok2vec", "tagger", "parser", "attribute_ruler",
                                                            "lemmatizer")]
    return next(iter(nlp.pipe([sentence], disable=skip)))


class _Session:
    """How many `kept_parses` are open, and the memory zone the first parse in them opened."""
    depth = 0
    zone: contextlib.ExitStack | None = None


_session = _Session()


def _in_a_zone() -> bool:
    from ..enrich.nlp import load_nlp

    return bool(load_nlp().vocab.in_memory_zone)


def _open_zone() -> None:
    """A spaCy memory zone for the parses of the open `kept_parses`: the strings and lexemes their
    words add to the vocabulary are dropped when it ends. Without one each new word of every
    sentence stayed in the process for good (100 AEB dump files: 14,812 lexemes, 9,058 strings).
    A zone the caller already holds (zones do not nest) is used as it is: it ends after ours."""
    from ..enrich.nlp import load_nlp
    from ..enrich.pipeline import memory_zone

    zone = contextlib.ExitStack()
    zone.enter_context(memory_zone(load_nlp()))
    _session.zone = zone


@contextlib.contextmanager
def kept_parses() -> Iterator[None]:
    """Parses kept while it lasts (`parsed`), all made in one memory zone; when the outermost ends
    they are dropped, then the zone: no Doc outlives the strings its tokens point to. The coder
    reads each article inside one, so memory stays flat over any number of articles."""
    _session.depth += 1
    try:
        yield
    finally:
        _session.depth -= 1
        if _session.depth == 0:
            zone, _session.zone = _session.zone, None
            forget_parses()
            if zone is not None:
                zone.close()


def forget_parses() -> None:
    """Drop the parsed sentences kept for the article just coded. Kept across articles they grow
    to 4,096 Docs, a paragraph's as large as a page's, and each held Doc pins the memory the parser
    worked in beneath it (a 118,000-character page: 380 MB the process did not give back); the
    next article seldom reads one of them again."""
    _parse.cache_clear()


def _trigger(doc: Any, start: int, end: int) -> Any | None:
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    if not tokens:
        return None
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if verbs:
        return verbs[0]
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    return heads[0] if heads else tokens[-1]


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


def verbless(sentence: str) -> bool:
    """The sentence has no verb at all: a title or a section heading ("More bombing.")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in parsed(sentence))


def nominal_event(sentence: str, start: int, end: int) -> bool:
    """The event word at [start, end) is a noun ("Clashes in Aleppo", "Fierce clashes take place"),
    not a verb ("rival politicians clashed")."""
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ in ("NOUN", "PROPN")


# Words that name a day of the news: "Sunday's attack", "the massacre Tuesday", "the bombing on Friday night".
_DAYS = frozenset(WEEKDAYS) | {"yesterday", "overnight", "tonight", "weekend"}
# The same words in a text, the cheap test before `dated_act` parses a sentence
DAY_WORD = re.compile(r"\b(?:" + "|".join(sorted(_DAYS)) + r")\b", re.I)

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


# "every Sunday", "each weekend": a day that recurs, the time of a habit
_RECURRING = frozenset({"every", "each"})


def _one_day(word: Any) -> bool:
    """The time word names one day, not a recurring one: not "every Sunday", not a plural ("on
    Friday nights", "Sundays")."""
    return word.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "det" and c.lower_ in _RECURRING for c in word.children)


def _days_of(token: Any, deps: tuple[str, ...]) -> bool:
    """A day of the news hangs on `token` in the parse: a day word of one of `deps` ("Sunday's
    attack", "the massacre Tuesday"), or "on"/"over"/"during" a day ("the bombing on Friday night"),
    never a day that recurs ("every Sunday", "on Friday nights": a habit, no day of the news)."""
    for child in token.children:
        if child.dep_ in deps and child.lower_ in _DAYS and _one_day(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "over", "during"):
            for obj in child.children:
                if obj.dep_ == "pobj" and _one_day(obj) and (obj.lower_ in _DAYS or any(
                        c.dep_ in ("compound", "nmod") and c.lower_ in _DAYS for c in obj.children)):
                    return True
    return False


def _day_of_its_own(token: Any) -> bool:
    """The noun has a day attached to it in the parse: a possessive ("Sunday's attack", "yesterday's
    bombing"), a bare day ("the massacre Tuesday", "the slaughter early Sunday"), or "on"/"over" a
    day ("the bombing on Friday night"); never an article's "no" ("no attack on Sunday")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False
    return _days_of(token, ("poss", "npadvmod", "nmod", "compound"))


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


def _act_chain(doc: Any, start: int, end: int) -> list[Any]:
    """The event word and the words above it up to its clause's verb: where the act's own place,
    objects and dates hang in the parse."""
    token = _trigger(doc, start, end)
    chain: list[Any] = []
    while token is not None and len(chain) < 12:
        chain.append(token)
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            break
        token = token.head
    return chain


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
    """
    chain = _act_chain(parsed(sentence), start, end)
    nouns = [t for t in chain if t.pos_ in ("NOUN", "PROPN")]
    for token in chain[-1:]:
        if token.pos_ in ("VERB", "AUX"):     # "killed in a 2006 attack", "died during the 2003 invasion"
            nouns += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "since")
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
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


def _an_age(decade: Any) -> bool:
    """The decade is someone's age, owned by a person ("in his 60s", "in her early 40s"), not a
    decade of history ("in the 1990s")."""
    return any(c.dep_ == "poss" for c in decade.children)


def _long_span(token: Any) -> bool:
    """The noun is a span of years or more ("five years", "decades", "a generation"), or of months
    in the plural ("months", "18 months")."""
    return token.pos_ in ("NOUN", "PROPN") and (lemma_of(token) in _LONG_UNITS or token.lower_ == "months")


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
                o.dep_ == "pobj" and _DECADE.fullmatch(o.text) and not _an_age(o) for o in child.subtree):
            return True            # "in the 1990s", "during the civil war of the 1990s"
        if child.dep_ == "prep" and _of_a_persons_youth(child) and not _dates_itself(verb):
            return True            # "as a child watched" beside "killed ... on Monday" is a witness, no youth
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("since", "after")), None)
    if mark is not None and verb.dep_ in ("advcl", "acl", "relcl"):
        head = verb.head
        return _long_span(head) or any(_long_span(c) and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
                                       for c in head.children)
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


# Prepositions that put an act at a place
_LOCATIVE = _PLACE_PREPS | {"on", "across", "around", "into", "onto", "over", "along", "from", "throughout", "within",
                            "off", "toward", "towards", "against"}


def placed_act(sentence: str, start: int, end: int, place_spans: list[tuple[int, int]]) -> bool:
    """One of the places at `place_spans` (offsets into the sentence) is the act's own: the object of
    a locative preposition on the event word or its clause's verb ("fighting has raged in Aleppo
    province"), or the verb's object or subject ("troops have shelled Kharkiv", "Kharkiv has been
    shelled"); not a word modifying another noun ("in the wake of the Paris attacks, the US has
    stepped up airstrikes": Paris places the attacks, not the air strikes).

    >>> s = "In the wake of the Paris attacks, the U.S. has stepped up airstrikes."
    >>> placed_act(s, s.index("airstrikes"), len(s) - 1, [(s.index("Paris"), s.index("Paris") + 5)])
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
    # "have regained control of the territories in the Kursk region"
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
            phrase = phrase.head       # "Aleppo province"; "the Paris attacks" climbs to the attacks
        if phrase.dep_ == "pobj" and phrase.head.lower_ in _LOCATIVE and phrase.head.head in holders:
            return True
        if phrase.dep_ in ("dobj", "nsubjpass", "nsubj") and phrase.head in acts:
            return True
    return False


def between_people(sentence: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The event verb's subject, object or partner ("with", "against") is one of the named persons at
    `people` (offsets into the sentence): "Bush attacked Trump", "with whom he clashed"; or the event
    noun's owner is one ("his caustic attacks", "Bush's attack on Trump")."""
    token = _trigger(parsed(sentence), start, end)
    if token is not None and token.pos_ == "NOUN":     # "his caustic attacks", "Bush's attack on Trump"
        owners = [c for c in token.children if c.dep_ == "poss"]
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


# What a side seizes that is no ground: arms, goods, vehicles ("captured 20 rifles", "seized a weapons
# cache", "seized two trucks of fuel"); people seized are named by the one person-noun list
_SEIZED = frozenset({"weapon", "rifle", "gun", "pistol", "ammunition", "arm", "munition", "explosive", "grenade",
                     "mortar", "rocket", "missile", "launcher", "cache", "stockpile", "vehicle", "truck", "lorry", "car",
                     "tank", "equipment", "drug", "narcotic", "cash", "money", "document", "phone", "laptop",
                     "computer", "passport", "cargo", "shipment", "contraband", "hashish", "cocaine", "heroin",
                     "cannabis", "bomb", "device", "material", "round", "shell", "bullet", "cartridge", "kalashnikov",
                     "fuel", "boat", "motorcycle", "haul", "consignment", "drone", "uniform", "supply", "supplies",
                     "cattle", "livestock"})


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
    """
    doc = parsed(sentence)
    verb = _trigger(doc, start, end)
    if verb is None or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    head = objects[0]
    if head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    word = lemma_of(head).lower()
    return word in _SEIZED or head.lower_ in _SEIZED or _PERSON_WORD.fullmatch(head.text) is not None \
        or _PERSON_WORD.fullmatch(word) is not None


def a_persons_own(sentence: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The event noun is owned by "his" or "her" and the subject of its clause is one of the named
    persons at `people`: "Halvorsen was endangering the troops with his caustic attacks on the faith"
    tells a person's words, whatever armed men the clause names beside them ("The gunman resumed his
    attack" has no person as its subject).

    >>> s = "Halvorsen was endangering the troops with his caustic attacks on the faith."
    >>> a_persons_own(s, s.index("attacks"), s.index("attacks") + 7, [(0, 9)])
    True
    >>> s = "The gunman resumed his attack on the crowd."
    >>> a_persons_own(s, s.index("attack"), s.index("attack") + 6, [])
    False
    """
    doc = parsed(sentence)
    token = _trigger(doc, start, end)
    if token is None or token.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
        return False
    verb = clause_verb(doc, start, end)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and any(s <= c.idx < e for s, e in people)
                                    for c in verb.children)


def objected_by_a_person(sentence: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """The event verb's subject is one of the named persons at `people` and it has an object: "Cruz
    is protesting the executive actions" is one man objecting to something, not a crowd
    demonstrating ("Clinton marched in the parade" tells who was in a crowd)."""
    token = _trigger(parsed(sentence), start, end)
    return token is not None and token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "nsubj" and any(s <= c.idx < e for s, e in people) for c in token.children)


_CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "people", "protesters", "demonstrators",
                          "crowd", "crowds", "marchers", "residents", "students", "workers", "farmers", "villagers"})


def crowd_subject(sentence: str, start: int, end: int) -> bool:
    """The event verb's subject is a crowd or a count of people ("Thousands of people protested that
    the vote was rigged", "200 workers protested"), not one person or an organisation objecting.

    >>> s = "Thousands of people protested that the vote was rigged."
    >>> t = "The union protested that the vote was rigged."
    >>> crowd_subject(s, s.index("protested"), s.index("protested") + 9), crowd_subject(t, t.index("protested"), t.index("protested") + 9)
    (True, False)
    """
    token = _trigger(parsed(sentence), start, end)
    return token is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _CROWD_WORDS or c.tag_ == "CD" or any(n.dep_ == "nummod" for n in c.children))
        for c in token.children)


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
            return False           # "Air strikes raised the death toll to 270": one clause, the toll's
    return True


def _auxiliaries(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _finite(verb: Any) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                           for a in _auxiliaries(verb))


def _past(verb: Any) -> bool:
    """A past act, not a modal's: "began", "had begun", "launched on Friday" (a past participle)."""
    auxes = _auxiliaries(verb)
    return not any(a.tag_ == "MD" for a in auxes) and not any(c.dep_ == "neg" for c in verb.children) and (
        verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (not auxes or any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes))))


def clause_verb(doc: Any, start: int, end: int) -> Any | None:
    """The verb whose clause holds the event word at [start, end) of the sentence (None: no verb)."""
    token = _trigger(doc, start, end)
    while token is not None and token.pos_ not in ("VERB", "AUX"):
        if token.head == token:
            return None            # a verbless headline: "Bomb blast in Lahore"
        token = token.head
    return token


def _verdict_of_clause(verb: Any, headline: bool) -> str | None:
    auxes = _auxiliaries(verb)
    words = {a.lower_ for a in auxes}
    if any(c.dep_ == "neg" for c in verb.children):
        return "negated"
    if any(a.tag_ == "MD" for a in auxes):
        return "irrealis"
    if any(c.dep_ == "advmod" and c.lower_ in _ANTERIOR for c in verb.children):
        return "anterior"
    if verb.tag_ in ("VBN", "VBG") and words & {"has", "have"} and not words & {"had"} \
            and (verb.tag_ == "VBN" or "been" in words) and not _recent_span(verb):
        return "perfect"           # also the perfect progressive: "has been fighting the same war for two decades"
    if verb.tag_ == "VBN" and "had" in words and not headline and not _reported(verb):
        return "pluperfect"        # "had been killed in an attack": before the story's own time
    if headline and verb.head == verb and verb.tag_ == "VB" and any(a.tag_ == "TO" for a in auxes):
        return "irrealis"          # a headline's "Stink bombings to continue": what is to come
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return "irrealis"          # "If he went into a synagogue and killed ...": a condition
    if verb.dep_ == "advcl" and _inverted_condition(verb, auxes):
        return "irrealis"          # "Had the mine gone off, the bus would have burned": a condition, inverted
    if headline:
        return None
    if _imperative(verb):
        return "irrealis"
    if verb.tag_ in _PRESENT and not auxes:
        return None if lemma_of(verb) in _REPORTING or (lemma_of(verb) == "be" and verb.dep_ == "aux") else "generic"
    if verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in _PRESENT for a in auxes) \
            and not words & {"being", "been"}:
        return "generic"           # "civilians are shelled"
    return None


# The auxiliaries that open an inverted condition: "Had the shell landed ...", "Should talks fail ...",
# "Were the troops to advance ..."
_CONDITION_AUX = frozenset({"had", "should", "were"})


def _inverted_condition(verb: Any, auxes: list[Any]) -> bool:
    """The adverbial clause opens with its auxiliary before its subject, with no subordinator: an
    inverted condition ("Had the mine gone off, ...", "Should the talks fail, ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(auxes) and bool(subjects) and not any(c.dep_ == "mark" for c in verb.children) \
        and auxes[0].lower_ in _CONDITION_AUX and auxes[0].i < subjects[0].i and auxes[0].i == verb.left_edge.i


# Units of a span short enough to be the news itself: "for three days", "over the past 48 hours"
_SHORT_UNITS = frozenset({"minute", "hour", "day", "night"})


def _recent_span(verb: Any) -> bool:
    """The perfect's period is the act's own and recent: it runs "since" a day of the news ("since
    Monday", "since early Sunday", "since March 3") or "for" a count of days or hours ("for three
    days", "for the past 48 hours"). A long one ("for two decades", "since 2011", "for years") leaves
    the perfect a state of affairs."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words = list(obj.subtree)
            if prep.lower_ == "since" and (any(t.lower_ in _DAYS for t in words) or (
                    obj.lower_.rstrip(".") in MONTHS and any(c.dep_ == "nummod" and c.text.isdigit() and int(c.text) <= 31
                                                              for c in obj.children)
                    and not any(re.fullmatch(r"\d{4}", t.text) for t in words))):
                return True
            if prep.lower_ in ("for", "over") and lemma_of(obj) in _SHORT_UNITS \
                    and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in obj.children):
                return True
    return False


def _reported(verb: Any) -> bool:
    """The clause is what someone reports (a verb of saying above it, or "according to" on it): its
    past perfect is the report's tense moved back ("police said the man had been shot"), not an
    earlier time."""
    return any(c.dep_ == "prep" and c.lower_ == "according" for c in verb.children) or any(
        (a.pos_ in ("VERB", "AUX") and lemma_of(a) in _REPORTING) or (a.pos_ == "NOUN" and lemma_of(a) in _REPORT_NOUNS)
        for a in verb.ancestors)


# Nouns whose "that" clause is what someone reported: "reports that troops had shelled the market"
_REPORT_NOUNS = frozenset({"report", "claim", "allegation", "account", "statement", "testimony", "word", "news",
                           "confirmation", "announcement"})


def _climb(verb: Any, headline: bool) -> str | None:
    """The verdict of the verb's clause, through the non-finite and coordinated verbs above it."""
    seen = 0
    while verb is not None and seen < 12:
        seen += 1
        if verb.dep_ == "conj" and not _auxiliaries(verb) and not any(c.dep_.startswith("nsubj") for c in verb.children):
            verb = verb.head       # "will improve access ... and cease the bombing": the first conjunct's tense
            continue
        verdict = _verdict_of_clause(verb, headline)
        if verdict is not None:
            return verdict
        if _finite(verb) and not (verb.dep_ == "relcl" and verb.tag_ == "VBG"):
            return None            # ("the measures they are protesting": as the clause it describes)
        head = verb.head
        if head == verb:
            return None
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "pcomp" and verb.head.lower_ == "from" and lemma_of(head) in _UNREALISED:
            return "irrealis"      # "abstained from attacking the opposition", "prevented them from storming"
        if verb.tag_ == "VB" or (verb.dep_ in ("xcomp", "ccomp") and not _finite(verb)):
            if lemma_of(head) in _UNREALISED:
                return "irrealis"
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
            if infinitive and lemma_of(head) not in _REALISED and lemma_of(head) not in _REPORTING:
                return "irrealis"  # "to disperse protests": a purpose, not an act reported
        if lemma_of(head) in _REPORTING and _finite(verb):
            return None
        verb = head
    return None


def not_happened(sentence: str, cue_start: int, cue_end: int, headline: bool = False) -> str | None:
    """Why the event word at [cue_start, cue_end) of `sentence` is not told as having happened
    (see the module), or None when it is.

    >>> not_happened("Sudan will cease the bombing of insurgent territory.", 26, 33)
    'irrealis'
    >>> not_happened("Raiders stormed the market on Friday, killing at least 12 people.", 38, 45)
    """
    doc = parsed(sentence)
    token = _trigger(doc, cue_start, cue_end)
    if token is not None and token.pos_ in ("NOUN", "PROPN") and _describes_a_person(token):
        return "about"             # "Okafor, the gunman who trained in Libya"
    if token is not None and token.pos_ not in ("VERB", "AUX") and any(
            c.dep_ in ("relcl", "acl") and _past(c) for c in token.children):
        # "a raid that started two weeks ago", "the attack launched on Friday"; unless the clause the noun
        # is in is not real itself ("Iran will threaten Israel with bombs launched from its bases")
        above = clause_verb(doc, cue_start, cue_end)
        if above is not None and not headline and _in_a_persons_clause(above):
            return "person"        # "a president who authorized the raid that killed bin Laden"
        verdict = _climb(above, headline) if above is not None else None
        return verdict if verdict in ("irrealis", "negated") else None
    if token is not None and token.pos_ in ("NOUN", "PROPN") and _day_of_its_own(token):
        return None                # "after Friday's attack": a dated act took place
    if token is not None and token.pos_ in ("NOUN", "PROPN", "ADJ"):
        phrase = token
        while phrase.dep_ in ("compound", "amod", "nmod", "conj") and phrase.head.pos_ in ("NOUN", "PROPN") \
                and phrase.head != phrase:
            phrase = phrase.head   # "missile attacks", "the bombing and the shelling": the phrase's head
        if phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB" and lemma_of(phrase.head) in _ABOUT:
            return "about"
        if phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB" and lemma_of(phrase.head) in _INTENDED \
                and (lemma_of(phrase.head) not in _READIED or _only_readied(phrase)):
            return "irrealis"      # "a video threatening an attack", "officials feared clashes", "foiled a bombing"
        if phrase.dep_ == "pobj" and phrase.head.lower_ == "about" and not _anchored(phrase):
            return "about"         # "a video about the clash of civilizations": a topic, with no place, day or dead
        if phrase.dep_ == "appos" and phrase.head.pos_ == "NOUN" and lemma_of(phrase.head) in _PLAN_NOUNS:
            return "about"         # "Obama's strategy -- airstrikes against Islamic State positions -- is inadequate"
        if _characterised(phrase):
            return "about"
        if _compared(phrase):
            return "about"         # "to blame for far more deaths than the cartels": tolls compared
        if token.lower_ == "dead" and token.dep_ == "amod" and any(
                c.dep_ == "poss" and c.lower_ in ("my", "your") for c in token.head.children):
            return "about"         # "over my dead body": the speaker is alive to say it
        if any(c.lower_ == "such" and c.dep_ in ("det", "predet", "amod") for c in phrase.children):
            return "about"         # "condemned such a murderous attack", "such attacks": a kind, not an incident
        if phrase.dep_ == "nsubj" and phrase.head.pos_ == "AUX" and lemma_of(phrase.head) == "be" and any(
                c.dep_ == "attr" and lemma_of(c) in _JUDGING for c in phrase.head.children) \
                and not _anchored(phrase):
            return "about"         # "the Lyon bombing was a turning point": the act judged, not told
        holder = phrase
        while holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.pos_ in ("NOUN", "PROPN"):
            holder = holder.head.head
        subjects = [c for c in holder.head.children if c.dep_ in ("nsubj", "expl")]
        if holder.dep_ == "attr" and lemma_of(holder.head) == "be" and subjects and not _anchored(phrase) and (
                holder != phrase or any(lemma_of(c) in _IDEA_NOUNS for c in subjects)):
            return "about"         # "the worst danger is a clash", "America was a land of lynching": what something is
        if phrase.dep_ == "pobj" and phrase.head.lower_ in ("of", "than") \
                and phrase.head.head.lower_ in ("instead", "rather"):
            return "negated"       # "words instead of guns": what did not happen
        if headline and token.head == token and any(
                c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children)
                for c in token.children):
            return "irrealis"      # a headline's "X to continue": what is to come
    if token is not None and _content_of_an_idea(token):
        return "about"             # "a confession that hired troops had taken part"
    if token is not None and (_characterised(token) or (token.dep_ == "amod" and _characterised(token.head))):
        return "about"             # "a policy interpreted as fighting ISIS", "seeing a negotiated agreement as ..."
    verb = clause_verb(doc, cue_start, cue_end)
    if verb is None:
        return None
    verb = _left_conjunct(verb) or verb
    if not headline and _identifies_a_person(verb):
        return "about"             # "the parents of a soldier killed by a suicide bomber in Iraq"
    if token is not None and token.pos_ in ("VERB", "AUX") and _denied(verb):
        return "negated"           # "the army denied that its men had shelled the village": not told as done
    if not headline and _in_a_persons_clause(verb):
        return "person"            # "a general who ordered the strike", "McCarthy, who prosecuted the bombers"
    before = _clause_before(verb)
    if before is not None:                              # "strikes will spread, resulting in street fights"
        return _verdict_of_clause(verb, headline) or _climb(before, headline)
    verdict = _climb(verb, headline)
    if verdict == "generic" and not _finite(verb) and _verb_with_a_day(verb):
        return None                # "the war goes on, with rebels seizing two towns over the weekend": a dated act
    return verdict


def _verb_with_a_day(verb: Any) -> bool:
    """The non-finite verb has a day of the news of its own ("seizing two towns over the weekend",
    "shelled on Sunday", "firing yesterday"): the present of the clause above it ("the war goes on,
    with ...") is the state the act adds to, not a habit the act is an instance of ("raiding villages
    every Sunday", "on Friday nights": a day that recurs is the habit's)."""
    return _days_of(verb, ("npadvmod", "advmod", "tmod"))


def _left_conjunct(verb: Any) -> Any | None:
    """The verb a bare participle is coordinated with when the parser hung it elsewhere: right after
    a coordinator that the parse attaches to an earlier verb ("how the consulate had been taken over
    and looted, eerie video showed ...", where "looted" was read as an adjective of "video"). A
    conjunct with no auxiliary of its own shares its partner's ("had been"), as a well-parsed one
    ("had been stormed and looted") does; None when the parse has it right or the verb has its own."""
    if verb.dep_ == "conj" or verb.tag_ != "VBN" or _auxiliaries(verb) or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    partner = before.head
    if before.dep_ != "cc" or partner.pos_ not in ("VERB", "AUX") or partner.i >= verb.i or not _auxiliaries(partner):
        return None
    return partner


def _clause_before(verb: Any) -> Any | None:
    """The verb of the clause a participle with no subject of its own follows ("protests will erupt,
    leading to violent clashes": erupt), read from the words before it, whatever the parser attached
    it to: an adjunct of consequence is as real as the act it follows. A relative or subordinate
    clause just before the comma is passed over for the clause it hangs on ("attacked a checkpoint
    that was not guarded, killing two": attacked), and the participle's reading climbs from that
    clause, not from where the parser attached it ("attacked the convoy before it could reach the
    town, killing six" is no "could")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in verb.children):
        return None
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for token in reversed(doc[:verb.i - 1]):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            while _embedded(token) and token.head.i < token.i:
                token = _verb_above(token.head) or token.head
            return token
    return None


# Subordinators of time, condition, cause and concession: a clause they open is an adjunct of another
_SUBORDINATORS = frozenset({"before", "after", "until", "till", "if", "unless", "because", "since", "when", "while",
                            "although", "though", "as", "once", "whereas"})


def _embedded(verb: Any) -> bool:
    """The verb heads a relative clause ("a checkpoint that was not guarded") or an adjunct clause a
    subordinator opens ("before it could reach the town"): words before a comma that belong to
    another clause than the one a participle of consequence follows. A content clause with its
    "that" ("the odds that strikes will spread") is that clause itself."""
    if verb.dep_ in ("relcl", "acl") and not any(c.dep_ == "mark" for c in verb.children):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children)


def _compared(phrase: Any) -> bool:
    """The noun is counted against another ("many more deaths than the Islamic State", "fewer attacks
    than last year"): a comparison of tolls, not a report of one act."""
    return any(c.dep_ == "amod" and c.tag_ in ("JJR", "RBR") for c in phrase.children) and any(
        c.dep_ == "prep" and c.lower_ == "than" for c in (*phrase.children, *(a for c in phrase.children for a in c.children)))


# Verbs whose "that" clause the subject says is untrue: the attribution stage's denials, and two of its
# disputes that deny outright
_DENY = DENIAL_LEMMAS | {"dispute", "contest"}


def _denied(verb: Any) -> bool:
    """The act is the verb of a content clause the subject denies ("The ministry denied that its
    jets had bombed the market", "rebels deny they attacked the convoy"): a claim refused, not an
    act told. The act named by a noun in such a clause ("denied that it was behind the attack") is
    presupposed to have happened: the caller asks only for a verb of the act itself. A clause opened
    by a wh-word ("the two sides dispute who fired first", "deny which unit shelled the market")
    disputes who, where or how, not that the act took place: it stays told; so does one opened by
    whether or if ("dispute whether the patrol fired on the crowd": the question is open, not refused)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and lemma_of(verb.head) in _DENY \
        and verb.left_edge.tag_ not in ("WDT", "WP", "WP$", "WRB") \
        and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


# Nouns of a person's relation to another ("the widow of", "the lawyers of") or of the rites of the dead
# ("the funeral of"): a phrase about others that the victims of an act only identify. Never a count, toll,
# number, body or quantity ("the number of civilians killed", "the bodies of dozens of people killed"):
# those tell the act's own dead.
_RELATION = frozenset({
    "family", "relative", "kin", "kinsman", "parent", "mother", "father", "son", "daughter", "child", "brother",
    "sister", "sibling", "wife", "husband", "spouse", "widow", "widower", "orphan", "fiancé", "fiancée", "fiance",
    "fiancee", "partner", "grandparent", "grandmother", "grandfather", "grandson", "granddaughter", "grandchild",
    "uncle", "aunt", "cousin", "nephew", "niece", "descendant", "heir", "friend", "classmate", "neighbour",
    "neighbor", "colleague", "comrade", "lawyer", "attorney", "employer", "funeral", "burial", "grave", "killer",
    "murderer"})


def _identifies_a_person(verb: Any) -> bool:
    """The verb is a past participle that says which person a phrase about someone else means: "the
    parents of a soldier killed by a suicide bomber in Iraq", "the widow of a policeman shot in
    2009", "the families of the nine miners shot in the raid". The act is how the people are known,
    not the news, unless the participle dates it itself ("a soldier killed on Sunday", "... this
    morning", "... hours earlier": the event-time reader, when.names_a_time, says so). The phrase is
    about someone of a relation to them (_RELATION): "the number of civilians killed", "the toll of
    people killed", "the bodies of dozens of people killed" count the act's own dead. A definite count
    of them ("the neighbours of the 17 villagers shot on Monday") refers to dead the reader already knows
    of, whatever day it names (or the parser hangs on it): the act is given, not reported here."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.tag_ not in ("NN", "NNP", "NNS", "NNPS"):
        return False
    person = verb.head
    if not (person.dep_ == "pobj" and person.head.lower_ == "of" and person.head.head.pos_ in ("NOUN", "PROPN")):
        return False
    # the noun the of-phrase hangs on, or the noun right before "of" when the parser hangs the phrase on the
    # first of two coordinated nouns ("survivors of the raid and relatives of the six guards killed")
    before = verb.doc[person.head.i - 1] if person.head.i > 0 else person.head.head
    if not any(n.pos_ in ("NOUN", "PROPN") and (lemma_of(n) in _RELATION or n.lower_ in _RELATION)
               for n in (person.head.head, before)):
        return False               # "the number of civilians killed", "the bodies of dozens of people killed"
    if any(c.dep_ == "det" and c.lower_ == "the" for c in person.children) \
            and any(c.dep_ == "nummod" for c in person.children):
        return True                # "the neighbours of the 17 villagers shot": the dead already known, given
    return not _dates_itself(verb)


def _dates_itself(verb: Any) -> bool:
    """The verb's own words name a time of the news ("killed on Sunday", "this morning", "hours
    earlier"), as the event-time reader, when.names_a_time, reads them."""
    from .when import names_a_time     # when.py reads its clause dates through this module: imported late
    words = list(verb.subtree)
    return names_a_time(verb.doc.text[words[0].idx:words[-1].idx + len(words[-1].text)])


def _in_a_persons_clause(verb: Any) -> bool:
    """The verb is in a relative clause introduced by "who", "whom" or "whose" on one person (a name
    or a singular noun): a clause that says who the person is. On a group ("police, who fired
    teargas at protesters") it tells what the group did next."""
    return any(v.pos_ in ("VERB", "AUX") and v.dep_ == "relcl" and v.head.tag_ in ("NNP", "NN") and any(
        t.lower_ in ("who", "whom", "whose") and t.i < v.i for t in v.subtree if t.head == v or t.head.head == v)
        for v in (verb, *verb.ancestors))


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


def _verb_above(token: Any) -> Any | None:
    while token.pos_ not in ("VERB", "AUX"):
        if token.head == token:
            return None
        token = token.head
    return token


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


def tells_the_report(sentence: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """True when the words at [start, end) of `sentence` (a time expression) belong to a reporting
    clause above the event word at [cue_start, cue_end), not to the event's own clause: "were killed
    in a helicopter crash, the US military said in a statement on Wednesday" dates the statement.

    >>> s = "Two soldiers have been killed in a crash, the military said in a statement on Wednesday."
    >>> tells_the_report(s, s.index("on Wednesday"), len(s) - 1, s.index("killed"), s.index("killed") + 6)
    True
    >>> s = "Two soldiers were killed on Wednesday, the military said."
    >>> tells_the_report(s, s.index("on Wednesday"), s.index(","), s.index("killed"), s.index("killed") + 6)
    False
    """
    doc = parsed(sentence)
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    event = clause_verb(doc, cue_start, cue_end)
    if not tokens or event is None:
        return False
    root = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
    verb = _verb_above(root)
    if verb is None or verb == event or lemma_of(verb) not in _REPORTING:
        return False
    return any(a == verb for a in event.ancestors)
