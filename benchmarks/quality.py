#!/usr/bin/env python3
"""Quality of quoteattr on gold annotations, through its public API.

Usage:
    python benchmarks/quality.py GOLD.jsonl [GOLD2.jsonl ...] [--errors] [--json] [--markdown]

For each gold file: precision, recall and F1 of quotations (overall and per
kind), of attributed quotations (found with the right speaker), speaker
accuracy on found quotes, cue and source overlap accuracy and not-quote false
positives. ``--errors`` adds each document's misses, extras and wrong
speakers; ``--json`` prints one JSON object per file instead of the table;
``--markdown`` prints the table of docs/quality.md. The rules are in
``benchmarks/scoring.py``.
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Optional, Sequence

import scoring  # benchmarks/scoring.py, next to this script
from scoring import DocumentResult, Scores, Tally

SNIPPET = 80  # characters of a quote shown in error lists


# Plain text


def _prf(tally: Tally) -> str:
    return (
        f"{tally.precision:9.3f} {tally.recall:9.3f} {tally.f1:9.3f}"
        f"   tp={tally.tp} fp={tally.fp} fn={tally.fn}"
    )


def _ratio(ratio: scoring.Ratio) -> str:
    return f"{ratio.value:9.3f}   ({ratio.right}/{ratio.total})"


def format_scores(scores: Scores) -> str:
    """The figures of one gold file as an aligned plain-text table."""
    lines = [
        f"{scores.name}: {scores.documents} documents, {scores.characters} characters, "
        f"{scores.gold_required} required and {scores.gold_optional} optional gold quotes",
        f"  {'':34}{'precision':>9} {'recall':>9} {'F1':>9}",
        f"  {'quotes':34}{_prf(scores.quotes)}",
    ]
    lines += [f"  {'  ' + kind:34}{_prf(tally)}" for kind, tally in scores.by_kind.items()]
    lines += [
        f"  {'attributed quotes':34}{_prf(scores.attributed)}",
        f"  {'speaker accuracy on found quotes':34}{_ratio(scores.speaker)}",
        f"  {'source overlap accuracy':34}{_ratio(scores.source)}",
        f"  {'cue overlap accuracy':34}{_ratio(scores.cue)}",
        f"  {'not-quote false positives':34}{scores.not_quote_fp:9d}",
        f"  {'crashes':34}{scores.crashes:9d}",
    ]
    return "\n".join(lines)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def format_errors(result: DocumentResult) -> Optional[str]:
    """Misses, extras and wrong speakers of one document, or None if it has none."""
    lines = []
    if result.crash:
        lines.append(f"  crash: {result.crash}")
    for gold in result.alignment.misses:
        lines.append(f"  miss   [{gold.kind}] «{_clip(result.snippet(gold.content))}»")
    for extra in result.alignment.extras:
        lines.append(
            f"  extra  [{extra.kind}] «{_clip(result.snippet(extra.content))}» speaker: {extra.speaker}"
        )
    for pair in result.wrong_speakers:
        lines.append(
            f"  wrong speaker  «{_clip(result.snippet(pair.gold.content))}»"
            f" said {pair.predicted.speaker!r}, gold {list(pair.gold.speaker)}"
        )
    if not lines:
        return None
    return "\n".join([f"{result.document.id}:"] + lines)


def errors_as_dicts(result: DocumentResult) -> dict:
    snippet = result.snippet
    return {
        "id": result.document.id,
        "crash": result.crash,
        "misses": [{"kind": g.kind, "content": snippet(g.content)} for g in result.alignment.misses],
        "extras": [
            {"kind": p.kind, "content": snippet(p.content), "speaker": p.speaker}
            for p in result.alignment.extras
        ],
        "wrong_speakers": [
            {"content": snippet(p.gold.content), "speaker": p.predicted.speaker, "gold": list(p.gold.speaker)}
            for p in result.wrong_speakers
        ],
    }


# Markdown


def _cell_prf(tally: Tally) -> str:
    return f"{tally.precision:.3f} / {tally.recall:.3f} / **{tally.f1:.3f}**"


def _cell_ratio(ratio: scoring.Ratio) -> str:
    return f"{ratio.value:.3f} ({ratio.right}/{ratio.total})"


MARKDOWN_ROWS = (
    ("documents / required gold quotes", lambda s: f"{s.documents} / {s.gold_required}"),
    ("quotes P / R / F1", lambda s: _cell_prf(s.quotes)),
    ("direct P / R / F1", lambda s: _cell_prf(s.by_kind["direct"])),
    ("indirect P / R / F1", lambda s: _cell_prf(s.by_kind["indirect"])),
    ("mixed P / R / F1", lambda s: _cell_prf(s.by_kind["mixed"])),
    ("attributed quotes P / R / F1", lambda s: _cell_prf(s.attributed)),
    ("speaker accuracy on found quotes", lambda s: _cell_ratio(s.speaker)),
    ("source overlap accuracy", lambda s: _cell_ratio(s.source)),
    ("cue overlap accuracy", lambda s: _cell_ratio(s.cue)),
    ("not-quote false positives", lambda s: str(s.not_quote_fp)),
    ("crashes", lambda s: str(s.crashes)),
)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=Path(__file__).resolve().parent, capture_output=True, text=True, check=True
    ).stdout.strip()


def _version() -> str:
    """quoteattr's version and, in a git checkout, the commit measured."""
    import quoteattr

    version = f"quoteattr {getattr(quoteattr, '__version__', '?')}"
    try:
        commit = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--", ":/quoteattr")
    except (OSError, subprocess.CalledProcessError):
        return version
    return f"{version}, commit {commit}" + (" with uncommitted changes to quoteattr/" if dirty else "")


