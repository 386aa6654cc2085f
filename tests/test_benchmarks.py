"""The benchmark scripts: scoring rules on hand-made spans, and smoke runs."""

from __future__ import annotations

import doctest
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


scoring = _load("scoring")

TEXT = "«Мы готовы к диалогу», — заявил министр Иван Петров. Компания «Вектор» молчит."
QUOTE = (1, 20)  # Мы готовы к диалогу
CUE = (25, 31)  # заявил
SOURCE = (32, 51)  # министр Иван Петров
NOT_QUOTE = (63, 69)  # Вектор
LAST_WORD = (71, 77)  # молчит


def gold(content=QUOTE, kind="direct", speaker=("Иван Петров", "Петров"), optional=False):
    return scoring.GoldQuote(content, kind, CUE, SOURCE, speaker, optional)


def pred(content=QUOTE, kind="direct", speaker="Иван Петров", cue=CUE, source=SOURCE):
    return scoring.Prediction(content, kind, cue, source, speaker)


def document(*quotes, not_quotes=("Вектор",)):
    return scoring.GoldDocument("d1", TEXT, quotes, not_quotes)


def scores_of(doc, *predicted):
    results = scoring.Scores(name="t")
    alignment = scoring.align(doc.text, doc.quotes, predicted)
    results.add(scoring.DocumentResult(doc, tuple(predicted), alignment))
    return results


def test_scoring_doctests():
    assert doctest.testmod(scoring).failed == 0


def test_spans_of_the_example_text():
    assert TEXT[slice(*QUOTE)] == "Мы готовы к диалогу"
    assert TEXT[slice(*CUE)] == "заявил"
    assert TEXT[slice(*SOURCE)] == "министр Иван Петров"
    assert TEXT[slice(*NOT_QUOTE)] == "Вектор"
    assert TEXT[slice(*LAST_WORD)] == "молчит"


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((1, 20), (0, 21), 1.0),  # quote marks are not words
        ((1, 20), (1, 10), 0.5),  # 2 of 4 words: on the threshold
        ((1, 20), (1, 3), 0.25),
        ((1, 20), (32, 51), 0.0),
        ((0, 1), (0, 3), 1.0),  # no words in one span: overlap decides
        ((0, 1), (21, 23), 0.0),
    ],
)
def test_jaccard(a, b, expected):
    assert scoring.jaccard(TEXT, a, b) == expected


def test_match_threshold():
    at_threshold = scoring.align(TEXT, [gold()], [pred(content=(1, 10))])  # Мы готовы
    below = scoring.align(TEXT, [gold()], [pred(content=(1, 3))])  # Мы
    assert len(at_threshold.pairs) == 1
    assert below.misses == (gold(),) and len(below.extras) == 1


def test_greedy_matching_takes_the_best_unused_prediction():
    partial, exact = pred(content=(1, 10)), pred()
    alignment = scoring.align(TEXT, [gold()], [partial, exact])
    assert alignment.pairs[0].predicted == exact
    assert alignment.extras == (partial,)


def test_optional_quotes_are_neither_rewarded_nor_penalized():
    doc = document(gold(), gold(content=NOT_QUOTE, optional=True))
    found = scores_of(doc, pred(), pred(content=NOT_QUOTE))
    missed = scores_of(doc, pred())
    for scores in (found, missed):
        assert (scores.quotes.tp, scores.quotes.fp, scores.quotes.fn) == (1, 0, 0)
        assert scores.not_quote_fp == 0


@pytest.mark.parametrize(
    "name, aliases, expected",
    [
        ("Иван Петров", ["Петров"], True),
        ("министр Иван Петров", ["Иван Петров"], True),
        ("ИВАН ПЕТРОВ", ["Петров"], True),  # case-insensitive
        ("Пётр Ёлкин", ["Петр Елкин"], True),  # ё folded to е
        ("Петр Елкин", ["Пётр Ёлкин"], True),
        ("Петров", ["Иван Петров"], False),  # every word of an alias is needed
        ("Иван Сидоров", ["Иван Петров", "Петров"], False),
        ("Иван Сидоров", ["Иван Петров", "Сидоров"], True),  # any one alias
        (None, ["Петров"], False),
        ("Петров", [], False),
        ("Петров", [""], False),
    ],
)
def test_speaker_matches(name, aliases, expected):
    assert scoring.speaker_matches(name, aliases) is expected


def test_scores_count_found_missed_extra_and_attribution():
    doc = document(gold(), gold(content=LAST_WORD, kind="indirect"))
    wrong = pred(speaker="Анна Иванова", cue=None, source=(0, 5))
    not_quote = pred(content=NOT_QUOTE, kind="mixed", speaker=None)
    scores = scores_of(doc, wrong, not_quote)
    assert scores.quotes.as_dict() == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert (scores.by_kind["direct"].tp, scores.by_kind["indirect"].fn, scores.by_kind["mixed"].fp) == (1, 1, 1)
    assert (scores.attributed.tp, scores.attributed.fp, scores.attributed.fn) == (0, 2, 2)
    assert (scores.speaker.right, scores.speaker.total) == (0, 1)
    assert (scores.cue.right, scores.source.right, scores.source.total) == (0, 0, 1)
    assert scores.not_quote_fp == 1


