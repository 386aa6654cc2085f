"""What the grammar of one analysed text says about a phrase: its head, number and name,
whether it names a person, a body or a role, where a subject or a media noun stands.

Nothing here knows of entities: the speaker resolver (speakers.py) subclasses TextReading
and adds the state of one document's entities."""

from __future__ import annotations

import functools
from typing import Optional, Sequence

from .analysis import Analysis
from . import lexicon
from .lexicon import fold
from .mentions import APPROXIMATORS, MIN_CLIPPED_REST, Mention, compound_head, is_modifier, is_name, is_number, known_compound, name_forms, noun_after_modifiers, opens_sentence, quoted_name_at, split_clipped, token_kind
from .morph import NAME_TAGS, Morphology, declined_abbreviation, inflect, match_case
from .name_cases import NameCases
from .name_cases import CASES


_PREDICATE_REACH = 5  # words from a name to the verb whose number tells whether it is the subject
_PLURAL_VERB_ENDINGS = ("ли", "ют", "ут", "ят", "ат")  # of the past and the third person plural
_OBJECT_WORDS = 3  # words of an object between a verb and its subject after it: "сделали [такой] вывод эксперты"
_FUNCTION_LETTERS = 3  # "по", "и", "для": longer words a name may spell with ("правда", "между")
_MINISTRY_PREFIX = "мин"  # the short names of ministries: "Минфин", "Минобороны", "Минздрав"
NO_QUOTES = str.maketrans("", "", "\"'«»„“”")
_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL"})  # no content word of a description
_DECLINED = frozenset({"NOUN", "ADJF", "PRTF"})  # what a phrase's nominative inflects (a constant: no set built per reading)
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
_COUNTING = frozenset({"NUMR", "Anum"})  # "два источника", "второй источник", "один из жителей"
# words that open a subordinate clause after a comma ("который" and its forms aside): a subject
# inside one is no subject of its sentence ("Петров выступил в суде, где Смирнов дал показания")
SUBORDINATORS = frozenset(
    {"где", "куда", "откуда", "когда", "что", "чтобы", "если", "хотя", "поскольку", "пока", "чей", "чья", "чье", "чьи"}
)
Marks = tuple[tuple[str, bool], ...]  # words of a role's complement, folded, and whether capitalized


@functools.cache
def organization_nouns() -> frozenset[str]:
    """Common nouns that head an organization's name: "газета «Вестник»", "министерство финансов"."""
    return lexicon.word_set("media.txt") | lexicon.word_set("generic_organizations.txt")


@functools.cache
def _organization_heads() -> frozenset[str]:
    """Nouns that head an organization's name: "газета", "компания", "банк", "партия"."""
    return organization_nouns() | lexicon.word_set("organizations.txt")


def _legal_form(word: str) -> bool:
    """Is ``word`` the legal form of a company ("ОАО", "Inc"; ``data/legal_forms.txt``)?"""
    return fold(word) in lexicon.word_set("legal_forms.txt")


@functools.cache
def _known_outlet_kinds() -> dict[str, frozenset[str]]:
    """Each name of a well-known outlet, folded, to the media nouns of its kind ("тасс": "агентство")."""
    nouns: dict[str, set[str]] = {}
    for noun, *names in lexicon.table("outlet_kinds.txt"):
        for name in names:
            nouns.setdefault(fold(name), set()).add(noun)
    return {name: frozenset(n) for name, n in nouns.items()}


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Nouns that head the name of an organization that is no outlet: "штаб", "министерство", "МИД"."""
    organizations = lexicon.word_set("organizations.txt") | lexicon.word_set("generic_organizations.txt")
    return organizations - outlet_words()


def names_a_part(lemma: str) -> bool:
    """Does a hyphenated organization noun name a part of the body the name after it names
    ("пресс-служба Apple"), not the body itself, as one ending in a noun for an outlet does
    ("интернет-издание TMZ") and one of two nouns in apposition opening with a noun heading
    bodies' names ("компания-перевозчик «Вектор»", "банк-кредитор")?"""
    first, hyphen, last = lemma.rpartition("-")
    return bool(hyphen) and last not in lexicon.word_set("media.txt") and first not in _organization_heads()


@functools.cache
def outlet_words() -> frozenset[str]:
    """Words that make a name an outlet's: media nouns ("пресс-служба газеты") and outlets' own names."""
    return lexicon.word_set("media.txt") | lexicon.word_set("outlets.txt")


@functools.cache
def media_noun(lemma: str) -> Optional[str]:
    """The media noun ``lemma`` is, or the one a hyphenated compound ends in: an
    "интернет-издание" is an "издание", a "telegram-канал" a "канал". None for any other noun."""
    media = lexicon.word_set("media.txt")
    if lemma in media:
        return lemma
    tail = lemma.rpartition("-")[2]
    return tail if tail != lemma and tail in media else None


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """The verbs of saying and of holding a view, by lemma ("заявить", "считать")."""
    return frozenset(row[0] for row in lexicon.table("cues.tsv"))


def agree_in_gender(adjective: frozenset[str], noun: frozenset[str]) -> bool:
    """Does an adjective's reading agree in number and gender with a noun's? (A plural shows no gender.)"""
    if "plur" in noun:
        return "plur" in adjective
    return all(g in adjective for g in ("sing", "masc", "femn", "neut") if g in noun)


