"""rag.people: titles and their holders in every order Indonesian news writes them."""

from __future__ import annotations

import re

import pytest

from rag.people import asked_title, holders, name_words, title_of

REGIONS = ("Garut", "Cimahi", "Cianjur", "Subang", "Banjar", "Sukabumi", "Jawa Barat")


def holders_of(title_phrase: str, text: str) -> list[str]:
    """Who the text gives the title a question phrase names ("wali kota", "the deputy regent")."""
    title = asked_title(title_phrase)
    assert title is not None, title_phrase
    return holders(title, text, REGIONS)


# ---- titles a question asks about -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, form",
    [
        ("Siapa Wakil Bupati Garut?", "wakil bupati"),
        ("who is the deputy regent", "wakil bupati"),
        ("the vice regent of Garut", "wakil bupati"),
        ("siapa wakil walikota cimahi", "wakil wali kota"),
        ("Cimahi's deputy mayor", "wakil wali kota"),
        ("the regent", "bupati"),
        ("Wali Kota Banjar", "wali kota"),
        ("mayor of Sukabumi", "wali kota"),
        ("Gubernur Jawa Barat", "gubernur"),
        ("the regional secretary of Cianjur", "sekretaris daerah"),
        ("Sekda Cianjur", "sekretaris daerah"),
        ("the district head of Cugenang", "camat"),
        ("Kades Sukamaju", "kepala desa Sukamaju"),
        ("Ketua DPRD Garut", "ketua dprd"),
    ],
)
def test_the_title_a_question_names(phrase, form):
    assert asked_title(phrase).forms[0] == form


def test_no_title_in_a_phrase_without_one():
    assert asked_title("berapa pejabat yang dilantik") is None


def test_the_region_owning_an_office_is_not_the_office():
    assert asked_title("head of Garut's tourism and culture office", ["Garut"]) is None
    assert asked_title("Kepala BKPSDM Garut", ["Garut"]).office == "BKPSDM"


@pytest.mark.parametrize(
    "phrase, office",
    [("Who is the head of Garut's housing and settlements office (Disperkim)?", "Disperkim"),
     ("Who heads the disaster management agency (BPBD) in Ciamis?", "BPBD"),
     ("Who was chief of the health office (Dinas Kesehatan) of Garut in 2025?", "Dinas Kesehatan"),
     ("Who is the acting head (Plt) of Garut's trade and industry office (Dinas Perdagangan dan Perindustrian)?", "Dinas Perdagangan dan Perindustrian"),
     # the head's word in the brackets is the title, not part of the office
     ("Who is the head of the Garut regency health office (Kepala Dinas Kesehatan)?", "Dinas Kesehatan")],
)
def test_an_english_question_names_the_office_by_its_name_in_brackets(phrase, office):
    assert asked_title(phrase, ["Garut", "Ciamis"]).office == office


def test_a_head_asked_with_the_title_in_brackets_is_found_where_the_article_names_the_head():
    title = asked_title("Who is the head of the Garut regency health office (Kepala Dinas Kesehatan)?", ["Garut"])
    assert holders(title, "Kepala Dinas Kesehatan Kabupaten Garut, dr. Leli Yuliani, mengatakan sasaran tahun ini 238.450 penduduk.", REGIONS) == ["Leli Yuliani"]


def test_the_title_pattern_ignores_letter_case_and_skips_the_deputy():
    regent = asked_title("bupati")
    assert re.search(regent.pattern(), "BUPATI GARUT hadir")
    assert not re.search(regent.pattern(), "Wakil Bupati Garut hadir")
    assert re.search(asked_title("wali kota").pattern(), "Walikota Cimahi hadir")


# ---- holders of a title, in every order -----------------------------------------------------


