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
        # a clipped stem gives its letter: "Нацбанк" spells "НБ", and names a bank as "банк" does
        (
            "«Курс стабилен», — заявили в НБК. Нацбанк Казахстана сообщил, что резервы выросли.",
            [("НБК", "Нацбанк Казахстана"), ("Нацбанк Казахстана", "Нацбанк Казахстана")],
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


@pytest.mark.parametrize(
    "text, expected",
    [
        # "издание" with no outlet known: the organization that spoke by a verb just before, by a
        # name that is no body's
        (
            "Цены на нефть выросли, сообщает «Северный курьер». Как отмечает издание, спрос вырос в Азии.",
            [("«Северный курьер»", "Северный курьер"), ("издание", "Северный курьер")],
        ),
        (
            "Цены на нефть выросли, отмечает Baltic Review. Как пишет издание, спрос вырос в Азии.",
            [("Baltic Review", "Baltic Review"), ("издание", "Baltic Review")],
        ),
        # no body, no company, no source of data is an outlet
        (
            "Цены на нефть выросли, сообщили в МВД. Как отмечает издание, спрос вырос в Азии.",
            [("МВД", "МВД"), ("издание", "издание")],
        ),
        (
            "Цены на нефть выросли, сообщила компания Nordic Oil. Как отмечает издание, спрос вырос в Азии.",
            [("компания Nordic Oil", "компания Nordic Oil"), ("издание", "издание")],
        ),
        (
            "По данным Nordic Partners, цены на нефть выросли. Как отмечает издание, спрос вырос в Азии.",
            [("Nordic Partners", "Nordic Partners"), ("издание", "издание")],
        ),
        # the outlet a story comes from, past a few sentences of the story; not one many sentences back
        (
            "Рост цен ускорился в марте, сообщает Deutsche Tagesblatt. Эксперты ждали замедления. Банк повысил "
            "ставку. Правительство обсудило меры. Как отмечает издание, рост продолжится.",
            [("Deutsche Tagesblatt", "Deutsche Tagesblatt"), ("издание", "Deutsche Tagesblatt")],
        ),
        (
            "Рост цен ускорился в марте, сообщает Deutsche Tagesblatt. Эксперты ждали замедления. Банк повысил "
            "ставку. Правительство обсудило меры. Рынок упал. Биржа закрылась. Торги отменили. Брокеры ушли. "
            "Цены выросли. Как отмечает издание, рост продолжится.",
            [("Deutsche Tagesblatt", "Deutsche Tagesblatt"), ("издание", "издание")],
        ),
    ],
)
def test_outlet_noun_with_no_outlet_known(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "по итогам", "по результатам": how it spoke, not a complement of the name
        (
            "Газета «Вестник» по результатам собственного расследования сообщила, что завод закрыт.",
            [("Газета «Вестник»", "газета Вестник")],
        ),
        (
            "МИД Латвии по итогам встречи министров заявил, что переговоры продолжатся.",
            [("МИД Латвии", "МИД Латвии")],
        ),
        (
            "Заместитель министра по итогам совещания заявил, что реформа продолжится.",
            [("Заместитель министра", "заместитель министра")],
        ),
        # a complement with "по" stays in the name
        (
            "Комиссия по делам молодежи сообщила, что конкурс продлен.",
            [("Комиссия по делам молодежи", "Комиссия по делам молодежи")],
        ),
    ],
)
def test_name_stops_before_a_circumstance(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a typo in a Latin name: one letter of one long word
        (
            "«Мост закроют», — пишет La Gazzetta Romana. Как сообщила La Gazetta Romana, ремонт займет год.",
            [("La Gazzetta Romana", "La Gazzetta Romana"), ("La Gazetta Romana", "La Gazzetta Romana")],
        ),
        # another word, or one too short for a typo, is another name
        (
            "«Мост закроют», — пишет The Morning Chronicle. Как сообщила The Evening Chronicle, ремонт займет год.",
            [("The Morning Chronicle", "The Morning Chronicle"), ("The Evening Chronicle", "The Evening Chronicle")],
        ),
        (
            "«Мост закроют», — пишет Daily Post. Как сообщила Daily Past, ремонт займет год.",
            [("Daily Post", "Daily Post"), ("Daily Past", "Daily Past")],
        ),
    ],
)
def test_latin_name_with_a_typo_is_one_body(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare organization noun is the organization the text named with that noun, not another
        # organization named since by a name alone or with a noun of another kind
        (
            "Компания Volvo объявила об отзыве машин. Модель XC90 собирают в Швеции, где завод Torslanda "
            "выпустил тысячу машин. В компании сообщили, что отзыв завершен.",
            [("компании", "компания Volvo")],
        ),
        (
            'Общественная организация "Зеленый лес" подала иск. Завод "Химпром" отверг обвинения. '
            "Как заявили в организации, суд назначен на май.",
            [("организации", 'Общественная организация Зеленый лес')],
        ),
        (
            'Компания "Полярная звезда" открыла новый цех. Его посетил губернатор, а банк "Северный" выдал кредит. '
            "В компании рассказали, что цех даст сто рабочих мест.",
            [("компании", "компания Полярная звезда")],
        ),
        # a demonstrative sets nothing apart: "этой организации" is the one named so
        (
            'Благотворительная организация "Теплый дом" собрала одежду. Грузовики Nordtrans отвезли ее на склад. '
            "Как сообщили в этой организации, одежду раздадут в пятницу.",
            [("этой организации", "Благотворительная организация Теплый дом")],
        ),
    ],
)
def test_bare_organization_noun_is_the_one_named_with_it(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "представитель Генпрокуратуры" is the named representative of the "Генеральной прокуратуры":
        # a compound of a clipped stem names the body its stem's word and its rest spell out
        (
            "Официальный представитель Генеральной прокуратуры России Ольга Петрова заявила, что дело "
            "возбуждено. Представитель Генпрокуратуры добавила, что проверка продолжится.",
            [
                ("Официальный представитель Генеральной прокуратуры России Ольга Петрова", "Ольга Петрова"),
                ("Представитель Генпрокуратуры", "Ольга Петрова"),
            ],
        ),
        (
            "Официальный представитель Генпрокуратуры Ольга Петрова заявила, что дело возбуждено. "
            "Представитель Генеральной прокуратуры добавила, что проверка продолжится.",
            [
                ("Официальный представитель Генпрокуратуры Ольга Петрова", "Ольга Петрова"),
                ("Представитель Генеральной прокуратуры", "Ольга Петрова"),
            ],
        ),
        (
            "Глава пресс-службы Национального банка Украины Иван Петров заявил, что курс устоит. "
            "Представитель Нацбанка добавил, что резервы растут.",
            [
                ("Глава пресс-службы Национального банка Украины Иван Петров", "Иван Петров"),
                ("Представитель Нацбанка", "Иван Петров"),
            ],
        ),
        # a word opening with the stem alone spells no compound: "генеральный директор завода"
        (
            "Генеральный директор завода Иван Петров заявил, что завод работает. "
            "Представитель Генпрокуратуры добавил, что проверка продолжится.",
            [
                ("Генеральный директор завода Иван Петров", "Иван Петров"),
                ("Представитель Генпрокуратуры", "представитель Генпрокуратуры"),
            ],
        ),
    ],
)
def test_clipped_compound_names_the_body_of_a_representative(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun heading the name, one no list of organization nouns holds
        (
            "«Мост закрыт», — сообщили в ОДД. Объединенная дорожная дирекция (ОДД) отвечает за трассу. "
            "«Движение откроют в мае», — уточнили в дирекции.",
            [("ОДД", "Объединенная дорожная дирекция"), ("дирекции", "Объединенная дорожная дирекция")],
        ),
        # the last noun of a hyphenated name, the noun a compound name ends in
        (
            "«Сбоя больше нет», — заверили в «Прима-банке». Как пояснили в банке, платежи задержаны на день.",
            [("«Прима-банке»", "Прима-банк"), ("банке", "Прима-банк")],
        ),
        (
            "Промстройбанк сообщил, что закрывает два отделения. В банке заявили, что вклады сохранены.",
            [("Промстройбанк", "Промстройбанк"), ("банке", "Промстройбанк")],
        ),
        # a clipped stem before the noun heading the name: "гос|комиссия", "спец|служба", "ген|прокуратура"
        (
            "Как сообщили в Государственной комиссии по приемке моста, опоры осмотрены. "
            "«Замечаний нет», — отметили в госкомиссии.",
            [
                ("Государственной комиссии по приемке моста", "Государственная комиссия по приемке моста"),
                ("госкомиссии", "Государственная комиссия по приемке моста"),
            ],
        ),
        (
            "Как сообщила Федеральная служба охраны, посты усилены. «Проверки продлятся неделю», — добавили в спецслужбе.",
            [("Федеральная служба охраны", "Федеральная служба охраны"), ("спецслужбе", "Федеральная служба охраны")],
        ),
        (
            "Генпрокуратура Молдавии сообщила, что возбудила дело. В прокуратуре уточнили, что обвиняемых двое.",
            [("Генпрокуратура Молдавии", "Генпрокуратура Молдавии"), ("прокуратуре", "Генпрокуратура Молдавии")],
        ),
        # a hyphenated compound names a part of a body, not the body its last noun heads; a plural
        # names several bodies
        (
            "Как сообщила Федеральная служба охраны, посты усилены. «Проверки продлятся неделю», — добавили в пресс-службе.",
            [("Федеральная служба охраны", "Федеральная служба охраны"), ("пресс-службе", "пресс-служба")],
        ),
        (
            "«Вестбанк» сообщил, что снизил ставки. «Ставки снизятся везде», — считают банки.",
            [("«Вестбанк»", "Вестбанк"), ("банки", "банки")],
        ),
    ],
)
def test_bare_noun_is_the_body_whose_name_it_heads(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organization noun before the body's own name stands in apposition to it: one body
        (
            "Компания «Вектор» сообщила, что цены вырастут. Позже «Вектор» заявил, что цены не изменятся.",
            [("Компания «Вектор»", "компания Вектор"), ("«Вектор»", "компания Вектор")],
        ),
        (
            "«Вектор» сообщил, что цены вырастут. Позже в компании «Вектор» заявили, что цены не изменятся.",
            [("«Вектор»", "компания Вектор"), ("компании «Вектор»", "компания Вектор")],
        ),
        # a compound of an organization noun, a name in Latin letters
        (
            "Кинокомпания Warner Pictures сообщила, что фильм выйдет. Позже Warner Pictures заявила, что премьеру отложат.",
            [("Кинокомпания Warner Pictures", "Кинокомпания Warner Pictures"), ("Warner Pictures", "Кинокомпания Warner Pictures")],
        ),
        # a hyphenated noun names a part of the body, a genitive the body it belongs to
        (
            "Пресс-служба «Вектора» сообщила, что цены вырастут. Позже «Вектор» заявил, что цены не изменятся.",
            [("Пресс-служба «Вектора»", "Пресс-служба Вектора"), ("«Вектор»", "Вектор")],
        ),
        (
            "Управление ФСБ сообщило, что задержало двоих. Позже ФСБ заявила, что задержанных трое.",
            [("Управление ФСБ", "Управление ФСБ"), ("ФСБ", "ФСБ")],
        ),
    ],
)
def test_organization_noun_in_apposition_to_the_name(text, expected):
    assert speakers_of(text) == expected
