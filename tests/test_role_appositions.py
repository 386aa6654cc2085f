"""Roles and descriptions in apposition to a name are that person's, wherever the text uses them again.

Sentences written for this file: text -> (source, speaker name) of each quote.
"""

import pytest

from test_speaker_resolution import speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # the description set off by commas after a name is the subject of the verb: the name speaks
        (
            "Олег Петров живет в поселке с детства. Петров, бывший шахтер, говорит, что шахту закрыли давно.",
            [("бывший шахтер", "Олег Петров")],
        ),
        (
            "Сергей Лаптев, известный архитектор, считает, что дом можно спасти.",
            [("известный архитектор", "Сергей Лаптев")],
        ),
    ],
)
def test_description_in_apposition_speaks_as_the_name(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # roles joined by "и" after a name are each the person's
        (
            "Как сообщил Олег Петров, главный организатор и председатель жюри фестиваля, конкурс "
            "пройдет в мае. Мэр города Иван Сидоров заявил, что гостей разместят в гостиницах. "
            "«Мы ждем гостей из десяти стран», — добавил председатель жюри.",
            [("Олег Петров", "Олег Петров"), ("Мэр города Иван Сидоров", "Иван Сидоров"), ("председатель жюри", "Олег Петров")],
        ),
        (
            "Иван Сидоров, художник и куратор выставки, открыл зал в понедельник. "
            "Куратор выставки рассказал, что картины привезли из Казани.",
            [("Куратор выставки", "Иван Сидоров")],
        ),
        # the role of one name is not the role of another named later
        (
            "Иван Сидоров, художник и куратор выставки, открыл зал. Директор музея Петр Орлов "
            "сказал, что зал ждали год. Куратор выставки добавил, что картины привезли из Казани.",
            [("Директор музея Петр Орлов", "Петр Орлов"), ("Куратор выставки", "Иван Сидоров")],
        ),
    ],
)
def test_roles_joined_after_a_name(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # roles set off by commas before the role right before a name are each the person's
        (
            "Проверка продлится месяц. Об этом сообщил заместитель директора в управлении города, "
            "начальник отдела кадров Иван Петров. Глава района Олег Смирнов заявил, что проверка начнется в мае. «Мы готовы», — "
            "добавил заместитель директора.",
            [
                ("заместитель директора", "Иван Петров"),
                ("Глава района Олег Смирнов", "Олег Смирнов"),
                ("заместитель директора", "Иван Петров"),
            ],
        ),
        # two offices held by one person each are a list of two people, not one
        (
            "На заседании выступили министр финансов, министр обороны Иван Петров и другие. "
            "«Бюджет принят», — сказал министр финансов.",
            [("министр финансов", "министр финансов")],
        ),
    ],
)
def test_roles_set_off_by_commas_before_a_name(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role no one in the text holds is not a person named only as an object
        (
            "Полиция задержала Олега Петрова. Следователь сказал, что задержанный дал показания.",
            [("Следователь", "следователь")],
        ),
        # nor one named as a subject further back than the sentences just before, who never spoke
        (
            "Иван Зуев открыл магазин в мае. Покупателей было много. Выручка росла. Цены падали. "
            "Прокурор заявил, что проверка начнется осенью.",
            [("Прокурор", "прокурор")],
        ),
        # the subject of the sentences just before still is the holder
        (
            "Иван Зуев прибыл в Париж. Министр заявил, что переговоры будут трудными.",
            [("Министр", "Иван Зуев")],
        ),
        (
            "Иван Зуев прибыл в Париж. Погода была теплой. Министр заявил, что переговоры будут трудными.",
            [("Министр", "Иван Зуев")],
        ),
        # and so is the latest speaker
        (
            "«Переговоры будут трудными», — сказал Иван Зуев. Делегация прибыла в Париж утром. "
            "Встреча началась в полдень. Министр добавил, что итоги подведут вечером.",
            [("Иван Зуев", "Иван Зуев"), ("Министр", "Иван Зуев")],
        ),
    ],
)
def test_role_no_one_holds(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role compounded with a clipped stem is the role its full form names
        (
            "Иван Зуев, специальный представитель президента, прибыл в Минск. Глава МИД Олег Смирнов "
            "заявил, что встреча пройдет завтра. «Мы готовы к диалогу», — сказал спецпредставитель президента.",
            [("Глава МИД Олег Смирнов", "Олег Смирнов"), ("спецпредставитель президента", "Иван Зуев")],
        ),
        (
            "Специальный представитель ООН Иван Зуев прибыл в Минск. Представитель Красного Креста Олег "
            "Смирнов заявил, что помощь доставлена. «Мы продолжим работу», — сказал спецпредставитель ООН.",
            [("Представитель Красного Креста Олег Смирнов", "Олег Смирнов"), ("спецпредставитель ООН", "Иван Зуев")],
        ),
    ],
)
def test_clipped_compound_of_a_role(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deputy's compound title is the office "заместитель" with its complement names
        (
            "Заместитель председателя правления банка Иван Зуев прибыл в город. Мэр Олег Смирнов заявил, "
            "что гостей встретят на вокзале. «Кредиты подешевеют», — сказал зампред правления банка.",
            [("Мэр Олег Смирнов", "Олег Смирнов"), ("зампред правления банка", "Иван Зуев")],
        ),
        (
            "Заместитель министра финансов Иван Зуев выступил на форуме. Банкир Олег Смирнов заявил, "
            "что ставки снизятся. «Бюджет сбалансирован», — добавил замминистра финансов.",
            [("Банкир Олег Смирнов", "Олег Смирнов"), ("замминистра финансов", "Иван Зуев")],
        ),
    ],
)
def test_deputy_compound_title(text, expected):
    assert speakers_of(text) == expected
