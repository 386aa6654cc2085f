"""Word lists and tables kept as data files in ``quoteattr/data``.

Files are plain UTF-8, one entry per line; ``#`` starts a comment and blank
lines are skipped. Each file is read once per process.
"""

from __future__ import annotations

import functools
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("quoteattr").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


_FOLD_MEMO = 50_000  # words and names folded, remembered: the names of a text are folded again and again


@functools.lru_cache(maxsize=_FOLD_MEMO)
def fold(word: str) -> str:
    """Lower-case and fold ё to е: the key under which lexicons store words. (Memoized: the speaker
    stage folds each name it reads several times, a Python call and two new strings each.)"""
    return word.lower().replace("ё", "е")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a list file, one a line, comments and blank lines left out."""
    return tuple(_lines(name))


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The words of a list file (several per line allowed), folded.

    >>> "президент" in word_set("roles.txt")
    True
    """
    return frozenset(fold(word) for line in _lines(name) for word in line.split())


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a whitespace-separated table, first column folded."""
    rows = []
    for line in _lines(name):
        cells = line.split("\t") if "\t" in line else line.split()
        rows.append((fold(cells[0]), *(c.strip() for c in cells[1:])))
    return tuple(rows)
