"""The HTML view, the batch page, to_frame and the compact reprs.

Documents are built by hand here, so that the expected markup does not
depend on what extract() finds.
"""

import csv
import json
import re
import sys
from html.parser import HTMLParser

import pytest

import quoteattr
from quoteattr import Document, Quote, Result, Span, Speaker, render_html, to_frame
from quoteattr.cli import main
from quoteattr.render import OPEN_UP_TO, BatchPage
from quoteattr.schema import QUOTE_COLUMNS, ROW_FIELDS


def span(text, fragment, start=0):
    """The span of the first ``fragment`` in ``text`` at or after ``start``."""
    i = text.index(fragment, start)
    return Span(i, i + len(fragment), fragment)


class Tree(HTMLParser):
    """Parses the view: checks that tags nest, collects the text and the elements."""

    VOID = {"meta", "input", "br", "img", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, attrs)
        self.elements = []  # (tag, attrs, ancestors' classes)
        self.article = []  # text inside .qa-text, labels left out
        self.errors = []

    def classes(self, attrs):
        return (dict(attrs).get("class") or "").split()

    def handle_starttag(self, tag, attrs):
        ancestry = [c for _, a in self.stack for c in self.classes(a)]
        self.elements.append((tag, dict(attrs), ancestry))
        if tag not in self.VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        ancestry = [c for _, a in self.stack for c in self.classes(a)]
        if "qa-text" in ancestry and "qa-label" not in ancestry:
            self.article.append(data)

    def find(self, css_class, within="qa-text"):
        """The elements with this class (in the article text): (attributes, ancestors' classes)."""
        return [
            (attrs, ancestry)
            for _, attrs, ancestry in self.elements
            if css_class in (attrs.get("class") or "").split() and (within is None or within in ancestry)
        ]


def parse(html):
    tree = Tree()
    tree.feed(html)
    tree.close()
    assert tree.errors == []
    assert tree.stack == []
    return tree


PETROV = Speaker("Иван Петров", "person", gender="masc")
MINISTRY = Speaker("Минфин", "organization")


def interview():
    """A mixed quote with a direct fragment inside, a shared cue, an unattributed quote."""
    text = (
        "Иван Петров заявил, что «рынок устоял» и что цены упадут. "
        "«Мы готовы, — сказал он. — Ждём решения». "
        "В Минфине уверены, что курс стабилен. «Никто не уйдёт»."
    )
    cue = span(text, "сказал")
    source = span(text, "он.", 0)
    source = Span(source.start, source.start + 2, "он")
    quotes = (
        Quote(span(text, "«рынок устоял» и что цены упадут"), "mixed", span(text, "заявил"),
              span(text, "Иван Петров"), PETROV, "cue-that"),
        Quote(span(text, "рынок устоял"), "direct", span(text, "заявил"), span(text, "Иван Петров"),
              PETROV, "cue-that"),
        Quote(span(text, "Мы готовы"), "direct", cue, source, PETROV, "quote-cue-quote"),
        Quote(span(text, "Ждём решения"), "direct", cue, source, PETROV, "quote-cue-quote"),
        Quote(span(text, "курс стабилен"), "indirect", span(text, "уверены"), span(text, "Минфине"),
              MINISTRY, "cue-that"),
        Quote(span(text, "Никто не уйдёт"), "direct"),
    )
    return Document(text, quotes, (PETROV, MINISTRY))


HOSTILE_TEXT = (
    'Текст <script>alert(1)</script> и </span></div> и "onmouseover=alert(2) x=" '
    "и &lt;b&gt; и <img src=x onerror=alert(3)>. Он сказал: «<script>alert(4)</script>»."
)


def hostile():
    text = HOSTILE_TEXT
    evil = Speaker('<b onclick="alert(5)">Зло</b> & Co', "person", (span(text, "Он"),))
    quote = Quote(span(text, "<script>alert(4)</script>", 100), "direct", span(text, "сказал"),
                  span(text, "Он"), evil, 'rule"><script>alert(6)</script>')
    return Document(text, (quote,), (evil,))


# --- escaping -------------------------------------------------------------------


