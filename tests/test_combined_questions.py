"""Totals, differences and comparisons across events: one sub-question per period over that
period's passages (through the Ollama wire stand-in, so the "model" is scripted and only copies one
number, like a small model), with the arithmetic done by the pipeline from verified numbers."""

from __future__ import annotations

import json
import re

import pytest

from rag.compose import clauses, counted, plan

from ollama_standin import headers_in, passages_in, question_in, sentence_with

COUNT = re.compile(r"\b(\d+) [Pp]ejabat\b")


def copies_one_count(request: dict) -> str:
    """A small model's reply: the first 'N pejabat' it sees, cited, and no arithmetic."""
    for number, text in passages_in(request).items():
        if match := COUNT.search(text):
            quote = sentence_with(match.group(0), text)
            return json.dumps({"evidence": [{"passage": number, "quote": quote}], "answer": f"{match.group(1)} [{number}]"})
    return json.dumps({"evidence": [], "answer": "NOT FOUND"})


@pytest.fixture
def ask(ask_with):
    return lambda question: ask_with(copies_one_count, question)


def test_total_across_two_events_is_computed_and_cites_both_articles(ask, ollama):
    result = ask("How many officials in total did Pemkot Serang inaugurate in October 2025 and February 2026 combined?")

    assert result.found is True
    assert re.match(r"286 in total: 269 \(Kota Serang, 31 October 2025\) \[\d\] \+ 17 \(Kota Serang, 13 February 2026\) \[\d\]", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"003", "004"}
    assert any("269" in c.quote for c in result.citations) and any("17 pejabat" in c.quote for c in result.citations)
    # One question per period, each over passages from that period only.
    assert len(ollama.chat_requests) == 2
    first, second = (list(headers_in(r.body).values()) for r in ollama.chat_requests)
    assert first and all("October 2025" in h for h in first), first
    assert second and all("February 2026" in h for h in second), second


def test_difference_is_answered_in_the_question_language(ask):
    result = ask("Berapa selisih jumlah pejabat yang dilantik Pemkot Serang pada Oktober 2025 dibanding Februari 2026?")

    assert result.found is True and result.language == "id"
    assert result.answer.startswith("Selisihnya 252: 269 (Kota Serang, 31 Oktober 2025)"), result.answer


def test_comparison_names_the_event_with_more(ask):
    result = ask("Which inauguration involved more officials: Kota Serang in February 2026 or Kota Serang in October 2025?")

    assert result.found is True
    assert result.answer.startswith("Kota Serang, 31 October 2025 had more: 269"), result.answer


def test_a_period_no_article_covers_makes_the_total_not_found(ask):
    result = ask("How many officials in total did Pemkot Serang inaugurate in October 2025 and March 2021 combined?")

    assert result.found is False
    assert result.answer.startswith("Not found in the articles")
    assert result.citations == []
    assert result.retrieved and {doc[:3] for doc in result.retrieved} == {"004"}  # what was retrieved is still reported


@pytest.mark.parametrize(
    "question, operation, periods",
    [
        ("How many officials in total did Tatu inaugurate in December 2018 and June 2019 together?", "sum", ["December 2018", "June 2019"]),
        ("Berapa selisih pejabat yang dilantik pada Desember 2018 dan Juni 2019?", "difference", ["Desember 2018", "Juni 2019"]),
        ("Mana yang lebih banyak: Oktober 2025 atau Desember 2018?", "more", ["Oktober 2025", "Desember 2018"]),
        ("Adding up Dec 2018, June 2019, Oct 2025 and Feb 2026, how many officials?", "sum", ["Dec 2018", "June 2019", "Oct 2025", "Feb 2026"]),
    ],
)
def test_questions_combining_periods_are_split_one_part_per_period(question, operation, periods):
    combined = plan(question)

    assert combined is not None and combined.operation == operation
    assert [p.span.text for p in combined.parts] == periods


@pytest.mark.parametrize(
    "question, language, alternatives, asks",
    [
        (
            "In the February 2026 inauguration, were there more administrators or supervisors?",
            "en",
            ["administrators", "supervisors"],
            ["In the February 2026 inauguration, how many administrators were there?", "In the February 2026 inauguration, how many supervisors were there?"],
        ),
        (
            "Pada rotasi Desember 2018, mana yang lebih banyak: pejabat administrator atau pejabat pengawas?",
            "id",
            ["pejabat administrator", "pejabat pengawas"],
            ["Pada rotasi Desember 2018, berapa pejabat administrator?", "Pada rotasi Desember 2018, berapa pejabat pengawas?"],
        ),
    ],
)
def test_which_of_two_things_one_event_had_more_of_is_split_by_alternative(question, language, alternatives, asks):
    combined = plan(question, language)

    assert combined is not None and combined.operation == "more"
    assert [(p.span, p.clause) for p in combined.parts] == [(None, a) for a in alternatives]
    assert [p.ask for p in combined.parts] == asks


