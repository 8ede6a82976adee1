"""Events out: ACLED-column CSV, JSONL of our own records, and PLOVER JSON.

CSV columns are ACLED's, in ACLED's order, so our rows can sit under an ACLED download;
`event_id_cnty` is the ISO 3166 alpha-3 code plus our content-hash id, `iso` the numeric ISO code,
`region` ACLED's region for the country, `tags` our hedges, `timestamp` the export time passed in.
After them come SOURCE_COLUMNS: the article's id and URL and the body offsets of the evidence, so
every row leads back to the sentences it was coded from. JSONL rows carry the same (`evidence`,
`also_reported_at`, `article_url`).

PLOVER (Open Event Data Alliance, manual 0.7): one JSON object per line, fields `id`, `date`,
`source`/`recipient` (lists of actor objects with an ISO alpha-3 `code` and a `sector`), `event`,
`mode`, `context`, `event_loc`, `dead`, `quad_code`, `comment`, `coder`. Mapping (by hand, from
the two codebooks):

    Battles (all sub-events)           ASSAULT   two-sided: both actors are sources, no recipient
                                                 territorial sub-events add context "resource"
    Air/drone strike, Shelling/...     ASSAULT   mode heavy-weapons
    Remote explosive/landmine/IED      ASSAULT   mode explosives;   Grenade: explosives
    Suicide bomb                       ASSAULT   mode suicide-attack
    Chemical weapon                    ASSAULT   context cbrn
    Attack / Sexual violence /         ASSAULT   one-sided: perpetrator source, victims recipient;
      Abduction                                  modes -, sexual, abduct
    Excessive force against protesters ASSAULT   police source, protesters recipient
    Peaceful protest / with intervention PROTEST mode demo;  Violent demonstration, Mob violence: riot
    Agreement                          AGREE
    Arrests                            COERCE    mode arrest
    Looting/property destruction       ASSAULT   mode destroy
    Disrupted weapons use              MOBILIZE  mode weapons
    Headquarters or base established   MOBILIZE  mode troops;  Change to group/activity: MOBILIZE
    Non-violent transfer of territory  RETREAT
    Other                              (no PLOVER category: event [], has_event false)
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from ..enrich.gazetteer import countries
from ..records import to_json_dict
from .actors import ACTORS, short_name
from .incidents import Incident
from .records import Event
from .taxonomy import DISORDER_TYPE, interaction_code

__all__ = ["ACLED_COLUMNS", "EXPORT_COLUMNS", "SOURCE_COLUMNS", "INCIDENT_COLUMNS", "acled_row", "incident_row",
           "plover_record", "write_csv", "write_jsonl", "write_plover", "write_incidents_csv", "write_incidents_jsonl"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# After ACLED's columns, the way back to the source: the reporting page and the characters of its
# body the event was read from (start-end of the first sentence, then every other sentence telling it).
SOURCE_COLUMNS = ("article_id", "article_url", "evidence_start", "evidence_end", "evidence_spans")
EXPORT_COLUMNS = ACLED_COLUMNS + SOURCE_COLUMNS
# An incident (events/incidents.py) is one row for all its reports: the source columns above are its
# first report's; then how many reports, and every report's article, URL and evidence spans.
INCIDENT_COLUMNS = EXPORT_COLUMNS + ("incident_id", "reports", "report_articles", "report_urls", "report_evidence")
_MIDDLE_EAST = {"IL", "PS", "LB", "SY", "IQ", "IR", "JO", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "TR", "EG"}
_CAUCASUS_CENTRAL_ASIA = {"GE", "AM", "AZ", "KZ", "KG", "TJ", "TM", "UZ"}
_CONTINENT_REGION = {"EU": "Europe", "NA": "North America", "SA": "South America", "OC": "Oceania",
                     "AF": "Africa", "AS": "Asia", "AN": "Antarctica"}


def _country(code: str | None) -> dict[str, Any]:
    return countries().get(code or "", {})


def _region(code: str | None) -> str:
    if code in _MIDDLE_EAST:
        return "Middle East"
    if code in _CAUCASUS_CENTRAL_ASIA:
        return "Caucasus and Central Asia"
    return _CONTINENT_REGION.get(_country(code).get("continentcode", ""), "")


def acled_row(event: Event, timestamp: int = 0) -> dict[str, Any]:
    """One event as a row of ACLED's CSV, followed by the columns that lead back to its source."""
    country = _country(event.country)
    iso3 = country.get("iso3", "XXX")
    return {
        "event_id_cnty": f"{iso3}{event.id[:12]}",
        "event_date": event.event_date or "",
        "year": (event.event_date or "")[:4],
        "time_precision": event.time_precision,
        "disorder_type": DISORDER_TYPE.get(event.event_type, ""),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1 or "",
        "assoc_actor_1": "",
        "inter1": event.inter1 or "",
        "actor2": event.actor2 or "",
        "assoc_actor_2": "",
        "inter2": event.inter2 or "",
        "interaction": interaction_code(event.inter1, event.inter2) or "",
        "civilian_targeting": "Civilian targeting" if event.civilian_targeting else "",
        "iso": country.get("isonumeric", ""),
        "region": _region(event.country),
        "country": country.get("name", event.country or ""),
        "admin1": event.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": event.location or "",
        "latitude": "" if event.latitude is None else round(event.latitude, 4),
        "longitude": "" if event.longitude is None else round(event.longitude, 4),
        "geo_precision": event.geo_precision or "",
        "source": "; ".join(([event.claimant] if event.claimant else []) + list(event.source)),
        "source_scale": "",
        "notes": event.notes,
        "fatalities": event.fatalities,
        "tags": "; ".join(event.hedges),
        "timestamp": timestamp,
        "article_id": event.evidence.article_id,
        "article_url": event.article_url or "",
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "evidence_spans": "; ".join(f"{start}-{end}" for start, end in
                                    ((event.evidence.start, event.evidence.end),) + tuple(event.also_reported_at)),
    }


