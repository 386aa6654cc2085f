"""The quote-mark scanner: pairing, nesting, unbalanced marks."""

import pytest

from quoteattr.quotes import scan_quotes


def spans(text):
    return [(text[s.start : s.end], s.depth) for s in scan_quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Он сказал: «Да».", [("«Да»", 0)]),
        ("„Нет“, — ответил он.", [("„Нет“", 0)]),
        ("“Yes”, he said.", [("“Yes”", 0)]),
        ('"Да", - сказал он.', [('"Да"', 0)]),
        ("«Мы в „Зените“ были»", [("«Мы в „Зените“ были»", 0), ("„Зените“", 1)]),
        ("«Мы в «Зените» были»", [("«Мы в «Зените» были»", 0), ("«Зените»", 1)]),
        ('"Мы в "Зените" были", - сказал он.', [('"Мы в "Зените" были"', 0), ('"Зените"', 1)]),
        ("«Без конца", []),
        ("Без начала»", []),
        ("«Первая строка\nвторая»", []),
        ("«Раз» и «два»", [("«Раз»", 0), ("«два»", 0)]),
        ("Сообщает РИА 'Вести'.", [("'Вести'", 0)]),
        ("«Он играл в 'Локомотиве'», — сказал тренер.", [("«Он играл в 'Локомотиве'»", 0), ("'Локомотиве'", 1)]),
        ("Читаю о д'Артаньяне и О'Коннелле.", []),
        ("Это 'неоконченная фраза", []),
    ],
)
def test_pairs(text, expected):
    assert spans(text) == expected


def test_inner_offsets():
    text = "Он: «Да»"
    (span,) = scan_quotes(text)
    assert text[span.inner_start : span.inner_end] == "Да"
