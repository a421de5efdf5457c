from datetime import date

import pytest

from rag.dates import date_ranges, event_date, find_dates, format_date, in_language, latest_months, question_periods, same_period_earlier, years_spoken_of

REF = date(2026, 11, 29)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("di Lapangan Tenis Indoor Pemkab Serang, Kamis (13/12/2018). Turut hadir", date(2018, 12, 13)),
        ("di Pendopo Bupati Serang, Jumat (14/6/2019). Para pejabat", date(2019, 6, 14)),
        ("digelar di Pasar Kepandean, Jumat (31/10/2025).", date(2025, 10, 31)),
        ("dilantik pada (31/10/2025) di pasar", date(2025, 10, 31)),
        ("resmi dilantik pada Jumat (13/2/2026) sebagai bagian", date(2026, 2, 13)),
    ],
)
def test_explicit_indonesian_datelines_parse_to_iso_dates(text, expected):
    parsed = event_date(text, REF)
    assert parsed is not None and parsed.value == expected and not parsed.inferred


def test_date_without_year_is_inferred_from_weekday_and_marked_inferred():
    parsed = event_date("kepada wartawan di Pendopo Bupati Serang, Kamis (3/7).", REF)
    assert parsed.value == date(2025, 7, 3)  # the most recent 3 July that was a Thursday
    assert parsed.inferred and "Thursday" in parsed.how


def test_date_without_year_or_weekday_takes_latest_past_year():
    parsed = event_date("pada (3/12)", date(2026, 11, 29))
    assert parsed.value == date(2025, 12, 3) and parsed.inferred


def test_a_sentences_yearless_date_is_the_nearest_one_to_its_articles_date():
    """A story reports days around its own date: "Senin (13/4)" in an article dated 8 April 2026
    (the first date it writes) is five days on, not six years back."""
    sentence = "Data itu dipaparkan dalam rapat koordinasi di Pendopo, Senin (13/4)."
    assert [f.value for f in find_dates(sentence, date(2026, 4, 8), near=True)] == [date(2026, 4, 13)]
    assert [f.value for f in find_dates(sentence, date(2026, 4, 8))] == [date(2020, 4, 13)]  # up to a day: the most recent past one


def test_impossible_month_typo_is_repaired_using_the_weekday():
    parsed = event_date("usai pelantikan pejabat di Pasar Kepandean, Jumat (31/20/2025).", REF)
    assert parsed.value == date(2025, 10, 31)
    assert parsed.inferred and "repaired" in parsed.how


def test_sound_date_beats_a_repaired_typo_and_bad_dates_never_raise():
    text = "Jumat (31/10/2025) ... Jumat (31/20/2025) ... (45/45/2025) ... (31/2/2025)"
    assert event_date(text, REF).value == date(2025, 10, 31)
    assert [d.value for d in find_dates("(45/45/2025) (31/2/2025)", REF)] == []


def test_a_lead_date_without_year_beats_a_later_recalled_date_when_the_publication_line_gives_the_year():
    text = (
        "Terbit: 04/06/2026 07:00\n\nKUNINGAN - Wali kota melantik 12 kepala sekolah, Rabu (3/6) pagi, di aula.\n\n"
        "Seleksi calon kepala sekolah dibuka Senin, 11 Mei 2026, dan diikuti 40 guru."
    )
    parsed = event_date(text, REF)
    assert parsed.value == date(2026, 6, 3) and "publication date" in parsed.how
    # without a publication line the year is a guess, and the written date stays first
    assert event_date(text.split("\n\n", 1)[1], REF).value == date(2026, 5, 11)


def test_a_planned_day_after_the_publication_date_is_not_the_articles_date():
    text = (
        "Diterbitkan 3 Maret 2026 10.15 WIB\n\nKUNINGAN – Pemkab Kuningan menyiapkan 12 paket jalan. Lelang dibuka mulai Senin (9/3), "
        "dan kontrak diteken paling lambat Senin (13/4), kata Kepala Dinas PUPR di Kuningan, Senin (2/3/2026)."
    )
    assert event_date(text, REF).value == date(2026, 3, 2)
    # with only plans dated, the first plan dates it (an article announcing what is to come)
    assert event_date(text.replace(", Senin (2/3/2026)", ""), REF).value == date(2026, 3, 9)


