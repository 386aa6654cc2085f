"""Analysis text: a cleaned copy of the input with a map back to its offsets.

The pipeline reads the cleaned text (``Normalized.text``) and reports spans in
the original text through :meth:`Normalized.span`, so ``Document.text`` is
always the user's input, unchanged.

What cleaning does, in one left-to-right pass over the input:

- line ends ``\\r\\n``, a lone ``\\r`` and the other Unicode line and
  paragraph separators become ``\\n``;
- no-break, narrow, thin and the other Unicode spaces become ``" "``;
- zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), bidi controls
  and soft hyphens are removed;
- combining marks are removed ("Лукаше́нко" → "Лукашенко"), except that a
  mark composing with its letter into one character keeps it ("е" + U+0308
  → "ё", "и" + U+0306 → "й"); a stress accent on a Cyrillic letter is
  always dropped;
- HTML character references ending in ``;`` are decoded (``&laquo;``,
  ``&#171;``, ``&#xAB;``, also doubly escaped ``&amp;laquo;``), and what they
  decode to is cleaned as above (``&nbsp;`` → ``" "``);

and then Latin letters that look like Cyrillic ones ("Пyтин" with a Latin
y) become Cyrillic, in words that are otherwise Cyrillic. Ё stays ё.

Most texts need none of this: a few regular-expression searches find that out,
and the analysis text is then the input itself. Otherwise the map back is
piecewise: only the places where the length changed are stored, in arrays,
and a lookup is a binary search, so a megabyte of text stays cheap.
"""

from __future__ import annotations

import functools
import html
import html.entities
import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterator

import regex

# One character to what the analysis text holds instead (None removes it).
_LINE_ENDS = "\r\x0b\x0c\x85\u2028\u2029"
_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_CHARS = str.maketrans(
    {
        **dict.fromkeys(_LINE_ENDS, "\n"),
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_INVISIBLE),
        # precomposed Cyrillic letters with a grave stress accent
        **{"ѐ": "е", "Ѐ": "Е", "ѝ": "и", "Ѝ": "И"},
    }
)
_CHAR_CLASS = "".join(chr(c) for c in _CHARS)
_MARKS = regex.compile(r"\p{M}+")

# Latin letters drawn like Cyrillic ones; accented vowels are stressed ones.
_LOOKALIKES = str.maketrans(
    "aceopxykABCEHKMOPTXYáéóýÁÉÓÝëË",
    "асеорхукАВСЕНКМОРТХУаеоуАЕОУёЁ",
)
_LATIN_LOOKALIKE = "[" + "".join(chr(c) for c in _LOOKALIKES) + "]"
# the characters regex's \p{Cyrillic} matches, all in these blocks (tests/test_fast_paths.py checks
# that none outside them is), written out for the standard library's engine, which scans a leading
# class more than twice as fast
_CYRILLIC_BLOCKS = ((0x400, 0x52F), (0x1C80, 0x1C8F), (0x1D2B, 0x1D2B), (0x1D78, 0x1D78), (0x2DE0, 0x2DFF), (0xA640, 0xA69F), (0xFE2E, 0xFE2F), (0x1E030, 0x1E08F))
_CYRILLIC = "".join(regex.findall(r"\p{Cyrillic}", "".join(chr(c) for a, b in _CYRILLIC_BLOCKS for c in range(a, b + 1))))


def _class_of_ranges(letters: str) -> str:
    """A character class of ``letters`` (in code point order) written as ranges of consecutive
    code points: the standard library's engine tests the letters past the Basic Multilingual
    Plane one by one, a range at once (a Latin look-alike's neighbour is tested against them)."""
    runs: list[list[int]] = []
    for code in map(ord, letters):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs) + "]"


_CYRILLIC_CLASS = _class_of_ranges(_CYRILLIC)
# a look-alike next to a Cyrillic letter (one leading class keeps the search fast)
_MIXED = re.compile(rf"{_LATIN_LOOKALIKE}(?:(?<={_CYRILLIC_CLASS}.)|(?={_CYRILLIC_CLASS}))")
_WORD_HEAD = regex.compile(r"\p{L}*", flags=regex.REVERSE)
_WORD_TAIL = regex.compile(r"\p{L}*")
_FOREIGN_LETTER = regex.compile(rf"[^\p{{Cyrillic}}{_LATIN_LOOKALIKE[1:-1]}]")

# Composed letters a combining mark may form on a Cyrillic base.
_CYRILLIC_COMPOSED = frozenset("ёЁйЙїЇўЎ")

