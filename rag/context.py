"""The sentences a model reads: chosen one by one from the retrieved passages, numbered, under
their article's header (government, date, title).

Five 256-token passages are ~1,400 prompt tokens, and on two CPU cores prefill is what a user
waits for. The answer is almost always one or two sentences of them. So every sentence of the
retrieved passages is scored by the same signals retrieval uses (its own dense similarity to the
question, its BM25 terms, the rank of its passage, the period and government of its article) plus
what the question asks for (a count needs a number and the counted word, a who-question the title,
a place question a place), and the best are kept within a character budget, each with the
sentence before it when it opens with a pronoun ("Ia", "Hal itu") and needs its subject. A
sentence that says it is of another year than the asked one ("Pada 2025, ...") is left out.

Every step after this one speaks in these sentence numbers: the model cites them, the rules check
claims against them, and citations quote them exactly, because quotes are our own text.

>>> # see tests/test_context.py for the selection on real articles
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import bm25s
import Stemmer

from rag.dates import SETS_AN_END, date_ranges, date_stamp, format_date, in_periods, month_reads
from rag.glossary import expand_query
from rag.question import PLACE_WORDS, REMAINDER, Question
from rag.retrieve import Passage, Retriever, stopwords
from rag.text import MONEY, PERCENT, SPAN_OF_TIME, clauses, number_spans, with_digits

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it announces every (tiny) index it builds

# A sentence that starts like this leans on the one before it for its subject.
_ANAPHOR = re.compile(
    r"^(?:[\"“”']\s*)?(?:Ia|Dia|Dirinya|Beliau|Mereka|Hal (?:itu|tersebut|ini)|Pelantikan (?:itu|tersebut|ini)|Kegiatan (?:itu|tersebut|ini)"
    r"|Menurutnya|Dikatakannya|Tersebut|Selain itu|Sementara itu|Namun|Adapun|Para pejabat (?:itu|tersebut)|Pejabat (?:itu|tersebut)"
    r"|Dari (?:total|jumlah) (?:itu|tersebut)?|Sebanyak|Dari jumlah|Mereka|Ketuanya|Anggotanya)\b|^[a-z]",
)
_DATE_IN_TEXT = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)|\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d{2}\b")
_PLACE = re.compile(r"\b(?:di|at)\s+(?:[A-Z][\w'-]*)")


@dataclass
class Sentence:
    """One numbered sentence of the context."""

    number: int
    doc_id: str
    position: int  # its place in the article
    text: str  # the sentence, or one clause of a long one (always the article's own words)
    passage: Passage  # the retrieved chunk it came from (citations show it)
    score: float = 0.0
    signals: dict[str, Any] = field(default_factory=dict)
    piece: int = 0  # which clause of a long sentence

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc_id, self.position, self.piece)

    @property
    def date(self) -> str | None:
        return self.passage.date

    @property
    def government(self) -> str | None:
        return self.passage.metadata.get("government")


@dataclass
class Context:
    """The numbered sentences, grouped by article in the order the articles ranked."""

    sentences: list[Sentence]
    passages: list[Passage]

    def get(self, number: int) -> Sentence | None:
        return self.sentences[number - 1] if 1 <= number <= len(self.sentences) else None

    def articles(self) -> list[list[Sentence]]:
        groups: dict[str, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.doc_id, []).append(sentence)
        return list(groups.values())

    def render(self, language: str) -> str:
        """Each article's header, then its sentences as "[n] text"."""
        blocks = []
        for group in self.articles():
            head = group[0].passage
            parts = [head.metadata.get("government") or "?"]
            if head.date:
                parts.append(format_date(date.fromisoformat(head.date), language))
            if head.title:
                parts.append(head.title)
            lines = [f"== {' | '.join(parts)}"] + [f"[{s.number}] {s.text}" for s in group]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def sentences_of(self, numbers: list[int]) -> str:
        """The numbered sentences' own words, without their headers: what a count may be read
        from (a header's date "2026-02-04" states no 2 or 4)."""
        return " ".join(s.text for n in numbers if (s := self.get(n)))

    def text_of(self, numbers: list[int]) -> str:
        """The cited sentences with what their headers say (date, government, title)."""
        return " ".join(
            f"{s.text} {(s.date or '').replace('-', ' ')} {s.government or ''} {s.passage.title or ''}"
            for n in numbers
            if (s := self.get(n))
        )

    def as_dicts(self) -> list[dict[str, Any]]:
        return [
            {"number": s.number, "source": s.doc_id, "position": s.position, "piece": s.piece, "text": s.text, "score": round(s.score, 4), "signals": s.signals}
            for s in self.sentences
        ]


