"""Indonesian news datelines -> ISO dates, and month/year mentions in questions.

Articles write their event date as "Kamis (13/12/2018)", "(31/10/2025)", sometimes with a typo
("(31/20/2025)") or with no year at all ("Kamis (3/7)"). The weekday is the redundancy that lets
us repair or complete a date instead of guessing.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS_ID = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

MONTHS = {
    # Indonesian
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12, "aug": 8, "oct": 10, "dec": 12,
}

MONTH_NAMES_ID = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]
MONTH_NAMES_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]

WEEKDAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Words of the calendar, never a person's name ("Senin" after a title is a dateline).
CALENDAR_WORDS = set(MONTHS) | set(WEEKDAYS_ID) | set(WEEKDAYS_EN)
_WEEKDAY = r"(?P<weekday>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_NAME = r"(?P<mname>" + MONTH_WORDS + r")"
# A date's day in an answer ("2 Juni (2026)", "May 5, 2026", "20/5/2026"); not "Pada Mei 41 pejabat".
DAY_OF_MONTH = re.compile(
    r"\b(?:[12]\d|3[01]|0?[1-9])\s+(?:" + MONTH_WORDS + r")\b\.?(?:\s*,?\s*(?:19|20)\d{2}\b)?"
    r"|\b(?:" + MONTH_WORDS + r")\.?\s+\d{1,2}\s*,\s*(?:19|20)\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    re.I,
)
# Every way an Indonesian or English news page writes a date, each with the weekday it may carry.
_DATE_FORMS = {
    # "Kamis (13/12/2018)", "(31/10/2025)", "Kamis (3/7)": the Indonesian dateline
    "dateline": re.compile(
        r"(?:\b" + _WEEKDAY + r"\s*,?\s*)?\(\s*(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}|\d{2}))?\s*\)",
        re.IGNORECASE,
    ),
    # "Senin, 2 Maret 2026", "2 Maret 2026", "Senin 2 Maret" (a weekday makes the year optional)
    "day month year": re.compile(
        r"(?:\b" + _WEEKDAY + r"\s*,?\s*)?(?:tanggal\s+)?\b(?P<day>\d{1,2})\s+" + _MONTH_NAME + r"\b\.?(?:\s*,?\s+(?P<year>(?:19|20)\d{2})\b)?",
        re.IGNORECASE,
    ),
    # "March 2, 2026", "Monday, March 2, 2026"
    "month day, year": re.compile(
        r"(?:\b" + _WEEKDAY + r"\s*,?\s*)?\b" + _MONTH_NAME + r"\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,\s*(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    ),
    # "2/3/2026", "02-03-2026", "Senin, 02/03/2026 10:15" (day first, as Indonesia writes it)
    "numeric": re.compile(
        r"(?:\b" + _WEEKDAY + r"\s*,?\s*)?(?<![\d/(])\b(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    ),
}
# A line that is only a publication stamp: "Selasa, 3 Maret 2026 | 10:15 WIB", "Diterbitkan: 03/03/2026 10:15".
_STAMP_WORDS = re.compile(
    r"\b(?:diterbitkan|dipublikasikan|terbit|published|posted|updated|diperbarui|update|pukul|jam|wib|wita|wit|oleh|by)\b|\d{1,2}[:.]\d{2}|[|:•·,-]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedDate:
    """A date found in an article, with an honest account of how sure we are of it."""

    value: date
    raw: str
    inferred: bool = False
    how: str = "explicit"


@dataclass(frozen=True)
class _Found:
    """One date expression as written, before its year is settled."""

    raw: str
    form: str
    start: int
    day: str
    month: int | str
    year: str | None
    weekday: int | None


def _weekday_index(name: str | None) -> int | None:
    if not name:
        return None
    name = name.lower().replace("’", "'")
    return WEEKDAYS_ID.get(name, WEEKDAYS_EN.get(name))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _one_digit_repairs(day: str, month: str) -> list[tuple[int, int]]:
    """Every (day, month) reachable by changing one digit: the typo model for "31/20/2025"."""
    out = []
    for field in ("day", "month"):
        text = day if field == "day" else month
        for pos in range(len(text)):
            for digit in "0123456789":
                if digit == text[pos]:
                    continue
                fixed = text[:pos] + digit + text[pos + 1 :]
                d, m = (int(fixed), int(month)) if field == "day" else (int(day), int(fixed))
                out.append((d, m))
    return out


def _infer_year(day: int, month: int, weekday: int | None, reference: date, source: str, published: bool = False) -> tuple[date, str] | None:
    """Most recent year, not after `reference`, that holds this day-month (and its weekday, if named).
    Against an article's own publication date, the date may also lie a few weeks ahead (an event
    announced for "Kamis (5/3) mendatang"): the nearest such date on its weekday wins."""
    if published:
        near = [
            c for year in (reference.year - 1, reference.year, reference.year + 1)
            if (c := _valid(year, month, day)) and -330 <= (c - reference).days <= 60 and (weekday is None or c.weekday() == weekday)
        ]
        if near:
            chosen = min(near, key=lambda c: abs((c - reference).days))
            return chosen, f"year inferred: the {chosen.strftime('%A')} {day} {MONTH_NAMES_EN[month - 1]} nearest to {source}"
        # a deadline or a schedule months ahead, on its weekday ("paling lambat Jumat (31/7)" in an
        # article of 6 May 2026), before a year long past whose calendar happens to agree (2020)
        ahead = [c for year in (reference.year, reference.year + 1) if (c := _valid(year, month, day)) and 60 < (c - reference).days <= 183 and weekday is not None and c.weekday() == weekday]
        if ahead:
            return ahead[0], f"year inferred: the {ahead[0].strftime('%A')} {day} {MONTH_NAMES_EN[month - 1]} within six months after {source}"
    for year in range(reference.year, reference.year - 30, -1):
        candidate = _valid(year, month, day)
        if candidate is None or candidate > reference:
            continue
        if weekday is None:
            return candidate, f"year inferred as the most recent up to {source}"
        if candidate.weekday() == weekday:
            return candidate, (
                f"year inferred: most recent year up to {source} in which "
                f"{day} {MONTH_NAMES_EN[month - 1]} falls on a {candidate.strftime('%A')}"
            )
    return None


def _found(text: str) -> list[_Found]:
    """Every date expression in a text, in order of position (overlaps: the first form wins)."""
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for form, rx in _DATE_FORMS.items():
        for m in rx.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            month: int | str = MONTHS[groups["mname"].lower()] if groups.get("mname") else groups["month"]
            if form == "day month year" and not groups["year"] and not groups["weekday"]:
                continue  # "2 Maret" alone may be any year's, and is often not a date of this story
            found.append(_Found(m.group(0).strip(), form, m.start(), groups["day"], month, groups.get("year"), _weekday_index(groups.get("weekday"))))
            taken.append(m.span())
    return sorted(found, key=lambda f: f.start)


def _settle(found: _Found, reference: date, source: str, published: bool = False) -> ParsedDate | None:
    """A found date made whole: as written, its year inferred, or one digit repaired by its weekday."""
    day = int(found.day)
    month = found.month if isinstance(found.month, int) else int(found.month)
    if found.year is None:
        inferred = _infer_year(day, month, found.weekday, reference, source, published)
        return ParsedDate(inferred[0], found.raw, inferred=True, how=inferred[1]) if inferred else None
    year = int(found.year) + (2000 if len(found.year) == 2 else 0)
    value = _valid(year, month, day)
    if value is not None:
        return ParsedDate(value, found.raw)
    if found.weekday is None or isinstance(found.month, int):
        return None  # an impossible date with nothing to check a repair against
    fixes = {v for d, m in _one_digit_repairs(found.day, str(found.month)) if (v := _valid(year, m, d)) and v.weekday() == found.weekday}
    if len(fixes) != 1:
        return None
    fixed = fixes.pop()
    return ParsedDate(fixed, found.raw, inferred=True, how=f"repaired typo {found.raw} -> {fixed.isoformat()} (one digit, weekday matches)")


def date_stamp(line: str) -> _Found | None:
    """The date of a line that is only a date stamp ("Selasa, 3 Maret 2026 | 10:15 WIB",
    "Diterbitkan: 03/03/2026 10:15"), else None."""
    if len(line) > 90:
        return None
    dates = [f for f in _found(line) if f.year]
    if dates and len(_STAMP_WORDS.sub(" ", line.replace(dates[0].raw, " ")).split()) <= 2:
        return dates[0]
    return None


def _publication_line(text: str) -> tuple[str, _Found] | None:
    """A line near the top that is only a date stamp: the article's publication line."""
    for line in [line for line in text.split("\n") if line.strip()][:8]:
        if found := date_stamp(line):
            return line.strip(), found
    return None


