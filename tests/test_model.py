"""The data model: spans, JSON round-trip, the readable table."""

import json

from article import ARTICLE, assert_article

import quoteattr
from quoteattr import Document, Quote, Span, Speaker

TEXT = "«Мы готовы к диалогу», — заявил министр Иван Петров."


def test_spans_point_into_text():
    doc = quoteattr.extract(TEXT)
    assert [(q.content, q.cue, q.source) for q in doc.quotes] == [
        (Span(1, 20, "Мы готовы к диалогу"), Span(25, 31, "заявил"), Span(32, 51, "министр Иван Петров"))
    ]
    assert doc.quotes[0].speaker.mentions == (Span(32, 51, "министр Иван Петров"),)


def test_json_round_trip():
    doc = quoteattr.extract(ARTICLE)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc
    assert_article(again)
    assert [q.speaker for q in again.quotes] == [again.speakers[i] for i in (0, 0, 1, 1, 0, 2, 2, 3)]
    assert all(any(q.speaker is s for s in again.speakers) for q in again.quotes)


def test_records_are_frozen():
    span = Span(0, 2, "Мы")
    try:
        span.start = 1
    except AttributeError:
        pass
    else:
        raise AssertionError("Span must be immutable")


def test_table_lists_speaker_cue_and_quote():
    table = str(quoteattr.extract(TEXT))
    assert table.splitlines() == [
        "SPEAKER      CUE     KIND    QUOTE",
        "Иван Петров  заявил  direct  Мы готовы к диалогу",
    ]
    assert str(Document("")) == "(no quotations)"


def test_quote_without_speaker_serializes():
    doc = Document("Да.", (Quote(Span(0, 2, "Да"), "direct"),), ())
    assert Document.from_dict(doc.to_dict()) == doc
    assert Speaker("X", "unknown").to_dict()["mentions"] == []
