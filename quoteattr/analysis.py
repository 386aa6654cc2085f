"""What the attribution stages share about one text.

:class:`Analysis` holds the tokens, the quote spans and the morphology of a
text, and answers the per-token questions the sieves ask (is it a word, a
preposition, inside a quotation), analysing a word only when a sieve asks.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from typing import Optional

from .morph import Morphology, Word
from .quotes import QuoteSpan
from .tokens import Sentence, Token, Tokens

DASHES = frozenset("—–-−")
# where a token starts and ends, and its text: the keys a bisection and a scan of the tokens read, in C
START = operator.itemgetter(0)
_END = operator.itemgetter(1)
_TEXT = operator.itemgetter(2)
_FIRST = operator.itemgetter(0)  # the first character of a token's text
DASH_TOKENS = DASHES | {"--", "—-"}  # a dash, or two typed for one
# a token whose kind of mention has not been asked yet (Analysis.token_kinds): a list, not a dict by
# token, holds the answers of a long document in a fifth of the memory (None is an answer too)
UNASKED = "unasked"


def _token_count(sentence: Sentence) -> int:
    return sentence.last - sentence.first


class Analysis:
    """Tokens, quote spans and lazily analysed words of one text."""

    def __init__(self, tokens: Tokens, quotes: tuple[QuoteSpan, ...], morph: Morphology) -> None:
        self.text = tokens.text
        self.tokens = tokens
        self.toks: tuple[Token, ...] = tokens.tokens
        self.sents: tuple[Sentence, ...] = tokens.sentences
        self.morph = morph
        self.quotes = tuple(q for q in quotes if q.depth == 0)
        self.low = tokens.low
        self.quote_of: list[int] = self._map_quotes()
        self.quote_starts = [q.start for q in self.quotes]
        self._quote_words = [-1] * len(self.quotes)
        self._paragraphs: Optional[dict[int, tuple[int, int]]] = None
        self.scans: dict[tuple[object, ...], object] = {}  # searches several cues share, by what and where they read
        # each token's kind of mention it can head (None: none), or UNASKED until mentions.py works it out
        self.token_kinds: list[Optional[str]] = [UNASKED] * len(self.toks)
        # each token's text and sentence, read as ``an.tok_texts[i]``, ``an.sent_of[i]``: a field of a
        # token read by name (``an.toks[i].text``) is a lookup CPython 3.11 does not specialize, several
        # times the cost of indexing a list, and the searches ask it of token after token
        self.tok_texts: tuple[str, ...] = tuple(map(_TEXT, self.toks))
        self.sent_of: list[int] = list(itertools.chain.from_iterable(map(itertools.repeat, itertools.count(), map(_token_count, self.sents))))
        texts = self.tok_texts
        self.sent_bounds: list[tuple[int, int]] = [(s.first, s.last) for s in self.sents]  # each sentence's tokens
        # each token's analysis, once asked for (word()): the loops that ask it of token after token read
        # ``an.words[i] or an.word(i)``, a method call costing several times the lookup. The words the
        # morphology has analysed before (most, in a long-running process) are there from the start.
        self.words: list[Optional[Word]] = morph.remembered(texts)
        self._preps: list[Optional[bool]] = [None] * len(self.toks)  # whether it is a preposition, once asked
        # Whether each token starts with a capital, has a letter, is only marks: worked out for every
        # token at once from its first character, in C; a token opening with a letter has one and is
        # no mark, so only the others (a fifth of the tokens: "2014-го", "«Да", "...") are read
        # further, where a test of every character of every token (str.isalpha, str.isalnum) cost
        # about 1% of extract(). The searches index these lists (``an.letters[i]``): a method call
        # costs several times the lookup, and they ask of token after token.
        firsts = list(map(_FIRST, texts))  # no token is empty
        self.caps: list[bool] = list(map(str.isupper, firsts))
        letters = self.letters = list(map(str.isalpha, firsts))
        marks = self.marks = [False] * len(texts)
        for i in itertools.compress(itertools.count(), map(operator.not_, letters)):
            text = texts[i]
            if len(text) == 1:
                marks[i] = not text.isalnum()  # a mark, unless a digit
            else:
                letters[i] = _has_letter(text)
                marks[i] = _only_marks(text)
        self.token_names: list[Optional[bool]] = [None] * len(self.toks)  # whether it is part of a person's name, once asked (mentions.py)
        self.name_forms: dict[int, Optional[frozenset[tuple[str, str]]]] = {}  # token -> its (case, gender) as a name (mentions.py)
        # the tokens that start with a capital letter, in order (where names can be): an attribute set in
        # __init__, not a functools.cached_property, whose write to the instance's __dict__ makes CPython
        # 3.11 stop specializing the reads of every attribute and method of the analysis (about 9%)
        self.capitalized: list[int] = list(itertools.compress(itertools.count(), self.caps))
        self.opener_at: dict[int, int] = {}  # token index of an opening mark -> quote index
        self.closer_at: dict[int, int] = {}
        self._quote_tokens: list[tuple[int, int]] = []
        for qi, q in enumerate(self.quotes):
            a = bisect.bisect_right(self.toks, q.start, key=_END)  # tokens.index_at(), in C
            b = bisect.bisect_right(self.toks, q.end - 1, key=_END)
            self._quote_tokens.append((a, b))
            if a < len(self.toks) and self.toks[a].start == q.start:
                self.opener_at[a] = qi
            if b < len(self.toks) and self.toks[b].end == q.end:
                self.closer_at[b] = qi

    def tokens_written(self, *words: str) -> list[int]:
        """The tokens whose low form is one of ``words``, in order. Found by searches in C (a word
        the text has is looked up from one find to the next by ``tuple.index``; of several words,
        only those a set intersection leaves; of more than two the text has, all in one scan, where
        each word's finds cost a scan of their own): a loop in Python over every token of the text
        costs about 1% of extract() each time."""
        low = self.low
        present = words if len(words) == 1 else set(words).intersection(low)
        if len(present) > 2:
            return list(itertools.compress(itertools.count(), map(present.__contains__, low)))
        found: list[int] = []
        for word in present:
            at = -1
            try:
                while True:
                    at = low.index(word, at + 1)
                    found.append(at)
            except ValueError:
                pass
        found.sort()
        return found

    def _map_quotes(self) -> list[int]:
        """For each token, the index of the outermost quote span holding it, or -1."""
        out = [-1] * len(self.toks)
        if not self.quotes:
            return out
        for qi, q in enumerate(self.quotes):  # outermost quotes do not overlap: linear in all
            i = bisect.bisect_left(self.toks, q.start, key=START)
            j = bisect.bisect_right(self.toks, q.end, lo=i, key=_END)  # the tokens from i that end inside
            out[i:j] = [qi] * (j - i)
        return out

    # --- per-token questions -------------------------------------------------

    def word(self, i: int) -> Word:
        found = self.words[i]
        if found is None:  # asked again and again by the searches: looked up once per token
            found = self.words[i] = self.morph.word(self.tok_texts[i])
        return found

    def is_dash(self, i: int) -> bool:
        return self.tok_texts[i] in DASH_TOKENS

    def is_prep(self, i: int) -> bool:
        found = self._preps[i]
        if found is None:  # asked of the word before most phrases and names: three questions, once per token
            found = self._preps[i] = self.letters[i] and "PREP" in (self.words[i] or self.word(i)).best and not self.is_initial(i)
        return found

    def is_initial(self, j: int) -> bool:
        """Is token ``j`` an initial: one capital letter, a period, then a capitalized word ("С. Лавров")?"""
        tok = self.tok_texts[j]
        return (
            len(tok) == 1
            and tok.isupper()
            and j + 2 < len(self.toks)
            and self.tok_texts[j + 1] == "."
            and self.toks[j + 1].start == self.toks[j].end
            and self.tok_texts[j + 2][:1].isupper()
        )

    def sentence(self, i: int) -> Sentence:
        return self.sents[self.sent_of[i]]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        return self.sent_bounds[self.sent_of[i]]

    def paragraph_bounds(self, i: int) -> tuple[int, int]:
        """Token range of the line holding token ``i``."""
        if self._paragraphs is None:
            bounds: dict[int, list[int]] = {}
            for sent in self.sents:  # a sentence lies in one line: far fewer to read than tokens
                bounds.setdefault(sent.para, [sent.first, sent.last])[1] = sent.last
            self._paragraphs = {para: (a, b) for para, (a, b) in bounds.items()}
        return self._paragraphs[self.toks[i].para]

    def quote_tokens(self, qi: int) -> tuple[int, int]:
        """Token range ``[opener, closer]`` of quote ``qi`` (closer inclusive)."""
        return self._quote_tokens[qi]

    def quote_words(self, qi: int) -> int:
        """Number of words inside quote ``qi`` (counted once)."""
        count = self._quote_words[qi]
        if count < 0:
            q = self.quotes[qi]
            count = self._quote_words[qi] = len(self.text[q.inner_start : q.inner_end].split())
        return count

    def quotes_within(self, start: int, end: int) -> range:
        """Indices of the outermost quotes that start inside ``[start, end)``."""
        return range(bisect.bisect_left(self.quote_starts, start), bisect.bisect_left(self.quote_starts, end))

    def inside_quote(self, i: int) -> Optional[int]:
        qi = self.quote_of[i]
        return qi if qi >= 0 else None


# a word or a mark is all letters or one character: the test of each character is left for the
# few others ("2014-го", "«Да"), mapped in C (a generator costs a Python frame per token)


def _has_letter(text: str) -> bool:
    return text.isalpha() or len(text) > 1 and any(map(str.isalpha, text))


def _only_marks(text: str) -> bool:
    return not text.isalnum() and (len(text) < 2 or not any(map(str.isalnum, text)))
