"""Issue 10: constructions that blind mini-articles (written before the library
was run on them) showed the code getting wrong, one table, text -> every quote
it holds.

The cases and their conventions are those of test_constructions.py, whose
helpers this file shares; each sentence was written for this file.
"""

from __future__ import annotations

import pytest

from test_constructions import Group, _check, _params, case, direct, indirect

# a place adjective after a first name, agreeing with it, is a surname ("Рублевский", "Тверская")
PLACE_SURNAME = [
    case(
        "Главный тренер сборной Сергей Рублевский отметил, что команда готова к финалу.",
        indirect("команда готова к финалу", "отметил", "Главный тренер сборной Сергей Рублевский", "Сергей Рублевский"),
    ),
    case(
        "Мэр Ирина Тверская заявила, что мост откроют в мае.",
        indirect("мост откроют в мае", "заявила", "Мэр Ирина Тверская", "Ирина Тверская"),
    ),
    case(
        "Жительница Анна Сомова сказала, что Тверская улица закрыта на ремонт.",
        indirect("Тверская улица закрыта на ремонт", "сказала", "Жительница Анна Сомова", "Анна Сомова"),
    ),
]

# "По ее данным, C, — сообщила X": the possessive of the frame agrees with the verb after the
# clause and points forward to its subject
FORWARD_FRAME = [
    case(
        "По ее данным, продажи выросли на треть, — сообщила министр торговли Анна Белова.",
        indirect("продажи выросли на треть", "сообщила", "министр торговли Анна Белова", "Анна Белова"),
    ),
    case(
        "По его словам, завод запустят к осени, — рассказал губернатор области Павел Сизов.",
        indirect("завод запустят к осени", "рассказал", "губернатор области Павел Сизов", "Павел Сизов"),
    ),
    case(
        "По их подсчетам, урожай будет рекордным, — сообщили в министерстве сельского хозяйства.",
        indirect("урожай будет рекордным", "сообщили", "министерстве сельского хозяйства", Group("министерство")),
    ),
    # the pronoun does not agree with the verb: it points back, and the frame keeps the clause
    case(
        "Посол Олег Рябов встретился с министром. По его данным, визит состоится в июне, — сообщила пресс-секретарь Ольга Мухина.",
        indirect("визит состоится в июне", "По его данным", "его", "Олег Рябов"),
    ),
    # a frame inside the clause points back, not forward to the verb after it
    case(
        "Губернатор Олег Рябов выступил на сессии. Строительство моста, по его словам, завершится к осени, сообщает «Газета.ru».",
        indirect("Строительство моста, по его словам, завершится к осени", "по его словам", "его", "Олег Рябов"),
    ),
]

# a document phrase after a speaker is where the words were said, not part of the speaker's phrase
SPOKEN_IN = [
    case(
        "«Я еще вернусь в большой спорт», — сказала 20-летняя спортсменка в интервью «Матч ТВ».",
        direct("Я еще вернусь в большой спорт", "сказала", "20-летняя спортсменка", Group("спортсменка")),
    ),
    case(
        "Как рассказал пенсионер в интервью изданию, пенсию ему не индексировали три года.",
        indirect("пенсию ему не индексировали три года", "рассказал", "пенсионер", Group("пенсионер")),
    ),
    case(
        "Источник в правительстве сообщил, что решение уже принято.",
        indirect("решение уже принято", "сообщил", "Источник в правительстве", Group("источник")),
    ),
    # "из" with a document is a partitive, no place
    case(
        "Отряд состоял из наемников, сообщил один из сайтов сепаратистов.",
        indirect("Отряд состоял из наемников", "сообщил", "один из сайтов сепаратистов", Group("сайт")),
    ),
]

# a diplomatic mission or an office abroad is an organization, where its people speak
MISSION = [
    case(
        "«Мы не вмешиваемся во внутренние дела страны», — говорится в заявлении дипмиссии.",
        direct("Мы не вмешиваемся во внутренние дела страны", "говорится", "заявлении дипмиссии", Group("дипмиссия")),
    ),
    case(
        "Пострадавших среди туристов нет, говорится в сообщении генконсульства.",
        indirect("Пострадавших среди туристов нет", "говорится", "сообщении генконсульства", Group("генконсульство")),
    ),
]

