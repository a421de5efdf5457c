"""Cited answers from Indonesian regional news, on a small local model.

The public API, for programs that embed the pipeline rather than call the HTTP server:

    >>> from pathlib import Path
    >>> from rag import Answerer, Index, Retriever, Settings, get_llm
    >>> settings = Settings()                      # RAG_* environment variables
    >>> index = Index(settings)
    >>> index.ingest([Path("seeds")])              # idempotent: unchanged files are skipped
    >>> answer = Answerer(Retriever(index), get_llm(settings)).ask("Berapa pejabat dilantik Maret 2026?")
    >>> answer.answer, [c.source for c in answer.citations], answer.refused_by

Names load on first use, so `import rag` stays cheap (the index pulls in Chroma and torch; a CLI
that only lists rules or parses a question never pays for them). Everything else in the package is
internal and may change.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "Settings": "rag.settings",
    "get_settings": "rag.settings",
    "Index": "rag.index",
    "Retriever": "rag.retrieve",
    "Filters": "rag.retrieve",
    "Answerer": "rag.answer",
    "AskResult": "rag.answer",
    "Citation": "rag.answer",
    "AnswerCache": "rag.cache",
    "get_llm": "rag.llm",
    "LLMUnavailable": "rag.llm",
    "Question": "rag.question",
    "parse_question": "rag.question",
    "RULES": "rag.rules",
    "RagError": "rag.errors",
    "BadInput": "rag.errors",
    "NotFound": "rag.errors",
    "Unavailable": "rag.errors",
}
_RENAMED = {"parse_question": "parse"}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # for editors and type checkers; at run time the names load lazily
    from rag.answer import Answerer, AskResult, Citation
    from rag.cache import AnswerCache
    from rag.errors import BadInput, NotFound, RagError, Unavailable
    from rag.index import Index
    from rag.llm import LLMUnavailable, get_llm
    from rag.question import Question
    from rag.question import parse as parse_question
    from rag.retrieve import Filters, Retriever
    from rag.rules import RULES
    from rag.settings import Settings, get_settings


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'rag' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), _RENAMED.get(name, name))
    globals()[name] = value
    return value
