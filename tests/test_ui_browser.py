"""The chat page in a real headless Chromium (Debian's), driven by Playwright."""

from pathlib import Path

import pytest

from conftest import chromium_context

pytestmark = [pytest.mark.llm, pytest.mark.browser]
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def page():
    with chromium_context(viewport={"width": 1280, "height": 900}) as context:
        yield context.new_page()


def test_ask_stream_click_citation_and_see_highlighted_passage(live_server, page):
    page.goto(live_server.url)
    page.fill("#question", "How many officials did Tatu rotate in Dec 2018?")
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.assistant.streaming, .msg.assistant.done", timeout=300_000)
    page.wait_for_selector(".msg.assistant.done", timeout=300_000)
    assert "107" in page.inner_text(".msg.assistant .answer-text")

    page.click(".msg.assistant .citations .cite-chip")
    page.wait_for_selector("#passage-panel.open", timeout=10_000)
    highlighted = page.inner_text("#passage-text mark")
    assert "107" in highlighted
    assert page.inner_text("#passage-source").startswith("000")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-citation.png"), full_page=True, animations="disabled")


def test_enter_with_shift_adds_a_newline_and_phone_width_is_usable(live_server, page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url)
    page.click("#question")
    page.keyboard.type("baris satu")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("baris dua")
    assert page.input_value("#question") == "baris satu\nbaris dua"
    assert page.locator(".msg.user").count() == 0
    box = page.locator("#send").bounding_box()
    assert box and box["x"] + box["width"] <= 360
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-phone.png"), animations="disabled")


def test_sources_show_before_the_answer_and_the_why_panel_explains_it(live_server, page):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url)
    page.fill("#question", "Berapa pejabat yang dilantik di Pasar Kepandean pada Oktober 2025?")
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.assistant .sources-early .early-source", timeout=120_000)
    assert page.locator(".msg.assistant.done").count() == 0  # the articles are shown while the model works
    assert "004" in page.get_attribute(".msg.assistant .early-source", "data-source")
    page.wait_for_selector(".msg.assistant.done", timeout=300_000)
    assert page.locator(".msg.assistant .sources-early").count() == 0  # replaced by the answer's citations

    why = page.locator(".msg.assistant details.why")
    assert why.count() == 1 and not why.evaluate("d => d.open")
    why.locator("summary").click()
    text = why.inner_text()
    assert "count" in text and ("sentences" in text or "kalimat" in text or "numbers_in_cited_sentences" in text)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-why.png"), full_page=True, animations="disabled")


def test_a_refusal_names_the_rule_that_refused_it(live_server, page):
    page.goto(live_server.url)
    page.fill("#question", "Berapa jumlah penduduk Kota Serang pada 2025?")
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.assistant.done", timeout=300_000)
    assert page.locator(".msg.assistant.not-found").count() == 1
    page.locator(".msg.assistant details.why summary").click()
    assert page.locator(".msg.assistant .why-refused").count() == 1
