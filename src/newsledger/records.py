"""Frozen records that flow between stages, and their JSON form (the output contract).

The JSON names follow `DESIGN.md`; fields may be added, never renamed. Records are plain frozen
dataclasses with slots; conversion to and from JSON happens only through `to_json_dict` and the
`from_json_dict` class methods, at the edges (CLI, store, API).
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "SourceFormat",
    "RawDocument",
    "Published",
    "Removal",
    "Article",
    "Rejection",
    "content_id",
    "normalise_body",
    "to_json_dict",
]

SourceFormat = Literal["html", "text", "warc", "jsonl", "feed"]
Precision = Literal["minute", "day", "month", "year"]


def to_json_dict(record: Any) -> Any:
    """Turn a record (or a list/tuple/dict of records) into JSON-ready values."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_json_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_json_dict(item) for item in record]
    if isinstance(record, dict):
        return {key: to_json_dict(value) for key, value in record.items()}
    return record


_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BLANKS = re.compile(r"\n\s*\n+")
# anything normalise_body would change in an NFC text: a character _SPACE folds, two spaces, a
# lone line break, a blank line of more than one break, white space at either end of a paragraph
# (`_is_normal`: the tests one at a time, each a fast scan; as one alternation, the engine tried
# every branch at every character, 1% of the text path)
_ODD_SPACE = re.compile(r"[\r\t\u00a0\u2009\u202f]")
_ODD_BREAK = re.compile(r"\n(?:(?<=[^\n]\n)(?=[^\n])|\n\s|(?<=\s\n)\n)")   # lone, or beside more white space


def _is_normal(text: str) -> bool:
    return not (_ODD_SPACE.search(text) or "  " in text or _ODD_BREAK.search(text)
                or text[:1].isspace() or text[-1:].isspace())


def normalise_body(text: str) -> str:
    """NFC, one space between words, paragraphs separated by exactly one blank line."""
    if unicodedata.is_normalized("NFC", text) and _is_normal(text):
        return text                # already so (extract's bodies are): no copies of a big page
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [_SPACE.sub(" ", p).strip() for p in _BLANKS.split(text)]
    paragraphs = [" ".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs]
    return "\n\n".join(p for p in paragraphs if p)


def content_id(text: str) -> str:
    """Stable id of a body: sha256 of its normalised, case-folded words (first 16 bytes, hex)."""
    # the same bytes as hashing " ".join(folded.split()), fed 64 KB at a time (cut at white space,
    # which for str.split and re's \s is the same set of characters): the list of words of a 19 MB
    # page took 235 MB, and a word at a time cost 4% of the text path. normalise_body changes only
    # white space, so the words are those of the NFC text: no second normalisation of a body
    folded = unicodedata.normalize("NFC", text).casefold()
    digest, separator, start = hashlib.sha256(), b"", 0
    while start < len(folded):
        cut = _SPACE_CHAR.search(folded, start + _STRETCH) if start + _STRETCH < len(folded) else None
        end = cut.start() if cut else len(folded)
        words = folded[start:end].split()
        if words:
            digest.update(separator + " ".join(words).encode("utf-8"))
            separator = b" "
        start = end + 1 if cut else end
    return digest.hexdigest()[:32]


_SPACE_CHAR = re.compile(r"\s")
_STRETCH = 1 << 16


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes of one page as it came in, with where it came from. Made only by `ingest`."""

    uri: str                              # file path or URL the bytes were read from
    content: bytes
    format_hint: SourceFormat | None = None   # container it came in ("warc", "jsonl", "feed"), or None
    url: str | None = None                # original URL of the page, when known (WARC, JSONL, feed)
    fetched_at: str | None = None         # ISO 8601, when known
    warc_record_id: str | None = None
    media_type: str | None = None         # Content-Type as declared by the container or server


@dataclass(frozen=True, slots=True)
class Published:
    iso: str                              # "2024-09-12", "2024-10-25T21:49", "2024-10"
    precision: Precision
    evidence: str                         # the string or markup the date was read from
    inferred: bool = False                # True when completed from context (weekday, body)


@dataclass(frozen=True, slots=True)
class Removal:
    text: str
    reason: str                           # "navigation", "ticker", "related", "footer", ...


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: dict[str, str]                # {"uri": ..., "format": "html"|"text"|...}
    title: str | None
    outlet: str | None
    credited_sources: tuple[str, ...]
    byline: tuple[str, ...]
    published: Published | None
    language: str
    body: str
    removed: tuple[Removal, ...] = ()
    url: str | None = None

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Article:
        published = data.get("published")
        return cls(
            id=data["id"],
            source=dict(data["source"]),
            title=data.get("title"),
            outlet=data.get("outlet"),
            credited_sources=tuple(data.get("credited_sources") or ()),
            byline=tuple(data.get("byline") or ()),
            published=Published(**published) if published else None,
            language=data.get("language") or "en",
            body=data["body"],
            removed=tuple(Removal(**r) for r in data.get("removed") or ()),
            url=data.get("url"),
        )


_ESCAPE_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(9), *range(10, 32), *range(127, 160)]} | {0x2028: "\\u2028", 0x2029: "\\u2029"}


@dataclass(frozen=True, slots=True)
class Rejection:
    """A page that did not become an article, and why. Counted and reported, never dropped."""

    uri: str
    reason: str                           # "binary", "empty", "undecodable", "too_large", "not_article: too_short"
    detail: str = ""
    source_format: str | None = None

    def message(self) -> str:
        """The one-line error shown to a person: control characters in a name or detail (a file
        name holding a newline) are escaped, so no input can forge another error line."""
        text = f"{self.uri}: {self.reason}" + (f" ({self.detail})" if self.detail else "")
        return text.translate(_ESCAPE_CONTROLS)
