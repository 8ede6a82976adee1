"""The baseline of `python -m bench throughput`: a bare loop of trafilatura plus spaCy's full
English pipeline over the same pages, as a process of its own (`python -m bench._bare_loop FOLDER`).
HTML pages (.html, .htm, .gz) go through `trafilatura.extract`; text files are taken as they are;
the texts are parsed with `nlp.pipe` (batches of 16) by the same model newsledger loads.

With `--one-blas-thread`, numpy's BLAS (OpenBLAS) runs one thread instead of one per core: in a
single process that parses, its idle threads spin and add about a tenth to the CPU the loop
spends, which newsledger's forked workers do not pay (`python -m bench throughput` prints the
ratio to both loops).
"""
from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path


def texts(folder: Path):
    import trafilatura

    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        if path.name.endswith((".html", ".htm", ".html.gz", ".htm.gz")) or data.lstrip()[:1] == b"<":
            text = trafilatura.extract(data.decode("utf-8", errors="replace"))
        else:
            text = data.decode("utf-8", errors="replace")
        if text:
            yield text


def main() -> int:
    if "--one-blas-thread" in sys.argv[2:]:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"          # read when numpy is first imported, below
    import spacy

    from newsledger.enrich.nlp import MODEL

    nlp = spacy.load(MODEL)
    count = sum(1 for _ in nlp.pipe(texts(Path(sys.argv[1])), batch_size=16))
    print(count, "texts parsed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
