"""rag.text on Indonesian regional news wording: sentences, clauses, numbers, citation markers."""

from __future__ import annotations

import pytest

from rag.text import (
    clauses,
    markers,
    norm,
    number_spans,
    numbers_in,
    percentages,
    renumber,
    sentence_spans,
    sentences,
    stems,
    strip_markers,
    with_markers,
)

# ---- sentences ------------------------------------------------------------------------------


def test_honorifics_and_degrees_do_not_end_a_sentence():
    text = (
        "Pelantikan dipimpin Sekda Cianjur Drs. H. Cecep Suhendar, M.Si. di Pendopo Cianjur. "
        "Ia didampingi Kepala BKPSDM Hj. Lilis Sukmawati, S.Sos."
    )
    assert sentences(text) == [
        "Pelantikan dipimpin Sekda Cianjur Drs. H. Cecep Suhendar, M.Si. di Pendopo Cianjur.",
        "Ia didampingi Kepala BKPSDM Hj. Lilis Sukmawati, S.Sos.",
    ]


def test_address_and_document_abbreviations_do_not_end_a_sentence():
    text = (
        "Apel digelar di kantor Dinas Pendidikan, Jl. Raya Cibabat No. 12, Kota Cimahi. "
        "Pelantikan berdasarkan SK No. 821/45/BKPSDM/2026. Sebanyak 12 camat ikut dirotasi."
    )
    assert sentences(text) == [
        "Apel digelar di kantor Dinas Pendidikan, Jl. Raya Cibabat No. 12, Kota Cimahi.",
        "Pelantikan berdasarkan SK No. 821/45/BKPSDM/2026.",
        "Sebanyak 12 camat ikut dirotasi.",
    ]


def test_a_single_initial_in_a_name_does_not_end_a_sentence():
    assert sentences("Kepala Dinas Sosial Subang Dadan K. Kurnia membuka acara. Ia berpesan singkat.") == [
        "Kepala Dinas Sosial Subang Dadan K. Kurnia membuka acara.",
        "Ia berpesan singkat.",
    ]


def test_a_line_break_ends_a_headline_without_a_period():
    text = "Pemkot Sukabumi Rotasi 28 Pejabat\nSUKABUMI – Wali Kota Sukabumi Ridwan Saputra merotasi 28 pejabat."
    assert sentences(text) == [
        "Pemkot Sukabumi Rotasi 28 Pejabat",
        "SUKABUMI – Wali Kota Sukabumi Ridwan Saputra merotasi 28 pejabat.",
    ]


def test_question_and_exclamation_marks_end_sentences_but_quoted_speech_runs_on():
    assert sentences("Siapa yang dilantik? Semuanya pejabat eselon III! Begitu kata Dedi.") == [
        "Siapa yang dilantik?",
        "Semuanya pejabat eselon III!",
        "Begitu kata Dedi.",
    ]
    assert sentences('"Kami siap bekerja," kata Dedi. Ia menambahkan hal lain.') == [
        '"Kami siap bekerja," kata Dedi.',
        "Ia menambahkan hal lain.",
    ]


def test_sentences_are_put_on_one_line_with_single_spaces():
    assert sentences("Kegiatan   berlangsung\tlancar. Semua   pejabat hadir.") == ["Kegiatan berlangsung lancar.", "Semua pejabat hadir."]


def test_sentence_spans_point_back_into_the_original_text():
    text = "GARUT – Pemkab Garut melantik 42 pejabat.\n\nPelantikan dipimpin Bupati Garut Hendra Permana."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "GARUT – Pemkab Garut melantik 42 pejabat.",
        "Pelantikan dipimpin Bupati Garut Hendra Permana.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pelantikan digelar di Jln. Siliwangi No. 5, Kota Cimahi. Acara berlangsung khidmat.",
        "Warga Kp. Cibeureum, Desa Sukamaju, menerima bantuan. Bantuan diserahkan camat.",
        "Sekda Garut Moh. Hidayat membuka acara. Ia berpesan agar ASN disiplin.",
        "Kegiatan se-Prov. Jawa Barat itu digelar di Garut. Ia hadir.",
    ],
    ids=["Jln.", "Kp.", "Moh.", "Prov."],
)
def test_more_abbreviations_do_not_end_a_sentence(text):
    assert len(sentences(text)) == 2


# ---- clauses --------------------------------------------------------------------------------


def test_a_short_sentence_is_one_clause():
    sentence = "Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat."
    assert clauses(sentence, 240) == [sentence]


def test_a_long_list_of_officials_is_cut_at_commas_outside_parentheses():
    sentence = (
        "Pejabat yang dilantik yakni Agus Darmawan (sebelumnya Camat Tarogong Kidul, Garut), "
        "Rina Marlina (sebelumnya Kepala Bagian Umum), Yayan Ruslan (sebelumnya Kabid Anggaran), dan Heri Hermanto."
    )
    pieces = clauses(sentence, 70)
    assert pieces == [
        "Pejabat yang dilantik yakni Agus Darmawan (sebelumnya Camat Tarogong Kidul, Garut),",
        "Rina Marlina (sebelumnya Kepala Bagian Umum),",
        "Yayan Ruslan (sebelumnya Kabid Anggaran), dan Heri Hermanto.",
    ]
    assert " ".join(pieces) == sentence


