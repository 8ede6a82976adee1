"""Code an Analysis into ACLED-style events, one per reporting sentence at most.

`code_events(analysis)` reads each sentence of the body: its event cue (cues.py) gives the
sub-event type, its actors (actors.py) the two sides and their inter codes, the geocoded places
(where.py) the location, its dates (when.py) the event day, its death counts (fatalities.py) the
most conservative figure and every competing claim, and sourcing.py who claims it and through
which outlets. Sentences reporting the same event (same type, actors and
place, compatible dates) are merged; their fatality claims are pooled and the lowest kept.

Whether a sentence tells news is newsness.py's, who did the act to whom sides.py's, whether two events
are one incident (and the event they make) merging.py's, and which sentences tell an incident again
joining.py's; none of them imports this module.

Written by hand: rule-based coding in the manner of ACLED's coders, over the records enrich
produces. spaCy is not needed here (the sentences are the Analysis's, enrich.sentences).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Any

from ..enrich.hedges import find_hedges
from ..enrich.sentences import paragraph_spans
from ..enrich.records import Analysis, Place
from ..extract.language import guess_by_function_words, reads_as
from .aspect import kept_parses, parsed
from .framing import mourned_spans
from .complements import (a_persons_own, a_campaign_rally, an_armed_act, apart_from, between_people, crowd_subject, downs_no_aircraft,
                          fights_a_cause, idle_weapon, modifies_a_thing, names_a_kind, nominal_event, objected_by_a_person,
                          striving, takes_no_ground, told_as_happening, weapon_harmed_people)
from .timing import dated_act, habitual, in_an_aside, long_ago, over_a_period, year_of_act
from .actors import ACTORS, Actor, ActorMention, find_actors, inter_code, names_its_agent, unnamed_opponent
from .cues import CREWED_AIRCRAFT, Cue, find_cues, killed_at_a_protest
from ..enrich.numbers import NUMBER_PATTERN, parse_number
from .fatalities import (_PERSON, ACT_NOUNS, ARMED_PLURALS, BREAKDOWN, DeathCount, an_unarmed_one, by_name_alone, deaths_in,
                         under_arms, victims_by_faith)
from .geography import article_country
from .records import Event, Evidence, FatalityClaim
from .taxonomy import SUB_EVENT_TYPES, event_type_of
from .sourcing import claimant_and_source, without_credit
from .when import anaphoric_time, event_date
from .where import Location, locate, named_after_preposition, place_mentions
from .newsness import (_another_storys_headline, _attributed, _commentary, _cross_head,
                       _in_a_background_block, _is_headline, _last_day, _named_by_an_old_day, _narrative_time,
                       _placed_below_country, _reported_as_happened, _told_in_the_past, before_news_window,
                       without_wire_slug)
from .sides import (_armed, _at_a_crowd, _crowd_arrested, _defender, _nationals_killed, _opponent, _police, _same_side,
                    _sides, _speaker)
from .merging import _VIOLENT, _event_id, _merge
from .joining import (_act_target, _elaborates, _introduces_an_act, _join_elaborations, _points_back, _POINTS_BACK,
                      _tells_another_act, _toll_up_to_now, _with_campaign_totals)

__all__ = ["code_events", "with_events", "paragraph_of", "passages", "PASSAGE_CHARS", "person_spans", "language_note", "reads_as_english"]
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


# armed men the actor lexicon names no side of: "Fighters pulled out of the town" (fatalities.ARMED_PLURALS;
# fatalities.ARMED_MEN is another thing: men told as armed or masked)
_ARMED_PLURALS = re.compile(r"\b(?:" + ARMED_PLURALS + r"|militiam[ae]n)\b", re.I)
_CONFLICT_DEAL = re.compile(r"\b(?:cease-?fire|truce|prisoners?|peace|withdrawal|de-escalation|humanitarian corridor|"
                            r"armistice|disengagement|hostages?)\b", re.I)
# the cues of a knife, machete or beating (events.cues): an attack on whoever is its victim
_BLADE = re.compile(r"(?:stab|knif|hack|beat|bludgeon|club|machete|axe)", re.I)
# the cues of a crowd's blows (events.cues: "kicked and punched", "beat up two journalists"): told of people only
_BLOWS = re.compile(r"(?:kick|punch|beat|pummel|stomp|shov|rough)", re.I)
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
# Cues that name an armed act by themselves (a bomb, an ambush, an attack): with dead of its own it is political violence.
_ARMED_ACTS = frozenset({"Remote explosive/landmine/IED", "Grenade", "Armed clash", "Abduction/forced disappearance"})


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
    judge and has few function words of any language ("Jihadists kill five soldiers, overrun
    army post in Borno"): a text of headlines alone is judged by the function words of the
    languages the detector knows, and reads as English unless another language's show.

    >>> reads_as_english("Jihadists kill five soldiers, overrun army post\\n\\nSECURITY BRIEF - Week Ending 14 March 2021")
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
    tolls: set[int] = set()         # the sentences that count a period's dead up to now ("the fighting has killed hundreds")
    # the past acts the article recalls ("In 2009, gunmen stormed the embassy"), by their sentence's start: kept
    # among the events while joining, so that what tells more of them ("Three guards were killed at the gate")
    # joins them rather than standing as news of its own, then dropped with whatever joined them
    recalled: set[int] = set()
    last_news: Event | None = None
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
        context = _Context(paragraph, previous_actors, belligerents, last_news, here, war, country)
        event, mentions, totals, past = _code_sentence(analysis, start, end, context)
        if mentions:
            previous_actors = mentions
        if event is not None:
            events.append(event)
            if past:
                recalled.add(start)     # a past act joins nothing itself: what joins it goes with it
            else:
                last_news = event
            another = _tells_another_act(analysis.article.body, start, end, event)
            elaborations.append(not past and not another and _elaborates(analysis, event, start, end))
            anaphors.append(not past and not another and _points_back(analysis.article.body, start, end, event))
            targets.append(_act_target(analysis.article.body, start, end, event) if anaphors[-1] else None)
            if _introduces_an_act(analysis.article.body, start, end, event):
                fresh.add(start)
            if _LATER.search(analysis.article.body, start, end):
                later.add(start)
            if another:
                apart.add(start)
            if _toll_up_to_now(analysis.article.body, start, end):
                tolls.add(start)
            if not any(c.sub_event_type != "casualty" for c in find_cues(analysis.article.body[start:end])):
                by_its_dead.add(event.id)
        campaign.extend((claim, mentions) for claim in totals)
    title = (analysis.article.title or "").strip().rstrip(".")       # a headline's stop is a page's, not the title's
    if events and _headline_of_history(analysis, title, events[0]):
        for kept in (events, elaborations, anaphors, targets):
            del kept[0]             # "Widow Recalls How 4 Soldiers Died" over a body that dates their deaths in 2009
    headline = bool(events) and bool(title) and elaborations[0] and \
        analysis.article.body[events[0].evidence.start:events[0].evidence.end].strip().rstrip(".") == title
    joined = _join_elaborations(events, elaborations, frozenset(by_its_dead), headline, anaphors, frozenset(fresh), targets,
                                apart, frozenset(recalled), frozenset(tolls))
    joined = [e for e in joined if e.evidence.start not in recalled]
    return tuple(_with_campaign_totals(_merge(joined, apart, frozenset(by_its_dead), frozenset(fresh), frozenset(later)), campaign))


def _aside_history_last(analysis: Analysis, text: str, start: int, end: int, cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """The cues with those of history told in an aside put last: an act in a relative clause on a noun
    (timing.in_an_aside) that its own time puts before the news window ("Fighters of a front, which bombed
    a hotel in 2004, ambushed a convoy on Sunday": the front's past, beside the ambush the sentence reports).
    Only when a cue outside such an aside is there to read first."""
    published = analysis.article.published.iso if analysis.article.published else None

    def old_aside(cue: Cue) -> bool:
        if not in_an_aside(text, cue.start, cue.end):
            return False
        when = event_date(text, start, end, analysis.dates, published, cue=(cue.start, cue.end))
        return before_news_window(when.iso, when.evidence, published)

    history = [c for c in cues if old_aside(c)]
    return cues if not history or len(history) == len(cues) else \
        tuple(c for c in cues if c not in history) + tuple(history)


def _headline_of_history(analysis: Analysis, title: str, first: Event) -> bool:
    """The first event is the headline's, with no day of its own and dead of its own, and the body
    dates the act of those dead only before the news window: every body sentence that names the
    headline's dead ("soldiers" for "Widow Recalls How 4 Soldiers Died") beside an event word and a
    time of its own puts it there ("The four soldiers were killed in an ambush in March 2009"), and
    at least one does.
    A headline sums up its body: the body tells when its act happened, and an act the body dates
    years back is history, not news of the day. A sentence that dates those dead in the news window
    ("the soldiers died on Tuesday") keeps the headline's act; undated ones say nothing either way."""
    body = analysis.article.body
    if not title or body[first.evidence.start:first.evidence.end].strip().rstrip(".") != title \
            or first.date_evidence != "publication date":
        return False
    nouns = {found.group(0).lower().rstrip("s") for claim in first.fatality_claims
             for found in [_PERSON.search(claim.text)] if found is not None}
    if not nouns:
        return False
    dead = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(nouns))) + r")s?\b", re.I)
    counts = {claim.value for claim in first.fatality_claims}
    published = analysis.article.published.iso if analysis.article.published else None
    history = False
    for start, end in analysis.sentences:
        text = body[start:end]
        if start < first.evidence.end or _OTHER_TIME.search(text) \
                or not any(_the_same_dead(text[:found.start()], counts) for found in dead.finditer(text)):
            continue
        cues = find_cues(text)
        if not cues:
            continue
        when = event_date(text, start, end, analysis.dates, published, cue=(cues[0].start, cues[0].end))
        if when.evidence == "publication date":
            continue
        if not before_news_window(when.iso, when.evidence, published):
            return False
        history = True
    return history


