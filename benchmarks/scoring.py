"""Score quoteattr's quotations against gold annotations.

The rules are the project's evaluation contract, the same as the shared
evaluation script's:

- a predicted quote matches a gold quote when the word-level Jaccard of their
  contents is at least 0.5 (words are runs of letters and digits, compared by
  position, so quote marks, "что" and punctuation at the edges barely count);
  gold quotes are taken in order, each greedily taking the best unused
  prediction (the last one on a tie);
- an optional gold quote is neither rewarded nor penalized: it takes the
  prediction it matches, which then counts neither as found nor as extra;
- the speaker is right when every word of one gold alias is among the words
  of ``speaker.name``, case-insensitive, with ё folded to е;
- a cue or source is right when its characters overlap the gold one's;
- an extra prediction is a not-quote false positive when its content contains
  one of the document's ``not_quotes`` with at most four more characters;
- a document on which ``extract()`` raises counts as a crash: every gold
  quote of it is missed.

>>> speaker_matches("Александр Лукашенко", ["Лукашенко"])
True
>>> jaccard("один два три четыре", (0, 8), (0, 12))
0.6666666666666666
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence

import regex

WORD = regex.compile(r"[\p{L}\p{N}]+")
KINDS = ("direct", "indirect", "mixed")
MATCH_THRESHOLD = 0.5
NOT_QUOTE_SLACK = 4  # characters an extra may add around a not-quote string

Range = tuple[int, int]


# Matching primitives


def words(text: Optional[str]) -> frozenset[str]:
    """The words of ``text``, lowercased, ё folded to е.

    >>> sorted(words("Ещё раз, Ёлкин!"))
    ['елкин', 'еще', 'раз']
    """
    return frozenset(w.lower().replace("ё", "е") for w in WORD.findall(text or ""))


def _word_starts(text: str, span: Range) -> set[int]:
    start, end = span
    return {start + m.start() for m in WORD.finditer(text[start:end])}


def overlaps(a: Optional[Range], b: Optional[Range]) -> bool:
    """True if two character ranges share at least one character."""
    if a is None or b is None:
        return False
    return min(a[1], b[1]) > max(a[0], b[0])


def jaccard(text: str, a: Range, b: Range) -> float:
    """Word-level Jaccard of two spans of ``text``, words compared by position.

    A span without words counts as identical to any span it overlaps.

    >>> jaccard("«Да», — сказал он.", (1, 3), (0, 4))
    1.0
    """
    wa, wb = _word_starts(text, a), _word_starts(text, b)
    if not wa or not wb:
        return 1.0 if overlaps(a, b) else 0.0
    return len(wa & wb) / len(wa | wb)


def speaker_matches(name: Optional[str], aliases: Sequence[str]) -> bool:
    """True if every word of some alias is a word of ``name``.

    >>> speaker_matches("министр Иван Петров", ["Пётр Иванов", "Петров"])
    True
    >>> speaker_matches(None, ["Петров"])
    False
    """
    have = words(name)
    return any(need and need <= have for need in map(words, aliases))


# Gold data


class GoldError(ValueError):
    """A gold annotation does not resolve to the text."""


@dataclass(frozen=True, slots=True)
class GoldQuote:
    content: Range
    kind: Optional[str]
    cue: Optional[Range]
    source: Optional[Range]
    speaker: tuple[str, ...]
    optional: bool


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    not_quotes: tuple[str, ...] = ()


def _find_all(text: str, sub: str) -> list[int]:
    found, at = [], text.find(sub)
    while at >= 0:
        found.append(at)
        at = text.find(sub, at + 1)
    return found


def _nearest(doc_id: str, text: str, sub: Optional[str], content: Range) -> Optional[Range]:
    """The whole-word occurrence of ``sub`` closest to the content span."""
    if not sub:
        return None
    pattern = r"(?<!\w)" + regex.escape(sub) + r"(?!\w)"
    starts = [m.start() for m in regex.finditer(pattern, text)]
    if not starts:
        raise GoldError(f"{doc_id}: not found: {sub!r}")
    start, end = content
    best = min(starts, key=lambda i: min(abs(i - end), abs(i + len(sub) - start)))
    return (best, best + len(sub))


def parse_quote(
    doc_id: str, text: str, record: dict[str, Any], warn: Callable[[str], None]
) -> GoldQuote:
    """Resolve one gold quote's strings to character ranges in ``text``."""
    content = record["content"]
    hits = _find_all(text, content)
    if not hits:
        raise GoldError(f"{doc_id}: content not found: {content[:60]!r}")
    if len(hits) > 1 and "occurrence" not in record:
        warn(f"{doc_id}: content occurs {len(hits)}x, taking the first: {content[:40]!r}")
    start = hits[record.get("occurrence", 0)]
    span = (start, start + len(content))
    return GoldQuote(
        content=span,
        kind=record.get("kind"),
        cue=_nearest(doc_id, text, record.get("cue"), span),
        source=_nearest(doc_id, text, record.get("source"), span),
        speaker=tuple(record.get("speaker") or ()),
        optional=bool(record.get("optional")),
    )


