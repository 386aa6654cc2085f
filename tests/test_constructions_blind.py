"""Issue 10: constructions that blind mini-articles (written before the library
was run on them) showed the code getting wrong, one table, text -> every quote
it holds.

The cases and their conventions are those of test_constructions.py, whose
helpers this file shares; each sentence was written for this file.
"""

from __future__ import annotations

import pytest

from test_constructions import _check, case, indirect

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

CLASSES = {
    "place-surname": PLACE_SURNAME,
}


def _params():
    for name, cases in CLASSES.items():
        for number, item in enumerate(cases, 1):
            marks = [pytest.mark.xfail(strict=True, reason=item.xfail)] if item.xfail else []
            yield pytest.param(item, id=f"{name}-{number:02d}", marks=marks)


@pytest.mark.parametrize("item", list(_params()))
def test_construction(item):
    _check(item)
