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
these) and for its held-out part (`heldout_*`: pages of the held-out extraction sets, measured,
never tuned on; two of them were seen while tuning, see the gold README). The same-run baseline is a keyword coder: every sentence with a
violence word is an event (its precision and events per incident show what incident-level coding
has to beat).
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
    # Each lowering of a floor below its earlier value says its reason below. The first were lowered only
    # because the gold grew (the coder did not fall):
    # the tuning split grew from 29 to 51 articles in three batches of attribution/train labelled by hand
    # (see the gold README). 0.990 tuning precision was measured on 12 scored events; on the 68-article
    # set, main before this session's second aspect change measured precision 0.589 (tuning 0.720, held
    # out 0.484) and recall 0.556 (tuning 0.515; the third batch's two core incidents are told with
    # words the cue table lacks: a slaughter dated by an hour of its day, an attack dated by a possessive weekday),
    # after it 0.600 (tuning 0.750, held out 0.484), recall unchanged. With the trigger readings of issue 10's
    # recall round (bombs went off, a dated act noun, massacre/mass shooting, gains, fatalities, marched down,
    # invaded): precision 0.629 (tuning 0.774), recall 0.667 (tuning 0.697); held out unchanged. With "three
    # fatalities" read as dead and a crowd after "by" as the agent: 0.635 (tuning 0.781), recall 0.685 (0.727).
    # With a victims-only mention of another claimant merged (merging._names_a_side): 0.667 (tuning 0.806).
    # Floors: measured minus ~0.01.
    # Recall floors LOWERED (0.675 -> 0.657, tuning 0.717 -> 0.687) by the audit fix that puts a dated act
    # noun back behind the violence gate (people as victims, an armed actor, dead of its own or a war
    # context): "Sunday's attack in Orlando" alone had been let through by its day, and so were calm
    # texts ("Monday's attack on the budget ... in Ottawa", "Tuesday's slaughter of 300 sheep at the
    # abattoir"). That one tuning core incident was the only one the bypass found, so the floor was
    # fitted to the bug; main before the fix, same run: recall 0.685 (tuning 0.727), after 0.667 (0.697);
    # held out unchanged.
    # Issue 10's precision round: the gold grew to 74 articles (6 more tuning articles of attribution/train,
    # labelled before the coder ran on them) and the aspect rules of that round (past perfect, a year of
    # the act's own, a person's relative clause, words between people, an earlier month, ...): precision /
    # recall on the 74 articles 0.662/0.702 -> 0.717/0.702, tuning 0.750/0.722 -> 0.818/0.722, held out
    # 0.552/0.667 -> 0.593/0.667 (main before the round, same run, same gold).
    # Issue 10's second precision round: the gold grew to 89 articles (15 more tuning articles ABOUT wars outside
    # Ukraine, the US and Europe, labelled before the coder ran on them: 9 with no incident, 6 with only
    # borderline ones, see the gold README's sixth batch). They add false positives and no core incident, so
    # main's coder measured on the grown gold fell (precision 0.717 -> 0.606, tuning 0.818 -> 0.614) with no
    # change to the coder; these two floors are LOWERED for that reason only. The aspect and time rules of the
    # round then raised tuning precision 0.614 -> 0.730 (overall 0.606 -> 0.672), and with the participle of
    # consequence to 0.750 (overall 0.683), recall and held-out figures unchanged (tuning recall 0.722, events
    # per incident 1.028; held out 0.593/0.667/1.105). Floors: measured minus ~0.01.
    # LOWERED (precision 0.673 -> 0.646, tuning 0.740 -> 0.720) by the audit fix F5/F6/F12 (a time told from
    # another, "the following day", is read once in events/when.py and resolved against the narrative's last
    # time, not against any year named anywhere before; an undated paragraph is today's news unless it goes on
    # with the one before it): the round's rule had dropped today's news after any background paragraph. The
    # one tuning event it lost again is the Benghazi page's "The following day, ... the CIA base came under
    # mortar fire" (its anchor is three paragraphs up, past undated paragraphs that open passages of their
    # own). Measured 0.656 / tuning 0.730 (recall and events per incident unchanged).
    # RAISED (0.646 -> 0.667, tuning 0.720 -> 0.784) by issue 10's third precision round (session evprec): a
    # person's own attacks are words (complements.a_persons_own), a death word naming a kind of thing is no death
    # (complements.names_a_kind), "the following day" follows the last day the article named (newsness._last_day):
    # measured 0.677 / tuning 0.794 (three calm-article false positives of the tuning half gone); recall,
    # events per incident and the held-out half unchanged. Then 0.689 / tuning 0.818 once a bare participle
    # after "and" shares its partner's past perfect (aspect._left_conjunct). Floors: measured minus ~0.01.
    # RAISED (0.679 -> 0.690, tuning 0.808 -> 0.861) once two claimants telling one side's act are one incident
    # (merging._one_account): measured 0.700 / tuning 0.871.
    # RAISED (0.690 -> 0.702) by issue 10's fourth precision round (session evprec): an inverted condition, an act
    # in a denied clause, people identified by an act in a phrase about others (plural too), an act put years back
    # ("years ago", "in the 1990s", "five years since", an anniversary of it) tell no incident: measured 0.712;
    # tuning figures unchanged (0.871 / 0.722 / 1.028).
    # RAISED (0.702 -> 0.719, tuning 0.861 -> 0.893) once a definite count of the dead in a phrase about others
    # ("families of the 12 victims shot on Monday") is given, not reported, whatever day it names: measured
    # 0.729 / tuning 0.903; held out unchanged (0.536).
    "precision": 0.719,
    # tuning RAISED 0.893 -> 0.956 (measured 0.966 minus 0.01, session 12) once an undated act in the writer's
    # block of history (a life or a group told in earlier years, no source's words) is background; held out
    # unchanged (0.536)
    # LOWERED 0.956 -> 0.931 (measured 0.941) only because the gold grew (session gold2's seventh batch: 15 more
    # tuning articles of attribution/train, labelled before the coder ran on them; see the gold README): main's
    # coder, unchanged, scores 0.800 on the 15 alone (a headline's deaths the body dates years back)
    "tuning_precision": 0.931,
    # RAISED (recall 0.692 -> 0.709, tuning 0.712 -> 0.740) once a non-finite act with a day of its own is told
    # whatever present of state stands above it ("the war goes on, with rebels seizing two towns over the
    # weekend", aspect._verb_with_a_day): measured 0.719 / tuning 0.750; held out unchanged (0.667).
    "recall": 0.709,
    # LOWERED 0.740 -> 0.728 (measured 0.738) for the same reason: the seventh batch's two misses (acts named
    # only by a noun, the subject of "were unfolding" and the object of "reacted to") with the coder unchanged
    "tuning_recall": 0.728,
    # 0.909 once places resolve by the article's country (issue 10 item 5): two events of one held-out
    # article, located in Belarus before, now match their incident in Pakistan (precision 0.471 -> 0.490);
    # 0.914 once an arrest after a protest is the protest's intervention; 0.935 on the 63- and 68-article sets;
    # 0.948 on the 89-article set (issue 10's second precision round); RAISED 0.938 -> 0.953 once a definite
    # description of an act ("the toll from Thursday's bombing") joins the incident told before it (measured 0.963;
    # the change is in the held-out half, tuning unchanged at 0.974)
    "incidents_per_event": 0.953,
    # held-out half (measured, never tuned on)
    # 0.556 once a time told from another is dated from its anchor (F12: one held-out protest told "that
    # morning" after the page's "Today" is dated to that day, precision 1 instead of the report's week);
    # LOWERED from 0.583 for that reason, measured only;
    # LOWERED 0.546 -> 0.526 (measured 0.536) by the rule that a merged incident keeps its defining
    # mention's type (a mention with no day of its own only tells more of it and cannot retype it, unless
    # the incident was typed from its dead alone): a principled change, decided on the tuning half, where
    # every figure is unchanged (precision 0.730, recall 0.722, events per incident 1.028, type of matched
    # 0.676); the held-out half is measured, not chosen by: its type of matched rose 0.850 -> 0.895 and one
    # incident there is now told as two events (precision 0.556 -> 0.536, events per incident 1.053 -> 1.056).
    # LOWERED 0.526 -> 0.507 (measured 0.517) by the rule that two claimants who name the same side acting (or
    # the same two sides in either order) report one incident (merging._one_account), decided on the tuning half:
    # tuning precision 0.818 -> 0.871 (two mentions of an attack told by another speaker no longer coded apart),
    # type of matched 0.730 -> 0.757, recall 0.722 and events per incident 1.028 unchanged. Held out (measured,
    # not chosen by): events per incident 1.111 -> 1.062, precision 0.533 -> 0.517 (16/30 -> 15/29: false positives
    # stay 14: an event that matched an incident now joins another event. The held-out events per incident had
    # risen 1.056 -> 1.111 at 6066bfd, which coded one more mention of an incident already found (bisected on
    # that aggregate figure alone); whether this merge is that same pair is not read from per-item output).
    # RAISED 0.507 -> 0.526 by the fourth precision round (measured 0.536; held-out events per incident 1.062 ->
    # 1.133, recall unchanged; measured once, aggregate only)
    "heldout_precision": 0.526,      # 0.593 with issue 10's precision rounds (first and second); 0.517 once a mention naming only the victims joins another claimant's incident; 0.484 with the aspect rules of issue 10's second gold round (0.469 before)
    "heldout_recall": 0.657,         # 0.667 once the headline's reduced passive names the victim (global engineer)
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
