import json
from pathlib import Path

import pytest

from rag.index import Index

from conftest import REFERENCE_DATE, run_cli


def _ingest(index: Index, *paths: Path, prune: bool = False):
    return index.ingest(list(paths), prune=prune, reference=REFERENCE_DATE, progress=False)


def test_second_ingest_of_the_same_files_changes_nothing(make_settings, seed_copy):
    index = Index(make_settings())
    first = _ingest(index, seed_copy)
    ids_before = sorted(index.chunks.get()["ids"])

    second = _ingest(index, seed_copy)

    assert len(first.added) == 5 and first.chunks > 5
    assert second.added == [] and second.updated == [] and second.removed == []
    assert len(second.unchanged) == 5
    assert sorted(index.chunks.get()["ids"]) == ids_before


def test_cli_ingest_twice_reports_no_changes_and_same_chunk_count(make_settings, seed_copy, tmp_path):
    env = {"RAG_DATA_DIR": str(tmp_path / "cli-data")}
    first = run_cli("ingest", str(seed_copy), "--json", env=env)
    second = run_cli("ingest", str(seed_copy), "--json", env=env)
    assert first.returncode == 0, first.stderr
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert len(one["added"]) == 5
    assert two["added"] == [] and two["updated"] == [] and two["removed"] == []
    assert two["chunks"] == one["chunks"]


def test_changed_file_replaces_its_old_chunks(make_settings, seed_copy):
    index = Index(make_settings())
    _ingest(index, seed_copy)
    total_before = index.chunk_count()
    path = next(seed_copy.glob("000_*.txt"))
    path.write_text(path.read_text(encoding="utf-8").replace("107 pejabat", "108 pejabat"), encoding="utf-8")

    report = _ingest(index, seed_copy)

    assert report.updated == [path.name]
    texts = [n.text for n in index.nodes(where={"doc_id": path.name})]
    assert any("108 pejabat" in t for t in texts) and not any("107 pejabat" in t for t in texts)
    assert index.chunk_count() == total_before
    assert {m["doc_hash"] for m in index.chunks.get(where={"doc_id": path.name})["metadatas"]} == {
        index.document(path.name)["doc_hash"]
    }


def test_prune_drops_documents_whose_files_are_gone(make_settings, seed_copy):
    index = Index(make_settings())
    _ingest(index, seed_copy)
    gone = next(seed_copy.glob("002_*.txt"))
    gone.unlink()

    without_prune = _ingest(index, seed_copy)
    assert without_prune.removed == [] and index.document(gone.name) is not None

    report = _ingest(index, seed_copy, prune=True)
    assert report.removed == [gone.name]
    assert index.document(gone.name) is None
    assert index.chunks.get(where={"doc_id": gone.name})["ids"] == []
    assert index.document_count() == 4


def test_crash_mid_ingest_leaves_previous_index_usable_and_next_run_repairs(make_settings, seed_copy, monkeypatch):
    index = Index(make_settings())
    _ingest(index, seed_copy)
    good_ids = sorted(index.chunks.get()["ids"])
    for path in seed_copy.glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + "\nTambahan paragraf baru untuk pembaruan.", encoding="utf-8")

    # Fault injection at the library boundary: Chroma dies after the first document's new chunks land.
    calls = {"n": 0}
    real_upsert = index.registry.upsert

    def dying_upsert(*args, **kwargs):
        calls["n"] += 1
        raise RuntimeError("simulated crash (power loss) before the commit point")

    monkeypatch.setattr(index.registry, "upsert", dying_upsert)
    with pytest.raises(RuntimeError):
        _ingest(index, seed_copy)
    monkeypatch.setattr(index.registry, "upsert", real_upsert)

    # The previous state is intact: every committed document still has exactly its old chunks.
    fresh = Index(index.settings)
    assert fresh.document_count() == 5
    for record in fresh.documents():
        assert len([c for c in good_ids if c.startswith(record["doc_id"])]) == record["chunks"]

    report = _ingest(fresh, seed_copy)
    assert len(report.updated) == 5
    hashes = {r["doc_id"]: r["doc_hash"] for r in fresh.documents()}
    for meta in fresh.chunks.get()["metadatas"]:
        assert meta["doc_hash"] == hashes[meta["doc_id"]]
    assert fresh.chunk_count() == sum(r["chunks"] for r in fresh.documents())


def test_missing_path_is_a_clear_cli_error(tmp_path):
    result = run_cli("ingest", str(tmp_path / "nope"), env={"RAG_DATA_DIR": str(tmp_path / "d")})
    assert result.returncode != 0
    assert "no such file or folder" in result.stderr
