"""Fast paths give what the plain computation they replace gives.

Each check below sets a shortcut (a per-token memo, a cheaper scan, a search
split in parts) against the straightforward definition it stands for, on
sentences written for this file and on every character where a character
class is at stake.
"""

from __future__ import annotations

import copy
import re
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.analysis import UNASKED, Analysis, _has_letter, _only_marks
from quoteattr.attribution import _ALNUM, _HEADLINE_SOURCE_TOKENS, _ClauseStops, _headline_colons, _is_russian_word, _Sieves, attribute
from quoteattr.cues import _NOMINAL_PREPOSITIONS, _cue_word_indices, _verb_forms, find_cues
from quoteattr.mentions import (
    _SITE,
    _word_name_forms,
    name_forms,
    _numeric_adjective,
    _after_capitalized_word,
    _capitalized_after_capitalized,
    _apposed_to_place_noun,
    _is_cyrillic,
    _is_site,
    _ASK_CONTEXT,
    _kind_of_form,
    _lowercase_kind,
    _place_of_the_text,
    _spelled_as_name,
    _token_kind,
    _next_to_dictionary_name,
    is_modifier,
    is_name,
    may_head_organization,
    opens_sentence,
    quoted_name_at,
    split_clipped,
    token_kind,
    unit_end,
)
from quoteattr.morph import Morphology, declined_abbreviation
from quoteattr.name_cases import NameCases, _nominative_names
from quoteattr.normalize import _CHAR_CLASS, _CHARS, _CYRILLIC, _CYRILLIC_CLASS, _ENTITY, _LATIN_LOOKALIKE, _MIXED, _needs_cleaning, normalize
from quoteattr.pipeline import default_morphology
from quoteattr.quotes import scan_quotes
from quoteattr.lexicon import fold
from quoteattr.reading import outlet_words
from quoteattr.speakers import _OPENING_LETTERS, _TYPO_WORD, _Entity, _opened_by, _openings_index, _outlet_openings, _Resolver, _spelling, _typo_places
from quoteattr.tokens import _latin, tokenize

TEXTS = [
    "«Мы договорились», — заявил Фицо. Он добавил, что 2014-го года всё было иначе.",
    "По его словам, аль-Хатиб сделал заявление: «Да!» (см. сайт Лента.ру, 5%).",
    "Глава МИД Иван Петров выступил с заявлением... «Нет», — сказал он. 'Ок' — … ½ ¼ _ №",
    "ООН-2 и «Газпром»: „Вестник“ пишет \"так\" — ЦАХАЛа, iPhone, Пyтин, Ⅻ, ٣٤.",
    "",
]

ODD_STRINGS = ["", "a", "1", "-", "«", "Да", "2014-го", "«Да", "..", "ab1", "½", "¼x", "x½", "Ⅻ", "_", "٣", "а_б", "—", "Ё"]


def _every_character() -> list[str]:
    return [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]


@pytest.mark.parametrize("text", ODD_STRINGS)
def test_letter_and_mark_tests_read_each_character(text: str) -> None:
    assert _has_letter(text) == any(c.isalpha() for c in text)
    assert _only_marks(text) == (not any(c.isalnum() for c in text))


@pytest.mark.parametrize("text", [" ".join(ODD_STRINGS), "ё-моё Из-за COVID-19 Ⅻв ½а а½ x2 2x _а а_ ٣а №5 Ёж"])
def test_per_token_flags_read_off_the_first_character_are_those_of_every_character(text: str) -> None:
    """The flags worked out from a token's first character (a letter first: a letter, no mark), and
    read character by character only for the others, are those every character of the token gives."""
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    assert len(an.toks) > 10
    for i, tok in enumerate(an.toks):
        assert an.caps[i] == tok.text[0].isupper()
        assert an.letters[i] == any(c.isalpha() for c in tok.text)
        assert an.marks[i] == (not any(c.isalnum() for c in tok.text))


@pytest.mark.parametrize("text", TEXTS)
def test_per_token_memo_of_analysis_answers_as_the_token_text(text: str) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    for _ in range(2):  # asked again: the remembered answer
        for i, tok in enumerate(an.toks):
            assert an.letters[i] == any(c.isalpha() for c in tok.text)
            assert an.marks[i] == (not any(c.isalnum() for c in tok.text))
            assert an.is_prep(i) == (an.letters[i] and "PREP" in an.word(i).best and not an.is_initial(i))
    assert an.capitalized == [i for i, tok in enumerate(an.toks) if tok.text[:1].isupper()]
    # each token's text and sentence, and each sentence's tokens, read off lists
    assert list(an.tok_texts) == [tok.text for tok in an.toks]
    assert an.sent_of == [tok.sent for tok in an.toks]
    assert [an.sentence_bounds(i) for i in range(len(an.toks))] == [(an.sentence(i).first, an.sentence(i).last) for i in range(len(an.toks))]
    # the outermost quote holding each token, and the tokens a quote runs over, found by bisection
    outermost = [q for q in scan_quotes(text) if q.depth == 0]
    assert an.quote_of == [
        next((qi for qi, q in enumerate(outermost) if q.start <= tok.start and tok.end <= q.end), -1) for tok in an.toks
    ]
    for qi, q in enumerate(outermost):
        inside = [i for i, tok in enumerate(an.toks) if tok.end > q.start and tok.start < q.end]
        assert an.quote_tokens(qi) == (inside[0], inside[-1])


