"""Claim alignment within a story: which claims are about the same thing, and do they agree?

A claim is one assertion in one sentence about territorial control (how much was taken or
retaken, where), casualties, or encirclement, with its claimant, outlet chain, hedges and date.
Claims come from the events stage's ControlClaims and the enrich stage's figures when present,
and from hand-written sentence patterns otherwise (kept small: a verb lexicon per kind and a
number reader), because alignment needs the same fields whoever found the claim.

Claims are grouped by subject: (kind, place, controller). Each group gets a verdict:
  contradicted  one claimant asserts, a different NAMED claimant disputes or denies
  evolving      same subject, values that change between claims made on different days
  corroborated  two or more independent origins assert compatible values
  consistent    one origin, repeated
  single        one claim
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..enrich.hedges import find_hedges
from .attribution import acronyms, attribute, canonical_name, clean_claimant, find_disputant
from .framing import fold_spellings
from .records import Claim, ClaimGroup, SentenceRef, Source, Verdict
from .text import outlet_name, sentence_spans

__all__ = ["find_claims", "align_claims"]

_CONTROL = re.compile(r"\b(liberat\w*|recaptur\w*|retak\w*|retook|regain\w*|reclaim\w*|captur\w*|seiz\w*|"
                      r"took control|taken control|driven back|pushed (?:back|out)|expel\w*|occup\w*|"
                      r"advanc\w*|gained ground|lost)\b", re.I)
_CASUALTY = re.compile(r"\b(killed|dead|died|deaths?|casualt\w+|losses|wounded|injured|eliminated)\b", re.I)
_ENCIRCLE = re.compile(r"\b(encircl\w*|surrounded|cauldron|cut off|trapped)\b", re.I)
# encirclement is said of armed forces: "cut off" or "trapped" without them is weather, not war
_MILITARY = re.compile(r"\b(forces|troops|units|soldiers|servicemen|brigades?|battalions?|garrison|fighters|"
                       r"pockets?|army|formations|defenders|grouping|militants|infantry)\b", re.I)
_ACTORS = (("Russia", re.compile(r"\b(?:Russia|Russian|Russians|Moscow|Kremlin)\b")),
           ("Ukraine", re.compile(r"\b(?:Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Zelensky\w*)\b")))
_APPROX = re.compile(r"\b(?:about|around|approximately|nearly|almost|some|up to|more than|over|roughly|"
                     r"at least|close to|an estimated)\s*$", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                 "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12, "dozens": 24, "hundred": 100,
                 "hundreds": 200, "a third": 33, "a quarter": 25, "half": 50, "two thirds": 67}
_QUANTITY = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s*(?:(?:Ukrainian|Russian|Israeli|Palestinian|enemy|foreign|more|other)\s)?(?P<unit>%|percent|per cent|square kilomet(?:er|re)s|sq\.? ?km|km2|km²|square miles|settlements?|"
    r"villages?|towns?|soldiers|troops|servicemen|people|civilians|fighters|personnel|of the)(?!\w)", re.I)
_UNITS = {"%": "percent", "percent": "percent", "per cent": "percent", "of the": "percent",
          "square miles": "mi2", "sq km": "km2", "sq. km": "km2", "sqkm": "km2", "km2": "km2", "km²": "km2"}
_PLACE_SUFFIX = re.compile(r"\s+(?:Oblast|oblast|region|Region|province|Province)$")
_REGION = re.compile(r"\b(?:the\s+)?([A-Z][\w'’-]+)\s+(?:region|Oblast|oblast|province)\b")


# units of the figures stage that count people: casualties are compared in one unit
_PEOPLE = dict.fromkeys(("person", "people", "soldier", "civilian", "serviceman", "troop", "fighter", "resident", "child", "prisoner"), "person")
_PEOPLE["village"] = "settlement"


def _unit(raw: str) -> str:
    raw = raw.lower()
    if raw in _UNITS:
        return _UNITS[raw]
    if raw.startswith("square kilomet"):
        return "km2"
    if raw.startswith(("settlement", "village", "town")):
        return "settlement"
    return "person"


def _number(raw: str) -> float:
    raw = raw.lower()
    return float(_NUMBER_WORDS[raw]) if raw in _NUMBER_WORDS else float(raw.replace(",", ""))


def _quantities(sentence: str, offset: int, analysis) -> list[tuple[float, str, bool, str, tuple[str, ...], str | None]]:
    """(value, unit, approx, text, hedges, claimant) per quantity: upstream figures first."""
    start, end = offset, offset + len(sentence)
    figures = [f for f in (getattr(analysis, "figures", ()) or ())
               if start <= f.start < end and f.converted_from is None]
    if figures:
        return [(f.value, _PEOPLE.get(f.unit, f.unit), f.approx, f.text or analysis.article.body[f.start:f.end],
                 f.hedges, f.claimant) for f in figures if f.unit in ("settlement", "percent", "km2") or f.unit in _PEOPLE]
    found: list[tuple[float, str, bool, str, tuple[str, ...], str | None]] = []
    for match in _QUANTITY.finditer(sentence):
        unit = _unit(match.group("unit"))
        if unit == "mi2" or (unit == "percent" and match.group("unit").lower() == "of the"
                             and match.group("num").lower() not in ("half", "a third", "a quarter", "two thirds")):
            continue
        approx = bool(_APPROX.search(sentence[:match.start()])) or match.group("num").lower() in ("dozens", "hundreds")
        found.append((_number(match.group("num")), unit, approx, match.group(0), (), None))
    return found


def _controller(sentence: str, verb_at: int) -> str | None:
    """The side named nearest before the verb (who acts), else the nearest after it."""
    best, distance = None, None
    for side, pattern in _ACTORS:
        for match in pattern.finditer(sentence):
            gap = verb_at - match.end() if match.end() <= verb_at else 1000 + match.start() - verb_at
            if distance is None or gap < distance:
                best, distance = side, gap
    return best


_LOCATIVE = re.compile(r"\b(?:in|near|of|around|at|outside|from|into|towards?|across|inside|the)\s+(?:the\s+)?$", re.I)


def _place(span: tuple[int, int], analysis, fallback: str | None) -> str | None:
    """The most specific place the sentence puts something IN ("in Kursk", "of Vovchansk").

    A place named as an actor ("Kiev originally captured") is not where the claim is about.
    """
    body = analysis.article.body
    best = None
    rank = {"village": 0, "city": 1, "admin1": 2, "region": 2, "country": 4}
    for place in getattr(analysis, "places", ()) or ():
        located = [s for s, _ in place.spans if span[0] <= s < span[1] and _LOCATIVE.search(body[max(0, s - 20):s])]
        if located and (place.feature or "") != "country":
            if best is None or rank.get(place.feature or "", 3) < rank.get(best.feature or "", 3):
                best = place
    if best:
        return best.name
    match = _REGION.search(body[span[0]:span[1]])
    return f"{match.group(1)} Oblast" if match else fallback


def place_key(place: str | None) -> str:
    return _PLACE_SUFFIX.sub("", fold_spellings(place or "")).casefold()


def _main_place(analysis) -> str | None:
    """What "the region" refers to: a place named in the headline, else the most mentioned one."""
    places = [p for p in (getattr(analysis, "places", ()) or ()) if (p.feature or "") not in ("country", "region")]
    title = fold_spellings(analysis.article.title or "")
    if places:
        return max(places, key=lambda p: (fold_spellings(p.name).split()[0] in title, p.mentions)).name
    regions = _REGION.findall(analysis.article.body)
    return f"{max(set(regions), key=regions.count)} Oblast" if regions else None


def find_claims(analysis, source: Source | None = None) -> list[Claim]:
    """Every control, casualty and encirclement claim in one analysed article."""
    article = analysis.article
    body = article.body
    spans = getattr(analysis, "sentences", ()) or sentence_spans(body)
    known = acronyms(body)
    main_place = _main_place(analysis)
    outlet = source.outlet if source else outlet_name(article)
    credits = source.credits if source else tuple(article.credited_sources)
    date = article.published.iso[:10] if article.published else None
    claims: list[Claim] = []
    previous: list[Claim] = []
    for span in _clauses(body, spans):
        sentence = body[span[0]:span[1]]
        if len(sentence) > 1200:
            continue
        denial = _denial_of_previous(sentence, span, previous, analysis, known)
        if denial:
            claims.extend(denial)
            previous = []
            continue
        base = {"place": _place(span, analysis, main_place), "date": date, "outlet": outlet,
                    "evidence": SentenceRef(article.id, span[0], span[1])}

        def context(at: int | None = None, sentence=sentence, span=span, base=base) -> dict:
            """Claimant and chain for the claim at offset `at` (the innermost quote holding it)."""
            who = attribute(sentence, span, analysis, known, at)
            chain = _chain(who.claimant, who.channel, who.via, credits, outlet)
            return dict(base, claimant=chain[0] if who.claimant else None, channel=who.channel, chain=chain,
                        origin=chain[0], hedges=find_hedges(sentence))

        previous = _sentence_claims(sentence, span, analysis, context, known)
        claims.extend(previous)
    claims.extend(_from_control_claims(analysis, claims, outlet, credits, date, main_place))
    return _dedupe(claims)


_APPROX_AREA = re.compile(r"(?:about|around|approximately|nearly|almost|some|up to|more than|roughly)\b", re.I)


def _from_control_claims(analysis, found: list[Claim], outlet, credits, date, main_place) -> list[Claim]:
    """The events stage's ControlClaims with a figure that the sentence patterns missed."""
    out = []
    body = analysis.article.body
    for control in getattr(analysis, "control_claims", ()) or ():
        if control.value is None or control.unit not in ("settlement", "percent", "km2"):
            continue
        start = control.evidence.start
        if any(c.evidence.start <= start < c.evidence.end + 1 and c.value == control.value for c in found):
            continue
        source = tuple(control.source)
        claimant = clean_claimant(control.claimant)
        chain = _chain(claimant, None, (), source[:-1] if source else credits, source[-1] if source else outlet)
        place = control.place if control.place and control.place != "unknown" else main_place
        area = control.area or ""
        out.append(Claim(kind="control", place=place, controller=control.controller, value=control.value,
                         unit=control.unit, approx=bool(_APPROX_AREA.match(area)),
                         text=area or body[start:control.evidence.end], claimant=claimant, channel=None,
                         chain=chain, origin=chain[0], hedges=tuple(control.hedges), disputed_by=None, polarity=1,
                         date=(control.date or date), outlet=outlet,
                         evidence=SentenceRef(analysis.article.id, start, control.evidence.end)))
    return out


