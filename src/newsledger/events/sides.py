"""Who did the act and to whom, read clause by clause: the doer of the act word, the side a death
falls on, the crowd arrested, the police named in a closing credit, and the side each actor stands on.

The coder (coder.py) asks these for each event it codes and merging.py when it compares two events'
sides; this module never imports the coder. Written by hand for newsledger over actors.py's mentions.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .complements import OBJECT_AFTER
from .actors import (ACTORS, FORCE_SITES, Actor, ActorMention, done_to, passive_subject, subject_acting_on, patient_of_act,
                     turned_on_the_attacker)
from .cues import KILLING_CUES, Cue
from .geography import demonyms
from ..enrich.numbers import NUMBER_PATTERN
from .sourcing import SAYING, credit_clause
from .where import Location

__all__: list[str] = []    # read by name: the coder, merging.py, joining.py, evaluation/events.py


# "shelling by Ukrainian troops", "killed in an attack by": the by-phrase belongs to the cue itself.
_BY_CUE = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
# the verbs (and "attack on", group "nominal") a perpetrator acts by, which put the victims after them.
# The noun is tried first: "attacks on" is the plural noun ("In attacks on Tuesday, Taliban fighters
# killed ..."), never the verb, which takes its object with no preposition.
_ACT_VERB = re.compile(r"\b(?:(?P<nominal>attacks?\s+(?:on|against))|kill(?:s|ed|ing)?|attack(?:s|ed|ing)|target(?:s|ed|ing)|"
                       r"hit(?:s|ting)?|struck|strikes|murder(?:s|ed|ing)?|bomb(?:s|ed|ing)|blew up|blows up|rams?|"
                       r"rammed|wound(?:s|ed|ing)?)\b", re.I)
_PASSIVE = re.compile(r"\b(?:being|been|was|were|is|are|got|get|gets)\s+(?:\w+ly\s+)?$")
# "the air force's bombing" told as "the bombing of the air force upon a town": an act noun's of-phrase followed by what the act fell on
# names the act's doer (a subject genitive); "the bombing of the army base" names what was bombed
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_OF_THE_GROUP = re.compile(r"\s+(?:of|from|(?:(?:believed|said|thought|suspected|reported)\s+to\s+(?:be\s+)?)?"
                           r"(?:linked|loyal|affiliated|allied|tied|aligned|belong(?:ing)?|attached)\s+(?:to|with))\s+(?:the\s+)?", re.I)
_OF_FROM = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.I)
_FELL_ON = re.compile(r"\s+(?:on|against|upon)\s", re.I)
_CAUSE_OF_CASUALTY = ("Shelling/artillery/missile attack", "Air/drone strike")


def _side_of_name(name: str | None) -> str | None:
    if name is None:
        return None
    for key in ("RUS", "UKR", "UKR-POLICE", "DPR", "LPR", "NAF", "WAGNER"):
        actor = ACTORS[key]
        if actor.name("2024-01-01") == name or actor.name("2015-01-01") == name or actor.name("2010-01-01") == name:
            return _side(actor)
    return None


# The subject of a reporting verb that opens the sentence, and what it says: "Police said gunmen killed four",
# "Local police officials told reporters that ...", "According to the army, rebels ..."
_OPENING = re.compile(r"\W*(?:(?:on|late|early|last)\s+[\w-]+\s*,?\s+)?(?:(?:the|a|an|local|state|provincial|district)\s+)?$",
                      re.I)
_OPENING_SAYING = re.compile(r"\s+(?:(?:officials?|spokes(?:man|woman|person)|sources?|chiefs?|commanders?|officers?|"
                             r"authorities|have|has|had|also|later|in\s+(?-i:[A-Z])[\w'’-]+)\s+){0,3}(?:" + SAYING + r")\b(?:\s+(?:reporters|journalists))?"
                             r"(?:\s+(?:on|late|early)\s+[\w-]+)?(?:\s+that)?\s+(?P<next>[\w'’-]+)", re.I)
_ACCORDING_TO = re.compile(r"\W*according\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# a reported clause told of the speaker itself: "The army said it killed 20 militants" (the army did it)
_OWN_ACT = re.compile(r"(?:it|its|they|their|we|our|he|his|she|her|i)", re.I)


def _opening_speaker(text: str, mention: ActorMention) -> bool:
    """The actor is the speaker of an attribution opening the sentence, and the reported clause has a doer
    of its own: "Police said gunmen killed four people" (the police report it, the gunmen did it),
    "According to police, gunmen ...". Not "The army said it killed 20 militants": the clause's pronoun is
    the speaker, who took part."""
    if _ACCORDING_TO.fullmatch(text, 0, mention.start) is not None:
        return re.match(r"\s*,", text[mention.end:]) is not None
    if _OPENING.fullmatch(text, 0, mention.start) is None:
        return False
    said = _OPENING_SAYING.match(text, mention.end)
    return said is not None and "," not in said.group(0) and _OWN_ACT.fullmatch(said.group("next")) is None


def _speaker(text: str, mention: ActorMention) -> bool:
    """The police named in the credit closing the sentence ("..., police said", "..., said Ali Nasser, a police
    officer") tell the act as the authority that looks into it, and take no part in it. An armed side's
    credit ("..., the army said") is left a side: a war's forces report their own acts. The police opening
    the sentence by saying what another did ("Police said gunmen killed four people") are its speaker
    (`_opening_speaker`): in either order a claimant, never a side of the reported act."""
    if not _police(mention.actor):
        return False
    if _opening_speaker(text, mention):
        return True
    credited = credit_clause(text)
    return credited is not None and mention.start >= credited


# an act aimed at a crowd: "opened fire on a crowd", "threw a grenade into the crowd", "blew himself up among a crowd"
_AT_A_CROWD = re.compile(r"\b(?:on|into|at|among|amid|through|upon|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?crowds?\b", re.I)


# A force's post as the place of the act: "at a police checkpoint", "outside an army base", "near the police station"
_AT_SITE_BEFORE = re.compile(r"\b(?:at|outside|near|inside|into|in\s+front\s+of|next\s+to|close\s+to|on)\s+"
                             r"(?:an?|the|one|two|several|its|their)\s+(?:[\w-]+\s+)?$", re.I)
# the post itself (actors.FORCE_SITES: what a force holds or rides in), as in "police station bombing"
_SITE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + FORCE_SITES + r"\b", re.I)
# "Indian and Pakistani troops": two forces named as one subject
_AND_NEXT = re.compile(r"\s+and\s+(?:(?-i:[a-z-]+)\s+)?")


@lru_cache(maxsize=1)
def _nationals_after_killing() -> re.Pattern[str]:
    """A killing's counted object named by nationality: "killing four Americans and two Afghans",
    "shot dead three Chinese engineers"; not a nationality's forces ("killed 12 Pakistani soldiers")."""
    words = "|".join(re.escape(w) for w in sorted(demonyms(), key=len, reverse=True))
    return re.compile(r"\b(?:kill(?:ed|ing|s)?|shot\s+dead|shooting\s+dead|gunn(?:ed|ing)\s+down|murder(?:ed|ing|s)?|"
                      r"massacr(?:ed|ing))\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?(?:"
                      + NUMBER_PATTERN + r"|several|many|dozens\s+of|scores\s+of)\s+(?:(?:foreign|local|visiting)\s+)?"
                      r"(?:" + words + r")s?(?![\w-])(?!\s+(?:[\w-]+\s+)?" + _MILITARY_WORDS + r")", re.I)


_MILITARY_WORDS = r"(?:soldiers?|troops?|servicem[ae]n|marines?|officers?|policem[ae]n|police|forces?|guards?|personnel|" \
    r"contractors?|pilots?|sailors?|commandos?|fighters?|militants?|military)\b"


def _nationals_killed(text: str, cue: Cue) -> bool:
    """The act killed people the sentence names by their nationality alone: civilians, as ACLED codes foreigners
    killed in an attack on a hotel or a bus ("Gunmen stormed a hotel, killing four Americans and two Afghans").

    >>> from newsledger.events.cues import find_cues
    >>> t = "Gunmen stormed a hotel in Kabul, killing four Americans and two Afghans."
    >>> _nationals_killed(t, find_cues(t)[0])
    True
    >>> t = "Gunmen ambushed a convoy in Kabul, killing four American soldiers."
    >>> _nationals_killed(t, find_cues(t)[0])
    False
    """
    return _nationals_after_killing().search(text, cue.start) is not None


def _at_a_site(text: str, mention: ActorMention) -> bool:
    """The actor names the owner of the post where the act took place, not a doer: "blew himself up at a
    police checkpoint", "a car bomb exploded outside a police station", "near an army base".

    >>> from newsledger.events.actors import find_actors
    >>> t = "A car bomb exploded outside a police station in Quetta, killing six policemen."
    >>> [_at_a_site(t, m) for m in find_actors(t, "PK")]
    [True, False]
    """
    return _AT_SITE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None \
        and _SITE_AFTER.match(text, mention.end) is not None


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
    return next((actor for actor in belligerents if not _same_side(actor, agent, where, inferred=True)
                 and not _abroad(actor, where)), None)


def _abroad(actor: Actor, where: str | None) -> bool:
    """A state's force outside its state (and outside the Russia-Ukraine war's two states, where each fights on
    the other's soil): named elsewhere in the article, it is no side of an act there that does not name it
    ("Ukrainian advisers help Sudan's army" is no side of the RSF's shelling of a market)."""
    return actor.inter == 1 and where is not None and actor.country not in (None, where) \
        and not {actor.country, where} <= {"RU", "UA"}


def _defender(agent: Actor | None, cue: Cue, location: Location | None) -> Actor | None:
    """In a battle on a state's soil with no named opponent, the opponent is that state's forces."""
    if agent is None or location is None or cue.rank > 5 or cue.sub_event_type == "casualty":
        return None
    home = {"RU": "RUS", "UA": "UKR"}.get(location.place.country or "")
    if home and agent.country != location.place.country and agent.key in ("RUS", "UKR", "WAGNER"):
        return ACTORS[home]
    return None


# A boundary between two clauses that tell different acts: "X are helping the army, but it was Y that shelled ..."
# (not a dash or a colon: "Border guards held the line — they killed 60 invaders" tells one side's acts)
_CLAUSE_BREAK = re.compile(r"\s*;\s|,?\s+but\s|,\s+(?:while|whereas|although|though)\s", re.I)
# an actor who reacts to the act in words: "The Kremlin condemned the attack", "Kyiv has strongly denounced ..."
_REACTS = re.compile(r"\s+(?:(?:has|have|had|also|later|quickly|swiftly|strongly|sharply|publicly)\s+){0,2}"
                     r"(?:condemn|denounc|deplor|decr(?:y|ie)|welcom|critici[sz]|mourn|lament|regrett?|express|prais|hail|"
                     r"offer(?:ed|s)?\s+condolences|call(?:ed|s)?\s+for|urg)\w*\b", re.I)
# a state that armed a doer without acting itself: "drones supplied by Ukraine", "rebels backed by Rwanda"
_SUPPLIED_BY = re.compile(r"\b(?:supplied|provided|made|built|manufactured|donated|sold|delivered|shipped|trained|funded|"
                          r"financed|armed|backed|equipped|sponsored|supported)\s+by\s+(?:the\s+)?$", re.I)


# a closing credit: ", the army said", ", the Israeli military said on Monday"
_CREDITING = re.compile(r",\s+(?:the\s+|an?\s+)?$", re.I)
_CREDITED = re.compile(r"\s+(?:(?:spokes(?:man|woman|person)|officials?|has|have|also|later)\s+)?(?:" + SAYING + r")\b", re.I)
# a clash told by its reciprocal verb, whose sides are its subjects, and the toll after it
_RECIPROCAL = re.compile(r"(?:clash|fought|fight|battl|exchang|skirmish)", re.I)
# the same verb before the act's noun, or "each other": "exchanged artillery fire", "traded mortar fire",
# "shelled each other" (whose toll after it, "killing two civilians", names no side)
_RECIPROCAL_VERB = re.compile(r"\b(?:clash(?:ed|es|ing)?|fought|battled|exchang(?:e|ed|es|ing)|skirmish(?:ed|es|ing)?|"
                              r"trad(?:ed|es|ing)|each\s+other|one\s+another)\b", re.I)
_A_TOLL = re.compile(r"\b(?:leaving|left|leaves|killing|kills|killed)\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?"
                     r"(?:" + NUMBER_PATTERN + r"|several|many|dozens\s+of|scores\s+of)\s+(?:[\w-]+\s+)?$", re.I)
# what a protest is against: "against police killings", "demanding the troops' withdrawal"
_PROTEST_OBJECT = re.compile(r"\b(?:against|over|demanding|denouncing|condemning|decrying|protesting|opposing|calling\s+for|"
                             r"to\s+(?:protest|denounce|condemn|demand|oppose))\b", re.I)


def _in_the_act(mentions: tuple[ActorMention, ...], cue: Cue, text: str, where: str | None
                ) -> tuple[ActorMention, ...]:
    """The mentions that may be sides of the act `cue` tells. Never an actor reacting to it in words ("The
    Kremlin condemned the attack in which gunmen killed 20") nor a state that only supplied or backed a doer
    ("army drones, some supplied by Ukraine, hit ..."); an actor named in another clause than the act's
    ("Ukrainian advisers are helping the army, but it was the RSF that shelled a market") is none when
    the act's clause names one of its own, and never when it is a foreign state's force (neither of the
    event's country `where` nor named in the act's own clause).

    >>> from newsledger.events.actors import find_actors
    >>> from newsledger.events.cues import find_cues
    >>> t = "The Kremlin condemned the attack in which gunmen killed 20 worshippers in Congo."
    >>> [m.actor.key for m in _in_the_act(find_actors(t, "CD"), find_cues(t)[0], t, "CD")]
    ['UNID', 'CIV']
    """
    kept = tuple(m for m in mentions if _REACTS.match(text, m.end) is None
                 and _SUPPLIED_BY.search(text, max(0, m.start - 40), m.start) is None)
    # "..., the US military said" of an act in Yemen: a foreign force crediting the report after the act, while
    # the act names another armed actor, tells it (a force of the event's country or war is left a side: a
    # war's forces report the acts they took part in)
    credited = tuple(m for m in kept if m.start > cue.end and _CREDITING.search(text, max(0, m.start - 12), m.start)
                     and _CREDITED.match(text, m.end) and _abroad(m.actor, where))
    if credited and any(m.actor.inter not in (5, 6, 7) and m not in credited for m in kept):
        kept = tuple(m for m in kept if m not in credited)
    if _CLAUSE_BREAK.search(text) is None:
        return kept
    opening = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, cue.start)), default=0)
    closing = next((b.start() for b in _CLAUSE_BREAK.finditer(text, cue.end)), len(text))
    inside = tuple(m for m in kept if opening <= m.start and m.end <= closing)
    if any(m.actor.inter not in (5, 6, 7) for m in inside):
        return inside
    return tuple(m for m in kept if m in inside or m.actor.country in (None, where) or m.actor.inter not in (1, 3))


