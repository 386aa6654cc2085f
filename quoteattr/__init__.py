"""quoteattr: who said what in Russian news.

>>> import quoteattr
>>> doc = quoteattr.extract("«Мы готовы к диалогу», — заявил министр Иван Петров.")
>>> [(q.kind, q.content.text, q.speaker.name) for q in doc.quotes]
[('direct', 'Мы готовы к диалогу', 'Иван Петров')]
"""

from .batch import Result, extract_many
from .frame import to_frame
from .model import Document, Quote, Span, Speaker
from .pipeline import Options, extract
from .render import render_html

__all__ = [
    "Document",
    "Options",
    "Quote",
    "Result",
    "Span",
    "Speaker",
    "extract",
    "extract_many",
    "render_html",
    "to_frame",
]
__version__ = "0.1.0"


def __dir__() -> list[str]:
    # The public surface is __all__: the submodules (quoteattr.batch, quoteattr.spark, ...)
    # stay importable but are not listed next to the public names.
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