def find_dates(text: str, reference: date | None = None, near: bool = False) -> list[ParsedDate]:
    """All dates in a text, in order; those that cannot be made whole are dropped. A year left out
    is the most recent up to `reference`; with `near` (a sentence read against its article's own
    date), the nearest year that puts the day on its weekday: "Senin (13/4)" in an article dated
    8 April 2026 is 13 April 2026, not 13 April 2020."""
    reference = reference or date.today()
    source = f"the article's date {reference.isoformat()}" if near else str(reference.year)
    return [parsed for f in _found(text) if (parsed := _settle(f, reference, source, near))]


# How many days before its publication line a dateline may be: a report's own event.
RECENT_DAYS = 7


def event_date(text: str, reference: date | None = None) -> ParsedDate | None:
    """The date of the event an article reports, and how it was found:

    1. its dateline: a date written with a weekday or in parentheses ("Kamis (13/12/2018)",
       "Senin, 2 Maret 2026", "(31/10/2025)"), a sound one before a repaired or year-less one, so
       "(31/20/2025)" never beats "(31/10/2025)"; a year left out ("Kamis (3/7)") is the most
       recent one, up to the publication date, that puts that day on its weekday, and read off
       the publication line it is sound: "Rabu (20/5) malam" in the lead beats a "Senin, 30
       Maret 2026" the story recalls further down; a day after the publication date (a plan:
       "Lelang dibuka mulai Senin (9/3)" in an article of 3 March) only when no dateline is on
       or before it; one more than a week before the publication date is a date the story
       recalls, not its dateline;
    2. else the article's own publication line ("Selasa, 3 Maret 2026 | 10:15 WIB");
    3. else the first whole date in the text ("2/3/2026", "March 2, 2026").
    """
    reference = reference or date.today()
    stamp = _publication_line(text)
    published = _settle(stamp[1], reference, str(reference.year)) if stamp else None
    limit, source = (published.value, f"the publication date {published.value.isoformat()}") if published else (reference, str(reference.year))
    body = [f for f in _found(text) if not stamp or f.raw != stamp[1].raw]
    datelines = [parsed for f in body if (f.weekday is not None or f.form == "dateline") and (parsed := _settle(f, limit, source, bool(published)))]
    # what the article reports happened by the day it was published: "Lelang dibuka mulai Senin
    # (9/3)" in an article of 3 March is a plan, and gives way to a dateline on or before that day
    # ("kata Yusrianto, Senin (2/3/2026)"); an article announcing only what is to come ("akan
    # melantik ... pada Kamis (5/3) mendatang") is dated by it
    datelines = [d for d in datelines if not published or d.value <= published.value] or datelines
    # news is of the last days before its publication: a weekday date weeks before it is one the
    # story recalls ("status siaga ... sejak Senin (3/8/2026)" in an article of 3 September), and
    # with no other, the publication line dates the article
    if published and all(d.value <= published.value for d in datelines):
        datelines = [d for d in datelines if (published.value - d.value).days <= RECENT_DAYS]
    # a year read off the article's own publication date ("Rabu (20/5)" beside "Diterbitkan:
    # 21/05/2026") is as sure as a written one; a repaired typo, or a year guessed from today, is not
    sound = [d for d in datelines if not d.inferred or (published and "nearest to the publication date" in d.how)]
    if sound or datelines:
        chosen = (sound or datelines)[0]
        how = "dateline" if not chosen.inferred else f"dateline, {chosen.how}"
        return ParsedDate(chosen.value, chosen.raw, chosen.inferred, how)
    if published:
        return ParsedDate(published.value, stamp[0], False, "publication line")
    whole = [parsed for f in body if f.year and (parsed := _settle(f, limit, source))]
    return ParsedDate(whole[0].value, whole[0].raw, False, "first whole date in the text") if whole else None


@dataclass(frozen=True)
class DateSpan:
    """A period a question names ("Dec 2018", "Juni 2019", "2025"), inclusive ISO bounds."""

    start: date
    end: date
    text: str

    @property
    def whole_year(self) -> bool:
        """"2025", not "Desember 2025": a year's figures are reported after it ends."""
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) and self.start.year == self.end.year


