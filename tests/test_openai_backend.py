"""The `openai` backend against llama.cpp's real OpenAI-compatible server: llama-cpp-python's
`python -m llama_cpp.server` (through `rag.llm_server`) on the embedded GGUF, one process on a free
port (conftest's `llama_server`). Real HTTP, the real model. The whole pipeline through this
backend, over HTTP and several API workers, is tests/test_cluster.py."""

from __future__ import annotations

import contextlib
import json
import threading
import time

import pytest

from rag.errors import Cancelled
from rag.llm import LLMUnavailable, OpenAILLM, cancellable, get_llm
from rag.reply import ANSWER_SCHEMA
from rag.settings import Settings

from conftest import LLAMA_SERVER_MODEL, free_port

pytestmark = pytest.mark.llm
MODEL = LLAMA_SERVER_MODEL
HELLO = [{"role": "user", "content": 'Reply with JSON: {"sentences": [1], "answer": "ok"}'}]


@pytest.fixture(scope="module")
def server_process(llama_server):
    return llama_server


@pytest.fixture(scope="module")
def llm_server(llama_server) -> str:
    """The server's base URL."""
    return llama_server.url


def settings(url: str, **overrides) -> Settings:
    values = {"backend": "openai", "openai_base_url": url, "openai_model": MODEL, "openai_response_format": "json_object", "llm_timeout_s": 60.0}
    return Settings(**{**values, **overrides})


def test_the_reply_streams_in_pieces_and_follows_the_schema(llm_server):
    llm = get_llm(settings(llm_server))
    assert isinstance(llm, OpenAILLM) and llm.name == "openai" and llm.model == MODEL

    pieces = list(llm.chat(HELLO, schema=ANSWER_SCHEMA, max_tokens=24))

    assert len(pieces) > 3
    reply = json.loads("".join(pieces))
    assert set(reply) == {"sentences", "answer"} and isinstance(reply["sentences"], list)
    assert llm.last_usage == {"generated_tokens": len(pieces)}


def test_a_cancelled_answer_stops_and_leaves_the_server_free(llm_server, server_process):
    llm = OpenAILLM(settings(llm_server))
    event = threading.Event()
    got: list[str] = []
    disconnects = server_process.log.read_text(errors="replace").count("Disconnected from client")
    with cancellable(event), pytest.raises(Cancelled):
        for piece in llm.chat([{"role": "user", "content": "Count from 1 to 200, one number per line."}], max_tokens=200):
            got.append(piece)
            if len(got) == 3:
                event.set()
    assert len(got) == 3
    # The closed stream stopped the generation (the server says so), and the model is free again.
    deadline = time.monotonic() + 30
    while server_process.log.read_text(errors="replace").count("Disconnected from client") == disconnects:
        assert time.monotonic() < deadline, "the server never noticed the closed stream"
        time.sleep(0.2)
    assert json.loads("".join(OpenAILLM(settings(llm_server)).chat(HELLO, schema=ANSWER_SCHEMA, max_tokens=24)))


def test_a_response_format_the_server_does_not_take_is_a_clear_error(llm_server):
    llm = OpenAILLM(settings(llm_server, openai_response_format="json_schema"))
    with pytest.raises(LLMUnavailable, match="RAG_OPENAI_RESPONSE_FORMAT to json_object"):
        list(llm.chat(HELLO, schema=ANSWER_SCHEMA, max_tokens=8))


def test_an_unknown_model_is_refused_before_any_call(llm_server):
    llm = OpenAILLM(settings(llm_server, openai_model="qwen-that-is-not-loaded"))
    with pytest.raises(LLMUnavailable, match=r"does not serve model 'qwen-that-is-not-loaded'.*served-under-this-alias"):
        llm.ready()
    health = llm.health()
    assert health["llm_reachable"] is True and health["llm_loaded"] is False and "qwen-that-is-not-loaded" in health["detail"]


def test_a_server_that_is_down_is_unavailable_with_what_to_start():
    down = f"http://127.0.0.1:{free_port()}/v1"
    llm = OpenAILLM(settings(down))
    with pytest.raises(LLMUnavailable, match="is not reachable"):
        llm.ready()
    with pytest.raises(LLMUnavailable, match="llama_cpp.server"):
        list(llm.chat(HELLO, max_tokens=4))
    assert llm.health()["llm_reachable"] is False


def test_health_answers_at_once_while_the_server_generates(llm_server):
    """llama_cpp.server lists its models only between generations; health must not wait for it."""
    busy, stop = OpenAILLM(settings(llm_server)), threading.Event()

    def generate() -> None:
        with cancellable(stop), contextlib.suppress(Cancelled):
            list(busy.chat([{"role": "user", "content": "Count from 1 to 500, one number per line."}], max_tokens=600))

    worker = threading.Thread(target=generate)
    worker.start()
    try:
        time.sleep(1.0)  # the generation holds the server now
        llm = OpenAILLM(settings(llm_server))
        details = []
        for _ in range(6):
            started = time.monotonic()
            health = llm.health()
            assert time.monotonic() - started < 1.0
            assert health["llm_reachable"] is True
            details.append(health["detail"] or "")
            time.sleep(0.4)
        assert worker.is_alive(), "the generation ended before health was probed: nothing was shown"
        assert any(d.startswith("busy") for d in details), details
    finally:
        stop.set()
        worker.join(timeout=60)
