"""The rule registry (rag.rules.RULES), one behaviour a user would notice per test, each driven
through `rules.run` so the order of the registry is exercised too."""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass, replace

import pytest

from rag import rules
from rag.text import strip_markers
from rag.context import Context, Sentence
from rag.question import parse
from rag.retrieve import Passage

from conftest import KNOWN_GOVERNMENTS as KNOWN


@dataclass(frozen=True)
class Said:
    """One sentence of an article, as the context would number it."""

    text: str
    doc: str
    date: str | None = "2026-03-02"
    government: str | None = None
    title: str | None = None


def article_of(government: str, doc: str):
    """A builder of sentences from one government's article ("garut(...)", "cimahi(...)")."""

    def said(text: str, **kw) -> Said:
        return Said(text, **{"doc": doc, "government": government, **kw})

    return said


garut = article_of("Kabupaten Garut", "garut-rotasi.txt")
cimahi = article_of("Kota Cimahi", "cimahi-pelantikan.txt")
cianjur = article_of("Kabupaten Cianjur", "cianjur-pelantikan.txt")
subang = article_of("Kabupaten Subang", "subang-seleksi.txt")
banjar = article_of("Kota Banjar", "banjar-rapat.txt")
sukabumi = article_of("Kota Sukabumi", "sukabumi-pelantikan.txt")

# Three rotations in Garut, each its own dated article.
FEBRUARY = garut("Bupati Garut Hendra Permana merotasi 40 pejabat, Selasa (10/2/2026).", doc="garut-feb.txt", date="2026-02-10")
MARCH = garut("Bupati Garut Hendra Permana kembali melantik 12 camat, Senin (2/3/2026).", doc="garut-mar.txt", date="2026-03-02")
NOVEMBER = garut("Bupati Garut Hendra Permana melantik 35 pejabat, Senin (3/11/2025).", doc="garut-nov.txt", date="2025-11-03")


def context(*said: Said) -> Context:
    """Numbered sentences (1, 2, ...), the earlier ranked higher; one passage per article."""
    passages: dict[str, Passage] = {}
    for s in said:
        if s.doc not in passages:
            text = " ".join(x.text for x in said if x.doc == s.doc)
            metadata = {"date": s.date, "government": s.government, "title": s.title}
            passages[s.doc] = Passage(f"{s.doc}#0", s.doc, text, 1.0, metadata)
    sentences = [Sentence(n, s.doc, n, s.text, passages[s.doc], score=1.0 / n) for n, s in enumerate(said, start=1)]
    return Context(sentences, list(passages.values()))


def draft(question: str, answer: str, cited: list[int], *said: Said, **kw) -> rules.Draft:
    """The index knows the governments of the articles said, as ingest would have found them."""
    known = [*KNOWN, *{s.government for s in said if s.government}]
    return rules.Draft(parse(question, known), context(*said), answer, list(cited), **kw)


def run(question: str, answer: str, cited: list[int], *said: Said, **kw) -> rules.Outcome:
    return rules.run(draft(question, answer, cited, *said, **kw))


def trace(outcome: rules.Outcome) -> list[tuple[str, str]]:
    return [(step.rule, step.action) for step in outcome.steps]


def refused_by(outcome: rules.Outcome) -> str | None:
    return outcome.refused_by.name if outcome.refused_by else None


def accepted(outcome: rules.Outcome) -> bool:
    return outcome.refused is None


# ---- the registry ---------------------------------------------------------------------------


def test_rule_names_are_unique_and_indexed():
    assert len({rule.name for rule in rules.RULES}) == len(rules.RULES)
    assert rules.BY_NAME == {rule.name: rule for rule in rules.RULES}


@pytest.mark.parametrize("rule", rules.RULES, ids=lambda rule: rule.name)
def test_every_rule_is_documented_and_has_a_test_naming_it(rule):
    assert (rule.apply.__doc__ or "").strip(), f"{rule.name} has no docstring"
    module = sys.modules[__name__]
    sources = [
        inspect.getsource(function)
        for name, function in vars(module).items()
        if name.startswith("test_") and callable(function) and name != "test_every_rule_is_documented_and_has_a_test_naming_it"
    ]
    assert any(f'"{rule.name}"' in source for source in sources), f"no test in this file names {rule.name}"


# ---- figure_of_the_same_period_earlier -------------------------------------------------------


def _same_period_part(question: str, *said: Said):
    """The part of a "than the same period of 2025" question that asks for 2025, as the answerer narrows it."""
    whole = parse(question, [*KNOWN, *{s.government for s in said if s.government}])
    assert len(whole.periods) == 2 and whole.periods[1].start.year == 2025
    return replace(whole, kind="count", periods=whole.periods[1:])


SAME_PERIOD_DENGUE = (
    banjar("Hingga pertengahan Februari 2026 tercatat 412 kasus DBD, naik dibanding periode yang sama tahun lalu yang tercatat 187 kasus dengan satu kematian.", date="2026-02-18"),
    banjar("Sepanjang 2025, Kota Banjar mencatat 1.038 kasus DBD dengan enam kematian.", date="2026-02-18"),
)


@pytest.mark.parametrize(
    "question",
    [
        "Kasus DBD Kota Banjar per Februari 2026 naik berapa dibanding periode yang sama tahun 2025?",
        "How many more dengue cases did Kota Banjar record by February 2026 than in the same period of 2025?",
    ],
)
def test_the_same_period_of_an_earlier_year_is_the_figure_given_right_after_saying_so(question):
    part = _same_period_part(question, *SAME_PERIOD_DENGUE)
    for answer in ("1.038 [2]", "NOT FOUND"):  # the whole year's figure, or nothing found
        outcome = rules.run(rules.Draft(part, context(*SAME_PERIOD_DENGUE), answer, [2]))
        assert accepted(outcome) and strip_markers(outcome.draft.answer).strip() == "187"
        assert ("figure_of_the_same_period_earlier", "rewrote") in trace(outcome)
        assert outcome.draft.cited == [1]


def test_the_same_period_figure_of_another_kind_is_not_taken():
    part = _same_period_part("Kematian DBD Kota Banjar per Februari 2026 naik berapa dibanding periode yang sama tahun 2025?", *SAME_PERIOD_DENGUE)
    part = replace(part, counted="kematian")
    outcome = rules.run(rules.Draft(part, context(*SAME_PERIOD_DENGUE), "NOT FOUND", [1]))
    assert "figure_of_the_same_period_earlier" not in [rule for rule, _ in trace(outcome)]


# ---- model_found_an_answer ------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["NOT FOUND", "Jumlahnya tidak disebutkan dalam artikel.", "The articles do not say how many officials were rotated.", "[1]", ""],
)
def test_an_answer_saying_the_articles_do_not_tell_is_refused(answer):
    outcome = run("Berapa pejabat yang dilantik Bupati Garut?", answer, [1], garut("Bupati Garut Hendra Permana melantik 42 pejabat."))
    assert refused_by(outcome) == "model_found_an_answer"
    assert trace(outcome) == [("model_found_an_answer", "refused")]


# ---- cites_a_given_sentence -----------------------------------------------------------------


def test_an_uncited_count_is_cited_to_the_sentence_that_states_it():
    outcome = run(
        "Berapa pejabat yang dilantik Bupati Garut?",
        "Sebanyak 42 pejabat",
        [],
        cimahi("Wali Kota Cimahi Dedi Kusnadi merotasi 25 pejabat."),
        garut("Bupati Garut Hendra Permana melantik 42 pejabat di Pendopo Garut."),
    )
    assert accepted(outcome)
    assert outcome.draft.cited == [2]
    assert trace(outcome) == [("cites_a_given_sentence", "cited")]


def test_citations_of_sentences_that_do_not_exist_are_dropped():
    outcome = run(
        "Berapa pejabat yang dilantik Bupati Garut?",
        "Sebanyak 42 pejabat dilantik [1][7]",
        [1, 7],
        garut("Bupati Garut Hendra Permana melantik 42 pejabat di Pendopo Garut."),
    )
    assert accepted(outcome)
    assert outcome.draft.cited == [1]
    assert trace(outcome) == [("cites_a_given_sentence", "cited")]


def test_an_answer_citing_nothing_the_context_states_is_refused():
    outcome = run(
        "Berapa pejabat yang dilantik Bupati Garut?",
        "sebanyak 99 pejabat",
        [],
        garut("Bupati Garut Hendra Permana melantik 42 pejabat di Pendopo Garut."),
    )
    assert refused_by(outcome) == "cites_a_given_sentence"


# ---- title_answered_with_its_holder ---------------------------------------------------------


@pytest.mark.parametrize(
    "question, answer, said, holder",
    [
        ("Siapa Wakil Bupati Garut?", "Wakil Bupati Garut [1]", garut("Yuliani, Wakil Bupati Garut, membacakan sambutan tertulis bupati."), "Yuliani"),
        ("Who is the mayor of Cimahi?", "The mayor of Cimahi [1]", cimahi("Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat."), "Dedi Kusnadi"),
        ("siapa nama walikota cimahi", "Wali Kota Cimahi [1]", cimahi("Hal itu disampaikan Dedi Kusnadi selaku Wali Kota Cimahi."), "Dedi Kusnadi"),
        ("Siapa Sekda Cianjur?", "Sekda Cianjur [1]", cianjur("Sekretaris Daerah Kabupaten Cianjur, Cecep Suhendar, membuka apel."), "Cecep Suhendar"),
        (
            "Who was appointed acting head of Cimahi's health office in April 2026?",
            "Plt Kepala Dinkes [1]",
            cimahi("Sekretaris Dinkes, dr. Nurul Hidayah, ditunjuk sebagai Plt Kepala Dinkes.", date="2026-04-08"),
            "Nurul Hidayah",
        ),
    ],
    ids=["Name, Title,", "Title Region Name", "Name selaku Title", "Title, Name,", "an office answered; Name, ditunjuk sebagai Title"],
)
def test_a_who_question_answered_with_the_title_gets_the_holders_name(question, answer, said, holder):
    outcome = run(question, answer, [1], said)
    assert accepted(outcome)
    assert outcome.draft.answer == f"{holder} [1]"
    assert trace(outcome) == [("title_answered_with_its_holder", "rewrote")]


def test_the_holder_is_taken_from_an_uncited_sentence_when_the_cited_one_has_no_name():
    outcome = run(
        "Siapa Wali Kota Cimahi?",
        "Wali Kota Cimahi [1]",
        [1],
        cimahi("Pelantikan digelar di Gedung Pakuan Pemkot Cimahi."),
        cimahi("Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat."),
    )
    assert accepted(outcome)
    assert (outcome.draft.answer, outcome.draft.cited) == ("Dedi Kusnadi [2]", [2])


def test_the_camat_asked_for_is_answered_with_the_person_not_the_kecamatan():
    outcome = run(
        "Siapa Camat Tarogong Kidul?",
        "Camat Tarogong Kidul [1]",
        [1],
        garut("Iwan Setiawan, Camat Tarogong Kidul, melaporkan kondisi warga kepada bupati."),
    )
    assert accepted(outcome)
    assert outcome.draft.answer == "Iwan Setiawan [1]"


def test_a_casual_whos_question_answered_with_the_title_gets_the_holders_name():
    outcome = run("who's the mayor of Cimahi?", "The mayor of Cimahi [1]", [1], cimahi("Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat."))
    assert accepted(outcome)
    assert outcome.draft.answer == "Dedi Kusnadi [1]"


# ---- asked_value_present --------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, answer, kind",
    [
        ("Berapa pejabat yang dilantik Bupati Garut?", "Banyak pejabat dilantik [1]", "count"),
        ("Berapa persen realisasi anggaran Pemkab Garut?", "Sebagian besar anggaran terserap [1]", "percent"),
        ("Berapa anggaran seleksi terbuka Pemkab Garut?", "Anggarannya cukup besar [1]", "money"),
        ("Kapan Bupati Garut melantik pejabat?", "Di Pendopo Garut [1]", "date"),
        ("How long were the new Garut officials given to prove themselves?", "Quite a while [1]", "duration"),
    ],
)
def test_an_answer_without_the_kind_of_value_asked_for_is_refused(question, answer, kind):
    sentence = garut("Bupati Garut Hendra Permana melantik 42 pejabat di Pendopo Garut, Senin (2/3/2026).")
    outcome = run(question, answer, [1], sentence)
    assert refused_by(outcome) == "asked_value_present"
    assert outcome.refused.why == f"a {kind} was asked and the answer holds none"


def test_a_date_alone_is_no_count_of_days():
    sentence = garut("Pendaftaran seleksi terbuka Pemkab Garut dibuka Senin (9/2) sampai Jumat (20/2/2026).", date="2026-02-03")
    asked = "Berapa hari pendaftaran seleksi terbuka Pemkab Garut dibuka?"
    opened = garut("Pemkab Garut membuka seleksi terbuka tiga jabatan, Selasa (3/2/2026).", date="2026-02-03")
    assert refused_by(run(asked, "Selasa (3/2/2026) [1]", [1], opened)) == "asked_value_present"
    # a span cited is counted by days_of_a_written_span first
    assert accepted(run(asked, "Senin (9/2/2026) [1]", [1], sentence))
    assert accepted(run(asked, "12 hari: 9 Februari 2026 hingga 20 Februari 2026, termasuk kedua ujungnya [1]", [1], sentence))
    # asked how long, not in days: "until 20 February" says it
    assert "asked_value_present" not in [r for r, _ in trace(run("How long is registration for Garut's open selection open?", "Until 20 February 2026 [1]", [1], sentence))]


def test_the_part_of_a_budget_used_may_be_a_percentage():
    sentence = garut("Serapan anggaran Dinas PUPR Garut sepanjang 2025 baru 68,2 persen, terendah di antara perangkat daerah.")
    assert accepted(run("How much of its 2025 budget did Garut's public works office absorb?", "68,2% [1]", [1], sentence))
    refused = run("How much was the 2025 public works budget of Garut?", "68,2% [1]", [1], sentence)
    assert refused_by(refused) == "asked_value_present"


@pytest.mark.parametrize("question", ["Nilai kontrak ruas Sukamaju–Cibeureum di Garut berapa miliar?", "What was the Sukamaju–Cibeureum road contract in Garut worth, in billions of rupiah?"])
def test_an_amount_in_the_scale_the_question_names_needs_no_unit(question):
    sentence = garut("Ruas Sukamaju–Cibeureum dikerjakan dengan nilai kontrak Rp 4,2 miliar.")
    assert parse(question, KNOWN).kind == "money"
    assert accepted(run(question, "4,2 [1]", [1], sentence))
    assert refused_by(run(question, "7,2% [1]", [1], garut("Nilainya naik 7,2 persen menjadi Rp 4,2 miliar."))) == "asked_value_present"
    in_rupiah = "How much did the Garut health office spend, in rupiah, on the road?"  # names no scale: "61,3" is no amount
    assert refused_by(run(in_rupiah, "61,3 [1]", [1], garut("Dinkes Garut menyerap 61,3 persen anggaran jalan."))) == "asked_value_present"
    assert refused_by(run("Berapa nilai kontrak ruas Sukamaju–Cibeureum di Garut?", "4,2 [1]", [1], sentence)) == "asked_value_present"


def test_a_count_written_in_words_is_a_count():
    outcome = run(
        "Berapa camat yang dilantik Bupati Garut?",
        "lima camat [1]",
        [1],
        garut("Bupati Garut Hendra Permana melantik lima camat di Pendopo Garut."),
    )
    assert accepted(outcome)


# ---- post_taken_is_not_the_one_left, post_before_is_not_the_one_taken --------------------------------------------------------------


def test_the_post_someone_left_does_not_answer_what_post_they_took_up():
    said = (cianjur("Kini kursi itu diisi Eko Prasetyo, yang sebelumnya menjabat Kepala Dinas Perhubungan (Dishub)."),)
    outcome = run("What post did Eko Prasetyo take up in Cianjur in March 2026?", "Kepala Dinas Perhubungan (Dishub) [1]", [1], *said)
    assert refused_by(outcome) == "post_taken_is_not_the_one_left"
    before = run("What was Eko Prasetyo's job before his new post in Cianjur?", "Kepala Dinas Perhubungan [1]", [1], *said)
    assert accepted(before) and "post_before_is_not_the_one_taken" not in dict(trace(before))


def test_the_post_someone_was_sworn_in_to_does_not_answer_what_they_did_before():
    said = (cianjur("Empat JPT pratama yang dilantik yakni Bambang Sutrisno sebagai Kepala Dinas Pekerjaan Umum dan Tata Ruang (PUTR), dan Yusuf sebagai Kepala Dinas Pariwisata."),)
    outcome = run("What was Bambang Sutrisno's job before he became head of Cianjur's PUTR office?", "Kepala Dinas Pekerjaan Umum dan Tata Ruang (PUTR) [1]", [1], *said)
    assert refused_by(outcome) == "post_before_is_not_the_one_taken" and rules.BY_NAME["post_before_is_not_the_one_taken"].retry == "elsewhere"
    now = run("Apa jabatan baru Bambang Sutrisno di Pemkab Cianjur?", "Kepala Dinas Pekerjaan Umum dan Tata Ruang (PUTR) [1]", [1], *said)
    assert accepted(now)


def test_a_name_with_an_abbreviation_is_found_with_or_without_its_dot():
    # the question is read without the dot ("Andi Muh Faisal"); the article writes "Andi Muh. Faisal"
    first = "Andi Muh. Faisal, yang sebelumnya menjabat Camat Cugenang, kini menjadi Kepala Dinas Perhubungan."
    outcome = run(
        "What post did Andi Muh. Faisal hold before he became head of Cianjur's transport office (Dinas Perhubungan)?",
        "Kepala Dinas Perhubungan [1]", [1], cianjur(first), article=lambda doc: first,
    )
    assert strip_markers(outcome.draft.answer).strip() == "Camat Cugenang" and accepted(outcome), trace(outcome)


def test_a_pronoun_opening_a_sentence_is_the_person_the_sentence_before_names():
    first = "Kursi Kepala Dinas Perumahan dan Kawasan Permukiman (Disperkim) diisi Ratna Komalasari."
    second = "Ia sebelumnya menjabat Sekretaris Dinas Perumahan dan Kawasan Permukiman Kota Cimahi."
    said = (cianjur(first), cianjur(second))
    outcome = run(
        "What job did Ratna Komalasari have before she became head of Cianjur's housing office?",
        "Kepala Dinas Perumahan dan Kawasan Permukiman (Disperkim) [1]",
        [1],
        *said,
        article=lambda doc: f"{first} {second}",
    )
    assert outcome.draft.answer == "Sekretaris Dinas Perumahan dan Kawasan Permukiman Kota Cimahi [2]"
    assert trace(outcome)[-1] == ("title_is_the_articles", "rewrote")


def test_a_person_named_in_full_elsewhere_in_the_article_is_read_by_one_of_their_names():
    """The retry elsewhere leaves out the sentence naming Bambang Sutrisno in full; his article
    still does, so "Bambang merupakan ... yang sebelumnya menjabat ..." is his."""
    full = "Bambang Sutrisno dilantik sebagai Kepala Dinas PUTR."
    later = "Bambang merupakan ASN Pemerintah Kabupaten Ciamis yang sebelumnya menjabat Kepala Bidang Bina Marga Dinas PUPR."
    outcome = run(
        "What was Bambang Sutrisno's job before he became head of Cianjur's PUTR office?",
        "ASN Pemerintah Kabupaten Ciamis [1]",
        [1],
        cianjur(later),
        article=lambda doc: f"{full} {later}",
    )
    assert outcome.draft.answer == "Kepala Bidang Bina Marga Dinas PUPR [1]"
    assert trace(outcome)[-1] == ("title_is_the_articles", "rewrote")


# ---- subtraction_term_as_cited ----------------------------------------------------------------


EVACUEES = (
    garut("Hingga Rabu (4/3/2026), BPBD Garut mencatat 2.518 jiwa mengungsi di 12 titik.", date="2026-03-04"),
    garut("Pada Senin (2/3/2026), pengungsi baru 904 jiwa di lima titik.", date="2026-03-04"),
)


@pytest.mark.parametrize("question", ["By how many people did Garut's flood evacuees grow from Monday to Wednesday?", "pengungsi banjir garut naik brp org dari senin ke rabu?"])
def test_a_miscopied_term_of_a_subtraction_is_the_number_the_other_cited_sentence_writes_with_its_noun(question):
    outcome = run(question, "518 - 904 [1][2]", [1, 2], *EVACUEES)
    assert ("subtraction_term_as_cited", "rewrote") in trace(outcome) and accepted(outcome)
    assert strip_markers(outcome.draft.answer).startswith("1614 (2.518 - 904)")


def test_a_miscopied_term_is_left_when_two_numbers_could_be_it():
    said = (*EVACUEES, garut("Sehari sebelumnya tercatat 1.730 jiwa.", date="2026-03-04"))
    outcome = run("By how many people did Garut's flood evacuees grow from Monday to Wednesday?", "518 - 904 [1][2][3]", [1, 2, 3], *said)
    assert "subtraction_term_as_cited" not in dict(trace(outcome))


# ---- difference_is_computed -----------------------------------------------------------------


LANDSLIDES = (
    garut("Bencana itu menyebabkan 57 titik longsor di tujuh kecamatan."),
    garut("Hingga 12 Maret 2026, sebanyak 38 titik sudah ditangani."),
)


@pytest.mark.parametrize("answer", ["57 - 38 [1][2]", "57 − 38 = 21 titik [1][2]", "57 dikurangi 38 [1][2]"])
def test_a_difference_written_as_a_subtraction_is_computed(answer):
    outcome = run("Berapa titik longsor di Garut yang belum ditangani?", answer, [1, 2], *LANDSLIDES)
    assert strip_markers(outcome.draft.answer).startswith("19 (57 ")
    assert trace(outcome)[0] == ("difference_is_computed", "rewrote") and accepted(outcome)


def test_the_models_own_arithmetic_smaller_first_is_refused():
    outcome = run("Berapa titik longsor di Garut yang belum ditangani?", "38 - 57 = -19 [1][2]", [1, 2], *LANDSLIDES)
    assert refused_by(outcome) == "difference_is_computed"


def test_a_number_less_itself_is_refused():
    budget = garut("Anggaran iuran PBI daerah pada APBD 2026 sebesar Rp36,3 miliar, naik dari Rp29,4 miliar tahun lalu.")
    for answer in ("36.3 - 36.3 [1]", "Rp36,3 miliar - Rp36,3 miliar [1]"):
        outcome = run("Berapa kenaikan anggaran iuran PBI daerah Garut pada 2026 dibanding tahun lalu?", answer, [1], budget)
        assert refused_by(outcome) == "difference_is_computed", trace(outcome)
    assert accepted(run("Berapa kenaikan anggaran iuran PBI daerah Garut pada 2026 dibanding tahun lalu?", "36,3 - 29,4 [1]", [1], budget))


RUN_ON = (
    garut("Untuk iuran PBI daerah, Pemkab Garut menganggarkan Rp36,3 miliar pada APBD 2026.", date="2026-06-10"),
    garut("Tahun lalu anggaran yang disiapkan Rp29,4 miliar.", date="2026-06-10"),
    garut("Hasil verifikasi, 4.812 peserta dinonaktifkan karena meninggal dunia atau pindah domisili.", date="2026-06-10"),
    garut("Sebagai gantinya, 6.130 warga miskin dimasukkan sebagai peserta baru.", date="2026-06-10"),
)


def run_on(question: str, answer: str, cited: list[int]) -> rules.Outcome:
    return run(question, answer, cited, *RUN_ON, article=lambda doc: " ".join(s.text for s in RUN_ON))


@pytest.mark.parametrize(
    "question, answer, cited, right",
    [
        ("Berapa kenaikan anggaran iuran PBI daerah Garut pada 2026 dibanding tahun lalu?", "36,3 - 36,3 [1]", [1], "6,9 miliar (36,3 - 29,4)"),
        ("By how much did Garut's PBI contribution budget rise in 2026?", "Rp36,3 miliar - Rp36,3 miliar [1]", [1], "6.9 miliar (36,3 - 29,4)"),
        ("peserta pbi daerah garut nambah bersih brp", "4.812 - 4.812 [3]", [3], "1318 (6.130 - 4.812)"),
        # the other figure read, written with the English decimal point: the scale both carry is kept
        ("Berapa kenaikan anggaran iuran PBI daerah Garut pada 2026 dibanding tahun lalu?", "36.3 - 29.4 [1][2]", [1, 2], "6,9 miliar (36.3 - 29.4)"),
    ],
)
def test_a_difference_of_figures_in_sentences_running_on_is_computed_with_their_scale(question, answer, cited, right):
    outcome = run_on(question, answer, cited)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith(right), outcome.draft.answer
    assert ("difference_is_computed", "rewrote") in trace(outcome)


def test_a_gap_written_smaller_first_is_turned_round():
    said = (cianjur("Jumlah pengungsi mencapai puncaknya 2.038 jiwa pada Selasa malam."), cianjur("Rabu siang, pengungsi tinggal 1.274 jiwa."))
    outcome = run("By how many people did the number of evacuees in Cianjur drop from Tuesday to Wednesday?", "1.274 - 2.038 = -0,764 [1][2]", [1, 2], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("764 (2.038 - 1.274)")


BRIDGE = (
    cianjur("Jembatan Cikondang dibangun dengan pagu anggaran Rp 8,5 miliar."),
    cianjur("Kontraknya dimenangkan CV Maju dengan nilai Rp 7,84 miliar dan masa kerja 150 hari."),
)


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        ("Nilai kontrak Jembatan Cikondang di Cianjur lebih rendah berapa dibanding pagunya?", "7,84 - 8,5 [1][2]", "0,66 miliar (8,5 - 7,84)"),
        ("How much lower was the Cikondang bridge contract in Cianjur than its budget ceiling?", "8,5 - 7,84 [1][2]", "0.66 miliar (8,5 - 7,84)"),
    ],
)
def test_a_gap_between_amounts_is_larger_first_and_keeps_the_scale_the_sentences_write(question, answer, expected):
    outcome = run(question, answer, [1, 2], *BRIDGE)
    assert accepted(outcome) and strip_markers(outcome.draft.answer) == expected


AUDIT = (
    cianjur("Inspektorat menemukan kerugian Rp1,37 miliar di 12 desa."),
    cianjur("Hingga pekan lalu, desa baru mengembalikan Rp860 juta."),
)


@pytest.mark.parametrize("answer", ["1,37 miliar - 860 juta [1][2]", "Rp1,37 miliar - Rp860 juta = Rp0,51 [1][2]"])
def test_a_gap_between_amounts_in_two_scales_is_worked_out_in_the_smaller(answer):
    outcome = run("Berapa sisa kerugian temuan Inspektorat yang belum dikembalikan desa di Cianjur?", answer, [1, 2], *AUDIT)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("510 juta (")


def test_a_subtraction_of_numbers_no_sentence_states_is_left_to_be_refused():
    outcome = run("How many landslide sites in Garut were still waiting?", "60 - 42 [1]", [1], *LANDSLIDES)
    assert refused_by(outcome) == "numbers_in_cited_sentences"


def test_a_percentage_less_a_count_is_no_difference():
    said = (garut("Bantuan tersalur ke 112.431 KPM atau 87,4 persen dari 128.640 KPM."),)
    outcome = run("Berapa KPM di Garut yang belum menerima bantuan?", "112.431 - 87,4 [1]", [1], *said)
    assert "difference_is_computed" not in dict(trace(outcome))
    right = run("Berapa KPM di Garut yang belum menerima bantuan?", "128.640 - 112.431 [1]", [1], *said)
    assert strip_markers(right.draft.answer).startswith("16209 (")


def test_two_percentages_differ_by_points_and_the_difference_is_not_refused_as_unstated():
    said = (garut("Hingga Juni 2025, serapan anggaran Garut baru 71,5 persen dari target 90 persen."),)
    outcome = run("Serapan anggaran Garut Juni 2025 kurang berapa persen dari target?", "90 persen - 71,5 persen [1]", [1], *said)
    assert accepted(outcome) and outcome.draft.answer == "18,5 poin persen (90 persen - 71,5 persen) [1]"


# ---- total_is_computed ----------------------------------------------------------------------

FLOODED = (
    garut("Banjir merendam 120 rumah di Desa Sukamaju, 85 rumah di Desa Cikelet dan 40 rumah di Desa Mekarsari."),
    garut("Dinas PUPR mengaspal 3,5 kilometer jalan dan membeton 2,25 kilometer jalan desa."),
)

def test_a_bare_addition_keeps_the_scale_its_terms_carry_in_the_sentences():
    said = (
        cianjur("Revitalisasi pasar dibiayai Dana Alokasi Khusus (DAK) Rp12,6 miliar.", date="2026-02-12"),
        cianjur("Pemkab menambah pendamping dari APBD sebesar Rp5,8 miliar.", date="2026-02-12"),
    )
    outcome = run("Berapa total pagu revitalisasi pasar dari DAK dan APBD di Cianjur?", "12,6 + 5,8 [1][2]", [1, 2], *said)
    assert accepted(outcome), trace(outcome)
    assert strip_markers(outcome.draft.answer).startswith("18,4 miliar")



def test_one_part_copied_for_each_of_the_others_is_no_total():
    sentence = garut("Banjir merendam 58,2 hektare sawah, 47,6 hektare kebun dan 39,8 hektare tambak di Garut.")
    copied = draft("Kalau dijumlah, berapa hektare lahan yang terendam banjir di Garut?", "58,2 + 58,2 + 58,2 = 174,6 [1]", [1], sentence)
    assert isinstance(rules.total_is_computed(copied), rules.Refuse)
    outcome = rules.run(copied)  # the registry adds the list instead
    assert "174,6" not in outcome.draft.answer and strip_markers(outcome.draft.answer).startswith("145,6")
    # two parts the sentences write alike are two parts
    alike = garut("Banjir merendam 40 rumah di Desa Sukamaju, 40 rumah di Desa Cikelet dan 25 rumah di Desa Mekarsari.")
    outcome = run("Kalau dijumlah, berapa rumah yang terendam banjir di tiga desa di Garut?", "40 + 40 + 25 [1]", [1], alike)
    assert strip_markers(outcome.draft.answer).startswith("105") and accepted(outcome)


@pytest.mark.parametrize("answer", ["120 + 85 + 40 = 250 rumah [1]", "120 rumah + 85 rumah + 40 rumah [1]", "120 ditambah 85 ditambah 40 [1]"])
def test_a_total_written_as_an_addition_is_computed(answer):
    outcome = run("Kalau dijumlah, berapa rumah yang terendam banjir di tiga desa di Garut?", answer, [1], *FLOODED)
    assert strip_markers(outcome.draft.answer).startswith("245")
    assert ("total_is_computed", "rewrote") in trace(outcome) and accepted(outcome)


def test_a_total_of_decimals_keeps_them_and_its_unit():
    outcome = run("How many kilometres of road did Garut pave and concrete altogether?", "3,5 kilometer + 2,25 kilometer [2]", [2], *FLOODED)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("5.75 kilometer (3,5 kilometer + 2,25 kilometer)")


ROADS = (
    garut("Anggaran infrastruktur jalan dalam APBD Garut 2026 mencapai Rp 310,5 miliar."),
    garut("Ketiga ruas itu adalah Cikajang–Banjarwangi sepanjang 4,6 kilometer senilai Rp 15,2 miliar, Bayongbong–Cisurupan 2,8 kilometer senilai Rp 9,7 miliar, dan Pameungpeuk–Cikelet 3,5 kilometer senilai Rp 11,4 miliar."),
)


def test_a_total_of_the_things_the_question_counts_adds_what_one_sentence_lists_for_them():
    # the model adds the whole budget to the three packages; the question says there are three
    outcome = run("Berapa total nilai ketiga paket jalan yang dilelang Pemkab Garut?", "Rp 310,5 miliar + Rp 15,2 miliar + Rp 9,7 miliar + Rp 11,4 miliar [1][2]", [1, 2], *ROADS)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("Rp 36,3 miliar (Rp 15,2 miliar + Rp 9,7 miliar + Rp 11,4 miliar)")
    assert trace(outcome)[:2] == [("total_adds_the_listed_items", "rewrote"), ("total_is_computed", "rewrote")] and outcome.draft.cited == [2]


def test_a_total_of_listed_lengths_keeps_the_decimals_the_model_dropped():
    outcome = run("The three Garut road upgrades: how many km is that altogether?", "4 + 2 + 3 = 9 [2]", [2], *ROADS)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("10.9 kilometer (4,6 kilometer + 2,8 kilometer + 3,5 kilometer)")


def test_a_total_adds_a_list_counted_in_a_classifier_of_the_thing_asked():
    # "ekor" counts the dogs the sentence names; the model added six of the eight kecamatan
    said = (
        garut("Hingga Jumat (8/5), jumlah anjing yang sudah divaksin di Kecamatan Garut Kota tercatat 9.530 ekor, Tarogong 8.420 ekor, "
              "Leles 7.915 ekor, Cisurupan 7.106 ekor, Bayongbong 6.712 ekor, Cikajang 6.193 ekor,", date="2026-05-11"),
        garut("Banjarwangi 5.840 ekor dan Cibatu 4.370 ekor.", date="2026-05-11"),
        garut("Target vaksinasi tahun ini 96.400 ekor atau sekitar 70 persen dari populasi anjing di Garut.", date="2026-05-11"),
    )
    question = "Berapa total anjing yang sudah divaksin rabies di delapan kecamatan Garut per 8 Mei 2026?"
    outcome = run(question, "9.530 + 8.420 + 7.915 + 7.106 + 6.712 + 6.193 = 50.294", [2, 3], *said)
    assert strip_markers(outcome.draft.answer).startswith("56086"), trace(outcome)
    assert ("total_adds_the_listed_items", "rewrote") in trace(outcome)


def test_a_total_asked_in_all_reads_a_dated_list_of_as_many_places_as_it_says():
    # "per Selasa (1/9)" and "tujuh kecamatan" are no figures beside the list
    said = (
        garut("Berdasarkan pendataan BPBD per Selasa (1/9), desa yang mengalami krisis air tersebar di tujuh kecamatan, yakni Cisewu 11 desa, "
              "Talegong 9 desa, Bungbulang 8 desa, Pamulihan 7 desa, Caringin 6 desa,", date="2026-09-03"),
        garut("Cikelet 5 desa dan Pameungpeuk 3 desa.", date="2026-09-03"),
        garut("Jumlah warga yang terdampak sekitar 31.600 jiwa.", date="2026-09-03"),
    )
    outcome = run("How many villages in total were facing a clean-water crisis in Garut as of 1 September 2026?", "31.600 + 7 + 8 + 7 + 6 + 5 + 3 = 46.600", [1, 2, 3], *said)
    assert strip_markers(outcome.draft.answer).startswith("49 desa"), trace(outcome)


def test_a_listed_total_is_left_alone_when_the_answer_is_it_or_two_sentences_list_as_many():
    right = run("Berapa total nilai ketiga paket jalan yang dilelang Pemkab Garut?", "Rp 36,3 miliar [2]", [2], *ROADS)
    assert "total_adds_the_listed_items" not in dict(trace(right))
    other = garut("Tahun lalu tiga paket senilai Rp 8 miliar, Rp 6 miliar dan Rp 5 miliar selesai dikerjakan.")
    two = run("Berapa total nilai ketiga paket jalan yang dilelang Pemkab Garut?", "Rp 15,2 miliar + Rp 8 miliar [2][3]", [2, 3], *ROADS, other)
    assert "total_adds_the_listed_items" not in dict(trace(two))


def test_a_total_of_the_things_a_question_joins_adds_no_list_of_other_things():
    # "hipertensi sama gula darah": the obesity listed between them in "warga" is no part of it
    found = cimahi("Selain itu, petugas menemukan 9.460 warga mengalami obesitas dan 5.137 warga memiliki kadar gula darah tinggi.")
    outcome = run("total warga cimahi yg ketahuan hipertensi sama gula darah tinggi dr ckg brp", "14.820 + 9.460 + 5.137 = 29.417 [1]", [1], found)
    assert "total_adds_the_listed_items" not in dict(trace(outcome)) and "14597" not in outcome.draft.answer
    # the two routes asked, of four the sentence lists: the model's addition of those two stands
    seats = cimahi("Kuota jalur domisili 820 kursi, afirmasi 410 kursi, mutasi 102 kursi dan prestasi 716 kursi.")
    question = "How many seats in total were set aside for the domicile and affirmation routes at Cimahi's state junior high schools?"
    outcome = run(question, "820 + 410 = 1230 [1]", [1], seats)
    assert strip_markers(outcome.draft.answer).startswith("1230") and accepted(outcome), trace(outcome)
    # asked of all four, joined by nothing, the whole list is added
    outcome = run("How many seats in total did Cimahi's state junior high schools set aside across all routes?", "820 + 410 = 1230 [1]", [1], seats)
    assert strip_markers(outcome.draft.answer).startswith("2048"), trace(outcome)


