from pathlib import Path

from rag.corpus import clean_text, load_articles, parse_article

from conftest import REFERENCE_DATE, SEEDS


def _article(prefix: str):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return parse_article(path.name, path.read_text(encoding="utf-8"), REFERENCE_DATE)


def test_site_navigation_and_image_markup_are_stripped():
    article = _article("003")
    assert "yang lalu" not in article.text
    assert "![" not in article.text
    assert article.text.rstrip().endswith("kebutuhan warga.")


def test_baca_juga_teasers_and_font_buttons_are_stripped():
    assert "BACA JUGA" not in _article("002").text
    assert "\nA\n" not in "\n" + _article("001").text + "\n"


def test_photo_captions_and_credit_lines_are_stripped_whatever_their_length():
    raw = (
        "Bupati Garut Lantik 90 Pejabat\n\n"
        "GARUT, Senin (4/5/2026) - Bupati melantik 90 pejabat di Pendopo.\n\n"
        "Foto: Bupati Garut (tengah) menyalami 90 pejabat yang baru dilantik di Pendopo Garut, Senin pagi. (Humas Pemkab Garut)\n\n"
        "Keterangan foto: Suasana pelantikan.\n\n"
        "DISKOMINFO KAB. GARUT\n\n"
        "Wakil Bupati menyerahkan SK kepada 12 camat di Pendopo Garut, Senin (4/5/2026). FOTO: PROKOPIM SETDA KAB. GARUT\n\n"
        "Sekda membacakan keputusan bupati. Foto: Humas Pemkab Garut\n\n"
        "Pelantikan berlangsung tertib.\n"
    )
    text, removed, _ = clean_text(raw)
    assert "menyalami" not in text and "Suasana" not in text and "DISKOMINFO" not in text
    assert "12 camat" not in text and "membacakan" not in text
    assert removed == 5
    assert "Bupati melantik 90 pejabat" in text and "Pelantikan berlangsung tertib." in text


def test_bylines_tag_lists_follow_us_lines_and_copyright_lines_are_stripped():
    raw = (
        "Pemkot Cimahi Buka Pendaftaran Sekolah\n\n"
        "Oleh: Sigit Purnomo\n\n"
        "CIMAHI, Senin (8/6/2026) - Pendaftaran tahap II dibuka 22 hingga 27 Juni 2026.\n\n"
        "Ikuti update berita terkini Pikiran Rakyat di WhatsApp Channel\n\n"
        "Simak berita lainnya di Google News\n\n"
        "Tag: SPMB Kota Cimahi 2026, PPDB SMP, Disdik Kota Cimahi, jalur domisili, zonasi, daftar ulang\n\n"
        "Copyright © ANTARA 2026\n\n"
        "Tag lain tidak ditulis di awal kalimat, jadi kalimat ini tetap.\n\n"
        "Oleh karena itu, pendaftar diminta datang lebih awal.\n\n"
        "Oleh Rini Kartika\n\n"
        "Oleh Dinas Pendidikan, kuota ditambah.\n"
    )
    text, removed, _ = clean_text(raw)
    assert removed == 6
    assert "Sigit" not in text and "Rini" not in text and "Oleh karena itu, pendaftar" in text and "Oleh Dinas Pendidikan, kuota ditambah." in text
    assert "Google News" not in text and "WhatsApp" not in text and "SPMB Kota Cimahi 2026," not in text and "ANTARA 2026" not in text
    assert "22 hingga 27 Juni 2026" in text and "kalimat ini tetap" in text


def test_article_that_repeats_its_body_is_collapsed_to_one_copy():
    article = _article("001")
    assert article.text.count("Empat pejabat hasil lelang") == 1
    assert article.text.count("Termasuk segera kerja sama dengan Facebook") == 1
    assert article.duplicate_paragraphs >= 8


def test_short_repeated_lines_are_not_mistaken_for_duplicate_bodies():
    text, _, dupes = clean_text("Pejabat Diminta Adaptif\nisi satu\nisi satu\n")
    assert text.count("isi satu") == 2 and dupes == 0


def test_metadata_title_outlet_government_and_date():
    a000, a001, a002, a003, a004 = (_article(p) for p in ("000", "001", "002", "003", "004"))
    assert a000.title is None and a000.government == "Kabupaten Serang" and a000.date.value.isoformat() == "2018-12-13"
    assert a001.title == "Pejabat Baru Pemkab Serang Dituntut Berinovasi 100 Hari"
    assert a002.government == "Kabupaten Serang" and a002.date.inferred and a002.date.value.isoformat() == "2025-07-03"
    assert a003.outlet == "RMBANTEN.COM" and a003.government == "Kota Serang"
    assert a003.title.startswith("Pemkot Serang Kocok Ulang Pejabat")
    assert a004.outlet == "BANTENINTENS.CO.ID" and a004.government == "Kota Serang"
    assert a004.date.value.isoformat() == "2025-10-31" and not a004.date.inferred


def test_bad_files_are_skipped_with_a_reason_and_good_files_still_load(tmp_path: Path):
    (tmp_path / "good.txt").write_text("SERANG - Bupati Serang melantik 5 pejabat, Jumat (14/6/2019).", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Bupati Serang melantik pejabat di Pendopo \xe9".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("kata " * 50_000, encoding="utf-8")
    (tmp_path / "junk-only.txt").write_text("A\nA\nParlemen 4 hari yang lalu\n", encoding="utf-8")

    result = load_articles([tmp_path], max_bytes=100_000)

    assert [a.doc_id for a in result.articles] == ["good.txt"]
    reasons = {path.name: reason for path, reason in result.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "no article text" in reasons["junk-only.txt"]


def test_a_publication_stamp_above_the_headline_is_not_the_title():
    raw = (
        "Kamis, 16 April 2026 09:47 WIB\n\nEmpat Kepala OPD Baru Pemkab Garut Dilantik di Alun-alun\n\n"
        "GARUT – Bupati Garut melantik 12 pejabat, Rabu (15/4/2026)."
    )
    article = parse_article("garut.txt", raw)
    assert article.title == "Empat Kepala OPD Baru Pemkab Garut Dilantik di Alun-alun"
    assert str(article.date.value) == "2026-04-15"