_ENTITY = r"&(?:amp;)?(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{0,40});"
# What changes the length of the text; one character for another is left to
# ``str.translate`` on the whole text afterwards.
_CLEAN = regex.compile(
    rf"(?P<crlf>\r\n)|(?P<entity>{_ENTITY})"
    rf"|(?P<marked>[^\p{{M}}]?\p{{M}}+)|(?P<invisible>[{_INVISIBLE}]+)"
)
# What a match of ``_CLEAN`` starts with (a mark: one character after the start, its
# base): a line end, an entity or an invisible character, and a mark (``_MARKS``), each
# searched for alone. Searching for these first spares ``_CLEAN`` trying its alternatives
# at every character of a long text; and the first three make a class of the standard
# library's engine, which scans it several times faster than regex's engine scans one
# class that holds the marks' property too.
_PLAIN_TRIGGER = re.compile("[" + re.escape("\r&" + _INVISIBLE) + "]")
_SPECIAL_CHAR = re.compile("[" + re.escape(_CHAR_CLASS) + "]")  # the characters of the one-character rules
_SPECIAL_TO = {chr(c): out or "" for c, out in _CHARS.items()}  # what each of them becomes
_ENTITY_REF = regex.compile(_ENTITY)
# Whatever makes the analysis text differ from the input but an entity (searched for only where
# there is an "&"): what changes the text wherever it stands, a character of the one-character rules
# or a mark of the Basic Multilingual Plane (regex's \p{M}, written out for the standard library's
# engine), and a look-alike by a Cyrillic letter. With any character past that plane, whose marks are
# asked of regex, one class leads the search, which the engine scans fast: one scan, where a search
# for each kind scanned the text three times.
_CHANGES_ALONE = re.escape(_CHAR_CLASS + "".join(regex.findall(r"\p{M}", "".join(map(chr, range(0x10000))))))
_ASTRAL = "\\U00010000-\\U0010ffff"  # past the Basic Multilingual Plane
_MAY_CHANGE = re.compile(
    rf"[{_CHANGES_ALONE}{_LATIN_LOOKALIKE[1:-1]}{_ASTRAL}]"
    rf"(?:(?<=[{_CHANGES_ALONE}{_ASTRAL}])|(?<={_CYRILLIC_CLASS}.)|(?={_CYRILLIC_CLASS}))"
)


def _needs_cleaning(text: str) -> bool:
    if "&" in text and _ENTITY_REF.search(text) is not None:
        return True
    for m in _MAY_CHANGE.finditer(text):
        found = m.group()
        if found < "\U00010000" or _MARKS.match(found):  # past the plane, only a mark changes the text
            return True
    return False


def _clean_chars(text: str) -> str:
    """``text`` with the one-character rules applied and marks removed."""
    return _MARKS.sub("", text).translate(_CHARS)


@functools.lru_cache(maxsize=4096)
def _decode_entity(ref: str) -> str:
    """The text of one character reference; ``&foo;`` with an unknown name stays."""
    if ref.startswith("&amp;") and len(ref) > 5:
        ref = "&" + ref[5:]  # escaped twice: "&amp;laquo;" is "&laquo;" is "«"
    if ref[1] == "#":
        decoded = html.unescape(ref)
    else:
        decoded = html.entities.html5.get(ref[1:], ref)
    return _clean_chars(decoded)


@functools.lru_cache(maxsize=4096)
def _compose(marked: str) -> str:
    """A base character and its combining marks, as the analysis sees them."""
    base, marks = marked[0], marked[1:]
    if _MARKS.match(base):
        return ""  # marks with no base
    out = base.translate(_CHARS)
    if not out or out.isspace():
        return out
    cyrillic = "CYRILLIC" in unicodedata.name(out, "")
    for mark in marks:
        composed = unicodedata.normalize("NFC", out + mark)
        if len(composed) == 1 and (not cyrillic or composed in _CYRILLIC_COMPOSED):
            out = composed
    return out


def _replacement(m: regex.Match[str]) -> str:
    kind, piece = m.lastgroup, m.group()
    if kind == "crlf":
        return "\n"
    if kind == "entity":
        return _decode_entity(piece)
    if kind == "marked":
        return _compose(piece)
    return ""


def _escaped_unknown_name(ref: str) -> bool:
    """True for ``&amp;foo;`` where ``foo`` names no entity."""
    name = ref[5:]
    return ref.startswith("&amp;") and name[:1] not in ("", "#") and name not in html.entities.html5


def _clean_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_CLEAN.finditer(text)``, tried only at and right before a trigger.

    Every match starts at a trigger character or, a mark with its base, one
    character before it; so the leftmost match from ``pos`` is found by trying
    those two places at each trigger from ``pos`` on.
    """
    pos = 0
    end = len(text)
    plain = mark = -1  # where the next trigger of each kind at or after ``pos`` is (``end``: none)
    while True:
        if plain < pos:
            plain = _first(_PLAIN_TRIGGER, text, pos)
        if mark < pos:
            mark = _first(_MARKS, text, pos)
        at = min(plain, mark)
        if at == end:
            return
        m = (at > pos and _CLEAN.match(text, at - 1)) or _CLEAN.match(text, at)
        if m is None:
            pos = at + 1
            continue
        if m.lastgroup == "entity" and _escaped_unknown_name(m.group()):
            # "&amp;foo;" with no entity "foo" is an escaped "&" before plain "foo;"
            m = _CLEAN.match(text, m.start(), m.start() + len("&amp;"))
            assert m is not None  # "&amp;" alone is an entity
        yield m
        pos = m.end()


def _first(pattern: re.Pattern[str] | regex.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern`` first matches in ``text`` from ``pos`` on; the end of the text if nowhere."""
    m = pattern.search(text, pos)
    return len(text) if m is None else m.start()


