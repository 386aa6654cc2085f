"""The ``quoteattr`` command line: who said what in text files and JSON Lines archives.

Run ``quoteattr --help`` for the flags; ``docs/scale.md`` has examples.
Exit status: 0 when every document was processed, 1 when some failed (each
failure is an error record in the output and a summary line on stderr), 2 for
a usage error or an input or output path that cannot be used.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Sequence

from . import __version__
from .batch import DEFAULT_BATCH_SIZE, Failed, Result, extract_many, quote_rows, record_entry
from .pipeline import Options
from .render import BatchPage
from .schema import ROW_FIELDS

PROG = "quoteattr"
STDIO = "-"

EPILOG = """\
examples:
  quoteattr docs/examples/verkhnegorsk.txt    a table of the quotes of one article
  quoteattr --json articles/                  every .txt file below a directory, as JSON Lines
  quoteattr --jsonl articles.jsonl --text-field text --id-field id -o quotes.jsonl --jobs 4
  cat articles.jsonl | quoteattr --jsonl - --format csv > quotes.csv
  quoteattr --jsonl articles.jsonl --format html -o report.html   one page to read in a browser

exit status: 0 all documents processed; 1 some documents failed (error records
in the output, a summary on stderr); 2 usage error or unusable input/output path.
"""


class UsageError(Exception):
    """A problem with the command line or a path: one line on stderr, exit status 2."""


@dataclass(frozen=True)
class Origin:
    """Where a document came from: a file, and a line number for JSON Lines."""

    path: str
    line: Optional[int] = None

    def __str__(self) -> str:
        name = "<stdin>" if self.path == STDIO else self.path
        return name if self.line is None else f"{name}:{self.line}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Find quotations, speech cues and speakers in Russian news text.\n"
            "Inputs are UTF-8 text files, directories of .txt files (recursively), or\n"
            "with --jsonl JSON Lines files of one article per line; '-' is standard input."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="input file, directory or '-'")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    source = parser.add_argument_group("input")
    source.add_argument(
        "--jsonl",
        action="store_true",
        help="inputs are JSON Lines: one JSON object per line (blank lines are skipped)",
    )
    source.add_argument(
        "--text-field", default="text", metavar="NAME", help="JSONL field with the text (default: text)"
    )
    source.add_argument(
        "--id-field", default="id", metavar="NAME", help="JSONL field with the document id (default: id)"
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "--format",
        choices=("table", "json", "csv", "html"),
        help=(
            "table: a readable table per document; json: one JSON object per document "
            "and line (Document.to_dict() plus id); csv: one row per quote; html: one "
            "self-contained page for all documents, written at the end. "
            "Default: table, or json with --jsonl"
        ),
    )
    output.add_argument(
        "--json", dest="format", action="store_const", const="json", help="same as --format json"
    )
    output.add_argument(
        "-o", "--output", default=STDIO, metavar="PATH", help="write here instead of standard output"
    )
    output.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    run = parser.add_argument_group("processing")
    run.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per CPU)"
    )
    run.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"documents per task sent to a worker (default {DEFAULT_BATCH_SIZE})",
    )
    run.add_argument(
        "--no-opinions",
        action="store_true",
        help="do not report statements introduced by verbs of opinion (считает, уверен)",
    )
    return parser


# --- reading ------------------------------------------------------------------


def _read_stdin_bytes() -> bytes:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    return buffer.read() if buffer is not None else stream.read().encode("utf-8")


def _decode_error(data: bytes, error: UnicodeDecodeError) -> str:
    return f"UnicodeDecodeError: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"


def _text_files(paths: Sequence[str]) -> list[str]:
    """The text files to read: files as given, directories expanded to their .txt files."""
    files: list[str] = []
    for name in paths:
        if name == STDIO:
            files.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise UsageError(f"{name}: no .txt files in this directory")
            files.extend(found)
        elif path.exists():
            files.append(name)
        else:
            raise UsageError(f"{name}: no such file or directory")
    return files


def _read_text_files(files: Sequence[str], origins: collections.deque[Origin]) -> Iterator[object]:
    for name in files:
        origin = Origin(name)
        origins.append(origin)
        try:
            data = _read_stdin_bytes() if name == STDIO else Path(name).read_bytes()
        except OSError as error:
            yield Failed(str(origin), f"{type(error).__name__}: {error.strerror or error}")
            continue
        try:
            yield (str(origin), data.decode("utf-8-sig"))
        except UnicodeDecodeError as error:
            yield Failed(str(origin), _decode_error(data, error))


def _open_jsonl(paths: Sequence[str]) -> list[tuple[str, IO[bytes]]]:
    """Open every JSON Lines input up front, so that a bad path stops the run before it starts."""
    opened: list[tuple[str, IO[bytes]]] = []
    for name in paths:
        if name == STDIO:
            stream = getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode("utf-8"))
            opened.append((name, stream))
            continue
        path = Path(name)
        if path.is_dir():
            raise UsageError(f"{name}: is a directory, expected a JSON Lines file")
        if not path.exists():
            raise UsageError(f"{name}: no such file")
        try:
            opened.append((name, path.open("rb")))
        except OSError as error:
            raise UsageError(f"{name}: cannot read: {error.strerror or error}") from None
    return opened


def _parse_record(raw: bytes, text_field: str, id_field: str) -> object:
    """A JSONL line as a record for extract_many, or a :class:`Failed` saying what is wrong."""
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        return Failed(None, _decode_error(raw, error))
    except json.JSONDecodeError as error:
        return Failed(None, f"JSONDecodeError: not valid JSON: {error}")
    if not isinstance(record, dict):
        return Failed(None, f"TypeError: expected a JSON object, got {type(record).__name__}")
    id_, text, problem = record_entry(record, text_field, id_field)
    if problem is not None:
        return Failed(id_, problem)
    if not _is_unicode(text) or (isinstance(id_, str) and not _is_unicode(id_)):
        # A lone surrogate escape such as "\ud800": not text, and not writable as UTF-8.
        id_ = id_ if _is_unicode(str(id_)) else None
        return Failed(id_, "UnicodeError: the record holds a lone surrogate (\\ud800-\\udfff), not valid text")
    return (id_, text)


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _read_jsonl(
    streams: Sequence[tuple[str, IO[bytes]]], text_field: str, id_field: str, origins: collections.deque[Origin]
) -> Iterator[object]:
    for name, stream in streams:
        with contextlib.closing(stream) if name != STDIO else contextlib.nullcontext():
            for number, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                origins.append(Origin(name, number))
                yield _parse_record(raw, text_field, id_field)


def _count_lines(streams: Sequence[tuple[str, IO[bytes]]]) -> Optional[int]:
    """The number of non-blank lines, for the progress bar; None for stdin or a pipe."""
    if not all(stream.seekable() for _, stream in streams):
        return None
    total = 0
    for _, stream in streams:
        total += sum(1 for line in stream if line.strip())
        stream.seek(0)
    return total


# --- writing ------------------------------------------------------------------


class Writer:
    """Writes results in one format; ``close()`` ends the output."""

    def __init__(self, out: IO[str], jsonl_input: bool) -> None:
        self.out = out
        self.jsonl_input = jsonl_input

    def write(self, result: Result, origin: Origin) -> None:
        raise NotImplementedError

    def label(self, result: Result, origin: Origin) -> str:
        """How a document is named: its file, or file:line and the record's id."""
        if self.jsonl_input and result.id is not None:
            return f"{origin} (id {result.id})"
        return str(origin)

    def close(self) -> None:
        self.out.flush()


