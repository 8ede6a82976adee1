"""The baseline of `python -m bench throughput`: a bare loop of trafilatura plus spaCy's full
English pipeline over the same pages, as a process of its own (`python -m bench._bare_loop FOLDER`).
HTML pages (.html, .htm, .gz) go through `trafilatura.extract`; text files are taken as they are;
the texts are parsed with `nlp.pipe` (batches of 16) by the same model newsledger loads.
"""
from __future__ import annotations

import gzip
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
    import spacy

    from newsledger.enrich.nlp import MODEL

    nlp = spacy.load(MODEL)
    count = sum(1 for _ in nlp.pipe(texts(Path(sys.argv[1])), batch_size=16))
    print(count, "texts parsed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
