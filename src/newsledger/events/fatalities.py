"""Reported deaths in an event sentence, with ACLED's rules for what counts.

Written by hand because the rules are ACLED's, not linguistics: the coded figure is the most
conservative one reported; every competing figure is kept with its claimant; vague plurals are
coded as ACLED codes them ("several"/"many" 10, "dozens" 12, "hundreds" 100); and a total over a
whole campaign ("12,000 soldiers killed in the operation", "since the start of the war") is a
claim about the war, not the death toll of one event, so it is kept as a claim with scope
"campaign" and never coded as the event's fatalities. Figures the enrich stage already typed
(`Analysis.figures`) are used first; the patterns here cover headlines and sentences it missed.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from dataclasses import dataclass, replace as _replace

from ..enrich.hedges import QUALIFIER_PATTERN, find_hedges
from ..enrich.numbers import NUMBER_PATTERN, parse_number, range_low, range_start
from ..enrich.people import PERSON_NOUN, PERSON_WORDS as _PERSON_WORDS, singular_or_plural as _singular_or_plural
from ..enrich.records import Figure
from ..enrich.textdates import MONTH_WORDS, WEEKDAYS

__all__ = ["ACT_NOUNS", "ARMED_MEN", "ARMED_PLURALS", "BREAKDOWN", "DeathCount", "a_toll_up_to_now", "an_unarmed_one", "by_name_alone", "deaths_in", "is_campaign_total", "names_one_victim", "number_value",
           "under_arms", "victims_by_faith"]

# ACLED's coding of words that are not numbers: "several" and "many" deaths are coded 10. Every
# number proper is read by the one number reader (enrich.numbers), vague plurals included.
_INDEFINITE = {"several": 10, "many": 10, "both": 2}
# a count as written: a number, or a word ACLED codes as one ("several", "many"); "both" before people is two
# ("both pilots", "both men"; not "both sides", the parties to a fight)
_COUNT = NUMBER_PATTERN + r"|several|many|dozen|both(?=\s+(?!sides\b|parties\b|countries\b|armies\b)(?:[a-z]+s|m[ae]n|wom[ae]n|children|people)\b|" \
    r"\s+of\s+(?:them|th[eo]se\s+m[ae]n|the\s+m[ae]n)\b)"
_NUM = r"(" + _COUNT + r"|an?)"
# The qualifiers are the one lexicon's (enrich.hedges); "another" is not one, but may stand before the count.
_QUALIFIER = rf"(?:(?:{QUALIFIER_PATTERN}|another)\s+)?"
_DEATH = (r"(?:killed|dead|died|die|dies|shot dead|gunned down|perished|lost (?:their |his |her )?lives?|slain|executed|martyred|"
          r"assassinated|beheaded|lynched|(?:hacked|beaten|stabbed|tortured|burned|burnt) to death|"
          r"eliminated|liquidated|murdered|lifeless|kia)")
# Whole words: "six villagers" are people, "six villages" are not; a day of a date ("toll for 29/12/2012") is none,
# nor a list's count ("3 reasons soldiers kill in war", "five ways militants die"), nor an age ("killed 17-year-old
# Sami", "a 40-year-old man": how old one person was).
_NOT_PEOPLE = re.compile(r"^(?:[/.]\d|[\s-]*(?:years?|months?)[\s-]+old\b|\s*(?:%|kilomet|(?:percent|per cent|km|square|miles?|settlements?|villages?|times|tanks?|"
                         r"drones?|missiles?|shells?|attacks?|strikes?|days?|hours?|weeks?|months?|years?|"
                         r"vehicles?|aircraft|planes?|pieces?|units? of|reasons?|ways|things)\b))", re.I)
# The nouns that name an armed act, singular or plural: the one list read wherever the words around
# an act matter (its patient, "attack on police"; its toll, "killed in the bombing"; "a separate attack")
ACT_NOUNS = (r"attacks?|assaults?|raids?|ambush(?:es)?|(?:air ?)?strikes?|bombings?|blasts?|explosions?|shelling|"
             r"shootings?|massacres?|offensives?|onslaughts?")
# What is done to people short of killing them, a fate of its own beside death
HARMED = r"wounded|injured|hurt|abducted|kidnapped|arrested|detained"
# A headline that drops the participle's ending: "Six militants kill in air strike", with no object after
# "kill" (a preposition follows, never "at least"), says the six were killed; not "on" or "by", which start
# an ordinary idiom of the active verb ("gunmen kill on sight", "bombers kill by blowing themselves up")
_BARE_KILL = r"kill(?=\s+(?:in|during|as|after|amid|near)\b)"
# "including five children", "among them two women": an aside naming a part of the count before it
_PART_WORDS = r"including|among them|among whom|of whom|of them"
# An aside that names a part of the count just before it: ", among them four women,"
_PART_OF_COUNT = r"(?:" + _PART_WORDS + r"|most of them|mostly)\b[^,;:.()]{1,60}?,\s+"
# "A count broken down by who died": "90 died on Tuesday, including 31 of the army's men"
BREAKDOWN = re.compile(r",?\s+(?:" + _PART_WORDS + r")\s+" + _QUALIFIER + r"(?:" + NUMBER_PATTERN + r")\s", re.I)
# "Nine members of the border police died": the count's noun may carry an of-phrase
# (its words are not a fate of their own: in "Five militants arrested, two killed" the dead are two; nor a
# clause of another time: in "a raid on a bank, before being shot dead" nobody was counted; nor
# a part of a larger count: in "Three guards among nine killed" the dead are nine), and an aside on a
# part of the count: in "30 people, among them four women, were killed" the dead are 30
_SUBJECT_DEATH = re.compile(r"(?<![\w,.])" + _QUALIFIER + _NUM + r"(\s+(?:(?!(?:" + HARMED + r"|"
                            r"missing|captured|rescued|freed|released|among|before|after|until|when|while)\b)[\w'’-]+"
                            # a comma before another count ends the count's words: "40 passengers, 12 children were killed"
                            r"(?:,(?!\s+(?:\d|(?:" + NUMBER_PATTERN + r")\b)))?\s+){0,4}?"
                            r"(?:(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
                            # past their ages: "Five men aged 18 to 25 were killed", "six boys, aged between 12 and 15,"
                            # and a list of them, one age each: "Three people, aged 19, 22 and 40, were killed"
                            r"(?:aged\s+(?:between\s+)?\d{1,3}(?:(?:\s*,\s*|\s*(?:to|and|-|\u2013)\s*)\d{1,3})*,?\s+)?"
                            # past an aside on a part of them: "30 people, among them four women, were killed"
                            r"(?:" + _PART_OF_COUNT + r")?)"
                            r"(?:(?:were|was|have been|has been|had been|are|is|reportedly|also|later)\s+){0,2}"
                            # how it was done: "were summarily executed", "were brutally killed"
                            r"(?:[a-z]+ly\s+)?(?:" + _DEATH + r"|" + _BARE_KILL + r")\b",
                            re.I)
# singular words that stand as often before a noun as for a person ("a separatist stronghold", "a
# jihadist attack"): one person only in the plural ("separatists")
_ALSO_AN_ADJECTIVE = frozenset({"separatist", "jihadist", "maoist"})




# the verbs that put a count of the dead after them ("killed 12", "claimed the lives of 5", "took the lives of 5", "left 3 dead")
_KILLING = (r"kill(?:ed|s|ing)?|murder(?:ed|s|ing)?|assassinat(?:ed|es|ing|e)|behead(?:ed|s|ing)?|gun(?:ned|s)? down|"
            r"(?:massacr(?:e|es|ed)|execut(?:e|es|ed)|slay(?:s|ed)?)(?=\s+(?:[\w'’-]+\s+){0,3}?" + PERSON_NOUN + r"\b)|lynch(?:ed|es|ing)?|"
            r"claim(?:s|ed|ing)? (?:the )?lives of|(?:took|tak(?:e|es|ing)) the lives of|claim(?:s|ed)?(?=\s+(?:[\w,'’-]+\s+){1,4}?lives\b)|eliminat(?:ed|es|ing)|liquidat(?:ed|es|ing)|shot dead|shoots? dead|left|"
            r"burn(?:ed|t|s)?(?=\s+(?:[\w'’-]+\s+){0,4}?alive\b)|"
            r"(?:hack(?:ed|s)?|stabb?(?:ed|s)?|beat(?:s|en)?|bludgeon(?:ed|s)?|club(?:bed|s)?)(?=\s+(?:[\w'’-]+\s+){0,4}?to death\b)")
_OBJECT_DEATH = re.compile(r"\b(?:" + _KILLING + r"|"
                           r"(?:destroy(?:ed|s|ing)|lost)(?=\s+(?:up to |about |more than |over |some )?(?:" + NUMBER_PATTERN + r")\s+(?:\w+\s+){0,2}?"
                           # "lost five soldiers", "said it lost 12 men": the count spelled or in digits
                           r"(?:soldiers|servicem[ae]n|military|militants|fighters|troops|personnel|people|invaders|mercenaries|men)\b))\s+"
                           # "killed the four gunmen": a count after "the" is a count too (not "the one", nor "left the two men stranded")
                           + r"(?:(?<!left\s)the\s+(?=(?!one\b)(?:" + NUMBER_PATTERN + r")\s))?"
                           # "kills family of six", "killed a family of five": the family's count is of the dead
                           + r"(?:(?<!left\s)(?:(?:an?|the|whole|entire)\s+)*family\s+of\s+)?" + _QUALIFIER + _NUM
                           + r"\b(?!\s*(?:dead|wounded|injured))", re.I)
# "the four fatalities at a textile mill", "five deaths were reported", "7 martyrs in the blast" (the
# dead as the Syrian and other monitors of the region count them): the count before a noun for the dead
_NOUN_DEATH = re.compile(r"(?<![\w,.])" + _QUALIFIER + _NUM + r"\s+(?:(?:confirmed|reported|more|other|civilian|violent)\s+)?"
                         r"(?:deaths|fatalities|(martyrs))\b", re.I)
# Martyrs are also a cause's dead of long ago ("to honour the 1,500 martyrs of the 2011 uprising"): they
# are an event's dead only with an act or a death in their clause, never honoured nor "of" an era.
_MARTYRS_ACT = re.compile(r"\b(?:bomb\w*|shell\w*|strikes?|airstrikes?|attacks?|explosions?|blasts?|massacre|raids?|"
                          r"fir(?:e|ed|ing)|shoot\w*|shot|clash\w*|snipers?|barrels?|tortur\w*|ambush\w*|massacres|" + _DEATH[3:-1] + r"|"
                          r"fell|fall(?:en)?)\b", re.I)
_MARTYRS_HONOURED = re.compile(r"\b(?:hono(?:u)?r\w*|remember\w*|commemorat\w*|mourn\w*|memor\w*|tributes?|"
                               r"pay(?:s|ing)? (?:respects?|homage)|graves?|families|relatives)\b[^,;:.]*$", re.I)
_MARTYRS_OF_AN_ERA = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:\d{4}\b|revolution|uprising|war|intifada|"
                                r"struggle|resistance|independence|liberation|cause|homeland|nation)\b", re.I)


_PART_ASIDE = re.compile(r"\s*(?:" + _PART_WORDS + r"|most of them|mostly)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?:" + _PART_WORDS + r")\s+" + _QUALIFIER + r"$", re.I)


def _clause_end(sentence: str, end: int) -> int:
    """Where the clause going on at `end` ends: the next comma, semicolon, colon or full stop, past an
    aside that names a part of a count ("eleven martyrs, among them three boys, after shells struck")."""
    at = end
    while True:
        mark = min([i for i in (sentence.find(m, at) for m in ",;:.") if i >= 0], default=len(sentence))
        if mark >= len(sentence) or sentence[mark] != "," or not _PART_ASIDE.match(sentence, mark + 1):
            return mark
        aside_end = sentence.find(",", mark + 1)
        if aside_end < 0:
            return len(sentence)
        at = aside_end + 1


def _event_martyrs(sentence: str, start: int, end: int) -> bool:
    """Whether the martyrs counted at sentence[start:end] are dead of an event the sentence reports.

    >>> [d.value for d in deaths_in("Rescuers counted eleven martyrs, among them three boys, after shells struck the old market")]
    [11]
    """
    clause_start = max(sentence.rfind(mark, 0, start) for mark in ",;:.") + 1
    clause_end = _clause_end(sentence, end)
    clause = sentence[clause_start:start] + " " + sentence[end:clause_end]
    return _MARTYRS_ACT.search(clause) is not None and not _MARTYRS_HONOURED.search(sentence, clause_start, start) \
        and not _MARTYRS_OF_AN_ERA.match(sentence, end)


_LOSSES = re.compile(r"\blosses\b[^.;]{0,120}?\bamounted to\s+" + _QUALIFIER + _NUM + r"\b", re.I)
# A faith or a community names a person only capitalised ("killed a Catholic").
_FAITHS = "Catholic|Protestant|Muslim|Christian|Hindu|Sikh|Jew|Shiite|Sunni"
# One person (no number written), wherever a single victim counts one ("Ukrainian soldier killed",
# "gunmen kill a judge, his guard", "a car bomb kills a mayor and three others").
_ONE_PERSON = ("(?:" + "|".join(w for w in _PERSON_WORDS if w not in _ALSO_AN_ADJECTIVE)
               + r"|(?-i:" + _FAITHS + "))")
# the dead named by their faith, one or many ("a Catholic", "nine Sikhs", "Shiite pilgrims")
_BY_FAITH = re.compile(r"\b(?-i:(?:" + _FAITHS + r")s?)\b")
# Men told as armed or hiding their faces, named by no group: "armed men", "masked men", "a hooded man"
# (the actors' unidentified armed group, the cues' armed subject of a headline's bare verb)
ARMED_MEN = r"(?:armed|masked|hooded) (?:m[ae]n|youths?|gunm[ae]n)"
# the plural nouns of armed men that stand for a side by themselves ("Fighters pulled out", "Rebels attack"):
# the one list the coder's withdrawal gate and the cues' headline subject both start from
ARMED_PLURALS = "fighters|raiders|militants|gunmen|insurgents|rebels|jihadists|troops|soldiers"
# people who bear arms, of the person nouns: "Sunni fighters" killed are combatants, whatever their faith
_COMBATANT_WORDS = ("soldier serviceman servicewoman servicemember militiaman policeman policewoman gunman hitman officer "
                    "guard bodyguard commander militant fighter raider rebel insurgent separatist terrorist jihadist "
                    "guerrilla sicario").split()
_COMBATANTS = "|".join(map(_singular_or_plural, _COMBATANT_WORDS)) + "|troops|militias?"
_COMBATANT = re.compile(r"\b(?:" + _COMBATANTS + r")\b", re.I)
# the forces a person serves in ("an army captain", "a police informant", "a Taliban commander") and the
# ranks of their members; a rank is a noun only where no lower-case word follows it ("a retired general",
# "an army major"): "a general practitioner", "a major donor" name no rank
_FORCE_BODIES = "army|military|militia|police|security|taliban"
_RANKS = "captain|colonel|major|general|lieutenant|sergeant|corporal|brigadier|commandant|warlord"
# a word that tells the victim bore arms or office in a force: the combatants' nouns, the forces, a rank
_UNDER_ARMS = re.compile(r"\b(?:" + _COMBATANTS + "|" + _FORCE_BODIES + r")\b|"
                         r"\b(?:" + _RANKS + r")\b(?!\s+(?-i:[a-z]))", re.I)


def under_arms(count: DeathCount) -> bool:
    """A word of the count tells its dead bore arms or office in a force ("two soldiers", "an army
    captain", "a Taliban commander"): combatants, not civilians.

    >>> [under_arms(d) for t in ("Two soldiers were murdered", "Two traders were murdered") for d in deaths_in(t)]
    [True, False]
    """
    return _UNDER_ARMS.search(count.text) is not None


def victims_by_faith(count: DeathCount) -> bool:
    """The dead of `count` are unarmed people named by their faith: killed for what they believe, a
    sectarian act whether or not a war is named ("Gunmen shot a Sikh shopkeeper", "seven Christians
    were killed"); faithful who bear arms ("Sunni fighters") are combatants.

    >>> [victims_by_faith(d) for t in ("Masked men killed a Hindu priest", "Masked men killed a priest",
    ...  "Raiders killed six Shiite militiamen") for d in deaths_in(t)]
    [True, False, False]
    """
    return _BY_FAITH.search(count.text) is not None and _COMBATANT.search(count.text) is None
# one person after a verb of killing ("killed a guard", "shot dead a shopkeeper", "stabbed a judge to death").
# "left" puts its dead after the person ("left a teacher" alone is no death); "gun down" is to shoot and
# kill or badly wound, and one person gunned down, with no count or death word, is not told dead
# whose the person is may be told before them ("kill the ex-minister's brother", "killed a senior aide's driver")
_SINGULAR_VICTIM = re.compile(r"\b(?!left\b|gun(?:ned|s)?\s+down\b)(?:" + _KILLING + r")\s+(?:an?\s+|one\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:[\w-]+['’]s\s+)?(" + _ONE_PERSON + r")\b", re.I)
# Verbs done only to a person ("shot dead", "murdered", "assassinated", "stabbed to death"): one thing they
# are done to is one victim, whatever the noun says of them ("shot dead a baker", "murdered a bread seller");
# "killed" is not one of them ("killed a bill", "killed the engine")
_KILLING_A_PERSON = (r"(?:shot|shoots?|shooting)\s+dead|murder(?:ed|s|ing)|assassinat(?:ed|es|ing)|behead(?:ed|s|ing)|"
                     r"lynch(?:ed|es|ing)|(?:hack(?:ed|s)?|stabb?(?:ed|s)?|beat(?:s|en)?|bludgeon(?:ed|s)?|club(?:bed|s)?)"
                     r"(?=\s+(?:[\w'’-]+\s+){0,4}?to death\b)")
_ANY_ONE_VICTIM = re.compile(r"\b(?:" + _KILLING_A_PERSON + r")\s+(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?-i:[a-z][a-z'’-]+)"
                             r"(?=\s*(?:[,;:.]|$)|\s+(?:to death|in|at|on|near|outside|inside|during|after|as|while|when|and|"
                             r"with|from|by|who|whom|for|last|this|early|late)\b)", re.I)


def an_unarmed_one(count: DeathCount) -> bool:
    """The count is one person a verb done only to people was done to, named by a noun that tells of no
    arms ("shot dead a bread seller", "murdered a local trader"): a civilian, as ACLED counts anyone
    not told to be a combatant; not "shot dead an army captain", "a militia leader".

    >>> [an_unarmed_one(d) for t in ("Gunmen shot dead a bread seller", "Gunmen shot dead an army captain",
    ...  "Gunmen shot dead a retired general", "Gunmen shot dead a general practitioner") for d in deaths_in(t)]
    [True, False, False, True]
    """
    return count.value == 1 and _ANY_ONE_VICTIM.fullmatch(count.text) is not None and _UNDER_ARMS.search(count.text) is None


# "killed 17-year-old Sami Nasser", "shot dead a 70-year-old in his shop": one person told by their age
_AGED_VICTIM = re.compile(r"\b(?!left\b|gun(?:ned|s)?\s+down\b)(?:" + _KILLING + r")\s+(?:an?\s+)?"
                          r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]years?[\s-]old(?=\s+(?-i:[A-Z])|\s*(?:[,;:.]|$)|"
                          r"\s+(?:in|at|on|near|outside|inside|during|after|as|while|when|and|with|from|by)\b)", re.I)
# "Militia fighter killed outside Tessalit", "a civilian died", "Tribal elder gunned down": one death, no number written.
# the person's own name may follow the word for them: "rebel leader 'Commander Blue' killed", "Judge Ana Ruiz killed"
_OWN_NAME = r"(?:\s+['\"‘“]?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}['\"’”]?,?)?"
# right before its death verb a word that is also an adjective is the person ("Separatist killed in raid");
# a participle's phrase on the person may stand between ("Worker owing 300 dollars to lenders killed")
# or a participle's aside between commas ("Woman, hurt in Monday's shelling, dies") or a relative clause of
# what was done to the person before ("A boy who was wounded in the raid died"): the fate told after it is theirs
_ON_THE_PERSON = (r"(?P<on>\s+(?!(?:during|including|according|following|regarding|concerning|excluding|killing)\b)"
                  r"[a-z]+ing\s+(?:[\w'’-]+\s+){0,6}?(?=(?:was\s+|has been\s+|is\s+|had been\s+)?(?:killed|dies|died)\b)|"
                  r",\s+(?:[a-z]+ly\s+)?(?:wounded|injured|hurt|burned|burnt|shot|hit|struck|maimed)\b[^,;:.]{0,80}?,\s+(?=(?:was\s+|has\s+)?(?:dies|died)\b)|"
                  r"\s+(?:who|that)\s+(?:was|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:wounded|injured|hurt|burned|burnt|shot|hit|struck|maimed)\b"
                  r"[^,;:.]{0,120}?\s+(?=(?:dies|died)\b))?")
_SINGULAR_SUBJECT = re.compile(r"\b(?:(?:a|an|one)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + _ONE_PERSON + "|"
                               + "|".join(sorted(_ALSO_AN_ADJECTIVE)) + ")" + _OWN_NAME + _ON_THE_PERSON + r"(?:(?<=\s)|\s+)"
                               # a headline's "reported killed" ("Guard reported killed near the ford") tells the death too
                               r"(?:was\s+|has been\s+|is\s+|had been\s+)?(?:(?:reported|reportedly)\s+)?(?:killed|dies|died|"
                               r"shot dead|gunned down|murdered|slain|assassinated)\b", re.I)
# "Okafor was shot dead", "Maria Ruiz was killed in the raid": a person named by their name alone, the
# passive's subject, is one death (the name's words capitalised, not a pronoun or a word for nobody)
_NAME = r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][a-z][\w'’-]*)){0,2}"
_NAMED_ONE = re.compile(r"(?<![\w'’-])(?!(?-i:(?:No|None|Nobody|Noone|Anyone|Anybody|Someone|Somebody|Everyone|Everybody|"
                        r"Who|Which|This|That|It|He|She|One|Each|Neither|Either)\b))"
                        r"(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][a-z][\w'’-]*)){0,2}\s+was\s+"
                        r"(?:killed|shot dead|gunned down|slain|assassinated|murdered|beheaded|lynched)\b|"
                        # a headline drops the "was" where an age tells the name is a person's ("30-year-old Ana Ruiz
                        # killed", "30y.o. Ana Ruiz killed", "Ana Ruiz, 30, killed")
                        r"(?<![\w'’-])(?:\d{1,3}(?:-year-old|\s?y\.\s?o\.)\s+" + _NAME + r"|" + _NAME + r"\s*,\s*\d{1,3}\s*,)"
                        r"\s+(?:was\s+)?(?:killed|shot dead|gunned down|slain|assassinated|murdered|beheaded|lynched)\b")
# One death told by the noun in the singular ("confirms a first civilian death", "another military fatality"):
# one dead; not the noun of another thing ("a death threat", "a death sentence", "a death toll of 12")
_ONE_DEATH = re.compile(r"\b(?:an?|one|another|(?:the\s+|its\s+|their\s+)?(?:first|second|third|latest))\s+"
                        r"(?:(?:confirmed|reported|combat|civilian|military|violent)\s+)?(?:death|fatality)\b"
                        r"(?!\s+(?:threats?|squads?|penalty|penalties|sentences?|row|tolls?|march(?:es)?|certificates?|traps?|"
                        r"wish|knell|metal|blow|camps?|spiral|zone|rate|benefits?|cult|star|grip|match|warrants?|notices?)\b)",
                        re.I)
# A killing verb's object, a count or a person determined ("A gunman killed two guards", "... killed the
# driver"): the one person before the verb did the killing. A count of time after the verb is when, not
# whom ("A civilian killed two days after the truce", "... a week after threats", "... the night before")
_COUNTED_OBJECT = re.compile(r"\s+" + _QUALIFIER + r"(?:" + NUMBER_PATTERN + r"|an?|the|his|her|their|its|several|many|dozens|scores)\b"
                             r"(?!\s+(?:(?:following|next|same|previous) )?(?:seconds?|minutes?|hours?|days?|nights?|"
                             r"mornings?|evenings?|weeks?|weekends?|months?|years?)\b)", re.I)
# A count before a verb of killing in the active, with an object after it, counts the killers, not the dead
# ("Two gunmen killed a judge", "A mob of 50 beat two men to death"); the passive ("were killed") and the
# headline's bare participle ("Two soldiers killed in ambush") keep their count
_ACTIVE_KILLING = re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )(?<!\bbe )"
                             r"(?:killed|shot dead|gunned down|murdered|executed|assassinated|beheaded|lynched|"
                             r"eliminated|liquidated)$", re.I)
# ... and what follows such a verb that is no object: a count of the wounded or a distance ("3 killed 2 injured",
# "Five killed 10 km from the border", "Two killed a few miles from the border", "... a short distance from")
_NO_OBJECT = re.compile(r"\s+(?:" + _QUALIFIER + r"(?:" + NUMBER_PATTERN + r")\s+(?:(?:" + HARMED + r"|missing)\b|km\b|kilomet|miles?\b)|"
                        r"(?:an?|the)\s+(?:(?:few|short|long|couple\s+of|little)\s+)?(?:distance|miles?|km|kilomet\w*|"
                        r"met(?:re|er)s?|yards?|blocks?)\b)", re.I)
# A crowd's size is no count of people killed: "a mob of 50 killed ...", "a crowd of 300 was fired on, and three died"
# ("a convoy" is vehicles, not a crowd); a counted crowd only where the crowd noun is the head of the
# counted words ("two crowds", "two rival mobs"), not a word before the people ("two rally organisers")
_CROWD_NOUNS = r"crowds?|mobs?|throngs?|gatherings?|processions?|rall(?:y|ies)|marche?s?"
_CROWD_SIZE = re.compile(r"\b(?:" + _CROWD_NOUNS + r")\s+of\s+" + _QUALIFIER + r"$", re.I)
_CROWD_COUNTED = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?(?:" + _CROWD_NOUNS + r")\s*$", re.I)
_DEATH_TOLL = re.compile(r"(?:death toll|\b(?:put|puts|putting|placed?|places|placing)\s+(?:the|its|their)\s+toll)\s+(?:\w+\s+){0,3}?" + _QUALIFIER + _NUM + r"\b", re.I)
_CAMPAIGN = re.compile(
    r"\b(?:in the (?:operation|war|conflict|offensive|counter-?offensive|campaign|incursion|invasion)|"
    r"since (?:the )?(?:(?:start|beginning|outbreak|launch)(?! of the day)|war|invasion|incursion|conflict|operation|offensive|"
    + "|".join(MONTH_WORDS) + r"|\d{4})|"
    r"in total|to date|so far|since it began|"
    # a period of many incidents ("throughout the war"); a whole country is the coder's to read
    # (coder._over_the_whole_country: "killed across the country" is a toll, one bomb "sending shock
    # throughout the country" is not)
    r"throughout the (?:(?:past|last|whole|entire)\s+)?(?:war|conflict|campaign|offensive|operation|occupation|"
    r"insurgency|uprising|crisis|siege|year|month|week|decade|period)s?|overall|over the (?:past|last) (?:\w+ )?(?:months|years)|"
    r"since (?:\w+ )?(?:fighting|violence|clashes|protests|unrest|hostilities) (?:began|erupted|broke out|started)|"
    r"(?:a|one|two|three|several) (?:weeks?|months?|years?) of (?:violence|fighting|unrest|clashes|war)|"
    r"in (?:the )?past year|during the (?:war|conflict|operation|campaign|offensive|incursion|invasion)|"
    # "Fighting kills 22 in 2 days", "over the past three days": a toll over several days of incidents
    r"(?:in|over|within|during) (?:the )?(?:past |last )?(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|several) days)\b",
    re.I)
# "killed 3,000 civilians in 2014": a year's toll; not the year of one act named before it ("killed 30 in an
# attack on a mosque in 2009": that act's dead, of its year)
_YEAR_TOLL = re.compile(r"\b(?:killed|died|dead|deaths|lives)\b(?:(?!\b(?:" + ACT_NOUNS + r")\b)[^.;!?])*?\bin\s+\d{4}\b",
                        re.I)
# "Fighters of a group, which killed 20 in 2004, attacked ...": a relative clause that dates its own
# act to a year tells an earlier deed; the sentence's own counts are read without it
_YEAR_ASIDE = re.compile(r",\s*(?:which|who|that)\s+[^,;]*?\bin\s+\d{4}\b[^,;]*", re.I)
# a word for a whole campaign of many acts ("the insurgency", "the war"), before the count of its dead
_CAMPAIGN_NOUN = r"(?:insurgency|insurgencies|conflicts?|wars?|rebellions?|uprisings?|campaigns?|hostilities)"
_CAMPAIGN_WORD = r"\b" + _CAMPAIGN_NOUN + r",?\s+"
# "the insurgency has killed more than 6,500 people": a word for a whole campaign and a perfect that
# counts up to now; not when the sentence gives its day ("the war on Monday has killed five")
_AGGREGATE_TOLL = re.compile(
    _CAMPAIGN_WORD + r"(?:[\w,'’-]+\s+){0,3}?"
    r"(?:has|have|had)\s+(?:so far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)\b", re.I)
# the same perfect with any words between the campaign word and it ("the war between the army and the
# rebels, which began in 2019, has killed ..."): read from the parse, as the verb's subject
_PERFECT_TOLL = re.compile(r"\b(?:has|have|had)\s+(?:so far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)\b", re.I)
_A_CAMPAIGN_NOUN = re.compile(_CAMPAIGN_NOUN, re.I)
# "fighting that has killed 6,500 since 2010", "violence has killed 300 this year": a word that may name
# one incident as well as many ("the unrest in the town has left four people dead", "the fighting at the
# checkpoint had left 12 soldiers dead") is a toll only with an open-ended period counted up to now
_EPISODE_NOUN = r"(?:fighting|violence|unrest|crisis|bloodshed|clashes)"
_EPISODE_TOLL = re.compile(
    r"\b" + _EPISODE_NOUN + r"\s+(?:[\w,'’-]+\s+){0,3}?"
    r"(?:has|have)\s+(?:so far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)\b", re.I)
_A_PERIOD_NOUN = re.compile(_CAMPAIGN_NOUN + "|" + _EPISODE_NOUN, re.I)
_OPEN_PERIOD = re.compile(
    r"\b(?:since|so far|to date|in total|altogether|this (?:year|month|week)|(?:over|in|during) the (?:past|last)|"
    r"in recent (?:days|weeks|months|years)|"
    r"(?:in|over|within) (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:weeks|months|years))\b",
    re.I)
_ONE_DAY = re.compile(r"\b(?:(?:on|last|this) (?:" + "|".join(WEEKDAYS) + r")|yesterday|today|"
                      r"tonight|overnight|this morning|last night|on (?:" + "|".join(MONTH_WORDS) + r") \d)", re.I)
# "Yemen death toll passes 48,000": a running toll, rising as incidents add to it
_RUNNING_TOLL = re.compile(r"\b(?:death|casualty) tolls?\s+(?:\w+\s+){0,2}?(?:tops|topped|ris(?:es|en)|rose|climbs?|climbed|"
                           r"reach(?:es|ed)?|pass(?:es|ed)|exceeds?|exceeded|surpass(?:es|ed)|hits?|nears?|neared|"
                           r"crosses|crossed|mounts?|mounted)\b", re.I)

# "The death toll rose to 21": a toll with no owner, right on its verb, is the toll of the incident the story tells
_BARE_TOLL = re.compile(r"(?:^|[:.!?\"“]\s*|\b(?:the|its)\s+)(?:death|casualty) toll\s+(?:has\s+|had\s+)?"
                        r"(?:ris(?:es|en)|rose|climb(?:s|ed)?|mount(?:s|ed)?)\s+to\b", re.I)

# "bombing death toll rises to 26", "toll climbs to eleven in roadside attack": one act's dead, counted again
_TOLL_ACTS = ACT_NOUNS + r"|crash(?:es)?"
# a headline's colon may stand between the act and its toll ("Market bombing: death toll rises to 40")
_TOLL_OF_AN_ACT = re.compile(r"\b(?:" + _TOLL_ACTS + r"|clash(?:es)?)(?:\s+|\s*:\s*)(?:death |casualty )?tolls?\b|\b(?:from|in|of|after)\s+"
                             r"(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _TOLL_ACTS + r")\b", re.I)
# "Kano bombing toll rises to 12", "toll in market attack climbs to nine": the toll of one act named
# beside the word (a toll with no act is anyone's: a highway's, a war's)
_ACT_TOLL = re.compile(r"\b(?:(?:" + _TOLL_ACTS + r"|clash(?:es)?)(?:\s+|\s*:\s*)toll|toll\s+(?:in|from|of)\s+(?:the\s+|a\s+|an\s+)?"
                       r"(?:[\w'’-]+\s+){0,3}?(?:" + _TOLL_ACTS + r"))\s+(?:\w+\s+){0,3}?" + _QUALIFIER + _NUM + r"\b", re.I)
# "Toll rises to 12 in Kano bombing": a toll that rises in one act named after it (the act's dead, counted again)
# How a toll is told to have risen: "rose to", "has climbed to", "increased to", "reached", "jumped to"
_RISEN = (r"(?:(?:has|have|had)\s+)?(?:now\s+|since\s+)?(?:ris(?:es|en)|rose|climbs?|climbed|jump(?:s|ed)|reach(?:es|ed)|"
          r"hits?|mounts?|mounted|increas(?:es|ed)|gr(?:ew|own|ows)|soar(?:s|ed)|swell(?:s|ed)|edged up)\s+(?:to\s+)?")
_RISING_TOLL = re.compile(r"\btolls?\s+" + _RISEN + _QUALIFIER + _NUM + r"\b(?=[^.;]*?\b(?:" + _TOLL_ACTS + r")\b)", re.I)
# "the death toll from Monday's car bomb in <town> increased to 31": the act named between the toll and its rise
_RISEN_TOLL_OF_AN_ACT = re.compile(r"\btolls?\s+(?:from|in|of|at|after)\s+(?:[\w'’,-]+\s+){0,6}?(?:" + _TOLL_ACTS
                                   + r"|(?:car|truck|roadside|suicide)\s+bombs?)\s+(?:[\w'’,-]+\s+){0,4}?" + _RISEN
                                   + _QUALIFIER + _NUM + r"\b", re.I)
_VAGUE = {"a", "an", "one", "several", "many", "scores"}
# "an unknown number of militants", "a large number of civilians": the article counts no one
_A_NUMBER_OF = re.compile(r"an?\s+(?:[\w-]+\s+)?number\s+of\b", re.I)
# "were nearly killed", "almost died", "narrowly escaped being killed": a death that did not happen
_NEAR_MISS = re.compile(r"\b(?:nearly|almost|narrowly|barely|all but)\s+(?:escaped\s+)?(?:being\s+|been\s+)?"
                        r"(?=(?:" + _DEATH + r"|" + _KILLING + r")\b)", re.I)
_PERSON = re.compile(r"\b" + PERSON_NOUN + r"\b", re.I)
# "the killing of 31 near the dam", "the massacre of 49 people", "the deaths of two children": the act's dead counted
# after it, people (a person word, a capitalised nationality) or the count alone: "of 300 sheep" is none
_KILLING_OF = re.compile(r"\b(?:killings?|massacres?|murders?|deaths|slaughter|slayings?|executions?)\s+of\s+(?:the\s+)?"
                         + _QUALIFIER + _NUM + r"\b(?=\s+(?:[\w'’-]+\s+){0,2}?(?:" + _PERSON.pattern + r"|(?-i:[A-Z][a-z]+(?:is|ns)\b))|"
                         r"\s*(?:$|[,;:.)]|(?:in|at|on|near|by|during|after|as|and|from)\b))", re.I)
_PEOPLE_UNITS = ("person", "people", "soldier", "civilian", "fighter", "serviceman", "troop", "casualt", "death", "dead",
                 "member", "militant", "insurgent", "rebel", "policem", "officer", "villager", "worshipper",
                 "passenger", "pilgrim", "farmer", "herder", "student", "worker", "resident", "child")
# A number after a currency is money ("a ransom of $500"), never a count of the dead.
_CURRENCY_BEFORE = re.compile(r"(?:\b(?:rs|inr|usd|eur|naira|rupees?|dollars?)\.?|[$€£₹])\s*$", re.I)
# "convicted of murdering several soldiers": the crime on trial, not deaths in the event reported.
_ON_TRIAL = re.compile(r"\b(?:convicted|accused|charged|sentenced|tried|suspected|indicted|acquitted|jailed|guilty|"
                       r"trial|prosecuted)\s+(?:\w+\s+){0,3}?(?:of|for|with|over)\s+(?:\w+\s+){0,1}$", re.I)
# "five soldiers killed and wounded": a casualty count in which at least one died; "killed or wounded": maybe none.
# Only an adverb may stand between ("killed and seriously wounded"): in "12 killed and 30 wounded" the
# wounded have a count of their own and the 12 are dead.
_AND_WOUNDED = re.compile(r"^\s+(and|or|&|and/or)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt|missing)\b", re.I)
# "left 40 casualties", "left 12 people wounded": "left" counts the dead only when its noun says so
_LEFT_NOT_DEAD = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:casualties|wounded|injured|hurt|missing|homeless|stranded)\b", re.I)


@dataclass(frozen=True, slots=True)
class DeathCount:
    value: int
    text: str                  # the words the count was read from
    claimant: str | None
    hedges: tuple[str, ...]
    scope: str                 # "event" or "campaign"


def number_value(text: str) -> int | None:
    """The integer a number phrase stands for.

    >>> number_value("12,000"), number_value("five"), number_value("dozens of"), number_value("1.5 thousand")
    (12000, 5, 12, 1500)
    """
    text = text.lower().strip()
    if text in _INDEFINITE:
        return _INDEFINITE[text]
    value = parse_number(text)
    return None if value is None else round(value)


_WRITTEN_COUNT = re.compile(r"(?<![\w-])(?:" + _COUNT + r")(?![\w-])", re.I)
# A person singled out by rank or office: reports name such a victim apart from the toll they belong to
_OFFICE = re.compile(r"\b(?:commander|leader|chief|governor|mayor|official|elder|cleric|imam|judge|ruler|priest|pastor|"
                     r"head|deputy|spokesman|minister|lawmaker|emir|kingpin|ringleader)\b", re.I)


def names_one_victim(value: float, text: str) -> bool:
    """A count of one read from a victim named by rank or office with no number ("Militia chief
    killed", "troops kill a militia leader"): one person among an incident's dead, never a count
    competing with a larger one; so is a victim named by their name alone ("Haddad was shot dead").
    A victim named by what anyone may be ("soldier killed") is a count.

    >>> [names_one_victim(1, t) for t in ("Militia chief killed", "one chief killed", "soldier killed", "Haddad was killed")]
    [True, False, False, True]
    """
    return value == 1 and ((_OFFICE.search(text) is not None and _WRITTEN_COUNT.search(text) is None)
                           or _NAMED_ONE.fullmatch(text) is not None)


# "..., the worst attack of the insurgency, which has killed 35,000": a relative clause on a campaign word
# that counts the campaign's dead up to now; the clause runs to the next comma that splits no number
_TOLL_ASIDE = re.compile(
    _CAMPAIGN_WORD + r"(?:which|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:has|have|had)\s+(?:so far\s+|already\s+|now\s+)?(?:killed|claimed|left|cost)\b"
    r"(?:[^,;.!?]|,(?=\d)|\.(?=\d))*", re.I)


def _toll_aside(sentence: str) -> tuple[int, int] | None:
    """Where a relative clause on a campaign word counts the campaign's dead, or None: its counts are the
    campaign's, the counts of the clause it hangs in are read without it.

    >>> s = "The bomb killed 14 people, the worst attack of the uprising, which has killed more than 9,000, police said."
    >>> at = _toll_aside(s)
    >>> s[at[0]:at[1]]
    'uprising, which has killed more than 9,000'
    >>> _toll_aside("The uprising has killed more than 9,000 people") is None
    True
    """
    aside = _TOLL_ASIDE.search(sentence) or _YEAR_ASIDE.search(sentence)
    return None if aside is None else (aside.start(), aside.end())


def _scopes(sentence: str) -> tuple[str, Callable[[int], str]]:
    """The scope of the sentence's own clause, and the scope of a count by where it stands: "campaign"
    inside a relative clause on a campaign word (`_toll_aside`), else the scope of the sentence read
    without that clause (`is_campaign_total`): in "A bomb killed 14 people, the worst attack of the
    uprising, which has killed 9,000" the 14 are the bombing's dead and the 9,000 the uprising's."""
    aside = _toll_aside(sentence)
    if aside is None:
        scope = "campaign" if is_campaign_total(sentence) else "event"
        return scope, lambda _start: scope
    start, end = aside
    rest = "campaign" if is_campaign_total(sentence[:start] + sentence[end:]) else "event"
    return rest, lambda at: "campaign" if start <= at < end else rest


def is_campaign_total(sentence: str) -> bool:
    """True when the sentence's deaths are a toll over a campaign, not one event's.

    >>> is_campaign_total("A week of unrest after the election killed at least 240 people")
    True
    >>> is_campaign_total("Two soldiers were killed in shelling on Tuesday"), is_campaign_total("Fighting kills 22 in 2 days")
    (False, True)
    >>> is_campaign_total("raising the death toll to 185 in 9 days of siege")
    True
    >>> is_campaign_total("The insurgency has killed more than 6,500 people"), is_campaign_total("The bomb has killed 12")
    (True, False)
    >>> is_campaign_total("one of the worst attacks of the insurgency, which has killed more than 30,000 people")
    True
    >>> is_campaign_total("fighting that has killed at least 6,500 people since 2010")
    True

    A running toll rises as incidents add to it; one act's toll counted again is that act's dead:

    >>> is_campaign_total("Yemen death toll passes 48,000"), is_campaign_total("Bombing death toll rises to 26")
    (True, False)

    One incident's dead are not a toll for the word "fighting" or "unrest" alone:

    >>> is_campaign_total("The fighting at the checkpoint had left 12 soldiers dead by the time reinforcements arrived")
    False
    >>> is_campaign_total("Police said the unrest in the town has left four people dead")
    False
    """
    if _CAMPAIGN.search(sentence) is not None:
        return True
    if _RUNNING_TOLL.search(sentence) is not None and _TOLL_OF_AN_ACT.search(sentence) is None \
            and _BARE_TOLL.search(sentence) is None:
        return True
    if _ONE_DAY.search(sentence) is not None:
        return False
    if _YEAR_TOLL.search(sentence) is not None:
        return True
    return _AGGREGATE_TOLL.search(sentence) is not None or _a_campaign_has_killed(sentence) or \
        (_EPISODE_TOLL.search(sentence) is not None and _OPEN_PERIOD.search(sentence) is not None)


def _a_campaign_has_killed(sentence: str) -> bool:
    """A perfect of killing ("has killed", "has left ... dead", "has claimed") whose subject is a word for
    a whole campaign, whatever stands between them: the campaign's toll up to now.

    >>> _a_campaign_has_killed("The war between the militia and the police, which broke out in 2021, has killed 4,000 people")
    True
    >>> _a_campaign_has_killed("The bomb that went off during the war has killed 12 people")
    False
    """
    return _has_killed(sentence, _A_CAMPAIGN_NOUN, ("has", "have", "had"))


def a_toll_up_to_now(sentence: str) -> bool:
    """The sentence counts the dead of a period up to now: a present perfect of killing whose subject is a
    word for a campaign or an episode of many acts ("the fighting ... has killed", "the violence has left
    ... dead"), with no day of its own. One incident's dead may be told so too ("the clashes have killed
    14" after the clashes' day): the joining step reads it beside the incident it would join.

    >>> a_toll_up_to_now("The fighting between the two militias has killed hundreds of people")
    True
    >>> a_toll_up_to_now("The fighting on Sunday has killed nine"), a_toll_up_to_now("The raid has killed nine")
    (False, False)
    """
    return _ONE_DAY.search(sentence) is None and _has_killed(sentence, _A_PERIOD_NOUN, ("has", "have"))


def _has_killed(sentence: str, subjects: re.Pattern[str], auxiliaries: tuple[str, ...]) -> bool:
    """A perfect of killing (`auxiliaries`: "has", "had") whose subject (the parse's nsubj head) is one of
    `subjects`, whatever words stand between them."""
    if _PERFECT_TOLL.search(sentence) is None or subjects.search(sentence) is None:
        return False
    from .aspect import parsed

    return any(word.lower_ in ("killed", "claimed", "left", "cost")
               and any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in word.children)
               and any(c.dep_ == "nsubj" and subjects.fullmatch(c.lower_) for c in word.children)
               for word in parsed(sentence))


# An age, not a count: "men aged 18 to 25", "between the ages of 15 and 20", "age 30" (a range's second number too,
# and every number of a list of ages: "aged 19, 22 and 40")
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?|between\s+the\s+ages\s+of)\s+(?:between\s+)?"
                         r"(?:\d{1,3}\s*(?:,|to|and|-|\u2013)\s*)*$", re.I)