class TableWriter(Writer):
    def write(self, result: Result, origin: Origin) -> None:
        body = str(result.document) if result.document is not None else f"error: {result.error}"
        self.out.write(f"== {self.label(result, origin)} ==\n{body}\n\n")


class JsonWriter(Writer):
    def write(self, result: Result, origin: Origin) -> None:
        record: dict[str, Any] = {"id": result.id}
        if self.jsonl_input:
            record["line"] = origin.line
        if result.document is not None:
            record.update(result.document.to_dict())
        else:
            record["error"] = result.error
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")


class CsvWriter(Writer):
    def __init__(self, out: IO[str], jsonl_input: bool) -> None:
        super().__init__(out, jsonl_input)
        self.csv = csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
        self.csv.writeheader()

    def write(self, result: Result, origin: Origin) -> None:
        self.csv.writerows(quote_rows(result))


class HtmlWriter(Writer):
    """One page for the whole run (:class:`quoteattr.render.BatchPage`), written on close."""

    def __init__(self, out: IO[str], jsonl_input: bool) -> None:
        super().__init__(out, jsonl_input)
        self.page = BatchPage()

    def write(self, result: Result, origin: Origin) -> None:
        self.page.add(self.label(result, origin), result)

    def close(self) -> None:
        self.out.write(self.page.html())
        super().close()


