"""rag.question.parse on questions as staff ask them, in Indonesian and English, casual and formal."""

from __future__ import annotations

import pytest

from rag.people import asked_title
from rag.question import Question, items_asked, normalise, parse, persons_in

from conftest import KNOWN_GOVERNMENTS as KNOWN


def ask(question: str) -> Question:
    return parse(question, KNOWN)


def period_texts(question: Question) -> list[str]:
    return [span.text for span in question.periods]


# ---- what is asked --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Berapa pejabat yang dilantik Wali Kota Cimahi pada Maret 2026?", "count"),
        ("How many officials did the regent of Garut swear in?", "count"),
        ("berapa org yg dilantik pemkot cimahi kemarin", "count"),
        ("Berapa jumlah penduduk Kota Banjar?", "count"),
        ("What is the population of Banjar City?", "count"),
        ("Siapa Wakil Bupati Garut?", "person"),
        ("who is the deputy regent of Garut?", "person"),
        ("Siapa yang melantik Rina Marlina?", "person"),
        ("Which new deputy mayor was sworn in?", "person"),
        ("Apa jabatan Rina Marlina sebelumnya?", "title"),
        ("What position did Rina Marlina hold before?", "title"),
        ("Rina Marlina sekarang menjabat sebagai apa?", "title"),
        ("Di mana pelantikan pejabat Pemkab Subang digelar?", "place"),
        ("Where was the swearing-in held by Cimahi City?", "place"),
        ("Kapan Bupati Garut melantik pejabat eselon II?", "date"),
        ("When did the mayor of Banjar inaugurate the new officials?", "date"),
        ("Pelantikan di Cianjur itu hari apa?", "date"),
        ("Berapa hari masa sanggah seleksi terbuka Pemkab Subang?", "duration"),
        ("How long did the open bidding in Subang last?", "duration"),
        ("Berapa lama jarak antara rotasi Februari 2026 dan pelantikan Maret 2026?", "interval"),
        ("How long after the February 2026 rotation was the March 2026 one?", "interval"),
        ("Berapa persen realisasi anggaran Kota Sukabumi?", "percent"),
        ("What percentage of the budget did Sukabumi City absorb?", "percent"),
        ("What was the round-one polio immunisation coverage in Kecamatan Cidaun?", "percent"),  # coverage is a share
        ("Berapa cakupan PIN Polio putaran pertama di Kabupaten Garut?", "percent"),
        ("What was the spending absorption of Garut's agriculture office (Dinas Pertanian) at the end of June 2026?", "percent"),  # absorption is a share of the budget
        ("Berapa persen progres fisik jembatan Cimahi tertinggal dari rencana?", "difference"),  # behind plan: a gap
        ("How many extra days can the Garut contractor be given to finish the work?", "duration"),
        ("Berapa anggaran yang disiapkan Pemkab Cianjur untuk seleksi terbuka?", "money"),
        ("How much was the road repair budget of Pemkab Cianjur in 2026?", "money"),
        ("How much did Pemkot Cimahi allocate for the open selection?", "money"),
        ("Berapa harga minyak goreng per liter di operasi pasar Pemkot Cimahi?", "money"),
        ("What was the price of a kilo of sugar at the Cianjur cheap market?", "money"),
        ("How much cash does each beneficiary family in Garut get in the first stage of BLT Dana Desa?", "money"),
        ("Berapa total realisasi belanja APBD Garut pada Januari, Februari dan Maret 2026?", "money"),
        ("Berapa uang tunai yang diterima tiap KPM di Garut?", "money"),
        ("How much cheaper per kilo was the market rice in Garut than at the traditional market?", "difference"),
        ("By how much does the medium rice price at Pasar Guntur exceed the highest retail price (HET)?", "difference"),
        ("How far above the HET was medium rice in Garut?", "difference"),
        ("Berapa KPM BLT Dana Desa di Garut berkurang pada 2026 dibanding tahun 2025?", "difference"),
        ("How much is the provincial government contributing to the Cimahi bridge works?", "money"),
        ("What was the cost of the new market building in Banjar?", "money"),
        ("Berapa pagu belanja pegawai Kota Banjar tahun 2026?", "money"),
        ("How much of the budget had Kota Banjar spent by June, in percent?", "percent"),
        ("Berapa selisih pejabat yang dilantik Garut dan Cimahi?", "difference"),
        ("Mana yang lebih banyak, pejabat yang dilantik di Garut atau di Cimahi?", "comparison"),
        ("Mana yang lebih dulu, rotasi di Garut atau di Cimahi?", "first"),
        ("Which happened first, the Garut rotation or the Cimahi one?", "first"),
        ("Apakah Kabupaten Sukabumi atau Kota Sukabumi yang melantik 28 pejabat?", "government"),
        ("Was it the Sukabumi regency or the city that held the rotation?", "government"),
        ("Did Dedi Kusnadi attend the inauguration?", "other"),
        # "higher or lower" is a comparison only as an either-or, not after who/when/where
        ("Serapan belanja Garut lebih tinggi 2024 atau 2025?", "comparison"),
        ("Which had the higher spending realisation at the end of the first quarter of 2026, Garut or Cianjur?", "comparison"),
        ("Which came first, the rotation or the inauguration?", "first"),
        ("Siapa yang naik ke jabatan lebih tinggi, Asep atau Budi?", "person"),
        ("Kapan realisasi lebih tinggi atau setara target?", "date"),
        # "dari ... sampai ..." is the time between two events only when both are events
        ("Berapa lama proses pembuatan KTP-el dari pengajuan sampai selesai?", "duration"),
        ("Berapa lama pendaftaran dibuka, dari tanggal 10 sampai 24 Maret?", "duration"),
        ("Berapa lama perjalanan dari Garut ke Bandung?", "duration"),
        ("Berapa jauh jarak dari Pendopo sampai lokasi banjir?", "place"),
        ("Pelantikan Pemkab Ciamis Maret dan Mei 2026, lebih banyak yang mana dan selisihnya berapa orang?", "comparison"),  # which, and by how many
        ("Were more principals installed in Ciamis in 2026 than in 2025, and by how many?", "comparison"),  # whether, and by how many
        ("Apakah serapan lebih tinggi dari target, berapa persen realisasinya?", "percent"),  # no "by how much"
        ("How many days were the officials separated from their posts after the rotation?", "duration"),  # no two events
        ("sapa ketua pansel seleksi garut tahun ini?", "person"),  # chat "sapa" is siapa ...
        ("bupati sapa warga di alun-alun berapa kali?", "count"),  # ... not the verb
        ("How many days separated the two swearing-in ceremonies in Ciamis?", "interval"),
        ("How many days after the SPMB results announcement does the MPLS orientation begin in Ciamis?", "interval"),  # present tense
        ("How much more money did Ciamis spend on roads in 2026 than in 2025?", "difference"),
        ("Berapa selisihnya pejabat yang dilantik Pemkab Ciamis pada Maret dan Mei 2026?", "difference"),
        ("cakupan imunisasi kab ciamis kurang brp persen dr target?", "difference"),  # short of the target by
        ("How far short of its target was Ciamis's immunisation coverage?", "difference"),
        ("By how much was Ciamis's 2026 village fund allocation smaller than the 2025 allocation?", "difference"),
        # how much a figure rose, with the unit between ("berapa ton kenaikan"), or in chat ("nambah bersih brp")
        ("Berapa ton kenaikan alokasi pupuk urea bersubsidi Garut pada 2026 dibanding tahun lalu?", "difference"),
        ("peserta cek kesehatan gratis di ciamis taun ini nambah brp org dibanding 2025", "difference"),
        ("hasil verval pbi daerah ciamis nambah bersih brp peserta", "difference"),
        ("Berapa persen kenaikan kasus DBD di Garut?", "percent"),  # a rate of change
        # what was not filled, absorbed or spent is the whole less the part that was
        ("Berapa formasi guru kelas SD di Ciamis yang tidak terisi pada seleksi PPPK 2025?", "difference"),
        ("How many of the Ciamis PPPK formations were left unfilled?", "difference"),
        ("How many people does Ciamis still need to vaccinate to reach its target?", "difference"),  # what is left to reach a target
        ("Berapa warga lagi yang masih harus diskrining Dinkes Ciamis?", "difference"),
        ("How many days passed between Ciamis announcing its open selection and swearing in the winners?", "interval"),
        ("Berapa hari pendaftaran dibuka antara 2 Maret dan 10 Maret 2026?", "duration"),  # between two dates, not two events
        ("Berapa hari jarak antara pengumuman seleksi dan pelantikan di Ciamis?", "interval"),
        ("How many days after the inauguration must the officials report?", "duration"),
        # how a question opens decides over a word inside it
        ("How many of the PPPK appointees who got their decrees in Ciamis are teachers?", "count"),
        ("By what date did the mayor want offices below 30 percent spending to report?", "date"),
        ("When Ciamis's April rice-aid figures came out, how many families still had no rice?", "difference"),
        ("When the figures came out, who was still acting head of the Dinkes?", "person"),
        ("realisasi belanja modal pemkab ciamis smpe akhir juni 2025 brp?", "money"),
        ("What was Kota Cimahi's total parking revenue from January to March 2026?", "money"),  # what it brought in
        ("What is Desa Sukamaju's 2026 village fund allocation?", "money"),  # an allocation the question ends on
        ("Berapa target penerimaan retribusi parkir Kota Cimahi tahun 2026?", "money"),  # a target of what a levy brings in
        ("Berapa target peserta cek kesehatan gratis Cimahi tahun 2026?", "count"),
        ("realisasi bansos ciamis udh nyampe ke brp kpm?", "count"),
        # how much a figure rose or fell between two times is a difference; "naik berapa persen" a rate
        ("Berapa poin persen kenaikan cakupan imunisasi Ciamis antara Januari dan Juni 2026?", "difference"),
        ("By how many percentage points did Ciamis's immunisation coverage rise between January and June 2026?", "difference"),
        ("How much did the number of stunted toddlers in Ciamis fall from 2024 to 2025?", "difference"),
        # an addition against an earlier figure is a difference; an addition alone is a count the article states
        ("Dibanding 2024, berapa tambahan jumlah ASN Pemkot Cimahi yang dihukum?", "difference"),
        ("brp penambahan kasus dbd ciamis dibanding bulan lalu?", "difference"),
        ("What was the rise in dengue cases in Ciamis compared with the year before?", "difference"),
        ("Berapa tambahan kuota sekolah negeri di Ciamis tahun ini?", "count"),
        ("kasus dbd ciamis naik berapa persen dari 2024 ke 2025?", "percent"),
        # by how much one figure is above another, however the gap is asked
        ("How much less hotel tax than restaurant tax did Cianjur collect in the first half of 2026?", "difference"),
        ("Banjir Garut Mei 2026 merusak berapa jembatan lebih sedikit dibanding banjir 2025?", "difference"),
        ("Dibanding 2025, anggaran jalan Pemkab Ciamis tahun 2026 naik berapa rupiah?", "difference"),
        ("korban banjir ciamis dr senin ke rabu turun brp org?", "difference"),
        ("How far ahead of schedule was the Ciamis market rebuild at the June inspection?", "difference"),
        ("Berapa rumah lebih banyak yang terendam, di Garut atau di Ciamis?", "comparison"),  # which, too
        ("Which of Garut's two 2026 rotations was larger, and by how many officials?", "comparison"),
        # money named first and asked last, fines and taxes
        ("retribusi pasar kab cianjur yg udh masuk smp juni brp?", "money"),
        ("Berapa denda per hari bagi kontraktor jembatan di Ciamis yang terlambat?", "money"),
        ("How much is the daily late penalty for the Ciamis bridge contractor?", "money"),
        # a verb of money right after its subject asks an amount; a rate news gives in percent
        ("What does Kuningan budget per kilometre for upgrading dirt roads in 2026?", "money"),
        ("What did the Ciamis market revitalisation cost?", "money"),
        ("What did the regent say about the budget?", "other"),
        ("What is the JKN coverage rate in Kecamatan Sukaraja?", "percent"),
        ("What was the stunting prevalence in Garut in August 2025?", "percent"),
        ("berapa pegawai Badan Pendapatan Daerah Ciamis yang dirotasi?", "count"),
        ("gaji ke-13 asn ciamis cair tgl brp?", "date"),
        ("pajak hotel di ciamis, hotelnya ada brp?", "count"),
        ("Berapa honorer yang diangkat jadi PPPK di Ciamis?", "count"),
        ("What was the value of Ciamis's Human Development Index in 2025?", "other"),
        ("What is the combined value of the three Ciamis road packages?", "money"),
        ("Berapa total anggaran perbaikan jalan Ciamis tahun 2026?", "money"),
        # what is left of a whole, and how much longer
        ("How many of the landslide sites were still waiting to be dealt with by March 2026?", "difference"),
        ("rumah rusak berat di ciamis yg blm dibangun ulang ada brp?", "difference"),
        ("How much longer will the new bridge be than the one it replaces?", "difference"),
        ("Siapa pejabat yang belum dilantik?", "person"),
        # a length of time with two months named and a gap word: the time between the two
        ("Berapa hari jarak pelantikan pejabat Garut November 2025 dan Mei 2026?", "interval"),
        ("How many days apart were Garut's February 2026 and March 2026 rotations?", "interval"),
        # two events of any kind bound the span asked: the time between them
        ("Berapa hari jarak antara kasus pertama yang terkonfirmasi dan penetapan status KLB di Ciamis?", "interval"),
        ("jalan ciamis dikerjain brp hari dr spmk sampe pho?", "interval"),
        ("From the day the embankment broke, how many days did it take until the evacuees went home?", "interval"),
        ("How many days were left until the tender deadline when the Ciamis regent inspected the works?", "duration"),
        # two days of one month bound one span: its length
        ("Berapa hari pendaftaran dibuka antara 2 Maret dan 10 Maret 2026?", "duration"),
        ("Berapa hari masa tanggap darurat Garut pada Mei 2026?", "duration"),
        # a work's progress is a percentage; a fire's loss and a tax named by its acronym are money
        ("What was the physical progress of the Sukamaju–Cibeureum road in Garut in May 2026?", "percent"),
        ("progres jembatan cimahi udh brp?", "percent"),
        ("Kapan progres fisik jembatan Garut mencapai 50 persen?", "date"),
        ("kerugian kebakaran pasar garut kemarin brp?", "money"),
        ("harga beras sphp di pasar murah garut brp per 5 kg", "money"),
        ("How much was the loss from the Garut market fire?", "money"),
        ("BPHTB Kota Cimahi sampai Juni 2026 sudah masuk berapa?", "money"),
        ("PBB-P2 cimahi yg udh masuk per 31 Maret 2026 brp miliar?", "money"),
        ("How much PBB-P2 had Kota Cimahi collected by 31 March 2026?", "money"),
        # what a tax brought in, and money named as such
        ("Berapa total realisasi PBB-P2 Kota Cimahi dari tujuh kecamatan per 13 Juli 2026?", "money"),
        ("Berapa penerimaan retribusi pasar Garut pada Juni 2026?", "money"),
        ("How much unexpected-expenditure (BTT) money has Garut disbursed for the landslide?", "money"),
        ("How much has Garut disbursed for the landslide victims?", "money"),
        ("Berapa realisasi vaksinasi campak di Garut?", "count"),
        ("By how much did Garut raise its PBB-P2 target for 2026 compared with the 2025 target?", "difference"),
        ("Berapa jiwa berkurang jumlah pengungsi longsor Garut dari 9 Februari sampai 23 Februari 2026?", "difference"),
        ("Berapa pejabat naik jabatan di Pemkab Garut pada Maret 2026?", "count"),
        # what someone receives, no measure named, is money; a measure named is a count of it
        ("How much does a master's student receive per year under Garut's 2026 scholarship?", "money"),
        ("Berapa besar beasiswa mahasiswa S2 dari Pemkab Garut?", "money"),
        ("How much rice did each family in Garut receive?", "count"),
    ],
)
def test_what_a_question_asks(question, kind):
    assert ask(question).kind == kind


