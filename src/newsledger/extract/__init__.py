"""extract: RawDocument -> Article | Rejection.

`extract` checks the bytes (size, gzip, binary, empty, charset), decides whether the page is
HTML or a plain-text dump of a rendered page, and hands it to `html.extract_html` or
`text.extract_text`. Every failure comes back as a `Rejection` with a reason; nothing raises
past this function for a bad page, not even a fault of our own readers (`extractor_error`, which the
fuzz tests count as a failure).
"""
from __future__ import annotations

from ..errors import ExtractionError, InputError
from ..options import ExtractOptions
from ..records import Article, Published, RawDocument, Rejection, Removal, content_id, normalise_body
from .blocks import CJK, ends_sentence
from .detect import decode_text, looks_binary, sniff_format, unwrap
from .language import guess_language

__all__ = ["extract", "build_article", "content_length", "too_short_detail", "written_as_a_brief"]

_DEFAULT_OPTIONS = ExtractOptions()

# The acceptance rule (`ExtractOptions.min_body_chars`) is a length in characters of text written
# with spaces between words: 6.1 characters a word, its space included, in the human-selected bodies
# of the tuning sets (aeb 6.06, readability 6.12, cleaneval-dev 6.12). Chinese and Japanese write a
# word in one to three characters with no space, 2 on average as the dump reader counts them
# (`blocks`: a line's words), so one such character holds as much of the text as 6 / 2 = 3 spaced
# characters, and a 100-character Chinese brief is as long as a 300-character English one.
_SPACED_CHARS_PER_WORD = 6
_CJK_CHARS_PER_WORD = 2
_CJK_WEIGHT = _SPACED_CHARS_PER_WORD // _CJK_CHARS_PER_WORD


def content_length(body: str) -> int:
    """The length of `body` for the acceptance rule, in characters of spaced text: a Chinese or
    Japanese character counts as `_CJK_WEIGHT` (see above), every other character as one."""
    if body.isascii():
        return len(body)
    return len(body) + (_CJK_WEIGHT - 1) * len(CJK.findall(body))


def too_short_detail(body: str) -> str:
    """A too-short rejection's detail: the body's characters, and the length the rule counted
    (`content_length`) when Chinese or Japanese characters make it another."""
    counted = content_length(body)
    if counted == len(body):
        return f"{len(body)} characters of body"
    return f"{len(body)} characters of body ({counted} as the rule counts them, a Chinese or Japanese character as {_CJK_WEIGHT})"


_CLOSING = "'\"’”»)"      # quotation marks and brackets that close a paragraph after its last mark


def written_as_a_brief(body: str, opts: ExtractOptions) -> bool:
    """A body under the acceptance rule (`min_body_chars`) reads as a brief, not a teaser or a list
    of links: it has at least `min_brief_chars` and is written in sentences (it ends a sentence, not
    on a colon that announces what is missing nor cut short with an ellipsis as a teaser is, and
    most of it is in paragraphs that end one). Each path says what else makes the page one article
    (`html._a_brief`: the page's markup; `text`: a headline right over it)."""
    if content_length(body) < opts.min_brief_chars:
        return False
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    # a paragraph ending on a colon is prose (it introduces a quotation, `blocks.ends_sentence`),
    # but a text that ends on one announces what is missing
    if not paragraphs or not ends_sentence(paragraphs[-1]) or paragraphs[-1].rstrip(_CLOSING).endswith(":") \
            or any(p.rstrip(_CLOSING).endswith(("…", "...")) for p in paragraphs):     # cut short, as a teaser
        return False
    in_sentences = sum(len(p) for p in paragraphs if ends_sentence(p))
    return 2 * in_sentences > len(body)


def extract(raw: RawDocument, opts: ExtractOptions = _DEFAULT_OPTIONS) -> Article | Rejection:
    """Extract one article from one raw page, or say why not."""
    kind = "unknown"
    try:
        content = unwrap(raw.uri, raw.content, opts.max_bytes)
        binary = looks_binary(content)
        if binary:
            raise InputError(f"looks like {binary}, not a page", uri=raw.uri, reason="binary")
        kind = sniff_format(raw.uri, content)
        if kind == "html":
            from .html import extract_html

            article = extract_html(raw, content, opts)
        else:
            from .text import extract_text

            article = extract_text(raw, decode_text(raw.uri, content), opts)
    except (InputError, ExtractionError) as exc:
        return Rejection(raw.uri, exc.reason or "error", _detail(exc, raw.uri), kind)
    except Exception as exc:  # noqa: BLE001 - a reader's own fault on one page is recorded, never stops a batch
        first = (str(exc).splitlines() or [""])[0][:200]
        return Rejection(raw.uri, "extractor_error", f"{type(exc).__name__}: {first}" if first else type(exc).__name__,
                         kind)
    if len(article.body) > opts.max_body_chars:
        return Rejection(raw.uri, "not_article: too_long", f"{len(article.body):,} characters of body, over the limit "
                         f"of {opts.max_body_chars:,} (longer than any news article)", kind)
    return article


def _detail(exc: Exception, uri: str) -> str:
    text = str(exc)
    prefix = f"{uri}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def build_article(
    raw: RawDocument,
    source_format: str,
    body: str,
    *,
    title: str | None,
    outlet: str | None = None,
    credited_sources: tuple[str, ...] | list[str] = (),
    byline: tuple[str, ...] | list[str] = (),
    published: Published | None = None,
    removed: tuple[Removal, ...] | list[Removal] = (),
    language: str | None = None,
) -> Article:
    """Assemble an Article with a normalised body, its content id and a language guess."""
    body = normalise_body(body)
    if not body:
        raise ExtractionError("no article text found", uri=raw.uri, reason="not_article: no_body")
    container = raw.format_hint if raw.format_hint in ("warc", "jsonl", "feed") else source_format
    return Article(
        id=content_id(body),
        source={"uri": raw.url or raw.uri, "format": container},
        title=title.strip() if title else None,
        outlet=outlet,
        credited_sources=tuple(dict.fromkeys(credited_sources)),
        byline=tuple(dict.fromkeys(byline)),
        published=published,
        language=language or guess_language(body),
        body=body,
        removed=tuple(removed),
        url=raw.url,
    )
