"""A wire-level stand-in for the Ollama HTTP server, for tests.

It is a real HTTP/1.1 server on 127.0.0.1 (stdlib ThreadingHTTPServer in a thread) that speaks the
part of Ollama's documented API our code and the official `ollama` client use:

- ``GET /api/tags``   -> ``{"models": [{"name", "model", "modified_at", "size", "digest", "details"}]}``
- ``POST /api/chat``  -> with ``"stream": true`` (Ollama's default) NDJSON over chunked transfer
  encoding (``application/x-ndjson``), one ``{"model", "created_at", "message": {"role":
  "assistant", "content": piece}, "done": false}`` line per piece, then a final line with
  ``"done": true``, ``"done_reason"`` and the count/duration fields (nanoseconds); with
  ``"stream": false`` one JSON object with ``"done": true``. An unknown model answers
  ``404 {"error": "model \\"X\\" not found, try pulling it first"}``, as Ollama does.
- ``GET /``, ``HEAD /`` -> ``Ollama is running``; ``GET /api/version``; ``GET /api/ps``.

What the "model" says is decided by the test: ``responder(request_json)`` returns the reply text
(or a :class:`Reply` to also choose the ``done_reason``, e.g. ``"length"`` for a reply cut at
``num_predict``), or raises :class:`HTTPFailure` to answer with an HTTP error. Every request is
recorded in ``standin.requests`` so tests can assert on what went over the wire.

Faults to simulate: ``delay_s`` (no response headers for that long: a slow or stuck server),
``stall_s`` (the first piece arrives, then nothing for that long), ``wire_fault`` (``"garbage"``: a
line that is not JSON; ``"error"``: an ``{"error": ...}`` line mid-stream, as Ollama sends when the
runner dies; ``"drop"``: the connection closes before the stream ends). Malformed *model output*
(truncated JSON, prose) is just what the responder returns.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_MODEL = "qwen2.5:7b-instruct"
VERSION = "0.12.6"


@dataclass
class Reply:
    """What the stand-in model says, and why it stopped ("stop", or "length" when cut off)."""

    content: str
    done_reason: str = "stop"


class HTTPFailure(Exception):
    """Raised by a responder: answer with this HTTP status and Ollama's ``{"error": message}`` body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Recorded:
    """One request as it arrived: method, path, headers, and the parsed JSON body (None if none)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    lines_sent: int = 0


Responder = Callable[[dict[str, Any]], "str | Reply"]


def _canonical(name: str) -> str:
    """Ollama's model-name rule: a name without a tag means ``:latest``."""
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _tag_entry(name: str) -> dict[str, Any]:
    digest = f"{abs(hash(name)) % (1 << 64):016x}" * 4
    return {
        "name": name,
        "model": name,
        "modified_at": "2025-06-01T12:00:00.000000000Z",
        "size": 4_683_087_332,
        "digest": digest,
        "details": {
            "parent_model": "",
            "format": "gguf",
            "family": "qwen2",
            "families": ["qwen2"],
            "parameter_size": "7.6B",
            "quantization_level": "Q4_K_M",
        },
    }


def split_pieces(text: str, size: int) -> list[str]:
    """The reply cut into pieces of ``size`` characters, as a model streams tokens."""
    size = max(1, size)
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


