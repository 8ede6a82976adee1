"""The situation report as one self-contained HTML page: no network, no CDN, no remote fonts.

Inline CSS and SVG only (no JavaScript is needed). Every claim, framing term and event links to
the sentence it came from in the appendix, where each article's sentences carry ids (a2-s14).
Every piece of page text is escaped: pages are hostile input.
"""
from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Any

from ..stories.records import Claim, ClaimGroup, StoryBundle
from .common import Refs, amount, article_day, chain_text, disputed_figure, incidents_of
from .svg import VERDICT_COLOURS, map_svg, timeline_svg
from .style import CSS

__all__ = ["render_html"]

_VERDICT_TEXT = {"contradicted": "Contradicted", "evolving": "Evolving",
                 "corroborated": "Corroborated by independent origins", "single": "Single origin"}


_METHOD = (
    "<ul class=\"method\">"
    "<li><b>Claims</b> about the same subject (place, kind, side) are grouped. <b>Contradiction</b>: one claimant "
    "asserts and a different, named claimant denies or disputes. <b>Evolution</b>: the figures change between claims "
    "made on different days, which is not a contradiction. <b>Corroborated</b>: two or more independent origins "
    "agree.</li>"
    "<li>An <b>origin</b> is the first-hand claimant, else the outlet a page credits; a page that credits another "
    "outlet or copies another page relays it and is not counted again. The <b>outlet chain</b> runs from the "
    "claimant to the page you read.</li>"
    "<li><b>Hedges</b> are the words with which the text itself distances itself from a claim "
    "(claims, disputed, unverifiable, may have).</li>"
    "<li>Citations such as <span class=\"cite\">A2 s6</span> point to article 2, sentence 6 in the appendix, "
    "where the sentence is highlighted. Framing counts words outside quotation marks only.</li></ul>")


def render_html(bundle: StoryBundle, *, generated: str | None = None, other_stories: int = 0) -> str:
    refs = Refs(bundle)
    story = bundle.story
    sections = [
        _header(bundle, generated, other_stories),
        _findings(bundle, refs),
        _section("Timeline", "timeline", _timeline(bundle, refs)),
        _section("Map", "map", _map(bundle, refs)),
        _section("Claims", "claims", _claims(bundle, refs)),
        _section("Framing", "framing", _framing(bundle, refs)),
        _section("Sources", "sources", _sources(bundle, refs)),
        _section("Coded events", "events", _events(bundle, refs)) if bundle.events else "",
        _section("How to read this report", "method", _METHOD),
        _section("Appendix: articles sentence by sentence", "appendix", _appendix(bundle)),
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
            f"<title>{escape(story.title)} · newsledger report</title><style>{CSS}</style></head>"
            f"<body><main>{''.join(sections)}</main></body></html>\n")