@pytest.mark.parametrize(
    "title, text, expected",
    [
        ("wali kota", "Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat di Gedung Pakuan.", ["Dedi Kusnadi"]),
        ("wali kota", "Dedi Kusnadi, Wali Kota Cimahi, mengatakan rotasi ini rutin dilakukan.", ["Dedi Kusnadi"]),
        ("wali kota", "Hal itu disampaikan Dedi Kusnadi selaku Wali Kota Cimahi usai pelantikan.", ["Dedi Kusnadi"]),
        ("wali kota", "Wali Kota Cimahi, Dedi Kusnadi, mengatakan rotasi ini rutin dilakukan.", ["Dedi Kusnadi"]),
        ("wakil bupati", "Yuliani, Wakil Bupati Garut, membacakan sambutan tertulis bupati.", ["Yuliani"]),
        ("sekda", "Cecep Suhendar yang juga Sekretaris Daerah Kabupaten Cianjur membuka kegiatan.", ["Cecep Suhendar"]),
        ("the regional secretary", "Sekda Cianjur, Cecep Suhendar, membuka kegiatan itu.", ["Cecep Suhendar"]),
        ("bupati", "Pelantikan dipimpin Bupati Subang H. Ujang Rohmana, S.Sos., di aula.", ["Ujang Rohmana"]),
        ("wali kota", "Pelantikan dipimpin Wali Kota Banjar Hj. Nenden Sumiati di Gedung Dakwah.", ["Nenden Sumiati"]),
        ("bupati", "Ujang Rohmana, S.Sos., M.Si., Bupati Subang, hadir dalam rapat.", ["Ujang Rohmana"]),
        ("mayor", "Walikota Cimahi Dedi Kusnadi hadir.", ["Dedi Kusnadi"]),
        ("mayor", "WALI KOTA Cimahi Dedi Kusnadi hadir.", ["Dedi Kusnadi"]),
        ("gubernur", "Gubernur Jawa Barat Agus Darmawan meninjau lokasi banjir.", ["Agus Darmawan"]),
        ("ketua dprd", "Ketua DPRD Garut Lilis Sukmawati menghadiri rapat paripurna.", ["Lilis Sukmawati"]),
        ("plt", "Sekretaris Dinkes, dr. Nurul Hidayah, ditunjuk sebagai Plt Kepala Dinkes.", ["Nurul Hidayah"]),
    ],
    ids=[
        "Title Region Name",
        "Name, Title,",
        "Name selaku Title",
        "Title, Name,",
        "Name, Wakil Title,",
        "Name yang juga Title",
        "Sekda Region, Name,",
        "honorific and degree",
        "Hj. honorific",
        "degrees before the title",
        "Walikota in one word",
        "upper-case title",
        "Gubernur two-word region",
        "Ketua DPRD",
        "Name, ditunjuk sebagai Title",
    ],
)
def test_the_holder_of_a_title_is_read_in_any_order(title, text, expected):
    assert holders_of(title, text) == expected


def test_the_deputy_is_not_the_holder_of_the_title():
    text = "Wali Kota Cimahi Dedi Kusnadi didampingi Wakil Wali Kota Cimahi Ahmad Zulfikar melantik pejabat."
    assert holders_of("wali kota", text) == ["Dedi Kusnadi"]
    assert holders_of("wakil wali kota", text) == ["Ahmad Zulfikar"]
    assert holders_of("bupati", "Yuliani, Wakil Bupati Garut, membacakan sambutan bupati.") == []


def test_a_title_written_without_a_name_has_no_holder():
    assert holders_of("wali kota", "Kepada wartawan, Wali Kota Cimahi mengatakan semua berjalan lancar.") == []


def test_each_title_in_a_sentence_keeps_its_own_holder():
    text = "Wakil Wali Kota Sukabumi Gilang Nugraha hadir, sedangkan Wali Kota Sukabumi Ridwan Saputra berhalangan."
    assert holders_of("wali kota", text) == ["Ridwan Saputra"]
    assert holders_of("wakil wali kota", text) == ["Gilang Nugraha"]


def test_the_kecamatan_after_a_camat_title_is_not_its_holder():
    assert holders_of("camat", "Iwan Setiawan, Camat Tarogong Kidul, melaporkan kondisi warga.") == ["Iwan Setiawan"]


def test_a_former_regent_is_not_the_holder_of_the_title():
    text = "Pelantikan dipimpin Bupati Garut Hendra Permana dan disaksikan mantan Bupati Garut Komar Sutisna."
    assert holders_of("bupati", text) == ["Hendra Permana"]


