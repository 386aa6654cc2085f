"""The pipeline: text in, :class:`~quoteattr.model.Document` out.

Stages, each a module with a small function interface: normalize → tokens →
quote spans → cues → attribution (sieves) → speakers (entities). Many
documents at once (:func:`quoteattr.extract_many`) are in :mod:`quoteattr.batch`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

from .attribution import attribute
from .cues import find_cues
from .model import Document
from .morph import Morphology
from .normalize import normalize
from .quotes import scan_quotes
from .speakers import build_document
from .tokens import tokenize


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


def check_options(options: object) -> Options:
    """``options`` if it is an :class:`Options`, the defaults for None; anything else is a TypeError.

    >>> check_options(None) == Options()
    True
    >>> check_options({})
    Traceback (most recent call last):
    ...
    TypeError: options must be a quoteattr.Options or None, got dict: e.g. options=quoteattr.Options(opinions=False)
    """
    if options is None:
        return DEFAULT_OPTIONS
    if isinstance(options, Options):
        return options
    raise TypeError(
        f"options must be a quoteattr.Options or None, got {type(options).__name__}: "
        "e.g. options=quoteattr.Options(opinions=False)"
    )


def check_text(text: object) -> str:
    """``text`` if it is a str; anything else is a TypeError that says what to pass instead."""
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
    text = check_text(text)
    options = check_options(options)
    morph = morph or default_morphology()
    with _collector_paused():
        # the stages' tokens, mentions and entities are freed as _read() returns, before the
        # collector is back: else its first pass would walk them all
        return _read(text, options, morph)


def _read(text: str, options: Options, morph: Morphology) -> Document:
    """The stages, one after the other."""
    norm = normalize(text)
    tokens = tokenize(norm.text)
    quotes = scan_quotes(norm.text, tokens.quote_marks)
    cues = find_cues(tokens, morph, opinions=options.opinions)
    analysis, links = attribute(tokens, quotes, cues, morph)
    return build_document(norm, analysis, links)


# A long document makes tens of thousands of token tuples, and each full pass of the cyclic
# garbage collector walks them again with everything else alive (the word memo too), so time
# per character grew with the document; in a short one, its young passes over the tuples,
# mentions and entities of the stages cost about 1% of extract(). The pipeline makes no
# reference cycles (gc.collect() after many documents read with the collector off finds
# none): the collector waits until each document is done.
_pause_lock = threading.Lock()
_pauses = 0  # documents being read with the collector paused, across threads
_resume = False  # whether the collector was on when the first of them paused it


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a document is read, and put it back as it was when
    the last concurrent reader is done (a collector the caller turned off stays off). Threads that
    read documents without a gap keep it paused between them: the library's own parallel runs use
    processes, each of which resumes it after every document."""
    global _pauses, _resume
    with _pause_lock:
        if _pauses == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _resume:
                gc.enable()