def write_csv(events: Iterable[Event], out: TextIO, timestamp: int = 0) -> int:
    """ACLED's columns then SOURCE_COLUMNS, with a header; returns the number of rows written."""
    return _write_rows((acled_row(event, timestamp) for event in events), EXPORT_COLUMNS, out)


def _write_rows(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _write_json_lines(records: Iterable[Any], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(to_json_dict(record), ensure_ascii=False) + "\n")
        count += 1
    return count


def incident_row(incident: Incident, timestamp: int = 0) -> dict[str, Any]:
    """One incident as a row: ACLED's columns of its merged coding, then the way back to every report."""
    row = acled_row(incident.event, timestamp)
    first = incident.reports[0]
    row.update({
        "article_id": first.article_id, "article_url": first.article_url or "",
        "evidence_start": first.start, "evidence_end": first.end,
        "evidence_spans": "; ".join(f"{start}-{end}" for start, end in ((first.start, first.end),) + first.also_reported_at),
        "incident_id": incident.id,
        "reports": len(incident.reports),
        "report_articles": "; ".join(r.article_id for r in incident.reports),
        "report_urls": "; ".join(r.article_url or "" for r in incident.reports),
        "report_evidence": "; ".join(f"{r.article_id}:{r.start}-{r.end}" for r in incident.reports),
    })
    return row


def write_incidents_csv(incidents: Iterable[Incident], out: TextIO, timestamp: int = 0) -> int:
    """INCIDENT_COLUMNS with a header, one row per incident; returns the number of rows written."""
    return _write_rows((incident_row(incident, timestamp) for incident in incidents), INCIDENT_COLUMNS, out)


def write_incidents_jsonl(incidents: Iterable[Incident], out: TextIO) -> int:
    """One JSON object per incident: `id`, the merged `event`, and its `reports` (each with its
    event id, article id and URL, evidence offsets, claimant, outlet chain and fatality claims)."""
    return _write_json_lines(incidents, out)


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    return _write_json_lines(events, out)


_PLOVER = {
    "Armed clash": ("ASSAULT", None, ["military"]),
    "Government regains territory": ("ASSAULT", None, ["military", "resource"]),
    "Non-state actor overtakes territory": ("ASSAULT", None, ["military", "resource"]),
    "Air/drone strike": ("ASSAULT", "heavy-weapons", ["military"]),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons", ["military"]),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives", ["military"]),
    "Grenade": ("ASSAULT", "explosives", ["military"]),
    "Suicide bomb": ("ASSAULT", "suicide-attack", ["terrorism"]),
    "Chemical weapon": ("ASSAULT", None, ["cbrn"]),
    "Attack": ("ASSAULT", None, ["human_rights"]),
    "Sexual violence": ("ASSAULT", "sexual", ["human_rights"]),
    "Abduction/forced disappearance": ("ASSAULT", "abduct", ["human_rights"]),
    "Excessive force against protesters": ("ASSAULT", None, ["rights_freedoms"]),
    "Peaceful protest": ("PROTEST", "demo", ["political"]),
    "Protest with intervention": ("PROTEST", "demo", ["political"]),
    "Violent demonstration": ("PROTEST", "riot", ["political"]),
    "Mob violence": ("PROTEST", "riot", ["political"]),
    "Agreement": ("AGREE", None, ["military"]),
    "Arrests": ("COERCE", "arrest", ["political"]),
    "Looting/property destruction": ("ASSAULT", "destroy", ["military"]),
    "Disrupted weapons use": ("MOBILIZE", "weapons", ["military"]),
    "Headquarters or base established": ("MOBILIZE", "troops", ["military"]),
    "Change to group/activity": ("MOBILIZE", "troops", ["military"]),
    "Non-violent transfer of territory": ("RETREAT", None, ["military", "resource"]),
}
_QUAD = {"AGREE": 1, "RETREAT": 2, "ASSAULT": 4, "PROTEST": 4, "COERCE": 4, "MOBILIZE": 4}
_SECTOR = {1: "MIL", 2: "REB", 3: "PRM", 4: "PRM", 5: "OPP", 6: "OPP", 7: "CVL", 8: "MIL"}


