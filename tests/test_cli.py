"""The quoteattr command line, run in-process through main(argv) and once as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from article import (
    ARTICLE,
    ARTICLE_PATH,
    ARTICLE_QUOTES,
    ARTICLE_QUOTES_NO_OPINIONS,
    SENTENCES,
    assert_article,
    quotes_of,
    row_quote,
)

import quoteattr
from quoteattr import Document, Result, extract
from quoteattr.batch import ROW_FIELDS, quote_rows
from quoteattr.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "verkhnegorsk.txt"
TEXTS = [ARTICLE, *SENTENCES]
EXPECTED = {ARTICLE: ARTICLE_QUOTES, **SENTENCES}
FIRST = next(iter(SENTENCES))  # «Мы готовы к диалогу», — заявил министр Иван Петров.

# The table of ARTICLE, as the command line prints it.
ARTICLE_TABLE = """\
SPEAKER         CUE        KIND      QUOTE
Иван Петров     заявил     indirect  ремонт моста через реку завершится к осени
Иван Петров     сказал     direct    Мы уложимся в сроки и в бюджет
Анна Смирнова   По словам  indirect  деньги на ремонт уже выделены
Анна Смирнова   добавила   direct    Подрядчик работает без выходных
Иван Петров     сообщил    mixed     движение по мосту откроют «в первый день сентября»
Олег Сидоров    пообещал   indirect  рабочих станет больше
Олег Сидоров    уточнил    direct    Новая техника придет на следующей неделе
Мария Ковалева  считает    indirect  мост прослужит еще полвека
"""


@pytest.fixture
def articles(tmp_path):
    """A directory with one .txt file per test text, and a file that is not .txt."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(TEXTS[:4]):
        (folder / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("не статья", encoding="utf-8")
    return folder


@pytest.fixture
def jsonl(tmp_path):
    """A JSON Lines file with good records and every kind of bad line."""
    lines = [json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(TEXTS)]
    lines += [
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "num", "text": 12}),
        json.dumps({"id": "null", "text": None}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "last", "text": ARTICLE}, ensure_ascii=False),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def json_records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def assert_one_line_error(err: str, *words: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quoteattr: ")
    for word in words:
        assert word in lines[0]


# --- text files ---------------------------------------------------------------


def test_table_has_a_header_and_the_table_per_file(articles, capsys):
    files = sorted(articles.glob("*.txt"))
    assert main([str(f) for f in files[:2]]) == 0
    out = capsys.readouterr().out
    first_table = (
        "SPEAKER      CUE     KIND    QUOTE\n"
        "Иван Петров  заявил  direct  Мы готовы к диалогу\n"
    )
    assert out == f"== {files[0]} ==\n{ARTICLE_TABLE}\n== {files[1]} ==\n{first_table}\n"


def test_article_prints_its_table(capsys):
    assert main([str(ARTICLE_PATH)]) == 0
    out, err = capsys.readouterr()
    assert out == f"== {ARTICLE_PATH} ==\n{ARTICLE_TABLE}\n"
    assert err == ""


def test_example_article_prints_a_table(capsys):
    assert main([str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"== {EXAMPLE} ==\nSPEAKER ")
    assert "Соловьев" in out
    assert err == ""


def test_json_of_a_directory_is_one_object_per_txt_file_in_order(articles, capsys):
    assert main(["--json", str(articles)]) == 0
    records = json_records(capsys.readouterr().out)
    files = sorted(articles.glob("*.txt"))
    assert [r["id"] for r in records] == [str(f) for f in files]
    for record, text in zip(records, TEXTS):
        assert quotes_of(Document.from_dict(record)) == EXPECTED[text]
        assert Document.from_dict(record) == extract(text)  # the command line writes what extract() returns
    assert_article(Document.from_dict(records[0]))


def test_stdin_text_to_stdout(monkeypatch, capsys):
    set_stdin(monkeypatch, ARTICLE.encode("utf-8"))
    assert main(["--format", "json", "-"]) == 0
    (record,) = json_records(capsys.readouterr().out)
    assert record["id"] == "<stdin>"
    assert_article(Document.from_dict(record))
    assert Document.from_dict(record) == extract(ARTICLE)


def test_no_opinions_flag(capsys):
    assert main(["--json", "--no-opinions", str(ARTICLE_PATH)]) == 0
    (record,) = json_records(capsys.readouterr().out)
    assert_article(Document.from_dict(record), ARTICLE_QUOTES_NO_OPINIONS)


def test_utf8_bom_is_dropped(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode("utf-8") + ARTICLE.encode("utf-8"))
    assert main(["--json", str(path)]) == 0
    assert_article(Document.from_dict(json_records(capsys.readouterr().out)[0]))


# --- JSON Lines -----------------------------------------------------------------


def test_jsonl_one_output_line_per_input_line_with_error_records(jsonl, tmp_path, capsys):
    out_path = tmp_path / "out.jsonl"
    status = main(["--jsonl", str(jsonl), "--text-field", "text", "--id-field", "id", "-o", str(out_path)])
    assert status == 1
    records = json_records(out_path.read_text(encoding="utf-8"))
    n = len(TEXTS)
    assert [r["line"] for r in records] == [*range(1, n + 6), n + 7]  # the blank line is skipped
    for i, text in enumerate(TEXTS):
        assert records[i]["id"] == f"n{i}"
        assert quotes_of(Document.from_dict(records[i])) == EXPECTED[text]
        assert Document.from_dict(records[i]) == extract(text)
    bad = records[n : n + 5]
    assert [r["id"] for r in bad] == [None, "no-text", "num", "null", None]
    assert [r["error"].split(":")[0] for r in bad] == [
        "JSONDecodeError", "KeyError", "TypeError", "TypeError", "TypeError"
    ]
    assert all("quotes" not in r for r in bad)
    assert records[-1]["id"] == "last" and "error" not in records[-1]
    assert_article(Document.from_dict(records[-1]))
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, f"5 of {n + 6} records failed", f"in.jsonl:{n + 1}")


def test_jsonl_with_two_jobs_writes_the_same(jsonl, capsys):
    main(["--jsonl", str(jsonl)])
    one = capsys.readouterr().out
    main(["--jsonl", str(jsonl), "--jobs", "2", "--batch-size", "2"])
    assert capsys.readouterr().out == one
    assert_article(Document.from_dict(json_records(one)[0]))


def test_jsonl_custom_fields_through_stdin_and_stdout(monkeypatch, capsys):
    lines = [json.dumps({"key": k, "body": t}, ensure_ascii=False) for k, t in enumerate(TEXTS[:3])]
    set_stdin(monkeypatch, "\n".join(lines).encode("utf-8"))
    assert main(["--jsonl", "-", "--text-field", "body", "--id-field", "key", "-o", "-"]) == 0
    records = json_records(capsys.readouterr().out)
    assert [(r["id"], r["line"]) for r in records] == [(0, 1), (1, 2), (2, 3)]
    assert [quotes_of(Document.from_dict(r)) for r in records] == [EXPECTED[t] for t in TEXTS[:3]]
    assert [Document.from_dict(r) for r in records] == [extract(t) for t in TEXTS[:3]]


@pytest.mark.io
def test_jsonl_line_that_is_not_utf8_is_an_error_record(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": 1, "text": "\xff"}\n' + json.dumps({"id": 2, "text": "Да."}).encode())
    assert main(["--jsonl", str(path)]) == 1
    first, second = json_records(capsys.readouterr().out)
    assert first["line"] == 1 and first["error"].startswith("UnicodeDecodeError: not UTF-8")
    assert second["id"] == 2 and "error" not in second


# --- CSV ------------------------------------------------------------------------


def expected_rows(pairs) -> list[dict]:
    """CSV rows as text, from extract() of each (id, text): the command line writes what the library finds."""
    rows = []
    for id_, text in pairs:
        for row in quote_rows(Result(0, id_, extract(text))):
            rows.append({k: "" if v is None else str(v) for k, v in row.items()})
    return rows


def csv_quotes(rows: list[dict], texts: dict[str, str]) -> list[tuple]:
    """(id, quote index, quote) of each CSV row of a quote; ``texts`` by id, for the offsets."""
    return [(r["id"], int(r["quote_index"]), row_quote(r, texts[r["id"]])) for r in rows if not r["error"]]


def expected_csv(pairs) -> list[tuple]:
    """What csv_quotes() must give for these (id, text) pairs, from the hand-written quotes."""
    return [(id_, n, quote) for id_, text in pairs for n, quote in enumerate(EXPECTED[text])]


def test_csv_has_one_row_per_quote(jsonl, capsys):
    assert main(["--jsonl", str(jsonl), "--format", "csv"]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == ROW_FIELDS
    errors = [r for r in rows if r["error"]]
    pairs = [(f"n{i}", t) for i, t in enumerate(TEXTS)] + [("last", ARTICLE)]
    assert csv_quotes(rows, dict(pairs)) == expected_csv(pairs)
    assert [r for r in rows if not r["error"]] == expected_rows(pairs)
    assert {r["speaker_kind"] for r in rows if not r["error"]} == {"person"}
    assert {r["rule"] for r in rows if not r["error"]} >= {"quote-cue", "cue-that", "nominal-cue"}
    assert [r["id"] for r in errors] == ["", "no-text", "num", "null", ""]


@pytest.mark.io
def test_csv_header_is_written_even_without_quotes(tmp_path, capsys):
    path = tmp_path / "calm.txt"
    path.write_text("Вчера в городе прошел дождь.", encoding="utf-8")
    assert main(["--format", "csv", str(path)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.split(",") == list(ROW_FIELDS)


def test_csv_of_a_clear_sentence(tmp_path, capsys):
    path = tmp_path / "minister.txt"
    path.write_text(FIRST, encoding="utf-8")
    assert main(["--format", "csv", "-o", "-", str(path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        {
            "id": str(path), "quote_index": "0", "kind": "direct", "speaker": "Иван Петров",
            "speaker_kind": "person", "cue": "заявил", "source": "министр Иван Петров",
            "content": "Мы готовы к диалогу", "content_start": "1", "content_end": "20",
            "cue_start": "25", "cue_end": "31", "source_start": "32", "source_end": "51",
            "rule": "quote-cue", "error": "",
        }
    ]


def test_csv_of_the_article(capsys):
    assert main(["--format", "csv", str(ARTICLE_PATH)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    pairs = [(str(ARTICLE_PATH), ARTICLE)]
    assert csv_quotes(rows, dict(pairs)) == expected_csv(pairs)


# --- errors and exit statuses ---------------------------------------------------


@pytest.mark.io
def test_missing_path(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, "nope.txt", "no such file")


@pytest.mark.io
def test_directory_where_a_jsonl_file_is_expected(tmp_path, capsys):
    assert main(["--jsonl", str(tmp_path)]) == 2
    assert_one_line_error(capsys.readouterr().err, "is a directory")


@pytest.mark.io
def test_directory_without_txt_files(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert_one_line_error(capsys.readouterr().err, "no .txt files")


@pytest.mark.io
def test_output_to_a_directory(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Да.", encoding="utf-8")
    assert main([str(path), "-o", str(tmp_path)]) == 2
    assert_one_line_error(capsys.readouterr().err, "is a directory")


def test_file_not_utf8_is_reported_and_others_go_on(tmp_path, capsys):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes("Привет".encode("cp1251"))
    good.write_text(ARTICLE, encoding="utf-8")
    assert main(["--json", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    first, second = json_records(out)
    assert first["id"] == str(bad) and first["error"].startswith("UnicodeDecodeError: not UTF-8")
    assert_article(Document.from_dict(second))
    assert Document.from_dict(second) == extract(ARTICLE)
    lines = err.strip().splitlines()
    assert "Traceback" not in err and len(lines) == 2
    assert "bad.txt" in lines[0] and "not UTF-8" in lines[0]
    assert "1 of 2 documents failed" in lines[1]


@pytest.mark.io
def test_unreadable_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "secret.txt"
    path.write_text("Да.", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert main(["--format", "table", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "secret.txt: PermissionError: Permission denied" in err


@pytest.mark.io
def test_bad_arguments_exit_2(capsys):
    for argv in ([], ["--jobs", "-1", "x"], ["--batch-size", "0", "x"], ["--format", "xml", "x"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.io
def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"quoteattr {quoteattr.__version__}"
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    for flag in ("--jsonl", "--text-field", "--id-field", "--format", "--json", "--output", "--jobs", "--quiet"):
        assert flag in help_text


# --- progress -------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.io
@pytest.mark.parametrize("quiet", [False, True])
def test_progress_bar_only_on_a_terminal_and_not_with_quiet(jsonl, monkeypatch, capsys, quiet):
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["--jsonl", str(jsonl), *(["--quiet"] if quiet else [])])
    records = json_records(capsys.readouterr().out)
    assert len(records) == len(TEXTS) + 6
    bar = terminal.getvalue()
    assert ("doc/s" in bar) is not quiet
    assert f"/{len(TEXTS) + 6}" in bar or quiet  # a total, hence an ETA


@pytest.mark.io
def test_no_progress_bar_when_stderr_is_not_a_terminal(jsonl, capsys):
    main(["--jsonl", str(jsonl)])
    assert "doc/s" not in capsys.readouterr().err


# --- a real process -------------------------------------------------------------


def console_script() -> list[str]:
    script = Path(sys.executable).parent / "quoteattr"
    if script.exists():
        return [str(script)]
    found = shutil.which("quoteattr")
    return [found] if found else [sys.executable, "-m", "quoteattr.cli"]


def test_console_script_in_a_pipeline(tmp_path):
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(TEXTS[:3])]
    data = ("\n".join(lines) + "\nnot json\n").encode("utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [*console_script(), "--jsonl", "-", "--format", "csv", "-o", "-", "--jobs", "2"],
        input=data, capture_output=True, env=env, timeout=300, check=False,
    )
    assert run.returncode == 1, run.stderr.decode()
    err = run.stderr.decode("utf-8")
    assert "Traceback" not in err and "1 of 4 records failed" in err
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))))
    pairs = [(str(i), t) for i, t in enumerate(TEXTS[:3])]
    assert csv_quotes(rows, dict(pairs)) == expected_csv(pairs)
    assert [r for r in rows if not r["error"]] == expected_rows(enumerate(TEXTS[:3]))
    assert [r["error"].split(":")[0] for r in rows if r["error"]] == ["JSONDecodeError"]


@pytest.mark.io
def test_lone_surrogate_is_an_error_record_not_a_crash(tmp_path, capsys):
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"id": 1, "text": "a\\ud800b"}\n{"id": 2, "text": "\\u0414\\u0430."}\n', encoding="ascii")
    assert main(["--jsonl", str(path), "--format", "csv"]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["id"] == "1" and rows[0]["error"].startswith("UnicodeError")
    assert all(not r["error"] for r in rows[1:])


def test_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "many.jsonl"
    record = json.dumps({"id": 0, "text": FIRST}, ensure_ascii=False)
    path.write_text("\n".join([record] * 300) + "\n", encoding="utf-8")
    cli = subprocess.Popen([*console_script(), "--jsonl", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = cli.stdout.readline()
    cli.stdout.close()  # like `| head -n 1`
    err = cli.stderr.read().decode("utf-8")
    cli.wait(timeout=300)
    assert json.loads(first)["id"] == 0
    assert quotes_of(Document.from_dict(json.loads(first))) == SENTENCES[FIRST]
    assert "Traceback" not in err and "Exception ignored" not in err
