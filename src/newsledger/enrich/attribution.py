"""Attribution relations: who (source) says (cue) what (content), as character spans.

Written by hand over spaCy's dependency parse, because no maintained library does English
attribution: a lexicon of reporting verbs, plus rules for the shapes news writing uses:
- "X said (that) ...", "X told Y ...", "X reported ...", "... , X said." (parataxis),
  "as X reported, ...", an inverted "..., said a spokesman";
- participles and coordinated verbs that share the subject of their clause ("Lavrov echoed
  this, stating that ...", "after telling", "answered and said");
- passives with an agent ("this was disputed by Syrsky"), "X was quoted as saying";
  relative subjects ("ISW, which said"), "it" only after verbs an organisation speaks with;
- prepositional and object contents ("pointed to X", "called for X", "accused X of Y",
  "pushed back on X", "shot back that"), "went on to say", "Cruz continued: “...”", "declined to
  comment" (a stance, not a claim), and a speaker the parser hung on the quotation before its cue
  ("“...,” Trump, the frontrunner in South Carolina, said"; "“...,” added another Democrat");
- "according to X, ...", "In a CNN poll, ..." (a poll, survey, study or report as the source of a
  clause without a reporting verb); transcript and ticker labels ("FALLIN: ...", "Q: ...") only when the
  label is a recognised person or organisation or a name in capitals;
- direct quotations (from `quotes_direct`) tied to the nearest cue in their sentence and
  paragraph, quotations split by the cue ("“A,” he said, “B.”"), a cue's quotation opening the
  next sentence ("Bystrom agreed. “...”"), and quotations continuing a speaker's previous one.
Beliefs and intentions ("thinks", "wants") are found too but flagged `speech=False`, and dropped
when they lie inside another attribution's source or content (PolNeAR marks each word once);
appearances and expectations with no holder ("is expected to", "it appears that") are stances
with no source. The source phrase keeps its relative clause unless that clause reports.
The rules were tuned on the PolNeAR *train* split; `evaluation/attribution.py` scores *dev*.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .attribution_lexicon import (
    CUE_LEMMAS, DECLINED as _DECLINED, GOES_ON as _GOES_ON, IN_SOURCES as _IN_SOURCES, IT_SPEAKS as _IT_SPEAKS,
    NEEDS_QUOTE_OR_CLAUSE as _NEEDS_QUOTE_OR_CLAUSE, OBJECT_CONTENT as _OBJECT_CONTENT, PREP_CONTENT as _PREP_CONTENT,
    RELATIVE as _RELATIVE, SPEECH_LEMMAS, STANCE_LEMMAS,
)
from .nlp import lemma as lemma_of
from .nlp import doc_sentences, doc_text, sentence_at, span_entities
from .quotes_direct import QuotedSpan, paragraph_spans, quoted_spans

__all__ = ["Attribution", "find_attributions", "CUE_LEMMAS", "SPEECH_LEMMAS", "STANCE_LEMMAS"]

Span = tuple[int, int]

_MIN_QUOTE_WORDS = 4
_MAX_CUE_DISTANCE = 120     # characters between a quotation and its cue


@dataclass(frozen=True, slots=True)
class Attribution:
    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    direct: bool
    cue_token: int | None = None        # index of the cue's head token in the Doc
    source_token: int | None = None     # index of the source's head token in the Doc
    speech: bool = True                 # False for belief and intention ("thinks", "wants")

    @property
    def content_span(self) -> Span:
        return self.content[0][0], self.content[-1][1]


def find_attributions(doc: Any) -> list[Attribution]:
    """Every attribution in a parsed Doc, in text order, with at most one per cue."""
    body = doc_text(doc)
    quotes = list(quoted_spans(body))
    # quoted speech, not a scare-quoted term: several words, or a clause closed by its punctuation
    speech = [q for q in quotes if q.words(body) >= _MIN_QUOTE_WORDS or body[q.end - 2:q.end - 1] in (",", ".", "!", "?")]
    found = []
    inside = _inside_marks(len(body), speech)
    for token in doc:
        if inside[token.idx]:
            continue                    # a cue inside someone's quotation is theirs, not the article's
        if token.pos_ not in _VERBS and not _may_cue(token.lower_):
            continue                    # none of the four rules below takes it (their first tests)
        attribution = _according_to(doc, token) or _in_document(doc, token) or _impersonal(doc, token) \
            or _verb_cue(doc, token)
        if attribution is not None:
            found.append(attribution)
    found += _speaker_labels(doc, found)
    found = [a for a in _attach_quotes(doc, found, quotes, speech) if a.content]
    return sorted(_without_nested_stances(found), key=lambda a: a.content[0][0])


_VERBS = ("VERB", "AUX")             # what `_verb_cue` takes
_ADVERB_CUES = ("reportedly", "allegedly", "purportedly")


def _may_cue(lower: str) -> bool:
    """Whether a word that is no verb may still be a cue: the words `_according_to`, `_in_document`
    and `_impersonal` open with."""
    return lower in ("according", "in") or lower in _ADVERB_CUES or lower.startswith(_IMPERSONAL_FORMS)


def _without_nested_stances(found: list[Attribution]) -> list[Attribution]:
    """A belief or intention inside another attribution's source or content is part of it
    ("an official said the White House supported ...", "a member who supports Trump said")."""
    spans = [(index, span) for index, a in enumerate(found)
             for span in ((a.source,) if a.source else ()) + (a.content_span,)]
    return [a for index, a in enumerate(found) if a.speech or a.direct or a.cue is None
            or not any(other != index and low <= a.cue[0] < high for other, (low, high) in spans)]


_LABEL = re.compile(r"(?P<name>[^\W\d][^:\n\d]{1,58}?|Q|A)\s*:\s+(?=\S)")
_NOT_SPEAKERS = re.compile(r"\b(?:note|update|updated|related|photo|source|sources|read|watch|see|editor|"
                           r"click|video|image|credit|tags?|topics?|summary|abstract)\b", re.I)


def _speaker_labels(doc: Any, found: list[Attribution]) -> list[Attribution]:
    """Transcript and ticker lines: "FALLIN: I think ...", "Alex Seitz-Wald: She is right".
    The label must be a person or organisation the parser recognised, or a name in capitals."""
    taken = {a.cue_token for a in found}
    labels = []
    for start, end in paragraph_spans(doc_text(doc)):
        match = _LABEL.match(doc_text(doc), start, end)
        if match is None or len(match.group("name").split()) > 6 or _NOT_SPEAKERS.search(match.group("name")):
            continue
        name = match.group("name")
        named = doc.char_span(start, start + len(name), alignment_mode="contract")
        recognised = named is not None and any(e.label_ in ("PERSON", "ORG", "NORP") for e in span_entities(named))
        if not (recognised or re.search(r"\b[A-Z]{3,}\b", name) or name in ("Q", "A")):
            continue
        colon = doc.char_span(match.end() - 1, match.end(), alignment_mode="expand")
        colon_at = doc_text(doc).index(":", start + len(name))
        if colon is not None and colon.start in taken:
            continue
        labels.append(Attribution((start, start + len(name)), (colon_at, colon_at + 1),
                                  ((match.end(), end),), False))
    return labels


def _inside_marks(length: int, quotes: list[QuotedSpan]) -> bytearray:
    """1 at each offset strictly inside a quotation (after its opening mark, before its closing
    one), for one look-up per token instead of a scan of every quotation."""
    marks = bytearray(length + 1)
    for q in quotes:
        if q.end - 1 > q.start + 1:
            marks[q.start + 1:q.end - 1] = b"\x01" * (q.end - 2 - q.start)
    return marks


def _char_span(doc: Any, tokens: list[Any], keep_quotes: bool = True) -> Span | None:
    """Offsets of a run of tokens, trimmed of edge punctuation (quotation marks kept if asked),
    and closing a parenthesis left open ("the Institute for the Study of War (ISW")."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space) and not (keep_quotes and tokens[0].is_quote) \
            and tokens[0].text not in "([":
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not (keep_quotes and tokens[-1].is_quote) \
            and tokens[-1].text not in ")]":
        tokens = tokens[:-1]
    if tokens and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].text == ")" \
            and sum(t.text == "(" for t in tokens) > sum(t.text == ")" for t in tokens):
        tokens = tokens + [doc[tokens[-1].i + 1]]
    while tokens and tokens[0].is_space:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_space:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _subtree(token: Any, without: tuple[Any, ...] = ()) -> list[Any]:
    excluded = {t.i for w in without for t in w.subtree}
    return [t for t in token.subtree if t.i not in excluded]


def _cue_span(doc: Any, verb: Any) -> Span:
    """The verb with its auxiliaries, negation, particle and an adjacent adverb ("has also said"),
    the verb it completes ("went on to say") and the preposition of its content ("pointed to")."""
    start = anchor = verb.i
    if verb.dep_ == "xcomp" and verb.head.i < verb.i and _lemma(verb.head) in _GOES_ON:
        start = anchor = verb.head.i
    while start > 0 and doc[start - 1].head.i == anchor and doc[start - 1].dep_ in ("aux", "auxpass", "neg", "advmod"):
        start -= 1
    end = verb.i
    if end + 1 < len(doc) and doc[end + 1].head.i == verb.i \
            and (doc[end + 1].dep_ == "prt" or doc[end + 1].lower_ == "back"):
        end += 1
    if end + 1 < len(doc) and doc[end + 1].dep_ == "prep" and doc[end + 1].head.i == verb.i \
            and doc[end + 1].lower_ in _PREP_CONTENT.get(_lemma(verb), ()):
        end += 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _according_to(doc: Any, token: Any) -> Attribution | None:
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
    if not objects:
        return None
    source = _char_span(doc, list(objects[0].subtree), keep_quotes=False)
    phrase = {t.i for t in token.subtree} | {t.i for t in objects[0].subtree} | {token.i, token.i + 1}
    content = _rest_of_sentence(doc, token, phrase)
    if source is None or content is None:
        return None
    cue = (token.idx, doc[token.i + 1].idx + 2)
    return Attribution(source, cue, (content,), False, token.i, objects[0].i)


def _rest_of_sentence(doc: Any, token: Any, phrase: set[int]) -> Span | None:
    low, high = sentence_at(doc, token.idx)
    sentence = doc.char_span(low, high, alignment_mode="expand")
    return _char_span(doc, [t for t in sentence if t.i not in phrase]) if sentence is not None else None


def _in_document(doc: Any, token: Any) -> Attribution | None:
    """"In a CNN poll, Clinton led by 24 points": a poll, report or statement is the source of
    the clause it modifies, when that clause has no reporting verb of its own."""
    if token.lower_ != "in" or token.dep_ != "prep" or token.head.pos_ not in ("VERB", "AUX") \
            or token.head.dep_ != "ROOT" or _lemma(token.head) in CUE_LEMMAS:
        return None
    document = next((c for c in token.children if c.dep_ == "pobj" and _lemma(c) in _IN_SOURCES), None)
    if document is None or any(c.dep_ == "prep" for c in document.children if c.i > document.i and c.lower_ == "with"):
        return None                     # "in an interview with X" names a channel, not a source
    source = _char_span(doc, list(document.subtree), keep_quotes=False)
    phrase = {t.i for t in token.subtree}
    content = _rest_of_sentence(doc, token, phrase)
    if source is None or content is None:
        return None
    return Attribution(source, (token.idx, token.idx + len(token.text)), (content,), False, token.i, document.i)


# Every form of seem, appear, expect, believe and think begins so (the rule lemmatizer strips a
# suffix, and "thought" is their one irregular form): on 250,184 tokens of AEB, PolNeAR and Google
# News texts, all 389 with one of those lemmas did.
_IMPERSONAL_FORMS = ("seem", "appear", "expect", "believ", "think", "thought")


def _impersonal(doc: Any, verb: Any) -> Attribution | None:
    """Appearances, expectations and reports with no one holding them ("Trump is expected to win",
    "it appears that ...", "the court seemed to signal ...", "X reportedly ..."): a cue and a
    content, no source.
    They are stances, never claims."""
    if verb.lower_ in _ADVERB_CUES and verb.dep_ == "advmod" \
            and verb.head.pos_ in ("VERB", "AUX"):        # "Bloomberg is reportedly considering a run"
        clause = _char_span(doc, _subtree(verb.head, tuple(c for c in verb.head.children
                                                          if c.dep_ in ("conj", "cc", "mark", "advcl"))))
        cue = (verb.idx, verb.idx + len(verb.text))
        return Attribution(None, cue, (clause,), False, verb.i, None, False) if clause else None
    if not verb.lower_.startswith(_IMPERSONAL_FORMS):
        return None                     # asked of every token: its lemma is not made for nothing
    lemma = _lemma(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not (lemma in ("seem", "appear") or (lemma in ("expect", "believe", "think") and passive)):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    complement = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    if subject is None or complement is None or complement.i < verb.i:
        return None
    spans = [_char_span(doc, _subtree(complement))]
    if subject.lower_ != "it":
        spans.insert(0, _char_span(doc, _source_tokens(subject)))
    parts = tuple(span for span in spans if span is not None)
    if len(parts) < len(spans):
        return None
    return Attribution(None, _cue_span(doc, verb), parts, False, verb.i, None, False)


def _lemma(token: Any) -> str:
    """The token's lemma, with the small model's slips mended ("hoped" -> "hop")."""
    lemma = lemma_of(token).lower()
    return "hope" if lemma == "hop" and token.lower_ in ("hope", "hopes", "hoped", "hoping") else lemma


def _licensed(verb: Any, lemma: str) -> bool:
    """Verbs that report only in one shape: "Cruz continued: ..." (not "continued to rise"),
    "spoke about" (not "spoke at"), "declined to comment" (not "declined to run")."""
    if lemma == "continue":       # only next to a quotation: before it with a colon or after it with a comma
        body = doc_text(verb.doc)
        end = verb.idx + len(verb.text)
        return not any(c.dep_ in ("xcomp", "dobj", "prep", "acomp", "attr") for c in verb.children) \
            and bool(re.match(r"[:,]\s*(?:[\"“]|'')", body[end:end + 4])
                     or re.search(r"[,!?](?:[\"”]|'')\s+[^\"“”.]{1,50}$", body[max(0, verb.idx - 60):verb.idx]))
    if lemma in ("shoot", "fire", "push"):    # "shot back that ...", "pushed back on" (not "soldiers shot back")
        back = [c for c in verb.children if c.lower_ == "back" and c.i == verb.i + 1]
        return bool(back) and (lemma == "push" or any(c.dep_ == "ccomp" for c in verb.children)
                               or bool(re.match(r"\s*[:,]\s*[\"“]", doc_text(verb.doc)[back[0].idx + 4:back[0].idx + 9])))
    if lemma in ("speak", "talk"):    # "spoke about the case", not "spoke at the forum"
        return any(c.dep_ == "prep" and c.lower_ in _PREP_CONTENT[lemma] for c in verb.children)
    if lemma == "decline":
        return any(c.dep_ == "xcomp" and _lemma(c) in _DECLINED for c in verb.children)
    return True


def _verb_cue(doc: Any, verb: Any) -> Attribution | None:
    if verb.pos_ not in _VERBS:
        return None                     # before the lemma, which is made when first asked for
    lemma = _lemma(verb)
    if lemma not in CUE_LEMMAS or not _licensed(verb, lemma):
        return None
    subject, source = _subject(verb), None
    if lemma in SPEECH_LEMMAS and (subject is None or subject.i < verb.i):
        head, span = _after_quotation(doc, verb)
        if head is not None and (subject is None or subject.i < head.i):
            subject, source = head, span    # the parser took a word of the quotation for the subject
    if subject is None or subject.lower_ == "there":
        return None
    if subject.lower_ == "it" and lemma not in _IT_SPEAKS:
        return None                     # "it seems", "it shows": no one speaks
    modifier = verb
    if _reduced_relative(verb):         # "videos posted online said ...": the cue is "said", not "posted"
        verb, lemma = verb.head, _lemma(verb.head)
    content = _char_span(doc, [t for t in _content_tokens(verb, subject)
                               if modifier is verb or t.i not in {m.i for m in modifier.subtree}])
    if source is None:
        tokens = _source_tokens(subject)
        if verb.dep_ == "acl" and verb.head.i == subject.i:     # "Democrats hoping to ...": not the cue itself
            tokens = [t for t in tokens if t.i not in {v.i for v in verb.subtree}]
        source = (subject.idx, subject.idx + len(subject.text)) if subject.lower_ in _RELATIVE \
            else _char_span(doc, tokens, keep_quotes=False)
    if source is None:
        return None
    # a cue with no content yet may still own a quotation in its sentence (see _attach_quotes)
    return Attribution(source, _cue_span(doc, verb), (content,) if content else (), False, verb.i, subject.i,
                       lemma in SPEECH_LEMMAS)


def _reduced_relative(verb: Any) -> bool:
    """'..., videos posted online said': a past form parsed as a clause of the speech verb right after
    it (nothing but its own words between, no comma), which has no subject of its own, is a participle
    on its subject ("videos posted online"), and the speech verb is the cue."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or head.i <= verb.i \
            or _lemma(head) not in SPEECH_LEMMAS or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    return all(not t.is_punct and t.pos_ not in ("VERB", "AUX") for t in verb.doc[verb.i + 1:head.i])


def _after_quotation(doc: Any, verb: Any) -> tuple[Any | None, Span | None]:
    """'“...,” Trump, the frontrunner in South Carolina, said': the parser hung the speaker on the
    quotation; the speaker is the phrase between the closing mark and the verb, if it has no verb."""
    mark = next((t for t in reversed(doc[verb.sent.start:verb.i]) if t.is_quote), None)
    if mark is None or mark.i + 1 >= verb.i or doc[mark.i - 1].text not in (",", "!", "?"):
        return None, None
    phrase = doc[mark.i + 1:verb.i]
    if phrase[0].pos_ not in ("PROPN", "NOUN", "PRON", "DET") or len(phrase) > 40 \
            or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in phrase):
        return None, None
    head = next((t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    return head, _char_span(doc, list(phrase), keep_quotes=False)


def _source_tokens(subject: Any) -> list[Any]:
    """The subject's phrase without its relative clauses ("X, who estimated ..." is X; the "who"
    heads an attribution of its own), a leading "even", or a dateline ("ORLANDO (Reuters) -")."""
    relative = tuple(c for c in subject.children if c.dep_ == "relcl" and _lemma(c) in SPEECH_LEMMAS)
    tokens = _subtree(subject, relative)
    while tokens and tokens[0].i < subject.i and tokens[0].lower_ in ("even", "also", "and", "but"):
        tokens = tokens[1:]
    dash = next((k for k, t in enumerate(tokens) if t.text in ("-", "—", "–", "--") and t.i < subject.i), None)
    if dash is not None and (any(t.text == "(" for t in tokens[:dash])
                             or all(t.text.isupper() or not t.is_alpha for t in tokens[:dash])):
        tokens = tokens[dash + 1:]
    return tokens or [subject]


def _subject(verb: Any) -> Any | None:
    """The speaker: the subject, the agent of a passive, or the subject of the clause a
    participle hangs from ("..., stating that", "before adding:", "answered and said")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:   # "Nothing the president said ..., the senator said": the nearest one
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    for child in verb.children:
        if child.dep_ == "nsubjpass" and lemma_of(verb).lower() == "quote":
            return child                # "Belousov was quoted as saying (by RIA Novosti)"
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head                # "with Senator John McCain telling reporters ..."
    if verb.dep_ == "ROOT" and lemma_of(verb).lower() == "say":
        # "..., said a former spokesman for the ministry": an inverted subject parsed as an object
        inverted = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod")
                         and c.pos_ in ("NOUN", "PROPN")), None)
        if inverted is not None:
            return inverted
    if verb.dep_ == "ROOT" and _lemma(verb) in SPEECH_LEMMAS and verb.i > 1 and doc_quote_before(verb):
        # '“...,” added another New Hampshire Democrat', '"...," said David Brock'
        inverted = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "nsubj",
                                                                                  "appos", "dep", "oprd")
                         and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if inverted is not None:
            return inverted
    return _borrowed_subject(verb)