def _plover_actor(name: str | None, inter: int | None, location_country: str | None) -> dict[str, Any] | None:
    if not name:
        return None
    side = short_name(name)
    code = {"Russia": "RUS", "Ukraine": "UKR"}.get(side or "")
    if code is None:
        actor = next((a for a in ACTORS.values() if a.name("2024-01-01") == name), None)
        country = (actor.country if actor and actor.country else None) or location_country
        code = _country(country).get("iso3", "UKR" if side in ("DPR", "LPR", "Novorossiya") else "")
    sector = "COP" if "Police" in name else _SECTOR.get(inter or 0, "")
    return {"code": code, "sector": sector, "text": name}


def plover_record(event: Event, coded_date: str = "") -> dict[str, Any]:
    """One event as a PLOVER record (see the module docstring for the mapping)."""
    category, mode, context = _PLOVER.get(event.sub_event_type, (None, None, []))
    one = _plover_actor(event.actor1, event.inter1, event.country)
    two = _plover_actor(event.actor2, event.inter2, event.country)
    two_sided = event.event_type == "Battles" or event.sub_event_type in ("Violent demonstration", "Mob violence")
    sources = [a for a in (one, two) if a] if two_sided else [a for a in (one,) if a]
    recipients = [] if two_sided else [a for a in (two,) if a]
    record: dict[str, Any] = {
        "id": event.id,
        "has_event": category is not None,
        "date": (event.event_date or "")[:10],
        "source": sources,
        "recipient": recipients,
        "event": [category] if category else [],
        "mode": mode,
        "context": context,
        "event_loc": {
            "name": event.location, "lat": event.latitude, "lon": event.longitude,
            "admin1": event.admin1, "countryCode": _country(event.country).get("iso3"),
            "geo_precision": event.geo_precision,
        },
        "dead": event.fatalities,
        "quad_code": _QUAD.get(category or ""),
        "comment": event.notes,
        "coder": "newsledger-events-1",
        "coded_date": coded_date,
    }
    if event.time_precision > 1:
        record["date_precision"] = {2: "week", 3: "month"}[event.time_precision]
    return record


def write_plover(events: Iterable[Event], out: TextIO, coded_date: str = "") -> int:
    """PLOVER records as newline-delimited JSON (the format the PLOVER manual recommends)."""
    count = 0
    for event in events:
        out.write(json.dumps(plover_record(event, coded_date), ensure_ascii=False) + "\n")
        count += 1
    return count