# a sentence that recalls another time than the headline's: "The last time protesters were killed here, in 2011, ...",
# "the deadliest attack since June 2015, when 38 people died", "in a previous ambush", "another soldier", "earlier clashes"
_OTHER_TIME = re.compile(r"\b(?:last\s+time|previous(?:ly)?|earlier|another|since)\b", re.I)


def _the_same_dead(before: str, counts: set[float]) -> bool:
    """The person noun after `before` names the headline's own dead, whose counts are `counts`: by
    the same count ("four soldiers" under "4 Soldiers Died") or, with no count, by a pointing-back
    determiner ("the soldiers", "those American soldiers"). Another count ("Four soldiers were
    killed there in 2012" under "Two Soldiers Killed") or a bare noun ("protesters were killed")
    may be other dead.

    >>> _the_same_dead("In 2009 the four ", {4.0}), _the_same_dead("In 2009 four ", {4.0}), _the_same_dead("when 38 ", {12.0})
    (True, True, False)
    >>> _the_same_dead("In 2009 the American ", {4.0}), _the_same_dead("The last time ", {5.0})
    (True, False)
    """
    for nearness, word in enumerate(reversed(re.findall(r"[\w'’-]+", before)[-3:])):
        value = parse_number(word)
        if value is not None:
            return value in counts
        if word.lower() in _POINTS_BACK:
            return nearness < 2     # "the (American) soldiers"; not "the last time soldiers"
    return False


