"""rag.dates: every form an article writes its event date in, the publication line as fallback,
years inferred from the weekday, and how each date was found."""

from __future__ import annotations

from datetime import date

import pytest

from rag.dates import date_stamp, event_date, format_date, in_language, in_periods, question_periods

TODAY = date(2026, 11, 29)
PUBLISHED = "Selasa, 3 Maret 2026 | 10:15 WIB"


def article(*lines: str) -> str:
    return "\n".join(lines)


def found(text: str, reference: date = TODAY) -> tuple[str, str, bool, str] | None:
    """(ISO date, raw text, inferred, how) of an article's event date."""
    parsed = event_date(text, reference)
    return parsed and (parsed.value.isoformat(), parsed.raw, parsed.inferred, parsed.how)


# ---- the forms of a date --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, iso, raw, how",
    [
        ("CIMAHI – Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat, Senin (2/3/2026).", "2026-03-02", "Senin (2/3/2026)", "dateline"),
        ("Pelantikan 30 pejabat Pemkab Cianjur digelar (2/3/2026) di Pendopo.", "2026-03-02", "(2/3/2026)", "dateline"),
        ("Rotasi pejabat Pemkab Garut digelar Senin, 2 Maret 2026 di Pendopo Garut.", "2026-03-02", "Senin, 2 Maret 2026", "dateline"),
        ("Pemkab Subang menggelar apel, Minggu, 1 Maret 2026, di alun-alun.", "2026-03-01", "Minggu, 1 Maret 2026", "dateline"),
        ("Pelantikan pejabat Pemkot Banjar digelar Jum'at (27/2/2026).", "2026-02-27", "Jum'at (27/2/2026)", "dateline"),
        ("Pemkab Cianjur menggelar apel, Ahad (1/3/2026).", "2026-03-01", "Ahad (1/3/2026)", "dateline"),
        ("Pelantikan pejabat Pemkot Banjar digelar Jumat (27/2/26).", "2026-02-27", "Jumat (27/2/26)", "dateline"),
        ("The city swore in 25 officials on Monday, March 2, 2026 in Cimahi.", "2026-03-02", "Monday, March 2, 2026", "dateline"),
        ("Rotasi itu tercatat pada 2/3/2026 dalam surat keputusan wali kota.", "2026-03-02", "2/3/2026", "first whole date in the text"),
        ("The rotation took place on March 2, 2026 in Cimahi.", "2026-03-02", "March 2, 2026", "first whole date in the text"),
        ("02-03-2026 Pemkot Banjar melantik pejabat eselon III.", "2026-03-02", "02-03-2026", "first whole date in the text"),
    ],
    ids=[
        "weekday (d/m/y)",
        "(d/m/y)",
        "weekday, d Month y",
        "Minggu, d Month y",
        "Jum'at with apostrophe",
        "Ahad",
        "two-digit year",
        "English weekday, Month d, y",
        "d/m/y",
        "Month d, y",
        "dd-mm-yyyy",
    ],
)
def test_each_date_form_is_read_with_how_it_was_found(text, iso, raw, how):
    assert found(text) == (iso, raw, False, how)


def test_a_year_left_out_is_inferred_from_the_publication_line_and_the_weekday():
    text = article(PUBLISHED, "CIMAHI – Pemkot Cimahi melantik 25 pejabat di Gedung Pakuan, Senin (2/3).")
    iso, raw, inferred, how = found(text)
    assert (iso, raw, inferred) == ("2026-03-02", "Senin (2/3)", True)
    assert how.startswith("dateline, year inferred")
    assert "publication date 2026-03-03" in how and "Monday" in how


def test_a_year_left_out_without_a_weekday_is_the_most_recent_up_to_publication():
    iso, raw, inferred, how = found(article(PUBLISHED, "Pemkot Banjar melantik pejabat (2/3)."))
    assert (iso, raw, inferred) == ("2026-03-02", "(2/3)", True)
    assert how.startswith("dateline, year inferred") and "publication date 2026-03-03" in how


