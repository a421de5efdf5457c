"""/metrics, request ids and JSON-line logs, over real HTTP: the app under uvicorn with a scripted
model behind the Ollama wire stand-in, and `rag serve` as a real process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from rag.cluster import Process
from rag.settings import PROJECT_ROOT, Settings
from server.app import create_app

from conftest import LiveServer, free_port
from ollama_standin import DEFAULT_MODEL, reply, sentences_in

QUESTION = "How many officials did Tatu rotate in Dec 2018? (metrics)"


def good_model(request: dict) -> str:
    """Cites the sentence that states 107 officials; anything else is not found."""
    number = next((n for n, text in sentences_in(request).items() if "107 pejabat" in text), None)
    return reply(f"107 officials [{number}]", number) if number else reply("NOT FOUND")


def scrape(url: str) -> dict[tuple[str, tuple], float]:
    """Every sample of /metrics, parsed by prometheus-client's own parser: (name, labels) -> value."""
    response = httpx.get(f"{url}/metrics", timeout=30)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples, name: str, **labels) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_counters_move_after_an_ask_and_a_cache_hit_costs_no_model_time(seed_index, ollama):
    ollama.responder = good_model
    settings = Settings(
        data_dir=seed_index.settings.data_dir, backend="ollama", ollama_host=ollama.url, ollama_model=DEFAULT_MODEL, llm_timeout_s=10,
    )
    with LiveServer(create_app(settings)) as server:
        before = scrape(server.url)
        first = httpx.post(f"{server.url}/ask", json={"question": QUESTION}, timeout=60)
        assert first.status_code == 200 and first.json()["found"] is True
        middle = scrape(server.url)
        second = httpx.post(f"{server.url}/ask", json={"question": QUESTION}, timeout=60)
        assert second.json()["cached"] is True
        assert httpx.get(f"{server.url}/documents/nope.txt").status_code == 404
        after = scrape(server.url)

    route = {"method": "POST", "route": "/ask", "status": "200"}
    assert value(after, "rag_http_requests_total", **route) - value(before, "rag_http_requests_total", **route) == 2
    assert value(after, "rag_http_requests_total", method="GET", route="/documents/{doc_id}", status="404") == 1  # the template, not the path
    assert value(after, "rag_http_request_duration_seconds_count", method="POST", route="/ask") == 2
    assert value(middle, "rag_answers_total", outcome="found") == value(before, "rag_answers_total", outcome="found") + 1
    assert value(middle, "rag_llm_calls_total") >= 1 and value(middle, "rag_generated_tokens_total") > 0
    assert value(middle, "rag_prompt_tokens_total") > 0 and value(middle, "rag_llm_seconds_count") == 1
    assert value(after, "rag_answer_cache_hits_total") == value(middle, "rag_answer_cache_hits_total") + 1
    assert value(after, "rag_llm_seconds_count") == 1 and value(after, "rag_generated_tokens_total") == value(middle, "rag_generated_tokens_total")
    assert value(after, "rag_index_documents") == 5


def test_a_refusal_is_counted_under_the_rule_that_refused(seed_index, ollama):
    ollama.responder = lambda request: reply("The population is 1000000 [1]", 1)
    settings = Settings(
        data_dir=seed_index.settings.data_dir, backend="ollama", ollama_host=ollama.url, ollama_model=DEFAULT_MODEL, llm_timeout_s=10, answer_cache=False,
    )
    with LiveServer(create_app(settings)) as server:
        body = httpx.post(f"{server.url}/ask", json={"question": "What is the population of Kota Serang in 2018?"}, timeout=60).json()
        samples = scrape(server.url)
    assert body["found"] is False and body["refused_by"]
    assert value(samples, "rag_answers_total", outcome="refused") == 1
    assert value(samples, "rag_refusals_total", rule=body["refused_by"]) == 1


