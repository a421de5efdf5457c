"""The answer cache: the same question over the same index, model and prompts returns the stored
answer in milliseconds.

Staff ask the same things again ("berapa pejabat dilantik bulan ini?"), and on two CPU cores an
answer costs seconds of model time. The key is everything an answer depends on: the question
(whitespace and letter case normalised), the conversation before it, the filters and top_k, the
index revision (any ingest, upload or delete changes it, in any process, so a stale answer is
never served), the model, the prompt versions and the code (a hash of the package's sources: an
upgrade that changes a rule never serves answers the old rules made). Kept in SQLite in the data directory, so it
survives restarts and is shared by every worker on that directory.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from contextlib import AbstractContextManager
from dataclasses import asdict, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag import prompts
from rag.store import transaction
from rag.text import norm

if TYPE_CHECKING:
    from rag.answer import AskResult


@lru_cache
def code_version() -> str:
    """A hash of every module of the `rag` package, e.g. "3f2a9c41d0b7e6a5"."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class AnswerCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        with self._db() as db:
            db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, created REAL NOT NULL, result TEXT NOT NULL)")

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path, self._lock)

    @staticmethod
    def key(question: str, history: Any, filters: Any, top_k: int | None, revision: str, model: str) -> str:
        parts = {
            "question": norm(question).rstrip(" ?"),
            "history": [(t.get("role"), norm(t.get("content") or "")) for t in history or []],
            "filters": asdict(filters) if is_dataclass(filters) else None,
            "top_k": top_k,
            "revision": revision,
            "model": model,
            "prompts": prompts.version(),
            "code": code_version(),
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def get(self, key: str) -> AskResult | None:
        from rag.answer import AskResult

        with self._db() as db:
            row = db.execute("SELECT result FROM answers WHERE key = ?", (key,)).fetchone()
        return AskResult.from_dict(json.loads(row[0])) if row else None

    def put(self, key: str, result: AskResult) -> None:
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (key, time.time(), json.dumps(result.as_dict(), ensure_ascii=False)))

    def clear(self) -> None:
        with self._db() as db:
            db.execute("DELETE FROM answers")