def _join(an: Analysis, first: int, last: int, words: list[str]) -> str:
    """``words``, one for each of tokens ``first..last-1``, spaced as the text spaces those tokens."""
    if last - first == 1:
        return words[0]  # two phrases in five are one word: nothing to space
    toks = an.toks
    out = words[:1]
    for t in range(first + 1, last):
        if toks[t].start > toks[t - 1].end:
            out.append(" ")
        out.append(words[t - first])
    return "".join(out)


_NOUN_PARTS_MEMO = 20_000  # organization nouns and the lemmas of names' heads: a news archive's few thousand


@functools.lru_cache(maxsize=_NOUN_PARTS_MEMO)
def _noun_parts(morph: Morphology, lemma: str) -> frozenset[str]:
    """Noun ``lemma`` and the nouns it is a compound of that keep naming the same kind of body:
    the noun a compound ends in ("компания" of "телекомпания", ``data/compound_organization_heads.txt``),
    the last part of a hyphenated one ("банк" of "мастер-банк"), its first part if that heads
    bodies' names ("компания" of "компания-перевозчик") and the noun after a clipped stem
    ("прокуратура" of "генпрокуратура", "служба" of "спецслужба", ``data/clipped_stems.txt``),
    each a noun the dictionary knows in the nominative singular. (Memoized: asked of every
    organization's name and noun, and each search goes through the lists of compound heads and
    clipped stems.)"""
    first, hyphen, last = lemma.rpartition("-")
    rests = [last] if hyphen else []
    if hyphen and first in _organization_heads():
        rests.append(first)
    rests += [rest for _, rest in split_clipped(lemma)]
    nouns = {r for r in rests if len(r) >= MIN_CLIPPED_REST and _noun_lemma(morph, r)}
    return frozenset({lemma, *compound_head(lemma), *nouns})


@functools.lru_cache(maxsize=_NOUN_PARTS_MEMO)
def _name_heads(morph: Morphology, name: str) -> frozenset[str]:
    """:meth:`TextReading._name_heads`, by the name alone: the same in every text. (Memoized: asked
    of each mention of an organization, its words read in the dictionary each time.)"""
    for word in name.split():
        parsed = morph.word(word)
        if parsed.best & {"ADJF", "PRTF"}:
            continue
        if "NOUN" not in parsed.best or word.isupper():
            return frozenset()
        return _noun_parts(morph, parsed.lemma)
    return frozenset()


def _noun_lemma(morph: Morphology, word: str) -> bool:
    """Is ``word`` a noun the dictionary knows, written as its own lemma ("банк", not "обороны")?"""
    parsed = morph.word(word)
    return parsed.known and "NOUN" in parsed.best and parsed.lemma == word


