"""Geocoding: places found in UCDP GED news headlines against the coded event location.

UCDP GED (ucdp-ukraine/ged-ukraine.csv, "UCDP Georeferenced Event Dataset", CC BY 4.0) codes
each event of the war in Ukraine 2014-2023 with its first-level division (`adm_1`, "Donetsk
oblast"), coordinates and their precision (`where_prec`: 1 exact place, 2 within 25 km, 3+
coarser), and lists the headlines of the reports it was coded from (`source_headline`, `;`-separated).

Every other event is scored (1,942 of 3,883), to keep the run under two minutes.
For each event, all its headlines are parsed as one text (the shared pipeline, enrich.nlp.load_nlp),
`find_places` geocodes them, and the event's place is the most specific place found
(`places.most_specific`). Metrics:
- admin1_accuracy: share of events with a gold `adm_1` whose place lies in that division
  (no place found counts as wrong); admin1_precision: the same among events where we found one;
- within_25km: share of events coded with where_prec 1-2 whose place is within 25 km of the
  coded point; within_25km_precision: among those where we found a city, a village or a
  landmark with a division (an airport, a power plant);
- the same four figures from `where_description` (UCDP's own words for the place:
  "near Pisky village, Donetsk region"), which measures the geocoder without the headline noise.
Division names are compared after dropping "oblast"/"region" and folding transliterations
(Zaporizhzhya/Zaporizhzhia, Kiev/Kyiv, Odessa/Odesa, Mykolayiv/Mykolaiv).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from newsledger.enrich.places import km_between

NAME = "geocoding"
# Measured minus 0.01 (0.421 / 0.876 / 0.275 once every word of a run of capitalised words is
# looked at, issue 10 item 5; 0.404 / 0.872 / 0.268 before, same run).
FLOORS = {
    "admin1_accuracy": 0.411,
    "admin1_precision": 0.866,
    "within_25km": 0.265,
    "admin1_accuracy_where": 0.782,
    "within_25km_where": 0.532,
}
# the kind of division, not its name ("Idlib governorate" is GeoNames' "Idlib")
_DIVISION_WORDS = frozenset(("oblast", "region", "special", "republican", "city", "autonomous", "republic", "of",
                             "governorate", "province", "state", "district", "department", "county",
                             "prefecture", "division", "territory", "muhafazat", "wilayat"))
_ALIASES = {"kiev": "kyiv", "odessa": "odesa", "lugansk": "luhansk", "crimea autonomous republic": "crimea"}


def load_events(corpus: Path) -> list[dict[str, str]]:
    raw = (corpus / "ucdp-ukraine" / "ged-ukraine.csv").read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8", errors="replace"))))


def division_key(name: str | None) -> str:
    """"Zaporizhzhya oblast" and "Zaporizhzhia Oblast" -> the same key; so are UCDP's "Idlib
    governorate" and GeoNames' "Idlib"."""
    from newsledger.enrich.gazetteer import loose_key, normalise_name

    words = [w for w in normalise_name(name or "").split() if w not in _DIVISION_WORDS]
    key = " ".join(words)
    return loose_key(_ALIASES.get(key, key))


def same_division(ours: str | None, gold: str, country: str | None, gazetteer) -> bool:
    """Whether our first-level division `ours` is the gold's `gold` ("Hilmand province" for GeoNames'
    "Helmand"): the folded names agree, or the gazetteer reads the gold name as that division of
    `country`, or reads its name as a place of `country` lying in that division (the lookup
    forgives romanisations the folding does not: "Uruzgan" is a village of GeoNames' "Oruzgan")."""
    if not ours:
        return False
    if division_key(ours) == division_key(gold):
        return True
    base = " ".join(w for w in gold.split() if w.lower() not in _DIVISION_WORDS)
    # the division itself, or the place it is named after ("Misrata district": Misrata lies in Mişrātah)
    return any(c.country == country and division_key(c.name if c.feature == "admin1" else c.admin1) == division_key(ours)
               for c in gazetteer.lookup(gold) + gazetteer.lookup(base))


def load_pipeline():
    """The project's shared spaCy pipeline (enrich.nlp.load_nlp), as `enrich` uses it."""
    from newsledger.enrich.nlp import load_nlp

    return load_nlp()


def _point_like(place) -> bool:
    """A city, a village, or a located landmark ("Donetsk International Airport"), not an area."""
    return place.lat is not None and (place.feature in ("city", "village") or (place.feature == "region" and bool(place.admin1)))


def _score(events: list[dict[str, str]], texts: list[str], nlp, gazetteer) -> dict[str, float]:
    from newsledger.enrich.places import find_places, most_specific
    from newsledger.records import Article

    admin_total = admin_found = admin_right = 0
    near_total = near_found = near_right = 0
    for event, doc in zip(events, nlp.pipe(texts, batch_size=64)):
        article = Article(id="", source={"uri": "ucdp", "format": "text"}, title=None, outlet=None,
                          credited_sources=(), byline=(), published=None, language="en", body=doc.text)
        place = most_specific(find_places(doc, (), article, gazetteer))
        if event["adm_1"].strip():
            admin_total += 1
            if place is not None and place.admin1:
                admin_found += 1
                admin_right += division_key(place.admin1) == division_key(event["adm_1"])
        if event["where_prec"] in ("1", "2"):
            near_total += 1
            if place is not None and _point_like(place):
                near_found += 1
                near_right += km_between(place.lat, place.lon, float(event["latitude"]), float(event["longitude"])) <= 25
    return {
        "admin1_accuracy": admin_right / admin_total if admin_total else 0.0,
        "admin1_precision": admin_right / admin_found if admin_found else 0.0,
        "within_25km": near_right / near_total if near_total else 0.0,
        "within_25km_precision": near_right / near_found if near_found else 0.0,
    }


def run(corpus: Path) -> dict[str, float]:
    from newsledger.enrich.gazetteer import load_gazetteer

    events = load_events(corpus)[::2]       # every other event: the whole set takes over two minutes
    gazetteer = load_gazetteer()
    nlp = load_pipeline()
    headlines = [" ".join(h.strip().rstrip(".") + "." for h in e["source_headline"].split(";") if h.strip()) for e in events]
    results = _score(events, headlines, nlp, gazetteer)
    where = _score(events, [e["where_description"] or "" for e in events], nlp, gazetteer)
    results.update({f"{metric}_where": value for metric, value in where.items()})
    results["events"] = float(len(events))
    return results
