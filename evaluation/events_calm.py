"""Calm pages: of the corpus pages whose text names no violence at all, how many yield an event.

"Names no violence" is decided here, independently of the coder's cue table: a page is calm when
none of its words starts with a stem of this evaluation's own violence lexicon (`_VIOLENCE`, a
broad list of words for violence, force, weapons, armed actors, casualties, crime and unrest,
written for this test and deliberately wider than anything the coder reads: "police", "arrest",
"prison", "war", "protest" all make a page non-calm). The pages are the article texts of every
set that holds them as text: aeb and the five extraction sets (their human-extracted bodies),
stories-googlenews, and attribution/train and dev. The calm pages are sampled by a hash of their
id (SAMPLE of them, all with NEWSLEDGER_EVAL_FULL=1), run through the real pipeline (enrich, then
events), and the figure is the share of them with no event (the issue asks at most 1% with one:
floor 0.99). The same-run baseline is a keyword coder over the coder's own cue table (any
sentence with a cue is an event), which shows how much of the calm text the cue words alone touch.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

NAME = "events_calm"
FLOORS: dict[str, float] = {"calm_pages_without_events": 0.99}
SAMPLE = 250
_VIOLENCE = re.compile(
    r"\b(?:kill|dead|death|deadl|die[ds]?\b|dying|murder|slay|slain|massacr|genocid|bomb|blast|explo|attack|assault|"
    r"war\b|wars\b|warfare|warring|battl|fight|combat|clash|shoot|shot|gun|rifle|weapon|arms\b|armed|missile|rocket|"
    r"shell|artiller|mortar|grenade|landmine|drone|airstrike|air strike|troop|soldier|army|armies|military|militia|"
    r"militant|rebel|insurg|terror|jihad|hostage|kidnap|abduct|hijack|wound|injur|casualt|violen|riot|protest|"
    r"demonstrat|raid|ambush|siege|invad|invasion|occup|execut|assassin|stab|torture|rape|police|arrest|detain|"
    r"prison|jail|coup|conflict|ceasefire|cease-fire|truce|refugee|victim|guerrill|crossfire|gunfire|firefight|"
    r"looted|looting|arson|burn|torch|beat|lynch|sniper|sabotag|offensive|strike)", re.I)


def _texts(corpus: Path):
    """(set, id, text) of every text-form article in the corpus."""
    truth = corpus / "aeb" / "ground-truth.json"
    if truth.exists():
        for key, item in json.loads(truth.read_text(encoding="utf-8")).items():
            yield "aeb", key, item.get("articleBody") or ""
    for folder in sorted((corpus / "extraction").glob("*")):
        truth = folder / "ground-truth.json"
        if truth.exists():
            for key, item in json.loads(truth.read_text(encoding="utf-8")).items():
                yield f"extraction/{folder.name}", key, item.get("articleBody") or ""
    pages = corpus / "stories-googlenews" / "pages.jsonl"
    if pages.exists():
        for line in pages.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield "stories-googlenews", record["id"], f"{record.get('title') or ''}\n\n{record.get('text') or ''}"
    for split in ("train", "dev"):
        for path in sorted((corpus / "attribution" / split / "text").glob("*.txt")):
            yield f"attribution/{split}", path.stem, path.read_text(encoding="utf-8", errors="replace")


def calm(text: str) -> bool:
    return bool(text.strip()) and _VIOLENCE.search(text) is None


def calm_pages(corpus: Path, sample: int | None = SAMPLE) -> tuple[list[tuple[str, str, str]], int, int]:
    """The sampled calm pages, and how many pages and calm pages there are in all."""
    every = list(_texts(corpus))
    quiet = [item for item in every if calm(item[2])]
    quiet.sort(key=lambda item: hashlib.sha1(f"{item[0]}/{item[1]}".encode()).hexdigest())
    return (quiet if sample is None else quiet[:sample]), len(every), len(quiet)


def run(corpus: Path) -> dict[str, float]:
    from newsledger.enrich.nlp import load_nlp
    from newsledger.enrich.pipeline import enrich
    from newsledger.events import with_events
    from newsledger.events.cues import find_cues
    from newsledger.extract.language import guess_language
    from newsledger.records import Article, content_id

    full = os.environ.get("NEWSLEDGER_EVAL_FULL") == "1"
    pages, total, quiet = calm_pages(corpus, None if full else SAMPLE)
    nlp = load_nlp()
    with_event = touched = 0
    for group, key, text in pages:
        article = Article(id=content_id(text), source={"uri": f"{group}/{key}", "format": "text"}, title=None,
                          outlet=None, credited_sources=(), byline=(), published=None,
                          language=guess_language(text), body=text)
        analysis = with_events(enrich(article, nlp))
        if analysis.events:
            with_event += 1
            print(f"  calm page with an event: {group}/{key}: {analysis.events[0].notes[:160]}")
        spans = analysis.sentences
        touched += any(find_cues(text[s:e]) for s, e in spans)
    n = max(len(pages), 1)
    return {
        "calm_pages_without_events": 1 - with_event / n,
        "baseline_cue_words_pages_without_events": 1 - touched / n,
        "calm_pages_scored": float(len(pages)),
        "calm_pages_in_corpus": float(quiet),
        "pages_in_corpus": float(total),
    }
