"""English -> Indonesian: how the articles write what an English question names.

BM25 only matches words that occur in the articles, which are Indonesian; an English question
("inaugurated at the market") would otherwise lean on dense retrieval alone, and the rules could
not tell whether a cited sentence speaks of what the question counts. Two sources, both general
language, neither naming a fact from any article:

- a glossary of civil-service and regional-news vocabulary, each entry the ways an article writes
  it, comma-separated ("principal" -> "kepala sekolah, kepsek": a phrase is one way);
- loanword spelling: Indonesian borrows Latinate English words by regular rules ("evaluation" ->
  "evaluasi", "negative" -> "negatif", "sample" -> "sampel", "competence" -> "kompetensi"), so a
  word the glossary lacks still finds its Indonesian form. A form no article uses matches nothing,
  so a wrong guess costs nothing.

>>> indonesian("principals")
('kepala sekolah', 'kepsek')
>>> indonesian("investigations")
('investigasi',)
"""

from __future__ import annotations

import re

# Diseases and conditions regional health news reports, by their English names, each with the ways
# an article writes it ("dengue": "demam berdarah", "DBD"). A figure of one is not another's: "how
# many died of measles" is not answered by "612 kasus DBD ..., empat di antaranya meninggal".
DISEASES: dict[str, str] = {
    "dengue": "demam berdarah, DBD, DHF", "measles": "campak", "rubella": "rubela", "diphtheria": "difteri",
    "tuberculosis": "tuberkulosis, TBC", "diarrhea": "diare", "diarrhoea": "diare", "typhoid": "tifus, tipes, tifoid",
    "malaria": "malaria", "pneumonia": "pneumonia, radang paru", "respiratory infection": "ISPA, infeksi saluran pernapasan",
    "hepatitis": "hepatitis", "rabies": "rabies", "covid": "covid, covid-19, corona", "polio": "polio", "hiv": "HIV",
    "leptospirosis": "leptospirosis, kencing tikus", "chikungunya": "chikungunya, cikungunya", "pertussis": "pertusis, batuk rejan",
    "whooping cough": "pertusis, batuk rejan", "mpox": "mpox, cacar monyet", "chickenpox": "cacar air, varisela",
    "anthrax": "antraks", "leprosy": "kusta", "stunting": "stunting, tengkes", "malnutrition": "gizi buruk, gizi kurang",
    "hypertension": "hipertensi, darah tinggi", "diabetes": "diabetes, kencing manis",
}

