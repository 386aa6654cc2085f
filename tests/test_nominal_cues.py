"""Nominal cues ("по словам", "по данным", ...) with every possessive and with a name.

Every noun of quoteattr/data/nominal_cues.tsv is tried with each pronoun
form that can stand between "по" and it, and with a person's name after it:
no exception, one reported clause with the kind, content, cue and source
written out below. A third-person possessive refers back to the speaker of
the sentence before; a first- or second-person or reflexive one ("по нашим
данным") is the outlet's own voice and has no speaker, even right after
another speaker's quote.
"""

from __future__ import annotations

import pytest

from quoteattr import extract, lexicon

NOUNS = [row[0] for row in lexicon.table("nominal_cues.tsv")]

# pronoun as written -> (a sentence naming its antecedent, the speaker's name)
THIRD_PERSON = {
    "его": ("Иван Петров заявил, что цены вырастут. ", "Иван Петров"),
    "ее": ("Анна Петрова заявила, что цены вырастут. ", "Анна Петрова"),
    "её": ("Анна Петрова заявила, что цены вырастут. ", "Анна Петрова"),
    "их": ("Эксперты заявили, что цены вырастут. ", "эксперты"),
}
OWN = (
    "моему моей моим нашему нашей нашим твоему твоей твоим вашему вашей вашим своему своей своим".split()
)

# a quote of someone else just before: an own possessive must not refer back to him
OTHER_SPEAKER = "Министр финансов Олег Сидоров заявил, что бюджет сбалансирован. "
OTHER_QUOTE = ("indirect", "бюджет сбалансирован", "заявил", "Министр финансов Олег Сидоров", "Олег Сидоров")


def _reported(text: str) -> list[tuple]:
    doc = extract(text)
    for q in doc.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
    return [
        (q.kind, q.content.text, q.cue.text if q.cue else None, q.source.text if q.source else None,
         q.speaker.name if q.speaker else None)
        for q in doc.quotes
    ]


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("pronoun", sorted(THIRD_PERSON))
def test_third_person_possessive_refers_to_the_speaker_before(noun: str, pronoun: str) -> None:
    context, speaker = THIRD_PERSON[pronoun]
    found = _reported(f"{context}По {pronoun} {noun}, сделка закрыта.")
    assert found[-1] == ("indirect", "сделка закрыта", f"По {pronoun} {noun}", pronoun, speaker)


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("pronoun", OWN)
def test_own_possessive_is_the_source_with_no_speaker(noun: str, pronoun: str) -> None:
    assert _reported(f"{OTHER_SPEAKER}По {pronoun} {noun}, сделка закрыта.") == [
        OTHER_QUOTE,
        ("indirect", "сделка закрыта", f"По {pronoun} {noun}", pronoun, None),
    ]


@pytest.mark.parametrize("noun", NOUNS)
def test_name_after_the_noun_is_the_source(noun: str) -> None:
    assert _reported(f"По {noun} Ивана Петрова, сделка закрыта.") == [
        ("indirect", "сделка закрыта", f"По {noun}", "Ивана Петрова", "Иван Петров")
    ]


@pytest.mark.parametrize("noun", NOUNS)
def test_nominal_cue_after_the_clause(noun: str) -> None:
    assert _reported(f"{OTHER_SPEAKER}Сделка закрыта, по нашим {noun}.") == [
        OTHER_QUOTE,
        ("indirect", "Сделка закрыта", f"по нашим {noun}", "нашим", None),
    ]


def test_possessive_without_a_nominal_cue_is_no_cue() -> None:
    assert _reported("По нашей просьбе сделку закрыли.") == []
