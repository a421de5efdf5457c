import json
from datetime import date

import numpy as np
import pytest
from llama_index.core.schema import TextNode

from rag.index import Index
from rag.retrieve import Chunks, Filters, Retriever

from conftest import run_cli


@pytest.mark.parametrize(
    "question, expected",
    [
        ("How many officials did Tatu rotate in Dec 2018?", "000"),
        ("Berapa pejabat yang dirotasi Tatu pada Desember 2018?", "000"),
        ("Who did Tatu inaugurate in June 2019?", "001"),
        ("Who became head of Satpol PP, and what was his previous post?", "001"),
        ("How many officials did Kota Serang inaugurate at the market?", "004"),
        ("Which decree number was the basis of the February 2026 inauguration?", "003"),
        ("What did Bupati Zakiyah say about the planned reshuffle of echelon II?", "002"),
    ],
)
def test_cross_lingual_questions_retrieve_the_right_article_first(retriever, question, expected):
    passages = retriever.retrieve(question, top_k=5)
    assert passages[0].doc_id.startswith(expected), [p.doc_id for p in passages]


def test_names_and_numbers_are_found_by_bm25(retriever):
    for query, expected in (("Camat Petir", "001"), ("Nomor 81", "003"), ("Pasar Kepandean", "004")):
        passages = retriever.retrieve(query, top_k=3)
        assert passages[0].doc_id.startswith(expected)
        assert passages[0].signals.get("bm25_rank") == 1


def test_month_in_question_prefers_articles_dated_then(retriever):
    dec = retriever.retrieve("how many officials did Tatu inaugurate in December 2018", top_k=3)
    jun = retriever.retrieve("how many officials did Tatu inaugurate in June 2019", top_k=3)
    assert dec[0].doc_id.startswith("000") and dec[0].signals.get("date_match")
    assert jun[0].doc_id.startswith("001") and jun[0].signals.get("date_match")


def test_filters_restrict_government_and_date_range(retriever):
    kota = retriever.retrieve("pelantikan pejabat", top_k=10, filters=Filters(government="Kota Serang"))
    assert kota and {p.doc_id[:3] for p in kota} <= {"003", "004"}
    window = retriever.retrieve("pelantikan pejabat", top_k=10, filters=Filters(date_from=date(2019, 1, 1), date_to=date(2019, 12, 31)))
    assert window and {p.doc_id[:3] for p in window} == {"001"}
    assert retriever.retrieve("pelantikan", filters=Filters(date_from=date(2030, 1, 1))) == []


def test_dense_search_returns_the_exact_nearest_chunks_ties_in_chunk_order_within_the_filters():
    # E5's cosines crowd into a narrow band, where an approximate (HNSW) search skips neighbours:
    # a thousand chunks of near-equal direction, and the best 20 by cosine must all come back.
    rng = np.random.default_rng(7)
    base = rng.normal(size=384)
    vectors = (base + 0.35 * rng.normal(size=(1000, 384))).astype(np.float32)
    vectors[500] = vectors[400]  # a tie: the earlier chunk comes first
    nodes = [TextNode(text=f"chunk {i}", id_=f"n{i}", metadata={"doc_id": f"d{i // 10}", "position": i % 10}) for i in range(1000)]
    chunks = Chunks(nodes, vectors)
    query = vectors[400] + 0.01 * rng.normal(size=384)
    cosines = vectors @ query / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(query))
    found = chunks.dense(query.tolist(), k=20)
    assert [n.id_ for n, _ in found] == [f"n{i}" for i in np.argsort(-cosines, kind="stable")[:20]]
    assert [n.id_ for n, _ in found[:2]] == ["n400", "n500"]
    assert [round(s, 5) for _, s in found] == [round(float(c), 5) for c in sorted(cosines, reverse=True)[:20]]
    mask = np.array([i % 2 for i in range(1000)], dtype=np.float32)
    assert all(int(n.id_[1:]) % 2 for n, _ in chunks.dense(query.tolist(), k=20, mask=mask))


