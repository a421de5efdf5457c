"""The whole pipeline over the seed index, with the model scripted behind the Ollama wire stand-in
(a "small model" that copies one number or one phrase): questions that combine events are asked a
part at a time and the arithmetic is ours; repairs and refusals show in the trace; the context is
numbered sentences within a budget; sources come before the answer; answers are cached per index
revision. The questions here are worded afresh, not taken from the eval sets."""

from __future__ import annotations

import re

import pytest

from rag.answer import Answerer, AskResult, Sources
from rag.cache import AnswerCache
from rag.compose import clauses, plan
from rag.corpus import parse_article
from rag.index import Index
from rag.llm import OllamaLLM
from rag.retrieve import Retriever

from conftest import REFERENCE_DATE, SEEDS
from ollama_standin import headers_in, question_in, reply, sentences_in, user_message

COUNT = re.compile(r"\b(\d+) [Pp]ejabat\b")


def copies_one_count(request: dict) -> str:
    """A small model's reply: the first "N pejabat" it sees, cited, and no arithmetic."""
    for number, text in sentences_in(request).items():
        if match := COUNT.search(text):
            return reply(f"{match.group(1)} [{number}]", number)
    return reply("NOT FOUND")


def cites(term: str, answer: str | None = None):
    """A model that answers `answer` (default: the term) citing the first sentence holding `term`."""

    def respond(request: dict) -> str:
        number = next((n for n, text in sentences_in(request).items() if term in text), None)
        return reply(f"{answer or term} [{number}]", number) if number else reply("NOT FOUND")

    return respond


@pytest.fixture
def ask(ask_with):
    return lambda question, model=copies_one_count: ask_with(model, question)


def test_a_total_of_two_ceremonies_is_added_by_the_pipeline_and_cites_both(ask, ollama):
    result = ask("Berapa jumlah pejabat yang dilantik Pemkot Serang pada Oktober 2025 ditambah Februari 2026?")

    assert result.found, result.trace
    assert re.match(r"Total 286: 269 \(Kota Serang, 31 Oktober 2025\) \[\d\] \+ 17 \(Kota Serang, 13 Februari 2026\) \[\d\]", result.answer), result.answer
    assert {c.source[:3] for c in result.citations} == {"003", "004"}
    assert all(c.quote in c.text for c in result.citations)  # quotes are the articles' own words
    assert len(ollama.chat_requests) == 2  # one question per period, each over that period's sentences only
    first, second = (set(headers_in(r.body).values()) for r in ollama.chat_requests)
    assert first and all("Oktober 2025" in h for h in first)
    assert second and all("Februari 2026" in h for h in second)


def test_a_difference_is_computed_and_written_in_the_questions_language(ask):
    result = ask("Selisih pejabat yang dilantik Pemerintah Kota Serang antara Februari 2026 dan Oktober 2025 ada berapa?")

    assert result.found and result.language == "id"
    assert result.answer.startswith("Selisihnya 252: 269 (Kota Serang, 31 Oktober 2025)"), result.answer


def test_a_comparison_of_two_governments_names_the_one_with_more(ask):
    result = ask("Which ceremony swore in more officials, the city's in October 2025 or the regency's in December 2018?")

    assert result.found
    assert result.answer.startswith("Kota Serang, 31 October 2025 had more: 269"), result.answer
    assert "107" in result.answer


def test_a_period_no_article_covers_makes_the_whole_total_not_found(ask):
    result = ask("How many officials did Pemkot Serang install altogether in October 2025 and in March 2021?")

    assert not result.found and result.citations == []
    assert result.refused_by and result.trace[-1]["action"] == "refused"
    assert result.retrieved  # what was retrieved is still reported


def test_each_item_of_a_breakdown_takes_the_number_its_article_gives_that_item(ask):
    result = ask("Untuk rotasi Desember 2018, berapa pejabat administrator dan berapa pejabat pengawas?")

    assert result.found, result.trace
    assert re.search(r"\b20\b[^,]*administrator", result.answer) and re.search(r"\b85\b[^,]*pengawas", result.answer), result.answer
    assert {step["rule"] for step in result.trace} == {"count_of_the_item_alone"}  # the model said 107 for both


def test_a_total_of_two_categories_of_one_event_adds_each_category_alone(ask):
    result = ask("In the December 2018 rotation, how many administrator and pengawas officials were there combined?")

    assert result.found, result.trace
    assert re.match(r"105 in total: 20 \(administrator officials\) \[\d\] \+ 85 \(pengawas officials\) \[\d\]", result.answer), result.answer


def test_a_chat_style_total_of_two_categories_is_added_too(ask):
    result = ask("Di rotasi Desember 2018, jumlah pejabat administrator dan pengawasnya kalau digabung berapa?")

    assert result.found, result.trace
    assert re.match(r"Total 105: 20 \(pejabat administrator\) \[\d\] \+ 85 \(pejabat pengawas\) \[\d\]", result.answer), result.answer


def test_a_where_answer_becomes_the_whole_place_its_sentence_names(ask):
    result = ask("Lokasi pelantikan ratusan pejabat oleh Tatu di bulan Desember 2018 ada di mana?", cites("Lapangan Tenis Indoor", "Pemkab Serang"))

    assert result.found and result.answer.startswith("Lapangan Tenis Indoor Pemkab Serang"), result.answer
    (step,) = [s for s in result.trace if s["rule"] == "place_is_the_whole_place"]
    assert step["before"].startswith("Pemkab Serang") and step["action"] == "rewrote"


def test_the_time_between_two_ceremonies_comes_from_the_articles_dates(ask):
    question = "How much time passed between the Pasar Kepandean ceremony and the next Pemkot Serang inauguration?"
    result = ask(question, cites("Pasar Kepandean", "3 months"))

    assert result.found, result.trace
    assert result.answer.startswith("About 3.5 months (105 days): 31 October 2025"), result.answer
    assert "13 February 2026" in result.answer
    assert any(s["rule"] == "interval_from_article_dates" for s in result.trace)