def test_both_things_a_question_joins_are_the_named_ones_of_a_longer_list():
    said = garut(
        "Peserta JKN di Garut terdiri atas PBI yang dibiayai APBN sebanyak 156.340 jiwa, PBI yang iurannya dibayar APBD kabupaten 71.925 jiwa, "
        "pekerja penerima upah 118.410 jiwa,", date="2026-06-10",
    )
    question = "How many Garut JKN members have their contributions paid by government, counting both APBN-funded and regency-funded PBI?"
    outcome = run(question, "36,3 + 36,3 = 72,6 [1]", [1], said)
    assert strip_markers(outcome.draft.answer).startswith("228265"), trace(outcome)


def test_the_things_a_question_joins_are_named_beside_the_join_not_anywhere_in_it():
    # "second vaccination round" is no name of a thing added: "tahap" beside 18.000 received does not pick it
    said = (
        garut("Kepala DKPP mengatakan pada tahap ini pihaknya menerima 18.000 dosis vaksin PMK dan 6.500 dosis vaksin LSD.", date="2026-05-22"),
        garut("Dari jumlah itu, 16.842 dosis vaksin PMK dan 6.115 dosis vaksin LSD sudah disuntikkan.", date="2026-05-22"),
    )
    question = "How many vaccine doses in total (FMD and lumpy skin disease) were given to livestock in Garut's second vaccination round in May 2026?"
    outcome = run(question, "16.842 + 6.115 = 23.057 [2]", [2], *said)
    assert strip_markers(outcome.draft.answer).startswith("22957"), trace(outcome)