# an act told as coming after another: "Troops later clashed with the rebels", "police then stormed the house"
_LATER = re.compile(r"\b(?:later|afterwards|subsequently|then)\b", re.I)


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
                   ) -> tuple[Event | None, tuple[ActorMention, ...], tuple[FatalityClaim, ...], bool]:
    """The sentence's event (None when it reports none), its actors, its campaign tolls, and whether the
    event is a past act the article recalls (history: `_code_events` lets the sentences that tell more of it
    join it, then drops it with them; it is never one of the article's events)."""
    body = analysis.article.body
    text, credit = without_credit(body[start:end])
    text = without_wire_slug(text)
    mentions = tuple(m for m in find_actors(text, context.country) if not m.locative and not _speaker(text, m))
    if text.rstrip().endswith("?"):
        return None, mentions, (), False
    cues = find_cues(text)
    cue = _primary(cues)
    if cue is None:
        return None, mentions, (), False
    claimant, source, quote = claimant_and_source(analysis, start, end, credit)
    if _commentary(quote, claimant, text, body):
        return None, mentions, (), False
    deaths = deaths_in(text, tuple(f for f in analysis.figures if start <= f.start < end), claimant, offset=start)
    mourned = mourned_spans(text)
    if mourned:
        # "Relatives marched on Tuesday to commemorate the 14 students shot dead in March": the march is the
        # news, the dead and the act it is held for are its occasion, neither its type nor its dead
        cues = tuple(c for c in cues if not any(a <= c.start < b for a, b in mourned))
        deaths = tuple(d for d in deaths if not any(a <= text.find(d.text) < b for a, b in mourned))
        cue = _primary(cues)
        if cue is None:
            return None, mentions, (), False
    # "Rebels have killed 300 soldiers in attacks this year", "troops killed 300 protesters during the uprising":
    # the many acts of a period, never one incident; their dead are a toll
    period = over_a_period(text, cue.start, cue.end)
    if period and not any(d.scope == "event" for d in deaths):
        return None, mentions, tuple(FatalityClaim(d.value, d.claimant, d.hedges, scope="campaign", text=d.text)
                                     for d in deaths if d.scope == "campaign"), False
    if period or _tally(analysis, text, start, end, cues, mentions):
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
            return None, mentions, totals, False
    cues = _aside_history_last(analysis, text, start, end, cues)
    # the best cue that holds: "Jihadists kill five soldiers, overrun army post" is a killing
    # even if the overrun held no ground the coder knows
    persons = person_spans(analysis, start, end)
    people = [(p_start - start, p_end - start) for p_start, p_end in persons]
    cue = next((c for c in cues if _cue_holds(c, mentions, deaths, text, context, people)), None)
    if cue is None:
        return None, mentions, totals, False
    if cue.sub_event_type in SUB_EVENT_TYPES[_STRATEGIC] and any(d.scope == "event" for d in deaths):
        # "gunmen torched a church and killed three worshippers": the most severe act decides (ACLED); a
        # killing done beside the burning is the event ("and two people died" names no act: a strategic
        # development stays one, and carries no dead)
        cue = next((c for c in cues if _violent_cue(c) and not (c.sub_event_type == "casualty" and _SUFFERED.match(c.text))
                    and _cue_holds(c, mentions, deaths, text, context, people)), cue)
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
        or (ACTORS["CIV"] if _an_unarmed_victim(deaths, agent) else None) \
        or (ACTORS["CIV"] if agent is not None and _nationals_killed(text, cue) else None) \
        or _defender(agent, cue, location) or _opponent(agent, cue, context.belligerents, where) \
        or (ACTORS["CIV"] if _sectarian(deaths, text, cue, cues, mentions) else None) \
        or (ACTORS["CIV"] if agent is None and _killed_on_purpose(text, cue, deaths) and not any(
            under_arms(d) for d in deaths) else None)   # "a Catholic shot dead": by faith; "two men murdered": anyone unarmed
    if agent is None and target is not None and target.inter in (1, 2, 8) and not names_its_agent(text[cue.end:]):
        # "two Ukrainian soldiers killed": the article's armed actor of the other side did it, else the war's
        # armed opponent there (ACLED's unidentified armed group when the war has no single one); not
        # when the report names the killer as a person ("shot dead by a comrade")
        agent = next((a for a in context.belligerents if not _same_side(a, target, where, inferred=True)),
                     unnamed_opponent(target, where, analysis.article.published.iso if analysis.article.published else None,
                                      location.place.admin1 if location else None, text,
                                      remote_weapon=any(c.sub_event_type in _REMOTE_WEAPONS for c in cues)))
    if cue.sub_event_type == "Violent demonstration" and agent is not None and agent.inter == 1 \
            and not any(m.actor.inter in (5, 6) for m in mentions):
        agent, target = ACTORS["RIOT"], agent   # "students clashed with police": a crowd no actor names did it to the force
    sub_event = _sub_event(cue, agent, target, location, text, cues)
    if sub_event == "Mob violence" and agent is not None and agent.inter in (1, 2, 3, 8):
        # armed men's blows are no mob's: force on a crowd is an intervention in its protest, on anyone else an attack
        sub_event = "Protest with intervention" if target is not None and target.inter in (5, 6) else "Attack"
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
        return None, mentions, totals, False       # "Bush attacked Trump", "Senators were fighting to be heard": words, not arms;
        #                                     "Bush endangered the troops with his attacks on Islam": his words, whoever else is named
    if event_type_of(sub_event) == "Protests" and (objected_by_a_person(text, cue.start, cue.end, people)
                                                  or a_campaign_rally(text, cue.start, cue.end, people)
                                                  or (_PROTESTED_THAT.match(text, cue.end) is not None
                                                      and not crowd_subject(text, cue.start, cue.end))):
        return None, mentions, totals, False       # "Cruz is protesting the executive actions": one man objecting;
        #                                     "Walsh introduced Brandt to a Denver rally": a speaker's rally
    if sub_event not in _WAR_WEAPONS and _not_violence(text, mentions):
        return None, mentions, totals, False       # "the fight against the blaze", "died of Covid"
    if sub_event == "Agreement" and not (armed or _CONFLICT_DEAL.search(text)):
        return None, mentions, totals, False       # a bank's agreement is not a strategic development
    if sub_event == "Non-violent transfer of territory" and not armed and not context.war_context \
            and _ARMED_PLURALS.search(text, 0, cue.start) is None:
        return None, mentions, totals, False       # "the firm pulled out of the deal", "withdrew from the race": no ground
        #                                     changes hands without an armed side, here or in the article's war
    if event_type_of(sub_event) == "Protests" and agent is None and not (target is not None and target.inter in (5, 6)):
        agent = ACTORS["PROTEST"]           # ACLED names unnamed crowds "Protesters (<country>)"; a crowd that
        #                                     suffered the force ("Two protesters were shot dead") is its victim only
    if sub_event == "Protest with intervention" and target is None:
        target = ACTORS["PROTEST"]          # the crowd the force intervened in, named by no actor
    if event_type_of(sub_event) == "Riots" and agent is not None and agent.key == "PROTEST":
        agent = ACTORS["RIOT"]              # ACLED names the crowd of a riot "Rioters (<country>)" (inter 5), whatever
        #                                     the article calls it ("protesters threw stones")
    # "12 killed in blast", "attack leaves 5 dead": an armed act with its own dead, whoever did it
    war_here = (_WAR_WORDS.search(text) is not None or cue.sub_event_type in _ARMED_ACTS or sub_event in _ARMED_ACTS) \
        and any(d.scope == "event" for d in deaths)
    crowd = agent is not None and agent.inter in (5, 6)     # protesters' force is political by itself
    placed_clash = _placed_clash(analysis, text, cue, location, context.paragraph) \
        or _dated_at(text, cue, location, deaths)
    # "the massacre Tuesday", "the slaughter early Sunday": a dated massacre or mass shooting is political violence by its name
    # when it has people as its victims or dead of its own: "Tuesday's slaughter of 300 sheep" is no massacre
    # a stabbing, a hacking, a beating to death hit people by themselves, dated or not
    armed_act = an_armed_act(text, cue.start, cue.end)     # "carried out his deadly attack"
    named_violence = (cue.sub_event_type == "Attack" and (
        (dated_act(text, cue.start, cue.end) and _hits_people(text, cue, deaths))
        or (_BLADE.match(cue.text) is not None and (_PERSON.search(text) is not None or _hits_people(text, cue, deaths))))) \
        or (cue.sub_event_type == "Mob violence" and _BLOWS.match(cue.text) is not None)
    # a bombing is violence by its name, as a bomb that went off is, whether from the air or not
    # a killing done on purpose is violence by its words, where the report places it (a murder "in the city",
    # nowhere named, is no row of a dataset of political violence); an attack carried out, or a deadly one, is
    # done with arms
    named_violence = named_violence or _bomb_went_off(text, cue) or _BARE_BOMBING.fullmatch(cue.text) is not None \
        or (cue.sub_event_type == "Grenade" and weapon_harmed_people(text, cue.start, cue.end)) \
        or (location is not None and _killed_on_purpose(text, cue, deaths)) or armed_act
    if event_type_of(sub_event) in _VIOLENT and sub_event not in _WAR_WEAPONS and not armed and not named_violence \
            and not context.war_context and not war_here and not crowd and not placed_clash \
            and not _sectarian(deaths, text, cue, cues, mentions):
        return None, mentions, totals, False       # fireworks, a hockey fight, a kidnapping for ransom
    if event_type_of(sub_event) == "Riots" and agent is None:
        agent = ACTORS["RIOT"]              # "a crowd lynched a man": a riot's unnamed doers are its rioters (once it
        #                                     is violence by itself: an unnamed crowd makes no riot an event)
    if sub_event == "Arrests" and (agent is None or agent.inter != 1):
        return None, mentions, totals, False       # a criminal arrest with no state force named is not political
    if sub_event == "Arrests" and not context.war_context and not (
            context.last_event is not None and context.last_event.event_type in ("Protests", "Riots")) \
            and not any(m.actor.inter in (2, 3, 5, 6) for m in mentions):
        return None, mentions, totals, False       # police arresting a drug dealer: an arrest is political only in
        #                                     an article about armed conflict, at a protest or riot it
        #                                     reports, or of an armed group's members or of protesters
    published = analysis.article.published.iso if analysis.article.published else None
    anchor = (_narrative_time(analysis, context.paragraph, start) or _last_day(analysis, start)) \
        if anaphoric_time(text) else None
    when = event_date(text, start, end, analysis.dates, published, cue=(cue.start, cue.end),
                      anchor=anchor.iso if anchor is not None else None)
    # history the article recalls: "in 2011 Salafists attacked bars"
    past = before_news_window(when.iso, when.evidence, published)
    if not past and when.evidence == "publication date" and habitual(text, cue.start, cue.end):
        # "Residents described constant drone strikes": a habit or state of affairs with no day of its own
        # is background, no incident, and joins none; its dead are a toll
        return None, mentions, totals + _as_tolls(deaths), False
    if _another_storys_headline(analysis, text, start, context.paragraph):
        return None, mentions, totals, False       # "Suicide bomber kills 12 at market" under "Related stories": not this article
    if _cross_head(analysis, text, start, context.paragraph) and when.evidence == "publication date" \
            and not (location is not None and location.in_sentence) and not any(d.scope == "event" for d in deaths):
        return None, mentions, totals, False       # "More bombing." between paragraphs: a topic heading, not a report
    year = year_of_act(text, cue.start, cue.end)
    # "the 2003 invasion of Iraq", "had been killed in a 2006 attack": history; "the 9/11 attacks" in a 2015
    # report: an act remembered by its day; "killed by militants years ago", "the anniversary of the bombing"
    past = past or (year is not None and before_news_window(str(year), str(year), published)) \
        or _named_by_an_old_day(text, cue, published) or long_ago(text, cue.start, cue.end)
    if not _reported_as_happened(text, cue, deaths, when, location, _is_headline(analysis, text, context.paragraph)):
        return None, mentions, totals, False       # a plan, threat, generic statement or state of affairs
    # "In 1998, ... In retaliation, Clinton ordered a strike"; "The group was founded in 2009. / Its fighters
    # stormed a prison": history
    past = past or (when.evidence == "publication date" and (
        _told_in_the_past(analysis, start, context.paragraph, published)
        or (claimant is None and not _attributed(text)
            and _in_a_background_block(analysis, start, end, context.paragraph, published))))
    if _many_places(text) or (event_type_of(sub_event) in _VIOLENT and _over_the_whole_country(text, cues)):
        # "83 marchers in 14 towns have died": a toll, not one incident, kept as a claim like any toll
        return None, mentions, totals + (() if past else _as_tolls(deaths)), False
    if sub_event == "Armed clash" and agent is None and target is None and when.evidence == "publication date" \
            and not any(d.scope == "event" for d in deaths) and not placed_clash and not armed_act:
        return None, mentions, totals, False       # "party leaders clashed sharply on TV": no armed side, day or dead
    if sub_event == "Armed clash" and target is None and not context.war_context and (agent is None or agent.key == "UNID") \
            and _ASSAULT_NOUN.fullmatch(cue.text) is not None and not any(d.scope == "event" for d in deaths):
        # "Sunday's attack in Lyon", "his deadly attack on a mosque": outside a war an attack named by its noun,
        # with no armed side on its receiving end and no dead counted here, is the article's mention of an
        # attack on civilians by men nobody names (ACLED's Attack by an Unidentified Armed Group); where it counts
        # its dead ("attack kills 21") it is a report of its own, whose side the article's war may be
        sub_event, agent, target = "Attack", ACTORS["UNID"], ACTORS["CIV"]
    country = location.place.country if location else context.country
    if agent is not None and target is not None and agent.name(when.iso, country) == target.name(when.iso, country):
        target = None                       # "Pakistani troops" and "soldiers" are one actor, never both sides
    if target is None and agent is not None and agent.inter in (2, 3, 4) and sub_event == "Armed clash" \
            and _AMONG_ARMED_GROUPS.search(text):
        target = agent                      # "clashes between rebel factions": the other side is such a group too
    inter1 = inter_code(agent, country) if agent else None
    inter2 = inter_code(target, country) if target else None
    deaths = deaths + named
    event_deaths = [d for d in deaths if d.scope == "event" and event_type_of(sub_event) != _STRATEGIC]
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
    return dataclasses.replace(event, id=_event_id(event)), mentions, (totals if past else ()), past


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