@pytest.mark.parametrize("text", TEXTS)
def test_kinds_of_mention_and_names_are_remembered_per_token(text: str) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    assert set(an.token_kinds) <= {UNASKED} and set(an.token_names) <= {None}  # nothing asked yet
    kinds = [token_kind(an, i) for i in range(len(an.toks))]
    names = [is_name(an, i) for i in range(len(an.toks))]
    assert an.token_kinds == kinds and an.token_names == names
    assert [token_kind(an, i) for i in range(len(an.toks))] == kinds  # asked again: the remembered answer
    fresh = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    assert [_token_kind(fresh, i) for i in range(len(an.toks))] == kinds


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "Он сказал: «Мы\nготовы». «Да»,\n— ответил „Вестник“ и ‘так’.",
        "«А «Б» В» \"Г\" 'Д' „Е“ “Ж” «\n»",
        "Строка «без пары\n\nи «ещё» одна» «" + "«a» " * 20,
        "'«\"„“”»'\n\"" * 5,
    ],
)
def test_quote_marks_the_tokenizer_found_pair_as_those_searched_for(text: str) -> None:
    assert scan_quotes(text, tokenize(text).quote_marks) == scan_quotes(text)


def test_analyses_remembered_before_are_there_from_the_start_and_the_others_on_demand() -> None:
    morph = Morphology()
    text = "Лесник Фомин сказал, что придет завтра."
    known = morph.word("сказал")
    an = Analysis(tokenize(text), scan_quotes(text), morph)
    said = [tok.text for tok in an.toks].index("сказал")
    assert an.words[said] is known
    assert [w is not None for w in an.words].count(True) == 1
    assert [an.word(i) for i in range(len(an.toks))] == [morph.word(tok.text) for tok in an.toks]
    assert morph.remembered(["сказал", "придет", "никогда"]) == [known, morph.word("придет"), None]


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "Сергей Багапш и Анна Мороз приехали. Багапш сказал, что Иван Бойко Петров прав. Гази Хамад согласился."],
)
@pytest.mark.parametrize("test", [lambda an, k: _next_to_dictionary_name(an, k, before_only=True), _after_capitalized_word])
def test_words_after_a_first_name_are_among_the_capitalized_after_capitalized(text: str, test) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    after = _capitalized_after_capitalized(an)
    assert [k for k in an.capitalized if test(an, k)] == [k for k in after if test(an, k)]


@pytest.mark.parametrize("text", TEXTS)
def test_cue_word_indices_are_the_tokens_of_the_cue_tables(text: str) -> None:
    analyzer = default_morphology().analyzer
    verbs, acts = _verb_forms(analyzer), _verb_forms(analyzer, "speech_act_verbs.tsv")
    lows = tokenize(text).low
    expected = [k for k, w in enumerate(lows) if w in verbs or w in _NOMINAL_PREPOSITIONS or w in acts]
    assert _cue_word_indices(lows, analyzer) == expected


@pytest.mark.parametrize("text", [*ODD_STRINGS, "Лента.ру", "Газета.Ru", "ЛЕНТА.РУ", "Вести-24.рф", "сайт.ру", "Правительство", "Лента.ру.", "Лента,ру"])
def test_site_test_is_the_full_match_of_an_address(text: str) -> None:
    assert _is_site(text) == (_SITE.fullmatch(text) is not None)


def test_cyrillic_test_is_the_full_match_of_russian_letters_and_hyphens() -> None:
    full = regex.compile(r"[а-яА-ЯёЁ-]*")
    for c in _every_character():
        assert _is_cyrillic(c) == (full.fullmatch(c) is not None), hex(ord(c))
    for text in ODD_STRINGS + ["Путин", "аль-Хатиб", "Reuters", "Пyтин"]:
        assert _is_cyrillic(text) == (full.fullmatch(text) is not None)


def test_alnum_search_is_str_isalnum() -> None:
    for c in _every_character():
        assert (_ALNUM.match(c) is not None) == c.isalnum(), hex(ord(c))


# a look-alike next to a Cyrillic letter, as regex reads the script
_MIXED_PAIR = rf"{_LATIN_LOOKALIKE}(?:(?<=\p{{Cyrillic}}.)|(?=\p{{Cyrillic}}))"


def test_cyrillic_class_is_every_character_of_the_script() -> None:
    assert regex.findall(r"\p{Cyrillic}", "".join(_every_character())) == list(_CYRILLIC)


def test_cyrillic_class_of_ranges_matches_every_character_of_the_script() -> None:
    assert re.findall(_CYRILLIC_CLASS, "".join(_every_character())) == list(_CYRILLIC)