@pytest.mark.parametrize(
    "title_phrase, text, expected",
    [
        ("Kepala Pelaksana BPBD", "Apel siaga dipimpin Kalaksa BPBD Rahmat Hidayat di halaman kantor.", ["Rahmat Hidayat"]),
        ("Kepala Dinas Sosial", "Rapat dibuka Kadis Sosial Ani Suryani di aula.", ["Ani Suryani"]),
        ("Kepala Badan Kesbangpol", "Menurut Kaban Kesbangpol Yayat Ruhiyat, situasi kondusif.", ["Yayat Ruhiyat"]),
    ],
)
def test_the_head_of_an_office_is_read_in_its_short_officialese_form(title_phrase, text, expected):
    assert holders_of(title_phrase, text) == expected


@pytest.mark.parametrize(
    "text, acting_head_of_it",
    [
        ("Sekretaris Diskominfo Budi Santoso ditunjuk sebagai Plt Kepala Dinas Komunikasi dan Informatika (Diskominfo).", True),
        ("Sebelumnya Diskominfo dijabat Budi Santoso sebagai Pelaksana Tugas sekaligus Sekretaris.", True),
        ("Keduanya menggantikan Plt Taufik Hidayat di DLHK.", False),  # an acting head of another office
        ("Kepala Diskominfo Eko Prasetyo digeser menjadi Kepala DLHK.", False),  # the head, not an acting one
    ],
)
def test_the_acting_head_asked_is_of_the_office_the_question_names(text, acting_head_of_it):
    title = asked_title("Siapa Plt Kepala Diskominfo Cimahi sekarang?", ["Cimahi"])
    assert title.office == "Diskominfo"
    assert bool(re.search(title.pattern(), text)) == acting_head_of_it
    assert asked_title("Siapa Plt bupati?").office == ""  # no office named: any acting head


def test_the_former_head_in_short_form_is_no_acting_head():
    title = asked_title("Siapa Plt Kepala Pelaksana BPBD Kabupaten Bogor?", ["Bogor"])
    assert not re.search(title.pattern(), "Posisi itu kosong sejak Kalaksa BPBD sebelumnya, Mulyadi Rachman, pensiun.")
    assert re.search(title.pattern(), "Apel dipimpin Plt Kalaksa BPBD Asep Saepudin.")


def test_the_village_after_a_village_head_title_is_not_its_holder():
    assert holders_of("kepala desa", "Inspektorat memanggil Kepala Desa Sukaresmi, Dadang Suhendar, pada Senin (18/5).") == ["Dadang Suhendar"]
    assert holders_of("camat", "Camat Cibeber, Yuyun Wahyuni, menyebut banjir surut.") == ["Yuyun Wahyuni"]


def test_a_post_gone_to_someone_else_is_read_in_its_short_form():
    from rag.people import new_holders

    title = asked_title("Kepala Pelaksana BPBD")
    assert new_holders(title, "Kursi Kalaksa BPBD kini diisi Rahmat Hidayat, sebelumnya Camat Cikalong.") == ["Rahmat Hidayat"]


def test_who_chairs_the_panel_asks_for_the_selection_committees_chair():
    title = asked_title("ketua panel")
    assert title and "ketua pansel" in title.forms


def test_name_words_leave_out_titles_and_governments():
    assert name_words("Bupati Garut Hendra Permana") == {"garut", "hendra", "permana"}
    assert name_words("Wakil Wali Kota Ahmad Zulfikar") == {"ahmad", "zulfikar"}


# ---- the title of a person ------------------------------------------------------------------


@pytest.mark.parametrize(
    "person, text, expected",
    [
        ("Dedi Kusnadi", "Dedi Kusnadi, Wali Kota Cimahi, mengatakan rotasi ini rutin.", "Wali Kota Cimahi"),
        ("Dedi Kusnadi", "Wali Kota Cimahi Dedi Kusnadi melantik 25 pejabat.", "Wali Kota Cimahi"),
        ("Yuliani", "Yuliani, Wakil Bupati Garut, membacakan sambutan.", "Wakil Bupati Garut"),
        (
            "Wawan Hermawan",
            "Sementara itu, Kepala Dinas Pendidikan Kabupaten Cianjur Wawan Hermawan mengatakan seleksi berjalan terbuka.",
            "Kepala Dinas Pendidikan Kabupaten Cianjur",
        ),
        (
            "Wawan",
            "Kepala Dinas Pendidikan Kabupaten Cianjur, Wawan Hermawan, mengatakan seleksi berjalan terbuka.",
            "Kepala Dinas Pendidikan Kabupaten Cianjur",
        ),
        (
            "Heri",
            "Kepala Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Subang Heri Hermanto memimpin penertiban.",
            "Kepala Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Subang",
        ),
        ("Dadan Kurnia", "Camat Cugenang Dadan Kurnia melaporkan kondisi warga.", "Camat Cugenang"),
        ("Yayan", "Lurah Cibabat Yayan Ruslan mengatakan warga antusias.", "Lurah Cibabat"),
    ],
    ids=["Name, Title,", "Title Name", "Name, Wakil Title,", "long title then name", "long title, name,", "title with acronym", "camat", "lurah"],
)
def test_the_title_written_next_to_a_person(person, text, expected):
    assert title_of(person, text) == expected


