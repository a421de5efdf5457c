"""Prompt templates live in prompts/ as versioned files; this module loads and fills them, and
builds the chat messages: numbered passages with their headers, article text kept as data."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rag.dates import format_date
from rag.retrieve import Passage
from rag.settings import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"
# The version of each prompt in use; a changed prompt gets a new file, so a report can name it.
VERSIONS = {"answer": "v2", "answer_user": "v1", "condense": "v1", "refuse": "v1"}


@lru_cache
def load(name: str, version: str | None = None) -> str:
    return (PROMPTS_DIR / f"{name}.{version or VERSIONS[name]}.txt").read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    """Fill {placeholders} in one pass: braces in JSON examples stay, and a placeholder-like
    string inside untrusted article text is never expanded."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), load(name))


def refusal(language: str) -> str:
    lines = [line for line in load("refuse").splitlines() if line and not line.startswith("#")]
    messages = dict(line.split(": ", 1) for line in lines)
    return messages.get(language, messages["en"])


def passage_header(number: int, passage: Passage, language: str) -> str:
    meta = passage.metadata
    parts = [meta.get("government") or "?"]
    if meta.get("date"):
        parts.append(format_date(date.fromisoformat(meta["date"]), language))
    if meta.get("title"):
        parts.append(meta["title"])
    return f"[{number}] ({'; '.join(parts)})"


_INJECTION = re.compile(
    r"[^.!?\n]*\b(ignore (all |any )?(previous|prior|above) (instructions|prompts?)|abaikan (semua |seluruh )?(instruksi|perintah)"
    r"|disregard (the |all )?(previous|above)|system prompt|system\s*:\s*\w+|you are now|answer that|jawab(lah)? bahwa)\b[^.!?\n]*[.!?]?",
    re.IGNORECASE,
)


def neutralise(text: str) -> str:
    """Article text is data: sentences that address the model as instructions are withheld from
    the prompt (a small model obeys them however the prompt is worded)."""
    return _INJECTION.sub("[instruction-like text removed]", text)


def build_messages(question: str, passages: list[Passage], language: str) -> list[dict[str, str]]:
    """System text first and fixed, so llama.cpp reuses its KV cache across questions."""
    date_example = "13 December 2018" if language == "en" else "13 Desember 2018"
    system = render("answer", language="English" if language == "en" else "Indonesian", date_example=date_example)
    blocks = "\n\n".join(f"{passage_header(i, p, language)}\n{neutralise(p.text)}" for i, p in enumerate(passages, start=1))
    user = render("answer_user", passages=blocks, question=question)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]
