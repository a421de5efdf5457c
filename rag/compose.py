"""Questions that combine events ("in total in October 2025 and February 2026", "which had more:
December 2018 or February 2026?", "how long between the rotation and the inauguration?").

A small model copies a number from one passage well but does not add or compare. So a total,
difference or comparison across periods (or governments) is asked one part at a time, over that
part's passages only, each answer checked by the rules as usual; several counts of one event are
asked one item at a time; a question asking two things is split into two questions. The arithmetic
is ours, done on checked values, and every part cites its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from rag.dates import DAY_OF_MONTH, MONTH_WORDS, PART_OF_YEAR, DateSpan, question_periods
from rag.glossary import indonesian
from rag.governments import named_at, named_span
from rag.question import REMAINDER, SUM, Question
from rag.text import NUMBER_WORDS, SCALE, decimal_of, numbers_in, scale_of, scale_word, strip_markers



# "more administrators or supervisors", "mana yang lebih banyak: pejabat administrator atau pejabat pengawas?"
# "which was larger: A or B?", "were A or B more numerous?", "lebih banyak A atau B?", "A lebih banyak
# atau B?", chat's "A vs B banyakan yg mana?" and "lebih banyak A apa B?"
# Only words of number: two groups of one event are counted, not measured ("higher" asks a rate).
_MORE_IN_NUMBER = r"(?:more|fewer|larger|bigger|greater|smaller|lebih\s+(?:banyak|sedikit|byk)|banyakan)"
_ALTERNATIVES = (
    re.compile(r"\bmore\s+(?P<a>[\w()' -]{2,60}?)\s+or\s+(?P<b>[\w()' -]{2,60}?)\s*(?=[?,.;]|\band\b|$)", re.IGNORECASE),
    re.compile(rf"\b(?:which|what|mana)\b[^:?]*\b{_MORE_IN_NUMBER}\b[^:?]*[:,]\s*(?P<a>[^?,:]{{2,60}}?)\s+(?:or|atau)\s+(?P<b>[^?,]{{2,60}}?)\s*(?=[?,]|\band\b)", re.IGNORECASE),
    re.compile(rf"\b(?:were|was|are|is)\s+(?:there\s+)?(?P<a>[\w()' -]{{2,60}}?)\s+or\s+(?P<b>[\w()' -]{{2,60}}?)\s+(?:more|fewer|larger|bigger)\b", re.IGNORECASE),
    re.compile(r"\blebih\s+(?:banyak|sedikit|byk)\s+(?P<a>[\w()' -]{2,60}?)\s+(?:atau|apa)\s+(?P<b>[\w()' -]{2,60}?)\s*(?=[?,.;]|\bdan\b|$)", re.IGNORECASE),
    re.compile(r"(?:^|[,:;]\s*|\bjumlah\s+)(?P<a>[\w()' -]{2,60}?)\s+lebih\s+(?:banyak|sedikit|byk)\s+(?:atau|apa)\s+(?P<b>[\w()' -]{2,60}?)\s*(?=[?,.;]|\bdan\b|$)", re.IGNORECASE),
    re.compile(rf"(?:^|[,:;]\s*)(?P<a>[\w()' -]{{2,60}}?)\s+(?:vs\.?|versus)\s+(?P<b>[\w()' -]{{2,60}}?)\s+(?:{_MORE_IN_NUMBER}|which|mana|yg|yang)\b", re.IGNORECASE),
)


@dataclass(frozen=True)
class Part:
    """One part of a combined question: a period or a government (with the clause of the question
    that names it), or, for "more A or B?" about one event, one of the alternatives (no span, no
    government, clause "A")."""

    span: DateSpan | None
    clause: str
    ask: str = ""  # for an alternative: the question narrowed to it ("In the 2026 inauguration, how many supervisors?")
    government: str | None = None


@dataclass(frozen=True)
class Plan:
    operation: str  # "sum", "difference", "more" or "each" (a breakdown: every part's count)
    parts: list[Part]
    percent: bool = False  # the parts are percentages ("lebih tinggi 2024 atau 2025? selisih brp persen?")


def plan(question: Question) -> Plan | None:
    """A plan when the question asks for a total, difference or comparison across two or more
    distinct periods (or governments), or which of two things one event had more of, or several
    counts of one event; None for everything else, which is answered in one pass."""
    text = question.text
    percent = _percent_asked(text)
    if question.kind == "difference":
        if REMAINDER.search(text):
            return None  # what is left of one event's whole ("still waiting by March"): one pass, our subtraction
        operation = "difference"
    elif question.kind == "comparison":
        operation = "more"
        if _HIGHER.search(text) and not re.search(r"\b(?:more|fewer|lebih banyak|lebih sedikit)\b", text, re.I) and not percent:
            if _MONEY_ASKED.search(text):
                return None  # "PAD lebih tinggi 2024 atau 2025?": amounts in rupiah, miliar and triliun, not counts
            percent = True  # a rate or a level ("serapan lebih tinggi 2024 atau 2025?")
    elif question.kind == "total" or (question.kind == "count" and (SUM.search(text) or _months_joined(text))):
        operation = "sum"
    elif question.kind in ("count", "other") and (alternatives := _alternatives(text, question.language)):
        return alternatives  # "which group was larger: administrators or pengawas?" asks no count of its own
    else:
        return _breakdown(text, question.language) if question.kind == "count" else None
    spans = _distinct(list(question.periods))
    named = _paired(text, spans, question.governments)
    if len(spans) < 2:  # the parts may be two governments of one period ("Lebak or Cilegon, in March 2026?")
        named = [(g.split(" ", 1)[1], spans[0] if spans else None, g) for g in question.governments if re.search(re.escape(g.split(" ", 1)[1]), text, re.I)]
        if len(named) < 2 or len({n[0] for n in named}) < 2:
            if operation in ("more", "difference") and (alternatives := _alternatives(text, question.language)):
                return alternatives  # "were A or B more numerous, and what was the difference?"
            if operation == "more":
                return None
            return _breakdown(text, question.language) or (_summed(text, question.language) if operation == "sum" else None)
    if operation != "sum" and len(named) != 2:
        return None
    ordered = sorted(named, key=lambda n: _end_of(text, n[0], 0))
    parts, start = [], 0
    for label, span, government in ordered:
        end = max(_end_of(text, label, start), start)
        parts.append(Part(span=span, clause=text[start:end].strip(" ,;:()"), government=government))
        start = end
    return Plan(operation=operation, parts=parts, percent=percent)


def _paired(text: str, spans: list[DateSpan], governments: tuple[str, ...]) -> list[tuple[str, DateSpan, str | None]]:
    """Each period with its government, when the question names as many governments as periods:
    "Pemkab A (April) and Pemkot B (May)" is A in April and B in May, paired in the order they
    are written. Otherwise the periods alone."""
    named = [g for g in governments if named_at(text, g) < len(text)]
    if len(spans) < 2 or len(named) != len(spans):
        return [(span.text, span, None) for span in spans]
    spans = sorted(spans, key=lambda s: _end_of(text, s.text, 0))
    named = sorted(named, key=lambda g: named_at(text, g))
    return [(span.text, span, government) for span, government in zip(spans, named)]


def _end_of(text: str, label: str, start: int) -> int:
    """Where a part's label ends in the question: "Januari 2026", or its first word where the
    question shares the year ("Januari atau April 2026"); the question's end when neither shows."""
    for needle in (label, label.split()[0]):
        if (at := text.lower().find(needle.lower(), start)) >= 0:
            return at + len(needle)
    return len(text)


