"""enrich: Article -> Analysis (entities, quotes and claims, figures, places, dates).

    from newsledger.enrich import enrich, load_nlp
    analysis = enrich(article, load_nlp())

Heavy modules (spaCy, the gazetteer) load only when these names are first used.
"""
from __future__ import annotations

from typing import Any

__all__ = ["enrich", "enrich_doc", "enrich_many", "load_nlp"]


def __getattr__(name: str) -> Any:
    if name in ("enrich", "enrich_doc", "enrich_many"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "load_nlp":
        from .nlp import load_nlp

        return load_nlp
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
