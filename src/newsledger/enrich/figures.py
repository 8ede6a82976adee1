"""Figures: the numbers an article reports, typed (value, unit, what they count), with who
claims them and how the text hedges them.

`numbers.find_numbers` finds the numbers and their written units; this module adds what needs
the sentence's grammar (spaCy's parse), written by hand because no maintained library ties a
number to the noun it counts, the verb that says what happened to it and the speaker it comes
from:
- dates, years, times, ages, identifiers ("Article 5", "Boeing 737") and the pronoun "one" are
  not figures;
- the counted noun is the noun the number modifies ("12,000 Ukrainian soldiers"), or the object
  of "of" ("dozens of civilians", "46% of the territories");
- `about` joins that noun phrase to the verb or nominalisation it depends on
  ("Ukrainian soldiers killed", "residents evacuated");
- the claimant is the speaker of the quote around the figure, else the subject of the reporting
  verb that governs it ("The Russian defense ministry claims that ..."), else "according to X";
- a figure restated in other units right after another ("2,600 square kilometers (about 1,000
  square miles)") points at the first through `converted_from` instead of counting twice.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..records import Article
from .hedges import find_hedges
from .names import clean_name
from .nlp import lemma as lemma_of
from .nlp import doc_entities, doc_text, is_english
from .numbers import NumberMention, find_numbers
from .records import Figure, Quote

__all__ = ["find_figures", "participle"]

_MONTHS = ("jan january feb february mar march apr april may jun june jul july aug august sep sept september "
           "oct october nov november dec december").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_TIME_WORDS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
               "minutes", "second", "seconds", "decade", "decades", "century", "centuries", "am", "pm", "a.m.",
               "p.m.", "gmt", "utc", "o'clock"}
_REPORTING = {"say", "claim", "report", "announce", "state", "tell", "estimate", "add", "note", "confirm", "write",
              "post", "declare", "allege", "insist", "assert", "suggest", "indicate", "show", "reveal", "count",
              "put", "record", "publish", "cite", "warn", "accuse", "deny", "tally", "document", "verify", "calculate"}
_NOMINAL = {"evacuation": "evacuated", "death": "killed", "deaths": "killed", "killing": "killed",
            "capture": "captured", "displacement": "displaced", "arrest": "arrested", "release": "released",
            "loss": "lost", "losses": "lost", "injury": "injured", "liberation": "liberated",
            "destruction": "destroyed", "deployment": "deployed", "withdrawal": "withdrawn",
            "recapture": "recaptured", "seizure": "seized", "detention": "detained", "exchange": "exchanged",
            "return": "returned", "rescue": "rescued", "shelling": "shelled", "strike": "struck",
            "occupation": "occupied", "evacuations": "evacuated"}
_IRREGULAR = {"take": "taken", "retake": "retaken", "lose": "lost", "hold": "held", "shoot": "shot", "hit": "hit",
              "wound": "wounded", "give": "given", "send": "sent", "leave": "left", "bring": "brought",
              "build": "built", "make": "made", "put": "put", "find": "found", "seize": "seized",
              "flee": "fled", "fight": "fought", "strike": "struck", "bring down": "brought down",
              "shoot down": "shot down", "see": "seen", "know": "known", "begin": "begun", "get": "got",
              "drive": "driven", "keep": "kept", "win": "won", "pay": "paid", "spend": "spent", "sell": "sold",
              "go": "gone", "do": "done", "come": "come", "fall": "fallen", "rise": "risen", "grow": "grown",
              "run": "run", "cut": "cut", "set": "set", "write": "written", "say": "said", "tell": "told",
              "beat": "beaten", "blow": "blown", "break": "broken", "choose": "chosen", "eat": "eaten",
              "forget": "forgotten", "freeze": "frozen", "hide": "hidden", "ride": "ridden", "shake": "shaken",
              "steal": "stolen", "throw": "thrown", "wake": "woken", "wear": "worn", "feed": "fed",
              "lead": "led", "meet": "met", "read": "read", "lay": "laid", "buy": "bought", "catch": "caught",
              "teach": "taught", "think": "thought", "seek": "sought", "sink": "sunk", "spread": "spread",
              "shut": "shut", "quit": "quit", "let": "let", "cost": "cost", "hurt": "hurt", "bear": "borne",
              "swear": "sworn", "tear": "torn", "undertake": "undertaken", "overtake": "overtaken",
              "retreat": "retreated", "hang": "hanged", "slay": "slain", "stand": "stood", "understand": "understood",
              "withdraw": "withdrawn", "draw": "drawn", "fly": "flown", "show": "shown", "sow": "sown"}
_AREA_UNITS = {"km2", "mi2", "m2", "ft2", "ha", "acre"}
_CONVERTIBLE = ({"km2", "mi2", "ha", "acre", "m2", "ft2"}, {"km", "mi", "m", "ft", "yd"}, {"kg", "lb", "t", "g"},
                {"°C", "°F"}, {"l", "gal"}, {"km/h", "mph"})
_CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "ILS", "INR", "AUD", "CAD", "HKD", "NZD", "MYR"}
_PEOPLE = {"people", "person", "persons", "individual", "individuals"}


def find_figures(doc: Any, quotes: Sequence[Quote], article: Article) -> tuple[Figure, ...]:
    """Every figure of `article`, in order. `doc` is the spaCy Doc of `article.body` (parsed);
    `quotes` are the article's quotes (may be empty)."""
    if not is_english(article.language):
        return ()                # the grammar below is English grammar
    figures: list[Figure] = []
    body = doc_text(doc)
    for sent in doc.sents:
        text = body[sent.start_char:sent.end_char]     # `sent.text`, without joining its tokens again
        hedges = find_hedges(text)
        for number in find_numbers(text):
            figure = _figure(doc, sent, number, quotes, hedges)
            if figure is not None:
                figures.append(figure)
    shared = _share_elided_nouns(_share_range_nouns(figures, article.body), article.body)
    return tuple(_link_conversions(shared, article.body))


