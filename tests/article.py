"""Test texts written for this suite, with their expected quotes written out by hand.

Tests of every layer (the command line, extract_many, CSV rows, Spark,
properties, robustness) check what these texts must give, never what
``extract()`` happens to return: a broken extractor fails them. The texts
are our own, not development-set text.

``ARTICLE`` is a short news story with quotes of all three kinds, a pronoun
("он") and a role ("Мэр") that refer back to a named person, a "По словам"
phrase and an opinion verb ("считает", dropped with ``opinions=False``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Optional

from quoteattr import Document

ARTICLE_PATH = Path(__file__).resolve().parent / "fixtures" / "article.txt"
ARTICLE = ARTICLE_PATH.read_text(encoding="utf-8")

#: One quote as the tests compare it: (kind, content, cue, source, speaker name).
QuoteRow = tuple[str, str, Optional[str], Optional[str], Optional[str]]

ARTICLE_QUOTES: list[QuoteRow] = [
    ("indirect", "ремонт моста через реку завершится к осени", "заявил", "Мэр города Иван Петров", "Иван Петров"),
    ("direct", "Мы уложимся в сроки и в бюджет", "сказал", "он", "Иван Петров"),
    ("indirect", "деньги на ремонт уже выделены", "По словам", "главы городского совета Анны Смирновой", "Анна Смирнова"),
    ("direct", "Подрядчик работает без выходных", "добавила", "Смирнова", "Анна Смирнова"),
    ("mixed", "движение по мосту откроют «в первый день сентября»", "сообщил", "Мэр", "Иван Петров"),
    ("indirect", "рабочих станет больше", "пообещал", "Директор строительной компании Олег Сидоров", "Олег Сидоров"),
    ("direct", "Новая техника придет на следующей неделе", "уточнил", "он", "Олег Сидоров"),
    ("indirect", "мост прослужит еще полвека", "считает", "Эксперт Мария Ковалева", "Мария Ковалева"),
]
#: With ``Options(opinions=False)`` the opinion ("считает, что") is not reported.
ARTICLE_QUOTES_NO_OPINIONS = ARTICLE_QUOTES[:-1]

#: (name, kind, gender, mention texts) of each speaker, in order of first quote.
ARTICLE_SPEAKERS = [
    ("Иван Петров", "person", "masc", ["Мэр города Иван Петров", "он", "Мэр"]),
    ("Анна Смирнова", "person", "femn", ["главы городского совета Анны Смирновой", "Смирнова"]),
    ("Олег Сидоров", "person", "masc", ["Директор строительной компании Олег Сидоров", "он"]),
    ("Мария Ковалева", "person", "femn", ["Эксперт Мария Ковалева"]),
]

#: Short texts and their quotes: one construction each, and texts with none.
SENTENCES: dict[str, list[QuoteRow]] = {
    "«Мы готовы к диалогу», — заявил министр Иван Петров.": [
        ("direct", "Мы готовы к диалогу", "заявил", "министр Иван Петров", "Иван Петров"),
    ],
    "Мэр Анна Смирнова сказала, что ремонт моста завершится к осени.": [
        ("indirect", "ремонт моста завершится к осени", "сказала", "Мэр Анна Смирнова", "Анна Смирнова"),
    ],
    "«Цены не вырастут», — пообещал глава компании. — «Мы удержим тарифы».": [
        ("direct", "Цены не вырастут", "пообещал", "глава компании", "глава компании"),
        ("direct", "Мы удержим тарифы", "пообещал", "глава компании", "глава компании"),
    ],
    "По словам представителя ведомства, проверка продлится месяц.": [
        ("indirect", "проверка продлится месяц", "По словам", "представителя ведомства", "представитель ведомства"),
    ],
    "Вчера в городе прошел дождь.": [],
    "": [],
}


def check_spans(doc: Document) -> None:
    """Every span of ``doc`` is the text at its offsets."""
    for q in doc.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text, span
    for speaker in doc.speakers:
        for span in speaker.mentions:
            assert doc.text[span.start : span.end] == span.text, span


def quotes_of(doc: Document) -> list[QuoteRow]:
    """The quotes of ``doc`` as (kind, content, cue, source, speaker name), after checking its spans."""
    check_spans(doc)
    return [
        (
            q.kind,
            q.content.text,
            q.cue.text if q.cue else None,
            q.source.text if q.source else None,
            q.speaker.name if q.speaker else None,
        )
        for q in doc.quotes
    ]


def speakers_of(doc: Document) -> list[tuple[str, str, Optional[str], list[str]]]:
    """The speakers of ``doc`` as (name, kind, gender, mention texts)."""
    return [(s.name, s.kind, s.gender, [m.text for m in s.mentions]) for s in doc.speakers]


def assert_article(doc: Document, quotes: Iterable[QuoteRow] = ARTICLE_QUOTES) -> None:
    """``doc`` is the extraction of ARTICLE: its quotes and, with every quote, its speakers."""
    assert doc.text == ARTICLE
    assert quotes_of(doc) == list(quotes)
    if list(quotes) == ARTICLE_QUOTES:
        assert speakers_of(doc) == ARTICLE_SPEAKERS


def row_quote(row: dict[str, Any], text: str) -> QuoteRow:
    """A quote row (batch.quote_rows, CSV, Spark) as a QuoteRow, after checking its offsets in ``text``.

    Empty strings (CSV's null) read as None; offsets may be strings (CSV).
    """

    def value(name: str) -> Any:
        v = row[name]
        return None if v == "" else v

    for field in ("content", "cue", "source"):
        if value(field) is not None:
            start, end = int(row[f"{field}_start"]), int(row[f"{field}_end"])
            assert text[start:end] == row[field], (field, row)
    return (row["kind"], row["content"], value("cue"), value("source"), value("speaker"))
