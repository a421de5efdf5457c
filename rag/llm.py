"""LLM backends behind one small interface: Ollama (production), any OpenAI-compatible server
(llama.cpp's server, vLLM, LM Studio: one model server shared by several API workers) and embedded
llama.cpp (default on a machine without Ollama). All take chat messages and an optional JSON schema
that constrains the reply (Ollama `format`, OpenAI `response_format`, llama.cpp grammar), so even a
small model returns parseable output.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Protocol

import httpx

from rag.errors import Cancelled, Unavailable
from rag.settings import Settings

log = logging.getLogger(__name__)

Message = dict[str, str]


class LLMUnavailable(Unavailable, RuntimeError):
    """The LLM cannot answer right now; the message tells an operator what to do."""


class LLMBusy(LLMUnavailable):
    """The model stayed busy with other work for longer than RAG_LLM_TIMEOUT_S."""


# The cancel signal of the work running in this thread (a server worker sets it per answer): every
# backend checks it before a call and between generated pieces, and stops the generation when set.
_cancel: ContextVar[threading.Event | None] = ContextVar("rag_llm_cancel", default=None)


@contextmanager
def cancellable(event: threading.Event) -> Iterator[None]:
    """LLM calls made inside stop with `Cancelled` soon after `event` is set."""
    token = _cancel.set(event)
    try:
        yield
    finally:
        _cancel.reset(token)


def check_cancelled() -> None:
    event = _cancel.get()
    if event is not None and event.is_set():
        raise Cancelled("the answer was cancelled: its client left or the server is stopping")


class LLM(Protocol):
    name: str
    model: str
    # The last call's token counts as the engine reports them: prompt tokens it evaluated (not those
    # it reused from its cache) and tokens it generated.
    last_usage: dict[str, float]

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 256) -> Iterator[str]:
        """Yield the reply in text pieces as the model produces them."""
        ...

    def health(self) -> dict[str, Any]: ...

    def ready(self) -> None:
        """Raise LLMUnavailable now, cheaply, if a call would fail (a server down, a model missing or
        unloadable): a streaming reply must know before it sends its headers."""
        ...


class OllamaLLM:
    """Ollama over its HTTP API via the official client; temperature 0 for repeatable answers."""

    name = "ollama"

    def __init__(self, settings: Settings) -> None:
        import ollama

        self.last_usage: dict[str, float] = {}
        self.host = normalise_host(settings.ollama_host)
        self.model = settings.ollama_model
        self.timeout = settings.llm_timeout_s
        self._client = ollama.Client(host=self.host, timeout=self.timeout)
        self._health: tuple[float, dict[str, Any]] | None = None

    def _explain(self, exc: Exception) -> LLMUnavailable:
        import ollama

        if isinstance(exc, ollama.ResponseError) and exc.status_code == 404:
            return LLMUnavailable(f"Ollama at {self.host} does not have model {self.model!r}; run: ollama pull {self.model}")
        if isinstance(exc, (httpx.TimeoutException,)):
            return LLMUnavailable(f"Ollama at {self.host} did not answer within {self.timeout:g} s (RAG_LLM_TIMEOUT_S)")
        if isinstance(exc, httpx.RemoteProtocolError):
            return LLMUnavailable(f"Ollama at {self.host} closed the connection mid-reply: {exc}")
        if isinstance(exc, ValueError):
            return LLMUnavailable(f"Ollama at {self.host} sent a malformed reply: {exc}")
        if isinstance(exc, (ConnectionError, httpx.TransportError)):
            return LLMUnavailable(f"Ollama is not reachable at {self.host} (start it with `ollama serve`, or set OLLAMA_HOST)")
        return LLMUnavailable(f"Ollama error: {exc}")

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 256) -> Iterator[str]:
        import ollama

        check_cancelled()
        try:
            stream = self._client.chat(
                model=self.model,
                messages=messages,
                format=schema,
                stream=True,
                options={"temperature": 0, "num_predict": max_tokens, "seed": 0},
            )
            self.last_usage = {}
            for part in stream:
                check_cancelled()  # leaving the loop closes the HTTP stream: Ollama stops generating
                if part.message and part.message.content:
                    yield part.message.content
                if part.done:
                    self.last_usage = {"prompt_tokens_evaluated": part.prompt_eval_count or 0, "generated_tokens": part.eval_count or 0}
        except (ollama.ResponseError, ConnectionError, httpx.HTTPError, ValueError) as exc:
            raise self._explain(exc) from exc

    def models(self, timeout: float = 3.0) -> list[str]:
        timeout = min(self.timeout, timeout)
        try:
            response = httpx.get(f"{self.host}/api/tags", timeout=timeout)
            response.raise_for_status()
        except httpx.TimeoutException as exc:
            raise LLMUnavailable(f"Ollama at {self.host} did not answer within {timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise self._explain(exc) from exc
        return [m.get("name", "") for m in response.json().get("models", [])]

    def ready(self) -> None:
        names = self.models()
        if not any(n == self.model or n == f"{self.model}:latest" for n in names):
            raise LLMUnavailable(f"Ollama at {self.host} does not have model {self.model!r}; run: ollama pull {self.model}")

    def health(self) -> dict[str, Any]:
        """Ollama's state, probed with a short timeout and remembered for a moment: /health answers
        within a second however slow or hung Ollama is, and many /health calls make one probe."""
        cached = self._health
        if cached and time.monotonic() - cached[0] < 2.0:
            return cached[1]
        try:
            names = self.models(timeout=0.5)
        except LLMUnavailable as exc:
            result = {"backend": self.name, "model": self.model, "llm_reachable": False, "llm_loaded": False, "detail": str(exc)}
        else:
            loaded = any(n == self.model or n == f"{self.model}:latest" for n in names)
            detail = None if loaded else f"model not pulled; run: ollama pull {self.model}"
            result = {"backend": self.name, "model": self.model, "llm_reachable": True, "llm_loaded": loaded, "detail": detail}
        self._health = (time.monotonic(), result)
        return result


def normalise_host(host: str) -> str:
    """OLLAMA_HOST may be "127.0.0.1:11434" (Ollama's own docs); httpx needs a scheme."""
    host = host.strip().rstrip("/")
    return host if "://" in host else f"http://{host}"


def ollama_reachable(settings: Settings) -> bool:
    try:
        return httpx.get(f"{normalise_host(settings.ollama_host)}/api/tags", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


class OpenAILLM:
    """Any OpenAI-compatible server through the official `openai` client: llama-cpp-python's
    `python -m llama_cpp.server`, llama.cpp's `llama-server`, vLLM, LM Studio.

    Why: one model server shared by several API workers (and machines) is how this service scales;
    the OpenAI wire format is what every such server speaks. The reply is constrained by our JSON
    schema in the form the server understands (RAG_OPENAI_RESPONSE_FORMAT): `json_schema` (OpenAI,
    vLLM, LM Studio, llama-server) or `json_object` with a `schema` (llama-cpp-python's server).

    Example:
        >>> llm = OpenAILLM(Settings(openai_base_url="http://127.0.0.1:8080/v1", openai_model="qwen"))
        >>> "".join(llm.chat([{"role": "user", "content": "Say OK"}], max_tokens=4))  # doctest: +SKIP
        'OK'
    """

    name = "openai"
    READY_FOR_S = 30.0  # a server that listed the model this recently is not asked again before a call

    def __init__(self, settings: Settings) -> None:
        import openai

        self.last_usage: dict[str, float] = {}
        self.base_url = settings.openai_base_url.rstrip("/")
        self.model = settings.openai_model
        self.timeout = settings.llm_timeout_s
        self.response_format = settings.openai_response_format
        self._key = settings.openai_api_key or "none"  # the client insists on a key; local servers ignore it
        self._client = openai.OpenAI(base_url=self.base_url, api_key=self._key, timeout=self.timeout, max_retries=0)
        self._health: tuple[float, dict[str, Any]] | None = None
        self._health_lock = threading.Lock()
        self._probing = False
        self._probed = threading.Event()
        self._ready_at = 0.0

    def _format(self, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        if schema is None or self.response_format == "none":
            return None
        if self.response_format == "json_object":
            return {"type": "json_object", "schema": schema}
        return {"type": "json_schema", "json_schema": {"name": "reply", "schema": schema, "strict": True}}

    def _explain(self, exc: Exception) -> LLMUnavailable:
        import openai

        where = f"the OpenAI-compatible server at {self.base_url}"
        if isinstance(exc, openai.APITimeoutError):
            return LLMUnavailable(f"{where} did not answer within {self.timeout:g} s (RAG_LLM_TIMEOUT_S)")
        if isinstance(exc, openai.APIConnectionError):
            return LLMUnavailable(f"{where} is not reachable (start it, e.g. `python -m llama_cpp.server --model FILE.gguf`, or set RAG_OPENAI_BASE_URL)")
        if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
            return LLMUnavailable(f"{where} refused the key (RAG_OPENAI_API_KEY): {exc.message}")
        if isinstance(exc, openai.NotFoundError):
            return LLMUnavailable(f"{where} does not serve model {self.model!r} (RAG_OPENAI_MODEL): {exc.message}")
        if isinstance(exc, openai.APIStatusError):
            message = " ".join(exc.message.split())[:300]
            if "response_format" in exc.message:  # llama-cpp-python's server says so with a 500, vLLM with a 400
                return LLMUnavailable(
                    f"{where} does not take response_format {self.response_format!r}: set RAG_OPENAI_RESPONSE_FORMAT to "
                    f"json_object (llama-cpp-python's server), json_schema (vLLM, LM Studio, llama-server) or none ({exc.status_code}: {message})"
                )
            return LLMUnavailable(f"{where} failed ({exc.status_code}): {message}")
        return LLMUnavailable(f"{where} error: {exc}")

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 256) -> Iterator[str]:
        import openai

        check_cancelled()
        extra: dict[str, Any] = {}
        if (response_format := self._format(schema)) is not None:
            extra["response_format"] = response_format
        self.last_usage = {}
        try:
            stream = self._client.chat.completions.create(
                model=self.model, messages=messages, temperature=0, seed=0, max_tokens=max_tokens, stream=True,
                stream_options={"include_usage": True}, **extra,  # type: ignore[arg-type]
            )
            pieces = 0
            try:
                for chunk in stream:
                    check_cancelled()  # leaving closes the HTTP stream: the server stops generating
                    if chunk.usage is not None:
                        cached = getattr(chunk.usage.prompt_tokens_details, "cached_tokens", None) or 0
                        self.last_usage = {
                            "prompt_tokens": chunk.usage.prompt_tokens,
                            "prompt_tokens_evaluated": chunk.usage.prompt_tokens - cached,
                            "generated_tokens": chunk.usage.completion_tokens,
                        }
                    piece = chunk.choices[0].delta.content if chunk.choices else None
                    if piece:
                        pieces += 1
                        yield piece
            finally:
                stream.close()
            if not self.last_usage:  # llama-cpp-python's server sends no usage when streaming: one piece is one token
                self.last_usage = {"generated_tokens": pieces}
        except openai.OpenAIError as exc:
            raise self._explain(exc) from exc

    def models(self, timeout: float = 3.0) -> list[str]:
        """The model ids the server lists (GET /models)."""
        import openai

        try:
            return [m.id for m in self._client.with_options(timeout=min(self.timeout, timeout)).models.list()]
        except openai.OpenAIError as exc:
            raise self._explain(exc) from exc

    def _check(self, names: list[str]) -> None:
        if self.model not in names:
            raise LLMUnavailable(f"the OpenAI-compatible server at {self.base_url} does not serve model {self.model!r} (RAG_OPENAI_MODEL); it serves {names}")

    def ready(self) -> None:
        """Raise LLMUnavailable when the server is down or does not list the model. A server that
        accepts the connection but is slow to list its models is busy generating (llama-cpp-python's
        server answers /models only between generations), not down: that counts as ready."""
        import openai

        if time.monotonic() - self._ready_at < self.READY_FOR_S:
            return
        try:
            self._check(self.models())
        except LLMUnavailable as exc:
            if not isinstance(exc.__cause__, openai.APITimeoutError):
                raise
        self._ready_at = time.monotonic()

    def health(self) -> dict[str, Any]:
        """The server's state as last probed. A probe older than 2 s is renewed in a background
        thread, so /health never waits on the model server (llama-cpp-python's server lists its
        models only between generations); only the first call waits, at most 0.6 s."""
        with self._health_lock:
            cached = self._health
            if (cached is None or time.monotonic() - cached[0] >= 2.0) and not self._probing:
                self._probing = True
                threading.Thread(target=self._probe, name="openai-health", daemon=True).start()
        if cached is None:
            self._probed.wait(0.6)
            cached = self._health
        if cached is None:
            return {"backend": self.name, "model": self.model, "llm_reachable": True, "llm_loaded": False, "detail": "busy: first probe under way"}
        return cached[1]

    def _probe(self) -> None:
        """List the models with a 0.5 s timeout: a timeout on an open connection is a busy server."""
        import openai

        result = {"backend": self.name, "model": self.model, "llm_reachable": True, "llm_loaded": True, "detail": None}
        try:
            self._check(self.models(timeout=0.5))
        except LLMUnavailable as exc:
            if isinstance(exc.__cause__, openai.APITimeoutError):
                result["detail"] = "busy: the server did not list its models within 0.5 s (generating)"
            else:
                reachable = not isinstance(exc.__cause__, openai.APIConnectionError)
                result.update(llm_reachable=reachable, llm_loaded=False, detail=str(exc))
        finally:
            with self._health_lock:
                self._health = (time.monotonic(), result)
                self._probing = False
            self._probed.set()


class EmbeddedLLM:
    """llama.cpp in-process on a GGUF file. One model per process, loaded on first use, calls
    serialised (llama.cpp contexts are not thread-safe). The lock is held only while a generation
    runs: a call waits for it at most RAG_LLM_TIMEOUT_S (then LLMBusy), gives it back however the
    generation ends (done, failed, cancelled, or the consumer closing the generator), and a
    cancelled call stops at the next generated piece."""

    name = "embedded"
    _lock = threading.Lock()
    _load_lock = threading.Lock()
    _cache: dict[tuple, Any] = {}
    _failures: dict[tuple, str] = {}  # why a model could not be loaded, for /health

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.last_usage: dict[str, float] = {}
        self.path = self._resolve_path(settings)
        self.model = self.path.stem if self.path else settings.embedded_model

    @staticmethod
    def _resolve_path(settings: Settings) -> Path:
        if settings.gguf_path:
            if not settings.gguf_path.is_file():
                raise LLMUnavailable(f"RAG_GGUF_PATH {settings.gguf_path} is not a file")
            return settings.gguf_path
        from rag.models import ModelError, assemble

        try:
            return assemble(settings.embedded_model, settings.models_dir, progress=False)
        except ModelError as exc:
            raise LLMUnavailable(str(exc)) from exc

    def _key(self) -> tuple:
        return (str(self.path), self.settings.llm_ctx, self.settings.llm_threads)

    def _llama(self) -> Any:
        key = self._key()
        if key in self._cache:
            return self._cache[key]
        with self._load_lock:
            if key in self._cache:
                return self._cache[key]
            from llama_cpp import llama as llama_module

            from rag.sampling import greedy_llama_class

            # llama.cpp's AMX weight repacking ("extra buffer types") segfaults at the first decode
            # on this hardware (Sapphire Rapids, llama-cpp-python 0.3.36); Llama() exposes no switch,
            # so load with the model default params' use_extra_bufts turned off.
            defaults = llama_module.llama_cpp.llama_model_default_params

            def params_without_repacking():
                params = defaults()
                params.use_extra_bufts = False
                return params

            log.info("loading %s", self.path)
            llama_module.llama_cpp.llama_model_default_params = params_without_repacking
            try:
                self._cache[key] = greedy_llama_class()(
                    model_path=str(self.path), n_ctx=self.settings.llm_ctx, n_threads=self.settings.llm_threads, seed=0, verbose=False
                )
            except (ValueError, RuntimeError, OSError) as exc:  # llama.cpp refuses a corrupt or unreadable file
                self._failures[key] = f"the embedded model {self.path} cannot be loaded: {exc}"
                raise LLMUnavailable(self._failures[key], retry_after=60) from exc
            finally:
                llama_module.llama_cpp.llama_model_default_params = defaults
            self._failures.pop(key, None)
        return self._cache[key]

    def _acquire(self) -> None:
        """Wait for the model, noticing a cancellation meanwhile; LLMBusy after RAG_LLM_TIMEOUT_S."""
        deadline = time.monotonic() + self.settings.llm_timeout_s
        while not self._lock.acquire(timeout=0.2):
            check_cancelled()
            if time.monotonic() > deadline:
                raise LLMBusy(f"the embedded model stayed busy for {self.settings.llm_timeout_s:g} s (RAG_LLM_TIMEOUT_S)", retry_after=30)

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 256) -> Iterator[str]:
        response_format = {"type": "json_object", "schema": schema} if schema else None
        import llama_cpp

        check_cancelled()
        llama = self._llama()
        self._acquire()
        try:
            llama_cpp.llama_perf_context_reset(llama.ctx)
            stream = llama.create_chat_completion(
                messages=messages, response_format=response_format, temperature=0.0, max_tokens=max_tokens, stream=True
            )
            try:
                while True:
                    try:
                        chunk = next(stream)
                    except StopIteration:
                        break
                    except ValueError as exc:  # "Requested tokens (n) exceed context window of m": ours, not the caller's
                        raise LLMUnavailable(f"the prompt does not fit the model's context (RAG_LLM_CTX={self.settings.llm_ctx}): {exc}") from exc
                    check_cancelled()
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            finally:
                stream.close()
            perf = llama_cpp.llama_perf_context(llama.ctx)
            self.last_usage = {
                "prompt_tokens": llama.n_tokens - perf.n_eval,  # the whole prompt, cached prefix included
                "prompt_tokens_evaluated": perf.n_p_eval,  # what llama.cpp actually computed
                "generated_tokens": perf.n_eval,
            }
        finally:
            self._lock.release()

    def ready(self) -> None:
        self._llama()

    def health(self) -> dict[str, Any]:
        failure = self._failures.get(self._key())
        loaded = any(k[0] == str(self.path) for k in self._cache)
        return {"backend": self.name, "model": self.model, "llm_reachable": failure is None, "llm_loaded": loaded, "detail": failure}


def call_key(messages: list[Message], schema: dict[str, Any] | None, max_tokens: int) -> str:
    """A digest of everything that decides a reply at temperature 0: a recorded run is looked up
    by it, so a changed prompt is a new call, never a stale reply."""
    sent = json.dumps({"messages": messages, "schema": schema, "max_tokens": max_tokens}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(sent.encode("utf-8")).hexdigest()[:24]


class Recorder:
    """Passes calls through to an LLM and keeps each reply under its `call_key`: an eval run saves
    them, so its figures can be re-derived later without the model (`Replayer`)."""

    def __init__(self, llm: LLM) -> None:
        self.llm = llm
        self.name, self.model = llm.name, llm.model
        self.calls: dict[str, str] = {}

    @property
    def last_usage(self) -> dict[str, float]:
        return self.llm.last_usage

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 256) -> Iterator[str]:
        pieces: list[str] = []
        for piece in self.llm.chat(messages, schema=schema, max_tokens=max_tokens):
            pieces.append(piece)
            yield piece
        self.calls[call_key(messages, schema, max_tokens)] = "".join(pieces)

    def health(self) -> dict[str, Any]:
        return self.llm.health()

    def ready(self) -> None:
        self.llm.ready()


class Replayer:
    """An LLM that answers from a recorded run's replies. A call the run never made (the code now
    asks something else) is LLMUnavailable and counted in `missing`, so a replay never invents."""

    name = "replay"

    def __init__(self, calls: dict[str, str], model: str = "") -> None:
        self.calls = calls
        self.model = model
        self.missing = 0
        self.last_usage: dict[str, float] = {}

    def chat(self, messages: list[Message], schema: dict[str, Any] | None = None, max_tokens: int = 256) -> Iterator[str]:
        reply = self.calls.get(call_key(messages, schema, max_tokens))
        if reply is None:
            self.missing += 1
            raise LLMUnavailable("this call is not in the recorded run")
        yield reply

    def health(self) -> dict[str, Any]:
        return {"backend": self.name, "model": self.model, "llm_reachable": True, "llm_loaded": True, "detail": None}

    def ready(self) -> None:
        return None


def get_llm(settings: Settings, backend: str | None = None) -> LLM:
    """The configured backend; `auto` picks Ollama when its server answers, else embedded."""
    choice = backend or settings.backend
    if choice == "ollama":
        return OllamaLLM(settings)
    if choice == "embedded":
        return EmbeddedLLM(settings)
    if choice == "openai":
        return OpenAILLM(settings)
    if choice == "auto":
        return OllamaLLM(settings) if ollama_reachable(settings) else EmbeddedLLM(settings)
    raise ValueError(f"unknown backend {choice!r} (auto, ollama, openai, embedded)")
