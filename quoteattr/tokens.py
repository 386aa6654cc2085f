"""Tokens and sentences: razdel over the analysis text, with offsets.

Line breaks always end a sentence (headlines and paragraphs carry no final
period in web text); within a line razdel decides.
"""

from __future__ import annotations

from dataclasses import dataclass

import razdel
import regex

_LINE = regex.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Token:
    """A razdel token: ``text == doc[start:end]``; ``sent`` and ``para`` index it."""

    start: int
    end: int
    text: str
    sent: int
    para: int


@dataclass(frozen=True, slots=True)
class Sentence:
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
        base = line.start()
        for sent in razdel.sentenize(line.group()):
            first = len(tokens)
            offset = base + sent.start
            index = len(sentences)
            for tok in razdel.tokenize(sent.text):
                tokens.append(
                    Token(offset + tok.start, offset + tok.stop, tok.text, index, para)
                )
            if len(tokens) > first:
                sentences.append(
                    Sentence(offset, offset + len(sent.text), first, len(tokens), para)
                )
    return Tokens(text, tuple(tokens), tuple(sentences))