def test_a_question_asking_two_things_is_answered_clause_by_clause(ask, ollama):
    question = "Siapa yang memimpin pelantikan Pemkot Serang Februari 2026, dan siapa Wakil Bupati yang hadir pada Desember 2018?"

    def model(request):
        asked = question_in(request)
        return cites("Nanang Saefudin")(request) if "2026" in asked else cites("Pandji Tiytayasa")(request)

    result = ask(question, model)

    assert result.found, result.trace
    assert "Nanang Saefudin" in result.answer and "Pandji Tiytayasa" in result.answer
    assert len(ollama.chat_requests) == 2
    assert {c.source[:3] for c in result.citations} == {"003", "000"}


def test_an_invented_number_is_refused_and_the_rule_is_named(ask):
    result = ask("Berapa pejabat yang dilantik di Pendopo pada Juni 2019?", lambda r: reply("12 pejabat [1]", 1))

    assert not result.found
    assert result.refused_by == "numbers_in_cited_sentences"
    assert "12" in result.trace[-1]["why"]


@pytest.mark.parametrize("question", ["红", "What colour is it?", "Apa warnanya?"])
def test_an_answer_whose_words_no_cited_sentence_holds_is_not_found(ask, question):
    """Issue 14's nonsense question: "Red", cited to a sentence without it, was found with full
    confidence. Words the context never writes are no answer."""
    result = ask(question, lambda r: reply("Red [1]", 1))

    assert not result.found and result.refused_by, result.trace


def test_sources_are_sent_before_any_answer_text(ollama, settings_for, retriever):
    ollama.responder = cites("107 pejabat", "107 pejabat")
    items = list(Answerer(retriever, OllamaLLM(settings_for(ollama.url))).stream("How many officials did Tatu move around in Dec 2018?"))

    kinds = [type(item).__name__ for item in items]
    assert kinds[0] == "Sources" and kinds[-1] == "AskResult" and "str" in kinds
    assert kinds.index("Sources") < kinds.index("str")
    assert items[0].passages and items[0].passages[0]["source"].startswith("000")


def test_a_single_question_reads_a_few_sentences_not_whole_passages(ollama, settings_for, retriever):
    ollama.responder = copies_one_count
    settings = settings_for(ollama.url)
    Answerer(retriever, OllamaLLM(settings)).ask("Jumlah pejabat eselon III dan IV yang dilantik di pasar oleh Pemkot?")

    sentences = sentences_in(ollama.last_chat)
    assert 2 <= len(sentences) <= 12
    assert sum(len(s) for s in sentences.values()) <= settings.context_chars + 300
    assert any("269" in s for s in sentences.values())


def test_the_same_question_is_answered_from_the_cache_until_the_index_changes(ollama, settings_for, make_settings, seed_copy, tmp_path):
    settings = settings_for(ollama.url)
    index = Index(make_settings())
    index.ingest([seed_copy], reference=REFERENCE_DATE, progress=False)
    ollama.responder = copies_one_count
    answerer = Answerer(Retriever(index), OllamaLLM(settings), AnswerCache(tmp_path / "answers.sqlite"))

    first = answerer.ask("Berapa pejabat dilantik di Pasar Kepandean?")
    again = answerer.ask("  berapa pejabat dilantik di pasar kepandean ")
    assert not first.cached and again.cached and again.answer == first.answer
    assert len(ollama.chat_requests) == 1 and again.timings["total_s"] < 0.05

    index.add_article(parse_article("999_new.txt", "Pemkot Serang melantik 12 pejabat di Pasar Kepandean, Senin (2/3/2026).", REFERENCE_DATE))
    after = answerer.ask("Berapa pejabat dilantik di Pasar Kepandean?")
    assert not after.cached and len(ollama.chat_requests) == 2


@pytest.mark.parametrize(
    "question, operation, parts",
    [
        ("What was the combined number of officials sworn in during Dec 2018 and June 2019?", "sum", ["Dec 2018", "June 2019"]),
        ("Selisih pejabat yang dilantik Desember 2018 dibanding Juni 2019 berapa?", "difference", ["Desember 2018", "Juni 2019"]),
        ("Mana yang lebih banyak pejabatnya: Oktober 2025 atau Desember 2018?", "more", ["Oktober 2025", "Desember 2018"]),
        ("Which had more people sworn in, Lebak or Cilegon, in March 2026?", "more", ["Lebak", "Cilegon"]),
        # a count of two months joined by "and" is their total, with no word for a total
        ("Berapa jumlah kasus DBD di Kabupaten Lebak pada Januari dan Februari 2026 saja?", "sum", ["Januari 2026", "Februari 2026"]),
        ("How many officials did Cilegon swear in in March and May 2026?", "sum", ["March 2026", "May 2026"]),
    ],
)
def test_questions_that_combine_events_are_split_into_their_parts(question, operation, parts):
    from rag.question import parse

    combined = plan(parse(question, ["Kabupaten Lebak", "Kota Cilegon", "Kabupaten Serang", "Kota Serang"]))
    assert combined and combined.operation == operation
    assert [p.span.text if p.span and not p.government else p.government.split()[-1] for p in combined.parts] == parts


@pytest.mark.parametrize(
    "question, pairs",
    [
        ("Berapa total pejabat dilantik Pemkab Bogor (Maret) dan Pemkot Depok (Juni) tahun 2026?", [("Maret 2026", "Kabupaten Bogor"), ("Juni 2026", "Kota Depok")]),
        ("Who swore in more officials, Depok City in May or the Bogor regency in August 2026?", [("May 2026", "Kota Depok"), ("August 2026", "Kabupaten Bogor")]),
        ("Selisih pejabat yang dilantik Pemkot Bogor pada Juli 2025 dan Pemkab Bogor pada Mei 2026?", [("Juli 2025", "Kota Bogor"), ("Mei 2026", "Kabupaten Bogor")]),
    ],
)
def test_each_period_goes_with_the_government_written_beside_it(question, pairs):
    from rag.question import parse

    combined = plan(parse(question, ["Kabupaten Bogor", "Kota Bogor", "Kota Depok"]))
    assert combined and [(p.span.text, p.government) for p in combined.parts] == pairs


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Kalau digabung, berapa pendaftar lelang jabatan tahun 2024 dan 2025?", ["berapa pendaftar lelang jabatan tahun 2024?", "berapa pendaftar lelang jabatan tahun 2025?"]),
        ("Berapa total pejabat yang dilantik Pemkab Bogor pada 2 Maret 2026 dan 9 Juni 2026?",
         ["Berapa pejabat yang dilantik Pemkab Bogor pada 2 Maret 2026?", "Berapa pejabat yang dilantik Pemkab Bogor pada 9 Juni 2026?"]),
    ],
)
def test_a_part_is_asked_about_its_own_period_only(question, asked):
    from rag.compose import sub_question
    from rag.question import parse

    facts = parse(question, ["Kabupaten Bogor"])
    combined = plan(facts)
    lines = [sub_question(facts.text, p, facts.language, tuple(o for o in combined.parts if o is not p)).split("\n")[0] for p in combined.parts]
    assert lines == asked