# ---- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bupati Garut melantik 42 pejabat", {42}),
        ("sebanyak 1.250 ASN dirotasi", {1250}),
        ("anggaran Rp 1.500.000 per orang", {1500000}),
        # an English answer writes thousands with commas: one number, not "1" and "432"
        ("1,432 families were displaced", {1432}),
        ("a budget of Rp2,500,000 each", {2500000}),
        ("naik 2,5 persen", {2}),
        ("lima camat dilantik", {5}),
        ("Tiga pejabat eselon II", {3}),
        ("dua puluh lima ASN Pemkot Cimahi", {25}),
        ("sebelas lurah", {11}),
        ("tujuh belas kepala sekolah", {17}),
        ("seratus tujuh pejabat", {107}),
        ("seribu dua ratus pegawai", {1200}),
        ("twenty-five officials", {25}),
        ("twelve district heads", {12}),
        ("forty two officials", {42}),
        ("melantik lima eselon II dan 1.200 ASN, dua puluh lima di antaranya guru", {5, 1200, 25}),
    ],
)
def test_numbers_are_read_in_digits_and_in_words(text, expected):
    assert numbers_in(text) == expected


@pytest.mark.parametrize(
    "text",
    ["seorang pejabat hadir", "rapat se-Kabupaten Garut", "sebelum pelantikan", "dualisme kepemimpinan", "pejabat Eselon III", "Selasa pagi"],
)
def test_words_that_merely_contain_number_words_are_not_numbers(text):
    assert numbers_in(text) == set()


def test_a_time_of_day_is_two_numbers_not_a_thousands_dot():
    assert numbers_in("dimulai pukul 10.15 WIB") == {10, 15}


def test_a_percentage_written_with_a_decimal_point_is_one_number():
    """A reply in English writes "63.45%" for the article's "63,45 persen": both are 63, not 63 and 45."""
    assert numbers_in("serapan 63.45% hingga Juni") == numbers_in("serapan 63,45 persen hingga Juni") == {63}


def test_number_spans_cover_the_whole_written_out_number():
    text = "Pemkot Cimahi melantik dua puluh lima pejabat dan 3 camat."
    spans = number_spans(text)
    assert [(text[a:b], v) for a, b, v in spans] == [("dua puluh lima", 25), ("3", 3)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("seratus lima puluh pejabat", {150}),
        ("seratus dua puluh lima ASN", {125}),
        ("tiga ratus empat puluh dua guru", {342}),
        ("dua puluh ribu warga", {20000}),
        ("lima belas ribu rupiah", {15000}),
    ],
)
def test_compound_number_words_are_read_whole(text, expected):
    assert numbers_in(text) == expected


def test_a_decimal_comma_is_not_two_numbers():
    assert 5 not in numbers_in("realisasi anggaran Pemkot Banjar mencapai 78,5 persen")


def test_percentages_are_numbers_written_as_percentages_only():
    assert percentages("realisasi 78,5 persen, naik 12% dari tahun lalu, 3 percent in English") == {"78.5", "12", "3"}
    assert percentages("Kota Banjar masuk 10 besar inovasi daerah") == set()


# ---- citation markers -----------------------------------------------------------------------


def test_markers_are_listed_in_order_once_each():
    assert markers("Sebanyak 42 pejabat [3][1] dilantik Bupati Garut [3].") == [3, 1]
    assert markers("Tidak ada penanda.") == []


def test_strip_markers_leaves_clean_words_and_punctuation():
    assert strip_markers("Sebanyak 42 pejabat [1] dilantik [2], kata dia [3].") == "Sebanyak 42 pejabat dilantik, kata dia."


def test_with_markers_puts_one_marker_per_cited_number_at_the_end():
    assert with_markers("Ada 25 pejabat [2].", [1, 2, 1]) == "Ada 25 pejabat [1][2]"
    assert with_markers("Yuliani [4]", []) == "Yuliani"


def test_renumber_moves_markers_and_keeps_unmapped_ones():
    assert renumber("12 camat [1] dan 40 pejabat [2]", {1: 3}) == "12 camat [3] dan 40 pejabat [2]"


def test_norm_compares_texts_by_words_in_lower_case():
    assert norm("  Wali Kota\nCimahi  ") == norm("wali kota cimahi") == "wali kota cimahi"


def test_words_are_compared_by_their_indonesian_stems():
    assert stems("pengumuman pelantikan") == stems("diumumkan dilantik") == {"umum", "lantik"}


@pytest.mark.parametrize(
    "value, text, power",
    [
        ("602.4", "Realisasi belanja mencapai Rp602,4 miliar atau 56,3 persen.", 9),
        ("2.61", "Spending reached Rp 2.61 trillion by 30 September.", 12),
        ("1250", "bantuan 1.250 ribu rupiah per keluarga", 3),
        ("56.3", "Realisasi belanja mencapai Rp602,4 miliar atau 56,3 persen.", 0),  # a percentage has no scale
        ("4.5", "pagu Rp 4,5 miliar untuk jalan dan Rp 4,5 juta untuk jembatan", 0),  # two scales: unknown
    ],
)
def test_the_scale_an_amount_is_written_in_is_read_after_it(value, text, power):
    from decimal import Decimal

    from rag.text import scale_of

    assert scale_of(Decimal(value), text) == power
