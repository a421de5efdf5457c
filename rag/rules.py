"""The rules an answer passes before it is returned: one ordered registry of small named checks
(which refuse) and repairs (which rewrite), each a rule of Indonesian news language, not of any
one article.

A small local model cites well and answers everything, so whether an answer may be returned is
decided here, against the numbered sentences it cites: its numbers and names must be in them, they
must be from the period and government asked about, and the answer must be the kind of thing that
was asked (a count, a person holding the asked title, a place). Where the articles' own wording
is more reliable than the model's (the holder of a title, the whole name of a place, the time
between two dated events), a repair rewrites the answer from it.

Every rule that acts leaves a `Step` in the answer's trace (rule, before, after, why); a refusal
names its rule in `refused_by`. Adding a rule is one function, one line in `RULES`, one test.

>>> [rule.name for rule in RULES][:3]
['figure_of_the_same_period_earlier', 'still_on_the_asked_day', 'what_falls_days_after_the_event']
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from rag import compose, prompts
from rag.context import Context, Sentence
from rag.dates import (
    CALENDAR_WORDS, CHANGE_ASKED, DAY_OF_MONTH, DateRange, DateSpan, DEADLINE_WORDS, ENDS_WORDS, LAST_YEAR, MONTH_NAMES_EN, MONTH_NAMES_ID, MONTH_WORDS, MONTHS, WEEKDAYS_EN, WEEKDAYS_ID, date_ranges, dates_from, days_named, find_dates, format_date, in_periods,
    is_same_time_of_an_earlier_year, month_reads, months_named, months_of_its_year, question_periods, same_time_figure, same_time_of_an_earlier_year,
)
from rag.glossary import COUNT_KINDS as NOUN_KINDS, count_kind, diseases_in, english_terms, expand_query, indonesian, school_levels_in
from rag.governments import region as region_of
from rag.people import NOT_NAME_WORDS, OFFICE_SHORT, former_holders, holders, name_words, new_holders, office_regex, person_pattern, title_of
from rag.question import AREA_WORDS, BETWEEN, DAYS_AFTER_ID, FEWEST, KIND_NAMES, MOST, NOT_PER, PLACE_WORDS, REMAINDER, SUM, Question, counted_terms, persons_in, place_pattern, places_in
from rag.retrieve import stopwords
from rag.text import MONEY, NUMBER_WORDS, PERCENT, SCALE, SCALES, TAX_NAMES, TAXES, decimal_of, decimal_spans, decimals_in, markers, number_spans, numbers_in, percentages, scale_of, stems, strip_markers, with_digits, with_markers

# A day of the week, in either language, and the day of the week each is (Monday 0).
_WEEKDAY_NUMBER = {**WEEKDAYS_ID, **WEEKDAYS_EN}
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAY_NUMBER) + r")\b", re.I)

# ---- what rules work on, and what they say ------------------------------------------------


@dataclass
class Draft:
    """An answer on its way out: its text (with [n] markers) and the sentences it cites."""

    question: Question
    context: Context
    answer: str
    cited: list[int]
    article: Callable[[str], str] = lambda doc_id: ""  # an article's whole text, by document id
    part: bool = False  # one part of a combined question (it restates its parent on purpose)
    item: str = ""  # for a part: the one item it counts ("pejabat pengawas") ...
    others: tuple[str, ...] = ()  # ... and the other items asked beside it
    confidence: float = 1.0
    unverified: list[str] = field(default_factory=list)

    def cited_text(self) -> str:
        """The cited sentences with their articles' dates, governments and titles."""
        return self.context.text_of(self.cited)

    def cited_docs(self) -> set[str]:
        """The articles the answer cites, by document id."""
        return {s.doc_id for n in self.cited if (s := self.context.get(n))}

    def date_numbers(self) -> set[int]:
        """The numbers of the answer's dates ("3" and "2026" of "3 Maret 2026"): no counts."""
        return {n for found in find_dates(self.body()) for n in numbers_in(found.raw)}

    def values(self) -> set[int]:
        """Every number the answer states outside its dates ("Rp 6,42 miliar, 3 Maret 2026" -> {6})."""
        return numbers_in(self.body()) - self.date_numbers()

    def counts(self) -> set[int]:
        """The counts the answer states: its numbers outside its dates ("42 pejabat, 3 Maret 2026" -> {42})."""
        return count_values(self.body()) - self.date_numbers()

    def retrieved_text(self) -> str:
        """Every sentence of the context and every passage it came from: all retrieval found."""
        return " ".join(s.text for s in self.context.sentences) + " " + " ".join(p.text for p in self.context.passages)

    def cited_sentences(self) -> str:
        """The cited sentences alone: what a count may be read from."""
        return self.context.sentences_of(self.cited)

    def stating(self, values: set[int]) -> list[Sentence]:
        """The cited sentences that state any of these numbers."""
        return [s for n in self.cited if (s := self.context.get(n)) and values & numbers_in(s.text)]

    def read_from(self, values: set[int]) -> list[Sentence]:
        """The sentences the answer was read from: the cited ones stating these numbers, else the
        first sentence of the context stating each (a small model cites the sentence beside the
        one it copied)."""
        return self.stating(values) or [s for v in sorted(values) if (h := _holder_sentence(self.context, v)) is not None and (s := self.context.get(h))]

    def figures(self) -> set[Decimal]:
        """The answer's numbers as it writes them, decimals kept, outside its dates ("Rp 6,42
        miliar, 3 Maret 2026" -> {6.42})."""
        return decimals_in(self.body()) - {Decimal(v) for v in self.date_numbers()}

    def stating_exactly(self) -> list[Sentence]:
        """The cited sentences that state the answer's numbers as it writes them (`figures`):
        "Rp4,7 miliar" is stated by "ditaksir Rp4,7 miliar", not by the "4" of "Jumat (17/4/2026)"."""
        exact = self.figures()
        return [s for n in self.cited if (s := self.context.get(n)) and exact & decimals_in(s.text)]

    def stating_as_written(self) -> list[Sentence]:
        """The cited sentences that state the answer's numbers as it writes them
        (`stating_exactly`); else those stating any of its numbers (`stating`)."""
        return self.stating_exactly() or self.stating(self.values())

    def question_words(self) -> set[str]:
        """The question's words, without punctuation ("Garut?" is "Garut")."""
        return {w.strip("?,.!:;()\"'’") for w in self.question.text.split()} | {w[:-2] for w in self.question.text.split() if w.endswith(("'s", "’s"))}

    def body(self) -> str:
        return strip_markers(self.answer)


@dataclass(frozen=True)
class Refuse:
    why: str


@dataclass(frozen=True)
class Rewrite:
    answer: str
    cited: list[int]
    why: str
    action: str = "rewrote"  # or "cited" (a citation added), "flagged" (confidence lowered)
    confidence: float = 0.0  # subtracted from the draft's confidence
    unverified: tuple[str, ...] = ()


Change = Refuse | Rewrite | None


@dataclass(frozen=True)
class Step:
    """One rule's action on one answer: what the trace of an answer is made of."""

    rule: str
    action: str  # "refused", "rewrote", "cited", "flagged"
    before: str
    after: str
    why: str


@dataclass(frozen=True)
class Rule:
    name: str
    apply: Callable[[Draft], Change]
    kinds: frozenset[str] | None = None  # question kinds it applies to; None: every kind
    whole_only: bool = False  # skipped for one part of a combined question
    # Its refusal means the right sentence was not used, so the answer gets one retry:
    # "focus" over the passages naming whom the question is about (the article was someone
    # else's), "elsewhere" over a wider retrieval without the sentences that stated the refused
    # number (another year's, event's or place's figure, a share, a hope); "again" over the same
    # sentences with the hint's "again" line (the answer copied the hint's example).
    retry: Literal["", "focus", "elsewhere", "again"] = ""

    def applies(self, draft: Draft) -> bool:
        return (self.kinds is None or draft.question.kind in self.kinds) and not (self.whole_only and draft.part)


# ---- shared readings ----------------------------------------------------------------------

_NOT_FOUND = re.compile(
    r"\b(not found|tidak ditemukan|tidak disebut(kan)?|tidak diketahui|tidak ada informasi|tidak dijelaskan"
    r"|no (information|data|mention)|not (stated|specified|provided|mentioned|given)|does not (say|mention|state|specify)"
    r"|do not (say|mention|state|specify)|tidak ada [^.]{0,60}\b(diketahui|disebutkan|informasi))\b",
    re.IGNORECASE,
)
_NOT_NAMES = NOT_NAME_WORDS | set(MONTHS) | set(WEEKDAYS_ID) | set(WEEKDAYS_EN) | set(
    "this that there they she his her not found articles article tidak ditemukan artikel sebanyak total jumlah yes no ya "
    "english indonesian officials pejabat new previously sebelumnya answer both kedua sum difference selisih lebih more "
    "than orang people about sekitar".split()
)
_NAME_WORD = re.compile(r"\b[A-Z][a-zA-Z'’-]{2,}\b")
COUNT_KINDS = frozenset({"count", "total", "difference"})


def names_in(text: str) -> set[str]:
    """Capitalised words of an answer that name someone or something (not language, titles,
    months or weekdays)."""
    return {w for w in _NAME_WORD.findall(strip_markers(text)) if w.lower() not in _NOT_NAMES}


def count_values(text: str) -> set[int]:
    """The numbers a text states outside its dates ("3" of "Kamis (3/7)" is a day, not a count)."""
    return {value for start, end, value in number_spans(text) if not _of_a_date(text, start, end, value)}


def _of_a_date(text: str, start: int, end: int, value: int) -> bool:
    """Whether the number at text[start:end] is a year or a day or month of a date: "20" of
    "hingga Jumat (20/3)" or "20 Maret", not "7.380 ton"."""
    around = text[max(0, start - 3) : end + 14]
    return bool(
        1900 <= value <= 2100
        or re.match(r"[(\s]*\d{1,2}\s*/\s*\d{1,2}", text[max(0, start - 1) : end + 4])
        or re.search(r"/\s*\d", text[end : end + 3])
        or re.search(r"\d\s*/\s*$", text[max(0, start - 3) : start])
        or (re.match(r"\s+(?:" + "|".join(MONTHS) + r")\b", text[end : end + 12], re.IGNORECASE) and not re.search(r"\d", around[3:]))
    )


# Where one sentence of an article's text ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentence_before(d: Draft, s: Sentence) -> str:
    """The sentence before `s` in its article ("" when the article's text is not at hand)."""
    article = d.article(s.doc_id)
    at = article.find(s.text) if article else -1
    return _SENTENCE_END.split(article[:at].rstrip())[-1] if at > 0 else ""


def _sentence_after(d: Draft, s: Sentence) -> str:
    """The sentence after `s` in its article ("" when the article's text is not at hand)."""
    article = d.article(s.doc_id)
    at = article.find(s.text) if article else -1
    return _SENTENCE_END.split(article[at + len(s.text) :].strip(), maxsplit=1)[0] if at >= 0 else ""


# A sentence whose time is the one the sentence before it names: "Saat itu, Pemkot membuka tiga
# jabatan dan menjaring 19 pendaftar" after "... dibandingkan seleksi terbuka 2025."
_THEN = re.compile(r"^\W*(?:(?:pada\s+)?(?:saat|ketika|kala|waktu)\s+itu|at\s+the\s+time|back\s+then)\b", re.I)


# A sentence giving the figures of a year before the one the sentence before it is of: "Setahun
# sebelumnya, tercatat 20.386 balita stunting" after "... pada Agustus 2025, sebanyak 17.464 balita
# dinyatakan stunting."
_YEAR_EARLIER = re.compile(r"^\W*(?:setahun\s+(?:sebelumnya|lalu)|(?:pada\s+)?tahun\s+sebelumnya|a\s+year\s+(?:earlier|before))\b", re.I)


# A sentence whose subject is the thing the sentence before it names: "Status tersebut berlaku
# mulai 1 Agustus hingga 31 Oktober 2025" after "Pemkab menetapkan status siaga darurat
# kekeringan" (not a time: "Saat itu" is _THEN's, "Tahun ini" names its own).
# A sentence whose subject is the one before's: "Status tersebut ...", or a bare word for an
# activity news uses for the one just named ("... menggelar imunisasi kejar campak-rubela (MR) ...
# Kegiatan berlangsung sejak Senin (4/5) hingga Jumat (29/5/2026)").
_REFERS_BACK = re.compile(
    r"^\W*(?:(?!(?:saat|waktu|ketika|kala|tahun|bulan|hari|pekan|minggu)\b)[a-z-]+(?:\s+[a-z-]+)?\s+(?:tersebut|itu)\b"
    r"|(?:kegiatan|program|acara|gerakan|layanan)\s+(?:ini\s+)?(?:akan\s+)?(?:berlangsung|digelar|dilaksanakan|berlaku|dimulai|berjalan)\b)",
    re.I,
)


def _with_referent(d: Draft, sentence: Sentence) -> str:
    """A sentence read with the sentence before it when its subject is that one's ("Status
    tersebut ..."): what it is about is written there."""
    return f"{_sentence_before(d, sentence)} {sentence.text}" if _REFERS_BACK.match(sentence.text) else sentence.text


def _with_title(d: Draft, sentence: Sentence) -> str:
    """A sentence read with its article's headline, which may say the year it is about ("47 ASN
    Cilacap Kena Sanksi Disiplin Sepanjang 2025"), and with the sentence before it when it
    takes its time from it ("Saat itu, ...")."""
    before = _sentence_before(d, sentence) if _THEN.match(sentence.text) else ""
    return f"{sentence.passage.title or ''}\n{before}\n{_year_before_named(d, sentence)}"


def _year_before_named(d: Draft, sentence: Sentence) -> str:
    """A sentence starting "Setahun sebelumnya" with the period it means written in: after "...
    pada Agustus 2025, sebanyak 17.464 balita dinyatakan stunting", "Setahun sebelumnya, tercatat
    20.386 ..." is "Setahun sebelumnya (Agustus 2024), tercatat 20.386 ..." (the sentence before
    names one period)."""
    if not (lead := _YEAR_EARLIER.match(sentence.text)) or len(named := {p.text for p in question_periods(_sentence_before(d, sentence))}) != 1:
        return sentence.text
    period = re.sub(r"\b(?:19|20)\d{2}\b", lambda y: str(int(y.group(0)) - 1), named.pop())
    return f"{lead.group(0)} ({period}){sentence.text[lead.end():]}"


def eligible(d: Draft, sentence: Sentence) -> bool:
    """Whether a sentence may back this answer at all: from the period the question names, from the
    government it names, from an article that names the people it names."""
    q = d.question
    if not q.reports_on(sentence.date, _with_title(d, sentence)):
        return False
    if len(q.governments) == 1 and sentence.government and sentence.government != q.governments[0]:
        return False
    people = q.people_in(" ".join(s.text for s in d.context.sentences))
    article = d.article(sentence.doc_id) or sentence.passage.text
    return all(re.search(person_pattern(p), article, re.IGNORECASE) for p in people)


def _holder_sentence(context: Context, term: str | int, d: Draft | None = None) -> int | None:
    """The first context sentence that states a number or a name, by its number (of those that may
    back the draft's answer, when a draft is given)."""
    for sentence in context.sentences:
        if d is not None and not eligible(d, sentence):
            continue
        if isinstance(term, int) and term in numbers_in(sentence.text):
            return sentence.number
        if isinstance(term, str) and re.search(rf"\b{re.escape(term)}\b", sentence.text):
            return sentence.number
    return None


# ---- checks ------------------------------------------------------------------------------


def figure_of_the_same_period_earlier(d: Draft) -> Change:
    """Asked for the same period of an earlier year alone (a part of "naik berapa dibanding
    periode yang sama tahun 2025?", `dates.same_period_earlier`), the figure is the one a sentence
    of the asked government gives right after saying so: "naik dibanding periode yang sama tahun
    lalu yang tercatat 187 kasus" -> "187 [n]". Not the whole year's ("Sepanjang 2025 tercatat
    1.038 kasus"), which a small model takes for "2025", nor one of another kind ("187 kasus" for
    deaths). Runs first: the model may also have found nothing."""
    q = d.question
    if len(q.periods) != 1 or not is_same_time_of_an_earlier_year(q.periods[0].text):
        return None
    span, asked_kind = q.periods[0], count_kind(q.counted)
    for s in d.context.sentences:
        if not s.date or (len(q.governments) == 1 and s.government and s.government != q.governments[0]):
            continue
        day, figure = same_time_of_an_earlier_year(s.text, date.fromisoformat(s.date)), same_time_figure(s.text)
        # "the same period last year" of an article dated a few days after a span it reports
        # ("1 Januari-8 Maret", dated 11 March) is that span a year before
        if not (day and figure and span.start <= day <= span.end + timedelta(days=31)):
            continue
        amount = bool(re.match(r"Rp", figure, re.I) or re.search(SCALE, figure, re.I) or PERCENT.search(figure))
        if amount != (q.kind in ("percent", "money")) or (q.kind == "percent") != bool(PERCENT.search(figure)):
            continue
        after = s.text[s.text.find(figure) + len(figure):]
        if asked_kind and (kind := count_kind(after)) and kind != asked_kind:
            continue  # "187 kasus" does not count deaths
        if decimal_of(re.sub(r"[^\d.,]", "", figure)) in decimals_in(d.body()):
            return None
        return Rewrite(f"{figure} [{s.number}]", [s.number], f"sentence {s.number} gives {figure} for {span.text}")
    return None


# A figure and the year news writes beside it: "82,3 persen pada 2024", "2.318 kasus (2024)" after
# it; "pada 2025 tercatat 86,7 persen", "2024 yang mencapai 2.318 kasus" before it. Not across a
# comparison or a change ("naik 4,4 persen dibanding 2024" is no figure of 2024), a list ("68,5 dan
# pada 2025"), or a regulation's number ("Perbup Nomor 12 Tahun 2025").
_NOT_BETWEEN = r"(?!(?:dan|and|serta|atau|or|dibanding\w*|dari|than|from|compared|with|dengan|ketimbang|sejak|since|vs|versus|naik|turun|menjadi|to|ke)\b)"
# The year before the article's, as news says it: "dibanding tahun lalu yang sebanyak 2.390 KPM".
_LAST_YEAR_SAID = r"(?:tahun\s+lalu|tahun\s+sebelumnya|setahun\s+sebelumnya|last\s+year|the\s+previous\s+year|the\s+year\s+before)"
_YEAR_AFTER = re.compile(rf"^\s*(?:%|{_NOT_BETWEEN}[A-Za-z]+\s+){{0,2}}?\(?\s*(?:(?:pada|di|dalam|in|on|for|during)\s+)?(?:(?:tahun|the\s+year)\s+)?(?:(?:(?:akhir|awal|pertengahan|the\s+end\s+of|end\s+of|early|mid|late)\s+)?(?:{MONTH_WORDS})\s+)?(?:((?:19|20)\d{{2}})\b(?!\s*(?:peserta|orang|pejabat|kasus))|(?P<last>{_LAST_YEAR_SAID})\b)", re.I)
_YEAR_BEFORE = re.compile(
    rf"(?:\b((?:19|20)\d{{2}})|\b(?P<last>{_LAST_YEAR_SAID}))\)?\s*,?\s+(?:yang\s+|which\s+|it\s+)?(?:tercatat|sebesar|mencapai|sebanyak|hanya|baru|ada(?:lah)?|yakni|(?:(?:naik|turun|bertambah|berkurang)\s+)?menjadi|(?:ditetapkan|dipatok|dialokasikan|dianggarkan|ditargetkan)(?:\s+sebesar)?|was|were|stood\s+at|reached|at)\s+(?:Rp\s?)?$"
)
_NUMBERED = re.compile(r"\b(?:nomor|no\.|number)\s*$", re.I)
# A question asking how much something changed, or by how much one figure exceeds another: its
# answer is the change, written beside the year compared.
_CHANGE_ASKED = re.compile(
    rf"{CHANGE_ASKED.pattern}|\b(?:tambahan|lebih\s+(?:banyak|sedikit|tinggi|rendah)|more|fewer|higher|lower|up|down|by\s+how\s+(?:much|many))\b",
    re.I,
)


def figures_by_year(text: str, year: int | None = None) -> list[tuple[int, int, Decimal, int]]:
    """The figures a sentence writes beside a year, as (start, end, value, year): "Capaian SKP pada
    2025 tercatat 86,7 persen, naik dari 82,3 persen pada 2024." pairs 86,7 with 2025 and 82,3
    with 2024. A year, a date's day or a regulation's number is no figure. Given the article's
    `year`, "tahun lalu" is the one before it, and a figure compared with an earlier year's
    ("2.146 KPM, lebih sedikit dibanding tahun lalu yang sebanyak 2.390 KPM") is the article's
    year's, unless it is the change itself ("naik 12 persen dibanding tahun lalu").

    >>> [(str(v), y) for _, _, v, y in figures_by_year("Pada 2025 tercatat 86,7 persen, naik dari 82,3 persen pada 2024.")]
    [('86.7', 2025), ('82.3', 2024)]
    >>> [(str(v), y) for _, _, v, y in figures_by_year("BLT disiapkan untuk 2.146 KPM, lebih sedikit dibanding tahun lalu yang sebanyak 2.390 KPM.", 2026)]
    [('2146', 2026), ('2390', 2025)]
    """
    found = []
    for start, end, value in decimal_spans(text):
        if (1900 <= value <= 2100 and value == value.to_integral_value()) or re.match(rf"\s*(?:(?:{MONTH_WORDS})\b|/\d)", text[end:], re.I):
            continue  # a year, or the day of a date ("12 Januari 2026")
        if _NUMBERED.search(text[max(0, start - 12) : start]) or re.search(r"(?<![A-Za-z])(?!Rp)[A-Za-z]+-?$", text[:start]):
            continue  # a regulation's number, or one in a name ("PBB-P2")
        if m := _YEAR_BEFORE.search(text[max(0, start - 60) : start]) or _YEAR_AFTER.match(text[end : end + 40]):
            if not m.group("last"):
                found.append((start, end, value, int(m.group(1))))
            elif year:
                found.append((start, end, value, year - 1))
        elif year and (compared := _COMPARED_AFTER.match(text[end : end + 100])) and not _A_CHANGE_BEFORE.search(text[max(0, start - 40) : start]):
            between = compared.group("between")
            if (int(compared.group("year")) if compared.group("year") else year - 1) < year and ("," in between or not _A_CHANGE.search(between)):
                found.append((start, end, value, year))
    return found


# A figure compared with an earlier year's, the words between kept: "2.146 KPM, lebih sedikit dibanding tahun lalu".
_COMPARED_AFTER = re.compile(
    rf"(?P<between>[^.;\d]{{0,60}}?)\b(?:dibanding(?:kan)?|daripada|ketimbang|than|compared\s+(?:with|to))\s+(?:(?:periode\s+yang\s+sama|the\s+same\s+period)\s+)?(?:(?:tahun|the\s+year)\s+)?(?:(?P<year>(?:19|20)\d{{2}})\b|{_LAST_YEAR_SAID}\b)",
    re.I,
)
_A_CHANGE = re.compile(r"\b(?:lebih|naik|turun|bertambah|berkurang|meningkat|menurun|melonjak|anjlok|more|fewer|less|higher|lower|up|down)\b", re.I)
_A_CHANGE_BEFORE = re.compile(rf"{_A_CHANGE.pattern}\s+(?:\w+\s+)?$", re.I)


def _year_of(s: Sentence) -> int | None:
    """The year of the sentence's article, by its date."""
    return int(s.date[:4]) if s.date else None


def _percent_at(text: str, end: int) -> bool:
    """Whether the number ending at `end` is written as a percentage ("17,35 persen", "9%")."""
    return bool(re.match(r"\s*(?:%|persen|percent)", text[end:], re.I))


def figure_of_the_asked_year(d: Draft) -> Change:
    """Asked for one year's figure (a part of "how much did it improve from 2024 to 2025?", or a
    question of one year), a figure a cited sentence writes only beside another year is not it,
    and the one that sentence writes beside the asked year is: "pada 2025 tercatat 86,7 persen,
    naik dari 82,3 persen pada 2024", asked for 2024 -> "82,3 persen". Of the same kind (a
    percentage for a percentage) and the only one beside that year. Not for a question asking
    how much something changed: its answer is written beside the year compared ("naik 4,4 persen
    dibanding 2024"); one part of such a question asks its year's figure, whatever words of the
    change it keeps ("How much did X raise its target for 2025?"). When no cited sentence states
    the answer, the sentence it was copied from is read (`Draft.read_from`)."""
    q = d.question
    if q.kind not in ("count", "percent", "money") or len(q.periods) != 1 or q.periods[0].start.year != q.periods[0].end.year or (_CHANGE_ASKED.search(q.text) and not d.part):
        return None  # one year's figure, or one of its months' ("akhir Juni 2025": "naik dari Rp162,9 miliar pada akhir Juni 2025")
    asked, values = q.periods[0].start.year, decimals_in(d.body())
    if not values:
        return None
    cited = [s for n in d.cited if (s := d.context.get(n))]
    for s in cited if d.stating(d.values()) else d.read_from(d.values()):  # the cited sentences, or the one it copied from
        n = s.number
        paired = figures_by_year(s.text, _year_of(s))
        years_of = {v: {y for _, _, value, y in paired if value == v} for v in values}
        stated = {v for _, _, v in decimal_spans(s.text)}
        # every figure of the answer this sentence states, it writes beside another year only
        if not any(years_of[v] for v in values) or any(asked in years_of[v] or (v in stated and not years_of[v]) for v in values):
            continue
        percent = bool(PERCENT.search(d.body()))
        candidates = [(a, b) for a, b, _, y in paired if y == asked and _percent_at(s.text, b) == percent]
        if not candidates and asked + 1 in set().union(*years_of.values()) and (earlier := _year_earlier(d, s, values, percent)):
            return earlier
        if len(candidates) != 1:
            return None
        a, b = candidates[0]
        unit = re.match(r"\s*(?:%|persen\b|percent\b|(?:miliar|juta|triliun|billion|million|trillion)\b|[a-z]+\b)?", s.text[b:], re.I).group(0)
        figure = ("Rp" if re.search(r"Rp\.?\s?$", s.text[:a]) else "") + s.text[a:b] + unit.rstrip()
        return Rewrite(f"{figure} [{n}]", [n], f"sentence {n} writes {figure} beside {asked}; the answer's figure beside another year")
    return None


def _year_earlier(d: Draft, s: Sentence, values: set, percent: bool) -> Rewrite | None:
    """The figure of a year earlier, from the context sentence right after `s` when it starts
    "Setahun sebelumnya": of its figures of the answer's kind, the one whose next words share
    most with the words after the answer's figure in `s` ("balita dinyatakan stunting" ->
    "20.386 balita stunting", not "117.500 balita yang diukur"), strictly."""
    after = _next_to(d, s)[1]
    if after is None or not _YEAR_EARLIER.match(after.text):
        return None

    def words_after(text: str, end: int) -> set[str]:
        return stems(" ".join(text[end:].split()[:3]))

    told = set().union(*(words_after(s.text, b) for _, b, v in decimal_spans(s.text) if v in values))
    figures = [
        (len(told & words_after(after.text, b)), a, b)
        for a, b, v in decimal_spans(after.text)
        if not 1900 <= v <= 2100 and _percent_at(after.text, b) == percent
    ]
    best = max((n for n, _, _ in figures), default=0)
    chosen = [(a, b) for n, a, b in figures if n == best]
    if not best or len(chosen) != 1:
        return None
    (a, b), n = chosen[0], after.number
    figure = after.text[a:b] + (" persen" if percent and d.question.language == "id" else " percent" if percent else "")
    return Rewrite(f"{figure} [{n}]", [n], f"sentence {n} gives the year before sentence {s.number}'s: {figure}")


def figure_of_the_asked_month(d: Draft) -> Change:
    """Asked one month's count, of an article that breaks a longer span down by month ("pada
    Januari terjadi 14 kebakaran, Februari 11 kejadian, Maret 19 kejadian, April 27 kejadian, Mei
    35 kejadian, dan Juni 42 kejadian"), the answer is the number written after that month, not
    the span's total: asked for May -> "35 kejadian". The breakdown names three months or more,
    the figure before or after its month ("38,4 ton pada Januari, 52,6 ton pada Februari, dan 71,2
    ton pada Maret"). Asked a month the breakdown leaves out (April of that one), an answer giving
    another month's figure is refused: a small model takes the nearest month it reads."""
    q = d.question
    if len(q.periods) != 1 or q.as_of or _CHANGE_ASKED.search(q.text):
        return None
    span = q.periods[0]
    whole_month = span.start.day == 1 and (span.start.year, span.start.month) == (span.end.year, span.end.month) and (span.end + timedelta(days=1)).day == 1
    if not whole_month or not d.counts():
        return None
    docs = d.cited_docs()
    for s in d.context.sentences:
        if s.doc_id not in docs:
            continue
        if len(months_named(s.text)) < 3:
            continue
        asked = [r for r in month_reads(s.text) if r.month == span.start.month]
        if not asked and (others := {int(value) for _, _, value in _month_figures(s.text)} & d.counts()):
            return Refuse(f"sentence {s.number} breaks the figures down by month, and {min(others)} is another month's; it writes none for {MONTH_NAMES_EN[span.start.month - 1]}")
        if len(asked) != 1 or (value := decimal_of(asked[0].number)) is None or int(value) in d.counts():
            continue
        figure = f"{asked[0].number} {asked[0].unit}".strip() if asked[0].unit != "%" else asked[0].number + "%"
        return Rewrite(f"{figure} [{s.number}]", [s.number], f"sentence {s.number} breaks the span down by month: {asked[0].text!r}")
    return None


# An amount as news writes it: "Rp947,6 miliar", "Rp 861.300.000", "Rp2,09 triliun".
_RUPIAH = re.compile(rf"\bRp\.?\s?(?P<value>\d[\d.,]*\d|\d)(?:\s*{SCALE}\b)?", re.I)
# The whole a share or an amount is "of", written before it: "43,5 persen dari total belanja APBD
# 2026 senilai Rp2,18 triliun", "dari pagu Rp318,4 miliar", "of its Rp 2.09 trillion budget".
_A_WHOLE_BEFORE = re.compile(r"\b(?:dari|of)\b(?:[^.;\d]|\b(?:19|20)\d\d\b){0,60}$", re.I)
def _figures_of_kind(text: str, percent: bool) -> list[tuple[Decimal, str]]:
    """The percentages (or, not `percent`, the rupiah amounts) a sentence gives, as (value,
    written), leaving out an amount written as the whole a share is of ("atau 43,5 persen dari
    total belanja senilai Rp2,18 triliun" gives 43,5 persen, and Rp2,18 triliun only as a whole)."""
    if percent:
        return [(value, m.group(0)) for m in PERCENT.finditer(text) if (value := decimal_of(m.group(1))) is not None]
    return [
        (value, m.group(0))
        for m in _RUPIAH.finditer(text)
        if (value := decimal_of(m.group("value"))) is not None and not _A_WHOLE_BEFORE.search(text[: m.start()])
    ]


def _words(text: str) -> set[str]:
    """A text's word stems, and its three-letter words ("PAD", "UMK"), lower case."""
    return stems(text) | set(re.findall(r"\b[a-z]{3}\b", text.lower()))


# Words of a question that say when, not what ("at the end of July 2025", "hingga akhir Juli"),
# function words and units: no part of what a figure is of.
_NOT_ASKED = frozenset(
    stems(
        "akhir awal hingga sampai periode semester triwulan kuartal bulan tahun tanggal pekan minggu "
        "end beginning start until period half quarter month year date week first second third fourth"
    )
    | {m.lower() for m in MONTHS}
    | _words(" ".join(stopwords()))
    | {"persen", "percent", "rupiah"}
)


def _asked_words(d: Draft) -> list[set[str]]:
    """What a question asks about, as groups of stems any one of which says it, of the words the
    context's sentences use: "spending realisation" -> [{"spending", "belanja"}, {"realisation",
    "realisasi"}]; not when or whose ("akhir Juli", "Kota Solo"), nor function words."""
    q = d.question
    said = _words(" ".join(s.text for s in d.context.sentences))
    ignored = _NOT_ASKED | _words(" ".join(q.governments + q.regions))
    groups = [(_words(word) | _words(" ".join(ways))) & said - ignored for word, ways in english_terms(q.text)]
    return [group for group in groups if group]


_SPELLED_OUT = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+(?:dan\s+|&\s+)?[A-Z][a-z]+){1,7})\s*\((?P<acronym>[A-Z]{2,8})\)")


def _acronyms_for_names(text: str) -> str:
    """A name spelled out before its acronym written as the acronym alone: "Realisasi belanja
    Anggaran Pendapatan dan Belanja Daerah (APBD)" speaks of spending, not of revenue; the words of
    a budget's or an office's name say nothing of what a figure is.

    >>> _acronyms_for_names("Realisasi belanja Anggaran Pendapatan dan Belanja Daerah (APBD) Kota X")
    'Realisasi belanja APBD Kota X'
    """

    def short(m: re.Match[str]) -> str:
        words, acronym = m.group("name").split(), m.group("acronym")
        for i in range(len(words)):  # "Kepala Badan Penanggulangan Bencana Daerah (BPBD)": the head of the BPBD
            if "".join(w[0] for w in words[i:] if w not in ("dan", "&")) == acronym:
                return " ".join([*words[:i], acronym])
        return m.group(0)

    return _SPELLED_OUT.sub(short, text)


def figure_named_with_its_period(d: Draft) -> Change:
    """Asked one percentage or rupiah amount of one period shorter than a year (a part of "by how
    many points was spending realisation at the end of July 2026 higher than at the end of July
    2025?"), the answer is the figure of the sentence that names that period and writes what the
    question asks (`_asked_words`; of three words or more, all but one), when one sentence does
    and gives one such figure (of several, the one writing most of them), and writes more of it
    than any sentence of the period giving the model's figure:
    "Akhir Juli 2025 realisasi belanja kita Rp861,3 miliar, atau 41,2 persen dari APBD 2025"
    -> "41,2 persen", not the "52 persen" of "Dari sisi pendapatan, realisasi hingga akhir Juli
    mencapai ... 52 persen" a small model reads for both years. A sentence naming another period
    as well ("naik dibanding Juli 2025") is no sentence of one period; the whole a figure is "of"
    is no figure."""
    q = d.question
    percent = q.kind == "percent"
    if not (percent or q.kind == "money" or MONEY.search(q.text)) or len(q.periods) != 1 or q.periods[0].whole_year:
        return None
    if q.office or _CHANGE_ASKED.search(q.text):
        return None
    span = q.periods[0]
    government = q.governments[0] if len(q.governments) == 1 else None
    groups = _asked_words(d)
    if not groups:
        return None
    need = len(groups) - (1 if len(groups) >= 3 else 0)  # one word of three may be the whole's ("budget")
    answered, found = decimals_in(d.body()), {}
    stating = -1  # how much of the question the best sentence stating the answer's figure writes
    for s in d.context.sentences:
        if government and s.government and s.government != government:
            continue
        named = question_periods(s.text)
        if any(n.end < span.start or n.start > span.end for n in named):
            continue  # of another period, or of two
        covered = sum(1 for group in groups if group & _words(_acronyms_for_names(s.text)))
        if answered & decimals_in(s.text):
            stating = max(stating, covered)
        figures = {value: written for value, written in _figures_of_kind(s.text, percent)}
        if covered >= need and len(figures) == 1 and any(span.start <= n.start and n.end <= span.end for n in named):
            value, written = next(iter(figures.items()))
            if value not in found or found[value][0] < covered:
                found[value] = (covered, s, written)
    best = max((covered for covered, _, _ in found.values()), default=0)
    found = {value: (s, written) for value, (covered, s, written) in found.items() if covered == best}
    # a sentence writing as much of the question gives the answer's figure ("belanja modal baru
    # Rp71,9 miliar", not dated in its sentence): the model read what was asked
    if len(found) != 1 or best <= stating:
        return None
    value, (s, written) = next(iter(found.items()))
    return Rewrite(f"{written} [{s.number}]", [s.number], f"sentence {s.number} names {span.text} and gives {written} of what the question asks")


