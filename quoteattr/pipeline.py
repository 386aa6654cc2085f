"""The pipeline: text in, :class:`~quoteattr.model.Document` out.

Stages, each a module with a small function interface: normalize → tokens →
quote spans → cues → attribution (sieves) → speakers (entities).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

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
    links = attribute(tokens, quotes, cues, morph)
    return build_document(text, norm, tokens, links, morph)


def extract_many(
    texts: Iterable[str], *, options: Optional[Options] = None, morph: Optional[Morphology] = None
) -> Iterator[Document]:
    """Run :func:`extract` over many texts, in order."""
    for text in texts:
        yield extract(text, options=options, morph=morph)
