"""Reliability under load, faults and bad input (issue 14), over real HTTP against the real app:
cancellation when a client leaves, a bounded answer queue, typed errors and request limits. The real
embedded llama.cpp model where holding the model is the point; the Ollama wire stand-in where a
slow model is all a test needs."""

from __future__ import annotations

import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from rag.llm import EmbeddedLLM
from rag.settings import Settings
from server.app import create_app

from conftest import LiveServer, free_port
from ollama_standin import DEFAULT_MODEL, OllamaStandIn, question_in, reply

ASK = "How many officials did Tatu rotate in Dec 2018?"


# ---- helpers -----------------------------------------------------------------------------------


def send_and_hang_up(url: str, path: str, payload: dict, stay_s: float = 0.0, read_until: bytes | None = None) -> None:
    """POST over a raw socket and close it: at once (before the first byte of the response), after
    `stay_s`, or once the response has carried `read_until`."""
    parsed = urlparse(url)
    body = json.dumps(payload).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {parsed.hostname}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    sock = socket.create_connection((parsed.hostname, parsed.port), timeout=120)
    try:
        sock.sendall(head + body)
        if read_until is not None:
            seen = b""
            while read_until not in seen:
                data = sock.recv(65536)
                assert data, f"connection closed before {read_until!r} arrived; got {seen[:300]!r}"
                seen += data
        time.sleep(stay_s)
    finally:
        sock.close()


def answers(url: str) -> dict:
    return httpx.get(f"{url}/health", timeout=5).json()["answers"]


def wait_for(url: str, condition, timeout: float) -> dict:
    """Poll /health's answer counters until `condition(counters)` holds and the model's lock is free."""
    deadline = time.monotonic() + timeout
    while True:
        counters = answers(url)
        if condition(counters) and counters["running"] == 0 and counters["waiting"] == 0 and not EmbeddedLLM._lock.locked():
            return counters
        if time.monotonic() > deadline:
            raise AssertionError(f"not settled after {timeout} s: {counters}, model lock held: {EmbeddedLLM._lock.locked()}")
        time.sleep(0.2)


def left(counters: dict) -> int:
    return counters["cancelled"] + counters["dropped"]


# ---- cancellation on the real model ------------------------------------------------------------


@pytest.mark.llm
def test_stream_abandoned_before_the_first_byte_releases_the_model(live_server):
    before = wait_for(live_server.url, lambda c: True, 300)
    send_and_hang_up(live_server.url, "/ask/stream", {"question": ASK})
    after = wait_for(live_server.url, lambda c: left(c) > left(before), 60)
    assert after["done"] == before["done"]  # nothing was generated for nobody


@pytest.mark.llm
def test_stream_abandoned_after_the_first_byte_stops_generating(live_server):
    before = wait_for(live_server.url, lambda c: True, 300)
    send_and_hang_up(live_server.url, "/ask/stream", {"question": ASK}, read_until=b"event: sources")
    after = wait_for(live_server.url, lambda c: left(c) > left(before), 60)
    assert after["done"] == before["done"] and after["cancelled"] == before["cancelled"] + 1


@pytest.mark.llm
def test_ask_abandoned_mid_answer_is_cancelled(live_server):
    before = wait_for(live_server.url, lambda c: True, 300)
    # Half a second in, the answer is under way: with the prompt already in llama.cpp's cache (the
    # tests before asked the same question) a whole answer still takes its ~20 decoded tokens.
    send_and_hang_up(live_server.url, "/ask", {"question": ASK}, stay_s=0.5)
    after = wait_for(live_server.url, lambda c: left(c) > left(before), 60)
    assert after["done"] == before["done"]


@pytest.mark.llm
def test_stream_abandoned_mid_answer_stops_at_once_and_the_next_question_answers(live_server):
    before = wait_for(live_server.url, lambda c: True, 300)
    send_and_hang_up(live_server.url, "/ask/stream", {"question": ASK}, read_until=b"event: token")
    left_at = time.monotonic()
    after = wait_for(live_server.url, lambda c: left(c) > left(before), 30)
    assert time.monotonic() - left_at < 10 and after["cancelled"] == before["cancelled"] + 1
    response = httpx.post(f"{live_server.url}/ask", json={"question": ASK}, timeout=240)
    assert response.status_code == 200 and "107" in response.json()["answer"]
    assert not EmbeddedLLM._lock.locked()


