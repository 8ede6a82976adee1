"""Nouns that name people, in English: the one list read wherever a rule asks whether a noun is
people (the dead counted, one victim, people captured, a plural that speaks). Written by hand for
newsledger; the enrich stage (quotes) and the events coder (fatalities, cues, merging) both read it.
"""
from __future__ import annotations

__all__ = ["PERSON_NOUN", "PERSON_WORDS", "singular_or_plural"]

# Nouns that name people by what they are, in the singular
PERSON_WORDS = (
    "man woman person child boy girl baby infant teen teenager youth husband wife father mother son daughter brother "
    "sister doctor nurse medic teacher student officer soldier serviceman servicewoman servicemember militiaman "
    "policeman policewoman gunman hitman official leader chief elder associate driver journalist farmer herder trader "
    "miner civilian resident villager volunteer pensioner member guard bodyguard commander cleric imam worker colleague comrade "
    "relative friend partner spouse neighbour neighbor aide militant fighter rebel insurgent guerrilla maoist separatist terrorist jihadist sicario suspect prisoner "
    "hostage captive pilot passenger pilgrim worshipper judge lawyer activist protester demonstrator priest pastor ruler "
    "governor mayor shopper customer tourist visitor bystander attacker assailant shopkeeper merchant adult "
    "patient pupil refugee migrant employee tailor passer-by "
    # roles in public life and the news: politics, faith, trade, the land, the law, sport, mourning
    "politician candidate lawmaker legislator senator congressman congresswoman parliamentarian minister "
    "councillor councilor deputy diplomat ambassador envoy lawman sheriff prosecutor magistrate "
    "nun monk bishop rabbi preacher missionary parishioner congregant churchgoer mourner "
    "businessman businesswoman entrepreneur banker vendor shepherd herdsman fisherman tribesman "
    "clansman nomad ranger poacher smuggler trafficker kidnapper robber bandit looter "
    "reporter photographer cameraman correspondent editor spokesman spokeswoman chairman chairwoman "
    "engineer contractor labourer laborer technician mechanic builder sailor seaman crewman "
    "firefighter paramedic rescuer recruit conscript cadet inmate detainee "
    "spectator player footballer athlete supporter voter motorist pedestrian commuter traveller traveler "
    "witness").split()


def singular_or_plural(word: str) -> str:
    """A pattern for the noun in the singular or the plural ("policem[ae]n", "bab(?:y|ies)")."""
    if word == "passer-by":
        return "passers?-by"                          # passer-by, passers-by
    if word.endswith("man"):
        return word[:-2] + "[ae]n"                    # policeman, policemen
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "(?:es)?"                       # witness, witnesses
    if word[-1] == "y" and word[-2] not in "aeiou":
        return word[:-1] + "(?:y|ies)"                # baby, babies
    return {"person": "persons?|people", "child": "child(?:ren)?", "wife": "wi(?:fe|ves)"}.get(word, word + "s?")


# one or more people ("soldiers", "a policeman", "children", "troops")
PERSON_NOUN = "(?:" + "|".join([*map(singular_or_plural, PERSON_WORDS), "troops"]) + ")"