def _clauses(body: str, spans) -> list[tuple[int, int]]:
    """Sentences, split again at semicolons: "Kyiv says X; Moscow says Y" holds two claimants."""
    out = []
    for start, end in spans:
        cut = start
        for match in re.finditer(r";\s+", body[start:end]):
            out.append((cut, start + match.start()))
            cut = start + match.end()
        out.append((cut, end))
    return out


_BACK_REFERENCE = re.compile(r"\b(?:that|this|the|such)\s+(?:assertion|claim|report|statement|account|figure)", re.I)


def _denial_of_previous(sentence, span, previous: list[Claim], analysis, known) -> list[Claim]:
    """"That assertion was denied on Monday by Colonel X": the previous sentence's claims, disputed.

    Only for a sentence that makes no claim of its own (else the denial is about its own claim).
    """
    if not previous or not _BACK_REFERENCE.search(sentence) or _ENCIRCLE.search(sentence):
        return []
    if _CONTROL.search(sentence) and _QUANTITY.search(sentence):
        return []
    disputant = find_disputant(sentence, analysis.article.body, getattr(analysis, "entities", ()), known)
    if not disputant:
        return []
    evidence = SentenceRef(previous[0].evidence.article_id, span[0], span[1])
    out = []
    for claim in previous:
        if claim.kind in ("encirclement", "control"):
            out.append(replace(claim, disputed_by=disputant))
            out.append(replace(claim, claimant=disputant, channel=None, origin=disputant, polarity=-1,
                               chain=(disputant, claim.chain[-1]), disputed_by=None, evidence=evidence,
                               text=f"disputes that {claim.text}", hedges=find_hedges(sentence)))
    return out


