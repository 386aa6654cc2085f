"""extract() on any input: no crash, no hang, no silent loss.

Adversarial inputs run under a wall-clock guard set far above their normal
time (see docs/robustness.md for the measured times); it only catches hangs.
Each test checks what is found, against quotes written out by hand: the
quotes of the sentences an ordinary text is made of, and those of the test
article (``article.py``) placed before hostile input.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from unittest.mock import ANY

import pytest
from article import ARTICLE, ARTICLE_QUOTES, quotes_of

from quoteattr import Document, extract
from quoteattr.normalize import normalize
from quoteattr.quotes import scan_quotes
from test_properties import check_document

HANG_LIMIT = 120.0  # seconds: over twenty times the slowest case here on 2 cores

# sentences that report speech, each with its quotes as (kind, content, cue, source, speaker);
# ANY where the speaker depends on what came before: "Он", and a role without a name
# ("глава компании" refers back to an earlier person when there is one)
SENTENCES = {
    "«Мы готовы к диалогу», — заявил министр Иван Петров.": [
        ("direct", "Мы готовы к диалогу", "заявил", "министр Иван Петров", "Иван Петров"),
    ],
    "Мэр Анна Смирнова сообщила, что ремонт моста завершится к осени.": [
        ("indirect", "ремонт моста завершится к осени", "сообщила", "Мэр Анна Смирнова", "Анна Смирнова"),
    ],
    "«Цены не вырастут», — пообещал глава компании. — «Мы удержим тарифы до весны».": [
        ("direct", "Цены не вырастут", "пообещал", "глава компании", ANY),
        ("direct", "Мы удержим тарифы до весны", "пообещал", "глава компании", ANY),
    ],
    "По словам представителя ведомства, проверка продлится месяц.": [
        ("indirect", "проверка продлится месяц", "По словам", "представителя ведомства", "представитель ведомства"),
    ],
    "Депутат Олег Сидоров считает, что закон нужно доработать.": [
        ("indirect", "закон нужно доработать", "считает", "Депутат Олег Сидоров", "Олег Сидоров"),
    ],
    "Он добавил: «Решение примут на следующей неделе».": [
        ("direct", "Решение примут на следующей неделе", "добавил", "Он", ANY),
    ],
    "Компания «Северный порт» открыла новый терминал в понедельник.": [],
    "Как отметила пресс-служба, поезда пойдут по обычному расписанию.": [
        ("indirect", "поезда пойдут по обычному расписанию", "отметила", "пресс-служба", "пресс-служба"),
    ],
    "«Никаких сокращений не будет», — сказала директор завода Мария Ковалева.": [
        ("direct", "Никаких сокращений не будет", "сказала", "директор завода Мария Ковалева", "Мария Ковалева"),
    ],
    "Эксперты ожидают, что урожай зерна окажется выше прошлогоднего.": [
        ("indirect", "урожай зерна окажется выше прошлогоднего", "ожидают", "Эксперты", "эксперты"),
    ],
}
# sentences with no speech, so that the mix reads like ordinary news
NARRATION = (
    "Вчера в городе прошел сильный дождь, и несколько улиц затопило.",
    "На совещании обсуждали бюджет, дороги и строительство школ.",
    "Новый мост через реку построили за два года, движение по нему открыто с утра.",
    "В области работают около трехсот предприятий, большинство из них небольшие.",
    "Стоимость проезда в автобусах останется прежней до конца года.",
    "Музей истории края после реставрации снова принимает посетителей.",
    "Температура воздуха ночью опустится до минус пяти градусов, днем ожидается снег.",
    "В прошлом году в районе открылись две школы и детский сад на сто мест.",
    "Жители нескольких домов остались без горячей воды из-за аварии на теплотрассе.",
    "Матч между командами завершился вничью, следующая игра пройдет в субботу.",
)


def ordinary(size: int, seed: int = 7, speech: float = 0.3) -> tuple[str, list]:
    """About ``size`` characters of news-like paragraphs, and the quotes they hold.

    A ``speech`` share of the sentences report speech (one quote per 250
    characters or so at 0.3, as in news), the others narrate. The text ends
    with the first whole paragraph that reaches ``size``.
    """
    rng = random.Random(seed)
    speech_sentences = list(SENTENCES)
    paragraphs = []
    quotes: list = []
    total = 0
    while total < size:
        sentences = [
            rng.choice(speech_sentences if rng.random() < speech else NARRATION)
            for _ in range(rng.randint(2, 6))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        quotes.extend(q for sentence in sentences for q in SENTENCES.get(sentence, ()))
        total += len(paragraph) + 1
    return "\n".join(paragraphs), quotes


def ordinary_text(size: int, seed: int = 7, speech: float = 0.3) -> str:
    """The text of :func:`ordinary`."""
    return ordinary(size, seed, speech)[0]


def run_guarded(fn, *args):
    """``fn(*args)`` in a daemon thread; fail if it takes longer than HANG_LIMIT."""
    box = {}

    def target():
        try:
            box["value"] = fn(*args)
        except BaseException as error:  # re-raised in the test thread
            box["error"] = error

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(HANG_LIMIT)
    if worker.is_alive():
        pytest.fail(f"{fn.__name__} gave no result in {HANG_LIMIT} s: a hang")
    if "error" in box:
        raise box["error"]
    return box["value"]


def garbage(text: str) -> tuple[str, list]:
    """Hostile text that holds no quotation."""
    return text, []


# name -> (hostile text, the quotes it holds)
ADVERSARIAL = {
    "100k unbalanced «": lambda: garbage("«" * 100_000),
    "100k alternating straight quotes": lambda: garbage('""' * 100_000),
    "1 MB line, no spaces": lambda: garbage("абвгдежзик" * 100_000),
    "300 KB line, no spaces, with punctuation": lambda: garbage("слово,«да»—нет.“так”" * 15_000),
    "10k nested «": lambda: garbage("«" * 10_000 + "слово" + "»" * 10_000),
    "10k nested mixed marks": lambda: garbage("«„“" * 3_000 + "слово" + "”“»" * 3_000),
    "a quote mark at every position": lambda: garbage(("«»„“”\"'" * 15_000)[:100_000]),
    "a quote mark between letters": lambda: garbage("а«б»в„г“д”е\"ж'" * 15_000),
    "1 MB of ordinary Russian text": lambda: ordinary(1_000_000),
    "300 KB of ordinary text on one line": lambda: on_one_line(*ordinary(300_000)),
    "200 KB of quotes only": lambda: ordinary(200_000, speech=1.0),
    "300 KB of messy text": lambda: normalize_heavy(300_000),
    "dashes and colons only": lambda: garbage("— : – - :" * 20_000),
}


def on_one_line(text: str, quotes: list) -> tuple[str, list]:
    return text.replace("\n", " "), quotes


def normalize_heavy(size: int) -> tuple[str, list]:
    text, quotes = ordinary(size)
    for clean, messy in (("«", "&laquo;"), ("»", "&raquo;"), (" ", "\u00a0"), ("\n", "\r\n"), ("е", "е\u0301")):
        text = text.replace(clean, messy, 200)
    return "\ufeff" + text.replace("о", "o", 500), quotes


def readable(doc) -> list:
    """The quotes of ``doc`` as (kind, content, cue, source, speaker), spans as the analysis text sees them."""
    return [
        (kind, *(normalize(part).text if part else part for part in (content, cue, source)), speaker)
        for kind, content, cue, source, speaker in quotes_of(doc)
    ]


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_input_after_an_article(name):
    hostile, quotes = ADVERSARIAL[name]()
    text = ARTICLE + "\n" + hostile
    doc = run_guarded(extract, text)
    check_document(doc, text)
    found = readable(doc)
    assert found[: len(ARTICLE_QUOTES)] == ARTICLE_QUOTES
    assert found[len(ARTICLE_QUOTES) :] == quotes


def test_ordinary_text_finds_its_quotes():
    text, quotes = ordinary(20_000)
    doc = extract(text)
    check_document(doc, text)
    assert len(quotes) > 50
    assert quotes_of(doc) == quotes


# messy forms whose analysis text is exactly the clean one
CLEAN = "«Мы готовы к диалогу», — заявил министр Иван Петров. Он добавил, что встреча пройдет в среду."
CLEAN_QUOTES = [
    ("direct", "Мы готовы к диалогу", "заявил", "министр Иван Петров", "Иван Петров"),
    ("indirect", "встреча пройдет в среду", "добавил", "Он", "Иван Петров"),
]
MESSY = {
    "entities": CLEAN.replace("«", "&laquo;").replace("»", "&raquo;").replace("—", "&mdash;"),
    "numeric entities": CLEAN.replace("«", "&#171;").replace("»", "&#x00BB;"),
    "no-break spaces": CLEAN.replace(" ", "\u00a0"),
    "zero-width": "\ufeff" + CLEAN.replace("диалогу", "диа\u200bлогу").replace("Петров", "Пет\u00adров"),
    "accents": CLEAN.replace("Петров", "Петро\u0301в").replace("готовы", "гото\u0301вы"),
    "look-alikes": CLEAN.replace("Петров", "Пeтрoв").replace("министр", "миниcтp"),
    "crlf": CLEAN.replace(". Он", ".\r\nОн"),
}


@pytest.mark.parametrize("form", list(MESSY))
def test_messy_forms_give_the_same_quotes(form):
    messy = MESSY[form]
    expected_text = CLEAN.replace(". Он", ".\nОн") if form == "crlf" else CLEAN
    assert normalize(messy).text == expected_text
    doc = extract(messy)
    check_document(doc, messy)
    assert readable(doc) == CLEAN_QUOTES


def test_quote_in_entities_maps_to_the_original():
    text = "&laquo;Мы готовы&raquo;, &mdash; заявил министр Иван Петров."
    doc = extract(text)
    check_document(doc, text)
    assert quotes_of(doc) == [("direct", "Мы готовы", "заявил", "министр Иван Петров", "Иван Петров")]
    assert (doc.quotes[0].content.start, doc.quotes[0].content.end) == (7, 16)  # after "&laquo;"


def test_stray_opener_keeps_the_quote_after_it():
    # a stray « earlier on the line used to make the real quote look nested
    text = "Курс «упал. «Мы готовы к диалогу», — заявил министр Иван Петров."
    assert [(s.start, s.depth) for s in scan_quotes(text)] == [(12, 0)]
    doc = extract(text)
    check_document(doc, text)
    assert quotes_of(doc) == [("direct", "Мы готовы к диалогу", "заявил", "министр Иван Петров", "Иван Петров")]


@pytest.mark.parametrize(
    "value, message",
    [
        (b"\xd0\x94\xd0\xb0", "decode it first"),
        (bytearray(b"abc"), "decode it first"),
        (None, "takes str, got NoneType"),
        (42, "takes str, got int"),
        (["текст"], "takes str, got list"),
    ],
)
@pytest.mark.io
def test_wrong_type(value, message):
    with pytest.raises(TypeError, match=message):
        extract(value)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\r\n\t \u00a0\u200b\ufeff", "&nbsp;&nbsp;", "\u0301"])
def test_empty_and_blank_text(text):
    doc = extract(text)
    assert doc.text == text
    assert doc.quotes == () and doc.speakers == ()


# texts, and the quotes each must give
DETERMINISM = {
    ARTICLE: ARTICLE_QUOTES,
    CLEAN: CLEAN_QUOTES,
    MESSY["entities"]: CLEAN_QUOTES,
    **dict([ordinary(3_000, seed=1), ordinary(3_000, seed=2)]),
    "Она сказала, что придет. «Приду», — сказала Анна Смирнова. Он промолчал.": [
        ("indirect", "придет", "сказала", "Она", None),  # nothing before "Она" to refer to
        ("direct", "Приду", "сказала", "Анна Смирнова", "Анна Смирнова"),
    ],
    "": [],
}
DETERMINISM_TEXTS = list(DETERMINISM)


def _dumps(doc) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)


def check_dumps(dumps: list[str], texts: list[str]) -> None:
    """Each dumped Document holds the quotes its text must give."""
    assert len(dumps) == len(texts)
    for dumped, text in zip(dumps, texts):
        assert quotes_of(Document.from_dict(json.loads(dumped))) == DETERMINISM[text]


def test_same_result_on_repeated_calls_and_in_any_order():
    first = [_dumps(extract(t)) for t in DETERMINISM_TEXTS]
    again = [_dumps(extract(t)) for t in DETERMINISM_TEXTS]
    backwards = [_dumps(extract(t)) for t in reversed(DETERMINISM_TEXTS)][::-1]
    assert first == again == backwards
    check_dumps(first, DETERMINISM_TEXTS)


_CHILD = """
import json, sys
import quoteattr
texts = json.load(sys.stdin)
docs = [quoteattr.extract(t).to_dict() for t in texts]
print(json.dumps([json.dumps(d, ensure_ascii=False, sort_keys=True) for d in docs]))
"""


@pytest.mark.parametrize("hash_seed", ["0", "12345"])
def test_same_result_in_another_process(hash_seed):
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    child = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(DETERMINISM_TEXTS),
        capture_output=True,
        text=True,
        env=env,
        timeout=HANG_LIMIT,
        check=True,
    )
    assert json.loads(child.stdout) == [_dumps(extract(t)) for t in DETERMINISM_TEXTS]
    check_dumps(json.loads(child.stdout), DETERMINISM_TEXTS)


def test_threads_share_the_default_analyzer():
    texts = DETERMINISM_TEXTS * 4
    sequential = [_dumps(extract(t)) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: _dumps(extract(t)), texts))
    assert threaded == sequential
    check_dumps(threaded, texts)


def test_threads_on_a_fresh_analyzer():
    # the first calls race to build the shared morphology and cue tables
    code = (
        "import json, sys, threading, quoteattr\n"
        "texts = json.load(sys.stdin) * 2\n"
        "out = [None] * len(texts)\n"
        "def run(i): out[i] = quoteattr.extract(texts[i]).to_dict()\n"
        "ts = [threading.Thread(target=run, args=(i,)) for i in range(len(texts))]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "print(json.dumps([json.dumps(d, ensure_ascii=False, sort_keys=True) for d in out]))\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(DETERMINISM_TEXTS[:5]),
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT,
        check=True,
    )
    assert json.loads(child.stdout) == [_dumps(extract(t)) for t in DETERMINISM_TEXTS[:5] * 2]
    check_dumps(json.loads(child.stdout), DETERMINISM_TEXTS[:5] * 2)



def test_letters_without_a_unicode_name_do_not_crash():
    # pymorphy3 asks unicodedata.name() of every letter; Tangut ideographs have none
    doc = extract("«Мы готовы», — сказал Иван Петров. 𗀀 𗀁")
    assert [(q.content.text, q.speaker.name) for q in doc.quotes] == [("Мы готовы", "Иван Петров")]


LONG = "«Мы готовы», — сказал министр. " * 4000  # past the length at which extract() pauses the collector


def test_a_long_document_leaves_the_garbage_collector_as_it_found_it():
    import gc

    assert gc.isenabled()
    assert len(extract(LONG).quotes) == 4000
    assert gc.isenabled()
    gc.disable()
    try:
        extract(LONG)
        assert not gc.isenabled()  # the caller turned it off: it stays off
    finally:
        gc.enable()


def test_the_collector_waits_while_any_document_is_read(monkeypatch):
    import gc

    import quoteattr.pipeline

    seen = []
    tokenize = quoteattr.pipeline.tokenize

    def noting(text):
        seen.append(gc.isenabled())
        return tokenize(text)

    monkeypatch.setattr(quoteattr.pipeline, "tokenize", noting)
    assert [q.content.text for q in extract("«Мы готовы», — сказал министр.").quotes] == ["Мы готовы"]
    assert seen == [False]  # a short document too: its young objects are no cycles to look for
    assert gc.isenabled()


def test_concurrent_long_documents_turn_the_collector_back_on():
    import gc

    with ThreadPoolExecutor(4) as pool:
        counts = list(pool.map(lambda text: len(extract(text).quotes), [LONG] * 4 + [ARTICLE] * 4))
    assert counts[:4] == [4000] * 4
    assert gc.isenabled()
