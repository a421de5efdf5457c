"""The same code against a real `chroma run` server on loopback."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rag.cluster import Process
from rag.index import Index
from rag.retrieve import Retriever

from conftest import REFERENCE_DATE, SEEDS, free_port


@pytest.fixture
def chroma_server(tmp_path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    log = tmp_path / "chroma.log"
    with log.open("wb") as sink:
        popen = subprocess.Popen(
            [chroma, "run", "--path", str(tmp_path / "server-db"), "--host", "127.0.0.1", "--port", str(port)], stdout=sink, stderr=subprocess.STDOUT
        )
    server = Process("chroma", popen, log, f"http://127.0.0.1:{port}/api/v2/heartbeat")
    try:
        server.wait_ready(60)
        yield port
    finally:
        server.stop(grace_s=20)


def test_ingest_and_query_through_a_chroma_server(make_settings, chroma_server, tmp_path):
    settings = make_settings(chroma_host="127.0.0.1", chroma_port=chroma_server)
    index = Index(settings)
    report = index.ingest([SEEDS], reference=REFERENCE_DATE, progress=False)
    assert len(report.added) == 5
    assert not (settings.data_dir / "chroma").exists(), "server mode must not create a local Chroma"

    # A second client (another process, another machine) sees the same index and skips unchanged files.
    again = Index(make_settings(chroma_host="127.0.0.1", chroma_port=chroma_server)).ingest([SEEDS], progress=False)
    assert len(again.unchanged) == 5 and again.chunks == report.chunks

    passages = Retriever(index).retrieve("How many officials did Tatu rotate in Dec 2018?", top_k=3)
    assert passages[0].doc_id.startswith("000")
