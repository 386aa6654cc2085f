"""quoteattr.spark on a local Spark (local[2]): one row per quote, as written out in ``article.py``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from article import ARTICLE, ARTICLE_QUOTES, ARTICLE_QUOTES_NO_OPINIONS, SENTENCES, row_quote

from quoteattr import Options, Result, extract
from quoteattr.batch import ROW_FIELDS, quote_rows

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'quoteattr[spark]'")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Java is not installed: Spark needs a JVM (Java 17)", allow_module_level=True)

from quoteattr.spark import extract_quotes, local_session, quote_schema  # noqa: E402

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "docs" / "examples").glob("*.txt"))
TEXTS = [ARTICLE, *SENTENCES]
EXPECTED = {ARTICLE: ARTICLE_QUOTES, **SENTENCES}
FIRST = next(iter(SENTENCES))  # «Мы готовы к диалогу», — заявил министр Иван Петров.


@pytest.fixture(scope="module")
def spark():
    session = local_session(app_name="quoteattr-tests")
    yield session
    session.stop()


def collected(rows, texts: dict) -> list[tuple]:
    """(id, quote index, quote) of each Spark row, in id and quote order; ``texts`` by id, for the offsets."""
    rows = sorted((row.asDict() for row in rows), key=lambda r: (str(r["id"]), r["quote_index"] or 0))
    return [(r["id"], r["quote_index"], row_quote(r, texts[r["id"]])) for r in rows if r["error"] is None]


def rows_of_extract(pairs, options=None) -> list[tuple]:
    """The rows quote_rows() gives for extract() of each (id, text), sorted: Spark must give the same."""
    rows = []
    for id_, text in pairs:
        for row in quote_rows(Result(0, id_, extract(text, options=options))):
            rows.append(tuple(row[name] for name in ROW_FIELDS))
    return sorted(rows, key=lambda r: (str(r[0]), r[1]))


def expected(pairs, quotes_of_text=EXPECTED) -> list[tuple]:
    """What collected() must give for these (id, text) pairs, from the hand-written quotes."""
    rows = [(id_, n, quote) for id_, text in pairs for n, quote in enumerate(quotes_of_text[text])]
    return sorted(rows, key=lambda r: (str(r[0]), r[1]))


def test_rows_hold_the_quotes(spark):
    assert EXAMPLES, "docs/examples/*.txt is missing"
    pairs = [(f"s{i}", text) for i, text in enumerate(TEXTS)]
    examples = [(path.stem, path.read_text(encoding="utf-8")) for path in EXAMPLES]
    df = spark.createDataFrame(pairs + examples, ["id", "text"]).repartition(2)
    quotes = extract_quotes(df)
    assert quotes.columns == list(ROW_FIELDS)
    texts = dict(pairs + examples)
    spark_rows = quotes.collect()
    assert sorted(map(tuple, spark_rows), key=lambda r: (str(r[0]), r[1])) == rows_of_extract(pairs + examples)
    rows = collected(spark_rows, texts)
    assert [r for r in rows if r[0].startswith("s")] == expected(pairs)
    example_speakers = {r[2][4] for r in rows if not r[0].startswith("s")}
    assert "Андрей Соловьев" in example_speakers


def test_clear_sentence_rows(spark):
    df = spark.createDataFrame([(1, FIRST)], "id INT, text STRING")
    rows = extract_quotes(df).collect()
    assert [tuple(r) for r in rows] == [
        (1, 0, "direct", "Иван Петров", "person", "заявил", "министр Иван Петров", "Мы готовы к диалогу",
         1, 20, 25, 31, 32, 51, "quote-cue", None)
    ]


def test_column_names_id_type_and_options(spark):
    pairs = [(10, ARTICLE), (11, FIRST)]
    df = spark.createDataFrame([(*p, "x") for p in pairs], "doc_id BIGINT, body STRING, extra STRING")
    options = Options(opinions=False)
    quotes = extract_quotes(df, text_col="body", id_col="doc_id", options=options)
    assert quotes.schema == quote_schema(df.schema["doc_id"].dataType)
    without_opinions = {ARTICLE: ARTICLE_QUOTES_NO_OPINIONS, FIRST: SENTENCES[FIRST]}
    spark_rows = quotes.collect()
    assert collected(spark_rows, dict(pairs)) == expected(pairs, without_opinions)
    assert sorted(map(tuple, spark_rows), key=lambda r: (str(r[0]), r[1])) == rows_of_extract(pairs, options)


def test_null_text_is_an_error_row(spark):
    df = spark.createDataFrame([("ok", ARTICLE), ("bad", None)], "id STRING, text STRING")
    rows = extract_quotes(df).collect()
    bad = [r for r in rows if r.id == "bad"]
    assert len(bad) == 1 and bad[0].error == "TypeError: quoteattr.extract() takes str, got NoneType"
    assert collected(rows, {"ok": ARTICLE, "bad": None}) == expected([("ok", ARTICLE)])


@pytest.mark.io
def test_missing_column(spark):
    df = spark.createDataFrame([("a", "Да.")], ["id", "body"])
    with pytest.raises(ValueError, match="no column 'text'"):
        extract_quotes(df)
