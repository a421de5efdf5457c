"""The eval harness as staff and CI use it: gates that fail the run, accepted figures, and the
naive baseline reported beside our pipeline."""

import json
import re

import pytest

from conftest import run_cli
from ollama_standin import DEFAULT_MODEL


@pytest.fixture
def index_env(seed_index):
    return {"RAG_DATA_DIR": str(seed_index.settings.data_dir)}


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_fails_when_a_threshold_is_crossed(tmp_path, index_env):
    impossible = write(tmp_path, "impossible.toml", '[min]\n"hit@5" = 1.01\n[max]\np95_s = 0.0\n')
    result = run_cli("eval", "--retrieval-only", "--thresholds", str(impossible), env=index_env)
    assert result.returncode == 1
    assert "GATE FAILED: eval/questions.jsonl: hit@5 = " in result.stderr and "below the minimum 1.01" in result.stderr
    assert "above the maximum 0.0" in result.stderr


def test_eval_passes_reachable_thresholds_and_records_accepted_figures(tmp_path, index_env):
    reachable = write(tmp_path, "ok.toml", '[min]\n"hit@5" = 0.9\nmrr = 0.8\n')
    accepted = tmp_path / "baseline.json"
    result = run_cli("eval", "--retrieval-only", "--thresholds", str(reachable), "--accept", str(accepted), env=index_env)
    assert result.returncode == 0, result.stderr
    assert "all gates" in result.stderr
    figures = json.loads(accepted.read_text(encoding="utf-8"))
    assert figures["summary"]["hit@5"] >= 0.9 and "accepted_at" in figures


def test_failed_gate_does_not_overwrite_accepted_figures(tmp_path, index_env):
    accepted = write(tmp_path, "baseline.json", '{"summary": {"hit@5": 1.0}}')
    impossible = write(tmp_path, "impossible.toml", '[min]\nmrr = 2\n')
    result = run_cli("eval", "--retrieval-only", "--thresholds", str(impossible), "--accept", str(accepted), env=index_env)
    assert result.returncode == 1
    assert json.loads(accepted.read_text(encoding="utf-8")) == {"summary": {"hit@5": 1.0}}


def test_a_gate_on_a_metric_the_run_did_not_measure_fails(tmp_path, index_env):
    answers_gate = write(tmp_path, "answers.toml", "[min]\nanswer_accuracy = 0.5\n")
    result = run_cli("eval", "--retrieval-only", "--thresholds", str(answers_gate), env=index_env)
    assert result.returncode == 1
    assert "answer_accuracy: not measured" in result.stderr


@pytest.mark.parametrize(
    "text, message",
    [("[min\nx = 1", "cannot read thresholds"), ('[min]\nmrr = "high"\n', "must be a number"), ("[floor]\nmrr = 1\n", "expected [min]")],
)
def test_malformed_threshold_file_is_a_clear_error(tmp_path, index_env, text, message):
    bad = write(tmp_path, "bad.toml", text)
    result = run_cli("eval", "--retrieval-only", "--thresholds", str(bad), env=index_env)
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.llm
def test_naive_baseline_is_reported_beside_ours_with_the_same_keys(tmp_path, index_env):
    questions = tmp_path / "two.jsonl"
    questions.write_text(
        json.dumps({"id": "q1", "question": "How many officials did Tatu rotate in Dec 2018?", "lang": "en", "accept": [r"\b107\b"], "sources": ["000"]})
        + "\n"
        + json.dumps({"id": "q2", "question": "What is the population of Serang in 2018?", "lang": "en", "unanswerable": True})
        + "\n",
        encoding="utf-8",
    )
    result = run_cli("eval", "--backend", "embedded", "--baseline", "naive", "--json", "--questions", str(questions), env=index_env, timeout=900)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["baseline"]) == set(report["summary"])
    assert report["summary"]["n"] == report["baseline"]["n"] == 2
    naive_rows = report["baseline_detail"]["rows"]
    assert [r["id"] for r in naive_rows] == ["q1", "q2"] and all(r["answer"] for r in naive_rows)
    ours = {r["id"]: r for r in report["rows"]}
    assert ours["q1"]["correct"] and ours["q1"]["rank"] == 1 and ours["q2"]["correct"]


def cite_before(term: str):
    """A scripted model that answers a question about officials with `term`, citing the nearest
    "[n]" before it in the prompt, and anything else with NOT FOUND."""

    def respond(request):
        prompt = request["messages"][-1]["content"]
        at = prompt.find(term) if "officials" in prompt.rsplit("Question", 1)[-1] else -1
        markers = re.findall(r"\[(\d+)\]", prompt[:at]) if at >= 0 else []
        return f"{term} [{markers[-1]}]" if markers else "NOT FOUND"

    return respond


TWO_QUESTIONS = [
    {"id": "q1", "question": "How many officials did Tatu rotate in Dec 2018?", "lang": "en", "answer": "107", "accept": [r"\b107\b"], "sources": ["000"]},
    {"id": "q2", "question": "What is the population of Serang in 2018?", "lang": "en", "unanswerable": True},
]


