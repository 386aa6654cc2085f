"""Speaker resolution: one entity per person or organization, named in full."""

import pytest

import quoteattr


def speakers_of(text):
    doc = quoteattr.extract(text)
    return [(q.source.text if q.source else None, q.speaker.name if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # case forms of one name cluster, named in full in the nominative
        (
            "По словам Ивана Петрова, переговоры продолжатся. Петров добавил, что решение примут в мае.",
            [("Ивана Петрова", "Иван Петров"), ("Петров", "Иван Петров")],
        ),
        # a surname pymorphy3 does not know, in the genitive
        ("По словам Драгана Вучковича, мост откроют летом.", [("Драгана Вучковича", "Драган Вучкович")]),
        # names pymorphy3 does not know take the case of the role before them
        (
            "Вышел фильм режиссера Гэбриеля Рэнджа. Режиссер сообщил, что прокат начнется в мае.",
            [("Режиссер", "Гэбриел Рэндж")],
        ),
        ("По данным администрации портала 4PDA, сайт посещают миллионы.", [("администрации портала 4PDA", "администрация портала 4PDA")]),
        # initials belong to the name; the fullest form names the entity
        (
            "«Мы готовы», — сказал С. Лавров. Сергей Лавров уехал. Лавров добавил, что вернется.",
            [("С. Лавров", "Сергей Лавров"), ("Лавров", "Сергей Лавров")],
        ),
        ("Глава МИД С. В. Лавров заявил, что переговоры продолжатся.", [("Глава МИД С. В. Лавров", "С. В. Лавров")]),
        # a short name in brackets is the same organization
        (
            "Министерство обороны России (Минобороны) сообщило, что учения завершены. "
            "В Минобороны заявили, что войска вернулись.",
            [
                ("Министерство обороны России", "Министерство обороны России"),
                ("Минобороны", "Министерство обороны России"),
            ],
        ),
        # the genitive after a head is its complement, not the subject
        ("Представители компании заявили, что цены вырастут.", [("Представители компании", "представители компании")]),
        # a pronoun agrees in gender
        (
            "Анна Иванова и Олег Смирнов встретились в Минске. Она заявила, что переговоры продолжатся.",
            [("Она", "Анна Иванова")],
        ),
        ("Олег Смирнов прибыл в Москву. По его словам, бюджет сбалансирован.", [("его", "Олег Смирнов")]),
        # a role refers back to the person given it
        (
            "Министр финансов Олег Смирнов прибыл в Москву. Министр заявил, что бюджет сбалансирован.",
            [("Министр", "Олег Смирнов")],
        ),
        # a role of something else is someone else: "глава ЦБ" is not "глава Минфина"
        (
            "«Мы готовы», — сказал глава Минфина Олег Смирнов. «Ставка не изменится», — сказал Иван Петров. "
            "«Банки устойчивы», — продолжил глава ЦБ.",
            [
                ("глава Минфина Олег Смирнов", "Олег Смирнов"),
                ("Иван Петров", "Иван Петров"),
                ("глава ЦБ", "Иван Петров"),
            ],
        ),
        # the addressee is not the speaker
        ("Олег Смирнов сказал журналистам, что бюджет сбалансирован.", [("Олег Смирнов", "Олег Смирнов")]),
        ("В МИД России заявили, что переговоры продолжатся.", [("МИД России", "МИД России")]),
        ("Эксперты считают, что цены вырастут.", [("Эксперты", "эксперты")]),
        # a bare organization noun, or a document of one, is the organization last quoted
        (
            "«Мы готовы», — говорится в заявлении МИД России. "
            "В сообщении ведомства подчеркивается, что переговоры продолжатся.",
            [("заявлении МИД России", "МИД России"), ("сообщении ведомства", "МИД России")],
        ),
        (
            "Цены выросли, сообщает телеканал «Восток». Как передает телеканал, рынки закрыты.",
            [("телеканал «Восток»", "телеканал Восток"), ("телеканал", "телеканал Восток")],
        ),
        # nothing to refer to: no speaker rather than a guess
        ("Он заявил, что переговоры продолжатся.", [("Он", None)]),
        # the latest speaker, not the person merely mentioned before
        (
            "Беседу вела Мария Ким. «Это конец», — сказал Олег Смирнов. Он добавил, что уходит.",
            [("Олег Смирнов", "Олег Смирнов"), ("Он", "Олег Смирнов")],
        ),
    ],
)
def test_speaker(text, expected):
    assert speakers_of(text) == expected


def test_each_entity_once_with_all_its_mentions():
    text = "Драгиша Йованович прибыл в Белград. «Мы готовы», — сказал Йованович. Он добавил, что переговоры продолжатся."
    doc = quoteattr.extract(text)
    assert len(doc.speakers) == 1
    speaker = doc.speakers[0]
    assert (speaker.name, speaker.kind, speaker.gender) == ("Драгиша Йованович", "person", "masc")
    assert [m.text for m in speaker.mentions] == ["Драгиша Йованович", "Йованович", "Он"]
    assert all(q.speaker is speaker for q in doc.quotes)


def test_speaker_kinds():
    doc = quoteattr.extract(
        "В МИД России заявили, что переговоры продолжатся. Эксперты считают, что цены вырастут."
    )
    assert [(s.name, s.kind) for s in doc.speakers] == [("МИД России", "organization"), ("эксперты", "group")]