def test_russian_word_search_is_the_test_of_each_lowered_letter() -> None:
    for text in [*ODD_STRINGS, "Мир", "ЁЖ", "mir", "2014-го", "x-Я", "İ", "Σ", *_every_character()]:
        assert _is_russian_word(text) == any("а" <= c <= "я" or c == "ё" for c in text.lower()), repr(text)


@pytest.mark.parametrize("text", [*ODD_STRINGS, "SkyNews", "News2", "2024", "x", "Мир", "a-b", "é", "٣x"])
def test_latin_word_test_reads_its_letters(text: str) -> None:
    assert _latin(text) == (text.isascii() and text.isalnum() and any(c.isalpha() for c in text))


def test_mixed_search_finds_what_regex_finds() -> None:
    mixed = regex.compile(_MIXED_PAIR)
    texts = TEXTS + ["Пyтин", "yП", "aб", "бa", "a-б", "Лукашенкo сказал", "iPhone-ом", "ёЁáП", "Пé", "x\nП"]
    for text in texts:
        found = [m.span() for m in mixed.finditer(text)]
        assert [m.span() for m in _MIXED.finditer(text)] == found, repr(text)
        for pos in range(len(text) + 1):  # searched from inside the text, as the fixing loop does
            old, new = mixed.search(text, pos), _MIXED.search(text, pos)
            assert (old and old.span()) == (new and new.span()), (text, pos)


def test_needs_cleaning_is_the_one_search_it_splits() -> None:
    whole = regex.compile(rf"[{_CHAR_CLASS}\p{{M}}]|{_ENTITY}|{_MIXED_PAIR}")
    for c in _every_character():
        assert _needs_cleaning(c) == (whole.search(c) is not None), hex(ord(c))
    pieces = ["&amp;", "&laquo;", "&#171;", "&x;", "&", "a", "y", "Пy", "yП", "\u0301", "е\u0308", "x", " ", "П", "ab", "\u00a0", "\r\n"]
    texts = TEXTS + [a + b + c for a in pieces for b in pieces for c in ("", "П", "q")]
    for text in texts:
        assert _needs_cleaning(text) == (whole.search(text) is not None), repr(text)


def test_has_rejects_only_what_no_reading_has() -> None:
    morph = Morphology(default_morphology().analyzer)
    asks = [("NOUN", "gent"), ("NOUN", "anim", "sing"), ("Surn", "plur", "nomn"), ("VERB", "femn"), ("ADJF", "Geox")]
    for text in "Путина министра заявила Белой сказал источники Мороз".split():
        word = morph.word(text)
        for grammemes in asks:
            assert word.has(*grammemes) == any(set(grammemes) <= r.grammemes for r in word.readings)


@pytest.mark.parametrize("special", sorted(_CHAR_CLASS))
def test_one_character_rules_replace_as_translate_does(special: str) -> None:
    # only the one-character rules at work: no entity, mark, CRLF or look-alike in the text
    text = f"Мы{special}готовы,{special}{special} — заявил он.{special}"
    assert normalize(text).text == text.translate(_CHARS)


ABBREVIATIONS = ["мнс", "мид", "мвд", "мчс", "нбу", "nyt", "м", "мн", "мнсх", "фсб", "фсин"]
OPENINGS = [[], ["м"], ["мн"], ["мнс"], ["мнсхх"], ["мв", "мн"], ["нб", "нбу"], ["ny", "nb"], ["ф", "фс"], ["x"], ["фсбр"]]


@pytest.mark.parametrize("openings", OPENINGS)
def test_abbreviations_opened_are_read_off_the_index_in_order(openings: list[str]) -> None:
    for listed in (ABBREVIATIONS, ABBREVIATIONS[::-1], ABBREVIATIONS[:3], []):
        expected = [a for a in listed if any(a.startswith(o) for o in openings)]
        assert _opened_by(listed, _openings_index(listed), openings) == expected


PEOPLE_TEXTS = [
    "Министр финансов Олег Смирнов заявил, что бюджет сбалансирован. Он добавил: «Дефицита не будет». "
    "Вчера в Москве прошла встреча. Глава МВД Иван Петров сказал, что преступность снизилась. "
    "«Мы работаем», — отметил министр. По словам Петрова, на встрече был и представитель ФСБ. "
    "Анна Кузнецова, которая возглавляет фонд, сообщила, что деньги пришли. Она уточнила: «Все в порядке». "
    "Газета «Ведомости» пишет, что сделка закрыта. Издание ссылается на источники. Смирнов это опроверг.",
]


def _only_in_reach(resolver: _Resolver, before: int, within: int) -> _Resolver:
    """``resolver`` with only the mentions ``within`` sentences of token ``before`` seen."""
    toks = resolver.an.toks
    sent = toks[min(before, len(toks) - 1)].sent
    near = copy.copy(resolver)
    near.seen = [s for s in resolver.seen if sent - toks[s.token].sent <= within]
    return near


def _resolver_of(text: str) -> _Resolver:
    """The speaker resolver of ``text`` once the sieves have run, its mentions and roles collected."""
    morph = default_morphology()
    tokens = tokenize(text)
    an, _ = attribute(tokens, scan_quotes(text), find_cues(tokens, morph), morph)
    return _Resolver(an)


