"""The enrich stage: Article -> Analysis (entities, quotes and claims, figures, places, dates).

`enrich` is pure: it reads nothing but its arguments (the spaCy pipeline is passed in, or the
process-wide one from `nlp.load_nlp` is used) and writes nothing. `enrich_many` is the same
function over many articles on several processes: the pipeline and the gazetteer are loaded
once in the parent and shared with forked workers, so each worker starts at once. A later stage
that parses again (the events coder) is given to it as `then` and runs in the workers too: the
parent, which lives as long as the run, parses no article.
"""
from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import itertools
import multiprocessing
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import ExtractionError, NewsledgerError
from ..records import Article, Rejection
from .entities import find_entities
from .figures import find_figures
from .gazetteer import load_gazetteer
from .nlp import doc_sentences, gated_pipe, load_nlp, with_texts
from .places import find_places
from .quotes import find_quotes
from .records import Analysis
from .sentences import sentence_spans
from .textdates import find_dates

__all__ = ["enrich", "enrich_doc", "enrich_many", "memory_zone", "parse_bodies"]

# The version stored beside each analysis is derived from this stage's code and data together with
# the events stage's: see store/analyses.py.


def enrich(article: Article, nlp: Any | None = None) -> Analysis:
    """Everything the enrich stage finds in one article, parsed in a spaCy memory zone (the
    caller's, when it is in one): the words it adds to the vocabulary are gone once it returns."""
    nlp = nlp if nlp is not None else load_nlp()
    _check_length(article, nlp)
    with memory_zone(nlp):
        return enrich_doc(article, next(parse_bodies(nlp, [article.body], [article.language])))


def _check_length(article: Article, nlp: Any) -> None:
    if len(article.body) > nlp.max_length:
        raise ExtractionError(
            f"body of {len(article.body)} characters is longer than the parser's limit ({nlp.max_length}); "
            f"split the page or raise nlp.max_length", uri=article.source.get("uri"), reason="too_long")


def memory_zone(nlp: Any) -> contextlib.AbstractContextManager[Any]:
    """`nlp.memory_zone()`, or nothing when the pipeline's vocabulary is in a zone already (zones
    do not nest: the outer one frees what the inner would have)."""
    return contextlib.nullcontext() if nlp.vocab.in_memory_zone else nlp.memory_zone()


def enrich_doc(article: Article, doc: Any) -> Analysis:
    """The analysis of an article whose body is already parsed into `doc`."""
    entities = find_entities(doc, article.body)
    quotes = find_quotes(doc, entities, article.credited_sources, article.byline)
    return Analysis(
        article=article,
        entities=entities,
        quotes=quotes,
        figures=find_figures(doc, quotes, article),
        places=find_places(doc, entities, article, load_gazetteer()),
        dates=find_dates(doc, article.published),
        sentences=sentence_spans(article.body, doc_sentences(doc)),
    )


# The pipeline's working memory grows with the tokens of one call (about 300 MB more for 17,000
# tokens, 1.2 GB for eight long pages parsed together), so bodies are parsed in groups of at most
# PARSE_CHARS characters, and a body longer than SPLIT_CHARS (about 220 MB) in pieces of whole
# paragraphs of at most PARSE_CHARS, joined again into one Doc. A body parsed in pieces may have
# entities the whole parse lacks or has at a cut (the recogniser sees no context across it): no
# news article of the tuning sets (AEB's longest body is 53,232 characters) is that long.
PARSE_CHARS = 20_000
SPLIT_CHARS = 60_000                                   # over PARSE_CHARS: parse_bodies counts on it
_AFTER_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")       # a blank line and the white space after it


def parse_bodies(nlp: Any, bodies: Iterable[str], languages: Iterable[str | None] | None = None) -> Iterator[Any]:
    """The parsed Doc of each body, in order, with the pipeline's working memory bounded: bodies
    are parsed together while their characters add up to at most PARSE_CHARS (the Docs are the
    same in any grouping), and a body longer than SPLIT_CHARS in pieces cut after blank lines (a
    sentence never runs across one), each at most PARSE_CHARS long unless one paragraph is longer.
    The pieces' Docs are joined into the body's Doc; should the joined tokens not be the body's
    own (white space tokenised otherwise at a cut), the body is parsed whole. `languages` are the
    bodies' languages (None: not known): a body known not to be English is not parsed (`nlp.gated_pipe`)."""
    tongues = iter(languages) if languages is not None else itertools.repeat(None)
    group: list[str] = []
    group_languages: list[str | None] = []
    size = 0
    for body in bodies:
        language = next(tongues, None)
        if group and size + len(body) > PARSE_CHARS:
            yield from with_texts(gated_pipe(nlp, group, group_languages), group)
            group, group_languages, size = [], [], 0
        if len(body) <= SPLIT_CHARS:
            group.append(body)
            group_languages.append(language)
            size += len(body)
            continue
        # the group was parsed above: a long body is over PARSE_CHARS
        yield from with_texts([_parse_long(nlp, body, language)], [body])
    if group:
        yield from with_texts(gated_pipe(nlp, group, group_languages), group)


