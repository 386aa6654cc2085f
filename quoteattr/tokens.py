"""Tokens and sentences: razdel over the analysis text, with offsets.

Line breaks always end a sentence (headlines and paragraphs carry no final
period in web text); within a line razdel decides. A line longer than
``MAX_CHUNK`` characters goes to razdel in chunks cut after a sentence end,
else at a space, else anywhere: razdel's rules read the sentence so far at
every delimiter before a space, which is quadratic in the length of one huge
"sentence".

Within a sentence razdel's tokens are those of each word (run of non-spaces)
alone, save for a mark a rule reads across the space; the tokens of a word
are remembered, so a word seen before costs a lookup, as in the word memo of
the morphology (:func:`clear_memo` empties it).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple, Optional, TypeVar

import razdel
import regex
from razdel.segmenters.punct import CLOSE_BRACKETS, CLOSE_QUOTES, DASHES, ENDINGS, GENERIC_QUOTES
from razdel.segmenters.sentenize import BULLET_SIZE, DELIMITERS, FIRST_TOKEN, SentSplit, is_bullet
from razdel.segmenters.sokr import HEAD_PAIR_SOKRS, INITIALS, PAIR_SOKRS, SOKRS
from razdel.segmenters.tokenize import PUNCTS
from razdel.rule import JOIN

MAX_CHUNK = 10_000
# searched backwards: the last sentence end, the last space before a limit
_LAST_SENTENCE_END = regex.compile(r"[.!?…]+[»“”\"')\]]*\s", flags=regex.REVERSE)
_LAST_SPACE = regex.compile(r"\s", flags=regex.REVERSE)
# razdel's quote marks (razdel/segmenters/punct.py QUOTES), and one razdel atom alone (or only
# spaces), with razdel's own regular-expression engine and flags so that both read letters alike
_RAZDEL_QUOTE_MARKS = frozenset("«“‘»”’\"„'")
_RAZDEL_QUOTE = re.compile("[%s]" % "".join(sorted(_RAZDEL_QUOTE_MARKS)))
_SPACE = re.compile(r"\s")  # razdel's notion of a space (razdel/segmenters/sentenize.py SPACE_PREFIX)
_DENSE_QUOTES = 8  # a sentence with more than one quote mark in this many characters goes piece by piece
# razdel's sentence segmenter and the delimiters its rules are tried at
_SENTENIZE = razdel.sentenize
# razdel's delimiter (a smiley "[=:;]-?[)(]{1,3}" or one of its DELIMITERS, smileys first) written with each
# branch opening with one character: the standard library's engine then skips in C to the next character
# that can open one, where razdel's pattern is tried at every character (half the time of the scan)
_SENTENCE_DELIMITER = re.compile(
    "(%s)" % "|".join([*(re.escape(mark) + "-?[)(]{1,3}" for mark in "=:;"), *map(re.escape, DELIMITERS)])
)
# razdel's delimiter or an opening quote mark (which is none): one scan of a chunk finds where its sentences
# may end and every quote mark (_RAZDEL_QUOTE), which the sentences are then counted by. The opening marks
# are more branches of one character each, so that the engine still skips in C to what can open a match.
_OPENING_QUOTES = _RAZDEL_QUOTE_MARKS - set(DELIMITERS)
_DELIMITER_OR_QUOTE = re.compile(_SENTENCE_DELIMITER.pattern[:-1] + "|%s)" % "|".join(sorted(_OPENING_QUOTES)))
_SENTENCE_WINDOW = _SENTENIZE.split.window  # characters of text on each side of a delimiter that the rules read
_SENTENCE_RULES = tuple(rule.function for rule in _SENTENIZE.rules)
# what razdel's rules read at a delimiter (razdel/segmenters/sentenize.py, punct.py, sokr.py), for the
# verdicts that are certain without them (_certain_verdict)
_CLOSING_MARKS = frozenset(GENERIC_QUOTES + CLOSE_QUOTES + CLOSE_BRACKETS)
_ENDINGS = frozenset(ENDINGS)
# the marks after which razdel's rules may join before the sentence end: a delimiter, a dash, a smiley
_READ_AFTER_END = frozenset(DELIMITERS + DASHES + "=:;")
# the words its abbreviation and initial rules read before a period (HEAD_SOKRS is part of SOKRS),
# the first of a pair ("т. е.") included
_ABBREVIATIONS = frozenset(SOKRS | INITIALS | {pair[0] for pair in PAIR_SOKRS | HEAD_PAIR_SOKRS})
_ONE_ATOM = re.compile(r"\s*(?:([а-яё]+|[a-z]+|\d+)\s*)?", re.I | re.U)
# the marks of razdel's rules that read one atom past them: dash and underscore (which join any two atoms but
# marks), float and fraction (two numbers); and razdel's marks
_JOINS_WORDS = frozenset(DASHES + "_")
_JOINS_NUMBERS = frozenset(".,/\\")
_RAZDEL_PUNCTS = frozenset(PUNCTS)
_new = tuple.__new__
_WORD_MEMO = 50_000  # words whose tokens are remembered: the working vocabulary of news
_MEMO_WORD_LENGTH = 40  # a longer word (a link, a run of marks) is seldom seen twice
# a word's tokens as (start, stop, text, low) in the word: by the word, or by the word and the neighbours
# it reads (_word_by_word); a plain dict emptied when full, as the morphology's memo (an LRU cache made
# the word loop twice as slow)
_WordTokens = tuple[tuple[int, int, str, str], ...]
_MemoKey = str | tuple[str, str, str]
_word_memo: dict[_MemoKey, _WordTokens] = {}
# a word that is one token and reads no neighbour (most words), by the word: a lower-case one as itself
# (its own low form), another as (the word, its low form). The tokens of a word found here are the word
# alone, without a tuple of pieces to read, and hold the remembered string, not the one just split off
# the text (about 4 MB of strings in a 1 MB document).
_word_itself: dict[str, str] = {}
_word_low: dict[str, tuple[str, str]] = {}
# razdel's tokens of a part of a long word, by the part and the characters across its cuts (_long_word_tokens)
_part_memo: dict[tuple[str, str, str], tuple[tuple[int, int, str], ...]] = {}
# where a long word is cut: after one of razdel's marks but a dash or an underscore, before a letter (with
# the letter classes and flags of razdel's atoms)
_PART_START = re.compile(
    "(?<=[%s])(?=[а-яёa-z])" % re.escape("".join(sorted(_RAZDEL_PUNCTS - _JOINS_WORDS))), re.I | re.U
)


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
    # where razdel's quote marks are in the text, found by the scan for its sentence ends: the marks
    # scan_quotes() pairs are among them, and it reads them from here instead of a scan of its own
    quote_marks: tuple[int, ...] = ()

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


def clear_memo() -> None:
    """Forget the tokens of every word and part of a long word seen."""
    _word_memo.clear()
    _word_itself.clear()
    _word_low.clear()
    _part_memo.clear()


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
    low: list[str] = []
    quote_marks: list[int] = []
    para = 0  # the lines with something in them, counted
    start = 0
    for line in text.split("\n"):  # the line ends found in C, where a search tested each character
        end = start + len(line)
        if line:
            for base, chunk_end in _chunks(text, start, end):
                _add_chunk(text[base:chunk_end], base, para, tokens, sentences, low, quote_marks)
            para += 1
        start = end + 1
    return Tokens(text, tuple(tokens), tuple(sentences), tuple(low), tuple(quote_marks))


def _add_chunk(
    chunk: str, base: int, para: int, tokens: list[Token], sentences: list[Sentence], low: list[str], quote_marks: list[int]
) -> None:
    """Append the sentences and tokens of ``chunk``, found at ``base`` in the text, the tokens' ``low``
    and where its quote marks are."""
    found_sentences, quotes = _razdel_sentences(chunk)
    quote_marks += map(operator.add, quotes, itertools.repeat(base))
    for sent_start, sent_text in found_sentences:
        first = len(tokens)
        offset = base + sent_start
        index = len(sentences)
        marks = bisect.bisect_left(quotes, sent_start + len(sent_text)) - bisect.bisect_left(quotes, sent_start) if quotes else 0
        if marks * _DENSE_QUOTES <= len(sent_text):
            _word_by_word(sent_text, offset, index, para, tokens, low)
        else:
            found = _between_quote_marks(sent_text)
            tokens += [_new(Token, (offset + start, offset + stop, text, index, para)) for start, stop, text in found]
            low += [_low(text) for _, _, text in found]
        if len(tokens) > first:
            sentences.append(Sentence(offset, offset + len(sent_text), first, len(tokens), para))


def _low(token: str) -> str:
    """A token lower-cased with ё folded to е (:attr:`Tokens.low`); the token itself if that is
    the same, so that a remembered word holds one string."""
    low = token.lower().replace("ё", "е")
    return token if low == token else low


def _razdel_sentences(chunk: str) -> tuple[list[tuple[int, str]], list[int]]:
    """razdel.sentenize(chunk) as (start, text), less its empty sentences; and where razdel's
    quote marks are in the chunk, found by the same scan as the delimiters (a scan of each
    sentence for them cost about 5% of the tokenizer).

    razdel's own segmenter (its delimiters, window and rules) driven here:
    razdel ends a sentence only at a delimiter followed by a space (its rules
    ``no_space_prefix`` and, at the end of the text, ``empty_side``), so a
    delimiter with none after it (a quote mark before a comma, the period of
    "2.5", a run of quote marks) joins without a split built for the rules;
    and a sentence is kept as offsets, where razdel rebuilds it by string
    concatenation and searches the text for it again. A list, not a generator: a
    generator per sentence costs more than the few tests that cut it.
    """
    cuts = [0]  # where each sentence starts (spaces included, as razdel's buffer), then the end
    quotes: list[int] = []
    for delimiter in _DELIMITER_OR_QUOTE.finditer(chunk):
        left, right = delimiter.span()
        first = chunk[left]
        if first in _RAZDEL_QUOTE_MARKS:
            quotes.append(left)
            if first in _OPENING_QUOTES:
                continue  # no delimiter
        if not _SPACE.match(chunk, right):
            continue
        mark = delimiter.group(1)
        before, after = chunk[max(0, left - _SENTENCE_WINDOW) : left], chunk[right : right + _SENTENCE_WINDOW]
        joins = _certain_verdict(mark, before, after, left - cuts[-1])
        if joins is None:
            split = SentSplit(before, mark, after)
            split.buffer = chunk[cuts[-1] : left]
            joins = _joins(split)
        if not joins:
            cuts.append(right)
    cuts.append(len(chunk))
    return [sentence for start, end in zip(cuts, cuts[1:]) if (sentence := _stripped(chunk, start, end)) is not None], quotes


def _certain_verdict(mark: str, before: str, after: str, buffer_length: int) -> Optional[bool]:
    """razdel's verdict at delimiter ``mark`` between the window ``before`` and ``after`` (which opens
    with a space), with the sentence so far ``buffer_length`` long, where its rules need not be read:
    True to join, False to split, None where they must be (they cost a fifth of the tokenizer).

    - A lower-case word after the mark joins (razdel's lower_right, the first
      rule that can speak when both sides hold an atom).
    - A closing quote or bracket after anything but a space or a sentence end
      joins: every rule before razdel's close_quote and close_bracket joins or
      passes, and these join unless the atom before the mark ends a sentence.
    - A sentence end before a capital, a number or an opening mark ("сказал.
      Он", "году. «Мы") splits when the atom before it is no abbreviation,
      initial or list number: no rule but those reading that atom (sokr_left,
      inside_pair_sokr, initials_left, list_item) can join there.
    """
    if not before or before.isspace():
        return None  # razdel's empty_side
    first = after[1:2]
    if first.islower():
        word = FIRST_TOKEN.match(after).group(1)  # a letter opens an atom: there is a match
        return True if word.isalpha() and word.islower() else None
    if mark in _CLOSING_MARKS:
        return True if before[-1] not in _ENDINGS and not before[-1].isspace() else None
    if mark not in _ENDINGS or not _opens_sentence(first):
        return None
    if mark != ".":
        return False
    atom = _last_atom(before.split()[-1])
    if atom is None or atom.lower() in _ABBREVIATIONS:
        return None
    return False if buffer_length > BULLET_SIZE or not is_bullet(atom) else None


def _opens_sentence(first: str) -> bool:
    """Does the atom razdel reads after a sentence end, opening with character ``first``, leave its
    rules on that side silent: a capitalized word, a number, or a mark that is no delimiter (a
    generic quote mark but), dash or smiley?"""
    if first.isalpha():
        return first.isupper()
    if first.isalnum() or first == "_":  # razdel's \w: a number if decimal
        return first.isdecimal()
    return bool(first) and not first.isspace() and (first in GENERIC_QUOTES or first not in _READ_AFTER_END)


def _last_atom(word: str) -> Optional[str]:
    """razdel's last atom of a window whose last run of non-spaces is ``word``, if it is a mark, or a
    word of letters or digits all of whose characters it holds; None for a single letter (an
    initial, or the end of "т. е") or a word of mixed kinds."""
    last = word[-1]
    if not (last.isalnum() or last == "_"):
        return last
    return word if len(word) > 1 and (word.isalpha() or word.isdecimal()) else None


def _joins(split: SentSplit) -> bool:
    """razdel's join() of a sentence split, calling its rules' functions directly (each rule is a
    FunctionRule, one more Python call per rule and delimiter): the first rule that speaks decides."""
    for rule in _SENTENCE_RULES:
        action = rule(split)
        if action:
            return bool(action == JOIN)
    return False


def _stripped(chunk: str, start: int, end: int) -> Optional[tuple[int, str]]:
    """``chunk[start:end]`` without the spaces around it, as (start, text), if anything is left."""
    text = chunk[start:end]
    stripped = text.strip()
    return (start + len(text) - len(text.lstrip()), stripped) if stripped else None


_Found = list[tuple[int, int, str]]  # tokens as (start, stop, text) in the text they were found in


def _between_quote_marks(text: str) -> _Found:
    """razdel.tokenize(text) as (start, stop, text), with the pieces of names glued (:func:`_glue`), for
    a text dense with quote marks (ordinary text goes word by word, :func:`_word_by_word`).

    Such a text goes piece by piece between its quote marks: razdel never joins a quote
    mark to a neighbour (no rule joins a quote, and a rule that looks two atoms
    away refuses a quote as it refuses no atom), so the text between two quote
    marks tokenizes alone, and a piece that is one run of letters or digits is
    one token without razdel's rules, which cost about 10 µs an atom: a text of
    quote marks between single letters would pay that per character.
    """
    found: _Found = []
    pos = 0
    for mark in _RAZDEL_QUOTE.finditer(text):
        found += _piece_tokens(text, pos, mark.start())
        found.append((mark.start(), mark.end(), mark.group()))
        pos = mark.end()
    found += _piece_tokens(text, pos, len(text))
    return _glue(found, text)


def _word_by_word(
    text: str, offset: int, sent: int, para: int, tokens: list[Token], low: list[str]
) -> None:
    """Append the tokens of sentence ``text``, found at ``offset`` in the text, word by word, each
    word's remembered with the neighbour it reads (if any), and the tokens' ``low``.

    razdel's atoms hold no space and it joins no atoms a space separates, so
    its tokens of a text are those of its words, save where a rule reads
    across the space (:func:`_reads_neighbours`): such a word is read, and
    remembered, with the character across the space. Gluing joins only
    touching tokens, so it too is done word by word.
    """
    words = text.split()  # str.split() splits at what \s matches, as razdel's atoms do
    itself, one_token, memo = _word_itself, _word_low, _word_memo
    add_token, add_low = tokens.append, low.append
    # tuple.__new__ skips the Python-level __new__ of a NamedTuple, the larger part of building a token
    for k, (word, start) in enumerate(zip(words, _word_starts(text, words, offset))):
        remembered = itself.get(word)
        if remembered is not None:  # most words: one lower-case token, the word itself
            add_token(_new(Token, (start, start + len(word), remembered, sent, para)))
            add_low(remembered)
            continue
        known = one_token.get(word)
        if known is not None:
            remembered, word_low = known
            add_token(_new(Token, (start, start + len(word), remembered, sent, para)))
            add_low(word_low)
            continue
        # a word that reads a neighbour is remembered with it, never alone
        for a, b, piece, piece_low in memo.get(word) or _word_tokens_at(words, k):
            add_token(_new(Token, (start + a, start + b, piece, sent, para)))
            add_low(piece_low)


def _word_starts(text: str, words: list[str], offset: int) -> Iterable[int]:
    """Where each of ``words``, the words of ``text``, starts, plus ``offset``: summed in C where
    one space parts each two words (most sentences), else found one after the other (str.find
    parses its arguments the slow way, and costs more than the sums)."""
    lengths = list(map(len, words))
    if len(text) + 1 == sum(lengths) + len(words):
        return itertools.accumulate(map(operator.add, lengths, itertools.repeat(1)), initial=offset)
    starts = []
    stop = 0
    for word in words:
        start = text.find(word, stop)
        stop = start + len(word)
        starts.append(offset + start)
    return starts


def _word_tokens_at(words: list[str], k: int) -> _WordTokens:
    """The tokens of ``words[k]``, with the characters across the spaces its rules read (remembered)."""
    word = words[k]
    before = after = ""
    key: _MemoKey = word
    reads_before, reads_after = _reads_neighbours(word)
    if reads_before or reads_after:
        before = words[k - 1][-1] if reads_before and k else ""
        after = words[k + 1][0] if reads_after and k + 1 < len(words) else ""
        key = (word, before, after)
        pieces = _word_memo.get(key)
        if pieces is not None:
            return pieces
    pieces = _word_tokens(word, before, after)
    if len(word) <= _MEMO_WORD_LENGTH:
        if isinstance(key, str) and len(pieces) == 1:
            low = pieces[0][3]
            if low == word:
                _remember(_word_itself, word, word)
            else:
                _remember(_word_low, word, (word, low))
        else:
            _remember(_word_memo, key, pieces)
    return pieces


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> None:
    """Put ``value`` in ``memo``, emptied first if full."""
    if len(memo) >= _WORD_MEMO:
        memo.clear()
    memo[key] = value


def _reads_neighbours(word: str) -> tuple[bool, bool]:
    """Do razdel's rules read the atom before ``word``, and the atom after it, across the spaces?

    Only the dash, underscore, float and fraction rules read past the atoms
    they join, and only when a word opens or closes with their mark: at "-то"
    the dash rule joins the mark to "то" unless the atom before "-" is a mark;
    at ",5" the float rule joins it to "5" if the atom before "," is a number.
    So a word reads across the space only where its mark at the edge has next
    to it, inside the word, an atom that rule can join: not a mark for a dash
    or an underscore, a number for a period, comma or slash ("сказал," and
    "году." read nothing).
    """
    if len(word) < 2:
        return False, False
    return _may_join(word[0], word[1]), _may_join(word[-1], word[-2])


def _may_join(mark: str, inner: str) -> bool:
    """Can the rule of ``mark`` at the edge of a word join it, given the character next to it in the word?"""
    if mark in _JOINS_WORDS:
        return inner not in _RAZDEL_PUNCTS
    return mark in _JOINS_NUMBERS and inner.isdecimal()  # razdel's numbers are runs of \d: decimal digits


def _word_tokens(word: str, before: str, after: str) -> _WordTokens:
    """The glued razdel tokens of ``word`` between the characters ``before`` and ``after``
    (or nothing), which stand apart by a space and stay out of the result, each with its low form."""
    own = _long_word_tokens(word, before, after) if len(word) > _MEMO_WORD_LENGTH else _razdel_tokens(word, before, after)
    return tuple((start, stop, token, _low(token)) for start, stop, token in _glue(own, word))


def _razdel_tokens(word: str, before: str, after: str) -> _Found:
    """razdel's tokens of ``word`` between the characters ``before`` and ``after`` (or nothing),
    which stand apart by a space and stay out of the result."""
    shift = len(before) + 1 if before else 0
    found = razdel.tokenize(f"{before} " * bool(before) + word + f" {after}" * bool(after))
    return [(tok.start - shift, tok.stop - shift, tok.text) for tok in found if 0 <= tok.start - shift < len(word)]


def _long_word_tokens(word: str, before: str, after: str) -> _Found:
    """razdel's tokens of a word too long to be remembered (a link: "https://www.site.ru/news/item.html"),
    read part by part, each part remembered.

    The word is cut after a mark that is no dash or underscore, before a letter
    ("https:", "//www.", "site.", "ru/", "news/", "item.", "html"): razdel
    splits there whatever stands around, and its rules read of each side only
    the kind of its atom (one mark, a run of letters), which the character
    across the cut gives. So each part is razdel's tokens of it between the
    characters across its cuts, as a word between its neighbours.
    """
    cuts = [0, *(cut.start() for cut in _PART_START.finditer(word)), len(word)]
    found: _Found = []
    for start, stop in zip(cuts, cuts[1:]):
        key = (word[start:stop], word[start - 1] if start else before, word[stop] if stop < len(word) else after)
        tokens = _part_memo.get(key)
        if tokens is None:
            tokens = tuple(_razdel_tokens(*key))
            if stop - start <= _MEMO_WORD_LENGTH:
                _remember(_part_memo, key, tokens)
        found += [(start + a, start + b, token) for a, b, token in tokens]
    return found


def _piece_tokens(text: str, start: int, stop: int) -> _Found:
    if start >= stop:
        return []
    one = _ONE_ATOM.fullmatch(text, start, stop)
    if one is not None:
        return [(one.start(1), one.end(1), one.group(1))] if one.start(1) >= 0 else []
    return [(start + tok.start, start + tok.stop, tok.text) for tok in razdel.tokenize(text[start:stop])]


def _glue(found: _Found, text: str) -> _Found:
    """``found`` with each token that should join the one it touches joined to it (:func:`_glued`)."""
    out: _Found = []
    for start, stop, tok in found:
        if out and out[-1][1] == start and _glued(out, tok):
            if out[-1][2] == "." and len(out) >= 2:  # "VC" "." "ru": the dot and the name before it
                out.pop()
            start = out.pop()[0]
            tok = text[start:stop]
        out.append((start, stop, tok))
    return out


def _latin(text: str) -> bool:
    return text.isascii() and text.isalnum() and not text.isdigit()  # of ASCII letters and digits, not digits only


# top-level domains written in Cyrillic: "Лента.ру", "Украина.Ру", "Правительство.рф"
_CYRILLIC_DOMAINS = frozenset({"ру", "рф"})
# the letters of a top-level domain in Latin: two for a country ("ru", "Ua"), three or four for a
# kind ("com", "info"); a longer word after a period is the next sentence run on ("сказал.Then")
_DOMAIN_LETTERS = range(2, 5)


def _glued(found: _Found, text: str) -> bool:
    """Should ``text`` join the token before it? razdel splits "4PDA", "VC.ru" and "Газета.Ru" apart."""
    last = found[-1][2]
    if text.isascii() and text.isalnum() and last.isascii() and last.isalnum():
        return _latin(text) or _latin(last)  # "4" + "PDA"
    if last != "." or len(found) < 2 or found[-2][1] != found[-1][0]:
        return False
    before = found[-2][2]
    if _latin(text) and text.islower() and _latin(before):
        return True  # "VC" "." "ru"
    # "Лента" "." "ру", "Газета" "." "ru", "Вести" "." "Ru": a site's name of more than an initial
    # ("A.M"), capitalized before a capitalized domain ("сказал.The" is two sentences run together)
    domain = text.lower() in _CYRILLIC_DOMAINS or _domain(text) and (text.islower() or before[:1].isupper())
    return domain and len(before) > 1 and before.isalnum() and not before.isdecimal()


def _domain(text: str) -> bool:
    """Is ``text`` written as a top-level domain in Latin: "ru", "Ru", "RU", "com", "Info"?"""
    return text.isascii() and text.isalpha() and len(text) in _DOMAIN_LETTERS and (text.islower() or text.istitle() or text.isupper())
