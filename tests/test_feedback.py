"""Feedback over real HTTP (the app under uvicorn, a scripted model behind the Ollama wire stand-in),
stored in SQLite, listed with the key, exported by the real `rag feedback export` as eval lines that
the real `rag eval` loads and judges."""

from __future__ import annotations

import json
import shutil

import httpx
import pytest

from rag.feedback import FeedbackStore
from rag.questions import load_questions
from rag.settings import Settings
from server.app import create_app

from conftest import LiveServer, run_cli
from ollama_standin import DEFAULT_MODEL, reply, sentences_in

KEY = "s3cret"
QUESTION = "How many officials did Tatu rotate in Dec 2018?"
POPULATION = "What is the population of Kota Serang in 2018?"


def good_model(request: dict) -> str:
    """Cites the sentence that states 107 officials; anything else is not found."""
    number = next((n for n, text in sentences_in(request).items() if "107 pejabat" in text), None)
    return reply(f"107 officials [{number}]", number) if number else reply("NOT FOUND")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, seed_index):
    """A private copy of the seed index: this module's feedback file is its own."""
    data = tmp_path_factory.mktemp("feedback") / "data"
    shutil.copytree(seed_index.settings.data_dir, data, ignore=shutil.ignore_patterns("feedback.sqlite*", "answers.sqlite*"))
    return data


@pytest.fixture
def server(data_dir, ollama):
    ollama.responder = good_model
    settings = Settings(data_dir=data_dir, backend="ollama", ollama_host=ollama.url, ollama_model=DEFAULT_MODEL, llm_timeout_s=10, answer_cache=False, api_key=KEY)
    with LiveServer(create_app(settings)) as live:
        yield live


@pytest.mark.parametrize(
    "payload, fragment",
    [
        ({"rating": "down"}, "answer_id"),
        ({"answer_id": "0" * 32, "rating": "meh"}, "rating"),
        ({"answer_id": "0" * 32, "rating": "down", "reason": "too slow"}, "reason"),
        ({"answer_id": "0" * 32, "rating": "up", "correction": "the right answer is 3"}, "thumbs down"),
        ({"answer_id": "not-an-id", "rating": "up"}, "answer_id"),
        ({"answer_id": "0" * 32, "rating": "down", "correction": "x" * 1001}, "correction"),
        ({"answer_id": "0" * 32, "rating": "down", "extra": 1}, "extra"),
    ],
)
def test_bad_feedback_is_a_422_that_says_what_is_wrong(server, payload, fragment):
    response = httpx.post(f"{server.url}/feedback", json=payload, timeout=30)
    assert response.status_code == 422 and fragment in json.dumps(response.json())