def _parse_long(nlp: Any, body: str, language: str | None) -> Any:
    import numpy
    from spacy.attrs import SENT_START  # type: ignore[import-not-found]
    from spacy.tokens import Doc

    pieces, start, last = [], 0, 0
    for match in _AFTER_PARAGRAPH.finditer(body):
        if match.end() - start > PARSE_CHARS and last > start:
            pieces.append(body[start:last])
            start = last
        last = match.end()
    if len(body) - start > PARSE_CHARS and start < last < len(body):
        pieces.append(body[start:last])
        start = last
    pieces.append(body[start:])
    if len(pieces) == 1:
        return gated_pipe(nlp, [body], [language])[0]
    docs = [doc for piece in pieces for doc in gated_pipe(nlp, [piece], [language])]
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != body or [t.text for t in joined] != [t.text for t in nlp.make_doc(body)]:
        return gated_pipe(nlp, [body], [language])[0]
    # joining set the sentence starts again from the dependency trees: the pieces' own are kept
    # (a run the gate left unparsed has sentence starts and no tree)
    starts: Any = numpy.concatenate([doc.to_array([SENT_START]) for doc in docs])
    joined.from_array([SENT_START], starts)
    return joined


_worker_nlp: Any = None
_worker_then: Callable[[Analysis], Analysis] | None = None


_WARM_UP = ("On Monday, officials in Kharkov oblast said 12 people were killed near Kupiansk, "
            "according to the Kyiv Independent. \"We will hold,\" the governor told Reuters.")


def _warm_up(nlp: Any, then: Callable[[Analysis], Analysis] | None = None) -> None:
    """Analyze one tiny synthetic article (and pass it through `then`), so the gazetteer's, the
    parsers' and the later stage's lazy tables exist. It is parsed in no memory zone: what its
    first parse builds, and its few words, are kept for the workers forked after it."""
    article = Article(id="warm-up", source={"uri": "warm-up", "format": "text"}, title=None, outlet=None,
                      credited_sources=(), byline=(), published=None, language="en", body=_WARM_UP)
    analysis = enrich_doc(article, next(parse_bodies(nlp, [article.body], [article.language])))
    if then is not None:
        then(analysis)


def _enrich_or_reject(article: Article, nlp: Any, doc: Any = None) -> Analysis | Rejection:
    try:
        return enrich_doc(article, doc) if doc is not None else enrich(article, nlp)
    except NewsledgerError as exc:
        return Rejection(article.source.get("uri", article.id), exc.reason or "enrich_failed", str(exc))


def _enrich_batch(articles: list[Article], nlp: Any, then: Callable[[Analysis], Analysis] | None = None
                  ) -> list[Analysis | Rejection]:
    """A batch parsed with `nlp.pipe` (faster than one call per text), each Doc analysed as it
    comes (a group's Docs are let go before the next group is parsed), inside a spaCy memory zone:
    the strings and lexemes the batch's words add to the vocabulary are dropped when it ends. Kept,
    they grow a worker by every new word of every page (600 corpus articles on one process, trimmed
    after each batch: 148 -> 199 MB RSS, 148 -> 175 MB in zones); the analyses hold strings and
    numbers only, no Doc, Span or string hash. Inside a zone the tokenizer caches nothing: about
    5 ms more CPU an article. Each analysis is then passed through `then`, once the zone has
    ended (the events coder opens a zone of its own for each article)."""
    fits = [len(a.body) <= nlp.max_length for a in articles]
    with memory_zone(nlp):
        docs = parse_bodies(nlp, [a.body for a, fit in zip(articles, fits) if fit],
                            [a.language for a, fit in zip(articles, fits) if fit])
        results = [_enrich_or_reject(a, nlp, next(docs) if fit else None) for a, fit in zip(articles, fits)]
        del docs
    if then is not None:
        results = [r if isinstance(r, Rejection) else then(r) for r in results]
    _give_back_freed_memory()
    return results