def _placed_clash(analysis: Analysis, text: str, cue: Cue, location: Location | None,
                  paragraph: tuple[int, int]) -> bool:
    """A headline that names clashes, as a noun, at a place below the country ("Clashes in
    Aleppo's western countryside", "Heavy clashes break out in Daraa city") reports an armed clash
    even with no side, day or dead; a verb ("rival politicians clashed") does not.
    """
    placed = _placed_below_country(location)
    return placed and cue.sub_event_type == "Armed clash" and _CLASH_NOUN.match(cue.text) is not None \
        and _FIGURATIVE_COMPLEMENT.match(text, cue.end) is None \
        and _is_headline(analysis, text, paragraph) and nominal_event(text, cue.start, cue.end)


def _dated_at(text: str, cue: Cue, location: Location | None, deaths: tuple[DeathCount, ...]) -> bool:
    """An armed act named as a noun with a day of its own, or told as taking place, at a place below
    the country, with people as its victims or dead of its own ("Sunday's attack on worshippers in
    Orlando", "the bombing on Friday in Quetta that killed 12", "as the attacks in Lille were
    unfolding"): an incident even with no side named. The day tells that the act took place, not that
    it was violence: "Monday's attack on the budget in Ottawa" is none; an attack or a bombing told by
    its place and day alone, with no target of any kind ("Friday's attack in Lille"), is one."""
    placed = _placed_below_country(location)
    if not placed or cue.rank > 5 or not (dated_act(text, cue.start, cue.end) or told_as_happening(text, cue.start, cue.end)):
        return False
    return _hits_people(text, cue, deaths) or (_ASSAULT_NOUN.fullmatch(cue.text) is not None
                                               and _A_TARGET.match(text, cue.end) is None)


