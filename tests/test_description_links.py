"""A person's bare description or role refers back to the named person it describes.

Sentences written for this file: text -> (source, speaker name) of each quote.
"""

import pytest

from test_speaker_resolution import speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare "эксперт" after a named person who spoke is that person, not a new source
        (
            "Олег Смирнов заявил, что реагент безопасен. «Это проверено», — добавил эксперт.",
            [("Олег Смирнов", "Олег Смирнов"), ("эксперт", "Олег Смирнов")],
        ),
        (
            "Экономист Павел Зуев считает, что цены вырастут. По мнению эксперта, рост будет недолгим.",
            [("Экономист Павел Зуев", "Павел Зуев"), ("эксперта", "Павел Зуев")],
        ),
        (
            "«Машина ехала очень быстро», — рассказал Игорь Лебедев. Свидетель добавил, что водитель не тормозил.",
            [("Игорь Лебедев", "Игорь Лебедев"), ("Свидетель", "Игорь Лебедев")],
        ),
        # the verb's gender picks the woman among the named
        (
            "Анна Петрова заявила, что реагент безопасен. «Это проверено», — добавила эксперт.",
            [("Анна Петрова", "Анна Петрова"), ("эксперт", "Анна Петрова")],
        ),
        (
            "Анна Петрова заявила, что реагент безопасен. «Это проверено», — добавил эксперт.",
            [("Анна Петрова", "Анна Петрова"), ("эксперт", "эксперт")],
        ),
        # past sentences that name no one, the description is still the one the text named last
        (
            "Олег Смирнов заявил, что реагент безопасен. По его словам, проверка заняла год. "
            "Реагент применяют в пяти городах. Химик добавил, что его можно применять зимой.",
            [("Олег Смирнов", "Олег Смирнов"), ("его", "Олег Смирнов"), ("Химик", "Олег Смирнов")],
        ),
        # a source the text will not name is someone new
        (
            "Олег Смирнов заявил, что реагент безопасен. Источник добавил, что проверка заняла год.",
            [("Олег Смирнов", "Олег Смирнов"), ("Источник", "источник")],
        ),
        # one the clause brings in after a verb that is no verb of saying is someone new
        (
            "Олег Смирнов заявил, что реагент безопасен. Вечером в полицию обратился мужчина и "
            "сообщил, что нашел ртуть.",
            [("Олег Смирнов", "Олег Смирнов"), ("мужчина", "мужчина")],
        ),
        # "женщина" is a named woman only if she spoke just before, not the one woman named far back
        (
            "Суд рассмотрел иск Анны Петровой. Заседание длилось два часа. "
            "«Меня уволили незаконно», — заявила женщина.",
            [("женщина", "женщина")],
        ),
    ],
)
def test_bare_description_refers_back_to_the_named_speaker(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's description is the person the article then gives that noun to
        (
            "Новые правила защищают москвичей, заявил вице-мэр\n\n"
            "«Мы защищаем интересы горожан», — заявил вице-мэр Москвы Олег Смирнов.",
            [("вице-мэр", "Олег Смирнов"), ("вице-мэр Москвы Олег Смирнов", "Олег Смирнов")],
        ),
        (
            "Лес гибнет, предупредил эколог\n\n"
            "Эколог Павел Зуев заявил, что вырубка продолжается.",
            [("эколог", "Павел Зуев"), ("Эколог Павел Зуев", "Павел Зуев")],
        ),
        # with a complement, the one given the noun with a complement that agrees
        (
            "Ресторан закроется, сообщил хозяин заведения\n\n"
            "Хозяин фермы Иван Петров заявил, что молока нет. "
            "Хозяин заведения Павел Зуев рассказал, что аренда выросла вдвое.",
            [
                ("хозяин заведения", "Павел Зуев"),
                ("Хозяин фермы Иван Петров", "Иван Петров"),
                ("Хозяин заведения Павел Зуев", "Павел Зуев"),
            ],
        ),
        # "известный" says how well known, not whose: no mark against "японский"
        (
            "Известный химик считает, что нашел лекарство\n\n"
            "Японский химик Кэндзи Ямада заявил, что создал новое вещество.",
            [("Известный химик", "Кэндзи Ямада"), ("Японский химик Кэндзи Ямада", "Кэндзи Ямада")],
        ),
        # a word that says whose still keeps two people apart
        (
            "Немецкий химик считает, что нашел лекарство\n\n"
            "Японский химик Кэндзи Ямада заявил, что создал новое вещество.",
            [("Немецкий химик", "немецкий химик"), ("Японский химик Кэндзи Ямада", "Кэндзи Ямада")],
        ),
    ],
)
def test_headline_description_is_the_person_named_below(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lead of an article headlined by one person's words describes that person, whatever
        # body its complement names: a column, a statement
        (
            "Олег Смирнов: «Налоги растут»\n\n"
            "«Налоги растут каждый год, бизнес уходит в тень», — пишет шеф-редактор «Вечернего листка».\n\n"
            "«Так жить нельзя», — добавляет он.",
            [
                ("Олег Смирнов", "Олег Смирнов"),
                ("шеф-редактор «Вечернего листка»", "Олег Смирнов"),
                ("он", "Олег Смирнов"),
            ],
        ),
        # a genitive of people that names a body ("Собрания депутатов") does not make the role another's
        (
            "Анна Коваль: «Школам нужны психологи»\n\n"
            "«Учителя не справляются одни», — пишет депутат Городского собрания депутатов.",
            [("Анна Коваль", "Анна Коваль"), ("депутат Городского собрания депутатов", "Анна Коваль")],
        ),
        # a role whose genitive is a person right on it is someone else's: the lawyer of the convict
        (
            "Олег Смирнов: «Налоги растут»\n\n"
            "«Приговор обжалуют», — сообщил адвокат осужденного.",
            [("Олег Смирнов", "Олег Смирнов"), ("адвокат осужденного", "адвокат осужденного")],
        ),
        # someone the narrative names between them may be meant: the lead is no description of the
        # headline's person then
        (
            "Олег Смирнов: «Налоги растут»\n\n"
            "Вчера Иван Петров выступил в Думе. «Налоги растут», — пишет шеф-редактор «Вечернего листка».",
            [("Олег Смирнов", "Олег Смирнов"), ("шеф-редактор «Вечернего листка»", "шеф-редактор Вечернего листка")],
        ),
    ],
)
def test_lead_role_is_the_person_whose_words_the_headline_gives(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun the dictionary lacks is a description too: its office is that of the noun it ends in
        (
            "Министр финансов Олег Смирнов выступил в Берлине. По мнению экс-министра, кризис закончится к лету.",
            [("экс-министра", "Олег Смирнов")],
        ),
        (
            "«Книга выйдет весной», — сказал Олег Смирнов. «Тираж уже напечатан», — добавил писатель-сатирик.",
            [("Олег Смирнов", "Олег Смирнов"), ("писатель-сатирик", "Олег Смирнов")],
        ),
    ],
)
def test_description_the_dictionary_lacks(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "мужчина" and "женщина" say only the sex: the one of that sex who just spoke, named or not
        (
            "Сосед погибшего рассказал, что слышал крики. «Я сразу вызвал полицию», — добавил мужчина.",
            [("Сосед погибшего", "сосед погибшего"), ("мужчина", "сосед погибшего")],
        ),
        (
            "Продавщица киоска сообщила, что газеты не привезли. «Так уже неделю», — пожаловалась женщина.",
            [("Продавщица киоска", "продавщица киоска"), ("женщина", "продавщица киоска")],
        ),
        # a woman is not the man who spoke
        (
            "Сосед погибшего рассказал, что слышал крики. «Я ничего не видела», — сказала женщина.",
            [("Сосед погибшего", "сосед погибшего"), ("женщина", "женщина")],
        ),
    ],
)
def test_sex_noun_names_the_description_that_spoke(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person who speaks stays in view to the end of what they say: a description right after
        # a quotation of several sentences is its speaker, however far back the source stands
        (
            "«Мы в хорошем положении, — сказал Олег Петров. — Публика нас поддержит. Корты нам "
            "подходят. Соперники сильны, но мы готовы». По словам теннисиста, сезон будет трудным.",
            [
                ("Олег Петров", "Олег Петров"),
                ("Олег Петров", "Олег Петров"),
                ("теннисиста", "Олег Петров"),
            ],
        ),
        # what an outlet reports is the narrative: the person it tells of is the one a pronoun
        # after it picks up, not the outlet
        (
            "По информации портала Dela.ru, директор завода Олег Петров провел ночь у ворот цеха с "
            "транспарантом: «Верните зарплату». По его словам, к утру к нему пришли рабочие.",
            [("портала Dela.ru", "портал Dela.ru"), ("его", "Олег Петров")],
        ),
    ],
)
def test_speaker_in_view_to_the_end_of_the_quotation(text, expected):
    assert speakers_of(text) == expected
