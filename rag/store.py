"""One SQLite transaction per use, for the small stores kept in the data directory (the answer
cache, feedback, conversations).

Why: each store is shared by the request threads of a server and, with `--workers N`, by several
processes. A connection per use, in WAL mode, committed whole or rolled back, lets SQLite's own
file locking serve the processes; the lock serialises the threads of one process.

Example:
    >>> import tempfile, threading
    >>> path = Path(tempfile.mkdtemp()) / "notes.sqlite"
    >>> lock = threading.Lock()
    >>> with transaction(path, lock) as db:
    ...     _ = db.execute("CREATE TABLE notes (text TEXT)")
    ...     _ = db.execute("INSERT INTO notes VALUES ('kept')")
    >>> with transaction(path, lock) as db:
    ...     db.execute("SELECT text FROM notes").fetchall()
    [('kept',)]
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def transaction(path: Path, lock: threading.Lock, timeout: float = 10) -> Iterator[sqlite3.Connection]:
    """A connection to `path` for one transaction: committed when the block ends, rolled back if it
    raises, closed either way."""
    with lock:
        db = sqlite3.connect(path, timeout=timeout)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            with db:
                yield db
        finally:
            db.close()
