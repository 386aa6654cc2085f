#!/usr/bin/env python3
"""Speed and memory of quoteattr.extract(), against the floor of its building blocks.

Usage:
    python benchmarks/speed.py [GOLD.jsonl | ARTICLE.txt ...] [--profile] [--quick]

Input: gold JSONL files (their "text" fields) or plain-text articles; by
default the shared gold set (../shared/gold/*.jsonl next to the repository)
if present, else docs/examples/*.txt. Measures, in one run:

- throughput of extract() over the articles (warm, repeated for at least
  ``--seconds``), against the floor: razdel sentenize + tokenize and a
  pymorphy3 parse() of every word token through a memo of repeated words;
  once with the word memos kept across passes (as a long-running process
  uses extract()), once with all emptied before each pass (extract()'s
  morphology and tokenizer memos, the floor's dict);
- one article at the first call in a fresh process (cold) and warm;
- peak memory in fresh processes: tracemalloc's peak of Python allocations,
  and the peak resident set of the whole process (ru_maxrss; VmHWM on Linux);
- time per character of a ~1 MB document (the articles repeated) against
  the same text cut into ~3 KB documents;
- how many pymorphy3.MorphAnalyzer objects a process builds;
- the peer direct-speech-extractor-ru, if it is installed.

MB are 10**6 bytes of UTF-8. ``--profile`` adds cProfile's top functions
of warm extract() calls.
Targets are reported as PASS or FAIL; nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

REPO = Path(__file__).resolve().parent.parent
SHARED_GOLD = REPO.parent / "shared" / "gold"
EXAMPLES = REPO / "docs" / "examples"
MB = 1_000_000

PEER = "direct-speech-extractor-ru"
PEER_VERSION = "0.0.2"

TARGET_FLOOR_RATIO = 0.5  # extract throughput / floor throughput, at least
TARGET_LINEARITY = 1.2  # time per character, 1 MB / 3 KB documents, at most (issue 10)
TARGET_PEAK_MB = 150.0  # ru_maxrss after every article and the 1 MB document, below
TARGET_ANALYZERS = 1  # pymorphy3.MorphAnalyzer objects per process


@dataclass(frozen=True, slots=True)
class Settings:
    seconds: float  # minimum timing per throughput figure
    large_bytes: int  # size of the "1 MB" document
    piece_bytes: int  # size of the small documents
    repeats: int  # timings of the linearity test, best kept


FULL = Settings(seconds=2.0, large_bytes=MB, piece_bytes=3_000, repeats=3)
QUICK = Settings(seconds=0.2, large_bytes=60_000, piece_bytes=3_000, repeats=1)


# Input


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str


def default_inputs() -> list[Path]:
    gold = sorted(SHARED_GOLD.glob("*.jsonl"))
    return gold or sorted(EXAMPLES.glob("*.txt"))


def load_articles(paths: Sequence[Path]) -> list[Article]:
    """The texts of gold JSONL files (one document a line) or of plain-text files."""
    articles = []
    for path in paths:
        if path.suffix == ".jsonl":
            with open(path, encoding="utf-8") as lines:
                records = [json.loads(line) for line in lines if line.strip()]
            articles += [Article(str(r.get("id", i)), r["text"]) for i, r in enumerate(records)]
        else:
            articles.append(Article(path.stem, path.read_text(encoding="utf-8")))
    return articles


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8"))


def build_large(texts: Sequence[str], size: int) -> str:
    """The texts joined by blank lines, repeated until ``size`` bytes of UTF-8."""
    parts, total = [], 0
    while total < size:
        for text in texts:
            parts.append(text)
            total += utf8_size(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)


def cut_pieces(text: str, size: int) -> list[str]:
    """``text`` cut at line breaks into pieces of at least ``size`` bytes."""
    pieces, lines, total = [], [], 0
    for line in text.split("\n"):
        lines.append(line)
        total += utf8_size(line) + 1
        if total >= size:
            pieces.append("\n".join(lines))
            lines, total = [], 0
    if lines:
        pieces.append("\n".join(lines))
    return pieces


# Timing


@dataclass(frozen=True, slots=True)
class Throughput:
    passes: int
    seconds: float
    documents: int  # per pass
    characters: int  # per pass
    nbytes: int  # per pass, UTF-8

    def rate(self, amount: int) -> float:
        return amount * self.passes / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.rate(self.nbytes) / MB

    def describe(self) -> str:
        return (
            f"{self.rate(self.documents):8.1f} docs/s {self.rate(self.characters):10,.0f} chars/s"
            f" {self.mb_per_s:6.3f} MB/s   ({self.passes} passes, {self.seconds:.2f} s)"
        )


def time_passes(
    runs: Sequence[Callable[[], Any]], texts: Sequence[str], seconds: float
) -> list[Throughput]:
    """Time each of ``runs``, one pass over ``texts`` each, after a warm-up pass.

    The runs take turns until each has been timed for at least ``seconds``,
    so that load from other processes hits them alike.
    """
    for run in runs:
        run()
    passes, elapsed = [0] * len(runs), [0.0] * len(runs)
    while min(elapsed) < seconds:
        for i, run in enumerate(runs):
            start = time.perf_counter()
            run()
            elapsed[i] += time.perf_counter() - start
            passes[i] += 1
    size = (len(texts), sum(map(len, texts)), sum(map(utf8_size, texts)))
    return [Throughput(n, t, *size) for n, t in zip(passes, elapsed)]


def floor_pass(texts: Sequence[str], analyzer: Any, memo: dict[str, Any]) -> None:
    """razdel sentences and tokens, and pymorphy3 parse() of each word form not in ``memo``."""
    import razdel
    import regex

    letter = regex.compile(r"\p{L}")
    for text in texts:
        for sentence in razdel.sentenize(text):
            for token in razdel.tokenize(sentence.text):
                word = token.text
                if word not in memo and letter.search(word):
                    memo[word] = analyzer.parse(word)


def extract_pass(texts: Sequence[str], fresh_memo: bool) -> None:
    """extract() over ``texts``; ``fresh_memo`` empties the word memos first."""
    import quoteattr

    morph = _memo_emptied_morphology() if fresh_memo else None
    for text in texts:
        quoteattr.extract(text, morph=morph)


def _memo_emptied_morphology() -> Any:
    """The process-wide Morphology with its word memo emptied (the cue forms stay built),
    and the tokenizer's memo of words emptied too."""
    from quoteattr.pipeline import default_morphology
    from quoteattr.tokens import clear_memo

    morph = default_morphology()
    morph.clear()
    clear_memo()
    return morph


