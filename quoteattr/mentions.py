"""Mentions: the noun phrases that can be the source of a quote.

A mention is a person's name ("министр Иван Петров"), a role ("давний лидер
Беларуси"), a generic source ("источник в правительстве"), an organization
("МИД России", "Reuters"), a group ("официальные лица США"), a document
("заявление МИД"), or a pronoun. The finders here locate the subject (or
object) that a cue takes, by case, agreement and position.
"""

from __future__ import annotations

import functools
import itertools
import operator
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence, cast

import pymorphy3
import regex

from . import lexicon
from .lexicon import fold
from .analysis import UNASKED, Analysis
from .cues import CueForm
from .morph import CASES, NAME_TAGS, Morphology, Reading, Word, declined_abbreviation, inflect, name_gender

# a lower-case particle of one to three letters glued to a capitalized name by a hyphen
_SITE = regex.compile(r"\p{Lu}[\p{L}\d-]*\.(?:ру|рф|ru|com|net|org|ua|by|kz|su|info)", regex.IGNORECASE)
_NAME_PARTICLE = regex.compile(r"[а-яё]{1,3}-[А-ЯЁ][а-яё]+")
# the speaker's own voice: a quote whose source is "я" or "мы" has no speaker unless the text names one
FIRST_PERSON = frozenset({"я", "мы"})
_PARTICLE_LETTERS = 3  # letters of a particle of a surname: "Ле", "Де", "Ди"
_PARTICLE_RUN = 2  # particles in a row inside a name: "фон дер", "де ла"
# lowercase particles that are also common Russian words ("да"), so never open a name of their own
_CONJUNCTION_PARTICLES = frozenset({"да"})
_WHOLE_PRONOUNS = frozenset({"весь", "всё", "все"})
_INDEFINITE_PERSONS = frozenset({"кто-то", "кое-кто", "некто", "кто-нибудь", "кто-либо"})  # not "никто": no one speaks
_COUNTING_POS = frozenset({"NUMR", "Apro", "NPRO"})  # what a word counting people is: most words are none
_QUANTIFIER_POS = _COUNTING_POS | {"Anum"}  # what the one of a partitive is ("один из", "многие из")
# "2014-го", "90-х": a numeral with a bare case ending has at most this many letters after the hyphen
_CASE_ENDING_LETTERS = 3
# «Российские железные дороги»: a quoted name, not a quotation, has at most this many words
QUOTED_NAME_WORDS = 5
# "директор ФПС генерал армии Иван Петров": how far before a name its role may start; a complement
# of a complement with a participle's phrase runs long ("директор расположенной в Новосибирске крупнейшей
# лаборатории института химии Сибирского отделения Петр Ким")
_ROLE_REACH = 12
_NAMED_AFTER = "им"  # "им." of "институт им. Сербского", short for "имени": whom a body is named after
_GLOSS_WORDS = 3  # words of a bracketed gloss a role may hold: "(Роскосмос)", "(обороны)"
# possessives that may open a sentence before its role: "Ее соперница по финалу, шахматистка X,"
_OPENING_POSSESSIVES = frozenset({"его", "ее", "её", "их"})
# feminine surnames whose form is a masculine genitive: "Петрова", "Шевелева", "Ильина"
_FEMININE_SURNAME_ENDINGS = ("ова", "ева", "ина", "ына")
# masculine surnames whose form is a genitive plural of a first name: "Рустамов", "Идрисов"
_MASCULINE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")
# tokens a noun phrase may reach on either side of its head, so that every source costs a
# bounded read: the longest in 3,400 news articles reaches 31 ("сообщении "Ростелекома" по итогам
# … под руководством вице-президента компании Игоря Белова")
_PHRASE_REACH = 40
# "два близких к семье источника": how far before its noun a numeral may count it
_COUNTED_REACH = 5
# modifiers of one noun before it: "в пресс-службе Федеральной таможенной службы"
_MODIFIER_RUN = 3
# the word lists that classify a mention's kind
_KIND_LISTS = (
    "roles.txt",
    "generic_roles.txt",
    "groups.txt",
    "documents.txt",
    "organizations.txt",
    "media.txt",
    "generic_organizations.txt",
)
_LIST_MEMO = 100_000  # word forms whose lists are remembered: a news archive's working vocabulary
MIN_CLIPPED_REST = 3  # letters left after a clipped stem or a hyphen: "нац|банк", not "гос|т"
_MIN_COMPOUND_TAIL = 5  # letters of the noun ending a compound of several clipped words ("культуры", not "гулов"), more in its lemma


@dataclass(slots=True)  # not frozen: a frozen record sets each field through object.__setattr__, six times dearer
class Mention:
    """A noun phrase over tokens ``first..last-1``.

    ``head`` is the token that names the entity (a surname, a role noun, an
    organization, a pronoun); ``name`` the tokens of a person's name, if the
    phrase has one; ``case`` the grammatical case the phrase stands in.
    An ``author`` mention is a first- or second-person or reflexive possessive
    ("по нашим данным"): the writer's own voice, no entity of the text.
    """

    first: int
    last: int
    head: int
    kind: str  # person | role | generic | organization | group | document | pronoun | relative | place | author
    name: tuple[int, ...] = ()
    case: str = "nomn"
    gender: Optional[str] = None
    number: Optional[str] = None


@functools.cache
def _pronouns() -> dict[str, tuple[Optional[str], str]]:
    return {
        form: (None if gender == "-" else gender, number)
        for form, gender, number in lexicon.table("pronouns.tsv")
    }


def _lemma_in(an: Analysis, i: int, list_name: str) -> bool:
    return list_name in _lists_holding(an.low[i], (an.words[i] or an.word(i)).noun_lemmas)


@functools.lru_cache(maxsize=_LIST_MEMO)
def _lists_holding(low: str, noun_lemmas: frozenset[str]) -> frozenset[str]:
    """The word lists that hold a word, as written or by one of its noun lemmas (memoized:
    every search asks it of every word it passes)."""
    keys = {low, *noun_lemmas}
    keys |= {head for lemma in noun_lemmas for head in compound_head(lemma)}
    keys |= {compound[1] for lemma in noun_lemmas if (compound := clipped_role(lemma)) is not None}
    lists = frozenset(name for name in _KIND_LISTS if not lexicon.word_set(name).isdisjoint(keys))
    # a hyphenated compound whose last part names an outlet is one: "Telegram-канал", "интернет-издание"
    # (a role's prefix, "экс-глава", keeps its own reading)
    tails = {lemma.rpartition("-")[2] for lemma in noun_lemmas if "-" in lemma}
    if tails and not lexicon.word_set("media.txt").isdisjoint(tails):
        return lists | {"media.txt"}
    # two nouns in apposition opening with a body's noun name that body: "компания-перевозчик", "банк-кредитор"
    firsts = {lemma.partition("-")[0] for lemma in noun_lemmas if "-" in lemma}
    return lists | {name for name in _BODY_LISTS if not lexicon.word_set(name).isdisjoint(firsts)} if firsts else lists


@functools.lru_cache(maxsize=_LIST_MEMO)
def clipped_role(lemma: str) -> Optional[tuple[tuple[str, ...], str]]:
    """The clipped stems a compound role noun opens with and the role noun it ends in, if a role
    list holds that noun and not the compound: ("глав", "сан") and "врач" of "главсанврач",
    ("спец",) and "представитель" of "спецпредставитель" (``data/role_stems.tsv``,
    ``data/clipped_stems.txt``); else None."""
    roles = lexicon.word_set("roles.txt") | lexicon.word_set("generic_roles.txt")
    if lemma in roles:
        return None
    stems: list[str] = []
    rest = lemma
    while rest not in roles:
        stem = next((s for s in _role_stems() if rest.startswith(s) and len(rest) - len(s) >= MIN_CLIPPED_REST), None)
        if stem is None:
            return None
        stems.append(stem)
        rest = rest[len(stem) :]
    return (tuple(stems), rest) if stems else None


@functools.lru_cache(maxsize=_LIST_MEMO)
def split_clipped(word: str) -> tuple[tuple[str, str], ...]:
    """The clipped stems ``word`` opens with as a compound, each with the rest of the word
    (at least ``MIN_CLIPPED_REST`` letters): ("нац", "банк") of "нацбанк" (``data/clipped_stems.txt``).
    Memoized: the roles a long text compares ask it of the same words again and again."""
    return tuple(
        (stem, word[len(stem) :])
        for stem in _clipped_stems()
        if word.startswith(stem) and len(word) - len(stem) >= MIN_CLIPPED_REST
    )


def clipped_body_name(an: Analysis, i: int) -> bool:
    """Is capitalized word ``i``, one the dictionary lacks, a body's name compounded of a clipped
    stem and an inanimate noun it knows ("Рос|технадзора", "Рос|авиации", "Мин|региона"), or of
    a clipped stem, more clipped words and such a noun ending it ("Рос|связь|охран|культуры";
    ``data/clipped_stems.txt``)? Not a name the dictionary guesses from its ending ("Миннегулов",
    "Миннесота": no noun after the stem)."""
    return an.caps[i] and _clipped_body_word(an.morph, an.low[i], an.words[i] or an.word(i))


def _clipped_body_word(morph: Morphology, low: str, word: Word) -> bool:
    """:func:`clipped_body_name` of a capitalized word form, ``low`` folded, ``word`` its analysis."""
    if word.known:
        return False
    # more clipped words only in a word not read as a name: "Миннегулов" is no "Мин|не|гулов"
    compound = not word.name_readings
    for _, rest in split_clipped(low):
        # the whole rest, else a noun ending it whose word is too long to be a name's ending or a
        # chance one ("Миннеаполисе" is no "Мин|неа|полисе")
        tails = (rest, *(rest[k:] for k in range(1, len(rest) - _MIN_COMPOUND_TAIL + 1) if compound))
        if any(_inanimate_noun(morph, tail, len(tail) < len(rest)) for tail in tails):
            return True
    return False


def _inanimate_noun(morph: Morphology, word: str, long: bool = False) -> bool:
    """Is ``word`` an inanimate noun the dictionary knows, and no name ("надзора", "культуры")?
    ``long``: one of more than ``_MIN_COMPOUND_TAIL`` letters in its nominative."""
    parsed = morph.word(word)
    return (
        parsed.known
        and not parsed.name_readings
        and all("NOUN" in r.grammemes and "inan" in r.grammemes for r in parsed.readings)
        and (not long or len(parsed.lemma) > _MIN_COMPOUND_TAIL)
    )


@functools.cache
def _clipped_stems() -> tuple[str, ...]:
    """``data/clipped_stems.txt``, longest first."""
    return tuple(sorted(lexicon.word_set("clipped_stems.txt"), key=lambda s: (-len(s), s)))


@functools.cache
def _role_stems() -> tuple[str, ...]:
    """The clipped stems a compound role noun may open with, longest first."""
    stems = set(role_stem_words()) | lexicon.word_set("clipped_stems.txt")
    return tuple(sorted(stems, key=len, reverse=True))


@functools.cache
def deputy_roles() -> dict[str, str]:
    """The role noun naming one's deputy -> the clipped stem its compounds open with: "заместитель"
    -> "зам" (``data/deputy_roles.tsv``)."""
    return {row[0]: row[1] for row in lexicon.table("deputy_roles.tsv")}


@functools.cache
def role_stem_words() -> dict[str, str]:
    """Clipped stems of role nouns -> the word each stands for: "глав" -> "главный", "сан" ->
    "санитарный" (``data/role_stems.tsv``)."""
    return {row[0]: row[1] for row in lexicon.table("role_stems.tsv")}


def compound_head(lemma: str) -> tuple[str, ...]:
    """The organization noun a compound ends in ("авиакомпания" → "компания"), if any."""
    return tuple(
        head for head in lexicon.word_set("compound_organization_heads.txt")
        if lemma.endswith(head) and len(lemma) > len(head) + 1
    )


# the types of what Analysis.scans holds, given to the variables its reads go to: the scan of a key
# stores that key's type, and an annotation with an ignore of the object mypy sees costs nothing,
# where a cast() is a Python call at each read (some are read thousands of times per text)
_ApposedPlaces = tuple[frozenset[int], frozenset[str]]
_Words = frozenset[str]

# tags of a proper noun the dictionary knows: its oblique form is that name's, not a surname's
_PROPER = NAME_TAGS | {"Geox", "Orgn", "Trad"}
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "NPRO", "INTJ", "PRED", "COMP", "NUMR", "Apro"})
# the tag sets the name tests ask whether a reading shares: each a constant, for isdisjoint() (no set
# built for a yes or no asked of most capitalized words)
_PLACE_OR_BODY = frozenset({"Geox", "Orgn"})
_SURNAME_OR_PLACE = frozenset({"Surn", "Geox"})
_INITIAL_OR_ABBREVIATION = frozenset({"Init", "Abbr"})
_NOT_COMMON_ANIMATE = NAME_TAGS | _INITIAL_OR_ABBREVIATION  # an animate noun's readings that are no common noun
_ROLE_OR_BODY_LISTS = frozenset({"roles.txt", "organizations.txt", "groups.txt"})  # a word of these names no person
_FIXED_FIRST_NAME = frozenset({"Name", "Fixd"})  # a first name that does not decline (first_of_two_first_names)
_MANS_SURNAME_NOMINATIVE = frozenset({"Surn", "masc", "nomn"})


def is_name(an: Analysis, i: int) -> bool:
    """Is token ``i`` part of a person's name? (Worked out once per token: phrases, subject
    searches and the speaker stage all ask.)"""
    found = an.token_names[i]
    if found is None:
        found = an.token_names[i] = _is_name(an, i) if an.caps[i] else _lowercase_part_of_name(an, i)
    return found


def _lowercase_part_of_name(an: Analysis, i: int) -> bool:
    """Is lowercase token ``i`` part of a person's name: a particle glued to a name ("аль-Хатиб",
    "бен-Гурион") or one before it ("фон дер Ляйен")? Most lowercase words are in no list of particles."""
    if "-" in an.tok_texts[i] and _NAME_PARTICLE.match(an.tok_texts[i]):
        return True
    return an.low[i] in _name_particles() and particle_of_name(an, i)


@functools.lru_cache(maxsize=_LIST_MEMO)
def _spelled_as_name(tok: str) -> bool:
    """Is capitalized ``tok`` spelled as a person's name can be: Russian letters (and hyphens), not
    all capitals, no declined abbreviation ("ГАБТа")? Abbreviations and Latin words name
    organizations far more often. (Memoized: asked of every capitalized word of every text.)"""
    if len(tok) < 2 or not tok.replace("-", "").isalpha():
        return False
    return not tok.isupper() and _is_cyrillic(tok) and not declined_abbreviation(tok)


def _is_name(an: Analysis, i: int) -> bool:
    if not _spelled_as_name(an.tok_texts[i]):
        return False
    if an.low[i] in _name_particles() and _particles_then_name(an, i + 1):
        return True  # "Фон дер Ляйен", "Ван дер Сар": a capitalized particle opening a name before lowercase ones
    if i > 0 and an.low[i - 1] in _name_particles() and particle_of_name(an, i - 1):  # (its first test, inline: most words follow none)
        return True  # "Луис фон Ан", "Роберт де Борон": after a name's particle, its surname, whatever else it may be
    if i > 0 and an.letters[i - 1] and _apposed_to_body_noun(an, i):  # (part of its first test, inline: asked of every capitalized word)
        return False  # "агентство Синьхуа": the noun says what the name names
    if _place_of_the_text(an, i):
        return False  # "в мегаполисе Чжэньлин", then "у Чжэньлина": the noun says the name is a place's
    word = an.words[i] or an.word(i)
    best = word.best
    if "plur" in best and _plural_first_name(word):  # (most names read first as singular: no call)
        return False  # "все эти Биллы Гейтсы": a first name in the plural names no one person
    if an.low[i].endswith(_FEMININE_SURNAME_ENDINGS) and feminine_surname(an, i):  # (its first test, inline: most names end otherwise)
        return True
    if word.name_readings and _next_to_dictionary_name(an, i, before_only=True):
        return True  # "Иван Бойко", "Анна Мороз": after a first name, a word that can be a surname is one
    if "Geox" in best and word.known and (
        _place_as_surname(an, i) or _surname_of_the_text(an, i) or _role_before_surname(an, i) or _verb_disagrees_with_place(an, i)
        or _place_before_surname(an, i)
    ):
        return True  # "Хайко Маас": a surname that is also a place's name
    if "ADVB" in best and word.has("Surn") and an.low[i] in _surnames_after_first_names(an):
        return True  # "Владимир Бойко … сказал Бойко": the surname the text gave, not the adverb "бойко"
    if not _FUNCTION_POS.isdisjoint(best) and _name_particle(an, i):
        return True  # "Жан-Люк Ле Гофф", "Марко Де Сантис": a capitalized particle inside a name
    if word.known and (_syllable_of_a_name(an, i, best) or _in_run_of_syllables(an, i)):
        return True  # "Ли Кэцян", "Ким Чен Ын", "Пак Кын Хе": a capitalized "ли", "фу" or place inside a name
    if (not _PLACE_OR_BODY.isdisjoint(best) or not _FUNCTION_POS.isdisjoint(best)) and word.known:
        return False  # a place, an organization or a function word, unless pymorphy3 only guessed so
    if "Orgn" in best and not word.has("nomn") and (_first_name_follows(an, i) or i > 0 and _lemma_in(an, i - 1, "roles.txt")):
        # "руководитель Росприроднадзора Алла Шевцова", "Глава Росприроднадзора пригрозила": a word
        # guessed to be an organization in an oblique case only, before a first name or after a
        # role noun, is the role's complement, not a name
        return False
    if _place_guessed_after_role(an, i, word):
        return False
    if not NAME_TAGS.isdisjoint(best):
        return True
    after_first_name = _next_to_dictionary_name(an, i, before_only=True)
    if not _ROLE_OR_BODY_LISTS.isdisjoint(_lists_holding(an.low[i], word.noun_lemmas)):
        return after_first_name  # "Дик Адвокат", not "Министр Иван"
    if after_first_name and "ADJF" not in word.best:
        return True  # "Михаил Орехов": after a first name, a surname, whatever else it may be
    if "ADJF" in word.best and _agrees_with_first_name(an, i) and not _modifies_next(an, i):
        return True  # "Ольга Лысая", "Натальи Белой": an adjective that agrees with the first name before it
    if word.known and not _PLACE_OR_BODY.isdisjoint(word.any_grammemes):
        return False
    if clipped_body_name(an, i):
        return False
    sentence_start = opens_sentence(an, i)
    if word.known and word.has("ADJF") and _modifies_next(an, i) and an.caps[i + 1] and not (an.words[i + 1] or an.word(i + 1)).name_readings:
        # "по Ближнему Востоку": an adjective before a capitalized noun it agrees with, no name (one
        # guessed from the ending of a word the dictionary lacks is a name's: "Синдзо Абэ")
        return False
    if "ADJF" in best and not _next_to_dictionary_name(an, i):
        # "Белый дом", "Северная Корея": an adjective that modifies the next noun is no name, nor one
        # that names the thing before it ("на улице Советской"); one that stands alone inside a
        # sentence ("заявил Полянский") heads a surname, and so does one opening it that the text
        # gave as a surname after a first name ("Олег Белый … Белый также пояснил")
        if sentence_start:
            return not _modifies_next(an, i) and _surname_given_in_text(an, i)
        return not _modifies_next(an, i) and not _adjective_names_thing(an, i)
    if not sentence_start:
        return (
            not word.known
            or bool(word.name_readings)
            or "anim" in best
            or _next_to_dictionary_name(an, i, before_only="NOUN" in word.best)  # not "[Новости] Мария"
            or _after_capitalized_word(an, i)
        )
    if _prefixed_role(an, i):
        return False  # "Экс-канцлер ФРГ приветствовал": a role noun with a prefix opening the sentence
    if not word.known and (_verb_follows(an, i) or _name_then_verb(an, i + 1)):
        return True  # "Боррель сообщил", "Гус Хиддинк заявил": words the dictionary lacks, as the subject of a verb
    if _surname_given_in_text(an, i):
        return True  # "Сергей Багапш … Багапш также сообщил", "Джон Иди … Иди добавил": a surname the text gave
    # "Хирург Павел Демин", "Ведущая Ольга Белова", "Нападающий Горан Ковач": a common noun, or an
    # adjective or participle standing for one, before a first name is a role; after it ("Дик
    # Адвокат") a surname
    common_noun = word.known and ("NOUN" in word.best or ("ADJF" in word.best or "PRTF" in word.best) and not word.name_readings)
    return bool(word.name_readings) and "VERB" not in word.best or _next_to_dictionary_name(an, i, before_only=common_noun)