_THERE = re.compile(r"\b(were|was|are|is) there\s*$|\bada\s*$", re.IGNORECASE)


def _narrowed(context: str, alternative: str, language: str) -> str:
    """A plain question about one alternative, in the question's setting: "Pada rotasi Desember
    2018, berapa pejabat pengawas?" (a small model answers that, not the either-or question)."""
    if language == "id":
        return f"{context}, berapa {alternative}?" if context else f"Berapa {alternative}?"
    return f"{context}, how many {alternative} were there?" if context else f"How many {alternative} were there?"


def _alternatives(question: str, language: str) -> Plan | None:
    for rx in _ALTERNATIVES:
        if match := rx.search(question):
            a, b = (re.sub(r"^(?:jumlah|the number of)\s+", "", match.group(g).strip(" ,;:()"), flags=re.I) for g in ("a", "b"))
            if a and b and a.lower() != b.lower():
                context = _THERE.sub("", question[: match.start()]).strip(" ,;:")
                return Plan(operation="more", parts=[Part(None, x, _narrowed(context, x, language)) for x in (a, b)])
    return None


# "how many A and how many B?", "berapa A dan berapa B?", "Break down ...: how many A, B and C were ...?"
_EACH = (
    re.compile(r"\bhow many\s+(?P<list>[^?]{2,80}?\s*,?\s+and how many\s+[^?]{2,80}?)\s*\?", re.IGNORECASE),
    re.compile(r"\bberapa\s+(?P<list>[^?]{2,80}?\s*,?\s+dan berapa\s+[^?]{2,80}?)\s*\?", re.IGNORECASE),
    re.compile(r"\b(?:break\s*down|rincikan|rincian)\s+(?P<context>[^?]*?)[\s:,]*\b(?:how many|berapa)\s+(?P<list>[^?]{2,120}?)"
               r"(?:\s+(?:were|was|are|is|did|yang)\b[^?]*)?\?", re.IGNORECASE),
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|dan)\s+)?(?:(?:how many|berapa)\s+)?|\s+(?:and|dan)\s+(?:(?:how many|berapa)\s+)?", re.IGNORECASE)


def _breakdown(question: str, language: str) -> Plan | None:
    """Several counts of one event asked together: each is asked on its own. A plain "how many A
    and B" is one count of both (17 administrators and supervisors), so it needs the question
    word repeated or a "break down"."""
    for rx in _EACH:
        if match := rx.search(question):
            items = [i.strip(" ,;:") for i in _LIST_SPLIT.split(match.group("list")) if i.strip(" ,;:")]
            if len(items) < 2 or len({i.lower() for i in items}) < len(items):
                return None
            if "context" in rx.groupindex:  # "Break down the December 2018 rotation: ..."
                context = ("In " if language == "en" else "Pada ") + match.group("context").strip(" ,;:")
            else:
                context = question[: match.start()].strip(" ,;:")
            word = "berapa" if language == "id" else "how many"
            ask = (lambda x: f"{context}, {word} {x}?") if context else (lambda x: f"{word.capitalize()} {x}?")
            return Plan(operation="each", parts=[Part(None, x, ask(x)) for x in items])
    return None