def test_a_weekday_date_weeks_before_publication_is_recalled_not_the_dateline():
    text = (
        "September 3, 2026\n\nCIANJUR – Bupati menetapkan status siaga kekeringan yang berlaku sejak Senin (3/8/2026) hingga "
        "Minggu (25/10/2026). Berdasarkan pendataan BPBD per Selasa (1/9), 49 desa kesulitan air bersih."
    )
    parsed = event_date(text, REF)
    assert parsed.value == date(2026, 9, 1) and "publication date" in parsed.how
    # with only the recalled date, the publication line dates the article
    only_recalled = event_date(text.split(" Berdasarkan")[0], REF)
    assert (only_recalled.value, only_recalled.how) == (date(2026, 9, 3), "publication line")
    # a report of the week before its publication keeps its dateline
    assert event_date(text.replace("(3/8/2026)", "(31/8/2026)"), REF).value == date(2026, 8, 31)


@pytest.mark.parametrize(
    "question, first, last",
    [
        ("Berapa persen realisasi belanja Pemkab Ciamis triwulan I 2026?", date(2026, 1, 1), date(2026, 3, 31)),
        ("serapan anggaran kuartal kedua tahun 2025 brp?", date(2025, 4, 1), date(2025, 6, 30)),
        ("How much revenue did Cimahi collect in the third quarter of 2025?", date(2025, 7, 1), date(2025, 9, 30)),
        ("Realisasi PAD semester II 2025 berapa?", date(2025, 7, 1), date(2025, 12, 31)),
        ("What was spent in the first half of 2026?", date(2026, 1, 1), date(2026, 6, 30)),
    ],
)
def test_a_quarter_or_half_of_a_year_is_its_months(question, first, last):
    (span,) = question_periods(question)
    assert (span.start, span.end) == (first, last)