def same_name(name: str) -> str:
    """Comparison key for names: case-folded, no leading "the", "Russia's X" the same as "Russian X"."""
    key = re.sub(r"^the\s+", "", name.casefold().strip())
    return re.sub(r"^(russia|ukraine)(?:'s|’s)\s", lambda m: {"russia": "russian ", "ukraine": "ukrainian "}[m.group(1)], key)


def _chain(claimant, channel, via, credits, outlet) -> tuple[str, ...]:
    """Claimant first, page outlet last, each name once ("report by The Washington Post (WP)" is WP)."""
    chain: list[str] = []
    via = [clean_claimant(v) or v for v in via]
    for item in (claimant, channel, *via, *credits, outlet):
        if item and same_name(item) not in {same_name(s) for s in chain}:
            chain.append(_fuller(item, (*via, *credits)))
    return tuple(chain)


def _fuller(name: str, others) -> str:
    """The credited spelling of a name ("The Washington Post" for "Washington Post")."""
    return next((o for o in others if same_name(o) == same_name(name)), name)


def _sentence_claims(sentence, span, analysis, context, known) -> list[Claim]:
    out: list[Claim] = []
    control = _CONTROL.search(sentence)
    casualty = _CASUALTY.search(sentence)
    for value, unit, approx, text, hedges, claimant in _quantities(sentence, span[0], analysis):
        kind = "control" if unit in ("settlement", "percent", "km2") and control else (
            "casualties" if unit == "person" and casualty else None)
        if kind is None:
            continue
        verb = control if kind == "control" else casualty
        if verb is None:
            continue
        claimant = clean_claimant(claimant)
        common = context(span[0] + max(0, sentence.find(text)))
        controller = _controller(sentence, verb.start()) if kind == "control" else _victim(sentence)
        fields = dict(common, hedges=tuple(dict.fromkeys(common["hedges"] + tuple(hedges))))
        possessor = _POSSESSED_CLAIM.search(sentence[:max(0, sentence.find(text))][-120:])
        if possessor and not claimant:
            claimant = canonical_name(possessor.group(1), analysis.article.body, getattr(analysis, "entities", ()), known)
            rest = common["chain"][1:] if common["claimant"] else common["chain"]
            fields.update(claimant=claimant, chain=(claimant, *rest), origin=claimant)
        elif claimant and not common["claimant"]:
            fields.update(claimant=claimant, chain=(claimant, *common["chain"]), origin=claimant)
        out.append(Claim(kind=kind, controller=controller, value=value, unit=unit, approx=approx, text=text,
                         disputed_by=None, polarity=1, **fields))
    encircle = _ENCIRCLE.search(sentence)
    if encircle and _MILITARY.search(sentence):
        out.extend(_encirclement(sentence, encircle, analysis, context(span[0] + encircle.start()), known))
    return out


