"""Prometheus metrics of one app: requests and latency per route, and what answers cost and decided.

Why: an operator needs to see, without reading logs, whether staff are served (request rate,
latency, 5xx), what the model costs (LLM seconds, prompt and generated tokens), whether the cache
helps, and how often answers are refused and by which rule. Every app owns its own
`CollectorRegistry` (never prometheus-client's global one), so several apps in one process, as in
the tests, count apart. `deploy/grafana-dashboard.json` charts these names.

Several worker processes (`rag serve --workers N`) would each count only their own requests, and
a scrape reaches whichever worker accepts it. So there `rag serve` sets PROMETHEUS_MULTIPROC_DIR
before the workers start, prometheus-client writes every value to a file per process in it, and
/metrics sums the files of all workers, live or dead (MultiProcessCollector). Gauges say how to
combine them (`multiprocess_mode`): the answer queue's are summed over live workers only, and a
worker's live files are dropped when it stops, or, if it was killed, when the next one starts.

Example:
    >>> metrics = Metrics()
    >>> metrics.observe_request("GET", "/health", 200, 0.004)
    >>> b'rag_http_requests_total{method="GET",route="/health",status="200"} 1.0' in metrics.exposition()
    True
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from rag.workers import pid_alive

CONTENT_TYPE = CONTENT_TYPE_LATEST
# Seconds: /health answers in milliseconds, an answer on two CPU cores in several seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120)


class _Live(Collector):
    """Gauges read when scraped (index size, answer queue): nothing to keep in step."""

    def __init__(self, read: Callable[[], dict[str, tuple[str, float]]]) -> None:
        self.read = read

    def collect(self):
        try:
            values = self.read()
        except Exception:  # a scrape must not fail because the index is being written
            return
        for name, (help_text, value) in values.items():
            yield GaugeMetricFamily(name, help_text, value=value)


class Metrics:
    """The counters and histograms of one app, in their own registry."""

    def __init__(self, live: Callable[[], dict[str, tuple[str, float]]] | None = None) -> None:
        # Read once: prometheus-client chose file-backed values at import from the same variable.
        folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        self.multiprocess_dir = Path(folder) if folder else None
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("rag_http_requests", "HTTP requests by route template, method and status.", ["method", "route", "status"], registry=r)
        self.latency = Histogram(
            "rag_http_request_duration_seconds", "HTTP request latency by route template (to the last byte, streams included).",
            ["method", "route"], buckets=LATENCY_BUCKETS, registry=r,
        )
        self.answers = Counter("rag_answers", "Answers given, by outcome: found or refused.", ["outcome"], registry=r)
        self.refusals = Counter("rag_refusals", "Refused answers by the rule that refused them (refused_by).", ["rule"], registry=r)
        self.cache_hits = Counter("rag_answer_cache_hits", "Answers served from the answer cache.", registry=r)
        self.answer_seconds = Histogram("rag_answer_seconds", "Time to compute an answer (cache hits included).", buckets=LATENCY_BUCKETS, registry=r)
        self.llm_seconds = Histogram("rag_llm_seconds", "Model time per answer (all its LLM calls), cache hits excluded.", buckets=LATENCY_BUCKETS, registry=r)
        self.llm_calls = Counter("rag_llm_calls", "LLM calls made (parts of combined questions and retries count one each).", registry=r)
        self.prompt_tokens = Counter("rag_prompt_tokens", "Prompt tokens sent to the model (cached prefix included where the engine reports it).", registry=r)
        self.prompt_tokens_evaluated = Counter("rag_prompt_tokens_evaluated", "Prompt tokens the model actually computed (not reused from its cache).", registry=r)
        self.generated_tokens = Counter("rag_generated_tokens", "Tokens the model generated.", registry=r)
        self.uploads = Counter("rag_document_uploads", "Documents uploaded through POST /documents, by result.", ["status"], registry=r)
        self.deletions = Counter("rag_document_deletions", "Uploaded documents deleted through DELETE /documents.", registry=r)
        self.feedback = Counter("rag_feedback", "Feedback received on answers, by rating and reason.", ["rating", "reason"], registry=r)
        self.info = Gauge("rag_build_info", "Always 1; the labels say what serves.", ["backend", "prompts"], registry=r, multiprocess_mode="max")
        self.running = Gauge("rag_answers_running", "Answers being computed now.", registry=r, multiprocess_mode="livesum")
        self.waiting = Gauge("rag_answers_waiting", "Answers waiting for a worker.", registry=r, multiprocess_mode="livesum")
        self.live = _Live(live) if live is not None else None
        if self.live is not None:
            r.register(self.live)

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def observe_answer(self, result: Any) -> None:
        """Count one AskResult: outcome, refusing rule, cache, and the model's time and tokens
        (its `timings`: llm_s, llm_calls, prompt_tokens, prompt_tokens_evaluated, generated_tokens)."""
        timings = result.timings or {}
        self.answers.labels("found" if result.found else "refused").inc()
        if not result.found:
            self.refusals.labels(result.refused_by or "unknown").inc()
        if "total_s" in timings:
            self.answer_seconds.observe(timings["total_s"])
        if result.cached:
            self.cache_hits.inc()
            return  # the model did not run: its time and tokens were counted when it answered
        if "llm_s" in timings:
            self.llm_seconds.observe(timings["llm_s"])
        self.llm_calls.inc(timings.get("llm_calls", 0))
        self.prompt_tokens.inc(timings.get("prompt_tokens", timings.get("prompt_tokens_evaluated", 0)))
        self.prompt_tokens_evaluated.inc(timings.get("prompt_tokens_evaluated", 0))
        self.generated_tokens.inc(timings.get("generated_tokens", 0))

    def queue_changed(self, running: int, waiting: int) -> None:
        """The answer queue's size, set whenever it changes (server.answering.AnswerQueue.on_change)."""
        self.running.set(running)
        self.waiting.set(waiting)

    def exposition(self) -> bytes:
        """The metrics in the Prometheus text format: this app's registry, or with several worker
        processes every worker's files summed, plus the gauges read now (the index is shared)."""
        if self.multiprocess_dir is None:
            return generate_latest(self.registry)
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, path=str(self.multiprocess_dir))
        if self.live is not None:
            registry.register(self.live)
        return generate_latest(registry)

    def worker_started(self) -> None:
        """Drop the live-gauge files of workers that died without stopping (kill -9): their queue
        is gone. Files of counters stay: what a dead worker counted was done."""
        if self.multiprocess_dir is None:
            return
        for path in self.multiprocess_dir.glob("gauge_live*_*.db"):
            pid = re.search(r"_(\d+)\.db$", path.name)
            if pid and not pid_alive(int(pid.group(1))):
                multiprocess.mark_process_dead(int(pid.group(1)), str(self.multiprocess_dir))

    def worker_stopped(self) -> None:
        """This worker is going: its live gauges no longer count."""
        if self.multiprocess_dir is not None:
            multiprocess.mark_process_dead(os.getpid(), str(self.multiprocess_dir))
