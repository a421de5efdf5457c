"""Conversations kept on the server (RAG_CONVERSATIONS=server), over real HTTP: the app under
uvicorn with two keys (two people), its real SQLite file. No model is needed: the LLM address is one nothing listens on."""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from rag.settings import Settings
from server.app import create_app

from conftest import LiveServer, free_port

KEY, OTHER_KEY = "key-of-rina", "key-of-budi"


def conversation(conv_id: str = "lxk2f9a1b2c3", title: str = "How many officials did Tatu rotate?", updated: int = 1_764_500_000_000, **extra) -> dict:
    """A conversation as the chat page keeps it (an answered question, with its citation and feedback)."""
    return {
        "id": conv_id, "title": title, "created": 1_764_400_000_000, "updated": updated,
        "turns": [
            {"role": "user", "content": "How many officials did Tatu rotate in Dec 2018?"},
            {
                "role": "assistant", "content": "107 officials [1]", "ms": 5123,
                "data": {"answer": "107 officials [1]", "found": True, "citations": [{"id": 1, "source": "000_rotasi.txt", "quote": "107 pejabat"}], "answer_id": "a" * 32},
                "feedback": {"rating": "up", "id": 3, "reason": None, "correction": None},
            },
        ],
        **extra,
    }


def settings_for(data_dir, **overrides) -> Settings:
    values = dict(data_dir=data_dir, backend="ollama", ollama_host=f"http://127.0.0.1:{free_port()}", llm_timeout_s=2, answer_cache=False)
    return Settings(**{**values, **overrides})


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("conversations") / "data"


@pytest.fixture(scope="module")
def server(data_dir):
    with LiveServer(create_app(settings_for(data_dir, api_key=f"{KEY},{OTHER_KEY}", conversations="server", max_conversation_bytes=20_000))) as live:
        yield live


def call(server, method: str, path: str, key: str | None = KEY, **kwargs) -> httpx.Response:
    headers = {"X-API-Key": key} if key else {}
    return httpx.request(method, f"{server.url}{path}", headers=headers, timeout=30, **kwargs)


def test_a_conversation_is_stored_listed_newest_first_replaced_idempotently_and_deleted(server, data_dir):
    assert httpx.get(f"{server.url}/health", timeout=30).json()["conversations"] == "server"
    first = conversation()
    created = call(server, "PUT", f"/conversations/{first['id']}", json=first)
    assert created.status_code == 201 and created.json() == first
    again = call(server, "PUT", f"/conversations/{first['id']}", json=first)  # a retried save: same row, nothing new
    assert again.status_code == 200 and call(server, "GET", f"/conversations/{first['id']}").json() == first

    newer = conversation("lxk3newer", title="Di mana pelantikan?", updated=first["updated"] + 60_000)
    assert call(server, "PUT", f"/conversations/{newer['id']}", json=newer).status_code == 201
    listed = call(server, "GET", "/conversations").json()
    assert [c["id"] for c in listed] == [newer["id"], first["id"]] and listed[1] == {
        "id": first["id"], "title": first["title"], "created": first["created"], "updated": first["updated"], "turns": 2,
    }

    renamed = {**first, "title": "Rotasi Serang 2018", "updated": newer["updated"] + 1}
    assert call(server, "PUT", f"/conversations/{first['id']}", json=renamed).status_code == 200
    assert [c["title"] for c in call(server, "GET", "/conversations").json()] == ["Rotasi Serang 2018", newer["title"]]
    with sqlite3.connect(data_dir / "conversations.sqlite") as db:  # one row per conversation, in the data dir
        assert db.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 2
    db.close()

    deleted = call(server, "DELETE", f"/conversations/{newer['id']}")
    assert deleted.status_code == 200 and deleted.json() == {"id": newer["id"], "deleted": True}
    assert call(server, "GET", f"/conversations/{newer['id']}").status_code == 404
    assert call(server, "DELETE", f"/conversations/{newer['id']}").status_code == 404
    assert [c["id"] for c in call(server, "GET", "/conversations").json()] == [first["id"]]