# the nouns of an assault on people that need no target named to be one ("the attacks in Lille"); a raid or a
# clash may be a police search or a quarrel
_ASSAULT_NOUN = re.compile(r"attacks?|bombings?|massacres?|ambush(?:es)?|mass shootings?", re.I)
# a target named after the act: "attack on the budget", "an assault against reason"
_A_TARGET = re.compile(r"\s+(?:on|against|upon|of)\b", re.I)


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




# "clashes between rebel factions", "militia clashes", "rival gangs fought": armed groups on both sides
_AMONG_ARMED_GROUPS = re.compile(
    r"\b(?:between|among)\s+(?:rival\s+|armed\s+|two\s+)?(?:rebel\s+|militia\s+|armed\s+|jihadist\s+|insurgent\s+|"
    r"opposition\s+)?(?:factions|militias|groups|gangs|clans|militiamen)\b|"
    r"\b(?:militia|factional|inter-?factional|intra-?rebel|rival|inter-?communal|inter-?ethnic|tribal|clan|gang)\s+"
    r"(?:clash(?:es)?|fighting|battles?|feud)\b|"
    r"\brival\s+(?:armed\s+)?(?:factions|militias|groups|gangs|clans|militiamen)\s+(?:clashed|fought|battled)\b", re.I)


def _tally(analysis: Analysis, text: str, start: int, end: int, cues: tuple[Cue, ...],
           mentions: tuple[ActorMention, ...] = ()) -> bool:
    """A count of the dead that names no act and no place below the country, broken down by who
    died ("Some 95 people were killed yesterday, including 61 policemen"), is a tally over
    many incidents, a toll of the war rather than one incident's dead (a running toll, "the war's
    death toll passes 90,000", is one too: `is_campaign_total` reads it). A killer named before the
    count ("Gunmen killed 12 people ..., including three children") makes it one attack."""
    if not cues:
        return False
    if any(c.sub_event_type != "casualty" for c in cues) or BREAKDOWN.search(text) is None:
        return False
    if any(m.actor.inter not in (5, 6, 7) and m.start < cues[0].start and not m.after_by for m in mentions):
        return False
    return not any(p.feature != "country" and place_mentions(p, analysis.article.body, start, end)
                   for p in analysis.places)


