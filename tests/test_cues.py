"""Speech cues: every form of a lemma, nominal cues, blocked infinitives."""

import pytest

from quoteattr import lexicon
from quoteattr.cues import find_cues
from quoteattr.pipeline import default_morphology
from quoteattr.tokens import tokenize


def cues(text, opinions=True):
    return [(text[c.start : c.end], c.cls, c.info.form) for c in find_cues(tokenize(text), default_morphology(), opinions)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Он сказал.", [("сказал", "speech", "finite")]),
        ("Она сказала.", [("сказала", "speech", "finite")]),
        ("Они заявят.", [("заявят", "speech", "finite")]),
        ("Заявивший это министр", [("Заявивший", "speech", "participle")]),
        ("Заявив это, он ушел.", [("Заявив", "speech", "gerund")]),
        ("Он должен пояснить.", [("пояснить", "speech", "infinitive")]),
        ("В заявлении говорится.", [("говорится", "impersonal", "finite")]),
        ("На сайте указано.", [("указано", "impersonal", "short")]),
        ("Он уверен.", [("уверен", "opinion", "finite")]),
        ("По его словам, да.", [("По его словам", "speech", "nominal")]),
        ("По мнению эксперта, да.", [("По мнению", "opinion", "nominal")]),
        ("Трудно сказать.", []),
        ("Сказанные слова.", []),
    ],
)
def test_forms(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Он заключил: пора.", "заключил"),
        ("Он заключает: пора.", "заключает"),
        ("Она дополняет: пора.", "дополняет"),
        ("Она подытоживает: пора.", "подытоживает"),
        ("Они выражали опасения, что пора.", "выражали опасения"),
        ("Они высказывали мнение, что пора.", "высказывали мнение"),
        ("Как выразился он, пора.", "выразился"),
        ("Он так описал это: «Пора».", "описал"),
    ],
)
def test_both_aspects_of_a_verb_are_cues(text, cue):
    assert [found for found, _, _ in cues(text)] == [cue]


# a verb whose noun object carries the attitude reported spans it, with the words agreeing with
# it before it, as the guidelines write such cues ("выразил уверенность")
@pytest.mark.parametrize(
    "text, cue",
    [
        ("Мэр выразил уверенность, что мост достроят.", "выразил уверенность"),
        ("Она выразила глубокое сожаление, что так вышло.", "выразила глубокое сожаление"),
        ("Они выражают свою обеспокоенность тем, что цены растут.", "выражают свою обеспокоенность"),
        ("Он высказал предположение, что цены вырастут.", "высказал предположение"),
        ("Врач высказал осторожный оптимизм: больной поправится.", "высказал осторожный оптимизм"),
        # no object right after the verb: the verb alone
        ("Директор выразил коллегам уверенность, что план выполнят.", "выразил"),
        ("Он выразил свою, что ли, радость.", "выразил"),
    ],
)
def test_a_cue_spans_the_object_that_carries_the_attitude(text, cue):
    assert [found for found, _, _ in cues(text)] == [cue]


@pytest.mark.parametrize(
    "text, cue, kind",
    [
        ("Завод отчитался: план выполнен.", "отчитался", "speech"),
        ("Штаб рапортует, что пожар потушен.", "рапортует", "speech"),
        ("«Зачем?» — недоумевает он.", "недоумевает", "speech"),
        ("Она твердит, что пора.", "твердит", "speech"),
        ("Он убеждает, что пора.", "убеждает", "speech"),
        ("Они предположили, что пора.", "предположили", "opinion"),
        ("«Смешно», — съязвил он.", "съязвил", "speech"),
    ],
)
def test_more_verbs_of_speech(text, cue, kind):
    assert [(found, cls) for found, cls, _ in cues(text)] == [(cue, kind)]


def test_a_light_verb_with_a_speech_noun_after_s_is_a_cue():
    assert cues("Они выступили с заявлением, что пора.") == [("с заявлением", "speech", "finite")]
    assert cues("Он обратился в суд с жалобой, что пора.") == [("с жалобой", "speech", "finite")]
    assert cues("Он выступил с докладом.") == []


def test_not_ruling_out_is_a_belief_and_its_passive_no_cue():
    assert cues("Он не исключил, что пора.") == [("исключил", "opinion", "finite")]
    assert cues("Не исключено, что пора.") == []


def test_opinions_switch():
    assert cues("Он считает, что да.", opinions=False) == []
    assert cues("Он считает, что да.")[0][1] == "opinion"


def test_lexicon_is_large_and_well_formed():
    rows = lexicon.table("cues.tsv")
    assert len(rows) >= 150
    for lemma, cls, frames in rows:
        assert cls in ("speech", "opinion", "question", "request", "media", "cite", "impersonal"), lemma
        assert set(frames.split()) <= {"that", "to", "question", "colon", "quote", "inverted", "object", "pledge"}, lemma
