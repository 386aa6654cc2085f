"""The HTML view: an article with its quotations highlighted, and a page for a batch.

:func:`render_html` shows one :class:`~quoteattr.Document`; :class:`BatchPage`
(behind ``quoteattr --format html``) many. Both give self-contained HTML: the
stylesheet (``quoteattr/data/view.css``) is inline, and there is no script at
all: hover and focus details and the speaker filter are plain CSS (radio
buttons and ``:has()``), so the view also works where scripts are off, and a
standalone page forbids scripts outright in its Content-Security-Policy.

The text is untrusted: every piece of it, and every name, cue and label, goes
through :func:`html.escape`. Quotations may nest or overlap, and cues and
sources may lie inside or outside them; the markup is built by splitting the
text at every span boundary and keeping a stack of open elements, so that
the tags always nest properly whatever the spans do.
"""

from __future__ import annotations

import collections
import functools
import itertools
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # model imports this module to show a Document in Jupyter
    from .batch import Result
    from .model import Document, Quote

#: What the legend says about each kind, in the words of the data model.
KIND_NOTES = {
    "direct": "in quote marks, verbatim",
    "indirect": "reported clause",
    "mixed": "clause with a quoted fragment",
}

_ROLE_RANK = {"quote": 0, "cue": 1, "source": 2}
_UNATTRIBUTED = "none"
_fragment_keys = itertools.count()

#: A batch page shows its documents open when it has at most this many,
#: collapsed otherwise (so that a page of thousands opens at once).
OPEN_UP_TO = 10


@functools.cache
def stylesheet() -> str:
    """The CSS of the view, shared by every page."""
    return resources.files("quoteattr").joinpath("data/view.css").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class _Layer:
    """One element over ``text[start:end]``: a quote's content, or a cue or source span.

    A cue or source shared by several quotes («Q1, — сказал X. — Q2») is one
    layer naming all of them.
    """

    start: int
    end: int
    role: str
    quotes: tuple[int, ...]

    def nesting_key(self) -> tuple[int, int, int, tuple[int, ...]]:
        """Outer elements first: earlier start, then longer span, then content before cue."""
        return (self.start, -self.end, _ROLE_RANK[self.role], self.quotes)


def _layers(doc: Document) -> list[_Layer]:
    shared: dict[tuple[str, int, int], list[int]] = {}
    layers = []
    length = len(doc.text)
    for i, quote in enumerate(doc.quotes):
        c = quote.content
        if 0 <= c.start < c.end <= length:
            layers.append(_Layer(c.start, c.end, "quote", (i,)))
        for role, span in (("cue", quote.cue), ("source", quote.source)):
            if span is not None and 0 <= span.start < span.end <= length:
                shared.setdefault((role, span.start, span.end), []).append(i)
    layers.extend(_Layer(start, end, role, tuple(qs)) for (role, start, end), qs in shared.items())
    return layers