_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + MONTH_WORDS + r")\.?\s+(?:(?:of|tahun)\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    r"\b(?P<month>" + MONTH_WORDS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*,\s*(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_NUMERIC_MONTH_YEAR = re.compile(r"\b(?P<month>0?[1-9]|1[0-2])[/-](?P<year>(?:19|20)\d{2})\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_MONTH_ONLY = re.compile(
    r"\b(?P<month>" + MONTH_WORDS + r")\.?\s*(?:,|&|\+|dan|and|sama|serta|atau|or|apa|vs\.?|versus|-|–|hingga|sampai|to|through)\s*(?=(?:"
    + MONTH_WORDS + r")\.?\s+(?:tahun\s+)?(?P<year>(?:19|20)\d{2})\b)",
    re.IGNORECASE,
)


# A quarter or half of a year, as budget news names it: "triwulan I 2026", "kuartal pertama tahun
# 2026", "semester II 2025", "the first quarter of 2026", "Q1 2026", "the second half of 2025".
_ORDINAL = {"i": 1, "1": 1, "pertama": 1, "first": 1, "1st": 1, "ii": 2, "2": 2, "kedua": 2, "second": 2, "2nd": 2,
            "iii": 3, "3": 3, "ketiga": 3, "third": 3, "3rd": 3, "iv": 4, "4": 4, "keempat": 4, "fourth": 4, "4th": 4}
_ORDINALS = r"(?:iv|i{1,3}|[1-4](?:st|nd|rd|th)?|pertama|kedua|ketiga|keempat|first|second|third|fourth)"
PART_OF_YEAR = re.compile(
    rf"\b(?:(?P<unit>triwulan|kuartal|semester|tw)\s*-?\s*(?P<n>{_ORDINALS})|(?:the\s+)?(?P<m>{_ORDINALS})\s+(?P<unit2>quarter|half)"
    rf"|Q(?P<q>[1-4])|H(?P<h>[12]))\b(?:\s*(?:of|,|-|tahun)?\s*(?:tahun\s+)?)(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


def _part_of_year(m: re.Match[str]) -> DateSpan | None:
    year = int(m.group("year"))
    if m.group("q") or m.group("h"):
        n, months = int(m.group("q") or m.group("h")), 3 if m.group("q") else 6
    else:
        unit = (m.group("unit") or m.group("unit2")).lower()
        n = _ORDINAL.get((m.group("n") or m.group("m")).lower(), 0)
        months = 6 if unit in ("semester", "half") else 3
    if not 1 <= n <= 12 // months:
        return None
    return DateSpan(date(year, (n - 1) * months + 1, 1), _month_end(year, n * months), m.group(0))


def question_periods(question: str) -> list[DateSpan]:
    """Months, quarters and years a question names; these steer retrieval towards articles
    dated then. A month written without its year takes the year of the month it is paired with
    ("Februari dan Maret 2026" is two months of 2026), or the one year the question names
    anywhere ("Pemkab A (April) and Pemkot B (May) ... in 2026", "A pada April atau B pada Mei
    2026"). "Triwulan I 2026" is January to March 2026."""
    spans: list[DateSpan] = []
    covered: list[tuple[int, int]] = []
    named_years = set()
    for m in PART_OF_YEAR.finditer(question):
        if span := _part_of_year(m):
            spans.append(span)
            covered.append(m.span())
            named_years.add(span.start.year)
    for m in _MONTH_ONLY.finditer(question):
        month, year = MONTHS[m.group("month").lower()], int(m.group("year"))
        spans.append(DateSpan(date(year, month, 1), _month_end(year, month), f"{m.group('month')} {year}"))
        covered.append(m.span("month"))
    for rx in (_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC_MONTH_YEAR):
        for m in rx.finditer(question):
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
            year = int(m.group("year"))
            named_years.add(year)
            spans.append(DateSpan(date(year, month, 1), _month_end(year, month), m.group(0)))
            covered.append(m.span())
    for m in _YEAR.finditer(question):
        if any(a <= m.start() < b for a, b in covered):
            continue
        year = int(m.group("year"))
        named_years.add(year)
        spans.append(DateSpan(date(year, 1, 1), date(year, 12, 31), m.group(0)))
    if len(named_years) == 1:
        (year,) = named_years
        bare = {}  # by where each starts: chat writes Indonesian months in lower case ("sepanjang 2026 (april + juli)")
        for m in (*_BARE_MONTH.finditer(question), *_BARE_MONTH_ID.finditer(question)):
            group = "month" if m.group("month") else "may"
            bare.setdefault(m.start(group), m.group(group))
        for start, name in sorted(bare.items()):
            if any(a <= start < b for a, b in covered):
                continue
            month = MONTHS[name.lower()]
            spans.append(DateSpan(date(year, month, 1), _month_end(year, month), f"{name} {year}"))
    return spans


# Two dates a question joins into one span of time: "between 1 January and 15 March 2026", "from
# January to March 2026", "sejak Januari hingga awal Juni 2026", "1 Januari-15 Maret 2026". Joined
# by "and" only after "between"/"antara" and with both days written: "antara Januari dan Juni 2026"
# compares two months.
_SPAN_ASKED = re.compile(
    r"(?P<open>\b(?:between|antara|from|dari|sejak|since|mulai)\s+)?(?:(?:tanggal|tgl\.?)\s+)?(?P<d1>\d{1,2}\s+)?"
    rf"\b(?P<m1>{MONTH_WORDS})\b\.?(?:\s+(?P<y1>(?:19|20)\d{{2}}))?"
    r"\s*(?P<to>-|–|—|\band\b|\bdan\b|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bhingga\b|\bsampai(?:\s+dengan)?\b|\bs\.?\s?d\.?|\bs/d\b)\s*"
    r"(?:(?:awal|akhir|pertengahan|early|mid-?|late|the\s+end\s+of|end\s+of)\s+)?(?:(?:tanggal|tgl\.?)\s+)?(?P<d2>\d{1,2}\s+)?"
    rf"\b(?P<m2>{MONTH_WORDS})\b\.?\s+(?P<y2>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


# A question of how much something changed ("naik berapa", "how much did it rise"): between two
# dates it compares them.
CHANGE_ASKED = re.compile(
    r"\b(?:naik|turun|kenaikan|penurunan|bertambah|berkurang|selisih\w*|perubahan|tumbuh|pertumbuhan|rise|rose|fall|fell|increase\w*|decrease\w*|grow\w*|growth|change\w*|drop\w*)\b",
    re.I,
)


def joined_spans(question: str, spans: list[DateSpan]) -> list[DateSpan]:
    """The question's periods with two dates it joins into a span of time made one period: cases
    "between 1 January and 15 March 2026" are counted over those ten weeks, not compared between
    January and March. Its days are kept ("1 January" to "15 March"); a month without a day is
    all of it. A question of how much something changed ("naik berapa dari Januari hingga Maret")
    compares the two, unless it compares the span with the same period of another year; for one
    of how long or how many days between two dates the caller keeps them apart.

    >>> q = "Which kecamatan had the most cases between 1 January and 15 March 2026?"
    >>> [(s.start.isoformat(), s.end.isoformat(), s.text) for s in joined_spans(q, question_periods(q))]
    [('2026-01-01', '2026-03-15', '1 January and 15 March 2026')]
    """
    if CHANGE_ASKED.search(question) and not _SAME_TIME.search(question):
        return spans  # "how much did it rise from January to March?" compares the two; "Januari-April 2026 naik
        # berapa dibanding periode yang sama tahun lalu?" compares the span with last year's
    for m in _SPAN_ASKED.finditer(question):
        to = m.group("to").lower()
        if to in ("and", "dan") and not (m.group("open") and m.group("open").strip().lower() in ("between", "antara") and m.group("d1") and m.group("d2")):
            continue
        y2 = int(m.group("y2"))
        m1, m2 = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        start = _valid(y1, m1, int(m.group("d1"))) if m.group("d1") else date(y1, m1, 1)
        end = _valid(y2, m2, int(m.group("d2"))) if m.group("d2") else _month_end(y2, m2)
        if not start or not end or end <= start:
            continue
        text = question[m.start("d1") if m.group("d1") else m.start("m1") : m.end()].strip()
        # the months the span names, and a first month read with the last one's year ("Desember
        # hingga Februari 2026" also gave December 2026)
        inside = [
            s for s in spans
            if not s.whole_year and ((start.replace(day=1) <= s.start and s.end <= _month_end(end.year, end.month)) or (s.start.month == m1 and s.start.year == y2 and y1 < y2))
        ]
        if len(inside) >= 2 or (inside and m.group("d1")):
            spans = [s for s in spans if s not in inside] + [DateSpan(start, end, text)]
    return spans


def same_period_earlier(question: str, spans: list[DateSpan]) -> list[DateSpan]:
    """"The same period" of an earlier year is the other period the question names, in that year:
    "naik berapa per Februari 2026 dibanding periode yang sama tahun 2025?" compares February
    2025, not all of 2025 (whose figure news gives beside: "Sepanjang 2025 tercatat 1.038
    kasus"); "than a year earlier" is the year before. The span's text is the question's words.
    For questions only: a sentence's "dibanding periode yang sama tahun lalu" is read by
    `same_time_of_an_earlier_year`.

    >>> q = "Maret 2026 naik berapa dibanding periode yang sama tahun 2025?"
    >>> [(s.start.isoformat(), s.text) for s in same_period_earlier(q, question_periods(q))]
    [('2026-03-01', 'Maret 2026'), ('2025-03-01', 'periode yang sama tahun 2025')]
    """
    if not (same := _SAME_TIME.search(question)):
        return spans
    named = [s for s in spans if s.whole_year and s.text in same.group(0)]
    base = [s for s in spans if s not in named]
    year_named = _YEAR.search(same.group(0))
    if len(base) != 1:
        return spans
    year = int(year_named.group("year")) if year_named else base[0].start.year - 1
    if year >= base[0].start.year:
        return spans

    def moved(day: date) -> date:
        return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))

    return [base[0], DateSpan(moved(base[0].start), moved(base[0].end), same.group(0))]


def latest_months(question: str, dated: Iterable[date], beside: Iterable[DateSpan] = ()) -> list[DateSpan]:
    """The months a question names without any year ("pelantikan januari kmrn", "lebih banyak
    pas januari atau mei?", "pelantikan 6 feb kemarin"), each the latest such month among `dated`
    (the dates of the articles it may be about): chat leaves the year out when it means the last
    one the news reported. "Dari Januari sampai Maret" is one span, ending in the latest such
    March. Nothing when the question names a year relative to now ("juni tahun lalu"), nor, unless
    the periods it names are given as `beside`, when it names a year or a period of its own; then
    only months none of those covers ("6 feb kemarin ... dibanding rotasi agustus 2025": February).

    >>> latest_months("pelantikan wonosobo januari kemarin", [date(2025, 1, 9), date(2026, 1, 12), date(2026, 6, 2)])
    [DateSpan(start=datetime.date(2026, 1, 1), end=datetime.date(2026, 1, 31), text='januari 2026')]
    >>> latest_months("pelantikan 6 feb kemarin nambah brp dibanding agustus 2025?", [date(2026, 2, 6), date(2025, 8, 4)], question_periods("agustus 2025"))
    [DateSpan(start=datetime.date(2026, 2, 1), end=datetime.date(2026, 2, 28), text='feb 2026')]
    """
    beside = list(beside)
    if (not beside and question_periods(question)) or LAST_YEAR.search(question):  # given `beside`, the periods are read already
        return []
    dated = list(dated)
    found = sorted(
        {(m.start(), m.end(), m.group("month") or m.group("may")) for rx in (_BARE_MONTH, _BARE_MONTH_ID, _DAY_SHORT_MONTH) for m in rx.finditer(question)}
    )
    spans: list[DateSpan] = []
    for i, (start, end, name) in enumerate(found):
        month = MONTHS[name.lower()]
        years = [d.year for d in dated if d.month == month]
        if not years or any(s.start.month == month for s in spans) or any(_covers_month(p, month) for p in beside):
            continue
        year = max(years)
        if i and _UNTIL.fullmatch(question[found[i - 1][1] : start]) and spans:  # "dari Januari sampai Maret"
            first = spans.pop()
            begin = date(year if first.start.month <= month else year - 1, first.start.month, 1)
            spans.append(DateSpan(begin, _month_end(year, month), f"{first.text.rsplit(' ', 1)[0]} - {name} {year}"))
            continue
        spans.append(DateSpan(date(year, month, 1), _month_end(year, month), f"{name} {year}"))
    return spans


# A date English writes month first ("March 2, 2026", "January 1 and March 15, 2026", "Jan 5 to
# Feb 20"): the day is read only where a date can end (a year, a joining word, punctuation), so
# "in March 12 officials were moved" and "may 5 officials" stay as they are.
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{MONTH_WORDS})\.?\s+(?P<day>\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?)(?:st|nd|rd|th)?\b,?"
    r"(?=\s*(?:(?:19|20)\d{2}\b|(?:and|to|until|till|through|dan|hingga|sampai)\b|[-–?.!;)]|$))",
    re.IGNORECASE,
)


