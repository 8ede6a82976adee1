"""What `newsledger run`'s own process keeps as it analyses: a closer look than `scale_corpus`.

Analyses N pages (default 500: the AEB HTML pages, then the extraction sets' HTML pages, as
`scale_corpus` orders its distinct files) as `run` does (`store.analyses.analyse_all` on 2 forked
workers, which code the events too) and prints, after the first article and every 100th:
this process's RSS, the lexemes and strings of the shared spaCy vocabulary, the entries of the
lemmatizer's cache (`enrich.nlp.lemma`) and the objects the collector tracks. Pages are extracted
here too, one at a time. Nothing of any page is printed.

    PYTHONPATH=src python -m bench._run_process_growth [N]
"""
from __future__ import annotations

import gc
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from .__main__ import CORPUS


def _articles(corpus: Path, count: int) -> Iterator:
    import newsledger
    from newsledger.records import Rejection

    paths = sorted(corpus.glob("aeb/html/*.html.gz")) + sorted(corpus.glob("extraction/*/html/*.html.gz"))
    kept = 0
    for path in paths:
        article = newsledger.extract(path)
        if isinstance(article, Rejection):
            continue
        yield article
        kept += 1
        if kept >= count:
            return


def _rss_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
    return -1


def _report(done: int) -> None:
    from newsledger.enrich.nlp import _LEMMATIZERS, load_nlp

    nlp = load_nlp()
    lemmatizer = _LEMMATIZERS.get(id(nlp.vocab))
    cached = len(lemmatizer.cache) if lemmatizer is not None else -1
    print(f"{done:6d} articles  RSS {_rss_mb():5d} MB  lexemes {sum(1 for _ in nlp.vocab):7d}  "
          f"strings {len(nlp.vocab.strings):7d}  lemmatizer cache {cached:6d}  gc objects {len(gc.get_objects()):8d}",
          flush=True)


def main() -> int:
    from newsledger.store.analyses import analyse_all

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    started, done = time.perf_counter(), 0
    for done, _ in enumerate(analyse_all(_articles(CORPUS, count), processes=2), 1):
        if done == 1 or done % 100 == 0:
            _report(done)
    _report(done)
    print(f"{time.perf_counter() - started:.0f} s wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
