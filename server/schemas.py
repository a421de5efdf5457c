"""Request and response shapes of the HTTP API: validation happens here, at the edge."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import HTTPException
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rag.answer import Citation
from rag.retrieve import Filters
from rag.settings import Settings


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=8000)


class FiltersIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date_from: date | None = None
    date_to: date | None = None
    government: str | None = Field(default=None, min_length=3, max_length=120, description='As /documents lists it, e.g. "Kabupaten Lebak".')

    @model_validator(mode="after")
    def _ordered(self) -> "FiltersIn":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from must not be after date_to")
        return self


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(description="The question, in English or Indonesian.")
    history: list[Turn] = Field(default_factory=list, max_length=50, description="Earlier turns, oldest first.")
    filters: FiltersIn | None = None
    top_k: int | None = Field(default=None, ge=1, le=20)

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("question must not be empty")
        return value.strip()

    def check_limits(self, settings: Settings) -> None:
        """Limits from Settings cannot live in the static schema; same 422 shape as validation."""
        if len(self.question) > settings.max_question_chars:
            raise HTTPException(
                422,
                [{"loc": ["body", "question"], "msg": f"question longer than {settings.max_question_chars} characters", "type": "too_long"}],
            )

    def history_dicts(self) -> list[dict[str, str]]:
        return [t.model_dump() for t in self.history]

    def filters_obj(self) -> Filters | None:
        return Filters(**self.filters.model_dump()) if self.filters else None


class TraceStep(BaseModel):
    rule: str
    action: str
    before: str
    after: str
    why: str
    part: int | None = None  # which part of a combined question


class AskResponse(BaseModel):
    answer: str
    found: bool
    citations: list[Citation]  # the library's dataclass: one definition of a citation
    language: Literal["en", "id"]
    timings: dict[str, float]
    standalone_question: str = ""
    confidence: float = 0.0
    unverified: list[str] = Field(default_factory=list)
    backend: str = ""
    model: str = ""
    retrieved: list[str] = Field(default_factory=list, description="Document ids of the passages retrieval ranked, best first.")
    kind: str = Field("", description="What the question asks for: count, person, title, place, date, duration, interval, total, ...")
    trace: list[TraceStep] = Field(default_factory=list, description="Every rule that refused, rewrote or cited, in order.")
    refused_by: str | None = Field(None, description="The rule that refused the answer, when found is false.")
    cached: bool = Field(False, description="Served from the answer cache (same question, index revision, model and prompts).")


class ChatMessage(BaseModel):
    role: str
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    """The part of OpenAI's chat-completions request we honour; other fields are accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    model: str = "news-qa"
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