@pytest.mark.parametrize(
    "question, as_of",
    [
        ("How much PBB-P2 had Kota Cimahi collected by 31 March 2026?", True),  # as it stood then, reported after
        ("Realisasi belanja Garut sampai akhir Maret 2026 berapa persen?", True),
        ("In Cimahi's tax take to end-July 2026, how much did PBB-P2 bring in?", True),  # English "end-July", "end-of-March"
        ("What was Garut's end-of-March 2026 spending realisation?", True),
        ("Berapa pejabat yang dilantik Bupati Garut pada Maret 2026?", False),
    ],
)
def test_a_figure_as_it_stood_on_a_day_is_read_as_such(question, as_of):
    assert ask(question).as_of is as_of


def test_a_count_over_two_periods_with_a_sum_word_is_a_total():
    question = ask("Berapa total pejabat yang dilantik Pemkab Garut pada Februari 2026 dan Maret 2026?")
    assert question.kind == "total"
    assert period_texts(question) == ["Februari 2026", "Maret 2026"]


@pytest.mark.parametrize(
    "question",
    [
        "Counting both ceremonies (February and March 2026), how many officials did Pemkab Garut swear in?",
        "Pemkab Garut and Pemkot Cimahi each held an inauguration in March 2026. How many officials were sworn in across both?",
        "Berapa pejabat yang dilantik pada kedua pelantikan Pemkab Garut, Februari dan Maret 2026?",
        "pejabat pengawas yg dilantik pemkab garut jan sama juni 2026 kalau dijumlah brp?",  # chat "sama" joins two months
    ],
)
def test_a_count_over_both_of_two_events_is_a_total(question):
    assert ask(question).kind == "total"


@pytest.mark.parametrize(
    "question, counted",
    [
        ("pelantikan pemkab garut maret kemarin, pejabat pengawasnya ada brp org?", "pejabat pengawas"),
        ("Di pelantikan Pemkot Cimahi 18 Juni, kepala sekolahnya berapa?", "kepala sekolah"),
        ("Pelantikan kemarin jumlahnya ada berapa?", ""),
        ("camat yg dilantik pemkab garut maret sama juni 2026 total brp?", "camat"),  # the thing opens the question
        ("Pejabat pengawas yang dilantik Maret 2026 total berapa?", "Pejabat pengawas"),
        ("kemarin yang dilantik total brp?", ""),  # a time word opens it, not a thing
        ("Total ada berapa pejabat yang dilantik?", "pejabat"),
        ("pelantikan yg digelar pemkab garut maret kmrn, ada brp?", ""),  # an event opens it: not what is counted
        ("Pelantikan yang digelar Pemkab Garut bulan Maret diikuti berapa pejabat?", "pejabat"),
        ("pelantikan pejabat garut januari kmrn, yg pengawas ada brp org?", "pengawas"),
        ("pelantikan pemkab garut 20 mei kmrn yg fungsional brp org?", "fungsional"),  # no comma before "yang"
        ("pejabat yang dilantik berapa orang?", "pejabat"),  # "yang dilantik" is no item
        # the topic opens the question and its head noun comes first; an event's counts its officials
        ("pendaftar beasiswa cimahi 2026 ada brp?", "pendaftar"),
        ("pelantikan pejabat garut januari 2026 lebih banyak brp orang dibanding pelantikan oktober 2025?", "pejabat"),
        ("penumpang lebaran 2026 di terminal cianjur naik brp org dibanding lebaran 2025?", "penumpang"),
        ("harga beras di pasar garut skrg berapa?", ""),  # a price counts nothing
    ],
)
def test_what_is_counted_may_come_before_the_question_word_in_chat_indonesian(question, counted):
    assert ask(question).counted == counted


