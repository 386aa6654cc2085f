#!/usr/bin/env python3
"""Speed of extract() on hostile input families, against ordinary news, in one run.

Usage:
    python benchmarks/worst_case.py [--size CHARS] [--timeout S] [--family NAME ...] [NEWS.jsonl]

Each family is a short piece of text repeated (or a structure grown) to
``--size`` characters (200,000 by default): text dense with speech verbs,
complementizers, pronouns, nominal cues, quote marks, dashes, colons and
capitalized words, the shapes a transcript, a digest of statements or a spam
page take. Each is timed by warm extract() calls in a forked child
process that is stopped after ``--timeout`` seconds, so one hang cannot
block the table; the fastest of ``--repeats`` runs counts. Ordinary news is
the "text" of every line of ../shared/raw/news.jsonl (273 articles), the
fastest of as many passes in this process after a warm one. The ratio is
the family's chars/s over the news chars/s: 1 means as fast per character
as news. Times are wall clock and noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence, Union

import quoteattr

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "raw" / "news.jsonl"
TARGET_RATIO = 0.3  # a family's chars/s over the news chars/s, at least


def repeated(piece: str) -> Callable[[int], str]:
    """A family made of ``piece`` repeated and cut to the size."""
    return lambda size: (piece * (size // len(piece) + 1))[:size]


def nested(size: int) -> str:
    """«««…слово…»»»: quote marks nested as deep as the size allows."""
    depth = max(0, (size - 5) // 2)
    return "«" * depth + "слово" + "»" * depth


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    make: Callable[[int], str]


FAMILIES = (
    # the families of issue 11
    Family("'заявил, что' repeated", repeated("заявил, что ")),
    Family("pronoun chains", repeated("Он сказал, что она заявила, что они сообщили, что ")),
    Family("'По словам Ивана Петрова,' repeated", repeated("По словам Ивана Петрова, ")),
    Family("alternating straight quotes", repeated('"a')),
    Family("a quote mark after every letter", repeated("а«б»в„г“д”е\"ж'")),
    Family("nested «»", nested),
    Family("unbalanced «", repeated("«Цены вырастут, заявил министр. ")),
    Family("dash-interrupted quotes", repeated("«Мы готовы, — сказал Иван Петров. — Решение примем завтра». ")),
    Family("names followed by colons", repeated("Иван Петров: ")),
    Family("runs of capitalized words", repeated("Мы Готовы К Диалогу Заявил Министр Иван Петров ")),
    # more shapes of the same kind
    Family(
        "nested clauses, varied names",
        repeated(
            "Иван Петров сказал, что Анна Смирнова заявила, что Олег Сидоров сообщил, что "
            "Мария Ковалева добавила, что министр подчеркнул, что "
        ),
    ),
    Family(
        "long sentences without punctuation",
        repeated("министр Иван Петров заявил что депутаты сообщили журналистам что по словам экспертов "),
    ),
    Family("dense dialogue dashes", repeated("— Да, — сказал он.\n— Нет, — ответила она.\n")),
    Family("one paragraph of quotes", repeated("«Мы готовы», — заявил Иван Петров. ")),
    Family("clauses before inverted cues", repeated("цены вырастут, — заявил министр, ")),
    Family("'Как сообщил министр,' repeated", repeated("Как сообщил министр, ")),
    Family("impersonal cues", repeated("в заявлении МИД говорится, что ")),
    Family("colon cues", repeated("Он заявил: ")),
    Family("nominal cues without commas", repeated("по словам министерства ")),
    Family("pronouns that agree with no one before", repeated("Иван Петров сказал, что она заявила, что ")),
    Family("quote, dash, cue, name", repeated("«Да», — сказал Иван Петров. ")),
)


def news_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def time_news(texts: Sequence[str], repeats: int) -> float:
    """Seconds for the fastest of ``repeats`` warm passes of extract() over ``texts``."""
    for text in texts:
        quoteattr.extract(text)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for text in texts:
            quoteattr.extract(text)
        best = min(best, time.perf_counter() - start)
    return best


def _time_family(family: Family, size: int, repeats: int, out) -> None:
    """Child process: warm up on a small piece, then time extract() of the full text
    ``repeats`` times, sending the fastest so far after each."""
    try:
        quoteattr.extract(family.make(2_000))
        text = family.make(size)
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            doc = quoteattr.extract(text)
            best = min(best, time.perf_counter() - start)
            out.send((len(text), best, len(doc.quotes)))
    except Exception as exc:  # noqa: BLE001 - a crash is a result to report
        out.send(f"{type(exc).__name__}: {exc}")
    out.close()


def time_family(
    family: Family, size: int, repeats: int, timeout: float
) -> Optional[Union[tuple[int, float, int], str]]:
    """(characters, seconds, quotes) of the family at ``size``, the fastest of the runs done
    within ``timeout``; the exception, if it raised; None if no run finished in time."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_time_family, args=(family, size, repeats, send), daemon=True)
    child.start()
    send.close()
    result = None
    deadline = time.monotonic() + timeout
    try:
        while receive.poll(max(0.0, deadline - time.monotonic())):
            result = receive.recv()
    except EOFError:
        pass  # the child is done
    if child.is_alive():
        child.terminate()
    child.join()
    return result


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("news", nargs="?", type=Path, default=NEWS, help="JSONL of ordinary news (a 'text' field)")
    parser.add_argument("--size", type=int, default=200_000, help="characters per family (default 200,000)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a family is stopped")
    parser.add_argument("--family", action="append", help="run only the families whose name holds this")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs of each, the fastest kept (default 3)")
    args = parser.parse_args(argv)
    families = [f for f in FAMILIES if not args.family or any(part in f.name for part in args.family)]
    texts = news_texts(args.news)
    news_chars = sum(len(t) for t in texts)
    news_rate = news_chars / time_news(texts, args.repeats)
    print(f"ordinary news: {len(texts)} articles, {news_chars:,} characters, {news_rate:,.0f} chars/s")
    print(f"family size: {args.size:,} characters; target ratio >= {TARGET_RATIO}\n")
    print("| family | chars | seconds | chars/s | ratio to news | quotes |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    below = 0
    for family in families:
        result = time_family(family, args.size, args.repeats, args.timeout)
        if result is None or isinstance(result, str):
            if result is None:
                print(f"| {family.name} | {args.size:,} | > {args.timeout:g} | - | < {args.size / args.timeout / news_rate:.2f} | - |")
            else:
                print(f"| {family.name} | {args.size:,} | crash: {result} | - | - | - |")
            below += 1
            continue
        chars, seconds, quotes = result
        rate = chars / max(seconds, 1e-9)
        below += rate / news_rate < TARGET_RATIO
        print(f"| {family.name} | {chars:,} | {seconds:.2f} | {rate:,.0f} | {rate / news_rate:.2f} | {quotes:,} |")
    print(f"\n{below} of {len(families)} families below the target ratio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