def model_found_an_answer(d: Draft) -> Change:
    """The model said it found nothing ("NOT FOUND", "tidak disebutkan"), or wrote nothing."""
    if not d.body() or _NOT_FOUND.search(d.answer):
        return Refuse("the model found no sentence that states it")
    return None


def cites_a_given_sentence(d: Draft) -> Change:
    """The answer cites sentences of the context. Cited numbers that are not in it are dropped; an
    answer citing nothing is cited to the sentence that states its numbers or names, if one does.

    "107 pejabat" citing nothing, with "[3] ... merotasi 107 pejabat ..." in the context -> cites [3].
    """
    valid = [n for n in dict.fromkeys(markers(d.answer) + d.cited) if d.context.get(n)]
    if valid:
        return None if valid == d.cited else Rewrite(d.answer, valid, "kept the cited numbers that are sentences of the context", "cited")
    for term in [*sorted(numbers_in(d.body())), *sorted(names_in(d.answer))]:
        if (n := _holder_sentence(d.context, term)) is not None:
            return Rewrite(d.answer, [n], f"the answer cited no sentence; sentence {n} states {term}", "cited")
    return Refuse("the answer cites no sentence of the context")


def asked_government_is_indexed(d: Draft) -> Change:
    """Asked about a government no article of the index is about ("Kabupaten Pekalongan", "wali
    kota magelang"), an answer cited from articles that never name its region answers about
    another government. (An article whose government ingest could not tell still names its
    region, and passes; so does one naming the person a title may name instead: "Bupati Tatu".)
    A region written only as part of a longer one the cited articles are about is not named:
    "Kabupaten Lebong" in articles about Kabupaten Rejang Lebong."""
    docs = d.cited_docs()
    cited = " ".join([d.cited_sentences(), *(d.article(doc) for doc in docs)])
    about = {s.government for n in d.cited if (s := d.context.get(n)) and s.government}
    for g in d.question.unknown_governments:
        region = region_of(g)
        # "Lebong" written only inside "Rejang Lebong", a region the cited articles are about, is not Lebong
        longer = [r for a in about if (r := region_of(a)) != region and re.search(rf"\b{re.escape(region)}\b", r)]
        named = re.sub("|".join(rf"\b{re.escape(r)}\b" for r in longer), " ", cited) if longer else cited
        if not re.search(rf"\b{re.escape(region)}\b", named):
            return Refuse(f"no article of the index is about {g}" + (f"; {region} is written only in {longer[0]}" if longer else ""))
        if other := sorted(a for a in about if region_of(a) == region_of(g)):
            return Refuse(f"no article of the index is about {g}; the cited ones are about {other[0]}")  # "Bupati Pekalongan": not the Kota's
    return None


def asked_person_is_named(d: Draft) -> Change:
    """Asked what post a named person holds ("What post was Dewi Anggraini given in Cianjur's
    July inauguration?"), the passages retrieved for it name that person, at least by one of the
    names: none that does, none that answers. A misspelt surname still passes on the first name
    ("Yusron Maulady" for "Yusron Maulidi"); a single capitalised word may be no person at all, and
    is left to `asked_person_in_cited_article`."""
    retrieved = d.retrieved_text()
    for person in (p for p in d.question.persons if len(p.split()) >= 2):
        if not any(re.search(rf"\b{re.escape(word)}\b", retrieved, re.I) for word in person.split() if len(word) >= 3):
            return Refuse(f"no passage names {person}, whom the question asks about")
    return None


def percent_has_its_unit(d: Draft) -> Change:
    """A bare number answering "berapa persen" gets its unit when a cited sentence writes that
    number as a percentage: "14,63 [1]" read off "serapan 14,63 persen" is "14,63 persen [1]".
    When the model cited the sentence beside it instead ("17.35" citing "turun menjadi 14,72
    persen" for "Pada Agustus 2024 angkanya masih 17,35 persen"), the context sentence that
    writes it as a percentage is cited too."""
    body = d.body()
    if not _BARE.match(body) or percentages(body) or not (spans := number_spans(body)):
        return None
    if not (written := re.search(r"\d+(?:[.,]\d+)?", body[spans[0][0] :])):
        return None
    value = written.group(0).replace(",", ".")
    cited = list(d.cited)
    if value not in percentages(d.cited_text()):
        holder = next((s.number for s in d.context.sentences if value in percentages(s.text)), None)
        if holder is None:
            return None
        cited.append(holder)
    unit = "persen" if d.question.language == "id" else "percent"
    where = "the cited sentence" if cited == d.cited else f"sentence [{cited[-1]}]"
    return Rewrite(f"{body.rstrip(' .')} {unit}", cited, f"a bare number answered a percentage; {where} writes {written.group(0)} as one")


# A subtraction an answer writes, larger first: "57 - 38", "60 m − 42 m", "41,6 persen dikurangi 38,9
# persen"; not a range ("20-21 April", "RT 02-04", "45-56 tahun"), which runs upwards.
_SUBTRACTION = re.compile(
    r"(?<![\d.,/:])(?P<a>\d[\d.,]*\d|\d)(?P<unit>\s*(?:%|persen|percent|[a-zA-Z]{1,12}))?\s*(?:-|−|–|\bminus\b|\bdikurangi\b)\s*(?:Rp\.?\s*)?(?P<b>\d[\d.,]*\d|\d)(?P<unit_b>\s*(?:%|persen|percent|[a-zA-Z]{1,12}))?(?![\d/:])"
    r"(?!\s*(?:" + "|".join(MONTHS) + r")\b)",
    re.IGNORECASE,
)
_POINTS = {"id": " poin persen", "en": " percentage points"}


def _subtraction(d: Draft) -> tuple[Decimal, re.Match[str]] | None:
    """The subtraction the answer writes, with its result: two numbers the context states, the
    larger first, not a range a sentence writes ("20-21 April"), not a percentage less a count."""
    if not (m := _SUBTRACTION.search(d.body())):
        return None
    written_a, written_b = decimal_of(m.group("a")), decimal_of(m.group("b"))
    said = " ".join(s.text for s in d.context.sentences)
    if written_a is None or written_b is None:
        return None
    a, b, _ = _in_one_scale(m)
    if a <= b or {int(written_a), int(written_b)} <= set(range(1900, 2101)) or not _all_stated([written_a, written_b], said) or _a_written_range(d, m):
        return None
    shares = {decimal_of(p) for p in percentages(said)}
    if (a in shares) != (b in shares) or any((m.group(u) or "").strip().lower() in MONTHS for u in ("unit", "unit_b")):
        return None  # "112.431 - 87,4": a count less a percentage
    return a - b, m


def _a_written_range(d: Draft, m: re.Match[str]) -> bool:
    """Whether the answer's "a-b" is written so in a sentence: a range ("RT 02-04"), no subtraction."""
    return re.sub(r"\s+", "", m.group(0)) in re.sub(r"\s+", "", " ".join(s.text for s in d.context.sentences))


def _smaller_first(m: re.Match[str]) -> bool:
    a, b, _ = _in_one_scale(m)
    return a is not None and b is not None and a < b


def _in_one_scale(m: re.Match[str]) -> tuple[Decimal | None, Decimal | None, str]:
    """The two terms of a subtraction, in the smaller scale when each is written with its own
    ("1,37 miliar - 860 juta" -> 1370, 860, "juta": news writes a sum in miliar and its part in
    juta); as written, and no scale, otherwise."""
    a, b = decimal_of(m.group("a")), decimal_of(m.group("b"))
    units = [(m.group(u) or "").strip().lower() for u in ("unit", "unit_b")]
    if a is None or b is None or not all(u in SCALES for u in units) or SCALES[units[0]] == SCALES[units[1]]:
        return a, b, ""
    low = min(units, key=SCALES.__getitem__)
    return a * 10 ** (SCALES[units[0]] - SCALES[low]), b * 10 ** (SCALES[units[1]] - SCALES[low]), low


def _worked_out(d: Draft, m: re.Match[str]) -> bool:
    """Whether the answer's "a - b" is the model's arithmetic, followed by its "=", and no range a
    sentence writes ("2-3 hari", "RT 02-04")."""
    return "=" in d.body()[m.end() : m.end() + 3] and not _a_written_range(d, m)


# The scale word a sentence writes after an amount: "Rp 8,5 miliar", "7,84 billion"
_SCALE = rf"\s*({SCALE})\b"


def _stated_scale(d: Draft, numbers: Iterable[str]) -> str:
    """The scale every number of a bare "a - b" or "a + b" carries in the sentences, so the result
    keeps it: "8,5 - 7,84" over "pagu Rp 8,5 miliar ... kontrak Rp 7,84 miliar" -> "miliar" ("0,66
    miliar", not a bare "0,66" that reads as rupiah). "" when they carry none, or not the same one."""
    said = " ".join(s.text for s in d.context.sentences)
    scales = set()
    for number in numbers:
        written = re.sub(r"\\\.|,", "[.,]", re.escape(number))  # "36.3" as the model writes "36,3"
        found = {f.group(1).lower().replace("milyar", "miliar") for f in re.finditer(rf"(?<![\d.,]){written}(?![\d]|[.,]\d){_SCALE}", said, re.IGNORECASE)}
        if len(found) != 1:
            return ""
        scales |= found
    return scales.pop() if len(scales) == 1 else ""


def subtraction_term_as_cited(d: Draft) -> Change:
    """A subtraction one of whose terms no sentence states, beside a term a cited sentence writes
    with its noun ("1.126 jiwa"), takes for the other the one number another cited sentence writes
    with that noun: a small model miscopies long numbers ("126 - 1126" of "3.412 jiwa" and "1.126
    jiwa"), and `difference_is_computed` then works it out ("2.286 (3.412 - 1.126)"). With no such
    number, or several, the answer is left to the rules after it."""
    if not (m := _SUBTRACTION.search(d.body())):
        return None
    said = " ".join(s.text for s in d.context.sentences)
    a, b = decimal_of(m.group("a")), decimal_of(m.group("b"))
    if a is None or b is None or (a_stated := _all_stated([a], said)) == _all_stated([b], said):
        return None
    value_known, unknown = (a, "b") if a_stated else (b, "a")
    counted = [
        (value, term.group(0), word.group(1).lower())
        for n in d.cited
        if (s := d.context.get(n))
        for term in re.finditer(_TERM, s.text)
        if (value := decimal_of(term.group(0))) is not None
        and (word := re.match(r"\s*([A-Za-z]+)", s.text[term.end() :])) and word.group(1).lower() not in CALENDAR_WORDS
    ]
    nouns = {noun for value, _, noun in counted if value == value_known}
    others = {(value, written) for value, written, noun in counted if noun in nouns and value != value_known}
    if len(nouns) != 1 or len({value for value, _ in others}) != 1:
        return None
    written = sorted(others)[0][1]
    body = d.body()
    fixed = body[: m.start(unknown)] + written + body[m.end(unknown) :]
    return Rewrite(with_markers(fixed, d.cited), list(d.cited), f"{m.group(unknown)} is stated by no sentence; the cited sentences write {written} {nouns.pop()}")


# Kinds of count that differ in what one of them is: people (and their cases and deaths) are not
# households, houses or villages.
_COUNTED_AS = {"deaths": "people", "cases": "people"}


def _kinds_written(d: Draft, value: Decimal) -> set[str]:
    """The kinds of thing the context's sentences count `value` in, by the noun written after it:
    "312 jiwa" -> {"people"}, "87 KK" -> {"families"}; empty where no known noun follows."""
    kinds = set()
    for s in d.context.sentences:
        for start, end, v in decimal_spans(s.text):
            if v == value and (kind := count_kind(s.text[end : end + 40])):
                kinds.add(_COUNTED_AS.get(kind, kind))
    return kinds


def subtraction_counts_one_thing(d: Draft) -> Change:
    """The two terms of a difference count one kind of thing: "312 jiwa dari 87 KK" gives people and
    households, and 312 - 87 is neither how many people nor how many households left. A small model
    takes the next number of the sentence for the other term; refused (and asked again over other
    passages) when the sentences write each term with a noun of a different kind."""
    if not (m := _SUBTRACTION.search(d.body())):
        return None
    a, b = decimal_of(m.group("a")), decimal_of(m.group("b"))
    if a is None or b is None:
        return None
    kinds_a, kinds_b = _kinds_written(d, a), _kinds_written(d, b)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return Refuse(f"{m.group('a')} counts {', '.join(sorted(kinds_a))} and {m.group('b')} counts {', '.join(sorted(kinds_b))}: no difference of one thing")
    return None


def difference_of_the_two_years_figures(d: Draft) -> Change:
    """Asked by how much a figure changed between the two years the question names, an answer no
    cited sentence states (a small model subtracts badly: "6,5 miliar") becomes the subtraction
    of the one figure a cited sentence writes beside each year, larger first, of one kind: "target
    PBB-P2 tahun 2026 ditetapkan Rp72 miliar, naik dari target 2025 sebesar Rp66,5 miliar" gives
    "Rp72 miliar - Rp66,5 miliar", which `difference_is_computed` works out."""
    years = d.question.years
    cited = [s for n in d.cited if (s := d.context.get(n))]
    values = decimals_in(d.body()) - set(years)
    if len(years) != 2 or not values or _SUBTRACTION.search(d.body()) or all(any(v in decimals_in(s.text) for s in cited) for v in values):
        return None  # no two years, no number, an addition written, or one a sentence states
    for s in cited:
        by_year: dict[int, list[str]] = {}
        for start, end, _, year in figures_by_year(s.text, _year_of(s)):
            if year in years:
                by_year.setdefault(year, []).append(_as_written(s.text, start, end))
        if set(by_year) != set(years) or any(len(v) != 1 for v in by_year.values()):
            continue
        (a,), (b,) = by_year.values()
        if _figure_kind(a) != _figure_kind(b):
            continue
        larger, smaller = sorted([a, b], key=lambda t: _in_one_scale_value(t), reverse=True)
        return Rewrite(f"{larger} - {smaller} [{s.number}]", [s.number], f"sentence {s.number} writes {a} and {b} beside the two years asked")
    return None


def _as_written(text: str, start: int, end: int) -> str:
    """A figure with its "Rp" and its scale or percent sign: "Rp66,5 miliar", "82,3 persen"."""
    before = re.search(r"Rp\.?\s*$", text[:start])
    after = re.match(rf"\s*(?:{SCALE}|persen|percent|%)", text[end:], re.I)
    return f"{before.group(0) if before else ''}{text[start:end]}{after.group(0) if after else ''}"


def _figure_kind(written: str) -> str:
    return "money" if MONEY.search(written) else "percent" if PERCENT.search(written) else "count"


def _in_one_scale_value(written: str) -> Decimal:
    """A figure's value in units, so "Rp980 juta" is less than "Rp1,35 miliar"."""
    value = decimal_of(re.findall(_TERM, written)[0]) or Decimal(0)
    return value * Decimal(10) ** scale_of(value, written)


def difference_is_computed(d: Draft) -> Change:
    """A difference the model writes as a subtraction of two numbers the sentences state, as the
    hint asks when no sentence states the difference itself, is computed here: a small model copies
    numbers well and subtracts badly ("57 - 38 = 21"). "57 - 38 [2]" -> "19 (57 - 38) [2]"; two
    percentages differ by points: "2,7 poin persen (41,6 persen - 38,9 persen)"; amounts in two
    scales in the smaller: "510 juta (1,37 miliar - 860 juta)". Asked a gap ("by how
    many did evacuees drop?"), the model's "1.274 - 2.038 = -764" is turned round ("764 (2.038 -
    1.274)"); asked what is left, the smaller number first is the wrong pair, and is refused, as
    is a number less itself ("36,3 - 36,3")."""
    gap = not REMAINDER.search(d.question.text)  # what is left is the whole less the part done, and only that
    written = _SUBTRACTION.search(d.body())
    if written and (terms := _in_one_scale(written))[0] is not None and terms[0] == terms[1] and not _a_written_range(d, written):
        if other := _other_figure_next_to(d, terms[0]):
            figure, n = other
            a, b = sorted([written.group("a"), figure], key=decimal_of, reverse=True)
            if found := _subtraction(replace(d, answer=with_markers(f"{a} - {b}", [*d.cited, n]), cited=[*d.cited, n])):
                result, m = found
                unit = _stated_scale(d, (m.group("a"), m.group("b")))
                shown = compose.shown(result, d.question.language) + (f" {unit}" if unit else "")
                return Rewrite(f"{shown} ({m.group(0).strip()}) {''.join(f'[{k}]' for k in dict.fromkeys([*d.cited, n]))}", [*d.cited, n], f"the answer subtracted {written.group('a')} from itself; sentence {n}, next to the one stating it, states the other figure, {figure}")
        return Refuse(f"the answer subtracts a number from itself ({written.group(0).strip()}): it read one figure for both")
    if not (found := _subtraction(d)) and gap and written and _smaller_first(written) and not _a_written_range(d, written):
        # "1.274 - 2.038 = -0,764" (or "7,38 - 8,15") to "by how many did evacuees drop": the gap, larger first
        swapped = f"{written.group('b')}{written.group('unit_b') or ''} - {written.group('a')}{written.group('unit') or ''}"
        found = _subtraction(replace(d, answer=with_markers(swapped, d.cited)))
    if not found:
        if written and _worked_out(d, written):
            return Refuse(f"the answer's own arithmetic, {written.group(0).strip()}, is not of two stated numbers, larger first")
        return None  # no subtraction, or a range a sentence writes ("RT 02-04")
    result, m = found
    shown = compose.shown(result, d.question.language)
    unit = _in_one_scale(m)[2] or (m.group("unit") or m.group("unit_b") or "").strip() or _stated_scale(d, (m.group("a"), m.group("b")))
    unit = _POINTS[d.question.language] if PERCENT.search(f"1 {unit}") else f" {unit}" if unit else ""
    answer = f"{shown}{unit} ({m.group(0).strip()}) {''.join(f'[{n}]' for n in d.cited)}".strip()
    return Rewrite(answer, list(d.cited), f"{m.group(0).strip()} computed: {shown}")


def _other_figure_next_to(d: Draft, value: Decimal) -> tuple[str, int] | None:
    """The one figure of the same kind (an amount of money, a percentage, or a plain count) that
    the context sentence right before or after the one stating `value` writes, when the model read
    one figure for both terms of a difference: "Pemkab menganggarkan Rp36,3 miliar pada APBD 2026.
    Tahun lalu anggaran yang disiapkan Rp29,4 miliar." -> ("29,4", n). News tells the two figures
    of a change in sentences that run on. None when neither or both neighbours hold one."""

    def kind(text: str, a: int, b: int) -> str:
        if _percent_at(text, b):
            return "percent"
        return "money" if re.search(r"Rp\.?\s*$", text[:a]) or re.match(_SCALE, text[b:], re.I) else "count"

    def figures(text: str) -> list[tuple[str, str]]:
        dated = {v for f in find_dates(text) for v in numbers_in(f.raw)}
        return [(text[a:b], kind(text, a, b)) for a, b, v in decimal_spans(text) if not (1900 <= v <= 2100 and v == v.to_integral_value()) and v not in dated]

    def states(s: Sentence) -> bool:
        return any(v == value for _, _, v in decimal_spans(s.text))

    # the cited sentence stating it, or the one sentence of the context that does (the model cites loosely)
    stating = [s for n in d.cited if (s := d.context.get(n)) and states(s)] or [s for s in d.context.sentences if states(s)]
    if len(stating) != 1:
        return None
    s = stating[0]
    asked = next(k for f, k in figures(s.text) if decimal_of(f) == value)
    found = []
    for other in filter(None, _next_to(d, s)):
        same = [f for f, k in figures(other.text) if k == asked and decimal_of(f) != value]
        if len(same) == 1:
            found.append((same[0], other.number))
    return found[0] if len(found) == 1 else None


def _next_to(d: Draft, s: Sentence) -> tuple[Sentence | None, Sentence | None]:
    """The sentences right before and right after `s` in its article, where the context holds
    them (it numbers what may be cited)."""
    article = d.article(s.doc_id)
    at = article.find(s.text) if article else -1
    if at < 0:
        return None, None
    before = _sentence_before(d, s)
    after = _sentence_after(d, s)
    held = {c.text: c for c in d.context.sentences if c.doc_id == s.doc_id}
    return held.get(before) if before else None, held.get(after) if after else None


# "19 + 14 + 11", "23,4 km + 12,6 km", "86 ditambah 150": an addition the answer writes (any "= N" after it is the model's)
_TERM = r"(?<![\d.,/:])(?:\d[\d.,]*\d|\d)"
_TERM_UNIT = r"(?:\s*(?:%|persen|percent|(?!(?:plus|ditambah|dan|and|serta|atau|or)\b)[a-zA-Z]{1,12}\b))?"
_RP = r"(?:(?P<rp>Rp\.?)\s*)?"
_ADDITION = re.compile(rf"(?P<sum>{_RP}{_TERM}{_TERM_UNIT}(?:\s*(?:\+|\bplus\b|\bditambah\b)\s*(?:Rp\.?\s*)?{_TERM}(?P<unit>{_TERM_UNIT}))+)(?:\s*=\s*(?:Rp\.?\s*)?[\d.,]+)?", re.IGNORECASE)


# A clause saying its number is done: handled, rebuilt, delivered, filled ("38 titik longsor ... sudah
# tertangani", "baru menjangkau 112.431 keluarga").
_DONE = re.compile(
    r"\b(?:sudah|telah|selesai|rampung|tertangani|ditangani|menjangkau|tersalur\w*|terisi|terealisasi|diperbaiki|dibangun\s+(?:kembali|ulang)"
    r"|handled|completed|repaired|rebuilt|delivered|reached|filled)\b",
    re.I,
)
# "... atau 87,4 persen dari total 128.640 KPM": the whole a part is of, in its own sentence
_OF_WHOLE = re.compile(rf"\b(?:dari|of)\s+(?:(?:total|jumlah|sebanyak|a total of)\s+)?(?P<whole>{_TERM})")
# A number of years, months or days ("warga usia 40 tahun ke atas"): an age or a time, not a count.
_AN_AGE_OR_TIME = re.compile(r"\s*(?:tahun|bulan|hari|minggu|pekan|jam|years?|months?|weeks?|days?|hours?)\b", re.I)
# A part said to be of the number before it: "342 kontak serumah, dan 207 orang di antaranya sudah ...".
_OF_THEM = re.compile(r"\s*(?:[a-z]+\s+)?(?:di\s+antaranya|diantaranya|of\s+them|among\s+them)\b", re.I)
# A question naming a target, and the target a sentence writes before a number.
_TARGET_ASKED = re.compile(r"\b(?:target|sasaran)\b", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:target|sasaran|ditargetkan|menargetkan)\s+(?:\w+\s+)?$", re.I)


def _between_numbers(text: str, bounds: list[tuple[int, int]]) -> Iterator[tuple[str, str]]:
    """For each number of `text` (its start and end, in order), the text back to the number before
    it and on to the number after it: what is written of that number alone.

    >>> list(_between_numbers("42 pejabat, 17 perempuan", [(0, 2), (12, 14)]))
    [('', ' pejabat, '), (' pejabat, ', ' perempuan')]
    """
    for i, (start, end) in enumerate(bounds):
        yield text[bounds[i - 1][1] if i else 0 : start], text[end : bounds[i + 1][0] if i + 1 < len(bounds) else len(text)]


def _done_and_whole(d: Draft) -> tuple[tuple[Decimal, str, int], tuple[Decimal, str, int]] | None:
    """The part done and the whole it is of, each (value, as written, sentence number), as the
    sentences that may back the answer state them with what the question counts (see
    `remainder_is_the_whole_less_the_part_done`)."""
    q = d.question
    every = [*q.counted_terms, *counted_terms(q.counted, every_way=True), *(NOUN_KINDS["people"] if count_kind(q.counted) == "people" else ())]
    terms = list(dict.fromkeys(t.lower()[:6] for t in every if len(t) > 3))  # "people": orang, warga, jiwa ...
    if not terms:
        return None
    targeted = bool(_TARGET_ASKED.search(q.text))
    done: list[tuple[int, Decimal, str, int]] = []
    rest: list[tuple[int, Decimal, str, int]] = []
    wholes: dict[int, tuple[Decimal, str, int]] = {}  # by the sentence number of the part
    for s in (s for s in d.context.sentences if eligible(d, s)):
        spans = [m for m in re.finditer(_TERM, s.text) if (v := decimal_of(m.group(0))) is not None and not _of_a_date(s.text, *m.span(), int(v)) and not _AN_AGE_OR_TIME.match(s.text, m.end())]
        for m, (before, after) in zip(spans, _between_numbers(s.text, [m.span() for m in spans])):
            value = decimal_of(m.group(0))
            if re.match(r"\s*(?:%|persen|percent)", after, re.I) or re.match(rf"\s*{SCALE}\b", after, re.I):
                continue
            # a part "of them" is of what the clause before names: "342 kontak serumah, dan 207 orang di antaranya"
            before = before if _OF_THEM.match(after) else re.split(r"[,;]|\b(?:dan|serta|and)\b", before)[-1]
            # the clause's subject may stand some words back: "pupuk urea yang sudah disalurkan ke petani mencapai 7.380 ton"
            window = " ".join(re.findall(r"\w+", before)[-10:] + re.findall(r"\w+", after)[:6]).lower()
            score = sum(any(w.startswith(t) for w in window.split()) for t in terms)
            if not score:
                continue
            if _DONE.search(after) or _DONE.search(before):  # "pupuk yang sudah disalurkan ke petani mencapai 7.380 ton"
                done.append((score, value, m.group(0), s.number))
                if whole := _OF_WHOLE.search(s.text, m.end()):
                    wholes[s.number] = (decimal_of(whole.group("whole")), whole.group("whole"), s.number)
                elif _OF_THEM.match(after) and (earlier := [e for e in spans if e.end() <= m.start()]):  # "342 kontak serumah, dan 207 orang di antaranya sudah ..."
                    wholes[s.number] = (decimal_of(earlier[-1].group(0)), earlier[-1].group(0), s.number)
            else:
                # asked what is left to reach a target, the target is the whole: "dengan sasaran 12.000 warga berisiko"
                rest.append((score + (2 if targeted and _TARGET_BEFORE.search(before) else 0), value, m.group(0), s.number))

    def best(found: list[tuple[int, Decimal, str, int]]) -> tuple[Decimal, str, int] | None:
        top = [f for f in found if f[0] == max(f[0] for f in found)] if found else []
        return top[0][1:] if top and len({f[1] for f in top}) == 1 else None

    if not (part := best(done)):
        return None
    whole = wholes.get(part[2]) or best([r for r in rest if r[1] > part[0]])
    return (part, whole) if whole and whole[0] and whole[0] > part[0] else None


def remainder_is_the_whole_less_the_part_done(d: Draft) -> Change:
    """Asked what is still left of one thing ("how many landslide sites were still waiting?", "yg
    blm dibangun ulang ada brp?"), the answer is the whole the sentences record less the part they
    say is done: "BPBD mencatat total 43 titik longsor" and, months later, "31 titik longsor sudah
    ditangani" give "43 - 31", which `difference_is_computed` works out. Both are numbers written
    with what the question counts (the most of its words, near the number, in the number's own
    clause, its subject up to ten words back: "pupuk urea yang sudah disalurkan ke petani mencapai
    7.380 ton"; no day or month of a date); the part is the one its clause says is done ("sudah",
    "telah", "ditangani", "baru menjangkau"), the whole the larger one whose clause does not, or
    the one the part's own sentence gives it as part of ("112.431 KPM atau 87,4 persen dari total
    128.640 KPM"). A small
    model subtracts the wrong pair ("38 - 163"); with no single part and whole, the model's answer
    goes on to the other rules."""
    if not REMAINDER.search(d.question.text) or not (found := _done_and_whole(d)):
        return None
    (part, part_written, n), (whole, whole_written, m) = found
    shown = {decimal_of(t) for t in re.findall(_TERM, d.body())}
    if whole - part in shown or {whole, part} <= shown:
        return None  # that difference, or that subtraction (`difference_is_computed` checks its arithmetic)
    cites = list(dict.fromkeys([m, n]))
    addition = f"{whole_written} - {part_written}"
    return Rewrite(with_markers(addition, cites), cites, f"sentence {m} gives the whole ({whole_written}), sentence {n} the part done ({part_written})")


def _addition(d: Draft) -> tuple[Decimal, re.Match[str], list[int]] | None:
    """The addition the answer writes, with its result and the sentences stating its parts: two or
    more numbers its cited sentences state, or one sentence that may back it states together
    ("14 unit rusak berat dan 63 unit rusak ringan", the model citing the sentences beside it), or
    other sentences that may back it state each with what the question counts ("126 pejabat" in
    April's article, "214 pejabat" in August's); none
    of them the sum of the others (a total beside its own parts), none written more often than the
    sentences write it (one part copied for four), not all years, all percentages or none."""
    if not (m := _ADDITION.search(d.body())) or re.search(r"\d", d.body()[m.end() :]):
        return None  # "19 kasus + 14 kasus, dan 11 kasus": more parts than the addition holds
    units = _units(m)
    if len(units) > 1 or units & {"%", "persen", "percent"}:
        return None  # "Rp 1,2 miliar + Rp 800 juta", "2 kilometer + 500 meter": not one unit; percentages do not add
    terms = [decimal_of(t) for t in re.findall(_TERM, m.group("sum"))]
    said = d.cited_sentences()  # the parts of one total are in the sentences it cites
    if None in terms or len(terms) < 2 or {int(t) for t in terms} <= set(range(1900, 2101)):
        return None
    cites = list(d.cited)
    if not _all_stated(terms, said):
        # one sentence that may back it writes every part ("14 unit rusak berat dan 63 unit rusak
        # ringan"), the model having cited the sentences beside it: that sentence; else each part's
        one = next((s for s in d.context.sentences if eligible(d, s) and _all_stated(terms, s.text)), None)
        holders = [one.number] if one else [_counted_in(d, t) for t in terms]
        if None in holders:
            return None
        cites = holders if one else list(dict.fromkeys([*cites, *holders]))
        said = d.context.sentences_of(cites)
    if any(2 * t == sum(terms) for t in terms) or len({t in {decimal_of(p) for p in percentages(said)} for t in terms}) > 1:
        return None
    written = [decimal_of(t) for t in re.findall(_TERM, said)]
    if any(terms.count(t) > max(1, written.count(t)) for t in terms):
        return None  # "58,2 + 58,2 + 58,2 + 58,2": one part copied four times, not four parts
    return sum(terms), m, cites


def _units(m: re.Match[str]) -> set[str]:
    """The units an addition's terms are written with ("miliar", "km"), none for bare numbers."""
    return {u.strip().lower() for u in re.findall(rf"{_TERM}({_TERM_UNIT})", m.group("sum"))} - {""}


def _counted_in(d: Draft, value: Decimal) -> int | None:
    """The first sentence that may back the answer and writes `value` followed, within three words,
    by what the question counts, or by a noun of its kind ("214 pejabat", "126 orang")."""
    head = d.question.counted_terms[0].lower() if d.question.counted_terms else ""
    kind = count_kind(d.question.counted)
    for s in d.context.sentences:
        if not head or not eligible(d, s):
            continue
        for m in re.finditer(_TERM, s.text):
            after = s.text[m.end() : m.end() + 40]
            words = re.findall(r"\w+", after.lower())[:3]
            if decimal_of(m.group(0)) == value and (any(w.startswith(head) for w in words) or (kind and count_kind(after) == kind)):
                return s.number
    return None


def _all_stated(values: list[Decimal], said: str) -> bool:
    """Whether a text writes each value as it is, decimals included: "5 + 4" is not of "5,1 km"
    and "4,2 km", nor "1.146" of "1.146,5"; a number written in words counts as written."""
    written = {decimal_of(t) for t in re.findall(_TERM, said)} | {Decimal(n) for n in numbers_in(re.sub(_TERM, " ", said))}
    return all(v in written for v in values)


def _arithmetic(d: Draft) -> Decimal | None:
    """The result of the subtraction or addition the answer shows (ours, computed by a rule; an
    addition only where it is ours to work out: `_adds`)."""
    found = _subtraction(d) or (_addition(d) if _adds(d) else None)
    return found[0] if found else None


def _adds(d: Draft) -> bool:
    """Whether an addition in the answer is ours to work out: a total was asked (`Question.sums`),
    or its terms are the stages of one whole its cited sentences give (`_stage_amounts`)."""
    if d.question.sums:
        return True
    if not (m := _ADDITION.search(d.body())):
        return False
    terms = sorted(decimal_of(t) for t in re.findall(_TERM, m.group("sum")))
    cited = [s for n in d.cited if (s := d.context.get(n))]
    return any(sorted(decimal_of(re.findall(_TERM, a)[0]) for a in amounts) == terms for run in _runs(cited) if (amounts := _stage_amounts(d, run)))


def total_is_computed(d: Draft) -> Change:
    """A total the model writes as an addition of numbers the sentences state, as the hint asks
    when no sentence states the total itself, is computed here: a small model copies numbers well
    and adds badly. "19 + 14 + 11 = 45 [1][2]" -> "44 (19 + 14 + 11) [1][2]"; "23,4 km + 12,6 km"
    -> "36 km (23,4 km + 12,6 km)". An addition of a total and its own parts, or of numbers no
    sentence states, followed by the model's "=", is refused: its arithmetic rests on nothing."""
    if not _adds(d):
        return None
    if not (found := _addition(d)):
        m = _ADDITION.search(d.body())
        if m and "=" in m.group(0) and len(_units(m)) < 2:  # in two units ("miliar", "juta") the model's own total stands
            return Refuse(f"the answer's own arithmetic, {m.group(0).strip()}, is not of stated numbers that are parts of one total")
        return None
    result, m, cites = found
    shown = compose.shown(result, d.question.language)
    unit = f" {m.group('unit').strip()}" if (m.group("unit") or "").strip() else ""
    money = "Rp " if m.group("rp") else ""
    if not unit and not money and (scale := _stated_scale(d, re.findall(_TERM, m.group("sum")))):
        unit = f" {scale}"  # "12,6 + 5,8" of "Rp12,6 miliar" and "Rp5,8 miliar" adds to 18,4 miliar
    answer = f"{money}{shown}{unit} ({m.group('sum').strip()}) {''.join(f'[{n}]' for n in cites)}".strip()
    return Rewrite(answer, cites, f"{m.group('sum').strip()} computed: {money}{shown}{unit}")


