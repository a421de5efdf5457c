"""The same code against a real `chroma run` server on loopback."""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from rag.index import Index
from rag.retrieve import Retriever

from conftest import REFERENCE_DATE, SEEDS, free_port


@pytest.fixture
def chroma_server(tmp_path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server-db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"chroma server did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
        time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=20)


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