# A day a span starts or ends on: "mulai Senin (10/8/2026)", "berlaku hingga Minggu (23/8/2026)".
_FROM_OR_UNTIL_A_DAY = re.compile(r"\b(?:mulai|sejak|hingga|sampai(?:\s+dengan)?|until|since)\s+(?:(?:pada|tanggal)\s+)?(?:[A-Za-z]+,?\s+)?\(?\d{1,2}[/\s]", re.I)


def _fact_signals(sentence: str, facts: Question) -> dict[str, float]:
    """What in a sentence answers this kind of question."""
    low = sentence.lower()
    signals: dict[str, float] = {}
    counts = [v for a, b, v in number_spans(sentence) if not _DATE_IN_TEXT.search(sentence[max(0, a - 3) : b + 8]) and not 1900 <= v <= 2100]
    if facts.wants_number or facts.kind in ("comparison",):
        if counts:
            signals["number"] = 1.0
        if facts.counted_terms and any(t in low for t in facts.counted_terms):
            signals["counted"] = 1.0 if counts else 0.5
    if facts.kind == "percent" and PERCENT.search(sentence):
        signals["percent"] = 1.5
    if facts.kind == "money" and MONEY.search(sentence):
        signals["money"] = 1.5
    if facts.kind == "person":
        if facts.title and re.search(facts.title.of_any_office().pattern(), sentence):
            signals["title"] = 1.0
        if re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", sentence):
            signals["name"] = 0.3
    if (facts.kind in ("date", "interval", "first") or facts.days_from or facts.still) and _DATE_IN_TEXT.search(sentence):
        signals["date"] = 1.0  # "what is scheduled four days after registration closes?": the days of a schedule
    if facts.kind == "duration" and (SPAN_OF_TIME.search(sentence) or date_ranges(sentence) or _FROM_OR_UNTIL_A_DAY.search(sentence)):
        signals["duration"] = 1.0  # a length, or the dates that bound one ("berlaku mulai Rabu (1/7) sampai Senin (31/8/2026)")
    if facts.left and SETS_AN_END.search(sentence):  # "tinggal berapa hari lagi?": the day it ends
        signals["deadline"] = 1.5
    if facts.kind == "place" and (_PLACE.search(sentence) or any(w in low.split() for w in PLACE_WORDS)):
        signals["place"] = 1.0
    # a number the question writes tells the event it is about ("the 43 lagging villages", "Tatu's
    # rotation of 107 officials"): the sentence that writes it is about that event
    if (asked := {v for _, _, v in number_spans(facts.text) if not 1900 <= v <= 2100}) and asked & set(counts):
        signals["question_number"] = 1.0
    if facts.persons and (named := [p for p in facts.persons if p.lower() in low]):
        signals["person"] = 1.0 if facts.kind == "title" else 0.5 * len(named)
    return signals


def _lexical(question: str, texts: list[str], stemmer: Stemmer.Stemmer) -> list[float]:
    """BM25 of each sentence for the question (and the Indonesian words of its English ones),
    scaled to 0..1 within these sentences."""
    tokenized = bm25s.tokenize(texts, stopwords=stopwords(), stemmer=stemmer, show_progress=False)
    query = bm25s.tokenize([expand_query(question)], stopwords=stopwords(), stemmer=stemmer, show_progress=False)
    if not tokenized.vocab or not query.vocab:
        return [0.0] * len(texts)
    model = bm25s.BM25()
    model.index(tokenized, show_progress=False)
    inverse = {i: w for w, i in query.vocab.items()}
    words = [inverse[i] for i in query.ids[0]]
    ids = [tokenized.vocab[w] for w in words if w in tokenized.vocab]
    scores = model.get_scores(ids) if ids else [0.0] * len(texts)
    top = max(scores) if len(scores) else 0.0
    return [float(s) / top if top > 0 else 0.0 for s in scores]