# "how many administrator and pengawas officials ... combined", "berapa total pejabat administrator
# dan pengawas yang ...": a total of categories of one event, listed between the question word and
# the verb (or a comma, or the end).
_SUMMED = (
    # "what's the sum of administrator-level and pengawas-level officials", "..., administrator + pengawas totalnya brp?"
    re.compile(r"\bsum of\s+(?:the\s+)?(?P<list>[\w()'-]+(?:[\s,]+[\w()'-]+){0,8}?)\s*(?=\b(?:who|that|which|were|was|installed|sworn|in|at|on|di|pada)\b|[,?])", re.IGNORECASE),
    re.compile(r"(?:^|[,:;]\s*)(?P<list>[\w()'-]+(?:\s+[\w()'-]+){0,3}\s*(?:\+|\bplus\b)\s*[\w()'-]+(?:\s+[\w()'-]+){0,3}?)\s*(?=\b(?:total\w*|ada|berapa|brp|in total|combined|taken together|jumlah\w*)\b|[,?])", re.IGNORECASE),
    re.compile(r"\bhow many\s+(?P<list>[\w()'-]+(?:[\s,]+[\w()'-]+){0,8}?)\s*(?=\b(?:were|was|are|is|did|do|had|have|got|in total|combined|altogether|together|in all)\b|[,?])", re.IGNORECASE),
    re.compile(r"\bjumlah\s+(?P<list>[\w()'-]+(?:[\s,]+[\w()'-]+){0,8}?)\s*(?=\b(?:kalau|jika|bila|yang|di|pada|digabung(?:kan)?|ditotal|semuanya|seluruhnya|ada)\b|[,?])", re.IGNORECASE),
    re.compile(r"\bberapa\s+(?:(?:total|jumlah)\s+)?(?P<list>[\w()'-]+(?:[\s,]+[\w()'-]+){0,8}?)\s*(?=\b(?:yang|di|pada|dalam|saat|ketika|secara|total|jumlahnya|digabung(?:kan)?|seluruhnya)\b|[,?])", re.IGNORECASE),
)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta|plus)\s+|\s*\+\s*", re.IGNORECASE)


# Two months joined by "and": "pada Januari dan Februari 2026", "in March and May 2026".
_MONTHS_JOINED = re.compile(rf"\b(?:{MONTH_WORDS})\b\.?(?:\s+\d{{4}})?\s*,?\s+(?:dan|and|serta|&)\s+(?:bulan\s+)?(?:{MONTH_WORDS})\b", re.IGNORECASE)


def _months_joined(text: str) -> bool:
    """Whether a count is asked of two months joined by "and", which asks their total: "berapa
    jumlah kasus DBD pada Januari dan Februari 2026?" is 148 + 213, not either month's figure.
    Not a span's two ends ("antara Januari dan Maret", "between March and May": one period).

    >>> _months_joined("Berapa jumlah kasus DBD pada Januari dan Februari 2026 saja?"), _months_joined("between January and March 2026")
    (True, False)
    """
    return any(
        not re.search(r"\b(?:between|antara|dari|from|sejak|since)\s+(?:bulan\s+)?$", text[: m.start()], re.IGNORECASE)
        for m in _MONTHS_JOINED.finditer(text)
    )


def _summed(question: str, language: str) -> Plan | None:
    """A total of two or more categories of one event: each category asked on its own, in the
    question's own words with the list replaced by that category ("how many administrator
    officials were sworn in"), and added by us. A word both share ("officials", "pejabat") is
    given to each: "pejabat administrator dan pengawas" asks for "pejabat pengawas" too."""
    for rx in _SUMMED:
        match = rx.search(question)
        if not match or not re.search(r"\s(?:and|dan|serta|plus)\s|\+", match.group("list"), re.IGNORECASE):
            continue
        items = [re.sub(r"nya$", "", i.strip(" ,;:")) for i in _ITEM_SPLIT.split(match.group("list")) if i.strip(" ,;:")]
        if len(items) < 2 or len({i.lower() for i in items}) < len(items):
            return None
        head = items[0].split()[0] if items[0].split()[0].lower() in _GENERIC_COUNTED else ""
        tail = items[-1].split()[-1] if items[-1].split()[-1].lower() in _GENERIC_COUNTED else ""
        named = [" ".join(filter(None, [head if not i.lower().startswith(head.lower()) else "", i, tail if not i.lower().endswith(tail.lower()) else ""])) for i in items]
        if not all(_key_terms(i) for i in named):  # "officials and staff": no category names the count
            return None
        plain = re.sub(r"\s{2,}", " ", _COMBINING.sub(" ", question[: match.start("list")] + "{}" + question[match.end("list") :]))
        plain = re.sub(r"\s+([?,.])", r"\1", re.sub(r"\b(?:kalau|jika|bila)\s+(?=berapa)", "", plain)).strip()
        return Plan(operation="sum", parts=[Part(None, item, plain.format(item)) for item in named])
    return None


# Words that describe any count ("officials", "posts"), not which one: they do not tell the
# administrators' number from the supervisors'.
_GENERIC_COUNTED = set(
    "pejabat official officials orang people jabatan post posts position positions yang filled mengisi were was "
    "there the level high ranking besar peringkat".split()
)
_NUMBER_TOKEN = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")$")
# A sentence's words for counting: a number with thousands dots is one word ("8.042"), a comma its own.
_COUNT_WORDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d,])|\w+|,")


def _token_value(word: str) -> int:
    """ "8.042" -> 8042, "12" -> 12, "enam" -> 6."""
    return int(word.replace(".", "")) if word[0].isdigit() else NUMBER_WORDS[word]


def _key_groups(phrase: str) -> list[set[str]]:
    """Each distinctive word of a counted phrase with its Indonesian equivalents: "kepala sekolah"
    -> [{kepala}, {sekolah}], "supervisors" -> [{supervisors, pengawas}]."""
    groups = []
    for word in re.findall(r"[a-z]+", phrase.lower()):
        group = {w for w in [word, *" ".join(indonesian(word)).lower().split()] if len(w) > 3 and w not in _GENERIC_COUNTED}
        if group and group not in groups:
            groups.append(group)
    return groups


def _key_terms(phrase: str) -> set[str]:
    return set().union(*_key_groups(phrase))


