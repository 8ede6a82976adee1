"""Event coding on UCDP GED events from more than 30 wars, from their news headlines alone.

The rows of `ucdp-global/ged-global-sample-dev.csv` (a tuning set) are turned into one article
each, as `evaluation/events.py` does for Ukraine (one paragraph per headline, published on the
first report date), coded by the real pipeline, and compared with UCDP's coding:

- coverage                share of UCDP events for which we coded at least one event
- violence_type_of_coded  UCDP type_of_violence (1 state-based, 2 non-state, 3 one-sided) read
                          from our first event: a state's forces on either side is state-based
                          (so are foreign forces and missions fighting beside a government, ACLED
                          inter 8 such as AMISOM: UCDP counts them on the government's side),
                          violence against civilians by a non-state actor one-sided, two non-state
                          armed actors non-state; a battle with an unnamed side is state-based;
                          civilians killed by shelling, air strikes, landmines or bombs are not
                          one-sided violence: UCDP counts those deaths in the dyad of the war
                          (GED's civilian deaths of a state-based event; one-sided is the
                          deliberate killing of civilians, as by a suicide bomber or a gunman)
                          (UCDP's own default: an unnamed opponent of rebels is the government)
- country_of_coded        our event's country is UCDP's country (coded events)
- deaths_exact_of_coded   our largest event fatalities equal UCDP's `best` (coded events)
- no_ukraine_war_actors_abroad  1 minus the share of rows outside Ukraine and Russia, whose
                          headlines do not name Russia or Ukraine, coded with Ukrainian or Russian
                          forces (or the Donbas republics, Wagner): the Ukraine default must not
                          come back (a Russian air strike the headline names in Syria is fine)

Where inside the country, on the coded rows (`evaluation/events.py`'s choice of the event's
location: the located event of finest precision):

- admin1_of_coded         our location lies in UCDP's first-level division (`adm_1`, names folded
                          as `evaluation/geocoding.py` folds them, or the gazetteer reading UCDP's
                          name as our division in UCDP's country; rows where UCDP gives one; an
                          event with no division counts as wrong). GeoNames' first level is not
                          always UCDP's (the Philippines' regions against UCDP's provinces), so
                          this is a lower bound
- within_25km_of_coded    our point within 25 km of UCDP's (rows whose where_prec is 1-2)
- below_country_of_coded  1 minus the share of coded rows located only to a country (or not at all)

Their `baseline_*` (same run, same coded rows): the gazetteer's first match for the place name we
chose, without the article's country or its other places (what a lookup with no context gives).

Headline fields that hold only a date or an outlet name ("VDC 2014-05-10", "Incident #17318")
carry no event; coverage counts them as missed.

Beside them, `baseline_*`: a keyword coder run on the same rows in the same run (the events_gold
baseline's violence words): a row is coded when its headlines hold one; its violence type is
always state-based (UCDP's default for an unnamed side), its country the first country name in
the headlines, its deaths the first number written before or after a death word (else 0).
"""
from __future__ import annotations

import re
from pathlib import Path

from newsledger.enrich.numbers import NUMBER_PATTERN

from .events import code_rows, read_rows
from .events_gold import _KEYWORDS

NAME = "events_global"
# Measured minus about 0.01 when set (`python -m evaluation events_global`: coverage 0.414, violence
# type 0.838, country 0.916, deaths 0.338 of coded, after a running country toll became a claim,
# small places abroad stopped being located, "deadly raid" / "rebels attack" reported acts and
# "six villagers" counted as people; violence type then 0.851 once clashes between armed groups
# had such a group on each side; then coverage 0.411 and violence type 0.850 when "120 were killed
# on Monday, including ... 48 of the armed groups" became the day's toll it is). Earlier, coverage
# fell from 0.417 when a day's tally across a country ("90 died on Tuesday, including 31 of the
# army's men") stopped being coded as one incident with all its dead (issue 10: a toll is a
# claim, never an event). The targets are coverage 0.45, violence type 0.85, country 0.90,
# deaths 0.40 (of coded) and no Ukraine-war actor abroad (1.0). Raised to coverage 0.415, violence type
# 0.851 and country 0.914 (measured 0.425 / 0.861 / 0.924 minus 0.01) once headlines' syntax was read
# (blasts, a toll that rises in one act, a death as a town protests, 'six martyrs' no longer a date, Arabic
# 'Al-' names no Spanish) and civilians killed by landmines or bombs were counted in the war's dyad.
FLOORS: dict[str, float] = {
    # Measured minus 0.01 (session 12: coverage 0.425; violence type / country / deaths exact 0.886 / 0.930 /
    # 0.361; admin1 / within 25 km / below country 0.484 / 0.325 / 0.582); each step is in git.
    # Coverage stays under the target 0.45: most rows left are headlines in Spanish, Portuguese or French (the
    # coder reads English only and notes it, issue 10 item 7) or killings with no armed group or war named,
    # which UCDP codes as non-state violence and ACLED leaves out or codes as an attack on civilians.
    # Session 13 (ucdpg): a killing told as done on purpose ('murdered', 'executed', 'the killing of 22', 'killed
    # with a shot') is coded where a place is named, with no war named: coverage 0.425 -> 0.433, violence type
    # 0.886 -> 0.876 (measured, floors minus 0.01): two of the three rows it adds are Mexico's killings, which
    # UCDP codes as non-state violence between cartels and ACLED's reading (ours) as attacks on civilians.
    "coverage": 0.423,
    "violence_type_of_coded": 0.866,
    "country_of_coded": 0.920,
    # the deaths the headlines state bound this figure at about 0.46. Session 15 (ucdpg): headline grammar the
    # death counts missed ("Twenty-two", a noun between the count and its noun, "X's brother", a victim's wounds
    # told before "dies", "both of these men"): 0.360 -> 0.366 measured, floor minus 0.01
    "deaths_exact_of_coded": 0.356,
    "no_ukraine_war_actors_abroad": 1.0,
    # where inside the country (issue 10 item 5); partly in-sample: some of the gazetteer supplement's
    # divisions were added for names this set missed (Cameroon's, Yemen's, Nigeria's); the Philippines'
    # provinces are now GeoNames' whole level (data/admin2.tsv), not those names. Still failing: headlines that name only a province or a
    # region where UCDP places a town, and places named only where a statement was issued
    "admin1_of_coded": 0.474,
    "within_25km_of_coded": 0.315,
    "below_country_of_coded": 0.572,
}

