"""Indonesian news datelines -> ISO dates, and month/year mentions in questions.

Articles write their event date as "Kamis (13/12/2018)", "(31/10/2025)", sometimes with a typo
("(31/20/2025)") or with no year at all ("Kamis (3/7)"). The weekday is the redundancy that lets
us repair or complete a date instead of guessing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

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

_DATELINE = re.compile(
    r"(?:(?P<weekday>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s*,?\s*)?"
    r"\(\s*(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})(?:\s*/\s*(?P<year>\d{4}|\d{2}))?\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedDate:
    """A date found in an article, with an honest account of how sure we are of it."""

    value: date
    raw: str
    inferred: bool = False
    how: str = "explicit"


def _weekday_index(name: str | None) -> int | None:
    return WEEKDAYS_ID.get(name.lower().replace("’", "'")) if name else None


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


def _infer_year(day: int, month: int, weekday: int | None, reference: date) -> tuple[date, str] | None:
    """Most recent year, not after `reference`, that holds this day-month (and its weekday, if named)."""
    for year in range(reference.year, reference.year - 30, -1):
        candidate = _valid(year, month, day)
        if candidate is None or candidate > reference:
            continue
        if weekday is None:
            return candidate, f"year inferred as the most recent year up to {reference.year}"
        if candidate.weekday() == weekday:
            return candidate, (
                f"year inferred: most recent year up to {reference.year} in which "
                f"{day} {MONTH_NAMES_EN[month - 1]} falls on a {candidate.strftime('%A')}"
            )
    return None


def parse_dateline(match: re.Match[str], reference: date) -> ParsedDate | None:
    """Turn one "(d/m[/y])" match into a date, repairing or completing it when the weekday allows."""
    raw = match.group(0)
    weekday = _weekday_index(match.group("weekday"))
    day_s, month_s, year_s = match.group("day"), match.group("month"), match.group("year")
    day, month = int(day_s), int(month_s)

    if year_s is None:
        inferred = _infer_year(day, month, weekday, reference)
        if inferred is None:
            return None
        value, how = inferred
        return ParsedDate(value, raw, inferred=True, how=how)

    year = int(year_s) + (2000 if len(year_s) == 2 else 0)
    value = _valid(year, month, day)
    if value is not None:
        return ParsedDate(value, raw)
    if weekday is None:
        return None  # an impossible date with nothing to check a repair against
    fixes = {
        v for d, m in _one_digit_repairs(day_s, month_s) if (v := _valid(year, m, d)) and v.weekday() == weekday
    }
    if len(fixes) != 1:
        return None
    fixed = fixes.pop()
    return ParsedDate(fixed, raw, inferred=True, how=f"repaired typo {raw.strip()} -> {fixed.isoformat()} (one digit, weekday matches)")


def find_dates(text: str, reference: date | None = None) -> list[ParsedDate]:
    """All datelines in a text, in order; invalid ones that cannot be repaired are dropped."""
    reference = reference or date.today()
    found = []
    for match in _DATELINE.finditer(text):
        parsed = parse_dateline(match, reference)
        if parsed is not None:
            found.append(parsed)
    return found


def event_date(text: str, reference: date | None = None) -> ParsedDate | None:
    """The article's event date: the first explicit dateline, else the first repaired or inferred one.

    A sound date later in the article beats a repaired typo earlier, so "(31/20/2025)" never wins
    over "(31/10/2025)".
    """
    dates = find_dates(text, reference)
    explicit = [d for d in dates if not d.inferred]
    return (explicit or dates or [None])[0]


@dataclass(frozen=True)
class DateSpan:
    """A period a question names ("Dec 2018", "Juni 2019", "2025"), inclusive ISO bounds."""

    start: date
    end: date
    text: str


_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?:(?:of|tahun)\s+)?(?P<year>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_NUMERIC_MONTH_YEAR = re.compile(r"\b(?P<month>0?[1-9]|1[0-2])[/-](?P<year>(?:19|20)\d{2})\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def question_periods(question: str) -> list[DateSpan]:
    """Months and years a question names; these steer retrieval towards articles dated then."""
    spans: list[DateSpan] = []
    covered: list[tuple[int, int]] = []
    for rx in (_MONTH_YEAR, _NUMERIC_MONTH_YEAR):
        for m in rx.finditer(question):
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
            year = int(m.group("year"))
            spans.append(DateSpan(date(year, month, 1), _month_end(year, month), m.group(0)))
            covered.append(m.span())
    for m in _YEAR.finditer(question):
        if any(a <= m.start() < b for a, b in covered):
            continue
        year = int(m.group("year"))
        spans.append(DateSpan(date(year, 1, 1), date(year, 12, 31), m.group(0)))
    return spans


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
