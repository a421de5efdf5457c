"""How an English question's words are written in Indonesian articles: the glossary's ways, and
the loanword spelling for words it lacks (rag/glossary.py)."""

from __future__ import annotations

import pytest

from rag.glossary import count_kind, english_terms, expand_query, indonesian, loanword


@pytest.mark.parametrize(
    "english, written",
    [
        ("investigation", "investigasi"),
        ("negative", "negatif"),
        ("sample", "sampel"),
        ("technology", "teknologi"),
        ("commission", "komisi"),
        ("frequency", "frekuensi"),
        ("application", "aplikasi"),
        ("identity", "identitas"),
        ("strategy", "strategi"),
        ("electric", "elektrik"),
    ],
)
def test_a_latinate_word_takes_the_indonesian_loanword_spelling(english, written):
    assert loanword(english) == written


@pytest.mark.parametrize("word", ["road", "mayor", "sworn"])
def test_a_word_no_loanword_rule_fits_has_no_spelling(word):
    assert loanword(word) is None


def test_a_plural_takes_the_ways_of_its_singular():
    assert indonesian("supervisors") == ("pengawas",)
    assert indonesian("cases") == ("kasus",)
    assert indonesian("samples") == ("sampel",)


@pytest.mark.parametrize(
    "english, written",
    [
        ("motorcycles", "sepeda motor"),  # the spelling rules would guess "motorsykel"
        ("tourists", "wisatawan"),  # "touris"
        ("ambulances", "ambulans"),  # "ambulansi"
        ("clinics", "klinik"),  # "klinika"
        ("kilometres", "kilometer"),
        ("women", "perempuan"),
        ("volunteers", "relawan"),
        ("stalls", "lapak"),
        ("seedlings", "bibit"),
        ("street vendors", "pedagang kaki lima"),
        ("locations", "titik"),  # "fogging di 46 titik": news counts places as points
    ],
)
def test_everyday_news_nouns_are_written_as_the_articles_write_them(english, written):
    assert written in indonesian(english)


def test_a_phrase_is_one_way_of_writing_a_word():
    assert indonesian("principals") == ("kepala sekolah", "kepsek")
    assert indonesian("hospital") == ("rumah sakit", "RSUD")


@pytest.mark.parametrize("word", ["pejabat", "dilantik", "kecamatan", "Garut"])
def test_indonesian_words_and_names_are_left_alone(word):
    assert indonesian(word) == ()


def test_a_glossary_phrase_is_read_before_its_words():
    assert english_terms("the civil servants of the regency")[:2] == [("the", ()), ("civil servants", ("ASN", "aparatur sipil negara"))]


@pytest.mark.parametrize("counted", ["women", "volunteers", "tourists", "passengers", "suspects"])
def test_everyday_people_are_counted_as_people(counted):
    assert count_kind(counted) == "people"


def test_an_english_question_gains_the_indonesian_words_bm25_can_match():
    expanded = expand_query("How many urine samples came back negative?")
    assert {"sampel", "negatif"} <= set(expanded.split())
    assert expand_query("Berapa pejabat yang dilantik?") == "Berapa pejabat yang dilantik?"


@pytest.mark.parametrize(
    "words, kind",
    [("rumah terendam", "houses"), ("rumah tangga", "families"), ("households", "families"), ("jiwa.", "people"),
     ("pejabat pengawas", "people"), ("km jalan", "length"), ("evacuees in shelters", "people"), ("refugees", "people"), ("unit", ""), ("", "")],
)
def test_the_kind_a_count_counts_is_read_from_its_noun(words, kind):
    assert count_kind(words) == kind
