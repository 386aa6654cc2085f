"""Morphology: one shared pymorphy3 analyzer and a memo of analysed words.

The analyzer is built on first use, not at import. :class:`Morphology` keeps a
bounded memo from word form to :class:`Word`, so a word seen before costs a
dictionary lookup.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Iterable, Optional

import pymorphy3

from .lexicon import fold

NAME_TAGS = frozenset({"Name", "Surn", "Patr"})  # pymorphy3's tags of a person's first name, surname, patronymic
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})  # pymorphy3's cases
_NAME_GENDERS = frozenset({"masc", "femn"})
_INFLECT_MEMO = 5_000  # inflections remembered: names and phrases put in the nominative again and again


@functools.cache
def default_analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide analyzer, loaded once on first use."""
    return pymorphy3.MorphAnalyzer()


@dataclass(frozen=True, slots=True)
class Reading:
    """One analysis of a word form: lemma, grammemes and pymorphy3's score."""

    lemma: str
    grammemes: frozenset[str]
    score: float
    parse: pymorphy3.analyzer.Parse


@dataclass(frozen=True, slots=True)
class Word:
    """Every reading of one word form, most probable first."""

    text: str
    readings: tuple[Reading, ...]
    known: bool  # in the dictionary, not guessed from its ending
    noun_lemmas: frozenset[str]  # lemmas of its noun readings: what lexicons of nouns match
    any_grammemes: frozenset[str]  # the grammemes of all readings together: has() of one is a lookup
    best: frozenset[str]  # the grammemes of the most probable reading (none if no reading), asked by ``in``
    name_readings: tuple[Reading, ...]  # the readings as a person's name, not as an initial or abbreviation
    lemma: str  # the lemma of the most probable reading; the word itself, folded, if none
    # the cases in which a dictionary word votes for a man's or a woman's name (name_gender): worked
    # out once per word form, where each name asked it of every reading again
    masc_name_cases: frozenset[str]
    femn_name_cases: frozenset[str]

    def has(self, *grammemes: str) -> bool:
        """True if some reading carries all ``grammemes``."""
        if len(grammemes) == 1:
            return grammemes[0] in self.any_grammemes
        if not self.any_grammemes.issuperset(grammemes):
            return False  # one of them in no reading: most asks, answered without reading each one
        # a loop, not any() over a generator: asked thousands of times a text; issuperset() of the
        # tuple, not a set built of it for each ask
        for r in self.readings:
            if r.grammemes.issuperset(grammemes):
                return True
        return False

    def readings_with(self, *grammemes: str) -> tuple[Reading, ...]:
        if not self.any_grammemes.issuperset(grammemes):
            return ()  # one of them in no reading: most asks, answered without a list built of none
        # a list builds faster than a generator; issuperset() reads the tuple, no set is built of it
        return tuple([r for r in self.readings if r.grammemes.issuperset(grammemes)])

    @property
    def pos(self) -> Optional[str]:
        return self.readings[0].parse.tag.POS if self.readings else None


