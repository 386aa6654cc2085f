"""Tokens and sentences: razdel with line breaks and glued names."""

import pytest
import razdel
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr import tokens as tokens_module
from quoteattr.tokens import clear_memo, tokenize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Портал 4PDA закрыт.", ["Портал", "4PDA", "закрыт", "."]),
        ("Пишет VC.ru.", ["Пишет", "VC.ru", "."]),
        # a site's name before a Latin top-level domain, in any script and casing
        ("Пишет Газета.ru.", ["Пишет", "Газета.ru", "."]),
        ("Сайт Вести.Ru и NEWSru.Ua.", ["Сайт", "Вести.Ru", "и", "NEWSru.Ua", "."]),
        ("Пишут LIFE.RU и сайт.com.", ["Пишут", "LIFE.RU", "и", "сайт.com", "."]),
        # initials, a longer word and a capitalized word run on after a lower-case one are no site
        ("Фирма B.V и Mr.President.", ["Фирма", "B", ".", "V", "и", "Mr", ".", "President", "."]),
        ("Он ушел.The end.", ["Он", "ушел", ".", "The", "end", "."]),
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


def test_a_word_seen_before_holds_one_string():
    # a long document holds each of its words once, as the lower-case word its low form
    first, again = (tokenize(text).tokens for text in ("Дождь пошел и Дождь пошел", "И снова пошел Дождь"))
    assert first[3].text is first[0].text is again[3].text
    assert first[1].text is again[2].text is tokenize("пошел").low[0]


