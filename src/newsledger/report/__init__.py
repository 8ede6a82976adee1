"""report: StoryBundle -> a self-contained HTML page or Markdown, every line citing its sentence."""
from __future__ import annotations

from .html import render_html
from .markdown import render_markdown

__all__ = ["render_html", "render_markdown", "render"]


def render(bundle, suffix: str, **kwargs) -> str:
    """Render by file suffix: ".md"/".markdown" -> Markdown, anything else -> HTML."""
    if suffix.lower() in (".md", ".markdown"):
        kwargs.pop("other_stories", None)
        return render_markdown(bundle, **kwargs)
    return render_html(bundle, **kwargs)
