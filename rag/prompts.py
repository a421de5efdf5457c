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
VERSIONS = {"answer": "v3", "answer_user": "v2", "condense": "v1", "refuse": "v1"}


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


def passage_header(number: int, passage: Passage) -> str:
    """The same for every question, whatever its language (the KV cache is reused across them);
    an answer's dates are put in the question's language afterwards (`dates.in_language`)."""
    meta = passage.metadata
    parts = [meta.get("government") or "?"]
    if meta.get("date"):
        parts.append(format_date(date.fromisoformat(meta["date"]), "en"))
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


def reading_order(passages: list[Passage]) -> list[int]:
    """The passages' indexes by date, article and place in the article: the order they are shown
    to the model. Retrieval's order changes with every wording of a question; this one does not,
    so a question over the passages the previous one used (a rephrasing, the other language, a
    follow-up, a sub-question) shares its prompt prefix and llama.cpp reuses the KV cache for it
    instead of reading the passages again, the slow part on a CPU."""
    return sorted(
        range(len(passages)),
        key=lambda i: (passages[i].date or "", passages[i].doc_id, passages[i].metadata.get("position", 0), passages[i].node_id),
    )


def build_messages(question: str, passages: list[Passage], language: str) -> list[dict[str, str]]:
    """Passages numbered as given; the system text is the same for every question and the answer
    language comes last, so everything before the question is reused from the KV cache."""
    date_example = "13 December 2018" if language == "en" else "13 Desember 2018"
    blocks = "\n\n".join(f"{passage_header(i, p)}\n{neutralise(p.text)}" for i, p in enumerate(passages, start=1))
    user = render(
        "answer_user",
        passages=blocks,
        question=question,
        language="English" if language == "en" else "Indonesian",
        date_example=date_example,
    )
    return [{"role": "system", "content": load("answer")}, {"role": "user", "content": user}]