EN_TO_ID: dict[str, str] = {
    # people and posts
    "official": "pejabat", "officials": "pejabat", "officer": "pejabat", "civil servant": "ASN, aparatur sipil negara",
    "employee": "pegawai", "staff": "pegawai, staf", "people": "orang, warga", "person": "orang", "resident": "warga, penduduk",
    "citizen": "warga", "participant": "peserta", "candidate": "calon, kandidat", "applicant": "pendaftar, pelamar", "application": "lamaran, pendaftaran",
    "registrant": "pendaftar", "student": "siswa, pelajar, murid, mahasiswa, peserta didik", "pupil": "siswa, murid, pelajar, peserta didik", "teacher": "guru", "principal": "kepala sekolah, kepsek",
    "patient": "pasien", "doctor": "dokter", "nurse": "perawat", "midwife": "bidan", "farmer": "petani", "fisherman": "nelayan",
    "fishermen": "nelayan", "trader": "pedagang", "vendor": "pedagang", "worker": "pekerja, tenaga kerja", "company": "perusahaan", "firm": "perusahaan", "child": "anak",
    "children": "anak", "baby": "bayi", "infant": "bayi", "toddler": "balita", "under-five": "balita", "under-fives": "balita",
    "elderly": "lansia, lanjut usia", "pregnant women": "ibu hamil, bumil", "victim": "korban", "evacuee": "pengungsi", "refugee": "pengungsi", "displaced": "pengungsi, mengungsi", "family": "keluarga, KK", "household": "rumah tangga, KK, serumah", "contact": "kontak", "contacts": "kontak",
    "honorary staff": "honorer", "contract worker": "PPPK, P3K", "post": "jabatan", "position": "jabatan", "seat": "kursi", "point": "titik", "points": "titik", "location": "lokasi, titik, tempat",
    "vacancy": "kekosongan, lowong", "vacant": "kosong, kekosongan", "supervisor": "pengawas", "supervisory": "pengawas", "administrator": "administrator", "administrative": "administrator", "functional": "fungsional",
    "echelon": "eselon", "reporter": "wartawan", "journalist": "wartawan", "personnel": "kepegawaian, personel",
    # governments and offices
    "regent": "bupati", "vice regent": "wakil bupati", "deputy regent": "wakil bupati", "mayor": "wali kota, walikota",
    "deputy mayor": "wakil wali kota", "governor": "gubernur", "deputy": "wakil", "regency": "kabupaten, pemkab", "city": "kota, pemkot",
    "province": "provinsi, pemprov", "government": "pemerintah", "regional secretary": "sekretaris daerah, sekda", "secretary": "sekretaris",
    "head": "kepala", "chief": "kepala", "chairman": "ketua", "chair": "ketua", "district": "kecamatan", "sub-district": "kecamatan",
    "subdistrict": "kecamatan", "village": "desa, kelurahan", "ward": "kelurahan", "office": "kantor, dinas", "agency": "badan, dinas",
    "department": "dinas", "service": "dinas, pelayanan", "municipal police": "satpol pp", "public order": "satpol pp, pamong praja",
    "planning": "perencanaan, bappeda", "communication": "komunikasi, kominfo", "human resources": "sumber daya manusia",
    "civil registry": "disdukcapil, kependudukan, catatan sipil", "hospital": "rumah sakit, RSUD", "health center": "puskesmas",
    "council": "DPRD, dewan", "legislature": "DPRD, dewan",
    # what officials do
    "inaugurate": "lantik, pelantikan", "inaugurated": "lantik, pelantikan", "inauguration": "pelantikan", "sworn": "lantik, dilantik",
    "swear": "lantik", "swearing": "pelantikan, lantik", "swearing-in": "pelantikan, lantik", "installed": "lantik", "rotate": "rotasi, mutasi", "rotated": "rotasi, mutasi", "transfer": "mutasi",
    "reshuffle": "perombakan, rotasi, mutasi", "promotion": "promosi", "promote": "promosi", "appointed": "diangkat, lantik",
    "replaced": "diganti, ganti", "replace": "ganti", "refresh": "penyegaran", "refreshment": "penyegaran", "acting": "Plt, pelaksana tugas",
    "selection": "seleksi", "open bidding": "lelang terbuka, open bidding", "auction": "lelang", "assessment": "asesmen, penilaian",
    "assessed": "asesmen", "evaluation": "evaluasi", "evaluate": "evaluasi", "evaluated": "evaluasi", "performance": "kinerja",
    "discipline": "disiplin, kedisiplinan", "integrity": "integritas", "competence": "kompetensi", "talent management": "manajemen talenta",
    "online": "daring", "registered": "mendaftar, terdaftar", "register": "daftar, pendaftaran", "registration": "pendaftaran", "re-register": "daftar ulang", "re-registration": "daftar ulang", "account": "rekening", "track": "jalur", "passed": "lolos, lulus",
    "failed": "gagal, tidak lolos", "test": "tes, uji", "check": "pemeriksaan, cek", "checked": "diperiksa, pemeriksaan",
    "examined": "diperiksa, pemeriksaan", "inspection": "inspeksi, sidak", "visit": "kunjungan, meninjau", "reviewed": "meninjau, ditinjau",
    "decree": "keputusan, SK", "regulation": "peraturan, perda", "sanction": "sanksi", "fine": "denda",
    # places
    "market": "pasar", "hall": "pendopo, gedung, aula", "residence": "pendopo", "field": "lapangan", "court": "lapangan",
    "square": "alun-alun", "mosque": "masjid", "building": "gedung, bangunan", "house": "rumah", "home": "rumah", "school": "sekolah",
    "road": "jalan, ruas", "bridge": "jembatan", "terminal": "terminal", "where": "di, lokasi",
    # health, welfare, works, money
    "case": "kasus", "health": "kesehatan", **DISEASES,
    "screening": "skrining", "vaccination": "vaksinasi, imunisasi", "death": "kematian, meninggal", "died": "meninggal, tewas",
    "flood": "banjir", "landslide": "longsor", "fire": "kebakaran", "damaged": "rusak", "damage": "kerusakan, rusak",
    "burned": "terbakar", "burnt": "terbakar", "burn": "terbakar, dibakar", "tidal": "rob", "water": "air", "land": "lahan",
    "affected": "terdampak", "tanker": "tangki", "dogs": "anjing", "dog": "anjing",
    "lowest": "terendah", "highest": "tertinggi", "coverage": "cakupan", "stage": "tahap", "round": "putaran",
    "scheduled": "dijadwalkan, jadwal", "original": "semula", "extra": "tambahan",
    "provincial": "provinsi", "cheap": "murah", "shipment": "pengiriman, kiriman",
    "paid": "dibayar, dibayarkan, pembayaran", "funds": "dana", "cash": "tunai, uang tunai", "disbursed": "dicairkan, pencairan", "unexpected": "tidak terduga",
    "arrears": "tunggakan", "waived": "dihapus, penghapusan", "waiver": "penghapusan, pemutihan",
    "pay": "membayar, bayar, melunasi", "pays": "membayar, bayar, melunasi", "paying": "membayar, melunasi", "taxpayer": "wajib pajak",
    "prize": "hadiah, berhadiah", "draw": "undian", "lottery": "undian",
    "valid": "berlaku", "order": "surat perintah, perintah", "orders": "surat perintah, perintah",
    "repair": "perbaikan", "pave": "aspal, pengaspalan", "paved": "aspal, diaspal", "concrete": "beton, betonisasi", "repaired": "diperbaiki, perbaikan", "built": "dibangun, pembangunan", "construction": "pembangunan, konstruksi",
    "aid": "bantuan", "assistance": "bantuan", "poor": "miskin", "poverty": "kemiskinan", "unemployment": "pengangguran",
    "budget": "anggaran, APBD", "absorption": "penyerapan, serapan", "spending": "belanja", "expenditure": "belanja, pengeluaran",
    "capital expenditure": "belanja modal", "operating expenditure": "belanja operasi", "revenue": "pendapatan, penerimaan",
    "income": "pendapatan, penerimaan", "tax": "pajak", "levy": "retribusi", "grant": "hibah", "salary": "gaji", "allowance": "tunjangan",
    "realised": "realisasi", "realized": "realisasi", "target": "target", "population": "penduduk, kependudukan",
    "identity card": "KTP", "innovation": "inovasi", "ranking": "peringkat, besar", "best": "terbaik", "statistics": "statistik",
    "information": "informasi", "preparation": "persiapan", "prepared": "persiapan",
    "tender": "lelang, tender", "tendering": "lelang, tender", "procurement": "pengadaan, lelang", "contract": "kontrak",
    "contracts": "kontrak", "contractor": "kontraktor, penyedia", "physical": "fisik", "works": "pekerjaan", "package": "paket",
    "packages": "paket", "deadline": "batas waktu, tenggat, paling lambat",
    "opening": "pembukaan, dibuka", "announcement": "pengumuman, diumumkan", "announced": "diumumkan, mengumumkan",
    "announce": "mengumumkan, pengumuman", "result": "hasil", "results": "hasil",
    "begin": "mulai, dimulai", "orientation": "orientasi, pengenalan", "signing": "penandatanganan, diteken, ditandatangani",
    "farmland": "sawah, lahan pertanian", "rice field": "sawah", "rice fields": "sawah", "paddy": "sawah, padi", "paddies": "sawah",
    "vehicle": "kendaraan", "vehicles": "kendaraan", "traffic": "lalu lintas, kendaraan",
    "crop": "tanaman, panen", "crops": "tanaman, panen", "harvest": "panen", "hectare": "hektare, ha", "hectares": "hektare, ha",
    # everyday regional news: who and what else a count may be of, and what was done to them
    "female": "perempuan, wanita", "male": "laki-laki, pria", "woman": "perempuan, wanita", "women": "perempuan, wanita", "man": "laki-laki, pria", "men": "laki-laki, pria",
    "girl": "perempuan, siswi", "boy": "laki-laki", "youth": "pemuda, remaja", "volunteer": "relawan, sukarelawan",
    "tourist": "wisatawan, turis, pengunjung", "visitor": "pengunjung, wisatawan", "passenger": "penumpang",
    "voter": "pemilih", "recipient": "penerima", "beneficiary": "penerima manfaat, penerima, KPM", "graduate": "lulusan",
    "health worker": "tenaga kesehatan, nakes", "laborer": "buruh, pekerja", "labourer": "buruh, pekerja", "retiree": "pensiunan", "pensioner": "pensiunan",
    "entrepreneur": "pengusaha, pelaku usaha", "business": "usaha, pelaku usaha, UMKM", "small business": "UMKM, usaha kecil",
    "suspect": "tersangka", "prisoner": "narapidana, warga binaan, tahanan", "inmate": "narapidana, warga binaan, tahanan",
    "convict": "narapidana, napi", "police": "polisi, kepolisian, polres, polsek", "police officer": "polisi, personel",
    "soldier": "prajurit, TNI", "athlete": "atlet", "contestant": "peserta", "member": "anggota",
    "councillor": "anggota DPRD, anggota dewan", "councilor": "anggota DPRD, anggota dewan", "legislator": "anggota DPRD, anggota dewan",
    "lawmaker": "anggota DPRD, anggota dewan", "orphan": "yatim, yatim piatu", "disabled": "disabilitas, difabel",
    "disability": "disabilitas, difabel", "homeless": "gelandangan, tunawisma", "beggar": "pengemis", "busker": "pengamen",
    "street vendor": "pedagang kaki lima, PKL", "couple": "pasangan", "village head": "kepala desa, kades",
    "injured": "luka, terluka, cedera", "injury": "luka, cedera", "dead": "meninggal, tewas", "missing": "hilang",
    "stall": "los, lapak", "kiosk": "kios", "shop": "toko", "store": "toko", "motorcycle": "sepeda motor, motor",
    "motorbike": "sepeda motor, motor", "car": "mobil", "truck": "truk", "bus": "bus", "boat": "perahu, kapal", "ship": "kapal",
    "classroom": "ruang kelas, kelas", "room": "ruang, ruangan, kamar", "bed": "tempat tidur", "tree": "pohon",
    "seedling": "bibit", "seed": "benih, bibit", "vaccine": "vaksin", "dose": "dosis", "ton": "ton", "tonne": "ton",
    "kilogram": "kilogram, kg", "liter": "liter", "litre": "liter", "meter": "meter", "metre": "meter", "kilometer": "kilometer, km",
    "kilometre": "kilometer, km", "earthquake": "gempa", "storm": "angin kencang, puting beliung", "tornado": "puting beliung",
    "whirlwind": "puting beliung", "drought": "kekeringan", "emergency": "darurat",
    "emergency response": "tanggap darurat", "alert": "siaga", "church": "gereja", "temple": "pura, vihara, klenteng",
    "teak": "jati", "mahogany": "mahoni", "albizia": "sengon", "mango": "mangga", "avocado": "alpukat", "coffee": "kopi",
    "bamboo": "bambu", "coconut": "kelapa", "banana": "pisang", "pine": "pinus", "rubber": "karet", "clove": "cengkeh",
    "fish": "ikan", "rice": "beras, padi", "cattle": "sapi, ternak", "cow": "sapi", "goat": "kambing", "livestock": "ternak",
    "chicken": "ayam", "egg": "telur", "laptop": "laptop", "computer": "komputer", "book": "buku", "uniform": "seragam",
    "parcel": "paket, parsel", "staple food": "sembako", "staples": "sembako", "loan": "pinjaman, kredit", "fee": "biaya, tarif",
    "permit": "izin", "license": "izin", "licence": "izin", "certificate": "sertifikat", "complaint": "pengaduan, aduan, keluhan",
    "toilet": "toilet, jamban, MCK", "latrine": "jamban, MCK", "pipe": "pipa", "streetlight": "lampu, PJU, penerangan jalan",
    "street light": "lampu, PJU, penerangan jalan", "lamp": "lampu", "camera": "kamera, CCTV", "ticket": "tiket",
    "flight": "penerbangan", "train": "kereta", "route": "rute, trayek", "port": "pelabuhan", "harbour": "pelabuhan", "harbor": "pelabuhan",
    "station": "stasiun", "clinic": "klinik", "pharmacy": "apotek", "medicine": "obat", "drug": "obat, narkoba", "ambulance": "ambulans",
    "birth": "kelahiran, lahir", "marriage": "pernikahan, perkawinan, nikah", "wedding": "pernikahan, nikah", "divorce": "perceraian, cerai",
    "ballot": "surat suara", "polling station": "TPS, tempat pemungutan suara", "medal": "medali", "team": "tim",
    "training": "pelatihan", "workshop": "lokakarya, pelatihan",
    "scholarship": "beasiswa", "waste": "sampah, limbah", "garbage": "sampah", "trash": "sampah", "clean water": "air bersih",
    "electricity": "listrik",
    "debt": "utang", "wage": "upah", "minimum wage": "upah minimum, UMK", "social assistance": "bansos, bantuan sosial",
    "cash assistance": "BLT, bantuan langsung tunai", "health insurance": "BPJS Kesehatan, JKN", "village fund": "dana desa",
    "raid": "razia, operasi", "arrest": "penangkapan, ditangkap", "arrested": "ditangkap, diamankan", "seized": "disita, diamankan",
    "relocated": "direlokasi, relokasi, dipindahkan", "evicted": "digusur, penggusuran", "demolished": "dibongkar, pembongkaran",
    "planted": "ditanam, penanaman", "distributed": "disalurkan, dibagikan, penyaluran",
    "donated": "sumbangan, menyumbang, donasi", "vaccinated": "divaksin, vaksinasi, imunisasi",
    "hospitalized": "dirawat, rawat inap", "hospitalised": "dirawat, rawat inap", "recovered": "sembuh", "evacuated": "dievakuasi, mengungsi",
    "flooded": "terendam, banjir", "submerged": "terendam",
    "recruited": "direkrut, rekrutmen", "hired": "direkrut, diangkat", "dismissed": "diberhentikan, pemberhentian", "fired": "diberhentikan, dipecat",
    # time and number words
    "previously": "sebelumnya", "previous": "sebelumnya", "former": "sebelumnya, mantan", "new": "baru", "number": "nomor",
    "year": "tahun", "day": "hari", "month": "bulan", "week": "minggu", "percent": "persen", "hundred": "ratus",
    "how long": "lama, selama", "when": "tanggal", "how many": "jumlah, sebanyak", "total": "total, jumlah",
}