def _plural_first_name(word: Word) -> bool:
    """Is ``word`` a first name the dictionary reads only in the nominative plural ("Биллы",
    "Иваны")? Not a foreign name it reads as an oblique plural ("Джен", "Марис")."""
    named = word.name_readings
    return word.known and bool(named) and all({"Name", "plur", "nomn"} <= r.grammemes for r in named)


def _prefixed_role(an: Analysis, i: int) -> bool:
    """Is token ``i`` a hyphenated compound whose last part is a role noun ("экс-канцлер",
    "экс-премьера") or another common noun for a person after a noun that is no name
    ("экс-бухгалтер", "солдат-контрактник", "врач-хирург"): a role, not a name, though the dictionary
    lacks the whole word? (A double-barrelled surname has a part that is an adjective or a name.)"""
    if not known_compound(an, i):
        return False
    first_part, _, last_part = an.low[i].rpartition("-")
    last = an.morph.word(last_part)
    if "roles.txt" in _lists_holding(last_part, last.noun_lemmas):
        return True
    # (a guess from the whole word's ending reads "экс-бухгалтер" as a surname too: its parts decide)
    first = an.morph.word(first_part)
    return (
        first.known and "NOUN" in first.best and not first.name_readings
        and not last.name_readings and _common_noun_kind(an.morph, last_part, last) is not None
    )


# the case endings a name is read without (_name_stem): one of two letters, else one of one
_TWO_LETTER_CASE_ENDINGS = ("ом", "ем", "ой", "ей", "ью")
_ONE_LETTER_CASE_ENDINGS = frozenset("аяоеиыуюйь")
_CASE_NUMBER = frozenset(CASES) | {"sing", "plur"}
_BODY_LISTS = frozenset({"organizations.txt", "media.txt", "generic_organizations.txt"})  # the nouns for kinds of bodies


def _apposed_to_body_noun(an: Analysis, i: int) -> bool:
    """Is capitalized word ``i`` a one-word name in apposition to the common noun before it, one
    for a kind of body ("агентство Синьхуа", "агентства Синьхуа")? The noun governs: the name is
    the body's, whatever the dictionary guesses of a word it lacks. A body's name in apposition
    does not inflect, or stands in the nominative with the noun, and the dictionary may read it as
    a thing; a person's name after the noun is its complement ("администрации Буша", "правительства
    Моралеса") or the subject of a verb of its own ("заявил изданию Чжоу")."""
    noun = i - 1
    if noun < 0 or an.sent_of[noun] != an.sent_of[i] or not an.letters[noun] or an.caps[noun] and not opens_sentence(an, noun):
        return False
    if _BODY_LISTS.isdisjoint(_lists_holding(an.low[noun], (an.words[noun] or an.word(noun)).noun_lemmas)):
        return False
    if an.word(i).known and an.word(i).name_readings:
        return False  # "администрации Буша": a name the dictionary knows is a person's
    after = i + 1
    if (
        after < len(an.toks) and an.sent_of[after] == an.sent_of[i] and an.caps[after] and an.letters[after]
        and not _known_first_name(an, after)
    ):
        return False  # "газеты Джефф Безос": a name of more words is a person's (a body's may stand before one)
    nouns = an.word(noun).readings_with("NOUN")
    if _verb_follows(an, i, past_aside=True):
        forms, numbers = _verb_forms(an.word(_past_aside(an, after)).readings_with("VERB"))
        if "sing" in numbers and not any("nomn" in r.grammemes and _subject_agrees(r.grammemes, forms, numbers) for r in nouns):
            return False  # "изданию Чжоу сказал": the verb's subject ("агентство Синьхуа сообщило": the noun is)
    before = noun - 1
    if before >= 0 and an.letters[before] and "VERB" in an.word(before).best and not any("nomn" in r.grammemes for r in nouns):
        return False  # "сказал изданию Чжоу": after the verb's object, its subject
    noun_forms = {r.grammemes & _CASE_NUMBER for r in nouns}
    # "Моралеса" after "правительства" may be guessed a thing's genitive: only the nominative and an
    # indeclinable word agree with the noun as a body's name
    return any(
        "inan" in r.grammemes and not NAME_TAGS & r.grammemes
        and ("Fixd" in r.grammemes or "nomn" in r.grammemes and r.grammemes & _CASE_NUMBER in noun_forms)
        for r in an.word(i).readings
    )


def _apposed_to_place_noun(an: Analysis, i: int) -> bool:
    """Is capitalized word ``i`` the one-word name of a place in apposition to the common noun
    before it, a noun for a kind of place or settlement that a preposition governs ("в мегаполисе
    Чжэньлин", "из города Королев") or that opens the sentence ("Поселок Лукина стоит …")? A name
    of more words is a person's: the holder of a role the noun is the complement of ("мэра города
    Карима Исаева")."""
    noun = i - 1
    # "Поселок Сартана - пригород": a place noun opening the sentence is capitalized for that alone,
    # and stands as the subject, with no preposition
    opening = an.sent_bounds[an.sent_of[noun]][0] == noun
    if noun < 1 or an.toks[noun].sent != an.toks[i].sent or not an.letters[noun] or an.caps[noun] and not opening:
        return False
    if an.low[noun] not in _place_noun_forms(an.morph.analyzer):
        return False  # no form of a place noun: the word is not analysed for its lemmas
    if lexicon.word_set("place_nouns.txt").isdisjoint(an.word(noun).noun_lemmas):
        return False
    governor = noun - 1
    while governor > 0 and an.letters[governor] and is_modifier(an, governor):
        governor -= 1  # "в южнокитайском мегаполисе"
    if not opening and not an.is_prep(governor):
        return False
    after = i + 1
    return not _known_first_name(an, i) and not (
        after < len(an.toks) and an.sent_of[after] == an.sent_of[i] and an.caps[after] and an.letters[after]
    )


def _place_of_the_text(an: Analysis, i: int) -> bool:
    """Is capitalized word ``i`` the name the text gives a place in apposition to a place noun,
    there or in some other case ("в поселок Хуаньдин" … "из Хуаньдина")? A stem of three letters
    or fewer matches none. (Read once per document.)"""
    key = ("places_after_place_nouns",)
    found: Optional[_ApposedPlaces] = an.scans.get(key)  # type: ignore[assignment]
    if found is None:
        place_nouns = _place_noun_forms(an.morph.analyzer)  # tested first, in C: most capitalized words follow none
        capitalized = an.capitalized
        after_place_noun = itertools.compress(capitalized, map(place_nouns.__contains__, map(an.low.__getitem__, map((-1).__add__, capitalized))))
        apposed = frozenset(k for k in after_place_noun if k > 1 and _apposed_to_place_noun(an, k))
        found = an.scans[key] = (apposed, frozenset(_name_stem(an.low[k]) for k in apposed))
    apposed, stems = found
    if i in apposed:
        return True
    if not stems:
        return False  # most texts name no place so: no stem to read
    stem = _name_stem(an.low[i])
    return len(stem) > 3 and stem in stems


@functools.cache
def _place_noun_forms(analyzer: object) -> frozenset[str]:
    """Every form of the nouns of ``data/place_nouns.txt``, folded, as the dictionary inflects them:
    a word of none of them is no place noun, asked without analysing it."""
    forms: set[str] = set()
    nouns = lexicon.word_set("place_nouns.txt")
    for noun in nouns:
        for parse in cast(pymorphy3.MorphAnalyzer, analyzer).parse(noun):
            if "NOUN" in parse.tag and fold(parse.normal_form) in nouns:
                forms.update(fold(form.word) for form in parse.lexeme)
    return frozenset(forms)


def _name_stem(low: str) -> str:
    """A name without its case ending: "хуаньдин" of "хуаньдина", "тамбал" of
    "тамбала" and "тамбале"."""
    if low.endswith(_TWO_LETTER_CASE_ENDINGS):
        return low[:-2]
    return low[:-1] if low[-1:] in _ONE_LETTER_CASE_ENDINGS else low


def _name_particle(an: Analysis, i: int) -> bool:
    """Is short function word ``i``, capitalized inside a sentence, the particle of a surname: after
    a first name the dictionary knows and before a capitalized word ("Жан-Люк Ле Гофф")?"""
    k = i + 1
    return (
        len(an.tok_texts[i]) <= _PARTICLE_LETTERS
        and not opens_sentence(an, i)
        and _next_to_dictionary_name(an, i, before_only=True)
        and k < len(an.toks)
        and an.sent_of[k] == an.sent_of[i]
        and an.caps[k]
        and _is_cyrillic(an.tok_texts[k])
    )


@functools.cache
def _name_particles() -> frozenset[str]:
    return lexicon.word_set("name_particles.txt")


def _particles_then_name(an: Analysis, i: int) -> bool:
    """Do lowercase particles from token ``i`` on lead, in its sentence, to a capitalized word that
    is no abbreviation ("[фон дер] Ляйен")?"""
    particles = _name_particles()
    k = i
    while k < len(an.toks) and k - i < _PARTICLE_RUN and an.low[k] in particles and not an.caps[k]:
        k += 1
    return (
        k > i
        and k < len(an.toks)
        and an.sent_of[k] == an.sent_of[i]
        and an.caps[k]
        and not an.tok_texts[k].isupper()
        and _is_cyrillic(an.tok_texts[k])
    )


def particle_of_name(an: Analysis, i: int) -> bool:
    """Is lowercase token ``i`` a particle inside a foreign name, before its capitalized word:
    "Урсула [фон дер] Ляйен", "Мохаммед [бин] Салман", "заявил [де] Голль"? After a capitalized
    word it continues that name; elsewhere it opens one, unless it is also a common word ("да")."""
    if an.low[i] not in _name_particles() or not _particles_then_name(an, i):
        return False
    before = i - 1
    if before >= 0 and an.sent_of[before] == an.sent_of[i] and an.caps[before] and _is_cyrillic(an.tok_texts[before]):
        return True  # not asked whether that word is a name: its own reading may ask about this one
    return an.low[i] not in _CONJUNCTION_PARTICLES


def _place_as_surname(an: Analysis, i: int) -> bool:
    """Does place name ``i`` follow a first name in a case they share, as a surname would?"""
    j = i - 1
    if j < 0 or an.sent_of[j] != an.sent_of[i] or not _next_to_dictionary_name(an, i, before_only=True):
        return False
    first = {c for r in an.word(j).readings if "Name" in r.grammemes for c in r.grammemes & CASES}
    # an indeclinable place ("Маккензи", plural only as a range) says nothing of number as a surname
    if any(("sing" in r.grammemes or "Fixd" in r.grammemes) and not first.isdisjoint(r.grammemes) for r in an.word(i).readings_with("Geox")):
        return True
    # "Борис Боярсков": after a man's first name in the nominative, a place's genitive plural in
    # "-ов", "-ев", "-ин" is spelled as his surname in the nominative
    return an.low[i].endswith(_MASCULINE_SURNAME_ENDINGS) and bool(an.word(j).readings_with("Name", "masc", "nomn"))


def _surname_of_the_text(an: Analysis, i: int) -> bool:
    """Is place name ``i``, not governed by a preposition, a word the text gives a person as a surname
    after a first name ("Георгий Орджоникидзе … Орджоникидзе сказал", "Борис Боярсков … Боярсков
    добавил")? Only a word the dictionary also knows as a surname, or spelled as one, can be.
    (Read once per document.)"""
    if i > 0 and an.is_prep(i - 1) or not (an.word(i).has("Surn") or an.low[i].endswith(_MASCULINE_SURNAME_ENDINGS)):
        return False
    return _given_as_surname(an, i)


def _given_as_surname(an: Analysis, i: int) -> bool:
    """Does the text write place name ``i`` as a surname after a first name somewhere? (The place
    names it so writes are read once per document.)"""
    key = ("place_surnames",)
    found: Optional[_Words] = an.scans.get(key)  # type: ignore[assignment]
    if found is None:
        found = an.scans[key] = frozenset(an.low[k] for k in _capitalized_after_capitalized(an) if "Geox" in an.word(k).best and _place_as_surname(an, k))
    return an.low[i] in found


def _place_guessed_after_role(an: Analysis, i: int, word: Word) -> bool:
    """Is word ``i``, which the dictionary lacks and guesses to be a place in an oblique case only,
    right after a role noun ("мэр Верхнегорска", "по словам мэра Новоборска")? It is the role's
    complement: a surname after a role could be read in the role's case, and a guessed place name
    has no nominative. A woman's foreign surname ("министр Домбровска заявила") shows in the verb."""
    if word.known or i == 0 or an.sent_of[i - 1] != an.sent_of[i] or not an.letters[i - 1]:
        return False
    readings = word.readings
    if not readings or any("Geox" not in r.grammemes or "nomn" in r.grammemes for r in readings):
        return False
    if not (_lemma_in(an, i - 1, "roles.txt") or _lemma_in(an, i - 1, "generic_roles.txt")):
        return False
    verb = verb_after(an, i)
    place = {g for r in readings for g in r.grammemes & _GENDER_SET}
    return verb is None or not any(g not in place for g in an.word(verb).best & {"masc", "femn"} if "past" in an.word(verb).best)


def _role_before_surname(an: Analysis, i: int) -> bool:
    """Is place name ``i`` a word the text gives a person as a surname after a first name, here after
    a role noun ("Гленн Флорес … доктор Флорес"): a role is held by a person, never by a place."""
    j = i - 1
    if j < 0 or an.sent_of[j] != an.sent_of[i] or not an.letters[j] or not _given_as_surname(an, i):
        return False
    word = an.word(j)
    # a role, or any animate noun, as role_before reads one (token_kind would ask this word back)
    return (
        _lemma_in(an, j, "roles.txt")
        or _lemma_in(an, j, "generic_roles.txt")
        or word.known and bool(word.readings_with("NOUN", "anim")) and not word.name_readings
    )


def _verb_disagrees_with_place(an: Analysis, i: int) -> bool:
    """Is place name ``i`` a word the text gives a person as a surname after a first name, here the
    subject of a past verb before or after it, or after a pronoun agreeing with it, in a gender the
    place does not have ("Джеймс Коми … Коми подтвердил", "уточнил сам Коми", "— написал Коми": the
    republic is feminine)?"""
    if not _given_as_surname(an, i):
        return False
    agreeing = []
    verb = verb_after(an, i)  # "Коми (также) подтвердил"
    if verb is not None and {"past", "sing"} <= an.word(verb).best:
        agreeing.append(an.word(verb).best)
    if i > 0 and an.letters[i - 1] and (
        {"Apro", "sing", "nomn"} <= an.word(i - 1).best or {"VERB", "past", "sing"} <= an.word(i - 1).best
    ):
        agreeing.append(an.word(i - 1).best)  # "сам Коми", "— написал Коми"
    place = {g for r in an.word(i).readings if "Geox" in r.grammemes for g in r.grammemes & _GENDER_SET}
    return any(g not in place for best in agreeing for g in best & {"masc", "femn"})