def test_a_count_over_two_governments_with_a_sum_word_is_a_total():
    question = ask("How many officials in total did Garut and Cimahi inaugurate?")
    assert question.kind == "total"
    assert question.governments == ("Kabupaten Garut", "Kota Cimahi")


@pytest.mark.parametrize(
    "question, kind",
    [
        # which of the two is more, whatever the opening word asks: a who-, which-government or date question
        ("Who swore in more officials in May 2026, Pemkab Cianjur or Pemkot Banjar?", "comparison"),
        ("Did Cianjur's March 2026 ceremony or Banjar's April 2026 one install more people?", "comparison"),
        ("In which year was Subang's first-quarter spending absorption larger, 2025 or 2026?", "comparison"),
        ("pelantikan cianjur feb vs mei 2026 banyakan yg mana?", "comparison"),
        ("serapan apbd subang tw 1 tinggi 2025 apa 2026?", "comparison"),  # chat leaves "lebih" out
        ("How did Banjar's 2026 applicant numbers compare with 2025's?", "comparison"),
        # how far apart they are
        ("What was the gap between the officials Cianjur installed in March 2026 and in May 2026?", "difference"),
        ("Jumlah pejabat yang dilantik Pemkot Banjar Januari 2026 dan April 2026 beda berapa?", "difference"),
        ("By how many did Subang's 2026 applicants exceed its 2025 applicants?", "difference"),
        # their total
        ("What is the sum of the officials Cianjur installed in March 2026 and May 2026?", "total"),
        ("pelantikan pemkot banjar jan + apr 2026 totalnya brp pejabat?", "total"),
        ("What's the combined number of people who registered for Subang's open selection in 2025 and 2026?", "total"),
        # a rate of change asked between two years stays a percentage
        ("kasus campak subang naik berapa persen dari 2024 ke 2025?", "percent"),
        # nothing combining: who held a post in two months is still a who-question
        ("Who was Cianjur's regional secretary in March 2026 or April 2026?", "person"),
        ("Siapa camat Cianjur yang naik jabatan pada Maret atau April 2026?", "person"),  # "naik jabatan" is no "more"
        ("Apa penyebab kasus campak di Subang naik pada 2025 dan 2026?", "other"),  # "Apa yang/penyebab": no choice
    ],
)
def test_a_question_naming_two_periods_or_governments_asks_what_its_combining_words_ask(question, kind):
    assert ask(question).kind == kind


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Name the head of Cianjur's education office.", "person"),
        ("When were those who passed Banjar's open selection sworn in?", "date"),  # "who" opens a relative clause
        ("What was the last day to apply for Subang's open selection?", "date"),
        ("What was the application deadline for Cianjur's open bidding?", "date"),
        ("At what location did the Cianjur regent install the camat?", "place"),
        ("Which hospital ran the health checks for Banjar's applicants?", "place"),
        ("Pelantikan kepala sekolah Pemkot Banjar digelar di gedung apa?", "place"),
        ("Of the officials Subang installed in May 2026, how many were camat?", "count"),  # the main clause asks
        ("What number of applicants did Banjar's selection draw?", "count"),
        ("By what percentage is the allowance cut for heads whose offices spend too little?", "percent"),
        ("How long is the suspension of the clerk who was caught gambling?", "duration"),
        ("What amount did the province give Cianjur for bridges in 2026?", "money"),
        ("Pemkab Subang mencairkan dana BTT berapa besar untuk banjir Februari 2026?", "money"),
        ("dr pengumuman seleksi pemkot banjar smp pelantikan pejabatnya brp lama?", "interval"),  # chat asks last
        ("jarak pelantikan Maret sama pelantikan Mei di Cianjur berapa lama?", "interval"),
        ("Did Cianjur install its camat or its lurah first?", "first"),
        ("pelantikan cianjur yg duluan (maret, bukan mei) ada brp pejabat?", "count"),  # "the earlier one": still a count
        ("By how many people did the number of evacuees in Cianjur fall between Monday and Tuesday?", "difference"),
        ("Nilai kontrak jembatan Cikalong lebih murah berapa dibanding pagunya?", "difference"),
        ("Anggaran rehab puskesmas Subang lebih besar berapa dari tahun lalu?", "difference"),
        ("Cimahi belanja pegawai realisation as of 30 June 2026, how much was it?", "money"),
        ("Kapan survei cakupan imunisasi di Kabupaten Garut dijadwalkan?", "date"),  # "cakupan" is a rate, "kapan" asks a day
    ],
)
def test_what_a_question_asks_however_it_opens(question, kind):
    assert ask(question).kind == kind


@pytest.mark.parametrize(
    "question, counted",
    [
        ("What's the combined number of camat installed by Cianjur in March and May 2026?", "camat"),
        ("What is the sum of the lurah Subang installed in Jan 2026 and Apr 2026?", "lurah"),
        ("What was the exact number of applicants for Banjar's open selection?", "applicants"),
        ("What is the number of the decree behind Cianjur's May 2026 inauguration?", "number"),  # its number: no count of decrees
        ("apr 2026 yg lantik pejabat lebih banyak pemkab cianjur apa pemkot banjar?", ""),  # "apa" is the choice, not a thing
        ("kasus campak subang awal 2026 dibanding 2025 lebih banyak ga? beda brp kasus?", "kasus"),  # the next question word names it
        ("How many houses flooded in Kecamatan Cikalong from the March 2026 rains?", "houses flooded"),
        ("rumah yg kebanjiran di kec cikalong maret kmrn brp unit?", "rumah"),  # a counting word last is no thing
        ("Berapa total panjang dua ruas jalan yang diaspal Pemkab Cianjur?", "ruas jalan"),  # a measure of the roads
        ("How many people applied altogether for Subang's three vacant posts?", "people"),
        ("How many of Subang's 2026 measles cases were in Kecamatan Pagaden?", "measles cases"),
        ("How many of Subang's newly appointed PPPK teachers were posted to Kecamatan Pagaden?", "PPPK teachers"),  # a participle describing them
        ("rumah rusak berat akibat longsor cianjur yg belum diperbaiki ada brp?", "rumah rusak berat"),
        ("How many more primary-school (SD/MI) graduates does Garut expect than there are seats?", "primary-school graduates"),  # a gloss in brackets inside the phrase
        ("How much second-stage (tahap II) village funding had Garut disbursed by August 2026?", "second-stage village funding"),  # ... in lower case
    ],
)
def test_the_counted_thing_is_a_noun_of_the_question_not_its_function_words(question, counted):
    assert ask(question).counted == counted


def test_a_government_chat_writes_in_lower_case_beside_its_kind_word_is_that_kind():
    question = ask("apr 2026 yg lantik pejabat lbh byk pemkab sukabumi apa pemkot banjar?")
    assert question.governments == ("Kabupaten Sukabumi", "Kota Banjar")
    assert question.kind == "comparison"


@pytest.mark.parametrize(
    "question",
    [
        "Berapa total pejabat yang dilantik Pemkab Garut pada Maret 2026?",  # one period
        "Berapa pejabat yang dilantik Pemkab Garut Maret 2026 dibanding Oktober 2025?",  # compared, not added
        "Berapa pejabat yang dilantik Pemkab Garut pada Maret dan Mei 2026 masing-masing?",  # each, not both
        "Berapa kasus campak di Kabupaten Garut tahun 2024 dan 2025?",  # two periods listed, no sum word: each
        "Berapa pejabat yang dilantik antara Januari dan Juni 2026?",  # a span, not two months
    ],
)
def test_a_count_that_does_not_add_periods_up_stays_a_count(question):
    assert ask(question).kind == "count"


@pytest.mark.parametrize(
    "question, items",
    [
        ("What is the combined value of the three Garut road packages put out to tender?", 3),
        ("berapa total panjang ketiga ruas jalan yang dibeton Pemkab Cianjur?", 3),
        ("How many applicants did both posts draw altogether?", 2),
        ("Berapa pejabat dilantik dalam tiga bulan pertama 2026?", 0),  # a span of time, not three things
        ("Berapa pejabat yang dilantik pada tahap kedua pada Mei 2026?", 0),  # the second stage
        ("Berapa total pejabat yang dilantik Pemkab Garut pada Maret 2026?", 0),
    ],
)
def test_how_many_things_a_total_adds_as_the_question_counts_them(question, items):
    assert ask(question).items == items


@pytest.mark.parametrize(
    "question, wants",
    [("Berapa pejabat dilantik?", True), ("Berapa persen realisasi anggaran?", True), ("Siapa Wakil Bupati Garut?", False)],
)
def test_which_questions_want_a_number(question, wants):
    assert ask(question).wants_number is wants