def _sides(mentions: tuple[ActorMention, ...], cue: Cue, text: str, cues: tuple[Cue, ...],
           same_sentence: bool = True, where: str | None = None) -> tuple[Actor | None, Actor | None]:
    """(agent, target): the actor after "by", else the armed actor named before the cue, else the first."""
    if same_sentence:
        mentions = _in_the_act(mentions, cue, text, where)
    # "a suicide bomber of the Taliban", "gunmen from the Islamic State", "insurgents linked to the Islamic
    # State": the generic men are the group's own (the generic rebels only by such a link: "the jihadists of
    # the group" may be named apart from another side that the reader does not know)
    mentions = tuple(m for m in mentions if not any(
        (link := _OF_THE_GROUP.fullmatch(text, m.end, other.start)) is not None
        and (m.actor.key == "UNID" or (m.actor.key == "REBELS" and not _OF_FROM.fullmatch(link.group(0))))
        for other in mentions if other.actor.inter in (2, 3, 4)))
    armed = [m for m in mentions if m.actor.inter not in (5, 6, 7)]
    if cue.sub_event_type == "Peaceful protest":
        # "protested against the deployment of National Guard troops", "rallied over police killings": what
        # the crowd protests is no side of its protest
        armed = [m for m in armed if m.start < cue.end or _PROTEST_OBJECT.search(text, cue.end, m.start) is None]
    crowd = [m for m in mentions if m.actor.inter in (5, 6)]
    victims = [m for m in mentions if m.actor.inter == 7]
    if cue.sub_event_type == "Mob violence" and crowd and armed and armed[0].start < cue.start < crowd[0].start:
        return armed[0].actor, crowd[0].actor       # "police beat up dozens of protesters": the crowd took the blows
    if cue.sub_event_type in ("Peaceful protest", "Violent demonstration", "Mob violence") and crowd:
        return crowd[0].actor, (armed[0].actor if armed else None)
    if cue.sub_event_type == "Looting/property destruction" and crowd and crowd[0].start < cue.start \
            and not any(m.start < cue.start for m in armed):
        # "rioters looted shops", "demonstrators torched a police station": the crowd did it (the coder makes it its riot)
        return crowd[0].actor, next((m.actor for m in armed if m.start > cue.start), None)
    if cue.sub_event_type == "Peaceful protest" and same_sentence and not any(m.actor.inter == 1 for m in armed):
        # "Thousands of teachers marched", "Supporters of the separatist movement held a rally": the marchers,
        # named by their trade or their cause, are the protesters themselves (the coder's Protesters), no
        # victim and no armed side; a state force named beside them is read as below
        return None, None
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
    sites = [m for m in armed if same_sentence and m is not agent and _at_a_site(text, m)]
    if agent is None:
        before = [m for m in armed if m.start < cue.start]
        agent = before[-1] if before else (armed[0] if armed else None)
        if len(before) > 1 and _AND_NEXT.fullmatch(text, before[-2].end, before[-1].start):
            agent = before[-2]          # "Indian and Pakistani troops exchanged fire": the first named of the pair
        if agent is not None and agent in sites:
            # "A suicide bomber blew himself up at a police checkpoint": the force whose post the act hit
            # suffered it; whoever did it is an armed actor named apart from the post, else unknown
            doer = next((m for m in reversed(before) if m not in sites), None)
            return (doer.actor if doer else None), agent.actor
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
    # "Malian soldiers and foreign mercenaries killed 30 civilians": two subjects of one act done to others are
    # one side (not a reciprocal act, "Azerbaijani and Armenian troops exchanged artillery fire, killing two
    # villagers": its subjects fought each other, and its toll names no side)
    partners = [m for m in armed if agent is not None and same_sentence and m.end <= cue.start and agent.end <= cue.start
                and any(v.start > cue.start for v in victims)
                and not _RECIPROCAL.match(cue.text) and not _RECIPROCAL_VERB.search(text, agent.end, cue.end + 16)
                and (_AND_NEXT.fullmatch(text, agent.end, m.start) or _AND_NEXT.fullmatch(text, m.end, agent.start))]
    others = [m for m in armed if agent is not None and m.actor.key != agent.actor.key and m not in partners
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
        passive = True                  # "Losses of the Ukrainian army ...": the named side suffered
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
    if victims and cue.sub_event_type == "Armed clash" and _RECIPROCAL.match(cue.text) \
            and all(_A_TOLL.search(text, cue.end, v.start) for v in victims):
        victims = []                    # "Rival militias clashed ..., leaving three people dead": a toll, not a side
    if victims and (cue.sub_event_type in _CAUSE_OF_CASUALTY or cue.rank >= 3
                    or _ACT_VERB.search(text, cue.end, victims[0].start) is not None):
        # ("A suicide bomber blew himself up at a market, killing six people": the act's own victims)
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

    >>> from newsledger.events.actors import find_actors
    >>> from newsledger.events.cues import find_cues
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

    >>> from newsledger.events.actors import find_actors
    >>> from newsledger.events.cues import find_cues
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


def _one_actor(one: tuple[str | None, int | None], other: tuple[str | None, int | None]) -> bool:
    """Two actor slots name one side: the same actor, one state's forces, or generic armed men beside
    a named armed group."""
    return one[0] is not None and other[0] is not None and _one_side(one[0], one[1], other[0], other[1], "")
