"""Request and response shapes of the HTTP API: validation happens here, at the edge."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import HTTPException
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

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

    # The schema's maxLength / maxItems are the server's Settings (RAG_MAX_QUESTION_CHARS,
    # RAG_MAX_HISTORY_TURNS), written into /openapi.json by the app and enforced by check_limits.
    question: str = Field(min_length=1, description="The question, in English or Indonesian.", json_schema_extra={"pattern": r"\S"})
    history: list[Turn] = Field(default_factory=list, description="Earlier turns, oldest first.")
    filters: FiltersIn | None = None
    top_k: int | None = Field(default=None, ge=1, le=20)

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("question must not be empty")
        return value

    def check_limits(self, settings: Settings) -> None:
        """Limits from Settings cannot live in the static model; same 422 shape as validation."""
        errors = []
        if len(self.question) > settings.max_question_chars:
            errors.append({"loc": ["body", "question"], "msg": f"question longer than {settings.max_question_chars} characters", "type": "too_long"})
        if len(self.history) > settings.max_history_turns:
            errors.append({"loc": ["body", "history"], "msg": f"history longer than {settings.max_history_turns} turns", "type": "too_long"})
        if errors:
            raise HTTPException(422, errors)

    @classmethod
    def build(cls, **values: Any) -> "AskRequest":
        """Made from another request (OpenAI chat messages): its validation errors are a 422 too."""
        try:
            return cls(**values)
        except ValidationError as exc:
            raise HTTPException(
                422, [{"loc": ["body", "messages", *map(str, e["loc"])], "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
            ) from None

    @property
    def text(self) -> str:
        return self.question.strip()

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


class ContentPart(BaseModel):
    """An OpenAI content part: text parts are read, other kinds (images, ...) ignored."""

    model_config = ConfigDict(extra="allow")

    type: str = "text"
    text: str | None = None


class ChatMessage(BaseModel):
    role: str
    content: str | list[ContentPart] | None = None


class ChatRequest(BaseModel):
    """The part of OpenAI's chat-completions request we honour; other fields are accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    model: str = "news-qa"
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False


# ---- responses --------------------------------------------------------------------------------


class ErrorBody(BaseModel):
    detail: str = Field(description="What went wrong and, where there is something to do, what to do.")


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    date: str | None = None
    date_inferred: bool | None = None
    date_how: str | None = None
    outlet: str | None = None
    government: str | None = None
    chunks: int | None = None


class ChunkText(BaseModel):
    id: str
    text: str


class DocumentDetail(DocumentSummary):
    text: str
    chunk_texts: list[ChunkText]


class UploadResult(DocumentSummary):
    status: Literal["added", "updated", "unchanged", "repaired"] = Field(
        description="added (201); updated, unchanged or repaired (200): repaired means the same content, re-indexed because its chunks had gone missing."
    )


class Deleted(BaseModel):
    id: str
    deleted: bool


class IndexCounts(BaseModel):
    documents: int
    chunks: int


class AnswerCounts(BaseModel):
    workers: int
    running: int
    waiting: int
    max_waiting: int
    done: int
    failed: int
    cancelled: int = Field(description="Answers stopped because their client left.")
    dropped: int = Field(description="Answers whose client left while they waited: never started.")
    rejected: int = Field(description="Requests refused with 503 because the queue was full.")


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    backend: str
    model: str | None = None
    llm_reachable: bool
    llm_loaded: bool
    detail: str | None = None
    index: IndexCounts
    answers: AnswerCounts
