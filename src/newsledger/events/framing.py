"""What an act word is told inside, when that frame makes it no incident of the news: the rite for
its dead ("a vigil for the nine villagers killed in the bombing"), the content of a work ("in her
memoir, she describes how militants stormed her school", "the novel tells how rebels burned a
village"), or the time after which someone spoke or reacted ("soon after the murder of a priest,
the senator said ..."). A rite or a reaction is the news, the act its occasion, told (and dated)
elsewhere; a film, book or play tells its own story, not a report of the week.

Read from the dependency parse of the sentence (aspect.parsed) by `commemorated`, `in_a_work` and
`occasion_of_a_reaction`,
which aspect.not_happened asks of the event word; written by hand for newsledger.
"""
from __future__ import annotations

import re
from typing import Any

from ..enrich.nlp import lemma as lemma_of

__all__ = ["commemorated", "dates_the_reaction", "in_a_work", "mourned_spans", "occasion_of_a_reaction"]

# Nouns of the rites held for the dead: "a candlelight vigil for", "the memorial to", "a tribute to". Not
# "service" or "ceremony" alone (a security service, a swearing-in ceremony), not "wake" ("in the wake of")
_RITES = frozenset({"vigil", "memorial", "funeral", "burial", "tribute", "commemoration", "remembrance", "mourning",
                    "requiem", "mourner", "minute"})
# Verbs that hold such a rite over the dead or the act: "marched to commemorate the students shot dead"; a
# march "to protest the killing of ..." is held over its act the same way (the act is its cause, not force on it)
_COMMEMORATE = frozenset({"commemorate", "mourn", "honour", "honor", "memorialise", "memorialize", "grieve",
                          "eulogise", "eulogize", "protest"})
