"""The cases of names: which case a name stands in where it is read, and its nominative.

What the grammar of the analysed text says, nothing about entities: the speaker resolver
(speakers.py) builds on it through TextReading (reading.py)."""

from __future__ import annotations

import functools
from typing import Iterable, Optional, Sequence

from . import lexicon
from .analysis import Analysis
from .lexicon import fold
from .mentions import body_before_name, first_of_two_first_names, is_name, name_end, name_forms, opens_name, opens_sentence, role_before, stray_capital, token_kind
from .morph import ADJECTIVE_OBLIQUE, FEMININE_OBLIQUE, GENITIVE_OF_A_NAME, ICH_OBLIQUE, NAME_TAGS, Word, feminine_oblique_cases, inflect, match_case, name_gender


# masculine instrumental endings of names, which no other case of a name has: "Шольцем", "Алиевым"
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ым", "им")
# "канцлером Германии Олафом Шольцем": capitalized genitives between a role and its holder's name
_ROLE_COMPLEMENT_WORDS = 2
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")  # in the order a tie between readings goes
_GENDERS = frozenset({"masc", "femn"})
# the oblique endings of a masculine adjective no other name has (an instrumental "-ым" is one of
# "Петровым" too, whose "Петровой" is a woman's), and the nominatives they may come from
_ADJECTIVE_CASE_ENDINGS = ("ого", "его", "ому", "ему")
_ADJECTIVE_NOMINATIVES = ("ой", "ый", "ий")
_INDECLINABLE_PLURAL_ENDINGS = ("ых", "их")  # "Седых", "Долгих": surnames that keep a plural's ending
_SHORTEST_ADJECTIVE_STEM = 3  # "Толстого": shorter stems are no surnames worth respelling


# the cases a dictionary word's readings give it in a name, the likeliest first, by word form: its
# readings as a name, else all of them (_NO_CASE: its readings as a name are all plural). Worked out
# once per word form, where each name read its readings again; emptied when full, as the morphology's memo
_reading_cases: dict[str, tuple[str, ...]] = {}
_READING_CASES_MEMO = 100_000
_NO_CASE: tuple[str, ...] = ("plur",)

# the nominative of a name by its words as written, the case they are read in and the case of those
# the dictionary lacks (NameCases.nominative_name), where no word's nominative is the one the text
# writes: worked out once per name, where each mention put every word in the nominative again;
# emptied when full, as the morphology's memo
_nominative_names: dict[tuple[Optional[str], ...], str] = {}
_NOMINATIVE_NAMES_MEMO = 100_000


def _reading_cases_of(word: Word) -> tuple[str, ...]:
    named = [r for r in word.readings if NAME_TAGS & r.grammemes]
    if named and all("plur" in r.grammemes for r in named):
        found = _NO_CASE
    else:
        found = tuple([c for r in named or word.readings for c in CASES if c in r.grammemes])
    if len(_reading_cases) >= _READING_CASES_MEMO:
        _reading_cases.clear()
    _reading_cases[word.text] = found
    return found


