"""Chunk, embed and store articles in Chroma, incrementally and crash-safely.

Chroma holds three collections: the chunks (via llama-index's ChromaVectorStore), the article
sentences with their own vectors (an answer's context is chosen sentence by sentence), and a
registry of documents, one record per article, holding its content hash and cleaned text. The registry record
is the commit point of an ingest: chunks are written first, the record second, stale chunks
removed last. Anything a crash leaves behind is either the previous, still complete state or
garbage that the next ingest collects. Because the registry lives in Chroma, a Chroma server
shared by several machines needs no local manifest.
"""

from __future__ import annotations

import hashlib
import uuid
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import chromadb
from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.schema import Document, MetadataMode, TextNode
from llama_index.core.vector_stores.utils import metadata_dict_to_node
from llama_index.vector_stores.chroma import ChromaVectorStore
from tqdm import tqdm

from rag.corpus import Article, load_articles
from rag.dates import format_date
from rag.embeddings import load_embedder
from rag.settings import Settings
from rag.text import sentence_spans

log = logging.getLogger(__name__)

# Bump when cleaning or chunking changes meaning, so every document is re-indexed once.
PIPELINE_VERSION = "3"
_EMBED_KEYS = ("title", "date_text")
_PAGE = 5000


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "chunks": self.chunks,
        }