def test_feedback_is_stored_with_its_answer_listed_with_the_key_and_exported_as_eval_lines_rag_eval_judges(server, data_dir, ollama, tmp_path):
    asked = httpx.post(f"{server.url}/ask", json={"question": QUESTION}, timeout=60).json()
    assert asked["found"] is True and len(asked["answer_id"]) == 32
    url = f"{server.url}/feedback"
    unknown = httpx.post(url, json={"answer_id": "f" * 32, "rating": "up"}, timeout=30)
    assert unknown.status_code == 404 and "answer_id" in unknown.json()["detail"]

    down = httpx.post(url, json={"answer_id": asked["answer_id"], "rating": "down", "reason": "wrong_number", "correction": "The right answer is 109 officials"}, timeout=30)
    assert down.status_code == 201
    item = down.json()
    assert item["question"] == QUESTION and item["answer"] == asked["answer"] and item["citations"][0]["source"].startswith("000")
    assert item["model"] == DEFAULT_MODEL and item["prompt_version"] and item["index_revision"] and item["trace"] == asked["trace"]
    assert httpx.post(url, json={"answer_id": asked["answer_id"], "rating": "up"}, timeout=30).status_code == 201
    # a client without an answer id sends the answer itself; and a thumbs down with nothing to accept
    refused = {"question": POPULATION, "answer": "About 700,000 people [1]", "language": "en", "rating": "down", "reason": "should_have_refused"}
    assert httpx.post(url, json=refused, timeout=30).status_code == 201
    assert httpx.post(url, json={"answer_id": asked["answer_id"], "rating": "down", "reason": "other"}, timeout=30).status_code == 201

    assert httpx.get(url, timeout=30).status_code == 401
    listed = httpx.get(url, headers={"X-API-Key": KEY}, timeout=30).json()
    assert [i["rating"] for i in listed] == ["down", "down", "up", "down"]  # newest first
    assert [i["rating"] for i in httpx.get(url, params={"rating": "up"}, headers={"X-API-Key": KEY}, timeout=30).json()] == ["up"]

    env = {"RAG_DATA_DIR": str(data_dir), "RAG_BACKEND": "ollama", "RAG_OLLAMA_HOST": ollama.url, "RAG_OLLAMA_MODEL": DEFAULT_MODEL}
    out = tmp_path / "from-feedback.jsonl"
    other, should_refuse, thumbs_up, corrected_id = (i["id"] for i in listed)
    unreviewed = run_cli("feedback", "export", "--out", str(out), env=env)  # nothing reviewed: nothing exported, and it says why
    assert unreviewed.returncode == 0 and "wrote 0 eval line(s)" in unreviewed.stderr and "4 item(s) not reviewed" in unreviewed.stderr
    accepted = run_cli("feedback", "review", str(corrected_id), str(thumbs_up), str(should_refuse), "--by", "rina", env=env)
    assert accepted.returncode == 0 and accepted.stdout.count("accepted by rina") == 3, accepted.stderr
    assert run_cli("feedback", "review", str(other), "--reject", "--by", "rina", env=env).returncode == 0
    missing = run_cli("feedback", "review", "999", env=env)
    assert missing.returncode == 1 and "no feedback item #999" in missing.stderr
    states = {i["id"]: (i["review"], i["reviewed_by"]) for i in httpx.get(url, headers={"X-API-Key": KEY}, timeout=30).json()}
    assert states == {corrected_id: ("accepted", "rina"), thumbs_up: ("accepted", "rina"), should_refuse: ("accepted", "rina"), other: ("rejected", "rina")}
    shown = run_cli("feedback", "list", "--review", "rejected", env=env)
    assert f"#{other} " in shown.stdout and "[rejected by rina" in shown.stdout and f"#{corrected_id} " not in shown.stdout

    everything = run_cli("feedback", "export", "--all", "--out", str(out), env=env)
    assert "wrote 3 eval line(s)" in everything.stderr and "without a correction" in everything.stderr  # the rejected item, tried with --all
    exported = run_cli("feedback", "export", "--out", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    assert "wrote 3 eval line(s)" in exported.stderr and "skipped 0" in exported.stderr and "not reviewed" not in exported.stderr
    lines = {line["from_feedback"]["rating"] + "/" + str(line["from_feedback"]["reason"]): line for line in map(json.loads, out.read_text().splitlines())}
    corrected, kept, unanswerable = lines["down/wrong_number"], lines["up/None"], lines["down/should_have_refused"]
    assert corrected["accept_all"] == [r"\b109\b"] and corrected["reject"] == [r"\b107\b"] and corrected["sources"] == [item["citations"][0]["source"]]
    assert kept["accept_all"] == [r"\b107\b"] and unanswerable["unanswerable"] is True and unanswerable["question"] == POPULATION
    assert [q.id for q in load_questions(out)] == [line["id"] for line in lines.values()]  # rag eval's own loader takes every line

    listed_cli = run_cli("feedback", "list", "--json", env=env)
    assert [i["id"] for i in json.loads(listed_cli.stdout)] == [i["id"] for i in listed]

    # rag eval loads the lines and judges them: the kept answer and the refusal stay right, the corrected one is wrong today
    judged = run_cli("eval", "--questions", str(out), "--json", env=env)
    assert judged.returncode == 0, judged.stderr
    rows = {row["id"]: row for row in json.loads(judged.stdout)["rows"]}
    assert rows[kept["id"]]["correct"] and rows[unanswerable["id"]]["correct"] and not rows[corrected["id"]]["correct"]


def test_a_feedback_file_from_before_reviews_opens_with_every_item_unreviewed_and_can_be_reviewed(tmp_path):
    """The review columns are added to a file an earlier version wrote, its rows kept; opening it
    again changes nothing."""
    import sqlite3

    path = tmp_path / "feedback.sqlite"
    with sqlite3.connect(path) as db:  # the schema as the first release wrote it
        db.execute("CREATE TABLE answers (id TEXT PRIMARY KEY, created REAL NOT NULL, record TEXT NOT NULL)")
        db.execute(
            "CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, rating TEXT NOT NULL,"
            " reason TEXT, correction TEXT, answer_id TEXT, record TEXT NOT NULL)"
        )
        db.execute("INSERT INTO feedback (created, rating, record) VALUES ('2026-11-30T10:00:00+00:00', 'up', ?)", (json.dumps({"question": QUESTION, "answer": "107 officials [1]"}),))
    db.close()

    (old,) = FeedbackStore(path).items()
    assert old["question"] == QUESTION and old["review"] is None and FeedbackStore(path).items(review="unreviewed") == [old]
    reviewed = FeedbackStore(path).review(old["id"], accepted=True, by="rina")
    assert reviewed["review"] == "accepted" and reviewed["reviewed_by"] == "rina" and reviewed["reviewed_at"].startswith("20")
    assert FeedbackStore(path).items(review="accepted") == [reviewed] and FeedbackStore(path).review(99, accepted=False, by="rina") is None
