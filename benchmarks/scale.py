"""Throughput and memory of quoteattr at scale: extract_many, the CLI, Spark.

    python benchmarks/scale.py                  # everything (Spark only if pyspark and Java are there)
    python benchmarks/scale.py --cli-docs 2000  # a quicker run

Articles are the bundled docs/examples/*.txt plus the texts of ../shared/gold/*.jsonl
when present, repeated to the sizes asked for (read at run time, never committed).
Figures:

1. documents/s of ``extract_many`` with jobs=1 and jobs=2 on the same articles;
2. the CLI (``quoteattr --jsonl ... --jobs 2``) on a JSON Lines file of
   ``--cli-docs`` articles (1x) and ten times that (10x): documents/s and peak
   RSS, which must stay flat since the CLI streams;
3. ``quoteattr.spark.extract_quotes`` on ``local[2]`` against extract_many jobs=2.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import quoteattr
from quoteattr.pipeline import default_morphology

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"


def load_articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / "examples").glob("*.txt"))]
    for path in sorted(GOLD.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def repeat(texts: list[str], n: int) -> list[str]:
    return [texts[i % len(texts)] for i in range(n)]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f", {kb / 2**20:.0f} GiB RAM"
    rev = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return (
        f"{cpu}, {os.cpu_count()} CPUs{memory}; Python {platform.python_version()} "
        f"on {platform.system()}; quoteattr {quoteattr.__version__} at {rev or '?'}"
    )


def rate_of_extract_many(texts: list[str], jobs: int, repeats: int = 3) -> float:
    """documents/s, the best of ``repeats`` runs (the machine may be shared)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        count = sum(1 for r in quoteattr.extract_many(texts, jobs=jobs) if r.ok)
        best = min(best, time.perf_counter() - start)
        assert count == len(texts)
    return len(texts) / best


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def run_cli(texts: list[str], n: int, jobs: int, workdir: Path) -> tuple[float, float, float]:
    """documents/s, peak RSS of the largest process (MiB), peak RSS of all processes summed (MiB).

    The largest process comes from the kernel (``wait4``: the CLI or one of its
    workers); the sum is sampled from /proc ten times a second (Linux only, else 0).
    """
    source = workdir / f"articles-{n}.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i, text in enumerate(repeat(texts, n)):
            out.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
    target = workdir / f"quotes-{n}.jsonl"
    cli = [sys.executable, "-m", "quoteattr.cli", "--jsonl", str(source), "-o", str(target), "-q", "--jobs", str(jobs)]
    start = time.perf_counter()
    process = subprocess.Popen(cli)
    peak_sum = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        peak_sum = max(peak_sum, sum(_rss_kb(p) for p in [process.pid, *_children(process.pid)]))
        time.sleep(0.1)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"the CLI failed with status {process.returncode}")
    with target.open(encoding="utf-8") as lines:
        assert sum(1 for _ in lines) == n
    source.unlink()
    target.unlink()
    return n / elapsed, usage.ru_maxrss / 1024, peak_sum / 1024


def spark_available() -> str:
    """Why Spark cannot run here, or '' when it can."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Java is not installed"
    return ""


def rate_of_spark(texts: list[str]) -> tuple[float, float]:
    """documents/s of extract_quotes on local[2], and the session start-up time in seconds."""
    from quoteattr.spark import extract_quotes, local_session

    start = time.perf_counter()
    spark = local_session(app_name="quoteattr-benchmark")
    startup = time.perf_counter() - start
    try:
        df = spark.createDataFrame(list(enumerate(texts)), "id INT, text STRING").repartition(2).cache()
        df.count()  # the articles are in Spark's memory before the clock starts
        extract_quotes(df.limit(4)).count()  # start and warm the Python workers
        start = time.perf_counter()
        extract_quotes(df).count()
        return len(texts) / (time.perf_counter() - start), startup
    finally:
        spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="articles for extract_many and Spark")
    parser.add_argument("--cli-docs", type=int, default=10_000, help="articles in the 1x CLI input")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-cli", action="store_true")
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()

    articles = load_articles()
    texts = repeat(articles, args.docs)
    print(f"machine: {machine()}")
    print(f"load average at start: {os.getloadavg()[0]:.2f} (other work on the machine slows every figure)")
    print(f"articles: {len(articles)} distinct, {sum(map(len, articles)) // len(articles)} characters on average")
    default_morphology()
    quoteattr.extract(articles[0])

    one = rate_of_extract_many(texts, 1)
    many = rate_of_extract_many(texts, args.jobs)
    print(f"extract_many, {len(texts)} articles: jobs=1 {one:.0f} docs/s, "
          f"jobs={args.jobs} {many:.0f} docs/s ({many / one:.2f}x)")

    if not args.no_cli:
        with tempfile.TemporaryDirectory(prefix="quoteattr-bench-") as tmp:
            figures = {}
            for scale in (1, 10):
                n = scale * args.cli_docs
                rate, largest, total = figures[scale] = run_cli(articles, n, args.jobs, Path(tmp))
                print(f"CLI --jsonl --jobs {args.jobs}, {n} articles ({scale}x): {rate:.0f} docs/s, "
                      f"peak RSS {largest:.0f} MiB (largest process), {total:.0f} MiB (all processes)")
            print(f"CLI 10x/1x: peak RSS {figures[10][1] / figures[1][1]:.2f} (largest), "
                  f"{figures[10][2] / figures[1][2]:.2f} (all); docs/s {figures[10][0] / figures[1][0]:.2f}")

    reason = "--no-spark" if args.no_spark else spark_available()
    if reason:
        print(f"Spark: skipped ({reason})")
    else:
        rate, startup = rate_of_spark(texts)
        print(f"Spark local[2], {len(texts)} articles: {rate:.0f} docs/s (session start {startup:.1f} s); "
              f"vs extract_many jobs={args.jobs}: {rate / many:.2f}x")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