_UCDP_COUNTRY = {"DR Congo (Zaire)": "CD", "Bosnia-Herzegovina": "BA", "Yemen (North Yemen)": "YE",
                 "Myanmar (Burma)": "MM", "Russia (Soviet Union)": "RU", "Serbia (Yugoslavia)": "RS",
                 "Cambodia (Kampuchea)": "KH", "Zimbabwe (Rhodesia)": "ZW", "Madagascar (Malagasy)": "MG",
                 "Vietnam (North Vietnam)": "VN", "Kingdom of eSwatini (Swaziland)": "SZ",
                 "Ivory Coast": "CI", "Macedonia, FYR": "MK"}
_STATE = ("Military Forces of", "Police Forces of")
_WAR_OF_UKRAINE = ("Ukraine", "Russia", "DPR:", "LPR:", "NAF:", "Wagner")
# Rows whose headlines name Russia or Ukraine themselves ("regime and Russian warplanes" over Idlib)
# may rightly carry their forces; the check is for actors no headline named.
_NAMES_THE_WAR = re.compile(r"\b(?:russia|russian|ukrain\w*|kremlin|moscow|kyiv|kiev|wagner)\b", re.I)
_REMOTE = ("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED")
_ONE_SIDED = {"Attack", "Abduction/forced disappearance", "Sexual violence", "Excessive force against protesters"}
_BASELINE_DEATHS = re.compile(r"\b(" + NUMBER_PATTERN + r")\s+(?:[\w'-]+\s+){0,3}?(?:killed|dead|died)\b|"
                              r"\bkill(?:s|ed)\s+(" + NUMBER_PATTERN + r")\b", re.I)


def country_code(name: str) -> str | None:
    from newsledger.enrich.gazetteer import countries

    if name in _UCDP_COUNTRY:
        return _UCDP_COUNTRY[name]
    for code, country in countries().items():
        if country["name"] == name:
            return code
    return None


def violence_type(events) -> int | None:
    if not events:
        return None
    first = events[0]
    actors = [a for a in (first.actor1, first.actor2) if a]
    if any(a.startswith(_STATE) for a in actors) or 8 in (first.inter1, first.inter2):
        return 1
    # civilians killed by shelling, air strikes or remote explosives count in the war's dyad, not as one-sided
    # violence: a landmine, a war's unexploded ordnance or a bomb is scored so whatever victims our coder
    # names, since from a headline "civilians killed" does not tell that civilians were the target (a
    # suicide bombing, its own ACLED sub-event, and a gunman's killing stay one-sided). This is a scoring
    # choice: it raised violence_type_of_coded 0.845 -> 0.858 with no product change (23b81fe)
    remote = first.sub_event_type in _REMOTE
    civilians = (not remote and bool(first.actor2 and first.actor2.startswith("Civilians"))) or \
        first.sub_event_type in _ONE_SIDED
    if civilians:
        return 3
    armed = [a for a in actors if not a.startswith(("Civilians", "Protesters", "Rioters"))]
    return 2 if len(armed) == 2 else 1


def _ukraine_war_actor(name: str | None) -> bool:
    return bool(name) and any(word in name for word in _WAR_OF_UKRAINE)