# An amount with its unit, as a sentence lists it: "Rp 21,4 miliar", "5,1 kilometer", "9 pelamar".
_LISTED = re.compile(rf"(?P<rp>Rp\.?\s*)?(?P<value>{_TERM})(?:\s*(?P<unit>%|[a-zA-Z]+))?")
_MEASURE_NAMES = {"km": "kilometer", "kilometers": "kilometer", "kilometres": "kilometer", "m": "meter", "meters": "meter", "metres": "meter",
               "ha": "hektare", "hektar": "hektare", "hectares": "hektare", "tons": "ton", "tonnes": "ton",
               "milyar": "miliar", "billion": "miliar", "million": "juta", "trillion": "triliun"}


def _unit_of(word: str | None, rp: bool) -> str:
    """What an amount is counted in: "money miliar" for "Rp 21,4 miliar", "kilometer" for "5,1 km"."""
    unit = _MEASURE_NAMES.get((word or "").lower(), (word or "").lower())
    return f"money {unit if unit in ('ribu', 'juta', 'miliar', 'triliun') else ''}".strip() if rp or unit in ("juta", "miliar", "triliun") else unit


def _listed_amounts(text: str) -> dict[str, list[str]]:
    """The amounts a sentence writes, as written (numbers in words in digits), by unit: "ruas A
    6,8 kilometer senilai Rp 21,4 miliar, ruas B 4,3 kilometer senilai Rp 12,9 miliar" ->
    {"kilometer": ["6,8 kilometer", "4,3 kilometer"], "money miliar": ["Rp 21,4 miliar", "Rp 12,9
    miliar"]}; "17 titik di Bener, sembilan titik di Loano" -> {"titik": ["17 titik", "9 titik"]}."""
    found: dict[str, list[str]] = {}
    text = with_digits(text)
    for m in _LISTED.finditer(text):
        unit = _unit_of(m.group("unit"), bool(m.group("rp")))
        written = m.group(0) if unit != "money" else f"{m.group('rp')}{m.group('value')}"  # "Rp 500.000", not "Rp 500.000 dan"
        if m.group("unit") and (short := _abbreviated(text[m.start("unit") :])):
            unit, written = short.lower(), f"{m.group('value')} {short}"  # "1.184 kepala keluarga (KK)" is counted as "962 KK" is
        if unit and unit not in MONTHS:
            found.setdefault(unit, []).append(written.strip())
    return found


# A noun written with its initials after it: "kepala keluarga (KK)", "belanja tidak terduga (BTT)".
_DEFINED = re.compile(r"((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s*\(([A-Z]{2,6})\)")


def _abbreviated(text: str) -> str | None:
    """The initials a `text` opening with a noun and its initials writes for it: news
    defines an abbreviation at its first use and lists the rest by it ("1.184 kepala keluarga (KK)
    terdampak, Kuta Baro 962 KK"), so both count one thing.

    >>> _abbreviated("kepala keluarga (KK) terdampak"), _abbreviated("KK terdampak")
    ('KK', None)
    """
    if not (m := _DEFINED.match(text)):
        return None
    words, short = m.group(1).split(), m.group(2)
    return short if len(words) >= len(short) and "".join(w[0] for w in words[: len(short)]).upper() == short else None


# What a total of a measure is asked in: "total panjang", "how long altogether" -> a length.
_ASKED_MEASURE = {"panjang": "length", "length": "length", "long": "length", "kilometer": "length", "meter": "length",
                  "luas": "hektare", "area": "hektare", "hektare": "hektare", "berat": "ton", "weight": "ton", "ton": "ton"}


# Words news counts things in without naming them: "anjing yang sudah divaksin ... 9.530 ekor".
_CLASSIFIERS = {"ekor", "orang", "jiwa", "buah", "unit"}


def _of_unit(unit: str, asked: str, terms: list[str], text: str = "") -> bool:
    """Whether a listed amount's unit is the one asked: money, a measure, or what the question
    counts, also by a classifier of a `text` that names it ("anjing ... 9.530 ekor")."""
    if asked == "length":
        return unit in ("kilometer", "meter")
    if asked:
        return unit.startswith(asked)
    if (kind := count_kind(unit)) and kind == count_kind(" ".join(terms)) and kind not in ("people", "houses"):
        return True  # "KK" counts the families a question counts as "keluarga"
    return any(unit.startswith(t[:5]) for t in terms) or (unit in _CLASSIFIERS and any(re.search(rf"\b{re.escape(t[:5])}", text, re.I) for t in terms))


# Words that join the things a question adds: "hipertensi sama gula darah tinggi", "the domicile
# and affirmation routes".
_JOINED = re.compile(r"\b(?:and|dan|sama|serta|plus)\b|&", re.I)


def _each_named(d: Draft, text: str, amounts: list[str]) -> bool:
    """Whether each listed amount is written beside a word the question names its thing by, when
    the question joins the things it adds: of "14.820 kasus hipertensi ... 9.460 warga mengalami
    obesitas dan 5.137 warga memiliki kadar gula darah tinggi", "hipertensi sama gula darah" names
    the first and the last, not the obesity between (nor does what the question counts, "warga",
    name any one of them; nor a word written beside every amount: "jalur" of "jalur afirmasi sama
    mutasi" over four "jalur ..."). A question joining nothing ("how many landslide points in
    all?") adds the whole list."""
    if not _JOINED.search(d.question.text):
        return True
    text = with_digits(text)
    if (bounds := _where_listed(text, amounts)) is None:
        return False
    named = _names_of_the_things(d)
    beside = [named & _roots(before + after) for before, after in _between_numbers(text, bounds)]
    written = [root for word in re.findall(r"[A-Za-z]+", text) for root in _roots(word)]
    every = {root for root in named if written.count(root) >= len(amounts)}  # "jalur domisili ..., jalur afirmasi ...": "jalur" names none
    return all(words - every for words in beside)


def _names_of_the_things(d: Draft, beside_the_join: bool = False) -> set[str]:
    """The roots of the words a question names the things it adds by: its words (in the words
    articles write), less what it counts and its regions ("hipertensi", "gula", "darah" of "total
    warga cimahi yg hipertensi sama gula darah"). `beside_the_join`: only the words on each side
    of the word that joins them, for picking some amounts of a list: "FMD", "lumpy skin disease"
    of "How many doses in total (FMD and lumpy skin disease) were given in the second vaccination
    round?", not its "round" ("tahap" beside another figure)."""
    q = d.question

    def words(text: str) -> list[str]:
        return re.findall(r"[^\s()?,;:-]+", text)  # "regency-funded": regency, funded

    named = q.text
    if beside_the_join:
        named = " ".join(" ".join(words(q.text[: m.start()].split("(")[-1])[-3:] + words(q.text[m.end() :].split(")")[0])[:3]) for m in _JOINED.finditer(q.text))
    places = {p.lower() for p in q.places}  # "kec semaka sama wonosobo": a kecamatan named like a region names one thing
    return _roots(expand_query(named)) - _roots(" ".join((q.counted, *q.counted_terms, *(r for r in q.regions if r.lower() not in places))))


def _where_listed(text: str, amounts: list[str]) -> list[tuple[int, int]] | None:
    """Where each listed amount stands in `text`, in order (None when one is not found)."""
    at, bounds = 0, []
    for amount in amounts:
        if (start := text.find(amount, at)) < 0 and (start := text.find(amount := amount.split()[0], at)) < 0:
            return None  # "1.184 KK" is written "1.184 kepala keluarga (KK)"
        bounds.append((start, start + len(amount)))
        at = start + len(amount)
    return bounds


def _the_named_ones(d: Draft, text: str, amounts: list[str]) -> list[str]:
    """Of a list, the amounts the question names, when it joins the things it adds and gives no
    count of them: "jalur domisili dan afirmasi jika digabung" over "jalur domisili, yakni 1.296
    kursi ... Jalur afirmasi mendapat 648 kursi, jalur mutasi 162 kursi, dan jalur prestasi 1.134
    kursi" -> ["1.296 kursi", "648 kursi"]. Each word the question names one thing by (one beside
    some amounts, not all: "jalur" names none) goes to the amount it names: in a list that names
    each amount before it ("jalur afirmasi 20 persen atau 1.037 kursi, jalur prestasi ..."), the
    next one, else the nearest; two or more amounts, each named by its own words, and fewer than
    the whole list. Empty otherwise."""
    text = with_digits(text)
    if not _JOINED.search(d.question.text) or (bounds := _where_listed(text, amounts)) is None:
        return []
    named = _names_of_the_things(d, beside_the_join=True)
    beside = [named & _roots(before + after) for before, after in _between_numbers(text, bounds)]
    telling = set().union(*beside) - set.intersection(*beside) if beside else set()
    # news writes a list one way through: "jalur domisili ... 2.074 kursi, jalur afirmasi ... 1.037
    # kursi" names each amount before it, "11 titik di Cugenang, tujuh titik di Pacet" after it
    first = bool(telling & _roots(text[: bounds[0][0]])) and not telling & _roots(text[bounds[-1][1] :])
    nearest: dict[int, set[str]] = {}
    for word in re.finditer(r"[A-Za-z]{4,}", text):
        if (root := _roots(word.group(0))) & telling:
            following = [k for k in range(len(bounds)) if bounds[k][0] >= word.end()]
            i = following[0] if first and following else min(range(len(bounds)), key=lambda k: min(abs(word.start() - bounds[k][1]), abs(bounds[k][0] - word.end())))
            nearest.setdefault(i, set()).update(root & telling)
    owners = {}
    for i, roots in nearest.items():
        for root in roots:
            owners.setdefault(root, set()).add(i)
    if any(len(o) > 1 for o in owners.values()) or not 2 <= len(nearest) < len(amounts):
        return []
    return [amounts[i] for i in sorted(nearest)]


def total_adds_the_listed_items(d: Draft) -> Change:
    """A total of the things the question counts for itself ("the three road upgrades, how many km
    altogether?", "nilai ketiga paket itu berapa total?") adds the amounts of the asked unit one
    sentence (or two running on) lists for them, exactly that many: "ruas Semin–Bulurejo sepanjang
    5,1 kilometer ...", "ruas Tepus–Purwodadi 4,2 kilometer ..., serta ruas Ngawen–Watusigar 3,1
    kilometer" gives the addition "5,1 kilometer + 4,2 kilometer + 3,1 kilometer", which
    `total_is_computed` works out. A small model adds a fourth number it saw (the whole budget) or
    drops the decimals ("5 + 4 + 3"). The unit asked is money for a money question, a measure the
    question names (km, "total panjang", hectares), or else what it counts ("pelamar", "titik").
    A total asked without saying of how many things ("how many landslide points in all?") takes
    the one list its cited sentences hold, when the model itself wrote an addition, or a count no
    retrieved sentence writes (it added in its head; no sentence states the total): "17 titik di
    Bener, ..., sembilan titik di Loano" gives "17 titik + ... + 9 titik". A question that joins the
    things it adds ("hipertensi sama gula darah") takes only a list whose every amount is written
    beside a word it names them by (`_each_named`)."""
    q = d.question
    total = q.kind == "total" or bool(SUM.search(q.text))
    # a total over months ("total pajak daerah triwulan I 2026 brp?") adds a breakdown by month, whatever the model wrote
    by_months = total and sum(len(_months_in(span)) for span in q.periods) >= 2
    added = bool(_ADDITION.search(d.body()) or _added_unseen(d)) and total
    if q.items < 2 and not added and not by_months:
        return None
    words = [_MEASURE_NAMES.get(w, w) for w in re.findall(r"[a-z]+", q.text.lower())]
    asked = "money" if q.kind == "money" else next((_ASKED_MEASURE[w] for w in words if w in _ASKED_MEASURE), "")
    terms = [t.lower() for t in q.counted_terms]
    if not asked and not terms:
        return None
    for sentences in _cited_then_backing(d, q.items >= 2 or bool(_JOINED.search(q.text))):
        lists = [(run, amounts) for run in _runs(sentences) for unit, amounts in _listed_amounts(" ".join(s.text for s in run)).items()
                 if (len(amounts) == q.items if q.items >= 2 else len(amounts) >= 2) and _of_unit(unit, asked, terms, " ".join(s.text for s in run))
                 and _each_named(d, " ".join(s.text for s in run), amounts)]
        if q.items < 2:  # the longest list, and one that is all its sentence counts ("245 rumah, yakni 120 rumah, 85 ...": no list)
            lists = [(run, a) for run, a in lists if len(a) == max(len(b) for _, b in lists) and _all_listed(run, a)]
        if not lists:  # "jalur domisili dan afirmasi jika digabung", "both APBN-funded and regency-funded": the named ones of a longer list
            lists = [(run, named) for run in _runs(sentences) for unit, amounts in _listed_amounts(" ".join(s.text for s in run)).items()
                     if _of_unit(unit, asked, terms, " ".join(s.text for s in run)) and (named := _the_named_ones(d, " ".join(s.text for s in run), amounts))
                     and (q.items < 2 or len(named) == q.items)]
        if len({tuple(a) for _, a in lists}) > 1:
            return None  # two sentences list as many amounts: which are the things asked is not for us to pick
        if lists:
            run, amounts = lists[0]
            months = _of_the_asked_months(q, [s.text for s in run], amounts)
            if not months and q.items < 2 and not added:
                return None  # asked over months, and this is no breakdown of them
            amounts = months or amounts
            values = [decimal_of(re.findall(_TERM, a)[0]) for a in amounts]
            shown = [decimal_of(t) for t in re.findall(_TERM, d.body())]
            if None in values or sorted(shown) == sorted(values) or (sum(values) in shown and not _ADDITION.search(d.body())):
                return None  # the answer is that total, or that addition, already
            addition, numbers = " + ".join(amounts), [s.number for s in run]
            where = " and ".join(f"sentence {n}" for n in numbers)
            return Rewrite(with_markers(addition, numbers), numbers, f"{where} list the {len(amounts)} amounts asked: {addition}")
    return None


def _of_the_asked_months(q: Question, texts: list[str], amounts: list[str]) -> list[str] | None:
    """Of a list that gives each amount its month ("penerimaan pajak daerah pada Januari sebesar
    Rp8,74 miliar, Februari Rp9,12 miliar, Maret Rp11,36 miliar dan April Rp12,05 miliar"), the
    amounts of the months the question asks: "triwulan 1 2026 (jan-mar)" takes the first three. A
    small model adds the whole list, and a figure of another year run on after it ("Rp36,9 miliar
    pada periode yang sama 2025"). None when the list holds no breakdown by month (or the
    question names no period); empty when the question asks fewer than two of its months."""
    text, figures = next(((text, f) for text in texts if (f := _month_figures(text))), ("", []))  # the sentence of the run that breaks it down
    values = [decimal_of(re.findall(_TERM, a)[0]) for a in amounts]
    month_of = {value: month for month, _, value in figures}
    its_own = {v for a, v in zip(amounts, values) if a in with_digits(text)}  # every amount that sentence lists is of a month
    if not q.periods or not figures or len(month_of) != len(figures) or not set(month_of) <= set(values) or not its_own <= set(month_of):
        return None
    asked = {(month.year, month.month) for span in q.periods for month in _months_in(span)}
    years = {year for year, _ in asked}
    kept = [a for a, v in zip(amounts, values) if v in month_of and any((year, month_of[v]) in asked for year in years)]
    return kept if len(kept) >= 2 else []


def _months_in(span: DateSpan) -> list[date]:
    """The first day of each month a span covers: January to March 2026 -> 1 Jan, 1 Feb, 1 Mar."""
    months, at = [], span.start.replace(day=1)
    while at <= span.end and len(months) < 25:
        months.append(at)
        at = (at + timedelta(days=32)).replace(day=1)
    return months


def every_level_is_added(d: Draft) -> Change:
    """News counts damaged houses and injured people by level: "BPBD mencatat empat rumah rusak
    berat, sembilan rusak sedang, dan 15 rusak ringan"; "empat orang luka berat dan 31 orang luka
    ringan". Asked how many were damaged or injured, naming no level (`Question.every_level_of`),
    the answer adds every level of that harm its cited sentences (or two running on) list, once
    each: "15" (the light damage alone) becomes "4 + 9 + 15", which `total_is_computed` works out.
    When the cited sentences list no levels (a small model cites the accidents, not the injured),
    the one list the sentences that may back the answer hold is taken, unless the question names
    a place: such a list is the article's whole count, not one kecamatan's."""
    if not (harm := d.question.every_level_of):
        return None
    cited, backing = _cited_then_backing(d, not d.question.places)
    for sentences in (cited, backing):
        found = [(run, amounts) for run in _runs(sentences) if (amounts := _levels(" ".join(s.text for s in run), harm))]
        if sentences is backing and len({tuple(a) for _, a in found}) > 1:
            return None  # two lists of levels: which one is asked is not for us to pick
        if found:
            break
    else:
        return None
    run, amounts = max(found, key=lambda f: (len(f[1]), -len(f[0])))
    values = [decimal_of(a) for a in amounts]
    shown = [decimal_of(t) for t in re.findall(_TERM, d.body())]
    if None in values or sorted(shown) == sorted(values) or (sum(values) in shown and int(sum(values)) in numbers_in(with_digits(d.cited_sentences()))):
        return None  # the answer is that addition already, or the total a sentence writes
    addition, numbers = " + ".join(amounts), [s.number for s in run]
    return Rewrite(with_markers(addition, numbers), numbers, f"{' and '.join(f'sentence {n}' for n in numbers)} count the {'injured' if harm == 'luka' else 'damage'} by level: {addition}")


def _levels(text: str, harm: str) -> list[str]:
    """The count a text gives each level of a harm, when it gives two or more levels once each:
    "empat orang luka berat, dan 31 orang luka ringan" -> ["4", "31"] for "luka"."""
    levels: dict[str, list[str]] = {}
    text = with_digits(text)
    for m in [*_NUMBER_THEN_LEVEL.finditer(text), *_LEVEL_THEN_NUMBER.finditer(text)]:
        if m.group("harm").lower() == harm:
            levels.setdefault(m.group("level").lower(), []).append(m.group("n"))
    return [v[0] for v in levels.values()] if len(levels) >= 2 and all(len(v) == 1 for v in levels.values()) else []


_LEVEL = r"(?P<harm>rusak|luka)\s+(?P<level>berat|sedang|ringan|total)"
_NUMBER_THEN_LEVEL = re.compile(
    rf"(?P<n>{_TERM})\s+(?:(?:unit|orang|rumah|bangunan|gedung|warga|korban|penumpang|pengendara|petugas)\s+){{0,2}}(?:dalam\s+kondisi\s+|mengalami\s+|menderita\s+)?{_LEVEL}", re.I
)
_LEVEL_THEN_NUMBER = re.compile(rf"{_LEVEL}\s*(?:sebanyak\s+|ada\s+|mencapai\s+|:\s*)?(?P<n>{_TERM})\b(?!\s*(?:persen|%))", re.I)


def every_stage_is_added(d: Draft) -> Change:
    """News gives out a whole in stages and writes each stage's amount: "cadangan beras pemerintah
    daerah disalurkan dalam dua tahap. Tahap pertama sebanyak 30 ton pada Jumat (13/11), dan tahap
    kedua 18 ton pada Selasa (17/11)"; "dicairkan dalam tiga termin". Asked how much was given out,
    naming no stage and no day, the answer adds every stage (`_stage_amounts`): "30 ton" (the first
    stage alone), or "48 ton" added in the model's head, becomes "30 ton + 18 ton", which
    `total_is_computed` works out. Only when the article says how many stages there were and
    writes that many amounts of one unit, none of them still to come ("tahap kedua dijadwalkan
    Desember"): then they are the whole."""
    if _STAGE_ASKED.search(d.question.text) or DAY_OF_MONTH.search(d.question.text):
        return None  # "in the first stage", "pada 13 November": one stage is asked
    shown = {decimal_of(t) for t in re.findall(_TERM, with_digits(d.body()))}
    for sentences in _cited_then_backing(d):
        for run in _runs(sentences):
            if not (amounts := _stage_amounts(d, run)):
                continue
            values = [decimal_of(re.findall(_TERM, a)[0]) for a in amounts]
            if sorted(shown) == sorted(values) or not shown & {*values, sum(values)} or int(sum(values)) in numbers_in(with_digits(d.retrieved_text())):
                return None  # that addition already, no stage of this whole, or a total some sentence writes: for the other rules
            addition, numbers = " + ".join(amounts), [s.number for s in run]
            return Rewrite(with_markers(addition, numbers), numbers, f"{' and '.join(f'sentence {n}' for n in numbers)} {'gives' if len(numbers) == 1 else 'give'} the whole in {len(amounts)} stages: {addition}")
    return None


_STAGE_WORD = r"(?:tahap(?:an)?|gelombang|termin|fase|kloter|putaran)"
# "disalurkan dalam dua tahap", "dicairkan melalui tiga termin", "sebanyak dua gelombang"
_IN_STAGES = re.compile(rf"\b(?:dalam|melalui|sebanyak|menjadi|secara)\s+(?P<n>\d|{'|'.join(w for w, v in NUMBER_WORDS.items() if 2 <= v <= 9)})\s+{_STAGE_WORD}\b", re.I)
# One stage by its place: "tahap pertama", "termin II", "gelombang ke-3"
_STAGE = re.compile(rf"\b{_STAGE_WORD}\s+(?:ke-?\s*)?(?P<ord>pertama|kedua|ketiga|keempat|kelima|I{{1,3}}|IV|V|[1-9])\b", re.I)
# Asked of one stage, or of its place in the order: "in the first stage", "tahap II", "the second wave"
_STAGE_ASKED = re.compile(
    rf"\b(?:{_STAGE_WORD}|stages?|phases?|waves?|batch(?:es)?|tranches?|instal+ments?|rounds?|first|second|third|initial|pertama|kedua|ketiga|awal)\b", re.I
)
# A stage still to come: "tahap kedua dijadwalkan Desember", "akan disalurkan"
_TO_COME = re.compile(r"\b(?:akan|direncanakan|dijadwalkan|rencananya|menyusul|nanti|will|planned|scheduled)\b", re.I)


def _stage_amounts(d: Draft, run: list[Sentence]) -> list[str]:
    """Each stage's amount, as written, when a run of sentences (or the sentence before it) says
    how many stages there were and writes as many amounts of one unit, one after each stage:
    "... dalam dua tahap. Tahap pertama sebanyak 30 ton pada Jumat (13/11), dan tahap kedua 18 ton"
    -> ["30 ton", "18 ton"]. Empty when a stage's clause is of one still to come, or a stage's
    day lies outside every period the question names."""
    text = with_digits(" ".join(s.text for s in run))
    if not (said := _IN_STAGES.search(f"{with_digits(_sentence_before(d, run[0]))} {text}")):
        return []
    count = int(said.group("n")) if said.group("n").isdigit() else NUMBER_WORDS[said.group("n").lower()]
    stages = list(_STAGE.finditer(text))
    amounts, units = [], set()
    for m, after in zip(stages, [*stages[1:], None]):
        clause = text[m.end() : after.start() if after else len(text)]
        days = find_dates(clause, date.fromisoformat(run[0].date) if run[0].date else None, near=True)
        if _TO_COME.search(clause) or (d.question.periods and any(not in_periods(day.value.isoformat(), list(d.question.periods)) for day in days)):
            return []
        for day in days:
            clause = clause.replace(day.raw, " ")
        found = next((a for a in _LISTED.finditer(clause) if (unit := _unit_of(a.group("unit"), bool(a.group("rp")))) and unit not in MONTHS), None)
        if not found or unit in ("%", "persen", "percent"):
            return []
        amounts.append(found.group(0).strip() if unit != "money" else f"{found.group('rp')}{found.group('value')}")
        units.add(unit)
    ordinals = {m.group("ord").lower() for m in stages}
    return amounts if len(amounts) == count >= 2 and len(ordinals) == count and len(units) == 1 else []


