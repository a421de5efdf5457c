"""The staff loop in a real headless Chromium (Debian's, driven by Playwright) against the real app
over HTTP, with a scripted model behind the Ollama wire stand-in: conversations kept in the browser
(or on the server, per key) across reloads, feedback that `rag feedback export` turns into an eval line, and the documents page."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import httpx
import pytest

from rag.questions import load_questions
from rag.settings import Settings
from server.app import create_app

from conftest import LiveServer, chromium_context, run_cli
from ollama_standin import DEFAULT_MODEL, OllamaStandIn, question_in, reply, sentences_in, user_message

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).parent / "artifacts"
KEY = "s3cret"
QUESTION = "How many officials did Tatu rotate in Dec 2018?"
FOLLOW_UP = "Berapa jumlahnya tadi?"


def model(request: dict) -> str:
    """Rewrites the follow-up only when the conversation before it names Tatu; answers 107 only to
    a question that names Tatu. So the follow-up is answered only if the page sent its history."""
    prompt = user_message(request)
    if "Standalone question:" in prompt:
        return QUESTION if "Tatu" in prompt.split("Last message:")[0] else prompt.split("Last message:")[1].split("\n")[0].strip()
    number = next((n for n, text in sentences_in(request).items() if "107 pejabat" in text), None)
    return reply(f"107 officials [{number}]", number) if number and "Tatu" in question_in(request) else reply("NOT FOUND")


@pytest.fixture(scope="module")
def standin():
    with OllamaStandIn(models=[DEFAULT_MODEL], responder=model) as running:
        yield running


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory, seed_index):
    data = tmp_path_factory.mktemp("ui-staff") / "data"
    shutil.copytree(seed_index.settings.data_dir, data, ignore=shutil.ignore_patterns("feedback.sqlite*", "answers.sqlite*"))
    return data


@pytest.fixture(scope="module")
def server(data_dir, standin):
    settings = Settings(data_dir=data_dir, backend="ollama", ollama_host=standin.url, ollama_model=DEFAULT_MODEL, llm_timeout_s=10, answer_cache=False, api_key=KEY)
    with LiveServer(create_app(settings)) as live:
        yield live


@pytest.fixture(scope="module")
def page():
    with chromium_context(viewport={"width": 1280, "height": 860}, accept_downloads=True) as context:
        yield context.new_page()


def ask(page, question: str, answers: int) -> None:
    page.fill("#question", question)
    page.keyboard.press("Enter")
    page.wait_for_function("n => document.querySelectorAll('.msg.assistant.done').length >= n", arg=answers, timeout=60_000)


def test_a_conversation_survives_reloads_a_follow_up_still_resolves_and_it_is_renamed_exported_and_deleted(server, standin, page):
    page.goto(server.url)
    ask(page, QUESTION, 1)
    assert "107" in page.inner_text(".msg.assistant .answer-text")
    page.reload()
    page.wait_for_selector(".msg.assistant.done")
    assert page.locator(".conv-item").count() == 1 and page.inner_text(".conv-item.active .conv-open") == QUESTION

    asked_before = len(standin.requests)
    ask(page, FOLLOW_UP, 2)
    assert "107" in page.locator(".msg.assistant .answer-text").nth(1).inner_text()
    condensed = [user_message(r.body) for r in standin.requests[asked_before:] if r.body and "Standalone question:" in user_message(r.body)]
    assert condensed and QUESTION in condensed[0] and FOLLOW_UP in condensed[0]  # the history came back with the page

    page.reload()
    page.wait_for_selector(".msg.assistant.done")
    assert page.locator(".msg.user").count() == 2 and page.locator(".msg.assistant.done").count() == 2
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-conversations.png"), animations="disabled")

    page.once("dialog", lambda dialog: dialog.accept("Rotasi Serang 2018"))
    page.click(".conv-item.active .conv-rename")
    assert page.inner_text(".conv-item.active .conv-open") == "Rotasi Serang 2018"
    with page.expect_download() as download:
        page.click("#export-md")
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert markdown.startswith("# Rotasi Serang 2018") and f"**You:** {FOLLOW_UP}" in markdown
    assert "107 pejabat" in markdown and "000_" in markdown  # the citation: its quote and its source file

    page.once("dialog", lambda dialog: dialog.accept())
    page.click(".conv-item.active .conv-delete")
    assert page.locator(".conv-item").count() == 0 and page.locator("#empty-state").count() == 1
    page.reload()
    assert page.locator(".conv-item").count() == 0


@pytest.fixture(scope="module")
def kept_server(data_dir, standin):
    """The same app keeping conversations on the server (RAG_CONVERSATIONS=server), per key."""
    settings = Settings(
        data_dir=data_dir, backend="ollama", ollama_host=standin.url, ollama_model=DEFAULT_MODEL, llm_timeout_s=10, answer_cache=False, api_key=KEY,
        conversations="server",
    )
    with LiveServer(create_app(settings)) as live:
        yield live


def test_a_conversation_kept_on_the_server_opens_in_a_fresh_browser_with_the_key_and_a_follow_up_resolves_after_reload(kept_server, standin, page):
    first = page.context.browser.new_context(viewport={"width": 1280, "height": 860})  # a browser profile of its own: empty localStorage
    try:
        tab = first.new_page()
        tab.goto(kept_server.url)
        tab.wait_for_selector("#conv-key:not([hidden])")  # the page asks for the key the server keeps conversations under
        tab.fill("#conv-key-input", KEY)
        tab.click("#conv-key button[type=submit]")
        tab.wait_for_selector("#conv-key", state="hidden")
        ask(tab, QUESTION, 1)
        deadline = time.monotonic() + 30
        while not (kept := httpx.get(f"{kept_server.url}/conversations", headers={"X-API-Key": KEY}, timeout=30).json()) or kept[0]["turns"] < 2:
            assert time.monotonic() < deadline, kept
            time.sleep(0.2)
        assert tab.evaluate("localStorage.getItem('conversations.v1')") is None  # kept on the server, not in this browser
    finally:
        first.close()

    second = page.context.browser.new_context(viewport={"width": 1280, "height": 860})  # another fresh profile, the same key
    try:
        tab = second.new_page()
        tab.goto(kept_server.url)
        tab.fill("#conv-key-input", KEY)
        tab.click("#conv-key button[type=submit]")
        tab.wait_for_selector(".conv-item")
        assert tab.locator(".conv-item").count() == 1 and tab.inner_text(".conv-item .conv-open") == QUESTION
        tab.click(".conv-item .conv-open")
        tab.wait_for_selector(".msg.assistant.done")
        tab.reload()  # the address names the conversation; the key is remembered: it reopens from the server
        tab.wait_for_selector(".msg.assistant.done")
        asked_before = len(standin.requests)
        ask(tab, FOLLOW_UP, 2)
        assert "107" in tab.locator(".msg.assistant .answer-text").nth(1).inner_text()
        condensed = [user_message(r.body) for r in standin.requests[asked_before:] if r.body and "Standalone question:" in user_message(r.body)]
        assert condensed and QUESTION in condensed[0]  # the history came from the server's copy
        tab.reload()
        tab.wait_for_function("document.querySelectorAll('.msg.assistant.done').length === 2")
        assert tab.locator(".msg.user").count() == 2
    finally:
        second.close()


def test_a_thumbs_down_with_a_correction_is_stored_and_exported_as_an_eval_line(server, data_dir, page, tmp_path):
    page.goto(server.url)
    ask(page, QUESTION, 1)
    page.click(".msg.assistant .fb-down")
    page.select_option(".msg.assistant .fb-reason", "wrong_number")
    page.fill(".msg.assistant .fb-correction", "The right answer is 109 officials")
    page.click(".msg.assistant details.why summary")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-feedback.png"), animations="disabled")
    page.click(".msg.assistant .fb-send")
    page.wait_for_selector(".msg.assistant .fb-down[aria-pressed='true']")
    page.reload()
    page.wait_for_selector(".msg.assistant .fb-down[aria-pressed='true']")  # the conversation remembers it

    stored = httpx.get(f"{server.url}/feedback", headers={"X-API-Key": KEY}, timeout=30).json()
    assert stored[0]["correction"] == "The right answer is 109 officials" and stored[0]["reason"] == "wrong_number"
    out = tmp_path / "feedback.jsonl"
    reviewed = run_cli("feedback", "review", str(stored[0]["id"]), "--by", "rina", env={"RAG_DATA_DIR": str(data_dir)})
    assert reviewed.returncode == 0, reviewed.stderr  # export writes what a person accepted
    exported = run_cli("feedback", "export", "--out", str(out), env={"RAG_DATA_DIR": str(data_dir)})
    assert exported.returncode == 0, exported.stderr
    (line,) = [q for q in load_questions(out) if q.id == f"feedback-{stored[0]['id']}"]
    assert line.question == QUESTION and line.accept_all == [r"\b109\b"] and line.reject == [r"\b107\b"] and line.sources[0].startswith("000")
    assert line.judge("109 officials [1]") and not line.judge("107 officials [1]")


ARTICLE = (
    "Pemkot Serang Lantik 12 Pejabat di Alun-alun\n\n"
    "SERANG, RMBANTEN.COM - Pemkot Serang melantik 12 pejabat di Alun-alun Kota Serang, Senin (5/1/2026).\n\n"
    "BACA JUGA: Wali Kota Serang resmikan pasar baru\n\n"
    "Pelantikan dipimpin Wali Kota Serang di hadapan para undangan.\n"
)


def drop_file(page, name: str, text: str) -> None:
    """Drag-and-drop of a file onto the drop zone, as the browser delivers it: a DataTransfer."""
    transfer = page.evaluate_handle(
        "([name, text]) => { const dt = new DataTransfer(); dt.items.add(new File([text], name, {type: 'text/plain'})); return dt; }", [name, text]
    )
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})


def test_upload_open_and_delete_from_the_documents_page(server, page):
    page.goto(f"{server.url}/ui/documents")
    page.wait_for_selector(".doc-row")
    assert page.locator(".doc-row").count() == 5 and httpx.get(f"{server.url}/documents", timeout=30).status_code == 200  # the JSON API is unchanged
    assert page.locator(".doc-row .doc-managed").count() == 5 and page.locator(".doc-delete").count() == 0  # `rag ingest` manages the seeds
    page.fill("#api-key", KEY)

    drop_file(page, "notes.exe", ARTICLE)
    page.wait_for_selector(".upload.failed")
    assert "Rejected (400)" in page.inner_text(".upload.failed .upload-status")
    drop_file(page, "alun.txt", ARTICLE)
    page.wait_for_selector(".doc-row[data-id='alun.txt']", timeout=60_000)
    assert "added" in page.inner_text(".upload.ok .upload-status")
    assert "2026-01-05" in page.inner_text(".doc-row[data-id='alun.txt'] .doc-date")

    page.click(".doc-row[data-id='alun.txt'] .doc-open")
    page.wait_for_selector("#doc-detail:not([hidden])")
    assert "melantik 12 pejabat" in page.inner_text("#detail-text") and "BACA JUGA" not in page.inner_text("#detail-text")
    assert "BACA JUGA: Wali Kota Serang resmikan pasar baru" in page.inner_text("#detail-removed")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-documents.png"), full_page=True, animations="disabled")

    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click(".doc-row[data-id='alun.txt'] .doc-delete")
    assert page.locator(".doc-row[data-id='alun.txt']").count() == 1  # not confirmed: kept
    page.once("dialog", lambda dialog: dialog.accept())
    page.click(".doc-row[data-id='alun.txt'] .doc-delete")
    page.wait_for_selector(".doc-row[data-id='alun.txt']", state="detached")
    assert "alun.txt" not in [d["id"] for d in httpx.get(f"{server.url}/documents", timeout=30).json()]

    page.evaluate("localStorage.setItem('ui-lang', 'id')")  # the language the chat page was switched to
    page.reload()
    page.wait_for_selector(".doc-row")
    assert page.inner_text("h1") == "Dokumen" and page.text_content("thead th >> nth=0") == "Judul"
    page.evaluate("localStorage.removeItem('ui-lang')")