def particular(counted: str) -> bool:
    """Whether a counted phrase names one kind ("pejabat fungsional", "supervisors"), not any count
    ("pejabat", "officials", "orang")."""
    return bool(_key_terms(counted))


def _matches(word: str, terms: set[str]) -> bool:
    return any(word.startswith(t) or t.startswith(word) for t in terms if len(word) > 3)


_AND = {"dan", "and", "serta", "atau", "or"}


def counts_of(item: str, others: list[str], texts: list[str]) -> dict[int, tuple[int, str]]:
    """Numbers the texts give for `item` alone, each with the index of its text and its sentence:
    a number followed within five words by the item's own word ("13 orang mengisi jabatan
    administrator"), with no comma between (the next list item's: "1.524 kursi, jalur afirmasi"),
    not by another item's ("17 pejabat administrator dan pengawas" counts both),
    with every distinctive word of the item ("71 kepala SD" is no count of "kepala sekolah"), and not
    a remainder ("tiga JPT pratama lainnya" is three of them, not how many)."""
    terms, other_terms = _key_terms(item), set().union(*(_key_terms(o) for o in others)) - _key_terms(item)
    groups = _key_groups(item)
    found: dict[int, tuple[int, str]] = {}
    for index, text in enumerate(texts):
        for sentence in re.findall(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]?", text):  # "8.042 anak" is no sentence end
            words = _COUNT_WORDS.findall(sentence.lower())  # a comma ends a list item: "20 pejabat administrator, dan 85 ..."
            for i, word in enumerate(words):
                if not _NUMBER_TOKEN.match(word) or re.fullmatch(r"(?:19|20)\d\d", word):
                    continue  # "pada akhir Juni 2025 realisasi PAD ...": a year; news writes a count of thousands "2.025"
                window = words[i + 1 : i + 7]
                own = window[: window.index(",")] if "," in window[:5] else window[:5]  # "1.524 kursi, jalur afirmasi ...": the next item's words
                hit = next((j for j, w in enumerate(own) if _matches(w, terms)), None)
                if hit is None or any(_matches(w, other_terms) for w in window[: hit + 3]):
                    continue
                if window[hit + 1 : hit + 2] in (["lainnya"], ["lain"], ["others"], ["other"]):
                    continue  # "Tiga JPT pratama lainnya": the rest of them, not how many there were
                if not all(any(_matches(w, group) for w in own) for group in groups):
                    continue  # "71 kepala SD" is not a count of "kepala sekolah": every word of the item is written
                after = window[hit + 1 : hit + 3]
                if (window[hit - 1] if hit else "") in _AND or (after[:1] and after[0] in _AND and not _NUMBER_TOKEN.match(after[-1])):
                    continue  # "administrator dan pengawas" is a count of both; "administrator dan 4 ..." starts the next
                found.setdefault(_token_value(word), (index, sentence.strip()))
    return found


def listed_beside(text: str, count: int, others: set[int]) -> bool:
    """Whether each of `others` is another item of the list in which a sentence writes `count`:
    written with the same head word, the two apart only by list words ("19 pejabat pengawas, dan
    enam pejabat fungsional"), not a part of it ("700 guru PPPK, 150 guru di antaranya", "Dari 45
    pejabat pengawas, 20 pejabat merupakan wajah baru").

    >>> listed_beside("terdiri atas 12 pejabat administrator, 19 pejabat pengawas, dan enam pejabat fungsional", 6, {19})
    True
    >>> listed_beside("Sebanyak 700 guru PPPK dilantik, 150 guru di antaranya dari luar daerah", 700, {150})
    False
    """
    words = _COUNT_WORDS.findall(text.lower())
    at = {_token_value(w): i for i, w in enumerate(words) if _NUMBER_TOKEN.match(w)}
    if count not in at or not others or not others <= set(at):
        return False
    for value in others:
        i, j = sorted((at[value], at[count]))
        between, after = words[i + 1 : j], words[at[value] + 1 : at[value] + 4]
        same_head = words[at[value] + 1 : at[value] + 2] == words[at[count] + 1 : at[count] + 2]
        if not same_head or not ({",", "dan", "serta", "and"} & set(between)) or {"antaranya", "diantaranya", "merupakan", "of"} & set(after):
            return False
        if words[max(0, i - 1) : i] in (["dari"], ["of"]):  # "Dari 45 pejabat pengawas, 20 ...": the whole first
            return False
    return True


def _distinct(spans: list[DateSpan]) -> list[DateSpan]:
    """Periods that do not overlap: "2018" beside "December 2018" names one event, not two."""
    kept: list[DateSpan] = []
    for span in sorted(spans, key=lambda s: s.end - s.start):
        if not any(span.start <= k.end and k.start <= span.end for k in kept):
            kept.append(span)
    return kept


# Words that ask to combine or compare: a sub-question without them is not tempted to add up its
# own passages, or to answer "which one" (a small model then copies its prompt's example). The
# either-or phrases go first, whole ("more or fewer", "lebih banyak mana", "by how many").
_COMBINING = re.compile(
    r"\b(?:more|fewer|higher|lower|larger|smaller|bigger|greater)\s+or\s+(?:more|fewer|less|higher|lower|smaller|larger)\b"
    r"|\b(?:mana\s+yang\s+)?lebih\s+(?:banyak|sedikit|tinggi|rendah|besar|kecil)(?:\s+atau\s+lebih\s+(?:banyak|sedikit|tinggi|rendah|besar|kecil))?(?:\s+(?:yang\s+)?mana)?\b"
    r"|(?:\band\s+)?\bby\s+how\s+(?:many|much)(?:\s+percentage\s+points)?\b|\bselisih(?:nya)?(?:\s+(?:berapa|brp)(?:\s+(?:persen|poin|orang|org))?)?(?=\W|$)"
    r"|\b(?:in total|total|in all|combined|together|altogether|adding up|added up|add up|jumlah total|keseluruhan|seluruhnya"
    r"|semuanya|digabung(?:kan)?|gabungan|dijumlah(?:kan)?|ditotal|counting both|across both|how many more|how many fewer|more|fewer|higher|lower|than"
    r"|compared (?:to|with)|dibanding(?:kan)?|daripada|ketimbang"
    r"|(?:poin persen\s+)?(?:kenaikan|penurunan)|(?:naik|turun|bertambah|berkurang|meningkat|menurun)(?=\s+(?:berapa|brp)\b))\b",
    re.IGNORECASE,
)