def test_question_periods_understand_english_and_indonesian_months():
    (dec,) = question_periods("How many officials did Tatu rotate in Dec 2018?")
    assert (dec.start, dec.end) == (date(2018, 12, 1), date(2018, 12, 31))
    (jun,) = question_periods("Berapa pejabat dilantik pada Juni 2019?")
    assert (jun.start, jun.end) == (date(2019, 6, 1), date(2019, 6, 30))
    (year,) = question_periods("what happened in 2025")
    assert (year.start, year.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert question_periods("no date here, 107 officials") == []


def test_months_chat_writes_in_lower_case_after_the_year_are_months_of_that_year():
    spans = question_periods("total rotasi pejabat garut sepanjang 2026 (maret + september) brp org?")
    assert [(s.start, s.end) for s in spans if s.start.month > 1] == [(date(2026, 3, 1), date(2026, 3, 31)), (date(2026, 9, 1), date(2026, 9, 30))]


def test_dates_are_formatted_for_the_readers_language():
    assert format_date(date(2018, 12, 13), "en") == "13 December 2018"
    assert format_date(date(2018, 12, 13), "id") == "13 Desember 2018"


def test_dates_in_an_answer_are_written_in_the_questions_language():
    assert in_language("Dilantik 13 December 2018 dan June 2019 [1]", "id") == "Dilantik 13 Desember 2018 dan Juni 2019 [1]"
    assert in_language("On Kamis, 13 Desember 2018 and in Mei 2019 [2]", "en") == "On Kamis, 13 December 2018 and in May 2019 [2]"
    # Not a date: a month name needs its year.
    assert in_language("May 5 people attend? Juni said so.", "id") == "May 5 people attend? Juni said so."


@pytest.mark.parametrize(
    "sentence, years",
    [
        ("Pada 2025, Dinas Sosial menyalurkan 410 paket bantuan.", [2025]),
        ("Sepanjang tahun 2024 tercatat 88 kebakaran lahan.", [2024]),
        ("Dalam lelang jabatan tahun lalu, hanya 12 orang yang mendaftar.", [2025]),
        ("Menurut dia, pada rekrutmen tahun 2024 jumlah pelamar mencapai 900 orang.", [2024]),
        ("During 2025, the office handled 75 complaints.", [2025]),
        ("Tahun ini kuota penerima naik menjadi 500 keluarga.", [2026]),  # the article's year
        ("Sebelumnya, pada Rabu, 12 November 2025, Pemkot Dumai melantik 64 pejabat.", [2025]),  # a day of another year opens it
        ("On Friday (14/11/2025), the regent swore in 96 officials.", [2025]),
    ],
)
def test_the_year_a_sentence_says_its_facts_are_of(sentence, years):
    assert sorted(years_spoken_of(sentence, 2026)) == years


@pytest.mark.parametrize(
    "sentence",
    [
        "Jumlah itu turun dibanding tahun lalu yang mencapai 93 kasus.",  # last year only compared with
        "Angka ini naik dari 340 pada 2025.",
        "Ke-40 pejabat itu merupakan hasil seleksi terbuka pada 2025.",  # one thing of it dated, not the clause
        "Pelantikan digelar di Pendopo, Senin (5/1/2026).",
        "Pada Kamis (8/1/2026), Bupati menyerahkan 40 SK.",  # a day's date opens it, not the year it is of
        "Dalam Perda Nomor 5 Tahun 2020, tarifnya 40 persen.",  # a regulation's year
    ],
)
def test_a_year_named_for_comparison_or_inside_a_clause_is_not_what_the_sentence_is_of(sentence):
    assert years_spoken_of(sentence, 2026) == set()


ARTICLE_DATES = [date(2025, 1, 9), date(2026, 1, 12), date(2026, 5, 20), date(2019, 5, 3)]


@pytest.mark.parametrize(
    "question, months",
    [
        ("pelantikan pejabat januari kemarin, yg pengawas ada brp?", ["januari 2026"]),
        ("lebih banyak lantik pejabat pas januari atau mei?", ["januari 2026", "mei 2026"]),
        ("How many officials were sworn in in May?", ["May 2026"]),
        ("Pelantikan Juni digelar di mana?", []),  # no article of a June
        ("Berapa pejabat dilantik Januari 2025?", []),  # a year named: the question's own period
        ("What may the regent say?", []),  # English "may" the verb
        ("Did the workers march in protest?", []),  # nor "march"
        ("Siapa Juli Astuti?", []),  # a name
        ("pelantikan januari tahun lalu brp?", []),  # a year relative to now: not the latest
        ("berapa pejabat dilantik dari Januari sampai Mei?", ["Januari - Mei 2026"]),  # one span
    ],
)
def test_a_month_named_without_a_year_is_the_latest_such_month_of_the_articles(question, months):
    assert [span.text for span in latest_months(question, ARTICLE_DATES)] == months


@pytest.mark.parametrize(
    "question, earlier",
    [
        ("Realisasi PAD akhir Juni 2026 naik berapa dibanding periode yang sama tahun 2025?", ("2025-06-01", "2025-06-30")),
        ("How much higher was spending at the end of June 2026 than a year earlier?", ("2025-06-01", "2025-06-30")),
        ("Kasus DBD triwulan I 2026 dibanding periode yang sama tahun lalu naik berapa?", ("2025-01-01", "2025-03-31")),
    ],
)
def test_the_same_period_of_an_earlier_year_is_the_other_period_moved_to_that_year(question, earlier):
    spans = same_period_earlier(question, question_periods(question))
    assert len(spans) == 2 and (spans[1].start.isoformat(), spans[1].end.isoformat()) == earlier


def test_a_same_period_with_nothing_to_be_the_same_as_stays_as_written():
    question = "Berapa kasus pada periode yang sama tahun 2025?"
    assert [s.text for s in same_period_earlier(question, question_periods(question))] == ["2025"]


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Pendaftaran dibuka 22 hingga 27 Juni 2026.", [("22", "27 Juni 2026")]),
        ("Status itu berlaku mulai Kamis (12/3) hingga Rabu (18/3/2026).", [("12 Maret", "18 Maret 2026")]),
        ("Tanggap darurat ditetapkan (28/2) - (3/3/2026).", [("28 Februari", "3 Maret 2026")]),
        ("Berlaku 1/8/2025 s.d. 31/10/2025, lalu dievaluasi.", [("1 Agustus 2025", "31 Oktober 2025")]),
        # two days of one month in one bracket, as a two-day stage is written
        ("Peserta mengikuti uji kompetensi pada Senin–Selasa (9–10/2) di BKD.", [("9 Februari", "10 Februari")]),
        # a number written with a slash is no day unless written as a dateline or with its year
        ("Sesuai SK Nomor 12/3 sampai 18/3/2026 diperpanjang.", []),
        ("Rasio 3/4 hingga 5/6 dari target.", []),
        # a day counted from Lebaran before its date
        ("Posko beroperasi sejak H-7, Jumat (13/3), hingga H+7, Jumat (27/3/2026).", [("13 Maret", "27 Maret 2026")]),
    ],
)
def test_a_span_of_days_is_read_with_month_names_or_in_numbers(text, spans):
    assert [(r.first, r.last) for r in date_ranges(text)] == spans
