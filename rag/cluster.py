"""`python -m rag.cluster` (`make cluster`): the several-workers topology on one machine, as real
processes: `chroma run` on a data folder, llama-cpp-python's OpenAI-compatible server on the
embedded GGUF, the seeds ingested into that Chroma, and `rag serve --workers N` in front, one
address. Ctrl-C (or SIGTERM) stops them all, API first, Chroma last.

Why: it is the production shape (deploy/compose.yaml) at laptop size, made of the engines that
exist, nothing home-made: try it, measure it (`scripts/bench.py --workers-only`), test it
(tests/test_cluster.py starts the same `Cluster`).

Example:
    $ python -m rag.cluster --workers 2 --port 8000
    chroma on 127.0.0.1:8001, LLM server on 127.0.0.1:8080, 2 API workers on http://127.0.0.1:8000

    >>> with Cluster(Path("/tmp/c"), gguf=Path("m.gguf"), port=8000) as cluster:  # doctest: +SKIP
    ...     httpx.get(cluster.url + "/health").json()["backend"]
    'openai'
"""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from rag.settings import PROJECT_ROOT, Settings


_handed_out: set[int] = set()


def free_port() -> int:
    """A free loopback port, never one this process handed out before (the kernel may offer a port
    again once its probe socket is closed: two services of one cluster would collide)."""
    import socket

    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port not in _handed_out:
            _handed_out.add(port)
            return port


def _tool(name: str) -> str:
    """A console script of this venv (chroma, rag), whether or not the venv is on PATH."""
    return str(Path(sys.executable).with_name(name))


