"""extract_many: order, ids, error results in place, streaming, worker processes.

Documents are checked against the quotes written out in ``article.py``.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle

import pytest
from article import ARTICLE, ARTICLE_QUOTES, ARTICLE_QUOTES_NO_OPINIONS, SENTENCES, assert_article, quotes_of, row_quote
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import Options, Result, extract, extract_many
from quoteattr import batch
from quoteattr.batch import ROW_FIELDS, Failed, quote_rows

TEXTS = [ARTICLE, *SENTENCES]
EXPECTED = {ARTICLE: ARTICLE_QUOTES, **SENTENCES}
FIRST = next(iter(SENTENCES))  # «Мы готовы к диалогу», — заявил министр Иван Петров.

needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="patching extract() in workers needs the fork start method",
)


def texts(n: int) -> list[str]:
    """``n`` texts: the test texts in turn, each with a line without quotes after it."""
    return [TEXTS[i % len(TEXTS)] + f"\nЗаметка {i}." for i in range(n)]


def expected(text: str) -> list:
    return EXPECTED[text.split("\nЗаметка")[0]]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_in_input_order_with_their_quotes(jobs):
    inputs = texts(23)
    results = list(extract_many(inputs, jobs=jobs, batch_size=4))
    assert [r.index for r in results] == list(range(23))
    assert all(r.ok and r.id is None and r.error is None for r in results)
    assert [quotes_of(r.document) for r in results] == [expected(t) for t in inputs]
    assert [r.document for r in results] == [extract(t) for t in inputs]  # workers give what extract() gives


def test_the_article_through_extract_many():
    (result,) = extract_many([("a1", ARTICLE)])
    assert result.id == "a1"
    assert_article(result.document)


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_inputs_become_error_results_in_place(jobs):
    inputs = ["Он промолчал.", b"bytes", None, 42, ("id", b"x"), {"id": "d"}, ("a", "b", "c"), ARTICLE]
    results = list(extract_many(inputs, jobs=jobs, batch_size=3))
    assert [r.index for r in results] == list(range(len(inputs)))
    assert [r.ok for r in results] == [True, False, False, False, False, False, False, True]
    assert results[1].error.startswith("TypeError: ") and "bytes" in results[1].error
    assert results[2].error == "TypeError: quoteattr.extract() takes str, got NoneType"
    assert results[3].error == "TypeError: quoteattr.extract() takes str, got int"
    assert results[4].id == "id"
    assert results[5].id == "d" and results[5].error.startswith("KeyError: ")
    assert "length 3" in results[6].error
    assert all(r.document is None for r in results if not r.ok)
    assert quotes_of(results[0].document) == []
    assert_article(results[7].document)
    assert results[7].document == extract(ARTICLE)


@pytest.mark.parametrize("jobs", [1, 2])
def test_ids_join_back_for_pairs_and_dicts(jobs):
    inputs = [(f"p{i}", t) for i, t in enumerate(TEXTS)] + [
        {"id": 7, "text": ARTICLE, "extra": "ignored"},
        {"text": FIRST},
    ]
    results = list(extract_many(inputs, jobs=jobs))
    assert [r.id for r in results] == [f"p{i}" for i in range(len(TEXTS))] + [7, None]
    by_id = {r.id: r.document for r in results}
    for i, text in enumerate(TEXTS):
        assert quotes_of(by_id[f"p{i}"]) == EXPECTED[text]
        assert by_id[f"p{i}"] == extract(text)
    assert_article(by_id[7])
    assert quotes_of(by_id[None]) == SENTENCES[FIRST]


def test_dict_field_names_are_configurable():
    inputs = [{"uid": "u1", "body": ARTICLE}, {"uid": "u2", "text": "wrong field"}]
    first, second = extract_many(inputs, text_field="body", id_field="uid")
    assert first.id == "u1" and first.document == extract(ARTICLE)
    assert_article(first.document)
    assert second.id == "u2" and second.error == "KeyError: no 'body' field in the record"


def test_failed_passes_through_as_an_error():
    results = list(extract_many([Failed("bad-1", "ValueError: broken line"), FIRST]))
    assert (results[0].id, results[0].error) == ("bad-1", "ValueError: broken line")
    assert quotes_of(results[1].document) == SENTENCES[FIRST]


@pytest.mark.parametrize("jobs", [1, 2])
def test_streams_without_reading_all_input(jobs):
    pulled = []

    def endless():
        for i in itertools.count():
            pulled.append(i)
            yield (i, FIRST)

    batch_size = 3
    results = list(itertools.islice(extract_many(endless(), jobs=jobs, batch_size=batch_size), 10))
    assert [r.id for r in results] == list(range(10))
    assert all(quotes_of(r.document) == SENTENCES[FIRST] for r in results)
    # What was read ahead is bounded by the window of batches in flight.
    assert len(pulled) <= 10 + (2 * jobs + 1) * batch_size


def _patched_extract(monkeypatch, action):
    real = batch.extract

    def fake(text, **kwargs):
        if text.startswith("BOOM"):
            action()
        return real(text, **kwargs)

    monkeypatch.setattr(batch, "extract", fake)


def _raise():
    raise RuntimeError("boom inside extract")


@pytest.mark.parametrize("jobs", [1, pytest.param(2, marks=needs_fork)])
def test_exception_inside_extract_becomes_an_error_result(monkeypatch, jobs):
    _patched_extract(monkeypatch, _raise)
    inputs = [FIRST, "BOOM два.", ARTICLE]
    results = list(extract_many(inputs, jobs=jobs, batch_size=1))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == "RuntimeError: boom inside extract"
    assert quotes_of(results[0].document) == SENTENCES[FIRST]
    assert_article(results[2].document)


@needs_fork
@pytest.mark.parametrize("culprit", [0, 5, 11])
def test_a_dying_worker_fails_only_its_document(monkeypatch, culprit):
    _patched_extract(monkeypatch, lambda: os._exit(3))
    inputs = [TEXTS[i % len(TEXTS)] for i in range(12)]
    inputs[culprit] = "BOOM"
    results = list(extract_many(inputs, jobs=2, batch_size=2))
    assert [r.index for r in results] == list(range(12))
    assert [r.ok for r in results] == [i != culprit for i in range(12)]
    assert results[culprit].error.startswith("BrokenProcessPool")
    assert all(quotes_of(r.document) == EXPECTED[inputs[r.index]] for r in results if r.ok)
    assert all(r.document == extract(inputs[r.index]) for r in results if r.ok)


@pytest.mark.io
def test_arguments_are_checked_when_called():
    with pytest.raises(ValueError, match="jobs"):
        extract_many([], jobs=-1)
    with pytest.raises(ValueError, match="batch_size"):
        extract_many([], batch_size=0)
    with pytest.raises(TypeError, match="Options"):
        extract_many([], options={"opinions": False})
    with pytest.raises(ValueError, match="morph"):
        extract_many([], jobs=2, morph=object())


def test_jobs_zero_means_one_per_cpu():
    assert batch.resolve_jobs(0) == (os.cpu_count() or 1)
    results = list(extract_many([ARTICLE, FIRST], jobs=0))
    assert_article(results[0].document)
    assert quotes_of(results[1].document) == SENTENCES[FIRST]


def test_options_reach_the_workers():
    options = Options(opinions=False)
    results = list(extract_many([ARTICLE, ARTICLE], jobs=2, batch_size=1, options=options))
    for result in results:
        assert_article(result.document, ARTICLE_QUOTES_NO_OPINIONS)
    assert [r.document for r in results] == [extract(ARTICLE, options=options)] * 2


def test_result_is_a_frozen_picklable_record():
    result = Result(3, "x", extract(ARTICLE))
    assert result.ok and pickle.loads(pickle.dumps(result)) == result
    assert_article(pickle.loads(pickle.dumps(result)).document)
    with pytest.raises(AttributeError):
        result.index = 4  # type: ignore[misc]
    assert quoteattr.Result is Result and "Result" in quoteattr.__all__


@pytest.mark.parametrize("text", TEXTS)
def test_quote_rows_hold_the_quotes(text):
    doc = extract(text)
    rows = list(quote_rows(Result(0, "doc", doc)))
    assert [row_quote(row, text) for row in rows] == EXPECTED[text]
    assert len(rows) == len(doc.quotes)
    for n, (row, quote) in enumerate(zip(rows, doc.quotes)):
        assert tuple(row) == ROW_FIELDS
        assert (row["id"], row["quote_index"], row["kind"]) == ("doc", n, quote.kind)
        assert row["content"] == quote.content.text == text[row["content_start"] : row["content_end"]]
        assert row["speaker"] == (quote.speaker.name if quote.speaker else None)
        assert row["cue"] == (quote.cue.text if quote.cue else None)
        assert row["source"] == (quote.source.text if quote.source else None)
        assert row["rule"] == quote.rule and row["error"] is None


@pytest.mark.io
def test_quote_rows_of_a_failure_is_one_error_row():
    (row,) = quote_rows(Result(0, "doc", None, "TypeError: nope"))
    assert row == {**dict.fromkeys(ROW_FIELDS), "id": "doc", "error": "TypeError: nope"}


inputs_strategy = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.binary(max_size=5),
        st.none(),
        st.integers(),
        st.tuples(st.integers(), st.text(max_size=40)),
    ),
    max_size=12,
)


@pytest.mark.io
@settings(max_examples=40, deadline=None)
@given(inputs_strategy, st.integers(min_value=1, max_value=5))
def test_one_result_per_input_whatever_the_input(inputs, batch_size):
    results = list(extract_many(inputs, batch_size=batch_size))
    assert [r.index for r in results] == list(range(len(inputs)))
    for item, result in zip(inputs, results):
        text = item[1] if isinstance(item, tuple) else item
        assert result.ok == isinstance(text, str)
        assert (result.document is None) != result.ok
        assert result.id == (item[0] if isinstance(item, tuple) else None)
