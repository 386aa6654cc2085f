"""quoteattr.spark on a local Spark (local[2]): rows equal what extract() returns."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_batch import SENTENCES

from quoteattr import Options, Result, extract
from quoteattr.batch import ROW_FIELDS, quote_rows

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'quoteattr[spark]'")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java is not installed: Spark needs a JVM (Java 17)", allow_module_level=True)

from quoteattr.spark import extract_quotes, local_session, quote_schema  # noqa: E402

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "docs" / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def spark():
    session = local_session(app_name="quoteattr-tests")
    yield session
    session.stop()


def articles() -> list[tuple[str, str]]:
    pairs = [(path.stem, path.read_text(encoding="utf-8")) for path in EXAMPLES]
    return pairs + [(f"s{i}", text) for i, text in enumerate(SENTENCES)]


def expected(pairs, options=None) -> list[tuple]:
    rows = []
    for id_, text in pairs:
        for row in quote_rows(Result(0, id_, extract(text, options=options))):
            rows.append(tuple(row[name] for name in ROW_FIELDS))
    return sorted(rows, key=lambda r: (r[0], r[1]))


def collected(df) -> list[tuple]:
    return sorted((tuple(row) for row in df.collect()), key=lambda r: (r[0], r[1]))


def test_rows_equal_extract(spark):
    assert EXAMPLES, "docs/examples/*.txt is missing"
    pairs = articles()
    df = spark.createDataFrame(pairs, ["id", "text"]).repartition(2)
    quotes = extract_quotes(df)
    assert quotes.columns == list(ROW_FIELDS)
    assert collected(quotes) == expected(pairs)


def test_clear_sentence_rows(spark):
    df = spark.createDataFrame([(1, SENTENCES[0])], "id INT, text STRING")
    rows = extract_quotes(df).collect()
    assert [tuple(r) for r in rows] == expected([(1, SENTENCES[0])])
    for row in rows:  # if quotes are found, their offsets point into the text
        assert SENTENCES[0][row.content_start : row.content_end] == row.content


def test_column_names_id_type_and_options(spark):
    pairs = [(10, SENTENCES[1]), (11, "Эксперт считает, что цены вырастут.")]
    df = spark.createDataFrame([(*p, "x") for p in pairs], "doc_id BIGINT, body STRING, extra STRING")
    options = Options(opinions=False)
    quotes = extract_quotes(df, text_col="body", id_col="doc_id", options=options)
    assert quotes.schema == quote_schema(df.schema["doc_id"].dataType)
    assert collected(quotes) == expected(pairs, options)


def test_null_text_is_an_error_row(spark):
    df = spark.createDataFrame([("ok", SENTENCES[0]), ("bad", None)], "id STRING, text STRING")
    rows = [r for r in extract_quotes(df).collect() if r.id == "bad"]
    assert len(rows) == 1 and rows[0].error == "TypeError: quoteattr.extract() takes str, got NoneType"


def test_missing_column(spark):
    df = spark.createDataFrame([("a", "Да.")], ["id", "body"])
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_quotes(df)