def doc_quote_before(verb: Any) -> bool:
    """Whether a quotation closes with a comma (or ! ?) just before `verb`."""
    before = doc_text(verb.doc)[max(0, verb.idx - 4):verb.idx]
    return bool(re.search(r"[,!?](?:[\"”]|'')\s*$", before))


def _borrowed_subject(verb: Any) -> Any | None:
    """The subject a participle or a coordinated verb shares with the clause it hangs from."""
    if verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "xcomp" and _lemma(verb) in SPEECH_LEMMAS and _lemma(verb.head) in _GOES_ON:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)     # "went on to say"
    if verb.dep_ not in ("advcl", "xcomp", "pcomp") or verb.tag_ != "VBG":
        return None
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head      # "after telling", "upon saying"
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # "..., highlighting" in a reported clause belongs to the reporter, not the clause's subject
    if subject is not None and ((_lemma(head) in CUE_LEMMAS and _licensed(head, _lemma(head))) or (head.dep_ == "ROOT" and not _quoted(subject))):
        return subject
    return None


def _quoted(token: Any) -> bool:
    """Whether a quotation mark opens before `token` in its sentence and is not closed by it."""
    low, _ = sentence_at(token.doc, token.idx)
    text = re.sub(r'^\s*(?:["”]|\'\')\s+', "", doc_text(token.doc)[low:token.idx])   # the last one's closing mark
    return sum(text.count(mark) for mark in '"“”«»') % 2 == 1


