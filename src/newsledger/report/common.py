"""What the HTML and Markdown reports share: sentence ids, amounts, dates, outlet chains."""
from __future__ import annotations

import bisect

from ..stories.records import Claim, SentenceRef, StoryBundle

__all__ = ["Refs", "amount", "chain_text", "article_day", "disputed_figure", "incidents_of"]


class Refs:
    """Maps evidence offsets to citable ids: article n (1-based, story order) and sentence m."""

    def __init__(self, bundle: StoryBundle):
        self.number = {a.article.id: n for n, a in enumerate(bundle.analyses, 1)}
        self.sentences = bundle.sentences
        self._starts = {aid: [s for s, _ in spans] for aid, spans in bundle.sentences.items()}

    def sentence_index(self, ref: SentenceRef) -> int | None:
        starts = self._starts.get(ref.article_id)
        if not starts:
            return None
        index = bisect.bisect_right(starts, ref.start) - 1
        return index + 1 if index >= 0 else None

    def anchor(self, ref: SentenceRef) -> str:
        article = self.number.get(ref.article_id, 0)
        sentence = self.sentence_index(ref)
        return f"a{article}-s{sentence}" if sentence else f"a{article}"

    def label(self, ref: SentenceRef) -> str:
        article = self.number.get(ref.article_id, 0)
        sentence = self.sentence_index(ref)
        return f"A{article}" + (f" s{sentence}" if sentence else "")


# Hedges that put a figure itself in doubt (the hedge lexicon's words, as enrich.hedges reports them).
_DOUBTING = ("disput", "contested", "verif", "confirm")   # "unverifiable", "could not be independently confirmed"


def disputed_figure(claim: Claim) -> bool:
    """A figure its own text puts in doubt ("12,000 ... figures are disputed and unverifiable"): both
    renderings list it among the key findings."""
    return claim.value is not None and any(word in hedge for hedge in claim.hedges for word in _DOUBTING)


def amount(claim: Claim) -> str:
    """"~10 settlements", "46% of the territory", "12,000 people", or the claim's words."""
    if claim.value is None:
        return claim.text
    value = f"{claim.value:,.0f}" if claim.value == int(claim.value) else f"{claim.value:,}"
    unit = {"percent": "%", "km2": " km²", "settlement": " settlements", "person": " people"}.get(
        claim.unit or "", f" {claim.unit}" if claim.unit else "")
    return ("~" if claim.approx else "") + value + unit


def chain_text(chain: tuple[str, ...]) -> str:
    """Claimant first, page last: "Institute for the Study of War → The Washington Post → Al Mayadeen English".

    Names come cleaned from the stage that found them; each is shown once.
    """
    return " → ".join(dict.fromkeys(name for name in chain if name))


def article_day(analysis) -> str:
    published = analysis.article.published
    return published.iso[:10] if published else "undated"


def incidents_of(bundle: StoryBundle) -> tuple:
    """The story's events merged into incidents (events/incidents.py): copies and other outlets'
    reports of one incident are one row, citing every report. Reports of different articles must
    agree as much as reports of different stories do (a town, or a division and a toll): a story
    of a war holds many incidents of a kind a day, and a wrong merge would drop one incident's dead
    (on UCDP Ukraine's tuning rows, merging by the looser in-story rule kept 0.58 of its merged
    pairs right, the stricter one 0.65; `python -m evaluation incidents`)."""
    from ..events.incidents import merge_incidents

    return merge_incidents(bundle.events)