# a casualty word that tells harm suffered, no act done ("two people died", "left three dead", "were wounded")
_SUFFERED = re.compile(r"(?:dead|died|dies|deaths?|fatalit|wounded|injur|casualties|lost|perished|losses|death toll)", re.I)
# ACLED's non-violent event type: its events (an arrest, a looting, a downing) carry no fatalities
_STRATEGIC = "Strategic developments"


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
    if cue.text.lower().startswith("shot down") and downs_no_aircraft(text, cue.start, cue.end):
        return False        # "regulators shot down the merger", "shot down rumours of a sale": a refusal in words
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
            and not _sectarian(deaths, text, cue, (cue,), mentions) and not _killed_on_purpose(text, cue, deaths):
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


def _an_unarmed_victim(deaths: tuple[DeathCount, ...], agent: Actor | None) -> bool:
    """An armed side (or a crowd) killed one person the sentence names by no armed or civilian word the
    actor lexicon knows, with a verb done only to people ("Gunmen shot dead a bread seller"): a
    civilian (fatalities.an_unarmed_one)."""
    return agent is not None and agent.inter != 7 and any(d.scope == "event" and an_unarmed_one(d) for d in deaths)


# A killing the words tell was done on purpose, by people to people: no accident, illness or storm murders,
# executes, shoots dead or beheads anyone (a bare "killed" or "died" may be any of them)
_ON_PURPOSE = re.compile(r"(?:murder(?:ed|s)?|assassinat(?:ed|es|ion)|behead(?:ed|s|ing)?|lynch(?:ed|es|ing)?|"
                         r"shot dead|shoots? dead|gun(?:s|ned)? down|(?:hacked|tortured|burned|burnt|beaten|stabbed) to death|"
                         r"burn(?:ed|t|s)? (?:[\w-]+ ){0,3}?alive|(?:summarily|extrajudicially) executed|(?:was|were|been) executed|"
                         r"(?:massacre|execute|slay)s?|massacred|slain)", re.I)