def _section(title: str, anchor: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{body}</section>'


def _link(refs: Refs, ref) -> str:
    return f'<a class="cite" href="#{refs.anchor(ref)}">{escape(refs.label(ref))}</a>'


def _header(bundle: StoryBundle, generated: str | None, other_stories: int) -> str:
    story = bundle.story
    outlets = list(dict.fromkeys(s.outlet for s in bundle.sources))
    dates = f"{story.first} – {story.last}" if story.first and story.first != story.last else (story.first or "undated")
    more = f" · {other_stories} other stories in this ledger" if other_stories else ""
    return (f'<header><p class="kicker">newsledger situation report · story {escape(story.id)}</p>'
            f"<h1>{escape(story.title)}</h1>"
            f'<p class="meta">{escape(story.label)} · {escape(dates)} · {len(bundle.analyses)} article(s) from '
            f"{len(outlets)} outlet(s): {escape(', '.join(outlets))}{escape(more)}</p>"
            + (f'<p class="meta">Generated {escape(generated)}</p>' if generated else "") + "</header>")


def _findings(bundle: StoryBundle, refs: Refs) -> str:
    items = []
    for group in bundle.claim_groups:
        if group.verdict in ("contradicted", "evolving", "corroborated"):
            items.append(f'<li><span class="badge {group.verdict}">{_VERDICT_TEXT[group.verdict]}</span> '
                         f'<a href="#{_group_anchor(group)}">{escape(group.subject)}</a>: {escape(group.note)}</li>')
    for group in bundle.claim_groups:
        for claim in group.claims:
            if disputed_figure(claim):
                items.append(f'<li><span class="badge hedged">Disputed figure</span> {escape(amount(claim))} '
                             f"({escape(group.subject)}), claimed by {escape(claim.claimant or claim.origin)}; "
                             f"hedged: {escape(', '.join(claim.hedges))} {_link(refs, claim.evidence)}</li>")
    framing = [row for row in bundle.framing if row.differs]
    for row in framing[:4]:
        choices = "; ".join(f"{t.outlet}: {t.variant}" for t in _main_terms(row))
        items.append(f'<li><span class="badge framing">Framing</span> {escape(row.concept)}: {escape(choices)}</li>')
    if not items:
        return _section("Key findings", "findings", '<p class="muted">No aligned claims in this story.</p>')
    return _section("Key findings", "findings", f'<ul class="findings">{"".join(items)}</ul>')


def _group_anchor(group: ClaimGroup) -> str:
    return "claim-" + "".join(ch if ch.isalnum() else "-" for ch in group.subject.lower())[:60]


def _timeline(bundle: StoryBundle, refs: Refs) -> str:
    lanes: dict[str, list] = defaultdict(list)
    source_of = {s.article_id: s for s in bundle.sources}
    for n, analysis in enumerate(bundle.analyses, 1):
        article = analysis.article
        outlet = source_of[article.id].outlet if article.id in source_of else f"A{n}"
        day = article.published.iso[:10] if article.published else None
        lanes[outlet].append((day, f"A{n}: {article.title or 'untitled'}", f"#a{n}", "#2c3e50"))
    for group in bundle.claim_groups:
        for claim in group.claims:
            if claim.value is not None or group.verdict == "contradicted":
                label = f"{claim.claimant or claim.origin}: {amount(claim)}" + (" (disputes)" if claim.polarity < 0 else "")
                lanes[claim.outlet or "unknown"].append(
                    (claim.date, label, f"#{refs.anchor(claim.evidence)}", VERDICT_COLOURS[group.verdict]))
    legend = "".join(f'<span class="key"><i style="background:{c}"></i>{escape(_VERDICT_TEXT[v])}</span>'
                     for v, c in VERDICT_COLOURS.items() if v != "single")
    return timeline_svg(list(lanes.items())) + f'<p class="legend"><span class="key"><i style="background:#2c3e50"></i>article</span>{legend}</p>'


def _map(bundle: StoryBundle, refs: Refs) -> str:
    places = {p.name: (p.name, p.lat, p.lon, p.mentions, f"#a{refs.number.get(p.article_id, 1)}")
              for p in bundle.map_places}
    note = ""
    if bundle.map_places and all(p.geocoded_by == "gazetteer" for p in bundle.map_places):
        note = '<p class="muted">Only the places named in claim subjects are shown (geocoded with the gazetteer).</p>'
    return map_svg(list(places.values())) + note


def _claims(bundle: StoryBundle, refs: Refs) -> str:
    if not bundle.claim_groups:
        return '<p class="muted">No claims about territory, casualties or encirclement were found.</p>'
    return "".join(_group_html(group, refs) for group in bundle.claim_groups)


def _group_html(group: ClaimGroup, refs: Refs) -> str:
    rows = "".join(_claim_row(claim, refs) for claim in group.claims)
    return (f'<div class="group" id="{_group_anchor(group)}"><h3><span class="badge {group.verdict}">'
            f"{_VERDICT_TEXT[group.verdict]}</span> {escape(group.subject)}</h3>"
            f'<p class="note">{escape(group.note)} · independent origins: {len(group.origins)}</p>'
            '<table><thead><tr><th>Date</th><th>Claim</th><th>Claimant</th><th>Channel</th>'
            f"<th>Outlet chain</th><th>Hedges</th><th>Source</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _claim_row(claim: Claim, refs: Refs) -> str:
    stance = '<span class="denies">denies: </span>' if claim.polarity < 0 and claim.value is not None else ""
    disputed = f' <span class="denies">(disputed by {escape(claim.disputed_by)})</span>' if claim.disputed_by else ""
    hedges = ", ".join(claim.hedges)
    return (f"<tr><td>{escape(claim.date or 'undated')}</td><td>{stance}{escape(amount(claim))}{disputed}</td>"
            f"<td>{escape(claim.claimant or '(unnamed)')}</td><td>{escape(claim.channel or '')}</td>"
            f'<td class="chain">{escape(chain_text(claim.chain))}</td>'
            f'<td class="hedge">{escape(hedges)}</td><td>{_link(refs, claim.evidence)}</td></tr>')


def _main_terms(row):
    best: dict[str, Any] = {}
    for term in row.terms:
        if term.outlet not in best or term.count > best[term.outlet].count:
            best[term.outlet] = term
    return list(best.values())


def _framing(bundle: StoryBundle, refs: Refs) -> str:
    if not bundle.framing:
        return '<p class="muted">None of the curated word choices appear in these articles.</p>'
    outlets = list(dict.fromkeys(s.outlet for s in bundle.sources))
    head = "".join(f"<th>{escape(o)}</th>" for o in outlets)
    rows = []
    for row in bundle.framing:
        cells = []
        for outlet in outlets:
            terms = [t for t in row.terms if t.outlet == outlet]
            cells.append("<td>" + "<br>".join(f"{escape(t.variant)} ×{t.count} {_link(refs, t.evidence)}"
                                              for t in terms) + "</td>")
        mark = ' class="differs"' if row.differs else ""
        rows.append(f"<tr{mark}><th>{escape(row.concept)}</th>{''.join(cells)}</tr>")
    return (f'<p class="muted">Words outside quotation marks; highlighted rows differ between outlets.</p>'
            f"<table><thead><tr><th>Concept</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _sources(bundle: StoryBundle, refs: Refs) -> str:
    by_id = {a.article.id: (n, a) for n, a in enumerate(bundle.analyses, 1)}
    rows = []
    for source in bundle.sources:
        n, analysis = by_id[source.article_id]
        copy = f"near copy of A{by_id[source.copy_of][0]}" if source.copy_of in by_id else (
            "near copy of a page outside this story" if source.copy_of else "")
        status = "independent" if source.independent else "relays " + source.origin
        rows.append(f'<tr><td><a href="#a{n}">A{n}</a></td><td>{escape(source.outlet)}</td>'
                    f"<td>{escape(analysis.article.title or 'untitled')}</td><td>{escape(article_day(analysis))}</td>"
                    f"<td>{escape(', '.join(source.credits))}</td><td>{escape(status)}"
                    f"{(' · ' + escape(copy)) if copy else ''}</td></tr>")
    return ("<table><thead><tr><th>#</th><th>Outlet</th><th>Title</th><th>Published</th><th>Credits</th>"
            f"<th>Independence</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _events(bundle: StoryBundle, refs: Refs) -> str:
    """One row per incident (the reports of one incident merged), citing every report's sentence."""
    from ..stories.records import SentenceRef

    rows = []
    for incident in incidents_of(bundle):
        event = incident.event
        cites = " ".join(_link(refs, SentenceRef(r.article_id, r.start, r.end)) for r in incident.reports)
        rows.append(f"<tr><td>{escape(event.event_date or '')}</td><td>{escape(event.event_type)}</td>"
                    f"<td>{escape(event.sub_event_type)}</td><td>{escape(event.actor1 or '')}</td>"
                    f"<td>{escape(event.actor2 or '')}</td><td>{escape(event.location or '')}</td>"
                    f"<td>{event.fatalities}</td><td>{escape(event.claimant or '')}</td>"
                    f'<td class="chain">{escape(chain_text(tuple(event.source)))}</td><td>{cites}</td></tr>')
    return ("<table><thead><tr><th>Date</th><th>Type</th><th>Sub-type</th><th>Actor 1</th><th>Actor 2</th>"
            "<th>Location</th><th>Fatalities</th><th>Claimant</th><th>Chain</th><th>Reports</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _appendix(bundle: StoryBundle) -> str:
    parts = []
    source_of = {s.article_id: s for s in bundle.sources}
    for n, analysis in enumerate(bundle.analyses, 1):
        article = analysis.article
        spans = bundle.sentences.get(article.id, ())
        sentences = "".join(f'<li id="a{n}-s{m}"><a class="sid" href="#a{n}-s{m}">s{m}</a> '
                            f"{escape(article.body[s:e])}</li>" for m, (s, e) in enumerate(spans, 1))
        uri = (article.source or {}).get("uri", "")
        outlet = source_of[article.id].outlet if article.id in source_of else ""
        parts.append(f'<article id="a{n}"><h3>A{n} · {escape(article.title or "untitled")}</h3>'
                     f'<p class="meta">{escape(outlet)} · {escape(article_day(analysis))} · id {escape(article.id)}'
                     f" · {escape(uri)}</p><ol class=\"sentences\">{sentences}</ol></article>")
    return "".join(parts)