# Prepositions that name whom or what a rite is for
_RITE_PREPS = frozenset({"for", "of", "to"})
# Works that tell a story of their own: an act in one is its plot or its memory, not news. Not "series",
# "episode", "chapter", "drama" or "story" ("killed in a series of attacks", "the latest episode of
# violence", "in a story published on Monday, the paper reported ..."), nor "video" (a group's claim)
_WORKS = frozenset({"film", "movie", "documentary", "novel", "novella", "memoir", "autobiography", "biography",
                    "play", "scene", "sitcom", "opera", "musical", "poem", "song", "screenplay", "book", "fiction",
                    "thriller", "comic"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How a clause is what a verb above it tells ("tells how rebels burned", "shows soldiers shelling"), not an
# adverbial clause beside it ("was banned after gunmen attacked")
_TOLD = frozenset({"ccomp", "xcomp", "dobj", "acl", "relcl", "pcomp", "conj", "pobj", "oprd"})


def _lemma(token: Any) -> str:
    return lemma_of(token).lower()


def commemorated(token: Any) -> bool:
    """The act word is what a rite for the dead is held for: climbing from it, a preposition of a
    rite's noun ("a vigil for the villagers killed", "a memorial to the soldiers who died in the
    ambush"), a "for" on a verb whose subject or object is such a noun ("mourners held a vigil on
    Sunday for ...", "a funeral was held for ..."), or the object or purpose of a verb of mourning
    ("marched to commemorate the students shot dead") stands above it.

    >>> from newsledger.events.aspect import parsed
    >>> doc = parsed("Mourners held a vigil in Mardan on Sunday for the nine villagers killed in the bombing.")
    >>> commemorated(next(t for t in doc if t.text == "killed"))
    True
    >>> doc = parsed("Gunmen killed nine villagers in Mardan on Sunday.")
    >>> commemorated(next(t for t in doc if t.text == "killed"))
    False
    """
    word = token
    for _ in range(12):
        above = word.head
        if above == word:
            return False
        if _an_occasion(word):
            return True
        word = above
    return False


def _an_occasion(word: Any) -> bool:
    """The phrase `word` heads is what a rite is held for, and names no day of the news of its own: the act
    it tells with one ("the funeral of a policeman shot this morning", "... killed on Sunday") is told there,
    as the news; one of a month or a year ("the students shot dead in March") is the rite's occasion still."""
    from .aspect import DAY_WORD       # aspect reads its verdicts through this module: imported late
    above = word.head
    rite = (word.dep_ in ("pobj", "pcomp") and above.lower_ in _RITE_PREPS and _a_rite(above.head)) or (
        word.dep_ == "dobj" and above.pos_ in ("VERB", "AUX") and _lemma(above) in _COMMEMORATE)
    text = _text_of(word) if rite else ""
    return rite and DAY_WORD.search(text) is None and _TODAY.search(text) is None


# a time of the report's own day: "this morning", "earlier today", "hours earlier"
_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|hours\s+(?:earlier|ago|before))\b", re.I)


def _text_of(word: Any) -> str:
    words = list(word.subtree)
    return word.doc.text[words[0].idx:words[-1].idx + len(words[-1].text)]


def mourned_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The character spans of `sentence` that name what a rite is held for (`commemorated`): the dead and the
    act of "marched to commemorate the 14 students shot dead" or "a vigil for the villagers killed in the
    raid". The rite may be news (a march, a vigil); those dead and that act are its occasion, not its own.

    >>> s = "Students marched in Brno to commemorate the 11 workers shot dead by troops."
    >>> [s[a:b] for a, b in mourned_spans(s)]
    ['the 11 workers shot dead by troops']
    """
    from .aspect import parsed        # aspect reads its verdicts through this module: imported late
    spans: list[tuple[int, int]] = []
    for token in parsed(sentence):
        if token.head != token and _an_occasion(token):
            words = list(token.subtree)
            spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return tuple(spans)


def _a_rite(word: Any) -> bool:
    """The word is a rite's noun ("a vigil", "a memorial service", "funeral prayers"), or a verb whose
    subject or object is one ("held a vigil", "a memorial service was held")."""
    if word.pos_ in ("NOUN", "PROPN"):
        return _rite_noun(word)
    return word.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", *_SUBJECTS) and _rite_noun(c) for c in word.children)


def _rite_noun(noun: Any) -> bool:
    return _lemma(noun) in _RITES or any(c.dep_ in ("amod", "compound") and _lemma(c) in _RITES for c in noun.children)


def in_a_work(token: Any) -> bool:
    """The act word is told as the content of a work (`_WORKS`): its clause, or a verb above it, is
    placed "in" one ("In one scene, rebels ambush a convoy", "In her memoir, she describes how
    militants stormed the school"), or a verb above its clause has one as its subject ("the novel
    tells how rebels burned a village"). The act's own verb with such a subject is an act on the
    work ("the play was banned", "a film crew was attacked" is no work as subject).

    >>> from newsledger.events.aspect import parsed
    >>> doc = parsed("In her memoir, Amina describes how militants stormed her school.")
    >>> in_a_work(next(t for t in doc if t.text == "stormed"))
    True
    >>> doc = parsed("Militants stormed a cinema in the town on Friday.")
    >>> in_a_work(next(t for t in doc if t.text == "stormed"))
    False
    """
    verb = _verb_of(token)
    own = token                    # the verb whose subject is the act's own ("the play was banned and ...")
    for _ in range(12):
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    o.dep_ == "pobj" and _lemma(o) in _WORKS for o in child.children):
                return True
            if verb != own and child.dep_ in _SUBJECTS and _lemma(child) in _WORKS:
                return True
        if verb.dep_ not in _TOLD or verb.head == verb:
            return False           # "the play was banned after gunmen attacked the theatre": an act beside the work
        own = verb.head if verb.dep_ == "conj" and verb == own else None
        verb = _verb_of(verb.head)
    return False


# Verbs of speaking out or reacting: what someone did after an act, about it ("issued a statement",
# "condemned", "celebrated the attacks on Twitter"), not another act of the news
_REACTING = frozenset({"say", "tell", "state", "announce", "add", "note", "claim", "assert", "declare", "insist",
                       "write", "post", "tweet", "issue", "express", "condemn", "denounce", "deplore", "celebrate",
                       "praise", "hail", "mourn", "react", "respond", "vow", "pledge", "warn", "call", "urge",
                       "blame", "speak", "comment", "offer", "send", "admit", "accept"})
# Words that put one clause after another in time: "after the attacks", "in the hours after 14 were killed",
# "since the bombing", "following the raid"
_AFTER = frozenset({"after", "following", "since"})


def occasion_of_a_reaction(token: Any) -> bool:
    """The act word is the time after which someone spoke out or reacted, pointed back to with no day,
    place or dead of its own: the object of "after", "following" or "since" on a verb of `_REACTING`
    ("Immediately after the attacks, the mayor issued a statement"), or a clause opened by one of them on
    such a verb ("the senator tweeted the day after the shooting"). The reaction is what the sentence
    tells; the act, which it only dates, is news only where it is told itself. An act told in full, with
    a day, a place or dead of its own ("hours after gunmen killed 12 in Kano, the governor condemned ...")
    is told here.

    >>> from newsledger.events.aspect import parsed
    >>> doc = parsed("Soon after the murder of the priest, the senator said that France was at war.")
    >>> occasion_of_a_reaction(next(t for t in doc if t.text == "murder"))
    True
    >>> doc = parsed("Soon after the murder of a priest in Lyon, the senator said that France was at war.")
    >>> occasion_of_a_reaction(next(t for t in doc if t.text == "murder"))
    False
    """
    from .when import names_a_time     # when.py reads its clause dates through aspect, which imports this module
    word = token
    for _ in range(12):
        anchor = _after_on(word)
        if anchor is not None:
            phrase, verb = anchor
            return _reacts(verb) and not names_a_time(_text_of(phrase)) and not _placed_or_counted(phrase)
        if word.head == word:
            return False
        word = word.head
    return False


def _placed_or_counted(phrase: Any) -> bool:
    """The phrase tells its act in full, as news does an incident: it has a place ("in", "at", "near" a
    name) or dead of its own ("after 14 people were killed", "the deadly raid on a depot near Obi"); "after the
    attacks" only points back to an act told elsewhere or known."""
    words = list(phrase.subtree)
    return any(t.dep_ == "prep" and t.lower_ in _PLACES and any(o.dep_ == "pobj" for o in t.children) for t in words) \
        or any(t.lower_ in _DEAD or t.dep_ == "nummod" for t in words)


_PLACES = frozenset({"in", "at", "near", "outside", "inside"})
_DEAD = frozenset({"killed", "killing", "dead", "died", "deaths", "deadly", "wounded", "injured"})


def _after_on(word: Any) -> tuple[Any, Any] | None:
    """(the phrase, the verb it is after) when `word` is put after in time by `_AFTER`: the object of
    such a preposition, or a clause it opens. A clause the parser makes the sentence's root, with the
    reaction its conjunct ("In the hours after 14 were killed, a voice celebrated ..."), counts too."""
    if word.dep_ in ("pobj", "pcomp") and word.head.lower_ in _AFTER:
        return word, _verb_of(word.head.head)
    if word.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in _AFTER for c in word.children):
        if word.dep_ == "advcl":
            return word, _verb_of(word.head)
        if word.head == word:
            later = [c for c in word.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
            return (word, later[0]) if later else None
    return None


def _verb_of(word: Any) -> Any:
    """The verb a phrase hangs on, through the nouns that hold it ("the day after ...": the day's verb)."""
    while word.pos_ not in ("VERB", "AUX") and word.head != word:
        word = word.head
    return word


def _reacts(verb: Any) -> bool:
    return verb.pos_ in ("VERB", "AUX") and _lemma(verb) in _REACTING


def dates_the_reaction(sentence: str, start: int, end: int, cue_start: int, cue_end: int) -> bool:
    """True when the time expression at [start, end) of `sentence` belongs to a verb of `_REACTING` whose
    object is the act noun at [cue_start, cue_end): the day the act was claimed, condemned or mourned, not
    the day it took place ("The front claimed responsibility on Wednesday for the bombing of a bus": the
    bombing is of that day or before). A time of the act noun's own ("condemned Sunday's bombing") dates the
    act; an act told in a clause under a reporting verb is complements.tells_the_report's.

    >>> s = "The front claimed responsibility on Wednesday for the bombing of a bus in Hama."
    >>> dates_the_reaction(s, s.index("on Wednesday"), s.index("on Wednesday") + 12, s.index("bombing"), s.index("bombing") + 7)
    True
    >>> s = "Leaders on Monday condemned Sunday's bombing in Hama."
    >>> dates_the_reaction(s, s.index("Sunday"), s.index("Sunday") + 8, s.index("bombing"), s.index("bombing") + 7)
    False
    """
    from .aspect import _trigger, parsed     # aspect reads its verdicts through this module: imported late
    doc = parsed(sentence)
    act = _trigger(doc, cue_start, cue_end)
    tokens = [t for t in doc if t.idx < end and start < t.idx + len(t.text)]
    if act is None or not tokens or act.pos_ not in ("NOUN", "PROPN") or any(t in act.subtree for t in tokens):
        return False
    verb = _verb_of(tokens[0])
    return _reacts(verb) and verb in act.ancestors and all(
        w.pos_ not in ("VERB", "AUX") for w in act.ancestors if w.i != verb.i and verb in w.ancestors)