def test_the_same_question_retrieves_the_same_passages_in_every_process(seed_index):
    env = {"RAG_DATA_DIR": str(seed_index.settings.data_dir)}
    runs = [run_cli("search", "berapa pejabat yang dilantik pada Juni 2019", "--json", env=env) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr
    first, second = (json.loads(r.stdout)["passages"] for r in runs)
    assert [(p["id"], p["score"]) for p in first] == [(p["id"], p["score"]) for p in second]
    assert first[0]["source"].startswith("001")


def test_search_cli_prints_ranked_passages_as_json(seed_index):
    result = run_cli("search", "Camat Petir", "--json", env={"RAG_DATA_DIR": str(seed_index.settings.data_dir)})
    assert result.returncode == 0, result.stderr
    passages = json.loads(result.stdout)["passages"]
    assert passages[0]["source"].startswith("001") and passages[0]["date"] == "2019-06-14"
    assert all({"source", "date", "score", "text"} <= set(p) for p in passages)


def test_a_live_retriever_sees_articles_ingested_and_removed_through_another_index(make_settings, seed_copy, tmp_path):
    # The server's uploads and deletes go through their own Index; the retriever answering /ask
    # must notice without a restart (and without rescanning the registry on every query).
    settings = make_settings()
    Index(settings).ingest([seed_copy], progress=False)
    live = Retriever(Index(settings))
    question = "Siapa dilantik menjadi Kepala Dinas Perikanan Kabupaten Lebak?"
    assert all(p.doc_id != "new_lebak.txt" for p in live.retrieve(question))

    article = tmp_path / "new" / "new_lebak.txt"
    article.parent.mkdir()
    article.write_text(
        "Bupati Lebak Lantik Kepala Dinas Perikanan\n\nLEBAK, RMBANTEN.COM – Senin (2/3/2026), Bupati Lebak melantik "
        "Wiryawan Sutisna menjadi Kepala Dinas Perikanan Kabupaten Lebak di pendopo.",
        encoding="utf-8",
    )
    assert Index(settings).ingest([article.parent], progress=False).added == ["new_lebak.txt"]
    assert live.retrieve(question)[0].doc_id == "new_lebak.txt"

    Index(settings).remove("new_lebak.txt")
    assert all(p.doc_id != "new_lebak.txt" for p in live.retrieve(question))


def seeds_and(make_settings, seed_copy, articles: dict[str, str]) -> Retriever:
    """A retriever over a fresh index of the seeds and these articles (file name -> text)."""
    for name, text in articles.items():
        (seed_copy / name).write_text(text, encoding="utf-8")
    index = Index(make_settings())
    index.ingest([seed_copy], progress=False)
    return Retriever(index)


def test_a_government_the_question_names_is_resolved_against_what_the_index_holds(make_settings, seed_copy):
    retriever = seeds_and(
        make_settings, seed_copy,
        {"500_garut.txt": "GARUT – Bupati Garut Abdul Karim melantik 42 pejabat Pemkab Garut di Pendopo, Senin (2/3/2026). "
         "Pemerintah Kabupaten Garut menyebut pelantikan ini penyegaran."},
    )
    index = retriever.index

    assert "Kabupaten Garut" in index.governments() and "Kota Serang" in index.governments()
    assert retriever.parse("Berapa pejabat dilantik Bupati Garut bulan Maret 2026?").governments == ("Kabupaten Garut",)
    assert retriever.parse("How many officials did the Garut regency swear in?").governments == ("Kabupaten Garut",)
    assert retriever.parse("Berapa pejabat dilantik Pemkot Serang?").governments == ("Kota Serang",)
    assert retriever.parse("How many officials did Pemkot Cilegon inaugurate?").governments == ()  # not in the index
    top = retriever.retrieve("Berapa pejabat dilantik Bupati Garut bulan Maret 2026?")[0]
    assert top.doc_id == "500_garut.txt" and top.signals.get("government_match") and top.signals.get("date_match")


def test_another_governments_article_never_outranks_the_asked_ones_even_when_dated_in_the_period(make_settings, seed_copy):
    # A budget story is reported after the quarter it covers; a neighbour's story of the same month
    # matches the period and the words, but the rules would refuse anything cited from it.
    retriever = seeds_and(
        make_settings, seed_copy,
        {
            "600_subang_serapan.txt": "Serapan Belanja Subang Triwulan I Baru 11,2 Persen\n\n"
            "SUBANG – Realisasi belanja APBD Kabupaten Subang tahun 2026 hingga akhir Maret baru mencapai 11,2 persen, "
            "kata Sekda Subang dalam rapat evaluasi di Pemkab Subang, Kamis (9/4/2026). "
            "Bupati Subang meminta kepala OPD mempercepat lelang.",
            "601_bekasi_serapan.txt": "Realisasi Belanja APBD Kota Bekasi Capai 7,5 Persen\n\n"
            "BEKASI – Pemerintah Kota Bekasi mencatat realisasi belanja APBD 2026 hingga pertengahan Maret mencapai 7,5 persen, "
            "Senin (16/3/2026). Wali Kota Bekasi meminta realisasi belanja dipercepat.",
        },
    )
    for question in (
        "Sampai akhir Maret 2026, realisasi belanja APBD Kabupaten Subang baru berapa persen?",
        "As of the end of March 2026, what share of its budget had the Subang regency spent?",
    ):
        ranked = retriever.retrieve(question, top_k=10)
        assert ranked[0].doc_id == "600_subang_serapan.txt", [(p.doc_id, p.signals) for p in ranked]
        assert ranked[0].signals.get("date_match"), "reported in April about the end of March: of the period asked"
        others = [i for i, p in enumerate(ranked) if p.signals.get("other_government")]
        assert others and all(ranked[i].metadata["government"] != "Kabupaten Subang" for i in others)
        assert min(others) > max(i for i, p in enumerate(ranked) if p.metadata.get("government") == "Kabupaten Subang")


BRIDGE = """Bupati Cek Jembatan Cikaso, Progres Baru 70 Persen

GARUT - Bupati Garut meninjau pembangunan Jembatan Cikaso di Kecamatan Cibalong, Senin (7/12/2026).
""" + "\n".join(
    f"Warga Desa Cikaso ke-{n} menyampaikan bahwa jalan alternatif yang mereka lalui selama pembangunan rusak berat dan berlumpur saat hujan turun sepanjang sore hari."
    for n in range(1, 25)
) + """
Kepala Dinas PUPR Garut mengatakan masa pelaksanaan 150 hari kalender, sehingga kontrak berakhir 21 Desember 2026.
"""


def one_article(tmp_path, name: str, text: str) -> Retriever:
    """A retriever over an index of this one article alone."""
    from rag.settings import Settings

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / name).write_text(text)
    index = Index(Settings(data_dir=tmp_path / "data"))
    index.ingest([folder], reference=date(2026, 12, 8), progress=False)
    return Retriever(index)


