"""Quotes from a Spark DataFrame of articles: one row per quote.

Needs the ``spark`` extra (``pip install 'quoteattr[spark]'``, i.e. pyspark
3.4 or later); ``import quoteattr`` never imports pyspark, and this module
imports it only when :func:`extract_quotes` is called.

Usage, with a DataFrame ``articles`` that has ``id`` and ``text`` columns::

    from quoteattr.spark import extract_quotes
    quotes = extract_quotes(articles, text_col="text", id_col="id")
    quotes.groupBy("speaker").count().orderBy("count", ascending=False).show()

The work runs in ``mapPartitions``: each executor's Python worker loads the
morphology analyzer once (the process-wide :func:`quoteattr.pipeline.default_morphology`)
and reuses it for every row of every partition it processes.

The columns of the result are those of :data:`quoteattr.schema.QUOTE_COLUMNS`,
in order: ``id`` keeps the type of ``id_col``, ``int`` columns are
IntegerType, ``str`` columns StringType, all nullable. A document that failed
(null or non-string text, an exception) gives one row with only ``id`` and
``error`` set. A document without quotes gives no rows.
"""

from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

from .batch import extract_many, quote_rows
from .pipeline import Options, check_options
from .schema import QUOTE_COLUMNS, ROW_FIELDS

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

__all__ = ["extract_quotes", "local_session", "quote_schema"]


def quote_schema(id_type: Optional["DataType"] = None) -> "StructType":
    """The schema of :func:`extract_quotes` rows; ``id`` has ``id_type`` (default string)."""
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    types = {"id": id_type or StringType(), "int": IntegerType(), "str": StringType()}
    return StructType([StructField(c.name, types[c.type], nullable=True) for c in QUOTE_COLUMNS])


def local_session(master: str = "local[2]", app_name: str = "quoteattr") -> "SparkSession":
    """A Spark session on this machine, to try :func:`extract_quotes` or test with.

    The driver binds to the loopback address, there is no web UI, and the
    Python workers run this interpreter, so that they find quoteattr (unless
    ``PYSPARK_PYTHON`` is set: Spark takes the workers' Python from it).
    """
    import os

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def _partition_rows(rows: Iterable[Any], options: Optional[Options]) -> Iterator[tuple[Any, ...]]:
    """Runs on the executors: ``(id, text)`` rows in, one tuple per quote out."""
    pairs = ((row[0], row[1]) for row in rows)
    for result in extract_many(pairs, options=options):
        for row in quote_rows(result):
            yield tuple(row[name] for name in ROW_FIELDS)


def extract_quotes(
    df: "DataFrame", text_col: str = "text", id_col: str = "id", *, options: Optional[Options] = None
) -> "DataFrame":
    """One row per quote of the articles in ``df`` (schema in the module docstring).

    ``text_col`` names the column with the article text and ``id_col`` the
    one with its id, copied to the ``id`` column with its type.
    """
    missing = [name for name in (text_col, id_col) if name not in df.columns]
    if missing:
        raise ValueError(f"no column {missing[0]!r} in the DataFrame; its columns: {df.columns}")
    options = check_options(options)
    schema = quote_schema(df.schema[id_col].dataType)
    rows = df.select(id_col, text_col).rdd.mapPartitions(
        functools.partial(_partition_rows, options=options)
    )
    return df.sparkSession.createDataFrame(rows, schema)