def _cited_then_backing(d: Draft, fallback: bool = True) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences a rule reads for what the model should have taken: those it cited, then (when
    `fallback`) every sentence that may back the answer (`eligible`), for when the model cited the
    sentence beside the one that lists it."""
    cited = [s for n in d.cited if (s := d.context.get(n))]
    return cited, [s for s in d.context.sentences if eligible(d, s)] if fallback else []


def _added_unseen(d: Draft) -> bool:
    """Whether the answer's counts are written by no retrieved sentence: asked a total, the model
    added in its head ("1077" for five kecamatan's flooded houses)."""
    counts = d.counts()
    return bool(counts) and not counts & numbers_in(with_digits(d.retrieved_text()))


def _all_listed(run: list[Sentence], amounts: list[str]) -> bool:
    """Whether the amounts are every number their sentences state (years, dates and the count of
    the list itself aside: "per Selasa (1/9), ... tersebar di tujuh kecamatan, yakni Amanuban
    Selatan 11 desa, ..."), none of them the sum of the others: a list of parts, not a total with
    some of its parts."""
    text = with_digits(" ".join(s.text for s in run))
    for found in find_dates(text):
        text = text.replace(found.raw, " ")
    values = [decimal_of(re.findall(_TERM, a)[0]) for a in amounts]
    stated = {n for n in numbers_in(text) if not 1900 <= n <= 2100} - {len(amounts)}
    whole = any(re.search(rf"\b(?:dari|of|out of)\s+(?:total\s+|the\s+)?{re.escape(a)}", text, re.I) for a in amounts)  # "dari 12 kilometer yang diusulkan"
    return None not in values and not whole and stated <= {int(v) for v in values} and not any(2 * v == sum(values) for v in values)


def _runs(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Each sentence, and each two where the second runs on from the first: a long sentence reaches
    the context in clauses, and a list may run on into the next sentence, so they are read together."""
    return [[s] for s in sentences] + [[s, t] for s, t in zip(sentences, sentences[1:]) if _runs_on(s, t)]


def _runs_on(s: Sentence, t: Sentence) -> bool:
    """Whether `t` goes on where `s` stops in its article: the next clause, or the next sentence."""
    return t.doc_id == s.doc_id and ((t.position == s.position and t.piece == s.piece + 1) or (t.position == s.position + 1 and t.piece == 0))


def _computed(d: Draft) -> set[int]:
    """The whole part of a difference or total the answer shows with its arithmetic ("18,5 (90 -
    71,5)", "44 (19 + 14 + 11)"), or the days between the two dates it writes: ours, not a number
    any sentence must state."""
    result = _arithmetic(d)
    shown = compose.shown(result, d.question.language) if result is not None else ""
    if (days := re.match(r"(?:(\d+) (?:weeks|minggu) \()?(\d+) (?:days|hari):", d.body())) and len(ends := find_dates(d.body())) == 2 and abs((ends[1].value - ends[0].value).days) + any(
        words in d.body() for words in _BOTH_ENDS.values()
    ) == int(days.group(2)) and (not days.group(1) or 7 * int(days.group(1)) == int(days.group(2))):
        # the calendar's count between the two dates it writes: "27 days: 3 September 2026 to 30 September 2026"
        return {int(n) for n in days.groups() if n}
    return numbers_in(shown) if shown and re.sub(r"^Rp\.?\s*", "", d.body()).startswith(shown) else set()  # "5.75" reads as 5 and 75


# A question that names the scale it wants the amount in: "berapa miliar?", "in billions of rupiah"
# (not "in rupiah": a bare "61,3" is no number of rupiah).
_SCALE_ASKED = re.compile(rf"\b(?:berapa|brp|in|dalam)\s+{SCALE}s?\b", re.I)


def asked_value_present(d: Draft) -> Change:
    """The answer holds the kind of value asked for: a number for "how many", a percentage for
    "berapa persen", an amount for "berapa anggaran" (or a percentage for the part of it used:
    "how much of its budget did the office absorb?" -> "71,5%"), a date for "kapan", a length of
    time for "berapa lama" (a name for "siapa": `names_someone_new`), a count of the asked unit for
    "berapa hari" (not a date alone)."""
    body, kind = d.body(), d.question.kind
    missing = {
        "count": not numbers_in(body),
        "total": not numbers_in(body),
        "difference": not numbers_in(body),
        "percent": not percentages(body),
        "money": not re.search(rf"\bRp\.?\s*\d|\b(rupiah|{SCALE})\b", body, re.I)
        and not (d.question.share and percentages(body))
        and not (_SCALE_ASKED.search(d.question.text) and numbers_in(body) and not percentages(body)),  # "berapa miliar?" -> "41,2", not "7,2%"
        "date": not (numbers_in(body) or _WEEKDAY_WORD.search(body)),
        # "berapa hari?" answered with a date alone ("Selasa (3/2/2026)") gives no length
        "duration": not numbers_in(body) or bool(_UNIT.search(d.question.text) and find_dates(body) and not re.search(rf"\d{_UNIT_AFTER}", with_digits(body), re.I)),
    }.get(kind, False)
    return Refuse(f"a {kind} was asked and the answer holds none") if missing else None


def _shows_its_sum(d: Draft, n: int, stated: set[int]) -> bool:
    """The answer writes the parts it added or subtracted, each a count the cited sentences
    state, and the question asks for that sum or difference: "19 + 14 + 11 = 44" to "kalau
    dijumlah ada berapa?"; "146 - 64 = 82" to "selisihnya berapa?"."""
    dated = d.date_numbers()
    shown = [value for _, _, value in number_spans(d.body()) if value != n and not 1900 <= value <= 2100 and value not in dated]
    if len(shown) < 2 or not set(shown) <= stated or any(2 * value == sum(shown) for value in shown):
        return False  # a part that is the sum of the others is their whole: "38: 19, 14 dan 5" counts 19 twice
    if d.question.kind == "total" or SUM.search(d.question.text) or d.part:  # a part of a total or comparison is a whole
        return sum(shown) == n
    return d.question.kind == "difference" and len(shown) == 2 and abs(shown[0] - shown[1]) == n


def _other_term_beside(d: Draft, n: int, cited: list[int], counts: set[int]) -> int | None:
    """The sentence next to a cited one that states the other term of a total or difference the
    answer gives: "71 ASN dijatuhi hukuman disiplin sepanjang 2025. Jumlah itu naik dibandingkan
    tahun sebelumnya yang tercatat 58 ASN." answered "13" citing only the second. News states the
    two figures of a change in one sentence or in two running on; not any sentence of the context,
    where some pair of numbers differs by almost anything."""
    for c in filter(None, (d.context.get(k) for k in cited)):
        for s in d.context.sentences:
            if s.number in cited or not (_runs_on(s, c) or _runs_on(c, s)) or not eligible(d, s):
                continue
            if any(n in (a + b, abs(a - b)) for a in counts for b in count_values(s.text) if a != b):
                return s.number
    return None


def numbers_in_cited_sentences(d: Draft) -> Change:
    """Every number of the answer is stated by a cited sentence (or its article's date). One that
    only another sentence of the context states gets that sentence cited; one that none states is
    refused. A sum or difference of two cited counts is accepted only when a total or difference
    was asked, and one of more counts only when the answer writes them (`_shows_its_sum`).

    "269 pejabat [2]" where only [4] says 269 -> cites [4]; "999 pejabat" -> refused. A number
    the cited article's headline states ("Lantik 263 Pejabat") is cited to the sentence that
    reports it, when one does: the quote a reader sees must hold it.
    """
    cited = list(d.cited)

    def stated(numbers: list[int]) -> set[int]:  # by the sentences themselves, or their articles' dates
        return numbers_in(" ".join(f"{s.text} {(s.date or '').replace('-', ' ')}" for n in numbers if (s := d.context.get(n))))

    pool = stated(cited)
    added = []
    for n in sorted(numbers_in(d.body()) - _computed(d)):
        if n in pool:
            continue
        cited_counts = count_values(d.context.text_of(cited))
        if d.question.kind in ("total", "difference"):
            counts = sorted(stated_counts := count_values(d.context.sentences_of(cited)))  # not the headers' dates
            if any(n in (a + b, abs(a - b)) for i, a in enumerate(counts) for b in counts[i + 1 :]):
                continue
            if (beside := _other_term_beside(d, n, cited, stated_counts)) is not None:
                cited.append(beside)
                added.append(f"{n} with [{beside}]")
                pool = stated(cited)
                continue
        if _shows_its_sum(d, n, cited_counts):
            continue
        holder = _holder_sentence(d.context, n, d)
        if holder is None:
            if n in numbers_in(d.context.text_of(cited)):  # only the cited article's headline states it
                continue
            elsewhere = _holder_sentence(d.context, n) is not None
            return Refuse(f"{n} is stated {'only by sentences of another period, government or person' if elsewhere else 'by no sentence of the context'}")
        cited.append(holder)
        added.append(f"{n} in [{holder}]")
        pool = stated(cited)
    # a decimal is stated as written: "Rp4,7 miliar" is not the "4" of "Jumat (17/4/2026)"
    for value in sorted(v for v in decimals_in(d.body()) if v != int(v)):
        if any(value in decimals_in(s.text) for n in cited if (s := d.context.get(n))):
            continue
        if (holder := next((s.number for s in d.context.sentences if value in decimals_in(s.text) and eligible(d, s)), None)) is not None:
            cited.append(holder)
            added.append(f"{value} in [{holder}]")
    if added:
        return Rewrite(d.answer, cited, f"numbers stated only by uncited sentences: {', '.join(added)}", "cited", confidence=0.1 * len(added))
    return None


def names_in_cited_sentences(d: Draft) -> Change:
    """A name in the answer that no cited sentence writes is cited where the context writes it, or
    flagged as unverified (lower confidence): a spelling or a title may differ. An answer none of
    whose names or numbers any sentence states rests on nothing and is refused ("Red", the
    reporter's initials, answering a question the articles do not touch), unless a title or a
    government was asked (their repairs read the article's own words). Asked who, a name only a
    sentence of another government's or period's article writes is refused: "Kepala Dinas PUPR
    sebelumnya, Asep ..." of another regency does not head the asked one's office."""
    cited, text = list(d.cited), d.context.text_of(d.cited).lower()
    if d.question.kind == "person":
        written = " ".join(" ".join(s.text.split()) for s in d.context.sentences).lower()
        for joined in _full_names(d.body()):
            if joined.lower() not in written and all(w.lower() in text for w in joined.split()):
                return Refuse(f"no sentence names {joined}: its names are of different people")  # "Agus Komariah" of "Agus ..." and "Euis Komariah"
    names = names_in(d.answer)
    grounded = any(_holder_sentence(d.context, n) is not None or n.lower() in text for n in names)
    if names and not grounded and not numbers_in(d.body()) and d.question.kind not in ("title", "government"):
        for name in sorted(names):  # "Ajet" for the "Ajat" a sentence writes is a misspelling, not an invention
            if respelled := _respelled(d, name):
                return respelled
        return Refuse(f"no sentence states {', '.join(sorted(names))}")
    flagged, added = [], []
    for name in sorted(names_in(d.answer)):
        if name.lower() in text:
            continue
        if (holder := _holder_sentence(d.context, name, d)) is not None:
            cited.append(holder)
            added.append(holder)
            text = d.context.text_of(cited).lower()
        elif respelled := _respelled(d, name):
            return respelled
        elif d.question.kind == "person" and _holder_sentence(d.context, name) is not None:
            return Refuse(f"{name} is named only by sentences of another period, government or person")
        else:
            flagged.append(name)
    if not added and not flagged:
        return None
    why = "; ".join(filter(None, [added and f"names stated in {added}", flagged and f"names in no sentence: {', '.join(flagged)}"]))
    return Rewrite(d.answer, cited, why, "flagged" if flagged else "cited", confidence=0.1 * len(added) + 0.25 * len(flagged), unverified=tuple(flagged))


def _full_names(text: str) -> list[str]:
    """Runs of two or more capitalised words that are no title words: "Plt Kepala Dinas Agus
    Komariah [1]" -> ["Agus Komariah"]."""
    runs, current = [], []
    for word in re.findall(r"[\w'-]+|[^\w\s]", text) + ["."]:
        if word[0].isupper() and word.lower() not in NOT_NAME_WORDS:
            current.append(word)
            continue
        if len(current) > 1:
            runs.append(" ".join(current))
        current = []
    return runs


def _respelled(d: Draft, name: str) -> Rewrite | None:
    """The answer with a misspelt name written as a sentence of the context writes it, the cited
    ones first; that sentence is cited."""
    for sentence in sorted(d.context.sentences, key=lambda s: s.number not in d.cited):
        if spelled := _spelled_as(name, sentence.text):
            cited = d.cited if sentence.number in d.cited else [*d.cited, sentence.number]
            return Rewrite(re.sub(rf"\b{re.escape(name)}\b", spelled, d.answer), cited, f"{name} is written {spelled} in [{sentence.number}]")
    return None


def _spelled_as(name: str, text: str) -> str | None:
    """The word of a text that a name is a misspelling of ("Ajet" for "Ajat"): same first letter,
    one or two letters different."""
    candidates = {w for w in _NAME_WORD.findall(text) if w[0] == name[0] and w != name}
    best = max(candidates, key=lambda w: SequenceMatcher(None, w.lower(), name.lower()).ratio(), default=None)
    return best if best and SequenceMatcher(None, best.lower(), name.lower()).ratio() >= 0.75 and len(name) >= 4 else None


def percent_is_a_percentage(d: Draft) -> Change:
    """A percentage in the answer is a percentage in a cited sentence: "10%" is not "10 besar"."""
    shown = f"{result.normalize():f}" if (result := _arithmetic(d)) is not None else None
    if unbacked := percentages(d.body()) - percentages(d.cited_text()) - {shown}:
        return Refuse(f"no cited sentence gives {', '.join(sorted(unbacked))} as a percentage")
    return None


def _of_another_period(text: str, periods: Sequence[DateSpan]) -> bool:
    """Whether a sentence names periods and none of them lies within one asked: "Pada pelantikan
    sebelumnya, Oktober 2025, ..." for a question about January 2026. False when nothing is asked."""
    named = question_periods(text)
    return bool(periods and named) and not any(a.start <= p.start and p.end <= a.end for p in named for a in periods)


def figure_of_the_asked_period(d: Draft) -> Change:
    """Asked a count of one period ("Berapa balita stunting ... pada bulan timbang Agustus 2026?"),
    an answer read from a sentence that says its figure is of another period ("Pada pengukuran
    Februari 2026, tercatat 5.812 balita stunting") becomes the one figure of what is counted that
    a sentence of the same article names the asked period for ("pada bulan timbang 1–31 Agustus
    2026 mencatat 5.147 balita stunting"): a report of the latest figure gives the one before it
    too, and a small model takes the first it reads. Only a number followed within three words by
    what the question counts, not a share ("12,3 persen dari balita") nor the whole of one ("dari
    40.953 balita"); with none, or several, the answer goes on to `cited_from_asked_period`.

    When the cited sentences do not state the answer at all, the sentence of the context that does
    is the one it was read from; and when the question does not say what it counts ("penumpang
    Lebaran 2025 berapa orang?"), the one count of the cited sentence that names the asked period
    is taken ("dibanding Lebaran 2025 yang mencatat 36.540 penumpang"): the model pointed at the
    right sentence and copied the figure of the one before it."""
    q = d.question
    values = d.counts()
    if len(q.periods) != 1 or not values:
        return None
    stating = d.read_from(values)
    asked = q.periods[0]
    inside = lambda span: asked.start <= span.start and span.end <= asked.end  # noqa: E731
    if not stating or not all(_of_another_period(s.text, [asked]) for s in stating):
        return None  # a sentence stating the answer says nothing of another period
    heads, docs = tuple(t.lower() for t in q.counted_terms), {s.doc_id for s in stating}
    if not heads and d.stating(values):
        return None  # with nothing counted to look for, only a cited sentence that misses the answer points elsewhere
    read = d.context.sentences if heads else [s for n in d.cited if (s := d.context.get(n))]
    found: dict[Decimal, tuple[int, str]] = {}
    for t in read:
        text = with_digits(t.text)
        if t.doc_id not in docs or not (named := question_periods(text)) or not all(inside(p) for p in named):
            continue
        for m in re.finditer(_TERM, text):
            words = re.findall(r"\w+", text[m.end() : m.end() + 40].lower())[:3]
            share = re.match(r"\s*(?:%|persen\b|percent\b)", text[m.end() :], re.I) or re.search(r"\b(?:dari|of)\s+(?:total\s+)?$", text[: m.start()], re.I)
            if share or (value := decimal_of(m.group(0))) is None or _of_a_date(text, m.start(), m.end(), int(value)):
                continue
            if not heads:
                found.setdefault(decimal_of(m.group(0)), (t.number, " ".join([m.group(0), *words[:1]])))
            elif (at := next((i for i, w in enumerate(words) if w.startswith(heads)), None)) is not None:
                found.setdefault(decimal_of(m.group(0)), (t.number, f"{m.group(0)} {' '.join(words[: at + 1])}"))
    if len(found) != 1 or next(iter(found)) in {Decimal(v) for v in values}:
        return None
    n, written = next(iter(found.values()))
    return Rewrite(f"{written} [{n}]", [n], f"the sentences stating {', '.join(map(str, sorted(values)))} give another period's figure; sentence {n} gives {written} for {asked.text}")


def cited_from_asked_period(d: Draft) -> Change:
    """The cited sentences come from an article dated in the period the question names; or, for
    a figure as it stood then ("sampai akhir Maret 2026"), within two months after it; or from a
    later article (within a year) whose sentence names that period itself: a year's figures are
    reported after it ends ("Sepanjang 2025, Dinkes menemukan 3.214 kasus", dated May 2026)
    (`Question.reports_on`). Of the cited sentences, those stating the answer's numbers are the
    ones that must: "6" cited to "Dari total kasus 2025, 6 pasien meninggal" beside "turun
    dibandingkan 2024 yang mencapai 2.318 kasus" is not 2024's figure. A day asked whether
    something still runs then (`Question.still`) is compared with a span, not reported on."""
    cited = [s for n in d.cited if (s := d.context.get(n)) and s.date]
    values = d.counts()
    cited = [s for s in cited if values & numbers_in(s.text)] or cited
    if not d.question.periods or d.question.still or not cited or any(d.question.reports_on(s.date, _with_title(d, s)) for s in cited):
        return None
    if _written_beside_a_year(d, cited, {p.start.year for p in d.question.periods if p.whole_year}, before_the_article=True):
        return None  # asked a past year: "dibanding tahun lalu yang sebanyak 2.390 KPM" says whose year it is
    return Refuse("the cited sentences are from another period than the question asks about")


def _written_beside_a_year(d: Draft, sentences: list[Sentence], years: set[int], before_the_article: bool = False) -> bool:
    """Whether a sentence writes one of the answer's figures beside one of these years
    (`figures_by_year`, reading "tahun lalu" against the article's year); `before_the_article`,
    only a year that ended before the article's (a year's figure written during it is a plan or a
    figure so far: "menargetkan produksi padi sepanjang 2026 mencapai 265.000 ton", in March)."""
    figures = decimals_in(d.body())
    return any(
        v in figures and y in years and (not before_the_article or y < (_year_of(s) or 0))
        for s in sentences for _, _, v, y in figures_by_year(s.text, _year_of(s))
    )


def count_of_the_asked_year(d: Draft) -> Change:
    """A number is of the year its sentence says it is of: "Pada 2025, ... diikuti 16 pendaftar"
    or "Pada seleksi serupa tahun lalu, tercatat 54 pelamar" (in a 2026 article) count 2025's
    applicants, not the 2026 selection's, though the article is of 2026
    (`dates.years_spoken_of`; a year named only for comparison, "turun dibanding tahun lalu",
    does not count)."""
    values = d.counts()
    stating = d.stating(values) if values else []
    others = [d.question.of_other_years(s.text, s.date) for s in stating]
    if not stating or not all(others):
        return None
    if _written_beside_a_year(d, stating, d.question.years):
        return None  # "turun dibandingkan 2024 yang mencapai 2.318 kasus": 2.318 is 2024's
    of = sorted(set().union(*others))
    return Refuse(f"the sentences stating {', '.join(map(str, sorted(values)))} say they are of {', '.join(map(str, of))}, not {', '.join(map(str, sorted(d.question.years)))}")


# Words that name a period as the base of a comparison or the start of a running count, not the
# period a figure is of: "naik dibanding April 2026", "sejak Januari 2026".
_BASE_OF = re.compile(r"\b(?:dibanding(?:kan)?|ketimbang|daripada|dari|sejak|mulai|than|compared\s+(?:with|to)|from|since)\s+(?:\w+\s+){0,2}$", re.I)


_DAY_IN_BRACKETS = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")


def figure_is_not_of_another_month(d: Draft) -> Change:
    """Asked a figure of one month or quarter ("How much local tax did X collect in May 2026?"),
    the answer's figure is not one its every stating sentence writes of months outside it:
    "Realisasi pajak daerah hingga akhir April 2026 mencapai 28,2 persen dari target tahun ini
    sebesar Rp146,5 miliar" (in an article of 5 May) gives April's running total and the year's
    target, nothing of May. A small model takes the article's date for the figure's. A dateline or
    an event's day in brackets ("WATAMPONE, (5/5/2026)", "kata Bupati, Senin (18/5)") names no
    month a figure is of (a day a figure stood at does: "per 31 Maret 2026"), nor does a month
    named as a comparison's base or a count's start ("naik dibanding April 2026", "sejak
    Januari"). Asked as a figure stood then ("sampai akhir Maret"), one of the weeks after it may
    stand (`Question.as_of`), not one of a month before."""
    q = d.question
    if len(q.periods) != 1 or q.still or _CHANGE_ASKED.search(q.text) or q.periods[0].whole_year or (q.periods[0].end - q.periods[0].start).days > 92 or rounds_in(q.text):
        return None  # a numbered round ("triwulan III") is `figure_is_of_the_asked_round`'s
    span, stating = q.periods[0], d.stating_exactly()
    if not stating:
        return None
    named = []
    for s in stating:
        text = _DAY_IN_BRACKETS.sub(" ", s.text)  # a dateline or an event's day, "WATAMPONE, (5/5/2026)"; not "per 31 Maret 2026"
        periods = question_periods(text) + (months_of_its_year(text, date.fromisoformat(s.date)) if s.date else [])  # "hingga April": April of its year
        if not periods or any(_BASE_OF.search(text[: max(text.find(p.text.split()[0]), 0)]) for p in periods):
            return None
        if any(p.start <= span.end and span.start <= p.end or (q.as_of and p.start > span.end) for p in periods):
            return None  # of the asked month; or, asked as it stood then, of the weeks after it ("pekan pertama April" for end-March)
        named += [p.text for p in periods]
    return Refuse(f"the sentences stating the answer's figure are of {', '.join(dict.fromkeys(named))}, not {span.text}")


# A number written as a hope or a target, not as what happened, in the words right before it:
# "melampaui target 30 orang", "menargetkan sedikitnya 50", "berharap pendaftar bisa mencapai 30",
# "target pajak daerah tahun ini ditetapkan Rp165 miliar".
# ("Bupati berharap 132 kepala sekolah yang dilantik ..." hopes something of 132 who were.)
_HOPED = re.compile(
    r"(?:target\w*|sasaran|menargetkan|ditargetkan|targets?|aims?\s+for)\s+(?:[\w-]+\s+){0,2}$"
    # an amount set as the target further on in its clause: "target pajak daerah tahun ini ditetapkan Rp165 miliar"
    r"|\b(?:target\w*|sasaran)\b[^.;\d]{0,60}?\b(?:ditetapkan|sebesar|dipatok|senilai|yakni|yaitu)\s+(?:Rp\.?\s?)?$"
    r"|(?:berharap|diharapkan|harapan\w*|mengharapkan|hope[sd]?|expect(?:s|ed)?)\b[^,;.]{0,40}\b(?:mencapai|menembus|bisa|dapat|sedikitnya|minimal|reach(?:es)?)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_ASKS_TARGET = re.compile(r"\b(?:target\w*|harap\w*|expect\w*|hope\w*|aim\w*)\b", re.I)


def states_another_count(text: str, values: set[int]) -> bool:
    """Whether a sentence states a count besides `values`: not a date, an amount, a length of time
    or a target. "Jumlah itu setara 87 persen dari sasaran 92.500 anak berusia 9 bulan hingga 15
    tahun" states none besides 87; "menjangkau 41.300 lansia atau 64 persen" states 41.300."""
    others = count_values(text) - values
    return any(
        value in others and not (_amount_at(text, start, end) or re.match(_UNIT_AFTER, text[end:], re.I) or _HOPED.search(text[:start]))
        for start, end, value in number_spans(text)
    )


def count_is_not_a_target(d: Draft) -> Change:
    """A number the cited sentences give only as a hope or a target, in the words right before it
    ("pihaknya berharap pendaftar bisa mencapai 30 orang", "melampaui target 30 orang"), is not
    how many there were. Asked for the target itself ("berapa target ..."), it is the answer."""
    values = d.counts()
    if not values or _ASKS_TARGET.search(d.question.text):
        return None
    before = [s.text[:start] for s in d.stating(values) for start, _, value in number_spans(s.text) if value in values]
    if before and all(_HOPED.search(text) for text in before):
        return Refuse(f"the cited sentences give {', '.join(map(str, sorted(values)))} only as a hope or a target")
    return None


# A target as news writes it: "target tahun ini sebesar Rp146,5 miliar", "menargetkan 60 unit",
# "sasaran 12.000 warga", "target PAD dipatok Rp450 miliar".
_TARGET_WRITTEN = re.compile(r"\b(?:target\w*|sasaran\w*|menargetkan|ditargetkan|dipatok|mematok|targets?|aims?|goal)\b", re.I)


def target_is_written_as_one(d: Draft) -> Change:
    """Asked for a target ("Berapa target penerimaan PBB-P2 tahun 2026?"), the answer's figure is
    one a cited sentence writes as a target: "penerimaan hingga April terdiri atas ... PBB-P2
    Rp6,4 miliar" is what came in, not what was aimed at. Not for a question asking how far a
    figure is from its target ("kurang berapa dari target?"), which is a difference."""
    q = d.question
    if q.kind not in ("count", "money", "percent") or not _TARGET_ASKED.search(q.text) or REMAINDER.search(q.text) or _CHANGE_ASKED.search(q.text):
        return None
    stating = d.stating_exactly()
    if not stating or any(_TARGET_WRITTEN.search(s.text) for s in stating):
        return None
    return Refuse(f"the question asks a target, and no sentence stating {', '.join(map(str, sorted(d.figures())))} writes it as one")


def cited_from_asked_government(d: Draft) -> Change:
    """Asked about one government ("Bupati Lebak"), the cited sentences come from an article of that
    government, when the articles' governments are known; asked of a name two governments share
    ("in Sintang": Kabupaten or Kota Sintang), from one of them, not from a third. Of the cited
    sentences, those stating the answer's numbers are the ones that must: "17,03 persen" cited to
    a Temanggung sentence beside a Garut one is Temanggung's figure, not Garut's."""
    asked = d.question.governments
    cited = [s for n in d.cited if (s := d.context.get(n)) and s.government]
    values = d.values()
    exact = d.figures()
    said = {s.number: f"{s.passage.title or ''} {s.text}" for s in cited}  # a headline states figures too
    cited = [s for s in cited if exact & decimals_in(said[s.number])] or [s for s in cited if values & numbers_in(said[s.number])] or cited
    governments = {s.government for s in cited}
    if asked and governments and not governments & set(asked):
        return Refuse(f"the cited sentences are about {', '.join(sorted(governments))}, not {' or '.join(asked)}")
    return None


def not_the_questions_own_number(d: Draft) -> Change:
    """A count that only repeats the question's own numbers ("Dari 269 pejabat ... berapa eselon
    III?" answered "269") restates it."""
    if numbers_in(d.body()) and not numbers_in(d.body()) - numbers_in(d.question.text):
        return Refuse("the answer's only numbers are the question's own")
    return None


def counted_thing_in_evidence(d: Draft) -> Change:
    """What the question counts, or what its money or percentage is of, is written in the cited
    sentences or beside them in their article ("berapa jumlah penduduk" answered from a sentence
    about 269 officials counts something else; "anggaran perbaikan jalan" is not a health budget).
    One of its terms suffices: an English word the glossary lacks may have no Indonesian form, and
    an Indonesian phrase may hold a verb the article writes otherwise ("berapa orang yang
    mendaftar" of an article on "38 pendaftar"; tried requiring every word, that refused it)."""
    terms = d.question.counted_terms
    if not terms:
        return None
    terms = (*terms, *counted_terms(d.question.counted, every_way=True))  # "applications": pendaftaran or lamaran
    cited_docs = d.cited_docs()
    near = " ".join(s.text + " " + (s.passage.title or "") for s in d.context.sentences if s.doc_id in cited_docs).lower()
    if (d.question.counted.lower().split() or [""])[0] in _ANYONE:  # "by how many people did ... drop", "people lost their homes": evacuees, residents, jiwa are people
        terms = (*terms, *NOUN_KINDS["people"])
    elif (kind := count_kind(d.question.counted)) and kind != "people":  # "berapa kematian": "9 pasien meninggal"; "keluarga": "KK"
        terms = (*terms, *NOUN_KINDS[kind])
    if not _written(terms).search(near):
        return Refuse(f"what the question counts ({terms[0]}) is in no cited sentence")
    # An English phrase of two or more words the glossary knows names a kind of the thing: "plastic
    # waste" is not "118 ton sampah", "female officials" not "42 pejabat". Each known word is written
    # somewhere in the cited articles; a word it does not know (a name, a local word) may be written
    # any way, and a loanword guess of an unsure ending is no knowledge ("daily" is "per hari", not "daili").
    known = [(w, ways) for w, ways in english_terms(d.question.counted, guess=False) if ways and w.lower() not in _ANYONE | _NOT_A_KIND]
    if d.question.language == "en" and len(known) > 1 and (missing := next(((w, ways) for w, ways in known if not _written(ways).search(near)), None)):
        return Refuse(f"the question counts {d.question.counted}, and no cited article writes {missing[0]} ({', '.join(missing[1])})")
    return None


def _written(ways: Iterable[str]) -> re.Pattern[str]:
    """Any of the ways a word is written: a word by its first six letters (its affixed forms:
    "pengawas", "pengawasan"), a shorter one whole ("jati" is not "Jatiroto") or, ending in s,
    without it ("vials": Indonesian writes "900 vial"), a phrase whole."""
    def way(t: str) -> str:
        t = t.lower()
        if t.isalpha() and len(t) < 6:  # an English plural is written singular: "vials" of "900 vial"
            return rf"{re.escape(t[:-1])}s?(?:nya)?\b" if len(t) > 3 and t.endswith("s") else rf"{re.escape(t)}(?:nya)?\b"
        return re.escape(t if " " in t else t[:6])
    return re.compile("|".join(rf"\b{way(t)}" for t in ways), re.I)


_ANYONE = {"people", "persons", "orang", "jiwa"}  # a count of people of no named kind
# Words of a counted phrase that say how it is counted, not what kind of thing: "the target number of applicants".
_NOT_A_KIND = {"number", "numbers", "total", "target", "amount", "allocation", "allocations", "year", "day", "month", "week", "percent", "new", "former", "previous"}


def _with_surroundings(d: Draft, sentences: list[Sentence]) -> str:
    """Sentences read with their headline and the sentence before each: what names the place or
    the post a count is of ("Jabatan Kepala Dishub paling diminati. Ada tujuh pelamar.")."""
    return " ".join(f"{s.passage.title or ''} {_sentence_before(d, s)} {s.text}" for s in sentences)


def count_is_of_the_asked_place(d: Draft) -> Change:
    """Asked about one named place below the government ("di Kecamatan Petanahan saja", "Jembatan
    Ciwaru"), the count comes from a sentence that names it, or whose sentence before it or
    headline does: a regency's total, or another bridge's cost, is not that place's. A place
    that dates another event ("after the Pasar X ceremony") narrows nothing (`Question.own_places`).
    In a breakdown by place ("Kecamatan Bancar 620 nelayan, Tambakboyo 540 nelayan, Tuban 470
    nelayan"), a figure is the place's written right before it: 470 is Tuban's, not Bancar's,
    though the sentence names Bancar."""
    places = d.question.own_places
    values = d.values()
    if not places or not values:
        return None
    stating = d.stating_as_written()
    if not stating:
        return None
    # a sentence naming places of its own ("ruas Kemusu–Bawu senilai Rp6,42 miliar") is about them,
    # whatever the sentence before it names
    asked = [s for s in stating if any(re.search(place_pattern(p), s.text, re.I) for p in places) or not places_in(s.text)]
    if not (asked and any(re.search(place_pattern(p), _with_surroundings(d, asked), re.I) for p in places)):
        return Refuse(f"the sentences stating {', '.join(map(str, sorted(values)))} do not name {', '.join(places)}")
    listed = [(place, written) for s in stating for _, figures in _place_figures(s.text) for place, written, value in figures if value in values]
    if listed and not any(re.search(place_pattern(p), place, re.I) for place, _ in listed for p in places):
        return Refuse(f"the breakdown by place gives {', '.join(f'{w} to {p}' for p, w in listed)}, not to {', '.join(places)}")
    return None


def count_is_of_the_asked_kind(d: Draft) -> Change:
    """A count answers for the kind of thing the question counts, which news writes right after
    the number: "berapa warga yang mengungsi?" is not answered by "Tulakan dan Ngadirojo dengan
    total 93 rumah" (houses), nor "how many families" by "1.287 jiwa" (people), nor "how many people
    died" by "418 kasus" (cases). A number written with a noun of no known kind, or of the asked
    one, anywhere in the sentences stating it, passes; so does one of families for people asked by
    a noun of neither ("120 KK" of the refugees), but not for "berapa jiwa" or "how many people"."""
    asked = count_kind(d.question.counted)
    if asked == "people" and d.question.died:  # "how many people died": the dead, not the cases
        asked = "deaths"
    values = d.counts()
    if not asked or not values or not (stating := d.stating(values)):
        return None
    kinds = {
        count_kind(s.text[end : end + 40])
        for s in stating
        for _, end, value in number_spans(s.text)
        if value in values
    }
    same = [pair for pair in _SAME_PEOPLE if pair != {"people", "families"} or not _IN_A_UNIT.match(d.question.counted)]
    if not kinds or asked in kinds or "" in kinds or any({asked, kind} in same for kind in kinds):
        return None  # "120 KK" answers how many refugees as well as news gives it
    for s in stating:
        if restated := _restated_in_kind(s.text, values, asked):
            return Rewrite(f"{restated} [{s.number}]", [s.number], f"sentence {s.number} gives the same count in {asked}: {restated}")
    return Refuse(f"the sentences count {', '.join(sorted(kinds))} with {', '.join(map(str, sorted(values)))}, and {asked} were asked")


def _restated_in_kind(text: str, values: set[int], kind: str) -> str | None:
    """The count a sentence gives, in the asked kind, beside the answer's count of another: news
    counts those affected twice, joined by "atau" ("berdampak pada 6.214 kepala keluarga (KK) atau
    21.870 jiwa"), so "how many households" answered 21.870 is 6.214 kepala keluarga (KK)."""
    spans = number_spans(text)
    for first, second in zip(spans, spans[1:]):
        if not re.search(r"\s(?:atau|or)\s*$", text[first[1] : second[0]], re.I):
            continue  # two counts of one thing are joined by "atau"
        for (start, end, value), (_, _, other) in ((first, second), (second, first)):
            if other in values and value not in values and count_kind(text[end : end + 40]) == kind:
                noun = _NOUN_PHRASE.match(text, end)
                return f"{text[start:end]} {noun.group(1).strip() if noun else ''}".strip()
    return None


# Nouns that count anyone: "736 jiwa", "1.200 warga", "peserta" may be of any group a sentence names.
_ANY_GROUP = _ANYONE | {"warga", "penduduk", "korban", "peserta", "masyarakat"}
# A count's noun phrase, up to where a sentence goes on to something else: "balita gizi kurang" of
# "4.260 balita gizi kurang, serta bagi ibu hamil".
_NOUN_PHRASE = re.compile(r"\s*([^\d,;.:()\"]*?)(?=[\d,;.:()\"]|\s+(?:dan|serta|atau|yang|and|or|who|which)\b|$)")


def count_is_of_the_asked_group(d: Draft) -> Change:
    """A count is of the group news writes right after its number, not of another the sentence
    names after it with no number of its own: "PMT lokal bagi 4.260 balita gizi kurang, serta bagi
    ibu hamil kurang energi kronis (KEK)" counts the toddlers, and does not answer "how many
    pregnant women with KEK get supplementary food?"; "Pendaftar SMPN 1 mencapai 512 anak" counts
    the applicants it names first. Only two named groups of people are told apart
    (`count_kind`: balita, guru, nelayan, pedagang ...); a count of anyone ("736 jiwa", "warga"),
    or a question counting anyone, is left to `count_is_of_the_asked_kind`; a part of a group
    ("how many of the officials were women?") to `count_is_of_the_asked_part`."""
    counted = d.question.counted
    if d.question.some_of or count_kind(counted) != "people" or (counted.lower().split() or [""])[0] in _ANY_GROUP:
        return None
    values = d.counts()
    if not values or not (stating := d.stating(values)):
        return None
    asked = _written({*d.question.counted_terms, *counted_terms(counted, every_way=True)})
    others = []
    for s in stating:
        for start, end, value in number_spans(s.text):
            if value not in values:
                continue
            phrase = _NOUN_PHRASE.match(s.text, end).group(1).strip()
            noun = (phrase.lower().split() or [""])[0]
            if asked.search(phrase) or noun in _ANY_GROUP or count_kind(noun) != "people":
                return None  # of the asked group, or of anyone
            if asked.search(s.text[:start]) or not asked.search(s.text[end:]):
                return None  # "Pendaftar SMPN 1 mencapai 512 anak": the group asked, counted in children
            others.append(f"{value} {phrase}")
    if not others:
        return None
    return Refuse(f"{'; '.join(others)}: a count of another group than {counted}, whom the sentence names without a number")


def count_is_of_the_asked_part(d: Draft) -> Change:
    """Asked how many of a group were of one kind ("How many of the officials sworn in were
    women?", "Dari pengungsi itu, berapa yang anak-anak?"), the count is one news writes beside
    that kind's word, between it and the numbers around it: "Dari 42 pejabat yang dilantik, 17 di
    antaranya perempuan" answers 17, and 42 is the group's whole. An article that gives the group
    but no such part does not answer (a small model then gives the whole)."""
    if not d.question.some_of or not (values := d.counts()) or not (stating := d.stating(values)):
        return None
    pattern = _written({*d.question.counted_terms, *counted_terms(d.question.counted, every_way=True), d.question.counted})
    for s in stating:
        spans = number_spans(s.text)
        for (_, _, value), (before, after) in zip(spans, _between_numbers(s.text, [(a, b) for a, b, _ in spans])):
            if value not in values:
                continue
            # the word before the number only when nothing joins another count between them:
            # "2.136 nasabah di antaranya perempuan dan 704 laki-laki" writes 704 of the men
            before = re.split(r"[;.,]\s|\b(?:dan|serta|sedangkan|and)\b", before[-50:])[-1]
            if pattern.search(before) or pattern.search(re.split(r"[;.]\s", after[:40])[0]):
                return None
    return Refuse(f"{', '.join(map(str, sorted(values)))} is written beside no word for {d.question.counted}, the part asked")


# Kinds news counts the same people by: "120 KK" of the refugees, "11 pasien ... meninggal" of the
# deaths, "64 pasien" of the cases. Cases are not deaths, nor houses people.
_SAME_PEOPLE = ({"people", "families"}, {"people", "deaths"}, {"people", "cases"})
# ... but a count asked in a unit of its own, people ("berapa jiwa", "how many people") or families
# ("berapa KK", "how many households"), is not answered in the other: news gives both ("1.432
# kepala keluarga (KK)", "736 jiwa mengungsi"), and only a noun of neither ("pengungsi", "warga
# terdampak") is counted either way.
_IN_A_UNIT = re.compile(r"^(?:jiwa|orang|people|persons?|individuals?|kk|kepala\s+keluarga|keluarga|famil(?:y|ies)|households?|rumah\s+tangga)\b", re.I)


def count_is_of_the_asked_stage(d: Draft) -> Change:
    """A selection counts its people stage by stage, and news writes the stage beside each count:
    "Dari 37 pelamar, 31 orang lolos seleksi administrasi". Asked how many passed a stage, the
    count comes from a sentence that says who passed ("12 pelamar untuk jabatan Kadisdik" counts
    who applied); asked how many applied, from a sentence about applying (or the one before it:
    "Jabatan Kadisdik paling diminati. Ada 14 pelamar."), not one about officials sworn in, and
    not from a count the article writes with "lolos" right after it ("31 lolos")."""
    values = d.counts() - numbers_in(d.question.text)
    if not values or not (stating := d.stating(values)) or not _A_SELECTION.search(d.question.text):
        return None
    if _PASSED.search(d.question.text):
        if not any(_PASSED.search(s.text) for s in stating):
            return Refuse(f"who passed was asked, and the sentences stating {', '.join(map(str, sorted(values)))} do not say who passed")
        return None
    if not _APPLIED.search(d.question.text):
        return None
    if not any(_APPLIED.search(f"{_sentence_before(d, s)} {s.text}") for s in stating):
        return Refuse(f"who applied was asked, and the sentences stating {', '.join(map(str, sorted(values)))} are about no one applying")
    after = [s.text[end : end + 40] for s in stating for _, end, value in number_spans(s.text) if value in values]
    if after and all(re.match(rf"\s*(?:orang\s+|pelamar\s+|peserta\s+|di antaranya\s+|yang\s+)*(?:dinyatakan\s+)?{_PASSED.pattern}", a, re.I) for a in after):
        return Refuse(f"who applied was asked, and {', '.join(map(str, sorted(values)))} is written of who passed")
    return None


_A_SELECTION = re.compile(r"\b(?:seleksi|selection|spmb|ppdb|admissions?|diterima|accepted|admitted|pelamar|pendaftar|mendaftar|melamar|applicants?|applied|candidates?|kandidat|peserta|administrasi|administration|asesmen|assessment)\b", re.I)
# Who passed a stage: "lolos", "memenuhi syarat", "made it through"; "diterima" only of people
# ("siswa yang diterima"; "pengajuan itu diterima Disnaker" was received).
_PASSED = re.compile(
    r"(?:\b(?:lolos|lulus|passed|qualified|memenuhi\s+(?:per)?syarat(?:an)?|made\s+it\s+(?:through|past)|got\s+through|cleared|accepted|admitted)\b"
    r"|\b(?:murid|siswa|peserta(?:\s+didik)?|pendaftar|pelamar|calon|kandidat|orang)\s+(?:yang\s+)?(?:dinyatakan\s+)?diterima\b)",
    re.I,
)
_APPLIED = re.compile(r"\b(?:pelamar|pendaftar|mendaftar|melamar|peminat|applicants?|applied|registered)\b", re.I)


def count_is_of_the_asked_post(d: Draft) -> Change:
    """Asked a count for one post ("how many applied for the head of public works (PUTR) post?",
    "pelamar jabatan Kepala Dishub"), the count comes from a sentence that names that office, or
    whose sentence before it or headline does: "dari 17 pelamar, 15 orang lolos" counts the
    applicants for every post, not for one. Asked once more elsewhere: "Jabatan Kepala Dishub
    paling diminati dengan tujuh pelamar" may be further on."""
    post = d.question.post
    values = d.counts()
    if not post or not values or not (stating := d.stating(values)):
        return None
    office = re.sub(r"^(?:Kepala|Kadis)\s+", "", post)
    # the sentence before names the post for the count after it, unless it lists several posts
    # ("delapan untuk Kepala Dinsos, 11 untuk Kepala Dinkes, dan tujuh untuk Kepala Bapenda. Sebanyak
    # 21 orang lolos ..." counts all three)
    before = [b for s in stating if len(set(_POSTS_LISTED.findall(b := _sentence_before(d, s)))) < 2]
    evidence = " ".join([*(f"{s.passage.title or ''} {s.text}" for s in stating), *before])
    if re.search(rf"(?i:\b{office_regex(office)}\b)", evidence):
        return None
    return Refuse(f"the sentences stating {', '.join(map(str, sorted(values)))} do not name the {post} post")


_TAX = re.compile(rf"\b({TAX_NAMES})(?:-P2)?\b", re.I)  # the tax, whatever its suffix


def amount_is_per_the_asked_unit(d: Draft) -> Change:
    """Asked an amount per something, or for each of something ("harga telur per rak", "how much
    did each village receive?", "tons each day"), the sentence stating it gives it so: "Rp300.000
    per bulan", "masing-masing Rp1 juta", "145 ton per hari". A whole ("dana desa Rp12 miliar") is
    not each village's, and an amount per one measure is not per another: "Rp12.500 per kilogram"
    of rice is no price per tray of eggs."""
    unit = d.question.per
    stating = d.stating_as_written() if unit else []
    if not stating:
        return None
    ways = _UNIT_WAYS.get(unit, ()) + (unit, *indonesian(unit))
    written = [w.lower() for s in stating for w in _PER_WRITTEN.findall(s.text)]
    if not written and not any(re.search(r"\bmasing-masing\b|\bse(?:hari|bulan|tahun|minggu|pekan|kilo)\b", s.text, re.I) for s in stating):
        return Refuse(f"no sentence stating the answer gives it per {unit}")
    measure = unit in _UNIT_WAYS
    if measure and written and not any(w.startswith(way[:4].lower()) for w in written for way in ways):
        return Refuse(f"the sentences stating the answer give it per {', '.join(dict.fromkeys(written))}, not per {unit}")
    return None


# An amount the sentence gives at a rate: "denda Rp39,1 juta per hari", "Rp3.000/hari", "Rp1 juta setiap bulan".
_AT_A_RATE = re.compile(rf"\s*(?:{SCALE}\s*)?(?:per\s+|/\s*|setiap\s+|tiap\s+|(?:a|each)\s+(?=day|week|month|year)|se(?=hari|bulan|minggu|pekan|tahun))(?P<unit>[A-Za-z]{{2,}})", re.I)
# A question asking a rate itself: a price, tariff, fee or wage, what one must pay, or a daily figure.
_RATE_ASKED = re.compile(
    r"\b(?:harga|tarif|iuran|biaya|upah|gaji|honor\w*|insentif|premi|price|fare|fee|rate|cost|wage|salary|premium|harian|daily|sehari|monthly|bulanan"
    r"|per|setiap|tiap|each|every|a (?:day|week|month|year)|(?:harus|wajib|must|have to|has to|need to|needs to)\s+(?:\w+\s+)?(?:bayar|membayar|dibayar|pay))\b",
    re.I,
)
# A question asking what was paid or collected.
_PAID = re.compile(r"\b(?:pay|paid|paying|bayar|dibayar\w*|membayar\w*|setor\w*|disetor\w*|terkumpul|collected)\b", re.I)


def amount_is_the_whole_not_a_rate(d: Draft) -> Change:
    """Asked what was paid or collected, or a total ("how much did the contractor end up paying in
    penalties?", "berapa total denda yang dibayar?"), a rate is no answer: "denda keterlambatan
    Rp39,1 juta per hari" says what each day of delay costs, not what was paid. A question that
    asks the rate itself (a price, tariff, fee or wage, what one must pay, a daily figure, or an
    amount per something: `amount_is_per_the_asked_unit`) is not this one."""
    q = d.question
    if _RATE_ASKED.search(q.text) or not (q.sums or _PAID.search(q.text)):
        return None
    values = d.figures()
    for s in d.stating_as_written():
        for start, end, value in decimal_spans(s.text):
            if value in values and (rate := _AT_A_RATE.match(s.text[end:])) and rate.group("unit").lower() not in NOT_PER:
                return Refuse(f"sentence {s.number} gives {s.text[start:end]} per {rate.group('unit')}: a rate, not the whole asked")
    return None


# Measures an amount is given per, as articles write them.
_UNIT_WAYS: dict[str, tuple[str, ...]] = {
    "day": ("hari", "sehari"), "hari": ("sehari",), "month": ("bulan", "sebulan"), "bulan": ("sebulan",), "year": ("tahun", "setahun"),
    "tahun": ("setahun",), "week": ("minggu", "pekan"), "minggu": ("pekan",), "kilo": ("kg", "kilogram"), "kilogram": ("kg", "kilo"),
    "kg": ("kilogram", "kilo"), "tray": ("rak",), "rak": ("tray",), "litre": ("liter",), "liter": ("litre",), "kilometre": ("km", "kilometer"),
    "kilometer": ("km", "kilometre"), "km": ("kilometer",), "ton": ("ton",), "meter": ("meter",), "sak": ("karung",),
}
# "per bulan", "/kg", "setiap KK", "tiap desa": what a sentence gives an amount per.
_PER_WRITTEN = re.compile(r"(?:\bper\s+|/\s*|\bsetiap\s+|\btiap\s+)([A-Za-z]{2,})\b")


def figure_is_of_the_asked_round(d: Draft) -> Change:
    """Asked a figure of one numbered round of something ("BLT Dana Desa triwulan III", "tahap
    kedua", "the second round of the campaign", "Q3"), the sentence stating it is not one that
    writes another round of the same kind and not the asked one ("BLT Dana Desa triwulan II
    (April-Juni) disalurkan kepada 2.871 KPM" does not answer triwulan III); nor is an article
    whose rounds of that kind all come before the asked one (of "tahap I" and "tahap II", written
    before "tahap III" was paid)."""
    asked = rounds_in(d.question.text)
    if len(asked) != 1:
        return None
    (kind, number), = asked
    for s in d.stating_as_written():
        written = {n for k, n in rounds_in(s.text) if k == kind}
        if written and number not in written:
            return Refuse(f"sentence {s.number} writes {kind} {', '.join(map(str, sorted(written)))}, not {kind} {number}")
        if not written and (article := d.article(s.doc_id)):
            reported = {n for k, n in rounds_in(article) if k == kind}
            if reported and max(reported) < number:
                return Refuse(f"the article of sentence {s.number} reports {kind} {', '.join(map(str, sorted(reported)))} only, before {kind} {number}")
    return None


# Numbered rounds, as news writes them: "tahap II", "triwulan III", "putaran kedua", "gelombang 2",
# "semester I", "termin ke-3"; "the second round", "phase 2", "Q3". Kinds English shares a word for
# are one kind ("round" is "putaran" or "tahap").
_ROUND_KINDS = {
    "tahap": "tahap", "fase": "tahap", "phase": "tahap", "stage": "tahap", "round": "tahap", "putaran": "tahap",
    "triwulan": "triwulan", "kuartal": "triwulan", "quarter": "triwulan", "semester": "semester",
    "gelombang": "gelombang", "wave": "gelombang", "batch": "gelombang", "termin": "termin", "term": "termin",
}
_ORDINALS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}
_ORDINAL = r"(?:[1-9]|ke-?[1-9]|I{1,3}|IV|" + "|".join(k for k in _ORDINALS if not re.fullmatch(r"i+|iv", k)) + ")"
_ROUND = re.compile(
    rf"\b(?P<kind>{'|'.join(_ROUND_KINDS)})s?\s+(?P<after>{_ORDINAL})\b"
    r"|\b(?P<before>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?P<kind2>phase|stage|round|quarter|wave|batch|semester|term)\b|\bQ(?P<q>[1-4])\b",
    re.IGNORECASE,
)


def rounds_in(text: str) -> set[tuple[str, int]]:
    """The numbered rounds a text writes, by kind: "BLT triwulan II dan tahap kedua" -> {("triwulan",
    2), ("tahap", 2)}; "the third quarter" -> {("triwulan", 3)}. Roman numerals only in capitals
    ("tahap I", not the "i" of a word)."""
    found = set()
    for m in _ROUND.finditer(text):
        if m.group("q"):
            found.add(("triwulan", int(m.group("q"))))
            continue
        kind, ordinal = (m.group("kind"), m.group("after")) if m.group("kind") else (m.group("kind2"), m.group("before"))
        if re.fullmatch(r"[ivIV]+", ordinal) and not ordinal.isupper():
            continue
        low = ordinal.lower().removeprefix("ke-").removeprefix("ke")
        number = int(low) if low.isdigit() else _ORDINALS.get(ordinal.lower())
        if number:
            found.add((_ROUND_KINDS[kind.lower()], number))
    return found


def amount_is_of_the_asked_tax(d: Draft) -> Change:
    """Asked for one tax by its acronym ("PBB-P2 yg udh masuk brp?"), the amount is not the one
    news writes right after another tax's name: in "Berikutnya BPHTB Rp 41,2 miliar. PBB-P2 baru
    akan banyak masuk bulan depan", 41,2 is BPHTB's; nor one of a sentence that names no tax
    asked, nor does the sentence before it or the headline (a month's total of every tax)."""
    asked = {m.upper() for m in _TAX.findall(d.question.text)}
    exact = d.figures()
    if not asked or not exact:
        return None
    stating = d.stating_as_written()
    for s in stating:
        for m in re.finditer(r"\d[\d.,]*\d|\d", s.text):
            if decimal_of(m.group(0)) in exact and (named := _TAX.findall(s.text[max(0, m.start() - 30) : m.start()])) and named[-1].upper() not in asked:
                return Refuse(f"{m.group(0)} is written after {named[-1]}, not {', '.join(sorted(asked))}")
    # a figure of no tax named, nor in the sentence before or the headline, is all taxes' ("Pada
    # Januari tercatat Rp6,42 miliar, ..., April Rp6,93 miliar"), not BPHTB's
    if stating and not any({m.upper() for m in _TAX.findall(_with_surroundings(d, [s]))} & asked for s in stating):
        return Refuse(f"the sentences stating {', '.join(sorted(str(v) for v in exact))} do not name {', '.join(sorted(asked))}")
    return None


def figure_is_of_the_asked_office(d: Draft) -> Change:
    """Asked a budget figure of one office ("serapan anggaran Dinas Pendidikan", "realisasi
    belanja disdik"), the figure comes from a sentence that names that office, or whose sentence
    before it or headline does: "serapan belanja Pemkab Indramayu sudah menyentuh 81,7 persen" is
    the regency's, and "belanja pegawai mencapai 22,4 persen" a kind of spending, not the office's."""
    office = d.question.office
    values = d.values()
    if not office or not values or not (stating := d.stating(values)):
        return None
    if re.search(rf"\b{office_regex(office)}\b", _with_surroundings(d, stating), re.I):
        return None
    return Refuse(f"the sentences stating {', '.join(map(str, sorted(values)))} do not name {office}")


def figure_is_of_the_asked_disease(d: Draft) -> Change:
    """Asked a figure of one disease ("How many children died of measles in the first quarter?"),
    the sentences stating it are about that disease: "612 kasus demam berdarah dengue (DBD) ...,
    empat di antaranya meninggal dunia" counts dengue's dead, whatever else the article reports.
    The sentences naming a disease decide; when none does ("Empat pasien yang meninggal dunia ..."),
    the sentence before each and its headline do; a figure no sentence puts with any disease passes."""
    return _stated_of_the_asked(d, set(d.question.diseases), diseases_in, around=True)


def _stated_of_the_asked(d: Draft, asked: set[str], named_in: Callable[[str], tuple[str, ...]], around: bool = False) -> Change:
    """Refused when the sentences stating the answer's figures name some of a kind of thing (the
    diseases, the school levels `named_in` reads) and none of the `asked` ones; with `around`, a
    sentence naming none is read with the one before it and its headline."""
    values = d.values()
    if not asked or not values or not (stating := d.stating_as_written()):
        return None
    named = {name for s in stating for name in named_in(s.text)}
    if not named and around:
        named = set(named_in(_with_surroundings(d, stating)))
    if not named or named & asked:
        return None
    return Refuse(f"the sentences stating {', '.join(map(str, sorted(values)))} are about {', '.join(sorted(named))}, not {', '.join(sorted(asked))}")


def figure_is_of_the_asked_school_level(d: Draft) -> Change:
    """Asked a figure of one school level ("Berapa daya tampung SMA negeri ...?"), the sentences
    stating it are about that level: "24 SMP negeri ... menyediakan daya tampung 5.184 kursi"
    counts junior high seats, however the article around it is about admissions. A figure no
    sentence puts with any level passes, as does one whose sentence names the asked level too."""
    return _stated_of_the_asked(d, set(d.question.school_levels), school_levels_in)


_POSTS_LISTED = re.compile(r"\b(?:Kepala|Kadis|Camat|Sekretaris)\s+(?:Dinas\s+|Badan\s+)?([A-Z][\w-]+)")


# Events a count is asked of, each as a question asks it and as news writes it, itself or the
# rotation it seals, the shelter it fills: (name, asked, written).
_COUNTED_EVENTS = (
    ("swearing-in",
     re.compile(r"\b(inaugurat\w*|sworn|swear\w*|lantik|dilantik|melantik|pelantikan|dikukuhkan|pengukuhan)\b", re.I),
     re.compile(r"lantik|sumpah|kukuh|rotasi|mutasi|promosi|diangkat|menempati", re.I)),
    # "install" is said of officials and of devices alike: "12 camat installed", "tapping boxes
    # still to install" ("baru 86 unit yang terpasang")
    ("installation",
     re.compile(r"\b(install\w*)\b", re.I),
     re.compile(r"lantik|sumpah|kukuh|rotasi|mutasi|promosi|diangkat|menempati|pasang", re.I)),
    ("evacuation",
     re.compile(r"\b(displac\w*|evacu\w*|mengungsi|pengungsi\w*|diungsikan|refugees?|(?:in|to|at)\s+(?:evacuation\s+)?shelters?)\b", re.I),
     re.compile(r"ungsi|evaku|shelter|tenda darurat|posko|ditampung|menumpang", re.I)),
)


def count_is_of_the_asked_event(d: Draft) -> Change:
    """Asked how many an event counted, the count comes from a sentence about that event: it, or
    the sentence before it in its article, says so, or it takes its count out of a whole the
    article states of it ("Dari 47 pejabat administrator, sembilan di antaranya adalah panewu").
    Asked how many were sworn in, "Pemkab membuka seleksi terbuka untuk mengisi enam jabatan"
    counts posts on offer; asked how many families were displaced to shelters, "Total warga
    terdampak mencapai 1.432 KK" counts those affected, not those who fled (`_COUNTED_EVENTS`)."""
    events = [(name, written) for name, asked, written in _COUNTED_EVENTS if asked.search(d.question.text)]
    if len(events) != 1 or not (values := d.values()) or not (stating := d.stating(values)):
        return None
    name, written = events[0]
    for s in stating:
        article = d.article(s.doc_id)
        if article.find(s.text) < 0:
            return None  # the article's text not at hand: nothing to go by
        if written.search(f"{_sentence_before(d, s)} {s.text}"):
            return None
        if (whole := _OF_THE_WHOLE.match(s.text)) and _counted_at(article, numbers_in(whole.group(1)), written):
            return None
    return Refuse(f"the sentences stating {', '.join(map(str, sorted(values)))} are about no {name}")


# A sentence that takes its count out of a whole stated before: "Dari 47 pejabat administrator,
# sembilan di antaranya adalah panewu", "Of the 47 administrators, nine ...".
_OF_THE_WHOLE = re.compile(r"^\W*(?:dari|di antara|of(?:\s+the)?|among(?:\s+the)?)\s+(\d[\d.,]*)\s", re.I)


def _counted_at(article: str, values: set[int], event: re.Pattern[str]) -> bool:
    """Whether the article states one of these numbers in a sentence about the event, or in the
    one right after it ("melantik 214 pejabat ... Mereka terdiri atas ..., 47 pejabat administrator")."""
    sentences = _SENTENCE_END.split(article)
    return any(
        values & numbers_in(text) and event.search(f"{before} {text}")
        for before, text in zip(["", *sentences], sentences)
    )


# Rupiah written after a number, or "miliar" ending the answer ("34 miliar"); not "juta", which
# counts people as often as rupiah ("1,6 juta jiwa", "1,6 juta").
_AMOUNT = r"\s*(?:(?:juta|miliar|milyar|triliun|ribu)\s+)?(?:rupiah|IDR)\b|\s*(?:miliar|milyar|triliun|billion|trillion)\s*(?:[.,;]|$)"


def _amount_at(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a sum of money or a percentage ("Rp 310 juta",
    "87 persen", "1,2 miliar")."""
    return bool(re.search(r"\bRp\.?\s*$", text[:start]) or re.match(_AMOUNT, text[end:]) or PERCENT.match(text[start:]))


# A length of time the question itself counts in ("berapa hari", "how many months"), not a rate ("per hari", "a day").
_TIME_ASKED = r"(?<!\bper\s)(?<!\ba\s)(?<!\beach\s)(?<!\btiap\s)(?<!\bsetiap\s)\b(?:hari|minggu|bulan|tahun|jam|days?|weeks?|months?|years?|hours?)\b"


def count_is_not_an_amount(d: Draft) -> Change:
    """Asked how many (people, officials, cases), the answer is a count, not a sum of money or a
    percentage: "310 juta [1]" answers "berapa orang mendaftar?" with the selection's budget, and
    "87 [1]" answers "how many children were reached?" with a number the cited sentence writes
    only as "87 persen". Nor a length of time: "180 hari" does not say how many vehicles cross a
    bridge a day."""
    body = d.body()
    if re.search(rf"\b(?:persen|percent|rupiah|Rp|anggaran|dana|biaya|nilai|pagu|budget|cost|money|spen[dt]|pajak|pendapatan|retribusi|tax|revenue|income)\w*|\b(?:pad|{TAXES})\b", d.question.text, re.I):
        return None  # a count of an amount was asked after all
    spans = number_spans(body)
    if spans and all(_amount_at(body, start, end) for start, end, _ in spans):  # "31 pendaftar, naik 63 persen" still gives a count
        return Refuse("a count was asked and the answer is an amount of money or a percentage")
    asks_time = re.search(_TIME_ASKED, d.question.text, re.I)
    if spans and not asks_time and all(re.match(_UNIT_AFTER, body[end:], re.I) for _, end, _ in spans):
        return Refuse("a count was asked and the answer is a length of time")  # "berapa kendaraan per hari?" answered "180 hari"
    cited = d.cited_sentences()
    for value in sorted(d.counts() - numbers_in(d.question.text)):
        stated = [(start, end) for start, end, v in number_spans(cited) if v == value]
        if stated and all(_amount_at(cited, start, end) for start, end in stated):
            return Refuse(f"a count was asked and the cited sentences give {value} only as an amount of money or a percentage")
    return None


def count_not_read_from_a_date(d: Draft) -> Change:
    """A count is a number the cited sentences state outside their dates: "3" read off
    "Kamis (3/7)" is a day (a decimal, "10,6 miliar", is none)."""
    new = numbers_in(d.body()) - numbers_in(d.question.text)
    counts = count_values(d.cited_sentences())
    if d.question.kind in ("total", "difference"):  # the pipeline's own arithmetic on two stated counts
        counts |= {f(a, b) for a in counts for b in counts if a != b for f in (lambda x, y: x + y, lambda x, y: abs(x - y))}
    # a decimal ("10,6 miliar") is no day or month, whatever its whole part
    fractions = {int(value) for _, _, value in decimal_spans(d.body()) if value != int(value)}
    if new and not new & counts and not new <= fractions:
        return Refuse("the answer's number is only part of a date in the cited sentences")
    return None


def asked_title_in_evidence(d: Draft) -> Change:
    """Asked who holds a title ("Siapa Wakil Bupati ..."), the cited sentences write that title;
    cited elsewhere, the answer gets the sentence that writes the title with the person's name.
    (Asked who runs an office, they may not: "Dengan dilantiknya Asep, Euis kembali menjadi
    Sekretaris Dinas" says who leads it now.)"""
    title = d.question.title
    if not title or d.question.runs:
        return None
    named = [w for n in names_in(d.answer) for w in name_words(n)]
    if not re.search(title.pattern(), d.cited_text()):
        for s in d.context.sentences:  # a small model often cites the sentence after the one it read ("..., kata Yusuf")
            if named and re.search(title.pattern(), s.text) and all(re.search(rf"\b{re.escape(w)}\b", s.text, re.I) for w in named):
                return Rewrite(d.answer, [s.number], f"[{s.number}] gives {' '.join(named)} the title asked for ({title.forms[0]})", "cited")
        return Refuse(f"the title asked for ({title.forms[0]}) is in no cited sentence")
    # a person no sentence writes beside the title ("Jabatan Camat X ... belum diisi", answered
    # with a doctor of another office) was not given it
    if named and not any(re.search(title.pattern(), s.text) and any(re.search(rf"\b{re.escape(w)}\b", s.text, re.I) for w in named) for s in d.context.sentences):
        return Refuse(f"no sentence writes {' '.join(named)} beside the title asked for ({title.forms[0]})")
    return None


def office_is_of_the_asked_government(d: Draft) -> Change:
    """Asked who heads an office of one government, named after it ("Siapa Kepala Dinas Kesehatan
    Provinsi Maluku Utara ...?"), the person the cited sentences give that office of another
    government ("Kepala Dinas Kesehatan Halmahera Barat, dr. Novita Sangaji") is no answer: an
    article about a regency names its own office's head and only the province's office."""
    title = d.question.title
    if not title or not title.office:
        return None
    named = (*d.question.governments, *d.question.unknown_governments, *(s.government for s in d.context.sentences if s.government))
    regions = {region_of(g) for g in named}
    after = rf"\b{office_regex(title.office)}\s+(?:(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota|Pemprov|Pemkab|Pemkot)\s+)?({'|'.join(map(re.escape, sorted(regions, key=len, reverse=True)))})\b"
    if not regions or not (asked := re.search(after, d.question.text, re.I)):
        return None
    text = d.cited_sentences()
    for person in re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", d.body()):
        held = title_of(person, text) or title_of(person, text, after=True) or ""
        if (of := re.search(after, held, re.I)) and of.group(1).lower() != asked.group(1).lower():
            return Refuse(f"the cited sentences make {person} {held}, not the head of {asked.group(0)}")
    return None


def name_holds_the_asked_title(d: Draft) -> Change:
    """The person answered is the one the cited sentences give the asked title, in whatever order
    they write it ("Wakil Bupati Lebak Ade", "Ade, Wakil Bupati Lebak,", "Ade selaku Wakil
    Bupati"); the person named next to another title is someone else, and the one the sentences
    say held it before ("X, yang sebelumnya menjabat Kepala BPBD, kini ...") no longer holds it:
    when they say whom the post went to ("Kursi Camat X diisi Yusuf") or who runs the office now
    ("BPBD dipimpin Plt Asep"), that person is the answer."""
    title = d.question.title
    if not title:
        return None
    named = {w for n in names_in(d.answer) for w in name_words(n)} - {w.lower() for w in d.question_words()}
    text = d.cited_sentences()  # not the headline, which capitalises every word ("Kursi Kepala Dinas PUPR Akhirnya Terisi")
    articles = " ".join(s.text for s in d.context.sentences if s.doc_id in d.cited_docs())  # who left, and to whom it went
    successors = new_holders(title, articles)
    former = [f for f in former_holders(title, articles) if f not in successors]
    given = [g for g in holders(title, text, d.question.regions) if g not in former] + successors
    if named and former and not d.question.before and any(named & set(name_words(f)) for f in former) and not named & {w for g in successors for w in name_words(g)}:
        if len(successors) == 1 and (holder := _holder_sentence(d.context, successors[0], d)) is not None:
            return Rewrite(successors[0], [holder], f"the cited sentences say the post went from {former[0]} to {successors[0]}")
        return Refuse(f"the cited sentences say {former[0]} held the title before")
    # "Camat Pekalongan Utara sebelumnya, Fajar" answering Camat Pekalongan Selatan; "Kepala BKPSDM, Yuyun" answering
    # who runs the BPBD (not "Kepala Bidang Kedaruratan BPBD, Asep": a head within the asked office)
    # a government's head, deputy or secretary is asked ("Wakil Bupati"): the head of an office ("Kepala BKPSDM Rina") is someone else
    governs = title.forms[0].split()[0] in _GOVERNMENT_HEADS | {"sekretaris"} and not title.office
    if (title.of_a_place or (title.office and not d.question.before) or governs) and named and not given:
        for person in re.findall(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", d.body()):
            if any(w.lower() in NOT_NAME_WORDS for w in person.split()):
                continue  # a title or an office, not a person
            held = re.sub(r"\s+sebelumnya$", "", title_of(person, text) or title_of(person, text, after=True) or "")
            other = title.of_a_place or governs or not re.search(rf"\b{office_regex(title.office)}\b", held, re.I)
            # a title of the same kind ("Kepala BKPSDM"), or, for an office, the government's head ("Wali Kota Cirebon")
            kind = held.split()[0].lower() if held else ""
            alike = kind == title.forms[0].split()[0].lower() or (not title.of_a_place and not title.chairs and kind in _GOVERNMENT_HEADS)
            alike = alike or (governs and kind in _HEADS_OF_OFFICES)
            if held and other and alike and not re.search(title.pattern(), held):
                return Refuse(f"the cited sentences make {person} {held}, not {' '.join(filter(None, (title.forms[0], title.office)))}")
    if named and given and not named & {w for g in given for w in name_words(g)}:
        if not d.question.before and len(successors) == 1 and (holder := _holder_sentence(d.context, successors[0], d)) is not None:
            return Rewrite(successors[0], [holder], f"the cited articles say {successors[0]} holds the post now, not the person answered")
        return Refuse(f"the cited sentences give the title to {given[0]}, not to the person answered")
    return None


_HEADS_OF_OFFICES = {"kepala", "kadis", "kaban", "kalaksa", "kabid", "kabag", "camat", "lurah", "plt"}
_GOVERNMENT_HEADS = {"bupati", "wali", "walikota", "gubernur", "wakil"}  # who swears the heads of offices in, not one of them (but may chair a body: "TPPS diketuai Wakil Bupati")


def asked_person_in_cited_article(d: Draft) -> Change:
    """A person the question names is named in the article the answer cites: asked about "Bupati
    Yuliani", an answer from an article about her predecessor is about someone else."""
    people = d.question.people_in(d.retrieved_text())
    docs = d.cited_docs()
    articles = " ".join(d.article(doc) or " ".join(s.text for s in d.context.sentences if s.doc_id == doc) for doc in docs)
    missing = [p for p in people if not re.search(person_pattern(p), articles, re.IGNORECASE)]
    return Refuse(f"the cited article never names {missing[0]}, whom the question names") if missing else None


# A question after the office's chosen or permanent holder ("who won the selection for head of
# the Dinkes?", "the last definitive head before ..."), or after the one before an acting head.
_CHOSEN = re.compile(r"\b(?:won|wins?|winners?|menang\w*|memenangi|pemenang\w*|terpilih|definitif|definitive|permanent)\b", re.I)
_ACTING_ASKED = re.compile(r"\b(?:acting|plt|pelaksana tugas|interim|sementara)\b", re.I)
# an acting head ruled out, not asked: "definitif, bukan pelaksana tugas (Plt)", "not the acting one"
_NOT_ACTING = re.compile(r"\b(?:bukan|not(?:\s+the|\s+an)?)\s+(?:acting|plt|pelaksana tugas|interim|sementara)\b(?:\s*\((?:plt|acting)\))?", re.I)
_BEFORE_THE_ACTING = re.compile(r"\b(?:before|sebelum)\b[^?,]{0,60}\b(?:acting|plt|pelaksana tugas|interim|sementara)\b", re.I)


def acting_is_not_the_one_chosen(d: Draft) -> Change:
    """Asked who won a selection or holds an office for good, or who held it before an acting head
    took over, the acting head (Plt) is no answer: "Sekretaris Dinkes, dr. Nurul Hidayah, ditunjuk
    sebagai Plt Kepala Dinkes" does not say who won the Dinkes selection. Refused when the cited
    sentences write the person answered only as Plt, never as sworn in or chosen."""
    question, title = d.question.text, d.question.title
    if title and {"plt", "pelaksana tugas"} & set(title.forms):
        return None  # the acting head is asked ("siapa yang menjabat Plt ...")
    # the one before an acting head, or the chosen one unless the acting head is what is asked
    # ("sebelum Teddy dilantik, siapa yang menjabat sementara ...")
    if not (_BEFORE_THE_ACTING.search(question) or (_CHOSEN.search(question) and not _ACTING_ASKED.search(_NOT_ACTING.sub(" ", question)))):
        return None
    names = [w for w in names_in(d.answer) if w.lower() in _people_answered(d) and len(w) > 2]
    if not names:
        return None
    name = "(?:" + "|".join(map(re.escape, names)) + ")"
    text = " ".join(" ".join(s.text.split()) for n in d.cited if (s := d.context.get(n)))
    # "Plt Kepala BPKAD Sumbawa, Nurul Hidayati, ..."; "Nurul, yang sehari-hari menjabat Sekretaris BPKAD, ditunjuk sebagai pelaksana tugas"
    acting = re.search(rf"\b(?:Plt\.?|[Pp]elaksana [Tt]ugas)\s+(?:[\w.()]+,?\s+){{0,6}}?{name}\b|\b{name}\b[^.]{{0,90}}?\b(?:sebagai|menjadi|selaku)\s+(?:Plt|[Pp]elaksana [Tt]ugas)\b", text)
    # a sentence naming X as sworn in, chosen or definitive ("X, yang sebelumnya Plt, resmi dilantik
    # sebagai Kepala Dinkes definitif"); not one where X is replaced ("... menggantikan Plt X")
    chosen = any(
        re.search(rf"\b{name}\b", sentence) and re.search(r"\b(?:dilantik|terpilih|definitif|pemenang)", sentence)
        and not re.search(rf"\bmenggantikan\s+(?:Plt\.?\s+)?(?:[\w.]+\s+){{0,4}}?{name}\b", sentence)
        for sentence in _SENTENCE_END.split(text)
    )
    if not (acting or re.search(r"\bPlt\b", d.body())) or chosen:
        return None
    return Refuse(f"the cited sentences make {' '.join(names)} acting head (Plt), and the one chosen or before was asked")


def _people_answered(d: Draft) -> set[str]:
    """The words of the answer that may name a person, in lower case: not an office ("Dinkes"),
    nor an acronym unless the whole answer is shouted ("ADE SUGIANTO", copied from a caption)."""
    shouted = d.body().upper() == d.body()
    return {w.lower() for w in names_in(d.answer) if (shouted or not w.isupper()) and w.lower() not in OFFICE_SHORT}


def names_someone_new(d: Draft) -> Change:
    """A who-answer names someone the question does not, in any letter case: "Teddy Sopiandi" to
    "camat lembang yg baru siapa? kan teddy sopiandi udh jd kadis" names no one new, and an
    office ("Plt Kepala Dinkes", "Kepala BPBD") names no one, nor a place ("Kawasan Pusat
    Pemerintahan" to "Siapa nama Gubernur Banten yang memerintahkan tes urine?")."""
    if not _people_answered(d) - {w.lower() for w in d.question_words()}:
        return Refuse("a name was asked and the answer names no one the question does not")
    if not persons_in(re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group(0).title(), d.body())):  # "ADE SUGIANTO" is a name
        return Refuse("a name was asked and the answer names a place or an office, no one")
    return None


def every_name_asked_is_given(d: Draft) -> Change:
    """A who-question that says how many people it asks for ("Siapa dua kandidat lain ...",
    "the names of the 17 officials") is answered by as many names the question does not already
    give: one name is not "the 17 officials" (the article does not list them), and the person the
    question names ("bersama Wahyu") is not one of "the two others". Each name is one item of the
    answer's list, so a name with its title counts once."""
    if d.question.items < 2:
        return None
    known = {w.lower() for w in d.question_words()}
    pieces = re.split(r"\s*(?:[,;]|\b(?:dan|and|serta)\b|&)\s*", d.body())
    named = [
        p for p in pieces
        if {w.lower() for w in names_in(p) if not w.isupper()} - known - set(OFFICE_SHORT)
        and not any(_named_in(person, p) for person in d.question.persons)  # "Panewu Depok Wahyu ...": the one the question names, with his post
    ]
    if len(named) >= d.question.items:
        return None
    return Refuse(f"{d.question.items} people were asked for and the answer names {len(named)} the question does not")


# ---- repairs -----------------------------------------------------------------------------


def title_answered_with_its_holder(d: Draft) -> Change:
    """"Siapa Bupati Lebak?" answered with the title itself ("Bupati Lebak"): the name the context
    gives for that title, in any order, is the answer."""
    title = d.question.title
    if not title or _people_answered(d) - {w.lower() for w in d.question_words()} - {w.lower() for r in d.question.regions for w in r.split()}:
        return None  # a name, not the title (an office, "Plt Kepala Dinkes", names no one)
    for n in d.cited + [s.number for s in d.context.sentences if s.number not in d.cited]:
        if given := holders(title, d.context.get(n).text, d.question.regions):
            return Rewrite(f"{given[0]} [{n}]", [n], f"the answer was the title; sentence {n} gives it to {given[0]}")
    return None


_UNIT = re.compile(r"\b(?:how many|berapa)\s+(years|months|weeks|days|hours|tahun|bulan|minggu|hari|jam)\b", re.I)
_BARE = re.compile(r"^\s*(\d[\d.,]*|[a-z]+)\s*\.?\s*$", re.I)
_UNIT_AFTER = r"\s+(hari|minggu|bulan|tahun|jam|days?|weeks?|months?|years?|hours?)\b"
_UNIT_NAMES = {
    "en": {"hari": "days", "minggu": "weeks", "bulan": "months", "tahun": "years", "jam": "hours", "day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours"},
    "id": {"day": "hari", "week": "minggu", "month": "bulan", "year": "tahun", "hour": "jam"},
}


def duration_has_its_unit(d: Draft) -> Change:
    """A bare number answering "how long" gets its unit: the one the question asks in ("berapa
    hari"), else the one the cited sentence writes after that number ("dalam 100 hari")."""
    asked = _UNIT_NAMES["en"].get(m.group(1).lower().rstrip("s"), m.group(1).lower()) if (m := _UNIT.search(d.question.text)) else None
    for value in numbers_in(d.body()):  # "over how many years?" answered with the "100" of "100 hari"
        for start, end, v in number_spans(d.cited_sentences()):
            written = re.match(_UNIT_AFTER, d.cited_sentences()[end:], re.I)
            if v == value and written and asked and _UNIT_NAMES["en"].get(written.group(1).lower().rstrip("s"), written.group(1).lower()) != asked:
                return Refuse(f"{value} counts {written.group(1)} in the cited sentence, and {asked} were asked")
    if not _BARE.match(d.body()) or not numbers_in(d.body()):
        return None
    unit = m.group(1).lower() if m else None
    if unit is None:
        value = min(numbers_in(d.body()))
        for start, end, v in number_spans(d.cited_text()):
            if v == value and (m := re.match(_UNIT_AFTER, d.cited_text()[end:], re.I)):
                unit = m.group(1).lower()
                break
    if unit is None:
        return None
    unit = _UNIT_NAMES[d.question.language].get(unit.rstrip("s"), unit)
    fixed = f"{d.body().rstrip(' .')} {unit}"
    return Rewrite(fixed, d.cited, f"a bare number answered a length of time; its unit is {unit}")


# How an answer says it counted a span's days with both its ends ("6 hari: 22 Juni 2026 hingga 27
# Juni 2026, termasuk kedua ujungnya"): `_computed` then takes the count as ours.
_BOTH_ENDS = {"en": "both ends counted", "id": "termasuk kedua ujungnya"}
# A question of the time between two events ("berjarak berapa hari dari pelantikan sebelumnya"),
# not of how long one ran.
_GAP_ASKED = re.compile(r"\b(?:jarak|berjarak|selang|berselang|between|antara|after|setelah|sesudah|since|sejak|sebelum(?:nya)?|before|apart)\b", re.I)


# How long something lasts: "how long does the emergency status last?", "berapa lama status itu berlaku?"
# (not "how long was the office without a head?", a time between events).
_HOW_LONG = re.compile(
    r"\bhow long\b[^?]*\b(?:last|lasts|lasted|run|runs|ran|remain|remains|stay|stays|be open|valid|in force|in effect|operate|operated|open|opened)\b"
    r"|\b(?:berapa|brp) lama\b[^?]*\b(?:berlangsung|berlaku|dibuka|digelar|berjalan|beroperasi)\b|\b(?:berlangsung|berlaku|dibuka|digelar|berjalan|beroperasi)\b[^?]*\b(?:berapa|brp) lama\b"
    # a time named by its span: "Berapa lama masa pendaftaran daring beasiswa?"
    r"|\b(?:berapa|brp) lama\s+(?:masa|periode|jangka\s+waktu)\b|\bhow long\s+(?:is|was)\s+the\s+(?:\w+\s+){0,2}period\b",
    re.I,
)


# A question asking by how many days a day was moved: "diperpanjang brp hari", "By how many days was
# the announcement delayed?", "berapa hari perpanjangan waktu (kesempatan) ...".
_MOVED_ASKED = re.compile(r"\b(?:diperpanjang|perpanjangan|perpanjang|extended|extension|extra\s+time|kesempatan|diundur|mundur|molor|tertunda|ditunda|delay(?:ed)?|postponed|pushed\s+back|bergeser|digeser)\b", re.I)
# ... and a sentence saying it was: "batas waktu itu diperpanjang hingga Selasa (20/1/2026)",
# "Kontraktor kami beri kesempatan ... sampai Rabu, 7 Januari 2026, lewat adendum", "Pengumuman itu
# mundur dari jadwal semula".
_MOVED = re.compile(r"\b(?:diperpanjang|perpanjangan|diundur|mundur|molor|tertunda|ditunda|bergeser|digeser|kesempatan|adendum|extended|postponed|delayed)\b", re.I)


def days_a_day_was_moved(d: Draft) -> Change:
    """Asked by how many days something was extended or delayed (`_MOVED_ASKED`), the answer is
    the days from the day first set to the day it was moved to, which the sentences give as dates:
    "Awalnya data harus disetor paling lambat Jumat (16/1), namun batas waktu itu diperpanjang
    hingga Selasa (20/1/2026)" -> "4 hari: 16 Januari 2026 hingga 20 Januari 2026". A sentence
    giving only the new day ("beri kesempatan ... sampai Rabu, 7 Januari 2026, lewat adendum";
    "Pengumuman itu mundur dari jadwal semula", after "... pada Kamis (2/7)") is read with the day
    first set that another sentence of the government gives, the one sharing most words with the
    question ("masa kontrak yang berakhir Jumat (28/11)"). A small model answers with the
    contract's own length. Not when a sentence writes the length itself ("diperpanjang 7 hari"),
    nor for a span of the extension written as one ("diperpanjang mulai 26 Januari hingga 1
    Februari": `days_of_a_written_span`, just before, counts it). Runs after that rule: a span
    the question's words find is not the move's."""
    q = d.question
    if not _MOVED_ASKED.search(q.text) or q.left:
        return None
    said = [s for s in d.context.sentences if eligible(d, s)]
    moved = [s for s in said if _MOVED.search(s.text)]
    if any(re.search(r"\b\d+\s+(?:hari|days?)\b", with_digits(s.text), re.I) and _MOVED.search(s.text) for s in moved):
        return None  # "diperpanjang tujuh hari": the length is written
    found = []
    for s in moved:
        days = [when for when, _, _, _ in _days_written(s)]
        if date_ranges(s.text):
            continue
        if len(days) == 2 and days[0] < days[1]:
            found.append((days[0], days[1], [s.number]))
            continue
        own = {s.number}
        if not days and (before := _next_to(d, s)[0]):  # "... pada Kamis (2/7). Pengumuman itu mundur dari jadwal semula"
            days, own = [when for when, _, _, _ in _days_written(before)], {s.number, before.number}
        if len(days) != 1:
            continue
        new = days[0]
        firsts = [(_shared_roots(d, t.text), when, t.number) for t in said if t.number not in own and t.government == s.government
                  for when, _, _, _ in _days_written(t) if 0 < (new - when).days <= 120]
        best = [f for f in firsts if f[0] == max((f[0] for f in firsts), default=0) and f[0] >= 2]
        if len({when for _, when, _ in best}) == 1:
            found.append((best[0][1], new, sorted({best[0][2], s.number})))
    if len({(a, b) for a, b, _ in found}) != 1:
        return None
    first, last, numbers = found[0]
    lang = q.language
    shown = f"{(last - first).days} {'hari' if lang == 'id' else 'days'}: {format_date(first, lang)} {'hingga' if lang == 'id' else 'to'} {format_date(last, lang)}"
    if d.body().startswith(shown):
        return None
    return Rewrite(with_markers(shown, numbers), numbers, f"{' and '.join(f'sentence {n}' for n in numbers)} give the day first set, {first}, and the day it was moved to, {last}")


def days_of_a_written_span(d: Draft) -> Change:
    """Asked for how many days something ran (or how long it lasts, or for how many weeks), of a
    sentence that gives it only as a span of dates ("Pendaftaran tahap II dibuka 22 hingga 27 Juni
    2026"), the answer is the days of that span, both ends counted: 6 hari (a model counts them
    badly: "tiga hari"); in weeks when asked so and they are whole ("12 minggu (84 hari): ...").
    A span may be written over two sentences running on, its start in one and its end in the next
    ("... menjadi tanggap darurat mulai Senin (10/8/2026). Status tanggap darurat berlaku hingga
    Minggu (23/8/2026)"). A length the sentences write in days ("berlaku 14 hari") is theirs. The
    span is the one of the sentence of the cited articles most about what was asked (by shared
    word stems, two at least; a sentence about "Status tersebut" is read with the one before
    it), whichever the model cited; else the one span the model answered with ("lasts from SPPT
    diterbitkan on Senin (2/3) hingga Selasa (30/6/2026)": 121 days); asked of one numbered round ("pin polio putaran 2 brp hari?"),
    the sentence writing that round ("Putaran kedua dijadwalkan Senin (6/4) sampai Sabtu
    (18/4/2026)"), the round counting as one word shared."""
    asked_unit = _UNIT.search(d.question.text)
    unit_asked = asked_unit.group(1).lower() if asked_unit else ""
    weeks = unit_asked in ("weeks", "minggu")
    in_days = unit_asked in ("days", "hari") or weeks if asked_unit else bool(_HOW_LONG.search(d.question.text))  # "how long does the status last?"
    if d.question.left or not in_days or _GAP_ASKED.search(d.question.text):
        return None
    docs = d.cited_docs()
    article = [s for s in d.context.sentences if s.doc_id in docs]
    spans = _written_spans(d, article)
    if len(asked := rounds_in(d.question.text)) == 1:  # "putaran 2 brp hari": the span of the sentence writing that round
        spans = [(shared + 1, said, ends) for shared, said, ends in spans if asked <= rounds_in(" ".join(t.text for t in said))] or spans
    # a length the article writes, in a sentence as much about what was asked as any span (the
    # unit not counted as a word shared): not "Tahun lalu, penyaluran ... sempat molor sembilan hari"
    def about(text: str) -> int:
        return _shared_roots(d, re.sub(r"\b(?:hari|days?)\b", "", text, flags=re.I))

    most = max([2] + [about(" ".join(t.text for t in said)) for _, said, _ in spans])
    written = {v for s in article if about(s.text) >= most for _, end, v in number_spans(s.text) if re.match(r"\s+(?:hari|days?)\b", s.text[end:], re.I)}
    if numbers_in(d.body()) & written:
        return None
    best = _most_about_the_question(spans)
    if len(best) != 1:  # else the one span the model answered with, its days left uncounted
        answered = {(a.value.month, a.value.day) for a in find_dates(d.body())}
        best = list({ends: (said, ends) for _, said, ends in spans if {(e.month, e.day) for e in ends} == answered}.values())
    if len(best) != 1:
        return None  # no one span of the sentence most about what was asked, nor answered
    said, (start, end) = best[0]
    days = (end - start).days + 1
    if not 1 < days <= 366 or (weeks and days % 7):
        return None
    lang = d.question.language
    to, unit = ("hingga", "hari") if lang == "id" else ("to", "days")
    shown = f"{days} {unit}: {format_date(start, lang)} {to} {format_date(end, lang)}, {_BOTH_ENDS[lang]}"
    if weeks:
        shown = f"{days // 7} {'minggu' if lang == 'id' else 'weeks'} ({shown})"
    if d.body().startswith(shown):
        return None
    numbers = [s.number for s in said]
    # the right count bare ("14 days") gets its span written too: no sentence states 14, the dates do
    where = " and ".join(f"sentence {n}" for n in numbers)
    return Rewrite(with_markers(shown, numbers), numbers, f"{where} give{'s' if len(numbers) == 1 else ''} the span {start} to {end}: {days} days, both ends counted")


def _written_spans(d: Draft, sentences: list[Sentence]) -> list[tuple[int, list[Sentence], tuple[date, date]]]:
    """Every span of dates the sentences write, in one sentence ("terhitung Senin (12/1) sampai
    Minggu (25/1/2026)") or over two running on, each with how many word stems it shares with the
    question (`_shared_roots`): how much it is about what was asked."""
    spans = [(_shared_roots(d, _with_referent(d, s)), [s], ends) for s in sentences for r in date_ranges(s.text) if (ends := _range_dates(s, r))]
    spans += [(_shared_roots(d, f"{s.text} {t.text}"), [s, t], ends) for s, t in zip(sentences, sentences[1:]) if _runs_on(s, t) and (ends := _span_over_two(s, t))]
    return spans


def _most_about_the_question(spans: list[tuple[int, list[Sentence], tuple[date, date]]]) -> list[tuple[list[Sentence], tuple[date, date]]]:
    """Of `_written_spans`, those sharing the most word stems with the question, two at least."""
    return [(said, ends) for shared, said, ends in spans if shared >= 2 and shared == max(x for x, _, _ in spans)]


_STILL_SAID = {
    "id": ("Ya, masih: berlangsung {start} hingga {end}", "Tidak, sudah berakhir: berlangsung {start} hingga {end}", "Belum: baru dimulai {start} (hingga {end})"),
    "en": ("Yes, it still runs: {start} to {end}", "No, it has ended: it ran {start} to {end}", "Not yet: it starts {start} (until {end})"),
}


# Words that say an event is a span's end or its start: "registration closes", "dibuka".
_CLOSES = re.compile(r"\b(?:clos\w*|ends?|ended|ending|deadline|ditutup(?:nya)?|tutup|berakhir(?:nya)?|selesai(?:nya)?|batas|tenggat|usai)\b", re.I)
_OPENS = re.compile(r"\b(?:opens?|opened|starts?|started|begins?|began|dibuka(?:nya)?|buka|dimulai(?:nya)?|mulai)\b", re.I)


def _days_written(s: Sentence) -> list[tuple[date, int, int, str]]:
    """Each day a sentence writes, with where it stands and how a span marks it ("start", "end"
    of "dibuka 8 hingga 12 Juni 2026", "" for a day alone), its year settled by the article's
    date: "Rabu (20/5)" in an article of May 2026 is 20 May 2026, and "dijadwalkan 30 Juni" in
    one of early June is 30 June of its year (`dates.dates_from`)."""
    reference = date.fromisoformat(s.date) if s.date else None
    parsed = find_dates(s.text, reference, near=True) + ([p for p in dates_from(s.text, reference) if p.inferred] if reference else [])  # "dijadwalkan 30 Juni"
    found, at = [], 0
    for one in sorted(parsed, key=lambda p: s.text.find(p.raw)):
        if (start := s.text.find(one.raw, at)) >= 0:
            found.append((one.value, start, start + len(one.raw), ""))
            at = start + len(one.raw)
    for span in date_ranges(s.text):
        ends = [f for f in found if f[1] >= span.start and f[0].day == span.last_day]
        if not ends and reference and len(whole := dates_from(span.last, reference)) == 1:  # "Senin–Selasa (9–10/2)": no day of it parsed alone
            ends = [(whole[0].value, span.start + 1, span.start + 2, "")]
            found.append(ends[0])
        if not ends:
            continue
        last = ends[0]
        # a start written whole ("mulai Senin (26/1) hingga Jumat (6/2/2026)") is read as written;
        # one written as a bare day ("dibuka 8 hingga 12 Juni 2026") takes its end's month
        if firsts := [f for f in found if span.start <= f[1] < last[1] and f[0].day == span.first_day]:
            found.remove(firsts[0])
            start = (*firsts[0][:3], "start")
        elif span.first_day <= span.last_day:
            start = (last[0].replace(day=span.first_day), span.start, span.start + len(span.first), "start")
        else:
            continue
        found.remove(last)
        found += [start, (*last[:3], "end")]
    return sorted(found, key=lambda f: f[1])


# Words written around a day that say nothing of what falls on it: "pada", "kemudian", "on".
_DAY_WORDS = {"pada", "tanggal", "tgl", "hari", "di", "dan", "serta", "kemudian", "lalu", "mulai", "sejak", "hingga", "sampai", "on", "and", "then", "from", "until", "at", "in"}


def _what_is_on(s: Sentence, days: list[tuple[date, int, int, str]], i: int) -> str:
    """What a sentence says falls on its `i`-th written day: the clause holding it, between the
    commas outside dates, less a word joining it on ("Rabu (20/5) di Nusaniwe" of ", kemudian Rabu
    (20/5) di Nusaniwe,"; "Pengumuman hasil seleksi administrasi dijadwalkan Selasa (24/2)"), or
    the whole sentence when that clause says nothing else ("Pada Senin (12/1/2026), ...")."""
    inside = [(a, b) for _, a, b, _ in days]
    cuts = [m.start() for m in re.finditer(r"[,;]", s.text) if not any(a <= m.start() < b for a, b in inside)]
    at, end = days[i][1], days[i][2]
    left = max([c + 1 for c in cuts if c < at], default=0)
    right = min([c for c in cuts if c >= end], default=len(s.text))
    clause = s.text[left:right]
    words = [w for w in re.findall(r"[A-Za-z]{2,}", s.text[left:at] + " " + s.text[end:right]) if w.lower() not in _DAY_WORDS]
    said = clause if words else s.text
    return re.sub(r"^[\s,;:–-]*(?:(?:dan|serta|lalu|kemudian|and|then)\s+)?|[\s,;:–-]+$", "", said).rstrip(".")


def what_falls_days_after_the_event(d: Draft) -> Change:
    """Asked what falls some days after an event (`Question.days_from`: "what is scheduled four
    days after registration closes?"), the answer is what a sentence writes on that day, counted
    here from the event's day: "Pendaftaran ditutup Jumat (20/2)" and "pengumuman hasil seleksi
    administrasi Selasa (24/2)" give "24 February 2026: pengumuman hasil seleksi administrasi
    Selasa (24/2)". A small model answers with a date, or the event itself. The event's day is the
    one written with most of the question's words for it (in its own clause first), the end of a
    span for an event that closes, its start for one that opens; when nothing falls on the day
    counted from it, the day of the next best event is tried, up to three."""
    if not (asked := d.question.days_from):
        return None
    n, event = asked
    words = _roots(expand_query(event)) - _roots(" ".join(d.question.regions))
    edge = "end" if _CLOSES.search(event) else "start" if _OPENS.search(event) else ""
    written = [(s, days) for s in d.context.sentences if eligible(d, s) and (days := _days_written(s))]
    anchors = []
    for k, (s, days) in enumerate(written):
        for i, (when, _, _, mark) in enumerate(days):
            on = _what_is_on(s, days, i)
            if edge and (mark and mark != edge or not mark and (_OPENS if edge == "end" else _CLOSES).search(on)):
                continue  # registration closing is not its span's start, nor a day it "dibuka"
            if i == 0 and len(days) >= 3:  # a list by day ("Pasar murah digelar Senin (18/5) di X, kemudian Rabu (20/5) di Y, ..."): its head is every day's
                on = on[max(on.find(s.text[days[0][1] : days[0][2]]), 0) :]
            own, whole = len(words & _roots(on)), len(words & _roots(s.text))
            if whole:
                anchors.append(((own, whole, -k), when, s.number))
    for _, when, number in sorted(anchors, key=lambda a: a[0], reverse=True)[:3]:
        target = when + timedelta(days=n)
        hits = [(s, days, i) for s, days in written for i, (day, _, _, _) in enumerate(days) if day == target]
        if hits:
            s, days, i = hits[0]
            on = _what_is_on(s, days, i)
            answer = f"{format_date(target, d.question.language)}: {on}"
            if strip_markers(d.answer).strip().startswith(answer):
                return None
            return Rewrite(f"{answer} [{s.number}]", [s.number], f"sentence {number} gives the event's day, {when.isoformat()}; {n:+d} days is {target.isoformat()}, which sentence {s.number} gives: {on!r}")
    return None


def still_on_the_asked_day(d: Draft) -> Change:
    """Asked whether something still runs (or a status is still in force) on one day ("Apakah
    status tanggap darurat masih berlaku pada Selasa, 27 Januari 2026?"), the answer is read off
    the span of dates the sentence most about it gives ("status tanggap darurat ... terhitung Senin
    (12/1) sampai Minggu (25/1/2026)"): "Tidak, sudah berakhir: berlangsung 12 Januari 2026 hingga
    25 Januari 2026". A small model cannot compare dates, and says it found nothing. The sentence is
    the one of any retrieved article sharing the most word stems with the question (two at least),
    and only one such span; the asked day's year is read against that article's date."""
    q = d.question
    if not q.still:
        return None
    sentences = [s for s in d.context.sentences if s.date]
    best = _most_about_the_question(_written_spans(d, sentences) + _written_deadlines(d, sentences))
    if len({ends for _, ends in best}) != 1:
        return None  # no one span of the sentence most about what was asked
    said, (start, end) = best[0]
    if len(asked := {f.value for f in find_dates(q.text, date.fromisoformat(said[0].date), near=True)}) != 1:
        return None
    day = asked.pop()
    numbers = [s.number for s in said]
    if start is None:  # a deadline: "undian bagi wajib pajak yang melunasi ... paling lambat Jumat (31/7)"
        shown = _BY_THE_DEADLINE[q.language][day > end].format(end=format_date(end, q.language))
        return Rewrite(with_markers(shown, numbers), numbers, f"{day} is {'after' if day > end else 'by'} the deadline {end} of sentence {numbers[0]}")
    yes, ended, not_yet = _STILL_SAID[q.language]
    shown = (yes if start <= day <= end else ended if day > end else not_yet).format(start=format_date(start, q.language), end=format_date(end, q.language))
    return Rewrite(with_markers(shown, numbers), numbers, f"{day} is {'inside' if start <= day <= end else 'after' if day > end else 'before'} the span {start} to {end} of sentence {numbers[0]}")


_BY_THE_DEADLINE = {
    "id": ("Ya, masih: batasnya {end}", "Tidak, sudah lewat: batasnya {end}"),
    "en": ("Yes, it is still in time: the deadline is {end}", "No, it is too late: the deadline was {end}"),
}
_BEFORE_A_DEADLINE = re.compile(rf"\b{DEADLINE_WORDS}\b\W*(?:(?:pada|tanggal|tgl\.?|on|by)\s+)?(?:\w+,?\s+)?$", re.I)


def _written_deadlines(d: Draft, sentences: list[Sentence]) -> list[tuple[int, list[Sentence], tuple[date | None, date]]]:
    """Each day a sentence sets as the last for something ("bagi wajib pajak yang melunasi PBB-P2
    paling lambat Jumat (31/7)"), as a span with no start, with how many word stems the sentence
    shares with the question (`_shared_roots`), as `_written_spans` gives spans."""
    found = []
    for s in sentences:
        reference = date.fromisoformat(s.date) if s.date else None
        ends = {f.value for f in find_dates(s.text, reference, near=True) if _BEFORE_A_DEADLINE.search(s.text[: s.text.find(f.raw)][-60:])}
        if len(ends) == 1:
            found.append((_shared_roots(d, _with_referent(d, s)), [s], (None, ends.pop())))
    return found


# A span's start and end written in two sentences: "mulai Senin (10/8/2026)", "berlaku hingga Minggu (23/8/2026)".
_STARTS_FROM = re.compile(r"\b(?:mulai|sejak|starting|from)\s+(?:(?:pada|on|tanggal)\s+)?(?:\w+,?\s+)?$", re.I)
_ENDS_AT = re.compile(r"\b(?:hingga|sampai(?:\s+dengan)?|until|through)\s+(?:(?:pada|on|tanggal)\s+)?(?:\w+,?\s+)?$", re.I)


def _span_over_two(s: Sentence, t: Sentence) -> tuple[date, date] | None:
    """The start one sentence writes ("mulai Senin (10/8/2026)") and the end the next writes
    ("berlaku hingga Minggu (23/8/2026)"), neither writing a span of its own."""
    if date_ranges(s.text) or date_ranges(t.text):
        return None

    def marked(sentence: Sentence, words: re.Pattern[str]) -> list[date]:
        reference = date.fromisoformat(sentence.date) if sentence.date else None
        return [f.value for f in find_dates(sentence.text, reference, near=True) if words.search(sentence.text[: sentence.text.find(f.raw)][-40:])]

    starts, ends = marked(s, _STARTS_FROM), marked(t, _ENDS_AT)
    if len(starts) != 1 or len(ends) != 1 or not starts[0] < ends[0]:
        return None
    return starts[0], ends[0]


def _range_dates(s: Sentence, r: DateRange) -> tuple[date, date] | None:
    """The first and last day of a span a sentence writes ("20 April sampai 9 Mei 2026", "14 hingga
    27 Januari 2026", "Senin (9/2) sampai Selasa (31/3)" in an article of February 2026): the first
    takes the last's month and year when it writes none."""
    reference = date.fromisoformat(s.date) if s.date else None
    last = find_dates(r.last, reference)
    if not last and (month_of_last := re.search(rf"\b({MONTH_WORDS})\b", r.last, re.I)):
        # "Senin (9/2) sampai Selasa (31/3)": no year written, the weekday and the article's date give it
        last = [p for p in find_dates(s.text, reference, near=True) if (p.value.month, p.value.day) == (MONTHS[month_of_last.group(1).lower()], r.last_day)]
    named = re.search(rf"\b({MONTH_WORDS})\b", r.first, re.I)
    if not last:
        return None
    end = last[0].value
    month = MONTHS[named.group(1).lower()] if named else end.month
    try:
        return date(end.year - (month > end.month), month, r.first_day), end
    except ValueError:
        return None


def _roots(words: str) -> set[str]:
    """Word stems cut to five letters: "domisili" and the glossary's guess "domisiel" alike."""
    return {stem[:5] for stem in stems(words)}


def _shared_roots(d: Draft, text: str) -> int:
    """How many word roots a sentence shares with the question, an English one read in the words
    articles write: what the sentence is about. The words naming the question's government ("Kota
    Kupang") are not counted: they tell which article, not which of its sentences ("Wali Kota
    Kupang ... menetapkan status siaga DBD ... hingga Kamis (30/4/2026)" is not about the "1 Rumah
    1 Jumantik" movement asked of Kota Kupang)."""
    named = _roots(" ".join(d.question.governments))
    return len((_roots(expand_query(d.question.text)) - named) & _roots(text))


# The last day news sets for something, right before its date: "harus tuntas paling lambat 30 April 2026" ...
_DEADLINE = re.compile(rf"\b{DEADLINE_WORDS}\b\W*(?:(?:pada|tanggal|on|by)\s+)?$", re.I)
# ... or the day something ends: "kontrak berakhir 22 Desember 2026", "the contract expires on 30 June"
_ENDS_ON = re.compile(rf"{_DEADLINE.pattern}|\b{ENDS_WORDS}\s+(?:pada\s+|tanggal\s+|tgl\.?\s+|on\s+)?(?:[A-Za-z]+,?\s+)?$", re.I)


def days_left_until_the_deadline(d: Draft) -> Change:
    """"Tinggal berapa hari lagi sebelum kontrak berakhir?", "how many days did they have left to
    finish tendering?": the days from the day the question is about (a date it names, else the one
    a cited sentence writes for it, else the cited article's day) to the one deadline the cited
    sentences write after that day ("kontrak berakhir 22 Desember 2026", "paling lambat 31 Agustus
    2026"), else the one the cited articles' other sentences write; of several, the one whose
    sentence shares the most words with the question ("lelang paket pekerjaan fisik" for "finish
    tendering their physical works"). The calendar counts, not the model; with no deadline, or
    several the words cannot tell apart, the answer is left alone."""
    if not d.question.left:
        return None
    cited = [s for n in d.cited if (s := d.context.get(n)) and s.date]
    named = [f.value for f in find_dates(d.question.text, date.fromisoformat(cited[0].date))] if cited else []
    if not cited or len(set(named)) > 1:
        return None
    # the day of the event counted from: the one the question names, else the day a cited sentence
    # dates it with its weekday ("rapat evaluasi ..., Selasa (13/10/2026)" in an article of the
    # 14th; not "hingga 31 Juli 2026", a figure's period), else the article's
    written = [
        f.value for s in cited for f in find_dates(s.text, date.fromisoformat(s.date))
        if f.value <= date.fromisoformat(s.date) and (_WEEKDAY_WORD.search(f.raw) or re.search(rf"{_WEEKDAY_WORD.pattern}\W*$", s.text[: s.text.find(f.raw)][-14:], re.I))
    ]
    start = named[0] if named else written[0] if written else date.fromisoformat(cited[0].date)
    docs, asked = {s.doc_id for s in cited}, stems(expand_query(d.question.text))
    for sentences in (cited, [s for s in d.context.sentences if s.doc_id in docs]):
        deadlines = {
            (found.value, s.number): len(asked & stems(s.text))  # how much of the question the sentence speaks of
            for s in sentences
            for found in dates_from(s.text, start + timedelta(days=1))
            if _ENDS_ON.search(s.text[: s.text.find(found.raw)][-40:])
        }
        best = [key for key, overlap in deadlines.items() if overlap == max(deadlines.values(), default=0)]
        if len({value for value, _ in best}) == 1:
            (end, n), *_ = sorted(best)
            days = (end - start).days
            lang = d.question.language
            amount = f"{days} hari: {format_date(start, 'id')} hingga {format_date(end, 'id')}" if lang == "id" else f"{days} days: {format_date(start, 'en')} to {format_date(end, 'en')}"
            answer = f"{amount} {''.join(f'[{m}]' for m in sorted({cited[0].number, n}))}"
            if days in numbers_in(d.body()) and format_date(end, lang) in d.body():
                return None
            return Rewrite(answer, sorted({cited[0].number, n}), f"the days from {start} to the deadline {end} in [{n}]")
        if deadlines:
            return None  # several deadlines the question's words cannot tell apart
    return None


def _stating_the_duration(d: Draft, anywhere: bool) -> int | None:
    """The sentence that writes the answer's number followed by a unit of time: a cited one, else
    (`anywhere`) one of the cited articles beside it (a small model often cites the sentence after
    the one it read)."""
    values = numbers_in(d.body())
    candidates = [s for s in d.context.sentences if s.number in d.cited or (anywhere and s.doc_id in d.cited_docs())]
    for s in sorted(candidates, key=lambda s: s.number not in d.cited):
        if any(v in values and re.match(_UNIT_AFTER, s.text[end:], re.I) for _, end, v in number_spans(s.text)):
            return s.number
    return None


_MONTH_NAMES = {name.lower() for name in MONTH_NAMES_ID + MONTH_NAMES_EN} - {"may"}
_FIRST = re.compile(r"\b(?:first|earliest|pertama|perdana)\b", re.I)


def _event_words(clause: str) -> set[str]:
    """The stems of an event's words, in the words articles write ("opening the road tenders" ->
    "buka", "lelang", "jalan"), names of months and weekdays aside."""
    return stems(" ".join(w for w in re.findall(r"[a-z]{4,}", expand_query(clause).lower()) if w not in _NOT_NAMES))


def _event_sentence(d: Draft, clause: str) -> Sentence | None:
    """The dated context sentence that best matches one event of the question ("Tatu's rotation
    of 107 officials"): its numbers first, then its words (and their Indonesian equivalents)."""
    words = _event_words(clause)
    numbers = numbers_in(clause)
    # the month the clause names ("the one held in March"), in the year the question gives it
    named = {MONTHS[w] for w in re.findall(r"[a-z]+", clause.lower()) if w in _MONTH_NAMES}  # "March", "Mei"; not "may", "mar"
    months = [p for p in d.question.periods if p.start.month in named and (p.start.year, p.start.month) == (p.end.year, p.end.month)]

    dated = _dated_of_asked_government(d)
    # the clause's words each sentence writes, by their stems ("pengumuman" is "diumumkan"), also
    # past a prefix the stemmer cuts short ("menetapkan" -> "etap", "ditetapkan" -> "tetap")
    writes = {s.number: {w for w in words if any(w == t or (len(t) >= 4 and (w.endswith(t) or t.endswith(w))) for t in stems(s.text))} for s in dated}
    # a word few sentences write tells the event ("dimulai"), not the place or the disease every
    # sentence names ("Sidoarjo", "campak")
    often = {w: sum(1 for s in dated if w in writes[s.number]) for w in words}
    weight = {w: math.log((1 + len(dated)) / (1 + often[w])) for w in words}

    def score(s: Sentence) -> tuple[bool, int, float, int]:
        shared = writes[s.number]
        return (any(p.start <= _when(s) <= p.end for p in months), len(numbers & numbers_in(s.text)), sum(weight[w] for w in shared), len(shared))

    def enough(s: Sentence) -> bool:  # its month, a number, two words, or a word no other sentence writes
        return score(s)[0] or score(s)[1] > 0 or len(writes[s.number]) > 1 or any(often[w] == 1 for w in writes[s.number])

    if _FIRST.search(clause) and not months:
        # "the regent's first swearing-in of 2026": the earliest sentence of that event ("melantik")
        event = words - stems(" ".join(d.question.regions).lower())
        if of_event := [s for s in dated if event & writes[s.number]]:
            return min(of_event, key=lambda s: (_when(s), -score(s)[2]))
    best = max(dated, key=score, default=None)
    return best if best and enough(best) else None


# The day a quote was said, after its attribution: '..., kata Yusrianto di Sampit, Senin (2/3/2026).'
_SAID_ON = re.compile(r"\b(?:kata|ujar|tutur|ucap|jelas|ungkap|terang|sebut|said|told)\w*\b[^.;\"”]{0,50}$", re.I)


def _two_events_in_one(d: Draft, s: Sentence, clauses: tuple[str, str]) -> tuple[date, date] | None:
    """Both events of the question in one sentence that dates each: "Lelang dibuka mulai Senin
    (9/3) dan kami targetkan seluruh kontrak diteken paling lambat Senin (13/4)". Each event's
    date is the one right after the words of it (`_most_about`). None unless the two events take
    two pieces of their own."""
    ends, pieces = _dated_pieces(s)
    chosen = [_most_about(_event_words(clause), pieces) for clause in clauses]
    if None in chosen or len(set(chosen)) != 2:
        return None
    (a, b) = (ends[i][1] for i in chosen)
    return (a, b) if a != b else None


def _day_after_words(s: Sentence, clause: str) -> date | None:
    """Of a sentence writing several dates, the one right after an event's words: "Hasil seleksi
    diumumkan pada Rabu (24/6), kemudian daftar ulang berlangsung tiga hari, 25 sampai 27 Juni
    2026" dates the announcement 24 June (`_when` would take the article's day). None for a
    sentence of one date, or when no piece of it is most about the event."""
    ends, pieces = _dated_pieces(s)
    if len(ends) < 2 or (i := _most_about(_event_words(clause), pieces)) is None:
        return None
    return ends[i][1]


def _event_day(s: Sentence, clause: str) -> date | None:
    """The day a sentence writes for one event of the question: a span's end for an event that
    closes ("registration closes": "Pendaftaran dibuka ... mulai Senin (26/1) hingga Jumat
    (6/2/2026)" -> 6 February), its start for one that opens; else the date right after the
    event's words (`_day_after_words`); else the one day it writes, also one still to come
    ("Tahap berikutnya, penulisan makalah dan wawancara, dijadwalkan Jumat (20/2)"), which
    `_when` leaves for the article's day."""
    days = _days_written(s)
    edge = "end" if _CLOSES.search(clause) else "start" if _OPENS.search(clause) else ""
    if edge and len(marked := {when for when, _, _, mark in days if mark == edge}) == 1:
        return marked.pop()
    if day := _day_after_words(s, clause):
        return day
    return days[0][0] if len({when for when, _, _, _ in days}) == 1 else None


def _dated_pieces(s: Sentence) -> tuple[list[tuple[int, date]], list[str]]:
    """The dates a sentence writes (where each starts, and its day), not the day a quote was said,
    and the piece of the sentence up to each, from the date before it."""
    found = find_dates(s.text, date.fromisoformat(s.date), near=True) if s.date else []
    ends = sorted((at, f.value) for f in found if (at := s.text.find(f.raw)) >= 0 and not _SAID_ON.search(s.text[:at]))
    return ends, [s.text[ends[i - 1][0] if i else 0 : at] for i, (at, _) in enumerate(ends)]


def _most_about(words: set[str], pieces: list[str]) -> int | None:
    """The piece sharing most of the word stems, and strictly more than any other; None if none."""
    shared = [len(words & stems(piece)) for piece in pieces]
    best = max(shared, default=0)
    return shared.index(best) if best and shared.count(best) == 1 else None


def _events_of_periods(d: Draft, spans: tuple) -> list[Sentence]:
    """For two events the question dates by their periods ("its December 2025 and April 2026
    ceremonies"), the best-ranked sentence whose event falls in each; none unless both have one."""
    dated = _dated_of_asked_government(d)
    found = [max((s for s in dated if span.start <= _when(s) <= span.end), key=lambda s: s.score, default=None) for span in spans]
    return [s for s in found if s] if all(found) else []


def _dated_of_asked_government(d: Draft) -> list[Sentence]:
    """The dated sentences of the context; only those of the governments the question names, when
    it names some and the context has them (an event of another region is another event), and of
    articles that name the people it names."""
    dated = [s for s in d.context.sentences if s.date and eligible(replace(d, question=replace(d.question, periods=())), s)] or [
        s for s in d.context.sentences if s.date
    ]
    return [s for s in dated if s.government in d.question.governments] or dated


def _when(s: Sentence) -> date:
    """The day a sentence's event happened: the one date it writes in full or with its weekday
    ("pelantikan 58 pejabat pada 19 Desember 2025", in an April 2026 article), else its article's.
    A span's first day is its event's ("mulai 20 April sampai 9 Mei 2026"). A deadline, a
    decree's date or a date after the article's (but a start it announces: "mulai 20 April") is no
    event of the story ("paling lambat 30 April 2026", "SK tertanggal 20 Februari 2026")."""
    dated = date.fromisoformat(s.date)
    own = {
        found.value
        for found in find_dates(s.text, dated, near=True)
        if (not found.inferred or found.how.startswith("year inferred"))
        and (found.value <= dated or _STARTS_ON.search(s.text[: s.text.find(found.raw)]))
        and not _NOT_AN_EVENT_DATE.search(s.text[: s.text.find(found.raw)])
    }
    for r in date_ranges(s.text):  # "mulai 20 April sampai 9 Mei 2026": from its first day
        if (ends := _range_dates(s, r)) and (ends[0] <= dated or _STARTS_ON.search(s.text[: r.start])):
            own.add(ends[0])
    return own.pop() if len(own) == 1 else dated


# A start the article announces for a later day is that event's date: "Imunisasi kami mulai 20
# April sampai 9 Mei 2026", in an article of 13 April.
_STARTS_ON = re.compile(r"\b(?:mulai|dimulai|start(?:s|ing)?|begin(?:s|ning)?)\s+(?:(?:pada|on|tanggal)\s+)?(?:\w+,?\s+)?$", re.I)
_NOT_AN_EVENT_DATE = re.compile(r"\b(?:paling lambat|selambat-lambatnya|batas\s+\w+|tertanggal|hingga|sampai(?: dengan)?|until|by)\s*(?:\w+,?\s*)?$", re.I)


def interval_from_article_dates(d: Draft) -> Change:
    """"How long between X and Y": the days between the dates of the two events (the model's own
    arithmetic is not used): the date an event's sentence writes, else its article's. Each event
    is the dated sentence that best matches its part of the question ("between <X> and <Y>",
    "<Y> dimulai berapa hari setelah <X>"); failing that, the articles the answer cites, and the
    best-ranked sentence of another date. With fewer than two dates, nothing is computed.
    A length of time a cited sentence states itself answers a question that names one event and
    no "between" ("berapa lama masa pemeliharaan setelah pekerjaan selesai?" -> "enam bulan")."""
    match = BETWEEN.search(d.question.text) or DAYS_AFTER_ID.search(d.question.text)
    after = bool(match) and (match.re is DAYS_AFTER_ID or bool(match.group("a2") or match.group("a3")))  # "how many days after X was Y"
    # two months named, each with its own dated event ("its December 2025 and April 2026
    # ceremonies"): the time between them, not a length one article states ("rencana kerja 100 hari")
    two_events = len(d.question.periods) == 2 and len({_when(s) for s in _events_of_periods(d, d.question.periods)}) == 2
    if (not match or after) and not two_events and (stating := _stating_the_duration(d, anywhere=not match)) is not None:
        if stating in d.cited:
            return None  # "dari pengumuman sampai pelantikan ... 65 hari": a length the article states
        return Rewrite(d.answer, [stating], f"the length of time is stated in [{stating}]", "cited")
    if not match and (since := _since_then(d)):
        (first, a), (last, b) = since
        return Rewrite(_interval(d, first, a, last, b), sorted({a, b}), f"computed from 'sejak' {first} to the article's date, {last}")
    events, days = [], {}
    if match:
        first = match.group("a") or match.groupdict().get("a2") or match.groupdict().get("a3")
        paired = [(s, clause) for clause in (first, match.group("b")) if (s := _event_sentence(d, clause))]
        events = [s for s, _ in paired]
        days = {s.number: day for s, clause in paired if (day := _event_day(s, clause))}
    if len(events) == 2 and events[0] is events[1] and (both := _two_events_in_one(d, events[0], (first, match.group("b")))):
        (a, b), n = both, events[0].number
        return Rewrite(_interval(d, min(a, b), n, max(a, b), n), [n], f"sentence {n} dates both events: {a} and {b}")
    def when(s: Sentence) -> date:  # an event's day in a sentence of several dates is the one after its words
        return days.get(s.number) or _when(s)

    if len({when(s) for s in events}) < 2 and len(spans := d.question.periods) == 2:
        events = _events_of_periods(d, spans)  # "between its December 2025 and April 2026 ceremonies"
    own = {s.number for s in _dated_of_asked_government(d)}
    cited = [s.number for s in events] if len({when(s) for s in events}) == 2 else [n for n in d.cited if n in own]
    dates = {when(d.context.get(n)) for n in cited}
    if len(dates) == 1:
        other = max((s for s in _dated_of_asked_government(d) if when(s) not in dates), key=lambda s: s.score, default=None)
        if other:
            cited.append(other.number)
    dated = sorted({(when(d.context.get(n)), n) for n in cited})
    if len({x for x, _ in dated}) < 2:
        return Refuse("the cited sentences do not date two events")
    (first, a), (last, b) = dated[0], dated[-1]
    return Rewrite(_interval(d, first, a, last, b), [a, b], f"computed from the articles' dates, {first} and {last}")


def _interval(d: Draft, first: date, a: int, last: date, b: int) -> str:
    """The days between two dates, and about how many months when over six weeks, each date cited."""
    days = (last - first).days
    lang = d.question.language
    months = f"{round(days / 30.44 * 2) / 2:g}".replace(".", "," if lang == "id" else ".")
    if lang == "id":
        amount = f"{days} hari" if days < 45 else f"Sekitar {months} bulan ({days} hari)"
        return f"{amount}: {format_date(first, 'id')} [{a}] hingga {format_date(last, 'id')} [{b}]"
    amount = f"{days} {'day' if days == 1 else 'days'}" if days < 45 else f"About {months} months ({days} days)"
    return f"{amount}: {format_date(first, 'en')} [{a}] to {format_date(last, 'en')} [{b}]"


# "X, yang sejak 13 Januari 2026 menjadi Plt ..., kini dilantik": how long X held it, to the article's day.
_SINCE = re.compile(r"\bsejak\s+(?:\w+,?\s+)?$", re.I)
_NOW = re.compile(r"\b(?:kini|sekarang|akhirnya|resmi|definitif)\b", re.I)


def _since_then(d: Draft) -> tuple[tuple[date, int], tuple[date, int]] | None:
    """For "how long did X serve as ...", a sentence naming X that writes "sejak <date>" and what
    is now ("kini dilantik ... definitif"): from that date to its article's."""
    if not (people := _people_named(d)):
        return None
    for s in d.context.sentences:
        if not s.date or not _NOW.search(s.text) or not _named_in(people[0], s.text):
            continue
        dated = date.fromisoformat(s.date)
        for found in find_dates(s.text, dated):
            if _SINCE.search(s.text[: s.text.find(found.raw)][-20:]) and found.value < dated:
                return (found.value, s.number), (dated, s.number)
    return None


_ASKS_WEEKDAY = re.compile(r"\b(hari apa|pada hari apa|hari dan tanggal|what day|which day|day of the week)\b", re.I)
_WEEKDAY_NAMES = {"id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"], "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}


def weekday_when_the_day_is_asked(d: Draft) -> Change:
    """"Pada hari apa ...?" answered with a date alone ("13 Desember 2018") gets the day of the week
    that date fell on ("Kamis, 13 Desember 2018"): the calendar says it, not the model."""
    if not _ASKS_WEEKDAY.search(d.question.text) or _WEEKDAY_WORD.search(d.body()):
        return None
    dates = find_dates(d.body()) or [None]
    value = dates[0].value if dates[0] else next((date.fromisoformat(s.date) for n in d.cited if (s := d.context.get(n)) and s.date), None)
    if value is None:
        return None
    day = _WEEKDAY_NAMES[d.question.language][value.weekday()]
    return Rewrite(f"{day}, {d.answer}", d.cited, f"the day was asked; {value.isoformat()} is a {day}")


_WHICH = re.compile(r"^\W*(?:(?:which|what)\s+(?P<thing>[a-z]+)|(?P<benda>[a-z]+)\s+(?:mana|apa)\b)", re.I)  # "kontraktor mana"


def which_is_not_a_count(d: Draft) -> Change:
    """Asked which one ("Which contractor is upgrading the Semin–Bulurejo road?"), an answer that
    only counts them ("Three contractors", "tiga kontraktor"), or counts the people or things of
    the event ("Which Asda posts were filled?" -> "107 pejabat"), names none: the sentence says
    how many there are, not which. A length or an area is a measure, not a count."""
    if not (m := _WHICH.match(d.question.text)):
        return None
    thing, words = (m.group("thing") or m.group("benda")).lower(), re.findall(r"[\w'-]+", d.body().lower())
    which = re.match(r"\W*which\b", d.question.text, re.I) or bool(m.group("benda")) and re.search(r"\bmana\b", m.group(0), re.I)
    if 1 < len(words) <= 3 and (words[0].isdigit() or words[0] in NUMBER_WORDS) and (
        words[1][:5] == thing[:5] or (which and count_kind(" ".join(words[1:])) not in ("", "length", "area"))
    ):
        return Refuse(f"which {thing} was asked; the answer only counts them")
    return None


# Asked who builds something for a government: "which contractor", "kontraktor mana", "siapa
# rekanannya", "siapa pemenang tender", "apa nama perusahaan", "who is the contractor".
_CONTRACTOR_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:construction\s+)?(?:contractors?|compan(?:y|ies)|firms?)\b"
    r"|\bwho\s+(?:is|was|are|were)\s+the\s+(?:main\s+)?contractors?\b|\b(?:name\s+of\s+the|nama)\s+(?:contractor|company|firm|kontraktor\w*|perusahaan\w*|rekanan\w*)\b"
    r"|\b(?:kontraktor|rekanan|perusahaan|penyedia(?:\s+jasa)?|pelaksana)\w*\s+(?:mana|apa)\b"
    r"|\bsiapa(?:kah)?\s+(?:yang\s+(?:menjadi\s+)?)?(?:kontraktor|rekanan|penyedia|pemenang\s+(?:tender|lelang)|pelaksana\s+(?:proyek|pekerjaan))\w*",
    re.I,
)
# A firm as procurement news writes it: "PT Karya Mandala", "CV Galuh Karya", "PT Waskita Karya
# (Persero) Tbk", a joint operation (KSO), a regional company (Perumda), a cooperative.
_FIRM = r"(?:\bP\.?\s?T\b\.?|\bC\.?\s?V\b\.?|\bPerum(?:da)?\b|\bPersero\b|\bTbk\b|\bKSO\b|\bkerja\s*sama\s+operasi\b|\bjoint\s+operation\b|\bKoperasi\b|\bBUMDes\b|\bBUMN\b|\bUD\b)"


def contractor_is_a_firm(d: Draft) -> Change:
    """Asked which contractor builds something, the answer names a firm as procurement news writes
    it ("PT Bumi Sagara Konstruksi", "CV Putra Sadananya", a KSO), or a name a cited sentence
    writes as a firm's ("dikerjakan PT Waskita Karya" backs "Waskita Karya"): a person's name is
    the official quoted about the works ("ujar Rully"), not who does them, and works still in
    tender have none."""
    if not _CONTRACTOR_ASKED.search(d.question.text) or re.search(_FIRM, d.body(), re.I):
        return None
    body = re.escape(d.body().strip(" .")).replace(r"\ ", r"\s+")
    if body and any(re.search(rf"{_FIRM}\s*{body}", s.text, re.I) for n in d.cited if (s := d.context.get(n))):
        return None
    return Refuse("a contractor was asked; the answer names no firm")


_YEAR_ASKED = re.compile(r"\b(?:(?:in\s+)?(?:what|which)\s+year|tahun\s+(?:berapa|kapan|apa)|pada\s+tahun\s+berapa)\b", re.I)
_RELATIVE_YEARS = (
    (re.compile(r"\b(?:tahun\s+(?:depan|mendatang|berikutnya)|next\s+year|the\s+following\s+year)\b", re.I), 1),
    (LAST_YEAR, -1),
)


def year_said_relative_to_the_article(d: Draft) -> Change:
    """Asked in what year, an answer of the article's own year cited to a sentence that says
    "tahun depan" (next year) or "tahun lalu" (last year) and writes no year is that year moved
    by one: "UPT ... berjalan pada tahun depan" in a December 2018 article is 2019. The article's
    date given as the answer ("13 Desember 2018", the dateline's) is read the same way, from the
    sentence of that article that writes what the question asks about (three word roots shared)."""
    years = set(re.findall(r"\b(?:19|20)\d{2}\b", d.body()))
    if not _YEAR_ASKED.search(d.question.text) or len(years) != 1:
        return None
    answered = int(years.pop())
    if re.fullmatch(r"(?:19|20)\d{2}", d.body().strip(" .")):
        candidates = list(d.cited)
    else:  # a date for a year: the dateline's, read off the sentence about what was asked
        docs = d.cited_docs()
        candidates = [s.number for s in d.context.sentences if s.doc_id in docs and _shared_roots(d, s.text) >= 3]
    for n in candidates:
        s = d.context.get(n)
        if not s or not s.date or int(s.date[:4]) != answered or re.search(r"\b(?:19|20)\d{2}\b", s.text):
            continue
        for rx, step in _RELATIVE_YEARS:
            if rx.search(s.text):
                return Rewrite(f"{answered + step} [{n}]", [n], f"sentence {n}, of {answered}, says {rx.search(s.text).group(0)!r}")
    return None


def weekday_is_the_dates(d: Draft) -> Change:
    """A day of the week written beside a date is the one that date falls on: "3 Juli 2025, Rabu,
    2025" (3 July 2025 was a Thursday) -> "Kamis, 3 Juli 2025". The calendar says it, not the model,
    which mixes the weekday of one dateline with the date of another."""
    answered = find_dates(d.body())
    days = [w.lower().replace("'", "") for w in _WEEKDAY_WORD.findall(d.body())]
    if len(answered) != 1 or not days or not re.search(r"\b(?:19|20)\d\d\b", answered[0].raw):
        return None
    value = answered[0].value
    if all(_WEEKDAY_NUMBER.get(day) == value.weekday() for day in days):
        return None
    right = _WEEKDAY_NAMES[d.question.language][value.weekday()]
    return Rewrite(with_markers(f"{right}, {format_date(value, d.question.language)}", d.cited), d.cited, f"{value.isoformat()} is a {right}, not a {days[0].capitalize()}")


def date_is_not_the_example(d: Draft) -> Change:
    """A date answered that is the prompt's own example ("13 Desember 2018", from the hint "seperti
    '13 Desember 2018'") while no sentence of the context, nor an article's date, writes that day of
    that month, was copied from the prompt, not read: refused, and asked again with a hint that
    quotes no date. "13 Desember 2025" over articles of "Jumat (28/11/2025)" is refused; over one
    of "Kamis (13/12/2018)" it stands. So is one that takes the example's month and year around a
    day it read ("16 Desember 2018" of "Senin (16/11) hingga Jumat (20/11)"), unless a sentence
    writes a day of that month."""
    example = find_dates(prompts.hint_example(d.question.form, d.question.language))
    if not example:
        return None
    answered = find_dates(d.body())
    # the example's day of its month, or its month of its year ("16 Desember 2018" of "Senin (16/11)")
    keys = [key for key in ((lambda v: (v.month, v.day)), (lambda v: (v.year, v.month))) if key(example[0].value) in {key(a.value) for a in answered}]
    if not keys:
        return None
    for s in d.context.sentences:
        reference = date.fromisoformat(s.date) if s.date else date.today()
        written = [reference, *(f.value for f in find_dates(s.text, reference))]
        if any(key(example[0].value) in {key(w) for w in written} for key in keys):
            return None
    return Refuse(f"{d.body()!r} is the prompt's example date, which no sentence of the context writes")


def date_is_a_stated_date(d: Draft) -> Change:
    """A date answered is one its cited sentences write, or their article's date: from "melantik 41
    pejabat, Rabu (20/5) malam" and "Pendaftaran dibuka hingga 10 April 2026", "20 April 2026" takes
    the day of one and the month of the other. It becomes the one stated date with its day ("20 Mei
    2026"). With none, or several, it is left alone: a date may be written in a form not read here,
    or counted from a written one. The first day of a span ("3" of "3-5 Maret 2026") counts as
    written."""
    answered = find_dates(d.body())
    if not answered:
        return None
    stated: dict[tuple[int, int], tuple[date, int]] = {}
    texts: list[str] = []
    for n in d.cited:
        if not (s := d.context.get(n)):
            continue
        reference = date.fromisoformat(s.date) if s.date else date.today()
        if s.date:
            stated.setdefault((reference.month, reference.day), (reference, n))
        for found in find_dates(s.text, reference):
            stated.setdefault((found.value.month, found.value.day), (found.value, n))
        texts.append(s.text)
    if not stated:
        return None

    def written(value: date) -> bool:
        month = rf"\b(?:{'|'.join(w for w, m in MONTHS.items() if m == value.month)})\b"
        return (value.month, value.day) in stated or any(value.day in days_named(t) | _span_days(t) and re.search(month, t, re.I) for t in texts)

    if all(written(a.value) for a in answered):
        return None
    if len(answered) == 1 and len(same_day := {v for (_, day), v in stated.items() if day == answered[0].value.day}) == 1:
        value, n = next(iter(same_day))
        return Rewrite(f"{format_date(value, d.question.language)} [{n}]", [n], f"{answered[0].raw!r} is no date the cited sentences write; sentence {n} gives {value.isoformat()}")
    return None


def _span_days(text: str) -> set[int]:
    """Every day number of the spans a text writes ("3-5 Maret 2026" -> {3, 4, 5})."""
    return {day for span in date_ranges(text) for day in range(span.first_day, span.last_day + 1)}


def end_of_the_span_when_asked(d: Draft) -> Change:
    """Asked when a span of days ended ("kapan batas akhir pendaftaran?"), an answer giving its
    first day ("mulai Rabu, 14 Januari, hingga Selasa, 27 Januari 2026" -> "14 Januari"), or no
    day at all ("14 hari"), becomes its last; asked when it began, the first. So does one giving
    a day no cited sentence writes ("15 June 2026" citing only "Penyaluran tahap kedua dijadwalkan
    Senin (29/6) hingga Jumat (10/7)" -> "29/6"), or the day of another cited sentence that shares
    fewer words with the question than the span's ("12 August 2026", the day of an announcement,
    for "by what date must recipients re-register?" of "daftar ulang ... mulai Selasa (18/8)
    hingga Selasa (1/9/2026)")."""
    if not d.question.boundary:
        return None
    answered, end = days_named(d.body()), d.question.boundary == "end"
    # "15 June 2026", citing only "Penyaluran tahap kedua dijadwalkan Senin (29/6) hingga Jumat (10/7)"
    written = {f.value.day for f in find_dates(d.cited_sentences())} | {r.first_day for r in date_ranges(d.cited_sentences())}
    unbacked = bool(answered) and not answered & written
    # the day of another cited sentence, less about what was asked than the span's: "12 August 2026"
    # (the day of an announcement) for "daftar ulang ... mulai Selasa (18/8) hingga Selasa (1/9/2026)"
    cited = [s for n in d.cited if (s := d.context.get(n))]
    answering = [_shared_roots(d, s.text) for s in cited if answered & {f.value.day for f in find_dates(s.text)} and not date_ranges(s.text)]
    for n in d.cited:
        spans = date_ranges(d.context.get(n).text)
        elsewhere = len(spans) == 1 and bool(answering) and _shared_roots(d, d.context.get(n).text) > max(answering)
        for span in spans:
            wanted, given, other = (span.last, span.first_day, span.last_day) if end else (span.first, span.last_day, span.first_day)
            if (given in answered and other not in answered and given != other) or not answered or unbacked or (elsewhere and other not in answered):  # "14 hari" is no date
                if not days_named(wanted):  # "3-5 Maret 2026" asked when it began: "3 Maret 2026"
                    wanted = re.sub(r"^\d{1,2}", str(span.first_day), span.last.split(",")[-1].strip())
                return Rewrite(f"{wanted} [{n}]", [n], f"the {d.question.boundary} of the span was asked; sentence {n} gives {span.first} to {span.last}")
    if end and answered and (deadline := _deadline(d)) and deadline[1] not in d.body():
        n, raw = deadline
        return Rewrite(f"{raw} [{n}]", [n], f"the end was asked; sentence {n} sets it: {raw}")
    return None


def _deadline(d: Draft) -> tuple[int, str] | None:
    """The one date a sentence of the cited articles writes right after a deadline word, with the
    sentence's number; only a sentence that may back the answer (`eligible`): another city's
    deadline for the same report is not the asked officials'."""
    found = {
        (s.number, parsed.raw)
        for s in d.context.sentences
        if s.doc_id in d.cited_docs() and eligible(d, s)
        for parsed in find_dates(s.text)
        if _DEADLINE.search(s.text[: s.text.find(parsed.raw)][-40:])
    }
    return next(iter(found)) if len({raw for _, raw in found}) == 1 else None


_DI_PHRASE = re.compile(
    r"\b(?:di|at|in)\s+((?:[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|\d+\b|dan|and|de|van))*"
    r"(?:,\s+(?:Desa|Kelurahan|Kecamatan|Kel\.|Kec\.)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*)"  # "di Desa Kediri, Kecamatan Karanglewas"
)
_GOVERNMENT_ONLY = re.compile(r"^(?:pemkab|pemkot|pemprov|pemerintah|kabupaten|kota|provinsi|regency|city)(?:\s+(?:kabupaten|kota|provinsi))?\s+\w+(?:\s+\w+)?$", re.I)


_QUESTION_FILLER = {"where", "the", "di", "mana", "dimana", "lokasi"}


def extreme_of_the_listed_places(d: Draft) -> Change:
    """Asked which place has the most or the fewest of something (`Question.extreme`: "Kecamatan
    mana yang kasusnya terbanyak?", "Which sub-district had the fewest residents screened?"), the
    answer is the extreme of the breakdown its sentences list, one figure per name in one unit:
    "Rinciannya, Kecamatan Bancar 620 nelayan, Tambakboyo 540 nelayan, Jenu 380 nelayan, ..."
    gives "Kecamatan Bancar (620 nelayan)" for the most. A small model names the first place it
    reads, or one the article names elsewhere. The cited sentences are read first, then those
    that may back the answer; two lists, or a tie at the extreme, are left to the model. A
    sentence that itself calls a place the extreme ("cakupan terendah ada di Kecamatan
    Takabonerate 71,4 persen") decides first: the list after it is of the lowest, not all."""
    if not (extreme := d.question.extreme):
        return None
    word = "most" if extreme == "most" else "fewest"
    if written := _extreme_written(d, extreme):  # a sentence says which: "cakupan terendah ada di Kecamatan X"
        place, figure, number = written
        if re.search(rf"\b{re.escape(_bare(place))}\b(?!\s+[A-Z])", d.body(), re.I):
            return None  # answered already (not "Alok Timur" for Alok)
        answer = f"{place} ({figure})" if figure else place
        return Rewrite(with_markers(answer, [number]), [number], f"sentence {number} gives {place} the {word}")
    for sentences in _cited_then_backing(d):
        lists = {
            (tuple(figures), tuple(s.number for s in run))
            for run in _runs(sentences)
            for unit, figures in _place_figures(" ".join(s.text for s in run))
            if _unit_asked(unit, d.question)
        }
        longest = [found for found in lists if len(found[0]) == max(len(f[0]) for f in lists)]
        if len({figures for figures, _ in longest}) > 1:
            return None  # two breakdowns: which one is asked is not for us to pick
        if longest:
            break
    else:
        return None
    figures, numbers = min(longest, key=lambda f: len(f[1]))
    pick = max if extreme == "most" else min
    top = pick(value for _, _, value in figures)
    at = [(place, written) for place, written, value in figures if value == top]
    if len(at) > 1:
        return None
    place, written = at[0]
    named = [other for other, _, _ in figures if re.search(rf"\b{re.escape(_bare(other))}\b", d.body(), re.I)]
    if named == [place]:
        return None  # the answer names that place, and no other of the list
    answer = f"{place} ({written})"
    return Rewrite(with_markers(answer, numbers), list(numbers), f"{' and '.join(f'sentence {n}' for n in numbers)} {'list' if len(numbers) > 1 else 'lists'} {len(figures)} places; {place} has the {word}: {written}")


def _month_figures(text: str) -> list[tuple[int, str, Decimal]]:
    """A month-by-month breakdown a text writes, one figure per month in one unit, three months at
    least: "pada Januari 2026 tercatat 64 kasus, Februari 98 kasus, Maret 141 kasus, dan April 109
    kasus" -> [(1, "64 kasus", 64), (2, "98 kasus", 98), (3, "141 kasus", 141), (4, "109 kasus", 109)];
    [] for anything else (a date's "20 April 2026" is no figure of April)."""
    found: dict[int, tuple[str, Decimal, str]] = {}
    for read in month_reads(text):
        if (value := decimal_of(read.number)) is None:
            continue
        if read.month in found:
            return []  # a month twice: no breakdown
        found[read.month] = (f"{read.number} {read.unit}".strip(), value, read.unit.lower())
    if len(found) < 3 or len({unit for _, _, unit in found.values()}) != 1:
        return []  # fewer than three months, or figures in two units
    return [(month, written, value) for month, (written, value, _) in sorted(found.items())]


def extreme_of_the_listed_months(d: Draft) -> Change:
    """Asked in which month a figure was highest or lowest (`Question.extreme_month`: "In which
    month of 2026 did Sragen record the most dengue cases?"), the answer is the extreme of the
    month-by-month breakdown a sentence lists: "pada Januari 2026 tercatat 64 kasus, Februari 98
    kasus, Maret 141 kasus, dan April 109 kasus" gives "Maret (141 kasus)". A small model names
    the last month it reads. The cited sentences first, then those that may back the answer; two
    breakdowns, or a tie at the extreme, are left to the model."""
    if not (extreme := d.question.extreme_month):
        return None
    for sentences in _cited_then_backing(d):
        lists = {(tuple(figures), tuple(s.number for s in run)) for run in _runs(sentences) if (figures := _month_figures(" ".join(s.text for s in run)))}
        if len({figures for figures, _ in lists}) > 1:
            return None  # two breakdowns: which one is asked is not for us to pick
        if lists:
            break
    else:
        return None
    figures, numbers = min(lists, key=lambda f: len(f[1]))
    top = (max if extreme == "most" else min)(value for _, _, value in figures)
    at = [(month, written) for month, written, value in figures if value == top]
    if len(at) > 1:
        return None
    month, written = at[0]
    name = (MONTH_NAMES_ID if d.question.language == "id" else MONTH_NAMES_EN)[month - 1]
    if re.search(rf"\b{name}\b", d.body(), re.I) and not any(re.search(rf"\b{n}\b", d.body(), re.I) for n in (*MONTH_NAMES_ID, *MONTH_NAMES_EN) if n != name):
        return None  # that month, and no other
    return Rewrite(with_markers(f"{name} ({written})", numbers), list(numbers), f"{' and '.join(f'sentence {n}' for n in numbers)} give{'s' if len(numbers) == 1 else ''} {len(figures)} months; {name} has the {'most' if extreme == 'most' else 'fewest'}: {written}")


def _extreme_written(d: Draft, extreme: str) -> tuple[str, str, int] | None:
    """The place a sentence itself calls the extreme of what is asked, with its figure and the
    sentence: "cakupan terendah ada di Kecamatan Takabonerate 71,4 persen", "Kecamatan Benteng
    mencatat cakupan tertinggi 96,1 persen". None when no sentence does, or two name two places."""
    word = (MOST if extreme == "most" else FEWEST).pattern
    place = rf"(?P<place>(?:{AREA_WORDS})\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    figure = rf"(?P<figure>{_TERM}\s*(?:%|persen|[a-z]+))"
    patterns = (
        re.compile(rf"{word}\s+(?:\w+\s+){{0,2}}?(?:di|pada)\s+{place}(?:\s+(?:dengan|sebanyak|mencapai|yakni|yaitu))?\s*\(?{figure}?"),  # "terendah ada di Kecamatan X 71,4 persen", "... dengan 96 kasus"
        re.compile(rf"{place}\s+(?:\w+\s+){{0,3}}?{word}\s*{figure}?"),  # "Kecamatan X mencatat cakupan tertinggi 96,1 persen"
    )
    asked = {w.lower() for _, ways in english_terms(d.question.text) for way in ways for w in way.split() if len(w) > 3} | {
        w.lower() for w in re.findall(r"[a-zA-Z]{5,}", d.question.text)
    }
    for sentences in _cited_then_backing(d):
        found = {
            (m.group("place"), m.group("figure") or "", s.number)
            for s in sentences
            for rx in patterns
            for m in rx.finditer(s.text)
            if asked & {w.lower() for w in re.findall(r"[a-zA-Z]{4,}", s.text[max(0, m.start() - 40) : m.end()])}
        }
        if len({p for p, _, _ in found}) == 1:
            return next(iter(found))
        if found:
            return None  # two places called the extreme: not ours to pick
    return None


# One figure of a breakdown by place, as news lists them: "Kecamatan Bancar 620 nelayan",
# "Kecamatan Batu sebanyak 45.210 orang", "Pulau Merah 41.250 wisatawan", "Bumiaji (27.310)".
_PLACE_FIGURE = re.compile(
    rf"(?P<place>(?:(?:{AREA_WORDS})\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s*(?:\(|:|=|,)?\s*"
    rf"(?:[a-z]+\s+)?(?P<n>{_TERM})(?P<unit>\s*(?:%|[a-z]+))?"  # "Pulau Merah dikunjungi 41.250 wisatawan"
)


# A question asking which place is highest or lowest as a share: "capaiannya paling rendah", "the lowest coverage".
_PERCENT_ASKED = re.compile(r"\b(?:capaian\w*|cakupan\w*|persen\w*|persentase|proporsi|rate|coverage|percent\w*|share)\b|%", re.I)
_PEOPLE_UNITS = {"orang", "org", "jiwa", "warga"}


def _unit_asked(unit: str, q: Question) -> bool:
    """Whether a breakdown's unit is what the question asks the most or the fewest of: "nelayan"
    for "the most fishermen", "orang" for any people ("the fewest residents screened"), "persen"
    for "capaiannya paling rendah", and not "kasus" for it; a measure ("ton", "hektare") for a
    question that counts nothing ("jatah beras paling banyak")."""
    if (unit in ("%", "persen")) != bool(_PERCENT_ASKED.search(q.text)):
        return False
    if unit in ("", "%", "persen"):
        return True
    words = re.findall(r"[a-z]+", q.text.lower())
    if unit in _PEOPLE_UNITS:
        return any(count_kind(w) == "people" for w in words)
    if unit in _MEASURES and not any(count_kind(w) not in ("", "districts", "villages") for w in words):
        return True  # "yang menerima jatah beras paling banyak" of "Siantar Martoba mendapat 24 ton, ...": asked of nothing counted, a measure of it
    ways = {w.lower() for _, found in english_terms(q.text) for way in found for w in way.split()} | set(words)
    return any(w[:5] == unit[:5] for w in ways if len(w) > 3)


# Units that measure an amount of something rather than count things.
_MEASURES = {"ton", "kg", "kilogram", "kuintal", "hektare", "ha", "km", "kilometer", "meter", "liter"}


def _bare(place: str) -> str:
    """A place's name without its area word: "Bancar" of "Kecamatan Bancar"."""
    return re.sub(rf"^(?:{AREA_WORDS})\s+", "", place, flags=re.I)


_NOT_PLACES = CALENDAR_WORDS | NOT_NAME_WORDS | set("sebanyak sejumlah total jumlah adapun rinciannya yakni yaitu sementara sedangkan kemudian lalu selain hingga sampai pada dari dengan tercatat".split())
_NOT_A_UNIT = {"dan", "serta", "atau", "di", "pada", "yang", "dari", "untuk", "and", "or", "in", "at"}


def _place_figures(text: str) -> list[tuple[str, list[tuple[str, str, Decimal]]]]:
    """The breakdowns by place a text lists, each two or more (place, figure as written, value)
    of one unit, and every figure of that unit the text writes: "Kecamatan Batu sebanyak 45.210
    orang, Kecamatan Bumiaji 27.310 orang, dan Kecamatan Junrejo 24.836 orang" ->
    [("orang", [("Kecamatan Batu", "45.210 orang", 45210), ...])]."""
    text = with_digits(text)
    by_unit: dict[str, list[tuple[str, str, Decimal]]] = {}
    for m in _PLACE_FIGURE.finditer(text):
        place, unit = m.group("place"), (m.group("unit") or "").strip().lower()
        value = decimal_of(m.group("n"))
        first = _bare(place).split()[0]
        if value is None or _of_a_date(text, *m.span("n"), int(value)) or first.lower() in _NOT_PLACES or first == "Rp":
            continue
        if unit in ("juta", "miliar", "ribu", "triliun"):
            continue  # an amount of money, read by the rules of money
        unit = "" if unit in _NOT_A_UNIT else unit
        by_unit.setdefault(unit, []).append((place, f"{m.group('n')}{'%' if unit == '%' else f' {unit}'}".strip(), value))
    # a list is every figure of its unit the text writes: one the pattern missed could be the extreme
    return [
        (unit, figures) for unit, figures in by_unit.items()
        if len({p for p, _, _ in figures}) == len(figures) >= 2 and (not unit or len(re.findall(rf"{_TERM}\s*{re.escape(unit)}\b", text)) == len(figures))
    ]


# A place named right before its day in a schedule: "Limboto pada Selasa (14/4), Telaga Biru pada
# Kamis (16/4), Tibawa pada Sabtu (18/4)", "di Desa Sukamaju, Senin (3/3)".
_PLACE_BEFORE_ITS_DAY = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:dan|serta|yakni|yaitu|di|ke|and|in|at)\s+)(?P<place>(?:(?:{AREA_WORDS})\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}})\s*,?\s*(?:(?:pada|on|hari)\s+)?(?:[A-Z][a-z]+,?\s*)?\(?$"
)


