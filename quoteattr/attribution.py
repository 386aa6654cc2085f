"""Attribution: ordered sieves that link quotations to cues and sources.

Direct quotations first, most reliable pattern first: an attribution inside
the quote («Q1, — сказал X. — Q2»), after it («Q», — сказал X), before it
with a colon (X сказал: «Q»), a headline (X: «Q»). Then reported speech from
each remaining cue: a complement clause (X заявил, что C), a nominal cue
(По словам X, C), "Как сообщил X, C", "Об этом сообщил X", and a
parenthetical cue after the clause (C, — заявил X). A clause that is one
quotation is direct; one that contains a quotation is mixed. Last, a quoted
sentence right after an attributed quote continues its speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Optional

from . import lexicon
from .analysis import DASH_TOKENS, Analysis
from .cues import Cue, CueForm, predicate_form, qualifies_noun
from .mentions import (
    APPROXIMATORS,
    apposed_person,
    agreement_form,
    ASIDE_WORDS,
    LOCATIVE_PREPOSITIONS,
    FIRST_PERSON,
    PARTICIPLE_PHRASE,
    QUOTED_NAME_WORDS,
    Mention,
    agreement,
    can_be,
    counted_by,
    indeclinable,
    is_count,
    is_circumstance,
    is_modifier,
    is_name,
    may_be_locative,
    name_end,
    name_head,
    noun_after_modifiers,
    opens_sentence,
    participle_object_end,
    phrase,
    positional_kind,
    quoted_name_at,
    token_kind,
    unit_end,
    verb_after,
)
from .morph import CASES, NAME_TAGS, Morphology, Word
from .quotes import QuoteSpan
from .reading import outlet_words
from .tokens import Sentence, Tokens

_QUANTITY_SIGNS = frozenset({"%", "‰", "°"})
_ADJECTIVES = frozenset({"ADJF", "PRTF"})  # a constant, tested of reading after reading: no set built each time  # signs that end a number, not a sentence
# a character str.isalnum() accepts (re's \w is those and "_"), found without copying the range it searches
_ALNUM = re.compile(r"[^\W_]")
_COMPLEMENTIZERS = {"что": "that", "чтобы": "to", "будто": "that", "якобы": "that"}
# adverbs that make one conjunction with the "что" after their comma: "потому, что" (a reason),
# "оттого, что", "так, что" (a result)
_CONJUNCTION_CORRELATES = frozenset({"потому", "оттого", "так"})
_TWIN_WINDOW = 16
# words a "как" clause completes as a comparison, not an aside that attributes: "сделали так, как сказал врач"
_COMPARED = frozenset({"так", "такой", "такая", "такое", "такие", "таким", "то", "тем", "том", "той", "же"})
# the kinds of mention a noun of people heads
_PEOPLE_NOUNS = frozenset({"role", "generic", "group"})
# conjunctions opening a clause that a comma closes before the main clause ("если C, я скажу")
_SUBORDINATORS = frozenset({"если", "когда", "хотя", "поскольку", "пока", "раз", "как", "ежели"})
_PARALLEL_SUBJECT_WORDS = 4  # words a parallel report's subject may take before its verb: "другие [же] уверяют"
# «Q1, — сказал X. — Q2»: the cue stands within this many tokens after the dash
_INTERRUPTION_CUE_REACH = 2
# «Q», — (вчера) сказал X: the cue stands within this many tokens after the closing mark
_OWNING_RELATIVES = frozenset({"которого", "которой", "которых"})
_REQUEST_REACH = 4  # words between a verb of request and the quote it takes as object: the one asked
_POST_QUOTE_CUE_REACH = 4
# a quoted paragraph shorter than this is a term or a title, not a continued statement
_CONTINUATION_MIN_WORDS = 3
# "заявил в четверг на брифинге в Москве, что": how far after the cue its clause may open
_COMPLEMENT_REACH = 10
# "C, по словам X": a clause before a nominal cue has at least this many tokens
_NOMINAL_CLAUSE_BEFORE = 3
# two reported clauses overlapping by this share of the longer one are one clause
_SAME_CLAUSE_OVERLAP = 0.8
# "цитирует (вчерашнее интервью) X": how far after the cue its quoted person may stand
_OBJECT_REACH = 8
# the words of "кроме того", "при этом", "вместе с тем" that are no adverbs by themselves
_CONNECTIVES = frozenset({"кроме", "того", "при", "этом", "вместе", "с", "тем", "том", "числе", "в"})
# a quoted span this short, followed by a verb with no comma or dash, is a name
_NAME_WORDS = 3
# genitives that may hang on one prepositional noun: "в пресс-службе министерства обороны России"
_COMPLEMENT_CHAIN = 4
# "Об этом в четверг вечером на брифинге сообщил": how far a back-reference may stand before its cue,
# and "Об этом журналистам в пятницу после осмотра новых корпусов больницы на брифинге сообщил"
_BACK_REFERENCE_WINDOW = 10
_ABOUT_THIS_WINDOW = 16
# "A. B. Об этом сообщил X": a lead of this many sentences that opens its paragraph is what X said
_LEAD_SENTENCES = 2
# characters between an attributed quote and a quote that continues it: its attribution and a line break
_CONTINUATION_GAP = 200
# "со ссылкой на", "ссылаясь на": the subject search stops where a reference to another source begins
_REFERENCE_MARKERS = frozenset({"ссылкой", "ссылаясь"})
_REFLEXIVE_POSSESSIVES = frozenset({"свой", "собственный"})
# a predicate's subject that can say what follows its colon; and the marks that end the clause it heads
_SPEAKING_KINDS = frozenset({"person", "role", "generic", "group", "pronoun", "common", "organization"})
_CLAUSE_BREAKS = frozenset({".", "!", "?", "…", ";", ":"})
# the tokens at which a reported clause may end (_Sieves.ends_clause): a comma, a colon, a dash
_CLAUSE_MARKS = frozenset({",", ":"}) | DASH_TOKENS
# ", в котором говорится": how many words before the comma the noun the relative stands for may end
_RELATIVE_REACH = 3
# "по словам [бывшего главы] компании": how far after a nominal cue its source may start
_NOMINAL_SOURCE_WINDOW = 4
# "Глава Минфина Антон Силуанов: …": the longest source a headline puts before its colon
_HEADLINE_SOURCE_TOKENS = 6
# "«Q»: тренер «Зенита» о чемпионате": the prepositions that open what a headline's source spoke about
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "про"})
# "Эксперт: рубль ослабнет" states something; "Источник: ТАСС" or "Фото: Иван Петров" does not
_HEADLINE_MIN_WORDS = 3
# determiners whose phrase, as the object of a cue, points at the statement before: "Эту информацию",
# "Такое заявление", "Соответствующее заявление", "Указанные данные"
_DEMONSTRATIVES = frozenset({"этот", "такой", "данный", "подобный", "это", "соответствующий", "указанный"})
# "C, о чем сообщил S" / "C, об этом сообщил S": the clause before the comma is what S said
_CLAUSE_BACK_REFERENCES = frozenset({("о", "чем"), ("об", "этом")})
# a subjectless "рассказали в больнице": the words an addressee may take after the cue
# ("рассказали агентству ТАСС"), and the tokens a place phrase before the cue may run ("В администрации сайта 4PDA отметили")
_ADDRESSEE_WORDS = 2
_QUOTE_MARK_TOKENS = frozenset('"«»„“”')
_PHRASE_BEFORE_CUE = 12  # "В пресс-службе ГУ МВД по Москве сообщили" runs seven
# the rules that link a verb to the complement clause after it ("заявил, что C", "спросил, C")
_COMPLEMENT_RULES = frozenset({"cue-that", "cue-colon", "cue-question"})
_GENITIVE = frozenset({"gent"})
# "представительница профсоюза, заявившая": how many words before its comma a participle's noun may stand
_PARTICIPLE_REACH = 4
# "в опубликованном в среду на сайте ведомства заявлении": how many words a participle may govern before its noun
_QUESTION_WORDS = frozenset(
    "кто что где куда откуда когда как почему зачем какой какая какое какие каков сколько "
    "чей чья чье чьи ли не насколько".split()
)


@dataclass(slots=True)  # not frozen: made per cue, quotation and quote mark, as Mention
class Link:
    """One attributed quotation, in analysis-text offsets."""

    start: int
    end: int
    kind: str
    cue: Optional[Cue]
    source: Optional[Mention]
    rule: str
    heir: Optional[Mention] = None  # no source of its own: the subject it shares ("И добавил: «Q»")


@dataclass(slots=True)
class _ClauseStops:
    """Where reported clauses of one sentence end, found once for all the cues in it:
    each clause ends at the first stop after its start, so a sentence dense with
    cues is read once, not once per cue."""

    last: int  # past the last token a clause of the sentence may reach
    begin: int = -1  # the stops of tokens begin..scanned-1 are known
    scanned: int = -1
    found: list[int] = field(default_factory=list)


class _Sieves:
    def __init__(self, an: Analysis, cues: tuple[Cue, ...]) -> None:
        self.an = an
        self.cues = cues
        self.cue_at = {c.first: c for c in cues}
        self.used_cues: set[int] = set()
        self.colon_cues: set[int] = set()  # cues of "X сказал: «Q»", which may also close a clause before them
        self.used_quotes: set[int] = set()
        self.links: list[Link] = []
        self.source_in_sentence: dict[int, Mention] = {}  # sentence -> latest source linked in it
        self.framing_cues: dict[int, list[int]] = {}  # sentence -> cues of "По словам X" / "Как сообщил X"
        self.nominal_links: dict[int, list[int]] = {}  # the first token of a nominal cue -> its links' indices
        self.direct_spans: Optional[tuple[list[int], list[int]]] = None  # starts, running max of ends
        self.clause_stops: dict[int, _ClauseStops] = {}  # sentence -> where its reported clauses may end
        self.first_words: dict[int, list[int]] = {}  # sentence -> its first three words
        self.commas: dict[int, list[int]] = {}  # sentence -> its commas
        self.predicates: dict[int, int] = {}  # sentence -> its first token that can be a predicate

    # --- helpers ---------------------------------------------------------------

    def cue_between(self, a: int, b: int, frame: Optional[str] = None) -> Optional[Cue]:
        for j in range(a, b):
            c = self.cue_at.get(j)
            if c is not None and (frame is None or c.takes(frame)):
                return c
        return None

    def source_of(
        self, cue: Cue, lo: int, hi: int, after_first: bool = False, object_filled: bool = False
    ) -> Optional[Mention]:
        """The mention that says what ``cue`` reports, looked for in tokens ``lo..hi-1``.
        ``object_filled``: the cue's object is what was said ("Эти данные привел X"), so even a
        verb that cites ("приводит слова X") has its source as its subject."""
        an = self.an
        if cue.info.form == "nominal":
            return self.nominal_source(cue, hi)
        if cue.cls == "cite" and not object_filled:
            return object_after(an, cue, hi)
        if cue.cls == "impersonal":
            found = relative_document(an, cue) or place_source(an, lo, hi, cue.first)
            if found is None:
                # "В спецификации заказа отмечается": any inanimate "в/на" phrase beside the cue is where
                # the words are written, whatever its noun; a city is no such place
                found = location_beside(an, cue)
            return found if found is None or found.kind != "place" else None
        if cue.info.form == "participle" and cue.first > lo and an.low[cue.first - 1] == ",":
            modified = modified_noun(an, cue)
            if modified is not None:
                return modified
        if cue.info.form == "gerund":
            shared = self.source_in_sentence.get(an.sent_of[cue.first])
            if shared is not None:
                return shared
            # the gerund's subject is its verb's: "Директор назвал решение «ошибкой», уточнив, что C"
            verb = _verb_before(an, cue.first)
            return subject_before(an, cue if verb is None else replace(cue, first=verb, last=verb + 1), lo, agree=False)
        if cue.info.form == "infinitive":
            governing = _governing_noun(an, cue.first, lo)
            if governing is not None:
                # "Есть основания полагать, что", "министр имеет право заявить, что": the noun governs
                # the infinitive; only the subject of the clause before that noun can be the source
                return subject_before(an, replace(cue, first=governing, last=governing + 1), lo)
        if cue.first > 0 and (an.low[cue.first - 1] == "," or an.is_dash(cue.first - 1)) and not _closes_attribute(an, cue):
            after_first = True
        order = (subject_after, subject_before) if after_first else (subject_before, subject_after)
        for finder in order:
            found = finder(an, cue, hi if finder is subject_after else lo)
            if found is not None:
                # "— сказал один из авторов, депутат Иван Смирнов.": the person named after the comma
                return (_named_apposition(an, cue, found, hi) if finder is subject_after else None) or found
        if cue.info.number == "plur" and cue.info.person != "1per":
            return (
                coordinated_after(an, cue, hi)
                or place_source(an, lo, hi, cue.first)
                or location_beside(an, cue)
                or there_before(an, cue)
            )
        return None

    def nominal_source(self, cue: Cue, hi: int) -> Optional[Mention]:
        an = self.an
        between = cue.first + 1
        if cue.last - cue.first == 3 and not qualifies_noun(an.word(between)):
            # "по его словам", "по нашим данным": the possessive between; "по предварительным данным X": after
            return phrase(an, between, "pronoun" if token_kind(an, between) == "pronoun" else "author", "gent")
        j = cue.last
        while j < hi and j < cue.last + _NOMINAL_SOURCE_WINDOW:
            if quoted_name_at(an, j):
                return quoted_name_mention(an, j, "gent")  # "согласно версии «Пятого канала»"
            kind = token_kind(an, j)
            if kind and kind != "place" and can_be(an, j, kind, "gent", None):
                return phrase(an, j, kind, "gent", lo=cue.last, hi=hi)
            if kind is None and j == cue.last and positional_kind(an, j) == "person":
                # "по словам Тальникова": the cue governs a genitive, so a capitalized word right after it
                # is a name in that case, though the dictionary reads a short adjective
                return phrase(an, j, "person", "gent", lo=cue.last, hi=hi)
            if an.marks[j]:
                break
            if _substantive(an, j, hi):
                # "по данным профсоюза", "по словам пострадавшего": the genitive the cue governs is
                # its source, whatever its head
                return phrase(an, j, "common", "gent", lo=cue.last, hi=hi) if an.word(j).has("gent") else None
            j += 1
        return None

    def add(self, start: int, end: int, kind: str, cue: Optional[Cue], source: Optional[Mention], rule: str) -> None:
        if end > start and _ALNUM.search(self.an.text, start, end) is not None:
            self.links.append(Link(start, end, kind, cue, source, rule))
            if cue is not None:
                sent = self.an.sent_of[cue.first]
                if source is not None:
                    self.source_in_sentence[sent] = source
                if rule in ("nominal-cue", "as-cue"):
                    self.framing_cues.setdefault(sent, []).append(cue.first)
                if rule == "nominal-cue":
                    self.nominal_links.setdefault(cue.first, []).append(len(self.links) - 1)

    def inherit_subjects(self) -> None:
        """Give each link with a cue and no source the subject it shares, once every sieve has run."""
        self.links = [
            replace(link, heir=self.elided_subject(link.cue))
            if link.source is None and link.cue is not None
            else link
            for link in self.links
        ]

    def elided_subject(self, cue: Cue) -> Optional[Mention]:
        """The subject a cue with none of its own shares with the attribution before it:
        "Министр заявил, что C1. И добавил: «Q»" / "…, а также сообщил, что C2"."""
        an = self.an
        info = cue.info
        if info.form != "finite" or info.person == "1per" or cue.cls == "impersonal":
            return None
        first = an.sentence_bounds(cue.first)[0]
        if not all(an.marks[k] or _is_connective(an, k) for k in range(first, cue.first)):
            return None  # some other word could be the subject: do not guess
        sent = an.sent_of[cue.first]
        for s in (sent, sent - 1):
            m = self.source_in_sentence.get(s)
            if m is None or s < 0 or an.toks[m.head].para < an.toks[cue.first].para - 1:
                continue
            if m.case == "nomn" and can_be(an, m.head, m.kind, "nomn", info):
                return m
            return None
        return None

    def inside_direct(self, start: int, end: int) -> bool:
        """Does a direct quote already cover ``[start, end)``? (Direct sieves have run.)"""
        if self.direct_spans is None:
            spans = sorted((l.start, l.end) for l in self.links if l.kind == "direct")
            running, top = [], -1
            for _, e in spans:
                top = max(top, e)
                running.append(top)
            self.direct_spans = ([s for s, _ in spans], running)
        starts, running = self.direct_spans
        k = bisect.bisect_right(starts, start) - 1
        return k >= 0 and running[k] + 1 >= end

    def _within_direct(self, start: int, end: int) -> bool:
        """Do the words of ``[start, end)``, past the marks around them, lie inside a direct quote?"""
        text = self.an.text
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        return start < end and self.inside_direct(start, end)

    def quote_inner(self, qi: int) -> tuple[int, int]:
        q = self.an.quotes[qi]
        return q.inner_start, q.inner_end

    # --- direct quotations --------------------------------------------------

    def direct(self) -> None:
        an = self.an
        for qi in range(len(an.quotes)):
            if an.quote_words(qi) == 0 or qi in self.used_quotes:
                continue
            opener, closer = an.quote_tokens(qi)
            if opener >= len(an.toks) or closer >= len(an.toks) or is_quoted_name(an, qi):
                continue
            if (
                self.interrupted(qi, opener, closer)
                or self.cue_after(qi, closer)
                or self.cue_before(qi, opener)
                or self.source_after_colon(qi, opener, closer)
                or self.requested(qi, opener)
            ):
                self.used_quotes.add(qi)

    def interrupted(self, qi: int, opener: int, closer: int) -> bool:
        """«Q1, — сказал X. — Q2»: two quotes, one cue and source."""
        an = self.an
        # the dashes found in C: a quotation's words are many, and most are no dash
        dashes = map(DASH_TOKENS.__contains__, an.tok_texts[opener + 2 : closer - 2])
        for j in itertools.compress(range(opener + 2, closer - 2), dashes):
            if an.tok_texts[j - 1] not in (",", "!", "?", "…", "."):
                continue
            cue = self.cue_between(j + 1, min(j + 1 + _INTERRUPTION_CUE_REACH, closer), "quote")
            if cue is None:
                continue
            k = cue.last
            while k < closer and not (an.tok_texts[k - 1] in (".", ",", ":", ";") and an.is_dash(k)):
                k += 1
            if k >= closer - 1:
                return False
            source = self.source_of(cue, cue.last, k - 1, after_first=True)
            q_start, q_end = self.quote_inner(qi)
            end1 = an.toks[j - 1].start if an.tok_texts[j - 1] == "," else an.toks[j - 1].end
            self.add(q_start, end1, "direct", cue, source, "quote-cue-quote")
            self.add(an.toks[k + 1].start, q_end, "direct", cue, source, "quote-cue-quote")
            self.used_cues.add(cue.first)
            return True
        return False

    def cue_after(self, qi: int, closer: int) -> bool:
        """«Q», — сказал X. / «Q», сказал X. / «Q» - сообщил X."""
        an = self.an
        j = closer + 1
        if j >= len(an.toks) or an.toks[j].para != an.toks[closer].para:
            return False
        opener = an.quote_tokens(qi)[0]
        if opener > 0 and an.low[opener - 1] in _COMPLEMENTIZERS:
            # "сообщили, что «Q», сообщает ТАСС": the quote is what the verb before it reports;
            # the verb after reports the whole sentence
            return False
        marked = False
        # a period before the dash is a slip for the comma: "«Q». — говорится в сообщении"
        if an.tok_texts[j] in (",", "!", "?", "…") or an.tok_texts[j] == "." and j + 1 < len(an.toks) and an.is_dash(j + 1):
            j += 1
            marked = True
        if j < len(an.toks) and an.is_dash(j):
            j += 1
            marked = True
        if j >= len(an.toks):
            return False
        sent_last = an.sentence_bounds(j)[1]
        cue = None
        for k in range(j, min(j + _POST_QUOTE_CUE_REACH, len(an.toks))):
            c = self.cue_at.get(k)
            if c is not None and c.takes("quote"):
                cue = c
                break
            if not an.letters[k] or k >= j + _POST_QUOTE_CUE_REACH - 1:
                break
        if cue is None or (cue.first > j and not marked):
            return False
        if cue.first > j and an.tok_texts[j - 1] == "," and "CONJ" in an.word(j).best:
            return False  # "что Пекин «Q», и призвала": a verb joined to the clause, not a cue of the quote
        if cue.first in self.used_cues or cue.info.form in ("infinitive", "gerund"):
            # "«Интерфакс», цитируя министра, сообщает": a gerund hangs on a verb after it, whose
            # subject the quoted words are; it reports no quotation before it
            return False
        if cue.last + 1 < len(an.toks) and an.low[cue.last] == "," and an.low[cue.last + 1] in _COMPLEMENTIZERS:
            return False  # "назвал его «Q», пояснив, что C": the verb's words are the clause after it
        if not marked and (cue.first != j or an.quote_words(qi) <= _NAME_WORDS):
            return False  # «Роскомсвобода» предлагает: a quoted name as the subject of the verb
        source = None
        if cue.first > j:
            source = subject_before(an, cue, j)
        if source is None:
            source = self.source_of(cue, j, max(sent_last, cue.last), after_first=True)
        if source is not None and source.kind == "common" and j <= source.first < cue.first:
            source = None  # "«Q», еще раз подтвердил": a noun between the marks and the verb is adverbial
        if source is None and cue.cls != "impersonal" and (cue.first != j or cue.info.person == "1per"):
            return False  # "«не», что привело к": the verb belongs to another clause
        q_start, q_end = self.quote_inner(qi)
        self.add(q_start, q_end, "direct", cue, source, "quote-cue")
        self.used_cues.add(cue.first)
        self.resumed_quote(cue, source)
        return True

    def resumed_quote(self, cue: Cue, source: Optional[Mention]) -> None:
        """«Q1», — сказал X. — «Q2»: a quote right after the attribution, behind a dash, goes on."""
        an = self.an
        j = max(cue.last, source.last if source else 0)
        if j + 2 >= len(an.toks) or an.low[j] not in (".", ",", ":") or not an.is_dash(j + 1):
            return
        qi = an.opener_at.get(j + 2)
        if qi is None or qi in self.used_quotes or an.toks[j + 2].para != an.toks[cue.first].para:
            return
        q_start, q_end = self.quote_inner(qi)
        self.add(q_start, q_end, "direct", cue, source, "quote-cue-quote")
        self.used_quotes.add(qi)

    def cue_before(self, qi: int, opener: int) -> bool:
        """X сказал: «Q». / X: «Q» (a headline)."""
        an = self.an
        if opener == 0 or an.tok_texts[opener - 1] != ":":
            return False
        colon = opener - 1
        para_first = an.paragraph_bounds(colon)[0]
        sent_first = an.sentence_bounds(colon)[0]
        q_start, q_end = self.quote_inner(qi)
        cue = None
        for k in range(colon - 1, max(sent_first, para_first) - 1, -1):
            if an.quote_of[k] >= 0:
                break
            c = self.cue_at.get(k)
            if c is not None and (c.takes("quote") or c.takes("colon")):
                cue = c
                break
        if cue is not None and cue.first not in self.used_cues:
            source = self.source_of(cue, sent_first, colon)
            self.add(q_start, q_end, "direct", cue, source, "cue-colon-quote")
            self.used_cues.add(cue.first)
            self.colon_cues.add(cue.first)
            return True
        source = headline_source(an, max(sent_first, para_first), colon)
        if source is not None:
            self.add(q_start, q_end, "direct", None, source, "headline")
            return True
        lead = max(sent_first, para_first)
        source = _subject_before_colon(an, lead, colon) if self.cue_between(lead, colon) is None else None
        if source is None or not _has_predicate(an, opener + 1, an.quote_tokens(qi)[1]):
            return False
        self.add(q_start, q_end, "direct", None, source, "subject-colon-quote")
        return True

    def requested(self, qi: int, opener: int) -> bool:
        """X потребовал от властей «Q» / призвал коллег «не Q»: an infinitive quoted as the object of
        a verb of request, past the one asked, is what X asked for in X's words; so is one after a
        verb of pledge what X pledged ("пообещал «разобраться»", "пригрозил «принять меры»")."""
        an = self.an
        first = opener + 1  # past "не" and adverbs: "«не медлить»", "«немедленно навести порядок»"
        while first < len(an.toks) and first - opener <= _REQUEST_REACH and an.letters[first] and (an.low[first] == "не" or "ADVB" in an.word(first).best):
            first += 1
        if first >= len(an.toks) or not an.letters[first] or "INFN" not in an.word(first).best:
            return False
        sent_first = an.sentence_bounds(opener)[0]
        cue = None
        for k in range(opener - 1, max(sent_first, opener - 1 - _REQUEST_REACH) - 1, -1):
            cue = self.cue_at.get(k)
            if cue is not None:
                break
            if not an.letters[k]:
                return False  # "потребовал, а затем «Q»": the quote is no object of the verb
        if cue is None or not (cue.cls == "request" or cue.takes("pledge")) or cue.first in self.used_cues or cue.info.form != "finite":
            return False
        # the subject stands before the verb or nowhere: the noun after it is the one asked ("призвала ЕС")
        source = subject_before(an, cue, sent_first)
        q_start, q_end = self.quote_inner(qi)
        self.add(q_start, q_end, "direct", cue, source, "request-quote")
        self.used_cues.add(cue.first)
        return True

    def source_after_colon(self, qi: int, opener: int, closer: int) -> bool:
        """«Q»: X о C (a headline): a line that opens with a quoted statement, a colon and a short
        source, alone or before what it spoke about ("«Сезон будет тяжелым»: тренер «Зенита» о
        чемпионате")."""
        an = self.an
        colon = closer + 1
        if colon >= len(an.toks) or an.low[colon] != ":":
            return False
        para_first, para_last = an.paragraph_bounds(opener)
        if opener != para_first or colon + 1 >= para_last:
            return False
        if not _has_predicate(an, opener + 1, closer) or an.low[opener + 1] in _QUESTION_WORDS - {"не"}:
            return False  # "«Спартак»: тренер о сезоне", "«Что будет с ценами»: экономисты о …": a name or a title
        end = next((k for k in range(colon + 1, para_last) if an.low[k] in _TOPIC_PREPOSITIONS), None)
        if end is None:
            end = _trim_end(an, colon + 1, para_last)
        source = headline_source(an, colon + 1, end)
        if source is None or source.last != end:
            # «Q»: S V … ("«Мы выстоим»: капитан «Вымпела» поддержал команду"): the subject
            # of the clause after the colon, right before its verb, is who said Q
            source = _headline_subject(an, colon + 1, para_last)
            if source is None:
                return False
        q_start, q_end = self.quote_inner(qi)
        self.add(q_start, q_end, "direct", None, source, "headline")
        return True

    def headlines(self) -> None:
        """"Силуанов: бюджет выдержит" — a line that opens with a source and a colon states its words."""
        an = self.an
        for sent, colon in _headline_colons(an):
            first = sent.first
            if colon + 1 >= sent.last or an.opener_at.get(colon + 1) is not None:
                continue  # nothing after the colon, or a quotation (the direct sieves took it)
            if an.toks[colon + 1].start == an.toks[colon].end:
                continue  # "https://…", "10:30": a colon inside a token run is no headline's
            if self.cue_between(first, colon) is not None:
                continue
            if sum(1 for k in range(colon + 1, sent.last) if _is_russian_word(an.tok_texts[k])) < _HEADLINE_MIN_WORDS:
                continue  # "Источник: https://…", "Фото: Reuters": a label, not a statement
            if not _has_predicate(an, colon + 1, sent.last):
                continue  # "Борис Вишневский: Перелом": an author and a title, not a statement
            source = headline_source(an, first, colon)
            end = self.content_end(colon + 1) if source is not None else None
            if end is not None and not self.inside_direct(an.toks[colon + 1].start, end):
                self.emit(an.toks[colon + 1].start, end, None, source, "headline")

    def continuation(self) -> None:
        """A quoted sentence right after an attributed quote, direct or reported, keeps its speaker."""
        an = self.an
        by_end = sorted((l for l in self.links if l.source), key=lambda l: l.end)
        done = 0
        last: Optional[Link] = None  # the attributed direct quote starting latest before this one
        for qi in range(len(an.quotes)):
            if qi in self.used_quotes or an.quote_words(qi) < _CONTINUATION_MIN_WORDS or is_quoted_name(an, qi):
                continue
            opener, closer = an.quote_tokens(qi)
            if an.sentence_bounds(opener)[0] != opener or not an.tok_texts[opener + 1][:1].isupper():
                continue
            after = closer + 1
            if after < len(an.toks) and an.toks[after].para == an.toks[closer].para and an.tok_texts[after] not in ".!?…":
                continue
            if self.cue_between(after, an.paragraph_bounds(closer)[1]) is not None:
                continue  # «Q». — говорится в сообщении МВД: the paragraph attributes it itself
            q = an.quotes[qi]
            while done < len(by_end) and by_end[done].end <= q.start:
                if last is None or by_end[done].start > last.start:
                    last = by_end[done]
                done += 1
            if last is None:
                continue
            if q.start - last.end > _CONTINUATION_GAP or an.toks[opener].para - an.toks[an.tokens.index_at(last.end - 1)].para > 1:
                continue  # the next paragraph at most, however many line breaks part them
            own_cue = last.cue.first if last.cue else -1
            if any(j != own_cue and j in self.cue_at for j in range(an.tokens.index_at(last.end), opener)):
                continue  # another cue between: the quote is someone else's or has its own
            q_start, q_end = self.quote_inner(qi)
            self.add(q_start, q_end, "direct", last.cue, last.source, "continuation")
            self.used_quotes.add(qi)
            last = self.links[-1]  # a third quoted paragraph continues the second

    # --- reported speech -------------------------------------------------------

    def reported(self) -> None:
        for cue in self.cues:
            if self.an.quote_of[cue.first] >= 0:
                continue
            if cue.first in self.colon_cues:
                if cue.first and self.an.low[cue.first - 1] == "как":
                    # "как рассказала X, C: «Q»": the clause the aside frames is X's words too
                    self.as_cue(cue)
                    continue
                self.parenthetical(cue)
                self.clause_before_colon(cue)
                continue
            if cue.first in self.used_cues:
                continue
            if cue.info.form == "nominal":
                self.nominal(cue)
            elif cue.cls == "cite" and cue.info.form == "gerund":
                self.citing(cue)
            elif self.an.low[cue.first - 1] == "как" if cue.first else False:
                self.as_cue(cue)
            elif self.about_this(cue):
                pass
            elif not self.complement(cue):
                self.parenthetical(cue)

    def clause_before_colon(self, cue: Cue) -> None:
        """S V, что C: «Q». The quotation after the colon is S's words (``cue_before``), and so is
        the reported clause between the cue and the colon."""
        an = self.an
        j = cue.last
        if j + 2 >= len(an.toks) or an.low[j] != "," or an.quote_of[j + 1] >= 0:
            return
        frame = _COMPLEMENTIZERS.get(an.low[j + 1])
        if not frame or not cue.takes(frame):
            return
        first, last = an.sentence_bounds(cue.first)
        colon = next((k for k in range(j + 2, last) if an.low[k] == ":" and an.opener_at.get(k + 1) is not None), None)
        end_tok = _trim_end(an, j + 2, colon) if colon is not None else j + 2
        if end_tok > j + 2:
            self.emit(an.toks[j + 2].start, an.toks[end_tok - 1].end, cue, self.source_of(cue, first, j), "cue-that")

    def complement(self, cue: Cue) -> bool:
        """S V, что C / S V о том, что C / S V: C / S V, чтобы C / S спросил, C."""
        an = self.an
        first, last = an.sentence_bounds(cue.first)
        j = cue.last
        limit = min(last, cue.last + _COMPLEMENT_REACH)
        while j < limit:
            low = an.low[j]
            if low in (".", "!", "?", "…", ";") or an.quote_of[j] >= 0 and not quoted_name_at(an, j):
                if not (low == ":" or an.opener_at.get(j) is None):
                    break
            if low == ":" and cue.takes("colon"):
                return self.emit_clause(cue, j + 1, first, j, "cue-colon")
            if low == "," and j + 1 < last:
                nxt = an.low[j + 1]
                if an.low[j - 1] in _CONJUNCTION_CORRELATES:
                    break  # "потому, что": a reason or a result, no report
                frame = _COMPLEMENTIZERS.get(nxt)
                if frame and cue.takes(frame):
                    return self.emit_clause(cue, j + 2, first, j, "cue-that")
                if cue.takes("question") and (cue.first == 0 or an.low[cue.first - 1] != "не") and (
                    # "не уточнил, когда …" asks what was not said: no report
                    (nxt in _QUESTION_WORDS and nxt != "что")
                    or (an.is_prep(j + 1) and j + 2 < last and an.low[j + 2] in _QUESTION_WORDS)
                ):
                    return self.emit_clause(cue, j + 1, first, j, "cue-question")
                qi = an.opener_at.get(j + 1)
                if qi is not None and not is_quoted_name(an, qi) and qi not in self.used_quotes and (
                    cue.takes("to") or cue.takes("that")
                ):
                    return self.emit_clause(cue, j + 1, first, j, "cue-quote")
                skipped = _skip_subclause(an, j, last)
                if skipped > j + 1:
                    j = skipped - 1 if skipped < last and an.low[skipped - 1] == "," else skipped
                    continue
                if nxt == "что" and an.low[j - 1] in ("том", "тем", "то"):
                    return self.emit_clause(cue, j + 2, first, j, "cue-that")
                if (
                    j == cue.last and cue.takes("that") and cue.info.form == "finite" and cue.cls != "impersonal"
                    and (cue.first == 0 or an.low[cue.first - 1] != "не") and an.quote_of[cue.first] < 0
                    and "futr" not in an.word(cue.first).best and _bare_clause(an, j + 1, last)
                ):
                    # "В посольстве отметили, пираты атаковали судно": the reported clause with no "что", after
                    # a verb that reports (not negated, not future: "террористы ответят, мы …" is no report)
                    return self.emit_clause(cue, j + 1, first, j, "cue-that")
                if frame is None and j > cue.last and an.low[j - 1] not in ("том", "тем", "то"):
                    break
            elif low in _COMPLEMENTIZERS and j == cue.last and cue.takes(_COMPLEMENTIZERS[low]):
                return self.emit_clause(cue, j + 1, first, j, "cue-that")
            elif an.letters[j] and _verb_or_infinitive(an, j, j > cue.last) and j not in self.cue_at:
                # another verb, or an infinitive that fills the verb's complement ("предложил повысить
                # налог, чтобы …": the clause after it says what for, not what was proposed)
                break
            j += 1
        return False

    def emit_clause(self, cue: Cue, content_first: int, sent_first: int, hi: int, rule: str) -> bool:
        an = self.an
        if content_first >= len(an.toks):
            return False
        end = self.content_end(content_first)
        if end is None:
            return False
        source = self.source_of(cue, sent_first, hi)
        if source is None and cue.info.form == "infinitive":
            return False
        self.emit(an.toks[content_first].start, end, cue, source, rule)
        self.used_cues.add(cue.first)
        return True

    def emit(self, start: int, end: int, cue: Optional[Cue], source: Optional[Mention], rule: str) -> None:
        """Add reported content, typed by the quotations it holds."""
        an = self.an
        if cue is not None and cue.info.person == "1per" and source is None:
            return  # a first-person verb reports only with its "я"
        if self._within_direct(start, end):
            return  # "«Q1, — сказал X. — Q2», — передает ТАСС": Q2 is X's, already a direct quote
        inside = [
            qi
            for qi in an.quotes_within(start, end + 1)
            if an.quotes[qi].end <= end + 1 and not is_quoted_name(an, qi)
        ]
        kind = "indirect"
        if inside:
            kind = "mixed"
            if len(inside) == 1:
                q = an.quotes[inside[0]]
                rest = an.text[start:q.start] + an.text[min(q.end, end):end]
                if not any(ch.isalnum() for ch in rest):
                    kind = "direct"
                    start, end = q.inner_start, q.inner_end
            self.used_quotes.update(inside)
        self.add(start, end, kind, cue, _relayed_source(an, source, cue), rule)

    def content_end(self, first: int) -> Optional[int]:
        """End offset of a reported clause starting at token ``first``."""
        an = self.an
        if first >= len(an.toks):
            return None  # the text ends at the comma after the cue: "Как сообщил министр,"
        sent = an.sent_of[first]
        stops = self.clause_stops.get(sent)
        if stops is None:
            stops = self.clause_stops[sent] = _ClauseStops(self.clause_last(first))
        end_tok = _trim_end(an, first, self.next_stop(stops, first + 1))
        if end_tok <= first:
            return None
        return an.toks[end_tok - 1].end

    def clause_last(self, first: int) -> int:
        """Past the last token a clause starting at ``first`` may reach: its sentence, and on
        through the sentences of a quotation still open at its end."""
        an = self.an
        last = an.sentence_bounds(first)[1]
        qi = an.inside_quote(last - 1)
        while qi is not None and last < len(an.toks):
            closer = an.quote_tokens(qi)[1]
            if closer < last:
                break
            last = an.sentence_bounds(closer)[1]
            qi = an.inside_quote(last - 1)
        return last

    def next_stop(self, stops: _ClauseStops, start: int) -> int:
        """The first token from ``start`` on where a clause ends, else ``stops.last``."""
        if not stops.begin <= start <= stops.scanned:
            stops.begin = stops.scanned = start
            stops.found.clear()
        k = bisect.bisect_left(stops.found, start)
        if k < len(stops.found):
            return stops.found[k]
        # the marks found in C: the words between cannot end a clause, and a call per token cost more
        # than the test of each mark
        marks = map(_CLAUSE_MARKS.__contains__, self.an.tok_texts[stops.scanned : stops.last])
        for j in itertools.compress(range(stops.scanned, stops.last), marks):
            if self.ends_clause(j, stops.last):
                stops.found.append(j)
                stops.scanned = j + 1
                return j
        stops.scanned = stops.last
        return stops.last

    def ends_clause(self, j: int, last: int) -> bool:
        """Does a reported clause end at token ``j``, one of ``_CLAUSE_MARKS``: a comma, colon or
        dash before a coordinated cue ("заявил, что C, и добавил") or before an attribution ("C, —
        сказал X")?"""
        an = self.an
        k = j + 1
        if k < last and an.is_dash(k):
            k += 1
        coordinated = k + 1 < last and an.low[k] in ("и", "а", "но") and self.cue_at.get(k + 1)
        if coordinated and self.cue_at[k + 1].info.form == "finite" and an.low[j] == ",":
            return True
        if k < last and self.starts_attribution(k):
            return True
        return an.low[j] == "," and k < last and self.parallel_report(j, k + (an.low[k] in ("и", "а", "но")), last)

    def parallel_report(self, comma: int, k: int, last: int) -> bool:
        """Does a clause of its own report another's words from token ``k``, its subject first:
        "Одни говорят, что C1, [другие уверяют, что C2]", "…, а [губернатор сообщил, что C2]"? C1
        ends at ``comma``, unless that closes a subordinate clause of C1."""
        an = self.an
        for c in range(k + 1, min(k + 1 + _PARALLEL_SUBJECT_WORDS, last)):
            if not an.letters[c - 1]:
                return False
            cue = self.cue_at.get(c)
            if cue is None:
                continue
            after = cue.last
            that = after + 1 < last and an.low[after] == "," and an.low[after + 1] == "что" or after < last and an.low[after] == ":"
            if cue.info.form != "finite" or not cue.takes("that") or not that or self.closes_subordinate(comma):
                return False
            subject = subject_before(an, cue, k)
            # "C1 о цели министра, [который] пообещал, что C2": a relative clause stays inside C1
            # nor is "…, [я] скажу: …" inside a quotation: the speaker's own words go on
            return subject is not None and subject.first == k and subject.kind != "relative" and an.low[k] not in FIRST_PERSON
        return False

    def closes_subordinate(self, comma: int) -> bool:
        """Does ``comma`` close a subordinate clause opened since the last cue ("если …, я скажу",
        "когда …, он заявил")? The clause after it is then the main one, not a report beside it."""
        an = self.an
        first = an.sentence_bounds(comma)[0]
        for j in range(comma - 1, first - 1, -1):
            if j in self.cue_at:
                return False
            if an.low[j] in _SUBORDINATORS:
                return True
        return False

    def starts_attribution(self, k: int) -> bool:
        an = self.an
        cue = self.cue_at.get(k)
        if cue is None and an.low[k] == "как":
            cue = self.cue_at.get(k + 1)
        if cue is None:
            return False
        if cue.info.form == "nominal":
            return True
        if not cue.takes("inverted") or cue.info.form != "finite":
            return False
        if subject_after(an, cue, an.sentence_bounds(k)[1]) is not None:
            return True
        # "C, сообщили в ведомстве": a subjectless plural cue said where its institution is
        return cue.info.number == "plur" and location_beside(an, cue) is not None

    def nominal(self, cue: Cue) -> None:
        """По словам S, C / C, по словам S."""
        an = self.an
        first, last = an.sentence_bounds(cue.first)
        source = self.nominal_source(cue, last)
        j = source.last if source and source.last > cue.last else cue.last
        # "Цены (по данным Росстата) выросли": brackets set the frame off as commas do
        bracketed = j < last and an.low[j] == ")" and cue.first > first and an.low[cue.first - 1] == "("
        set_off = j < last and an.low[j] == "," or bracketed
        if set_off:
            j += 1
        # "Цены выросли (по данным Росстата), а …": a bracketed frame that closes its clause follows it
        closes = bracketed and (j >= last or not an.letters[j])
        self.used_cues.add(cue.first)
        if not set_off and _inside_clause(an, cue.first, first):
            return  # "дело возбуждено по заявлению X после проверки": an adverbial of the clause, no frame
        # "«Q», — заявил, по данным агентства, министр": an aside between an inverted cue and its
        # subject, not a frame of what follows
        verb = self.cue_at.get(cue.first - 2) if cue.first - 3 >= first and an.low[cue.first - 1] == "," else None
        if set_off and verb is not None and verb.takes("inverted") and (an.is_dash(verb.first - 1) or an.low[verb.first - 1] == ","):
            return
        if not closes and any(an.letters[k] for k in range(j, last)):  # stops at the first word, not the sentence end
            end = self.content_end(j)
            if end is not None:
                start = self.interrupted_clause_start(cue.first - 1)
                self.emit(an.toks[j if start is None else start].start, end, cue, source, "nominal-cue")
        elif cue.first - first >= _NOMINAL_CLAUSE_BEFORE:
            end_tok = _trim_end(an, first, cue.first)
            self.emit(an.toks[first].start, an.toks[end_tok - 1].end, cue, source, "nominal-cue")

    def citing(self, cue: Cue) -> None:
        """Как передает Y, цитируя (слова) S, C: the one the gerund quotes said C, when no verb of
        saying follows in the sentence; with one ("Цитируя S, газета пишет, что C") the gerund is an
        adverbial of that verb, whose own sieve reports C."""
        an = self.an
        last = an.sentence_bounds(cue.first)[1]
        source = object_after(an, cue, last)
        if source is None or source.last >= last or an.low[source.last] != ",":
            return
        if self.cue_between(source.last + 1, last) is not None:
            return
        end = self.content_end(source.last + 1)
        if end is not None:
            self.emit(an.toks[source.last + 1].start, end, cue, source, "nominal-cue")
            self.used_cues.add(cue.first)

    def as_cue(self, cue: Cue) -> None:
        """Как сообщил S, C."""
        an = self.an
        commas = self.sentence_commas(cue.first)
        at = bisect.bisect_left(commas, cue.last)
        if at == len(commas):
            # "C, как отметил S.": the aside closes the sentence and frames the clause before it,
            # unless it completes a comparison ("сделали так, как сказал S")
            if cue.first >= 3 and an.low[cue.first - 2] == "," and an.low[cue.first - 3] not in _COMPARED:
                self.parenthetical(cue, aside=True)
            return
        comma = commas[at]
        source = self.source_of(cue, cue.last, comma, after_first=True)
        if source is None and cue.cls != "impersonal":
            return
        if self.cue_at.get(comma + 1) is not None:
            return  # "Об этом, как передает ТАСС, заявил X": a relay inside another attribution
        named = _named_apposition(an, cue, source, commas[at + 1] + 1) if at + 1 < len(commas) else None
        if named is not None:  # "Как сообщил один из авторов, депутат Иван Смирнов, C"
            source, comma = named, named.last
        elif at + 1 < len(commas) and source is not None and source.kind == "person" and _role_apposition(an, comma + 1, commas[at + 1]):
            comma = commas[at + 1]  # "Как указывает Иван Смирнов, директор колледжа, C": the role is his
        end = self.content_end(comma + 1)
        if cue.first in self.colon_cues:
            # "как рассказала X, C: «Q»": C ends at the colon that opens X's quotation
            last = an.sentence_bounds(cue.first)[1]
            colon = next((k for k in range(comma + 1, last) if an.low[k] == ":" and an.opener_at.get(k + 1) is not None), None)
            end_tok = _trim_end(an, comma + 1, colon) if colon is not None else comma + 1
            end = an.toks[end_tok - 1].end if end_tok > comma + 1 else None
        if end is not None:
            self.emit(an.toks[comma + 1].start, end, cue, source, "as-cue")
        self.used_cues.add(cue.first)

    def about_this(self, cue: Cue) -> bool:
        """What S said stands before the cue: "Об этом сообщил S." / "Эту информацию
        подтвердил S." (the previous sentence) / "C, о чем сообщил S." / "C, об этом сообщил S."
        (the clause before)."""
        an = self.an
        first, last = an.sentence_bounds(cue.first)
        if cue.first >= 3 and an.low[cue.first - 3] == "," and (an.low[cue.first - 2], an.low[cue.first - 1]) in _CLAUSE_BACK_REFERENCES:
            content_first, content_last = first, cue.first - 3
            source_first = cue.first - 2  # "Задержаны четыре человека, о чем сообщили в МВД": not in the clause
        elif first > 0 and _points_back(an, first, cue):
            content_first, content_last = self.lead_before(first)
            source_first = first
        else:
            return False
        # "Об этом сообщил S", but "Об этом он сообщил": a subject before the verb stands there
        source = self.source_of(cue, source_first, last, after_first=not _pronoun_subject_before(an, cue, source_first), object_filled=True)
        end_tok = _trim_end(an, content_first, content_last)
        if end_tok > content_first:
            self.emit(an.toks[content_first].start, an.toks[end_tok - 1].end, cue, source, "about-this")
        self.used_cues.add(cue.first)
        return True

    def lead_before(self, first: int) -> tuple[int, int]:
        """Tokens of what "Об этом …" at token ``first`` refers to: a lead of up to
        ``_LEAD_SENTENCES`` sentences that opens its paragraph and has no cue of its own,
        else the one sentence before."""
        an = self.an
        prev_first, prev_last = an.sentence_bounds(first - 1)
        start = prev_first
        for _ in range(_LEAD_SENTENCES - 1):
            if start == 0 or an.toks[start - 1].para != an.toks[start].para:
                break
            before = an.sentence_bounds(start - 1)[0]
            if any(k in self.used_cues for k in range(before, start)):
                break  # that sentence has an attribution of its own
            start = before
        opens_paragraph = start == 0 or an.toks[start - 1].para != an.toks[start].para
        return (start if opens_paragraph else prev_first), prev_last

    def parenthetical(self, cue: Cue, aside: bool = False) -> None:
        """C, — заявил S. / C, заявил S. / C1, сообщил S, C2. ``aside``: "как" stands between the
        comma and the cue ("C, как заявил S.")."""
        an = self.an
        if not cue.takes("inverted") or cue.info.form != "finite" or cue.first == 0:
            return
        first, last = an.sentence_bounds(cue.first)
        # "— Мы готовы, — сказал X.": a line opened by a dash is a dialogue line, direct speech
        dialogue = an.is_dash(first) and (first == 0 or an.toks[first - 1].para != an.toks[first].para)
        j = cue.first - 2 if aside else cue.first - 1
        if an.is_dash(j):
            j -= 1
            # "— Q1. Q2, — сказал X.": the dash line speaks through all its sentences up to the cue
            line_first = an.paragraph_bounds(cue.first)[0]
            # (a dash inside the line before this sentence is an attribution that parts it)
            if not dialogue and line_first < first and an.is_dash(line_first) and not any(an.is_dash(k) for k in range(line_first + 1, first)):
                first, dialogue = line_first, True
        if j < first or an.low[j] != "," and not (dialogue and an.low[j] in ("!", "?", "…")):
            return
        source = self.source_of(cue, cue.last, last, after_first=True)
        if source is None or source.first < cue.last:
            if cue.cls != "impersonal" or source is None:
                return
        before_words = sum(1 for k in self.leading_words(cue.first) if k < j)  # 0, 1, 2 or 3 ("3 or more")
        tail = source.last
        if tail < last and an.low[tail] == "," and self.first_predicate(cue.first) >= j:
            end = self.content_end(tail + 1)
            if end is not None:
                start = self.interrupted_clause_start(j)
                self.emit(an.toks[tail + 1 if start is None else start].start, end, cue, source, "parenthetical-cue")
                self.used_cues.add(cue.first)
            return
        if before_words == 0:
            return
        start_tok = first + 1 if dialogue else first
        framing = [c for c in self.framing_cues.get(an.sent_of[cue.first], ()) if first <= c < j]
        if framing:  # "По словам X, C, заявил Y": X already frames C
            self.forward_frame(framing[-1], cue, source)
            return
        end_tok = _trim_end(an, start_tok, j)
        if end_tok <= start_tok:
            return
        start = an.toks[start_tok].start
        end = an.toks[end_tok - 1].end
        if self.inside_direct(start, end):
            return
        if dialogue:
            self.add(start, end, "direct", cue, source, "dash-cue")
            self.dialogue_goes_on(cue, source)
        else:
            self.emit(start, end, cue, source, "clause-cue")
        self.used_cues.add(cue.first)

    def forward_frame(self, frame: int, cue: Cue, source: Mention) -> None:
        """"По ее данным, C, — сообщила X": the possessive pronoun of the frame at token ``frame``, which
        opens the sentence, agrees with the verb after the clause, whose subject it points forward to,
        so C is X's."""
        if frame != self.an.sentence_bounds(frame)[0]:
            return  # "называет имена организовавших, по его мнению, …": a frame inside the clause points back
        for at in self.nominal_links.get(frame, ()):  # not a search of every link: one per frame
            link = self.links[at]
            if link.rule != "nominal-cue":
                continue  # forwarded already
            pronoun = link.source
            if pronoun is None or pronoun.kind != "pronoun" or not _pronoun_agrees(pronoun, cue.info):
                return
            self.links[at] = replace(link, cue=cue, source=source, rule="clause-cue")
            self.source_in_sentence[self.an.sent_of[cue.first]] = source
            self.used_cues.add(cue.first)
            return

    def interrupted_clause_start(self, comma: int) -> Optional[int]:
        """The first token of a clause an attribution interrupts at ``comma``
        ("Переговоры, по словам X, идут"; "что о сроках, сообщил X, речи нет"): the words back
        to the sentence start, a comma or a complementizer, when they hold no predicate of their
        own (else they are a clause of their own, not the start of this one); else None."""
        an = self.an
        if comma < 0 or an.low[comma] not in (",", "("):
            return None
        first = an.sentence_bounds(comma)[0]
        k = comma
        # a conjunction opens the clause: "хотя о сроках, по словам X, речи нет"
        while k > first and an.letters[k - 1] and not _opens_clause(an, k - 1):
            k -= 1
        subordinate = k > first and _opens_clause(an, k - 1)
        if k > first and not (an.low[k - 1] == "," or subordinate):
            return None
        while k < comma and _is_connective(an, k):  # "Кроме того, сообщил X, C": the link stays outside
            k += 1
        if k == comma or _has_predicate(an, k, comma):
            return None
        # a clause's own words, its subject or what follows its conjunction, not an adverbial
        # that frames the sentence ("В любом случае, отметил X, C")
        if not subordinate and not any(an.letters[i] and an.word(i).has("nomn") for i in range(k, comma)):
            return None
        return k

    def dialogue_goes_on(self, cue: Cue, source: Mention) -> None:
        """"— Q1, — сказал X. — Q2": the dialogue line goes on after its attribution."""
        an = self.an
        k = max(cue.last, source.last)
        if k + 1 >= len(an.toks) or an.low[k] not in (".", ",", ":") or not an.is_dash(k + 1):
            return
        para_last = an.paragraph_bounds(k)[1]
        end_tok = _trim_end(an, k + 2, para_last)
        if end_tok > k + 2 and an.toks[k].para == an.toks[cue.first].para:
            self.add(an.toks[k + 2].start, an.toks[end_tok - 1].end, "direct", cue, source, "dash-cue")

    def sentence_commas(self, i: int) -> list[int]:
        """The commas of the sentence holding token ``i`` outside quote marks, found once per
        sentence: one inside a quoted name is no clause's ("Как сообщает канал «Осторожно,
        новости», C")."""
        an = self.an
        sent = an.sent_of[i]
        commas = self.commas.get(sent)
        if commas is None:
            first, last = an.sentence_bounds(i)
            commas = self.commas[sent] = [k for k in range(first, last) if an.low[k] == "," and an.quote_of[k] < 0]
        return commas

    def first_predicate(self, i: int) -> int:
        """The first token of the sentence holding ``i`` that can be a predicate (a finite verb,
        a short adjective or participle, an infinitive), else the sentence end; found once per sentence.
        "В любом случае, отметил X, C": what stands before the cue is a clause only if it has one."""
        sent = self.an.sent_of[i]
        found = self.predicates.get(sent)
        if found is None:
            first, last = self.an.sentence_bounds(i)
            found = self.predicates[sent] = next((k for k in range(first, last) if _has_predicate(self.an, k, k + 1)), last)
        return found

    def leading_words(self, i: int) -> list[int]:
        """The first three words of the sentence holding token ``i``, found once per sentence."""
        sent = self.an.sent_of[i]
        words = self.first_words.get(sent)
        if words is None:
            first, last = self.an.sentence_bounds(i)
            words = self.first_words[sent] = list(itertools.islice(
                (k for k in range(first, last) if self.an.letters[k]), 3
            ))
        return words

    # --- clean-up --------------------------------------------------------------

    def resolve_overlaps(self) -> list[Link]:
        """One clause, one attribution: the innermost cue wins over a wrapping one."""
        links = sorted(self.links, key=lambda l: (l.start, -l.end))
        # "Мы настаиваем, что C, — заявил адвокат": a first-person cue inside a clause that another
        # speaker's cue reports is part of the reported words, not an attribution of its own
        an = self.an
        personal = [_first_person(an, l) for l in links]  # asked once per link: four uses below
        others = [l for l, mine in zip(links, personal) if not mine]
        cue_starts = sorted(start for l in others if (start := _cue_start(l)) is not None)
        # "По его словам, он не ожидал, что C": a verb with its complement inside what a
        # nominal cue reports is part of the report, not an attribution that wraps it
        framing_starts = sorted(
            start for l in others if l.rule not in _COMPLEMENT_RULES and (start := _cue_start(l)) is not None
        )
        wrappers = [(l.start, l.end) for l in others if l.rule == "clause-cue"]
        # "— Нам говорили, что C, — рассказала X.": speech a dialogue line reports is part of its words
        dash_lines = [(l.start, l.end) for l in links if l.rule == "dash-cue"]
        keep: list[Link] = []
        for link, mine in zip(links, personal):
            if link.kind != "direct" and _inside_spans(dash_lines, link):
                continue
            if mine:
                at = bisect.bisect_right(wrappers, (link.start, 1 << 62)) - 1
                if at >= 0 and wrappers[at][1] >= link.end and wrappers[at] != (link.start, link.end):
                    continue
            if link.kind != "direct" and link.rule in ("clause-cue", "as-cue", "nominal-cue"):
                starts = framing_starts if link.rule == "nominal-cue" else cue_starts
                inside = bisect.bisect_left(starts, link.end) - bisect.bisect_left(starts, link.start)
                own = _cue_start(link)
                if own is not None and link.start <= own < link.end:
                    inside -= 1
                if inside > 0:  # wraps another attribution: "По словам X, C, передает Y"
                    continue
            # twins start close together; links are in start order, so look back a little only, and
            # a twin reaches this link's start (a kept link that ends before it shares none of its words)
            twin = next(
                (
                    at
                    for at in range(len(keep) - 1, max(len(keep) - _TWIN_WINDOW, 0) - 1, -1)
                    # two cues claiming the same quoted words: "считает C, отмечая, что «Q»"
                    if keep[at].end >= link.start
                    and (
                        (keep[at].start, keep[at].end) == (link.start, link.end)
                        or keep[at].kind != "direct" and link.kind != "direct" and _same_clause(keep[at], link)
                    )
                ),
                None,
            )
            if twin is not None:
                if _cue_distance(link) < _cue_distance(keep[twin]):
                    del keep[twin]  # by position: remove() would compare with every link kept
                else:
                    continue
            keep.append(link)
        keep.sort(key=lambda l: (l.start, l.end))
        return keep


def _inside_spans(spans: list[tuple[int, int]], link: Link) -> bool:
    """Does one of ``spans`` (sorted) hold both ``link``'s words and its cue?"""
    at = bisect.bisect_right(spans, (link.start, 1 << 62)) - 1
    if at < 0 or spans[at][1] < link.end:
        return False
    cue = _cue_start(link)
    return cue is None or spans[at][0] <= cue < spans[at][1]


def _headline_colons(an: Analysis) -> Iterator[tuple[Sentence, int]]:
    """Each sentence that opens a line and has a colon among its first ``_HEADLINE_SOURCE_TOKENS``
    + 1 tokens, with the first of them: where a headline's source may end ("Силуанов: …"). Read from
    colon to colon, found in C: most sentences have none, and a loop over every sentence cost more."""
    read = -1  # the sentence of the colon read last: only the first colon of a sentence is a headline's
    for colon in an.tokens_written(":"):
        if an.sent_of[colon] == read:
            continue
        read = an.sent_of[colon]
        sent = an.sents[read]
        first = sent.first
        if colon - first <= _HEADLINE_SOURCE_TOKENS and (first == 0 or an.toks[first - 1].para != sent.para):
            yield sent, colon


def headline_source(an: Analysis, first: int, colon: int) -> Optional[Mention]:
    """The source of "X: C": a short name, role or organization alone before the colon."""
    if colon - first > _HEADLINE_SOURCE_TOKENS or colon == first:
        return None
    if any(an.letters[k] and "VERB" in an.word(k).best for k in range(first, colon)):
        return None
    if an.letters[colon - 1] and "PREP" in an.word(colon - 1).best:
        return None  # "Учителя против: …": a preposition with nothing to govern is a predicate, no noun phrase
    for k in range(first, colon):
        if an.letters[k] and "PREP" in an.word(k).best:
            return None  # "Ливни в Нижнем Новгороде: …": what a preposition governs is no speaker
        kind = token_kind(an, k)
        if kind in ("person", "role", "organization", "generic", "group"):
            return phrase(an, k, kind, "nomn", first, colon)
    if colon == first + 1 and an.caps[first] and an.letters[first] and token_kind(an, first) != "place" and _may_be_surname(an.word(first)):
        return phrase(an, first, "person", "nomn", first, colon)  # "Сухой: …": one capitalized word is a surname
    return None


def _headline_subject(an: Analysis, first: int, last: int) -> Optional[Mention]:
    """The subject of a headline's clause at ``first``: a short name or role of a person standing
    alone right before the clause's first verb ("капитан «Вымпела» | поддержал команду", "Лагутин |
    ответил критикам"); None if a verb opens the clause or none follows soon. Not an
    organization: what a theatre or a festival did after a quoted title is no one's words
    ("«Завтра будет война»: театр показал премьеру")."""
    verb = next((k for k in range(first, min(last, first + _HEADLINE_SOURCE_TOKENS + 1)) if an.letters[k] and "VERB" in an.word(k).best), None)
    if verb is None:
        return None
    source = headline_source(an, first, verb)
    return source if source is not None and source.last == verb and source.kind in ("person", "role") else None


def _subject_before_colon(an: Analysis, first: int, colon: int) -> Optional[Mention]:
    """The speaker of "S P: «Q»" with no speech verb ("Министр был краток: «…»", "Тренер не скрывал
    досады: «…»"): the subject, one who can speak, of the last predicate before the colon."""
    for k in range(colon - 1, first - 1, -1):
        if an.quote_of[k] >= 0 or an.low[k] in _CLAUSE_BREAKS:
            return None
        if not an.letters[k]:
            continue
        best = an.word(k).best
        if "VERB" in best or "ADJS" in best or "PRTS" in best:
            form = predicate_form(an.word(k).lemma, best)
            subject = subject_before(an, Cue(k, k + 1, an.toks[k].start, an.toks[k].end, form), first)
            if subject is None or subject.kind not in _SPEAKING_KINDS or an.quote_of[subject.head] >= 0:
                return None  # nor "«Охоты на ведьм» не будет: «…»": a quoted name is a thing
            return subject if subject.kind != "common" or an.word(subject.head).has("anim") else None  # not "Девиз звучал так"
    return None


def _may_be_surname(word: Word) -> bool:
    """Can ``word`` be a surname: a name, a word the dictionary lacks, or one that names a person
    or is an adjective ("Сухой", "Кот")? A thing's noun or a function word the dictionary knows
    ("Опрос", "Версия", "Далее") is none."""
    return not word.known or bool(word.name_readings) or word.has("anim") or word.has("ADJF")


def _named_apposition(an: Analysis, cue: Cue, source: Optional[Mention], hi: int) -> Optional[Mention]:
    """The named person set off by a comma after the description ``source`` of one speaker, agreeing
    with ``cue`` ("сообщил один из авторов, депутат Иван Смирнов"), within tokens before ``hi``;
    a dash sets it off as a comma does ("один из авторов — депутат Иван Смирнов")."""
    if source is None or source.kind not in ("role", "generic") or cue.info.number == "plur" or source.last >= hi:
        return None
    if an.low[source.last] != "," and not an.is_dash(source.last):
        return None
    named = apposed_person(an, source.last, hi)
    if named is None or cue.info.gender is not None and named.gender not in (None, cue.info.gender):
        return None
    return replace(named, first=source.first)  # the whole phrase, description and name


def _role_apposition(an: Analysis, first: int, comma: int) -> bool:
    """Do tokens ``first..comma-1`` make one person's role phrase in the nominative and nothing more,
    as set off after a name ("Иван Смирнов, [директор колледжа],"), with no participle's phrase
    after it that the role would go on into ("представитель компании, добывающей нефть,")?"""
    k = first
    while k < comma and is_modifier(an, k):
        k += 1
    kind = token_kind(an, k) if k < comma else None
    if kind not in ("role", "generic") or not an.word(k).readings_with("NOUN", "sing", "nomn"):
        return False
    if comma + 1 < len(an.toks) and an.letters[comma + 1] and "PRTF" in an.word(comma + 1).best:
        return False
    role = phrase(an, k, kind, "nomn", first, comma)
    return role.kind == kind and role.first == first and role.last == comma


def _is_russian_word(text: str) -> bool:
    return _RUSSIAN_LETTER.search(text.lower()) is not None


_RUSSIAN_LETTER = re.compile("[а-яё]")  # searched in C, not tested letter by letter


def _trim_end(an: Analysis, first: int, end_tok: int) -> int:
    """Token end of a clause ``first..end_tok-1`` without trailing punctuation, keeping closing quote
    marks and the sign of a quantity ("вырастет на 15%")."""
    while (
        end_tok > first
        and an.marks[end_tok - 1]
        and an.closer_at.get(end_tok - 1) is None
        and an.tok_texts[end_tok - 1] not in _QUANTITY_SIGNS
    ):
        end_tok -= 1
    return end_tok


def _bare_clause(an: Analysis, first: int, last: int) -> bool:
    """Does a clause of its own, with no complementizer, open at token ``first``: a nominative and a
    predicate after it (:func:`_has_predicate`) before the next comma, no conjunction, gerund, participle or relative word
    first, and no "что" just after (the words before it would be an aside: "отметил, в частности, что")?"""
    if first >= last or not an.letters[first]:
        return False
    opener = an.word(first)
    if any(pos in opener.best for pos in ("CONJ", "GRND", "PRTF", "PRCL", "INTJ")) or an.low[first] in _QUESTION_WORDS:
        return False
    if an.low[first].startswith("котор") or any(an.low[k] == "что" for k in range(first, min(last, first + ASIDE_WORDS + 2))):
        return False
    subject = False
    for k in range(first, last):
        if an.marks[k]:
            return False
        if _has_predicate(an, k, k + 1):  # "пираты атаковали", "ситуация стабильна", "судно захвачено"
            return subject
        word = an.word(k)
        if ("NOUN" in word.best or "NPRO" in word.best) and word.has("nomn") and not (k > first and an.is_prep(k - 1)):
            subject = True
    return False


def _governing_noun(an: Analysis, infinitive: int, lo: int) -> Optional[int]:
    """The first word of the phrase of the inanimate noun right before ``infinitive`` that governs it
    ("соблазн [сказать]", "все основания [полагать]", "возможностью [заявить]"), or None: such a
    noun names a reason or a chance to speak, and is never the one who speaks."""
    k = infinitive - 1
    if k < lo or not an.letters[k] or an.caps[k] and not opens_sentence(an, k):
        return None
    word = an.word(k)
    if not ("NOUN" in word.best and "inan" in word.best) or token_kind(an, k) in ("person", "organization", "group", "role", "generic"):
        return None
    while k - 1 >= lo and is_modifier(an, k - 1) and "NOUN" not in an.word(k - 1).best:
        k -= 1
    return k


def _verb_before(an: Analysis, k: int) -> Optional[int]:
    """The last finite verb before token ``k`` in its sentence, outside quotations."""
    first = an.sentence_bounds(k)[0]
    for j in range(k - 1, first - 1, -1):
        if an.letters[j] and an.quote_of[j] < 0 and "VERB" in an.word(j).best:
            return j
    return None


def maker_of(an: Analysis, noun: int) -> Optional[Mention]:
    """Who made the thing the object noun ``noun`` names: the subject of the finite verb before it in
    its clause ("Минздрав направил в регионы [письмо]", "Жители подписали [петицию]")."""
    verb = _verb_before(an, noun)
    if verb is None or not an.word(noun).has("accs") or any(an.low[k] in (",", ":", ";") for k in range(verb + 1, noun)):
        return None
    info = CueForm("", "speech", frozenset(), "finite", None, None, None)
    return subject_before(an, Cue(verb, verb + 1, an.toks[verb].start, an.toks[verb].end, info), an.sentence_bounds(verb)[0], agree=False)


def _pronoun_subject_before(an: Analysis, cue: Cue, lo: int) -> bool:
    """Does a personal pronoun in the nominative stand before ``cue``, past adverbs and particles
    ("Об этом он также сообщил")?"""
    j = cue.first - 1
    while j > lo and an.letters[j] and ("ADVB" in an.word(j).best or "PRCL" in an.word(j).best):
        j -= 1
    return j >= lo and token_kind(an, j) == "pronoun" and an.word(j).has("NPRO", "nomn")


def _pronoun_agrees(pronoun: Mention, info: CueForm) -> bool:
    """Does a third-person pronoun agree in number and (in the singular) gender with a verb form?"""
    if pronoun.number is None or info.number is None or pronoun.number != info.number:
        return False
    if pronoun.number == "plur" or info.gender in (None, pronoun.gender):
        return True
    return pronoun.gender == "masc" and info.gender == "neut"  # "его" is also the oblique form of "оно"


def _may_be_subject(an: Analysis, j: int, cue: Cue) -> bool:
    """Can the noun at ``j`` be the nominative subject that agrees with ``cue``?"""
    for r in an.word(j).readings_with("NOUN", "nomn"):
        number = "plur" if "plur" in r.grammemes else "sing"
        gender = next((g for g in ("masc", "femn", "neut") if g in r.grammemes), None)
        if cue.info.number in (None, number) and (number == "plur" or cue.info.gender in (None, gender)):
            return True
    return False


def _points_back(an: Analysis, first: int, cue: Cue) -> bool:
    """Does the sentence from ``first`` open with an object that refers to the sentence before?

    "Об этом (в четверг, как передает ТАСС,) заявил", "Это подтвердил", "Эту
    информацию подтвердил", "Такие данные приводит", "К такому выводу пришли": a
    demonstrative, alone or with its noun, as the object of the cue.
    """
    cue_first = cue.first
    j = first
    about_this = an.low[j] in ("об", "о") and j + 1 < cue_first and an.low[j + 1] == "этом"
    # "Об этом" can only point back, however far its verb; a bare "Это" far from the verb is the subject
    # of a clause of its own ("Это первый такой процесс в истории страны, передает ТАСС")
    if cue_first - first > (_ABOUT_THIS_WINDOW if about_this else _BACK_REFERENCE_WINDOW):
        return False
    if about_this:
        j += 2
    elif an.low[j] == "к" and j + 1 < cue_first and any(r.lemma in _DEMONSTRATIVES and "datv" in r.grammemes for r in an.word(j + 1).readings):
        j += 2  # "К такому [выводу пришли]": the cue spans the noun
    elif an.letters[j] and any(r.lemma in _DEMONSTRATIVES and "accs" in r.grammemes for r in an.word(j).readings):
        j += 1
        if j < cue_first and an.letters[j] and an.word(j).has("NOUN", "accs"):
            if _may_be_subject(an, j, cue):
                return False  # "Этот суд постановил": the phrase is the subject, not what was said
            j += 1
    else:
        return False
    if j == cue_first:
        return True
    if an.low[j] == "что":
        return False
    # adverbials and a parenthetical "как передает ТАСС" between: no other predicate ("Это трудно, мы
    # должны понимать, что …") nor clause may stand there
    k = j
    while k < cue_first:
        if an.low[k] == "," and k + 1 < cue_first and an.low[k + 1] == "как":
            k += 2
            while k < cue_first and an.low[k] != ",":
                k += 1
        elif an.low[k] in _COMPLEMENTIZERS or _has_predicate(an, k, k + 1):
            return False
        k += 1
    return True


def is_quoted_name(an: Analysis, qi: int) -> bool:
    """A short capitalized quoted span right after a word ("крыла «Хамаса»", "в "Известиях"") is a name,
    and so is one that a verb follows with no comma or dash ("«Зенит» подписал"): it is the verb's subject."""
    opener, closer = an.quote_tokens(qi)
    q = an.quotes[qi]
    first_char = an.text[q.inner_start : q.inner_start + 1]
    if an.quote_words(qi) > _NAME_WORDS or not (first_char.isupper() or first_char.isdigit()):
        return False
    after = closer + 1
    if after < len(an.toks) and an.sent_of[after] == an.sent_of[closer] and an.letters[after] and "VERB" in an.word(after).best:
        return True
    if opener == 0:
        return False
    before = opener - 1
    return an.sent_of[before] == an.sent_of[opener] and an.letters[before] and an.low[before] not in _COMPLEMENTIZERS


def _cue_start(link: Link) -> Optional[int]:
    if link.cue is None or link.rule == "continuation":
        return None
    return link.cue.start


def _first_person(an: Analysis, link: Link) -> bool:
    """Does the link's cue speak in the first person ("я утверждаю", "мы уверены")?"""
    cue = link.cue
    if cue is None:
        return False
    return cue.info.person == "1per" or cue.first > 0 and an.low[cue.first - 1] in FIRST_PERSON


def _same_clause(a: Link, b: Link) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > _SAME_CLAUSE_OVERLAP * max(a.end - a.start, b.end - b.start)


def _cue_distance(link: Link) -> int:
    if link.cue is None:
        return 1 << 30
    return min(abs(link.cue.start - link.start), abs(link.cue.end - link.end))


# --- source finders ---------------------------------------------------------------


def _skip_subclause(an: Analysis, j: int, hi: int) -> int:
    """After a comma at ``j``: the index past a relative, participial or gerund clause, or ``j + 1``."""
    k = j + 1
    if k >= hi:
        return k
    word = an.word(k) if an.letters[k] else None
    if word is None:
        return k
    # ", у которой двое детей учатся": a relative pronoun after its preposition opens the clause too
    relative = an.low[k].startswith("котор") or an.is_prep(k) and k + 1 < hi and an.low[k + 1].startswith("котор")
    # ", слова которого приводит агентство": a noun owned by a relative pronoun after it, too
    relative = relative or k + 1 < hi and an.low[k + 1] in _OWNING_RELATIVES and "NOUN" in word.best
    if relative or "GRND" in word.best or "PRTF" in word.best or an.low[k] in ("как", "где", "когда", "чья", "чей"):
        m = k + 1
        while m < hi and an.low[m] != ",":
            m += 1
        return m + 1 if m < hi else hi
    return k


@dataclass(slots=True)
class _SubjectScan:
    """A subject scan of one sentence from one start, as far as it has read.

    The scan reads left to right and each step is the same whichever cue it
    is for, so the next cue of the sentence continues it instead of reading
    again from the sentence start (text dense with speech verbs would
    otherwise cost the square of the sentence length).
    """

    j: int  # the next token to read
    last_step: int  # where the latest step started: a cue at or before it must scan afresh
    in_pp: bool = False
    head_before: bool = False  # the last word read was a candidate head (or its modifiers)
    pp_of_head: bool = False  # the prepositional phrase being read follows a candidate head right after it
    role_cases: frozenset[str] = frozenset()  # the cases of the last word read, a role that cannot be the subject
    # a name, role or group outranks an outlet, a place or a quoted name, which outrank any other noun
    strong: Optional[tuple[int, str]] = None
    weak: Optional[tuple[int, str]] = None
    common: Optional[tuple[int, str, int]] = None  # with the token after it: only next to its verb
    # a finite verb was read after a candidate subject, in the same clause: "Министр подписал
    # [приказ] и пояснил" — what follows it is that verb's object, not a new subject
    predicate_read: bool = False


def subject_before(an: Analysis, cue: Cue, lo: int, agree: bool = True) -> Optional[Mention]:
    """The subject of ``cue`` in tokens ``lo..cue-1``: the last nominative that agrees."""
    sent_first, sent_last = an.sentence_bounds(cue.first)
    first = max(lo, sent_first)
    if first >= cue.first:
        return None
    info = cue.info if agree else None
    key = ("subject_before", first, agreement(info))  # cues that agree alike share a scan
    scan: Optional[_SubjectScan] = an.scans.get(key)  # type: ignore[assignment]  # no cast(): a call per read
    if scan is None or scan.last_step >= cue.first:
        scan = an.scans[key] = _SubjectScan(first, first - 1)
    _read_subjects(an, scan, cue.first, sent_last, info)
    comma = scan.last_step
    if scan.j > cue.first and an.low[comma] == "," and cue.info.form == "finite" and _finite_clause_opens(an, comma + 1):
        # "…, как компания МТС объявила": the cue is inside the subclause the scan jumped, so is its subject
        return subject_before(an, cue, comma + 1, agree)
    chosen = scan.strong or scan.weak
    if chosen is None and scan.common is not None:
        # a noun no list marks is a subject only next to its verb, or its complement is:
        # "Дирекция заповедника объявила"
        head = scan.common[0]
        if _next_to_verb(an, scan.common[2], cue.first) or _next_to_verb(an, phrase(an, head, "common", "nomn", first, cue.first).last, cue.first):
            chosen = scan.common[:2]
    if chosen is None:
        return coordinated_subject(an, cue, first) if info is not None and info.number == "plur" else None
    if chosen[1] == "quoted":
        return quoted_name_mention(an, chosen[0], "nomn")
    return phrase(an, chosen[0], chosen[1], "nomn", first, cue.first)


def modified_noun(an: Analysis, cue: Cue) -> Optional[Mention]:
    """"показания свидетелей, заявлявших, что C": a participle cue set off after a noun says what the
    nearest noun before the comma that agrees with it in case, number and gender said."""
    first = an.sentence_bounds(cue.first)[0]
    forms = {agreement_form(r.grammemes) for r in an.word(cue.first).readings_with("PRTF")}
    comma = cue.first - 1
    for k in range(comma - 1, max(first, comma - _PARTICIPLE_REACH) - 1, -1):
        if not an.letters[k] or an.is_prep(k):
            return None
        matches = [g for g in (r.grammemes for r in an.word(k).readings_with("NOUN")) if agreement_form(g) in forms]
        if not matches:
            continue
        kind = token_kind(an, k) or ("common" if "anim" in matches[0] else None)
        if kind in ("place", "document"):
            return None
        if kind is None:
            continue  # "жителей села, сообщивших": "села" also reads as a plural, but a village says nothing
        case = next(iter(matches[0] & CASES))
        return phrase(an, k, kind, case, first, comma)
    return None


def coordinated_subject(an: Analysis, cue: Cue, first: int) -> Optional[Mention]:
    """"Россия и Китай заявили", "Иванов и Петров заявили": two nominatives joined by "и" right
    before a plural verb are its subject together, one group."""
    j = cue.first - 1
    while j >= first and an.letters[j] and ("ADVB" in an.word(j).best or "PRCL" in an.word(j).best):
        j -= 1
    second = _conjunct_ending_at(an, j, first)
    if second is None or second.first - 2 < first or an.low[second.first - 1] != "и":
        return None
    before = _conjunct_ending_at(an, second.first - 2, first)
    if before is None:
        return None
    return Mention(before.first, second.last, second.head, "group", (), "nomn", None, "plur")


def coordinated_after(an: Analysis, cue: Cue, hi: int) -> Optional[Mention]:
    """"— заявили Климов и Захарова": two nominatives joined by "и" right after a plural verb."""
    last = min(hi, an.sentence_bounds(cue.first)[1])
    first = _conjunct_starting_at(an, cue.last, last)
    if first is None or first.last + 1 >= last or an.low[first.last] != "и":
        return None
    second = _conjunct_starting_at(an, first.last + 1, last)
    if second is None:
        return None
    return Mention(first.first, second.last, second.head, "group", (), "nomn", None, "plur")


def _conjunct_starting_at(an: Analysis, j: int, last: int) -> Optional[Mention]:
    """The nominative noun phrase whose first word is token ``j``."""
    k = j
    while k < last and an.letters[k] and is_modifier(an, k) and not is_name(an, k):
        k += 1
    kind = _conjunct_kind(an, k) if k < last else None
    if kind is None:
        return None
    found = phrase(an, k, kind, "nomn", j, last)
    return found if found.first == j else None


def _conjunct_kind(an: Analysis, k: int) -> Optional[str]:
    """The kind of the head of one conjunct of a coordinated subject, if word ``k`` can be one
    in the nominative (a pronoun cannot: "он и она" is two antecedents, not a group named here)."""
    if not an.letters[k]:
        return None
    kind = token_kind(an, k) or positional_kind(an, k)
    if kind is None or kind in ("pronoun", "relative", "author") or not can_be(an, k, kind, "nomn", None):
        return None
    return kind


def _conjunct_ending_at(an: Analysis, j: int, first: int) -> Optional[Mention]:
    """The nominative noun phrase whose last word is token ``j``, if its head is ``j`` or a
    name ends there ("Центробанк", "Владимир Путин")."""
    kind = _conjunct_kind(an, j) if j >= first else None
    if kind is None:
        return None
    found = phrase(an, j, kind, "nomn", first, j + 1)
    return found if found.last == j + 1 else None


def _read_subjects(an: Analysis, scan: _SubjectScan, hi: int, sent_last: int, info: Optional[CueForm]) -> None:
    """Read on until token ``hi``. Jumps over subclauses and brackets look as far as the
    sentence end, not ``hi``: a jump that lands at or past ``hi`` ends the scan either way."""
    j = scan.j
    while j < hi:
        scan.last_step = j
        qi = an.quote_of[j]  # (read inline, as inside_quote() reads it: asked of every token of the scan)
        if qi >= 0 and not quoted_name_at(an, j):
            j = an.quote_tokens(qi)[1] + 1
            continue
        low = an.low[j]
        if low == ",":
            j = _skip_subclause(an, j, sent_last)
            scan.in_pp = scan.predicate_read = False
            scan.role_cases = frozenset()  # "Поблагодарив режиссера, Джеральдина Смит": no holder after a comma
            continue
        if low in ("(", "["):
            while j < sent_last and an.low[j] not in (")", "]"):
                j += 1
            j += 1
            continue
        if not scan.in_pp and not scan.head_before and quoted_name_at(an, j) and _quoted_nominative(an, j):
            # "«Новая газета» (со ссылкой на X) утверждает": a quoted name in the nominative is a subject
            nxt = _next_unit(an, j)
            scan.weak = (j, "quoted")
            scan.head_before = True
            j = nxt
            continue
        if an.is_prep(j) and not scan.in_pp:
            scan.pp_of_head = scan.head_before
        scan.in_pp, kind, nxt, free = _scan_step(an, j, scan.in_pp, scan.pp_of_head)
        if not free:  # a preposition, or the noun it governs: not a subject
            scan.role_cases = frozenset()  # nor is the role before it followed by its holder
            j = nxt
            continue
        governed = scan.head_before and an.letters[j] and (
            an.word(j).has("gent") if kind != "person" else _lone_name(an, j)
        ) or kind == "person" and _names_thing_before(an, j, info) or scan.predicate_read and _may_be_object(an, j)
        # a name right after a role in an oblique case is that role's holder in the same case when
        # it can stand in it: "устами представителя [Джоша Эрнеста] заявил", but "помощник министра
        # Иван Петров заявил"
        if kind == "person" and _in_cases(an, j, scan.role_cases):
            governed, nxt = True, name_end(an, j)
        scan.role_cases = _role_cases(an, j, kind)
        if kind and not governed and can_be(an, j, kind, "nomn", info):
            if kind == "common":
                scan.common = (j, kind, nxt)
            elif kind in ("organization", "place") and indeclinable(an, j) or kind == "place" or quoted_name_at(an, j):
                scan.weak = (j, kind)
            else:
                scan.strong = (j, kind)
            scan.head_before = True
            # "Управляющий филиалом [банка]": the participle's object and its genitives are no subject
            nxt = participle_object_end(an, j, sent_last) or nxt
        elif not (an.letters[j] and an.word(j).has("ADJF")):
            scan.head_before = False  # "Представители [компании]": a genitive right after a head is its complement
            if an.letters[j] and "VERB" in an.word(j).best and (scan.strong or scan.weak or scan.common):
                scan.predicate_read = True
        j = nxt
    scan.j = j


def _may_be_object(an: Analysis, j: int) -> bool:
    """Can word ``j``, after a verb that has its subject, be that verb's object: an inanimate noun,
    whose accusative is its nominative ("подписал [приказ]")? An animate nominative after the verb
    is a subject put after it ("подписал [министр]"), whose accusative would differ."""
    return an.letters[j] and bool(an.word(j).readings_with("NOUN", "inan", "accs"))


def quoted_name_mention(an: Analysis, j: int, case: str) -> Mention:
    """The organization a short quoted name opening at token ``j`` names: "«Коммерсантъ»"."""
    closer = an.quote_tokens(an.opener_at[j])[1]
    return Mention(j, closer + 1, j + 1, "organization", (), case, None, "sing")


def _lone_name(an: Analysis, j: int) -> bool:
    """A capitalized word the dictionary does not know as a name, alone: after a noun it is part of
    that noun's phrase ("шерифа округа [Джексон]"), where "компании [Иван Петров]" is a new subject."""
    return not _name_reading(an, j) and not (j + 1 < len(an.toks) and is_name(an, j + 1))


def _role_cases(an: Analysis, j: int, kind: Optional[str]) -> frozenset[str]:
    """The cases of word ``j`` if it is a role that cannot be nominative, else none."""
    if kind not in ("role", "generic") or can_be(an, j, kind, "nomn", None):
        return frozenset()
    return frozenset(g for r in an.word(j).readings if "NOUN" in r.grammemes for g in r.grammemes) & CASES


def _in_cases(an: Analysis, j: int, cases: frozenset[str]) -> bool:
    """Can name word ``j`` stand in one of ``cases`` (a word the dictionary lacks can stand in any)?"""
    if not cases:
        return False
    word = an.word(name_head(an, j))
    return not word.known or any(cases & r.grammemes for r in word.readings if NAME_TAGS & r.grammemes)


def _names_thing_before(an: Analysis, j: int, info: Optional[CueForm]) -> bool:
    """Is the one-word name ``j`` the proper name of the inanimate genitive before it, in a chain
    of genitives that hangs on a subject ("Полиция округа [Джексон] сообщила")? A person's name
    stands beside a role, never beside a thing, so a name there is no subject of its own; after a
    preposition's noun it is one ("После игры [Мостовой] заявил")."""
    k = j - 1
    first = an.sentence_bounds(j)[0]
    if k < first or not an.letters[k] or an.caps[k] or is_name(an, k) or j + 1 < len(an.toks) and is_name(an, j + 1):
        return False
    if not an.word(k).readings_with("NOUN", "inan", "gent"):
        return False
    while k >= first and j - k <= _COMPLEMENT_CHAIN and an.letters[k] and not an.is_prep(k) and an.word(k).has("gent"):
        k -= 1
    if k < first or not an.letters[k] or an.is_prep(k) or k > first and an.is_prep(k - 1):
        return False
    kind = token_kind(an, k) or positional_kind(an, k)
    return kind not in (None, "person", "role", "generic", "pronoun") and an.word(k).has("NOUN") and can_be(an, k, kind, "nomn", info)


def _name_reading(an: Analysis, j: int) -> bool:
    return any(not NAME_TAGS.isdisjoint(r.grammemes) for r in an.word(j).readings)


def _inside_clause(an: Analysis, k: int, first: int) -> bool:
    """Does token ``k`` stand inside a clause, after a word of it that is no connective, rather than
    open one (sentence start, a punctuation mark, "а", "однако", "кроме того")?"""
    return k > first and an.letters[k - 1] and not _is_connective(an, k - 1)


def _has_predicate(an: Analysis, a: int, b: int) -> bool:
    """Does tokens ``a..b-1`` hold a predicate, so that they can be a clause of their own?
    "В любом случае, отметил X, C": an adverbial before the cue is no clause; C is."""
    return any(
        an.letters[k] and any(p in an.word(k).best for p in ("VERB", "INFN", "PRTS", "ADJS", "PRED"))
        for k in range(a, b)
    )


def _substantive(an: Analysis, j: int, hi: int) -> bool:
    """Does word ``j`` head a noun phrase: a noun, or an adjective or participle with no noun
    after it ("пострадавшего", "звонившего")?"""
    word = an.word(j)
    if "NOUN" in word.best:
        # "главного [санврача]": a word that reads as an adjective too, before a genitive noun that
        # may head a source, is that noun's modifier, not a noun ("главное") of its own
        k = j + 1
        modifier = word.has("ADJF", "gent") and k < hi and an.letters[k]
        return not (modifier and token_kind(an, k) is not None and an.word(k).has("NOUN", "gent"))
    return ("ADJF" in word.best or "PRTF" in word.best) and (j + 1 >= hi or not an.letters[j + 1])


def _opens_clause(an: Analysis, k: int) -> bool:
    return an.low[k] in _COMPLEMENTIZERS or "CONJ" in an.word(k).best


def _partitive_head(an: Analysis, k: int) -> bool:
    return token_kind(an, k) in ("generic", "group") and k + 1 < len(an.toks) and an.low[k + 1] == "из"


def _is_connective(an: Analysis, k: int) -> bool:
    """"И", "а также", "кроме того", "при этом": words that join a clause to the one before."""
    return an.letters[k] and any(p in an.word(k).best for p in ("CONJ", "ADVB", "PRCL")) or an.low[k] in _CONNECTIVES


def _finite_clause_opens(an: Analysis, k: int) -> bool:
    """Does a clause with a finite verb of its own open at ``k`` ("как", "который", "когда"),
    rather than a gerund or participle phrase that shares the subject outside it?"""
    return an.letters[k] and not ("GRND" in an.word(k).best or "PRTF" in an.word(k).best)


def _next_to_verb(an: Analysis, a: int, b: int) -> bool:
    """Do only adverbs, parenthetical words and clauses set off by commas stand in tokens ``a..b-1``?
    "Защита, напротив, настаивала", "Бизнес, финансирующий спорт, говорит": the noun before them
    is as close to its verb as "защита (теперь) считает"."""
    k = a
    aside = -1  # words read of an aside a comma opened ("по всей видимости"), which the next comma closes; -1 outside
    while k < b:
        if an.low[k] == ",":
            skipped = _skip_subclause(an, k, b)
            if aside >= 0 or skipped == k + 1:
                aside = 0 if aside < 0 else -1
                k += 1
            else:
                k = skipped
        elif an.letters[k] and any(p in an.word(k).best for p in ("ADVB", "PRCL", "Prnt")):
            k += 1
        elif aside < 0 and an.low[k] == "(" and ")" in an.low[k + 1 : b]:
            k = an.low.index(")", k + 1, b) + 1  # "Большинство опрошенных (41%) считает": an aside in brackets
        elif aside < 0 and an.letters[k] and "PREP" in an.word(k).best and (past := _circumstance_end(an, k + 1, b)) > k + 1:
            k = past  # "Красный полумесяц в среду сообщил": a time between is as an adverb
        elif 0 <= aside < ASIDE_WORDS and an.letters[k] and not any(p in an.word(k).best for p in ("VERB", "INFN", "PRTF", "GRND")):
            aside += 1
            k += 1
        else:
            return False
    return aside < 0  # "спорт, говорит": a noun before a lone comma ends a phrase set off before the verb


def _circumstance_end(an: Analysis, k: int, b: int) -> int:
    """The token after the time or condition a preposition before ``k`` governs ("в [среду]", "на
    [этой неделе]", "в [2010 году]"), its modifiers and numbers with it; ``k`` if none ends before ``b``."""
    j = k
    while j < b and (an.tok_texts[j].isdigit() or an.letters[j] and ("ADJF" in an.word(j).best or "NUMR" in an.word(j).best)):
        j += 1
    return j + 1 if j < b and an.letters[j] and "NOUN" in an.word(j).best and is_circumstance(an, j) else k


def _only_adverbs(an: Analysis, a: int, b: int) -> bool:
    """Do only adverbs and particles stand in tokens ``a..b-1``? A noun that no list marks is a
    subject only right next to its verb: "защита (теперь) считает", "— считает защита"."""
    return all(an.letters[k] and ("ADVB" in an.word(k).best or "PRCL" in an.word(k).best) for k in range(a, b))


def _modifiers_from(an: Analysis, j: int, lo: int) -> int:
    """Where the modifiers that agree with noun ``j`` in the nominative begin, back to ``lo``:
    "— сообщила российская спецслужба" (the adjective belongs to the subject; it does not part it
    from its verb)."""
    forms = {agreement_form(r.grammemes) for r in an.word(j).readings_with("NOUN", "nomn")}
    k = j
    while k > lo and an.letters[k - 1] and any(
        agreement_form(r.grammemes) in forms
        for r in an.word(k - 1).readings
        if "nomn" in r.grammemes and not _ADJECTIVES.isdisjoint(r.grammemes)
    ):
        k -= 1
    return k


def _scan_step(an: Analysis, j: int, in_pp: bool, of_head: bool = False) -> tuple[bool, Optional[str], int, bool]:
    """One token of a subject scan: (inside a prepositional phrase after it, its mention kind,
    the next token, whether it stands free of a preposition and may be a subject). ``of_head``:
    the phrase follows a candidate subject right after it, so is part of its noun phrase."""
    if an.is_prep(j):
        if not in_pp and an.low[j] in APPROXIMATORS and j + 1 < len(an.toks) and is_count(an, j + 1):
            return False, None, j + 1, False
        return True, None, j + 1, False
    kind = token_kind(an, j)
    nxt = _next_unit(an, j)
    if kind is None and not in_pp:
        kind = positional_kind(an, j)
    if in_pp:  # "на [брифинге]", "в ["Известиях"]": the governed noun closes the phrase
        if _pronoun_alone(an, j):
            return False, kind, nxt, False  # "между тем", "при этом": the pronoun is the governed word
        closes = bool(kind) or (an.letters[j] and (an.word(j).has("NOUN") or an.word(j).has("NPRO"))) or quoted_name_at(an, j)
        # "в сентябре [МВД заявило]", "при этом [Соколов отметил]", "в Казани [Миронов заявил]": a time,
        # a pronoun or a place governs no name
        if closes and kind != "place" and not is_circumstance(an, j) and not (an.letters[j] and "NPRO" in an.word(j).best):
            if nxt < len(an.toks) and is_name(an, nxt) and _in_cases(an, nxt, _role_cases(an, j, kind)):
                nxt = name_end(an, nxt)  # "через пресс-атташе [Кевина Дорсета]": the role's holder, in its case
            nxt = _past_oblique_complement(an, nxt, of_head)
        return not closes, kind, nxt, False
    return False, kind, nxt, True


def _pronoun_alone(an: Analysis, j: int) -> bool:
    """Is word ``j`` a pronoun standing for a noun ("между тем", "перед этим"), not one
    modifying the next word ("при том [условии]")? It shares no case with what follows."""
    if not an.letters[j] or not an.word(j).has("Apro"):
        return False
    k = j + 1
    if k < len(an.toks) and (quoted_name_at(an, k) or indeclinable(an, k)):
        return True  # "между тем МЧС": a name that does not inflect shares every case, and no pronoun modifies it
    if k >= len(an.toks) or not an.letters[k]:
        return True
    mine = {g for r in an.word(j).readings if "Apro" in r.grammemes for g in r.grammemes} & CASES
    theirs = {g for r in an.word(k).readings for g in r.grammemes} & CASES
    return mine.isdisjoint(theirs)


def _past_oblique_complement(an: Analysis, j: int, of_head: bool = False) -> int:
    """Past the outlet or person a prepositional noun governs: "в интервью [РБК]", "на запрос [агентства]".

    A word that cannot be nominative, or a name that does not inflect followed
    by more of the clause, belongs to the phrase before it, not to the subject;
    so does a name that can be genitive in a phrase that is part of the subject's
    own noun phrase ("источник в окружении [Володина] утверждает").
    """
    for _ in range(_COMPLEMENT_CHAIN):
        if j >= len(an.toks) or an.marks[j] and not quoted_name_at(an, j) or an.is_prep(j):
            return j
        nxt = _next_unit(an, j)
        if quoted_name_at(an, j) or indeclinable(an, j):
            follows = nxt < len(an.toks) and an.sent_of[nxt] == an.sent_of[j] and an.letters[nxt]
            if follows and is_name(an, j) and verb_after(an, j) is not None:
                # "в интервью телеканалу Омельченко (уже) сообщил": a person's name before the verb is its subject
                return j
            if not (follows and indeclinable(an, nxt) and token_kind(an, nxt) in ("organization", "place")):
                return nxt if follows else j
            j = nxt  # "в управлении МВД [РФ]": names of bodies or countries, each the one before's complement
            continue
        word = an.word(j)
        if _modifies_oblique(an, j, nxt):
            j = nxt  # "в пресс-службе [областного] правительства": the modifier agrees with the genitive after it
            continue
        if of_head and is_name(an, j) and _in_cases(an, j, _GENITIVE):
            return name_end(an, j)
        oblique = word.has("NOUN", "gent") or word.has("NOUN", "datv") and not word.has("NOUN", "nomn")
        if not oblique or is_name(an, j) or an.caps[j] and not word.has("Geox") and not word.has("Orgn"):
            return j  # "после игры Мостовой": a capitalized word after the phrase heads a subject
        j = nxt
    return j


def _modifies_oblique(an: Analysis, j: int, nxt: int) -> bool:
    """Is word ``j`` a modifier of the noun at ``nxt``, or after the modifiers from ``nxt`` on, in
    the genitive or dative they can share ("в пресс-службе [Федеральной] таможенной службы")? A
    capitalized one opens the name of a body ("в пресс-службе [Главного] управления"), not a
    person's name."""
    if nxt >= len(an.toks) or not is_modifier(an, j) or is_name(an, j) or not an.letters[nxt] or an.word(j).has("Apro"):
        return False  # "из-за повышения своих цен «АвтоВАЗ» не ожидает": the scan reads on past a pronoun
    noun = an.word(noun_after_modifiers(an, nxt))
    return any(an.word(j).has(case) and noun.has("NOUN", case) for case in ("gent", "datv"))


def _next_unit(an: Analysis, j: int) -> int:
    qi = an.opener_at.get(j)
    if qi is not None and quoted_name_at(an, j):
        return an.quote_tokens(qi)[1] + 1
    return j + 1


def _people_noun_modified(an: Analysis, j: int, last: int) -> Optional[str]:
    """The kind of the noun of people right after word ``j``, a noun of people that is also an
    adjective ("военный"), if ``j`` modifies it in the nominative ("военный представитель"); else None."""
    k = j + 1
    kind = token_kind(an, k) if k < last and an.letters[k] else None
    if kind not in _PEOPLE_NOUNS:
        return None
    forms = {agreement_form(r.grammemes) for r in an.word(k).readings_with("NOUN", "nomn")}
    agrees = any(agreement_form(r.grammemes) in forms for r in an.word(j).readings_with("ADJF", "nomn"))
    return kind if agrees else None


def subject_after(an: Analysis, cue: Cue, hi: int) -> Optional[Mention]:
    """The subject of an inverted cue ("— сказал министр Иван Петров")."""
    last = min(hi, an.sentence_bounds(cue.first)[1]) if hi > cue.first else an.sentence_bounds(cue.first)[1]
    in_pp = False
    j = cue.last
    # the quotation holding the cue, -1 for none: read from ``an.quote_of`` as inside_quote() reads it,
    # asked of every token of the scan
    home = an.quote_of[cue.first]
    fallback: Optional[Mention] = None
    while j < last:
        if an.quote_of[j] != home and not quoted_name_at(an, j):
            break
        low = an.low[j]
        if low in _REFERENCE_MARKERS:
            break  # "передает ТАСС со ссылкой на МВД": what follows is the source's own source
        closer = _nested_name_closer(an, j, last) if home >= 0 else None
        if closer is not None:
            # a name in quote marks inside the quotation, right after the verb, is its subject
            # ("— пишут „Известия“"), unless a subject follows it ("— сказал „СП“ Илья Петров") or it
            # is a complement or an addressee ("— заявил в эфире „Радио Сибири“ депутат")
            nxt = closer + 1
            nkind = token_kind(an, nxt) if nxt < last else None
            follows = nkind in ("person", "role", "generic", "group", "pronoun") and can_be(an, nxt, nkind, "nomn", cue.info)
            if _only_adverbs(an, cue.last, j) and not follows and _quoted_nominative(an, j) and _quoted_agrees(an, j, cue.info):
                return Mention(j, nxt, j + 1, "organization", (), "nomn", None, "sing")
            j = nxt
            continue
        if an.marks[j] and not quoted_name_at(an, j):
            if low == "." and j > 0 and an.is_initial(j - 1):
                j += 1  # the period of an initial: "— сказал С. Лавров"
                continue
            if low == ",":
                # "— отметил, в свою очередь, гендиректор": the aside is no boundary, nor is a date set
                # off after a time ("объявила во вторник, 18 апреля, министр")
                past = _past_parenthetical(an, j, last) if j == cue.last else _past_date(an, j, last)
                if past > j:
                    j = past
                    continue
            if low in (",", ":", ".", "!", "?", ";", "…") or an.is_dash(j):
                break
            j += 1
            continue
        in_pp, kind, nxt, free = _scan_step(an, j, in_pp)
        if not free:  # a preposition, or the noun it governs: not a subject
            j = nxt
            continue
        if quoted_name_at(an, j):
            kind = "organization" if _quoted_nominative(an, j) and _quoted_agrees(an, j, cue.info) else None
        numeral = counted_by(an, j)
        if kind == "common" and (
            not _only_adverbs(an, cue.last, _modifiers_from(an, j, cue.last) if numeral is None else numeral)
            or an.word(j).has("NOUN", "accs", "inan") and not _content_before(an, cue) and not _intransitive(an, cue)
        ):
            # "— сказал он, держа в руках письма": a noun far from the verb is no subject, and
            # "потребовали пароли": after the verb an inanimate noun that may be its object is not
            # one, unless the reported words before the verb are its object ("«Q», — заявили профсоюзы")
            kind = None
        if kind == "organization" and j > cue.last and _latin_name_of_noun(an, j):
            kind = None  # "рассказала телерадиокомпании NRK": the outlet the noun before it names, its addressee
        if kind == "place" and j == cue.last and _lone_word_subject(an, j, last, cue):
            kind = "person"  # "«Q», — сказала Вена.": a lone capitalized word where the speaker stands is a surname
        if kind and kind != "place" and (quoted_name_at(an, j) or can_be(an, j, kind, "nomn", cue.info)):
            found = None  # an organization's phrase, read for where it ends, is its mention too: read once
            if kind == "organization" and nxt < last:
                found = phrase(an, j, kind, "nomn", cue.last, last)
                nxt = max(nxt, found.last)  # past "РИА Новости"
                while nxt < last and an.letters[nxt] and "ADJF" in an.word(nxt).best and not _partitive_head(an, nxt):
                    nxt += 1
                nkind = token_kind(an, nxt) if nxt < last else None
                if nkind in ("person", "role", "generic", "group", "pronoun") and can_be(an, nxt, nkind, "nomn", cue.info):
                    j = nxt  # "рассказал ТАСС постпред": the organization is the addressee
                    continue
                if nxt < last and indeclinable(an, j) and an.is_prep(nxt) and fallback is None:
                    # "сообщил РБК в понедельник министр": an addressee, if a subject follows; else the
                    # subject, a quoted name with both its marks ("передает «Вестник» со ссылкой на …")
                    fallback = quoted_name_mention(an, j, "nomn") if quoted_name_at(an, j) else found
                    j = nxt
                    continue
            if quoted_name_at(an, j):
                return quoted_name_mention(an, j, "nomn")
            modified = _people_noun_modified(an, j, last) if kind in _PEOPLE_NOUNS else None
            if modified is not None:
                j, kind = j + 1, modified  # "сообщил военный представитель": the adjective's noun heads the phrase
            if found is None:  # no organization's phrase read above (and a modifier may have moved the head)
                found = phrase(an, j, kind, "nomn", cue.last, last)
            after = found.last
            if after < last and an.letters[after] and "INFN" in an.word(after).best:
                j = after  # "призвал Конгресс принять": the one asked to act is the object
                continue
            return found
        if an.letters[j] and "VERB" in an.word(j).best and j not in (cue.first,):
            break
        if low == "что":
            break
        if kind and kind not in ("place", "person"):
            # "сообщили корреспонденту [агентства]": a noun that cannot be the subject (an addressee)
            # takes the genitive after it as its complement, not as a nominative plural subject (a
            # name in an oblique case is no such noun: "рассказала Дани Лесснау" is one name)
            nxt = _past_oblique_complement(an, nxt)
        j = nxt
    return fallback


def _verb_or_infinitive(an: Analysis, j: int, past_first: bool) -> bool:
    """Is word ``j`` an infinitive, or a verb not the first word after the cue?"""
    best = (an.words[j] or an.word(j)).best
    return "INFN" in best or past_first and "VERB" in best


def _lone_word_subject(an: Analysis, j: int, last: int, cue: Cue) -> bool:
    """Is word ``j``, right after a cue that follows its reported words, a nominative that agrees with
    it and stands alone, before the end of the clause or a preposition ("— добавил Монреаль после
    заседания")?"""
    nxt = j + 1
    if not (nxt >= last or an.marks[nxt] or an.is_prep(nxt)) or not _content_before(an, cue):
        return False
    gender = cue.info.gender
    # an indeclinable place ("Маккензи", a plural-only range) has no gender a surname would keep
    return an.word(j).has("nomn", gender) or an.word(j).has("nomn", "Fixd") if gender else an.word(j).has("nomn")


def _relayed_source(an: Analysis, source: Optional[Mention], cue: Optional[Cue]) -> Optional[Mention]:
    """The source an outlet relays: "передает ТАСС со ссылкой на [пресс-службу МВД]", "портал,
    ссылаясь на [осведомленный источник], пишет". The outlet passes on the words; the one it cites
    said them. An outlet cited by an outlet, a document ("со ссылкой на заявление") or a place
    leaves the outlet the source, as the guidelines credit a document to who reports it."""
    if source is None or cue is None or not _names_outlet(an, source):
        return source
    for j in (source.last, cue.last):
        if j < len(an.toks) and an.low[j] == ",":
            j += 1
        if j + 2 < len(an.toks) and an.low[j] == "со" and an.low[j + 1] == "ссылкой" and an.low[j + 2] == "на":
            cited = j + 3
        elif j + 1 < len(an.toks) and an.low[j] == "ссылаясь" and an.low[j + 1] == "на":
            cited = j + 2
        else:
            continue
        if cited >= len(an.toks) or an.word(cited).lemma in _REFLEXIVE_POSSESSIVES:
            return source  # "со ссылкой на свои источники": the outlet's own, unnamed, so the outlet reports
        head = noun_after_modifiers(an, cited)
        if an.sent_of[head] != an.sent_of[cue.first] or not an.letters[head]:
            return source
        kind = token_kind(an, head) or positional_kind(an, head)
        if kind is None and an.word(head).has("NOUN", "anim", "accs"):
            kind = "common"  # "со ссылкой на [клиентов]": people the lists do not name
        if not an.word(head).has("anim") and _of_a_document(an, head):
            return source  # "со ссылкой на проект документа", "на текст письма": a document
        if kind not in ("person", "role", "generic", "group", "organization", "common") or quoted_name_at(an, head):
            return source
        found = phrase(an, head, kind, "accs", cited)
        return source if _names_outlet(an, found) else found
    return source


def _of_a_document(an: Analysis, head: int) -> bool:
    """Does the noun at ``head`` have a document for its genitive complement ("проект документа",
    "текст заявления")?"""
    nxt = head + 1
    return nxt < len(an.toks) and an.letters[nxt] and an.word(nxt).has("NOUN", "gent") and token_kind(an, nxt) == "document"


def _names_outlet(an: Analysis, mention: Mention) -> bool:
    """Does a word of ``mention`` make it an outlet's: a media noun or a news outlet's own name?"""
    outlets = outlet_words()
    return any(an.low[t] in outlets or (an.words[t] or an.word(t)).lemma in outlets for t in range(mention.first, mention.last) if an.letters[t])


def _intransitive(an: Analysis, cue: Cue) -> bool:
    """Does the cue verb take no direct object ("сокрушается", "негодует"), so that a noun after it
    that reads as an accusative is its subject?"""
    return all("intr" in r.grammemes for r in an.word(cue.first).readings_with("VERB"))


def _content_before(an: Analysis, cue: Cue) -> bool:
    """Does the cue follow its reported words behind a dash or a closing quote mark ("«Q», — заявили
    X", "C, — заявили X"), which then fill its object, so that a noun after it is its subject? A bare
    comma may join two predicates of one subject instead ("украли технику, потребовали пароли")."""
    k = cue.first - 1
    if k >= 0 and an.low[k] == ",":
        k -= 1
        return k in an.closer_at
    return k >= 0 and an.is_dash(k)


def _past_parenthetical(an: Analysis, comma: int, last: int) -> int:
    """Past an aside between commas ("в свою очередь", "впрочем", "как и ожидалось", "выступая на
    форуме"), or ``comma``. An aside is short, opens with a preposition, a conjunction, an adverb,
    a parenthetical word or a gerund, and holds no other verb."""
    k = comma + 1
    if k >= last or not an.letters[k]:
        return comma
    opener = an.word(k)
    gerund = "GRND" in opener.best  # "— сообщила, представляя доклад, председатель"
    if not (an.is_prep(k) or "CONJ" in opener.best or "ADVB" in opener.best or "Prnt" in opener.best or gerund):
        return comma
    for m in range(k, min(last, k + ASIDE_WORDS + 1)):
        if an.low[m] == ",":
            return m + 1 if m > k else comma
        verbal = ("VERB", "PRTF", "INFN") if m == k and gerund else ("VERB", "GRND", "PRTF", "INFN")
        if not an.letters[m] or any(p in an.word(m).best for p in verbal):
            return comma
    return comma


def _closes_attribute(an: Analysis, cue: Cue) -> bool:
    """Does the comma before ``cue`` close a participle's phrase or a "который" clause set off after
    the subject, which the verb agrees with in the nominative ("Собеседник агентства, пожелавший
    остаться неназванным, сообщил ТАСС, что C")? Then the cue's subject stands before it."""
    comma = cue.first - 1
    if an.low[comma] != ",":
        return False
    first = an.sentence_bounds(comma)[0]
    opening = next((k for k in range(comma - 1, first, -1) if an.low[k] == ","), None)
    if opening is None or opening + 1 >= comma or not an.letters[opening + 1]:
        return False
    word = an.word(opening + 1)
    attribute = word.readings_with("PRTF", "nomn") or word.readings_with("ADJF", "Apro", "nomn") if an.low[opening + 1].startswith("котор") else word.readings_with("PRTF", "nomn")
    verbs = an.word(cue.first).readings_with("VERB")
    return any(agreement_form(r.grammemes)[1:] == agreement_form(v.grammemes)[1:] for r in attribute for v in verbs)


def _latin_name_of_noun(an: Analysis, j: int) -> bool:
    """Is token ``j`` a name in Latin letters right after a lowercase noun for a body or an outlet,
    which it names ("телерадиокомпании NRK", "изданию Politico")?"""
    noun = j - 1
    return "LATN" in an.word(j).best and an.letters[noun] and not an.caps[noun] and token_kind(an, noun) == "organization"


def _past_date(an: Analysis, comma: int, last: int) -> int:
    """Past a date set off by commas (", 18 апреля,", ", 5 мая 2017 года,"), or ``comma``: a
    number, a time noun in the genitive, and a year with its noun."""
    k = comma + 1
    times = lexicon.word_set("circumstances.txt")
    while k + 1 < last and an.tok_texts[k].isdigit() and an.letters[k + 1] and an.word(k + 1).has("NOUN", "gent") and an.word(k + 1).lemma in times:
        k += 2
    return k + 1 if comma + 1 < k < last and an.low[k] == "," else comma


def _quoted_agrees(an: Analysis, j: int, cue: CueForm) -> bool:
    """Can the quoted name opening at token ``j`` be the subject of ``cue`` by number? A plural verb
    takes a name whose first word is plural ("«Известия» сообщили"), not "«РИА Новости»", its addressee."""
    k = j + 1
    if cue.form != "finite" or cue.number != "plur" or k >= len(an.toks) or not an.letters[k]:
        return True
    word = an.word(k)
    return not word.known or word.has("plur") and not word.has("Fixd")  # "«Радио Сибирь»" is one


def _quoted_nominative(an: Analysis, j: int) -> bool:
    """Can the quoted name opening at token ``j`` be a subject? Its first word decides: a name in the
    nominative, or one no noun opens; but a lowercase word no noun or adjective reads ("«не уступать
    ни тонны»", "«в целом»") opens the quoted words of a phrase, no name."""
    k = j + 1
    if k >= len(an.toks) or not an.letters[k]:
        return True
    word = an.word(k)
    if word.known and not an.caps[k] and not word.has("NOUN") and not word.has("ADJF"):
        return False
    return not word.known or word.has("nomn") or not word.has("NOUN")


def object_after(an: Analysis, cue: Cue, hi: int) -> Optional[Mention]:
    """The quoted person of "цитирует X" / "приводит слова X"."""
    last = an.sentence_bounds(cue.first)[1]
    j = cue.last
    home = an.inside_quote(cue.first)  # «Q1, — цитирует X Y. — Q2»: the cue may stand inside the marks
    while j < last and j < cue.last + _OBJECT_REACH:
        if an.inside_quote(j) != home and not quoted_name_at(an, j):
            break
        if an.low[j] in ("слова", "слов"):
            j += 1
            owner = j
            while j < last:
                kind = token_kind(an, j)
                if kind == "place" and j == owner:
                    kind = "person"  # "слова Мантурова": words are someone's, though the name reads as a town's
                if kind and kind != "place":
                    return phrase(an, j, kind, "gent", j, last)
                if an.marks[j] and not quoted_name_at(an, j):
                    break
                j += 1
            return None
        kind = token_kind(an, j) or (positional_kind(an, j) if j == cue.last else None)
        if kind == "place" and j == cue.last and (an.word(j).has("Surn", "accs") or _animate_object(an.word(j))):
            kind = "person"  # "цитирует Панфилову": a place is not quoted, a surname that reads as one is
        if kind in ("person", "role", "pronoun", "generic", "document") and (
            can_be(an, j, kind, "accs", None) or can_be(an, j, kind, "gent", None)
        ):
            found = phrase(an, j, kind, "accs", j, last)  # "цитирует министра", "цитирует анонс компании"
            # "цитирует министра ТАСС": with no subject between the verb and its object, an outlet that
            # closes the sentence is that subject ("приводит «Интерфакс» слова сотрудника Samsung" has one)
            for k in range(found.head + 1, found.last if j == cue.last else found.head + 1):
                if (token_kind(an, k) == "organization" or quoted_name_at(an, k)) and unit_end(an, k) == found.last:
                    if found.last >= last or an.marks[found.last] and not quoted_name_at(an, found.last):
                        return phrase(an, j, kind, "accs", j, k)
            return found
        if an.marks[j] and not quoted_name_at(an, j):
            break
        j = _next_unit(an, j)
    return None


def _animate_object(word: Word) -> bool:
    """"цитирует Ростова": the object of a verb in the form of a masculine or neuter place's
    genitive only, not its accusative (which is its nominative), is an animate accusative, a
    person's surname."""
    return word.has("gent") and not word.has("accs") and not word.has("femn") and not word.has("plur")


def place_source(an: Analysis, lo: int, hi: int, near: Optional[int] = None) -> Optional[Mention]:
    """"в заявлении МИД", "на сайте суда", "в Генпрокуратуре": where an impersonal cue's words are.

    The phrase nearest to token ``near`` (the cue) wins; of two as near, the earlier.
    """
    first, last = an.sentence_bounds(lo if lo < len(an.toks) else hi - 1)
    near = lo if near is None else near
    places: Optional[list[tuple[int, int, str]]] = an.scans.get(("places", first))  # type: ignore[assignment]  # no cast()
    if places is None:
        places = an.scans[("places", first)] = _places(an, first, last)

    def distance(p: int) -> int:
        return min(abs(places[p][0] - near), abs(places[p][1] - near))

    # places do not overlap and come in order: the nearest is the last one starting at
    # or before ``near`` (or one as near before it) or the first one after
    after = bisect.bisect_right(places, near, key=lambda place: place[0])
    best = after - 1
    while best > 0 and distance(best - 1) <= distance(best):
        best -= 1
    if after < len(places) and (best < 0 or distance(after) < distance(best)):
        best = after
    if best < 0:
        return None
    j, k, kind = places[best]
    if quoted_name_at(an, k):
        return quoted_name_mention(an, k, "loct")
    return phrase(an, k, kind, "loct", j + 1, last)



def relative_document(an: Analysis, cue: Cue) -> Optional[Mention]:
    """"направил письмо, [в котором] говорится": a relative pronoun in the place phrase of an
    impersonal cue stands for the noun before its comma that it agrees with in gender and number,
    the document the words are in."""
    rel = cue.first - 1
    if rel < 3 or not an.low[rel].startswith("котор") or not an.is_prep(rel - 1) or an.low[rel - 2] != ",":
        return None
    forms = {(r.grammemes & {"sing", "plur"}, r.grammemes & {"masc", "femn", "neut"}) for r in an.word(rel).readings_with("loct")}
    first = an.sentence_bounds(cue.first)[0]
    for k in range(rel - 3, max(first, rel - 3 - _RELATIVE_REACH) - 1, -1):
        if not an.letters[k] or an.is_prep(k):
            return None
        nouns = an.word(k).readings_with("NOUN", "inan")
        if any((r.grammemes & {"sing", "plur"}, r.grammemes & {"masc", "femn", "neut"} if "sing" in r.grammemes else frozenset()) in forms for r in nouns):
            kind = token_kind(an, k)
            if kind not in (None, "document"):
                return None
            case = next(iter(nouns[0].grammemes & CASES), "nomn")
            return phrase(an, k, "document", case, first, rel - 2)
    return None


def location_beside(an: Analysis, cue: Cue) -> Optional[Mention]:
    """"В администрации сайта также отметили", "рассказали агентству в больнице", "говорят
    теперь в поликлинике": a subjectless plural cue is said by the institution of the "в/на" phrase
    right beside it (past adverbs), whatever its head."""
    first, last = an.sentence_bounds(cue.first)
    k = cue.last
    while k < last and an.letters[k] and ("ADVB" in an.word(k).best or "PRCL" in an.word(k).best):
        k += 1  # "говорят теперь в поликлинике", "сообщили также в больнице"
    # the addressee may stand between: "рассказали агентству (ТАСС) в больнице", "агентству «Интерфакс»",
    # "корреспонденту газеты в больнице" with its complement, and inside a quotation, "«…, — сообщили
    # „Интерфаксу“ в пресс-службе»"
    while k < min(last, cue.last + _ADDRESSEE_WORDS) and (
        quoted_name_at(an, k) or an.letters[k] and ("datv" in an.word(k).best or an.tok_texts[k].isupper())
    ):
        k = _past_oblique_complement(an, unit_end(an, k))
    k = _past_nested_name(an, k, last)
    found = _location_at(an, k, last)
    if found is not None:
        return found
    j = cue.first - 1
    while j >= first and an.letters[j] and ("ADVB" in an.word(j).best or "PRCL" in an.word(j).best):
        j -= 1  # "также", "уже"
    for k in range(j, max(first, j - _PHRASE_BEFORE_CUE) - 1, -1):
        if an.low[k] in LOCATIVE_PREPOSITIONS or an.low[k] == "из" and not (k > first and an.word(k - 1).lemma == "один"):
            found = _location_at(an, k, j + 1)
            return found if found is not None and found.last == j + 1 else None
        if not an.letters[k] and an.quote_of[k] < 0 or "VERB" in an.word(k).best:
            break
    return None


def _nested_name_closer(an: Analysis, k: int, last: int) -> Optional[int]:
    """The closing mark of a name in quote marks opening at token ``k`` inside a quotation, before
    ``last``: a span the analysis keeps none of (only outermost quotations are spans), of words
    only, as short as a quoted name ("«…, — пишут „Репортеры без границ“. — …»"); None if there is none."""
    if k >= last or an.tok_texts[k] not in _QUOTE_MARK_TOKENS or an.quote_of[k] < 0:
        return None
    for j in range(k + 1, min(last, k + QUOTED_NAME_WORDS + 2)):
        if an.tok_texts[j] in _QUOTE_MARK_TOKENS:
            return j if j > k + 1 else None
        if not an.letters[j]:
            return None
    return None


def _past_nested_name(an: Analysis, k: int, last: int) -> int:
    """Past a name in quote marks at token ``k`` inside a quotation, or ``k``."""
    closer = _nested_name_closer(an, k, last)
    return k if closer is None else closer + 1


_THERE_COMPANIONS = frozenset({"ADVB", "COMP", "PRCL", "CONJ"})


def there_before(an: Analysis, cue: Cue) -> Optional[Mention]:
    """"Там добавили", "Позже там уточнили", "Вместе с тем там отмечали": the pronominal adverb
    before a subjectless plural cue, among adverbs, comparatives, particles and conjunctions only
    (before it, a connective phrase set off by a comma too: "Кроме того, там уточнили"), stands for
    the people of the place named before, as a plural pronoun does."""
    first = an.sentence_bounds(cue.first)[0]
    there = None
    for j in range(first, cue.first):
        if an.low[j] == "там" and there is None:
            there = j
        elif there is None and (an.low[j] in _CONNECTIVES or an.low[j] == "," and j > first):
            continue
        elif not (an.letters[j] and _THERE_COMPANIONS & an.word(j).best):
            return None  # "Там также уточнили", but not "Там, где …, сообщили"
    return None if there is None else Mention(there, there + 1, there, "pronoun", (), "nomn", None, "plur")


def _location_at(an: Analysis, j: int, hi: int) -> Optional[Mention]:
    """The "в/на" phrase opening at token ``j`` when its noun can be an institution; "из" + a
    body's genitive, whence the words came ("Из пресс-службы сообщили"), is one too, and so is one
    of several bodies ("в одной из компаний")."""
    if j >= hi or an.low[j] not in LOCATIVE_PREPOSITIONS and an.low[j] != "из":
        return None
    case = "gent" if an.low[j] == "из" else "loct"
    if j + 1 < hi and quoted_name_at(an, j + 1):
        return quoted_name_mention(an, j + 1, case)  # "Как отмечают в «Росатоме»"
    k = j + 1
    while k < hi and an.letters[k] and ("ADJF" in an.word(k).best or "PRTF" in an.word(k).best):
        k += 1
    one = None
    if case == "loct" and k == j + 2 and k + 1 < hi and an.low[k] == "из" and an.word(j + 1).lemma == "один":
        one, case, k = j + 1, "gent", k + 1  # "в одной из компаний": the bodies it is one of
        while k < hi and an.letters[k] and "ADJF" in an.word(k).best and an.word(k).has("ADJF", "plur", "gent"):
            k += 1
    if k >= hi or not an.letters[k]:
        return None
    word = an.word(k)
    if not ("NOUN" in word.best and word.has(case) or case == "loct" and word.has("loc2")) or is_circumstance(an, k):
        return None
    if word.known and word.has("anim") or not word.known and not an.caps[k]:
        return None  # a person is no institution; a capitalized word the dictionary lacks is one: "в Роструде"
    kind = token_kind(an, k)
    if case == "gent" and kind not in ("organization", "group", None) and word.known:
        return None  # "из Москвы", "из документов": whence, not who
    if kind not in ("organization", "document", "place"):
        kind = "common" if word.known else "organization"  # where people speak, "в Роструде" names a body
    found = phrase(an, k, kind, case, j + 1, hi)
    return found if one is None else replace(found, first=one, head=one, case="loct")


_PLACE_WORDS = LOCATIVE_PREPOSITIONS | {","}  # the tokens _places() reads: a place's preposition, a comma


def _places(an: Analysis, first: int, last: int) -> list[tuple[int, int, str]]:
    """(preposition, head, kind) of each "в/во/на" + document or organization in tokens ``first..last-1``."""
    found = []
    aside = False  # inside a participle's phrase set off by commas: "в заявлении, [опубликованном на сайте],"
    # the commas and prepositions found in C: the other words, most of them, change nothing here
    words = map(_PLACE_WORDS.__contains__, an.low[first : last - 1])
    for j in itertools.compress(range(first, last - 1), words):
        if an.low[j] == ",":
            aside = not aside and an.letters[j + 1] and "PRTF" in an.word(j + 1).best
            continue
        if aside:
            continue  # where the document was put is no place its words are said in
        if an.low[j] in LOCATIVE_PREPOSITIONS and an.quote_of[j] < 0:
            k = j + 1
            while k < last and an.letters[k] and an.word(k).has("ADJF") and not an.word(k).has("NOUN"):
                k += 1
            if k >= last:
                continue
            if an.letters[k] and "PRTF" in an.word(k).best:
                k = _participle_noun(an, k, last)  # "в распространенном министерством заявлении"
            if quoted_name_at(an, k) and an.quote_of[j] < 0:
                found.append((j, k, "organization"))  # "сообщили в «Мосводоканале»"
                continue
            kind = token_kind(an, k)
            if not may_be_locative(an, k):
                continue  # "в ответ на запрос": an accusative says why or whither, not where
            if kind in ("document", "organization") or kind == "group" and not an.word(k).has("anim"):
                # "в администрации", "в командовании": a collective body, where its people speak
                found.append((j, k, "organization" if kind == "group" else kind))
    return found


def _participle_noun(an: Analysis, k: int, last: int) -> int:
    """The noun that participle ``k`` modifies across the words it governs ("в [распространенном]
    в среду министерством заявлении": the first noun after it that agrees with it in case, number
    and gender), or ``k`` when none follows within the phrase."""
    forms = {agreement_form(r.grammemes) for r in an.word(k).readings_with("PRTF")}
    governed = False  # the noun after a preposition inside the phrase is that preposition's ("на сайте")
    end = min(last, k + 1 + PARTICIPLE_PHRASE)
    m = k + 1
    while m < end:
        if quoted_name_at(an, m):  # "в опубликованном компанией «Север» отчете": the agent's own name
            m = unit_end(an, m)
            continue
        if not an.letters[m]:
            return k
        nouns = an.word(m).readings_with("NOUN")
        if an.is_prep(m):
            governed = True
        elif nouns and governed:
            governed = False
        elif any(agreement_form(r.grammemes) in forms for r in nouns):
            return m
        m += 1
    return k


def attribute(
    tokens: Tokens, quotes: tuple[QuoteSpan, ...], cues: tuple[Cue, ...], morph: Morphology
) -> tuple[Analysis, tuple[Link, ...]]:
    """Run the sieves; return the analysis and the links in text order."""
    an = Analysis(tokens, quotes, morph)
    sieves = _Sieves(an, cues)
    sieves.direct()
    sieves.reported()
    sieves.headlines()
    sieves.continuation()
    sieves.inherit_subjects()
    return an, tuple(sieves.resolve_overlaps())