@pytest.mark.parametrize(
    "question",
    ["Berapa jumlah kursi SMP negeri Cimahi untuk jalur domisili dan afirmasi jika digabung?", "How many seats did Cimahi set aside for the domicile and affirmation routes combined?"],
)
def test_a_total_of_the_things_a_question_joins_takes_the_amount_nearest_each_name(question):
    said = (
        cimahi("Kuota terbesar dialokasikan untuk jalur domisili, yakni 1.296 kursi atau 40 persen."),
        cimahi("Jalur afirmasi mendapat 648 kursi, jalur mutasi 162 kursi, dan jalur prestasi 1.134 kursi."),
    )
    outcome = run(question, "40 + 40 = 80 [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("1944"), trace(outcome)
    assert ("total_adds_the_listed_items", "rewrote") in trace(outcome)
    # the other routes of the list are no part of it
    assert "162" not in outcome.draft.answer and "1.134" not in outcome.draft.answer


def test_a_list_that_names_each_amount_before_it_gives_each_name_the_amount_after_it():
    # "afirmasi" stands nearer the domicile seats before it than its own after "20 persen atau"
    said = cimahi(
        "Jalur domisili mendapat kuota 40 persen atau 1.296 kursi, jalur afirmasi 20 persen atau 648 kursi, "
        "jalur prestasi 30 persen atau 972 kursi, dan jalur mutasi 10 persen atau 324 kursi."
    )
    question = "How many seats in total do Cimahi's three first-stage tracks (domicile, affirmation and transfer) offer?"
    outcome = run(question, "3240 + 1296 + 972 = 5508 [1]", [1], said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("2268"), trace(outcome)
    assert "972" not in outcome.draft.answer


def test_a_list_counted_by_an_abbreviation_it_defines_at_its_first_amount_is_one_list():
    # "kepala keluarga (KK)" at the first amount, "KK" at the rest: five amounts of families
    said = garut(
        "Di Kecamatan Cibatu tercatat 1.210 kepala keluarga (KK) terdampak, Leles 904 KK, Kadungora 655 KK, "
        "Tarogong Kidul 431 KK dan Banyuresmi 288 KK.", date="2026-01-14",
    )
    question = "How many families in total were affected by the flood across the five Garut sub-districts?"
    outcome = run(question, "12400 + 1210 + 904 = 14514 [1]", [1], said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("3488"), trace(outcome)


def test_a_word_beside_every_listed_amount_names_none_of_the_things_joined():
    # "jalur" stands beside all four routes: the two the question joins are added, not the four
    said = cimahi("Jalur domisili mendapat 1.296 kursi, jalur afirmasi 648 kursi, jalur mutasi 162 kursi, dan jalur prestasi 1.134 kursi.")
    outcome = run("kuota jalur afirmasi sm mutasi smp negeri cimahi total brp kursi", "3240 kursi [1]", [1], said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("810 kursi"), trace(outcome)


def test_a_total_asked_in_all_adds_the_one_list_its_sentence_writes_in_digits_and_words():
    # no count of things in the question; the model wrote an addition of numbers it did not read
    said = (
        cianjur("Hujan deras sejak Minggu (8/3) memicu longsor di enam kecamatan."),
        cianjur("BPBD mencatat 11 titik longsor di Cugenang, tujuh titik di Pacet, lima titik di Cipanas, dan dua titik di Sukaresmi."),
    )
    outcome = run("How many landslide points did BPBD Cianjur record in all?", "11 + 7 + 6 + 5 = 29 [2]", [2], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("25 titik (11 titik + 7 titik + 5 titik + 2 titik)")
    assert trace(outcome)[:2] == [("total_adds_the_listed_items", "rewrote"), ("total_is_computed", "rewrote")]


def test_a_total_the_model_added_in_its_head_adds_the_list_that_runs_on():
    # "1077": a number no sentence writes; the five kecamatan's houses run over two sentences
    said = (
        cianjur("Banjir merendam permukiman warga di lima kecamatan."),
        cianjur("Rumah terendam paling banyak di Cugenang, 287 rumah."),
        cianjur("Kemudian Pacet 214 rumah, Cipanas 163 rumah, Sukaresmi 96 rumah, dan Cibeber 58 rumah."),
    )
    outcome = run("Berapa total rumah yang terendam banjir di Cianjur?", "1077 [2][3]", [2, 3], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("818 rumah (287 rumah + 214 rumah + 163 rumah + 96 rumah + 58 rumah)")
    stated = run("Berapa total rumah yang terendam banjir di Cianjur?", "287 [2]", [2], *said)
    assert "total_adds_the_listed_items" not in dict(trace(stated))  # a number a sentence writes: not an addition in the head


LANDSLIDE = (
    cianjur("Longsor menimpa sejumlah rumah warga di Kecamatan Cugenang."),
    cianjur("BPBD mencatat empat rumah rusak berat, sembilan rusak sedang, dan 15 rusak ringan akibat tertimpa material longsor."),
)


def test_houses_damaged_with_no_level_asked_add_every_level():
    outcome = run("How many houses in Cianjur were damaged by the landslides?", "15 [2]", [2], *LANDSLIDE)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("28 (4 + 9 + 15)")
    assert trace(outcome)[:2] == [("every_level_is_added", "rewrote"), ("total_is_computed", "rewrote")]


def test_one_level_of_damage_asked_is_that_level_alone():
    heavy = run("Berapa rumah rusak berat akibat longsor di Cianjur?", "4 [2]", [2], *LANDSLIDE)
    assert accepted(heavy) and "every_level_is_added" not in dict(trace(heavy)) and strip_markers(heavy.draft.answer).startswith("4")
    added = run("How many houses in Cianjur were damaged by the landslides?", "28 rumah [2]", [2], *LANDSLIDE)
    assert accepted(added) and strip_markers(added.draft.answer).startswith("28 (4 + 9 + 15)")  # the sum no sentence writes, shown
    stated = (*LANDSLIDE, cianjur("Total 28 rumah rusak akibat longsor."))
    total = run("How many houses in Cianjur were damaged by the landslides?", "28 rumah [3]", [3], *stated)
    assert accepted(total) and "every_level_is_added" not in dict(trace(total))


STAGED_RICE = (
    garut("Cadangan beras pemerintah daerah disalurkan dalam dua tahap."),
    garut("Tahap pertama sebanyak 25 ton pada Senin (2/3), dan tahap kedua 14 ton pada Kamis (5/3)."),
    garut("Selain itu, Pemerintah Provinsi Jawa Barat mengirim bantuan 10 ton beras."),
)


def test_a_whole_given_out_in_stages_adds_every_stage():
    # the model took the first stage for the whole
    outcome = run("Berapa ton beras cadangan pemerintah daerah yang disalurkan ke korban banjir di Garut?", "25 ton [2]", [2], *STAGED_RICE)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("39 ton (25 ton + 14 ton)")
    assert trace(outcome)[:2] == [("every_stage_is_added", "rewrote"), ("total_is_computed", "rewrote")]
    # ... or added in its head, and no sentence writes 39
    english = run("How many tonnes of Garut's own rice reserve went to flood victims?", "39 tonnes [2]", [2], *STAGED_RICE)
    assert accepted(english) and strip_markers(english.draft.answer).startswith("39 ton (25 ton + 14 ton)")
    money = (cianjur("Bantuan keuangan desa dicairkan melalui tiga termin."), cianjur("Termin I sebesar Rp 400 juta, termin II Rp 350 juta, dan termin III Rp 150 juta."))
    paid = run("How much financial aid did the villages in Cianjur receive?", "Rp 400 juta [2]", [2], *money)
    assert accepted(paid) and strip_markers(paid.draft.answer).startswith("Rp 900 juta (Rp 400 juta + Rp 350 juta + Rp 150 juta)")


def test_one_stage_or_one_day_asked_is_that_stage_alone():
    first = run("How many tonnes of rice went out in the first stage in Garut?", "25 ton [2]", [2], *STAGED_RICE)
    assert accepted(first) and "every_stage_is_added" not in dict(trace(first)) and strip_markers(first.draft.answer).startswith("25")
    monday = run("Berapa ton beras disalurkan di Garut pada Senin 2 Maret 2026?", "25 ton [2]", [2], *STAGED_RICE)
    assert accepted(monday) and "every_stage_is_added" not in dict(trace(monday))
    province = run("Berapa ton beras bantuan Pemprov untuk korban banjir di Garut?", "10 ton [3]", [3], *STAGED_RICE)
    assert "every_stage_is_added" not in dict(trace(province))  # not a stage of the regency's rice


def test_stages_still_to_come_or_fewer_than_said_are_not_a_whole():
    planned = (STAGED_RICE[0], garut("Tahap pertama sebanyak 25 ton pada Senin (2/3), dan tahap kedua 14 ton dijadwalkan Kamis (12/3)."))
    outcome = run("Berapa ton beras cadangan yang disalurkan di Garut?", "25 ton [2]", [2], *planned)
    assert "every_stage_is_added" not in dict(trace(outcome)) and strip_markers(outcome.draft.answer).startswith("25")
    three = (garut("Cadangan beras pemerintah daerah disalurkan dalam tiga tahap."), STAGED_RICE[1])
    outcome = run("Berapa ton beras cadangan yang disalurkan di Garut?", "25 ton [2]", [2], *three)
    assert "every_stage_is_added" not in dict(trace(outcome))  # the third stage's amount is not written


MUDIK = (
    cianjur("Selama Operasi Ketupat Lodaya 2026 terjadi 21 kecelakaan lalu lintas di jalur Puncak–Cianjur."),
    cianjur("Korbannya dua orang meninggal dunia, lima orang luka berat, dan 12 orang luka ringan."),
)


def test_people_injured_with_no_level_asked_add_every_level_of_injury():
    # the model took the accidents for the injured
    outcome = run("Berapa total korban luka akibat kecelakaan selama Operasi Ketupat di Cianjur?", "21 [1]", [1], *MUDIK)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("17 (5 + 12)")
    assert trace(outcome)[:2] == [("every_level_is_added", "rewrote"), ("total_is_computed", "rewrote")]
    english = run("How many people were hurt in road accidents in Cianjur during the Lebaran operation?", "12 [2]", [2], *MUDIK)
    assert accepted(english) and strip_markers(english.draft.answer).startswith("17 (5 + 12)")
    kecamatan = run("Berapa korban luka kecelakaan di Kecamatan Cugenang selama Operasi Ketupat?", "21 [1]", [1], *MUDIK)
    assert "every_level_is_added" not in dict(trace(kecamatan))  # the article's injured, not Cugenang's


def test_a_level_of_injury_or_the_dead_asked_is_not_every_level():
    serious = run("How many people were seriously injured in Cianjur's Lebaran road accidents?", "5 [2]", [2], *MUDIK)
    assert accepted(serious) and "every_level_is_added" not in dict(trace(serious))
    both = run("Berapa korban meninggal dan luka dalam kecelakaan Operasi Ketupat di Cianjur?", "19 (2 + 5 + 12) [2]", [2], *MUDIK)
    assert "every_level_is_added" not in dict(trace(both))  # the levels of injury would drop the dead
    damaged = run("Berapa kendaraan rusak dalam kecelakaan Operasi Ketupat di Cianjur?", "21 [1]", [1], *MUDIK)
    assert "every_level_is_added" not in dict(trace(damaged))  # the levels are of injury, not of damage


def test_a_total_length_reads_a_list_that_runs_on_into_the_next_sentence():
    said = (
        subang("Tahun ini Dinas PUPR Subang membeton tiga ruas jalan kabupaten."),
        subang("Ruas Pagaden–Cibogo sepanjang 3,2 kilometer senilai Rp 9,1 miliar sudah rampung."),
        subang("Ruas Jalancagak–Kasomalang sepanjang 2,7 kilometer masih 70 persen, sedangkan ruas Cisalak–Tanjungsiang 4,1 kilometer baru 40 persen."),
    )
    outcome = run("Berapa total panjang tiga ruas jalan yang dibeton PUPR Subang?", "9 + 70 + 40 = 119 [2][3]", [2, 3], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("10 kilometer (3,2 kilometer + 2,7 kilometer + 4,1 kilometer)")


def test_what_is_still_left_is_the_whole_less_the_part_its_sentence_says_is_done():
    said = (garut("Penyaluran bantuan beras di Garut baru menjangkau 45.120 keluarga penerima manfaat (KPM) atau 90,2 persen dari total 50.000 KPM."),)
    outcome = run("Berapa keluarga penerima yang belum menerima bantuan beras di Garut?", "45.120 - 90,2 = 45.030 [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("4880 (50.000 - 45.120)")
    assert trace(outcome)[:2] == [("remainder_is_the_whole_less_the_part_done", "rewrote"), ("difference_is_computed", "rewrote")]


def test_what_is_still_left_takes_the_whole_from_one_article_and_the_part_done_from_a_later_one():
    march = garut("BPBD Garut mencatat total 43 titik longsor di tujuh kecamatan.", doc="garut-mar.txt")
    august = garut("Sebanyak 21 rumah rusak berat sudah dibangun kembali, dan 31 titik longsor sudah ditangani.", doc="garut-aug.txt", date="2026-08-13")
    outcome = run("How many of the landslide sites in Garut were still not dealt with?", "43 [1]", [1], march, august)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("12 (43 - 31)") and sorted(outcome.draft.cited) == [1, 2]


def test_what_is_still_left_does_not_take_the_day_of_a_date_for_the_part_done():
    said = (
        garut("Tahun ini, Garut mendapat alokasi pupuk urea bersubsidi sebanyak 24.600 ton, naik dibanding tahun lalu sebesar 21.900 ton.", date="2026-03-20"),
        garut("Hingga Jumat (20/3), pupuk urea yang sudah disalurkan ke petani mencapai 7.380 ton atau sekitar 30 persen dari alokasi.", date="2026-03-20"),
    )
    outcome = run("Berapa ton pupuk urea yang belum disalurkan ke petani Garut per 20 Maret 2026?", "7.380 - 21.900 [2]", [2], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("17220 (24.600 - 7.380)")


def test_what_is_still_left_is_not_computed_from_two_parts_done_or_without_one():
    whole = garut("BPBD Garut mencatat total 43 titik longsor.")
    parts = (garut("Sebanyak 31 titik longsor sudah ditangani."), garut("Lalu 29 titik longsor sudah ditangani."))
    two = run("How many of the landslide sites in Garut were still not dealt with?", "43 - 31 [1][2]", [1, 2], whole, *parts)
    assert "remainder_is_the_whole_less_the_part_done" not in dict(trace(two))
    none = run("How many of the landslide sites in Garut were still not dealt with?", "43 [1]", [1], whole)
    assert "remainder_is_the_whole_less_the_part_done" not in dict(trace(none))


def test_a_total_of_some_months_adds_only_those_months_of_a_monthly_breakdown():
    said = (garut("Kepala Bapenda Garut merinci penerimaan pajak hotel pada Januari sebesar Rp1,25 miliar, Februari Rp1,10 miliar, Maret Rp1,42 miliar dan April Rp1,61 miliar."),)
    outcome = run("pajak hotel garut triwulan 1 2026 (jan-mar) totalnya brp", "Rp1,25 miliar + Rp1,10 miliar + Rp1,42 miliar + Rp1,61 miliar [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("Rp 3,77 miliar (Rp1,25 miliar + Rp1,10 miliar + Rp1,42 miliar)"), outcome.draft.answer
    whole = run("Berapa total penerimaan pajak hotel Garut Januari hingga April 2026?", "Rp1,25 miliar + Rp1,10 miliar [1]", [1], *said)
    assert strip_markers(whole.draft.answer).startswith("Rp 5,38 miliar (Rp1,25 miliar + Rp1,10 miliar + Rp1,42 miliar + Rp1,61 miliar)"), whole.draft.answer


def test_what_is_left_of_a_number_is_that_number_less_the_part_said_of_them():
    said = (cianjur("Petugas Dinkes Cianjur mendata 418 kontak erat pasien campak, dan 265 orang di antaranya sudah mendapat vaksin MR."),)
    outcome = run("How many of the close contacts of measles patients in Cianjur had not yet been vaccinated?", "265 [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("153 (418 - 265)"), outcome.draft.answer


def test_what_is_still_needed_to_reach_a_target_is_the_target_less_the_part_done():
    said = (
        garut("Skrining hipertensi di Garut menyasar 15.000 warga, dengan sasaran 9.000 warga usia 40 tahun ke atas."),
        garut("Hingga Jumat (14/8), sebanyak 6.240 warga usia 40 tahun ke atas telah diskrining."),
    )
    outcome = run("How many more people does Garut still need to screen to reach its target?", "15.000 - 6.240 [1][2]", [1, 2], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("2760 (9.000 - 6.240)"), outcome.draft.answer


def test_a_total_of_the_asked_months_leaves_out_another_years_figure_run_on_after_the_months():
    said = (
        garut("Penerimaan pajak hotel pada Januari sebesar Rp1,25 miliar, Februari Rp1,10 miliar, Maret Rp1,42 miliar dan April Rp1,61 miliar."),
        garut("Pada periode yang sama 2025, penerimaannya Rp4,9 miliar."),
    )
    outcome = run("What was Garut's total hotel tax revenue from January to April 2026?", "Rp1,25 miliar + Rp4,9 miliar [1][2]", [1, 2], *said)
    assert strip_markers(outcome.draft.answer).startswith("Rp 5.38 miliar (Rp1,25 miliar + Rp1,10 miliar + Rp1,42 miliar + Rp1,61 miliar)"), outcome.draft.answer


def test_a_total_over_months_adds_their_breakdown_though_the_model_gave_one_months_figure():
    said = (cimahi("Pada Januari, penerimaan tercatat Rp11,84 miliar, Februari Rp10,27 miliar, Maret Rp12,63 miliar, April Rp13,95 miliar dan Mei Rp12,08 miliar."),)
    outcome = run("total pajak daerah cimahi triwulan I 2026 brp?", "Rp12,08 miliar [1]", [1], *said)
    assert strip_markers(outcome.draft.answer).startswith("Rp 34,74 miliar (Rp11,84 miliar + Rp10,27 miliar + Rp12,63 miliar)"), outcome.draft.answer


def test_a_total_over_months_takes_no_list_that_is_not_by_month():
    said = (cimahi("Realisasi PBB-P2 per kecamatan: Cimahi Utara Rp2,41 miliar, Cimahi Tengah Rp2,06 miliar dan Cimahi Selatan Rp1,58 miliar."),)
    outcome = run("total pajak daerah cimahi triwulan I 2026 brp?", "Rp2,41 miliar [1]", [1], *said)
    assert "total_adds_the_listed_items" not in dict(trace(outcome))


def test_a_total_of_amounts_of_money_keeps_the_rupiah():
    said = (garut("Tiga paket peningkatan jalan senilai Rp 21,4 miliar, Rp 12,9 miliar dan Rp 18,7 miliar sudah dilelang."),)
    outcome = run("What is the combined value of the three Garut road packages put out to tender?", "Rp 21,4 miliar + Rp 12,9 miliar + Rp 18,7 miliar = Rp 52 miliar [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("Rp 53 miliar (Rp 21,4 miliar + ")


def test_the_parts_of_a_total_in_two_articles_each_written_with_what_is_counted_are_added_and_cited():
    april = garut("Bupati Garut melantik 126 pejabat di Pendopo, Kamis (9/4/2026).", doc="garut-apr.txt", date="2026-04-09")
    august = garut("Bupati Garut kembali melantik 214 pejabat, Kamis (13/8/2026).", doc="garut-aug.txt", date="2026-08-13")
    outcome = run("Berapa total pejabat yang dilantik Pemkab Garut sepanjang 2026?", "214 + 126 = 340 [2]", [2], april, august)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("340 (214 + 126)")
    assert sorted(outcome.draft.cited) == [1, 2]


def test_a_part_written_without_what_is_counted_outside_the_cited_sentences_is_no_part():
    said = (
        garut("Sebanyak 23 orang mendaftar seleksi terbuka JPT Pemkab Garut tahun 2026."),
        garut("Dari jumlah itu, 19 lolos seleksi administrasi."),
    )
    outcome = run("Berapa total pendaftar seleksi terbuka Pemkab Garut tahun 2026?", "23 + 19 = 42 [1]", [1], *said)
    assert refused_by(outcome) == "total_is_computed"


@pytest.mark.parametrize(
    "answer",
    ["Rp 1,2 miliar + Rp 800 juta = Rp 2 miliar [1]", "19 kasus + 14 kasus, dan 11 kasus [1]", "19 + 14 dan 11 [1]"],
    ids=["two units", "a part after the addition", "a part after 'dan'"],
)
def test_an_addition_in_two_units_or_with_parts_outside_it_is_not_computed(answer):
    said = (garut("Dana Rp 1,2 miliar dari APBD dan Rp 800 juta dari provinsi; kasus campak 19 di Cibeber, 14 di Cikajang, 11 di Bayongbong."),)
    outcome = run("Kalau dijumlah, berapa totalnya di Garut?", answer, [1], *said)
    assert "total_is_computed" not in dict(trace(outcome))


def test_an_addition_answering_a_question_that_asks_no_total_is_not_ours_to_back():
    said = (garut("Kasus campak terbanyak di Cibeber 19, Cikajang 14 dan Bayongbong 11."),)
    outcome = run("Berapa kasus campak di Cibeber, Garut?", "44 (19 + 14 + 11) [1]", [1], *said)
    assert refused_by(outcome) == "numbers_in_cited_sentences"


def test_a_number_written_with_both_marks_in_a_sentence_is_read_not_a_crash():
    said = (garut("Pajak daerah Rp 1.146,5 miliar dan retribusi Rp 446 miliar; nomor 12,13,14 di lampiran."),)
    outcome = run("Berapa selisih pajak dan retribusi Garut?", "1.146,5 - 446 [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("700,5")


def test_an_addition_of_rounded_numbers_becomes_the_amounts_its_sentence_lists_or_is_refused():
    outcome = run("How many kilometres of road did Garut pave and concrete altogether?", "3 + 2 = 5 [2]", [2], *FLOODED)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("5.75 kilometer (3,5 kilometer + 2,25 kilometer)")
    said = (garut("Dinas PUPR mengaspal 3,5 kilometer jalan pada 2025 dan membeton 2,25 kilometer jalan desa dari 12 kilometer yang diusulkan."),)
    outcome = run("How many kilometres of road did Garut work on altogether?", "3 + 2 = 5 [1]", [1], *said)
    assert refused_by(outcome) == "total_is_computed"  # a third length in the sentence: no list of parts alone
    # ... unless the question names the two it adds: paved and concreted, not the 12 km proposed
    outcome = run("How many kilometres of road did Garut pave and concrete altogether?", "3 + 2 = 5 [1]", [1], *said)
    assert strip_markers(outcome.draft.answer).startswith("5.75 kilometer (3,5 kilometer + 2,25 kilometer)"), trace(outcome)


def test_an_addition_of_parts_one_sentence_lists_is_cited_to_it_when_the_model_cited_its_neighbours():
    said = (
        garut("Pendataan kerusakan rumah dilakukan oleh kepala desa bersama pendamping desa.", date="2026-01-14"),
        garut("Dari jumlah itu, 14 unit rusak berat dan 63 unit rusak ringan.", date="2026-01-14"),
        garut("Pemkab Garut menyiapkan belanja tidak terduga sebesar Rp1,5 miliar.", date="2026-01-14"),
    )
    outcome = run("Berapa total rumah yang rusak berat dan rusak ringan akibat banjir Garut?", "14 + 63 = 77 [1][3]", [1, 3], *said)
    assert accepted(outcome) and outcome.draft.answer == "77 (14 + 63) [2]", trace(outcome)


def test_a_total_added_to_its_own_parts_is_refused():
    said = (garut("Sebanyak 245 rumah terendam, yakni 120 rumah di Desa Sukamaju, 85 di Desa Cikelet dan 40 di Desa Mekarsari."),)
    outcome = run("Berapa total rumah yang terendam di Garut?", "245 + 120 + 85 + 40 = 490 [1]", [1], *said)
    assert refused_by(outcome) == "total_is_computed"


def test_an_addition_is_not_computed_when_no_total_was_asked():
    outcome = run("Berapa rumah yang terendam di Desa Sukamaju, Garut?", "120 + 85 [1]", [1], *FLOODED)
    assert "total_is_computed" not in dict(trace(outcome))


def test_a_range_a_sentence_writes_is_no_subtraction():
    said = (garut("Sebanyak 45 rumah di RT 02-04 Dusun Krajan rusak."), garut("Pelamar berusia 45-56 tahun."))
    outcome = run("Berapa rumah yang belum diperbaiki di Garut?", "45 rumah di RT 02-04 Dusun Krajan [1]", [1], *said)
    assert "difference_is_computed" not in dict(trace(outcome))


def test_a_range_of_days_is_no_subtraction():
    said = (garut("Uji kompetensi digelar 20-21 April 2026, diikuti 15 dari 17 pelamar."),)
    outcome = run("Berapa pelamar yang belum ikut uji kompetensi di Garut?", "20-21 April [1]", [1], *said)
    assert "difference_is_computed" not in dict(trace(outcome))


@pytest.mark.parametrize(
    "question, answer, said",
    [
        (
            "What was Nurdin Yana's job before becoming Sekda?",
            "Kepala Bappeda Garut [2]",
            (garut("Nurdin Yana dilantik sebagai Sekda Garut."), garut("Sebelumnya, Nurdin menjabat Kepala Bappeda Garut.")),
        ),
        (
            "What post did Agus Salim hold before he retired?",
            "Kepala Dinas Perhubungan [1]",
            (garut("Eko Prasetyo dilantik sebagai Kepala Dinas Perhubungan menggantikan Agus Salim yang memasuki masa pensiun."),),
        ),
        (
            "What post did Bambang Sutrisno take up in Garut?",
            "Kepala Dinas PUTR [1]",
            (garut("Bupati Garut melantik Bambang Sutrisno sebagai Kepala Dinas PUTR."), garut("Bambang merupakan pengganti Agus Salim, yang sebelumnya menjabat Kepala Dinas PUTR.")),
        ),
    ],
    ids=["a sentence opening Sebelumnya", "the post held before retiring", "another's former post beside a pengganti"],
)
def test_right_title_answers_are_not_refused_as_of_another_time(question, answer, said):
    outcome = run(question, answer, [int(answer[-2])], *said)
    assert accepted(outcome) and outcome.draft.answer == answer


# ---- office_is_of_the_asked_government ------------------------------------------------------


REGENCY_HEAD = garut("Kepala Dinas Kesehatan Garut, dr. Rina Marlina, merinci laporan suspek campak yang masuk.", date="2026-05-19")


def test_the_head_of_the_regencys_office_is_no_answer_for_the_provinces():
    sent = garut("Dinkes Garut menerima 1.450 vial vaksin MR dari Dinas Kesehatan Provinsi Jawa Barat pada Rabu (29/4).", date="2026-05-19")
    outcome = run("Siapa Kepala Dinas Kesehatan Provinsi Jawa Barat yang mengirim vaksin MR ke Garut?", "dr. Rina Marlina [1]", [1, 2], REGENCY_HEAD, sent)
    assert refused_by(outcome) == "office_is_of_the_asked_government", trace(outcome)


def test_the_head_of_the_asked_governments_office_is_the_answer():
    outcome = run("Siapa Kepala Dinas Kesehatan Garut?", "dr. Rina Marlina [1]", [1], REGENCY_HEAD)
    assert "office_is_of_the_asked_government" not in dict(trace(outcome))
    assert accepted(outcome), trace(outcome)


# ---- acting_is_not_the_one_chosen -----------------------------------------------------------


ACTING = cimahi("Sekretaris Dinkes, dr. Nurul Hidayah, ditunjuk sebagai Plt Kepala Dinkes.", date="2026-04-08")
CHOSEN = cimahi("Teddy Sopiandi, pemenang seleksi terbuka, dilantik sebagai Kepala Disparbud menggantikan Plt Rendra Anggoro.")


@pytest.mark.parametrize(
    "question, answer, said",
    [
        ("Who won Cimahi's open selection for head of the health office (Kepala Dinkes)?", "Dr. Nurul Hidayah [1]", ACTING),
        ("Siapa pemenang seleksi terbuka Kepala Disparbud Kota Cimahi?", "Rendra Anggoro [1]", CHOSEN),
        ("Who headed Cimahi's tourism office (Disparbud) before it was left to an acting head?", "Plt Rendra Anggoro [1]", CHOSEN),
        ("kepala bpkad cimahi definitif yg baru siapa namanya", "Nurul Hidayah [1]", cimahi("Plt Kepala BPKAD Cimahi, Nurul Hidayah, mengatakan serapan melonjak.")),
        ("kepala bpkad cimahi definitif yg baru siapa namanya", "Nurul Hidayah [1]", cimahi("Nurul, yang sehari-hari menjabat Sekretaris BPKAD, ditunjuk sebagai pelaksana tugas sejak Senin (1/6/2026).")),
        ("Siapa Kepala Pelaksana BPBD Cimahi definitif, bukan pelaksana tugas (Plt)?", "Nurul Hidayah [1]", cimahi("Plt Kepala Pelaksana BPBD Cimahi, Nurul Hidayah, merinci data sementara.")),
    ],
    ids=["won the selection", "pemenang, not the Plt replaced", "before the acting head", "Plt before a title and a comma", "made acting far after the name", "the acting head ruled out"],
)
def test_an_acting_head_does_not_answer_who_was_chosen_or_who_came_before(question, answer, said):
    assert refused_by(run(question, answer, [1], said)) == "acting_is_not_the_one_chosen"


def test_an_acting_head_answers_who_was_made_acting_head_and_the_winner_answers_who_won():
    acting = run("Who was appointed acting head of Cimahi's health office in April 2026?", "Nurul Hidayah [1]", [1], ACTING)
    winner = run("Siapa pemenang seleksi terbuka Kepala Disparbud Kota Cimahi?", "Teddy Sopiandi [1]", [1], CHOSEN)
    before = run("Sebelum Teddy dilantik, siapa yang menjabat Pelaksana Tugas (Plt) Kepala Disparbud Kota Cimahi?", "Rendra Anggoro [1]", [1], CHOSEN)
    interim = run("Sebelum Teddy dilantik, siapa yang menjabat sementara Kepala Disparbud Kota Cimahi?", "Rendra Anggoro [1]", [1], CHOSEN)
    later = cimahi("Nurul Hidayah, yang sebelumnya menjabat sebagai Plt Kepala Dinkes, resmi dilantik sebagai Kepala Dinkes definitif.")
    definitive = run("Siapa Kepala Dinkes Cimahi definitif?", "Nurul Hidayah [1]", [1], later)
    assert accepted(acting) and accepted(winner) and accepted(definitive)
    assert "acting_is_not_the_one_chosen" not in dict(trace(before)) | dict(trace(interim))


def test_a_person_no_sentence_writes_beside_the_asked_title_was_not_given_it():
    seat = cimahi("Jabatan Camat Cibeber yang ditinggalkan Ridwan juga belum diisi definitif.")
    other = cimahi("Plt Kepala Dinkes dr. Aditya Pramudya juga hadir dalam pelantikan.")
    outcome = run("siapa plh camat cibeber skrg pengganti pak ridwan?", "dr. Aditya Pramudya [1]", [1], seat, other)
    assert refused_by(outcome) == "asked_title_in_evidence"
    named = cimahi("Sekcam Ujang Suherman ditunjuk sebagai Plh Camat Cibeber.")
    assert "asked_title_in_evidence" not in dict(trace(run("siapa plh camat cibeber skrg?", "Ujang Suherman [2]", [2], seat, named)))


def test_an_acting_head_of_another_office_is_no_answer_for_the_acting_head_asked():
    seat = cimahi("Kursi Kepala Diskominfo yang ditinggalkan Eko untuk sementara dipegang pelaksana harian (Plh).")
    other = cimahi("Keduanya menggantikan Plt Taufik Hidayat di DLHK dan Plt Gilang Pratomo di Dishub.")
    outcome = run("Siapa Plt Kepala Diskominfo Cimahi setelah Eko dirotasi?", "Plt Taufik Hidayat [2]", [2], seat, other)
    assert refused_by(outcome) == "asked_title_in_evidence"


# ---- count_of_the_item_alone ----------------------------------------------------------------


def test_a_periods_count_of_an_item_takes_the_number_written_with_every_word_of_the_item():
    said = (
        cianjur("Yang dilantik terdiri atas empat pejabat pimpinan tinggi pratama, 26 pejabat administrator, serta 94 kepala sekolah."),
        cianjur("Kepala sekolah itu terdiri atas 61 kepala SD dan 33 kepala SMP."),
        cianjur("Tiga pejabat pimpinan tinggi pratama lainnya merupakan hasil rotasi."),
    )
    outcome = run("Berapa total kepala sekolah yang dilantik Pemkab Cianjur pada Maret dan Juni 2026?", "94 [1]", [1], *said, part=True, item="kepala sekolah")
    assert accepted(outcome) and outcome.draft.answer == "94 [1]"  # 61 kepala SD is not a count of kepala sekolah
    jpt = run("How many JPT pratama officials did Cianjur install in March 2026?", "3 [3]", [3], *said, part=True, item="JPT pratama officials")
    assert (jpt.draft.answer, jpt.draft.cited) == ("4 JPT pratama officials [1]", [1])  # "tiga ... lainnya" are the rest
    assert trace(jpt)[0] == ("count_of_the_item_alone", "rewrote")


def test_one_item_of_a_breakdown_gets_the_count_of_that_item_alone():
    outcome = run(
        "Berapa pejabat pengawas yang dilantik Pemkab Subang?",
        "17 pejabat pengawas [1]",
        [1],
        subang("Sebanyak 17 pejabat administrator dan pengawas dilantik Bupati Subang."),
        subang("Dari jumlah itu, 12 orang mengisi jabatan administrator, sedangkan lima lainnya jabatan pengawas."),
        part=True,
        item="pejabat pengawas",
        others=("pejabat administrator",),
    )
    assert accepted(outcome)
    assert (outcome.draft.answer, outcome.draft.cited) == ("5 pejabat pengawas [2]", [2])
    assert trace(outcome) == [("count_of_the_item_alone", "rewrote")]


def test_an_item_counted_in_two_sentences_takes_the_count_beside_the_number_the_model_read():
    """The model read the list sentence but gave the next item's number; another sentence counts
    vacant posts of the same item, so the list sentence, which holds the model's number, decides."""
    said = (
        subang("Dari 64 pejabat itu, 18 pejabat administrator, 33 pejabat pengawas dan 13 pejabat fungsional."),
        subang("Masih ada enam jabatan administrator yang kosong karena pensiun."),
    )
    outcome = run("Berapa total pejabat administrator yang dilantik Pemkab Subang pada Maret dan Juli 2026?", "33 [1]", [1], *said, part=True, item="pejabat administrator")
    assert (outcome.draft.answer, outcome.draft.cited) == ("18 pejabat administrator [1]", [1])
    assert trace(outcome)[0] == ("count_of_the_item_alone", "rewrote")


def test_a_whole_question_about_one_item_of_a_list_takes_that_items_count_not_the_next_ones():
    """A chat question about one rank of a breakdown; the model read the list but gave the number
    of the item before it. Another item of the same list ("pejabat" heads both) is replaced."""
    said = (
        cianjur("Bupati Cianjur melantik 41 pejabat, Rabu (20/5/2026).", date="2026-05-20"),
        cianjur("Ke-41 pejabat itu terdiri atas empat JPT pratama, 12 pejabat administrator, 19 pejabat pengawas, dan enam pejabat fungsional.", date="2026-05-20"),
    )
    chat = run("pelantikan pemkab cianjur 20 mei kmrn yg fungsional brp org?", "19 [1][2]", [1, 2], *said)
    assert (chat.draft.answer, chat.draft.cited) == ("6 fungsional [2]", [2])
    assert trace(chat) == [("count_of_the_item_alone", "rewrote")]
    english = run("How many supervisory officials did Cianjur install in May 2026?", "6 [2]", [2], *said)
    assert english.draft.answer.startswith("19 ")


@pytest.mark.parametrize(
    "question, sentence, answer",
    [
        ("Berapa pejabat pengawas perempuan yang dilantik Bupati Cianjur?", "Bupati Cianjur melantik 79 pejabat pengawas, 30 di antaranya perempuan.", "30 [1]"),
        ("Berapa guru PPPK dari luar daerah yang dilantik di Cianjur?", "Sebanyak 700 guru PPPK dilantik, 150 guru di antaranya berasal dari luar daerah.", "150 [1]"),
        ("Berapa pejabat pengawas wajah baru di Cianjur?", "Dari 45 pejabat pengawas yang dilantik, 20 pejabat merupakan wajah baru.", "20 [1]"),
    ],
)
def test_a_whole_questions_count_of_a_subset_of_the_item_is_kept(question, sentence, answer):
    """"30 di antaranya perempuan" counts some of the supervisors, not another item of a list."""
    outcome = run(question, answer, [1], cianjur(sentence))
    assert outcome.draft.answer == answer and "count_of_the_item_alone" not in dict(trace(outcome))


def test_an_item_count_the_article_states_is_kept():
    outcome = run(
        "Berapa pejabat administrator yang dilantik Pemkab Subang?",
        "12 pejabat administrator [1]",
        [1],
        subang("Terdiri atas 12 pejabat administrator dan lima pejabat pengawas."),
        part=True,
        item="pejabat administrator",
        others=("pejabat pengawas",),
    )
    assert accepted(outcome)
    assert outcome.steps == []


def test_a_part_answered_with_every_category_takes_the_asked_ones_count():
    outcome = run(
        "Berapa pejabat administrator yang dilantik Pemkab Subang pada April 2026?",
        "41 pejabat pengawas dan 22 pejabat administrator [1]",
        [1],
        subang("Dari 86 pejabat itu, 22 pejabat administrator, 41 pejabat pengawas, dan 19 pejabat fungsional.", date="2026-04-15"),
        part=True,
        item="pejabat administrator",
    )
    assert accepted(outcome)
    assert outcome.draft.answer == "22 pejabat administrator [1]"


bekasi = article_of("Kota Bekasi", "bekasi-pelantikan.txt")
BEKASI_JUNE = (
    bekasi("Wali Kota Bekasi melantik 75 pejabat di Plaza Pemkot Bekasi, Kamis (18/6/2026).", date="2026-06-18"),
    bekasi("Dari jumlah tersebut, empat orang merupakan JPT pratama hasil seleksi terbuka. Selebihnya terdiri atas 27 pejabat administrator dan 44 pejabat pengawas.", date="2026-06-18"),
)


def test_a_parts_count_of_officials_in_general_is_the_whole_not_one_share_of_its_breakdown():
    outcome = run("How many officials did Pemkot Bekasi swear in in June 2026?", "4 [2]", [2], *BEKASI_JUNE, part=True, item="officials")
    assert accepted(outcome), trace(outcome)
    assert (outcome.draft.answer, outcome.draft.cited) == ("75 officials [1]", [1])  # 4 + 27 + 44 = 75, stated by sentence 1
    assert ("part_is_the_whole_not_a_share", "rewrote") in trace(outcome)


@pytest.mark.parametrize("question", ["How many officials in total did Pemkot Bekasi swear in in June 2026?", "Berapa pejabat yang dilantik Pemkot Bekasi pada Juni 2026 seluruhnya?"])
def test_a_whole_question_asking_for_the_total_of_officials_gets_the_whole_not_a_share(question):
    outcome = run(question, "44 [2]", [2], *BEKASI_JUNE)
    assert outcome.draft.answer.startswith("75 ") and outcome.draft.cited == [1]  # 4 + 27 + 44 = 75
    assert ("part_is_the_whole_not_a_share", "rewrote") in trace(outcome)


def test_a_breakdown_that_runs_on_into_the_next_sentence_is_read_whole():
    said = (
        bekasi("Wali Kota Bekasi melantik 75 pejabat di Plaza Pemkot Bekasi, Kamis (18/6/2026).", date="2026-06-18"),
        bekasi("Dari jumlah tersebut, empat orang merupakan JPT pratama hasil seleksi terbuka.", date="2026-06-18"),
        bekasi("Selebihnya terdiri atas 27 pejabat administrator dan 44 pejabat pengawas.", date="2026-06-18"),
    )
    outcome = run("How many officials did Pemkot Bekasi swear in in June 2026?", "4 [2]", [2], *said, part=True, item="officials")
    assert (outcome.draft.answer, outcome.draft.cited) == ("75 officials [1]", [1])


def test_a_breakdown_that_states_its_own_whole_gives_the_whole():
    said = sukabumi("Dari 86 pejabat tersebut, empat orang JPT pratama, 22 pejabat administrator, 41 pejabat pengawas, dan 19 pejabat fungsional.", date="2026-04-15")
    outcome = run("Berapa pejabat yang dilantik Pemkot Sukabumi pada April 2026?", "41 [1]", [1], said, part=True, item="pejabat")
    assert outcome.draft.answer == "86 pejabat [1]"


@pytest.mark.parametrize(
    "question, answer, kw",
    [
        # A whole question may ask about a share on purpose.
        ("How many officials did Pemkot Bekasi swear in in June 2026?", "4 [2]", {}),
        # A share asked by name is that share.
        ("Berapa pejabat pengawas yang dilantik Pemkot Bekasi pada Juni 2026?", "44 [2]", {"part": True, "item": "pejabat pengawas"}),
        # ... also where the question counts "officials" and the part its posts.
        ("How many officials filled supervisor posts in Pemkot Bekasi in June 2026?", "44 [2]", {"part": True, "item": "supervisor posts"}),
    ],
)
def test_a_share_is_kept_where_the_question_may_ask_for_it(question, answer, kw):
    outcome = run(question, answer, [2], *BEKASI_JUNE, **kw)
    assert "part_is_the_whole_not_a_share" not in [rule for rule, _ in trace(outcome)]


BEKASI_JULY = (
    bekasi("Wali Kota Bekasi kembali melantik pejabat di lingkungan Pemkot Bekasi, Kamis (9/7/2026).", date="2026-07-09"),
    bekasi("Kali ini pelantikan di Plaza Pemkot meliputi empat pejabat pimpinan tinggi (JPT) pratama, 36 pejabat administrator, 61 pejabat pengawas, dan 28 pejabat fungsional.", date="2026-07-09"),
)


def test_a_parts_count_of_officials_whose_article_gives_only_a_breakdown_is_the_breakdowns_sum():
    outcome = run("total pejabat yg dilantik pemkot bekasi juli 2026 brp org?", "36 [2]", [2], *BEKASI_JULY, part=True, item="pejabat")
    assert accepted(outcome), trace(outcome)
    assert (outcome.draft.answer, outcome.draft.cited) == ("129 pejabat (4 + 36 + 61 + 28) [2]", [2])
    assert ("part_is_the_sum_of_its_breakdown", "rewrote") in trace(outcome)


@pytest.mark.parametrize(
    "listing",
    [
        # some of them only
        "Di antaranya empat pejabat pimpinan tinggi (JPT) pratama, 36 pejabat administrator, dan 61 pejabat pengawas.",
        # a count not written with the counted word: no breakdown of officials
        "Pelantikan meliputi 36 pejabat administrator dan 12 kecamatan.",
    ],
)
def test_a_list_of_only_some_officials_or_of_other_things_is_no_breakdown_to_add(listing):
    said = (BEKASI_JULY[0], bekasi(listing, date="2026-07-09"))
    outcome = run("total pejabat yg dilantik pemkot bekasi juli 2026 brp org?", "36 [2]", [2], *said, part=True, item="pejabat")
    assert "part_is_the_sum_of_its_breakdown" not in [rule for rule, _ in trace(outcome)]


def test_a_breakdowns_sum_is_not_held_back_by_the_count_of_an_earlier_inauguration():
    earlier = bekasi("Pada pelantikan sebelumnya, Maret 2026, Pemkot Bekasi melantik 188 pejabat.", date="2026-07-09")
    outcome = run("pelantikan pejabat bekasi juli 2026 berapa orang?", "36 [2]", [2], *BEKASI_JULY, earlier, part=True)
    assert accepted(outcome) and outcome.draft.answer.startswith("129 pejabat (4 + 36 + 61 + 28)"), trace(outcome)


def test_an_article_that_states_its_whole_is_not_summed():
    said = (bekasi("Wali Kota Bekasi melantik 130 pejabat, Kamis (9/7/2026).", date="2026-07-09"), BEKASI_JULY[1])
    outcome = run("total pejabat yg dilantik pemkot bekasi juli 2026 brp org?", "36 [2]", [2], *said, part=True, item="pejabat")
    assert "part_is_the_sum_of_its_breakdown" not in [rule for rule, _ in trace(outcome)]


def test_numbers_that_do_not_add_up_to_a_stated_whole_are_no_breakdown():
    said = (
        bekasi("Wali Kota Bekasi melantik 60 pejabat, Kamis (18/6/2026).", date="2026-06-18"),
        bekasi("Sebanyak 12 camat dan 30 lurah ikut dirotasi.", date="2026-06-18"),
    )
    outcome = run("How many officials did Pemkot Bekasi swear in in June 2026?", "12 [2]", [2], *said, part=True, item="officials")
    assert "part_is_the_whole_not_a_share" not in [rule for rule, _ in trace(outcome)]


# ---- numbers_in_cited_sentences -------------------------------------------------------------


def test_a_number_stated_only_by_an_uncited_sentence_gets_that_sentence_cited():
    outcome = run(
        "How many officials did Cimahi City rotate?",
        "25 officials [1]",
        [1],
        cimahi("Rotasi digelar di Gedung Pakuan Pemkot Cimahi."),
        cimahi("Wali Kota Cimahi Dedi Kusnadi merotasi dua puluh lima pejabat."),
    )
    assert accepted(outcome)
    assert outcome.draft.cited == [1, 2]
    assert outcome.draft.confidence == pytest.approx(0.9)
    assert trace(outcome) == [("numbers_in_cited_sentences", "cited")]


def test_a_number_the_cited_articles_headline_states_is_cited_to_the_sentence_that_reports_it():
    headline = "Wali Kota Cimahi Lantik 318 Pejabat"
    outcome = run(
        "How many officials did the Cimahi mayor swear in?",
        "318",
        [2],
        cimahi("CIMAHI, Senin (2/3/2026) - Wali Kota Cimahi Dedi Kusnadi melantik 318 pejabat.", title=headline),
        cimahi("Pelantikan ini merupakan yang pertama pada tahun 2026.", title=headline),
    )
    assert accepted(outcome), outcome.refused
    assert outcome.draft.cited == [2, 1]
    assert trace(outcome) == [("numbers_in_cited_sentences", "cited")]


def test_an_invented_number_is_refused():
    outcome = run(
        "Berapa pejabat yang dilantik Bupati Garut?",
        "99 pejabat [1]",
        [1],
        garut("Bupati Garut Hendra Permana melantik 42 pejabat di Pendopo Garut."),
    )
    assert refused_by(outcome) == "numbers_in_cited_sentences"
    assert outcome.refused.why == "99 is stated by no sentence of the context"


TOTAL = "Berapa total pejabat yang dilantik Pemkab Garut pada Februari 2026 dan Maret 2026?"


def _two_rotations(question: str, answer: str) -> rules.Draft:
    return draft(question, answer, [1, 2], FEBRUARY, MARCH)


def test_a_total_of_two_cited_counts_passes_the_number_check_when_a_total_is_asked():
    outcome = rules.run(_two_rotations(TOTAL, "52 pejabat [1][2]"), [rules.BY_NAME["numbers_in_cited_sentences"]])
    assert accepted(outcome) and outcome.steps == []


def test_a_sum_of_two_cited_counts_is_refused_when_one_count_is_asked():
    outcome = rules.run(_two_rotations("Berapa pejabat yang dilantik Pemkab Garut?", "52 pejabat [1][2]"))
    assert refused_by(outcome) == "numbers_in_cited_sentences"


@pytest.mark.parametrize(
    "question, answer, passes",
    [
        ("Kasus campak di tiga kecamatan itu kalau dijumlah ada berapa?", "19 + 14 + 11 = 44 kasus [1]", True),
        ("How many cases did the three districts have combined?", "44 (19, 14 and 11) [1]", True),
        ("Berapa selisih kasus Cibeber dan Cikande?", "19 - 14 = 5 kasus [1]", True),
        ("Berapa kasus campak di Cibeber?", "19 + 14 + 11 = 44 kasus [1]", False),  # one count asked, not a sum
        ("Kasus campak di tiga kecamatan itu kalau dijumlah ada berapa?", "19 + 14 + 12 = 45 kasus [1]", False),  # 12 is stated nowhere
        ("Kasus campak di tiga kecamatan itu kalau dijumlah ada berapa?", "19 + 14 = 44 kasus [1]", False),  # wrong sum
    ],
)
def test_a_sum_the_answer_shows_of_cited_counts_passes_when_a_sum_is_asked(question, answer, passes):
    sentence = subang("Kasus tertinggi tercatat di Kecamatan Cibeber 19 kasus, Cikande 14 kasus, dan Kragilan 11 kasus.")
    outcome = rules.run(draft(question, answer, [1], sentence), [rules.BY_NAME["numbers_in_cited_sentences"]])
    assert accepted(outcome) is passes


@pytest.mark.parametrize("between, passes", [(False, True), (True, False)])
def test_a_difference_takes_its_other_term_from_the_sentence_beside_the_cited_one(between, passes):
    """"71 ASN ... sepanjang 2025. Jumlah itu naik dibandingkan tahun sebelumnya yang tercatat 58
    ASN." answered "13" citing the second: the first is cited too. A 71 further off is no term of it."""
    said = [
        subang("BKPSDM Kabupaten Subang mencatat 71 ASN dijatuhi hukuman disiplin sepanjang 2025."),
        *([subang("Rapat evaluasi digelar di Pendopo Subang.")] if between else []),
        subang("Jumlah itu naik dibandingkan tahun sebelumnya yang tercatat 58 ASN."),
    ]
    question = "Dibanding tahun sebelumnya, berapa tambahan ASN Pemkab Subang yang dijatuhi hukuman disiplin pada 2025?"
    outcome = rules.run(draft(question, "13 [%d]" % len(said), [len(said)], *said), [rules.BY_NAME["numbers_in_cited_sentences"]])
    assert accepted(outcome) is passes
    if passes:
        assert outcome.draft.cited == [2, 1]


def test_a_whole_and_its_own_parts_are_no_sum():
    sentence = subang("Sebanyak 19 pejabat dilantik, terdiri atas 14 pengawas dan 5 administrator.")
    outcome = rules.run(draft("Berapa pejabat yang dilantik seluruhnya?", "Seluruhnya 38 pejabat: 19, 14 dan 5 [1]", [1], sentence), [rules.BY_NAME["numbers_in_cited_sentences"]])
    assert refused_by(outcome) == "numbers_in_cited_sentences"


@pytest.mark.parametrize(
    "question, answer",
    [
        ("Berapa selisih pejabat administrator dan pejabat pengawas yang dilantik Pemkab Subang?", "7 pejabat [1]"),
        ("How many more administrators than supervisors did Pemkab Subang swear in?", "7 more [1]"),
    ],
)
def test_a_difference_of_two_counts_in_one_sentence_is_returned(question, answer):
    sentence = subang("Sebanyak 17 pejabat dilantik Bupati Subang, terdiri atas 12 pejabat administrator dan lima pejabat pengawas.")
    assert accepted(run(question, answer, [1], sentence))


# ---- names_in_cited_sentences ---------------------------------------------------------------


def test_a_name_joined_from_two_peoples_names_is_refused():
    sentence = garut("Dengan dilantiknya Asep Hidayat, Euis Rohaeni yang sejak Agustus 2025 menjadi Plt kembali menjadi Sekretaris Dinas.")
    outcome = run("Siapa yang memimpin Dinas Pendidikan Garut setelah pelantikan?", "Asep Rohaeni [1]", [1], sentence)
    assert refused_by(outcome) == "names_in_cited_sentences"
    assert accepted(run("Siapa yang memimpin Dinas Pendidikan Garut setelah pelantikan?", "Asep Hidayat [1]", [1], sentence))


def _cianjur_inauguration(answer: str) -> rules.Outcome:
    return run(
        "Siapa yang memimpin pelantikan 30 pejabat Pemkab Cianjur?",
        answer,
        [2],
        cianjur("Pelantikan dipimpin Sekda Cianjur Cecep Suhendar di Pendopo Cianjur."),
        cianjur("Sebanyak 30 pejabat dilantik dalam kesempatan itu."),
    )


def test_a_name_stated_by_an_uncited_sentence_gets_that_sentence_cited():
    outcome = _cianjur_inauguration("Cecep Suhendar [2]")
    assert accepted(outcome)
    assert outcome.draft.cited == [2, 1]
    assert trace(outcome) == [("names_in_cited_sentences", "cited")]


def test_a_name_no_sentence_states_is_refused():
    outcome = _cianjur_inauguration("Engkus Sobari [2]")
    assert refused_by(outcome) == "names_in_cited_sentences"


def test_asked_who_a_name_only_another_regencys_article_writes_is_refused():
    said = (
        garut("Aryanto, yang tiga tahun terakhir menjabat Kepala Dinas Perhubungan, digeser menjadi Kepala Dinas PUPR.", date="2026-01-09"),
        cimahi("Kepala Dinas PUPR sebelumnya, Asep Saepul Rohman, kini memimpin Bappeda.", date="2026-04-21"),
    )
    outcome = run("Who now heads Garut's public works office (Dinas PUPR)?", "Asep Saepul Rohman [1]", [1], *said)
    assert refused_by(outcome) == "names_in_cited_sentences"
    assert accepted(run("Who now heads Garut's public works office (Dinas PUPR)?", "Aryanto [1]", [1], *said))


def test_one_name_of_an_answer_no_sentence_states_is_flagged_not_refused():
    outcome = _cianjur_inauguration("Cecep Suhendar dan Engkus Sobari [2]")
    assert accepted(outcome)
    assert ("names_in_cited_sentences", "flagged") in trace(outcome)
    assert outcome.draft.unverified == ["Engkus", "Sobari"]


# ---- percent_is_a_percentage ----------------------------------------------------------------


def test_a_percentage_read_off_a_ranking_is_refused():
    outcome = run(
        "Berapa persen capaian inovasi Kota Banjar?",
        "10% [1]",
        [1],
        banjar("Kota Banjar masuk 10 besar kota dengan inovasi terbaik se-Jawa Barat."),
    )
    assert refused_by(outcome) == "percent_is_a_percentage"


def test_a_percentage_with_a_decimal_comma_backs_one_with_a_decimal_point():
    outcome = run(
        "What percentage of its budget did Banjar City spend?",
        "78.5% [1]",
        [1],
        banjar("Realisasi anggaran Pemkot Banjar mencapai 78,5 persen."),
    )
    assert accepted(outcome)


# ---- cited_from_asked_period ----------------------------------------------------------------


def test_an_answer_from_another_period_than_asked_is_refused():
    last_year = garut("Bupati Garut Hendra Permana melantik 42 pejabat, Senin (3/11/2025).", date="2025-11-03")
    outcome = run("Berapa pejabat yang dilantik Bupati Garut pada Maret 2026?", "42 pejabat [1]", [1], last_year)
    assert refused_by(outcome) == "cited_from_asked_period"
    assert accepted(run("How many officials did the regent of Garut swear in in 2025?", "42 [1]", [1], last_year))


def test_a_years_figure_reported_after_it_ended_is_from_that_year_when_the_sentence_names_it():
    report = cianjur("Sepanjang 2025, Dinas Kesehatan Cianjur menemukan 2.140 kasus demam berdarah.", date="2026-04-14")
    outcome = run("How many dengue cases did Cianjur find in 2025?", "2.140 kasus [1]", [1], report)
    assert accepted(outcome), outcome.refused
    this_year = cianjur("Hingga April, Dinas Kesehatan Cianjur menemukan 310 kasus demam berdarah.", date="2026-04-14")
    assert refused_by(run("How many dengue cases did Cianjur find in 2025?", "310 kasus [1]", [1], this_year)) == "cited_from_asked_period"
    years_later = cianjur("Sepanjang 2025, ditemukan 2.140 kasus.", date="2027-06-01")
    assert refused_by(run("How many dengue cases did Cianjur find in 2025?", "2.140 kasus [1]", [1], years_later)) == "cited_from_asked_period"


def test_a_whole_periods_figure_is_not_one_reported_before_the_period_was_over():
    # a May article gives the first rounds of a year's vaccination, not the year's
    rounds = cianjur("Hingga Mei 2026, Dinas Peternakan Cianjur menyuntikkan 16.842 dosis vaksin PMK.", date="2026-05-26")
    whole = "How many FMD vaccine doses did Cianjur give over the whole of 2026?"
    assert refused_by(run(whole, "16.842 dosis [1]", [1], rounds)) == "cited_from_asked_period"
    assert accepted(run("How many FMD vaccine doses did Cianjur give in 2026?", "16.842 dosis [1]", [1], rounds))  # so far that year
    recap = cianjur("Sepanjang 2026, Dinas Peternakan Cianjur menyuntikkan 41.300 dosis vaksin PMK.", date="2027-01-08")
    assert accepted(run(whole, "41.300 dosis [1]", [1], recap))
    december = cianjur("Sepanjang tahun ini, Dinas Peternakan Cianjur menyuntikkan 40.950 dosis vaksin PMK.", date="2026-12-22")
    assert accepted(run(whole, "40.950 dosis [1]", [1], december))


def test_the_sentence_stating_the_number_must_be_of_the_asked_period():
    """A later article gives an earlier year's figure as the base of a comparison; its other
    figures are of the later year."""
    headline = "Kasus DBD di Cianjur Sepanjang 2025 Turun"
    compared = cianjur("Angka itu turun dibandingkan 2024 yang mencapai 2.318 kasus.", date="2026-01-12", title=headline)
    deaths = cianjur("Dari total kasus 2025, sebanyak 6 pasien meninggal dunia.", date="2026-01-12", title=headline)
    outcome = run("How many people died of dengue in Cianjur in 2024?", "6 [1][2]", [1, 2], compared, deaths)
    assert refused_by(outcome) == "cited_from_asked_period"
    assert accepted(run("How many dengue cases did Cianjur record in 2024?", "2.318 kasus [1][2]", [1, 2], compared, deaths))


def test_a_sentence_that_takes_its_time_from_the_one_before_reports_on_that_time():
    article = (
        "Pelamar tahun ini jauh lebih banyak dibandingkan seleksi terbuka 2025. "
        "Saat itu, Pemkab Subang hanya menjaring 22 pelamar untuk tiga jabatan."
    )
    said = subang("Saat itu, Pemkab Subang hanya menjaring 22 pelamar untuk tiga jabatan.", date="2026-05-19")
    outcome = run("Berapa pelamar seleksi terbuka Pemkab Subang tahun 2025?", "22 pelamar [1]", [1], said, article=lambda doc: article)
    assert accepted(outcome), trace(outcome)
    assert refused_by(run("Berapa pelamar seleksi terbuka Pemkab Subang tahun 2025?", "22 pelamar [1]", [1], said)) == "cited_from_asked_period"


# ---- count_of_the_asked_year ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada 2025, Pemkab Subang menerima 61 lamaran untuk empat jabatan.",
        "Dalam seleksi serupa tahun lalu, panitia menerima 61 lamaran.",
        "Sepanjang tahun 2025 tercatat 61 lamaran yang masuk ke panitia seleksi.",
    ],
)
def test_a_count_the_sentence_says_is_of_another_year_is_refused(sentence):
    said = subang(sentence, date="2026-02-16")
    outcome = run("How many applications did Subang's 2026 open selection receive?", "61 [1]", [1], said)
    assert refused_by(outcome) == "count_of_the_asked_year"
    assert "2025" in outcome.refused.why


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun ini panitia menerima 83 lamaran, naik dari 61 lamaran pada 2025.",  # this year's, beside last year's
        "Panitia menerima 83 lamaran, lebih banyak dibanding tahun lalu.",  # last year only compared with
        "Panitia seleksi terbuka menerima 83 lamaran hingga Jumat (13/2/2026).",  # no year it speaks of: the article's
    ],
)
def test_a_count_of_the_asked_year_or_of_no_named_year_stands(sentence):
    said = subang(sentence, date="2026-02-16")
    outcome = run("Berapa lamaran yang diterima seleksi terbuka Pemkab Subang tahun 2026?", "83 lamaran [1]", [1], said)
    assert accepted(outcome), trace(outcome)


def test_last_years_count_answers_a_question_about_last_year():
    said = subang("Pada seleksi serupa tahun lalu, panitia menerima 61 lamaran.", date="2026-02-16")
    outcome = run("How many applications did Subang's open selection receive in 2025?", "61 [1]", [1], said)
    assert accepted(outcome), trace(outcome)


# ---- days_a_day_was_moved ------------------------------------------------------------------


def test_by_how_many_days_a_deadline_was_extended_is_counted_from_the_day_first_set():
    said = (
        garut("Bupati Garut menetapkan status tanggap darurat selama 14 hari, terhitung Senin (12/1) sampai Minggu (25/1/2026).", date="2026-01-13"),
        garut("Semula data kerusakan harus disetor paling lambat Jumat (16/1), namun batas waktu itu diperpanjang hingga Selasa (20/1/2026).", date="2026-01-13"),
    )
    outcome = run("batas setor data kerusakan rumah garut diperpanjang brp hari", "14 hari [1]", [1], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer) == "4 hari: 16 Januari 2026 hingga 20 Januari 2026", outcome.draft.answer
    assert ("days_a_day_was_moved", "rewrote") in trace(outcome)


def test_an_extension_given_to_a_new_day_is_counted_from_the_end_of_the_contract():
    said = (
        cianjur("Pekerjaan peningkatan jalan ruas Cibeber–Campaka tidak rampung sesuai masa kontrak yang berakhir Jumat (28/11/2025).", date="2025-12-02"),
        cianjur("Kontraktor diberi kesempatan menyelesaikan pekerjaan sampai Rabu, 7 Januari 2026, lewat adendum.", date="2025-12-02"),
        cianjur("Proyek itu dikerjakan dengan masa pelaksanaan 180 hari kalender.", date="2025-12-02"),
    )
    outcome = run("How many days of extra time did the contractor of the Cibeber–Campaka road get after the contract ended?", "180 days [3]", [3], *said)
    assert strip_markers(outcome.draft.answer) == "40 days: 28 November 2025 to 7 January 2026", outcome.draft.answer


def test_an_extension_whose_length_is_written_is_left_to_the_sentence():
    said = (cianjur("Status tanggap darurat longsor Cianjur diperpanjang tujuh hari hingga Minggu (1/2/2026), dari semula Minggu (25/1).", date="2026-01-26"),)
    outcome = run("Status tanggap darurat Cianjur diperpanjang berapa hari?", "7 hari [1]", [1], *said)
    assert "days_a_day_was_moved" not in dict(trace(outcome))


# ---- what_falls_days_after_the_event -------------------------------------------------------


def test_what_falls_some_days_after_an_event_is_what_a_sentence_writes_on_that_day():
    said = (
        cianjur("Pendaftaran seleksi terbuka dibuka mulai Senin (9/3) sampai Jumat (20/3/2026).", date="2026-03-05"),
        cianjur("Pengumuman hasil seleksi administrasi dijadwalkan Selasa (24/3), disusul asesmen kompetensi pada 30 Maret hingga 1 April 2026.", date="2026-03-05"),
    )
    outcome = run("In Cianjur's open selection, what is scheduled four days after registration closes?", "Selasa (24/3) [2]", [2], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer) == "24 March 2026: Pengumuman hasil seleksi administrasi dijadwalkan Selasa (24/3)", outcome.draft.answer
    assert ("what_falls_days_after_the_event", "rewrote") in trace(outcome)


def test_what_falls_some_days_after_an_event_in_a_list_by_day_is_that_days_item():
    said = (garut("Pasar murah digelar Senin (18/5/2026) di Kecamatan Tarogong, kemudian Rabu (20/5) di Karangpawitan, Kamis (21/5) di Cilawu, dan berakhir Sabtu (23/5) di Bayongbong.", date="2026-05-12"),)
    outcome = run("Apa yang dijadwalkan tiga hari setelah pasar murah di Karangpawitan?", "Kamis (21/5) [1]", [1], *said)
    assert strip_markers(outcome.draft.answer) == "23 Mei 2026: berakhir Sabtu (23/5) di Bayongbong", outcome.draft.answer


def test_a_day_something_opened_is_not_the_day_it_closed():
    said = (
        cianjur("Pendaftaran seleksi terbuka resmi dibuka Senin (16/3/2026).", date="2026-03-16"),
        cianjur("Pendaftaran ditutup Jumat (27/3/2026), dan pengumuman hasil seleksi administrasi dijadwalkan Selasa (31/3).", date="2026-03-16"),
        cianjur("Wawancara digelar Jumat (20/3/2026) bagi pelamar jabatan lain.", date="2026-03-16"),
    )
    outcome = run("What is scheduled four days after registration closes in Cianjur?", "20 Maret 2026 [3]", [3], *said)
    assert strip_markers(outcome.draft.answer).startswith("31 March 2026: pengumuman hasil seleksi administrasi"), outcome.draft.answer


def test_what_falls_a_week_after_an_event_counts_seven_days_from_its_start():
    said = (
        garut("Fogging massal putaran pertama digelar Selasa (24/3) hingga Sabtu (28/3/2026) di 12 kelurahan.", date="2026-03-20"),
        garut("Putaran kedua digelar Selasa (31/3) hingga Sabtu (4/4), di kelurahan yang sama.", date="2026-03-20"),
    )
    outcome = run("What is scheduled in Garut one week after the first round of mass fogging begins?", "Sabtu (28/3) [1]", [1], *said)
    assert strip_markers(outcome.draft.answer).startswith("31 March 2026: Putaran kedua digelar"), outcome.draft.answer
    assert ("what_falls_days_after_the_event", "rewrote") in trace(outcome)


def test_what_falls_days_after_a_two_day_stage_counts_from_its_second_day():
    said = (
        cianjur("Peserta yang lolos mengikuti uji kompetensi manajerial dan sosiokultural pada Senin–Selasa (9–10/2) di BKD Provinsi.", date="2026-01-08"),
        cianjur("Tahap penulisan makalah dan wawancara dijadwalkan Jumat (13/2).", date="2026-01-08"),
    )
    outcome = run("Tahapan seleksi terbuka apa yang dijadwalkan tiga hari setelah uji kompetensi di Cianjur selesai?", "Jumat (13/2) [2]", [2], *said)
    assert strip_markers(outcome.draft.answer) == "13 Februari 2026: Tahap penulisan makalah dan wawancara dijadwalkan Jumat (13/2)", outcome.draft.answer


def test_nothing_is_said_to_fall_on_a_day_no_sentence_writes():
    said = (cianjur("Pendaftaran seleksi terbuka ditutup Jumat (20/3/2026).", date="2026-03-05"), cianjur("Asesmen kompetensi digelar 30 Maret 2026.", date="2026-03-05"))
    outcome = run("What is scheduled four days after registration closes in Cianjur?", "30 Maret 2026 [2]", [2], *said)
    assert "what_falls_days_after_the_event" not in dict(trace(outcome))


# ---- figure_is_not_of_another_month ---------------------------------------------------------


def test_a_figure_whose_sentence_is_of_an_earlier_month_is_no_answer_for_the_month_asked():
    said = cimahi("CIMAHI, (4/6/2026) – Realisasi retribusi parkir Kota Cimahi hingga akhir Mei 2026 mencapai 38,5 persen dari target tahun ini sebesar Rp4,2 miliar.", date="2026-06-04")
    outcome = run("How much parking levy did Kota Cimahi collect in June 2026?", "Rp4,2 miliar [1]", [1], said)
    assert refused_by(outcome) == "figure_is_not_of_another_month"
    assert "Mei 2026" in outcome.refused.why


@pytest.mark.parametrize(
    "sentence",
    [
        "Sepanjang Juni 2026, retribusi parkir Kota Cimahi mencapai Rp410 juta, naik dibanding Mei 2026.",  # the asked month, beside a base
        "Retribusi parkir Kota Cimahi kini Rp410 juta, naik dibanding Mei 2026.",  # a month named only as the base compared with
        "Sejak Januari 2026, retribusi parkir Kota Cimahi mencapai Rp410 juta.",  # a running count from a month on
        "Retribusi parkir Kota Cimahi mencapai Rp410 juta, kata Kepala Dishub, Senin (29/6/2026).",  # a day's date names no month
    ],
)
def test_a_figure_of_the_asked_month_or_of_no_other_month_stands(sentence):
    said = cimahi(sentence, date="2026-06-30")
    outcome = run("How much parking levy did Kota Cimahi collect in June 2026?", "Rp410 juta [1]", [1], said)
    assert "figure_is_not_of_another_month" not in dict(trace(outcome)), trace(outcome)


def test_an_amount_set_as_a_target_is_not_what_was_collected():
    said = cimahi("Kepala Bapenda mengatakan target pajak daerah tahun ini ditetapkan Rp165 miliar, naik dari target 2025 sebesar Rp152 miliar.", date="2026-06-08")
    outcome = run("How much local tax did Kota Cimahi collect in 2026?", "Rp165 miliar [1]", [1], said)
    assert refused_by(outcome) == "count_is_not_a_target"
    asked = run("Berapa target pajak daerah Kota Cimahi tahun 2026?", "Rp165 miliar [1]", [1], said)
    assert accepted(asked), trace(asked)


# ---- target_is_written_as_one --------------------------------------------------------------


def test_a_target_asked_is_not_answered_with_what_came_in():
    said = cimahi("Menurut jenisnya, penerimaan hingga April terdiri atas pajak restoran Rp3,1 miliar dan pajak parkir Rp1,4 miliar.", date="2026-05-05")
    outcome = run("Berapa target penerimaan pajak parkir Kota Cimahi tahun 2026?", "Rp1,4 miliar [1]", [1], said)
    assert refused_by(outcome) == "target_is_written_as_one"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun ini target pajak parkir Kota Cimahi dipatok Rp4,8 miliar.",
        "Bapenda menargetkan penerimaan pajak parkir Rp4,8 miliar pada 2026.",
    ],
)
def test_a_target_written_as_one_answers_a_target_asked(sentence):
    outcome = run("Berapa target penerimaan pajak parkir Kota Cimahi tahun 2026?", "Rp4,8 miliar [1]", [1], cimahi(sentence, date="2026-05-05"))
    assert "target_is_written_as_one" not in dict(trace(outcome)), trace(outcome)


# ---- count_is_not_a_target ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tahun ini pihaknya berharap jumlah pelamar bisa menembus 50 orang.",
        "Jumlah pelamar itu sudah melampaui target 50 orang yang dipasang panitia.",
        "Panitia menargetkan sedikitnya 50 pelamar, kata Rina.",
    ],
)
def test_a_hoped_for_or_target_number_is_not_how_many_there_were(sentence):
    outcome = run("Berapa pelamar seleksi terbuka Pemkab Subang pada Februari 2026?", "50 pelamar [1]", [1], subang(sentence, date="2026-02-16"))
    assert refused_by(outcome) == "count_is_not_a_target"


def test_a_hope_about_those_counted_is_not_a_target():
    said = subang("Bupati berharap 63 pelamar yang mendaftar itu bersaing sehat, kata Rina.", date="2026-02-16")
    assert accepted(run("Berapa pelamar seleksi terbuka Pemkab Subang pada Februari 2026?", "63 pelamar [1]", [1], said))


def test_a_count_beside_a_target_and_a_question_asking_the_target_stand():
    said = subang("Panitia menerima 63 pelamar, melampaui target 50 orang.", date="2026-02-16")
    assert accepted(run("Berapa pelamar seleksi terbuka Pemkab Subang pada Februari 2026?", "63 pelamar [1]", [1], said))
    assert accepted(run("What was the target number of applicants for Subang's open selection in February 2026?", "50 [1]", [1], said))


# ---- cited_from_asked_government ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Berapa pejabat yang dilantik Wali Kota Cimahi?",
        "How many officials did Cimahi City swear in?",
        "berapa pejabat yg dilantik pemkot cimahi",
        "What was Kota Cimahi's inauguration tally as of March 2026?",  # a question of no kind of ours: still Cimahi's
    ],
)
def test_an_answer_about_another_government_than_asked_is_refused(question):
    outcome = run(question, "42 pejabat [1]", [1], garut("Bupati Garut Hendra Permana melantik 42 pejabat."))
    assert refused_by(outcome) == "cited_from_asked_government"
    assert outcome.refused.why == "the cited sentences are about Kabupaten Garut, not Kota Cimahi"


@pytest.mark.parametrize(
    "question", ["What percentage of Kota Cimahi's APBD had been spent by March 2026?", "Serapan APBD Pemkot Cimahi sampai Maret 2026 berapa persen?"]
)
def test_a_figure_is_the_asked_governments_though_a_sentence_of_it_is_cited_beside(question):
    beside = cimahi("Wali Kota Cimahi meminta 17 OPD mempercepat belanja, Senin (2/3/2026).")
    figure = garut("Realisasi belanja APBD Garut hingga Maret 2026 mencapai 17,03 persen.")
    outcome = run(question, "17.03% [1][2]", [1, 2], beside, figure)
    assert refused_by(outcome) == "cited_from_asked_government"
    assert outcome.refused.why == "the cited sentences are about Kabupaten Garut, not Kota Cimahi"
    # read off the other article's headline
    headline = garut("Bagian Prokopim Setda Kabupaten Garut", title="Realisasi Belanja APBD Garut Triwulan I 2026 Tembus 17,03 Persen")
    assert refused_by(run(question, "17.03% [1][2]", [1, 2], beside, headline)) == "cited_from_asked_government"
    # the asked government's own figure, cited beside another's sentence, passes
    own = cimahi("Realisasi belanja APBD Cimahi hingga Maret 2026 mencapai 21,5 persen.")
    assert accepted(run(question, "21,5 persen [1][2]", [1, 2], own, figure))


def test_an_answer_about_a_third_government_is_refused_when_the_asked_name_is_two_governments():
    # "in Banjar" is Kota Banjar or Kabupaten Banjar to the index; an article about Garut is neither
    said = (garut("BPBD Garut mencatat 23 rumah rusak berat, 41 rusak sedang, dan 68 rusak ringan."), banjar("Banjir merendam lima kecamatan di Banjar.", doc="banjar-banjir.txt"))
    question = "How many houses were damaged by the flood in Banjar?"
    assert set(parse(question, [*KNOWN, "Kabupaten Garut", "Kota Banjar", "Kabupaten Banjar"]).governments) == {"Kota Banjar", "Kabupaten Banjar"}
    outcome = rules.run(rules.Draft(parse(question, [*KNOWN, "Kabupaten Garut", "Kota Banjar", "Kabupaten Banjar"]), context(*said), "132 [1]", [1]))
    assert refused_by(outcome) == "cited_from_asked_government", trace(outcome)


# ---- not_the_questions_own_number -----------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Dari 42 pejabat yang dilantik Bupati Garut, berapa yang eselon IV?",
        "Dari empat puluh dua pejabat yang dilantik Bupati Garut, berapa yang eselon IV?",
        "Of the 42 officials the regent of Garut swore in, how many were echelon IV?",
    ],
)
def test_an_answer_that_only_repeats_the_questions_number_is_refused(question):
    sentence = garut("Dari 42 pejabat yang dilantik, pejabat eselon IV berjumlah 30 orang.")
    outcome = run(question, "42 pejabat [1]", [1], sentence)
    assert refused_by(outcome) == "not_the_questions_own_number"
    assert accepted(run(question, "30 pejabat [1]", [1], sentence))


# ---- counted_thing_in_evidence --------------------------------------------------------------


@pytest.mark.parametrize("question", ["Berapa jumlah penduduk Kota Banjar?", "What is the population of Banjar City?"])
def test_a_count_of_something_else_than_asked_is_refused(question):
    sentence = banjar("Pemkot Banjar melantik 25 pejabat di Gedung Dakwah.")
    outcome = run(question, "25 [1]", [1], sentence)
    assert refused_by(outcome) == "counted_thing_in_evidence"
    assert outcome.refused.why == "what the question counts (penduduk) is in no cited sentence"


def test_an_english_count_of_an_everyday_noun_is_backed_by_its_indonesian_word():
    # "women" had no Indonesian form, so no sentence could ever back a count of women
    sentence = garut("Dari 42 pejabat yang dilantik, 17 di antaranya perempuan.")
    assert accepted(run("How many women were among the officials the Garut regent swore in?", "17 [1]", [1], sentence))
    assert refused_by(run("How many volunteers joined the Garut clean-up?", "17 [1]", [1], sentence)) == "counted_thing_in_evidence"


def test_an_english_count_of_one_kind_of_a_thing_needs_that_kind_written():
    said = garut("DLH Garut mencatat timbunan sampah mencapai 118 ton per hari.")
    outcome = run("How many plastic waste tons does Garut produce each day?", "118 [1]", [1], said)
    assert refused_by(outcome) == "counted_thing_in_evidence" and "plastic" in outcome.refused.why
    plastic = garut("Dari timbunan itu, sampah plastik mencapai 21 ton per hari.")
    assert accepted(outcome := run("How many plastic waste tons does Garut produce each day?", "21 [2]", [2], said, plastic)), trace(outcome)
    # a short word is a word, not the start of a name: "jati" (teak) is not "Jatiroto"
    planted = garut("Sebanyak 25.000 bibit ditanam di Kecamatan Jatiroto.")
    assert refused_by(run("How many teak seedlings were planted in Garut?", "25.000 [1]", [1], planted)) == "counted_thing_in_evidence"
    # a word the glossary does not know may be written any way
    assert accepted(run("How many Garut waste tons were produced each day?", "118 [1]", [1], said))


def test_an_english_plural_is_found_in_the_singular_indonesian_writes():
    said = cianjur("Vaksin untuk Cianjur diterima dalam dua kiriman, yakni 900 vial dan 550 vial.", date="2026-02-20")
    outcome = run("How many vials of polio vaccine did Cianjur receive in February 2026?", "900 + 550 [1]", [1], said)
    assert "counted_thing_in_evidence" not in dict(trace(outcome)) and accepted(outcome), trace(outcome)


def test_the_counted_thing_may_be_named_in_the_headline_of_the_cited_article():
    sentence = "Sebanyak 12 orang dilantik Bupati Garut Hendra Permana di Pendopo Garut."
    question = "Berapa camat yang dilantik Bupati Garut?"
    assert accepted(run(question, "12 camat [1]", [1], garut(sentence, title="Bupati Garut Lantik 12 Camat Baru")))
    assert refused_by(run(question, "12 camat [1]", [1], garut(sentence))) == "counted_thing_in_evidence"


def test_a_word_the_glossary_only_guesses_at_does_not_refuse_a_count():
    # "daily" would be "daili" by the loanword rules, a word no article writes: news says "per hari"
    said = garut("Denda keterlambatan proyek Pasar Guntur ditetapkan satu permil dari nilai kontrak, atau Rp 12,4 juta per hari.")
    outcome = run("How much is the daily late-completion fine in Garut's Pasar Guntur contract?", "Rp 12,4 juta [1]", [1], said)
    assert "counted_thing_in_evidence" not in dict(trace(outcome)) and accepted(outcome), trace(outcome)


def test_a_count_of_civil_servants_is_backed_by_asn():
    sentence = cimahi("Pemkot Cimahi merotasi 25 aparatur sipil negara (ASN) di lingkungan Dinas Pendidikan.")
    assert accepted(run("How many civil servants did Pemkot Cimahi rotate?", "25 civil servants [1]", [1], sentence))


def test_a_count_of_heads_of_something_else_is_refused():
    question = "How many school principals did Pemkot Cimahi rotate?"
    # "principals" is "kepala sekolah", one term: the "kepala" of every office head is not it.
    sentence = cimahi("Pemkot Cimahi merotasi 44 pejabat, termasuk kepala dinas dan kepala bagian.")
    assert refused_by(run(question, "44 [1]", [1], sentence)) == "counted_thing_in_evidence"
    principals = cimahi("Pemkot Cimahi merotasi 44 kepala sekolah dasar.")
    assert accepted(run(question, "44 [1]", [1], principals))


def test_a_count_named_by_an_english_loanword_is_backed_by_its_indonesian_spelling():
    sentence = cimahi("Dari 412 sampel urine pejabat Pemkot Cimahi, 409 dinyatakan negatif.")
    assert accepted(run("How many urine samples of Pemkot Cimahi officials came back negative?", "409 samples [1]", [1], sentence))


def test_a_count_is_backed_by_any_indonesian_word_for_what_the_question_counts():
    said = cimahi("Hingga penutupan, Dinas Pendidikan Kota Cimahi mencatat 2.418 pendaftar jalur afirmasi.")
    assert accepted(run("How many applications did Cimahi's state junior high schools receive?", "2.418 [1]", [1], said))


@pytest.mark.parametrize("question", ["How many people lost their homes in the Kota Banjar fire?", "How many pupils in Kota Banjar got the first dose?"])
def test_people_of_no_named_kind_and_pupils_are_backed_by_the_words_news_counts_them_in(question):
    said = banjar("Sebanyak 63 kepala keluarga atau 212 jiwa kehilangan tempat tinggal, dan 212 siswa sudah menerima dosis pertama.")
    assert accepted(run(question, "212 [1]", [1], said))


@pytest.mark.parametrize("question", ["Berapa anggaran perbaikan jalan Kota Banjar?", "How much was the road repair budget of Kota Banjar?"])
def test_money_for_another_purpose_is_refused(question):
    health = banjar("Pemkot Banjar menyiapkan anggaran Rp 5,1 miliar untuk penanganan TBC.")
    assert refused_by(run(question, "Rp 5,1 miliar [1]", [1], health)) == "counted_thing_in_evidence"
    roads = banjar("Anggaran perbaikan jalan yang disiapkan Pemkot Banjar mencapai Rp 5,1 miliar.")
    assert accepted(run(question, "Rp 5,1 miliar [1]", [1], roads))


# ---- asked_government_is_indexed ------------------------------------------------------------


def test_a_question_about_a_government_no_article_covers_is_not_answered_from_another():
    sentence = banjar("Realisasi belanja APBD 2025 Pemkot Banjar mencapai 90,4 persen.", date="2026-02-10")
    outcome = run("Berapa persen realisasi APBD 2025 Kabupaten Pekalongan?", "90,4 persen [1]", [1], sentence)
    assert refused_by(outcome) == "asked_government_is_indexed"
    assert outcome.refused.why == "no article of the index is about Kabupaten Pekalongan"


@pytest.mark.parametrize("question", ["wali kota magelang lantik brp pejabat jan 2026?", "How many officials did the Bupati Purworejo swear in in January 2026?"])
def test_a_region_named_after_a_title_that_no_article_covers_is_not_answered_from_another(question):
    sentence = banjar("Wali Kota Banjar melantik 158 pejabat, Senin (12/1/2026).", date="2026-01-12")
    assert refused_by(run(question, "158 [1]", [1], sentence)) == "asked_government_is_indexed"


def test_a_person_named_after_a_title_is_no_unknown_region_when_the_cited_article_names_them():
    sentence = banjar("Wali Kota Banjar Sudarsono melantik 158 pejabat, Senin (12/1/2026).", date="2026-01-12")
    assert refused_by(run("wali kota sudarsono lantik brp pejabat jan 2026?", "158 [1]", [1], sentence)) != "asked_government_is_indexed"


def test_a_government_the_index_lacks_may_be_answered_where_the_cited_sentence_names_it():
    sentence = banjar("Pemkot Banjar belajar dari Kabupaten Pekalongan, yang serapannya mencapai 95 persen.", date="2026-02-10")
    outcome = run("Berapa persen serapan anggaran Kabupaten Pekalongan?", "95 persen [1]", [1], sentence)
    assert refused_by(outcome) != "asked_government_is_indexed"


def test_a_region_written_only_inside_a_longer_held_region_is_not_that_region():
    held = article_of("Kabupaten Tanah Datar", "tanahdatar-blt.txt")
    sentence = held("Penerima BLT Dana Desa di Kabupaten Tanah Datar tahun 2026 sebanyak 3.120 KPM.", date="2026-02-10")
    outcome = run("Berapa jumlah KPM BLT Dana Desa di Kabupaten Datar tahun 2026?", "3.120 KPM [1]", [1], sentence)
    assert refused_by(outcome) == "asked_government_is_indexed"
    assert outcome.refused.why.endswith("Datar is written only in Tanah Datar")
    # an article about the longer region that names the shorter one as well answers for it
    beside = held("Jumlah itu lebih banyak dari Kabupaten Datar yang hanya 2.400 KPM.", date="2026-02-10")
    assert refused_by(run("Berapa jumlah KPM BLT Dana Desa di Kabupaten Datar tahun 2026?", "2.400 KPM [2]", [2], sentence, beside)) != "asked_government_is_indexed"


@pytest.mark.parametrize(
    "question",
    ["brp pejabat yg dilantik pemkab cimahi bulan maret 2026?", "How many officials did the Cimahi Regency swear in in March 2026?", "Berapa pejabat dilantik Bupati Cimahi pada Maret 2026?"],
)
def test_a_regency_is_not_answered_from_the_city_of_its_name(question):
    sentence = cimahi("Wali Kota Cimahi melantik 64 pejabat, Senin (2/3/2026).", date="2026-03-02")
    outcome = run(question, "64 [1]", [1], sentence)
    assert refused_by(outcome) == "asked_government_is_indexed"
    assert outcome.refused.why.endswith("the cited ones are about Kota Cimahi")


@pytest.mark.parametrize("question", ["Berapa pejabat dilantik Pemkot Cimahi pada Maret 2026?", "berapa pejabat dilantik di kota cimahi maret 2026?", "How many officials did Cimahi swear in in March 2026?"])
def test_the_city_asked_by_its_own_level_or_by_name_alone_is_answered(question):
    sentence = cimahi("Wali Kota Cimahi melantik 64 pejabat, Senin (2/3/2026).", date="2026-03-02")
    assert accepted(run(question, "64 [1]", [1], sentence))


def test_the_town_of_a_regency_is_not_taken_for_a_city_the_index_lacks():
    # "kota Garut" is Garut's town as often as a government: only Pemkot/Wali Kota say the city
    sentence = garut("Bupati Garut Hendra Permana melantik 35 pejabat, Senin (2/3/2026).")
    assert accepted(run("berapa pejabat dilantik di kota garut maret 2026?", "35 [1]", [1], sentence))


# ---- unstated_count_is_the_cited_items ------------------------------------------------------

CIANJUR_MARCH = (
    cianjur("Bupati Cianjur melantik 263 pejabat di Pendopo Cianjur, Senin (2/3/2026).", date="2026-03-02"),
    cianjur("Mereka terdiri atas tujuh JPT pratama, 48 pejabat administrator, 139 pejabat pengawas, dan 69 pejabat fungsional.", date="2026-03-02"),
)


def test_a_count_no_sentence_states_is_the_count_the_cited_sentences_give_for_the_item():
    # 181 read off another article's headline; the cited breakdown gives 139 for the supervisors.
    june = garut("Wabup Garut melantik pejabat di Gedung Pendopo, Rabu (10/6/2026).", date="2026-06-10", title="Wabup Garut Lantik 181 Pejabat")
    outcome = run("pelantikan pemkab cianjur maret kemarin, pejabat pengawasnya ada brp org?", "181 [1][2]", [1, 2], *CIANJUR_MARCH, june)
    assert accepted(outcome), trace(outcome)
    assert (outcome.draft.answer, outcome.draft.cited) == ("139 pejabat pengawas [2]", [2])
    assert ("unstated_count_is_the_cited_items", "rewrote") in trace(outcome)


@pytest.mark.parametrize(
    "question",
    [
        "How many officials did Pemkab Cianjur swear in in March 2026?",  # officials in general: no item count to read
        "Berapa pejabat eselon II yang dilantik Pemkab Cianjur pada Maret 2026?",  # the cited sentences give none for it
    ],
)
def test_an_unstated_count_without_one_item_count_to_read_is_refused(question):
    outcome = run(question, "999 [1][2]", [1, 2], *CIANJUR_MARCH)
    assert refused_by(outcome) == "numbers_in_cited_sentences"


# ---- count_is_of_the_asked_event -------------------------------------------------------------

SELECTION = (
    "Pemkot Cimahi membuka seleksi terbuka bagi pejabat untuk mengisi lima jabatan pimpinan tinggi pratama, Senin (12/1/2026). "
    "Kelima jabatan itu antara lain Kepala Dinas Kesehatan dan Kepala Dinas Sosial."
)
SWEARING_IN = (
    "Wali Kota Cimahi Ngatiyana melantik 64 pejabat di Gedung Technopark, Senin (12/1/2026). "
    "Ke-64 pejabat itu terdiri atas lima JPT pratama, 20 pejabat administrator, dan 39 pejabat pengawas."
)


def _whole(text: str):
    return lambda doc: text


def test_a_count_of_posts_on_offer_is_not_a_count_of_officials_sworn_in():
    offer = cimahi("Pemkot Cimahi membuka seleksi terbuka bagi pejabat untuk mengisi lima jabatan pimpinan tinggi pratama, Senin (12/1/2026).", date="2026-01-12")
    outcome = run("How many officials did Pemkot Cimahi swear in in January 2026?", "5 [1]", [1], offer, article=_whole(SELECTION))
    assert refused_by(outcome) == "count_is_of_the_asked_event"


def test_devices_still_to_install_are_counted_from_sentences_about_their_installing():
    target = "Bapenda Cimahi menargetkan 125 alat perekam transaksi (tapping box) terpasang di restoran dan hotel tahun ini."
    done = "Hingga akhir Mei, baru 86 unit yang terpasang."
    said = (cimahi(target, date="2026-06-08"), cimahi(done, date="2026-06-08"))
    question = "How many more tapping boxes does Cimahi still need to install to hit this year's target?"
    outcome = run(question, "39 (125 - 86) [1][2]", [1, 2], *said, article=_whole(f"{target} {done}"))
    assert "count_is_of_the_asked_event" not in [rule for rule, _ in trace(outcome)] and accepted(outcome), trace(outcome)
    # officials installed are still counted from a swearing-in
    offer = cimahi("Pemkot Cimahi membuka seleksi terbuka bagi pejabat untuk mengisi lima jabatan pimpinan tinggi pratama, Senin (12/1/2026).", date="2026-01-12")
    installed = run("How many officials did Pemkot Cimahi install in January 2026?", "5 [1]", [1], offer, article=_whole(SELECTION))
    assert refused_by(installed) == "count_is_of_the_asked_event"


@pytest.mark.parametrize(
    "sentence, answer",
    [
        ("Wali Kota Cimahi Ngatiyana melantik 64 pejabat di Gedung Technopark, Senin (12/1/2026).", "64 pejabat [1]"),
        ("Ke-64 pejabat itu terdiri atas lima JPT pratama, 20 pejabat administrator, dan 39 pejabat pengawas.", "64 [1]"),  # the sentence before says so
    ],
)
def test_a_count_from_a_swearing_in_or_the_sentence_after_it_stands(sentence, answer):
    said = cimahi(sentence, date="2026-01-12")
    outcome = run("Berapa pejabat yang dilantik Pemkot Cimahi pada Januari 2026?", answer, [1], said, article=_whole(SWEARING_IN))
    assert "count_is_of_the_asked_event" not in [rule for rule, _ in trace(outcome)]


@pytest.mark.parametrize(
    "question",
    ["At Cimahi's January 2026 swearing-in, how many of the administrators were camat?", "Berapa camat di antara pejabat administrator yang dilantik Pemkot Cimahi Januari 2026?"],
)
def test_a_count_taken_out_of_a_whole_sworn_in_is_of_the_swearing_in(question):
    whole = SWEARING_IN + " Baca juga: Banjir di Cimahi. Dari 20 pejabat administrator, tujuh di antaranya adalah camat."
    said = cimahi("Dari 20 pejabat administrator, tujuh di antaranya adalah camat.", date="2026-01-12")
    outcome = run(question, "7 [1]", [1], said, article=_whole(whole))
    assert "count_is_of_the_asked_event" not in [rule for rule, _ in trace(outcome)]
    # a whole the article states of no swearing-in does not make one
    offer = SELECTION + " Dari 20 pejabat administrator yang mendaftar, tujuh di antaranya adalah camat."
    said = cimahi("Dari 20 pejabat administrator yang mendaftar, tujuh di antaranya adalah camat.", date="2026-01-12")
    assert refused_by(run(question, "7 [1]", [1], said, article=_whole(offer))) == "count_is_of_the_asked_event"


EVACUATION = (
    "Banjir merendam tiga kecamatan di Garut, Rabu (11/3/2026). Total warga terdampak mencapai 1.432 kepala keluarga (KK). "
    "Sebanyak 736 jiwa dari 218 KK mengungsi di lima titik pengungsian."
)


@pytest.mark.parametrize(
    "question", ["How many families were displaced to evacuation shelters by the Garut flood?", "Berapa KK yang mengungsi akibat banjir Garut Maret 2026?"]
)
def test_a_count_of_those_affected_is_not_a_count_of_those_who_fled(question):
    affected = garut("Total warga terdampak mencapai 1.432 kepala keluarga (KK).", date="2026-03-11")
    outcome = run(question, "1.432 KK [1]", [1], affected, article=_whole(EVACUATION))
    assert refused_by(outcome) == "count_is_of_the_asked_event" and "evacuation" in outcome.refused.why
    fled = garut("Sebanyak 736 jiwa dari 218 KK mengungsi di lima titik pengungsian.", date="2026-03-11")
    outcome = run(question, "218 KK [1]", [1], fled, article=_whole(EVACUATION))
    assert accepted(outcome), trace(outcome)


# ---- count_is_of_the_asked_kind -------------------------------------------------------------


FLOOD = (
    garut("Banjir merendam 1.034 rumah, sedangkan Kecamatan Tulakan dan Ngadirojo dengan total 93 rumah."),
    garut("Sebanyak 1.287 jiwa dari 402 KK mengungsi ke balai desa."),
)


def test_a_count_of_houses_does_not_answer_how_many_people():
    outcome = run("Berapa warga Kecamatan Tulakan yang mengungsi akibat banjir di Garut?", "93 [1]", [1], *FLOOD)
    assert refused_by(outcome) == "count_is_of_the_asked_kind" and rules.BY_NAME["count_is_of_the_asked_kind"].retry == "elsewhere"


def test_a_count_written_with_the_asked_kind_or_an_unknown_noun_passes():
    houses = run("Berapa rumah terendam banjir di Garut?", "1.034 rumah [1]", [1], *FLOOD)
    assert "count_is_of_the_asked_kind" not in dict(trace(houses))
    people = run("Berapa jiwa yang mengungsi akibat banjir di Garut?", "1.287 jiwa [2]", [2], *FLOOD)
    assert accepted(people) and "count_is_of_the_asked_kind" not in dict(trace(people))


AFFECTED = (
    garut("Total warga terdampak banjir di Garut mencapai 1.432 kepala keluarga (KK)."),
    garut("Sebanyak 736 jiwa mengungsi di lima titik pengungsian."),
)


@pytest.mark.parametrize(
    "question, answer, cited",
    [
        ("How many families were displaced to evacuation shelters by the Garut flood?", "736 jiwa mengungsi [2]", [2]),
        ("Berapa KK yang mengungsi akibat banjir di Garut?", "736 [2]", [2]),
        ("Berapa jiwa warga Garut yang terdampak banjir?", "1.432 [1]", [1]),
        ("How many people were affected by the flood in Garut?", "1.432 [1]", [1]),
    ],
)
def test_a_count_asked_in_people_or_in_families_is_not_answered_in_the_other(question, answer, cited):
    assert refused_by(run(question, answer, cited, *AFFECTED)) == "count_is_of_the_asked_kind"


@pytest.mark.parametrize("question", ["How many households were affected by the Garut flood?", "Berapa KK yang terdampak banjir di Garut?"])
def test_a_count_in_people_becomes_the_count_in_families_the_same_sentence_gives_beside_it(question):
    said = garut("BPBD Garut mencatat banjir berdampak pada 2.318 kepala keluarga (KK) atau 7.904 jiwa.")
    outcome = run(question, "7.904 [1]", [1], said)
    assert ("count_is_of_the_asked_kind", "rewrote") in trace(outcome) and accepted(outcome), trace(outcome)
    assert outcome.draft.answer.startswith("2.318 kepala keluarga")
    # a count of people with no families beside it is still refused
    assert not accepted(run(question, "7.904 [1]", [1], garut("BPBD Garut mencatat banjir berdampak pada 7.904 jiwa.")))


def test_families_still_count_those_asked_by_a_noun_of_neither():
    outcome = run("Berapa warga Garut yang terdampak banjir?", "1.432 KK [1]", [1], *AFFECTED)
    assert "count_is_of_the_asked_kind" not in dict(trace(outcome))
    assert accepted(run("Berapa KK warga Garut yang terdampak banjir?", "1.432 KK [1]", [1], *AFFECTED))


DENGUE = (
    garut("Dinkes mencatat 312 kasus demam berdarah dengue sejak awal tahun."),
    garut("Sebanyak 9 pasien di antaranya meninggal dunia."),
    garut("Kasus terbanyak tercatat di Kecamatan Tarogong Kidul dengan 58 kasus, disusul Kecamatan Karangpawitan 41 kasus."),
)


def test_a_count_of_cases_does_not_answer_how_many_died():
    outcome = run("How many of Garut's dengue deaths were in Kecamatan Tarogong Kidul?", "58 [3]", [3], *DENGUE)
    assert refused_by(outcome) == "count_is_of_the_asked_kind"


@pytest.mark.parametrize("question", ["How many people died of dengue in Garut?", "brp org yg meninggal krn dbd di garut?"])
def test_asked_how_many_people_died_a_count_of_cases_is_refused_and_the_dead_pass(question):
    outcome = run(question, "312 [1]", [1], *DENGUE)
    assert refused_by(outcome) == "count_is_of_the_asked_kind" and "deaths were asked" in outcome.refused.why
    assert accepted(outcome := run(question, "9 [1][2]", [1, 2], *DENGUE)), trace(outcome)


def test_one_part_of_a_combined_question_is_checked_for_the_asked_kind_too():
    # "How many people died of dengue in January-April 2026 and the same period of 2025, combined?"
    # is asked one period at a time; a part answered with the cases is no count of the dead
    outcome = run("How many people died of dengue in Garut in January-April 2026?", "312 [1]", [1], *DENGUE, part=True)
    assert refused_by(outcome) == "count_is_of_the_asked_kind"
    assert accepted(outcome := run("How many people died of dengue in Garut in January-April 2026?", "9 [2]", [2], *DENGUE, part=True)), trace(outcome)


def test_a_death_count_is_written_with_any_word_for_dying():
    outcome = run("Berapa kematian akibat DBD di Garut?", "9 [2]", [2], *DENGUE)
    assert accepted(outcome), trace(outcome)


def test_deaths_and_cases_counted_as_patients_pass():
    died = run("Berapa korban meninggal akibat DBD di Garut?", "9 [2]", [2], *DENGUE)
    assert accepted(died) and "count_is_of_the_asked_kind" not in dict(trace(died))
    cases = run("How many dengue cases did Kecamatan Tarogong Kidul record?", "58 kasus [3]", [3], *DENGUE)
    assert "count_is_of_the_asked_kind" not in dict(trace(cases))


# ---- count_is_of_the_asked_group ------------------------------------------------------------

INCENTIVE = garut("Insentif Rp500 ribu per bulan diberikan kepada 2.310 guru ngaji, serta kepada petani penggarap lahan wakaf di 14 desa.", date="2026-05-04")


@pytest.mark.parametrize("question", ["Berapa petani penggarap yang menerima insentif di Garut?", "How many farmers received the monthly incentive in Garut?"])
def test_a_count_of_one_group_does_not_answer_for_another_the_sentence_names_without_a_number(question):
    outcome = run(question, "2.310 [1]", [1], INCENTIVE)
    assert refused_by(outcome) == "count_is_of_the_asked_group" and "2310 guru ngaji" in outcome.refused.why
    assert rules.BY_NAME["count_is_of_the_asked_group"].retry == "elsewhere"


def test_a_count_of_the_asked_group_or_of_anyone_passes():
    teachers = run("Berapa guru ngaji yang menerima insentif di Garut?", "2.310 guru ngaji [1]", [1], INCENTIVE)
    assert accepted(teachers), trace(teachers)
    anyone = garut("Bantuan beras diberikan kepada 736 jiwa, serta kepada lansia yang tinggal sendiri.", date="2026-05-04")
    elderly = run("Berapa lansia yang menerima bantuan beras di Garut?", "736 [1]", [1], anyone)
    assert "count_is_of_the_asked_group" not in dict(trace(elderly))


# ---- count_is_of_the_asked_part -------------------------------------------------------------


SWORN = (
    cimahi("Wali Kota Cimahi Dedi Kusnadi melantik 42 pejabat di Gedung Technopark, Senin (9/3/2026)."),
    cimahi("Dari 42 pejabat yang dilantik, 17 di antaranya perempuan."),
)


@pytest.mark.parametrize(
    "question",
    ["How many of the officials sworn in by the Cimahi mayor were women?", "Dari pejabat yang dilantik Wali Kota Cimahi, berapa yang perempuan?"],
)
def test_asked_how_many_of_a_group_were_women_the_count_is_the_one_written_beside_the_word(question):
    assert accepted(outcome := run(question, "17 [2]", [2], *SWORN)), trace(outcome)
    outcome = run(question, "42 [1]", [1], *SWORN)
    assert refused_by(outcome) == "count_is_of_the_asked_part" and rules.BY_NAME["count_is_of_the_asked_part"].retry == "elsewhere"


def test_the_count_after_and_is_of_the_next_kind_not_the_asked_one():
    said = cimahi("Bank sampah itu punya 2.840 nasabah. Sebanyak 2.136 nasabah di antaranya perempuan dan 704 laki-laki.")
    question = "How many of Cimahi's waste bank customers are women?"
    assert refused_by(run(question, "704 [1]", [1], said)) == "count_is_of_the_asked_part"
    assert accepted(outcome := run(question, "2.136 [1]", [1], said)), trace(outcome)


def test_a_group_with_no_count_of_the_part_asked_does_not_answer_it():
    # the office's name holds the word, but no count of women is written
    said = cimahi("Wali Kota Cimahi melantik 42 pejabat, termasuk Kepala Dinas Pemberdayaan Perempuan yang baru.")
    outcome = run("How many of the officials sworn in by the Cimahi mayor were women?", "42 [1]", [1], said)
    assert refused_by(outcome) == "count_is_of_the_asked_part"


def test_a_count_of_a_kind_asked_outright_is_not_a_part_of_a_group():
    outcome = run("How many women did the Cimahi mayor swear in?", "17 [2]", [2], *SWORN)
    assert "count_is_of_the_asked_part" not in dict(trace(outcome))


# ---- count_is_of_the_asked_post -------------------------------------------------------------


def test_a_count_for_one_post_is_not_the_count_for_every_post():
    said = (
        subang("Pendaftaran diikuti 17 pelamar untuk tiga jabatan."),
        subang("Dari 17 pelamar, 15 orang lolos seleksi administrasi."),
        subang("Jabatan Kepala Dinas Perhubungan menjadi yang paling diminati dengan tujuh pelamar."),
    )
    overall = run("How many people applied for the head of the transport office (Dishub) post in Subang?", "15 [2]", [2], *said)
    assert refused_by(overall) == "count_is_of_the_asked_post" and rules.BY_NAME["count_is_of_the_asked_post"].retry == "elsewhere"
    own = run("Berapa pelamar jabatan Kepala Dishub Subang?", "7 [3]", [3], *said)
    assert accepted(own) and "count_is_of_the_asked_post" not in dict(trace(own))


def test_a_count_after_a_list_of_posts_is_the_count_for_all_of_them():
    listed = subang("Ada 26 pendaftar, yakni delapan untuk Kepala Dinsos, 11 untuk Kepala Dinkes, dan tujuh untuk Kepala Bapenda.")
    passed = subang("Sebanyak 21 orang lolos seleksi administrasi.")
    one = subang("Jabatan Kepala Dinkes diminati 11 pendaftar.")
    article = lambda doc: f"{listed.text} {passed.text}"  # noqa: E731
    question = "How many of the applicants for the Subang health office (Dinkes) post passed the administrative screening?"
    assert refused_by(run(question, "21 [2]", [2], listed, passed, article=article)) == "count_is_of_the_asked_post"
    # the sentence before names one post only: the count after it is that post's
    article = lambda doc: f"{one.text} {passed.text}"  # noqa: E731
    assert "count_is_of_the_asked_post" not in dict(trace(run(question, "21 [2]", [2], one, passed, article=article)))


# ---- count_is_of_the_asked_stage ------------------------------------------------------------


STAGES = (
    garut("Seleksi terbuka empat jabatan Kepala Dinas diikuti 41 pelamar."),
    garut("Jabatan Kepala Dinas Pendidikan paling diminati dengan 14 pelamar."),
    garut("Dari jumlah itu, 33 orang dinyatakan lolos seleksi administrasi."),
)


def test_applicants_for_one_post_do_not_answer_how_many_passed():
    outcome = run("Berapa pelamar Kepala Dinas Pendidikan Garut yang lolos seleksi administrasi?", "14 [2]", [2], *STAGES)
    assert refused_by(outcome) == "count_is_of_the_asked_stage"


def test_those_who_passed_do_not_answer_how_many_applied():
    outcome = run("How many people applied in Garut's open selection?", "33 [3]", [3], *STAGES)
    assert refused_by(outcome) == "count_is_of_the_asked_stage"


def test_officials_sworn_in_do_not_answer_how_many_applied():
    said = (*STAGES, garut("Bupati Garut melantik 163 pejabat administrator dan pengawas."))
    outcome = run("How many people applied for Garut's open selection?", "163 [4]", [4], *said)
    assert refused_by(outcome) == "count_is_of_the_asked_stage"


def test_a_count_written_with_its_asked_stage_passes():
    passed = run("How many applicants passed the administrative screening in Garut's open selection?", "33 [3]", [3], *STAGES)
    assert "count_is_of_the_asked_stage" not in dict(trace(passed))
    applied = run("Berapa orang yang mendaftar seleksi terbuka di Garut?", "41 pelamar [1]", [1], *STAGES)
    assert accepted(applied) and "count_is_of_the_asked_stage" not in dict(trace(applied))


@pytest.mark.parametrize("question", ["How many applicants made it through the administrative screening in Garut's open selection?", "Of those who applied in Garut, how many got through the admin check?"])
def test_made_it_through_asks_who_passed(question):
    assert "count_is_of_the_asked_stage" not in dict(trace(run(question, "33 [3]", [3], *STAGES)))
    assert refused_by(run(question, "41 [1]", [1], *STAGES)) == "count_is_of_the_asked_stage"


def test_pupils_accepted_are_not_the_applicants():
    said = (cimahi("Hingga penutupan, Disdik Kota Cimahi mencatat 2.418 pendaftar jalur prestasi."), cimahi("Pengumuman siswa yang diterima dijadwalkan 1 Juli."))
    outcome = run("Berapa siswa yang dinyatakan diterima lewat jalur prestasi di SMP negeri Cimahi?", "2.418 siswa [1]", [1], *said)
    assert refused_by(outcome) == "count_is_of_the_asked_stage"


# ---- count_is_of_the_asked_place ------------------------------------------------------------

LONGSOR = (
    "Longsor melanda Kabupaten Cianjur pada Senin (9/3/2026) dan merusak 64 rumah. "
    "Kerusakan terparah terjadi di Kecamatan Cugenang. Di kecamatan itu, 31 rumah rusak berat."
)


@pytest.mark.parametrize(
    "question",
    ["Berapa rumah yang rusak di Kecamatan Pacet saja akibat longsor Cianjur Maret 2026?", "How many houses were damaged in Pacet sub-district in March 2026?"],
)
def test_a_regency_wide_count_does_not_answer_for_one_named_place(question):
    said = cianjur("Longsor melanda Kabupaten Cianjur pada Senin (9/3/2026) dan merusak 64 rumah.", date="2026-03-09")
    outcome = run(question, "64 rumah [1]", [1], said, article=_whole(LONGSOR))
    assert refused_by(outcome) == "count_is_of_the_asked_place"
    assert "Pacet" in outcome.refused.why


def test_a_count_for_the_named_place_stands_when_it_or_the_sentence_before_names_it():
    said = cianjur("Di kecamatan itu, 31 rumah rusak berat.", date="2026-03-09")
    outcome = run("berapa rumah rusak berat di kec cugenang akibat longsor maret 2026?", "31 rumah [1]", [1], said, article=_whole(LONGSOR))
    assert accepted(outcome), trace(outcome)


FISHERS = cianjur("Rinciannya, Kecamatan Cidaun 620 nelayan, Sindangbarang 540 nelayan, Agrabinta 470 nelayan, dan Cikadu 340 nelayan.", date="2026-02-04")


@pytest.mark.parametrize(
    "question", ["How many fishermen does Kecamatan Cidaun have?", "Berapa nelayan baru yang terdata di Kecamatan Cidaun sekarang?"]
)
def test_a_breakdowns_figure_is_the_place_written_before_it_though_the_sentence_names_the_asked_one(question):
    outcome = run(question, "470 [1]", [1], FISHERS)
    assert refused_by(outcome) == "count_is_of_the_asked_place" and "470 nelayan to Agrabinta" in outcome.refused.why
    assert accepted(run(question, "620 nelayan [1]", [1], FISHERS))


@pytest.mark.parametrize("question", ["Berapa pendaftar SPMB 2026 di SMPN 1 Cimahi?", "How many applied to smpn 1 cimahi in the 2026 admissions?"])
def test_a_count_asked_of_one_school_comes_from_a_sentence_naming_it_however_written(question):
    said = (
        cimahi("Pendaftar jalur prestasi tercatat 892 anak.", date="2026-07-03"),
        cimahi("Pendaftar SMP Negeri 1 Cimahi mencapai 512 anak, terbanyak di kota itu.", date="2026-07-03"),
    )
    assert refused_by(run(question, "892 anak [1]", [1], *said)) == "count_is_of_the_asked_place"
    assert accepted(outcome := run(question, "512 anak [2]", [2], *said)), trace(outcome)


def test_a_place_dating_another_event_narrows_nothing():
    said = cianjur("Sepekan kemudian, Bupati Cianjur melantik 17 pejabat, Jumat (13/2/2026).", date="2026-02-13")
    outcome = run("In the Cianjur inauguration that took place after the Pasar Cipanas ceremony, how many officials were sworn in?", "17 [1]", [1], said)
    assert "count_is_of_the_asked_place" not in dict(trace(outcome))


ROAD_CONTRACTS = "Progres di bawah 70 persen ada di ruas Kemusu–Bawu (nilai kontrak Rp 6,42 miliar) dan ruas Tamansari - Sangup (nilai kontrak Rp 5,87 miliar)."


@pytest.mark.parametrize(
    "question",
    ["Berapa nilai kontrak ruas hotmix Banyudono–Sambi di Cianjur?", "What was the contract value of the Banyudono-Sambi road in Cianjur?"],
)
def test_a_road_named_by_its_two_ends_is_not_answered_with_another_roads_figure(question):
    outcome = run(question, "Rp 6,42 miliar [1]", [1], cianjur(ROAD_CONTRACTS, date="2026-12-09"))
    assert refused_by(outcome) == "count_is_of_the_asked_place"
    assert "Banyudono" in outcome.refused.why


def test_a_sentence_naming_other_roads_is_about_them_though_the_one_before_names_the_asked_road():
    said = (
        cianjur("Ruas hotmix Banyudono–Sambi menyusul PHO pada 12 November 2026.", date="2026-12-09"),
        cianjur(ROAD_CONTRACTS, date="2026-12-09"),
    )
    outcome = run("Berapa nilai kontrak ruas Banyudono–Sambi di Cianjur?", "Rp 6,42 miliar [2]", [2], *said, article=_whole(" ".join(s.text for s in said)))
    assert refused_by(outcome) == "count_is_of_the_asked_place"


@pytest.mark.parametrize("question", ["Nilai kontrak ruas Tamansari–Sangup di Cianjur berapa?", "How much is the Tamansari-Sangup road contract in Cianjur worth?"])
def test_a_roads_own_figure_stands_whatever_dash_joins_its_ends(question):
    assert accepted(run(question, "Rp 5,87 miliar [1]", [1], cianjur(ROAD_CONTRACTS, date="2026-12-09")))


@pytest.mark.parametrize(
    "question", ["How many measles cases did Kemantren Gondokusuman have in 2026?", "kasus campak di kemantren gondokusuman 2026 ada brp?"]
)
def test_yogyakartas_kemantren_are_places_a_count_narrows_to(question):
    said = cimahi("Kasus campak terbanyak ada di Kemantren Umbulharjo dengan 19 kasus.", date="2026-06-11")
    assert refused_by(run(question, "19 [1]", [1], said)) == "count_is_of_the_asked_place"


@pytest.mark.parametrize(
    "question", ["Berapa pendapatan tiket Curug Citambur selama libur Lebaran 2026?", "How much ticket revenue did the Citambur waterfall earn over Lebaran 2026?"]
)
def test_a_tourist_sites_figure_is_not_the_regencys_for_all_its_sites(question):
    said = cianjur("Pendapatan tiket dari seluruh objek wisata milik Pemkab mencapai Rp1,2 miliar.", date="2026-03-30")
    assert refused_by(run(question, "Rp1,2 miliar [1]", [1], said)) == "count_is_of_the_asked_place"
    own = cianjur("Dari jumlah itu, pendapatan tiket Curug Citambur Rp210 juta.", date="2026-03-30")
    assert accepted(run(question, "Rp210 juta [1]", [1], own))


# ---- extreme_of_the_listed_places ----------------------------------------------------------

BREAKDOWN = (
    cianjur("Kasus DBD tersebar di empat kecamatan.", date="2026-03-16"),
    cianjur("Rinciannya, Kecamatan Pacet 31 kasus, Cugenang 58 kasus, Cibeber 12 kasus, dan Cipanas 44 kasus.", date="2026-03-16"),
)


@pytest.mark.parametrize(
    "question, answer, extreme",
    [
        ("Kecamatan mana di Cianjur yang kasus DBD-nya terbanyak pada Maret 2026?", "Kecamatan Pacet [2]", "Cugenang (58 kasus)"),
        ("Which sub-district of Cianjur had the fewest dengue cases in March 2026?", "Pacet [2]", "Cibeber (12 kasus)"),
        ("kasus dbd paling byk di kec mana cianjur maret 2026?", "Cipanas [1]", "Cugenang (58 kasus)"),  # cited the sentence before
    ],
)
def test_which_place_has_the_most_or_fewest_is_the_extreme_of_the_listed_breakdown(question, answer, extreme):
    outcome = run(question, answer, [int(answer[-2])], *BREAKDOWN)
    assert accepted(outcome) and strip_markers(outcome.draft.answer) == extreme
    assert trace(outcome)[0] == ("extreme_of_the_listed_places", "rewrote")


def test_asked_of_nothing_counted_the_extreme_of_a_breakdown_in_a_measure_is_the_answer():
    said = cianjur("Kecamatan Pacet mendapat 24 ton, Cugenang 22 ton, Cibeber 18 ton dan Cipanas delapan ton.", date="2026-03-02")
    outcome = run("Kecamatan mana di Cianjur yang menerima jatah beras SPHP paling banyak?", "Cipanas [1]", [1], said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer) == "Kecamatan Pacet (24 ton)", trace(outcome)
    # asked of a thing counted, a list in tons is no breakdown of it
    cases = run("Kecamatan mana di Cianjur yang kasus DBD-nya terbanyak?", "Cipanas [1]", [1], said)
    assert "extreme_of_the_listed_places" not in dict(trace(cases))


COVERAGE = (
    cianjur("Capaian di wilayah daratan umumnya baik.", date="2026-03-09"),
    cianjur("Kecamatan Pacet mencatat cakupan tertinggi 96,1 persen, sedangkan kecamatan lain di atas 85 persen.", date="2026-03-09"),
    cianjur("Sebaliknya, cakupan terendah ada di Kecamatan Cibeber 71,4 persen dan Naringgul 74,2 persen.", date="2026-03-09"),
)


@pytest.mark.parametrize(
    "question, extreme",
    [
        ("Which Cianjur sub-district had the lowest polio immunisation coverage in March 2026?", "Kecamatan Cibeber (71,4 persen)"),
        ("Kecamatan mana di Cianjur yang cakupan imunisasinya tertinggi pada Maret 2026?", "Kecamatan Pacet (96,1 persen)"),
    ],
)
def test_the_place_a_sentence_calls_the_extreme_is_the_answer_when_no_whole_breakdown_is_listed(question, extreme):
    outcome = run(question, "Cianjur Selatan [1]", [1], *COVERAGE)
    assert strip_markers(outcome.draft.answer) == extreme, trace(outcome)


def test_a_place_whose_name_another_place_starts_with_is_not_answered_by_that_place():
    said = cianjur("Kasus terbanyak berada di Kecamatan Cibeber dengan 96 kasus, disusul Cibeber Timur 74 kasus dan Pacet 41 kasus.", date="2026-02-10")
    outcome = run("Which Cianjur sub-district has the most dengue cases this year?", "Cibeber Timur [1]", [1], said)
    assert strip_markers(outcome.draft.answer) == "Kecamatan Cibeber (96 kasus)", trace(outcome)


def test_the_extreme_place_already_answered_or_of_another_unit_or_with_a_figure_unread_is_left_alone():
    right = run("Kecamatan mana di Cianjur yang kasus DBD-nya terbanyak pada Maret 2026?", "Cugenang [2]", [2], *BREAKDOWN)
    assert accepted(right) and "extreme_of_the_listed_places" not in dict(trace(right))
    # "Cibeber mencatat sedikitnya 70 kasus" is a figure of the unit the list does not read: the extreme is not ours to tell
    unread = cianjur("Kecamatan Pacet 31 kasus, Cugenang 58 kasus, sementara Cibeber mencatat sedikitnya 70 kasus.", date="2026-03-16")
    outcome = run("Kecamatan mana di Cianjur yang kasus DBD-nya terbanyak pada Maret 2026?", "Cugenang [1]", [1], unread)
    assert "extreme_of_the_listed_places" not in dict(trace(outcome))
    # the coverage asked is a percentage; the cited breakdown counts cases
    coverage = run("imunisasi MR di cianjur capaiannya paling rendah di kec mana maret 2026?", "Pacet [2]", [2], *BREAKDOWN)
    assert "extreme_of_the_listed_places" not in dict(trace(coverage))
    rates = cianjur("Capaian imunisasi MR di Kecamatan Pacet 91,2 persen, Cugenang 78,5 persen, dan Cibeber 88 persen.", date="2026-03-16")
    lowest = run("imunisasi MR di cianjur capaiannya paling rendah di kec mana maret 2026?", "Pacet [2]", [2], *BREAKDOWN, rates)
    assert strip_markers(lowest.draft.answer) == "Cugenang (78,5 persen)"
    tie = cianjur("Kecamatan Pacet 58 kasus, Cugenang 58 kasus, dan Cibeber 12 kasus.", date="2026-03-16")
    assert "extreme_of_the_listed_places" not in dict(trace(run("Which sub-district of Cianjur had the most dengue cases in March 2026?", "Pacet [1]", [1], tie)))


def test_a_decimal_is_cited_to_the_sentence_writing_it_not_to_a_dates_digit():
    said = (
        cianjur("Dua hari sebelumnya, Jumat (17/4/2026), kebakaran menghanguskan enam rumah.", date="2026-04-19"),
        cianjur('"Kerugian sementara ditaksir sekitar Rp4,7 miliar," ujarnya.', date="2026-04-19"),
    )
    outcome = run("Berapa kerugian kebakaran di Cianjur pada April 2026?", "Rp4,7 miliar [1]", [1], *said)
    assert accepted(outcome) and outcome.draft.cited == [1, 2]
    assert ("numbers_in_cited_sentences", "cited") in trace(outcome)


def test_a_figure_is_stated_by_the_sentence_writing_it_whole_not_by_a_dates_digit():
    said = (
        cianjur('"Kerugian sementara ditaksir sekitar Rp4,7 miliar," ujarnya.', date="2026-04-19"),
        cianjur("Dua hari sebelumnya, Jumat (17/4/2026), kebakaran menghanguskan enam rumah di Kelurahan Sukasari.", date="2026-04-19"),
    )
    outcome = run("Berapa kerugian kebakaran di Kelurahan Sukasari, Cianjur, Jumat kemarin?", "Rp4,7 miliar [1][2]", [1, 2], *said)
    assert refused_by(outcome) == "count_is_of_the_asked_place"


# ---- amount_is_of_the_asked_tax --------------------------------------------------------------


TAXES = '"Penyumbang terbesar PBJT tenaga listrik Rp 88,7 miliar. Berikutnya BPHTB Rp 41,2 miliar. PBB-P2 baru akan masuk bulan depan," katanya.'


@pytest.mark.parametrize("question", ["PBB-P2 Kota Banjar yg udh masuk per 31 Maret 2026 brp miliar?", "How much PBB-P2 had Kota Banjar collected by 31 March 2026?"])
def test_an_amount_written_after_another_taxs_name_is_not_the_asked_taxs(question):
    outcome = run(question, "Rp 41,2 miliar [1]", [1], banjar(TAXES, date="2026-03-31"))
    assert refused_by(outcome) == "amount_is_of_the_asked_tax"
    assert accepted(run(question.replace("PBB-P2", "BPHTB"), "Rp 41,2 miliar [1]", [1], banjar(TAXES, date="2026-03-31")))


def test_a_months_total_of_every_tax_is_not_the_asked_taxs():
    months = (
        banjar("Kepala Bapenda merinci penerimaan pajak daerah per bulan.", date="2026-05-06"),
        banjar("Pada Januari tercatat Rp6,42 miliar, Februari Rp5,87 miliar, Maret Rp7,15 miliar dan April Rp6,93 miliar.", date="2026-05-06"),
    )
    outcome = run("Berapa penerimaan BPHTB Kota Banjar selama Januari–April 2026?", "Rp6,93 miliar [2]", [2], *months)
    assert refused_by(outcome) == "amount_is_of_the_asked_tax"
    # the tax named in the sentence before: its figure
    named = (banjar("Penerimaan BPHTB juga naik.", date="2026-05-06"), banjar("Hingga April tercatat Rp4,05 miliar.", date="2026-05-06"))
    article = " ".join(x.text for x in named)
    outcome = run("Berapa penerimaan BPHTB Kota Banjar selama Januari–April 2026?", "Rp4,05 miliar [2]", [2], *named, article=lambda doc: article)
    assert "amount_is_of_the_asked_tax" not in dict(trace(outcome))


# ---- figure_is_of_the_asked_disease -----------------------------------------------------------


DIARRHOEA = cianjur("Sepanjang Maret 2026 Dinkes Cianjur mencatat 214 kasus diare, tiga anak di antaranya meninggal dunia.", date="2026-04-02")


@pytest.mark.parametrize("question", ["How many children died of measles in Cianjur in March 2026?", "brp anak yg meninggal krn campak di cianjur maret 2026?"])
def test_a_figure_of_another_disease_does_not_answer_the_asked_one(question):
    outcome = run(question, "3 [1]", [1], DIARRHOEA)
    assert refused_by(outcome) == "figure_is_of_the_asked_disease"
    assert "diarrhea" in outcome.refused.why and "measles" in outcome.refused.why
    assert accepted(run(question.replace("measles", "diarrhoea").replace("campak", "diare"), "3 [1]", [1], DIARRHOEA))


def test_a_sentence_naming_no_disease_is_read_with_the_one_before_it():
    said = (
        cianjur("Kasus demam berdarah dengue di Cianjur naik menjadi 380 kasus pada Maret 2026.", date="2026-03-30"),
        cianjur("Tiga pasien meninggal dunia.", date="2026-03-30"),
    )
    article = _whole(" ".join(s.text for s in said))
    outcome = run("How many people died of rubella in Cianjur in March 2026?", "3 [1][2]", [1, 2], *said, article=article)
    assert refused_by(outcome) == "figure_is_of_the_asked_disease"
    assert accepted(run("Berapa pasien DBD yang meninggal di Cianjur pada Maret 2026?", "3 [1][2]", [1, 2], *said, article=article))


def test_a_figure_put_with_no_disease_or_with_the_asked_one_among_others_stands():
    alone = cianjur("Hingga Maret 2026 tercatat 41 kasus di Cianjur.", date="2026-04-02")
    assert accepted(run("Berapa kasus campak di Cianjur sampai Maret 2026?", "41 kasus [1]", [1], alone))
    both = cianjur("Selain 380 kasus DBD, Dinkes Cianjur mencatat 41 kasus campak hingga Maret 2026.", date="2026-04-02")
    assert accepted(run("How many measles cases had Cianjur recorded by March 2026?", "41 [1]", [1], both))


# ---- figure_is_of_the_asked_school_level -----------------------------------------------------------


JUNIOR_SEATS = cianjur("Tahun ini, 31 SMP negeri di Cianjur menyediakan daya tampung 6.240 kursi.", date="2026-06-01")


@pytest.mark.parametrize("question", ["Berapa daya tampung SMA negeri di Cianjur pada SPMB 2026?", "How many seats do Cianjur's public senior high schools offer in 2026?"])
def test_a_figure_of_another_school_level_does_not_answer_the_asked_one(question):
    outcome = run(question, "6.240 [1]", [1], JUNIOR_SEATS)
    assert refused_by(outcome) == "figure_is_of_the_asked_school_level"
    assert accepted(run(question.replace("SMA", "SMP").replace("senior high", "junior high"), "6.240 [1]", [1], JUNIOR_SEATS))


def test_a_figure_put_with_no_school_level_stands():
    alone = cianjur("Daya tampung sekolah negeri tahun ini 6.240 kursi.", date="2026-06-01")
    assert accepted(run("Berapa daya tampung SMA negeri di Cianjur pada SPMB 2026?", "6.240 [1]", [1], alone))


# ---- figure_is_of_the_asked_office ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Berapa persen serapan anggaran Dinas Pendidikan Subang sampai Maret 2026?",
        "realisasi belanja disdik subang maret 2026 brp persen?",
        "What share of Subang's Education Office (Dinas Pendidikan) budget was spent by March 2026?",
        "What was the spending absorption of Subang's education office (Dinas Pendidikan) at the end of March 2026?",
    ],
)
def test_a_budget_figure_of_one_office_is_not_the_whole_governments(question):
    said = subang("Hingga akhir Maret 2026, serapan belanja Pemkab Subang sudah menyentuh 18,7 persen.", date="2026-04-10")
    outcome = run(question, "18,7 persen [1]", [1], said)
    assert refused_by(outcome) == "figure_is_of_the_asked_office"
    assert outcome.refused.why.startswith("the sentences stating 18 do not name")


def test_the_offices_own_figure_stands_named_in_its_sentence_or_the_one_before_and_by_either_name():
    said = (
        subang("Serapan terendah dicatat Dinas Pendidikan Subang.", date="2026-04-10"),
        subang("Dinas itu baru menyerap 9,2 persen dari pagunya hingga akhir Maret 2026.", date="2026-04-10"),
    )
    article = _whole(" ".join(s.text for s in said))
    for question in ["Berapa persen serapan anggaran Disdik Subang sampai Maret 2026?", "Berapa persen serapan anggaran Dinas Pendidikan Subang sampai Maret 2026?"]:
        assert accepted(outcome := run(question, "9,2 persen [2]", [2], *said, article=article)), trace(outcome)


def test_an_office_that_reports_a_count_does_not_narrow_it():
    said = subang("Sepanjang 2025 tercatat 412 kasus DBD di Subang.", date="2026-01-10")
    assert accepted(run("Berapa kasus DBD yang dicatat Dinas Kesehatan Subang sepanjang 2025?", "412 kasus [1]", [1], said))


# ---- percent_has_its_unit ---------------------------------------------------------------------


def test_a_bare_number_answering_a_percentage_gets_its_unit_when_the_cited_sentence_writes_one():
    said = subang("Serapan belanja hingga akhir Maret 2026 baru 14,63 persen dari pagu.", date="2026-04-10")
    outcome = run("Berapa persen serapan belanja Pemkab Subang sampai akhir Maret 2026?", "14,63 [1]", [1], said)
    assert outcome.draft.answer == "14,63 persen" and outcome.draft.cited == [1] and accepted(outcome)
    assert trace(outcome)[0] == ("percent_has_its_unit", "rewrote")


def test_a_bare_number_cited_to_the_wrong_sentence_gets_its_unit_and_the_sentence_writing_it():
    said = [subang("Serapan belanja akhir Maret 2026 naik menjadi 31,2 persen dari pagu.", date="2026-04-10"), subang("Pada akhir Maret 2025 angkanya masih 27,85 persen.", date="2026-04-10")]
    outcome = run("What percentage of its budget had Subang spent by the end of March 2025?", "27.85 [1]", [1], *said)
    assert outcome.draft.answer == "27.85 percent" and outcome.draft.cited == [1, 2]
    assert trace(outcome)[0] == ("percent_has_its_unit", "rewrote") and "sentence [2] writes 27.85" in outcome.steps[0].why


def test_a_bare_number_the_cited_sentence_does_not_write_as_a_percentage_stays_without_one():
    said = subang("Sebanyak 14 dinas menyerap kurang dari sepertiga pagu hingga akhir Maret 2026.", date="2026-04-10")
    outcome = run("Berapa persen serapan belanja Pemkab Subang sampai akhir Maret 2026?", "14 [1]", [1], said)
    assert refused_by(outcome) == "asked_value_present"


# ---- count_is_not_an_amount -----------------------------------------------------------------


@pytest.mark.parametrize("answer", ["450 juta rupiah [1]", "Rp 450 juta [1]", "12 persen [1]"])
def test_a_count_answered_with_money_or_a_percentage_is_refused(answer):
    said = subang("Seleksi diikuti 63 pelamar dengan anggaran Rp 450 juta, atau 12 persen dari anggaran BKPSDM.", date="2026-02-16")
    outcome = run("Berapa orang yang mendaftar seleksi terbuka Pemkab Subang pada Februari 2026?", answer, [1], said)
    assert refused_by(outcome) == "count_is_not_an_amount"


@pytest.mark.parametrize("question", ["Berapa kendaraan per hari yang melintasi jembatan baru di Subang?", "How many vehicles a day cross the new bridge in Subang?"])
def test_a_count_answered_with_a_length_of_time_is_refused(question):
    said = subang("Jembatan untuk kendaraan itu dikerjakan selama 180 hari kalender dan dibuka pada Februari 2026.", date="2026-02-16")
    outcome = run(question, "180 hari [1]", [1], said)
    assert refused_by(outcome) == "count_is_not_an_amount"
    assert outcome.refused.why == "a count was asked and the answer is a length of time"


def test_a_tax_named_by_its_acronym_is_money_not_a_count():
    said = subang("Realisasi PBJT jasa perhotelan Kabupaten Subang mencapai Rp2,38 triliun hingga Juni 2026.", date="2026-07-08")
    assert accepted(run("PBJT jasa perhotelan Subang sampai Juni 2026 sudah masuk berapa?", "Rp2,38 triliun [1]", [1], said))


def test_a_bare_number_the_cited_sentence_gives_only_as_a_share_does_not_count_people():
    said = subang("Vaksinasi menjangkau 41.300 lansia. Jumlah itu setara 64 persen dari sasaran.", date="2026-02-16")
    outcome = run("Berapa lansia yang dijangkau vaksinasi di Subang pada Februari 2026?", "64 [1]", [1], said)
    assert refused_by(outcome) == "count_is_not_an_amount"
    assert rules.BY_NAME["count_is_not_an_amount"].retry == "elsewhere"  # the count may be a sentence away
    assert accepted(run("Berapa lansia yang dijangkau vaksinasi di Subang pada Februari 2026?", "41.300 [1]", [1], said))


@pytest.mark.parametrize(
    "sentence, other",
    [
        ("Jumlah itu setara 87 persen dari sasaran 92.500 anak berusia 9 bulan hingga 15 tahun.", False),
        ("Vaksinasi menjangkau 41.300 lansia atau 87 persen dari sasaran.", True),
        ("Cakupan 87 persen itu dicapai hingga Selasa (3/3/2026).", False),
    ],
)
def test_a_sentence_states_another_count_only_outside_dates_amounts_lengths_and_targets(sentence, other):
    assert rules.states_another_count(sentence, {87}) is other


def test_a_number_given_both_as_a_count_and_a_share_may_answer_a_count():
    said = subang("Sebanyak 64 desa sudah terjangkau, atau 64 persen dari 100 desa.", date="2026-02-16")
    assert accepted(run("Berapa desa yang sudah terjangkau vaksinasi di Subang pada Februari 2026?", "64 desa [1]", [1], said))


def test_an_amount_asked_in_chat_words_is_not_refused_as_a_count():
    said = subang("Seleksi diikuti 63 pelamar dengan anggaran Rp 450 juta.", date="2026-02-16")
    outcome = run("seleksi terbuka subang feb 2026 anggarannya brp sih?", "450 juta [1]", [1], said)
    assert accepted(outcome), trace(outcome)


def test_a_count_of_millions_of_people_is_a_count():
    said = subang("Penduduk Kabupaten Subang tercatat 1,6 juta jiwa pada Februari 2026.", date="2026-02-16")
    for answer in ("1,6 juta jiwa [1]", "1,6 juta [1]"):
        outcome = run("Berapa jumlah penduduk Kabupaten Subang pada Februari 2026?", answer, [1], said)
        assert accepted(outcome), trace(outcome)


# ---- count_not_read_from_a_date -------------------------------------------------------------


RAPAT = "Rapat koordinasi camat se-Kota Banjar digelar Kamis (5/3/2026) di Gedung Dakwah."


def test_a_count_read_off_a_dateline_is_refused():
    # Published the next day: the article's date does not repeat the dateline's numbers.
    outcome = run("Berapa camat yang hadir dalam rapat di Kota Banjar?", "5 camat [1]", [1], banjar(RAPAT, date="2026-03-06"))
    assert refused_by(outcome) == "count_not_read_from_a_date"


def test_a_count_read_off_a_dateline_of_the_publication_day_is_refused():
    outcome = run("Berapa camat yang hadir dalam rapat di Kota Banjar?", "5 camat [1]", [1], banjar(RAPAT, date="2026-03-05"))
    assert refused_by(outcome) == "count_not_read_from_a_date"


def test_a_decimal_amount_is_no_day_of_a_date():
    collected = banjar("Hingga Kamis (9/10/2025), realisasi PBB-P2 Kota Banjar baru Rp27,9 miliar dari target Rp38,5 miliar.", date="2025-10-10")
    outcome = run("How much more PBB-P2 does Kota Banjar still need to collect to hit its 2025 target?", "10,6 miliar [1]", [1], collected)
    assert "count_not_read_from_a_date" not in dict(trace(outcome)), trace(outcome)


# ---- asked_title_in_evidence ----------------------------------------------------------------


def test_a_name_from_a_sentence_without_the_asked_title_is_refused():
    outcome = run(
        "Siapa Wakil Wali Kota Cimahi?",
        "Dedi Kusnadi [1]",
        [1],
        cimahi("Wali Kota Cimahi Dedi Kusnadi melantik Rina Marlina sebagai Kepala Dinas Sosial."),
    )
    assert refused_by(outcome) == "asked_title_in_evidence"
    assert rules.BY_NAME["asked_title_in_evidence"].retry


ACTING_ELSEWHERE = (
    garut("Untuk mengisi kekosongan di Dinas Perhubungan, bupati menunjuk Sekretaris Dinas Perhubungan, Reni Anggraini, sebagai Pelaksana Tugas (Plt) Kepala Dinas Perhubungan."),
    garut("Menurut Yuniarti, pelaksana tugas Kepala Bapenda akan ditetapkan kemudian melalui surat perintah bupati."),
)


def test_an_acting_head_asked_by_an_offices_short_name_is_found_under_its_long_name():
    said = (
        garut("Pelaksana tugas (Plt) Kepala Bagian Kesejahteraan Rakyat Setda Garut, Nurhasanah Lubis, mengatakan pengumuman tertunda.", date="2026-08-12"),
        garut("Nurhasanah menjabat Plt sejak Kepala Bagian sebelumnya dilantik menjadi camat pada Senin (6/7).", date="2026-08-12"),
    )
    outcome = run("Siapa yang menjabat Plt Kepala Bagian Kesra Setda Garut pada Agustus 2026?", "Nurhasanah Lubis [1]", [1], *said)
    assert accepted(outcome) and "asked_title_in_evidence" not in dict(trace(outcome)), trace(outcome)
    # cited beside it, the answer gets the sentence writing the title
    beside = run("Siapa yang menjabat Plt Kepala Bagian Kesra Setda Garut pada Agustus 2026?", "Nurhasanah Lubis [2]", [2], *said)
    assert accepted(beside) and 1 in beside.draft.cited, trace(beside)


def test_an_acting_head_of_another_office_does_not_answer_for_the_office_asked_by_its_own_name():
    outcome = run("Who was appointed acting head of Garut's revenue agency (Bapenda) after the rotation?", "Reni Anggraini [1][2]", [1, 2], *ACTING_ELSEWHERE)
    assert refused_by(outcome) in ("asked_title_in_evidence", "name_holds_the_asked_title"), trace(outcome)


PMI = (
    garut("Kepala Dinas Kesehatan Garut, Leli Yuliani, mengatakan relawan PMI Garut membantu pendataan korban."),
    garut("Ketua PMI Garut, Helmi Budiman, menyebut 40 relawan diterjunkan."),
    garut("Tim Percepatan Penurunan Stunting (TPPS) Garut diketuai Wakil Bupati Putri Karlina."),
)


@pytest.mark.parametrize("question", ["Who chairs the Garut branch of the Red Cross (PMI)?", "Siapa ketua PMI Garut?"])
def test_asked_who_chairs_a_body_a_person_of_another_title_is_refused_and_its_chair_passes(question):
    outcome = run(question, "Leli Yuliani [1]", [1], *PMI)
    assert refused_by(outcome) == "asked_title_in_evidence"
    assert accepted(outcome := run(question, "Helmi Budiman [2]", [2], *PMI)), trace(outcome)


def test_a_chair_written_after_the_body_it_chairs_passes():
    outcome = run("Who chairs the stunting reduction team (TPPS) in Garut?", "Putri Karlina [3]", [3], *PMI)
    assert accepted(outcome), trace(outcome)


def test_a_name_cited_to_the_quote_after_the_sentence_with_its_title_gets_that_sentence():
    said = (
        garut("Kepala Seksi Kesiapsiagaan BPBD Garut, Rudi Hartono, menyebut 12 desa rawan longsor."),
        garut("\"Kami minta warga waspada,\" kata Rudi Hartono."),
    )
    outcome = run("Siapa Kepala Seksi Kesiapsiagaan BPBD Garut?", "Rudi Hartono [2]", [2], *said)
    assert accepted(outcome) and outcome.draft.cited == [1]


@pytest.mark.parametrize("office", ["Dinas Dikbud", "Disdikbud", "Dinas Pendidikan dan Kebudayaan"])
def test_an_office_inside_a_title_may_be_written_by_its_short_name(office):
    said = garut(f"Kepala Bidang Pembinaan SMP {office} Garut, Rudi Hartono, menyebut lulusan SD tahun ini 6.912 siswa.")
    outcome = run("Siapa Kepala Bidang Pembinaan SMP Dinas Pendidikan dan Kebudayaan Garut?", "Rudi Hartono [1]", [1], said)
    assert accepted(outcome), trace(outcome)
    # the office is still the one asked: the same division of another office is not it
    other = garut("Kepala Bidang Pembinaan SMP Dinas Kesehatan Garut, Rudi Hartono, menyebut 40 sekolah diperiksa.")
    assert not accepted(run("Siapa Kepala Bidang Pembinaan SMP Dinas Pendidikan dan Kebudayaan Garut?", "Rudi Hartono [1]", [1], other))


def test_locations_asked_are_counted_as_the_points_news_counts_them_in():
    said = garut("Dinkes Garut telah melakukan pengasapan (fogging) di 38 titik yang ditemukan kasus positif.", date="2026-03-18")
    outcome = run("At how many locations has Garut's health office carried out fogging?", "38 [1]", [1], said)
    assert accepted(outcome), trace(outcome)


def test_the_chair_of_a_selection_committee_is_whoever_the_committee_is_chaired_by():
    chaired = garut("Panitia seleksi beranggotakan lima orang dan diketuai Prof. Hadi Wiranata, akademisi Universitas Garut.")
    assert accepted(run("Siapa ketua pansel seleksi terbuka Pemkab Garut?", "Prof. Hadi Wiranata [1]", [1], chaired))
    committee, its_chair = garut("Panitia seleksi beranggotakan lima orang."), garut("Ketuanya Dr. Fajar Permadi, dosen ilmu pemerintahan.")
    assert accepted(run("Who chairs the panel running Garut's open selection?", "Dr. Fajar Permadi [2]", [2], committee, its_chair))
    sworn = garut("Dodi Kusmayadi dilantik sebagai Kepala Dinas PUPR hasil seleksi terbuka.")
    outcome = run("Who chairs the selection committee for Garut's open bidding?", "Dodi Kusmayadi [1]", [1], sworn)
    assert refused_by(outcome) == "asked_title_in_evidence"


# ---- name_holds_the_asked_title -------------------------------------------------------------


TWO_TITLES = "Wali Kota Cimahi Dedi Kusnadi didampingi Wakil Wali Kota Cimahi Ahmad Zulfikar melantik 25 pejabat."


@pytest.mark.parametrize("question", ["Siapa Wakil Wali Kota Cimahi?", "Who is Cimahi's deputy mayor?"])
def test_the_person_next_to_another_title_is_refused(question):
    outcome = run(question, "Dedi Kusnadi [1]", [1], cimahi(TWO_TITLES))
    assert refused_by(outcome) == "name_holds_the_asked_title"
    assert outcome.refused.why == "the cited sentences give the title to Ahmad Zulfikar, not to the person answered"


def test_the_holder_of_the_asked_title_is_accepted():
    assert accepted(run("Siapa Wakil Wali Kota Cimahi?", "Ahmad Zulfikar [1]", [1], cimahi(TWO_TITLES)))
    assert accepted(run("Who is Cimahi's deputy mayor?", "Ahmad Zulfikar, Wakil Wali Kota Cimahi [1]", [1], cimahi(TWO_TITLES)))


@pytest.mark.parametrize("question", ["Siapa Wakil Bupati Garut?", "Who is Garut's vice regent?"])
def test_the_head_of_an_office_is_no_answer_for_the_deputy_regent(question):
    said = garut("Kepala BKPSDM Kabupaten Garut Rina Amalia mengatakan rotasi diserahkan kepada Bupati dan Wakil Bupati.")
    outcome = run(question, "Rina Amalia [1]", [1], said)
    assert refused_by(outcome) == "name_holds_the_asked_title"
    assert outcome.refused.why == "the cited sentences make Rina Amalia Kepala BKPSDM Kabupaten Garut, not wakil bupati"


@pytest.mark.parametrize("question", ["Siapa Sekretaris Dinas Kesehatan Garut sekarang?", "Who is the secretary of the Dinas Kesehatan?"])
def test_the_secretary_of_another_office_is_no_answer_for_the_asked_offices(question):
    said = (
        garut("Euis Komala, sebelumnya Sekretaris Dinas Kesehatan, dipromosikan menjadi Kepala Dinas Sosial."),
        garut("Bupati menunjuk Sekretaris Dinas Pendidikan, Asep Mulyana, sebagai Plt Kepala Dinas Pendidikan."),
    )
    outcome = run(question, "Asep Mulyana [2]", [1, 2], *said)
    assert refused_by(outcome) == "asked_title_in_evidence"
    assert outcome.refused.why.endswith("beside the title asked for (sekretaris)")
    own = garut("Sekretaris Dinas Kesehatan Garut, Yuyun Sari, mendampingi Bupati saat pelantikan.")
    assert accepted(run(question, "Yuyun Sari [1]", [1], own))


def test_the_head_of_an_office_asked_in_lower_case_is_checked_like_the_capitalised():
    said = garut("Kepala Pelaksana BPBD Garut, Yusuf Rahman, mengatakan pencarian berlangsung tujuh hari.")
    outcome = run("siapa kepala kantor Basarnas yang memimpin pencarian di Garut?", "Yusuf Rahman [1]", [1], said)
    assert refused_by(outcome) == "asked_title_in_evidence"


def test_a_former_regent_is_refused_as_the_regent():
    sentence = garut("Pelantikan dipimpin Bupati Garut Hendra Permana dan disaksikan mantan Bupati Garut Komar Sutisna.")
    outcome = run("Siapa Bupati Garut?", "Komar Sutisna [1]", [1], sentence)
    assert refused_by(outcome) == "name_holds_the_asked_title"


@pytest.mark.parametrize("question", ["Who is in charge of Garut's BPBD after the May 2026 inauguration?", "siapa yg pegang bpbd garut skrg?"])
def test_the_head_of_another_office_does_not_run_the_asked_one(question):
    said = (
        garut("Satu jabatan yang dilelang, yakni Kepala Pelaksana BPBD, belum terisi.", date="2026-05-12"),
        garut("Kepala BKPSDM Garut, Rina Amalia, mengatakan seleksi akan dibuka ulang.", date="2026-05-12"),
        garut("Kepala Bidang Kedaruratan BPBD Garut, Asep Mulyana, tetap menjadi Plt.", date="2026-05-12"),
        garut("Bupati Garut Hendra Permana melantik 40 pejabat hasil rotasi.", date="2026-05-12"),
    )
    outcome = run(question, "Rina Amalia [1][2]", [1, 2], *said)
    assert refused_by(outcome) == "name_holds_the_asked_title" and "Kepala BKPSDM" in outcome.refused.why
    outcome = run(question, "Hendra Permana [1][4]", [1, 4], *said)  # the regent swears heads in; he is none of them
    assert refused_by(outcome) == "name_holds_the_asked_title" and "Bupati Garut" in outcome.refused.why
    assert accepted(outcome := run(question, "Asep Mulyana [1][3]", [1, 3], *said)), trace(outcome)


@pytest.mark.parametrize(
    "question, refused",
    [
        ("Siapa Kepala Satpol PP Garut setelah rotasi Maret 2026?", True),
        ("Siapa Kepala Satpol PP Garut sebelum rotasi Maret 2026?", False),
    ],
)
def test_the_one_who_held_the_title_before_is_not_who_holds_it_now(question, refused):
    sentence = garut("Heru Setiawan, yang sebelumnya menjabat Kepala Satpol PP, kini menjadi Kepala Dinas Perhubungan.")
    outcome = run(question, "Heru Setiawan [1]", [1], sentence)
    assert (refused_by(outcome) == "name_holds_the_asked_title") is refused


@pytest.mark.parametrize(
    "sentences",
    [
        ("Kepala Dinas Sosial Nina Kartika kini dipercaya menjadi Kepala Bappeda.", "Posisi Kepala Dinas Sosial yang ditinggalkan Nina kini ditempati oleh Asep Mulyana."),
        ("Kepala Dinas Sosial Nina Kartika, yang kini menjadi Kepala Bappeda, digantikan.", "Kursi Kepala Dinas Sosial diisi Asep Mulyana, sebelumnya Camat Cibeber."),
        ("Kepala Dinas Sosial Nina Kartika digeser menjadi Kepala Bappeda, sedangkan", "kursi Kepala Dinas Sosial kini diisi Asep Mulyana."),
        ("Kepala Dinas Sosial Nina Kartika dipindahkan ke Bappeda.", "Kursi Kepala Dinas Sosial diisi Asep Mulyana."),
    ],
)
def test_asked_who_holds_a_post_now_the_one_who_left_it_becomes_the_one_it_went_to(sentences):
    said = [garut(text, date="2026-03-02") for text in sentences]
    outcome = run("Siapa Kepala Dinas Sosial Garut setelah rotasi Maret 2026?", "Nina Kartika [1]", [1], *said)
    assert accepted(outcome), trace(outcome)
    assert outcome.draft.answer == "Asep Mulyana" and outcome.draft.cited == [2]
    assert ("name_holds_the_asked_title", "rewrote") in trace(outcome)


@pytest.mark.parametrize(
    "question",
    ["Setelah pelantikan Mei 2026, siapa yang memimpin Dinas Sosial Garut?", "Who is in charge of Garut's Dinas Sosial after the May 2026 inauguration?"],
)
@pytest.mark.parametrize(
    "runs_it",
    [
        "Untuk sementara Dinas Sosial dipimpin Plt Nandang Kosasih, Sekretaris Dinas Sosial.",
        "Kursi Kepala Dinas Sosial yang ditinggalkan Iwan untuk sementara dipimpin Plt Nandang Kosasih, Sekretaris Dinas Sosial.",
    ],
    ids=["<office> dipimpin Plt", "the seat left is run by a Plt"],
)
def test_asked_who_runs_an_office_the_acting_head_the_article_names_is_the_answer(question, runs_it):
    """The post was not filled: the one the article says runs the office (an acting head) is
    the answer, not someone else the sentence names."""
    said = [
        garut("Satu jabatan, Kepala Dinas Sosial, belum terisi, kata Kepala BKPSDM Garut Wawan Gunawan.", date="2026-05-11"),
        garut(runs_it, date="2026-05-11"),
    ]
    outcome = run(question, "Wawan Gunawan [1]", [1], *said)
    assert accepted(outcome), trace(outcome)
    assert outcome.draft.answer == "Nandang Kosasih" and outcome.draft.cited == [2]


def test_the_holder_of_another_places_post_does_not_answer_for_this_place():
    said = garut("Camat Cibatu sebelumnya, Rudi Hartono, digeser menjadi Kepala Bagian Umum. Camat Cibatu dan Camat Cilawu bertukar posisi.")
    outcome = run("Siapa Camat Cilawu setelah rotasi Maret 2026?", "Rudi Hartono [1]", [1], said)
    assert refused_by(outcome) == "name_holds_the_asked_title"
    assert outcome.refused.why == "the cited sentences make Rudi Hartono Camat Cibatu, not camat Cilawu"
    assert accepted(run("Siapa Camat Cibatu sebelum rotasi Maret 2026?", "Rudi Hartono [1]", [1], said))


def test_a_headline_capitalising_every_word_gives_no_title_holder():
    said = subang(
        "Sejak Januari 2026, Dinas PUPR dijalankan Sekretaris Dinas PUPR Rina Marlina sebagai Plt.",
        date="2026-03-02", title="Bupati Lantik 90 Pejabat, Kursi Kepala Dinas PUPR Subang Akhirnya Terisi",
    )
    outcome = run("Siapa yang memimpin Dinas PUPR Subang pada Maret 2026?", "Rina Marlina [1]", [1], said)
    assert "Akhirnya" not in str(outcome.refused) and refused_by(outcome) != "name_holds_the_asked_title", trace(outcome)


# ---- asked_person_is_named --------------------------------------------------------------------


def test_a_post_asked_of_someone_no_passage_names_is_refused_but_a_misspelt_surname_passes():
    said = (subang("Bupati Subang melantik Dedi Kurniawan sebagai Kepala Dinas Perhubungan."), subang("Pelantikan digelar di Aula Pemkab Subang."))
    outcome = run("What post was Hendra Wijaya given in Subang's inauguration?", "Kepala Dinas Perhubungan [1]", [1], *said)
    assert refused_by(outcome) == "asked_person_is_named" and outcome.refused.why == "no passage names Hendra Wijaya, whom the question asks about"
    assert accepted(run("What post was Dedi Kurniawan given in Subang's inauguration?", "Kepala Dinas Perhubungan [1]", [1], *said))
    assert accepted(run("Dedi Kurnia dilantik jadi apa di Subang?", "Kepala Dinas Perhubungan [1]", [1], *said))


# ---- asked_person_in_cited_article ----------------------------------------------------------


def _two_garut_articles() -> tuple[Said, Said]:
    return (
        garut("Wakil Bupati Garut Yuliani melantik 12 camat di Pendopo Garut.", doc="garut-camat.txt"),
        garut("Sebanyak 40 pejabat dilantik di Gedung Pendopo.", doc="garut-eselon.txt", date="2026-02-10"),
    )


def test_an_answer_from_an_article_that_never_names_the_asked_person_is_refused():
    outcome = run("Berapa pejabat yang dilantik Yuliani?", "40 pejabat [2]", [2], *_two_garut_articles())
    assert refused_by(outcome) == "asked_person_in_cited_article"
    assert outcome.refused.why == "the cited article never names Yuliani, whom the question names"


def test_the_asked_person_may_be_named_elsewhere_in_the_cited_article():
    whole = {"garut-eselon.txt": "Sebanyak 40 pejabat dilantik di Gedung Pendopo. Pelantikan dipimpin Wakil Bupati Garut Yuliani."}
    outcome = run("Berapa pejabat yang dilantik Yuliani?", "40 pejabat [2]", [2], *_two_garut_articles(), article=lambda doc: whole.get(doc, ""))
    assert accepted(outcome)


# ---- names_someone_new ----------------------------------------------------------------------


def test_a_who_answer_that_only_repeats_the_questions_name_is_refused():
    sentence = cimahi("Rina Marlina dilantik Wali Kota Cimahi Dedi Kusnadi sebagai Kepala Dinas Sosial.")
    outcome = run("Siapa yang melantik Rina Marlina?", "Rina Marlina [1]", [1], sentence)
    assert refused_by(outcome) == "names_someone_new"
    assert accepted(run("Siapa yang melantik Rina Marlina?", "Dedi Kusnadi [1]", [1], sentence))
    # chat writes the name in lower case: the answer still names no one new
    assert refused_by(run("siapa yg melantik rina marlina?", "Rina Marlina [1]", [1], sentence)) == "names_someone_new"


@pytest.mark.parametrize("answer", ["Plt Kepala Dinkes [1]", "Kepala BPBD [1]"])
def test_an_office_names_no_one(answer):
    said = garut("Bupati menunjuk Plt Kepala Dinkes dan Kepala BPBD yang baru, Senin (2/3/2026).")
    assert refused_by(run("Who was appointed acting head of Garut's health office in March 2026?", answer, [1], said)) == "names_someone_new"


def test_a_place_names_no_one():
    said = garut("Gubernur memerintahkan tes urine bagi pejabat di Kawasan Pusat Pemerintahan Provinsi, Senin (2/3/2026).")
    outcome = run("Siapa nama gubernur yang memerintahkan tes urine pejabat Garut pada Maret 2026?", "Kawasan Pusat Pemerintahan [1]", [1], said)
    assert refused_by(outcome) == "names_someone_new"
    assert outcome.refused.why == "a name was asked and the answer names a place or an office, no one"


def test_a_name_written_in_capitals_is_still_a_name():
    said = garut("Bupati menunjuk ADE SUGIANTO sebagai Plt Kepala Dinkes, Senin (2/3/2026).")
    assert refused_by(run("Who was appointed acting head of Garut's health office in March 2026?", "ADE SUGIANTO [1]", [1], said)) != "names_someone_new"


# ---- every_name_asked_is_given --------------------------------------------------------------


def test_a_who_question_asking_for_several_people_is_not_answered_by_one_name():
    said = garut("Sebanyak 12 pejabat dirotasi Bupati Garut, Senin (2/3/2026). Rotasi diumumkan oleh Nurdin Yana.")
    outcome = run("Name the 12 officials Garut rotated in March 2026.", "Nurdin Yana [1]", [1], said)
    assert refused_by(outcome) == "every_name_asked_is_given"


def test_the_person_the_question_names_is_not_one_of_the_others_asked_for():
    said = garut("Tiga besar seleksi Kepala Dinas Perhubungan Garut adalah Asep Mulyana, Dedi Hidayat dan Rina Kartika, Senin (2/3/2026).")
    question = "Siapa dua kandidat lain yang masuk tiga besar seleksi Kepala Dishub Garut bersama Asep Mulyana?"
    assert refused_by(run(question, "Asep Mulyana dan Dedi Hidayat [1]", [1], said)) == "every_name_asked_is_given"
    assert refused_by(run(question, "Camat Tarogong Asep Mulyana, Dedi Hidayat [1]", [1], said)) == "every_name_asked_is_given"  # with his post
    assert accepted(run(question, "Dedi Hidayat dan Rina Kartika [1]", [1], said))


# ---- days_left_until_the_deadline ---------------------------------------------------------


def test_the_days_left_are_counted_from_the_day_the_question_names_to_the_deadline():
    meeting = garut("Rapat evaluasi serapan anggaran digelar Bupati Garut, Kamis (3/9/2026).", date="2026-09-03")
    deadline = garut("Seluruh paket pekerjaan fisik harus sudah berkontrak paling lambat 30 September 2026.", date="2026-09-03")
    outcome = run("At the 3 September 2026 evaluation meeting, how many days did Garut's agencies have left to sign their contracts?", "30 days [2]", [2], meeting, deadline)
    assert accepted(outcome)
    assert outcome.draft.answer == "27 days: 3 September 2026 to 30 September 2026 [2]", outcome.draft.answer
    assert ("days_left_until_the_deadline", "rewrote") in trace(outcome)


def test_the_days_left_are_counted_from_the_articles_day_when_the_question_names_none():
    visit = garut("Bupati Garut meninjau pembangunan Jembatan Cikaso, Senin (7/12/2026).", date="2026-12-07")
    contract = garut("Masa pelaksanaan 150 hari kalender, sehingga kontrak berakhir 21 Desember 2026.", date="2026-12-07")
    outcome = run("Saat bupati meninjau Jembatan Cikaso, tinggal berapa hari lagi sebelum kontraknya berakhir?", "sepekan [1]", [1], visit, contract)
    assert outcome.draft.answer == "14 hari: 7 Desember 2026 hingga 21 Desember 2026 [1][2]", outcome.draft.answer


def test_the_days_left_count_from_the_day_a_cited_sentence_dates_the_event_with_its_weekday():
    meeting = garut("Rapat evaluasi serapan anggaran hingga 30 September 2026 digelar Bupati Garut, Selasa (13/10/2026).", date="2026-10-14")
    deadline = garut("Paket fisik yang belum berkontrak diberi batas waktu paling lambat 31 Oktober 2026.", date="2026-10-14")
    outcome = run("Dari rapat evaluasi itu, masih berapa hari lagi batas akhir berkontrak?", "17 hari [1]", [1], meeting, deadline)
    # from the meeting's Tuesday, not the article's Wednesday, nor the period "hingga 30 September"
    assert outcome.draft.answer == "18 hari: 13 Oktober 2026 hingga 31 Oktober 2026 [1][2]", outcome.draft.answer


def test_the_days_given_from_a_named_day_run_to_the_limit_a_quote_sets():
    lagging = garut('"Sampai Senin (13/4), masih ada 43 desa yang belum bisa menerima karena dokumennya belum lengkap.', date="2026-04-14")
    limit = garut('Kami beri batas sampai 30 April," kata kepala dinas.', date="2026-04-14")
    outcome = run("Counting from the 13 April update, how many days did Garut give the 43 lagging villages to get their documents in?", "17 days [1][2]", [1, 2], lagging, limit)
    assert accepted(outcome) and outcome.draft.answer == "17 days: 13 April 2026 to 30 April 2026 [1][2]", trace(outcome)


def test_two_deadlines_leave_the_days_left_to_the_answer():
    a = garut("Kontrak Jembatan Cikaso berakhir 21 Desember 2026, sedangkan kontrak ruas Bayongbong berakhir 15 Desember 2026.", date="2026-12-07")
    outcome = run("Tinggal berapa hari lagi sebelum kontrak berakhir?", "14 hari [1]", [1], a)
    assert ("days_left_until_the_deadline", "rewrote") not in trace(outcome)


# ---- duration_has_its_unit ------------------------------------------------------------------


SANGGAH = subang("Masa sanggah hasil seleksi terbuka Pemkab Subang berlangsung selama tiga hari.")
SERATUS_HARI = subang("Pejabat yang baru dilantik diberi waktu 100 hari untuk menunjukkan kinerja.")


@pytest.mark.parametrize("answer, fixed", [("3 [1]", "3 hari"), ("tiga [1]", "tiga hari")])
def test_a_bare_number_for_how_long_gets_the_unit_the_question_asks_in(answer, fixed):
    outcome = run("Berapa hari masa sanggah seleksi terbuka Pemkab Subang?", answer, [1], SANGGAH)
    assert accepted(outcome)
    assert outcome.draft.answer == fixed
    assert trace(outcome) == [("duration_has_its_unit", "rewrote")]


def test_a_bare_number_for_how_long_gets_the_unit_the_sentence_writes():
    outcome = run("Berapa lama pejabat baru Subang diberi waktu?", "100 [1]", [1], SERATUS_HARI)
    assert outcome.draft.answer == "100 hari"


def test_a_duration_with_its_unit_is_left_alone():
    outcome = run("Berapa lama pejabat baru Subang diberi waktu?", "100 hari [1]", [1], SERATUS_HARI)
    assert accepted(outcome) and outcome.steps == []


def test_an_english_how_long_answer_gets_an_english_unit():
    outcome = run("How long were the new Subang officials given to prove themselves?", "100 [1]", [1], SERATUS_HARI)
    assert outcome.draft.answer == "100 days"


# ---- interval_from_article_dates ------------------------------------------------------------


def test_how_many_days_after_one_event_another_came_is_computed_from_their_dates():
    said = (
        cianjur("Panitia seleksi menyerahkan tiga nama terbaik kepada Bupati Cianjur pada Senin (1/6/2026).", date="2026-06-02"),
        cianjur("Bupati Cianjur melantik pemenang seleksi terbuka pada Kamis (18/6/2026).", doc="cianjur-juni.txt", date="2026-06-18"),
    )
    outcome = run("How many days after the selection committee handed over its names was the winner sworn in?", "10 days [1][2]", [1, 2], *said)
    assert outcome.draft.question.kind == "interval" and accepted(outcome)
    assert strip_markers(outcome.draft.answer).startswith("17 days: 1 June 2026")


def test_two_events_one_sentence_dates_each_are_told_apart_by_the_words_before_each_date():
    works = (
        garut("Dinas PUPR Garut menangani 86,5 kilometer jalan kabupaten tahun ini.", date="2026-03-02"),
        garut(
            "Lelang dibuka mulai Senin (9/3) dan kami targetkan seluruh kontrak diteken paling lambat Senin (13/4), supaya pekerjaan "
            "fisik bisa jalan sebelum musim hujan,\" kata Yusrianto di Garut, Senin (2/3/2026).", date="2026-03-02",
        ),
    )
    question = "How many days has Garut's public works office allowed between opening the road tenders and its deadline for signing all the contracts?"
    outcome = run(question, "15 days [1][2]", [1, 2], *works)
    assert strip_markers(outcome.draft.answer).startswith("35 days: 9 March 2026 to 13 April 2026"), trace(outcome)
    # the day the quote was said is no event's: the works it does not date take no day from it
    undated = run("How many days between the tender and the works in Garut?", "15 days [2]", [2], *works)
    assert "2 March 2026 [2]" not in undated.draft.answer, undated.draft.answer


def test_an_event_in_a_sentence_of_several_dates_is_dated_by_the_one_after_its_words():
    said = (
        garut("Hasil seleksi diumumkan pada Rabu (24/6), kemudian daftar ulang dibuka 25 sampai 27 Juni 2026.", date="2026-07-03"),
        garut("Ada 23 SMP swasta dan MTs yang masih membuka pendaftaran.", date="2026-07-03"),
        garut("Masa Pengenalan Lingkungan Sekolah (MPLS) untuk murid baru SMP negeri akan dimulai pada Senin, 13 Juli 2026.", date="2026-07-03"),
    )
    question = "How many days after the SPMB 2026 results announcement does MPLS orientation begin in Garut?"
    outcome = run(question, "3 days [1][3]", [1, 3], *said)
    assert strip_markers(outcome.draft.answer).startswith("19 days: 24 June 2026 to 13 July 2026"), trace(outcome)


def test_an_event_is_matched_by_the_stems_of_its_words():
    """"pengumuman" in the question is "diumumkan" in the article, "pelantikan" "melantik"."""
    said = (
        cimahi("Bupati melantik 41 pejabat, termasuk tiga pemenang seleksi terbuka, Rabu (20/5/2026).", date="2026-05-20"),
        cimahi("Para peserta mengikuti wawancara akhir pada 28 April 2026.", date="2026-05-20"),
        cimahi("Seleksi terbuka JPT Pemkot Cimahi tahun ini diumumkan pada Senin, 30 Maret 2026.", date="2026-05-20"),
    )
    question = "Berapa hari jarak antara pengumuman seleksi terbuka JPT Pemkot Cimahi 2026 dan pelantikan para pemenangnya?"
    outcome = run(question, "22 hari [1][2]", [1, 2], *said)
    assert "(51 hari): 30 Maret 2026 [3] hingga 20 Mei 2026 [1]" in outcome.draft.answer



def test_how_long_someone_served_runs_from_sejak_to_the_article_that_says_what_they_are_now():
    said = (
        cimahi("Muhammad Zaenal Arifin, yang sejak 13 Januari 2026 menjadi Plt Kepala Dishub, kini dilantik sebagai kepala dinas definitif.", date="2026-05-20"),
        cimahi("Pansel menyerahkan tiga nama pada 4 Mei 2026.", date="2026-05-20"),
    )
    question = "How long did Muhammad Zaenal Arifin serve as acting head of Cimahi's transport office before being made its definitive head?"
    outcome = run(question, "16 days [2]", [2], *said)
    assert "(127 days): 13 January 2026 [1] to 20 May 2026 [1]" in outcome.draft.answer



def test_two_events_dated_by_their_months_take_the_dates_inside_those_months():
    said = (
        cimahi("Wali Kota melantik 64 pejabat, Rabu (8/4/2026).", date="2026-04-08"),
        cimahi("Rotasi sebelumnya, pelantikan 58 pejabat pada 19 Desember 2025, menyisakan dua kursi.", date="2026-04-08"),
        cimahi("Pendaftaran dibuka 1 April 2026.", date="2026-04-08"),
    )
    outcome = run("How many days separated Kota Cimahi's December 2025 and April 2026 inauguration ceremonies?", "7 days [1][3]", [1, 3], *said)
    assert "(110 days): 19 December 2025 [2] to 8 April 2026 [1]" in outcome.draft.answer


def test_two_events_dated_by_their_months_are_not_answered_by_a_length_one_sentence_states():
    said = (
        garut("Bupati Garut melantik 41 pejabat, Kamis (7/5/2026).", doc="garut-mei.txt", date="2026-05-07"),
        garut("Ia meminta pejabat baru menyusun program kerja 100 hari.", doc="garut-mei.txt", date="2026-05-07"),
        NOVEMBER,
    )
    outcome = run("Berapa hari jarak pelantikan pejabat Garut November 2025 dan Mei 2026?", "100 hari [2]", [2], *said)
    assert "185 hari" in outcome.draft.answer and trace(outcome) == [("interval_from_article_dates", "rewrote")]
    assert trace(outcome) == [("interval_from_article_dates", "rewrote")]





def test_the_time_between_two_events_is_computed_from_their_articles_dates():
    outcome = run(
        "Berapa lama jarak antara rotasi Februari 2026 dan pelantikan camat Maret 2026 di Garut?",
        "Sekitar tiga minggu [1][2]",
        [1, 2],
        FEBRUARY,
        MARCH,
    )
    assert accepted(outcome)
    assert outcome.draft.answer == "20 hari: 10 Februari 2026 [1] hingga 2 Maret 2026 [2]"
    assert trace(outcome) == [("interval_from_article_dates", "rewrote")]


def test_a_long_interval_is_given_in_months_and_days_in_english():
    outcome = run(
        "How much time passed between the November 2025 and March 2026 inaugurations in Garut?", "4 months [1][2]", [1, 2], NOVEMBER, MARCH
    )
    assert outcome.draft.answer == "About 4 months (119 days): 3 November 2025 [1] to 2 March 2026 [2]"


def test_citing_one_dated_article_takes_the_best_ranked_other_date():
    outcome = run("How long after the February 2026 rotation in Garut were the camat sworn in?", "20 days [2]", [2], FEBRUARY, MARCH)
    assert (outcome.draft.answer, outcome.draft.cited) == ("20 days: 10 February 2026 [1] to 2 March 2026 [2]", [1, 2])


def test_a_length_of_time_the_sentence_states_answers_a_how_long_after_question_about_one_event():
    works = cianjur("Setelah pekerjaan selesai, kontraktor wajib melakukan pemeliharaan selama enam bulan.", date="2026-05-21")
    outcome = run("Berapa lama kontraktor wajib memelihara jalan setelah pekerjaan selesai?", "enam bulan [1]", [1], works)
    assert accepted(outcome) and outcome.draft.answer == "enam bulan [1]"
    assert "interval_from_article_dates" not in [rule for rule, _ in trace(outcome)]


def test_a_stated_length_of_time_cited_to_the_wrong_sentence_gets_the_sentence_that_states_it():
    said = (
        cianjur("Bupati Cianjur menetapkan masa transisi darurat selama 21 hari, mulai 5 hingga 25 Mei 2026.", date="2026-05-05"),
        cianjur("Pada bencana 2024, masa transisi hanya berlaku dua minggu.", date="2026-05-05"),
    )
    outcome = run("How long did Cianjur's emergency transition period last after the May 2026 landslide?", "21 days [2]", [2], *said)
    assert accepted(outcome) and outcome.draft.cited == [1] and trace(outcome) == [("interval_from_article_dates", "cited")]


def test_an_interval_leaves_out_a_cited_article_that_does_not_name_the_person_asked():
    announced = banjar("Wali Kota Banjar Yusuf Hermawan mengumumkan seleksi terbuka, Selasa (10/2/2026).", date="2026-02-10")
    sworn = banjar("Wali Kota Banjar Yusuf Hermawan melantik kepala dinas hasil seleksi, Selasa (12/5/2026).", doc="banjar-lantik.txt", date="2026-05-12")
    other = garut("Bupati Garut Hendra Permana melantik 35 pejabat, Jumat (14/6/2019).", doc="garut-2019.txt", date="2019-06-14")
    outcome = run(
        "How much time passed between Yusuf Hermawan announcing the open selection and swearing in the new heads?",
        "7 years [1][3]", [1, 3], other, announced, sworn,
    )
    assert outcome.draft.answer == "About 3 months (91 days): 10 February 2026 [2] to 12 May 2026 [3]", trace(outcome)


def test_an_interval_without_two_dated_events_is_refused():
    outcome = run("Berapa lama jarak antara rotasi Februari 2026 dan pelantikan camat Maret 2026 di Garut?", "Tiga minggu [1]", [1], FEBRUARY)
    assert refused_by(outcome) == "interval_from_article_dates"


# ---- place_is_the_whole_place ---------------------------------------------------------------


AULA = cianjur("Pelantikan 30 pejabat digelar di Aula Pendopo Pemkab Cianjur, Senin (2/3/2026).")


@pytest.mark.parametrize(
    "question, answer",
    [("Di mana pelantikan pejabat Pemkab Cianjur digelar?", "Pendopo [1]"), ("Where did Cianjur hold the swearing-in?", "Pemkab Cianjur [1]")],
    ids=["the tail of the place", "the government's name"],
)
def test_a_partial_place_becomes_the_whole_place_of_the_sentence(question, answer):
    outcome = run(question, answer, [1], AULA)
    assert accepted(outcome)
    assert outcome.draft.answer == "Aula Pendopo Pemkab Cianjur [1]"
    assert trace(outcome) == [("place_is_the_whole_place", "rewrote")]


@pytest.mark.parametrize(
    "question, answer",
    [("Where is the Cikondang dam that Cianjur is repairing?", "Cikondang dam [1]"), ("Bendungan Cikondang yang diperbaiki Pemkab Cianjur ada di mana?", "Bendungan Cikondang [1]")],
)
def test_a_place_answer_that_repeats_the_question_becomes_where_its_sentence_puts_it(question, answer):
    sentence = cianjur("Bupati meninjau perbaikan Bendungan Cikondang di Desa Sukamulya, Kecamatan Cugenang, Senin (2/3/2026).")
    outcome = run(question, answer, [1], sentence)
    assert outcome.draft.answer == "Desa Sukamulya, Kecamatan Cugenang [1]"


def test_a_government_answered_for_a_place_becomes_the_place_the_sentence_names():
    sentence = cianjur("Pelantikan 30 pejabat Pemkab Cianjur digelar di Gedung Dakwah, Senin (2/3/2026).")
    outcome = run("Where did Cianjur hold the swearing-in?", "Pemkab Cianjur [1]", [1], sentence)
    assert outcome.draft.answer == "Gedung Dakwah [1]"


def test_the_whole_place_is_left_alone():
    outcome = run("Di mana pelantikan pejabat Pemkab Cianjur digelar?", "Aula Pendopo Pemkab Cianjur [1]", [1], AULA)
    assert accepted(outcome) and outcome.steps == []


def test_a_place_with_a_number_in_its_name_is_kept_whole():
    sentence = cianjur("Pelantikan 30 pejabat digelar di Gedung Joang 45 Cianjur, Senin (2/3/2026).")
    outcome = run("Where did Cianjur hold the swearing-in?", "Pemkab Cianjur [1]", [1], sentence)
    assert "Gedung Joang 45" in outcome.draft.answer


# ---- government_is_the_articles -------------------------------------------------------------


SUKABUMI = sukabumi("Wali Kota Sukabumi Ridwan Saputra melantik 28 pejabat di Balai Kota Sukabumi, Senin (2/3/2026).")


@pytest.mark.parametrize(
    "question",
    [
        "Was it the Sukabumi regency or the city that swore in 28 officials?",
        "Apakah Kabupaten Sukabumi atau Kota Sukabumi yang melantik 28 pejabat?",
    ],
)
def test_regency_or_city_is_answered_with_the_cited_articles_government(question):
    outcome = run(question, "Kabupaten Sukabumi [1]", [1], SUKABUMI)
    assert accepted(outcome)
    assert outcome.draft.answer == "Kota Sukabumi [1]"
    assert trace(outcome) == [("government_is_the_articles", "rewrote")]


def test_the_right_government_is_left_alone():
    outcome = run("Was it the Sukabumi regency or the city that swore in 28 officials?", "It was Kota Sukabumi [1]", [1], SUKABUMI)
    assert accepted(outcome) and outcome.steps == []


# ---- title_is_the_articles ------------------------------------------------------------------


PREVIOUSLY = cimahi("Rina Marlina (sebelumnya Kepala Bagian Umum) dilantik menjadi Kepala Dinas Sosial.")


@pytest.mark.parametrize("answer", ["Pemkot Cimahi [1]", "Kepala Dinas Sosial [1]"], ids=["the government", "the new title"])
def test_a_previous_position_is_answered_with_the_title_the_article_gives(answer):
    outcome = run("Apa jabatan Rina Marlina sebelumnya?", answer, [1], PREVIOUSLY)
    assert accepted(outcome)
    assert outcome.draft.answer == "Kepala Bagian Umum [1]"
    assert trace(outcome) == [("title_is_the_articles", "rewrote")]


def test_a_post_asked_and_answered_with_the_persons_sentence_copied_is_the_title_beside_their_name():
    said = garut("Kepala Bidang Prasarana dan Sarana Pertanian (PSP) Dinas Pertanian Garut, Riki Ardiansyah, menjelaskan pupuk bersubsidi hanya dapat ditebus petani terdaftar.")
    outcome = run("Riki Ardiansyah itu jabatannya apa di Dinas Pertanian Garut?", "Riki Ardiansyah, menjelaskan pupuk bersubsidi hanya dapat ditebus petani terdaftar [1]", [1], said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("Kepala Bidang Prasarana dan Sarana Pertanian (PSP) Dinas Pertanian Garut")
    assert trace(outcome) == [("title_is_the_articles", "rewrote")]


def test_a_new_position_is_answered_with_the_title_the_article_gives():
    sentence = cimahi("Dalam pelantikan itu, Rina Marlina dilantik sebagai Kepala Dinas Sosial.")
    outcome = run("Apa jabatan baru Rina Marlina?", "Kepala Bagian Umum [1]", [1], sentence)
    assert outcome.draft.answer == "Kepala Dinas Sosial [1]"


def test_another_post_of_the_same_office_is_answered_with_the_articles_title():
    sentence = cimahi("Sementara itu, Dadang Supriatna, yang sebelumnya Sekretaris Dinas Sosial, dilantik sebagai Kepala Dinas Sosial.")
    outcome = run("Dadang Supriatna sebelum dilantik menjabat apa?", "Kepala Dinas Sosial [1]", [1], sentence)
    assert outcome.draft.answer == "Sekretaris Dinas Sosial [1]"


def test_the_title_of_the_article_is_left_alone():
    sentence = cianjur("Cecep Suhendar, Sekretaris Daerah Kabupaten Cianjur, membuka apel pagi.")
    outcome = run("What position does Cecep Suhendar hold?", "Sekretaris Daerah Kabupaten Cianjur [1]", [1], sentence)
    assert accepted(outcome) and outcome.steps == []


def test_a_title_another_sentence_writes_for_the_person_now_is_left_alone():
    """An older article gives the post they left ("Kepala Dinas Sosial Rina Marlina ..."), a newer
    one the post they hold now: asked what they are now, the newer one is no mistake to correct."""
    older = cimahi("Kepala Dinas Sosial Kota Cimahi Rina Marlina membuka bazar ramadan.")
    newer = cimahi("Rina Marlina, yang sebelumnya Kepala Dinas Sosial, kini menjadi Kepala Badan Kepegawaian Daerah.")
    outcome = run("Rina Marlina sekarang menjabat apa?", "Kepala Badan Kepegawaian Daerah [2]", [2], older, newer)
    assert accepted(outcome) and "title_is_the_articles" not in [rule for rule, _ in trace(outcome)]


def test_a_head_who_acted_and_returns_to_a_post_holds_the_post_returned_to():
    said = garut(
        "Rudi Hartono dilantik sebagai Kepala Dinas PUPR Garut definitif pada Senin (2/11). Asep Mulyana, yang sebelumnya "
        "menjabat Plt Kepala Dinas PUPR, kembali ke jabatan definitifnya sebagai Sekretaris Dinas PUPR Garut.", date="2026-11-03",
    )
    outcome = run("Asep Mulyana kini kembali menjabat sebagai apa setelah Rudi Hartono dilantik?", "Plt Kepala Dinas PUPR [1]", [1], said)
    assert strip_markers(outcome.draft.answer).strip() == "Sekretaris Dinas PUPR Garut", trace(outcome)


def test_a_post_the_persons_own_sentence_writes_is_left_alone_when_neither_before_nor_now_is_asked():
    sentence = garut("Kepala Dinas Sosial Dedi Supriadi, yang baru Maret lalu pindah dari Dinas Koperasi, kini menjabat Asisten Pemerintahan Setda Garut.")
    outcome = run("Which post did Dedi Supriadi take up at Garut's June reshuffle?", "Asisten Pemerintahan Setda Garut [1]", [1], sentence)
    assert accepted(outcome) and "title_is_the_articles" not in [rule for rule, _ in trace(outcome)]


def test_someone_of_another_article_who_shares_two_of_the_names_is_not_the_person_asked():
    here = garut("Asep Sunandar Wijaya kini menjadi Kepala Bappeda Garut.", doc="garut-juni.txt", date="2026-06-08")
    elsewhere = cianjur("Kepala Dinas Perikanan Asep Wijaya bertukar posisi dengan Kepala Dinas Pertanian.", doc="cianjur-juli.txt", date="2026-07-06")
    whole = {"garut-juni.txt": here.text, "cianjur-juli.txt": elsewhere.text}
    outcome = run("Asep Sunandar Wijaya skrg jabatannya apa?", "Kepala Bappeda Garut [1]", [1], here, elsewhere, article=lambda doc: whole.get(doc, ""))
    assert outcome.draft.answer == "Kepala Bappeda Garut [1]", outcome.draft.answer


def test_asked_what_someone_is_now_the_newest_articles_title_is_the_answer():
    older = cimahi("Kepala Dinas Sosial Kota Cimahi Rina Marlina membuka bazar ramadan.", date="2026-02-02")
    newer = cimahi("Rina Marlina kini menjadi Kepala Badan Kepegawaian Daerah.", doc="cimahi-rotasi.txt", date="2026-04-16")
    outcome = run("Rina Marlina sekarang menjabat apa?", "Kepala Dinas Sosial Kota Cimahi [1]", [1], older, newer)
    assert outcome.draft.answer == "Kepala Badan Kepegawaian Daerah [2]"


def test_a_government_answer_is_repaired_when_the_title_names_the_region():
    sentence = cimahi("Rina Marlina (sebelumnya Kepala Bagian Umum Setda Kota Cimahi) dilantik menjadi Kepala Dinas Sosial.")
    outcome = run("Apa jabatan Rina Marlina sebelumnya?", "Pemkot Cimahi [1]", [1], sentence)
    assert outcome.draft.answer == "Kepala Bagian Umum Setda Kota Cimahi [1]"


# ---- the order of the registry --------------------------------------------------------------


def test_the_first_refusal_ends_the_run():
    outcome = run("Berapa pejabat yang dilantik Bupati Garut?", "99 pejabat", [], garut("Bupati Garut Hendra Permana melantik 42 pejabat."))
    assert refused_by(outcome) == "cites_a_given_sentence"
    assert [step.rule for step in outcome.steps] == ["cites_a_given_sentence"]
    assert outcome.steps[-1].after == ""


def test_repairs_build_on_each_other_in_registry_order():
    outcome = run("Siapa Wakil Bupati Garut?", "Wakil Bupati Garut", [], garut("Yuliani, Wakil Bupati Garut, membacakan sambutan tertulis bupati."))
    assert accepted(outcome)
    assert trace(outcome) == [("cites_a_given_sentence", "cited"), ("title_answered_with_its_holder", "rewrote")]
    step = outcome.steps[-1]
    assert (step.before, step.after) == ("Wakil Bupati Garut", "Yuliani [1]")


def test_rules_for_the_whole_question_are_skipped_for_one_part():
    question = "Dari 42 pejabat yang dilantik Bupati Garut, berapa yang eselon IV?"
    sentence = garut("Dari 42 pejabat yang dilantik, pejabat eselon IV berjumlah 30 orang.")
    assert refused_by(run(question, "42 pejabat [1]", [1], sentence)) == "not_the_questions_own_number"
    assert accepted(run(question, "42 pejabat [1]", [1], sentence, part=True))


def test_run_can_be_given_its_own_list_of_rules():
    d = draft("Berapa pejabat yang dilantik Bupati Garut?", "99 pejabat [1]", [1], garut("Bupati Garut Hendra Permana melantik 42 pejabat."))
    outcome = rules.run(d, [rules.BY_NAME["model_found_an_answer"], rules.BY_NAME["percent_is_a_percentage"]])
    assert accepted(outcome) and outcome.steps == []


# ---- end_of_the_span_when_asked --------------------------------------------------------------


def test_asked_a_deadline_the_start_date_becomes_the_date_after_paling_lambat():
    said = (
        garut("Penyaluran kami mulai 30 Maret 2026 setelah Lebaran."),
        garut("Target dari pusat, seluruhnya harus tuntas paling lambat 30 April 2026."),
    )
    outcome = run("deadline penyaluran bansos beras garut tgl brp?", "30 Maret 2026 [1]", [1], *said)
    assert (outcome.draft.answer, trace(outcome)) == ("30 April 2026 [2]", [("end_of_the_span_when_asked", "rewrote")])
    start = run("kapan penyaluran bansos beras garut dimulai?", "30 Maret 2026 [1]", [1], *said)
    assert start.draft.answer == "30 Maret 2026 [1]"


@pytest.mark.parametrize(
    "question",
    ["jembatan ciwaru sesuai kontrak hrs kelar tgl brp?", "By what date must the Ciwaru bridge in Garut be completed?", "Kapan pembangunan jembatan Ciwaru harus rampung?"],
)
def test_asked_when_a_work_must_be_finished_the_day_of_an_inspection_becomes_the_deadline(question):
    said = (
        garut("Wakil Bupati Garut meninjau Jembatan Ciwaru, Kamis (10/9/2026)."),
        garut("Sesuai kontrak, jembatan harus selesai paling lambat 25 September 2026."),
    )
    outcome = run(question, "10 September 2026 [1]", [1], *said)
    assert strip_markers(outcome.draft.answer).strip() == "25 September 2026" and outcome.draft.cited == [2]


def test_another_governments_deadline_for_the_same_report_does_not_replace_the_answer():
    said = (
        garut("Seluruh pejabat yang dilantik wajib menyampaikan LHKPN paling lambat tiga bulan setelah pelantikan, atau 9 April 2026.", date="2026-01-09"),
        cimahi("Seluruh pejabat yang dilantik wajib menyerahkan LHKPN paling lambat 31 Maret 2026.", date="2026-02-03"),
    )
    outcome = run("By what date must the newly installed Garut officials submit their LHKPN?", "9 April 2026 [1]", [1, 2], *said)
    assert strip_markers(outcome.draft.answer).strip().startswith("9 April 2026"), trace(outcome)
    assert "end_of_the_span_when_asked" not in dict(trace(outcome))


REGISTRATION = cimahi("Pendaftaran lelang jabatan dibuka mulai Senin, 9 Februari, hingga Jumat, 20 Februari 2026, lewat laman BKPSDM.", date="2026-02-06")


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        ("Kapan batas akhir pendaftaran lelang jabatan Pemkot Cimahi?", "9 Februari [1]", "Jumat, 20 Februari 2026 [1]"),
        ("When does registration for Cimahi's open selection close?", "February 9 [1]", "Jumat, 20 Februari 2026 [1]"),
        ("Sejak kapan pendaftaran lelang jabatan Pemkot Cimahi dibuka?", "20 Februari 2026 [1]", "Senin, 9 Februari [1]"),
    ],
)
def test_the_asked_end_or_start_of_a_span_of_days_is_the_one_answered(question, answer, expected):
    outcome = run(question, answer, [1], REGISTRATION)
    assert accepted(outcome) and outcome.draft.answer == expected
    assert ("end_of_the_span_when_asked", "rewrote") in trace(outcome)


