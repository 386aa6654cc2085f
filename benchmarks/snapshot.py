#!/usr/bin/env python3
"""Dump extract() output for a fixed set of articles, to check that a change keeps it.

Usage:
    python benchmarks/snapshot.py OUT.jsonl [INPUT.jsonl ...]
    cmp before.jsonl after.jsonl

Writes one line per article: its input file, line number and
``Document.to_dict()``, as JSON with sorted keys, so two runs compare byte
for byte. By default the inputs are the shared gold and news sets
(../shared/gold/seed.jsonl, ../shared/gold/dev.jsonl, ../shared/raw/news.jsonl
next to the repository). Only the "text" field of each input line is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

import quoteattr

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEFAULT_INPUTS = (
    SHARED / "gold" / "seed.jsonl",
    SHARED / "gold" / "dev.jsonl",
    SHARED / "raw" / "news.jsonl",
)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("inputs", nargs="*", type=Path, help="JSONL files with a 'text' field")
    args = parser.parse_args(argv)
    inputs = args.inputs or [p for p in DEFAULT_INPUTS if p.exists()]
    if not inputs:
        parser.error("no input files (and none of the shared defaults exist)")
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in inputs:
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    text = json.loads(line)["text"]
                    record = {"file": path.name, "line": number, "doc": quoteattr.extract(text).to_dict()}
                    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                    count += 1
    print(f"{count} documents from {len(inputs)} files -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