@pytest.mark.parametrize("text", PEOPLE_TEXTS)
def test_look_back_within_sentences_stops_where_the_full_read_finds_nothing_more(text: str) -> None:
    resolver = _resolver_of(text)
    an = resolver.an
    assert len({id(s.entity) for s in resolver.seen}) >= 4  # people and organizations to tell apart
    accepts = [
        lambda e: True,
        lambda e: e.kind == "person",
        lambda e: e.kind == "organization",
        lambda e: e.kind == "person" and e.gender == "femn",
    ]
    for before in range(len(an.toks) + 1):
        for accept in accepts:
            for within in (0, 1, 2):
                # a look-back within sentences is one over the mentions in reach, however it stops
                near = _only_in_reach(resolver, before, within)
                for flags in ({}, {"prominent": True}, {"ungoverned": True}, {"oblique_here": False}):
                    expected = near.recent(before, accept, **flags)
                    assert resolver.recent(before, accept, within, **flags) is expected, (before, within, flags)


@pytest.mark.parametrize("text", PEOPLE_TEXTS)
def test_the_roles_of_a_span_read_once_are_those_read_anew(text: str) -> None:
    """roles_in() reads the roles of a span once and gives new roles at each call: asked again (as a
    name's roles are when its source is resolved), the same roles as a fresh read, none shared."""
    resolver = _resolver_of(text)
    an = resolver.an
    read = 0
    for first in range(len(an.toks)):
        for end in range(first, min(len(an.toks), first + 6) + 1):
            for case in ("nomn", "gent"):
                for one in (False, True):
                    fresh = resolver._read_roles(first, end, case, one)
                    read += len(fresh)
                    given = [resolver.roles_in(first, end, case, one) for _ in range(2)]
                    for roles in given:
                        assert [(r.token, r.office, r.marks, r.exclusive, r.entity, r.member, r.referred) for r in roles] == [
                            (r.token, r.office, r.marks, r.exclusive, r.entity, r.member, r.referred) for r in fresh
                        ]
                    assert not {id(r) for r in given[0]} & {id(r) for r in given[1]}
    assert read  # roles to compare: "глава МВД", "министр", "представитель ФСБ"


def test_every_case_of_an_outlet_word_opens_as_the_word_does() -> None:
    """The quoted names put in the nominative to see whether they name an outlet are only those with a
    word of an outlet word's opening: every form the dictionary gives an outlet word opens alike."""
    morph = default_morphology()
    for word in outlet_words():
        for reading in morph.word(word).readings:
            for form in reading.parse.lexeme:
                assert fold(form.word)[:_OPENING_LETTERS] in _outlet_openings(), (word, form.word)


@pytest.mark.parametrize(
    "words",
    [("(",), ("он",), ("он", "она", "они", "их", "те", "они"), ("нет-такого-слова",), ("их", "нет-такого-слова"), ("«", "»", "—")],
)
def test_tokens_written_are_those_a_scan_of_every_token_finds(words: tuple[str, ...]) -> None:
    text = (
        "Они сказали (и он с ними согласился), что их «план» готов. Те, кто их видел, — он и она — "
        "молчали. ОН пришел, Они ушли (см. выше)."
    )
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    assert an.tokens_written(*words) == [k for k, low in enumerate(an.low) if low in words]


@pytest.mark.parametrize(
    "text, capitalized",
    [
        ("Он сказал: «Иван Петров приехал».", ["Он", "Иван", "Петров"]),
        ("В iPhone нет ℝ, а у ООО «Ёлка» — есть.", ["В", "ℝ", "ООО", "Ёлка"]),  # a capital with no lower-case form too
        ("и нет ни одного", []),
    ],
)
def test_capitalized_tokens_are_remembered(text: str, capitalized: list[str]) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    first = an.capitalized
    assert [an.toks[k].text for k in first] == capitalized
    assert an.capitalized is first  # asked again: the remembered list


@pytest.mark.parametrize(
    "text, prepositions",
    [
        ("В среду по словам министра он пришел к дому.", ["В", "по", "к"]),
        ("С. Лавров приехал с визитом в Москву.", ["с", "в"]),  # "С." is an initial, not the preposition
        ("«Из дома», — сказал он о нем без слов.", ["Из", "о", "без"]),
    ],
)
def test_prepositions_are_remembered_per_token(text: str, prepositions: list[str]) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    for _ in range(2):  # asked again: the remembered answer
        assert [tok.text for i, tok in enumerate(an.toks) if an.is_prep(i)] == prepositions


@pytest.mark.parametrize(
    "text, lemma",
    [("заявил", "заявить"), ("Министру", "министр"), ("Ёлкой", "елка"), ("\U00017000", "\U00017000")],
)
def test_word_lemma_is_its_best_readings_or_the_folded_word(text: str, lemma: str) -> None:
    """The lemma kept with each analysed word: the most probable reading's, folded; a word with no
    reading (a letter pymorphy3 cannot name) is its own lemma."""
    assert Morphology().word(text).lemma == lemma