def test_an_answer_with_no_day_at_all_takes_the_asked_end_of_the_span():
    sentence = cimahi("Pemkot Cimahi menetapkan status tanggap darurat selama 14 hari, terhitung 5 hingga 18 Februari 2026.")
    outcome = run("Status tanggap darurat di Cimahi berlaku sampai tanggal berapa?", "14 hari [1]", [1], sentence)
    assert outcome.draft.answer == "18 Februari 2026 [1]"


def test_a_start_day_without_its_month_takes_the_month_of_the_end():
    sentence = cimahi("Tes kesehatan digelar 3-5 Maret 2026 di RSUD Cibabat.")
    outcome = run("Kapan tes kesehatan pejabat Cimahi dimulai?", "5 Maret 2026 [1]", [1], sentence)
    assert outcome.draft.answer == "3 Maret 2026 [1]"


def test_a_start_day_no_cited_sentence_writes_becomes_the_cited_spans_start():
    said = (
        cianjur("Pemkab Cianjur akan mulai menyalurkan bantuan pangan beras alokasi Juni–Juli 2026 pada Senin (15/6).", date="2026-06-12"),
        cianjur("Penyaluran tahap kedua dijadwalkan Senin (29/6) hingga Jumat (10/7).", date="2026-06-12"),
    )
    outcome = run("When does the second stage of rice aid distribution in Cianjur begin?", "15 June 2026 [2]", [2], *said)
    assert outcome.draft.answer == "29 Juni [2]" and ("end_of_the_span_when_asked", "rewrote") in trace(outcome)
    # a day the cited sentences do write is the model's to pick
    kept = run("When does the rice aid distribution in Cianjur begin?", "15 June 2026 [1]", [1, 2], *said)
    assert strip_markers(kept.draft.answer).strip() == "15 June 2026", trace(kept)


