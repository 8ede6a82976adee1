"""The enrich stage: Article -> Analysis (entities, quotes and claims, figures, places, dates).

`enrich` is pure: it reads nothing but its arguments (the spaCy pipeline is passed in, or the
process-wide one from `nlp.load_nlp` is used) and writes nothing. `enrich_many` is the same
function over many articles on several processes: the pipeline and the gazetteer are loaded
once in the parent and shared with forked workers, so each worker starts at once.
"""
from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ExtractionError, NewsledgerError
from ..records import Article, Rejection
from .entities import find_entities
from .figures import find_figures
from .gazetteer import load_gazetteer
from .nlp import doc_sentences, load_nlp
from .places import find_places
from .quotes import find_quotes
from .records import Analysis
from .sentences import sentence_spans
from .textdates import find_dates

__all__ = ["enrich", "enrich_doc", "enrich_many"]

# The version stored beside each analysis is derived from this stage's code and data together with
# the events stage's: see store/analyses.py.


def enrich(article: Article, nlp: Any | None = None) -> Analysis:
    """Everything the enrich stage finds in one article."""
    nlp = nlp if nlp is not None else load_nlp()
    if len(article.body) > nlp.max_length:
        raise ExtractionError(
            f"body of {len(article.body)} characters is longer than the parser's limit ({nlp.max_length}); "
            f"split the page or raise nlp.max_length", uri=article.source.get("uri"), reason="too_long")
    return enrich_doc(article, nlp(article.body))


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


_worker_nlp: Any = None


_WARM_UP = ("On Monday, officials in Kharkov oblast said 12 people were killed near Kupiansk, "
            "according to the Kyiv Independent. \"We will hold,\" the governor told Reuters.")


def _warm_up(nlp: Any) -> None:
    """Analyze one tiny synthetic article, so the gazetteer's and parsers' lazy tables exist."""
    article = Article(id="warm-up", source={"uri": "warm-up", "format": "text"}, title=None, outlet=None,
                      credited_sources=(), byline=(), published=None, language="en", body=_WARM_UP)
    enrich(article, nlp)


def _enrich_or_reject(article: Article, nlp: Any, doc: Any = None) -> Analysis | Rejection:
    try:
        return enrich_doc(article, doc) if doc is not None else enrich(article, nlp)
    except NewsledgerError as exc:
        return Rejection(article.source.get("uri", article.id), exc.reason or "enrich_failed", str(exc))


def _enrich_batch(articles: list[Article], nlp: Any) -> list[Analysis | Rejection]:
    """A batch parsed with `nlp.pipe` (faster than one call per text), then analysed one by one."""
    fits = [a for a in articles if len(a.body) <= nlp.max_length]
    docs = dict(zip((id(a) for a in fits), nlp.pipe([a.body for a in fits], batch_size=len(fits) or 1)))
    return [_enrich_or_reject(a, nlp, docs.get(id(a))) for a in articles]


def _enrich_in_worker(articles: list[Article]) -> list[Analysis | Rejection]:
    return _enrich_batch(articles, _worker_nlp)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def enrich_many(articles: Iterable[Article], nlp: Any | None = None, processes: int = 2,
                chunksize: int = 8) -> Iterator[Analysis | Rejection]:
    """`enrich` over many articles, in order, on `processes` forked workers (1: in this process),
    each parsing `chunksize` articles at a time with `nlp.pipe`. An article that cannot be
    analyzed comes back as a Rejection saying why; the rest go on."""
    global _worker_nlp
    nlp = nlp if nlp is not None else load_nlp()
    batches = _batches(articles, chunksize)
    first = next(batches, None)
    second = next(batches, None) if first is not None else None
    if first is None or second is None or processes <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        # one batch (a few articles) is parsed here: forking workers would cost more than it saves
        for batch in itertools.chain([b for b in (first, second) if b is not None], batches):
            yield from _enrich_batch(batch, nlp)
        return
    _warm_up(nlp)                       # lazy indexes built before the fork, so workers share them
    _worker_nlp = nlp
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for results in pool.imap(_enrich_in_worker, itertools.chain([first, second], batches)):
            yield from results