def _place_before_surname(an: Analysis, i: int) -> bool:
    """Is place name ``i``, opening its sentence, right before a word the text writes as a surname
    after a first name inside a sentence ("Ханны Кольбер … Джорджия Кольбер пояснила")? A first name
    may be a place's ("Джорджия", "Даллас"); two names in a row are a person's. (Only where the
    sentence opens: the surnames the text gives are read from the words inside sentences.)"""
    j = i + 1
    if not opens_sentence(an, i) or j >= len(an.toks) or an.sent_of[j] != an.sent_of[i] or not an.caps[j]:
        return False
    return "Geox" not in an.word(j).best and _surname_given_in_text(an, j)


def _surname_given_in_text(an: Analysis, i: int) -> bool:
    """Does the text write word ``i`` as a surname after a first name inside a sentence somewhere
    ("Сергей Багапш", "Джон Иди": a word the dictionary lacks or reads as a verb)? Then it is that
    person's surname where it opens a sentence too, in any case: "с Ласло Хорватом … Хорват
    признал" (not the noun "хорват"). (Read once per document; the words asked about inside a
    sentence never ask this back.)"""
    key = ("given_surnames",)
    found: Optional[_Words] = an.scans.get(key)  # type: ignore[assignment]
    if found is None:
        given = [
            k for k in _capitalized_after_capitalized(an)
            if not opens_sentence(an, k)
            and (_next_to_dictionary_name(an, k, before_only=True) or _after_capitalized_word(an, k))
            and is_name(an, k)
        ]
        # a common word's other cases too: only the dictionary's readings link them, any of them
        # ("Мостового" reads as "мостовый" or "мостовой", "Мостовой" first as "мостовая")
        nouns = frozenset(r.lemma for w in map(an.word, given) if w.known and not w.name_readings for r in w.readings)
        found = an.scans[key] = frozenset(an.low[k] for k in given) | nouns
    return an.low[i] in found or not found.isdisjoint([r.lemma for r in an.word(i).readings])


def _surnames_after_first_names(an: Analysis) -> frozenset[str]:
    """The words the text writes right after a first name the dictionary knows, in lower case.
    (Read once per document.)"""
    key = ("surnames_after_first_names",)
    found: Optional[_Words] = an.scans.get(key)  # type: ignore[assignment]
    if found is None:
        found = an.scans[key] = frozenset(
            an.low[k] for k in _capitalized_after_capitalized(an) if _next_to_dictionary_name(an, k, before_only=True)
        )
    return found


def _capitalized_after_capitalized(an: Analysis) -> list[int]:
    """The capitalized tokens right after a capitalized token: only those can follow a first name
    (:func:`_next_to_dictionary_name` with ``before_only``, :func:`_after_capitalized_word`), a cheap
    filter before those tests. (Picked in C, not by a loop in Python: three scans of a text ask.)"""
    capitalized = an.capitalized
    after = capitalized[1:]
    # one token after the capitalized token before it: the difference of the two is 1
    return list(itertools.compress(after, map((1).__eq__, map(operator.sub, after, capitalized))))


def _agrees_with_first_name(an: Analysis, i: int) -> bool:
    """Does the adjective at ``i`` follow a dictionary first name and agree with it in case and gender?"""
    if not _next_to_dictionary_name(an, i, before_only=True):
        return False
    first = {(c, g) for r in an.word(i - 1).name_readings for c in r.grammemes & CASES for g in r.grammemes & _GENDER_SET}
    return not _adjective_forms(an.word(i)).isdisjoint(first)


def _adjective_names_thing(an: Analysis, i: int) -> bool:
    """Does the adjective at ``i`` agree in case, gender and number with an inanimate common noun right
    before it, as the name of a street or a ship does ("улице Советской")?"""
    if i == 0 or not an.letters[i - 1] or an.caps[i - 1]:
        return False
    before = {agreement_form(r.grammemes) for r in an.word(i - 1).readings if "NOUN" in r.grammemes and "inan" in r.grammemes}
    return any(agreement_form(r.grammemes) in before for r in an.word(i).readings_with("ADJF", "sing"))