# "no one", "none of the": the words of a count after them say that no one died
_NO_BEFORE = re.compile(r"\b(?:no|none\s+of(?:\s+the)?)\s+$", re.I)


def deaths_in(sentence: str, figures: tuple[Figure, ...] = (), claimant: str | None = None,
              offset: int = 0) -> tuple[DeathCount, ...]:
    """Death counts reported in one sentence, each once, in order of appearance.

    `figures` are the enrich stage's figures in the sentence, whose offsets are into the body;
    `offset` is where the sentence starts in the body.

    >>> [(d.value, d.scope) for d in deaths_in("The army says that 7,400 enemy fighters have died in the offensive")]
    [(7400, 'campaign')]
    >>> [d.value for d in deaths_in("3 villagers killed, two hurt in Idlib in a raid by army units")]
    [3]
    >>> [d.value for d in deaths_in("Nine members of the border police were shot dead in an ambush")]
    [9]
    >>> [d.value for d in deaths_in("Officer killed, 3 soldiers hurt in a gunfight")]
    [1]
    >>> [d.value for d in deaths_in("Farmer driving 40 goats to market killed by a landmine")]
    [1]
    >>> [d.value for s in ("Five soldiers killed and wounded", "Five soldiers killed or wounded") for d in deaths_in(s)]
    [1]
    >>> [d.value for s in ("At least four displaced villagers killed in a raid", "Mob burns four suspected thieves alive")
    ...  for d in deaths_in(s)]
    [4, 4]
    """
    scope, scope_at = _scopes(sentence)
    hedges = find_hedges(sentence)
    found: dict[int, DeathCount] = {}
    subjects: dict[int, tuple[str, int]] = {}     # a subject count's start: its noun's words, where its verb ends
    for figure in figures:
        if figure.unit and any(unit in figure.unit.lower() for unit in _PEOPLE_UNITS) and \
                re.search(r"kill|dead|death|died|lives|eliminat|casualt", figure.about or "", re.I):
            at = figure.start - offset
            value = _of_the_dead(sentence, at, int(figure.value))
            if value is not None:
                found[at] = DeathCount(value, figure.text or str(figure.value),
                                       figure.claimant or claimant, tuple(figure.hedges) or hedges, scope_at(at))
    for pattern in (_SUBJECT_DEATH, _OBJECT_DEATH, _DEATH_TOLL, _ACT_TOLL, _RISING_TOLL, _RISEN_TOLL_OF_AN_ACT, _LOSSES,
                    _NOUN_DEATH, _KILLING_OF):
        for match in _overlapping(pattern, sentence):
            number = match.group(1)
            tail = sentence[match.end(1):match.end(1) + 20]
            if _NOT_PEOPLE.match(tail) or _taken(found, match.start(1)):
                continue
            if number.lower() in ("a", "an") and (pattern is not _SUBJECT_DEATH or _COUNTED_OBJECT.match(sentence, match.end())
                                                  or _A_NUMBER_OF.match(sentence, match.start(1))):
                continue                # "A gunman killed two guards": one person's act, not their death
            if pattern is _OBJECT_DEATH and re.match(r"left\b", match.group(0), re.I) \
                    and _LEFT_NOT_DEAD.match(sentence, match.end(1)):
                continue                # "The attack left 40 casualties": the dead and the wounded
            if _near_miss(sentence, match.start(), match.end()):
                continue                # "Four villagers were nearly killed": they live
            if pattern is _SUBJECT_DEATH and _ACTIVE_KILLING.search(match.group(0)) \
                    and _COUNTED_OBJECT.match(sentence, match.end()) and not _NO_OBJECT.match(sentence, match.end()):
                continue                # "Two gunmen killed a judge": the two did the killing
            if _CROWD_SIZE.search(sentence, 0, match.start(1)) or \
                    (pattern is _SUBJECT_DEATH and _CROWD_COUNTED.match(match.group(2) or "")):
                continue                # "a mob of 50", "two crowds": a crowd counted, not its dead
            if pattern is _SUBJECT_DEATH and number.lower() in _VAGUE and match.group(2).strip() \
                    and not _PERSON.search(match.group(2)):
                continue
            if _CURRENCY_BEFORE.search(sentence, 0, match.start(1)) or _ON_TRIAL.search(sentence, 0, match.start()):
                continue
            if _NO_BEFORE.search(sentence, 0, match.start(1)):
                continue                # "No one was killed", "none of the ten guards died": nobody is a count of none
            if pattern is _NOUN_DEATH and match.group(2) and not _event_martyrs(sentence, match.start(), match.end()):
                continue
            if _AGE_BEFORE.search(sentence, 0, match.start(1)):
                continue                # "men aged 18 to 25 were killed": how old they were, not how many
            value = number_value(number)
            low = range_start(sentence, match.start(1))
            if value is not None and low is not None:
                value = min(value, round(low))     # "five to seven militants killed": the conservative end, five
            low = range_low(sentence, match.start(1))
            if value is not None and low is not None:
                value = round(low)      # "Two to three hundred killed": the range's low end with its scale, 200
            if value is not None and pattern in (_SUBJECT_DEATH, _OBJECT_DEATH):
                value = _of_the_dead(sentence, match.start(1), value)
            if value is not None:
                found[match.start(1)] = DeathCount(value, match.group(0).strip(), claimant, hedges, scope_at(match.start(1)))
                if pattern is _SUBJECT_DEATH:
                    subjects[match.start(1)] = (match.group(2) or "", match.end())
    for start in [s for s in found if _part_of_the_dead_before(sentence, s, found)]:
        del found[start]
    _add_coordinated_groups(sentence, found, subjects)
    _add_victim_groups(sentence, found)
    _add_named_victims(sentence, found, claimant, hedges, scope)
    _add_one_and_others(sentence, found, claimant, hedges, scope)
    if not found:
        single = _SINGULAR_SUBJECT.search(sentence)
        # the subject's own words, without a participle's phrase on it (whose numbers count no one)
        subject = "" if single is None else single.group(0) if not single.group("on") \
            else single.group(0).replace(single.group("on"), " ")
        if single and not _COUNTED_OBJECT.match(sentence, single.end()) \
                and not _WRITTEN_COUNT.search(subject) and not _near_miss(sentence, single.start(), single.end()):        # "Gunman killed a guard": the guard;
            found[single.start()] = DeathCount(1, single.group(0), claimant, hedges, scope)
            #                                     "Five rebel 'Generals' killed": a count, not one person
        named = None if single else _NAMED_ONE.search(sentence)
        if named:
            found[named.start()] = DeathCount(1, named.group(0), claimant, hedges, scope)
        one_death = None if single or named else _ONE_DEATH.search(sentence)
        if one_death:
            found[one_death.start()] = DeathCount(1, one_death.group(0), claimant, hedges, scope)
    for match in (*_SINGULAR_VICTIM.finditer(sentence), *_AGED_VICTIM.finditer(sentence), *_ANY_ONE_VICTIM.finditer(sentence)):
        if match.re is _SINGULAR_VICTIM and _names_whose_thing(sentence, match.start(1)):
            continue                    # "killed customer demand": the person word says whose demand
        if _near_miss(sentence, match.start(), match.end()):
            continue                    # "Rebels almost killed the governor": he lives
        if not any(abs(start - match.start()) < 40 for start in found):
            found[match.start()] = DeathCount(1, match.group(0), claimant, hedges, scope)
    return tuple(found[start] for start in sorted(found))


