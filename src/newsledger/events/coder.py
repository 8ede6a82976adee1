"""Code an Analysis into ACLED-style events, one per reporting sentence at most.

`code_events(analysis)` reads each sentence of the body: its event cue (cues.py) gives the
sub-event type, its actors (actors.py) the two sides and their inter codes, the geocoded places
(where.py) the location, its dates (when.py) the event day, its death counts (fatalities.py) the
most conservative figure and every competing claim, and sourcing.py who claims it and through
which outlets. Sentences reporting the same event (same type, actors and
place, compatible dates) are merged; their fatality claims are pooled and the lowest kept.

Written by hand: rule-based coding in the manner of ACLED's coders, over the records enrich
produces. spaCy is not needed here (the sentences are the Analysis's, enrich.sentences).
"""
from __future__ import annotations

import calendar
import dataclasses
import functools
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from ..enrich.hedges import SPECULATIVE_PAST, find_hedges
from ..enrich.names import COMMENTATORS, is_unnamed_commentator
from ..enrich.sentences import paragraph_spans
from ..enrich.records import Analysis, DateMention, Place
from ..extract.language import guess_by_function_words, reads_as
from .aspect import kept_parses, not_happened, parsed
from .complements import (OBJECT_AFTER, a_persons_own, apart_from, aside_on_a_noun, between_people, crowd_subject,
                          fights_a_cause, idle_weapon, modifies_a_thing, names_a_kind, nominal_event,
                          objected_by_a_person, placed_act, same_clause, speaker_opens, striving, takes_no_ground,
                          verbless)
from .timing import DEFINITE, dated_act, day_label, habitual, long_ago, year_of_act
from .actors import (ACTORS, Actor, ActorMention, done_to, find_actors, inter_code, names_its_agent, passive_subject,
                     subject_acting_on,
                     patient_of_act, turned_on_the_attacker, unnamed_opponent)
from .cues import KILLING_CUES, Cue, find_cues, killed_at_a_protest
from ..enrich.numbers import NUMBER_PATTERN, parse_number
from .fatalities import _PERSON, ACT_NOUNS, BREAKDOWN, PERSON_NOUN, DeathCount, by_name_alone, deaths_in, names_one_victim, victims_by_faith
from .geography import article_country
from .records import Event, Evidence, FatalityClaim
from .taxonomy import event_type_of
from .sourcing import _REPORTING, claimant_and_source, credit_clause, without_credit
from .when import anaphoric_time, event_date, moves_the_day, opens_a_period, read_date
from .where import Location, locate, name_spans, named_after_preposition, place_mentions

__all__ = ["code_events", "with_events", "paragraph_of", "passages", "PASSAGE_CHARS", "person_spans", "language_note", "reads_as_english"]

# "shelling by Ukrainian troops", "killed in an attack by": the by-phrase belongs to the cue itself.
_BY_CUE = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# the verbs (and "attack on", group "nominal") a perpetrator acts by, which put the victims after them.
# The noun is tried first: "attacks on" is the plural noun ("In attacks on Tuesday, Taliban fighters
# killed ..."), never the verb, which takes its object with no preposition.
_ACT_VERB = re.compile(r"\b(?:(?P<nominal>attacks?\s+(?:on|against))|kill(?:s|ed|ing)?|attack(?:s|ed|ing)|target(?:s|ed|ing)|"
                       r"hit(?:s|ting)?|struck|strikes|murder(?:s|ed|ing)?|bomb(?:s|ed|ing)|blew up|blows up|rams?|"
                       r"rammed|wound(?:s|ed|ing)?)\b", re.I)
_PASSIVE = re.compile(r"\b(?:being|been|was|were|is|are|got|get|gets)\s+(?:\w+ly\s+)?$")
# "the air force's bombing" told as "the bombing of the air force on a village": an act noun's of-phrase followed by what the act fell on
# names the act's doer (a subject genitive); "the bombing of the army base" names what was bombed
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_FELL_ON = re.compile(r"\s+(?:on|against|upon)\s", re.I)
# Deaths that are not political violence: illness, accidents, disasters.
_NOT_VIOLENCE = re.compile(r"\b(?:died (?:of|from)|dies (?:of|from)|deaths? (?:from|of|due to)|covid|coronavirus|virus|"
                           r"infect\w*|disease|illness|cancer|overdose|vaping|lack of oxygen|heart attack|"
                           r"(?:car|road|traffic|plane|train|bus) (?:crash|accident)|accident|drown\w*|capsiz\w*|"
                           r"flood\w*|earthquake|avalanche|landslides?|mudslides?|(?:struck|killed|hit) by lightning|lightning (?:strikes?|bolts?)(?! by)|"
                           r"wildfire|bushfire|blaze|firefight(?:er|ers|ing)|heatwave|"
                           r"natural causes|suicide(?! (?:bomb|attack|car|blast|explosion))|(?:gas|coal|boiler|factory|fireworks?|"
                           r"cylinder|pipeline|coal mine|mining) (?:explosion|blast)s?|gas leak)", re.I)
# A storm or a crush kills by itself only where no force is named beside it: "a stampede broke out after police fired tear gas"
# and "Operation Hurricane" are force
_DISASTER = re.compile(r"\b(?:tornado|hurricane|cyclone|typhoon|stampede)s?\b", re.I)
_FORCE_NAMED = re.compile(r"\b(?:tear ?gas|gunfire|gunmen|fired|firing|shot|shoot\w*|shell\w*|bomb\w*|raid\w*|attack\w*|"
                          r"rubber bullets|batons?|operation|offensive)\b", re.I)


def _not_violence(text: str, mentions: tuple[ActorMention, ...]) -> bool:
    """The sentence tells deaths that are no political violence: an illness, an accident, a disaster
    with no armed side or force named beside it."""
    if _NOT_VIOLENCE.search(text):
        return True
    return _DISASTER.search(text) is not None and not any(m.actor.inter in (1, 2, 3, 4, 8) for m in mentions) \
        and _FORCE_NAMED.search(text) is None


# armed men the actor lexicon names no side of: "Fighters pulled out of the town" (plural nouns of
# fatalities._COMBATANT; fatalities.ARMED_MEN is another thing: men told as armed or masked)
_ARMED_PLURALS = re.compile(r"\b(?:fighters|raiders|militants|gunmen|insurgents|militiam[ae]n|rebels|jihadists|troops|soldiers)\b", re.I)
_CONFLICT_DEAL = re.compile(r"\b(?:cease-?fire|truce|prisoners?|peace|withdrawal|de-escalation|humanitarian corridor|"
                            r"armistice|disengagement|hostages?)\b", re.I)
# the cues of a knife, machete or beating (events.cues): an attack on whoever is its victim
_BLADE = re.compile(r"(?:stab|knif|hack|beat|bludgeon|club|machete|axe)", re.I)
_DIRECT_ATTACK = re.compile(r"(?:attack|assault|raid|storm|fired|opened fire|ambush)", re.I)
# Weapons of war that make a sentence a conflict event by themselves, whoever fired them.
_WAR_WEAPONS = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Chemical weapon", "Suicide bomb"})
# Weapons a war's opponent strikes with far from its ground war (a shooting or a killing there is not its act)
_REMOTE_WEAPONS = _WAR_WEAPONS | {"Remote explosive/landmine/IED"}
_WAR_WORDS = re.compile(r"\b(?:war|fighting|shelling|shelled|front ?line|cease-?fire|truce|clash(?:es)?|rebels?|troops|"
                        r"militants|separatists|offensive|air ?strikes?|insurgen\w+|conflict zone|occupied|"
                        r"hostilities|combat|artillery)\b", re.I)
_HELD = re.compile(r"\b(?:settlements?|villages?|towns?|cities|city|territor(?:y|ies)|ground|land|positions?|"
                   r"heights?|airport|bridgehead|district|region|oblast|square kilomet|km|hamlets?|localit\w+|"
                   r"control|(?:military |army |air |naval )?bases?|outposts?|barracks|garrisons?)\b", re.I)
_CAUSE_OF_CASUALTY = ("Shelling/artillery/missile attack", "Air/drone strike")
# Cues that name an armed act by themselves (a bomb, an ambush, an attack): with dead of its own it is political violence.
_ARMED_ACTS = frozenset({"Remote explosive/landmine/IED", "Grenade", "Armed clash", "Abduction/forced disappearance"})
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


# A paragraph of news is a few sentences: of the 3,888 paragraphs of the AEB tuning set's article
# bodies, half are under 163 characters, 99 in 100 under 910 and the longest is 2,246. A "paragraph"
# longer than any of them is a page whose text has no blank lines (a text dump, some HTML): what the
# coder parses of it paragraph by paragraph (whether the paragraph reports violence: cues.find_cues,
# whose dated_act parses its text) is read in passages of consecutive sentences of a paragraph's
# ordinary size, never the whole page at once (one 118,000-character page parsed whole held 380 MB in
# the run's own process). What is only looked up in the paragraph's span (its dates, its places,
# _goes_on's first words) keeps the paragraph as written.
_LONGEST_PARAGRAPH = 2_500
PASSAGE_CHARS = 1_000