def workers_of(pid: int) -> list[int]:
    """The live worker processes uvicorn's supervisor `pid` has spawned (multiprocessing's
    `spawn_main` children; not its resource tracker), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z" and b"spawn_main" in cmdline:
            found.append(int(stat.parent.name))
    return sorted(found)


_LIBC = ctypes.CDLL(None)  # loaded here, not in the forked child, where only the call below runs


def _die_with_parent() -> None:
    """In the child, before exec: ask Linux for SIGTERM when the parent exits (prctl PR_SET_PDEATHSIG)."""
    _LIBC.prctl(1, signal.SIGTERM)


@dataclass
class Process:
    """One started process, its log file, and the URL that says it is up."""

    name: str
    popen: subprocess.Popen
    log: Path
    ready_url: str

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(self.ready_url, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.popen.poll() is not None or time.monotonic() > deadline:
                tail = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
                raise RuntimeError(f"{self.name} did not start (exit {self.popen.poll()}); its log {self.log} ends:\n{tail}")
            time.sleep(0.3)

    def stop(self, grace_s: float = 15) -> None:
        if self.popen.poll() is None:
            self.popen.send_signal(signal.SIGTERM)
            try:
                self.popen.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)


@dataclass
class Cluster:
    """Chroma server + LLM server + N API workers on loopback ports; `with` starts and stops them.
    `llm_url` given: use that OpenAI-compatible server instead of starting one (a test module
    shares one). `env` adds settings for the API workers (RAG_...)."""

    data_dir: Path
    gguf: Path | None = None
    model: str = "qwen2.5-coder-1.5b-instruct-q4_k_m"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    chroma_port: int = 8001
    llm_port: int = 8080
    llm_url: str | None = None
    ingest: tuple[Path, ...] = (PROJECT_ROOT / "seeds",)
    threads: int = field(default_factory=lambda: os.cpu_count() or 2)
    ctx: int = 4096
    env: dict[str, str] = field(default_factory=dict)
    processes: list[Process] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def api_env(self) -> dict[str, str]:
        """The settings every API worker (and the ingest) runs with."""
        return {
            **os.environ,
            "RAG_DATA_DIR": str(self.data_dir),
            "RAG_CHROMA_HOST": "127.0.0.1",
            "RAG_CHROMA_PORT": str(self.chroma_port),
            "RAG_BACKEND": "openai",
            "RAG_OPENAI_BASE_URL": self.llm_url or f"http://127.0.0.1:{self.llm_port}/v1",
            "RAG_OPENAI_MODEL": self.model,
            "RAG_OPENAI_RESPONSE_FORMAT": "json_object",  # what llama-cpp-python's server understands
            **self.env,
        }

    def _start(self, name: str, argv: list[str], ready_url: str, env: dict[str, str] | None = None) -> Process:
        logs = self.data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        log = logs / f"{name}.log"
        # A session of its own: Ctrl-C reaches this script only, which stops the processes in order;
        # and a SIGTERM when this process dies however it dies, so nothing is left running.
        # Unbuffered, so each log line reaches the file when it is written, not when 8 KiB have piled up.
        env = {**(env if env is not None else os.environ), "PYTHONUNBUFFERED": "1"}
        popen = subprocess.Popen(
            argv, stdout=log.open("ab"), stderr=subprocess.STDOUT, env=env, cwd=PROJECT_ROOT, start_new_session=True, preexec_fn=_die_with_parent
        )
        process = Process(name, popen, log, ready_url)
        self.processes.append(process)
        return process

    def start_chroma(self) -> Process:
        argv = [_tool("chroma"), "run", "--path", str(self.data_dir / "chroma-server"), "--host", "127.0.0.1", "--port", str(self.chroma_port)]
        return self._start("chroma", argv, f"http://127.0.0.1:{self.chroma_port}/api/v2/heartbeat")

    def start_llm(self) -> Process:
        return start_llm_server(self, self.gguf, self.model, self.llm_port, self.threads, self.ctx)

    def start_api(self) -> Process:
        argv = [_tool("rag"), "serve", "--host", self.host, "--port", str(self.port), "--workers", str(self.workers)]
        return self._start("api", argv, f"{self.url}/health", self.api_env())

    def worker_pids(self) -> list[int]:
        api = next(p for p in self.processes if p.name == "api")
        return workers_of(api.popen.pid)

    def __enter__(self) -> "Cluster":
        try:
            chroma = self.start_chroma()
            llm = None if self.llm_url else self.start_llm()
            chroma.wait_ready(90)
            if self.ingest:
                subprocess.run([_tool("rag"), "ingest", *map(str, self.ingest)], env=self.api_env(), check=True, cwd=PROJECT_ROOT, capture_output=True)
            if llm:
                llm.wait_ready(180)
            self.start_api().wait_ready(180)
            deadline = time.monotonic() + 120  # every worker up, not just the first
            while len(self.worker_pids()) < self.workers and time.monotonic() < deadline:
                time.sleep(0.3)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.stop()
        self.processes.clear()


def start_llm_server(owner: Cluster, gguf: Path | None, model: str, port: int, threads: int, ctx: int) -> Process:
    """llama-cpp-python's OpenAI-compatible server on `gguf`, serving it as `model`. One generation
    at a time; `--interrupt_requests False` makes a second request wait instead of cutting the
    running answer short (its default is to interrupt); threads as the embedded backend uses
    (its default is half the cores)."""
    if gguf is None:
        raise ValueError("no GGUF: run `rag model` or pass --gguf")
    argv = [
        sys.executable, "-m", "rag.llm_server", "--model", str(gguf), "--model_alias", model, "--host", "127.0.0.1",
        "--port", str(port), "--n_ctx", str(ctx), "--n_threads", str(threads), "--n_threads_batch", str(threads),
        "--interrupt_requests", "False", "--seed", "0",
        "--logits_all", "False",  # its default keeps every prompt token's logits: seconds of prefill for nothing we read
    ]
    return owner._start("llm", argv, f"http://127.0.0.1:{port}/v1/models")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=PROJECT_ROOT / "data" / "cluster", help="Chroma server data, API data (uploads, answer cache), logs")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--chroma-port", type=int, default=8001)
    parser.add_argument("--llm-port", type=int, default=8080)
    parser.add_argument("--gguf", type=Path, help="default: the embedded model, assembled (rag model)")
    args = parser.parse_args(argv)

    settings = Settings()
    gguf = args.gguf or settings.gguf_path
    if gguf is None:
        from rag.models import assemble

        gguf = assemble(settings.embedded_model, settings.models_dir)
    cluster = Cluster(
        args.data_dir.resolve(), gguf=gguf, model=Path(gguf).stem, host=args.host, port=args.port, workers=args.workers,
        chroma_port=args.chroma_port, llm_port=args.llm_port, ctx=settings.llm_ctx,
    )
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        with cluster:
            print(
                f"chroma on 127.0.0.1:{args.chroma_port}, LLM server on 127.0.0.1:{args.llm_port}, "
                f"{args.workers} API workers on {cluster.url} (logs in {args.data_dir / 'logs'}); Ctrl-C stops all",
                flush=True,
            )
            while all(p.popen.poll() is None for p in cluster.processes):
                time.sleep(1)
            dead = [p.name for p in cluster.processes if p.popen.poll() is not None]
            print(f"{', '.join(dead)} exited; stopping the rest (see {args.data_dir / 'logs'})", file=sys.stderr)
            sys.exit(1)
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)


if __name__ == "__main__":
    main()
