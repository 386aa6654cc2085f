"""Speech cues: verbs of saying found by lemma, and nominal cues ("по словам").

The verb lexicon (``data/cues.tsv``) is expanded once per process into every
word form of every lemma with pymorphy3's lexeme generation, so finding the
cues of a text is a dictionary lookup per token, with no parsing.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, replace
from typing import Optional

import pymorphy3

from . import lexicon
from .lexicon import fold
from .morph import Morphology, Word
from .tokens import Tokens


@dataclass(frozen=True, slots=True)
class CueForm:
    """One word form of a cue lemma, with what its grammar says."""

    lemma: str
    cls: str
    frames: frozenset[str]
    form: str  # finite | infinitive | gerund | participle | short
    gender: Optional[str]  # masc | femn | neut | None
    number: Optional[str]  # sing | plur | None
    person: Optional[str]  # 1per | 2per | 3per | None


@dataclass(slots=True)  # not frozen: made per cue, quotation and quote mark, as Mention
class Cue:
    """A cue in the text: tokens ``first..last-1`` and the form they take."""

    first: int
    last: int
    start: int
    end: int
    info: CueForm

    @property
    def cls(self) -> str:
        return self.info.cls

    def takes(self, frame: str) -> bool:
        return frame in self.info.frames


def _written_forms(word: str, grammemes: frozenset[str]) -> tuple[str, ...]:
    """The ways a form is written: pymorphy3 spells the short forms of "уверенный" with "нн"
    ("уверенна", "уверенны"), as the sense "confident" never is ("она уверена", "они уверены")."""
    if "ADJS" in grammemes and word.endswith(("нна", "нно", "нны")):
        return word, word[:-2] + word[-1]
    return (word,)


def _form_kind(grammemes: frozenset[str]) -> Optional[str]:
    if "INFN" in grammemes:
        return "infinitive"
    if "GRND" in grammemes:
        return "gerund"
    if "PRTS" in grammemes:
        return "short"
    if "PRTF" in grammemes:
        return None if "pssv" in grammemes else "participle"
    if "VERB" in grammemes:
        if {"impr", "2per"} & grammemes:
            return None
        return "finite"  # "я утверждаю", "мы настаиваем": the first person reports too (with its pronoun)
    if "ADJS" in grammemes:
        return "finite"  # "уверен", "убежден" act as predicates
    return None


def _pick(grammemes: frozenset[str], options: tuple[str, ...]) -> Optional[str]:
    for g in options:
        if g in grammemes:
            return g
    return None


def predicate_form(lemma: str, grammemes: frozenset[str]) -> CueForm:
    """The form of a clause's predicate that is no speech verb, read as a cue with no frames so
    that a subject agrees with it ("Министр был краток: «…»", "Она рассмеялась: «…»")."""
    return CueForm(
        lemma,
        "speech",
        frozenset(),
        "finite",
        _pick(grammemes, ("masc", "femn", "neut")),
        _pick(grammemes, ("sing", "plur")),
        _pick(grammemes, ("1per", "2per", "3per")),
    )


@functools.cache
def _verb_forms(analyzer: pymorphy3.MorphAnalyzer, table: str = "cues.tsv") -> dict[str, tuple[CueForm, ...]]:
    # keyed by the analyzer, not by Morphology, so a memo passed in by a caller is not kept alive
    forms: dict[str, list[CueForm]] = {}
    for lemma, cls, frames in lexicon.table(table):
        frame_set = frozenset(frames.split())
        for parse in analyzer.parse(lemma):
            if fold(parse.normal_form) != lemma:
                continue
            if not {"INFN", "ADJF", "ADJS", "VERB"} & parse.tag.grammemes:
                continue
            for form in parse.lexeme:
                grammemes = frozenset(form.tag.grammemes)
                kind = _form_kind(grammemes)
                if kind is None or kind == "short" and cls == "opinion":
                    continue  # "не исключено, что": a belief in the passive has no one who holds it
                form_cls = "impersonal" if kind == "short" else cls
                info = replace(predicate_form(lemma, grammemes), cls=form_cls, frames=frame_set, form=kind)
                for written in _written_forms(fold(form.word), grammemes):
                    forms.setdefault(written, []).append(info)
            break
    return {k: tuple(v) for k, v in forms.items()}


@functools.cache
def _nominal_cues() -> dict[str, str]:
    return {noun: cls for noun, cls in lexicon.table("nominal_cues.tsv")}


# prepositions that make a nominal cue of a speech noun: "по словам", "со слов", "согласно данным"
_NOMINAL_PREPOSITIONS = frozenset({"по", "со", "согласно"})

_NOMINAL_FRAMES = frozenset({"inverted"})  # the one frame of a nominal cue: "C, по словам X"

# marks that may open an outlet's quoted name: "по уточненной информации «Интерфакса»"
_QUOTE_OPENERS = frozenset('«"„“')

# third-person pronouns that may stand between "по" and the noun as possessives: "по его словам"
_PRONOUN_FILLERS = frozenset("его ее их".split())
# "обратился в районный суд с жалобой": how far after a light verb its "с" + speech noun may stand
_WITH_NOUN_REACH = 6
# the prepositions that may govern a light verb's speech noun, and the case they give it:
# "выступил с заявлением", "пришел к выводу"
_NOUN_PREPOSITIONS = {"с": "ablt", "к": "datv"}
# "выразил [свою глубокую] обеспокоенность": the words that may agree with a cue's object before it
_OBJECT_MODIFIERS = 3
# "Никто из опрошенных экспертов не сказал": how far before the "не" its negative subject may stand
_NO_ONE_REACH = 5


@functools.cache
def _cue_words(analyzer: pymorphy3.MorphAnalyzer) -> frozenset[str]:
    """Every word that may open a cue: a cue verb's or a light verb's form, or a nominal cue's preposition."""
    return frozenset(_verb_forms(analyzer)) | frozenset(_verb_forms(analyzer, "speech_act_verbs.tsv")) | _NOMINAL_PREPOSITIONS