def _names_whose_thing(sentence: str, start: int) -> bool:
    """The person word at `start` is the first part of a compound whose head is a thing, not a person
    ("the merger killed partner deals", "killed customer demand"): it says whose deals, no one died. A
    head that names a person or a person's name keeps the person ("killed rebel commander Ali Musa").

    >>> s = "Cheap imports killed customer demand for the old model"
    >>> _names_whose_thing(s, s.index("customer"))
    True
    >>> s = "Troops killed rebel commander Ali Musa"
    >>> _names_whose_thing(s, s.index("rebel"))
    False
    """
    from .aspect import parsed

    token = next((t for t in parsed(sentence) if t.idx <= start < t.idx + len(t.text)), None)
    head = token
    while head is not None and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return token is not None and head is not None and head.i != token.i and head.pos_ == "NOUN" \
        and _PERSON.fullmatch(head.text) is None


def by_name_alone(count: DeathCount) -> bool:
    """The count is one person named by their name alone ("Haddad was shot dead"), no word for who they were.

    >>> [by_name_alone(d) for t in ("Haddad was shot dead", "A soldier was shot dead") for d in deaths_in(t)]
    [True, False]
    """
    return count.value == 1 and _NAMED_ONE.fullmatch(count.text) is not None


def _part_of_the_dead_before(sentence: str, start: int, found: dict[int, DeathCount]) -> bool:
    """The count at `start` follows an "including/among them/of whom" aside on the dead counted right
    before it ("25 martyrs, among whom 6 nurses, died": the 6 are of the 25), not on another count
    standing between ("Two people were killed and 40 wounded, of whom 6 died": the 6 are of the wounded).

    >>> [d.value for d in deaths_in("Two people were killed and 40 wounded, of whom 6 died in hospital")]
    [2, 6]
    """
    aside = _PART_BEFORE.search(sentence, 0, start)
    before = [other for other in found if other < start]
    if aside is None or not before:
        return False
    count = _WRITTEN_COUNT.search(sentence, max(before), aside.start())
    return count is not None and _WRITTEN_COUNT.search(sentence, count.end(), aside.start()) is None