def day_first(text: str) -> str:
    """A text with the dates English writes month first written day first, as every date reader
    here reads them.

    >>> day_first("How many cases between January 1 and March 15, 2026?")
    'How many cases between 1 January and 15 March 2026?'
    >>> day_first("Who was sworn in on March 2nd, 2026 and who in May 5 officials' place?")
    "Who was sworn in on 2 March 2026 and who in May 5 officials' place?"
    """
    return _MONTH_DAY.sub(lambda m: f"{m.group('day')} {m.group('month')}", text)


def months_named(text: str) -> set[int]:
    """The months a text names by their names: three or more in one sentence break a span down
    by month ("pada Januari terjadi 14 kebakaran, Februari 11 kejadian, Maret 19 kejadian").

    >>> sorted(months_named("Januari 14 kebakaran, Februari 11 kejadian, dan Mei 35 kejadian"))
    [1, 2, 5]
    """
    return {MONTHS[m.lower()] for m in re.findall(rf"\b({MONTH_WORDS})\b", text, re.I) if m.lower() in MONTHS}


def months_of_its_year(text: str, written: date) -> list[DateSpan]:
    """The months a sentence names by name alone, no year or day with them, as the months of
    the year it was written in (a later month than that, of the year before): news writes
    "Pada Januari realisasi Rp52,4 miliar, Februari Rp96,8 miliar" in an April report.

    >>> [s.text for s in months_of_its_year("Pada Januari realisasi Rp52,4 miliar, Februari Rp96,8 miliar", date(2026, 4, 15))]
    ['Januari 2026', 'Februari 2026']
    >>> months_of_its_year("dibuka 17 Mei, ditutup Juni 2026", date(2026, 4, 15))
    []
    """
    found = []
    for m in re.finditer(rf"\b({MONTH_WORDS})\b(?!\.?\s+(?:(?:of|tahun)\s+)?(?:19|20)\d\d)", text, re.I):
        if not m.group(1)[0].isupper() or re.search(r"\d\s*$", text[: m.start()]):
            continue  # "may", a verb; "17 Mei", a day
        month = MONTHS[m.group(1).lower()]
        year = written.year if month <= written.month else written.year - 1
        end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        found.append(DateSpan(date(year, month, 1), end, f"{m.group(1)} {year}"))
    return found