@pytest.mark.parametrize(
    "question",
    [
        "How many officials did Tatu rotate in Dec 2018?",
        "How many officials did Tatu inaugurate in June 2019 (not her December 2018 rotation)?",
        "How many officials in total did Tatu rotate in December 2018?",
        "How much time passed between the December 2018 rotation and the June 2019 inauguration?",
    ],
)
def test_questions_about_one_event_are_not_split(question):
    assert plan(question) is None


def test_time_between_two_events_is_computed_from_the_cited_articles_dates(ask_with):
    def cites_both_events(request: dict) -> str:
        passages = passages_in(request)
        evidence = [
            {"passage": n, "quote": sentence_with(term, text)}
            for term in ("107 pejabat", "lima eselon II")
            for n, text in passages.items()
            if term in text
        ][:2]
        marks = "".join(f"[{e['passage']}]" for e in evidence)
        return json.dumps({"evidence": evidence, "answer": f"10 days {marks}"})

    result = ask_with(cites_both_events, "How much time passed between Tatu's rotation of 107 officials and her inauguration of five eselon II officials?")

    assert result.found is True
    assert re.match(r"About 6 months \(183 days\): 13 December 2018 \[\d\] to 14 June 2019 \[\d\]\.$", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"000", "001"}


def test_which_of_two_things_one_event_had_more_of_is_counted_from_its_article(ask_with, ollama):
    def counts_the_asked_category(request: dict) -> str:
        asked = "pengawas" if "how many supervisors" in question_in(request) else "administrator"
        for number, text in passages_in(request).items():
            if match := re.search(rf"(\d+) (?:orang mengisi|lainnya) jabatan {asked}", text, re.IGNORECASE):
                quote = sentence_with(match.group(0), text)
                return json.dumps({"evidence": [{"passage": number, "quote": quote}], "answer": f"{match.group(1)} [{number}]"})
        return json.dumps({"evidence": [], "answer": "NOT FOUND"})

    result = ask_with(counts_the_asked_category, "In Kota Serang's February 2026 inauguration, were there more administrators or supervisors, and by how many?")

    assert result.found is True, result
    assert re.match(r"administrators had more: 13 \[\d\] vs 4 \(supervisors\) \[\d\], 9 more\.$", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"003"}
    # Both questions went over the same passages, so the second reuses the first one's prompt prefix.
    first, second = (passages_in(r.body) for r in ollama.chat_requests)
    assert first == second


def test_time_between_events_uses_the_other_events_article_when_the_model_cites_one(ask_with):
    def cites_one(request: dict) -> str:
        number, quote = next((n, sentence_with("269", t)) for n, t in passages_in(request).items() if "269" in t)
        # The model's own arithmetic, even with a number from the question, is not what is checked.
        return json.dumps({"evidence": [{"passage": number, "quote": quote}], "answer": f"17 tahun [{number}]"})

    result = ask_with(cites_one, "Berapa lama jarak waktu antara pelantikan 269 pejabat di Pasar Kepandean dan pelantikan 17 pejabat Pemkot Serang berikutnya?")

    assert result.found is True
    assert re.match(r"Sekitar 3,5 bulan \(105 hari\): 31 Oktober 2025 \[\d\] hingga 13 Februari 2026 \[\d\]\.$", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"003", "004"}


@pytest.mark.parametrize(
    "question, language, items, first_ask",
    [
        (
            "In the February 2026 inauguration, how many officials filled administrator posts and how many filled supervisor posts?",
            "en",
            ["officials filled administrator posts", "filled supervisor posts"],
            "In the February 2026 inauguration, how many officials filled administrator posts?",
        ),
        (
            "Break down the December 2018 rotation: how many pratama officials, administrators and supervisors were included?",
            "en",
            ["pratama officials", "administrators", "supervisors"],
            "In the December 2018 rotation, how many pratama officials?",
        ),
        (
            "Pada pelantikan Februari 2026, berapa pejabat administrator dan berapa pejabat pengawas?",
            "id",
            ["pejabat administrator", "pejabat pengawas"],
            "Pada pelantikan Februari 2026, berapa pejabat administrator?",
        ),
    ],
)
def test_several_counts_of_one_event_are_asked_one_at_a_time(question, language, items, first_ask):
    combined = plan(question, language)

    assert combined is not None and combined.operation == "each"
    assert [p.clause for p in combined.parts] == items and combined.parts[0].ask == first_ask