# English suffixes and the Indonesian endings loanwords take for them, longest first.
_SUFFIXES = [
    ("ation", "asi"), ("ition", "isi"), ("ction", "ksi"), ("ssion", "si"), ("tion", "si"), ("sion", "si"), ("ency", "ensi"),
    ("ancy", "ansi"), ("ence", "ensi"), ("ance", "ansi"), ("ity", "itas"), ("ive", "if"), ("ical", "is"), ("ics", "ika"),
    ("ic", "ik"), ("ism", "isme"), ("ist", "is"), ("ogy", "ogi"), ("omy", "omi"), ("ary", "er"), ("ple", "pel"), ("le", "el"),
    ("y", "i"),
]
# Then spelling: "c" is "s" before e/i and "k" elsewhere ("cc" before e/i is "ks"), "ch" and "ck" are
# "k", "ph" is "f", "th" is "t", "qu" is "ku", "x" is "ks", and a doubled consonant is single.
_SPELLING = [
    (r"ph", "f"), (r"th", "t"), (r"ch", "k"), (r"ck", "k"), (r"qu", "ku"), (r"x", "ks"), (r"cc(?=[ei])", "ks"), (r"c(?=[eiy])", "s"),
    (r"c", "k"), (r"([bdfgklmnprst])\1", r"\1"),
]


