"""The naive baseline: the plainest llama-index pipeline a user would write over our index.

`VectorStoreIndex` over the same Chroma chunks and embeddings, `as_query_engine()` with its
defaults (top 2 by cosine, "compact" synthesis, llama-index's stock QA prompt), answered by the
same LLM. It exists to be measured against: whatever our pipeline adds (hybrid retrieval, date
awareness, evidence-first prompts, verification, refusal) must show up as a difference here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from llama_index.core import VectorStoreIndex
from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseGen,
    LLMMetadata,
    MessageRole,
)
from llama_index.core.llms import CustomLLM
from pydantic import PrivateAttr

from rag.index import Index
from rag.llm import LLM

# What a plain model says when the context lacks the answer; the naive pipeline has no other
# notion of "not found", so its refusals are recognised by wording.
_REFUSAL = re.compile(
    r"\b(not (mentioned|provided|specified|stated|found|available|given)|no information|does not (say|mention|provide|contain|specify)"
    r"|doesn't (say|mention|provide)|cannot (be )?(determined|answer)|unable to|tidak (disebutkan|ditemukan|ada informasi|diketahui|dijelaskan))\b",
    re.IGNORECASE,
)


class LlamaIndexAdapter(CustomLLM):
    """Our LLM backend (Ollama or embedded llama.cpp) as a llama-index chat LLM, so the baseline
    uses the very same model, chat template and sampling settings."""

    context_window: int = 4096
    num_output: int = 256
    model_name: str = ""
    _llm: Any = PrivateAttr()

    def __init__(self, llm: LLM, context_window: int, num_output: int) -> None:
        super().__init__(context_window=context_window, num_output=num_output, model_name=llm.model)
        self._llm = llm

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(
            context_window=self.context_window, num_output=self.num_output, is_chat_model=True, model_name=self.model_name
        )

    def _pieces(self, messages: Sequence[ChatMessage]):
        plain = [{"role": m.role.value, "content": m.content or ""} for m in messages]
        return self._llm.chat(plain, max_tokens=self.num_output)

    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        text = "".join(self._pieces(messages))
        return ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=text))

    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        def gen() -> ChatResponseGen:
            text = ""
            for piece in self._pieces(messages):
                text += piece
                yield ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content=text), delta=piece)

        return gen()

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return CompletionResponse(text=self.chat([ChatMessage(role=MessageRole.USER, content=prompt)]).message.content or "")

    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        def gen() -> CompletionResponseGen:
            for response in self.stream_chat([ChatMessage(role=MessageRole.USER, content=prompt)]):
                yield CompletionResponse(text=response.message.content or "", delta=response.delta)

        return gen()


class NaiveResult:
    """The baseline's answer in the shape the evaluator reads from our AskResult."""

    def __init__(self, answer: str, sources: list[str]) -> None:
        self.answer = answer
        self.found = bool(answer) and not _REFUSAL.search(answer)
        # The naive engine has no citations; the passages it answered from stand in for them.
        self.sources = sources
        self.retrieved = sources


class NaivePipeline:
    """`VectorStoreIndex.from_vector_store(...).as_query_engine(llm=...)`, nothing more."""

    def __init__(self, index: Index, llm: LLM) -> None:
        settings = index.settings
        adapter = LlamaIndexAdapter(llm, context_window=settings.llm_ctx, num_output=settings.max_answer_tokens)
        vector_index = VectorStoreIndex.from_vector_store(index.store, embed_model=index.embedder)
        self.engine = vector_index.as_query_engine(llm=adapter)

    def ask(self, question: str) -> NaiveResult:
        response = self.engine.query(question)
        sources = [n.node.metadata.get("doc_id", "") for n in response.source_nodes]
        return NaiveResult(str(response).strip(), sources)
