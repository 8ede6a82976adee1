"""stories: analysed articles -> stories across outlets, with syndication, aligned claims and framing.

    from newsledger.stories import analyse, bundle_stories
    bundles = bundle_stories([analyse(article) for article in articles], duplicates={copy_id: original_id})

`cluster` groups articles into stories, `syndication` says which pages are independent,
`claims` aligns claims (contradiction, evolution, corroboration by independent origin),
`framing` puts each outlet's word choices side by side; `pipeline` strings them together.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .records import Claim, ClaimGroup, FramingRow, Source, Story, StoryBundle

if TYPE_CHECKING:
    from .claims import align_claims, find_claims
    from .cluster import ClusterOptions, build_stories, cluster_docs
    from .framing import find_framing
    from .pipeline import analyse, bundle_stories
    from .syndication import sources_for

# The stages load on first use, not when a record type is imported.
_LAZY = {"align_claims": "claims", "find_claims": "claims", "ClusterOptions": "cluster",
         "build_stories": "cluster", "cluster_docs": "cluster", "find_framing": "framing",
         "analyse": "pipeline", "bundle_stories": "pipeline", "sources_for": "syndication"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["analyse", "bundle_stories", "build_stories", "cluster_docs", "ClusterOptions", "find_claims",
           "align_claims", "find_framing", "sources_for", "Story", "StoryBundle", "Claim", "ClaimGroup",
           "Source", "FramingRow"]