def _singular(word: str) -> list[str]:
    """English singulars a plural may have: "cases" -> ["case", "cas"], "bodies" -> ["body"]."""
    if word.endswith("ies") and len(word) > 4:
        return [word[:-3] + "y"]
    if word.endswith("es") and len(word) > 4:
        return [word[:-1], word[:-2]]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return [word[:-1]]
    return []


# The endings whose rule is all but always right ("plastic" -> "plastik", "evaluation" -> "evaluasi");
# the others are often wrong ("daily" -> "daili", "receive" -> "reseif", "advance" -> "advansi").
_SURE_SUFFIXES = {"ation", "ition", "ction", "ssion", "tion", "sion", "ity", "ical", "ics", "ic", "ism", "ogy"}


def loanword(word: str, sure: bool = False) -> str | None:
    """The Indonesian spelling of a Latinate English word ("evaluation" -> "evaluasi", "negative"
    -> "negatif", "sample" -> "sampel"); None for a word no rule applies to ("road"), or, `sure`,
    for one whose ending's rule is often wrong ("daily")."""
    low = word.lower()
    for english, indonesian_ending in _SUFFIXES:
        if sure and english not in _SURE_SUFFIXES:
            continue
        if low.endswith(english) and len(low) > len(english) + 2:
            stem = low[: -len(english)]
            for pattern, replacement in _SPELLING:
                stem = re.sub(pattern, replacement, stem)
            return stem + indonesian_ending
    return None


