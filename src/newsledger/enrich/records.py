"""Records of the enrich stage: what an Analysis holds beyond its Article (DESIGN.md contract).

Offsets (`start`, `end`) are character offsets into `Article.body`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..records import Article

__all__ = ["Entity", "Quote", "Figure", "Place", "DateMention", "Analysis", "Stance", "STANCES"]

# What a speaker does with what they are reported to say: the one stance vocabulary of claims.
Stance = Literal["asserts", "denies", "disputes"]
STANCES: tuple[Stance, ...] = ("asserts", "denies", "disputes")


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    label: str                 # spaCy label: PERSON, ORG, GPE, LOC, NORP, ...
    canonical: str             # fullest name the article gives ("Apti Alaudinov")
    start: int
    end: int
    attributes: tuple[str, ...] = ()   # titles and roles ("Major General", "commander of ...")


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None        # canonical name of who said it
    speaker_text: str | None   # the words in the text that name the speaker ("he", "Alaudinov")
    cue: str | None            # "told", "said", "according to", "posted on Telegram"
    content: str
    direct: bool
    channel: str | None        # "TASS", "Telegram", "an interview with CNN"
    hedges: tuple[str, ...]
    start: int                 # span of the content in the body
    end: int
    via: tuple[str, ...] = ()  # attribution chain beyond the speaker, nearest first ("The Washington Post",)
    stance: Stance = "asserts" # "denies" ("X denied that ..."), "disputes" ("X disputed ..."), else "asserts"


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    approx: bool
    unit: str                  # "settlement", "km2", "percent", "person", "soldier", "USD", ...
    about: str                 # what it counts ("settlements liberated", "Ukrainian soldiers killed")
    claimant: str | None
    hedges: tuple[str, ...]
    start: int
    end: int
    text: str = ""             # the words of the figure ("nearly 1,300 square kilometers")
    converted_from: int | None = None   # index in Analysis.figures of the figure this one restates


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    admin1: str | None
    country: str | None        # ISO 3166-1 alpha-2
    mentions: int
    feature: str | None = None # "city", "admin1", "country", "village", "region"
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    iso: str | None
    precision: str | None      # "minute" | "day" | "month" | "year"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """An Article with everything the enrich and events stages found in it."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateMention, ...] = ()
    events: tuple[Any, ...] = ()            # newsledger.events.records.Event
    control_claims: tuple[Any, ...] = ()    # newsledger.events.records.ControlClaim
    sentences: tuple[tuple[int, int], ...] = ()   # (start, end) of each sentence: citations number them
    event_notes: tuple[str, ...] = ()       # why the events stage coded nothing it could have ("language 'fr' ...")

    def __post_init__(self) -> None:
        # Sentence spans come only from here: enrich gives the parser's; any other Analysis (an
        # article the parser refused, an unanalysed one, one built by hand) gets the same
        # function's rule splitter, so no stage splits sentences itself.
        if not self.sentences and self.article.body:
            from .sentences import sentence_spans

            object.__setattr__(self, "sentences", sentence_spans(self.article.body))

    def to_json_dict(self) -> dict[str, Any]:
        """Article fields plus the analysis fields, flat, as DESIGN.md specifies."""
        from ..records import to_json_dict

        data = to_json_dict(self.article)
        for name in ("entities", "quotes", "figures", "places", "dates", "events", "control_claims", "sentences",
                     "event_notes"):
            data[name] = to_json_dict(getattr(self, name))
        return data
