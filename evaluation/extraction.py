"""Extraction quality: article bodies on every labelled set (HTML, w3m and lynx dumps) and dates.

Body metric: the Article Extraction Benchmark's own (scrapinghub/article-extraction-benchmark,
evaluate.py), re-implemented here: tokens are `\\w+` runs, each page's 4-gram shingle counts give
tp/fp/fn normalised by their sum, precision and recall are averaged over pages and F1 is taken
from the two averages. A page our path rejects (too short, no body) scores as an empty body.

Sets (../shared/corpus): `aeb` (HTML and its w3m dumps), and `extraction/<set>` for the tuning
sets `cleaneval-dev` and `readability` and the HELD-OUT sets `cleaneval-final`, `cleanportaleval`
and `dragnet` (HTML, `w3m -dump -cols 100` and `lynx -dump -nolist -width 100` dumps). Figures are
named `<set>.<path>.f1`. Same-run baselines on the same pages: `trafilatura` is
`trafilatura.extract(html, include_comments=False)` as the AEB benchmark runs it; `w3m_every_line`
and `lynx_every_line` keep the whole dump as the body. `<set>.w3m_over_every_line` is our w3m F1
minus keep-every-line's, `<set>.html_over_trafilatura` our HTML F1 minus trafilatura's
(`aeb_html.over_trafilatura` on AEB): trafilatura runs inside our HTML path, so where our own
metadata and clean-up cost more recall than they give precision the margin goes under 0.

Pages that are not articles. Our path rejects a body under `ExtractOptions.min_body_chars` (250
characters of spaced text, a Chinese or Japanese character counting as three: `extract.content_length`)
as `not_article: too_short`, and the rejection scores as an empty body; trafilatura alone returns
whatever text it finds. That is a product decision, not an extraction error: a news article, a
brief included, runs longer (the shortest human-selected body of the AEB pages has 369 characters),
and a page that yields less is mostly a stub, a teaser or a list of links (the six
such pages of `dates/`). The HTML path keeps a shorter body, down to `min_brief_chars` (150), when
the page's markup says it is one article and the text is written in sentences (`html._a_brief`);
on the tuning sets that takes one page, Readability's `remove-aria-hidden` (two sentences of
lorem ipsum in an <article>), and leaves those six rejected. The text path keeps such a brief when
it stands right under its headline (`text._a_brief`; no tuning set's dump moves, four dumps of
`dates/` are kept). Extraction libraries leave that decision to
their caller (trafilatura returns a short text after trying its fallbacks; Readability.js returns
its longest attempt), and this project takes it (a `Rejection` with its reason, counted and
reported; `min_body_chars` is an option for callers who want short items). So that the margin
over trafilatura measures extraction and not that policy, `trafilatura_as_article` holds
trafilatura alone to the same rule (its text normalised as ours is, empty under the limit), and
`<set>.html_over_trafilatura_as_article` is our F1 minus its F1: the floor "HTML at least
trafilatura alone" is on that figure on every set (a tie allowed by `_TIE`).
`<set>.html_too_short` counts the pages we reject as too short, so the policy's cost stays visible.
trafilatura's loader refuses markup that is not a whole document (CleanEval's pages sit in a
`<text id=...>` wrapper; our HTML path reads such markup as the body of a page), so on the CleanEval
sets part of the margin is that reading; `<set>.html_over_trafilatura_given_a_page` (measured, no
floor) holds trafilatura to the same reading and the same 250-character rule.

Dump titles, a SILVER check (issue 9 item 4: titles that hold on sites nobody tuned on). The
held-out sets have no title gold, so each dump's title is compared with our own HTML path's title
of the same page, both read in this run (no extra pass): the reference is our HTML title, not a
gold, and a miss may be the HTML path's. (The `dumps` evaluation scores the tuning pages of
`dates/` and AEB the same way, there without the page's URL; here AEB is read with it, as above.)
`<set>.<kind>.title_silver` is the share of pages whose `<kind>` (w3m, lynx; AEB's dumps are w3m)
dump title matches it as `dumps.titles_match` defines a match (normalised, equal or nearly equal);
`..._matched` and `..._pages` are the counts. A page counts only when the HTML path makes an
article with a title that is not the site's name (`dumps.silver_title`): with no reference nothing
can be judged, and where the page's title is only its outlet's name (a home page, a section) the
headline a dump finds would count as a miss; `..._site_named` counts the pages left out for that.
A dump rejected as too short counts as a miss. On the CleanEval sets, pages of every kind (not
only news) whose `<title>` is often the site's or the document's name, the figure is low and says
more about the reference than about the dump.

To keep CI to a few minutes, the two large held-out sets are sampled deterministically: the
SAMPLE pages whose ids have the smallest SHA-1 (the same pages on every machine and run).
NEWSLEDGER_EVAL_FULL=1 scores every page of every set.

Date metric: share of the 200 pages of `dates/` whose extracted day equals the gold day, read by
`html.published_from_html` (the reading `extract_html` does, also for pages later rejected as
too short). Gold entries without a date ("nan") count as right when nothing is extracted, for
both the baseline (`htmldate.find_date(original_date=True)`) and ours; a date of ours with
precision "month" or "year" is not a day; a time given with its UTC offset is right on its local or
its UTC day (the gold mixes the two: see `day_of`). `dates.off_30_days` is the share of pages given a day
more than 30 days from the gold day (a wrong date is worse than none), `dates.wrong_day` the share given any
day but the gold day (one day off included), each beside htmldate's.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

NAME = "extraction"
TUNING = ("cleaneval-dev", "readability")
HELD_OUT = ("cleaneval-final", "cleanportaleval", "dragnet")
SAMPLE = 250        # pages per held-out set in CI (see the docstring)
FLOORS = {
    "aeb_html.f1": 0.966,    # measured 0.976 at e319c35 (issue 9: not below 0.976)
    "aeb_html.over_trafilatura": 0.0,   # HTML at least trafilatura alone (issue 9); 0.016 at e319c35
    "dates.day_accuracy": 0.925,    # measured 0.935 (htmldate alone 0.895)
    "dates.day_accuracy_strict": 0.915,   # measured 0.925: the local day only
    "aeb_dumps.f1": 0.906,   # measured 0.916 (the line model's thresholds were chosen down to 0.908)
    # Per-set floors: the figure last measured (sampled sets as in CI) - 0.01, where the issue's
    # targets (w3m >= 0.85 and lynx >= 0.80 on the held-out sets and >= keep-every-line + 0.05,
    # HTML >= trafilatura alone) are not met yet; never lowered (each step is in git). Still short of the
    # 0.85 target on the held-out cleanportaleval and dragnet w3m dumps; CleanEval's gold keeps running
    # text (lists, comments) that an article body leaves out.
    "cleaneval-dev.html.f1": 0.852,      # measured 0.862
    "cleaneval-dev.w3m.f1": 0.842,
    "cleaneval-dev.lynx.f1": 0.859,
    "cleaneval-dev.html_over_trafilatura": 0.05,    # measured +0.061 (trafilatura alone drops CleanEval's wrapped pages)
    "cleaneval-dev.w3m_over_every_line": 0.042,
    "cleaneval-dev.lynx_over_every_line": 0.019,
    "readability.html.f1": 0.928,    # measured 0.938
    "readability.w3m.f1": 0.859,
    "readability.lynx.f1": 0.848,
    "readability.html_over_trafilatura": -0.002,    # measured 0.000
    "readability.w3m_over_every_line": 0.079,
    "readability.lynx_over_every_line": 0.078,
    "cleaneval-final.html.f1": 0.859,    # measured 0.869 (sampled as in CI)
    "cleaneval-final.w3m.f1": 0.854,
    "cleaneval-final.lynx.f1": 0.872,
    "cleaneval-final.html_over_trafilatura": 0.012,    # measured +0.022
    "cleaneval-final.w3m_over_every_line": 0.029,
    "cleaneval-final.lynx_over_every_line": 0.004,
    "cleanportaleval.html.f1": 0.817,
    "cleanportaleval.w3m.f1": 0.824,
    "cleanportaleval.lynx.f1": 0.798,
    "cleanportaleval.html_over_trafilatura": -0.011,
    "cleanportaleval.w3m_over_every_line": 0.317,
    "cleanportaleval.lynx_over_every_line": 0.315,
    "dragnet.html.f1": 0.838,           # measured 0.846
    "dragnet.w3m.f1": 0.817,
    "dragnet.lynx.f1": 0.812,
    "dragnet.html_over_trafilatura": -0.003,        # measured +0.004
    "dragnet.w3m_over_every_line": 0.213,
    "dragnet.lynx_over_every_line": 0.230,
}
# Dump titles against our HTML path's title: a SILVER check (our HTML title is the reference, not a
# gold; see the docstring). Floors: measured (w3m, lynx; sampled sets as in CI) - 0.02, and at least
# one page's room on cleaneval-dev (45 pages: one page is 0.022). Tuning: aeb w3m 0.912 (165/181),
# readability 0.482 / 0.464 (54, 52 of 112), cleaneval-dev 0.156 / 0.200 (7, 9 of 45); held out:
# cleanportaleval 0.786 / 0.814 (55, 57 of 70), dragnet 0.553 / 0.537 (136, 132 of 246),
# cleaneval-final 0.161 / 0.179 (35, 39 of 218).
# On the CleanEval sets the page's <title> is often a site's or a document's name, not a headline:
# the low figure is mostly the reference's.
FLOORS.update({
    "aeb.w3m.title_silver": 0.892,
    "readability.w3m.title_silver": 0.462,
    "readability.lynx.title_silver": 0.444,
    "cleaneval-dev.w3m.title_silver": 0.133,
    "cleaneval-dev.lynx.title_silver": 0.177,
    "cleanportaleval.w3m.title_silver": 0.766,
    "cleanportaleval.lynx.title_silver": 0.794,
    "dragnet.w3m.title_silver": 0.533,
    "dragnet.lynx.title_silver": 0.517,
    "cleaneval-final.w3m.title_silver": 0.141,
    "cleaneval-final.lynx.title_silver": 0.159,
})
# HTML at least trafilatura alone held to the same acceptance rule, on every set (see the docstring);
# `_TIE` allows a tie on the sampled sets (0.001 F1 is one page in 250 moving by a quarter)
_TIE = 0.002
FLOORS.update({f"{name}.html_over_trafilatura_as_article": -_TIE
               for name in ("cleaneval-dev", "readability", "cleaneval-final", "cleanportaleval", "dragnet")})
FLOORS["aeb_html.over_trafilatura_as_article"] = 0.0

_TOKEN = re.compile(r"\w+")


def shingle_counts(tokens: list[str], n: int = 4) -> Counter:
    """Word n-gram shingles of `tokens` and how often each occurs (fewer than n tokens: the one
    short shingle), as the AEB evaluation counts them."""
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def shingle_scores(true: str, predicted: str, n: int = 4) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of word n-gram shingles, as the AEB evaluation computes them."""
    gold, pred = (shingle_counts(_TOKEN.findall(text or ""), n) for text in (true, predicted))
    return counted_scores(gold, pred)