@pytest.mark.parametrize(
    "question, asked",
    [
        # the period compared with goes with the words that compare ...
        ("Banjir Garut April 2026 merusak berapa rumah lebih banyak dibanding banjir 3 November 2025?",
         {"April 2026": "Banjir Garut April 2026 merusak berapa rumah?"}),
        # ... and the period compared with is asked the main clause in its own words; "naik berapa"
        # asks each part "berapa"
        ("Dibanding akhir Maret 2025, realisasi PAD Kabupaten Garut pada akhir Maret 2026 naik berapa rupiah?",
         {"Maret 2025": "realisasi PAD Kabupaten Garut pada akhir Maret 2025 berapa rupiah?", "Maret 2026": "realisasi PAD Kabupaten Garut pada akhir Maret 2026 berapa rupiah?"}),
        ("Dibanding semester I 2025, realisasi PAD Garut per 30 Juni 2026 naik berapa rupiah?",
         {"semester I 2025": "realisasi PAD Garut per semester I 2025 berapa rupiah?", "Juni 2026": "realisasi PAD Garut per 30 Juni 2026 berapa rupiah?"}),
        # a period named from the other ("the same period of 2025", "a year earlier") is the other's words in its year
        ("How many more landslides did Garut record from January to 20 May 2026 than in the same period of 2025?",
         {"May 2026": "How many landslides did Garut record from January to 20 May 2026?",
          "the same period of 2025": "How many landslides did Garut record from January to 20 May 2025?"}),
        ("By how many percentage points was Garut's budget absorption at the end of June 2026 higher than a year earlier?",
         {"June 2026": "What was Garut's budget absorption at the end of June 2026?", "a year earlier": "What was Garut's budget absorption at the end of June 2025?"}),
        ("By how many percentage points was Garut's end-of-March 2026 spending realisation lower than at the same point in 2025?",
         {"the same point in 2025": "What was Garut's end-of-March 2025 spending realisation?"}),
        ("By how many cases did Garut's measles count from January to 7 June 2026 exceed the same period of 2025?",
         {"June 2026": "How many cases did Garut's measles count from January to 7 June 2026?"}),
    ],
)
def test_a_part_of_a_comparison_written_as_no_list_is_asked_without_the_other_period(question, asked):
    from rag.compose import sub_question
    from rag.question import parse

    facts = parse(question, ["Kabupaten Garut"])
    combined = plan(facts)
    lines = {p.span.text: sub_question(facts.text, p, facts.language, tuple(o for o in combined.parts if o is not p)).split("\n")[0] for p in combined.parts}
    assert {k: lines[k] for k in asked} == asked


def test_a_total_over_a_regency_and_a_city_of_one_name_reads_each_in_its_own_month(ask, ollama):
    result = ask("How many officials did the Serang regency (December 2018) and Serang City (October 2025) swear in altogether?")

    assert result.found, result.trace
    assert re.match(r"376 in total: 107 \(Kabupaten Serang, 13 December 2018\) \[\d\] \+ 269 \(Kota Serang, 31 October 2025\) \[\d\]", result.answer), result.answer


@pytest.mark.parametrize(
    "question",
    [
        "Pemkab Garut melantik lebih banyak pejabat di bulan Januari atau April 2026?",
        "How many more officials did Garut swear in in January 2026 than in April 2026?",
        "Selisih pejabat yang dilantik Januari 2026 dibandingkan April 2026 berapa?",
    ],
)
def test_each_part_of_a_comparison_is_asked_as_a_plain_count(question):
    from rag.compose import sub_question
    from rag.question import parse

    combined = plan(parse(question, ["Kabupaten Garut"]))
    asked = sub_question(combined.parts[0].clause and question, combined.parts[0], "id" if "Pemkab" in question or "Selisih" in question else "en")
    assert not re.search(r"lebih banyak|more|than|selisih|dibandingkan", asked.split("\n")[0], re.I), asked
    assert "Januari 2026" in asked.split("\n")[1] or "January 2026" in asked.split("\n")[1]


@pytest.mark.parametrize(
    "question",
    [
        "Berapa pejabat administrator dan pengawas yang dilantik Februari 2026?",  # one count of both
        "How many officials were installed in Dec 2018?",
        "Who was the deputy regent at the December 2018 ceremony?",
        "How many dengue cases did Kota Serang record between January and March 2026?",  # a span's two ends
    ],
)
def test_questions_about_one_thing_are_not_split(question):
    from rag.question import parse

    assert plan(parse(question, ["Kabupaten Serang", "Kota Serang"])) is None
    assert clauses(question) == [question]


@pytest.mark.parametrize(
    "question, operation, clauses_asked",
    [
        ("Looking at Cianjur's May 2026 ceremony, which group was bigger: camat or lurah?", "more", ["camat", "lurah"]),
        ("At Banjar's April 2026 inauguration, were school principals or supervisors more numerous?", "more", ["school principals", "supervisors"]),
        ("Di pelantikan Pemkab Cianjur Mei 2026, jumlah camat lebih banyak atau lurah?", "more", ["camat", "lurah"]),
        ("pelantikan cianjur mei 2026 lebih banyak camat apa lurah? selisihnya brp?", "more", ["camat", "lurah"]),
        ("pelantikan pemkot banjar april 2026, kepsek vs pengawas banyakan yg mana?", "more", ["kepsek", "pengawas"]),
        ("At Banjar's April 2026 ceremony, what's the sum of camat and lurah installed?", "sum", ["camat", "lurah"]),
        ("pelantikan pemkab cianjur mei 2026, camat + lurah totalnya brp?", "sum", ["camat", "lurah"]),
    ],
)
def test_two_groups_of_one_event_are_asked_one_at_a_time_however_the_choice_is_worded(question, operation, clauses_asked):
    from conftest import KNOWN_GOVERNMENTS
    from rag.question import parse

    combined = plan(parse(question, KNOWN_GOVERNMENTS))
    assert combined is not None and combined.operation == operation
    assert [p.clause for p in combined.parts] == clauses_asked
    assert all(p.span is None and p.government is None for p in combined.parts)


