"""FastAPI app: /ask (JSON and SSE), OpenAI-compatible chat, documents, health, and the chat UI.

The server holds no retrieval, prompt or indexing logic: it validates input at the edge, calls the
`rag` library, and maps the library's typed failures (rag.errors) to HTTP in one handler. Answers
run in their own worker threads behind a bounded queue (server.answering): a full queue is 503
with Retry-After, a client that leaves cancels its answer, and /health and /documents never wait
on the model. Every status a route returns is in its OpenAPI `responses`.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, File, Path as PathParam, Query, Request, Security, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from rag.answer import Answerer, AskResult, Sources
from rag import prompts
from rag.cache import AnswerCache
from rag.conversations import ID_PATTERN, Conversation, ConversationStore, ConversationSummary
from rag.corpus import removed_lines
from rag.errors import (
    BadInput,
    Cancelled,
    Conflict,
    Forbidden,
    NotFound,
    RagError,
    TooLarge,
    Unauthorized,
    Unavailable,
    Unsupported,
)
from rag.feedback import FeedbackStore
from rag.index import Index, key_owner
from rag.llm import LLM, LLMUnavailable, get_llm
from rag.retrieve import Retriever
from rag.settings import Settings, get_settings
from server import openai_compat
from server.answering import HEARTBEAT, AnswerQueue, Job
from server.limits import BodyLimit
from server.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE, Metrics
from server.requestlog import RequestContext, request_id
from server.worker_header import WorkerHeader
from server.schemas import (
    AskRequest,
    AskResponse,
    ChatRequest,
    Deleted,
    DocumentDetail,
    DocumentSummary,
    ErrorBody,
    FeedbackIn,
    FeedbackItem,
    Health,
    UploadResult,
)

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
HEARTBEAT_S = 2.0  # an SSE comment this often while an answer waits or thinks: the client knows we are alive
UPLOAD_OVERHEAD = 64 * 1024  # multipart framing around an uploaded file

# The one mapping from our failure kinds to HTTP statuses (most specific first).
STATUS: list[tuple[type[RagError], int]] = [
    (TooLarge, 413),
    (Unsupported, 415),
    (BadInput, 400),
    (Unauthorized, 401),
    (Forbidden, 403),
    (NotFound, 404),
    (Conflict, 409),
    (Unavailable, 503),
    (Cancelled, 499),  # the client has left; nobody reads this
]

_DESCRIPTIONS = {
    400: "Unusable input: a body that is not UTF-8 JSON, a bad file name, a chat without a final user message.",
    401: "Missing or wrong API key.",
    403: "Not allowed: uploads, the feedback list and server-kept conversations disabled (no RAG_API_KEY), a document `rag ingest` manages, another key's upload.",
    404: "Unknown document, answer_id or conversation; or conversations kept in the browser only (RAG_CONVERSATIONS=browser).",
    409: "A document of that name exists (send ?replace=true to replace your own upload).",
    413: "A request body, uploaded file or conversation over its configured limit (RAG_MAX_BODY_BYTES, RAG_MAX_UPLOAD_BYTES, RAG_MAX_CONVERSATION_BYTES).",
    415: "Not a UTF-8 text file.",
    503: "The LLM is unreachable or cannot be loaded, the answer queue is full (RAG_MAX_WAITING_ANSWERS), the document is being written, or the server is stopping; Retry-After says when to try again.",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for our error statuses: the ErrorBody shape, and Retry-After on 503."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        out[code] = {"model": ErrorBody, "description": _DESCRIPTIONS[code]}
        if code == 503:
            out[code]["headers"] = {"Retry-After": {"description": "Seconds to wait before trying again.", "schema": {"type": "integer"}}}
    return out


def status_of(exc: RagError) -> int:
    return next((code for kind, code in STATUS if isinstance(exc, kind)), 500)


class Service:
    """Long-lived objects shared by requests; the LLM is resolved lazily so the UI and document
    endpoints work even when no LLM is available."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.index = Index(settings)
        self.retriever = Retriever(self.index)
        self._llm: LLM | None = None
        self._lock = threading.Lock()
        self.cache = AnswerCache(settings.data_dir / "answers.sqlite") if settings.answer_cache else None
        self.answers = AnswerQueue(settings.answer_workers, settings.max_waiting_answers)
        self.metrics = Metrics(live=self._live)
        self.answers.on_change = self.metrics.queue_changed
        self.feedback = FeedbackStore(settings.data_dir / "feedback.sqlite")
        self.conversations = (
            ConversationStore(settings.data_dir / "conversations.sqlite", settings.max_conversation_bytes) if settings.conversations == "server" else None
        )

    def llm(self) -> LLM:
        with self._lock:
            if self._llm is None:
                self._llm = get_llm(self.settings)
            return self._llm

    def ready(self) -> None:
        self.llm().ready()

    def answerer(self) -> Answerer:
        return Answerer(self.retriever, self.llm(), self.cache)

    def submit(self, request: AskRequest) -> Job:
        """Queue an answer to `request` (Busy when the queue is full)."""
        question, history, filters, top_k = request.text, request.history_dicts(), request.filters_obj(), request.top_k
        rid = request_id.get()
        return self.answers.submit(lambda: self._observed(rid, question, history, filters, top_k))

    def _observed(self, rid: str | None, question: str, history, filters, top_k) -> Iterator[Any]:
        """The answer's items, computed in a worker thread under the request's id (its log lines
        carry it); the result is recorded (its answer_id is what feedback names) and counted."""
        request_id.set(rid)
        items = self.answerer().stream(question, history, filters, top_k)
        try:
            for item in items:
                if isinstance(item, AskResult):
                    item = self.feedback.record_result(item, prompts.version(), self.index.revision())
                    self.metrics.observe_answer(item)
                yield item
        finally:
            items.close()

    def _live(self) -> dict[str, tuple[str, float]]:
        """Gauges read at each scrape (the index is shared by every worker process)."""
        return {
            "rag_index_documents": ("Documents in the index.", self.index.document_count()),
            "rag_index_chunks": ("Chunks in the index.", self.index.chunk_count()),
        }


