#!/usr/bin/env python3
"""Run extract() over every article of a corpus: crashes, the slowest articles, the time spread.

Usage:
    python benchmarks/sweep.py [INPUT.jsonl ...] [--slowest N] [--timeout S] [--limit N]

By default the inputs are ../shared/coref/rucoco_train.jsonl and
../shared/raw/news.jsonl next to the repository (about 3,350 articles);
only the "text" field of each line is read, and the "id" field names the
article in the report (else file:line). The library promises "any str in,
a Document out", so every exception is a bug: each is listed with the
article, the exception type and its message. An article still running
after ``--timeout`` seconds is stopped (SIGALRM) and listed as a hang.

Reports the slowest articles with their chars/s, the percentiles of the
time per article and the total chars/s. Times are wall clock in one warm
process (the analyzer is loaded before the clock starts); on a shared
machine they are noisy. Exit status 1 if any article crashed or hung.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

import quoteattr

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_INPUTS = (SHARED / "coref" / "rucoco_train.jsonl", SHARED / "raw" / "news.jsonl")
PERCENTILES = (50, 90, 99, 99.9)


class Hang(Exception):
    """An article ran past the time limit."""


@dataclass(frozen=True, slots=True)
class Timing:
    id: str
    chars: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Failure:
    id: str
    error: str  # "ExceptionType: message"


def articles(paths: Sequence[Path], limit: Optional[int]) -> Iterator[tuple[str, str]]:
    """(id, text) of each JSON line, in file order, at most ``limit`` in all."""
    count = 0
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                if limit is not None and count >= limit:
                    return
                record = json.loads(line)
                yield str(record.get("id") or f"{path.name}:{number}"), record["text"]
                count += 1


def _on_alarm(signum, frame):
    raise Hang("still running at the time limit")


def sweep(items: Iterator[tuple[str, str]], timeout: float) -> tuple[list[Timing], list[Failure]]:
    timings: list[Timing] = []
    failures: list[Failure] = []
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    try:
        for ident, text in items:
            signal.setitimer(signal.ITIMER_REAL, timeout)
            start = time.perf_counter()
            try:
                quoteattr.extract(text)
            except Exception as exc:  # noqa: BLE001 - every exception is what we report
                failures.append(Failure(ident, f"{type(exc).__name__}: {exc}"))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            timings.append(Timing(ident, len(text), time.perf_counter() - start))
    finally:
        signal.signal(signal.SIGALRM, previous)
    return timings, failures


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """The nearest-rank percentile of sorted values."""
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def report(timings: list[Timing], failures: list[Failure], slowest: int) -> None:
    total_chars = sum(t.chars for t in timings)
    total_seconds = sum(t.seconds for t in timings)
    print(f"articles: {len(timings)}, characters: {total_chars:,}, seconds: {total_seconds:.1f}")
    print(f"total chars/s: {total_chars / total_seconds:,.0f}" if total_seconds else "total chars/s: -")
    print(f"crashes and hangs: {len(failures)}")
    for f in failures:
        print(f"  {f.id}: {f.error}")
    if not timings:
        return
    times = sorted(t.seconds for t in timings)
    spread = ", ".join(f"p{p:g} {percentile(times, p) * 1000:.1f} ms" for p in PERCENTILES)
    print(f"time per article: {spread}, max {times[-1] * 1000:.1f} ms")
    print(f"slowest {min(slowest, len(timings))} articles:")
    print(f"  {'id':<40} {'chars':>8} {'ms':>8} {'chars/s':>10}")
    for t in sorted(timings, key=lambda t: -t.seconds)[:slowest]:
        print(f"  {t.id:<40} {t.chars:>8,} {t.seconds * 1000:>8.1f} {t.chars / max(t.seconds, 1e-9):>10,.0f}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="JSONL files with a 'text' field")
    parser.add_argument("--slowest", type=int, default=10, help="how many of the slowest articles to list")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before an article counts as a hang")
    parser.add_argument("--limit", type=int, help="stop after this many articles")
    args = parser.parse_args(argv)
    inputs = args.inputs or [p for p in DEFAULT_INPUTS if p.exists()]
    if not inputs:
        parser.error("no input files (and none of the shared defaults exist)")
    quoteattr.extract("Он сказал, что придет.")  # load the analyzer and lexicons before timing
    timings, failures = sweep(articles(inputs, args.limit), args.timeout)
    report(timings, failures, args.slowest)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
