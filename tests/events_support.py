"""Coding a synthetic English text as one article (the events tests share it)."""
from __future__ import annotations

from newsledger import analyze
from newsledger.enrich.nlp import load_nlp
from newsledger.enrich.records import Analysis, Place
from newsledger.enrich.textdates import find_dates
from newsledger.events import code_events
from newsledger.events.fatalities import deaths_in
from newsledger.records import Article, Published, content_id


# places of the synthetic sentences (GeoNames ids and coordinates)
TUNIS = Place("Tunis", 2464470, 36.82, 10.17, "Tunis", "TN", 1, feature="city")
LOGAR = Place("Logar", 1134720, 34.0, 69.2, "Logar", "AF", 1, feature="admin1")


def synthetic_article(body: str, published: str | None, title: str | None = None) -> Article:
    """`body` as an English article of no outlet published on `published` (None: undated)."""
    return Article(id=content_id(body), source={"uri": "synthetic", "format": "text"}, title=title, outlet=None,
                   credited_sources=(), byline=(),
                   published=Published(published, "day", published) if published else None,
                   language="en", body=body)


def code_text(body: str, places: tuple[Place, ...], published: str | None):
    """The events `code_events` finds in `body`, an English article published on `published` (None:
    undated) whose places are `places` (no parse: the coder's own reading)."""
    return code_events(Analysis(article=synthetic_article(body, published), places=places))


def code_dated_text(body: str, published: str, places: tuple[Place, ...] = (TUNIS,), title: str | None = None):
    """The events `code_events` finds in `body`, an English article published on `published`, with the
    dates of its text read as the enrich stage reads them."""
    article = synthetic_article(body, published, title)
    return code_events(Analysis(article=article, places=places, dates=find_dates(load_nlp()(body), article.published)))


def analyzed_events(body: str, published: str = "2026-03-14"):
    """The events of `body` through the whole pipeline (`newsledger.analyze`: enrich, then the coder),
    an English article published on `published`."""
    return analyze(synthetic_article(body, published)).events


def event_deaths(sentence: str) -> list[int]:
    """The counts of the dead of an incident that the one number reader finds in `sentence`."""
    return [d.value for d in deaths_in(sentence) if d.scope == "event"]
