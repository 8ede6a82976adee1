"""Quantities: figures found in news sentences against NewsQuant gold (590 sentences, 906 quantities).

NewsQuant (quantities/NewsQuant.json) lists, for each sentence, every quantity with its value
("12400000.0", a range "200.0-4000000.0"), unit and normalised unit ("percentage", "dollar",
"kilometre", or the counted noun: "staff", "public housing property").

Each sentence is parsed alone (spaCy, no entity ruler) and given to `find_figures` with no quotes.
Metrics, micro-averaged over sentences, one-to-one matching within a sentence:
- value: a predicted figure matches a gold quantity of the same value (a gold range matches
  either end; we report a range as two figures, so its second end is neither right nor wrong);
- value_unit: the same, and the units agree (our normalised unit mapped to NewsQuant's
  names, or our counted noun equal to the last word of theirs, singular);
- *_no_time: gold quantities in units of time and age ("year of age", "day", ...) are left out of
  the gold, and predictions matching them are not counted: by design newsledger does not report
  dates, ages and durations as figures.
"""
from __future__ import annotations

import json
from pathlib import Path

NAME = "quantities"
FLOORS = {
    "value_precision": 0.889,
    "value_recall": 0.823,
    "value_f1": 0.855,
    "value_unit_f1": 0.695,
    "value_f1_no_time": 0.883,
    "value_unit_f1_no_time": 0.726,
}
TIME_UNITS = {"year of age", "year", "day", "month", "week", "hour", "minute", "second", "decade", "century"}
# newsledger unit -> NewsQuant normalised unit
UNIT_NAMES = {
    "percent": "percentage", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar",
    "ILS": "shekel", "MYR": "malaysian ringgit", "INR": "indian rupee", "RUB": "russian ruble",
    "km": "kilometre", "mi": "mile", "km2": "square kilometre", "mi2": "square mile", "m2": "square metre",
    "ft2": "square foot", "m": "metre", "ft": "foot", "yd": "yard", "in": "inch", "mm": "millimetre",
    "cm": "centimetre", "kg": "kilogram", "lb": "pound-mass", "t": "ton", "g": "gram", "l": "litre",
    "gal": "gallon", "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "W": "watt", "°C": "celsius",
    "°F": "fahrenheit", "degree": "degree", "hp": "horsepower", "GB": "gigabyte", "TB": "terabyte",
    "MB": "megabyte", "mph": "mile per hour", "km/h": "kilometre per hour", "bbl/d": "barrel per day",
    "bbl": "barrel", "basis point": "basis point", "percentage point": "percentage point", "ha": "hectare",
    "acre": "acre", "person": "people", "SGD": "singapore dollar", "mg": "milligram", "μm": "micrometre",
    "Hz": "hertz", "GHz": "gigahertz", "MHz": "megahertz", "kHz": "kilohertz", "ml": "millilitre", "mpg": "mile per gallon", "ppm": "parts-per-million", "ppb": "parts-per-billion",
}


def load_gold(corpus: Path) -> list[tuple[str, list[dict]]]:
    data = json.loads((corpus / "quantities" / "NewsQuant.json").read_text(encoding="utf-8"))
    return [(item["text"], item["quantities"]) for item in data]


def gold_values(quantity: dict) -> list[float]:
    """The value of a gold quantity, or both ends of a range."""
    raw = str(quantity["value"]).strip()
    try:
        return [float(raw)]
    except ValueError:
        pass
    values = []
    for part in raw.replace("--", "-~").split("-"):
        part = part.replace("~", "-").strip()
        try:
            values.append(float(part))
        except ValueError:
            continue
    return values


def units_agree(ours: str, gold: dict) -> bool:
    theirs = (gold.get("normalized_unit") or "").strip().lower()
    if not ours:
        return theirs in ("-", "", "count", "unit")
    base, _, per = ours.partition("/")
    mapped = UNIT_NAMES.get(base, base).lower() + (f" per {per}" if per else "")
    if mapped == theirs or (mapped == "ton" and theirs in ("tonne", "metric ton")):
        return True
    last = theirs.split()[-1] if theirs.split() else ""
    return bool(last) and (last == ours.lower() or last.rstrip("s") == ours.lower().rstrip("s"))


def _same(value: float, targets: list[float]) -> bool:
    return any(abs(value - t) <= 1e-6 * max(1.0, abs(t)) or round(value, 2) == round(t, 2) for t in targets)


def score_sentence(figures, quantities: list[dict], with_unit: bool, skip_time: bool) -> tuple[int, int, int]:
    """(true positives, predictions counted, gold counted) for one sentence."""
    gold = list(quantities)
    unused = list(range(len(gold)))
    range_ends = {}    # gold range index -> its other end, still to be found
    tp = predicted = 0
    for figure in figures:
        agrees = lambda index, figure=figure: not with_unit or units_agree(figure.unit, gold[index])  # noqa: E731
        end = next((i for i, value in range_ends.items() if _same(figure.value, [value]) and agrees(i)), None)
        if end is not None:
            del range_ends[end]          # the other end of a range already counted: neither right nor wrong
            continue
        match = None
        for index in unused:
            if _same(figure.value, gold_values(gold[index])) and agrees(index):
                match = index
                break
        if match is None:
            predicted += 1
            continue
        unused.remove(match)
        ends = gold_values(gold[match])
        if len(ends) == 2:
            range_ends[match] = ends[1] if _same(figure.value, [ends[0]]) else ends[0]
        if skip_time and gold[match].get("normalized_unit", "") in TIME_UNITS:
            continue
        predicted += 1
        tp += 1
    counted_gold = sum(1 for q in gold if not (skip_time and q.get("normalized_unit", "") in TIME_UNITS))
    return tp, predicted, counted_gold


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(corpus: Path) -> dict[str, float]:
    import spacy

    from newsledger.enrich.figures import find_figures
    from newsledger.enrich.nlp import MODEL
    from newsledger.records import Article

    nlp = spacy.load(MODEL)
    items = load_gold(corpus)
    totals = {key: [0, 0, 0] for key in ("value", "value_unit", "value_no_time", "value_unit_no_time")}
    n_figures = 0
    for (text, quantities), doc in zip(items, nlp.pipe(text for text, _ in items)):
        article = Article(id="", source={"uri": "NewsQuant", "format": "text"}, title=None, outlet=None,
                          credited_sources=(), byline=(), published=None, language="en", body=text)
        figures = find_figures(doc, (), article)
        n_figures += len(figures)
        for key, with_unit, skip_time in (("value", False, False), ("value_unit", True, False),
                                          ("value_no_time", False, True), ("value_unit_no_time", True, True)):
            counts = score_sentence(figures, quantities, with_unit, skip_time)
            totals[key] = [a + b for a, b in zip(totals[key], counts)]
    results: dict[str, float] = {}
    for key, (tp, predicted, gold) in totals.items():
        precision, recall, f1 = _prf(tp, predicted, gold)
        base = key.replace("_no_time", "")
        suffix = "_no_time" if key.endswith("_no_time") else ""
        results[f"{base}_precision{suffix}"] = precision
        results[f"{base}_recall{suffix}"] = recall
        results[f"{base}_f1{suffix}"] = f1
    results["figures_found"] = float(n_figures)
    results["gold_quantities"] = float(sum(len(q) for _, q in items))
    return results
