"""Eval question files (JSONL): loading, validation, and the rules that judge an answer.

The format is shared with question sets we never see, so a bad line must be reported with its
line number and reason rather than silently skipped or crashing mid-run.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from rag.text import decimal_of


class Question(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    lang: Literal["en", "id"]
    type: str = "unspecified"
    answer: str | None = None
    accept: list[str] = Field(default_factory=list)
    accept_all: list[str] = Field(default_factory=list)
    reject: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    unanswerable: bool = False

    @field_validator("accept", "accept_all", "reject")
    @classmethod
    def _regexes_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {pattern!r}: {exc}") from None
        return patterns

    @model_validator(mode="after")
    def _answerable_has_rules(self) -> "Question":
        if not self.unanswerable and not (self.accept or self.accept_all):
            raise ValueError("an answerable question needs 'accept' or 'accept_all' patterns")
        return self

    def source_matches(self, doc_id: str) -> bool:
        """Sources may be full document ids or id prefixes such as "000"."""
        return any(doc_id == s or doc_id.startswith(s) for s in self.sources)

    def judge(self, answer: str) -> bool:
        """Pattern rules: one `accept` (if any), every `accept_all`, no `reject`; case-insensitive.

        Matched against the answer's words only: citation markers are removed first ("[1]" must not
        satisfy `\\b1\\b`), a bare number in a pattern matches only a whole number (not the "13"
        of "13/12/2018" or of "1.3"), nor a date's day unless the pattern is about dates (the
        "11" of "11 May 2026" does not satisfy `\\b11\\b`), and an answer that states more counts than the rules ask for
        is wrong, however many of them are right ("107, 20, 85, 269 or 17" is no answer: `max_counts`);
        the parts of its own arithmetic are its working, not more counts (`working`).
        """
        text = strip_citations(answer)
        flags = re.IGNORECASE
        undated = _DAY_OF_MONTH.sub(" ", text)

        def found(pattern: str) -> bool:  # a pattern not about dates does not see a date's day ("11 May 2026" holds no 11)
            return bool(re.search(anchor_numbers(pattern), text if re.search(_MONTH_WORD, pattern, flags) else undated, flags))

        if self.accept and not any(found(p) for p in self.accept):
            return False
        if not all(found(p) for p in self.accept_all):
            return False
        if any(re.search(anchor_numbers(p), text, flags) for p in self.reject):
            return False
        return len(counts_in(text) - counts_in(self.question) - working(text)) <= self.max_counts()

    def max_counts(self) -> int:
        """How many numbers a right answer may state: three (a value, and a total's two parts or
        a difference's), or as many as the reference answer or the `accept_all` rules need."""
        return max(3, len(counts_in(self.answer or "")), len(self.accept_all) + 2)


_CITATION = re.compile(r"\s*\[\d{1,3}\](?:\s*\[\d{1,3}\])*")
_BARE_NUMBER = re.compile(r"\\b(\d+)\\b")
# Dates and times as answers write them: their numbers are not counts.
_MONTH_WORD = (
    r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|pebruari|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|agu(?:stus)?|aug(?:ust)?"
    r"|agt|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|nop(?:ember)?|des(?:ember)?|dec(?:ember)?)\.?"
)
# Dates and times as answers write them ("13/12/2018", "13 Desember", "March 2, 2026", "10:15",
# "2026"): their numbers are not counts.
_DATE_LIKE = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b"
    rf"|\b\d{{1,2}}\s+{_MONTH_WORD}(?![a-z])|\b{_MONTH_WORD}\s+\d{{1,2}}\b",
    re.IGNORECASE,
)
_COUNT = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
# A date's day and month ("11 May", "May 11, 2026"; not "in May 11 officials ..."), without its year.
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+{_MONTH_WORD}(?![a-z])|\b{_MONTH_WORD}\s+\d{{1,2}},\s*(?:19|20)\d{{2}}\b", re.IGNORECASE)


def strip_citations(answer: str) -> str:
    """The answer without its citation markers: "107 pejabat [1][3]" -> "107 pejabat"."""
    return _CITATION.sub("", answer).strip()