def indonesian(term: str, guess: bool = True) -> tuple[str, ...]:
    """The ways an article writes an English word or phrase ("supervisors" -> ("pengawas",)), its
    loanword form when the glossary lacks it, () when neither knows it (an Indonesian word, a name).
    The loanword form is a guess, good for a search and not always for a check ("receive" ->
    "reseif", "daily" -> "daili"): `guess=False` keeps only the endings whose rule is sure, and
    none of a hyphenated compound ("late-completion" is no "late-komplesi").

    >>> indonesian("daily"), indonesian("daily", guess=False), indonesian("plastic", guess=False)
    (('daili',), (), ('plastik',))
    """
    low = term.lower().strip()
    for form in (low, *_singular(low)):
        if form in EN_TO_ID:
            return tuple(way.strip() for way in EN_TO_ID[form].split(","))
    for form in (low, *_singular(low)):
        if " " not in form and (guess or "-" not in form) and (borrowed := loanword(form, sure=not guess)) and borrowed != form:
            return (borrowed,)
    return ()


# What a count counts, by the noun news writes after the number ("1.287 jiwa dari 402 KK", "93
# rumah"): a count of one kind does not answer a question about another ("berapa warga mengungsi"
# is not "93 rumah", "how many dengue deaths" not "142 kasus"). Phrases before words ("rumah tangga"
# is a family, "rumah" a house; "korban meninggal" a death, "korban" a person).
COUNT_KINDS: dict[str, tuple[str, ...]] = {
    "families": ("rumah tangga", "kepala keluarga", "kk", "keluarga", "kpm"),
    "deaths": ("kasus kematian", "kematian", "meninggal", "tewas", "korban meninggal", "korban jiwa"),
    "cases": ("kasus",),
    "people": (
        "orang", "jiwa", "warga", "penduduk", "pengungsi", "korban", "pasien", "peserta", "pelamar", "pendaftar", "siswa", "murid",
        "guru", "balita", "anak", "bayi", "lansia", "petani", "nelayan", "pedagang", "pekerja", "pejabat", "pegawai", "asn", "pns",
        "perempuan", "wanita", "laki-laki", "pria", "relawan", "wisatawan", "pengunjung", "penumpang", "pemilih", "lulusan", "buruh",
        "tersangka", "narapidana", "atlet", "personel",
    ),
    "houses": ("rumah", "bangunan", "gedung"),
    "sites": ("titik",),
    "villages": ("desa", "kelurahan"),
    "districts": ("kecamatan",),
    "length": ("km", "kilometer", "meter"),
    "area": ("hektare", "hektar", "ha"),
}