@pytest.mark.parametrize(
    "question, operation",
    [
        ("Who swore in more officials in May 2026, Pemkab Cianjur or Pemkot Banjar?", "more"),
        ("pelantikan cianjur feb vs mei 2026 banyakan yg mana? beda brp?", "more"),
        ("What was the gap between the officials Cianjur installed in March 2026 and in May 2026?", "difference"),
        ("pelantikan pemkot banjar jan + apr 2026 totalnya brp pejabat?", "sum"),
    ],
)
def test_two_periods_or_governments_are_asked_one_at_a_time_however_the_combination_is_worded(question, operation):
    from conftest import KNOWN_GOVERNMENTS
    from rag.question import parse

    combined = plan(parse(question, KNOWN_GOVERNMENTS))
    assert combined is not None and combined.operation == operation and len(combined.parts) == 2


def test_a_compound_question_becomes_standalone_clauses():
    asked = clauses("Pada Juni 2019, siapa Kepala Bappeda yang dilantik, dan siapa Kepala Satpol PP?")
    assert asked == ["Pada Juni 2019, siapa Kepala Bappeda yang dilantik?", "Pada Juni 2019, siapa Kepala Satpol PP?"]


def test_result_is_a_complete_ask_result(ask):
    result = ask("How many officials did Tatu move around in Dec 2018?", cites("107 pejabat", "107 officials"))
    assert isinstance(result, AskResult)
    assert result.kind == "count" and result.found and result.citations[0].id == 1 and "[1]" in result.answer
    assert result.timings["llm_calls"] == 1
    assert Sources  # the type the stream yields first


SELECTION_2026 = """Pendaftar Seleksi Terbuka Pemkab Subang Naik

SUBANG - Panitia seleksi terbuka jabatan pimpinan tinggi pratama Pemkab Subang menutup pendaftaran, Jumat (13/2/2026).
Pada 2025, seleksi serupa untuk tiga jabatan diikuti 19 pendaftar.
Ketua panitia seleksi, Rina Marlina, mengatakan seleksi terbuka tahun ini diikuti 31 pendaftar untuk lima jabatan.
Tahapan berikutnya adalah seleksi administrasi yang diumumkan pekan depan.
"""


def reads_the_asked_periods_figure(patterns: dict[str, str], unit: str = ""):
    """A small model that reads, for the period a part's question names (the first key of
    `patterns` in it, else the last), the figure its pattern finds in the sentences."""

    def respond(request: dict) -> str:
        asked = question_in(request)
        pattern = next((p for key, p in patterns.items() if key in asked), list(patterns.values())[-1])
        for n, text in sentences_in(request).items():
            if m := re.search(pattern, text):
                return reply(f"{m.group(1)}{unit}", n)
        return reply("NOT FOUND")

    return respond


def _index_of(settings, folder, name: str, text: str) -> Index:
    """A fresh index of one article, written to `folder` as `name`."""
    folder.mkdir()
    (folder / name).write_text(text)
    index = Index(settings)
    index.ingest([folder], reference=REFERENCE_DATE, progress=False)
    return index


def test_a_count_the_article_says_is_of_last_year_is_not_read_for_this_years_question(ollama, settings_for, tmp_path):
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "subang-seleksi.txt", SELECTION_2026)
    ollama.responder = lambda request: next(
        (reply(f"{m.group(1)} pendaftar [{n}]", n) for n, text in sentences_in(request).items() if (m := re.search(r"(\d+) pendaftar", text))),
        reply("NOT FOUND"),
    )
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("How many applicants did Subang's 2026 open selection have?")

    assert result.found and re.match(r"31\b", result.answer), result.trace
    read = ollama.last_chat["messages"][-1]["content"]
    assert "31 pendaftar" in read and "19 pendaftar" not in read  # last year's sentence is not even read


ROTATION_IN_TWO_SESSIONS = """Bupati Majalengka Lantik Ratusan Pejabat

MAJALENGKA - Bupati Majalengka melantik pejabat pimpinan tinggi pratama, administrator, dan pengawas, Senin (12/1/2026).
Pelantikan digelar di pendopo dalam dua sesi.
Pada sesi pagi, sembilan pejabat pimpinan tinggi pratama dan 41 pejabat administrator dilantik.
Sesi siang diikuti 77 pejabat pengawas, termasuk sejumlah lurah.
""" + "Bupati berpesan agar pejabat yang dilantik bekerja keras melayani warga Majalengka.\n" * 12


def test_a_total_reads_the_sentence_its_list_runs_on_into(ollama, settings_for, tmp_path):
    """News splits a breakdown over sentences ("Sesi siang diikuti 77 pejabat pengawas"): a
    total reads the sentence after the one listing the first counts, and says why."""
    from rag.context import build

    settings = settings_for(ollama.url)
    retriever = Retriever(_index_of(settings, tmp_path / "articles", "majalengka-rotasi.txt", ROTATION_IN_TWO_SESSIONS))

    def read(question: str) -> list:
        facts = retriever.parse(question)
        return build(retriever, facts, retriever.retrieve(facts.text, top_k=5, facts=facts), budget_chars=260).sentences

    total = read("Berapa total pejabat yang dilantik Bupati Majalengka pada 12 Januari 2026?")
    assert any("77 pejabat pengawas" in s.text and s.signals.get("list_runs_on_from") for s in total), [s.text for s in total]
    assert not any(s.signals.get("list_runs_on_from") for s in read("Siapa yang melantik pejabat Majalengka pada 12 Januari 2026?"))
    # a number the question writes tells the event: the sentence writing it says so
    quoted = read("Pada sesi mana 77 pejabat Majalengka dilantik?")
    assert [s.text for s in quoted if s.signals.get("question_number")] == ["Sesi siang diikuti 77 pejabat pengawas, termasuk sejumlah lurah."]


