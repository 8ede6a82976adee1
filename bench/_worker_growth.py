"""Whether a worker of `run` grows on the same work: one process doing what each forked worker does
(`enrich.pipeline._enrich_batch` on batches of 8, the events coded after each batch's zone, the
C heap trimmed), over the first N AEB HTML pages (default 150), then over the same articles again,
each with one synthetic sentence added as `bench.scale_corpus` writes its pages again, as many
passes as asked (default 3). Printed per pass: this process's RSS after the first, the largest
and the last batch, and its private dirty memory at the end of the pass. Flat: the second and
later passes no larger than the first. Nothing of any page is printed.

    PYTHONPATH=src python -m bench._worker_growth [N] [PASSES]
"""
from __future__ import annotations

import dataclasses
import gc
import sys
import time
from pathlib import Path

from .__main__ import CORPUS

_SENTENCE = "Officials gave a further update, number {n}, later that day."      # synthetic


def _status(field: str, name: str = "status") -> int:
    """A field of /proc/self/status (or smaps_rollup), in MB."""
    for line in Path(f"/proc/self/{name}").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    return -1


def main() -> int:
    import newsledger
    from newsledger.enrich import pipeline
    from newsledger.enrich.nlp import load_nlp
    from newsledger.events import with_events
    from newsledger.records import Rejection

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    articles = []
    for path in sorted(CORPUS.glob("aeb/html/*.html.gz")):
        article = newsledger.extract(path)
        if not isinstance(article, Rejection):
            articles.append(article)
        if len(articles) >= count:
            break
    nlp = load_nlp()
    pipeline._warm_up(nlp, with_events)           # as before the fork
    gc.freeze()
    started = time.process_time()
    for n in range(passes):
        batch = articles if n == 0 else [
            dataclasses.replace(a, id=f"{a.id}-again{n}", body=f"{a.body}\n\n{_SENTENCE.format(n=n)}") for a in articles]
        sizes = []
        for start in range(0, len(batch), 8):
            pipeline._enrich_batch(batch[start:start + 8], nlp, with_events)
            sizes.append(_status("VmRSS"))
        print(f"pass {n + 1}: RSS after a batch: first {sizes[0]} MB, largest {max(sizes)} MB, last {sizes[-1]} MB; "
              f"private dirty {_status('Private_Dirty', 'smaps_rollup')} MB; CPU {time.process_time() - started:.0f} s",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