def _share_elided_nouns(figures: list[Figure], body: str) -> list[Figure]:
    """"12 people were killed and 30 wounded": the second figure counts the first one's noun."""
    shared = list(figures)
    for index in range(1, len(shared)):
        previous, current = shared[index - 1], shared[index]
        if current.unit or not previous.unit or len(current.about.split()) != 1 or len(previous.about.split()) < 2:
            continue
        if re.fullmatch(r"\s*(?:,|and|,\s*and|while|with)\s*", body[previous.end:current.start]) or \
                re.fullmatch(r"[^.;]*?\s(?:and|while)\s+", body[previous.end:current.start]):
            phrase = " ".join(previous.about.split()[:-1])
            shared[index] = _replace(current, unit=previous.unit, about=f"{phrase} {current.about}")
    return shared


def _share_range_nouns(figures: list[Figure], body: str) -> list[Figure]:
    """"10-15 soldiers", "between 10 and 15 soldiers": the first end counts what the second counts."""
    shared = list(figures)
    for index in range(len(shared) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if not first.unit and second.unit and re.fullmatch(r"\s*(?:to|and|or|-|\u2013)\s*", body[first.end:second.start]):
            shared[index] = _replace(first, unit=second.unit, about=second.about or first.about)
    return shared


def _figure(doc: Any, sent: Any, number: NumberMention, quotes: Sequence[Quote], hedges: tuple[str, ...]) -> Figure | None:
    offset = sent.start_char
    start, end = offset + number.start, offset + number.end
    span = doc.char_span(offset + number.number_start, offset + number.number_end, alignment_mode="expand")
    if span is None or _not_a_figure(doc, sent, span, number):
        return None
    token = span[-1]
    noun = _counted_noun(token, number)
    unit = number.unit or _noun_unit(noun)
    if noun is not None and number.unit is None and noun.i > token.i and noun.i - token.i <= 4:
        end = max(end, noun.idx + len(noun.text))
    rate = _RATE.match(doc_text(doc), end)
    if rate and unit:
        unit, end = f"{unit}/{_singular(rate.group(1).lower())}", rate.end()
    about = _about(token, noun, number)
    return Figure(value=number.value, approx=number.approx, unit=unit, about=about,
                  claimant=_claimant(doc, sent, token, start, end, quotes), hedges=hedges,
                  start=start, end=end, text=doc_text(doc)[start:end])


_RATE = re.compile(r"\s+(?:per|a|an|each)\s+(day|week|month|year|hour|barrel|share|ounce|gallon|person|capita|"
                   r"head|game|kilogram|tonne|ton|square (?:foot|feet|metre|meter)|night)\b", re.I)


def _singular(word: str) -> str:
    return {"feet": "foot", "square feet": "square foot"}.get(word, word)


def _not_a_figure(doc: Any, sent: Any, span: Any, number: NumberMention) -> bool:
    """Dates, years, times, ages, identifiers and the pronoun "one"."""
    first, last = span[0], span[-1]
    before = doc[first.i - 1] if first.i > sent.start else None
    before2 = doc[first.i - 2] if first.i - 1 > sent.start else None
    after = doc[last.i + 1] if last.i + 1 < sent.end else None
    words = {t.lower_.rstrip(".") for t in (before, before2, after) if t is not None}
    if number.unit is None and words & (set(_MONTHS) | set(_WEEKDAYS)):
        return True
    if number.unit is None and after is not None and after.lower_ in _TIME_WORDS | {"-year", "year-old"}:
        if after.lower_ in ("am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock") or _is_age(doc, after):
            return True
        if after.lower_ in _TIME_WORDS and after.i + 1 < len(doc) and doc[after.i + 1].lower_ in ("ago", "old", "later", "earlier"):
            return True
    if number.unit is None and last.ent_type_ in ("DATE", "TIME") and not number.vague and _temporal_entity(doc, last):
        return True
    if number.unit is None and re.fullmatch(r"1[89]\d\d|20\d\d", span.text) and not (after is not None and after.tag_ == "NNS"):
        return True
    if before is not None and before.lower_ in ("aged", "age", "ages") and number.unit is None:
        return True
    if _is_identifier(span, before, number):
        return True
    if span.text.lower() == "one" and (last.dep_ != "nummod" or (after is not None and after.lower_ == "of")):
        return True
    return False


_TEMPORAL = re.compile(r"\b(?:" + "|".join(_MONTHS + _WEEKDAYS + sorted(_TIME_WORDS)) + r"|ago|today|yesterday|"
                       r"tomorrow|night|morning|evening|season|quarter|q[1-4]|fy)\b|\d:\d|\b(?:1[89]|20)\d\d\b", re.I)


def _temporal_entity(doc: Any, token: Any) -> bool:
    """spaCy's DATE/TIME entity around `token` really reads as a date or duration (the small
    model also calls "between 3 and 5 million" a DATE)."""
    for ent in doc_entities(doc):
        if ent.start <= token.i < ent.end:
            return bool(_TEMPORAL.search(ent.text))
    return False


def _is_age(doc: Any, after: Any) -> bool:
    nxt = doc[after.i + 1].lower_ if after.i + 1 < len(doc) else ""
    return after.lower_ in ("-year", "year-old") or (after.lower_ in ("year", "years") and nxt in ("old", "-old"))


def _is_identifier(span: Any, before: Any, number: NumberMention) -> bool:
    """"Article 5", "iPhone 11", "Route 66", "ZIP Code 90049": a bare integer right after a name."""
    if number.unit or number.approx or "," in span.text or not span.text.isdigit():
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.pos_ == "PROPN" and after.is_title and span[-1].dep_ != "nummod":
        return True               # "11 Pro", "90049 ZIP Code"
    if before is None:
        return False
    return before.pos_ == "PROPN" and before.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") and before.lower_ not in ("the",)


def _counted_noun(token: Any, number: NumberMention) -> Any | None:
    """The noun the number counts: its head when it modifies a noun, else the object of "of"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    head = token.head
    if token.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN") and head.i > token.i:
        if number.unit in _AREA_UNITS or number.unit == "percent":
            return _of_object(head) or head
        return head
    if head.pos_ in ("NOUN", "PROPN") and head.i > token.i and head.i - token.i <= 3 and token.dep_ != "pobj":
        return head
    if number.unit is None:      # a misparse ("from 300 to 700 recruits"): the plural noun right after
        for following in token.doc[token.i + 1:min(token.i + 4, len(token.doc))]:
            if following.tag_ == "NNS":
                return following
            if following.pos_ not in ("ADJ", "NOUN", "PROPN") or following.is_sent_start:
                break
    if number.unit is not None:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if (nxt is not None and nxt.lower_ in ("%", "percent", "per")) or token.lower_ == "%":
            return _of_object(nxt if nxt is not None and nxt.lower_ in ("%", "percent") else token)
    return None


def _of_object(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _noun_unit(noun: Any | None) -> str:
    """A counted noun as a unit: its singular lemma ("soldiers" -> "soldier"; people -> person)."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    lemma = lemma_of(noun).lower()
    if noun.lower_ in _PEOPLE or lemma in _PEOPLE or (noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS")):
        return "person"          # "people", "6 million Ukrainians"
    return lemma


def _about(token: Any, noun: Any | None, number: NumberMention) -> str:
    """The noun phrase counted and the verb or nominalisation it depends on."""
    if number.unit in _AREA_UNITS and (noun is None or noun.lower_ in ("kilometers", "kilometres", "miles")):
        phrase = "territory"
    else:
        phrase = _noun_phrase(noun) if noun is not None else ""
    action = _governing_action(token)
    return " ".join(part for part in (phrase, action) if part)


def _noun_phrase(noun: Any) -> str:
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN")]
    start = min([noun.i] + [m.i for m in modifiers])
    return noun.doc[start:noun.i + 1].text


def _governing_action(token: Any) -> str:
    """The verb (as a participle) or nominalisation the counted phrase depends on."""
    current = token
    for _ in range(6):
        head = current.head
        if head is current:
            return participle(head) if head.pos_ in ("VERB", "AUX") and lemma_of(head) != "be" else ""
        if head.pos_ == "VERB" and lemma_of(head) not in ("be", "have"):
            if lemma_of(head) in _REPORTING:
                return ""
            return participle(head)
        if head.pos_ == "NOUN" and current.dep_ in ("pobj", "prep") and head.lower_ in _NOMINAL:
            return _NOMINAL[head.lower_]
        current = head
    return ""


def participle(verb: Any) -> str:
    """The past participle of a spaCy verb token ("capturing" -> "captured", "lose" -> "lost")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    if verb.tag_ in ("VBN", "VBD") and lemma_of(verb) not in _IRREGULAR:
        word = verb.lower_
    else:
        lemma = lemma_of(verb).lower()
        word = _IRREGULAR.get(lemma) or _regular_participle(lemma)
    return f"{word} {particle}".strip()


def _regular_participle(lemma: str) -> str:
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _claimant(doc: Any, sent: Any, token: Any, start: int, end: int, quotes: Sequence[Quote]) -> str | None:
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return quote.speaker or quote.speaker_text
    current = token
    for _ in range(12):
        head = current.head
        if head is current:
            break
        if lemma_of(head) in _REPORTING and head.pos_ == "VERB":
            # the speaker, never the phrase the figure is in ("Air strikes killed 30 people, the agency said":
            # the parser may give "said" both subjects; the strikes are what the agency reports)
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "that", "which")
                        and c.i != token.i and not c.is_ancestor(token)]
            if subjects:
                return clean_name(_actor_name(doc, min(subjects, key=lambda c: abs(c.i - head.i))))
        current = head
    for word in sent:
        if word.lower_ == "according" and word.i + 1 < sent.end and doc[word.i + 1].lower_ == "to":
            objects = [c for c in doc[word.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return _actor_name(doc, objects[0])
    return None


def _actor_name(doc: Any, head: Any) -> str:
    """The fullest name of the actor `head` stands for: the PERSON/ORG entity around it, else its
    noun phrase without determiners, relative clauses or appositions."""
    text = None
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        for ent in doc_entities(doc):
            if ent.start <= head.i < ent.end:
                text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if text is None:
        tokens = []
        for word in head.subtree:
            if word.i > head.i and (word.dep_ in ("relcl", "acl", "appos", "punct", "advcl") or word.text in ",;("):
                break
            if not word.is_space:
                tokens.append(word)
        while tokens and (tokens[0].dep_ in ("det", "punct") or tokens[0].lower_ in ("the", "a", "an")):
            tokens.pop(0)
        text = doc[tokens[0].i:tokens[-1].i + 1].text if tokens else head.text
    if len(text.split()) == 1:
        for ent in doc_entities(doc):
            if ent.label_ == "PERSON" and ent.text.split()[-1] == text and len(ent.text.split()) > 1:
                return ent.text
    return text


def _link_conversions(figures: list[Figure], body: str) -> list[Figure]:
    """Point a restatement in other units at the figure it restates."""
    linked = list(figures)
    for index in range(1, len(linked)):
        previous, current = linked[index - 1], linked[index]
        between = body[previous.end:current.start]
        if not re.fullmatch(r"\s*[(\[,\u2013\u2014-]?\s*(?:or\s+|i\.e\.\s+)?", between):
            continue
        if _convertible(previous.unit, current.unit):
            linked[index] = _replace(current, converted_from=index - 1)
    return linked


def _convertible(a: str, b: str) -> bool:
    if a == b or not a or not b:
        return False
    if a in _CURRENCIES and b in _CURRENCIES:
        return True
    return any(a in group and b in group for group in _CONVERTIBLE)


def _replace(figure: Figure, **changes: Any) -> Figure:
    from dataclasses import replace

    return replace(figure, **changes)