# "despite Moscow's claim this week that it had liberated 60%": the figure is Moscow's
_POSSESSED_CLAIM = re.compile(r"\b([A-Z][\w-]+(?:\s[A-Z][\w-]+)*)(?:'s|’s)\s+(?:\w+\s)?(?:claims?|assertions?|statements?|figures?)\b[^.]{0,60}$")


def _victim(sentence: str) -> str | None:
    match = re.search(r"\b(Russian|Ukrainian)\s+(?:losses|casualties|soldiers|troops|servicemen|forces|civilians|fighters|units|"
                      r"formations|brigades|positions|defenders|infantry)", sentence)
    return {"Russian": "Russia", "Ukrainian": "Ukraine"}[match.group(1)] if match else None


def _encirclement(sentence, match, analysis, common, known) -> list[Claim]:
    """An encirclement claim, and its denial when a named claimant disputes it."""
    body = analysis.article.body
    encircled = _victim(sentence[:match.end() + 40]) or _victim(sentence)
    disputant = find_disputant(sentence, body, getattr(analysis, "entities", ()), known)
    clause = re.search(r"\bthat\s+([^,;]{0,140}?" + re.escape(match.group(0)) + r")", sentence)
    words = clause.group(1) if clause else sentence[max(0, match.start() - 60):match.end()].split(" ", 1)[-1]
    asserted = Claim(kind="encirclement", controller=encircled, value=None, unit=None, approx=False,
                     text=words, disputed_by=disputant, polarity=1, **common)
    if not disputant:
        negated = re.search(r"\b(?:not|no|never|deni\w*|false)\b", sentence[:match.start()], re.I)
        return [replace(asserted, polarity=-1) if negated else asserted]
    rest = common["chain"][1:] if common["claimant"] else common["chain"]
    denial = replace(asserted, claimant=disputant, channel=None, chain=(disputant, *rest),
                     origin=disputant, polarity=-1, disputed_by=None, text=f"disputes that {words}")
    return [asserted, denial]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (kind, claimant, value, unit, polarity) in an article: the first, with all hedges."""
    kept: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.kind, claim.origin, claim.value, claim.unit, claim.polarity, claim.controller)
        if key in kept:
            first = kept[key]
            richer = claim if (claim.channel and not first.channel) else first
            kept[key] = replace(first, hedges=tuple(dict.fromkeys(first.hedges + claim.hedges)),
                                channel=richer.channel, chain=richer.chain)
        else:
            kept[key] = claim
    return list(kept.values())


_VERDICT_ORDER = {"contradicted": 0, "evolving": 1, "corroborated": 2, "consistent": 3, "single": 4}
_SUBJECTS = {"control": "territory held by {who}", "casualties": "{who} losses",
             "encirclement": "{who} units encircled"}


def align_claims(claims: list[Claim]) -> tuple[ClaimGroup, ...]:
    """Group claims about the same subject and say whether they agree, disagree or evolve."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.kind, place_key(claim.place), claim.controller)].append(claim)
    _fold_unknowns(groups)
    out = [_group(key, members) for key, members in groups.items() if members]
    return tuple(sorted(out, key=lambda g: (_VERDICT_ORDER[g.verdict], -len(g.claims), g.subject)))


