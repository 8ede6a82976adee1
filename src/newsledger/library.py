"""The Python API: one function per command, on the same records the CLI prints.

    import newsledger, pathlib
    article = newsledger.extract(pathlib.Path("page.html").read_bytes(), url="https://example.org/a")
    analysis = newsledger.analyze(article)            # entities, quotes, figures, places, dates, events
    events = newsledger.code_events(analysis)          # ACLED-coded events
    stories = newsledger.build_stories([analysis])     # stories with aligned claims
    html = newsledger.render(stories[0], "html")       # the situation report
    newsledger.run(["pages/"], "report.html")          # all of it, as `newsledger run`

Each function checks the type of what it is given and raises `InputError` naming what it got
and what it takes. A page that holds no article is not an exception: `extract` returns a
`Rejection` saying why, as the CLI prints it. The stages stay pure: only `extract` (given a
path), `Ledger` and `run` touch files.
"""
from __future__ import annotations

import os
from dataclasses import replace
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError, InputError
from .options import ExtractOptions
from .records import Article, RawDocument, Rejection

if TYPE_CHECKING:      # the later stages' records and the store load with the function that takes them
    from .enrich.records import Analysis
    from .events.records import Event
    from .store import Ledger as _StoreLedger
    from .stories.records import StoryBundle

__all__ = ["extract", "analyze", "code_events", "build_stories", "render", "Ledger", "run"]

_FORMATS = {"html": ".html", "htm": ".html", "markdown": ".md", "md": ".md"}


def _kind(value: object) -> str:
    return type(value).__name__


def extract(source: str | bytes | os.PathLike[str] | RawDocument, url: str | ExtractOptions | None = None,
            options: ExtractOptions | None = None) -> Article | Rejection:
    """The article in one page: HTML or a plain-text dump of a rendered page, told apart by its bytes.

    `source` is the page itself (`bytes`, or `str` for its text), a path to a saved page
    (`pathlib.Path`; a `str` is always read as the page's text, never as a file name), or a
    `RawDocument`. A path is read as `newsledger ingest` reads it: the file's modification time
    (when it was saved) is its fetch time, which bounds a dateline printed without a year. `url` is where the page lives, used for its outlet and kept on the article
    (`extract(raw, options)`, the extract stage's own form, is read as options).

    >>> import newsledger, pathlib
    >>> page = pathlib.Path("examples/pages/01_steppe_observer_vovchansk.html").read_bytes()
    >>> newsledger.extract(page).title
    'Russia claims gains in Vovchansk as Kyiv denies encirclement'

    A page that holds no article comes back as a `Rejection` with its reason
    ("not_article: too_short", "binary", ...). Anything but the four kinds of source raises
    `InputError`.
    """
    if isinstance(url, ExtractOptions) and options is None:    # the stage's own call: extract(raw, opts)
        url, options = None, url
    if url is not None and not isinstance(url, str):
        raise InputError(f"extract() takes the url as a str, not {_kind(url)}", reason="wrong_type")
    if options is not None and not isinstance(options, ExtractOptions):
        raise InputError(f"extract() takes options as ExtractOptions, not {_kind(options)}", reason="wrong_type")
    return _extract_stage(_raw(source, url), options or ExtractOptions())


def _raw(source: object, url: str | None) -> RawDocument:
    if isinstance(source, RawDocument):
        return source
    if isinstance(source, bytes | bytearray | memoryview):
        return RawDocument(url or "<bytes>", bytes(source), url=url)
    if isinstance(source, str):
        return RawDocument(url or "<text>", source.encode("utf-8"), url=url)
    if isinstance(source, os.PathLike):
        from .ingest.files import read_file      # as `ingest` reads it: the save time is the fetch time

        raw = read_file(Path(source))
        if isinstance(raw, Rejection):
            raise InputError(f"cannot read the page ({raw.detail})", uri=raw.uri, reason="unreadable")
        return replace(raw, url=url) if url is not None else raw
    raise InputError(f"extract() takes the page as bytes, str, a path or a RawDocument, not {_kind(source)}",
                     reason="wrong_type")


def _extract_stage(raw: RawDocument, options: ExtractOptions) -> Article | Rejection:
    from .extract import extract as extract_page

    return extract_page(raw, options)


def analyze(article: Article | Rejection) -> Analysis:
    """Entities, quotes with stance, figures with claimant, places, dates, sentences, and coded events.

    >>> import newsledger, pathlib
    >>> article = newsledger.extract(pathlib.Path("examples/pages/01_steppe_observer_vovchansk.html"))
    >>> analysis = newsledger.analyze(article)
    >>> analysis.quotes[0].speaker
    'Russian defense ministry'

    Loads the English language model on first use (a second or two).
    """
    if isinstance(article, Rejection):
        raise InputError(f"analyze() takes an Article; extract() rejected this page: {article.message()}",
                         uri=None, reason="wrong_type")
    if not isinstance(article, Article):
        raise InputError(f"analyze() takes an Article (from newsledger.extract), not {_kind(article)}",
                         reason="wrong_type")
    from .enrich import enrich
    from .events import with_events

    return with_events(enrich(article))


