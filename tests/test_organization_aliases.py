"""One organization, one speaker: an abbreviation and the name it abbreviates.

Text -> (source, speaker name) of each quote, or its whole row (kind, content, cue, source, speaker
name); the articles are written for these tests.
"""

import pytest

import quoteattr
from article import quotes_of
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
        # a quoted name is a body's whatever its words: "комсомолец" and "пресса" head no person or group there
        (
            "Газета «Ладожский комсомолец» пишет, что мост закроют. «Ремонт затянется», — отмечает ЛК.",
            [("Газета «Ладожский комсомолец»", "газета Ладожский комсомолец"), ("ЛК", "газета Ладожский комсомолец")],
        ),
        (
            "«Вольная пресса» сообщила, что выборы перенесут. Как отмечает ВП, решение уже принято.",
            [("«Вольная пресса»", "Вольная пресса"), ("ВП", "Вольная пресса")],
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
        # unquoted, a person noun heading the words is a person, not the name of a body
        (
            "Ладожский комсомолец Олег Петров заявил, что мост закроют. «Ремонт затянется», — отмечает ЛК.",
            [("Ладожский комсомолец Олег Петров", "Олег Петров"), ("ЛК", "ЛК")],
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
        # the outlet a story comes from, past a few sentences of the story, and many sentences back
        # when it is the only organization that told the story by a verb
        (
            "Рост цен ускорился в марте, сообщает Deutsche Tagesblatt. Эксперты ждали замедления. Банк повысил "
            "ставку. Правительство обсудило меры. Как отмечает издание, рост продолжится.",
            [("Deutsche Tagesblatt", "Deutsche Tagesblatt"), ("издание", "Deutsche Tagesblatt")],
        ),
        (
            "Рост цен ускорился в марте, сообщает Deutsche Tagesblatt. Эксперты ждали замедления. Банк повысил "
            "ставку. Правительство обсудило меры. Рынок упал. Биржа закрылась. Торги отменили. Брокеры ушли. "
            "Цены выросли. Как отмечает издание, рост продолжится.",
            [("Deutsche Tagesblatt", "Deutsche Tagesblatt"), ("издание", "Deutsche Tagesblatt")],
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
        # the body the sentences just before describe by the noun is meant, not one named by it earlier
        (
            "Пресс-служба губернатора Тверской области сообщила, что мост закроют. Позже пресс-служба мэра "
            "заявила, что ремонт начнется в мае. «Работы оплатит область», — уточнили в пресс-службе.",
            [
                ("Пресс-служба губернатора Тверской области", "Пресс-служба губернатора Тверской области"),
                ("пресс-служба мэра", "пресс-служба мэра"),
                ("пресс-службе", "пресс-служба мэра"),
            ],
        ),
        (
            "«Ремонт затянется», — заявили в пресс-службе УВД. Как сообщили в пресс-службе прокуратуры, "
            "дело возбуждено. В пресс-службе добавили, что подозреваемых двое.",
            [
                ("пресс-службе УВД", "пресс-служба УВД"),
                ("пресс-службе прокуратуры", "пресс-служба прокуратуры"),
                ("пресс-службе", "пресс-служба прокуратуры"),
            ],
        ),
        # a bare noun in between describes nothing more: the body named before it is meant
        (
            "Мэр уехал в отпуск, сообщила пресс-служба Белого дома. Пресс-служба распространила также "
            "фотографию мэра. Мэр вернется в мае. Пресс-служба сообщила, что мэр отдохнет.",
            [("пресс-служба Белого дома", "пресс-служба Белого дома"), ("Пресс-служба", "пресс-служба Белого дома")],
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
        # but a branch's head noun ("управление") over the body's name: the branch speaks as the body
        (
            "Управление ФСБ сообщило, что задержало двоих. Позже ФСБ заявила, что задержанных трое.",
            [("Управление ФСБ", "Управление ФСБ"), ("ФСБ", "Управление ФСБ")],
        ),
    ],
)
def test_organization_noun_in_apposition_to_the_name(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organization noun with a complement of its own names its own body, not the last one named
        (
            "Компания «Вектор» сообщила, что выпустит новый тариф. Министерство связи заявило, что проверит тарифы.",
            [("Компания «Вектор»", "компания Вектор"), ("Министерство связи", "Министерство связи")],
        ),
        (
            "Как передает агентство Reuters, цены на жилье выросли. Как отмечают в агентстве недвижимости, спрос упал.",
            [("агентство Reuters", "агентство Reuters"), ("агентстве недвижимости", "агентство недвижимости")],
        ),
        # the body named in full with that complement is the one meant
        (
            "Министерство связи Армении сообщило, что проверит тарифы. Компания «Вектор» заявила, что снизит "
            "цены. «Проверка займет месяц», — добавили в министерстве связи.",
            [
                ("Министерство связи Армении", "Министерство связи Армении"),
                ("Компания «Вектор»", "компания Вектор"),
                ("министерстве связи", "Министерство связи Армении"),
            ],
        ),
    ],
)
def test_organization_noun_with_its_own_complement(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound of a clipped stem is the name its two words spell out, either first
        (
            "Министерство обороны заявило, что учения начались. Позже в Минобороны добавили, что они продлятся неделю.",
            [("Министерство обороны", "Министерство обороны"), ("Минобороны", "Министерство обороны")],
        ),
        (
            "Минобороны заявило, что учения начались. Позже в Министерстве обороны добавили, что они продлятся неделю.",
            [("Минобороны", "Министерство обороны"), ("Министерстве обороны", "Министерство обороны")],
        ),
        # a linking vowel after the stem: "Центр|о|банк"
        (
            "Центробанк заявил, что ставку снизят. Позже в Центральном банке добавили, что это случится не скоро.",
            [("Центробанк", "Центральный банк"), ("Центральном банке", "Центральный банк")],
        ),
        # the rest of the name must be the same: two countries, two ministries
        (
            "Минобороны Литвы заявило, что учения начались. Позже в Министерстве обороны Польши добавили, что они продлятся неделю.",
            [("Минобороны Литвы", "Минобороны Литвы"), ("Министерстве обороны Польши", "Министерство обороны Польши")],
        ),
    ],
)
def test_clipped_compound_is_the_name_it_spells(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an agency noun with the adjective of a ministry's field is that ministry, of the same country
        (
            "МИД Литвы заявил, что посол вызван. «Мы ждем объяснений», — говорится в заявлении "
            "внешнеполитического ведомства Литвы.",
            [("МИД Литвы", "МИД Литвы"), ("заявлении внешнеполитического ведомства Литвы", "МИД Литвы")],
        ),
        (
            "Минобороны заявило, что учения начались. Компания «Вектор» сообщила, что поставит технику. "
            "«Учения продлятся неделю», — добавили в военном ведомстве.",
            [("Минобороны", "Минобороны"), ("Компания «Вектор»", "компания Вектор"), ("военном ведомстве", "Минобороны")],
        ),
        (
            "Британский МИД заявил, что посол вызван. Компания «Вектор» сообщила, что поставит технику. "
            "«Мы ждем объяснений», — добавили в британском внешнеполитическом ведомстве.",
            [
                ("Британский МИД", "Британский МИД"),
                ("Компания «Вектор»", "компания Вектор"),
                ("британском внешнеполитическом ведомстве", "Британский МИД"),
            ],
        ),
        # another country's ministry is another body
        (
            "МИД Литвы заявил, что посол вызван. «Мы ждем объяснений», — говорится в заявлении "
            "внешнеполитического ведомства Польши.",
            [
                ("МИД Литвы", "МИД Литвы"),
                ("заявлении внешнеполитического ведомства Польши", "внешнеполитическое ведомство Польши"),
            ],
        ),
    ],
)
def test_agency_noun_of_a_field_is_that_ministry(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name in Latin letters written with its words apart and run together is one name
        (
            "«Мост закроют», — сообщает Nord Radio. Как передала шведская радиостанция NordRadio, ремонт займет год.",
            [("Nord Radio", "шведская радиостанция Nord Radio"), ("шведская радиостанция NordRadio", "шведская радиостанция Nord Radio")],
        ),
        (
            "«Мост закроют», — сообщает NordRadio. Как передала Nord Radio, ремонт займет год.",
            [("NordRadio", "NordRadio"), ("Nord Radio", "NordRadio")],
        ),
        # a hyphenated name with an organization noun and its first part alone name one bank
        (
            "«Ставки вырастут», — считают в Вектор-банке. По данным «Вектора», вклады растут.",
            [("Вектор-банке", "Вектор-банк"), ("«Вектора»", "Вектор-банк")],
        ),
        (
            "«Ставки вырастут», — считают в «Векторе». Вектор-банк сообщил, что вклады растут.",
            [("«Векторе»", "Вектор-банк"), ("Вектор-банк", "Вектор-банк")],
        ),
        # not a part that names no organization ("Сибирь"), nor the part of two banks' names
        (
            "«Ставки вырастут», — сообщает Вектор-Сибирь. По данным «Вектора», вклады растут.",
            [("Вектор-Сибирь", "Вектор-Сибирь"), ("«Вектора»", "Вектор")],
        ),
        (
            "«Ставки вырастут», — считают в Вектор-банке. Вектор-холдинг сообщил, что вклады растут. "
            "По данным «Вектора», вклады растут.",
            [("Вектор-банке", "Вектор-банк"), ("Вектор-холдинг", "Вектор-холдинг"), ("«Вектора»", "Вектор")],
        ),
    ],
)
def test_name_spelled_as_before_is_one_body(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted name in an oblique case is headed by the common noun ending it when its first
        # word does not decline: the same name as in the nominative
        (
            "«Цех закрыт», — сообщила «Вектор нефть». По данным «Вектор нефти», рабочих уволят.",
            [("«Вектор нефть»", "Вектор нефть"), ("«Вектор нефти»", "Вектор нефть")],
        ),
        (
            "«Цех закрыт», — пишет «Экспресс газета». По данным «Экспресс газеты», рабочих уволят.",
            [("«Экспресс газета»", "Экспресс газета"), ("«Экспресс газеты»", "Экспресс газета")],
        ),
        # a first word that declines heads the name; a capitalized word after it is its complement
        (
            "По данным «Голоса Кавказа», рабочих уволят.",
            [("«Голоса Кавказа»", "Голос Кавказа")],
        ),
    ],
)
def test_quoted_name_in_an_oblique_case_is_its_nominative(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a company's name with its legal form after it and the name alone are one company
        (
            "«Цены вырастут», — заявила компания Orbitra Group Inc. По данным Orbitra, экспорт растет.",
            [("компания Orbitra Group Inc", "компания Orbitra Group Inc"), ("Orbitra", "компания Orbitra Group Inc")],
        ),
        (
            "«Цены вырастут», — заявила компания Orbitra Ltd. По данным Orbitra, экспорт растет.",
            [("компания Orbitra Ltd", "компания Orbitra Ltd"), ("Orbitra", "компания Orbitra Ltd")],
        ),
        # another word after the name makes another company
        (
            "«Цены вырастут», — заявила компания Orbitra Pictures. По данным Orbitra, экспорт растет.",
            [("компания Orbitra Pictures", "компания Orbitra Pictures"), ("Orbitra", "Orbitra")],
        ),
    ],
)
def test_name_with_its_legal_form_is_one_company(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound of a clipped stem and an inanimate noun the dictionary knows names a body, not a
        # person, though the dictionary lacks the whole word: the role's complement, not its holder
        (
            "Об этом заявил глава Росавиации Олег Петров. «Рейсы отменены», — сказал глава Росавиации.",
            [("глава Росавиации", "Олег Петров")],
        ),
        (
            "«Проверка идет», — сообщили в Росрезерве. Глава Росрезерва добавил, что запасов хватит.",
            [("Росрезерве", "Росрезерв"), ("Глава Росрезерва", "глава Росрезерва")],
        ),
        # a surname the dictionary guesses from its ending, no noun after the stem: still a name
        (
            "«Мы не согласны», — заявил Миннегулов.",
            [("Миннегулов", "Миннегулов")],
        ),
    ],
)
def test_clipped_compound_the_dictionary_lacks_names_a_body(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalized organization noun alone inside a sentence is the short form of the name the
        # text gives in full after it
        (
            "По словам представителя Комитета, проверка закончена. «Нарушений нет», — сказал представитель Комитета по охране лесов.",
            [
                ("представителя Комитета", "представитель Комитета по охране лесов"),
                ("представитель Комитета по охране лесов", "представитель Комитета по охране лесов"),
            ],
        ),
        (
            "По данным Фонда, взносы выросли. «Денег хватит», — заявили в Фонде поддержки фермеров.",
            [("Фонда", "Фонд поддержки фермеров"), ("Фонде поддержки фермеров", "Фонд поддержки фермеров")],
        ),
        # a noun opening the sentence is capitalized whatever it names
        (
            "Фонд сообщил, что взносы выросли. «Денег хватит», — заявили в Фонде поддержки фермеров.",
            [("Фонд", "Фонд"), ("Фонде поддержки фермеров", "Фонд поддержки фермеров")],
        ),
    ],
)
def test_capitalized_organization_noun_is_the_name_it_heads_after_it(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the complement of a description names the body whose abbreviation the text spells out,
        # though no noun of its words is an organization's kind
        (
            "По сообщению пресс-службы ВМС Северного альянса, пираты ушли. Экипаж цел, сообщила пресс-служба Военно-морских сил Северного альянса.",
            [
                ("пресс-службы ВМС Северного альянса", "пресс-служба Военно-морских сил Северного альянса"),
                ("пресс-служба Военно-морских сил Северного альянса", "пресс-служба Военно-морских сил Северного альянса"),
            ],
        ),
        # a name the text gave no body is no body: two descriptions
        (
            "По сообщению пресс-службы ВМС Северного альянса, пираты ушли. Экипаж цел, сообщила пресс-служба Береговых сил Северного альянса.",
            [
                ("пресс-службы ВМС Северного альянса", "пресс-служба ВМС Северного альянса"),
                ("пресс-служба Береговых сил Северного альянса", "пресс-служба Береговых сил Северного альянса"),
            ],
        ),
    ],
)
def test_complement_naming_a_spelled_out_body_is_that_body(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted name in apposition names the body whatever noun the text calls it by
        (
            "По данным организации «Ковчег», приюты переполнены. Как заявили в центре помощи бездомным «Ковчег», "
            "в городе откроется новый приют.",
            [
                ("indirect", "приюты переполнены", "По данным", "организации «Ковчег»", "центр помощи бездомным Ковчег"),
                (
                    "indirect",
                    "в городе откроется новый приют",
                    "заявили",
                    "центре помощи бездомным «Ковчег»",
                    "центр помощи бездомным Ковчег",
                ),
            ],
        ),
        # and so do the words in Latin letters that end the name
        (
            "Независимая группа Open Source Watch сообщила, что снимки подлинные. Как заявила исследовательская группа "
            "Open Source Watch, проверка продолжится.",
            [
                (
                    "indirect",
                    "снимки подлинные",
                    "сообщила",
                    "Независимая группа Open Source Watch",
                    "исследовательская группа Open Source Watch",
                ),
                (
                    "indirect",
                    "проверка продолжится",
                    "заявила",
                    "исследовательская группа Open Source Watch",
                    "исследовательская группа Open Source Watch",
                ),
            ],
        ),
        # an abbreviation in Latin letters after an organization noun is spelled out as the text does
        (
            "Об этом сообщила группа исследователей Baltic Data Team. По данным BDT, снимки подлинные. Как заявила "
            "аналитическая группа BDT, проверка продолжится.",
            [
                ("indirect", "снимки подлинные", "По данным", "BDT", "аналитическая группа Baltic Data Team"),
                ("indirect", "проверка продолжится", "заявила", "аналитическая группа BDT", "аналитическая группа Baltic Data Team"),
            ],
        ),
        # a quoted genitive after the noun says whose it is: the union of a company is not the company
        (
            "Профсоюз работников «Авиатора» заявил, что готовит забастовку. Компания «Авиатор» сообщила, что зарплаты повысят.",
            [
                ("indirect", "готовит забастовку", "заявил", "Профсоюз работников «Авиатора»", "профсоюз работников Авиатора"),
                ("indirect", "зарплаты повысят", "сообщила", "Компания «Авиатор»", "компания Авиатор"),
            ],
        ),
    ],
)
def test_own_name_after_another_noun_is_one_body(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalized adjective saying where the body is gives no letter to its abbreviation
        (
            "В Тверском управлении внутренних дел сообщили, что задержаны двое. По данным УВД, они признали вину.",
            [
                ("indirect", "задержаны двое", "сообщили", "Тверском управлении внутренних дел", "Тверское управление внутренних дел"),
                ("indirect", "они признали вину", "По данным", "УВД", "Тверское управление внутренних дел"),
            ],
        ),
        # words that spell another abbreviation name another body
        (
            "В Тверском управлении образования сообщили, что школы открыты. По данным УВД, занятия проходят спокойно.",
            [
                ("indirect", "школы открыты", "сообщили", "Тверском управлении образования", "Тверское управление образования"),
                ("indirect", "занятия проходят спокойно", "По данным", "УВД", "УВД"),
            ],
        ),
    ],
)
def test_abbreviation_after_an_adjective_of_place(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clipped stem, more clipped words and a long inanimate noun ending the word: a body, the
        # role's complement, not its holder
        (
            "Глава Росводлесконтроля Павел Гречин заявил, что проверка завершена. По словам главы Росводлесконтроля, "
            "нарушений не найдено.",
            [
                ("indirect", "проверка завершена", "заявил", "Глава Росводлесконтроля Павел Гречин", "Павел Гречин"),
                ("indirect", "нарушений не найдено", "По словам", "главы Росводлесконтроля", "Павел Гречин"),
            ],
        ),
        # a word ending in a short noun ("гул", "полис") by chance is no such compound: a surname here
        (
            "Депутат Госнадеждин заявил, что законопроект внесут весной. Коллега Миннеполисов добавил, что его поддержат.",
            [
                ("indirect", "законопроект внесут весной", "заявил", "Депутат Госнадеждин", "Госнадеждин"),
                ("indirect", "его поддержат", "добавил", "Коллега Миннеполисов", "Миннеполисов"),
            ],
        ),
    ],
)
def test_compound_of_several_clipped_words_names_a_body(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted name the dictionary lacks, in an oblique case: its nominative as the text writes it,
        # not one guessed from the ending ("Сибрало", "Карстёха"), before the oblique form or after it
        (
            "«Сибрал» и «Карстех» подписали соглашение. По данным «Сибрала», цены на алюминий растут. Как сообщили "
            "в «Карстехе», сделка закрыта.",
            [
                ("indirect", "цены на алюминий растут", "По данным", "«Сибрала»", "Сибрал"),
                ("indirect", "сделка закрыта", "сообщили", "«Карстехе»", "Карстех"),
            ],
        ),
        (
            "По данным «Сибрала», цены на алюминий растут. «Сибрал» и «Карстех» подписали соглашение.",
            [("indirect", "цены на алюминий растут", "По данным", "«Сибрала»", "Сибрал")],
        ),
    ],
)
def test_quoted_name_in_an_oblique_case_as_the_text_writes_it(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun naming a body by what it does, alone, is the body named before
        (
            "Японская компания Sakura Motors отозвала тысячу машин. Автопроизводитель сообщил, что дефект устранен.",
            [("indirect", "дефект устранен", "сообщил", "Автопроизводитель", "Sakura Motors")],
        ),
        (
            "Соцсеть Bluebird удалила тысячи аккаунтов. Как заявили в соцсети, это были боты.",
            [("indirect", "это были боты", "заявили", "соцсети", "соцсеть Bluebird")],
        ),
        (
            "Компания Heller закрыла завод в Бремене. Как сообщили в автоконцерне, рабочих переведут в Гамбург.",
            [("indirect", "рабочих переведут в Гамбург", "сообщили", "автоконцерне", "компания Heller")],
        ),
        # its plural names several, a group that "их" refers back to, no body named before
        (
            "Компания Heller закрыла завод. Европейские автопроизводители заявили, что цены вырастут. По их словам, спрос упал.",
            [
                ("indirect", "цены вырастут", "заявили", "Европейские автопроизводители", "европейские автопроизводители"),
                ("indirect", "спрос упал", "По их словам", "их", "европейские автопроизводители"),
            ],
        ),
    ],
)
def test_body_named_by_what_it_does_is_the_one_named_before(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clipped compound and the name spelled out are one body when one name holds the other
        # with a complement after it, whichever comes first
        (
            "Министерство обороны сообщило, что учения начались. Как заявили в Минобороны РФ, они продлятся неделю.",
            [
                ("indirect", "учения начались", "сообщило", "Министерство обороны", "Министерство обороны"),
                ("indirect", "они продлятся неделю", "заявили", "Минобороны РФ", "Министерство обороны"),
            ],
        ),
        (
            "Минобороны РФ сообщило, что учения начались. Как заявили в Министерстве обороны, они продлятся неделю.",
            [
                ("indirect", "учения начались", "сообщило", "Минобороны РФ", "Министерство обороны"),
                ("indirect", "они продлятся неделю", "заявили", "Министерстве обороны", "Министерство обороны"),
            ],
        ),
        # complements naming two countries: two bodies
        (
            "Министерство обороны Литвы заявило, что учения начались. Позже в Минобороны Польши добавили, что они продлятся неделю.",
            [
                ("indirect", "учения начались", "заявило", "Министерство обороны Литвы", "Министерство обороны Литвы"),
                ("indirect", "они продлятся неделю", "добавили", "Минобороны Польши", "Минобороны Польши"),
            ],
        ),
    ],
)
def test_clipped_compound_and_a_fuller_name_spelled_out_are_one_body(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare compound of clipped words is the body whose name opens its words so: "избир|ком" of
        # "избирательная комиссия", a description or a name
        (
            "Городская избирательная комиссия сообщила, что явка превысила 40%. В избиркоме отметили, что нарушений не было.",
            [
                ("indirect", "явка превысила 40%", "сообщила", "Городская избирательная комиссия", "Городская избирательная комиссия"),
                ("indirect", "нарушений не было", "отметили", "избиркоме", "Городская избирательная комиссия"),
            ],
        ),
        (
            "Избирательная комиссия Твери сообщила, что явка превысила 40%. Комитет по образованию сообщил, что школы "
            "открыты. В избиркоме отметили, что нарушений не было.",
            [
                ("indirect", "явка превысила 40%", "сообщила", "Избирательная комиссия Твери", "Избирательная комиссия Твери"),
                ("indirect", "школы открыты", "сообщил", "Комитет по образованию", "Комитет по образованию"),
                ("indirect", "нарушений не было", "отметили", "избиркоме", "Избирательная комиссия Твери"),
            ],
        ),
        # a "комитет" alone is no "избир|ком": a body of its own
        (
            "Комитет по образованию сообщил, что школы открыты. В избиркоме отметили, что нарушений не было.",
            [
                ("indirect", "школы открыты", "сообщил", "Комитет по образованию", "Комитет по образованию"),
                ("indirect", "нарушений не было", "отметили", "избиркоме", "избирком"),
            ],
        ),
    ],
)
def test_compound_of_clipped_words_is_the_body_it_clips(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # every adjective of a quoted name in an oblique case agrees with its noun: all are put in
        # the nominative, the name the abbreviation spells
        (
            "Как сообщили в «Северных речных дорогах», паромы встали. По данным СРД, навигацию закроют.",
            [
                ("indirect", "паромы встали", "сообщили", "«Северных речных дорогах»", "Северные речные дороги"),
                ("indirect", "навигацию закроют", "По данным", "СРД", "Северные речные дороги"),
            ],
        ),
        (
            "По данным «Первого независимого канала», студия закрылась.",
            [("indirect", "студия закрылась", "По данным", "«Первого независимого канала»", "Первый независимый канал")],
        ),
    ],
)
def test_quoted_name_of_several_adjectives_in_an_oblique_case(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted name opening a sentence reads as a description of its first word, yet it is the
        # name of the body the abbreviation spells: one outlet, whichever comes first
        (
            "«Вечерняя звезда» пишет, что мост закроют. По данным газеты ВЗ, ремонт займет год.",
            [
                ("indirect", "мост закроют", "пишет", "«Вечерняя звезда»", "газета Вечерняя звезда"),
                ("indirect", "ремонт займет год", "По данным", "газеты ВЗ", "газета Вечерняя звезда"),
            ],
        ),
        (
            "По данным газеты ВЗ, ремонт займет год. «Вечерняя звезда» пишет, что мост закроют.",
            [
                ("indirect", "ремонт займет год", "По данным", "газеты ВЗ", "газета Вечерняя звезда"),
                ("indirect", "мост закроют", "пишет", "«Вечерняя звезда»", "газета Вечерняя звезда"),
            ],
        ),
    ],
)
def test_quoted_name_opening_a_sentence_is_the_body_so_named(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a description opening a sentence keeps its capital when the text writes the same two words
        # capitalized inside a sentence: a name, one entity with the one named there
        (
            "Белый дом заявил, что санкции сохранятся. В Белом доме также заявили, что визит состоится.",
            [
                ("indirect", "санкции сохранятся", "заявил", "Белый дом", "Белый дом"),
                ("indirect", "визит состоится", "заявили", "Белом доме", "Белый дом"),
            ],
        ),
        # a capitalized place adjective in another phrase ("Воронежской области") is no such evidence
        (
            "Пенсии в Воронежской области выросли. Воронежские пенсионеры заявили, что прибавка мала.",
            [("indirect", "прибавка мала", "заявили", "Воронежские пенсионеры", "воронежские пенсионеры")],
        ),
    ],
)
def test_description_opening_a_sentence_written_capitalized_inside_one(text, expected):
    assert quotes_of(quoteattr.extract(text)) == expected