class NameCases:
    """The names of one analysed text and the case each stands in: what the speaker resolver reads
    before it clusters anything. It keeps no state but the analysis."""

    def __init__(self, an: Analysis) -> None:
        self.an = an

    def nominative_name(self, tokens: Iterable[int], case: str, unknown_case: Optional[str] = None) -> str:
        """The name in the nominative, its words read in ``case``; those the dictionary does not
        know in ``unknown_case`` if given (the case the surname shows: "Джареда Лофнера")."""
        an = self.an
        tokens = tuple(tokens)
        key = (case, unknown_case, *map(an.tok_texts.__getitem__, tokens))
        found = _nominative_names.get(key)
        if found is not None:
            return found
        words = []
        of_the_text = False  # whether a word's nominative is the one the text writes (_written_nominative)
        for t in tokens:
            text = an.tok_texts[t]
            if text == ".":
                continue
            read_in = unknown_case if unknown_case and not an.word(t).known else case
            of_the_text = of_the_text or _adjective_ending(an.low[t], read_in) is not None
            words.append(
                text + "."
                if len(text) == 1
                else self._one_of_family(tokens, t, read_in)
                or self._indeclinable_plural(tokens, t, read_in)
                or self._written_nominative(t, read_in)
                or an.morph.name_nominative(text, read_in)
            )
        found = " ".join(words)
        if not of_the_text:  # the same words in the same cases give the same name in any text
            if len(_nominative_names) >= _NOMINATIVE_NAMES_MEMO:
                _nominative_names.clear()
            _nominative_names[key] = found
        return found

    def _written_nominative(self, t: int, case: str) -> Optional[str]:
        """A surname declined as an adjective, in an oblique case ("Мостового", "Лесовому"), put in
        the nominative the text writes capitalized, if it does: "-ой", "-ый" or "-ий" ("Геннадия
        Мостового … Мостовой получил"), which the oblique ending does not tell."""
        low = self.an.low[t]
        ending = _adjective_ending(low, case)
        if ending is None:
            return None
        written = self._capitalized_words()
        for nominative in _ADJECTIVE_NOMINATIVES:
            if low[: -len(ending)] + nominative in written:
                return match_case(self.an.tok_texts[t], low[: -len(ending)] + nominative)
        return None

    def _capitalized_words(self) -> frozenset[str]:
        """The words the text writes capitalized, in lower case. (Read once per document.)"""
        an = self.an
        key = ("capitalized_words",)
        found: Optional[frozenset[str]] = an.scans.get(key)  # type: ignore[assignment]
        if found is None:
            found = an.scans[key] = frozenset(map(an.low.__getitem__, an.capitalized))
        return found

    def _one_of_family(self, tokens: tuple[int, ...], t: int, case: str) -> Optional[str]:
        """A family's surname, in the plural, as one member's: "Ольга Васильевы" of "Андрей и Ольга
        Васильевы" is "Ольга Васильева" (the first name gives the gender)."""
        word = self.an.words[t] or self.an.word(t)
        if "Pltm" not in word.any_grammemes or not word.has("Surn", "plur", case) or word.has("Surn", "sing", case):
            return None  # "Pltm": pymorphy3 reads a family's surname as a plural-only noun
        gender = name_gender(map(self.an.word, tokens), case)
        surname = word.readings_with("Surn", "plur", case)[0]
        one = inflect(surname.parse, frozenset({"sing", gender, "nomn"})) if gender else None
        return match_case(self.an.tok_texts[t], one.word) if one else None

    def _indeclinable_plural(self, tokens: tuple[int, ...], t: int, case: str) -> Optional[str]:
        """A surname in "-ых" or "-их" after a first name, which the dictionary reads only as a
        plural adjective in ``case`` ("Антона Седых", "Марине Долгих"), as written: such surnames do
        not inflect, and one person's is no plural."""
        an = self.an
        if t == tokens[0] or not an.low[t].endswith(_INDECLINABLE_PLURAL_ENDINGS):
            return None
        readings = [r for r in an.word(t).readings if case in r.grammemes]
        if not readings or any("plur" not in r.grammemes for r in readings):
            return None
        return an.tok_texts[t] if an.word(tokens[0]).name_readings else None

    def _read_names(self) -> list[tuple[int, int, str]]:
        """The person names in the text, in text order: first token, end, case."""
        an = self.an
        names = []
        i = 0
        for start in an.capitalized:
            if start < i:
                continue  # inside the name just read
            i = start
            if an.quote_of[i] < 0 and is_name(an, i) and not stray_capital(an, i):
                end = name_end(an, i)
                if self._opens_later(i, end):
                    i += 1  # "Мэр Саратова | Лада Мокроусова": a place before the name
                    continue
                j = self._split_name(i, end)
                cases = self._guess_cases(range(i, j))
                case = cases[0] if cases else self._case_before(i)
                if case == "nomn" and cases and len(cases) > 1:
                    case = self._apposition_case(i, cases)
                    if case == "nomn" and self._verb_before_disagrees(i, j):
                        case = cases[1]  # "Суд арестовал Рената Шайхутдинова": his accusative, no woman's nominative
                elif cases and len(cases) > 1:
                    case = self._role_case(range(i, j), cases)
                if opens_sentence(an, i) and j < len(an.toks) and an.low[j] == ":" and (not cases or "nomn" in cases):
                    case = "nomn"  # "Лебедева: я готова": the source of a headline, not a man's genitive
                elif case != "nomn" and cases and "nomn" in cases and self._verb_agrees_as_subject(i, j):
                    case = "nomn"  # "Второе место заняла Евгения Тарасова": a woman, not Евгений Тарасов's genitive
                names.append((i, j, case))
                i = j
            else:
                i += 1
        return names

    def _verb_before_disagrees(self, i: int, j: int) -> bool:
        """Does a past-tense singular verb stand right before the name at ``i..j-1`` in a gender no
        nominative of the name has, so that the name is no subject of it?"""
        an = self.an
        verb = i - 1
        if verb < 0 or an.sent_of[verb] != an.sent_of[i] or not an.letters[verb]:
            return False
        forms = [r.grammemes & _GENDERS for r in an.word(verb).readings_with("VERB", "past", "sing")]
        if not forms:
            return False
        genders = set(_GENDERS)  # those every word of the name has a nominative in
        for t in range(i, j):
            genders &= {g for c, g in name_forms(an, t) or () if c == "nomn"}
        return bool(genders) and all(not (genders & g) for g in forms)

    def _verb_agrees_as_subject(self, i: int, j: int) -> bool:
        """Is the name at ``i..j-1`` the subject of a past-tense verb next to it, one whose gender only
        its nominative shares: a verb right after a name that opens its sentence ("Евгения Тарасова
        заняла"), or next to it with no nominative before to agree with it ("Второе место заняла
        Евгения Тарасова"; but "Полиция задержала Евгения Тарасова" is his accusative)?"""
        an = self.an
        # (a name word's forms hold the nominatives the dictionary lacks: "Кая Каллас" is a woman's)
        genders = {g for t in range(i, j) if an.word(t).name_readings for c, g in name_forms(an, t) or () if c == "nomn"}
        if len(genders) != 1:
            return False
        first = an.sentence(i).first
        return any(self._agrees_as_subject_of(verb, i, genders) for verb in ((j,) if i == first else (i - 1, j)))

    def _agrees_as_subject_of(self, verb: int, i: int, genders: set[str]) -> bool:
        """Is ``verb`` a past-tense verb of ``genders`` only, with no nominative before the name at
        ``i`` to agree with it instead ("Премьер Джорджа Мелони заявила": "премьер" is no woman)?"""
        an = self.an
        first = an.sentence(i).first
        if verb < first or verb >= len(an.toks) or an.sent_of[verb] != an.sent_of[i] or not an.letters[verb]:
            return False
        forms = [r.grammemes & _GENDERS for r in an.word(verb).readings_with("VERB", "past", "sing")]
        if not forms or not all(genders <= g for g in forms):
            return False
        return not any(self._nominative_of(t, forms) for t in range(first, min(verb, i)))

    def _nominative_of(self, t: int, verb_genders: list[frozenset[str]]) -> bool:
        """Can word ``t`` be a nominative singular noun or pronoun of one of ``verb_genders`` (those
        of a past-tense verb's readings)?"""
        an = self.an
        return an.letters[t] and any(
            ("NOUN" in r.grammemes or "NPRO" in r.grammemes) and "nomn" in r.grammemes and "sing" in r.grammemes
            and any(g <= r.grammemes for g in verb_genders)
            for r in an.word(t).readings
        )

    def _opens_later(self, i: int, j: int) -> bool:
        """Does the name read at ``i..j-1`` open at its second word, the first being a word the
        dictionary knows as no name (a place, a common noun), or the complement of a noun or
        preposition before it ("адвокат Петренко | Олег Сомов", "в Киришах | Олега Сомова")? A word
        that is no first name stands before a first name in a name only as a surname before a
        first name and a patronymic ("Петренко Олег Иванович")."""
        an = self.an
        word = an.word(i)
        if j - i <= 2:
            return False
        if word.known and not word.name_readings:
            return opens_name(an, i + 1, j - 1)
        first = an.word(i + 1)
        if not first.known or "Name" not in first.best or "plur" in first.best or an.word(i + 2).has("Patr"):
            return False
        if body_before_name(an, i, j):
            return True
        before = i - 1
        complement = (
            before >= 0
            and an.sent_of[before] == an.sent_of[i]
            and an.letters[before]
            and (an.is_prep(before) or "NOUN" in an.word(before).best and not is_name(an, before))
        )
        if not complement:
            return False
        if not word.name_readings:
            # "представитель Минрегиона | Олег Зимин": a word that is no name and no nominative does not
            # agree with a first name that can only be a nominative; a plural nominative does not
            # either ("глава Росводоохраны | Борис Петров": one person's name is singular)
            # (a first name's plural readings, "Александра" as women's, name no one person: "советник
            # Брытко | Александр Белов")
            return not word.has("nomn", "sing") and all("nomn" in r.grammemes for r in first.name_readings if "plur" not in r.grammemes)
        # "Пауло Мануэл Ласерда", "Лисандро Гарсиа Ласерда"
        return not (word.known and any("Name" in r.grammemes for r in word.name_readings) or first_of_two_first_names(word, first))

    def _split_name(self, i: int, j: int) -> int:
        """Where the name read at ``i..j-1`` ends: after a word the dictionary does not know whose
        ending shows an oblique case the next word cannot stand in ("Ициком Элькабецом | Бергфельд": an
        instrumental joins no nominative name after it; "Олафом Шольцем" stays one name); after a
        preposition, before a name in its dictionary form after such a word ("в Тобруке | Хасан":
        a preposition governs no nominative)."""
        governed = i > 0 and self.an.is_prep(i - 1)
        for k in range(i, j - 1):
            cases = self._cases_by_ending(k)
            if cases and not self._may_stand_in(k + 1, cases):
                return k + 1
            if governed and not self.an.word(k).known and self._dictionary_nominative(k + 1):
                return k + 1
        return j

    def _dictionary_nominative(self, t: int) -> bool:
        """Is name word ``t`` written as the dictionary's nominative of a name ("Аббас", "Дмитрий")?"""
        word = self.an.word(t)
        low = self.an.low[t]
        return word.known and any(
            NAME_TAGS & r.grammemes and "nomn" in r.grammemes and r.parse.normal_form == low for r in word.readings
        )

    def _cases_by_ending(self, t: int) -> tuple[str, ...]:
        """The oblique cases the ending of word ``t``, unknown to the dictionary, alone allows:
        a masculine instrumental ("Элькабецом"), an adjective's genitive ("Зеленского") or one of a
        surname in -ич ("Ковачича")."""
        word = self.an.word(t)
        low = self.an.low[t]
        if word.known:
            return ()
        if low.endswith(_INSTRUMENTAL_ENDINGS) and not word.has("nomn"):  # "Ибрагим" is a nominative
            return ("ablt",)
        return _oblique_by_ending(low)

    def _may_stand_in(self, t: int, cases: tuple[str, ...]) -> bool:
        """Can name word ``t`` stand in one of ``cases``, by the dictionary or by its ending?"""
        word = self.an.word(t)
        if not word.known:
            return bool(set(cases) & set(self._cases_by_ending(t)))
        named = [r for r in word.readings if NAME_TAGS & r.grammemes] or list(word.readings)
        return any(c in r.grammemes for r in named for c in cases)

    def _guess_case(self, tokens: Sequence[int]) -> Optional[str]:
        """The case a name stands in: the likeliest of those all its words allow."""
        cases = self._guess_cases(tokens)
        return cases[0] if cases is not None else None

    def _guess_cases(self, tokens: Sequence[int]) -> Optional[list[str]]:
        """The cases a name may stand in, those all its words allow, the likeliest first."""
        shared: Optional[list[str]] = None
        # after a woman's first name, "Ветрищевой" is no nominative: a woman's surname in -ова takes -ой
        # in the oblique cases only (asked once a word the dictionary lacks needs it)
        woman: Optional[bool] = None
        for t in tokens:
            word = self.an.words[t] or self.an.word(t)
            if not word.known or not word.name_readings and not word.has("ADJF") and not word.has("anim"):
                # pymorphy3's guess for an unknown name says nothing of its case ("Драгиша"), nor does
                # a thing's reading of a name word ("Токаев", a plural of "токай"), but
                # a masculine instrumental ending does: "Олафом Шольцем", "Ильхамом Алиевым", and
                # so does an adjective's oblique ending: "Зеленского"
                low = self.an.low[t]
                cases = list(_oblique_by_ending(low))
                if low.endswith(_INSTRUMENTAL_ENDINGS):
                    cases = ["ablt"]
                if not word.known and low.endswith(GENITIVE_OF_A_NAME):
                    cases = ["gent"]  # "Мелинды": one person's name in -ы is the genitive of one in -а
                if not word.known:
                    if woman is None:
                        woman = any(self._woman_first_name(k) for k in tokens)
                    if woman:
                        cases = list(feminine_oblique_cases(low)) or cases
                if not cases:
                    continue
                shared = cases if shared is None else [c for c in shared if c in cases]
                continue
            read = _reading_cases.get(word.text)
            if read is None:
                read = _reading_cases_of(word)
            if read is _NO_CASE:
                continue  # "Марис", a plural of "Мариса" to the dictionary, says nothing of one person's case
            # "Анной Литвин": a woman's surname in a consonant stands in every case
            forms = name_forms(self.an, t)
            cases = list(_with_cases_of_forms(read, forms) if forms else read)
            if not cases:
                continue
            shared = cases if shared is None else [c for c in shared if c in cases]
        if shared is None:  # no word of the name is in the dictionary: a feminine oblique ending may tell
            last = fold(self.an.tok_texts[tokens[-1]])
            return ["gent"] if last.endswith(FEMININE_OBLIQUE[0]) and len(last) > 5 else None
        return shared or ["nomn"]

    def _woman_first_name(self, t: int) -> bool:
        """Is word ``t`` a first name the dictionary knows as a woman's only ("Катрин", "Ольга")?"""
        word = self.an.word(t)
        first = [r for r in word.name_readings if "Name" in r.grammemes]
        return word.known and bool(first) and all("femn" in r.grammemes for r in first)

    def _apposition_case(self, i: int, cases: list[str]) -> str:
        """The case of a name at ``i`` that may stand in several ``cases``, the nominative likeliest:
        an oblique case that a singular role right before it stands in ("по просьбе министра
        экономики Италии Паоло Россини": the name agrees with the genitive role it names).
        A plural noun is no apposition to one name: "сказал журналистам Паоло Россини"; nor is a
        role whose genitive complement comes between, but in the genitive: "обладателем медали имени
        Довженко" is the complement of "имени"."""
        an = self.an
        sent_first = an.sentence(i).first
        first = role_before(an, i, sent_first, "nomn")
        # a noun in the nominative singular among the words before: "делегаты по просьбе министра
        # экономики Италии Паоло Россини" has a plural one only, the name agrees with "министра"; a
        # company's name in the role's complement ("директора АО «Химпром»") is no such noun, whatever
        # case its legal form and quoted words read in
        if first < i and any(
            "NOUN" in an.word(t).best
            and an.word(t).readings_with("NOUN", "sing", "nomn")
            and fold(an.low[t]) not in lexicon.word_set("legal_forms.txt")
            and an.inside_quote(t) == an.inside_quote(i)
            for t in range(first, i)
        ):
            return "nomn"
        for case in cases:
            first = role_before(an, i, sent_first, case) if case != "nomn" else i
            nouns = range(first, i) if case == "gent" else range(i - 1, i)
            if first < i and any(an.word(t).readings_with("NOUN", "sing", case) for t in nouns):
                return case
        return "nomn"

    def _role_case(self, tokens: range, cases: list[str]) -> str:
        """The case of the name ``tokens`` that may stand in several ``cases``, the first (an
        oblique one) likeliest: another that a singular role before it stands in and the first does
        not ("принял главу МИД России Сергея Лаврова": the accusative of "главу", not a genitive)."""
        an = self.an
        i = tokens[0]
        sent_first = an.sentence(i).first
        for case in cases[1:]:
            if case == "nomn" and len(tokens) < 2:
                # a lone surname after a role is whose it is ("Фотограф Белкина рассказал"); a first
                # name and a surname are the role's holder ("общественный деятель Марина Ветрова")
                continue
            first = role_before(an, i, sent_first, case)
            role = next((t for t in range(first, i) if "NOUN" in an.word(t).best), None)
            if role is not None and an.word(role).readings_with("NOUN", "sing", case) and not an.word(role).has(cases[0]):
                return case
        return cases[0]

    def _case_before(self, i: int) -> str:
        """The case of a role noun right before a name: "режиссера Гэбриеля Рэнджа" is genitive."""
        an = self.an
        j = i - 1
        # "канцлером Германии Олафом Шольцем": past the role's own capitalized complement to the role
        while i - j <= _ROLE_COMPLEMENT_WORDS and j > 0 and an.letters[j] and an.caps[j] and an.word(j).has("gent"):
            j -= 1
        if j < i - 1 and token_kind(an, j) not in ("role", "generic"):
            # "министр иностранных дел Чили Мануэль Рохас": "дел" is no role of the name, "министр" is;
            # "главы транспортного ведомства Кении": a genitive one
            return self._case_of_role(i) or "nomn"
        if j >= 0 and an.sent_of[j] == an.sent_of[i] and an.letters[j] and not an.caps[j]:
            if "NOUN" in an.word(j).best:
                return self._likeliest_case(j)
        return "nomn"

    def _case_of_role(self, i: int) -> Optional[str]:
        """The case of the role a name at ``i`` is in apposition to, past the role's complement: the
        first case in which a role before the name stands in the singular (one person's role), if any."""
        an = self.an
        sent_first = an.sentence(i).first
        for case in CASES:
            first = role_before(an, i, sent_first, case)
            role = next((t for t in range(first, i) if token_kind(an, t) in ("role", "generic")), None)
            if role is not None and an.word(role).readings_with("NOUN", "sing", case):
                return case
        return None

    def _likeliest_case(self, t: int) -> str:
        """The case of the likeliest reading of word ``t``; the nominative if it shows none ("Reuters")."""
        readings = (self.an.words[t] or self.an.word(t)).readings
        if readings:  # a loop, not next() over a generator: asked of most phrases
            for case in CASES:
                if case in readings[0].grammemes:
                    return case
        return "nomn"