# Texts for razdel's rules: abbreviations, initials, numbers with marks, list items, smileys, quote
# marks and brackets before and after spaces, words with a dash, dot, comma, slash or underscore at an edge,
# links.
RAZDEL_PIECES = (
    "Он", "сказал", "т", "е", "г", "см", "др", "А", "И", "Петров", "ru", "VC", "4PDA", "5", "2021", "iii", "II",
    ".", ",", "-", "–", "—", "_", "/", "\\", "!", "?", "…", ":", ";", "(", ")", "[", "]", "«", "»", '"', "'", "„", "“",
    ":)", ";-(", "*", "**", " ", " ", "  ", "\t", "\u00a0",
)
razdel_text = st.one_of(
    st.lists(st.sampled_from(RAZDEL_PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(RAZDEL_PIECES), max_size=30).map(" ".join),
    st.text(alphabet="аЯ5.,-_/ »«!?()", max_size=40),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(razdel_text, min_size=1, max_size=3))
@example(["Он сказал. 1. Да. См. рис. 5. И т. д. А. С. Петров сказал: «Да.» Нет (да). Он -то 1 ,5 и 3 /4 – Кто- то."])
@example(["Счет 5-", "Счет 5- 0", "Цена 3,", "Цена 3, 5", "Итог -", "Итог - 1 _", "_ 1 _"])
@example(["Источник: https://www.site.ru/news/12May2021/item_one.html?id=5&x=a-b.ru/ https://site.ru/1/2/Вести.рф/раздел/статья-2.html, и т.д."])
def test_sentences_and_tokens_are_razdels(lines):
    """Sentences are razdel.sentenize()'s of a line, tokens razdel.tokenize()'s of a sentence (glued), also
    those of a word remembered from an earlier line, and the low forms those of the tokens."""
    clear_memo()
    for line in lines:
        result = tokenize(line)
        sentences = [(s.start, line[s.start : s.end]) for s in result.sentences]
        assert sentences == [(s.start, s.text) for s in razdel.sentenize(line) if s.text]
        for sent, (start, sentence) in zip(result.sentences, sentences):
            found = [(t.start - start, t.end - start, t.text) for t in result.tokens[sent.first : sent.last]]
            assert found == tokens_module._glue([(t.start, t.stop, t.text) for t in razdel.tokenize(sentence)], sentence)
        assert result.low == tuple(t.text.lower().replace("ё", "е") for t in result.tokens)


SMILEY_PIECES = ("=)", "=-(", ":((", ":-)))", ";)", ";-((((", "=", "-", ":", ";", ")", "(", ".", "»", " ", "а")


@settings(max_examples=300, deadline=None)
@given(st.one_of(razdel_text, st.lists(st.sampled_from(SMILEY_PIECES), max_size=30).map("".join)))
@example("Ну ;-)))) да =( нет :-( ;; и т.д.) «Да.» ’ } ]")
def test_sentence_delimiters_are_razdels(text):
    """The delimiters the sentence scan tries razdel's rules at are those razdel's own pattern finds:
    where, and which (a smiley as a whole, at most three brackets)."""
    def found(pattern):
        return [(m.span(), m.group(1)) for m in pattern.finditer(text)]

    assert found(tokens_module._SENTENCE_DELIMITER) == found(razdel.sentenize.split.re)


QUOTE_PIECES = ("«", "»", "“", "”", "‘", "’", '"', "„", "'", ". ", "! ", "…", ":-)", "а", "Да", " ")


@settings(max_examples=300, deadline=None)
@given(st.one_of(razdel_text, st.lists(st.sampled_from(QUOTE_PIECES + SMILEY_PIECES), max_size=30).map("".join)))
@example("«Да.» ’ „Нет“ ‘и’ \"так\" 'вот'. Он: «Ну» ;-)) »")
def test_one_scan_finds_delimiters_and_quote_marks(text):
    """The scan of a chunk that finds the delimiters finds every quote mark too, and the delimiters
    razdel's own pattern finds, as the scan for delimiters alone does."""
    scan = list(tokens_module._DELIMITER_OR_QUOTE.finditer(text))
    delimiters = [(m.span(), m.group(1)) for m in scan if m.group(1) not in ("«", "“", "‘")]
    assert delimiters == [(m.span(), m.group(1)) for m in razdel.sentenize.split.re.finditer(text)]
    _, quotes = tokens_module._razdel_sentences(text)
    assert quotes == [m.start() for m in tokens_module._RAZDEL_QUOTE.finditer(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Он ушел. Она осталась.", ["Он ушел.", "Она осталась."]),
        ("Он ушел! «Куда?» Никто не знал.", ["Он ушел!", "«Куда?»", "Никто не знал."]),
        ("Цена выросла (на 5%). Рынок замер.", ["Цена выросла (на 5%).", "Рынок замер."]),
        ('Он ответил "нет" и ушел.', ['Он ответил "нет" и ушел.']),
        ('Он ответил "Все." Потом ушел.', ['Он ответил "Все."', "Потом ушел."]),
        ("Итог 2024. 15 команд вышли.", ["Итог 2024.", "15 команд вышли."]),
        # an initial, an abbreviation, a list item's number: razdel's own rules join there
        ("Пришел А. Петров. Потом ушел.", ["Пришел А. Петров.", "Потом ушел."]),
        ("Это было в 1990 г. Москва росла.", ["Это было в 1990 г. Москва росла."]),
        ("II. Итоги года.", ["II. Итоги года."]),
        ("Он ушел. - Куда? - спросили его.", ["Он ушел.", "- Куда? - спросили его."]),
    ],
)
def test_sentence_ends(text, expected):
    """Sentence ends razdel's rules decide, some decided without reading them (a word before a
    period and a capital, a closing mark after a word), some by the rules."""
    sentences = [text[s.start : s.end] for s in tokenize(text).sentences]
    assert sentences == expected
    assert sentences == [s.text for s in razdel.sentenize(text)]


VERDICT_PIECES = ("Он", "он", "II", "XI", "г", "т", "е", "А", "дж", "5", "2024", "_", "x_y", "Ⅻ", "²")
verdict_side = st.lists(
    st.one_of(st.sampled_from(VERDICT_PIECES), st.sampled_from(RAZDEL_PIECES)), max_size=6
).map("".join)


@settings(max_examples=500, deadline=None)
@given(verdict_side, st.sampled_from(tokens_module.DELIMITERS), verdict_side, st.integers(0, 40))
@example("сказал", ".", "Он", 30)
@example("I", ".", "Он", 2)
@example('нет"', "»", "и", 30)
def test_certain_verdicts_are_razdels(before, mark, after, buffer_length):
    """Where the sentence scan decides a delimiter without razdel's rules, they decide alike."""
    before, after = before[-10:], (" " + after)[:10]
    split = tokens_module.SentSplit(before, mark, after)
    split.buffer = (" " * buffer_length + before)[-max(buffer_length, len(before)) :]  # spaces hold no atom
    verdict = tokens_module._certain_verdict(mark, before, after, len(split.buffer))
    assert verdict is None or verdict == tokens_module._joins(split)
