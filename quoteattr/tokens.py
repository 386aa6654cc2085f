"""Tokens and sentences: razdel over the analysis text, with offsets.

Line breaks always end a sentence (headlines and paragraphs carry no final
period in web text); within a line razdel decides. A line longer than
``MAX_CHUNK`` characters goes to razdel in chunks cut after a sentence end,
else at a space, else anywhere: razdel rebuilds a sentence by string
concatenation at every delimiter it joins (quote marks, periods), which is
quadratic in the length of one huge "sentence".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

import razdel
import regex

_LINE = regex.compile(r"[^\n]+")
MAX_CHUNK = 10_000
# searched backwards: the last sentence end, the last space before a limit
_LAST_SENTENCE_END = regex.compile(r"[.!?…]+[»“”\"')\]]*\s", flags=regex.REVERSE)
_LAST_SPACE = regex.compile(r"\s", flags=regex.REVERSE)
# razdel's quote marks (razdel/segmenters/punct.py QUOTES), and one razdel atom alone (or only
# spaces), with razdel's own regular-expression engine and flags so that both read letters alike
_RAZDEL_QUOTE = re.compile("[«“‘»”’\"„']")
_SPACE = re.compile(r"\s")  # razdel's notion of a space (razdel/segmenters/sentenize.py SPACE_PREFIX)
_DENSE_QUOTES = 8  # a sentence with more than one quote mark in this many characters goes piece by piece
_ONE_ATOM = re.compile(r"\s*(?:([а-яё]+|[a-z]+|\d+)\s*)?", re.I | re.U)


class Token(NamedTuple):
    """A razdel token: ``text == doc[start:end]``; ``sent`` and ``para`` index it."""

    start: int
    end: int
    text: str
    sent: int
    para: int


class Sentence(NamedTuple):
    """A sentence by offsets, with the index range of its tokens."""

    start: int
    end: int
    first: int  # index of the first token
    last: int  # index past the last token
    para: int


@dataclass(frozen=True, slots=True)
class Tokens:
    """All tokens and sentences of one text."""

    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    low: tuple[str, ...]  # each token lower-cased with ё folded to е: the key lexicons use

    def index_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset``."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.tokens[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into ranges of at most ``MAX_CHUNK`` characters."""
    out = []
    while end - start > MAX_CHUNK:
        lo, hi = start + MAX_CHUNK // 2, start + MAX_CHUNK
        m = _LAST_SENTENCE_END.search(text, lo, hi) or _LAST_SPACE.search(text, lo, hi)
        cut = m.end() if m else hi
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def tokenize(text: str) -> Tokens:
    """Split ``text`` into sentences and tokens.

    >>> t = tokenize("Он сказал: «Да».\\nВторая строка")
    >>> [s.end - s.start for s in t.sentences]
    [16, 13]
    >>> [tok.text for tok in t.tokens][:4]
    ['Он', 'сказал', ':', '«']
    """
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for para, line in enumerate(_LINE.finditer(text)):
        for base, chunk_end in _chunks(text, *line.span()):
            _add_chunk(text[base:chunk_end], base, para, tokens, sentences)
    low = tuple(t.text.lower().replace("ё", "е") for t in tokens)
    return Tokens(text, tuple(tokens), tuple(sentences), low)


def _add_chunk(
    chunk: str, base: int, para: int, tokens: list[Token], sentences: list[Sentence]
) -> None:
    """Append the sentences and tokens of ``chunk``, found at ``base`` in the text."""
    for sent_start, sent_text in _razdel_sentences(chunk):
        first = len(tokens)
        offset = base + sent_start
        index = len(sentences)
        for tok_start, tok_stop, tok_text in _razdel_tokens(sent_text):
            start = offset + tok_start
            if len(tokens) > first and tokens[-1].end == start and _glued(tokens, first, tok_text):
                _merge_into_last(tokens, first, start + len(tok_text), chunk, base)
                continue
            tokens.append(Token(start, offset + tok_stop, tok_text, index, para))
        if len(tokens) > first:
            sentences.append(Sentence(offset, offset + len(sent_text), first, len(tokens), para))


def _razdel_sentences(chunk: str) -> Iterator[tuple[int, str]]:
    """razdel.sentenize(chunk) as (start, text).

    razdel ends a sentence only at a delimiter followed by a space, so a chunk
    with no space inside is one sentence, and needs none of the rules razdel
    would run at each of its quote marks (a run of them costs 2 µs a character).
    """
    stripped = chunk.strip()
    if stripped and not _SPACE.search(stripped):
        yield chunk.find(stripped), stripped
        return
    for sent in razdel.sentenize(chunk):
        yield sent.start, sent.text


def _razdel_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """razdel.tokenize(text) as (start, stop, text), piece by piece between quote marks.

    razdel never joins a quote mark to a neighbour (no rule joins a quote, and a
    rule that looks two atoms away refuses a quote as it refuses no atom), so the
    text between two quote marks tokenizes alone, and a piece that is one run of
    letters or digits is one token without razdel's rules, which cost about 10 µs
    an atom: a text of quote marks between single letters would pay that per
    character. Ordinary text goes to razdel whole: piece by piece it is slower.
    """
    if len(_RAZDEL_QUOTE.findall(text)) * _DENSE_QUOTES <= len(text):
        for tok in razdel.tokenize(text):
            yield tok.start, tok.stop, tok.text
        return
    pos = 0
    for mark in _RAZDEL_QUOTE.finditer(text):
        yield from _piece_tokens(text, pos, mark.start())
        yield mark.start(), mark.end(), mark.group()
        pos = mark.end()
    yield from _piece_tokens(text, pos, len(text))


def _piece_tokens(text: str, start: int, stop: int) -> Iterator[tuple[int, int, str]]:
    if start >= stop:
        return
    one = _ONE_ATOM.fullmatch(text, start, stop)
    if one is not None:
        if one.start(1) >= 0:
            yield one.start(1), one.end(1), one.group(1)
        return
    for tok in razdel.tokenize(text[start:stop]):
        yield start + tok.start, start + tok.stop, tok.text


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum() and any(c.isalpha() for c in text)


def _glued(tokens: list[Token], first: int, text: str) -> bool:
    """Should ``text`` join the token before it? razdel splits "4PDA" and "VC.ru" apart."""
    last = tokens[-1].text
    if text.isascii() and text.isalnum() and last.isascii() and last.isalnum():
        return _latin(text) or _latin(last)  # "4" + "PDA"
    if last == "." and _latin(text) and text.islower() and len(tokens) - first >= 2:
        before = tokens[-2]
        return before.end == tokens[-1].start and _latin(before.text)  # "VC" "." "ru"
    return False


def _merge_into_last(tokens: list[Token], first: int, end: int, chunk: str, base: int) -> None:
    """Replace the last token (and a dot before it, for "VC.ru") by one token ending at ``end``."""
    start = tokens[-1].start
    if tokens[-1].text == "." and len(tokens) - first >= 2:
        tokens.pop()
        start = tokens[-1].start
    last = tokens.pop()
    tokens.append(Token(start, end, chunk[start - base : end - base], last.sent, last.para))