def test_rag_serve_logs_json_lines_carrying_the_request_id_it_returns(seed_index, ollama, tmp_path):
    ollama.responder = good_model
    port = free_port()
    env = {
        **os.environ, "RAG_DATA_DIR": str(seed_index.settings.data_dir), "RAG_BACKEND": "ollama", "RAG_OLLAMA_HOST": ollama.url,
        "RAG_OLLAMA_MODEL": DEFAULT_MODEL, "RAG_ANSWER_CACHE": "false",
    }
    rag = Path(sys.executable).with_name("rag")
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        popen = subprocess.Popen([str(rag), "serve", "--port", str(port)], cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=sink)
    url = f"http://127.0.0.1:{port}"
    server = Process("rag serve", popen, log, f"{url}/health")
    try:
        server.wait_ready(120)
        asked = httpx.post(f"{url}/ask", json={"question": QUESTION}, headers={"X-Request-ID": "staff-report-42"}, timeout=60)
        made = httpx.get(f"{url}/health", headers={"X-Request-ID": "not a safe id <script>"}, timeout=10)
    finally:
        server.stop(grace_s=30)
    stderr = log.read_text(encoding="utf-8", errors="replace")
    assert asked.status_code == 200 and asked.headers["x-request-id"] == "staff-report-42"
    assert len(made.headers["x-request-id"]) == 32 and made.headers["x-request-id"] != "staff-report-42"  # an unsafe id is replaced

    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert any(line["logger"].startswith("uvicorn") for line in lines)  # uvicorn's own lines are JSON too
    (access,) = [line for line in lines if line.get("request_id") == "staff-report-42" and line["logger"] == "server.access"]
    assert access["route"] == "/ask" and access["status"] == 200 and access["method"] == "POST" and access["duration_s"] > 0
    assert any(line.get("request_id") == made.headers["x-request-id"] and line.get("route") == "/health" for line in lines)


def test_the_grafana_dashboard_charts_only_metrics_the_server_exports(seed_index):
    dashboard = json.loads((PROJECT_ROOT / "deploy" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    used = {name for panel in dashboard["panels"] for target in panel["targets"] for name in re.findall(r"\brag_\w+", target["expr"])}
    app = create_app(Settings(data_dir=seed_index.settings.data_dir))
    exported = set()
    for family in app.state.service.metrics.registry.collect():
        suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"]}.get(family.type, [""])
        exported |= {family.name + suffix for suffix in suffixes}
    assert len(used) >= 12 and used <= exported, f"the dashboard charts metrics /metrics lacks: {sorted(used - exported)}"


def test_with_two_workers_metrics_sum_over_both_whichever_answers_the_scrape(tmp_path):
    """`rag serve --workers 2` as real processes over a real `chroma run` (rag.cluster, without a
    model: requests that never reach one are enough to move per-route counters)."""
    from rag.cluster import Cluster

    nowhere = f"http://127.0.0.1:{free_port()}/v1"  # the openai backend's server: nothing listens
    with Cluster(tmp_path / "data", llm_url=nowhere, port=free_port(), chroma_port=free_port(), workers=2, ingest=()) as cluster:
        folder = tmp_path / "data" / "metrics" / f"serve-{next(p for p in cluster.processes if p.name == 'api').popen.pid}"
        assert folder.is_dir()
        before = scrape(cluster.url)
        served: dict[str, int] = {}
        for n in range(40):  # a fresh connection each: the workers take turns accepting them
            route = "/health" if n % 2 else "/documents"
            response = httpx.get(f"{cluster.url}{route}", timeout=30)
            assert response.status_code == 200
            served[response.headers["x-worker"]] = served.get(response.headers["x-worker"], 0) + 1
        assert len(served) == 2 and set(served) == {str(pid) for pid in cluster.worker_pids()}, served

        # Each worker served part of the 40; every scrape, whichever worker answers it, counts all 40.
        scrapes = [scrape(cluster.url) for _ in range(8)]
        for samples in scrapes:
            for route in ("/health", "/documents"):
                moved = value(samples, "rag_http_requests_total", method="GET", route=route, status="200") - value(before, "rag_http_requests_total", method="GET", route=route, status="200")
                assert moved == 20, (route, moved)
            assert value(samples, "rag_http_request_duration_seconds_count", method="GET", route="/documents") >= 20
            assert value(samples, "rag_answers_running") == 0 and ("rag_answers_running", (("pid", "1"),)) not in samples  # summed, not per pid
            assert value(samples, "rag_index_documents") == 0
    assert not folder.exists()  # the supervisor removed its metrics folder on the way out