_JOINED = r"\s*(?:,\s*(?:(?:dan|and|atau|or|serta)\b)?|\b(?:dan|and|atau|or|serta|maupun)\b)\s*"  # ", ", " dan ", ", and "
# What stands between two parts of a list: "2024 dan 2025", "Lebak or Cilegon", "in 2026 than in
# 2025", "April 2026 dibanding April 2025", "2025 sama 2026", "Januari vs Maret", "Januari dijumlah dengan Juni".
_JOINER = re.compile(
    r"\s*,?\s*(?:\b(?:and|dan|atau|or|serta|maupun|sama|vs|versus|than|(?:dibanding(?:kan)?|dijumlah(?:kan)?|ditambah)(?:\s+dengan)?|daripada|ketimbang"
    r"|compared\s+(?:to|with))\b\.?|[,&+/])\s*",
    re.IGNORECASE,
)
# Where the last item of a list of phrases ends ("..., Pangandaran's May inauguration and
# Purbalingga's June swearing-in of school principals, how many ..."): a mark, or a word that asks.
_ITEM_END = re.compile(
    r"\s*(?:[?,;:.!]|\b(?:how|berapa|brp|berapakah|which|what|mana|yang|lebih|more|fewer|higher|lower|total|selisih\w*"
    r"|and|dan|or|atau|serta|than|dibanding\w*|daripada|ketimbang)\b|$)",
    re.IGNORECASE,
)
_ASKING = re.compile(r"\b(?:how|berapa|brp|berapakah|which|what|mana|siapa|who)\b", re.IGNORECASE)
_PERCENT_ASKED = re.compile(r"\b(?:percent(?:age)?(?:\s+points?)?|persen(?:tase)?|poin persen)\b|%", re.IGNORECASE)
# "naik berapa persen", "by what percentage did it rise": a change in percent of counts, not percentages compared
_PERCENT_CHANGE = re.compile(r"\b(?:naik|turun|bertambah|berkurang|meningkat|menurun|increase[sd]?|decrease[sd]?|r[io]se|fell|grew|dropped)\b\W+(?:\w+\W+)?(?:berapa\s+)?(?:persen|percent)", re.IGNORECASE)
# A level compared, not a count: "higher or lower", and which way a figure moved ("naik atau turun",
# "rise or fall"): a rate or an amount, unless the question counts ("more or fewer").
_HIGHER = re.compile(r"\b(?:higher|lower|lebih tinggi|lebih rendah|naik|turun|meningkat|menurun|rise|rose|fall|fell|increased?|decreased?|went up|went down)\b", re.IGNORECASE)
_MONEY_ASKED = re.compile(r"\b(?:rp|rupiah|miliar|triliun|juta|billion|million|trillion|anggaran|dana|pad|pendapatan|revenue|income|budget)\b", re.IGNORECASE)


def _percent_asked(text: str) -> bool:
    """Whether the parts are percentages ("selisih brp persen?", "by how many percentage points"),
    not counts whose change is asked in percent ("naik berapa persen?")."""
    return bool(_PERCENT_ASKED.search(text)) and not _PERCENT_CHANGE.search(text)