def chroma_client(settings: Settings) -> chromadb.ClientAPI:
    """Embedded on-disk Chroma by default; a Chroma server when RAG_CHROMA_HOST is set."""
    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.chroma_host:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def index_fingerprint(settings: Settings) -> str:
    """What, besides the article bytes, decides the chunks: changing any of it re-indexes everything."""
    parts = [PIPELINE_VERSION, settings.embed_model, str(settings.chunk_size), str(settings.chunk_overlap)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


class Index:
    """The article index: the only module that writes to Chroma."""

    def __init__(self, settings: Settings, client: chromadb.ClientAPI | None = None) -> None:
        self.settings = settings
        self.client = client or chroma_client(settings)
        self.chunks = self.client.get_or_create_collection(settings.collection, metadata={"hnsw:space": "cosine"})
        self.registry = self.client.get_or_create_collection(f"{settings.collection}__documents")
        self.sentences = self.client.get_or_create_collection(f"{settings.collection}__sentences", metadata={"hnsw:space": "cosine"})
        self.store = ChromaVectorStore(chroma_collection=self.chunks)
        self.splitter = SentenceSplitter(
            chunk_size=settings.chunk_size, chunk_overlap=settings.chunk_overlap, paragraph_separator="\n\n"
        )
        self.fingerprint = index_fingerprint(settings)

    @property
    def embedder(self):
        return load_embedder(self.settings.embed_model)

    # ---- reading -------------------------------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        """Registry records (metadata only), sorted by document id."""
        got = _get_all(self.registry, None, ["metadatas"])
        return sorted((dict(m) for m in got["metadatas"]), key=lambda m: m["doc_id"])

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document's record, cleaned text and chunks, or None when unknown."""
        got = self.registry.get(ids=[doc_id], include=["metadatas", "documents"])
        if not got["ids"]:
            return None
        record = dict(got["metadatas"][0])
        record["text"] = got["documents"][0]
        record["chunks"] = [
            {"id": node.node_id, "text": node.get_content()} for node in self.nodes(where={"doc_id": doc_id})
        ]
        return record

    def text(self, doc_id: str) -> str | None:
        """One document's cleaned text (without fetching its chunks), or None when unknown."""
        got = self.registry.get(ids=[doc_id], include=["documents"])
        return got["documents"][0] if got["ids"] else None

    def nodes(self, where: dict[str, Any] | None = None) -> list[TextNode]:
        """Chunks as llama-index nodes, in document then position order (BM25 is built from these)."""
        got = _get_all(self.chunks, where, ["metadatas", "documents"])
        nodes = []
        for node_id, meta, text in zip(got["ids"], got["metadatas"], got["documents"]):
            node = metadata_dict_to_node(meta, text)
            node.id_ = node_id
            nodes.append(node)
        return sorted(nodes, key=lambda n: (n.metadata.get("doc_id", ""), n.metadata.get("position", 0)))

    def sentence_records(self, doc_id: str, positions: Iterable[int], with_vectors: bool = False) -> dict[int, dict[str, Any]]:
        """Sentences of one indexed article by position: {"text", "vector"?}. What a chunk covers is
        in its metadata (`sentence_from`, `sentence_to`)."""
        got = self.sentences.get(
            where={"$and": [{"doc_id": doc_id}, {"position": {"$in": sorted(set(positions))}}]},
            include=["documents", "metadatas", "embeddings"] if with_vectors else ["documents", "metadatas"],
        )
        vectors = got.get("embeddings") if with_vectors else None
        return {
            meta["position"]: {"text": text, **({"vector": vectors[i]} if vectors is not None else {})}
            for i, (meta, text) in enumerate(zip(got["metadatas"], got["documents"]))
        }

    def chunk_count(self) -> int:
        return self.chunks.count()

    def revision(self) -> str | None:
        """A stamp that changes whenever any document is written or removed, by any process (it
        lives in Chroma): readers such as the BM25 view compare it instead of scanning the registry."""
        metadata = self.client.get_collection(self.registry.name).metadata or {}
        return metadata.get("revision")

    def _bump_revision(self) -> None:
        self.registry.modify(metadata={"revision": uuid.uuid4().hex})

    def document_count(self) -> int:
        return self.registry.count()

    def governments(self) -> list[str]:
        """Every government an indexed article names (what a question's cues resolve against),
        read once per index revision."""
        revision = self.revision()
        if getattr(self, "_governments", (None, None))[0] != revision or revision is None:
            names = {g for record in self.documents() for g in (record.get("governments") or "").split("|") if g}
            self._governments = (revision, sorted(names))
        return self._governments[1]

    # ---- writing -------------------------------------------------------------------------

    def chunk(self, article: Article) -> list[TextNode]:
        """Sentence-aware chunks carrying the article's metadata; title and date are embedded too,
        so "Desember 2018" or a headline word can pull the right passage."""
        meta = article.metadata()
        if article.date:
            meta["date_text"] = format_date(article.date.value, "id")
        meta["fingerprint"] = self.fingerprint
        doc = Document(
            text=article.text,
            id_=article.doc_id,
            metadata=meta,
            excluded_embed_metadata_keys=[k for k in meta if k not in _EMBED_KEYS],
            excluded_llm_metadata_keys=list(meta),
        )
        nodes = self.splitter.get_nodes_from_documents([doc])
        spans = sentence_spans(article.text)
        for position, node in enumerate(nodes):
            node.id_ = f"{article.doc_id}#{article.content_hash[:10]}{self.fingerprint[:6]}#{position}"
            node.metadata["position"] = position
            start = node.start_char_idx if node.start_char_idx is not None else article.text.find(node.get_content())
            end = node.end_char_idx if node.end_char_idx is not None else start + len(node.get_content())
            covered = [i for i, (a, b) in enumerate(spans) if a < end and start < b] or [0]
            node.metadata["sentence_from"], node.metadata["sentence_to"] = covered[0], covered[-1]
            node.excluded_embed_metadata_keys = doc.excluded_embed_metadata_keys + ["position", "sentence_from", "sentence_to"]
            node.excluded_llm_metadata_keys = doc.excluded_llm_metadata_keys + ["position", "sentence_from", "sentence_to"]
        texts = [n.get_content(metadata_mode=MetadataMode.EMBED) for n in nodes]
        for node, vector in zip(nodes, self.embedder.get_text_embedding_batch(texts)):
            node.embedding = vector
        return nodes

    def registry_record(self, article: Article, chunks: int) -> dict[str, Any]:
        """The registry's metadata for one article: what /documents lists and ingest compares."""
        record = dict(article.metadata())
        record.update(
            fingerprint=self.fingerprint,
            chunks=chunks,
            path=str(article.path.resolve()) if article.path else "",
            removed_lines=article.removed_lines,
            duplicate_paragraphs=article.duplicate_paragraphs,
        )
        return record

    def _sentence_rows(self, article: Article) -> dict[str, list]:
        """The article's sentences, embedded one by one, as rows of the sentences collection."""
        texts = [" ".join(article.text[a:b].split()) for a, b in sentence_spans(article.text)]
        key = f"{article.doc_id}#{article.content_hash[:10]}{self.fingerprint[:6]}"
        meta = {"doc_id": article.doc_id, "doc_hash": article.content_hash, "fingerprint": self.fingerprint}
        return {
            "ids": [f"{key}~{i}" for i in range(len(texts))],
            "documents": texts,
            "metadatas": [{**meta, "position": i} for i in range(len(texts))],
            "embeddings": self.embedder.get_text_embedding_batch(texts) if texts else [],
        }

    def _commit(self, article: Article, nodes: list[TextNode]) -> None:
        rows = self._sentence_rows(article)
        if rows["ids"]:
            self.sentences.upsert(**rows)
        if nodes:
            self.store.add(nodes)
        record = self.registry_record(article, len(nodes))
        self.registry.upsert(ids=[article.doc_id], metadatas=[record], documents=[article.text], embeddings=[[0.0]])
        self._bump_revision()
        self._drop_stale_chunks(article.doc_id, article.content_hash)

    def _drop_stale_chunks(self, doc_id: str, keep_hash: str) -> None:
        stale = {"$and": [{"doc_id": doc_id}, {"$or": [{"doc_hash": {"$ne": keep_hash}}, {"fingerprint": {"$ne": self.fingerprint}}]}]}
        self.chunks.delete(where=stale)
        self.sentences.delete(where=stale)

    def collect_garbage(self) -> int:
        """Delete chunks no registry record vouches for: what an interrupted ingest left behind."""
        records = {m["doc_id"]: m for m in self.documents()}
        collected = 0
        for collection in (self.chunks, self.sentences):
            got = _get_all(collection, None, ["metadatas"])
            orphans = [
                cid
                for cid, meta in zip(got["ids"], got["metadatas"])
                if (rec := records.get(meta.get("doc_id"))) is None
                or meta.get("doc_hash") != rec.get("doc_hash")
                or meta.get("fingerprint") != rec.get("fingerprint")
            ]
            for start in range(0, len(orphans), 5000):
                collection.delete(ids=orphans[start : start + 5000])
            collected += len(orphans)
        if collected:
            self._bump_revision()
        return collected

    def remove(self, doc_id: str) -> bool:
        """Forget a document: registry record first, so a crash midway leaves only collectable chunks."""
        if not self.registry.get(ids=[doc_id])["ids"]:
            return False
        self.registry.delete(ids=[doc_id])
        self._bump_revision()
        self.chunks.delete(where={"doc_id": doc_id})
        self.sentences.delete(where={"doc_id": doc_id})
        return True

    def add_article(self, article: Article) -> str:
        """Index one article; returns 'added', 'updated' or 'unchanged'."""
        existing = self.registry.get(ids=[article.doc_id], include=["metadatas"])
        if existing["ids"]:
            meta = existing["metadatas"][0]
            if meta.get("doc_hash") == article.content_hash and meta.get("fingerprint") == self.fingerprint:
                return "unchanged"
        self._commit(article, self.chunk(article))
        return "updated" if existing["ids"] else "added"

    def ingest(self, paths: Iterable[Path], prune: bool = False, reference: date | None = None, progress: bool = True) -> IngestReport:
        """Bring the index in line with the given files. Safe to re-run; a crash loses no committed document."""
        report = IngestReport()
        self.collect_garbage()
        loaded = load_articles(list(paths), self.settings.max_file_bytes, reference)
        report.skipped = [(str(p), reason) for p, reason in loaded.skipped]
        bar = tqdm(loaded.articles, desc="ingest", unit="doc", disable=not progress)
        for article in bar:
            bar.set_postfix_str(article.doc_id[:24])
            outcome = self.add_article(article)
            getattr(report, outcome).append(article.doc_id)
        if prune:
            for record in self.documents():
                if not record.get("path") or not Path(record["path"]).exists():
                    self.remove(record["doc_id"])
                    report.removed.append(record["doc_id"])
        report.chunks = self.chunk_count()
        return report


def _get_all(collection: chromadb.Collection, where: dict[str, Any] | None, include: list[str]) -> dict[str, list]:
    """collection.get in pages: one unbounded get of ~100k records overflows SQLite's variable
    limit inside Chroma ("too many SQL variables", found by the 100k-chunk benchmark)."""
    out: dict[str, list] = {"ids": [], **{key: [] for key in include}}
    offset = 0
    while True:
        page = collection.get(where=where, include=include, limit=_PAGE, offset=offset)
        out["ids"] += page["ids"]
        for key in include:
            out[key] += page[key]
        if len(page["ids"]) < _PAGE:
            return out
        offset += _PAGE
