#!/usr/bin/env python3
"""Mutation check: does the test suite fail when extraction breaks?

For each deliberate breakage below, the project is copied to a temporary
directory, the breakage is appended to one module of the copied package (a
wrapper re-bound over a stage function, so it survives rewrites of the
stage's internals), and ``pytest -m "not io" tests`` runs against the copy.
The copy is what gets imported: the tests run from the copy's root with the
copy first on PYTHONPATH (subprocesses and worker processes inherit both),
and a sanity run prints which file ``quoteattr`` was imported from and that
the breakage is active.

Non-I/O tests are every test not marked ``io``; ``io`` marks tests of
plumbing or API surface only (paths, encodings, exit statuses, argument
checks, error records, public names and imports) that do not look at what
is extracted (see the marker in pyproject.toml).

The script prints a table (breakage, failing tests / non-I/O tests run) and
exits non-zero unless every breakage fails more than half of the non-I/O
tests, or if the unbroken copy does not pass.

Usage: python .ci/mutation.py [NAME ...]   (default: all breakages)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("quoteattr", "tests", "docs", "benchmarks", "pyproject.toml", "README.md")
REQUIRED_SHARE = 0.5  # a breakage must fail more than this share of the non-I/O tests

# name -> (module of the package, the stage function re-bound there, what it breaks, code of
# ``_break(result)``: the stage's result made wrong)
BREAKAGES: dict[str, tuple[str, str, str, str]] = {
    "no-links": (
        "attribution.py",
        "attribute",
        "attribute() returns no links",
        """
def _break(result):
    analysis, _links = result
    return analysis, ()
""",
    ),
    "no-cues": (
        "cues.py",
        "find_cues",
        "find_cues() finds no cues",
        """
def _break(result):
    return ()
""",
    ),
    "all-direct": (
        "speakers.py",
        "build_document",
        "every quote kind is 'direct'",
        """
def _break(doc):
    return _dataclasses.replace(doc, quotes=tuple(_dataclasses.replace(q, kind="direct") for q in doc.quotes))
""",
    ),
    "no-clustering": (
        "speakers.py",
        "build_document",
        "each source mention is its own speaker, named by its own text",
        """
def _break(doc):
    quotes, speakers = [], []
    for q in doc.quotes:
        if q.speaker is not None and q.source is not None:
            own = _Speaker(q.source.text, q.speaker.kind, (q.source,), q.speaker.gender)
            speakers.append(own)
            q = _dataclasses.replace(q, speaker=own)
        quotes.append(q)
    return _Document(doc.text, tuple(quotes), tuple(speakers))
""",
    ),
    "offsets+1": (
        "speakers.py",
        "build_document",
        "every offset is shifted by one (span texts follow the offsets)",
        """
def _break(doc):
    text = doc.text

    def shift(span):
        if span is None:
            return None
        start, end = min(span.start + 1, len(text)), min(span.end + 1, len(text))
        return _Span(start, end, text[start:end])

    speakers = {id(s): _dataclasses.replace(s, mentions=tuple(map(shift, s.mentions))) for s in doc.speakers}
    quotes = tuple(
        _dataclasses.replace(
            q, content=shift(q.content), cue=shift(q.cue), source=shift(q.source),
            speaker=speakers.get(id(q.speaker), q.speaker),
        )
        for q in doc.quotes
    )
    return _Document(text, quotes, tuple(speakers.values()))
""",
    ),
}

# Appended to the module: the stage function re-bound to a wrapper that breaks its result.
WRAPPER = """
# --- mutation check: {name} ---
import dataclasses as _dataclasses
from .model import Document as _Document, Span as _Span, Speaker as _Speaker
_MUTATION = {name!r}
{code}

def _broken(stage):
    def {function}(*args, **kwargs):
        return _break(stage(*args, **kwargs))
    return {function}