def median_call(call: Callable[[], Any], seconds: float, least: int = 5) -> tuple[float, int]:
    """Median time of ``call``, repeated for ``seconds`` and at least ``least`` times."""
    times: list[float] = []
    while len(times) < least or sum(times) < seconds:
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(times)


def best_times(calls: Sequence[Callable[[], Any]], repeats: int) -> list[float]:
    """The best time of each call, the calls taking turns ``repeats`` times
    so that a burst of load from other processes hits them alike."""
    best = [float("inf")] * len(calls)
    for _ in range(repeats):
        for i, call in enumerate(calls):
            gc.collect()
            start = time.perf_counter()
            call()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


# Fresh processes


def run_child(mode: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Run this script's ``--child MODE`` in a new interpreter; its last stdout line is JSON."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    if done.returncode != 0:
        raise RuntimeError(f"--child {mode} failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_cold(payload: dict[str, Any]) -> dict[str, Any]:
    """A fresh process: import, first and second extract() of one article, then
    count the MorphAnalyzer objects built over many calls."""
    import pymorphy3

    built = []
    init = pymorphy3.MorphAnalyzer.__init__

    def counting_init(self: Any, *args: Any, **kwargs: Any) -> None:
        built.append(1)
        init(self, *args, **kwargs)

    pymorphy3.MorphAnalyzer.__init__ = counting_init  # this benchmark process only

    start = time.perf_counter()
    import quoteattr

    imported = time.perf_counter()
    text = payload["probe"]
    quoteattr.extract(text)
    first = time.perf_counter()
    quoteattr.extract(text)
    second = time.perf_counter()

    texts = payload["texts"]
    calls = 2
    for text in texts:
        quoteattr.extract(text)
    for _ in quoteattr.extract_many(texts):
        pass
    quoteattr.extract(texts[0], options=quoteattr.Options(opinions=False))
    calls += 2 * len(texts) + 1
    return {
        "import_s": imported - start,
        "first_s": first - imported,
        "second_s": second - first,
        "calls": calls,
        "analyzers": len(built),
    }


def _maxrss_bytes() -> Optional[int]:
    """The peak resident set of this process. On Linux, VmHWM of /proc/self/status: ru_maxrss of
    a process started by another takes in its parent's peak at exec (Linux keeps the larger),
    so that it measured this script's own throughput passes whenever they held more."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # not on Unix
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def child_memory(payload: dict[str, Any]) -> dict[str, Any]:
    """A fresh process: every article, then the large document; the peaks after each.

    With ``traced``, under tracemalloc (Python allocations); without, for
    ru_maxrss, which tracemalloc's own bookkeeping would inflate.
    """
    import tracemalloc

    traced = payload["traced"]
    if traced:
        tracemalloc.start()
    import quoteattr

    def peak() -> Optional[int]:
        return tracemalloc.get_traced_memory()[1] if traced else _maxrss_bytes()

    texts = payload["texts"]
    for text in texts:
        quoteattr.extract(text)
    articles = peak()
    large = build_large(texts, payload["large_bytes"])
    quoteattr.extract(large)
    return {"articles": articles, "large": peak(), "large_bytes": utf8_size(large)}


CHILDREN = {"cold": child_cold, "memory": child_memory}


# The peer


def peer_extractor() -> Callable[[str], Any]:
    """direct-speech-extractor-ru's entry point, or ImportError."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its regexes have invalid escapes
        from direct_speech_extractor_ru import Extractor

    return lambda text: Extractor(text).direct_speech()


def measure_peer(texts: Sequence[str], seconds: float) -> tuple[Optional[Throughput], str]:
    """The peer's throughput and a note, or None and why it is unavailable."""
    try:
        extract = peer_extractor()
        version = metadata.version(PEER)
    except Exception as error:  # ImportError, or anything its import raises
        return None, f"not installed or not importable ({error!r}); pip install {PEER}=={PEER_VERSION}"

    failed = []
    for text in texts:
        try:
            extract(text)
        except Exception as error:
            failed.append(error)
    if len(failed) == len(texts):
        return None, f"it raised on every document, e.g. {failed[0]!r}"

    def run_pass() -> None:
        for text in texts:
            try:
                extract(text)
            except Exception:
                pass

    note = f"{PEER} {version}, direct speech only, no speakers"
    if failed:
        note += f"; raised on {len(failed)} of {len(texts)} documents ({failed[0]!r})"
    return time_passes([run_pass], texts, seconds)[0], note


# Report


def target(value: float, op: str, limit: float, unit: str = "") -> str:
    """A target and whether ``value`` meets it: ``target >= 0.5: PASS``."""
    ok = {"<": value < limit, "<=": value <= limit, ">=": value >= limit, "==": value == limit}[op]
    return f"target {op} {limit:g}{unit}: {'PASS' if ok else 'FAIL'}"


def row(label: str, value: str, *notes: str) -> None:
    """One aligned line of the report."""
    tail = f"   ({' '.join(notes)})" if notes else ""
    print(f"  {label:34} {value}{tail}")


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def print_machine(articles: Sequence[Article], paths: Sequence[Path]) -> None:
    texts = [a.text for a in articles]
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if hasattr(os, "getloadavg"):
        print(f"load average at the start: {os.getloadavg()[0]:.2f} (other processes skew the timings)")
    print(
        f"versions: quoteattr {_version('quoteattr')}, razdel {_version('razdel')},"
        f" pymorphy3 {_version('pymorphy3')}, pymorphy3-dicts-ru {_version('pymorphy3-dicts-ru')}"
    )
    print(
        f"input: {len(texts)} documents, {sum(map(len, texts)):,} characters,"
        f" {sum(map(utf8_size, texts)) / MB:.3f} MB from {', '.join(p.name for p in paths)}"
    )


def report_throughput(articles: Sequence[Article], settings: Settings) -> None:
    import pymorphy3

    texts = [a.text for a in articles]
    analyzer = pymorphy3.MorphAnalyzer()
    kept: dict[str, Any] = {}
    print(
        "\nthroughput (after a warm-up pass; extract and floor take turns,"
        f" each timed for at least {settings.seconds:g} s)"
    )
    print("  the word memo kept across passes: extract()'s process-wide one, a dict for the floor")
    _compare(
        *time_passes(
            [lambda: extract_pass(texts, fresh_memo=False), lambda: floor_pass(texts, analyzer, kept)],
            texts,
            settings.seconds,
        )
    )
    print("  the word memo emptied at the start of each pass: extract()'s process-wide one, a new dict")
    _compare(
        *time_passes(
            [lambda: extract_pass(texts, fresh_memo=True), lambda: floor_pass(texts, analyzer, {})],
            texts,
            settings.seconds,
        )
    )


def _compare(extract: Throughput, floor: Throughput) -> None:
    ratio = extract.mb_per_s / floor.mb_per_s if floor.mb_per_s else 0.0
    row("  extract()", extract.describe())
    row("  floor: razdel + pymorphy3", floor.describe())
    row("  extract/floor throughput", f"{ratio:8.3f}", target(ratio, ">=", TARGET_FLOOR_RATIO))


def report_article(articles: Sequence[Article], settings: Settings) -> None:
    import quoteattr

    texts = [a.text for a in articles]
    lengths = sorted(len(t) for t in texts)
    probe = min(articles, key=lambda a: abs(len(a.text) - lengths[len(lengths) // 2]))
    cold = run_child("cold", {"probe": probe.text, "texts": texts})
    warm, calls = median_call(lambda: quoteattr.extract(probe.text), min(settings.seconds, 1.0))
    print(f"\none article ({probe.id}, {len(probe.text):,} characters, the median length)")
    row("import quoteattr", f"{cold['import_s'] * 1000:8.1f} ms", "fresh process")
    row("first extract(), cold", f"{cold['first_s'] * 1000:8.1f} ms", "fresh process: loads analyzer, lexicons")
    row("second extract()", f"{cold['second_s'] * 1000:8.1f} ms", "the same fresh process")
    row("extract(), warm", f"{warm * 1000:8.1f} ms", f"median of {calls}")
    row(
        "MorphAnalyzer objects per process",
        f"{cold['analyzers']:8d}",
        f"over {cold['calls']} extract() calls;",
        target(cold["analyzers"], "==", TARGET_ANALYZERS),
    )


def report_memory(articles: Sequence[Article], settings: Settings) -> None:
    texts = [a.text for a in articles]
    payload = {"texts": texts, "large_bytes": settings.large_bytes}
    traced = run_child("memory", dict(payload, traced=True))
    rss = run_child("memory", dict(payload, traced=False))
    size = traced["large_bytes"] / MB
    print("\npeak memory (fresh processes: every article, then the large document)")
    python = "Python allocations, under tracemalloc"
    row("tracemalloc peak, articles", f"{traced['articles'] / MB:8.1f} MB", python)
    row(f"tracemalloc peak, + {size:.2f} MB doc", f"{traced['large'] / MB:8.1f} MB", python)
    if rss["large"] is None:
        row("ru_maxrss", "unavailable on this platform")
        return
    peak = rss["large"] / MB
    whole = "the whole process, resident, without tracemalloc"
    row("ru_maxrss, articles", f"{rss['articles'] / MB:8.1f} MB", whole)
    row(f"ru_maxrss, + {size:.2f} MB doc", f"{peak:8.1f} MB", whole + ";", target(peak, "<", TARGET_PEAK_MB, " MB"))


def report_linearity(articles: Sequence[Article], settings: Settings) -> None:
    texts = [a.text for a in articles]
    import quoteattr

    large = build_large(texts, settings.large_bytes)
    pieces = cut_pieces(large, settings.piece_bytes)
    extract_pass(texts, fresh_memo=False)  # warm the process-wide memo

    def run_pieces() -> None:
        for piece in pieces:
            quoteattr.extract(piece)

    small_time, large_time = best_times([run_pieces, lambda: quoteattr.extract(large)], settings.repeats)
    small_rate = small_time / sum(map(len, pieces)) * 1e6
    large_rate = large_time / len(large) * 1e6
    ratio = large_rate / small_rate if small_rate else 0.0
    size = utf8_size(large) / MB
    print(
        "\nlinearity (the articles repeated into one document, and the same text in pieces;"
        f" best of {settings.repeats})"
    )
    row(f"one {size:.2f} MB document", f"{large_rate:8.2f} µs/char", f"{len(large):,} chars in {large_time:.2f} s")
    row(
        f"{len(pieces)} documents of ~{settings.piece_bytes // 1000} KB",
        f"{small_rate:8.2f} µs/char",
        f"{sum(map(len, pieces)):,} chars in {small_time:.2f} s",
    )
    row("time per char, large/small", f"{ratio:8.2f}", target(ratio, "<=", TARGET_LINEARITY))


def report_peer(articles: Sequence[Article], settings: Settings) -> None:
    texts = [a.text for a in articles]
    throughput, note = measure_peer(texts, settings.seconds)
    print(f"\npeer {PEER}")
    if throughput is None:
        print(f"  peer unavailable: {note}")
        return
    row("peer throughput", throughput.describe())
    row("", f"({note})")


def report_profile(articles: Sequence[Article], settings: Settings, top: int = 25) -> None:
    texts = [a.text for a in articles]
    extract_pass(texts, fresh_memo=False)  # warm, as in a long-running process
    profiler = cProfile.Profile()
    passes, start = 0, time.perf_counter()
    profiler.enable()
    while passes < 1 or time.perf_counter() - start < settings.seconds:
        extract_pass(texts, fresh_memo=False)
        passes += 1
    profiler.disable()
    print(f"\nprofile of extract() ({passes} passes over the articles, the process-wide word memo kept)")
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    for key in ("cumulative", "tottime"):
        print(f"\ntop {top} by {key} time")
        stats.sort_stats(key).print_stats(top)


# Command line


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="*", type=Path, help="gold JSONL or plain-text files")
    parser.add_argument("--profile", action="store_true", help="cProfile extract(): top 25 functions")
    parser.add_argument("--quick", action="store_true", help="short timings and a 60 KB 'large' document")
    parser.add_argument("--seconds", type=float, help="minimum timing per throughput figure")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    if args.child:
        print(json.dumps(CHILDREN[args.child](json.loads(sys.stdin.read()))))
        return 0
    settings = QUICK if args.quick else FULL
    if args.seconds is not None:
        settings = Settings(args.seconds, settings.large_bytes, settings.piece_bytes, settings.repeats)
    paths = args.inputs or default_inputs()
    articles = load_articles(paths)
    if not articles:
        sys.exit("speed.py: no input documents")

    print_machine(articles, paths)
    sections = [report_throughput, report_article, report_memory, report_linearity, report_peer]
    if args.profile:
        sections.append(report_profile)
    failed = 0
    for section in sections:
        try:
            section(articles, settings)
        except Exception as error:  # report it and measure the rest
            failed += 1
            print(f"\n{section.__name__} failed: {error!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