# The words between one clause's dead and the next clause's count, joined by "and" with no speaker and
# no contrast between them: "... were killed in the siege on Friday, and the four attackers were shot dead"
_AND_THEN_ANOTHER = re.compile(r"(?:\s+(?!(?:said|says|say|told|but|while|whereas|although|though|according|or|"
                               r"reported|claimed|put)\b)[\w'’-]+){0,12}\s*,?\s+and\s+(?:the\s+|all\s+|another\s+)?"
                               + _QUALIFIER, re.I)


def _noun_of(words: str) -> str:
    """The last word of a count's noun, singular: "Malian soldiers" -> "soldier"."""
    last = (re.findall(r"[\w'’-]+", words) or [""])[-1].lower()
    return last[:-1] if last.endswith("s") else last


def _add_coordinated_groups(sentence: str, found: dict[int, DeathCount], subjects: dict[int, tuple[str, int]]) -> None:
    """Two groups' dead, each the subject of its own clause joined by "and", are distinct groups that add
    up, not competing claims of one figure: the second group named by another noun, or told with "also".

    >>> [d.value for d in deaths_in("Nine people were killed and the three gunmen were also killed")]
    [12]
    >>> [d.value for s in ("Police said 9 people were killed, but residents said 14 people died",
    ...                    "Four soldiers died and four soldiers were later killed in a second blast")
    ...  for d in deaths_in(s)]
    [9, 14, 4, 4]
    """
    starts = sorted(found)
    for first, second in pairwise(starts):
        if first not in subjects or second not in subjects or first not in found:
            continue
        (first_noun, first_end), (second_noun, second_end) = subjects[first], subjects[second]
        one, other = found[first], found[second]
        if one.scope != "event" or other.scope != "event" or first_end > second \
                or not _AND_THEN_ANOTHER.fullmatch(sentence, first_end, second):
            continue
        also = re.search(r"\balso\b", sentence[second:second_end], re.I)
        if not also and not (_noun_of(first_noun) and _noun_of(second_noun) and _noun_of(first_noun) != _noun_of(second_noun)):
            continue
        del found[second]
        found[first] = _replace(one, value=one.value + other.value, text=sentence[first:second_end])
        subjects[first] = (first_noun, second_end)


