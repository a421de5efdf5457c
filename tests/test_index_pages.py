"""Reading a whole collection in pages: an unbounded get of ~100k records overflows Chroma's SQLite."""

import chromadb

import rag.index as index_module


def test_reading_all_records_crosses_page_boundaries_without_loss(tmp_path, monkeypatch):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=chromadb.Settings(anonymized_telemetry=False))
    collection = client.get_or_create_collection("pages")
    collection.add(
        ids=[f"c{i}" for i in range(12)],
        embeddings=[[float(i), 1.0] for i in range(12)],
        metadatas=[{"odd": i % 2} for i in range(12)],
        documents=[f"text {i}" for i in range(12)],
    )
    monkeypatch.setattr(index_module, "_PAGE", 5)
    everything = index_module._get_all(collection, None, ["metadatas"])
    assert sorted(everything["ids"]) == sorted(f"c{i}" for i in range(12))
    odd = index_module._get_all(collection, {"odd": 1}, ["metadatas", "documents"])
    assert len(odd["ids"]) == len(odd["documents"]) == 6
