"""Plain-text path: a line-block boilerplate classifier for dumps of rendered pages."""
from __future__ import annotations

from ..options import ExtractOptions
from ..records import Article, RawDocument

__all__ = ["extract_text"]


def extract_text(raw: RawDocument, text: str, opts: ExtractOptions) -> Article:
    from . import build_article

    lines = [line for line in text.splitlines() if line.strip()]
    title = lines[0].strip() if lines else None
    return build_article(raw, "text", text, title=title)
