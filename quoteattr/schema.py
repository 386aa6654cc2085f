"""The one-row-per-quote table: its columns, defined once.

The CSV output of the command line, the Spark rows of
:func:`quoteattr.spark.extract_quotes` and the pandas DataFrame of
:func:`quoteattr.to_frame` all take their columns, in this order, from
:data:`QUOTE_COLUMNS`; each backend maps the three column types to its own.

>>> ROW_FIELDS[:4]
('id', 'quote_index', 'kind', 'speaker')
>>> [c.name for c in QUOTE_COLUMNS if c.type == "int"]
['quote_index', 'content_start', 'content_end', 'cue_start', 'cue_end', 'source_start', 'source_end']
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ColumnType = Literal["id", "int", "str"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: ``name``, ``type`` and what it holds (``doc``).

    ``type`` is ``"int"`` (a character offset or a position, or null),
    ``"str"`` (text, or null), or ``"id"``: the document id, whose type is
    that of the input ids.
    """

    name: str
    type: ColumnType
    doc: str


QUOTE_COLUMNS: tuple[Column, ...] = (
    Column("id", "id", "the document id, as given with the input"),
    Column("quote_index", "int", "position of the quote in its document, from 0"),
    Column("kind", "str", "direct, indirect or mixed"),
    Column("speaker", "str", "canonical speaker name, or null"),
    Column("speaker_kind", "str", "person, organization, group or unknown"),
    Column("cue", "str", "the speech verb or phrase, or null"),
    Column("source", "str", "the mention that attributes the quote, or null"),
    Column("content", "str", "the reported words"),
    Column("content_start", "int", "character offset of content in the text"),
    Column("content_end", "int", "end offset of content"),
    Column("cue_start", "int", "offset of cue (null without a cue)"),
    Column("cue_end", "int", "end offset of cue"),
    Column("source_start", "int", "offset of source (null without a source)"),
    Column("source_end", "int", "end offset of source"),
    Column("rule", "str", "the sieve that linked the quote"),
    Column(
        "error",
        "str",
        "null; for a document that failed, one row with only id and error set",
    ),
)

#: The column names of :data:`QUOTE_COLUMNS`, in order.
ROW_FIELDS: tuple[str, ...] = tuple(column.name for column in QUOTE_COLUMNS)
