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

    @field_validator("date_from", "date_to", mode="before")
    @classmethod
    def _written_as_dates(cls, value: Any) -> Any:
        """A date is ISO text ("2026-03-02"), as the schema says; pydantic would read a number as a
        Unix timestamp, so -3e-89 became 1970-01-01 and a 200 (schemathesis found it)."""
        if value is not None and not isinstance(value, (str, date)):
            raise ValueError("dates are written as YYYY-MM-DD text")
        return value

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
    answer_id: str | None = Field(None, description="This answer's record on the server: send it with POST /feedback.")


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


Reason = Literal["wrong_number", "wrong_person", "should_have_refused", "wrong_source", "other"]


class FeedbackIn(BaseModel):
    """A thumbs up or down on one answer: by its `answer_id`, or with the answer itself (question,
    answer, citations, trace) for a client that has no id."""

    model_config = ConfigDict(extra="forbid")

    answer_id: str | None = Field(None, pattern=r"^[0-9a-f]{32}$", description="The answer_id /ask returned.")
    rating: Literal["up", "down"]
    reason: Reason | None = Field(None, description="Why the answer is wrong (thumbs down only).")
    correction: str | None = Field(None, max_length=1000, description='"The right answer is ..." (thumbs down only).')
    question: str | None = Field(None, min_length=1, max_length=8000)
    answer: str | None = Field(None, max_length=8000)
    found: bool | None = None
    language: Literal["en", "id"] | None = None
    citations: list[Citation] = Field(default_factory=list, max_length=50)
    trace: list[TraceStep] = Field(default_factory=list, max_length=100)
    model: str | None = Field(None, max_length=200)

    @field_validator("correction")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @model_validator(mode="after")
    def _coherent(self) -> "FeedbackIn":
        if self.answer_id is None and not (self.question and self.question.strip() and self.answer is not None):
            raise ValueError("send the answer_id /ask returned, or the question and the answer")
        if self.rating == "up" and (self.reason or self.correction):
            raise ValueError("a reason or a correction goes with a thumbs down, not a thumbs up")
        return self

    def record(self) -> dict[str, Any]:
        """The answer as sent, for feedback without an answer id."""
        return self.model_dump(include={"question", "answer", "found", "language", "citations", "trace", "model"}, mode="json")


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
    origin: Literal["ingest", "upload"] | None = Field(None, description="ingest: managed by `rag ingest` (DELETE is 403); upload: sent through POST /documents.")


class ChunkText(BaseModel):
    id: str
    text: str


class RemovedLine(BaseModel):
    line: str
    why: Literal["junk", "duplicate"] = Field(description="junk: boilerplate (teasers, share buttons, credits); duplicate: a repeated paragraph.")


class DocumentDetail(DocumentSummary):
    text: str
    chunk_texts: list[ChunkText]
    removed: list[RemovedLine] | None = Field(None, description="The lines cleaning dropped from the file; null when the file is gone or changed since it was indexed.")


class UploadResult(DocumentSummary):
    status: Literal["added", "updated", "unchanged", "repaired"] = Field(
        description="added (201); updated, unchanged or repaired (200): repaired means the same content, re-indexed because its chunks had gone missing."
    )


class Deleted(BaseModel):
    id: str
    deleted: bool


class FeedbackItem(BaseModel):
    id: int
    created: str
    rating: Literal["up", "down"]
    reason: Reason | None = None
    correction: str | None = None
    answer_id: str | None = None
    question: str
    standalone_question: str | None = None
    answer: str | None = None
    found: bool | None = None
    language: str | None = None
    kind: str | None = None
    citations: list[dict[str, Any]] = Field(default_factory=list)
    trace: list[dict[str, Any]] = Field(default_factory=list)
    refused_by: str | None = None
    model: str | None = None
    backend: str | None = None
    prompt_version: str | None = Field(None, description="The prompt versions the answer was made with.")
    index_revision: str | None = Field(None, description="The index revision the answer was made on.")
    review: Literal["accepted", "rejected"] | None = Field(None, description="A person's verdict (`rag feedback review`); null: not reviewed. Only accepted items are exported.")
    reviewed_by: str | None = None
    reviewed_at: str | None = None


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
    conversations: Literal["browser", "server"] = Field(
        "browser", description="Where the chat keeps conversations (RAG_CONVERSATIONS): server means GET/PUT/DELETE /conversations, with the key."
    )
    backend: str
    model: str | None = None
    llm_reachable: bool
    llm_loaded: bool
    detail: str | None = None
    index: IndexCounts
    answers: AnswerCounts
