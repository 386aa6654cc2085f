"""Organizations as sources: the whole noun phrase of a body, and one entity for its mentions.

Text -> (source, speaker name) of each quote; the sentences are written for these tests.
"""

import pytest

from test_speaker_resolution import speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalized adjective opening the body's name stays in the prepositional phrase: its
        # genitive noun is no plural subject of the verb ("службы сообщили")
        (
            "Склад закроют, сообщили в пресс-службе Федеральной службы охраны. Склад откроют летом, уточнили в пресс-службе.",
            [
                ("пресс-службе Федеральной службы охраны", "пресс-служба Федеральной службы охраны"),
                ("пресс-службе", "пресс-служба Федеральной службы охраны"),
            ],
        ),
        (
            "Склад закрыт. Об этом сообщили в пресс-службе Главного управления МЧС по Тверской области.",
            [("пресс-службе Главного управления МЧС по Тверской области", "пресс-служба Главного управления МЧС по Тверской области")],
        ),
        # several modifiers before the genitive noun, capitalized or not
        (
            "Граница открыта, сообщили в управлении Федеральной таможенной службы.",
            [("управлении Федеральной таможенной службы", "управление Федеральной таможенной службы")],
        ),
        (
            "Граница открыта, сообщили в пресс-службе областного таможенного управления.",
            [("пресс-службе областного таможенного управления", "пресс-служба областного таможенного управления")],
        ),
    ],
)
def test_modifiers_of_a_genitive_body_stay_in_the_prepositional_phrase(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalized word the dictionary lacks, where people of a place speak ("уточнили в X"),
        # names a body: an organization noun after it refers back to it
        (
            "Экипаж спасен, уточнили в Росгидрофлоте. По данным ведомства, угрозы нет.",
            [("Росгидрофлоте", "Росгидрофлот"), ("ведомства", "Росгидрофлот")],
        ),
        (
            "Паром задержан в порту, сообщили в Главречфлоте. Как отметили в ведомстве, пассажиров пересадят.",
            [("Главречфлоте", "Главречфлот"), ("ведомстве", "Главречфлот")],
        ),
    ],
)
def test_unknown_capitalized_word_where_people_speak_is_a_body(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted name after the verb and before "со ссылкой на" keeps both its quote marks
        (
            "Судно затонуло, сообщает «Вечерний курьер» со ссылкой на пресс-службу порта.",
            [("«Вечерний курьер»", "Вечерний курьер")],
        ),
        (
            'Паром задержан, передает "Северный вестник" со ссылкой на капитана.',
            [('"Северный вестник"', "Северный вестник")],
        ),
    ],
)
def test_quoted_name_before_a_reference_keeps_its_marks(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an outlet named by a media noun that a capitalized modifier opens is an outlet the text
        # named, cited or not: the outlet noun after it refers back to it, not to the citing one
        (
            "В порту прогремел взрыв, сообщает Reuters со ссылкой на Балтийское информационное агентство. "
            "По информации агентства, пострадавших нет.",
            [("Reuters", "Reuters"), ("агентства", "Балтийское информационное агентство")],
        ),
        (
            "Школы закроют, пишет Bloomberg со ссылкой на Уральскую деловую газету. Как отмечает газета, карантин продлится неделю.",
            [("Bloomberg", "Bloomberg"), ("газета", "Уральская деловая газета")],
        ),
    ],
)
def test_outlet_named_by_a_capitalized_modifier_and_a_media_noun(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-word name right after a body's noun, in its case or not inflecting, is the body's
        # name, not a person a bare role can then refer to
        (
            "Мэр Иван Петров открыл мост. Агентство Дунхуа сообщило, что движение запущено. "
            "Как уточнил чиновник, мост простоит сто лет.",
            [("Агентство Дунхуа", "Агентство Дунхуа"), ("чиновник", "Иван Петров")],
        ),
        (
            "Мэр Иван Петров открыл мост. Как сообщает агентство Дунхуа, движение запущено. "
            "Как уточнил чиновник, мост простоит сто лет.",
            [("агентство Дунхуа", "агентство Дунхуа"), ("чиновник", "Иван Петров")],
        ),
        (
            "Мост открыт, передает корреспондент агентства Дунхуа. Как уточнил чиновник, мост простоит сто лет.",
            [("корреспондент агентства Дунхуа", "корреспондент агентства Дунхуа"), ("чиновник", "чиновник")],
        ),
        # the subject after the verb's object, and a person's name as the body's complement, stay persons
        ("«Мост откроют в мае», — сказал изданию Чжоу.", [("Чжоу", "Чжоу")]),
        (
            "«Мост откроют в мае», — сказал мэр Мигель Гонсалес. Сотрудники компании Гонсалеса закончили работу. "
            "«Он простоит сто лет», — добавил он.",
            [("мэр Мигель Гонсалес", "Мигель Гонсалес"), ("он", "Мигель Гонсалес")],
        ),
    ],
)
def test_one_word_name_after_a_body_noun_is_the_bodys(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a possessive that does not inflect modifies the addressee after it, not the source before it
        ("Цены выросли на пять процентов, сообщил Росстат его сотрудникам.", [("Росстат", "Росстат")]),
        ("Тарифы изменятся, сообщила компания Ромашка ее клиентам.", [("компания Ромашка", "компания Ромашка")]),
        ("Отчет готов, сообщил Минфин их партнерам.", [("Минфин", "Минфин")]),
        # before a genitive it is the complement's own modifier, inside the phrase
        (
            "Отчет готов, сообщил представитель его компании.",
            [("представитель его компании", "представитель его компании")],
        ),
    ],
)
def test_possessive_before_an_addressee_stays_out_of_the_source(text, expected):
    assert speakers_of(text) == expected
