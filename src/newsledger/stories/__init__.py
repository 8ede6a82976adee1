"""stories: analysed articles -> stories across outlets, with syndication, aligned claims and framing.

    from newsledger.stories import analyse, bundle_stories
    bundles = bundle_stories([analyse(article) for article in articles], duplicates={copy_id: original_id})

`cluster` groups articles into stories, `syndication` says which pages are independent,
`claims` aligns claims (contradiction, evolution, corroboration by independent origin),
`framing` puts each outlet's word choices side by side; `pipeline` strings them together.
"""
from __future__ import annotations

from .claims import align_claims, find_claims
from .cluster import ClusterOptions, build_stories, cluster_docs
from .framing import find_framing
from .pipeline import analyse, bundle_stories
from .records import Claim, ClaimGroup, FramingRow, Source, Story, StoryBundle
from .syndication import sources_for

__all__ = ["analyse", "bundle_stories", "build_stories", "cluster_docs", "ClusterOptions", "find_claims",
           "align_claims", "find_framing", "sources_for", "Story", "StoryBundle", "Claim", "ClaimGroup",
           "Source", "FramingRow"]