def test_each_person_of_a_sentence_gets_the_title_right_before_them():
    text = "Bupati Subang Ujang Rohmana melantik Kepala Dinas Sosial Subang Dadan Kurnia."
    assert title_of("Ujang Rohmana", text) == "Bupati Subang"
    assert title_of("Dadan Kurnia", text) == "Kepala Dinas Sosial Subang"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dadang Supriatna Hidayat dilantik sebagai Kepala Dinas Perhubungan. Dadang sebelumnya menjabat Camat Cikole.", "Camat Cikole"),
        ("Dadang Supriatna Hidayat dilantik. Hidayat sebelumnya Sekretaris Dinas Sosial.", "Sekretaris Dinas Sosial"),
        ("Dadang Supriatna Hidayat, yang sebelumnya menjabat Kepala Bagian Umum, dilantik.", "Kepala Bagian Umum"),
    ],
)
def test_what_a_person_was_before_is_read_by_any_of_their_names(text, expected):
    """News names a person in full once, then by one of their names."""
    assert title_of("Dadang Supriatna Hidayat", text, before=True) == expected


def test_a_person_written_without_a_title_has_none():
    assert title_of("Dadan", "Dadan mengatakan hal itu kepada wartawan.") is None
    assert title_of("Rina Marlina", "Rina Marlina (sebelumnya Kepala Bagian Umum) dilantik.") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rina Marlina (sebelumnya Kepala Bagian Umum Setda Kota Cimahi) kini dilantik.", "Kepala Bagian Umum Setda Kota Cimahi"),
        ("Rina Marlina (sebelumnya menjabat Kepala Bagian Umum) dilantik menjadi Kepala Dinas Sosial.", "Kepala Bagian Umum"),
        (
            "Rina Marlina (sebelumnya menjabat sebagai Kepala Bidang Anggaran pada Badan Keuangan Daerah (BKD)) dilantik.",
            "Kepala Bidang Anggaran pada Badan Keuangan Daerah (BKD)",
        ),
        ("Rina Marlina, yang sebelumnya menjabat Kepala Bagian Umum, kini dipercaya memimpin Dinas Sosial.", "Kepala Bagian Umum"),
        ("Rina Marlina, Kepala Dinas Perhubungan, dipindahkan menjadi Kepala Dinas PUPR.", "Kepala Dinas Perhubungan"),
        ("Rina merupakan ASN Pemerintah Kota Cimahi yang sebelumnya menjabat Kepala Bidang Anggaran BKD.", "Kepala Bidang Anggaran BKD"),
    ],
    ids=["(sebelumnya ...)", "(sebelumnya menjabat ...)", "nested parentheses", ", yang sebelumnya menjabat ...,", "Name, Title, dipindahkan menjadi", "Name merupakan ... yang sebelumnya"],
)
def test_the_previous_title_of_a_person(text, expected):
    assert title_of("Rina Marlina", text, before=True) == expected


