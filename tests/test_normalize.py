"""normalize(): the analysis text of messy input, and offsets back into it."""

from __future__ import annotations

import pytest

from quoteattr.normalize import normalize
from quoteattr.quotes import scan_quotes
from quoteattr.tokens import tokenize

# (messy input, the analysis text it must give)
FORMS = [
    ("Первая строка.\r\nВторая строка.\rТретья.", "Первая строка.\nВторая строка.\nТретья."),
    ("Абзац.\u2029Ещё абзац.\u2028Строка.", "Абзац.\nЕщё абзац.\nСтрока."),
    ("Иван\u00a0Петров сказал:\u202f«Да»,\u2009—\u3000нет.", "Иван Петров сказал: «Да», — нет."),
    ("\ufeffПре\u00adзи\u00adдент по\u200bдчерк\u200dнул\u2060.", "Президент подчеркнул."),
    ("Заявил Лукаше\u0301нко и А\u0300нна.", "Заявил Лукашенко и Анна."),
    ("Ёлка ещё зелёная.", "Ёлка ещё зелёная."),
    ("Е\u0308лка и\u0306од", "Ёлка йод"),
    ("Пyтин и Мocква, KPEMЛЬ, Москвa-Сити.", "Путин и Москва, КРЕМЛЬ, Москва-Сити."),
    ("Лукашéнко сказал", "Лукашенко сказал"),
    (
        "&laquo;Мы готовы&raquo;, &mdash; заявил министр Иван Петров.",
        "«Мы готовы», — заявил министр Иван Петров.",
    ),
    ("&#171;Да&#187; &#x00AB;Нет&#x00BB; &bdquo;Так&ldquo;", "«Да» «Нет» „Так“"),
    ("Он сказал:&nbsp;&quot;Хорошо&quot; &ndash; и ушел.", 'Он сказал: "Хорошо" – и ушел.'),
    ("&amp;laquo;Дважды&amp;raquo; &amp; AT&amp;T", "«Дважды» & AT&T"),
    ("Знак &amp;неимя; &amp;y; и &amp;amp;", "Знак &неимя; &y; и &"),  # only a known name is escaped twice
    ("При&shy;вет&#8203;!", "Привет!"),
]

# what is left alone
UNCHANGED = [
    "Обычный текст: «Мы готовы», — заявил министр.",
    "iPhone, Coca-Cola, COVID-19 и PRоект",  # Latin words; R has no Cyrillic twin
    "AT&T, R&D и &copy без точки с запятой, &неимя;",
    "&unknown; и &#99999999999;",
    "Ёж и ёлка",
    "Табуляция\tостается",
]


@pytest.mark.parametrize("messy, clean", FORMS + [(text, text) for text in UNCHANGED])
def test_analysis_text(messy, clean):
    norm = normalize(messy)
    assert norm.text == clean
    if messy == clean:
        assert norm.span(0, len(clean)) == (0, len(clean))


def test_clean_text_takes_the_fast_path():
    text = "«Мы готовы к диалогу», — заявил министр Иван Петров."
    norm = normalize(text)
    assert norm.text is text and norm.original is text and not norm.changed
    assert len(norm.clean_end) == 0


def _token_texts(text):
    return [(t.text, t.sent, t.para) for t in tokenize(text).tokens]


@pytest.mark.parametrize("messy, clean", FORMS)
def test_analysis_sees_the_clean_text(messy, clean):
    norm = normalize(messy)
    assert _token_texts(norm.text) == _token_texts(clean)
    assert scan_quotes(norm.text) == scan_quotes(clean)
    # each token maps back to the original characters it came from
    for tok in tokenize(norm.text).tokens:
        start, end = norm.span(tok.start, tok.end)
        assert normalize(messy[start:end]).text == tok.text
    for q in scan_quotes(norm.text):
        start, end = norm.span(q.start, q.end)
        assert normalize(messy[start:end]).text == norm.text[q.start : q.end]


# original: (a piece of its analysis text, the original range it must map to), ...
MAPPED = {
    "Заявил Лукаше\u0301нко.": [
        ("Лукашенко", "Лукаше\u0301нко"),
        ("Лукаше", "Лукаше\u0301"),  # the accent goes with its letter
        ("нко", "нко"),
    ],
    "&laquo;Да&raquo;, &mdash; сказал он.": [
        ("«", "&laquo;"),
        ("«Да»", "&laquo;Да&raquo;"),
        ("Да", "Да"),
        ("— сказал", "&mdash; сказал"),
    ],
    "&amp;laquo;Да&amp;raquo;": [("«Да»", "&amp;laquo;Да&amp;raquo;")],
    "&amp;y;": [("&", "&amp;"), ("y;", "y;")],  # an unknown name is not an entity
    "\ufeff\u200bПутин\u200b сказал": [("Путин", "Путин")],  # invisible edges stay out
    "Пре\u00adзидент": [("Президент", "Пре\u00adзидент")],  # inner ones stay in
    "Строка\r\nдругая": [("\n", "\r\n"), ("другая", "другая")],
    "Мы&nbsp;готовы": [(" ", "&nbsp;")],
    "Мы\u00a0готовы": [("Мы готовы", "Мы\u00a0готовы")],
    "Е\u0308лка": [("Ё", "Е\u0308")],
    "Пyтин": [("Путин", "Пyтин")],
    "&fjlig;": [("j", "&fjlig;")],  # an entity of two letters is never cut
}
MAPPED_CASES = [(text, piece, expected) for text, pairs in MAPPED.items() for piece, expected in pairs]


@pytest.mark.parametrize("original, clean_piece, expected", MAPPED_CASES)
def test_span_maps_back(original, clean_piece, expected):
    norm = normalize(original)
    start = norm.text.index(clean_piece)
    a, b = norm.span(start, start + len(clean_piece))
    assert original[a:b] == expected


def test_span_never_cuts_an_entity():
    original = "&laquo;Да&raquo;&fjlig;&amp;quot;х&#x2014;"
    norm = normalize(original)
    entities = [(i, original.index(";", i) + 1) for i, c in enumerate(original) if c == "&"]
    inside = {p for start, end in entities for p in range(start + 1, end)}
    for i in range(len(norm.text) + 1):
        for j in range(i, len(norm.text) + 1):
            a, b = norm.span(i, j)
            assert a not in inside and b not in inside, (i, j, a, b)


def test_empty_range():
    norm = normalize("\u200bДа\u200b")
    assert norm.text == "Да"
    assert norm.span(0, 0) == (1, 1)
    assert norm.span(2, 2) == (4, 4)


@pytest.mark.parametrize("start, end", [(-1, 1), (2, 1), (0, 3), (3, 3)])
def test_span_outside_the_text(start, end):
    with pytest.raises(ValueError, match="outside"):
        normalize("\u200bДа").span(start, end)


def test_large_messy_text_keeps_a_small_map():
    line = "«Мы\u00a0готовы», &mdash; заявил Лукаше\u0301нко.\r\n"
    text = line * 20_000
    norm = normalize(text)
    assert norm.text == ("«Мы готовы», — заявил Лукашенко.\n") * 20_000
    assert len(norm.clean_end) == 3 * 20_000  # one entry per entity, accent and CRLF
    last = norm.text.rindex("Лукашенко")
    a, b = norm.span(last, last + len("Лукашенко"))
    assert text[a:b] == "Лукаше\u0301нко"
