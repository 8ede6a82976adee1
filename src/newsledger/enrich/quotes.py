"""Quotes and claims: each attribution as a Quote naming its speaker, channel, hedges and chain.

`attribution.find_attributions` finds the spans (who, cue, what); this module turns them into the
contract's Quote records, by hand-written rules since no library resolves these for news:
- the speaker is the canonical name of the entity the source names ("Alaudinov" ->
  "Apti Alaudinov"); a pronoun ("He posted on Telegram", "he added") is the person named last
  before it, a relative pronoun ("ISW, which said") the noun it hangs from, and a quotation with
  no cue of its own continues the previous speaker;
- the channel is where the words were published or to whom they were said: the named addressee
  of "told" ("told the public broadcaster NHK" -> "NHK"), a platform after "on"
  ("posted on Telegram"), the partner of "in an interview with X";
- hedges come from `hedges.find_hedges` over the cue and the sentence of the content;
- `via` is the attribution chain beyond the speaker: the news outlets the article itself cites
  as sources ("According to the Washington Post, ...") and then the page's credited sources.
Beliefs and intentions ("thinks", "wants") are attributions to PolNeAR but not claims, and are
left out unless they carry a direct quotation.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .attribution import Attribution, find_attributions
from .attribution_lexicon import DENIAL_LEMMAS, DISPUTE_LEMMAS, SAID_BY_THINGS
from .entities import entity_at
from .hedges import find_hedges
from .names import clean_name
from .people import PERSON_NOUN
from .nlp import lemma as lemma_of
from .nlp import PLATFORMS, doc_text, sentence_at
from .records import Entity, Quote, Stance

__all__ = ["find_quotes", "is_outlet"]

_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_RELATIVE = frozenset({"who", "which", "that"})
_ACTOR_LABELS = ("PERSON", "ORG", "NORP", "GPE")
_OUTLET = re.compile(
    r"\b(?:Post|Times|News|Agency|Journal|Telegraph|Guardian|Reuters|AP|AFP|TASS|RIA(?: Novosti)?|"
    r"Interfax|CNN|BBC|Al Jazeera|Al Mayadeen|Ukrinform|Independent|Meduza|Gazette|Herald|Tribune|"
    r"Press|Radio|TV|Television|Broadcasting|Kommersant|Izvestia|Pravda|Bloomberg|Politico|Axios|"
    r"Economist|Spiegel|Le Monde|NPR|ABC|CBS|NBC|Fox|Sky|WP|NYT|WSJ)\b")
_PLATFORM_NAMES = frozenset(PLATFORMS) | {"X"}
_LOOKBACK = 2500     # characters within which a pronoun may find the person it stands for
# Common nouns that name someone who can make a claim (a source that is not a named entity).
_ACTOR_NOUNS = frozenset("""
analyst analysts official officials expert experts spokesman spokeswoman spokesperson source sources
minister ministry ministries military army police residents resident witness witnesses observer
observers commander commanders governor mayor president leader leaders government authorities
authority agency report reports statement statements channel channels blogger bloggers
correspondent correspondents journalist journalists reporter reporters media outlet newspaper paper
monitor monitors group groups organization organisation people person critics critic diplomat
diplomats lawmaker lawmakers senator spokesmen officer officers soldier soldiers survey poll study
investigators investigation prosecutors prosecutor court judge campaign aide aides adviser advisers
""".split())
_PEOPLE = re.compile(PERSON_NOUN, re.I)
_REPORT_NOUNS = frozenset({"report", "article", "newspaper", "paper", "outlet", "publication", "daily"})
_AUTHORED_NOUNS = frozenset({"statement", "analysis", "study", "assessment", "post", "update", "briefing", "survey"})


def is_outlet(name: str | None, credited: Iterable[str] = ()) -> bool:
    """Whether `name` is a news outlet or wire (by the page's credits or the shape of the name)."""
    if not name:
        return False
    return name in set(credited) or bool(_OUTLET.search(name))


def find_quotes(doc: Any, entities: Sequence[Entity], credited_sources: Sequence[str] = (),
                byline: Sequence[str] = ()) -> tuple[Quote, ...]:
    """The quotes and claims of a parsed body, in text order, with speakers resolved.
    `byline` names the writer, who is the speaker of an "I" outside quotation marks."""
    author = byline[0] if len(byline) == 1 else None
    people = sorted((e for e in entities if e.label == "PERSON"), key=lambda e: e.start)
    quotes: list[Quote] = []
    for attribution in find_attributions(doc):
        if not (attribution.speech or attribution.direct):
            continue
        quote = _quote(doc, attribution, entities, people, quotes, author)
        if quote is not None:
            quotes.append(quote)
    return _with_chains(quotes, credited_sources)


def _quote(doc: Any, attribution: Attribution, entities: Sequence[Entity], people: list[Entity],
           earlier: list[Quote], author: str | None) -> Quote | None:
    body = doc_text(doc)
    start, end = attribution.content_span
    content = " ".join(body[s:e] for s, e in attribution.content)
    if attribution.source is None:
        previous = earlier[-1] if earlier else None
        if previous is None or not previous.direct:
            return None                  # an unattributed quotation is not a claim by anyone
        speaker, speaker_text, channel = previous.speaker, previous.speaker_text, previous.channel
    else:
        speaker_text = body[attribution.source[0]:attribution.source[1]]
        if not attribution.direct and not _is_actor(doc, attribution, entities):
            return None                  # "recent losses highlight ...", "evidence indicating ..."
        speaker = _speaker(doc, attribution, entities, people, earlier, author)
        channel = _channel(doc, attribution, entities)
    cue = body[attribution.cue[0]:attribution.cue[1]] if attribution.cue else None
    sentence = _sentence_text(doc, start)
    hedges = find_hedges(" ".join(part for part in (cue, sentence) if part))
    return Quote(speaker, speaker_text, cue, content, attribution.direct, channel, hedges, start, end,
                 stance=_stance(doc, attribution))


def _stance(doc: Any, attribution: Attribution) -> Stance:
    """What the speaker does with the content, from the cue's lemma: "denied" denies it,
    "disputed"/"questioned" disputes it, every other reporting verb asserts it."""
    if attribution.cue_token is None:
        return "asserts"
    lemma = lemma_of(doc[attribution.cue_token]).lower()
    return "denies" if lemma in DENIAL_LEMMAS else "disputes" if lemma in DISPUTE_LEMMAS else "asserts"


def _is_actor(doc: Any, attribution: Attribution, entities: Sequence[Entity]) -> bool:
    """Whether the source can make a claim: a name, a pronoun, a noun such as "analysts", or a plural
    noun of people that is the subject of a verb only speakers use ("economists said"; not "recent
    losses highlight", nor the troops of a claim that another source's "said" reports)."""
    if attribution.source_token is None:
        return True
    head = doc[attribution.source_token]
    if head.pos_ == "PRON" or head.lower_ in _ACTOR_NOUNS or lemma_of(head).lower() in _ACTOR_NOUNS:
        return True
    if head.tag_ == "NNS" and _names_people(head.lower_) and attribution.cue_token is not None \
            and head.dep_ in ("nsubj", "nsubjpass") and head.head.i == attribution.cue_token \
            and lemma_of(doc[attribution.cue_token]).lower() not in SAID_BY_THINGS:
        return True                 # "economists said", "farmers warned": a group of people speaking
    return entity_at(entities, head.idx, head.idx + len(head.text), frozenset(_ACTOR_LABELS) | {"FAC"}) is not None


def _names_people(word: str) -> bool:
    """Whether a plural common noun names people: one of the person nouns (`people.PERSON_NOUN`)
    ("farmers", "teachers"), or a trade or a school of thought ("economists", "physicians");
    not a thing that "says" ("the numbers said", "videos posted online said")."""
    return bool(_PEOPLE.fullmatch(word)) or (len(word) > 6 and word.endswith(("ists", "ians")))


def _speaker(doc: Any, attribution: Attribution, entities: Sequence[Entity], people: list[Entity],
             earlier: list[Quote], author: str | None = None) -> str | None:
    if attribution.source is None:
        return author
    source_start, source_end = attribution.source
    head = doc[attribution.source_token] if attribution.source_token is not None else None
    word = doc_text(doc)[source_start:source_end].strip().lower()
    if word in _PERSONAL:
        person = next((p for p in reversed(people) if source_start - _LOOKBACK < p.end <= source_start), None)
        return person.canonical if person else _last_speaker(earlier)
    if word in _PLURAL:
        return _last_speaker(earlier)
    if word == "it":                    # an organisation: the last one that spoke, else the last named
        named = {p.canonical for p in people}
        spoken = next((q.speaker for q in reversed(earlier) if q.speaker and q.speaker not in named), None)
        organisation = next((e for e in reversed(entities) if e.label == "ORG"
                             and source_start - _LOOKBACK < e.end <= source_start), None)
        return spoken or (organisation.canonical if organisation else None)
    if word in _FIRST_PERSON:
        return author                   # "I" outside quotation marks is the writer
    if word in _RELATIVE and head is not None:
        noun = head.head.head if head.head.dep_ == "relcl" else head.head
        found = entity_at(entities, noun.idx, noun.idx + len(noun.text), frozenset(_ACTOR_LABELS))
        return found.canonical if found else _clean(_noun_phrase(doc, noun))
    if head is not None:
        found = entity_at(entities, head.idx, head.idx + len(head.text), frozenset(_ACTOR_LABELS))
        if found is not None:
            return found.canonical
        if head.pos_ == "NOUN":
            # "The governor of Belgorod, Vyacheslav Gladkov," is the one person the phrase names
            body = doc_text(doc)
            persons = {e.canonical for e in entities       # set off by a comma, not "spokesman for Putin"
                       if e.label == "PERSON" and source_start <= e.start and e.end <= source_end
                       and body[max(e.start - 2, 0):e.start] == ", "}
            if len(persons) == 1:
                return persons.pop()
        if head.lower_ in _REPORT_NOUNS | _AUTHORED_NOUNS:
            # "an analysis by The Washington Post (WP)", "a statement from the ministry": its author
            authors = {e.canonical for e in entities if e.label in ("ORG", "PERSON", "GPE", "NORP")
                       and source_start <= e.start and e.end <= source_end and e.start > head.idx}
            if len(authors) == 1:
                return authors.pop()
        if head.lower_ in _REPORT_NOUNS and word.startswith("the "):
            outlet = next((q.speaker for q in reversed(earlier) if is_outlet(q.speaker)), None)
            if outlet:
                return outlet       # "according to the report": the outlet cited last
    if head is None or head.pos_ == "PROPN":
        for label in _ACTOR_LABELS:
            found = entity_at(entities, source_start, source_end, frozenset({label}))
            if found is not None:
                return found.canonical
    # a surname the recogniser missed ("Lamrani" after "Omar Lamrani"), or a common noun
    # ("independent analysts and sources in Rukban"), which is its own name
    if head is not None and head.pos_ == "NOUN":
        # without a participle on the noun: "a UN report published on Thursday" is "UN report"
        participle = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > head.i), None)
        if participle is not None and source_start < participle.left_edge.idx:
            source_end = min(source_end, participle.left_edge.idx)
    name = _clean(doc_text(doc)[source_start:source_end])
    words = name.split()
    full = next((p.canonical for p in reversed(people)
                 if p.start < source_start and words and p.canonical.split()[-len(words):] == words), None)
    return full or name