class Morphology:
    """pymorphy3 behind a bounded, thread-safe memo of analysed word forms.

    >>> m = Morphology()
    >>> m.word("заявил").lemma
    'заявить'
    >>> m.nominative("Путина")
    'Путин'
    """

    def __init__(
        self, analyzer: Optional[pymorphy3.MorphAnalyzer] = None, memo_size: int = 200_000
    ) -> None:
        self._analyzer = analyzer
        self._memo: dict[str, Word] = {}
        self._names: dict[tuple[str, str], str] = {}  # (name word, case) -> nominative
        self._memo_size = memo_size
        self._lock = threading.Lock()

    @property
    def analyzer(self) -> pymorphy3.MorphAnalyzer:
        if self._analyzer is None:
            self._analyzer = default_analyzer()
        return self._analyzer

    def clear(self) -> None:
        """Forget every analysed word (the analyzer itself stays loaded), and the inflections."""
        with self._lock:
            self._memo.clear()
            self._names.clear()
        inflect.cache_clear()

    def word(self, text: str) -> Word:
        """The analysis of one word form (memoized)."""
        found = self._memo.get(text)
        if found is not None:
            return found
        try:
            parses = self.analyzer.parse(text)
        except ValueError:  # pymorphy3 asks unicodedata for the name of a letter that has none ("𗀀")
            parses = []
        readings = tuple(Reading(fold(p.normal_form), frozenset(p.tag.grammemes), p.score, p) for p in parses)
        known = bool(parses) and self.analyzer.word_is_known(text.lower())
        nouns = frozenset(r.lemma for r in readings if "NOUN" in r.grammemes)
        every = frozenset().union(*(r.grammemes for r in readings))
        best = readings[0].grammemes if readings else frozenset()
        names = tuple(r for r in readings if NAME_TAGS & r.grammemes and not {"Init", "Abbr"} & r.grammemes)
        lemma = readings[0].lemma if readings else fold(text)
        masc, femn = _name_votes(readings) if known and NAME_TAGS & every else (frozenset(), frozenset())
        result = Word(text, readings, known, nouns, every, best, names, lemma, masc, femn)
        with self._lock:
            if len(self._memo) >= self._memo_size:
                self._memo.clear()
            self._memo[text] = result
        return result

    def remembered(self, texts: Iterable[str]) -> list[Optional[Word]]:
        """The memo's analysis of each of ``texts``, None for a word not analysed yet: looked up in C,
        where :meth:`word` is a Python call per word."""
        return list(map(self._memo.get, texts))

    def nominative(self, text: str, number: Optional[str] = None) -> str:
        """``text`` put in the nominative, keeping its capitalization.

        Words that do not inflect (abbreviations, Latin, numbers) come back
        unchanged.
        """
        word = self.word(text)
        candidates = [
            r for r in word.readings if {"NOUN", "ADJF", "PRTF", "NPRO"} & r.grammemes
        ]
        if not candidates or any("nomn" in r.grammemes for r in candidates[:1]):
            return text
        reading = candidates[0]
        wanted = {"nomn"}
        if number:
            wanted.add(number)
        inflected = inflect(reading.parse, frozenset(wanted)) or inflect(reading.parse, frozenset({"nomn"}))
        if inflected is None:
            return text
        return match_case(text, inflected.word)


    def name_nominative(self, text: str, case: str) -> str:
        """A word of a person's name, standing in ``case``, put in the nominative (memoized).

        >>> Morphology().name_nominative("Путина", "gent")
        'Путин'
        """
        key = (text, case)
        found = self._names.get(key)
        if found is None:
            found = self._name_nominative(text, case)
            with self._lock:
                if len(self._names) >= self._memo_size:
                    self._names.clear()
                self._names[key] = found
        return found

    def _name_nominative(self, text: str, case: str) -> str:
        word = self.word(text)
        readings = word.readings
        if not word.known:
            if text.endswith(ADJECTIVE_OBLIQUE.get(case, ())):  # "Зеленского" -> "Зеленский": pymorphy3's guess
                guess = next((r for r in readings if case in r.grammemes and {"ADJF", "masc"} <= r.grammemes), None)
                if guess is not None:
                    return match_case(text, guess.parse.normal_form)
            return _strip_case_ending(text, case)
        named = [r for r in readings if NAME_TAGS & r.grammemes]
        # a place is no word of a person's name: "Кускова" is a man's "Кусков", not the district "Кусково"
        unplaced = [r for r in readings if "Geox" not in r.grammemes]
        for pool in (named, unplaced):  # read it as a name if it can be one
            # one person's name is singular: "Катрин" in the genitive is "Катрин", not "Катрина"'s plural
            fitting = sorted((r for r in pool if case in r.grammemes), key=lambda r: "plur" in r.grammemes)
            if case == "nomn" and fitting or pool is named and fitting and "plur" in fitting[0].grammemes:
                return text  # "Джен", a plural of "Джена" only to the dictionary: a foreign name as written
            if fitting:
                inflected = fitting[0].parse.inflect({"nomn", "sing"}) or fitting[0].parse.inflect({"nomn"})
                if inflected:
                    return match_case(text, inflected.word)
        if not any(case in r.grammemes for r in unplaced):
            # "Соколина", a short adjective to the dictionary; "[Роберта де] Борона", a noun it knows in
            # no such case: the ending tells
            return _strip_case_ending(text, case)
        return text