def score(coded) -> dict[str, float]:
    n = len(coded)
    covered = [(row, events) for row, events in coded if events]
    share = len(covered) / max(n, 1)
    right_type = sum(violence_type(e) == int(r["type_of_violence"]) for r, e in covered)
    right_country = sum(e[0].country == country_code(r["country"]) for r, e in covered)
    right_deaths = sum(max(x.fatalities for x in e) == int(r["best"]) for r, e in covered)
    outside = [(r, e) for r, e in coded if country_code(r["country"]) not in ("UA", "RU")
               and not _NAMES_THE_WAR.search(r["source_headline"])]
    foreign = sum(any(_ukraine_war_actor(x.actor1) or _ukraine_war_actor(x.actor2) for x in (e or ()))
                  for r, e in outside)
    m = max(len(covered), 1)
    return {
        "coverage": share,
        "violence_type_of_coded": right_type / m,
        "country_of_coded": right_country / m,
        "deaths_exact_of_coded": right_deaths / m,
        "no_ukraine_war_actors_abroad": 1 - foreign / max(len(outside), 1),
        "rows": float(n),
    }


def _place_figures(coded, gazetteer) -> dict[str, float]:
    """admin1 / within 25 km / below country on the coded rows, ours and the context-free lookup's."""
    from .events import _best_location
    from newsledger.enrich.places import km_between

    from .geocoding import same_division

    totals: dict[str, int] = dict.fromkeys(("admin_rows", "near_rows", "admin", "near", "below",
                                            "base_admin", "base_near", "base_below"), 0)
    covered = [(row, events) for row, events in coded if events]
    for row, events in covered:
        event = _best_location(events)
        ours = (event.admin1, event.latitude, event.longitude) if event is not None else (None, None, None)
        first = gazetteer.lookup(event.location)[:1] if event is not None and event.location else []
        base = (first[0].admin1 if first[0].feature != "country" else None, first[0].lat, first[0].lon) \
            if first else (None, None, None)
        for prefix, (admin1, lat, lon) in (("", ours), ("base_", base)):
            totals[prefix + "below"] += bool(admin1)
            if row["adm_1"].strip():
                totals[prefix + "admin"] += same_division(admin1, row["adm_1"], country_code(row["country"]), gazetteer)
            if row["where_prec"] in ("1", "2") and row["latitude"]:
                totals[prefix + "near"] += lat is not None and \
                    km_between(lat, lon, float(row["latitude"]), float(row["longitude"])) <= 25
        totals["admin_rows"] += bool(row["adm_1"].strip())
        totals["near_rows"] += row["where_prec"] in ("1", "2") and bool(row["latitude"])
    figures = {}
    for prefix in ("", "baseline_"):
        key = "base_" if prefix else ""
        figures[prefix + "admin1_of_coded"] = totals[key + "admin"] / max(totals["admin_rows"], 1)
        figures[prefix + "within_25km_of_coded"] = totals[key + "near"] / max(totals["near_rows"], 1)
        figures[prefix + "below_country_of_coded"] = totals[key + "below"] / max(len(covered), 1)
    return figures


def _baseline(row: dict[str, str], countries: re.Pattern, codes: dict[str, str]) -> tuple[int, str | None, int] | None:
    """(violence type, country code, deaths) the keyword coder gives a row, None when it codes nothing."""
    from newsledger.enrich.numbers import parse_number

    text = row["source_headline"].replace(";", "\n")
    if not _KEYWORDS.search(text):
        return None
    country = countries.search(text)
    deaths = _BASELINE_DEATHS.search(text)
    value = parse_number(deaths.group(1) or deaths.group(2)) if deaths else None
    return 1, codes[country.group(0).lower()] if country else None, round(value or 0)


def baseline(rows: list[dict[str, str]]) -> dict[str, float]:
    from newsledger.enrich.gazetteer import countries as country_table

    codes = {c["name"].lower(): code for code, c in country_table().items()}
    countries = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True)) + r")\b", re.I)
    coded = [(row, guess) for row in rows if (guess := _baseline(row, countries, codes)) is not None]
    m = max(len(coded), 1)
    return {
        "baseline_coverage": len(coded) / max(len(rows), 1),
        "baseline_violence_type_of_coded": sum(t == int(r["type_of_violence"]) for r, (t, _, _) in coded) / m,
        "baseline_country_of_coded": sum(c == country_code(r["country"]) for r, (_, c, _) in coded) / m,
        "baseline_deaths_exact_of_coded": sum(d == int(r["best"]) for r, (_, _, d) in coded) / m,
    }


def run(corpus: Path) -> dict[str, float]:
    from newsledger.enrich.gazetteer import load_gazetteer

    rows = read_rows(corpus / "ucdp-global" / "ged-global-sample-dev.csv")
    coded = code_rows(rows)
    return {**score(coded), **_place_figures(coded, load_gazetteer()), **baseline(rows)}
