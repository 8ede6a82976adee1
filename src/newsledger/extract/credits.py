"""Who wrote a page and whom it credits: bylines, "Source:" lines, wire datelines, sign-offs.

Shared by the text path and the HTML path. The public API (stable):

    parse_credit_line(line, *, outlet=None) -> Credits | None
        Any one credit line, trying each shape below in turn; None when the line is not a credit.
    parse_byline(line, *, outlet=None) -> Credits | None
        "By Jane Doe and John Smith", "By JERUSALEM POST STAFF", "By Jane Doe, Reuters",
        "By Al Mayadeen English" (an organisation: it goes to `outlet`, or to credited_sources
        when it differs from the page's known `outlet`, never to `byline`).
    parse_source_line(line) -> Credits | None
        "Source: The Washington Post", "Sources: Reuters, AFP", "(With inputs from PTI)",
        "Additional reporting by Reuters", "Courtesy: Al Jazeera".
    parse_dateline(text) -> Credits | None
        The wire dateline opening a paragraph: "(Reuters) -", "KYIV (AP) —",
        "WASHINGTON, Nov 20 (Reuters) -", "МОСКВА, 29 июня. /ТАСС/.". `place` holds "KYIV"; the
        paragraph itself is left alone.
    dateline_date(text) -> str | None
        The date such a dateline prints ("Nov 20", "Nov. 5, 2021"), as printed, for the date readers.
    parse_signoff(line) -> Credits | None
        A closing credit: "— AP", "-- Reuters", "(AFP)", "Reporting by Jane Doe; Editing by Joe Bloggs".
    canonical_source(name) -> str
        One spelling per wire ("AP" and "The Associated Press" -> "Associated Press").
    is_organisation(name) -> bool
        A known wire or outlet, or a name shaped like one ("... News", "... Staff", "... English").

`Credits` is a frozen record: byline (people), credited_sources (outlets and wires), outlet (an
organisation given as the author, which is the publisher itself), place (dateline city).
Combine several with `Credits.merge`.

Written by hand: no maintained library parses credit lines of rendered pages (trafilatura reads
authors from markup only, and does not tell a person from an outlet or a wire).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

__all__ = [
    "Credits",
    "parse_credit_line",
    "parse_byline",
    "parse_source_line",
    "parse_dateline",
    "dateline_date",
    "parse_signoff",
    "canonical_source",
    "is_organisation",
    "WIRES",
]


@dataclass(frozen=True, slots=True)
class Credits:
    byline: tuple[str, ...] = ()
    credited_sources: tuple[str, ...] = ()
    outlet: str | None = None
    place: str | None = None

    def merge(self, other: Credits | None) -> Credits:
        if other is None:
            return self
        return Credits(
            byline=tuple(dict.fromkeys(self.byline + other.byline)),
            credited_sources=tuple(dict.fromkeys(self.credited_sources + other.credited_sources)),
            outlet=self.outlet or other.outlet,
            place=self.place or other.place,
        )


# Wires and agencies, by every spelling we see, mapped to one canonical name.
WIRES: dict[str, str] = {}
for _canonical, _spellings in {
    "Associated Press": "ap|associated press|the associated press",
    "Reuters": "reuters|thomson reuters",
    "AFP": "afp|agence france-presse|agence france presse|france-presse",
    "TASS": "tass|itar-tass",
    "RIA Novosti": "ria novosti|ria",
    "Interfax": "interfax|interfax-ukraine",
    "Xinhua": "xinhua|xinhua news agency",
    "dpa": "dpa|deutsche presse-agentur",
    "Anadolu Agency": "anadolu|anadolu agency|aa",
    "UPI": "upi|united press international",
    "Bloomberg": "bloomberg|bloomberg news",
    "Ukrinform": "ukrinform",
    "EFE": "efe",
    "ANSA": "ansa",
    "Kyodo": "kyodo|kyodo news",
    "PTI": "pti|press trust of india",
    "IANS": "ians",
    "ANI": "ani",
    "WAFA": "wafa",
    "IRNA": "irna",
    "SANA": "sana",
    "Yonhap": "yonhap",
    "CNA": "cna",
    "CNN": "cnn",
    "BBC": "bbc|bbc news",
    "Al Jazeera": "al jazeera|aljazeera",
    "NPR": "npr",
    "Agencies": "agencies|news agencies|wires|wire services",
}.items():
    for _spelling in _spellings.split("|"):
        WIRES[_spelling] = _canonical

_ORG_WORDS = re.compile(
    r"\b(?:news|press|post|times|staff|agency|agencies|english|media|channel|tv|desk|team|editorial|"
    r"network|service|wire|online|daily|journal|herald|gazette|tribune|magazine|radio|broadcasting|"
    r"newsroom|editors?|bureau|reporters?|correspondents?|international|world|today|express|telegraph|"
    r"guardian|observer|independent|review|weekly|monitor|institute|ministry|office|group|inc|ltd)\b",
    re.I,
)
_STAFF_SUFFIX = re.compile(r"\s+(?:staff(?:\s+writers?)?|desk|team|editorial(?:\s+board)?|newsroom|bureau|online)$", re.I)
_ROLE = re.compile(
    r",?\s*\b(?:staff writer|senior writer|contributor|correspondent|reporter|editor|columnist|"
    r"senior editor|contributing writer|special to .+|for .+)$",
    re.I,
)
# the word a byline opens with, in the languages the credits reader knows ("By", "Por", "Von", ...)
BY_WORDS = r"(?:by|por|par|von|door|av|af|автор|author)"
_BYLINE = re.compile(
    r"^(?:[•*·-]\s*)?(?:(?:written|posted|story|words|text|published|article|reported)\s+)?"
    + BY_WORDS + r"[:\s]+(?P<names>.+)$", re.I
)
_BYLINE_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*|;\s*|\s+et\s+|\s+y\s+)\s*", re.I)
# what ends the names of a byline: a separator, "on"/"at" before a date, a number, a number printed
# against the last name with no space ("By Jane Doe2020-02-20 13:52"; a person's name holds no digit),
# or the author's social-media handle ("By Jane Doe @janedoe Reporter")
_TRAIL_SPLIT = re.compile(r"\s+(?:\||•|·|—|–|-)\s+|\s*\|\s*|\s+(?:on|at|in)\s+(?=\w+\.?\s+\d|\d)|\s+(?=\d)|(?<=[^\W\d_])(?=\d)|\s+(?=@\w)"
                          r"|\s+(?:updated|published|posted)\b", re.I)
_SOURCE = re.compile(
    r"^\(?\s*(?:[•*·-]\s*)?(?:(?:sources?|source\(s\)|courtesy|credit)\s*:|(?:via|courtesy of|"
    r"(?:with )?(?:inputs?|input) from|additional reporting by|(?:compiled|adapted) from|"
    r"(?:originally )?published (?:by|in)|this (?:article|story) (?:first )?appeared (?:in|on))[:\s])\s*"
    r"(?P<names>[^()]+?)\s*\)?\.?$",
    re.I,
)
_WITH_AGENCIES = re.compile(r"^\(?\s*(?:[-—–]+\s*)?(?i:with)\s+(?P<names>[A-Z][\w.&' -]+?)\s*\)?\.?$")
# the place in capitals (Latin or Cyrillic), a state, the date (a month's name and the day, either way
# round, and the year), then the wire in brackets and a dash, or between slashes as Russian wires print it
# ("МОСКВА, 29 июня. /ТАСС/.")
_DATELINE = re.compile(
    r"^(?:(?P<place>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ.'’ -]{1,40}?)(?:,\s*(?:[A-Z][^\W\d_.' -]*(?:[.' -]+[^\W\d_]*){0,4}?))?"
    r"(?:,\s*(?P<date>(?:[^\W\d_]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,9}\.?)(?:,?\s+(?:19|20)\d{2})?)\.?)?\s*)?"
    r"(?:\((?P<source>[A-Z][\w.&'’ -]{1,40}?)\)\s*(?:[-–—]{1,2}|:)|/(?P<slashed>[A-ZА-ЯЁІЇЄҐ][\w.&'’ -]{1,40}?)/\.?)\s*"
)
_SIGNOFF = re.compile(r"^(?:[-–—]{1,2}\s*(?P<dash>[A-Z][\w.&' /-]{1,40}?)|\((?P<paren>[A-Z][\w.&' /-]{1,40}?)\))\s*\.?$")
_PICTURE_AGENCY = re.compile(r"\b(?:images?|photos?|pictures?|shutterstock|istock|alamy|epa|pool|file)\b", re.I)
_REPORTING = re.compile(
    r"\b(?:(?:additional\s+)?reporting|writing|editing|compiled|reported)\s+by\s+(?P<names>[^;.]+)", re.I
)


def canonical_source(name: str) -> str:
    """One spelling per wire; other names only trimmed of "The" when it is a wire's article."""
    cleaned = " ".join(name.strip(" .,;:()[]").split())
    return WIRES.get(cleaned.casefold(), cleaned)


