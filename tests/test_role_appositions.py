"""Roles and descriptions in apposition to a name are that person's, wherever the text uses them again.

Sentences written for this file: text -> (source, speaker name) of each quote.
"""

import pytest

from test_outlet_speakers import kinds_and_speakers
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
        # a name in the complement of the apposed role says whose ally or adviser the speaker is
        (
            "Министр Иван Сидоров прибыл в город. Петров, советник министра Сидорова, сказал, что "
            "визит прошел хорошо. По его словам, переговоры продолжатся.",
            [("советник министра Сидорова", "Петров"), ("его", "Петров")],
        ),
        # a name that does not decline stands in the case of the role right before it: the genitive
        (
            "Президент Окечуку Абади вернулся в столицу. Смирнов, давний союзник президента Абади, "
            "заявил, что парламент соберется весной.",
            [("давний союзник президента Абади", "Смирнов")],
        ),
        (
            "Президент Окечуку Абади вернулся в столицу. Советник президента Абади заявил, что парламент "
            "соберется весной.",
            [("Советник президента Абади", "советник президента Абади")],
        ),
    ],
)
def test_name_in_the_complement_of_an_apposed_role(text, expected):
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
        # a dash sets off the apposition as a comma does: the role before it is the named person's
        (
            "Урожай будет хорошим, считает заместитель директора фермы - агроном Павел Сомов. "
            "«Дожди шли вовремя», — добавил заместитель директора.",
            [("заместитель директора фермы", "Павел Сомов"), ("заместитель директора", "Павел Сомов")],
        ),
        (
            "Заместитель директора фермы — агроном Павел Кушнарев — вернулся из города. Глава района "
            "Олег Смирнов сказал, что урожай хороший. «Дожди шли вовремя», — добавил заместитель директора.",
            [("Глава района Олег Смирнов", "Олег Смирнов"), ("заместитель директора", "Павел Кушнарев")],
        ),
        # after a source the apposition set off by a dash is part of the source, as one set off by a comma
        (
            "Закон устарел, говорит его автор — член комиссии по транспорту Геннадий Мосин.",
            [("его автор — член комиссии по транспорту Геннадий Мосин", "Геннадий Мосин")],
        ),
        # a dash before a name with no role of its own after it joins nothing
        (
            "Урожай будет хорошим, считает заместитель директора фермы. Агроном Павел Сомов "
            "уехал в город. «Дожди шли вовремя», — добавил заместитель директора.",
            [("заместитель директора фермы", "заместитель директора фермы"), ("заместитель директора", "заместитель директора фермы")],
        ),
    ],
)
def test_role_set_off_by_a_dash_before_a_name(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
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
def test_role_no_one_holds_goes_to_a_subject_in_view_or_the_latest_speaker(text, expected):
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
            "Заместитель главы МВД Иван Зуев прибыл в город. Мэр Олег Смирнов заявил, что гостей "
            "встретят на вокзале. «Порядок будет обеспечен», — сказал замглавы МВД.",
            [("Мэр Олег Смирнов", "Олег Смирнов"), ("замглавы МВД", "Иван Зуев")],
        ),
        # and the full title, whose complement may read as a nominative plural ("главы"), is that office too
        (
            "Замглавы МВД Иван Зуев прибыл в город. Мэр Олег Смирнов заявил, что гостей встретят на "
            "вокзале. «Порядок будет обеспечен», — сказал заместитель главы МВД.",
            [("Мэр Олег Смирнов", "Олег Смирнов"), ("заместитель главы МВД", "Иван Зуев")],
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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role source cut before where it is held and whose it is: the name after that gap is its holder
        (
            "Ученые нашли воду в пустыне. Об этом сообщил заместитель директора филиала в Казани Научного "
            "центра прикладной химии Олег Воронин. «Работы начнутся летом», — сказал он.",
            [("заместитель директора филиала", "Олег Воронин"), ("он", "Олег Воронин")],
        ),
        # a name in another case after the gap is someone the role speaks to, not its holder
        (
            "Ученые нашли воду в пустыне. Об этом рассказал заместитель директора филиала в Казани "
            "Научного центра прикладной химии журналисту Олегу Воронину.",
            [("заместитель директора филиала", "заместитель директора филиала")],
        ),
        # a body named in capitals after "в" is where the role is held, as a place is
        (
            "Налоги снизят, заявил руководитель фракции ЛДПР в Мосгордуме Олег Сидоров, отвечая на "
            "вопросы. Руководитель фракции ЛДПР добавил, что решение примут осенью.",
            [("руководитель фракции ЛДПР", "Олег Сидоров"), ("Руководитель фракции ЛДПР", "Олег Сидоров")],
        ),
        # a name in the genitive after it is whose the role's complement is, no holder
        (
            "Налоги снизят, заявил помощник депутата в Мосгордуме Олега Сидорова.",
            [("помощник депутата", "помощник депутата")],
        ),
    ],
)
def test_role_and_the_name_after_its_place(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound of clipped stems is the office its full form names, with the words the stems
        # stand for as its marks: "главсанврач" is the "главный санитарный врач"
        (
            "Главный санитарный врач области Олег Воронин прибыл в город. Мэр Иван Сидоров заявил, что "
            "больницы готовы. «Вспышки гриппа нет», — сказал главсанврач области.",
            [("Мэр Иван Сидоров", "Иван Сидоров"), ("главсанврач области", "Олег Воронин")],
        ),
        # opening a sentence, it is a role, not a name
        (
            "Главный санитарный врач области Олег Воронин прибыл в город. Мэр Иван Сидоров заявил, что "
            "больницы готовы. Главсанврач области отметил, что вспышки гриппа нет.",
            [("Мэр Иван Сидоров", "Иван Сидоров"), ("Главсанврач области", "Олег Воронин")],
        ),
        # one stem clipped, the other word written out
        (
            "Главный санитарный врач области Олег Воронин прибыл в город. Мэр Иван Сидоров заявил, что "
            "больницы готовы. «Вспышки гриппа нет», — сказал главный санврач области.",
            [("Мэр Иван Сидоров", "Иван Сидоров"), ("главный санврач области", "Олег Воронин")],
        ),
    ],
)
def test_compound_of_clipped_stems_is_the_full_office(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "и" joining two nouns of the complement keeps the role whole before the name: the role is
        # that name's, and the same role later is the same person, not the last one in view
        (
            "Председатель комитета по обороне и безопасности Иван Петров заявил, что бюджет примут. "
            "Депутат Олег Смирнов сказал, что фракция против. Председатель комитета по обороне и "
            "безопасности добавил, что споры продолжатся.",
            [
                ("Председатель комитета по обороне и безопасности Иван Петров", "Иван Петров"),
                ("Депутат Олег Смирнов", "Олег Смирнов"),
                ("Председатель комитета по обороне и безопасности", "Иван Петров"),
            ],
        ),
        # past a modifier after "и"; the clipped deputy title is the same office
        (
            "Заместитель министра науки и высшего образования Павел Орлов сообщил, что конкурс объявят "
            "весной. Ректор Олег Смирнов сказал, что вуз готов. Замминистра науки добавил, что заявки "
            "уже поступают.",
            [
                ("Заместитель министра науки и высшего образования Павел Орлов", "Павел Орлов"),
                ("Ректор Олег Смирнов", "Олег Смирнов"),
                ("Замминистра науки", "Павел Орлов"),
            ],
        ),
    ],
)
def test_role_whose_complement_joins_two_nouns(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviation of a thing ("ЖКХ") is a noun of the complement "и" joins to the next one:
        # the role reads back over both to the name, which holds it
        (
            "По словам заместителя мэра по вопросам ЖКХ и транспорта Ивана Петрова, ремонт дорог закончат к осени.",
            [("indirect", "заместителя мэра по вопросам ЖКХ и транспорта Ивана Петрова", "Иван Петров")],
        ),
        (
            "Министр ЖКХ и строительства Олег Смирнов заявил, что тарифы заморозят.",
            [("indirect", "Министр ЖКХ и строительства Олег Смирнов", "Олег Смирнов")],
        ),
        # two bodies' short names are no one complement: the role is not read back over them
        (
            "Глава МВД и ФСБ Олег Смирнов заявил, что тарифы заморозят.",
            [("indirect", "Олег Смирнов", "Олег Смирнов")],
        ),
    ],
)
def test_role_whose_complement_joins_an_abbreviation_of_a_thing(text, expected):
    assert kinds_and_speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adjective that reads as a noun too ("главного": "главное") and agrees with the noun
        # after it modifies it: the source an outlet cites is the role and the name that holds it
        (
            "Больницу закроют на ремонт, передает агентство «Вектор» со ссылкой на главного врача "
            "больницы Ивана Петрова.",
            [("indirect", "главного врача больницы Ивана Петрова", "Иван Петров")],
        ),
        # and so past a second adjective
        (
            "Раскопки продолжатся летом, передает агентство «Вектор» со ссылкой на старшего научного "
            "сотрудника музея Ивана Петрова.",
            [("indirect", "старшего научного сотрудника музея Ивана Петрова", "Иван Петров")],
        ),
    ],
)
def test_adjective_read_as_a_noun_before_the_source_an_outlet_cites(text, expected):
    assert kinds_and_speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a second title between a role source and the name stacks both on the name: the role
        # is the name's, and so is the same role later, over someone else in view
        (
            "Реформа провалится, считает председатель комиссии по бюджету городского собрания "
            "Вологды муниципал Павел Рудаков. Сенатор Олег Смирнов сказал, что реформа "
            "поможет. Председатель комиссии по бюджету добавил, что денег не хватит.",
            ["Павел Рудаков", "Олег Смирнов", "Павел Рудаков"],
        ),
    ],
)
def test_role_source_and_a_second_title_before_the_name(text, expected):
    assert [speaker for _, speaker in speakers_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one of several, then a role and a name set off by a dash: the named person speaks
        (
            "Цены вырастут, объясняет один из авторов прогноза - аналитик Павел Кушнарев. "
            "Он допускает, что рост будет недолгим.",
            [("один из авторов прогноза - аналитик Павел Кушнарев", "Павел Кушнарев"), ("Он", "Павел Кушнарев")],
        ),
        # a role noun in the nominative before an indeclinable name is its apposition, not the
        # genitive of "из авторов": the name is who speaks
        (
            "Река очистится, считает один из авторов программы экономист Вишну Менон.",
            [("один из авторов программы экономист Вишну Менон", "Вишну Менон")],
        ),
        # with no role noun before it, a name that may be a genitive after "в окружении" stays the complement
        (
            "Река очистится, считает источник в окружении министра Вишну Менона.",
            [("источник в окружении министра Вишну Менона", "источник в окружении министра Вишну Менона")],
        ),
    ],
)
def test_one_of_several_named_in_apposition(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a nominal cue, an adjective the dictionary reads first as a noun ("главное") modifies
        # the role after it: the role's holder speaks
        (
            "Главный санитарный врач области Олег Сидоров сообщил, что вспышек нет. По словам главного "
            "санврача, школы откроются вовремя.",
            [("Главный санитарный врач области Олег Сидоров", "Олег Сидоров"), ("главного санврача", "Олег Сидоров")],
        ),
        (
            "По данным главного управления, школы откроются вовремя.",
            [("главного управления", "главное управление")],
        ),
    ],
)
def test_adjective_read_as_a_noun_before_the_source_after_a_nominal_cue(text, expected):
    assert speakers_of(text) == expected