def test_a_date_question_not_about_an_end_or_start_keeps_its_answer():
    outcome = run("Kapan Pemkot Cimahi mengumumkan lelang jabatan?", "9 Februari [1]", [1], REGISTRATION)
    assert "end_of_the_span_when_asked" not in [rule for rule, _ in trace(outcome)]


# ---- weekday_when_the_day_is_asked ----------------------------------------------------------


def test_the_day_of_the_week_is_added_when_the_day_is_asked():
    outcome = run("Pada hari apa Bupati Garut melantik 12 camat?", "2 Maret 2026 [1]", [1], MARCH)
    assert accepted(outcome) and outcome.draft.answer.startswith("Senin, 2 Maret 2026")
    assert trace(outcome) == [("weekday_when_the_day_is_asked", "rewrote")]


def test_an_english_date_answer_gets_an_english_weekday():
    outcome = run("What day of the week did the Garut regent install the 12 camat?", "2 March 2026 [1]", [1], MARCH)
    assert outcome.draft.answer.startswith("Monday, 2 March 2026")


def test_a_weekday_beside_a_date_is_the_one_the_calendar_gives():
    outcome = run("Kapan Bupati Garut melantik 12 camat?", "2 Maret 2026, Rabu, 2026 [1]", [1], MARCH)
    assert accepted(outcome) and strip_markers(outcome.draft.answer) == "Senin, 2 Maret 2026"
    assert ("weekday_is_the_dates", "rewrote") in trace(outcome)
    right = run("Kapan Bupati Garut melantik 12 camat?", "Senin, 2 Maret 2026 [1]", [1], MARCH)
    assert "weekday_is_the_dates" not in dict(trace(right)) and accepted(right)


