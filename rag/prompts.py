"""Prompt templates live in prompts/ as versioned files; this module only loads and fills them."""

from __future__ import annotations

import re
from functools import lru_cache

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