# ---- backpressure, with a slow model behind the Ollama wire ------------------------------------


@pytest.fixture
def slow_model():
    """A stand-in Ollama that thinks for 2 s before every reply, and finds nothing."""
    with OllamaStandIn(models=[DEFAULT_MODEL], delay_s=2.0, responder=lambda request: reply("NOT FOUND")) as standin:
        yield standin


def slow_server(seed_index, standin: OllamaStandIn, **overrides) -> LiveServer:
    values = dict(
        data_dir=seed_index.settings.data_dir, backend="ollama", ollama_host=standin.url, ollama_model=DEFAULT_MODEL,
        llm_timeout_s=20, answer_cache=False, answer_workers=1, max_waiting_answers=2,
    )
    return LiveServer(create_app(Settings(**{**values, **overrides})))


def test_a_full_answer_queue_is_503_with_retry_after_and_health_stays_fast(seed_index, slow_model):
    with slow_server(seed_index, slow_model) as server:
        with ThreadPoolExecutor(8) as pool:
            asked = [
                pool.submit(httpx.post, f"{server.url}/ask", json={"question": f"Berapa pejabat dilantik pada tahun {2010 + i}?"}, timeout=60)
                for i in range(8)
            ]
            time.sleep(0.5)
            slowest = 0.0
            for _ in range(10):
                for path in ("/health", "/documents"):
                    started = time.perf_counter()
                    assert httpx.get(f"{server.url}{path}", timeout=5).status_code == 200
                    slowest = max(slowest, time.perf_counter() - started)
                time.sleep(0.1)
            responses = [f.result() for f in asked]
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 3 + [503] * 5, statuses  # one answering, two waiting, the rest refused
    for refused in (r for r in responses if r.status_code == 503):
        assert int(refused.headers["Retry-After"]) >= 1 and "busy" in refused.json()["detail"]
    assert slowest < 1.0


def test_queued_answers_whose_client_left_are_dropped(seed_index, slow_model):
    questions = [f"Siapa yang dilantik pada tahun {year}?" for year in (2011, 2012, 2013)]
    with slow_server(seed_index, slow_model, max_waiting_answers=4) as server:
        threads = []
        for question in questions:
            threads.append(threading.Thread(target=send_and_hang_up, args=(server.url, "/ask", {"question": question}), kwargs={"stay_s": 1.0}))
            threads[-1].start()
            time.sleep(0.2)  # in this order: the first answers, the other two wait
        for thread in threads:
            thread.join()
        deadline = time.monotonic() + 15
        while (counters := answers(server.url))["running"] or counters["waiting"]:
            assert time.monotonic() < deadline, counters
            time.sleep(0.1)
    assert counters["dropped"] == 2 and counters["cancelled"] == 1 and counters["done"] == 0, counters
    asked = {question_in(r.body) for r in slow_model.chat_requests}
    assert asked <= {questions[0]}, asked  # the queued questions never reached the model


# ---- typed errors: no 500 on parseable input, faults are not the client's ----------------------


@pytest.fixture(scope="module")
def offline_server(tmp_path_factory):
    """The app with the LLM unreachable, uploads on (key 's3cret') and small limits, on an empty index."""
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("offline"), backend="ollama", ollama_host=f"http://127.0.0.1:{free_port()}",
        llm_timeout_s=3, answer_cache=False, api_key="s3cret",
        max_body_bytes=20_000, max_history_turns=4, max_upload_bytes=5_000, max_question_chars=200,
    )
    with LiveServer(create_app(settings)) as server:
        yield server


@pytest.mark.parametrize("header", ["X-API-Key", "Authorization"])
def test_a_non_ascii_api_key_is_401_not_500(offline_server, header):
    key = "kunci-rahasia-é€".encode()
    value = b"Bearer " + key if header == "Authorization" else key
    for method, path in (("POST", "/documents"), ("DELETE", "/documents/a.txt")):
        files = {"file": ("a.txt", b"Pemkot Serang melantik 3 pejabat.")} if method == "POST" else None
        response = httpx.request(method, f"{offline_server.url}{path}", headers=[(header.encode(), value)], files=files, timeout=10)
        assert response.status_code == 401, (method, response.status_code, response.text)


