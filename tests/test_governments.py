"""rag.governments: governments discovered from article text, and question cues resolved against them."""

from __future__ import annotations

from collections import Counter

import pytest

from rag.governments import abbreviates, governments_in, in_full, kinds_named, main_government, region, resolve, unknown

KNOWN = [
    "Kabupaten Garut",
    "Kota Cimahi",
    "Kabupaten Sukabumi",
    "Kota Sukabumi",
    "Kabupaten Cianjur",
    "Kabupaten Bandung",
    "Kabupaten Bandung Barat",
    "Provinsi Jawa Barat",
    "Kota Tasikmalaya",
    "Kabupaten Tasikmalaya",
    "Kota Yogyakarta",
    "Kota Banjar",
    "Kabupaten Banjarnegara",
]
ONE_OF_EACH = ["Kabupaten Garut", "Kota Cimahi"]

# ---- discovered from article text -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pemerintah Kabupaten (Pemkab) Garut menggelar rotasi pejabat eselon III.", {"Kabupaten Garut": 1}),
        ("Pemerintah Kota (Pemkot) Cimahi menggelar pelantikan di Gedung Pakuan.", {"Kota Cimahi": 1}),
        ("Pejabat di lingkungan Kab. Cianjur mengikuti apel pagi.", {"Kabupaten Cianjur": 1}),
        ("SUKABUMI – Pemkot Sukabumi melantik 28 pejabat.", {"Kota Sukabumi": 1}),
        ("Gubernur Jawa Barat hadir dalam rapat di Provinsi Jawa Barat.", {"Provinsi Jawa Barat": 2}),
        ("Rapat digelar di Kabupaten Bandung Barat.", {"Kabupaten Bandung Barat": 1}),
    ],
    ids=["Pemerintah Kabupaten (Pemkab)", "Pemerintah Kota (Pemkot)", "Kab.", "Pemkot", "Gubernur+Provinsi", "two-word region"],
)
def test_each_way_news_names_a_government_is_read(text, expected):
    assert governments_in(text) == Counter(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # written again after a lower-case word, or opening a line
        ("Pemkab Tanah Datar menyalurkan bantuan. Warga di Tanah Datar menyambut.", {"Kabupaten Tanah Datar": 1}),
        ("Tanah Datar - Rabu, 10 Juni 2026 - Pemerintah Kabupaten Tanah Datar melantik 30 pejabat.", {"Kabupaten Tanah Datar": 1}),
        # its short form right after it, and then alone
        ("Pemerintah Kabupaten Ogan Komering Ulu (OKU) melantik pejabat. Pemkab OKU juga merotasi camat.", {"Kabupaten Ogan Komering Ulu": 2}),
        ("Kabupaten Kepulauan Meranti (Kepmer) menggelar apel.", {"Kabupaten Kepulauan Meranti": 1}),
        # a compass word ends it
        ("Banjir merendam tiga desa di Kabupaten Tanjung Jabung Barat.", {"Kabupaten Tanjung Jabung Barat": 1}),
        # a first word that names a kind of land, never a region alone
        ("Cakupan imunisasi di Kabupaten Kepulauan Aru, Maluku, rendah. Bupati Kepulauan Aru meminta camat membantu.", {"Kabupaten Kepulauan Aru": 2}),
        # written joined too: one government
        ("Wali Kota Tanjungbalai melantik pejabat di lingkungan Pemerintah Kota Tanjung Balai, Senin.", {"Kota Tanjungbalai": 2}),
        # a person after the region is no part of its name
        ("Sekda Kabupaten Garut Nurdin Yana hadir. Menurut Sekda Garut Nurdin Yana, rapat lancar.", {"Kabupaten Garut": 1}),
        ("Pemkab Garut Dinas Kesehatan mencatat 40 kasus.", {"Kabupaten Garut": 1}),
    ],
)
def test_a_region_of_several_words_is_read_whole_where_the_text_shows_it_is_one_name(text, expected):
    assert governments_in(text) == Counter(expected)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("cakupan imunisasi di aru brp?", ["Kabupaten Kepulauan Aru"]),  # the name without its land word
        ("How much did West Seram spend on the market?", ["Kabupaten Seram Bagian Barat"]),  # "the west part of Seram"
        ("Berapa anggaran Pemkab Tanjab Barat untuk banjir rob?", ["Kabupaten Tanjung Jabung Barat"]),  # cut short, compass word kept
        ("Berapa pejabat dilantik Wali Kota Tanjung Balai?", ["Kota Tanjungbalai"]),  # written as two words
        ("Berapa anggaran banjir Kabupaten Tanjung Jabung Barat?", ["Kabupaten Tanjung Jabung Barat"]),  # "Tanjung" is no clipped Tanjungbalai here
        ("How many families did the flood hit in Kabupaten Tanjung Jabung Timur?", []),  # another regency, not held
    ],
)
def test_a_region_of_several_words_is_found_by_the_ways_people_shorten_it(question, expected):
    known = ["Kabupaten Kepulauan Aru", "Kabupaten Seram Bagian Barat", "Kabupaten Tanjung Jabung Barat", "Kota Tanjungbalai", "Kabupaten Garut"]
    assert resolve(in_full(question, known), known) == expected


