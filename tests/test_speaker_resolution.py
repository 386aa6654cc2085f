"""Speaker resolution rules, one table per rule: text -> (source, speaker name) of each quote."""

import pytest

import quoteattr


def speakers_of(text):
    doc = quoteattr.extract(text)
    return [(q.source.text if q.source else None, q.speaker.name if q.speaker else None) for q in doc.quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare common noun is the person the text gave it to, before the name or after it
        (
            "Эколог Владимир Чупров приехал в поселок. «Лес гибнет», — сказал эколог.",
            [("эколог", "Владимир Чупров")],
        ),
        (
            "Олег Смирнов, известный эколог, приехал в поселок. «Лес гибнет», — сказал эколог.",
            [("эколог", "Олег Смирнов")],
        ),
        (
            "Теннисистка Анна Белова выиграла турнир в Праге. «Я очень рада», — сказала теннисистка.",
            [("теннисистка", "Анна Белова")],
        ),
        (
            "Фермер Иван Кузьмин собрал урожай. Фермер рассказал, что цены на зерно упали.",
            [("Фермер", "Иван Кузьмин")],
        ),
        # a plural is no one person, also where its form is a singular's too ("учителя")
        (
            "Учитель Иван Кузьмин открыл кружок. Учителя рассказали, что дети довольны.",
            [("Учителя", "учителя")],
        ),
        # a noun after a name in a list belongs to the last name of the list, not to this one
        (
            "В совет вошли Мария Сергеева, Олег Смирнов, эколог Иван Петров. «Лес гибнет», — сказал эколог.",
            [("эколог", "Иван Петров")],
        ),
        (
            "В совет вошли Мария Сергеева, Олег Смирнов, известный эколог. «Лес гибнет», — сказал эколог.",
            [("эколог", "эколог")],
        ),
    ],
)
def test_common_noun_of_a_named_person(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subject inside what someone said is no subject of the narrative: the pronoun after it is
        # the one who said it
        (
            "Олег Смирнов заявил, что Иван Петров уехал в Минск. Он добавил, что переговоры продолжатся.",
            [("Олег Смирнов", "Олег Смирнов"), ("Он", "Олег Смирнов")],
        ),
        (
            "«Мы готовы», — сказал Олег Смирнов. Иван Петров уехал в Минск, подчеркнул он.",
            [("Олег Смирнов", "Олег Смирнов"), ("он", "Олег Смирнов")],
        ),
        # within one statement its own subject stays in view
        (
            "Олег Смирнов заявил, что когда Иван Петров приехал в Минск, он сказал, что переговоры продолжатся.",
            [("Олег Смирнов", "Олег Смирнов"), ("он", "Иван Петров")],
        ),
        # what an outlet or a document reports is the narrative: its subject is in view
        (
            "«Турнир был трудным», — сказала тренер Мария Ким. Анна Белова выиграла финал, сообщает агентство "
            "«Восток». «Я очень рада», — сказала она.",
            [("тренер Мария Ким", "Мария Ким"), ("агентство «Восток»", "агентство Восток"), ("она", "Анна Белова")],
        ),
        # what "об этом" points back to is the narrative too
        (
            "«Школа готова», — сказал мэр Олег Смирнов. Иван Петров открыл новую школу. Об этом он сообщил журналистам.",
            [("мэр Олег Смирнов", "Олег Смирнов"), ("он", "Иван Петров")],
        ),
    ],
)
def test_subject_of_a_reported_statement(text, expected):
    assert speakers_of(text) == expected