def test_a_year_left_out_across_new_year_is_last_years():
    text = article("Jumat, 2 Januari 2026 | 08:00 WIB", "SUBANG – Pemkab Subang melantik 30 pejabat, Rabu (31/12).")
    assert found(text)[:3] == ("2025-12-31", "Rabu (31/12)", True)


def test_a_year_left_out_without_a_publication_line_is_inferred_up_to_the_reference_date():
    text = "Kamis (5/3) lalu Pemkab Subang melantik 40 pejabat."
    iso, _, inferred, how = found(text, reference=date(2026, 11, 29))
    assert (iso, inferred) == ("2026-03-05", True)
    assert "up to 2026" in how and "Thursday" in how
    assert found(text, reference=date(2026, 2, 1))[0] == "2020-03-05"  # the last 5 March on a Thursday before it


def test_a_weekday_makes_a_day_and_month_name_a_dateline():
    assert found("Pemkab Subang melantik pejabat pada Senin, 2 Maret lalu.")[:3] == ("2026-03-02", "Senin, 2 Maret", True)


def test_a_day_and_month_name_alone_is_not_a_date():
    assert found("Pelantikan serupa digelar pada 2 Maret di aula.") is None


def test_an_article_without_dates_has_none():
    assert found("Pemkab Garut terus melakukan penyegaran organisasi.") is None


# ---- the publication line -------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp, iso",
    [
        (PUBLISHED, "2026-03-03"),
        ("Selasa 3 Maret 2026 10:15 WIB", "2026-03-03"),
        ("Diterbitkan: 03/03/2026 10:15", "2026-03-03"),
        ("Oleh Redaksi | Selasa, 3 Maret 2026", "2026-03-03"),
        ("Published: March 3, 2026", "2026-03-03"),
        ("Tuesday, March 3, 2026 10:15 WIB", "2026-03-03"),
    ],
)
def test_the_publication_line_is_the_fallback(stamp, iso):
    assert found(article(stamp, "GARUT – Pemkab Garut melantik 12 camat di Pendopo Garut.")) == (iso, stamp, False, "publication line")


def test_a_dateline_in_the_body_beats_the_publication_line():
    text = article(PUBLISHED, "CIMAHI – Pemkot Cimahi melantik 25 pejabat, Senin (2/3/2026).")
    assert found(text) == ("2026-03-02", "Senin (2/3/2026)", False, "dateline")


def test_the_publication_line_beats_a_whole_date_without_a_weekday():
    text = article(PUBLISHED, "Pemkot Banjar melantik pejabat sesuai SK tertanggal 27/2/2026.")
    assert found(text) == ("2026-03-03", PUBLISHED, False, "publication line")


def test_a_stamp_line_is_only_a_date_with_stamp_words():
    assert date_stamp(PUBLISHED) is not None
    assert date_stamp("Pemkab Garut melantik 42 pejabat pada Selasa, 3 Maret 2026") is None


# ---- which dateline, and typos --------------------------------------------------------------


def test_a_sound_dateline_beats_one_whose_year_is_left_out():
    text = "Pelantikan digelar Kamis (5/3), sedangkan evaluasi dilakukan Senin (2/3/2026)."
    assert found(text) == ("2026-03-02", "Senin (2/3/2026)", False, "dateline")


def test_the_first_of_two_sound_datelines_is_the_event():
    text = "Pelantikan digelar Rabu (4/3/2026), sedangkan rapat persiapan digelar Senin (2/3/2026)."
    assert found(text)[:2] == ("2026-03-04", "Rabu (4/3/2026)")


def test_a_one_digit_typo_is_repaired_when_only_one_repair_falls_on_the_weekday():
    iso, raw, inferred, how = found("Pemkab Cianjur melantik 30 pejabat, Jumat (36/3/2026).")
    assert (iso, raw, inferred) == ("2026-03-06", "Jumat (36/3/2026)", True)
    assert how == "dateline, repaired typo Jumat (36/3/2026) -> 2026-03-06 (one digit, weekday matches)"


