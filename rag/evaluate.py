"""Score retrieval (and, when an answerer is given, answers) on a question file.

Metrics are reported overall, per question type and per language, as a markdown table and JSON;
a copy of every report is written to eval/reports/ so runs can be compared later.
"""

from __future__ import annotations

import json
import re
import statistics
import time
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from rag.answer import Answerer
from rag.llm import LLMUnavailable
from rag.questions import Question
from rag.retrieve import Retriever

if TYPE_CHECKING:  # the baseline pulls in llama-index's query engine; only --baseline needs it
    from rag.baseline import NaivePipeline


def first_hit_rank_ids(question: Question, doc_ids: list[str]) -> int | None:
    """1-based rank of the first passage from an expected source document."""
    for rank, doc_id in enumerate(doc_ids, start=1):
        if question.source_matches(doc_id):
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
        return {"context_recall": None, "hit@1": None, "hit@5": None, "mrr": None, "n": 0}
    ranks = [r["rank"] for r in scored]
    readable = [r for r in scored if r.get("answer_in_passages")]
    return {
        "context_recall": round(sum(r["answer_in_context"] for r in readable) / len(readable), 4) if readable else None,
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


def holds_answer(question: Question, texts: list[str]) -> bool:
    """Whether any of the texts matches one of the question's accept patterns (or all of its
    accept_all ones): the answer is written there, for the model to read."""
    from rag.questions import anchor_numbers

    joined = " ".join(texts)
    if question.accept and not any(re.search(anchor_numbers(p), t, re.I) for p in question.accept for t in texts):
        return False
    return all(re.search(anchor_numbers(p), joined, re.I) for p in question.accept_all) and bool(question.accept or question.accept_all)


def evaluate_retrieval(retriever: Retriever, questions: list[Question], top_k: int = 5, progress: bool = True) -> dict[str, Any]:
    """hit@1, hit@5 and MRR of the expected source documents over answerable questions; and, of the
    answerable questions whose answer is written in the retrieved passages, the share whose
    sentence-level context (what the model reads) still holds it: `context_recall`."""
    from rag.context import build

    rows = []
    for question in tqdm(questions, desc="retrieval", unit="q", disable=not progress):
        started = time.perf_counter()
        facts = retriever.parse(question.question)
        passages = retriever.retrieve(question.question, top_k=top_k, facts=facts)
        elapsed = time.perf_counter() - started
        retrieved = [p.doc_id for p in passages]
        in_passages = not question.unanswerable and holds_answer(question, [p.text for p in passages])
        context = build(retriever, facts, passages, retriever.settings.context_chars) if in_passages else None
        rows.append(
            {
                "id": question.id,
                "lang": question.lang,
                "type": question.type,
                "unanswerable": question.unanswerable,
                "rank": None if question.unanswerable else first_hit_rank_ids(question, retrieved),
                "retrieved": retrieved,
                "seconds": round(elapsed, 4),
                "answer_in_passages": in_passages,
                "answer_in_context": bool(context and holds_answer(question, [s.text for s in context.sentences])),
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
    among right answers, refusal accuracy on unanswerable ones, false refusals on answerable ones,
    and the retrieval ranks of the same run."""
    answerable = [r for r in rows if not r["unanswerable"]]
    unanswerable = [r for r in rows if r["unanswerable"]]
    right_answers = [r for r in answerable if r["correct"]]
    seconds = [r["seconds"] for r in rows]

    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    retrieval = retrieval_metrics(rows)
    return {
        "answer_accuracy": share(sum(r["correct"] for r in rows), len(rows)),
        "citation_precision": share(sum(r["cites_expected"] for r in right_answers), len(right_answers)),
        "refusal_accuracy": share(sum(r["correct"] for r in unanswerable), len(unanswerable)),
        "false_refusal_rate": share(sum(not r["found"] for r in answerable), len(answerable)),
        "hit@1": retrieval["hit@1"],
        "hit@5": retrieval["hit@5"],
        "mrr": retrieval["mrr"],
        "p50_s": round(statistics.median(seconds), 3) if seconds else None,
        "p95_s": round(percentile(seconds, 95), 3) if seconds else None,
        "n": len(rows),
    }


ANSWER_COLUMNS = ["answer_accuracy", "citation_precision", "refusal_accuracy", "false_refusal_rate", "hit@1", "hit@5", "mrr", "p50_s", "p95_s", "n"]
# Metrics where less is better; every other one is better when higher.
LOWER_IS_BETTER = {"false_refusal_rate", "p50_s", "p95_s"}


@dataclass
class Outcome:
    """What a pipeline answered to one question, in the terms the rules judge."""

    answer: str
    found: bool
    sources: list[str]  # documents the answer cites
    retrieved: list[str]  # documents of the passages retrieval ranked, best first
    language: str | None = None
    timings: dict[str, float] | None = None
    trace: list[dict[str, Any]] | None = None  # the rules that refused or rewrote the answer
    refused_by: str | None = None


def ours(answerer: Answerer, top_k: int) -> Callable[[str], Outcome]:
    """Our pipeline, exactly as /ask runs it."""

    def ask(question: str) -> Outcome:
        result = answerer.ask(question, top_k=top_k)
        return Outcome(
            result.answer,
            result.found,
            [c.source for c in result.citations],
            result.retrieved,
            result.language,
            result.timings,
            getattr(result, "trace", None),
            getattr(result, "refused_by", None),
        )

    return ask


def naive(pipeline: NaivePipeline) -> Callable[[str], Outcome]:
    """The naive llama-index baseline, judged by the same rules."""

    def ask(question: str) -> Outcome:
        result = pipeline.ask(question)
        return Outcome(result.answer, result.found, result.sources, result.retrieved)

    return ask


def evaluate_answers(
    ask: Callable[[str], Outcome], questions: list[Question], progress: bool = True, desc: str = "answers", deadline: float | None = None
) -> dict[str, Any]:
    """Run every question through a pipeline and judge it by the file's rules; retrieval is scored
    from the passages that same call used. Past `deadline` (a `time.monotonic()` value) the
    questions left are not asked; the report lists them as `unscored`."""
    rows = []
    unscored: list[str] = []
    for question in tqdm(questions, desc=desc, unit="q", disable=not progress):
        if deadline is not None and time.monotonic() > deadline:
            unscored.append(question.id)
            continue
        started = time.perf_counter()
        try:
            outcome = ask(question.question)
        except LLMUnavailable as exc:  # a replay that lacks this call: scored as not answered, and said so
            outcome = Outcome(f"(no reply: {exc})", False, [], [], refused_by="llm_unavailable")
        elapsed = time.perf_counter() - started
        if question.unanswerable:
            correct = not outcome.found
        else:
            correct = outcome.found and question.judge(outcome.answer)
        rows.append(
            {
                "id": question.id,
                "lang": question.lang,
                "type": question.type,
                "unanswerable": question.unanswerable,
                "question": question.question,
                "answer": outcome.answer,
                "found": outcome.found,
                "correct": bool(correct),
                "cites_expected": any(question.source_matches(s) for s in outcome.sources),
                "sources": outcome.sources,
                "rank": None if question.unanswerable else first_hit_rank_ids(question, outcome.retrieved),
                "retrieved": outcome.retrieved,
                "language": outcome.language,
                "seconds": round(elapsed, 3),
                "timings": outcome.timings,
                "trace": outcome.trace or [],
                "refused_by": outcome.refused_by,
            }
        )
    return {
        "summary": answer_metrics(rows),
        "by_type": grouped(rows, "type", answer_metrics),
        "by_lang": grouped(rows, "lang", answer_metrics),
        "rows": rows,
        **({"unscored": unscored} if unscored else {}),
    }


def comparison_table(summary: dict[str, Any], baseline: dict[str, Any], title: str) -> str:
    """Ours beside the naive baseline, with the difference per metric and who is ahead."""
    lines = [f"## {title}", "", "| metric | ours | naive | difference | better |", "|---|---|---|---|---|"]
    for name in ANSWER_COLUMNS:
        a, b = summary.get(name), baseline.get(name)
        if name == "n" or a is None or b is None:
            continue
        diff = a - b
        ahead = "=" if abs(diff) < 1e-9 else ("ours" if (diff < 0) == (name in LOWER_IS_BETTER) else "naive")
        lines.append(f"| {name} | {_fmt(a)} | {_fmt(b)} | {diff:+.3f} | {ahead} |")
    return "\n".join(lines) + "\n"


def load_thresholds(path: Path) -> dict[str, Any]:
    """`[min]` and `[max]` tables of summary metric -> bound, for every question set; a set's own
    bounds in `[<set>.min]` / `[<set>.max]` (the question file's stem: `[test.min]`). A malformed
    file is an error, not a pass."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"cannot read thresholds {path}: {exc}") from None
    if not data:
        raise ValueError(f"{path}: expected [min] and/or [max] tables, got nothing")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise ValueError(f"{path}: {name} must be a table")
        bounds = {name: table} if name in ("min", "max") else table
        unknown = set(bounds) - {"min", "max"}
        if unknown:
            raise ValueError(f"{path}: expected [min] and/or [max] tables, got {sorted(unknown)} in [{name}]")
        for kind_table in bounds.values():
            for metric, bound in kind_table.items():
                if not isinstance(bound, (int, float)) or isinstance(bound, bool):
                    raise ValueError(f"{path}: {metric} must be a number, got {bound!r}")
    return data


def thresholds_for(thresholds: dict[str, Any], set_name: str) -> dict[str, dict[str, float]]:
    """The bounds that apply to one question set: the shared ones, overridden by its own."""
    stem = Path(set_name).stem
    own = thresholds.get(stem, {}) if stem not in ("min", "max") else {}
    return {kind: {**thresholds.get(kind, {}), **own.get(kind, {})} for kind in ("min", "max") if thresholds.get(kind) or own.get(kind)}


def check_thresholds(summary: dict[str, Any], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Every crossed bound, in words; a metric the run did not measure counts as crossed."""
    failures = []
    for kind, table in thresholds.items():
        for metric, bound in table.items():
            value = summary.get(metric)
            if value is None:
                failures.append(f"{metric}: not measured in this run (needs {kind} {bound})")
            elif kind == "min" and value < bound:
                failures.append(f"{metric} = {value} is below the minimum {bound}")
            elif kind == "max" and value > bound:
                failures.append(f"{metric} = {value} is above the maximum {bound}")
    return failures


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


def write_atomic(path: Path, text: str) -> None:
    """Write-then-rename, so a reader (or a crashed run) never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def save_report(report: dict[str, Any], markdown: str, reports_dir: Path, stem: str) -> Path:
    """Timestamped JSON + markdown copies under eval/reports/ (git-ignored)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    base = reports_dir / f"{stamp}-{stem}"
    write_atomic(base.with_suffix(".json"), json.dumps(report, ensure_ascii=False, indent=2))
    write_atomic(base.with_suffix(".md"), markdown)
    return base.with_suffix(".md")


def accept(report: dict[str, Any], path: Path) -> None:
    """Record this run's figures as the accepted ones (eval/baseline.json, committed)."""
    keys = ("summary", "baseline", "by_lang", "by_type", "backend", "model", "questions_file", "top_k")
    accepted = {k: report[k] for k in keys if k in report}
    accepted["accepted_at"] = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    write_atomic(path, json.dumps(accepted, ensure_ascii=False, indent=2) + "\n")


# ---- run files: every reply kept, so a figure can be re-derived without the model -----------

RUN_FORMAT = "rag-eval-run/1"


def save_run(path: Path, sets: dict[str, dict[str, Any]], calls: dict[str, str], **meta: Any) -> None:
    """One eval run as a file: each question set's report (summary, rows with answer and trace)
    and every LLM reply keyed by `rag.llm.call_key`. `rag eval --replay` re-runs the pipeline on
    these replies; committed under eval/runs/, it is where a README figure comes from."""
    run = {"format": RUN_FORMAT, **meta, "sets": sets, "calls": dict(sorted(calls.items()))}
    write_atomic(path, json.dumps(run, ensure_ascii=False, indent=1) + "\n")


def load_run(path: Path) -> dict[str, Any]:
    try:
        run = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read run file {path}: {exc}") from None
    if not isinstance(run, dict) or run.get("format") != RUN_FORMAT:
        raise ValueError(f"{path} is not an eval run file ({RUN_FORMAT})")
    return run


def _rules(row: dict[str, Any]) -> list[str]:
    return [step["rule"] for step in row.get("trace") or []]


def diff_runs(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """Questions whose outcome changed between two runs (right/wrong, or the answer itself), with
    the rules that acted in one run and not in the other: what a change of code did, question by
    question."""
    changes = []
    for set_name, new_set in new["sets"].items():
        old_rows = {r["id"]: r for r in old["sets"].get(set_name, {}).get("rows", [])}
        for row in new_set["rows"]:
            before = old_rows.get(row["id"])
            if before is None or (before["correct"], before["answer"]) == (row["correct"], row["answer"]):
                continue
            old_rules, new_rules = _rules(before), _rules(row)
            changes.append(
                {
                    "set": set_name,
                    "id": row["id"],
                    "question": row["question"],
                    "old": {"answer": before["answer"], "correct": before["correct"], "refused_by": before.get("refused_by")},
                    "new": {"answer": row["answer"], "correct": row["correct"], "refused_by": row.get("refused_by")},
                    "rules_gone": [r for r in old_rules if r not in new_rules],
                    "rules_new": [r for r in new_rules if r not in old_rules],
                }
            )
    return changes


def diff_markdown(changes: list[dict[str, Any]]) -> str:
    if not changes:
        return "No question changed outcome.\n"
    mark = {True: "right", False: "wrong"}
    lines = ["| set | id | before | after | rules gone | rules new |", "|---|---|---|---|---|---|"]
    for c in changes:
        cell = lambda side: f"{mark[side['correct']]}: {side['answer'][:70]}".replace("|", "/")  # noqa: E731
        lines.append(
            f"| {Path(c['set']).stem} | {c['id']} | {cell(c['old'])} | {cell(c['new'])} | {', '.join(c['rules_gone']) or '–'} | {', '.join(c['rules_new']) or '–'} |"
        )
    fixed = sum(c["new"]["correct"] and not c["old"]["correct"] for c in changes)
    broken = sum(c["old"]["correct"] and not c["new"]["correct"] for c in changes)
    return "\n".join(lines) + f"\n\n{len(changes)} changed: {fixed} now right, {broken} now wrong.\n"