MAX_CLAUSE_CHARS = 240
_WEIGHTS = {"dense": 1.0, "lexical": 1.0, "rank": 0.6, "facts": 0.8, "period": 0.4, "government": 0.3, "lead": 0.15, "months": 1.5}


def build(
    retriever: Retriever, facts: Question, passages: list[Passage], budget_chars: int, query_vector: list[float] | None = None,
    leave_out: frozenset[tuple[str, int, int]] = frozenset(),
) -> Context:
    """The context for one question: the best sentences of the passages within `budget_chars`,
    without the sentences in `leave_out` (by `Sentence.key`: those a rule said do not answer it)."""
    index = retriever.index
    candidates: dict[tuple[str, int], dict[str, Any]] = {}
    for rank, passage in enumerate(passages):
        lo, hi = passage.metadata.get("sentence_from"), passage.metadata.get("sentence_to")
        if lo is None or hi is None:  # an index written before sentences were stored
            continue
        records = index.sentence_records(passage.doc_id, range(int(lo), int(hi) + 1), with_vectors=True, doc_hash=passage.metadata.get("doc_hash"))
        for position, record in records.items():
            for piece, text in enumerate(clauses(record["text"], MAX_CLAUSE_CHARS)):
                key = (passage.doc_id, position, piece)
                if key not in candidates and not date_stamp(text):
                    candidates[key] = {"record": {**record, "text": text}, "passage": passage, "rank": rank}
    if not candidates:
        return Context([], passages)

    titles = {p.title for p in passages if p.title}
    keys = [k for k in candidates if k not in leave_out and candidates[k]["record"]["text"] not in titles and not _of_other_years(candidates[k], facts)]
    texts = [candidates[k]["record"]["text"] for k in keys]
    query_vector = query_vector or index.embedder.get_query_embedding(facts.text)
    lexical = _lexical(facts.text, texts, retriever.chunks().stemmer)
    cosines = [_cosine(query_vector, candidates[k]["record"]["vector"]) if candidates[k]["record"].get("vector") is not None else 0.0 for k in keys]
    low, high = min(cosines, default=0.0), max(cosines, default=0.0)
    scored: dict[tuple[str, int], tuple[float, dict[str, Any]]] = {}
    for i, key in enumerate(keys):
        item = candidates[key]
        passage: Passage = item["passage"]
        # E5 cosines crowd into 0.7-0.9: what tells sentences apart is where each sits in that range.
        dense = (cosines[i] - low) / (high - low) if high > low else 0.0
        signals: dict[str, Any] = {"dense": round(float(dense), 3), "lexical": round(float(lexical[i]), 3), "passage_rank": item["rank"] + 1}
        facts_found = _fact_signals(texts[i], facts)
        signals.update(facts_found)
        score = (
            _WEIGHTS["dense"] * dense
            + _WEIGHTS["lexical"] * lexical[i]
            + _WEIGHTS["rank"] / (1 + item["rank"])
            + _WEIGHTS["facts"] * min(sum(facts_found.values()), 2.0)
            + _WEIGHTS["lead"] * (key[1] <= 1)
        )
        if (months := _asked_months_listed(texts[i], facts)) >= 2:
            score += _WEIGHTS["months"]
            signals["months"] = months
        if facts.periods and in_periods(passage.date, facts.report_periods):
            score += _WEIGHTS["period"]
            signals["period"] = True
        if facts.governments and passage.metadata.get("government") in facts.governments:
            score += _WEIGHTS["government"]
            signals["government"] = True
        scored[key] = (score, signals)

    chosen: list[tuple[str, int]] = []
    used = 0
    for key in sorted(scored, key=lambda k: (-scored[k][0], k)):
        text = candidates[key]["record"]["text"]
        needed = [key]
        previous = (key[0], key[1], key[2] - 1) if key[2] else (key[0], key[1] - 1, 0)
        if _ANAPHOR.match(text) and previous not in chosen:
            if previous not in candidates and previous not in leave_out and not key[2]:  # the subject may sit just outside the passage
                record = index.sentence_records(key[0], [key[1] - 1], doc_hash=candidates[key]["passage"].metadata.get("doc_hash")).get(key[1] - 1)
                if record:
                    record = {**record, "text": clauses(record["text"], MAX_CLAUSE_CHARS)[-1]}
                    candidates[previous] = {"record": record, "passage": candidates[key]["passage"], "rank": candidates[key]["rank"]}
                    scored[previous] = (0.0, {"neighbour_of": key[1]})
            if previous in scored:  # not one left out on purpose (a headline, another year's sentence)
                needed.insert(0, previous)
        cost = sum(len(candidates[k]["record"]["text"]) + 6 for k in needed if k not in chosen)
        if chosen and used + cost > budget_chars:
            continue
        for k in needed:
            if k not in chosen:
                chosen.append(k)
                used += len(candidates[k]["record"]["text"]) + 6
        if used >= budget_chars:
            break

    if facts.sums or facts.extreme:  # a total adds a breakdown; "which has the most" picks from one
        _lists_run_on(index, candidates, scored, chosen, leave_out)
    if REMAINDER.search(facts.text):
        _progress_runs_on(index, candidates, scored, chosen, leave_out)

    article_rank = {}
    for key in chosen:
        article_rank.setdefault(key[0], candidates[key]["rank"])
    for key in chosen:
        article_rank[key[0]] = min(article_rank[key[0]], candidates[key]["rank"])
    ordered = sorted(chosen, key=lambda k: (article_rank[k[0]], k[1], k[2]))
    sentences = []
    for number, key in enumerate(ordered, start=1):
        score, signals = scored[key]
        sentences.append(Sentence(number, key[0], key[1], candidates[key]["record"]["text"], candidates[key]["passage"], score, signals, key[2]))
    return Context(sentences, passages)


