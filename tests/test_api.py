"""The public API keeps its promises: JSON-ready records, checked options, the public surface."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from article import ARTICLE, ARTICLE_QUOTES, assert_article

import quoteattr
from quoteattr import Document, Options, Quote, Result, Span, Speaker, extract, extract_many
from quoteattr.cli import main

PACKAGE = Path(quoteattr.__file__).resolve().parent


# --- records as JSON -------------------------------------------------------------


def test_a_quote_on_its_own_reports_its_speaker():
    doc = extract(ARTICLE)
    quote = doc.quotes[1]  # «Мы уложимся в сроки и в бюджет», — сказал он
    alone = json.loads(json.dumps(quote.to_dict(), ensure_ascii=False))
    assert alone["source"]["text"] == "он"
    assert alone["speaker_name"] == "Иван Петров"
    assert alone["speaker"] == {
        "name": "Иван Петров",
        "kind": "person",
        "gender": "masc",
        "mentions": [
            {"start": 0, "end": 22, "text": "Мэр города Иван Петров"},
            {"start": 122, "end": 124, "text": "он"},
            {"start": 285, "end": 288, "text": "Мэр"},
        ],
    }
    in_document = quote.to_dict(doc.speakers)
    assert in_document["speaker"] == 0 and in_document["speaker_name"] == "Иван Петров"


@pytest.mark.io
def test_a_quote_without_a_speaker_says_so_both_ways():
    quote = Quote(Span(0, 2, "Да"), "direct")
    assert quote.to_dict()["speaker"] is None and quote.to_dict(())["speaker"] is None


@pytest.mark.io
def test_a_speaker_missing_from_the_speakers_given_is_an_error():
    quote = Quote(Span(0, 2, "Да"), "direct", speaker=Speaker("Иван Петров", "person"))
    with pytest.raises(ValueError, match="Иван Петров"):
        quote.to_dict(())


def test_document_round_trip_is_exact_and_shares_speakers():
    doc = extract(ARTICLE)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc
    assert_article(again)
    assert again.quotes[0].speaker is again.quotes[1].speaker is again.speakers[0]


def test_result_to_dict_goes_to_json():
    ok, failed = extract_many([("a1", ARTICLE), ("a2", None)])
    record = json.loads(json.dumps(ok.to_dict(), ensure_ascii=False))
    assert (record["index"], record["id"], record["ok"], record["error"]) == (0, "a1", True, None)
    assert_article(Document.from_dict(record["document"]))
    assert json.loads(json.dumps(failed.to_dict())) == {
        "index": 1,
        "id": "a2",
        "ok": False,
        "error": "TypeError: quoteattr.extract() takes str, got NoneType",
        "document": None,
    }
    assert Result(2, None, Document("")).to_dict()["document"] == {"text": "", "quotes": [], "speakers": []}


# --- options ------------------------------------------------------------------------

NOT_OPTIONS = [{}, 0, "", False, {"opinions": False}, [], 1, "opinions", True, Options]


@pytest.mark.io
@pytest.mark.parametrize("options", NOT_OPTIONS, ids=repr)
def test_extract_takes_only_options_or_none(options):
    with pytest.raises(TypeError, match=r"options must be a quoteattr\.Options or None, got "):
        extract("Да.", options=options)


@pytest.mark.io
@pytest.mark.parametrize("options", NOT_OPTIONS, ids=repr)
def test_extract_many_takes_only_options_or_none(options):
    with pytest.raises(TypeError, match=r"options must be a quoteattr\.Options or None, got "):
        extract_many(["Да."], options=options)


def test_none_and_options_are_taken():
    assert [q[2] for q in quotes(extract(ARTICLE, options=None))] == [q[2] for q in ARTICLE_QUOTES]
    no_opinions = extract(ARTICLE, options=Options(opinions=False))
    assert [q[2] for q in quotes(no_opinions)] == [q[2] for q in ARTICLE_QUOTES[:-1]]
    (result,) = extract_many([ARTICLE], options=Options(opinions=False))
    assert result.document == no_opinions


def quotes(doc):
    return [(q.kind, q.content.text, q.cue.text if q.cue else None) for q in doc.quotes]


# --- JSON Lines records: one check for the command line and extract_many -------------


@pytest.mark.parametrize(
    "record",
    [{"id": "x", "text": None}, {"id": "x", "text": 12}, {"id": "x", "text": ["a"]}, {"id": "x", "body": "Да."}],
    ids=["null", "number", "list", "no field"],
)
def test_a_bad_record_fails_alike_in_the_cli_and_extract_many(record, tmp_path, capsys):
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["--jsonl", str(path)]) == 1
    (written,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (result,) = extract_many([record])
    assert (written["id"], written["error"]) == (result.id, result.error) == ("x", result.error)
    assert result.error.split(":")[0] in ("TypeError", "KeyError")


# --- the public surface ---------------------------------------------------------------


@pytest.mark.io
def test_dir_shows_only_the_public_names():
    public = [name for name in dir(quoteattr) if not name.startswith("__")]
    assert public == sorted(quoteattr.__all__)
    assert "__version__" in dir(quoteattr)


@pytest.mark.io
def test_submodules_stay_importable():
    import quoteattr.spark
    from quoteattr.batch import quote_rows

    assert callable(quoteattr.spark.extract_quotes) and callable(quote_rows)


def _imports(path: Path) -> set[str]:
    """The package modules that ``path`` imports at run time, anywhere in it (functions
    included); imports for type checkers alone (``if TYPE_CHECKING:``) run never."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found & {p.stem for p in PACKAGE.glob("*.py")}


@pytest.mark.io
def test_no_import_cycle_between_modules():
    graph = {p.stem: _imports(p) for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    graph = {module: imported - {"__init__"} for module, imported in graph.items()}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == target or (nxt not in seen and reaches(nxt, target, seen | {nxt})):
                return True
        return False

    cycles = sorted(module for module in graph if reaches(module, module, set()))
    assert cycles == [], f"modules in an import cycle: {cycles}"


# --- speaker.mentions: what is included ----------------------------------------------------


def test_mentions_are_names_and_sources_of_quotes():
    text = (
        "Олег Смирнов прибыл в Москву. Он осмотрел мост. "
        "«Работы идут по плану», — сказал Смирнов. Он добавил, что мост откроют летом."
    )
    (speaker,) = extract(text).speakers
    # names that resolve to him, and the source of each of his quotes ("Он" of the last
    # sentence); the first "Он" is the source of no quote and is not listed
    assert [(m.start, m.text) for m in speaker.mentions] == [(0, "Олег Смирнов"), (81, "Смирнов"), (90, "Он")]
