"""Event cues: the words that make a sentence report a conflict event, and which sub-event type.

Written by hand: a table of English verbs and nouns of war reporting mapped to ACLED sub-event
types, with the checks that keep statements, plans and background out ("aiming to reach",
"efforts to regain", "will likely", "did not attack", "regarding the Kursk offensive"). Event
nouns (offensive, incursion, counterattack) count only when a verb in the sentence says the
operation happened or is under way ("launched", "began", "intensifies"), because news mentions
an operation by name far more often than it reports one.

Kinds: "take" and "retake" are territorial and are resolved to a Battles sub-event by the coder
(which side is the government depends on where the place is); "casualty" cues ("killed",
"wounded") make an event only when no better cue is present.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
try:
    from re import _constants as _sre  # type: ignore[attr-defined]  # the parsed cue patterns, read for their heads
    from re import _parser  # type: ignore[attr-defined]
except ImportError:                     # another Python's re: no index, every cue searched (see _index_by_head)
    _sre = _parser = None
from collections.abc import Iterator
from typing import Any

from ..enrich.hedges import QUALIFIER_PATTERN, SPECULATIVE_PAST
from ..enrich.numbers import NUMBER_PATTERN
from .aspect import DAY_WORD
from .complements import OBJECT_AFTER, PROTEST_STEMS, a_campaign_rally, crowd_subject, told_as_happening
from .timing import dated_act
from ..enrich.people import PERSON_NOUN
from .fatalities import ARMED_MEN, ARMED_PLURALS

__all__ = ["CREWED_AIRCRAFT", "Cue", "KILLING_CUES", "MILITARY_AIRCRAFT", "find_cues", "killed_at_a_protest", "names_an_act"]


@dataclass(frozen=True, slots=True)
class Cue:
    sub_event_type: str        # ACLED sub-event type, or "take"/"retake"/"casualty"/"advance"
    start: int                 # offsets into the sentence
    end: int
    text: str
    rank: int                  # lower wins when a sentence has several cues


# A bomb named by its device ("a car bomb", "an IED"): one set off, not dropped or fired.
DEVICE = r"\bied\b|improvised explosive|explosive device|car bomb|tripwire|booby[- ]?trap"

# Aircraft with a crew that forces fly: the words of arms the actor lexicon reads after a state's name
# ("Russian warplanes", "Nigeria jets"), which name no target of an act (merging) and an air raid (coder)
MILITARY_AIRCRAFT = r"(?:warplanes?|(?:fighter |military )?jets?|aircraft|helicopters?|choppers?|chinooks?)"
# Aircraft with a crew, any plane too: shot down, they are a battle (ACLED), not a drone or missile intercepted.
CREWED_AIRCRAFT = r"(?:" + MILITARY_AIRCRAFT + r"|(?:war|fighter |military |transport |passenger )?planes?)\b"

# A word of a killing's object noun phrase ("two", "unarmed", "people"): not a preposition or a
# conjunction, so "killed two militants near protesters" does not reach past its object to the crowd
# ("at least" is a count's, not a place's)
_OBJECT_WORD = (r"(?:(?!(?:near|by|with|among|amid|beside|behind|close|outside|inside|after|before|from|to|into|in|on|"
                r"and|or|while|at(?! least))\b)[\w'’-]+ )")
# the words between a crowd noun and its act, none of them a passive's ("protesters in the capital threw";
# not "protesters were attacked", "protesters killed by police")
_CROWD_QUALIFIED = r"(?: (?!(?:was|were|been|being|by|had|have|has)\b)[\w'’-]+){0,4}?"
# a killing with its object at a protest ("soldiers killed three people at a rally"): excessive force only
# when a state's forces are named doing it (the coder's _cue_holds, _sub_event); a bomb or a crush at a
# rally is not force on protesters
_KILLED_AT_A_PROTEST = (r"(?:shot dead|shoots? dead|killed|kills?) " + _OBJECT_WORD + r"{1,3}?(?:at|during) (?:[\w'’-]+ ){0,3}?"
                        r"(?:protests?|demonstrations?|rall(?:y|ies))\b")
killed_at_a_protest = re.compile(_KILLED_AT_A_PROTEST, re.I).fullmatch

# What a bomb squad defuses: "defused a roadside bomb", "the device was defused"; "defused the tension" is
# no weapon
_EXPLOSIVE = r"(?:bombs?|devices?|explosives?|(?:land)?mines?|ieds?|grenades?|shells?|charges?|rockets?|munitions?|ordnance|booby)\b"
_EXPLOSIVE_END = r"(?:bomb|device|explosive|mine|ied|IED|grenade|shell|charge|rocket)s?"

# A mine that went off: hit, stepped on, laid or set off ("their truck hit a mine", "killed by a mine"). A
# mine alone is as often a pit ("from a gold mine", "a mine site", "mine workers"): a place, no explosive
_MINE_STRUCK = (r"(?:hit|hits|struck|strikes|stepped on|steps on|detonated|triggered|set off|ran over|drove over|laid|planted|"
                r"(?:killed|wounded|injured|maimed) by) (?:an? |the )?(?:(?:anti-tank|anti-personnel|land|roadside|sea|naval) )?mines?\b"
                r"(?! (?:sites?|shafts?|workers?|owners?|operators?|compan(?:y|ies)|employees|pits?|concessions?))")

# What a seizure of arms takes: a haul, not ground ("seized 20 rifles", "rifles seized"). The arms make
# it a disruption of weapons use; drugs and cash only keep it from being a taking of territory.
_ARMS = ("weapons", "arms", "ammunition", "munitions", "rifles", "guns", "firearms", "pistols", "grenades", "explosives")
_HAUL = (*_ARMS, "drugs")
# after "seized": the haul itself, or a count or a word or two describing it first ("seized 20 AK-47 rifles")
_HAUL_AFTER = r" (?:[\w,-]+ ){0,2}?(?:" + "|".join(_HAUL) + r")\b"
_ARMS_AFTER = r" (?:[\w,-]+ ){0,2}?(?:" + "|".join(_ARMS) + r")\b"

# a strike that is a walkout, a protest or no act of war: "a hunger strike", "the general strike", "a rail strike"
_NOT_A_WALKOUT = "".join(f"(?<!{word} )" for word in (
    "hunger", "general", "labour", "labor", "workers'", "workers’", "workers", "rail", "transport", "teachers'", "teachers",
    "nationwide", "national", "lightning", "lucky", "first", "three", "second", "third", "one-day", "two-day", "wildcat", "tax",
    "student", "doctors'", "doctors", "nurses'", "nurses", "miners'", "miners", "sit-down"))

# (rank, sub-event type or kind, pattern, nominal). Nominal cues need an eventive verb nearby.
_TABLE: tuple[tuple[int, str, str, bool], ...] = (
    (0, "retake", r"liberat(?:ed|es|ing|ion of)|recaptur(?:ed|es|ing|e)|regain(?:ed|s|ing)?(?: full)? control|"
                  r"regain(?:ed|s|ing)?|retook|retak(?:en|es|ing|e)|reclaim(?:ed|s|ing)?|won back|taken back|took back|"
                  r"(?:returned|restored) (?:under )?(?:\w+ )?control", False),
    (0, "take", r"captur(?:ed|es|ing|e)|" + "".join(f"(?<!{word} )" for word in _HAUL) + r"seiz(?:ed|es|ing|e)\b(?!" + _HAUL_AFTER + r")|"
                r"took control|"
                r"tak(?:en|es|ing|e) control|gain(?:ed|s|ing)? control|overr(?:an|un)|"
                r"securing \d[\d,]* (?:settlements|villages)|"
                r"enter(?:ed|s|ing) (?:(?:parts?|the outskirts|the centre|the center) of )?(?:(?:the|a|an) )?(?:[\w-]+ ){0,2}?"
                r"(?:towns?|villages?|city|cities|district|settlements?)\b|enter(?:ed|s|ing)(?= (?-i:[A-Z]))|took over(?! as (?:(?:the|a|an|its|his|her|their|interim|acting|new)\s+)*(?:[\w-]+\s+)?(?:head|chief|leader|president|director|manager|coach|ceo|chairman|chairwoman|chair|governor|mayor|minister|commander|editor|captain|premier|secretary|speaker|host|owner|executive|boss|champion)s?\b)|occupied (?:the )?(?:village|town|city)", False),
    (1, "Chemical weapon", r"chemical (?:weapons?|attacks?|munitions?|agents?)|chloropicrin|poison(?:ous)? gas|nerve agent", False),
    (1, "Suicide bomb", r"suicide (?:bomb(?:ers?|ings?|s)?|attacks?|car bomb(?:ers?|ings?|s)?|blasts?|explosions?|attackers?)", False),
    (2, "Air/drone strike", r"air ?strikes?|air raids?|bomb(?:ed|ing|ings)\b|drone (?:strikes?|attacks?|hits?)|"
                            r"kamikaze drones?|shaheds?|(?:guided|glide|aerial|cluster|barrel) bombs?|explosive barrels?|"
                            r"drones? (?:hit|struck|attacked|targeted|dropped)|attack drones?|struck by (?:a )?drones?|"
                            r"(?:dropped|drops) (?:a )?(?:bombs?|explosives?|grenades?) from", False),
    # a strike with no "air" before it: a weapon's when it killed or hit a military target ("Israeli strikes
    # killed nine", "a strike on a convoy"); a strike of workers kills no one and is "on" no convoy
    (2, "Air/drone strike", _NOT_A_WALKOUT + r"strikes?(?= (?:(?!(?:after|when|as|and|but|which|that|while|until|before|"
                            r"because|over|against the)\b)[\w'’-]+ ){0,6}?(?:killed|kills|killing|wounded|wounds|injured|injures)\b)|"
                            + _NOT_A_WALKOUT + r"strikes?(?= (?:on|against) (?:an? |the |two |three |\d+ )?(?:[\w'’-]+ ){0,2}?"
                            r"(?:convoys?|positions?|bases?|targets?|camps?|hideouts?|compounds?|depots?|bunkers?|strongholds?|"
                            r"launchers?|militants|fighters|insurgents|rebels|jihadists)\b)", False),
    (2, "Shelling/artillery/missile attack", r"shell(?:ed|ing|ings|s)\b(?! out\b)|artillery|missiles?|rockets?|mortars?|(?-i:\bGrads?\b)|mlrs|"
                                             r"multiple (?:launch )?rocket|iskanders?|himars|howitzers?|"
                                             r"cluster munitions?|ballistic|tochka-?u?|uragan|smerch|tank fire|"
                                             r"bombardment|under fire from|shell(?=\s+(?:the\s+)?(?-i:[A-Z]))|fire (?:defeat|damage|missions?)|inflicted (?:[\w-]+ ){0,4}?(?:fire|damage|strikes?)|"
                                             r"(?:hit|struck|destroyed) (?:an? |the |two |three |\d+ )?(?:[\w-]+ ){0,3}(?:positions?|air defen[cs]e system|"
                                             r"depots?|command posts?|concentrations?|strongholds?|firing points?|howitzers?|"
                                             r"brigades?|columns?|equipment|vehicles?|barges?|tanks?|launchers?)", False),
    (2, "Remote explosive/landmine/IED", r"(?:bombs?|explosives?|(?:explosive )?devices?) (?:went|go|goes|had gone) off|"
                                         r"(?:bombs?|explosive devices?) (?:exploded|detonated)|"
                                         r"(?<!petrol )(?<!molotov )(?<!smoke )(?<!gas )(?<!stink )(?<!sex )(?<!photo )"
                                         r"(?<!time )bombs? (?:(?!time\b)[\w-]+ ){0,6}?(?:killed|kills?|wounded|wounds?|injured|injures?|ripped through|tore through)\b|"
                                         r"(?:detonated|detonates|set off|sets off) (?:an? |the |two |twin )?(?:[\w-]+ ){0,2}?(?:bombs?|explosives?)\b|"
                                         r"(?:killed|wounded|injured) by (?:an? |the |two |twin )?(?:[\w-]+ ){0,2}?bombs?\b|(?:car |roadside )?explosions?|landmines?|(?:anti-tank|anti-personnel|land|sea|naval) mines?\b|mine (?:blast|explosion)|"
                                         + DEVICE + r"|"
                                         r"blown up|" + _MINE_STRUCK + r"|(?:an? |the )?mines? (?:exploded|went off|blew up|detonated)", False),
    # "bomb blast leaves 4 dead", "hurt in Quetta blast", "roadside bomb targets a convoy": a noun, an act
    # only beside its dead or a verb that says it went off ("critics blast the plan" is none)
    (2, "Remote explosive/landmine/IED", r"(?<!petrol )(?<!molotov )(?<!smoke )(?<!gas )(?<!stink )bomb(?:ings?|s)|bomb attacks?|"
                                         r"blasts?\b|roadside bombs?", True),
    (2, "Grenade", r"grenades?(?! launchers?)", False),
    (3, "Abduction/forced disappearance", r"abduct(?:ed|s|ion|ing)|kidnap(?:ped|s|ping)?|taken hostage|forced disappearance|"
                                          r"forcibly disappeared|(?:took|taken|seized|holding) (?:\w+ ){0,2}?hostages?|taken captive", False),
    # a massacre, a slaughter, a mass shooting: violence against civilians by its name (a noun, so only when
    # a verb says it took place or the phrase dates it: "committed the worst mass shooting", "the massacre Tuesday")
    (3, "Attack", r"massacres?|slaughter|mass shootings?|shooting spree", True),
    # a killing or wounding by knife, machete or beating is violence by itself, whoever did it (the coder
    # makes it an armed clash when the victim is armed)
    (3, "Attack", r"stabb(?:ed|ing)\b|knifed|hacked (?:\w+ ){0,3}?(?:to death|with)|(?:beaten|bludgeoned|clubbed) "
                  r"(?:\w+ ){0,2}?to death|(?:knife|machete|axe) (?:attacks?|wounds?)", False),
    (3, "Attack", r"stabbings?|knife (?:attacks?|wounds?)", True),
    (3, "Sexual violence", r"\brap(?:e|ed|es|ing)\b|sexual (?:violence|assault|abuse)", False),
    (4, "Excessive force against protesters", r"(?:protesters?|demonstrators?|activists?) (?:were |was )?(?:shot|killed)|"
                                               r"(?:shot dead|shoots? dead|shot|killed|kills?) " + _OBJECT_WORD + r"{0,3}?(?:protesters?|demonstrators?)|"
                                               + _KILLED_AT_A_PROTEST + r"|"
                                               r"protesters? dies|(?:killed|dead|died|dies|shot dead|shot) (?:as|during|amid|at|after) (?:[\w'’-]+ ){0,3}?"
                                               r"(?:protests?|protested|demonstrations?|rall(?:y|ies))\b|"
                                               r"(?:assault|attack|fired|fires?|open(?:s|ed)? fire|shoots?|crackdown|live (?:fire|ammunition)) "
                                               r"(?:on|at|against) (?:the )?(?:\w+ )?(?:protesters|demonstrators|crowds?)", False),
    (4, "Protest with intervention", r"(?:police|troops|security forces|berkut) (?:\w+ )?(?:disperse[sd]?|storm(?:s|ed)?|"
                                      r"br(?:oke|eak) up|detain(?:ed|s)?|cleared?)\b[^.]*?(?:protest|rally|camp|demonstrat)|"
                                      r"dispers(?:e|ed|es|ing|al of) (?:the )?(?:protest|rally|demonstrat)|"
                                      r"(?:fired|firing|fires|used|using) (?:[\w-]+ ){0,4}?(?:tear ?gas|water cannons?|rubber bullets|"
                                      r"pepper spray|stun grenades)|(?:tear ?gas|water cannons?|rubber bullets|pepper spray) "
                                      r"(?:at|on|against) (?:the )?(?:\w+ )?(?:protesters|demonstrators|crowds?|students|marchers)", False),
    (4, "Mob violence", r"\bmobs?\b|lynch(?:ed|ing)", False),
    # a crowd beating someone up ("supporters kicked and punched a protester", "a crowd beat two reporters"):
    # blows told as a pair or as a beating of people (a boxer's punch lands on no "protester")
    (4, "Mob violence", r"(?:kicked|punched|beat|beaten|pummell?ed|stomped on|shoved) and (?:kicked|punched|beat|beaten|"
                        r"pummell?ed|stomped on|shoved)\b|(?:beat|beaten|roughed) up (?:an? |the |two |three |several |\d+ )?"
                        r"(?:[\w'’-]+ ){0,3}?" + PERSON_NOUN + r"\b", False),
    (4, "Violent demonstration", r"\briot(?:s|ed|ing)?\b(?! (?:police|policem[ae]n|gear|squads?|control|officers?|shields?|vans?))|violent (?:protests?|demonstrations?)|"
                                  r"(?:protesters?|demonstrators?|rioters?)" + _CROWD_QUALIFIED + r" (?:clashed|threw|hurled|pelted|"
                                  r"stoned|stormed|set fire|torched|attacked)\b|violent (?:\w+ )?(?:protests?|demonstrations?)", False),
    (5, "Armed clash", r"cross(?:ed|es|ing) (?:the )?(?:state )?border|crossed into|broke into|pushed into|"
                       r"cross-border (?:raids?|attacks?|incursions?)|"
                       r"violat(?:es|ed|ing|ions?)(?: of)? (?:the )?(?:cease-?fire|truce)|(?:cease-?fire|truce) violations?|clash(?:es|ed)?|fighting(?! (?:factions?|groups?|forces|parties|men|units|season|chance|spirit|fit|words?|talk))|fought|firefights?|gunfights?|skirmish(?:es)?|exchange[sd]? (?:of )?fire|"
                       r"shoot-?outs?|gun ?battles?|gunfire|(?:heavy|intense|unprovoked|indiscriminate|cross-border) firing|firing (?:on|at|upon)|"
                       r"la(?:id|y|ys|ying) siege to|forc(?:e|ed|es|ing) (?:their|its|his|her) way into|"
                       r"ambush(?:ed|es)?|stormed|repelled|repulsed|came under (?:\w+ )?(?:fire|attack)|fired (?:at|on|upon)|opened fire|"
                       r"attack(?:ed|ing)\b|assault(?:ed|ing)\b|battled|raided\b|invad(?:ed|es|ing)\b|"
                       r"sabotage (?:group|unit)s?|broke through|advanc(?:ed|ing)|(?:made|mak(?:e|es|ing)) (?:\w+ )?(?:further |new )?(?:advances|gains)|gain(?:ed|s|ing)? ground|"
                       r"pushed back|drove back|driven back|(?:stopped|repelled|thwarted|foiled|repulsed) (?:an? |another |two |three |\d+ )?"
                       r"(?:attempts?|attacks?|assaults?|offensive)|break through|broke through", False),
    (5, "Armed clash", r"counter-?offensives?|offensives?|counter-?attacks?|incursions?|invasion|attacks?|assaults?|"
                       r"battles?|raids?|advances|encounters?|"
                       r"push(?:es)?(?= into)|storm\b", True),
    (6, "Peaceful protest", r"protested|protesting|picketed|marched (?:\w+ly )?(?:to|through|on|in|down|along|into|past|towards?)\b|"
                            r"staged (?:a |an )?(?:protest|rally|demonstration|sit-in)|took to the streets|"
                            r"(?:tr(?:y|ied|ying)|attempt(?:ed|ing)?) to march (?:on|to|towards?)\b|chant(?:ed|ing) (?:[\w-]+ ){0,2}?slogans|"
                            r"rallied\b(?! (?:behind|around|round|support|to (?:win|victory|beat|defeat|a |an |the )))|"
                            r"in protest (?:against|at|over|of)\b", False),
    (6, "Peaceful protest", r"protests?(?!ant)|(?-i:(?:protest )?march(?:es)?)(?!\s+\d)|(?<!planned )(?<!pep )(?<!stock )(?<!market )"
                            r"rall(?:y|ies)|demonstrations?|pickets?|sit-ins?", True),
    # a warplane named is not a strike: only when a verb says it acted ("warplanes bombed", "jets struck")
    (2, "Air/drone strike", r"warplanes?|fighter jets?", True),
    (7, "Agreement", r"(?:signed|agreed|reached|announced|declared|brokered|negotiated|agreed on|agreed to) (?:an? |the |new )?"
                     r"(?:[\w-]+ )?(?:cease-?fire|truce|agreement|deal|memorandum|accord)|"
                     r"(?:cease-?fire|truce) (?:came|comes|went|goes|entered|enters) into (?:force|effect)|"
                     r"prisoner (?:exchange|swap)|exchanged (?:\w+ )?prisoners|(?:swap|exchange) of prisoners", False),
    (7, "Arrests", r"arrest(?:ed|s|ing)?\b|detain(?:ed|s|ing)?\b|taken into custody", False),
    (5, "Armed clash", r"shot down(?= (?:[\w-]+ ){0,4}?" + CREWED_AIRCRAFT + r")|(?:" + CREWED_AIRCRAFT + r") (?:was |were |been )?shot down", False),
    (7, "Disrupted weapons use", r"shot down|intercept(?:ed|s|ing)? (?:\w+ ){0,3}?(?:missiles?|rockets?|drones?|projectiles?|shells?|"
                                 r"aircraft|planes?|jets?|targets?|(?:ballistic|cruise) )|(?:missiles?|rockets?|drones?|"
                                 r"projectiles?|shells?) (?:\w+ )?(?:were|was|been) intercepted|demin(?:ed|ing)|"
                                 r"downed(?= (?:[\w-]+ ){0,3}?(?:drones?|uavs?|missiles?|rockets?|projectiles?|shaheds?|"
                                 r"aircraft|planes?|jets?|helicopters?|choppers?|balloons?)\b)|(?<=was )downed|(?<=were )downed|"
                                 r"defus(?:ed|ing)(?= (?:[\w-]+ ){0,3}?" + _EXPLOSIVE + r")|" + _EXPLOSIVE_END + r" (?:was|were|been|being) defused|"
                                 r"destroyed (?:\d+ |an? |the )?(?:\w+ )?(?:drones?|missiles?)\b|"
                                 r"seized(?=" + _ARMS_AFTER + r")|arms cache", False),
    (7, "Looting/property destruction", r"loot(?:ed|ing|s)?\b|set (?:on )?fire|burn(?:ed|t) down|torched|vandali[sz]ed", False),
    (7, "Headquarters or base established", r"(?:set up|established|establishes|sets up) (?:an? |its |their )?"
                                            r"(?:new )?(?:base|headquarters|camp|checkpoint)", False),
    (7, "Non-violent transfer of territory", r"withdr(?:ew|awn|aws) (?:from|its|their)|pulled out (?:of|from)|"
                                             r"handed over (?:control|the)|retreated from", False),
    (8, "casualty", r"(?:was|were|been|being) (?:shot|stabbed|hacked)\b|gun(?:s|ned)? down|stabbed to death|shot dead|"
                    r"murder(?:ed|s)?|assassinat(?:ed|es|ion)|behead(?:ed|s|ing)?|burn(?:ed|t|s)? (?:[\w-]+ ){0,3}?alive|"
                    # a headline's present tense with its dead counted after it: "Gunmen massacre 20 villagers",
                    # "Rebels execute five hostages", "Bandits slay four farmers" (not "execute a plan")
                    # (people only, counted by the one number reader: not "execute 12 search warrants")
                    r"(?:massacre|execute|slay)s?(?= (?:" + QUALIFIER_PATTERN + r")?\s*(?:" + NUMBER_PATTERN + r")\s+"
                    r"(?:[\w'’-]+ ){0,2}?" + PERSON_NOUN + r"\b)|"
                    r"slain|"
                    r"(?:hacked|tortured|burned|burnt|beaten) to death|(?:summarily|extrajudicially) executed|(?:was|were|been) executed\b|"
                    r"beaten to death|massacr(?:ed|es|ing)|killed|kill(?:s|ing)?\b|dead\b|died|dies\b|deaths?\b|fatalit(?:y|ies)\b|wounded|injured|injuries|casualties|"
                    r"lost (?:their )?lives|claim(?:s|ed)? (?:the lives of|(?:[\w,-]+ ){1,4}?lives\b)|(?:took|tak(?:e|es|en|ing)) the lives? of|perished|death toll|eliminat(?:ed|es|ing)|liquidat(?:ed|es|ing)|\bkia\b|"
                    r"lost (?:up to |about |more than |over |some )?\d[\d,]* (?:\w+ )?(?:servicem[ae]n|soldiers|troops|military|personnel|fighters|people)|"
                    r"losses (?:of|in|among)|destroy(?:ed|s|ing) (?:up to |about |more than |over |some )?\d[\d,]* (?:\w+ ){0,2}?"
                    r"(?:soldiers|servicem[ae]n|military|militants|fighters|troops|personnel|people|invaders|nationalists|mercenaries)", False),
)
_COMPILED = tuple((rank, kind, re.compile(r"(?<![\w-])(?:" + pattern + r")", re.I), nominal)
                  for rank, kind, pattern, nominal in _TABLE)
# How a casualty cue that names the killing done opens ("killed", "gunned down", "massacred",
# "eliminated"): the side named before it did it. Any other ("died", "wounded", "losses of") names harm
# the side named with it suffered (the coder's passive reading).
KILLING_CUES = ("destroy", "eliminat", "kill", "gun", "murder", "assassinat", "behead", "burn", "massacr", "lynch", "execut", "slay", "claim",
                "took", "tak")


# A cue starts a word (its `(?<![\w-])`) with one of a few literal heads: "kil", "dea", "wou" for the
# casualties, "she", "art", "mis" for shelling. A sentence is searched only with the cues whose head
# starts one of its words (a set lookup of its words' first letters, not a scan for each of the ~30
# cues); the heads are read from the patterns themselves, so what is found is what searching every
# cue finds. re.I matches what lower() finds, unless the text holds one of the four non-ASCII letters
# re.I equates with an ASCII one (dotted and dotless i, long s, the Kelvin sign): then every cue.
_HEAD = 3
_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def _heads(items: Any, heads: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """The literal starts (lower case, at most _HEAD letters) a match of a parsed pattern may have,
    each with whether it is closed (nothing more is known of the match after it)."""
    for op, av in items:
        if all(closed for _, closed in heads):
            break
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):            # zero width: "\b", "(?<!arms )", "(?= into)"
            continue
        if op is _sre.LITERAL and chr(av).isascii():
            heads = {(head, True) if closed else (head + chr(av).lower(), len(head) + 1 >= _HEAD)
                     for head, closed in heads}
        elif op is _sre.SUBPATTERN:
            heads = _heads(av[3], heads)
        elif op is _sre.BRANCH:
            heads = set().union(*(_heads(branch, heads) for branch in av[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0:          # optional: with it or without
            once = _heads(av[2], heads)
            heads = heads | (once if av[1] == 1 else {(head, True) for head, _ in once})
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            heads = {(head, True) for head, _ in _heads(av[2], heads)}
        elif op is _sre.IN and all(kind is _sre.LITERAL and chr(char).isascii() for kind, char in av):
            heads = set().union(*(_heads([(_sre.LITERAL, char)], heads) for _, char in av))
        else:                                                           # a class, "\w", "\d", ".": the head ends
            heads = {(head, True) for head, _ in heads}
    return heads


def _index_by_head() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[int]]:
    """Head -> the indices of the cues that may start with it; the cues with an empty head (searched in
    every sentence); the lengths of the heads shorter than _HEAD. The heads are read with re's internal
    parser: where it cannot be read (another Python's re), no cue is indexed and every sentence is
    searched with every cue, which finds the same."""
    try:
        return _read_heads()
    except (ImportError, AttributeError, TypeError, ValueError, LookupError, re.error):
        return {}, tuple(range(len(_COMPILED))), frozenset()


def _read_heads() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[int]]:
    by_head: dict[str, list[int]] = {}
    unindexed: list[int] = []
    lengths: set[int] = set()
    for index, (_, _, pattern, _) in enumerate(_COMPILED):
        assert pattern.pattern.startswith(_WORD_START)
        heads = {head for head, _ in _heads(_parser.parse(pattern.pattern, pattern.flags), {("", False)})}
        if "" in heads:
            unindexed.append(index)
            continue
        for head in heads:
            by_head.setdefault(head, []).append(index)
            lengths.add(len(head))
    return ({head: tuple(found) for head, found in by_head.items()}, tuple(unindexed),
            frozenset(length for length in lengths if length < _HEAD))


_WORD_START = r"(?<![\w-])"
_BY_HEAD, _UNINDEXED, _SHORT_HEADS = _index_by_head()
_WORD_HEAD = re.compile(_WORD_START + r"(?=(.{1," + str(_HEAD) + r"}))", re.S)


def _matches(sentence: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(index, match) of every cue in a sentence, in table order, each cue's matches as finditer gives them:
    a cue is tried only where one of its heads starts a word, and its next match is looked for from the
    end of the last one, as finditer does."""
    if not sentence.isascii() and _ASCII_FOLDS.intersection(sentence):
        for index, (_, _, pattern, _) in enumerate(_COMPILED):
            for match in pattern.finditer(sentence):
                yield index, match
        return
    where: dict[str, list[int]] = {}
    for word in _WORD_HEAD.finditer(sentence.lower()):
        where.setdefault(word.group(1), []).append(word.start())
    for length in _SHORT_HEADS:
        for head, at in list(where.items()):
            where.setdefault(head[:length], []).extend(at)
    starts: dict[int, set[int]] = {index: {0} for index in _UNINDEXED}
    for head in where.keys() & _BY_HEAD.keys():
        for index in _BY_HEAD[head]:
            starts.setdefault(index, set()).update(where[head])
    for index in sorted(starts):
        pattern = _COMPILED[index][2]
        if index in _UNINDEXED:
            for match in pattern.finditer(sentence):
                yield index, match
            continue
        end = 0
        for start in sorted(starts[index]):
            if start >= end and (tried := pattern.match(sentence, start)) is not None:
                end = tried.end()
                yield index, tried


# The heads the table names only behind another word ("air strike", "suicide blast", "mass shooting"): alone,
# as a title-case headline writes them after a place ("Kunar Strike", "Mosul Blast"), they still name an act
_BARE_ACT = re.compile(r"(?<![\w-])(?:strikes?|blasts?|shootings?|killings?)\b", re.I)


def names_an_act(text: str) -> bool:
    """Whether `text` names an act of war reporting at all, told as having happened or not ("the
    attack", "were wounded", "Raids"); find_cues says which acts it reports.

    >>> names_an_act("Clash"), names_an_act("Strike"), names_an_act("University"), names_an_act("State")
    (True, True, False, False)
    """
    return _BARE_ACT.search(text) is not None or \
        any(match.group(0).lower() not in _ONLY_AS_VERB for _, match in _matches(text))


# A cue right after these words is planned, hypothetical, negated or aimed at: not an event.
_IRREALIS = re.compile(
    r"(?:\b(?:will|would|shall|should|can|cannot|could|might|may|must|going to|about to)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?"
    r"|\b(?:aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|design(?:ed)?|bid|seek(?:s|ing)?|sought|"
    r"effort(?:s)?|threat(?:en|ens|ened|ening)?|vow(?:s|ed)?|prepar(?:e|es|ed|ing)|order(?:s|ed)?|"
    r"want(?:s|ed)?|hope(?:s|d)?|push(?:es|ed)?|ready|able|unable|fail(?:s|ed)?|need(?:s|ed)?)\s+(?:\w+\s+)?(?:to|at)\s+(?:\w+ly\s+)?"
    r"|\bto\s+(?:\w+ly\s+)?(?=(?:regain|retake|recapture|capture|seize|reclaim|liberate|take|attack|strike|shell|"
    r"expel|push|reach|encircle|storm|hit|bomb|destroy|kill|advance)\b)"
    r"|\b(?:not|never|no|without|denied|denies|deny|nor)\s+(?:\w+\s+)?"
    r"|\b(?:threat|risk|danger|fear|prospect|possibility|likelihood) of\s+(?:\w+\s+)?)$", re.I)
# "tried to storm", "attempted to retake": the attempt took place (aspect.py reads it so too), but
# an attempt on ground is the fighting for it, not ground taken.
_ATTEMPTED = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?)\s+(?:\w+\s+)?to\s+(?:\w+ly\s+)?$", re.I)
# "which was previously captured", "the territory initially taken": an earlier event recalled.
_RECALLED = re.compile(r"\b(?:previously|earlier|initially|originally|once|formerly|already)\s+(?:been\s+)?$", re.I)
_HEDGED_PAST = re.compile(SPECULATIVE_PAST + r" (?:been )?$", re.I)
_EVENTIVE = re.compile(r"\b(?:launch(?:ed|es|ing)?|beg(?:an|un|ins)|start(?:ed|s)?|mount(?:ed|s|ing)?|"
                       r"intensif(?:y|ies|ied|ying)|stepp?(?:ed|s)? up|open(?:ed|s)|unleash(?:ed|es)|"
                       r"carr(?:y|ied|ies) out|conduct(?:ed|s|ing)|repel(?:led|s)?|repuls(?:ed|es)|thwart(?:ed|s)|"
                       r"came under|renewed|under way|underway|continu(?:e|es|ed|ing)|held|staged|gathered|erupted|broke out|"
                       r"struck|hit|pounded|targeted|bombarded|strafed|led|organi[sz]ed|joined)\b", re.I)