def test_numeric_adjectives_are_asked_only_of_words_opening_with_a_digit() -> None:
    text = "Он 63-летний житель 5-этажного дома, в 2014-го и 1990-х годах — главный свидетель."
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    for i in range(len(an.toks)):
        plain = an.letters[i] and (an.word(i).has("ADJF") or an.word(i).has("PRTF") or _numeric_adjective(an.low[i]))
        assert is_modifier(an, i) == plain, an.toks[i].text
    assert [tok.text for i, tok in enumerate(an.toks) if is_modifier(an, i)] == ["63-летний", "5-этажного", "1990-х", "главный"]  # "1990-х": an adjective to the dictionary


@pytest.mark.parametrize(
    "word, spelled",
    [("скиппер", "скипер"), ("тэйлор", "тейлор"), ("айяр", "айар"), ("ааааб", "аб"), ("", ""), ("а\n\nб", "а\nб"), ("мм-мм", "м-м")],
)
def test_spelling_keeps_one_letter_of_each_run(word: str, spelled: str) -> None:
    """The runs of one letter, collapsed by a regular expression, are those a letter-by-letter reading finds."""
    plain = word.replace("э", "е").replace("йя", "йа")
    assert _spelling(word) == spelled == "".join(c for k, c in enumerate(plain) if k == 0 or c != plain[k - 1])


@pytest.mark.parametrize("text", [*TEXTS, "«Новая газета» и «Известия» пишут: «Да». — Нет, — сказал он, «Коммерсантъ»."])
def test_quoted_names_and_sentence_openings_read_inline_answer_as_before(text: str) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    for j, tok in enumerate(an.toks):
        assert quoted_name_at(an, j) == (unit_end(an, j) > j + 1)
        plain = an.sentence(j).first == j or (j > 0 and an.marks[j - 1] and an.toks[j - 1].text != ",")
        assert opens_sentence(an, j) == plain, tok.text


def test_a_short_quoted_name_is_read_as_one_unit() -> None:
    text = "Об этом пишет «Новая газета», а «Известия» молчат."
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    assert [an.toks[j].text for j in range(len(an.toks)) if quoted_name_at(an, j)] == ["«", "«"]


@pytest.mark.parametrize(
    "word, splits",
    [
        ("нацбанк", (("нац", "банк"),)),
        ("госдума", (("гос", "дума"),)),
        ("минобороны", (("мин", "обороны"),)),
        ("спецпредставитель", (("спец", "представитель"),)),
        ("гост", ()),  # one letter after "гос": no compound
        ("минск", ()),  # two
        ("банк", ()),
        ("", ()),
    ],
)
def test_clipped_stems_are_split_off_a_compound(word: str, splits: tuple[tuple[str, str], ...]) -> None:
    assert split_clipped(word) == splits


ROLE_TEXT = (
    "Министр финансов Олег Смирнов и министр обороны Иван Петров встретились. Глава МВД Сергей Орлов "
    "и министр здравоохранения Анна Белова приехали позже. Депутат Павел Козлов, министр культуры "
    "Ольга Лебедева и глава Минфина Олег Смирнов подписали соглашение. Министр спорта Илья Волков согласился."
)


def test_roles_of_an_office_are_those_of_the_window_of_all_roles() -> None:
    resolver = _resolver_of(ROLE_TEXT)
    offices = {r.office for r in resolver.roles}
    assert len(resolver.roles) >= 6 and len(offices) >= 2  # several offices, one held again and again
    for office in offices:
        for lo in range(len(resolver.roles) + 2):
            for hi in range(lo, len(resolver.roles) + 2):
                plain = [r for r in resolver.roles[lo:hi] if r.office == office]
                assert resolver._roles_of_office(office, lo, hi) == plain, (office, lo, hi)


@pytest.mark.parametrize("text", PEOPLE_TEXTS)
def test_a_plain_look_back_finds_what_the_full_read_finds(text: str) -> None:
    resolver = _resolver_of(text)
    an = resolver.an
    accepts = [lambda e: True, lambda e: e.kind == "person", lambda e: e.kind == "organization", lambda e: False]
    for before in range(len(an.toks) + 1):
        for accept in accepts:
            # a reach of every sentence: the full read, with nothing to stop it
            assert resolver.recent(before, accept) is resolver.recent(before, accept, within=len(an.sents)), before