def test_a_run_is_replayed_to_the_same_figures_and_diffed_against_another(tmp_path, index_env, ollama, settings_for):
    questions = write(tmp_path, "two.jsonl", "\n".join(json.dumps(q) for q in TWO_QUESTIONS) + "\n")
    env = {**index_env, "RAG_OLLAMA_HOST": ollama.url, "RAG_OLLAMA_MODEL": DEFAULT_MODEL, "RAG_BACKEND": "ollama"}
    ollama.responder = cite_before("107")
    right, wrong = tmp_path / "right.json", tmp_path / "wrong.json"
    first = run_cli("eval", "--questions", str(questions), "--run-out", str(right), env=env)
    assert first.returncode == 0, first.stderr
    recorded = json.loads(right.read_text(encoding="utf-8"))
    (summary,) = [s["summary"] for s in recorded["sets"].values()]
    assert summary["answer_accuracy"] == 1.0 and recorded["calls"]

    calls_before = len(ollama.requests)
    replay = run_cli("eval", "--replay", str(right), env={**index_env, "RAG_OLLAMA_HOST": "http://127.0.0.1:9"})
    assert replay.returncode == 0, replay.stderr
    assert "replayed figures equal the recorded run's" in replay.stderr
    assert len(ollama.requests) == calls_before  # no model was asked
    # the processor is recorded: another may rank two near-equal passages the other way round
    assert recorded["cpu"]
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps({**recorded, "cpu": "Another Processor 9000"}), encoding="utf-8")
    elsewhere = run_cli("eval", "--replay", str(moved), env={**index_env, "RAG_OLLAMA_HOST": "http://127.0.0.1:9"})
    assert "recorded on Another Processor 9000, replayed on" in elsewhere.stderr

    ollama.responder = cite_before("2018")  # the model now answers with the year
    second = run_cli("eval", "--questions", str(questions), "--run-out", str(wrong), env=env)
    assert second.returncode == 0, second.stderr
    diff = run_cli("eval", "--diff", str(right), str(wrong), "--json", env=index_env)
    assert diff.returncode == 0, diff.stderr
    (change,) = json.loads(diff.stdout)
    assert change["id"] == "q1" and change["old"]["correct"] and not change["new"]["correct"]


def test_each_question_set_has_its_own_gates(tmp_path, index_env):
    gates = write(tmp_path, "gates.toml", '[min]\n"hit@5" = 0.5\n[strict.min]\n"hit@5" = 1.01\n')
    lenient = write(tmp_path, "lenient.jsonl", json.dumps(TWO_QUESTIONS[0]) + "\n")
    strict = write(tmp_path, "strict.jsonl", json.dumps(TWO_QUESTIONS[0]) + "\n")
    result = run_cli("eval", "--retrieval-only", "--questions", str(lenient), "--questions", str(strict), "--thresholds", str(gates), env=index_env)
    assert result.returncode == 1
    assert "GATE FAILED: " in result.stderr and "strict.jsonl: hit@5" in result.stderr and "lenient.jsonl: hit@5" not in result.stderr


def test_a_time_budget_stops_asking_and_says_which_questions_went_unscored(tmp_path, index_env, ollama):
    # CI's gate on a slow machine: past the budget the questions left are not asked; the report
    # names them, the gate judges what was scored, a set with nothing scored fails its gate, and
    # the run replays to the same figures.
    import time

    def slow(request):
        time.sleep(1.5)
        return cite_before("107")(request)

    ollama.responder = slow
    first = write(tmp_path, "first.jsonl", "\n".join(json.dumps(q) for q in TWO_QUESTIONS) + "\n")
    second = write(tmp_path, "second.jsonl", "\n".join(json.dumps({**q, "id": f"s{q['id']}"}) for q in TWO_QUESTIONS) + "\n")
    gates = write(tmp_path, "gates.toml", "[min]\nanswer_accuracy = 0.5\n")
    env = {**index_env, "RAG_OLLAMA_HOST": ollama.url, "RAG_OLLAMA_MODEL": DEFAULT_MODEL, "RAG_BACKEND": "ollama"}
    run = tmp_path / "run.json"
    result = run_cli(
        "eval", "--questions", str(first), "--questions", str(second), "--time-budget", "1", "--thresholds", str(gates), "--run-out", str(run), env=env
    )
    assert result.returncode == 1, result.stderr
    assert "time budget of 1 s spent" in result.stderr and "not asked: sq1, sq2" in result.stderr
    recorded = json.loads(run.read_text(encoding="utf-8"))
    first_set, second_set = recorded["sets"].values()
    assert len(first_set["rows"]) == 1 and len(first_set["unscored"]) == 1 and first_set["summary"]["n"] == 1
    assert second_set["rows"] == [] and second_set["unscored"] == ["sq1", "sq2"]
    assert "answer_accuracy: not measured" in result.stderr  # the second set's gate
    assert recorded["time_budget_s"] == 1

    replay = run_cli("eval", "--replay", str(run), env={**index_env, "RAG_OLLAMA_HOST": "http://127.0.0.1:9"})
    assert "replayed figures equal the recorded run's" in replay.stderr, replay.stderr