# "were shot" read as the cue, its "dead" right after it: "two traders were shot dead", "was shot and killed"
_SHOT = re.compile(r"(?:(?:was|were|been|being|is|are)\s+)?(?:shot|gunned)", re.I)
_DEAD_AFTER = re.compile(r"\s+(?:dead\b|down\b|and\s+killed\b)", re.I)
# an execution done by a state to convicts, a sentence carried out: a legal process, no political violence
# ("were executed for drug trafficking", "hanged after being convicted of murder", "on death row")
_EXECUTED = re.compile(r"execut|hang", re.I)
_JUDICIAL = re.compile(r"\b(?:convicted|sentenced|death\s+(?:row|sentences?|penalty)|court|judiciary|lethal\s+injection|"
                       r"for\s+(?:(?:the\s+)?murder|rape|drug|narcotics?|smuggling|robbery|treason|trafficking|kidnapping|"
                       r"armed\s+robbery|homicide))", re.I)
# a robbery, a theft, a chase of a suspect: ordinary crime and its policing, which no dataset of political
# violence codes ("robbers shot dead a cashier", "police shot dead a suspected burglar after a chase")
_ORDINARY_CRIME = re.compile(r"\b(?:robb(?:ers?|er(?:y|ies)|ed|ing)|burglar(?:s|y|ies)?|thie(?:f|ves)|carjack\w*|"
                             r"mugg(?:ers?|ing|ed)|heists?|hold-?ups?|stick-?ups?|(?:car|police|high-speed)\s+chase|"
                             r"(?:a|the)\s+chase)\b", re.I)
# "the killing of 22", "killings of two brothers": the act itself named, with its victims counted after it
_KILLING_OF_THE_COUNTED = re.compile(r"killings?$", re.I)
# the weapon a killing was done with, told after the verb: "killed a man with a shot in the head", "killed by gunfire"
_BY_A_WEAPON = re.compile(r"\b(?:with|by)\s+(?:(?:an?|the|his|her|their|several|multiple|two|three|\d+)\s+)?(?:[\w-]+\s+)?"
                          r"(?:shots?|bullets?|gunshots?|gunfire|guns?|rifles?|pistols?|machetes?|knives|knife|axes?)\b|"
                          r"\bshot\s+(?:\w+\s+)?in\s+the\s+(?:head|chest|back|neck|face)\b", re.I)


_KIN_AFTER = re.compile(r"\s+(?:his|her|their)\s+(?:own\s+)?(?:ex-?)?(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|"
                        r"child(?:ren)?|sons?|daughters?|mother|father|parents|brothers?|sisters?|baby|babies|family)\b", re.I)


def _killed_on_purpose(text: str, cue: Cue, deaths: tuple[DeathCount, ...]) -> bool:
    """The sentence's own dead were killed on purpose, by people: the cue is a verb done only to people
    ("murdered", "shot dead", "executed", "beheaded"), the noun of the act with its victims counted
    ("the killing of 22"), or a killing with the weapon told ("killed a man with a shot in the head").
    Violence by itself, whoever did it, as a stabbing is; a bare "killed" or "died" is not (a crash,
    a storm or an illness kills too).

    >>> from .cues import find_cues
    >>> def on_purpose(s): return any(_killed_on_purpose(s, c, deaths_in(s)) for c in find_cues(s))
    >>> [on_purpose(s) for s in ("Two men were murdered in the port", "Two men were killed in the port",
    ...  "Killing of 14 in a hill village", "They killed a trader with a shot in the head", "A trader was murdered",
    ...  "A farmer murdered his wife and two sons")]
    [True, False, True, True, True, False]
    """
    if not any(d.scope == "event" for d in deaths) or _KIN_AFTER.match(text, cue.end) is not None:
        return False        # "murdered his wife": a killing in the family, a crime of no armed side
    if _ORDINARY_CRIME.search(text) is not None:
        return False        # "robbers shot dead a cashier", "police shot dead a suspected thief in a chase": crime
    if _SHOT.fullmatch(cue.text) is not None and _DEAD_AFTER.match(text, cue.end) is not None:
        return True         # "two traders were shot dead": the passive told in two words
    if _ON_PURPOSE.fullmatch(cue.text) is not None:
        return _EXECUTED.search(cue.text) is None or _JUDICIAL.search(text) is None
    if _KILLING_OF_THE_COUNTED.fullmatch(cue.text) is not None:
        return re.match(r"\s+of\s", text[cue.end:]) is not None
    return cue.text.lower().startswith("kill") and _BY_A_WEAPON.search(text, cue.end, _clause_end(text, cue.end)) is not None


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
    dead_first = any(d.scope == "event" and victims_by_faith(d) and _right_before(text, d.text, cue) for d in deaths)
    return dead_first or _KILLER_BEFORE.search(text, 0, cue.start) is not None


