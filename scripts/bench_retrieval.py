"""Retrieval latency over the eval questions: prints p50/p95/max in milliseconds.

Usage: python scripts/bench_retrieval.py [--questions FILE] [--repeat N]
Runs against the index in RAG_DATA_DIR (ingest first: rag ingest seeds/).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rag.evaluate import percentile
from rag.index import Index
from rag.questions import load_questions
from rag.retrieve import Retriever
from rag.settings import PROJECT_ROOT, get_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=PROJECT_ROOT / "eval" / "questions.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    retriever = Retriever(Index(get_settings()))
    questions = load_questions(args.questions)
    retriever.retrieve(questions[0].question)  # warm-up: embedder load, BM25 build
    samples = []
    for _ in range(args.repeat):
        for q in questions:
            started = time.perf_counter()
            retriever.retrieve(q.question)
            samples.append((time.perf_counter() - started) * 1000)
    chunks = retriever.index.chunk_count()
    print(f"retrieval latency over {len(samples)} queries, {chunks} chunks (hybrid dense+BM25, top {retriever.settings.top_k}):")
    print(f"  p50 {statistics.median(samples):.1f} ms   p95 {percentile(samples, 95):.1f} ms   max {max(samples):.1f} ms")


if __name__ == "__main__":
    main()