def _adjective_ending(low: str, case: str) -> Optional[str]:
    """The oblique ending of a masculine adjective that name word ``low`` (lowercase), read in
    ``case``, ends in after a stem long enough for a surname, if it does: where the text may write
    its nominative (:meth:`NameCases._written_nominative`)."""
    if case == "nomn" or not low.endswith(_ADJECTIVE_CASE_ENDINGS):  # (in C: most names end in none)
        return None
    ending = next(e for e in _ADJECTIVE_CASE_ENDINGS if low.endswith(e))
    return ending if len(low) - len(ending) >= _SHORTEST_ADJECTIVE_STEM else None


@functools.lru_cache(maxsize=_READING_CASES_MEMO)
def _with_cases_of_forms(cases: tuple[str, ...], forms: frozenset[tuple[str, str]]) -> tuple[str, ...]:
    """``cases`` and after them the others of a name word's ``forms``, in the order of :data:`CASES`.
    (Memoized: few distinct pairs, asked of every name word the dictionary knows.)"""
    extra = {form[0] for form in forms}
    return (*cases, *[c for c in CASES if c in extra and c not in cases])


@functools.lru_cache(maxsize=_READING_CASES_MEMO)
def _oblique_by_ending(low: str) -> tuple[str, ...]:
    """The oblique cases that the ending of a name word, ``low`` (lowercase), shows: those of a
    surname declined as an adjective ("зеленского") or of one in -ич ("ковачича"). (Memoized: each
    name word the dictionary lacks is asked, in every text.)"""
    return tuple([c for table in (ADJECTIVE_OBLIQUE, ICH_OBLIQUE) for c, endings in table.items() if low.endswith(endings)])