def test_an_impossible_date_with_two_possible_repairs_is_dropped():
    # (32/3) may be 2 or 30 March 2026: both are Mondays.
    assert found("Pelantikan digelar Senin (32/3/2026) di aula.") is None


def test_an_impossible_date_without_a_weekday_is_dropped():
    assert found("Pelantikan digelar (32/3/2026) di aula.") is None


def test_an_announced_event_just_after_publication_keeps_the_publication_year():
    text = article(PUBLISHED, "BANJAR – Pemkot Banjar akan melantik 30 pejabat eselon III pada Kamis (5/3) mendatang.")
    assert found(text)[:2] == ("2026-03-05", "Kamis (5/3)")


# ---- periods a question names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question, spans",
    [
        ("Berapa pejabat yang dilantik pada Maret 2026?", [("2026-03-01", "2026-03-31", "Maret 2026")]),
        ("How many officials were sworn in in March 2026?", [("2026-03-01", "2026-03-31", "March 2026")]),
        ("berapa pejabat dilantik bulan Februari tahun 2026", [("2026-02-01", "2026-02-28", "Februari tahun 2026")]),
        ("rotasi 3/2026 di Garut", [("2026-03-01", "2026-03-31", "3/2026")]),
        ("on March 2, 2026", [("2026-03-01", "2026-03-31", "March 2, 2026")]),
        ("pada Des. 2025", [("2025-12-01", "2025-12-31", "Des. 2025")]),
        ("Berapa ASN dimutasi Pemkot Banjar tahun 2025?", [("2025-01-01", "2025-12-31", "2025")]),
        (
            "Berapa pejabat dilantik tahun 2025 dan 2026?",
            [("2025-01-01", "2025-12-31", "2025"), ("2026-01-01", "2026-12-31", "2026")],
        ),
        ("Siapa Wakil Bupati Garut?", []),
    ],
)
def test_the_months_and_years_a_question_names(question, spans):
    assert [(s.start.isoformat(), s.end.isoformat(), s.text) for s in question_periods(question)] == spans


# ---- writing dates --------------------------------------------------------------------------


def test_dates_are_written_in_the_readers_language():
    assert format_date(date(2026, 3, 2), "id") == "2 Maret 2026"
    assert format_date(date(2026, 3, 2), "en") == "2 March 2026"
    assert in_language("dilantik 2 Maret 2026", "en") == "dilantik 2 March 2026"
    assert in_language("sworn in on 2 March 2026", "id") == "sworn in on 2 Maret 2026"


def test_in_periods_checks_an_iso_date_against_the_periods():
    march = question_periods("Maret 2026")
    assert in_periods("2026-03-02", march)
    assert not in_periods("2026-02-27", march)
    assert not in_periods(None, march)


@pytest.mark.parametrize(
    "question, months",
    [
        ("Adding up both 2026 ceremonies (January and April), how many officials were sworn in?", ["January 2026", "April 2026"]),
        ("Pada 2025, bulan Oktober atau Desember yang pelantikannya lebih besar?", ["Oktober 2025", "Desember 2025"]),
        ("Pemkab Bekasi (Agustus) dan Pemkot Cimahi (September) melantik berapa pejabat tahun 2025?", ["Agustus 2025", "September 2025"]),
        ("Who rotated more, Pemkab Bekasi in July or Pemkot Cimahi in October 2025?", ["October 2025", "July 2025"]),
        ("Which city swore in more officials in May, Cimahi or Depok, in 2026?", ["May 2026"]),
        ("You may compare Cimahi (May) with Depok in 2026", ["May 2026"]),
    ],
)
def test_months_without_a_year_take_the_one_year_the_question_names(question, months):
    from rag.dates import question_periods

    assert [s.text for s in question_periods(question) if s.end.month == s.start.month] == months


def test_the_verb_may_is_not_a_month():
    assert [s.text for s in question_periods("May I know how many officials Cimahi rotated in 2026?")] == ["2026"]
    assert [s.text for s in question_periods("Officials may be rotated in March, says the 2026 plan")] == ["2026", "March 2026"]