def test_one_count_of_two_things_is_not_split():
    assert plan("Berapa pejabat administrator dan pengawas yang dilantik Pemkot Serang pada Februari 2026?", "id") is None


def test_each_count_of_a_breakdown_is_the_articles_number_for_that_item_alone(ask, ollama):
    # The scripted model copies the first "N pejabat" it sees: "17 pejabat administrator dan
    # pengawas", the total, for both items. The article states each item's own number.
    result = ask("In the February 2026 Kota Serang inauguration, how many officials filled administrator posts and how many filled supervisor (pengawas) posts?")

    assert result.found is True
    assert re.match(r"13 officials filled administrator posts \[\d\] and 4 filled supervisor \(pengawas\) posts \[\d\]\.$", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"003"}
    assert any("13 orang mengisi jabatan administrator" in c.quote for c in result.citations)
    assert len(ollama.chat_requests) == 2


@pytest.mark.parametrize(
    "question, asked",
    [
        (
            "Siapa Bupati Serang pada Desember 2018, dan siapa Bupati Serang pada Juli?",
            ["Siapa Bupati Serang pada Desember 2018?", "Siapa Bupati Serang pada Juli?"],
        ),
        (
            "Budi cited a ranking. Which ministry reported it, and what top-N group was Serang in?",
            ["Budi cited a ranking. Which ministry reported it?", "Budi cited a ranking. What top-N group was Serang in?"],
        ),
        ("In June 2019, who became head of Bappeda and who became head of Satpol PP?", ["In June 2019, who became head of Bappeda?", "In June 2019, who became head of Satpol PP?"]),
        ("Is Budi Rustandi a Bupati or a Wali Kota, and of which government?", ["Is Budi Rustandi a Bupati or a Wali Kota, and of which government?"]),
        ("Who was the regent and deputy regent in 2018?", ["Who was the regent and deputy regent in 2018?"]),
    ],
)
def test_a_question_asking_two_things_is_split_into_standalone_questions(question, asked):
    assert clauses(question) == asked


def names_the_regent(request: dict) -> str:
    """A small model's reply to 'who was Bupati': the name after 'Bupati Serang' in the first passage with one."""
    for number, text in passages_in(request).items():
        if match := re.search(r"Bupati Serang (Ratu \w+(?: \w+)?)", text):
            quote = sentence_with(match.group(0), text)
            return json.dumps({"evidence": [{"passage": number, "quote": quote}], "answer": f"{match.group(1)} [{number}]"})
    return json.dumps({"evidence": [], "answer": "NOT FOUND"})


def test_each_clause_of_a_compound_question_is_answered_from_its_own_article(ask_with, ollama):
    result = ask_with(names_the_regent, "Siapa Bupati Serang pada pelantikan Desember 2018, dan siapa Bupati Serang saat pelantikan Juni 2019?")

    assert result.found is True, result
    assert re.match(r"Ratu Tatu Chasanah \[\d\]; Ratu Tatu Chasanah \[\d\]$", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"000", "001"}
    assert len(ollama.chat_requests) == 2


def test_a_compound_question_with_an_unanswerable_clause_is_not_found(ask_with):
    result = ask_with(names_the_regent, "Siapa Bupati Serang pada pelantikan Desember 2018, dan siapa Bupati Serang pada tahun 2017?")

    assert result.found is False and result.citations == []


def test_a_total_of_one_category_adds_each_periods_count_of_that_category(ask):
    # The scripted model copies each period's first "N pejabat": 107 and 17, everyone inaugurated.
    result = ask("Berapa jumlah total pejabat pengawas yang dilantik pada rotasi Pemkab Serang Desember 2018 dan pelantikan Pemkot Serang Februari 2026?")

    assert result.found is True
    assert re.match(r"Total 89: 85 \(Kabupaten Serang, 13 Desember 2018\) \[\d\] \+ 4 \(Kota Serang, 13 Februari 2026\) \[\d\]\.$", result.answer), result.answer


@pytest.mark.parametrize(
    "question, item",
    [
        ("Berapa jumlah total pejabat pengawas yang dilantik pada Desember 2018?", "pejabat pengawas"),
        ("How many administrator-level officials were inaugurated in total?", "administrator-level officials"),
        ("Berapa selisih jumlah pejabat yang dilantik?", "pejabat"),
        ("When were they inaugurated?", ""),
    ],
)
def test_what_a_quantity_question_counts_is_read_from_its_words(question, item):
    assert counted(question) == item