@pytest.mark.parametrize(
    "text, flags",
    [
        # token: (starts with a capital, has a letter, is only marks), written out for each token
        (
            "В 2014-го году «Да», — ответил COVID19-центр ℝ... 15 ё-моё",
            {
                "В": (True, True, False), "2014-го": (False, True, False), "году": (False, True, False),
                "«": (False, False, True), "Да": (True, True, False), "»": (False, False, True),
                ",": (False, False, True), "—": (False, False, True), "ответил": (False, True, False),
                "COVID": (True, True, False), "19-центр": (False, True, False), "ℝ": (True, True, False),
                "...": (False, False, True), "15": (False, False, False), "ё-моё": (False, True, False),
            },
        ),
        (
            "«Из-за 3D» и 5-этажного?!",
            {
                "«": (False, False, True), "Из-за": (True, True, False), "3D": (False, True, False),
                "»": (False, False, True), "и": (False, True, False), "5-этажного": (False, True, False),
                "?!": (False, False, True),
            },
        ),
    ],
)
def test_per_token_flags_are_listed_for_every_token(text: str, flags: dict[str, tuple[bool, bool, bool]]) -> None:
    """The flags the hot loops index (``caps``, ``letters``, ``marks``) are worked out for every
    token at once, in C but for the tokens of several characters that are not all letters; the
    methods answer from them, and each word's analysis is listed once asked for."""
    an = Analysis(tokenize(text), scan_quotes(text), Morphology())
    assert [tok.text for tok in an.toks] == list(flags)
    assert list(zip(an.caps, an.letters, an.marks)) == list(flags.values())
    assert [(an.caps[i], an.letters[i], an.marks[i]) for i in range(len(an.toks))] == list(flags.values())
    assert an.words == [None] * len(an.toks)  # nothing analysed before it is asked (a new morphology's memo is empty)
    word = an.word(1)
    assert an.words[1] is word and an.words.count(None) == len(an.toks) - 1


@pytest.mark.parametrize("word", [*ODD_STRINGS, "Петров", "Жан-Мари", "МИД", "ГАБТа", "Reuters", "Пyтин", "И", "Ле", "2ГИСа"])
def test_a_word_spelled_as_a_name_is_one_of_russian_letters_not_all_capitals(word: str) -> None:
    plain = (
        len(word) >= 2 and word.replace("-", "").isalpha() and not word.isupper()
        and not word.strip(_CYRILLIC_OR_HYPHEN) and not declined_abbreviation(word)
    )
    assert _spelled_as_name(word) == plain


_CYRILLIC_OR_HYPHEN = "".join(map(chr, range(ord("А"), ord("я") + 1))) + "ёЁ-"


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "В поселке Хуаньдин прошел митинг. Из Хуаньдина ответили, а мэр города Карима Исаева промолчал. Город Королев."],
)
def test_places_in_apposition_are_looked_for_after_place_nouns_only(text: str) -> None:
    """The places named after a place noun are found by a search of the words after a form of one:
    those a test of every capitalized word finds."""
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    for k in an.capitalized:
        _place_of_the_text(an, k)
    if an.capitalized:
        apposed = an.scans[("places_after_place_nouns",)][0]  # type: ignore[index]
        assert apposed == frozenset(k for k in an.capitalized if k > 0 and _apposed_to_place_noun(an, k))


KIND_TEXTS = [
    "Сотрудник Роснефти и двое из них заявили, что Минобороны и Рособрнадзор молчат.",
    "Как пишет Лента.ру, ООН и МВД РФ ответили; Москва ждет, а эксперты и один из врачей спорят.",
]


def test_the_kind_of_a_word_form_remembered_is_the_one_read_anew() -> None:
    """The kind a word form heads by itself is remembered per form: read from a memo that other
    texts filled, each token's kind is the one a read with an empty memo gives."""
    morph = default_morphology()

    def kinds(text: str) -> list[object]:
        an = Analysis(tokenize(text), scan_quotes(text), morph)
        return [token_kind(an, i) for i in range(len(an.toks))]

    _kind_of_form.cache_clear()
    _lowercase_kind.cache_clear()
    fresh = [kinds(text) for text in KIND_TEXTS]
    _kind_of_form.cache_clear()
    _lowercase_kind.cache_clear()
    warmed = [kinds(text) for text in reversed(KIND_TEXTS)][::-1]
    assert warmed == fresh
    assert "organization" in fresh[0] and "group" in fresh[0] and "place" in fresh[1]


def test_the_kind_of_a_lowercase_form_is_remembered_where_its_place_does_not_decide() -> None:
    """A lowercase word form's kind is remembered per form, but not for a particle of a name or a
    word that may count people, whose place decides: "один из инженеров" is one of them, "один
    инженер" none; "фон" before a name is part of it."""
    morph = default_morphology()
    _lowercase_kind.cache_clear()
    assert _lowercase_kind(morph, "фон", "фон") == _ASK_CONTEXT
    assert _lowercase_kind(morph, "один", "один") == _ASK_CONTEXT
    assert _lowercase_kind(morph, "инженер", "инженер") == "generic"
    assert _lowercase_kind(morph, "она", "она") == "pronoun"
    text = "Ждали один из инженеров и один инженер, а Карл фон Штайн и фон сцены молчали."
    an = Analysis(tokenize(text), scan_quotes(text), morph)
    kinds = [(an.tok_texts[i], token_kind(an, i)) for i in range(len(an.toks)) if an.low[i] in ("один", "фон")]
    assert kinds == [("один", "generic"), ("один", None), ("фон", "person"), ("фон", None)]