class _DocumentView:
    """The markup of one document; ``key`` makes its ids unique on the page."""

    def __init__(self, doc: Document, key: str) -> None:
        self.doc = doc
        self.key = key
        self.speaker_ids = {speaker: str(n) for n, speaker in enumerate(doc.speakers)}

    def speaker_id(self, quote: Quote) -> str:
        if quote.speaker is None:
            return _UNATTRIBUTED
        return self.speaker_ids.get(quote.speaker, _UNATTRIBUTED)

    # --- the text ---------------------------------------------------------------

    def text(self) -> str:
        """The article with its layers as properly nested spans.

        The text is cut at every boundary of every layer; for each piece the
        open elements are those of the layers that cover it, outermost first.
        An element that must close while an inner one goes on (crossing
        spans) closes the inner one too, which reopens after it.
        """
        text = self.doc.text
        layers = _layers(self.doc)
        starting = collections.defaultdict(list)
        for layer in layers:
            starting[layer.start].append(layer)
        bounds = sorted({0, len(text), *(l.start for l in layers), *(l.end for l in layers)})
        out: list[str] = []
        stack: list[_Layer] = []
        for a, b in zip(bounds, bounds[1:]):
            wanted = sorted(
                [layer for layer in stack if layer.end > a] + starting[a], key=_Layer.nesting_key
            )
            keep = 0
            while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
                keep += 1
            out.extend(self.close(layer, a) for layer in reversed(stack[keep:]))
            out.extend(self.open(layer) for layer in wanted[keep:])
            stack = wanted
            out.append(escape(text[a:b]))
        out.extend(self.close(layer, len(text)) for layer in reversed(stack))
        return "".join(out)

    def open(self, layer: _Layer) -> str:
        quotes = " ".join(map(str, layer.quotes))
        if layer.role == "quote":
            quote = self.doc.quotes[layer.quotes[0]]
            return (
                f'<span class="qa-q qa-{escape(quote.kind)}" data-q="{quotes}" '
                f'data-s="{self.speaker_id(quote)}">'
            )
        css = "qa-cue" if layer.role == "cue" else "qa-src"
        return f'<span class="{css}" data-q="{quotes}">'

    def close(self, layer: _Layer, at: int) -> str:
        if layer.role == "quote" and at == layer.end:
            return self.label(layer.quotes[0]) + "</span>"
        return "</span>"

    def label(self, index: int) -> str:
        """The speaker's name after a quote; hover or focus shows the quote's details."""
        quote = self.doc.quotes[index]
        speaker = quote.speaker
        tip_id = f"{self.key}-q{index}"
        rows = [
            ("speaker", f"{speaker.name} ({speaker.kind})" if speaker else "none"),
            ("kind", quote.kind),
            ("cue", quote.cue.text if quote.cue else "none"),
            ("source", quote.source.text if quote.source else "none"),
            ("rule", quote.rule or "none"),
        ]
        tip = "".join(
            f'<span class="qa-tip-row"><b>{name}</b> {escape(value)}</span>' for name, value in rows
        )
        name = speaker.name if speaker else "no speaker"
        return (
            f'<span class="qa-label" tabindex="0" aria-describedby="{tip_id}" data-q="{index}">'
            f'{escape(name)}<span class="qa-tip" role="tooltip" id="{tip_id}">{tip}</span></span>'
        )

    # --- around the text --------------------------------------------------------

    def speakers(self) -> str:
        """The speakers with their number of quotes; choosing one highlights its quotes."""
        counts = collections.Counter(self.speaker_id(q) for q in self.doc.quotes)
        entries = [(self.speaker_ids[s], escape(s.name), escape(s.kind)) for s in self.doc.speakers]
        if counts[_UNATTRIBUTED]:
            entries.append((_UNATTRIBUTED, "no speaker", ""))
        name = f"{self.key}-speaker"
        items = [
            f'<label class="qa-speaker"><input type="radio" name="{name}" class="qa-all" checked> '
            f'all quotations <span class="qa-count">{len(self.doc.quotes)}</span></label>'
        ]
        items.extend(
            f'<label class="qa-speaker"><input type="radio" name="{name}" class="qa-pick" '
            f'data-s="{sid}"> {speaker_name} <span class="qa-kind">{kind}</span>'
            f'<span class="qa-count">{counts[sid]}</span></label>'
            for sid, speaker_name, kind in entries
        )
        return (
            '<fieldset class="qa-speakers"><legend>Speakers: choose one to highlight its quotations'
            f'</legend>{"".join(items)}</fieldset>'
        )

    def html(self, title: Optional[str] = None, legend: bool = True) -> str:
        doc = self.doc
        heading = f"<h1>{escape(title)}</h1>" if title else ""
        meta = (
            f'<p class="qa-meta">{_plural(len(doc.quotes), "quotation")}, '
            f'{_plural(len(doc.speakers), "speaker")}</p>'
        )
        return (
            f'<section class="qa-doc" id="{self.key}">{heading}{meta}'
            f'{legend_html() if legend else ""}'
            f'<div class="qa-text" lang="ru">{self.text()}</div>'
            f"{self.speakers() if doc.quotes else ''}</section>"
        )

    def speaker_slots(self) -> list[str]:
        return [*self.speaker_ids.values(), _UNATTRIBUTED]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def legend_html() -> str:
    """The key: each kind of quotation, the cue and the source as they appear."""
    kinds = "".join(
        f'<li><span class="qa-key qa-{kind}">{kind}</span> {KIND_NOTES[kind]}</li>' for kind in KIND_NOTES
    )
    return (
        f'<ul class="qa-legend" aria-label="Legend">{kinds}'
        '<li><span class="qa-cue">cue</span> speech verb or phrase</li>'
        '<li><span class="qa-src">source</span> who is named as saying it</li></ul>'
    )


def _filter_rules(slots: set[str]) -> str:
    """CSS that highlights the quotes of the chosen speaker, one selector per speaker slot."""
    if not slots:
        return ""
    chosen = [
        f'.qa-root .qa-doc:has(.qa-pick[data-s="{s}"]:checked) .qa-q[data-s="{s}"]' for s in sorted(slots)
    ]
    return (
        ",\n".join(chosen)
        + " { background: rgb(var(--qa-rgb) / calc(2 * var(--qa-tint))); border-bottom-color: var(--qa-c); }\n"
        + ",\n".join(f"{selector} > .qa-label" for selector in chosen)
        + " { opacity: 1; }\n"
    )


def _style(slots: set[str]) -> str:
    return f"<style>\n{stylesheet()}{_filter_rules(slots)}</style>"


def _page(title: str, body: str, slots: set[str]) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n"
        f"<title>{escape(title)}</title>\n{_style(slots)}\n</head>\n"
        f'<body><main class="qa-root">\n{body}\n</main></body></html>\n'
    )


