"""Tokens and sentences: razdel over the analysis text, with offsets.

Line breaks always end a sentence (headlines and paragraphs carry no final
period in web text); within a line razdel decides. A line longer than
``MAX_CHUNK`` characters goes to razdel in chunks cut after a sentence end,
else at a space, else anywhere: razdel rebuilds a sentence by string
concatenation at every delimiter it joins (quote marks, periods), which is
quadratic in the length of one huge "sentence".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import razdel
import regex

_LINE = regex.compile(r"[^\n]+")
MAX_CHUNK = 10_000
# searched backwards: the last sentence end, the last space before a limit
_LAST_SENTENCE_END = regex.compile(r"[.!?…]+[»“”\"')\]]*\s", flags=regex.REVERSE)
_LAST_SPACE = regex.compile(r"\s", flags=regex.REVERSE)


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
    for sent in razdel.sentenize(chunk):
        first = len(tokens)
        offset = base + sent.start
        index = len(sentences)
        for tok in razdel.tokenize(sent.text):
            start = offset + tok.start
            if len(tokens) > first and tokens[-1].end == start and _glued(tokens, first, tok.text):
                _merge_into_last(tokens, first, start + len(tok.text), chunk, base)
                continue
            tokens.append(Token(start, offset + tok.stop, tok.text, index, para))
        if len(tokens) > first:
            sentences.append(Sentence(offset, offset + len(sent.text), first, len(tokens), para))


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum() and any(c.isalpha() for c in text)


def _glued(tokens: list[Token], first: int, text: str) -> bool:
    """Should ``text`` join the token before it? razdel splits "4PDA" and "VC.ru" apart."""
    last = tokens[-1].text
    if text.isascii() and text.isalnum() and last.isascii() and last.isalnum():
        return _latin(text) or _latin(last)  # "4" + "PDA"
    if _latin(text) and text.islower() and last == "." and len(tokens) - first >= 2:
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
