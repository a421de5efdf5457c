"""Staff feedback on answers, kept in SQLite, and turned into eval-set lines.

Why: a wrong answer reported by word of mouth is fixed once and breaks again unnoticed. Here every
answer the server gives gets an id and a record (question, answer, citations, trace, model, prompt
version, index revision); a thumbs up or down on it, with an optional "the right answer is ..."
and a reason, is stored with a copy of that record; and `export` writes each item as a line of the
eval format (`rag/questions.py`) for a person to check and append to a question file, so what staff
reported becomes a regression test that `rag eval` runs:

- thumbs down with a correction: the correction's numbers as `accept_all` patterns (whole numbers,
  `\\b107\\b`), or the correction itself as a phrase when it has none; the wrong answer's numbers
  under `reject`; the cited articles as the expected `sources` (none when the reason is
  "wrong_source");
- thumbs down "should_have_refused", or thumbs up on a refusal: an unanswerable line;
- thumbs up on an answer: the answer's own numbers (or phrase), so it stays right;
- thumbs down without a correction: nothing to accept, so no line (listed as skipped).

A person reviews each item first (`rag feedback review ID`, or `--reject`): the store records the
verdict, who gave it and when, and `export` writes only accepted items unless told `--all`, so a
staff member's mistaken thumbs never becomes a test nobody looked at.

Each write is one SQLite transaction; the export file is written whole and renamed into place.

Example:
    >>> store = FeedbackStore(Path("/tmp/fb-doctest.sqlite"))  # doctest: +SKIP
    >>> answer_id = store.record_answer({"question": "Berapa pejabat dilantik?", "answer": "5 pejabat [1]", ...})
    >>> item = store.add(rating="down", reason="wrong_number", correction="the right answer is 107", answer_id=answer_id)
    >>> eval_line(item)["accept_all"]
    ['\\\\b107\\\\b']
    >>> store.review(item["id"], accepted=True, by="rina")["review"]
    'accepted'
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rag.answer import AskResult
from rag.questions import Question, counts_in, strip_citations
from rag.store import transaction

REVIEWS = ("accepted", "rejected")
REASONS = ("wrong_number", "wrong_person", "should_have_refused", "wrong_source", "other")
RATINGS = ("up", "down")
KEEP_ANSWERS = 20_000  # answer records kept for feedback to point at; older ones are dropped
# What the answer record keeps of an AskResult.
ANSWER_FIELDS = ("question", "standalone_question", "answer", "found", "language", "kind", "citations", "trace", "refused_by", "model", "backend")
_CORRECTION_LEAD = re.compile(
    r"^\s*(?:the\s+(?:right|correct)\s+answer\s+(?:is|was)|it\s+(?:should\s+be|is)|should\s+be|jawaban(?:nya)?\s+yang\s+benar(?:\s+adalah)?|seharusnya|yang\s+benar)\s*[:,-]?\s*",
    re.IGNORECASE,
)


@dataclass
class RecordedAnswer(AskResult):
    """An AskResult the server has recorded: `answer_id` is what feedback names it by."""

    answer_id: str = ""


class FeedbackStore:
    """answers (id -> record) and feedback items, in one SQLite file in the data directory."""

    def __init__(self, path: Path, keep_answers: int = KEEP_ANSWERS) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.keep_answers = keep_answers
        self._lock = threading.Lock()
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")  # one process creates or migrates at a time
            db.execute("CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, created REAL NOT NULL, record TEXT NOT NULL)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, rating TEXT NOT NULL,"
                " reason TEXT, correction TEXT, answer_id TEXT, record TEXT NOT NULL)"
            )
            # Added after the first release: a file written before them gets them here, every row unreviewed.
            have = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
            for column in ("review", "reviewed_by", "reviewed_at"):
                if column not in have:
                    db.execute(f"ALTER TABLE feedback ADD COLUMN {column} TEXT")

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path, self._lock)

    # ---- answers ----------------------------------------------------------------------------

    def record_answer(self, record: dict[str, Any]) -> str:
        """Keep an answer's record (ANSWER_FIELDS plus prompt_version, index_revision); its new id."""
        answer_id = uuid.uuid4().hex
        with self._db() as db:
            db.execute("INSERT INTO answers VALUES (?, ?, ?)", (answer_id, time.time(), json.dumps(record, ensure_ascii=False, default=str)))
            if db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] > self.keep_answers * 1.1:
                db.execute("DELETE FROM answers WHERE id NOT IN (SELECT id FROM answers ORDER BY created DESC LIMIT ?)", (self.keep_answers,))
        return answer_id

    def record_result(self, result: AskResult, prompt_version: str, index_revision: str | None) -> RecordedAnswer:
        """Record an AskResult; the same result with its answer id."""
        data = result.as_dict()
        record = {k: data.get(k) for k in ANSWER_FIELDS}
        record.update(prompt_version=prompt_version, index_revision=index_revision)
        values = {k: v for k, v in vars(result).items() if k != "answer_id"}
        return RecordedAnswer(**values, answer_id=self.record_answer(record))

    def answer(self, answer_id: str) -> dict[str, Any] | None:
        with self._db() as db:
            row = db.execute("SELECT record FROM answers WHERE id = ?", (answer_id,)).fetchone()
        return json.loads(row[0]) if row else None

    # ---- feedback ---------------------------------------------------------------------------

    def add(self, rating: str, reason: str | None = None, correction: str | None = None, answer_id: str | None = None, record: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """Store one feedback item on a recorded answer (`answer_id`) or on an answer the caller
        sends whole (`record`); the stored item, or None when `answer_id` is unknown."""
        if rating not in RATINGS or (reason is not None and reason not in REASONS):
            raise ValueError(f"rating must be one of {RATINGS} and reason one of {REASONS}")
        if answer_id is not None:
            record = self.answer(answer_id)
            if record is None:
                return None
        if not record or not record.get("question"):
            raise ValueError("feedback needs an answer id or the question and answer")
        created = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._db() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created, rating, reason, correction, answer_id, record) VALUES (?, ?, ?, ?, ?, ?)",
                (created, rating, reason, correction, answer_id, json.dumps(record, ensure_ascii=False, default=str)),
            )
            item_id = cursor.lastrowid
        return self.item(item_id)

    def item(self, item_id: int) -> dict[str, Any] | None:
        with self._db() as db:
            row = db.execute(f"SELECT {_COLUMNS} FROM feedback WHERE id = ?", (item_id,)).fetchone()
        return _item(row) if row else None

    def review(self, item_id: int, accepted: bool, by: str) -> dict[str, Any] | None:
        """Record a person's verdict on an item (accepted: export it; rejected: never), who and when;
        a second review replaces the first. The item, or None when there is no such id."""
        if not by.strip():
            raise ValueError("a review needs the reviewer's name")
        at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._db() as db:
            changed = db.execute(
                "UPDATE feedback SET review = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?", ("accepted" if accepted else "rejected", by.strip(), at, item_id)
            ).rowcount
        return self.item(item_id) if changed else None

    def items(self, rating: str | None = None, limit: int | None = None, review: str | None = None) -> list[dict[str, Any]]:
        """Feedback items, newest first; `review` "accepted", "rejected" or "unreviewed" keeps those only."""
        query = f"SELECT {_COLUMNS} FROM feedback"
        where, args = [], []
        if rating:
            where.append("rating = ?")
            args.append(rating)
        if review == "unreviewed":
            where.append("review IS NULL")
        elif review:
            if review not in REVIEWS:
                raise ValueError(f"review must be one of {REVIEWS} or 'unreviewed'")
            where.append("review = ?")
            args.append(review)
        if where:
            query += " WHERE " + " AND ".join(where)
        query += " ORDER BY id DESC"
        if limit:
            query += " LIMIT ?"
            args.append(limit)
        with self._db() as db:
            return [_item(row) for row in db.execute(query, args).fetchall()]