def place_of_the_asked_day(d: Draft) -> Change:
    """Asked where something is held on one day ("Where will the cheap-food market be held on
    Saturday 18 April 2026?"), of a schedule a sentence of the cited articles lists, two places or
    more each with its day ("GPM digelar di lima kecamatan, yakni Limboto pada Selasa (14/4),
    Telaga Biru pada Kamis (16/4), Tibawa pada Sabtu (18/4), ..."), the answer is the place written
    before that day: Tibawa. A small model answers with the place of the article's lead."""
    docs = d.cited_docs()
    sentences = [s for s in d.context.sentences if s.doc_id in docs and s.date]
    # the day asked, its year read against the cited article's date ("Saturday 18 April")
    if not sentences or len(asked := {f.value for f in find_dates(d.question.text, date.fromisoformat(sentences[0].date), near=True)}) != 1:
        return None
    day = asked.pop()
    for s in sentences:
        places: dict[date, list[str]] = {}
        at = 0
        for found in find_dates(s.text, date.fromisoformat(s.date), near=True):
            if (start := s.text.find(found.raw, at)) < 0:
                continue
            at = start + len(found.raw)
            if (m := _PLACE_BEFORE_ITS_DAY.search(s.text[:start])) and not {w.lower() for w in m.group("place").split()} & (_HEADS_OF_OFFICES | _GOVERNMENT_HEADS):
                places.setdefault(found.value, []).append(m.group("place"))  # not "Wakil Bupati pada Selasa (4/3)": who, not where
        if len(places) < 2 or len(places.get(day, [])) != 1:
            continue
        place = places[day][0]
        if re.search(rf"\b{re.escape(place.split()[-1])}\b", d.body(), re.I):
            return None
        return Rewrite(f"{place} [{s.number}]", [s.number], f"sentence {s.number} lists {len(places)} days with their places; {day} is at {place}")
    return None