class JobStream(StreamingResponse):
    """A streamed answer whose job is cancelled however the response ends: finished, failed, the
    client gone before or after the first byte, or the server stopping."""

    def __init__(self, job: Job, content: AsyncIterator[str]) -> None:
        super().__init__(content, media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        self.job = job

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.job.cancel()


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


async def _answer_events(job: Job) -> AsyncIterator[str]:
    yield ": accepted\n\n"  # the first byte at once, whatever waits ahead of this answer
    try:
        async for item in job.items(heartbeat_s=HEARTBEAT_S):
            if item is HEARTBEAT:
                yield ": waiting\n\n"
            elif isinstance(item, AskResult):
                yield _sse("done", item.as_dict())
            elif isinstance(item, Sources):
                yield _sse("sources", {"passages": item.passages})
            else:
                yield _sse("token", {"text": item})
    except RagError as exc:  # the stream has started: report in it, never leave the client hanging
        yield _sse("error", {"detail": str(exc), "status": status_of(exc)})
    except Exception as exc:
        log.error("stream failed: %r", exc)
        yield _sse("error", {"detail": f"internal error: {type(exc).__name__}", "status": 500})


async def _chat_events(job: Job, model: str) -> AsyncIterator[str]:
    chunker = openai_compat.Chunker(model)
    yield chunker.start()
    try:
        async for item in job.items(heartbeat_s=HEARTBEAT_S):
            if item is HEARTBEAT:
                yield ": waiting\n\n"
            elif (line := chunker.item(item)) is not None:
                yield line
    except RagError as exc:
        yield chunker.error(str(exc), status_of(exc))
        return
    except Exception as exc:
        log.error("stream failed: %r", exc)
        yield chunker.error(f"internal error: {type(exc).__name__}", 500)
        return
    yield chunker.end()


async def _result(job: Job, request: Request) -> AskResult:
    """The job's answer; the client leaving meanwhile cancels the job (Cancelled)."""
    try:
        result = await job.last(request.is_disconnected)
    finally:
        job.cancel()
    if not isinstance(result, AskResult):
        raise Cancelled("the answer was dropped")
    return result


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    service = Service(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # What an interrupted write left (a kill -9 mid-upload or mid-ingest) is collected or
        # repaired before the first request.
        await run_in_threadpool(service.index.recover)
        service.metrics.worker_started()
        if settings.backend in ("ollama", "openai"):  # its client built and first probed before the first /health (a new worker)
            await run_in_threadpool(lambda: service.llm().health())
        yield
        service.answers.close()  # cancel running and waiting answers: shutdown never waits on the model
        service.metrics.worker_stopped()

    app = FastAPI(
        title="Regional news QA",
        description="Ask questions about Indonesian regional news; answers cite article passages.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.service = service

    def body_limit(scope) -> tuple[int, str]:
        if scope.get("method") == "POST" and scope.get("path") == "/documents":
            return settings.max_upload_bytes + UPLOAD_OVERHEAD, "RAG_MAX_UPLOAD_BYTES"
        if scope.get("method") == "PUT" and str(scope.get("path", "")).startswith("/conversations/"):
            return max(settings.max_body_bytes, settings.max_conversation_bytes), "RAG_MAX_CONVERSATION_BYTES"
        return settings.max_body_bytes, "RAG_MAX_BODY_BYTES"

    app.add_middleware(BodyLimit, limit_for=body_limit)
    app.add_middleware(RequestContext, metrics=service.metrics, routes=app)  # outermost: 413s are counted and carry the id too
    app.add_middleware(WorkerHeader)

    api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="RAG_API_KEY, for POST and DELETE /documents.")
    bearer = HTTPBearer(auto_error=False, description="RAG_API_KEY as a bearer token (alternative to X-API-Key).")

    def require_key(
        x_api_key: str | None = Security(api_key_header), token: HTTPAuthorizationCredentials | None = Security(bearer)
    ) -> str:
        """The caller's owner id (a digest of its key), after checking the key: compared as bytes,
        so any header value is a 401 at worst."""
        if not settings.api_keys:
            raise Forbidden("document changes, the feedback list and server-kept conversations are disabled: set RAG_API_KEY on the server to allow them")
        given = x_api_key or (token.credentials if token else None)
        # Starlette decodes header bytes as latin-1: encoding back gives the bytes that were sent.
        sent = given.encode("latin-1", "replace") if given else b""
        # Every key is compared, so the time taken does not tell which one nearly matched.
        matches = [key for key in settings.api_keys if secrets.compare_digest(sent, key)]
        if not sent or not matches:
            raise Unauthorized("missing or wrong API key (send it as X-API-Key)")
        return key_owner(matches[0])

    # ---- answers ------------------------------------------------------------------------------

    @app.post("/ask", response_model=AskResponse, responses=errors(400, 413, 503))
    async def ask(body: AskRequest, request: Request) -> Any:
        body.check_limits(settings)
        return (await _result(service.submit(body), request)).as_dict()

    @app.post(
        "/ask/stream",
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "Server-sent events: `sources`, `token`... and `done` (the AskResponse), or `error` {detail, status}; comment lines while waiting.",
                "content": {"text/event-stream": {"schema": {"type": "string"}}},
            },
            **errors(400, 413, 503),
        },
    )
    async def ask_stream(body: AskRequest):
        body.check_limits(settings)
        await run_in_threadpool(service.ready)  # an LLM that is down is a 503 before any header
        job = service.submit(body)
        return JobStream(job, _answer_events(job))

    @app.post(
        "/v1/chat/completions",
        responses={
            200: {
                "description": "A chat.completion object, or with `stream: true` chat.completion.chunk events ending in `data: [DONE]`.",
                "content": {"application/json": {"schema": {"type": "object"}}, "text/event-stream": {"schema": {"type": "string"}}},
            },
            **errors(400, 413, 503),
        },
    )
    async def chat_completions(body: ChatRequest, request: Request):
        question, history = openai_compat.split_messages(body)
        ask_request = AskRequest.build(question=question, history=history)
        ask_request.check_limits(settings)
        if not body.stream:
            return openai_compat.completion(await _result(service.submit(ask_request), request), body.model)
        await run_in_threadpool(service.ready)
        job = service.submit(ask_request)
        return JobStream(job, _chat_events(job, body.model))

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": openai_compat.MODEL_ID, "object": "model", "owned_by": "news-qa"}]}

    # ---- cheap routes: their own threads, never the answer queue or the model lock --------------

    @app.get("/health", response_model=Health)
    def health() -> dict[str, Any]:
        try:
            llm = service.llm().health()
        except LLMUnavailable as exc:
            llm = {"backend": settings.backend, "model": None, "llm_reachable": False, "llm_loaded": False, "detail": str(exc)}
        return {
            "status": "ok" if llm["llm_reachable"] else "degraded",
            "conversations": settings.conversations,
            **llm,
            "index": {"documents": service.index.document_count(), "chunks": service.index.chunk_count()},
            "answers": service.answers.stats(),
        }

    @app.get("/documents", response_model=list[DocumentSummary])
    def list_documents() -> list[dict[str, Any]]:
        return [_document_summary(d) for d in service.index.documents()]

    @app.get("/documents/{doc_id}", response_model=DocumentDetail, responses=errors(404))
    def get_document(doc_id: str) -> dict[str, Any]:
        record = service.index.document(doc_id)
        if record is None:
            raise NotFound(f"unknown document {doc_id!r}")
        removed = removed_lines(Path(record["path"]), record.get("doc_hash", "")) if record.get("path") else None
        return {
            **_document_summary(record), "chunks": len(record["chunks"]), "text": record["text"], "chunk_texts": record["chunks"], "removed": removed,
        }

    @app.post(
        "/documents",
        status_code=201,
        response_model=UploadResult,
        responses={200: {"model": UploadResult, "description": "Replaced (?replace=true): updated, unchanged or repaired."}, **errors(400, 401, 403, 409, 413, 415, 503)},
    )
    def upload_document(
        file: UploadFile = File(...),
        replace: bool = Query(False, description="Replace an upload of the same name made with the same key."),
        owner: str = Depends(require_key),
    ) -> Any:
        data = file.file.read(settings.max_upload_bytes + 1)
        outcome, record = service.index.upload(file.filename or "", data, owner, replace)
        service.metrics.uploads.labels(outcome).inc()
        body = UploadResult(status=outcome, **_document_summary(record)).model_dump()
        return JSONResponse(body, status_code=201 if outcome == "added" else 200)

    @app.delete("/documents/{doc_id}", response_model=Deleted, responses=errors(401, 403, 404, 503))
    def delete_document(doc_id: str, owner: str = Depends(require_key)) -> dict[str, Any]:
        service.index.delete_upload(doc_id, owner)
        service.metrics.deletions.inc()
        return {"id": doc_id, "deleted": True}

    # ---- feedback ------------------------------------------------------------------------------

    @app.post("/feedback", status_code=201, response_model=FeedbackItem, responses=errors(400, 404, 413))
    def add_feedback(body: FeedbackIn) -> dict[str, Any]:
        """A thumbs up or down on an answer, with an optional correction and reason."""
        item = service.feedback.add(body.rating, body.reason, body.correction, body.answer_id, None if body.answer_id else body.record())
        if item is None:
            raise NotFound(f"unknown answer_id {body.answer_id!r}: send the question and the answer instead")
        service.metrics.feedback.labels(body.rating, body.reason or "none").inc()
        return item

    @app.get("/feedback", response_model=list[FeedbackItem], responses=errors(401, 403))
    def list_feedback(
        rating: str | None = Query(None, pattern="^(up|down)$"), limit: int = Query(500, ge=1, le=10000), _owner: str = Depends(require_key)
    ) -> list[dict[str, Any]]:
        """Stored feedback, newest first (needs RAG_API_KEY, as uploads do)."""
        return service.feedback.items(rating, limit)

    # ---- conversations kept on the server (RAG_CONVERSATIONS=server), per key ----------------------

    def conversations_of(
        x_api_key: str | None = Security(api_key_header), token: HTTPAuthorizationCredentials | None = Security(bearer)
    ) -> tuple[ConversationStore, str]:
        """The store and the caller's owner id; 404 while conversations are kept in the browser."""
        if service.conversations is None:
            raise NotFound("this server keeps no conversations: they are kept in the browser (set RAG_CONVERSATIONS=server to keep them here)")
        return service.conversations, require_key(x_api_key, token)

    conversation_id = PathParam(pattern=ID_PATTERN, description="The conversation's id, as the chat page made it.")

    @app.get("/conversations", response_model=list[ConversationSummary], responses=errors(401, 403, 404))
    def list_conversations(store_owner: tuple[ConversationStore, str] = Depends(conversations_of)) -> list[dict[str, Any]]:
        """The caller's key's conversations, most recently updated first."""
        store, owner = store_owner
        return store.list(owner)

    @app.get("/conversations/{conv_id}", response_model=Conversation, response_model_exclude_unset=True, responses=errors(401, 403, 404))
    def get_conversation(conv_id: str = conversation_id, store_owner: tuple[ConversationStore, str] = Depends(conversations_of)) -> Conversation:
        store, owner = store_owner
        conversation = store.get(owner, conv_id)
        if conversation is None:
            raise NotFound(f"no conversation {conv_id!r} for this key")
        return conversation

    @app.put(
        "/conversations/{conv_id}",
        response_model=Conversation,
        responses={201: {"model": Conversation, "description": "Created."}, **errors(400, 401, 403, 404, 413)},
    )
    def put_conversation(
        body: Conversation, conv_id: str = conversation_id, store_owner: tuple[ConversationStore, str] = Depends(conversations_of)
    ) -> JSONResponse:
        """Store the conversation whole (200: replaced; 201: new); sending it again changes nothing."""
        store, owner = store_owner
        created = store.put_at(owner, conv_id, body)
        return JSONResponse(body.model_dump(mode="json", exclude_unset=True), status_code=201 if created else 200)

    @app.delete("/conversations/{conv_id}", response_model=Deleted, responses=errors(401, 403, 404))
    def delete_conversation(conv_id: str = conversation_id, store_owner: tuple[ConversationStore, str] = Depends(conversations_of)) -> dict[str, Any]:
        store, owner = store_owner
        if not store.delete(owner, conv_id):
            raise NotFound(f"no conversation {conv_id!r} for this key")
        return {"id": conv_id, "deleted": True}

    @app.get("/metrics", response_class=Response, responses={200: {"description": "Prometheus text exposition format.", "content": {"text/plain": {"schema": {"type": "string"}}}}})
    def metrics() -> Response:
        """Counters and histograms of this process, for Prometheus to scrape."""
        return Response(service.metrics.exposition(), media_type=METRICS_CONTENT_TYPE)

    @app.get("/", include_in_schema=False)
    def ui() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/ui/documents", include_in_schema=False)
    def documents_page() -> FileResponse:
        """The documents page (GET /documents stays the JSON API)."""
        return FileResponse(STATIC / "documents.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(RagError)
    async def rag_error(_: Request, exc: RagError) -> Response:
        status = status_of(exc)
        if status == 499:
            return Response(status_code=499)
        headers = {"Retry-After": str(max(1, math.ceil(exc.retry_after)))} if isinstance(exc, Unavailable) else None
        return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers)

    @app.exception_handler(Exception)
    async def internal_error(_: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %r", exc, exc_info=exc)
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}"}, status_code=500)

    base_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        """The generated schema, with the limits this server enforces from its Settings."""
        if app.openapi_schema is None:
            schema = base_openapi()
            ask_request = schema["components"]["schemas"]["AskRequest"]["properties"]
            ask_request["question"]["maxLength"] = settings.max_question_chars
            ask_request["history"]["maxItems"] = settings.max_history_turns
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _document_summary(record: dict[str, Any]) -> dict[str, Any]:
    keys = ("doc_id", "title", "date", "date_inferred", "date_how", "outlet", "government", "chunks", "origin")
    summary = {k: record.get(k) for k in keys}
    summary["id"] = summary.pop("doc_id")
    return summary
