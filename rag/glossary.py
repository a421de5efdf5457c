"""English -> Indonesian terms for the BM25 side of retrieval.

BM25 only matches words that occur in the articles, which are Indonesian; an English question
("inaugurated at the market") would otherwise lean on dense retrieval alone. Appending the
Indonesian words of common civil-service and news vocabulary lets names *and* topic words match.
General vocabulary only: nothing here names a fact from any article.
"""

from __future__ import annotations

import re

EN_TO_ID: dict[str, str] = {
    "official": "pejabat", "officials": "pejabat", "officer": "pejabat", "civil servant": "ASN aparatur sipil negara",
    "civil servants": "ASN aparatur sipil negara", "employee": "pegawai", "employees": "pegawai",
    "inaugurate": "lantik pelantikan", "inaugurated": "lantik pelantikan", "inauguration": "pelantikan",
    "sworn": "lantik dilantik", "swear": "lantik", "installed": "lantik",
    "rotate": "rotasi mutasi", "rotated": "rotasi mutasi", "rotation": "rotasi mutasi", "transfer": "mutasi",
    "reshuffle": "perombakan rotasi mutasi", "promotion": "promosi", "appointed": "diangkat lantik",
    "regent": "bupati", "vice regent": "wakil bupati", "deputy regent": "wakil bupati", "mayor": "wali kota walikota",
    "deputy": "wakil", "regency": "kabupaten pemkab", "city": "kota pemkot", "government": "pemerintah",
    "regional secretary": "sekretaris daerah sekda", "secretary": "sekretaris", "head": "kepala", "chief": "kepala",
    "district": "kecamatan", "districts": "kecamatan", "sub-district": "kecamatan", "village": "desa", "villages": "desa",
    "market": "pasar", "hall": "pendopo gedung", "residence": "pendopo", "field": "lapangan", "court": "lapangan",
    "tennis": "tenis", "office": "kantor", "agency": "badan dinas", "department": "dinas", "service": "dinas pelayanan",
    "decree": "keputusan", "number": "nomor", "year": "tahun", "days": "hari", "day": "hari", "months": "bulan",
    "month": "bulan", "week": "minggu", "percent": "persen", "hundred": "ratus",
    "evaluation": "evaluasi", "evaluate": "evaluasi", "evaluated": "evaluasi", "performance": "kinerja",
    "innovation": "inovasi", "target": "target", "targets": "target", "budget": "anggaran", "absorption": "penyerapan",
    "ranking": "besar peringkat", "best": "terbaik", "assessment": "asesmen penilaian", "assessed": "asesmen",
    "competence": "kompetensi", "integrity": "integritas", "discipline": "disiplin kedisiplinan",
    "talent management": "manajemen talenta", "open bidding": "lelang terbuka open bidding", "auction": "lelang",
    "administrator": "administrator", "administrators": "administrator", "supervisor": "pengawas", "supervisors": "pengawas",
    "echelon": "eselon", "vacancy": "kekosongan", "vacancies": "kekosongan", "vacant": "kosong kekosongan",
    "population": "penduduk kependudukan", "civil registry": "disdukcapil kependudukan catatan sipil",
    "identity card": "KTP", "preparation": "persiapan", "prepared": "persiapan", "previously": "sebelumnya",
    "previous": "sebelumnya", "former": "sebelumnya mantan", "new": "baru", "replaced": "diganti ganti",
    "municipal police": "satpol pp", "public order": "satpol pp pamong praja", "planning": "perencanaan bappeda",
    "communication": "komunikasi kominfo", "information": "informasi", "statistics": "statistik",
    "personnel": "kepegawaian", "human resources": "sumber daya manusia", "reporters": "wartawan", "journalists": "wartawan",
    "promote": "promosi", "refresh": "penyegaran", "refreshment": "penyegaran", "replace": "ganti", "where": "di lokasi",
    "case": "kasus", "cases": "kasus", "patient": "pasien", "patients": "pasien", "hospital": "rumah sakit RSUD",
    "health": "kesehatan", "dengue": "demam berdarah DBD", "tuberculosis": "tuberkulosis TBC", "screening": "skrining",
    "school": "sekolah", "schools": "sekolah", "principal": "kepala sekolah", "principals": "kepala sekolah",
    "teacher": "guru", "teachers": "guru", "road": "jalan ruas", "roads": "jalan ruas", "bridge": "jembatan",
    "repair": "perbaikan", "revenue": "pendapatan", "spending": "belanja", "realised": "realisasi", "realized": "realisasi",
    "selection": "seleksi", "applicants": "pendaftar pelamar", "registrants": "pendaftar", "acting": "Plt pelaksana tugas",
    "how long": "lama selama", "when": "tanggal", "how many": "jumlah sebanyak", "total": "total jumlah",
}

_PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, EN_TO_ID), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def expand_query(question: str) -> str:
    """The question plus Indonesian equivalents of the English terms it uses."""
    extra = [EN_TO_ID[m.group(1).lower()] for m in _PATTERN.finditer(question)]
    return question if not extra else f"{question} {' '.join(extra)}"