def _fold_unknowns(groups: dict[tuple, list[Claim]]) -> None:
    """A claim with no controller (or no place) joins the one group it can belong to."""
    for key in [k for k in groups if k[2] is None or not k[1]]:
        kind, place, controller = key
        homes = [k for k in groups if k != key and k[0] == kind and groups[k]
                 and (not place or k[1] == place) and (controller is None or k[2] == controller)
                 and k[2] is not None and k[1]]
        if len(homes) == 1:
            groups[homes[0]].extend(groups[key])
            groups[key] = []


def _group(key: tuple, members: list[Claim]) -> ClaimGroup:
    kind, _, controller = key
    members = sorted(members, key=lambda c: (c.date or "", c.evidence.article_id, c.evidence.start))
    place = next((c.place for c in members if c.place), None)
    keyed: dict[str, str] = {}
    for claim in members:
        keyed.setdefault(same_name(claim.origin), claim.origin)
    origins = tuple(keyed.values())
    subject = _SUBJECTS[kind].format(who=controller or "unknown side")
    subject = f"{place}: {subject}" if place else subject[:1].upper() + subject[1:]
    verdict, note = _verdict(members, origins)
    return ClaimGroup(subject, kind, place, controller, tuple(members), verdict, origins, note)


def _verdict(members: list[Claim], origins: tuple[str, ...]) -> tuple[Verdict, str]:
    asserting = [c for c in members if c.polarity > 0]
    denying = [c for c in members if c.polarity < 0]
    if asserting and denying and {same_name(c.origin) for c in asserting} != {same_name(c.origin) for c in denying}:
        return "contradicted", (f"{_who(asserting)} asserts; {_who(denying)} disputes it")
    valued = [c for c in asserting if c.value is not None]
    days = {c.date for c in valued if c.date}
    if len({(c.value, c.unit) for c in valued}) > 1 and len(days) > 1:
        steps = " → ".join(f"{_amount(c)} ({c.date or 'undated'}, {c.claimant or c.origin})"
                           for c in _one_per_day(valued))
        return "evolving", f"changes over time: {steps}"
    if len({(c.value, c.unit) for c in valued}) > 1 and not _compatible(valued):
        return "contradicted", "figures differ between " + ", ".join(dict.fromkeys(c.origin for c in valued))
    if len(origins) > 1:
        return "corroborated", f"{len(origins)} independent origins: " + ", ".join(origins)
    if len(members) > 1:
        return "consistent", f"one origin ({origins[0]}), {len(members)} claims"
    hedged = ", ".join(members[0].hedges)
    return "single", f"one origin ({origins[0]})" + (f"; hedged: {hedged}" if hedged else "")


def _who(claims: list[Claim]) -> str:
    return ", ".join(dict.fromkeys(c.claimant or c.origin for c in claims))


def _amount(claim: Claim) -> str:
    if claim.value is None:
        return ""
    value = f"{claim.value:,.0f}" if claim.value == int(claim.value) else f"{claim.value:,}"
    unit = {"percent": "%", "km2": " km²", "settlement": " settlements", "person": " people"}.get(claim.unit or "", f" {claim.unit}")
    return ("~" if claim.approx else "") + value + unit


def _one_per_day(claims: list[Claim]) -> list[Claim]:
    seen: dict[tuple, Claim] = {}
    for claim in claims:
        seen.setdefault((claim.date, claim.value, claim.unit), claim)
    return list(seen.values())


def _compatible(claims: list[Claim]) -> bool:
    """Same unit and within 15% of each other (approximate figures are often rounded)."""
    by_unit: dict[str, list[float]] = defaultdict(list)
    for claim in claims:
        by_unit[claim.unit or ""].append(claim.value or 0.0)
    return all(max(v) <= 1.15 * min(v) for v in by_unit.values() if min(v) > 0)