def _content_tokens(verb: Any, subject: Any) -> list[Any]:
    lemma = _lemma(verb)
    for child in verb.children:
        if child.dep_ == "ccomp" and not _reduced_relative(child):
            return _subtree(child)
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma not in _NEEDS_QUOTE_OR_CLAUSE and lemma not in ("say", "tell", "seem", "appear"):
            return _subtree(child)
        if child.dep_ == "nsubjpass" and lemma in _OBJECT_CONTENT:
            return _subtree(child)
        if child.dep_ == "dobj" and lemma in _OBJECT_CONTENT and child.lower_ not in ("it", "this", "that"):
            # "accused Rubio of ...", "called him competent": the object and what follows it
            tail = [c for c in verb.children if c.i > child.i and c.dep_ in ("prep", "oprd", "xcomp", "advcl", "ccomp")
                    and not (c.dep_ == "prep" and c.lower_ in ("on", "at", "in", "during", "after", "before"))]
            if lemma == "see" and not any(c.lower_ == "as" for c in tail):
                continue                # "voters see Trump as unfair", not "they saw the film"
            return _subtree(child) + [t for c in tail for t in c.subtree]
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and child.lower_ in _PREP_CONTENT.get(lemma, ()):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return _subtree(objects[0])         # "pointed to Cruz's ground game"
    if lemma in ("say", "tell"):
        for child in verb.children:
            if (child.dep_ == "dobj" and lemma == "say" and child.lower_ not in ("it", "this", "that")) or child.lower_ == "so":
                return _subtree(child)          # "a majority who say the opposite", "half said so"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        head = verb.head                # "as POLITICO has reported, cases ..."
        return [t for t in head.subtree if t.i not in {s.i for s in verb.subtree}]
    if verb.dep_ == "parataxis" and lemma in ("say", "add", "tell", "write", "note", "argue", "explain", "claim"):
        head = verb.head
        return [t for t in head.subtree if t.i not in {s.i for s in verb.subtree}]
    return []


