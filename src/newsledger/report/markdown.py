"""The situation report as Markdown, for pasting into a brief.

Each line cites its source as [A2 s14]: article 2 of the story's source list, sentence 14 of its
body as numbered in the HTML report's appendix. Pipes and brackets from page text are escaped so
a hostile page cannot break the tables or inject links.
"""
from __future__ import annotations

import re

from ..stories.records import StoryBundle
from .common import Refs, amount, article_day, chain_text, disputed_figure, incidents_of

__all__ = ["render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def _md(text: str | None) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def render_markdown(bundle: StoryBundle, *, generated: str | None = None) -> str:
    refs = Refs(bundle)
    story = bundle.story
    outlets = list(dict.fromkeys(s.outlet for s in bundle.sources))
    lines = [f"# {_md(story.title)}", "",
             f"*{_md(story.label)} · {story.first or 'undated'} – {story.last or 'undated'} · "
             f"{len(bundle.analyses)} article(s) from {len(outlets)} outlet(s)*", ""]
    if generated:
        lines += [f"Generated {generated} by newsledger.", ""]
    lines += _findings(bundle, refs) + _timeline(bundle)
    lines += ["## Claims", ""]
    for group in bundle.claim_groups:
        lines.append(f"### {group.verdict.upper()}: {_md(group.subject)}")
        lines.append(f"{_md(group.note)} (independent origins: {len(group.origins)})")
        lines.append("")
        for claim in group.claims:
            stance = "denies: " if claim.polarity < 0 and claim.value is not None else ""
            hedges = f" — hedged: {_md(', '.join(claim.hedges))}" if claim.hedges else ""
            lines.append(f"- {claim.date or 'undated'}: {stance}**{_md(amount(claim))}** — "
                         f"{_md(claim.claimant or '(unnamed)')}"
                         + (f" via {_md(claim.channel)}" if claim.channel else "")
                         + f"; chain: {_md(chain_text(claim.chain))}{hedges} [{refs.label(claim.evidence)}]")
        lines.append("")
    if not bundle.claim_groups:
        lines += ["No claims about territory, casualties or encirclement were found.", ""]
    lines += _events(bundle, refs) + _framing(bundle, refs) + _sources(bundle)
    return "\n".join(lines).rstrip() + "\n"


def _events(bundle: StoryBundle, refs: Refs) -> list[str]:
    """The coded incidents, as the HTML report's table: one row each, citing every report."""
    from ..stories.records import SentenceRef

    if not bundle.events:
        return []
    lines = ["## Coded events", "", "| Date | Type | Sub-type | Actor 1 | Actor 2 | Location | Fatalities | Claimant "
             "| Chain | Reports |", "|---|---|---|---|---|---|---|---|---|---|"]
    for incident in incidents_of(bundle):
        event = incident.event
        cells = (event.event_date, event.event_type, event.sub_event_type, event.actor1, event.actor2, event.location,
                 str(event.fatalities), event.claimant, chain_text(tuple(event.source)))
        cites = " ".join(f"[{refs.label(SentenceRef(r.article_id, r.start, r.end))}]" for r in incident.reports)
        lines.append("| " + " | ".join(_md(c) for c in cells) + f" | {cites} |")
    return lines + [""]


def _findings(bundle: StoryBundle, refs: Refs) -> list[str]:
    lines = []
    for group in bundle.claim_groups:
        if group.verdict in ("contradicted", "evolving", "corroborated"):
            cite = " ".join(dict.fromkeys(f"[{refs.label(c.evidence)}]" for c in group.claims[:4]))
            lines.append(f"- **{group.verdict}** — {_md(group.subject)}: {_md(group.note)} {cite}")
        for claim in group.claims:
            if disputed_figure(claim):
                lines.append(f"- **disputed figure** — {_md(amount(claim))} ({_md(group.subject)}), claimed by "
                             f"{_md(claim.claimant or claim.origin)}; hedged: {_md(', '.join(claim.hedges))} "
                             f"[{refs.label(claim.evidence)}]")
    for row in bundle.framing:
        if row.differs:
            choices = "; ".join(f"{_md(t.outlet)}: {_md(t.variant)} [{refs.label(t.evidence)}]" for t in row.terms)
            lines.append(f"- **framing** — {_md(row.concept)}: {choices}")
    return (["## Key findings", ""] + lines + [""]) if lines else []


def _timeline(bundle: StoryBundle) -> list[str]:
    source_of = {s.article_id: s for s in bundle.sources}
    lines = ["## Timeline", ""]
    for n, analysis in enumerate(bundle.analyses, 1):
        outlet = source_of[analysis.article.id].outlet if analysis.article.id in source_of else ""
        lines.append(f"- {article_day(analysis)} — A{n} {_md(outlet)}: “{_md(analysis.article.title or 'untitled')}”")
    return lines + [""]


def _framing(bundle: StoryBundle, refs: Refs) -> list[str]:
    if not bundle.framing:
        return []
    outlets = list(dict.fromkeys(s.outlet for s in bundle.sources))
    lines = ["## Framing", "", "| Concept | " + " | ".join(_md(o) for o in outlets) + " |",
             "|---" * (len(outlets) + 1) + "|"]
    for row in bundle.framing:
        cells = []
        for outlet in outlets:
            terms = [t for t in row.terms if t.outlet == outlet]
            cells.append(", ".join(f"{_md(t.variant)} ×{t.count} [{refs.label(t.evidence)}]" for t in terms))
        mark = " (differs)" if row.differs else ""
        lines.append(f"| {_md(row.concept)}{mark} | " + " | ".join(cells) + " |")
    return lines + [""]


def _sources(bundle: StoryBundle) -> list[str]:
    lines = ["## Sources", ""]
    by_id = {a.article.id: (n, a) for n, a in enumerate(bundle.analyses, 1)}
    for source in bundle.sources:
        n, analysis = by_id[source.article_id]
        credits = f"; credits {_md(', '.join(source.credits))}" if source.credits else ""
        copy = "; near copy of another page" if source.copy_of else ""
        status = "independent" if source.independent else f"relays {_md(source.origin)}"
        lines.append(f"- A{n}: {_md(source.outlet)}, “{_md(analysis.article.title or 'untitled')}”, "
                     f"{article_day(analysis)}{credits}{copy} ({status}) — {_md(analysis.article.source.get('uri', ''))}")
    return lines + [""]