def _fix_lookalikes(text: str) -> str:
    """Latin look-alike letters made Cyrillic in otherwise Cyrillic words."""
    parts = []
    done = 0
    pos = 0
    while m := _MIXED.search(text, pos):
        head = _WORD_HEAD.match(text, pos, m.end())
        tail = _WORD_TAIL.match(text, m.start())
        assert head is not None and tail is not None  # \p{L}* matches everywhere, if only the empty string
        start, end = head.start(), tail.end()
        pos = end
        if _FOREIGN_LETTER.search(text, start, end) is None:
            parts.append(text[done:start])
            parts.append(text[start:end].translate(_LOOKALIKES))
            done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class Normalized:
    """The analysis text and the way back to the original offsets.

    Each place where cleaning changed the length of the text is a *piece*: the
    analysis range ``[clean_start[i], clean_end[i])`` stands for the original
    range ``[orig_start[i], orig_end[i])`` as a whole (an entity, a letter with
    its accents, a CRLF; an empty analysis range for removed characters).
    Between pieces the two texts differ by a constant shift.
    """

    original: str
    text: str
    clean_start: array[int] = field(default_factory=lambda: array("q"), compare=False, repr=False)
    clean_end: array[int] = field(default_factory=lambda: array("q"), compare=False, repr=False)
    orig_start: array[int] = field(default_factory=lambda: array("q"), compare=False, repr=False)
    orig_end: array[int] = field(default_factory=lambda: array("q"), compare=False, repr=False)

    @property
    def changed(self) -> bool:
        """True if the analysis text differs from the original."""
        return self.text is not self.original and self.text != self.original

    def _start(self, pos: int) -> int:
        # the first original character of the analysis character at ``pos``
        k = bisect_right(self.clean_end, pos)
        if k < len(self.clean_end) and self.clean_start[k] <= pos:
            return self.orig_start[k]
        return pos if k == 0 else pos + self.orig_end[k - 1] - self.clean_end[k - 1]

    def _end(self, pos: int) -> int:
        # the original end of the analysis character at ``pos - 1``
        if pos == 0:
            return 0
        k = bisect_right(self.clean_end, pos - 1)
        if k < len(self.clean_end) and self.clean_start[k] <= pos - 1:
            return self.orig_end[k]
        return pos if k == 0 else pos + self.orig_end[k - 1] - self.clean_end[k - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the analysis-text range ``[start, end)``.

        The original range covers exactly the characters that became the
        analysis range: a letter with its accents, a whole entity; removed
        characters at either edge stay outside it.

        >>> n = normalize("Сказал Лукаше\\u0301нко.")
        >>> n.text
        'Сказал Лукашенко.'
        >>> s, e = n.span(7, 16)
        >>> n.original[s:e] == "Лукаше\\u0301нко"
        True
        >>> n = normalize("&laquo;Да&raquo;")
        >>> n.text, n.span(0, 1), n.span(1, 3), n.span(0, 4)
        ('«Да»', (0, 7), (7, 9), (0, 16))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(
                f"range [{start}, {end}) is outside the analysis text of length {len(self.text)}"
            )
        if not self.clean_end:
            return start, end
        if start == end:
            at = self._start(start)
            return at, at
        return self._start(start), self._end(end)


def normalize(text: str) -> Normalized:
    """Clean ``text`` for analysis, keeping the way back to its offsets.

    >>> n = normalize("&laquo;Мы\\u00a0готовы&raquo;,\\r\\n&mdash; заявил Пyтин.")
    >>> n.text
    '«Мы готовы»,\\n— заявил Путин.'
    >>> n.original[slice(*n.span(0, 1))]
    '&laquo;'
    >>> normalize("Обычный текст.").changed
    False
    """
    if not _needs_cleaning(text):
        return Normalized(text, text)
    clean_start, clean_end = array("q"), array("q")
    orig_start, orig_end = array("q"), array("q")
    parts: list[str] = []
    done = 0  # original text copied up to here
    size = 0  # length of the analysis text so far
    for m in _clean_matches(text):
        start, end = m.span()
        if start > done:
            parts.append(text[done:start])
            size += start - done
        out = _replacement(m)
        parts.append(out)
        done = end
        if len(out) == end - start:
            size += len(out)
            continue
        after_removed = bool(clean_end) and clean_start[-1] == clean_end[-1] == size
        if not out and after_removed and orig_end[-1] == start:
            orig_end[-1] = end  # one more removed character next to the last ones
            continue
        clean_start.append(size)
        size += len(out)
        clean_end.append(size)
        orig_start.append(start)
        orig_end.append(end)
    parts.append(text[done:])
    # the one-character rules: str.translate() would look up every character of the text, each a
    # new int object past Latin-1, which made a long text with one no-break space a third slower
    clean = _fix_lookalikes(_SPECIAL_CHAR.sub(lambda m: _SPECIAL_TO[m.group()], "".join(parts)))
    if not clean_end and clean == text:
        return Normalized(text, text)
    return Normalized(text, clean, clean_start, clean_end, orig_start, orig_end)