def _mention(question: str, part: Part, periods: bool = True, governments: bool = True) -> tuple[int, int] | None:
    """Where the question names a part: its government and its period together ("Pemkab Bogor
    pada Maret"), the period by its first word where the list shares the year ("Maret dan Juni
    2026"); None when either is not written. What all parts share ("Lebak or Cilegon, in March
    2026") is no part's own: `periods` or `governments` False leaves it out."""
    found = []
    if part.government and governments:
        if not (span := named_span(question, part.government)):
            return None
        found.append(span)
    if part.span and periods:
        hit = next((m for needle in (part.span.text, part.span.text.split()[0]) if (m := re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", question, re.I))), None)
        if not hit:
            return None
        found.append(hit.span())
    return (min(a for a, _ in found), max(b for _, b in found)) if found else None


def _items(question: str, parts: tuple[Part, ...]) -> list[tuple[int, int]] | None:
    """Each part's own item in the question's list of them, as (start, end), in the parts' order:
    in "Kalau digabung, berapa pendaftar tahun 2024 dan 2025?" they are "2024" and "2025"; in
    "Counting Kebumen's April rotation, Pangandaran's May inauguration and Purbalingga's June
    swearing-in of school principals, how many ..." the three phrases. None when the parts are not
    written as one list (each named with a joiner between and few words before each name).

    A list of bare names shares what follows ("2024 dan 2025 yang lolos": both "yang lolos"); a
    list of phrases ends where the last phrase does, at a mark or a word that asks."""
    periods, governments = len({p.span for p in parts}) > 1, len({p.government for p in parts}) > 1
    mentions = [_mention(question, p, periods, governments) for p in parts]
    if any(m is None for m in mentions):
        return None
    order = sorted(range(len(parts)), key=lambda i: mentions[i][0])
    labels = [mentions[i] for i in order]
    bounds: list[list[int]] = [[a, b] for a, b in labels]
    lead = 0
    head = None  # where the first item starts when the items are phrases opening alike
    for k in range(1, len(labels)):
        gap = question[labels[k - 1][1] : labels[k][0]]
        joiners = list(_JOINER.finditer(gap))
        if labels[k - 1][1] > labels[k][0] or not joiners:
            return None
        joiner = joiners[-1]
        before, after = gap[: joiner.start()], gap[joiner.end() :]
        if len(re.findall(r"\w+", after)) > 3 and head is None and k == 1:
            head = _parallel_head(question[: labels[0][0]], after)
        if (len(re.findall(r"\w+", after)) > 3 and head is None) or len(re.findall(r"\w+", before)) > 6 or re.search(r"[?;:]", gap) or _COMBINING.search(after) or _ASKING.search(before) or _COMBINING.search(before):
            # "2025 lebih tinggi atau lebih rendah dari 2024", "Maret 2026 merendam berapa rumah lebih
            # banyak dibanding ...", "end-of-March 2026 spending realisation lower than at the same
            # point in 2025": not a list, a clause and what it is compared with
            return None
        bounds[k - 1][1] = labels[k - 1][1] + joiner.start()
        bounds[k][0] = labels[k - 1][1] + joiner.end()
        lead = max(lead, len(re.findall(r"\w+", after)))
    # the first item takes as many words before its name as the others have ("Pemkab ..."), or
    # from the word the others open with ("Bupati Garut pada September 2026 dan Bupati Herman ...")
    words_before = list(re.finditer(r"[\w'’-]+", question[: labels[0][0]]))
    if head is not None:
        bounds[0][0] = head
    elif lead:
        if len(words_before) < lead or re.search(r"[,;:?()]", question[words_before[-lead].start() : labels[0][0]]):
            return None
        bounds[0][0] = words_before[-lead].start()
    tail = question[labels[0][1] : bounds[0][1]]
    if re.search(r"\w", re.sub(r"^['’]s\b", "", tail)):  # "Garut's and Lebak's regents": names, not phrases
        bounds[-1][1] += _ITEM_END.search(question, bounds[-1][1]).start() - bounds[-1][1]
    elif tail and question.startswith(tail, bounds[-1][1]):
        bounds[-1][1] += len(tail)  # "Pemkab Bogor (Maret) dan Pemkot Depok (Juni) tahun 2026": the bracket
    items: list[tuple[int, int]] = [(0, 0)] * len(parts)
    for position, i in enumerate(order):
        items[i] = (bounds[position][0], bounds[position][1])
    return items


def _parallel_head(before: str, after: str) -> int | None:
    """Where, in the words `before` the first item's name, the first item opens as the next one
    does (`after` its joiner): "... dilantik Bupati Garut pada" before "September 2026" and "Bupati
    Herman Suherman pada" after "dan" open alike at "Bupati"; None when no capitalised word
    opens both within the six words before."""
    first = re.match(r"\s*([A-Z][\w'’-]*)", after)
    if not first:
        return None
    words = list(re.finditer(r"[\w'’-]+", before))[-6:]
    return next((w.start() for w in reversed(words) if w.group() == first.group(1)), None)


def sub_question(question: str, part: Part, language: str, others: tuple[Part, ...] = (), counted: str = "", percent: bool = False) -> str:
    """An alternative's own plain question, or the original question (it names what is counted)
    with the list of parts narrowed to this one ("tahun 2024 dan 2025" asked for 2025 is "tahun
    2025"; "Lebak or Cilegon" asked for Cilegon is "Cilegon"), without its combining words, and a
    line saying which part to answer and what to count (`counted`, the question's counted thing,
    or a percentage).

    "Berapa total pendaftar tahun 2024 dan 2025?" asked for 2025 is "Berapa pendaftar tahun
    2025?" and "Jawab hanya untuk 2025: berapa jumlahnya? Tulis satu angka."
    """
    if part.ask:
        return part.ask
    period = part.span.text if part.span else None
    # a period named from the other one ("a year earlier" than "June 2026")
    relative = bool(part.span and len(others) == 1 and others[0].span and _RELATIVE.search(part.span.text))
    if relative:
        period = _in_period(others[0].span.text, others[0].span, part.span)  # "a year earlier" than "June 2026": "June 2025"
    label = " ".join(filter(None, [part.government, period]))
    if counted and re.search(rf"\b{re.escape(counted)}\s*(?:,|&|\b(?:dan|and|serta|atau|or)\b)", question, re.I):
        counted = ""  # "pejabat administrator dan pengawas": the count is of both
    everyone = (part, *others)
    if others and (items := _items(question, everyone)):
        start, end = min(a for a, _ in items), max(b for _, b in items)
        own = question[items[0][0] : items[0][1]]
        if relative:
            own = _in_period(question[items[1][0] : items[1][1]], others[0].span, part.span)  # "the same period of 2025": the other's words, in 2025
        question = question[:start] + own + question[end:]
    elif part.span and len(others) == 1 and others[0].span and not part.government and part.span.text in question and others[0].span.text in question:
        # two periods listed without a joiner the list reader knows: the other one goes, with its joiner
        # "20 May 2026", "late-February 2025"
        own_text, other_text = (rf"(?<![\w-])(?:[\w'’]+-)?(?:\d{{1,2}}\s+)?{re.escape(p.span.text)}(?!\w)" for p in (part, others[0]))
        if _compared_with(question, own_text) and not _compared_with(question, other_text):
            # the period compared with: the main clause asked of it ("Solo's realisation at the end of
            # July 2026 higher than at the end of July 2025?" asked for 2025: "... at the end of July 2025?")
            question = _in_period(_without_period(question, own_text), others[0].span, part.span)
        else:
            question = _without_period(question, other_text)
    # "By how many percentage points was X ...?" asks each part "What was X ...?"; "By how many cases
    # did X ...?", "How many cases did X ...?"; not when a verb asks the change ("By how many points
    # did X fall from ... to ...?": the words go, as every combining word does)
    if not _CHANGE_VERB.search(question):
        question = re.sub(r"^\s*by\s+how\s+(?:many|much)\s+percentage\s+points\s+(?=(?:was|were|is|are)\b)", "What ", question, flags=re.IGNORECASE)
        question = re.sub(r"^\s*(?:by\s+)?how\s+(many|much)(?:\s+(?:more|fewer|less)\b)?", r"How \1", question, flags=re.IGNORECASE)
    question = _COMBINING.sub(" ", question)
    question = re.sub(r"\b(?:kalau|jika|bila)\s*(?:,\s*|(?=\?|(?:ada\s+)?berapa\b))", "", question, flags=re.IGNORECASE)  # "Kalau digabung, berapa ...", "... jika digabung?", "kalau digabung ada berapa"
    question = re.sub(r"\?(?:\s*\?)+", "?", re.sub(r",(?:\s*,)+", ",", re.sub(r"\s+([?,.])", r"\1", re.sub(r"\s{2,}", " ", question))))
    question = re.sub(r"(?:,\s*)?\b(?:and|dan|or|atau)\s*(?=[?.]|$)|,\s*(?=[?.])|^[\s,]+", "", question).strip()  # ", and?" left over
    if language == "id":
        return f"{question}\nJawab hanya untuk {label}: berapa {'persen' if percent else counted or 'jumlahnya'}? Tulis satu angka."
    return f"{question}\nAnswer only for {label}: {'what percentage' if percent else ' '.join(filter(None, ['how many', counted]))}? Write one number."


# The words that bring in the period a figure is compared with, up to five words before it:
# "dibanding banjir 26 Desember 2025", "Dibanding akhir Juli 2025,", "than in March 2025".
_COMPARED_WITH = r"\b(?:dibanding(?:kan)?(?:\s+dengan)?|daripada|ketimbang|than|compared\s+(?:to|with)|vs\.?|versus|exceed(?:ed|s)?|melampaui|melebihi)\s+(?:[\w'’-]+\s+){0,5}?"
# ... or that say when, right before a period: "pada akhir Juli 2026", "by the end of August 2026"
_WHEN_WORDS = (
    r"(?:\b(?:pada|di|in|on|at|per|tahun|bulan|by\s+the\s+(?:end|start)\s+of|as\s+of)\s+(?:(?:akhir|awal|pertengahan|early|late|mid)\s+)?"
    r"|\b(?:akhir|awal|pertengahan|(?:the\s+)?(?:end|start|middle)\s+of|early|late|mid)\s+)"
)


def _without_period(question: str, other: str) -> str:
    """A question of two periods that are no list the list reader knows, with the other period
    taken out: with the words that compare with it ("Banjir Maret 2026 merendam berapa rumah lebih
    banyak dibanding banjir 26 Desember 2025?" asked for March is "Banjir Maret 2026 merendam berapa
    rumah lebih banyak?"); else with its joiner ("Maret 2026, April 2026"); else with the words that
    say when ("... APBD pada akhir Juli 2026 naik berapa rupiah?" asked for July 2025 loses "pada
    akhir Juli 2026")."""
    for pattern in (rf"\s*{_COMPARED_WITH}{other}\s*,?", rf"{_JOINED}{other}|{other}{_JOINED}(?=\S)", rf"\s*{_WHEN_WORDS}{other}\s*,?"):
        if (without := re.sub(pattern, " ", question, count=1, flags=re.IGNORECASE)) != question:
            return without
    return question


def _compared_with(question: str, period: str) -> bool:
    """Whether `period` is the one the question compares with: "than at the end of July 2025",
    "dibanding akhir Juli 2025", "exceed the same period of 2025"."""
    return bool(re.search(rf"{_COMPARED_WITH}{period}", question, re.IGNORECASE))


# The verbs of a change, which a part asked of one period cannot keep: "did X fall", "rose", "grew".
_CHANGE_VERB = re.compile(
    r"\b(?:r[io]se|rise[sn]?|fall(?:en|s)?|fell|gr[eo]w[sn]?|increase[ds]?|decrease[ds]?|drop(?:ped|s)?|declined?|climb(?:ed|s)?|jump(?:ed|s)?"
    r"|went\s+(?:up|down)|improved?|shr[ai]nk|naik|turun|bertambah|berkurang|meningkat|menurun)\b",
    re.IGNORECASE,
)
# A period named from another one: "the same period of 2025", "a year earlier", "periode yang sama
# tahun lalu", "the same point in 2025".
_RELATIVE = re.compile(r"\b(?:same|sama|earlier|lalu|sebelumnya|previous|prior|before|last)\b", re.IGNORECASE)


def _in_period(question: str, main: DateSpan, period: DateSpan) -> str:
    """The question of the `main` period asked of `period` instead: its words for `main` ("30 Juni
    2026") become the same words in `period`'s year when `period` is named from it ("January to 7
    June 2026" compared with "the same period of 2025" or "a year earlier" is "January to 7 June
    2025"), else `period`'s own words ("semester I 2025")."""
    if _RELATIVE.search(period.text):
        return question.replace(main.text, re.sub(r"\b(?:19|20)\d{2}\b", str(period.start.year), main.text), 1)
    return re.sub(rf"(?<!\w)(?:\d{{1,2}}\s+)?{re.escape(main.text)}(?!\w)", period.text, question, count=1)


_YEARLIKE = range(1900, 2101)


def part_number(answer: str, part: Part) -> Decimal | None:
    """The count (or percentage) a sub-answer gives: its first number that is not a year, a day
    of the period it was asked about, or a date's day ("2 Juni 2026: 64 pejabat" gives 64;
    citation markers are not numbers). A decimal is kept whole: "81,7 persen" is 81.7; "1.200"
    is twelve hundred."""
    period_numbers = {int(n) for n in re.findall(r"\d+", part.span.text)} if part.span else set()
    body = DAY_OF_MONTH.sub(" ", strip_markers(answer))
    for token in re.findall(rf"\d{{1,3}}(?:\.\d{{3}})+(?![\d,])|\d+(?:,\d{{1,2}}(?!\d)|\.\d{{1,2}}(?=\s*(?:%|persen|percent|{SCALE}\b)))?|[a-z]+", body.lower()):
        if token[0].isdigit():
            value = decimal_of(token)
            if value is None:
                continue
        elif token in NUMBER_WORDS:
            value = Decimal(NUMBER_WORDS[token])
        else:
            continue
        whole = int(value)
        if whole not in _YEARLIKE and (value != whole or whole not in period_numbers) and whole in numbers_in(body):
            return value
    return None


@dataclass(frozen=True)
class PartAnswer:
    part: Part
    value: Decimal
    label: str  # who and when, from the cited passage ("Kota Bekasi, 13 February 2026"), or the alternative
    cites: str  # citation markers in the merged numbering, like "[2]" or "[2][3]"
    scale: int = 0  # the power of ten its sentence writes after it: 9 for "Rp602,4 miliar" (`text.scale_of`)


def shown(value: Decimal, language: str) -> str:
    """A part's value as a reader writes it: "107", "81,7" in Indonesian, "81.7" in English."""
    text = str(int(value)) if value == int(value) else format(value.normalize(), "f")
    return text.replace(".", ",") if language == "id" else text


def combine(operation: str, answers: list[PartAnswer], language: str, percent: bool = False) -> str:
    """The combined answer, showing its arithmetic so a reader can check each part. Percentages
    compare as higher or lower, and differ by percentage points."""
    # amounts keep the scale their sentences write: "2,61 triliun" and "861,3 miliar" are compared in miliar
    unit = min(a.scale for a in answers) if all(a.scale for a in answers) else 0
    if unit:
        answers = [replace(a, value=a.value * 10 ** (a.scale - unit), scale=unit) for a in answers]

    def n(value: Decimal) -> str:
        return " ".join(filter(None, [shown(value, language), scale_word(unit, language)]))

    parts = [f"{n(a.value)} ({a.label}) {a.cites}" for a in answers]
    points = (" percentage points" if language == "en" else " poin persen") if percent else ""
    if operation == "sum":
        total = sum(a.value for a in answers)
        lead = f"{n(total)} in total" if language == "en" else f"Total {n(total)}"
        return f"{lead}: {' + '.join(parts)}."
    if operation == "difference":
        big, small = sorted(answers, key=lambda a: -a.value)
        diff = big.value - small.value
        lead = f"A difference of {n(diff)}{points}" if language == "en" else f"Selisihnya {n(diff)}{points}"
        return f"{lead}: {n(big.value)} ({big.label}) {big.cites} - {n(small.value)} ({small.label}) {small.cites}."
    if operation == "each":
        listed = [f"{n(a.value)} {a.label} {a.cites}" for a in answers]
        joiner = " and " if language == "en" else " dan "
        return f"{', '.join(listed[:-1])}{joiner}{listed[-1]}."
    big, small = sorted(answers, key=lambda a: -a.value)
    if big.value == small.value:
        same = ("Neither: both were" if percent else "Neither: both had") if language == "en" else "Sama banyak: keduanya"
        return f"{same} {n(big.value)}: {'; '.join(parts)}."
    diff = n(big.value - small.value)
    if language == "en":
        verb, more = ("was higher", "higher") if percent else ("had more", "more")
        return f"{big.label} {verb}: {n(big.value)} {big.cites} vs {n(small.value)} ({small.label}) {small.cites}, {diff}{points} {more}."
    verb = "lebih tinggi" if percent else "lebih banyak"
    return f"{big.label} {verb}: {n(big.value)} {big.cites} dibanding {n(small.value)} ({small.label}) {small.cites}, selisih {diff}{points}."


_ASK_WORD = r"(?:who|whom|whose|what|which|where|when|how many|how much|how long|siapa|siapakah|apa|apakah|berapa|kapan|di ?mana|mana)\b"
_AND_ASK = re.compile(r",?\s+(?:and|dan|serta)\s+(?=" + _ASK_WORD + ")", re.IGNORECASE)


def clauses(question: str) -> list[str]:
    """The questions a compound question asks ("Siapa X, dan siapa Y?", "Which ministry reported
    it, and what top-N group was the city in?"), each made to stand alone: the sentences before the
    question, and the first clause's lead-in ("In June 2019, ..."), are repeated for the others. A
    plain question is its own only clause."""
    sentences = re.split(r"(?<=[.!?])\s+", question.strip())
    context, last = " ".join(sentences[:-1]), sentences[-1]
    pieces = [p.strip(" ,;?") for p in _AND_ASK.split(last)]
    first_ask = re.search(_ASK_WORD, pieces[0], re.IGNORECASE)
    if len(pieces) < 2 or not first_ask or not all(re.match(_ASK_WORD, p, re.IGNORECASE) for p in pieces[1:]):
        return [question]
    lead = pieces[0][: first_ask.start()].strip()
    asked = [pieces[0]] + [f"{lead} {p}" if lead.endswith(",") else p[0].upper() + p[1:] for p in pieces[1:]]
    return [" ".join(filter(None, [context, f"{a}?"])) for a in asked]