_COLUMNS = "id, created, rating, reason, correction, answer_id, review, reviewed_by, reviewed_at, record"


def _item(row: tuple) -> dict[str, Any]:
    item_id, created, rating, reason, correction, answer_id, review, reviewed_by, reviewed_at, record = row
    return {
        "id": item_id, "created": created, "rating": rating, "reason": reason, "correction": correction, "answer_id": answer_id,
        "review": review, "reviewed_by": reviewed_by, "reviewed_at": reviewed_at, **json.loads(record),
    }


# ---- export ---------------------------------------------------------------------------------


def _numbers(text: str, question: str) -> list[str]:
    """The counts a text states that the question does not (dates and years are not counts)."""
    return sorted(counts_in(text) - counts_in(question), key=lambda n: text.find(n))


def _number_pattern(number: str) -> str:
    return rf"\b{re.escape(number)}\b"


def _phrase_pattern(text: str) -> str:
    """The words of a text as a pattern, spaces loose: "Pendopo Garut" -> "Pendopo\\s+Garut"."""
    return r"\s+".join(re.escape(word) for word in text.split())


def _what_to_accept(text: str, question: str) -> dict[str, list[str]]:
    numbers = _numbers(text, question)
    if numbers:
        return {"accept": [], "accept_all": [_number_pattern(n) for n in numbers]}
    phrase = text.strip().rstrip(".").strip()
    return {"accept": [_phrase_pattern(phrase)], "accept_all": []} if phrase else {"accept": [], "accept_all": []}


