"""What trafilatura's precision pass drops from inside an article, given back.

The HTML path runs trafilatura with `favor_precision` (see `html.extract_body`): it trims a page's
edges better than the plain pass, and costs recall in two ways that have nothing to do with edges.
Both are undone here on the page's own tree, without a second trafilatura pass. Written by hand:
trafilatura has no option for either.

- `keep_tails`: the precision pass deletes an empty element (an icon's <i>, an empty <span> or <p>,
  a <div> that only held an image) together with its tail, the text that follows it up to the
  next element ("<i class=icon></i> The council met on Monday."); the plain pass keeps that text.
  Each textless element's tail is moved onto the element before it (or its parent's text), where
  it reads the same and no deletion takes it.
- `keep_inline_words`: the precision pass deletes elements whose class or id says "link" or
  "bottom", or whose style draws a border, to cut link boxes and page-bottom chrome; a <span> of
  that kind inside a paragraph is words of its sentence (a site marking its in-text links), and
  deleting it leaves a sentence with a hole. Such spans are unwrapped, their words kept in place
  (trafilatura strips every <span> tag anyway).
- `linked_subheadings`: the precision pass deletes a heading that is mostly a link, which is what
  a teaser's headline looks like, but also an article's own subheading when it links to its
  subject (a product, a report, a place). A heading mostly made of a link that stands between two
  paragraphs trafilatura kept, in the order it kept them, and not in a side box, navigation,
  footer, form or figure, is the article's subheading and is put back where it stands.
Measured on the tuning sets (`evaluation/extraction.py`; see the commit for the figures).

`keep_tails` and `keep_inline_words` change the tree they are given, in place: the caller's own
parse (`html.extract_body` says why that is safe for its readers). Each element that stays keeps
its text content; only where a tail hangs moves, and an unwrapped span's words join its parent.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

__all__ = ["keep_tails", "keep_inline_words", "linked_subheadings"]

# the tags trafilatura's clean-up deletes when empty (trafilatura.settings.CUT_EMPTY_ELEMS)
_EMPTIED = ("article", "b", "blockquote", "dd", "div", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "i",
            "li", "main", "p", "pre", "q", "section", "span", "strong")


def keep_tails(tree: Any) -> None:
    """Move the tail of each element without text onto the element before it, or into its
    parent's text (as trafilatura's plain pass does when it deletes the element), in place.
    The page's text and its order are unchanged; only where the text hangs moves."""
    for element in tree.iter(_EMPTIED):
        tail = element.tail
        if not tail or tail.isspace() or _has_text(element):
            continue
        parent = element.getparent()
        if parent is None:
            continue
        before = element.getprevious()
        if before is None:
            parent.text = (parent.text or "") + tail
        else:
            before.tail = (before.tail or "") + tail
        element.tail = None


def _has_text(element: Any) -> bool:
    if element.text and not element.text.isspace():
        return True
    return any(not text.isspace() for child in element for text in child.itertext())


# the markers of trafilatura's precision-only discard (trafilatura.xpaths.PRECISION_DISCARD_XPATH)
_DISCARDED_NAME = re.compile(r"(?:^|\s)bottom|bottom(?:\s|$)|(?:^|\s)link(?:\s|$)")


def keep_inline_words(tree: Any) -> None:
    """Unwrap the <span>s inside a paragraph that the precision pass would delete for their class,
    id or style (see the module docstring), in place. The page's text is unchanged."""
    spans = [span for span in tree.iterfind(".//p//span") if _discarded(span)]
    for span in spans:
        span.drop_tag()


def _discarded(element: Any) -> bool:
    return any(_DISCARDED_NAME.search(element.get(name) or "") for name in ("id", "class")) or \
        "border" in (element.get("style") or "")


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = ("p", "li", "blockquote", "pre", "dd", "dt", "td", "th") + _HEADINGS
_OUTSIDE = frozenset(("aside", "nav", "footer", "form", "figure"))
# A box of other stories, named so by its class or id: "related-stories", "read-more", "promo", ...
_OTHER_STORIES = re.compile(r"related|read-?more|more-?(?:stories|news|articles)|teaser|promo|recommend|"
                            r"sidebar|widget|outbrain|taboola", re.I)
_LINK_SHARE = 0.8           # trafilatura's own measure of a link-dense element
_HEADING_MAX_CHARS = 150
_SPACES = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold()).strip()[:80]


def linked_subheadings(tree: Any, text: str) -> str:
    """`text` (trafilatura's body of the page `tree`) with the headings put back that are mostly
    a link and stand between two of its paragraphs (see the module docstring)."""
    lines = text.split("\n")
    line_of: dict[str, int] = {}
    for index, line in enumerate(lines):
        key = _key(line)
        if len(key) >= 3:
            line_of.setdefault(key, index)
    if not any(_linked_heading(h) for h in tree.iter(_HEADINGS)):
        return text
    kept: list[tuple[int, int]] = []          # (position in the page, line of the body)
    missing: list[tuple[int, str]] = []
    seen: set[str] = set()
    for position, element in enumerate(tree.iter(_BLOCKS)):
        words = _SPACES.sub(" ", element.text_content()).strip()
        key = _key(words)
        if not key:
            continue
        found = line_of.get(key)
        if found is not None:
            if key not in seen:
                seen.add(key)
                kept.append((position, found))
        elif element.tag in _HEADINGS and _linked_heading(element, words):
            missing.append((position, words))
    inserted: dict[int, list[str]] = {}
    positions = [position for position, _ in kept]
    for position, words in missing:
        after = bisect.bisect_left(positions, position)
        if 0 < after < len(kept) and kept[after][1] > kept[after - 1][1]:
            inserted.setdefault(kept[after][1], []).append(words)
    if not inserted:
        return text
    out: list[str] = []
    for index, line in enumerate(lines):
        out.extend(inserted.get(index, ()))
        out.append(line)
    return "\n".join(out)


def _linked_heading(heading: Any, words: str | None = None) -> bool:
    """A heading of at most `_HEADING_MAX_CHARS`, mostly link text, outside side boxes,
    navigation, footers, forms, figures and boxes of other stories."""
    links = heading.findall(".//a")
    if not links:
        return False
    if words is None:
        words = _SPACES.sub(" ", heading.text_content()).strip()
    if not words or len(words) > _HEADING_MAX_CHARS:
        return False
    linked = sum(len(_SPACES.sub(" ", a.text_content()).strip()) for a in links)
    return linked > _LINK_SHARE * len(words) and not any(
        a.tag in _OUTSIDE or _OTHER_STORIES.search(f"{a.get('class', '')} {a.get('id', '')}")
        for a in heading.iterancestors())