# what may stand between the dead and the death word that tells their fate: "two Sikhs were killed"
_AUXILIARIES = re.compile(r"\s+(?:(?:were|was|have been|has been|had been|are|is|reportedly)\s+){0,2}")


def _right_before(text: str, count_text: str, cue: Cue) -> bool:
    """The count's words stand right before the cue, or hold it: "two Sikhs were killed" read whole by the death
    patterns or as the enrich stage's figure "two Sikhs" (whose words stop before the verb)."""
    if count_text.endswith(cue.text):
        return True
    at = text.rfind(count_text, 0, cue.start)
    return at >= 0 and _AUXILIARIES.fullmatch(text, at + len(count_text), cue.start) is not None


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


# "bombed", "a bombing": an air raid when aircraft are named or a state's forces did it ("regime bombing of
# the town", "warplanes bombed"), else a bomb set off ("a bombing at a wedding", "rebels bombed a bridge")
_BARE_BOMBING = re.compile(r"bomb(?:ed|ing|ings)", re.I)
# an air word: aircraft with a crew (cues.CREWED_AIRCRAFT, from the one list of military aircraft) or the air,
# drones, sorties, barrels
_FROM_THE_AIR = re.compile(r"\b(?:air|aerial|airstrikes?|drones?|aviation|sorties?|barrels?|" + CREWED_AIRCRAFT + r")", re.I)
_MODIFIER = re.compile(r"(?:[\w'’-]+\s+){1,3}$")


def _a_states_bombing(text: str, cue: Cue, country: str | None) -> bool:
    """The words right before the bombing name a state's forces as its doer ("regime bombing", "Russian
    bombing", "Syrian government bombing"): read as the actor lexicon reads them before "forces" (a state's
    forces, inter 1 or 8; its police drop no bombs), so a demonym, a regime or a government is the state's.

    >>> _a_states_bombing("Russian bombing kills 20", Cue("Air/drone strike", 8, 15, "bombing", 1), None)
    True
    >>> _a_states_bombing("Car bombing kills 12", Cue("Air/drone strike", 4, 11, "bombing", 1), None)
    False
    """
    before = _MODIFIER.search(text, 0, cue.start)
    if before is None:
        return False
    words = before.group(0).split()
    for k in range(1, len(words) + 1):
        phrase = " ".join(words[-k:]) + " forces"
        if any(m.end == len(phrase) and inter_code(m.actor, country) in (1, 8) and "POLICE" not in m.actor.key
               for m in find_actors(phrase, country)):
            return True
    return False


# a casualty cue that tells a killing done, not a wound or a toll
_A_KILLING = re.compile(r"kill|shot dead|shoots? dead", re.I)
# the arms of lethal force on a crowd, beside the means of dispersal ("tear gas and live rounds")
_LIVE_FIRE = re.compile(r"\blive (?:rounds|bullets|ammunition|fire)\b|\bopened fire\b|\bgunfire\b", re.I)


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
    if kind == "Air/drone strike" and _BARE_BOMBING.fullmatch(cue.text) and _FROM_THE_AIR.search(text) is None \
            and not (agent is not None and agent.inter in (1, 8)) \
            and not _a_states_bombing(text, cue, location.place.country if location else None):
        return "Remote explosive/landmine/IED"     # "Bombing kills four at a market": a bomb, not an air raid
    if kind in ("Armed clash", "Looting/property destruction") and agent is not None and agent.inter in (5, 6):
        # a crowd's force, its looting and burning too (ACLED: demonstrators using violence riot; a mob's is mob violence)
        return "Mob violence" if any(c.sub_event_type == "Mob violence" for c in cues) else "Violent demonstration"
    if kind == "Armed clash" and target is not None and target.inter == 7 and _DIRECT_ATTACK.match(cue.text):
        return "Attack"             # troops (or men nobody names) attacking civilians; civilians caught in clashes stay a clash
    if kind == "Peaceful protest" and any(c.sub_event_type == "casualty" for c in cues):
        return "Excessive force against protesters"
    if kind == "Protest with intervention" and by_state and _LIVE_FIRE.search(text) and any(
            c.sub_event_type == "casualty" and c.start > cue.start and _A_KILLING.match(c.text) for c in cues):
        return "Excessive force against protesters"     # "fired tear gas and live rounds ..., killing five": lethal force
        #                                                 (a crush the tear gas set off is no force that killed)
    if kind == "Peaceful protest" and agent is not None and agent.inter == 1 \
            and any(c.sub_event_type == "Arrests" for c in cues):
        return "Protest with intervention"      # "police arrested dozens ... as they tried to march on parliament"
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