def test_one_key_never_sees_or_changes_another_keys_conversation(server):
    """Two people, one server (RAG_API_KEY="key-of-rina,key-of-budi"): each key's conversations are
    its own, even under the same id; a key the server does not know is a 401."""
    mine = conversation("shared-id-1", title="Rina's")
    assert call(server, "PUT", f"/conversations/{mine['id']}", json=mine).status_code in (200, 201)
    assert call(server, "GET", f"/conversations/{mine['id']}", key=OTHER_KEY).status_code == 404
    assert mine["id"] not in [c["id"] for c in call(server, "GET", "/conversations", key=OTHER_KEY).json()]
    assert call(server, "DELETE", f"/conversations/{mine['id']}", key=OTHER_KEY).status_code == 404
    theirs = {**mine, "title": "Budi's"}  # the same id under the other key is its own conversation
    assert call(server, "PUT", f"/conversations/{mine['id']}", key=OTHER_KEY, json=theirs).status_code == 201
    assert call(server, "GET", f"/conversations/{mine['id']}", key=OTHER_KEY).json()["title"] == "Budi's"
    assert call(server, "GET", f"/conversations/{mine['id']}").json()["title"] == "Rina's"
    assert call(server, "GET", "/conversations", key="key-of-nobody").status_code == 401


@pytest.mark.parametrize(
    "path, body, status, fragment",
    [
        ("/conversations/abc", conversation("xyz"), 400, "is not the 'abc' of its address"),
        ("/conversations/has.dot", conversation("has.dot"), 422, "conv_id"),
        ("/conversations/" + "a" * 65, conversation("a" * 65), 422, "conv_id"),
        ("/conversations/abc", conversation("abc", owner="me"), 422, "owner"),
        ("/conversations/abc", {**conversation("abc"), "turns": [{"role": "system", "content": "be nice"}]}, 422, "role"),
        ("/conversations/abc", {**conversation("abc"), "created": -1}, 422, "created"),
        ("/conversations/abc", {**conversation("abc"), "turns": [{"role": "user", "content": "x" * 8001}]}, 422, "content"),
        ("/conversations/abc", {**conversation("abc"), "turns": [{"role": "user", "content": "x" * 7000}] * 4}, 413, "RAG_MAX_CONVERSATION_BYTES"),
    ],
)
def test_bad_conversations_are_refused_with_a_4xx_that_says_what_is_wrong(server, path, body, status, fragment):
    response = call(server, "PUT", path, json=body)
    assert response.status_code == status and fragment in response.text, response.text
    assert call(server, "GET", "/conversations/abc").status_code == 404  # nothing was stored


def test_without_the_key_or_with_a_bad_body_nothing_is_read_or_written(server):
    assert call(server, "GET", "/conversations", key=None).status_code == 401
    assert call(server, "GET", "/conversations", key="wrong").status_code == 401
    assert call(server, "PUT", "/conversations/abc", key=None, json=conversation("abc")).status_code == 401
    not_json = httpx.put(f"{server.url}/conversations/abc", content=b"{not json", headers={"X-API-Key": KEY, "Content-Type": "application/json"}, timeout=30)
    assert not_json.status_code == 422


def test_conversations_kept_in_the_browser_are_a_404_here_and_health_says_so(tmp_path):
    with LiveServer(create_app(settings_for(tmp_path / "data", api_key=KEY))) as browser_only:
        assert httpx.get(f"{browser_only.url}/health", timeout=30).json()["conversations"] == "browser"
        for method, path in (("GET", "/conversations"), ("GET", "/conversations/abc"), ("DELETE", "/conversations/abc")):
            response = call(browser_only, method, path)
            assert response.status_code == 404 and "RAG_CONVERSATIONS=server" in response.json()["detail"]
        assert call(browser_only, "PUT", "/conversations/abc", json=conversation("abc")).status_code == 404
    assert not (tmp_path / "data" / "conversations.sqlite").exists()
    with LiveServer(create_app(settings_for(tmp_path / "data", conversations="server"))) as keyless:  # no RAG_API_KEY: no owner to keep them under
        response = call(keyless, "GET", "/conversations")
        assert response.status_code == 403 and "RAG_API_KEY" in response.json()["detail"]
