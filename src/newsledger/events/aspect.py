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
               "patrols provide protection", "a video shows guards firing at a crowd"); headlines,
               whose present tells a past event, are exempt (the caller says which sentence is one)
- "anterior"   an adverb that puts the act before the news ("was previously targeted")
- "about"      the event noun is the object of a verb that arms for it, trades it or talks it over
               ("developing missiles", "discussed air strikes"), not of one that does it; or the
               event is what a verb of judging characterises as something, or what it reads a
               thing "as" ("portray the shooting as a workplace issue", "seeing talks as the
               surest way", "a curfew read as attacking the opposition", "described by the
               ministry as a violent protest"): a reading of an act, not a report of one
- an imperative ("please carry a protest banner", "Stop the bombing now"), or a condition ("if a gunman
               walked into a church and killed ..."): "irrealis"
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
- "about" also: a count compared with another ("blamed for far more deaths than the
               cartel"); death said of the speaker's or listener's own body ("over my dead
               body"); an act in a participle that says who a person is inside a phrase about
               someone else ("the parents of a soldier killed by a roadside bomb in Helmand"), unless
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

The parse of a sentence (`parsed`) and the clause helpers live here; when the act took place is read
in timing.py, what stands around the act word (its object, place, doers, clause) in complements.py.
"""
from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from typing import Any

from ..enrich.attribution_lexicon import DENIAL_LEMMAS
from ..enrich.nlp import lemma as lemma_of
from ..enrich.textdates import MONTHS, WEEKDAYS
from .framing import commemorated, in_a_work, occasion_of_a_reaction

__all__ = ["not_happened", "clause_verb", "parsed", "kept_parses", "forget_parses", "DAY_WORD"]

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
# ("the council's plan -- curfews and more patrols -- is too costly")
_PLAN_NOUNS = frozenset({"strategy", "plan", "policy", "proposal", "option", "approach", "tactic", "idea", "response",
                         "alternative", "solution", "recipe", "doctrine", "agenda"})
# Verbs that characterise their object "as" something ("portrayed the shooting as a workplace issue",
# "the levy was described as fighting inflation"): the act is read, not reported.
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


# Words of the courts and of custody: an act named as what someone is tried, jailed or held for ("jailed over
# the bombing", "sentenced for their part in an attack", "on trial for the killing of three soldiers", "executed
# for murder": the punishment of a sentence) is the charge of a legal process, not news of the act. Verbs that accuse or blame are not here: news reports fresh
# incidents through them ("accused Russia of shelling the town on Monday").
_LEGAL = frozenset({"convict", "sentence", "try", "indict", "acquit", "jail", "imprison", "prosecute", "guilty",
                    "trial", "arrest", "detain", "charge", "extradite", "convicted", "jailed", "sentenced",
                    "execute", "executed", "hang", "hanged"})
_CHARGE_PREPS = frozenset({"over", "for", "of", "in", "with"})


def _charged_act(token: Any) -> bool:
    """The act word is what a legal process is about: climbing from it (from the noun a relative clause on
    it hangs on) through "over", "for", "of", "in" or "with" and the words above, a word of the courts or
    custody (`_LEGAL`) stands before or at the clause's verb ("jails five men over the bombing", "on trial
    for the killing"). An act with a day of its own ("arrested over Sunday's bombing") is still news."""
    word = token
    if word.pos_ in ("VERB", "AUX") and word.dep_ in ("relcl", "acl") and word.head.pos_ in ("NOUN", "PROPN"):
        word = word.head           # "a bombing at a bus station that killed 75": the noun the clause is on
    charged = False
    for _ in range(10):
        if word.pos_ in ("NOUN", "PROPN") and _day_of_its_own(word):
            return False
        if word.head == word:
            return False
        above = word.head
        if above.dep_ == "prep" and word.dep_ in ("pobj", "pcomp"):
            charged = charged or above.lower_ in _CHARGE_PREPS
        elif charged and (lemma_of(above) in _LEGAL or above.lower_ in _LEGAL):
            return True
        if above.pos_ in ("VERB", "AUX") and above.dep_ not in ("relcl", "acl", "amod"):
            return False           # the clause's verb reached, no court on the way
        word = above
    return False


def _what_something_is(phrase: Any) -> bool:
    """The act phrase (or the noun it is the object of) is what a copula says its subject is, with no place,
    day or dead of its own: "America was a land of lynching" (any subject, through a noun), "the worst danger
    is a clash" (the act itself, under a subject of thought, `_IDEA_NOUNS`)."""
    holder = phrase
    while holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head.head
    subjects = [c for c in holder.head.children if c.dep_ in ("nsubj", "expl")]
    return holder.dep_ == "attr" and lemma_of(holder.head) == "be" and bool(subjects) and not _anchored(phrase) and (
        holder != phrase or any(lemma_of(c) in _IDEA_NOUNS for c in subjects))


def _what_an_idea_is(token: Any) -> bool:
    """The act noun is what a copula says a subject of thought is (`_IDEA_NOUNS`: "the real danger is a
    shootout sparked by nervous sentries"), whatever clause hangs on the noun: a risk or a fear, not a report."""
    return token.dep_ == "attr" and lemma_of(token.head) == "be" and not _anchored(token) and any(
        c.dep_ == "nsubj" and lemma_of(c) in _IDEA_NOUNS for c in token.head.children)


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


# Words that name a day of the news: "Sunday's attack", "the massacre Tuesday", "the bombing on Friday night".
_DAYS = frozenset(WEEKDAYS) | {"yesterday", "overnight", "tonight", "weekend"}
# The same words in a text, the cheap test before `dated_act` parses a sentence
DAY_WORD = re.compile(r"\b(?:" + "|".join(sorted(_DAYS)) + r")\b", re.I)


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
        return "irrealis"          # "If a gunman walked into a church and killed ...": a condition
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

    >>> not_happened("The rebels promise to halt the shelling of the valley.", 31, 39)
    'irrealis'
    >>> not_happened("Raiders stormed the market on Friday, killing at least 12 people.", 38, 45)
    """
    doc = parsed(sentence)
    token = _trigger(doc, cue_start, cue_end)
    if token is not None and token.pos_ in ("NOUN", "PROPN") and _describes_a_person(token):
        return "about"             # "Okafor, the gunman who trained in Libya"
    if token is not None and _charged_act(token):
        return "about"             # "Court jails five men over bus station bombing": a trial's charge
    if token is not None and (commemorated(token) or in_a_work(token) or occasion_of_a_reaction(token)):
        return "about"             # "a vigil for the villagers killed in the bombing", "in her memoir, she tells how
        #                            militants stormed the school": a rite's occasion, a work's story; "soon after the
        #                            murder, the senator said ...": what a reaction is dated by
    if token is not None and token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN") \
            and _of_a_relation(token.head) and not _anchored(token.head):
        return "about"             # "the nieces of a slain ferry pilot": whose nieces they are, no act reported
    if token is not None and token.pos_ == "NOUN" and _what_an_idea_is(token):
        return "about"             # "the real danger is a shootout sparked by sentries": what a danger would be
    if token is not None and token.pos_ not in ("VERB", "AUX") and any(
            c.dep_ in ("relcl", "acl") and _past(c) for c in token.children):
        # "a raid that started two weeks ago", "the attack launched on Friday"; unless the clause the noun
        # is in is not real itself ("the junta will menace its neighbours with drones flown from its bases")
        above = clause_verb(doc, cue_start, cue_end)
        if above is not None and not headline and _in_a_persons_clause(above):
            return "person"        # "a general who ordered the raid that killed the rebel leader"
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
            return "about"         # "the minister's plan -- air strikes on rebel depots -- is too timid"
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
        if _what_something_is(phrase):
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
        return "about"             # "a curfew read as attacking the opposition", "viewing a truce as out of reach"
    verb = clause_verb(doc, cue_start, cue_end)
    if verb is None:
        return None
    verb = _left_conjunct(verb) or verb
    if not headline and _identifies_a_person(verb):
        return "about"             # "the parents of a soldier killed by a roadside bomb in Helmand"
    if token is not None and token.pos_ in ("VERB", "AUX") and _denied(verb):
        return "negated"           # "the army denied that its men had shelled the village": not told as done
    if not headline and (_in_a_persons_clause(verb) or _earlier_deed(verb)):
        return "person"            # "a general who ordered the strike", "McCarthy, who prosecuted the bombers",
        #                            "the militants who had attacked the town": who someone is
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
    a coordinator that the parse attaches to an earlier verb ("how the ministry had been taken over
    and looted, grainy footage showed ...", where "looted" was read as an adjective of "footage"). A
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
    """The verb of the clause a participle with no subject of its own follows ("riots will spread,
    leading to violent clashes": spread), read from the words before it, whatever the parser attached
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
    """The noun is counted against another ("far more deaths than the cartel", "fewer attacks
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
    parents of a soldier killed by a roadside bomb in Helmand", "the widow of a policeman shot in
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
    if not _of_a_relation(person):
        return False
    if any(c.dep_ == "det" and c.lower_ == "the" for c in person.children) \
            and any(c.dep_ == "nummod" for c in person.children):
        return True                # "the neighbours of the 17 villagers shot": the dead already known, given
    return not _dates_itself(verb)


def _of_a_relation(person: Any) -> bool:
    """The noun is the object of "of" after a noun of a person's relation to it (`_RELATION`): "the
    nieces of a slain ferry pilot", "the widow of a policeman shot in 2009"."""
    if not (person.dep_ == "pobj" and person.head.lower_ == "of" and person.head.head.pos_ in ("NOUN", "PROPN")):
        return False
    # the noun the of-phrase hangs on, or the noun right before "of" when the parser hangs the phrase on the
    # first of two coordinated nouns ("survivors of the raid and relatives of the six guards killed")
    before = person.doc[person.head.i - 1] if person.head.i > 0 else person.head.head
    return any(n.pos_ in ("NOUN", "PROPN") and (lemma_of(n) in _RELATION or n.lower_ in _RELATION)
               for n in (person.head.head, before))      # not "the number of civilians killed", "the bodies of ..."


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


def _earlier_deed(verb: Any) -> bool:
    """The verb is a past perfect in a relative clause on a noun: what the people or thing it names had
    done or undergone before ("rebuke the gunmen who had attacked the town", "the village, which had been
    shelled"), a description of them, not the act the sentence reports, even in reported speech."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and any(a.lower_ == "had" for a in _auxiliaries(verb))


def _verb_above(token: Any) -> Any | None:
    while token.pos_ not in ("VERB", "AUX"):
        if token.head == token:
            return None
        token = token.head
    return token