def test_the_initials_of_a_region_of_three_words_resolve_to_it_in_a_question():
    known = ["Kabupaten Ogan Komering Ulu", "Kabupaten Garut"]
    assert in_full("Berapa dana desa di OKU?", known) == "Berapa dana desa di Kabupaten Ogan Komering Ulu?"
    assert in_full("Berapa pejabat yang dilantik Pemkab OKU?", known) == "Berapa pejabat yang dilantik Pemkab Ogan Komering Ulu?"


def test_a_government_named_only_through_its_mayor_and_pemkot_is_found():
    text = "Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat di lingkungan Pemkot Cimahi, Senin (2/3/2026)."
    assert governments_in(text) == Counter({"Kota Cimahi": 2})


def test_a_title_named_twice_is_enough_to_know_the_region():
    assert governments_in("Bupati Garut hadir. Bupati Garut juga menyampaikan sambutan.") == Counter({"Kabupaten Garut": 2})


def test_a_name_seen_once_after_a_title_is_a_person_not_a_region():
    assert governments_in("Bupati Yuliani hadir dalam acara itu.") == Counter()
    assert governments_in("Walikota Nenden hadir.") == Counter()


def test_the_deputy_mayor_names_the_city_not_a_regency():
    assert governments_in("Wakil Wali Kota Cimahi Ahmad Zulfikar hadir di Kota Cimahi.") == Counter({"Kota Cimahi": 2})


def test_a_capital_city_is_not_a_city_government():
    text = "Kota Balikpapan ramai sebagai kota penyangga Ibu Kota Nusantara (IKN); Pemkot Balikpapan menyambut."
    assert governments_in(text) == Counter({"Kota Balikpapan": 2})


def test_office_words_after_a_government_word_are_not_regions():
    assert governments_in("Hadir pula Kepala Dinas dan Sekretaris Kota dalam acara itu.") == Counter()
    assert governments_in("Pelantikan berlangsung di Kota Baru Parahyangan.") == Counter()


def test_a_short_form_of_a_region_counts_for_the_region_the_article_names_in_full():
    text = (
        "SURABAYA – Pemerintah Provinsi Jawa Timur (Pemprov Jatim) melantik 58 pejabat, Senin (2/3/2026).\n"
        "Gubernur Jatim meminta pejabat baru bekerja cepat. Pemprov Jatim juga membuka seleksi terbuka."
    )
    assert governments_in(text) == Counter({"Provinsi Jawa Timur": 4})
    assert main_government(text) == "Provinsi Jawa Timur"


def test_an_initialism_of_a_region_counts_for_the_region_the_article_names_in_full():
    text = "Pemerintah Kabupaten Bandung Barat (KBB) melantik 40 pejabat. Bupati KBB meminta mereka bekerja cepat. Pemkab KBB juga membuka seleksi."
    assert governments_in(text) == Counter({"Kabupaten Bandung Barat": 3})


