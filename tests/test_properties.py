"""Properties over random text: extract(), scan_quotes(), tokenize() and normalize().

The texts are built from Russian words, every quote mark, dashes, punctuation,
line ends of all kinds, odd spaces, zero-width characters, combining accents,
HTML entities and arbitrary Unicode. The invariant checks hold for whatever
the pipeline returns, many quotes or none; the attribution properties build
texts around well-formed constructions («Q», — сказал X.; X заявил, что C.)
and check that each is found, with its speaker.
"""

from __future__ import annotations

import json
from unittest import mock

from article import quotes_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
import pytest

import quoteattr
from quoteattr import tokens as tokens_module
from quoteattr.model import QUOTE_KINDS, SPEAKER_KINDS, Document
from quoteattr.normalize import _LOOKALIKES, normalize
from quoteattr.quotes import scan_quotes
from quoteattr.tokens import tokenize

WORDS = (
    "Мы", "готовы", "к", "диалогу", "заявил", "сказала", "министр", "Иван", "Петров",
    "Анна", "Смирнова", "по", "словам", "что", "он", "она", "отметил", "президент",
    "ёлка", "Лукашенко", "Путина", "компания", "Газпром", "Москва", "нет", "да",
)
MARKS = ("«", "»", "„", "“", "”", '"', "'")
PUNCT = ("—", "–", "-", ":", ",", ".", "!", "?", "…", "(", ")")
SPACES = (" ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u202f", "\u2009")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad", "\u0301", "\u0300", "\u0308")
ENTITIES = (
    "&laquo;", "&raquo;", "&quot;", "&nbsp;", "&mdash;", "&ndash;", "&amp;", "&#171;",
    "&#x00AB;", "&bdquo;", "&ldquo;", "&rdquo;", "&shy;", "&amp;laquo;", "&foo;", "&", "&#",
)
LOOKALIKES = ("y", "a", "o", "e", "c", "p", "x", "K", "M", "H", "T", "B")

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.sampled_from(INVISIBLE),
    st.sampled_from(ENTITIES),
    st.sampled_from(LOOKALIKES),
    st.text(max_size=3),
)
messy_text = st.lists(piece, max_size=40).map("".join)
any_text = st.one_of(messy_text, st.text(max_size=60))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_FOLD = str.maketrans({k: v for k, v in _LOOKALIKES.items()})


def check_span(span, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), span
    assert text[span.start : span.end] == span.text, span


def check_nesting(ranges) -> None:
    """Ranges sorted by start either follow one another or nest."""
    ends: list[int] = []
    for start, end in ranges:
        while ends and ends[-1] <= start:
            ends.pop()
        assert not ends or end <= ends[-1], f"[{start}, {end}) crosses a range ending at {ends[-1]}"
        ends.append(end)


def check_document(doc: Document, text: str) -> None:
    """Every invariant a Document of ``text`` must satisfy."""
    assert isinstance(doc, Document)
    assert doc.text == text
    for q in doc.quotes:
        assert q.kind in QUOTE_KINDS
        check_span(q.content, text)
        assert q.content.start < q.content.end, f"empty quote {q}"
        for span in (q.cue, q.source):
            if span is not None:
                check_span(span, text)
        if q.speaker is not None:
            assert q.speaker in doc.speakers, f"speaker of {q} not in doc.speakers"
    for speaker in doc.speakers:
        assert speaker.kind in SPEAKER_KINDS
        for span in speaker.mentions:
            check_span(span, text)
    starts = [(q.content.start, q.content.end) for q in doc.quotes]
    assert [s for s, _ in starts] == sorted(s for s, _ in starts), "quotes out of text order"
    check_nesting(sorted(starts, key=lambda r: (r[0], -r[1])))
    restored = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert restored == doc


@SETTINGS
@given(any_text)
def test_extract_invariants(text):
    check_document(quoteattr.extract(text), text)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS + MARKS + PUNCT + (" ", " ", "\n")), max_size=60).map(" ".join))
def test_extract_invariants_on_words_and_marks(text):
    check_document(quoteattr.extract(text), text)


# every prefix of texts dense in constructions: a text may end anywhere, right after a source
# with no final period too ("…, считает профессор"), and nothing may read past its end
CUT_TEXTS = (
    "Цены вырастут, считает профессор кафедры экономики, а ныне советник министра Иван Петров. "
    "«Мы готовы», — сказал глава комитета (ГК) Олег Сидоров, председатель совета",
    "По словам представителя МВД РФ Анны Смирновой, проверка продолжится. Об этом сообщил "
    "губернатор области, бывший министр, а ныне депутат Сергей Волков",
    "В управлении МВД РФ по области сообщили: «Пострадавших нет». Она добавила, что школа "
    "откроется весной, — пишет газета «Вечерний город»",
)


@pytest.mark.parametrize("text", CUT_TEXTS)
def test_extract_invariants_on_every_prefix(text):
    for end in range(len(text) + 1):
        check_document(quoteattr.extract(text[:end]), text[:end])


# --- attribution of well-formed constructions inside random narration -----------

