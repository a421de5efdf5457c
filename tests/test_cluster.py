"""Several API workers over shared engines, as real processes (rag.cluster, what `make cluster`
runs): a `chroma run` server, llama-cpp-python's OpenAI-compatible server on the embedded GGUF
(conftest's `llama_server`), and `rag serve --workers 2` on one address. Each response names its
worker (X-Worker), so a test can tell which process did what; a prober times /health all along."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from rag.cluster import Cluster, free_port

from conftest import LLAMA_SERVER_MODEL, run_cli

pytestmark = pytest.mark.llm
KEY = "cluster-test-key"
AUTH = {"X-API-Key": KEY}
ARTICLE = """Bupati Garut Lantik 42 Pejabat di Pendopo

GARUT – Bupati Garut Hendra Permana melantik 42 pejabat administrator dan pengawas di Pendopo Garut, Senin (2/3/2026).

Pelantikan digelar untuk mengisi jabatan yang kosong di sejumlah dinas dan kecamatan.

"Saya minta pejabat yang dilantik segera bekerja untuk masyarakat," kata Hendra.
"""
OTHER = """Wali Kota Cimahi Rotasi 25 Pejabat

CIMAHI – Wali Kota Cimahi Dedi Kusnadi merotasi 25 pejabat eselon di Gedung Technopark Cimahi, Senin (9/3/2026).

