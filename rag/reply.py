"""The model's reply: the JSON shape asked of it, parsing what comes back (however broken), and
streaming its answer field to a UI while the reply stays structured.

The model names the sentences it used by number and writes a short answer; it copies nothing,
so a reply is ~15 tokens, and every quote a user sees is our own text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from rag.text import markers

ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "sentences": {"type": "array", "maxItems": 4, "items": {"type": "integer"}},
        "answer": {"type": "string", "maxLength": 240},
    },
    "required": ["sentences", "answer"],
}


@dataclass
class Reply:
    answer: str
    sentences: list[int] = field(default_factory=list)  # the numbers the model says it used


def parse_reply(raw: str) -> Reply:
    """Sentence numbers and answer from the model's reply; tolerant of prose around the JSON or
    broken JSON (a cut-off reply never returns JSON debris as an answer)."""
    payload: Any = None
    if match := re.search(r"\{.*\}", raw, re.DOTALL):
        try:
            payload = json.loads(match.group(0))
        except json.JSONDecodeError:
            payload = None
    if not isinstance(payload, dict):
        answer = _complete_answer_field(raw) if raw.lstrip().startswith(("{", "[")) else re.sub(r"\s+", " ", raw).strip()
        return Reply(answer, markers(answer))
    numbers = payload.get("sentences")
    sentences = [n for n in numbers if isinstance(n, int) and not isinstance(n, bool)] if isinstance(numbers, list) else []
    answer = payload.get("answer")
    return Reply(str(answer).strip() if isinstance(answer, (str, int, float)) and not isinstance(answer, bool) else "", sentences)


def _complete_answer_field(raw: str) -> str:
    """The "answer" string of a JSON reply if it was written to its closing quote, else ""."""
    match = re.search(r'"answer"\s*:\s*("(?:[^"\\]|\\.)*")', raw)
    if not match:
        return ""
    try:
        return str(json.loads(match.group(1))).strip()
    except json.JSONDecodeError:
        return ""


class AnswerStreamer:
    """Yields the text of the JSON reply's "answer" field as the model writes it, so a UI can
    stream the answer while the reply stays structured."""

    def __init__(self) -> None:
        self.buffer = ""
        self.emitted = 0

    def feed(self, piece: str) -> str:
        self.buffer += piece
        start = re.search(r'"answer"\s*:\s*"', self.buffer)
        if not start:
            return ""
        body = self.buffer[start.end() :]
        out, i = [], 0
        while i < len(body):
            ch = body[i]
            if ch == "\\":
                if i + 1 >= len(body):
                    break
                nxt = body[i + 1]
                if nxt == "u":
                    if i + 6 > len(body):
                        break
                    out.append(chr(int(body[i + 2 : i + 6], 16)))
                    i += 6
                    continue
                out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                i += 2
                continue
            if ch == '"':
                break
            out.append(ch)
            i += 1
        text = "".join(out)
        new = text[self.emitted :]
        self.emitted = len(text)
        return new
