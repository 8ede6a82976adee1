"""Who made a claim and through whom it reached the page, at sentence level.

The enrich stage finds quotes (speaker, channel, via) and figures (claimant); this module reads
those first and falls back to a few hand-written patterns only where they are silent, so that
the stories stage still works on bare articles: "according to X", "X said/told/claims/reported",
and "disputed by X" / "X denied" (named disputants, which no upstream stage records).
Names are made canonical with the article's own entities, else with the fullest capitalised
name in the body that ends with the same word ("Alaudinov" -> "Apti Alaudinov").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..enrich.entities import acronym_definitions as acronyms

__all__ = ["Attribution", "attribute", "find_disputant", "canonical_name", "clean_claimant", "acronyms"]

_CUES = (r"said|says|told|claims?|claimed|stated|states|reported|reports|noted|notes|announced|"
         r"posted|wrote|added|indicated|insisted|insists?|asserted|confirmed|estimated|alleged|argued")
_CUE = re.compile(rf"\b(?:{_CUES})\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?:a report by |the report by )?((?:the |The )?[A-Z][\w.'’&-]*(?:\s+(?:of|for|the|on|[A-Z][\w.'’&-]*))*)")
_DISPUTE_BY = re.compile(r"\b(?:disputed|denied|rejected|refuted|dismissed|contradicted|challenged)"
                         r"(?:\s+\w+){0,3}?\s+by\s+((?:[A-Z][\w'’.-]*\s?){1,4})")
_DISPUTE_SUBJ = re.compile(r"((?:[A-Z][\w'’.-]*\s){1,4})(?:has |have |had )?(?:denied|disputed|rejected|refuted|dismissed)\b")
_TITLES = frozenset("""president prime minister foreign defense defence major general lieutenant colonel
commander chief spokesman spokeswoman spokesperson head secretary state mr mrs ms dr russian ukrainian
american british french german senior official officials deputy interior army military analyst
the a an""".split())
# Unnamed sources: the claim then counts for the outlet that relays it, not as an origin of its own.
_GENERIC = frozenset("analysts experts observers officials sources residents witnesses reports media "
                     "commentators bloggers critics people authorities commanders troops forces soldiers "
                     "units".split())
_ORG_HEADS = ("ministry", "army", "military", "command", "office", "forces", "agency", "government",
              "kremlin", "officials", "authorities", "institute", "council", "service", "staff")


@dataclass(frozen=True, slots=True)
class Attribution:
    claimant: str | None
    channel: str | None
    via: tuple[str, ...]            # between claimant and page, nearest to the claimant first


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", name.strip())


def canonical_name(name: str, body: str, entities=(), known: dict[str, str] | None = None) -> str:
    """The fullest form of `name` the article gives, without titles."""
    name = _strip_article(name.strip(" ,.;:"))
    known = known or {}
    if name in known:
        return known[name]
    for entity in entities:
        if entity.text == name or entity.text.endswith(" " + name) or entity.canonical == name:
            return entity.canonical
    if name.split()[-1:] and name.split()[-1].lower() in _ORG_HEADS:
        return _fullest_org(name, body)
    words = name.split()
    if re.search(r"\s(?:of|for)\s", name):
        return name          # an organisation ("General Staff of Ukraine"), not a titled person
    while len(words) > 1 and words[0].lower() in _TITLES:
        words = words[1:]
    last = words[-1] if words else name
    longest = " ".join(words)
    for match in re.finditer(rf"((?:[A-Z][\w'’-]+\s){{1,3}}){re.escape(last)}\b", body):
        candidate = list((match.group(1) + last).split())
        while len(candidate) > 1 and candidate[0].lower() in _TITLES:
            candidate = candidate[1:]
        if len(candidate) > len(longest.split()) and len(candidate) <= 3:
            longest = " ".join(candidate)
    return longest


_DEMONYMS = frozenset("ukrainian russian american british israeli palestinian syrian iranian belarusian "
                      "european western".split())


def _is_generic(name: str) -> bool:
    """"Analysts", "Ukrainian commanders", "Russian": no one in particular."""
    words = name.lower().split()
    return not words or words[-1] in _GENERIC or (len(words) == 1 and words[0] in _DEMONYMS)


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold())


def clean_claimant(name: str | None) -> str | None:
    """"A report by The Washington Post (WP)" -> "The Washington Post"; "Ukrainian" -> None."""
    if not name:
        return None
    name = re.sub(r"^(?:an?\s+|the\s+)?(?:report|statement|analysis)\s+(?:by|from)\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"\s*\([A-Z]{2,6}\)$", "", name)
    return None if _is_generic(name) else name


def _fullest_org(name: str, body: str) -> str:
    """"ministry" -> "Russia's defense ministry" when the body names it so earlier."""
    if len(name.split()) > 1:
        return name
    head = name.lower()
    pattern = rf"((?:[A-Z][\w'’-]+\s)(?:[a-z]+\s){{0,2}}){head}\b"
    found = [m.group(0) for m in re.finditer(pattern, body, re.I) if m.group(0)[:1].isupper()
             and m.group(0).split()[0].lower() not in ("the", "a", "this", "that")]
    return max(found, key=len) if found else name


def _subject_before_cue(sentence: str) -> str | None:
    """The words before the first reporting verb, when they look like a named source."""
    match = _CUE.search(sentence)
    if not match:
        return None
    head = sentence[:match.start()].strip()
    segments = [s.strip() for s in re.split(r",|\bthat\b|;|\u201c|\u201d|\"", head)] if head else [head]
    # postposed attribution ("..., the Centre for Conflict Mapping (CCM) said") names the source last
    last = segments[-1]
    if len(segments) > 1 and last and len(last.split()) <= 8 and (last[:1].isupper() or last.startswith("the ")):
        head = last
    else:
        head = segments[0]
    head = re.sub(r"\s+(?:has|have|had|also|further|previously|on \w+)$", "", head)
    if not head or len(head.split()) > 8 or not re.search(r"[A-Z]", head):
        return None
    if head.split()[0].lower() in ("he", "she", "they", "it", "this", "which", "who", "by", "in", "on", "as"):
        return None
    if _is_generic(head):
        return None
    return head


def attribute(sentence: str, span: tuple[int, int], analysis, known: dict[str, str],
              at: int | None = None) -> Attribution:
    """Claimant, channel and via chain for the sentence at `span` (or the claim at offset `at`)."""
    body = analysis.article.body
    entities = getattr(analysis, "entities", ()) or ()
    quotes = [q for q in getattr(analysis, "quotes", ()) or ()
              if q.speaker and q.start < span[1] and q.end > span[0] and not _is_generic(q.speaker)]
    holding = [q for q in quotes if at is not None and q.start <= at < q.end] or quotes
    quote = min(holding, key=lambda q: q.end - q.start) if holding else None   # the innermost attribution
    subject = _subject_before_cue(sentence)
    if quote is not None:
        speaker = clean_claimant(quote.speaker) or quote.speaker
        speaker = speaker if " " in speaker else canonical_name(speaker, body, entities, known)
        # a clause that opens with its own "X says" names its claimant, whatever a wider quote says
        if subject and sentence.lstrip().startswith(subject) and not _is_generic(subject):
            named = canonical_name(clean_claimant(subject) or subject, body, entities, known)
            if _key(named) != _key(speaker) and not _key(speaker).endswith(_key(named)):
                return Attribution(named, _channel(sentence), tuple(quote.via))
        return Attribution(speaker, quote.channel, tuple(quote.via))
    quoted = _quote_speaker(body, span)
    if quoted:
        return Attribution(canonical_name(quoted, body, entities, known), _channel(_after_quote(body, span)), ())
    via: list[str] = []
    according = _ACCORDING.search(sentence)
    subject = _subject_before_cue(sentence)
    if according:
        source = canonical_name(according.group(1), body, entities, known)
        if subject:
            via.append(source)
        else:
            subject = source
    subject = clean_claimant(subject)
    if subject is None:
        return Attribution(None, None, tuple(via))
    return Attribution(canonical_name(subject, body, entities, known), _channel(sentence), tuple(via))


_QUOTE_MARKS = re.compile(r"“[^”]{0,3000}”|\"[^\"\n]{0,3000}\"")
_NAME = r"((?:[A-Z][\w'’.-]+\s?){1,4})"
_AFTER = re.compile(rf"^[\s,]*(?:{_NAME}(?:,[^,\u201c\"]{{0,80}},)?\s(?:{_CUES})\b|(?:{_CUES})\s{_NAME})")
_BEFORE = re.compile(rf"{_NAME}\s(?:{_CUES})(?:\s\w+){{0,3}}[,:]?\s*$")


def _enclosing_quote(body: str, span: tuple[int, int]) -> re.Match | None:
    paragraph_start = body.rfind("\n\n", 0, span[0]) + 1
    for match in _QUOTE_MARKS.finditer(body, paragraph_start, min(len(body), span[1] + 3000)):
        if match.start() <= span[0] + 1 and match.end() > span[0] + 1:
            return match
        if match.start() > span[1]:
            break
    return None


def _after_quote(body: str, span: tuple[int, int]) -> str:
    quote = _enclosing_quote(body, span)
    return body[quote.end():quote.end() + 120] if quote else ""


def _quote_speaker(body: str, span: tuple[int, int]) -> str | None:
    """The name attached to the quotation a sentence sits in: ', Alaudinov told TASS' or 'X said: “'."""
    quote = _enclosing_quote(body, span)
    if quote is None:
        return None
    after = _AFTER.match(body[quote.end():quote.end() + 120])
    if after:
        name = (after.group(1) or after.group(2) or "").strip()
        if name and name.split()[0].lower() not in ("he", "she", "they"):
            return name
    before = _BEFORE.search(body[max(0, quote.start() - 120):quote.start()])
    if before and before.group(1).split()[0].lower() not in ("he", "she", "they", "the", "a"):
        return before.group(1).strip()
    return None


def _channel(sentence: str) -> str | None:
    """"told Russian state news agency TASS" -> "TASS"; "posted on Telegram" -> "Telegram"."""
    match = re.search(r"\btold\s+(?:(?:the|Russian|Ukrainian|state|news|agency|broadcaster|newspaper|"
                      r"channel|outlet|daily|television|radio)\s+){0,5}([A-Z][\w.-]{1,20}(?:\s[A-Z][\w.-]+){0,2})", sentence)
    if match:
        return match.group(1).rstrip(".")
    match = re.search(r"\bon (Telegram|X|Twitter|Facebook|VKontakte|television|state television)\b", sentence)
    return match.group(1) if match else None


def find_disputant(sentence: str, body: str, entities=(), known: dict[str, str] | None = None) -> str | None:
    """A NAMED person or body the sentence says disputes or denies something, else None.

    "this assertion was strongly disputed on Friday by Oleksandr Syrsky" -> "Oleksandr Syrsky";
    "such figures are often disputed and unverifiable" -> None (a hedge, not a disputant).
    """
    match = _DISPUTE_BY.search(sentence) or _DISPUTE_SUBJ.search(sentence)
    if not match:
        return None
    name = match.group(1).strip(" ,.")
    if not name or name.split()[0].lower() in ("the", "this", "that", "it", "he", "she", "they"):
        if not name.lower().startswith("the ") or name.split()[-1].lower() not in _ORG_HEADS:
            return None
    return canonical_name(name, body, entities, known)
