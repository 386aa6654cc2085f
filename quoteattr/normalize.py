"""Analysis text: a cleaned copy of the input with a map back to its offsets.

The pipeline reads the cleaned text (``Normalized.text``) and reports spans in
the original text through :meth:`Normalized.span`, so ``Document.text`` is
always the user's input, unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Normalized:
    """The analysis text and the way back to the original offsets."""

    original: str
    text: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the analysis-text range ``[start, end)``."""
        return start, end


def normalize(text: str) -> Normalized:
    """Clean ``text`` for analysis."""
    return Normalized(text, text)