def parse_document(record: dict[str, Any], warn: Callable[[str], None]) -> GoldDocument:
    text = record["text"]
    return GoldDocument(
        id=str(record["id"]),
        text=text,
        quotes=tuple(parse_quote(record["id"], text, q, warn) for q in record["quotes"]),
        not_quotes=tuple(record.get("not_quotes") or ()),
    )


def _warn_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def load_gold(path: str | Path, warn: Callable[[str], None] = _warn_stderr) -> list[GoldDocument]:
    """Read a gold JSONL file, one document a line."""
    with open(path, encoding="utf-8") as lines:
        return [parse_document(json.loads(line), warn) for line in lines if line.strip()]


# Predictions


@dataclass(frozen=True, slots=True)
class Prediction:
    content: Optional[Range]
    kind: Optional[str]
    cue: Optional[Range]
    source: Optional[Range]
    speaker: Optional[str]


def _range(span: Any) -> Optional[Range]:
    return None if span is None else (span.start, span.end)


def predictions(document: Any) -> tuple[Prediction, ...]:
    """The quotes of a ``quoteattr.Document``, reduced to what is scored."""
    found = []
    for quote in document.quotes:
        speaker = getattr(quote, "speaker", None)
        found.append(
            Prediction(
                content=_range(quote.content),
                kind=getattr(quote, "kind", None),
                cue=_range(getattr(quote, "cue", None)),
                source=_range(getattr(quote, "source", None)),
                speaker=None if speaker is None else getattr(speaker, "name", None),
            )
        )
    return tuple(found)


# Alignment of one document


@dataclass(frozen=True, slots=True)
class Pair:
    gold: GoldQuote
    predicted: Prediction


@dataclass(frozen=True, slots=True)
class Alignment:
    """Required gold quotes found (``pairs``) and missed, and extra predictions."""

    pairs: tuple[Pair, ...]
    misses: tuple[GoldQuote, ...]
    extras: tuple[Prediction, ...]


def _best_match(text: str, gold: GoldQuote, predicted: Sequence[Prediction], used: set[int]) -> Optional[int]:
    best, best_score = None, MATCH_THRESHOLD
    for i, p in enumerate(predicted):
        if i in used or p.content is None:
            continue
        score = jaccard(text, gold.content, p.content)
        if score >= best_score:
            best, best_score = i, score
    return best


def align(text: str, gold: Iterable[GoldQuote], predicted: Sequence[Prediction]) -> Alignment:
    """Match gold quotes to predictions, greedily in gold order.

    >>> g = GoldQuote((1, 3), "direct", None, None, ("Петров",), False)
    >>> p = Prediction((0, 4), "direct", None, None, "Иван Петров")
    >>> a = align("«Да», — сказал Петров.", [g], [p])
    >>> len(a.pairs), len(a.misses), len(a.extras)
    (1, 0, 0)
    """
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        best = _best_match(text, g, predicted, used)
        if best is None:
            if not g.optional:
                misses.append(g)
            continue
        used.add(best)
        if not g.optional:
            pairs.append(Pair(g, predicted[best]))
    extras = tuple(p for i, p in enumerate(predicted) if i not in used)
    return Alignment(tuple(pairs), tuple(misses), extras)


def is_not_quote(snippet: str, not_quotes: Iterable[str]) -> bool:
    """True if ``snippet`` is one of ``not_quotes`` with little around it.

    >>> is_not_quote("Газпром", ["Газпром"]), is_not_quote("Газпром сообщил", ["Газпром"])
    (True, False)
    """
    return any(nq in snippet and len(snippet) <= len(nq) + NOT_QUOTE_SLACK for nq in not_quotes)


