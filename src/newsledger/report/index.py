"""The index of every story in a ledger: size, dates, outlets, origins and label, each row linking
to the story's own report. HTML (self-contained, the report's stylesheet) or Markdown.

Every piece of page text is escaped: titles and outlet names come from hostile pages.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from ..stories.records import StoryBundle
from .style import CSS

__all__ = ["render_index", "report_name"]

_INDEX_CSS = """
td.num{text-align:right;white-space:nowrap}td.when{white-space:nowrap}
td .label{display:block;color:var(--muted);font-size:12.5px}
td .sid{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:11.5px;min-width:0}
"""


def report_name(story_id: str, suffix: str) -> str:
    """File name of a story's report beside the index."""
    return f"story-{story_id}{suffix}"


def _row_facts(bundle: StoryBundle) -> tuple[list[str], int, str]:
    outlets = list(dict.fromkeys(s.outlet for s in bundle.sources if not s.outlet.startswith("unknown outlet")))
    unknown = sum(1 for s in bundle.sources if s.outlet.startswith("unknown outlet"))
    if unknown:
        outlets.append(f"{unknown} page(s) of unknown outlet")
    origins = len({source.origin.casefold() for source in bundle.sources})
    story = bundle.story
    if story.first and story.last and story.first != story.last:
        dates = f"{story.first} – {story.last}"
    else:
        dates = story.first or "undated"
    return outlets, origins, dates


def render_index(bundles: Sequence[StoryBundle], suffix: str, *, generated: str | None = None,
                 notes: Mapping[str, str] | None = None) -> str:
    """The index page; `suffix` (".html" or ".md") chooses the format of the page and of its links.
    `notes` are short remarks by story id (e.g. "merged with 3f2a…")."""
    if suffix.lower() in (".md", ".markdown"):
        return _markdown(bundles, suffix, generated, notes or {})
    return _html(bundles, suffix, generated, notes or {})


def _html(bundles: Sequence[StoryBundle], suffix: str, generated: str | None, notes: Mapping[str, str]) -> str:
    rows = []
    for n, bundle in enumerate(bundles, 1):
        story = bundle.story
        outlets, origins, dates = _row_facts(bundle)
        note = f'<span class="label">{escape(notes[story.id])}</span>' if story.id in notes else ""
        rows.append(
            f"<tr><td class=\"num\">{n}</td>"
            f'<td><a href="{escape(report_name(story.id, suffix))}">{escape(story.title)}</a>'
            f'<span class="label">{escape(story.label)}</span>{note}</td>'
            f'<td class="num">{len(bundle.analyses)}</td><td class="num">{origins}</td>'
            f'<td>{escape(", ".join(outlets))}</td><td class="when">{escape(dates)}</td>'
            f'<td><span class="sid">{escape(story.id)}</span></td></tr>')
    articles = sum(len(b.analyses) for b in bundles)
    several = sum(1 for b in bundles if len(b.analyses) > 1)
    meta = (f"{len(bundles)} stories from {articles} article(s); {several} reported by more than one page"
            + (f" · generated {generated}" if generated else ""))
    table = ("<table><thead><tr><th>#</th><th>Story</th><th>Articles</th><th>Origins</th><th>Outlets</th>"
             f"<th>Dates</th><th>Id</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>All stories · newsledger</title><style>{CSS}{_INDEX_CSS}</style></head><body><main>"
            '<header><p class="kicker">newsledger · index of stories</p><h1>All stories</h1>'
            f'<p class="meta">{escape(meta)}</p>'
            '<p class="meta">Largest first. Origins: independent sources (a copy or a page crediting another '
            "outlet counts for that outlet). Each title opens the story's report.</p></header>"
            f"{table}</main></body></html>\n")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(bundles: Sequence[StoryBundle], suffix: str, generated: str | None, notes: Mapping[str, str]) -> str:
    lines = ["# All stories", ""]
    if generated:
        lines += [f"Generated {generated}.", ""]
    lines += ["| # | Story | Articles | Origins | Outlets | Dates | Id |", "|---|---|---|---|---|---|---|"]
    for n, bundle in enumerate(bundles, 1):
        story = bundle.story
        outlets, origins, dates = _row_facts(bundle)
        title = _cell(story.title).replace("[", "\\[").replace("]", "\\]")
        about = _cell(story.label) + (f"; {_cell(notes[story.id])}" if story.id in notes else "")
        lines.append(f"| {n} | [{title}]({report_name(story.id, suffix)}) — {about} | {len(bundle.analyses)} | "
                     f"{origins} | {_cell(', '.join(outlets))} | {dates} | `{story.id}` |")
    return "\n".join(lines) + "\n"
