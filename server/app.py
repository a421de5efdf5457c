"""FastAPI app: /ask (JSON and SSE), OpenAI-compatible chat, documents, health, and the chat UI.

The server holds no retrieval or prompt logic: it validates input at the edge, calls the `rag`
library, and maps its failures to HTTP (LLM down -> 503, unknown document -> 404).
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, File, Header, HTTPException, UploadFile
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from rag.answer import Answerer, AskResult, Sources
from rag.cache import AnswerCache
from rag.corpus import SkippedFile, read_article
from rag.index import Index
from rag.llm import LLM, LLMUnavailable, get_llm
from rag.retrieve import Retriever
from rag.settings import Settings, get_settings
from server.schemas import AskRequest, AskResponse, ChatRequest
from server import openai_compat

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
_SAFE_NAME = re.compile(r"^[\w][\w.-]{0,150}\.(txt|md)$")


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

    def llm(self) -> LLM:
        with self._lock:
            if self._llm is None:
                self._llm = get_llm(self.settings)
            return self._llm

    def answerer(self) -> Answerer:
        return Answerer(self.retriever, self.llm(), self.cache)


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    service = Service(settings)
    app = FastAPI(
        title="Regional news QA",
        description="Ask questions about Indonesian regional news; answers cite article passages.",
        version="0.1.0",
    )
    app.state.service = service

    def require_key(x_api_key: str | None = Header(default=None), authorization: str | None = Header(default=None)) -> None:
        if not settings.api_key:
            raise HTTPException(403, "document changes are disabled: set RAG_API_KEY on the server to allow them")
        given = x_api_key or (authorization[7:] if authorization and authorization.lower().startswith("bearer ") else None)
        if not given or not secrets.compare_digest(given, settings.api_key):
            raise HTTPException(401, "missing or wrong API key (send it as X-API-Key)")

    def run_ask(request: AskRequest) -> AskResult:
        try:
            return service.answerer().ask(request.question, request.history_dicts(), request.filters_obj(), request.top_k)
        except LLMUnavailable as exc:
            raise HTTPException(503, str(exc)) from None

    @app.post("/ask", response_model=AskResponse)
    def ask(request: AskRequest) -> dict[str, Any]:
        request.check_limits(settings)
        return run_ask(request).as_dict()

    @app.post("/ask/stream", responses={200: {"content": {"text/event-stream": {}}}})
    def ask_stream(request: AskRequest):
        request.check_limits(settings)
        try:
            answerer = service.answerer()
            answerer.llm.ready()
            stream = answerer.stream(request.question, request.history_dicts(), request.filters_obj(), request.top_k)
            first = next(stream)
        except LLMUnavailable as exc:
            raise HTTPException(503, str(exc)) from None

        def events() -> Iterator[str]:
            try:
                for item in _chain(first, stream):
                    if isinstance(item, AskResult):
                        yield _sse("done", item.as_dict())
                    elif isinstance(item, Sources):
                        yield _sse("sources", {"passages": item.passages})
                    else:
                        yield _sse("token", {"text": item})
            except LLMUnavailable as exc:
                yield _sse("error", {"detail": str(exc), "status": 503})
            except Exception as exc:  # the stream has started: report, never leave the client hanging
                log.exception("stream failed")
                yield _sse("error", {"detail": f"internal error: {type(exc).__name__}", "status": 500})

        return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.post("/v1/chat/completions")
    def chat_completions(request: ChatRequest):
        question, history = openai_compat.split_messages(request)
        ask_request = AskRequest(question=question, history=history)
        ask_request.check_limits(settings)
        try:
            answerer = service.answerer()
            if not request.stream:
                return openai_compat.completion(answerer.ask(question, ask_request.history_dicts()), request.model)
            answerer.llm.ready()
            stream = answerer.stream(question, ask_request.history_dicts())
            first = next(stream)
        except LLMUnavailable as exc:
            raise HTTPException(503, str(exc)) from None
        return StreamingResponse(openai_compat.chunks(_chain(first, stream), request.model), media_type="text/event-stream")

    @app.get("/v1/models")
    def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": openai_compat.MODEL_ID, "object": "model", "owned_by": "news-qa"}]}

    @app.get("/health")
    def health() -> dict[str, Any]:
        try:
            llm = service.llm().health()
        except LLMUnavailable as exc:
            llm = {"backend": settings.backend, "model": None, "llm_reachable": False, "llm_loaded": False, "detail": str(exc)}
        return {
            "status": "ok" if llm["llm_reachable"] else "degraded",
            **llm,
            "index": {"documents": service.index.document_count(), "chunks": service.index.chunk_count()},
        }

    @app.get("/documents")
    def list_documents() -> list[dict[str, Any]]:
        return [_document_summary(d) for d in service.index.documents()]

    @app.get("/documents/{doc_id}")
    def get_document(doc_id: str) -> dict[str, Any]:
        record = service.index.document(doc_id)
        if record is None:
            raise HTTPException(404, f"unknown document {doc_id!r}")
        return {**_document_summary(record), "text": record["text"], "chunk_texts": record["chunks"]}

    @app.post("/documents", status_code=201, dependencies=[Depends(require_key)])
    def upload_document(file: UploadFile = File(...)) -> dict[str, Any]:
        name = Path(file.filename or "").name
        if not _SAFE_NAME.match(name):
            raise HTTPException(400, "file name must be letters, digits, '_', '-', '.' and end in .txt or .md")
        data = file.file.read(settings.max_file_bytes + 1)
        if len(data) > settings.max_file_bytes:
            raise HTTPException(413, f"file larger than {settings.max_file_bytes:,} bytes")
        uploads = settings.data_dir / "uploads"
        uploads.mkdir(parents=True, exist_ok=True)
        target = uploads / name
        tmp = uploads / f".{name}.tmp"
        tmp.write_bytes(data)
        try:
            article = read_article(tmp, settings.max_file_bytes)
        except SkippedFile as exc:
            tmp.unlink(missing_ok=True)
            raise HTTPException(415 if "UTF-8" in str(exc) or "binary" in str(exc) else 400, f"rejected: {exc}") from None
        tmp.replace(target)
        article.doc_id, article.path = name, target
        outcome = service.index.add_article(article)
        return {"id": name, "status": outcome, **_document_summary(service.index.document(name))}

    @app.delete("/documents/{doc_id}", dependencies=[Depends(require_key)])
    def delete_document(doc_id: str) -> dict[str, Any]:
        record = service.index.document(doc_id)
        if record is None:
            raise HTTPException(404, f"unknown document {doc_id!r}")
        service.index.remove(doc_id)
        uploaded = settings.data_dir / "uploads" / doc_id
        if record.get("path") == str(uploaded.resolve()):
            uploaded.unlink(missing_ok=True)
        return {"id": doc_id, "deleted": True}

    @app.get("/", include_in_schema=False)
    def ui() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(ValueError)
    def value_error(_, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    return app


def _chain(first, rest):
    yield first
    yield from rest


def _document_summary(record: dict[str, Any]) -> dict[str, Any]:
    keys = ("doc_id", "title", "date", "date_inferred", "date_how", "outlet", "government", "chunks")
    summary = {k: record.get(k) for k in keys}
    summary["id"] = summary.pop("doc_id")
    return summary
