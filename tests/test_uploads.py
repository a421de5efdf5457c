"""Uploads and deletes over real HTTP, real Chroma and real embeddings (issue 14): concurrent uploads
of one name, who may replace or delete what, and the repair of a document whose chunks disagree
with its registry record."""

from __future__ import annotations

import hashlib
import shutil
import threading
from pathlib import Path

import httpx
import pytest

from rag.index import Index
from rag.settings import Settings
from server.app import create_app

from conftest import REFERENCE_DATE, SEEDS, LiveServer

KEY = {"X-API-Key": "s3cret"}


def article(number: int) -> bytes:
    return (
        f"Pemkot Serang melantik {number} pejabat di Alun-alun Kota Serang, Senin (5/1/2026).\n\n"
        f"Wali Kota Serang mengatakan {number} pejabat itu mengisi jabatan administrator dan pengawas."
    ).encode()


def uploads_dir(server_settings: Settings) -> Path:
    return server_settings.data_dir / "uploads"


def consistent(index: Index, doc_id: str) -> dict:
    """The document's registry record, after checking its chunks and sentences are exactly the committed ones."""
    record = next((r for r in index.documents() if r["doc_id"] == doc_id), None)
    assert record is not None
    metas = index.chunks.get(where={"doc_id": doc_id}, include=["metadatas"])["metadatas"]
    assert len(metas) == record["chunks"] >= 1
    assert {m["doc_hash"] for m in metas} == {record["doc_hash"]}
    sentences = index.sentences.get(where={"doc_id": doc_id}, include=["metadatas"])["metadatas"]
    assert sentences and {m["doc_hash"] for m in sentences} == {record["doc_hash"]}
    return record