SELECTION_SCHEDULE = """Pemkot Cimahi Buka Seleksi Terbuka Tiga Jabatan

CIMAHI, (2/3/2026) - Pemerintah Kota Cimahi membuka seleksi terbuka untuk tiga jabatan pimpinan tinggi pratama.
Ketiga jabatan itu adalah Kepala Dinas Perhubungan, Kepala Bapenda dan Sekretaris DPRD.
Panitia seleksi diketuai Sekda Kota Cimahi dan beranggotakan lima orang.
Pendaftaran dibuka secara daring mulai Senin (9/3) sampai Jumat (20/3/2026).
Pengumuman hasil seleksi administrasi dijadwalkan Selasa (24/3/2026).
""" + "Wali Kota berharap pejabat terpilih mampu membawa perubahan bagi pelayanan warga Cimahi.\n" * 12


def test_what_falls_days_after_an_event_reads_the_sentences_that_give_days(ollama, settings_for, tmp_path):
    """Asked what is scheduled some days after an event, the context holds the sentences that
    give the schedule's days (the event's and the one counted to), and says why."""
    from rag.context import build

    settings = settings_for(ollama.url)
    retriever = Retriever(_index_of(settings, tmp_path / "articles", "cimahi-seleksi.txt", SELECTION_SCHEDULE))
    facts = retriever.parse("In Cimahi's open selection, what is scheduled four days after registration closes?")
    read = build(retriever, facts, retriever.retrieve(facts.text, top_k=5, facts=facts), budget_chars=360).sentences
    dated = [s.text for s in read if s.signals.get("date")]
    assert any("20/3/2026" in t for t in dated) and any("24/3/2026" in t for t in dated), [(s.text, s.signals) for s in read]


FIRES_BROKEN_DOWN = """Karhutla Meluas ke Enam Kecamatan di Garut

GARUT - Pemkab Garut menaikkan status siaga kebakaran hutan dan lahan menjadi tanggap darurat, Senin (10/8/2026).
Kepala Pelaksana BPBD Garut merinci luas lahan terbakar sejak awal Juli hingga Selasa (11/8).
Kecamatan Cisewu menjadi yang terluas dengan 386 hektare, disusul Talegong 274 hektare, Bungbulang 231 hektare, Pamulihan 198 hektare, Caringin 112 hektare dan Cikelet 83 hektare.
Sebagian besar berupa lahan gambut dan semak belukar milik masyarakat.
""" + "Bupati meminta warga tidak membuka lahan dengan cara membakar.\n" * 12

TAX_BY_DISTRICT = """Realisasi PBB-P2 Garut Baru Separuh Target

GARUT - Bapenda Garut merinci realisasi PBB-P2 per kecamatan hingga Senin (13/7/2026).
Penerimaan terbesar berasal dari Kecamatan Garut Kota sebesar Rp9,42 miliar, disusul Tarogong Kidul Rp8,76 miliar, Tarogong Kaler Rp6,15 miliar, Karangpawitan Rp5,38 miliar, Banyuresmi Rp4,97 miliar dan Leles Rp3,92 miliar.
""" + "Bapenda mengimbau wajib pajak membayar sebelum jatuh tempo.\n" * 12


@pytest.mark.parametrize(
    "text, question, listed",
    [
        # a sentence that says a breakdown follows brings the list after it
        (FIRES_BROKEN_DOWN, "Berapa total luas lahan terbakar di enam kecamatan Garut hingga 11 Agustus 2026?", "Cikelet 83 hektare"),
        # a long list read in clauses goes on in its next clause
        (TAX_BY_DISTRICT, "Berapa total realisasi PBB-P2 Garut dari enam kecamatan per 13 Juli 2026?", "Leles Rp3,92 miliar"),
        # which one has the most is picked from the list the announcing sentence brings
        (FIRES_BROKEN_DOWN, "Di kecamatan mana lahan yang terbakar paling besar di Garut?", "Cisewu menjadi yang terluas"),
    ],
)
def test_a_total_reads_the_whole_of_a_list_announced_or_cut_in_clauses(ollama, settings_for, tmp_path, text, question, listed):
    from rag.context import build

    settings = settings_for(ollama.url)
    retriever = Retriever(_index_of(settings, tmp_path / "articles", "garut.txt", text))
    facts = retriever.parse(question)
    read = build(retriever, facts, retriever.retrieve(facts.text, top_k=5, facts=facts), budget_chars=260).sentences
    assert any(listed in s.text for s in read), [s.text for s in read]


TAX_BY_MONTH = """Penerimaan Pajak Daerah Garut Terus Bergerak

GARUT, (3/6/2026) - Bapenda Kabupaten Garut mencatat penerimaan pajak daerah terus bergerak hingga akhir Mei 2026.
Pada Januari, penerimaan tercatat Rp11,84 miliar, Februari Rp10,27 miliar, Maret Rp12,63 miliar, April Rp13,95 miliar dan Mei Rp12,08 miliar.
Kepala Bapenda Garut mengatakan target pajak daerah tahun ini ditetapkan Rp165 miliar, naik dari target 2025 sebesar Rp152 miliar.
Sebagai perbandingan, penerimaan pajak daerah Garut pada Januari-Mei 2025 mencapai Rp54,36 miliar.
Total tunggakan PBB-P2 tahun pajak 2019-2025 tercatat Rp23,6 miliar.
Saat ini terdapat 1.146 wajib pajak PBJT yang terdaftar di Kabupaten Garut.
""" + "Bupati meminta pelaku usaha di Garut taat membayar pajak daerah.\n" * 12


def test_a_total_over_months_reads_the_sentence_giving_each_months_figure(ollama, settings_for, tmp_path):
    """A total "from January to May" is the sum of a breakdown by month, a sentence that shares
    few words with the question ("Pada Januari, penerimaan tercatat Rp11,84 miliar, Februari
    ..."): the context reads it first, and says why."""
    from rag.context import build

    settings = settings_for(ollama.url)
    retriever = Retriever(_index_of(settings, tmp_path / "articles", "garut-pajak.txt", TAX_BY_MONTH))
    facts = retriever.parse("What was Garut's total local tax revenue from January to May 2026?")
    read = build(retriever, facts, retriever.retrieve(facts.text, top_k=5, facts=facts), budget_chars=300).sentences
    assert [s.signals.get("months") for s in read if "Rp11,84" in s.text] == [5], [(s.text, s.signals) for s in read]
    # one month's figure asked is no breakdown's
    one = retriever.parse("Berapa penerimaan pajak daerah Garut pada Mei 2026?")
    assert not any(s.signals.get("months") for s in build(retriever, one, retriever.retrieve(one.text, top_k=5, facts=one), budget_chars=300).sentences)


