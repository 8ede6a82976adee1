"""The analyses (enrich and events together), before and after a change that should not alter them.

A change to how the analysis runs (memory zones, caches, workers) must give the same analyses.
This extracts the AEB pages (HTML and text dumps) and the Google News stories' texts, analyses
them as `newsledger run` does (`store.analyses.analyse_all`: parsed and event-coded on forked
workers), and keeps per article a digest of its whole
stored analysis (entities, quotes, figures, places, dates, sentences, events, control claims), or
of the rejection. Only digests are kept, and only whether they match is printed (tuning sets).

    PYTHONPATH=/path/to/other/checkout/src python -m bench._analysis_identity --write before.json
    PYTHONPATH=src python -m bench._analysis_identity --before before.json

It exits 1 on any difference and names the pages that differ. (About 650 articles: a few minutes
on an idle machine.)
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ._nlp_identity import main as identity_main


def _pages(corpus: Path) -> Iterator[tuple[str, object]]:
    """(name, page) in a fixed order: a path for a saved page, a str for a story's text."""
    for folder in ("aeb/html", "aeb/dumps"):
        for path in sorted((corpus / folder).iterdir()):
            yield f"{folder}/{path.name}", path
    with open(corpus / "stories-googlenews" / "pages.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("text"):
                yield f"googlenews/{row['id']}", f"{row['title']}\n\n{row['text']}\n"


def digests(corpus: Path) -> dict[str, str]:
    from newsledger.library import extract
    from newsledger.records import Rejection
    from newsledger.store.analyses import analyse_all

    found: dict[str, str] = {}
    names, articles = [], []
    for name, page in _pages(corpus):
        article = extract(page)
        if isinstance(article, Rejection):
            found[name] = "rejected by extract"
            continue
        names.append(name)
        articles.append(article)
    for name, result in zip(names, analyse_all(articles, processes=2), strict=True):
        kept = repr(result) if isinstance(result, Rejection) else json.dumps(result.to_json_dict(), sort_keys=True)
        found[name] = hashlib.sha256(kept.encode("utf-8")).hexdigest()
    return found


if __name__ == "__main__":
    sys.exit(identity_main("python -m bench._analysis_identity", __doc__, digests, "pages analysed"))