def test_a_which_question_answered_with_a_count_names_none():
    said = (garut("Peningkatan tiga ruas itu menelan anggaran Rp 21,6 miliar dan dikerjakan tiga kontraktor berbeda."),)
    assert refused_by(run("Which contractor is upgrading Garut's Cikajang road?", "Three contractors [1]", [1], *said)) == "which_is_not_a_count"
    assert refused_by(run("Kontraktor mana yang mengerjakan ruas Cikajang di Garut?", "tiga kontraktor [1]", [1], *said)) == "which_is_not_a_count"
    named = (garut("Ruas Cikajang dikerjakan PT Sinar Jaya Konstruksi, kontraktor asal Bandung."),)
    assert accepted(run("Which contractor is upgrading Garut's Cikajang road?", "PT Sinar Jaya Konstruksi [1]", [1], *named))
    # the people of the event counted, not the posts asked named
    rotation = (garut("Bupati Garut merotasi 96 pejabat, termasuk mengisi kekosongan Asisten Daerah 1 dan Asisten Daerah 3."),)
    assert refused_by(run("Which Asisten Daerah posts did Garut's regent fill in the rotation?", "96 pejabat [1]", [1], *rotation)) == "which_is_not_a_count"
    assert accepted(run("Which Asisten Daerah posts did Garut's regent fill in the rotation?", "Asisten Daerah 1 dan Asisten Daerah 3 [1]", [1], *rotation))
    # a length is a measure: "which length" is answered by one
    road = (garut("Ruas Cikajang yang ditingkatkan sepanjang 4 kilometer."),)
    assert accepted(run("What length of the Cikajang road in Garut is being upgraded?", "4 kilometer [1]", [1], *road))


