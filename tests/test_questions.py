import json

import pytest

from rag.questions import Question, QuestionFileError, load_questions, sample, spread_order
from rag.settings import PROJECT_ROOT

from conftest import run_cli


def test_project_question_set_is_valid_and_large_enough():
    questions = load_questions(PROJECT_ROOT / "eval" / "questions.jsonl")
    assert len(questions) >= 60
    assert {q.lang for q in questions} == {"en", "id"}
    assert sum(q.unanswerable for q in questions) >= 5


def test_bad_lines_are_reported_with_their_line_numbers(tmp_path):
    path = tmp_path / "q.jsonl"
    good = {"id": "a", "question": "Berapa?", "lang": "id", "accept": ["107"], "sources": ["000"]}
    path.write_text(
        "\n".join(
            [
                json.dumps(good),
                "{not json",
                json.dumps({**good, "id": "b", "lang": "fr"}),
                json.dumps({**good, "id": "c", "accept": ["(unclosed"]}),
                json.dumps(good),
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(QuestionFileError) as err:
        load_questions(path)
    message = str(err.value)
    assert ":2: not valid JSON" in message
    assert ":3: lang" in message
    assert ":4: accept" in message and "bad regex" in message
    assert ":5: duplicate id 'a'" in message


def test_answer_rules_accept_any_require_all_and_reject():
    q = Question(id="x", question="?", lang="en", accept=["107"], accept_all=["officials|pejabat"], reject=["269"], sources=["000"])
    assert q.judge("107 officials [1]")
    assert not q.judge("107 [1]")
    assert not q.judge("107 officials, not 269")
    assert q.source_matches("000_489c06fae7c54e75.txt") and not q.source_matches("001_x.txt")


def test_eval_cli_rejects_an_invalid_question_file(tmp_path, seed_index):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    result = run_cli("eval", "--retrieval-only", "--questions", str(path), env={"RAG_DATA_DIR": str(seed_index.settings.data_dir)})
    assert result.returncode != 0
    assert "bad.jsonl:1" in result.stderr


def test_retrieval_eval_cli_json_has_summary_metrics(seed_index):
    result = run_cli("eval", "--retrieval-only", "--json", env={"RAG_DATA_DIR": str(seed_index.settings.data_dir)})
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)["summary"]
    assert {"hit@1", "hit@5", "mrr", "n"} <= set(summary)
    assert summary["hit@5"] >= 0.95 and summary["mrr"] >= 0.85


def test_a_sample_covers_every_type_and_language_in_proportion():
    questions = load_questions(PROJECT_ROOT / "eval" / "questions.jsonl")
    chosen = sample(questions, 0.4)
    groups = {(q.type, q.lang) for q in questions}
    assert {(q.type, q.lang) for q in chosen} == groups
    assert 0.4 * len(questions) <= len(chosen) <= 0.4 * len(questions) + len(groups)
    assert [q.id for q in chosen] == [q.id for q in questions if q in chosen]  # file order kept
    assert sample(questions, 0.4) == chosen and sample(questions, 1.0) == questions
    with pytest.raises(ValueError):
        sample(questions, 0)


def test_a_run_cut_short_in_spread_order_has_scored_every_kind_of_question():
    questions = load_questions(PROJECT_ROOT / "eval" / "questions.jsonl")
    order = spread_order(questions)
    assert sorted(q.id for q in order) == sorted(q.id for q in questions)
    groups = {(q.type, q.lang) for q in questions}
    first = order[: len(sample(questions, 0.1))]
    assert {(q.type, q.lang) for q in first} == groups  # the first tenth already covers every kind
    for share in (0.3, 0.6):  # any prefix is in proportion: each kind within one question of its share
        prefix = order[: round(share * len(questions))]
        for group in groups:
            members = sum((q.type, q.lang) == group for q in questions)
            assert abs(sum((q.type, q.lang) == group for q in prefix) - share * members) <= 1.5, (share, group)


def test_retrieval_eval_cli_scores_only_the_sample(seed_index):
    result = run_cli("eval", "--retrieval-only", "--json", "--sample", "0.2", env={"RAG_DATA_DIR": str(seed_index.settings.data_dir)})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    answerable = [q for q in sample(load_questions(PROJECT_ROOT / "eval" / "questions.jsonl"), 0.2) if not q.unanswerable]
    assert report["summary"]["n"] == len(answerable) and report["sample"] == 0.2
    assert run_cli("eval", "--retrieval-only", "--sample", "0").returncode != 0


def test_the_judge_reads_the_answers_words_not_its_citation_markers_or_dates():
    one = Question(id="x", question="How many regents?", lang="en", answer="1", accept=[r"\b1\b"], sources=["000"])
    assert one.judge("1 regent [2]")
    assert not one.judge("Two regents [1]")  # "[1]" is a citation, not the answer
    assert not one.judge("On 1/3/2026 [2]") and not one.judge("1.5 regents [2]")


def test_a_dates_day_is_no_count_unless_the_rule_is_about_dates():
    more = Question(id="x", question="More in 2026 or 2025, by how many?", lang="en", answer="11 more", accept_all=[r"\b11\b", "more"], sources=["000"])
    assert not more.judge("Kabupaten Garut, 11 May 2026 had more: 27 [1] vs 24 (2025) [2], 3 more.")
    assert more.judge("Kabupaten Garut, 11 May 2026 had more: 27 [1] vs 16 (2025) [2], 11 more.")
    assert more.judge("In May 11 more officials were sworn in than in 2025 [1].")  # a count after a month name is a count
    when = Question(id="y", question="When?", lang="en", answer="11 May 2026", accept=[r"\b11 (May|Mei)\b"], sources=["000"])
    assert when.judge("On 11 May 2026 [1]")


def test_an_answer_listing_many_numbers_is_wrong_even_if_one_is_right():
    q = Question(id="x", question="How many officials in 2018?", lang="en", answer="107 officials.", accept=[r"\b107\b"], sources=["000"])
    assert q.judge("107 officials on 13 December 2018 [1]")
    assert q.judge("226 in total: 107 (13 December 2018) [1] + 119 (14 June 2019) [2].")
    assert not q.judge("107, 20, 85 or 269 officials [1]")


def test_the_parts_of_an_answers_own_arithmetic_are_its_working_not_more_answers():
    q = Question(id="x", question="Combined value of the packages?", lang="en", answer="Rp 53 billion.", accept=[r"\b53\s*(miliar|billion)"], sources=["000"])
    assert q.judge("Rp 53 miliar (Rp 21,4 miliar + Rp 12,9 miliar + Rp 18,7 miliar) [1][2]")
    assert not q.judge("Rp 53 miliar (Rp 21,4 miliar + Rp 12,9 miliar + Rp 17,7 miliar) [1][2]")  # its sum is not the answer: four counts
    assert not q.judge("Rp 53 miliar, Rp 21,4 miliar, Rp 12,9 miliar or Rp 18,7 miliar [1]")
