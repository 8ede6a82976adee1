"""One options object per stage, passed down instead of keyword flags."""
from __future__ import annotations

from dataclasses import dataclass

from . import __version__

__all__ = ["ExtractOptions", "FetchOptions", "DEFAULT_USER_AGENT", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_ELEMENTS", "DEFAULT_MAX_LINES", "DEFAULT_MAX_BODY_CHARS"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# trafilatura's time grows with the square of a page's element count (20,000 elements: ~6 s,
# 40,000: ~20 s on the 2-core CI machine); the largest of 981 real news pages in the shared corpus
# has 7,588, so 25,000 leaves room for long live blogs and bounds one page to about ten seconds
DEFAULT_MAX_ELEMENTS = 25_000
# the text path's budget, in lines: the longest of 362 text dumps in the shared corpus has 1,167
# lines; each line costs about a kilobyte of classifier state, so 50,000 bound a page to ~50 MB
DEFAULT_MAX_LINES = 50_000
# no news article is this long: two million characters are about 300,000 words, several times a
# long live blog (the longest page in the shared corpus is under 500 KB of HTML). A body beyond it
# is a book, a log or a data dump; storing it would take several copies of it at once (its JSON,
# SQLite's bound value and record), so it is rejected before it is signed or stored
DEFAULT_MAX_BODY_CHARS = 2_000_000


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    max_bytes: int = DEFAULT_MAX_BYTES     # larger inputs are rejected as "too_large"
    max_elements: int = DEFAULT_MAX_ELEMENTS   # HTML with more elements is rejected as "too_complex"
    max_lines: int = DEFAULT_MAX_LINES         # text dumps with more lines are rejected as "too_complex"
    min_body_chars: int = 250              # shorter bodies are "not_article: too_short" (a CJK character counts as 3: `extract.content_length`)
    min_brief_chars: int = 150             # ...unless the page holds a brief in sentences: marked as one article (`html._a_brief`) or right under its headline in a dump (`text._a_brief`)
    max_body_chars: int = DEFAULT_MAX_BODY_CHARS   # longer bodies are "not_article: too_long"
    keep_removed: bool = True              # record what boilerplate was cut, and why
    default_language: str = "en"


DEFAULT_USER_AGENT = f"newsledger/{__version__} (+https://github.com/newsledger/newsledger)"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How `ingest.fetch` reads URLs (here, not there, so that reading files and folders does not
    load the HTTP client to build the options it hands on)."""

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0                  # read time-out, per socket operation (seconds)
    connect_timeout: float = 10.0
    deadline: float = 60.0                 # whole request, against servers that drip bytes
    max_bytes: int = DEFAULT_MAX_BYTES     # bodies larger than this are "too_large"
    per_host_delay: float = 1.0            # least seconds between two requests to one host
    retries: int = 2                       # extra attempts after a 5xx, 429 or time-out
    backoff: float = 1.0                   # first retry waits this long, then twice as long...
    max_retry_wait: float = 60.0           # cap on any one wait (Retry-After included)
    max_redirects: int = 5
    respect_robots: bool = True
    offline: bool = False                  # never touch the network: every URL is a Rejection