@pytest.mark.parametrize(
    "content",
    [[{"type": "text", "text": 5}], [{"type": "text", "text": ["a"]}], ["just a string"], [{"type": "text", "text": {"x": 1}}]],
)
def test_chat_content_parts_that_are_not_text_are_422(offline_server, content):
    response = httpx.post(f"{offline_server.url}/v1/chat/completions", json={"messages": [{"role": "user", "content": content}]}, timeout=10)
    assert response.status_code == 422, response.text


def test_chat_history_beyond_the_limit_is_422(offline_server):
    messages = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i}"} for i in range(11)]
    response = httpx.post(f"{offline_server.url}/v1/chat/completions", json={"messages": messages}, timeout=10)
    assert response.status_code == 422 and "history" in response.text


def test_a_corrupt_model_file_is_503_and_health_says_so(seed_index, tmp_path):
    corrupt = tmp_path / "broken.gguf"
    corrupt.write_bytes(b"GGUF" + bytes(range(256)) * 64)
    settings = Settings(data_dir=seed_index.settings.data_dir, backend="embedded", gguf_path=corrupt, answer_cache=False)
    with LiveServer(create_app(settings)) as server:
        for path in ("/ask", "/ask/stream"):
            response = httpx.post(f"{server.url}{path}", json={"question": ASK}, timeout=60)
            assert response.status_code == 503 and "cannot be loaded" in response.json()["detail"], (path, response.text)
            assert response.headers.get("Retry-After")
        health = httpx.get(f"{server.url}/health", timeout=10).json()
    assert health["status"] == "degraded" and health["llm_loaded"] is False and "cannot be loaded" in health["detail"]


# ---- request limits from Settings --------------------------------------------------------------


def test_a_body_over_the_limit_is_413_with_or_without_a_length(offline_server):
    big = {"question": "Berapa pejabat?", "history": [{"role": "user", "content": "x" * 7000}] * 3}
    assert httpx.post(f"{offline_server.url}/ask", json=big, timeout=10).status_code == 413
    raw = json.dumps(big).encode()
    chunked = httpx.post(
        f"{offline_server.url}/ask", content=iter([raw[i : i + 4096] for i in range(0, len(raw), 4096)]),
        headers={"Content-Type": "application/json"}, timeout=10,
    )
    assert chunked.status_code == 413 and "bytes" in chunked.json()["detail"]


def test_question_history_and_upload_limits_are_4xx(offline_server):
    url = offline_server.url
    long_question = httpx.post(f"{url}/ask", json={"question": "x" * 201}, timeout=10)
    assert long_question.status_code == 422 and "longer than" in long_question.text
    turns = [{"role": "user", "content": "a"}] * 5
    many_turns = httpx.post(f"{url}/ask/stream", json={"question": "Berapa pejabat?", "history": turns}, timeout=10)
    assert many_turns.status_code == 422 and "history" in many_turns.text
    upload = httpx.post(f"{url}/documents", files={"file": ("big.txt", b"Pemkot Serang. " * 400)}, headers={"X-API-Key": "s3cret"}, timeout=10)
    assert upload.status_code == 413, upload.text


def test_limits_and_statuses_are_in_the_openapi_schema(offline_server):
    spec = httpx.get(f"{offline_server.url}/openapi.json", timeout=10).json()
    ask = spec["paths"]["/ask"]["post"]
    assert {"200", "413", "422", "503"} <= set(ask["responses"])
    assert "Retry-After" in ask["responses"]["503"]["headers"]
    request = spec["components"]["schemas"]["AskRequest"]["properties"]
    assert request["question"]["maxLength"] == 200 and request["history"]["maxItems"] == 4
    upload = spec["paths"]["/documents"]["post"]
    assert {"201", "400", "401", "403", "409", "413", "415", "422", "503"} <= set(upload["responses"])
    assert {"200", "401", "403", "404"} <= set(spec["paths"]["/documents/{doc_id}"]["delete"]["responses"])
