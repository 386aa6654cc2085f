"""The data model: spans, JSON round-trip, the readable table."""

import json

import quoteattr
from quoteattr import Document, Quote, Span, Speaker

TEXT = "«Мы готовы к диалогу», — заявил министр Иван Петров."


def test_spans_point_into_text():
    doc = quoteattr.extract(TEXT)
    assert doc.quotes
    for q in doc.quotes:
        for span in (q.content, q.cue, q.source):
            assert TEXT[span.start : span.end] == span.text
        for m in q.speaker.mentions:
            assert TEXT[m.start : m.end] == m.text


def test_json_round_trip():
    doc = quoteattr.extract(TEXT)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc
    assert again.quotes[0].speaker is again.speakers[0]


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
    assert "Иван Петров" in table and "заявил" in table and "Мы готовы к диалогу" in table
    assert str(Document("")) == "(no quotations)"


def test_quote_without_speaker_serializes():
    doc = Document("Да.", (Quote(Span(0, 2, "Да"), "direct"),), ())
    assert Document.from_dict(doc.to_dict()) == doc
    assert Speaker("X", "unknown").to_dict()["mentions"] == []