class OllamaStandIn:
    """A scriptable fake Ollama server. Use as a context manager, or ``start()`` / ``stop()``."""

    def __init__(
        self,
        models: tuple[str, ...] | list[str] = (DEFAULT_MODEL,),
        responder: Responder | None = None,
        *,
        chunk_size: int = 8,
        delay_s: float = 0.0,
        stall_s: float = 0.0,
        wire_fault: str | None = None,
    ) -> None:
        self.models = list(models)
        self.responder: Responder = responder or (lambda request: '{"sentences": [], "answer": "NOT FOUND"}')
        self.chunk_size = chunk_size
        self.delay_s = delay_s
        self.stall_s = stall_s
        self.wire_fault = wire_fault
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, port: int = 0) -> OllamaStandIn:
        standin = self

        class Handler(_Handler):
            pass

        Handler.standin = standin
        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, client_address: None  # clients hanging up are expected
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in delay_s / stall_s
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> OllamaStandIn:
        return self.start() if self._server is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "stand-in not started"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- what the tests look at ----------------------------------------------------------------

    def record(self, entry: Recorded) -> None:
        with self._lock:
            self.requests.append(entry)

    @property
    def chat_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.path == "/api/chat"]

    @property
    def last_chat(self) -> dict[str, Any]:
        chats = self.chat_requests
        assert chats, f"no /api/chat request arrived; got {[(r.method, r.path) for r in self.requests]}"
        return chats[-1].body

    def has_model(self, name: str) -> bool:
        return _canonical(name) in {_canonical(m) for m in self.models}

    def sleep(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True when it is."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked streaming, like Ollama (Go net/http)
    server_version = "ollama-standin"
    standin: OllamaStandIn

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    # -- plumbing --------------------------------------------------------------------------------

    def _read_json(self) -> tuple[Any, str | None]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return None, None
        try:
            return json.loads(raw), None
        except json.JSONDecodeError as exc:
            return None, f"invalid character in request body: {exc}"

    def _send(self, status: int, payload: Any, content_type: str = "application/json; charset=utf-8") -> None:
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Date", self.date_time_string())
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

    def _error(self, status: int, message: str) -> None:
        self._send(status, {"error": message})

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    # -- routes ----------------------------------------------------------------------------------

    def do_HEAD(self) -> None:  # noqa: N802
        self.standin.record(Recorded("HEAD", self.path, dict(self.headers), None))
        if self.path == "/":
            self._send(200, b"Ollama is running", "text/plain; charset=utf-8")
        else:
            self._send(404, b"404 page not found", "text/plain")

    def do_GET(self) -> None:  # noqa: N802
        standin = self.standin
        standin.record(Recorded("GET", self.path, dict(self.headers), None))
        if standin.sleep(standin.delay_s):
            return
        try:
            if self.path == "/":
                self._send(200, b"Ollama is running", "text/plain; charset=utf-8")
            elif self.path == "/api/tags":
                self._send(200, {"models": [_tag_entry(m) for m in standin.models]})
            elif self.path == "/api/version":
                self._send(200, {"version": VERSION})
            elif self.path == "/api/ps":
                self._send(200, {"models": []})
            else:
                self._send(404, b"404 page not found", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def do_POST(self) -> None:  # noqa: N802
        standin = self.standin
        body, problem = self._read_json()
        entry = Recorded("POST", self.path, dict(self.headers), body)
        standin.record(entry)
        try:
            if self.path != "/api/chat":
                self._send(404, b"404 page not found", "text/plain")
                return
            if problem or not isinstance(body, dict):
                self._error(400, problem or "missing request body")
                return
            self._chat(body, entry)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout): nothing more to say

    def _chat(self, request: dict[str, Any], entry: Recorded) -> None:
        standin = self.standin
        model = request.get("model") or ""
        if not model:
            self._error(400, "model is required")
            return
        fmt = request.get("format")
        if fmt not in (None, "", "json") and not isinstance(fmt, dict):
            self._error(400, f"invalid format: {json.dumps(fmt)}")
            return
        if not isinstance(request.get("messages", []), list):
            self._error(400, "messages must be a list")
            return
        if not standin.has_model(model):
            self._error(404, f'model "{model}" not found, try pulling it first')
            return
        if standin.sleep(standin.delay_s):  # the model "thinks" before the first byte of the response
            return
        try:
            reply = standin.responder(request)
        except HTTPFailure as failure:
            self._error(failure.status, failure.message)
            return
        if isinstance(reply, str):
            reply = Reply(reply)

        started = time.perf_counter_ns()
        pieces = split_pieces(reply.content, standin.chunk_size)
        prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in request.get("messages") or [] if isinstance(m, dict))

        def final(content: str) -> dict[str, Any]:
            elapsed = max(time.perf_counter_ns() - started, 1)
            return {
                "model": model,
                "created_at": _now(),
                "message": {"role": "assistant", "content": content},
                "done": True,
                "done_reason": reply.done_reason,
                "total_duration": elapsed + 1_000_000,
                "load_duration": 1_000_000,
                "prompt_eval_count": prompt_tokens,
                "prompt_eval_duration": elapsed // 3 + 1,
                "eval_count": len(pieces),
                "eval_duration": elapsed - elapsed // 3 + 1,
            }

        if request.get("stream", True) is False:
            self._send(200, final(reply.content))
            entry.lines_sent = 1
            return

        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Date", self.date_time_string())
        self.end_headers()
        for index, piece in enumerate(pieces):
            if index == 1 and standin.stall_s and standin.sleep(standin.stall_s):
                return
            if index == len(pieces) // 2 and standin.wire_fault:
                if standin.wire_fault == "garbage":
                    self._chunk(b"<html>502 Bad Gateway</html>\n")
                elif standin.wire_fault == "error":
                    self._chunk(json.dumps({"error": "llama runner process has terminated: signal: killed"}).encode() + b"\n")
                    entry.lines_sent += 1
                    self.wfile.write(b"0\r\n\r\n")
                    return
                elif standin.wire_fault == "drop":
                    self.close_connection = True
                    self.wfile.flush()
                    self.connection.shutdown(2)  # socket.SHUT_RDWR: mid-stream, no terminating chunk
                    return
                entry.lines_sent += 1
            line = {"model": model, "created_at": _now(), "message": {"role": "assistant", "content": piece}, "done": False}
            self._chunk(json.dumps(line).encode() + b"\n")
            entry.lines_sent += 1
        self._chunk(json.dumps(final("")).encode() + b"\n")
        entry.lines_sent += 1
        self.wfile.write(b"0\r\n\r\n")  # end of the chunked body
        self.wfile.flush()