# ---- language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, language",
    [
        ("Siapa wakil bupati Garut?", "id"),
        ("berapa org yg dilantik pemkot cimahi", "id"),
        ("Who is the deputy regent of Garut?", "en"),
        ("How many officials did Pemkot Cimahi rotate?", "en"),
    ],
)
def test_the_language_of_a_question(question, language):
    assert ask(question).language == language


# ---- governments and periods ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question, governments",
    [
        ("Berapa pejabat yang dilantik Wali Kota Cimahi?", ("Kota Cimahi",)),
        ("berapa pejabat dilantik pemkot cimahi", ("Kota Cimahi",)),
        ("How many officials did the regent of Garut swear in?", ("Kabupaten Garut",)),
        ("Who is Cimahi City's regional secretary?", ("Kota Cimahi",)),
        ("Siapa Bupati Sukabumi?", ("Kabupaten Sukabumi",)),
        ("Berapa pejabat dilantik?", ()),
    ],
)
def test_the_governments_a_question_is_about(question, governments):
    assert ask(question).governments == governments


@pytest.mark.parametrize(
    "question, periods",
    [
        ("Berapa pejabat yang dilantik Pemkot Cimahi pada Maret 2026?", ["Maret 2026"]),
        ("How many officials did Garut swear in in March 2026?", ["March 2026"]),
        ("Berapa ASN yang dimutasi Pemkot Banjar tahun 2025?", ["2025"]),
        ("How many civil servants did Pemkot Cimahi rotate on 2 March 2026?", ["March 2026"]),
        ("Siapa Wakil Bupati Garut?", []),
    ],
)
def test_the_periods_a_question_names(question, periods):
    assert period_texts(ask(question)) == periods



@pytest.mark.parametrize(
    "question, last_day",
    [
        ("Hingga akhir Juni 2026, serapan anggaran Pemkab Subang berapa persen?", "2026-08-31"),
        ("As of the end of June 2026, how much of its budget had Kota Depok spent?", "2026-08-31"),
        ("Berapa pejabat dilantik Pemkab Subang pada Juni 2026?", "2026-06-30"),
        ("Berapa kasus TBC yang ditemukan Dinkes Kota Banjar sepanjang 2025?", "2026-12-31"),
        ("How much of Kota Depok's 2025 budget was spent?", "2026-12-31"),
        ("Berapa realisasi APBD 2025 Kota Depok?", "2026-12-31"),
        ("Berapa ASN yang dimutasi Pemkot Banjar tahun 2025?", "2025-12-31"),
        ("Realisasi belanja Pemkab Subang triwulan I 2026 berapa persen?", "2026-06-01"),
    ],
)
def test_a_figure_as_it_stood_is_reported_after_its_period(question, last_day):
    # "Sampai akhir Juni": the figure is reported in July or August; a whole year's ("sepanjang
    # 2025", a 2025 budget) all through the next year; an event "pada Juni" or "tahun 2025" then.
    assert [span.end.isoformat() for span in ask(question).report_periods] == [last_day]


@pytest.mark.parametrize(
    "question, first_day",
    [
        ("Berapa belanja modal dalam APBD Kabupaten Garut 2026?", "2025-07-01"),  # passed by the DPRD in November 2025
        ("belanja modal apbd garut 2026 brp sih", "2025-07-01"),
        ("How much is Cimahi's 2026 budget for road repairs?", "2025-07-01"),
        ("How much of Kota Depok's 2026 budget was spent?", "2026-01-01"),  # what was spent: only once it is
        ("Berapa realisasi APBD 2026 Kota Depok?", "2026-01-01"),
        ("Berapa kasus DBD di Garut pada 2026?", "2026-01-01"),
    ],
)
def test_a_budget_years_figures_are_news_from_the_july_before_it(question, first_day):
    assert [span.start.isoformat() for span in ask(question).report_periods] == [first_day]


@pytest.mark.parametrize(
    "question, first_day",
    [
        ("Kegiatan apa yang dijadwalkan berlangsung di Garut pada Maret 2026?", "2025-12-29"),  # announced before its day
        ("What is scheduled in Cimahi in March 2026?", "2025-12-29"),
        ("How far behind its planned progress was the Cimahi bridge in March 2026?", "2026-03-01"),  # a plan's figure, not a schedule
        ("What does Garut's rabies vaccination programme start on Monday 1 June 2026?", "2026-03-31"),  # what starts on a day
        ("Kegiatan apa yang akan digelar Pemkab Garut pada Juni 2026?", "2026-03-31"),
        ("Menurut rencana Pemkab Garut, status apa yang berlaku pada Juni 2026?", "2026-03-31"),  # what a plan says of a later day
        ("Di mana PPPK Garut yang baru diangkat harus berada pada Rabu 6 Mei 2026?", "2026-02-28"),  # what must be done on a day
        ("Berapa denda yang harus dibayar kontraktor di Garut per Juli 2026?", "2026-07-01"),  # an obligation, but no day
    ],
)
def test_what_is_scheduled_is_news_before_its_day(question, first_day):
    assert [span.start.isoformat() for span in ask(question).report_periods] == [first_day]


# ---- what is counted ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, counted, terms",
    [
        ("Berapa pejabat yang dilantik Wali Kota Cimahi?", "pejabat", ("pejabat",)),
        ("How many Pemkab Garut officials were rotated?", "officials", ("pejabat",)),
        ("Berapa orang yang merupakan pejabat pengawas?", "pejabat pengawas", ("pejabat", "pengawas")),
        ("What is the population of Banjar City?", "population", ("penduduk",)),
        ("How many echelon II officials were sworn in by Pemkab Cianjur?", "echelon II officials", ("eselon", "pejabat")),
        ("Berapa banyak lurah yang dirotasi Pemkot Cimahi?", "lurah", ("lurah",)),
        ("Jumlah ASN yang dimutasi Pemkot Banjar berapa?", "ASN", ("asn",)),
        ("seleksi terbuka pemkot cimahi, anggarannya brp sih?", "anggaran", ()),
        ("How many school principals did Pemkot Cimahi rotate?", "school principals", ("sekolah", "kepala sekolah")),
        ("How many urine samples were negative?", "urine samples", ("urine", "sampel")),
        ("How much was the road repair budget of Pemkab Cianjur?", "road repair budget", ("jalan", "perbaikan")),
        ("Berapa anggaran perbaikan jalan Kabupaten Cianjur?", "anggaran perbaikan jalan", ("perbaikan", "jalan")),
        ("How much of their 2024 road budget did Pemkab Cianjur spend?", "road budget", ("jalan",)),
        ("Dibanding 2024, berapa tambahan jumlah ASN Pemkot Cimahi yang dihukum?", "ASN", ("asn",)),  # a change counts what changed
        ("How many firms in Cimahi asked to postpone the minimum wage?", "firms", ("perusahaan",)),
        ("Berapa poin persentase kenaikan serapan anggaran Dinas PUPR Garut?", "poin persentase", ()),  # percentage points are a unit
        ("Of those who applied, how many got through the admin check?", "", ()),  # a verb counts nothing
    ],
)
def test_what_a_count_question_counts(question, counted, terms):
    parsed = ask(question)
    assert (parsed.counted, parsed.counted_terms) == (counted, terms)


def test_a_question_that_is_not_a_quantity_counts_nothing():
    parsed = ask("Siapa Wakil Bupati Garut?")
    assert (parsed.counted, parsed.counted_terms) == ("", ())


# ---- the title a who-question asks for ------------------------------------------------------


@pytest.mark.parametrize(
    "question, title",
    [
        ("Siapa Wakil Bupati Garut?", "wakil bupati"),
        ("Siapakah nama Sekda Cianjur saat ini?", "sekda"),
        ("Who is the deputy regent of Garut?", "deputy regent"),
        ("Who was the mayor of Cimahi in 2025?", "mayor"),
        ("Which new deputy mayor was sworn in?", "deputy mayor"),
        ("Siapa camat Cugenang yang baru?", "camat Cugenang"),  # a camat is of a kecamatan
        ("What is the name of Cimahi's deputy mayor?", "deputy mayor"),
        ("Who chairs the selection committee for Garut's open bidding?", "ketua pansel"),
        ("Siapa ketua pansel seleksi terbuka Pemkab Garut?", "ketua pansel"),
        # an office's long English name, its short name in brackets at the end
        ("Who is the head of Sumedang's population and civil registration office (Disdukcapil)?", "Kepala Disdukcapil"),
    ],
)
def test_the_title_a_who_question_asks_for(question, title):
    assert ask(question).title == asked_title(title)


def test_the_name_of_a_place_is_not_a_who_question():
    assert ask("What is the name of the market where the camat were sworn in?").kind == "place"


def test_a_who_question_about_an_action_asks_for_no_title():
    assert ask("Siapa yang melantik Rina Marlina?").title is None
    assert ask("Berapa pejabat yang dilantik Bupati Garut?").title is None


# ---- people and what came before or after --------------------------------------------------


@pytest.mark.parametrize(
    "question, persons",
    [
        ("Apa jabatan Rina Marlina sebelumnya?", ("Rina Marlina",)),
        ("Berapa pejabat yang dilantik Wali Kota Cimahi Dedi Kusnadi pada Maret 2026?", ("Dedi Kusnadi",)),
        ("How many officials were sworn in at Gedung Pakuan by Yuliani?", ("Yuliani",)),
        ("What was Cecep Suhendar's previous position?", ("Cecep Suhendar",)),
        ("Berapa pejabat yang dilantik Pemkab Garut pada Senin?", ()),
        ("Who won Garut's selection for head of the education office (Dinas Pendidikan dan Kebudayaan)?", ()),
        ("Siapa Plt Kepala Dinas Perhubungan setelah Bayu Setyawan dilantik?", ("Bayu Setyawan",)),
    ],
)
def test_the_people_a_question_names(question, persons):
    assert ask(question).persons == persons