def count_kind(words: str) -> str:
    """The kind a count's noun counts ("jiwa" -> "people", "rumah tangga" -> "families"), from its
    first words, Indonesian or English ("households" -> "families"); "" when unknown.

    >>> count_kind("rumah terendam"), count_kind("households"), count_kind("pejabat pengawas"), count_kind("village heads")
    ('houses', 'families', 'people', '')
    """
    first_two = re.findall(r"[a-z]+", words.lower())[:2]
    if len(first_two) == 2 and indonesian(first_two[0]) and indonesian(first_two[1]):
        first_two = first_two[1:]  # English puts the head last: "village heads" are heads, not villages
    low = " ".join(first_two)
    forms = [low, *(way.lower() for way in indonesian(low.split()[0] if low else ""))] if low else []
    for form in forms:
        for kind, nouns in COUNT_KINDS.items():
            if any(form == noun or form.startswith(noun + " ") for noun in nouns):
                return kind
    return ""


# Each disease by any of its names, English or as articles write it, in any letter case ("dbd" in chat).
_DISEASE_NAMES = {name: re.compile(r"\b(?:" + "|".join(re.escape(n) for n in (name, *(w.strip() for w in ways.split(",")))) + r")\b", re.I) for name, ways in DISEASES.items()}


def diseases_in(text: str) -> tuple[str, ...]:
    """The diseases a text names, by their English names, whichever way it writes them (a
    synonym English name, "diarrhoea", is its own entry and comes with it).

    >>> diseases_in("Pemkot mencatat 612 kasus demam berdarah dengue (DBD), imunisasi campak-rubela")
    ('dengue', 'measles', 'rubella')
    >>> diseases_in("How many children died of measles in the first quarter?")
    ('measles',)
    >>> diseases_in("Berapa pejabat yang dilantik?")
    ()
    """
    return tuple(name for name, pattern in _DISEASE_NAMES.items() if pattern.search(text))