def day_of_the_asked_place(d: Draft) -> Change:
    """Asked on what day something is held at one named place ("On what day is stage I aid
    distributed in Kecamatan Singkawang Utara?"), of a schedule a sentence lists by day, each day
    with its place ("Selasa (22/9) giliran Kantor Camat Singkawang Barat, ..., Kamis (24/9) Kantor
    Camat Singkawang Utara, dan Jumat (25/9) Kantor Camat Singkawang Timur"), the answer is the one
    day whose clause names that place: "Kamis, 24 September 2026". A small model answers with the
    day next to it. The reverse of `place_of_the_asked_day`; nothing changes when the place is in
    no such list, or in the clauses of two days."""
    q = d.question
    if len(q.places) != 1:
        return None
    named = re.compile(rf"\b{re.escape(q.places[0])}\b", re.I)
    found = set()
    for s in d.context.sentences:
        if not eligible(d, s) or len(days := _days_written(s)) < 2:
            continue
        on = {(when, s.number) for i, (when, _, _, _) in enumerate(days) if named.search(_what_is_on(s, days, i))}
        if len({when for when, _ in on}) == 1:
            found |= on
    if len({when for when, _ in found}) != 1:
        return None
    day, number = min(found, key=lambda f: f[1])
    if day in {f.value for f in find_dates(d.body(), day)}:
        return None
    shown = f"{_WEEKDAY_NAMES[q.language][day.weekday()]}, {format_date(day, q.language)}"
    return Rewrite(with_markers(shown, [number]), [number], f"sentence {number} lists days with their places; {q.places[0]} is on {day}")