@pytest.mark.parametrize(
    "question, before, after",
    [
        ("Apa jabatan Rina Marlina sebelumnya?", True, False),
        ("What was Cecep Suhendar's previous position?", True, False),
        ("Rina Marlina sekarang menjabat sebagai apa?", False, True),
        ("What is Cecep Suhendar's role now?", False, True),
        ("Apa jabatan Rina Marlina?", False, False),
    ],
)
def test_whether_a_question_asks_what_came_before_or_after(question, before, after):
    parsed = ask(question)
    assert (parsed.before, parsed.after) == (before, after)


def test_people_in_an_article_are_written_capitalised():
    question = ask("Apa jabatan Rina Marlina sebelumnya?")
    assert question.people_in("Rina Marlina (sebelumnya Kepala Bagian Umum) dilantik.") == ["Rina Marlina"]
    assert question.people_in("Hj. Rina Marlina, S.E., hadir.") == ["Rina Marlina"]
    assert question.people_in("Tidak ada nama itu di sini.") == []


def test_a_name_that_is_also_a_common_word_is_not_a_person_where_the_article_writes_it_in_lower_case():
    question = ask("Apa kata Intan soal rotasi di Cimahi?")
    assert question.persons == ("Intan",)
    assert question.people_in("Intan mengatakan rotasi berjalan lancar.") == ["Intan"]
    assert question.people_in("Warga memamerkan intan hasil tambang. Intan itu dijual.") == []


def test_a_name_right_after_an_office_word_names_an_office_not_a_person():
    question = ask("Siapa Kepala Bappeda Garut?")
    assert "Bappeda" not in question.persons
    assert question.people_in("Kepala Bappeda Garut Agus Darmawan memaparkan rencana.") == []


# ---- wordings the parser gets wrong ---------------------------------------------------------


def test_a_casual_whos_question_asks_for_the_title():
    assert ask("who's the mayor of Cimahi?").title == asked_title("mayor")


@pytest.mark.parametrize(
    "question, kind",
    [("Kapankah Pemkab Garut melantik pejabat eselon II?", "date"), ("Dimanakah pelantikan pejabat Pemkot Cimahi digelar?", "place")],
    ids=["kapankah", "dimanakah"],
)
def test_formal_kah_question_words(question, kind):
    assert ask(question).kind == kind


def test_asking_to_name_the_deputy_regent_is_a_person_question():
    question = ask("Sebutkan nama Wakil Bupati Garut.")
    assert question.kind == "person"
    assert question.title == asked_title("wakil bupati")


def test_pemkab_or_pemkot_asks_which_government():
    assert ask("Yang melantik 28 pejabat itu Pemkab Sukabumi atau Pemkot Sukabumi?").kind == "government"


def test_civil_servants_are_counted_as_asn():
    assert "asn" in ask("How many civil servants did Pemkot Cimahi rotate?").counted_terms


def test_the_indonesian_word_in_brackets_after_the_counted_thing_is_one_of_its_terms():
    facts = ask("How many of those officials were functional-track (fungsional) in Cimahi?")
    assert facts.counted == "functional-track" and "fungsional" in facts.counted_terms


def test_a_casual_count_of_people_counts_no_named_thing():
    assert ask("berapa org yg dilantik pemkot cimahi kemarin").counted_terms == ()


def test_the_counted_phrase_ends_before_dalam():
    assert ask("Berapa orang yang merupakan pejabat pengawas dalam pelantikan di Garut?").counted == "pejabat pengawas"


@pytest.mark.parametrize(
    "question, persons",
    [
        ("Siapakah nama Sekda Cianjur saat ini?", ()),
        ("Berapakah jumlah pejabat yang dilantik Pemkot Cimahi?", ()),
        ("Jumlah pejabat yang dilantik Pemkot Banjar berapa?", ()),
        ("Mohon info berapa pejabat yang dilantik Bupati Garut?", ()),
        ("Tolong sebutkan pejabat yang dilantik Yuliani.", ("Yuliani",)),
    ],
    ids=["Siapakah", "Berapakah", "Jumlah", "Mohon", "Tolong"],
)
def test_question_words_are_not_people(question, persons):
    assert ask(question).persons == persons


def test_two_months_sharing_one_year_are_two_periods():
    question = ask("Berapa total pejabat yang dilantik Pemkab Garut pada Februari dan Maret 2026?")
    assert [(span.start.isoformat(), span.end.isoformat()) for span in question.periods] == [
        ("2026-02-01", "2026-02-28"),
        ("2026-03-01", "2026-03-31"),
    ]
    assert question.kind == "total"


@pytest.mark.parametrize(
    "question, counted",
    [
        ("In the Garut reshuffle, how many of those sworn in were pengawas officials?", "pengawas officials"),
        ("Berapa dari mereka yang merupakan pejabat administrator?", "pejabat administrator"),
    ],
)
def test_a_count_of_those_counts_what_they_were(question, counted):
    from rag.question import counted_phrase

    assert counted_phrase(question) == counted


def test_a_government_the_index_lacks_is_kept_apart():
    question = ask("What share of its 2025 APBD spending did Kabupaten Pekalongan realise?")
    assert (question.governments, question.unknown_governments) == ((), ("Kabupaten Pekalongan",))
    assert ask("Berapa pejabat yang dilantik Pemkot Cimahi?").unknown_governments == ()


@pytest.mark.parametrize(
    "question, share",
    [
        ("How much of its health budget had Pemkab Cianjur used by June?", True),
        ("Berapa anggaran Dinas Kesehatan Cimahi yang sudah terserap?", True),
        ("How much funding had Pemkot Banjar disbursed by March?", True),
        ("How much was the road repair budget of Pemkab Cianjur?", False),
        ("Berapa anggaran seleksi terbuka Pemkot Cimahi?", False),
    ],
)
def test_an_amount_asked_as_the_part_used_of_a_whole_is_a_share(question, share):
    """Articles give a budget's absorption as a percentage as often as in rupiah."""
    assert ask(question).share is share


@pytest.mark.parametrize(
    "question, dated, sentence, reports",
    [
        ("Berapa realisasi APBD 2025 Pemkab Cianjur?", "2025-12-20", "Realisasi belanja mencapai 91,2 persen.", True),
        ("Berapa realisasi APBD 2025 Pemkab Cianjur?", "2026-02-03", "Realisasi APBD 2025 mencapai 93,4 persen.", True),
        ("Berapa realisasi APBD 2025 Pemkab Cianjur?", "2026-04-20", "Hingga akhir Maret, realisasi belanja baru 13,6 persen.", False),
        ("Berapa persen serapan anggaran sampai akhir Maret 2026?", "2026-04-07", "Serapan anggaran baru 14 persen.", True),
        ("Berapa persen serapan anggaran sampai akhir Maret 2026?", "2026-05-07", "Hingga April 2026, serapan anggaran 24 persen.", False),  # a later month's
        ("How much had Cimahi spent by end-March 2026?", "2026-04-07", "Per 31 Maret 2026, belanja Rp 120 miliar, disampaikan Senin (6/4/2026).", True),
        ("Berapa pendaftar seleksi terbuka tahun 2025?", "2026-03-09", "Pada 2025, seleksi terbuka diikuti 16 pendaftar.", True),
        ("Berapa pejabat yang dilantik pada Maret 2026?", "2026-05-04", "Bupati melantik 88 pejabat.", False),
        # a month named alone is of the year the article is written in: a breakdown in an April report
        ("Berapa realisasi belanja Garut pada Januari 2026?", "2026-04-15", "Pada Januari realisasi Rp52,4 miliar, Februari Rp96,8 miliar, dan Maret Rp122,3 miliar.", True),
        ("Berapa realisasi belanja Garut pada Januari 2025?", "2026-04-15", "Pada Januari realisasi Rp52,4 miliar, Februari Rp96,8 miliar, dan Maret Rp122,3 miliar.", False),
        # the base of a comparison is reported beside the later figure, as late as that one is
        ("How many dengue cases did Bogor record in 2023?", "2025-01-20", "Sepanjang 2024 tercatat 950 kasus, naik dari 2023 yang hanya 610 kasus.", True),
        ("How many dengue cases did Bogor record in 2023?", "2025-01-20", "Tercatat 950 kasus, naik dari 2023 yang hanya 610 kasus.", False),
        ("Berapa pendaftar seleksi April 2024?", "2026-01-10", "Pendaftar Desember 2025 lebih banyak dari April 2024 yang 40 orang.", True),
        # the base of a change the sentence before tells, however late; not a figure of now since then
        ("Berapa prevalensi stunting Garut pada Agustus 2024?", "2026-02-02", "Pada Agustus 2024 angkanya masih 17,35 persen.", True),
        ("What was Garut's stunting rate in August 2024?", "2026-02-02", "In August 2024 the rate was still 17.35 percent.", True),
        ("Berapa balita yang dilayani posyandu Garut pada Agustus 2024?", "2026-02-02", "Sejak Agustus 2024, posyandu masih melayani 1.200 balita.", False),
        ("Berapa prevalensi stunting Garut pada Agustus 2024?", "2026-02-02", "Pada Agustus 2024 angkanya 17,35 persen.", False),
        ("Berapa prevalensi stunting Garut pada Agustus 2024?", "2026-02-02", "Stunting Garut Turun, 60 Desa Jadi Lokus 2026\n\nPada Agustus 2024 angkanya masih 17,35 persen.", True),
        # last year's figure, read with the headline before it
        ("Berapa anggaran iuran PBI Garut pada 2025?", "2026-06-10", "Cakupan JKN Garut Tembus 96,3 Persen\n\nTahun lalu anggaran yang disiapkan Rp29,4 miliar.", True),
        # a part of a year beside the same part a year on, reported weeks after that
        ("Berapa persen serapan belanja semester I 2024?", "2025-08-12", "Pada semester I 2024, realisasi belanja tercatat 38,9 persen.", True),
        ("Berapa persen serapan belanja semester I 2024?", "2025-12-20", "Pada semester I 2024, realisasi belanja tercatat 38,9 persen.", False),
        ("Berapa pendaftar seleksi April 2024?", "2027-03-10", "Pendaftar Desember 2025 lebih banyak dari April 2024 yang 40 orang.", False),
        ("How many dengue cases did Bogor record in 2024?", "2027-06-10", "Kasus 2024 menjadi dasar target eliminasi pada 2026.", False),  # no comparison
        ("How many dengue cases did Bogor record in 2024?", "2026-03-01", "Proyek dimulai 2024 dan dibanding rencana, rampung pada 2027.", False),  # 2027 is to come
        # the same point of an earlier year, the base of a year-on-year comparison
        ("Berapa realisasi belanja Pemkab Cianjur akhir Mei 2025?", "2026-05-31", "Pada periode yang sama tahun lalu, realisasi belanja Rp 402,3 miliar.", True),
        ("How much had Cianjur spent by the end of May 2025?", "2026-05-31", "That is up from Rp 402.3 billion at the same point in 2025.", True),
        ("How much had Cianjur spent by the end of May 2024?", "2026-05-31", "That is up from Rp 402.3 billion a year earlier.", False),  # 2025, not 2024
        ("Berapa realisasi belanja Pemkab Cianjur akhir Mei 2025?", "2026-05-31", "Realisasi tahun lalu tercatat Rp 1,9 triliun.", False),  # the whole of last year
    ],
)
def test_a_sentence_reports_on_the_asked_period_when_dated_in_it_or_naming_it_later(question, dated, sentence, reports):
    assert ask(question).reports_on(dated, sentence) is reports