class TextReading(NameCases):
    """Questions about the phrases of one analysed text that the speaker resolver asks again and
    again: a mention's name and number, whether it is a body, a media noun or a group after its
    verb, a role's marks. It keeps no state but the analysis."""

    # the lemmas of each capitalized word inside a sentence and of the word after it (_capitalized_inside)
    _capitalized_pairs: Optional[set[tuple[str, str]]] = None

    def phrase_name(self, m: Mention) -> str:
        """The phrase in the nominative: head and its modifiers inflected, complements as written.
        One of a group is named as one of them: "одна из сотрудниц склада" is "сотрудница склада".
        (Read once per phrase: the collection of a text's organizations and the resolution of its
        mentions ask it of the same phrase again.)"""
        key = ("phrase_name", m.first, m.last, m.head, m.kind, m.case)  # what the name is read from
        found: Optional[str] = self.an.scans.get(key)  # type: ignore[assignment]  # no cast(): a call per read
        if found is None:
            found = self.an.scans[key] = self._read_phrase_name(m)
        return found

    def _read_phrase_name(self, m: Mention) -> str:
        an = self.an
        one = self._one_of_them(m)
        if one is not None:
            return one
        counted = self._counted_people(m)
        if counted is not None:
            return self.phrase_name(Mention(counted, m.last, noun_after_modifiers(self.an, counted), "group", (), "gent"))
        words = []
        last = m.last
        while last - 1 > m.head and (an.is_prep(last - 1) or "CONJ" in (an.words[last - 1] or an.word(last - 1)).best):
            last -= 1  # "агентство ТАСС со [ссылкой]", "глава МИД ФРГ и [...]"
        head = m.head
        # a quoted name opening with an adjective is headed by the noun it agrees with: "«Российской газеты»"
        while head + 1 < last and self._agrees_with_next(head, m.case):
            head += 1
        if m.case != "nomn" and head == m.head and m.first < head and quoted_name_at(an, m.first):
            head = self._quoted_head(head, last, m.case)
        number, counted, head_gender = None, head, None
        if m.case != "nomn":  # what an oblique phrase is put in the nominative with
            number = self._head_number(m, head)
            # a partitive ("одного из топ-менеджеров") takes its gender from the noun it counts
            counted = m.head + 2 if m.head + 2 < m.last and an.low[m.head + 1] == "из" else head
            head_gender = next(
                (g for r in (an.words[counted] or an.word(counted)).readings if "NOUN" in r.grammemes for g in ("masc", "femn", "neut") if g in r.grammemes),
                None,
            )
            if head_gender is None and counted != head and (an.words[counted] or an.word(counted)).has("plur", "gent"):
                head_gender = "masc"  # people counted by an adjective: "одного из пострадавших" is "один"
        # "Сам лауреат": the emphatic pronoun sets the one apart, it names nothing
        first = m.first + 1 if m.first < head and an.word(m.first).lemma == "сам" else m.first
        # "клиентов и ипотечных брокеров": a conjunct after the head stands in its case, so it is
        # put in the nominative with it, in its own number
        conjunct = self._conjunct_head(head, last, m.case) if m.case != "nomn" else None
        # the words from ``complements`` on, past the head and its conjunct, are kept as written: no test of each
        complements = (head if conjunct is None else conjunct) + 1
        for t in range(first, complements):
            text = an.tok_texts[t]
            if conjunct is not None and head + 1 < t <= conjunct:
                if t == head + 2:
                    number = self._head_number(m, conjunct)
                head_here = conjunct
            else:
                head_here = head
            # (the second letter tested inline: most words have one capital at most, no call)
            bare = declined_abbreviation(text) if t <= head_here and text[1:2].isupper() else None
            if bare is not None:
                text = bare  # "ЦАХАЛа": an abbreviation has no ending in the nominative
            elif t <= head_here and an.letters[t] and m.case != "nomn" and t != head + 1 and not (text.isupper() and len(text) > 1):
                # (an abbreviation stays as written: "по данным ВЦИОМ" is no plural "ВЦИОМЫ")
                fitting = [
                    r
                    for r in (an.words[t] or an.word(t)).readings
                    if m.case in r.grammemes and not _DECLINED.isdisjoint(r.grammemes)
                ]
                if t == head and counted != head and head_gender:
                    fitting = [r for r in fitting if head_gender in r.grammemes] or fitting
                if fitting:
                    wanted = {"nomn"} | ({number} if number else set())
                    if t < head_here and number != "plur" and head_gender and "NOUN" not in fitting[0].grammemes:
                        wanted.add(head_gender)  # "государственного университета": the modifier takes the head's gender
                    inflected = inflect(fitting[0].parse, frozenset(wanted)) or inflect(fitting[0].parse, frozenset({"nomn"}))
                    if inflected:
                        text = match_case(text, inflected.word)
            words.append(text)
        words += an.tok_texts[complements:last]
        name = _join(an, first, last, words)
        common_head = (  # "Газета «Вестник»", "Газета The Times" opening a sentence: "газета Вестник"
            m.kind == "organization"
            and m.first == m.head
            and m.head + 1 < m.last
            and (quoted_name_at(an, m.head + 1) or "LATN" in an.word(m.head + 1).best)
            and an.word(m.head).lemma in organization_nouns()
        ) or (  # "Несколько газет", "Два агентства": a number counting common nouns
            m.first < m.head and an.word(m.first).has("NUMR") and an.word(m.head).lemma in organization_nouns()
        )
        abbreviation = an.tok_texts[m.first].isupper() and len(an.tok_texts[m.first]) > 1  # "СМИ", not "сМИ"
        if (m.kind in ("role", "generic", "group", "common") or common_head) and name[:1].isupper() and not abbreviation:
            word = an.word(m.first)
            # "Россия и Китай"; a word the dictionary lacks is a name, not a common noun: "Пиньера и Макри";
            # so is one capitalized inside the sentence: "в Сбербанке сообщили"
            proper = (
                is_name(an, m.first) or "Geox" in word.best or "Orgn" in word.best
                or not (word.known or known_compound(an, m.first))  # "Пиар-менеджер" opens as any noun
                or not opens_sentence(an, m.first)
                or self._capitalized_inside(m.first)  # "Белый дом заявил" after "в Белом доме"
            )
            if not proper:
                name = name[:1].lower() + name[1:]
        return " ".join(name.translate(NO_QUOTES).split())

    def _counted_people(self, m: Mention) -> Optional[int]:
        """Where the people that a count opening ``m`` picks out begin ("около 70% | граждан",
        "большинство | опрошенных", "ряд | депутатов"): such a group is named by its head phrase,
        in the nominative plural ("граждане"), as the text may call it again ("граждане считают");
        None for any other phrase, and for things counted ("несколько газет")."""
        an = self.an
        k = m.first + (an.low[m.first] in APPROXIMATORS)
        if k + 1 >= m.last:
            return None
        if an.low[k] in lexicon.word_set("quantities.txt") or an.word(k).lemma in lexicon.word_set("quantities.txt"):
            k += 1
        elif is_number(an.tok_texts[k]):
            k += 1 + (an.tok_texts[k + 1] == "%")
        else:
            return None
        noun = noun_after_modifiers(an, k) if k < m.last else m.last
        if noun >= m.last or not an.letters[noun]:
            return None
        word = an.word(noun)
        return k if word.has("NOUN", "anim", "plur", "gent") or word.has("plur", "gent") and word.has("Subx") or word.has("PRTF", "plur", "gent") else None

    def _one_of_them(self, m: Mention) -> Optional[str]:
        """The name of the one that "один из" picks out of a group named by nouns or adjectives, in
        the nominative singular of its gender ("одного из местных жителей" is "местный житель",
        "одна из уволенных" is "уволенная"); None if ``m`` is no such description ("один из них")."""
        an = self.an
        head = m.head
        if m.kind == "person" or m.first != head or head + 2 >= m.last or an.low[head + 1] != "из" or an.word(head).lemma != "один":
            return None
        counted = head + 2
        # an adjective that also reads as a noun ("частных", "страховых") modifies the noun after it
        while counted + 1 < m.last and an.letters[counted + 1] and "NOUN" not in an.word(counted).best and (
            an.word(counted + 1).has("NOUN", "plur", "gent") or an.word(counted + 1).has("ADJF", "plur", "gent")
        ):
            counted += 1  # past the modifiers: "местных [жителей]"
        if not any(an.word(counted).has(pos, "plur", "gent") for pos in ("NOUN", "ADJF", "PRTF")):
            return None
        genders = [g for r in an.word(counted).readings_with("NOUN", "plur", "gent") for g in ("masc", "femn", "neut") if g in r.grammemes]
        # people named by an adjective take the gender of "одна", else a man's ("одного" is neuter too)
        gender = genders[0] if genders else "femn" if an.word(head).has("femn") and not an.word(head).has("masc") else "masc"
        words = []
        for t in range(head + 2, counted + 1):
            order = ("NOUN", "ADJF", "PRTF") if t == counted else ("ADJF", "PRTF", "NOUN")
            reading = next((r for pos in order for r in an.word(t).readings_with(pos, "plur", "gent")), None)
            one = inflect(reading.parse, frozenset({"nomn", "sing", gender})) if reading is not None else None
            one = one or (inflect(reading.parse, frozenset({"nomn", "sing"})) if reading is not None else None)
            if one is None:
                return None
            words.append(match_case(an.tok_texts[t], one.word))
        rest = [an.tok_texts[t] for t in range(counted + 1, m.last)]
        return " ".join(" ".join([*words, *rest]).translate(NO_QUOTES).split())

    def _capitalized_inside(self, t: int) -> bool:
        """Does the text write the word at ``t``, which opens its sentence, and the word after it
        with it capitalized inside a sentence too ("Белый дом заявил" and "в Белом доме"): a name's
        words, not common ones ("Воронежские пенсионеры" and "Воронежской области" are not)?"""
        an = self.an
        if t + 1 >= len(an.toks) or not an.letters[t + 1]:
            return False
        if self._capitalized_pairs is None:
            # read once per text: asked for every description opening a sentence
            self._capitalized_pairs = {
                ((an.words[k] or an.word(k)).lemma, (an.words[k + 1] or an.word(k + 1)).lemma)
                for k in an.capitalized
                if k + 1 < len(an.toks) and an.letters[k + 1] and not opens_sentence(an, k)
            }
        return (an.word(t).lemma, an.word(t + 1).lemma) in self._capitalized_pairs

    def _conjunct_head(self, head: int, last: int, case: str) -> Optional[int]:
        """The noun of a conjunct joined to ``head`` by "и" right after it, before ``last``, with its
        modifiers standing in ``case`` as the head does ("клиентов и [ипотечных брокеров]")."""
        an = self.an
        k = head + 2
        if k >= last or an.low[head + 1] != "и":
            return None
        while k < last and an.letters[k] and not an.word(k).has("NOUN", case) and (an.word(k).has("ADJF", case) or an.word(k).has("PRTF", case)):
            k += 1
        if k < last and an.letters[k] and an.word(k).has("NOUN", case) and not an.caps[k]:
            return k
        return None

    def _agrees_with_next(self, t: int, case: str) -> bool:
        """Is word ``t`` an adjective in ``case`` that the noun right after it agrees with (the
        same case, and the same number and gender where the noun shows them), or the adjective
        after it that does ("«Российских железных дорог»": each adjective modifies the noun)?"""
        an = self.an
        if "ADJF" not in an.word(t).best or not an.letters[t + 1]:
            return False
        readings = [a for a in an.word(t).readings_with("ADJF") if case in a.grammemes]
        nxt = an.word(t + 1)

        def agrees(pos: str) -> bool:
            return any(case in n.grammemes and agree_in_gender(a.grammemes, n.grammemes) for a in readings for n in nxt.readings_with(pos))

        return agrees("NOUN") or "ADJF" in nxt.best and agrees("ADJF") and self._agrees_with_next(t + 1, case)

    def _quoted_head(self, first: int, last: int, case: str) -> int:
        """The head of a quoted name over words ``first`` on (its closing mark before ``last``) in
        oblique ``case``: a common noun ending it that stands in that case where its first word
        cannot ("«Экспресс газеты»", "«Газпром нефти»": the words before it do not decline), else
        its first word ("«Мира Кавказа»": the words after it are its complement)."""
        an = self.an
        end = next((t for t in range(last - 1, first, -1) if an.letters[t]), first)
        noun = an.word(end)
        if end > first and not an.caps[end] and noun.has("NOUN", case) and not an.word(first).has(case):
            return end
        return first

    def _head_number(self, m: Mention, head: int) -> Optional[str]:
        """The number the head noun (token ``head``) stands in here: modifiers and head keep it in the nominative."""
        for r in (self.an.words[head] or self.an.word(head)).readings:
            if m.case in r.grammemes and "NOUN" in r.grammemes:
                return "plur" if "plur" in r.grammemes else "sing"
        return "plur" if m.kind == "group" else None

    def _common_noun(self, t: int) -> bool:
        """Is token ``t`` a common noun, not a name: lowercase, or opening a sentence as a word the
        dictionary knows as no name, place or organization ("Источник", not "Газпром", "МЧС")?"""
        an = self.an
        text = an.tok_texts[t]
        if not an.caps[t]:
            return True
        word = an.words[t] or an.word(t)
        return (
            opens_sentence(an, t)
            and not text.isupper()
            and word.known
            and not word.name_readings
            and not {"Geox", "Orgn", "LATN"} & word.best
        )

    def _content_words(self, name: str) -> frozenset[str]:
        """The lemmas of the words of ``name`` that are no preposition, conjunction or particle,
        the parts of a hyphenated word each a word ("Петербург" of "Санкт-Петербург")."""
        morph = self.an.morph
        # lists, not generators, and a word of letters alone (most) taken without reading each one
        words = [morph.word(w) for w in name.replace("-", " ").split() if w.isalnum() or any(c.isalnum() for c in w)]
        return frozenset([w.lemma for w in words if not w.best & _FUNCTION_WORDS])

    def _set_apart(self, m: Mention) -> bool:
        """Does a word before the head of ``m`` (or the head itself) set it against another of its
        kind: "другой источник", "второй эксперт", "два жителя", "один из врачей"? (Not "этот
        источник": a pronoun pointing back sets nothing apart.)"""
        an = self.an
        for t in range(m.first, m.head + 1):
            word = an.word(t)
            if an.tok_texts[t][:1].isdigit() or word.best & _COUNTING or "Apro" in word.best and "Anph" not in word.best:
                return True
        return False

    def _plural_verb_after(self, i: int, j: int) -> bool:
        """Is the verb right after the name at ``i..j-1`` plural, the name not one of two joined by
        "и"? One person's name is then no subject: "Жильцов подъезда расселили" (the name reading of
        a plural noun's genitive)."""
        an = self.an
        if i > 0 and an.low[i - 1] == "и":
            return False
        last = an.sentence_bounds(i)[1]
        for t in range(j, min(last, j + _PREDICATE_REACH)):
            if not an.letters[t] or an.low[t] == "и":
                return False  # a clause or a coordination begins: "Путин и Макрон заявили"
            if "VERB" in an.word(t).best:
                return "plur" in an.word(t).best
        return False

    def subject_at(self, t: int, case: str) -> bool:
        """May a mention starting at token ``t`` in ``case`` be a subject (nominative, no preposition)?"""
        return case == "nomn" and not (t > 0 and self.an.is_prep(t - 1))

    def _in_subclause(self, t: int) -> bool:
        """Does token ``t`` stand in a subordinate clause, one a comma before it in its sentence
        opens with "который" (after a preposition or not), "где", "что", "когда" …?"""
        an = self.an
        for k in range(t - 1, an.sentence(t).first, -1):
            if an.low[k] == ",":
                k += 2 if an.is_prep(k + 1) else 1  # ", в котором"
                return an.low[k].startswith("котор") or an.low[k] in SUBORDINATORS
        return False

    def _headline(self, t: int) -> bool:
        """Is token ``t`` in the text's headline: a first line of one sentence, the article after it?"""
        an = self.an
        last = an.sentence_bounds(t)[1]
        return an.sent_of[t] == 0 and an.paragraph_bounds(t)[1] == last and last < len(an.toks)

    def _brought_in(self, m: Mention) -> bool:
        """Does mention ``m`` stand right after a verb other than one of saying, as someone the clause
        brings in ("в полицию пришел сосед и сообщил")? Russian puts the new after the verb; a
        source after its speech verb ("— добавил эксперт") is no such one."""
        an = self.an
        t = m.first - 1
        return (
            t >= 0
            and an.sent_of[t] == an.sent_of[m.first]
            and an.letters[t]
            and "VERB" in an.word(t).best
            and an.word(t).lemma not in cue_lemmas()
        )

    def _plural(self, m: Mention) -> bool:
        """Does the head noun of ``m`` stand in the plural in the case ``m`` stands in ("сообщают
        агентства"; not "по данным агентства", nor the genitive of a noun in an oblique case before it:
        "журналистам издания удалось узнать")?"""
        an = self.an
        readings = [r for r in an.word(m.head).readings if "NOUN" in r.grammemes and m.case in r.grammemes]
        if not readings or any("plur" not in r.grammemes for r in readings):
            return False
        before = m.first - 1
        complement = (
            before >= 0
            and an.sent_of[before] == an.sent_of[m.first]
            and an.word(before).has("NOUN")
            and not an.word(before).has("NOUN", "nomn")
            and an.word(m.head).has("NOUN", "gent", "sing")
        )
        return not complement

    def _body_word(self, word: str) -> bool:
        """Does ``word`` say that a name is a body's, no outlet's: a noun of bodies ("министерство",
        "авиакомпания") or a name the dictionary knows as an organization ("МВД")?"""
        parsed = self.an.morph.word(word)
        lemmas = {fold(word), *parsed.noun_lemmas}
        return bool(lemmas & _body_nouns()) or any(compound_head(x) for x in lemmas) or parsed.known and "Orgn" in parsed.best

    def is_body(self, m: Optional[Mention]) -> bool:
        """Is ``m`` headed by a noun of a body that is no outlet ("передает штаб ВМС", "пишет МИД")?"""
        return m is not None and self.an.word(m.head).lemma in _body_nouns()

    def _known_media_nouns(self, words: set[str]) -> set[str]:
        """The media nouns of the kind of the well-known outlet a name of ``words`` names
        ("агентство" of "ТАСС")."""
        kinds = _known_outlet_kinds()
        return {noun for word in words & kinds.keys() for noun in kinds[word]}  # most names are of none

    def _said_media_nouns(self, m: Mention, words: set[str]) -> set[str]:
        """The media nouns the text calls organization mention ``m`` by: a word of its name in the
        nominative, ``words``, that is one, written as a common noun ("газета «Вестник»", "Газета
        Financial Times" opening a sentence; not "пресс-служба газеты", nor the outlet's own name "Российская газета"), and a
        noun the name stands in apposition to ("газету Daily Mail")."""
        an = self.an
        before = media_noun(an.word(m.first - 1).lemma) if self._after_media_noun(m.first) else None
        apposed = {before} if before is not None else set()
        # the words that are media nouns first: most names hold none, and then no token of the
        # phrase is read for the lemma it is written as
        media = {w: noun for w in words if (noun := media_noun(w)) is not None}
        if not media:
            return apposed
        common = {
            an.word(t).lemma
            for t in range(m.first, m.last)
            # a compound's last part is the noun: "Telegram-канал"
            if an.letters[t] and (an.tok_texts[t].rpartition("-")[2].islower() or an.tok_texts[t][1:].islower() and opens_sentence(an, t))
        }
        return {noun for w, noun in media.items() if w in common} | apposed

    def _kind_nouns(self, t: int) -> frozenset[str]:
        """The nouns bare noun ``t`` may name an organization by: its lemma and the nouns it is a
        compound of (``_noun_parts``), but for a hyphenated compound, which names a part of a body
        ("пресс-служба"), not the body its last noun heads the name of ("Федеральная служба")."""
        lemma = self.an.word(t).lemma
        return frozenset({lemma}) if "-" in lemma else self._noun_parts(lemma)

    def _name_heads(self, name: str) -> frozenset[str]:
        """The nouns heading organization name ``name`` in the nominative, past the adjectives
        before it ("дирекция" of "Единая транспортная дирекция", "банк" of "Мастер-банк"), with
        the nouns it is a compound of; none for a name headed by a word in Latin letters or an
        abbreviation ("Sony Pictures", "МИД России")."""
        return _name_heads(self.an.morph, name)

    def _noun_parts(self, lemma: str) -> frozenset[str]:
        """Noun ``lemma`` and the nouns it is a compound of that keep naming the same kind of body
        (:func:`_noun_parts`)."""
        return _noun_parts(self.an.morph, lemma)

    def _after_media_noun(self, t: int) -> bool:
        """Is the name at token ``t`` one a media noun before it stands in apposition to ("газету
        [Daily Mail]", "портал [Lenta.ru]")? Only a name in Latin letters, which has no case: a
        Russian one after the noun is a genitive saying whose it is ("сайт [Минобороны]", "сайт [ГУ МЧС]")."""
        return self._after_noun(t) and media_noun(self.an.word(t - 1).lemma) is not None

    def _read_held_name(self, long_name: str, short: list[str]) -> bool:
        words = long_name.split()
        folded = [fold(w) for w in words]
        n = len(short)
        return len(words) > n and any(
            folded[k : k + n] == short
            and all(
                self._modifies(w) or self._latin_before(w, words[k : k + n]) or self._apposed(w, words[k : k + n]) or _legal_form(w)
                for w in words[:k]
            )
            and self._held_before(words[k + n :], short)
            for k in range(len(words) - n + 1)
        )

    def _held_before(self, rest: list[str], short: list[str]) -> bool:
        """May ``rest`` follow a short name ``short`` in a longer name of the same body: its legal
        form alone ("Orbitra Group Inc"), or a complement naming whose it is, which opens
        capitalized unless it follows an abbreviation ("ГУВД города")?"""
        if rest and all(_legal_form(w) for w in rest):
            return True
        return (rest[:1] in ([], [w for w in rest[:1] if w[:1].isupper()]) or self._abbreviation(short)) and all(
            self._complements(w) for w in rest
        )

    def _apposed(self, word: str, name: list[str]) -> bool:
        """Is ``word`` an organization noun in apposition to ``name``, the body's own name
        ("компания Вектор", "кинокомпания Sony Pictures", "организация Transparency International")?
        A name in Latin letters has no case; one in Cyrillic is the body's own name unless it does
        not decline (an abbreviation, "Минобороны"): that may be the genitive of the body a unit
        belongs to ("управление ФСБ", "организация ООН"). A hyphenated noun names a part of a body
        ("пресс-служба Вектора"), unless it ends in a noun for an outlet ("интернет-издание TMZ")."""
        if not self.heads_names_in_apposition(self.an.morph.word(word).lemma):
            return False
        first = self.an.morph.word(name[0])
        return all(w.isascii() for w in name) or not name[0].isupper() and "Fixd" not in first.best

    def heads_names_in_apposition(self, lemma: str) -> bool:
        """Is noun ``lemma`` one a body's own name stands in apposition to: an organization noun
        ("компания", "авиакомпания"), not one naming a part of a body ("пресс-служба")?"""
        return not names_a_part(lemma) and bool(self._noun_parts(lemma) & _organization_heads())

    def heads_organizations(self, word: str) -> bool:
        """Is ``word`` a noun heading organizations' names, as the last part of a hyphenated one
        does ("банк" of "Альфа-банк"; not "Сибирь" of "Интерфакс-Сибирь")?"""
        return bool(word) and self.an.morph.word(word).lemma in _organization_heads()

    def _abbreviation(self, name: list[str]) -> bool:
        """Is ``name`` (folded words) one abbreviation, written in capitals ("гувд" of "ГУВД")?"""
        return len(name) == 1 and "Abbr" in self.an.morph.word(name[0].upper()).best

    def _latin_before(self, word: str, name: list[str]) -> bool:
        """Is ``word`` a capitalized word in Latin letters before a name all in Latin letters, the
        first word of a longer form of that name ("The" of "The Washington Post", called
        "Washington Post" too)? A name in Latin letters has no case to be a complement in."""
        latin = ["LATN" in self.an.morph.word(w).best for w in (word, *name)]
        return word[:1].isupper() and all(latin)

    def _modifies(self, word: str) -> bool:
        """Can ``word`` stand before an organization's own name: "Генеральная", "издание"? (Not
        "организация": "организация ООН" is a body of the ООН, "газета «Вестник»" is the Вестник.)"""
        return "ADJF" in self.an.morph.word(word).best or fold(word) in lexicon.word_set("media.txt")

    def _complements(self, word: str) -> bool:
        """Can ``word`` stand after an organization's own name as its complement: "Узбекистана", "РФ"?"""
        parsed = self.an.morph.word(word)
        return (len(word) > 1 and word.isupper()) or (
            parsed.known
            and parsed.has("gent")
            and not any(g in parsed.best for g in ("CONJ", "PREP", "PRCL"))  # "ОДКБ и ПА ОДКБ": two bodies
            and not any(NAME_TAGS & r.grammemes for r in parsed.readings)
        )

    def _generic(self, m: Mention) -> bool:
        """Is ``m`` an organization noun with no name of its own ("ведомство", "в компании"), not
        "в Федеральной миграционной службе"?"""
        return (self.an.words[m.head] or self.an.word(m.head)).lemma in lexicon.word_set("generic_organizations.txt") and self._nameless(m)

    def _nameless(self, m: Mention) -> bool:
        """Is ``m`` a phrase with no name of its own: no capitalized word but its head and one
        opening the sentence, no quoted name ("украинская компания", "в банке")?"""
        an = self.an
        return not any(
            an.caps[t] and (t > m.head or not opens_sentence(an, t)) or quoted_name_at(an, t)
            for t in range(m.first, m.last)
            if t != m.head
        )

    def _bare(self, m: Mention) -> bool:
        """Is ``m`` a common noun alone in the singular, with no modifier but a pronoun ("банк",
        "этой дирекции"; not "российский банк", "банк «Северный»", "прокуратура Москвы", "банки")?"""
        return (
            m.last == m.head + 1
            and self._common_noun(m.head)
            and self._nameless(m)
            and not self._modified(m)
            and not self._plural(m)
        )

    def _modified(self, m: Mention) -> bool:
        """Does an adjective that agrees with the head of ``m`` stand before it, one that sets it
        apart ("российской компании"), not a pronoun ("этой организации")?"""
        an = self.an
        head = an.word(m.head).best
        return any(
            not _ADJECTIVES.isdisjoint(r.grammemes) and "Apro" not in r.grammemes and m.case in r.grammemes and agree_in_gender(r.grammemes, head)
            for t in range(m.first, m.head)
            for r in an.word(t).readings
        )

    def _after_noun(self, t: int) -> bool:
        """Does a common noun stand right before the name in Latin letters at token ``t``, which has
        no case of its own: the noun's complement or apposition ("системы [Starlink]", "газету [Daily Mail]")?"""
        an = self.an
        return t > 0 and an.letters[t - 1] and "NOUN" in (an.words[t - 1] or an.word(t - 1)).best and not an.caps[t - 1] and "LATN" in (an.words[t] or an.word(t)).best

    def _shared_case(self, tokens: range) -> Optional[str]:
        """The likeliest case of the last of the words ``tokens`` that every one of them may stand
        in: "«Новой газете»" is in the dative, where "Новой" alone is likeliest a genitive."""
        an = self.an
        words = [an.word(t) for t in tokens if an.letters[t]]
        if not words:
            return None
        shared = set(CASES)
        for word in words:
            shared &= word.any_grammemes  # the cases some reading of it has, with no set built of them
        return next((c for r in words[-1].readings for c in CASES if c in r.grammemes and c in shared), None)

    def _cited(self, t: int) -> bool:
        """Is the mention at token ``t`` a source another cites: "со ссылкой на [газету X]", "ссылаясь на [X]"?"""
        an = self.an
        return t > 1 and an.low[t - 1] == "на" and an.word(t - 2).lemma in lexicon.word_set("citing_words.txt")

    def _second_word(self, i: int) -> Optional[int]:
        """The word after token ``i`` that spells the next letters of an abbreviation, past the short
        function words a name spells nothing with ("Министерство по налогам"), as ``_spells`` reads it."""
        an = self.an
        last = an.sentence_bounds(i)[1]
        j = i + 1
        while j < last and an.letters[j] and self._spells_nothing(j):
            j += 1
        return j if j < last and an.letters[j] else None

    def _spells_nothing(self, j: int) -> bool:
        """Is word ``j`` a short function word, which a name spells no letter with ("по", "и", "для")?"""
        return len(self.an.tok_texts[j]) <= _FUNCTION_LETTERS and not _FUNCTION_WORDS.isdisjoint(self.an.word(j).best)

    def _run_name(self, first: int, end: int) -> str:
        """The name over tokens ``first..end-1`` in the nominative, headed by its first noun."""
        an = self.an
        head = next((t for t in range(first, end) if "NOUN" in an.word(t).best), first)
        case = self._likeliest_case(head) if "NOUN" in an.word(head).best else "nomn"
        return self.phrase_name(Mention(first, end, head, "organization", (), case))

    def _one_of(self, t: int) -> bool:
        """Does the plural noun at ``t`` follow "один из" ("одного из режиссеров")?"""
        an = self.an
        return t >= 2 and an.low[t - 1] == "из" and an.letters[t - 2] and an.word(t - 2).lemma == "один"

    def _name_marks(self, name: str) -> Marks:
        """The words of an organization's name that say which it is, as a role's marks: not its
        prepositions and conjunctions, nor a common noun of organizations ("союз", "служба")."""
        marks = []
        for word in name.split():
            parsed = self.an.morph.word(word)
            if "PREP" in parsed.best or "CONJ" in parsed.best:
                continue
            proper = word[:1].isupper()
            if not proper and parsed.lemma in organization_nouns():
                continue
            marks.append((fold(word), proper))
        return tuple(marks)

    def _names_ministry(self, t: int, end: int) -> bool:
        """Is token ``t`` (before ``end``) a ministry: "министерства", or an organization whose short
        name opens with the word's "мин-" ("Минфина", "Минобороны")?"""
        an = self.an
        if t >= end or not an.letters[t] or token_kind(an, t) != "organization":
            return False
        lemma = an.word(t).lemma
        return lemma.startswith(_MINISTRY_PREFIX)  # "министерство" too

    def _of_a_person(self, m: Mention, on_the_head: bool = False) -> bool:
        """Does the role say whose it is by a person ("адвокат осужденного", "вдова погибшего",
        "отец мальчика")? Then it is someone else than the people named so far. With
        ``on_the_head``, only by a person's genitive right on its head noun, past modifiers: after
        another noun, the genitive is that noun's complement ("депутат Собрания депутатов")."""
        an = self.an
        def personal(t: int) -> bool:
            word = an.word(t)
            # a lowercase word is no surname: "боливарианской" has a surname's reading too
            nouns = [r.grammemes for r in word.readings if {"NOUN", "anim"} <= r.grammemes and not NAME_TAGS & r.grammemes]
            if any("gent" in g for g in nouns) and not any("nomn" in g for g in nouns) or word.has("Subx", "gent"):
                return True
            # an adjective standing for a person, with no noun after it: "адвокат [оправданного]"
            nxt = t + 1
            alone = nxt >= m.last or not (quoted_name_at(an, nxt) or an.letters[nxt] and an.word(nxt).has("NOUN"))
            return alone and word.has("gent") and (word.has("ADJF", "anim") or word.has("PRTF", "anim"))

        def of_the_head(t: int) -> bool:
            k = t - 1
            while k > m.head and is_modifier(an, k):
                k -= 1
            return not on_the_head or k == m.head or "NOUN" not in an.word(k).best

        return any(an.letters[t] and not an.caps[t] and personal(t) and of_the_head(t) for t in range(m.head + 1, m.last))

    def _counted(self, m: Mention) -> bool:
        """Does "один", a numeral used as a pronoun, bring in the person of mention ``m`` ("один
        высокопоставленный дипломат")? Then it is someone new, not one the text named before.
        An ordinal is part of a title: "первый вице-премьер"."""
        an = self.an
        return any("Anum" in an.word(t).best and "Apro" in an.word(t).best for t in range(m.first, m.head))

    def _none_in(self, tokens: Sequence[int], case: str) -> bool:
        """Does the dictionary know some word of this name, and none as one person in ``case``?
        ("Надежды Смирновой" is no nominative; "Анастасия Ракова" is, by its first name; a lone
        "Ракова" may be a woman's surname the dictionary lacks.)"""
        known = False
        for t in tokens:
            word = self.an.word(t)
            named = [r for r in word.readings if not NAME_TAGS.isdisjoint(r.grammemes) and "plur" not in r.grammemes]
            if word.known and named:
                known = True
                # (its forms add the cases the dictionary lacks: "Кая" is a woman's nominative too)
                if any(case in r.grammemes for r in named) or any(c == case for c, _ in name_forms(self.an, t) or ()):
                    return False
        return known

    def _may_be_in(self, tokens: Sequence[int], case: str = "nomn") -> bool:
        """Can every word of this name stand in ``case`` (a word the dictionary does not know can)?
        One person's name is singular: a name word the dictionary knows only as a plural ("Марис",
        a plural of "Мариса" to it) is read as one it lacks."""
        for t in tokens:
            word = self.an.word(t)
            named = [r for r in word.readings if not NAME_TAGS.isdisjoint(r.grammemes) and "plur" not in r.grammemes]
            if word.known and named and not any(case in r.grammemes for r in named):
                return False
        return True

    def _group_after_verb(self, first: int, last: int) -> Optional[int]:
        """The head of a group standing as the subject after the first plural verb of tokens
        ``first..last-1``, past adverbs and a short object: "Шум подняли жители
        поселка", "Следовательно, сделали вывод аналитики банка"."""
        an = self.an
        t = first
        # only a word with the ending of a plural verb is analysed: "забили", "считают", "говорят"
        while t < last and not (
            an.low[t].endswith(_PLURAL_VERB_ENDINGS) and an.quote_of[t] < 0 and "VERB" in an.word(t).best
        ):
            t += 1
        if t >= last or "plur" not in an.word(t).best:
            return None
        k = self.past_object(t, last)
        if k >= last or token_kind(an, k) != "group" or not an.word(k).has("NOUN", "nomn", "plur"):
            return None
        # a plural that reads as a genitive too, right after a noun in the genitive, is that noun's
        # complement: "опровергли версию ряда СМИ", not "СМИ опровергли"
        if k - 1 > t and {"NOUN", "gent"} <= an.word(k - 1).best and an.word(k).has("NOUN", "gent", "plur"):
            return None
        return k

    def past_object(self, verb: int, last: int) -> int:
        """The first token after ``verb`` (before ``last``) past a short object of no kind, where a
        subject after its verb stands: "сделали [такой вывод] эксперты"."""
        an = self.an
        k = verb + 1
        while k < last and k - verb <= _OBJECT_WORDS and an.letters[k] and not an.is_prep(k) and token_kind(an, k) is None:
            k += 1
        return k
