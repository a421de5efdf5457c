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
        """Pattern rules: one `accept` (if any), every `accept_all`, no `reject`; case-insensitive."""
        flags = re.IGNORECASE
        if self.accept and not any(re.search(p, answer, flags) for p in self.accept):
            return False
        if not all(re.search(p, answer, flags) for p in self.accept_all):
            return False
        return not any(re.search(p, answer, flags) for p in self.reject)


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
