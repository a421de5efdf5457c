"""Deterministic synthetic news articles about official rotations elsewhere in Indonesia.

Benchmarks need a corpus far larger than the five seeds, and one that makes retrieval harder the
way a real archive would: many near-identical stories ("Bupati X melantik 123 pejabat ...") about
other regions, other heads of government, other numbers and other dates. None mentions a seed region, so
they are distractors, never contradictions of the seed facts. Each article is shaped like a seed:
headline, "CITY, OUTLET –" dateline, a weekday dateline "Kamis (13/12/2018)" whose weekday is
right (rag.dates checks it), quotes, named positions, an author tag. Same seed, same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
KABUPATEN = (
    "Pandeglang Lebak Tangerang Bogor Bekasi Garut Cianjur Sukabumi Karawang Purwakarta Subang Indramayu Cirebon Kuningan "
    "Majalengka Tasikmalaya Ciamis Banyumas Cilacap Kebumen Klaten Sragen Boyolali Kendal Batang Pekalongan Brebes Jepara "
    "Kudus Pati Rembang Blora Grobogan Demak Sleman Bantul Malang Kediri Blitar Jember Banyuwangi Sidoarjo Gresik Lamongan "
    "Tuban Bojonegoro Magetan Ngawi Ponorogo Pacitan Lumajang Jombang Nganjuk Tulungagung Trenggalek Lombok_Timur Bone Gowa"
).split()
KOTA = (
    "Cilegon Tangerang Tangerang_Selatan Bandung Bogor Depok Bekasi Sukabumi Cirebon Tasikmalaya Banjar Cimahi Surakarta "
    "Magelang Salatiga Tegal Yogyakarta Batu Madiun Mojokerto Pasuruan Probolinggo Surabaya Padang Medan Palembang Makassar "
    "Manado Pontianak Balikpapan Samarinda Jambi Bengkulu Mataram Kupang"
).split()
FIRST = (
    "Ahmad Budi Dedi Eko Hendra Iwan Joko Rudi Agus Asep Dadang Yayan Ujang Siti Dewi Ratna Nurul Rina Sri Wahyu Teguh Bambang "
    "Slamet Heru Irfan Fajar Rizky Andi Taufik Zainal Endang Cecep Nining Lilis Tuti Yusuf Hasan Maman Dodi Wawan Anisa Evi"
).split()
LAST = (
    "Hidayat Saputra Santoso Wibowo Setiawan Gunawan Kurniawan Pratama Nugroho Susanto Rahman Hakim Permana Suryana Maulana "
    "Firmansyah Hermawan Sudrajat Mulyana Supriyadi Rusdi Sumantri Hasibuan Siregar Lubis Wijaya Haryanto Syarifudin Effendi"
).split()
KECAMATAN = "Sukamaju Cibeber Karangtengah Sumberjaya Mekarsari Tanjungsari Cikupa Bojongsari Sindangbarang Wanasari Kedungjaya Pagerageung".split()
DINAS = [
    "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang (DPUPR)", "Dinas Sosial",
    "Badan Perencanaan Pembangunan Daerah (Bappeda)", "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)",
    "Satuan Polisi Pamong Praja (Satpol PP)", "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Badan Pendapatan Daerah (Bapenda)",
    "Dinas Komunikasi dan Informatika (Diskominfo)", "Dinas Pemberdayaan Masyarakat dan Desa (DPMD)", "Inspektorat",
]
OUTLETS = ["BANTENNEWS.CO.ID", "JABARTODAY.COM", "KABARDAERAH.CO.ID", "WARTAPEMDA.COM", "RADARNUSANTARA.ID", None]
START, SPAN_DAYS = date(2015, 1, 1), (date(2026, 10, 31) - date(2015, 1, 1)).days


@dataclass
class _Facts:
    """Everything one article states, drawn once so every paragraph agrees with the others."""

    region: str
    is_kota: bool
    head: str
    deputy: str
    sekda: str
    bkpsdm: str
    when: date
    pratama: int
    administrator: int
    pengawas: int
    camat: int
    lurah: int
    decree: int
    vacant: int
    assessed: int
    outlet: str | None

    @property
    def head_title(self) -> str:
        return "Wali Kota" if self.is_kota else "Bupati"

    @property
    def gov(self) -> str:
        return f"Pemkot {self.region}" if self.is_kota else f"Pemkab {self.region}"

    @property
    def gov_long(self) -> str:
        return f"Pemerintah {'Kota' if self.is_kota else 'Kabupaten'} {self.region}"

    @property
    def total(self) -> int:
        return self.pratama + self.administrator + self.pengawas

    @property
    def short(self) -> str:
        return self.head.split()[0]

    @property
    def dateline(self) -> str:
        d = self.when
        return f"{WEEKDAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _facts(rng: random.Random) -> _Facts:
    is_kota = rng.random() < 0.4
    region = rng.choice(KOTA if is_kota else KABUPATEN).replace("_", " ")
    return _Facts(
        region=region, is_kota=is_kota, head=_name(rng), deputy=_name(rng), sekda=_name(rng), bkpsdm=_name(rng),
        when=START + timedelta(days=rng.randrange(SPAN_DAYS)),
        pratama=rng.randint(1, 12), administrator=rng.randint(3, 70), pengawas=rng.randint(5, 220),
        camat=rng.randint(1, 14), lurah=rng.randint(0, 20) if is_kota else 0,
        decree=rng.randint(5, 900), vacant=rng.randint(1, 25), assessed=rng.randint(80, 1500), outlet=rng.choice(OUTLETS),
    )


def _headline(f: _Facts, rng: random.Random) -> str:
    return rng.choice([
        f"{f.gov} Rotasi {f.total} Pejabat, {f.camat} Camat Berganti",
        f"{f.head_title} {f.head} Lantik {f.total} Pejabat Eselon II, III dan IV",
        f"Mutasi di {f.gov}, {f.total} ASN Dilantik",
        f"{f.pengawas} Pejabat Pengawas {f.gov} Dilantik",
        f"Pejabat Baru {f.gov} Diminta Kerja Cepat",
        f"{f.gov} Kocok Ulang Pejabat Jelang Akhir Tahun {f.when.year}",
    ])


def _lead(f: _Facts, rng: random.Random) -> str:
    place = f.region.upper() + (f", {f.outlet}" if f.outlet else "")
    venue = rng.choice([f"Pendopo {f.head_title} {f.region}", f"Aula Setda {f.region}", f"Gedung Serbaguna {f.gov}", f"Alun-alun {f.region}"])
    return (
        f"{place} {rng.choice(['–', '-', '—'])} {f.head_title} {f.region} {f.head} melantik sebanyak {f.total} pejabat di "
        f"lingkungan {f.gov_long} di {venue}, {f.dateline}. Mereka terdiri dari {f.pratama} pejabat pimpinan tinggi pratama "
        f"(eselon II), {f.administrator} pejabat administrator (eselon III) dan {f.pengawas} pejabat pengawas (eselon IV)."
    )


def _paragraphs(f: _Facts, rng: random.Random) -> list[str]:
    """The body pool; the article uses a random subset, so lengths and wording vary."""
    kec = rng.sample(KECAMATAN, 2)
    dinas = rng.sample(DINAS, 3)
    people = [_name(rng) for _ in range(4)]
    pool = [
        f"Pelantikan tersebut berdasarkan Keputusan {f.head_title} {f.region} Nomor {f.decree} Tahun {f.when.year} tentang "
        "pengangkatan dalam jabatan pimpinan tinggi pratama, administrator dan pengawas.",
        f"Dalam rotasi kali ini, {f.camat} camat ikut bergeser. Salah satunya {people[0]} yang sebelumnya menjabat Camat "
        f"{kec[0]} kini dipercaya sebagai Kepala {dinas[0]}, sedangkan posisinya diisi {people[1]}, sebelumnya Sekretaris Camat {kec[1]}.",
        f"Beberapa pejabat yang dilantik antara lain {people[2]} sebagai Kepala {dinas[1]} dan {people[3]} sebagai Sekretaris "
        f"{dinas[2]}. Keduanya sebelumnya menjabat sebagai pelaksana tugas.",
        f"“Rotasi ini bagian dari penyegaran organisasi. Saya minta pejabat yang baru dilantik segera menyesuaikan diri dan "
        f"bekerja lebih cepat melayani masyarakat,” kata {f.short}.",
        f"“Kami akan evaluasi dalam {rng.choice([3, 6, 12])} bulan. Kalau kinerjanya tidak sesuai target, tentu akan ada "
        "penyesuaian lagi. Jabatan itu amanah, bukan hadiah,” ujarnya.",
        f"Sementara itu, Sekretaris Daerah (Sekda) {f.region} {f.sekda} mengatakan, pengisian jabatan dilakukan melalui "
        "mekanisme manajemen talenta dan sudah mendapat pertimbangan teknis dari Badan Kepegawaian Negara (BKN).",
        f"Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) {f.region}, {f.bkpsdm}, menyebutkan masih "
        f"ada {f.vacant} jabatan yang kosong dan akan diisi melalui seleksi terbuka atau open bidding.",
        f"Turut hadir Wakil {f.head_title} {f.region} {f.deputy}, unsur Forkopimda dan para kepala organisasi perangkat daerah (OPD).",
        f"Menurut {f.short}, mutasi dan rotasi merupakan hal biasa dalam organisasi. Penempatan pejabat mempertimbangkan "
        f"kompetensi, rekam jejak dan hasil asesmen terhadap {f.assessed} aparatur sipil negara (ASN).",
        f"Usai pelantikan, para pejabat menandatangani pakta integritas. {f.short} mengingatkan agar tidak ada praktik jual "
        f"beli jabatan di lingkungan {f.gov}.",
        f"“Jangan ada lagi alasan baru beradaptasi. Masyarakat menunggu kerja nyata,” tegas {f.short} usai pelantikan, {f.dateline}.",
        f"Ia juga menyoroti serapan anggaran {f.gov} yang baru mencapai {rng.randint(35, 92)} persen hingga akhir "
        f"{MONTHS[(f.when.month - 2) % 12]}. Kepala OPD dengan serapan rendah akan dipanggil satu per satu.",
    ]
    if f.lurah:
        pool.append(f"Selain camat, sebanyak {f.lurah} lurah juga dirotasi untuk penyegaran pelayanan di tingkat kelurahan.")
    return pool


def _article(rng: random.Random) -> str:
    f = _facts(rng)
    pool = _paragraphs(f, rng)
    body = rng.sample(pool, rng.randint(3, 6))
    tag = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))
    return "\n".join([_headline(f, rng), _lead(f, rng), *body]) + f" ({tag})\n"


def generate(n_articles: int, seed: int) -> Iterator[tuple[str, str]]:
    """(file_name, text) for n articles; a private Random(seed), so the output depends on nothing else.

    Article i is the same for any n > i, so a larger corpus extends a smaller one with the same seed.
    """
    rng = random.Random(seed)
    for i in range(n_articles):
        yield f"syn_{i:06d}.txt", _article(rng)


def write_corpus(directory: Path, n_articles: int, seed: int) -> list[Path]:
    """Write the articles as UTF-8 files under directory (created if needed); returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n_articles, seed):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