def place_is_the_whole_place(d: Draft) -> Change:
    """A where-answer becomes the whole "di <Place>" phrase of its cited sentence: a small model
    answers with the tail ("Pemkab Garut" for "di Aula Sabilulungan Pemkab Garut"), with the
    government, which names who, not where, or with the thing the question asks about ("Kali
    Logawa bridge"), which is where its sentence puts it ("di Desa Kediri, Kecamatan ...")."""
    body = d.body().rstrip(" .")
    if not body:
        return None
    asked = {w.lower() for w in d.question_words()}
    if all(w.lower() in asked for w in re.findall(r"[\w'-]+", body)):
        # the answer only repeats what the question names ("Kali Logawa bridge"): where its
        # sentence puts that ("Jembatan Kali Logawa di Desa Kediri, Kecamatan Karanglewas")
        names = [w for w in re.findall(r"[A-Z][\w'-]+", body) if w.lower() not in _QUESTION_FILLER]
        for n in d.cited:
            text = d.context.get(n).text
            named = [m.end() for w in names for m in re.finditer(rf"\b{re.escape(w)}\b", text)]
            if named and (match := next((m for m in _DI_PHRASE.finditer(text) if m.start() >= max(named)), None)):
                return Rewrite(f"{match.group(1)} [{n}]", [n], f"the answer repeats the question; sentence {n} puts it at {match.group(1)}")
    for n in d.cited:
        for match in _DI_PHRASE.finditer(d.context.get(n).text):
            phrase = match.group(1).rstrip()
            if body.lower() in phrase.lower() and len(phrase) > len(body):
                return Rewrite(f"{phrase} [{n}]", d.cited, f"sentence {n} names the whole place: {phrase}")
    if _GOVERNMENT_ONLY.match(body):
        for n in d.cited:
            for match in _DI_PHRASE.finditer(d.context.get(n).text):
                if match.group(1).split()[0].lower() in PLACE_WORDS:
                    return Rewrite(f"{match.group(1)} [{n}]", d.cited, f"a government was answered for a place; sentence {n} puts the event at {match.group(1)}")
    return None