def _cue_word_indices(lows: tuple[str, ...], analyzer: pymorphy3.MorphAnalyzer) -> list[int]:
    """The indices of the tokens that may open a cue, in order: each token looked up once in the
    set of every cue word, the tokens read in C (a loop in Python over every token cost about 1%
    of extract(); the text's own cue words found first, by a set intersection, cost a second
    pass over its tokens)."""
    return list(itertools.compress(itertools.count(), map(_cue_words(analyzer).__contains__, lows)))


@functools.cache
def _nominal_fillers() -> frozenset[str]:
    """Words that may stand between "по" and a nominal cue's noun: "по его словам", "по нашим данным"."""
    return _PRONOUN_FILLERS | lexicon.word_set("own_possessives.txt")


def qualifies_noun(word: Word) -> bool:
    """Can ``word`` be an adjective that qualifies a nominal cue's dative noun ("по
    предварительным данным", "по уточненной информации"), not a possessive that names whose
    words they are ("по нашим данным", "по их словам")?"""
    return (word.has("ADJF", "datv") or word.has("PRTF", "datv")) and not word.has("Apro")


def find_cues(tokens: Tokens, morph: Morphology, opinions: bool = True) -> tuple[Cue, ...]:
    """Every speech cue of the text, in order.

    >>> from quoteattr.tokens import tokenize
    >>> t = tokenize("По его словам, он заявил, что придет.")
    >>> [(t.text[c.start:c.end], c.cls) for c in find_cues(t, Morphology())]
    [('По его словам', 'speech'), ('заявил', 'speech')]
    """
    verbs = _verb_forms(morph.analyzer)
    nominal = _nominal_cues()
    blockers = lexicon.word_set("cue_blockers.txt")
    toks = tokens.tokens
    lows = tokens.low
    fillers = _nominal_fillers()
    cues: list[Cue] = []
    skip_until = -1
    info: Optional[CueForm]  # a nominal cue below, or the reading of a verb
    at = _cue_word_indices(lows, morph.analyzer)
    for i in at:  # a light verb's form, in neither table here, passes by (_speech_acts reads it)
        if i < skip_until:
            continue
        tok = toks[i]
        low = lows[i]
        if low in _NOMINAL_PREPOSITIONS:
            j = i + 1
            if j < len(toks) and lows[j] in fillers:
                j += 1
            elif (
                j + 2 < len(toks)
                and lows[j + 1] in nominal
                and lows[j] not in nominal
                and toks[j + 2].sent == tok.sent
                and (lows[j + 2][:1].isalnum() and "PREP" not in morph.word(toks[j + 2].text).best or lows[j + 2] in _QUOTE_OPENERS)
                and qualifies_noun(morph.word(toks[j].text))
            ):
                # "по предварительным данным МЧС": a qualified noun with a source after it; with none
                # ("по предварительным данным, C") the report has no source, a parenthetical of the narration
                j += 1
            if j < len(toks) and toks[j].sent == tok.sent:
                cls = nominal.get(lows[j])
                if cls and (low != "со" or lows[j] == "слов"):
                    info = CueForm(low + " " + lows[j], cls, _NOMINAL_FRAMES, "nominal", None, None, None)
                    if opinions or cls != "opinion":
                        cues.append(Cue(i, j + 1, tok.start, toks[j].end, info))
                    skip_until = j + 1
            continue
        candidates = verbs.get(low)
        if not candidates:
            continue
        info = _choose_form(candidates, morph.word(tok.text))
        if info is None or (info.cls == "opinion" and not opinions):
            continue
        if info.form == "infinitive" and i > 0 and (lows[i - 1] in blockers or _denies_saying(tokens, morph, i - 1)):
            continue
        if i > 0 and lows[i - 1] == "не" and _said_by_no_one(tokens, i - 1):
            continue
        last = _object_end(tokens, morph, i) if "object" in info.frames else i + 1
        cues.append(Cue(i, last, tok.start, toks[last - 1].end, info))
    spans = {(c.first, c.last) for c in cues}
    cues.extend(c for c in _speech_acts(tokens, morph, at) if (c.first, c.last) not in spans)
    return tuple(sorted(cues, key=lambda c: c.first))