def format_markdown(all_scores: Sequence[Scores]) -> str:
    """One table, a column per gold file: the table of docs/quality.md."""
    header = "| metric | " + " | ".join(s.name.replace(".jsonl", "") for s in all_scores) + " |"
    rule = "| --- |" + " --- |" * len(all_scores)
    rows = [f"| {label} | " + " | ".join(cell(s) for s in all_scores) + " |" for label, cell in MARKDOWN_ROWS]
    return "\n".join([f"Measured with {_version()}.", "", header, rule, *rows])


# Command line


def parse_args(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSONL files")
    parser.add_argument("--errors", action="store_true", help="list misses, extras and wrong speakers")
    parser.add_argument(
        "--no-opinions", action="store_true", help="extract with Options(opinions=False), as in docs/getting-started.md"
    )
    parser.add_argument(
        "--parts",
        action="store_true",
        help="also score parts of each file: its odd and even lines (a development half and a blind one) "
        "and, with --split N, its first N documents and the rest",
    )
    parser.add_argument("--split", type=int, default=0, metavar="N", help="with --parts: where the first part ends")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON object per gold file")
    output.add_argument("--markdown", action="store_true", help="the table of docs/quality.md")
    return parser.parse_args(argv)


def _parts(
    name: str, documents: list[scoring.GoldDocument], parts: bool, split: int
) -> list[tuple[str, list[scoring.GoldDocument]]]:
    """The whole file, then (with ``parts``) its odd and even lines and the two sides of ``split``.

    Lines are counted from 1, as ``awk 'NR % 2 == 1'`` does: odd lines are documents 0, 2, 4, ...
    """
    found = [(name, documents)]
    if parts and len(documents) > 1:
        found += [(f"{name} odd lines", documents[0::2]), (f"{name} even lines", documents[1::2])]
        if 0 < split < len(documents):
            found += [(f"{name} first {split}", documents[:split]), (f"{name} after {split}", documents[split:])]
    return found


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    import quoteattr

    extract = functools.partial(quoteattr.extract, options=quoteattr.Options(opinions=not args.no_opinions))
    runs = []
    for path in args.gold:
        documents = scoring.load_gold(path)
        for name, part in _parts(path.name, documents, args.parts, args.split):
            runs.append(scoring.score(part, extract, name=name))

    if args.json:
        for scores, results in runs:
            summary = scores.as_dict()
            if args.errors:
                summary["errors"] = [errors_as_dicts(r) for r in results]
            print(json.dumps(summary, ensure_ascii=False))
        return 0
    if args.markdown:
        print(format_markdown([scores for scores, _ in runs]))
    else:
        print("\n\n".join(format_scores(scores) for scores, _ in runs))
    if args.errors:
        for scores, results in runs:
            listed = [text for text in map(format_errors, results) if text]
            print(f"\nerrors on {scores.name}:" if listed else f"\nno errors on {scores.name}")
            print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