def test_a_name_after_a_title_once_is_a_region_when_the_dateline_names_it():
    text = (
        "Pasar Induk Mulai Dibangun Ulang\n"
        "Rina Wulandari - detikJogja\n"  # a byline, no dateline
        "Bantul - Setelah dua tahun hanya berupa los darurat, pasar itu dibangun ulang, ditandai Bupati Bantul Halim Sasongko.\n"
        "Bupati Halim meminta pekerjaan selesai Desember."
    )
    assert governments_in(text) == Counter({"Kabupaten Bantul": 1})
    assert main_government(text) == "Kabupaten Bantul"


def test_a_name_only_ever_after_a_title_is_no_region_beside_the_articles_own_government():
    text = (
        "Pemkab Wonogiri melantik 40 pejabat. Bupati Joko Sutopo meminta mereka bekerja cepat. "
        "Bupati Joko juga melantik Staf Ahli Bupati Bidang Hukum dan Staf Ahli Bupati Bidang Ekonomi."
    )
    assert governments_in(text) == Counter({"Kabupaten Wonogiri": 1})


@pytest.mark.parametrize(
    "short, full, expected",
    [
        ("Tangsel", "Tangerang Selatan", True),
        ("Jatim", "Jawa Timur", True),
        ("Sumsel", "Sumatera Selatan", True),
        ("Bandung", "Bandung Barat", False),  # the first word alone is another region
        ("Jabar", "Jawa Timur", False),
        ("Tangerang", "Tangerang Selatan", False),
    ],
)
def test_a_short_form_is_the_start_of_each_word_of_the_region(short, full, expected):
    assert abbreviates(short, full) is expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How many officials did the West Bandung regency swear in?", ["Kabupaten Bandung Barat"]),
        ("Berapa pejabat dilantik Pemprov Jabar?", ["Provinsi Jawa Barat"]),
        ("berapa pejabat dilantik pemprov jabar?", ["Provinsi Jawa Barat"]),
        ("How many officials did the Bandung regency swear in?", ["Kabupaten Bandung"]),  # no compass word: Bandung
        ("How many officials did the West Java governor install?", ["Provinsi Jawa Barat"]),  # English names the island its own way
        ("Berapa pejabat yang dilantik Pemkab KBB pada Mei 2026?", ["Kabupaten Bandung Barat"]),  # the initialism local news uses
        ("KBB melantik berapa pejabat?", ["Kabupaten Bandung Barat"]),
        # the clipped name people say, in today's spelling or the old one
        ("berapa pejabat dilantik pemkot tasik bulan lalu?", ["Kota Tasikmalaya"]),
        ("How many measles cases did Yogya record in June?", ["Kota Yogyakarta"]),
        ("kasus dbd di kota jogja naik brp?", ["Kota Yogyakarta"]),
        ("Berapa pejabat dilantik Wali Kota Banjar?", ["Kota Banjar"]),  # a region of its own, not Banjarnegara cut short
        ("berapa hektare sawah dan padang rumput yang terendam?", []),  # a word in lower case with no government before it
    ],
)
def test_a_region_written_the_english_way_or_short_resolves_to_the_one_the_articles_name(question, expected):
    assert resolve(in_full(question, KNOWN), KNOWN) == expected


def test_a_title_case_headline_verb_is_not_a_region():
    text = "Pemkot Lantik 25 Pejabat Baru\nCIMAHI – Pemkot Cimahi melantik 25 pejabat di Gedung Pakuan."
    assert "Kota Lantik" not in governments_in(text)
    assert main_government(text) == "Kota Cimahi"


def test_regency_and_city_of_one_name_are_two_governments():
    assert governments_in("Pemkab Sukabumi dan Pemkot Sukabumi menandatangani kerja sama.") == Counter(
        {"Kabupaten Sukabumi": 1, "Kota Sukabumi": 1}
    )


def test_the_main_government_is_the_one_named_most():
    text = "Pemkab Garut melantik 42 pejabat. Bupati Garut Hendra Permana berpesan. Hadir pula tamu dari Pemkot Cimahi."
    assert main_government(text) == "Kabupaten Garut"