def _attach_quotes(doc: Any, found: list[Attribution], quotes: list[QuotedSpan],
                   speech: list[QuotedSpan]) -> list[Attribution]:
    """Tie each direct quotation to the cue of its sentence; unattached ones continue the last speaker."""
    found = list(found)
    used: set[int] = set()
    paragraphs = paragraph_spans(doc_text(doc))
    sentences = doc_sentences(doc)
    for quote in speech:
        index = _cue_for_quote(sentences, found, quote, doc_text(doc))
        if index is not None:
            found[index] = _with_quote(found[index], quote, found[index] if index in used else None, doc_text(doc))
            used.add(index)
            continue
        previous = _previous_direct(found, quote, paragraphs)
        if previous is not None:
            found[previous] = replace(found[previous], content=found[previous].content + ((quote.start, quote.end),))
        else:
            found.append(Attribution(None, None, ((quote.start, quote.end),), True))
    return found


def _cue_for_quote(sentences: list[Span], found: list[Attribution], quote: QuotedSpan, body: str) -> int | None:
    """The attribution whose cue sits in the sentence(s) of the quotation, outside it."""
    first = _sentence_index(sentences, quote.start)
    last = _sentence_index(sentences, max(quote.end - 1, quote.start))
    low, high = sentences[first][0], sentences[last][1]
    if last + 1 < len(sentences) and body[quote.end:sentences[last + 1][0]].strip() == "":
        following = sentences[last + 1]   # "“...”" then "he added." parsed as its own sentence
        if following[1] - following[0] <= 60:
            high = following[1]
    # the parser may glue a closing mark to the next paragraph's sentence: a cue never crosses one
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", body[low:high])]
    for offset in (low + b for b in breaks):
        if offset >= quote.end:
            high = min(high, offset)
        elif offset < quote.start:
            low = max(low, offset)
    best, best_distance = None, None
    for index, attribution in enumerate(found):
        cue = attribution.cue
        if cue is None or attribution.source is None or not (low <= cue[0] < high) or quote.start <= cue[0] < quote.end:
            continue
        distance = min(abs(cue[0] - quote.end), abs(quote.start - cue[1]))
        if attribution.source and quote.end <= attribution.source[0] < cue[0]:
            distance = attribution.source[0] - quote.end    # "“...,” Gene Sperling, a top adviser, said"
        if distance > _MAX_CUE_DISTANCE:
            continue                    # a cue far along the sentence reports something else
        if best_distance is None or distance < best_distance:
            best, best_distance = index, distance
    if best is None and first > 0 and body[sentences[first][0]:quote.start].strip() == "":
        # "Bystrom agreed. “Mainstream Republicans are ...”": a cue with nothing said yet, in the
        # sentence just before a quotation that opens its own sentence
        previous = sentences[first - 1]
        for index, attribution in enumerate(found):
            if attribution.cue and attribution.speech and not attribution.content \
                    and previous[0] <= attribution.cue[0] < previous[1]:
                best = index
    return best