def test_a_crash_misses_every_quote():
    def broken(text):
        raise RuntimeError("boom")

    scores, results = scoring.score([document(gold())], broken)
    assert scores.crashes == 1 and scores.quotes.fn == 1
    assert "boom" in results[0].crash


def test_gold_strings_resolve_to_spans(tmp_path):
    record = {
        "id": "d1",
        "text": TEXT,
        "quotes": [{"content": "Мы готовы к диалогу", "kind": "direct", "cue": "заявил",
                    "source": "министр Иван Петров", "speaker": ["Иван Петров", "Петров"]}],
        "not_quotes": ["Вектор"],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = scoring.load_gold(path)
    assert doc.quotes == (gold(),)
    with pytest.raises(scoring.GoldError):
        scoring.parse_document(dict(record, quotes=[{"content": "нет такого"}]), print)


# Smoke runs of the scripts on a tiny gold file


TINY = [
    {
        "id": "tiny-1",
        "text": "«Мы готовы к диалогу», — заявил министр Иван Петров. Он выступил в газете «Вестник».",
        "quotes": [{"content": "Мы готовы к диалогу", "kind": "direct", "cue": "заявил",
                    "source": "министр Иван Петров", "speaker": ["Иван Петров", "Петров"]}],
        "not_quotes": ["Вестник"],
    },
    {
        "id": "tiny-2",
        "text": "Глава компании Анна Смирнова сообщила, что завод откроется весной.\n"
                "По словам Смирновой, «это только начало».",
        "quotes": [
            {"content": "завод откроется весной", "kind": "indirect", "cue": "сообщила",
             "source": "Глава компании Анна Смирнова", "speaker": ["Анна Смирнова", "Смирнова"]},
            {"content": "это только начало", "kind": "direct", "cue": "По словам",
             "source": "Смирновой", "speaker": ["Анна Смирнова", "Смирнова"]},
        ],
        "not_quotes": [],
    },
]


@pytest.fixture
def tiny_gold(tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in TINY), encoding="utf-8")
    return path


def run(script, *args):
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.io
def test_quality_script(tiny_gold):
    out = run("quality.py", tiny_gold, "--errors")
    for name in ("quotes", "direct", "indirect", "mixed", "attributed quotes",
                 "speaker accuracy on found quotes", "source overlap accuracy",
                 "cue overlap accuracy", "not-quote false positives", "crashes"):
        assert name in out
    assert "errors on tiny.jsonl" in out


def test_quality_script_json(tiny_gold):
    summary = json.loads(run("quality.py", tiny_gold, "--json").splitlines()[-1])
    assert summary["docs"] == 2
    assert set(summary["quotes"]) == {"p", "r", "f1", "tp", "fp", "fn"}
    # the three quotes of TINY are plain constructions: all found, of their kind, with their speaker
    tallies = {key: (summary[key]["tp"], summary[key]["fp"], summary[key]["fn"])
               for key in ("quotes", "direct", "indirect", "attributed")}
    assert tallies == {"quotes": (3, 0, 0), "direct": (2, 0, 0), "indirect": (1, 0, 0), "attributed": (3, 0, 0)}
    assert summary["crashes"] == 0


@pytest.mark.io
def test_quality_script_markdown(tiny_gold):
    out = run("quality.py", tiny_gold, tiny_gold, "--markdown")
    assert "| metric | tiny | tiny |" in out
    assert "| attributed quotes P / R / F1 |" in out


@pytest.mark.io
def test_speed_script(tiny_gold):
    out = run("speed.py", tiny_gold, "--quick", "--seconds", "0.05", "--profile")
    for name in ("docs/s", "chars/s", "MB/s", "floor", "extract/floor throughput",
                 "first extract(), cold", "extract(), warm", "tracemalloc peak", "ru_maxrss",
                 "MorphAnalyzer objects per process", "time per char, large/small",
                 "direct-speech-extractor-ru", "by cumulative time", "by tottime time"):
        assert name in out


def test_quality_parts_are_odd_and_even_lines_and_the_two_sides_of_a_split(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # quality.py imports its sibling scoring.py
    quality = _load("quality")
    documents = ["d1", "d2", "d3", "d4", "d5"]  # stand-ins: _parts only slices
    parts = dict(quality._parts("dev.jsonl", documents, True, 2))
    assert parts["dev.jsonl"] == documents
    assert parts["dev.jsonl odd lines"] == ["d1", "d3", "d5"]  # lines 1, 3, 5, as awk 'NR % 2 == 1'
    assert parts["dev.jsonl even lines"] == ["d2", "d4"]
    assert (parts["dev.jsonl first 2"], parts["dev.jsonl after 2"]) == (["d1", "d2"], ["d3", "d4", "d5"])
    assert quality._parts("seed.jsonl", ["d1"], True, 2) == [("seed.jsonl", ["d1"])]
