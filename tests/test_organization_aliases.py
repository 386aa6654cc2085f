"""One organization, one speaker: an abbreviation and the name it abbreviates.

Text -> (source, speaker name) of each quote; the articles are written for these tests.
"""

import pytest

from test_speaker_resolution import speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # the full name first, the abbreviation with the same complement after it
        (
            "Управление по надзору за строительством Твери проверило стройку. «Нарушений много», — заявили в УНС Твери.",
            [("УНС Твери", "Управление по надзору за строительством Твери")],
        ),
        # the abbreviation first; the full name in an oblique case is put in the nominative
        (
            "«Мы проверим всех», — заявили в ФПС Литвы. Федеральная погранслужба Литвы сообщила, что граница открыта.",
            [
                ("ФПС Литвы", "Федеральная погранслужба Литвы"),
                ("Федеральная погранслужба Литвы", "Федеральная погранслужба Литвы"),
            ],
        ),
        (
            "«Это решено», — заявили в ЦОП МВД. Центр оперативной поддержки МВД сообщил, что решение окончательное.",
            [("ЦОП МВД", "Центр оперативной поддержки МВД"), ("Центр оперативной поддержки МВД", "Центр оперативной поддержки МВД")],
        ),
        # the complement spelled too: "Адыгеи" gives the "А"
        (
            "«Мы закрываем филиалы», — сообщил Банк развития Адыгеи. Как пояснили в БРА, вклады вернут.",
            [("Банк развития Адыгеи", "Банк развития Адыгеи"), ("БРА", "Банк развития Адыгеи")],
        ),
        # names in Latin letters: "The" counts where the abbreviation has its letter
        (
            "«Продажи упали», — сообщил New Amber Review. Как отмечает NAR, спрос восстановится к лету.",
            [("New Amber Review", "New Amber Review"), ("NAR", "New Amber Review")],
        ),
        (
            "Издание The Baltic Courier опубликовало интервью. «Мост закроют», — пишет TBC.",
            [("TBC", "издание The Baltic Courier")],
        ),
    ],
)
def test_abbreviation_is_the_name_it_spells(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # words whose initials spell it by chance are no name: an adverb, a person, a role
        (
            "Сегодня президент заявил, что реформа продолжится. «Мы готовы», — заявили в СП.",
            [("президент", "президент"), ("СП", "СП")],
        ),
        (
            "Сергей Петров заявил, что реформа продолжится. «Мы готовы», — заявили в СП.",
            [("Сергей Петров", "Сергей Петров"), ("СП", "СП")],
        ),
        (
            "Министр внутренних дел Олег Петров заявил, что реформа продолжится. «Мы готовы», — заявили в МВД.",
            [("Министр внутренних дел Олег Петров", "Олег Петров"), ("МВД", "МВД")],
        ),
        # a name ends in its noun: "Совета в Северные [горы]" is no name
        (
            "Поездку Совета в Северные горы отложили. «Мы готовы», — заявили в СС.",
            [("СС", "СС")],
        ),
    ],
)
def test_abbreviation_not_spelled_by_chance(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one body whose country the text writes in two ways: the name it gave first
        (
            "«Визит отложен», — заявили в МИД России. Позже в МИД РФ уточнили, что визит состоится в мае.",
            [("МИД России", "МИД России"), ("МИД РФ", "МИД России")],
        ),
        (
            "«Учения завершены», — сообщили в Минобороны РФ. В Минобороны России добавили, что техника вернулась.",
            [("Минобороны РФ", "Минобороны РФ"), ("Минобороны России", "Минобороны РФ")],
        ),
        # another country's body stays apart
        (
            "«Визит отложен», — заявили в МИД России. В МИД Украины ответили, что визит не нужен.",
            [("МИД России", "МИД России"), ("МИД Украины", "МИД Украины")],
        ),
    ],
)
def test_country_written_two_ways_is_one_body(text, expected):
    assert speakers_of(text) == expected