def test_a_question_of_the_time_left_also_gets_the_chunk_that_sets_the_end(tmp_path):
    retriever = one_article(tmp_path, "garut-jembatan.txt", BRIDGE)

    question = "Saat bupati meninjau Jembatan Cikaso, tinggal berapa hari lagi?"
    passages = retriever.retrieve(question, top_k=1)
    assert any("kontrak berakhir 21 Desember 2026" in p.text for p in passages), [p.text[:80] for p in passages]
    # a question that asks no time left gets only what ranked
    assert len(retriever.retrieve("Saat bupati meninjau Jembatan Cikaso, apa keluhan warga?", top_k=1)) == 1


def test_a_question_of_how_long_also_gets_the_chunks_that_write_a_span_of_time(tmp_path):
    # the words that rank are the bridge's; the span ("150 hari kalender") sits in a chunk far down
    retriever = one_article(tmp_path, "garut-jembatan.txt", BRIDGE)

    question = "How long will the Cikaso bridge in Cibalong that the Garut regent inspected take to build?"
    passages = retriever.retrieve(question, top_k=1)
    assert "150 hari kalender" not in passages[0].text
    assert [p.signals for p in passages[1:]] == [{"writes_a_span": True}]
    assert "masa pelaksanaan 150 hari kalender" in passages[1].text
    # a question of no span of time gets only what ranked
    assert len(retriever.retrieve("Who inspected the Cikaso bridge in Cibalong?", top_k=1)) == 1


ROTATION = """Bupati Lantik 112 Pejabat, Dua Kepala Dinas Dirotasi

NGAMPRAH - Bupati Bandung Barat melantik 112 pejabat di Aula Gedung B, Rabu (13/5/2026).
Yusuf Hidayat, yang sebelumnya Kepala Dinas Perhubungan, kini menjabat Kepala Dinas Lingkungan Hidup (DLH).
""" + "\n".join(
    f"Pejabat administrator ke-{n} yang dilantik diminta segera menyesuaikan diri dengan tugas barunya dan menjaga netralitas selama tahun anggaran berjalan."
    for n in range(1, 25)
) + """
Kursi Kepala Dinas Perhubungan yang ditinggalkan Yusuf untuk sementara dipimpin Plt Saepul Anwar, Sekretaris Dinas Perhubungan.
"""


def test_a_person_named_in_lower_case_gets_the_chunk_naming_them_in_full(tmp_path):
    # news names a person in full once, then by one name: the chunk that ranks for "yusuf hidayat
    # ... dinas perhubungan" says only "ditinggalkan Yusuf", and what he now heads is further up
    retriever = one_article(tmp_path, "kbb-pelantikan.txt", ROTATION)

    question = "yusuf hidayat yg ninggalin kursi kadis perhubungan skrg jabatannya apa?"
    ranked = retriever.retrieve(question, top_k=1)
    assert "ditinggalkan Yusuf" in ranked[0].text and "Yusuf Hidayat" not in ranked[0].text
    facts = retriever.parse(question).with_people_from(retriever.index.text(ranked[0].doc_id))
    assert facts.persons == ("Yusuf Hidayat",)
    added = retriever.naming(ranked, facts.persons)
    assert [p.signals for p in added] == [{"names_the_person": True}]
    assert "kini menjabat Kepala Dinas Lingkungan Hidup" in added[0].text
    # named in full by a chunk that ranked: nothing is added
    assert retriever.naming(ranked + added, facts.persons) == []
