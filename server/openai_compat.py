"""OpenAI chat-completions shapes, so existing chat clients can talk to the service. Citations are
appended to the message as a plain-text "Sources" list, which every client shows."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from rag.answer import AskResult, Sources
from rag.errors import BadInput
from server.schemas import ChatRequest, ContentPart

MODEL_ID = "news-qa"


def _text(content: str | list[ContentPart] | None) -> str:
    if isinstance(content, list):  # OpenAI content parts: the text ones (the schema made them strings)
        return " ".join(part.text for part in content if part.text)
    return content or ""


def split_messages(request: ChatRequest) -> tuple[str, list[dict[str, str]]]:
    """Last user message is the question; earlier user/assistant turns are history; system ignored."""
    turns = [(m.role, _text(m.content)) for m in request.messages if m.role in ("user", "assistant")]
    if not turns or turns[-1][0] != "user" or not turns[-1][1].strip():
        raise BadInput("the last message must be a non-empty user message")
    history = [{"role": role, "content": text} for role, text in turns[:-1]]
    return turns[-1][1], history


def sources_block(result: AskResult) -> str:
    if not result.citations:
        return ""
    lines = ["", "", "Sources:" if result.language == "en" else "Sumber:"]
    for c in result.citations:
        label = " — ".join(x for x in (c.title, c.date) if x)
        lines.append(f"[{c.id}] {c.source}{' — ' + label if label else ''}: \"{c.quote}\"")
    return "\n".join(lines)


def completion(result: AskResult, model: str) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model or MODEL_ID,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": result.answer + sources_block(result)}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "citations": [c.__dict__ for c in result.citations],
        "found": result.found,
    }


class Chunker:
    """SSE `data:` lines of chat.completion.chunk objects: `start()`, one `item()` per answer item,
    then `end()` (`data: [DONE]`), or `error()` when the answer fails after the stream started.

    Streamed tokens are the model's draft; if verification changes the answer (a refusal, an added
    citation) the difference is sent at the end, so the client's text ends as the final answer."""

    def __init__(self, model: str) -> None:
        self.cid, self.created, self.model = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time()), model or MODEL_ID
        self.sent = ""

    def chunk(self, delta: dict[str, Any], finish: str | None = None) -> str:
        body = {"id": self.cid, "object": "chat.completion.chunk", "created": self.created, "model": self.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    def start(self) -> str:
        return self.chunk({"role": "assistant", "content": ""})

    def item(self, item: str | Sources | AskResult) -> str | None:
        if isinstance(item, Sources):  # OpenAI's stream has no place for them; they come with the answer
            return None
        if isinstance(item, AskResult):
            final = item.answer + sources_block(item)
            tail = final[len(self.sent):] if final.startswith(self.sent) else "\n\n" + final
            return self.chunk({"content": tail}) if tail else None
        self.sent += item
        return self.chunk({"content": item})

    def end(self) -> str:
        return self.chunk({}, "stop") + "data: [DONE]\n\n"

    @staticmethod
    def error(detail: str, status: int) -> str:
        """OpenAI's error shape on the stream (its clients raise it as an APIError)."""
        kind = "server_error" if status >= 500 else "invalid_request_error"
        return f"data: {json.dumps({'error': {'message': detail, 'type': kind, 'code': status}}, ensure_ascii=False)}\n\n"


def chunks(items: Iterable[str | Sources | AskResult], model: str) -> Iterator[str]:
    """The whole chunk stream of an answer's items."""
    chunker = Chunker(model)
    yield chunker.start()
    for item in items:
        if (line := chunker.item(item)) is not None:
            yield line
    yield chunker.end()