def _last_speaker(earlier: list[Quote]) -> str | None:
    return next((q.speaker for q in reversed(earlier) if q.speaker), None)


def _clean(text: str) -> str:
    """The speaker's name in a source phrase: no article, nothing after a comma, then the one
    name cleaner ("a report by X (WP)" is X)."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    return clean_name(text.split(",")[0])


def _noun_phrase(doc: Any, noun: Any) -> str:
    tokens = [t for t in noun.subtree if t.i <= noun.i or t.dep_ in ("compound", "amod")]
    return doc_text(doc)[tokens[0].idx:noun.idx + len(noun.text)] if tokens else noun.text


def _channel(doc: Any, attribution: Attribution, entities: Sequence[Entity]) -> str | None:
    """Where the words were said or published, when the article names it next to the cue."""
    if attribution.cue_token is None:
        return None
    verb = doc[attribution.cue_token]
    if verb.lower_ == "according":
        return None
    for child in verb.children:
        if lemma_of(verb) == "quote" and child.dep_ in ("agent", "prep"):
            by = [t for t in child.subtree if t.lower_ == "by"]
            named = _named(entities, by[0]) if by else None
            if named:
                return named            # "was quoted as saying by RIA Novosti"
        if child.dep_ in ("dobj", "dative") and lemma_of(verb) == "tell":
            named = _named(entities, child)
            if named:
                return named
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "to", "with", "via", "through"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.text in _PLATFORM_NAMES:
                    return pobj.text
                if pobj.lower_ in ("interview", "statement", "post", "video", "message", "address", "op-ed"):
                    partner = _interview_partner(entities, pobj)
                    if partner:
                        return partner
                elif child.lower_ in ("to", "on", "via"):
                    named = _named(entities, pobj)
                    if named:
                        return named
    return None


def _named(entities: Sequence[Entity], token: Any) -> str | None:
    tokens = list(token.subtree)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    found = entity_at(entities, start, end, frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT"}))
    return found.canonical if found else None


def _interview_partner(entities: Sequence[Entity], noun: Any) -> str | None:
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "to")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.text in _PLATFORM_NAMES:
                return pobj.text
            named = _named(entities, pobj)
            if named:
                return named
    return None


def _sentence_text(doc: Any, offset: int) -> str:
    start, end = sentence_at(doc, offset)
    return doc_text(doc)[start:end]


def _with_chains(quotes: list[Quote], credited_sources: Sequence[str]) -> tuple[Quote, ...]:
    """Add `via`: the outlets the article cites as sources, then the page's credited sources."""
    cited = [q.speaker for q in quotes if q.speaker and is_outlet(q.speaker, credited_sources)]
    chain = list(dict.fromkeys(cited + list(credited_sources)))
    out = []
    for quote in quotes:
        via = tuple(name for name in chain if name not in (quote.speaker, quote.channel))
        out.append(_replace_via(quote, via))
    return tuple(out)


def _replace_via(quote: Quote, via: tuple[str, ...]) -> Quote:
    from dataclasses import replace

    return replace(quote, via=via)
