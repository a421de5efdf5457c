"""Chat conversations kept on the server, per API key, in one SQLite file in the data directory.

Why: the chat keeps its conversations in the browser by default, which loses them with a new
browser, another machine or a cleared profile. With `RAG_CONVERSATIONS=server` the chat page
saves each conversation here instead, so the same key sees the same list anywhere, and a
follow-up after a reload is still sent with the turns before it. A conversation is stored whole,
as the page keeps it (title, times, turns with each answer's citations and trace); saving it
again replaces it, so a save that is retried after a lost reply changes nothing.

One row per (owner, id): `owner` is the digest of the caller's key (rag.index.key_owner, as
uploads use it), so one key never reads, lists, replaces or deletes another's conversation, even
with its id. Each write is one SQLite transaction (WAL), committed whole or not at all.

Example:
    >>> import tempfile
    >>> store = ConversationStore(Path(tempfile.mkdtemp()) / "conversations.sqlite")
    >>> chat = Conversation(id="k3x9", title="Rotasi pejabat", created=1, updated=2, turns=[Turn(role="user", content="Berapa pejabat?")])
    >>> store.put("owner-a", chat), store.put("owner-a", chat)  # created, then replaced by the same
    (True, False)
    >>> store.get("owner-b", "k3x9") is None  # another key's
    True
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rag.errors import BadInput, TooLarge
from rag.store import transaction

ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
MAX_BYTES = 2_000_000


class Turn(BaseModel):
    """One turn as the chat page keeps it: the question, or the answer with what /ask returned."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str = Field(max_length=8000)
    data: dict[str, Any] | None = Field(None, description="The answer as /ask returned it (citations, trace, answer_id), for an assistant turn.")
    ms: float | None = Field(None, ge=0, description="How long the answer took, milliseconds.")
    feedback: dict[str, Any] | None = Field(None, description="The feedback given on this answer (POST /feedback's reply).")


class Conversation(BaseModel):
    """A whole conversation; `created` and `updated` in milliseconds since 1970, as a browser's Date.now()."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field("", max_length=200)
    created: int = Field(ge=0)
    updated: int = Field(ge=0)
    turns: list[Turn] = Field(default_factory=list, max_length=1000)


class ConversationSummary(BaseModel):
    """A line of the side list: what GET /conversations returns per conversation."""

    id: str
    title: str
    created: int
    updated: int
    turns: int = Field(description="How many turns it has.")


class ConversationStore:
    """conversations (owner, id) -> JSON body, in one SQLite file; at most `max_bytes` per body."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        with self._db() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS conversations (owner TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL,"
                " created INTEGER NOT NULL, updated INTEGER NOT NULL, turns INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (owner, id))"
            )

    def _db(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path, self._lock)

    def list(self, owner: str) -> list[dict[str, Any]]:
        """The owner's conversations as ConversationSummary dicts, most recently updated first."""
        with self._db() as db:
            rows = db.execute(
                "SELECT id, title, created, updated, turns FROM conversations WHERE owner = ? ORDER BY updated DESC, id", (owner,)
            ).fetchall()
        return [{"id": i, "title": title, "created": created, "updated": updated, "turns": turns} for i, title, created, updated, turns in rows]

    def get(self, owner: str, conversation_id: str) -> Conversation | None:
        with self._db() as db:
            row = db.execute("SELECT body FROM conversations WHERE owner = ? AND id = ?", (owner, conversation_id)).fetchone()
        return Conversation.model_validate_json(row[0]) if row else None

    def put(self, owner: str, conversation: Conversation) -> bool:
        """Store the conversation whole, replacing the owner's one of that id: True when it is new.
        TooLarge over `max_bytes`."""
        body = conversation.model_dump_json(exclude_unset=True)  # as sent: read back, it is what the page saved
        if len(body.encode("utf-8")) > self.max_bytes:
            raise TooLarge(f"conversation larger than {self.max_bytes:,} bytes (RAG_MAX_CONVERSATION_BYTES): start a new one")
        c = conversation
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")  # the check and the write as one, against other worker processes
            existed = db.execute("SELECT 1 FROM conversations WHERE owner = ? AND id = ?", (owner, c.id)).fetchone() is not None
            db.execute(
                "INSERT INTO conversations (owner, id, title, created, updated, turns, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (owner, id) DO UPDATE SET title = excluded.title, created = excluded.created, updated = excluded.updated,"
                " turns = excluded.turns, body = excluded.body",
                (owner, c.id, c.title, c.created, c.updated, len(c.turns), body),
            )
        return not existed

    def put_at(self, owner: str, conversation_id: str, conversation: Conversation) -> bool:
        """`put`, for a conversation sent to the address of `conversation_id` (which must be its own)."""
        if conversation.id != conversation_id:
            raise BadInput(f"the conversation's id {conversation.id!r} is not the {conversation_id!r} of its address")
        return self.put(owner, conversation)

    def delete(self, owner: str, conversation_id: str) -> bool:
        """Remove the owner's conversation: False when there was none."""
        with self._db() as db:
            return db.execute("DELETE FROM conversations WHERE owner = ? AND id = ?", (owner, conversation_id)).rowcount > 0