def _sentence_index(sentences: list[Span], offset: int) -> int:
    return max(bisect.bisect_right([s for s, _ in sentences], offset) - 1, 0)


def _with_quote(attribution: Attribution, quote: QuotedSpan, earlier: Attribution | None, body: str) -> Attribution:
    """The cue's content becomes the quotation, unless its clause already holds the quotation
    ("said that Cruz has “taken every punch”"), in which case the clause stays the content."""
    span = (quote.start, quote.end)
    if earlier is not None and earlier.direct:
        return replace(attribution, content=tuple(sorted(set(earlier.content) | {span})), direct=True)
    if attribution.content and attribution.cue and attribution.cue[0] < quote.start:
        low, high = attribution.content_span
        if low <= quote.start and quote.end <= high + 1:
            return replace(attribution, content=((low, max(high, quote.end)),), direct=True)
        if low < quote.end and quote.start < high and low < quote.start:
            return replace(attribution, content=((low, max(high, quote.end)),), direct=True)
    if attribution.content and attribution.cue and attribution.cue[0] >= quote.end:
        low, high = attribution.content_span
        if low < quote.start and quote.start < high and not body[low:quote.start].rstrip().endswith((".", "?", "!")):
            # 'Rubio "apologized numerous times," Hannity said': the clause begins before the quotation
            return replace(attribution, content=((low, quote.end),), direct=True)
    return replace(attribution, content=(span,), direct=True)


def _previous_direct(found: list[Attribution], quote: QuotedSpan, paragraphs: Sequence[Span]) -> int | None:
    """A quotation with no cue continues the nearest direct quotation before it, when that one is
    in the same or the previous paragraph."""
    paragraph = next((i for i, (s, e) in enumerate(paragraphs) if s <= quote.start < e), 0)
    window_start = paragraphs[max(paragraph - 1, 0)][0]
    best = None
    for index, attribution in enumerate(found):
        if not attribution.content:
            continue
        end = attribution.content[-1][1]
        if attribution.direct and attribution.source is not None and window_start <= end <= quote.start:
            if best is None or end > found[best].content[-1][1]:
                best = index
    return best