def agreement_form(grammemes: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The case, number and (in the singular) gender a modifier shares with its noun."""
    number = grammemes & {"sing", "plur"}
    gender = grammemes & {"masc", "femn", "neut"} if "sing" in number else frozenset()
    return grammemes & CASES, frozenset(number), frozenset(gender)


def passive_agent(an: Analysis, noun: int) -> Optional[int]:
    """The head of the instrumental agent of a passive participle that modifies ``noun``, before it
    ("в распространенном пресс-службой заявлении") or set off by a comma after it ("в докладе,
    подготовленном экспертами ООН,"): who made the thing the noun names; None if there is none."""
    forms = {agreement_form(r.grammemes) for r in an.word(noun).readings_with("NOUN")}
    sent_first, sent_last = an.sentence_bounds(noun)

    def agrees(k: int) -> bool:
        return an.letters[k] and any(agreement_form(r.grammemes) in forms for r in an.word(k).readings_with("PRTF", "pssv"))

    for k in range(noun - 1, max(sent_first, noun - 1 - PARTICIPLE_PHRASE) - 1, -1):
        if agrees(k):
            return _agent_between(an, k + 1, noun)
        if an.low[k] in (",", ":", "(", ")") or an.is_dash(k) or an.letters[k] and "VERB" in an.word(k).best:
            break  # the participle phrase does not reach past a clause of its own
    if noun + 2 < sent_last and an.low[noun + 1] == "," and agrees(noun + 2):
        end = next((k for k in range(noun + 3, sent_last) if an.low[k] == ","), sent_last)
        return _agent_between(an, noun + 3, min(end, noun + 3 + PARTICIPLE_PHRASE))
    return None


def _agent_between(an: Analysis, first: int, end: int) -> Optional[int]:
    """The first instrumental noun or name in tokens ``first..end-1`` that no preposition governs."""
    k = first
    while k < end:
        if an.is_prep(k):
            k += 1
            while k < end and is_modifier(an, k):
                k += 1
            k = unit_end(an, k)  # the noun the preposition governs: "по каналам [агентства]"
            continue
        if an.letters[k] and an.word(k).has("NOUN", "ablt") and not is_modifier(an, k):
            return k
        k = unit_end(an, k)
    return None


def feminine_surname(an: Analysis, i: int) -> bool:
    """"Ракова", "Кириллова", "Вихрева": a feminine surname that the dictionary only knows as the
    genitive of a masculine surname or of a place ("Раков", "Кириллов", the village "Вихрево"),
    outside a prepositional phrase."""
    low = an.low[i]
    if not low.endswith(_FEMININE_SURNAME_ENDINGS) or not an.caps[i] or (i > 0 and an.is_prep(i - 1)):
        return False
    return any(
        "gent" in r.grammemes and ("masc" in r.grammemes or "neut" in r.grammemes) and not _SURNAME_OR_PLACE.isdisjoint(r.grammemes)
        for r in (an.words[i] or an.word(i)).readings
    )


def _modifies_next(an: Analysis, i: int) -> bool:
    """Does the adjective at ``i`` stand before a noun or adjective of the same phrase: one it agrees
    with in case, or the instrumental a participle governs ("заведующая отделом")? Before a word in
    another case ("рассказала пострадавшая корреспонденту") the adjective stands for a noun."""
    j = i + 1
    if j >= len(an.toks) or an.sent_of[j] != an.sent_of[i] or not an.letters[j]:
        return False
    word = an.word(j)
    if an.caps[j] and word.any_grammemes.isdisjoint(CASES):
        return True  # "Сам Лыков": a capitalized word the dictionary gives no case is a name it may modify
    if not (word.has("NOUN") and not an.is_prep(j) or "ADJF" in word.best):
        return False
    shared = an.word(i).any_grammemes & CASES | {"ablt"}
    return not shared.isdisjoint(word.any_grammemes)


def _agrees_with_lowercase_noun(an: Analysis, i: int) -> bool:
    """Can word ``i`` be an adjective agreeing in case, number and gender with the lowercase noun
    after it, past lowercase adjectives ("Главное [следственное] управление"), so modifying it?"""
    forms = {agreement_form(r.grammemes) for r in an.word(i).readings_with("ADJF")}
    j = i + 1
    while forms and j < len(an.toks) and not an.caps[j] and an.letters[j] and an.sent_of[j] == an.sent_of[i]:
        word = an.word(j)
        if not forms.isdisjoint(agreement_form(r.grammemes) for r in word.readings_with("NOUN")):
            return True
        forms &= {agreement_form(r.grammemes) for r in word.readings_with("ADJF")}
        j += 1
    return False


def _modified(an: Analysis, i: int) -> bool:
    """Does an adjective or participle agreeing with word ``i`` stand right before it in its
    sentence ("Соединенных Штатов", "Объединенных Наций")?"""
    j = i - 1
    if j < 0 or an.sent_of[j] != an.sent_of[i] or not an.letters[j]:
        return False
    best = an.word(j).best
    return ("ADJF" in best or "PRTF" in best) and _modifies_next(an, j)


def _beside_verb(an: Analysis, i: int) -> bool:
    """Does a finite verb stand right before or right after word ``i`` in its sentence?"""
    return _verb_follows(an, i) or (
        i > 0 and an.sent_of[i - 1] == an.sent_of[i] and an.letters[i - 1] and "VERB" in an.word(i - 1).best
    )


def _name_then_verb(an: Analysis, j: int) -> bool:
    """Is token ``j`` a name of the same sentence as the word before it, and a verb after it?"""
    return j < len(an.toks) and an.sent_of[j] == an.sent_of[j - 1] and is_name(an, j) and _verb_follows(an, j)


def _first_name_follows(an: Analysis, i: int) -> bool:
    """Is the word after ``i``, in its sentence, a first name in the dictionary's nominative?"""
    j = i + 1
    if j >= len(an.toks) or an.sent_of[j] != an.sent_of[i] or not an.letters[j]:
        return False
    return any("Name" in r.grammemes and "nomn" in r.grammemes for r in an.word(j).readings)


def _known_first_name(an: Analysis, i: int) -> bool:
    """Is word ``i`` a first name the dictionary knows, not one it guessed ("Хемминг")?"""
    word = an.word(i)
    return word.known and any("Name" in r.grammemes for r in word.readings)


def _verb_follows(an: Analysis, i: int, past_aside: bool = False) -> bool:
    """Does a finite verb follow word ``i``: right after it, or, ``past_aside``, also past an aside
    set off by commas ("Бульбов, со своей стороны, заявил")?"""
    j = _past_aside(an, i + 1) if past_aside else i + 1
    return j < len(an.toks) and an.sent_of[j] == an.sent_of[i] and an.letters[j] and "VERB" in an.word(j).best


def verb_after(an: Analysis, t: int) -> Optional[int]:
    """The finite verb right after token ``t`` in its sentence, past adverbs and particles: "он уже уехал"."""
    k = t + 1
    while k < len(an.toks) and an.letters[k] and ("ADVB" in an.word(k).best or "PRCL" in an.word(k).best):
        k += 1
    if k < len(an.toks) and an.sent_of[k] == an.sent_of[t] and an.letters[k] and "VERB" in an.word(k).best:
        return k
    return None


def _past_aside(an: Analysis, j: int) -> int:
    """Past an aside set off by commas that opens at token ``j``: a few words with no verb of their
    own (", в свою очередь,"), or a gerund's phrase (", принимая награду,"); else ``j``."""
    if j >= len(an.toks) or an.low[j] != ",":
        return j
    sent = an.sent_of[j]
    gerund = j + 1 < len(an.toks) and an.letters[j + 1] and "GRND" in an.word(j + 1).best
    stops = ("VERB", "CONJ") if gerund else ("VERB", "INFN", "PRTF", "GRND", "CONJ")
    for k in range(j + 1, min(len(an.toks), j + 2 + (PARTICIPLE_PHRASE if gerund else ASIDE_WORDS))):
        if an.sent_of[k] != sent:
            return j
        if an.low[k] == ",":
            return k + 1 if k > j + 1 else j
        if not an.letters[k] or any(p in an.word(k).best for p in stops):
            return j
    return j


def _syllable_of_a_name(an: Analysis, i: int, best: frozenset[str]) -> bool:
    """Is capitalized word ``i``, which the dictionary reads as a function word, an interjection,
    a verb or a place, a syllable of an East Asian name ("Ли Кэцян", "Нгуен Фу Чонг", "Ким Чен
    Ын")? Inside a sentence nothing else capitalizes a function word, so beside a name word it is
    one; a place is only between two name words ("в Москве | Абдулла заявил" is a place)."""
    place = not _PLACE_OR_BODY.isdisjoint(best)
    if not place and _FUNCTION_POS.isdisjoint(best) and "VERB" not in best or opens_sentence(an, i):
        return False
    if place:
        return _name_word_at(an, i, i - 1) and _name_word_at(an, i, i + 1)
    return _name_word_at(an, i, i - 1) or _name_word_at(an, i, i + 1)


def _in_run_of_syllables(an: Analysis, i: int) -> bool:
    """Is capitalized word ``i`` one of a run of two to four short capitalized words inside a
    sentence, three of them or one of them a name word, all of them syllables of an East Asian name
    whatever the dictionary reads them as ("Ли Да Ын": "ли" and "да" are particles to it)?"""
    if len(an.toks[i].text) > _SYLLABLE_LETTERS or not (i > 0 and an.caps[i - 1] or i + 1 < len(an.toks) and an.caps[i + 1]):
        return False  # (most capitalized words stand between lowercase ones: asked first, it costs least)
    if opens_sentence(an, i):
        return False

    def syllable(j: int) -> bool:
        text = an.tok_texts[j]
        return (
            an.sent_of[j] == an.sent_of[i] and an.caps[j] and an.letters[j] and len(text) <= _SYLLABLE_LETTERS
            and not text.isupper() and _is_cyrillic(text) and not opens_sentence(an, j)
        )

    first, last = i, i
    while first > 0 and syllable(first - 1):
        first -= 1
    while last + 1 < len(an.toks) and syllable(last + 1):
        last += 1
    run = range(first, last + 1)
    # three such words in a row are a name however the dictionary reads each ("Ли Сон Мин")
    return 2 <= len(run) <= _NAME_SYLLABLES and (len(run) > 2 or any(_name_word_at(an, i, j) for j in run if j != i))


def _name_word_at(an: Analysis, i: int, j: int) -> bool:
    """Is token ``j``, next to ``i`` in its sentence, a capitalized word the dictionary lacks or
    knows as a person's name, not opening the sentence?"""
    if not (0 <= j < len(an.toks)) or an.sent_of[j] != an.sent_of[i] or not an.caps[j] or opens_sentence(an, j):
        return False
    text = an.tok_texts[j]
    if text.isupper() or not _is_cyrillic(text):
        return False
    word = an.words[j] or an.word(j)
    return not word.known or bool(word.name_readings)


def _after_capitalized_word(an: Analysis, i: int) -> bool:
    """"Гази Хамад": a capitalized word after another inside a sentence continues a name."""
    j = i - 1
    if j < 0 or an.sent_of[j] != an.sent_of[i] or not an.caps[j] or not _is_cyrillic(an.tok_texts[j]):
        return False
    if an.sentence(j).first == j or an.tok_texts[j].isupper():
        return False
    best = an.word(j).best
    before, word = an.word(j), an.word(i)
    if word.known and not word.name_readings and before.known and "NOUN" in before.best and not before.name_readings and not before.has("anim"):
        return False  # "Совета Безопасности": a common word after a capitalized thing's noun, a title
    return not ({"Geox", "Orgn", "ADJF", "PRTF"} & best or _FUNCTION_POS & best) and not _lemma_in(an, j, "roles.txt")


def _is_latin(an: Analysis, i: int) -> bool:
    tok = an.tok_texts[i]
    return tok[:1].isupper() and tok.isascii() and tok.isalpha()


def _is_site(tok: str) -> bool:
    """Is ``tok`` a site named by its address ("Лента.ру", "Газета.Ru")? Only a word with a period
    can be: most words are passed by without the regular expression."""
    return "." in tok and _SITE.fullmatch(tok) is not None


def _is_cyrillic(tok: str) -> bool:
    """Is ``tok`` written in Russian letters and hyphens only (or empty)? Asked of most names a
    search passes: stripping those characters leaves nothing, a third of the cost of a regular
    expression's full match."""
    return not tok.strip(_CYRILLIC_LETTERS)


# the most words an aside between commas holds: "Грибов, со своей стороны, заявил", "в свою очередь"
ASIDE_WORDS = 4
PARTICIPLE_PHRASE = 8  # words between a participle and the noun it modifies: "подписанном в среду министром [приказе]"
_CYRILLIC_LETTERS = "".join(map(chr, range(ord("А"), ord("я") + 1))) + "ёЁ-"  # "А".."Я", "а".."я", "ё", "Ё", "-"


def _next_to_dictionary_name(an: Analysis, i: int, before_only: bool = False) -> bool:
    for j in (i - 1,) if before_only else (i - 1, i + 1):
        if 0 <= j < len(an.toks) and an.sent_of[j] == an.sent_of[i] and an.caps[j]:
            best = (an.words[j] or an.word(j)).best
            if "Name" in best and _INITIAL_OR_ABBREVIATION.isdisjoint(best) and len(an.tok_texts[j]) > 1:
                return True
    return False


def token_kind(an: Analysis, i: int) -> Optional[str]:
    """The kind of mention token ``i`` can head, or None (worked out once per token: every
    search for a subject, object or place asks it)."""
    found = an.token_kinds[i]
    if found is UNASKED:
        found = an.token_kinds[i] = _token_kind(an, i)
    return found


def may_head_organization(an: Analysis, i: int) -> bool:
    """May token ``i`` head an organization's mention, as :func:`token_kind` reads it? Only its form
    makes a word one (``_kind_of_form``): a test of the form alone, memoized across texts, that
    rules out most words before :func:`token_kind` asks whether each is a person's name."""
    return _kind_of_form(an.morph, an.tok_texts[i], an.low[i]) == "organization"


def _token_kind(an: Analysis, i: int) -> Optional[str]:
    if not an.letters[i]:
        return None
    if not an.caps[i]:  # most words: the kind of the lowercase form, unless its place decides
        kind = _lowercase_kind(an.morph, an.tok_texts[i], an.low[i])
        if kind != _ASK_CONTEXT:
            return kind
    elif an.is_initial(i):  # (an initial is a capital: most words are not asked)
        return "person"
    low = an.low[i]
    if low in _pronouns():
        return "relative" if low.startswith("котор") else "pronoun"
    if is_name(an, i):
        return "person"
    kind = _kind_of_form(an.morph, an.tok_texts[i], low)
    return _common_kind(an, i, an.words[i] or an.word(i)) if kind == _ASK_CONTEXT else kind


_ASK_CONTEXT = "?"  # what _kind_of_form() says of a word whose kind its place in the text decides


@functools.lru_cache(maxsize=_LIST_MEMO)
def _lowercase_kind(morph: Morphology, tok: str, low: str) -> Optional[str]:
    """The kind of mention lowercase word form ``tok`` (``low`` folded) heads wherever it stands, as
    :func:`_token_kind` works it out; ``_ASK_CONTEXT`` where its place decides: a particle of a name
    ("фон"), a word that may count people ("один из", "двое"). (Memoized: the pronoun, name, list and
    common-noun tests of a lowercase word read nothing around it but for those, and most tokens
    are lowercase words.)"""
    if low in _pronouns():
        return "relative" if low.startswith("котор") else "pronoun"
    if "-" in tok and _NAME_PARTICLE.match(tok):
        return "person"  # as _lowercase_part_of_name() reads it
    if low in _name_particles():
        return _ASK_CONTEXT
    kind = _kind_of_form(morph, tok, low)
    if kind != _ASK_CONTEXT:
        return kind
    word = morph.word(tok)
    return _ASK_CONTEXT if not _QUANTIFIER_POS.isdisjoint(word.any_grammemes) else _common_noun_kind(morph, low, word)


@functools.lru_cache(maxsize=_LIST_MEMO)
def _kind_of_form(morph: Morphology, tok: str, low: str) -> Optional[str]:
    """The kind of mention that word form ``tok`` (``low`` folded), no name or pronoun there,
    heads whatever its place: by the word lists holding it, its tags and its spelling; else
    ``_ASK_CONTEXT`` (a common noun, a partitive, a counting pronoun: :func:`_common_kind`).
    (Memoized: asked of most words of every text.)"""
    word = morph.word(tok)
    lists = _lists_holding(low, word.noun_lemmas)
    if "generic_roles.txt" in lists:
        return "generic" if word.has("sing") or not word.has("plur") else "group"
    if "roles.txt" in lists or _adjectival_role(morph, tok):
        return "role" if word.has("sing") else "group"
    if "groups.txt" in lists:
        return "group"
    if "documents.txt" in lists:
        return "document"
    best = word.best
    if _is_site(tok):
        return "organization"  # "Лента.ру", "Газета.Ru": a site named by its address
    if "Orgn" in best or "organizations.txt" in lists or "media.txt" in lists or tok[:1].isupper() and _clipped_body_word(morph, low, word):
        # a body named as an agent of what it does is an animate noun ("автопроизводитель"):
        # its plural names several, a group ("автопроизводители заявили"), no one body
        return "group" if "anim" in best and word.has("plur") and not word.has("NOUN", "sing") else "organization"
    if (tok.isupper() and len(tok) > 1 and tok.isalpha()) or "LATN" in best or declined_abbreviation(tok):
        if "Abbr" in best and word.known and _PLACE_OR_BODY.isdisjoint(best):
            return None  # an abbreviation the dictionary knows as no organization: "ДТП", "ЕГЭ", "ВВП"
        return "place" if "Geox" in best else "organization"
    if "Geox" in best and tok[:1].isupper():
        return "place"
    return _ASK_CONTEXT


@functools.lru_cache(maxsize=_LIST_MEMO)
def _adjectival_role(morph: Morphology, tok: str) -> bool:
    """Is word form ``tok`` a form of an adjective or participle the role list holds as used for a
    noun: "уполномоченная", "уполномоченного" of "уполномоченный", "управляющего" of "управляющий"?
    Such a role is read by its grammar, in any gender and case, as a role noun is read by its lemma.
    (Memoized: a role's search back from a name asks it of every word it passes.)"""
    word = morph.word(tok)
    if word.noun_lemmas or _ADJECTIVAL.isdisjoint(word.any_grammemes):
        return False  # most words: a noun, or no adjective
    roles = lexicon.word_set("roles.txt")
    for r in word.readings:
        if "ADJF" in r.grammemes and r.lemma in roles:
            return True
        if "PRTF" in r.grammemes:  # a participle's lemma is its verb: the list holds its masculine
            masculine = inflect(r.parse, _MASCULINE_NOMINATIVE)
            if masculine is not None and fold(masculine.word) in roles:
                return True
    return False


_ADJECTIVAL = frozenset({"ADJF", "PRTF"})
_MASCULINE_NOMINATIVE = frozenset({"masc", "sing", "nomn"})


def _common_kind(an: Analysis, i: int, word: Word) -> Optional[str]:
    """A common noun that names who speaks ("охранник", "пенсионеры", "одна из медсестер").

    Animacy is the grammatical mark of a possible speaker; the word lists only
    refine the kind. A partitive ("одна из", "многие из") heads a mention too.
    """
    if not _QUANTIFIER_POS.isdisjoint(word.any_grammemes):  # most words are no numeral or pronoun
        if _partitive_at(an, i):
            # "одна из медсестер" is one person; "двое из них", "многие из них", "оба из" are several
            return "generic" if word.has("sing") else "group"
        if _counting_pronoun_alone(an, i, word):
            return "group"
        if word.lemma in _INDEFINITE_PERSONS:
            return "generic"  # "Кто-то предположил": someone the text does not name
    if an.caps[i] and not opens_line(an, i):
        return None  # a capitalized word inside a sentence that is no name is a title or a term
    return _common_noun_kind(an.morph, an.low[i], word)


def _common_noun_kind(morph: Morphology, low: str, word: Word) -> Optional[str]:
    """The kind of common noun ``word`` (``low`` folded) is, whatever its place: a participle or an
    animate noun naming people, else None."""
    if word.known and "PRTF" in word.any_grammemes and (word.has("PRTF", "Subx") or _doer_noun(morph, word)):
        # a participle the dictionary knows as used for its doer ("заведующий кафедрой", "пострадавшие",
        # "исполняющий обязанности", and so "исполняющая обязанности")
        return "group" if "plur" in word.best else "generic"
    if not (word.known or _known_compound(morph, low)) or "NOUN" not in word.best or len(low) < 3:
        return None  # a guess from the ending, or "к", "с": abbreviation readings of function words
    # a noun clipped at a hyphen ("г-н", "г-жа") is a common noun the dictionary tags an abbreviation
    not_common = _NOT_COMMON_ANIMATE - {"Abbr"} if "-" in low else _NOT_COMMON_ANIMATE
    for r in word.readings:
        if "NOUN" in r.grammemes and "anim" in r.grammemes and not_common.isdisjoint(r.grammemes):
            return "group" if "plur" in r.grammemes and not word.has("NOUN", "sing", "anim") else "generic"
    return None


def _doer_noun(morph: Morphology, word: Word) -> bool:
    """Is participle ``word`` a noun for its doer in some form: the dictionary lists it, or its
    masculine singular ("исполняющий" of "исполняющая"), as an animate noun?"""
    if word.has("NOUN", "anim"):
        return True
    for r in word.readings_with("PRTF", "sing", "nomn"):
        if "masc" not in r.grammemes:
            masculine = inflect(r.parse, frozenset({"masc", "sing", "nomn"}))
            return masculine is not None and morph.word(masculine.word).has("NOUN", "anim")
    return False


def _counting_pronoun(word: Word) -> bool:
    """Does ``word`` count people with no noun of its own: a plural pronoun ("многие", "некоторые") or a
    collective numeral ("двое", "оба")?"""
    if _COUNTING_POS.isdisjoint(word.any_grammemes) or word.lemma in _WHOLE_PRONOUNS:
        return False  # "все" is far more often "всё", "все же" or a word about the whole than the people
    return (
        word.has("NUMR", "Coll")
        or word.lemma == "оба"
        or word.has("Apro", "plur", "nomn")
        or word.has("NPRO", "plur", "nomn") and "3per" not in word.best  # not "они": a pronoun of its own
    )


def _counting_pronoun_alone(an: Analysis, i: int, word: Word) -> bool:
    """"Многие считают", "Некоторые заявили", "Оба отметили", "Двое сообщили": a counting pronoun
    with no noun after it for it to count or modify stands for the people it counts."""
    if not _counting_pronoun(word):
        return False
    k = i + 1
    if k >= len(an.toks) or an.sent_of[k] != an.sent_of[i] or not an.letters[k]:
        return True
    after = an.words[k] or an.word(k)
    return not (after.has("NOUN") or after.has("ADJF") or after.has("PRTF") or after.has("NUMR") or an.caps[k])


def known_compound(an: Analysis, i: int) -> bool:
    """Is token ``i`` a hyphenated compound whose last part the dictionary knows ("пиар-менеджер",
    "комьюнити-менеджера")? pymorphy3 reads such a word by that part: no guess from an ending."""
    return _known_compound(an.morph, an.low[i])


def _known_compound(morph: Morphology, low: str) -> bool:
    _, hyphen, last_part = low.rpartition("-")
    return bool(hyphen) and len(last_part) > _CASE_ENDING_LETTERS and morph.word(last_part).known


def positional_kind(an: Analysis, i: int) -> Optional[str]:
    """The kind of a word no list or name tag marks, read where a subject stands.

    In the subject position of a speech verb a capitalized word inside the
    sentence is a name whatever the dictionary says ("— провозгласил Кон"),
    and so is a word the dictionary lacks at the start of a sentence
    ("Турчинов также подчеркнул"); any other noun is a "common" source
    ("— считает защита"), the least likely candidate.
    """
    if not an.letters[i] or not _is_cyrillic(an.tok_texts[i]) or an.tok_texts[i].isupper():
        return None
    word = an.word(i)
    if an.caps[i] and len(an.tok_texts[i]) > 1:
        if _apposed_to_body_noun(an, i):
            return None  # "Агентство Синьхуа сообщило": the body's name, the noun before it the subject
        if (
            word.known
            and _oblique_only(word)
            and (_beside_verb(an, i) or _verb_follows(an, i, past_aside=True))
            and not any(_PROPER & r.grammemes for r in word.readings)
            and not _modified(an, i)
        ):
            # "— сказал Мартов", "Солтыс сказал": a common word's oblique form, capitalized, is a
            # surname, unless a modifier agrees with it ("Посол Соединенных Штатов заявил")
            return "person"
        if word.known and _oblique_only(word) or ("NOUN" not in word.best or _agrees_with_lowercase_noun(an, i)) and _modifies_next(an, i):
            return None  # "Сбербанком", "Белого [дома]", "Главное [управление]": not a nominative head
        if not opens_line(an, i):
            best = word.best
            return None if word.known and _FUNCTION_POS & best else "person"
        if ("ADJF" in word.best or "ADJS" in word.best) and _verb_follows(an, i, past_aside=True):
            return "person"  # "Черный заявил", "Кривонос признался": an adjective alone before the verb is a surname
        if not word.known or _verb_disagrees(an, i):
            return "person"
        # a known word capitalized only because it opens the sentence: read as any other noun
    if "NOUN" in word.best and (word.known or "anim" in word.best and "nomn" in word.best):
        return "common"  # "медбрат пояснил": a noun the dictionary lacks, guessed a person
    if (
        word.known
        and ("ADJF" in word.best or "PRTF" in word.best)
        and (word.has("nomn") or counted_by(an, i) is not None)
        and not _modifies_next(an, i)
    ):
        return "common"  # "Пострадавший рассказал", "один заявил", "трое задержанных": an adjective for a noun
    return None


def _verb_disagrees(an: Analysis, i: int) -> bool:
    """Does the verb after thing noun ``i`` disagree in gender or number with every nominative of
    the noun? "Мета сказал": no "мета" (a feminine thing) said it; a man of that surname did. A
    person's noun may take a woman's verb ("Врач заявила"), so only inanimate nouns count."""
    word = an.word(i)
    nouns = word.readings_with("NOUN", "nomn")
    if not nouns or any("anim" in r.grammemes for r in word.readings_with("NOUN")):
        return False
    j = _past_aside(an, i + 1)
    verbs = an.word(j).readings_with("VERB")
    forms, numbers = _verb_forms(verbs)
    if not verbs or not forms and not numbers:
        return False
    return not any(_subject_agrees(r.grammemes, forms, numbers) for r in nouns)


def _verb_forms(verbs: tuple[Reading, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The genders and the numbers a verb's ``verbs`` readings carry."""
    forms = frozenset(g for r in verbs for g in r.grammemes & {"masc", "femn", "neut"})
    numbers = frozenset(g for r in verbs for g in r.grammemes & {"sing", "plur"})
    return forms, numbers


def _subject_agrees(noun: frozenset[str], forms: frozenset[str], numbers: frozenset[str]) -> bool:
    """Can a noun of reading ``noun`` be the subject of a verb of genders ``forms`` and numbers
    ``numbers`` (a common-gender noun, "ms-f", takes either gender)?"""
    gender = noun & {"masc", "femn", "neut"} or ({"masc", "femn"} if "ms-f" in noun else set())
    return (not numbers or bool(noun & numbers)) and ("plur" in noun or not forms or bool(gender & forms))


def _oblique_only(word: Word) -> bool:
    """Does every reading of ``word`` stand in a case other than the nominative? A reading with no
    case at all ("Кривонос", read as the short adjective "кривонос") leaves the nominative open."""
    return all(r.grammemes & CASES and "nomn" not in r.grammemes for r in word.readings)


def _partitive_at(an: Analysis, i: int) -> bool:
    """"одна из медсестер", "многие из них": a quantifier before "из" and a genitive plural, of a
    noun or of an adjective or participle ("один из местных жителей", "многие из опрошенных")."""
    j = i + 1
    if j + 1 >= len(an.toks) or an.low[j] != "из" or an.sent_of[j + 1] != an.sent_of[i]:
        return False
    word = an.word(i)
    if not (word.has("Apro") or word.has("NPRO") or word.has("Anum") or word.has("NUMR")):
        return False
    after = an.word(j + 1)
    return an.low[j + 1] in ("них", "нас") or any(after.has(pos, "plur", "gent") for pos in ("NOUN", "ADJF", "PRTF"))


def _readings_in_case(an: Analysis, i: int, case: str) -> list[Reading]:
    return [r for r in an.word(i).readings if case in r.grammemes]


def indeclinable(an: Analysis, i: int) -> bool:
    tok = an.tok_texts[i]
    word = an.words[i] or an.word(i)
    return (
        "LATN" in word.best
        or (tok.isupper() and len(tok) > 1)
        or "Fixd" in word.any_grammemes  # Word.has() of one grammeme, read inline: asked of most words of a phrase
        or not an.letters[i]  # no letter in it: a number, a mark
        or _is_site(tok)
    )


def can_be(an: Analysis, i: int, kind: str, case: str, cue: Optional[CueForm]) -> bool:
    """Can token ``i`` (of ``kind``) stand in ``case`` and agree with ``cue``?"""
    low = an.low[i]
    if cue is not None and cue.person == "1per" and low not in FIRST_PERSON:
        return False  # "я утверждаю": only the first person is the subject of a first-person verb
    if kind in ("pronoun", "relative"):
        gender, number = _pronouns()[low]
        nominative = low in ("он", "она", "они", "тот", "та", "те", "который", "которая", "которые", *FIRST_PERSON)
        if (case == "nomn") != nominative:
            return False
        if cue is not None and cue.person and (cue.person == "1per") != (low in FIRST_PERSON):
            return False  # "я утверждаю", "он утверждает": person agrees
        return _agrees(gender, number, cue, kind)
    if kind == "person":
        i = name_head(an, i)
        if not _name_in_case(an, range(i, name_end(an, i)), case):
            return False  # "преемник Гуса Хиддинка заявил": read whole, the name is genitive
        word = an.word(i)
        named = [r for r in word.readings if not NAME_TAGS.isdisjoint(r.grammemes)]
        if not named or not word.known:
            # a name pymorphy3 does not know: trust the position, but one name is one person, no
            # subject of a plural verb ("в аппарате министра Мераба Антадзе сообщили")
            return _agrees(None, "sing", cue, kind)
        if case == "nomn" and feminine_surname(an, i) and _agrees("femn", "sing", cue, kind):
            return True
        if case == "nomn" and _masculine_surname(an, i, named) and _agrees("masc", "sing", cue, kind):
            return True
        if (
            case == "nomn" and cue is not None and cue.gender == "femn" and (_consonant_final(an.low[i]) or _noun_surname_in_j(word))
            and word.has("nomn") and (not all("Name" in r.grammemes for r in word.readings) or name_end(an, i) == i + 1)
        ):
            # "Кларк заявила": a woman's surname in a consonant does not inflect; a man's first name
            # does, but one standing alone in the nominative by a woman's verb is hers ("призналась
            # Кристал": a man's accusative would be "Кристала")
            return True
        fitting = [r for r in named if case in r.grammemes]
        return any(_agrees(_gender(r.grammemes), "sing", cue, kind) for r in fitting)
    if indeclinable(an, i):
        plural = "plur" if an.word(i).has("Pltm") else None
        return _agrees(None, plural, cue, kind)
    if kind == "group" and case == "nomn" and _counting_pronoun(an.word(i)):
        # "Оба отметили", "Двое сообщили": a collective numeral has no number of its own, its people are several
        return an.word(i).has("nomn") and _agrees(None, "plur", cue, kind)
    numeral = counted_by(an, i) if case == "nomn" else None
    if numeral is not None:
        # "два источника", "большинство экспертов": a genitive after a cardinal or a quantity in the
        # nominative heads the subject, whose verb may be plural or singular ("55% россиян считает")
        verb_number = cue.number if cue is not None else None
        # in the singular the verb takes the gender of a quantity noun ("половина опрошенных заявила"),
        # else the neuter ("23 медсестры пришло"): "23 медсестер [, и] пообещал" is no subject
        counting = an.word(numeral) if an.letters[numeral] else None
        genders = {g for r in counting.readings_with("NOUN", "nomn") for g in r.grammemes & _GENDER_SET} if counting else set()
        gender = next(iter(genders)) if len(genders) == 1 else None if genders else "neut"
        return any("gent" in r.grammemes for r in an.word(i).readings) and _agrees(gender, verb_number, cue, kind)
    # a partitive ("одна из") or, read where a subject stands, an adjective for a noun ("пострадавший",
    # a role the lists hold: "ведущий", "управляющий")
    substantive = _partitive_at(an, i) or kind in ("common", "role", "generic") or an.word(i).has("PRTF", "Subx")
    for r in _readings_in_case(an, i, case):
        if "NOUN" not in r.grammemes and "NPRO" not in r.grammemes and not substantive:
            continue
        number = "plur" if "plur" in r.grammemes else "sing"
        gender = None if kind in ("role", "generic") else _gender(r.grammemes)
        if _agrees(gender, number, cue, kind):
            return True
    return False


def _quantities() -> frozenset[str]:
    return lexicon.word_set("quantities.txt")


def is_circumstance(an: Analysis, k: int) -> bool:
    """Does word ``k`` name a time, course or condition ("году", "сентябре", "ходе", "состоянии")?"""
    if not an.letters[k]:
        return False
    names = lexicon.word_set("circumstances.txt")
    return an.low[k] in names or not (an.words[k] or an.word(k)).noun_lemmas.isdisjoint(names)  # a low form is folded


def _is_quantity(an: Analysis, j: int) -> bool:
    """"большинство", "часть", "несколько": a word that counts the genitive after it."""
    word = an.words[j] or an.word(j)
    return an.low[j] in _quantities() or "NOUN" in word.best and not word.noun_lemmas.isdisjoint(_quantities())


# words that round the count after them into the genitive, the whole standing as the subject:
# "около 70% жителей считают", "свыше двадцати врачей подписали", "более сотни депутатов заявили"
APPROXIMATORS = frozenset({"около", "свыше", "до", "порядка", "более", "менее"})


_NUMBER = regex.compile(r"\d+(?:,\d+)?(?:[-–]\d+(?:,\d+)?)?")  # "70", "10,5", a range "30-35"


def is_number(text: str) -> bool:
    """Is ``text`` a number or a range of two ("70", "10,5", "30-35")?"""
    return text[:1].isdigit() and _NUMBER.fullmatch(text) is not None  # most tokens fail the first letter


def is_count(an: Analysis, j: int) -> bool:
    """Does token ``j`` give a count: a number ("70", "70%"), a numeral ("двое") or a word that
    counts the genitive after it ("половина", "большинство")?"""
    if is_number(an.tok_texts[j]):
        return True
    return an.letters[j] and ("NUMR" in an.word(j).best or _is_quantity(an, j))


def counted_by(an: Analysis, i: int) -> Optional[int]:
    """The cardinal numeral in the nominative that counts noun ``i`` ("два [близких к семье]
    источника", "5 человек"), if one stands a few words before it; else None. A time is no
    one counted: "28 июля", "три года". (Remembered per document: phrases, their cases and
    numbers ask it of the same nouns.)"""
    key = ("counted_by", i)
    if key not in an.scans:  # None is an answer too
        an.scans[key] = _read_counted_by(an, i)
    found: Optional[int] = an.scans[key]  # type: ignore[assignment]
    return found


def _read_counted_by(an: Analysis, i: int) -> Optional[int]:
    if is_circumstance(an, i):
        return None
    j = i - 1
    while j >= 0 and i - j <= _COUNTED_REACH and an.sent_of[j] == an.sent_of[i]:
        if is_number(an.tok_texts[j]):
            return j
        if an.tok_texts[j] == "%" and j > 0 and is_number(an.tok_texts[j - 1]):
            return j - 1  # "85% россиян", "30-35% водителей"
        if not an.letters[j]:
            return None
        word = an.words[j] or an.word(j)
        if "NUMR" in word.best or _is_quantity(an, j):
            nominative = word.has("nomn") or word.has("NUMR") and an.low[j] in _quantities()
            return j if nominative or word.has("gent") and j > 0 and an.low[j - 1] in APPROXIMATORS else None
        if "VERB" in word.best or "NOUN" in word.best and (j == i - 1 or not (j > 0 and an.is_prep(j - 1))):
            return None  # "10 сентября прошлого года [лидер]": the numeral counts a noun of its own
        j -= 1
    return None


def _consonant_final(low: str) -> bool:
    return low[-1:].isalpha() and low[-1:] not in "аеёиоуыэюяйь"


def _noun_surname_in_j(word: Word) -> bool:
    """Is ``word`` a surname in "-й" the dictionary declines as a man's noun only ("Цой"), not an
    adjective ("Толстой", "Донской"), whose woman's form differs: a woman's keeps it uninflected."""
    return word.text.endswith("й") and not word.has("ADJF") and not word.has("femn") and word.has("Surn")


def _masculine_surname(an: Analysis, i: int, named: list[Reading]) -> bool:
    """"Рустамов", "Идрисов": a surname the dictionary reads only as the genitive plural of a
    first name ("Рустам"), which a name in the news hardly ever is."""
    return an.low[i].endswith(_MASCULINE_SURNAME_ENDINGS) and all("plur" in r.grammemes for r in named)


def _gender(grammemes: frozenset[str]) -> Optional[str]:
    for g in ("masc", "femn", "neut"):
        if g in grammemes:
            return g
    return None


def agreement(cue: Optional[CueForm]) -> Optional[tuple[Optional[str], ...]]:
    """What of ``cue`` agreement reads: two cues with the same value agree with the same mentions."""
    if cue is None or cue.form not in ("finite",):
        return None
    return cue.number, cue.gender


def _agrees(gender: Optional[str], number: Optional[str], cue: Optional[CueForm], kind: str) -> bool:
    if cue is None or cue.form not in ("finite",):
        return True
    if cue.number and number and cue.number != number:
        return False
    if cue.number == "plur" and number is None:
        # "РБК сообщили в пресс-службе": a singular outlet before a plural verb is its addressee
        return kind in ("group", "place", "person")
    if cue.gender and gender and cue.gender != gender and cue.number != "plur":
        if kind in ("organization", "place"):
            return True
        return False
    return True


# --- noun phrases ---------------------------------------------------------------


def unit_end(an: Analysis, j: int) -> int:
    """Past the end of the unit at ``j``: a whole short quoted name, or one token."""
    qi = an.opener_at.get(j)
    if qi is not None and an.quote_words(qi) <= QUOTED_NAME_WORDS:
        closer = an.quote_tokens(qi)[1]
        if an.sent_of[closer] == an.sent_of[j]:
            return closer + 1
    return j + 1


def quoted_name_at(an: Analysis, j: int) -> bool:
    return j in an.opener_at and unit_end(an, j) > j + 1  # most tokens open no quotation


def is_modifier(an: Analysis, i: int) -> bool:
    if not an.letters[i]:
        return False
    grammemes = (an.words[i] or an.word(i)).any_grammemes  # Word.has() of one grammeme, read inline: asked of most words
    # only a word opening with a digit can be a numeric adjective: most words skip the test
    return "ADJF" in grammemes or "PRTF" in grammemes or an.low[i][:1].isdigit() and _numeric_adjective(an.low[i])


def _may_modify(an: Analysis, k: int, noun: int, case: str) -> bool:
    """Can the word at ``k``, an adjective that also reads as an adverb or a comparative
    ("позднее", "ниже"), modify the noun at ``noun`` in ``case``: some reading of each agrees in
    number and, in the singular, gender? One that agrees with no reading is the adverb opening the
    clause, outside the phrase ("Позднее источник сообщил"). A noun of both genders ("глава") takes
    either; a man's title takes a woman's modifier by sense ("новая министр"); a noun without a
    reading in the case tells nothing."""
    word = an.word(k)
    if not (word.has("ADVB") or word.has("COMP")):
        return True
    nouns = [r.grammemes for r in an.word(noun).readings_with("NOUN", case)]
    if not nouns or any("Fixd" in g or "GNdr" in g for g in nouns):
        return True
    modifiers = [r.grammemes for r in word.readings if case in r.grammemes and ("ADJF" in r.grammemes or "PRTF" in r.grammemes)]
    if not modifiers:
        return True
    for m in modifiers:
        for g in nouns:
            if "plur" in m:
                if "plur" in g:
                    return True
                continue
            if "sing" not in g:
                continue
            if m & g & {"masc", "femn", "neut"} or "ms-f" in g and m & {"masc", "femn"} or "anim" in g and "masc" in g and "femn" in m:
                return True
    return False


def noun_after_modifiers(an: Analysis, i: int) -> int:
    """The token after the run of modifiers from token ``i`` on, a few words at most: the noun they
    modify ("Федеральной таможенной [службы]"), or ``i`` when ``i`` is no modifier."""
    k = i
    end = min(len(an.toks) - 1, i + _MODIFIER_RUN)
    while k < end and is_modifier(an, k) and an.letters[k + 1] and (not an.word(k).has("NOUN") or _agrees_as_adjective(an, k)):
        k += 1
    return k


def _agrees_as_adjective(an: Analysis, k: int) -> bool:
    """Does the word at ``k``, which reads as a noun too ("главного": "главное"), agree as an
    adjective with the noun or adjective right after it ("главного врача", "старшего научного
    сотрудника") in case, number and gender?"""
    forms = {agreement_form(r.grammemes) for r in an.word(k).readings if "ADJF" in r.grammemes}
    return any(
        agreement_form(r.grammemes) in forms for r in an.word(k + 1).readings if "NOUN" in r.grammemes or "ADJF" in r.grammemes
    )


def _numeric_adjective(low: str) -> bool:
    """"63-летний", "5-этажный" modify a noun; "2014-го", "1990-х" are dates."""
    head, _, tail = low.partition("-")
    return head[:1].isdigit() and len(tail) > _CASE_ENDING_LETTERS


def _is_complement(an: Analysis, i: int) -> bool:
    """Can token ``i`` continue a noun phrase to the right (a genitive, a name, an abbreviation)?"""
    if i in an.opener_at and quoted_name_at(an, i):  # (the test inline: most tokens open no quotation)
        return True
    if not an.letters[i]:
        return False  # "сайте министерства [16] ноября": a number starts a date, not a complement
    if an.is_prep(i):
        return False  # "РБК в пресс-службе": the phrase ends before a preposition
    word = an.words[i] or an.word(i)
    tags = word.any_grammemes  # Word.has() of one grammeme, read inline: asked of most words after a noun
    if "VERB" in tags or "GRND" in tags or "CONJ" in tags or "PREP" in tags or "INFN" in tags:
        if "NOUN" not in tags or "CONJ" in word.best and not _joins_noun(an, i + 1):
            return False  # "Заявил министр и о том, что": a conjunction that joins no noun to the phrase
    if "NPRO" in tags and not an.caps[i]:
        return False
    if indeclinable(an, i):
        return True
    forms = name_forms(an, i) if is_name(an, i) else None
    if forms is not None and not _has_case(forms, "gent"):
        return False  # "рассказал РИА Новости Андрей Клепач": a name that cannot be genitive starts a phrase
    return "gent" in tags or "Name" in tags or "Surn" in tags or (an.caps[i] and "NOUN" in tags)


def _addressee_at(an: Analysis, j: int) -> bool:
    """Is token ``j`` a noun that can only be a dative, the addressee of a speech verb
    rather than part of the phrase before it ("сказал один из делегатов изданию")?"""
    word = an.word(j)
    return word.has("NOUN", "datv") and not any(word.has("NOUN", case) for case in ("nomn", "gent", "accs", "ablt", "loct"))


def _joins_noun(an: Analysis, j: int) -> bool:
    """Can token ``j``, after a conjunction, be a noun or modifier that the conjunction joins?"""
    if j >= len(an.toks) or not an.letters[j] or an.is_prep(j):
        return False
    word = an.word(j)
    return word.has("NOUN") or is_modifier(an, j) or indeclinable(an, j)


def name_head(an: Analysis, i: int) -> int:
    """The word a name hangs on: past any initials ("С. В. [Лавров]")."""
    while an.is_initial(i):
        i += 2
    return i


def _extend_name(an: Analysis, i: int, case: Optional[str] = None) -> tuple[int, int]:
    """Tokens ``a..b-1`` of the name whose word ``i`` is. Given the ``case`` the phrase stands in,
    the name grows only by words that can stand in it with the head: "Помощник Сергея Собянина
    Анастасия Ракова сообщила" is a nominative feminine name, though all four words could be a
    masculine genitive one."""
    i = name_head(an, i)
    a = i
    cases = name_forms(an, i)
    if cases is not None and case is not None:
        cases = frozenset(f for f in cases if f[0] == case) or cases
    # the name's word after its first name: "Дмитрий [Яликов]" read from the first name too
    after = i + 1 if i + 1 < len(an.toks) and an.sent_of[i + 1] == an.sent_of[i] and is_name(an, i + 1) else i
    while a - 1 >= 0 and an.sent_of[a - 1] == an.sent_of[i] and is_name(an, a - 1) and a - i > -_NAME_WORDS:
        joined, fits = _shared_cases(cases, an, a - 1)
        if not fits or stray_capital(an, a) or _belongs_before(an, a - 1, cases) or opens_name(an, a, after) or _family_name(an.word(a - 1)):
            break
        if _two_surnames(an, a - 1, a) or a < i and _surname_then_full_name(an, a - 1, i):
            break  # "после переговоров с Шойгу | Остин заявил", "адвоката Смирнова | Игоря Петрова"
        if _mans_oblique_before_first_name(an.word(a - 1), an.word(a)) or (
            a - 2 >= 0 and an.sent_of[a - 2] == an.sent_of[i] and _mans_oblique_before_first_name(an.word(a - 2), an.word(a))
        ):
            break  # "дочь Петра | Нина", "дочь Петра Смирнова | Нина": his surname is his
        if case is not None and _has_case(cases, case) and not _has_case(joined, case):
            break  # "после встречи с Лавровым Блинкен заявил": an oblique name before a name the dictionary lacks
        if _after_oblique_role(an, a - 1, i, case):
            break  # "с президентом Финляндии Саули Ниинистё | Путин отметил": the name before is the role's
        cases = joined
        a -= 1
    while a - 2 >= 0 and an.is_initial(a - 2) and an.sent_of[a - 2] == an.sent_of[i]:
        a -= 2  # "С. В. Лавров"
    return a, name_end(an, i, cases)


def _after_oblique_role(an: Analysis, k: int, i: int, case: Optional[str] = None) -> bool:
    """Does name word ``k``, which is no first name, close a name apposed to a role noun in another
    case than ``case`` (past the role's capitalized genitives: "с президентом Финляндии Саули
    Ниинистё"), while the surname ``i`` after it, one the dictionary knows, cannot stand in the
    role's case? Then ``k`` ends the role holder's name, and ``i`` opens another's ("… Ниинистё |
    Путин отметил"): the words of one name share its case. A first name at ``k`` opens ``i``'s name
    ("… Владимир Путин")."""
    surname = an.word(i)
    if not _only_surname(surname) or any("Name" in r.grammemes for r in an.word(k).name_readings):
        return False
    first, _ = an.sentence_bounds(k)
    g = k
    while g - 1 >= first and is_name(an, g - 1):
        g -= 1
    j = g - 1
    while j >= first and an.caps[j] and an.letters[j] and not opens_sentence(an, j) and an.word(j).has("gent"):
        j -= 1  # "Финляндии", "МИД Японии": the role's complements
    if j < first or not an.letters[j] or token_kind(an, j) not in ("role", "generic"):
        return False
    role_cases = frozenset(c for r in an.word(j).readings_with("NOUN") for c in r.grammemes & CASES)
    if not role_cases or case is not None and case in role_cases:
        return False
    return all(role_cases.isdisjoint(r.grammemes) for r in surname.name_readings)


def _two_surnames(an: Analysis, a: int, b: int) -> bool:
    """Are words ``a`` and ``b`` both surnames the dictionary knows as nothing else? One person
    has one surname, so they name two."""
    return _only_surname(an.word(a)) and _only_surname(an.word(b))


def _surname_then_full_name(an: Analysis, s: int, last: int) -> bool:
    """Do words ``s..last`` read as a surname, then a first name and a surname ("Смирнова Игоря
    Петрова")? A name opens with a surname only before a first name and a patronymic ("Петров
    Игорь Иванович"), so these are two people."""
    return (
        last - s == 2
        and _only_surname(an.word(s))
        and _only_surname(an.word(last))
        and any("Name" in r.grammemes for r in an.word(s + 1).name_readings)
    )


def _full_name_then_first_name(an: Analysis, f: int, last: int) -> bool:
    """Do words ``f..last`` read as a first name, a surname, then another first name ("Олега Смирнова
    Ивана")? The third word of a name after its first name and surname could only be a patronymic,
    so a first name there opens the next person's name."""
    return (
        last - f == 2
        and _only_first_name(an.word(f))
        and _only_surname(an.word(f + 1))
        and _only_first_name(an.word(last))
    )


def _only_first_name(word: Word) -> bool:
    named = word.name_readings
    return word.known and bool(named) and all("Name" in r.grammemes for r in named)


def _only_surname(word: Word) -> bool:
    named = word.name_readings
    return word.known and bool(named) and all("Surn" in r.grammemes for r in named)


def _has_case(forms: Optional[frozenset[NameForm]], case: str) -> bool:
    """Can a name of ``forms`` stand in ``case``? One the dictionary does not know can."""
    return forms is None or case in _cases_of(forms)


@functools.lru_cache(maxsize=1024)
def _cases_of(forms: frozenset[NameForm]) -> frozenset[str]:
    """The cases of a name's forms (few distinct sets: remembered)."""
    return frozenset(case for case, _ in forms)


def opens_name(an: Analysis, a: int, i: int) -> bool:
    """Does first name ``a``, with more of the name after it up to ``i``, open a name? Only a
    surname the dictionary knows stands before a first name ("Иванов Иван Иванович"), or the first
    of a name's two first names ("Пауло Мануэл Ласерда"); any other word there is outside the name
    ("глава Минпромторга Антон Алиханов")."""
    best = an.word(a).best
    if a >= i or not an.word(a).known or "Name" not in best or "plur" in best:  # "Мусаев" is no plural of "Мусай"
        return False
    before = an.word(a - 1)
    if first_of_two_first_names(before, an.word(a)):
        return False
    return not any("Surn" in r.grammemes for r in before.readings if before.known)


def first_of_two_first_names(word: Word, second: Word) -> bool:
    """Is ``word``, before first name ``second``, the first of a foreign name's two first names:
    one that does not decline, the dictionary's ("Пауло Мануэл Ласерда"), or one guessed so from
    its ending before a second that does not decline either ("Лисандро Гарсиа Ласерда")? A guess
    before a first name that declines is as often a surname in the genitive, the complement of a
    role before it ("адвокат Моранди Олег Белов")."""
    return _FIXED_FIRST_NAME <= word.best and (word.known or _FIXED_FIRST_NAME <= second.best)


def name_end(an: Analysis, i: int, cases: Optional[frozenset[NameForm]] = None) -> int:
    """Past the last word of the name whose word ``i`` is, read rightwards.

    A name is at most three words (first name, patronymic, surname) in one
    case and gender: a genitive name before a nominative one is another person
    ("представитель Анны Козловой Олег Белов"), and so is a feminine one before a
    masculine one ("пресс-секретарь Дмитрия Медведева Олег Осипов"); a common word
    capitalized only because it opens the sentence is no part of a name
    ("Визит Владимир Путин ...").
    (Remembered per document: names, phrases and subject searches read the same names.)
    """
    key = ("name_end", i, cases)
    found: Optional[int] = an.scans.get(key)  # type: ignore[assignment]
    if found is None:
        found = an.scans[key] = _read_name_end(an, i, cases)
    return found


def _read_name_end(an: Analysis, i: int, cases: Optional[frozenset[NameForm]]) -> int:
    if cases is None:
        cases = name_forms(an, i)
    b = i + 1
    words = 1  # a name's particles ("фон дер") are no words of it
    while b < len(an.toks) and an.sent_of[b] == an.sent_of[i] and is_name(an, b) and words < _NAME_WORDS:
        cases, fits = _shared_cases(cases, an, b)
        if not fits or stray_capital(an, b - 1) or _two_surnames(an, b - 1, b) or _after_oblique_role(an, b - 1, b):
            break
        if b - i == 2 and _surname_then_full_name(an, i, b):
            return i + 1  # "адвоката Смирнова | Игоря Петрова": whose lawyer, then the lawyer
        if b - i == 2 and _full_name_then_first_name(an, i, b):
            return b  # "адвоката Олега Смирнова | Ивана Бойко": one name has one first name
        if b - i == 1 and _family_name(an.word(i)) and any({"Name", "sing"} <= r.grammemes for r in an.word(b).name_readings):
            break  # "тетя сестер Веретенниковых | Галина"
        if b - i <= 2 and _mans_oblique_before_first_name(an.words[i] or an.word(i), an.words[b] or an.word(b)):
            break  # "дочь Петра | Нина", "дочь Петра Смирнова | Нина": one person has one first name
        words += an.caps[b]
        b += 1
    if b == i + 1 and _surname_initial(an, b) and any("Name" in r.grammemes for r in an.word(i).name_readings):
        return b + 2  # "Светлана Н. рассказала": the initial of a surname the text withholds
    return b


def _mans_oblique_before_first_name(word: Word, second: Word) -> bool:
    """Is first name ``word``, a man's genitive or accusative ("Петра" of "Пётр"), followed (right
    after it or after his surname) by first name ``second``, which cannot be one? A woman's first
    name is followed by her surname, not by another first name, so ``word`` is the man's, the
    complement of a noun before it ("сестра Игоря | Вера"), though the dictionary also knows it as
    a woman's ("Петра"). A man's name that does not decline ("Хосе", "Али") stands in every case:
    the first of his two."""
    if not (_only_first_name(word) and _only_first_name(second)):
        return False  # most words of a name are no first names: their readings are not gathered
    mans = [r.grammemes for r in word.name_readings if "masc" in r.grammemes]
    return (
        any(g & _OBLIQUE_OF_A_MAN for g in mans)
        and not any("nomn" in g for g in mans)
        and not any("masc" in r.grammemes and r.grammemes & _OBLIQUE_OF_A_MAN for r in second.name_readings)
    )


def _surname_initial(an: Analysis, b: int) -> bool:
    """Is token ``b`` one capital letter with its period right after it and no capitalized word
    after that in the sentence (an initial before a surname opens the name: "С. Лавров")?"""
    if b + 1 >= len(an.toks) or an.tok_texts[b + 1] != "." or an.toks[b + 1].start != an.toks[b].end:
        return False
    tok = an.tok_texts[b]
    if len(tok) != 1 or not tok.isupper() or not _is_cyrillic(tok) or an.sent_of[b] != an.sent_of[b - 1]:
        return False
    return b + 2 >= len(an.toks) or an.sent_of[b + 2] != an.sent_of[b] or not an.caps[b + 2]


def _family_name(word: Word) -> bool:
    """Is ``word`` a family's name, every reading a plural surname or adjective ("Веретенниковых",
    "Ядыковых")? Before another word it opens no one person's name ("сестер Веретенниковых |
    Надежда", "семьи Ядыковых | Дмитрий"), though after a first name it may be a surname that does
    not inflect ("Иван Седых"). A word guessed as a plural common noun ("Рахул") or first name
    ("Элон") is a foreign name's singular."""
    return bool(word.readings) and all("plur" in r.grammemes and ("Surn" in r.grammemes or "ADJF" in r.grammemes) for r in word.readings)


def body_before_name(an: Analysis, a: int, b: int) -> bool:
    """Do the words ``a..b-1`` read as a name open with the name of a body (a word the dictionary
    knows or guesses as an organization's, with no reading as a person's name), then a first name
    and a surname ("пояснил Облстройконтроль Константин Гаврилов")? Only a surname stands before a
    first name, and a patronymic follows then ("Иванов Иван Иванович"): the body is the one the
    person speaks for, no part of the name."""
    if b - a != _NAME_WORDS:
        return False
    body = an.word(a)
    # a guess of an organization among others counts: "МИД Вестении Ян Нюберг", a place the
    # dictionary lacks, is guessed as a body or a noun's oblique case, never as a name
    if not _compound_abbreviation(an.tok_texts[a]) and (body.name_readings or body.has("anim") or not (body.known or body.has("Orgn"))):
        return False
    first = an.word(a + 1)
    return first.known and "Name" in first.best and "plur" not in first.best and not an.word(a + 2).has("Patr")


def _compound_abbreviation(tok: str) -> bool:
    """Is ``tok`` a word and an abbreviation run together ("ЮгТЭК", "СибАЭС"), a body's name? A
    name's inner capital opens a word of one capital ("МакКейн", "ДиКаприо")."""
    return any(c.islower() for c in tok) and any(x.isupper() and y.isupper() for x, y in zip(tok, tok[1:]))


def _shared_cases(
    cases: Optional[frozenset[NameForm]], an: Analysis, j: int
) -> tuple[Optional[frozenset[NameForm]], bool]:
    """The forms a name keeps when word ``j`` joins it, and whether ``j`` can join."""
    mine = name_forms(an, j)
    if cases is None or mine is None:
        return cases or mine, True
    return cases & mine, not cases.isdisjoint(mine)


def _belongs_before(an: Analysis, j: int, cases: Optional[frozenset[NameForm]]) -> bool:
    """Does name word ``j`` end the name before it rather than start the one after?
    "Вдова Николая [Крылова] Елена Крылова": the genitive first name claims the surname."""
    if j == 0 or an.sent_of[j - 1] != an.sent_of[j] or not is_name(an, j - 1):
        return False
    before = name_forms(an, j - 1)
    if before is None or cases is None or not before.isdisjoint(cases):
        return False  # the word before could be of this name too
    _, fits = _shared_cases(before, an, j)
    return fits


def stray_capital(an: Analysis, i: int) -> bool:
    """A dictionary word that is no name, capitalized only because it opens the sentence (not a
    surname the text gives a person inside a sentence: "Ципи Ливни … Ливни похвалила")."""
    word = an.words[i] or an.word(i)
    return (
        opens_sentence(an, i) and word.known and not word.name_readings and not _surname_given_in_text(an, i)
        and not ("Geox" in word.best and _place_before_surname(an, i))
    )


def opens_line(an: Analysis, i: int) -> bool:
    """Does token ``i`` open its sentence, or follow only the dash that opens it ("- Генштаб
    подтвердил"), where any word is capitalized? (After a quote mark a capital opens a title.)"""
    first = an.sentence(i).first
    return first == i or first == i - 1 and an.is_dash(first)


def opens_sentence(an: Analysis, i: int) -> bool:
    """Does token ``i`` open its sentence (or the words after a mark), where any word is capitalized?"""
    return an.sent_bounds[an.sent_of[i]][0] == i or (i > 0 and an.marks[i - 1] and an.tok_texts[i - 1] != ",")


def name_forms(an: Analysis, i: int) -> Optional[frozenset[NameForm]]:
    """The (case, gender) pairs the dictionary allows word ``i`` as a name, or None if it does not
    know it as one (pymorphy3's guess from the ending of a foreign name is often the wrong case:
    "Драгиша"). A name of common gender ("Бойко", "Саша") pairs with either gender. (Worked out
    once per token: every word a name grows by is asked again by the next phrase.)"""
    forms = an.name_forms
    if i not in forms:
        forms[i] = _read_name_forms(an, i)
    return forms[i]


def _read_name_forms(an: Analysis, i: int) -> Optional[frozenset[NameForm]]:
    if an.low[i] in _name_particles() and (not an.caps[i] or _particles_then_name(an, i + 1)):
        return None  # "фон", "бин": a name's particle does not inflect, its case and gender are the name's
    word = an.words[i] or an.word(i)
    low = an.low[i]
    found = _word_name_forms.get(word.text)
    if found is None:
        found = _name_forms_of_word(word, low)
    named, nouns, forms, womans = found
    if not word.known or not named and (not nouns or i > 0 and particle_of_name(an, i - 1)):
        return _forms_by_ending(low)  # a noun after a name's particle is a foreign surname: "де Борона"
    if womans:
        # a word the dictionary knows only as a man's first name, in a consonant, does not inflect
        # after a woman's first name ("Сабина Вайс"): in the cases her first name stands in
        forms |= {(case, "femn") for case in _womans_first_name_cases(an, i - 1)}
    if feminine_surname(an, i) or named and _foreign_womans_first_name(an, i, named):
        forms |= {("nomn", "femn")}  # "Орлова", "Кириллова": also a woman's nominative
    if named and _indeclinable_after_first_name(an, i, named):
        forms |= _EVERY_NAME_FORM
    return forms or None  # "Илон" read as a vocative of "Илона" only: the dictionary does not know it


def _name_forms_of_word(word: Word, low: str) -> _WordNameForms:
    """The singular name readings of ``word`` (``low`` lower-cased), whether it has a singular noun
    reading, the forms of a name that these readings give it, and whether a woman's first name
    before it gives it hers: what :func:`_read_name_forms` reads of a word the dictionary knows,
    before the words around it. (Remembered per word form.)"""
    named = tuple([r for r in word.name_readings if "plur" not in r.grammemes])  # "Мусаев" is no plural of "Мусай"
    nouns = [r for r in word.readings if "NOUN" in r.grammemes and "plur" not in r.grammemes]
    forms: frozenset[NameForm] = frozenset()
    womans = False
    if not word.known or not named and not nouns:
        pass  # read by its ending
    elif not named:
        # a name word the dictionary knows as a noun only stands in that noun's cases, whoever bears
        # it: "Мэр Киева | Виталий Кличко", "с Путиным | Макрон", "Иван Дудка"; one that is also an
        # adjective, in the adjective's: "Мостовой"
        forms = frozenset((case, gender) for r in nouns for case in r.grammemes & _NAME_CASES for gender in _GENDERS)
        forms |= _adjective_forms(word)
        if _consonant_final(low) and any("nomn" in r.grammemes for r in nouns):
            forms |= _forms_by_ending(low) or frozenset()  # "с Дианой Ковач": a woman's does not inflect
        elif low[-1:] == "а" and _consonant_final(low[:-1]) and any("nomn" in r.grammemes for r in nouns):
            # "Роберта Борона": a feminine noun in "-а" on a consonant stem is a man's surname's
            # genitive too, as a name the dictionary lacks is ("Макрона")
            forms |= _A_NAME_FORMS
        elif low[-1:] in _INDECLINABLE_FINALS and not word.has("ADJF") and not word.has("nomn"):
            # "Кевин Воле": a word in -е, -и, -о, -у that is a noun's oblique case only (no adjective's,
            # "Первому [каналу]", no plural's, "Новости") names no thing here but a foreign surname,
            # which does not inflect
            forms |= _EVERY_NAME_FORM
    else:
        forms = frozenset(
            (case, gender)
            for r in named
            for case in r.grammemes & _NAME_CASES
            for gender in (("masc",) if "masc" in r.grammemes else ("femn",) if "femn" in r.grammemes else _GENDERS)
        )
        forms |= _adjective_forms(word)  # "Белой": a surname that is an adjective inflects as one
        consonant = low[-1:] not in _VOWEL_LETTERS and not low.endswith(_MASCULINE_ONLY_ENDINGS)
        if consonant and any(_MANS_SURNAME_NOMINATIVE <= r.grammemes for r in named):
            # "Анна Литвин": a woman's surname in a consonant does not inflect (but "Путиным" is a man's,
            # and a woman's "Петров" is "Петрова")
            forms |= _WOMANS_NAME_FORMS
        else:
            womans = consonant
    found = (named, bool(nouns), forms, womans)
    if len(_word_name_forms) >= _LIST_MEMO:
        _word_name_forms.clear()
    _word_name_forms[word.text] = found
    return found


def _womans_first_name_cases(an: Analysis, k: int) -> frozenset[str]:
    """The cases word ``k`` stands in as a woman's first name, if it is one, in the sentence of the
    word after it."""
    if k < 0 or k + 1 >= len(an.toks) or an.sent_of[k] != an.sent_of[k + 1] or not an.caps[k] or not an.letters[k]:
        return frozenset()
    return frozenset(
        case for r in an.word(k).name_readings if {"Name", "femn", "sing"} <= r.grammemes for case in r.grammemes & _NAME_CASES
    )


def _foreign_womans_first_name(an: Analysis, i: int, named: Sequence[Reading]) -> bool:
    """Is word ``i``, which the dictionary reads only as a man's first name in the genitive or
    accusative ("Кая" of "Кай", "Джорджа" of "Джордж"), a woman's first name it lacks? So when the
    name word after it cannot be a man's in those cases: a man's surname in a consonant inflects
    ("Кая Каллас", not "Кая Калласа"); one the dictionary does not know says nothing ("Джорджа
    Мелони"), and the verb decides."""
    if an.low[i][-1:] not in ("а", "я") or not all({"Name", "masc"} <= r.grammemes and r.grammemes & _OBLIQUE_OF_A_MAN for r in named):
        return False
    j = i + 1
    if j >= len(an.toks) or an.sent_of[j] != an.sent_of[i] or not an.caps[j] or not an.letters[j]:
        return False
    return not any(gender == "masc" and case in _OBLIQUE_OF_A_MAN for case, gender in name_forms(an, j) or ())


def _indeclinable_after_first_name(an: Analysis, i: int, named: Sequence[Reading]) -> bool:
    """Is word ``i``, in a vowel foreign surnames end in and read by the dictionary only as an oblique
    case of a first name ("Санду" as "Санда"), a surname that does not inflect, after a first name
    ("Майя Санду")?"""
    if an.low[i][-1:] not in _INDECLINABLE_FINALS or any("nomn" in r.grammemes or "Name" not in r.grammemes for r in named):
        return False
    k = i - 1
    return k >= 0 and an.sent_of[k] == an.sent_of[i] and an.caps[k] and an.letters[k] and any("Name" in r.grammemes for r in an.word(k).name_readings)


def _adjective_forms(word: Word) -> frozenset[NameForm]:
    """The (case, gender) pairs of the word's singular adjective readings."""
    readings = word.readings_with("ADJF", "sing")
    if not readings:
        return frozenset()  # most name words: no generator run over no readings
    return frozenset((case, gender) for r in readings for case in r.grammemes & CASES for gender in r.grammemes & _GENDER_SET)


def _forms_by_ending(low: str) -> Optional[frozenset[NameForm]]:
    """The forms of a name word the dictionary lacks, by its ending, or None if it does not tell:
    a man's name takes an ending in every oblique case, a woman's in a consonant takes none."""
    if not _is_cyrillic(low) or low.endswith(_INSTRUMENTAL_ENDINGS):
        return None
    if low[-1] == "а" and low[-2:-1] in _VOWEL_LETTERS:
        return None  # "Дюбуа", "Моа": no Russian stem ends in a vowel before "-а", so the name does not inflect
    if low[-1] in "ая":  # "Ортега": a nominative, or a man's genitive ("Макрона"), no other case
        return _A_NAME_FORMS
    if low[-1] == "ы" and not low.endswith(_FAMILY_ENDINGS):
        return _Y_NAME_FORMS  # "Бандеры": no one person's name ends so in the nominative, only an "-а" name's genitive
    if _consonant_final(low):
        return _BARE_NAME_FORMS if not low.endswith(_MASCULINE_ONLY_ENDINGS) else _BARE_MASCULINE_FORMS
    return None


def _name_in_case(an: Analysis, tokens: Iterable[int], case: str) -> bool:
    """Can the words of one name all stand in ``case`` (in one gender)? True if the dictionary
    does not know them as names."""
    shared: Optional[frozenset[NameForm]] = None
    for t in tokens:
        shared, fits = _shared_cases(shared, an, t)
        if not fits:
            return False
    return _has_case(shared, case)


NameForm = tuple[str, str]  # a case and a gender that all words of one name share
# what a word form's analysis alone says of its forms as a name (_name_forms_of_word), by word form:
# worked out once, where each text's tokens read their readings again; emptied when full
_WordNameForms = tuple[tuple[Reading, ...], bool, frozenset[NameForm], bool]
_word_name_forms: dict[str, _WordNameForms] = {}
_GENDERS = ("masc", "femn")
_GENDER_SET = frozenset(_GENDERS)
# the forms of a name a word reads as, built once: a vocative ("Илон" of "Илона") is no name's case in running text
_NAME_CASES = CASES - {"voct"}
_EVERY_NAME_FORM = frozenset((case, gender) for case in _NAME_CASES for gender in _GENDERS)  # a name that does not inflect
_WOMANS_NAME_FORMS = frozenset((case, "femn") for case in _NAME_CASES)
_VOWEL_LETTERS = frozenset("аеёиоуыэюя")
_SYLLABLE_LETTERS = 4  # "Пак", "Чон", "Хён": the syllables of an East Asian name are short words
_NAME_SYLLABLES = 4
_OBLIQUE_OF_A_MAN = frozenset({"gent", "accs"})  # the cases in which a man's first name ends in "-а"/"-я": "Джорджа"
_INDECLINABLE_FINALS = frozenset("еиоуэю")  # the final vowels of foreign surnames that do not inflect: "Воле", "Гарибальди"
_NAME_WORDS = 3  # first name, patronymic, surname
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на"})  # they govern the locative of a place, the accusative of a goal
_MASCULINE_ONLY_ENDINGS = ("ов", "ев", "ёв")  # surnames whose feminine is "-ова", "-ева"
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём", "ым", "им")  # "Дюпоном", "Сомовым": a man's instrumental
_BARE_MASCULINE_FORMS = frozenset({("nomn", "masc")})
_BARE_NAME_FORMS = _BARE_MASCULINE_FORMS | _WOMANS_NAME_FORMS
_A_NAME_FORMS = frozenset({("nomn", "masc"), ("nomn", "femn"), ("gent", "masc"), ("accs", "masc")})
_Y_NAME_FORMS = frozenset({("gent", "masc"), ("gent", "femn")})
_FAMILY_ENDINGS = ("овы", "евы", "ёвы", "ины", "ыны")  # "Андрей и Ольга Кукушкины": a family's surname, nominative



def phrase(an: Analysis, i: int, kind: str, case: str = "nomn", lo: int = 0, hi: Optional[int] = None) -> Mention:
    """The whole noun phrase around head token ``i`` within tokens ``lo..hi-1``."""
    hi = len(an.toks) if hi is None else hi
    sent_first, sent_last = an.sentence_bounds(i)
    lo, hi = max(lo, sent_first, i - _PHRASE_REACH), min(hi, sent_last, i + _PHRASE_REACH)
    if kind in ("pronoun", "relative"):
        gender, number = _pronouns()[an.low[i]]
        return Mention(i, i + 1, i, kind, (), case, gender, number)
    if kind == "author":
        return Mention(i, i + 1, i, kind, (), case)
    if kind == "person":
        a, b = _extend_name(an, i, case)
        a, b = max(a, lo), min(b, hi)
        if body_before_name(an, a, b):
            return Mention(a, b, b - 1, "person", tuple(range(a + 1, b)), case, _name_gender(an, range(a + 1, b), case))
        first = _opening_role(an, role_before(an, a, lo, case), b, lo, case)
        return Mention(first, b, b - 1, "person", tuple(range(a, b)), case, _name_gender(an, range(a, b), case))
    first = i
    while first - 1 >= lo and (
        # a modifier agrees in case, number and gender: not "[об этом] президент", "[Позднее] источник"
        is_modifier(an, first - 1) and an.word(first - 1).has(case) and _may_modify(an, first - 1, i, case)
        or (_is_latin(an, i) and _is_latin(an, first - 1))
    ):
        first -= 1
    numeral = counted_by(an, i) if case == "nomn" else None
    if numeral is not None and numeral >= lo:
        first = numeral  # "два близких к семье источника"
    last = i + 1
    name: tuple[int, ...] = ()
    past_pp = False  # the phrase has taken in a prepositional phrase
    sex_noun = (an.words[i] or an.word(i)).lemma in lexicon.word_set("sex_nouns.txt")
    # "собеседник агентства в аппарате комиссии": where the interlocutor works is part of who it is,
    # as for "источник в ведомстве"
    placed = kind in ("generic", "group") or kind == "role" and an.word(i).lemma in lexicon.word_set("interlocutors.txt")
    while last < hi:
        # (the bracket tested inline: most words open no gloss, and the test is two calls deep)
        gloss = _gloss_closing(an, last, hi) if an.low[last] == "(" and kind in ("role", "generic", "group") else None
        if gloss is not None and gloss + 1 < hi and (is_name(an, gloss + 1) or an.is_initial(gloss + 1)):
            last = gloss + 1  # "директор фонда (ГФП) Иван Петров": the name after the gloss
            continue
        if an.marks[last] and not quoted_name_at(an, last):
            break
        low = an.low[last]
        if last == i + 1 and low == "из" and last + 1 < hi and an.low[last + 1] in ("них", "нас") and _partitive_at(an, i):
            last += 2  # "одна | из них": the whole it is one of belongs to it
            break
        if (
            low in ("при", "по")
            or (placed and low in ("в", "на", "из"))  # "источник на заводе"
            or (kind == "document" and low in ("в", "на"))
        ):
            nxt = last + 1
            if nxt < hi and an.letters[nxt] and an.word(nxt).lemma == "свой":
                break  # "написал политолог | на своей странице": "свой" points to the subject, outside it
            noun = nxt
            while noun < hi and is_modifier(an, noun):
                noun += 1
            if noun < hi and is_circumstance(an, noun):
                break  # "МИД | по итогам встречи", "газета | по результатам расследования": how, not whose
            if low in LOCATIVE_PREPOSITIONS and not _locative_at(an, nxt, hi):
                break  # "ответ ведомства на запрос ТАСС": an accusative "на" phrase is a goal, no place
            if low in LOCATIVE_PREPOSITIONS and kind != "document" and _document_at(an, nxt, hi):
                break  # "сказала спортсменка | в интервью": where a person spoke, not where they belong
            if nxt < hi and (_is_complement(an, nxt) or is_modifier(an, nxt) or an.word(nxt).has("NOUN")):
                last = nxt + 1
                governed = _noun_cases(an, nxt)  # the cases of the noun the preposition governs
                while (
                    last < hi
                    and not is_name(an, last)  # "постпред России при ЕС | Кирилл Логвинов"
                    and (is_modifier(an, last) or (an.letters[last] and an.word(last).has("NOUN")))
                    # past the object's noun a dative is an addressee: "сказал один из делегатов | изданию"
                    and not (_addressee_at(an, last) and "NOUN" in an.word(last - 1).best and not is_modifier(an, last - 1))
                    # past it, a noun in neither its case nor the genitive opens another phrase:
                    # "рассказал ТАСС по телефону | источник"
                    and not (governed is not None and _opens_phrase_after(an, last, governed))
                ):
                    if an.is_prep(last):
                        governed = None  # "по борьбе с преступностью": the next noun is governed anew
                    elif governed is None:
                        governed = _noun_cases(an, last)
                    last += 1
                # a person's genitive after "в окружении", "из адвокатов" is that noun's complement;
                # a place or body named in capitals takes none: "представителя управления по Тверской
                # области | Ольги Ивановой" names the representative
                past_pp = not _names_proper_thing(an, nxt, last)
                continue
            break
        if (is_name(an, last) or an.is_initial(last)) and kind in ("role", "generic", "group"):
            a, b = _extend_name(an, last, case)
            b = max(b, min(name_end(an, name_head(an, last)), hi))  # the name read whole, in any case
            after_place = _name_after_place(an, last, b, case)
            if after_place is not None:
                last = after_place  # "министра финансов Сальвадора | Эдуардо Морено"
                continue
            if (
                not _name_in_case(an, range(last, b), case)
                or past_pp and not _role_noun_before(an, last, case) and _name_in_case(an, range(last, b), "gent")
                or b + 1 < hi and _surname_then_full_name(an, b - 1, b + 1)
                or _holder_follows(an, b, case, hi)
            ):
                # "адвокат Сергея Фурсова Иван Бойко", "преемник Гуса Хиддинка": a name that cannot
                # stand in the role's case is its complement; so is one after a prepositional
                # phrase that can be its noun's genitive ("источник в окружении Володина"), a
                # surname before another's full name ("адвоката Смирнова Игоря Петрова"), and a
                # name before another's that stands in the role's case too ("агента Анны Ивановой
                # Джона Смита"): the role's holder is the last
                last = b
                past_pp = False  # the prepositional phrase's noun has its complement
                continue
            opener = next((k for k in range(last + 1, b) if opens_name(an, k, b)), None)
            if opener is not None:
                last = opener  # "глава Минпромторга Антон Алиханов": the name opens at its first name
                continue
            name = tuple(range(last, min(b, hi)))
            last = min(b, hi)
            break
        if sex_noun:
            break  # "рассказал мужчина | РБК": a noun of a person's sex has no complement; what follows is an addressee
        if case == "nomn" and _predicate_of(an, i, last, sent_last):
            break  # "Прокуратура района | начала проверку": the subject's verb, not a genitive "начала"
        governed_object = participle_object_end(an, i, hi) if last == i + 1 else None
        if governed_object is not None:
            last = governed_object  # "заведующая [лабораторией]": the participle's object
            continue
        if case != "datv" and last in an.opener_at and _quoted_dative(an, last):  # (most words open no quotation: no call)
            break  # "в компании | «Северной правде» рассказали": the outlet told, no genitive of the head
        if an.caps[last - 1] and _proper_name_closes(an, i, last, case):  # (most words follow no capital: no call)
            break  # "в правительстве Москвы | горожан успокоили", "цитирует Daily Mirror | ее слова"
        if (
            _is_complement(an, last)
            or (is_modifier(an, last) and an.word(last).has("gent") and not _possessive_of_next(an, last, hi))
            # a role in apposition stands in the phrase's case: "сказал представитель Кремля | журналистам"
            or (kind in ("role", "generic") and _lemma_in(an, last, "roles.txt") and an.word(last).has(case))
        ):
            if last == i + 1 and _participle_noun_at(an, first, i, last):
                break  # "запрещенного судом | «Северного братства»": the participle's noun, not the head's complement
            last = unit_end(an, last)
            continue
        break
    while last - 1 > i and an.letters[last - 1] and "CONJ" in an.word(last - 1).best:
        last -= 1  # "в министерстве и [ведомстве]": a conjunction whose second noun stayed out
    if kind in ("role", "generic"):
        # a name set off by commas is the role's holder, and a name before it was a genitive
        # complement: "адвоката Петрова, Людмилы Айне," is Айне, Petrov's lawyer
        apposed = _apposed_name(an, last, case, hi)
        if apposed:
            name, last = apposed, apposed[-1] + 1
    if name:
        return Mention(first, last, name[-1], "person", name, case, _name_gender(an, name, case))
    return Mention(first, last, i, kind, (), case, None, "plur" if kind == "group" else "sing")


def _proper_name_closes(an: Analysis, head: int, j: int, case: str) -> bool:
    """Is lowercase token ``j`` right after a place's name (at or past the phrase's ``head``), a noun
    that cannot stand in the phrase's ``case``, or a possessive pronoun after a Latin name? A place's
    name takes no genitive complement of common words, nor does any proper name a possessive's, so
    the genitive after it belongs to the clause: the object of the verb, or a noun that opens another
    phrase. A noun in the phrase's case is in apposition ("министерства Ирака полковник Иван Петров");
    an abbreviation takes a complement ("МВД республики"), and a Latin name may run on in Russian
    words ("SpaceX системы связи")."""
    k = j - 1
    if k < head or an.caps[j] or not an.caps[k] or not an.letters[j] or opens_sentence(an, k):
        return False
    if _is_latin(an, k):
        return an.word(j).has("Apro", "Fixd")
    word = an.word(k)
    # a place's noun, not an abbreviation ("ФАС РФ и Минфина") nor an adjective ("Украинского института")
    if not word.known or not {"Geox", "NOUN"} <= word.best or an.tok_texts[k].isupper():
        return False
    after = an.word(j)
    return "NOUN" in after.best and not after.has("NOUN", case)


def _quoted_dative(an: Analysis, j: int) -> bool:
    """Is a short quoted name opening at ``j`` in the dative, its words sharing that case and no
    genitive ("«Северной правде»", "«Известиям»")?"""
    if j not in an.opener_at or not quoted_name_at(an, j):  # (the test inline: most tokens open no quotation)
        return False
    closer = an.quote_tokens(an.opener_at[j])[1]
    shared: Optional[set[str]] = None
    for t in range(j + 1, closer):
        if not an.letters[t]:
            continue
        word = an.word(t)
        if not word.known or indeclinable(an, t):
            return False  # a word of the name the dictionary guesses or that does not inflect tells nothing
        cases = {c for r in word.readings for c in r.grammemes & CASES}
        shared = cases if shared is None else shared & cases
    return shared is not None and "datv" in shared and "gent" not in shared


def participle_object_end(an: Analysis, head: int, hi: int) -> Optional[int]:
    """Past the end of the object that the participle at ``head``, used for its doer, governs right
    after it, in the instrumental ("заведующий [кафедрой]", "командующий [флотом]") or, after a
    transitive one, in the accusative ("исполняющий [обязанности] губернатора"); None if none."""
    k = head + 1
    if k >= hi or not an.letters[head] or "PRTF" not in (an.words[head] or an.word(head)).any_grammemes or not an.letters[k]:
        return None  # most heads are no participle: asked of every phrase head
    participles = an.word(head).readings_with("PRTF")
    noun = noun_after_modifiers(an, k)
    if noun >= hi or not an.letters[noun] or token_kind(an, noun) in ("person", "pronoun", "relative"):
        return None
    cases = ("ablt", "accs") if any("tran" in r.grammemes for r in participles) else ("ablt",)
    return noun + 1 if any(an.word(noun).has("NOUN", "inan", c) for c in cases) else None


def _participle_noun_at(an: Analysis, first: int, head: int, k: int) -> bool:
    """Does the noun at token ``k`` (past a quote mark and modifiers) agree with a participle right
    before the phrase ``first``..``head`` that the head does not agree with? Then the phrase is the
    participle's agent or object and the noun the one the participle modifies ("запрещенного судом
    «Северного братства»", "принадлежащего холдингу банка"), no complement of the head."""
    p = first - 1
    if p < 0 or not an.letters[p] or "PRTF" not in an.word(p).best:
        return False
    j = k + 1 if quoted_name_at(an, k) else k
    if j >= len(an.toks) or not an.letters[j]:
        return False
    noun = noun_after_modifiers(an, j)
    if not an.letters[noun]:
        return False
    forms = {agreement_form(r.grammemes) for r in an.word(p).readings if "PRTF" in r.grammemes}

    def agrees(t: int) -> bool:
        return any(agreement_form(r.grammemes) in forms for r in an.word(t).readings_with("NOUN"))

    return agrees(noun) and not agrees(head)


def _possessive_of_next(an: Analysis, j: int, end: int) -> bool:
    """Is word ``j`` a possessive that does not inflect ("его", "ее", "их") and modifies a next
    word that cannot be genitive, so stands outside the phrase before it ("сообщил Росстат | его
    сотрудникам")? Before a genitive it may still be the phrase's complement ("представитель
    его компании")."""
    word = an.word(j)
    if not word.has("Apro") or not word.has("Fixd"):
        return False
    k = j + 1
    return k < end and an.letters[k] and not an.word(k).has("gent")


def _role_noun_before(an: Analysis, name: int, case: str) -> bool:
    """Is the word before the name at ``name`` a role noun in ``case`` that cannot be a genitive: the
    name's apposition, not a genitive of the prepositional phrase before it ("один из авторов программы
    экономист Вишну Менон" is Менон)?"""
    j = name - 1
    if not an.letters[j] or token_kind(an, j) not in ("role", "generic"):
        return False
    word = an.word(j)
    return word.has("NOUN", case) and not word.has("NOUN", "gent")


def _predicate_of(an: Analysis, head: int, j: int, end: int) -> bool:
    """Is token ``j``, a word that reads as a genitive noun and as a finite verb ("начала", "стали"),
    the predicate of the nominative noun at ``head``: a verb reading agrees with the head in number
    (and in gender, past singular), and no other verb follows in the clause to be the predicate
    ("глава отдела начала работ | сказал" keeps its genitive)?"""
    word = an.words[j] or an.word(j)
    verbs = word.readings_with("VERB", "indc")  # not an imperative "части"
    if not verbs or not word.has("NOUN", "gent"):
        return False
    forms, numbers = _verb_forms(verbs)
    if not any(_subject_agrees(r.grammemes, forms, numbers) for r in an.word(head).readings_with("NOUN", "nomn")):
        return False
    if j - 1 > head and _genitive_noun_of_adjective(an, j):
        return False  # "министр иностранных дел": the adjective's noun, no verb "дел"
    k = j + 1
    while k < end and not an.marks[k]:
        if an.letters[k] and "VERB" in an.word(k).best:
            return False
        k += 1
    return True


def _genitive_noun_of_adjective(an: Analysis, j: int) -> bool:
    """Does an adjective right before token ``j`` agree with a genitive noun reading of it?"""
    nouns = {agreement_form(r.grammemes) for r in an.word(j).readings_with("NOUN", "gent")}
    return an.letters[j - 1] and any(agreement_form(r.grammemes) in nouns for r in an.word(j - 1).readings_with("ADJF", "gent"))


def _names_proper_thing(an: Analysis, first: int, end: int) -> bool:
    """Does a word of tokens ``first..end-1`` name a place or body in capitals inside the sentence (a
    capitalized modifier, a place or an organization: "по Тверской области", "по Москве")?"""
    return any(
        an.caps[k] and not opens_sentence(an, k) and not is_name(an, k)
        and (is_modifier(an, k) or token_kind(an, k) in ("place", "organization"))
        for k in range(first, end)
    )


def _name_after_place(an: Analysis, first: int, end: int, case: str) -> Optional[int]:
    """Where the name in ``case`` opens inside the words ``first..end-1`` read as one name that
    cannot stand in it, if a place's genitive comes first, though the dictionary knows it as a first
    name too ("министра финансов Сальвадора Эдуардо Морено": Salvador the country); None if
    there is no such place."""
    if _name_in_case(an, range(first, end), case):
        return None
    for k in range(first + 1, end):
        if not an.word(first).readings_with("Geox", "gent") or not all(an.word(j).readings_with("Geox", "gent") for j in range(first, k)):
            return None
        if an.word(k).known and "Name" in an.word(k).best and _name_in_case(an, range(k, end), case):
            return k
    return None


def _holder_follows(an: Analysis, b: int, case: str, hi: int) -> bool:
    """Does a name that opens with a first name start at token ``b`` (before ``hi``) and stand in
    ``case``, so that it, not the name before it, holds the role?"""
    if b >= hi or not is_name(an, b) or not an.word(b).known or "Name" not in an.word(b).best:
        return False
    return _name_in_case(an, range(b, min(name_end(an, b), hi)), case)


def _noun_cases(an: Analysis, j: int) -> Optional[frozenset[str]]:
    """The cases of the noun at token ``j``, or None if it is a modifier or no noun."""
    if not an.letters[j] or is_modifier(an, j) or not an.word(j).has("NOUN"):
        return None
    return frozenset(c for r in an.word(j).readings_with("NOUN") for c in r.grammemes & CASES)


def _opens_phrase_after(an: Analysis, j: int, governed: frozenset[str]) -> bool:
    """Is token ``j`` a noun that can stand neither in the genitive nor in a case of the noun a
    preposition governs before it, so that it heads a phrase of its own?"""
    word = an.word(j)
    return "NOUN" in word.best and not is_modifier(an, j) and not any(word.has("NOUN", case) for case in governed | {"gent"})


def _past_modifiers(an: Analysis, j: int, hi: int) -> int:
    """The first token from ``j`` on (before ``hi``) that is no modifier: the noun of a phrase."""
    while j < hi and an.letters[j] and is_modifier(an, j) and not an.word(j).has("NOUN"):
        j += 1
    return j


def _document_at(an: Analysis, j: int, hi: int) -> bool:
    """Is the noun of the phrase opening at token ``j``, past its modifiers, a document ("в интервью",
    "в своем блоге")?"""
    j = _past_modifiers(an, j, hi)
    return j < hi and token_kind(an, j) == "document"


def _locative_at(an: Analysis, j: int, hi: int) -> bool:
    """Does the noun phrase opening at token ``j`` (a quoted name, or modifiers and a noun)
    stand in the locative, as a place it is ("источник в правительстве", "заявление на сайте")?"""
    j = _past_modifiers(an, j, hi)
    if j >= hi or quoted_name_at(an, j) or not an.letters[j]:
        return j < hi
    return may_be_locative(an, j)


def may_be_locative(an: Analysis, j: int) -> bool:
    """Can noun ``j`` after "в/на" be a place, not the accusative of a goal ("в ответ", "на запрос")?
    A word with no accusative reading can ("в Минтруда"); so can a body's compound name ending in a
    genitive, which it keeps in every case ("в Минцифры", "в Минвостокразвития")."""
    word = an.word(j)
    return indeclinable(an, j) or word.has("loct") or word.has("loc2") or not word.has("accs") or _genitive_compound(an, j)


def _genitive_compound(an: Analysis, j: int) -> bool:
    return clipped_body_name(an, j) and any(an.morph.word(rest).has("NOUN", "gent") for _, rest in split_clipped(an.low[j]))


def _apposed_name(an: Analysis, comma: int, case: str, hi: int) -> tuple[int, ...]:
    """The name set off by commas after a role, in the role's case: "адвокат банкира,
    Людмила Айне, заявила"; "по словам его адвоката, Людмилы Айне, C"."""
    k = comma + 1
    if k >= hi or an.low[comma] != "," or not is_name(an, k):
        return ()
    b = min(_extend_name(an, k)[1], hi)
    if b >= hi or an.low[b] != ",":
        return ()
    # every word one person in the role's case: "по словам министра, Иванов, ..." is no apposition
    # although "Иванов" also reads as a genitive plural of "Иван"
    if not all(_one_in_case(an, j, case) for j in range(k, b)):
        return ()
    return tuple(range(k, b))


def apposed_person(an: Analysis, comma: int, hi: int) -> Optional[Mention]:
    """A person's phrase set off by a comma after the mention that ends at ``comma``: its name, with
    the role before it, all in the nominative ("Как сообщил один из авторов законопроекта, депутат
    Иван Смирнов, C"; "— сказал один из авторов, депутат Иван Смирнов."): the same person, named.
    None unless a comma before ``hi`` or the end of the sentence closes it."""
    k = comma + 1
    while k < min(hi, comma + 1 + _ROLE_REACH) and not is_name(an, k):
        if not an.letters[k]:
            return None
        k += 1
    if k >= hi or not is_name(an, k) or role_before(an, k, comma + 1, "nomn") != comma + 1:
        return None
    b = min(_extend_name(an, k, "nomn")[1], hi)
    closed = b < hi and an.low[b] == "," or b == an.sentence_bounds(k)[1] or b < len(an.toks) and an.low[b] in (".", "!", "?")
    if not closed or not all(_one_in_case(an, j, "nomn") for j in range(k, b)):
        return None
    return phrase(an, k, "person", "nomn", comma + 1, b)


def _one_in_case(an: Analysis, j: int, case: str) -> bool:
    word = an.word(j)
    if not word.known or an.is_initial(j):
        return True
    named = [r.grammemes for r in word.readings if NAME_TAGS & r.grammemes] or [r.grammemes for r in word.readings]
    return any(case in g and "sing" in g for g in named)


def role_before(an: Analysis, a: int, lo: int, case: str) -> int:
    """Start of a role apposition before a name in ``case`` ("директор ФПС генерал Иван Петров").

    The role stands in the name's case: "сказала журналистам Вера Кутепова" has
    an addressee before the name, no role. A noun made of a participle
    ("нападающий", "управляющий") is a role as any animate noun is. (Remembered per document: the
    source finders, name collection and case guessing ask it of the same names.)"""
    key = ("role_before", a, lo, case)
    found: Optional[int] = an.scans.get(key)  # type: ignore[assignment]
    if found is None:
        found = an.scans[key] = _read_role_before(an, a, lo, case)
    return found


_ROLE_LISTS = frozenset({"roles.txt", "generic_roles.txt"})  # the lists of the nouns a role apposition may have


def _read_role_before(an: Analysis, a: int, lo: int, case: str) -> int:
    first = a
    j = a - 1
    steps = 0
    glossed = -1  # the opening bracket of the gloss passed over last: "(НЦУКС)"
    while j >= lo and steps < _ROLE_REACH:
        if j in an.opener_at and quoted_name_at(an, j):  # (the test inline: most tokens open no quotation)
            j -= 1
            continue
        if an.marks[j]:
            qi = an.inside_quote(j)
            if qi is not None and an.quote_words(qi) <= QUOTED_NAME_WORDS:
                j = an.quote_tokens(qi)[0] - 1
                continue
            opening = _gloss_opening(an, j, lo)
            if opening is not None:  # "агентства (Росводресурсы) Алексея Зорина": a gloss inside the role
                j = glossed = opening
                j -= 1
                continue
            if an.low[j] == "." and j - 1 >= lo and an.low[j - 1] == _NAMED_AFTER:
                j -= 2  # "института им. Сербского Иван Петров": the body's name, inside the role
                steps += 1
                continue
            break
        word = an.words[j] or an.word(j)
        if an.low[j] == "и" and (_joins_complement_nouns(an, j, lo) or _joins_places(an, j, lo)):
            j -= 1  # "министр промышленности и торговли", "в России и СНГ": one complement of two nouns
            continue
        tags = word.any_grammemes  # Word.has() of one grammeme, read inline: asked of every word of a role
        # "министр иностранных дел": no verb "деть"; "при": no verb "переть"
        verb = "VERB" in tags and "NOUN" not in word.best and "PREP" not in word.best
        # the words a gloss spells short are one long name, a preposition among them too: "центра
        # управления в кризисных ситуациях (НЦУКС)"
        in_glossed = 0 < glossed - j <= _GLOSS_WORDS
        if verb or "PREP" in tags and not (_post_of_role(an, j) or in_glossed) or "CONJ" in tags or "INFN" in tags:
            break
        if "PREP" in word.best:
            # "посол России в Японии": where the role is held; the preposition is no role itself,
            # though a capital "В" also reads as an initial ("В Москве | Иван Петров")
            j -= 1
            steps += 1
            continue
        # whether the word is a role is asked only of one that may stand in the case: the dearer test;
        # an archaic form stands in no apposition ("Внук" read as a plural genitive of "внука")
        in_case = case in tags and ("Arch" not in tags or any("Arch" not in r.grammemes for r in word.readings_with(case)))
        if (in_case or indeclinable(an, j)) and (
            not _ROLE_LISTS.isdisjoint(_lists_holding(an.low[j], word.noun_lemmas))  # one lookup for both lists
            or _common_kind(an, j, word) == "generic"
            or word.known and bool(word.readings_with("NOUN", "anim", case)) and not word.name_readings
            or word.has("PRTF", "Subx", case)
            or _adjectival_role(an.morph, an.tok_texts[j])
        ):
            first = j  # a role or any animate noun in apposition: "хирург Павел Демин", "заведующая кафедрой Анна Лис"
        elif not ("NOUN" in tags or is_modifier(an, j) or indeclinable(an, j) or an.low[j] == "при"):
            break
        j -= 1
        steps += 1
    if first < a:
        # a modifier agrees with the role in case: not "[Об этом] президент Иван Петров", and in
        # number and gender: not "[Позднее] президент Иван Петров"
        role = first
        while (
            first - 1 >= lo
            and is_modifier(an, first - 1)
            and ((an.words[first - 1] or an.word(first - 1)).has(case) and _may_modify(an, first - 1, role, case) or indeclinable(an, first - 1))
        ):
            first -= 1
    return first


def _joins_complement_nouns(an: Analysis, j: int, lo: int) -> bool:
    """Does the "и" at ``j`` join two lowercase nouns of a role's complement, in one oblique case
    ("Службы национальной безопасности и обороны", "министра труда и социальной защиты")? Not two
    roles or names ("президент и премьер", "Петров и Иван Смирнов"): those are two people, or a
    list; nor two nominatives, a list of subjects."""
    before, after = j - 1, noun_after_modifiers(an, j + 1)  # "и [социальной] защиты"
    if before < lo or after >= len(an.toks) or not (an.letters[before] and an.letters[after]):
        return False
    a, b = an.word(before), an.word(after)
    # an abbreviation of a thing, no body's or person's name, is a lowercase noun written short:
    # "по вопросам ЖКХ и благоустройства"
    thing = a.known and all({"Abbr", "inan"} <= r.grammemes and "Orgn" not in r.grammemes for r in a.readings)
    if an.caps[before] and not thing or an.caps[after] or token_kind(an, before) is not None or token_kind(an, after) is not None:
        return False
    if not ("NOUN" in a.best and "NOUN" in b.best):
        return False
    shared = {c for r in a.readings if "NOUN" in r.grammemes for c in r.grammemes & CASES}
    return any(b.has("NOUN", c) for c in shared - {"nomn"})


def _joins_places(an: Analysis, j: int, lo: int) -> bool:
    """Does the "и" at ``j`` join two places or bodies named in capitals after "в" or "на", where a
    role is held ("глава отдела закупок в Европе и СНГ")? Not two names the role's
    complement lists ("жены послов Чили и Перу Ольга Петрова и …"), whose holders
    are a list too."""
    before, after = j - 1, j + 1
    return (
        before - 1 >= lo
        and after < len(an.toks)
        and an.low[before - 1] in LOCATIVE_PREPOSITIONS
        and all(an.caps[t] and token_kind(an, t) in ("place", "organization") for t in (before, after))
    )


def _gloss_opening(an: Analysis, j: int, lo: int) -> Optional[int]:
    """The opening bracket of a short gloss of words closed at ``j`` ("(Роскосмос)", "(обороны)"),
    not before ``lo``; None if ``j`` closes none."""
    return _gloss_bracket(an, j, lo, -1)


def _gloss_closing(an: Analysis, j: int, hi: int) -> Optional[int]:
    """The closing bracket, before ``hi``, of a short gloss of words opened at ``j``; None if ``j``
    opens none."""
    return _gloss_bracket(an, j, hi - 1, 1)


def _gloss_bracket(an: Analysis, j: int, bound: int, step: int) -> Optional[int]:
    """The bracket that pairs with the one at ``j`` across one to _GLOSS_WORDS words, read in
    direction ``step`` up to token ``bound`` (inclusive); None if there is none."""
    mine, other = ("(", ")") if step > 0 else (")", "(")
    if an.low[j] != mine:
        return None
    for k in range(j + step, j + step * (_GLOSS_WORDS + 2), step):
        if (k - bound) * step > 0:
            return None
        if an.low[k] == other:
            return k if k != j + step else None
        if not an.letters[k]:
            return None
    return None


def _opening_role(an: Analysis, first: int, end: int, lo: int, case: str) -> int:
    """Start of a person's phrase set off by commas after the role that opens the sentence
    ("Хореограф постановки, француженка Клер Дюбуа, отметила"): the role and the apposition are one
    phrase; else ``first``. A name before the comma makes a list, no role ("Иван Петров, Олег Сомов,")."""
    comma = first - 1
    if comma - 1 < lo or an.low[comma] != "," or end >= len(an.toks) or an.low[end] != ",":
        return first
    start = role_before(an, comma, lo, case)
    if start == comma:
        return first
    sent_first = an.sentence_bounds(first)[0]
    opening = start
    while opening > sent_first and an.low[opening - 1] in _OPENING_POSSESSIVES:
        opening -= 1  # "Ее соперница по финалу, индийская шахматистка X,"
    if opening != sent_first or any(is_name(an, k) for k in range(start, comma)):
        return first
    return opening


def _post_of_role(an: Analysis, j: int) -> bool:
    """Can the preposition at ``j`` say where or in what a role is held: "постпред при ЕС", "посол
    России в Японии" (a place named after "в" or "на"), "чемпионка по плаванию"? The phrase joins a
    role only if one stands before it."""
    if an.low[j] == "при":
        return True
    if an.low[j] in ("по", "от"):
        # "чемпионка по плаванию", "уполномоченный по правам ребенка": the role's field; "депутат от
        # партии", "сенатор от Калифорнии": whom an elected member stands for
        k = _past_modifiers(an, j + 1, len(an.toks))
        case = "datv" if an.low[j] == "по" else "gent"
        return k < len(an.toks) and an.letters[k] and (bool(an.word(k).readings_with("NOUN", case)) or case == "gent" and indeclinable(an, k))
    # a place, or a body named in capitals ("лидер фракции в Госдуме", "постпред России в ООН")
    return an.low[j] in ("в", "на") and j + 1 < len(an.toks) and an.caps[j + 1] and (
        an.word(j + 1).has("Geox") or token_kind(an, j + 1) == "organization"
    )


def _name_gender(an: Analysis, tokens: Iterable[int], case: str) -> Optional[str]:
    return name_gender(map(an.word, tokens), case)