# An event noun with its dead or its claim beside it happened: "killed in a rebel attack", "claims
# border attack", "attack kills 5", "bombing leaves 3 dead".
_HAPPENED_BEFORE = re.compile(r"\b(?:(?:killed|dead|died|die|dies|wounded|injured|hurt|perished)\s+(?:in|during)|"
                              r"claim(?:s|ed|ing)?(?:\s+responsibility\s+for)?)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# ... or a verb right after it that says it struck, present or past ("roadside bomb targets convoy", "blast rocks Quetta")
# "the attack on a police post in <town> killed three officers": past the act's target and place too,
# when what follows is its dead
_HAPPENED_AFTER = re.compile(r"\s+(?:on|of|against|at|near|in)\s+(?:[\w'’-]+\s+){1,6}?(?:kill(?:s|ed)|wound(?:s|ed)|injur(?:es|ed)|"
                             r"claim(?:s|ed) (?:the |(?:[\w,-]+ ){1,3})?li(?:fe|ves))\b|"
                             r"\s+(?:[\w'’-]+\s+){0,2}?(?:kill(?:s|ed)|leaves|left|claim(?:s|ed) (?:the |(?:[\w,-]+ ){1,3})?li(?:fe|ves)|"
                             r"wound(?:s|ed)|injur(?:es|ed)|target(?:s|ed)|hits|struck|strikes|rock(?:s|ed)|"
                             r"(?:tears|tore|rips|ripped) through)\b", re.I)
_COUNTED = re.compile(r"\b\d+\s+(?:[\w-]+\s+)?$")
# "a deadly raid", "fresh attacks": a word for the outcome or the recurrence says the act took place
_OUTCOME = re.compile(r"\b(?:deadly|fatal|bloody|fierce|renewed|fresh)\s+$", re.I)
# "Rebel fighters attack army post", "Houthi rebels push into ...": after a plural armed subject the
# bare form is the headline's present-tense verb, not a noun
_PLURAL_SUBJECT = re.compile(r"\b(?:" + ARMED_PLURALS + r"|forces|terrorists|police|herdsmen|bandits|militias|"
                             r"militiamen|separatists|guerrillas|extremists|attackers|assailants|" + ARMED_MEN
                             + r")['’\"]?\s+['‘’\"]?$", re.I)
_BARE_VERB = frozenset({"attack", "raid", "assault", "push", "ambush", "storm"})
# "storm" is weather unless armed men storm something: the headline's bare verb after a plural armed subject only
_ONLY_AS_VERB = frozenset({"storm"})
_BACKGROUND_NOUN = re.compile(r"\b(?:regarding|about|of|on|over|during|since|throughout|from|into|after|before)\s+"
                              r"(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)


_CROWD = re.compile(r"\bcrowds?$", re.I)
# "rallied", "in protest against": a crowd's protest only with a crowd as the clause's subject ("Hundreds of
# farmers blocked a road in protest"; not "the minister resigned in protest", "shares rallied")
_A_CROWDS_ONLY = re.compile(r"rallied|in protest", re.I)
# "Students clashed with police": a crowd's clash with the forces of order is a riot, not a battle
_WITH_POLICE = re.compile(r" with (?:the )?(?:riot )?(?:police|policemen|security forces|officers)\b", re.I)
_PROTEST_WORD = re.compile(r"\b(?:rall(?:y|ies)|" + "|".join(PROTEST_STEMS) + r")\b", re.I)

# "Troops capture three militants in Kunar", "Four alleged gunmen captured", "Army captures rebel commander":
# people captured are held, not ground taken (an arrest, or an abduction, as the coder reads the side)
# the words between the verb and the people are the object's own (numbers, adjectives, names): a
# preposition among them starts another phrase ("capture town from government troops": the troops are
# whom the town was taken from, not who was captured)
_PEOPLE_AFTER = re.compile(r"\s+(?:(?!(?:from|of|in|at|on|near|to|by|with|into|after|for)\b)[\w'’-]+\s+){0,3}?"
                           + PERSON_NOUN + r"(?=\s*(?:$|[,;:.]|(?:in|at|on|near|after|during|"
                           r"from|and|alive|who|as)\b))", re.I)
# the headline's passive: the people before a participle with no object after it ("gunmen captured after a raid")
_PEOPLE_BEFORE = re.compile(r"\b" + PERSON_NOUN + r"\s+(?:were\s+|was\s+|have been\s+|has been\s+|reportedly\s+)?$", re.I)
_CAPTURE = re.compile(r"captur|seiz", re.I)

# "made big gains" is ground taken only when soldiers made them or ground is named
_GAINS = re.compile(r"\bgains$", re.I)
_WAR_GAINS = re.compile(r"\b(?:troops|forces|army|armies|military|soldiers|rebels|militants|insurgents|fighters|jihadists|"
                        r"militias?|militiamen|separatists|guerrillas|brigades?|battalions?|ground|territor(?:y|ies)|"
                        r"front ?lines?|battlefield|offensive|counter-?offensive)\b", re.I)
# "marched down/along/into/past/towards": a street walked, a protest only beside a protest word
_MARCHED_ALONG = re.compile(r"marched (?:\w+ly )?(?:down|along|into|past|towards?)$", re.I)


# "the aim of the northern army is to wear down the defenders with artillery": a purpose, not an act.
_PURPOSE = re.compile(r"\b(?:objective|goal|aim|intention|plan|strategy|task|mission|purpose|idea)\b[^.;]{0,60}?"
                      r"\b(?:is|was|are|were|remains?)\s+(?:\w+\s+)?to\b", re.I)


@functools.lru_cache(maxsize=1024)    # read again by the coder, its belligerents and the control claims, within one article
def find_cues(sentence: str) -> tuple[Cue, ...]:
    """The event cues in a sentence that report something that happened, best first.

    >>> [c.sub_event_type for c in find_cues("Russian troops shelled Kharkiv, killing two civilians")]
    ['Shelling/artillery/missile attack', 'casualty']
    >>> find_cues("The army is aiming to reach the town of Lyman by spring")
    ()
    """
    found: list[Cue] = []
    eventive: bool | None = None                 # read when a nominal cue needs it
    for index, match in _matches(sentence):
        rank, kind, _, nominal = _COMPILED[index]
        if kind == "Peaceful protest" and a_campaign_rally(sentence, match.start(), match.end()):
            continue            # "an election rally": a campaign's, the one decision the coder also reads
        before = sentence[max(0, match.start() - 60):match.start()]
        if _IRREALIS.search(before) and not _HEDGED_PAST.search(before):
            continue
        if _PURPOSE.search(sentence, 0, match.start()):
            continue
        if kind in ("take", "retake") and _RECALLED.search(before):
            continue
        if kind == "Armed clash" and match.group(0).lower() == "clashed" and _WITH_POLICE.match(sentence, match.end()) \
                and crowd_subject(sentence, match.start(), match.end()):
            kind, rank = "Violent demonstration", 4
        if kind in ("take", "retake") and _ATTEMPTED.search(before):
            kind, rank = "Armed clash", 5
        if kind == "take" and _CAPTURE.match(match.group(0)) and (
                _PEOPLE_AFTER.match(sentence, match.end())
                or (_PEOPLE_BEFORE.search(before) and OBJECT_AFTER.match(sentence, match.end()) is None)):
            kind, rank = "Arrests", 7
        # "amid 14 enemy attacks", "a deadly raid", "rebels attack": they happened
        bare_verb = match.group(0).lower() in _BARE_VERB and _PLURAL_SUBJECT.search(before) is not None
        if match.group(0).lower() in _ONLY_AS_VERB and not bare_verb:
            continue
        counted = _COUNTED.search(before) is not None or _OUTCOME.search(before) is not None or bare_verb
        happened = _HAPPENED_BEFORE.search(before) is not None or _HAPPENED_AFTER.match(sentence, match.end()) is not None
        if nominal and not counted and not happened and eventive is None:
            eventive = _EVENTIVE.search(sentence) is not None
        if nominal and not counted and not happened and (not eventive or _BACKGROUND_NOUN.search(before)) \
                and not (rank < 6 and DAY_WORD.search(sentence) and (dated_act(sentence, match.start(), match.end())
                                                                     or told_as_happening(sentence, match.start(), match.end()))):
            continue
        if kind == "Excessive force against protesters" and _CROWD.search(match.group(0)) \
                and not _PROTEST_WORD.search(sentence):
            continue        # "a guard shot into the crowd": a crowd is protesters only at a protest
        if kind == "Peaceful protest" and _A_CROWDS_ONLY.match(match.group(0)) \
                and not crowd_subject(sentence, match.start(), match.end()):
            continue        # "the minister resigned in protest", "stocks rallied": no crowd protested
        if _GAINS.search(match.group(0)) and not _WAR_GAINS.search(sentence):
            continue        # "the ruling party made big gains in the elections": gains are ground only in war
        if _MARCHED_ALONG.match(match.group(0)) \
                and not _PROTEST_WORD.search(sentence[:match.start()] + " " + sentence[match.end():]):
            continue        # "veterans marched down Fifth Avenue in the parade": a march is a protest only at one
        if any(match.start() < cue.end and cue.start < match.end() for cue in found):
            continue
        found.append(Cue(kind, match.start(), match.end(), match.group(0), rank))
    return tuple(sorted(found, key=lambda cue: (cue.rank, cue.start)))