# School levels, by the acronym news writes them with and the ways a question may name them. "MI"
# only in capitals: "mi instan" is noodles.
SCHOOL_LEVELS: dict[str, str] = {
    "SD": r"(?i:\bSD\b|sekolah dasar|elementary|primary school)", "MI": r"\bMI\b|(?i:madrasah ibtidaiyah)",
    "SMP": r"(?i:\bSMP\b|sekolah menengah pertama|junior high)", "MTs": r"\bMTs\b|(?i:madrasah tsanawiyah)",
    "SMA": r"(?i:\bSMA\b|sekolah menengah atas|senior high|(?<!junior )high school)", "SMK": r"(?i:\bSMK\b|sekolah menengah kejuruan|vocational)",
}
_SCHOOL_LEVELS = {level: re.compile(pattern) for level, pattern in SCHOOL_LEVELS.items()}


def school_levels_in(text: str) -> tuple[str, ...]:
    """The school levels a text names, by their acronyms.

    >>> school_levels_in("Berapa daya tampung SMA negeri?"), school_levels_in("24 SMP negeri menyediakan 5.184 kursi")
    (('SMA',), ('SMP',))
    >>> school_levels_in("How many junior high seats?"), school_levels_in("300 dus mi instan")
    (('SMP',), ())
    """
    return tuple(level for level, pattern in _SCHOOL_LEVELS.items() if pattern.search(text))


# The glossary's phrases, longest first ("deputy regent" before "regent"), a plural "s" allowed.
_PHRASE = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted((k for k in EN_TO_ID if " " in k), key=len, reverse=True)) + r")s?\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def english_terms(text: str, guess: bool = True) -> list[tuple[str, tuple[str, ...]]]:
    """Each glossary phrase and other word of a text with its Indonesian ways, in order of the text:
    "school principals" -> [("school", ("sekolah",)), ("principals", ("kepala sekolah", "kepsek"))];
    `guess=False` leaves out the loanword guesses often wrong (see `indonesian`)."""
    low = text.lower()
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for match in _PHRASE.finditer(low):
        found.append((match.start(), match.group(0), indonesian(match.group(1))))
    low = _PHRASE.sub(lambda m: " " * len(m.group(0)), low)
    for match in _WORD.finditer(low):
        found.append((match.start(), match.group(0), indonesian(match.group(0), guess)))
    return [(word, ways) for _, word, ways in sorted(found)]


def expand_query(question: str) -> str:
    """The question plus the Indonesian ways of the English words it uses."""
    extra = [way for _, ways in english_terms(question) for way in ways]
    return question if not extra else f"{question} {' '.join(extra)}"