# ---- the rules take no evidence from outside the question's period, government or people ----


def test_a_number_only_another_periods_article_states_is_refused():
    outcome = run("Berapa camat yang dilantik Bupati Garut pada Februari 2026?", "12 camat [1]", [1], FEBRUARY, MARCH)
    assert refused_by(outcome) == "numbers_in_cited_sentences"
    assert "another period" in outcome.refused.why


def test_a_misspelt_name_takes_the_articles_spelling():
    outcome = run("Siapa Bupati Garut yang melantik 12 camat?", "Hendra Permanna [1]", [1], MARCH)
    assert accepted(outcome) and outcome.draft.answer.startswith("Hendra Permana")
    assert ("names_in_cited_sentences", "rewrote") in trace(outcome)


def test_a_misspelt_name_alone_is_respelled_from_the_sentence_that_writes_it_not_refused():
    said = cianjur("Asep Jatnika, yang sebelumnya Camat Cugenang, dilantik menjadi Kepala Satpol PP, Senin (2/3/2026).")
    other = cianjur("Pelantikan digelar di Pendopo Cianjur.")
    outcome = run("Siapa yang dilantik menjadi Kepala Satpol PP Cianjur?", "Asep Jatnica [2]", [2], said, other)
    assert accepted(outcome) and outcome.draft.answer.startswith("Asep Jatnika") and 1 in outcome.draft.cited, trace(outcome)


# ---- duration_has_its_unit: a number of another unit ------------------------------------------


def test_a_number_of_days_is_no_answer_to_how_many_years():
    said = subang("Program 100 hari kerja menjadi target, sedangkan visi misi dicapai dalam lima tahun.")
    outcome = run("Over how many years is the Subang vision to be achieved?", "100 [1]", [1], said)
    assert refused_by(outcome) == "duration_has_its_unit"


# ---- government_is_the_articles: "Bupati or Wali Kota?" -----------------------------------------


def test_bupati_or_wali_kota_is_answered_with_the_title_of_the_articles_government():
    said = cimahi("Dedi Kusnadi mengatakan pelantikan berjalan lancar.")
    outcome = run("Is Dedi Kusnadi a Bupati or a Wali Kota?", "Bupati Cimahi [1]", [1], said)
    assert outcome.draft.answer.startswith("Wali Kota (mayor) of Kota Cimahi")


# ---- interval_from_article_dates: the two events named in the question -------------------------


def test_the_asked_end_is_the_spans_not_the_day_of_a_cited_sentence_less_about_the_question():
    said = (
        garut("Pemkab Garut akhirnya mengumumkan daftar penerima Beasiswa Garut 2026 pada Rabu (12/8/2026) sore, mundur dari jadwal semula.", date="2026-08-12"),
        garut("Penerima wajib melakukan daftar ulang sekaligus membuka rekening di Bank Jabar mulai Selasa (18/8) hingga Selasa (1/9/2026).", date="2026-08-12"),
    )
    outcome = run("By what date must 2026 Garut scholarship recipients re-register and open their bank account?", "12 August 2026 [1][2]", [1, 2], *said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("1 September 2026"), trace(outcome)
    announced = run("Kapan pengumuman penerima beasiswa Garut 2026?", "12 Agustus 2026 [1][2]", [1, 2], *said)
    assert "end_of_the_span_when_asked" not in dict(trace(announced))  # no end asked


def test_the_days_after_an_event_that_closes_count_from_its_spans_end_to_a_day_still_to_come():
    said = (
        subang("Seleksi terbuka untuk jabatan Kepala Dinas PUPR akan diumumkan Senin (19/1).", date="2026-01-16"),
        subang("Pendaftaran dibuka secara daring mulai Senin (26/1) hingga Jumat (6/2/2026).", date="2026-01-16"),
        subang("Hasil seleksi administrasi diumumkan Selasa (10/2).", date="2026-01-16"),
        subang("Tahap berikutnya, penulisan makalah dan wawancara, dijadwalkan Jumat (20/2).", date="2026-01-16"),
        subang("Panitia seleksi akan menyerahkan tiga nama terbaik kepada Bupati pada Rabu (25/2).", date="2026-01-16"),
    )
    outcome = run("How many days after registration closes does the paper-writing and interview stage of Subang's open selection take place?", "10/2 - 20/2 [4]", [4], *said)
    assert outcome.draft.answer.startswith("14 days: 6 February 2026 [2] to 20 February 2026 [4]"), outcome.draft.answer
    # "ditutupnya pendaftaran" is its close too
    closed = run("Berapa hari jarak antara ditutupnya pendaftaran seleksi terbuka Subang dan wawancara?", "25 hari [4]", [4], *said)
    assert closed.draft.answer.startswith("14 hari: 6 Februari 2026 [2]"), closed.draft.answer
    assert ("interval_from_article_dates", "rewrote") in trace(outcome)


def test_the_time_between_two_events_reads_each_event_from_the_question():
    outcome = run(
        "How long was it between the rotation of 40 officials and the installation of 12 camat in Garut?",
        "20 days [3]",
        [3],
        NOVEMBER,
        FEBRUARY,
        MARCH,
    )
    assert outcome.draft.answer.startswith("20 days: 10 February 2026"), outcome.draft.answer


def test_an_event_the_sentence_dates_itself_is_timed_from_that_date_not_its_articles():
    recalled = garut("Pelantikan itu menyusul rotasi 35 pejabat pada 3 November 2025.", doc="garut-mar.txt", date="2026-03-02")
    outcome = run("How many days separated Garut's November 2025 and March 2026 inauguration ceremonies?", "100 days [1][2]", [1, 2], MARCH, recalled)
    assert outcome.draft.answer.startswith("About 4 months (119 days): 3 November 2025 [2] to 2 March 2026 [1]"), outcome.draft.answer


def test_an_event_named_by_its_month_or_as_the_first_of_the_year_is_dated_so():
    said = (
        garut("Bupati Garut melantik 214 pejabat di Pendopo, Kamis (12/3/2026).", doc="garut-mar.txt", date="2026-03-12"),
        garut("Sebelumnya, pada Selasa, 6 Januari 2026, bupati melantik 96 pejabat.", doc="garut-mar.txt", date="2026-03-12"),
        garut("Pertimbangan teknis BKN untuk pelantikan Garut terbit 27 Februari 2026.", doc="garut-mar.txt", date="2026-03-12"),
    )
    outcome = run(
        "How many days passed between the Garut regent's first swearing-in of officials in 2026 and the one held in March?", "13 days [1][3]", [1, 3], *said
    )
    assert outcome.draft.answer.startswith("About 2 months (65 days): 6 January 2026 [2] to 12 March 2026 [1]"), outcome.draft.answer


@pytest.mark.parametrize(
    "question",
    [
        "Berapa lama jarak dari rotasi 40 pejabat sampai pelantikan 12 camat di Garut?",
        "How long was it from the rotation of 40 officials until the installation of 12 camat in Garut?",
    ],
)
def test_from_one_event_to_another_is_the_time_between_them(question):
    from rag.question import kind_of

    assert kind_of(question) == "interval"
    outcome = run(question, "20 hari [3]", [3], NOVEMBER, FEBRUARY, MARCH)
    assert outcome.draft.answer.startswith(("20 hari: 10 Februari 2026", "20 days: 10 February 2026")), outcome.draft.answer


@pytest.mark.parametrize(
    "question",
    ["Fogging massal DBD di Cimahi dimulai berapa hari setelah status KLB ditetapkan?", "fogging massal cimahi brp hari stlh KLB ditetapkan?"],
)
def test_y_how_many_days_after_x_is_the_time_from_x_to_a_start_the_article_announces(question):
    from rag.question import kind_of

    said = (
        cimahi("Pemkot Cimahi menetapkan status KLB demam berdarah sejak Senin, 6 April 2026.", date="2026-04-09"),
        cimahi("Kasus DBD di Cimahi tercatat di semua kecamatan sejak Januari.", date="2026-04-09"),
        cimahi("Fogging massal kami mulai 14 April sampai 25 April 2026 di 15 kelurahan.", date="2026-04-09"),
    )
    assert kind_of(question) == "interval"
    outcome = run(question, "14 April sampai 25 April 2026 [3]", [3], *said)
    assert outcome.draft.answer.startswith("8 hari: 6 April 2026 [1] hingga 14 April 2026 [3]"), outcome.draft.answer


def test_an_event_of_another_government_is_not_one_of_the_two_events():
    cimahi_bidding = cimahi("Pemkot Cimahi membuka seleksi terbuka JPT pratama, Kamis (14/6/2019).", date="2019-06-14")
    garut_bidding = garut("Bupati Garut Hendra Permana mengumumkan seleksi terbuka JPT pratama, Selasa (10/2/2026).", doc="garut-feb.txt", date="2026-02-10")
    outcome = run(
        "How long was it between Bupati Garut announcing the open selection and the installation of 12 camat?",
        "20 days [3]",
        [3],
        cimahi_bidding,
        garut_bidding,
        MARCH,
    )
    assert outcome.draft.answer.startswith("20 days: 10 February 2026"), outcome.draft.answer


def test_a_figure_as_it_stood_at_a_months_end_may_come_from_an_article_after_it():
    april = subang("Realisasi belanja APBD Subang pada pekan pertama April baru 13,8 persen.", date="2026-04-07")
    as_of = run("Sampai akhir Maret 2026, realisasi belanja APBD Subang berapa persen?", "13,8 persen [1]", [1], april)
    assert accepted(as_of), trace(as_of)
    during = run("Berapa persen realisasi belanja APBD Subang pada Maret 2026?", "13,8 persen [1]", [1], april)
    assert refused_by(during) == "cited_from_asked_period"


# ---- a figure is of the asked round ----------------------------------------------------------

QUARTER_TWO = garut("BLT Dana Desa triwulan II (April-Juni) disalurkan kepada 2.871 KPM dengan besaran Rp300.000 per bulan.", date="2026-07-08")


@pytest.mark.parametrize("question", ["blt dana desa garut triwulan III 2026 penerimanya brp kpm", "How many families got village-fund cash aid (BLT Dana Desa) in Garut in Q3 2026?"])
def test_a_figure_of_another_round_does_not_answer_for_the_asked_one(question):
    outcome = run(question, "2.871 KPM [1]", [1], QUARTER_TWO)
    assert refused_by(outcome) == "figure_is_of_the_asked_round"
    assert outcome.refused.why == "sentence 1 writes triwulan 2, not triwulan 3"


def test_a_figure_of_the_asked_round_passes():
    assert "figure_is_of_the_asked_round" not in [rule for rule, _ in trace(run("Berapa KPM penerima BLT Dana Desa triwulan II di Garut?", "2.871 KPM [1]", [1], QUARTER_TWO))]


# ---- an amount per the asked unit --------------------------------------------------------------

RICE = garut("Beras SPHP dijual Rp62.500 per sak lima kilogram atau Rp12.500 per kilogram di pasar murah Ramadan.", date="2026-02-20")


@pytest.mark.parametrize("question", ["What price per tray were eggs sold for at Garut's Ramadan cheap market?", "harga telur per rak di pasar murah garut brp?"])
def test_an_amount_per_another_measure_is_no_price_per_the_asked_one(question):
    outcome = run(question, "Rp12.500 [1]", [1], RICE)
    assert refused_by(outcome) == "amount_is_per_the_asked_unit"
    assert accepted(run("Berapa harga beras SPHP per kilogram di pasar murah Garut?", "Rp12.500 [1]", [1], RICE))


def test_a_whole_is_no_amount_for_each():
    said = garut("Tahun ini Kecamatan Cikajang menerima dana desa Rp12,4 miliar untuk 12 desa.", date="2026-02-20")
    outcome = run("Berapa dana desa yang diterima setiap desa di Kecamatan Cikajang tahun 2026?", "Rp12,4 miliar [1]", [1], said)
    assert refused_by(outcome) == "amount_is_per_the_asked_unit"
    each = garut("Setiap desa di Kecamatan Cikajang menerima dana desa masing-masing Rp1,03 miliar.", date="2026-02-20")
    assert accepted(run("Berapa dana desa yang diterima setiap desa di Kecamatan Cikajang tahun 2026?", "Rp1,03 miliar [1]", [1], each))


# ---- the extreme of a month-by-month breakdown ---------------------------------------------------

BY_MONTH = garut("Dinkes Garut merinci pada Januari 2026 tercatat 64 kasus, Februari 98 kasus, Maret 141 kasus, dan April 109 kasus.", date="2026-05-04")
# the same breakdown written figure first
RICE_BY_MONTH = garut("Sepanjang triwulan I 2026 penyaluran beras SPHP di Garut mencapai 41,5 ton pada Januari, 57,2 ton pada Februari, dan 66,8 ton pada Maret.", date="2026-04-13")


@pytest.mark.parametrize(
    "question, answer, said, expected",
    [
        ("In which month of 2026 did Garut record the most dengue cases?", "April [1]", BY_MONTH, "March (141 kasus) [1]"),
        ("kasus dbd garut paling sedikit bulan apa di 2026?", "April 2026 [1]", BY_MONTH, "Januari (64 kasus) [1]"),
        ("Pada bulan apa penyaluran beras SPHP di Garut paling tinggi selama triwulan I 2026?", "Januari [1]", RICE_BY_MONTH, "Maret (66,8 ton) [1]"),
    ],
)
def test_the_month_asked_for_is_the_extreme_of_the_breakdown(question, answer, said, expected):
    outcome = run(question, answer, [1], said)
    assert accepted(outcome) and outcome.draft.answer == expected, trace(outcome)


def test_the_extreme_month_answered_is_kept_and_a_date_is_no_breakdown():
    assert "extreme_of_the_listed_months" not in dict(trace(run("In which month of 2026 did Garut record the most dengue cases?", "March 2026 [1]", [1], BY_MONTH)))
    dated = garut("Pendaftaran dibuka 20 April 2026, diikuti 300 peserta pada Mei dan 120 peserta pada Juni.", date="2026-07-01")
    assert "extreme_of_the_listed_months" not in dict(trace(run("In which month did the most people register in Garut?", "Mei [1]", [1], dated)))


# ---- a whole is not a rate ---------------------------------------------------------------------

PENALTY = garut("Kontraktor Jembatan Cikuray dikenai denda keterlambatan Rp4,2 juta per hari sejak 1 Januari 2026.", date="2026-02-20")


@pytest.mark.parametrize(
    "question",
    [
        "How much did the contractor of the Cikuray bridge in Garut end up paying in late-completion fines?",
        "berapa total denda yg dibayar kontraktor jembatan cikuray garut?",
    ],
)
def test_a_rate_does_not_answer_what_was_paid_in_all(question):
    outcome = run(question, "Rp4,2 juta per hari [1]", [1], PENALTY)
    assert refused_by(outcome) == "amount_is_the_whole_not_a_rate"
    assert outcome.refused.why == "sentence 1 gives 4,2 per hari: a rate, not the whole asked"


@pytest.mark.parametrize(
    "question",
    ["Berapa denda keterlambatan per hari untuk kontraktor Jembatan Cikuray di Garut?", "How much does the Cikuray bridge contractor in Garut have to pay in fines?"],
)
def test_a_rate_answers_a_question_asking_the_rate(question):
    assert "amount_is_the_whole_not_a_rate" not in [rule for rule, _ in trace(run(question, "Rp4,2 juta per hari [1]", [1], PENALTY))]


def test_a_whole_paid_passes_beside_a_rate():
    said = garut("Hingga Februari 2026 kontraktor Jembatan Cikuray sudah membayar denda Rp176,4 juta, atau Rp4,2 juta per hari selama 42 hari.", date="2026-02-20")
    outcome = run("How much did the contractor of the Cikuray bridge in Garut end up paying in fines?", "Rp176,4 juta [1]", [1], said)
    assert "amount_is_the_whole_not_a_rate" not in [rule for rule, _ in trace(outcome)]


# ---- a difference counts one thing -------------------------------------------------------------

LANDSLIDE_EVACUEES = (
    cimahi("Pada laporan awal, Senin (9/2/2026), pengungsi longsor tercatat 312 jiwa dari 87 KK.", date="2026-02-23"),
    cimahi("Per Senin (23/2/2026), pengungsi tinggal 146 jiwa.", date="2026-02-23"),
)


@pytest.mark.parametrize("answer", ["312 - 87 [1]", "225 (312 - 87) [1]"])
def test_a_difference_of_people_and_households_is_refused(answer):
    outcome = run("Berapa jiwa berkurang jumlah pengungsi longsor Cimahi dari 9 Februari sampai 23 Februari 2026?", answer, [1], *LANDSLIDE_EVACUEES)
    assert refused_by(outcome) == "subtraction_counts_one_thing"
    assert outcome.refused.why == "312 counts people and 87 counts families: no difference of one thing"


def test_a_difference_of_one_kind_is_computed():
    outcome = run("Berapa jiwa berkurang jumlah pengungsi longsor Cimahi dari 9 Februari sampai 23 Februari 2026?", "312 - 146 [1][2]", [1, 2], *LANDSLIDE_EVACUEES)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("166 (312 - 146)")


# ---- a date answered is a date written -------------------------------------------------------

SWORN_IN = cimahi("Wali Kota Cimahi melantik 23 pejabat hasil seleksi terbuka, Kamis (12/3) pagi di Gedung Harjasari.", date="2026-03-12")
CLOSED = cimahi("Pendaftaran seleksi ditutup 27 Februari 2026 dengan 30 pelamar.", date="2026-03-12")


def test_a_date_mixing_two_written_dates_becomes_the_one_with_its_day():
    outcome = run("Kapan Wali Kota Cimahi melantik pejabat hasil seleksi terbuka?", "12 Februari 2026 [1][2]", [1, 2], SWORN_IN, CLOSED)
    assert accepted(outcome) and outcome.draft.answer == "12 Maret 2026 [1]"
    assert ("date_is_a_stated_date", "rewrote") in trace(outcome)


def test_a_date_no_written_date_shares_its_day_with_is_left_alone():
    # the day is the count of officials, the month the closing date's: no written date to take
    outcome = run("When did Cimahi's mayor swear in the winners of the open selection?", "23 February 2026 [1][2]", [1, 2], SWORN_IN, CLOSED)
    assert "date_is_a_stated_date" not in [rule for rule, _ in trace(outcome)] and outcome.draft.answer == "23 February 2026 [1][2]"


@pytest.mark.parametrize(
    "question, answer, said",
    [
        ("When did Cimahi's mayor swear in the winners of the open selection?", "March 12, 2026 [1]", (SWORN_IN,)),
        ("Kapan pendaftaran seleksi Pemkot Cimahi ditutup?", "27 Februari 2026 [1]", (CLOSED,)),
        # the article's own date: the header the model reads
        ("Kapan pelantikan pejabat Cimahi digelar?", "12 Maret 2026 [1]", (cimahi("Sebanyak 23 pejabat dilantik di Gedung Harjasari.", date="2026-03-12"),)),
        # the first day of a written span, its month written once
        ("Kapan tes kesehatan pejabat Cimahi digelar?", "3 Maret 2026 [1]", (cimahi("Tes kesehatan digelar 3-5 Maret 2026 di RSUD Cibabat."),)),
    ],
)
def test_a_written_date_is_kept(question, answer, said):
    outcome = run(question, answer, [1], *said)
    assert "date_is_a_stated_date" not in [rule for rule, _ in trace(outcome)] and accepted(outcome)


# ---- a figure is of the year written beside it ----------------------------------------------------

TARGETS = garut("Kepala Bapenda Garut mengatakan target PBB-P2 tahun 2026 ditetapkan Rp72 miliar, naik dari target 2025 sebesar Rp66,5 miliar.", date="2026-07-13")


def test_a_change_between_two_years_is_the_subtraction_of_their_figures():
    outcome = run("By how much did Garut raise its PBB-P2 revenue target for 2026 compared with the 2025 target?", "6,5 miliar [1]", [1], TARGETS)
    assert strip_markers(outcome.draft.answer).startswith("5.5 miliar") and accepted(outcome), trace(outcome)
    assert trace(outcome)[:2] == [("difference_of_the_two_years_figures", "rewrote"), ("difference_is_computed", "rewrote")]
    # a change the sentence states is its own
    stated = garut("Target PBB-P2 Garut tahun 2026 naik Rp5,5 miliar dari target 2025.", date="2026-07-13")
    assert "difference_of_the_two_years_figures" not in dict(trace(run("By how much did Garut raise its PBB-P2 target for 2026 compared with 2025?", "Rp5,5 miliar [1]", [1], stated)))


def test_one_years_part_of_a_change_takes_the_figure_beside_that_year():
    # a part keeps the change's words ("raise"); "PBB-P2" holds no figure
    outcome = run("How much did Garut raise its PBB-P2 revenue target the 2025 target?", "72 miliar [1]", [1], TARGETS, part=True)
    assert outcome.draft.answer == "Rp66,5 miliar [1]" and trace(outcome) == [("figure_of_the_asked_year", "rewrote")]


SKP = garut("Rata-rata capaian SKP pejabat JPT pratama Garut pada 2025 tercatat 86,7 persen, naik dari 82,3 persen pada 2024.", date="2026-02-03")


def test_a_figure_written_beside_another_year_becomes_the_one_beside_the_asked_year():
    outcome = run("What was the average SKP achievement of Garut's JPT pratama officials in 2024, in percent?", "86,7 persen [1]", [1], SKP)
    assert accepted(outcome) and outcome.draft.answer.startswith("82,3 persen")
    assert ("figure_of_the_asked_year", "rewrote") in trace(outcome)
    # the asked year's own figure stays
    kept = run("What was the average SKP achievement of Garut's JPT pratama officials in 2025, in percent?", "86,7 persen [1]", [1], SKP)
    assert ("figure_of_the_asked_year", "rewrote") not in trace(kept) and kept.draft.answer.startswith("86,7")


def test_a_count_written_before_its_year_is_that_years_too():
    said = garut("Sepanjang 2025 tercatat 1.482 kasus DBD, turun dibandingkan 2024 yang mencapai 2.318 kasus.", date="2026-01-20")
    outcome = run("Berapa kasus DBD di Garut pada 2024?", "1.482 kasus [1]", [1], said)
    assert accepted(outcome) and outcome.draft.answer.startswith("2.318 kasus")
    assert ("figure_of_the_asked_year", "rewrote") in trace(outcome)
    assert accepted(run("Berapa kasus DBD di Garut pada 2024?", "2.318 kasus [1]", [1], said))


def test_a_months_figure_written_beside_the_same_month_of_another_year_becomes_the_asked_years():
    said = garut("Realisasi PBB-P2 per 31 Maret 2026 mencapai Rp41,6 miliar, naik dari Rp35,2 miliar pada akhir Maret 2025.", date="2026-04-06")
    outcome = run("Berapa realisasi PBB-P2 Garut pada akhir Maret 2025?", "Rp41,6 miliar [1]", [1], said)
    assert accepted(outcome) and outcome.draft.answer.startswith("Rp35,2 miliar")
    assert ("figure_of_the_asked_year", "rewrote") in trace(outcome)
    assert accepted(kept := run("How much PBB-P2 had Garut collected by the end of March 2026?", "Rp41,6 miliar [1]", [1], said))
    assert kept.draft.answer.startswith("Rp41,6 miliar")


STUNTING = (
    garut("Dari 118.640 balita yang diukur pada Agustus 2025, sebanyak 17.464 balita dinyatakan stunting.", date="2026-02-02"),
    garut("Setahun sebelumnya, tercatat 20.386 balita stunting dari 117.500 balita yang diukur.", date="2026-02-02"),
)


def stunting(question: str, answer: str = "17.464 balita [1]") -> rules.Outcome:
    return run(question, answer, [1], *STUNTING, article=lambda doc: " ".join(s.text for s in STUNTING))


@pytest.mark.parametrize("question", ["Berapa balita stunting di Garut pada Agustus 2024?", "How many stunted toddlers did Garut have in 2024?"])
def test_the_figure_of_a_year_earlier_is_read_off_the_sentence_that_says_setahun_sebelumnya(question):
    outcome = stunting(question)
    assert accepted(outcome) and outcome.draft.answer.startswith("20.386") and outcome.draft.cited == [2]
    assert ("figure_of_the_asked_year", "rewrote") in trace(outcome)
    # the year of the sentence itself keeps its figure; two years back is no year earlier
    assert accepted(kept := stunting("Berapa balita stunting di Garut pada Agustus 2025?"))
    assert kept.draft.answer.startswith("17.464")
    assert not any(step.rule == "figure_of_the_asked_year" for step in stunting("Berapa balita stunting di Garut pada 2023?").steps)


def test_a_change_written_beside_the_year_compared_is_left_as_the_answer():
    said = garut("Capaian SKP pada 2025 tercatat 86,7 persen, naik 4,4 persen dibanding 2024.", date="2026-02-03")
    outcome = run("Berapa persen kenaikan capaian SKP pejabat Garut pada 2025?", "4,4 persen [1]", [1], said)
    assert ("figure_of_the_asked_year", "rewrote") not in trace(outcome) and outcome.draft.answer.startswith("4,4")
    fell = garut("Pada 2025 tercatat 1.482 kasus, turun 836 kasus dibanding 2024.", date="2026-01-20")
    assert not [step for step in run("How many dengue cases were there in Garut in 2024?", "1.482 [1]", [1], fell).steps if step.rule == "figure_of_the_asked_year"]


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        ("Pemkab melantik 146 pejabat pada 12 Januari 2026, lebih banyak dari 2025.", []),
        ("Pada 2024 IPM Garut 68,5 dan pada 2025 naik menjadi 69,3.", [("69.3", 2025)]),
        ("Dana dibagi sesuai Perbup Nomor 12 Tahun 2025 kepada 98 desa.", []),
        ("Sebanyak 5 dari 2025 peserta tidak lolos.", []),
        ("Realisasi PAD pada 2025 mencapai Rp412,5 miliar, bertambah Rp32,5 miliar dari 2024.", [("412.5", 2025)]),
    ],
)
def test_figures_by_year_pairs_a_figure_only_with_its_own_year(sentence, pairs):
    assert [(str(v), y) for _, _, v, y in rules.figures_by_year(sentence)] == pairs


@pytest.mark.parametrize(
    "sentence, pairs",
    [
        ("BLT disiapkan untuk 2.146 KPM, lebih sedikit dibanding tahun lalu yang sebanyak 2.390 KPM.", [("2146", 2026), ("2390", 2025)]),
        ("Realisasi PAD naik 12 persen dibanding tahun lalu.", []),  # the change, not a figure of either year
        ("Capaian 98,2 persen lebih tinggi dibanding tahun lalu.", []),  # the figure, or the change: it does not say
    ],
)
def test_figures_by_year_reads_tahun_lalu_against_the_articles_year(sentence, pairs):
    assert [(str(v), y) for _, _, v, y in rules.figures_by_year(sentence, 2026)] == pairs


