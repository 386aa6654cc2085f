"""Speakers: cluster mentions into entities and name them.

Person names cluster by surname in the nominative ("Путина" → "Путин"); a
role without a name ("президент", "глава ЦБ") refers to the holder of that
role in the text whose complement agrees ("глава ЦБ" is not "глава
Минфина"; "глава Минфина" is a "министр", and "глава военного ведомства" the
"министр обороны"), else the most salient person not
known to hold another such role: the subject of its sentence or the one
before, else the latest speaker (one who spoke, if the role names its body:
"глава Минобороны"); a role "один" brings in is someone new; a bare
description ("правозащитник", "задержанный") to the named person who spoke just before, and
so does one the text gave a person many sentences before ("пенсионер"); one whose complement
is a person ("вдова академика") to the named person who just spoke if the text gives that one
the same noun, and one of a document ("автор письма") to the named person who just wrote
("пишет X"); a verb of heading ("X возглавляет штаб") gives X the role "глава" of its object;
a pronoun to the
subject of a sentence just before it (not one inside what someone said, nor one of a
subordinate clause after the subject of its main clause), else
a person that sentence names (not a bare name after a preposition), else a
subject one sentence further back, else
the latest speaker, else person, that agrees in gender and number (a plural subject pronoun to
people its own sentence names before it first, unless a preposition governs them; a plural description,
"девушки", is "они" only; "по его данным" with no person in the sentence before, an organization
standing as its subject); a group standing as
the subject after its verb ("Тревогу забили зоозащитники") is one for "они" too, and with no
group as a subject in reach, people a plural phrase of the sentence before names in any case; "который"
to the nearest noun before it that agrees in gender and number ("от его матери, которая").
A source after what it says counts sentences back from where that opens; a
document ("в заявлении МИД") to the organization it names, else the last
one that spoke or stood as a subject (an outlet only for what outlets write:
"в статье"); an outlet noun ("издание") to an outlet of its kind
the text just called so, else one it called by that very noun a few sentences back, else one
that spoke, stood as a subject or was cited.
A pronoun that is the subject of the narrative ("после встречи он уехал") is
resolved where it stands, so the next pronoun can pick it up, and so is a description of a
person opening a sentence as its subject ("Водитель был задержан"), or a role no one in the
text holds, before a sentence with a pronoun ("Глава ведомства признал … Он заявил").
A description no earlier entity takes is a new entity, unless it repeats a fuller
description of the same head a few sentences before ("источник" after "источник в
правительстве региона", "в пресс-службе" after "пресс-служба автозавода"), or one of the same
head whose complement names the same organization ("представители нефтяной компании" after
"представители «Лукойла»"), or is a bare plural of the kind of people of the group that spoke just
before ("ученые" after "исследователи"); a noun a numeral counts is a group; an
organization's name, one that holds it ("Washington Post", "газета The Washington Post").
Each entity is named by its fullest mention, put in the nominative.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import os
import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, Optional, Sequence

from .analysis import START, Analysis
from .attribution import Link, maker_of, quoted_name_mention
from . import lexicon
from .lexicon import fold
from .mentions import FIRST_PERSON, MIN_CLIPPED_REST, PARTICIPLE_PHRASE, Mention, clipped_role, counted_by, deputy_roles, is_circumstance, is_modifier, is_name, may_head_organization, name_end, noun_after_modifiers, opens_sentence, passive_agent, phrase, role_before, quoted_name_at, role_stem_words, split_clipped, token_kind, unit_end, verb_after
from .model import Document, Quote, Span, Speaker
from .morph import Morphology, Word, oblique_surname_case, name_gender, surname_gender, surname_stem
from .normalize import Normalized
from .name_cases import CASES
from .reading import SUBORDINATORS, TextReading, Marks, NO_QUOTES, cue_lemmas, media_noun, names_a_part, organization_nouns, outlet_words

_OPENING_LETTERS = 2  # letters a word keeps in every case: "Огонёк", "Огонька"; "Эхо", "Эха"
_LOOKBACK = 300  # mentions a pronoun or role may reach back over
_TOKEN = operator.attrgetter("token")  # where a _Seen or _Role stands: the key their lists are kept sorted by, read in C
# pairs of words and of roles' marks compared, remembered: a long text's look-backs compare the
# same roles again for every role noun
_PAIR_MEMO = 1 << 14
_APPOSITION_REACH = 10  # words back from a comma to the head of a role before it: "заместитель мэра в правительстве Москвы,"
_ROLE_HOLDERS = 30  # earlier holders of the same office a role compares, organizations a short name may be of
_CASE_ENDINGS = (1, 2)  # letters a case ending adds to a name: "Дачич-а", "Дачич-ем"
_SURNAME_ENDINGS = (1, 2, 3)  # letters of a surname's oblique ending: "Тарбаев-а", "Ветрищев-ой", "Швыдк-ого"
_SURNAME_STEMS = tuple(slice(None, -cut) for cut in _SURNAME_ENDINGS)  # a word less each such ending
_MIN_STEM = 4  # a shorter stem left after cutting an ending matches unrelated names
# the endings of a noun's cases: what two forms of a quoted name may differ by ("Вербен|е", "Вербен|а")
_NOUN_CASE_ENDINGS = frozenset("а я у ю е и ы о ь й ом ем ой ей ою ею ью ам ям ах ях".split())
# the endings of an adjective after its "-ск-" suffix, in every gender, number and case
_ADJECTIVE_ENDINGS = frozenset("ий ой ая ое ие ого ому им ом ую их ими ей".split())
_SHORT_NAME_REACH = 8  # words back from "(Минобороны)" to the head of the long name
_OPENING_PHRASE = 4  # words of a prepositional phrase opening a sentence before its subject: "В минувшую среду"
_RELATIVE_REACH = 6  # words back from "который" its antecedent may stand: "некий кандидат на пост ректора, который"
_RELATIVE_ASIDES = 1  # asides between commas passed over back to the antecedent: "доктор, с приличной зарплатой, который"
_CONTRASTING = frozenset({"однако", "но", "а"})  # conjunctions opening a clause of a subject of its own
_TOPIC_SENTENCES = 2  # a subject further back than this is no longer what a pronoun picks up
# abbreviations the text may spell out elsewhere: shorter ones match a run of words by chance
_MIN_ABBREVIATION, _MAX_ABBREVIATION = 2, 6
_PREFIXED_BODY = 3  # letters of a body's abbreviation past a branch's initials: "ГУ|ФМС", not "ГУ|ВД"
_FIRST_NAME_ENDING = 2  # letters a first name's case ending or diminutive may change: "Ханну", "Ханна"
_TYPO_WORD = 6  # letters a word needs for one letter off to be a typo, not another word ("Post", "Past")
_SURNAME_TAIL = 2  # last letters of a surname a typo is not looked for in: its forms differ there ("Петров", "Петрова")
_SPELLING_MEMO = 50_000  # surnames whose spelling and typo keys are remembered, as fold() remembers words
# parts of speech of the words a body's name is made of ("Военное следственное управление", "New York")
_NAME_POS = frozenset({"NOUN", "ADJF", "PRTF", "LATN", "UNKN"})
_NOUN_GENDERS = frozenset({"masc", "femn", "neut"})
_MINISTRY = "министерство"
_HEAD_TITLES = frozenset({"глава", "председатель", "начальник"})  # offices that each head a body
_FRAME_WORDS = frozenset({"что", "чтобы", "будто", "о", "том"})  # between a cue and its clause: "заявил о том, что"
# nouns for a government agency of any field, which the adjective before them makes a ministry:
# "военного ведомства" is the ministry of defence (data/ministry_fields.tsv)
_AGENCY_NOUNS = frozenset({"ведомство", _MINISTRY})
_COUNTRY = "страны"  # the complement of a role of a country in the office table: "лидер страны"
# sentences back from a description to a fuller one of the same head it may repeat: further
# back, "источник" is as likely a new source as the one named in full
_DESCRIPTION_SENTENCES = 8
_PEOPLE = ("person", "role", "generic", "group", "pronoun", "relative")  # mention kinds that name people
_SUBJECT_PRONOUNS = frozenset({"он", "она", "они"})
# the endings of surnames that decline for no one, man or woman: "Гогиберидзе", "Петренко", "Севастиди"
_UNDECLINED_ENDINGS = ("е", "и", "о", "у", "ю", "ы")
_BOTH_GENDERS = "ms-f"  # pymorphy3's gender of a noun for a man or a woman: "глава", "коллега"
_SINGULAR_PRONOUNS = frozenset({"он", "она", "его", "ее"})  # what picks up one person of the sentence before (ё folded)
_BRACKETS = frozenset("()")
_OPENING_BRACKET = frozenset("(")
# the cases of a noun a name after it may stand with as a subject or a complement: "газета Джефф
# Безос", "владелец газеты Джефф Безос", "изданию Чжоу" after a verb ("сказал изданию Чжоу") aside
_SUBJECT_OR_COMPLEMENT_CASES = frozenset({"nomn", "gent", "accs"})
_DOCUMENT_OWNERS = frozenset({"его", "ее", "её", "их"})  # possessives that say whose a document is
# endings of a noun for a person of a nation, off its stem ("канад-ец", "канад-ка" of "канадский")
_NATION_NOUN_ENDINGS = ("ец", "ка", "анин", "янин")
_NATION_STEM = 4  # a shorter stem matches adjectives of other stems
_PLACE_PREPOSITIONS = frozenset({"в", "во", "на"})  # with the locative, where: no person stands there
_AUTHORS = ("person", "role", "generic", "group", "organization")  # mention kinds that may make a document
_KIND = {
    "person": "person",
    "role": "person",
    "generic": "person",
    "organization": "organization",
    "place": "organization",
    "group": "group",
}


# grammeme sets the per-token tests read, each a constant: a set display in a test is built anew each time
_PAST_SINGULAR = frozenset({"VERB", "past", "sing"})
_GENDERS = frozenset({"masc", "femn", "neut"})
_AGREEING_POS = frozenset({"ADJF", "NUMR", "PRTF"})  # what agrees with a noun in case, number and gender
_OBLIQUE_CASES = frozenset(CASES) - {"nomn"}  # the cases a modifier and its noun agree in past the nominative
_FINAL_STOPS = frozenset({".", "!", "?", "…", "..."})  # what ends a sentence of the text, not a line linking elsewhere
_FIELD_PREPOSITIONS = frozenset({"по", "при"})  # "агентство по печати", "агентство при правительстве"


def _the_only(entities: dict[int, "_Entity"]) -> Optional["_Entity"]:
    """The one entity of ``entities`` (keyed by identity), or None if there are none or several:
    a short or partial name joins a fuller one only when the text gave one such."""
    return next(iter(entities.values())) if len(entities) == 1 else None


@dataclass
class _Entity:
    key: str
    kind: str
    name: str
    # how good a name is: the fullest mention names the entity (most words, then one written in the
    # nominative over one put there by inflection, then the longest)
    name_rank: tuple[int, bool, int] = (0, False, 0)
    gender: Optional[str] = None
    mentions: set[tuple[int, int]] = field(default_factory=set)
    spoke: bool = False
    told: bool = False  # spoke by a verb ("отмечает FT"), not only as a source of data ("по данным X")
    wrote: bool = False  # spoke by a verb of writing ("пишет", "написал"): an author of what it wrote
    outlet: bool = False  # a news outlet: what "издание" or "агентство" refers back to
    # the media nouns it is called by: "газета" of "газету Daily Mail", "агентство" of "ТАСС"
    media_nouns: set[str] = field(default_factory=set)
    said_nouns: set[str] = field(default_factory=set)  # those of them the text itself calls it by
    # the nouns heading a name the text calls it by, and those they are compounds of: "компания" of
    # "Компания Audi" and "Авиакомпания «Север»", "дирекция" of "Единая транспортная дирекция"
    kind_nouns: set[str] = field(default_factory=set)
    by_name: bool = False  # a person the text names, not one known only by a description
    # an entity known by a description: the lemma of its head noun and of each content word of its
    # fullest description ("источник", {"источник", "правительство", "регион"})
    head: str = ""
    words: frozenset[str] = frozenset()
    # the organization the complement of that description names ("Лукойл" of "представители
    # «Лукойла»"), or for an organization noun with no name of its own ("нефтяной компании"),
    # whether it is an outlet's
    body: "_Entity | bool | None" = None
    # the speaker an entity made by a description turned out to be, once the body that description
    # speaks for spoke ("прокуроры" read alone at first, then as the voice of "Прокуратура"): what
    # the description, and any that refers back to it, names from then on
    voice_of: "Optional[_Entity]" = None


@dataclass(slots=True)  # not frozen, as Mention: thousands are made per text
class _Seen:
    """An entity mentioned at a token: what pronouns and roles can refer back to."""

    token: int
    entity: _Entity
    prominent: bool  # a speaker, or a name standing as a subject (nominative, no preposition)
    # the reported statement the mention stands in, in text offsets: a subject there is no subject
    # of the narrative outside it ("Смирнов заявил, что Петров уехал. Он добавил": "он" is Смирнов)
    statement: Optional[tuple[int, int]] = None
    # a name right after a preposition, with no role saying it is a person: often a place the
    # dictionary reads as a surname ("в Грозном"), the weakest antecedent of a pronoun; or people
    # a preposition governs ("вслед за экономистами"), whom a subject pronoun of that sentence is not
    governed: bool = False
    # a subject of a subordinate clause: its sentence's own subject before it outranks it
    # ("Петров выступил в суде, где Смирнов дал показания. Он": "он" is Петров)
    subordinate: bool = False


@dataclass(slots=True)  # not frozen, as Mention
class _Role:
    """A role the text gives an entity: "глава Минфина" before "Олег Смирнов"."""

    token: int
    office: str  # what the role noun names: "премьер" for "премьер-министр" and "глава правительства"
    marks: Marks  # the words saying whose role it is, folded, and whether capitalized
    exclusive: bool  # an office like "министр": its holder holds no other such office
    entity: Optional[_Entity] = None
    member: bool = False  # held as one of a body's members ("вице-спикер Госдумы" a "депутат"), not named so
    referred: bool = False  # given by a bare role the text referred back with ("Депутат отметил"), not by name


def _once_per_entity(accept: Callable[[_Entity], bool]) -> Callable[[_Entity], bool]:
    """``accept`` judging each entity once: a look-back sees the same entities many times, and a
    dear test (the roles an entity holds, the words of its name) need not run again for each.
    Only for a test of what does not change while the caller looks back."""
    verdicts: dict[int, bool] = {}

    def judged(e: _Entity) -> bool:
        verdict = verdicts.get(id(e))
        if verdict is None:
            verdict = verdicts[id(e)] = accept(e)
        return verdict

    return judged


class _Resolver(TextReading):
    # its state in slots: CPython 3.11 keeps an instance's attributes in a shared-key layout only up to
    # 30 of them, and past that in a dict of its own, where each read of one is a dearer lookup
    __slots__ = (
        '_source_heads', '_opens', '_statements', '_statement_starts', '_link_sentences', '_rank', 'entities', 'seen',
        'roles', '_roles_held', '_countries_held', '_roles_by_office', '_by_word', '_by_stem', '_by_spelling',
        '_by_cut', '_in_names', '_nominative_surnames', '_surnames_by_stem', '_organizations_by_word', '_by_own_name',
        '_quoted_words', '_apposed_stems', '_respelled', '_held_names', '_long_marks', '_with_long', '_short_spelled',
        '_bodies_named', '_ministry_names_given', '_description_heads', '_by_body', '_named_bodies', '_body_cores',
        '_by_core', '_documents', 'described_subjects', '_searched', 'pronouns', '_spelled', 'short_names',
        '_long_names', '_roles_read',
    )

    def __init__(
        self,
        an: Analysis,
        reported: Iterable[tuple[int, int]] = (),
        opens: Optional[dict[int, int]] = None,
        source_heads: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(an)
        # the head tokens of the links' sources: each is seen when its link is resolved, in text order
        self._source_heads = source_heads
        # the first token of a source after what it says -> the token where that opens: "«Q1. Q2», —
        # сказал он" reaches back to the sentences before "Q1", not before "сказал"
        self._opens = opens or {}
        self._statements = _merged(reported)  # the reported statements, in text offsets
        self._statement_starts = [a for a, _ in self._statements]
        # the lines linking to other articles, and each sentence's number counted without them: what
        # they name is no part of the text's own story, nor are they sentences between its own
        self._link_sentences = self._link_lines()
        self._rank = list(itertools.accumulate(s not in self._link_sentences for s in range(len(an.sents))))
        self.entities: dict[str, _Entity] = {}
        self.seen: list[_Seen] = []
        self.roles: list[_Role] = []  # in text order
        self._roles_held: dict[int, list[_Role]] = {}  # id of an entity -> the roles it holds
        # (id of an entity, an office) -> the sets of countries its roles of that office are marked by
        self._countries_held: dict[tuple[int, str], set[frozenset[int]]] = {}
        self._roles_by_office: dict[str, list[_Role]] = {}  # an office -> its roles, in text order
        # roles_in() by its span, case and ``one``: each role's token, office, marks and exclusiveness
        self._roles_read: dict[tuple[int, int, str, bool], tuple[tuple[int, str, Marks, bool], ...]] = {}
        self._by_word: dict[str, _Entity] = {}  # a word of a person's name -> the person
        self._by_stem: dict[str, _Entity] = {}  # the same word less one or two final letters
        self._by_spelling: dict[str, _Entity] = {}  # a person's surname as _spelling() writes it -> the person
        # that surname less one letter before its ending, and where it stood (-1: anywhere) -> the person
        self._by_cut: dict[tuple[int, str], _Entity] = {}
        self._in_names: set[int] = set()  # tokens of the person names read in the text
        # a surname the text writes in the nominative, folded -> as written, and its bearer's gender
        self._nominative_surnames: dict[str, tuple[str, Optional[str]]] = {}
        self._surnames_by_stem: dict[str, list[str]] = {}  # the stem its oblique cases build on -> those surnames
        self._organizations_by_word: dict[str, list[_Entity]] = {}  # a word of an organization's name -> those
        # the name of its own an organization noun gives its body, folded -> those bodies (``_own_name``)
        self._by_own_name: dict[str, dict[int, _Entity]] = {}
        # the one-word quoted names the text writes, folded -> as written (``_quoted_as_written``)
        self._quoted_words: Optional[dict[str, str]] = None
        # the stems of the one-word quoted names written after an organization noun -> those names as written
        self._apposed_stems: dict[str, set[str]] = {}
        # a word of an organization's name spelled another way, folded -> as the name writes it: its
        # words in Latin letters run together ("skynews" -> "Sky News"), the name a hyphenated compound
        # with an organization noun opens with ("альфа" -> "Альфа-банк")
        self._respelled: dict[str, list[str]] = {}
        self._held_names: dict[tuple[str, ...], bool] = {}  # _holds_name() by its long name and short words
        self._long_marks: dict[str, Marks] = {}  # a mark -> the marks of the long name it is short for
        self._with_long: dict[Marks, Marks] = {}  # a role's marks -> with those of the long names of its short ones
        self._short_spelled: dict[Marks, Marks] = {}  # a role's marks -> with its short names spelled out
        self._bodies_named: dict[tuple[Marks, Marks], bool] = {}  # _names_body() by the marks of both roles
        # id of a ministry the text named with its country -> the names it called it by: a shorter
        # name one of them holds names it ("МИД" after "МИД РФ"), though the entity bears another
        self._ministry_names_given: dict[int, list[str]] = {}
        self._description_heads: set[str] = set()  # the heads of the descriptions that made entities
        # the head of a description and the id of the organization its complement names -> its entity
        self._by_body: dict[tuple[str, int], _Entity] = {}
        self._named_bodies: dict[str, tuple[str, frozenset[str]]] = {}  # _named_body() by the name
        self._body_cores: dict[str, Optional[tuple[str, frozenset[str]]]] = {}  # _body_core() by the name
        # the core of a body's name -> the organizations named so, each with the places its names mark
        self._by_core: dict[str, dict[int, tuple[_Entity, set[frozenset[str]]]]] = {}
        # the noun of document mentions (lemma; "outlet" for what outlets write, "*" for all) -> the
        # head of each and the entity it was resolved to, in text order
        self._documents: dict[str, list[tuple[int, _Entity]]] = {}
        # a description of a person opening a sentence as the subject of the verb after it ("Водитель
        # был задержан"), with the gender that verb gives, resolved in text order with the sources,
        # by who spoke before it
        self.described_subjects: list[tuple[Mention, Optional[str]]] = []
        # the tokens of the words the resolver finds by their spelling (pronouns, brackets): one search
        # of the text for them all, where a search for each list read the whole text again
        self._searched = an.tokens_written(*_SUBJECT_PRONOUNS, *_plural_pronouns(), *_SINGULAR_PRONOUNS, *_BRACKETS)
        # the tokens of "он", "она", "они", "их", "те": for the subjects collected here and the
        # pronoun subjects of the narrative (build_document)
        self.pronouns = self._tokens_written(_SUBJECT_PRONOUNS | _plural_pronouns())
        self._collect_names()
        # abbreviations the text spells out anywhere -> the names whose initials spell them, fullest first
        self._spelled = self._spelled_out()
        self.short_names = self._collect_short_names()
        self._long_names = frozenset(fold(name) for name in self.short_names.values())
        self._collect_organizations()
        self._collect_subjects()

    def _tokens_written(self, words: frozenset[str]) -> list[int]:
        """The tokens whose low form is one of ``words``, which the text was searched for at the start, in order."""
        low = self.an.low
        return [t for t in self._searched if low[t] in words]

    # --- naming ----------------------------------------------------------------


    # --- entities ----------------------------------------------------------------

    def person(self, tokens: tuple[int, ...], case: str, gender: Optional[str] = None) -> _Entity:
        """The person named by ``tokens`` in ``case``; ``gender`` is what its verb says ("Трамп
        сказала")."""
        if len(tokens) > 1 and self._none_in(tokens, case):  # the source finder's case is wrong for these words
            case = self._guess_case(tokens) or case
        surname = self._surname_in_nominative(tokens, case)
        oblique = surname[1] if surname is not None and case == "nomn" else None  # the case was a guess
        name = self.nominative_name(tokens, case, oblique)
        if surname is not None:
            name = " ".join([*name.split()[:-1], surname[0]])
        key = "person:" + fold(name.split()[-1])
        entity = self.entities.get(key)
        if entity is not None:
            key, entity = self._namesake(key, entity, tokens, name, case, gender)
        respelled = entity is None and (entity := self._spelled_otherwise(name)) is not None
        if entity is None and len(tokens) == 1:
            entity = self._person_with_word(fold(name))
        if entity is None:
            bearer = self._bearer_of_first_name(tokens, name, case)
            if bearer is not None:
                return bearer  # named in full already: "Валентина Николаевна" is "Валентина Мезенцева"
        rank = (len(name.split()), case == "nomn", len(name))
        if entity is None:
            entity = self._first_name_alone(tokens, name, case)
            if entity is not None:
                self.entities[key] = entity
        if entity is None:
            entity = _Entity(key, "person", name, rank, by_name=True)
            self.entities[key] = entity
            self._index_name(entity)
        elif rank > entity.name_rank and not (respelled and rank[:2] <= entity.name_rank[:2]):
            # the first spelling stays when another is only longer: "Скипер" and then "Скиппер"
            entity.name, entity.name_rank = name, rank
            self._index_name(entity)
        if entity.gender is None:
            entity.gender = name_gender(map(self.an.word, tokens), case)
        return entity

    def _namesake(
        self, key: str, entity: _Entity, tokens: tuple[int, ...], name: str, case: str, gender: Optional[str]
    ) -> tuple[str, Optional[_Entity]]:
        """The key and entity of the person of ``entity``'s surname that ``tokens`` name (``name`` in
        the nominative): another first name names another person ("Джорджия Кольбер" after "Ханна
        Кольбер", her mother), as a first name of the other sex does ("Мелания Трамп" after "Дональд
        Трамп", a surname that does not change for a woman), and the verb's ``gender`` picks between
        the two for the surname alone ("Трамп сказала"); None for a new one."""
        own = name_gender(map(self.an.word, tokens[:-1]), case) if len(tokens) > 1 else None
        sex = own or gender
        if entity.gender in (None, own) and len(tokens) > 1 and _other_first_name(fold(name).split(), fold(entity.name).split()):
            other = f"{key}:{fold(name).split()[0]}"
            return other, self.entities.get(other)
        if sex is None or entity.gender in (None, sex):
            return key, entity
        other = f"{key}:{sex}"
        if own is None and other not in self.entities:
            return key, entity  # a verb alone makes no new person of a name the text gave one
        return other, self.entities.get(other)

    def _first_name_alone(self, tokens: tuple[int, ...], name: str, case: str) -> Optional[_Entity]:
        """The person the text named before by the first name of ``name`` alone, a first name and
        a surname in the nominative (an oblique name after a preposition is as often two names
        misread as one: "с Аминой Тимура"), if it did so and named no one else in full by it: "Тимур"
        before "Тимур Кадыркулов" is he, as the "Тимур" after it is."""
        words = fold(name).split()
        an = self.an
        if len(words) < 2 or case != "nomn" or an.is_prep(tokens[0] - 1):
            return None
        if not any("Name" in r.grammemes for r in an.word(tokens[0]).name_readings):
            return None
        alone = self.entities.get("person:" + words[0])
        if alone is None or not alone.by_name or fold(alone.name) != words[0]:
            return None
        gender = name_gender(map(self.an.word, tokens[:-1]), "nomn")
        return alone if alone.gender in (None, gender) or gender is None else None

    def _bearer_of_first_name(self, tokens: tuple[int, ...], name: str, case: str) -> Optional[_Entity]:
        """The person the text names in full by the first name of ``name``, a first name and a
        patronymic with no surname ("Валентина Николаевна" after "Валентина Мезенцева"): the one
        last mentioned before it, else the only one."""
        if len(tokens) != 2:
            return None
        words = fold(name).split()
        patronymic = self.an.word(tokens[-1])
        # a patronymic the dictionary knows: a guess from the ending reads Serbian surnames as ones ("Живкович")
        if len(words) != 2 or not patronymic.known or not patronymic.has("Patr", case):
            return None
        bearers = {
            id(e): e
            for e in self.entities.values()
            if e.kind == "person" and e.by_name and len(e.name.split()) > 1
            and fold(e.name.split()[0]) == words[0] and not e.key.endswith(words[-1])
        }
        latest = self.recent(tokens[0], lambda e: id(e) in bearers)
        return latest or _the_only(bearers)

    def _spelled_otherwise(self, name: str) -> Optional[_Entity]:
        """The person the text named before by a surname spelled otherwise ("Айяр" and "Айар",
        "Тейлор" and "Тэйлор", "Скипер" and "Скиппер": a foreign name has no one Russian
        spelling), unless both names give first names and those differ."""
        words = fold(name).split()
        spelled = _spelling(words[-1])
        entity = self._by_spelling.get(spelled) or self._one_letter_off(spelled)
        if entity is None:
            return None
        given = fold(entity.name).split()[:-1]
        return entity if not words[:-1] or not given or _spelling(given[0]) == _spelling(words[0]) else None

    def _one_letter_off(self, spelled: str) -> Optional[_Entity]:
        """The person whose surname (as _spelling() writes it) is ``spelled`` with one letter
        mistyped, left out or added before its ending ("Зареченцева" and "Зараченцева", "Бережанов"
        and "Бережнов"): a typo in a long name. Not in its last letters, where one surname's forms and
        a woman's one differ ("Петров", "Петрова"), as they do in each part of a double-barrelled one
        ("Орлова-Белых" of "Орлов-Белых")."""
        if len(spelled) < _TYPO_WORD:
            return None
        cuts, shorter, _ = _typo_cuts(spelled)
        # most surnames are one letter off none indexed: a test in C before the loop in Python, which
        # finds a person only by one of these keys
        if not (self._by_cut.keys().isdisjoint(cuts) and self._by_spelling.keys().isdisjoint(shorter)):
            for cut in cuts:
                found = self._by_cut.get(cut) or self._by_spelling.get(cut[1])
                if found is not None:
                    return found
        return self._by_cut.get((-1, spelled))

    def _index_name(self, entity: _Entity) -> None:
        words = fold(entity.name).split()
        spelled = _spelling(words[-1])
        self._by_spelling.setdefault(spelled, entity)
        if len(spelled) > _TYPO_WORD:
            # each key not indexed yet, to this entity (a setdefault of each), in C
            keys = _typo_cuts(spelled)[2]
            self._by_cut.update(dict.fromkeys(keys.difference(self._by_cut), entity))
        for word in words:
            self._by_word.setdefault(word, entity)
            for cut in _CASE_ENDINGS:
                if len(word) - cut >= _MIN_STEM:
                    self._by_stem.setdefault(word[:-cut], entity)

    def _person_with_word(self, word: str) -> Optional[_Entity]:
        """The person whose name holds ``word`` or a form of it ("Дачича" for "Ивица Дачич")."""
        found = self._by_word.get(word) or self._by_stem.get(word)
        for cut in _CASE_ENDINGS:
            if found is None and len(word) - cut >= _MIN_STEM:
                found = self._by_word.get(word[:-cut])
        return found

    def named(self, key: str, kind: str, name: str) -> _Entity:
        entity = self.entities.get(key)
        if entity is None:
            entity = _Entity(key, kind, name, (len(name.split()), True, len(name)))
            self.entities[key] = entity
        return entity

    def description_entity(self, m: Mention, key: str, kind: str, name: str) -> _Entity:
        """What :meth:`_description_entity` finds, or the body that entity speaks for."""
        entity = self._description_entity(m, key, kind, name)
        return entity.voice_of or entity

    def _description_entity(self, m: Mention, key: str, kind: str, name: str) -> _Entity:
        """The entity a description names ("источник в правительстве региона", "жители"): the
        nearest one before it of a fuller description with the same head noun, one that holds
        every word of this one ("источник" of "источник в правительстве региона", "пресс-служба"
        of "пресс-служба автозавода"), unless a word sets it apart ("другой источник", "второй
        эксперт", "один из жителей") or several such descriptions name different entities; else
        the entity ``key`` names, made if new. The entity keeps its fullest name."""
        if not self._common_noun(m.head):  # "МЧС", "Apple": names, which _fuller_organization joins
            return self.named(key, kind, name)
        head = f"{self.an.word(m.head).lemma} {self._head_number(m, m.head)}"  # "дочь" is not "дочери"
        entity = self.entities.get(key)
        # words the text already gave as a body's name ("Комсомольская правда" spelling out "КП")
        # name that body, though read here as a description ("«Комсомольская правда» пишет")
        if entity is not None and entity.kind == "organization" and not entity.head:
            return entity
        if entity is not None and entity.head and head not in self._description_heads:
            return entity
        words = self._content_words(name)
        # most descriptions are the first of their head: nothing before them to compare
        body = self._body(m)
        if isinstance(body, _Entity) and self._speaks_for_its_body(m, head, body):
            return body
        country = self._side_of_a_country(m, head, name)
        if country is not None:
            return country
        if head in self._description_heads and not self._set_apart(m):
            fuller = self._fuller_description(m.first, kind, head, words)
            # the very description given before names what it named then, unless a fuller one
            # holds its words as they are, not only in another form ("администрация Волгограда"
            # is no "администрация Волгоградской области")
            if fuller is not None and (entity is None or words <= fuller.words):
                return fuller
            same_body = self._of_the_same_body(m.first, kind, head, body)
            if same_body is not None:
                rank = (len(name.split()), True, len(name))
                if isinstance(body, _Entity) and rank >= same_body.name_rank:  # a name says more than "компании"
                    same_body.name, same_body.name_rank = name, rank
                return same_body
        unnamed = None if entity is not None or self._set_apart(m) else self._the_unnamed_source(m, head, words, body) or self._unnamed_of_the_body(m, head, words, body)
        if unnamed is not None:
            return unnamed
        kin = None if entity is not None and entity.spoke else self._kin_group(m, head) or self._body_or_its_voice(m, head, words)
        if kin is not None:
            if entity is not None and entity is not kin:
                entity.voice_of = kin  # an earlier reading made it: a later "прокуроры" would find it
            self.entities[key] = kin  # "ученые" further on are that group too
            return kin
        entity = self.named(key, kind, name)
        if not entity.head:
            entity.head, entity.words = head, words
            self._description_heads.add(head)
            entity.body = body
            if isinstance(body, _Entity):
                self._by_body.setdefault((head, id(body)), entity)
        return entity

    def _body(self, m: Mention) -> Optional[_Entity | bool]:
        """The organization the complement right after the head of description ``m`` names
        ("Лукойл" of "представители «Лукойла»", "Агентство по охране здоровья" of "представитель
        Агентства"); for an organization noun with no name of its own ("нефтяной компании",
        "газеты"), whether it is an outlet's noun, unless it is the bare noun of a body's part that
        is an organization itself ("пресс-служба ведомства"): then the body that noun refers back
        to, if any; None if no organization follows the head."""
        an = self.an
        t = m.head + 1
        while t < m.last and is_modifier(an, t):
            t += 1
        if t >= m.last:
            return None
        if quoted_name_at(an, t):  # "представители «Лукойла»": the body's own name, whatever its words
            return self.organization(quoted_name_mention(an, t, "gent"))
        complement = Mention(m.head + 1, m.last, t, "organization", (), "gent")
        if token_kind(an, t) != "organization":
            # a noun of no organization's kind ("Военно-воздушных сил Южной Кореи"): a body
            # only when the text gave that name to one, spelling out its abbreviation ("ВВС")
            named = an.caps[m.head + 1] and self.entities.get("organization:" + fold(self.phrase_name(complement)))
            return named if named and named.kind == "organization" else None
        if self._generic(complement) and not an.caps[t]:  # "Агентства" is a name cut short
            # a body's part by the bare noun of its body ("пресс-служба ведомства" after "ГУВД
            # проводит проверку"): of the body that noun alone names, one press service with
            # "пресс-служба ГУВД"; not people of it ("источники издания"), whom the text may tell apart
            part = m.kind == "organization" and self._bare(complement)
            named = self._named_before(complement, f"{an.word(m.head).lemma} {self._head_number(m, m.head)}") if part else None
            return named or an.word(t).lemma in lexicon.word_set("media.txt")
        return self.organization(complement)

    def _of_the_same_body(self, before: int, kind: str, head: str, body: _Entity | bool | None) -> Optional[_Entity]:
        """The entity of ``kind`` an earlier description of head ``head`` names whose complement
        names organization ``body`` ("представитель Агентства по охране здоровья" … "представитель
        Агентства"), else the one seen in the sentences before whose complement is an organization
        noun with no name of its own of the kind of ``body`` ("пресс-служба газеты" … "пресс-служба
        «Известий»"); for such a noun (``body`` says whether an outlet's), the one seen there
        whose complement names an organization of that kind ("представители «Лукойла»" …
        "представители нефтяной компании"); each only if one such."""
        if body is None:
            return None
        if isinstance(body, _Entity):
            named = self._by_body.get((head, id(body)))
            if named is not None:
                return named if named.kind == kind else None

        def of_the_kind(e: _Entity) -> bool:
            if isinstance(body, _Entity):
                return e.body is body.outlet
            return isinstance(e.body, _Entity) and e.body.outlet == body

        found = self._descriptions_before(before, kind, head, of_the_kind)
        if len(found) != 1:
            return None
        if isinstance(body, _Entity):  # the organization noun names it: its name is that body's
            found[0].body = body
            self._by_body.setdefault((head, id(body)), found[0])
        return found[0]


    def _speaks_for_its_body(self, m: Mention, head: str, body: _Entity) -> bool:
        """"Компания X сообщила … По словам представителей компании X": people of a body (a plural
        noun of data/body_people.txt), with no word of their own before the noun, speak for the
        body the complement names once that body has spoken itself: they are its voice, not
        another source. Not people of a country or a city ("представители России"): officials of
        some body of it, whom the text tells from the country's own voice."""
        lemma, number = head.split()
        return (
            number == "plur"
            and m.first == m.head
            and body.spoke
            and body.kind == "organization"
            and not body.outlet
            and lemma in lexicon.word_set("body_people.txt")
            and "Geox" not in self.an.word(noun_after_modifiers(self.an, m.head + 1)).best
        )

    def _side_of_a_country(self, m: Mention, head: str, name: str) -> Optional[_Entity]:
        """"Японская сторона добавила … Токио настаивает": a country's "side", named by the
        country's adjective alone, is that country, whatever else the text calls it by."""
        an = self.an
        if head != "сторона sing" or m.last != m.head + 1 or m.first != m.head - 1:
            return None
        country = _country(fold(an.tok_texts[m.first]))
        if country is None or "ADJF" not in an.word(m.first).best:
            return None
        return self._state_entity(country, name, True)

    def _state_entity(self, state: int, name: str, standing_for: bool) -> _Entity:
        """The state numbered ``state`` (as ``_country`` numbers them), called ``name``: one entity
        by its own names, its capital and its "side". A name ``standing_for`` it (the capital, the
        side) names it only while the text has called it by no name of its own."""
        key = f"state:{state}"
        rank = (0 if standing_for else len(name.split()), True, len(name))
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = _Entity(key, "organization", name, rank)
        elif rank > entity.name_rank:
            entity.name, entity.name_rank = name, rank
        return entity

    def _ministry_named(self, name: str) -> Optional[tuple[str, int]]:
        """The key of the ministry of one field and one country that organization name ``name``
        names, and how well it names it (the first of an entity's name rank): by its number of
        words for its own name, 0 for its seat or a description: "Министерство обороны США",
        "Минобороны США", "военное ведомство США", "Пентагон" are one ministry, "МИД России",
        "российский МИД", "Смоленская площадь" another (``data/ministry_fields.tsv``,
        ``data/ministry_names.tsv``). None for a name that says no field, no country ("МИД") or
        more than those ("ГУ МВД Самары", "МИД двух стран")."""
        return _ministry_of(self.an.morph, name)

    def _seat_as_named(self, m: Mention) -> bool:
        """Is ``m`` a capitalized name of a state or of a ministry, though read as a common noun ("по
        мнению Вашингтона", where the city's name is also a surname; "на Смоленской площади")?"""
        if not self.an.caps[m.first]:
            return False
        name = self.phrase_name(m)
        return fold(name) in _ministry_names() or self.an.caps[m.head] and self._state_named(name) is not None

    def _state_named(self, name: str) -> Optional[tuple[int, bool]]:
        """The state that organization name ``name`` names, and whether by a name standing for it:
        its own name of one noun ("Япония", "США", not "Российская", "Россия-1"), another name of
        it or its capital (``data/state_names.tsv``). None if it names none."""
        return _state_of(self.an.morph, name)

    def _the_unnamed_source(self, m: Mention, head: str, words: frozenset[str], body: _Entity | bool | None) -> Optional[_Entity]:
        """"Рассказал информатор из города … Источник добавил": a bare noun for someone the text
        does not name (``head``, of data/anonymous_sources.txt) goes on with the person who spoke
        last in the sentences before, if the text did not name that one either, whatever noun it
        called it by then ("представитель полиции", "один из соседей"), though other such sources
        spoke before. A complement that is only an outlet's noun ("источник издания": the outlet
        that quotes it, ``body`` True) describes no one either; words after a comma that describe
        the noun ("источник, близкий к руководству") bring someone in."""
        lemma, number = head.split()
        if lemma not in lexicon.word_set("anonymous_sources.txt"):
            return None
        media = words & lexicon.word_set("media.txt")
        if len(words) > 1 and not (body is True and len(words) == 2 and media) or self._described_after(m, number):
            return None
        kinds = _media_kinds().get(fold(next(iter(media))), frozenset()) if media else frozenset()

        def anonymous(e: _Entity) -> bool:
            # known by a description only ("представитель полиции", "один из соседей"), not a name;
            # "собеседник" of "один из собеседников агентства" by the noun it is named by
            outlet = e.body if isinstance(e.body, _Entity) and e.body.outlet else None
            return (
                (bool(e.head) or e.name.split()[0] in _unnamed_source_heads())
                # "источник газеты" is no source of an agency ("источник «Интерфакса»")
                and (outlet is None or not kinds or all(kinds & _media_kinds()[n] for n in outlet.media_nouns))
            )

        last = self._last_unnamed_speaker(m.first, number)
        return last if last is not None and anonymous(last) else None

    def _last_unnamed_speaker(self, before: int, number: str) -> Optional[_Entity]:
        """The person of ``number`` who spoke last before token ``before``, in the sentences a
        description reaches back over, if the text did not name that one (a named person between
        is passed over: no noun for someone unnamed refers to it)."""
        toks = self.an.toks
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        for s in reversed(self.seen[max(0, end - _LOOKBACK) : end]):
            e = s.entity
            if toks[before].sent - toks[s.token].sent > _DESCRIPTION_SENTENCES:
                break
            if e.kind == "person" and e.spoke and not e.by_name and e.head.endswith(" plur") == (number == "plur"):
                return e
        return None

    def _unnamed_of_the_body(self, m: Mention, head: str, words: frozenset[str], body: _Entity | bool | None) -> Optional[_Entity]:
        """"Источник в российском ОПК сообщил … — отметил представитель ОПК": someone the text does
        not name, of a body its complement names (a noun of data/anonymous_sources.txt or
        body_people.txt), is the person who spoke last in the sentences before, if the text did not
        name that one either and described it by another noun with all the words of this one's
        complement ("офицер службы разведки" … "источник в службе разведки"), or only as an outlet's
        interlocutor ("— сказал собеседник агентства. Представитель МИД позднее сообщил"), if the
        text quoted no person it names since: after one, the next description may be someone new."""
        lemma, number = head.split()
        own = words - {lemma} - lexicon.word_set("media.txt")
        if lemma not in lexicon.word_set("anonymous_sources.txt") | lexicon.word_set("body_people.txt") or not own or self._described_after(m, number):
            return None
        last = self._last_unnamed_speaker(m.first, number)
        if last is None or not last.head:
            return None
        theirs = last.head.split()[0]
        if theirs != lemma and own <= last.words - {theirs}:
            return last
        if not self._only_an_outlets_interlocutor(last) or self.recent(m.first, lambda e: e is last or e.by_name and e.spoke) is not last:
            return None
        # the outlet's interlocutor said nothing of who it is: the text says it now. It keeps the
        # name it was quoted by; later descriptions of this one's head and body find it
        last.head, last.words, last.body = head, words, body
        self._description_heads.add(head)
        if isinstance(body, _Entity):
            self._by_body.setdefault((head, id(body)), last)
        return last

    def _only_an_outlets_interlocutor(self, e: _Entity) -> bool:
        """Is ``e`` known only as someone an outlet spoke with ("собеседник агентства", "собеседник
        «Интерфакса»"): a noun of data/interlocutors.txt whose complement names an outlet and
        nothing else, no place, no body of its own ("собеседник агентства в аппарате комиссии")?"""
        theirs = e.head.split()[0]
        if theirs not in lexicon.word_set("interlocutors.txt") or not (e.body is True or isinstance(e.body, _Entity) and e.body.outlet):
            return False
        outlet = self._content_words(e.body.name) if isinstance(e.body, _Entity) else frozenset()
        return e.words - {theirs} <= lexicon.word_set("media.txt") | outlet

    def _described_after(self, m: Mention, number: str) -> bool:
        """Do words after a comma describe the noun of ``m`` (of ``number``): a participle or an
        adjective agreeing with it ("источник, близкий к руководству", "источник, пожелавший
        остаться неизвестным"), or a clause of "который"? Such a noun brings its source in, as one
        with a complement does; not the subject of a clause after it ("…, — сказал источник, новые
        правила вводятся")."""
        an = self.an
        t = m.last + 1
        if t >= len(an.toks) or an.tok_texts[t - 1] != "," or not an.letters[t] or an.sent_of[t] != an.sent_of[m.head]:
            return False
        after = an.word(t)
        if after.lemma == "который":
            return True
        agreement = [m.case, number]
        if number == "sing":  # a plural shows no gender
            agreement += [g for g in ("masc", "femn", "neut") if an.word(m.head).has("NOUN", g)][:1]
        return after.has("ADJF", *agreement) or after.has("PRTF", *agreement)

    def _kin_group(self, m: Mention, head: str) -> Optional[_Entity]:
        """The group a bare plural description refers back to ("Исследователи пишут … Ученые
        полагают"): the group that spoke last, in this sentence or a few before, if a noun of the
        same kind of people heads its description (a line of group_kinds.txt). Not for a
        description with words of its own ("российские ученые", "ученые из МГУ", "многие
        эксперты"): they may set it apart from the group before."""
        if not head.endswith(" plur") or m.first != m.head:
            return None
        if m.last != m.head + 1:
            return self._makers_of_the_group(m)
        kinds = _group_kinds().get(fold(self.an.word(m.head).lemma))
        if kinds is None:
            return None
        latest = self.recent(
            m.first,
            lambda e: e.spoke and bool(e.head) and (e.kind == "group" or e.head.endswith(" plur")),
            within=_DESCRIPTION_SENTENCES,
        )
        if latest is None or not kinds & _group_kinds().get(fold(latest.head.split()[0]), frozenset()):
            return None
        return latest

    def _body_or_its_voice(self, m: Mention, head: str, words: frozenset[str]) -> Optional[_Entity]:
        """"Защита настаивает … Адвокаты добавили": a body and the people who speak for it (a line of
        data/body_voices.tsv: the body's noun in the singular, theirs in the plural) are one
        speaker, the one that spoke in this sentence or a few before, whichever the text named first.
        Only with the same words besides the nouns ("шведская армия" … "шведские военные"), or
        none at all, referring back to a fuller one ("защита Орлова" … "адвокаты"), and only if
        one such spoke: of two armies, bare "военные" may be either."""
        lemma = head.split()[0]
        # the other side's head, the words its noun needs, and the words besides the nouns it must hold
        wanted = [(other, theirs, words - mine - {lemma}) for mine, other, theirs in _body_voices(self.an.morph).get(head, ()) if mine <= words]
        if not wanted or self._set_apart(m):
            return None

        def voice(e: _Entity) -> bool:
            if not e.spoke:
                return False
            head, held = (e.head, e.words) if e.head else self._named_body(e)
            return any(
                head == other and theirs <= held and (not own or own == held - theirs - {head.split()[0]})
                for other, theirs, own in wanted
            )

        sent_of = self.an.sent_of
        found: dict[int, _Entity] = {}
        end = bisect.bisect_left(self.seen, m.first, key=_TOKEN)
        for s in reversed(self.seen[max(0, end - _LOOKBACK) : end]):
            if sent_of[m.first] - sent_of[s.token] > _DESCRIPTION_SENTENCES:
                break
            if voice(s.entity):
                found[id(s.entity)] = s.entity
        return _the_only(found)

    def _named_body(self, e: _Entity) -> tuple[str, frozenset[str]]:
        """The head and the content words of the name of organization ``e`` when it is a body of
        data/body_voices.tsv by name ("комитет sing" and {"следственный", "комитет", "россия"} of
        "Следственный комитет России"), an abbreviation opening it read as the name of that
        table it spells ("МВД Белоруссии" as "министерство внутренних дел Белоруссии"); else no head."""
        if e.kind != "organization" or e.outlet:
            return "", frozenset()
        found = self._named_bodies.get(e.name)
        if found is None:
            morph = self.an.morph
            written = e.name.split()
            # a branch speaks as its body: "городское управление МВД" by "МВД"
            first, *rest = written[_branch_words(morph, written, [morph.word(w).lemma for w in written]) :]
            spelled = _voiced_abbreviations(morph).get(fold(first)) if first.isupper() else None
            head = spelled[0] if spelled else _body_head(morph, e.name)
            words = (spelled[1] if spelled else frozenset()) | self._content_words(" ".join(rest) if spelled else e.name)
            found = (f"{head} sing", words) if head and head in _voiced_bodies(morph) else ("", frozenset())
            self._named_bodies[e.name] = found
        return found

    def _makers_of_the_group(self, m: Mention) -> Optional[_Entity]:
        """"Ученые пришли к выводу … По словам авторов исследования": the makers of a work (a plural
        noun of data/makers.txt with its complement) are the group of one trade (a line of
        group_kinds.txt) that spoke last, in this sentence or a few before."""
        if self.an.word(m.head).lemma not in lexicon.word_set("makers.txt"):
            return None
        return self.recent(
            m.first,
            lambda e: e.spoke and e.kind == "group" and bool(e.head) and fold(e.head.split()[0]) in _group_kinds(),
            within=_DESCRIPTION_SENTENCES,
        )

    def _descriptions_before(
        self, before: int, kind: str, head: str, accept: Callable[[_Entity], bool], reach: Optional[int] = _DESCRIPTION_SENTENCES
    ) -> list[_Entity]:
        """The entities of ``kind`` known by a description of head ``head`` that ``accept`` takes,
        seen before token ``before`` within ``reach`` sentences (None: as far as a look-back goes),
        nearest first."""
        sent_of = self.an.sent_of
        found: list[_Entity] = []
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        for s in reversed(self.seen[max(0, end - _LOOKBACK) : end]):
            if reach is not None and sent_of[before] - sent_of[s.token] > reach:
                break
            e = s.entity
            if e.head == head and e.kind == kind and accept(e) and not any(f is e for f in found):
                found.append(e)
        return found

    def _fuller_description(self, before: int, kind: str, head: str, words: frozenset[str]) -> Optional[_Entity]:
        """The entity of ``kind`` seen nearest before token ``before`` whose description has head
        ``head`` and holds all of ``words``; None if another such entity seen before holds words
        the nearest one lacks and lacks words it holds (two sources: which is meant?). A description
        with words of its own besides the head ("источник в правительстве") reaches as far back as
        the text goes: its words, not its nearness, say whom it names; a bare "источник" further back
        is as likely someone new."""
        reach = None if len(words) > 1 else _DESCRIPTION_SENTENCES
        found = self._descriptions_before(before, kind, head, lambda e: _all_held(words, e.words), reach)
        if not found:
            return None
        nearest = found[0]
        if any(not _all_held(e.words, nearest.words) and not _all_held(nearest.words, e.words) for e in found[1:]):
            # "источник в полиции", "источник в прокуратуре" ... "источник": which one? After the
            # words it says, the one of the sentence they open in or the one before, if no other is
            # there: "сообщает ТАСС со ссылкой на источник в мэрии. «…», — сказал источник" goes on
            # with what that one said
            if before not in self._opens:
                return None
            near = [e for e in found if self.recent(before, lambda x: x is e, within=1) is not None]
            return nearest if near == [nearest] else None
        return nearest

    def _collect_names(self) -> None:
        """Every person the text names; the surnames it shows in the nominative first, so that
        each name's surname can take the form the text gives it there."""
        an = self.an
        names = self._read_names()
        self._note_nominative_surnames(names)
        subject_end = -1  # the end of the latest name read as a subject
        asides = self._asides()
        aside_starts = [a for a, _ in asides]

        def in_aside(t: int) -> bool:
            k = bisect.bisect_right(aside_starts, t) - 1
            return k >= 0 and t < asides[k][1]

        for i, j, case in names:
            if case == "loct" and i > 0 and an.low[i - 1] in _PLACE_PREPOSITIONS:
                continue  # "журналистам в Грозном": a place, whatever surname the dictionary reads there
            entity = self.person(tuple(range(i, j)), case)
            entity.mentions.add((an.toks[i].start, an.toks[j - 1].end))
            self._in_names.update(range(i, j))
            self._roles_around_name(i, j, case, entity)
            governed = i > 0 and an.is_prep(i - 1)
            subject = (
                self.subject_at(i, case)
                and not in_aside(i)
                and not self._plural_verb_after(i, j)
                and not self._object_after_verb(subject_end, i)
                and not self._named_addressee(i)
                and not self._complement_of_a_thing(i, j)
            )
            subject_end = j if subject else subject_end
            self.note(_Seen(j - 1, entity, subject, self.statement_at(i), governed, subject and self._in_subclause(i)))

    def _complement_of_a_thing(self, i: int, j: int) -> bool:
        """Does the name from token ``i`` to ``j`` stand right after a common noun of a thing that no
        preposition governs, in a form the genitive may read ("ремонт Трансурала", "модернизация
        Казанлыка")? It is then that noun's complement, whatever case the name reader gave it: the
        thing is the subject, and the name no antecedent a later pronoun goes back to as one."""
        an = self.an
        t = i - 1
        return (
            t >= 0
            and an.sent_of[t] == an.sent_of[i]
            and an.letters[t]
            and not an.caps[t]
            and an.word(t).best.issuperset(("NOUN", "nomn", "inan"))
            and not (t > 0 and an.is_prep(t - 1))
            and an.word(j - 1).has("gent")
        )

    def _asides(self) -> list[tuple[int, int]]:
        """The tokens between an opening bracket and the closing one after it in the same sentence,
        as (first, end) in text order: asides ("блогер Петров (пишет под именем Иван Сокол)
        сообщил"), where a name is no subject of the sentence for a pronoun after it to pick up."""
        an = self.an
        out: list[tuple[int, int]] = []
        brackets = self._tokens_written(_BRACKETS)
        for k, t in enumerate(brackets):
            after = brackets[k + 1] if k + 1 < len(brackets) else None
            if an.low[t] == "(" and after is not None and an.low[after] == ")" and an.sent_of[after] == an.sent_of[t]:
                out.append((t + 1, after))
        return out

    def _named_addressee(self, i: int) -> bool:
        """Does the name at ``i`` follow a body's noun in an oblique case other than the genitive,
        after a source of its clause ("сообщил источник агентству Франс Пресс")? The clause has its
        subject, and the noun is whom it addresses: the name is the body's, or an addressee's, not
        a subject a pronoun after picks up."""
        an = self.an
        noun = i - 1
        if noun < 1 or not an.letters[noun] or an.sent_of[noun] != an.sent_of[i]:
            return False
        readings = an.word(noun).readings_with("NOUN")
        if not readings or any(_SUBJECT_OR_COMPLEMENT_CASES & r.grammemes for r in readings):
            return False
        if organization_nouns().isdisjoint(an.word(noun).noun_lemmas):
            return False
        for k in range(noun - 1, an.sentence(noun).first - 1, -1):
            if k in self._source_heads:
                return True
            if not an.letters[k]:
                return False  # a comma, a dash, a quotation mark: another clause's source
        return False

    def _object_after_verb(self, subject_end: int, i: int) -> bool:
        """Does the name at ``i`` stand right after a singular finite verb whose subject is the name
        ending at ``subject_end``, with only words between them? A clause has one subject, and the
        name after its verb is then the object, whatever case the dictionary reads it in ("Ливни
        похвалила Райс": "Райс" is no subject a pronoun after picks up)."""
        an = self.an
        verb = i - 1
        if subject_end < 0 or verb < subject_end or an.sent_of[subject_end - 1] != an.sent_of[i]:
            return False
        if not (an.letters[verb] and "VERB" in an.word(verb).best) or "plur" in an.word(verb).best:
            return False
        return all(an.letters[t] and an.low[t] != "и" for t in range(subject_end, verb))


    def _note_nominative_surnames(self, names: list[tuple[int, int, str]]) -> None:
        """Record the surnames the text shows in the nominative: after a first name that can only
        be a nominative ("Михаил Швыдкой", "Екатерина Беселия"), unless the surname is an oblique
        case of one recorded before, or a family's plural ("Ольга Васильевы")."""
        an = self.an
        for i, j, case in names:
            last = j - 1
            if case != "nomn" or j - i < 2 or (i > 0 and an.is_prep(i - 1)) or not an.letters[last] or len(an.tok_texts[last]) < 2:
                continue
            if not an.word(last).has("sing"):
                continue
            first = an.word(i).name_readings
            if first and all("nomn" in r.grammemes for r in first) and self._surname_in_nominative(tuple(range(i, j)), case) is None:
                self._note_surname(last, name_gender(map(an.word, range(i, j)), case))

    def _note_surname(self, t: int, gender: Optional[str]) -> None:
        """Record name word ``t`` as a surname in the nominative, borne by one of ``gender``."""
        surname = fold(self.an.tok_texts[t])
        gender = gender or surname_gender(surname)
        if surname in self._nominative_surnames:
            return
        self._nominative_surnames[surname] = (self.an.tok_texts[t], gender)
        stem = surname_stem(surname, gender)
        if stem is not None and len(stem) >= _MIN_STEM - 1:
            self._surnames_by_stem.setdefault(stem, []).append(surname)

    def _surname_in_nominative(self, tokens: tuple[int, ...], case: str) -> Optional[tuple[str, Optional[str]]]:
        """The surname of the name ``tokens`` as the text writes it in the nominative, if it does, for
        a bearer of the name's gender ("Михаила Швыдкого" is "Михаил Швыдкой" and a lone "Швыдкой"
        stays "Швыдкой" where "Михаил Швыдкой" is), and the oblique case the name then stands in,
        if its surname shows one."""
        an = self.an
        last = tokens[-1]
        if not self._nominative_surnames or not an.letters[last] or len(an.tok_texts[last]) < 2:
            return None
        word = fold(an.tok_texts[last])
        seen = self._nominative_surnames.get(word)
        # the stems of its oblique endings that a nominative surname has, picked in C: asked of every name
        stems = [] if seen is not None else list(filter(self._surnames_by_stem.__contains__, map(word.__getitem__, _SURNAME_STEMS)))
        if seen is None and not stems:
            return None
        gender = name_gender(map(an.word, tokens), case)
        if seen is not None:
            return (an.tok_texts[last], None) if gender in (None, seen[1]) or seen[1] is None else None
        for stem in stems:
            for surname in self._surnames_by_stem[stem]:
                written, bearer = self._nominative_surnames[surname]
                oblique = oblique_surname_case(word, surname, bearer) if gender in (None, bearer) or bearer is None else None
                if oblique is not None:
                    return written, oblique
        return None


    def statement_at(self, t: int) -> Optional[tuple[int, int]]:
        """The reported statement holding token ``t``, if any."""
        start = self.an.toks[t].start
        k = bisect.bisect_right(self._statement_starts, start) - 1
        return self._statements[k] if k >= 0 and start < self._statements[k][1] else None

    def _link_lines(self) -> frozenset[int]:
        """The sentences of the lines that link to other articles ("- Минфин предложил поднять
        налоги"): a line opening with a dash, with no final stop and nothing said in it, as a
        dialogue line has."""
        an = self.an
        found: set[int] = set()
        for sent in an.sents:
            if sent.first == sent.last or not an.is_dash(sent.first) or an.paragraph_bounds(sent.first)[0] != sent.first:
                continue
            first, last = an.paragraph_bounds(sent.first)
            end = last - 1
            while end > first and an.marks[end] and an.low[end] not in _FINAL_STOPS:
                end -= 1  # past a closing quote mark or bracket
            if an.low[end] in _FINAL_STOPS or any(self.statement_at(t) is not None for t in range(first, last)):
                continue
            found.update(range(an.sent_of[first], an.sent_of[last - 1] + 1))
        return frozenset(found)

    def note(self, seen: _Seen) -> None:
        """Record a mention, keeping ``seen`` in text order; none of a line linking elsewhere."""
        if self._link_sentences and self.an.sent_of[seen.token] in self._link_sentences:
            return
        if not self.seen or self.seen[-1].token <= seen.token:
            self.seen.append(seen)  # most mentions are noted in text order: where insort would put them
        else:
            bisect.insort(self.seen, seen, key=_TOKEN)


    def recent(
        self,
        before: int,
        accept: Callable[[_Entity], bool],
        within: Optional[int] = None,
        prominent: bool = False,
        ungoverned: bool = False,
        oblique_here: bool = True,
    ) -> Optional[_Entity]:
        """The latest entity seen before token ``before`` that ``accept`` takes, ``within`` sentences
        before the one it stands in (or the one what it says opens in); with ``oblique_here`` False,
        not one seen in that sentence as no subject (an addressee or object of the same event).
        A ``prominent`` subject of a subordinate clause of a sentence before yields to one of that
        sentence's main clause (but "когда Петров приехал, он заявил": in its own sentence it is
        the clause just before)."""
        an = self.an
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        window = self.seen[max(0, end - _LOOKBACK) : end]
        if within is None and not prominent and not ungoverned and oblique_here:
            # the latest that ``accept`` takes, as the loop below finds it with no other condition:
            # most such look-backs of a long text read the whole window, faster in a generator
            return next((s.entity for s in reversed(window) if accept(s.entity)), None)
        rank = self._rank
        sent = rank[an.sent_of[min(self._opens.get(before, before), len(an.toks) - 1)]]
        here = self.statement_at(before) if before < len(an.toks) else None
        subordinate: Optional[_Seen] = None  # the latest subject found, in a subordinate clause
        for s in reversed(window):
            if subordinate is not None and an.sent_of[s.token] != an.sent_of[subordinate.token]:
                break  # its sentence has no subject of the main clause before it
            if within is not None and sent - rank[an.sent_of[s.token]] > within:
                break  # and so is every mention before it: none there is in reach
            if not accept(s.entity):
                continue
            if prominent and not (s.prominent and s.statement in (None, here)):
                continue
            if ungoverned and s.governed:
                continue
            if not oblique_here and not s.prominent and rank[an.sent_of[s.token]] == sent:
                continue
            if prominent and s.subordinate and rank[an.sent_of[s.token]] != sent:
                subordinate = subordinate or s
                continue
            return s.entity
        return subordinate.entity if subordinate is not None else None

    def salient(self, before: int, accept: Callable[[_Entity], bool], heard: bool = False) -> Optional[_Entity]:
        """The subject of this sentence or the one before, else a latest speaker, else (unless only
        one ``heard`` may be it) subject, else mention that ``accept`` takes."""
        found = self.recent(before, accept, within=1, prominent=True) or self.recent(before, lambda e: accept(e) and e.spoke)
        if found is not None or heard:
            return found
        return (
            self.recent(before, accept, prominent=True)
            # not one its own sentence names in an oblique case: "Президенту Токаеву министр доложил"
            or self.recent(before, accept, oblique_here=False)
        )

    def resolve(self, m: Mention, gender: Optional[str] = None, narrative: bool = False) -> Optional[_Entity]:
        """The entity mention ``m`` refers to; ``gender`` is what its verb says ("сказала министр");
        ``narrative``: ``m`` is a subject of the narrative, no source (``role_holder``)."""
        an = self.an
        if m.kind == "person":
            name_start = m.name[0] if m.name else m.first
            # the noun heading the words before the name: a role, a noun any person may be called by
            # ("жена"), or one for several people ("сторонники")
            head = next((t for t in range(m.first, name_start) if token_kind(an, t) in ("role", "generic", "group")), None)
            kind = token_kind(an, head) if head is not None else None
            if kind == "group" and head is not None and an.word(head).has("NOUN", "sing", m.case):
                kind = "generic"  # a noun of the group list in the singular ("критик") names one person
            if (
                head is not None
                and kind is not None
                # in an oblique case only a plural noun says it: "по словам родственников солдата
                # Рудакова" are his relatives, "по словам адвоката Иванова" may be the lawyer himself
                and (m.case == "nomn" or kind == "group")
                and (
                    self._name_is_whose(m, head, kind)
                    or self._borne_by_the_other_sex(m, gender)
                    or self._nominative_of_the_other_sex(m, gender)
                )
                # "Хореограф постановки, француженка Клер Дюбуа": a name set off by a comma is in apposition
                and not any(an.marks[t] for t in range(head, name_start))
            ):
                # "адвокат Игоря Лапина", "жена Лапина", "сторонники Лапина": the name is whose
                # role or kin it is, not who speaks; the person may follow
                if m.last < len(an.toks) and is_name(an, m.last) and self._may_be_in((m.last,)):
                    after = tuple(range(m.last, name_end(an, m.last)))
                    entity = self.person(after, "nomn")
                    self.give_roles(m.first, m.last, m.case, entity)
                    return entity
                unnamed = Mention(m.first, m.last, head, kind, (), m.case)
                # "Петров, советник министра Сидорова, сказал": the role set off after a name is that name's
                given = self._given_at(unnamed, gender)
                if given is not None:
                    return given
                if kind == "role":
                    return self.role_holder(replace(unnamed, kind="role"), gender)
                return self.common(unnamed, gender)
            name = m.name
            if m.case == "nomn" and name:  # "[с Ициком Элькабецом] Бергфельд отметил": the subject is the name after
                cut = self._split_name(name[0], name[-1] + 1)
                name = tuple(t for t in name if t >= cut) or name
            entity = self.person(name, m.case, gender)
            self.give_roles(m.first, name_start, m.case, entity)
            return entity
        if m.kind in ("role", "generic", "common") and m.first == m.head and an.caps[m.head] and not opens_sentence(an, m.head):
            named = self._person_with_word(fold(an.tok_texts[m.head]))
            if named is not None:
                # "сказал Адвокат" after "Дик Адвокат": a capitalized role word is that surname; "по
                # словам Карим" after "Ахмед Карим", not the plural of "Карима" the dictionary reads
                return named
        one = self._one_of_those(m) if m.kind in ("generic", "group") else None
        if one is not None:
            return one
        given = self._given_at(m, gender) if m.kind in ("role", "generic") else None
        if given is not None:
            return given
        if m.kind in ("role", "generic") and m.case == "nomn" and counted_by(an, m.head) is not None:
            # "четыре американских сенатора", "два источника": several people, a group, whatever
            # number the noun the numeral governs stands in
            return self.common(replace(m, kind="group", number="plur"), gender)
        if m.kind == "role":
            holder = self._name_after(m)
            if holder is not None:
                return holder
            return self.role_holder(m, gender, narrative)
        if m.kind == "pronoun" and an.low[m.head] in FIRST_PERSON:
            return None  # the writer's own voice: no entity of the text
        if m.kind in ("pronoun", "relative"):
            return self.pronoun(m)
        if m.kind == "author":
            return None  # "по нашим данным": the outlet itself, not an entity of the text
        if m.kind == "document":
            # a document the text says no one wrote speaks for itself: "в докладе говорится" is the
            # report's, as "законопроект предусматривает" is the bill's
            return self._bare_document(m)
        if m.kind in ("organization", "place") or m.kind == "common" and self._seat_as_named(m):
            return self.organization(m)
        if m.kind == "common" and self._bare(m):
            # a noun of no list heading an organization's name: "в дирекции" after "Единая транспортная дирекция"
            named = self.named_by_head(m)
            if named is not None:
                return named
        if m.kind == "common" and self.an.word(m.head).lemma in _body_branches()["head"] and isinstance(self._body(m), _Entity):
            return self.organization(replace(m, kind="organization"))  # "миссия МАГАТЭ": a branch of the body
        return self.common(m, gender)

    def _one_of_those(self, m: Mention) -> Optional[_Entity]:
        """"Зрители начали покидать зал. Один из них сказал": one of the people "них" refers to,
        named by the noun the text called them by ("зритель"), when they are the subject of the
        sentence before ("Многие из них", a group, is those people); else (people named further
        back, or not as the subject: no clear antecedent) None, and the description names the one."""
        an = self.an
        them = m.head + 2
        if m.last != them + 1 or an.low[m.head + 1] != "из" or an.low[them] != "них":
            return None
        group = self.recent(m.first, lambda e: e.kind in ("group", "person") and e.head.endswith(" plur"), within=1)
        if group is None:
            return None
        if m.kind == "group":
            return group  # "Многие из них", "Некоторые из них": the people "них" refers to speak as a group
        noun = group.head.split()[0]
        return self.named("person:" + noun, "person", noun)

    def _name_is_whose(self, m: Mention, head: int, kind: str) -> bool:
        """Does the name of the nominative person mention ``m``, headed by the noun at ``head``, say
        whose role or kin it is ("адвокат Игоря Лапина", "союзник президента Абади") rather than
        who holds it?"""
        an = self.an
        if kind == "group":
            # a plural noun has no one name in apposition but a plural one ("братья Карамазовы")
            last = an.word(m.name[-1])
            return self._may_be_in(m.name, "gent") and (not last.has("plur", "nomn") or last.has("sing", "gent"))
        if not (self._may_be_in(m.name) and self._as_named(m.name)):
            return True
        # a name that does not decline stands in the case of the role noun right before it:
        # "союзник президента Абади" is the president's ally, "президент Абади" himself
        noun = m.name[0] - 1
        if noun <= head or token_kind(an, noun) not in ("role", "generic") or an.word(noun).has("NOUN", "nomn"):
            return False
        return an.word(noun).has("NOUN", "gent") and self._may_be_in(m.name, "gent")

    def _nominative_of_the_other_sex(self, m: Mention, gender: Optional[str]) -> bool:
        """Does the name of person mention ``m``, after a role or kin noun, open with a word that
        is a woman's name in the nominative and a man's in the genitive ("Станислава", "Петра",
        "Горелова"), while its verb's ``gender`` is a man's? The verb agrees with its subject: the
        name is whose role or kin it is ("Брат Станислава Горелова сказал" is the brother of
        "Станислав Горелов", not "Станислава Горелова")."""
        if gender != "masc" or not self._may_be_in(m.name, "gent"):
            return False
        word = self.an.word(m.name[0])
        readings = word.name_readings
        return word.known and any({"femn", "nomn"} <= r.grammemes for r in readings) and any({"masc", "gent"} <= r.grammemes for r in readings)

    def _borne_by_the_other_sex(self, m: Mention, gender: Optional[str]) -> bool:
        """Is the one word of the name of person mention ``m``, after a role or kin noun, a surname
        that does not decline which the text gives a person of the sex the verb's ``gender`` is not?
        Then it is whose role it is, in the genitive: "Адвокат Гогиберидзе сообщил" is the lawyer of
        "Нино Гогиберидзе", not she. (A surname that declines shows its case: "адвоката Петровой".)"""
        if gender is None or len(m.name) != 1:
            return False
        word = fold(self.an.tok_texts[m.name[0]])
        if not word.endswith(_UNDECLINED_ENDINGS) or f"person:{word}:{gender}" in self.entities:
            return False  # "Президент Трамп" after "Мелания Трамп": his surname declines, hers does not
        bearer = self._by_word.get(word)
        return (
            bearer is not None
            and bearer.by_name
            and bearer.gender not in (None, gender)
            and fold(bearer.name).split()[-1] == word
            and self._may_be_in(m.name, "gent")
        )

    def _given_at(self, m: Mention, gender: Optional[str]) -> Optional[_Entity]:
        """The named person the text gave the role at the head of ``m`` as an apposition to the
        name, if of the verb's ``gender``: "Ганиев, бывший строитель, говорит" is Ганиев speaking,
        not someone known as a builder."""
        at = bisect.bisect_left(self.roles, m.head, key=_TOKEN)
        if at < len(self.roles) and self.roles[at].token == m.head:
            holder = self.roles[at].entity
            if holder is not None and holder.by_name and (gender is None or holder.gender in (None, gender)):
                return holder
        return None

    def document(self, m: Mention) -> Optional[_Entity]:
        """Whose document it is: a quoted name, person, role, description or body named in the genitive
        after it ("в заявлении МИД", "в письме пенсионерки"), else the agent
        of a passive participle modifying it, else the organization that wrote what the text does not
        attribute (``_author``)."""
        an = self.an
        for t in range(m.first, m.head):
            if an.low[t] in _DOCUMENT_OWNERS and (possessor := self.pronoun(phrase(an, t, "pronoun", "gent"))) is not None:
                return possessor  # "в их письме", "в его жалобе": the one the possessive pronoun refers back to
        for t in range(m.head + 1, m.last):
            if quoted_name_at(an, t):  # "в заявлении «Бригад …»": the body's own name, whatever its words
                return self.organization(quoted_name_mention(an, t, "gent"))
            kind = token_kind(an, t)
            if kind == "person":
                return self.person((t,), "gent")
            if is_modifier(an, t) and t + 1 < m.last and an.letters[t + 1] and an.word(t + 1).has("NOUN", "gent"):
                continue  # "в коммюнике [военного] представителя": the noun it modifies is the head
            if kind in ("role", "generic", "group") and an.word(t).has("NOUN", "anim", "gent"):
                # "в заявлении министра", "в письме пенсионерки": the person whose document it is;
                # for a role, the one the text gives it, not whoever is in view
                owner = phrase(an, t, kind, "gent", m.head + 1, an.sentence_bounds(t)[1])
                return self._owner(owner) if owner.kind == "role" else self.resolve(owner)
            if kind in ("organization", "place"):
                first = t
                while first - 1 > m.head and is_modifier(an, first - 1):
                    first -= 1
                return self.organization(Mention(first, m.last, t, kind, (), "gent"))
        k = m.head + 1
        while k < m.last and is_modifier(an, k):
            k += 1
        if (
            k < m.last
            and token_kind(an, k) is None
            and not an.is_prep(k)
            and "NOUN" in an.word(k).best
            and an.word(k).has("NOUN", "inan", "gent")
        ):
            # "на сайте музея", "в заявлении университета": an institution no list names, right after
            return self.organization(phrase(an, k, "organization", "gent", m.head + 1, an.sentence_bounds(k)[1]))
        agent = passive_agent(an, m.head)
        if agent is not None and (kind := token_kind(an, agent)) in _AUTHORS:
            # "в распространенном пресс-службой заявлении": who made it, by the participle's agent;
            # not one of several ("подписанной Смирновым и Петровым")
            made_by = phrase(an, agent, kind, "ablt", *an.sentence_bounds(agent))
            if made_by.last >= len(an.toks) or an.low[made_by.last] != "и":
                return self.resolve(made_by)
        maker = maker_of(an, m.head)
        if maker is not None and maker.kind in (*_AUTHORS, "common"):
            # "Профсоюз направил обращение, в котором говорится": the subject that sent or made it
            return self.resolve(maker)
        return self._author(m, m.last == m.head + 1)

    def _bare_document(self, m: Mention) -> _Entity:
        """The document a document mention names, or whoever speaks through it (``document``); a bare
        noun ("в докладе", "в публикации") names again the document of its noun or kind the text named
        last, however far back and whoever wrote it (one an organization's name stood for included),
        and a noun for any document ("в документе") the last document of any kind: with no word of
        its own it introduces no other."""
        noun = self.an.word(m.head).lemma
        outlet = noun in lexicon.word_set("outlet_documents.txt")
        # a site ("на сайте ведомства") is a medium, none of the documents "в документе" refers back to
        kinds = ("outlet" if outlet else noun, *(() if noun in lexicon.word_set("media.txt") else ("*",)))
        key = "*" if noun in lexicon.word_set("document_hypernyms.txt") else kinds[0]
        earlier = self._documents.get(key, [])
        at = bisect.bisect_left(earlier, m.head, key=operator.itemgetter(0))
        if at and m.first == m.head and m.last == m.head + 1:
            entity = earlier[at - 1][1]
        else:
            entity = self.document(m) or self._same_document(m) or self.common(m)
        for kind in kinds:
            bisect.insort(self._documents.setdefault(kind, []), (m.head, entity), key=operator.itemgetter(0))
        return entity

    def _same_document(self, m: Mention) -> Optional[_Entity]:
        """"В письме говорится … В документе также отмечается": a bare noun for any document refers
        back to the document of no author the text quoted last, in reach of a topic."""
        an = self.an
        if m.last != m.head + 1 or an.word(m.head).lemma not in lexicon.word_set("document_hypernyms.txt"):
            return None
        documents = lexicon.word_set("documents.txt")
        return self.recent(
            m.first, lambda e: e.spoke and bool(e.head) and e.head.split()[0] in documents, within=_TOPIC_SENTENCES
        )

    def _owner(self, m: Mention) -> _Entity:
        """Whose document it is, by role ("в приказе министра"): the holder the text gives that role,
        else someone new known by it; not whoever is in view, as for a source."""
        entity = self._holder(m, self._role_of(m))
        if entity is None:
            entity = self.common(m)
            self.give_roles(m.first, m.last, m.case, entity)
        return entity

    def _author(self, m: Mention, nothing_after: bool) -> Optional[_Entity]:
        """The organization that wrote a document the text does not say whose ("в документе
        говорится"): one that spoke, else one that stood as a subject, and an outlet only for what
        outlets write ("в статье"): the agency that reports a document wrote none; else the last
        organization that spoke, an outlet only for what outlets write (one that passed a document on
        to its readers is still no author of it). A noun with no word after it ("в докладе
        говорится") is the document itself unless such a body spoke or was the subject of the
        sentence before: one named further back as no speaker is too far to be its author."""
        outlet = self.an.word(m.head).lemma in lexicon.word_set("outlet_documents.txt")

        def wrote(e: _Entity) -> bool:
            return e.kind == "organization" and e.outlet == outlet

        spoke = self.recent(m.first, lambda e: wrote(e) and e.spoke)
        if nothing_after:
            return spoke or self.recent(m.first, wrote, within=1, prominent=True)
        return (
            spoke
            or self.recent(m.first, wrote, prominent=True)
            or self.recent(m.first, lambda e: e.kind == "organization" and e.spoke and (outlet or not e.outlet))
        )

    def _name_after(self, m: Mention) -> Optional[_Entity]:
        """The person a role is given to by the name right after it, past a short name in brackets:
        "замглавы Федеральной службы (Росфедслужбы) Иван Петров"."""
        an = self.an
        j = m.last
        if j + 2 < len(an.toks) and an.low[j] == "(" and an.low[j + 2] == ")":
            j += 3
        sent_last = an.sentence_bounds(m.head)[1]
        k = j + 1
        if k + 1 < sent_last and an.low[j] == "," and an.low[k] == "а" and "ADVB" in an.word(k + 1).best:
            # "бывший министр, а ныне противник власти Иван Петров": what the person was, then is (a
            # bare "а" may set another person against the first: "…, а противник власти возразил")
            k += 1
            while k < sent_last and an.letters[k] and "ADVB" in an.word(k).best:
                k += 1
        second_kind = token_kind(an, k) if k < sent_last else None
        if second_kind == "group" and an.word(k).has("NOUN", "sing", m.case):
            second_kind = "generic"  # a noun of the group list in the singular names one person: "противник"
        if j < sent_last and an.low[j] == "," and second_kind in ("role", "generic"):
            # "руководитель группы наблюдателей, председатель комиссии палаты Иван Петров": a second role
            # in apposition, then the name both are of
            second = phrase(an, k, second_kind, m.case, k, sent_last)
            if second.name:
                j = second.name[0]
        if j < sent_last and an.letters[j] and not is_name(an, j):
            # "заместитель директора филиала [в Казани Института связи] Анатолий Седов": a
            # place or a complement the source finder left out, then the name; the role is that
            # name's if the role apposition read back from the name takes the role in, or is a
            # second title right after it ("председатель комиссии собрания [муниципал] Павел Рудаков")
            k = next((t for t in range(j, sent_last) if not an.letters[t] or is_name(an, t)), j)
            if k < sent_last and is_name(an, k) and role_before(an, k, m.first, m.case) <= m.last:
                j = k
        if j >= len(an.toks) or an.sent_of[j] != an.sent_of[m.head] or not is_name(an, j):
            return None
        name = tuple(range(j, name_end(an, j)))
        if not self._may_be_in(name, m.case):
            return None
        entity = self.person(name, m.case)
        self.give_roles(m.first, m.last, m.case, entity)
        return entity

    def common(self, m: Mention, gender: Optional[str] = None) -> _Entity:
        """An entity named by a common noun phrase ("источник в полиции", "эксперты").

        The phrase with a complement that names whose it is joins the named person
        the text gives that role ("представитель МВД" of "представитель МВД Иван
        Петров").
        """
        kind = _KIND.get(m.kind, "unknown")
        number = self._head_number(m, m.head)
        # "дочери рассказали" is no one person; "активист" is, though its noun names groups too, and so
        # is a noun the dictionary lacks ("экс-министра", "писатель-сатирик")
        if m.kind in ("generic", "common") and number != "plur" or m.kind == "group" and number == "sing":
            mine = self._role_of(m)
            # a bare noun ("эколог") is the person the text gave it to ("эколог Иван Петров");
            # a noun with a complement, the one given it with that complement
            headline = self._headline(m.first)

            def fits(r: _Role) -> bool:
                # no other body, and the verb agrees with whom the noun names: "Эколог добавил" is
                # no "эколог Мария Петрова"
                return not _marks_conflict(mine.marks, r.marks) and (
                    gender is None or r.entity is None or r.entity.gender in (None, gender)
                )

            of_office = self._roles_by_office.get(mine.office, ())
            # a member of a body the text called by an organization noun alone ("представитель
            # ведомства Иван Петров") is of whatever body that noun points back to
            of_a_body = self.an.word(m.head).lemma in lexicon.word_set("body_people.txt")
            holders = [
                r
                for r in of_office
                if (r.token < m.first or headline and r.token >= m.last)
                and (_marks_shared(mine.marks, r.marks) or not mine.marks or of_a_body and self._of_a_body_noun(r))
                and fits(r)
            ]
            if not holders and mine.marks:
                # no one before: the first the text names after it with that whole complement
                # ("Представитель МЧС заявил …" before "представитель МЧС Иван Петров")
                later = (
                    r
                    for r in of_office
                    if r.token >= m.last and _marks_shared(mine.marks, r.marks) == len(mine.marks) and fits(r)
                )
                holders = list(itertools.islice(later, 1))
            # a headline's noun is the first the article then gives it to ("…, заявил вице-мэр" over
            # "вице-мэр Самары Валерий Гусев"); any other, the latest before it
            if holders and not self._counted(m):
                holder = holders[0] if holders[0].token >= m.last else self._in_view(holders, mine, m)
                if holder.entity is not None:
                    # given long before, it is the named person who speaks now, if one may be it
                    # ("Олег Смирнов утверждает … — пояснил пенсионер", not the "пенсионер Иван Петров" of
                    # a dozen sentences back); else still the one the text gave it to
                    speaking = None if self._gave_in_view(holder, m) else self._described(m, mine, gender)
                    if speaking is None:
                        return holder.entity
                    self.give_roles(m.first, m.last, m.case, speaking)
                    return speaking
            nation = self._of_the_nation(m, gender)
            if nation is not None:
                return nation
            described = (
                self._person_of_the_body(m, mine, gender)
                or self._described(m, mine, gender)
                or self._woman_of_the_body(m, mine, gender)
            )
            if described is not None:
                self.give_roles(m.first, m.last, m.case, described)
                return described
            voice = self._voice_of_the_lead(m, mine, gender) if kind == "person" else None
            if voice is not None:
                return voice
        name = self.phrase_name(m)
        entity = self.description_entity(m, f"{kind}:" + fold(name), kind, name)
        # a feminine noun names a woman ("жительница", "девочка"); a masculine one may name either
        # ("министр заявила")
        word = self.an.word(m.head)
        if kind == "person" and entity.gender is None and "femn" in word.best and number == "sing" and word.lemma not in lexicon.word_set("epicene_nouns.txt"):
            entity.gender = "femn"
        return entity

    def _of_a_body_noun(self, role: _Role) -> bool:
        """Is ``role`` marked by nothing but an organization noun of no name of its own after its head
        ("представителя ведомства", "члена партии")?"""
        an = self.an
        k = noun_after_modifiers(an, role.token + 1)
        return not role.marks and k < len(an.toks) and an.letters[k] and not an.caps[k] and an.word(k).lemma in organization_nouns()

    def _in_view(self, holders: list[_Role], mine: _Role, m: Mention) -> _Role:
        """Of roles ``holders`` given before mention ``m`` (in text order), the one whose holder the
        text mentioned last, among those whose complement agrees best with ``mine``: "бывший глава
        ЮКОСа Петров … бывший глава банка Сидоров … Петров заявил … По словам экс-главы компании"
        is Петров, of whom the text speaks, not the one given the role last."""
        best = max(_marks_shared(mine.marks, r.marks) for r in holders)
        matching = [r for r in holders if _marks_shared(mine.marks, r.marks) == best]
        # one the text gave the role by name is that role, before one it holds as a member of a body
        # ("депутат Госдумы Олег Сидоров" is the "депутат", not "председатель комитета Госдумы")
        named = [r for r in matching if not (r.member or r.referred)]
        if named and any(r.member for r in matching):
            matching = named
        ids = {id(r.entity) for r in matching if r.entity is not None}
        # the subject of this sentence or the one before is the one the text speaks of, though
        # another holder was named after it ("Петров объяснил это не визитом президента Сидорова.
        # «…», — заявил президент")
        latest = self.recent(m.first, lambda e: id(e) in ids, within=1, prominent=True) or self.recent(m.first, lambda e: id(e) in ids)
        return next((r for r in reversed(matching) if r.entity is latest), matching[-1])

    def _given_long_before(self, entity: _Entity, mine: _Role, m: Mention) -> bool:
        """Did the text give ``entity`` the office of ``mine`` only long before mention ``m``?"""
        given = [r for r in self._roles_held.get(id(entity), ()) if r.office == mine.office]
        return bool(given) and not any(self._gave_in_view(r, m) for r in given)

    def _gave_in_view(self, holder: _Role, m: Mention) -> bool:
        """Did the text give role ``holder`` within a few sentences of mention ``m``, or after it?"""
        sent_of = self.an.sent_of
        return holder.token >= m.last or sent_of[m.first] - sent_of[holder.token] <= _DESCRIPTION_SENTENCES

    def _of_the_nation(self, m: Mention, gender: Optional[str]) -> Optional[_Entity]:
        """"с канадским защитником Джеком Уилсоном … Канадец рассказал": a bare noun for a person of
        a nation is the one named person the text gives a role with that nation's adjective (its
        stem, then "-ск-"), agreeing with the verb; None if no one or several are."""
        an = self.an
        if m.last != m.head + 1 or self._counted(m):
            return None
        lemma = an.word(m.head).lemma
        stem = next((lemma[: -len(e)] for e in _NATION_NOUN_ENDINGS if lemma.endswith(e)), "")
        if len(stem) < _NATION_STEM:
            return None  # no noun of a nation: the roles need not be read
        feminine = lemma.endswith("ка")
        found: dict[int, _Entity] = {}
        for role in self.roles:
            e = role.entity
            if role.token >= m.first or e is None or not e.by_name or e.kind != "person":
                continue
            if any(w.startswith(stem) and "ск" in w[len(stem) : len(stem) + 4] for w, proper in role.marks if not proper):
                if (gender is None or e.gender in (None, gender)) and (not feminine or e.gender in (None, "femn")):
                    found[id(e)] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_of_the_body(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """"Руководитель службы Гидрометцентра Олег Смирнов заявил … Представитель Гидрометцентра
        добавил": a noun for a person of a body whose complement names the body is the named
        person who spoke with a role of that body (named by the same word or by the short name the
        text gave it); of several such, the one in this sentence or the one before, and none if
        that leaves more than one."""
        an = self.an
        if an.word(m.head).lemma not in lexicon.word_set("body_people.txt"):
            return None
        if an.word(m.head).has("NOUN", "femn"):
            gender = "femn"  # "представительница"
        if not mine.marks:
            return self._member_just_heard(m, gender)

        body = self._body(m)

        def pointing_back(r: _Role) -> bool:
            # "пресс-секретарь ведомства Ольга Иванова" after "Минтранс заявил": an organization noun
            # alone points back to the body the text had just named, which the complement here names
            return isinstance(body, _Entity) and self._of_a_body_noun(r) and self.recent(r.token, lambda o: o is body, within=1) is not None

        @_once_per_entity
        def named_of_the_body(e: _Entity) -> bool:
            return bool(
                e.by_name
                and (gender is None or e.gender in (None, gender))
                and any(self._names_body(mine.marks, r.marks) or pointing_back(r) for r in self._roles_held.get(id(e), ()))
            )

        def of_the_body(e: _Entity) -> bool:
            return e.spoke and named_of_the_body(e)

        latest = self.recent(m.first, of_the_body)
        if latest is None:
            # one the text has just named as the subject of a verb of saying with a role of the body,
            # though not yet quoted: "Пресс-секретарь МЧС Иван Петров прокомментировал доклад.
            # Представитель МЧС считает" ("Иван Петров прибыл в город" is no one who spoke for it)
            just = self._named_subject_saying(m, named_of_the_body)
            if just is not None:
                return just
            return self._speaker_of_no_known_body(m, gender) if any(proper for _, proper in mine.marks) else None
        if latest is None or self.recent(m.first, lambda e: of_the_body(e) and e is not latest) is None:
            return latest
        in_view = self.recent(m.first, of_the_body, within=1)
        if in_view is None or self.recent(m.first, lambda e: of_the_body(e) and e is not in_view, within=1):
            return None
        return in_view

    def _member_just_heard(self, m: Mention, gender: Optional[str]) -> Optional[_Entity]:
        """"Об этом сообщила пресс-секретарь Минтранса Ольга Иванова. «…», — пояснила сотрудница
        ведомства": a noun for a person of a body whose complement is an organization noun alone
        points back to the body of the named person who spoke in this sentence or the one before,
        if the text gave that person a role of a body (by its name or by such a noun), agreeing
        with the verb. The noun says nothing against it, as "представитель МЧС" might."""
        an = self.an
        k = noun_after_modifiers(an, m.head + 1)
        if k != m.last - 1 or an.caps[k] or an.word(k).lemma not in organization_nouns():
            return None
        last = self.recent(m.first, lambda e: e.kind == "person" and e.spoke, within=1, prominent=True)
        if last is None or not last.by_name or gender is not None and last.gender not in (None, gender):
            return None
        roles = self._roles_held.get(id(last), ())
        return last if any(any(proper for _, proper in r.marks) or self._of_a_body_noun(r) for r in roles) else None

    def _speaker_of_no_known_body(self, m: Mention, gender: Optional[str]) -> Optional[_Entity]:
        """"Иван Петров заявил: «…». Представитель МЧС добавил": when no one the text names holds a
        role of the body its complement names by name, a noun for a person of it is the named
        person who spoke last, in this sentence or the one before, if the text gave that person no
        role at all: the description then says whom the speaker speaks for. One given any role is
        known otherwise, and may well be someone else of the story ("адвокат Петров …
        представитель прокуратуры")."""
        last = self.recent(m.first, lambda e: e.kind == "person" and e.spoke, within=1, prominent=True)
        if last is None or not last.by_name or self._roles_held.get(id(last)) or _plural(last):
            return None
        return last if gender is None or last.gender in (None, gender) else None

    def _named_subject_saying(self, m: Mention, fits: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """The subject of this sentence or the one before that ``fits``, if the verb right after its
        latest mention before ``m`` is a verb of saying ("Иван Петров прокомментировал доклад"):
        one just named as speaking, though not yet quoted."""
        just = self.recent(m.first, fits, within=1, prominent=True)
        if just is None:
            return None
        end = bisect.bisect_left(self.seen, m.first, key=_TOKEN)
        t = next((s.token for s in reversed(self.seen[max(0, end - _LOOKBACK) : end]) if s.entity is just), None)
        verb = None if t is None else verb_after(self.an, t)
        return just if verb is not None and self.an.word(verb).lemma in cue_lemmas() else None

    def _woman_of_the_body(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """"Пресс-секретарь ФБР Анна Смит заявила … Представитель ФБР отметила": a man's noun with a
        woman's verb and a complement is the woman (or one of no known gender: "Трэйси Бэллинджер")
        who spoke in this sentence or the one before with a role of that body."""
        if gender != "femn" or not mine.marks or self.an.word(m.head).has("NOUN", "femn"):
            return None
        return self.recent(
            m.first,
            lambda e: e.by_name
            and e.spoke
            and e.gender != "masc"
            and any(_marks_shared(mine.marks, r.marks) for r in self._roles_held.get(id(e), ())),
            within=1,
        )

    def _described(self, m: Mention, mine: _Role, gender: Optional[str] = None) -> Optional[_Entity]:
        """The person a bare description refers back to: "Олег Петров заявил: «...». Правозащитник
        добавил": the subject who spoke in this sentence or the one before, else the named person
        the text last put as a subject or speaker, if that one spoke in the two sentences before
        ("Петров заявил … По его словам … Реагент применяют … Химик добавил"), or, for a quote's
        source, if that one is the person the article opens with, though not yet quoted; agreeing
        with the verb ("эксперт пояснила") and with a noun only a woman is called by ("журналистка").

        Only a description with no name among its words ("правозащитник", "известный эколог",
        "эксперт"), and a noun for one the text does not name ("источник", "собеседник") is no
        description. One with a complement ("звезда эстрады") only if that names no one whose role
        it says ("адвокат осужденного"; ``_complement_of_no_one``), and only the subject who spoke
        in its sentence or the one before: further back, a complement may well bring in someone new.
        One whose complement says whose it is by a person is that subject only if the text gives it
        the same noun ("вдова писателя Анна Петрова … вдова академика"), and one of a document
        ("автор письма") only if that subject wrote ("пишет Петров").

        Not one the words it reports name, unless no one else may be it ("«Мария держалась достойно», —
        сказала теннисистка" is not Мария Петрова; ``_spoken_of``).
        """
        spoken_of = self._spoken_of(m.first)
        found = self._described_but(m, mine, gender, spoken_of)
        if found is None and spoken_of is not _nobody:
            found = self._described_but(m, mine, gender, _nobody)
        return found

    def _described_but(self, m: Mention, mine: _Role, gender: Optional[str], spoken_of: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """:meth:`_described`, passing over the persons ``spoken_of``."""
        an = self.an
        if any(proper for _, proper in mine.marks) or self._brought_in(m):
            return None
        complemented = m.last != m.head + 1
        of_someone = complemented and not self._complement_of_no_one(m)
        writer = of_someone and self._of_a_document(m.head)
        if of_someone and not writer and an.word(m.head).lemma in lexicon.word_set("body_people.txt"):
            return None
        # "сама спортсменка": the one the text is about, not the last who spoke ("сам имам" of a mosque
        # is another imam than the one quoted)
        emphatic = any(an.word(t).lemma == "сам" for t in range(m.first, m.head))
        if any(an.word(t).has("Apro") and an.word(t).lemma != "сам" or "Anum" in an.word(t).best for t in range(m.first, m.head)):
            # "другой правозащитник", "второй эксперт": one set against another; "ее муж": someone else's
            return None
        # a participle standing alone for a person is one too ("— добавил осужденный."), not one
        # heading words of a noun after it ("приближенный к премьеру чиновник")
        alone = m.head + 1 >= len(an.toks) or not an.letters[m.head + 1]
        nouns = [r for r in an.word(m.head).readings if {"NOUN", "anim"} <= r.grammemes or alone and "Subx" in r.grammemes]
        if not nouns:
            return None  # "следствие", "руководство": a body, not a person
        lemma = an.word(m.head).lemma
        if lemma in _unnamed_source_heads():
            return None
        if writer:
            # "пишет Иван Петров … По мнению автора письма": the one who just wrote, not one a
            # document quotes ("по словам Петрова, … пишет автор статьи")
            return self.recent(m.first, lambda e: e.by_name and e.wrote and (gender is None or e.gender in (None, gender)), within=1, prominent=True)
        if of_someone:
            return None if emphatic else self._given_the_noun(m, mine, gender)
        feminine = all("femn" in r.grammemes for r in nouns) and lemma not in lexicon.word_set("epicene_nouns.txt")
        woman = gender == "femn" and not feminine  # a man's noun with a woman's verb
        # "мужчина" after "Местный житель рассказал": one known only by a description, of that sex
        sex = ("femn" if feminine else "masc") if lemma in lexicon.word_set("sex_nouns.txt") else None

        def agrees(e: _Entity) -> bool:
            return (
                (e.by_name or sex is not None and e.kind == "person" and e.gender == sex)
                and (not feminine or e.gender in (None, "femn"))
                and (gender is None or e.gender in (None, gender))
                and (not woman or e.gender == "femn")
                and self._may_hold(e, mine)
                and not spoken_of(e)
            )

        def fits(e: _Entity) -> bool:
            return e.spoke and agrees(e)

        spoke = None
        if complemented:
            # one the text knows by a trade is no one a new description names: "прокатчик картины"
            # after "сказал режиссер" is another person of the same story; nor is one given a listed
            # role one a noun no list holds names ("охранник склада" after "сказал генерал")
            unlisted = lemma not in lexicon.word_set("roles.txt")

            def untraded(e: _Entity) -> bool:
                return fits(e) and not any(
                    (_is_trade(r) or unlisted and r.office in lexicon.word_set("roles.txt")) and r.office != mine.office
                    for r in self._roles_held.get(id(e), ())
                    if not r.member
                )

            return None if emphatic else self.recent(m.first, untraded, within=1, prominent=True)
        if emphatic:
            # "Сам фигурист подтвердил": the one the text is about, the named person it last put as a
            # subject, whether or not that one spoke (others may have spoken about him since); not
            # when the text gave the noun to someone before ("сам премьер" is the premier it named)
            if any(r.token < m.first for r in self._roles_by_office.get(mine.office, ())):
                return None
            topic = self.recent(m.first, lambda e: e.by_name, within=_TOPIC_SENTENCES, prominent=True)
            if topic is None:
                # past sentences that put no one named as a subject: the one the article is about
                topic = self.recent(m.first, lambda e: e.by_name and self._main_person(e))
            spoke = topic if topic is not None and agrees(topic) else None
        else:
            spoke = self.recent(m.first, fits, within=1, prominent=True)
            if spoke is None and lemma in lexicon.word_set("generic_roles.txt"):
                # "Один из жильцов рассказал … — говорит свидетель": one the text does not name
                # spoke just before, and a noun for anyone unnamed, of that person's sex, is that person
                unnamed = self.recent(m.first, lambda e: e.kind == "person" and e.spoke, within=1, prominent=True)
                if unnamed is not None and not unnamed.by_name and (gender is None or unnamed.gender in (None, gender)) and (
                    not feminine or unnamed.gender == "femn"
                ):
                    return unnamed
            # past a sentence that names no one: the topic is still whom the text named last
            latest = spoke or self.recent(m.first, lambda e: e.by_name, within=_TOPIC_SENTENCES, prominent=True)
            spoke = latest if latest is not None and fits(latest) else None
            if spoke is None and sex is not None and m.head in self._source_heads and not self._noun_in_view(m):
                spoke = self._one_of_the_sex(m, sex, agrees)
            if spoke is None and latest is not None and m.head in self._source_heads and lemma not in lexicon.word_set("generic_roles.txt"):
                # the one the article is about, though none of his words were quoted yet: "Экс-чемпион
                # мира по шахматам Иван Петров прибыл в город … — сказал шахматист"; only for a source
                # (a subject that says nothing may well be someone new), not by a noun for anyone
                # ("женщина"), nor by one the text used before, for someone unnamed ("Анонимный
                # коллекционер обвинил … По словам коллекционера") or for another ("Соперником чемпиона
                # стал Петров. Чемпион заявил")
                described = f"{lemma} {self._head_number(m, m.head)}" in self._description_heads
                spoke = latest if not described and agrees(latest) and self._main_person(latest) and not self._noun_in_view(m) else None
        if spoke is not None or lemma in lexicon.word_set("generic_roles.txt"):
            return spoke  # "женщина", "девушка": a woman the text names only if she spoke just before
        # a woman's noun with a woman's verb ("ответила россиянка"; "звезда" may be a man)
        return self._woman_in_view(m.first, mine, spoken_of) if feminine and gender == "femn" else None


    def _one_of_the_sex(self, m: Mention, sex: str, agrees: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """"Суд принял иск кассира Марии Петровой. Женщина утверждает, что …": a noun that says only
        of what sex the source is names the one named person of that sex the sentence before it
        (or before what it says) names in any case, if the noun opens its clause; None if it names
        none or several, or a person of that sex it does not name."""

        def of_the_sex(e: _Entity) -> bool:
            return e.kind == "person" and e.by_name and e.gender == sex

        an = self.an
        before = m.first - 1
        if m.first > an.sentence(m.first).first and an.letters[before] and "CONJ" not in an.word(before).best:
            return None  # a word of its clause before it: one the clause brings in ("к нему подошел мужчина")
        named = self.recent(m.first, lambda e: of_the_sex(e) and agrees(e), within=1)
        if named is None or self.recent(m.first, lambda e: of_the_sex(e) and e is not named, within=1) is not None:
            return None
        return None if self._unnamed_of_the_sex(m, sex) else named

    def _unnamed_of_the_sex(self, m: Mention, sex: str) -> bool:
        """Do the sentence before mention ``m`` (or before what it says) and its own sentence up to it
        hold a noun for one person of ``sex`` that no name follows: someone the text does not name
        ("Врач Анна Кох осмотрела пострадавшую")? A noun right before a name is that name's role."""
        an = self.an
        here = an.sent_of[self._opens.get(m.first, m.first)]
        for t in range(an.sents[max(0, here - 1)].first, m.first):
            if token_kind(an, t) not in ("generic", "role") or t + 1 < len(an.toks) and is_name(an, t + 1):
                continue
            if an.word(t).has(sex, "sing"):
                return True
        return False

    def _noun_in_view(self, m: Mention) -> bool:
        """Does the noun heading mention ``m`` stand before it in its sentence (or where what it says
        opens) or in the few before: a noun for someone else, as the topic was not called by it
        ("Соперником чемпиона стал Петров. Чемпион заявил")?"""
        an = self.an
        lemma = an.word(m.head).lemma
        first = an.sents[max(0, an.sent_of[self._opens.get(m.first, m.first)] - _TOPIC_SENTENCES)].first
        return any(an.letters[t] and an.word(t).lemma == lemma for t in range(first, m.first))

    def _main_person(self, entity: _Entity) -> bool:
        """Is ``entity`` a subject of the text's first sentence, or, after a headline, of the one that
        opens the article: the one the article is about?"""
        an = self.an
        last = 1 if self._headline(0) else 0
        for s in self.seen:
            if an.sent_of[s.token] > last:
                return False
            if s.entity is entity and s.prominent:
                return True
        return False

    def _of_a_document(self, head: int) -> bool:
        """Is the complement of the person noun at ``head`` a document ("автор письма"), and the noun
        none for a member of a body ("представитель министерства")?"""
        an = self.an
        if an.word(head).lemma in lexicon.word_set("body_people.txt"):
            return False
        k = noun_after_modifiers(an, head + 1)
        return an.letters[k] and not an.caps[k] and an.word(k).lemma in lexicon.word_set("documents.txt")

    def _given_the_noun(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """"Вдова писателя Анна Петрова заявила … — напомнила вдова академика": a noun whose
        complement says whose role it is by a person is the named person who spoke in this sentence
        or the one before, if the text gives that one the same noun anywhere ("вдова писателя Анна
        Петрова", "его супруги Анны Петровой"): the complements name one person by two words."""

        def given(e: _Entity) -> bool:
            return (
                e.by_name
                and e.spoke
                and (gender is None or e.gender in (None, gender))
                and any(r.office == mine.office for r in self._roles_held.get(id(e), ()))
            )

        return self.recent(m.first, given, within=1, prominent=True)

    def _complement_of_no_one(self, m: Mention) -> bool:
        """Does the complement of description ``m`` say of no one whose it is: no person ("брат
        невесты"), no name, no document ("автор статьи": its writer, not one it quotes), and the
        head no noun for a member of a body ("представитель семьи": someone of it, often new)?
        "звезда эстрады", "экс-глава холдинга" say only what the person is."""
        an = self.an
        if an.word(m.head).lemma in lexicon.word_set("body_people.txt"):
            return False
        for t in range(m.head + 1, m.last):
            if not an.letters[t]:
                continue
            if an.caps[t] or any({"NOUN", "anim", "gent"} <= r.grammemes for r in an.word(t).readings):
                return False
            if an.word(t).lemma in lexicon.word_set("documents.txt"):
                return False
        return True

    def _woman(self, entity: _Entity) -> bool:
        """Is ``entity`` a woman: by its gender, else by a woman's first name ("Анна Кох", whose
        surname the dictionary knows as a man's)?"""
        if entity.gender is not None:
            return entity.gender == "femn"
        first = self.an.morph.word(entity.name.split()[0])
        return bool(first.readings_with("Name", "femn")) and not first.readings_with("Name", "masc")

    def _woman_in_view(self, before: int, mine: _Role, spoken_of: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """What a noun only a woman is called by ("россиянка", "сама спортсменка") refers back to: a
        named woman standing as the subject of this sentence or the one before, else the one woman
        the text has named before token ``before``, if it named only one; none the words it
        reports name (``spoken_of``)."""

        def named_woman(e: _Entity) -> bool:
            return e.kind == "person" and e.by_name and self._woman(e) and not spoken_of(e)

        subject = self.recent(before, named_woman, within=1, prominent=True)
        if subject is not None:
            return subject if self._may_hold(subject, mine) else None
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        women = {id(s.entity): s.entity for s in self.seen[max(0, end - _LOOKBACK) : end] if named_woman(s.entity)}
        if len(women) != 1:
            return None
        (woman,) = women.values()
        return woman if self._may_hold(woman, mine) else None

    def organization(self, m: Mention) -> Optional[_Entity]:
        """An organization; a bare common noun refers back to the one last named, an outlet
        ("издание", "телеканал") to an outlet of its kind (a "газета" is no "агентство"), another
        ("ведомство") to one that is not an outlet, a noun of no such list to the one whose name it
        heads ("банк" of "Мастер-банк", ``named_by_head``); one in the headline with nothing before
        it, to the first of its kind the article then names. A name is the organization named in full
        whose name holds it, or the one named before by a shorter name it holds; a description,
        the one a fuller description of its head names ("пресс-служба" of "пресс-служба
        автозавода"); an agency noun of a ministry's field, that ministry (``_ministry_of_field``).
        A state, and a ministry of one field and one country, are one entity by each of their names
        (``_state_named``, ``_ministry_named``)."""
        an = self.an
        ministry = self._ministry_of_field(m)
        if ministry is not None:
            return ministry
        # a noun with a complement of its own names its body by it ("министерство образования",
        # "агентство недвижимости"): not the organization last named
        if self._generic(m) and not any("NOUN" in an.word(t).best for t in range(m.head + 1, m.last)):
            entity = self._named_before(m)
            if entity is not None:
                return entity
        elif self._bare(m):
            entity = self.named_by_head(m)  # "в банке" after "«Мастер-банк»", "госкомиссия"
            if entity is not None:
                return entity
        name = self._quoted_as_written(m) or self.phrase_name(m)
        folded = fold(name)  # (each fold() is a memo call: the name's is read five times here)
        long_name = self.short_names.get(folded)
        if long_name is None and m.last - m.first == 1:  # the short name as written: "в Минобороны"
            long_name = self.short_names.get(an.low[m.head])
        written = set(folded.split())  # "МК" as written, an outlet whatever it is spelled out as
        name = self._spelled_as_before(self._country_as_named(long_name or self._spelled_head(name)))
        folded = fold(name)
        state = self._state_named(name)
        if state is not None:
            return self._state_entity(state[0], name, state[1])
        by_field = self._ministry_named(name)
        fuller = None if by_field is not None else self._fuller_organization(name)
        if fuller is not None:
            return fuller
        key = by_field[0] if by_field is not None else "organization:" + folded
        fresh = key not in self.entities
        # a quoted name standing alone is its own name, whatever complement stood between it and the
        # noun that gave it ("компания-оператор вокзала «Мерион»" … "в «Мерионе»")
        alone = quoted_name_at(an, m.first) and unit_end(an, m.first) == m.last
        own = folded if alone else self._own_name(m, name)
        shorter = (
            None
            if key in self.entities
            else self._shorter_organization(name)
            or self._misspelt_organization(name)
            or self._clipped_organization(name)
            or self._named_by_its_head(name)
            or (_the_only(self._by_own_name.get(own, {})) if own else None)
        )
        if shorter is not None:
            self.entities[key] = entity = shorter
        elif long_name:
            entity = self.named(key, "organization", name)
        else:
            entity = self.description_entity(m, key, "organization", name)
        core = self._body_core(name)
        if core is not None:
            if fresh and entity.key == key:
                entity = self._branch_of_the_same_body(key, core, entity)
            self._by_core.setdefault(core[0], {}).setdefault(id(entity), (entity, set()))[1].add(core[1])
        if by_field is not None and name not in (given := self._ministry_names_given.setdefault(id(entity), [])):
            given.append(name)
        rank = (by_field[1] if by_field is not None else len(name.split()), True, len(name))
        # a ministry's seat or description ("Пентагон", "военное ведомство США") names it only while
        # the text calls it by no name of its own
        if rank > entity.name_rank or by_field is not None and entity.name == name:
            entity.name, entity.name_rank = name, rank
        ordered = folded.split()
        words = set(ordered)
        # a noun with a field of its own names a body by it, no outlet: "агентство по борьбе с
        # преступностью", "агентство при правительстве" (the pairs of words read only in a name
        # with such a preposition: most have none)
        fielded = (
            set() if words.isdisjoint(_FIELD_PREPOSITIONS) else {w for w, after in zip(ordered, ordered[1:]) if after in _FIELD_PREPOSITIONS}
        )
        unfielded = words - fielded
        # an outlet by its name ("газета «Вестник»", "Интерфакс") or by a media noun it stands in
        # apposition to ("газету Daily Mail", "портал Lenta.ru"); once an outlet, always one
        said_nouns = self._said_media_nouns(m, unfielded)
        entity.said_nouns |= said_nouns
        entity.media_nouns |= said_nouns | self._known_media_nouns(unfielded)
        if long_name or not self._common_noun(m.head) or not self._nameless(m):  # "украинская компания" is no name of its own
            entity.kind_nouns |= self._name_heads(name)
        entity.outlet = entity.outlet or bool(entity.media_nouns) or bool(((words | written) - fielded) & outlet_words())
        for word in words:
            holders = self._organizations_by_word.setdefault(word, [])
            if id(entity) not in map(id, holders):  # by identity, read in C
                holders.append(entity)
        # one that reads as a common noun ("«Ковчег»") gives no body a name of its own: it only looks one up
        if own and not (alone and entity.head):
            self._by_own_name.setdefault(own, {})[id(entity)] = entity
        for respelled, as_written in self._respellings(name):
            spellings = self._respelled.setdefault(respelled, [])
            if as_written not in spellings:
                spellings.append(as_written)
        return entity

    def _named_before(self, m: Mention, part: Optional[str] = None) -> Optional[_Entity]:
        """The organization generic noun ``m`` refers back to ("компания", "ведомство", "издание"):
        the one of its kind the text named last, as :meth:`organization` tells; None if none. The
        complement of a description of head ``part`` names no body known by that head ("ведомства"
        of "пресс-служба ведомства" is no press service named before)."""
        an = self.an
        noun = media_noun(an.word(m.head).lemma)
        outlet = noun is not None
        # a bare noun ("компания", "этой организации"), not one a modifier sets apart ("российской компании")
        nouns = self._kind_nouns(m.head) if not self._modified(m) else frozenset()

        def named(e: _Entity) -> bool:
            return fits(e) and bool(nouns & e.kind_nouns)

        mine = self._kind_nouns(m.head)
        agency = bool(nouns) and an.word(m.head).lemma in _AGENCY_NOUNS
        # a noun for one kind of body ("компания") is no body the text knows only by a common noun
        # of another kind ("Суд отклонил иск, а компания заявила"); a noun for any body
        # ("ведомство", "организация") or an outlet's may be
        one_kind = not outlet and lexicon.word_set("body_hypernyms.txt").isdisjoint(mine)

        # a country's noun is no other country's body: "французское издание" is not "британская
        # газета …", "российское ведомство" not "министерство … США"
        countries = {c for t in range(m.first, m.head) if (c := _country(an.low[t])) is not None}

        def fits(e: _Entity) -> bool:
            other = one_kind and bool(e.head) and e.body is None and not e.kind_nouns and e.head.split()[0] not in mine
            return e.kind == "organization" and e.head != part and e.outlet == outlet and not other and not _foreign(countries, e.name)

        def spoke(e: _Entity) -> bool:  # of this noun's country, if it names one ("американское ведомство")
            return fits(e) and e.spoke and (not countries or not _marked_countries(e.name).isdisjoint(countries))

        kinds = _media_kinds().get(noun or "", frozenset())

        def called(e: _Entity) -> bool:  # by a noun of no other kind: "газета" is an "издание", not the reverse
            return fits(e) and any(_media_kinds()[n] <= kinds for n in e.media_nouns)

        def of_kind(e: _Entity) -> bool:  # by no noun of another kind only
            return fits(e) and all(kinds & _media_kinds()[n] for n in e.media_nouns)

        def said(e: _Entity) -> bool:  # by this very noun, in the text: "сообщает издание X"
            return fits(e) and noun in e.said_nouns

        # a plural ("сообщают агентства", "арабские издания") is several outlets, none of those named
        several = outlet and self._plural(m)
        # an outlet after what it writes is none that writing names ("«…эта газета
        # завоевала авторитет», пишет газета"): one named before it opens
        before = self._opens.get(m.first, m.first) if outlet else m.first
        # a demonstrative points back to the outlet just named, whatever noun it was called by
        # ("пишет агентство X. Как уточняет это издание")
        pointing = outlet and m.first < m.head and any(r.lemma == "этот" for r in an.word(m.first).readings)
        teller = self._teller(of_kind)
        # the source this sentence or the one before just cited by a verb, by a name the text made
        # no outlet of, past an outlet called by a noun of this kind further back ("«Вестник»
        # сообщил … По данным газеты"); not one that an outlet called so after it relays
        # ("сообщает X со ссылкой на газету Y"), nor an outlet by its name alone ("передает
        # X.ru"), which leaves the noun to the one the text calls by it
        near = self.recent(before, lambda e: called(e) or teller(e), within=1) if outlet and not several else None
        cited = near if near is not None and not near.outlet else None
        entity = (
            None
            if several
            # an outlet this sentence or the one before names, after a demonstrative; else one the
            # text just called by a noun of this kind ("в газету Daily Mail ... издание"),
            # else one it called by this very noun a few sentences back ("сообщает издание X"),
            # past one that only spoke since ("передает Y"), else one of no other kind that
            # spoke, stood as a subject or was cited, else any such, not one named in passing
            # ("перевод на сайте X")
            else (self.recent(before, fits, within=1) if pointing else None)
            or cited
            or self.recent(before, called, within=_TOPIC_SENTENCES)
            or self.recent(before, said, within=_DESCRIPTION_SENTENCES)
            or self.recent(before, of_kind, prominent=True)
            or self.recent(before, of_kind)
            or self._unknown_outlet(before, of_kind)
            if outlet
            # an organization the text named with this noun ("Компания Audi … компания"), else one
            # that spoke (a sentence or two back, any body past one the narrative just made its
            # subject) or stood as a subject, not a product named in passing
            # a ministry named in the sentence just before ("Минобороны России сообщило … В
            # ведомстве рассказали"), past another the text called by this noun
            else agency and self.recent(m.first, lambda e: fits(e) and id(e) in self._ministry_names_given, within=1)
            or self.recent(m.first, named, within=_TOPIC_SENTENCES)
            or self.recent(m.first, lambda e: named(e) and e.spoke, prominent=True)
            or self.recent(m.first, spoke, within=_TOPIC_SENTENCES, prominent=True)
            or self.recent(m.first, fits, prominent=True)
            or self.recent(m.first, fits)
        )
        if entity is None and not several and self._headline(m.first):
            # "…, утверждает газета" heading the article: the first of its kind the article then names
            entity = self._first_after(m.last, called if outlet else named)
        if entity is not None and noun is not None and not entity.outlet:
            # the outlet the story comes from ("сообщает «Вечерний курьер»"), now called by this noun:
            # what the same noun refers to further on, past the reach of an unknown outlet
            entity.outlet = True
            entity.media_nouns.add(noun)
        return entity

    def _quoted_as_written(self, m: Mention) -> Optional[str]:
        """The nominative of a quoted name of one word, ``m``, as the text writes it elsewhere: the
        same word less a case ending ("«Русала»", "«Ростехе»" after or before "«Русал»", "«Ростех»"),
        where the dictionary, which lacks the name, would guess the nominative from the ending
        ("Русало", "Ростёха"); else, for an oblique ``m`` whose nominative by the dictionary the text
        never writes, the form of its stem the text writes after an organization noun, in apposition,
        which leaves a name in the nominative: "«Нордале»" of "в авиакомпании «Нордала»", not
        "Нордало"; "по сведениям «Аль-Карим»" of "газета «Аль-Карим»", not a genitive plural of
        "Аль-Карима". None if the text writes it in no such form."""
        an = self.an
        if not quoted_name_at(an, m.first) or unit_end(an, m.first) != m.first + 3:
            return None
        if self._quoted_words is None:  # read once per text, and only for a text that quotes such a name
            self._quoted_words, self._apposed_stems = {}, {}
            for k in an.opener_at:
                if an.letters[k + 1] and unit_end(an, k) == k + 3:
                    self._quoted_words[an.low[k + 1]] = an.tok_texts[k + 1]
                    if k and self._organization_noun(k - 1):
                        for stem in _case_stems(an.low[k + 1]):
                            self._apposed_stems.setdefault(stem, set()).add(an.tok_texts[k + 1])
        word = an.low[m.first + 1]
        shorter = next(
            (
                self._quoted_words[word[:-cut]]
                for cut in _CASE_ENDINGS
                if len(word) - cut >= _MIN_STEM and word[:-cut] in self._quoted_words
            ),
            None,
        )
        if shorter is not None or m.case == "nomn" or not self._apposed_stems:
            return shorter
        guessed = fold(self.phrase_name(m))
        if guessed != word and guessed in self._quoted_words:
            return None  # the dictionary's nominative, which the text writes
        # a nominative ends in no more letters than another case does: a longer form is a complement
        # ("сеть «Лотос-банка»"), no apposition
        apposed = {form for stem in _case_stems(word) for form in self._apposed_stems.get(stem, ()) if len(form) <= len(word)}
        return apposed.pop() if len(apposed) == 1 else None

    def _organization_noun(self, t: int) -> bool:
        """Is token ``t`` a lowercase noun heading organizations' names, a name in quote marks after
        it standing in apposition ("авиакомпании «…»"), no part of a body ("пресс-службы «…»")?"""
        an = self.an
        return an.letters[t] and not an.caps[t] and self.heads_names_in_apposition(an.word(t).lemma)

    def _own_name(self, m: Mention, name: str) -> str:
        """The name of its own, folded, that organization mention ``m`` (named ``name``) gives its body
        after an organization noun: a quoted name standing in apposition, in the nominative
        ("центр защиты прав животных «Вита»", "в организации «Вита»"), or the words in Latin letters
        that end it ("группа Conflict Intelligence Team"). Whatever noun the text calls it by, it is
        the same body. Not a quoted genitive saying whose it is ("дочерняя компания «Роснефти»"), nor
        the name after a hyphenated noun, which names a part of the body ("пресс-служба Apple"), unless
        that noun ends in one for an outlet ("интернет-издание TMZ" is TMZ); "" if it gives none."""
        an = self.an
        if names_a_part(an.word(m.head).lemma):
            return ""
        for t in range(m.head + 1, m.last):
            if quoted_name_at(an, t):
                first = an.word(t + 1)
                if not an.letters[t + 1] or first.known and not first.has("nomn"):
                    return ""
                return fold(" ".join(an.tok_texts[k] for k in range(t + 1, unit_end(an, t) - 1) if an.letters[k]))
        words = name.split()
        k = len(words)
        while k > 0 and _latin_name_word(words[k - 1]):
            k -= 1
        return fold(" ".join(words[k:])) if 0 < k < len(words) and self._apposed(words[k - 1], words[k:]) else ""

    def _ministry_of_field(self, m: Mention) -> Optional[_Entity]:
        """The ministry the text named before that agency noun ``m`` names by the adjective of its
        field ("внешнеполитическое ведомство Узбекистана" of "МИД Узбекистана", "военное ведомство"
        of "Минобороны"; ``data/ministry_fields.tsv``), with the same other words (its country)."""
        an = self.an
        if (an.words[m.head] or an.word(m.head)).lemma not in _AGENCY_NOUNS:
            return None
        by_token = _ministry_field(an, m.first, m.head + 1) or {}
        if len(set(by_token.values())) != 1:
            return None
        field = next(iter(by_token.values()))
        marks = [fold(an.tok_texts[t]) for t in range(m.first, m.last) if t != m.head and t not in by_token and an.letters[t]]

        def ministry_words(words: list[str], k: int) -> int:
            """How many words from ``k`` on name the ministry of ``field``: "МИД", "министерство
            иностранных дел", "Минобороны"; 0 if they name none."""
            if _ministry_fields().get(words[k]) == field or any(rest == "".join(field) for _, rest in split_clipped(words[k])):
                return 1
            return 1 + len(field) if words[k] == _MINISTRY and tuple(words[k + 1 : k + 1 + len(field)]) == field else 0

        def of_the_field(e: _Entity) -> bool:
            if e.kind != "organization":
                return False
            words = fold(e.name).split()
            for k in range(len(words)):
                n = ministry_words(words, k)
                if n:
                    others = words[:k] + words[k + n :]
                    return all(any(_same_mark(a, b) for b in others) for a in marks) and all(
                        any(_same_mark(a, b) for b in marks) for a in others
                    )
            return False

        return self.recent(m.first, _once_per_entity(of_the_field))

    def _first_after(self, after: int, accept: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """The first entity seen after token ``after`` that ``accept`` takes."""
        start = bisect.bisect_left(self.seen, after, key=_TOKEN)
        return next((s.entity for s in self.seen[start : start + _LOOKBACK] if accept(s.entity)), None)

    def named_by_head(self, m: Mention) -> Optional[_Entity]:
        """The organization a bare common noun ``m`` refers to by the noun heading its name or a
        part of that noun's compound, or one of which the noun is a compound ("дирекция" of
        "Единая транспортная дирекция", "банк" of "Мастер-банк", "госкомиссия" of "государственная
        комиссия по …", "спецслужба" of "Федеральная служба безопасности"): the one in the
        sentences just before, or one they describe by the noun ("пресс-служба" of "пресс-служба
        омбудсмена"), else the last such that spoke, else the last such."""
        nouns = self._kind_nouns(m.head)
        # a compound of clipped words alone ("избир|ком"): the body whose name has a word opening
        # with the stem and a head noun opening with the rest ("избирательная комиссия")
        clipped = [(stem, rest) for stem, rest in split_clipped(self.an.word(m.head).lemma) if rest not in nouns]

        def named(e: _Entity) -> bool:
            return e.kind == "organization" and (bool(nouns & e.kind_nouns) or bool(clipped) and clipped_of(e))

        def clipped_of(e: _Entity) -> bool:
            heads = {*e.kind_nouns, e.head.partition(" ")[0]} - {""}
            return any(
                any(n.startswith(rest) for n in heads) and any(w.startswith(stem) for w in fold(e.name).split())
                for stem, rest in clipped
            )

        noun = self._content_words(self.an.tok_texts[m.head])

        def named_or_described(e: _Entity) -> bool:  # described by more than the noun alone
            return named(e) or e.kind == "organization" and e.head.partition(" ")[0] in nouns and bool(e.words - noun)

        return (
            self.recent(m.first, named_or_described, within=_TOPIC_SENTENCES)
            or self.recent(m.first, lambda e: named(e) and e.spoke)
            or self.recent(m.first, named)
        )

    def _country_as_named(self, name: str) -> str:
        """``name`` as the text named the same organization before with its country written another
        way: "МИД РФ" after "МИД России", "Минобороны России" after "Минобороны РФ" (the same head
        and words, a last word naming the same country: ``data/country_marks.txt``); not "МИД
        Украины"."""
        words = fold(name).split()
        country = _country(words[-1]) if len(words) > 1 else None
        if country is None:
            return name
        for e in self._organizations_by_word.get(words[0], [])[:_ROLE_HOLDERS]:
            other = fold(e.name).split()
            if len(other) == len(words) and other[:-1] == words[:-1] and _country(other[-1]) == country:
                return e.name
        return name

    def _spelled_as_before(self, name: str) -> str:
        """``name`` with its words spelled as an organization's name the text gave before spells them:
        words in Latin letters run together or apart ("Sky News" after "SkyNews", "SkyNews" after
        "Sky News"), a name alone or as a hyphenated compound with a noun heading organizations'
        names ("Альфа" after "Альфа-банк", "Альфа-банк" after "Альфа"); the same name, so the same
        organization. Not when several names the text gave spell it so."""
        words = name.split()
        # most names hold no word a name before spells otherwise, no two words in Latin letters and
        # no hyphenated compound alone: no word of them is looked up one by one
        if (
            self._respelled.keys().isdisjoint(map(fold, words))
            and sum(map(str.isascii, words)) < 2
            and (len(words) > 1 or "-" not in name)
        ):
            return " ".join(words)
        latin = [_latin_name_word(w) for w in words]
        out: list[str] = []
        k = 0
        while k < len(words):
            # words apart in Latin letters that a name before runs together: the longest run first
            span = 0
            while k + span < len(words) and latin[k + span]:
                span += 1
            run = 1
            if span > 1:  # most words are no such run: no search built for them
                run = next((n for n in range(span, 1, -1) if fold("".join(words[k : k + n])) in self._organizations_by_word), 1)
            if run > 1:
                out.append(self._written(fold("".join(words[k : k + run]))) or " ".join(words[k : k + run]))
                k += run
                continue
            word = words[k]
            spellings = self._respelled.get(fold(word), [])
            first, hyphen, rest = word.partition("-")
            whole = len(words) == 1  # "Альфа" is "Альфа-банк" as a name of its own, not in "Альфа Групп"
            if len(spellings) == 1 and (whole or "-" not in spellings[0]):
                word = spellings[0]
            elif whole and hyphen and self.heads_organizations(rest) and self._alone(fold(first)):
                word = self._written(fold(first)) or word
            out.append(word)
            k += 1
        return " ".join(out)

    def _alone(self, word: str) -> bool:
        """Is folded ``word`` the whole name of an organization the text gave before ("Альфа")?"""
        return any(fold(e.name) == word for e in self._organizations_by_word.get(word, []))

    def _written(self, word: str) -> Optional[str]:
        """Folded ``word`` as the names of organizations the text gave before write it, if one way."""
        written = {w for e in self._organizations_by_word.get(word, []) for w in e.name.split() if fold(w) == word}
        return written.pop() if len(written) == 1 else None

    def _respellings(self, name: str) -> Iterator[tuple[str, str]]:
        """The other spellings of words of organization name ``name``, folded, with the words as
        ``name`` writes them: each run of words in Latin letters run together ("skynews" of "Sky
        News"), the name a hyphenated compound with a noun heading organizations' names opens with
        ("альфа" of "Альфа-банк")."""
        words = name.split()
        if "-" not in name and sum(map(str.isascii, words)) < 2:
            return  # no hyphen, no two words in Latin letters: most names, no word looked at
        for k, word in enumerate(words):
            first, hyphen, rest = word.partition("-")
            if hyphen and first and self.heads_organizations(rest):
                yield fold(first), word
            for n in range(2, len(words) - k + 1):
                if not _latin_name_word(words[k + n - 1]) or not _latin_name_word(word):
                    break
                yield fold("".join(words[k : k + n])), " ".join(words[k : k + n])

    def _spelled_head(self, name: str) -> str:
        """``name`` with the abbreviation that is its own name spelled out as the text does
        elsewhere: "ЦОС ФСБ" → "Центр общественных связей ФСБ", "газета КП" → "газета Комсомольская
        правда", "группа CIT" → "группа Conflict Intelligence Team" (an abbreviation in apposition to
        an organization noun, by the words that spell it, not a phrase with a noun of its own: "группа
        Conflict Intelligence Team (CIT)"); not one in its complement ("управление ФСБ")."""
        words = name.split()
        if not any(map(str.isupper, words)):
            return name  # most names hold no abbreviation: their words tested in C, not one by one here
        for k, word in enumerate(words):
            if word.isupper():
                if all(self._modifies(w) for w in words[:k]):
                    long_name = self.short_names.get(fold(word))
                elif all(self._modifies(w) or self._apposed(w, [word]) for w in words[:k]):
                    long_name = next(iter(self._spelled.get(fold(word), ())), None)
                else:
                    return name
                return name if long_name is None else " ".join([*words[:k], long_name, *words[k + 1 :]])
        return name

    def _teller(self, of_kind: Callable[[_Entity], bool]) -> Callable[[_Entity], bool]:
        """Whether an organization may be the outlet an outlet noun refers to though the text has
        not called it one: it spoke by a verb, by a name that is no body's ("Как отмечает FT, ….
        Как пишет издание"; not "МВД", "компания X", "министерство"; not a source of data: "По
        данным Knight Frank"), and is no outlet of another kind that ``of_kind`` rejects (a
        "газета" is not the agency Reuters)."""

        @_once_per_entity
        def unmarked(e: _Entity) -> bool:
            return (
                e.kind == "organization"
                and e.told
                and e.name[:1].isupper()
                and not any(self._body_word(w) for w in e.name.split())
                and (not e.outlet or of_kind(e))
            )

        return unmarked

    def _unknown_outlet(self, before: int, of_kind: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """The organization an outlet noun refers to when the text has called none an outlet of its
        kind: one that may be (``_teller``) in this sentence or the several before (the outlet the
        story comes from, a few sentences of the story back); further back, the only such the text
        has before it."""
        unmarked = self._teller(of_kind)
        found = self.recent(before, unmarked, within=_DESCRIPTION_SENTENCES)
        if found is not None:
            return found
        # further back, the one such the text has: the outlet the whole story comes from; read
        # until a second one shows (then there is none), not through every mention of a long text
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        only: Optional[_Entity] = None
        for s in itertools.islice(self.seen, end):
            if s.entity is not only and unmarked(s.entity):
                if only is not None:
                    return None
                only = s.entity
        return only


    def _fuller_organization(self, name: str) -> Optional[_Entity]:
        """The organization the text names in full whose name holds ``name`` as its head or its own
        name ("прокуратура" of "Генеральная прокуратура Узбекистана", "Der Spiegel" of "немецкое
        издание Der Spiegel", "РИА" of "РИА Новости"), if the text names one such."""
        short = fold(name).split()
        holding = self._organizations_by_word.get(short[0], []) if short else []
        if not holding or len(holding) > _ROLE_HOLDERS:  # a word of many names ("суд") names none of them
            return None
        fuller = [
            e
            for e in holding
            if e.kind == "organization"
            and (self._holds_name(e.name, short) or any(self._holds_name(n, short) for n in self._ministry_names_given.get(id(e), ())))
        ]
        if not fuller:
            return None
        # the fullest, if it holds the others ("прокуратура Узбекистана" of "Генеральная прокуратура
        # Узбекистана"); "суд" of two courts names neither
        fullest = max(fuller, key=lambda e: e.name_rank)
        if all(e is fullest or self._holds_name(fullest.name, fold(e.name).split()) for e in fuller):
            return fullest
        return None

    def _shorter_organization(self, name: str) -> Optional[_Entity]:
        """The organization the text named before by a shorter name that ``name`` holds as its own
        name ("Financial Times" of "деловая газета Financial Times"), if it named one such."""
        words = fold(name).split()
        if len(words) < 2:
            return None  # a name of one word holds no shorter one
        held = {
            id(e): e
            for w in words
            for e in self._organizations_by_word.get(w, [])[:_ROLE_HOLDERS]
            if e.kind == "organization" and not e.head and self._holds_name(name, fold(e.name).split())
        }
        return _the_only(held)

    def _named_by_its_head(self, name: str) -> Optional[_Entity]:
        """The organization the text named before by the noun heading ``name`` alone, capitalized
        as a name inside a sentence ("представитель Агентства" before "Агентство по охране
        здоровья"): the short form of the name the text gives in full after it, if it named one
        such. A noun opening a sentence is capitalized whatever it names: it is read as a description."""
        first, _, rest = name.partition(" ")
        head = fold(first)
        if not rest or not first[:1].isupper() or not self.heads_organizations(head):
            return None
        word = self.an.morph.word(head)
        if not word.known or word.name_readings or {"Abbr", "Geox", "Orgn", "LATN"} & word.best:
            return None  # a name of its own, no common noun: "ТАСС", "Reuters", "Росстат"
        found = {
            id(e): e
            for e in self._organizations_by_word.get(head, [])[:_ROLE_HOLDERS]
            if e.kind == "organization" and e.name == first and not e.head  # no noun opening a sentence: "Фонд сообщил"
        }
        return _the_only(found)

    def _branch_of_the_same_body(self, key: str, core: tuple[str, frozenset[str]], entity: _Entity) -> _Entity:
        """The organization the text named before by the same core of a name (``_body_core``) as
        new ``entity``, named ``key``: a body and its branch, or the branch by two names ("ФСБ" and
        "областное управление ФСБ", "ФНС" and "УФНС", "СК" and "СКР по области"), one speaker,
        if the text named one such and the places the names mark are no two ("ГУ МВД по Омской
        области" is no "МВД Литвы"); else ``entity``."""
        others = [held for i, held in self._by_core.get(core[0], {}).items() if i != id(entity)]
        if len(others) != 1 or any(_other_places(core[1], places) for places in others[0][1]):
            return entity
        body = others[0][0]
        entity.voice_of = body  # what a description found it by (``_by_body``) is the body
        self.entities[key] = body
        return body

    def _body_core(self, name: str) -> Optional[tuple[str, frozenset[str]]]:
        """The name of the body organization name ``name`` names, less the words that make it a
        branch (``data/body_branches.tsv``): a region's adjective, a head noun over the body's name
        ("областное управление ФСБ"), the initials of one run into it ("ГУФМС"), and what
        follows "по" or the body's abbreviation ("ФНС по Омской области", "МВД Эстонии") — as its
        sorted lemmas, an abbreviation of data/body_voices.tsv spelled out ("СКР", "Следственный
        комитет России"); with the words of those that mark a place ("омский", "область",
        "эстонии"), none when they say no more than "по краю". None for a name of no body's
        own name (an abbreviation or a proper noun): "областная прокуратура" may be any region's."""
        if name not in self._body_cores:
            self._body_cores[name] = self._read_body_core(name)
        return self._body_cores[name]

    def _read_body_core(self, name: str) -> Optional[tuple[str, frozenset[str]]]:
        morph = self.an.morph
        cut = _branch_cut(morph, name)
        # a one-word name the text gives as a short name of a longer one: the core of that one
        if cut is not None and len(cut[1]) == 1 and cut[1][0] not in _voiced_abbreviations(morph):
            long_name = self.short_names.get(cut[1][0])
            if long_name is not None and fold(long_name) != cut[1][0]:  # "ГУФМС" of "Федеральная миграционная служба"
                core = self._body_core(long_name)
                return None if core is None else (core[0], core[1] | _specific_places(cut[3]))
        return _core_of_name(morph, name, fold(name) in self._long_names)

    def _misspelt_organization(self, name: str) -> Optional[_Entity]:
        """The organization the text named before by the same name in Latin letters but for one
        letter of one long word, a typo ("La Rebubblica" of "La Repubblica", "The Washingon Post"),
        if it named one such. Not in Cyrillic: there one letter is a case ending."""
        words = fold(name).split()
        if len(words) < 2 or not name.isascii():
            return None
        found = {
            id(e): e
            for w in words
            for e in self._organizations_by_word.get(w, [])[:_ROLE_HOLDERS]
            if e.kind == "organization" and _one_letter_apart(words, fold(e.name).split())
        }
        return _the_only(found)

    def _clipped_organization(self, name: str) -> Optional[_Entity]:
        """The organization the text named before by ``name`` with its first two words made one
        compound of a clipped stem, or spelled out of that compound ("Минобороны" and "Министерство
        обороны", "Госдума" and "Государственная дума", "Центробанк" and "Центральный банк";
        ``data/clipped_stems.txt``), the rest of the name the same, if it named one such."""
        words = fold(name).split()
        if not words or not words[0].startswith(_clipped_openings()):
            return None  # most names open with no clipped stem: one C call, no stem tried in turn
        written = name.split()
        found: dict[int, _Entity] = {}
        for stem in lexicon.word_set("clipped_stems.txt"):
            if not words[0].startswith(stem):
                continue
            if len(words) > 1:  # spelled out: the compound of the stem and the second word
                for compound in (stem + words[1], stem + "о" + words[1]):  # "Центр|о|банк"
                    for e in self._organizations_by_word.get(compound, [])[:_ROLE_HOLDERS]:
                        # the other name spelled out as this one is: "Минобороны РФ" as "Министерство обороны РФ"
                        if e.kind == "organization" and fold(e.name).split()[0] == compound:
                            if self._same_or_held([*written[:2], *e.name.split()[1:]], written):
                                found[id(e)] = e
            rest = words[0][len(stem) :]
            if len(rest) < MIN_CLIPPED_REST:
                continue
            for second in {rest, rest[1:] if rest[0] == "о" else rest}:  # the compound: the name spelled out
                for e in self._organizations_by_word.get(second, [])[:_ROLE_HOLDERS]:
                    other = e.name.split()
                    if e.kind == "organization" and fold(other[0]).startswith(stem) and fold(" ".join(other[1:2])) == second:
                        if self._same_or_held(other, [*other[:2], *written[1:]]):
                            found[id(e)] = e
        return _the_only(found)

    def _same_or_held(self, a: list[str], b: list[str]) -> bool:
        """Do names ``a`` and ``b`` (words as written) name one body: the same words, or one holding
        the other with a complement after it ("Министерство обороны РФ", "Министерство обороны")?"""
        fa, fb = fold(" ".join(a)).split(), fold(" ".join(b)).split()
        return fa == fb or self._holds_name(" ".join(a), fb) or self._holds_name(" ".join(b), fa)

    def _holds_name(self, long_name: str, short: list[str]) -> bool:
        """Is ``short`` a run of words in the longer ``long_name`` with only modifiers or
        organization nouns before it, or the Latin words of a longer foreign name ("The"), (not a
        complement: "Россия" is not "МИД России") and only a
        complement naming whose it is after it, capitalized first (a genitive or an abbreviation:
        not "МЧС Владимир Петров", not "SpaceX системы связи")?"""
        words = fold(long_name).split()
        if len(words) <= len(short) or not set(words).issuperset(short):
            # a name holds only a shorter one, and each of its words: most pairs asked fail so, the
            # memo and the reading of the words' roles left out
            return False
        key = (long_name, *short)
        found = self._held_names.get(key)
        if found is None:  # a long text asks it of the same names for each of their mentions
            found = self._held_names[key] = self._read_held_name(long_name, short)
        return found


    def _collect_organizations(self) -> None:
        """Every organization the text names, so that "ведомство" or "издание" can refer back to it."""
        an = self.an
        end = 0
        covered: set[int] = set()  # openers of the quoted names read as part of a phrase
        # only a capitalized word or a word before a quotation can name one: most words are never analysed
        candidates = sorted({*an.capitalized, *(k - 1 for k in an.opener_at if k)})
        for i in candidates:
            if i < end or i in self._in_names or an.quote_of[i] >= 0:
                continue
            if not (an.caps[i] or quoted_name_at(an, i + 1)):
                continue
            if self._signs_a_note(i):
                continue
            if not may_head_organization(an, i) or token_kind(an, i) != "organization":
                i = self._outlet_of_capitalized_modifiers(i)
                if i < 0:
                    continue
            case = self._likeliest_case(i)
            first, last = an.sentence_bounds(i)
            m = phrase(an, i, "organization", case, first, last)
            end = m.last
            covered.update(range(m.first, m.last))
            if m.kind != "organization" or self._generic(m):
                continue
            entity = self.organization(m)
            if entity is None:
                continue
            at = m.first
            # "на сайте [Daily Mail]", "спутники системы [Starlink]": the noun's preposition and case are the name's
            if self._after_noun(at):
                at -= 1
                case = self._likeliest_case(at)
            # "у студентов университета (УлГУ)": a short name in brackets stands in the case of the
            # name before it, however it reads alone, and is no subject
            bracketed = at > 0 and an.low[at - 1] == "("
            # "поручен специалистам БМК": an abbreviation, which reads as any case, right after a
            # common noun is that noun's complement, in the genitive
            complement = (
                at == m.first
                and at > 0
                and an.tok_texts[at].isupper()
                and len(an.tok_texts[at]) > 1
                and an.letters[at - 1]
                and not an.caps[at - 1]
                and "NOUN" in an.word(at - 1).best
            )
            prominent = not bracketed and not complement and (self.subject_at(at, case) or self._cited(at))
            self.note(_Seen(m.head, entity, prominent, self.statement_at(m.first)))
        self._collect_quoted_outlets(covered)

    def _signs_a_note(self, i: int) -> bool:
        """Does the name at token ``i`` sign an editor's note ("(… - Прим. NEWSru.com)")? It names
        the publisher of the text itself, no outlet the text reports: not one "газета" or
        "издание" may refer back to."""
        an = self.an
        return i > 1 and an.low[i - 1] == "." and an.low[i - 2] in lexicon.word_set("note_marks.txt")

    def _outlet_of_capitalized_modifiers(self, i: int) -> int:
        """The media noun that capitalized modifier ``i`` (inside the sentence) and the modifiers
        after it open the name of ("[Анатолийское] информационное агентство"), or -1."""
        an = self.an
        # whether it is a modifier asked before whether it is a person's name, the dearer test: most
        # capitalized words inside a sentence are no modifier
        if not an.caps[i] or opens_sentence(an, i) or not is_modifier(an, i) or is_name(an, i) or i + 1 >= len(an.toks):
            return -1
        k = noun_after_modifiers(an, i + 1)
        if not an.letters[k] or an.caps[k] or an.word(k).lemma not in lexicon.word_set("media.txt"):
            return -1
        return k if any(an.word(i).has(case) and an.word(k).has("NOUN", case) for case in CASES) else -1

    def _collect_quoted_outlets(self, covered: set[int]) -> None:
        """The outlets the text names by a quoted name alone, after no organization noun
        ("корреспондент «Вестей»", "в номере «Известий»"): an outlet's name (``data/outlets.txt``)
        in quote marks, or any quoted name after a noun for an outlet's journalists
        (``data/outlet_people.txt``), so that "газета" or "издание" can refer back to it."""
        an = self.an
        for k in sorted(an.opener_at):
            if k in covered or not quoted_name_at(an, k) or not an.letters[k + 1]:
                continue
            closer = an.quote_tokens(an.opener_at[k])[1]
            newsroom = k > 0 and an.letters[k - 1] and an.word(k - 1).lemma in lexicon.word_set("outlet_people.txt")
            if not newsroom and not any(fold(an.tok_texts[t])[:_OPENING_LETTERS] in _outlet_openings() for t in range(k + 1, closer)):
                continue  # no word opens as an outlet's word does in any case: not worth putting in the nominative
            # the case all its words may stand in: "«Новой газете»" is no genitive
            m = quoted_name_mention(an, k, self._shared_case(range(k + 1, closer)) or self._likeliest_case(k + 1))
            if not newsroom and not set(fold(self.phrase_name(m)).split()) & outlet_words():
                continue
            entity = self.organization(m)
            if entity is not None:
                entity.outlet = True
                prominent = self.subject_at(k, m.case) or self._cited(k)
                self.note(_Seen(m.head, entity, prominent, self.statement_at(k)))


    def _collect_short_names(self) -> dict[str, str]:
        """Short names the article gives in brackets: "Министерство обороны России (Минобороны)".

        Maps the short name, folded, to the long name in the nominative, so both
        name one entity, called by its long name.
        """
        an = self.an
        found: dict[str, str] = {}
        for p in self._tokens_written(_OPENING_BRACKET):
            if p + 2 >= len(an.toks) or an.tok_texts[p + 2] != ")" or p == 0:
                continue
            short = an.tok_texts[p + 1]
            if not short[:1].isupper() or token_kind(an, p + 1) not in ("organization", "place"):
                continue
            first = an.sentence_bounds(p)[0]
            head = None
            for j in range(p - 1, max(first, p - _SHORT_NAME_REACH) - 1, -1):  # the leftmost organization noun before it
                if an.marks[j] or "VERB" in an.word(j).best:
                    break
                if token_kind(an, j) == "organization" and not an.tok_texts[j].isupper():
                    head = j
            if head is None:
                continue
            case = self._likeliest_case(head)
            long_name = self.phrase_name(phrase(an, head, "organization", case, first, p))
            if fold(long_name) != fold(short):
                found[fold(short)] = long_name
        for short, spelled in self._spelled.items():
            found.setdefault(short, spelled[0])
            for other in spelled[1:]:  # "Нацбанк Украины" and "Национальный банк Украины" of "НБУ"
                found.setdefault(fold(other), spelled[0])
        return found

    def _spelled_out(self) -> dict[str, list[str]]:
        """Abbreviations the article spells out anywhere, not only in brackets: "МНС" and
        "Министерство по налогам и сборам", "NYT" and "The New York Times", "НБУ" and "Нацбанк
        Украины". Maps the abbreviation, folded, to the names in the nominative whose words' initials
        spell it, the fullest first."""
        an = self.an
        abbreviations = {
            an.low[i]
            for i in an.capitalized
            if _MIN_ABBREVIATION <= len(an.low[i]) <= _MAX_ABBREVIATION
            and an.tok_texts[i].isupper()
            and an.low[i].isalpha()
            # in quote marks alone, a name, whatever the dictionary knows the letters as ("«ЧП»" of
            # an outlet, not "чрезвычайное происшествие")
            and (token_kind(an, i) == "organization" or quoted_name_at(an, i - 1) and unit_end(an, i - 1) == i + 2)
        }
        if not abbreviations:
            return {}
        by_letter: dict[str, list[str]] = {}
        for a in abbreviations:
            by_letter.setdefault(a[0], []).append(a)
        by_opening = {letter: _openings_index(listed) for letter, listed in by_letter.items()}
        found: dict[str, list[str]] = {}
        opened: dict[tuple[str, str], list[str]] = {}  # the candidates of two words, for the pairs a text repeats
        # a run opens at a capitalized word, or right after a capitalized adjective, which may say
        # where the body is and no letter of it: "Новгородское [управление внутренних дел]" spells "УВД"
        after_adjectives = [
            i + 1
            for i in an.capitalized
            if i + 1 < len(an.toks) and an.low[i + 1][:1] in by_letter and self._adjective_before_body(i)
        ]
        for i in itertools.chain(an.capitalized, after_adjectives):
            low = an.low[i]
            candidates = by_letter.get(low[0], ()) if not an.tok_texts[i].isupper() else ()
            if candidates and i in self._in_names:
                continue  # most capitalized words of a long text are people's names: none opens one
            if candidates and low != "the":
                # what the first two words can spell, which every name it spells opens with: each
                # token is checked against the few abbreviations that open so, looked up by the
                # opening, not against all of a long text's that share its first letter
                second = self._second_word(i)
                if second is None:
                    continue
                pair = (low, an.low[second])
                if pair not in opened:
                    openings = [a + b for a in _initials(low) for b in _initials(an.low[second])]
                    opened[pair] = _opened_by(candidates, by_opening[low[0]], openings)
                candidates = opened[pair]
            for a in candidates:
                end = self._spells(i, a)
                if end is None:
                    continue
                names = found.setdefault(a, [])
                name = self._run_name(i, end)
                if fold(name) not in (fold(n) for n in names):
                    names.append(name)
        for names in found.values():
            names.sort(key=lambda n: -len(n.split()))  # the fullest names the body
        return found

    def _adjective_before_body(self, i: int) -> bool:
        """Is capitalized word ``i`` an adjective before a lowercase noun it agrees with
        ("Новгородское управление")?"""
        an = self.an
        j = i + 1
        # the lists and the analysis read inline: asked of every capitalized word of a text that has abbreviations
        return (
            an.letters[j]
            and not an.caps[j]
            and "ADJF" in (an.words[i] or an.word(i)).best
            and any(an.word(i).has("ADJF", case) and an.word(j).has("NOUN", case) for case in CASES)
        )

    def _spells(self, i: int, abbreviation: str) -> Optional[int]:
        """The end of the run of words from token ``i`` whose initials spell ``abbreviation``
        ("Министерство по налогам и сборам" spells "мнс"; prepositions and conjunctions inside it
        and "The" opening it spell nothing, unless it counts it: "TBC"), if one does: a noun phrase of two words or more, with
        no person's name, verb or other word that no name of a body is made of."""
        an = self.an
        last = an.sentence_bounds(i)[1]
        at, words, j = 0, 0, i
        while at < len(abbreviation):
            if j >= last or not an.letters[j] or j in self._in_names:
                return None
            low = an.low[j]
            article = j == i and low == "the" and abbreviation[0] != "t"  # "TBC" counts it
            if article or at and self._spells_nothing(j):
                j += 1  # "The New York Times", "по налогам и сборам"; not "правда" of "Комсомольская правда"
                continue
            # the letters first: most words a long text tries spell none, and are not analysed for it
            spelled = next((s for s in _initials(low) if abbreviation.startswith(s, at)), None)
            if spelled is None:
                return None
            if not any(_NAME_POS & r.grammemes for r in an.word(j).readings) or an.tok_texts[j].isupper():
                return None  # a verb, an adverb; an abbreviation spells none
            at, words, j = at + len(spelled), words + 1, j + 1
        # no word of a person's name: asked once the letters are spelled, as what a word can name
        # is the dearest to work out and most runs a long text tries fail on a letter
        if any(token_kind(an, t) == "person" for t in range(i, j)):
            return None
        # a name ends in its noun, not in an adjective of the next word's ("Евросоюз в Соединенные
        # [Штаты]"), and names a body, not a person ("Министр внутренних дел"), unless it is the whole
        # of a quoted name, which names no person whatever its words ("Московский комсомолец")
        head = next((t for t in range(i, j) if "NOUN" in an.word(t).best), None)
        if words < 2 or {"ADJF", "PRTF"} & an.word(j - 1).best:
            return None
        if head is not None and token_kind(an, head) in _PEOPLE and unit_end(an, i - 1) != j + 1:
            return None
        return j


    # --- roles -----------------------------------------------------------------

    def roles_in(self, first: int, end: int, case: str, one: bool = False) -> list[_Role]:
        """The roles in tokens ``first..end-1``, one for each role noun in ``case``, with no holder yet;
        ``one``: of one person (:meth:`_read_roles`). New roles at each call, as the callers give
        them holders; read once per span: a name's roles are read for it when the names are
        collected, and again when a source with that name is resolved (a quarter of the calls)."""
        key = (first, end, case, one)
        found = self._roles_read.get(key)
        if found is None:
            # what the roles read depends on the text alone: the tokens' words and kinds
            found = self._roles_read[key] = tuple((r.token, r.office, r.marks, r.exclusive) for r in self._read_roles(first, end, case, one))
        return list(itertools.starmap(_Role, found))

    def _read_roles(self, first: int, end: int, case: str, one: bool) -> list[_Role]:
        """The roles of :meth:`roles_in`, read from the tokens.

        The marks of a role are the words that say whose role it is: its
        modifiers and its complement up to the next role noun ("министр
        обороны РФ генерал": "министр" marked "обороны", "рф"). A common noun
        of an organization only points back to one ("представитель ведомства"):
        it marks nothing.
        """
        an = self.an
        # a noun of the group list in the singular names one person's role too: "исследователь", "критик"
        heads = [
            t
            for t in range(first, end)
            if (
                (kind := token_kind(an, t)) in ("role", "generic") and (an.words[t] or an.word(t)).has("NOUN", case)
                # a role named by an adjective used as a noun: "уполномоченного", "управляющая"
                or kind == "role" and _adjective_in(an.words[t] or an.word(t), case)
                or kind == "group" and (an.words[t] or an.word(t)).has("NOUN", "sing", case)
                # one of several ("одного из продюсеров сериала Марко Риччи") holds their role
                or one and t == first and (an.words[t] or an.word(t)).has("NOUN", "plur", "gent") and self._one_of(t)
            )
            # an adjective that reads as a noun too ("военный", "ведущий") before a common noun of its
            # case is that noun's modifier, no role of its own: "главы военного ведомства"
            and not self._modifies_noun(t, end, case)
        ]
        if len(heads) > 1:  # the tests below read a role noun after another; most spans have none or one
            # a role noun right after another that the office table joins to it is that one's complement,
            # whatever case it may stand in too: "главы" of "заместитель главы" (its nominative plural)
            # ("министра" of "заместитель министра": a deputy's role names the role deputized)
            heads = [
                t
                for t in heads
                if not (
                    t - 1 in heads
                    and (f"{an.word(t - 1).lemma} {fold(an.tok_texts[t])}" in _offices() or _deputy_office(an.morph, an.word(t - 1).lemma, an.word(t).lemma))
                )
            ]
            if one:
                # a role noun after another that can stand in ``case`` in the plural only is no role of
                # one person but that one's complement, a genitive: "заместитель директора", "тренер спортсменки"
                heads = [t for k, t in enumerate(heads) if not k or an.word(t).has("NOUN", "sing", case)]
                # a common noun for a person after a role is that role's complement, no role of its own:
                # "человека" of "уполномоченного по правам человека"
                heads = [t for k, t in enumerate(heads) if not (k and token_kind(an, t) == "generic" and token_kind(an, heads[k - 1]) == "role")]
        plain = lexicon.word_set("role_qualifiers.txt")
        out = []
        for k, h in enumerate(heads):
            lo = heads[k - 1] + 1 if k else first
            hi = heads[k + 1] if k + 1 < len(heads) else end
            a = h
            while a - 1 >= lo and is_modifier(an, a - 1):
                a -= 1
            marks: list[tuple[str, bool]] = []
            # "глава Минфина" is a "министр", of whatever ministry: its name would set it against
            # "министр финансов России" by a mark this one lacks
            of_ministry = f"{an.word(h).lemma} {_MINISTRY}" in _offices()
            # "глава военного ведомства" is the "министр обороны": the field's words are its marks
            fields = _ministry_field(an, h + 1, hi) if of_ministry else None
            ministry = of_ministry and (fields is not None or self._names_ministry(h + 1, hi))
            fields = fields or {}
            complement = None  # the mark of the noun heading the complement, past its modifiers
            complement_lemma = ""  # and that noun's lemma
            # a role noun among the marks, to the office it names: "советник руководителя СБУ" is
            # the "советник главы СБУ", whichever noun the text gives the head of the body
            synonyms: dict[tuple[str, bool], tuple[str, bool]] = {}
            for t in (*range(a, h), *range(h + 1, hi)):
                word = an.tok_texts[t].translate(NO_QUOTES)
                if not word or not an.letters[t]:
                    continue
                analysed = an.words[t] or an.word(t)  # read once: each test below asks it
                if "PREP" in analysed.best or "CONJ" in analysed.best:
                    continue
                if t in fields:  # "МИД" stays a name of a body: "иностранных дел" capitalized
                    marks += [(w, an.caps[t] and an.sentence(t).first != t) for w in fields[t]]
                    continue
                if ministry and t == h + 1 and not fields:
                    continue
                if analysed.lemma in plain or fold(word) in plain:
                    continue
                if "Apro" in analysed.best or t < h and analysed.has("NPRO", "gent") or word[:1].isdigit():
                    continue  # "сам премьер", "ее глава", "30-летний премьер": no word of whose role it is
                proper = an.caps[t] and an.sentence(t).first != t
                if not proper and analysed.lemma in organization_nouns():
                    continue
                if complement is None and t > h and not is_modifier(an, t):
                    complement, complement_lemma = len(marks), analysed.lemma
                named = _offices().get(analysed.lemma)
                if named and not proper:
                    synonyms[fold(word), proper] = (named.rstrip("*"), proper)
                marks.append((fold(word), proper))
            # "главсанврач" is the "главный санитарный врач": the words its clipped stems stand for
            # mark it as if written out
            lemma, stem_marks = _spelled_compound(an.word(h).lemma)
            if stem_marks:
                marks = [*stem_marks, *marks]
                complement = None if complement is None else complement + len(stem_marks)
            office, rest, exclusive = _office(lemma, tuple(marks), ministry, complement or 0)
            deputy = _deputy_office(an.morph, an.word(h).lemma, complement_lemma)
            if deputy is not None:
                # the role deputized marks it by its office, however written: "директора" of "заместитель
                # генерального директора" and "гендиректора" of "замгендиректора" are one mark
                office, deputized = deputy
                exclusive = False
                if lemma in deputy_roles() and complement is not None:
                    rest = (*marks[:complement], (deputized, False), *marks[complement + 1 :])
                else:
                    rest = ((deputized, False), *rest)
            rest = tuple(synonyms.get(mark, mark) for mark in rest)
            # "президент страны" is of the country the text speaks of: "страны" says no more which
            # than "президент" alone does, and sets it against no "российский президент"
            rest = tuple(mark for mark in rest if mark != (_COUNTRY, False))
            out.append(_Role(h, office, rest, exclusive))
        return out


    def _modifies_noun(self, t: int, end: int, case: str) -> bool:
        """Does the word at ``t`` stand as an adjective in ``case`` before a lowercase noun in that
        case, before ``end``?"""
        an = self.an
        n = t + 1
        return (
            n < end
            and an.letters[n]
            and not an.caps[n]
            and an.word(t).has("ADJF", case)
            and an.word(n).has("NOUN", case)
            and "PREP" not in an.word(n).best  # "по" is a noun too: "уполномоченного по правам"
        )

    def _names_body(self, a: Marks, b: Marks) -> bool:
        """Do the marks of role ``a`` name the body role ``b`` names: a name both have ("МВД" of
        "представитель МВД" and "начальник милиции МВД России"), or the long name the text gives
        for the other's short name, and none that sets them apart; for marks with no name, every
        word of ``a`` in ``b``, a noun among them ("республики")?"""
        found = self._bodies_named.get((a, b))
        if found is None:  # a long text's look-back compares the same roles again and again
            found = self._bodies_named[a, b] = self._read_names_body(a, b)
        return found

    def _read_names_body(self, a: Marks, b: Marks) -> bool:
        # a short name spelled out sets the role against no word the long one lacks: "представитель
        # СК" is of the "Следственного комитета России" (the conflict holds only if it holds spelled too)
        spelled_apart = _marks_conflict(self._spelled_short(a), self._spelled_short(b))
        a, b = _seats_spelled(self._with_long_names(a)), _seats_spelled(self._with_long_names(b))
        a, b = _spelled_clipped(a, b), _spelled_clipped(b, a)

        def shared(w: str) -> bool:
            return any(_same_mark(w, v) for v, _ in b)

        if not any(p for _, p in a):
            # "представитель республики" of "первый вице-премьер республики": common words alone
            # name no particular body unless the person's role holds them all
            return all(shared(w) for w, _ in a) and any("NOUN" in self.an.morph.word(w).best for w, _ in a)
        return any(p and shared(w) for w, p in a) and not (spelled_apart and _marks_conflict(a, b))

    def _with_long_names(self, marks: Marks) -> Marks:
        """``marks`` and the words of the long names the text gives for those that are short names:
        "представитель РВСН" names the body "Ракетных войск стратегического назначения (РВСН)" did."""
        found = self._with_long.get(marks)
        if found is None:  # the roles a long text's look-back compares are compared again and again
            extra: list[tuple[str, bool]] = []
            for word, proper in marks:
                if proper:
                    extra += [mark for mark in self._long_marks_of(word) if mark not in marks and mark not in extra]
            found = self._with_long[marks] = marks + tuple(extra)
        return found

    def _marks_conflict_spelled(self, a: Marks, b: Marks) -> bool:
        """Do two roles name different bodies, as written and with their short names spelled out?"""
        return _marks_conflict(a, b) and _marks_conflict(self._spelled_short(a), self._spelled_short(b))

    def _spelled_short(self, marks: Marks) -> Marks:
        """``marks`` with each short name the text spells out written as the marks of its long name:
        "генсек СЕ" is marked as "генеральный секретарь Совета Европы" is, "директор ФСБ" as "директор
        Федеральной службы безопасности"."""
        found = self._short_spelled.get(marks)
        if found is None:  # the roles a long text's look-back compares are compared again and again
            out: list[tuple[str, bool]] = []
            for word, proper in marks:
                long_marks = self._long_marks_of(word) if proper else ()
                out += [mark for mark in long_marks if mark not in out] if long_marks else [(word, proper)]
            found = self._short_spelled[marks] = tuple(out)
        return found

    def _long_marks_of(self, word: str) -> Marks:
        """The marks of the long name short name ``word`` (a mark, in any case) stands for; none if
        it stands for none."""
        found = self._long_marks.get(word)
        if found is None:
            long_name = self.short_names.get(word) or next(
                (name for short, name in self.short_names.items() if _same_mark(word, short)), None
            )
            found = self._long_marks[word] = self._name_marks(long_name) if long_name else ()
        return found


    def give_roles(self, first: int, end: int, case: str, entity: _Entity, referred: bool = False) -> None:
        """Record that ``entity`` holds the roles in tokens ``first..end-1`` that stand in ``case``:
        a role in apposition agrees with the name ("адвокат Олега Смирнова" is not his role);
        ``referred``: of a role that referred back to ``entity``, not one given beside its name."""
        roles = self.roles_in(first, end, case, entity.kind == "person")
        for held in roles:
            held.referred = referred
            self._hold(held, entity)
        if roles and entity.kind == "person":
            self._membership(roles, end, entity)

    def _membership(self, roles: list[_Role], end: int, entity: _Entity) -> None:
        """A person given a role of a body of members (data/member_bodies.tsv: "вице-спикер
        Госдумы", "глава комитета Госсовета") holds the member's role of that body too ("депутат
        Госдумы"), unless one of ``roles`` (ending before token ``end``) is it. Only a word that
        says whose role it is names the body: a minister who spoke "в Госдуме" is no member."""
        an = self.an
        for t in range(roles[0].token + 1, end):
            member = _member_bodies().get(an.word(t).lemma) if an.letters[t] else None
            if member is None:
                continue
            word = fold(an.tok_texts[t])
            role = max((r for r in roles if r.token < t), key=_TOKEN)
            if all(w != word for w, _ in role.marks):
                continue
            office, marks, exclusive = _office(member, ((word, an.caps[t] and an.sentence(t).first != t),))
            if all(r.office != office for r in roles):
                self._hold(_Role(role.token, office, marks, exclusive, member=True), entity)
            return

    def _hold(self, held: _Role, entity: _Entity) -> None:
        """Record that ``entity`` holds role ``held``, one just made."""
        held.entity = entity  # a role just made: given its holder, not copied
        bisect.insort(self.roles, held, key=_TOKEN)
        bisect.insort(self._roles_by_office.setdefault(held.office, []), held, key=_TOKEN)
        self._roles_held.setdefault(id(entity), []).append(held)
        countries = _countries_marked(held.marks)
        if countries:
            self._countries_held.setdefault((id(entity), held.office), set()).add(countries)

    def _roles_around_name(self, i: int, j: int, case: str, entity: _Entity) -> None:
        """The roles in apposition to the name at ``i..j-1``: "министр финансов Олег Смирнов",
        "Олег Смирнов, министр финансов,"."""
        an = self.an
        sent_first, sent_last = an.sentence_bounds(i)
        # most names open a sentence or follow a mark, with no role before them to read
        prev = i - 1
        bare = prev < sent_first or an.marks[prev] and an.quote_of[prev] < 0 and not quoted_name_at(an, prev)
        if not bare and self._as_named(range(i, j)):  # "защитник Хорошавина" is not Хорошавин's role
            opening = role_before(an, i, sent_first, case)
            self.give_roles(opening, i, case, entity)
            self._roles_before_a_comma(opening, i, sent_first, case, entity)
            if case == "nomn":
                self._roles_by_copula(opening - 1, sent_first - 1, -1, entity)  # "Лауреатом премии стал X"
        if case == "nomn" and j < sent_last:
            self._roles_by_copula(j, sent_last, 1, entity)  # "X стал лауреатом премии"
            self._headship(j, sent_last, entity)  # "X возглавляет комитет"
            if an.low[j] == "," and j + 1 < sent_last:
                self._roles_by_copula(j + 1, sent_last, 1, entity)  # "X, выступающий свидетелем по делу,"
                self._headship(j + 1, sent_last, entity)  # "X, возглавляющий комитет,"
        in_list = i > 0 and an.low[i - 1] == ","  # "Мария Сергеева, Олег Смирнов, главный редактор": a list
        if j + 1 < sent_last and an.low[j] == "," and not in_list:
            self._roles_in_apposition(i, j + 1, case, entity)

    def _roles_before_a_comma(self, opening: int, i: int, sent_first: int, case: str, entity: _Entity) -> None:
        """The roles set off by commas before the role that opens at ``opening`` right before the name
        at ``i``: "заместитель губернатора в правительстве области, руководитель департамента Иван Петров"
        holds both; not an office held by one person set against another ("министр финансов, глава
        МИД Иван Петров" is a list of two). A dash sets off the same apposition: "заместитель
        директора — агроном Иван Петров" is he; and "и" joins two roles of one person, each in the
        singular, in a sentence with no plural verb to make them two: "заинтересовался руководитель
        ведомства и главный санитарный врач Иван Петров", not "сообщили представитель МВД и адвокат
        Иван Петров"."""
        an = self.an

        def set_off(t: int) -> bool:
            return an.low[t] == "," or an.is_dash(t) or an.low[t] == "и"

        if opening == i or opening - 1 <= sent_first or not set_off(opening - 1):
            return  # most roles before a name open its clause
        exclusive = any(r.exclusive for r in self.roles_in(opening, i, case, True))
        while opening - 1 > sent_first and set_off(opening - 1):
            earlier = self._role_opening_before(opening - 1, sent_first, case)
            if earlier is None:
                return
            roles = self.roles_in(earlier, opening - 1, case, True)
            if not roles or exclusive and any(r.exclusive for r in roles):
                return
            if an.low[opening - 1] == "и" and (
                not all(an.word(r.token).has("NOUN", "sing", case) for r in roles)
                or any(
                    an.letters[t] and an.quote_of[t] < 0 and {"VERB", "plur"} <= an.word(t).best
                    for t in range(sent_first, an.sentence_bounds(i)[1])
                )
            ):
                return
            self.give_roles(earlier, opening - 1, case, entity)
            opening = earlier

    def _role_opening_before(self, end: int, sent_first: int, case: str) -> Optional[int]:
        """Where a role phrase in ``case`` ending at token ``end`` (exclusive) opens: its head noun
        and the modifiers before it, its complement and a prepositional phrase after it ("заместитель
        мэра в правительстве Москвы"), no verb, conjunction, mark or name in it; None if there is none."""
        an = self.an
        head = None
        for t in range(end - 1, max(sent_first, end - _APPOSITION_REACH) - 1, -1):
            if not an.letters[t] or is_name(an, t) or "VERB" in an.word(t).best or "CONJ" in an.word(t).best:
                break
            if token_kind(an, t) in ("role", "generic") and an.word(t).has("NOUN", case):
                head = t
            elif not (an.word(t).has("NOUN") or is_modifier(an, t) or an.is_prep(t)):
                break
        if head is None:
            return None
        while head - 1 >= sent_first and is_modifier(an, head - 1):
            head -= 1
        return head

    def _roles_in_apposition(self, i: int, k: int, case: str, entity: _Entity) -> None:
        """The roles set off by a comma after the name at token ``i``, from token ``k`` on, joined by
        "и" ("Олег Смирнов, главный организатор и председатель жюри,"): each is the person's."""
        an = self.an
        sent_first, sent_last = an.sentence_bounds(i)
        # a name inside a phrase ("в провинции Санта Крус, аргентинский лидер заявил") is no
        # subject: a verb right after the role makes the role the subject of a clause of its own; a
        # name opening its clause, with its role or not, keeps it ("Генерал Марк Тейлор, начальник
        # штаба заявил")
        opening = role_before(an, i, sent_first, case)
        inside = opening > sent_first and not an.marks[opening - 1]
        while k < sent_last:
            first = k
            while k < sent_last and is_modifier(an, k):  # "Олег Смирнов, известный эколог,"
                k += 1
            kind = token_kind(an, k) if k < sent_last else None
            if kind == "group" and an.word(k).has("NOUN", "sing", case):
                kind = "generic"  # a noun of the group list in the singular names one person: "организатор"
            if kind not in ("role", "generic"):
                return
            after = phrase(an, k, kind, case, first, sent_last)
            verb = inside and after.last < sent_last and "VERB" in an.word(after.last).best
            # a name in the role's complement says whose it is: "Петров, советник министра Сидорова,"
            whose = after.kind == "person" and case == "nomn" and self._name_is_whose(after, k, kind)
            if after.kind != kind and not whose or verb:
                return
            self.give_roles(after.first, after.last, case, entity)
            k = after.last + 1
            if k > sent_last or an.low[after.last] != "и":
                return


    def _roles_by_copula(self, verb: int, bound: int, step: int, entity: _Entity) -> None:
        """The roles a copula at token ``verb`` gives its subject ``entity``: the instrumental
        nouns on its far side (``step`` -1: before it, 1: after it; up to ``bound``, exclusive), as in
        "Лауреатом премии стал X" and "X является директором завода"."""
        an = self.an
        if not (0 <= verb < len(an.toks)) or not an.letters[verb]:
            return
        # a finite copula, or its participle set off after the subject ("X, являющийся директором,")
        if "VERB" not in (an.words[verb] or an.word(verb)).best and not (an.words[verb] or an.word(verb)).has("PRTF", "nomn"):
            return
        if an.word(verb).lemma not in lexicon.word_set("copulas.txt"):
            return
        k = verb + step
        while k != bound and (an.letters[k] or (qi := an.inside_quote(k)) is not None and quoted_name_at(an, an.quote_tokens(qi)[0])):
            k += step  # over words and quoted names: "Лауреатом премии «Северная Пальмира» стал X"
        first, end = (k + 1, verb) if step < 0 else (verb + 1, k)
        # the predicate noun stands before any preposition: "претендентом [на бой с чемпионом] стал X"
        end = next((t for t in range(first, end) if an.is_prep(t)), end)
        self.give_roles(first, end, "ablt", entity)

    def _headship(self, verb: int, bound: int, entity: _Entity) -> None:
        """The office of head ("глава") that a verb of heading at token ``verb`` gives its subject
        ``entity``, of what its object names up to a mark or a preposition before ``bound``: "X,
        возглавляющий избирательный штаб партии," is the "глава избирательного штаба"."""
        an = self.an
        if not an.letters[verb] or an.word(verb).lemma not in lexicon.word_set("heading_verbs.txt"):
            return
        if "VERB" not in an.word(verb).best and not an.word(verb).has("PRTF", "nomn"):
            return
        marks: list[tuple[str, bool]] = []
        k = verb + 1
        while k < bound and an.letters[k] and not an.is_prep(k) and "CONJ" not in an.word(k).best:
            proper = an.caps[k]
            if proper or an.word(k).lemma not in organization_nouns():
                marks.append((fold(an.toks[k].text), proper))
            k += 1
        if marks:
            self._hold(_Role(verb, _offices().get("глава", "глава").rstrip("*"), tuple(marks), False), entity)

    def role_holder(self, m: Mention, gender: Optional[str] = None, narrative: bool = False) -> _Entity:
        """The entity a role without a name refers to.

        The holder of the same role in the text (the latest before it, else the
        first after it), where the words saying whose role it is agree ("глава
        ЦБ" is not "глава Минфина"), unless it was given long before and a named
        person who may hold it speaks now; else the most salient person not known to
        hold another such role (a speaker, if the role names its body: "глава
        Минобороны"); else, and for a role "один" brings in or one a pronoun
        owns ("его советник"), a new entity named by the role phrase. A role standing as a
        subject of the ``narrative``, no source, may be a named subject of its sentence or the one
        before though not yet quoted, and gives no one the role: a source of it looks for its holder.
        A holder agrees with the gender of the verb, if it shows one.
        """
        mine = self._role_of(m)
        counted = self._counted(m)
        entity = None if counted else (
            self._holder(m, mine, gender)
            or self._of_the_country(m, mine, gender)
            or self._head_of_the_body(m, mine, gender)
            or self._head_by_another_title(m, mine, gender)
        )
        if {r.member for r in self._roles_held.get(id(entity), ()) if r.office == mine.office} == {True}:
            # one held a member of a body ("глава комитета Думы" a "депутат") is no more than any named
            # person who may hold the role and spoke as the subject of this sentence or the one before
            entity = self._named_speaker_before(m, mine, gender) or entity
        if entity is not None and self._given_long_before(entity, mine, m):
            # a role the text gave a person long before is the named person who speaks now, if one may
            # be it ("Олег Смирнов пишет … — добавил журналист"), as a bare description is; for an
            # office, only one the text gives no other role (the "вице-премьер" is no "капитан")
            speaking = self._described(m, mine, gender)
            if speaking is not None and (_is_trade(mine) or all(r.office == mine.office or r.member for r in self._roles_held.get(id(speaking), ()))):
                entity = speaking
        elif entity is not None and not self._held_as_named(entity, mine, m):
            # "Иван Петров подтвердил … — добавил президент США": the holder of the office the text
            # gave without the body or country this role names is not who just spoke
            speaking = self._named_speaker_before(m, mine, gender)
            if speaking is not None and all(r.office == mine.office or r.member for r in self._roles_held.get(id(speaking), ())):
                entity = speaking
        interlocutor = self.an.word(m.head).lemma in lexicon.word_set("interlocutors.txt")
        if entity is None and not counted and interlocutor:
            if self.an.word(m.head).has("NOUN", "femn"):
                gender = "femn"  # "собеседница агентства" is a woman, whatever the verb shows

            def spoke(e: _Entity) -> bool:
                return e.kind == "person" and e.spoke and (gender is None or e.gender in (None, gender))

            # "собеседник агентства": the unnamed source the outlet just quoted, not a named speaker
            entity = self.recent(m.first, lambda e: spoke(e) and not e.by_name, within=_TOPIC_SENTENCES)
            # one the text places ("собеседник агентства в аппарате комиссии") is unnamed, no one named
            placed = any(self.an.is_prep(t) for t in range(m.head + 1, m.last))
            if not placed:
                # else the one who just spoke to it as the subject of this sentence or the one before;
                # a person named further back is no interlocutor the outlet had
                entity = entity or self.recent(m.first, spoke, within=1, prominent=True)
                # further on, the one who spoke last, if the text says it was to an outlet ("сказал
                # «Интерфаксу»"): a person named sentences back who spoke to no one is no interlocutor
                entity = entity or (self._told_an_outlet(m.first, spoke) if m.last > m.head + 1 else None)
                entity = entity or self._source_of_the_outlet(m, spoke)
                entity = entity or self._the_only_voice(m.first, spoke)
                if entity is None:
                    # "Директор Иван Петров опроверг агентству эти сведения. «…», — сказал собеседник
                    # агентства": the named subject of a verb of saying just before, though not yet quoted
                    entity = self._named_subject_saying(
                        m, lambda e: e.kind == "person" and e.by_name and (gender is None or e.gender in (None, gender))
                    )
        # "его советник": a role of someone the pronoun names, no one in view
        possessed = any(self.an.word(t).has("NPRO", "gent") for t in range(m.first, m.head) if self.an.letters[t])
        if entity is None and not counted and not interlocutor and not possessed and not self._of_a_person(m):
            # a role of a body the text names ("глава Минобороны", "президент Ирана") is not any
            # person in view: only one who spoke may be it
            named_body = any(proper for _, proper in mine.marks) or self._names_ministry(m.head + 1, m.last)
            spoken_of = self._spoken_of(m.first)

            # a subject of the narrative, no source, may be one not yet quoted: "Иван Петров объявил
            # об отставке. Свое решение губернатор области объяснил"
            unheard = not named_body or narrative

            def may_be(e: _Entity) -> bool:
                return (
                    e.kind == "person"
                    and (e.spoke or unheard)
                    and (gender is None or e.gender in (None, gender))
                    and self._may_hold(e, mine)
                    and (e.by_name or self._known_as(e, mine))
                    and not _owner_named_by(mine, e)
                )

            def may_be_other(e: _Entity) -> bool:  # not one the words it reports name, if another may be it
                return may_be(e) and not spoken_of(e)

            if mine.marks and not named_body or narrative:
                # a role its own words describe ("британский чиновник", "режиссер картины"), and one
                # the narrative goes on with, is the subject of its sentence or the one before;
                # further back, it brings in someone new
                entity = self.recent(m.first, may_be_other, within=1, prominent=True) or self.recent(m.first, may_be, within=1, prominent=True)
            elif not (named_body and _is_trade(mine) and mine.office not in lexicon.word_set("sole_trades.txt")):
                # a trade at a body the text names ("корреспондент телекомпании «Восток»", "врач
                # больницы №1") is one of many who practise it there: someone new unless the text
                # gave it to a person; an officer of a court case ("прокурор", "следователь") is
                # the subject in view or one who spoke, not anyone named further back: the people a
                # report of a case names are mostly its parties
                court = mine.office in _court_sides()
                entity = self.salient(m.first, may_be_other, court) or self.salient(m.first, may_be, court)
        if entity is None and not counted and not interlocutor and not possessed and gender == "femn" and not self.an.word(m.head).has("NOUN", "femn"):
            # "Лидер партии заявила": a man's noun with a woman's verb is the named woman who spoke as
            # the subject of this sentence or one of the two before, though the text gave her that
            # office of another body ("лидер оппозиции"); not one office held by one person of
            # another body ("министр обороны Италии" is no "министр финансов")
            def woman(e: _Entity) -> bool:
                return (
                    e.kind == "person"
                    and e.by_name
                    and e.spoke
                    and self._woman(e)
                    and not _owner_named_by(mine, e)
                    and (self._may_hold(e, mine) or not mine.exclusive and not any(r.exclusive for r in self._roles_held.get(id(e), ())))
                )

            entity = self.recent(
                m.first,
                woman,
                within=_TOPIC_SENTENCES,
                prominent=True,
            )
        if entity is None and not counted and not interlocutor and not possessed:
            voice = self._voice_of_the_lead(m, mine, gender)
            if voice is not None:
                return voice
        if entity is None:
            name = self.phrase_name(m)
            entity = self.description_entity(m, "role:" + fold(name), "person", name)
        if narrative:
            # "Новый министр выступил в Думе. … — сказал министр Петров": who holds the role, the
            # text may say later; the pronouns between pick up the one it describes
            return entity
        self.give_roles(m.first, m.last, m.case, entity, referred=True)
        return entity

    def _held_as_named(self, entity: _Entity, mine: _Role, m: Mention) -> bool:
        """Did the text, before mention ``m``, give ``entity`` the office of ``mine`` with a name
        ``mine`` has ("США"), if ``mine`` has any?"""
        named = tuple((w, proper) for w, proper in mine.marks if proper)
        return not named or any(
            r.token < m.first and r.office == mine.office and _marks_shared(named, r.marks)
            for r in self._roles_held.get(id(entity), ())
        )

    def _named_speaker_before(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """For a role whose words name a body or country ("президент США"), which no bare description
        is: the named person who spoke as the subject of this sentence or the one before ("Иван
        Петров подтвердил … — добавил президент США"), if that one may hold it."""

        def fits(e: _Entity) -> bool:
            return (
                e.kind == "person"
                and e.by_name
                and e.spoke
                and (gender is None or e.gender in (None, gender))
                and self._may_hold(e, mine)
                and not _owner_named_by(mine, e)
            )

        return self.recent(m.first, fits, within=1, prominent=True)

    def _source_of_the_outlet(self, m: Mention, accept: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """"Источник «Интерфакса» утверждает … — рассказал собеседник агентства": an interlocutor of
        an outlet of the kind its complement names (``m``) is the unnamed source the text gave such
        an outlet by name, however far back, if it gave one only."""
        an = self.an
        noun = m.head + 1
        if noun >= m.last or not an.letters[noun] or an.word(noun).lemma not in lexicon.word_set("media.txt"):
            return None
        kinds = _media_kinds().get(an.word(noun).lemma, frozenset())
        unnamed = _unnamed_source_heads()

        def of_an_outlet(e: _Entity) -> bool:
            body = e.body
            return (
                bool(e.head)
                and e.head.split()[0] in unnamed
                and isinstance(body, _Entity)
                and body.outlet
                and all(kinds & _media_kinds()[n] for n in body.media_nouns)
                and accept(e)
            )

        end = bisect.bisect_left(self.seen, m.first, key=_TOKEN)
        found = {id(s.entity): s.entity for s in self.seen[max(0, end - _LOOKBACK) : end] if of_an_outlet(s.entity)}
        return _the_only(found)

    def _the_only_voice(self, before: int, accept: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """"Представитель штаба сообщил … (paragraphs on) … — сказал собеседник агентства": the one
        person the text knows only as someone of a body or as a source (data/body_people.txt,
        anonymous_sources.txt) who spoke before token ``before``, however far back, if ``accept``
        takes it and no other such person spoke: an outlet's interlocutor is one it quoted."""
        voices = lexicon.word_set("body_people.txt") | _unnamed_source_heads()
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        found = {
            id(s.entity): s.entity
            for s in self.seen[max(0, end - _LOOKBACK) : end]
            if s.entity.spoke and not s.entity.by_name and s.entity.head and s.entity.head.split()[0] in voices
        }
        only = _the_only(found)
        return only if only is not None and accept(only) else None

    def _told_an_outlet(self, before: int, accept: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """The entity that spoke last before token ``before``, if ``accept`` takes it and a sentence
        where the text sees it speak since the one before it spoke holds an outlet in the dative
        ("сказал «Интерфаксу»", "сообщила агентству"). What an outlet reports in between ("по данным
        агентства") is what it learned from that one: no other speaker."""
        an = self.an
        end = bisect.bisect_left(self.seen, before, key=_TOKEN)
        speaker = None
        for s in reversed(self.seen[max(0, end - _LOOKBACK) : end]):
            if not (s.prominent and s.entity.spoke) or s.entity.outlet:
                continue
            if speaker is not None and s.entity is not speaker:
                return None
            speaker = s.entity
            if not accept(speaker):
                return None
            first, last = an.sentence_bounds(s.token)
            # an abbreviation ("ТАСС") is written alike in every case
            if any(
                an.letters[t]
                and an.word(t).lemma in outlet_words()
                and (an.word(t).has("datv") or an.tok_texts[t].isupper())
                for t in range(first, last)
            ):
                return speaker
        return None

    def _voice_of_the_lead(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """The person whose words the headline gives ("Иван Петров: «…»"), for a role or description
        of one person in the first paragraph after it, with no one else named in the narrative
        between them ("«…», — пишет депутат областного собрания"): a lead describes whom the
        headline names, as a column or a statement its author. Joined by where it stands, not by
        apposition, the person is not given the role: the same noun further on may be someone else.
        A role of the body a person's genitive names is no role of that person ("депутат Собрания
        депутатов"); one the genitive is right on is someone else's ("адвокат осужденного")."""
        an = self.an
        if an.toks[m.head].para != 1 or self._of_a_person(m, on_the_head=True):
            return None
        end = bisect.bisect_left(self.seen, m.first, key=_TOKEN)
        # a person named inside what the lead quotes is no one the narrative brings in
        named = next(
            (s for s in reversed(self.seen[max(0, end - _LOOKBACK) : end]) if s.statement is None and s.entity.kind == "person" and s.entity.by_name),
            None,
        )
        if named is None or an.toks[named.token].para != 0:
            return None
        voice = named.entity
        if not voice.spoke or _plural(voice) or gender is not None and voice.gender not in (None, gender):
            return None
        return voice if self._may_hold(voice, mine) and not _owner_named_by(mine, voice) else None

    def _of_the_country(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """"Аргентинский лидер" after "президент Аргентины Хорхе Ортега": a role marked only by
        adjectives before it, whose office of a country the table gives ("лидер страны" is
        "президент"), is the holder of that office the text names with the country the adjective
        is of (its name in the genitive: "Ирана" of "иранский")."""
        office = _offices().get(f"{self.an.word(m.head).lemma} {_COUNTRY}")
        if office is None or not mine.marks or m.last != m.head + 1:
            return None
        of_country = _Role(mine.token, office.rstrip("*"), mine.marks, office.endswith("*"))
        holder = self._holder(m, of_country, gender)
        if holder is None:
            return None
        named = any(
            r.office == of_country.office and any(proper and _marks_shared(((w, proper),), mine.marks) for w, proper in r.marks)
            for r in self._roles_held.get(id(holder), ())
        )
        return holder if named else None

    def _head_of_the_body(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """"Глава комитета по бюджету" after "Председатель комитета по бюджету Иван Петров": a role
        with no holder of its own office whose complement (two words or more) names the same body in
        the same words as a role of a named person before it, if only one named person holds such."""
        if len(mine.marks) < 2 or m.last == m.head + 1:
            return None
        at = bisect.bisect_left(self.roles, m.first, key=lambda r: r.token)
        same = {
            id(r.entity): r.entity
            for r in self.roles[max(0, at - _LOOKBACK) : at]  # a bounded look-back, as in _holder
            if r.entity is not None
            and r.entity.by_name
            and (gender is None or r.entity.gender in (None, gender))
            and len(r.marks) == len(mine.marks)
            and _marks_shared(mine.marks, r.marks) == len(mine.marks)
        }
        return _the_only(same)

    def _head_by_another_title(self, m: Mention, mine: _Role, gender: Optional[str]) -> Optional[_Entity]:
        """"Председатель Мособлсуда" after "главы Мособлсуда Ольги Смирновой": the head of a body the
        text names by name is the named person it gave another title of that body's head before, if
        it gave one such only. (A title alone, with no named body, is no body's: "председатель" and
        "глава" of a text may head different ones.)"""
        if mine.office not in _HEAD_TITLES or not any(proper for _, proper in mine.marks):
            return None
        at = bisect.bisect_left(self.roles, m.first, key=_TOKEN)
        same = {
            id(r.entity): r.entity
            for r in self.roles[max(0, at - _LOOKBACK) : at]
            if r.office in _HEAD_TITLES
            and r.office != mine.office
            and r.entity is not None
            and r.entity.by_name
            and (gender is None or r.entity.gender in (None, gender))
            and self._names_body(mine.marks, r.marks)
        }
        return _the_only(same)

    def _known_as(self, entity: _Entity, role: _Role) -> bool:
        """Do the roles ``entity`` holds all name the office of ``role``? One known only by a role is
        that role: "тренер" is no "вратарь". One known by a description that holds none ("источник в
        министерстве", "представитель посольства") may be a "дипломат", not the one who holds an
        office such as "президент компании"."""
        held = self._roles_held.get(id(entity), ())
        return all(r.office == role.office or r.member for r in held) and (bool(held) or not role.exclusive)

    def _as_named(self, tokens: Sequence[int]) -> bool:
        """Is a lone surname written as the person the text already named is called?
        ("Хорошавина" after "Александр Хорошавин" is his genitive, not a woman's name.)"""
        if len(tokens) != 1:
            return True
        word = fold(self.an.tok_texts[tokens[0]])
        known = self._person_with_word(word)
        return known is None or word in fold(known.name).split()


    def _role_of(self, m: Mention) -> _Role:
        found = next((r for r in self.roles_in(m.first, m.last, m.case) if r.token == m.head), None)
        if found is not None:
            return found
        lemma = self.an.word(m.head).lemma
        deputy = _deputy_office(self.an.morph, lemma, "")
        return _Role(m.head, deputy[0], ((deputy[1], False),), False) if deputy is not None else _Role(m.head, *_office(lemma, ()))

    def _holder(self, m: Mention, mine: _Role, gender: Optional[str] = None) -> Optional[_Entity]:
        """Who the text gives role ``mine`` of mention ``m``: the latest holder before it whose
        complement agrees best, else the first after it, unless it is out of view and a named
        person who may hold it spoke as the subject of this sentence or the one before."""
        countries = _countries_marked(mine.marks)

        def fits(r: _Role) -> bool:
            # nor one whose holder the text gave the office of another country ("министр Италии …
            # Министр добавила" is no "испанский министр")
            return (
                not self._marks_conflict_spelled(mine.marks, r.marks)
                and (gender is None or r.entity is None or r.entity.gender in (None, gender))
                and not (
                    countries
                    and r.entity is not None
                    and any(held.isdisjoint(countries) for held in self._countries_held.get((id(r.entity), mine.office), ()))
                )
            )

        # a bounded look-back, as for pronouns: text that names the same office on every line
        # would otherwise compare each role with all the roles before it
        at = bisect.bisect_left(self.roles, m.first, key=_TOKEN)
        window = self._roles_of_office(mine.office, max(0, at - _LOOKBACK), at)
        before = list(itertools.islice((r for r in reversed(window) if fits(r)), _ROLE_HOLDERS))[::-1]
        if before:
            return self._in_view(before, mine, m).entity
        # a member of a body ("глава комитета Думы") the text names later is no "депутат" spoken of before
        later = next((r.entity for r in self._roles_of_office(mine.office, at, at + _LOOKBACK) if fits(r) and not r.member), None)
        if later is None or self.recent(m.first, lambda e: e is later, within=1) is not None:
            return later
        # one given it later, not yet in view, is no one the text goes on with: the named person
        # who spoke just before, if that one may hold it ("Как сообщил начальник отдела Иван Петров,
        # … «…», — сказал следователь. … следователь Олег Сидоров")
        return self._named_speaker_before(m, mine, gender) or later

    def _roles_of_office(self, office: str, lo: int, hi: int) -> list[_Role]:
        """The roles of ``office`` among ``self.roles[lo:hi]``, in text order: read off the office's
        own list, as most roles in a long text's window are of other offices."""
        listed = self._roles_by_office.get(office, [])
        return listed[self._office_rank(listed, office, lo) : self._office_rank(listed, office, hi)]

    def _office_rank(self, listed: list[_Role], office: str, k: int) -> int:
        """How many of the roles of ``office`` (``listed``) stand before ``self.roles[k]``: both lists
        are kept by insort on the token, so ``listed`` is ``self.roles`` less the other offices."""
        if k >= len(self.roles):
            return len(listed)
        token = self.roles[k].token
        first = bisect.bisect_left(self.roles, token, key=_TOKEN)  # roles at that token before k
        return bisect.bisect_left(listed, token, key=_TOKEN) + sum(r.office == office for r in self.roles[first:k])

    def _collect_subjects(self) -> None:
        """A role or group opening a sentence as its subject ("И министр отреагировал.", "В среду
        депутаты заявили", past a clause opening it: "Чтобы помочь ему, врачи решили"), or a group standing as the subject after the verb ("Тревогу забили
        зоозащитники"), or a person's description after a singular verb ("Мужчину опознал блогер"):
        its entity is seen there, for a pronoun in the next sentence to pick up;
        a description of a person ("Водитель иномарки был задержан") is kept in ``described_subjects``
        with the gender its verb gives."""
        an = self.an
        skip = frozenset({"CONJ", "ADVB", "PRCL"})

        def standing_alone(t: int, last: int) -> bool:
            # with a verb right after it, an adjective of the group list has no noun to modify: it
            # stands for one, as the subject ("Командующие обсуждали")
            return t + 1 < last and token_kind(an, t) == "group" and an.word(t).has("nomn") and "VERB" in an.word(t + 1).best

        def past_light_words(t: int, last: int) -> int:
            # a word read as a noun first is the subject, though it may modify too ("Рабочие собрались"),
            # unless it is a source: its link's entity is seen when the link is resolved
            while t < last and (
                an.marks[t]
                or not skip.isdisjoint((an.words[t] or an.word(t)).best)
                or is_modifier(an, t) and (t in self._source_heads or "NOUN" not in an.word(t).best and not standing_alone(t, last))
            ):
                t += 1
            return t

        # a subject after its verb is read word by word up to the verb: only in sentences whose group
        # a plural pronoun in reach may pick up
        # (a source after what it says counts back from where that opens: "«Q1. Q2», — сказал он")
        plural = _plural_pronouns()
        before_plural = {
            an.sent_of[self._opens.get(t, t)] - k for t in self.pronouns if an.low[t] in plural for k in range(_TOPIC_SENTENCES + 1)
        }
        # and a person's description after a singular verb, in the sentence right before a pronoun
        # that may pick it up: "Мужчину опознал блогер Иванов. По его данным"
        before_singular = {an.sent_of[self._opens.get(t, t)] - 1 for t in self._tokens_written(_SINGULAR_PRONOUNS)}
        for index, sent in enumerate(an.sents):
            t = past_light_words(sent.first, sent.last)
            if an.low[sent.first] in SUBORDINATORS:  # past a clause opening it: "Чтобы помочь ему, врачи"
                comma = next((k for k in range(sent.first + 1, sent.last) if an.low[k] == ","), sent.last)
                t = past_light_words(comma, sent.last)
            if t < sent.last and an.is_prep(t):  # past an opening prepositional phrase: "В среду", "Между тем"
                end = min(sent.last, t + _OPENING_PHRASE)
                t += 1
                while t < end and an.letters[t] and "nomn" not in (an.words[t] or an.word(t)).any_grammemes:  # no nominative in it
                    t += 1
                # nor its head noun, however it may read: "С одной стороны жители", "Из-за ошибки врачи"
                if t < end and an.letters[t] and self._agrees_in_oblique_case(t - 1, t):
                    t += 1
                t = past_light_words(t, sent.last)
            kind = token_kind(an, t) if t < sent.last and an.quote_of[t] < 0 else None
            if kind == "organization" and index in before_plural and an.word(t).has("NOUN", "nomn", "plur"):
                kind = "group"  # bodies of one kind, many: "они" of "Местные партии готовятся к протестам"
            verb_before: Optional[int] = None
            if kind not in ("role", "group", "generic") or not (an.word(t).has("NOUN", "nomn") or standing_alone(t, sent.last)):
                after = self._group_after_verb(sent.first, sent.last) if index in before_plural else None
                if after is not None:
                    t, kind = after, "group"
                else:
                    # the sentence's first singular past verb, found once for both searches
                    past = self._first_past_verb(sent.first, sent.last) if index in before_singular else None
                    person = self._person_before_verb(sent.first, past) or self._person_after_verb(past, sent.last) if past is not None else None
                    if person is None:
                        continue
                    verb_before, t, kind = person
            m = phrase(an, t, kind, "nomn", sent.first, sent.last)
            entity = self._holder(m, self._role_of(m)) if m.kind == "role" else None
            # a role no one in the text holds is resolved as a description, in text order, for a
            # pronoun of the next sentence: "Глава ведомства признал … Он заявил"
            if m.kind == "generic" or m.kind == "role" and entity is None and index in before_singular:
                verb = verb_after(an, self._past_participle_phrase(m.last) - 1) if verb_before is None else verb_before
                # not "Эколог, руководитель программы X, …" (a name follows), nor "Монахини заявили"
                # (a plural of a noun whose singular is a person: a group)
                if verb is not None and "plur" not in an.word(verb).best:
                    gender = next((g for g in ("masc", "femn") if g in an.word(verb).best), None)
                    self.described_subjects.append((m, gender))
                continue
            if m.kind == "group":  # "Депутаты горсовета выступили ... Они"
                name = self.phrase_name(m)
                entity = self.description_entity(m, "group:" + fold(name), "group", name)
            if entity is not None:
                self.note(_Seen(m.last - 1, entity, True, self.statement_at(m.first)))
        self._collect_contrasted_groups(before_plural)
        self._collect_plural_people(before_plural)

    def _past_participle_phrase(self, j: int) -> int:
        """Past a participle's phrase set off by commas at token ``j`` (", прославившийся на весь
        город,"), with no verb of its own, to the word after its closing comma; else ``j``."""
        an = self.an
        if j + 1 >= len(an.toks) or an.low[j] != "," or not an.letters[j + 1] or not an.word(j + 1).has("PRTF", "nomn"):
            return j
        for k in range(j + 2, min(len(an.toks), j + 2 + PARTICIPLE_PHRASE)):
            if an.sent_of[k] != an.sent_of[j] or an.letters[k] and "VERB" in an.word(k).best:
                return j
            if an.low[k] == ",":
                return k + 1
        return j

    def _collect_contrasted_groups(self, sentences: set[int]) -> None:
        """A plural subject opening a clause a contrasting conjunction joins to the one before
        ("Полиция ушла, однако местные партии готовятся к протестам") in ``sentences``: a subject as
        much as one opening the sentence, for a plural pronoun after it."""
        an = self.an
        for index in sorted(sentences):
            if not 0 <= index < len(an.sents):
                continue
            first, last = an.sent_bounds[index]
            for k in range(first + 2, last - 1):
                if an.low[k - 1] not in _CONTRASTING or an.low[k - 2] != "," or an.quote_of[k] >= 0:
                    continue
                t = k + 1 if "ADJF" in (an.words[k] or an.word(k)).best and k + 1 < last else k
                if token_kind(an, t) not in ("group", "organization") or not an.word(t).has("NOUN", "nomn", "plur"):
                    continue
                m = phrase(an, k, "group", "nomn", first, last)
                if m.kind == "group":
                    name = self.phrase_name(m)
                    self.note(_Seen(m.last - 1, self.description_entity(m, "group:" + fold(name), "group", name), True, self.statement_at(m.first)))

    def _agrees_in_oblique_case(self, modifier: int, noun: int) -> bool:
        """Is token ``noun`` a noun that token ``modifier``, with no reading in the nominative,
        agrees with in an oblique case, number and gender: the head of the phrase the modifier opens
        whatever else it may read as ("с одной стороны", not "при этом депутаты")?"""
        an = self.an
        if not an.letters[modifier] or an.word(modifier).has("nomn"):
            return False
        nouns = an.word(noun).readings_with("NOUN")
        # the grammemes a reading pair shares, read by set operations in C: a generator over each
        # pair's cases and numbers cost a dozen steps a pair, and the subjects' search asks often
        for g in an.word(modifier).readings:
            if _AGREEING_POS.isdisjoint(g.grammemes):
                continue
            for r in nouns:
                shared = g.grammemes & r.grammemes
                if _OBLIQUE_CASES.isdisjoint(shared):
                    continue
                if "plur" in shared or "sing" in shared and (_GENDERS.isdisjoint(g.grammemes) or not _GENDERS.isdisjoint(shared)):
                    return True
        return False

    def _first_past_verb(self, first: int, last: int) -> Optional[tuple[int, str]]:
        """The first singular past verb of tokens ``first..last-1`` outside quotations, and its gender."""
        an = self.an
        t = first
        while t < last and not (an.letters[t] and an.quote_of[t] < 0 and _PAST_SINGULAR <= (an.words[t] or an.word(t)).best):
            t += 1
        gender = next((g for g in ("masc", "femn") if g in an.word(t).best), None) if t < last else None
        return (t, gender) if gender is not None else None

    def _person_before_verb(self, first: int, verb: tuple[int, str]) -> Optional[tuple[int, int, str]]:
        """The first singular past verb of a sentence opening at token ``first`` outside quotations
        (``verb``: where it stands and its gender, :meth:`_first_past_verb`), and the head and kind
        of a role standing as its subject right before it, its complement between, in the
        nominative singular and a gender the verb's agrees with: "В качестве выхода руководитель ведомства
        предложил", "В то же время глава компании усомнилась" (a role of both genders, "глава")."""
        an = self.an
        t, gender = verb
        for k in range(role_before(an, t, first, "nomn"), t):
            kind = token_kind(an, k)
            if kind in ("role", "generic"):
                word = an.word(k)
                return (t, k, kind) if word.has("NOUN", "nomn", "sing", gender) or word.has("NOUN", "nomn", "sing", _BOTH_GENDERS) else None
        return None

    def _person_after_verb(self, verb: tuple[int, str], last: int) -> Optional[tuple[int, int, str]]:
        """A singular past verb of a sentence ending before token ``last`` outside quotations, from its
        first (``verb``: where it stands and its gender, :meth:`_first_past_verb`), and the head and kind
        of a person's description standing as its subject right after it, past a short object, in
        the nominative singular and the verb's gender: "Мужчину опознал блогер Иванов", or in a
        clause after the first verb: "Врач рассказал, что ночью в больницу обратилась женщина"."""
        an = self.an
        found: Optional[tuple[int, str]] = verb
        while found is not None:
            t, gender = found
            k = self.past_object(t, last)
            kind = token_kind(an, k) if k < last else None
            if kind in ("role", "generic") and an.word(k).has("NOUN", "nomn", "sing", gender):
                return t, k, kind
            found = self._first_past_verb(t + 1, last)
        return None

    def _collect_plural_people(self, sentences: set[int]) -> None:
        """Every plural noun phrase naming people in ``sentences`` that no subject took, in any case
        ("ссылаясь на афганских представителей", "история двух американок"): seen there, as no
        subject, for a plural pronoun of the next sentence to pick up when none stood as a subject."""
        an = self.an
        # where a subject took a phrase: not where a name ends one ("чиновников в администрации Трампа")
        noted = {s.token for s in self.seen if s.entity.kind != "person" or _plural(s.entity)}
        quote_of = an.quote_of
        for index in sorted(sentences):
            if not 0 <= index < len(an.sents):
                continue
            first, last = an.sent_bounds[index]
            t = first
            while t < last:
                # the cheap tests first, read inline: most words of the sentence fail them, and the
                # kind of a word is dear to work out
                if quote_of[t] >= 0 or not an.letters[t]:
                    t += 1
                    continue
                best = (an.words[t] or an.word(t)).best
                if "NOUN" not in best or "plur" not in best or token_kind(an, t) not in ("group", "generic", "role"):
                    t += 1
                    continue
                case = next((c for c in CASES if c in best), "nomn")
                m = phrase(an, t, "group", case, first, last)
                if m.kind == "group" and m.last - 1 not in noted:
                    name = self.phrase_name(m)
                    # by its name alone: no description a source gives later is matched against it
                    entity = self.named("group:" + fold(name), "group", name)
                    # one a preposition governs is the object of an event ("вслед за экономистами")
                    governed = m.first > first and an.is_prep(m.first - 1)
                    self.note(_Seen(m.last - 1, entity, False, self.statement_at(m.first), governed))
                t = max(t + 1, m.last)


    def _may_hold(self, entity: _Entity, role: _Role) -> bool:
        """Is ``entity`` free of roles that rule ``role`` out: the same office of another body,
        or another office held by one person ("министр" is not the "президент"), of which a
        role that names a trade is none either (the "президент" is not the "журналист"), or any
        role of another country than the one such an office names, or of another side of a court
        case (the "адвокат" is not the "следователь")?"""
        trade = _is_trade(role)
        side = _court_sides().get(role.office)
        for r in self._roles_held.get(id(entity), ()):
            if r.office == role.office and _marks_conflict(role.marks, r.marks):
                return False
            if r.office != role.office and r.exclusive and (role.exclusive or trade):
                return False
            if role.exclusive and _other_countries(role.marks, r.marks):
                return False  # "индийский инженер" holds no office of Turkey's: one country's officers are its own
            if side is not None and _court_sides().get(r.office, side) != side:
                return False
        return True

    def _recorded_by_an_outlet(self, m: Mention, fits: Callable[[_Entity], bool]) -> Optional[_Entity]:
        """The news outlet that spoke within reach of a possessive pronoun before a noun of what is on
        record ("По его данным"), when no person ``fits`` takes that spoke there: "пострадал от укуса
        змеи, сообщает телеканал. По его данным" is the channel's, not the snake's (asked when the
        pronoun would take an unnamed one: a person the text names has data of its own)."""
        an = self.an
        after = m.last
        if m.case == "nomn" or after >= len(an.toks) or an.low[after] not in lexicon.word_set("record_nouns.txt"):
            return None
        if self.recent(m.first, lambda e: fits(e) and e.spoke, within=_TOPIC_SENTENCES) is not None:
            return None
        return self.recent(m.first, lambda e: e.outlet and self._spoke_as(e, m), within=_TOPIC_SENTENCES)

    def _spoke_as(self, organization: _Entity, m: Mention) -> bool:
        """Is ``organization`` one that spoke, agreeing with pronoun ``m`` by the noun heading its
        name ("агентство" is "его", "газета" is "ее"; a name with no noun heading it, "Reuters",
        takes any)?"""
        return organization.spoke and self._agrees_as_body(organization, m)

    def _agrees_as_body(self, organization: _Entity, m: Mention, known: bool = False) -> bool:
        """Is ``organization`` one that pronoun ``m`` may refer to by the gender of the noun heading
        its name ("агентство" is "его", "газета" is "ее"), or for a name with no noun heading it, of
        the media nouns it is called by ("Reuters", called by none, takes any unless the gender must
        be ``known``)?"""
        words = organization.name.split()
        if organization.kind != "organization" or not words:
            return False
        first = words[0]
        if first[:1].isupper():
            # "передает ТАСС со ссылкой на радиостанцию. По ее данным": an agency is no "ее"
            genders = frozenset(g for noun in organization.media_nouns for g in self._noun_genders(noun))
        else:
            genders = self._noun_genders(first)
        if not genders or m.gender is None:
            return not known
        # the oblique forms of "оно" are those of "он": "его", "ему", "им"
        return m.gender in genders or (m.gender == "masc" and "neut" in genders and self.an.low[m.first] != "он")

    def _noun_genders(self, word: str) -> frozenset[str]:
        """The genders ``word`` has as a noun ("газета" femn, "агентство" neut), or else as a singular
        adjective, agreeing with the name it opens ("итальянская La Stampa")."""
        readings = self.an.morph.word(word).readings
        nouns = frozenset(g for r in readings if "NOUN" in r.grammemes for g in r.grammemes & _NOUN_GENDERS)
        return nouns or frozenset(g for r in readings if "ADJF" in r.grammemes for g in r.grammemes & _NOUN_GENDERS)

    def _there(self, m: Mention) -> Optional[_Entity]:
        """"Журналисты обратились в министерство. Там пояснили": the people of the last body named
        in this sentence or the one before, in any case and capitalized or not; never the people
        who went there, nor an outlet they told ("в пресс-службе рассказали телеканалу")."""
        an = self.an
        sent = an.sent_of[m.first]
        t = an.sents[max(0, sent - 1)].first
        last = None
        while t < m.first:
            if an.quote_of[t] < 0 and token_kind(an, t) == "organization":
                found = phrase(an, t, "organization", self._likeliest_case(t), *an.sentence_bounds(t))
                # an outlet told ("рассказали телеканалу") is not where they spoke: the body before it is
                told = any(an.word(k).lemma in outlet_words() for k in range(found.first, found.last))
                last = found if found.kind == "organization" and not told else last
                t = max(t + 1, found.last)
            else:
                t += 1
        entity = self.organization(last) if last is not None else None
        return entity if entity is not None and not entity.outlet else None

    def _relative_antecedent(self, m: Mention, j: int) -> Optional[_Entity]:
        """What relative ``m`` ("который") after token ``j`` refers to: the nearest noun of the phrase
        ending at ``j`` that agrees with it in gender and number ("сотрудник компании, которая",
        "экспертов Всемирного банка, которые"). A phrase with none is the complement of the one
        before its preposition ("некий кандидат на пост ректора, который"); an aside between
        commas ("доктор, с приличной зарплатой, который") or in brackets ("банка (ВБ), которые") is
        passed over to the phrase before it."""
        an = self.an
        first = an.sentence(m.first).first
        asides = 0
        reach = j - _RELATIVE_REACH  # no phrase searched starts further back than this
        end = j  # where the phrase with its complements ends: "пенсионер из Казани"
        while j > first:
            while j > first and an.low[j] == ")":
                j = next((k for k in range(j - 1, first - 1, -1) if an.low[k] == "("), first) - 1
                end = min(end, j)
            correlative = self._correlative_before(m, j, first)
            if correlative is not None:
                # "с норвежцем Петерсом, тем самым, который": the demonstrative stands for the noun before it
                j = end = correlative - 2
                reach = j - _RELATIVE_REACH
                continue
            lo = self._phrase_start(j, max(first, reach))  # "от [его матери], которая"
            for k in range(j, lo - 1, -1):
                found = self._antecedent_at(m, k, lo, end)
                if found is not None:
                    return found
            if an.is_prep(lo) and lo > max(first, reach) and self._in_noun_phrase(lo - 1):
                j = lo - 1
            elif lo - 1 > first and an.low[lo - 1] == "," and asides < _RELATIVE_ASIDES:
                asides += 1
                j = end = lo - 2
                reach = j - _RELATIVE_REACH
            else:
                return None
        return None

    def _correlative_before(self, m: Mention, j: int, first: int) -> Optional[int]:
        """Where a demonstrative "тот" ("тот самый") ending at token ``j`` opens, if it agrees with
        relative ``m`` and a comma sets it off from the phrase before it: "немцем Акерманном, [тем
        самым], который"."""
        an = self.an

        def demonstrative(t: int, lemma: str) -> bool:
            return an.letters[t] and any(r.lemma == lemma and _agrees_with_relative(r.grammemes, m) for r in an.word(t).readings)

        k = j - 1 if demonstrative(j, "самый") else j
        if k - 1 <= first or not demonstrative(k, "тот") or an.low[k - 1] != ",":
            return None
        return k

    def _noted_at(self, k: int) -> Optional[_Entity]:
        """The entity of the mention noted at token ``k``, if any."""
        at = bisect.bisect_right(self.seen, k, key=_TOKEN)
        return self.seen[at - 1].entity if at and self.seen[at - 1].token == k else None

    def _phrase_start(self, j: int, lo: int) -> int:
        """Where the noun phrase ending at ``j`` starts, not before ``lo``: back over modifiers, over
        a noun whose complement in the genitive follows ("[экспертов] Всемирного банка") or a name
        in apposition ("[мэра] Сергея Собянина", "[компания] Apple"), to a preposition opening it.
        A noun before a name of a person in the nominative is a phrase of its own: "в интервью ТАСС
        [Иванов]"."""
        an = self.an
        start = noun = j
        while start > lo and not an.is_prep(start) and self._in_noun_phrase(start - 1):
            t = start - 1
            if token_kind(an, t) is not None or "NOUN" in an.word(t).best:
                if token_kind(an, noun) == "person":
                    follows = token_kind(an, t) != "organization"  # "мэра Сергея", not "ТАСС Петров"
                else:
                    follows = an.word(noun).has("gent") or token_kind(an, noun) == "organization" and an.caps[noun]
                if not follows:
                    break
                noun = t
            start = t
        return start

    def _in_noun_phrase(self, k: int) -> bool:
        """May token ``k`` stand inside a noun phrase before a relative clause: a word but no verb,
        gerund or conjunction ("встретил [знакомого], который", "и [некий претендент], который")?"""
        an = self.an
        if not an.letters[k]:
            return False
        best = an.word(k).best
        return not {"VERB", "INFN", "GRND", "PRTS", "CONJ"} & best

    def _antecedent_at(self, m: Mention, k: int, lo: int, end: int) -> Optional[_Entity]:
        """The entity the word at ``k`` of the phrase ``lo``..``end`` names, if it agrees with relative
        ``m`` in gender and number and can name who speaks: a name, a noun of people or of a body,
        or as a description of its own any animate noun ("претендент") or an adjective standing
        for one ("знакомого"). A name the morphology gives no number ("Cook") is taken as agreeing."""
        an = self.an
        if an.is_prep(k) or k > lo and an.is_prep(k - 1) and is_circumstance(an, k):
            return None  # "со стороны правозащитников, которые": a compound preposition, not its noun
        kind = token_kind(an, k)
        word = an.word(k)
        if kind == "person":
            readings = word.name_readings or word.readings
        elif kind in ("generic", "group", "role", "organization"):
            readings = word.readings_with("NOUN") or word.readings
        elif kind is None:
            readings = word.readings_with("NOUN", "anim")
            if k == end:  # an adjective standing for a noun ends its phrase: "встретил знакомого"
                readings += tuple(r for r in word.readings_with("ADJF", "Subx") if "Apro" not in r.grammemes)
            kind = "common"
        else:
            return None
        decided = [r.grammemes for r in readings if "sing" in r.grammemes or "plur" in r.grammemes]
        agreeing = [g for g in decided if _agrees_with_relative(g, m)]
        if not agreeing and (decided or kind not in ("person", "organization")):
            return None
        noted = self._noted_at(k)
        if noted is not None:
            return noted  # the mention the text already resolved there
        if kind == "person":
            return self.person(tuple(range(k, name_end(an, k))), self._guess_case((k,)) or "nomn")
        case = next((c for c in CASES if agreeing and c in agreeing[0]), "nomn")
        return self.resolve(phrase(an, k, kind, case, lo, end + 1))

    def _spoken_of(self, source: int) -> Callable[[_Entity], bool]:
        """Is a person one the words ``source`` follows speak of by name, surname or first name
        ("«Мария держалась достойно», — сказала теннисистка" is not Мария Петрова): so no speaker of them?"""
        named = self._named_in_the_words(source)
        if not named:
            return _nobody

        def spoken_of(e: _Entity) -> bool:
            # the key of a named person: "person:петров", "person:петров:femn"
            return e.by_name and (e.key.split(":")[1] in named or fold(e.name).split()[0] in named)

        return spoken_of

    def _named_in_the_words(self, source: int) -> frozenset[str]:
        """The names, folded, that the words a source follows name a subject by: one those words
        speak of in the third person is no subject that source looks back for ("Петров вернулся.
        «Уверен, что Петров сыграет», — сказал он" is not Петров). Only a name in the nominative:
        "без Петрова не обойтись" is often the speaker's own name."""
        an = self.an
        opening = self._opens.get(source)
        if opening is None or self.statement_at(source) is not None:
            return frozenset()
        return frozenset(
            fold(an.word(t).lemma)
            for t in range(opening, source)
            # the last word of a name, which a person's key is made of: "Иван Петров" is no "Иван"
            if is_name(an, t)
            and not (t + 1 < source and is_name(an, t + 1))
            and "nomn" in an.word(t).best
            and self.statement_at(t) is not None
        )

    def pronoun(self, m: Mention) -> Optional[_Entity]:
        an = self.an
        if m.kind == "relative":
            j = m.first - 1
            if j >= 0 and an.low[j] == ",":
                j -= 1
            antecedent = self._relative_antecedent(m, j)
            if antecedent is not None:
                return antecedent
        # people, or an organization whose people spoke ("в компании заявили ... Они"); an
        # organization that only acted is "оно" or "она", and an outlet too
        if an.low[m.first] == "там":
            return self._there(m)
        if m.number == "plur":
            def many(e: _Entity) -> bool:
                return e.kind == "group" or _plural(e) or e.kind == "organization" and not e.outlet and e.spoke

            return (
                # a subject: people its own sentence names before it, no preposition governing them
                # ("По словам источников в администрации, они"; "Хотя участников это устроило, они")
                (self.recent(m.first, lambda e: e.kind == "group" or _plural(e), within=0, ungoverned=True) if m.case == "nomn" else None)
                or self.recent(m.first, many, within=_TOPIC_SENTENCES, prominent=True)
                # whose words or data: a body standing as the subject just before, though it gave no
                # quote, over people its own phrase names ("группа, изучающая потери армий, сообщила
                # о новой гибели. По их данным"); what "они" did is the acts of its people, not its own
                or (self.recent(m.first, _body_of_people, within=1, prominent=True) if m.case != "nomn" else None)
                # people a plural noun named in the sentence before, subject or not: "со ссылкой на
                # двух чиновников. По их словам"
                or self.recent(m.first, lambda e: e.kind == "group" or _plural(e), within=1)
                or self.salient(m.first, many)
            )
        gender = m.gender
        spoken_of = self._spoken_of(m.first)

        def fits(e: _Entity) -> bool:
            return e.kind == "person" and not _plural(e) and (gender is None or e.gender in (None, gender))

        def unnamed(e: _Entity) -> bool:
            return fits(e) and not spoken_of(e)

        if an.low[m.first] in ("тот", "та"):  # the other one: not the latest subject
            latest = self.recent(m.first, fits, prominent=True)
            return self.recent(m.first, lambda e: fits(e) and e is not latest) or latest
        found = (
            self.recent(m.first, unnamed, within=1, prominent=True)
            # a person the sentence before named, subject or not, is nearer the topic than a subject
            # further back ("Вопрос обсуждали у министра Смирнова. Он считает"), unless only a
            # preposition governs the name ("известно в Грозном", "перечислил к Смирнову")
            or self.recent(m.first, unnamed, within=1, ungoverned=True)
            # with no person there, an organization that spoke in it, for a pronoun not its subject
            # ("сообщает агентство. По его данным"): people, not bodies, are what "он" says or does
            or (None if m.case == "nomn" else self.recent(m.first, lambda e: self._spoke_as(e, m), within=1))
            # or one standing as the subject there: "выяснила газета «Вестник». По ее данным"
            or (
                None
                if m.case == "nomn"
                else self.recent(m.first, lambda e: self._agrees_as_body(e, m), within=1, prominent=True)
            )
            # a subject "она" with no person there: the body the subject before that spoke, of its
            # gender ("комментирует газета. Она пишет"), never one of a gender the text does not give
            or (
                self.recent(m.first, lambda e: e.spoke and self._agrees_as_body(e, m, known=True), within=1, prominent=True)
                if m.case == "nomn"
                else None
            )
            or self.recent(m.first, unnamed, within=_TOPIC_SENTENCES, prominent=True)
            or self.recent(m.first, fits, within=1)
            or self.recent(m.first, lambda e: fits(e) and e.spoke)
            or self.recent(m.first, fits)
        )
        if found is not None and not found.by_name:
            return self._recorded_by_an_outlet(m, fits) or found
        return found


def _speaker_of_the_words_around(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> None:
    """A source "я" inside the words another link reports is who says those words ("Киселев
    сказал: «… я скажу: „Давайте забудем“»"), not the writer's own voice: its link takes the
    speaker of the innermost such link."""
    for k, link in enumerate(links):
        m = link.source
        if m is None or entity_of[k] is not None or an.low[m.head] != "я":
            continue
        at = an.toks[m.head].start
        around = [j for j, other in enumerate(links) if j != k and other.start <= at < other.end and entity_of[j] is not None]
        if around:
            entity_of[k] = entity_of[min(around, key=lambda j: links[j].end - links[j].start)]


def _voice_of_the_headline(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> None:
    """A source "я" in the text's own voice (outside every quotation), in an article whose headline
    gives the words of one person ("Иван Петров: «…»"), is that person: the article is their
    column or statement, and the first person refers to its author."""
    voices = {
        id(entity): entity
        for k, link in enumerate(links)
        if link.rule == "headline" and link.source is not None and an.toks[link.source.head].para == 0
        and (entity := entity_of[k]) is not None and entity.kind == "person" and not _plural(entity)
    }
    if len(voices) != 1:
        return
    voice = next(iter(voices.values()))
    for k, link in enumerate(links):
        m = link.source
        if m is None or entity_of[k] is not None or an.low[m.head] != "я":
            continue
        if an.toks[m.head].para > 0 and an.quote_of[m.head] < 0:
            entity_of[k] = voice


def _named_voice_of_the_headline(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> None:
    """A headline that gives the words of one person by a description only ("Норвежский
    астрофизик: «…»", "…, заявил прокурор республики") announces whom the article then quotes
    first: that description, and every quote the article gives it, is the first person the
    article's body names as a speaker, agreeing in gender, as a verb shows the description's to be
    ("сказала астрофизик"). No one named speaks for it when the first speaker is no named person."""
    in_headline = [k for k, link in enumerate(links) if link.source is not None and an.toks[link.source.head].para == 0]
    if not in_headline:
        return
    first = in_headline[0]
    described = entity_of[first]
    if described is None or described.kind != "person" or described.by_name or _plural(described):
        return
    voice = next(
        (entity_of[k] for k, link in enumerate(links) if k not in in_headline and link.rule != "headline" and entity_of[k] is not described),
        None,
    )
    if voice is None or voice.kind != "person" or not voice.by_name or described.gender is None or described.gender != voice.gender:
        return
    _merge_into(entity_of, described, voice)


def _outlet_going_on(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> None:
    """A present-tense impersonal cue with no source ("Также сообщается, что C", "При этом
    отмечается, что C") goes on with the report the text has just given: the latest quote before it,
    within two sentences, if an outlet or sources of one gave it ("пишет газета", "по данным
    источников газеты"). What a past one recalls ("Ранее сообщалось") is earlier news, no one's."""
    latest: Optional[int] = None
    for k in sorted(range(len(links)), key=lambda k: links[k].start):
        link, cue = links[k], links[k].cue
        if (
            latest is not None
            and entity_of[k] is None
            and link.source is None
            and link.heir is None
            and cue is not None
            and cue.cls == "impersonal"
            and an.word(cue.first).has("pres")
        ):
            before = links[latest]
            said = max(an.sent_of[bisect.bisect_left(an.toks, before.end, key=START) - 1], an.sent_of[before.cue.first] if before.cue else 0)
            entity = entity_of[latest]
            if entity is not None and an.sent_of[cue.first] - said <= _TOPIC_SENTENCES and (
                entity.outlet or isinstance(entity.body, _Entity) and entity.body.outlet
            ):
                entity_of[k] = entity
        if entity_of[k] is not None:
            latest = k


def _merge_into(entity_of: dict[int, Optional[_Entity]], described: _Entity, named: _Entity) -> None:
    """Make every link spoken by ``described`` spoken by ``named``, which takes its mentions."""
    for k, entity in entity_of.items():
        if entity is described:
            entity_of[k] = named
    named.mentions |= described.mentions


def _named_by_a_pointer_back(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> None:
    """"Вице-мэр пообещал, что C. Это заявил Иван Петров": a statement pointing back names who said
    the words before it, so the role or description that reports them there is that person, as
    is every quote it is the speaker of. One named as someone's ("Об этом сообщил его пресс-секретарь
    Иван Петров") is another person, who relays the words."""
    starts = [link.start for link in links]  # in text order: the links inside one are a slice
    for k, link in enumerate(links):
        named = entity_of.get(k)
        if link.rule != "about-this" or named is None or named.kind != "person" or not named.by_name or _plural(named):
            continue
        source = link.source
        if source is not None and any(an.word(t).has("NPRO", "gent") for t in range(source.first, source.head) if an.letters[t]):
            continue
        for j in range(bisect.bisect_left(starts, link.start), bisect.bisect_right(starts, link.end)):
            inner = links[j]
            m = inner.source
            described = entity_of.get(j)
            if (
                j == k or m is None or m.kind not in ("role", "generic") or inner.end > link.end
                or described is None or described.kind != "person" or described.by_name or _plural(described)
                or described.gender not in (None, named.gender) and named.gender is not None
            ):
                continue
            _merge_into(entity_of, described, named)


def _frames_pointed_back(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> set[int]:
    """The links of a statement pointing back ("Министр пообещал, что C. Это заявил Иван Петров")
    whose words end in a clause a cue there frames right after it ("V, что C") and gives the
    same speaker: the frame is narrative, C is that speaker's quote, and the statement only names
    who the speaker is (``_named_by_a_pointer_back``). What someone else says the frame reports
    ("Министр заявил, что C. Об этом сообщил источник") is that one's statement, and so is a
    clause further from its cue ("назвал решение ошибкой, отметив, что C")."""
    starts = [link.start for link in links]
    framing = set()
    for k, link in enumerate(links):
        if link.rule != "about-this":
            continue
        for j in range(bisect.bisect_left(starts, link.start), bisect.bisect_right(starts, link.end)):
            inner = links[j]
            cue = inner.cue
            if (
                j == k or entity_of[j] is None or entity_of[j] is not entity_of[k]
                or inner.end != link.end or cue is None or not link.start <= cue.start < link.end
            ):
                continue
            first = bisect.bisect_left(an.toks, inner.start, key=START)
            if all(not an.letters[t] or an.low[t] in _FRAME_WORDS for t in range(cue.last, first)):
                framing.add(k)
                break
    return framing


def _bare_description_completed(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]]) -> None:
    """"…, заявило руководство" heading the article, then "Руководство заповедника утверждает": a
    bare description that speaks in the headline only is the one description of the same head
    noun the article's body completes it to (the same words, then a complement), when no other
    description of the text has that head: the headline names briefly whom the body names in full."""
    by_head: dict[tuple[str, str], dict[int, _Entity]] = {}
    outside: set[int] = set()  # entities that speak outside the headline
    for k, link in enumerate(links):
        entity = entity_of[k]
        if entity is not None and entity.head and link.source is not None:
            by_head.setdefault((entity.kind, entity.head), {})[id(entity)] = entity
            if an.toks[link.source.head].para > 0:
                outside.add(id(entity))
    for described in by_head.values():
        if len(described) != 2:
            continue
        bare, fuller = sorted(described.values(), key=lambda e: len(e.name))
        if id(bare) not in outside and id(fuller) in outside and fuller.name.startswith(bare.name + " "):
            _merge_into(entity_of, bare, fuller)


def _kin_by_surname(an: Analysis, links: tuple[Link, ...], entity_of: dict[int, Optional[_Entity]], entities: Iterable[_Entity]) -> None:
    """"Как сообщила мать активиста, … Марина Козловская рассказала": a source described by a noun
    of kin (data/kin_nouns.txt) is the one named person of the noun's sex who bears the surname of
    the one it is kin to, as kin mostly do, under another first name. With a name in its words
    ("брат шахтера Ивана Серова"), that one is whose kin it is, and the relative anyone the text
    names near it (Алексей Серов); with none, whose kin it is was named in its sentence or the two
    before, and the relative is named in its sentence or the two after. Never the one it is kin
    to, and no guess when two named people may be it."""
    kin = lexicon.word_set("kin_nouns.txt")
    named: Optional[list[_Entity]] = None
    for k, link in enumerate(links):
        described, m = entity_of[k], link.source
        if described is None or m is None or described.by_name or described.kind != "person" or not described.head:
            continue
        lemma, number = described.head.split()
        if number != "sing" or lemma not in kin:
            continue
        if named is None:
            named = [e for e in entities if e.kind == "person" and e.by_name and len(e.name.split()) > 1]
        first, last = an.toks[m.first].start, an.toks[m.last - 1].end
        sent = an.sent_of[m.head]

        def seen(e: _Entity, lo: int, hi: int) -> bool:  # named in sentences ``lo`` to ``hi``, outside ``m``
            return any(lo <= _sentence_at(an, a) <= hi and not first <= a < last for a, _ in e.mentions)

        whose = [e for e in named if any(first <= a and b <= last for a, b in e.mentions)]
        if whose:
            others = [e for e in named if seen(e, sent - _DESCRIPTION_SENTENCES, sent + _DESCRIPTION_SENTENCES)]
        else:
            whose = [e for e in named if seen(e, sent - _TOPIC_SENTENCES, sent) and min(e.mentions)[0] < first]
            others = [e for e in named if seen(e, sent, sent + _TOPIC_SENTENCES) and max(e.mentions)[0] > last]
        # the noun's sex, or the verb's: the kin named must be of it by what the text knows of them
        sex = described.gender or ("femn" if an.word(m.head).has("NOUN", "femn") else "masc")
        families = {_surname(an, e) for e in whose}
        # kin bear another first name: one that is a form of the name the words hold ("Александра
        # Кихтянина" read as a woman's) is that very person
        found = {
            id(e): e
            for e in others
            if e.gender == sex
            and _surname(an, e) in families
            and all(e is not w and _other_first_name(fold(e.name).split(), fold(w.name).split()) for w in whose)
        }
        relative = _the_only(found)
        if relative is not None:
            _merge_into(entity_of, described, relative)


def _sentence_at(an: Analysis, offset: int) -> int:
    """The sentence the token at character ``offset`` stands in."""
    return an.sent_of[min(bisect.bisect_right(an.toks, offset, key=START) - 1, len(an.toks) - 1)]


def _surname(an: Analysis, e: _Entity) -> str:
    """The surname of named person ``e`` as a man bears it: "Козловский" of "Марина Козловская",
    "Каримов" of "Ислам Каримов-младший" (father and son bear one)."""
    written = e.name.split()[-1]
    written = re.sub(r"-[а-яё]+$", "", written)  # a lowercase word after a hyphen tells the bearer, not the family
    word = an.morph.word(written)
    readings = word.readings_with("Surn")
    return fold(readings[0].lemma if readings else word.lemma)


def _nobody(entity: _Entity) -> bool:
    return False


@functools.cache
def _court_sides() -> dict[str, int]:
    """Each office of a side of a court case (``data/court_sides.txt``) to the number of its side."""
    return {fold(word): side for side, line in enumerate(lexicon.lines("court_sides.txt")) for word in line.split()}


def _is_trade(role: _Role) -> bool:
    """Does ``role`` name a trade many people hold ("журналист", ``data/trades.txt``), not an office?"""
    return role.office in lexicon.word_set("trades.txt")


def _owner_named_by(role: _Role, entity: _Entity) -> bool:
    """Do the words saying whose ``role`` it is name ``entity`` ("адвокат Петрова" is not Петров)?"""
    return any(_same_mark(fold(w), v) for w in entity.name.split() for v, _ in role.marks)


def _latin_name_word(word: str) -> bool:
    """Is ``word`` a capitalized word in Latin letters, one a foreign name is written with ("Sky")?"""
    return word.isascii() and word.isalpha() and word[:1].isupper()


def _agrees_with_relative(grammemes: frozenset[str], m: Mention) -> bool:
    """Does a reading of ``grammemes`` agree with relative ``m`` in number and, in the singular, in
    gender ("глава", of either gender, is "который" and "которая")?"""
    if m.number not in grammemes:
        return False
    return m.number == "plur" or m.gender is None or m.gender in grammemes or "ms-f" in grammemes


def _body_of_people(entity: _Entity) -> bool:
    """Is ``entity`` an organization that is no news outlet: people, whose words a plural pronoun may give?"""
    return entity.kind == "organization" and not entity.outlet


def _plural(entity: _Entity) -> bool:
    """Is ``entity`` several people a plural description names ("девушки пояснили", "врачи"): a
    person to its kind, but "они", not "он" or "она", refers back to it."""
    return entity.kind == "person" and entity.head.endswith(" plur")


@functools.cache
def _clipped_openings() -> tuple[str, ...]:
    """The clipped stems of ``data/clipped_stems.txt`` as a tuple, which ``str.startswith`` takes."""
    return tuple(lexicon.word_set("clipped_stems.txt"))


@functools.cache
def _outlet_openings() -> frozenset[str]:
    """The first letters of every word of an outlet's name, folded: a word of another opening is
    none of them in any case ("Известий", "Вестям" open as "известия", "вести" do)."""
    return frozenset(word[:_OPENING_LETTERS] for word in outlet_words())


def _pronoun_subjects(an: Analysis, pronouns: list[int]) -> list[int]:
    """The tokens of "он", "она", "они" among ``pronouns`` standing as the subject of a finite verb
    right after them (past adverbs and particles), or right before them ("обратился он к залу"),
    outside quotations: "Он предложил", "она уже уехала"."""
    return [
        t
        for t in pronouns
        if an.low[t] in _SUBJECT_PRONOUNS
        and an.quote_of[t] < 0
        and (verb_after(an, t) is not None or _verb_before(an, t))
    ]


def _verb_before(an: Analysis, t: int) -> bool:
    """Is the word right before token ``t``, in its sentence, a finite verb: "обратился он"?"""
    k = t - 1
    return k >= 0 and an.sent_of[k] == an.sent_of[t] and an.letters[k] and "VERB" in an.word(k).best


@functools.cache
def _plural_pronouns() -> frozenset[str]:
    """The plural pronouns of the third person that may stand for a group: "они", "их", "те"."""
    return frozenset(
        form
        for form, _, number in lexicon.table("pronouns.tsv")
        if number == "plur" and form not in FIRST_PERSON and not form.startswith("котор")
    )


@functools.cache
def _kinds(name: str) -> dict[str, frozenset[int]]:
    """Each word of list file ``name``, folded, to its kinds: the lines it stands on."""
    kinds: dict[str, set[int]] = {}
    for k, line in enumerate(lexicon.lines(name)):
        for word in line.split():
            kinds.setdefault(fold(word), set()).add(k)
    return {word: frozenset(lines) for word, lines in kinds.items()}


@functools.cache
def _unnamed_source_heads() -> frozenset[str]:
    """The nouns of a source the text does not name: "источник", "собеседник"."""
    return lexicon.word_set("anonymous_sources.txt") | lexicon.word_set("interlocutors.txt")


def _media_kinds() -> dict[str, frozenset[int]]:
    """Each media noun, folded, to its kinds of outlet: the lines of media.txt it stands on."""
    return _kinds("media.txt")


def _group_kinds() -> dict[str, frozenset[int]]:
    """Each noun of group_kinds.txt, folded, to its kinds of people: the lines it stands on."""
    return _kinds("group_kinds.txt")


def _office(lemma: str, marks: Marks, of_ministry: bool = False, complement: int = 0) -> tuple[str, Marks, bool]:
    """The office a role names, the marks left, and whether one person holds it.

    "премьер-министр" is "премьер"; "глава правительства" is "премьер" with
    no mark left, and so is "глава российского правительства" with "российского"
    left (``complement`` is the index of the mark heading the complement);
    "экс-министр" is "министр"; a role not listed is its own office.
    A role of a ministry (``of_ministry``, its name not among ``marks``) is looked
    up as of "министерство": "глава Минфина" is "министр".
    """
    offices = _offices()
    lemma = lemma.removeprefix("экс-")  # "экс-глава" is "бывший глава": the same office, held before
    lemma = _spelled_compound(lemma)[0]
    if of_ministry and f"{lemma} {_MINISTRY}" in offices:
        office = offices[f"{lemma} {_MINISTRY}"]
    elif complement < len(marks) and f"{lemma} {marks[complement][0]}" in offices:
        office = offices[f"{lemma} {marks[complement][0]}"]
        marks = marks[:complement] + marks[complement + 1 :]
    else:
        office = offices.get(lemma, lemma)
    return office.rstrip("*"), marks, office.endswith("*")


@functools.lru_cache(maxsize=4096)
def _spelled_compound(lemma: str) -> tuple[str, Marks]:
    """The role noun a compound of clipped stems is read as and the marks the words its stems
    stand for give it: "главсанврач" is a "врач" marked "главный", "санитарный"
    (``data/role_stems.tsv``); "спецпредставитель" a "представитель" (a stem of a body's name, no
    word of its own). A role noun no stem opens is itself, with no marks."""
    compound = clipped_role(lemma)
    if compound is None:
        return lemma, ()
    stems, rest = compound
    words = role_stem_words()
    return rest, tuple((words[s], False) for s in stems if s in words)


@functools.lru_cache(maxsize=4096)
def _deputy_office(morph: Morphology, lemma: str, complement: str) -> Optional[tuple[str, str]]:
    """The office of a deputy's role and the office of the role deputized, for a compound
    ("заммэра", "замгендиректор") and the words written out ("заместитель мэра"; "заместитель
    генерального директора", ``complement`` the lemma of "директора") alike, so that both are one
    office of one mark (``data/deputy_roles.tsv``): "заместитель" and "директор".
    None for a role of no deputy, or of one deputizing no listed role ("заместитель по науке",
    "заместитель Генпрокуратуры": the body's name marks it as it is). (Memoized: every role read asks it.)"""
    for noun, stem in deputy_roles().items():
        if lemma == noun:
            deputized = complement
        elif lemma.startswith(stem) and len(lemma) - len(stem) >= MIN_CLIPPED_REST:
            deputized = morph.word(lemma[len(stem) :]).lemma  # "главы" of "замглавы" is the "глава"
        else:
            continue
        roles = lexicon.word_set("roles.txt")
        # a compound of a clipped stem is the role it ends in, as the words written out are:
        # "гендиректор" the "директор" of "генерального директора"
        deputized = next((rest for _, rest in split_clipped(deputized) if rest in roles), deputized)
        return (noun, _office(deputized, ())[0]) if deputized in roles else None
    return None


def _adjective_in(word: Word, case: str) -> bool:
    """Can ``word``, no noun, stand in ``case`` as an adjective or participle used for a noun?"""
    return not word.noun_lemmas and (word.has("ADJF", case) or word.has("PRTF", case))


@functools.cache
def _offices() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("role_offices.tsv")}


def _body_head(morph: Morphology, name: str, lemmas: bool = False) -> str:
    """The lemma of the noun heading ``name`` past the adjectives before it ("комитет" of
    "Следственный комитет", "служба" of "службы судебных приставов"); "" for a name headed by a
    word of no noun. For ``lemmas`` (a name of the data, written in lemmas), the word itself, the
    last one if all read as adjectives: read alone, "пристав" is as well a form of "пристать", and
    "военный" an adjective."""
    for word in name.split():
        parsed = morph.word(word)
        if not parsed.best & {"ADJF", "PRTF"}:
            return fold(word) if lemmas else parsed.lemma if "NOUN" in parsed.best else ""
    return fold(name.split()[-1]) if lemmas else ""


@functools.cache
def _body_voices(morph: Morphology) -> dict[str, tuple[tuple[frozenset[str], str, frozenset[str]], ...]]:
    """data/body_voices.tsv, either way: the head of a body's noun ("армия sing", "комитет sing")
    or of a noun for its people ("военный plur", "орган plur") to each of the other side, as the
    words that noun holds besides its head ("правоохранительный" of "правоохранительный орган"),
    the other's head and the words the other holds besides it."""
    voices: dict[str, list[tuple[frozenset[str], str, frozenset[str]]]] = {}
    for body, *people in lexicon.table("body_voices.tsv"):
        head = _body_head(morph, body, lemmas=True)
        made = frozenset(fold(body).split()) - {head}  # "следственный" of "следственный комитет"
        for noun in people:
            person = _body_head(morph, noun, lemmas=True)
            kind = frozenset(fold(noun).split()) - {person}
            voices.setdefault(f"{head} sing", []).append((made, f"{person} plur", kind))
            voices.setdefault(f"{person} plur", []).append((kind, f"{head} sing", made))
    return {head: tuple(heads) for head, heads in voices.items()}


@functools.cache
def _voiced_bodies(morph: Morphology) -> frozenset[str]:
    """The heads of the bodies of data/body_voices.tsv."""
    return frozenset(_body_head(morph, body, lemmas=True) for body, *_ in lexicon.table("body_voices.tsv"))


@functools.cache
def _voiced_abbreviations(morph: Morphology) -> dict[str, tuple[str, frozenset[str]]]:
    """The abbreviations the names of data/body_voices.tsv of more than one word spell, by the
    initials of their words ("мвд" of "министерство внутренний дело"), to the head and the words
    of that name."""
    spelled: dict[str, tuple[str, frozenset[str]]] = {}
    for body, *_ in lexicon.table("body_voices.tsv"):
        words = fold(body).split()
        if len(words) > 1:
            spelled["".join(w[0] for w in words)] = (_body_head(morph, body, lemmas=True), frozenset(words))
    return spelled


@functools.cache
def _voiced_names(morph: Morphology) -> frozenset[frozenset[str]]:
    """The names of data/body_voices.tsv of more than one word, each as the set of its lemmas."""
    return frozenset(words for _, words in _voiced_abbreviations(morph).values())


@functools.cache
def _body_branches() -> dict[str, frozenset[str]]:
    """data/body_branches.tsv: each kind of word that makes a body's name a branch's, to its words."""
    return {kind: frozenset(fold(w) for w in words) for kind, *words in lexicon.table("body_branches.tsv")}


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _state_of(morph: Morphology, name: str) -> Optional[tuple[int, bool]]:
    """:meth:`_Resolver._state_named`, by the name alone: the same in every text."""
    folded = fold(name)
    other = _state_names().get(folded)
    if other is not None:
        return other
    state = _country(folded) if folded.isalpha() else None
    if state is None or "ADJF" in morph.word(folded).best:
        return None
    return state, False


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _ministry_of(morph: Morphology, name: str) -> Optional[tuple[str, int]]:
    """:meth:`_Resolver._ministry_named`, by the name alone: the same in every text."""
    words = fold(name).split()
    lemmas = [morph.word(w).lemma for w in words]
    field: Optional[tuple[str, ...]] = None
    standing_for = False
    countries: set[int] = set()
    k = 0
    while k < len(words):
        n = 0
        for size in (2, 1):
            row = _ministry_names().get(" ".join(words[k : k + size])) if k + size <= len(words) else None
            if row is not None:
                n, found, standing_for = size, row[0], row[1]
                countries.add(row[2])
                break
        else:
            found, n = _field_at(morph, words, lemmas, k)
            standing_for = standing_for or n > 1 and lemmas[k + 1] == "ведомство"
        if n:
            if field is not None and found != field:
                return None
            field, k = found, k + n
            continue
        marked = _country(words[k])
        if marked is None:
            return None
        countries.add(marked)
        k += 1
    if field is None or len(countries) != 1:
        return None
    return f"ministry:{' '.join(field)}:{countries.pop()}", 0 if standing_for else len(words)


def _field_at(morph: Morphology, words: list[str], lemmas: list[str], k: int) -> tuple[tuple[str, ...], int]:
    """The field of the ministry that the words from ``k`` on name, and how many they are:
    "МИД", "Минобороны", "министерство иностранных дел", "военное ведомство"; 0 if none."""
    fields = _ministry_fields()
    by_word = fields.get(lemmas[k])
    if by_word is not None and "ADJF" not in morph.word(words[k]).best:
        return by_word, 1  # a short name: "МИД"
    if by_word is not None and k + 1 < len(words) and lemmas[k + 1] in _AGENCY_NOUNS:
        return by_word, 2  # the adjective of the field before an agency noun
    for _, rest in split_clipped(words[k]):
        found = next((f for f in fields.values() if rest == "".join(f)), None)
        if found is not None:
            return found, 1
    if lemmas[k] == _MINISTRY:
        found = next((f for f in fields.values() if tuple(words[k + 1 : k + 1 + len(f)]) == f), None)
        if found is not None:
            return found, 1 + len(found)
    return (), 0


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _branch_cut(morph: Morphology, name: str) -> Optional[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]]:
    """Organization name ``name`` less the words that make it a branch's, the same in every text
    (:meth:`_Resolver._body_core` reads the rest): its words and lemmas left, those lemmas as
    written where nothing was cut, the lemmas of the places cut off and the branch's initials run
    into its abbreviation; None when what follows the body's name is no place."""
    branches = _body_branches()
    words = name.split()
    lemmas = [fold(w) if w.isupper() else morph.word(w).lemma for w in words]
    places: list[str] = []
    if "по" in lemmas[1:]:  # "СК по краю"; not "департамент по ЧС", a field
        k = lemmas.index("по", 1)
        if k + 1 < len(words) and not words[k + 1].isupper():
            places += words[k + 1 :]
            words, lemmas = words[:k], lemmas[:k]
    abbreviations = [k for k, w in enumerate(words) if w.isupper() and len(w) > 1]
    if abbreviations and abbreviations[-1] + 1 < len(words):  # "МВД Эстонии", "ФНС РФ"
        k = abbreviations[-1] + 1
        places += words[k:]
        words, lemmas = words[:k], lemmas[:k]
    # what follows the body's name is a place, not a person ("МЧС Ивана Петрова") or another body
    if not all(_place_word(morph, w) for w in places):
        return None
    places = [fold(w) if w.isupper() else morph.word(w).lemma for w in places]
    k = _branch_words(morph, words, lemmas)
    # a name with nothing cut off is in the nominative, as written: no lemma the dictionary
    # guesses for a name it lacks ("Минпросвещения" is no "Минпросвещение")
    written = lemmas if k or places else [fold(w) for w in words]
    words, lemmas = words[k:], lemmas[k:]
    first = words[0]
    prefix = next((p for p in branches["prefix"] if first.isupper() and fold(first).startswith(p)), "")
    if prefix and len(first) - len(prefix) >= _PREFIXED_BODY:
        lemmas[0] = fold(first)[len(prefix) :]
    return tuple(words), tuple(lemmas), tuple(written[k:]), tuple(places), prefix


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _core_of_name(morph: Morphology, name: str, long_name: bool) -> Optional[tuple[str, frozenset[str]]]:
    """:meth:`_Resolver._body_core` of ``name`` when the text spells out no short name by it, by the
    name alone and whether the text gives it as the ``long_name`` of a short one: the same in every
    text. (Memoized: asked of every organization name a text gives, the words read in the
    dictionary each time.)"""
    cut = _branch_cut(morph, name)
    if cut is None:
        return None
    words, lemmas, written, places, prefix = cut
    spelled = _voiced_abbreviations(morph).get(lemmas[0]) if len(lemmas) == 1 else None
    if spelled is not None:
        lemmas = tuple(sorted(spelled[1]))
    elif not long_name and not any(w.isupper() and len(w) > 1 or _proper_word(morph, w) for w in words):
        if frozenset(lemmas) not in _voiced_names(morph):
            return None
    elif not prefix:
        lemmas = written
    countries = [w for w in lemmas if _country(w) is not None]
    body = sorted(w for w in lemmas if w not in countries)
    if not body or len(words) == 1 and "Geox" in morph.word(words[0]).best:
        return None  # "управление Эстонии": a place's body, named by no name of its own
    return " ".join(body), _specific_places(places + tuple(countries))


def _branch_words(morph: Morphology, words: list[str], lemmas: list[str]) -> int:
    """How many words opening a body's name (``words``, as ``lemmas``) make it a branch's: a
    region's adjectives ("региональное"), then a head noun with its adjectives ("Главное
    управление"; ``data/body_branches.tsv``) before the body's name."""
    branches = _body_branches()
    k = 0
    while k < len(words) - 1 and lemmas[k] in branches["region"]:
        k += 1
    j = k
    while j < len(words) - 1 and morph.word(words[j]).has("ADJF") and not words[j].isupper():
        j += 1
    return j + 1 if j < len(words) - 1 and lemmas[j] in branches["head"] else k


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _specific_places(words: tuple[str, ...]) -> frozenset[str]:
    """The words (lemmas) of the places a body's name marks, folded: its country, and its region
    unless that says no more than a region's ("по краю", "этого края")."""
    countries = [w for w in words if _country(fold(w)) is not None]
    region = [w for w in words if w not in countries]
    named = any(w not in _body_branches()["region"] for w in region)
    return frozenset(fold(w) for w in countries + (region if named else []))


def _place_word(morph: Morphology, word: str) -> bool:
    """May ``word`` be a word of a place's name in a body's name: a country ("РФ", "Эстонии"), a
    region's noun or adjective ("области", "Омской"), a place's name ("Омска"); not a person's?"""
    parsed = morph.word(word)
    if _country(fold(word)) is not None or parsed.lemma in _body_branches()["region"]:
        return True
    return not parsed.name_readings and bool({"Geox", "ADJF"} & parsed.best)


def _proper_word(morph: Morphology, word: str) -> bool:
    """Is ``word`` capitalized and no word the dictionary knows as a common one ("Росреестр",
    "Омск"; not "Верховный")?"""
    parsed = morph.word(word)
    return word[:1].isupper() and (not parsed.known or bool(parsed.name_readings) or bool({"Geox", "Orgn", "LATN"} & parsed.best))


def _other_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do the places two names of a body mark ("омской области", "эстонии") set them apart: two
    countries, a country and a region (of Russia, as a region named alone is), or a region one
    names in a word the other lacks in any form ("омска", "омской области"), or not at all: "МВД"
    may be Эстонии, the body the text speaks of, but "ФСБ" is more than its office "по Омской
    области"."""
    home = {c for c in (_country("россия"),) if c is not None}
    countries = [{c for w in marks if (c := _country(w)) is not None} for marks in (a, b)]
    regions = [[w for w in marks if _country(w) is None] for marks in (a, b)]
    of = [c or (home if r else set()) for c, r in zip(countries, regions)]
    if of[0] and of[1] and of[0].isdisjoint(of[1]):
        return True
    x, y = regions
    return not (all(any(_same_mark(v, w) for w in y) for v in x) and all(any(_same_mark(w, v) for v in x) for w in y))


@functools.cache
def _member_bodies() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("member_bodies.tsv")}


@functools.cache
def _ministry_fields() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1:]) for row in lexicon.table("ministry_fields.tsv")}


def _ministry_field(an: Analysis, start: int, end: int) -> Optional[dict[int, tuple[str, ...]]]:
    """The words of tokens ``start..end-1`` that name a ministry by its field: a short name of one
    past the modifiers before it ("МИД", "французского МИД"), or adjectives among those modifiers
    before a noun for a government agency ("военного ведомства"); each token to the words of the
    ministry's own name ("обороны"). Empty for an agency noun of no field ("глава ведомства" is a
    minister too); None if the tokens name no ministry so."""
    fields: dict[int, tuple[str, ...]] = {}
    t = start
    while t < end and is_modifier(an, t):
        words = _ministry_fields().get(an.word(t).lemma)
        if words:
            fields[t] = words
        t += 1
    if t >= end or not an.letters[t]:
        return None
    short = _ministry_fields().get(an.word(t).lemma) if token_kind(an, t) == "organization" else None
    if short:
        return {**fields, t: short}
    return fields if an.word(t).lemma in _AGENCY_NOUNS else None


@functools.lru_cache(maxsize=_SPELLING_MEMO)
def _spelling(word: str) -> str:
    """Folded ``word`` less the letters a foreign name's Russian spellings differ by: "э" as "е",
    "йя" as "йа", "йе" opening it as "е", a doubled letter as one ("Тэйлор" and "Тейлор", "Айяр"
    and "Айар", "Йенсен" and "Енсен", "Скиппер" and "Скипер" are one name). (Memoized: each new
    person of a text is looked up and indexed by it.)"""
    word = word.replace("э", "е").replace("йя", "йа")
    return _REPEATED_LETTER.sub(_LETTER_REPEATED, word[1:] if word.startswith("йе") else word)


_REPEATED_LETTER = re.compile(r"(.)\1+", re.DOTALL)  # a run of one letter, read in C: kept as one
# the letter of the run, taken from the match in C, where a template r"\1" cost a call of the re
# module's Python code (which builds a function to expand it) for each word, matched or not
_LETTER_REPEATED = operator.itemgetter(1)


@functools.lru_cache(maxsize=_SPELLING_MEMO)
def _typo_cuts(spelled: str) -> tuple[tuple[tuple[int, str], ...], tuple[str, ...], frozenset[tuple[int, str]]]:
    """``spelled`` less one letter at each place a typo is looked for, with that place, in order;
    those words alone; and the keys of the one-letter-off index of a surname so spelled, by place
    and anywhere (-1). (Memoized: a text's people are looked up and indexed by them.)"""
    cuts = tuple((k, spelled[:k] + spelled[k + 1 :]) for k in _typo_places(spelled))
    shorter = tuple(less for _, less in cuts)
    return cuts, shorter, frozenset(cuts).union((-1, less) for less in shorter)


def _typo_places(surname: str) -> Iterator[int]:
    """The places in ``surname`` a typo is looked for at: each of its hyphenated parts but the
    last letters, where the case endings are."""
    start = 0
    for part in surname.split("-"):
        yield from range(start, start + len(part) - _SURNAME_TAIL)
        start += len(part) + 1


def _other_first_name(a: list[str], b: list[str]) -> bool:
    """Do names ``a`` and ``b`` (folded words, the surname last) both give first names, and ones
    that are no forms, initials or spellings of one another ("Джорджия" and "Ханна"; but "Ханну", a
    case the nominative was not found for, "В." and "Владимир", "Тэйлор" and "Тейлор" are one),
    nor words of the other name ("Карим Насер" and "Абдель Карим Насер", "Уэйн Смит" and a
    name read with the word before it, "Лофнеров Уэйн Смит")?"""
    if len(a) < 2 or len(b) < 2 or a[0] in b[:-1] or b[0] in a[:-1]:
        return False
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if x.startswith(y) or y.startswith(x) or _spelling(x) == _spelling(y):
        return False
    common = len(os.path.commonprefix([x, y]))
    return common < min(len(x), len(y)) - _FIRST_NAME_ENDING


def _one_letter_apart(a: list[str], b: list[str]) -> bool:
    """Are names ``a`` and ``b`` the same words but one, which differ by one letter added, dropped
    or changed, in a word long enough for that to be a typo?"""
    differing = [(x, y) for x, y in zip(a, b) if x != y] if len(a) == len(b) else []
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if min(len(x), len(y)) < _TYPO_WORD:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    short, long_ = sorted((x, y), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _openings_index(abbreviations: Sequence[str]) -> dict[str, list[int]]:
    """Each opening of the ``abbreviations`` (their first letter, first two …) -> the indices of
    those it opens, in order."""
    index: dict[str, list[int]] = {}
    for k, abbreviation in enumerate(abbreviations):
        for n in range(1, len(abbreviation) + 1):
            index.setdefault(abbreviation[:n], []).append(k)
    return index


def _opened_by(abbreviations: Sequence[str], index: dict[str, list[int]], openings: Iterable[str]) -> list[str]:
    """The ``abbreviations`` one of ``openings`` (none empty) opens, in order, read off their
    ``_openings_index``: ``[a for a in abbreviations if any(a.startswith(o) for o in openings)]``."""
    return [abbreviations[k] for k in sorted({k for o in openings for k in index.get(o, ())})]


def _case_stems(word: str) -> tuple[str, ...]:
    """``word`` and what is left of it less a noun's case ending ("вербен" of "вербене", "вербена"),
    a stem of ``_MIN_STEM`` letters or more: two forms of one name share one."""
    return (word, *(word[:-cut] for cut in _CASE_ENDINGS if len(word) - cut >= _MIN_STEM and word[-cut:] in _NOUN_CASE_ENDINGS))


@functools.lru_cache(maxsize=4096)
def _initials(word: str) -> tuple[str, ...]:
    """The letters a word may give an abbreviation, most first: of each part of a hyphenated word
    ("Los-Angeles": "la"), of each clipped stem of a compound ("нацбанк": "нб", "погранслужба":
    "пс"; ``data/clipped_stems.txt``), else its first letter."""
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        return ("".join(p[0] for p in parts), word[0])
    compound = [stem[0] + initials for stem, rest in split_clipped(word) for initials in _initials(rest)]
    return (*sorted(set(compound), key=len, reverse=True), word[0])


@functools.cache
def _countries() -> tuple[tuple[str, ...], ...]:
    """The ways of naming each country in a role's marks (``data/country_marks.txt``)."""
    return tuple(tuple(line.split()) for line in lexicon.lines("country_marks.txt"))


@functools.lru_cache(maxsize=4096)
def _country(word: str) -> Optional[int]:
    """Which country ``word`` names: an abbreviation as written, a name or adjective by its stem."""
    return next(
        (k for k, forms in enumerate(_countries()) if any(word == f or len(f) > 3 and word.startswith(f) for f in forms)),
        None,
    )


@functools.cache
def _state_names() -> dict[str, tuple[int, bool]]:
    """A state's other names and capitals (``data/state_names.tsv``) -> the state, as ``_country``
    numbers it, and whether the name is its capital's."""
    return {
        row[0]: (state, row[1] == "seat") for row in lexicon.table("state_names.tsv") if (state := _country(row[2])) is not None
    }


@functools.cache
def _ministry_names() -> dict[str, tuple[tuple[str, ...], bool, int]]:
    """A ministry's names that say neither its field nor "министерство" (``data/ministry_names.tsv``)
    -> the words of its field, whether the name is its seat's, and its country."""
    return {
        row[0]: (tuple(row[2].split()), row[1] == "seat", country)
        for row in lexicon.table("ministry_names.tsv")
        if (country := _country(row[3])) is not None
    }


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _same_mark(a: str, b: str) -> bool:
    """One word in two forms: "минфина" / "минфин", "россии" / "российский"; one country by two
    names: "рф" / "российский"."""
    if a == b:
        return True
    country = _country(a)
    if country is not None and country == _country(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(_MIN_STEM, len(short) - 3) or _adjective_of_place(a, b) or _adjective_of_place(b, a)


def _adjective_of_place(adjective: str, noun: str) -> bool:
    """Is ``adjective`` the "-ск-" adjective of ``noun`` ("чеченской" of "Чечни", "московского" of
    "Москвы", "президентской" of "президента"): its stem before "ск" the noun less its ending,
    or that with the fleeting vowel before the stem's last letter dropped ("чечен-" / "чечн-")?"""
    k = adjective.rfind("ск")
    if k < _MIN_STEM or adjective[k + 2 :] not in _ADJECTIVE_ENDINGS:
        return False
    stem = adjective[:k]
    stems = {noun[:-n] for n in _CASE_ENDINGS if len(noun) - n >= _MIN_STEM}
    return stem in stems or stem[-2] in "еоё" and stem[:-2] + stem[-1] in stems


def _spelled_clipped(marks: Marks, other: Marks) -> Marks:
    """``marks`` with each compound of a clipped stem spelled out as the words of ``other`` give
    it: "генпрокуратуры" as "генеральной прокуратуры", "нацбанка" as "национального банка" (a
    word of ``other`` opening with the stem, then the rest of the compound in some form;
    ``data/clipped_stems.txt``), so that the short and the full name mark one body."""
    out: list[tuple[str, bool]] = []
    for word, proper in marks:
        spelled = next(
            (
                [(v, proper), (rest, proper)]
                for stem, word_rest in split_clipped(word)
                for (v, _), (rest, _) in zip(other, other[1:])
                if v.startswith(stem) and v != word and _same_mark(word_rest, rest)
            ),
            [(word, proper)],
        )
        out += spelled
    return tuple(out)


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _seats_spelled(marks: Marks) -> Marks:
    """``marks`` with each name of a seat (``data/body_seats.tsv``) written as the office it stands
    for: "Кремля" as a name "президент" and the country's word, which a role need not give
    ("пресс-секретарь президента" is of no other country's president)."""
    out: list[tuple[str, bool]] = []
    for word, proper in marks:
        seat = next((row for row in lexicon.table("body_seats.tsv") if proper and _same_mark(word, row[0])), None)
        out += [(seat[1], True), (seat[2], False)] if seat else [(word, proper)]
    return tuple(out)


def _all_held(words: frozenset[str], held: frozenset[str]) -> bool:
    """Is every word of ``words`` among ``held``, in some form ("областной" / "область")?"""
    return all(w in held or any(_same_mark(w, v) for v in held) for w in words)


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _marks_shared(a: Marks, b: Marks) -> int:
    return sum(1 for w, _ in a if any(_same_mark(w, v) for v, _ in b))


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _countries_marked(marks: Marks) -> frozenset[int]:
    """The countries the marks of a role name ("испанский", "Италии")."""
    return frozenset(c for w, _ in marks if (c := _country(w)) is not None)


def _foreign(countries: set[int], name: str) -> bool:
    """Does organization name ``name`` mark countries, none of ``countries`` (if any)?"""
    if not countries:
        return False
    marked = _marked_countries(name)
    return bool(marked) and marked.isdisjoint(countries)


def _marked_countries(name: str) -> set[int]:
    """The countries the words of organization name ``name`` mark ("Минфин США")."""
    return {c for w in fold(name).split() if (c := _country(w)) is not None}


def _other_countries(a: Marks, b: Marks) -> bool:
    """Do the marks of two roles name countries, and none the same ("испанский", "Италии")?"""
    countries_a, countries_b = _countries_marked(a), _countries_marked(b)
    return bool(countries_a and countries_b) and countries_a.isdisjoint(countries_b)


@functools.lru_cache(maxsize=_PAIR_MEMO)
def _marks_conflict(a: Marks, b: Marks) -> bool:
    """Do two roles name different bodies: a word of each the other lacks, both names or both common
    words, or two countries ("испанский" and "Италии")?"""
    if _other_countries(a, b):
        return True
    only_a = [p for w, p in a if not any(_same_mark(w, v) for v, _ in b)]
    only_b = [p for w, p in b if not any(_same_mark(w, v) for v, _ in a)]
    return any(p == q for p in only_a for q in only_b)


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, without those inside another ("Лукашенко" in "президент Лукашенко")."""
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for a, b in ordered:
        if out and a >= out[-1][0] and b <= out[-1][1]:
            continue
        out.append((a, b))
    return out


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def build_document(norm: Normalized, an: Analysis, links: tuple[Link, ...]) -> Document:
    """Resolve every link's source to an entity and build the public Document."""
    if not links:
        return Document(norm.original, (), ())  # no quotation, no speaker: the entities are not worked out
    # what people say; what outlets, documents and organizations report, and what "об этом" points
    # back to, is the narrative itself
    statements = (
        (link.start, link.end)
        for link in links
        if link.rule != "about-this" and link.source is not None and link.source.kind in _PEOPLE
    )
    opens: dict[int, int] = {}
    for link in links:
        if link.source is not None and link.start < an.toks[link.source.first].start:
            at = bisect.bisect_left(an.toks, link.start, key=START)
            opens[link.source.first] = min(at, opens.get(link.source.first, at))
    resolver = _Resolver(an, statements, opens, frozenset(link.source.head for link in links if link.source is not None))
    def position(k: int) -> int:
        source = links[k].source
        return an.toks[source.first].start if source else links[k].start

    entity_of: dict[int, Optional[_Entity]] = {}
    entity_at: dict[int, _Entity] = {}  # the head token of each resolved source -> its entity
    # a personal pronoun or a description of a person that is the subject of the narrative is the
    # topic the next pronoun picks up ("… он предложил разогнать митинг. Он заявил", "Водитель был
    # задержан. Он заявил"): resolved in text order among the sources
    sources = {link.source.head for link in links if link.source is not None}
    narrative: list[tuple[Mention, Optional[str]]] = [
        (phrase(an, t, "pronoun", "nomn"), None) for t in _pronoun_subjects(an, resolver.pronouns) if t not in sources
    ]
    narrative += [(d, gender) for d, gender in resolver.described_subjects if d.head not in sources]
    events = sorted(
        [(position(k), False, k) for k in range(len(links))]
        + [(an.toks[d.first].start, True, k) for k, (d, _) in enumerate(narrative)]
    )
    for _, of_narrative, k in events:
        if of_narrative:
            subject, gender = narrative[k]
            entity = resolver.resolve(subject, gender, narrative=True)
            if entity is not None:
                if entity.gender is None:
                    entity.gender = gender  # "Муж обещал приехать": no "она" after it
                resolver.note(_Seen(subject.last - 1, entity, True, resolver.statement_at(subject.first)))
            continue
        link = links[k]
        m = link.source
        cue = link.cue.info if link.cue else None
        verb_gender = None
        if cue is not None and cue.form == "finite" and cue.number == "sing" and cue.gender in ("masc", "femn"):
            verb_gender = cue.gender
        entity = resolver.resolve(m, verb_gender) if m is not None else None
        if entity is None and link.heir is not None:
            entity = entity_at.get(link.heir.head)  # "И добавил": the subject of the clause before
        elif entity is not None and m is not None:
            entity_at[m.head] = entity
        entity_of[k] = entity
        if entity is not None and m is not None and m.case == "nomn" and verb_gender:
            if m.kind == "person":
                entity.gender = verb_gender  # the verb agrees with its subject: "Небойша заявил"
            elif m.kind in ("role", "generic") and entity.gender is None:
                entity.gender = verb_gender  # "Местный житель рассказал": a man, whom "мужчина" may name again
        if entity is not None and entity.kind == "organization" and cue is not None and cue.cls == "media" and not resolver.is_body(m):
            entity.outlet = True  # "пишет X", "передает X": X is an outlet
        if entity is not None and m is not None:
            entity.mentions.add((an.toks[m.first].start, an.toks[m.last - 1].end))
            entity.spoke = True
            entity.told = entity.told or cue is not None and cue.form != "nominal"
            entity.wrote = entity.wrote or cue is not None and cue.cls == "media"
            resolver.note(_Seen(m.last - 1, entity, True))  # after any name inside its own phrase
            last = bisect.bisect_left(an.toks, link.end, key=START) - 1
            if last > m.last and m.kind in _PEOPLE:
                # a person stays in view to the end of what they say: "«Q1, — сказал Петров. — Q2.
                # Q3». По словам политика" is Петров, however many sentences Q2 and Q3 run; what an
                # outlet or a body reports is the narrative, with people of its own
                resolver.note(_Seen(last, entity, True))

    _speaker_of_the_words_around(an, links, entity_of)
    _voice_of_the_headline(an, links, entity_of)
    _named_voice_of_the_headline(an, links, entity_of)
    _named_by_a_pointer_back(an, links, entity_of)
    _bare_description_completed(an, links, entity_of)
    _kin_by_surname(an, links, entity_of, resolver.entities.values())
    _outlet_going_on(an, links, entity_of)
    framing = _frames_pointed_back(an, links, entity_of)
    text = norm.original

    def span(start: int, end: int) -> Span:
        a, b = norm.span(start, end)
        return Span(a, b, text[a:b])

    speakers: dict[str, Speaker] = {}
    for k in range(len(links)):
        entity = entity_of[k]
        if entity is not None and entity.key not in speakers:
            speakers[entity.key] = Speaker(
                entity.name,
                entity.kind,  # type: ignore[arg-type]
                tuple(span(a, b) for a, b in _outermost(entity.mentions)),
                entity.gender,
            )
    quotes = []
    for k, link in enumerate(links):
        if k in framing:
            continue
        entity = entity_of[k]
        m = link.source
        quotes.append(
            Quote(
                content=span(link.start, link.end),
                kind=link.kind,  # type: ignore[arg-type]
                cue=span(link.cue.start, link.cue.end) if link.cue else None,
                source=span(an.toks[m.first].start, an.toks[m.last - 1].end) if m else None,
                speaker=speakers[entity.key] if entity is not None else None,
                rule=link.rule,
            )
        )
    return Document(text, tuple(quotes), tuple(speakers.values()))
