"""Quote spans: pair quote marks into candidate quotations.

One left-to-right pass with a stack, linear in the text: «…» and „…“ nest,
“…” is read as a pair unless a „ is open, and a straight " is an opener or a
closer by what stands on either side of it ("в "Зените" и" nests inside
another straight-quoted passage); a single ' pairs only where it stands
clearly outside a word, never as an apostrophe ("д'Артаньян"). A line break drops the marks still open;
a closer with no opener is ignored. Whether a span is speech or a name is
decided later, by attribution.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Optional

_QUOTE_MARKS = "«»„“”\"'"
# the standard library's engine: a search for one of a few characters is a fast scan in it
_MARK = re.compile(f"[{_QUOTE_MARKS}]")
# characters after which a straight quote opens a passage
_OPEN_BEFORE = set(" \t\u00a0([{-—–:/«„“'")
# characters before which a straight quote closes a passage
_CLOSE_AFTER = set(" \t\u00a0.,;:!?)]}…-—–»“”'\n")


@dataclass(slots=True)  # not frozen: made per cue, quotation and quote mark, as Mention
class QuoteSpan:
    """A pair of quote marks: the opener at ``start``, the closer at ``end - 1``.

    ``content`` is ``text[start + 1:end - 1]``; ``depth`` is 0 for a span no
    other span encloses.
    """

    start: int
    end: int
    depth: int

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


def _straight_role(text: str, i: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opener = before in _OPEN_BEFORE and not after.isspace()
    closer = not before.isspace() and after in _CLOSE_AFTER
    if opener and not closer:
        return "open"
    if closer and not opener:
        return "close"
    if before.isspace() and after.isspace():
        return "none"
    return "either"


def scan_quotes(text: str, marks: Optional[Iterable[int]] = None) -> tuple[QuoteSpan, ...]:
    """Pair the quote marks of ``text``; spans come sorted by start. ``marks``: where they are,
    in order, if the tokenizer's scan found them (:attr:`Tokens.quote_marks`; other characters
    among them are passed over); else the text is searched for them.

    >>> [text[s.start:s.end] for text in ['Он сказал: «Мы в „Зените“», — и ушел.']
    ...  for s in scan_quotes(text)]
    ['«Мы в „Зените“»', '„Зените“']
    >>> t = 'Он: "Мы в "Зените" были".'
    >>> [(t[s.start:s.end], s.depth) for s in scan_quotes(t)]
    [('"Мы в "Зените" были"', 0), ('"Зените"', 1)]
    >>> t = 'Курс «упал. «Да», — сказал он.'
    >>> [(t[s.start:s.end], s.depth) for s in scan_quotes(t)]
    [('«Да»', 0)]
    """
    stack: list[tuple[str, int]] = []  # (kind of opener, offset)
    open_count = {"«": 0, "„": 0, "“": 0, '"': 0, "'": 0}
    pairs: list[tuple[int, int]] = []

    def close(kind: str, i: int) -> None:
        # pop down to the nearest opener of this kind; openers above it stay unpaired
        while stack:
            top_kind, top_at = stack.pop()
            open_count[top_kind] -= 1
            if top_kind == kind:
                pairs.append((top_at, i + 1))
                return

    def push(kind: str, i: int) -> None:
        stack.append((kind, i))
        open_count[kind] += 1

    line_checked = 0  # the text before this holds no line break not yet acted on
    for i in map(re.Match.start, _MARK.finditer(text)) if marks is None else marks:
        ch = text[i]
        if ch not in _QUOTE_MARKS:
            continue
        if text.find("\n", line_checked, i) >= 0:  # the marks before a line break stay unpaired
            stack.clear()
            for key in open_count:
                open_count[key] = 0
        line_checked = i
        if ch == "«":
            push("«", i)
        elif ch == "»":
            if open_count["«"]:
                close("«", i)
        elif ch == "„":
            push("„", i)
        elif ch == "“":
            if open_count["„"]:
                close("„", i)
            else:
                push("“", i)
        elif ch == "”":
            if open_count["“"]:
                close("“", i)
            elif open_count["„"]:
                close("„", i)
        elif ch == "'":
            # a single straight quote is an apostrophe ("д'Артаньян", "O'Neil") unless it
            # stands clearly on the outside of a word: "РИА 'Новости'"
            role = _straight_role(text, i)
            if role == "open":
                push("'", i)
            elif role == "close" and open_count["'"]:
                close("'", i)
        else:
            role = _straight_role(text, i)
            if role == "open" or (role == "either" and not open_count['"']):
                push('"', i)
            elif role in ("close", "either") and open_count['"']:
                close('"', i)
    # pairs nest properly; depth counts the pairs around one, not stray openers
    pairs.sort(key=lambda p: (p[0], -p[1]))
    spans: list[QuoteSpan] = []
    ends: list[int] = []  # ends of the pairs enclosing the current one
    for start, end in pairs:
        while ends and ends[-1] <= start:
            ends.pop()
        spans.append(QuoteSpan(start, end, len(ends)))
        ends.append(end)
    return tuple(spans)
