"""The HTML path's output, byte for byte, before and after a change that should not alter it.

A speed-up of the HTML path must give the same articles. This reads every HTML page of the corpus
(AEB and the `dates` set with their URLs, the tuning and held-out extraction sets) through
`extract` and keeps a digest of each field of each result, or of a rejection's reason and detail
and the date `published_from_html` reads from the rejected page (the dates evaluation scores it):
the same digests, comparison and command line as `_text_identity`. Only digests are kept, and
only whether they match is printed: no held-out page is looked at.

    python -m bench._html_identity --against main        # this checkout's src against main's
    python -m bench._html_identity --write digests.json  # this checkout's digests alone

It exits 1 on any difference and names the pages and fields that differ. (About 2,700 pages:
a few minutes on an idle machine.)
"""
from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ._text_identity import main, read_all

_EXTRACTION_SETS = ("cleaneval-dev", "readability", "cleaneval-final", "cleanportaleval", "dragnet")


def _pages(corpus: Path) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every HTML page, in a fixed order; the URL where the set gives one."""
    for folder, truth in (("aeb", "ground-truth.json"), ("dates", "gold.json"),
                          *((f"extraction/{name}", "ground-truth.json") for name in _EXTRACTION_SETS)):
        urls = {}
        truth_file = corpus / folder / truth
        if truth_file.exists():
            for key, item in json.loads(truth_file.read_text(encoding="utf-8")).items():
                if item.get("url"):                      # aeb: page id -> {url}
                    urls[key] = item["url"]
                elif item.get("file"):                   # dates: url -> {file}
                    urls[item["file"].removesuffix(".html")] = key
        for path in sorted((corpus / folder / "html").glob("*.html.gz")):
            stem = path.name.removesuffix(".html.gz")
            yield f"{folder}/{path.name}", gzip.decompress(path.read_bytes()), urls.get(stem)


def _published_of_html(raw: object) -> object:
    from newsledger.extract.html import published_from_html

    return published_from_html(raw.content, raw.url)  # type: ignore[attr-defined]


def digests(corpus: Path) -> dict[str, dict[str, str]]:
    return read_all(_pages(corpus), _published_of_html)


if __name__ == "__main__":
    sys.exit(main("bench._html_identity", digests, __doc__ or "", "pages"))
