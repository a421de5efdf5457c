"""The Ollama backend against a wire-level stand-in of the Ollama server (tests/ollama_standin.py):
the official `ollama` client and our pipeline talk real HTTP to it; the tests script what the
"model" says and check what went over the wire. No real LLM runs here."""

from __future__ import annotations

import json
import time

import ollama as ollama_client
import pytest

from rag.answer import Answerer, AskResult
from rag.reply import ANSWER_SCHEMA
from rag.llm import EmbeddedLLM, LLMUnavailable, OllamaLLM, get_llm
from rag.settings import PROJECT_ROOT

from conftest import free_port
from ollama_standin import (
    DEFAULT_MODEL,
    HTTPFailure,
    OllamaStandIn,
    Reply,
    headers_in,
    question_in,
    reply,
    sentences_in,
)

QUESTION = "How many officials did Tatu rotate in Dec 2018?"
GGUF = PROJECT_ROOT / "data" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
REFUSALS = ("Not found in the articles", "Tidak ditemukan")


def sentence_for(request: dict, term: str = "107 pejabat") -> int:
    """What a good model does: find the sentence that states the fact, by its number."""
    sentences = sentences_in(request)
    number = next((n for n, text in sentences.items() if term in text), None)
    assert number is not None, f"no sentence with {term!r} in the prompt: {list(sentences.values())}"
    return number


def good_model(request: dict) -> str:
    number = sentence_for(request)
    return reply(f"107 officials [{number}]", number)


def ask(settings, retriever, question: str = QUESTION) -> AskResult:
    return Answerer(retriever, OllamaLLM(settings)).ask(question)


# -- the whole pipeline over the wire ----------------------------------------------------------------


def test_answer_through_ollama_is_found_and_cited_from_the_passage_that_holds_it(ollama, settings_for, retriever):
    ollama.responder = good_model
    settings = settings_for(ollama.url)

    result = ask(settings, retriever)

    assert result.found is True
    assert "107" in result.answer
    assert result.language == "en"
    assert result.backend == "ollama" and result.model == DEFAULT_MODEL
    assert any(c.source.startswith("000") and "107 pejabat" in c.quote and c.quote in c.text for c in result.citations), result.citations

    # What went over the wire: one streamed, schema-constrained, deterministic chat call.
    assert len(ollama.chat_requests) == 1
    sent = ollama.last_chat
    assert sent["model"] == DEFAULT_MODEL
    assert sent["stream"] is True
    assert sent["format"] == ANSWER_SCHEMA
    assert isinstance(sent["format"], dict) and "answer" in sent["format"]["properties"]
    assert sent["options"]["temperature"] == 0
    assert sent["options"]["num_predict"] == settings.max_answer_tokens
    roles = [m["role"] for m in sent["messages"]]
    assert roles == ["system", "user"]
    assert "JSON" in sent["messages"][0]["content"]
    assert question_in(sent) == QUESTION
    headers = headers_in(sent)
    assert headers and headers[1].startswith("Kabupaten Serang | 13 December 2018")
    assert sum(len(text) for text in sentences_in(sent).values()) <= settings.context_chars + 300


def test_reply_streamed_as_many_ndjson_lines_is_reassembled(ollama, settings_for, retriever):
    def model(request):
        number = sentence_for(request)
        # ensure_ascii: the dash travels as \u2013, split across lines by 1-character pieces
        return reply(f"107 officials \u2013 rotated [{number}]", number)

    ollama.responder = model
    ollama.chunk_size = 1
    answerer = Answerer(retriever, OllamaLLM(settings_for(ollama.url)))

    items = list(answerer.stream(QUESTION))

    pieces, result = [i for i in items[:-1] if isinstance(i, str)], items[-1]
    assert isinstance(result, AskResult) and result.found
    assert ollama.chat_requests[-1].lines_sent > 40  # one NDJSON line per character, plus the done line
    assert len(pieces) > 10 and all(isinstance(p, str) for p in pieces)
    streamed = "".join(pieces)
    assert streamed.startswith("107 officials \u2013 rotated [")
    assert result.answer.startswith(streamed.split(" [")[0])


def test_llm_chat_yields_each_streamed_piece_and_skips_the_empty_done_line(ollama, settings_for):
    text = 'Tatu "merotasi" 107 pejabat – {ok}\n'
    ollama.responder = lambda request: text
    ollama.chunk_size = 3

    pieces = list(OllamaLLM(settings_for(ollama.url)).chat([{"role": "user", "content": "hi"}]))

    assert "".join(pieces) == text
    assert pieces == [text[i : i + 3] for i in range(0, len(text), 3)]
    sent = ollama.last_chat
    assert "format" not in sent  # no schema asked: nothing sent
    assert sent["messages"] == [{"role": "user", "content": "hi"}]


