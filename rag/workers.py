"""When `rag serve --workers N` may run N API processes, and what to run instead when it may not.

Why: several workers only help when what they share lives outside them. Embedded Chroma caches its
vector index per process (a second process writing the same folder corrupts or misses writes), and
the embedded model would be loaded once per worker (N copies of the weights, N generations fighting
over the same cores). So N > 1 needs a Chroma server and a model server; everything else a worker
keeps is either per-request or re-read when the index revision (stored in Chroma) moves.

Metrics are the one thing each worker counts in its own memory. With N > 1, `rag serve` gives the
workers a shared folder for prometheus-client's multiprocess mode (`metrics_dir`): every worker
writes its counters there, and /metrics, whichever worker answers it, sums them all.

Example:
    >>> check_workers(Settings(chroma_host="127.0.0.1", backend="openai"), 2)  # fine, returns None
    >>> check_workers(Settings(backend="openai"), 2)
    Traceback (most recent call last):
    rag.workers.WorkersRefused: --workers 2 needs a Chroma server ...
    >>> with metrics_dir(Path("/tmp/data")) as folder:  # doctest: +SKIP
    ...     os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)  # before any worker starts
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rag.llm import ollama_reachable
from rag.settings import Settings

CHROMA_HINT = (
    "start one with `chroma run --path data/chroma-server --port 8001` and set RAG_CHROMA_HOST=127.0.0.1 RAG_CHROMA_PORT=8001 "
    "(then `rag ingest` into it), or run `make cluster`"
)
LLM_HINT = (
    "serve the model once, e.g. `python -m llama_cpp.server --model data/models/<model>.gguf --port 8080 --interrupt_requests False` "
    "with RAG_BACKEND=openai RAG_OPENAI_RESPONSE_FORMAT=json_object, or Ollama with RAG_BACKEND=ollama; or run `make cluster`"
)


class WorkersRefused(RuntimeError):
    """N > 1 workers over something a worker cannot share; the message says what to run instead."""


def check_workers(settings: Settings, workers: int) -> None:
    """Raise WorkersRefused when `workers` processes cannot share this configuration."""
    if workers <= 1:
        return
    if not settings.chroma_host:
        raise WorkersRefused(f"--workers {workers} needs a Chroma server: embedded Chroma is one process's. To fix: {CHROMA_HINT}")
    backend = settings.backend
    if backend == "auto":
        backend = "ollama" if ollama_reachable(settings) else "embedded"
    if backend == "embedded":
        raise WorkersRefused(
            f"--workers {workers} needs a model server: the embedded model would be loaded by every worker "
            f"(RAG_BACKEND={settings.backend}{', and no Ollama answers' if settings.backend == 'auto' else ''}). To fix: {LLM_HINT}"
        )


MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def pid_alive(pid: int) -> bool:
    """Whether a process of that id exists (signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def metrics_dir(data_dir: Path) -> Iterator[Path]:
    """A fresh, empty folder for this supervisor's workers' metric files,
    `data_dir/metrics/serve-<pid>`, removed when the supervisor ends. prometheus-client's
    multiprocess mode wants it empty at start (old files would be counted again); folders left by
    a supervisor that was killed are removed here too, never those of one still running (two
    `rag serve` on one data dir, on two ports, keep apart)."""
    root = data_dir / "metrics"
    root.mkdir(parents=True, exist_ok=True)
    for old in root.glob("serve-*"):
        pid = old.name.removeprefix("serve-")
        if not pid.isdigit() or not pid_alive(int(pid)) or int(pid) == os.getpid():
            shutil.rmtree(old, ignore_errors=True)
    folder = root / f"serve-{os.getpid()}"
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