def test_no_main_government_on_a_tie_or_without_any():
    assert main_government("Pemkab Garut dan Pemkot Cimahi menandatangani kerja sama.") is None
    assert main_government("Pejabat baru diminta bekerja keras.") is None


def test_a_tie_goes_to_the_government_the_dateline_names():
    text = "Pemkab Ciamis Lantik 90 Kepala Sekolah\n\nCIAMIS, Rabu (15/4) – Pemerintah Kabupaten Ciamis melantik 90 kepala sekolah. Kurikulum mengikuti edaran Dinas Pendidikan Provinsi Jawa Barat."
    assert main_government(text) == "Kabupaten Ciamis"
    # the dateline decides nothing when it names neither, or when one government leads anyway
    assert main_government(text.replace("CIAMIS, Rabu (15/4) –", "Rabu (15/4) –")) is None
    assert main_government("BANDUNG – Pemkab Ciamis melantik 90 kepala sekolah. Bupati Ciamis hadir. Pemprov Jawa Barat mengirim utusan.") == "Kabupaten Ciamis"


def test_news_datelined_in_a_regency_is_about_it_though_the_province_is_named_more():
    text = (
        "PURWAKARTA, KOMPAS.com - Sebanyak 9 perusahaan di Kabupaten Purwakarta meminta penangguhan UMK 2026.\n"
        "UMK itu ditetapkan Gubernur Jawa Barat pada Desember. Pemprov Jawa Barat juga menetapkan UMSK, "
        "sementara Bupati Purwakarta meminta perusahaan patuh. Provinsi Jawa Barat mencatat 120 pengajuan."
    )
    assert governments_in(text).most_common(1) == [("Provinsi Jawa Barat", 3)]
    assert main_government(text) == "Kabupaten Purwakarta"
    # named less than half as often as the province, the regency of the dateline is a side note
    provincial = text.replace("di Kabupaten Purwakarta", "di Jawa Barat").replace("Bupati Purwakarta", "Gubernur Jawa Barat")
    assert main_government(provincial + " Kabupaten Purwakarta hadir.") == "Provinsi Jawa Barat"


def test_news_datelined_in_a_regencys_capital_town_is_about_the_regency_named_more():
    text = (
        "RUTENG, FLORESPOS.ID – Pemerintah Kabupaten Manggarai menetapkan status tanggap darurat longsor.\n"
        "Sebagian besar warga terdampak tinggal di kawasan Kota Ruteng. Pemkab Manggarai menyiapkan tiga posko."
    )
    assert main_government(text) == "Kabupaten Manggarai"
    # named as often, the town of the dateline still decides the tie
    assert main_government(text.replace(" Pemkab Manggarai menyiapkan", " Pemkot Ruteng menyiapkan")) == "Kota Ruteng"


def test_region_is_the_name_without_its_kind():
    assert region("Kabupaten Bandung Barat") == "Bandung Barat"
    assert region("Kota Cimahi") == "Cimahi"


# ---- cues of a question ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, kinds",
    [
        ("Siapa Bupati Garut?", ["Kabupaten"]),
        ("Berapa pejabat yang dilantik Wali Kota Cimahi?", ["Kota"]),
        ("Siapa wakil walikota Cimahi?", ["Kota"]),
        ("who is the regent of Garut", ["Kabupaten"]),
        ("How many officials did Cimahi City rotate?", ["Kota"]),
        ("What did the governor say?", ["Provinsi"]),
        ("Berapa ASN kabupaten dan kota Sukabumi?", ["Kabupaten", "Kota"]),
        ("Berapa pejabat yang dilantik?", []),
    ],
)
def test_kind_words_of_a_question(question, kinds):
    assert kinds_named(question) == kinds


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Berapa pejabat yang dilantik Bupati Garut bulan ini?", ["Kabupaten Garut"]),
        ("How many officials did the regent of Garut swear in?", ["Kabupaten Garut"]),
        ("Cimahi City inaugurated how many officials?", ["Kota Cimahi"]),
        ("walkot cimahi lantik berapa org?", ["Kota Cimahi"]),
        ("What did Garut's regent say?", ["Kabupaten Garut"]),
        ("Who is the governor of West Java?", ["Provinsi Jawa Barat"]),
    ],
)
def test_a_question_naming_a_region_resolves_to_it(question, expected):
    assert resolve(question, KNOWN) == expected