def test_no_previous_title_when_the_article_gives_none():
    assert title_of("Rina Marlina", "Rina Marlina, Kepala Dinas Sosial, hadir.", before=True) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cecep Suhendar kini menjadi Kepala Dinas Pendidikan Kabupaten Cianjur.", "Kepala Dinas Pendidikan Kabupaten Cianjur"),
        ("Cecep Suhendar dilantik menjadi Asisten Daerah I Setda Cianjur, menggantikan Agus Darmawan.", "Asisten Daerah I Setda Cianjur"),
        ("Dalam pelantikan itu, Cecep Suhendar dilantik sebagai Kepala Dinas Sosial.", "Kepala Dinas Sosial"),
        ("Adapun Kepala Dinas Sosial, Cecep Suhendar, digeser menjadi Asisten Pemerintahan Setda Cianjur.", "Asisten Pemerintahan Setda Cianjur"),
        ("Camat Cibeber Cecep Suhendar dipromosikan menjadi Kepala Bappeda Cianjur.", "Kepala Bappeda Cianjur"),
        ("Cecep Suhendar, Kepala Dinas Perhubungan, dipindahkan menjadi Kepala Dinas PUPR.", "Kepala Dinas PUPR"),
    ],
    ids=["kini menjadi", "dilantik menjadi ..., menggantikan", "dilantik sebagai", "Title, Name, digeser menjadi", "dipromosikan menjadi", "Name, Title, dipindahkan menjadi"],
)
def test_the_new_title_of_a_person(text, expected):
    assert title_of("Cecep Suhendar", text, after=True) == expected


@pytest.mark.parametrize(
    "person, text, expected",
    [
        ("Wawan Hermawan", "Kepala Dinas Pendidikan Kabupaten Cianjur Drs. H. Wawan Hermawan mengatakan hal itu.", "Kepala Dinas Pendidikan Kabupaten Cianjur"),
        ("Nenden Sumiati", "Wali Kota Banjar Hj. Nenden Sumiati melantik 30 pejabat.", "Wali Kota Banjar"),
        ("Ujang Rohmana", "Bupati Subang H. Ujang Rohmana melantik 40 pejabat.", "Bupati Subang"),
    ],
    ids=["Drs. H.", "Hj.", "H."],
)
def test_the_title_before_a_name_with_an_honorific(person, text, expected):
    assert title_of(person, text) == expected


@pytest.mark.parametrize(
    "text, kwargs, expected",
    [
        ("Hal itu disampaikan Dedi Kusnadi selaku Wali Kota Cimahi usai pelantikan.", {}, "Wali Kota Cimahi"),
        ("Dedi Kusnadi sebagai Wali Kota Cimahi menegaskan hal itu.", {}, "Wali Kota Cimahi"),
        ("Dedi Kusnadi yang sekarang menjabat sebagai Wali Kota Cimahi mengikuti acara itu.", {"after": True}, "Wali Kota Cimahi"),
    ],
    ids=["selaku ... usai", "sebagai ... menegaskan", "menjabat sebagai ... mengikuti"],
)
def test_a_title_after_selaku_ends_where_the_sentence_goes_on(text, kwargs, expected):
    assert title_of("Dedi Kusnadi", text, **kwargs) == expected


def test_the_new_title_after_a_previous_one_in_parentheses():
    text = "Rina Marlina (sebelumnya Kepala Bagian Umum) dilantik menjadi Kepala Dinas Sosial Kota Cimahi."
    assert title_of("Rina Marlina", text, after=True) == "Kepala Dinas Sosial Kota Cimahi"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Plt. Kepala Dinas Perhubungan Kota Cimahi Heri Hermanto menyebut jalan itu rusak.", "Plt. Kepala Dinas Perhubungan Kota Cimahi"),
        (
            "Pelaksana Tugas Kepala Dinas Perhubungan Kota Cimahi Heri Hermanto menyebut jalan itu rusak.",
            "Pelaksana Tugas Kepala Dinas Perhubungan Kota Cimahi",
        ),
    ],
    ids=["Plt.", "Pelaksana Tugas"],
)
def test_an_acting_head_keeps_the_acting_in_the_title(text, expected):
    assert title_of("Heri Hermanto", text) == expected


def test_the_post_moved_to_is_read_past_a_clause_on_the_old_one():
    text = "Asep Hidayat, yang sebelumnya menjabat Camat Cikalong, kini menjadi Kepala Dinas Perhubungan."
    assert title_of("Asep Hidayat", text, after=True) == "Kepala Dinas Perhubungan"
    assert title_of("Asep Hidayat", text) == "Kepala Dinas Perhubungan"  # asked plainly: the post they hold
    assert title_of("Asep Hidayat", text, before=True) == "Camat Cikalong"


@pytest.mark.parametrize(
    "text",
    [
        "Upacara HUT Korpri di halaman Dinas Sosial dipimpin Asep Suherman selaku pembina upacara.",
        "Rapat koordinasi di Dinas Sosial dipimpin Sekda Garut Nurdin Yana.",
    ],
)
def test_whoever_led_an_event_at_an_office_does_not_run_it(text):
    from rag.people import new_holders

    title = asked_title("Kepala Dinas Sosial")
    assert new_holders(title, text) == [] and not re.search(title.pattern(), text)


