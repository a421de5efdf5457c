"""The embedded model's grammar-constrained greedy sampler (rag.sampling) on the real GGUF: the
same replies as llama-cpp-python's own sampler chain, token for token, and never a token the
grammar forbids."""

import json

import pytest

from rag import prompts
from rag.reply import ANSWER_SCHEMA
from rag.sampling import GreedyUnderGrammar

pytestmark = pytest.mark.llm

ARTICLE = (
    "== Kabupaten Subang | 9 April 2026 | Bupati Subang Lantik 58 Pejabat\n"
    "[1] SUBANG, Kamis (9/4/2026) - Bupati Subang melantik 58 pejabat administrator dan pengawas di Aula Pemkab Subang.\n"
    "[2] Sebanyak 21 di antaranya pejabat administrator, sisanya pengawas.\n"
    "[3] Kepala BKPSDM Subang, Asep Mulyana, mengatakan pelantikan berikutnya digelar Juni."
)


def reply(llama, messages, schema, library_chain: bool) -> str:
    # A no-op logits processor makes llama-cpp-python build its own chain (grammar over the whole
    # vocabulary, then greedy): the reference the sampler must match.
    extra = {"logits_processor": [lambda ids, scores: scores]} if library_chain else {}
    llama.reset()  # both from an empty cache: a reused prefix changes the logits in the last digits
    out = llama.create_chat_completion(
        messages=messages, response_format={"type": "json_object", "schema": schema}, temperature=0.0, max_tokens=64, **extra
    )
    return out["choices"][0]["message"]["content"]


@pytest.mark.parametrize(
    "question, language",
    [
        ("Berapa pejabat administrator yang dilantik Bupati Subang pada April 2026?", "id"),
        ("Who heads the Subang BKPSDM?", "en"),
        ("How many school principals did Subang rotate in April 2026?", "en"),
    ],
)
def test_cited_answers_are_token_for_token_the_library_chains(embedded_llm, question, language):
    llama = embedded_llm._llama()
    messages = prompts.build_messages(question, ARTICLE, "count", language)
    ours = reply(llama, messages, ANSWER_SCHEMA, library_chain=False)
    assert isinstance(llama._sampler, GreedyUnderGrammar)  # the fast path ran
    assert ours == reply(llama, messages, ANSWER_SCHEMA, library_chain=True)
    assert set(json.loads(ours)) == {"sentences", "answer"}


def test_a_token_the_grammar_forbids_is_never_picked_even_when_the_model_prefers_it(embedded_llm):
    llama = embedded_llm._llama()
    schema = {"type": "object", "properties": {"answer": {"enum": ["tidak"]}}, "required": ["answer"]}
    messages = [{"role": "user", "content": 'Reply with exactly this JSON and nothing else: {"answer": "yes"}'}]
    ours = reply(llama, messages, schema, library_chain=False)
    assert json.loads(ours) == {"answer": "tidak"}
    assert ours == reply(llama, messages, schema, library_chain=True)


def test_sampling_with_temperature_or_penalties_keeps_the_library_chain():
    assert GreedyUnderGrammar.applies({"grammar": object(), "temp": 0.0})
    assert not GreedyUnderGrammar.applies({"grammar": None, "temp": 0.0})
    assert not GreedyUnderGrammar.applies({"grammar": object(), "temp": 0.8})
    assert not GreedyUnderGrammar.applies({"grammar": object(), "temp": 0.0, "repeat_penalty": 1.1})
    assert not GreedyUnderGrammar.applies({"grammar": object(), "temp": 0.0, "logits_processor": [abs]})