def _near_miss(sentence: str, start: int, end: int) -> bool:
    """A death word inside [start, end) told as one that nearly happened ("were nearly killed", "almost
    killed four guards", "narrowly escaped being shot dead").

    >>> [d.value for s in ("Four villagers were nearly killed in the night", "The mine almost killed two guards",
    ...                    "A guard was nearly killed and five soldiers died") for d in deaths_in(s)]
    [5]
    """
    return any(start <= miss.end() < end for miss in _NEAR_MISS.finditer(sentence))


def _overlapping(pattern: re.Pattern[str], sentence: str) -> Iterator[re.Match[str]]:
    """Every match, the next searched from just after the previous one's count: in "Thousands
    marched behind the coffins of three students killed" the count of the dead starts inside the
    words the crowd's count took."""
    at = 0
    while (match := pattern.search(sentence, at)) is not None:
        yield match
        at = max(match.end(1), match.start() + 1)


# "eight Spaniards and two Yemenis", "two soldiers, a policeman and three civilians": distinct
# victim groups of one count, summed. A group is a number and a plural (or singular after "a",
# "one") naming people: a person word or a capitalised nationality ("Yemenis").
# A group may be owned by the one named before it ("a woman and her two children") and one person
# told with their age after them ("a woman in her thirties and her two children": three dead).
# how old one person is, told after them: "a man in his 60s", "a woman in her early thirties", "a farmer, 45,"
_AGE_ASIDE = (r"(?:\s+in\s+(?:his|her)\s+(?:early\s+|mid-?\s*|late\s+)?(?:\d0s|teens|twenties|thirties|forties|fifties|"
              r"sixties|seventies|eighties|nineties)|\s*,\s*\d{1,3}(?=\s*,))")
