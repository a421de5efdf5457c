"""kill -9 in the middle of `rag ingest` and in the middle of an upload to `rag serve`, then run again
(restart): the index equals a clean ingest chunk for chunk (per-document counts and ids, sentence
rows too). Real processes, real Chroma on disk, real embeddings."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from rag.corpus import read_article
from rag.index import Index
from rag.settings import Settings

from conftest import SEEDS, free_port, run_cli

RAG = Path(sys.executable).with_name("rag")

_SNAPSHOT = """
import json, sys
from rag.index import Index
from rag.settings import Settings
index = Index(Settings(data_dir=sys.argv[1]))
print(json.dumps({
    "records": {r["doc_id"]: [r["doc_hash"], r["chunks"]] for r in index.documents()},
    "chunks": sorted(index.chunks.get(include=[])["ids"]),
    "sentences": sorted(index.sentences.get(include=[])["ids"]),
}))
"""


def snapshot(data_dir: Path) -> dict:
    """The index as a fresh process sees it: registry (hash, chunk count), every chunk and sentence id."""
    done = subprocess.run([sys.executable, "-c", _SNAPSHOT, str(data_dir)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def index_state(index: Index) -> dict:
    return {
        "records": {r["doc_id"]: [r["doc_hash"], r["chunks"]] for r in index.documents()},
        "chunks": sorted(index.chunks.get(include=[])["ids"]),
        "sentences": sorted(index.sentences.get(include=[])["ids"]),
    }


def merged(*states: dict) -> dict:
    return {
        "records": {k: v for s in states for k, v in s["records"].items()},
        "chunks": sorted(c for s in states for c in s["chunks"]),
        "sentences": sorted(c for s in states for c in s["sentences"]),
    }


def wait_for_progress(proc: subprocess.Popen, marker: str, timeout: float = 120) -> None:
    """Read the ingest's stderr (tqdm) until `marker` shows."""
    deadline, seen = time.monotonic() + timeout, ""
    os.set_blocking(proc.stderr.fileno(), False)
    while marker not in seen:
        assert time.monotonic() < deadline and proc.poll() is None, f"no {marker!r} in {seen[-500:]!r}"
        chunk = proc.stderr.read(4096)
        if chunk:
            seen += chunk.decode(errors="replace")
        else:
            time.sleep(0.01)


def test_kill_9_during_ingest_then_the_next_run_equals_a_clean_ingest(tmp_path, make_settings):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(5):
        (corpus / f"{n:03d}_berita.txt").write_bytes(_paragraphs(f"artikel {n}", 14))
    clean = Index(make_settings(data_dir=tmp_path / "clean"))
    clean.ingest([corpus], progress=False)
    data = tmp_path / "data"
    proc = subprocess.Popen([str(RAG), "ingest", str(corpus)], env={**os.environ, "RAG_DATA_DIR": str(data)}, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        wait_for_progress(proc, "| 2/5")  # two documents committed, the third being written
        time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    killed = snapshot(data)
    assert 2 <= len(killed["records"]) < 5  # it did die midway
    rerun = run_cli("ingest", str(corpus), "--json", env={"RAG_DATA_DIR": str(data)})
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert snapshot(data) == index_state(clean)


def _paragraphs(version: str, n: int) -> bytes:
    return "\n\n".join(
        f"Pemkot Serang ({version}) melantik {i + 3} pejabat di Kecamatan Nomor {i}, Senin (5/1/2026), kata Kepala BKPSDM kepada wartawan."
        for i in range(n)
    ).encode()


class Serve:
    """`rag serve` as a real process on a data dir."""

    def __init__(self, data: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_API_KEY": "s3cret", "RAG_BACKEND": "ollama",
               "RAG_OLLAMA_HOST": f"http://127.0.0.1:{free_port()}", "RAG_ANSWER_CACHE": "false"}
        self.log = data.parent / f"serve-{self.port}.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen([str(RAG), "serve", "--port", str(self.port)], env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while True:
            assert self.proc.poll() is None and time.monotonic() < deadline, f"rag serve did not start:\n{self.log.read_text()[-3000:]}"
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)

    def upload(self, name: str, body: bytes, replace: bool = False) -> httpx.Response:
        return httpx.post(
            f"{self.url}/documents", params={"replace": "true"} if replace else None, files={"file": (name, body)},
            headers={"X-API-Key": "s3cret"}, timeout=300,
        )

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=30)


def _upload_expecting_death(server: Serve, body: bytes) -> None:
    try:
        server.upload("berita.txt", body, replace=True)
    except httpx.HTTPError:
        pass  # the server died under it, as intended


def rows_written(data: Path, prefix: str) -> int:
    """Chroma rows (chunks or sentences) whose id starts with `prefix`, read from its SQLite file."""
    db = sqlite3.connect(f"file:{data / 'chroma' / 'chroma.sqlite3'}?mode=ro", uri=True, timeout=1)
    try:
        like = prefix.replace("_", r"\_") + "%"
        rows = db.execute(
            r"SELECT (SELECT count(*) FROM embeddings WHERE embedding_id LIKE ? ESCAPE '\')"
            r" + (SELECT count(*) FROM embeddings_queue WHERE id LIKE ? ESCAPE '\')",
            (like, like),
        ).fetchone()
        return rows[0]
    except sqlite3.OperationalError:  # locked by the writer for a moment
        return 0
    finally:
        db.close()


def test_kill_9_during_an_upload_then_restart_equals_a_clean_ingest(tmp_path, seed_index):
    data = tmp_path / "data"
    shutil.copytree(seed_index.settings.data_dir, data)
    first, second = _paragraphs("v1", 2), _paragraphs("v2", 12)
    files = tmp_path / "files"
    files.mkdir()
    (files / "v1" ).mkdir()
    (files / "v2").mkdir()
    (files / "v1" / "berita.txt").write_bytes(first)
    (files / "v2" / "berita.txt").write_bytes(second)
    clean = {}  # each version indexed on its own, the way ingest does it
    for version in ("v1", "v2"):
        index = Index(Settings(data_dir=tmp_path / f"clean-{version}"))
        index.add_article(read_article(files / version / "berita.txt", 10**7))
        clean[version] = index_state(index)
    seeds = index_state(seed_index)

    server = Serve(data)
    try:
        assert server.upload("berita.txt", first).status_code == 201
        # Replace it with another version and kill the server as that version's first rows land
        # in Chroma: (almost always) before its registry record, the commit point, follows.
        new_rows = clean["v2"]["sentences"][0].split("~")[0]
        replacing = threading.Thread(target=_upload_expecting_death, args=(server, second))
        replacing.start()
        deadline = time.monotonic() + 120
        while rows_written(data, new_rows) == 0:
            assert time.monotonic() < deadline, "the replacing upload never wrote"
            time.sleep(0.002)
        server.kill()
        replacing.join(timeout=60)
    finally:
        server.stop()

    server = Serve(data)  # a restart collects what the killed upload left
    try:
        # Exactly the state before the commit point, or (should the kill have come a few ms late)
        # exactly the state after it; never a mix.
        assert snapshot(data) in (merged(seeds, clean["v1"]), merged(seeds, clean["v2"]))
        assert not [p.name for p in (data / "uploads").iterdir() if p.name.endswith(".tmp")]
        retried = server.upload("berita.txt", second, replace=True)
        assert retried.status_code == 200 and retried.json()["status"] in ("updated", "unchanged"), retried.text
        assert snapshot(data) == merged(seeds, clean["v2"])
    finally:
        server.stop()
