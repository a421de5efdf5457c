"""Prompt templates live in prompts/ as versioned files; this module loads and fills them, and
builds the chat messages.

The system text never changes with the question, so llama.cpp keeps it in its KV cache and only
the context and the question are evaluated per call. The context (numbered sentences under their
article headers) comes before the question, so the parts of a multi-part question asked over the
same sentences share that prefix too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rag.settings import PROJECT_ROOT

PROMPTS_DIR = PROJECT_ROOT / "prompts"
# The version of each prompt in use; a changed prompt gets a new file, so a report can name it.
VERSIONS = {"answer": "v3", "answer_user": "v2", "hints": "v6", "condense": "v1", "refuse": "v1"}


def version() -> str:
    """All prompt versions in one string: part of what an answer depends on (the answer cache)."""
    return ",".join(f"{k}.{v}" for k, v in sorted(VERSIONS.items()))


@lru_cache
def load(name: str, version: str | None = None) -> str:
    return (PROMPTS_DIR / f"{name}.{version or VERSIONS[name]}.txt").read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    """Fill {placeholders} in one pass: braces in JSON examples stay, and a placeholder-like
    string inside untrusted article text is never expanded."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), load(name))


def _table(name: str) -> dict[str, str]:
    """A "key: text" file, comment lines skipped."""
    lines = [line for line in load(name).splitlines() if line and not line.startswith("#")]
    return dict(line.split(": ", 1) for line in lines)


def refusal(language: str) -> str:
    messages = _table("refuse")
    return messages.get(language, messages["en"])


def hint(kind: str, language: str) -> str:
    """The one line after the question that says what kind of answer is wanted, in its language."""
    hints = _table("hints")
    return hints.get(f"{kind}.{language}") or hints[f"other.{language}"]


def hint_example(kind: str, language: str) -> str:
    """The example a hint quotes ("13 Desember 2018" of the date hint), or "": a small model
    sometimes answers with the example itself, and a rule that sees it asks again without it."""
    return m.group(1) if (m := re.search(r'"([^"<>]+)"', hint(kind, language))) else ""


_INJECTION = re.compile(
    r"[^.!?\n]*\b(ignore (all |any )?(previous|prior|above) (instructions|prompts?)|abaikan (semua |seluruh )?(instruksi|perintah)"
    r"|disregard (the |all )?(previous|above)|system prompt|system\s*:\s*\w+|you are now|answer that|jawab(lah)? bahwa)\b[^.!?\n]*[.!?]?",
    re.IGNORECASE,
)


def neutralise(text: str) -> str:
    """Article text is data: sentences that address the model as instructions are withheld from
    the prompt (a small model obeys them however the prompt is worded)."""
    return _INJECTION.sub("[instruction-like text removed]", text)


def build_messages(question: str, context: str, kind: str, language: str) -> list[dict[str, str]]:
    """System text first and fixed; then the numbered sentences, the question and its hint."""
    user = render("answer_user", context=neutralise(context), question=question, hint=hint(kind, language))
    return [{"role": "system", "content": load("answer")}, {"role": "user", "content": user}]
