"""Tokens and sentences: razdel with line breaks and glued names."""

import pytest

from quoteattr.tokens import clear_memo, tokenize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Портал 4PDA закрыт.", ["Портал", "4PDA", "закрыт", "."]),
        ("Пишет VC.ru.", ["Пишет", "VC.ru", "."]),
        ("Версия 2.0 и т.е.", ["Версия", "2.0", "и", "т", ".", "е", "."]),
        ("«Да», — сказал он.", ["«", "Да", "»", ",", "—", "сказал", "он", "."]),
        # a dash, dot, comma, slash or underscore at the edge of a word joins by what stands across the space
        ("Кто -то пришел.", ["Кто", "-то", "пришел", "."]),
        ("Кто- то пришел.", ["Кто-", "то", "пришел", "."]),
        ("Было 1 ,5 и 3 /4.", ["Было", "1", ",5", "и", "3", "/4", "."]),
        ("Вот - то.", ["Вот", "-", "то", "."]),
        ("Итог: 7 - 0 .", ["Итог", ":", "7", "-", "0", "."]),
    ],
)
def test_tokens(text, expected):
    tokens = tokenize(text)
    assert [t.text for t in tokens.tokens] == expected
    assert all(text[t.start : t.end] == t.text for t in tokens.tokens)


def test_line_breaks_end_sentences():
    tokens = tokenize("Заголовок без точки\nПервое предложение. Второе")
    assert [tokens.text[s.start : s.end] for s in tokens.sentences] == [
        "Заголовок без точки",
        "Первое предложение.",
        "Второе",
    ]


def test_cyrillic_site_names_stay_one_token():
    tokens = [t.text for t in tokenize("Об этом сообщает Газета.ру, а не Вести.РФ.").tokens]
    assert "Газета.ру" in tokens and "Вести.РФ" in tokens


def test_words_seen_before_tokenize_alike():
    text = "Кто -то пишет в VC.ru. Кто -то пишет в VC.ru."
    expected = ["Кто", "-то", "пишет", "в", "VC.ru", "."] * 2
    assert [t.text for t in tokenize(text).tokens] == expected
    clear_memo()
    assert [t.text for t in tokenize(text).tokens] == expected