# -- what the model says is checked, not trusted -----------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(lambda r: "I think the answer is somewhere in the passages.", id="prose-without-json"),
        pytest.param(lambda r: "", id="empty-reply"),
        pytest.param(lambda r: "Tatu rotated 107 officials [1].", id="prose-with-citation"),
        pytest.param(
            lambda r: Reply('{"sentences": [1, 2', done_reason="length"),
            id="truncated-no-closing-brace",
        ),
        pytest.param(
            lambda r: Reply('{"sentences": [1], "answer": "107 offi', done_reason="length"),
            id="truncated-inside-answer",
        ),
        pytest.param(lambda r: '[{"passage": 1}]', id="json-array-not-object"),
        pytest.param(lambda r: '{"sentences": ["one", true, 5.5], "answer": "107 officials [1]"}', id="wrong-item-types"),
        pytest.param(lambda r: "```json\n" + good_model(r) + "\n```", id="json-in-markdown-fence"),
    ],
)
def test_malformed_model_output_returns_a_result_not_a_crash(ollama, settings_for, retriever, reply):
    ollama.responder = reply

    result = ask(settings_for(ollama.url), retriever)

    assert isinstance(result, AskResult)
    assert result.language == "en"
    assert isinstance(result.answer, str) and result.answer.strip()
    assert '"sentences"' not in result.answer and '"answer"' not in result.answer
    if result.found:
        assert "107" in result.answer and result.citations
        assert all(c.source.startswith("000") for c in result.citations)
    else:
        assert result.answer.startswith(REFUSALS) and result.citations == []


def test_reply_cut_off_inside_the_json_is_not_returned_as_the_answer(ollama, settings_for, retriever):
    def cut_off(request):
        return Reply(good_model(request)[:120], done_reason="length")

    ollama.responder = cut_off

    result = ask(settings_for(ollama.url), retriever)

    assert '"sentences"' not in result.answer and '"answer"' not in result.answer and "\\u2013" not in result.answer


def test_sentences_that_are_not_a_list_do_not_crash(ollama, settings_for, retriever):
    ollama.responder = lambda r: '{"sentences": 3, "answer": "107 officials [1]"}'

    result = ask(settings_for(ollama.url), retriever)

    assert isinstance(result, AskResult)


def test_null_answer_is_not_returned_as_the_text_none(ollama, settings_for, retriever):
    def null_answer(request):
        return json.dumps({"sentences": [sentence_for(request)], "answer": None})

    ollama.responder = null_answer

    result = ask(settings_for(ollama.url), retriever)

    assert not result.answer.startswith("None")


def test_number_in_no_passage_is_refused(ollama, settings_for, retriever):
    ollama.responder = lambda r: reply("The population is 1000000 [1]")

    result = ask(settings_for(ollama.url), retriever)

    assert result.found is False
    assert result.answer.startswith(REFUSALS)
    assert result.citations == []
    assert "1000000" not in result.answer
    assert result.refused_by == "numbers_in_cited_sentences"
    assert result.trace[-1]["rule"] == "numbers_in_cited_sentences" and "1000000" in result.trace[-1]["why"]


def test_not_found_reply_is_refused_in_the_question_language(ollama, settings_for, retriever):
    ollama.responder = lambda r: '{"sentences": [], "answer": "NOT FOUND"}'

    result = ask(settings_for(ollama.url), retriever, "Berapa pejabat yang dirotasi Tatu pada Desember 2018?")

    assert result.found is False and result.language == "id"
    assert result.answer.startswith("Tidak ditemukan")


# -- operator-facing failures ----------------------------------------------------------------------


def test_model_not_pulled_names_the_ollama_pull_command(settings_for, retriever):
    with OllamaStandIn(models=["llama3.2:latest"]) as other_models:
        settings = settings_for(other_models.url)
        llm = OllamaLLM(settings)

        with pytest.raises(LLMUnavailable, match=r"ollama pull qwen2\.5:7b-instruct"):
            list(llm.chat([{"role": "user", "content": "hi"}]))
        with pytest.raises(LLMUnavailable, match=r"ollama pull qwen2\.5:7b-instruct"):
            Answerer(retriever, llm).ask(QUESTION)
        health = llm.health()

    assert health["llm_reachable"] is True
    assert health["llm_loaded"] is False
    assert "ollama pull qwen2.5:7b-instruct" in health["detail"]
    assert all(r.body["model"] == DEFAULT_MODEL for r in other_models.chat_requests)


def test_model_pulled_without_explicit_tag_counts_as_loaded(settings_for):
    with OllamaStandIn(models=["qwen2.5:latest"]) as standin:
        health = OllamaLLM(settings_for(standin.url, ollama_model="qwen2.5")).health()

    assert health["llm_reachable"] is True and health["llm_loaded"] is True and health["detail"] is None


def test_server_down_is_reported_not_reachable_quickly(settings_for, retriever):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    llm = OllamaLLM(settings_for(url))

    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="not reachable"):
        Answerer(retriever, llm).ask(QUESTION)
    health = llm.health()
    elapsed = time.monotonic() - started

    assert elapsed < 5
    assert health["llm_reachable"] is False and health["llm_loaded"] is False
    assert "not reachable" in health["detail"]