@functools.cache
def _saying_denials() -> dict[str, str]:
    return {lemma: when for lemma, when in lexicon.table("saying_denials.tsv")}


def _denies_saying(tokens: Tokens, morph: Morphology, k: int) -> bool:
    """Does the verb at ``k``, which governs an infinitive cue, say that nothing was said
    ("отказался уточнить", "не стал объяснять")?"""
    when = _saying_denials().get(morph.word(tokens.tokens[k].text).lemma)
    return when == "alone" or (when == "negated" and k > 0 and tokens.low[k - 1] == "не")


def _said_by_no_one(tokens: Tokens, k: int) -> bool:
    """Is the subject of the verb negated at ``k`` (its "не") a negative pronoun ("Никто не заявил,
    что …", "Ни один из экспертов не сказал, что …")? No one said it: nothing is reported. Read back
    within the clause, a few words at most."""
    toks, lows = tokens.tokens, tokens.low
    for j in range(k - 1, max(-1, k - 1 - _NO_ONE_REACH), -1):
        if toks[j].sent != toks[k].sent or not lows[j][:1].isalnum():
            return False
        if lows[j] == "никто" or lows[j] in ("один", "одна", "одно", "одни") and j > 0 and lows[j - 1] == "ни":
            return True
    return False


def _object_end(tokens: Tokens, morph: Morphology, verb: int) -> int:
    """The token after the accusative noun object of a cue verb that carries what is said
    ("выразил [уверенность]", "высказал [свое мнение]", "выразила [глубокую обеспокоенность]"),
    with the words that agree with it before it; ``verb + 1`` if none follows the verb."""
    toks = tokens.tokens
    k = verb + 1
    while k < len(toks) and k - verb <= _OBJECT_MODIFIERS and toks[k].sent == toks[verb].sent:
        word = morph.word(toks[k].text)
        if "NOUN" in word.best:
            return k + 1 if word.has("NOUN", "accs") and word.has("inan") else verb + 1
        if not (word.has("ADJF", "accs") or word.has("PRTF", "accs")):
            break
        k += 1
    return verb + 1


