"""Chunk, embed and store articles in Chroma, incrementally and crash-safely.

Chroma holds three collections: the chunks (via llama-index's ChromaVectorStore), the article
sentences with their own vectors (an answer's context is chosen sentence by sentence), and a
registry of documents, one record per article, holding its content hash and cleaned text. The registry record
is the commit point of an ingest: chunks are written first, the record second, stale chunks
removed last. Anything a crash leaves behind is either the previous, still complete state or
garbage that the next ingest collects. Because the registry lives in Chroma, a Chroma server
shared by several machines needs no local manifest.

One writer per document at a time (a lock file per document id under data_dir/locks, held by
ingest, uploads and deletes alike), and a document whose chunks or sentences disagree with its
registry record (what a raced or interrupted write leaves) is rebuilt from the record's own text
by `repair`, at every ingest, every upload of it and every server start. Uploads (`upload`,
`delete_upload`) are documents of their own kind: the registry records who uploaded them, they
never replace or delete a document `rag ingest` manages, and they replace an upload only when
asked to, by the key that made it.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import chromadb
import numpy as np
from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.schema import Document, MetadataMode, TextNode
from llama_index.core.vector_stores.utils import metadata_dict_to_node
from llama_index.vector_stores.chroma import ChromaVectorStore
from tqdm import tqdm

from rag.corpus import Article, SkippedFile, load_articles, read_article
from rag.dates import ParsedDate, format_date
from rag.embeddings import load_embedder
from rag.errors import BadInput, Conflict, Forbidden, NotFound, TooLarge, Unavailable, Unsupported
from rag.settings import Settings
from rag.text import sentence_spans

log = logging.getLogger(__name__)

# Bump when cleaning or chunking changes meaning, so every document is re-indexed once.
PIPELINE_VERSION = "14"
_EMBED_KEYS = ("title", "date_text")
_PAGE = 5000
UPLOAD_NAME = re.compile(r"^[\w][\w.-]{0,150}\.(txt|md)$")
WRITER_WAIT_S = 30.0  # how long an upload or delete waits for another writer of the same document
_held = threading.local()  # the writer locks this thread holds: `Index.writing` is re-entrant


def key_owner(key: bytes) -> str:
    """Who uploaded a document, as the registry records it: a digest of the API key, never the key."""
    return hashlib.sha256(b"rag-upload-owner:" + key).hexdigest()[:24]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    chunks: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "repaired": self.repaired,
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
        return self._nodes(where, with_vectors=False)[0]

    def nodes_and_vectors(self) -> tuple[list[TextNode], np.ndarray]:
        """Every chunk, in `nodes()` order, and its stored embedding as one float32 row each:
        what exact dense search reads (`retrieve.Chunks`)."""
        return self._nodes(None, with_vectors=True)

    def _nodes(self, where: dict[str, Any] | None, with_vectors: bool) -> tuple[list[TextNode], np.ndarray]:
        got = _get_all(self.chunks, where, ["metadatas", "documents", "embeddings"] if with_vectors else ["metadatas", "documents"])
        nodes = []
        for node_id, meta, text in zip(got["ids"], got["metadatas"], got["documents"]):
            node = metadata_dict_to_node(meta, text)
            node.id_ = node_id
            nodes.append(node)
        order = sorted(range(len(nodes)), key=lambda i: (nodes[i].metadata.get("doc_id", ""), nodes[i].metadata.get("position", 0)))
        vectors = np.asarray(got["embeddings"], dtype=np.float32)[order] if with_vectors and order else np.zeros((0, 0), np.float32)
        return [nodes[i] for i in order], vectors

    def sentence_records(
        self, doc_id: str, positions: Iterable[int], with_vectors: bool = False, doc_hash: str | None = None
    ) -> dict[int, dict[str, Any]]:
        """Sentences of one indexed article by position: {"text", "vector"?}. What a chunk covers is
        in its metadata (`sentence_from`, `sentence_to`); `doc_hash` (the chunk's) keeps to that
        version of the article while a replacement is being written."""
        where: list[dict[str, Any]] = [{"doc_id": doc_id}, {"position": {"$in": sorted(set(positions))}}]
        got = self.sentences.get(
            where={"$and": where + ([{"doc_hash": doc_hash}] if doc_hash else [])},
            include=["documents", "metadatas", "embeddings"] if with_vectors else ["documents", "metadatas"],
        )
        vectors = got.get("embeddings") if with_vectors else None
        return {
            meta["position"]: {"text": text, **({"vector": vectors[i]} if vectors is not None else {})}
            for i, (meta, text) in enumerate(zip(got["metadatas"], got["documents"]))
        }

    def chunk_count(self) -> int:
        return self.chunks.count()

    def committed(self) -> dict[str, tuple]:
        """{doc_id: (doc_hash, fingerprint)} of every committed registry record: the version of each
        document readers may serve (see Retriever.is_committed)."""
        return {m["doc_id"]: (m.get("doc_hash"), m.get("fingerprint")) for m in self.documents()}

    def revision(self) -> str | None:
        """A stamp that changes whenever any document is written or removed, by any process (it
        lives in Chroma): readers such as the BM25 view compare it instead of scanning the registry."""
        metadata = self.client.get_collection(self.registry.name).metadata or {}
        return metadata.get("revision")

    def _bump_revision(self) -> None:
        self.registry.modify(metadata={"revision": uuid.uuid4().hex})

    def document_count(self) -> int:
        return self.registry.count()

    def _facts(self) -> tuple[list[str], list[tuple[str, str]]]:
        """What questions are read against, from one read of the registry per index revision:
        every government an article names, and each dated article's (date, government)."""
        revision = self.revision()
        if getattr(self, "_question_facts", (None, None))[0] != revision or revision is None:
            records = self.documents()
            names = {g for record in records for g in (record.get("governments") or "").split("|") if g}
            dated = [(r["date"], r.get("government") or "") for r in records if r.get("date")]
            self._question_facts = (revision, (sorted(names), dated))
        return self._question_facts[1]

    def governments(self) -> list[str]:
        """Every government an indexed article names (what a question's cues resolve against),
        read once per index revision."""
        return self._facts()[0]

    def dated(self) -> list[tuple[str, str]]:
        """(date, government) of every dated article, read once per index revision: what gives a
        month a question names without a year its year."""
        return self._facts()[1]

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

    def registry_record(
        self, article: Article, chunks: int, sentences: int | None = None, origin: str | None = None, owner: str | None = None
    ) -> dict[str, Any]:
        """The registry's metadata for one article: what /documents lists and ingest compares.
        `sentences` (rows in the sentences collection) lets `repair` check those too; `origin` is
        "ingest" or "upload", `owner` an upload's `key_owner`."""
        record = dict(article.metadata())
        record.update(
            fingerprint=self.fingerprint,
            chunks=chunks,
            path=str(article.path.resolve()) if article.path else "",
            removed_lines=article.removed_lines,
            duplicate_paragraphs=article.duplicate_paragraphs,
        )
        extra = {"sentences": sentences, "origin": origin, "owner": owner}
        record.update({k: v for k, v in extra.items() if v is not None})
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

    def _commit(self, article: Article, nodes: list[TextNode], origin: str | None = "ingest", owner: str | None = None) -> None:
        rows = self._sentence_rows(article)
        if rows["ids"]:
            self.sentences.upsert(**rows)
        if nodes:
            self.store.add(nodes)
        record = self.registry_record(article, len(nodes), len(rows["ids"]), origin, owner)
        self.registry.upsert(ids=[article.doc_id], metadatas=[record], documents=[article.text], embeddings=[[0.0]])
        self._bump_revision()
        self._drop_stale_chunks(article.doc_id, article.content_hash)

    def _recommit(self, article: Article, origin: str | None, owner: str | None) -> None:
        """Write a document again from scratch (its record stays the commit point meanwhile: a
        crash here leaves a document `repair` finds again)."""
        nodes = self.chunk(article)
        for collection in (self.chunks, self.sentences):
            collection.delete(where={"doc_id": article.doc_id})
        self._commit(article, nodes, origin, owner)

    # ---- one writer per document, and repair ----------------------------------------------

    @contextmanager
    def writing(self, doc_id: str, wait_s: float | None = WRITER_WAIT_S) -> Iterator[None]:
        """Hold the document's writer lock: one writer per document id at a time, across threads
        and processes sharing this data directory (flock on data_dir/locks/<digest>.lock).
        Re-entrant within a thread. Waits `wait_s` seconds (None: for ever), then Unavailable."""
        folder = self.settings.data_dir / "locks"
        folder.mkdir(parents=True, exist_ok=True)
        path = str(folder / f"{hashlib.sha256(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}.lock")
        held: set[str] = _held.__dict__.setdefault("paths", set())
        if path in held:
            yield
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = None if wait_s is None else time.monotonic() + wait_s
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if deadline is not None and time.monotonic() >= deadline:
                        raise Unavailable(f"{doc_id} is being written by another request; try again shortly", retry_after=5) from None
                    time.sleep(0.02)
            held.add(path)
            try:
                yield
            finally:
                held.discard(path)
        finally:
            os.close(fd)  # releases the flock

    def _record(self, doc_id: str, with_text: bool = False) -> dict[str, Any] | None:
        got = self.registry.get(ids=[doc_id], include=["metadatas", "documents"] if with_text else ["metadatas"])
        if not got["ids"]:
            return None
        record = dict(got["metadatas"][0])
        if with_text:
            record["text"] = got["documents"][0]
        return record

    def _whole(self, record: dict[str, Any]) -> bool:
        """Does the index hold exactly the chunks (and sentences) this registry record vouches for?"""
        expected = {"chunks": record.get("chunks")} | ({"sentences": record["sentences"]} if "sentences" in record else {})
        for name, count in expected.items():
            collection = self.chunks if name == "chunks" else self.sentences
            metas = collection.get(where={"doc_id": record["doc_id"]}, include=["metadatas"])["metadatas"]
            if len(metas) != count or any(
                m.get("doc_hash") != record.get("doc_hash") or m.get("fingerprint") != record.get("fingerprint") for m in metas
            ):
                return False
        return True

    def repair(self, wait_s: float = 0) -> list[str]:
        """Rebuild every document whose chunks or sentences disagree in number with its registry
        record (a write raced or cut short), from the record's own text and metadata, so the
        chunks are exactly those a clean ingest makes. A document another writer holds is left
        to that writer. Returns the repaired document ids."""
        counts = {name: self._counts(collection) for name, collection in (("chunks", self.chunks), ("sentences", self.sentences))}
        suspects = []
        for record in self.documents():
            key = (record["doc_id"], record.get("doc_hash"), record.get("fingerprint"))
            if counts["chunks"][key] != record.get("chunks") or ("sentences" in record and counts["sentences"][key] != record["sentences"]):
                suspects.append(record["doc_id"])
        repaired = []
        for doc_id in suspects:
            try:
                with self.writing(doc_id, wait_s=wait_s):
                    record = self._record(doc_id, with_text=True)
                    if record is None or self._whole(record):
                        continue
                    log.warning("repairing %s: its chunks disagree with its registry record", doc_id)
                    self._recommit(_article_from_record(record), record.get("origin"), record.get("owner"))
                    repaired.append(doc_id)
            except Unavailable:
                log.info("not repairing %s now: another writer holds it", doc_id)
        return repaired

    @staticmethod
    def _counts(collection: chromadb.Collection) -> Counter:
        got = _get_all(collection, None, ["metadatas"])
        return Counter((m.get("doc_id"), m.get("doc_hash"), m.get("fingerprint")) for m in got["metadatas"])

    def recover(self) -> dict[str, Any]:
        """What a server runs when it starts: collect what interrupted writes left (chunks no
        record vouches for, upload temp files), repair documents whose chunks disagree."""
        collected = self.collect_garbage()
        repaired = self.repair()
        removed = 0
        uploads = self.settings.data_dir / "uploads"
        for tmp in uploads.glob(".*.tmp") if uploads.is_dir() else ():
            try:
                with self.writing(tmp.name[1:-4].rsplit(".", 1)[0], wait_s=0):
                    tmp.unlink(missing_ok=True)
                    removed += 1
            except Unavailable:
                continue
        if collected or repaired or removed:
            log.warning("recovered the index: %d orphan rows collected, repaired %s, %d temp files removed", collected, repaired, removed)
        return {"collected": collected, "repaired": repaired, "temp_files_removed": removed}

    # ---- uploads ---------------------------------------------------------------------------

    def uploads_dir(self) -> Path:
        return self.settings.data_dir / "uploads"

    def is_upload(self, record: dict[str, Any]) -> bool:
        """Was this document uploaded through the API (rather than ingested from a folder)?"""
        if record.get("origin"):
            return record["origin"] == "upload"
        return bool(record.get("path")) and Path(record["path"]).parent == self.uploads_dir().resolve()  # before origins were recorded

    def upload(self, name: str, data: bytes, owner: str, replace: bool = False, reference: date | None = None) -> tuple[str, dict[str, Any]]:
        """Store and index an uploaded article file; returns the outcome ('added', 'updated',
        'unchanged', 'repaired') and the document's registry record.

        The name is the file name without folders. An existing name is replaced only when
        `replace` is set, it was uploaded (never a document `rag ingest` manages) and by the same
        `owner` (`key_owner` of the uploader's key). The bytes go to a temp file of this request's
        own, are indexed (chunks, then the registry record: the commit point), then the file is
        moved into data_dir/uploads; all of it holding the document's writer lock."""
        name = Path(name.replace("\\", "/")).name
        if not UPLOAD_NAME.match(name):
            raise BadInput("file name must be letters, digits, '_', '-', '.' and end in .txt or .md")
        if len(data) > self.settings.max_upload_bytes:
            raise TooLarge(f"file larger than {self.settings.max_upload_bytes:,} bytes (RAG_MAX_UPLOAD_BYTES)")
        folder = self.uploads_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with self.writing(name):
            existing = self._record(name)
            if existing is not None:
                self._may_replace(existing, owner, replace)
            fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
            tmp = Path(tmp_name)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                try:
                    article = read_article(tmp, self.settings.max_upload_bytes, reference)
                except SkippedFile as exc:
                    kind = Unsupported if "UTF-8" in str(exc) or "binary" in str(exc) else BadInput
                    raise kind(f"rejected: {exc}") from None
                target = folder / name
                article.doc_id, article.path = name, target
                outcome = self.add_article(article, origin="upload", owner=owner)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
            record = self._record(name)
        assert record is not None
        return outcome, record

    def _may_replace(self, record: dict[str, Any], owner: str, replace: bool) -> None:
        name = record["doc_id"]
        if not self.is_upload(record):
            if replace:
                raise Forbidden(f"{name} is managed by `rag ingest` (its file is {record.get('path') or 'in an ingested folder'}); an upload cannot replace it")
            raise Conflict(f"{name} already exists, from `rag ingest`; upload under another file name")
        if not replace:
            raise Conflict(f"{name} already exists; send ?replace=true to replace it")
        if record.get("owner") and record["owner"] != owner:
            raise Forbidden(f"{name} was uploaded with another API key; only that key may replace it")

    def delete_upload(self, doc_id: str, owner: str) -> None:
        """Remove an uploaded document and its file. Documents `rag ingest` manages are refused
        (Forbidden: remove the file and run `rag ingest --prune`), as are other keys' uploads."""
        with self.writing(doc_id):
            record = self._record(doc_id)
            if record is None:
                raise NotFound(f"unknown document {doc_id!r}")
            if not self.is_upload(record):
                raise Forbidden(f"{doc_id} is managed by `rag ingest`: remove its file and run `rag ingest --prune`")
            if record.get("owner") and record["owner"] != owner:
                raise Forbidden(f"{doc_id} was uploaded with another API key; only that key may delete it")
            self.remove(doc_id)
            path = Path(record.get("path") or "")
            if path.name and path.parent == self.uploads_dir().resolve():
                path.unlink(missing_ok=True)

    def _drop_stale_chunks(self, doc_id: str, keep_hash: str) -> None:
        stale = {"$and": [{"doc_id": doc_id}, {"$or": [{"doc_hash": {"$ne": keep_hash}}, {"fingerprint": {"$ne": self.fingerprint}}]}]}
        self.chunks.delete(where=stale)
        self.sentences.delete(where=stale)

    def collect_garbage(self) -> int:
        """Delete chunks no registry record vouches for: what an interrupted ingest left behind.
        A document another writer holds right now is left alone (its new chunks precede its
        record); the others are checked again under their lock before anything is deleted."""
        records = {m["doc_id"]: m for m in self.documents()}
        suspects: set[str] = set()
        for collection in (self.chunks, self.sentences):
            got = _get_all(collection, None, ["metadatas"])
            suspects |= {
                meta.get("doc_id")
                for meta in got["metadatas"]
                if (rec := records.get(meta.get("doc_id"))) is None
                or meta.get("doc_hash") != rec.get("doc_hash")
                or meta.get("fingerprint") != rec.get("fingerprint")
            }
        collected = 0
        for doc_id in sorted(suspects, key=str):
            try:
                with self.writing(str(doc_id), wait_s=0):
                    record = self._record(doc_id) if isinstance(doc_id, str) else None
                    for collection in (self.chunks, self.sentences):
                        got = collection.get(where={"doc_id": doc_id}, include=["metadatas"]) if isinstance(doc_id, str) else {"ids": [], "metadatas": []}
                        orphans = [
                            cid
                            for cid, meta in zip(got["ids"], got["metadatas"])
                            if record is None or meta.get("doc_hash") != record.get("doc_hash") or meta.get("fingerprint") != record.get("fingerprint")
                        ]
                        for start in range(0, len(orphans), 5000):
                            collection.delete(ids=orphans[start : start + 5000])
                        collected += len(orphans)
            except Unavailable:
                log.info("not collecting %s now: another writer holds it", doc_id)
        if collected:
            self._bump_revision()
        return collected

    def remove(self, doc_id: str) -> bool:
        """Forget a document: registry record first, so a crash midway leaves only collectable chunks."""
        with self.writing(doc_id, wait_s=None):
            if not self.registry.get(ids=[doc_id])["ids"]:
                return False
            self.registry.delete(ids=[doc_id])
            self._bump_revision()
            self.chunks.delete(where={"doc_id": doc_id})
            self.sentences.delete(where={"doc_id": doc_id})
            return True

    def add_article(self, article: Article, origin: str = "ingest", owner: str | None = None, verify: bool = True) -> str:
        """Index one article; returns 'added', 'updated', 'unchanged' or 'repaired' (the same
        content, whose chunks or sentences disagreed with its record: written again). `verify`
        False skips that check (ingest has just run `repair` over everything)."""
        with self.writing(article.doc_id, wait_s=None):
            existing = self._record(article.doc_id)
            if existing is not None and existing.get("doc_hash") == article.content_hash and existing.get("fingerprint") == self.fingerprint:
                if not verify or self._whole(existing):
                    return "unchanged"
                self._recommit(article, existing.get("origin"), existing.get("owner"))
                return "repaired"
            self._commit(article, self.chunk(article), origin, owner)
            return "updated" if existing is not None else "added"

    def ingest(self, paths: Iterable[Path], prune: bool = False, reference: date | None = None, progress: bool = True) -> IngestReport:
        """Bring the index in line with the given files. Safe to re-run; a crash loses no committed document."""
        report = IngestReport()
        self.collect_garbage()
        report.repaired = self.repair()
        loaded = load_articles(list(paths), self.settings.max_file_bytes, reference)
        report.skipped = [(str(p), reason) for p, reason in loaded.skipped]
        bar = tqdm(loaded.articles, desc="ingest", unit="doc", disable=not progress)
        for article in bar:
            bar.set_postfix_str(article.doc_id[:24])
            outcome = self.add_article(article, verify=False)
            getattr(report, outcome).append(article.doc_id)
        if prune:
            for record in self.documents():
                if not record.get("path") or not Path(record["path"]).exists():
                    self.remove(record["doc_id"])
                    report.removed.append(record["doc_id"])
        report.chunks = self.chunk_count()
        return report


def _article_from_record(record: dict[str, Any]) -> Article:
    """The Article a registry record (with its text) was made from: what `repair` re-chunks. Every
    field that reaches the chunks is in the record, so the chunks come out as a clean ingest's."""
    parsed = None
    if record.get("date"):
        parsed = ParsedDate(
            value=date.fromisoformat(record["date"]), raw="", inferred=bool(record.get("date_inferred", False)), how=record.get("date_how", "explicit")
        )
    return Article(
        doc_id=record["doc_id"],
        text=record["text"],
        content_hash=record["doc_hash"],
        title=record.get("title"),
        outlet=record.get("outlet"),
        government=record.get("government"),
        governments=tuple(g for g in (record.get("governments") or "").split("|") if g),
        date=parsed,
        path=Path(record["path"]) if record.get("path") else None,
        removed_lines=record.get("removed_lines", 0),
        duplicate_paragraphs=record.get("duplicate_paragraphs", 0),
    )


def _get_all(collection: chromadb.Collection, where: dict[str, Any] | None, include: list[str]) -> dict[str, list]:
    """collection.get in pages: one unbounded get of ~100k records overflows SQLite's variable
    limit inside Chroma ("too many SQL variables", found by the 100k-chunk benchmark)."""
    out: dict[str, list] = {"ids": [], **{key: [] for key in include}}
    offset = 0
    while True:
        page = collection.get(where=where, include=include, limit=_PAGE, offset=offset)
        out["ids"] += page["ids"]
        for key in include:
            out[key].extend(page[key])
        if len(page["ids"]) < _PAGE:
            return out
        offset += _PAGE
