"""Events on real conflict articles against our own hand-labelled gold set (evaluation/gold/events).

Each gold line names a corpus page and the incidents it reports (see its README: labelled blind to
this coder). The page is extracted, enriched and coded by the real pipeline; a coded event is
matched to a gold incident when one of the sentences it was read from holds the incident's
evidence quote, or when it has the incident's event type and location (or admin1) and a coded
period that shares a day with the days the article's words allow (`coded_period`: a day; the seven
days up to it for ACLED time precision 2, "within the week"; a month's days; never a year). Scored
as the gold README suggests:

- precision             coded events that match an incident, over coded events that match no
                        borderline-only incident (a match to a borderline incident is neither hit
                        nor false positive)
- recall                core (non-borderline) incidents matched by at least one coded event
- recall_english        the same over the English articles only: the coder codes English text and
                        gives other languages a note instead (issue 10, item 7), so this is the
                        recall of what it reads; `recall` stays the figure with a floor
- events_per_incident   coded events matched to incidents, over the incidents matched (1 = no
                        incident split into several events)
- type_of_matched       matched events with the incident's event type
- deaths_of_matched     matched events with the incident's fatalities
- calm_article_events   events coded on the gold's articles with no incident, per such article

Figures are given for the whole set, for its tuning part (`tuning_*`: decide rule changes on
these) and for its held-out part (`heldout_*`: pages of the held-out extraction sets and of
attribution/dev, measured, never tuned on; two of them were seen while tuning, see the gold
README). The same-run baseline is a keyword coder: every sentence with a violence word is an event
(its precision and events per incident show what incident-level coding has to beat).
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

NAME = "events_gold"
# Measured minus about 0.01 (`python -m evaluation events_gold`); the targets are precision
# 0.85, recall 0.70 and at most 1.1 events per incident (this figure is capped by a floor on its
# inverse, incidents_per_event, since floors are minima).
FLOORS: dict[str, float] = {
    # Floors follow the gold: when it grows (articles labelled before the coder ran on them), a floor may be set
    # lower with the coder unchanged; each step is in git. Measured on the 134-article gold (99 tuning, 35 held
    # out). Still failing, in general: acts told as background, plans or claims that the aspect rules read as news
    # (precision), incidents told only by a noun or with words the cue table lacks (recall), and on the held-out
    # half, pages unlike the tuning half.
    "precision": 0.752,             # measured 0.762
    "recall": 0.737,                # measured 0.747
    "incidents_per_event": 0.965,   # measured 0.975 (1.026 events per incident)
    # Fresh estimates on tuning batches labelled blind: 0.800, 0.400 and no scored event before their fixes; the
    # tuning split's 0.95 is fitted on the earlier batches
    "tuning_precision": 0.941,      # measured 0.951
    "tuning_recall": 0.799,         # measured 0.809
    # held-out half (measured, never tuned on; 35 articles, 32 core incidents)
    "heldout_precision": 0.554,     # measured 0.564
    "heldout_recall": 0.646,        # measured 0.656
}
GOLD = Path(__file__).resolve().parent / "gold" / "events" / "gold.jsonl"
_KEYWORDS = re.compile(r"\b(?:killed|kill|dead|died|bomb\w*|attack\w*|clash\w*|shell\w*|shot|wounded|fighting|"
                       r"protest\w*|riot\w*|explosion|troops|militants|rebels|gunmen)\b", re.I)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _article(corpus: Path, item: dict):
    from newsledger.cli.common import page_articles
    from newsledger.records import Article, Published, content_id

    if item["path"].endswith(".jsonl"):
        for line in (corpus / item["path"]).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] == item["id"]:
                body = f"{record['title']}\n\n{record['text']}"
                published = Published(item["published"], "day", item["published"]) if item.get("published") else None
                return Article(id=content_id(body), source={"uri": record["url"], "format": "text"},
                               title=record["title"], outlet=None, credited_sources=(), byline=(),
                               published=published, language="en", body=body, url=record["url"])
        return None
    if item["path"].endswith(".txt"):     # a plain-text article (attribution/train): its first line is the headline
        body = (corpus / item["path"]).read_text(encoding="utf-8")
        title = body.strip().splitlines()[0].rstrip(". ;") if body.strip() else ""
        published = Published(item["published"], "day", item["published"]) if item.get("published") else None
        return Article(id=content_id(body), source={"uri": item["path"], "format": "text"}, title=title, outlet=None,
                       credited_sources=(), byline=(), published=published, language="en", body=body, url=None)
    failures: list[str] = []
    found = [a for a in page_articles([str(corpus / item["path"])], failures) if hasattr(a, "body")]
    return found[0] if found else None


def _quote_span(body: str, quote: str) -> tuple[int, int] | None:
    """Where the evidence quote is in the body, compared word by word (spacing and quotes vary)."""
    words = _norm(quote).split()
    if not words:
        return None
    pattern = r"[^a-z0-9]+".join(re.escape(w) for w in words[:12])
    folded = unicodedata.normalize("NFKD", body).encode("ascii", "ignore").decode().lower()
    match = re.search(pattern, folded)
    if not match:
        return None
    # NFKD can shift offsets on accented text; good enough to tell sentences apart
    return match.start(), match.end()


def _spans(event) -> list[tuple[int, int]]:
    return [(event.evidence.start, event.evidence.end)] + [tuple(s) for s in event.also_reported_at]


def coded_period(event) -> tuple[str, str] | None:
    """The days a coded date stands for, as ACLED reads its time precision: a day itself (precision
    1); the seven days up to it (precision 2, "within the week": what the coder gives a sentence
    with no day of its own); a month's days; nothing for a year or no date, which are too vague to
    tell one incident from another (such an event can still match by its sentence)."""
    if not event.event_date:
        return None
    day = event.event_date[:10]
    if len(day) == 10:
        if event.time_precision == 2:
            return (dt.date.fromisoformat(day) - dt.timedelta(days=6)).isoformat(), day
        return day, day
    if len(day) == 7:
        year, month = int(day[:4]), int(day[5:7])
        return f"{day}-01", f"{day}-{calendar.monthrange(year, month)[1]:02d}"
    return None


def _date_ok(event, incident: dict) -> bool:
    """The coded period and the days the incident's words allow (its `date_range`, else its day)
    share a day."""
    period = coded_period(event)
    first, last = incident.get("date_range") or (incident.get("event_date"), incident.get("event_date"))
    if period is None or not first or not last:
        return False
    return period[0] <= last[:10] and first[:10] <= period[1]


def _place_ok(event, incident: dict) -> bool:
    ours = {_norm(x) for x in (event.location, event.admin1) if x}
    theirs = {_norm(x) for x in (incident.get("location"), incident.get("admin1")) if x}
    return bool(ours & theirs)


def matches(event, incident: dict, quote: tuple[int, int] | None) -> bool:
    if quote is not None and any(s < quote[1] and quote[0] < e for s, e in _spans(event)):
        return True
    return event.event_type == incident["event_type"] and _date_ok(event, incident) and _place_ok(event, incident)


def score(items: list[tuple[dict, object, tuple]]) -> dict[str, float]:
    coded = hits = neutral = matched_events = typed = deaths = 0
    core = core_found = core_en = core_en_found = 0
    found_incidents = 0
    calm_events = calm_articles = 0
    for item, article, events in items:
        incidents = item["incidents"]
        if not incidents:
            calm_articles += 1
            calm_events += len(events)
        quotes = [_quote_span(article.body, i["evidence"]) if article else None for i in incidents]
        matched_by: dict[int, list] = {}
        for event in events:
            coded += 1
            hit = [k for k, incident in enumerate(incidents) if matches(event, incident, quotes[k])]
            if not hit:
                continue
            if all(incidents[k]["borderline"] for k in hit):
                neutral += 1
            else:
                hits += 1
            matched_events += 1
            best = next((k for k in hit if not incidents[k]["borderline"]), hit[0])
            matched_by.setdefault(best, []).append(event)
            typed += event.event_type == incidents[best]["event_type"]
            deaths += event.fatalities == incidents[best]["fatalities"]
        for k, incident in enumerate(incidents):
            if not incident["borderline"]:
                core += 1
                core_found += k in matched_by
                if item.get("language", "en").startswith("en"):
                    core_en += 1
                    core_en_found += k in matched_by
        found_incidents += len(matched_by)
    return {
        "precision": hits / max(coded - neutral, 1),
        "recall": core_found / max(core, 1),
        "recall_english": core_en_found / max(core_en, 1),
        "events_per_incident": matched_events / max(found_incidents, 1),
        "incidents_per_event": found_incidents / max(matched_events, 1),
        "type_of_matched": typed / max(matched_events, 1),
        "deaths_of_matched": deaths / max(matched_events, 1),
        "calm_article_events": calm_events / max(calm_articles, 1),
        "coded_events": float(coded),
    }


def _keyword_events(article) -> tuple:
    """The baseline: one event per sentence holding a violence word, typed by nothing."""
    from newsledger.events.records import Event, Evidence

    if article is None or not article.language.startswith("en"):
        return ()
    events = []
    for match in re.finditer(r"[^.!?\n]+[.!?]?", article.body):
        if _KEYWORDS.search(match.group(0)):
            events.append(Event(None, 3, "", "", None, None, None, None, None, None, None, None, None, None, 0, (),
                                None, (), "", Evidence(article.id, match.start(), match.end())))
    return tuple(events)


def run(corpus: Path) -> dict[str, float]:
    from newsledger.enrich.nlp import load_nlp
    from newsledger.enrich.pipeline import enrich
    from newsledger.events import with_events

    nlp = load_nlp()
    ours, baseline = [], []
    for item in load_gold():
        article = _article(corpus, item)
        events = with_events(enrich(article, nlp)).events if article is not None else ()
        ours.append((item, article, events))
        baseline.append((item, article, _keyword_events(article)))
    figures = score(ours)
    for split in ("tuning", "heldout"):
        part = score([x for x in ours if x[0]["split"] == split])
        figures.update({f"{split}_{k}": v for k, v in part.items() if k != "coded_events"})
    base = score(baseline)
    figures.update({f"baseline_keywords_{k}": base[k] for k in ("precision", "recall", "events_per_incident")})
    for split in ("tuning", "heldout"):      # the baseline beside each half's figures
        part = score([x for x in baseline if x[0]["split"] == split])
        figures.update({f"baseline_keywords_{split}_{k}": part[k] for k in ("precision", "recall", "events_per_incident")})
    return figures
