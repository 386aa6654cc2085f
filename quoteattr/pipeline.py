"""The pipeline: text in, :class:`~quoteattr.model.Document` out.

Stages, each a module with a small function interface: normalize → tokens →
quote spans → cues → attribution (sieves) → speakers (entities).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from .attribution import attribute
from .cues import find_cues
from .model import Document
from .morph import Morphology
from .normalize import normalize
from .quotes import scan_quotes
from .speakers import build_document
from .tokens import tokenize

if TYPE_CHECKING:
    from .batch import Result


@dataclass(frozen=True, slots=True)
class Options:
    """What to extract.

    ``opinions``: also report statements introduced by verbs of opinion and
    belief ("считает, что", "уверен", "полагает"). On by default: see
    ``docs/getting-started.md`` for the figures behind that choice.
    """

    opinions: bool = True


DEFAULT_OPTIONS = Options()


@functools.cache
def default_morphology() -> Morphology:
    """The process-wide :class:`Morphology`, built on first use."""
    return Morphology()


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "quoteattr.extract() takes str, got bytes: decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"quoteattr.extract() takes str, got {type(text).__name__}")


def extract(
    text: str, *, options: Optional[Options] = None, morph: Optional[Morphology] = None
) -> Document:
    """Find the quotations of one Russian text and who said them.

    >>> doc = extract("Он сказал, что придет. «Приду», — сказал Иван Петров.")
    >>> [(q.kind, q.content.text) for q in doc.quotes]
    [('indirect', 'придет'), ('direct', 'Приду')]
    >>> extract("").quotes
    ()
    """
    text = _check_text(text)
    options = options or DEFAULT_OPTIONS
    if options is not DEFAULT_OPTIONS and not isinstance(options, Options):
        raise TypeError(f"options must be quoteattr.Options, got {type(options).__name__}")
    morph = morph or default_morphology()
    norm = normalize(text)
    tokens = tokenize(norm.text)
    quotes = scan_quotes(norm.text)
    cues = find_cues(tokens, morph, opinions=options.opinions)
    analysis, links = attribute(tokens, quotes, cues, morph)
    return build_document(norm, analysis, links)


def extract_many(
    texts: Iterable[Any],
    *,
    jobs: int = 1,
    batch_size: int = 16,
    options: Optional[Options] = None,
    morph: Optional[Morphology] = None,
    text_field: str = "text",
    id_field: str = "id",
) -> Iterator["Result"]:
    """Run :func:`extract` over a stream of texts; yield a :class:`~quoteattr.batch.Result` each, in order.

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
    from . import batch

    jobs = batch.resolve_jobs(jobs)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be quoteattr.Options, got {type(options).__name__}")
    if morph is not None and jobs != 1:
        raise ValueError("morph= works only with jobs=1: each worker process loads its own analyzer")
    return batch.iter_results(
        texts,
        jobs=jobs,
        batch_size=batch_size,
        options=options,
        morph=morph,
        text_field=text_field,
        id_field=id_field,
    )
