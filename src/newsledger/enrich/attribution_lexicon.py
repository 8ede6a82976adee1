"""The words attribution is found by: reporting verbs, verbs of belief and intention, and the
shapes each takes its content in. Written by hand from the PolNeAR *train* split's cues (no
maintained lexicon of English reporting verbs with their argument shapes exists); see
`attribution` for the rules that read them.
"""
from __future__ import annotations

# Reporting verbs: their complement (a clause or a quotation) is what someone said or found.
SPEECH_LEMMAS = frozenset("""
say tell add write note report announce claim state argue explain suggest insist warn acknowledge
admit declare assert confirm deny tweet post ask reply respond conclude predict recall comment
indicate emphasize emphasise stress contend maintain allege accuse promise vow pledge urge testify
inform mention repeat reiterate concede complain boast observe disclose reveal estimate caution
agree dispute show find describe call criticize criticise praise propose recommend demand charge
counter retort quip joke speculate assure echo blame question signal hint lament point cite
defend remind express interject slam rail insist proclaim exclaim remark dismiss chastise rebut
condemn denounce decry lambast blast applaud welcome hail warn concur scoff tout brag plead quote
continue mock portray discuss list talk speak answer advocate imply threaten request reject shoot fire push
highlight reaffirm yell advise encourage deem
""".split())
# Verbs of belief and intention: PolNeAR annotates them as attributions too, but they are not
# claims a ledger should carry, so `find_quotes` leaves them out.
STANCE_LEMMAS = frozenset("""
believe think fear hope feel worry doubt want expect plan know see endorse support back oppose
refer seem appear wish decide refuse seek favor favour prefer view regard decline order wonder
""".split())
CUE_LEMMAS = SPEECH_LEMMAS | STANCE_LEMMAS
# Reporting verbs a thing does as often as a speaker ("the figures show", "recent losses highlight",
# "studies conclude"): with any other ("economists said", "farmers warned") a plural common noun is a
# group of people speaking
SAID_BY_THINGS = frozenset("""
show indicate suggest highlight signal point reveal confirm find imply echo predict estimate mean list describe
portray mention cite question threaten push fire shoot continue conclude report demand call
""".split())
# Verbs whose direct object (not only a clause) can be the content ("ISW reported visual evidence").
OBJECT_CONTENT = frozenset("""
report claim deny announce confirm dispute reveal predict estimate acknowledge cite describe
call criticize criticise praise propose recommend demand question reject defend slam highlight
express endorse support back oppose dismiss chastise rebut condemn denounce decry lambast blast
applaud welcome hail tout accuse mock portray discuss list advocate request favor favour
prefer seek view regard reiterate repeat order see reaffirm deem
""".split())
# Verbs whose content is the object of a preposition ("pointed to X", "called for X", "talked about X")
PREP_CONTENT = {
    "point": ("to",), "refer": ("to",), "talk": ("about", "of"), "speak": ("about", "of"), "call": ("for",),
    "warn": ("of", "about", "against"), "complain": ("about",), "argue": ("against",), "advocate": ("for",),
    "insist": ("on",), "ask": ("about",), "comment": ("on",), "boast": ("about", "of"), "brag": ("about",),
    "joke": ("about",), "testify": ("about",), "write": ("about",), "hint": ("at",), "push": ("on", "against"),
}
# What someone declines to do that is itself speaking ("declined to comment")
DECLINED = frozenset({"comment", "say", "confirm", "discuss", "elaborate", "answer", "specify", "respond", "address",
                       "identify", "name", "disclose", "reveal", "speculate", "detail", "provide", "release"})
# Documents and occasions that carry a finding when the sentence has no reporting verb ("In a CNN poll, ...")
# (a statement, interview or speech has a reporting verb of its own: "In a speech, X attacked ...")
IN_SOURCES = frozenset({"poll", "survey", "study", "report", "analysis"})
NEEDS_QUOTE_OR_CLAUSE = frozenset({"post", "write", "tweet", "echo", "point", "signal", "add", "ask", "continue"})
RELATIVE = frozenset({"who", "which", "that"})
# Verbs whose subject is the speaker of the reporting verb they complete ("went on to say"; not
# "has yet to comment", "refused to say")
GOES_ON = frozenset({"go", "continue", "begin", "start", "proceed", "hasten", "rush"})
# Verbs after which "it" is an organisation speaking ("The ministry ... It added that")
IT_SPEAKS = frozenset({"say", "add", "continue", "state", "announce", "report", "claim", "deny", "confirm", "note", "warn", "write",
                        "post", "tweet", "accuse", "insist", "declare", "urge", "ask", "respond", "reply", "argue",
                        "explain", "call"})
# The stance a reporting verb gives its speaker towards the content (Quote.stance): these deny
# or dispute it; every other speech verb asserts it.
DENIAL_LEMMAS = frozenset("deny reject refute dismiss rebut".split())
DISPUTE_LEMMAS = frozenset("dispute contest challenge question doubt contradict counter".split())
