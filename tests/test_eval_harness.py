"""The eval harness as staff and CI use it: gates that fail the run, accepted figures, and the
naive baseline reported beside our pipeline."""

import json

import pytest

from conftest import run_cli


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
    assert "GATE FAILED: hit@5 = " in result.stderr and "below the minimum 1.01" in result.stderr
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