def counted_scores(gold: Counter, pred: Counter) -> tuple[float, float, float]:
    """`shingle_scores` from the two texts' `shingle_counts`."""
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def prf(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    """Macro precision and recall over pages, and the F1 of the two (AEB's aggregation)."""
    def ratio(tp: float, other: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == other == 0 else tp / (tp + other)

    precisions = [ratio(tp, fp, fp, fn) for tp, fp, fn in scores if tp + fp > 0]
    recalls = [ratio(tp, fn, fp, fn) for tp, fp, fn in scores if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def _reading(uri: str, content: bytes, url: str | None = None):
    """What our path makes of one page: an Article or a Rejection (its `reason`)."""
    from newsledger.extract import extract
    from newsledger.records import RawDocument

    return extract(RawDocument(uri=uri, content=content, url=url))


def _body(result) -> str:
    """An extraction's body, empty when the page was rejected."""
    return getattr(result, "body", "") or ""


class _SilverTitles:
    """Dump titles against our own HTML path's title of the same page (a SILVER check, see the
    docstring): per dump kind, pages counted and pages whose dump title matches."""

    def __init__(self) -> None:
        self.pages: Counter = Counter()
        self.matched: Counter = Counter()
        self.site_named: Counter = Counter()

    def add(self, kind: str, dump_result, html_result) -> None:
        from evaluation.dumps import silver_title, titles_match

        reference = silver_title(html_result)
        if reference is None:
            self.site_named[kind] += bool(getattr(html_result, "title", None))
            return
        self.pages[kind] += 1
        self.matched[kind] += titles_match(getattr(dump_result, "title", None), reference)

    def figures(self, name: str) -> dict[str, float]:
        results: dict[str, float] = {}
        for kind in sorted(self.pages):
            results[f"{name}.{kind}.title_silver"] = self.matched[kind] / self.pages[kind]
            results[f"{name}.{kind}.title_silver_matched"] = float(self.matched[kind])
            results[f"{name}.{kind}.title_silver_pages"] = float(self.pages[kind])
            results[f"{name}.{kind}.title_silver_site_named"] = float(self.site_named[kind])
        return results


def as_article(text: str) -> str:
    """A baseline's text held to our acceptance rule: normalised as our bodies are, and empty when
    under `min_body_chars` (see the docstring: pages that are not articles)."""
    from newsledger.extract import content_length
    from newsledger.options import ExtractOptions
    from newsledger.records import normalise_body

    body = normalise_body(text)
    return body if content_length(body) >= ExtractOptions().min_body_chars else ""


def _trafilatura(html_gz: bytes) -> str:
    import trafilatura

    page = gzip.decompress(html_gz).decode("utf-8", errors="replace")
    return trafilatura.extract(page, include_comments=False) or ""


def _trafilatura_given_a_page(html_gz: bytes) -> str:
    """trafilatura alone, handed markup that is not a whole document (CleanEval's `<text id=...>`
    wrapper, a fragment) as the body of a page, as our HTML path reads it: the baseline of
    `<set>.html_over_trafilatura_given_a_page`, which measures extraction and not that reading."""
    import trafilatura
    from trafilatura.utils import load_html

    page = gzip.decompress(html_gz).decode("utf-8", errors="replace")
    if load_html(page) is None:
        page = f"<html><body>{page}</body></html>"
    return trafilatura.extract(page, include_comments=False) or ""


def page_ids(folder: Path, gold: dict, sample: int | None) -> list[str]:
    """The ids scored: all of them, or the `sample` whose SHA-1 is smallest."""
    ids = sorted(key for key in gold if (folder / "html" / f"{key}.html.gz").exists())
    if sample is None or len(ids) <= sample:
        return ids
    return sorted(sorted(ids, key=lambda key: hashlib.sha1(key.encode()).hexdigest())[:sample])


def _set_scores(folder: Path, name: str, sample: int | None) -> dict[str, float]:
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    scores: dict[str, list] = {path: [] for path in ("html", "trafilatura", "trafilatura_as_article",
                                                      "trafilatura_given_a_page", "w3m", "w3m_every_line",
                                                      "lynx", "lynx_every_line")}
    too_short = 0
    titles = _SilverTitles()
    for key in page_ids(folder, gold, sample):
        truth = gold[key].get("articleBody") or ""
        html_path = folder / "html" / f"{key}.html.gz"
        content = html_path.read_bytes()
        html_result = _reading(str(html_path), content)
        too_short += getattr(html_result, "reason", None) == "not_article: too_short"
        scores["html"].append(shingle_scores(truth, _body(html_result)))
        alone = _trafilatura(content)
        scores["trafilatura"].append(shingle_scores(truth, alone))
        scores["trafilatura_as_article"].append(shingle_scores(truth, as_article(alone)))
        scores["trafilatura_given_a_page"].append(shingle_scores(truth, as_article(_trafilatura_given_a_page(content))))
        for kind in ("w3m", "lynx"):
            dump = folder / f"dumps-{kind}" / f"{key}.txt"
            if dump.exists():
                text = dump.read_bytes()
                dump_result = _reading(str(dump), text)
                scores[kind].append(shingle_scores(truth, _body(dump_result)))
                titles.add(kind, dump_result, html_result)
                scores[f"{kind}_every_line"].append(shingle_scores(truth, text.decode("utf-8", errors="replace")))
    results: dict[str, float] = {f"{name}.pages": float(len(scores["html"]))}
    for path, page_scores in scores.items():
        if not page_scores:
            continue
        figures = prf(page_scores)
        results[f"{name}.{path}.f1"] = figures["f1"]
        if path in ("html", "w3m", "lynx"):
            results[f"{name}.{path}.recall"] = figures["recall"]
    for kind in ("w3m", "lynx"):
        if f"{name}.{kind}.f1" in results:
            results[f"{name}.{kind}_over_every_line"] = results[f"{name}.{kind}.f1"] - results[f"{name}.{kind}_every_line.f1"]
    results[f"{name}.html_over_trafilatura"] = results[f"{name}.html.f1"] - results[f"{name}.trafilatura.f1"]
    results[f"{name}.html_over_trafilatura_as_article"] = (results[f"{name}.html.f1"]
                                                          - results[f"{name}.trafilatura_as_article.f1"])
    results[f"{name}.html_over_trafilatura_given_a_page"] = (results[f"{name}.html.f1"]
                                                            - results[f"{name}.trafilatura_given_a_page.f1"])
    results[f"{name}.html_too_short"] = float(too_short)
    return {**results, **titles.figures(name)}


def _aeb(corpus: Path) -> dict[str, float]:
    aeb = corpus / "aeb"
    gold = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    ours_html, ours_dump, baseline, baseline_as_article, every_line = [], [], [], [], []
    titles = _SilverTitles()
    for key, item in sorted(gold.items()):
        truth = item.get("articleBody") or ""
        html_path = aeb / "html" / f"{key}.html.gz"
        content = html_path.read_bytes()
        html_result = _reading(str(html_path), content, item.get("url"))
        ours_html.append(shingle_scores(truth, _body(html_result)))
        alone = _trafilatura(content)
        baseline.append(shingle_scores(truth, alone))
        baseline_as_article.append(shingle_scores(truth, as_article(alone)))
        dump_path = aeb / "dumps" / f"{key}.txt"
        if dump_path.exists():
            text = dump_path.read_bytes()
            dump_result = _reading(str(dump_path), text, item.get("url"))
            ours_dump.append(shingle_scores(truth, _body(dump_result)))
            titles.add("w3m", dump_result, html_result)
            every_line.append(shingle_scores(truth, text.decode("utf-8", errors="replace")))
    results = {f"aeb_html.{k}": v for k, v in prf(ours_html).items()}
    results.update({f"aeb_html.trafilatura_{k}": v for k, v in prf(baseline).items()})
    results["aeb_html.over_trafilatura"] = results["aeb_html.f1"] - results["aeb_html.trafilatura_f1"]
    results["aeb_html.over_trafilatura_as_article"] = results["aeb_html.f1"] - prf(baseline_as_article)["f1"]
    if ours_dump:
        results.update({f"aeb_dumps.{k}": v for k, v in prf(ours_dump).items()})
        results["aeb_dumps.every_line_f1"] = prf(every_line)["f1"]
    return {**results, **titles.figures("aeb")}


def day_of(published, expected: str | None = None) -> str | None:
    """The ISO day of a Published, when its precision is a day or finer: the day in the page's own
    time zone, or, when the page gives the time with its UTC offset and `expected` (the gold day) is
    the instant's UTC day, that day. The dates set's gold days mix outlets' local days with UTC days
    ("2020-06-29T00:16+03:00" is gold 2020-06-28); an instant with its offset is right in either."""
    if not published or published.precision not in ("minute", "day"):
        return None
    local = published.iso[:10]
    if expected and expected != local and published.precision == "minute" and len(published.iso) > 16:
        moment = datetime.fromisoformat(published.iso)
        if moment.tzinfo is not None and moment.astimezone(timezone.utc).date().isoformat() == expected:
            return expected
    return local


def off_by_more_than(found: str | None, expected: str | None, days: int = 30) -> bool:
    """A day was given, and it is more than `days` from the gold day (or the gold has none)."""
    if found is None:
        return False
    if expected is None:
        return True
    return abs((date.fromisoformat(found) - date.fromisoformat(expected)).days) > days


def wrong_day(found: str | None, expected: str | None) -> bool:
    """A day was given, and it is not the gold day (a wrong date, worse than none)."""
    return found is not None and found != expected


def gold_day(item: dict) -> str | None:
    value = str(item.get("date"))
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _dates(corpus: Path) -> dict[str, float]:
    from htmldate import find_date

    from newsledger.extract.html import _NO_FETCH_TIME_LIMIT, published_from_html

    folder = corpus / "dates"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    ours = strict = baseline = ours_off = baseline_off = ours_wrong = baseline_wrong = 0
    for url, item in gold.items():
        path = folder / "html" / f"{item['file']}.gz"
        content = gzip.decompress(path.read_bytes())
        expected = gold_day(item)
        published = published_from_html(content, url)
        day = day_of(published, expected)
        ours += day == expected
        strict += day_of(published) == expected       # the page's own local day only, as htmldate is scored
        ours_off += off_by_more_than(day, expected)
        ours_wrong += wrong_day(day, expected)
        try:
            # bounded as ours is: by the page's fetch time, which this set does not record, so by
            # the fixed limit the product uses then (htmldate's default is the day it runs)
            found = find_date(content, original_date=True, max_date=_NO_FETCH_TIME_LIMIT)
        except Exception:  # noqa: BLE001 - the baseline's own failures count as no date
            found = None
        baseline += found == expected
        baseline_off += off_by_more_than(found, expected)
        baseline_wrong += wrong_day(found, expected)
    return {"dates.day_accuracy": ours / len(gold), "dates.day_accuracy_strict": strict / len(gold),
            "dates.htmldate_accuracy": baseline / len(gold),
            "dates.off_30_days": ours_off / len(gold), "dates.htmldate_off_30_days": baseline_off / len(gold),
            "dates.wrong_day": ours_wrong / len(gold), "dates.htmldate_wrong_day": baseline_wrong / len(gold)}


def run(corpus: Path) -> dict[str, float]:
    full = os.environ.get("NEWSLEDGER_EVAL_FULL") == "1"
    results = {**_aeb(corpus)}
    for name in TUNING + HELD_OUT:
        folder = corpus / "extraction" / name
        if folder.is_dir():
            results.update(_set_scores(folder, name, None if full or name in TUNING else SAMPLE))
    return {**results, **_dates(corpus)}