_OWNER = r"(?:(?:his|her|their|its)\s+)?"
# one person owned by the one before, with no count ("his wife", "their young driver"): one of the list
_OWNED_ONE = r"(?:his|her|their|its)\s+(?:[\w'’-]+\s+)?" + _ONE_PERSON + r"(?![\w'’-])"
# one person with no count and no article, a headline's ("Soldier, two civilians killed"): one of the list
_BARE_ONE = r"(?<![\w'’-])" + _ONE_PERSON + r"(?![\w'’-])"
_GROUP = (r"(?:" + _OWNED_ONE + r"|" + _BARE_ONE + r"|" + _OWNER + r"(?:" + _NUM + r")\s+(?:[\w'’-]+\s+){0,2}?"
          # a group of no count ("and an unknown number of militants"): none of the sum
          r"(?:(?<=\bnumber\s)of\s+(?:[\w'’-]+\s+)?)?(?:" + PERSON_NOUN[3:-1] + r"|"
          + _ONE_PERSON + r"(?![\w'’-])" + r"|(?-i:[A-Z][a-z]+(?:is|ns|s|men))))(?:" + _AGE_ASIDE + r")?")
_GROUP_NUMBER = re.compile(r"^" + _OWNER + r"(" + NUMBER_PATTERN + r"|several|many|an?)\b", re.I)
_OWNED_ONE_PART = re.compile(_OWNED_ONE + r"$", re.I)
_BARE_ONE_PART = re.compile(_BARE_ONE + r"$", re.I)
# "eight Spaniards and two Yemenis"; a headline leaves the "and" out: "Nine guards, 31 rebels killed"
_GROUP_LIST = re.compile(r"(?<![\w,.])(" + _GROUP + r"(?:(?:\s*,\s*" + _GROUP + r")*,?\s+(?P<conj>and)\s+" + _GROUP +
                         r"|(?:\s*,\s*" + _GROUP + r")+))", re.I)