def correction_text(correction: str | None) -> str:
    """The answer a correction gives: "the right answer is 107 officials" -> "107 officials"."""
    return _CORRECTION_LEAD.sub("", correction or "").strip()


def eval_line(item: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """The eval-set line a feedback item becomes, or None; and why (for the skipped list)."""
    question = (item.get("standalone_question") or item.get("question") or "").strip()
    answer = strip_citations(item.get("answer") or "")
    language = item.get("language") if item.get("language") in ("en", "id") else "en"
    sources = list(dict.fromkeys(c.get("source") for c in item.get("citations") or [] if c.get("source")))
    line: dict[str, Any] = {"id": f"feedback-{item['id']}", "question": question, "lang": language, "type": "feedback"}
    refuse = (item["rating"] == "down" and item.get("reason") == "should_have_refused") or (item["rating"] == "up" and item.get("found") is False)
    if refuse:
        line.update(answer=None, accept=[], accept_all=[], reject=[], sources=[], unanswerable=True)
        why = "should have refused" if item["rating"] == "down" else "a right refusal"
    elif item["rating"] == "down":
        right = correction_text(item.get("correction"))
        if not right:
            return None, "thumbs down without a correction: nothing to accept"
        line.update(answer=right, **_what_to_accept(right, question), unanswerable=False)
        wrong = [n for n in _numbers(answer, question) if n not in _numbers(right, question)]
        line["reject"] = [_number_pattern(n) for n in wrong]
        line["sources"] = [] if item.get("reason") == "wrong_source" else sources
        why = f"corrected ({item.get('reason') or 'no reason given'})"
    else:
        line.update(answer=answer, **_what_to_accept(answer, question), reject=[], sources=sources, unanswerable=False)
        why = "a right answer, kept right"
    line["from_feedback"] = {"id": item["id"], "rating": item["rating"], "reason": item.get("reason"), "model": item.get("model"), "prompt_version": item.get("prompt_version"), "index_revision": item.get("index_revision")}
    if not line.get("unanswerable") and not line["sources"]:
        line["from_feedback"]["check"] = "no expected source: add the article that states the answer"
    try:
        Question.model_validate(line)
    except ValueError as exc:
        return None, f"not a valid eval line: {exc}"
    return line, why


def export(items: Iterable[dict[str, Any]], out: Path) -> tuple[int, list[tuple[int, str]]]:
    """Write the items' eval lines to `out` (replaced whole, atomically): how many, and the skipped
    items with why."""
    lines, skipped = [], []
    for item in items:
        line, why = eval_line(item)
        if line is None:
            skipped.append((item["id"], why))
        else:
            lines.append(json.dumps(line, ensure_ascii=False))
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("".join(line + "\n" for line in lines))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(lines), skipped