def is_organisation(name: str) -> bool:
    cleaned = " ".join(name.strip(" .,;:()[]").split())
    return cleaned.casefold() in WIRES or bool(_ORG_WORDS.search(cleaned))


def _tidy_person(name: str) -> str | None:
    name = _ROLE.sub("", " ".join(name.split())).strip(" .,;:-|")
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name):
        return None
    words = name.split()
    if not 1 <= len(words) <= 5 or not all(w[0].isupper() or w.casefold() in _PARTICLES for w in words):
        return None
    if name.isupper():
        name = " ".join(w.capitalize() if w.casefold() not in _PARTICLES else w.casefold() for w in words)
    return name


_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "al", "el", "bin", "ibn", "du"}


def _same_outlet(name: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    bare = _STAFF_SUFFIX.sub("", name).casefold().removeprefix("the ")
    known = outlet.casefold().removeprefix("the ")
    return bare == known or bare in known or known in bare


_GENERIC_AUTHOR = re.compile(
    r"^(?:staff(?: reports?| writers?)?|wire reports?|news desk|web desk|admin(?:istrator)?|editor|guest|"
    r"correspondent|agencies|reporter)$", re.I)


def _classify_names(parts: list[str], outlet: str | None) -> Credits:
    people, sources, own = [], [], None
    for part in parts:
        part = part.strip(" .,;:|-–—")
        if not part or _GENERIC_AUTHOR.match(part):
            continue
        if is_organisation(part):
            org = _STAFF_SUFFIX.sub("", " ".join(part.split()))
            org = org.title() if org.isupper() and org.casefold() not in WIRES else org
            if _same_outlet(part, outlet):
                own = own or outlet
            elif _STAFF_SUFFIX.search(part):
                own = own or org               # "Jerusalem Post Staff": the publisher's own newsroom
            elif outlet is None and org.casefold() not in WIRES and own is None:
                own = org  # an organisation as the author, and we do not know the publisher: it is the publisher
            else:
                sources.append(canonical_source(org))
        else:
            person = _tidy_person(part)
            if person and len(person.split()) >= 2:    # "MS", "RD" after a name are credentials
                people.append(person)
    return Credits(tuple(people), tuple(sources), own)


def parse_byline(line: str, *, outlet: str | None = None) -> Credits | None:
    """A "By ..." line -> people in `byline`, organisations in `outlet` or `credited_sources`."""
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    names = match["names"]
    pieces = _TRAIL_SPLIT.split(names)
    head = _ROLE.sub("", pieces[0]).strip(" ,")
    trail = [p for p in pieces[1:] if p and not p.startswith("@") and not any(ch.isdigit() for ch in p)
             and is_organisation(p)]
    if len(head) > 120:
        return None
    parts = _BYLINE_SPLIT.split(head) if not is_organisation(head) else [head]
    if len(parts) == 2 and is_organisation(parts[1]) and not is_organisation(parts[0]):
        pass  # "Jane Doe, Reuters": a person and the wire she writes for
    credits = _classify_names(parts + trail, outlet)
    if not (credits.byline or credits.credited_sources or credits.outlet):
        return None
    return credits


def _split_sources(names: str) -> tuple[str, ...]:
    parts = re.split(r"\s*(?:/|,|;|\band\b|&|\+)\s*", names)
    return tuple(dict.fromkeys(canonical_source(p) for p in parts if p.strip(" .") and len(p) <= 60))


def parse_source_line(line: str) -> Credits | None:
    """A line naming the outlet or wire the page takes its story from."""
    text = line.strip()
    match = _SOURCE.match(text) or _WITH_AGENCIES.match(text)
    if match is None:
        return None
    names = match["names"]
    if _WITH_AGENCIES.match(text) and not all(is_organisation(p) for p in re.split(r"\s*(?:,|/|and)\s*", names) if p):
        return None
    sources = tuple(s for s in _split_sources(names) if not _PICTURE_AGENCY.search(s))
    if not sources or any(len(s.split()) > 6 for s in sources):
        return None
    return Credits(credited_sources=sources)


def parse_dateline(text: str) -> Credits | None:
    """The wire dateline at the start of a paragraph ("KYIV (AP) —"), or None."""
    match = _wire_dateline(text)
    if match is None:
        return None
    place = match["place"].strip(" ,") if match["place"] else None
    source = match["source"] or match["slashed"]
    return Credits(credited_sources=(canonical_source(source),), place=place.title() if place else None)


def dateline_date(text: str) -> str | None:
    """The date the wire dateline opening a paragraph prints ("Nov 20" of "WASHINGTON, Nov 20 (Reuters) -",
    "Nov. 5, 2021", "29 июня" of "МОСКВА, 29 июня. /ТАСС/."), as printed; None without one."""
    match = _wire_dateline(text)
    return match["date"] if match is not None else None


def _wire_dateline(text: str) -> re.Match[str] | None:
    match = _DATELINE.match(text.strip())
    source = match and (match["source"] or match["slashed"])
    return match if source and (is_organisation(source) or source.isupper()) else None


def parse_signoff(line: str) -> Credits | None:
    """A closing credit line: "— AP", "(AFP)", "Reporting by Jane Doe; Editing by Joe Bloggs"."""
    text = line.strip()
    match = _SIGNOFF.match(text)
    if match:
        names = match["dash"] or match["paren"]
        sources = tuple(canonical_source(p) for p in re.split(r"\s*[/,]\s*", names) if p)
        if all(is_organisation(s) for s in sources):
            return Credits(credited_sources=sources)
        return None
    people: list[str] = []
    for found in _REPORTING.finditer(text):
        names = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", found["names"].strip())   # "... in London"
        for part in _BYLINE_SPLIT.split(names):
            if found[0].casefold().startswith("editing"):
                continue  # editors are not authors
            person = _tidy_person(part)
            if person:
                people.append(person)
    if people and len(text) < 300:
        return Credits(byline=tuple(dict.fromkeys(people)))
    return None


@lru_cache(maxsize=4096)
def parse_credit_line(line: str, *, outlet: str | None = None) -> Credits | None:
    """Any one credit line (byline, source line, sign-off), or None."""
    if len(line) > 300:
        return None
    return parse_byline(line, outlet=outlet) or parse_source_line(line) or parse_signoff(line)