# Without its "and" a comma may as well end a clause ("The bus carried 40 passengers, 12 children were
# killed"): such a list is one only where a clause opens (the sentence, or a killing verb's object), with
# no verb inside it, and it adds up only groups no one of which holds another: in "Seven people, two
# children killed" the children are of the seven. People hold anyone; civilians, passengers or a
# nationality hold their children, women and men, not the soldiers listed beside them.
_ANYONE = re.compile(r"(?:people|persons|individuals|victims|others)$", re.I)
_WHOLE_GROUP = re.compile(r"(?:civilians|passengers|residents|villagers|worshippers|pilgrims|(?-i:[A-Z][a-z]+(?:is|ns)))$",
                          re.I)
_PART_OF_A_GROUP = re.compile(r"(?:children|child|women|woman|men|man|boys?|girls?|bab(?:y|ies)|infants?|teenagers?|"
                              r"minors?|students?|elderly)$", re.I)
_VERB_INSIDE = re.compile(r"\b(?:was|were|is|are|has|have|had|been|being|be|" + _DEATH[3:-1] + r")\b", re.I)
_KILLED_BEFORE = re.compile(r"\b(?:kill(?:ed|s|ing)?|claimed the lives of|left|shot dead)\s+" + _QUALIFIER + r"$", re.I)
_KILLED_AFTER = re.compile(r"^\s+(?:(?:were|was|have been|has been|had been|are|reportedly|also)\s+){0,2}" + _DEATH + r"\b",
                           re.I)


def _add_victim_groups(sentence: str, found: dict[int, DeathCount]) -> None:
    """A list of victim groups killed together counts as their sum (replacing its first group's count).

    >>> [d.value for d in deaths_in("The attack killed eight Spaniards and two Yemenis in Marib")]
    [10]
    >>> [d.value for d in deaths_in("Two soldiers and three civilians were killed, and four were wounded")]
    [5]
    >>> [d.value for s in ("Nine guards, 31 rebels killed in a firefight", "Five militants arrested, two killed",
    ...                    "Three guards among nine killed in Kashmir") for d in deaths_in(s)]
    [40, 2, 9]
    """
    for match in _GROUP_LIST.finditer(sentence):
        before, after = sentence[:match.start()], sentence[match.end():]
        if not (_KILLED_BEFORE.search(before) or _KILLED_AFTER.match(after)):
            continue
        parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.sub(_AGE_ASIDE, "", match.group(1), flags=re.I))
        if not match.group("conj") and _credit_follows(after):
            continue                    # "killed 14 villagers, a police officer said": the last one speaks
        kind = "sum" if match.group("conj") else _list_without_and(sentence, match.start(), parts)
        if kind is None:
            continue
        values = [0 if _A_NUMBER_OF.match(part) else number_value(m.group(1)) if m
                  else (1 if _OWNED_ONE_PART.match(part) or _one_apart(part) else None)
                  for m, part in ((_GROUP_NUMBER.match(part), part) for part in parts)]
        if len(values) < 2 or any(v is None for v in values):
            continue
        if kind == "whole":
            values = values[:1]
        for start in [s for s in found if match.start() - 12 <= s < match.end()]:
            del found[start]
        first = next(iter(found.values()), None)
        claimant, hedges = (first.claimant, first.hedges) if first else (None, ())
        found[match.start()] = DeathCount(sum(v for v in values if v is not None), match.group(0), claimant,
                                          hedges or find_hedges(sentence), _scopes(sentence)[1](match.start()))


def _credit_follows(after: str) -> bool:
    """What follows a list is a verb of reporting, so its last item is the speaker of a closing credit
    (", a police officer said", ", an army spokesman told reporters"), not one more of the dead.

    >>> _credit_follows(" said on Monday."), _credit_follows(" were killed.")
    (True, False)
    """
    from .sourcing import SAYING     # sourcing reads the cues, which read this module: imported late
    return re.match(r"\s+(?:(?:has|have|had|also|later)\s+)?" + SAYING + r"\b", after) is not None


def _one_apart(part: str) -> bool:
    """A headline's bare person word in a list of groups is one more dead ("Soldier, two civilians killed"); one
    named by rank or office ("10 militants, commander killed") is as often one of the group beside them
    (names_one_victim), so the list is not added up."""
    return _BARE_ONE_PART.match(part) is not None and _OFFICE.search(part) is None