TAPPING_BOXES = """Bapenda Garut Kejar Pemasangan Alat Perekam Transaksi

GARUT, (8/6/2026) - Bapenda Kabupaten Garut terus menambah alat perekam transaksi di tempat usaha.
Untuk menekan kebocoran, Bapenda menargetkan 125 alat perekam transaksi (tapping box) terpasang di restoran, kafe, hotel dan tempat parkir tahun ini.
Hingga akhir Mei, baru 86 unit yang terpasang.
Saat ini terdapat 1.146 wajib pajak PBJT yang terdaftar di Kabupaten Garut, termasuk 43 restoran baru.
Kepala Bapenda Garut mengatakan target pajak daerah tahun ini ditetapkan Rp165 miliar, naik dari target 2025 sebesar Rp152 miliar.
"Untuk semester pertama kami pasang target 45 persen dari target tahunan," ujarnya.
Pemkab juga menargetkan 20 hotel baru terdaftar sebagai wajib pajak tahun ini.
""" + "Bupati meminta pelaku usaha di Garut taat membayar pajak daerah.\n" * 12


def test_what_is_left_of_a_target_reads_the_sentence_after_it_saying_how_far_it_got(ollama, settings_for, tmp_path):
    """"How many more ... to hit this year's target?" needs the target and the part done, which
    news writes right after it in few of the question's words ("Hingga akhir Mei, baru 86 unit
    yang terpasang"): the context reads it beside the target, and says why."""
    from rag.context import build

    settings = settings_for(ollama.url)
    retriever = Retriever(_index_of(settings, tmp_path / "articles", "garut-pajak.txt", TAPPING_BOXES))
    facts = retriever.parse("How many more tapping boxes does Garut still need to install to hit this year's target?")
    read = build(retriever, facts, retriever.retrieve(facts.text, top_k=5, facts=facts), budget_chars=300).sentences
    assert any("125 alat" in s.text for s in read) and any("86 unit" in s.text for s in read), [(s.text, s.signals) for s in read]
    total = retriever.parse("Berapa target pemasangan tapping box di Garut tahun ini?")
    assert not any(s.signals.get("progress_runs_on_from") for s in build(retriever, total, retriever.retrieve(total.text, top_k=5, facts=total), budget_chars=300).sentences)


SELECTION_WITH_HOPES = """Pemkab Subang Buka Seleksi Terbuka

SUBANG - Pemkab Subang membuka seleksi terbuka empat jabatan pimpinan tinggi pratama, Rabu (4/3/2026).
Pada 2025, Pemkab Subang menggelar seleksi terbuka untuk dua jabatan dan menjaring 11 pendaftar.
Tahun ini, panitia berharap jumlah pendaftar mencapai 20 orang.
Ia menambahkan, masyarakat dapat menyampaikan masukan kepada panitia seleksi.
"""


def test_a_sentence_leaning_on_one_left_out_is_read_without_it(ollama, settings_for, tmp_path):
    """"Ia menambahkan, ..." brings the sentence before it, unless that one was left out on
    purpose: here "Tahun ini ..." is of another year than the asked 2025."""
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "subang-seleksi.txt", SELECTION_WITH_HOPES)
    ollama.responder = reads_the_asked_periods_figure({"2025": r"menjaring (\d+)"})
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("Berapa pendaftar seleksi terbuka Pemkab Subang pada 2025?")

    assert result.found and re.match(r"11\b", result.answer), result.trace
    read = ollama.last_chat["messages"][-1]["content"]
    assert "Ia menambahkan" in read and "20 orang" not in read


SELECTION_RESULT = """Seleksi Terbuka Pemkab Subang Ditutup

SUBANG - Panitia seleksi terbuka Pemkab Subang menutup pendaftaran, Senin (16/3/2026).
Panitia berharap jumlah pendaftar bisa mencapai 20 orang sebelum penutupan.
Hingga penutupan, seleksi terbuka tahun ini diikuti 23 pendaftar dari delapan kabupaten.
Kepala BKPSDM mengatakan tahap asesmen dimulai April.
"""


def test_a_count_refused_as_a_hope_is_asked_again_without_that_sentence(ollama, settings_for, tmp_path):
    """A small model reads the first "N orang/pendaftar" it sees; the hope ("berharap ... 20
    orang") is refused and the answer asked again without it finds the count."""
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "subang-seleksi.txt", SELECTION_RESULT)
    ollama.responder = lambda request: next(
        (reply(m.group(1), n) for n, text in sentences_in(request).items() if (m := re.search(r"(\d+) (?:orang|pendaftar)", text))),
        reply("NOT FOUND"),
    )
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("Berapa pendaftar seleksi terbuka Pemkab Subang pada Maret 2026?")

    assert result.found and re.match(r"23\b", result.answer), result.trace
    assert [step["rule"] for step in result.trace][:2] == ["count_is_not_a_target", "retried_elsewhere"]
    assert "berharap" not in ollama.last_chat["messages"][-1]["content"]


PRINCIPALS_2026 = """Pemkab Subang Lantik 132 Kepala Sekolah

SUBANG - Bupati Subang melantik 132 kepala sekolah di Aula Pemkab Subang, Rabu (15/4/2026).
Jumlah itu lebih banyak dibanding pelantikan April 2025 yang berjumlah 104 kepala sekolah.
"""


def test_an_earlier_periods_figure_given_only_in_the_later_article_is_read_from_it(ollama, settings_for, tmp_path):
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "subang-kepsek.txt", PRINCIPALS_2026)

    ollama.responder = reads_the_asked_periods_figure({"2025": r"April 2025 yang berjumlah (\d+)", "2026": r"melantik (\d+)"})
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("Berapa total kepala sekolah yang dilantik Pemkab Subang pada April 2025 dan April 2026?")

    assert result.found and result.answer.startswith("Total 236"), result.trace
    assert "part_from_a_later_article" in [step["rule"] for step in result.trace]