WRITERS = {"table": TableWriter, "json": JsonWriter, "csv": CsvWriter, "html": HtmlWriter}


def _stdout() -> IO[str]:
    out = sys.stdout
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(out, "buffer"):
        return io.TextIOWrapper(out.buffer, encoding="utf-8", newline="\n", write_through=True)
    return out


def _open_output(name: str) -> IO[str]:
    if name == STDIO:
        return _stdout()
    path = Path(name)
    if path.is_dir():
        raise UsageError(f"{name}: is a directory, expected an output file")
    try:
        return path.open("w", encoding="utf-8", newline="")
    except OSError as error:
        raise UsageError(f"{name}: cannot write: {error.strerror or error}") from None


def _progress(total: Optional[int]) -> Any:
    """A tqdm bar on stderr: documents, documents per second and, with a total, the ETA."""
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _say(message: str, bar: Any = None) -> None:
    line = f"{PROG}: {message}"
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


# --- main ---------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    origins: collections.deque[Origin] = collections.deque()
    show_progress = not args.quiet and sys.stderr.isatty()
    if args.jsonl:
        streams = _open_jsonl(args.paths)
        total = _count_lines(streams) if show_progress else None
        items = _read_jsonl(streams, args.text_field, args.id_field, origins)
    else:
        files = _text_files(args.paths)
        total = len(files)
        items = _read_text_files(files, origins)
    fmt = args.format or ("json" if args.jsonl else "table")
    out = _open_output(args.output)
    options = Options(opinions=not args.no_opinions)
    results = extract_many(items, jobs=args.jobs, batch_size=args.batch_size, options=options)
    writer = WRITERS[fmt](out, jsonl_input=args.jsonl)
    bar = _progress(total) if show_progress else None
    done = failed = 0
    first_failure = ""
    try:
        for result in results:
            origin = origins.popleft()
            writer.write(result, origin)
            done += 1
            if not result.ok:
                failed += 1
                first_failure = first_failure or f"{origin}: {result.error}"
                if not args.jsonl:  # whole files: one line each; JSONL lines: the summary below
                    _say(f"{origin}: {result.error}", bar)
            if bar is not None:
                bar.update()
    finally:
        if bar is not None:
            bar.close()
        writer.close()
        if args.output != STDIO:
            out.close()
        elif out is not sys.stdout and isinstance(out, io.TextIOWrapper):
            out.detach()  # our UTF-8 wrapper: leave sys.stdout's buffer open
    if failed:
        what = "record" if args.jsonl else "document"
        summary = f"{failed} of {done} {what}s failed (error records are in the output)"
        if args.jsonl:
            summary += f"; first: {first_failure}"
        _say(summary)
        return 1
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jobs < 0:
        parser.error("--jobs must be 0 (one per CPU) or more")
    if args.batch_size < 1:
        parser.error("--batch-size must be 1 or more")
    try:
        return run(args)
    except UsageError as error:
        _say(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except OSError as error:  # e.g. the disk is full, or an input fails while being read
        _say(f"error: {error.strerror or error}" + (f": {error.filename}" if error.filename else ""))
        return 2


if __name__ == "__main__":
    sys.exit(main())