def test_the_resolver_keeps_its_state_out_of_its_instance_dict() -> None:
    """CPython 3.11 shares an instance's attribute layout with its class only up to 30 attributes;
    past that each instance gets a dict of its own, and every read of ``self.x`` and ``self.f()`` in
    the resolver is a dearer lookup. Its state lives in ``__slots__``: an attribute added to it
    belongs there too."""
    resolver = _resolver_of("«Мы построим мост к осени», — пообещал мэр Лесогорска Пётр Сомов. Его заместитель промолчал.")
    assert len(vars(resolver)) < 30
    assert resolver.entities and resolver.seen


# surnames of a few letters, so that many are one letter off another; a hyphen makes a double-barrelled one
_SURNAMES = st.text(alphabet="абвэй-", min_size=_TYPO_WORD - 1, max_size=_TYPO_WORD + 3)


@st.composite
def _typo(draw: st.DrawFn, surname: str) -> str:
    """``surname`` with one letter dropped, added or changed."""
    k = draw(st.integers(0, len(surname)))
    letter = draw(st.sampled_from("абвэй-"))
    return draw(st.sampled_from([surname[:k] + surname[k + 1 :], surname[:k] + letter + surname[k:], surname[:k] + letter + surname[k + 1 :]]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_SURNAMES, max_size=8).flatmap(lambda indexed: st.tuples(st.just(indexed), st.lists(st.one_of(_SURNAMES, *map(_typo, indexed))))))
def test_the_one_letter_off_index_finds_whom_a_key_by_key_index_finds(surnames: tuple[list[str], list[str]]) -> None:
    """The typo index of the resolver's people (keys set in C, a pre-test in C before the loop over a
    surname's letters) finds the person an index set key by key and read place by place finds."""
    indexed, asked = surnames
    resolver = _Resolver.__new__(_Resolver)
    resolver._by_spelling, resolver._by_cut, resolver._by_word, resolver._by_stem = {}, {}, {}, {}
    by_spelling: dict[str, _Entity] = {}
    by_cut: dict[tuple[int, str], _Entity] = {}
    for n, surname in enumerate(indexed):
        entity = _Entity(f"person:{n}", "person", f"Иван {surname}")
        resolver._index_name(entity)
        spelled = _spelling(fold(surname))
        by_spelling.setdefault(spelled, entity)
        if len(spelled) > _TYPO_WORD:
            for k in _typo_places(spelled):
                by_cut.setdefault((k, spelled[:k] + spelled[k + 1 :]), entity)
                by_cut.setdefault((-1, spelled[:k] + spelled[k + 1 :]), entity)

    def one_letter_off(spelled: str) -> _Entity | None:
        if len(spelled) < _TYPO_WORD:
            return None
        for k in _typo_places(spelled):
            less = spelled[:k] + spelled[k + 1 :]
            found = by_cut.get((k, less)) or by_spelling.get(less)
            if found is not None:
                return found
        return by_cut.get((-1, spelled))

    assert resolver._by_cut == by_cut
    for surname in [*asked, *indexed]:
        spelled = _spelling(surname)
        assert resolver._one_letter_off(spelled) is one_letter_off(spelled), spelled


@pytest.mark.parametrize("text", [*TEXTS, "Сергей Багапш и Анна Мороз приехали. Багапш сказал, что Иван Бойко Петров прав. Гази Хамад согласился."])
def test_the_capitalized_after_capitalized_are_picked_in_c_as_pair_by_pair(text: str) -> None:
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    capitalized = an.capitalized
    assert _capitalized_after_capitalized(an) == [k for before, k in zip(capitalized, capitalized[1:]) if before == k - 1]


NAME_TEXTS = [
    "Анна Литвин и Сабина Вайс встретились с Дианой Ковач. Роберта Борона и Кевина Воле не было.",
    "Мэр Киева Виталий Кличко, с Путиным Макрон, Иван Дудка и Михаил Мостовой. Урсула фон дер Ляйен и Жака де Борона.",
    "Кая Каллас, Майя Санду, Ракова, Ольга Белая, Натальи Белой и Илон Маск. Биллы Гейтсы.",
]


def test_name_forms_remembered_per_word_form_are_those_read_afresh() -> None:
    """The forms of a name word read with its word form's remembered part are those read with
    nothing remembered, whichever text read the word form first."""
    def forms_of(text: str) -> list[object]:
        an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
        return [name_forms(an, i) for i in range(len(an.toks))]

    _word_name_forms.clear()
    fresh = [forms_of(text) for text in NAME_TEXTS]
    assert _word_name_forms
    assert [forms_of(text) for text in reversed(NAME_TEXTS)][::-1] == fresh


def test_a_nominative_name_the_text_writes_is_not_remembered_for_other_texts() -> None:
    """A name's nominative is remembered by its words and cases, except where the text writes it
    ("Геннадия Мостового … Мостовой" is "Мостовой"; with no "Мостовой" written, the dictionary's):
    that one depends on the text."""
    def nominative(text: str, first: int, end: int, case: str) -> str:
        return NameCases(Analysis(tokenize(text), scan_quotes(text), default_morphology())).nominative_name(range(first, end), case)

    written = "Суд приговорил Геннадия Мостового к шести годам. Мостовой сказал, что не брал денег."
    alone = "Суд приговорил Геннадия Мостового к шести годам."
    _nominative_names.clear()
    assert nominative(written, 2, 4, "gent") == "Геннадий Мостовой"
    assert nominative(alone, 2, 4, "gent") == nominative(alone, 2, 4, "gent") != "Геннадий Мостовой"
    assert nominative(written, 2, 4, "gent") == "Геннадий Мостовой"
    assert not _nominative_names
    assert nominative("Суд приговорил Геннадия Петрова к шести годам.", 2, 4, "gent") == "Геннадий Петров"
    assert _nominative_names


