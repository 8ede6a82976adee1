"""HTML path: trafilatura for the body, our own readers for what it does not give."""
from __future__ import annotations

import trafilatura

from ..errors import ExtractionError
from ..options import ExtractOptions
from ..records import Article, RawDocument

__all__ = ["extract_html"]


def extract_html(raw: RawDocument, content: bytes, opts: ExtractOptions) -> Article:
    from . import build_article

    try:
        document = trafilatura.bare_extraction(content, url=raw.url, with_metadata=True)
    except Exception as exc:  # trafilatura raises assorted lxml and value errors
        raise ExtractionError(f"HTML could not be parsed: {exc}", uri=raw.uri, reason="unparseable") from exc
    if document is None or not document.text:
        raise ExtractionError("no article text found in the HTML", uri=raw.uri, reason="not_article: no_body")
    return build_article(raw, "html", document.text, title=document.title, outlet=document.sitename)
