"""Many documents at once: :func:`extract_many`, :class:`Result` records, worker processes, quote rows.

:func:`extract_many` (``quoteattr.extract_many``) is the public entry point;
this module also holds its machinery and the flat one-row-per-quote view
(columns in :mod:`quoteattr.schema`) shared by the CSV output of the command
line, the Spark integration and :func:`quoteattr.to_frame`.

The engine streams: it reads the input lazily, keeps at most a fixed window of
batches in flight (``2 * jobs`` batches of ``batch_size`` documents), and
yields results in input order, so memory does not grow with the number of
documents. With ``jobs > 1`` every worker process loads the morphology
analyzer once, when it starts.
"""

from __future__ import annotations

import collections
import itertools
import os
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Optional

from .model import Document
from .morph import Morphology
from .pipeline import Options, check_options, check_text, default_morphology, extract
from .schema import ROW_FIELDS

DEFAULT_BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one input of :func:`quoteattr.extract_many`.

    ``index`` is the position of the input (from 0), ``id`` the identifier it
    came with (None for a plain string), and exactly one of ``document`` and
    ``error`` is set; ``error`` reads ``"ExceptionType: message"``.

    >>> Result(0, "a", Document("")).ok
    True
    >>> Result(1, "b", None, "TypeError: bad input").ok
    False
    """

    index: int
    id: Any
    document: Optional[Document] = None
    error: Optional[str] = None

    @property
    def ok(self) -> bool:
        """True when the document was processed."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (if ``id`` is): ``index``, ``id``, ``ok``, ``error`` and the document.

        ``document`` is :meth:`Document.to_dict` output, or None for a failure.

        >>> import json
        >>> json.dumps(Result(1, "b", None, "TypeError: bad input").to_dict())
        '{"index": 1, "id": "b", "ok": false, "error": "TypeError: bad input", "document": null}'
        """
        return {
            "index": self.index,
            "id": self.id,
            "ok": self.ok,
            "error": self.error,
            "document": self.document.to_dict() if self.document is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Failed:
    """An input already known to be broken (e.g. a JSON line that does not parse).

    Passed to :func:`iter_results` in place of a text, it comes out as an
    error :class:`Result` in its place, so callers that read and parse
    records themselves keep one result per record, in order.
    """

    id: Any
    error: str


def describe(error: BaseException) -> str:
    """The ``Result.error`` string of an exception: its type and message.

    >>> describe(KeyError("text"))
    "KeyError: 'text'"
    """
    return f"{type(error).__name__}: {error}"


Entry = tuple[Any, str, Optional[str]]


def record_entry(record: Mapping[str, Any], text_field: str, id_field: str) -> Entry:
    """``(id, text, error)`` of a record: its ``id_field`` (None if absent) and its ``text_field``.

    ``error`` is set, and ``text`` empty, when the record has no text field or
    the field does not hold a str.

    >>> record_entry({"id": 7, "text": "Да."}, "text", "id")
    (7, 'Да.', None)
    >>> record_entry({"id": 7, "body": "Да."}, "text", "id")
    (7, '', "KeyError: no 'text' field in the record")
    >>> record_entry({"text": None}, "text", "id")
    (None, '', "TypeError: field 'text': quoteattr.extract() takes str, got NoneType")
    """
    id_ = record.get(id_field)
    if text_field not in record:
        return id_, "", f"KeyError: no {text_field!r} field in the record"
    try:
        return id_, check_text(record[text_field]), None
    except TypeError as error:
        return id_, "", f"TypeError: field {text_field!r}: {error}"


def _entry(item: object, text_field: str, id_field: str) -> Entry:
    """``(id, text, error)`` of one input: a str text, or an error for a broken one.

    Texts are checked here, in the calling process, so that only strings are
    ever sent to worker processes.
    """
    if isinstance(item, Failed):
        return item.id, "", item.error
    if isinstance(item, Mapping):
        return record_entry(item, text_field, id_field)
    id_: Any = None
    if isinstance(item, (tuple, list)) and len(item) == 2:
        id_, text = item
    elif isinstance(item, (tuple, list)):
        return id_, "", (
            "TypeError: expected a str, an (id, text) pair or a mapping with a "
            f"{text_field!r} field, got a {type(item).__name__} of length {len(item)}"
        )
    else:
        text = item
    try:
        return id_, check_text(text), None
    except TypeError as error:
        return id_, "", describe(error)


Outcome = tuple[Optional[Document], Optional[str]]


def _extract_one(text: str, options: Optional[Options], morph: Optional[Morphology]) -> Outcome:
    try:
        return extract(text, options=options, morph=morph), None
    except Exception as error:  # noqa: BLE001 - one bad document must not stop the others
        return None, describe(error)


def _extract_batch(texts: list[str], options: Optional[Options]) -> list[Outcome]:
    """Run in a worker process: one batch of texts, errors caught per document."""
    return [_extract_one(text, options, None) for text in texts]


def _init_worker() -> None:
    """Load the process-wide analyzer once, when the worker starts."""
    default_morphology()


def _batches(
    items: Iterable[object], size: int, text_field: str, id_field: str
) -> Iterator[list[Entry]]:
    entries = (_entry(item, text_field, id_field) for item in items)
    while batch := list(itertools.islice(entries, size)):
        yield batch


def _pending(batch: list[Entry]) -> list[str]:
    return [text for _, text, error in batch if error is None]


def _merge(
    batch: list[Entry],
    outcomes: Iterable[Outcome],
    start: int,
) -> Iterator[Result]:
    outcomes = iter(outcomes)
    for index, (id_, _, error) in enumerate(batch, start):
        document, error = (None, error) if error is not None else next(outcomes)
        yield Result(index, id_, document, error)


def extract_many(
    texts: Iterable[Any],
    *,
    jobs: int = 1,
    batch_size: int = 16,
    options: Optional[Options] = None,
    morph: Optional[Morphology] = None,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Result]:
    """Run :func:`~quoteattr.extract` over a stream of texts; yield a :class:`Result` each, in order.

    ``texts`` may hold plain strings, ``(id, text)`` pairs, or mappings with a
    ``text_field`` and an optional ``id_field``; each result carries the id
    (None for a plain string) and its ``index`` in the input. A bad input
    (bytes, None, a missing field) or an exception inside :func:`extract`
    gives an error result in its place, and the others go on.

    ``jobs`` worker processes (0: one per CPU) each load the morphology
    analyzer once; ``jobs=1`` runs in this process, with ``morph`` if given.
    Input is read lazily and at most ``2 * jobs`` batches of ``batch_size``
    documents are in flight, so memory stays flat on any number of documents.

    >>> results = list(extract_many([("a1", "Он промолчал."), ("a2", None)]))
    >>> [(r.index, r.id, r.ok) for r in results]
    [(0, 'a1', True), (1, 'a2', False)]
    >>> results[0].document.text
    'Он промолчал.'
    >>> results[1].error
    'TypeError: quoteattr.extract() takes str, got NoneType'
    """
    jobs = resolve_jobs(jobs)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
    options = check_options(options)
    if morph is not None and jobs != 1:
        raise ValueError("morph= works only with jobs=1: each worker process loads its own analyzer")
    return iter_results(
        texts,
        jobs=jobs,
        batch_size=batch_size,
        options=options,
        morph=morph,
        text_field=text_field,
        id_field=id_field,
    )


def iter_results(
    items: Iterable[object],
    *,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    options: Optional[Options] = None,
    morph: Optional[Morphology] = None,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator[Result]:
    """The engine of :func:`quoteattr.extract_many`; arguments are checked there."""
    batches = _batches(items, batch_size, text_field, id_field)
    if jobs == 1:
        start = 0
        for batch in batches:
            outcomes = (_extract_one(text, options, morph) for text in _pending(batch))
            yield from _merge(batch, outcomes, start)
            start += len(batch)
        return
    yield from _parallel(batches, jobs, options)


def _parallel(
    batches: Iterator[list[Entry]], jobs: int, options: Optional[Options]
) -> Iterator[Result]:
    """Batches over a process pool, at most ``2 * jobs`` in flight, yielded in order.

    If a worker dies (killed, out of memory, a crash in native code), the
    pool is replaced: the batch at the head of the window is run again one
    document per process, so that only the document that kills its worker
    becomes an error result, and a fresh pool takes the batches behind it.
    """
    from concurrent.futures import Future, ProcessPoolExecutor  # not at import: pulls in multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker)

    def submit(batch: list[Entry]) -> tuple[list[Entry], Future[list[Outcome]]]:
        try:
            return batch, executor.submit(_extract_batch, _pending(batch), options)
        except BrokenProcessPool as error:  # the pool broke since the last result
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(error)
            return batch, failed

    window: collections.deque[tuple[list[Entry], Future[list[Outcome]]]] = collections.deque()
    executor = new_pool()
    start = 0
    try:
        while True:
            while len(window) < 2 * jobs and (batch := next(batches, None)) is not None:
                window.append(submit(batch))
            if not window:
                return
            batch, future = window.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                executor.shutdown(wait=False, cancel_futures=True)
                outcomes = _isolated(_pending(batch), options)
                executor = new_pool()
                window = collections.deque(submit(pending) for pending, _ in window)
            except Exception as error:  # noqa: BLE001 - e.g. a result that does not unpickle
                outcomes = [(None, describe(error))] * len(_pending(batch))
            yield from _merge(batch, outcomes, start)
            start += len(batch)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _isolated(texts: list[str], options: Optional[Options]) -> list[Outcome]:
    """Each text in a worker process of its own, after a worker died: only the culprit fails."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    outcomes: list[Outcome] = []
    for text in texts:
        with ProcessPoolExecutor(max_workers=1, initializer=_init_worker) as pool:
            try:
                outcomes.extend(pool.submit(_extract_batch, [text], options).result())
            except BrokenProcessPool as error:
                outcomes.append((None, describe(error)))
    return outcomes


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a number of processes: 0 means one per CPU."""
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be an int >= 0 (0 = one per CPU), got {jobs!r}")
    return jobs or os.cpu_count() or 1


def quote_rows(result: Result) -> Iterator[dict[str, Any]]:
    """One flat row per quote of ``result``, with the columns of :data:`ROW_FIELDS`.

    A failed result gives one row with only ``id`` and ``error`` set, so that
    no failure disappears from a table; a document without quotes gives none.

    >>> from quoteattr.model import Quote, Span
    >>> doc = Document("Он: «Да».", (Quote(Span(5, 7, "Да"), "direct", None, Span(0, 2, "Он")),))
    >>> row = next(quote_rows(Result(0, "n1", doc)))
    >>> row["id"], row["kind"], row["content"], row["content_start"], row["source"], row["cue"]
    ('n1', 'direct', 'Да', 5, 'Он', None)
    >>> [row["error"] for row in quote_rows(Result(1, "n2", None, "TypeError: bad"))]
    ['TypeError: bad']
    """
    if result.document is None:
        row = dict.fromkeys(ROW_FIELDS)
        row.update(id=result.id, error=result.error)
        yield row
        return
    for n, quote in enumerate(result.document.quotes):
        speaker, cue, source = quote.speaker, quote.cue, quote.source
        yield {
            "id": result.id,
            "quote_index": n,
            "kind": quote.kind,
            "speaker": speaker.name if speaker else None,
            "speaker_kind": speaker.kind if speaker else None,
            "cue": cue.text if cue else None,
            "source": source.text if source else None,
            "content": quote.content.text,
            "content_start": quote.content.start,
            "content_end": quote.content.end,
            "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "source_start": source.start if source else None,
            "source_end": source.end if source else None,
            "rule": quote.rule,
            "error": None,
        }
