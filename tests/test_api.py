"""The HTTP contract, over real HTTP against uvicorn."""

import json

import httpx
import pytest
from openai import OpenAI

from rag.settings import Settings
from server.app import create_app

from conftest import LiveServer, free_port

ASK = "How many officials did Tatu rotate in Dec 2018?"


def _events(body: str) -> list[tuple[str, dict]]:
    events = []
    for frame in body.strip().split("\n\n"):
        if frame.startswith(":"):  # an SSE comment (accepted, waiting): clients skip it
            continue
        lines = dict(line.split(": ", 1) for line in frame.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


@pytest.mark.llm
def test_ask_returns_the_documented_contract(live_server):
    response = httpx.post(f"{live_server.url}/ask", json={"question": ASK}, timeout=300)
    assert response.status_code == 200
    body = response.json()
    assert isinstance(body["answer"], str) and "107" in body["answer"]
    assert body["found"] is True and body["language"] == "en" and isinstance(body["timings"], dict)
    citation = body["citations"][0]
    assert {"id", "source", "title", "date", "quote", "score"} <= set(citation)
    assert isinstance(citation["id"], int) and isinstance(citation["score"], float)
    assert citation["source"].startswith("000") and citation["date"] == "2018-12-13"


@pytest.mark.llm
def test_ask_stream_sends_tokens_then_a_final_event(live_server):
    with httpx.stream("POST", f"{live_server.url}/ask/stream", json={"question": ASK}, timeout=300) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    events = _events(body)
    kinds = [kind for kind, _ in events]
    assert kinds[-1] == "done" and kinds.count("done") == 1 and "token" in kinds
    streamed = "".join(data["text"] for kind, data in events if kind == "token")
    done = events[-1][1]
    assert "107" in streamed and done["found"] is True and done["citations"][0]["source"].startswith("000")


@pytest.mark.llm
def test_openai_client_gets_answer_with_sources_streaming_and_not(live_server):
    client = OpenAI(base_url=f"{live_server.url}/v1", api_key="unused", timeout=300)
    reply = client.chat.completions.create(model="serang-rag", messages=[{"role": "user", "content": ASK}])
    text = reply.choices[0].message.content
    assert "107" in text and "Sources:" in text and "000_489c06fae7c54e75.txt" in text
    stream = client.chat.completions.create(model="serang-rag", messages=[{"role": "user", "content": ASK}], stream=True)
    streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert "107" in streamed and "000_489c06fae7c54e75.txt" in streamed


@pytest.mark.parametrize(
    "payload, fragment",
    [
        ({"question": ""}, "question"),
        ({"question": "   "}, "empty"),
        ({"question": "x" * 5000}, "longer than"),
        ({}, "question"),
        ({"question": "ok?", "filters": {"date_from": "2020-01-01", "date_to": "2019-01-01"}}, "date_from"),
        ({"question": "ok?", "filters": {"government": "X"}}, "government"),
        ({"question": "ok?", "filters": {"date_from": "13/12/2018"}}, "date_from"),
        ({"question": "ok?", "top_k": 0}, "top_k"),
        ({"question": "ok?", "history": [{"role": "system", "content": "x"}]}, "role"),
    ],
)
def test_bad_ask_requests_get_4xx_with_a_message(live_server, payload, fragment):
    response = httpx.post(f"{live_server.url}/ask", json=payload, timeout=30)
    assert 400 <= response.status_code < 500
    assert fragment in json.dumps(response.json())


def test_malformed_json_is_a_4xx(live_server):
    response = httpx.post(f"{live_server.url}/ask", content=b'{"question": ', headers={"content-type": "application/json"}, timeout=30)
    assert response.status_code == 422 and "json" in response.text.lower()


def test_documents_list_and_detail(live_server):
    docs = httpx.get(f"{live_server.url}/documents").json()
    assert len(docs) == 5
    first = next(d for d in docs if d["id"].startswith("003"))
    assert first["outlet"] == "RMBANTEN.COM" and first["government"] == "Kota Serang" and first["chunks"] >= 1
    detail = httpx.get(f"{live_server.url}/documents/{first['id']}").json()
    assert "Nomor 81" in detail["text"] and len(detail["chunk_texts"]) == first["chunks"]
    assert httpx.get(f"{live_server.url}/documents/nope.txt").status_code == 404


def test_health_reports_backend_model_and_index(live_server):
    health = httpx.get(f"{live_server.url}/health").json()
    assert health["backend"] == "embedded" and health["model"]
    assert health["llm_reachable"] is True and health["index"] == {"documents": 5, "chunks": health["index"]["chunks"]}
    assert httpx.get(f"{live_server.url}/openapi.json").status_code == 200


def test_uploads_are_refused_without_a_configured_key(live_server):
    response = httpx.post(f"{live_server.url}/documents", files={"file": ("new.txt", b"Bupati Serang melantik 3 pejabat.")})
    assert response.status_code == 403 and "RAG_API_KEY" in response.json()["detail"]


def test_upload_and_delete_with_the_api_key(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", api_key="s3cret", backend="embedded")
    article = "Pemkot Serang melantik 12 pejabat di Alun-alun Kota Serang, Senin (5/1/2026).".encode()
    with LiveServer(create_app(settings)) as server:
        url = f"{server.url}/documents"
        assert httpx.post(url, files={"file": ("a.txt", article)}, headers={"X-API-Key": "wrong"}).status_code == 401
        bad = httpx.post(url, files={"file": ("b.txt", b"\xff\xfe\x00bin")}, headers={"X-API-Key": "s3cret"})
        assert bad.status_code == 415 and "rejected" in bad.json()["detail"]
        traversal = httpx.post(url, files={"file": ("../../evil.txt", article)}, headers={"X-API-Key": "s3cret"})
        assert traversal.status_code == 201 and traversal.json()["id"] == "evil.txt"
        assert (tmp_path / "data" / "uploads" / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()
        assert httpx.post(url, files={"file": ("notes.exe", article)}, headers={"X-API-Key": "s3cret"}).status_code == 400
        created = httpx.post(url, files={"file": ("alun.txt", article)}, headers={"X-API-Key": "s3cret"})
        assert created.status_code == 201 and created.json()["date"] == "2026-01-05"
        assert sorted(d["id"] for d in httpx.get(url).json()) == ["alun.txt", "evil.txt"]
        assert httpx.delete(f"{url}/alun.txt", headers={"X-API-Key": "s3cret"}).json()["deleted"] is True
        assert httpx.get(f"{url}/alun.txt").status_code == 404
        assert httpx.delete(f"{url}/alun.txt", headers={"X-API-Key": "s3cret"}).status_code == 404
        assert not (tmp_path / "data" / "uploads" / "alun.txt").exists()


def test_llm_down_is_a_503_with_a_clear_message_not_a_hang(seed_index):
    settings = Settings(
        data_dir=seed_index.settings.data_dir, backend="ollama", ollama_host=f"http://127.0.0.1:{free_port()}", llm_timeout_s=3,
        answer_cache=False,
    )
    with LiveServer(create_app(settings)) as server:
        for path in ("/ask", "/ask/stream"):
            response = httpx.post(f"{server.url}{path}", json={"question": ASK}, timeout=20)
            assert response.status_code == 503 and "not reachable" in response.json()["detail"]
        chat = httpx.post(f"{server.url}/v1/chat/completions", json={"messages": [{"role": "user", "content": ASK}]}, timeout=20)
        assert chat.status_code == 503
        assert httpx.get(f"{server.url}/health").json()["llm_reachable"] is False
