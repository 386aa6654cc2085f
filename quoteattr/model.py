"""The data model: immutable records over one text.

Every record points into ``Document.text`` by character offsets, so
``doc.text[span.start:span.end] == span.text`` holds for every span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Optional

QuoteKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "group", "unknown"]

QUOTE_KINDS = ("direct", "indirect", "mixed")
SPEAKER_KINDS = ("person", "organization", "group", "unknown")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A stretch of the document text: ``text == doc.text[start:end]``.

    >>> Span(0, 6, "Привет")
    Span(start=0, end=6, text='Привет')
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span of ``text[start:end]``.

        >>> Span.of("Он сказал", 3, 9).text
        'сказал'
        """
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Span":
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Speaker:
    """An entity that speaks in the document, resolved across all its mentions.

    ``name`` is the fullest name in the nominative ("Александр Лукашенко"),
    ``kind`` one of ``person``, ``organization``, ``group`` or ``unknown``,
    and ``gender`` ``"masc"``, ``"femn"`` or None when unknown.

    ``mentions`` are the spans, in text order, that name the entity or that
    a quote of it is attributed to: (1) every person name outside quotations
    that resolves to the entity ("Драгиша Йованович прибыл", "Йованович"),
    whether or not it is a quote's source, and (2) the source of each quote
    of the entity, whatever its form: a name, a role ("Мэр"), a pronoun
    ("он", "его"), an organization or a document of it ("в заявлении МИД").
    A pronoun or role that is not a quote's source is not resolved and not
    listed. Overlapping mentions are merged into the outermost one
    ("министр Иван Петров" holds "Иван Петров").
    """

    name: str
    kind: SpeakerKind
    mentions: tuple[Span, ...] = ()
    gender: Optional[str] = None

    def __repr__(self) -> str:
        return (
            f"Speaker(name={self.name!r}, kind={self.kind!r}, gender={self.gender!r}, "
            f"mentions={len(self.mentions)})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "gender": self.gender,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Speaker":
        return cls(
            name=data["name"],
            kind=data["kind"],
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", ())),
            gender=data.get("gender"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: what was said (``content``), how (``cue``) and by whom.

    ``content`` excludes the enclosing quote marks of direct speech and the
    complementizer ("что", "чтобы") of indirect speech. ``source`` is the
    mention that attributes this quote as written ("он", "президент Александр
    Лукашенко"); ``speaker`` the entity it refers to. ``rule`` names the sieve
    that linked the quote, for explanations.
    """

    content: Span
    kind: QuoteKind
    cue: Optional[Span] = None
    source: Optional[Span] = None
    speaker: Optional[Speaker] = None
    rule: str = ""

    def __repr__(self) -> str:
        def text(span: Optional[Span]) -> Optional[str]:
            return _clip(span.text, 40) if span else None

        speaker = self.speaker.name if self.speaker else None
        return (
            f"Quote(kind={self.kind!r}, content={text(self.content)!r}, cue={text(self.cue)!r}, "
            f"source={text(self.source)!r}, speaker={speaker!r}, rule={self.rule!r})"
        )

    def to_dict(self, speakers: Optional[tuple[Speaker, ...]] = None) -> dict[str, Any]:
        """A JSON-ready dict of the quote, its speaker included.

        On its own (no ``speakers``), ``speaker`` is the speaker's record
        (:meth:`Speaker.to_dict`), so the dict says who spoke by itself. With
        the ``speakers`` of its Document, as :meth:`Document.to_dict` writes
        it, ``speaker`` is the index of the speaker in that tuple, so each
        speaker is written once. ``speaker_name`` is the speaker's name either
        way; both are None for a quote without a speaker.

        >>> ivan = Speaker("Иван Петров", "person")
        >>> quote = Quote(Span(1, 3, "Да"), "direct", speaker=ivan)
        >>> quote.to_dict()["speaker"]
        {'name': 'Иван Петров', 'kind': 'person', 'gender': None, 'mentions': []}
        >>> quote.to_dict((ivan,))["speaker"], quote.to_dict()["speaker_name"]
        (0, 'Иван Петров')
        """
        speaker: Any = None
        if self.speaker is not None:
            if speakers is None:
                speaker = self.speaker.to_dict()
            elif self.speaker in speakers:
                speaker = speakers.index(self.speaker)
            else:
                raise ValueError(f"the speaker {self.speaker.name!r} of this quote is not in speakers")
        return {
            "content": self.content.to_dict(),
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "source": self.source.to_dict() if self.source else None,
            "speaker": speaker,
            "speaker_name": self.speaker.name if self.speaker else None,
            "rule": self.rule,
        }


def _optional_span(data: Optional[dict[str, Any]]) -> Optional[Span]:
    return Span.from_dict(data) if data else None


@dataclass(frozen=True, slots=True)
class Document:
    """The result of :func:`quoteattr.extract`: the text and what was said in it.

    ``quotes`` are in text order; ``speakers`` lists every entity that speaks
    at least once, each once, in order of first quote.

    Its ``repr`` is one short line (the quotes and speakers print their own
    the same way), and Jupyter displays a Document as :func:`quoteattr.render_html`.

    >>> Document("«Да», — сказал он.", (Quote(Span(1, 3, "Да"), "direct", Span(8, 14, "сказал")),))
    Document(text='«Да», — сказал он.' (18 chars), quotes=1, speakers=0)
    """

    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; :meth:`from_dict` restores an equal Document."""
        return {
            "text": self.text,
            "quotes": [q.to_dict(self.speakers) for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a Document from :meth:`to_dict` output (e.g. parsed JSON)."""
        speakers = tuple(Speaker.from_dict(s) for s in data.get("speakers", ()))
        quotes = []
        for q in data.get("quotes", ()):
            index = q.get("speaker")
            quotes.append(
                Quote(
                    content=Span.from_dict(q["content"]),
                    kind=q["kind"],
                    cue=_optional_span(q.get("cue")),
                    source=_optional_span(q.get("source")),
                    speaker=speakers[index] if index is not None else None,
                    rule=q.get("rule", ""),
                )
            )
        return cls(text=data["text"], quotes=tuple(quotes), speakers=speakers)

    def __str__(self) -> str:
        return format_table(self)

    def __repr__(self) -> str:
        return (
            f"Document(text={_clip(self.text, 40)!r} ({len(self.text)} chars), "
            f"quotes={len(self.quotes)}, speakers={len(self.speakers)})"
        )

    def _repr_html_(self) -> str:
        """What Jupyter shows: :func:`quoteattr.render_html` as a fragment."""
        from .render import render_html  # render imports this module

        return render_html(self, standalone=False)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(doc: Document, width: int = 70) -> str:
    """A plain-text table of the quotes: speaker, cue, kind and content."""
    if not doc.quotes:
        return "(no quotations)"
    rows = [("SPEAKER", "CUE", "KIND", "QUOTE")]
    for q in doc.quotes:
        rows.append(
            (
                _clip(q.speaker.name if q.speaker else "?", 28),
                _clip(q.cue.text if q.cue else "-", 18),
                q.kind,
                _clip(q.content.text, width),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r[:3])) + "  " + r[3]
        for r in rows
    )
