"""OpenAI chat-completions shapes, so existing chat clients can talk to the service. Citations are
appended to the message as a plain-text "Sources" list, which every client shows."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import HTTPException

from rag.answer import AskResult, Sources
from server.schemas import ChatRequest

MODEL_ID = "news-qa"


def _text(content: Any) -> str:
    if isinstance(content, list):  # OpenAI content parts
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return content or ""


def split_messages(request: ChatRequest) -> tuple[str, list[dict[str, str]]]:
    """Last user message is the question; earlier user/assistant turns are history; system ignored."""
    turns = [(m.role, _text(m.content)) for m in request.messages if m.role in ("user", "assistant")]
    if not turns or turns[-1][0] != "user" or not turns[-1][1].strip():
        raise HTTPException(400, "the last message must be a non-empty user message")
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


def chunks(items: Iterable[str | Sources | AskResult], model: str) -> Iterator[str]:
    """SSE `data:` lines of chat.completion.chunk objects, ending with `data: [DONE]`.

    Streamed tokens are the model's draft; if verification changes the answer (a refusal, an added
    citation) the difference is sent at the end, so the client's text ends as the final answer."""
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:24]}", int(time.time())

    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model or MODEL_ID,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    sent = ""
    for item in items:
        if isinstance(item, Sources):  # OpenAI's stream has no place for them; they come with the answer
            continue
        if isinstance(item, AskResult):
            final = item.answer + sources_block(item)
            tail = final[len(sent):] if final.startswith(sent) else "\n\n" + final
            if tail:
                yield chunk({"content": tail})
        else:
            sent += item
            yield chunk({"content": item})
    yield chunk({}, "stop")
    yield "data: [DONE]\n\n"