STUNTING_APRIL_2026 = """Prevalensi Stunting Kota Bogor Turun Jadi 6,8 Persen

BOGOR - Prevalensi stunting pada balita di Kota Bogor turun menjadi 6,8 persen berdasarkan hasil penimbangan serentak bulan Februari 2026, dipaparkan Dinas Kesehatan, Senin (13/4/2026).
Angka itu lebih rendah dibanding hasil penimbangan Februari 2025 yang mencatat 7,9 persen.
"""


def test_both_periods_figures_reported_weeks_later_are_read_from_that_article(ollama, settings_for, tmp_path):
    """A period's figure comes out after it ("penimbangan Februari 2026", dated April): no article
    is dated in either compared month, so each part is asked again over the later article."""
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "bogor-stunting.txt", STUNTING_APRIL_2026)
    patterns = {"2025": r"Februari 2025 yang mencatat (\d+,\d)", "2026": r"menjadi (\d+,\d) persen"}

    def respond(request: dict) -> str:
        part = re.search(r"(?:untuk|only for) [^:]*?(\d{4}):", user_message(request))
        for n, text in sentences_in(request).items():
            if part and (m := re.search(patterns[part.group(1)], text)):
                return reply(f"{m.group(1)} persen", n)
        return reply("NOT FOUND")

    ollama.responder = respond
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("Turun berapa poin persen prevalensi stunting Kota Bogor dari Februari 2025 ke Februari 2026?")

    assert result.found and re.search(r"\b1,1\b", result.answer), result.trace
    assert [step["part"] for step in result.trace if step["rule"] == "part_from_a_later_article"] == [1, 2]


@pytest.mark.parametrize(
    "question, governments, asked",
    [
        # three governments, each with its own event phrase: each part keeps only its own phrase
        ("Counting Garut's January rotation, Cianjur's March inauguration and Bekasi's May swearing-in of village heads, how many people were sworn in altogether?",
         ["Kabupaten Garut", "Kabupaten Cianjur", "Kabupaten Bekasi"],
         ["Counting Garut's January rotation, how many people were sworn in?", "Counting Cianjur's March inauguration, how many people were sworn in?",
          "Counting Bekasi's May swearing-in of village heads, how many people were sworn in?"]),
        # chat "sama" joins two years
        ("pendaftar lelang jabatan cianjur 2024 sama 2025 total brp?", ["Kabupaten Cianjur"],
         ["pendaftar lelang jabatan cianjur 2024 berapa?", "pendaftar lelang jabatan cianjur 2025 berapa?"]),
        # "than in" joins them, "more or fewer" and "by how many" are the comparison, not the count
        ("Did Tasikmalaya's selection draw more or fewer applicants in 2025 than in 2024, and by how many?", ["Kota Tasikmalaya"],
         ["Did Tasikmalaya's selection draw applicants in 2025?", "Did Tasikmalaya's selection draw applicants in 2024?"]),
        # a government with its own month on each side of "atau"
        ("Lebih banyak mana camat yang dilantik Pemkab Garut pada Maret atau Pemkab Cianjur pada Juni 2026? Selisihnya berapa?",
         ["Kabupaten Garut", "Kabupaten Cianjur"],
         ["camat yang dilantik Pemkab Garut pada Maret?", "camat yang dilantik Pemkab Cianjur pada Juni 2026?"]),
        # what both parts share ("in July 2026") stays in both
        ("Which had more village heads sworn in, Garut or Cianjur, in July 2026?", ["Kabupaten Garut", "Kabupaten Cianjur"],
         ["Which had village heads sworn in, Garut, in July 2026?", "Which had village heads sworn in, Cianjur, in July 2026?"]),

        # phrases that open alike ("Bupati ... pada <month>"), the second naming a person, not a government
        ("Kalau digabung, berapa camat yang dilantik Bupati Cianjur pada Maret 2026 dan Bupati Herman Suherman pada Juni 2025?", ["Kabupaten Cianjur"],
         ["berapa camat yang dilantik Bupati Cianjur pada Maret 2026?", "berapa camat yang dilantik Bupati Herman Suherman pada Juni 2025?"]),
    ],
)
def test_each_part_is_asked_with_its_own_item_of_the_questions_list(question, governments, asked):
    from rag.compose import sub_question
    from rag.question import parse

    facts = parse(question, governments)
    combined = plan(facts)
    lines = [sub_question(facts.text, p, facts.language, tuple(o for o in combined.parts if o is not p)).split("\n")[0] for p in combined.parts]
    assert lines == asked


@pytest.mark.parametrize(
    "question",
    [
        "Realisasi PAD Kota Bogor per 30 Juni lebih tinggi 2024 atau 2025? Selisih berapa persen?",
        "Was Bogor's tax revenue realisation higher in 2025 or in 2024, and by how many percentage points?",
    ],
)
def test_a_comparison_of_percentages_asks_each_part_for_a_percentage(question):
    from rag.compose import sub_question
    from rag.question import parse

    facts = parse(question, ["Kota Bogor"])
    combined = plan(facts)
    assert combined and combined.percent and len(combined.parts) == 2
    instruction = sub_question(facts.text, combined.parts[0], facts.language, (combined.parts[1],), percent=combined.percent).split("\n")[1]
    assert "persen" in instruction or "percentage" in instruction


@pytest.mark.parametrize(
    "answer, value",
    [("81,7 persen [1]", "81.7"), ("2.318 kasus [2]", "2318"), ("sebelas orang", "11"), ("12,5 km", "12.5"), ("Pada 2024: 79,26 persen", "79.26"),
     ("2 Juni 2026: 64 pejabat [3]", "64"), ("On May 5, 2026, 41 officials", "41"), ("tanggal 7 Mei, sebanyak 41 orang", "41"),
     ("Pada Mei 41 pejabat dilantik [1]", "41"), ("In May 41 officials were sworn in", "41"), ("20/5/2026: 64 pejabat", "64"),
     ("36.3 miliar [1]", "36.3"), ("Rp 1.250 miliar", "1250")],
)
def test_a_parts_number_keeps_its_decimals(answer, value):
    from decimal import Decimal

    from rag.compose import Part, part_number

    assert part_number(answer, Part(None, "x")) == Decimal(value)


APBD_2025 = """Serapan Belanja Pemkab Majalengka Per 22 Desember 2025 Capai 79,26 Persen

MAJALENGKA - Realisasi belanja APBD Kabupaten Majalengka hingga 22 Desember 2025 mencapai 79,26 persen, Senin (22/12/2025).
Pada periode yang sama tahun 2024, serapan belanja tercatat 81,7 persen.
Kepala BPKAD Majalengka meminta dinas mempercepat pembayaran kegiatan.
"""