# a role takes the phrase that says where or in what it is held: "при ЕС", "по плаванию"
ROLE_FIELD = [
    case(
        "Постпред России при ЕС Кирилл Логвинов заявил, что новые санкции не сработают.",
        indirect("новые санкции не сработают", "заявил", "Постпред России при ЕС Кирилл Логвинов", "Кирилл Логвинов"),
    ),
    case(
        "Чемпионка мира по плаванию Дарья Кулагина рассказала, что пропустит сезон.",
        indirect("пропустит сезон", "рассказала", "Чемпионка мира по плаванию Дарья Кулагина", "Дарья Кулагина"),
    ),
    case(
        "Как рассказал по телефону Иван Сомов, школы проверят до конца месяца.",
        indirect("школы проверят до конца месяца", "рассказал", "Иван Сомов", "Иван Сомов"),
    ),
]

# a short quoted name that a verb follows with no comma or dash is that verb's subject, no quotation
QUOTED_SUBJECT = [
    case(
        "«Торпедо» продлило контракт с вратарем на два года, сообщает сайт клуба.",
        indirect("«Торпедо» продлило контракт с вратарем на два года", "сообщает", "сайт клуба", Group("клуб")),
    ),
]

# a role that opens the sentence and a name set off by commas after it are one source phrase;
# names before the comma make a list
OPENING_ROLE = [
    case(
        "Режиссер спектакля, итальянка Джулия Росси, отметила, что премьеру перенесли на апрель.",
        indirect("премьеру перенесли на апрель", "отметила", "Режиссер спектакля, итальянка Джулия Росси", "Джулия Росси"),
    ),
    case(
        "Его соперник по финалу, американский теннисист Джек Миллер, сказал, что готов к реваншу.",
        indirect("готов к реваншу", "сказал", "Его соперник по финалу, американский теннисист Джек Миллер", "Джек Миллер"),
    ),
]

# "Там" opening the sentence of a subjectless plural cue stands for the people of the place just named
THERE = [
    case(
        "В пресс-службе банка сообщили, что отделение закрыто. Там также уточнили, что клиентов обслужат в соседнем офисе.",
        indirect("отделение закрыто", "сообщили", "пресс-службе банка", Group("пресс-служба")),
        indirect("клиентов обслужат в соседнем офисе", "уточнили", "Там", Group("пресс-служба")),
    ),
]

# a prepositional phrase inside a source ends at a noun in neither its case nor the genitive
PREPOSITION_END = [
    case(
        "Задержанный оказался местным жителем, сообщил ТАСС по телефону источник в полиции.",
        indirect("Задержанный оказался местным жителем", "сообщил", "источник в полиции", Group("источник")),
    ),
    case(
        "Сотрудник отдела по борьбе с экономическими преступлениями сообщил, что дело раскрыто.",
        indirect("дело раскрыто", "сообщил", "Сотрудник отдела по борьбе с экономическими преступлениями", Group("сотрудник")),
    ),
]

# a headline line "«Q»: X о …" is X's statement; a quoted name or a question title before the colon is none
QUOTE_THEN_SOURCE = [
    case(
        "«Мы не повысим налоги»: министр финансов о бюджете\n"
        "Министр финансов Антон Белов заявил, что налоги останутся прежними.",
        direct("Мы не повысим налоги", None, "министр финансов", "Антон Белов"),
        indirect("налоги останутся прежними", "заявил", "Министр финансов Антон Белов", "Антон Белов"),
    ),
    case(
        "«Торпедо»: тренер о новом сезоне\n"
        "Главный тренер Олег Сомов сказал, что команда готова.",
        indirect("команда готова", "сказал", "Главный тренер Олег Сомов", "Олег Сомов"),
    ),
    case(
        "«Что будет с ценами»: экономисты о прогнозах\n"
        "Экономист Анна Белова считает, что цены вырастут.",
        optional=("цены вырастут",),
    ),
]

CLASSES = {
    "place-surname": PLACE_SURNAME,
    "forward-frame": FORWARD_FRAME,
    "spoken-in": SPOKEN_IN,
    "mission": MISSION,
    "role-field": ROLE_FIELD,
    "quoted-subject": QUOTED_SUBJECT,
    "opening-role": OPENING_ROLE,
    "there": THERE,
    "preposition-end": PREPOSITION_END,
    "quote-then-source": QUOTE_THEN_SOURCE,
}


@pytest.mark.parametrize("item", list(_params(CLASSES)))
def test_construction(item):
    _check(item)