BLT_TWO_YEARS = (
    garut("Sebanyak 51 desa di Garut sudah menerima dana desa tahap I.", date="2026-04-07"),
    garut("BLT Dana Desa 2026 disiapkan untuk 2.146 keluarga penerima manfaat (KPM), lebih sedikit dibanding tahun lalu yang sebanyak 2.390 KPM.", date="2026-04-07"),
)


@pytest.mark.parametrize("cited", [[2], [1]])  # the sentence itself, or the one beside it the model cited
def test_last_years_figure_written_after_dibanding_tahun_lalu_answers_last_year(cited):
    outcome = run("penerima BLT Dana Desa di Garut pada 2025 berapa KPM?", f"2.146 {''.join(f'[{n}]' for n in cited)}", cited, *BLT_TWO_YEARS, part=True)
    assert accepted(outcome) and outcome.draft.answer.startswith("2.390 KPM"), trace(outcome)
    assert trace(outcome)[0] == ("figure_of_the_asked_year", "rewrote")


def test_a_years_figure_written_during_that_year_is_still_refused_for_the_whole_year():
    said = garut("Pemkab menargetkan produksi padi sepanjang 2026 mencapai 265.000 ton GKP.", date="2026-03-20")
    outcome = run("How much rice did Garut produce over the whole of 2026?", "265.000 ton GKP [1]", [1], said)
    assert refused_by(outcome) == "cited_from_asked_period"


def test_a_contractor_is_a_firm_not_the_official_quoted_about_the_works():
    said = (
        garut("Rehabilitasi Jembatan Cikaso dengan pagu Rp6,5 miliar masih dalam proses tender, ujar Rully."),
        garut("Ruas Cikajang dikerjakan PT Sinar Jaya Konstruksi dengan nilai kontrak Rp14,2 miliar."),
    )
    assert refused_by(run("Which contractor is rehabilitating the Cikaso bridge in Garut?", "Rully [1]", [1], *said)) == "contractor_is_a_firm"
    assert refused_by(run("siapa kontraktor jembatan cikaso garut?", "Rully [1]", [1], *said)) == "contractor_is_a_firm"
    assert accepted(run("Which contractor is upgrading the Cikajang road in Garut?", "PT Sinar Jaya Konstruksi [2]", [2], *said))
    assert accepted(run("Which contractor is upgrading the Cikajang road in Garut?", "Sinar Jaya Konstruksi [2]", [2], *said))
    assert accepted(run("Which contractor is upgrading the Cikajang road in Garut?", "Pt Sinar Jaya Konstruksi [2]", [2], *said))
    # a question that only mentions a contractor asks for someone else
    scolded = garut("Kontraktor ruas Cikajang ditegur Kepala Dinas PUPR Garut, Asep Surahman, karena progres lambat.")
    assert accepted(run("Who reprimanded the contractor of the Cikajang road in Garut?", "Asep Surahman [1]", [1], scolded))


def test_which_of_a_named_kind_answered_with_a_count_of_people_is_refused_but_what_damage_is_not():
    flood = (garut("Banjir bandang merendam 312 rumah dan menewaskan tiga orang di Tarogong Kidul."),)
    assert accepted(run("What damage did the flash flood cause in Garut?", "312 rumah terendam [1]", [1], *flood))
    assert accepted(run("Dampak apa yang ditimbulkan banjir bandang di Garut?", "312 rumah terendam [1]", [1], *flood))


STAGE_SPANS = (
    cimahi("Pendaftaran tahap I dibuka 8 hingga 12 Juni 2026.", date="2026-06-13"),
    cimahi("Pendaftaran tahap II jalur domisili dibuka 22 hingga 27 Juni 2026.", date="2026-06-13"),
)


@pytest.mark.parametrize(
    "question, answer, cited, days",
    [
        ("pendaftaran jalur domisili smp negeri cimahi dibuka brp hari?", "Tiga hari [2]", [2], "6 hari"),
        ("pendaftaran jalur domisili smp negeri cimahi dibuka brp hari?", "Tiga hari [1]", [1], "6 hari"),  # the span of what was asked, whatever was cited
        ("How many days was registration for the domicile route open in Cimahi?", "3 days [2]", [2], "6 days"),
    ],
)
def test_the_days_of_a_span_of_dates_are_counted_with_both_ends(question, answer, cited, days):
    outcome = run(question, answer, cited, *STAGE_SPANS)
    assert outcome.draft.answer.startswith(days) and accepted(outcome), trace(outcome)
    assert ("days_of_a_written_span", "rewrote") in trace(outcome)


@pytest.mark.parametrize("question", ["How long does Cianjur's flood emergency response status last?", "Berapa lama status tanggap darurat banjir Cianjur berlaku?"])
def test_how_long_a_span_of_dates_lasts_is_its_days_both_ends_counted(question):
    said = cianjur("Pemkab menetapkan status tanggap darurat bencana banjir mulai Selasa (9/12) hingga Senin (22/12/2025).", date="2025-12-10")
    outcome = run(question, "12 days [1]", [1], said)
    assert strip_markers(outcome.draft.answer).startswith(("14 days", "14 hari")), trace(outcome)
    # the right count, bare, is shown with its span: no sentence states 14, the dates do
    assert accepted(outcome := run(question, "14 days [1]", [1], said)) and "22" in outcome.draft.answer, trace(outcome)
    # how long an office went without a head is a time between events, not a span's days
    vacant = run("How long was Cianjur's social affairs office without a permanent head in 2025?", "4 months [1]", [1], said)
    assert "days_of_a_written_span" not in dict(trace(vacant))


@pytest.mark.parametrize(
    "question, said, days",
    [
        # a time named by its span ("masa pendaftaran"), no verb of lasting
        ("Berapa lama masa pendaftaran daring beasiswa Pemkab Garut 2026?",
         garut("Pendaftaran dilakukan secara daring melalui portal beasiswa Pemkab Garut mulai Senin (25/5) hingga Rabu (24/6/2026) pukul 23.59 WIB.", date="2026-05-18"),
         "31 hari"),
        # how long a post operated, its span counted in days from Lebaran ("H-7")
        ("For how long did the Lebaran transport command post at Garut's bus terminal operate in 2026?",
         garut("Posko Terpadu Angkutan Lebaran di Terminal Guntur Garut beroperasi sejak H-7, Jumat (13/3), hingga H+7, Jumat (27/3/2026).", date="2026-03-30"),
         "15 days"),
    ],
)
def test_how_long_a_named_time_or_an_operation_ran_is_its_span_both_ends_counted(question, said, days):
    outcome = run(question, "1 minggu [1]" if "lama" in question else "7 days [1]", [1], said)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith(days), trace(outcome)
    assert ("days_of_a_written_span", "rewrote") in trace(outcome)


def test_a_span_of_dates_written_without_a_year_is_counted_from_its_weekdays():
    said = cimahi("Pendaftaran susulan dibuka mulai Senin (9/2) sampai Selasa (31/3).", date="2026-02-05")
    outcome = run("pendaftaran susulan asuransi nelayan cimahi dibuka brp hari", "10 hari [1]", [1], said)
    assert strip_markers(outcome.draft.answer).startswith("51 hari: 9 Februari 2026 hingga 31 Maret 2026") and accepted(outcome), trace(outcome)


ROUND_SPANS = (
    garut("Putaran pertama imunisasi polio berlangsung Senin (16/2) hingga Sabtu (28/2/2026) di 296 pos pelayanan.", date="2026-03-02"),
    garut("Putaran kedua dijadwalkan Senin (6/4) sampai Sabtu (18/4/2026).", date="2026-03-02"),
)


@pytest.mark.parametrize("question, days", [("pin polio putaran 2 di garut brp hari", "13 hari"), ("How many days does Garut's first polio vaccination round last?", "13 days")])
def test_the_span_of_the_asked_round_is_counted(question, days):
    outcome = run(question, "10 hari [1]", [1], *ROUND_SPANS)
    assert strip_markers(outcome.draft.answer).startswith(days) and accepted(outcome), trace(outcome)
    assert outcome.draft.cited == ([2] if "2" in question else [1])


def test_how_long_orders_are_valid_is_the_span_the_article_gives_them():
    said = (
        garut("Surat perintah Plt berlaku mulai Senin (9/2) hingga Jumat (8/5/2026) atau sampai pejabat definitif dilantik.", date="2026-02-06"),
        garut('"Saya beri waktu 100 hari kerja," kata Bupati.', date="2026-02-06"),
    )
    outcome = run("For how long are the acting-head (Plt) orders in Garut's rotation valid?", "100 days [2]", [2], *said)
    assert strip_markers(outcome.draft.answer).startswith("89 days") and accepted(outcome), trace(outcome)


def test_a_span_started_in_one_sentence_and_ended_in_the_next_is_counted():
    said = (
        cianjur("Pemkab Cianjur menaikkan status siaga kebakaran lahan menjadi tanggap darurat mulai Senin (10/8/2026).", date="2026-08-12"),
        cianjur("Status tanggap darurat berlaku hingga Minggu (23/8/2026) dan dapat diperpanjang.", date="2026-08-12"),
    )
    outcome = run("How long is Cianjur's land fire emergency response status set to last?", "13 days [2]", [2], *said)
    assert strip_markers(outcome.draft.answer).startswith("14 days: 10 August 2026 to 23 August 2026") and accepted(outcome), trace(outcome)
    assert outcome.draft.cited == [1, 2]


STATUS_SPAN = cianjur("Bupati menetapkan status tanggap darurat banjir selama 14 hari, terhitung Senin (12/1) sampai Minggu (25/1/2026).", date="2026-01-14")


@pytest.mark.parametrize(
    "question, said",
    [
        ("Apakah status tanggap darurat banjir Cianjur masih berlaku pada Selasa, 27 Januari 2026?", "Tidak, sudah berakhir: berlangsung 12 Januari 2026 hingga 25 Januari 2026"),
        ("status tanggap darurat banjir cianjur tgl 20 januari 2026 msh berlaku gak?", "Ya, masih: berlangsung 12 Januari 2026 hingga 25 Januari 2026"),
        ("Is Cianjur's flood emergency status still in force on 10 January 2026?", "Not yet: it starts 12 January 2026 (until 25 January 2026)"),
    ],
)
def test_whether_something_still_runs_on_a_day_is_read_off_its_span(question, said):
    # the model, which cannot compare dates, found nothing
    outcome = run(question, "NOT FOUND", [], STATUS_SPAN)
    assert strip_markers(outcome.draft.answer).strip() == said and accepted(outcome), trace(outcome)
    assert outcome.draft.cited == [1]


DRAW_DEADLINE = cianjur("Bapenda menggelar undian berhadiah bagi wajib pajak yang melunasi PBB-P2 2026 paling lambat Jumat (31/7).", date="2026-05-06")


@pytest.mark.parametrize(
    "question, said",
    [
        ("Apakah wajib pajak Cianjur yang melunasi PBB-P2 pada 10 Agustus 2026 masih bisa ikut undian berhadiah?", "Tidak, sudah lewat: batasnya 31 Juli 2026"),
        ("Can a Cianjur taxpayer who pays PBB-P2 on 20 July 2026 still join the prize draw?", "Yes, it is still in time: the deadline is 31 July 2026"),
        ("My father will pay his Cianjur PBB-P2 on 3 August 2026 and wants to join the prize draw. Can he?", "No, it is too late: the deadline was 31 July 2026"),
    ],
)
def test_whether_one_is_still_in_time_on_a_day_is_read_off_the_deadline(question, said):
    outcome = run(question, "Ya [1]", [1], DRAW_DEADLINE)
    assert strip_markers(outcome.draft.answer).strip() == said and accepted(outcome), trace(outcome)
    assert ("still_on_the_asked_day", "rewrote") in trace(outcome)


def test_a_question_without_still_or_a_yes_or_no_is_not_read_as_one():
    outcome = run("Sampai kapan status tanggap darurat banjir Cianjur berlaku?", "25 Januari 2026 [1]", [1], STATUS_SPAN)
    assert "still_on_the_asked_day" not in dict(trace(outcome))


def test_a_span_asked_in_weeks_is_its_whole_weeks():
    said = cianjur("Bupati menetapkan status siaga kekeringan yang berlaku sejak Senin (3/8/2026) hingga Minggu (25/10/2026).", date="2026-09-03")
    outcome = run("How many weeks does Cianjur's drought alert status run?", "14 weeks [1]", [1], said)
    assert strip_markers(outcome.draft.answer).startswith("12 weeks (84 days: 3 August 2026 to 25 October 2026") and accepted(outcome), trace(outcome)
    # a span of no whole weeks is not written in weeks
    odd = cianjur("Bupati menetapkan status siaga kekeringan yang berlaku sejak Senin (3/8/2026) hingga Rabu (28/10/2026).", date="2026-09-03")
    assert "days_of_a_written_span" not in dict(trace(run("How many weeks does Cianjur's drought alert status run?", "12 weeks [1]", [1], odd)))


def test_a_span_is_counted_whatever_the_government_words_its_other_sentences_share():
    said = (
        cimahi("Wali Kota Cimahi menetapkan status siaga DBD yang berlaku sejak Senin (16/3) hingga Kamis (30/4/2026).", date="2026-03-20"),
        cimahi("Ia juga menginstruksikan Gerakan 1 Rumah 1 Jumantik yang berlangsung mulai Rabu (1/4) hingga Selasa (30/6/2026).", date="2026-03-20"),
    )
    outcome = run("How long will Kota Cimahi's '1 Rumah 1 Jumantik' movement run?", "The movement runs from Rabu (1/4) hingga Selasa (30/6/2026) [2]", [2], *said)
    assert strip_markers(outcome.draft.answer).startswith("91 days: 1 April 2026 to 30 June 2026"), trace(outcome)


def test_the_span_a_model_answered_how_long_with_is_counted():
    said = (
        cimahi("Wajib pajak PBB-P2 yang melunasi pajaknya lebih awal mendapat potongan 15 persen.", date="2026-03-20"),
        cimahi("Diskon berlaku sejak SPPT diterbitkan pada Senin (2/3) hingga Selasa (30/6/2026).", date="2026-03-20"),
        cimahi("Pendaftaran undian dibuka Rabu (1/4) hingga Kamis (30/4/2026).", date="2026-03-20"),
    )
    answer = "The discount lasts from SPPT diterbitkan on Senin (2/3) hingga Selasa (30/6/2026) [2]"
    outcome = run("How long does Cimahi's 15 percent early-payment discount on PBB-P2 last?", answer, [2], *said)
    assert strip_markers(outcome.draft.answer).startswith("121 days: 2 March 2026 to 30 June 2026"), trace(outcome)


def test_a_length_written_of_another_thing_does_not_keep_a_model_from_counting_the_span():
    said = (
        cianjur("Penyaluran tahap kedua dijadwalkan Senin (29/6) hingga Jumat (10/7).", date="2026-06-12"),
        cianjur("Tahun lalu, penyaluran di Cibeber sempat molor sembilan hari akibat longsor.", date="2026-06-12"),
    )
    outcome = run("Berapa hari penyaluran beras tahap kedua di Cianjur berlangsung?", "Penyaluran sempat molor sembilan hari [2]", [2], *said)
    assert strip_markers(outcome.draft.answer).startswith("12 hari: 29 Juni 2026 hingga 10 Juli 2026"), trace(outcome)


def test_a_length_the_article_writes_in_days_is_kept():
    across = cimahi("Status tanggap darurat banjir berlaku 18 Februari hingga 3 Maret 2026.", date="2026-03-05")
    assert run("Berapa hari status tanggap darurat banjir Cimahi berlaku?", "7 hari [1]", [1], across).draft.answer.startswith("14 hari")
    # the days between two events are no span's days
    gap = run("Pelantikan pejabat Pemkot Cimahi bulan Agustus berjarak berapa hari dari pelantikan sebelumnya?", "7 hari [1]", [1], across)
    assert "days_of_a_written_span" not in dict(trace(gap))
    written = cimahi("Status tanggap darurat banjir berlaku 14 hari, 18 Februari hingga 3 Maret 2026.", date="2026-03-05")
    assert "days_of_a_written_span" not in dict(trace(run("Berapa hari status tanggap darurat banjir Cimahi berlaku?", "14 hari [1]", [1], written)))


def test_the_span_of_a_sentence_about_what_the_one_before_names_is_counted():
    # "Status tersebut" is the status the sentence before sets: what the question asks about
    alert = (
        cianjur("Pemkab Cianjur menetapkan status siaga darurat bencana kekeringan melalui keputusan bupati.", date="2025-09-21"),
        cianjur("Status tersebut berlaku mulai 1 Agustus hingga 31 Oktober 2025 dan bisa diperpanjang.", date="2025-09-21"),
    )
    outcome = run("How many days is Cianjur's drought emergency alert status set to run?", "31 days [2]", [2], *alert, article=lambda doc: " ".join(s.text for s in alert))
    assert outcome.draft.answer.startswith("92 days") and accepted(outcome), trace(outcome)


def test_the_span_of_an_activity_named_the_sentence_before_is_counted_over_a_first_weeks():
    said = (
        garut("Dinkes Kabupaten Garut menggelar imunisasi kejar campak-rubela (MR) bagi anak usia 9 hingga 59 bulan.", date="2026-05-11"),
        garut("Kegiatan berlangsung sejak Senin (4/5) hingga Jumat (29/5/2026) di posyandu dan puskesmas.", date="2026-05-11"),
        garut("Selama pekan pertama, Senin (4/5) hingga Sabtu (9/5), sebanyak 2.986 anak telah diimunisasi.", date="2026-05-11"),
    )
    outcome = run("How long does Garut's catch-up immunisation against measles and rubella run?", "6 days [3]", [3], *said, article=lambda doc: " ".join(s.text for s in said))
    assert strip_markers(outcome.draft.answer).startswith("26 days: 4 May 2026 to 29 May 2026"), trace(outcome)


def test_a_span_written_in_numbers_as_datelines_write_a_day_is_counted():
    flood = garut("Bupati Garut menetapkan status tanggap darurat bencana banjir mulai Kamis (12/3) hingga Rabu (18/3/2026).", date="2026-03-12")
    outcome = run("How many days does the flood emergency response status declared by the Garut regent last?", "14 days [1]", [1], flood)
    assert outcome.draft.answer.startswith("7 days: 12 March 2026 to 18 March 2026") and accepted(outcome), trace(outcome)


FIRES = (
    cimahi("Damkar Kota Cimahi mencatat 96 kejadian kebakaran sepanjang Januari hingga Juni 2026.", date="2026-07-03"),
    cimahi("Ia merinci, pada Januari terjadi 9 kebakaran, Februari 7 kejadian, Maret 12 kejadian, April 18 kejadian, Mei 23 kejadian, dan Juni 27 kejadian.", date="2026-07-03"),
)


@pytest.mark.parametrize("question", ["how many fires did cimahi's fire dept record in may 2026?", "Berapa kebakaran di Kota Cimahi pada Mei 2026?"])
def test_a_months_count_is_read_off_a_breakdown_by_month(question):
    outcome = run(question, "96 [1]", [1], *FIRES)
    assert outcome.draft.answer.startswith("23 kejadian") and ("figure_of_the_asked_month", "rewrote") in trace(outcome)
    assert "figure_of_the_asked_month" not in dict(trace(run(question, "23 kejadian [2]", [2], *FIRES)))
    # the whole span, or a figure as it stood at the end of May, is not one month's
    assert "figure_of_the_asked_month" not in dict(trace(run("Berapa kebakaran di Kota Cimahi sepanjang Januari hingga Juni 2026?", "96 [1]", [1], *FIRES)))
    assert "figure_of_the_asked_month" not in dict(trace(run("Berapa kebakaran di Cimahi sampai akhir Mei 2026?", "96 [1]", [1], *FIRES)))


def test_a_breakdown_written_figure_first_gives_the_asked_months_figure():
    outcome = run("Berapa ton beras SPHP disalurkan di Garut pada Februari 2026?", "41,5 ton [1]", [1], RICE_BY_MONTH)
    assert outcome.draft.answer.startswith("57,2 ton") and ("figure_of_the_asked_month", "rewrote") in trace(outcome)


def test_a_month_the_breakdown_leaves_out_is_not_answered_with_another_months_figure():
    outcome = run("How much SPHP rice was distributed in Garut in April 2026?", "41,5 ton [1]", [1], RICE_BY_MONTH)
    assert refused_by(outcome) == "figure_of_the_asked_month", trace(outcome)
    # a figure the breakdown does not hold is not its to refuse
    assert "figure_of_the_asked_month" not in dict(trace(run("How much SPHP rice was distributed in Garut in April 2026?", "80 ton [1]", [1], RICE_BY_MONTH)))


SCHEDULE = garut("GPM digelar di lima kecamatan, yakni Limboto pada Selasa (14/4), Telaga Biru pada Kamis (16/4), Tibawa pada Sabtu (18/4), Batudaa pada Selasa (21/4), dan Boliyohuto pada Kamis (23/4/2026).", date="2026-04-13")


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        ("Where will Garut's mobile cheap-food market (GPM) be held on Saturday 18 April 2026?", "Pasar Sentral Limboto [1]", "Tibawa [1]"),
        ("GPM garut kamis 23 april 2026 di mana?", "Limboto [1]", "Boliyohuto [1]"),
    ],
)
def test_the_place_of_the_asked_day_is_read_off_the_schedule(question, answer, expected):
    outcome = run(question, answer, [1], SCHEDULE)
    assert outcome.draft.answer == expected and ("place_of_the_asked_day", "rewrote") in trace(outcome), trace(outcome)


def test_a_schedule_place_answered_right_or_no_day_asked_is_left_alone():
    assert "place_of_the_asked_day" not in dict(trace(run("Di mana GPM Garut digelar pada Selasa, 14 April 2026?", "Limboto [1]", [1], SCHEDULE)))
    assert "place_of_the_asked_day" not in dict(trace(run("Di mana GPM Garut digelar?", "Limboto [1]", [1], SCHEDULE)))
    # who spoke on a day is no place
    said = garut("Hal itu disampaikan Bupati Garut pada Senin (13/4), dan Wakil Bupati pada Selasa (14/4).", date="2026-04-13")
    assert "place_of_the_asked_day" not in dict(trace(run("Di mana sosialisasi digelar pada Selasa, 14 April 2026?", "Aula Setda [1]", [1], said)))


BY_DAY = cimahi(
    "Selasa (22/9) giliran Kantor Camat Cimahi Utara, Rabu (23/9) Kantor Camat Cimahi Selatan, Kamis (24/9) Kantor Camat Cimahi Tengah, dan Jumat (25/9) Aula Kelurahan Cigugur.",
    date="2026-09-10",
)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("On what day is stage I aid distributed in Kecamatan Cimahi Selatan?", "Wednesday, 23 September 2026 [1]"),
        ("Bansos tahap I di Kecamatan Cimahi Tengah dibagikan hari apa?", "Kamis, 24 September 2026 [1]"),
    ],
)
def test_the_day_of_a_place_in_a_schedule_by_day_is_the_day_of_its_clause(question, expected):
    outcome = run(question, "Jumat (25/9) [1]", [1], BY_DAY)
    assert outcome.draft.answer == expected and ("day_of_the_asked_place", "rewrote") in trace(outcome), trace(outcome)
    # the right day kept as answered
    assert "day_of_the_asked_place" not in dict(trace(run(question, f"{expected.split(', ')[1][:2].strip()} September 2026 [1]", [1], BY_DAY)))


def test_a_year_the_article_writes_as_next_year_is_the_articles_year_plus_one():
    said = garut("Unit layanan di 17 kecamatan baru dibentuk dan berjalan pada tahun depan.", date="2018-12-13")
    outcome = run("In what year were Garut's new service units due to start operating?", "2018 [1]", [1], said)
    assert outcome.draft.answer.startswith("2019") and ("year_said_relative_to_the_article", "rewrote") in trace(outcome)
    # the article's date given for the year is read off the sentence about what was asked
    dateline = garut("GARUT – Bupati Garut melantik 107 pejabat, Kamis (13/12/2018).", date="2018-12-13")
    dated = run("Tahun berapa unit layanan yang baru dibentuk di 17 kecamatan Garut mulai berjalan?", "13 Desember 2018 [1]", [1], dateline, said)
    assert dated.draft.answer.startswith("2019") and ("year_said_relative_to_the_article", "rewrote") in trace(dated)
    written = garut("Unit layanan di 17 kecamatan berjalan pada 2019.", date="2018-12-13")
    assert run("In what year were Garut's new service units due to start operating?", "2019 [1]", [1], written).draft.answer.startswith("2019")


APPLIED = subang("Pendaftaran dibuka 9 hingga 23 Februari 2026 dan diikuti 58 pendaftar, terdiri atas 41 aparatur Pemkab Subang dan 17 dari luar daerah.")


def test_a_count_asked_of_no_part_is_the_whole_written_before_its_parts():
    outcome = run("How many people applied in Subang's 2026 open selection?", "41 [1]", [1], APPLIED)
    assert outcome.draft.answer.startswith("58 pendaftar") and ("count_is_the_whole_not_a_listed_part", "rewrote") in trace(outcome)
    # the question naming the part asks for it
    part = run("Berapa pendaftar dari luar daerah pada seleksi terbuka Subang 2026?", "17 [1]", [1], APPLIED)
    assert not [step for step in part.steps if step.rule == "count_is_the_whole_not_a_listed_part"]
    assert run("How many people applied in Subang's 2026 open selection?", "58 [1]", [1], APPLIED).draft.answer.startswith("58")
    # a word every part writes ("ASN") asks for no part
    both = subang("Seleksi diikuti 46 pelamar, terdiri atas 31 ASN Pemkab Subang dan 15 ASN dari luar daerah.")
    assert run("Berapa ASN yang melamar seleksi terbuka Subang 2026?", "31 [1]", [1], both).draft.answer.startswith("46 pelamar")



PRINCIPALS = (
    subang("Mereka terdiri atas tujuh pejabat pimpinan tinggi pratama, 38 pejabat administrator, serta 61 kepala sekolah.", date="2026-03-06"),
    subang("Dari jumlah kepala sekolah itu, 47 orang merupakan kepala SD dan 14 orang kepala SMP.", date="2026-03-06"),
)


def test_a_count_asked_of_no_part_is_the_whole_the_next_sentence_breaks_down():
    for question in ("How many school principals did the Subang regent swear in in March 2026?", "Berapa kepala sekolah yang dilantik Bupati Subang pada Maret 2026?"):
        outcome = run(question, "47 [2]", [2], *PRINCIPALS)
        assert (outcome.draft.answer, outcome.draft.cited) == ("61 kepala sekolah [1]", [1]), trace(outcome)
        assert ("count_is_the_whole_not_a_listed_part", "rewrote") in trace(outcome)
    # the question naming the part asks for it
    part = run("Berapa kepala SD yang dilantik Bupati Subang pada Maret 2026?", "47 [2]", [2], *PRINCIPALS)
    assert part.draft.answer.startswith("47")


def test_the_same_period_a_year_before_of_a_span_reported_days_after_it_ends():
    # the part of "from 1 January to 8 March 2026 than in the same period of 2025" asking 2025's
    from dataclasses import replace
    from datetime import date

    from rag.dates import DateSpan

    said = garut("Sejak 1 Januari hingga 8 Maret 2026 tercatat 412 kasus DBD, naik dibanding periode yang sama tahun lalu yang tercatat 287 kasus.", date="2026-03-11")
    d = draft("Berapa kasus DBD di Garut pada periode yang sama tahun 2025?", "1318 [1]", [1], said)
    d.question = replace(d.question, periods=(DateSpan(date(2025, 1, 1), date(2025, 3, 8), "periode yang sama tahun 2025"),))
    outcome = rules.run(d)
    assert outcome.draft.answer.startswith("287") and ("figure_of_the_same_period_earlier", "rewrote") in trace(outcome)
    assert accepted(outcome)


SPENDING = (
    garut("Realisasi belanja APBD Kabupaten Garut hingga 30 Juni 2026 mencapai Rp1,42 triliun atau 38,7 persen dari total belanja Rp3,67 triliun.", date="2026-07-08"),
    garut('"Pada akhir Juni 2025 realisasi belanja kita baru Rp1,21 triliun atau 34,2 persen," kata Kepala BPKAD.', date="2026-07-08"),
    garut("Dari sisi pendapatan, realisasi hingga akhir Juni mencapai Rp1,9 triliun atau 49 persen dari target.", date="2026-07-08"),
)


@pytest.mark.parametrize(
    "question", ["What percentage of its spending budget had Garut realised by the end of June 2025?", "Berapa persen realisasi belanja Pemkab Garut per akhir Juni 2025?"]
)
def test_a_periods_figure_is_the_one_its_sentence_gives_of_what_was_asked(question):
    outcome = run(question, "49 persen [3]", [3], *SPENDING)
    assert outcome.draft.answer.startswith("34,2 persen") and ("figure_named_with_its_period", "rewrote") in trace(outcome)
    assert outcome.draft.cited == [2]
    # the right figure stays as the model wrote it
    assert "figure_named_with_its_period" not in dict(trace(run(question, "34,2 persen [2]", [2], *SPENDING)))


def test_a_periods_amount_is_not_the_whole_it_is_part_of():
    outcome = run("Berapa rupiah realisasi belanja Kabupaten Garut pada akhir Juni 2026?", "Rp1,9 triliun [3]", [3], *SPENDING)
    assert outcome.draft.answer.startswith("Rp1,42 triliun") and ("figure_named_with_its_period", "rewrote") in trace(outcome)


def test_a_sentence_naming_two_periods_gives_neither_a_figure_by_its_period():
    compared = garut("Realisasi belanja hingga akhir Juni 2026 mencapai 38,7 persen, naik dibanding akhir Juni 2025.", date="2026-07-08")
    outcome = run("What percentage of its spending budget had Garut realised by the end of June 2025?", "49 persen [2]", [2], compared, SPENDING[2])
    assert "figure_named_with_its_period" not in dict(trace(outcome))
    # nor is a question asking how much it changed answered with one period's figure
    changed = run("Berapa persen realisasi belanja Garut naik dibanding akhir Juni 2025?", "49 persen [3]", [3], *SPENDING)
    assert "figure_named_with_its_period" not in dict(trace(changed))


def test_a_figure_of_what_was_asked_stays_though_its_sentence_names_no_period():
    capital = garut("Ia merinci, belanja modal baru terserap Rp212,4 miliar dari pagu Rp690 miliar.", date="2026-07-08")
    question = "Berapa rupiah belanja modal Garut yang terserap hingga akhir Juni 2026?"
    outcome = run(question, "Rp212,4 miliar [4]", [4], *SPENDING, capital)
    assert outcome.draft.answer.startswith("Rp212,4 miliar") and "figure_named_with_its_period" not in dict(trace(outcome))


def test_a_budgets_spelled_out_name_does_not_make_a_spending_figure_one_of_revenue():
    said = (
        cimahi("Realisasi belanja Anggaran Pendapatan dan Belanja Daerah (APBD) Kota Cimahi hingga 30 Juni 2026 mencapai Rp512,4 miliar.", date="2026-07-02"),
        cimahi("Sementara itu, pendapatan daerah yang masuk hingga akhir Juni 2026 sebesar Rp688,1 miliar.", date="2026-07-02"),
    )
    outcome = run("Berapa rupiah realisasi pendapatan daerah Kota Cimahi sampai Juni 2026?", "Rp688,1 miliar [2]", [2], *said)
    assert accepted(outcome) and "figure_named_with_its_period" not in dict(trace(outcome))


STUNTING_TWO_ROUNDS = (
    garut("Hasil penimbangan serentak pada bulan timbang 1–31 Agustus 2026 mencatat 5.147 balita stunting atau 12,3 persen dari balita yang diukur.", date="2026-09-10"),
    garut("Pada pengukuran Februari 2026, tercatat 5.812 balita stunting dari 40.953 balita yang diukur atau 14,2 persen.", date="2026-09-10"),
)


@pytest.mark.parametrize(
    "question, answer, cited, expected",
    [
        ("Berapa balita stunting yang ditemukan di Garut pada bulan timbang Agustus 2026?", "5.812 [2]", [2], "5.147 balita"),
        ("How many stunted toddlers did Garut record in February 2026?", "5.147 [1]", [1], "5.812 balita"),
    ],
)
def test_a_count_read_from_a_sentence_of_another_period_becomes_the_asked_periods(question, answer, cited, expected):
    outcome = run(question, answer, cited, *STUNTING_TWO_ROUNDS)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith(expected), trace(outcome)
    assert trace(outcome)[0] == ("figure_of_the_asked_period", "rewrote")


FERRY_TWO_YEARS = (
    garut("Jumlah penumpang kapal di Pelabuhan Garut selama masa angkutan Lebaran 2026 tercatat 41.286 orang.", date="2026-03-30"),
    garut("Angka itu naik dibanding masa angkutan Lebaran 2025 yang mencatat 36.540 penumpang.", date="2026-03-30"),
)


@pytest.mark.parametrize(
    "question",
    [
        "penumpang lebaran 2025 di pelabuhan garut berapa orang?",  # counts passengers
        "lebaran 2025 di pelabuhan garut ada berapa orang?",  # says nothing of what: the cited sentence's one count
    ],
)
def test_a_count_copied_from_the_sentence_before_the_cited_one_becomes_the_cited_periods(question):
    # the model cited the 2025 sentence and copied 2026's figure from the sentence before it
    outcome = run(question, "41.286 [2]", [2], *FERRY_TWO_YEARS)
    assert accepted(outcome) and strip_markers(outcome.draft.answer).startswith("36.540"), trace(outcome)
    assert trace(outcome)[0] == ("figure_of_the_asked_period", "rewrote")


def test_a_count_cited_to_its_own_periods_sentence_stands():
    outcome = run("penumpang lebaran 2026 di pelabuhan garut berapa orang?", "41.286 [1]", [1], *FERRY_TWO_YEARS)
    assert accepted(outcome) and "figure_of_the_asked_period" not in dict(trace(outcome))
    # cited to the other period's sentence, which states it: with nothing counted to look for, no guess
    outcome = run("lebaran 2025 di pelabuhan garut ada berapa orang?", "41.286 [1]", [1], *FERRY_TWO_YEARS)
    assert "figure_of_the_asked_period" not in dict(trace(outcome)) and refused_by(outcome)


def test_a_period_no_sentence_gives_a_figure_for_is_still_refused():
    outcome = run("Berapa balita stunting di Garut pada Mei 2026?", "5.812 [2]", [2], *STUNTING_TWO_ROUNDS)
    assert refused_by(outcome) == "cited_from_asked_period"  # no figure of May to take


# ---- a date is not the prompt's example ------------------------------------------------------

PASSED = garut("DPRD Garut menyetujui Raperda APBD 2026 dalam rapat paripurna, Jumat (28/11/2025) malam.", date="2025-11-29")


def test_a_date_that_is_the_prompts_example_and_no_sentences_is_refused_to_be_asked_again():
    outcome = run("Kapan DPRD Garut menyetujui Raperda APBD 2026?", "13 Desember 2025 [1]", [1], PASSED)
    assert refused_by(outcome) == "date_is_not_the_example"
    assert rules.BY_NAME["date_is_not_the_example"].retry == "again"


def test_a_day_read_but_put_in_the_examples_month_and_year_is_refused_to_be_asked_again():
    survey = garut("Setelah itu, tim dari Universitas Garut menggelar survei cakupan pada Senin (16/11) hingga Jumat (20/11).", date="2026-10-01")
    outcome = run("Kapan survei cakupan di Garut dijadwalkan?", "16 Desember 2018 [1]", [1], survey)
    assert refused_by(outcome) == "date_is_not_the_example"
    december = garut("Bupati Garut melantik 107 pejabat, Jumat (21/12/2018).", date="2018-12-21")
    outcome = run("Kapan Bupati Garut melantik 107 pejabat?", "21 Desember 2018 [1]", [1], december)
    assert "date_is_not_the_example" not in dict(trace(outcome))  # that month of that year is written


@pytest.mark.parametrize(
    "answer, said",
    [
        ("28 November 2025 [1]", PASSED),  # not the example
        # the example's day and month, written by a sentence: a real answer
        ("13 Desember 2025 [1]", garut("Bupati Garut melantik 40 pejabat, Sabtu (13/12/2025).", date="2025-12-14")),
        ("13 December 2025 [1]", garut("Sebanyak 40 pejabat dilantik di Pendopo Garut.", date="2025-12-13")),  # the article's date
    ],
)
def test_a_date_that_is_not_the_example_or_is_written_stands(answer, said):
    outcome = run("When did the DPRD of Garut pass the 2026 budget?" if "December" in answer else "Kapan DPRD Garut menyetujui Raperda APBD 2026?", answer, [1], said)
    assert "date_is_not_the_example" not in [rule for rule, _ in trace(outcome)]