# (name, its verb ending): ordinary names, and the past-tense ending that agrees with each
NAMES = (
    ("Иван Петров", ""), ("Анна Смирнова", "а"), ("Олег Сидоров", ""),
    ("Мария Ковалева", "а"), ("Сергей Волков", ""), ("Елена Орлова", "а"),
)
# words of what is said: no speech verbs, names, complementizers or prepositions of cues
SAID = (
    "цены", "вырастут", "мы", "готовы", "работать", "дальше", "проект", "завершим", "срок",
    "решение", "примут", "весной", "дорога", "будет", "открыта", "налоги", "снизятся", "скоро",
    "школа", "новая", "рабочих", "больше", "тарифы", "останутся", "прежними", "город", "строит",
)
NARRATION = (
    "Вчера в городе прошел сильный дождь.",
    "На совещании обсуждали бюджет и дороги.",
    "Новый мост построили за два года.",
    "Музей снова принимает посетителей.",
    "Матч завершился вничью.",
    "Стоимость проезда останется прежней.",
)

said = st.lists(st.sampled_from(SAID), min_size=2, max_size=8).map(" ".join)
narration = st.lists(st.sampled_from(NARRATION), max_size=3).map(" ".join)


def capitalized(words: str) -> str:
    return words[:1].upper() + words[1:]


@SETTINGS
@given(narration, said, st.sampled_from(NAMES), narration)
def test_a_direct_quote_after_its_quotation_is_found_with_its_speaker(before, content, name, after):
    speaker, ending = name
    quote = capitalized(content)
    text = " ".join(filter(None, [before, f"«{quote}», — сказал{ending} {speaker}.", after]))
    assert quotes_of(quoteattr.extract(text)) == [("direct", quote, f"сказал{ending}", speaker, speaker)]


@SETTINGS
@given(narration, st.sampled_from(NAMES), said, said)
def test_reported_speech_and_a_pronoun_after_it_are_found_with_their_speaker(before, name, first, second):
    speaker, ending = name
    pronoun = "она" if ending else "он"
    quote = capitalized(second)
    text = " ".join(
        filter(None, [before, f"{speaker} заявил{ending}, что {first}.", f"«{quote}», — добавил{ending} {pronoun}."])
    )
    assert quotes_of(quoteattr.extract(text)) == [
        ("indirect", first, f"заявил{ending}", speaker, speaker),
        ("direct", quote, f"добавил{ending}", pronoun, speaker),
    ]


@SETTINGS
@given(any_text)
def test_scan_quotes_pairs_nest_in_order(text):
    spans = scan_quotes(text)
    assert list(spans) == sorted(spans, key=lambda s: (s.start, -s.end))
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start] in "«„“\"'" and text[s.end - 1] in "»“”\"'"
        assert (text[s.start] == "'") == (text[s.end - 1] == "'")  # a single quote pairs only with one
        assert "\n" not in text[s.start : s.end]
    check_nesting([(s.start, s.end) for s in spans])
    for s in spans:
        enclosing = [o for o in spans if o.start < s.start and s.end < o.end]
        assert s.depth == len(enclosing)


def check_tokens(text: str) -> None:
    result = tokenize(text)
    last_end = 0
    covered = 0
    for tok in result.tokens:
        assert last_end <= tok.start < tok.end <= len(text)
        assert text[tok.start : tok.end] == tok.text
        covered += tok.end - tok.start
        last_end = tok.end
    # nothing is lost: every character outside the tokens is a space
    assert covered == len(text) - sum(1 for c in text if c.isspace())
    for index, sent in enumerate(result.sentences):
        assert all(tok.sent == index for tok in result.tokens[sent.first : sent.last])
        assert sent.start <= result.tokens[sent.first].start
        assert result.tokens[sent.last - 1].end <= sent.end


@SETTINGS
@given(any_text)
def test_tokens_cover_the_text(text):
    check_tokens(text)


@SETTINGS
@given(any_text)
def test_tokens_cover_the_text_cut_into_chunks(text):
    # long lines go to razdel in chunks; make every line long
    with mock.patch.object(tokens_module, "MAX_CHUNK", 8):
        check_tokens(text)


@SETTINGS
@given(any_text)
def test_normalize_maps_back_in_order(text):
    norm = normalize(text)
    clean = norm.text
    assert norm.original is text
    n = len(clean)
    starts = [norm.span(i, n)[0] for i in range(n + 1)]
    ends = [norm.span(0, j)[1] for j in range(n + 1)]
    assert all(0 <= s <= len(text) for s in starts)
    assert all(0 <= e <= len(text) for e in ends)
    assert starts == sorted(starts) and ends == sorted(ends)
    for i in range(n):
        a, b = norm.span(i, i + 1)
        assert (a, b) == (starts[i], ends[i + 1])
        assert a < b
        # the original range holds exactly what became this character
        assert normalize(text[a:b]).text.translate(_FOLD) == clean[i].translate(_FOLD)
    a, b = norm.span(0, n)
    assert normalize(text[a:b]).text.translate(_FOLD) == clean.translate(_FOLD)
    for i in range(n + 1):
        a, b = norm.span(i, i)
        assert a == b == starts[i]


@SETTINGS
@given(any_text)
def test_normalize_output_is_clean(text):
    clean = normalize(text).text
    assert "\r" not in clean and "\u00a0" not in clean and "\u200b" not in clean
    if "&" not in text:  # an entity may decode into the start of another
        again = normalize(clean)
        assert again.text is clean and not again.changed


@SETTINGS
@given(st.lists(st.sampled_from(WORDS + MARKS + PUNCT + (" ", "\n", "\t")), max_size=40).map("".join))
def test_normalize_leaves_clean_text_alone(text):
    norm = normalize(text)
    assert norm.text is text and not norm.changed
    assert all(norm.span(i, len(text)) == (i, len(text)) for i in range(len(text) + 1))
