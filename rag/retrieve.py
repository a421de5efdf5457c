"""Hybrid retrieval: dense (Chroma, multilingual E5) + BM25 (Indonesian stemming), fused by
reciprocal rank, nudged towards the period a question names; asked about one government, other
governments' articles come last.

Dense carries meaning across languages ("officials rotated" ~ "merotasi pejabat"); BM25 carries
what embeddings blur: names ("Camat Petir"), numbers ("Nomor 81"). Neither knows that
"Dec 2018" must beat a near-identical story from 2019, so dates get their own signal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import bm25s
import numpy as np
import Stemmer
from llama_index.core.schema import TextNode

from rag.dates import SETS_AN_END, in_periods
from rag.glossary import expand_query
from rag.index import Index
from rag.question import Question, parse
from rag.text import SPAN_OF_TIME

_STOPWORDS_ID = (
    "yang dan di ke dari untuk pada dengan ini itu dalam adalah akan tidak ada juga atau oleh sebagai bisa "
    "harus para serta telah sudah kepada bahwa saat tersebut tahun berapa siapa apa apakah kapan mana dimana "
    "bagaimana mengapa kenapa berapakah siapakah"
).split()
_STOPWORDS = sorted(set(_STOPWORDS_ID) | set(bm25s.stopwords.STOPWORDS_EN))
_TOKEN_PATTERN = r"(?u)\b\w+\b"


def stopwords() -> list[str]:
    """Indonesian and English function words BM25 ignores (passages and sentences alike)."""
    return _STOPWORDS

@dataclass(frozen=True)
class Filters:
    """Hard constraints from the caller (API filters, CLI flags)."""

    date_from: date | None = None
    date_to: date | None = None
    government: str | None = None

    def __bool__(self) -> bool:
        """Does the caller constrain anything? `Filters()` does not."""
        return bool(self.date_from or self.date_to or self.government)

    def accepts(self, meta: dict[str, Any]) -> bool:
        date_int = meta.get("date_int")
        if self.date_from and (date_int is None or date_int < int(self.date_from.strftime("%Y%m%d"))):
            return False
        if self.date_to and (date_int is None or date_int > int(self.date_to.strftime("%Y%m%d"))):
            return False
        return not self.government or meta.get("government") == self.government


@dataclass
class Passage:
    """A retrieved chunk and why it ranked where it did."""

    node_id: str
    doc_id: str
    text: str
    score: float
    metadata: dict[str, Any]
    signals: dict[str, Any] = field(default_factory=dict)

    @property
    def date(self) -> str | None:
        return self.metadata.get("date")

    @property
    def title(self) -> str | None:
        return self.metadata.get("title")

    def as_dict(self) -> dict[str, Any]:
        keys = ("title", "date", "outlet", "government", "date_inferred")
        return {
            "id": self.node_id,
            "source": self.doc_id,
            "score": round(self.score, 6),
            **{k: self.metadata.get(k) for k in keys},
            "signals": self.signals,
            "text": self.text,
        }


def _tokenize(texts: list[str], stemmer: Stemmer.Stemmer) -> Any:
    return bm25s.tokenize(texts, stopwords=_STOPWORDS, stemmer=stemmer, token_pattern=_TOKEN_PATTERN, show_progress=False)


class Chunks:
    """The committed chunks of one index revision, searched two ways: BM25 over their words, with
    per-query filter masks (llama-index's BM25Retriever fixes its filters at construction, which a
    per-request API filter cannot use), and exact cosine over their stored embeddings.

    Dense search is exact rather than Chroma's HNSW. Below its sync threshold (1,000 chunks) Chroma
    rebuilds the HNSW graph from its log each time a process opens the index, on several threads,
    so the graph, and which near neighbours a search finds, differed between processes: the same
    question read other sentences after a restart (chroma-core/chroma#2675). E5's cosines crowd
    into 0.7-0.9, where an approximate search also skipped a chunk that ranks 11th of 998. A
    matrix product over every chunk takes milliseconds at 100k chunks (384 float32 each, 150 MB).

    >>> # Chunks(nodes, vectors).dense(query_vector, k=20): the same 20 chunks in every process
    """

    def __init__(self, nodes: list[TextNode], vectors: np.ndarray) -> None:
        self.nodes = nodes
        self.stemmer = Stemmer.Stemmer("indonesian")
        self.model = bm25s.BM25()
        if nodes:
            self.model.index(_tokenize([n.get_content(metadata_mode="embed") for n in nodes], self.stemmer), show_progress=False)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True) if vectors.size else np.ones((0, 1), np.float32)
        self.vectors = vectors / np.where(norms > 0, norms, 1.0)

    def lexical(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[TextNode, float]]:
        if not self.nodes or (mask is not None and not mask.any()):
            return []
        tokens = _tokenize([query], self.stemmer)
        if not tokens.vocab:
            return []
        k = min(k, len(self.nodes))
        docs, scores = self.model.retrieve(tokens, k=k, weight_mask=mask, show_progress=False, n_threads=1)
        return [(self.nodes[i], float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]

    def dense(self, query_vector: list[float], k: int, mask: np.ndarray | None = None) -> list[tuple[TextNode, float]]:
        """The k chunks nearest the query by cosine, best first; ties keep chunk order."""
        if not self.nodes or not self.vectors.size:
            return []
        query = np.asarray(query_vector, dtype=np.float32)
        scores = self.vectors @ (query / (np.linalg.norm(query) or 1.0))
        if mask is not None:
            scores = np.where(mask > 0, scores, -np.inf)
        best = np.argsort(-scores, kind="stable")[:k]
        return [(self.nodes[i], float(scores[i])) for i in best if np.isfinite(scores[i])]


class Retriever:
    """Hybrid retriever over an Index. Rebuilds its view of the chunks (BM25 and vectors) when the
    index changes."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.settings = index.settings
        self._revision: tuple | None = None
        self._chunks: Chunks | None = None
        self._committed: dict[str, tuple] = {}

    def chunks(self) -> Chunks:
        """Rebuilt only when the index's revision stamp (or, for an index written before stamps,
        its size) has moved: checking must cost far less than a query, at any corpus size. The
        stamp lives in Chroma, so a write by any process (another API worker) is noticed here."""
        revision = (self.index.revision(), self.index.chunk_count())
        if self._chunks is None or revision != self._revision:
            self._committed = self.index.committed()  # read after the stamp: never newer than what it vouches for
            nodes, vectors = self.index.nodes_and_vectors()
            keep = [i for i, n in enumerate(nodes) if self.is_committed(n)]
            self._chunks = Chunks([nodes[i] for i in keep], vectors[keep] if vectors.size else vectors)
            self._revision = revision
        return self._chunks

    def is_committed(self, node: TextNode) -> bool:
        """Is this chunk the one its document's registry record vouches for? A chunk written by an
        ingest or upload still under way (its record not yet committed), or a replaced version's
        chunk not yet dropped, is not served: no answer ever reads a half-ingested document."""
        meta = node.metadata
        return self._committed.get(meta.get("doc_id")) == (meta.get("doc_hash"), meta.get("fingerprint"))

    def dense(self, question: str, k: int, filters: Filters) -> list[tuple[TextNode, float]]:
        chunks = self.chunks()
        if not chunks.nodes:
            return []
        return chunks.dense(self.index.embedder.get_query_embedding(question), k, self._mask(chunks, filters))

    def sparse(self, question: str, k: int, filters: Filters) -> list[tuple[TextNode, float]]:
        chunks = self.chunks()
        return chunks.lexical(expand_query(question), k, self._mask(chunks, filters))

    @staticmethod
    def _mask(chunks: Chunks, filters: Filters) -> np.ndarray | None:
        """1 for the chunks the caller's filters accept, or None when there are no filters."""
        if not filters:
            return None
        return np.array([filters.accepts(n.metadata) for n in chunks.nodes], dtype=np.float32)

    def parse(self, question: str) -> Question:
        """The question's facts, its government cues resolved against what the index holds."""
        return parse(question, self.index.governments(), self.index.dated())

    def retrieve(
        self, question: str, top_k: int | None = None, filters: Filters | None = None, facts: Question | None = None
    ) -> list[Passage]:
        """Fused, date- and government-aware ranking; scores are comparable within one question only.
        `facts`: the parsed question, when the caller has it already."""
        top_k = top_k or self.settings.top_k
        filters = filters or Filters()
        k = max(self.settings.candidate_k, top_k)
        rrf_k = self.settings.rrf_k
        facts = facts or self.parse(question)
        periods = facts.report_periods
        government = facts.governments[0] if len(facts.governments) == 1 and not filters.government else None

        fused: dict[str, Passage] = {}
        for name, ranked in (("dense", self.dense(question, k, filters)), ("bm25", self.sparse(question, k, filters))):
            for rank, (node, raw) in enumerate(ranked, start=1):
                passage = fused.get(node.node_id)
                if passage is None:
                    passage = fused[node.node_id] = Passage(
                        node_id=node.node_id,
                        doc_id=node.metadata.get("doc_id", node.ref_doc_id or ""),
                        text=node.get_content(),
                        score=0.0,
                        metadata=dict(node.metadata),
                    )
                passage.score += 1.0 / (rrf_k + rank)
                passage.signals[f"{name}_rank"] = rank
                passage.signals[f"{name}_score"] = round(raw, 4)

        for passage in fused.values():
            bonus = 0.0
            if periods and in_periods(passage.metadata.get("date"), periods):
                bonus += self.settings.date_boost / (rrf_k + 1)
                passage.signals["date_match"] = True
            if government and passage.metadata.get("government") == government:
                bonus += self.settings.government_boost / (rrf_k + 1)
                passage.signals["government_match"] = True
            passage.score += bonus
            if government and passage.metadata.get("government") not in (None, "", government):
                passage.signals["other_government"] = passage.metadata["government"]

        # Asked about one government, an article ingest found to be another's answers nothing the
        # rules would let through (cited_from_asked_government): it comes after every other, however
        # well it matches the words or the period ("Kabupaten Purwakarta ... Maret 2026" against a
        # Kota Tangerang budget story of March).
        ranked = sorted(fused.values(), key=lambda p: ("other_government" in p.signals, -p.score, p.doc_id, p.metadata.get("position", 0)))
        if facts.left and ranked:  # "tinggal berapa hari lagi?": the day it ends is often set further down the article
            return ranked[:top_k] + self._ends_set(ranked[:top_k])
        if facts.kind == "duration" and ranked:
            return ranked[:top_k] + self._spans_written(ranked[:top_k])
        return ranked[:top_k]

    def naming(self, passages: list[Passage], people: tuple[str, ...]) -> list[Passage]:
        """The chunks of the retrieved articles that name the question's people in full, when no
        retrieved chunk does. News names a person in full once and then by one name ("Kursi yang
        ditinggalkan Iwan ..."), so the chunk that ranks may not be the one saying what they do
        ("Iwan Ridwan, yang sebelumnya Kepala Dinas Perhubungan, kini menjabat Kepala DLH").

        >>> # "iwan ridwan skrg jabatannya apa?": the chunk writing "Iwan Ridwan, ..." is added
        """
        people = tuple(p for p in people if len(p.split()) > 1)
        if not passages or not people or any(person in p.text for p in passages for person in people):
            return []
        naming = lambda node, text: self.is_committed(node) and any(person in text for person in people)  # noqa: E731
        for doc_id in dict.fromkeys(p.doc_id for p in passages):
            if added := self._unranked(doc_id, passages, naming, "names_the_person"):
                return added[:2]
        return []

    def _ends_set(self, passages: list[Passage]) -> list[Passage]:
        """The chunks of the best-ranked article that set a day something ends ("kontrak berakhir 22
        Desember 2026", "paling lambat 31 Agustus 2026") and did not rank: a question of the time
        left names the event it counts from, rarely the deadline's words."""
        return self._unranked(passages[0].doc_id, passages, lambda node, text: SETS_AN_END.search(text), "sets_an_end")

    def _spans_written(self, passages: list[Passage]) -> list[Passage]:
        """The chunks of the best-ranked article that write a span of time ("masa pelaksanaan 210
        hari kalender", "tiga bulan") and did not rank: asked how long something takes, the words
        that rank are the thing's ("kontraktor", "jembatan"), and the span may sit in a chunk that
        names neither ("SPMK terbit 4 Mei dengan masa pelaksanaan 210 hari kalender")."""
        return self._unranked(passages[0].doc_id, passages, lambda node, text: SPAN_OF_TIME.search(text), "writes_a_span")

    def _unranked(self, doc_id: str, passages: list[Passage], keep: Callable[[TextNode, str], Any], signal: str) -> list[Passage]:
        """The chunks of one article that did not rank and that `keep` takes, as passages scored
        like the last one ranked, marked by `signal`."""
        have = {p.node_id for p in passages}
        return [
            Passage(node.node_id, doc_id, text, passages[-1].score, dict(node.metadata), {signal: True})
            for node in self.index.nodes({"doc_id": doc_id})
            if node.node_id not in have and keep(node, text := node.get_content())
        ]