def test_the_kind_word_picks_regency_or_city_of_a_shared_name():
    assert resolve("Berapa pejabat yang dilantik Bupati Sukabumi?", KNOWN) == ["Kabupaten Sukabumi"]
    assert resolve("How many officials did the mayor of Sukabumi swear in?", KNOWN) == ["Kota Sukabumi"]
    assert resolve("Sukabumi Regency rotated how many officials?", KNOWN) == ["Kabupaten Sukabumi"]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Berapa pejabat dilantik Pemkab Garut (Maret) dan Pemkot Sukabumi (Juli)?", ["Kabupaten Garut", "Kota Sukabumi"]),
        ("Did Garut Regency or Sukabumi City swear in more officials?", ["Kabupaten Garut", "Kota Sukabumi"]),
        ("Bupati Garut dan Wali Kota Sukabumi melantik berapa pejabat?", ["Kabupaten Garut", "Kota Sukabumi"]),
        ("How many did the regent of Sukabumi and Cimahi City inaugurate?", ["Kabupaten Sukabumi", "Kota Cimahi"]),
    ],
)
def test_each_region_takes_the_kind_word_written_beside_it(question, expected):
    """A question naming a Kabupaten and a Kota: the kind words apply region by region, not to
    every region the question names."""
    assert resolve(question, KNOWN) == expected


def test_a_kind_word_beside_a_person_still_points_at_the_region():
    """"Bupati Marwan" names a person; its kind word is free to mean the Kabupaten of the region
    the question names with "Pemkot"."""
    question = "Mana yang melantik lebih banyak: Pemkot Sukabumi (Oktober 2025) atau Bupati Marwan (Desember 2018)?"
    assert resolve(question, KNOWN) == ["Kabupaten Sukabumi", "Kota Sukabumi"]


def test_a_shared_name_without_a_kind_word_is_both():
    assert resolve("berapa pejabat dilantik di sukabumi", KNOWN) == ["Kabupaten Sukabumi", "Kota Sukabumi"]
    assert resolve("Pemkab Sukabumi atau Pemkot Sukabumi?", KNOWN) == ["Kabupaten Sukabumi", "Kota Sukabumi"]


def test_a_longer_region_named_does_not_also_pick_the_shorter_one():
    assert resolve("Berapa pejabat dilantik di Bandung Barat?", KNOWN) == ["Kabupaten Bandung Barat"]


def test_a_kind_word_alone_picks_the_only_government_of_that_kind():
    assert resolve("Berapa pejabat yang dilantik Pemkot?", ONE_OF_EACH) == ["Kota Cimahi"]
    assert resolve("Who is the deputy regent?", ONE_OF_EACH) == ["Kabupaten Garut"]


def test_a_kind_word_alone_picks_nothing_when_several_governments_are_of_that_kind():
    assert resolve("How many officials did the mayor swear in?", KNOWN) == []
    assert resolve("Was it the regency or the city?", ONE_OF_EACH) == []


def test_a_region_inside_the_name_of_an_island_village_or_road_is_not_that_region():
    known = ["Kabupaten Batang", "Kota Ternate", "Kabupaten Garut"]
    assert resolve("Tanggal berapa pasar murah digelar di Pulau Batang Dua?", known) == []
    assert resolve("Berapa rumah rusak di Desa Garut Hilir?", known) == []
    # named as well on its own, it is still the region
    assert resolve("Berapa rumah rusak di Desa Garut Hilir, Kabupaten Garut?", known) == ["Kabupaten Garut"]
    assert resolve("Pasar murah Pemkab Batang digelar kapan?", known) == ["Kabupaten Batang"]
    # a place word in lower case is the region's own: its village funds, its roads
    assert resolve("Berapa dana desa Garut yang belum cair?", known) == ["Kabupaten Garut"]
    assert resolve("betonisasi jalan garut kelar tgl brp?", known) == ["Kabupaten Garut"]