def _asked_months_listed(sentence: str, facts: Question) -> int:
    """How many months of an asked span of several months a sentence gives a figure for: "Pada
    Januari, penerimaan tercatat Rp11,84 miliar, Februari Rp10,27 miliar, Maret ..." gives five of
    "from January to May 2026". Such a breakdown is what a total, or what is left of a target,
    over those months is read from, however little it shares with the question's words; 0 for a
    question of no number, or of no span over months.

    >>> from rag.question import parse
    >>> _asked_months_listed("Pada Januari, penerimaan tercatat Rp11,84 miliar, Februari Rp10,27 miliar.", parse("total revenue from January to May 2026?"))
    2
    >>> _asked_months_listed("Pada Juli, penerimaan tercatat Rp9,1 miliar, Agustus Rp8,7 miliar.", parse("total revenue from January to May 2026?"))
    0
    """
    if not (facts.wants_number or facts.kind == "comparison"):
        return 0
    asked = set()
    for span in facts.periods:
        first, last = (span.start.year, span.start.month), (span.end.year, span.end.month)
        while first < last <= (span.start.year + 1, span.start.month):  # "January to May 2026", not "2024-2026"
            asked |= {first[1], last[1]}
            first = (first[0] + first[1] // 12, first[1] % 12 + 1)
    return len({read.month for read in month_reads(sentence)} & asked)


# A count and the word after it: "41 pejabat administrator", "77 pejabat pengawas".
_COUNTED = re.compile(r"(?<![\d.,])\d[\d.,]*\s+(?P<unit>[a-z]{3,})", re.I)


# A sentence that says a breakdown follows: "Kepala BPBD merinci luas lahan terbakar sejak awal
# Juli." then "Kecamatan Tulung Selapan 386 hektare, disusul Cengal 274 hektare, ...".
_ANNOUNCES_A_LIST = re.compile(r"\b(?:merinci|dirinci|memerinci|rinciannya|perinciannya|sebagai berikut)\b|:\s*$", re.I)


def _lists_run_on(index: Any, candidates: dict, scored: dict, chosen: list, leave_out: frozenset) -> None:
    """For a total, or which one has the most, the sentence after a chosen one that goes on with
    its list, counted in the same word: "Pada sesi pagi, sembilan pejabat pimpinan tinggi pratama
    dan 41 pejabat administrator dilantik." then "Sesi siang diikuti 77 pejabat pengawas." News
    splits a breakdown over sentences, and a total of two of its three parts is wrong. A long sentence
    read in clauses goes on in its next clause ("..., Pontianak Tenggara Rp5,38 miliar," then
    "Pontianak Utara Rp4,97 miliar dan Pontianak Timur Rp3,92 miliar."), and a sentence that says
    a breakdown follows ("... merinci luas lahan terbakar ...") by the list after it. Added after
    the budget: one short sentence or clause."""
    def counted_in(key: tuple[str, int, int]) -> list[str]:
        return [m.group("unit").lower() for m in _COUNTED.finditer(with_digits(candidates[key]["record"]["text"]))]

    for key in chosen:  # a list added may run on in turn: its next clause
        listed = counted_in(key)
        announces = bool(_ANNOUNCES_A_LIST.search(candidates[key]["record"]["text"]))
        if not announces and (len(listed) < 2 or len(set(listed)) != 1):
            continue  # a list counts one kind of thing, two or more times
        if (after := _following(index, candidates, scored, chosen, leave_out, key)) is None:
            continue
        following = counted_in(after)
        if (set(listed) & set(following)) if listed and not announces else (len(following) >= 2 and len(set(following)) == 1):
            scored.setdefault(after, (0.0, {}))[1]["list_runs_on_from"] = key[1]
            chosen.append(after)


# A target a sentence sets ("Bapenda menargetkan 125 alat perekam transaksi terpasang ... tahun
# ini") and the words of the next one saying how far it got ("Hingga akhir Mei, baru 86 unit yang
# terpasang").
_SETS_A_TARGET = re.compile(r"\b(?:target\w*|menargetkan|ditargetkan|sasaran|dipatok|mematok)\b", re.I)
_SO_FAR = re.compile(r"\b(?:baru|sudah|telah|tercatat|terealisasi|realisasi\w*|terpasang|tersalur\w*|mencapai)\b", re.I)


def _progress_runs_on(index: Any, candidates: dict, scored: dict, chosen: list, leave_out: frozenset) -> None:
    """For what is left to reach a target, the sentence after a chosen one setting it that says
    how far it got: "Bapenda menargetkan 125 alat perekam transaksi (tapping box) terpasang ...
    tahun ini." then "Hingga akhir Mei, baru 86 unit yang terpasang." News writes the part done
    right after the target, in few of the question's words. Added after the budget."""
    for key in list(chosen):
        text = candidates[key]["record"]["text"]
        if not _SETS_A_TARGET.search(text) or not number_spans(text):
            continue
        after = _following(index, candidates, scored, chosen, leave_out, key)
        if after is not None and _SO_FAR.search(following := candidates[after]["record"]["text"]) and number_spans(following):
            scored.setdefault(after, (0.0, {}))[1]["progress_runs_on_from"] = key[1]
            chosen.append(after)


def _following(index: Any, candidates: dict, scored: dict, chosen: list, leave_out: frozenset, key: tuple[str, int, int]) -> tuple[str, int, int] | None:
    """The clause or sentence right after a chosen one, read from the index when outside the
    passage; None when already chosen, or left out on purpose (a headline, another year's sentence)."""
    after = (key[0], key[1], key[2] + 1)
    if after not in candidates:
        after = (key[0], key[1] + 1, 0)
    if after in chosen or after in leave_out or (after in candidates and after not in scored):
        return None
    if after not in candidates:
        record = index.sentence_records(key[0], [key[1] + 1], doc_hash=candidates[key]["passage"].metadata.get("doc_hash")).get(key[1] + 1)
        if not record:
            return None
        candidates[after] = {"record": {**record, "text": clauses(record["text"], MAX_CLAUSE_CHARS)[0]}, "passage": candidates[key]["passage"], "rank": candidates[key]["rank"]}
    return after


def _of_other_years(candidate: dict[str, Any], facts: Question) -> bool:
    """A sentence that says it is of other years than the question asks about ("Pada 2025, ...
    diikuti 16 pendaftar" for the 2026 selection) is not read: a small model copies the first
    count it sees. The headline is in the header, not a sentence."""
    return bool(facts.of_other_years(candidate["record"]["text"], candidate["passage"].date))


def _cosine(a: list[float], b: Any) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(float(y) * float(y) for y in b))
    return dot / (na * nb) if na and nb else 0.0
