"""Every response names the process that made it: `X-Worker: <pid>`.

Why: `rag serve --workers N` puts N processes behind one address, and the kernel decides which one
accepts a connection. An operator reading logs, and the cluster test that uploads through one worker
and asks through another, need to know which worker answered. A pure ASGI middleware (not
BaseHTTPMiddleware), so streamed answers and client-disconnect detection pass through untouched.

Example:
    >>> app.add_middleware(WorkerHeader)  # doctest: +SKIP
    $ curl -si http://127.0.0.1:8000/health | grep -i x-worker
    x-worker: 41231
"""

from __future__ import annotations

import os


class WorkerHeader:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        pid = str(os.getpid()).encode()  # read per request: the app may be built before a fork

        async def send_named(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"x-worker", pid)]}
            await send(message)

        await self.app(scope, receive, send_named)