@contextmanager
def running_standin(**kwargs: Any) -> Iterator[OllamaStandIn]:
    """``with running_standin(responder=...) as ollama:`` a started stand-in, stopped afterwards."""
    standin = OllamaStandIn(**kwargs).start()
    try:
        yield standin
    finally:
        standin.stop()


# -- helpers for responders: read the prompt the way a model would -------------------------------



def user_message(request: dict[str, Any]) -> str:
    users = [m.get("content", "") for m in request.get("messages") or [] if m.get("role") == "user"]
    return users[-1] if users else ""


_SENTENCE_LINE = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)
_ARTICLE_HEADER = re.compile(r"^== (.*)$", re.MULTILINE)


def sentences_in(request: dict[str, Any]) -> dict[int, str]:
    """The numbered sentences of the answer prompt: ``{1: "sentence", ...}``."""
    context = user_message(request).rsplit("\n\nQuestion:", 1)[0]
    return {int(m.group(1)): m.group(2) for m in _SENTENCE_LINE.finditer(context)}


def headers_in(request: dict[str, Any]) -> dict[int, str]:
    """Each sentence number's article header: ``{1: "Kabupaten Serang | 13 December 2018 | ..."}``."""
    context = user_message(request).rsplit("\n\nQuestion:", 1)[0]
    out, header = {}, ""
    for line in context.splitlines():
        if m := _ARTICLE_HEADER.match(line):
            header = m.group(1)
        elif m := _SENTENCE_LINE.match(line):
            out[int(m.group(1))] = header
    return out


def question_in(request: dict[str, Any]) -> str:
    """The question of the answer prompt (the line after "Question:")."""
    match = re.search(r"\n\s*Question:\s*(.*)$", user_message(request), re.DOTALL)
    return match.group(1).strip().splitlines()[0].strip() if match else ""


def reply(answer: str, *sentences: int) -> str:
    """A model reply in the answer schema."""
    return json.dumps({"sentences": list(sentences), "answer": answer})