def parallel_uploads(url: str, name: str, bodies: list[bytes], params: dict | None = None) -> list[httpx.Response]:
    barrier = threading.Barrier(len(bodies))
    results: list[httpx.Response | None] = [None] * len(bodies)

    def upload(i: int) -> None:
        barrier.wait()
        results[i] = httpx.post(f"{url}/documents", params=params, files={"file": (name, bodies[i])}, headers=KEY, timeout=120)

    threads = [threading.Thread(target=upload, args=(i,)) for i in range(len(bodies))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results  # type: ignore[return-value]


@pytest.fixture
def upload_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", api_key="s3cret", backend="embedded", answer_cache=False)


@pytest.fixture
def seeded_settings(tmp_path, seed_index) -> Settings:
    """A private copy of the session's seed index, uploads on."""
    shutil.copytree(seed_index.settings.data_dir, tmp_path / "seeded")
    return Settings(data_dir=tmp_path / "seeded", api_key="s3cret", backend="embedded", answer_cache=False)


def test_parallel_uploads_of_one_name_create_it_once(upload_settings):
    bodies = [article(100 + i) for i in range(6)]
    with LiveServer(create_app(upload_settings)) as server:
        responses = parallel_uploads(server.url, "same.txt", bodies)
        statuses = sorted(r.status_code for r in responses)
        assert statuses == [201] + [409] * 5, [(r.status_code, r.text[:200]) for r in responses]
        winner = bodies[[r.status_code for r in responses].index(201)]
        for refused in (r for r in responses if r.status_code == 409):
            assert "replace=true" in refused.json()["detail"]
    record = consistent(Index(upload_settings), "same.txt")
    assert record["doc_hash"] == hashlib.sha256(winner).hexdigest()
    assert sorted(p.name for p in uploads_dir(upload_settings).iterdir()) == ["same.txt"]  # no temp file left
    assert (uploads_dir(upload_settings) / "same.txt").read_bytes() == winner


def test_parallel_replacing_uploads_leave_one_whole_document(upload_settings):
    bodies = [article(200 + i) for i in range(6)]
    with LiveServer(create_app(upload_settings)) as server:
        assert httpx.post(f"{server.url}/documents", files={"file": ("same.txt", article(199))}, headers=KEY, timeout=60).status_code == 201
        responses = parallel_uploads(server.url, "same.txt", bodies, params={"replace": "true"})
        assert all(r.status_code == 200 and r.json()["status"] == "updated" for r in responses), [r.text[:200] for r in responses]
        served = httpx.get(f"{server.url}/documents/same.txt", timeout=10).json()
    record = consistent(Index(upload_settings), "same.txt")
    on_disk = (uploads_dir(upload_settings) / "same.txt").read_bytes()
    assert on_disk in bodies and record["doc_hash"] == hashlib.sha256(on_disk).hexdigest()
    assert served["chunks"] == len(served["chunk_texts"]) == record["chunks"]
    assert sorted(p.name for p in uploads_dir(upload_settings).iterdir()) == ["same.txt"]


def test_seed_documents_cannot_be_replaced_or_deleted_through_the_api(seeded_settings):
    seed = sorted(p.name for p in SEEDS.glob("*.txt"))[0]
    before = Index(seeded_settings).document(seed)
    with LiveServer(create_app(seeded_settings)) as server:
        url = f"{server.url}/documents"
        taken = httpx.post(url, files={"file": (seed, article(999))}, headers=KEY, timeout=60)
        assert taken.status_code == 409, taken.text
        forced = httpx.post(url, params={"replace": "true"}, files={"file": (seed, article(999))}, headers=KEY, timeout=60)
        assert forced.status_code == 403 and "rag ingest" in forced.json()["detail"], forced.text
        deleted = httpx.delete(f"{url}/{seed}", headers=KEY, timeout=60)
        assert deleted.status_code == 403, deleted.text
    after = Index(seeded_settings).document(seed)
    assert after["doc_hash"] == before["doc_hash"] and after["chunks"] == before["chunks"]
    assert [c["id"] for c in after["chunks"]] == [c["id"] for c in before["chunks"]]


def test_an_upload_is_replaced_only_when_asked_and_by_the_key_that_made_it(upload_settings):
    with LiveServer(create_app(upload_settings)) as server:
        url = f"{server.url}/documents"
        assert httpx.post(url, files={"file": ("a.txt", article(1))}, headers=KEY, timeout=60).status_code == 201
        again = httpx.post(url, files={"file": ("a.txt", article(2))}, headers=KEY, timeout=60)
        assert again.status_code == 409 and "replace=true" in again.json()["detail"]
        replaced = httpx.post(url, params={"replace": "true"}, files={"file": ("a.txt", article(2))}, headers=KEY, timeout=60)
        assert replaced.status_code == 200 and replaced.json()["status"] == "updated"
        same = httpx.post(url, params={"replace": "true"}, files={"file": ("a.txt", article(2))}, headers=KEY, timeout=60)
        assert same.status_code == 200 and same.json()["status"] == "unchanged"
    other = upload_settings.model_copy(update={"api_key": "another-key"})
    with LiveServer(create_app(other)) as server:
        url = f"{server.url}/documents"
        theirs = httpx.post(url, params={"replace": "true"}, files={"file": ("a.txt", article(3))}, headers={"X-API-Key": "another-key"}, timeout=60)
        assert theirs.status_code == 403, theirs.text
        assert httpx.delete(f"{url}/a.txt", headers={"X-API-Key": "another-key"}, timeout=60).status_code == 403
    with LiveServer(create_app(upload_settings)) as server:
        assert httpx.delete(f"{server.url}/documents/a.txt", headers=KEY, timeout=60).status_code == 200
    assert Index(upload_settings).document("a.txt") is None and not (uploads_dir(upload_settings) / "a.txt").exists()


def test_ingest_repairs_a_document_whose_chunks_disagree_with_its_registry(seeded_settings):
    index = Index(seeded_settings)
    victim = sorted(r["doc_id"] for r in index.documents())[1]
    clean = sorted(index.chunks.get(where={"doc_id": victim})["ids"])
    index.chunks.delete(where={"doc_id": victim})  # what the old same-name upload race left: a record, no chunks
    index.sentences.delete(ids=index.sentences.get(where={"doc_id": victim})["ids"][:2])

    report = index.ingest([SEEDS], reference=REFERENCE_DATE, progress=False)

    assert report.repaired == [victim] and victim not in report.updated
    assert sorted(index.chunks.get(where={"doc_id": victim})["ids"]) == clean
    consistent(index, victim)


def test_an_upload_repairs_its_document(upload_settings):
    with LiveServer(create_app(upload_settings)) as server:
        url = f"{server.url}/documents"
        assert httpx.post(url, files={"file": ("r.txt", article(7))}, headers=KEY, timeout=60).status_code == 201
        clean = sorted(Index(upload_settings).chunks.get(where={"doc_id": "r.txt"})["ids"])
        Index(upload_settings).chunks.delete(where={"doc_id": "r.txt"})
        again = httpx.post(url, params={"replace": "true"}, files={"file": ("r.txt", article(7))}, headers=KEY, timeout=60)
        assert again.status_code == 200 and again.json()["status"] == "repaired", again.text
        assert again.json()["chunks"] == len(clean)
    assert sorted(Index(upload_settings).chunks.get(where={"doc_id": "r.txt"})["ids"]) == clean


def test_a_repeated_question_is_answered_from_the_cache_until_an_upload_changes_the_index(tmp_path, seed_index):
    """Over HTTP: the second asking is `cached: true` and costs no model call; an upload makes the
    next asking go to the model again (the index revision is part of the key)."""
    from ollama_standin import DEFAULT_MODEL, OllamaStandIn, reply, sentences_in

    shutil.copytree(seed_index.settings.data_dir, tmp_path / "data")

    def copies_the_count(request: dict) -> str:
        found = [(n, w) for n, t in sentences_in(request).items() for w in t.split() if w.isdigit()]
        return reply(f"{found[0][1]} [1]", found[0][0]) if found else reply("NOT FOUND")

    with OllamaStandIn(models=[DEFAULT_MODEL], responder=copies_the_count) as ollama:
        settings = Settings(data_dir=tmp_path / "data", api_key="s3cret", backend="ollama", ollama_host=ollama.url, ollama_model=DEFAULT_MODEL)
        with LiveServer(create_app(settings)) as server:
            ask = lambda: httpx.post(f"{server.url}/ask", json={"question": "Berapa pejabat dilantik di Pasar Kepandean, Kecamatan Walantaka?"}, timeout=60).json()
            first, again = ask(), ask()
            assert first["cached"] is False and again["cached"] is True
            assert again["answer"] == first["answer"] and len(ollama.chat_requests) == 1
            uploaded = httpx.post(
                f"{server.url}/documents", files={"file": ("walantaka.txt", "Pemkot melantik 12 pejabat di Pasar Kepandean, Kecamatan Walantaka, Senin (2/3/2026).".encode())},
                headers=KEY, timeout=120,
            )
            assert uploaded.status_code == 201, uploaded.text
            after = ask()
            assert after["cached"] is False and len(ollama.chat_requests) == 2