@functools.cache
def _malloc_trim() -> Any:
    """glibc's malloc_trim, or None where the C library has none."""
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None


def _give_back_freed_memory() -> None:
    """Return the C heap's free pages to the system. The parser's working arrays (about 16 KB a
    token while a call runs: 130 MB for a 43,000-character page) are freed after each call, but
    glibc keeps much of that heap mapped: a worker stayed 100-250 MB above what it held between
    batches (600 corpus articles, after each batch of 8: 245-269 MB RSS, 157-199 MB trimmed)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _enrich_in_worker(articles: list[Article]) -> list[Analysis | Rejection]:
    return _enrich_batch(articles, _worker_nlp, _worker_then)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# Workers are never forked again from the parent (no `maxtasksperchild`): measured, they did not grow
# and re-forking cost CPU. 300 long corpus bodies (w3m dumps, 20k chars each), tree PSS peak per
# quarter: never re-forked 899, 841, 859, 863 MB; every 16 batches 870, 855, 823, 722.
# `NEWSLEDGER_BENCH_SCALE=300 python -m bench scale_corpus`: peak 497 and 483 MB never re-forked, 507
# and 479 MB every 16 batches, growth the same (1.60/1.57 vs 1.64/1.54: not in the workers); run CPU
# 58.4 and 58.8 s vs 59.5, 63.6 and 63.5 s (+8% median, above the 2% budget).
# Batches handed to the pool and not yet taken by the caller, per worker: the pool's feeder thread
# would otherwise read the whole input ahead and keep every result the caller is slower to take.
_AHEAD_PER_WORKER = 2


def _metered(batches: Iterator[list[Article]], slots: threading.Semaphore,
             stop: threading.Event) -> Iterator[list[Article]]:
    """`batches`, each one only once a slot is free (the caller frees one per result taken)."""
    for batch in batches:
        slots.acquire()
        if stop.is_set():
            return
        yield batch


def enrich_many(articles: Iterable[Article], nlp: Any | None = None, processes: int = 2,
                chunksize: int = 8, then: Callable[[Analysis], Analysis] | None = None
                ) -> Iterator[Analysis | Rejection]:
    """`enrich` over many articles, in order, on `processes` forked workers (1: in this process),
    each parsing `chunksize` articles at a time with `nlp.pipe`, and each analysis passed through
    `then` (the events coder) where it was made: with workers, this process parses no article
    (the vocabulary's hash tables keep a cell for every word a memory zone ever held, so parsing
    grows a process for good; the workers end with the pool, this process lives on). An article
    that cannot be analyzed comes back as a Rejection saying why; the rest go on."""
    global _worker_nlp, _worker_then
    nlp = nlp if nlp is not None else load_nlp()
    batches = _batches(articles, chunksize)
    first = next(batches, None)
    second = next(batches, None) if first is not None else None
    if first is None or second is None or processes <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        # one batch (a few articles) is parsed here: forking workers would cost more than it saves
        for batch in itertools.chain([b for b in (first, second) if b is not None], batches):
            yield from _enrich_batch(batch, nlp, then)
        return
    _warm_up(nlp, then)                 # lazy indexes built before the fork, so workers share them
    _worker_nlp, _worker_then = nlp, then           # the pool forks its workers as it starts: they keep these
    slots, stop = threading.Semaphore(processes * _AHEAD_PER_WORKER), threading.Event()
    # The objects the workers inherit are frozen out of the collector's reach: each collection in a
    # worker writes to the header of every object it walks, copying the parent's page under it into
    # the worker (240 corpus articles on 2 workers, tree PSS median 407 -> 362 MB, p90 483 -> 451).
    # A caller's own freeze is left as it is (unfreezing is process-wide); ours is lifted however the
    # pool ends, its creation failing included.
    ours = gc.get_freeze_count() == 0
    if ours:
        gc.freeze()
    # This process lives as long as the run and forks a pool for each window of articles: the heap
    # pages freed since the last pool (the results it took, the warm-up's parse) go back to the
    # system before the workers are forked, and again once they end.
    _give_back_freed_memory()
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            try:
                feed = _metered(itertools.chain([first, second], batches), slots, stop)
                for results in pool.imap(_enrich_in_worker, feed):
                    slots.release()
                    yield from results
            finally:
                # a feeder waiting for a slot (the caller stopped early) must end before the pool joins it
                stop.set()
                slots.release(processes * _AHEAD_PER_WORKER + 1)
    finally:
        if ours:
            gc.unfreeze()
        _give_back_freed_memory()