def test_hostile_text_is_escaped_and_kept_exactly():
    doc = hostile()
    page = render_html(doc)
    tree = parse(page)
    assert "".join(tree.article) == doc.text
    assert "<script" not in page and "<img" not in page and "<b " not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/span&gt;&lt;/div&gt;" in page
    assert "&quot;onmouseover=alert(2) x=&quot;" in page
    assert "&amp;lt;b&amp;gt;" in page  # the entity stays the literal text "&lt;b&gt;"
    assert "&lt;b onclick=&quot;alert(5)&quot;&gt;Зло&lt;/b&gt; &amp; Co" in page
    assert [tag for tag, _, _ in tree.elements].count("script") == 0
    # no attribute of any element came from the text
    assert not any(name.startswith("on") for _, attrs, _ in tree.elements for name in attrs)


def test_the_page_loads_nothing_and_forbids_scripts():
    page = render_html(interview())
    assert not re.search(r"https?://|//[a-z]|@import|<link|<script|url\(", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


# --- structure ------------------------------------------------------------------


def test_quotes_nest_and_the_text_is_kept():
    doc = interview()
    tree = parse(render_html(doc))
    assert "".join(tree.article) == doc.text
    quotes = tree.find("qa-q")
    assert [(a["data-q"], a["class"]) for a, _ in quotes] == [
        ("0", "qa-q qa-mixed"), ("1", "qa-q qa-direct"), ("2", "qa-q qa-direct"),
        ("3", "qa-q qa-direct"), ("4", "qa-q qa-indirect"), ("5", "qa-q qa-direct"),
    ]
    # the direct fragment sits inside the mixed quote
    inner = quotes[1][1]
    assert "qa-mixed" in inner


def test_each_quote_is_labelled_with_its_speaker_and_details():
    doc = interview()
    page = render_html(doc)
    tree = parse(page)
    labels = tree.find("qa-label")
    assert [a["data-q"] for a, _ in labels] == ["1", "0", "2", "3", "4", "5"]  # inner quote ends first
    assert all(a["tabindex"] == "0" for a, _ in labels)
    names = re.findall(r'<span class="qa-label"[^>]*>([^<]*)<', page)
    assert names == ["Иван Петров"] * 4 + ["Минфин", "no speaker"]
    tip = re.search(r'id="qa-q4">(.*?)</span></span>', page).group(1)
    assert re.findall(r"<b>(\w+)</b> ([^<]*)", tip) == [
        ("speaker", "Минфин (organization)"), ("kind", "indirect"), ("cue", "уверены"),
        ("source", "Минфине"), ("rule", "cue-that"),
    ]


def test_a_shared_cue_is_one_element_naming_both_quotes():
    tree = parse(render_html(interview()))
    cues = [a["data-q"] for a, _ in tree.find("qa-cue")]
    assert cues == ["0 1", "2 3", "4"]
    assert [a["data-q"] for a, _ in tree.find("qa-src")] == ["0 1", "2 3", "4"]


def test_crossing_spans_reopen_and_nest_properly():
    text = "один два три четыре пять"
    quotes = (
        Quote(span(text, "один два три"), "indirect", span(text, "три четыре")),
        Quote(span(text, "два три четыре"), "direct", None, span(text, "пять")),
    )
    doc = Document(text, quotes, ())
    tree = parse(render_html(doc))
    assert "".join(tree.article) == text
    # quote 1 starts inside quote 0 and goes on after it: two elements, one label
    assert [a["data-q"] for a, _ in tree.find("qa-q")] == ["0", "1", "1"]
    assert [a["data-q"] for a, _ in tree.find("qa-label")] == ["0", "1"]


def test_cue_and_source_inside_content_and_source_inside_cue():
    text = "По его словам, рынок устоял, сказал он."
    quote = Quote(span(text, "рынок устоял, сказал он"), "indirect", span(text, "По его словам"),
                  span(text, "его"), PETROV, "nominal-cue")
    other = Quote(Span(0, 3, "По "), "indirect", span(text, "сказал"), span(text, "он"), None, "x")
    tree = parse(render_html(Document(text, (quote, other), (PETROV,))))
    assert "".join(tree.article) == text
    source = tree.find("qa-src")
    assert "qa-cue" in source[0][1]  # "его" inside "По его словам"


def test_spans_outside_the_text_are_left_out():
    doc = Document("Да.", (Quote(Span(0, 2, "Да"), "direct", Span(5, 9, "xxxx"), Span(2, 2, "")),))
    tree = parse(render_html(doc))
    assert "".join(tree.article) == "Да."
    assert tree.find("qa-cue") == [] and tree.find("qa-src") == []


def test_speakers_list_counts_quotes_and_offers_a_filter():
    page = render_html(interview())
    tree = parse(page)
    picks = [(a["data-s"], a["name"]) for a, _ in tree.find("qa-pick", within="qa-speakers")]
    assert picks == [("0", "qa-speaker"), ("1", "qa-speaker"), ("none", "qa-speaker")]
    counts = re.findall(r'class="qa-count">(\d+)<', page)
    assert counts == ["6", "4", "1", "1"]  # all, Петров, Минфин, no speaker
    for s in ("0", "1", "none"):
        assert f'.qa-pick[data-s="{s}"]:checked) .qa-q[data-s="{s}"]' in page


def test_legend_names_every_kind_with_its_own_underline():
    page = render_html(interview())
    for kind, line in (("direct", "solid"), ("indirect", "dashed"), ("mixed", "dotted")):
        assert f'<span class="qa-key qa-{kind}">{kind}</span>' in page
        assert re.search(rf"\.qa-{kind} {{[^}}]*--qa-line: {line}", page)
    assert "prefers-color-scheme: dark" in page and "max-width: 40rem" in page


def test_fragment_for_notebooks_has_its_own_style_and_unique_ids():
    doc = interview()
    first, second = doc._repr_html_(), doc._repr_html_()
    assert first.startswith('<div class="qa-root"><style>') and "<!DOCTYPE" not in first
    ids = lambda html: set(re.findall(r' id="([^"]+)"', html))
    assert ids(first) and not ids(first) & ids(second)


def test_title_is_escaped():
    page = render_html(Document("Текст."), title="<i>x</i>")
    assert "<title>&lt;i&gt;x&lt;/i&gt;</title>" in page and "<h1>&lt;i&gt;x&lt;/i&gt;</h1>" in page


# --- batch page and command line ------------------------------------------------


def test_batch_page_lists_documents_and_speakers_across_them():
    page = BatchPage()
    page.add("one.txt", Result(0, "one", interview()))
    page.add("two.txt", Result(1, "two", hostile()))
    page.add("three.txt", Result(2, "three", Document("Тишина.", (), ())))
    page.add("<bad>", Result(3, "bad", None, "TypeError: <not text>"))
    html = page.html()
    tree = parse(html)
    assert '<p class="qa-meta">4 documents, 7 quotations, 1 failed</p>' in html
    rows = re.findall(r'<tr><td><a href="#(d\d)">([^<]*)</a></td><td class="qa-n">(\d+)</td></tr>', html)
    assert rows == [("d0", "one.txt", "6"), ("d1", "two.txt", "1"), ("d2", "three.txt", "0"), ("d3", "&lt;bad&gt;", "0")]
    speakers = re.findall(r"<tr><td>([^<]*) <span[^>]*>([^<]*)</span></td><td class=\"qa-n\">(\d+)</td>"
                          r"<td><details><summary>([^<]*)</summary>", html)
    assert speakers == [
        ("&lt;b onclick=&quot;alert(5)&quot;&gt;Зло&lt;/b&gt; &amp; Co", "person", "1", "1 document"),
        ("Иван Петров", "person", "4", "1 document"),
        ("Минфин", "organization", "1", "1 document"),
    ]
    assert "error: TypeError: &lt;not text&gt;" in html and "<script" not in html
    assert len(tree.find("qa-entry", within=None)) == 4
    assert {a.get("id") for a, _ in tree.find("qa-doc", within=None)} == {"d0", "d1", "d2"}


def test_a_speaker_in_several_documents_counts_each_document_once():
    page = BatchPage()
    for n in range(3):
        page.add(f"doc{n}", Result(n, n, interview()))
    html = page.html()
    assert '<td class="qa-n">12</td><td><details><summary>3 documents</summary>' in html


def test_large_batches_are_collapsed():
    small, large = BatchPage(), BatchPage()
    for n in range(OPEN_UP_TO):
        small.add(str(n), Result(n, n, interview()))
    for n in range(OPEN_UP_TO + 1):
        large.add(str(n), Result(n, n, interview()))
    assert small.html().count('<details class="qa-entry" open>') == OPEN_UP_TO
    assert large.html().count('<details class="qa-entry">') == OPEN_UP_TO + 1


ARTICLES = [
    ("n1", "«Мост откроют к осени», — сказала мэр Анна Смирнова журналистам."),
    ("n2", "Министр финансов Олег Волков заявил, что бюджет будет исполнен. Он добавил, что налоги не вырастут."),
    ("n3", "Сегодня в городе тепло и солнечно."),
    ("n4", None),
]
VALID_ARTICLES = ARTICLES[:3]


def write_jsonl(path, articles=ARTICLES):
    with open(path, "w", encoding="utf-8") as f:
        for id_, text in articles:
            f.write(json.dumps({"id": id_, "text": text}, ensure_ascii=False) + "\n")


def test_command_line_writes_one_page_for_a_batch(tmp_path):
    source = tmp_path / "articles.jsonl"
    write_jsonl(source)
    out = tmp_path / "report.html"
    assert main(["--jsonl", str(source), "--format", "html", "-o", str(out), "-q"]) == 1  # n4 fails
    html = out.read_text(encoding="utf-8")
    parse(html)
    assert "4 documents" in html and "1 failed" in html
    assert f"{source}:1 (id n1)" in html and "Анна Смирнова" in html and "Олег Волков" in html


def test_command_line_html_for_text_files(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("«Мост откроют к осени», — сказала мэр Анна Смирнова.", encoding="utf-8")
    out = tmp_path / "a.html"
    assert main(["--format", "html", str(article), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('class="qa-q qa-direct"') == 1 and '<details class="qa-entry" open>' in html


# --- to_frame -------------------------------------------------------------------


def test_to_frame_has_the_rows_of_the_csv_export(tmp_path):
    pd = pytest.importorskip("pandas")
    source = tmp_path / "articles.jsonl"
    write_jsonl(source, VALID_ARTICLES)  # the command line words its own errors for broken records
    out = tmp_path / "quotes.csv"
    main(["--jsonl", str(source), "--format", "csv", "-o", str(out), "-q"])
    with open(out, encoding="utf-8", newline="") as f:
        csv_rows = list(csv.DictReader(f))
    records = [{"id": i, "text": t} for i, t in VALID_ARTICLES]
    frame = to_frame(quoteattr.extract_many(records))
    assert list(frame.columns) == list(ROW_FIELDS) == [c.name for c in QUOTE_COLUMNS]
    as_csv = [
        {k: "" if v is None or pd.isna(v) else str(v) for k, v in row.items()}
        for row in frame.astype(object).to_dict("records")
    ]
    assert len(csv_rows) == 3  # quotes: 1 in n1, 2 in n2, none in n3
    assert as_csv == csv_rows


def test_to_frame_takes_documents_results_or_a_mix():
    pd = pytest.importorskip("pandas")
    doc = interview()
    frame = to_frame([doc, Result(5, "r", doc), Result(6, "bad", None, "TypeError: x")])
    assert frame["id"].tolist() == [0] * 6 + ["r"] * 6 + ["bad"]
    assert frame["quote_index"].tolist()[:6] == list(range(6))
    assert str(frame["content_start"].dtype) == "Int64" and frame["cue_start"].isna().tolist()[5]
    assert frame["speaker"].tolist()[:6] == ["Иван Петров"] * 4 + ["Минфин", pd.NA]
    assert len(to_frame(doc)) == 6
    empty = to_frame([])
    assert list(empty.columns) == list(ROW_FIELDS) and len(empty) == 0
    with pytest.raises(TypeError, match="Documents or Results"):
        to_frame(["text"])


def test_to_frame_without_pandas_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'quoteattr\[pandas\]'"):
        to_frame(interview())


# --- repr -----------------------------------------------------------------------


def test_reprs_are_short_and_name_the_speaker():
    doc = interview()
    long_doc = Document(doc.text * 40, doc.quotes, doc.speakers)
    assert repr(long_doc) == (
        "Document(text='Иван Петров заявил, что «рынок устоял» …' "
        f"({len(long_doc.text)} chars), quotes=6, speakers=2)"
    )
    assert repr(doc.quotes[2]) == (
        "Quote(kind='direct', content='Мы готовы', cue='сказал', source='он', "
        "speaker='Иван Петров', rule='quote-cue-quote')"
    )
    assert repr(hostile().speakers[0]).endswith("kind='person', gender=None, mentions=1)")
    assert "Speaker(" not in repr(doc.quotes)


def test_legend_names_every_quote_kind_in_order():
    from quoteattr.model import QUOTE_KINDS
    from quoteattr.render import KIND_NOTES

    assert tuple(KIND_NOTES) == QUOTE_KINDS
