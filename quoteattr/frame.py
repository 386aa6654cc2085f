"""Quotes as a pandas DataFrame: one row per quote, the columns of the CSV export.

Needs the ``pandas`` extra (``pip install 'quoteattr[pandas]'``); ``import
quoteattr`` never imports pandas, :func:`to_frame` does when it is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator, Union

from .batch import Result, quote_rows
from .model import Document
from .schema import QUOTE_COLUMNS

if TYPE_CHECKING:
    import pandas

#: pandas dtypes of the schema's column types: nullable integers and strings
#: (missing values are ``pd.NA``); ids keep whatever type they came with.
PANDAS_DTYPES = {"id": "object", "int": "Int64", "str": "string"}


def _results(items: Iterable[Union[Document, Result]]) -> Iterator[Result]:
    for position, item in enumerate(items):
        if isinstance(item, Result):
            yield item
        elif isinstance(item, Document):
            yield Result(position, position, item)
        else:
            raise TypeError(
                f"to_frame() takes Documents or Results (from extract_many), got {type(item).__name__}"
            )


def to_frame(items: Union[Document, Result, Iterable[Union[Document, Result]]]) -> "pandas.DataFrame":
    """A DataFrame with one row per quote of ``items``, in order.

    ``items`` is a :class:`~quoteattr.Document`, a :class:`~quoteattr.Result`,
    or an iterable of either (for example ``extract_many(...)`` itself). The
    columns are exactly those of the CSV export, from
    :data:`quoteattr.schema.QUOTE_COLUMNS`; offsets are nullable integers
    (``Int64``), text columns pandas strings. A Result keeps its ``id`` and a
    failed one gives a row with only ``id`` and ``error``, as in the CSV; a
    bare Document gets its position in ``items`` as ``id``.

    >>> import quoteattr
    >>> doc = quoteattr.extract("«Мы готовы к диалогу», — заявил министр Иван Петров.")
    >>> frame = quoteattr.to_frame([doc])
    >>> frame[["id", "kind", "speaker", "cue", "content"]].values.tolist()
    [[0, 'direct', 'Иван Петров', 'заявил', 'Мы готовы к диалогу']]
    """
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "quoteattr.to_frame() needs pandas: pip install 'quoteattr[pandas]'"
        ) from None
    if isinstance(items, (Document, Result)):
        items = [items]
    rows = [row for result in _results(items) for row in quote_rows(result)]
    columns = {
        c.name: pandas.Series([row[c.name] for row in rows], dtype=PANDAS_DTYPES[c.type])
        for c in QUOTE_COLUMNS
    }
    return pandas.DataFrame(columns)