@functools.lru_cache(maxsize=_INFLECT_MEMO)
def inflect(parse: pymorphy3.analyzer.Parse, wanted: frozenset[str]) -> Optional[pymorphy3.analyzer.Parse]:
    """``parse.inflect(wanted)``, memoized: a pure function of one reading of a word. A superlative
    keeps its own stem: the dictionary files "высшей" and "высочайшей" under one lemma, and
    "Высшей коллегии" is the "Высшая", not the "Высочайшая", one."""
    inflected = parse.inflect(wanted)
    if inflected is None or "Supr" not in parse.tag or _same_stem(inflected.word, parse.word):
        return inflected
    return next((f for f in parse.lexeme if wanted in f.tag and "Supr" in f.tag and _same_stem(f.word, parse.word)), inflected)


def _same_stem(word: str, other: str) -> bool:
    """Do two forms of a superlative share its stem ("высшая", "высшей"; not "высочайшая")?"""
    return word[:_SUPERLATIVE_STEM] == other.lower()[:_SUPERLATIVE_STEM]


def name_gender(words: Iterable[Word], case: str) -> Optional[str]:
    """The gender the words of a person's name, standing in ``case``, vote for; None on a tie.

    Each dictionary word votes with the gender its name readings in that case give; a
    word pymorphy3 only guessed from its ending does not vote (foreign names fool it),
    nor does one of both genders there ("Трамп" of "Мелания Трамп").
    """
    masc = femn = 0
    for word in words:
        if case in word.masc_name_cases:
            masc += 1
        elif case in word.femn_name_cases:
            femn += 1
    if masc > femn:
        return "masc"
    if femn > masc:
        return "femn"
    return None