def _slice(text: str, span: Optional[Range]) -> str:
    return text[span[0] : span[1]] if span else ""


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One gold document, what the library said about it, and how they align."""

    document: GoldDocument
    predicted: tuple[Prediction, ...]
    alignment: Alignment
    crash: Optional[str] = None

    def snippet(self, span: Optional[Range]) -> str:
        return _slice(self.document.text, span)

    @property
    def wrong_speakers(self) -> tuple[Pair, ...]:
        return tuple(p for p in self.alignment.pairs if not speaker_matches(p.predicted.speaker, p.gold.speaker))

    @property
    def not_quote_extras(self) -> tuple[Prediction, ...]:
        nq = self.document.not_quotes
        return tuple(p for p in self.alignment.extras if is_not_quote(self.snippet(p.content), nq))


def evaluate(document: GoldDocument, extract: Callable[[str], Any]) -> DocumentResult:
    """Run ``extract`` on one gold document and align its quotes."""
    try:
        predicted = predictions(extract(document.text))
    except Exception as error:  # a crash is a miss of every quote
        return DocumentResult(document, (), align(document.text, document.quotes, ()), repr(error))
    return DocumentResult(document, predicted, align(document.text, document.quotes, predicted))


# Counting


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "p": round(self.precision, 3),
            "r": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Ratio:
    """How many of ``total`` were right."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(slots=True)
class Scores:
    """Every metric over a set of documents, filled one document at a time."""

    name: str = ""
    documents: int = 0
    characters: int = 0
    gold_required: int = 0
    gold_optional: int = 0
    quotes: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    attributed: Tally = field(default_factory=Tally)
    speaker: Ratio = field(default_factory=Ratio)
    source: Ratio = field(default_factory=Ratio)
    cue: Ratio = field(default_factory=Ratio)
    not_quote_fp: int = 0
    crashes: int = 0

    def add(self, result: DocumentResult) -> None:
        doc, alignment = result.document, result.alignment
        self.documents += 1
        self.characters += len(doc.text)
        self.gold_optional += sum(q.optional for q in doc.quotes)
        self.gold_required += sum(not q.optional for q in doc.quotes)
        self.crashes += result.crash is not None
        for pair in alignment.pairs:
            self._add_found(pair)
        for gold in alignment.misses:
            self.quotes.fn += 1
            self.attributed.fn += 1
            self._kind(gold.kind).fn += 1
        for extra in alignment.extras:
            self.quotes.fp += 1
            self.attributed.fp += 1
            self._kind(extra.kind).fp += 1
        self.not_quote_fp += len(result.not_quote_extras)

    def _kind(self, kind: Optional[str]) -> Tally:
        return self.by_kind.get(kind or "", Tally())  # unknown kinds count only overall

    def _add_found(self, pair: Pair) -> None:
        gold, predicted = pair.gold, pair.predicted
        self.quotes.tp += 1
        self._kind(gold.kind).tp += 1
        right = speaker_matches(predicted.speaker, gold.speaker)
        self.speaker.add(right)
        if right:
            self.attributed.tp += 1
        else:
            self.attributed.fp += 1
            self.attributed.fn += 1
        if gold.source:
            self.source.add(overlaps(predicted.source, gold.source))
        if gold.cue:
            self.cue.add(overlaps(predicted.cue, gold.cue))

    def as_dict(self) -> dict[str, Any]:
        """The figures, with the key names of the shared evaluation script."""
        return {
            "set": self.name,
            "docs": self.documents,
            "quotes": self.quotes.as_dict(),
            **{kind: tally.as_dict() for kind, tally in self.by_kind.items()},
            "attributed": self.attributed.as_dict(),
            "speaker_acc_on_found": round(self.speaker.value, 3),
            "source_overlap_acc": round(self.source.value, 3),
            "cue_overlap_acc": round(self.cue.value, 3),
            "not_quote_fp": self.not_quote_fp,
            "crashes": self.crashes,
        }


def score(
    documents: Iterable[GoldDocument], extract: Callable[[str], Any], name: str = ""
) -> tuple[Scores, list[DocumentResult]]:
    """Score ``extract`` on gold documents: the totals and each document's result."""
    scores, results = Scores(name=name), []
    for document in documents:
        result = evaluate(document, extract)
        scores.add(result)
        results.append(result)
    return scores, results