def test_last_years_sentence_is_read_when_the_question_compares_with_last_year():
    said = "Tahun lalu anggaran yang disiapkan Rp29,4 miliar."
    assert ask("Berapa kenaikan anggaran PBI Garut pada 2026 dibanding tahun lalu?").of_other_years(said, "2026-06-10") == set()
    assert ask("How much more did Garut budget for PBI in 2026 than the previous year?").of_other_years(said, "2026-06-10") == set()
    assert ask("Berapa anggaran PBI Garut pada 2026?").of_other_years(said, "2026-06-10") == {2025}
    # one period asked: the comparison is answered in one go, not split by year
    assert len(ask("Berapa kenaikan anggaran PBI Garut pada 2026 dibanding tahun lalu?").periods) == 1


@pytest.mark.parametrize(
    "question, places",
    [
        ("Berapa warga mengungsi di Desa Karangsari saat banjir Februari 2026?", ("Karangsari",)),
        ("brp rumah rusak di kec cibeber?", ("cibeber",)),
        ("How much did the Citarum bridge cost?", ("Citarum",)),
        ("Berapa panjang jalan kabupaten yang diperbaiki?", ()),  # a kind of road, no named place
        ("How many officials did Garut district swear in?", ()),  # the government itself
        ("What share of kecamatan posts were filled?", ()),  # an English word after the area word
        ("Berapa desa terdampak banjir Februari 2026?", ()),  # villages counted, none named
        ("Berapa kepala desa yang dilantik Bupati Garut?", ()),
        # sites people visit, as tourism and transport news names them
        ("Berapa pengunjung Pantai Santolo saat libur Lebaran?", ("Santolo",)),
        ("How many visitors did Curug Citambur get over Lebaran?", ("Citambur",)),
        ("How many passengers crossed at Merak port on the peak day?", ("Merak",)),
        # a name of several words, up to the government after it
        ("What is the JKN coverage rate in Kecamatan Cisarua Luar Kota?", ("Cisarua Luar Kota",)),
        ("Berapa pengungsi di Kecamatan Pameungpeuk Kabupaten Garut?", ("Pameungpeuk",)),
        ("Berapa pengungsi di Desa Sukamaju Kidul pada Maret 2026?", ("Sukamaju Kidul",)),
        ("Berapa rumah terendam di Kecamatan Garut?", ("Garut",)),  # a kecamatan named like a region, as "Kecamatan Pacitan"
    ],
)
def test_the_named_places_a_question_narrows_to(question, places):
    assert parse(question, ["Kabupaten Garut"]).places == places


@pytest.mark.parametrize(
    "question, kind, before, after",
    [
        ("agus sblm jd camat cibeber jabatannya apa?", "title", True, False),
        ("siapa kadis sosial garut stlh rotasi kmrn?", "person", False, True),
    ],
)
def test_chat_shorthand_for_before_and_after_is_read(question, kind, before, after):
    q = parse(question, ["Kabupaten Garut"])
    assert (q.kind, q.before, q.after) == (kind, before, after)


def test_people_a_chat_question_writes_in_lower_case_are_read_as_the_articles_write_them():
    q = parse("nina kartika sblm jd kadis sosial garut jabatannya apa?", ["Kabupaten Garut"])
    passages = "Kursi Kepala Dinas Sosial diisi Nina Kartika, sebelumnya Camat Cibeber. Bupati Garut Hendra Permana melantiknya."
    assert q.persons == () and q.with_people_from(passages).persons == ("Nina Kartika",)
    assert parse("siapa kepala dinas sosial garut?", ["Kabupaten Garut"]).with_people_from(passages).persons == ()


@pytest.mark.parametrize(
    "question, office",
    [
        ("Who is in charge of Garut's BPBD after the May 2026 inauguration?", "BPBD"),
        ("Setelah pelantikan, siapa yang memimpin Dinas Sosial Garut?", "Dinas Sosial"),
        ("siapa yg mimpin Garut sekarang?", None),
        ("Siapa yang memimpin Apel Siaga Bencana?", None),
        ("Who led the Garut delegation?", None),
        ("Who was running Garut's planning agency (Bappelitbangda) in April 2026?", "Bappelitbangda"),  # the acronym names it
        ("siapa yg mimpin dishub garut bulan maret 2026?", "Dishub"),  # chat's lower-case short form
        ("siapa yang memimpin diskusi itu?", None),
        ("who runs the tourism office in Garut?", None),  # no name the articles write
        ("Who led the evacuation by the agency (BPBD) in March 2026?", None),  # an event an office took part in
        ("siapa yg mimpin dinas sosial garut bulan maret?", "Dinas Sosial"),
        ("Who is in charge of Garut's social affairs office (Dinas Sosial) now?", "Dinas Sosial"),  # the office's own name in brackets
        ("skrg siapa yg pegang dishub garut?", "Dishub"),  # who "holds" an office runs it
        ("siapa yang memegang kendali acara itu?", None),
        ("Setelah rotasi Maret, Dinas Sosial Garut dipegang siapa?", "Dinas Sosial"),  # the passive way round
        ("bpbd garut skrg dipimpin siapa?", "Bpbd"),
        ("Upacara di alun-alun itu dipimpin siapa?", None),
    ],
)
def test_asked_who_runs_an_office_is_asked_for_its_head(question, office):
    facts = ask(question)
    assert (facts.title.office if facts.title else None) == office and facts.runs == bool(office)


@pytest.mark.parametrize(
    "question, dated, reports",
    [
        ("Who was running Garut's Dinas PUPR in April 2026?", "2026-03-02", True),  # "dipimpin Plt Yana" in March still holds
        ("Siapa Plt Kepala Dinas Sosial Garut pada Maret 2026?", "2026-01-12", True),
        ("Who was running Garut's Dinas PUPR in April 2026?", "2025-06-30", False),  # half a year before: too old to hold
        ("Who was running Garut's Dinas PUPR in April 2026?", "2026-05-04", False),
        ("Who was sworn in as head of Dinas PUPR in April 2026?", "2026-03-02", False),  # an event, not a post held
        ("Siapa Kepala Dinas PUPR Garut yang mundur pada April 2026?", "2026-03-02", False),  # a change of post
        ("Berapa pejabat yang dilantik pada April 2026?", "2026-03-02", False),
    ],
)
def test_who_held_a_post_then_is_reported_by_an_article_from_before(question, dated, reports):
    assert ask(question).reports_on(dated, "") is reports


def test_a_month_without_a_year_is_the_asked_governments_latest_such_month():
    dated = [("2019-06-14", "Kabupaten Sukabumi"), ("2026-06-02", "Kabupaten Garut"), ("2026-03-02", "Kabupaten Garut")]
    assert [p.text for p in parse("Berapa pejabat yang dilantik Pemkab Sukabumi bulan Juni?", KNOWN, dated).periods] == ["Juni 2019"]
    assert [p.text for p in parse("pelantikan pemkab garut juni kmrn brp org?", KNOWN, dated).periods] == ["juni 2026"]
    assert [p.text for p in parse("Berapa pejabat yang dilantik bulan Juni?", KNOWN, dated).periods] == ["Juni 2026"]
    assert parse("Berapa pejabat yang dilantik bulan Juni?", KNOWN).periods == ()  # an index without dates: no year to give