@pytest.mark.parametrize("where", ["before-the-first-byte", "mid-stream"])
def test_slow_server_times_out_at_the_configured_limit(ollama, settings_for, where):
    if where == "before-the-first-byte":
        ollama.delay_s = 10
    else:
        ollama.stall_s = 10
    ollama.responder = lambda r: '{"sentences": [], "answer": "NOT FOUND"}'
    llm = OllamaLLM(settings_for(ollama.url, llm_timeout_s=1.0))

    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="did not answer within 1 s"):
        list(llm.chat([{"role": "user", "content": "hi"}]))
    elapsed = time.monotonic() - started

    assert 0.9 < elapsed < 4


def test_error_line_in_the_stream_becomes_llm_unavailable(ollama, settings_for):
    ollama.responder = lambda r: "x" * 40
    ollama.wire_fault = "error"

    with pytest.raises(LLMUnavailable, match="llama runner process has terminated"):
        list(OllamaLLM(settings_for(ollama.url)).chat([{"role": "user", "content": "hi"}]))


def test_connection_dropped_mid_stream_becomes_llm_unavailable(ollama, settings_for):
    ollama.responder = lambda r: "x" * 40
    ollama.wire_fault = "drop"

    with pytest.raises(LLMUnavailable):
        list(OllamaLLM(settings_for(ollama.url)).chat([{"role": "user", "content": "hi"}]))


def test_garbage_line_in_the_stream_becomes_llm_unavailable(ollama, settings_for):
    ollama.responder = lambda r: "x" * 40
    ollama.wire_fault = "garbage"

    with pytest.raises(LLMUnavailable):
        list(OllamaLLM(settings_for(ollama.url)).chat([{"role": "user", "content": "hi"}]))


def test_server_error_status_becomes_llm_unavailable(ollama, settings_for):
    def out_of_memory(request):
        raise HTTPFailure(500, "model requires more system memory (9.2 GiB) than is available (4.1 GiB)")

    ollama.responder = out_of_memory

    with pytest.raises(LLMUnavailable, match="more system memory"):
        list(OllamaLLM(settings_for(ollama.url)).chat([{"role": "user", "content": "hi"}]))


# -- backend choice --------------------------------------------------------------------------------


def test_auto_backend_picks_ollama_when_it_answers(ollama, settings_for):
    llm = get_llm(settings_for(ollama.url, backend="auto", gguf_path=GGUF))

    assert llm.name == "ollama"
    assert any(r.method == "GET" and r.path == "/api/tags" for r in ollama.requests)


@pytest.mark.skipif(not GGUF.is_file(), reason=f"needs an existing GGUF at {GGUF}")
def test_auto_backend_falls_back_to_embedded_when_nothing_listens(settings_for):
    llm = get_llm(settings_for(f"http://127.0.0.1:{free_port()}", backend="auto", gguf_path=GGUF))

    assert llm.name == "embedded"
    assert isinstance(llm, EmbeddedLLM) and llm.path == GGUF


@pytest.mark.skipif(not GGUF.is_file(), reason=f"needs an existing GGUF at {GGUF}")
def test_auto_backend_falls_back_to_embedded_when_ollama_answers_too_slowly(ollama, settings_for):
    ollama.delay_s = 5  # longer than the 1 s reachability probe

    started = time.monotonic()
    llm = get_llm(settings_for(ollama.url, backend="auto", gguf_path=GGUF))

    assert llm.name == "embedded"
    assert time.monotonic() - started < 3


def test_ollama_host_without_scheme_is_reachable(ollama, settings_for):
    settings = settings_for(f"127.0.0.1:{ollama.port}", backend="auto", gguf_path=GGUF)

    assert OllamaLLM(settings).health()["llm_reachable"] is True
    assert get_llm(settings).name == "ollama"


# -- the stand-in speaks Ollama's wire format (checked with the official client) ---------------------


def test_standin_speaks_ollama_wire_format_to_the_official_client(ollama):
    ollama.responder = lambda r: "hello there"
    client = ollama_client.Client(host=ollama.url, timeout=2)

    listed = client.list()
    single = client.chat(model=DEFAULT_MODEL, messages=[{"role": "user", "content": "hi"}], stream=False, format="json")
    parts = list(client.chat(model=DEFAULT_MODEL, messages=[{"role": "user", "content": "hi"}], stream=True))
    with pytest.raises(ollama_client.ResponseError) as missing:
        client.chat(model="nope:1b", messages=[{"role": "user", "content": "hi"}])

    assert [m.model for m in listed.models] == [DEFAULT_MODEL]
    assert listed.models[0].details.quantization_level == "Q4_K_M"
    assert single.done is True and single.done_reason == "stop" and single.message.content == "hello there"
    assert single.eval_count and single.total_duration
    assert "".join(p.message.content for p in parts) == "hello there"
    assert [p.done for p in parts] == [False] * (len(parts) - 1) + [True]
    assert parts[-1].done_reason == "stop" and parts[-1].prompt_eval_count == 1
    assert missing.value.status_code == 404 and missing.value.error == 'model "nope:1b" not found, try pulling it first'
    assert ollama.chat_requests[0].body["format"] == "json" and ollama.chat_requests[0].body["stream"] is False