def _speech_acts(tokens: Tokens, morph: Morphology, at: list[int]) -> list[Cue]:
    """A light verb with a speech noun as its object is a cue: "сделал заявление",
    "такое предположение высказал", "дала комментарий". The cue spans both words. ``at``: the
    tokens that may open a cue (:func:`_cue_word_indices`), the light verbs among them."""
    verbs = _verb_forms(morph.analyzer, "speech_act_verbs.tsv")
    nouns = lexicon.word_set("speech_act_nouns.txt")
    toks, lows = tokens.tokens, tokens.low
    found = []
    for i in [k for k in at if lows[k] in verbs]:
        info = _choose_form(verbs[lows[i]], morph.word(toks[i].text))
        if info is None or info.form != "finite" or i > 0 and lows[i - 1] == "не":
            continue  # "не дали оценки доводам": a statement denied was not made
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j].sent == toks[i].sent:
                word = morph.word(toks[j].text)
                if not nouns.isdisjoint(word.noun_lemmas) and word.has("NOUN", "accs"):
                    a, b = min(i, j), max(i, j)
                    found.append(Cue(a, b + 1, toks[a].start, toks[b].end, info))
                    break
        else:
            before = _noun_before(tokens, morph, i, nouns, info)
            if before is not None:
                found.append(before)
                continue
            # "выступил с заявлением", "обратился в суд с жалобой", "пришли к выводу": the noun follows
            # its preposition, a few words on
            for k in range(i + 1, min(i + _WITH_NOUN_REACH, len(toks) - 1)):
                if toks[k].sent != toks[i].sent or not lows[k][:1].isalnum():
                    break
                word = morph.word(toks[k + 1].text)
                case = _NOUN_PREPOSITIONS.get(lows[k])
                if case and not nouns.isdisjoint(word.noun_lemmas) and word.has("NOUN", case):
                    found.append(Cue(k, k + 2, toks[k].start, toks[k + 1].end, info))
                    break
    return found


def _noun_before(tokens: Tokens, morph: Morphology, verb: int, nouns: frozenset[str], info: CueForm) -> Optional[Cue]:
    """"К такому выводу пришли": the light verb's speech noun before it, after its preposition and
    a word that agrees with it. The cue spans the noun and the verb, as "предположение высказал";
    the verb alone when a pronoun subject stands between ("К такому выводу они пришли")."""
    toks, lows = tokens.tokens, tokens.low
    noun = verb - 1
    if noun > 0 and morph.word(toks[noun].text).has("NPRO", "nomn"):
        noun -= 1
    if noun < 1 or toks[noun].sent != toks[verb].sent:
        return None
    word = morph.word(toks[noun].text)
    prep = noun - 1
    if prep > 0 and lows[prep] not in _NOUN_PREPOSITIONS:
        prep -= 1  # "к [такому] выводу"
    case = _NOUN_PREPOSITIONS.get(lows[prep])
    if case is None or nouns.isdisjoint(word.noun_lemmas) or not word.has("NOUN", case):
        return None
    if prep < noun - 1 and not morph.word(toks[noun - 1].text).has("ADJF", case):
        return None
    first = noun if noun == verb - 1 else verb
    return Cue(first, verb + 1, toks[first].start, toks[verb].end, info)


_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS", "ADJS"})  # a constant: no set built for each reading


def _choose_form(candidates: tuple[CueForm, ...], word: Word) -> Optional[CueForm]:
    """The cue reading the word most probably has, or None if it is not a verb here."""
    best_lemma_reading = None
    for reading in word.readings:
        if not _VERBAL.isdisjoint(reading.grammemes):
            best_lemma_reading = reading
            break
    if best_lemma_reading is None:
        return None
    chosen = candidates[0]
    for info in candidates:  # a loop, not next() over a generator: asked of every cue word
        if info.lemma == best_lemma_reading.lemma:
            chosen = info
            break
    if chosen.form == "short" and (chosen.number == "plur" or chosen.gender in ("masc", "femn")):
        # "правозащитники уверены": a short form that agrees with a subject is its predicate
        # ("уверенный"), not an impersonal "указано"
        return next((info for info in candidates if info.form == "finite"), chosen)
    return chosen