def test_a_day_and_month_without_a_year_beside_a_period_with_one_is_the_latest_such_month():
    dated = [("2026-02-06", "Kabupaten Garut"), ("2025-08-04", "Kabupaten Garut"), ("2025-02-10", "Kabupaten Garut")]
    question = "pelantikan pejabat garut 6 feb kemarin nambah brp org dibanding rotasi agustus 2025?"
    assert [p.text for p in parse(question, KNOWN, dated).periods] == ["agustus 2025", "feb 2026"]
    # a span's first month is not named alone: "Januari–Mei 2026" is one period
    assert [p.text for p in parse("Berapa kasus DBD di Garut Januari–Mei 2026 dibanding Juli 2025?", KNOWN, dated).periods] == [
        p.text for p in parse("Berapa kasus DBD di Garut Januari–Mei 2026 dibanding Juli 2025?", KNOWN).periods
    ]


@pytest.mark.parametrize(
    "question, post",
    [
        ("How many people applied for the post of the assistant for general administration (Asisten Administrasi Umum)?", "Asisten Administrasi Umum"),
        ("How many people applied for the head of public works (PUTR) post in Subang's open selection?", "PUTR"),
        ("Berapa pelamar jabatan Kepala Dishub Kabupaten Subang?", "Kepala Dishub"),
        ("How many posts (JPT pratama) did Subang open?", ""),
        ("Berapa pelamar seleksi terbuka Pemkab Subang (Kabupaten Subang)?", ""),
        ("How many officials did the regent of Subang swear in?", ""),
    ],
)
def test_the_one_post_a_count_is_asked_for(question, post):
    assert parse(question, ["Kabupaten Subang"]).post == post


@pytest.mark.parametrize(
    "question, written",
    [
        ("realisasi PAD cimahi smp akhir maret 2026 brp rupiah?", "realisasi PAD cimahi sampai akhir maret 2026 berapa rupiah?"),
        ("kepala smp 1 cimahi siapa?", "kepala smp 1 cimahi siapa?"),
        ("realisasi belanja cimahi smpe juni brp?", "realisasi belanja cimahi sampai juni berapa?"),
    ],
)
def test_chat_until_is_written_out_but_a_junior_high_school_is_not(question, written):
    assert normalise(question) == written


def test_officialese_abbreviations_are_written_out():
    assert normalise("brp asn cimahi yg kena hukdis berat 2025?") == "berapa asn cimahi yang kena hukuman disiplin berat 2025?"
    assert parse("brp asn cimahi yg kena hukdis berat 2025?", ["Kota Cimahi"]).counted.lower().startswith("asn")


@pytest.mark.parametrize(
    "text, form",
    [
        ("Kalau dijumlah, berapa rumah yang terendam di tiga desa di Ciamis?", "sum"),
        ("How many houses in Ciamis were damaged by the landslides, counting every level of damage?", "sum"),
        ("berapa rumah rusak akibat longsor di ciamis, semua tingkat kerusakan?", "sum"),
        ("Berapa rumah yang terendam di Desa Sukamaju, Ciamis?", "count"),
        ("Berapa titik longsor di Ciamis yang belum ditangani?", "difference"),
        ("How many officials were sworn in together with the new Sekda in Ciamis?", "count"),
    ],
)
def test_a_count_asked_as_a_total_takes_the_sum_form_that_asks_for_the_addition(text, form):
    assert parse(text, ["Kabupaten Ciamis"]).form == form


def test_a_place_chat_writes_in_lower_case_is_a_place_when_the_passages_write_it_as_an_area():
    question = parse("how many dengue cases did cikajang have in garut this year?", ["Kabupaten Garut"])
    read = "Kasus terbanyak di Kecamatan Tarogong Kidul, 98 kasus. Satu pasien meninggal di Kecamatan Cikajang."
    assert question.places == () and question.with_places_from(read).places == ("Cikajang",)
    assert question.with_places_from("Dinkes Garut mencatat 612 kasus.").places == ()  # a word no passage writes as an area
    # written after an area word by the question itself, and as a name by the passages
    chat = parse("penerima beasiswa garut 2026 dr kecamatan cisewu ada brp org?", ["Kabupaten Garut"])
    assert chat.with_places_from("Pendaftar dari Cisewu dan Cisewu Utara dibantu mendaftar di kantor camat.").places == ("Cisewu",)


@pytest.mark.parametrize(
    "text, boundary",
    [
        ("jembatan ciwaru sesuai kontrak hrs kelar tgl brp?", "end"),
        ("When must the Ciwaru bridge be completed?", "end"),
        ("Kapan jembatan Ciwaru yang sudah rampung diresmikan?", ""),  # a finished bridge, its opening asked
        ("When was the completed Ciwaru bridge inaugurated?", ""),
        ("When was the Garut festival postponed due to the flood?", ""),
        ("Sampai tanggal berapa pendaftaran seleksi terbuka Pemkab Garut dibuka?", "end"),  # "until": the end, though "dibuka"
        ("Until what date is Garut's registration open?", "end"),
    ],
)
def test_finishing_words_ask_for_the_end_only_when_the_finishing_is_asked(text, boundary):
    assert parse(text, ["Kabupaten Garut"]).boundary == boundary


@pytest.mark.parametrize(
    "question",
    ["PPPK Garut formasi 2025 diangkat terhitung mulai tanggal berapa?", "Apa yang diatur Perda Garut Nomor 5 Tahun 2020?", "Kapan Perbup No. 12 Tahun 2025 berlaku?"],
)
def test_a_year_that_names_a_recruitment_round_or_a_regulation_asks_of_no_period(question):
    assert parse(question, ["Kabupaten Garut"]).periods == ()
    assert parse("Berapa formasi guru yang tidak terisi pada seleksi PPPK 2025 di Garut?", ["Kabupaten Garut"]).periods  # a selection's year is its time


def test_a_kind_of_village_the_question_names_is_no_place():
    question = parse("berapa desa tangguh bencana di garut?", ["Kabupaten Garut"])
    assert question.with_places_from("Sebanyak 40 desa kini berstatus Desa Tangguh Bencana (Destana).").places == ()


@pytest.mark.parametrize(
    "question, left",
    [
        ("Saat bupati meninjau jembatan, tinggal berapa hari lagi sebelum kontraknya berakhir?", True),
        ("At the June meeting, how many days did the agencies have left to sign their contracts?", True),
        ("dari rapat itu sisa waktu brp hari buat lelang?", True),
        ("Counting from the 13 April update, how many days did Garut give the lagging villages to hand in their documents?", True),
        ("Berapa hari waktu yang diberikan kepada OPD untuk menyerahkan rencana belanja, dihitung dari rapat evaluasi?", True),
        ("Berapa hari masa tanggap darurat banjir Garut?", False),  # a length, not what is left of it
        ("How many days after the inauguration must the officials report?", False),
    ],
)
def test_a_duration_asked_as_the_time_left_until_a_deadline(question, left):
    assert ask(question).left is left


@pytest.mark.parametrize(
    "question, written, office",
    [
        ("siapa kadinkes garut skrg?", "siapa Kepala Dinkes garut sekarang?", "Dinkes"),
        ("kadisdik ciamis yg baru dilantik april siapa ya?", "Kepala Disdik ciamis yang baru dilantik april siapa ya?", "Disdik"),
        ("siapa kasatpol pp ciamis?", "siapa Kepala Satpol PP ciamis?", "Satpol PP"),
        ("kepala dishub ciamis siapa?", "Kepala Dishub ciamis siapa?", "Dishub"),
    ],
)
def test_the_head_of_an_office_chat_writes_as_one_word_is_asked_for(question, written, office):
    assert normalise(question) == written
    facts = parse(question, ["Kabupaten Garut", "Kabupaten Ciamis"])
    assert facts.kind == "person" and facts.title and facts.title.office == office
    assert office.split()[0] not in facts.persons  # an office, not a person


def test_kadis_alone_the_chamber_of_commerce_and_names_are_left_as_written():
    for text in ("siapa kadis yang dilantik?", "Ketua Kadin Garut siapa?", "Desa Kadisoka terendam banjir", "Pak Kadisun menjabat camat"):
        assert normalise(text) == text
    assert parse("Bupati Garut Melantik siapa?", ["Kabupaten Garut"]).title is None  # a verb in title case is still a verb


@pytest.mark.parametrize(
    "question, start, end",
    [
        ("Which kecamatan in Garut recorded the most dengue cases between 1 January and 15 March 2026?", "2026-01-01", "2026-03-15"),
        ("Kecamatan mana yang mencatat kasus DBD terbanyak sejak Januari hingga awal Juni 2026?", "2026-01-01", "2026-06-30"),
        ("berapa kasus DBD di garut 1 Januari-15 Maret 2026?", "2026-01-01", "2026-03-15"),
        ("How many cases from December 2025 to February 2026?", "2025-12-01", "2026-02-28"),
        # English writes the month first
        ("How many dengue cases did Cimahi record between January 1 and March 15, 2026?", "2026-01-01", "2026-03-15"),
        ("how many cases from Jan 5 to Feb 20, 2026 in garut", "2026-01-05", "2026-02-20"),
        ("brp pejabat yg dilantik dr januari smp maret 2026?", "2026-01-01", "2026-03-31"),  # chat's "smp" before a month is until
    ],
)
def test_two_dates_joined_into_a_span_of_time_are_one_period_as_it_stood_at_its_end(question, start, end):
    facts = parse(question, ["Kabupaten Garut"])
    assert [(p.start.isoformat(), p.end.isoformat()) for p in facts.periods] == [(start, end)]
    assert facts.as_of