# The year before the one a text is written in, said without its number.
LAST_YEAR = re.compile(r"\b(?:tahun (?:lalu|kemarin|sebelumnya)|thn lalu|last year|the year before|previous year)\b", re.IGNORECASE)
_UNTIL = re.compile(r"\s*(?:-|–|sampai(?:\s+dengan)?|hingga|s\.?d\.?|s/d|to|until|through)\s*", re.IGNORECASE)


# A month's full name standing alone, not followed by a year. English "May" only after "(" or a
# preposition ("in May"): it is too often the verb.
_BARE_MONTH = re.compile(
    r"(?:\b(?P<month>" + "|".join(n for n in MONTH_NAMES_EN + MONTH_NAMES_ID if n != "May")
    + r")|(?:\(|\b(?:in|on|of|by|since|until|during|from|bulan)\s+)(?P<may>May))\b(?!\.?\s+(?:tahun\s+)?(?:19|20)\d{2})"
)


# Chat writes Indonesian months in lower case ("pas januari atau mei"); a capitalised word after
# one makes it a name ("Juli Astuti").
_BARE_MONTH_ID = re.compile(
    r"\b(?P<month>(?i:" + "|".join(MONTH_NAMES_ID) + r"))\b(?!\.?\s+(?:tahun\s+)?(?:19|20)\d{2})(?!\s+[A-Z][a-z])(?P<may>)"
)
# A day and a month chat shortens, with no year: "6 feb kemarin", "tgl 17 agt".
_DAY_SHORT_MONTH = re.compile(r"(?<=\d\s)(?P<month>(?i:jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des|aug|oct|dec))\b(?!\.?\s+(?:tahun\s+)?(?:19|20)\d{2})(?P<may>)")


def _covers_month(span: DateSpan, month: int) -> bool:
    """Whether a span holds some day of a month, in any of its years."""
    first, last = span.start.year * 12 + span.start.month - 1, span.end.year * 12 + span.end.month - 1
    return any(m % 12 == month - 1 for m in range(first, last + 1))


_DAY_NAMES = _WEEKDAY.replace("(?P<weekday>", "(?:")
# A day counted from a holiday before its date, as news writes the days around Lebaran: "sejak H-7,
# Jumat (13/3), hingga H+7, Jumat (27/3/2026)".
_H_DAY = r"(?:\bH\s*[-+]\s*\d{1,2}\s*,?\s*)?"
# What joins a span's first day to its last ("-", "hingga", "s.d.", "until"), and the Lebaran count
# the last may carry: one home for both spellings of a span below.
_TO_THE_LAST_DAY = r"(?:\s*[-–]\s*|\s*,?\s+(?:hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s/d|to|until|through)\s+)" + _H_DAY
_RANGE = re.compile(
    rf"(?P<first>(?:\b{_DAY_NAMES}\s*,?\s*)?\b(?P<d1>\d{{1,2}})(?:\s+(?:{MONTH_WORDS})\b\.?)?(?:\s*,?\s+(?:19|20)\d{{2}})?)"
    rf"{_TO_THE_LAST_DAY}(?P<last>(?:\b{_DAY_NAMES}\s*,?\s*)?\b(?P<d2>\d{{1,2}})\s+(?P<month>{MONTH_WORDS})\b\.?(?:\s*,?\s+(?:19|20)\d{{2}})?)",
    re.IGNORECASE,
)


# ... or written in numbers, as datelines write a day: "mulai Kamis (12/3) hingga Rabu (18/3/2026)"
_NUMERIC_RANGE = re.compile(
    rf"(?P<first>(?:\b{_DAY_NAMES}\s*,?\s*)?\(?\b(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})(?:/(?P<y1>(?:19|20)?\d{{2}}))?\)?)"
    rf"{_TO_THE_LAST_DAY}(?P<last>(?:\b{_DAY_NAMES}\s*,?\s*)?\(?\b(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>(?:19|20)?\d{{2}}))?\)?)",
    re.IGNORECASE,
)


