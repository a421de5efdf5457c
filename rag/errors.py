"""The library's own failures, by kind. Each carries a message for the person who has to act on it;
the server maps the kind to an HTTP status in one place (server/app.py), so a fault of ours is
never reported as the client's and a client's mistake never as a 500."""

from __future__ import annotations


class RagError(Exception):
    """Base of every failure the library reports on purpose."""


class BadInput(RagError):
    """The caller sent something we cannot use (HTTP 400)."""


class TooLarge(BadInput):
    """Over a configured size limit (HTTP 413)."""


class Unsupported(BadInput):
    """Not a kind of content we accept, e.g. a binary or non-UTF-8 file (HTTP 415)."""


class Unauthorized(RagError):
    """No key, or the wrong one (HTTP 401)."""


class Forbidden(RagError):
    """Known caller, not allowed: a seed document, another key's upload (HTTP 403)."""


class NotFound(RagError):
    """No such document (HTTP 404)."""


class Conflict(RagError):
    """The request contradicts what exists, e.g. an upload over an existing name (HTTP 409)."""


class Unavailable(RagError):
    """We cannot serve this right now: the LLM is down or unloadable, the answer queue is full, a
    document is being written (HTTP 503). `retry_after` is the advice, in seconds, sent as the
    Retry-After header."""

    def __init__(self, message: str, retry_after: float = 10.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Busy(Unavailable):
    """Every answer slot is taken and the queue is full; try again later (HTTP 503 + Retry-After)."""


class Cancelled(RagError):
    """The caller left (or the server is stopping): the work was stopped. Never reaches a client."""