def _list_without_and(sentence: str, start: int, parts: list[str]) -> str | None:
    """What groups listed with commas alone count for (see _WHOLE_GROUP): "sum" for distinct groups,
    "whole" when the first holds the others (its count alone), None when they are no list.
    """
    before = sentence[:start]
    opens = re.fullmatch(r"\W*" + _QUALIFIER, before, re.I) is not None or _KILLER_BEFORE.search(before) is not None
    nouns = [part.split()[-1].lower() for part in parts]
    if not opens or len(set(nouns)) < len(nouns) or any(_VERB_INSIDE.search(part) for part in parts):
        return None
    first = parts[0].split()[-1]
    holds = _ANYONE.match(first) or (_WHOLE_GROUP.match(first) and all(_PART_OF_A_GROUP.match(n) for n in nouns[1:]))
    return "whole" if holds else "sum"


def _taken(found: dict[int, DeathCount], start: int) -> bool:
    return any(start <= s < start + 4 or s <= start < s + len(d.text) for s, d in found.items())


_FATE = re.compile(r"\b(?:(killed|dead|died|die|dies|perished|slain|executed|murdered|assassinated|beheaded|lynched|"
                   r"gunned down|shot dead|lost (?:their |his |her )?lives?|(?:hacked|beaten|stabbed|tortured|burned|burnt) "
                   r"to death)|(wounded|injured|hurt|missing|arrested|detained|abducted|kidnapped|captured|"
                   r"taken hostage|displaced|evacuated|rescued|freed|released))\b", re.I)
_KILLER_BEFORE = re.compile(r"\b(?:" + _KILLING + r"|leaves|leaving)\s+" + _QUALIFIER + r"$", re.I)


def _of_the_dead(sentence: str, start: int, value: int) -> int | None:
    """The deaths a count at `start` stands for, by the first fate its clause gives it.

    Wounded, missing, arrested or abducted people are not dead ("4 troops hurt": None). A count of
    the "killed and wounded" together says only that at least one died (1); "killed or wounded",
    not even that (None). A count right after a killing verb ("kill 2 men") is of the dead.
    """
    if _KILLER_BEFORE.search(sentence, max(0, start - 40), start):
        return value
    fate = _FATE.search(sentence, start, min(len(sentence), start + 80))
    while fate is not None and fate.group(2) and _PERSON.match(sentence, fate.end() + 1):
        # "four displaced persons killed", "two wounded soldiers died": a word for the people, not their fate
        fate = _FATE.search(sentence, fate.end(), min(len(sentence), start + 80))
    if fate is None or re.search(r"[;.]", sentence[start:fate.start()]):
        return value
    if fate.group(2):
        return None
    if re.search(r"\w\s+\w", sentence[start:fate.start()]) and _fate_of_another(sentence, start, fate.start()):
        return None
    mixed = _AND_WOUNDED.match(sentence[fate.end():])
    if mixed:
        return 1 if mixed.group(1).lower() in ("and", "&") else None
    return value


def _fate_of_another(sentence: str, start: int, fate_start: int) -> bool:
    """Whether the parse gives the death word at `fate_start` to another noun than the count's at
    `start`: in "Hundreds attended the funeral of a policeman killed by gunmen" the participle
    describes the policeman, and the hundreds are the subject of attending, not the dead. The death
    word is the count's when, going up from it, the count (or the noun it numbers) is reached, or a
    verb, before any other noun ("Five people were reported killed", "Twelve members of the forces
    were killed", "4 civilians killed").

    >>> _fate_of_another("Dozens mourned a soldier killed at a checkpoint", 0, 25)
    True
    >>> _fate_of_another("Five people were reported killed in the raid", 0, 26)
    False
    >>> _fate_of_another("5-7 guards killed at a gate", 2, 11)
    False
    """
    from .aspect import parsed

    doc = parsed(sentence)
    count = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    death = next((t for t in doc if t.idx <= fate_start < t.idx + len(t.text)), None)
    if count is None or death is None:
        return False
    # a range's second number may hang on its first ("5-7 civilians": the 7 a preposition of the 5): the
    # range counts the noun as its first number does
    while range_start(sentence, count.idx) is not None and count.head.pos_ == "NUM" and count.head.i < count.i:
        count = count.head
    # a number written in parts hangs on its last ("Twenty-two": "Twenty" a compound of "two")
    while count.dep_ == "compound" and count.head.pos_ == "NUM" and count.head.i > count.i:
        count = count.head
    # the noun the count numbers ("three students"), or the one its article opens ("A dozen killed"); a
    # headline's noun before that noun may take the count in the parse ("Four Somalia soldiers": "Four" on
    # "Somalia"), the noun it modifies is the counted one
    counted = {count}
    if count.dep_ in ("nummod", "quantmod", "amod", "det", "compound"):
        counted.add(count.head)
        noun = count.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
            counted.add(noun)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c in counted for c in death.children):
        return False            # the count's noun is the death verb's own subject ("five persons killed - ministry")
    token = death
    while token.head.i != token.i:        # spaCy makes a new Token at each access: compare positions
        if token in counted:
            return False
        joined = {c.i for t in counted for c in t.conjuncts}      # "Two soldiers and a commander killed"
        # a headline's comma for "and", or an apposition naming the same people again ("25 guards, militiamen
        # killed"): a noun in apposition to the counted one with no count of its own is the count's
        joined |= {c.i for t in counted for c in t.children
                   if c.dep_ == "appos" and not any(g.dep_ in ("nummod", "quantmod") for g in c.children)}
        if token.dep_ in ("acl", "relcl", "amod", "appos") and token.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and token.head not in counted and token.head.i not in joined and token.head.i > max(t.i for t in counted):
            return True          # the fate describes a noun named after the count's
        token = token.head
    return False


# "Father, daughter and son killed", "gunmen kill a judge, his guard": people named one by one.
_ONE_ITEM = (r"(?:(?:an?|one|the|his|her|their|its)\s+)?"
             r"(?:(?!(?:kill\w*|murder\w*|shot|shoot\w*|gun\w*|attack\w*|and|in|of|by|were|was|is|are)\b)[\w'’-]+\s+){0,2}?"
             + _ONE_PERSON + r"\b(?:" + _AGE_ASIDE + r")?")
_PERSON_LIST = re.compile(r"(?<![\w-])(" + _ONE_ITEM + r"(?:\s*,\s*" + _ONE_ITEM + r")*(?:,?\s+and\s+|\s*,\s*)"
                          + _ONE_ITEM + r")(?![\w-])", re.I)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.I)


def _add_named_victims(sentence: str, found: dict[int, DeathCount], claimant: str | None,
                       hedges: tuple[str, ...], scope: str) -> None:
    """People killed together and named one by one, with no number, count one each.

    >>> [d.value for d in deaths_in("Father, daughter and son killed in an air strike")]
    [3]
    >>> [d.value for d in deaths_in("Gunmen kill a judge, his guard near the border")]
    [2]
    """
    for match in _PERSON_LIST.finditer(sentence):
        if not (_KILLER_BEFORE.search(sentence, 0, match.start()) or _KILLED_AFTER.match(sentence[match.end():])):
            continue
        if any(match.start() - 12 <= s < match.end() and d.value > 1 for s, d in found.items()):
            continue                    # a count already read there ("two soldiers and a policeman")
        for start in [s for s in found if match.start() - 12 <= s < match.end()]:
            del found[start]
        items = [part for part in _ITEM_SPLIT.split(re.sub(_AGE_ASIDE, "", match.group(1), flags=re.I)) if part.strip()]
        found[match.start()] = DeathCount(len(items), match.group(0), claimant, hedges, scope)


# "bomb kills judge, 3 others", "a policeman and two others were killed": one person named, then
# a count of the others killed with them; or of their own ("a mother and her two children"); the one may be
# the killer himself ("the bomber blew himself up, killing himself and three others")
_AND_OTHERS = re.compile(r"(?<![\w-])(" + _ONE_ITEM + r"|(?:him|her)self)(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:"
                         + _QUALIFIER + _NUM + r"\s+other(?:s\b|\s+(?:[\w'’-]+\s+)?" + _PERSON.pattern + r")|"
                         r"(?:his|her|their)\s+" + _QUALIFIER + r"(" + _COUNT + r")\s+(?:[\w'’-]+\s+)?"
                         + _PERSON.pattern + r")", re.I)


def _add_one_and_others(sentence: str, found: dict[int, DeathCount], claimant: str | None,
                        hedges: tuple[str, ...], scope: str) -> None:
    """One person named and "N others" killed with them count 1 + N (replacing the counts read inside).

    >>> [d.value for d in deaths_in("Gunmen killed a police chief and three others in Kano")]
    [4]
    >>> [d.value for s in ("Shelling killed a mother and her two children", "The bomber killed himself and three others")
    ...  for d in deaths_in(s)]
    [3, 4]
    """
    for match in _AND_OTHERS.finditer(sentence):
        if not (_KILLER_BEFORE.search(sentence, 0, match.start()) or _KILLED_AFTER.match(sentence[match.end():])):
            continue
        others = number_value(match.group(2) or match.group(3))
        if others is None:
            continue
        for start in [s for s in found if match.start() - 12 <= s < match.end()]:
            del found[start]
        found[match.start()] = DeathCount(1 + others, match.group(0), claimant, hedges, scope)