def test_two_years_percentages_are_compared_with_their_decimals_and_periods(ollama, settings_for, tmp_path):
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "majalengka-apbd.txt", APBD_2025)

    ollama.responder = reads_the_asked_periods_figure({"2024?": r"2024, serapan belanja tercatat ([\d,]+) persen", "2025": r"mencapai ([\d,]+) persen"}, " persen")
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("serapan belanja apbd majalengka per 22 desember lebih tinggi 2024 atau 2025? selisih brp persen?")

    assert result.found, result.trace
    # which was higher, and by how many points
    assert re.match(r"Kabupaten Majalengka, 2024 lebih tinggi: 81,7 \[\d\] dibanding 79,26 \(Kabupaten Majalengka, 22 Desember 2025\) \[\d\], selisih 2,44 poin persen\.", result.answer), result.answer


BELANJA_2026 = """Belanja Pemkab Kuningan Naik Dibanding Tahun Lalu

KUNINGAN - Realisasi belanja APBD Kabupaten Kuningan hingga 30 September 2026 mencapai Rp 1,05 triliun, Rabu (30/9/2026).
Pada periode yang sama tahun 2025, realisasi belanja tercatat Rp 987,4 miliar.
Bupati meminta dinas mempercepat lelang pekerjaan fisik.
"""


def test_a_rise_between_two_years_keeps_the_scale_of_its_amounts(ollama, settings_for, tmp_path):
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "kuningan-belanja.txt", BELANJA_2026)

    ollama.responder = reads_the_asked_periods_figure({"2025": r"2025, realisasi belanja tercatat Rp ([\d,]+) miliar", "2026": r"mencapai Rp ([\d,]+) triliun"})
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("Dibanding September 2025, realisasi belanja Pemkab Kuningan akhir September 2026 naik berapa rupiah?")

    assert result.found, result.trace
    # 1,05 triliun less 987,4 miliar, in miliar: not "0,06" nor a bare "62,6" that reads as rupiah
    assert re.match(r"Selisihnya 62,6 miliar: 1050 miliar \(Kabupaten Kuningan, 30 September 2026\) \[\d\] - 987,4 miliar \(Kabupaten Kuningan, September 2025\) \[\d\]", result.answer), result.answer


def test_amounts_compared_as_higher_are_not_split_into_counts():
    from rag.question import parse

    assert plan(parse("Mana yang lebih tinggi, PAD Garut 2024 atau 2025?", ["Kabupaten Garut"])) is None


def test_a_part_is_not_told_to_count_one_item_of_a_listed_pair():
    from rag.compose import sub_question
    from rag.question import parse

    facts = parse("Berapa total pejabat administrator dan pengawas yang dilantik Pemkab Garut pada April dan Mei 2026?", ["Kabupaten Garut"])
    combined = plan(facts)
    instruction = sub_question(facts.text, combined.parts[0], facts.language, (combined.parts[1],), facts.counted).split("\n")[1]
    assert instruction == "Jawab hanya untuk April 2026: berapa jumlahnya? Tulis satu angka."


def test_an_items_count_written_with_thousands_dots_is_read_whole():
    # "8.042" is eight thousand and forty-two, and its dot ends no sentence
    from rag.compose import counts_of, listed_beside

    found = counts_of("anak", [], ["Dari balita yang diukur, 8.042 anak masuk kategori stunting."])
    assert set(found) == {8042}
    assert listed_beside("terdiri atas 1.200 pejabat administrator, 19 pejabat pengawas, dan enam pejabat fungsional", 1200, {19})


def test_a_list_items_count_is_not_the_one_before_its_comma():
    # each track's seats follow the track's name; the number before the comma is the previous track's
    from rag.compose import counts_of

    text = "Kuota jalur domisili ditetapkan 40 persen atau 1.524 kursi, jalur afirmasi 20 persen atau 762 kursi, serta jalur mutasi 190 kursi."
    assert 1524 not in counts_of("kursi jalur afirmasi", [], [text])
    assert 1524 in counts_of("kursi jalur domisili", [], ["Kuota jalur domisili 1.524 kursi jalur domisili, jalur afirmasi 762 kursi."])


def test_a_year_before_an_items_words_is_no_count_of_it():
    from rag.compose import counts_of

    text = "Pada akhir Juni 2025 realisasi PAD baru Rp162,9 miliar. Tahun ini 2.025 pelamar mendaftar."
    assert 2025 not in counts_of("realisasi PAD", [], [text])
    assert set(counts_of("pelamar", [], [text])) == {2025}  # written with its thousands dot, a count


BUDGET_PASSED = """DPRD Garut Sahkan APBD 2026

GARUT - DPRD Kabupaten Garut menyetujui Raperda APBD 2026 dalam rapat paripurna, Jumat (28/11/2025) malam.
Ketua DPRD Garut mengatakan APBD 2026 disusun dengan belanja Rp3,9 triliun.
"""


def test_a_date_copied_from_the_prompts_example_is_asked_again_without_it(ollama, settings_for, tmp_path):
    """A 1.5B model answers a date question with the hint's own example ("seperti '13 Desember
    2018'") more often than one would think; asked again with a hint quoting no date, it reads
    the sentence's "Jumat (28/11/2025)"."""
    settings = settings_for(ollama.url)
    index = _index_of(settings, tmp_path / "articles", "garut-apbd.txt", BUDGET_PASSED)

    def copies_the_example(request):
        if "13 Desember 2018" in user_message(request):
            return reply("13 Desember 2025 [1]", 1)
        number = next(n for n, text in sentences_in(request).items() if "paripurna" in text)
        return reply(f"28 November 2025 [{number}]", number)

    ollama.responder = copies_the_example
    result = Answerer(Retriever(index), OllamaLLM(settings)).ask("Kapan DPRD Garut menyetujui Raperda APBD 2026?")

    assert result.found and result.answer.startswith("28 November 2025"), result.trace
    assert [step["rule"] for step in result.trace][:2] == ["date_is_not_the_example", "asked_again"]
    assert "13 Desember 2018" not in user_message(ollama.last_chat)