# ... or two days of one month in one bracket, as datelines write a stage of two days: "pada
# Senin–Selasa (9–10/2)"
_BRACKETED_RANGE = re.compile(
    rf"(?:\b{_DAY_NAMES}\s*[-–]\s*{_DAY_NAMES}\s*)?\(\s*(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d2>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>(?:19|20)?\d{{2}}))?\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    """A span of days a sentence gives ("mulai Rabu, 14 Januari, hingga Selasa, 27 Januari
    2026", "14-27 Januari 2026"): its first and last day as written, their day numbers, and where
    in the text it starts. A span written in numbers ("Kamis (12/3) hingga Rabu (18/3/2026)") is
    given with month names ("12 Maret", "18 Maret 2026"), as the rest read spans."""

    first: str
    last: str
    first_day: int
    last_day: int
    start: int = 0


def date_ranges(text: str) -> list[DateRange]:
    """The spans of days a text gives, in the order it writes them.

    >>> [(r.first, r.last) for r in date_ranges("Pendaftaran dibuka 14 hingga 27 Januari 2026.")]
    [('14', '27 Januari 2026')]
    >>> [(r.first, r.last) for r in date_ranges("Status itu berlaku mulai Kamis (12/3) hingga Rabu (18/3/2026).")]
    [('12 Maret', '18 Maret 2026')]
    >>> [(r.first, r.last) for r in date_ranges("Uji kompetensi digelar pada Senin–Selasa (9–10/2).")]
    [('9 Februari', '10 Februari')]
    """
    spans = [
        DateRange(m.group("first").strip(" ,"), m.group("last").strip(" ,"), int(m.group("d1")), int(m.group("d2")), m.start())
        for m in _RANGE.finditer(text)
        if int(m.group("d1")) <= 31 and int(m.group("d2")) <= 31
    ]
    for m in _NUMERIC_RANGE.finditer(text):
        d1, m1, d2, m2 = (int(m.group(k)) for k in ("d1", "m1", "d2", "m2"))
        written = all("(" in m.group(end) or m.group(y) for end, y in (("first", "y1"), ("last", "y2")))  # not "Nomor 12/3"
        if written and d1 <= 31 and d2 <= 31 and 1 <= m1 <= 12 and 1 <= m2 <= 12:
            first, last = _day_named(d1, m1, m.group("y1")), _day_named(d2, m2, m.group("y2"))
            spans.append(DateRange(first, last, d1, d2, m.start()))
    for m in _BRACKETED_RANGE.finditer(text):
        d1, d2, month = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
        if d1 < d2 <= 31 and 1 <= month <= 12:
            spans.append(DateRange(_day_named(d1, month, None), _day_named(d2, month, m.group("y")), d1, d2, m.start()))
    return sorted(spans, key=lambda r: r.start)


def _day_named(day: int, month: int, year: str | None) -> str:
    """A day written in numbers, with its month's name: (12, 3, None) -> "12 Maret", (18, 3, "26") -> "18 Maret 2026"."""
    return f"{day} {MONTH_NAMES_ID[month - 1]}" + (f" {int(year) + (2000 if len(year) == 2 else 0)}" if year else "")


def days_named(text: str) -> set[int]:
    """The day numbers of the dates a text writes with a month name ("27 Januari", "Jan 27")."""
    return {int(d) for d in re.findall(rf"\b(\d{{1,2}})\s+(?:{MONTH_WORDS})\b", text, re.I)} | {
        int(d) for d in re.findall(rf"\b(?:{MONTH_WORDS})\.?\s+(\d{{1,2}})\b(?!\d)", text, re.I)
    }


# The words before the last day news sets for something ("harus tuntas paling lambat 30 April
# 2026", "kami beri batas sampai 30 April") ...
DEADLINE_WORDS = r"(?:paling lambat|selambat-lambatnya|batas (?:akhir|waktu)|(?:batas|(?:di)?beri waktu) (?:sampai|hingga)|tenggat(?: waktu)?|deadline|no later than|at the latest by)"
# ... or before the day something ends ("kontrak berakhir 22 Desember 2026", "pendaftaran ditutup 5 Mei")
ENDS_WORDS = r"(?:berakhir|habis|ditutup|due|until|ends?|expires?|closes?)"
# A sentence that sets such a day: what answers "tinggal berapa hari lagi?"
SETS_AN_END = re.compile(rf"\b(?:{DEADLINE_WORDS}|{ENDS_WORDS})\b\W*(?:(?:pada|tanggal|tgl|on|by)\.?\s+)?(?:[A-Za-z]+,?\s+)?\d{{1,2}}\s+(?:{MONTH_WORDS})\b", re.I)


def dates_from(text: str, day: date) -> list[ParsedDate]:
    """The dates a text writes on or after `day`: whole ones (`find_dates`), and a day and month
    without a year ("masa kontrak berakhir 25 September", "Kontraknya berakhir 15 Desember") as its
    first such day on or after `day`, within half a year: a deadline in an article is still to
    come, and "3 September" written on 10 September is a past day, not next year's.

    >>> [f.value for f in dates_from("Kontrak berakhir 25 September, rapat pada 3 September.", date(2026, 9, 10))]
    [datetime.date(2026, 9, 25)]
    """
    found = [f for f in find_dates(text, day) if f.value >= day]
    whole = {f.raw for f in found}
    for m in re.finditer(rf"\b(\d{{1,2}})\s+({MONTH_WORDS})\b(?![.,]?\s*(?:19|20)\d{{2}})", text, re.I):
        if any(m.group(0) in raw for raw in whole):
            continue
        month, number = MONTHS[m.group(2).lower()], int(m.group(1))
        for year in (day.year, day.year + 1):
            if number <= calendar.monthrange(year, month)[1] and 0 <= ((value := date(year, month, number)) - day).days <= 183:
                found.append(ParsedDate(value, m.group(0), inferred=True, how=f"the first {m.group(0)} on or after {day.isoformat()}"))
                break
    return found


def format_date(value: date, language: str) -> str:
    """A date as a reader of that language writes it: "13 December 2018" / "13 Desember 2018"."""
    names = MONTH_NAMES_ID if language == "id" else MONTH_NAMES_EN
    return f"{value.day} {names[value.month - 1]} {value.year}"


_NAMED_DATE = re.compile(
    r"\b(?P<month>" + "|".join(MONTH_NAMES_EN + MONTH_NAMES_ID) + r")(?P<year>\s+(?:19|20)\d{2})\b"
)


def in_language(text: str, language: str) -> str:
    """Month names of dates ("13 Desember 2018", "June 2019") in the given language: the model
    reads dates in one language and may copy them into an answer in the other."""
    names = MONTH_NAMES_ID if language == "id" else MONTH_NAMES_EN

    def translate(match: re.Match[str]) -> str:
        return names[MONTHS[match.group("month").lower()] - 1] + match.group("year")

    return _NAMED_DATE.sub(translate, text)


def in_periods(iso: str | None, periods: list[DateSpan]) -> bool:
    """Whether an ISO date falls in any of the periods (False for no date)."""
    return bool(iso) and any(span.start <= date.fromisoformat(iso) <= span.end for span in periods)


# What sets the year a clause speaks of: a year-long scope anywhere ("sepanjang 2025", "selama
# tahun 2025", "during 2025"); a clause that opens the sentence on its time ("Pada 2025, ...",
# "Dalam seleksi serupa tahun lalu, ...", "Ia membandingkan, pada seleksi tahun 2025 ...", "In
# 2025, ..."); "tahun ini" (the article's year). A year inside a clause ("hasil seleksi pada
# 2025") may only date one thing of it, so it does not.
_SCOPE_YEAR = re.compile(r"\b(?:sepanjang|selama|throughout|during)\s+(?:tahun\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
_OPENING = re.compile(r"^(?:(?:sementara itu|adapun|sedangkan|namun|meanwhile)\s+)?(?:pada|di|dalam|in|tahun)\b", re.IGNORECASE)
# The year of an opening clause: right after its preposition or "tahun" ("Pada 2025", "pada
# seleksi tahun 2025"), not a day's date ("Pada Senin (5/1/2026)", "Pada 5 Januari 2026") nor a
# regulation's or an anniversary's year ("Perda Nomor 5 Tahun 2020", "HUT RI 1945").
_YEAR_IN_OPENING = re.compile(
    r"(?<!\d\s)\b(?:pada|di|dalam|in|tahun|during)\s+(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<last>tahun\s+(?:lalu|sebelumnya|kemarin)|last\s+year|the\s+(?:previous|prior)\s+year)\b",
    re.IGNORECASE,
)
# A frame of reported speech before the clause it reports ("Ia membandingkan, pada 2025 ...").
_SAYS = re.compile(r"\b(?:ia|dia|mereka|menurut\w*|kata\w*|ujar\w*|tutur\w*|jelas\w*|mengatakan|menyebut\w*|membandingkan|menambahkan|he|she|they|said|added)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:tahun\s+ini|this\s+year)\b", re.IGNORECASE)
# Words that make a period the point of comparison, not the time of what the clause reports:
# "turun dibanding periode yang sama tahun lalu", "naik dari 16 pada 2025".
_COMPARED = re.compile(r"\b(?:dibanding(?:kan)?|daripada|ketimbang|dari|than|compared|from|versus|vs)\b", re.IGNORECASE)


# A sentence that opens on a day of another year than its article's reports that day's facts:
# "Sebelumnya, pada Jumat, 14 November 2025, Pemkab melantik 96 pejabat" (in a March 2026 article).
_OPENING_DAY = re.compile(
    rf"^(?:(?:sebelumnya|sementara\s+itu|adapun|previously|earlier)\s*,?\s*)?(?:pada|on)\s+(?:{_DAY_NAMES}\s*,?\s*)?\(?"
    rf"\d{{1,2}}(?:\s+(?:{MONTH_WORDS}),?\s+|/\d{{1,2}}/)(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


def years_spoken_of(text: str, year: int | None) -> set[int]:
    """The years a sentence says its facts are of, by its own time words; `year` is its
    article's (for "tahun lalu", "tahun ini"). Empty when it says none, or names a year only as
    a point of comparison or inside a clause.

    >>> sorted(years_spoken_of("Pada 2025, seleksi serupa diikuti 16 pendaftar.", 2026))
    [2025]
    >>> sorted(years_spoken_of("Pada seleksi serupa tahun lalu, tercatat 54 pelamar.", 2026))
    [2025]
    >>> sorted(years_spoken_of("Tercatat 137 kasus, turun dibanding periode yang sama tahun lalu, yakni 312 kasus.", 2026))
    []
    >>> sorted(years_spoken_of("Sebanyak 27 pejabat yang dilantik merupakan hasil seleksi pada 2025.", 2026))
    []
    >>> sorted(years_spoken_of("Ia membandingkan, pada seleksi terbuka tahun 2025 tercatat 21 pendaftar.", 2026))
    [2025]
    >>> sorted(years_spoken_of("Pada Senin (5/1/2026), Dinkes mengumumkan 3.214 kasus sepanjang 2025.", 2026))
    [2025]
    >>> sorted(years_spoken_of("Sebelumnya, pada Jumat, 14 November 2025, Pemkab melantik 96 pejabat.", 2026))
    [2025]
    """
    years: set[int] = set()
    if year is not None and (day := _OPENING_DAY.match(text.strip())) and int(day.group("year")) != year:
        years.add(int(day.group("year")))
    pieces = re.split(r"(?<=[,;:\n])\s*", text.strip())
    for number, piece in enumerate(pieces):
        if _COMPARED.search(piece):
            continue
        years |= {int(y) for y in _SCOPE_YEAR.findall(piece)}
        if year is not None and _THIS_YEAR.search(piece):
            years.add(year)
        opening = all(p.endswith("\n") or (len(p) <= 40 and _SAYS.search(p)) for p in pieces[:number])
        if opening and _OPENING.match(piece):
            for m in _YEAR_IN_OPENING.finditer(piece[:48]):
                if m.group("year"):
                    years.add(int(m.group("year")))
                elif year is not None:
                    years.add(year - 1)
    return years


# The same point of an earlier year, as a figure's base of comparison is written: "pada periode
# yang sama tahun lalu", "periode yang sama 2025", "bulan yang sama tahun sebelumnya", "the same
# point in 2025", "the same period last year", "a year earlier", "setahun sebelumnya".
_SAME_TIME = re.compile(
    r"\b(?:(?:periode|waktu|bulan|tanggal|triwulan|kuartal|semester)\s+yang\s+sama\s+(?:pada\s+)?(?:tahun\s+)?(?:lalu|sebelumnya|kemarin|(?:19|20)\d{2})"
    r"|(?:the\s+)?same\s+(?:period|point|time|month|date|quarter|stage)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|before|ago)|(?:19|20)\d{2})"
    r"|a\s+year\s+(?:earlier|before)|setahun\s+(?:sebelumnya|lalu)"
    r"|tahun\s+(?:lalu|sebelumnya|kemarin)\s+(?:pada\s+)?(?:periode|waktu|bulan|triwulan|kuartal|semester)\s+yang\s+sama"
    r")\b",
    re.IGNORECASE,
)


# A question comparing its year with last year's, in words: "pada 2026 dibanding tahun lalu", "in
# 2026 than last year", "compared with the previous year". Not two periods to ask one by one: news
# writes both figures in one sentence ("24.600 ton, naik dibanding alokasi tahun lalu sebesar
# 21.900 ton"), or in two that run on; `Question.compared_years` keeps last year's sentences read.
LAST_YEAR_COMPARED = re.compile(
    r"\b(?:dibanding\w*|daripada|ketimbang|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:dengan|with|the)\s+)?"
    r"(?:tahun\s+(?:lalu|sebelumnya|kemarin)|thn\s+(?:lalu|kmrn|kemarin)|last\s+year|(?:the\s+)?(?:previous|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)


# The figure written right after the words that give the same point of an earlier year: "naik
# dibanding periode yang sama tahun lalu yang tercatat 187 kasus", "than the same period of 2025,
# when it stood at Rp 571,4 miliar".
_SAME_TIME_FIGURE = re.compile(
    _SAME_TIME.pattern + r"\s*,?\s*(?:(?:yang|which|when|it|ketika|saat\s+itu)\s+)?(?:[a-z]+\s+){0,3}?"
    r"(?:(?:hanya|baru|masih|tercatat|mencatat|dicatat|sebesar|sebanyak|mencapai|yakni|yaitu|ada|sekitar|it|was|were|had|stood|at|of|totall?ed|reached)\s+){0,3}"
    r"(?P<figure>(?:Rp\.?\s*)?\d[\d.,]*(?:\s*(?:persen|percent|%|miliar|triliun|juta|billion|trillion|million)\b)?)",
    re.IGNORECASE,
)


def same_time_figure(text: str) -> str | None:
    """The figure a sentence gives, as written, for the same point of an earlier year, right after
    saying so; None when it gives none there.

    >>> same_time_figure("Jumlah itu naik dibanding periode yang sama tahun lalu yang tercatat 187 kasus.")
    '187'
    >>> same_time_figure('"Tahun lalu pada periode yang sama serapan belanja kita 35,9 persen," ujarnya.')
    '35,9 persen'
    >>> same_time_figure("Sepanjang 2025 tercatat 1.038 kasus.") is None
    True
    """
    m = _SAME_TIME_FIGURE.search(text)
    return m.group("figure").strip() if m else None


def is_same_time_of_an_earlier_year(words: str) -> bool:
    """Whether a period's words say "the same period" of an earlier year (see `same_period_earlier`)."""
    return bool(_SAME_TIME.fullmatch(words.strip()))


def same_time_of_an_earlier_year(text: str, said: date) -> date | None:
    """The day a sentence of an article dated `said` reports a figure for when it gives it as of
    the same point of an earlier year: "realisasi pada periode yang sama tahun 2025 tercatat Rp 861,3
    miliar", dated 31 July 2026, is of 31 July 2025. None when it says no such thing.

    >>> same_time_of_an_earlier_year("Pada periode yang sama tahun lalu tercatat Rp 861,3 miliar.", date(2026, 7, 31))
    datetime.date(2025, 7, 31)
    >>> same_time_of_an_earlier_year("That compares with Rp 2.37 trillion at the same point in 2024.", date(2026, 9, 30))
    datetime.date(2024, 9, 30)
    >>> same_time_of_an_earlier_year("Realisasi tahun lalu 81 persen.", date(2026, 7, 31)) is None
    True
    """
    if not (m := _SAME_TIME.search(text)):
        return None
    named = re.search(r"\d{4}", m.group(0))
    year = int(named.group(0)) if named else said.year - 1
    if year >= said.year:
        return None
    return said.replace(year=year, day=min(said.day, calendar.monthrange(year, said.month)[1]))


# A figure news writes right after its month in a breakdown by month: "pada Januari terjadi 14
# kebakaran, Februari 11 kejadian, ..., Mei 35 kejadian", "pada Januari 2026 tercatat 64 kasus",
# "Pada Januari, penerimaan tercatat Rp11,84 miliar" (not a date's year: "17 Mei 2026") ...
_MONTH_FIGURE = re.compile(
    rf"\b(?P<month>{MONTH_WORDS})\b\.?(?:\s+(?:19|20)\d{{2}}\b)?\s*[:,]?\s*(?:(?:[a-z]+\s+){{0,2}}?(?:terjadi|tercatat|sebanyak|ada|ditemukan|mencapai|sebesar|with|had)\s+)?(?:Rp\.?\s?)?(?P<n>\d[\d.,]*\d|\d)(?![\d/])(?!\s*(?:19|20)\d{{2}}\b)",
    re.I,
)
# ... or right before it: "mencapai 38,4 ton pada Januari, 52,6 ton pada Februari, dan 71,2 ton pada
# Maret", "64 kasus di bulan Januari", "98 cases in February".
_FIGURE_MONTH = re.compile(
    rf"(?<![\d.,/])(?P<n>\d[\d.,]*\d|\d)(?P<unit>\s*(?:%|[A-Za-z]+))?\s+(?:pada|di|selama|sepanjang|in|during)\s+(?:bulan\s+)?(?P<month>{MONTH_WORDS})\b",
    re.I,
)


@dataclass(frozen=True)
class MonthRead:
    month: int
    number: str  # as written: "38,4"
    unit: str  # the word written with it: "ton", "kasus", "" for none
    text: str  # what was read: "38,4 ton pada Januari"


def month_reads(text: str) -> list[MonthRead]:
    """Each figure a sentence writes for a month, month first ("Februari 98 kasus") or figure first
    ("52,6 ton pada Februari"), in the order the sentence writes more of; a date ("20 April 2026")
    is no figure of its month.

    >>> [(r.month, r.number, r.unit) for r in month_reads("mencapai 38,4 ton pada Januari, 52,6 ton pada Februari")]
    [(1, '38,4', 'ton'), (2, '52,6', 'ton')]
    """
    after = [
        MonthRead(MONTHS[m.group("month").lower()], m.group("n"), unit.group(1) if (unit := re.match(r"\s*(%|(?!(?:dan|and|atau|or|serta)\b)[a-z]+\b)", text[m.end() :])) else "", m.group(0))
        for m in _MONTH_FIGURE.finditer(text)
        if not re.search(r"\d\s*$", text[: m.start()])
    ]
    before = [
        MonthRead(MONTHS[m.group("month").lower()], m.group("n"), (m.group("unit") or "").strip(), m.group(0))
        for m in _FIGURE_MONTH.finditer(text)
        if not re.fullmatch(r"(?:19|20)\d\d", m.group("n"))
    ]
    return before if len(before) > len(after) else after
