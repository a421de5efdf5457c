"""Score retrieval (and, when an answerer is given, answers) on a question file.

Metrics are reported overall, per question type and per language, as a markdown table and JSON;
a copy of every report is written to eval/reports/ so runs can be compared later.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tqdm import tqdm

from rag.answer import Answerer
from rag.questions import Question
from rag.retrieve import Passage, Retriever


def first_hit_rank(question: Question, passages: list[Passage]) -> int | None:
    """1-based rank of the first passage from an expected source document."""
    for rank, passage in enumerate(passages, start=1):
        if question.source_matches(passage.doc_id):
            return rank
    return None


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile; honest for the small samples an eval run has."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def retrieval_metrics(rows: list[dict[str, Any]]) -> dict[str, Any]:
    scored = [r for r in rows if not r["unanswerable"]]
    n = len(scored)
    if not n:
        return {"hit@1": None, "hit@5": None, "mrr": None, "n": 0}
    ranks = [r["rank"] for r in scored]
    return {
        "hit@1": round(sum(1 for r in ranks if r == 1) / n, 4),
        "hit@5": round(sum(1 for r in ranks if r is not None and r <= 5) / n, 4),
        "mrr": round(sum(1 / r for r in ranks if r) / n, 4),
        "n": n,
    }


def grouped(rows: list[dict[str, Any]], key: str, metrics: Callable[[list[dict[str, Any]]], dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return {name: metrics(group) for name, group in sorted(groups.items())}


def evaluate_retrieval(retriever: Retriever, questions: list[Question], top_k: int = 5, progress: bool = True) -> dict[str, Any]:
    """hit@1, hit@5 and MRR of the expected source documents over answerable questions."""
    rows = []
    for question in tqdm(questions, desc="retrieval", unit="q", disable=not progress):
        started = time.perf_counter()
        passages = retriever.retrieve(question.question, top_k=top_k)
        elapsed = time.perf_counter() - started
        rows.append(
            {
                "id": question.id,
                "lang": question.lang,
                "type": question.type,
                "unanswerable": question.unanswerable,
                "rank": None if question.unanswerable else first_hit_rank(question, passages),
                "retrieved": [p.doc_id for p in passages],
                "seconds": round(elapsed, 4),
            }
        )
    latencies = [r["seconds"] for r in rows]
    summary = retrieval_metrics(rows)
    summary.update(p50_s=round(statistics.median(latencies), 4), p95_s=round(percentile(latencies, 95), 4))
    return {
        "summary": summary,
        "by_type": grouped(rows, "type", retrieval_metrics),
        "by_lang": grouped(rows, "lang", retrieval_metrics),
        "rows": rows,
    }


def answer_metrics(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Answer accuracy over all questions (a right refusal counts as right), citation precision
    among right answers, refusal accuracy on unanswerable ones, false refusals on answerable ones."""
    answerable = [r for r in rows if not r["unanswerable"]]
    unanswerable = [r for r in rows if r["unanswerable"]]
    right_answers = [r for r in answerable if r["correct"]]
    seconds = [r["seconds"] for r in rows]

    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    return {
        "answer_accuracy": share(sum(r["correct"] for r in rows), len(rows)),
        "citation_precision": share(sum(r["cites_expected"] for r in right_answers), len(right_answers)),
        "refusal_accuracy": share(sum(r["correct"] for r in unanswerable), len(unanswerable)),
        "false_refusal_rate": share(sum(not r["found"] for r in answerable), len(answerable)),
        "p50_s": round(statistics.median(seconds), 3) if seconds else None,
        "p95_s": round(percentile(seconds, 95), 3) if seconds else None,
        "n": len(rows),
    }


def evaluate_answers(answerer: Answerer, questions: list[Question], top_k: int = 5, progress: bool = True) -> dict[str, Any]:
    """Run every question through the same pipeline /ask uses and judge it by the file's rules."""
    rows = []
    for question in tqdm(questions, desc="answers", unit="q", disable=not progress):
        started = time.perf_counter()
        result = answerer.ask(question.question, top_k=top_k)
        elapsed = time.perf_counter() - started
        if question.unanswerable:
            correct = not result.found
        else:
            correct = result.found and question.judge(result.answer)
        sources = [c.source for c in result.citations]
        rows.append(
            {
                "id": question.id,
                "lang": question.lang,
                "type": question.type,
                "unanswerable": question.unanswerable,
                "question": question.question,
                "answer": result.answer,
                "found": result.found,
                "correct": bool(correct),
                "cites_expected": any(question.source_matches(s) for s in sources),
                "sources": sources,
                "language": result.language,
                "seconds": round(elapsed, 3),
            }
        )
    return {
        "summary": answer_metrics(rows),
        "by_type": grouped(rows, "type", answer_metrics),
        "by_lang": grouped(rows, "lang", answer_metrics),
        "rows": rows,
    }


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown_table(report: dict[str, Any], columns: list[str], title: str) -> str:
    """Overall, per-language and per-type rows of the given metric columns."""
    lines = [f"## {title}", "", "| slice | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]

    def row(name: str, metrics: dict[str, Any]) -> None:
        lines.append(f"| {name} | " + " | ".join(_fmt(metrics.get(c)) for c in columns) + " |")

    row("**all**", report["summary"])
    for lang, metrics in report["by_lang"].items():
        row(f"lang={lang}", metrics)
    for qtype, metrics in report["by_type"].items():
        row(f"type={qtype}", metrics)
    return "\n".join(lines) + "\n"


def save_report(report: dict[str, Any], markdown: str, reports_dir: Path, stem: str) -> Path:
    """Timestamped JSON + markdown copies under eval/reports/ (git-ignored)."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = reports_dir / f"{stamp}-{stem}"
    for suffix, text in ((".json", json.dumps(report, ensure_ascii=False, indent=2)), (".md", markdown)):
        tmp = base.with_suffix(suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(base.with_suffix(suffix))
    return base.with_suffix(".md")