@pytest.mark.parametrize(
    "asked, text, expected",
    [
        ("Kepala Dishub", "Mulai hari ini, Dinas Perhubungan dipimpin Plt Bayu Setyawan, Sekretaris Dinas Perhubungan.", ["Bayu Setyawan"]),
        ("Kepala Dinas Pendidikan", "Saat ini Disdik dipimpin Euis Komariah selaku Plt.", ["Euis Komariah"]),
    ],
)
def test_an_office_is_known_by_its_short_name_and_its_full_name(asked, text, expected):
    from rag.people import new_holders

    assert new_holders(asked_title(asked), text) == expected


@pytest.mark.parametrize(
    "sentence, former",
    [
        ("Camat Cikajang Ujang Sobari digeser menjadi Camat Bayongbong.", ["Ujang Sobari"]),
        ("Sekretaris Camat Cikajang Rudi Hartono dipromosikan menjadi Camat Cikajang.", []),
        ("Camat Cikajang Rudi Hartono dipindahkan ke Camat Cikajang definitif.", []),
    ],
)
def test_one_moved_from_a_post_held_it_before_and_one_moved_to_it_did_not(sentence, former):
    from rag.people import former_holders

    assert former_holders(asked_title("camat cikajang"), sentence) == former


def test_a_bracket_that_names_no_office_is_no_office():
    assert asked_title("Who is the chief of the civil servants (ASN) in Garut?", ["Garut"]) is None


def test_the_head_of_a_division_of_an_office_is_not_the_head_of_the_office():
    text = (
        "Kepala Bidang Kesehatan Masyarakat Dinkes Garut, Rina Amalia, mengatakan skrining berjalan baik. "
        "Hal itu disampaikan Kepala Dinas Kesehatan Garut, dr. Yani Marlina, di pendopo."
    )
    assert holders_of("Kepala Dinkes", text) == ["Yani Marlina"]


def test_every_office_known_by_a_short_name_is_never_read_as_a_name():
    from rag.people import OFFICE_SHORT, OFFICE_WORDS

    assert set(OFFICE_SHORT) <= OFFICE_WORDS


def test_the_post_held_until_a_new_one_is_the_one_before_even_after_degrees():
    text = "Plt Kepala Bapenda dipercayakan kepada Hendra Wijaya, S.E., M.Ak., yang selama ini menjabat Kepala Bidang Pendataan Bapenda."
    assert title_of("Hendra Wijaya", text, before=True) == "Kepala Bidang Pendataan Bapenda"


def test_the_head_of_an_office_written_as_one_word_holds_the_title():
    assert holders_of("Kepala Dinkes", "Kadinkes Garut Leli Yuliani mengatakan vaksinasi dimulai pekan depan.") == ["Leli Yuliani"]


@pytest.mark.parametrize(
    "sentence, former",
    [
        ("Dadang Hermawan, yang sejak 2022 menjabat Kepala Pelaksana BPBD, kini dilantik sebagai Kepala Dinas Perhubungan.", ["Dadang Hermawan"]),
        ("Dadang Hermawan, yang selama ini menjabat Kepala BPBD, kini digeser menjadi Staf Ahli Bupati.", ["Dadang Hermawan"]),
        ("Dadang Hermawan, yang sejak Januari menjabat Plt Kepala BPBD, kini dilantik sebagai Kepala BPBD.", []),
        ("Dadang Hermawan, yang selama ini menjabat Kepala BPBD, kini dilantik sebagai kepala badan definitif.", []),
    ],
)
def test_one_who_held_a_post_until_now_and_is_moved_on_held_it_before(sentence, former):
    from rag.people import former_holders

    assert former_holders(asked_title("Kepala BPBD"), sentence) == former


def test_one_appointed_acting_head_runs_the_office_now():
    from rag.people import new_holders

    text = "Seiring mutasi itu, Sekretaris Dinas Sosial Wulan Sari ditunjuk sebagai Plt Kepala Dinas Sosial."
    assert new_holders(asked_title("Kepala Dinas Sosial"), text) == ["Wulan Sari"]
    assert new_holders(asked_title("Kepala BPBD"), text) == []
