"""Speakers of roles and pronouns, one table per rule: text -> (source, speaker name) of each quote."""

import pytest

from test_outlet_speakers import kinds_and_speakers
from test_speaker_resolution import speakers_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name that stands in every case agrees with the genitive role before it: it holds the
        # role, and as no subject it is no subject for a pronoun either
        (
            "Министр финансов Олег Смирнов приехал в Рим. По приглашению министра культуры Италии Паоло "
            "Россини делегаты посетили оперу. «Это был прекрасный вечер», — сказал министр.",
            [("министр", "Паоло Россини")],
        ),
        (
            "Тренер Олег Смирнов прилетел в Мадрид. Стадион показали по приглашению помощника тренера "
            "Хорхе Гарсиа. «Мы рады гостям», — сказал помощник тренера.",
            [("помощник тренера", "Хорхе Гарсиа")],
        ),
        # a plural noun before the name is an addressee, not a role of it
        (
            "Министр финансов Олег Смирнов приехал в Рим. Об этом сказал журналистам Паоло Россини. "
            "«Мы потрясены», — сказал министр.",
            [("Паоло Россини", "Паоло Россини"), ("министр", "Олег Смирнов")],
        ),
    ],
)
def test_indeclinable_name_after_a_role(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare name governed by a preposition in the sentence before yields to the subject further
        # back: often a place read as a surname ("в Грозном"), or an object of the action
        (
            "Президент республики Олег Смирнов провел совещание. Об этом стало известно вечером в Грозном. "
            "Он заявил, что ситуация под контролем.",
            [("Он", "Олег Смирнов")],
        ),
        (
            "Иван Петров подал иск в суд в начале ноября. Деньги он перечислил к Олегу Смирнову. "
            "В иске он указал, что требует вернуть долг.",
            [("он", "Иван Петров")],
        ),
    ],
)
def test_name_after_a_preposition_before_a_pronoun(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the head of a ministry is a minister: the latest one in view
        (
            "Глава Минфина Олег Смирнов заявил, что денег нет. Глава Минэкономразвития Иван Петров "
            "подтвердил его слова. «Это вряд ли», — добавил министр.",
            [("Глава Минфина Олег Смирнов", "Олег Смирнов"), ("министр", "Иван Петров")],
        ),
        (
            "Министр финансов Олег Смирнов заявил, что денег нет. Губернатор Иван Петров с ним согласился. "
            "«Это вряд ли», — добавил глава Минфина.",
            [("Министр финансов Олег Смирнов", "Олег Смирнов"), ("глава Минфина", "Олег Смирнов")],
        ),
        # a minister is not the head of some other body
        (
            "Глава Минобороны Олег Смирнов прибыл в Казань. Глава городской думы Иван Петров заявил, что "
            "полеты возобновятся. «Самолеты готовы», — добавил министр.",
            [("Глава городской думы Иван Петров", "Иван Петров"), ("министр", "Олег Смирнов")],
        ),
    ],
)
def test_head_of_a_ministry(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "один" brings in someone new, whom a pronoun then picks up
        (
            "Представитель Госдепартамента Олег Смирнов заявил, что переговоры продолжатся. «Дата важна», "
            "— заметил один высокопоставленный японский дипломат. Он подчеркнул, что санкции сохранятся.",
            [
                ("Представитель Госдепартамента Олег Смирнов", "Олег Смирнов"),
                ("один высокопоставленный японский дипломат", "один высокопоставленный японский дипломат"),
                ("Он", "один высокопоставленный японский дипломат"),
            ],
        ),
        (
            "Эколог Олег Смирнов заявил, что лес гибнет. Позже один эколог сказал, что лес спасут.",
            [("Эколог Олег Смирнов", "Олег Смирнов"), ("один эколог", "один эколог")],
        ),
        # an ordinal is part of a title, not someone new
        (
            "Первый вице-премьер Олег Смирнов прибыл в порт. «Здесь много бюрократии», — сказал первый вице-премьер.",
            [("первый вице-премьер", "Олег Смирнов")],
        ),
    ],
)
def test_one_brings_in_someone_new(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role no one holds yet is the subject of the sentence before, not an older speaker
        (
            "Министр Олег Смирнов заявил, что реформа продолжится. Вице-спикер Иван Петров назвал реформу "
            "ошибкой. Депутат считает, что ее надо отменить.",
            [("Министр Олег Смирнов", "Олег Смирнов"), ("Депутат", "Иван Петров")],
        ),
        # its holder still comes first
        (
            "Губернатор Олег Смирнов сообщил, что мост откроют в мае. Вчера на мост приехал сенатор Иван "
            "Петров. Сенатор рассказал, что денег хватит.",
            [("Губернатор Олег Смирнов", "Олег Смирнов"), ("Сенатор", "Иван Петров")],
        ),
    ],
)
def test_role_of_the_subject_before(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a source after a quote of several sentences reaches back from where the quote opens
        (
            "Олег Смирнов заявил, что реформа продолжится. Вице-спикер Иван Петров выступил против. "
            "«Реформа провалилась. Денег нет. Учителя уходят», — сказал он.",
            [("Олег Смирнов", "Олег Смирнов"), ("он", "Иван Петров")],
        ),
        (
            "Олег Смирнов заявил, что реформа продолжится. Вице-спикер Иван Петров выступил против. "
            "«Реформа провалилась. Денег нет. Учителя уходят», — сказал депутат.",
            [("Олег Смирнов", "Олег Смирнов"), ("депутат", "Иван Петров")],
        ),
    ],
)
def test_source_after_a_long_quote(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun that is the subject of the narrative (no quote of its own) is the topic the next
        # pronoun picks up, over a person named beside it after a preposition
        (
            "В мае инженер Игорь Белов был назначен советником губернатора. Это произошло после того, как во "
            "время встречи с министром Олегом Смирновым он предложил закрыть завод. Он заявил, что завод устарел.",
            [("Он", "Игорь Белов")],
        ),
        (
            "На пресс-конференции выступил глава фонда Олег Орлов. После беседы с мэром Иваном Петровым он "
            "уехал в аэропорт. Он сообщил, что фонд продолжит работу.",
            [("Он", "Олег Орлов")],
        ),
        # the chain keeps to the subject it started from
        (
            "Прокурор Олег Орлов встретился с судьей Иваном Петровым. Затем он выступил перед журналистами. "
            "Он сообщил, что дело передано в суд.",
            [("Он", "Олег Орлов")],
        ),
    ],
)
def test_pronoun_subject_carries_the_topic(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun only a woman is called by refers to the one woman the text has named, whether or not
        # she spoke; "сама" marks her as the one the text is about, not someone set against her
        (
            "Немецкая теннисистка Анна Кох получила сертификат рекордсменки. Об этом сообщила сама "
            "спортсменка в своем блоге.",
            [("сама спортсменка", "Анна Кох")],
        ),
        (
            "Российская теннисистка Анна Кох выступит на турнире. «Я очень рада вернуться», — ответила на "
            "приглашение 30-летняя россиянка.",
            [("30-летняя россиянка", "Анна Кох")],
        ),
        # of two women, the one standing as the subject of the sentence before
        (
            "Российская шахматистка Анна Кох обыграла в полуфинале китаянку Ли Мэй. «Партия была нервной», — "
            "призналась россиянка после матча.",
            [("россиянка", "Анна Кох")],
        ),
        # with two women named and neither the subject, it is not told which
        (
            "Судья оштрафовала Анну Кох и Марию Белову. «Это несправедливо», — сказала россиянка.",
            [("россиянка", "россиянка")],
        ),
        # "женщина" brings in someone new, as "мужчина" does
        (
            "Врач Анна Кох осмотрела пострадавшую. Женщина рассказала, что упала с лестницы.",
            [("Женщина", "женщина")],
        ),
    ],
)
def test_the_only_woman_named(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role with no holder in the text is not the person its own sentence names as addressee or
        # object of the same event
        (
            "Депутату Олегу Лыкову губернатор пообещал, что дорогу отремонтируют.",
            [("губернатор", "губернатор")],
        ),
        (
            "На встрече с фермером Иваном Сидоровым министр заявил, что субсидии сохранят.",
            [("министр", "министр")],
        ),
        # a subject of the sentence before still may be it
        (
            "Губернатор Олег Лыков приехал в район. На встрече с фермером Иваном Сидоровым губернатор заявил, "
            "что субсидии сохранят.",
            [("губернатор", "Олег Лыков")],
        ),
    ],
)
def test_role_is_not_an_oblique_participant_of_its_sentence(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one the text gives an office held by one person (a president, a minister) is not the
        # bare trade of a later source: the commentator named before it is
        (
            "Ситуацию прокомментировал обозреватель радио Олег Смирнов. Президент Иван Петров "
            "не стал менять курс. «Он никогда не отступал от своих планов», — отмечает журналист.",
            [("журналист", "Олег Смирнов")],
        ),
        (
            "Фильм снял Павел Орлов. Губернатор Иван Петров посетил премьеру. "
            "«Картина получилась честной», — сказал режиссер.",
            [("режиссер", "Павел Орлов")],
        ),
        # an office the same person may hold is no trade: the minister is the diplomat
        (
            "Министр иностранных дел Иван Петров прилетел в Берлин. "
            "«Переговоры будут трудными», — сказал дипломат.",
            [("дипломат", "Иван Петров")],
        ),
    ],
)
def test_office_holder_is_no_trade(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a role a possessive pronoun says whose it is ("его советник") is someone else's aide, not the
        # person in view: with no holder named, a person of its own
        (
            "Сенатор Иван Петров выступил в Сенате. «Мы не отступим», — сказал его советник.",
            [("его советник", "его советник")],
        ),
        (
            "Губернатор Иван Петров выступил на форуме. «Регион готов», — сказал его заместитель.",
            [("его заместитель", "его заместитель")],
        ),
        # the aide the text names with that role is it
        (
            "Губернатор Иван Петров и его советник Олег Смирнов выступили на форуме. "
            "«Регион готов», — сказал его советник.",
            [("его советник", "Олег Смирнов")],
        ),
    ],
)
def test_role_of_a_pronoun_is_someone_else(text, expected):
    assert speakers_of(text) == expected


