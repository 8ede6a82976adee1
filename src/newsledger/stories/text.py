"""Small text helpers the stories stage shares: words, dates and outlet names.

Written by hand because they are a few lines each. Sentences are not split here: they are the
Analysis's (`Analysis.sentences`, from enrich.sentences).
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import PurePosixPath
from urllib.parse import urlparse

__all__ = ["words", "article_date", "outlet_name", "STOPWORDS"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)

STOPWORDS = frozenset("""
a about above after again against all also although am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my no nor not now of off on once only or other our ours out over own same she should so
some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your said
says say told according report reported reports new news one two three also year years week weeks
day days month months time times mr ms its it's would could may might since last first people
""".split())


def words(text: str) -> list[str]:
    """Lower-cased content words (no stopwords, no numbers, at least three letters)."""
    out = []
    for token in _WORD.findall(text.casefold()):
        token = token.strip("'’-")
        if len(token) >= 3 and token not in STOPWORDS:
            out.append(token[:-2] if token.endswith(("'s", "’s")) else token)
    return out


def article_date(article) -> date | None:
    """The day an article was published, or None when unknown."""
    published = getattr(article, "published", None)
    if not published or not published.iso:
        return None
    try:
        iso = published.iso[:10]
        if len(iso) == 7:
            iso += "-15"
        elif len(iso) == 4:
            iso += "-07-01"
        return date.fromisoformat(iso)
    except ValueError:
        return None


def outlet_name(article) -> str:
    """The page's outlet, else its host name, else "unknown outlet (file name)": never empty."""
    if getattr(article, "outlet", None):
        return article.outlet
    uri = getattr(article, "url", None) or (article.source or {}).get("uri", "") or ""
    host = urlparse(uri).hostname if "://" in uri else None
    if host:
        return host.removeprefix("www.")
    name = PurePosixPath(uri.replace("\\", "/")).name
    return f"unknown outlet ({name or article.id[:8]})"
