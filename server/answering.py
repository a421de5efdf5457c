"""Answering off the request threads: a bounded queue per process, a fixed set of worker threads,
and cancellation when a client leaves.

An answer is CPU-bound for seconds (the embedded model serialises generations anyway), so the
server computes at most `answer_workers` at once and lets at most `max_waiting_answers` wait;
beyond that a request is refused at once with 503 and a Retry-After estimated from recent answer
times. Routes stay async and cheap routes (/health, /documents) never share a thread with an
answer. A job's items (sources, text pieces, the result) travel to the request's event loop as
they are produced. Cancelling a job (its client left, the server is stopping) drops it if it is
still waiting; if it runs, the LLM call stops at its next generated piece (`rag.llm.cancellable`)
and the worker closes the answer generator itself, in its own thread, so every `finally` on the
way (the embedded model's lock among them) runs there and then.
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from rag.errors import Busy, Cancelled, Unavailable
from rag.llm import cancellable

log = logging.getLogger(__name__)

_END = object()
HEARTBEAT = object()


class Job:
    """One answer: `work()` returns an iterator of items, run in a worker thread; the request's
    coroutine reads them with `items()` or `result()`."""

    def __init__(self, work: Callable[[], Iterator[Any]], loop: asyncio.AbstractEventLoop) -> None:
        self.work = work
        self.cancel_event = threading.Event()
        self.state = "waiting"  # waiting -> running -> done | cancelled | failed; or dropped
        self._loop = loop
        self._items: asyncio.Queue = asyncio.Queue()
        self.queue: AnswerQueue | None = None

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        """Stop this job: dropped now if it waits, stopped at its next piece if it runs."""
        if self.state in ("done", "cancelled", "failed", "dropped") or self.cancel_event.is_set():
            return
        self.cancel_event.set()
        if self.queue is not None:
            self.queue._drop(self)

    def emit(self, item: Any) -> None:
        try:
            self._loop.call_soon_threadsafe(self._items.put_nowait, item)
        except RuntimeError:  # the event loop is gone (server stopped): nobody is listening
            pass

    async def items(self, heartbeat_s: float | None = None) -> AsyncIterator[Any]:
        """The job's items as they come; HEARTBEAT after `heartbeat_s` without one; an exception
        the work raised is raised here."""
        while True:
            try:
                item = await asyncio.wait_for(self._items.get(), heartbeat_s) if heartbeat_s else await self._items.get()
            except asyncio.TimeoutError:
                yield HEARTBEAT
                continue
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    async def last(self, is_gone: Callable[[], Any], poll_s: float = 0.25) -> Any:
        """The job's last item (the answer), checking `await is_gone()` meanwhile: a client that
        left cancels the job (and Cancelled is raised)."""
        last = None
        async for item in self.items(heartbeat_s=poll_s):
            if item is HEARTBEAT:
                if await is_gone():
                    self.cancel()
                    raise Cancelled("the client left")
                continue
            last = item
        return last


class AnswerQueue:
    """`workers` threads take jobs in order; at most `max_waiting` jobs wait. Counters for /health."""

    def __init__(self, workers: int, max_waiting: int) -> None:
        self.workers = workers
        self.max_waiting = max_waiting
        self._waiting: deque[Job] = deque()
        self._running = 0
        self._cond = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._seconds: deque[float] = deque(maxlen=20)  # recent answer times, for Retry-After
        self._running_jobs: set[Job] = set()
        self.counts = {"done": 0, "failed": 0, "cancelled": 0, "dropped": 0, "rejected": 0}
        self.on_change: Callable[[int, int], None] | None = None  # (running, waiting), called under the lock: the metrics' gauges

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self._running, len(self._waiting))

    # ---- admission ----------------------------------------------------------------------------

    def submit(self, work: Callable[[], Iterator[Any]]) -> Job:
        """Queue an answer, or raise Busy (503 + Retry-After) when every slot is taken."""
        job = Job(work, asyncio.get_running_loop())
        with self._cond:
            if self._closed:
                raise Unavailable("the server is shutting down", retry_after=5)
            free = self.workers - self._running
            if len(self._waiting) >= self.max_waiting + max(free, 0):
                self.counts["rejected"] += 1
                raise Busy(
                    f"busy: {self._running} answers running and {len(self._waiting)} waiting (RAG_MAX_WAITING_ANSWERS={self.max_waiting}); try again later",
                    retry_after=self.retry_after(),
                )
            job.queue = self
            self._waiting.append(job)
            self._changed()
            self._start_threads()
            self._cond.notify()
        return job

    def retry_after(self) -> int:
        """Seconds until a slot is likely free: the jobs ahead, at the recent answer time."""
        typical = sorted(self._seconds)[len(self._seconds) // 2] if self._seconds else 10.0
        ahead = len(self._waiting) + self._running
        return max(1, min(600, math.ceil(typical * ahead / self.workers)))

    def _drop(self, job: Job) -> None:
        with self._cond:
            if job.state == "waiting" and job in self._waiting:
                self._waiting.remove(job)
                job.state = "dropped"
                self._changed()
                self.counts["dropped"] += 1
                job.emit(_END)

    def stats(self) -> dict[str, int]:
        with self._cond:
            return {"workers": self.workers, "running": self._running, "waiting": len(self._waiting), "max_waiting": self.max_waiting, **self.counts}

    def close(self) -> None:
        """Refuse new jobs and cancel every job there is (server shutdown)."""
        with self._cond:
            self._closed = True
            waiting = list(self._waiting)
            self._cond.notify_all()
            running = list(self._running_jobs)
        for job in waiting + running:
            job.cancel()

    # ---- workers --------------------------------------------------------------------------------

    def _start_threads(self) -> None:
        while len(self._threads) < self.workers:
            thread = threading.Thread(target=self._work, name=f"answer-{len(self._threads)}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._waiting and not self._closed:
                    self._cond.wait()
                if self._closed and not self._waiting:
                    return
                job = self._waiting.popleft()
                job.state = "running"
                self._running += 1
                self._running_jobs.add(job)
                self._changed()
            started = time.monotonic()
            state = self._run(job)
            with self._cond:
                self._running -= 1
                self._running_jobs.discard(job)
                self._changed()
                job.state = state
                self.counts[state] += 1
                if state == "done":
                    self._seconds.append(time.monotonic() - started)
            job.emit(_END)

    def _run(self, job: Job) -> str:
        """Drive the job's iterator in this thread; returns its final state."""
        with cancellable(job.cancel_event):
            iterator = None
            try:
                if job.cancelled:
                    raise Cancelled("cancelled before it started")
                iterator = job.work()
                for item in iterator:
                    if job.cancelled:
                        raise Cancelled("the client left")
                    job.emit(item)
                return "done"
            except Cancelled:
                return "cancelled"
            except Exception as exc:  # handed to the request, which maps it to a status
                if job.cancelled:
                    return "cancelled"
                if not isinstance(exc, Unavailable):
                    log.exception("answer failed")
                job.emit(exc)
                return "failed"
            finally:
                close = getattr(iterator, "close", None)
                if close is not None:
                    try:
                        close()  # here, in the thread that ran it: its finally blocks run now
                    except Exception:
                        log.exception("closing an answer failed")
