"""`python -m rag.llm_server ...`: llama-cpp-python's OpenAI-compatible server
(`python -m llama_cpp.server`, the same arguments) with llama.cpp's AMX weight repacking off.

Why: the embedded backend turns that repacking off because it segfaults at the first decode on
Sapphire Rapids CPUs with llama-cpp-python 0.3.36 (see EmbeddedLLM._llama), and the server loads the
same GGUF through the same library; `llama_cpp.server` exposes no switch for it. Everything else is
llama_cpp.server unchanged.

Example (what `make cluster` runs; `--interrupt_requests False` so that a second API worker's
request waits for the model instead of cutting the first one's answer short):
    python -m rag.llm_server --model data/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf \\
        --model_alias qwen2.5-coder-1.5b-instruct-q4_k_m --port 8080 --n_ctx 4096 --interrupt_requests False
"""

from __future__ import annotations


def without_weight_repacking() -> None:
    """Make every model this process loads skip llama.cpp's extra (AMX) buffer types."""
    from llama_cpp import llama_cpp as lib

    defaults = lib.llama_model_default_params
    if getattr(defaults, "_rag_no_repack", False):
        return

    def params():
        value = defaults()
        value.use_extra_bufts = False
        return value

    params._rag_no_repack = True  # type: ignore[attr-defined]
    lib.llama_model_default_params = params


def main() -> None:
    without_weight_repacking()
    from llama_cpp.server.__main__ import main as serve

    serve()


if __name__ == "__main__":
    main()