def code_events(analysis: Analysis) -> tuple[Event, ...]:
    """The conflict events an analysed article reports, in ACLED's taxonomy.

    >>> import newsledger, pathlib
    >>> article = newsledger.extract(pathlib.Path("examples/pages/01_steppe_observer_vovchansk.html"))
    >>> [e.event_type for e in newsledger.code_events(newsledger.analyze(article))][:1]
    ['Battles']
    """
    from .enrich.records import Analysis

    if not isinstance(analysis, Analysis):
        raise InputError(f"code_events() takes an Analysis (from newsledger.analyze), not {_kind(analysis)}",
                         reason="wrong_type")
    if analysis.events:
        return tuple(analysis.events)
    from .events import code_events as code

    return code(analysis)


def build_stories(analyses: Iterable[Analysis], duplicates: dict[str, str] | None = None) -> list[StoryBundle]:
    """Analysed articles grouped into stories, largest first, each with its sources, aligned
    claims (corroborated, contradicted, evolving, single origin), framing, events and map.

    `duplicates` maps a copy's article id to its original's (as the ledger links them).

    >>> import newsledger, pathlib
    >>> pages = sorted(pathlib.Path("examples/pages").glob("*.html"))
    >>> stories = newsledger.build_stories(newsledger.analyze(newsledger.extract(p)) for p in pages)
    >>> len(stories[0].analyses) > 1
    True
    """
    from .enrich.records import Analysis

    if isinstance(analyses, Analysis) or not isinstance(analyses, Iterable):
        raise InputError(f"build_stories() takes a list of Analysis records, not {_kind(analyses)}",
                         reason="wrong_type")
    members = list(analyses)
    wrong = next((a for a in members if not isinstance(a, Analysis)), None)
    if wrong is not None:
        raise InputError(f"build_stories() takes Analysis records (from newsledger.analyze), not {_kind(wrong)}",
                         reason="wrong_type")
    from .stories.pipeline import bundle_stories

    return bundle_stories(members, duplicates or {})


def render(story: StoryBundle, format: str = "html") -> str:
    """The situation report of one story: "html" (self-contained page) or "markdown".

    >>> import newsledger, pathlib
    >>> pages = sorted(pathlib.Path("examples/pages").glob("*.html"))
    >>> story = newsledger.build_stories(newsledger.analyze(newsledger.extract(p)) for p in pages)[0]
    >>> newsledger.render(story, "markdown").startswith("# ")
    True
    """
    from .stories.records import StoryBundle

    if not isinstance(story, StoryBundle):
        raise InputError(f"render() takes a story (from newsledger.build_stories), not {_kind(story)}",
                         reason="wrong_type")
    suffix = _FORMATS.get(str(format).lower().lstrip("."))
    if suffix is None:
        raise ConfigError(f"unknown report format {format!r}; use 'html' or 'markdown'", reason="format")
    from .report import render as render_report

    return render_report(story, suffix)


def Ledger(path_or_url: str | os.PathLike[str]) -> _StoreLedger:
    """Open (creating or migrating) the ledger at a file path (SQLite), a postgresql:// URL, or
    ":memory:" for a throw-away one. Use it as a context manager; it is the store that
    `newsledger ingest --db` writes.

    >>> import newsledger
    >>> with newsledger.Ledger(":memory:") as ledger:
    ...     len(list(ledger.articles()))
    0
    """
    if not isinstance(path_or_url, str | os.PathLike):
        raise InputError(f"Ledger() takes a file path or URL, not {_kind(path_or_url)}", reason="wrong_type")
    from .store import Ledger as StoreLedger

    return StoreLedger.open(os.fspath(path_or_url))


def run(sources: Sequence[str | os.PathLike[str]] | str | os.PathLike[str], output: str | os.PathLike[str],
        db: str | os.PathLike[str] | None = None) -> list[StoryBundle]:
    """What `newsledger run` does, by the same code: ingest the sources, analyse, code events, build
    and store the stories, and write the largest story's report to `output` (.html, or .md for
    Markdown; written whole or not at all). Returns the stories, largest first.

    Sources are what `newsledger ingest` reads: files, folders, globs, WARC, JSONL, feeds, URLs.
    The ledger is kept in `db` when given, else in a temporary file. As on the command line, each
    rejected input is named on one line of stderr and the report is written from the rest.

    >>> import newsledger, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "report.html"
    >>> stories = newsledger.run(["examples/pages"], out)
    >>> out.exists() and len(stories) >= 1
    True
    """
    names = [sources] if isinstance(sources, str | os.PathLike) else sources
    if not isinstance(names, Iterable) or not all(isinstance(s, str | os.PathLike) for s in names):
        raise InputError(f"run() takes source paths or URLs, not {_kind(sources)}", reason="wrong_type")
    if not isinstance(output, str | os.PathLike):
        raise InputError(f"run() writes the report to a file path, not {_kind(output)}", reason="wrong_type")
    from .cli.run import run_pages

    return run_pages([os.fspath(s) for s in names], Path(output), db=os.fspath(db) if db is not None else None,
                     quiet=True)[0]