{function} = _broken({function})
"""

SANITY = """
import importlib, sys
import quoteattr
module = importlib.import_module("quoteattr." + sys.argv[1])
print(quoteattr.__file__, getattr(module, "_MUTATION", "none"))
"""


def copy_project(source_root: Path, dest: Path) -> None:
    for name in COPIED:
        source = source_root / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__", ".hypothesis"))
        else:
            shutil.copy2(source, dest / name)


def break_copy(dest: Path, name: str) -> str:
    """Append breakage ``name`` to its module in the copy; return the module name."""
    module, function, _, code = BREAKAGES[name]
    path = dest / "quoteattr" / module
    with path.open("a", encoding="utf-8") as out:
        out.write("\n" + WRAPPER.format(name=name, function=function, code=code))
    return module.removesuffix(".py")


def run_suite(dest: Path, name: str, module: str) -> tuple[int, int, float, dict[str, tuple[int, int]]]:
    """Run the non-I/O tests on the copy; return (failing, run, seconds, (failing, run) by test file)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(dest), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    env.pop("PYTHONSAFEPATH", None)
    sanity = subprocess.run(
        [sys.executable, "-c", SANITY, module], cwd=dest, env=env, capture_output=True, text=True, check=True
    )
    imported, active = sanity.stdout.split()
    print(f"  {name}: quoteattr imported from {imported}, breakage active: {active}", flush=True)
    if not Path(imported).resolve().is_relative_to(dest.resolve()) or active != name:
        raise SystemExit(f"mutation check: the copy in {dest} is not what the tests import")
    report = dest / f"report-{name}.xml"
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable, "-m", "pytest", "tests", "-m", "not io", "-q", "-p", "no:cacheprovider",
            "--hypothesis-profile=mutation", f"--junitxml={report}", "-o", "addopts=",
        ],
        cwd=dest, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )
    seconds = time.monotonic() - started
    by_file: dict[str, list[int]] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        outcomes = {child.tag for child in case}
        if "skipped" in outcomes:
            continue
        tally = by_file.setdefault(case.get("classname", "?").split(".")[-1], [0, 0])
        tally[0] += bool(outcomes & {"failure", "error"})
        tally[1] += 1
    failing = sum(f for f, _ in by_file.values())
    run = sum(r for _, r in by_file.values())
    return failing, run, seconds, {file: (f, r) for file, (f, r) in by_file.items()}


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in BREAKAGES]
    if unknown:
        raise SystemExit(f"unknown breakage {unknown[0]!r}; known: {', '.join(BREAKAGES)}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="quoteattr-mutation-") as tmp:
        snapshot = Path(tmp) / "snapshot"  # every run starts from the project as it was at the start
        snapshot.mkdir()
        copy_project(ROOT, snapshot)
        for name in ["none", *(names or BREAKAGES)]:
            dest = Path(tmp) / name
            dest.mkdir()
            copy_project(snapshot, dest)
            module = break_copy(dest, name) if name != "none" else "pipeline"
            rows.append((name, *run_suite(dest, name, module)))
            shutil.rmtree(dest)
    print()
    print(f"{'breakage':<15} {'failing / non-I/O tests run':>28} {'share':>6} {'time':>6}  what it breaks")
    ok = True
    for name, failing, run, seconds, _ in rows:
        share = failing / run if run else 0.0
        what = BREAKAGES[name][2] if name != "none" else "nothing (the copy as it is)"
        passed = failing == 0 if name == "none" else share > REQUIRED_SHARE
        ok = ok and passed and run > 0
        flag = "" if passed else "  <- FAIL"
        print(f"{name:<15} {f'{failing} / {run}':>28} {share:>6.0%} {seconds:>5.0f}s  {what}{flag}")
    print()
    print("failing tests by test file (of the non-I/O tests run in it):")
    files = sorted({file for *_, by_file in rows for file in by_file})
    print(f"{'':<22}" + "".join(f"{name:>15}" for name, *_ in rows))
    for file in files:
        cells = [by_file.get(file, (0, 0)) for *_, by_file in rows]
        print(f"{file:<22}" + "".join(f"{f'{f} / {r}':>15}" for f, r in cells))
    print()
    print("mutation check:", "every breakage is caught" if ok else "FAILED (see the table)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