def anchor_numbers(pattern: str) -> str:
    """A pattern whose bare numbers (`\\b13\\b`) match whole numbers only: not the 13 of
    "13/12/2018", "1.3" or "13,5"."""
    return _BARE_NUMBER.sub(lambda m: rf"(?<![\d.,/]){m.group(1)}(?![\d]|[.,/]\d)", pattern)


def counts_in(text: str) -> set[str]:
    """Distinct numbers a text states outside its dates, years and times."""
    return set(_COUNT.findall(_DATE_LIKE.sub(" ", text)))


# An answer's working in brackets: "Rp 53 miliar (Rp 21,4 miliar + Rp 12,9 miliar + Rp 18,7 miliar)", "19 (57 - 38)".
_WORKING = re.compile(r"\(([^()]*\d[^()]*?(?:\+|\s[-−]\s)[^()]*)\)")


def working(text: str) -> set[str]:
    """The numbers of the additions or subtractions an answer shows whose result it states outside
    them: "53 (21,4 + 12,9 + 18,7)" -> {"21,4", "12,9", "18,7"}. An answer listing candidates
    ("107, 20, 85 or 269") shows no working; an addition whose result the answer does not state is
    no working either."""
    outside = {decimal_of(c) for c in _COUNT.findall(_WORKING.sub(" ", text))}
    found: set[str] = set()
    for m in _WORKING.finditer(text):
        terms = _COUNT.findall(m.group(1))
        values = [decimal_of(t) for t in terms]
        if len(values) < 2 or None in values:
            continue
        result = sum(values) if "+" in m.group(1) else values[0] - sum(values[1:])
        if result in outside:
            found |= set(terms)
    return found


class QuestionFileError(ValueError):
    """Raised with every bad line of a question file, so one run fixes them all."""


def load_questions(path: Path) -> list[Question]:
    """Parse and validate a JSONL question file; blank lines and `#` comments are allowed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionFileError(f"{path}: cannot read question file: {exc}") from None
    questions: list[Question] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            payload = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(payload, dict):
            errors.append(f"{path}:{number}: expected a JSON object, got {type(payload).__name__}")
            continue
        try:
            question = Question.model_validate(payload)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in exc.errors())
            errors.append(f"{path}:{number}: {problems}")
            continue
        if question.id in seen:
            errors.append(f"{path}:{number}: duplicate id {question.id!r} (first on line {seen[question.id]})")
            continue
        seen[question.id] = number
        questions.append(question)
    if errors:
        raise QuestionFileError("\n".join(errors))
    if not questions:
        raise QuestionFileError(f"{path}: no questions found")
    return questions


def sample(questions: list[Question], fraction: float) -> list[Question]:
    """An evenly spread share of each (type, language) group, in file order: a smaller run that
    still covers every kind of question (CI's gate, where the whole set takes too long on 2 cores).
    Deterministic, so two runs of one sample are comparable."""
    if not 0 < fraction <= 1:
        raise ValueError(f"sample fraction must be in (0, 1], got {fraction}")
    groups: dict[tuple[str, str], list[int]] = {}
    for position, question in enumerate(questions):
        groups.setdefault((question.type, question.lang), []).append(position)
    chosen: set[int] = set()
    for members in groups.values():
        size = math.ceil(len(members) * fraction)
        chosen.update(members[int(j * len(members) / size)] for j in range(size))
    return [questions[i] for i in sorted(chosen)]


def spread_order(questions: list[Question]) -> list[Question]:
    """The questions in an order whose every prefix is an evenly spread share: those of a 10%
    `sample` first, then those a 20% sample adds, and so on. A run stopped by its time budget has
    scored every kind of question, not the first kinds in the file.

    The whole list, reordered: `sorted(q.id for q in spread_order(qs)) == sorted(q.id for q in qs)`."""
    order: dict[str, Question] = {}
    for tenths in range(1, 11):
        for question in sample(questions, tenths / 10):
            order.setdefault(question.id, question)
    return list(order.values())
