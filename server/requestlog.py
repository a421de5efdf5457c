"""Request ids, JSON-line logs and per-route request metrics, as one ASGI middleware.

Why: a staff member reports "the answer at 10:14 was wrong"; the operator needs the one log line
of that request and every line its answer wrote, across the worker thread that computed it. Each
request gets an id (an incoming `X-Request-ID` of up to 64 safe characters is kept, so a proxy's
id carries through; otherwise a new one), returned in the `X-Request-ID` response header and
written on every log line logged while it runs (`request_id`, a context variable). Logs are one
JSON object per line, which any log shipper reads without a parser. Requests are counted by route
*template* (`/documents/{doc_id}`), never the raw path, so metrics keep a bounded set of labels.

Example:
    >>> import json, logging
    >>> record = logging.LogRecord("server", logging.INFO, __file__, 1, "answered %s", ("q1",), None)
    >>> json.loads(JsonFormatter().format(record))["message"]
    'answered q1'
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import Any

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.metrics import Metrics

request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
access = logging.getLogger("server.access")


class JsonFormatter(logging.Formatter):
    """One JSON object per record: ts, level, logger, message, request_id, and any `extra` fields
    passed as `extra={"fields": {...}}`."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = getattr(record, "request_id", None) or request_id.get()
        if rid:
            line["request_id"] = rid
        line.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def log_config(level: str = "INFO") -> dict[str, Any]:
    """A logging.dictConfig for `rag serve` (uvicorn's `log_config`): everything, uvicorn's own
    lines included, as JSON lines on stderr."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"stderr": handler},
        "root": {"handlers": ["stderr"], "level": level},
        "loggers": {name: {"handlers": [], "level": level, "propagate": True} for name in ("uvicorn", "uvicorn.error", "uvicorn.access")},
    }


def route_template(app: Any, scope: Scope) -> str:
    """The route a request matched, as written in the app (`/documents/{doc_id}`, `/static`), or
    "unmatched"; FastAPI leaves the matched route in the scope, mounts and 404s are matched here."""
    route = scope.get("route")
    if route is None:
        for candidate in getattr(getattr(app, "router", None), "routes", []):
            match, _ = candidate.matches(scope)
            if match == Match.FULL:
                route = candidate
                break
    return getattr(route, "path", None) or "unmatched"


class RequestContext:
    """Pure ASGI middleware: request id in and out, one access log line and the request metrics."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: Any) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes  # the FastAPI app, whose router names the route template

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        sent = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = sent if _SAFE_ID.match(sent) else uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            seconds = time.perf_counter() - started
            route = route_template(self.routes, scope)
            self.metrics.observe_request(scope["method"], route, status, seconds)
            access.info(
                "%s %s %d", scope["method"], scope["path"], status,
                extra={"fields": {"method": scope["method"], "path": scope["path"], "route": route, "status": status, "duration_s": round(seconds, 4)}},
            )
            request_id.reset(token)
