"""The model's reply: the JSON shape asked of it, parsing what comes back (however broken), and
streaming its answer field to a UI while the reply stays structured."""

from __future__ import annotations

import json
import re
from typing import Any

from rag.verify import Evidence

ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "evidence": {
            "type": "array",
            "maxItems": 2,
            "items": {
                "type": "object",
                # Capped: a small model copying long sentences whole runs out of tokens before the
                # answer. A quote's first 200 characters still locate it in the passage.
                "properties": {"passage": {"type": "integer"}, "quote": {"type": "string", "maxLength": 200}},
                "required": ["passage", "quote"],
            },
        },
        "answer": {"type": "string"},
    },
    "required": ["evidence", "answer"],
}


def parse_reply(raw: str) -> tuple[list[Evidence], str]:
    """Evidence and answer from the model's reply; tolerant of prose around the JSON or broken JSON."""
    payload: Any = None
    match = re.search(r"\{.*\}", raw, re.DOTALL)
    if match:
        try:
            payload = json.loads(match.group(0))
        except json.JSONDecodeError:
            payload = None
    if not isinstance(payload, dict):
        if raw.lstrip().startswith(("{", "[")):
            # Broken or cut-off JSON: salvage a complete "answer" field, never return JSON debris.
            answer = _complete_answer_field(raw)
            cited = [int(n) for n in re.findall(r"\[(\d+)\]", answer)]
            return [Evidence(passage=n, quote="") for n in cited], answer
        answer = re.sub(r"\s+", " ", raw).strip()
        cited = [int(n) for n in re.findall(r"\[(\d+)\]", answer)]
        return [Evidence(passage=n, quote="") for n in cited], answer
    evidence = []
    items = payload.get("evidence")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            try:
                evidence.append(Evidence(passage=int(item.get("passage", 0)), quote=str(item.get("quote", ""))))
            except (TypeError, ValueError):
                continue
    answer = payload.get("answer")
    return evidence, (str(answer).strip() if isinstance(answer, (str, int, float)) else "")


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