def _name_votes(readings: tuple[Reading, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The cases in which a word with ``readings`` votes for a man's name and those in which it votes
    for a woman's (:func:`name_gender`): those whose name readings give that gender alone."""
    genders: dict[str, set[str]] = {}
    for r in readings:
        if NAME_TAGS & r.grammemes:
            for case in r.grammemes & CASES:
                genders.setdefault(case, set()).update(r.grammemes & _NAME_GENDERS)
    return (
        frozenset(case for case, found in genders.items() if found == {"masc"}),
        frozenset(case for case, found in genders.items() if found == {"femn"}),
    )


# endings of a masculine name ending in a consonant, by case: "Вучича" -> "Вучич", "Грибовым" -> "Грибов"
_MASCULINE_ENDINGS = {"gent": ("а", "я"), "accs": ("а", "я"), "datv": ("у", "ю"), "ablt": ("ом", "ем", "ым"), "loct": ("е",)}


# oblique endings of a masculine surname declined as an adjective, which no other name has
ADJECTIVE_OBLIQUE = {"gent": ("ого", "его"), "accs": ("ого", "его"), "datv": ("ому", "ему")}
# oblique endings of a masculine surname in -ич ("Ковачича", "Ковачичу", "Ковачиче"), which no name
# in the nominative has (pymorphy3 guesses "Ковачича" a feminine nominative); its instrumental
# "-ичем" is a masculine instrumental ending like any other
ICH_OBLIQUE = {"gent": ("ича",), "accs": ("ича",), "datv": ("ичу",), "loct": ("иче",)}
_SOFT_ENDINGS = ("я", "ю", "ем")  # the oblique endings of a name ending in a soft sign or -й
_VOWELS = frozenset("аеёиоуыэюя")
_HARD_BEFORE_E = frozenset("жшчщц")  # "Вучичем", "Шольцем": -ем after these is no soft ending
# consonants no nominative ends in before a final "к" ("банк", "волк", "парк", "Минск" do): a stem
# cut to one of them dropped the fleeting "о" of "-ок" ("Дудка", "Жучка" of "Дудок", "Жучок")
_NO_CLUSTER_BEFORE_K = frozenset("бвгджзптфхцчшщ")


# the oblique ending of a feminine surname in -ова/-ина/-ская and its nominative: "Набиуллиной" -> "Набиуллина"
FEMININE_OBLIQUE = ("ой", "а")
_ADJECTIVE_SURNAME_STEMS = ("ск", "цк")  # "Высоцкой", "Полянской": the oblique of "-ская", not of "-а"
_FEMININE_ACCUSATIVE = ("ову", "еву", "ину", "ыну")  # "Набиуллину": the accusative of one in -ова, -ина
_SHORTEST_FEMININE_OBLIQUE = 6  # letters of "Ветрищевой"-like forms: shorter ones in -ой are nominatives ("Цой")


def feminine_oblique_cases(low: str) -> tuple[str, ...]:
    """The cases a woman's surname the dictionary lacks, ``low`` (lowercase), stands in by its
    ending: "ненашевой" a genitive, dative, instrumental or locative, "ненашеву" an accusative;
    none if the ending tells none."""
    if len(low) >= _SHORTEST_FEMININE_OBLIQUE and low.endswith(FEMININE_OBLIQUE[0]):
        return ("gent", "datv", "ablt", "loct")
    if len(low) >= _SHORTEST_FEMININE_OBLIQUE and low.endswith(_FEMININE_ACCUSATIVE):
        return ("accs",)
    return ()


# how a surname declines, by its nominative ending and the bearer's gender (None: either): the
# ending cut off to leave the stem and the endings its oblique cases put there, each with a case it
# stands for ("Тарбаев" -> "Тарбаева", "Ветрищева" -> "Ветрищевой", "Швыдкой" -> "Швыдкого",
# "Беселия" -> "Беселии"); the first rule whose ending and gender fit applies; a woman's surname in
# a consonant, or one in -о, -е, -и, -у, does not decline
_SURNAME_DECLENSIONS: tuple[tuple[str, Optional[str], dict[str, str]], ...] = (
    ("ой", "masc", {"ого": "gent", "ому": "datv", "ым": "ablt", "ом": "loct"}),
    ("ий", "masc", {"ого": "gent", "его": "gent", "ому": "datv", "ему": "datv", "им": "ablt", "ым": "ablt", "ом": "loct", "ем": "loct"}),
    ("ый", "masc", {"ого": "gent", "ому": "datv", "ым": "ablt", "ом": "loct"}),
    ("ая", "femn", {"ой": "gent", "ую": "accs"}),
    ("яя", "femn", {"ей": "gent", "юю": "accs"}),
    ("а", "femn", {"ой": "gent", "у": "accs"}),  # "Ветрищева": a woman's surname in -ова, -ина declines as an adjective
    ("а", None, {"ы": "gent", "и": "gent", "е": "datv", "у": "accs", "ой": "ablt", "ей": "ablt"}),  # "Комура"
    ("я", None, {"и": "gent", "е": "datv", "ю": "accs", "ей": "ablt"}),  # "Беселия"
    ("й", "masc", {"я": "gent", "ю": "datv", "ем": "ablt", "е": "loct"}),
    ("ь", "masc", {"я": "gent", "ю": "datv", "ем": "ablt", "е": "loct"}),
    ("", "masc", {"а": "gent", "у": "datv", "ом": "ablt", "ем": "ablt", "ым": "ablt", "е": "loct"}),  # "Тарбаев"
)


def surname_gender(nominative: str) -> Optional[str]:
    """The gender a surname in the nominative shows by its ending alone, if any: "Тарбаев" and
    "Швыдкой" are a man's, "Ветрищева" and "Луговая" a woman's, "Комура" either."""
    low = fold(nominative)
    if low.endswith(("ова", "ева", "ина", "ына", "ая", "яя")):
        return "femn"
    if low[-1:] not in _VOWELS or low.endswith(("ой", "ий", "ый")):
        return "masc"
    return None


def surname_stem(nominative: str, gender: Optional[str]) -> Optional[str]:
    """The stem the oblique cases of surname ``nominative`` (folded) build on, or None if it does
    not decline for a bearer of ``gender``."""
    rule = _surname_declension(nominative, gender)
    return nominative[: len(nominative) - len(rule[0])] if rule else None


def oblique_surname_case(word: str, nominative: str, gender: Optional[str]) -> Optional[str]:
    """The case ``word`` (folded) stands in if it is an oblique case of surname ``nominative``
    (folded) borne by one of ``gender``: "тарбаева" of "тарбаев" is a genitive, "ненашевой" of
    "ненашева" too, "швыдкому" of "швыдкой" a dative; None if it is no such form."""
    rule = _surname_declension(nominative, gender)
    if rule is None:
        return None
    stem = nominative[: len(nominative) - len(rule[0])]
    return rule[2].get(word[len(stem) :]) if word.startswith(stem) else None


def _surname_declension(nominative: str, gender: Optional[str]) -> Optional[tuple[str, Optional[str], dict[str, str]]]:
    for rule in _SURNAME_DECLENSIONS:
        ending, bearer, _ = rule
        if bearer is not None and gender not in (None, bearer):
            continue
        if ending == "" and nominative[-1:] in _VOWELS | {"й", "ь"}:
            continue
        if not nominative.endswith(ending):
            continue
        if ending == "а" and bearer == "femn" and not nominative.endswith(("ова", "ева", "ина", "ына")):
            continue
        return rule
    return None


_SUPERLATIVE_STEM = 4  # letters two forms of one superlative share: "высш-", "лучш-", "наив-"
GENITIVE_OF_A_NAME = "ы"  # the genitive ending of a name in -а ("Мелинда" -> "Мелинды"), which no other case has
_SHORTEST_STEM = 3  # letters a name keeps when its ending is cut off: shorter words are no declined names


def _strip_case_ending(text: str, case: str) -> str:
    """A surname pymorphy3 does not know, put back in the nominative by its ending alone."""
    oblique, nominative = FEMININE_OBLIQUE
    if case in ("gent", "datv", "ablt", "loct") and text.endswith(oblique) and len(text) > 5:
        stem = text[: -len(oblique)]
        if stem.endswith(_ADJECTIVE_SURNAME_STEMS):
            return stem + "ая"  # "Дворжецкой" -> "Дворжецкая": a surname that is an adjective
        return stem + nominative  # a masculine "-ой" name has other oblique forms
    if case == "accs" and text.endswith("у") and len(text) > 5:
        return text[:-1] + nominative  # "Хабибуллину": a masculine accusative ends in -а, not -у
    if case == "gent" and text.endswith(GENITIVE_OF_A_NAME) and len(text) > _SHORTEST_STEM:
        return text[:-1] + "а"  # "Мелинды" -> "Мелинда": only a name in -а has a genitive in -ы
    for ending in _MASCULINE_ENDINGS.get(case, ()):
        if text.endswith(ending) and len(text) - len(ending) >= _SHORTEST_STEM:
            stem = text[: -len(ending)]
            if ending in _SOFT_ENDINGS and stem[-1] not in _HARD_BEFORE_E:  # "Френкеля" -> "Френкель"
                stem += "й" if stem[-1] in _VOWELS else "ь"
            elif stem[-1] in _VOWELS:
                return text  # "Данелиа": a hard ending joins a consonant; after a vowel it is no ending
            elif stem[-1] == "к" and stem[-2] == "ь":
                stem = stem[:-2] + "ек"  # "Пенька" -> "Пенек": the vowel the oblique cases drop
            elif stem[-1] == "к" and stem[-2] in _NO_CLUSTER_BEFORE_K:
                stem = stem[:-1] + "ок"  # "Дудка" -> "Дудок": no word ends in "-дк"
            return stem
    return text


_ABBREVIATION_ENDING = 2  # letters of a case ending an abbreviation takes: "ЦАХАЛ-а", "ГАБТ-ом"


def declined_abbreviation(text: str) -> Optional[str]:
    """The abbreviation a declined one is, read as a word: "ЦАХАЛа", "ГАБТом" -> "ЦАХАЛ", "ГАБТ"
    (two capitals or more, then a lowercase case ending); None for any other word ("ВКонтакте").

    >>> declined_abbreviation("ФГУПа"), declined_abbreviation("Путина")
    ('ФГУП', None)
    """
    if not text[1:2].isupper():
        return None  # most words: one capital at most
    stem = text.rstrip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    ending = text[len(stem) :]
    if len(stem) < 2 or not stem.isupper() or not stem.isalpha() or not 0 < len(ending) <= _ABBREVIATION_ENDING:
        return None
    return stem


def match_case(model: str, word: str) -> str:
    """Give ``word`` the capitalization pattern of ``model``."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        # keep inner capitals of hyphenated names: "Дрю-Хани"
        parts = word.split("-")
        model_parts = model.split("-")
        if len(parts) == len(model_parts):
            return "-".join(
                p[:1].upper() + p[1:] if m[:1].isupper() else p for p, m in zip(parts, model_parts)
            )
        return word[:1].upper() + word[1:]
    return word