_LINK_LINE = "\n\n- Иван Петров возглавил комиссию по бюджету\n\n"  # a line linking to another article


@pytest.mark.parametrize(
    "text, expected",
    [
        # a line opening with a dash and no final stop links to another article: who it names is
        # no antecedent, and it is no sentence between the source and the one before
        (
            "Министр Олег Смирнов заявил, что тарифы не вырастут." + _LINK_LINE
            + "Он также сообщил, что субсидии сохранят.",
            [("indirect", "Министр Олег Смирнов", "Олег Смирнов"), ("indirect", "Он", "Олег Смирнов")],
        ),
        (
            "Депутат Олег Смирнов заявил, что закон примут к осени." + _LINK_LINE
            + "По словам парламентария, поправки уже готовы.",
            [("indirect", "Депутат Олег Смирнов", "Олег Смирнов"), ("indirect", "парламентария", "Олег Смирнов")],
        ),
        # past the closing quote mark of a quoted name it ends with
        (
            "Министр Олег Смирнов заявил, что тарифы не вырастут.\n\n- Иван Петров возглавил фонд «Развитие»\n\n"
            "Он также сообщил, что субсидии сохранят.",
            [("indirect", "Министр Олег Смирнов", "Олег Смирнов"), ("indirect", "Он", "Олег Смирнов")],
        ),
        # with a final stop, the line is one of the text's own: its subject is the one a pronoun picks up
        (
            "Министр Олег Смирнов заявил, что тарифы не вырастут.\n\n- Иван Петров возглавил комиссию по бюджету.\n\n"
            "Он также сообщил, что субсидии сохранят.",
            [("indirect", "Министр Олег Смирнов", "Олег Смирнов"), ("indirect", "Он", "Иван Петров")],
        ),
    ],
)
def test_line_linking_to_another_article_is_no_part_of_the_story(text, expected):
    assert kinds_and_speakers(text) == expected
