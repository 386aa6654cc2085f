"""extract() on text dense with cues, quote marks, dashes and names: no crash, no hang.

The hang tests run each family of benchmarks/worst_case.py at a modest size
under a wall-clock alarm set far above its normal time: a hang detector,
never a speed assertion. Each also checks something true of the output.
"""

from __future__ import annotations

import importlib.util
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from quoteattr import Document, extract

HANG_LIMIT = 60  # seconds: some hundred times what each family takes at this size on 2 busy cores
SIZE = 30_000  # characters per family


def _load_benchmark():
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "worst_case.py"
    spec = importlib.util.spec_from_file_location("benchmarks_worst_case", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


FAMILIES = {family.name: family for family in _load_benchmark().FAMILIES}


@contextmanager
def hang_guard(seconds: int):
    """Fail with a clear message if the block runs past ``seconds`` (SIGALRM, main thread)."""

    def hang(signum, frame):
        raise AssertionError(f"still running after {seconds} s: a hang, not a slow run")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _spans_point_into_the_text(doc: Document) -> None:
    for q in doc.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text
    for speaker in doc.speakers:
        for span in speaker.mentions:
            assert doc.text[span.start : span.end] == span.text
    starts = [q.content.start for q in doc.quotes]
    assert starts == sorted(starts)


def _speakers(doc: Document) -> set:
    return {q.speaker.name if q.speaker else None for q in doc.quotes}


def _cues(doc: Document) -> set:
    return {q.cue.text if q.cue else None for q in doc.quotes}


def _contents(doc: Document) -> set:
    return {q.content.text for q in doc.quotes}


def _speaker_by_cue(doc: Document) -> dict:
    found: dict = {}
    for q in doc.quotes:
        found.setdefault(q.cue.text, set()).add(q.speaker.name if q.speaker else None)
    return found


# what is true of each family's output, whatever its size
TRUTHS = {
    "'заявил, что' repeated": lambda doc: _cues(doc) == {"заявил"} and _speakers(doc) == {None},
    "pronoun chains": lambda doc: _cues(doc) == {"сказал", "заявила", "сообщили"} and _speakers(doc) == {None},
    "'По словам Ивана Петрова,' repeated": lambda doc: _speakers(doc) <= {"Иван Петров"},
    "alternating straight quotes": lambda doc: doc.quotes == (),
    "a quote mark after every letter": lambda doc: doc.quotes == (),
    "nested «»": lambda doc: doc.quotes == (),
    "unbalanced «": lambda doc: _cues(doc) == {"заявил"} and {q.source.text for q in doc.quotes} == {"министр"},
    "dash-interrupted quotes": lambda doc: _contents(doc) == {"Мы готовы", "Решение примем завтра"}
    and _speakers(doc) == {"Иван Петров"},
    "names followed by colons": lambda doc: doc.quotes == (),
    "runs of capitalized words": lambda doc: doc.quotes == (),
    "nested clauses, varied names": lambda doc: _speaker_by_cue(doc)["сказал"] == {"Иван Петров"}
    and _speaker_by_cue(doc)["заявила"] == {"Анна Смирнова"}
    and _speaker_by_cue(doc)["добавила"] == {"Мария Ковалева"},
    "long sentences without punctuation": lambda doc: _speaker_by_cue(doc)["заявил"] == {"Иван Петров"},
    "dense dialogue dashes": lambda doc: _cues(doc) == {"сказал", "ответила"} and _speakers(doc) == {None},
    "one paragraph of quotes": lambda doc: _contents(doc) == {"Мы готовы"} and _speakers(doc) == {"Иван Петров"},
    "clauses before inverted cues": lambda doc: {q.content.text for q in doc.quotes} == {"цены вырастут"},
    "'Как сообщил министр,' repeated": lambda doc: _speakers(doc) == {"министр"},
    "impersonal cues": lambda doc: _cues(doc) == {"говорится"} and _speakers(doc) == {"МИД"},
    "colon cues": lambda doc: _cues(doc) == {"заявил"} and {q.source.text for q in doc.quotes} == {"Он"},
    "nominal cues without commas": lambda doc: _cues(doc) <= {"по словам"},
    "pronouns that agree with no one before": lambda doc: _speaker_by_cue(doc)
    == {"сказал": {"Иван Петров"}, "заявила": {None}},
    "quote, dash, cue, name": lambda doc: _contents(doc) == {"Да"} and _speakers(doc) == {"Иван Петров"},
}


def test_every_family_has_a_truth() -> None:
    assert set(TRUTHS) == set(FAMILIES)


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="the hang guard needs SIGALRM")
@pytest.mark.parametrize("name", list(FAMILIES))
def test_family_finishes_and_keeps_its_truth(name: str) -> None:
    text = FAMILIES[name].make(SIZE)
    with hang_guard(HANG_LIMIT):
        doc = extract(text)
    _spans_point_into_the_text(doc)
    assert TRUTHS[name](doc)


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщил министр,",
        "По словам министра,",
        "Он заявил, что",
        "Он заявил:",
        "Об этом сообщил министр",
    ],
)
def test_text_ending_inside_an_attribution_has_no_quote(text: str) -> None:
    assert extract(text).quotes == ()


def test_text_ending_after_a_whole_clause_and_its_attribution_keeps_the_clause() -> None:
    # the clause before the cue is complete (it has its verb); only what might follow is cut off
    (quote,) = extract("Цены вырастут, заявил министр,").quotes
    assert (quote.content.text, quote.cue.text, quote.source.text) == ("Цены вырастут", "заявил", "министр")