def passages(body: str, sentences: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The body's paragraphs, each longer than `_LONGEST_PARAGRAPH` cut between its sentences into
    passages of consecutive sentences of at most `PASSAGE_CHARS` (a longer sentence is a passage
    of its own). Ordinary news is its paragraphs unchanged.

    >>> body = "Troops advanced. Two died.\\n\\n" + " ".join(["Rebels shelled the town."] * 200)
    >>> from newsledger.enrich.sentences import sentence_spans
    >>> spans = sentence_spans(body)
    >>> parts = passages(body, spans)
    >>> parts[0] == (0, 26), len(parts), max(end - start for start, end in parts) <= PASSAGE_CHARS
    (True, 6, True)
    """
    return _passages(body, tuple(sentences))


@functools.lru_cache(maxsize=16)        # asked again for each sentence of the article
def _passages(body: str, sentences: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(body):
        inside = [(s, e) for s, e in sentences if p_start <= s < p_end]
        if p_end - p_start <= _LONGEST_PARAGRAPH or len(inside) < 2:
            spans.append((p_start, p_end))
            continue
        first, last = inside[0][0], inside[0][1]
        for s, e in inside[1:]:
            if min(e, p_end) - first > PASSAGE_CHARS:
                spans.append((first, last))
                first = s
            last = min(e, p_end)
        spans.append((first, last))
    return tuple(spans)


def paragraph_of(body: str, start: int) -> tuple[int, int]:
    for p_start, p_end in paragraph_spans(body):
        if p_start <= start < p_end:
            return p_start, p_end
    return 0, len(body)


def person_spans(analysis: Analysis, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The body spans of the persons enrich named in [start, end): no place of an event, and their quarrels
    ("Bush attacked Trump") are words, not arms."""
    return tuple((e.start, e.end) for e in analysis.entities if e.label == "PERSON" and start <= e.start < end)


def language_note(analysis: Analysis) -> str | None:
    """Why a page gets no events whatever it says: the coder reads English only.

    The article's language guess decides; a page guessed English whose text still reads as
    another language (few English function words, many of another) is not coded either.
    """
    language = (analysis.article.language or "en").lower()
    if not language.startswith("en"):
        return f"language '{language}': events are coded from English text only; none coded"
    if not reads_as_english(analysis.article.body):
        return "the text does not read as English: events are coded from English text only; none coded"
    return None


def reads_as_english(text: str) -> bool:
    """At least one word in twenty is an English function word, by the extract stage's language
    detector (extract.language), in the paragraphs long enough to judge. A headline is too short to
    judge and has few function words of any language ("Boko Haram kills three soldiers, overrun
    Nigerian army base"): a text of headlines alone is judged by the function words of the
    languages the detector knows, and reads as English unless another language's show.

    >>> reads_as_english("Boko Haram kills three soldiers, overrun army base\\n\\nSECURITY SITREP - Week Ending 01 December 2018")
    True
    >>> reads_as_english("Homem é encontrado morto em Vitória\\n\\nPolícia prende suspeito de ter matado duas pessoas em Casa Nova")
    False
    """
    paragraphs = [text[start:end] for start, end in paragraph_spans(text)]
    judged = [p for p in paragraphs if len(p.split()) >= _JUDGED_WORDS]
    if judged:
        return reads_as("\n\n".join(judged), "en")
    return guess_by_function_words(text) == "en"


_JUDGED_WORDS = 12          # a paragraph shorter than this is a headline or a label: too short to judge


def code_events(analysis: Analysis, doc: Any = None) -> tuple[Event, ...]:
    """ACLED-style events reported in the article, merged across sentences, in body order."""
    if language_note(analysis) is not None:
        return ()
    with kept_parses():
        return _code_events(analysis, doc)


def _code_events(analysis: Analysis, doc: Any = None) -> tuple[Event, ...]:
    """code_events of an article whose language_note is None (with_events has read it already)."""
    events: list[Event] = []
    elaborations: list[bool] = []
    anaphors: list[bool] = []           # the mention names its act by a definite description ("the blast")
    targets: list[str | None] = []      # the thing its definite description names the act's target by ("the shelling of a market")
    by_its_dead: set[str] = set()       # events typed only from their dead ("dies", "killed"), no act named
    campaign: list[tuple[FatalityClaim, tuple[ActorMention, ...]]] = []
    previous_actors: tuple[ActorMention, ...] = ()
    previous_paragraph = None
    apart: set[int] = set()         # the sentences that tell their act as another incident
    fresh: set[int] = set()         # the sentences that introduce their act with an indefinite ("A car bomb exploded")
    later: set[int] = set()         # the sentences that tell their act as after another ("Troops later clashed")
    spans = analysis.sentences
    country = article_country(analysis.places, analysis.article.body)
    belligerents, named = _belligerents(analysis.article.body, spans, country)
    # about armed conflict: an armed actor other than the police named twice, or once in a paragraph
    # that reports violence (a caption's "the military" alone is not a war), or three words of war
    war = any(named[actor.key] >= 2 for actor in belligerents if not _police(actor)) or \
        len({m.group(0).lower() for m in _WAR_WORDS.finditer(analysis.article.body)}) >= 3
    for start, end in spans:
        paragraph = paragraph_of(analysis.article.body, start)
        if paragraph != previous_paragraph:
            previous_actors, previous_paragraph = (), paragraph
        here = any(place_mentions(p, analysis.article.body, start, end) for p in analysis.places)
        context = _Context(paragraph, previous_actors, belligerents, events[-1] if events else None, here, war, country)
        event, mentions, totals = _code_sentence(analysis, start, end, context)
        if mentions:
            previous_actors = mentions
        if event is not None:
            events.append(event)
            another = _tells_another_act(analysis.article.body, start, end, event)
            elaborations.append(not another and _elaborates(analysis, event, start, end))
            anaphors.append(not another and _points_back(analysis.article.body, start, end, event))
            targets.append(_act_target(analysis.article.body, start, end, event) if anaphors[-1] else None)
            if _introduces_an_act(analysis.article.body, start, end, event):
                fresh.add(start)
            if _LATER.search(analysis.article.body, start, end):
                later.add(start)
            if another:
                apart.add(start)
            if not any(c.sub_event_type != "casualty" for c in find_cues(analysis.article.body[start:end])):
                by_its_dead.add(event.id)
        campaign.extend((claim, mentions) for claim in totals)
    title = (analysis.article.title or "").strip().rstrip(".")       # a headline's stop is a page's, not the title's
    headline = bool(events) and bool(title) and elaborations[0] and \
        analysis.article.body[events[0].evidence.start:events[0].evidence.end].strip().rstrip(".") == title
    joined = _join_elaborations(events, elaborations, frozenset(by_its_dead), headline, anaphors, frozenset(fresh), targets)
    return tuple(_with_campaign_totals(_merge(joined, apart, frozenset(by_its_dead), frozenset(fresh), frozenset(later)), campaign))


# "In a separate attack", "carried out another bombing", "a second raid", "in other attacks": the
# sentence tells its act as another incident than those told before it, whatever its day, place and
# sides. With a definite determiner ("the earlier attack", "this second raid", "their other
# attack") the phrase points back to an act already told: the same incident, which may join it.
_ANOTHER_ACT = re.compile(r"(?:\b([\w'’]+)\s+)?\b(?:separate|another|second|third|fourth|different|earlier|later|other)\s+"
                          r"(?:(?!of\b)[\w'’-]+\s+){0,2}?(?:" + ACT_NOUNS + r")\b", re.I)
# A roundup's turn to another incident at the head of a sentence: "Elsewhere, ...", "In other violence, ...".
_ELSEWHERE = re.compile(r"\W*(?:elsewhere\b|in\s+(?:other|separate)\s+(?:violence|incidents?|attacks?|fighting|clashes)\b)", re.I)
# the definite determiners (aspect.DEFINITE) and the possessive ones
_POINTS_BACK = DEFINITE | {"its", "their", "his", "her", "our"}


def _tells_another_act(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence at text[start:end] names its act as another incident ("another attack", "a
    separate raid", "in an earlier attack"), not as one told before it ("the earlier attack"). The
    phrase has to be in the clause of the act coded (`_event_cue`): "Gunmen shot dead five
    policemen, and another attack followed" codes the shooting, which is not the other attack."""
    if _ELSEWHERE.match(text, start, end):
        return True             # "Elsewhere in Iraq, a car bomb exploded ...": the story turns to another act
    found = [m for m in _ANOTHER_ACT.finditer(text, start, end) if (m.group(1) or "").lower() not in _POINTS_BACK]
    if not found:
        return False
    sentence, _ = without_credit(text[start:end])
    cue = _event_cue(without_wire_slug(sentence), event)
    # the phrase's act noun (its last word) is what a clause holds, not its determiner
    return cue is None or any(same_clause(sentence, (cue.start, cue.end), (m.end() - start - 1, m.end() - start))
                              for m in found)


# "the blast", "Tuesday's bombing", "this attack", "the clashes", "the rally": an act named by a definite
# description (or by a possessive: a day's, a city's) presupposes the reader knows it: news retells an
# incident it has reported with such a phrase. Not an ordinal or another-word ("the second blast", "the
# other attack": `_ANOTHER_ACT`'s words), which tell one more act.
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:" + "|".join(sorted(_POINTS_BACK)) + r")|[\w.]['’]s)\s+"
                              r"(?:(?!(?:of|and|or|separate|another|second|third|fourth|different|other|new|latest|"
                              r"subsequent|further|next|first)\b)[\w-]+\s+){0,2}$", re.I)
_ACT_HEAD = re.compile(r"(?:" + ACT_NOUNS + r"|clash(?:es)?|fighting|protests?|demonstrations?|rall(?:y|ies)|marche?s?)", re.I)


def _points_back(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence at text[start:end] names the act it was coded from by a definite description
    ("The blast tore through the market", "the death toll from Tuesday's bombing rose to 15"):
    it retells an incident, and may join the one it points back to (`_refers_to`) whoever it
    names as the sides and whatever its own day or place words add."""
    sentence, _ = without_credit(text[start:end])
    sentence = without_wire_slug(sentence)
    cue = _event_cue(sentence, event)
    if cue is None or cue.sub_event_type == "casualty":
        return False
    head = cue.text.split()[-1]
    return _ACT_HEAD.fullmatch(head) is not None and not _a_period_of_its_own(sentence, event) and \
        _DEFINITE_BEFORE.search(sentence, 0, cue.start + len(cue.text) - len(head)) is not None


# the target a definite act names after it: "the shelling of a market", "the attack on the police post in X",
# "the bombing at a bus station": a determiner, then up to three words of a common noun phrase, its head last
_TARGET_AFTER = re.compile(r"\s+(?:of|on|against|at)\s+(?:the|a|an|its|their|this|that|one)\s+"
                           r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:$|[,.;:]|\s(?:in|near|on|at|of|outside|"
                           r"by|that|which|where|who|killed|killing|wounded|injured|left|was|were|has|had|is|are)\b))")
_NOT_A_TARGET = re.compile(r"(?:" + PERSON_NOUN + r"|area|areas|city|town|village|district|region|province|"
                           r"country|capital|border|front|line|outskirts|centre|center|north|south|east|west|day|"
                           r"night|morning|evening|week|weekend|month|year|time|hands|part|forces?|army|military|regime|government|"
                           r"enemy|coalition|aviation|artillery|warplanes?|jets?|aircraft|drones?)", re.I)


def _act_target(text: str, start: int, end: int, event: Event) -> str | None:
    """The words of the thing a definite act of the sentence at text[start:end] names as hit ("the
    bombing of a bus station": bus station; "the attack on the police post": police post), None when it names none
    or names people, a place by its name (a capital letter) or only an area ("the shelling of the city"):
    the victims and the place are compared apart (`_other_victims`, `_same_place`)."""
    sentence, _ = without_credit(text[start:end])
    sentence = without_wire_slug(sentence)
    cue = _event_cue(sentence, event)
    if cue is None:
        return None
    found = _TARGET_AFTER.match(sentence, cue.end)
    if found is None:
        return None
    phrase = found.group(1).lower()
    return None if _NOT_A_TARGET.fullmatch(phrase.split()[-1]) else phrase


def _names_its_target(incident: Event, target: str | None) -> bool:
    """The incident's reports may name the thing a definite act names as its target: its head noun or a
    word of its own (singular or plural) is in them ("the shelling of the market" after "a shell hit a
    market in the city"; "the police headquarters" after "a police station"), or it is a generic word any
    target is ("the building", "the compound")."""
    if target is None:
        return True
    words = [w for w in target.lower().split() if not _GENERIC_TARGET.fullmatch(w) and not _NOT_A_TARGET.fullmatch(w)]
    return not words or any(_named_in(incident.notes, w) for w in words)


# a word any hit thing is ("the building", "the site"): it names no target of its own
_GENERIC_TARGET = re.compile(r"(?:building|site|compound|premises|place|facility|facilities|structure|"
                             r"area|vicinity|scene|spot|location|target|complex)s?", re.I)


def _named_in(notes: str, word: str) -> bool:
    """`word` (singular or plural) is in `notes`."""
    forms = {word, *(word[:-len(end)] for end in ("s", "es") if word.endswith(end) and len(word) > len(end) + 2)}
    return re.search(r"\b(?:" + "|".join(map(re.escape, forms)) + r")(?:e?s)?\b", notes, re.I) is not None


# a thing an act is told at or against anywhere in its sentence ("at a checkpoint", "near the ferry terminal")
_SITE = re.compile(r"\b(?:of|on|against|at|near|outside|inside)\s+(?:the|a|an|its|their|this|that|one)\s+"
                   r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\b(?=\s*(?:$|[,.;:]|\s(?:in|near|on|at|of|outside|by|"
                   r"that|which|where|who|killed|killing|wounded|injured|left|was|were|has|had|is|are)\b))")


def _a_site_of_its_own(incident: Event, mention: Event) -> bool:
    """`mention`'s sentence names a thing it was told at or against with a word the incident's reports
    never use ("killed four soldiers at a checkpoint", "the bombing of a bus station" after a police
    station's bombing); generic words ("the building") and places by name are no site of their own."""
    sentence = mention.notes
    for found in _SITE.finditer(sentence):
        words = [w for w in found.group(1).lower().split()
                 if not _GENERIC_TARGET.fullmatch(w) and not _NOT_A_TARGET.fullmatch(w)]
        if any(not _named_in(incident.notes, w) for w in words):
            return True
    return False


def _a_time_of_its_own(incident: Event, mention: Event) -> bool:
    """`mention` is dated by words of its own to a time other than the incident's day."""
    if mention.event_date is None or mention.date_evidence == "publication date" \
            or anaphoric_time(mention.date_evidence or "") is not None:
        return False
    return mention.event_date != incident.event_date


# a period put before the report's day ("earlier this month", "last year", "the previous month")
_EARLIER_PERIOD = re.compile(r"\b(?:earlier|last|previous|past)\s+(?:this\s+|that\s+)?(?:week|month|year)\b", re.I)
# a count of wounded ("wounded 30 people", "injured dozens of tourists", "left 12 injured")
_OWN_WOUNDED = re.compile(r"\b(?:wound(?:ed|ing|s)?|injur(?:ed|ing|es|y|ies))\s+(?:at\s+least\s+|some\s+|about\s+)?"
                          r"(?:\d[\d,]*|dozens|scores|hundreds|thousands|(?:one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|twenty|thirty|forty|fifty)\b)|\b\d[\d,]*\s+(?:\w+\s+){0,2}?(?:wounded|injured)\b", re.I)


def _a_period_of_its_own(sentence: str, event: Event) -> bool:
    """A definite act told at a month or a year ("this year's bombing", "this year") and put before the
    report's day ("earlier this month") or with a count of wounded of its own is an act of its own, not a
    retelling of the day's incident: news retells an incident on its day or with no time, and counts a
    period's other act by its own victims."""
    if event.date_evidence in ("", "publication date") or len(event.event_date or "") == 10:
        return False            # a day or a week ("last week's attack") still holds the incident told before it
    return _EARLIER_PERIOD.search(sentence) is not None or _OWN_WOUNDED.search(sentence) is not None


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:(?!of\b|and\b)[\w-]+\s+){0,2}$", re.I)


def _introduces_an_act(text: str, start: int, end: int, event: Event) -> bool:
    """The sentence at text[start:end] names the act it was coded from with an indefinite article ("A car
    bomb exploded near a checkpoint", "killed in an ambush"): news introduces a new incident so, and
    retells one with a definite description (`_points_back`). With a toll of its own that no report
    of an incident told before it gives, it is another incident (`_new_toll`)."""
    sentence, _ = without_credit(text[start:end])
    sentence = without_wire_slug(sentence)
    cue = _event_cue(sentence, event)
    if cue is None or cue.sub_event_type == "casualty":
        return False
    return _INDEFINITE_BEFORE.search(sentence, 0, cue.start) is not None


def _new_toll(incident: Event, mention: Event, fresh: frozenset[int]) -> bool:
    """`mention` introduces its act with an indefinite (`fresh`: its sentence's start) and counts dead of
    its own that no report of `incident` counts: "A car bomb exploded ..., killing three policemen"
    after "a roadside bomb ..., killing five officers" is a second bombing, never the first one's
    lower figure."""
    if mention.evidence.start not in fresh:
        return False
    ours = {c.value for c in incident.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in mention.fatality_claims if c.scope == "event"}
    return bool(ours) and bool(theirs) and not ours & theirs


def _riposte(incident: Event, mention: Event) -> bool:
    """`mention`, told by the incident's own claimant as after it (`_LATER`, checked by the caller) with no
    day of its own (or another day), has the
    incident's victims acting, with dead of its own that no report of the incident counts: "Troops later
    clashed with rebels near the town, killing three of them", the military said, after the rebels'
    attack it reported. One claimant tells its own two incidents so; the answer on the attack's day
    ("troops killed one of the attackers on Monday") is a part of it, and two claimants telling one clash
    from each side (`_one_account`) are one incident."""
    if mention.claimant != incident.claimant or not _turned_on(incident, mention):
        return False
    if mention.date_evidence != "publication date" and not moves_the_day(mention.date_evidence or ""):
        return False            # "Troops killed one of the rebels on Monday": the attack's own answer, a part of it
    ours = {c.value for c in incident.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in mention.fatality_claims if c.scope == "event"}
    return bool(ours) and bool(theirs) and not ours & theirs


# an act told as coming after another: "Troops later clashed with the rebels", "police then stormed the house"
_LATER = re.compile(r"\b(?:later|afterwards|subsequently|then)\b", re.I)


def _turned_on(incident: Event, mention: Event) -> bool:
    """The side acting in `mention` is the side that suffered `incident` (and not the one that did it)."""
    return bool(mention.actor1) and bool(incident.actor2) \
        and _one_actor((mention.actor1, mention.inter1), (incident.actor2, incident.inter2)) \
        and not _one_actor((mention.actor1, mention.inter1), (incident.actor1, incident.inter1))


def _refers_to(incident: Event, mention: Event, target: str | None = None) -> bool:
    """A definite description of an act (`_points_back`) may name `incident`: an act of its kind
    (the same event type; "the attack", "the clashes" name any violent act), at a place that is
    the incident's or holds it (the old city, Kandahar province, the country), on the incident's
    day or in a period holding it ("this week", "this year"), and at a target the incident's reports
    name (`target`, from `_act_target`: "the bombing of a bus station" is not the car bomb at a
    courthouse, whatever its time). The sides it names are not compared: a retelling names the
    incident, its claimant's words for the sides vary."""
    own_toll = _a_toll_of_its_own(incident, mention)
    if not _names_its_target(incident, target) and (own_toll or _a_time_of_its_own(incident, mention)):
        return False            # another target, and its own dead or its own day: another act
    if own_toll and not _a_part_of_its_dead(incident, mention):
        return False
    kinds = {incident.event_type, mention.event_type}
    if len(kinds) > 1 and not (mention.sub_event_type in _GENERIC_TYPES and kinds <= _VIOLENT):
        return False
    if not _same_place(incident, mention) or _other_victims(incident.actor2, mention.actor2, incident, mention):
        return False            # other victims with dead of their own: another act ("the attack on a police post killed three")
    return _within_its_time(mention, incident)


# a toll told as updated: "the toll rose to 11", "the number of dead increased to 31", "has climbed to"
_UPDATED_TOLL = re.compile(r"\b(?:ris(?:es|en)|rose|climb(?:s|ed)?|increas(?:es|ed)|jump(?:s|ed)|reach(?:es|ed)|"
                           r"mount(?:s|ed)?|grew|grown|now\s+stands?|revised|updated)\b", re.I)


def _a_toll_of_its_own(incident: Event, mention: Event) -> bool:
    """`mention` counts dead of its own that no report of `incident` counts, in the incident's claimant's
    words (or with no claimant on either), and not as the toll updated ("rose to 11"), nor as more dead
    (`_MORE_DEAD`): "The shelling killed four" after "a shell killed two at a bus stop" is another act. One
    voice does not tell one act's dead twice over otherwise; another claimant's figure is a competing
    claim of the incident."""
    if mention.claimant != incident.claimant:
        return False
    ours = {c.value for c in incident.fatality_claims if c.scope == "event"}
    theirs = [c for c in mention.fatality_claims if c.scope == "event"]
    if not ours or not theirs or ours & {c.value for c in theirs}:
        return False
    return not any(_UPDATED_TOLL.search(c.text) or _MORE_DEAD.search(c.text) for c in theirs) \
        and _UPDATED_TOLL.search(mention.notes) is None


def _a_part_of_its_dead(incident: Event, mention: Event) -> bool:
    """`mention`'s own figure is a part of the incident's dead: smaller than its toll, and told at no site
    of its own ("The bombing killed two policemen guarding the gate", "killed two policemen and seven
    passers-by" after nine dead): news names a group of an act's dead in a later sentence."""
    ours = max((c.value for c in incident.fatality_claims if c.scope == "event"), default=0)
    theirs = [c.value for c in mention.fatality_claims if c.scope == "event"]
    return bool(theirs) and max(theirs) < ours and not _a_site_of_its_own(incident, mention)


def _within_its_time(mention: Event, incident: Event) -> bool:
    """The mention's time holds the incident's day: no time of its own (the report's day, or a time
    told from the story before it), the same day, or a week, month or year holding it."""
    if mention.date_evidence == "publication date" or anaphoric_time(mention.date_evidence or "") is not None:
        return True
    if mention.event_date is None or incident.event_date is None:
        return mention.event_date is None
    if mention.time_precision == 2 and len(mention.event_date) == 10 and len(incident.event_date) == 10:
        last = dt.date.fromisoformat(mention.event_date)
        return last - dt.timedelta(days=6) <= dt.date.fromisoformat(incident.event_date) <= last
    return incident.event_date.startswith(mention.event_date)


def _event_cue(text: str, event: Event) -> Cue | None:
    """The cue `_code_sentence` coded `event` from: the first of the sentence's cues (by rank, then
    place) that can give the event's type (a bare casualty or a taking gives any)."""
    return next((c for c in find_cues(text) if c.sub_event_type in ("casualty", "take", "retake")
                 or event_type_of(c.sub_event_type) == event.event_type), None)


def _elaborates(analysis: Analysis, event: Event, start: int, end: int) -> bool:
    """A mention with no day and no place below the country of its own ("Three attackers died",
    "Some 30 others were hurt", "He was later detained by police") tells more about an
    incident the article has already reported, not a new one. A day told only from the story
    before it ("Minutes later, police detained ten protesters") is no day of its own."""
    if event.date_evidence != "publication date" and (anaphoric_time(event.date_evidence) is None
                                                       or moves_the_day(event.date_evidence)):
        return False            # a day of its own, or another day told from the story's ("a day earlier")
    own = [p for p in analysis.places if p.name == event.location
           and place_mentions(p, analysis.article.body, start, end)]
    return not own or all(p.feature == "country" for p in own)


def _joinable(incident: Event, mention: Event) -> bool:
    """The mention can tell more of the incident: the same side acting (when both name it) and the
    same kind of act, or a generic one ("killed", "clashes"), or arrests at a protest."""
    if mention.sub_event_type in _INTERVENTIONS and incident.event_type in _CROWD_EVENTS \
            and (incident.actor2 is None or mention.actor1 in (incident.actor1, incident.actor2)):
        return True             # "He was later detained by police", "Police arrested 14 protesters": the protest's intervention
    if mention.sub_event_type == "Arrests":
        return False
    if mention.event_type == "Riots" and incident.event_type in _CROWD_EVENTS and _crowd_in(incident) and _crowd_in(mention):
        return True             # "The protesters threw stones at officers" after "police fired tear gas at the
        #                         marchers": the demonstration turned violent, whatever each sentence puts first
        #                         (a march told after it, "tens of thousands more marched", may be another)
    # unnamed "rebels", "gunmen" (Unidentified Armed Group) name no side of their own: as far as the
    # article tells, they are the incident's ("clashes were continuing in the town", rebel sources said)
    side = mention.actor1 if mention.actor1 and not mention.actor1.startswith("Unidentified") else None
    if incident.actor1 and mention.actor1 and mention.actor2 == incident.actor1 and mention.fatalities:
        return False            # the other side's act with dead of its own ("rebels later attacked an army checkpoint, killing four soldiers")
    if incident.actor1 and side and incident.actor1 != side:
        return False            # the other side's act is another incident ("troops regained ...")
    if _other_victims(incident.actor2, mention.actor2, incident, mention) and mention.actor2 != incident.actor1:
        return False            # other victims with dead of their own ("Three soldiers were killed" after
        #                         "gunmen killed five civilians on a bus"): another incident, not a detail;
        #                         the attackers' own dead ("Three attackers died") still tell more of it
    if side and mention.claimant != incident.claimant:
        return False            # a named side's act in another claimant's words stays that claimant's
    kinds = {incident.sub_event_type, mention.sub_event_type}
    return len(kinds) == 1 or (bool(_GENERIC_TYPES & kinds) and {incident.event_type, mention.event_type} <= _VIOLENT)


_CROWD_EVENTS = frozenset({"Protests", "Riots"})


def _crowd_in(event: Event) -> bool:
    """The event names a crowd (protesters or rioters, ACLED's inter codes 6 and 5) as one of its sides."""
    return event.inter1 in (5, 6) or event.inter2 in (5, 6)


# what police do to a protest told apart from it: "He was later detained", "Police arrested 14 protesters"
_INTERVENTIONS = frozenset({"Arrests", "Protest with intervention"})


def _join_elaborations(events: list[Event], elaborations: list[bool], by_its_dead: frozenset[str] = frozenset(),
                       headline: bool = False, anaphors: list[bool] | None = None,
                       fresh: frozenset[int] = frozenset(), targets: list[str | None] | None = None) -> list[Event]:
    """Each elaborating mention joins the nearest incident before it of a compatible kind, whoever
    it is credited to: its sentence becomes evidence of that incident. Its deaths are a competing
    total of the incident ("9 more killed" beside "Ten more people killed"), except the deaths of
    another side than the incident's victims ("Three attackers died" after "raiders stormed the
    market, killing 12"): a part of the toll, never its conservative figure. Deaths told
    as more than the incident's ("Two more civilians died" after "killing five") add to each of its
    totals, unless the incident's own figure is already told as more ("Ten more people killed").

    With `headline`, the first mention is the article's title and has no day and no place below the
    country of its own ("Bus bombing in Peru kills 14"): it tells the incident the story then
    reports ("A bomb tore through a bus ... in Cusco on Monday morning, killing 14"),
    so it joins the first compatible incident after it, and no mention joins it.

    A mention in `anaphors` names its act by a definite description ("the blast", "Tuesday's
    bombing"): when it elaborates no incident, it joins the nearest one before it that it may
    name (`_refers_to`), whatever sides, claimant, day or place words of its own it has."""
    anaphors = anaphors or [False] * len(events)
    targets = targets or [None] * len(events)
    title = events[0] if headline and events else None
    if title is not None:
        events, elaborations, anaphors, targets = events[1:], elaborations[1:], anaphors[1:], targets[1:]
    joined = _join_each(events, elaborations, by_its_dead, anaphors, fresh, targets)
    if title is not None:
        lead = next((e for e in joined if _joinable(e, title)), None)
        if lead is None:
            return [title] + joined
        joined[joined.index(lead)] = _combine(lead, dataclasses.replace(
            title, event_date=lead.event_date, time_precision=lead.time_precision), retype=lead.id in by_its_dead)
    return joined


def _join_each(events: list[Event], elaborations: list[bool], by_its_dead: frozenset[str],
               anaphors: list[bool], fresh: frozenset[int] = frozenset(),
               targets: list[str | None] | None = None) -> list[Event]:
    """_join_elaborations over mentions in body order: each elaborating one joins the nearest
    compatible incident before it, each definite description the nearest it may name."""
    joined: list[Event] = []
    for event, elaborates, anaphor, target in zip(events, elaborations, anaphors, targets or [None] * len(events)):
        compatible = [e for e in reversed(joined) if _joinable(e, event) and not _new_toll(e, event, fresh)] \
            if elaborates else []
        if not compatible and anaphor:
            compatible = [e for e in reversed(joined) if _refers_to(e, event, target)]
        # the nearest of the mention's own event type first ("clashes were continuing" tells of the battle,
        # not of the air strike told after it), else the nearest compatible one
        incident = next((e for e in compatible if e.event_type == event.event_type), compatible[0] if compatible else None)
        if incident is None:
            joined.append(event)
            continue
        position = joined.index(incident)
        if event.sub_event_type in _INTERVENTIONS and incident.sub_event_type == "Peaceful protest":
            incident = dataclasses.replace(incident, sub_event_type="Protest with intervention",
                                           actor2=incident.actor2 or event.actor1, inter2=incident.inter2 or event.inter1)
        added = [c for c in event.fatality_claims if c.scope == "event" and _MORE_DEAD.search(c.text)]
        totals = [c for c in incident.fatality_claims if c.scope == "event"]
        if added and totals and not any(_MORE_DEAD.search(c.text) for c in totals):
            more = int(min(c.value for c in added))
            summed = tuple(dataclasses.replace(c, value=c.value + more, text=f"{c.text}; {added[0].text}")
                           if c.scope == "event" else c for c in incident.fatality_claims)
            incident = dataclasses.replace(incident, fatality_claims=summed, fatalities=incident_fatalities(summed))
            event = dataclasses.replace(event, fatality_claims=tuple(
                dataclasses.replace(c, scope="part") if c in added else c for c in event.fatality_claims))
        joined[position] = _combine(incident, dataclasses.replace(_others_dead_as_part(incident, event), event_date=incident.event_date,
                                                                  time_precision=incident.time_precision),
                                    retype=incident.id in by_its_dead)
    return joined


def _others_dead_as_part(incident: Event, mention: Event) -> Event:
    """The mention with its dead as a part of the incident's toll ("part") when it names other victims
    than the incident, which counts dead of its own ("Three attackers died" after "raiders stormed the
    market, killing 12"; "the soldiers who shot him" after "killing 14"), or a smaller group of its dead
    in the incident's voice (`_a_part_of_its_dead`: "two policemen" after nine dead): the other side's
    dead, or a group of them, are never the incident's conservative figure."""
    other_victims = bool(incident.actor2 and mention.actor2 and incident.actor2 != mention.actor2)
    counted = other_victims and any(c.scope == "event" for c in incident.fatality_claims)
    counted = counted or (_a_toll_of_its_own(incident, mention) and _a_part_of_its_dead(incident, mention))
    if not counted:
        return mention
    return dataclasses.replace(mention, fatality_claims=tuple(
        dataclasses.replace(c, scope="part") if c.scope == "event" else c for c in mention.fatality_claims))


# "Two more civilians died", "another three people": deaths beyond those already told.
_MORE_DEAD = re.compile(r"\b(?:more(?!\s+than)|another|additional|further)\b", re.I)


def _with_campaign_totals(events: list[Event], totals: list[tuple[FatalityClaim, tuple[ActorMention, ...]]]) -> list[Event]:
    """War-wide death claims join the operation they are about, never its coded fatalities.

    The operation is the first battle led by the side whose dead are counted ("12,000 Ukrainian
    soldiers killed in the operation" -> the Ukrainian incursion), else the first battle it fought.
    """
    for claim, mentions in totals:
        sides = {_side(m.actor) for m in mentions if m.actor.inter in (1, 2, 8)}
        battles = [e for e in events if e.event_type in ("Battles", "Explosions/Remote violence")]
        led = [e for e in battles if _side_of_name(e.actor1) in sides]
        fought = [e for e in battles if _side_of_name(e.actor2) in sides]
        target = next(iter(led or fought or battles), None)
        if target is None or claim in target.fatality_claims:
            continue
        events[events.index(target)] = dataclasses.replace(target, fatality_claims=target.fatality_claims + (claim,))
    return events


def _side_of_name(name: str | None) -> str | None:
    if name is None:
        return None
    for key in ("RUS", "UKR", "UKR-POLICE", "DPR", "LPR", "NAF", "WAGNER"):
        actor = ACTORS[key]
        if actor.name("2024-01-01") == name or actor.name("2015-01-01") == name or actor.name("2010-01-01") == name:
            return _side(actor)
    return None


def with_events(analysis: Analysis, doc: Any = None) -> Analysis:
    """The analysis with its events and territorial-control claims filled in."""
    from .control import find_control_claims

    note = language_note(analysis)
    if note is not None:
        return dataclasses.replace(analysis, events=(), control_claims=(), event_notes=(note,))
    with kept_parses():                # the article's parses, dropped when it is coded: memory stays flat
        events = _code_events(analysis, doc)
        claims = find_control_claims(analysis, doc, events=events)
    return dataclasses.replace(analysis, events=events, control_claims=claims, event_notes=())


@dataclass(frozen=True, slots=True)
class _Context:
    paragraph: tuple[int, int]
    previous_actors: tuple[ActorMention, ...]     # actors of the sentence before, same paragraph
    belligerents: tuple[Actor, ...]               # armed actors of the article, most named first
    last_event: Event | None
    has_place_here: bool = False                  # a geocoded place is named in this sentence
    war_context: bool = False                     # the article is about armed conflict at all
    country: str | None = None                    # the article's country (geography.article_country)


def _speaker(text: str, mention: ActorMention) -> bool:
    """The police named in the credit closing the sentence ("..., police said", "..., said Ali Nasser, a police
    officer") tell the act as the authority that looks into it, and take no part in it. An armed side's
    credit ("..., the army said") is left a side: a war's forces report their own acts."""
    if not _police(mention.actor):
        return False
    credited = credit_clause(text)
    return credited is not None and mention.start >= credited


def _belligerents(body: str, spans: tuple[tuple[int, int], ...], country: str | None
                  ) -> tuple[tuple[Actor, ...], dict[str, int]]:
    """The article's armed actors, most named first, and how often each is named in a way that
    makes the article about armed conflict: twice anywhere, or once in a paragraph with an event
    cue (a caption's "wishes to the military during a ceremony" counts once, and only once)."""
    counts: dict[str, int] = {}
    weight: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    cued_paragraphs: dict[tuple[int, int], bool] = {}
    for start, end in spans:
        found = tuple(m for m in find_actors(body[start:end], country) if not _speaker(body[start:end], m))
        paragraph = paragraph_of(body, start)
        if found and paragraph not in cued_paragraphs:      # read passage by passage: the cues' parse stays a paragraph's
            cued_paragraphs[paragraph] = any(find_cues(body[p_start:p_end]) for p_start, p_end in passages(body, spans)
                                             if paragraph[0] <= p_start < paragraph[1])
        cued = bool(found) and cued_paragraphs[paragraph]
        for mention in found:
            actors[mention.actor.key] = mention.actor
            if not mention.locative and mention.actor.inter in (1, 2, 8):
                counts[mention.actor.key] = counts.get(mention.actor.key, 0) + 1
                weight[mention.actor.key] = weight.get(mention.actor.key, 0) + (2 if cued else 1)
    return tuple(actors[key] for key, _ in sorted(counts.items(), key=lambda item: -item[1])), weight


def _code_sentence(analysis: Analysis, start: int, end: int, context: _Context
                   ) -> tuple[Event | None, tuple[ActorMention, ...], tuple[FatalityClaim, ...]]:
    body = analysis.article.body
    text, credit = without_credit(body[start:end])
    text = without_wire_slug(text)
    mentions = tuple(m for m in find_actors(text, context.country) if not m.locative and not _speaker(text, m))
    if text.rstrip().endswith("?"):
        return None, mentions, ()
    cues = find_cues(text)
    cue = _primary(cues)
    if cue is None:
        return None, mentions, ()
    claimant, source, quote = claimant_and_source(analysis, start, end, credit)
    if _commentary(quote, claimant, text, body):
        return None, mentions, ()
    deaths = deaths_in(text, tuple(f for f in analysis.figures if start <= f.start < end), claimant, offset=start)
    if _tally(analysis, text, start, end, cues, mentions):
        deaths = tuple(dataclasses.replace(d, scope="campaign") for d in deaths)
    # "Haddad was shot dead": a person named by name alone is counted once an act of the news holds, but
    # never makes one (a name is as often a person the story recalls as a casualty of its news)
    named = tuple(d for d in deaths if by_name_alone(d))
    deaths = tuple(d for d in deaths if not by_name_alone(d))
    totals = tuple(FatalityClaim(d.value, d.claimant, d.hedges, scope=d.scope, text=d.text)
                   for d in deaths if d.scope == "campaign")
    if deaths and all(d.scope == "campaign" for d in deaths):
        # "600 killed since the fighting began": a toll, kept as a claim; an act told beside it, apart
        # from the toll's clause, is the sentence's own incident, with none of the toll's dead
        # ("Clashes erupted again in Zabul, where fighting has killed 6,500 since 2010")
        tolls = [(c.start, c.end) for c in cues if c.sub_event_type == "casualty"]
        cues = tuple(c for c in cues if tolls and c.sub_event_type not in ("casualty", "take", "retake")
                     and apart_from(text, c.start, c.end, tolls))
        if not cues:
            return None, mentions, totals
    # the best cue that holds: "Boko Haram kills three soldiers, overrun army base" is a killing
    # even if the overrun held no ground the coder knows
    persons = person_spans(analysis, start, end)
    people = [(p_start - start, p_end - start) for p_start, p_end in persons]
    cue = next((c for c in cues if _cue_holds(c, mentions, deaths, text, context, people)), None)
    if cue is None:
        return None, mentions, totals
    not_places = tuple((start + m.start, start + m.end) for m in mentions) + persons
    text_end = start + len(text.rstrip())       # a headline's trailing credit names no place of the event
    location = locate(analysis.places, body, start, text_end, context=context.paragraph, cue_at=start + cue.start,
                      actor_spans=not_places, fallback=False, sentences=analysis.sentences)
    if location is None or location.place.feature == "country":      # "in Ukraine's Donetsk": look closer
        location = named_after_preposition(body, start, text_end, context.country) or location
    location = location or _actor_region(find_actors(text, context.country)) or \
        locate(analysis.places, body, start, text_end, context=context.paragraph, actor_spans=not_places, sentences=analysis.sentences)
    if location is not None and not location.in_sentence and context.last_event is not None \
            and context.last_event.location and location.place.name != context.last_event.location:
        location = _last_location(analysis, context.last_event) or location
    where = location.place.country if location else context.country
    agent, target = _sides(mentions, cue, text, cues, where=where) if mentions else \
        _sides(context.previous_actors, cue, text, cues, same_sentence=False, where=where)
    target = target or (ACTORS["CIV"] if _at_a_crowd(text, cue, agent) else None) \
        or _defender(agent, cue, location) or _opponent(agent, cue, context.belligerents, where) \
        or (ACTORS["CIV"] if _sectarian(deaths, text, cue, cues, mentions) else None)   # "a Catholic shot dead": by faith
    if agent is None and target is not None and target.inter in (1, 2, 8) and not names_its_agent(text[cue.end:]):
        # "two Ukrainian soldiers killed": the article's armed actor of the other side did it, else the war's
        # armed opponent there (ACLED's unidentified armed group when the war has no single one); not
        # when the report names the killer as a person ("shot dead by a comrade")
        agent = next((a for a in context.belligerents if not _same_side(a, target, where, inferred=True)),
                     unnamed_opponent(target, where, analysis.article.published.iso if analysis.article.published else None,
                                      location.place.admin1 if location else None, text,
                                      remote_weapon=any(c.sub_event_type in _REMOTE_WEAPONS for c in cues)))
    sub_event = _sub_event(cue, agent, target, location, text, cues)
    arrested = next((c for c in (_crowd_arrested(mentions, a, text) for a in cues if a.sub_event_type == "Arrests") if c),
                    None) if sub_event in ("Arrests", "Peaceful protest") else None
    if arrested is not None:
        # "six protesters were arrested", "police detained 40 demonstrators": ACLED's intervention in a protest
        sub_event, agent, target = "Protest with intervention", (agent if agent and agent.inter == 1 else ACTORS["POLICE"]), arrested
    armed_here = _armed(mentions)
    armed = armed_here or _armed(context.previous_actors)
    if event_type_of(sub_event) in _VIOLENT and not any(d.scope == "event" for d in deaths) and (
            (not armed_here and (striving(text, cue.start, cue.end) or between_people(text, cue.start, cue.end, people)
                                  or fights_a_cause(text, cue.start, cue.end)))
            or a_persons_own(text, cue.start, cue.end, people)):
        return None, mentions, totals       # "Bush attacked Trump", "Senators were fighting to be heard": words, not arms;
        #                                     "Bush endangered the troops with his attacks on Islam": his words, whoever else is named
    if event_type_of(sub_event) == "Protests" and (objected_by_a_person(text, cue.start, cue.end, people)
                                                  or (_PROTESTED_THAT.match(text, cue.end) is not None
                                                      and not crowd_subject(text, cue.start, cue.end))):
        return None, mentions, totals       # "Cruz is protesting the executive actions": one man objecting
    if sub_event not in _WAR_WEAPONS and _not_violence(text, mentions):
        return None, mentions, totals       # "the fight against the blaze", "died of Covid"
    if sub_event == "Agreement" and not (armed or _CONFLICT_DEAL.search(text)):
        return None, mentions, totals       # a bank's agreement is not a strategic development
    if sub_event == "Non-violent transfer of territory" and not armed and not context.war_context \
            and _ARMED_PLURALS.search(text, 0, cue.start) is None:
        return None, mentions, totals       # "the firm pulled out of the deal", "withdrew from the race": no ground
        #                                     changes hands without an armed side, here or in the article's war
    if event_type_of(sub_event) == "Protests" and agent is None and not (target is not None and target.inter in (5, 6)):
        agent = ACTORS["PROTEST"]           # ACLED names unnamed crowds "Protesters (<country>)"; a crowd that
        #                                     suffered the force ("Two protesters were shot dead") is its victim only
    # "12 killed in blast", "attack leaves 5 dead": an armed act with its own dead, whoever did it
    war_here = (_WAR_WORDS.search(text) is not None or cue.sub_event_type in _ARMED_ACTS) \
        and any(d.scope == "event" for d in deaths)
    crowd = agent is not None and agent.inter in (5, 6)     # protesters' force is political by itself
    placed_clash = _placed_clash(analysis, text, cue, location, context.paragraph) \
        or _dated_at(text, cue, location, deaths)
    # "the massacre Tuesday", "the slaughter early Sunday": a dated massacre or mass shooting is political violence by its name
    # when it has people as its victims or dead of its own: "Tuesday's slaughter of 300 sheep" is no massacre
    # a stabbing, a hacking, a beating to death hit people by themselves, dated or not
    named_violence = cue.sub_event_type == "Attack" and (
        (dated_act(text, cue.start, cue.end) and _hits_people(text, cue, deaths))
        or (_BLADE.match(cue.text) is not None and (_PERSON.search(text) is not None or _hits_people(text, cue, deaths))))
    named_violence = named_violence or _bomb_went_off(text, cue)
    if event_type_of(sub_event) in _VIOLENT and sub_event not in _WAR_WEAPONS and not armed and not named_violence \
            and not context.war_context and not war_here and not crowd and not placed_clash \
            and not _sectarian(deaths, text, cue, cues, mentions):
        return None, mentions, totals       # fireworks, a hockey fight, a kidnapping for ransom
    if sub_event == "Arrests" and (agent is None or agent.inter != 1):
        return None, mentions, totals       # a criminal arrest with no state force named is not political
    if sub_event == "Arrests" and not context.war_context and not (
            context.last_event is not None and context.last_event.event_type in ("Protests", "Riots")) \
            and not any(m.actor.inter in (2, 3, 5, 6) for m in mentions):
        return None, mentions, totals       # police arresting a drug dealer: an arrest is political only in
        #                                     an article about armed conflict, at a protest or riot it
        #                                     reports, or of an armed group's members or of protesters
    published = analysis.article.published.iso if analysis.article.published else None
    anchor = (_narrative_time(analysis, context.paragraph, start) or _last_day(analysis, start)) \
        if anaphoric_time(text) else None
    when = event_date(text, start, end, analysis.dates, published, cue=(cue.start, cue.end),
                      anchor=anchor.iso if anchor is not None else None)
    if before_news_window(when.iso, when.evidence, published):
        return None, mentions, totals       # "in 2011 Salafists attacked bars": history the article recalls
    if when.evidence == "publication date" and habitual(text, cue.start, cue.end):
        # "Residents described constant drone strikes": a habit or state of affairs with no day of its own
        # is background, no incident, and joins none; its dead are a toll
        return None, mentions, totals + _as_tolls(deaths)
    if _another_storys_headline(analysis, text, start, context.paragraph):
        return None, mentions, totals       # "Suicide bomber kills 12 at market" under "Related stories": not this article
    if _cross_head(analysis, text, start, context.paragraph) and when.evidence == "publication date" \
            and not (location is not None and location.in_sentence) and not any(d.scope == "event" for d in deaths):
        return None, mentions, totals       # "More bombing." between paragraphs: a topic heading, not a report
    year = year_of_act(text, cue.start, cue.end)
    if year is not None and before_news_window(str(year), str(year), published):
        return None, mentions, totals       # "the 2003 invasion of Iraq", "had been killed in a 2006 attack": history
    if _named_by_an_old_day(text, cue, published):
        return None, mentions, totals       # "the 9/11 attacks" in a 2015 report: an act remembered by its day
    if long_ago(text, cue.start, cue.end):
        return None, mentions, totals       # "killed by militants years ago", "the anniversary of the bombing": history
    if not _reported_as_happened(text, cue, deaths, when, location, _is_headline(analysis, text, context.paragraph)):
        return None, mentions, totals       # a plan, threat, generic statement or state of affairs
    if when.evidence == "publication date" and _told_in_the_past(analysis, start, context.paragraph, published):
        return None, mentions, totals       # "In 1998, ... In retaliation, Clinton ordered a strike": history
    if when.evidence == "publication date" and claimant is None and not _attributed(text) \
            and _in_a_background_block(analysis, start, end, context.paragraph, published):
        return None, mentions, totals       # "The group was founded in 2009. / Its fighters stormed a prison": history
    if _many_places(text) or (event_type_of(sub_event) in _VIOLENT and _over_the_whole_country(text, cues)):
        # "83 marchers in 14 towns have died": a toll, not one incident, kept as a claim like any toll
        return None, mentions, totals + _as_tolls(deaths)
    if sub_event == "Armed clash" and agent is None and target is None and when.evidence == "publication date" \
            and not any(d.scope == "event" for d in deaths) and not placed_clash:
        return None, mentions, totals       # "party leaders clashed sharply on TV": no armed side, day or dead
    country = location.place.country if location else context.country
    if agent is not None and target is not None and agent.name(when.iso, country) == target.name(when.iso, country):
        target = None                       # "Pakistani troops" and "soldiers" are one actor, never both sides
    if target is None and agent is not None and agent.inter in (2, 3, 4) and sub_event == "Armed clash" \
            and _AMONG_ARMED_GROUPS.search(text):
        target = agent                      # "clashes between rebel factions": the other side is such a group too
    inter1 = inter_code(agent, country) if agent else None
    inter2 = inter_code(target, country) if target else None
    deaths = deaths + named
    event_deaths = [d for d in deaths if d.scope == "event"]
    claims = tuple(FatalityClaim(d.value, d.claimant, d.hedges, scope=d.scope, text=d.text) for d in deaths)
    place = location.place if location else None
    event = Event(
        event_date=when.iso, time_precision=when.time_precision,
        event_type=event_type_of(sub_event), sub_event_type=sub_event,
        actor1=agent.name(when.iso, country) if agent else None, actor2=target.name(when.iso, country) if target else None,
        inter1=inter1, inter2=inter2,
        country=country, admin1=place.admin1 if place else None,
        location=place.name if place else None,
        latitude=place.lat if place else None, longitude=place.lon if place else None,
        geo_precision=location.geo_precision if location else None,
        fatalities=_conservative(event_deaths),
        fatality_claims=claims, claimant=claimant, source=source,
        notes=_notes(when.iso, body[start:end].strip(), claimant, source),
        evidence=Evidence(analysis.article.id, start, end),
        hedges=tuple(dict.fromkeys(find_hedges(text) + (quote.hedges if quote else ()))),
        date_evidence=when.evidence,
        civilian_targeting=bool(target and target.inter == 7),
        article_url=analysis.article.url or analysis.article.source.get("uri"),
    )
    return dataclasses.replace(event, id=_event_id(event)), mentions, ()


# A count of places: the deaths or acts it goes with are spread over many incidents.
# Two to four places ("killed five civilians in two villages near Kharkiv") are as often one raid as
# several: only a count of five or more, or a vague many, makes a toll.
# "protested that the aides knew": an objection in words, its content a that-clause
_PROTESTED_THAT = re.compile(r"(?<=protested)\s+that\b|(?<=protesting)\s+that\b", re.I)
_MANY_PLACES = re.compile(r"\b(?:in|across|at)\s+(?:more\s+than\s+|at\s+least\s+|over\s+|some\s+|about\s+|nearly\s+)?"
                          r"(?P<count>" + NUMBER_PATTERN + r"|several|many|dozens\s+of|hundreds\s+of)\s+"
                          r"(?:cities|towns|villages|provinces|regions|districts|countries|states|locations|places)\b", re.I)
# The whole country: "23 insurgents killed across the country", "nationwide", "all over the nation": dead
# or strikes told over a country are a tally of many incidents. A protest wave across a country is one
# coded event (ACLED codes a nationwide protest at the country), so it is read for violence only.
_WHOLE_COUNTRY = re.compile(r"\b(?:across|throughout|all\s+over|around)\s+the\s+(?:country|nation)\b|"
                            r"\b(?:nation|country)wide\b", re.I)


def _as_tolls(deaths: tuple[DeathCount, ...]) -> tuple[FatalityClaim, ...]:
    """The sentence's dead of one incident, told instead as a toll (a habit's, many places' or a
    whole country's): claims of scope campaign, never an event's fatalities."""
    return tuple(FatalityClaim(d.value, d.claimant, d.hedges, scope="campaign", text=d.text)
                 for d in deaths if d.scope == "event")


def _violent_cue(cue: Cue) -> bool:
    """A cue of a violent act: a casualty word, a battle, an explosion, an attack, a riot (a taking
    of ground is none)."""
    return cue.sub_event_type == "casualty" or (cue.sub_event_type not in ("take", "retake")
                                                and event_type_of(cue.sub_event_type) in _VIOLENT)


def _over_the_whole_country(text: str, cues: tuple[Cue, ...]) -> bool:
    """The sentence's act itself is told over the whole country: the phrase stands right after a
    violent cue or the parse hangs it on one ("were killed nationwide", "raids across the country"),
    not on another word of the sentence ("a bomb killed nine, and anger spread across the country", "the
    latest in a nationwide wave of killings": one incident)."""
    acts = [(c.start, c.end) for c in cues if _violent_cue(c)]
    for match in _WHOLE_COUNTRY.finditer(text):
        if any(end <= match.start() and not text[end:match.start()].strip() for _, end in acts):
            return True
        tokens = [t for t in parsed(text) if match.start() <= t.idx < match.end()]
        heads = [t.head for t in tokens if t.head not in tokens]
        if any(start <= head.idx < end for head in heads for start, end in acts):
            return True
    return False


def _many_places(text: str) -> bool:
    """True when the sentence spreads its acts over five or more places, or over many.

    >>> _many_places("83 marchers in 14 towns have died"), _many_places("killed five civilians in two villages")
    (True, False)
    """
    for match in _MANY_PLACES.finditer(text):
        count = parse_number(match.group("count"))
        if count is None or count >= 5:
            return True
    return False


def _told_in_the_past(analysis: Analysis, start: int, paragraph: tuple[int, int], published: str | None) -> bool:
    """A sentence with no time of its own is told at the time its paragraph last named: "In
    January, militants beheaded 21 Christians. They later seized Sirte." (before the news window).
    A quotation set off as a paragraph of its own after a line that introduces it ("Reporter X
    says:") is told at the time that line names, or, when it or the passage before it names a
    report or broadcast, at that report's time: "it was reported live on September 11th on CNN. /
    Reporter X says: / 'Libyan forces were engaged in heavy clashes'". Any other passage before is
    background, not the quote's time: "Islamic State captured Sirte in 2015. / A resident told
    Reuters by phone: / 'Militants attacked the market'" is today's news."""
    body = analysis.article.body
    earlier = _anchors(analysis, paragraph[0], start)
    intro = _paragraph_before(body, paragraph)
    if not earlier and intro is not None and body[intro[0]:intro[1]].rstrip().endswith(":"):
        earlier = [d for d in analysis.dates if intro[0] <= d.start < intro[1] and d.iso]
        passage = _paragraph_before(body, intro) or intro
        if not earlier and _REPORT_OR_BROADCAST.search(body, passage[0], intro[1]):
            earlier = [d for d in analysis.dates if passage[0] <= d.start < intro[0] and d.iso]
    if not earlier and intro is not None and not any(d.iso for d in analysis.dates if paragraph[0] <= d.start < paragraph[1]) \
            and _goes_on(body[paragraph[0]:paragraph[1]]):
        # a paragraph with no time at all that goes on with the story before it (a pronoun, a connective or
        # a sequencer opens it) is told at that story's time: "In 2013, rebels stormed the prison. / They
        # shot dead nine guards." Any other undated paragraph is today's news, whatever the background
        # paragraph before it named ("Tunis has been tense since 2013 ... / Gunmen shot dead five policemen")
        found = _narrative_time(analysis, intro, intro[1])
        earlier = [found] if found is not None else []
    if not earlier:
        return False
    last = max(earlier, key=lambda d: d.start)
    return before_news_window(last.iso, last.text, published)


# Words that tell a life's or a group's history, not the news: "born in", "grew up", "founded in",
# "has a history of"; read in the act's own sentence only, and never a passive "was established/created"
# ("A curfew was established in the district" is news)
_BACKGROUND = re.compile(r"\b(?:(?:was|were)\s+born|born\s+(?:in|on|into)|grew\s+up|(?:had|has|have)\s+grown\s+up|growing\s+up|"
                         r"(?<!was\s)(?<!were\s)(?:founded|formed)\s+in\b|"
                         r"(?:has|have|had)\s+a\s+(?:long\s+)?history\s+of|dates?\s+back\s+to)", re.I)


# A report's attribution ("police said", "according to witnesses"): a sentence told by a source is the
# news's, not the writer's own retelling of history (sourcing's verbs of reporting)
def _attributed(text: str, start: int = 0, end: int | None = None) -> bool:
    part = text[start:end]
    return _REPORTING.search(part) is not None or re.search(r"\baccording\s+to\b", part, re.I) is not None


# A paragraph that sets the news beside the past ("a similar attack in 2013", "the deadliest since
# 2013") is part of the news, not a block of history; an act told as "also" or "then" goes on with it
_COMPARISON = re.compile(r"\b(?:similar|previous|worst|deadliest|bloodiest)\b", re.I)
_GOES_ON_WITH_NEWS = re.compile(r"\b(?:also|then)\b", re.I)
_QUOTE_MARK = re.compile(r"[\"“”]|''")


def _in_a_background_block(analysis: Analysis, start: int, end: int, paragraph: tuple[int, int],
                           published: str | None) -> bool:
    """A sentence with no time of its own, told in the writer's voice (the caller checks it has no
    claimant), in a paragraph that names no time of the news window and sits in a block of history:
    the paragraph tells a life's or a group's past ("born in", "grew up", "founded in", "has a
    history of"), or names only years before the report's ("He fought in the hills. In 1978 he was
    jailed."), or the last paragraph before it that names a time names one of an earlier year, with
    no paragraph of the news between ("The movement was set up in 2009. / Its fighters stormed a
    prison and freed 300 men."). A paragraph that names a time of the news window, or a
    time the reader can only take as recent ("on Monday", "last week"), is the news; so is what
    follows a paragraph of a source's words (a quotation, "said"): a block of history is the
    writer's own telling. The lead (no paragraph of the story's prose before it) is the news."""
    if not published or len(published) < 4:
        return False
    year = published[:4]
    body = analysis.article.body

    def news_time(span: tuple[int, int]) -> bool:
        text = body[span[0]:span[1]]
        found = read_date(text, published)
        return any(not before_news_window(d.iso, d.text, published) for d in analysis.dates
                   if span[0] <= d.start < span[1] and d.iso) \
            or (found is not None and not before_news_window(found.iso, found.evidence, published))

    def years(span: tuple[int, int], skip: tuple[int, int] = (0, 0)) -> list[DateMention]:
        return [d for d in _anchors(analysis, span[0], span[1]) if not skip[0] <= d.start < skip[1]]

    if not _after_prose(body, paragraph[0]) or news_time(paragraph) or _attributed(body, paragraph[0], paragraph[1]) \
            or _QUOTE_MARK.search(body, paragraph[0], paragraph[1]) or _GOES_ON_WITH_NEWS.search(body, start, end):
        return False
    if _BACKGROUND.search(body, start, end):
        return True
    own = years(paragraph, (start, end))
    if own:
        return all((d.iso or "")[:4] < year for d in own)
    here = paragraph
    for _ in range(4):
        before = _paragraph_before(body, here)
        if before is None or news_time(before) or _attributed(body, before[0], before[1]) \
                or _QUOTE_MARK.search(body, before[0], before[1]) or _COMPARISON.search(body, before[0], before[1]):
            return False        # a source's words ("..., who served in Iraq from 2013 to 2015, said"): the news's talk
        named = years(before)
        if named:
            return (max(named, key=lambda d: d.start).iso or "")[:4] < year
        if _BACKGROUND.search(body, before[0], before[1]):
            return True
        here = before
    return False


# A paragraph that goes on with the story of the paragraph before it: it opens with a personal
# pronoun ("They shot dead nine guards") or a connective ("But ...", "And ..."); one opened by a time
# told from another ("Hours later, ...") goes on too (when.anaphoric_time). It goes on at that
# paragraph's narrative time (_anchors), not at the start of a period running to the report. A
# pronoun that is the subject of a reporting verb ("She said gunmen ...") is a speaker of the report
# (aspect.speaker_opens): what she says is told at its own time, not at the story's before it.
_GOES_ON = re.compile(r"\W*(?:he|she|they|it|his|her|their|its|but|and|yet)\b", re.I)


def _goes_on(paragraph: str) -> bool:
    """The paragraph continues the one before it rather than opening a passage of its own.

    >>> _goes_on("They shot dead nine guards."), _goes_on("Hours later, militants struck."), _goes_on("Police said so.")
    (True, True, False)
    >>> _goes_on("She said gunmen shot dead five policemen.")
    False
    """
    first = re.split(r"(?<=[.!?])\s", paragraph.strip(), maxsplit=1)[0]
    if anaphoric_time(first) is not None:
        return True
    return _GOES_ON.match(first) is not None and not speaker_opens(first)


def _anchors(analysis: Analysis, start: int, end: int) -> list[DateMention]:
    """The dates named in body[start:end] the story can be told at: not the start of a period that
    runs on to the report ("calm since a truce in 2014", when.opens_a_period), a background."""
    body = analysis.article.body
    published = analysis.article.published.iso[:10] if analysis.article.published else None
    return [d for d in analysis.dates if start <= d.start < end and d.iso
            and (published is None or d.iso[:10] <= published)      # "next Tuesday's primary": a plan's day
            and not opens_a_period(body[max(start, d.start - 120):d.start], d.text)]


def _narrative_time(analysis: Analysis, paragraph: tuple[int, int], upto: int, depth: int = 4) -> DateMention | None:
    """The time the story was last told at before `upto` in `paragraph`: the last date named there,
    else, when the paragraph goes on with the one before it (`_goes_on`), that paragraph's; else
    None (an undated paragraph that opens a passage of its own is today's news). "Hours later"
    after "Police said the attackers escaped" is told from the news, not from a year named in a
    background paragraph before that one."""
    earlier = _anchors(analysis, paragraph[0], upto)
    if earlier:
        return max(earlier, key=lambda d: d.start)
    body = analysis.article.body
    before = _paragraph_before(body, paragraph)
    if depth and before is not None and _goes_on(body[paragraph[0]:paragraph[1]]):
        return _narrative_time(analysis, before, before[1], depth - 1)
    return None


def _last_day(analysis: Analysis, upto: int) -> DateMention | None:
    """The last day (a date of day precision) the article named before `upto`: what a time told from
    another day ("The following day, ...") is told from when no paragraph going on with the story
    before it names a time (`_narrative_time`). A day, never a month or a year: "the following day"
    needs a day to follow, and an aside's "in 2013" is none."""
    days = [d for d in _anchors(analysis, 0, upto) if d.precision in ("day", "minute") and len(d.iso or "") >= 10]
    return max(days, key=lambda d: d.start) if days else None


# A report or broadcast an introduced quotation may come from, with a time of its own
_REPORT_OR_BROADCAST = re.compile(r"\b(?:report(?:ed|s)?|broadcasts?|aired|footage|recordings?|recorded|transcripts?|"
                                  r"archives?|bulletins?|newsreels?|live on)\b", re.I)


def _paragraph_before(body: str, paragraph: tuple[int, int]) -> tuple[int, int] | None:
    spans = [p for p in paragraph_spans(body) if p[1] <= paragraph[0]]
    return spans[-1] if spans else None


# A news agency's slug before its headline ("UPDATE 1-", "WRAPUP 5-", "REFILE-"): the version of the
# story, not a word of it ("UPDATE 1-Drone strike kills two" reads "Drone strike kills two").
_WIRE_SLUG = re.compile(r"^\s*(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|REPEAT|CORRECTION|INSIGHT|ANALYSIS|FACTBOX|"
                        r"EXCLUSIVE|TIMELINE|PREVIEW|SCENARIOS)(?:\s+\d+)?(?:\s*-\s*|:\s+))+")


def without_wire_slug(text: str) -> str:
    """The sentence with an agency's slug blanked out, its offsets kept.

    >>> without_wire_slug("UPDATE 1-Drone strike kills two in Somalia")
    '         Drone strike kills two in Somalia'
    >>> without_wire_slug("Update on the fighting in Aleppo")
    'Update on the fighting in Aleppo'
    """
    slug = _WIRE_SLUG.match(text)
    return " " * slug.end() + text[slug.end():] if slug else text


def _placed_clash(analysis: Analysis, text: str, cue: Cue, location: Location | None,
                  paragraph: tuple[int, int]) -> bool:
    """A headline that names clashes, as a noun, at a place below the country ("Clashes in the
    countryside of Aleppo", "Fierce clashes take place in Daraa city") reports an armed clash
    even with no side, day or dead; a verb ("rival politicians clashed") does not.
    """
    placed = _placed_below_country(location)
    return placed and cue.sub_event_type == "Armed clash" and _CLASH_NOUN.match(cue.text) is not None \
        and _FIGURATIVE_COMPLEMENT.match(text, cue.end) is None \
        and _is_headline(analysis, text, paragraph) and nominal_event(text, cue.start, cue.end)


def _dated_at(text: str, cue: Cue, location: Location | None, deaths: tuple[DeathCount, ...]) -> bool:
    """An armed act named as a noun with a day of its own, at a place below the country, with people
    as its victims or dead of its own ("Sunday's attack on worshippers in Orlando", "the bombing on
    Friday in Quetta that killed 12"): an incident even with no side named. The day tells that the act
    took place, not that it was violence: "Monday's attack on the budget in Ottawa" is none."""
    placed = _placed_below_country(location)
    return placed and cue.rank <= 5 and dated_act(text, cue.start, cue.end) and _hits_people(text, cue, deaths)


# "a bomb exploded", "an explosive device went off", "a roadside IED": an explosive made to kill went off,
# violence by itself, with or without dead (not an "explosion", which may be a gas main's). The going off is
# told by a verb ("the car bomb scene" tells none), and a "device" is an explosive one (a phone also goes off);
# the word before the bomb is read by _bomb_went_off
_BOMB_WENT_OFF = re.compile(r"\b(?:(?:car\s+|roadside\s+)?bombs?|explosives?|explosive\s+devices?|ieds?)\s+"
                            r"(?:went|go|goes|(?:had|has|have)\s+gone)\s+off|"
                            r"\b(?:(?:car\s+|roadside\s+)?bombs?|explosive\s+devices?|ieds?)\s+(?:exploded|detonated)|"
                            r"\bieds?\b|improvised\s+explosive", re.I)
# Bombs made to frighten, mark, soothe or amuse, not to kill: "a smoke bomb", "a stink bomb", "a bath bomb"
_HARMLESS_BOMB = re.compile(r"\b(?:smoke|stink|stench|glitter|bath|paint|water|sound|photo|seed|truth|confetti|"
                            r"flour|colou?r|joke|dummy|fake|hoax|prop|toy|love|cherry|fart)[\s-]+$", re.I)


def _bomb_went_off(text: str, cue: Cue) -> bool:
    """The cue opens the telling of an explosive made to kill going off (_BOMB_WENT_OFF: "a car bomb"
    followed by "exploded"), and the word before it names no harmless bomb ("smoke bombs went off")."""
    return _BOMB_WENT_OFF.match(text, cue.start) is not None \
        and _HARMLESS_BOMB.search(text[max(0, cue.start - 20):cue.start]) is None


# "the massacre of 49 people", "Sunday's attack on worshippers": the act's victims are people
_ON_PEOPLE = re.compile(r"\s+(?:of|on|against|upon)\s+(?:[\w'’,-]+\s+){0,3}?" + _PERSON.pattern, re.I)


def _hits_people(text: str, cue: Cue, deaths: tuple[DeathCount, ...]) -> bool:
    """The act named at `cue` has people as its victims ("of 49 people", "on worshippers") or the
    sentence gives dead of its own."""
    return _ON_PEOPLE.match(text, cue.end) is not None or any(d.scope == "event" for d in deaths)


_CLASH_NOUN = re.compile(r"(?:clash(?:es)?|fighting|firefights?|gunfights?|gun ?battles?|skirmish(?:es)?)$", re.I)
# "Clashes of the titans", "Skirmishes over budget", "Clashes about pay": a contest of something, not a fight at a place
_FIGURATIVE_COMPLEMENT = re.compile(r"\s+(?:of|over|about)\b", re.I)


def _placed_below_country(location: Location | None) -> bool:
    """The sentence itself names the act's place, inside one country and below it (a city, a
    province), not a country or a continent ("Europe" is a region of no country)."""
    return location is not None and location.in_sentence and bool(location.place.country) \
        and location.place.feature != "country"


def _is_headline(analysis: Analysis, text: str, paragraph: tuple[int, int]) -> bool:
    """A headline tells a past event in the present ("Gunmen attack museum", "Military offensive
    kills five separatists in Aceh."): the article's title, a line with no closing punctuation, or
    a short paragraph of its own (a headline is rarely longer than 14 words)."""
    stripped = text.strip()
    title = (analysis.article.title or "").strip()
    alone = analysis.article.body[paragraph[0]:paragraph[1]].strip() == stripped
    return bool(stripped) and (stripped == title or stripped[-1] not in ".!?\"”’')"
                               or (alone and _headline_length(stripped)))


# a headline is rarely longer than 14 words
_HEADLINE_WORDS = 14


def _headline_length(line: str) -> bool:
    """`line` is as short as a headline (14 words or fewer)."""
    return len(line.split()) <= _HEADLINE_WORDS


def _after_prose(body: str, start: int) -> bool:
    """The story's prose has begun before `start`: a paragraph of 20 words or more before it."""
    return any(len(body[s:e].split()) >= 20 for s, e in paragraph_spans(body) if e <= start)


def _another_storys_headline(analysis: Analysis, text: str, start: int, paragraph: tuple[int, int]) -> bool:
    """A line of its own with no closing punctuation, not the title, as short as a headline, after
    two paragraphs of the story's prose (20 words or more; one alone may be a long standfirst),
    which all close with a stop: a headline of another story the page links to (related stories, a
    sidebar, a list of the latest news), not a report of this article. A line the article's own
    prose leaves unpunctuated is no such headline, nor is a report's paragraph that only lost its
    last full stop (longer than a headline)."""
    body = analysis.article.body
    stripped = text.strip()
    if not stripped or stripped[-1] in ".!?\"”’')" or stripped == (analysis.article.title or "").strip() \
            or body[paragraph[0]:paragraph[1]].strip() != stripped or not _headline_length(stripped):
        return False
    prose = [body[s:e].strip() for s, e in paragraph_spans(body) if e <= start and len(body[s:e].split()) >= 20]
    return len(prose) >= 2 and all(p[-1] in ".!?\"”’')" for p in prose)


def _cross_head(analysis: Analysis, text: str, start: int, paragraph: tuple[int, int]) -> bool:
    """A heading between the article's paragraphs ("Troop presence.", "More bombing."): a verbless
    line of its own, not the title, after the story's prose has begun (a paragraph of 20 words or
    more before it). It names a topic the next paragraphs discuss; only a place, day or dead of its
    own would make it a report."""
    body = analysis.article.body
    if text.strip() == (analysis.article.title or "").strip() or body[paragraph[0]:paragraph[1]].strip() != text.strip():
        return False
    return _after_prose(body, start) and verbless(text)


def _reported_as_happened(text: str, cue: Cue, deaths: tuple[DeathCount, ...], when: Any,
                          location: Location | None, headline: bool) -> bool:
    """The cue's clause tells an act that took place (aspect.not_happened reads tense, aspect,
    mood, negation and embedding from the parse). A present perfect with no count, day or place
    of its own ("fighting has escalated in recent days") is a state of affairs, not an incident."""
    verdict = not_happened(text, cue.start, cue.end, headline)
    if verdict is None:
        return True
    if verdict == "perfect" and headline:
        return True                         # "Bandits have killed a village chief"
    if verdict == "person":                 # "a general who ordered the strike": who someone is
        return when.evidence not in ("publication date", "no date") and when.time_precision == 1
    if verdict == "pluperfect":             # "had been killed in an attack": before the story's time
        return (when.evidence not in ("publication date", "no date") and when.time_precision == 1) \
            or any(d.scope == "event" for d in deaths)
    if verdict == "perfect":
        own_day = when.evidence not in ("publication date", "no date") and when.time_precision == 1
        if aside_on_a_noun(text, cue.start, cue.end):
            return own_day                  # "Hezbollah, which has lost 6,000 fighters in Syria, ...": what the group
            #                                 has been through, a toll, unless the aside names the act's own day
        # the place has to be the act's own ("have shelled Kharkiv", "fighting has raged in Aleppo"), not
        # a word of another phrase ("in the wake of the Paris attacks, the U.S. has stepped up airstrikes")
        placed = _placed_below_country(location) and location is not None and placed_act(
            text, cue.start, cue.end, name_spans(location.place.name, text))
        return own_day or placed or any(d.scope == "event" for d in deaths)
    return False


# "I don't think we can talk about a large-scale offensive", "in my view": an analyst's reading of
# the war, not a report of an act (ACLED codes reported acts, not commentary on them).
_OPINION = re.compile(r"\b(?:I|we)\s+(?:do\s+not\s+|don[’']t\s+)?(?:think|believe|expect|suspect|assume|guess|"
                      r"would\s+argue)\b|\bin\s+my\s+(?:view|opinion)\b|\bI[’']m\s+not\s+sure\b", re.I)
_ANALYSTS_SAY = re.compile(r"\s*(?:some\s+|western\s+|military\s+|defen[cs]e\s+)*(?:" + "|".join(COMMENTATORS) + ")"
                           r"\s+(?:have\s+)?(?:said|say|says|indicated|suggest(?:s|ed)?|believe[ds]?|estimate[ds]?)\b", re.I)
_SPECULATIVE = re.compile(SPECULATIVE_PAST + r"\b", re.I)


def _commentary(quote: Any, claimant: str | None, text: str, body: str) -> bool:
    """True for a sentence that comments on the war rather than reports an act in it: inside a
    direct quotation that gives the speaker's opinion, or a speculation by unnamed analysts."""
    if quote is not None and quote.direct and _OPINION.search(body[quote.start:quote.end]):
        return True
    unnamed = is_unnamed_commentator(claimant) or _ANALYSTS_SAY.match(text) is not None
    return unnamed and _SPECULATIVE.search(text) is not None


# How far back a report's own news reaches: the operation a report follows may have begun weeks
# before; older dates are history. On the tuning split of the events gold set any window from 14
# to 60 days gives the same figures (7 drops recall, 90 and more code history); 45 is inside that.
NEWS_WINDOW_DAYS = 45


def _named_by_an_old_day(text: str, cue: Cue, published: str | None) -> bool:
    """The act is named by a day written "9/11" (aspect.day_label) that, read month first or day first,
    falls more than a week before the report, in its year or the year before: a past act remembered
    by its day (the news names its own week's acts by their weekday) ("the 9/11 attacks", "the 26/11 attacks" in a later year's report). A label read as a day
    of the news window ("the 9/11 attacks" in a report of 14 September 2001) leaves the act told.

    >>> _named_by_an_old_day("after the 9/11 attacks", Cue("Armed clash", 15, 22, "attacks", 5), "2015-11-30")
    True
    >>> _named_by_an_old_day("after the 9/11 attacks", Cue("Armed clash", 15, 22, "attacks", 5), "2001-09-14")
    False
    """
    label = day_label(text, cue.start, cue.end)
    if label is None or not published or len(published) < 10:
        return False
    report = dt.date.fromisoformat(published[:10])
    days = []
    for month, day in (label, label[::-1]):
        for year in (report.year, report.year - 1):
            try:
                days.append(dt.date(year, month, day))
            except ValueError:
                continue
    days = [d for d in days if d <= report]
    return bool(days) and all(d < report - dt.timedelta(days=7) for d in days)


def before_news_window(iso: str | None, evidence: str, published: str | None) -> bool:
    """True when the incident's own time expression puts it before the report's news window.

    >>> before_news_window("2011", "in 2011", "2015-03-18"), before_news_window("2015-02-20", "February 20", "2015-03-18")
    (True, False)
    >>> before_news_window("1968", "in 1968", "1996"), before_news_window("1996-03", "in March", "1996")
    (True, False)

    An act the report can date only to an earlier month than its own ("last month", "in August" in a
    September report) is outside its news too: news tells its own incidents by the day.

    >>> before_news_window("2016-08", "last month", "2016-09-06"), before_news_window("2016-09", "this month", "2016-09-06")
    (True, False)

    So is one it dates only to an earlier year ("last year" in January).

    >>> before_news_window("2007", "last year", "2008-01-08"), before_news_window("2008", "this year", "2008-01-08")
    (True, False)
    """
    if not iso or not published or evidence in ("publication date", "no date") or len(published) < 4:
        return False
    if len(iso) == 7 and len(published) >= 7 and iso < published[:7]:
        return True
    if len(iso) == 4 and iso < published[:4]:
        return True                # "last year", "in 2007" in a 2008 report: dated by an earlier year only
    try:
        # a report known only to its month or year ("1996") began its news window no earlier than
        # that period's first day
        report = dt.date(int(published[:4]), int(published[5:7]) if len(published) >= 7 else 1,
                         int(published[8:10]) if len(published) >= 10 else 1)
        year = int(iso[:4])
        month = int(iso[5:7]) if len(iso) >= 7 else 12
        day = int(iso[8:10]) if len(iso) >= 10 else calendar.monthrange(year, month)[1]
        last = dt.date(year, month, day)
    except ValueError:
        return False
    return last < report - dt.timedelta(days=NEWS_WINDOW_DAYS)




# "clashes between rebel factions", "militia clashes", "rival gangs fought": armed groups on both sides
_AMONG_ARMED_GROUPS = re.compile(
    r"\b(?:between|among)\s+(?:rival\s+|armed\s+|two\s+)?(?:rebel\s+|militia\s+|armed\s+|jihadist\s+|insurgent\s+|"
    r"opposition\s+)?(?:factions|militias|groups|gangs|clans|militiamen)\b|"
    r"\b(?:militia|factional|inter-?factional|intra-?rebel|rival|inter-?communal|inter-?ethnic|tribal|clan|gang)\s+"
    r"(?:clash(?:es)?|fighting|battles?|feud)\b", re.I)


def _tally(analysis: Analysis, text: str, start: int, end: int, cues: tuple[Cue, ...],
           mentions: tuple[ActorMention, ...] = ()) -> bool:
    """A count of the dead that names no act and no place below the country, broken down by who
    died ("More than 130 people were killed yesterday, including 106 soldiers"), is a tally over
    many incidents, a toll of the war rather than one incident's dead (a running toll, "Syria death
    toll tops 136,000", is one too: `is_campaign_total` reads it). A killer named before the
    count ("Gunmen killed 12 people ..., including three children") makes it one attack."""
    if not cues:
        return False
    if any(c.sub_event_type != "casualty" for c in cues) or BREAKDOWN.search(text) is None:
        return False
    if any(m.actor.inter not in (5, 6, 7) and m.start < cues[0].start and not m.after_by for m in mentions):
        return False
    return not any(p.feature != "country" and place_mentions(p, analysis.article.body, start, end)
                   for p in analysis.places)


def _primary(cues: tuple[Cue, ...]) -> Cue | None:
    return cues[0] if cues else None


def _cue_holds(cue: Cue, mentions: tuple[ActorMention, ...], deaths: tuple[DeathCount, ...], text: str,
               context: _Context, people: list[tuple[int, int]]) -> bool:
    """A bare casualty word holds only as a conflict casualty, and not as the kind of another noun
    ("a death order", "death threats": aspect.names_a_kind); a taking only of ground held; a weapon's
    name only when the sentence uses the weapon or counts dead of its own (aspect.idle_weapon)."""
    if cue.sub_event_type == "casualty":
        return _casualty_is_event(mentions, deaths, text, context, cue) and not names_a_kind(text, cue.start, cue.end)
    if cue.sub_event_type in ("take", "retake"):
        return _territorial(mentions, context, text, cue)
    if cue.sub_event_type == "Shelling/artillery/missile attack" and not any(d.scope == "event" for d in deaths) \
            and idle_weapon(text, cue.start, cue.end):
        return False        # "a missile programme", "the Houston Rockets": a weapon named, none fired
    if _UNDER_FIRE.search(cue.text) and not _fire_from_arms(text, cue, mentions, people):
        return False        # "came under fire from his rivals", "under fire over the emails": criticism
    if cue.sub_event_type not in _REMOTE_WEAPONS and modifies_a_thing(
            text, cue.start, cue.end, [(c.start, c.end) for c in find_cues(text) if c != cue]):
        return False        # "a mob mentality", "a marching band": a kind of thing, not an act
    if cue.sub_event_type == "Excessive force against protesters" and killed_at_a_protest(cue.text):
        # "soldiers killed three people at a rally": force at a protest only with armed men named doing it;
        # "a bomb (a stampede) killed ten people at a rally" is no force on protesters
        return any(m.actor.inter in (1, 2, 3, 4, 8) and m.end <= cue.start for m in mentions)
    return True


_UNDER_FIRE = re.compile(r"under (?:\w+ )?fire", re.I)
# a span of time after "under fire" ("for two hours", "for nearly three hours", "for much of the night"):
# how long the fire lasted; a reason may still follow it ("for days over his remarks")
_SPAN = re.compile(r"\s+(?:over|for|about|after)\s+(?:(?:(?:more|less)\s+than|about|nearly|almost|over|at\s+least|"
                   r"some|several|many|two|three|four|five|six|\d+|an?|the\s+(?:whole|entire|rest\s+of\s+the)|"
                   r"much\s+of\s+the|most\s+of\s+the|more)\s+)*(?:hours?|minutes?|days?|nights?|weeks?|morning|"
                   r"afternoon|evening|night|day)\b", re.I)
_FOR_WHAT = re.compile(r"\s+(?:over|for|about|after)\b", re.I)
_FOR_WHAT_AFTER_SPAN = re.compile(r"\s+(?:over|for|about)\b", re.I)


# who speaks, not shoots: "under fire from his rivals", "from lawmakers", "from the media"
_CRITICS = re.compile(r"\b(?:critics?|rivals?|opponents?|lawmakers?|legislators?|senators?|congress\w*|MPs?|parliament\w*|"
                      r"deputies|democrats?|republicans?|conservatives?|liberals?|opposition|party|parties|media|press|"
                      r"journalists?|newspapers?|commentators?|activists?|campaigners?|unions?|voters?|fans?|colleagues?|"
                      r"members?|lawyers?|investors?|shareholders?|parents?|allies|groups?|advocates?|economists?|experts?|"
                      r"(?:all|both) sides|within)\b", re.I)


def _fire_from_arms(text: str, cue: Cue, mentions: tuple[ActorMention, ...], people: list[tuple[int, int]]) -> bool:
    """"Under fire" is arms unless what follows is a reason ("under fire over his remarks", "for
    the plan": criticism; "for two hours", "for much of the night" is how long it lasted) or a "from" naming critics ("from his rivals", "from lawmakers", "from the
    party", a named person); "from snipers", "from the hills", "from rebel
    positions" and no "from" at all ("came under heavy fire near the border") are arms."""
    end = cue.end
    span = _SPAN.match(text, end)
    if span is not None:
        end = span.end()
        if _FOR_WHAT_AFTER_SPAN.match(text, end):
            return False    # "for days over his remarks": a reason after how long
    elif _FOR_WHAT.match(text, end):
        return False
    after = text[end:]
    source = re.match(r"(?:\s+\w+)?\s+from\b" if not cue.text.lower().endswith("from") else "", after)
    if source is None:
        return True
    start = end + source.end()
    phrase = re.match(r"[^,.;:]*?(?=\s+(?:on|in|near|at|over|for|after|as|when|while|during)\b|[,.;:]|$)", text[start:])
    stop = start + (len(phrase.group(0)) if phrase else 0)
    if any(m.actor.inter in (1, 2, 3, 4, 8) and start <= m.start < stop for m in mentions):
        return True
    if _CRITICS.search(text, start, stop):
        return False
    return not any(start <= p_start < stop for p_start, _ in people)


def _casualty_is_event(mentions: tuple[ActorMention, ...], deaths: tuple[DeathCount, ...], text: str,
                       context: _Context, cue: Cue) -> bool:
    """A bare "killed"/"died" is a conflict event only in a text about armed actors, with a count
    for this event or a victim, and not when the sentence names an illness or an accident."""
    if _not_violence(text, mentions):
        return False
    armed_here = any(m.actor.inter in (1, 2, 3, 4, 8) for m in mentions)
    if not armed_here and not context.belligerents and not context.war_context \
            and not _sectarian(deaths, text, cue, (cue,), mentions):
        return False
    if any(d.scope == "event" for d in deaths):
        return True
    return not deaths and any(m.actor.inter in (1, 2, 7) for m in mentions)


# A casualty word that names no violent act: a bus crash kills, and people die of anything.
_BARE_DEATH = re.compile(r"(?:kill(?:s|ed|ing)?|dead|died|dies|deaths?|fatalit(?:y|ies)|wounded|injured|injuries|"
                         r"casualties|lost (?:their )?lives|perished|death toll)", re.I)
# How the dead died, told right after the death word: "when the roof fell in", "in a landslide", "by a lorry"
_CAUSE_TOLD = re.compile(r"\s+(?:(?:when|as|after|while)\s|(?:in|by|during|under|from)\s+(?:an?|the|their|his|her|its)\s)",
                         re.I)
_VIOLENT_CAUSE = re.compile(r"\b(?:" + ACT_NOUNS + r")\b", re.I)
# the killer right before the verb: "they killed", "raiders killed"
_KILLER_BEFORE = re.compile(r"(?:\b(?:he|she|they|who)\b|" + _PERSON.pattern + r")\s+(?:\w+ly\s+)?$", re.I)


def _sectarian(deaths: tuple[DeathCount, ...], text: str, cue: Cue, cues: tuple[Cue, ...],
               mentions: tuple[ActorMention, ...]) -> bool:
    """Dead of the sentence's own act named by their faith ("a Catholic shot dead", "killed nine
    Sikhs"), killed by a violent act: a killing for what the victims are, political violence with no
    war named. Faithful die in accidents too ("three Hindu pilgrims died when their boat tipped over"):
    the act must be named (a cue that is more than a death word, an armed actor), or the death word be
    a killing with no other cause told after it, done by someone named right before it or to the
    dead standing before it ("two Sikhs were killed on Friday"; not "a rockfall killed two Sikhs")."""
    if not any(d.scope == "event" and victims_by_faith(d) for d in deaths):
        return False
    if any(_BARE_DEATH.fullmatch(c.text) is None and _violent_cue(c) for c in cues) or any(m.actor.inter in (1, 2, 3, 4, 8) for m in mentions):
        return True     # "shot dead", "a bomb", "gunmen": the act is named
    if not cue.text.lower().startswith("kill"):
        return False
    cause = _CAUSE_TOLD.match(text, cue.end)
    if cause is not None:
        return _VIOLENT_CAUSE.search(text, cause.end(), _clause_end(text, cause.end())) is not None
    dead_first = any(d.scope == "event" and victims_by_faith(d) and d.text.endswith(cue.text) for d in deaths)
    return dead_first or _KILLER_BEFORE.search(text, 0, cue.start) is not None


_CLAUSE_STOP = re.compile(r"[,;:]|\s[-–—]\s")


def _clause_end(text: str, start: int) -> int:
    stop = _CLAUSE_STOP.search(text, start)
    return stop.start() if stop else len(text)


def _territorial(mentions: tuple[ActorMention, ...], context: _Context, text: str, cue: Cue) -> bool:
    """"liberated", "captured" are about ground only with an armed side and something held
    ("ten settlements", a place, the territory): "liberating for some people" is not, nor is a
    taking of things or people ("captured 20 rifles": aspect.takes_no_ground)."""
    if takes_no_ground(text, cue.start, cue.end):
        return False        # "captured 20 rifles", "seized two rebel commanders": things or people, no ground
    armed = any(m.actor.inter in (1, 2, 3, 8) for m in mentions + context.previous_actors)
    held = _HELD.search(text, cue.start) is not None or context.has_place_here
    if armed and held and cue.text.lower().startswith("enter"):
        return _entered_against(mentions, text, cue)
    return armed and held


# "the rebel-held town", "an enemy-controlled village": ground another side holds
_HELD_BY_OTHER = re.compile(r"\b(?:[\w]+-(?:held|controlled|occupied)|rebel|opposition|enemy|insurgent|militant|"
                            r"separatist|occupied)\b", re.I)


def _entered_against(mentions: tuple[ActorMention, ...], text: str, cue: Cue) -> bool:
    """Forces entering a place take it only when another side holds it: the object is named as held
    by another side, or the sentence names an opposing armed actor ("troops entered Kyiv for the
    parade", "troops entered Belarus for joint exercises" take nothing)."""
    if _HELD_BY_OTHER.search(cue.text) is not None:
        return True
    armed = [m.actor for m in mentions if m.actor.inter in (1, 2, 3, 8)]
    return any(not _same_side(a, b, None) for a in armed for b in armed if a.key != b.key)


_ACTOR_REGIONS = {"DPR": "Donetsk Oblast", "LPR": "Luhansk Oblast"}


def _actor_region(mentions: tuple[ActorMention, ...]) -> Location | None:
    """"in the DPR", "LPR militiaman killed": the self-proclaimed republics stand for their oblast (precision 3)."""
    for mention in mentions:
        name = _ACTOR_REGIONS.get(mention.actor.key)
        if name:
            from ..enrich.gazetteer import load_gazetteer

            found = [c for c in load_gazetteer().lookup(name) if c.feature == "admin1" and c.country == "UA"]
            if found:
                c = found[0]
                return Location(Place(c.name, c.geonameid, c.lat, c.lon, c.admin1 or c.name, c.country, 1,
                                      feature="admin1"), 3, False)
    return None


def _last_location(analysis: Analysis, event: Event) -> Location | None:
    """With no place in its sentence or paragraph, an event is where the article's last event was."""
    place = next((p for p in analysis.places if p.name == event.location), None)
    return Location(place, max(event.geo_precision or 2, 2), False) if place else None


# an act aimed at a crowd: "opened fire on a crowd", "threw a grenade into the crowd", "blew himself up among a crowd"
_AT_A_CROWD = re.compile(r"\b(?:on|into|at|among|amid|through|upon|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?crowds?\b", re.I)


def _at_a_crowd(text: str, cue: Cue, agent: Actor | None) -> bool:
    """An armed act of no state force, aimed at a crowd named by no actor, was done to civilians: the
    crowd is not a side of a clash with anyone the article names elsewhere ("Gunmen opened fire on a
    crowd outside a cafe"). A state force's fire on a crowd is the protest's (`_sides`)."""
    if agent is not None and agent.inter in (1, 5, 6):
        return False
    return cue.rank <= 5 and _AT_A_CROWD.search(text, cue.start, min(len(text), cue.end + 60)) is not None


def _opponent(agent: Actor | None, cue: Cue, belligerents: tuple[Actor, ...], where: str | None = None
              ) -> Actor | None:
    """A battle's unnamed opponent: the article's most named armed actor of another side."""
    if agent is None or cue.rank > 5 or cue.sub_event_type == "casualty":
        return None
    return next((actor for actor in belligerents if not _same_side(actor, agent, where, inferred=True)), None)


def _defender(agent: Actor | None, cue: Cue, location: Location | None) -> Actor | None:
    """In a battle on a state's soil with no named opponent, the opponent is that state's forces."""
    if agent is None or location is None or cue.rank > 5 or cue.sub_event_type == "casualty":
        return None
    home = {"RU": "RUS", "UA": "UKR"}.get(location.place.country or "")
    if home and agent.country != location.place.country and agent.key in ("RUS", "UKR", "WAGNER"):
        return ACTORS[home]
    return None


def _sides(mentions: tuple[ActorMention, ...], cue: Cue, text: str, cues: tuple[Cue, ...],
           same_sentence: bool = True, where: str | None = None) -> tuple[Actor | None, Actor | None]:
    """(agent, target): the actor after "by", else the armed actor named before the cue, else the first."""
    armed = [m for m in mentions if m.actor.inter not in (5, 6, 7)]
    crowd = [m for m in mentions if m.actor.inter in (5, 6)]
    victims = [m for m in mentions if m.actor.inter == 7]
    if cue.sub_event_type in ("Peaceful protest", "Violent demonstration", "Mob violence") and crowd:
        return crowd[0].actor, (armed[0].actor if armed else None)
    if cue.rank == 5 and crowd and crowd[0].start < cue.start and not any(m.start < crowd[0].start for m in armed) \
            and not _PASSIVE.search(text[:cue.start]) and not any(m.after_by for m in armed):
        return crowd[0].actor, (armed[0].actor if armed else None)   # "protesters stormed ...": the crowd acted
        # ("protesters were attacked by police": the crowd suffered it)
    by_crowd = next((m for m in crowd if m.after_by and _BY_CUE.match(text, cue.end, m.start)), None)
    if cue.rank == 5 and by_crowd is not None and not any(m.after_by for m in armed):
        return by_crowd.actor, (armed[0].actor if armed else None)   # "was invaded on Friday by activists"
    if cue.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        police = armed[0].actor if armed else None
        return police, (crowd[0].actor if crowd else ACTORS["PROTEST"])
    agent = next((m for m in armed if m.after_by and _BY_CUE.match(text, cue.end, m.start)), None)
    if agent is None:
        before = [m for m in armed if m.start < cue.start]
        agent = before[-1] if before else (armed[0] if armed else None)
        if before and same_sentence and agent is not None:
            subject = subject_acting_on(text, tuple(armed), agent)
            if subject is not None and subject.start < agent.start:
                agent = subject         # "Gunmen killed two soldiers in a roadside blast": the clause's subject did it
        act = _ACT_VERB.search(text, cue.start, agent.start) if agent is not None and not before and not agent.after_by \
            and not _doer_of_act(text, cue, agent) else None
        if act is not None and agent is not None and (
                act.group("nominal") is None or patient_of_act(text, agent)):
            return None, agent.actor
            # "Suicide bomber kills 20 policemen", "Attack on police kills five": the armed actor named after
            # the act suffered it (not "a bomber of the Islamic State killed 20": the group named before the
            # verb is the bomber's own; nor "In an attack on Tuesday Taliban fighters killed 12": the noun's
            # "on" brought a day, and the Taliban are the clause's subject, `patient_of_act`)
    patients = [m for m in armed if same_sentence and patient_of_act(text, m)]
    if agent is not None and agent in patients:
        # "Bomb attack on army convoy kills 12": the army suffered the attack; the agent is an armed actor
        # named apart from it ("Taliban attack on army convoy"), else unknown
        doer = next((m for m in armed if m not in patients and not _same_side(m.actor, agent.actor, where)), None)
        return (doer.actor if doer else None), agent.actor
    others = [m for m in armed if agent is not None and m.actor.key != agent.actor.key
              and not _same_side(m.actor, agent.actor, where)
              and not (victims and same_sentence and turned_on_the_attacker(text, m))]
    # ("... killing four people before police shot him": the police answered the attack; its
    # victims are the people it killed)
    suffered = cue.sub_event_type == "casualty" and not cue.text.lower().startswith(KILLING_CUES) \
        and not _shot_dead_whom(text, cue.end)
    passive = same_sentence and agent is not None and not agent.after_by and 0 <= cue.start - agent.end <= 60 \
        and (suffered or _PASSIVE.search(text[:cue.start]) is not None
             or any(agent.end <= c.start <= cue.start and done_to(text, agent, c.start, c.end) for c in cues))
    if suffered and agent is not None and agent.start > cue.start and not agent.after_by:
        passive = True                  # "Losses of the Armed Forces of Ukraine ...": the named side suffered
    if same_sentence and agent is not None and not agent.after_by and _died(text, agent.end):
        passive = True                  # "Two soldiers die in a roadside blast": who died did not do it
    if passive and same_sentence and any(subject_acting_on(text, tuple(armed), m) is agent for m in others):
        passive = False                 # "Taliban fighters wounded three policemen": the verb's object suffered it
    if agent is not None and others:
        return (others[0].actor, agent.actor) if passive else (agent.actor, others[0].actor)
    if agent is not None and passive and victims:
        # "Police found the bodies of five men who had been shot dead": the men suffered it, not the
        # police who found them (no other armed side is named: `others` is empty here)
        done_to_whom = passive_subject(text, mentions, cue.start, cue.end)
        if done_to_whom is not None and done_to_whom.actor.inter == 7:
            return None, done_to_whom.actor
    if agent is not None and passive:
        return None, agent.actor
    if victims and (cue.sub_event_type in _CAUSE_OF_CASUALTY or cue.rank >= 3):
        return (agent.actor if agent else None), victims[0].actor
    if agent is None and victims:
        return None, victims[0].actor
    return (agent.actor if agent else None), None


# between an arrest verb and its object, the count and its words ("arrested at least 40", "dozens of")
_COUNT_BEFORE_CROWD = re.compile(r"\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|dozens|hundreds|scores|"
                                 r"several|many|of|the|[\d,]+|" + NUMBER_PATTERN + r")\s+)*$", re.I)


def _crowd_arrested(mentions: tuple[ActorMention, ...], cue: Cue, text: str) -> Actor | None:
    """The protesters or rioters an arrest cue was done to, or None: the subject of its passive
    ("six protesters were arrested") or its object ("police detained 40 demonstrators"). ACLED codes
    arrests of demonstrators as the protest's intervention, not as arrests of their own.

    >>> t = "Police arrested at least 40 demonstrators near the palace."
    >>> _crowd_arrested(find_actors(t, "FR"), find_cues(t)[0], t).key
    'PROTEST'
    >>> t = "Police arrested the man who filmed the protesters."
    >>> _crowd_arrested(find_actors(t, "FR"), find_cues(t)[0], t) is None
    True
    """
    for mention in mentions:
        if mention.actor.inter not in (5, 6):
            continue
        if mention.end <= cue.start and cue.start - mention.end <= 25 and _PASSIVE.search(text, mention.end, cue.start):
            return mention.actor
        if mention.start >= cue.end and _COUNT_BEFORE_CROWD.fullmatch(text[cue.end:mention.start]) is not None:
            return mention.actor
    return None


def _doer_of_act(text: str, cue: Cue, agent: ActorMention) -> bool:
    """The armed actor is the of-phrase of the act noun, and the act's target follows in an on-phrase.

    >>> t = "Ten killed in the bombing of the army on the market"
    >>> _doer_of_act(t, find_cues(t)[0], find_actors(t, "SY")[0])
    True
    """
    return _OF_THE.fullmatch(text, cue.end, agent.start) is not None and _FELL_ON.match(text, agent.end) is not None


# "shot dead" (or the headline's present "shoots dead") with its object after it: the subject did it
_SHOT_DEAD = re.compile(r"\b(?:shot|shoots?)\s+dead$", re.I)


# An unaccusative death told of the words just before it ("soldiers die", "soldiers dead", "blast leaves six
# soldiers dead", "soldiers were killed in"): its subject is the victim, never the agent
_DIED_AFTER = re.compile(r"\s+(?:(?:were|was|have|has|had|are|is|been|being|reportedly|also|later|all|both|each)\s+){0,3}"
                         r"(?:(?P<unaccusative>die[sd]?|dead|perished|succumbed|lost (?:their |his |her )?lives?)|killed)\b", re.I)


def _died(text: str, end: int) -> bool:
    """The side named just before `end` died: "Two soldiers die in a roadside explosion", "leaves six
    soldiers dead", "Three policemen were killed in a blast"; not "Soldiers killed two militants" (an
    object after 'killed': the soldiers did it).

    >>> _died("Two soldiers die in a roadside blast", 12), _died("Soldiers killed two militants", 8)
    (True, False)
    """
    died = _DIED_AFTER.match(text, end)
    return died is not None and (died.group("unaccusative") is not None or OBJECT_AFTER.match(text, died.end()) is None)


def _shot_dead_whom(text: str, end: int) -> bool:
    """'Soldiers shot dead two militants', 'Gunmen shoot dead a guard': the words after 'shot dead'
    are its object, so the side named before it did the shooting; 'Two soldiers shot dead in Kabul'
    has none after it (a headline's passive: the soldiers suffered it)."""
    return _SHOT_DEAD.search(text, max(0, end - 20), end) is not None and OBJECT_AFTER.match(text, end) is not None


def _same_side(a: Actor, b: Actor, where: str | None, inferred: bool = False) -> bool:
    """One side in an event in `where`: by the war's own sides, or by ACLED's names there ("Pakistani
    troops" and "police" in Pakistan are both Pakistan's forces). An opponent `inferred` from the
    rest of the article is never the generic "militants" beside a named armed group (or the group
    beside them): as far as the article tells, they are the same men."""
    if _side(a) == _side(b):
        return True
    first, second = a.name(None, where), b.name(None, where)
    if first is None or second is None:
        return False
    if inferred and _one_side(first, a.inter, second, b.inter, ""):
        return True
    return _name_side(first) == _name_side(second)


def _armed(mentions: tuple[ActorMention, ...]) -> bool:
    """An armed actor other than the police is among `mentions`."""
    return any(m.actor.inter in (1, 2, 3, 4, 8) and not _police(m.actor) for m in mentions)


def _police(actor: Actor) -> bool:
    return actor.key in ("POLICE", "UKR-POLICE") or actor.key.startswith("STATE-POLICE-")


def _side(actor: Actor) -> str:
    return {"UKR-POLICE": "UKR", "GOV": "UKR", "POLICE": "UKR", "DPR": "SEP", "LPR": "SEP", "NAF": "SEP",
            "REBELS": "SEP", "WAGNER": "RUS"}.get(actor.key, actor.key)


def _sub_event(cue: Cue, agent: Actor | None, target: Actor | None, location: Location | None,
               text: str, cues: tuple[Cue, ...]) -> str:
    kind = cue.sub_event_type
    if kind in ("take", "retake"):
        country = location.place.country if location else None
        if agent is None:
            return "Government regains territory" if kind == "retake" else "Non-state actor overtakes territory"
        if agent.key in ("RUS", "UKR", "UKR-POLICE") and country:
            return "Government regains territory" if agent.country == country else "Non-state actor overtakes territory"
        if agent.key in ("RUS", "UKR", "UKR-POLICE"):
            return "Government regains territory" if kind == "retake" else "Non-state actor overtakes territory"
        if agent.inter == 1 and agent.country in (None, country):
            return "Government regains territory"      # a state's forces taking ground in their own state
        return "Non-state actor overtakes territory"
    if kind == "Attack" and _BLADE.match(cue.text) and target is not None and target.inter in (1, 2, 3, 4, 8):
        return "Armed clash"        # a knife attack on police or soldiers: on an armed side, not on civilians
    # force on protesters is "excessive force" when a state's forces use it (or no one is named); armed men
    # of no state who kill at a protest attack civilians ("Gunmen kill three at a rally": ACLED's Attack)
    by_state = agent.inter == 1 if agent is not None else not killed_at_a_protest(cue.text)
    if kind == "Excessive force against protesters" and not by_state:
        return "Attack"
    if kind == "casualty":
        if target is not None and target.inter == 7:
            return "Attack"
        if any(c.sub_event_type == "Peaceful protest" for c in cues):
            return "Excessive force against protesters" if by_state else "Attack"
        return "Armed clash"
    if kind == "Armed clash" and agent is not None and agent.inter in (5, 6):
        return "Violent demonstration"     # a crowd's force (ACLED: demonstrators using violence riot)
    if kind == "Armed clash" and target is not None and target.inter == 7 and _DIRECT_ATTACK.match(cue.text):
        return "Attack"             # troops (or men nobody names) attacking civilians; civilians caught in clashes stay a clash
    if kind == "Peaceful protest" and any(c.sub_event_type == "casualty" for c in cues):
        return "Excessive force against protesters"
    return kind


def _conservative(deaths: list[DeathCount]) -> int:
    if not deaths:
        return 0
    return int(min(d.value for d in deaths))


def _notes(date: str | None, sentence: str, claimant: str | None, source: tuple[str, ...]) -> str:
    """ACLED-style notes: when, who says so through whom, and the sentence quoted."""
    if claimant:
        said = f"according to {claimant}" + (f" (via {', '.join(source)})" if source else "")
    else:
        said = f"reported by {', '.join(source)}" if source else "reported"
    return f"On {date or 'an unknown date'}, {said}: \"{sentence}\""


def _event_id(event: Event) -> str:
    key = "|".join(str(part) for part in (event.evidence.article_id, event.evidence.start, event.evidence.end,
                                          event.sub_event_type, event.actor1, event.actor2, event.location))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def _merge(events: list[Event], apart: frozenset[int] | set[int] = frozenset(),
           by_its_dead: frozenset[str] = frozenset(), fresh: frozenset[int] = frozenset(),
           later: frozenset[int] = frozenset()) -> list[Event]:
    """Mentions of one incident merged into one event: same day and place, compatible type and actors.

    Every mention stays as evidence (`also_reported_at`) and in the notes; every fatality claim is
    kept with its claimant, and the coded fatalities are the most conservative of them. The most
    precise place and date win; an empty actor slot is filled from another mention. A mention
    whose sentence starts at an offset in `apart` tells another incident ("In a separate attack"):
    it joins none told before it, nor does one that introduces an act with a toll of its own
    (`_new_toll`). The incident keeps its defining mention's type: a later mention
    retypes it only with a day of its own (`_as_dated`) or when the incident's id is in
    `by_its_dead` (typed from its dead alone, no act named).
    """
    merged: list[Event] = []
    for event in events:
        twin = None if event.evidence.start in apart else next(
            (e for e in merged if _same_event(e, event) and not _new_toll(e, event, fresh) and not (event.evidence.start in later and _riposte(e, event))), None)
        if twin is None:
            merged.append(event)
            continue
        # another speaker's report joins as an elaboration does (`_join_each`): the dead it counts of
        # another side than the incident's victims are a part of its toll
        mention = _others_dead_as_part(twin, event) if twin.claimant != event.claimant else event
        merged[merged.index(twin)] = _combine(twin, mention,
                                              retype=twin.id in by_its_dead or _as_dated(event, twin))
    return merged


def _as_dated(event: Event, twin: Event) -> bool:
    """`event` has a day of its own when `twin` has one: not a mention dated only by the report."""
    return event.date_evidence != "publication date" or twin.date_evidence == "publication date"


def _combine(twin: Event, event: Event, retype: bool = True) -> Event:
    """`twin` with `event` as one more mention of it (see _merge); a generic type takes a specific one
    only when `retype` (the incident's type is its defining mention's)."""
    claims = twin.fatality_claims + tuple(c for c in event.fatality_claims if c not in twin.fatality_claims)
    better_date = event.time_precision < twin.time_precision
    better_place = (event.geo_precision or 9) < (twin.geo_precision or 9)
    placed = event if better_place else twin
    specific = event if retype and twin.sub_event_type in _GENERIC_TYPES and event.sub_event_type not in _GENERIC_TYPES \
        else twin
    date = event.event_date if better_date else twin.event_date
    notes = twin.notes.replace(f"On {twin.event_date or 'an unknown date'},", f"On {date or 'an unknown date'},", 1)
    notes += " Also: " + event.notes[event.notes.find(': "') + 2:]      # the notes cite every sentence
    actor1, inter1, actor2, inter2 = twin.actor1, twin.inter1, twin.actor2, twin.inter2
    kind = specific.sub_event_type
    if actor1 is None and event.actor1 and not (actor2 and _one_side(event.actor1, event.inter1, actor2, inter2, kind)):
        actor1, inter1 = event.actor1, event.inter1
    if actor2 is None and event.actor2 and not (actor1 and _one_side(actor1, inter1, event.actor2, event.inter2, kind)):
        actor2, inter2 = event.actor2, event.inter2
    return dataclasses.replace(
        twin, sub_event_type=specific.sub_event_type, event_type=specific.event_type, notes=notes,
        actor1=actor1, actor2=actor2, inter1=inter1, inter2=inter2,
        civilian_targeting=twin.civilian_targeting or event.civilian_targeting,
        country=placed.country, admin1=placed.admin1, location=placed.location, latitude=placed.latitude,
        longitude=placed.longitude, geo_precision=placed.geo_precision,
        date_evidence=event.date_evidence if better_date else twin.date_evidence,
        fatality_claims=claims, fatalities=incident_fatalities(claims),
        source=tuple(dict.fromkeys(twin.source + event.source)),
        hedges=tuple(dict.fromkeys(twin.hedges + event.hedges)),
        event_date=date,
        time_precision=min(event.time_precision, twin.time_precision),
        also_reported_at=twin.also_reported_at + ((event.evidence.start, event.evidence.end),) + event.also_reported_at,
    )


_GENERIC_TYPES = frozenset({"Armed clash", "Attack"})
_TERRITORIAL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# ACLED's name of a state's forces, with or without the government's period.
_STATE_FORCES = re.compile(r"(?:Military|Police) Forces of (.+?)(?: \(\d{4}-(?:\d{4})?\))?")


def _name_side(name: str) -> str:
    """The side an ACLED actor name fights on: a state's military and police forces are one side
    (its own "(period)" aside), the Donbas republics and Novorossiya one, Wagner Russia's; any
    other name is a side of its own.

    >>> _name_side("Military Forces of Pakistan (2018-2022)") == _name_side("Police Forces of Pakistan")
    True
    >>> _name_side("DPR: Donetsk People's Republic") == _name_side("NAF: United Armed Forces of Novorossiya")
    True
    """
    state = _STATE_FORCES.fullmatch(name)
    if state:
        return f"state:{state.group(1)}"
    side = _side_of_name(name)
    return {"RUS": "state:Russia"}.get(side or "", side or name)


def _one_side(a: str, a_inter: int | None, b: str, b_inter: int | None, sub_event_type: str) -> bool:
    """True when an actor slot filled from another mention would face its own side: the same
    actor; an unidentified armed group beside a named non-state armed group (the article's generic
    "militants" are, as far as it tells, the group it names); or one side's two names (a state's
    military and police). Two different named groups of one side may face each other in an armed
    clash, as ACLED codes intra-side fighting.

    >>> _one_side("Islamic State (Syria)", 2, "Unidentified Armed Group (Syria)", 2, "Attack")
    True
    >>> _one_side("DPR: Donetsk People's Republic", 2, "LPR: Luhansk People's Republic", 2, "Armed clash")
    False
    """
    if a == b:
        return True
    generic = a.startswith("Unidentified") or b.startswith("Unidentified")
    if generic and a_inter in (2, 3, 4) and b_inter in (2, 3, 4):
        return True
    if _name_side(a) != _name_side(b):
        return False
    named = not generic and not _STATE_FORCES.fullmatch(a) and not _STATE_FORCES.fullmatch(b)
    return not (named and sub_event_type == "Armed clash")


def incident_fatalities(claims: tuple[FatalityClaim, ...]) -> int:
    """The most conservative event-scope total over all reports of the incident (0 with none).

    >>> incident_fatalities((FatalityClaim(19, None), FatalityClaim(15, "ministry"), FatalityClaim(900, None, scope="campaign")))
    15
    >>> incident_fatalities((FatalityClaim(22, None, text="kills 22"), FatalityClaim(1, None, text="commander killed")))
    22
    """
    values = [claim.value for claim in claims if claim.scope == "event"]
    # a victim named with no number ("Militia chief killed") is one of a larger toll, never its count
    counts = [claim.value for claim in claims if claim.scope == "event" and not names_one_victim(claim.value, claim.text)]
    if counts and max(counts) > 1:
        values = counts
    return int(min(values)) if values else 0


def _same_event(a: Event, b: Event) -> bool:
    """One incident: one claimant (or a mention naming no side), compatible dates, places, event
    types and actors.

    A battle and the territory it took are one event; a generic clash or attack joins the more
    specific event it describes; two specific kinds (ground clashes, air strikes) stay apart.
    """
    if a.claimant != b.claimant and _names_a_side(a) and _names_a_side(b) and not _one_account(a, b):
        return False            # two claimants' versions of who did what stay apart (stories align them)
    if not (_same_place(a, b) and _same_actors(a, b)):
        return False
    if a.sub_event_type != b.sub_event_type and not (
            a.event_type == b.event_type == "Battles" and "Armed clash" in (a.sub_event_type, b.sub_event_type)) \
            and not (_GENERIC_TYPES & {a.sub_event_type, b.sub_event_type}
                     and {a.event_type, b.event_type} <= _VIOLENT) and not _one_bombing(a, b):
        return False
    if a.event_date is None or b.event_date is None:
        return True
    shorter = min(len(a.event_date), len(b.event_date))
    if a.time_precision == 1 and b.time_precision == 1:
        return a.event_date == b.event_date
    return a.event_date[:7] == b.event_date[:7] or a.event_date[:shorter] == b.event_date[:shorter]


# A bomb told by what its bomber did or by the device alone: "a suicide bomber blew himself up" and "a bomb
# exploded" at one place on one day are one bombing as often as the report has one sentence for each.
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})


def _one_bombing(a: Event, b: Event) -> bool:
    """Two bomb kinds (`_BOMBINGS`) that may be one bombing: no toll, or a toll in common ("killing nine
    soldiers" in both). Different tolls keep them apart (twin blasts each count their own dead)."""
    if {a.sub_event_type, b.sub_event_type} != _BOMBINGS:
        return False
    ours = {c.value for c in a.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in b.fatality_claims if c.scope == "event"}
    return not ours or not theirs or bool(ours & theirs)


def _one_account(a: Event, b: Event) -> bool:
    """Two claimants tell who did what alike: the same side acting ("gunmen attacked the checkpoint",
    the army said; "the gunmen fired from a car", a witness said), or the same two sides in either
    order (a clash told from each side: "the guard fired first, according to the soldiers who shot
    him" beside officials' "soldiers killed the guard ... after he opened fire", each counting the
    other side's dead). The same side acting with dead counted otherwise by each ("the army killed 22
    militants", one said; "21", said another) are two versions. Their reports are one
    incident's evidence, as ACLED keeps one row with several sources; versions naming different
    sides as the actor stay apart, and so do claims of ground taken (a commander's and an analyst's: stories
    weigh them) and reports of anything but violence."""
    if not {a.event_type, b.event_type} <= _VIOLENT or _TERRITORIAL & {a.sub_event_type, b.sub_event_type}:
        return False
    first, other_first = (a.actor1, a.inter1), (b.actor1, b.inter1)
    if _one_actor(first, other_first):
        ours = {c.value for c in a.fatality_claims if c.scope == "event"}
        theirs = {c.value for c in b.fatality_claims if c.scope == "event"}
        return not (ours and theirs and ours != theirs)     # "kills 22" beside "kills 21": two versions
    return _one_actor(first, (b.actor2, b.inter2)) and _one_actor((a.actor2, a.inter2), other_first)


def _names_a_side(event: Event) -> bool:
    """A mention that names no side ("two service members have been killed in a crash, the military
    said") contradicts no claimant's version of who did what: it is one more report of the incident
    whoever gives it; nor does one naming only the victims ("the attack Wednesday on a national
    landmark", a politician said): a mention naming who acted stays with its claimant."""
    return bool(event.actor1)


def _same_place(a: Event, b: Event) -> bool:
    """One place as far as the two mentions tell: the same, or a broad one (a region, the country)
    holding the other. A region is no other region's place: the Lyon march is not the one in
    Lille, whatever its precision."""
    if a.location == b.location or a.location is None or b.location is None:
        return True
    if a.country != b.country:
        return False
    broad = [e for e in (a, b) if (e.geo_precision or 3) >= 3]
    return bool(broad) and all(e.admin1 in (None, other.admin1) or (e.admin1 == e.location and other.admin1 is None)
                               for e, other in ((e, a if e is b else b) for e in broad))


def _same_actors(a: Event, b: Event) -> bool:
    """The two mentions' actors may be one incident's: one's among the other's, a side in common in
    the same slot, or, when both name two sides, the same two sides in either order ("police came
    under attack from militants" coded police first beside "Taliban attacked police": the generic
    militants are, as far as the article tells, the group it names; `_one_side`)."""
    ours, theirs = {a.actor1, a.actor2} - {None}, {b.actor1, b.actor2} - {None}
    if not ours or not theirs or ours <= theirs or theirs <= ours:
        return True
    if bool(ours & theirs) and (a.actor1 in (None, b.actor1) or a.actor2 in (None, b.actor2)):
        return not _other_victims(a.actor2, b.actor2, a, b)     # one side's two acts on other victims: two
    if len(ours) < 2 or len(theirs) < 2:
        return False
    first, second = (a.actor1, a.inter1), (a.actor2, a.inter2)
    other_first, other_second = (b.actor1, b.inter1), (b.actor2, b.inter2)
    return (_one_actor(first, other_first) and _one_actor(second, other_second)
            and not _other_victims(a.actor2, b.actor2, a, b)) or \
        (_one_actor(first, other_second) and _one_actor(second, other_first))


def _other_victims(victims: str | None, other_victims: str | None, a: Event, b: Event) -> bool:
    """Two mentions whose acts fell on differently named victims of one side (police, an army
    convoy), each with dead of its own and no figure in common, tell two incidents: one report of
    one attack does not name its victims and its dead otherwise. (Two reports naming the sides in
    either order are a battle told from each side, each counting its own side's dead: "40 Ukrainian
    soldiers killed in battles with the DPR" and "4 DPR soldiers killed" are one battle.)"""
    if victims is None or other_victims is None or victims == other_victims:
        return False
    ours = {c.value for c in a.fatality_claims if c.scope == "event"}
    theirs = {c.value for c in b.fatality_claims if c.scope == "event"}
    return bool(ours) and bool(theirs) and not ours & theirs


def _one_actor(one: tuple[str | None, int | None], other: tuple[str | None, int | None]) -> bool:
    """Two actor slots name one side: the same actor, one state's forces, or generic armed men beside
    a named armed group."""
    return one[0] is not None and other[0] is not None and _one_side(one[0], one[1], other[0], other[1], "")