def government_is_the_articles(d: Draft) -> Change:
    """"Was it the Kabupaten or the Kota?" is answered with the government ingest recorded for the
    cited article (of the period asked, when one is named); a small model picks either name."""
    periods = d.question.report_periods
    event = [n for n in d.cited if periods and in_periods(d.context.get(n).date, periods)] or d.cited
    governments = {d.context.get(n).government for n in event} - {None}
    if len(governments) != 1:
        return None
    chosen = governments.pop()
    marks = "".join(f"[{n}]" for n in event)
    if _TITLE_CHOICE.search(d.question.text):  # "Bupati or Wali Kota?": the title of that government's head
        title = _HEAD_TITLE[chosen.split()[0]]
        answer = f"{title} ({_HEAD_TITLE_EN[title]}) of {chosen}" if d.question.language == "en" else f"{title} {region_of(chosen)} ({chosen})"
        if title.lower() in d.body().lower() and chosen.lower() in d.body().lower():
            return None
        return Rewrite(f"{answer} {marks}", event, f"the cited article's government is {chosen}, whose head is the {title}")
    if chosen.lower() in d.body().lower():
        return None
    return Rewrite(f"{chosen} {marks}", event, f"the cited article's government is {chosen}")


_TITLE_CHOICE = re.compile(r"\b(bupati|regent)\b[^?]*\b(or|atau)\b[^?]*\b(wali ?kota|mayor)\b|\b(wali ?kota|mayor)\b[^?]*\b(or|atau)\b[^?]*\b(bupati|regent)\b", re.I)
_HEAD_TITLE = {"Kabupaten": "Bupati", "Kota": "Wali Kota", "Provinsi": "Gubernur"}
_HEAD_TITLE_EN = {"Bupati": "regent", "Wali Kota": "mayor", "Gubernur": "governor"}


_GENERIC_TITLE_WORDS = NOT_NAME_WORDS | set("dinas badan bidang bagian head chief office of the and dan pada sekaligus".split())


def _distinctive(text: str, regions: tuple[str, ...] = ()) -> set[str]:
    """The words that tell one office from another ("bkpsdm", "bappeda"), not its region."""
    skip = _GENERIC_TITLE_WORDS | {w.lower() for r in regions for w in r.split()}
    return {w for w in re.findall(r"\w{3,}", text.lower()) if w not in skip}


# The words a post's name starts with: two titles of one office with different heads are two posts.
_POST_HEADS = set("kepala sekretaris wakil camat lurah bupati wali gubernur asisten direktur ketua kabid kabag sekda staf inspektur plt".split())


def _same_title(body: str, title: str, regions: tuple[str, ...]) -> bool:
    """Whether an answer writes a title: "Kepala Dinas PUTR" is "Kepala Dinas Pekerjaan Umum dan Tata
    Ruang (PUTR)", but "Kepala Dinas Kesehatan" is not "Sekretaris Dinas Kesehatan"."""
    body = body.rstrip(" .").lower()
    heads = {body.split()[0], title.lower().split()[0]} if body else set()
    other_post = len(heads) == 2 and heads <= _POST_HEADS
    return bool(body) and not other_post and bool(body in title.lower() or title.lower() in body or _distinctive(body, regions) & _distinctive(title, regions))


# A sentence that opens on a pronoun for the person the sentence before it names: "Ia sebelumnya
# menjabat Sekretaris Dinas ..." after "Kursi Kepala Disperkim diisi Ratna Komalasari."
_PRONOUN_OPENING = re.compile(r"^\W*(?:Ia|Dia|Beliau)\b")


def _named_in(person: str, text: str) -> bool:
    """Whether a text names a person in full or by one of their names ("Bambang" for Bambang
    Sutrisno): news names a person in full once, then by one name."""
    return bool(re.search(person_pattern(person), text)) or any(re.search(rf"\b{re.escape(w)}\b", text) for w in person.split() if len(w) > 2)


def _naming(d: Draft, s: Sentence, person: str) -> str:
    """A sentence with an opening pronoun replaced by the person the sentence before it names; a
    clause of a long sentence read with the sentence's other clauses in the context ("...
    dipercayakan kepada Hendrawan Saputra, S.E., M.Ak.," + "yang selama ini menjabat Kepala Bidang
    ..."): a title is often written in the clause after the name."""
    pieces = sorted((c for c in d.context.sentences if (c.doc_id, c.position) == (s.doc_id, s.position)), key=lambda c: c.piece)
    if len(pieces) > 1:
        return " ".join(c.text for c in pieces)
    if not _PRONOUN_OPENING.match(s.text) or not _named_in(person, _sentence_before(d, s)):
        return s.text
    return _PRONOUN_OPENING.sub(person, s.text, count=1)


def _people_named(d: Draft) -> list[str]:
    """The question's people the context names: in full, or by one of their names in a sentence of
    an article that names them in full (news names a person in full once, then "Bambang")."""
    if people := d.question.people_in(" ".join(s.text for s in d.context.sentences)):
        return people
    return [person for person in d.question.persons if any(_named_in(person, s.text) and re.search(person_pattern(person), d.article(s.doc_id) or "") for s in d.context.sentences)]


def title_is_the_articles(d: Draft) -> Change:
    """"What position did X hold?" answered with anything but the title the article writes next
    to X ("Pemkab Lebak", "Bupati" for a department head) becomes that title, read in any order
    ("Kepala Dinas X Nama", "Nama, Kepala Dinas X,", "Nama (sebelumnya ...)", "kini menjadi ...",
    "Ia sebelumnya menjabat ..." after a sentence naming X), of the articles that name X in full.
    Asked neither what came before nor what is now, an answer of several words that a sentence
    naming X writes is left as it is: which of that sentence's posts is meant (the one left, the
    one taken) the title reader cannot tell (`post_taken_is_not_the_one_left` checks the taken);
    unless it opens with X's own name ("Riki Ardiansyah, menjelaskan pupuk ..."): that is the
    sentence copied, not a post."""
    people = _people_named(d)
    if not people:
        return None
    body = d.body().rstrip(" .").lower()
    periods = d.question.report_periods
    regions = d.question.regions
    # sentences of articles that name the person in full: "Wahyu Pramono" of another regency's
    # reshuffle is not Wahyu Setiawan Pramono
    eligible = [s.number for s in d.context.sentences if (not periods or in_periods(s.date, periods)) and re.search(person_pattern(people[0]), d.article(s.doc_id) or s.passage.text)]
    naming = [text for n in eligible if _named_in(people[0], text := _naming(d, d.context.get(n), people[0]))]
    own_name = re.match(person_pattern(people[0]), d.body().strip())  # "Riki Ardiansyah, menjelaskan ...": the sentence copied, no post
    if not (d.question.before or d.question.after) and len(body.split()) > 1 and any(body in text.lower() for text in naming) and not own_name:
        return None  # the post a sentence naming them writes ("... Yudi Kuncoro, ..., kini menjabat Asisten Perekonomian dan Pembangunan Setda Sleman")
    titles = [
        (n, title)
        for n in [n for n in d.cited if n in eligible] + [n for n in eligible if n not in d.cited]
        if (title := title_of(people[0], _naming(d, d.context.get(n), people[0]), d.question.before, d.question.after and not d.question.before))
    ]
    if d.question.after and not d.question.before and titles:  # asked what they are now: the newest article's title
        newest = max(d.context.get(n).date or "" for n, _ in titles)
        titles = [(n, title) for n, title in titles if (d.context.get(n).date or "") == newest]
    if not titles or any(_same_title(body, title, regions) for _, title in titles):
        return None  # a title some sentence writes for them (an older article may give the one they left)
    n, title = titles[0]
    return Rewrite(f"{title} [{n}]", [n], f"sentence {n} writes {people[0]}'s title as {title}")


def _titles_then_and_before(d: Draft) -> tuple[str, list[str], list[str]] | None:
    """The asked person, the posts the asked period's sentences give them, and the posts those
    sentences say they held before ("yang sebelumnya menjabat ...", "Ia sebelumnya ...")."""
    people = _people_named(d)
    if not people or not d.body():
        return None
    periods = d.question.report_periods
    texts = [_naming(d, s, people[0]) for s in d.context.sentences if not periods or in_periods(s.date, periods)]
    former = [t for text in texts if (t := title_of(people[0], text, before=True) or (_OPENS_BEFORE.match(text) and title_of(people[0], text)))]
    held = [t for text in texts if not _OPENS_BEFORE.match(text) and (t := title_of(people[0], text, after=True)) and t not in former]
    return people[0], held, former


# A sentence about the time before: "Sebelumnya, Nurdin menjabat Kepala Bappeda", "Sebelum menjadi Sekda, ..."
_OPENS_BEFORE = re.compile(r"^\W*(?:sebelum(?:nya)?|previously|before (?:that|this|becoming|joining))\b", re.I)
_LEFT_FOR_GOOD = re.compile(r"\b(?:pensiun|purnatugas|retir\w*|meninggal|wafat|died|passed away)\b", re.I)


def post_taken_is_not_the_one_left(d: Draft) -> Change:
    """"What post did X take up?" is not answered with the post X left, which news writes after
    "sebelumnya" ("kursi itu diisi Eko, yang sebelumnya menjabat Kepala Dishub"): a small model
    reads the one title beside the name. Refused unless a sentence of the asked period also gives X
    that title as theirs."""
    if d.question.before or not (found := _titles_then_and_before(d)):
        return None
    person, held, former = found
    if not _written_only_as(d, former, not_as=held):
        return None
    return Refuse(f"the sentences write that post as the one {person} held before")


def post_before_is_not_the_one_taken(d: Draft) -> Change:
    """"What was X's job before ...?" is not answered with the post X was sworn in to ("Bambang
    Sutrisno sebagai Kepala Dinas PUTR"); the job before is often written further on ("Bambang
    merupakan ASN ... yang sebelumnya menjabat Kepala Bidang Bina Marga"), so it is asked once
    more without that sentence."""
    if not d.question.before or _LEFT_FOR_GOOD.search(d.question.text) or not (found := _titles_then_and_before(d)):
        return None  # "what post did X hold before he retired?" asks the post he held
    person, held, former = found
    if not _written_only_as(d, held, not_as=former):
        return None
    return Refuse(f"the sentences write that post as the one {person} took up, not the one before")


def _written_only_as(d: Draft, titles: list[str], not_as: list[str]) -> bool:
    """Whether the answer is one of these titles and none of the others."""
    regions = d.question.regions
    return any(_same_title(d.body(), t, regions) for t in titles) and not any(_same_title(d.body(), t, regions) for t in not_as)


def count_of_the_item_alone(d: Draft) -> Change:
    """One item of a breakdown or total ("how many supervisors", each period's "pejabat
    pengawas") takes the number the article states for that item alone: "17 pejabat administrator
    dan pengawas" counts both, "4 lainnya jabatan pengawas" the supervisors. A small model often
    gives the count of everyone the sentence names, or the next item's of a list ("22 pejabat
    administrator, 41 pejabat pengawas" -> 41 for the administrators): when the item is counted in
    several sentences, the one holding the model's number is the one it read. A whole question
    ("yg fungsional brp org?") is rewritten only from another item of the same list, a number
    written with the same head word as the item's count ("19 pejabat pengawas, dan enam pejabat
    fungsional" -> 6): tried on any number, it turned right answers about a subset, "17 of the 29
    kecamatan", "30 di antaranya perempuan", into the item's total."""
    item = d.item or (d.question.counted if compose.particular(d.question.counted) else "")
    if not item or not (values := numbers_in(d.body())):
        return None
    periods = d.question.report_periods
    sentences = [s for s in d.context.sentences if not periods or in_periods(s.date, periods)]
    counts = compose.counts_of(item, list(d.others), [s.text for s in sentences])
    dated = d.date_numbers()
    if len(counts) > 1:  # the item counted in several sentences: the one the model read, listing its number beside
        counts = {count: at for count, at in counts.items() if (values - dated) & numbers_in(at[1])}
    if len(counts) != 1 or not (values - dated) - set(counts):
        return None  # the item's count alone (beside, at most, a date), or none to go by
    count, (index, _) = next(iter(counts.items()))
    if not d.item and not compose.listed_beside(sentences[index].text, count, values - dated):
        return None  # not another item of the list that counts the asked one
    n = sentences[index].number
    return Rewrite(f"{count} {item} [{n}]", [n], f"sentence {n} states {count} for {item} alone")


def unstated_count_is_the_cited_items(d: Draft) -> Change:
    """A count that no sentence of the context states (a small model reads "181" off another
    article's headline while citing "139 pejabat pengawas") is the one count the cited sentences
    give for the asked item alone, when they give exactly one; otherwise numbers_in_cited_sentences
    refuses it. Only for an item more particular than officials in general ("pejabat pengawas",
    "kasus TBC"), whose count a sentence writes beside its own words."""
    item = d.item or d.question.counted
    values = d.values()
    if not item or not values or any(_holder_sentence(d.context, n) is not None for n in values):
        return None
    if values & numbers_in(d.context.text_of(d.cited)):
        return None  # the cited article's headline states it: numbers_in_cited_sentences cites it
    sentences = [s for n in d.cited if (s := d.context.get(n)) and eligible(d, s)]
    counts = compose.counts_of(item, list(d.others), [s.text for s in sentences])
    if len(counts) != 1:
        return None
    count, (index, _) = next(iter(counts.items()))
    n = sentences[index].number
    return Rewrite(f"{count} {item} [{n}]", [n], f"{', '.join(map(str, sorted(values)))} is stated by no sentence; cited sentence {n} states {count} for {item}")


# Words that count staff in general: "berapa pejabat", "how many officials", "ASN".
_STAFF_IN_GENERAL = {"pejabat", "asn", "pegawai", "personel"}


def _listed_counts(text: str) -> list[int]:
    """The counts a sentence lists, repeats kept, without its dates and years."""
    kept = count_values(text)
    return [value for _, _, value in number_spans(text) if value in kept]


def _whole_of_officials_asked(d: Draft) -> tuple[set[str], int] | None:
    """The counted words and the one count answered, when the whole number of officials in general
    is asked: a part of a total or comparison, or a question asking for the total ("in total",
    "seluruhnya"); the counted words are the part's item's ("administrator posts") if it has one."""
    terms = set(counted_terms(d.item) if d.item else d.question.counted_terms)
    if not (d.part or SUM.search(d.question.text)) or not terms or not terms <= _STAFF_IN_GENERAL or len(values := count_values(d.body())) != 1:
        return None
    return terms, values.pop()


def part_is_the_whole_not_a_share(d: Draft) -> Change:
    """Each period's or government's part of a total or comparison of officials in general takes
    the whole number sworn in, not one share of its breakdown. Indonesian reports give the whole,
    then break it down ("melantik 75 pejabat ... Dari jumlah tersebut, empat orang JPT pratama ...
    27 pejabat administrator dan 44 pejabat pengawas"), and a small model often answers a share
    (4). When the model's number is one of the counts of a sentence that add up to a number an
    eligible sentence of that article states for the counted word (or that the sentence states
    itself: "Dari 86 pejabat tersebut, empat ..., 22 ..., 41 ..., dan 19 ..."), that number is
    the part's answer. Only for parts, and for a whole question that asks for the whole ("in
    total", "seluruhnya"): otherwise a whole question may ask about a share on purpose ("berapa di
    antaranya perempuan")."""
    if not (asked := _whole_of_officials_asked(d)):
        return None
    terms, value = asked
    sentences = [s for s in d.context.sentences if eligible(d, s)]
    for listing, text in _breakdowns(sentences):
        counts = _listed_counts(text)
        if value not in counts or len(counts) < 2:
            continue
        largest = max(counts)
        whole = largest if 2 * largest == sum(counts) else sum(counts)
        if whole == value:
            continue
        for stating in [listing] * (whole == largest) + [s for s in sentences if s.doc_id == listing.doc_id]:
            if whole in count_values(stating.text) and any(t in stating.text.lower() for t in terms):
                n = stating.number
                return Rewrite(f"{whole} {d.question.counted} [{n}]", [n], f"{value} is a share of the {whole} that sentence {n} states, whose breakdown sentence {listing.number} lists it")
    return None


# What opens a breakdown of everyone counted ("meliputi empat pejabat JPT pratama, 36 pejabat
# administrator, ..."), and what makes a list only some of them ("di antaranya", "termasuk").
_BREAKDOWN_OPENS = re.compile(r"\b(?:meliputi|terdiri\s+(?:atas|dari)|yakni|yaitu|consisting\s+of|comprising|made\s+up\s+of)\b", re.I)
_SOME_OF = re.compile(r"\b(?:di\s*antaranya|antara\s+lain|termasuk|including|among\s+them|among\s+others)\b", re.I)


def part_is_the_sum_of_its_breakdown(d: Draft) -> Change:
    """Where an article gives no whole for the officials sworn in, only their breakdown ("Kali ini
    pelantikan ... meliputi empat pejabat pimpinan tinggi (JPT) pratama, 36 pejabat administrator,
    61 pejabat pengawas, dan 28 pejabat fungsional"), a part of a total or comparison of officials
    in general is the breakdown's sum, shown as one: "129 pejabat (4 + 36 + 61 + 28) [2]", not
    the 36 a small model reads off it. Only a list that a breakdown word opens, every count written
    with the counted word, no "di antaranya" (some of them), and an article that states no larger
    count of that word (a whole it gives is `part_is_the_whole_not_a_share`'s)."""
    if not (asked := _whole_of_officials_asked(d)):
        return None
    terms, value = asked
    term = rf"\s*(?:orang\s+)?(?:{'|'.join(map(re.escape, sorted(terms)))})\b"
    for s in (s for s in d.context.sentences if eligible(d, s)):
        if not (opening := _BREAKDOWN_OPENS.search(s.text)) or _SOME_OF.search(s.text):
            continue
        listed = s.text[opening.end() :]
        kept = count_values(listed)
        spans = [(end, v) for _, end, v in number_spans(listed) if v in kept]
        counts = [v for _, v in spans]
        if value not in counts or len(counts) < 2 or not all(re.match(term, listed[end:], re.I) for end, _ in spans):
            continue
        # the article's sentences, but those of another period: "Pada pelantikan sebelumnya, Oktober
        # 2025, Pemkab ... melantik 88 pejabat" is no whole of January's breakdown
        said = [t for t in [*_SENTENCE_END.split(d.article(s.doc_id)), *(t.text for t in d.context.sentences if t.doc_id == s.doc_id)]
                if not _of_another_period(t, d.question.periods)]
        stated = {v for t in said for _, end, v in number_spans(t) if re.match(term, t[end:], re.I)}
        if any(v > max(counts) for v in stated):
            return None  # the article states a whole (or another count) of its own
        whole = sum(counts)
        return Rewrite(
            f"{whole} {d.question.counted} ({' + '.join(map(str, counts))}) [{s.number}]", [s.number],
            f"{value} is one count of the breakdown sentence {s.number} gives in place of a whole: {' + '.join(map(str, counts))} = {whole}",
        )
    return None


# A whole and the parts it is made of, in one sentence: "diikuti 58 pendaftar, terdiri atas 41
# aparatur Pemkab Subang dan 17 dari luar daerah", "212 jiwa, yakni 120 laki-laki dan 92 perempuan".
# ... or in the sentence running on: "... serta 61 kepala sekolah. Dari jumlah kepala sekolah itu, 47
# orang merupakan kepala SD dan 14 orang kepala SMP."
_MADE_OF = re.compile(
    r"(?P<whole>\d[\d.]*)\s+(?P<noun>[a-z][\w-]*)[^.;:\d]{0,40}?(?P<link>\b(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|consisting\s+of|comprising|made\s+up\s+of)"
    r"|\.\s+(?:Dari|Of)\s+(?:(?:jumlah|total|these|those|them)\s+)?(?:[\w-]+\s+){0,3}?(?:itu|tersebut|these|them)\s*,?)\s+(?P<parts>[^.;]{5,200})",
    re.I,
)
_PART = re.compile(r"(?P<n>\d[\d.]*)\s+(?P<what>(?:[\w-]+\s*){1,4}?)(?=\s*(?:,|\bdan\b|\band\b|\bserta\b|$))", re.I)


def _own_words(text: str) -> set[str]:
    """What tells a part of a breakdown apart: its stems, longer words and acronyms ("kepala SD" ->
    kepala, SD), not a word that counts people ("47 orang")."""
    return (stems(text) | set(re.findall(r"[a-z]{4,}", text.lower())) | {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", text)}) - _ANYONE


def count_is_the_whole_not_a_listed_part(d: Draft) -> Change:
    """A count asked of no part is the whole a sentence writes before its parts: "diikuti 58
    pendaftar, terdiri atas 41 aparatur Pemkab Subang dan 17 dari luar daerah" answers "how many
    applied?" with 58, not 41; so does one the next sentence breaks down ("... serta 61 kepala
    sekolah. Dari jumlah kepala sekolah itu, 47 orang merupakan kepala SD dan 14 orang kepala
    SMP." answers "how many school principals?" with 61). The question naming a part's own words
    ("how many came from outside the regency?", "berapa kepala SD?") asks for that part."""
    values = count_values(d.body())
    if len(values) != 1:
        return None
    value = values.pop()
    regions = {w.lower() for r in d.question.regions for w in r.split()}  # "Pemkab Subang" names no part
    asked = _own_words(d.question.text) - regions - {"pemkab", "pemkot", "kabupaten", "kota"}
    # the cited sentences, then any of the context stating the number (the model may cite the
    # sentence before: `numbers_in_cited_sentences` re-cites after this)
    sentences = [s for n in d.cited if (s := d.context.get(n))] + [s for s in d.context.sentences if value in numbers_in(s.text)]
    for n in dict.fromkeys(s.number for s in sentences):
        s = d.context.get(n)
        # the sentence, and the one before it that it runs on from: the whole may be there
        texts = [(s.text, s, s)] + [(f"{t.text} {s.text}", t, s) for t in d.context.sentences if _runs_on(t, s)]
        for text, first, last in texts:
            for m in _MADE_OF.finditer(text):
                at = (first if m.start("whole") < len(first.text) else last).number  # the sentence stating the whole
                whole = decimal_of(m.group("whole"))
                parts = [(decimal_of(p.group("n")), p.group("what")) for p in _PART.finditer(m.group("parts"))]
                if whole is None or len(parts) < 2 or None in {v for v, _ in parts} or sum(v for v, _ in parts) != whole:
                    continue
                noun = m.group("noun") if not m.group("link").startswith(".") else " ".join(text[m.end("whole") : m.start("link")].split()[:3])
                described = [what for v, what in parts if v == value]
                # words the whole's are too ("kepala" of "kepala SD" in "61 kepala sekolah"), or every
                # part's ("31 ASN Pemkab Garut dan 15 ASN dari luar daerah"), tell no part
                shared = _own_words(noun) | set.intersection(*(_own_words(what) for _, what in parts))
                if not described or any((_own_words(what) - shared) & asked for what in described):
                    continue
                if whole == value:
                    return None
                figure = f"{m.group('whole')} {noun}"  # "61 kepala sekolah", "58 pendaftar"
                return Rewrite(f"{figure} [{at}]", [at], f"{value} is one part of the {figure} sentence {at} writes before its parts")
    return None


def _breakdowns(sentences: list[Sentence]) -> Iterator[tuple[Sentence, str]]:
    """Each sentence's text, and each with the next sentence of its article when that follows it
    there: a breakdown often runs on ("Dari jumlah tersebut, empat orang JPT pratama. Selebihnya
    terdiri atas 27 pejabat administrator dan 44 pejabat pengawas.")."""
    for sentence, following in zip(sentences, [*sentences[1:], None]):
        yield sentence, sentence.text
        if following is not None and following.doc_id == sentence.doc_id and following.position - sentence.position <= 1:
            yield sentence, f"{sentence.text} {following.text}"


# ---- the registry ------------------------------------------------------------------------

_K = frozenset
_ALL_BUT = lambda *kinds: _K(KIND_NAMES) - set(kinds)  # noqa: E731
_AMOUNTS = COUNT_KINDS | _K({"percent", "money"})
RULES: list[Rule] = [
    Rule("figure_of_the_same_period_earlier", figure_of_the_same_period_earlier),
    Rule("still_on_the_asked_day", still_on_the_asked_day),
    Rule("what_falls_days_after_the_event", what_falls_days_after_the_event),
    Rule("model_found_an_answer", model_found_an_answer),
    Rule("cites_a_given_sentence", cites_a_given_sentence),
    Rule("extreme_of_the_listed_places", extreme_of_the_listed_places, _K({"place", "comparison", "other"})),
    Rule("extreme_of_the_listed_months", extreme_of_the_listed_months, _K({"date", "comparison", "other"})),
    Rule("title_answered_with_its_holder", title_answered_with_its_holder, _K({"person"})),
    Rule("asked_government_is_indexed", asked_government_is_indexed),
    Rule("asked_person_is_named", asked_person_is_named, _K({"title"})),
    Rule("percent_has_its_unit", percent_has_its_unit, _K({"percent"})),
    Rule("figure_of_the_asked_year", figure_of_the_asked_year, _AMOUNTS),
    Rule("figure_of_the_asked_month", figure_of_the_asked_month, _K({"count"})),
    Rule("figure_named_with_its_period", figure_named_with_its_period, _AMOUNTS),
    Rule("remainder_is_the_whole_less_the_part_done", remainder_is_the_whole_less_the_part_done, _K({"difference"}), whole_only=True),
    Rule("subtraction_term_as_cited", subtraction_term_as_cited, _K({"difference"})),
    Rule("difference_of_the_two_years_figures", difference_of_the_two_years_figures, _K({"difference"})),
    Rule("difference_is_computed", difference_is_computed, _K({"difference"})),
    Rule("subtraction_counts_one_thing", subtraction_counts_one_thing, _K({"difference"}), retry="elsewhere"),
    Rule("days_left_until_the_deadline", days_left_until_the_deadline, _K({"duration"})),
    Rule("days_of_a_written_span", days_of_a_written_span, _K({"duration"})),
    Rule("days_a_day_was_moved", days_a_day_was_moved, _K({"duration"})),
    Rule("total_adds_the_listed_items", total_adds_the_listed_items, _K({"count", "total", "money"}), whole_only=True),
    Rule("every_level_is_added", every_level_is_added, _K({"count", "total"}), whole_only=True),
    Rule("every_stage_is_added", every_stage_is_added, _K({"count", "total", "money"}), whole_only=True),
    Rule("total_is_computed", total_is_computed, _K({"count", "total", "money"}), whole_only=True),
    Rule("asked_value_present", asked_value_present),
    Rule("count_of_the_item_alone", count_of_the_item_alone, COUNT_KINDS),
    Rule("part_is_the_whole_not_a_share", part_is_the_whole_not_a_share, COUNT_KINDS),
    Rule("part_is_the_sum_of_its_breakdown", part_is_the_sum_of_its_breakdown, COUNT_KINDS),
    Rule("count_is_the_whole_not_a_listed_part", count_is_the_whole_not_a_listed_part, _K({"count"}), whole_only=True),
    Rule("unstated_count_is_the_cited_items", unstated_count_is_the_cited_items, COUNT_KINDS),
    Rule("date_is_not_the_example", date_is_not_the_example, _K({"date"}), retry="again"),
    Rule("end_of_the_span_when_asked", end_of_the_span_when_asked, _K({"date"})),
    Rule("day_of_the_asked_place", day_of_the_asked_place, _K({"date"})),
    Rule("figure_of_the_asked_period", figure_of_the_asked_period, COUNT_KINDS - {"difference"}),
    Rule("numbers_in_cited_sentences", numbers_in_cited_sentences, _ALL_BUT("interval")),
    Rule("names_in_cited_sentences", names_in_cited_sentences),
    Rule("percent_is_a_percentage", percent_is_a_percentage),
    Rule("cited_from_asked_period", cited_from_asked_period, _ALL_BUT("interval", "first")),
    Rule("count_of_the_asked_year", count_of_the_asked_year, _AMOUNTS, retry="elsewhere"),
    Rule("figure_is_not_of_another_month", figure_is_not_of_another_month, _AMOUNTS, retry="elsewhere"),
    Rule("count_is_not_a_target", count_is_not_a_target, _AMOUNTS, retry="elsewhere"),
    Rule("target_is_written_as_one", target_is_written_as_one, _AMOUNTS, retry="elsewhere"),
    Rule("cited_from_asked_government", cited_from_asked_government, _K({"count", "percent", "money", "date", "duration", "person", "title", "place", "other"})),
    Rule("not_the_questions_own_number", not_the_questions_own_number, _AMOUNTS, whole_only=True),
    Rule("counted_thing_in_evidence", counted_thing_in_evidence, _AMOUNTS, whole_only=True),
    Rule("count_is_not_an_amount", count_is_not_an_amount, _K({"count"}), retry="elsewhere"),
    Rule("count_not_read_from_a_date", count_not_read_from_a_date, COUNT_KINDS, whole_only=True),
    Rule("count_is_of_the_asked_event", count_is_of_the_asked_event, COUNT_KINDS, whole_only=True, retry="elsewhere"),
    Rule("count_is_of_the_asked_place", count_is_of_the_asked_place, _AMOUNTS, whole_only=True, retry="elsewhere"),
    Rule("count_is_of_the_asked_kind", count_is_of_the_asked_kind, _K({"count"}), retry="elsewhere"),
    Rule("count_is_of_the_asked_part", count_is_of_the_asked_part, _K({"count"}), retry="elsewhere"),
    Rule("count_is_of_the_asked_group", count_is_of_the_asked_group, _K({"count"}), retry="elsewhere"),
    Rule("count_is_of_the_asked_post", count_is_of_the_asked_post, _K({"count"}), whole_only=True, retry="elsewhere"),
    Rule("figure_is_of_the_asked_office", figure_is_of_the_asked_office, _AMOUNTS, retry="elsewhere"),
    Rule("amount_is_of_the_asked_tax", amount_is_of_the_asked_tax, _AMOUNTS, retry="elsewhere"),
    Rule("figure_is_of_the_asked_round", figure_is_of_the_asked_round, _AMOUNTS, whole_only=True, retry="elsewhere"),
    Rule("amount_is_per_the_asked_unit", amount_is_per_the_asked_unit, _AMOUNTS, whole_only=True),
    Rule("amount_is_the_whole_not_a_rate", amount_is_the_whole_not_a_rate, _AMOUNTS, whole_only=True, retry="elsewhere"),
    Rule("figure_is_of_the_asked_disease", figure_is_of_the_asked_disease, _AMOUNTS, retry="elsewhere"),
    Rule("figure_is_of_the_asked_school_level", figure_is_of_the_asked_school_level, _AMOUNTS, retry="elsewhere"),
    Rule("count_is_of_the_asked_stage", count_is_of_the_asked_stage, _K({"count"}), whole_only=True, retry="elsewhere"),
    Rule("asked_title_in_evidence", asked_title_in_evidence, _K({"person"}), whole_only=True, retry="focus"),
    Rule("office_is_of_the_asked_government", office_is_of_the_asked_government, _K({"person"}), whole_only=True),
    Rule("name_holds_the_asked_title", name_holds_the_asked_title, _K({"person"}), whole_only=True, retry="focus"),
    Rule("asked_person_in_cited_article", asked_person_in_cited_article, whole_only=True, retry="focus"),
    Rule("names_someone_new", names_someone_new, _K({"person"}), whole_only=True),
    Rule("every_name_asked_is_given", every_name_asked_is_given, _K({"person"}), whole_only=True),
    Rule("acting_is_not_the_one_chosen", acting_is_not_the_one_chosen, _K({"person"}), whole_only=True),
    Rule("duration_has_its_unit", duration_has_its_unit, _K({"duration"})),
    Rule("date_is_a_stated_date", date_is_a_stated_date, _K({"date"})),
    Rule("which_is_not_a_count", which_is_not_a_count, _K({"other"})),
    Rule("contractor_is_a_firm", contractor_is_a_firm, _K({"other", "person"}), whole_only=True),
    Rule("year_said_relative_to_the_article", year_said_relative_to_the_article, _K({"date"})),
    Rule("weekday_is_the_dates", weekday_is_the_dates, _K({"date"})),
    Rule("weekday_when_the_day_is_asked", weekday_when_the_day_is_asked, _K({"date"})),
    Rule("interval_from_article_dates", interval_from_article_dates, _K({"interval"})),
    Rule("place_of_the_asked_day", place_of_the_asked_day, _K({"place"})),
    Rule("place_is_the_whole_place", place_is_the_whole_place, _K({"place"})),
    Rule("government_is_the_articles", government_is_the_articles, _K({"government"})),
    Rule("title_is_the_articles", title_is_the_articles, _K({"title"})),
    Rule("post_taken_is_not_the_one_left", post_taken_is_not_the_one_left, _K({"title"}), whole_only=True),
    Rule("post_before_is_not_the_one_taken", post_before_is_not_the_one_taken, _K({"title"}), whole_only=True, retry="elsewhere"),
]
BY_NAME = {rule.name: rule for rule in RULES}


@dataclass
class Outcome:
    """What the registry did to one draft."""

    draft: Draft
    steps: list[Step]
    refused: Refuse | None = None
    refused_by: Rule | None = None


def run(draft: Draft, rules: list[Rule] | None = None) -> Outcome:
    """Every applicable rule in order; the first refusal ends the run."""
    steps: list[Step] = []
    for rule in rules if rules is not None else RULES:
        if not rule.applies(draft):
            continue
        change = rule.apply(draft)
        if change is None:
            continue
        if isinstance(change, Refuse):
            steps.append(Step(rule.name, "refused", draft.answer, "", change.why))
            return Outcome(draft, steps, change, rule)
        before = draft.answer
        draft.answer, draft.cited = change.answer, list(dict.fromkeys(change.cited))
        draft.confidence = max(0.0, draft.confidence - change.confidence)
        draft.unverified += list(change.unverified)
        steps.append(Step(rule.name, change.action, before, draft.answer, change.why))
    return Outcome(draft, steps)