ORGANIZATION_TEXTS = [
    *TEXTS,
    "Министерство обороны России (Минобороны) сообщило, что ФСБ и «Газпром» ответили The Washington Post.",
    "Как пишет газета «Коммерсантъ», Генеральная прокуратура Узбекистана и Альфа-банк подали иск. В Минфине РФ промолчали.",
    "Агентство по охране здоровья и Sky News сообщают: Новгородское управление внутренних дел открыло дело.",
]


@pytest.mark.parametrize("text", ORGANIZATION_TEXTS)
def test_only_a_form_read_as_an_organization_heads_one(text: str) -> None:
    """The search for a text's organizations asks the kind of a token only of a form that may head
    one: no token whose form says otherwise is of that kind, whatever its place."""
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    for i in range(len(an.toks)):
        if token_kind(an, i) == "organization":
            assert may_head_organization(an, i), an.tok_texts[i]
    assert any(token_kind(an, i) == "organization" for i in range(len(an.toks))) or len(an.toks) < 20


NAMES = [
    "МИД",
    "МИД России",
    "Министерство обороны",
    "Министерство обороны РФ",
    "Генеральная прокуратура Узбекистана",
    "прокуратура",
    "прокуратура Узбекистана",
    "The Washington Post",
    "Washington Post",
    "Post",
    "РИА Новости",
    "РИА",
    "немецкое издание Der Spiegel",
    "Der Spiegel",
    "газета Коммерсантъ",
    "Коммерсантъ",
    "ГУ МВД по Омской области",
    "МВД",
    "Orbitra Group Inc",
    "Orbitra Group",
]


def test_a_name_holds_another_as_the_full_read_of_its_words_says() -> None:
    """The test of one name holding a shorter one rules out, before its memo and the reading of the
    words, a name with no more words than the other or without each of its words: it answers as the
    full read does for every pair."""
    resolver = _resolver_of(ORGANIZATION_TEXTS[-1])
    for long_name in NAMES:
        for short_name in NAMES:
            short = fold(short_name).split()
            expected = resolver._read_held_name(long_name, short)
            assert resolver._holds_name(long_name, short) == expected, (long_name, short_name)
            assert resolver._holds_name(long_name, short) == expected  # asked again: the remembered answer
    assert resolver._holds_name("Генеральная прокуратура Узбекистана", ["прокуратура", "узбекистана"])


CLAUSE_TEXTS = [
    *TEXTS,
    "Он заявил, что цены вырастут, и добавил, что налоги — нет. Цены растут, — сказал министр, — а зарплаты нет.",
    "Одни говорят, что C1, другие уверяют, что C2: «Q». Рубль: ослабнет ли он – вопрос, -- ответил эксперт.",
    "Силуанов: бюджет выдержит нагрузку.\nГлава Минфина Антон Силуанов: «Мы готовы».\nИсточник: ТАСС. Фото: Иван Петров\nА: б: в: г",
    "Эксперт сказал: рубль ослабнет. В 10:30 министр заявил: все будет хорошо.\n: начало с двоеточия и слова",
]


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_a_clause_ends_at_the_first_mark_where_a_scan_of_every_token_ends_it(text: str) -> None:
    """A clause's stops are tested at its commas, colons and dashes only, found in C; the words
    between end none."""
    morph = default_morphology()
    tokens = tokenize(text)
    an = Analysis(tokens, scan_quotes(text), morph)
    sieves = _Sieves(an, find_cues(tokens, morph))
    for sent in an.sents:
        stops = _ClauseStops(sent.last)
        for start in [*range(sent.first, sent.last + 1), *range(sent.first, sent.last + 1)]:  # scanned afresh, then on
            plain = next(
                (j for j in range(start, sent.last) if (an.low[j] in (",", ":") or an.is_dash(j)) and sieves.ends_clause(j, sent.last)),
                sent.last,
            )
            assert sieves.next_stop(stops, start) == plain, (sent, start)


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_headline_colons_are_the_first_colon_of_each_line_opening(text: str) -> None:
    """Headlines are read from colon to colon, found in C, not from sentence to sentence."""
    an = Analysis(tokenize(text), scan_quotes(text), default_morphology())
    plain = []
    for sent in an.sents:
        if sent.first > 0 and an.toks[sent.first - 1].para == sent.para:
            continue
        opening = an.low[sent.first : min(sent.last, sent.first + _HEADLINE_SOURCE_TOKENS + 1)]
        if ":" in opening:
            plain.append((sent, sent.first + opening.index(":")))
    assert list(_headline_colons(an)) == plain