@pytest.mark.parametrize("question", ["How many officials did the Regent of Garut install on March 2, 2026?", "Who was installed on Monday, March 2nd 2026?"])
def test_a_date_english_writes_month_first_is_that_day_of_its_month(question):
    facts = parse(question, ["Kabupaten Garut"])
    assert "2 March 2026" in facts.text
    assert [(p.start.isoformat(), p.end.isoformat()) for p in facts.periods] == [("2026-03-01", "2026-03-31")]


def test_a_month_followed_by_a_count_is_not_a_date():
    assert normalise("In March 12 officials were moved; may 5 officials stay?") == "In March 12 officials were moved; may 5 officials stay?"


@pytest.mark.parametrize(
    "question, earlier",
    [
        ("kasus dbd garut jan-apr 2026 naik brp dibanding periode yg sama thn lalu?", "2025-01-01"),
        ("How many more dengue cases did Garut record in January-April 2026 than in the same period of 2025?", "2025-01-01"),
    ],
)
def test_a_span_compared_with_the_same_period_of_an_earlier_year_stays_one_span(question, earlier):
    facts = parse(question, ["Kabupaten Garut"])
    assert [(p.start.isoformat(), p.end.isoformat()) for p in facts.periods] == [("2026-01-01", "2026-04-30"), (earlier, "2025-04-30")]


def test_a_span_across_the_new_year_takes_the_year_before_for_its_first_month():
    facts = parse("Berapa kasus DBD di Garut Desember hingga Februari 2026?", ["Kabupaten Garut"])
    assert [(p.start.isoformat(), p.end.isoformat()) for p in facts.periods] == [("2025-12-01", "2026-02-28")]


@pytest.mark.parametrize(
    "question",
    [
        "Berapa total pejabat yang dilantik Bupati Garut pada Januari dan Juni 2026?",
        "Mana yang lebih banyak, antara Januari dan Juni 2026?",
        "How many days passed between 3 February and 15 April 2026?",
        "How much did Garut's PAD rise from January to March 2026?",
        "Berapa kenaikan kasus DBD Garut dari Januari sampai Maret 2026?",
    ],
)
def test_two_months_compared_or_a_time_between_two_days_stay_two_periods(question):
    assert len(parse(question, ["Kabupaten Garut"]).periods) == 2


def test_an_opening_word_running_into_an_acronym_is_no_person():
    assert persons_in("Gerakan PSN serentak di kota itu dimulai berapa hari setelah rapat?") == ()
    assert persons_in("Kasus DBD di kota itu naik berapa?") == ()
    # a name opening the question is still one, before a title of two letters too ("Jajang KH")
    assert persons_in("Robinsar menjabat apa?") == ("Robinsar",)
    assert persons_in("Jajang KH was running the office as acting head") == ("Jajang",)


@pytest.mark.parametrize(
    "question, counted",
    [
        ("How many of the officials sworn in by the Cimahi mayor were women?", "women"),
        ("Of the residents evacuated in Garut, how many were children?", "children"),
        ("How many of the 186 officials were women?", "women"),
        # a verb after "were" names no part: the officials are counted
        ("How many of the officials were sworn in at the Pendopo?", "officials"),
        ("How many of the officials were replaced?", "officials"),
    ],
)
def test_a_count_of_some_of_a_group_counts_the_part_it_asks_about(question, counted):
    assert parse(question).counted == counted


@pytest.mark.parametrize(
    "question, harm",
    [
        ("Berapa rumah yang rusak akibat angin puting beliung di Kecamatan Sukamaju?", "rusak"),
        ("How many houses were damaged when the river burst its banks?", "rusak"),
        ("brp korban luka kecelakaan bus di tol kmrn?", "luka"),
        ("How many people were injured in the Lebaran road accidents?", "luka"),
        ("How many riders were hurt in the crash?", "luka"),
        ("Berapa rumah rusak berat akibat gempa?", ""),  # one level asked
        ("How many people were seriously injured?", ""),
        ("Berapa korban meninggal dan luka-luka dalam kecelakaan itu?", ""),  # the dead are asked too
        ("Siapa yang luka dalam kecelakaan itu?", ""),  # not a count
    ],
)
def test_a_count_of_the_damaged_or_injured_with_no_level_named_asks_every_level(question, harm):
    assert ask(question).every_level_of == harm
    assert ask(question).sums or not harm  # the levels are added, as a total's parts are


@pytest.mark.parametrize(
    "question, whole",
    [
        ("How many FMD vaccine doses did the regency give over the whole of 2026?", True),
        ("What was the full-year 2025 tally of dengue cases?", True),
        ("How many tourists came in the entire year 2025?", True),
        ("Berapa kunjungan wisatawan seluruh tahun 2025?", True),
        ("Berapa kasus DBD tahun 2025 secara keseluruhan?", True),
        ("How many dengue cases were recorded in 2025?", False),
        ("Berapa kasus DBD sepanjang 2025?", False),  # a year's figure, or the year so far: as it stood
        ("How much of the whole 2026 budget was spent by June?", False),  # the whole budget, not the whole year
    ],
)
def test_a_period_asked_whole_is_told_from_the_period_itself(question, whole):
    assert ask(question).whole is whole


@pytest.mark.parametrize(
    "question, extreme",
    [
        ("Kecamatan mana yang mencatat kasus DBD terbanyak?", "most"),
        ("Which sub-district had the fewest residents screened?", "fewest"),
        ("imunisasi MR balita capaiannya paling rendah di kec mana?", "fewest"),
        ("Which tourist destination drew the most visitors over Lebaran?", "most"),
        ("Berapa kasus DBD di kecamatan dengan kasus terbanyak?", ""),  # a count, not which one
        ("Which office had the lowest absorption, and how far below the highest was it?", ""),  # both ends
        ("In which month of 2026 did the city record the most dengue cases?", ""),  # a time, not a place
    ],
)
def test_which_one_has_the_most_or_the_fewest_is_read_from_the_question(question, extreme):
    assert ask(question).extreme == extreme


@pytest.mark.parametrize(
    "question, items",
    [
        ("Berapa total anjing yang divaksin di delapan kecamatan Garut?", 8),
        ("What is the total burned area across Garut's seven affected sub-districts?", 7),
        ("Berapa total desa terdampak di kesepuluh desa itu?", 10),
        ("Berapa total warga terdampak di sebelas desa?", 11),
        ("How many were sworn in over the ten months of 2026?", 0),  # months are a time, not things
    ],
)
def test_how_many_things_a_total_adds(question, items):
    assert items_asked(question) == items


def test_a_long_english_title_keeps_the_office_named_in_brackets():
    question = parse("Who won Garut's open selection for head of the education and culture office (Dinas Pendidikan dan Kebudayaan)?", ["Kabupaten Garut"])
    assert question.title.office == "Dinas Pendidikan dan Kebudayaan"


@pytest.mark.parametrize(
    "question, still",
    [
        ("Apakah status tanggap darurat banjir Garut masih berlaku pada Selasa, 27 Januari 2026?", True),
        ("skrining tbc di kecamatan cibatu tgl 15 september 2025 msh jalan gak?", True),
        ("Is Garut's fine waiver still on on 5 July 2026?", True),
        ("Berapa kasus DBD yang masih dirawat di RSUD Garut?", False),  # "masih" in a count, no yes or no
        ("Sampai kapan status tanggap darurat banjir Garut berlaku?", False),
        # whether one can do it on a day asks the same
        ("My son wants to register for a Garut SMP through the prestasi track on 23 June 2026. Can he?", True),
        ("Apakah warga bisa mendaftar beasiswa Garut pada 26 Juni 2026?", True),
        ("Berapa orang yang bisa mendaftar beasiswa Garut?", False),  # "bisa" in a count
    ],
)
def test_a_yes_or_no_on_whether_something_still_runs_is_read_once(question, still):
    assert parse(question, ["Kabupaten Garut"]).still is still


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("In Cianjur's open selection, what is scheduled four days after registration closes?", (4, "registration closes")),
        ("Apa yang dijadwalkan tiga hari setelah pasar murah di Karangpawitan?", (3, "pasar murah di Karangpawitan")),
        ("6 hari stlh penyaluran blt tahap 1 selesai ada tenggat apa", (6, "penyaluran blt tahap 1 selesai")),
        ("Which activity begins nine days before the inauguration?", (-9, "the inauguration")),
        ("How many days after the inauguration must the officials report?", None),  # how long, not what falls then
        ("Berapa hari setelah pelantikan pejabat harus melapor?", None),
    ],
)
def test_what_falls_some_days_from_an_event_is_read_with_the_event(question, asked):
    assert ask(question).days_from == asked


def test_a_price_asked_per_kilo_in_chat_is_money_counted_per_nothing():
    # "sekilo" is the unit the price is asked per, not a thing counted
    question = ask("harga beras medium di pasar garut skrg brp sekilo?")
    assert question.kind == "money" and question.counted_terms == ()


def test_an_indonesian_gloss_inside_the_counted_phrase_is_one_of_its_terms():
    question = ask("How many supervisory-level (pengawas) officials did Garut install in May 2026?")
    assert question.counted == "supervisory-level officials" and "pengawas" in question.counted_terms