def test_a_kecamatan_named_like_a_city_beside_its_regency_is_no_government():
    known = ["Kabupaten Buleleng", "Kota Banjar", "Kabupaten Pacitan"]
    assert resolve("Berapa anjing divaksin di Kecamatan Banjar, Buleleng?", known) == ["Kabupaten Buleleng"]
    assert resolve("Berapa rumah terendam di Kecamatan Pacitan?", known) == ["Kabupaten Pacitan"]  # the regency's own town


def test_a_question_without_cues_resolves_to_nothing():
    assert resolve("Berapa pejabat yang dilantik bulan Maret?", KNOWN) == []


def test_a_city_the_index_does_not_hold_is_not_taken_for_another_city():
    assert resolve("Berapa pejabat yang dilantik Pemerintah Kota Tasikmalaya?", ONE_OF_EACH) == []


@pytest.mark.parametrize(
    "question, asked",
    [
        ("Berapa belanja APBD Kabupaten Manggarai 2026?", ["Kabupaten Manggarai"]),  # the regency Manggarai Barat split from
        ("How many families did the flood hit in Kabupaten Tanjung Jabung Timur?", ["Kabupaten Tanjung Jabung Timur"]),
        ("Berapa belanja APBD Kabupaten Manggarai Barat 2026?", []),
        # another second word: Ogan Ilir is no clipping of Ogan Komering Ilir
        ("How many hectares burned in Kabupaten Ogan Ilir in August 2026?", ["Kabupaten Ogan Ilir"]),
        ("How many hectares burned in Kabupaten Ogan Komering Ilir in August 2026?", []),
        ("Berapa KK terdampak banjir di Kabupaten Tanjung Jabung Barat Jambi?", []),  # the province after the name
        # Indonesia splits a region by compass: Manggarai Timur is not the Manggarai Barat held
        ("Target PAD Kabupaten Manggarai Timur tahun 2026 berapa?", ["Kabupaten Manggarai Timur"]),
    ],
)
def test_a_sibling_of_a_held_region_is_a_government_the_index_does_not_hold(question, asked):
    known = ["Kabupaten Manggarai Barat", "Kabupaten Tanjung Jabung Barat", "Kabupaten Ogan Komering Ilir"]
    assert unknown(question, known) == asked


def test_a_government_written_in_lower_case_chat_is_still_read():
    """"kab batang" is Kabupaten Batang: an index without it cannot answer for it."""
    assert unknown("realisasi apbd kab batang semester 1 2026 brp persen?", KNOWN) == ["Kabupaten Batang"]
    assert unknown("berapa pejabat dilantik pemkot cimahi?", KNOWN) == []
    assert unknown("berapa pejabat dilantik di kota ini?", KNOWN) == []


@pytest.mark.parametrize(
    "question, asked",
    [
        ("walkot purworejo lantik brp pejabat jan 2026?", ["Kota Purworejo"]),
        ("bupati kebumen sdh lantik sekda baru?", ["Kabupaten Kebumen"]),
        ("bupati melantik brp pejabat?", []),
        ("Is Dedi a bupati or a wali kota?", []),
        ("What special task did the bupati give the new head of Diskominfo?", []),
    ],
)
def test_a_title_in_lower_case_chat_names_the_region_after_it_not_a_verb_or_a_function_word(question, asked):
    assert unknown(question, KNOWN, titles=True) == asked


@pytest.mark.parametrize(
    "question",
    ["rumah yg kerendam di kec semaka sm wonosobo totalnya brp", "Berapa rumah terendam di Kecamatan Semaka dan Wonosobo?"],
)
def test_a_region_named_in_a_list_of_kecamatan_is_one_more_kecamatan(question):
    assert resolve(question, ["Kabupaten Wonosobo", "Kabupaten Tanggamus"]) == []


def test_a_region_after_a_kecamatan_and_its_kind_word_is_the_government():
    assert resolve("Berapa rumah terendam di Kecamatan Semaka, Kabupaten Wonosobo?", ["Kabupaten Wonosobo", "Kabupaten Tanggamus"]) == ["Kabupaten Wonosobo"]