Rotasi itu disebut sebagai penyegaran organisasi perangkat daerah.
"""
QUESTION = "Berapa pejabat yang dilantik Bupati Garut pada Maret 2026?"


class Prober:
    """GET /health every 0.25 s on a fresh connection, for as long as the module runs."""

    def __init__(self, url: str) -> None:
        self.url, self.samples, self.stop = url, [], threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.is_set():
            started, worker = time.monotonic(), None
            try:
                response = httpx.get(f"{self.url}/health", timeout=5)
                status, worker = response.status_code, response.headers.get("x-worker")
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            self.samples.append((started, time.monotonic(), status, worker))
            time.sleep(0.25)


@pytest.fixture(scope="module")
def cluster(llama_server, tmp_path_factory):
    data = tmp_path_factory.mktemp("cluster")
    # Short replies over a short context: the model server is the test's bottleneck (one generation at a time).
    env = {"RAG_API_KEY": KEY, "RAG_MAX_ANSWER_TOKENS": "40", "RAG_CONTEXT_CHARS": "400", "RAG_LLM_TIMEOUT_S": "150"}
    with Cluster(
        data, model=LLAMA_SERVER_MODEL, llm_url=llama_server.url, port=free_port(), chroma_port=free_port(), workers=2, ingest=(), env=env
    ) as running:
        running.prober = Prober(running.url)
        running.prober.thread.start()
        running.kills = []
        yield running
        running.prober.stop.set()
        running.prober.thread.join(timeout=10)


def upload(cluster: Cluster, name: str, text: str) -> httpx.Response:
    return httpx.post(f"{cluster.url}/documents", files={"file": (name, text.encode())}, headers=AUTH, timeout=120)


def stream_on(cluster: Cluster, worker: str, question: str, until: str = "done", tries: int = 30) -> dict[str, list]:
    """Ask `question` as a stream on a fresh connection until worker `worker` takes it (a stream
    another worker took is closed at its headers, which cancels it); read its events up to `until`."""
    for _ in range(tries):
        with httpx.stream("POST", f"{cluster.url}/ask/stream", json={"question": question}, timeout=150) as response:
            assert response.status_code == 200, response.read()
            if response.headers["x-worker"] != worker:
                continue
            events: dict[str, list] = {}
            name = None
            for line in response.iter_lines():
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: ") and name:
                    events.setdefault(name, []).append(json.loads(line[6:]))
                    if name in (until, "error"):
                        return events
            return events
    raise AssertionError(f"worker {worker} took none of {tries} connections")


def sources(events: dict[str, list]) -> set[str]:
    return {p["source"] for e in events.get("sources", []) for p in e["passages"]}


def test_an_upload_through_one_worker_is_retrieved_by_both_and_answered_by_the_other(cluster):
    workers = [str(pid) for pid in cluster.worker_pids()]
    assert len(workers) == 2

    response = upload(cluster, "garut-pelantikan.txt", ARTICLE)
    assert response.status_code == 201, response.text
    uploader = response.headers["x-worker"]
    other = next(w for w in workers if w != uploader)

    # The uploader's own view (dense and BM25) holds it at once ...
    assert "garut-pelantikan.txt" in sources(stream_on(cluster, uploader, QUESTION, until="sources"))
    # ... and so does the other worker's, whose answer cites it.
    events = stream_on(cluster, other, QUESTION)
    assert "garut-pelantikan.txt" in sources(events)
    assert "error" not in events, events
    done = events["done"][0]
    assert done["found"] is True and "42" in done["answer"], done
    assert {c["source"] for c in done["citations"]} == {"garut-pelantikan.txt"}


def test_a_delete_is_seen_by_both_workers(cluster):
    assert upload(cluster, "cimahi-rotasi.txt", OTHER).status_code == 201
    question = "Berapa pejabat yang dirotasi Wali Kota Cimahi?"
    workers = [str(pid) for pid in cluster.worker_pids()]
    assert all("cimahi-rotasi.txt" in sources(stream_on(cluster, w, question, until="sources")) for w in workers)

    deleted = httpx.delete(f"{cluster.url}/documents/cimahi-rotasi.txt", headers=AUTH, timeout=60)
    assert deleted.status_code == 200, deleted.text

    for worker in workers:
        assert "cimahi-rotasi.txt" not in sources(stream_on(cluster, worker, question, until="sources"))
    seen = {}
    while len(seen) < 2:  # the registry, through each worker
        response = httpx.get(f"{cluster.url}/documents/cimahi-rotasi.txt", timeout=10)
        seen[response.headers["x-worker"]] = response.status_code
    assert set(seen.values()) == {404}


def test_six_concurrent_questions_spread_over_both_workers_all_succeed(cluster):
    questions = [
        QUESTION,
        "How many officials did the Bupati of Garut inaugurate in March 2026?",
        "Di mana Bupati Garut melantik pejabat pada Maret 2026?",
        "Siapa Bupati Garut yang melantik 42 pejabat?",
        "Kapan Bupati Garut melantik 42 pejabat?",
        "Where did the Garut inauguration of 42 officials take place?",
    ]

    def ask(question: str) -> httpx.Response:
        return httpx.post(f"{cluster.url}/ask", json={"question": question}, timeout=300)

    # The kernel hands each connection to whichever worker accepts first, so one round of six may
    # all land on one worker; over a few rounds (answers cached after the first) both take some.
    responses: list[httpx.Response] = []
    for _ in range(5):
        with ThreadPoolExecutor(6) as pool:
            responses += list(pool.map(ask, questions))
        if len({r.headers["x-worker"] for r in responses}) == 2:
            break

    assert all(r.status_code == 200 for r in responses), [r.text[:200] for r in responses if r.status_code != 200]
    assert len({r.headers["x-worker"] for r in responses}) == 2, f"all {len(responses)} went to one worker"
    found = [r.json() for r in responses if r.json()["found"]]
    assert found and all(c["source"] == "garut-pelantikan.txt" for r in found for c in r["citations"])


def test_killing_a_worker_mid_request_loses_no_document_and_the_other_keeps_answering(cluster):
    workers = cluster.worker_pids()
    victim, survivor = workers[0], str(workers[1])
    with ThreadPoolExecutor(6) as pool:
        asks = [pool.submit(httpx.post, f"{cluster.url}/ask", json={"question": q}, timeout=300)
                for q in ("Berapa pejabat dilantik di Garut?", "Who inaugurated 42 officials in Garut?")]
        uploads = [pool.submit(upload, cluster, f"garut-{n}.txt", ARTICLE.replace("42", str(40 + n))) for n in range(3)]
        time.sleep(1.5)  # the answers are with the model, the uploads are being embedded
        os.kill(victim, signal.SIGKILL)
        cluster.kills.append(time.monotonic())
        outcomes = []
        for future in asks + uploads:
            try:
                response = future.result()
                outcomes.append((response.status_code, response.headers.get("x-worker")))
            except httpx.HTTPError as exc:
                outcomes.append((type(exc).__name__, None))

    # What the survivor took, it finished; what died with the victim is an error to its client.
    assert all(status in (200, 201) for status, worker in outcomes if worker == survivor), outcomes
    assert all(worker in (survivor, None) or status in (200, 201) for status, worker in outcomes), outcomes
    acknowledged = {f"garut-{n}.txt" for n, (status, _) in enumerate(outcomes[len(asks):]) if status == 201}

    # No acknowledged document is lost, and every listed document is whole, seen from the survivor.
    listed = {d["id"]: d for d in httpx.get(f"{cluster.url}/documents", timeout=10).json()}
    assert "garut-pelantikan.txt" in listed and acknowledged <= set(listed)
    for doc_id, summary in listed.items():
        detail = httpx.get(f"{cluster.url}/documents/{doc_id}", timeout=10).json()
        assert detail["chunks"] == summary["chunks"] == len(detail["chunk_texts"]) > 0

    # The survivor keeps answering; uvicorn's supervisor starts a new worker in the victim's place.
    answer = httpx.post(f"{cluster.url}/ask", json={"question": QUESTION}, timeout=300)
    assert answer.status_code == 200 and answer.json()["found"], answer.text[:300]
    deadline = time.monotonic() + 90
    while len(cluster.worker_pids()) < 2 or victim in cluster.worker_pids():
        assert time.monotonic() < deadline, "no worker replaced the killed one"
        time.sleep(0.5)


def test_health_answered_within_a_second_throughout(cluster):
    samples = list(cluster.prober.samples)
    assert len(samples) > 20
    at_a_kill = lambda start, end: any(start <= k <= end + 0.5 for k in cluster.kills)  # a probe the dying worker held
    first = samples[0][0]
    slow = [
        {"at_s": round(start - first, 1), "took_s": round(end - start, 2), "status": status, "worker": worker, "kills_at_s": [round(k - first, 1) for k in cluster.kills]}
        for start, end, status, worker in samples
        if (status != 200 or end - start >= 1.0) and not at_a_kill(start, end)
    ]
    assert not slow, f"{len(slow)} of {len(samples)} probes slow or failed: {slow[:10]}"


def test_more_than_one_worker_over_embedded_engines_is_refused_with_what_to_run(tmp_path):
    env = {"RAG_DATA_DIR": str(tmp_path), "RAG_CHROMA_HOST": "", "RAG_BACKEND": "openai"}
    refused = run_cli("serve", "--workers", "2", env=env, timeout=60)
    assert refused.returncode == 1 and "needs a Chroma server" in refused.stderr and "chroma run" in refused.stderr

    env.update(RAG_CHROMA_HOST="127.0.0.1", RAG_BACKEND="embedded")
    refused = run_cli("serve", "--workers", "2", env=env, timeout=60)
    assert refused.returncode == 1 and "needs a model server" in refused.stderr and "llama_cpp.server" in refused.stderr
    assert not (tmp_path / "chroma").exists()  # refused before anything was opened