def render_html(doc: Document, *, title: Optional[str] = None, standalone: bool = True) -> str:
    """The document as HTML: its text with every quotation highlighted by kind.

    Each quotation is tinted and underlined by kind (direct solid, indirect
    dashed, mixed dotted; a legend says which), its cue framed in bold, its
    source in italics with a wavy underline, and the speaker's name follows
    it; hovering over the quotation or focusing the name (Tab) shows speaker,
    kind, cue, source and rule. Below the text, the speakers with their
    number of quotations: choosing one highlights its quotations.

    ``standalone=True`` gives a whole page (``<!DOCTYPE html>`` ...), to save
    and open in a browser; ``False`` a ``<div>`` with its own ``<style>``, to
    put inside another page (this is what Jupyter shows for a Document).
    ``title`` is shown above the text and names the page. Every character of
    the text is escaped, and the page has no script.

    >>> import quoteattr
    >>> doc = quoteattr.extract("«Мы готовы», — заявил министр Иван Петров.")
    >>> page = quoteattr.render_html(doc)
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page
    (True, False)
    >>> '<span class="qa-q qa-direct" data-q="0" data-s="0">Мы готовы<span class="qa-label"' in page
    True
    """
    key = "qa" if standalone else f"qa{next(_fragment_keys)}"
    view = _DocumentView(doc, key)
    body = view.html(title)
    slots = set(view.speaker_slots())
    if standalone:
        return _page(title or "quoteattr", body, slots)
    return f'<div class="qa-root">{_style(slots)}{body}</div>'


class BatchPage:
    """One page for many documents: the list, the speakers across them, each document.

    Add results with :meth:`add` and get the page from :meth:`html`. Each
    document is rendered when it is added, in a ``<details>`` element that is
    open when the page has at most :data:`OPEN_UP_TO` documents and collapsed
    otherwise, so that a page of thousands of articles opens at once; the
    list at the top links to each (following a link opens it).

    >>> import quoteattr
    >>> page = BatchPage()
    >>> for result in quoteattr.extract_many([("a", "«Да», — сказал Иван Петров."), ("b", None)]):
    ...     page.add(str(result.id), result)
    >>> html = page.html()
    >>> "2 documents" in html, "1 failed" in html, '<details class="qa-entry" open>' in html
    (True, True, True)
    """

    def __init__(self, title: str = "quoteattr") -> None:
        self.title = title
        self.entries: list[tuple[str, str, int, str]] = []  # key, label, quotes, body
        self.failed = 0
        self.slots: set[str] = set()
        # speaker (name, kind) -> keys of the documents that quote it, and its quote count
        self.speaker_docs: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
        self.speaker_quotes: collections.Counter[tuple[str, str]] = collections.Counter()

    def add(self, label: str, result: Result) -> None:
        """Add one result of :func:`quoteattr.extract_many`, shown under ``label``."""
        key = f"d{len(self.entries)}"
        doc = result.document
        if doc is None:
            self.failed += 1
            body = f'<p class="qa-error" id="{key}">error: {escape(str(result.error))}</p>'
            self.entries.append((key, label, 0, body))
            return
        view = _DocumentView(doc, key)
        self.slots.update(view.speaker_slots())
        for speaker, count in collections.Counter(q.speaker for q in doc.quotes).items():
            if speaker is not None:
                self.speaker_docs[speaker.name, speaker.kind].append(key)
                self.speaker_quotes[speaker.name, speaker.kind] += count
        self.entries.append((key, label, len(doc.quotes), view.html(legend=False)))

    def html(self) -> str:
        """The whole page."""
        quotes = sum(n for _, _, n, _ in self.entries)
        summary = (
            f'<p class="qa-meta">{_plural(len(self.entries), "document")}, '
            f'{_plural(quotes, "quotation")}, {self.failed} failed</p>'
        )
        parts = [
            f"<h1>{escape(self.title)}</h1>",
            summary,
            legend_html(),
            "<h2>Documents</h2>",
            self._documents_table(),
            "<h2>Speakers across the documents</h2>",
            self._speakers_table(),
            "<h2>The documents</h2>",
        ]
        is_open = " open" if len(self.entries) <= OPEN_UP_TO else ""
        parts.extend(
            f'<details class="qa-entry"{is_open}><summary>{escape(label)}: {_plural(n, "quotation")}</summary>'
            f"{body}</details>"
            for key, label, n, body in self.entries
        )
        return _page(self.title, "\n".join(parts), self.slots)

    def _documents_table(self) -> str:
        rows = "".join(
            f'<tr><td><a href="#{key}">{escape(label)}</a></td><td class="qa-n">{n}</td></tr>'
            for key, label, n, _ in self.entries
        )
        return f'<table><tr><th>document</th><th class="qa-n">quotes</th></tr>{rows}</table>'

    def _speakers_table(self) -> str:
        labels = {key: label for key, label, _, _ in self.entries}
        ranked = sorted(self.speaker_docs.items(), key=lambda item: (-len(item[1]), item[0]))
        rows = "".join(
            f"<tr><td>{escape(name)} <span class=\"qa-kind\">{escape(kind)}</span></td>"
            f'<td class="qa-n">{self.speaker_quotes[name, kind]}</td>'
            f'<td><details><summary>{_plural(len(keys), "document")}</summary>'
            + ", ".join(f'<a href="#{k}">{escape(labels[k])}</a>' for k in keys)
            + "</details></td></tr>"
            for (name, kind), keys in ranked
        )
        return (
            '<table><tr><th>speaker</th><th class="qa-n">quotes</th><th>quoted in</th></tr>'
            f"{rows}</table>"
        )
