"""Pronoun sources and their antecedents, one table per rule: text -> (source, speaker name) of each quote,
and its kind where the table gives it.

Issue 10, item 7: the antecedent is the most salient compatible entity, where the subject of
the clause before outranks an object or a prepositional mention.
"""

import pytest

from test_outlet_speakers import kinds_and_speakers
from test_speaker_resolution import speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative clause: the subject of "который" is not the subject of the sentence
        (
            "Об этом Иван Карпов сообщил после осмотра моста, который открыл губернатор Петр Соколов. "
            "Он отметил, что датчики установят на опорах.",
            [("Он", "Иван Карпов")],
        ),
        (
            "Министр Олег Смирнов выступил на форуме, которым руководил губернатор Петр Васильев. "
            "Он сказал, что бюджет будет принят.",
            [("Он", "Олег Смирнов")],
        ),
        # a clause of place or time after a comma
        (
            "Капитан Олег Зуев рассчитывает на победу в эстафете, где команду поведет Артем Лунин. "
            "«Мы фавориты», — считает он.",
            [("он", "Олег Зуев")],
        ),
        (
            "Адвокат Андрей Кочетов подал жалобу в суд, когда судья Олег Мельников огласил приговор. "
            "Он заявил, что обжалует решение.",
            [("Он", "Андрей Кочетов")],
        ),
        # a complement clause: the subject of what the main verb says or sees
        (
            "Офицер Гилад Леви видел у ворот, что охранник Андрей Сидоров закрыл дверь. "
            "Он добавил, что никого не было.",
            [("Он", "Гилад Леви")],
        ),
        # with no subject in the main clause, the subordinate one is still the antecedent
        (
            "Стало известно, что Петр Смирнов уехал в Москву. Он заявил, что вернется в среду.",
            [("Он", "Петр Смирнов")],
        ),
        # in its own sentence a clause opening the sentence is the one just before the pronoun
        (
            "Губернатор Никита Белых вернулся в Киров. 13 января, когда Сергей Иванов представлял "
            "губернаторам нового полпреда, он заявил, что выборы будут честными.",
            [("он", "Сергей Иванов")],
        ),
    ],
)
def test_subject_of_a_subordinate_clause_yields_to_the_main_one(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a description of a person opening a sentence as the subject of its verb is what a
        # pronoun in the next sentence picks up, not a subject further back
        (
            "Фургон оставили открытым у рынка. Водитель Lexus был задержан через час. "
            "Он заявил, что за рулем был другой человек.",
            [("Он", "водитель Lexus")],
        ),
        (
            "Иван Петров рассказал о соседях. Пожилой крестьянин хранил сбережения в чулке. "
            "Он сообщил, что торговцы не берут франки.",
            [("Он", "пожилой крестьянин")],
        ),
        (
            "Министр Олег Смирнов выступил в Думе. Недавно предполагаемый убийца пилота был арестован "
            "в Турции. Он утверждает, что не стрелял.",
            [("Он", "предполагаемый убийца пилота")],
        ),
        # "по его словам" too
        (
            "Министр Олег Смирнов выступил в Думе. Сотрудник полиции задержал мужчину у вокзала. "
            "По его словам, задержанный был пьян.",
            [("его", "сотрудник полиции")],
        ),
        # the verb's gender is the description's: a man's verb is no antecedent of "она"
        (
            "Певица Анна Орлова улетела в Сочи. Муж собирался прилететь к ней через неделю. "
            "«Я очень жду его», — рассказывала она подругам.",
            [("она", "Анна Орлова")],
        ),
        # a bare description after a named speaker is that speaker, as a source is
        (
            "Иван Петров заявил: «Мы подадим иск». Правозащитник отправился в суд. "
            "Он сообщил, что иск принят.",
            [("Иван Петров", "Иван Петров"), ("Он", "Иван Петров")],
        ),
    ],
)
def test_description_subject_before_a_pronoun(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group standing as the subject after a plural verb (past adverbs and a short object) is
        # what "они" and "их" in the next sentence pick up
        (
            "Министр Олег Смирнов приехал в Казань. Шум еще в 2019 году подняли жители поселка "
            "«Заря». Они заявили, что вода отравлена.",
            [("Они", "жители поселка Заря")],
        ),
        (
            "Министр Олег Смирнов выступил. Следовательно, сделали вывод аналитики банка, мэров "
            "заставят экономить. Смирнов, по их словам, предупредил глав городов.",
            # ("сделали вывод" reports the clause after it as their words too)
            [("аналитики банка", "аналитики банка"), ("их", "аналитики банка")],
        ),
        (
            "Мэр Иван Петров открыл выставку. На его слова с возмущением отреагировали представители "
            "еврейских общин. По их мнению, сравнение недопустимо.",
            [("их", "представители еврейских общин")],
        ),
        # an animate object after the verb is no subject: the group before stays the antecedent
        (
            "Депутаты Госдумы встретились с министром. После заседания пригласили журналистов в зал. "
            "Они заявили, что закон будет принят.",
            [("Они", "депутаты Госдумы")],
        ),
    ],
)
def test_group_subject_after_its_verb_before_a_pronoun(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "который" refers to the nearest noun before it that agrees in gender and number, in any
        # case, past a genitive or a place that does not agree
        (
            "Жалоба пришла в редакцию от его сестры, которая сообщила, что письмо не доставлено.",
            [("которая", "его сестра")],
        ),
        (
            "Доклад подготовили по заказу экспертов Всемирного банка, которые считают, что рост замедлится.",
            [("которые", "эксперты Всемирного банка")],
        ),
        (
            "Министр Олег Смирнов встретился с пенсионером из Казани, который заявил, что пенсии малы.",
            [("который", "пенсионер из Казани")],
        ),
        (
            "Иван Петров приехал в Омск. Дело расследует прокуратура, которая сообщила, что виновных накажут.",
            [("которая", "прокуратура")],
        ),
        # a name right before it is still the antecedent
        (
            "Министр Олег Смирнов встретился с Иваном Петровым, который заявил, что завод откроют.",
            [("который", "Иван Петров")],
        ),
    ],
)
def test_relative_pronoun_refers_to_the_agreeing_noun_before_it(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviation in brackets after the phrase is passed over
        (
            "Прогноз расходится с оценками аналитиков Центрального банка (ЦБ), которые заявили, что инфляция ускорится.",
            [("которые", "аналитики Центрального банка")],
        ),
        # a name right before it that does not agree is a complement, not the antecedent
        (
            "Министр Олег Смирнов приехал в Тверь. В суд обратился сосед Анны Ивановой, который заявил, что дом снесут.",
            [("который", "сосед Анны Ивановой")],
        ),
        # an adjective standing for a noun of no list is a description of its own, not the writer
        (
            "Вчера я встретил знакомого, который сказал, что завод закроют.",
            [("который", "знакомый")],
        ),
    ],
)
def test_relative_pronoun_antecedent_by_grammar_alone(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demonstrative set off by commas before "который" ("тот самый") stands for the noun
        # before it, in its case: the antecedent is that noun, not the subject of the sentence
        (
            "Иванов финишировал первым, опередив немца Петерса, того самого, который недавно заявил, что "
            "секрет его успеха в режиме сна.",
            [("indirect", "который", "Петерс")],
        ),
        (
            "Иванов выиграл спор с норвежцем Петерсом, тем самым, который "
            "недавно заявил, что секрет его успеха в режиме сна.",
            [("indirect", "который", "Петерс")],
        ),
        (
            "Иванов выиграл спор с норвежцем Петерсом, тем, который недавно "
            "заявил, что секрет его успеха в режиме сна.",
            [("indirect", "который", "Петерс")],
        ),
        (
            "Победу одержала шведка Анна Берг, та самая, которая заявила, что уйдет из спорта.",
            [("indirect", "которая", "Анна Берг")],
        ),
    ],
)
def test_relative_pronoun_after_a_demonstrative_set_off_by_commas(text, expected):
    assert kinds_and_speakers(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural description of people is "они", never "он" or "она"
        (
            "Тренер Олег Смирнов приехал в лагерь. «Нам здесь нравится», — сказали девушки. "
            "Они добавили, что тренировки начнутся в среду.",
            [("девушки", "девушки"), ("Они", "девушки")],
        ),
        (
            "Тренер Олег Смирнов приехал в лагерь. «Нам здесь нравится», — сказали девушки. "
            "Он добавил, что тренировки начнутся в среду.",
            [("девушки", "девушки"), ("Он", "Олег Смирнов")],
        ),
        (
            "Директор Анна Петрова пришла в класс. «Мы готовы к экзамену», — сказали школьницы. "
            "Она добавила, что экзамен пройдет в среду.",
            [("школьницы", "школьницы"), ("Она", "Анна Петрова")],
        ),
    ],
)
def test_pronoun_agrees_in_number_with_a_plural_description(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # with no group standing as a subject, a plural pronoun takes the people a plural noun
        # phrase of the sentence before names, in any case
        (
            "Газета сообщила о сделке, ссылаясь на двух американских чиновников. "
            "По их словам, документы уже готовы.",
            [("их", "американские чиновники")],
        ),
        (
            "История двух туристок, спасенных в море, вызвала сомнения у береговой охраны. "
            "Они заявили, что звали на помощь неделю.",
            [("Они", "туристки")],
        ),
    ],
)
def test_plural_pronoun_takes_people_a_plural_phrase_named(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "обратился он": a pronoun standing as the subject after its verb is the topic the next
        # pronoun picks up, though no quotation is attributed to it
        (
            "Мэр Олег Смирнов выступил на митинге. «Мы победим», — сказал Смирнов. На митинг пришел "
            "и депутат Иван Петров. «Спасибо за приглашение. Я рад быть здесь», — обратился он к "
            "собравшимся. Он также заявил, что выборы были честными.",
            [("Смирнов", "Олег Смирнов"), ("Он", "Иван Петров")],
        ),
    ],
)
def test_pronoun_subject_after_its_verb_is_the_topic(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # with no person in the sentence before, "по его данным" is the organization standing as
        # its subject, agreeing by the noun heading its name, though no verb of speech made it speak
        (
            "Министр Олег Смирнов уехал в Омск. Подробности сделки выяснил телеканал «Восток». "
            "По его данным, сделка сорвалась.",
            [("его", "телеканал Восток")],
        ),
        (
            "Президент Иван Петров уволил генерала Олега Смирнова, выяснила газета «Вестник». "
            "По ее данным, генерал подал рапорт еще в мае.",
            [("ее", "газета Вестник")],
        ),
        # a person there still comes first
        (
            "Министр Олег Смирнов уехал в Омск. Подробности сделки выяснил журналист Иван Петров. "
            "По его данным, сделка сорвалась.",
            [("его", "Иван Петров")],
        ),
    ],
)
def test_possessive_pronoun_of_an_organization_standing_as_the_subject(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group that is the subject after a clause opening its sentence is the topic "они" picks
        # up, not the subject of the sentences before
        (
            "Рядом с больным постоянно находятся его сыновья. Они читают ему газеты. Чтобы помочь "
            "больному, врачи также решили сменить лекарство. Они рассчитывают, что новое лекарство поможет.",
            [("Они", "врачи")],
        ),
        (
            "Рядом с больным постоянно находятся его сыновья. Они читают ему газеты. Когда анализы были "
            "готовы, врачи решили сменить лекарство. Они рассчитывают, что новое лекарство поможет.",
            [("Они", "врачи")],
        ),
    ],
)
def test_group_subject_after_an_opening_clause_before_a_pronoun(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a feminine noun names a woman: "он" does not refer back to her
        (
            "Мэр Олег Смирнов приехал в поселок. «Воды нет уже неделю», — пожаловалась местная "
            "жительница. Он пообещал, что воду дадут в среду.",
            [("местная жительница", "местная жительница"), ("Он", "Олег Смирнов")],
        ),
        (
            "Мэр Олег Смирнов приехал в поселок. По словам местной жительницы, воды нет уже неделю. "
            "Он пообещал, что воду дадут в среду.",
            [("местной жительницы", "местная жительница"), ("Он", "Олег Смирнов")],
        ),
        # and "она" still does
        (
            "Мэр Олег Смирнов приехал в поселок. По словам местной жительницы, воды нет уже неделю. "
            "По ее словам, колодцы пересохли.",
            [("местной жительницы", "местная жительница"), ("ее", "местная жительница")],
        ),
    ],
)
def test_description_by_a_feminine_noun_is_a_woman(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause has one subject: a name right after the verb of a named subject is its object,
        # whatever case the dictionary reads an indeclinable name in
        (
            "Министр Ольга Смирнова открыла выставку в Париже. Смирнова поблагодарила Мари Дюбуа за "
            "помощь. «Мы продолжим работу», — сказала она.",
            [("она", "Ольга Смирнова")],
        ),
        (
            "Министр Анна Петрова выступила на форуме. Петрова похвалила Кэти Перри за смелость. "
            "Однако, отметила она, впереди много работы.",
            [("она", "Анна Петрова")],
        ),
        # a name after the verb with no named subject before it in its sentence is the subject
        (
            "Вчера уехали Анна Петрова и Ольга Смирнова. Затем выступила Мари Дюбуа. «Мы продолжим "
            "работу», — сказала она.",
            [("она", "Мари Дюбуа")],
        ),
    ],
)
def test_name_after_the_verb_of_a_named_subject_is_its_object(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "в" or "на" with the locative says where: a word there the dictionary reads as a surname
        # is a place, no person a pronoun picks up
        (
            "Министр Олег Смирнов прилетел на Кавказ. Инцидент обсуждали весь день. Потом было "
            "совещание. Встреча с журналистами прошла в Грозном. «Мы готовы помочь», — сказал он.",
            [("он", "Олег Смирнов")],
        ),
        (
            "Министр Олег Смирнов прилетел на Кавказ. Инцидент обсуждали весь день. Потом было "
            "совещание. Встреча с журналистами прошла на Белом. «Мы готовы помочь», — сказал он.",
            [("он", "Олег Смирнов")],
        ),
    ],
)
def test_name_in_the_locative_after_a_preposition_of_place_is_no_antecedent(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "я" inside the words a speaker says is that speaker, not the writer
        (
            'Говоря об иске, адвокат Олег Смирнов сказал: "Если суд откажет, я спокойно скажу: "Что '
            'ж, коллеги, давайте забудем об этом".',
            [("адвокат Олег Смирнов", "Олег Смирнов"), ("я", "Олег Смирнов")],
        ),
        # outside any quote "я" is the writer's own voice: no one the text names
        ('Адвокат Олег Смирнов уехал. Я скажу прямо: "Давайте забудем об этом".', [("Я", None)]),
    ],
)
def test_first_person_inside_a_quote_is_its_speaker(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline giving one person's words makes the article theirs: its "я" is that person
        (
            "Иван Мельников: «Город должен слышать своих жителей»\n\n"
            "Я давно говорю, что парки важнее парковок. Мэрия пока не согласна.",
            [("Иван Мельников", "Иван Мельников"), ("Я", "Иван Мельников")],
        ),
        (
            "Анна Коваль: «Школам нужны психологи»\n\n"
            "Каждую осень я повторяю, что учителя не справляются одни.",
            [("Анна Коваль", "Анна Коваль"), ("я", "Анна Коваль")],
        ),
        # "я" inside a quotation of the article is not the headline's person
        (
            "Иван Мельников: «Город должен слышать своих жителей»\n\n"
            "Соседка рассказала: «Я уверена, что парк сохранят».",
            [("Иван Мельников", "Иван Мельников"), ("Соседка", "соседка")],
        ),
        # with no headline of one person's words, "я" stays the writer's own voice
        (
            "Парки против парковок\n\nЯ давно говорю, что парки важнее парковок.",
            [("Я", None)],
        ),
        # nor when the headline quotes several people
        (
            "Жители района: «Город должен нас слышать»\n\n"
            "Я давно говорю, что парки важнее парковок.",
            [("Жители района", "жители района"), ("Я", None)],
        ),
    ],
)
def test_first_person_of_an_article_headlined_by_ones_words(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person's description standing as the subject after its verb ("опознал блогер") is the
        # subject a pronoun of the next sentence picks up
        (
            "Министр Олег Смирнов выступил на форуме. Нарушителя опознал местный блогер. По его "
            "словам, это был сосед.",
            [("его", "местный блогер")],
        ),
        # an object after the verb is no subject
        (
            "Министр Олег Смирнов выступил на форуме. Затем он похвалил водителя автобуса. По его "
            "словам, рейс не отменят.",
            [("его", "Олег Смирнов")],
        ),
    ],
)
def test_description_as_the_subject_after_its_verb_is_an_antecedent(text, expected):
    assert speakers_of(text) == expected
