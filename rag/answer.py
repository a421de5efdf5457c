"""Question -> cited answer: condense follow-ups, retrieve, prompt the LLM for evidence-first JSON,
then verify every citation, number and name against the passages before anything is returned.

A small local model copies evidence well but answers everything, so refusal is ours: an answer
whose evidence is not in the passages, whose numbers or names no cited passage holds, or whose
passages are from another period than the question names, is not returned as found.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from rag import compose, prompts, repair
from rag.dates import DateSpan, format_date, in_language, in_periods, question_periods
from rag.llm import LLM
from rag.reply import ANSWER_SCHEMA, AnswerStreamer, parse_reply
from rag.retrieve import Filters, Passage, Retriever, government_cue
from rag.verify import TITLE_HELD_BY_OTHER, TITLE_MISSING, Verdict, asked_title, names_not_in, question_names, unanswered, verify_answer

log = logging.getLogger(__name__)

_NAMES_REASON = "the cited articles never mention"
# Refusals that mean "the right passage was not the one used"; worth one more, focused try.
_REFOCUS = (_NAMES_REASON, TITLE_MISSING, TITLE_HELD_BY_OTHER)

_ID_WORDS = set(
    "yang dan di ke dari untuk pada dengan ini itu berapa siapa apa apakah kapan mana dimana bagaimana mengapa "
    "kenapa pejabat dilantik tahun bulan oleh dalam adalah tidak sebagai jabatan kepala bupati kota kabupaten "
    "berapakah siapakah menjadi sebelumnya dan juga serta kah lantik".split()
)
_EN_WORDS = set(
    "the of in on at to and what who how many much when where which did was were is are does do officials "
    "official head inaugurated rotated by for from with as before after than".split()
)


_QUANTITY = re.compile(r"\b(how many|how much|berapa|berapakah|jumlah|total|number of)\b", re.IGNORECASE)


def asks_quantity(question: str) -> bool:
    return bool(_QUANTITY.search(question))


def detect_language(text: str) -> str:
    """English or Indonesian, by function words: good enough for questions, no model needed."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    id_score = sum(w in _ID_WORDS for w in words)
    en_score = sum(w in _EN_WORDS for w in words)
    return "id" if id_score > en_score else "en"


@dataclass
class Citation:
    id: int
    source: str
    title: str | None
    date: str | None
    quote: str
    score: float
    outlet: str | None = None
    government: str | None = None
    text: str = ""


@dataclass
class AskResult:
    answer: str
    found: bool
    citations: list[Citation]
    language: str
    timings: dict[str, float]
    question: str = ""
    standalone_question: str = ""
    confidence: float = 0.0
    unverified: list[str] = field(default_factory=list)
    backend: str = ""
    model: str = ""
    retrieved: list[str] = field(default_factory=list)  # document ids of the passages, best first

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Answerer:
    """The whole question-answering pipeline; the server and the eval harness both call this."""

    def __init__(self, retriever: Retriever, llm: LLM) -> None:
        self.retriever = retriever
        self.llm = llm
        self.settings = retriever.settings

    def condense(self, question: str, history: list[dict[str, str]]) -> str:
        """A follow-up ("and in June 2019?") rewritten to stand alone, for retrieval and answering."""
        turns = [t for t in history if t.get("role") in ("user", "assistant") and t.get("content")][-6:]
        if not turns:
            return question
        transcript = "\n".join(f"{t['role']}: {t['content'][:400]}" for t in turns)
        prompt = prompts.render("condense", history=transcript, question=question)
        rewritten = "".join(self.llm.chat([{"role": "user", "content": prompt}], max_tokens=80)).strip()
        rewritten = rewritten.splitlines()[0].strip().strip('"') if rewritten else ""
        return rewritten or question

    def stream(
        self,
        question: str,
        history: list[dict[str, str]] | None = None,
        filters: Filters | None = None,
        top_k: int | None = None,
    ) -> Iterator[str | AskResult]:
        """Yield answer text pieces as they are generated, then the verified AskResult last."""
        started = time.perf_counter()
        timings: dict[str, float] = {}
        language = detect_language(question)
        standalone = self.condense(question, history or [])
        timings["condense_s"] = time.perf_counter() - started

        combined = compose.plan(standalone, language)
        if combined:
            result = self._combined(combined, question, standalone, language, filters, timings, started)
            yield result.answer
            yield result
            return

        asked = compose.clauses(standalone)
        if len(asked) > 1:
            result = self._clauses(asked, question, standalone, language, filters, top_k, timings, started)
            yield result.answer
            yield result
            return

        passages, verdict = yield from self._single(standalone, language, filters, top_k, timings)
        timings["total_s"] = time.perf_counter() - started
        yield self._result(question, standalone, language, verdict, passages, timings)

    def _single(
        self, question: str, language: str, filters: Filters | None, top_k: int | None, timings: dict[str, float]
    ) -> Generator[str, None, tuple[list[Passage], Verdict]]:
        """One question, one retrieval, one LLM pass, verified and repaired."""
        t = time.perf_counter()
        passages = self.retriever.retrieve(question, top_k=top_k or self.settings.top_k, filters=filters)
        timings["retrieve_s"] = timings.get("retrieve_s", 0.0) + time.perf_counter() - t
        periods = question_periods(question)
        verdict = yield from self._answer(question, passages, language, periods, timings)
        if not verdict.found and verdict.reason.startswith(_REFOCUS):
            # Answered from the wrong passage (an article about someone else, a sentence about
            # another title): ask once more over the passages that name whom the question is
            # about and hold the title it asks for. They may hold the answer, or nothing.
            focused = self._focus(question, passages, filters, top_k)
            if focused and {p.node_id for p in focused} != {p.node_id for p in passages}:
                passages, verdict = focused, _drain(self._answer(question, focused, language, periods, timings))
        if verdict.found:
            repair.add_time_unit(verdict, question)
        if verdict.found and compose.asks_interval(question):
            repair.compute_interval(verdict, passages, language)
        elif verdict.found and repair.asks_place(question):
            repair.widen_place(verdict, passages)
        elif verdict.found and repair.asks_government(question):
            repair.choose_government(verdict, question, passages)
        elif verdict.found and repair.asks_role(question):
            retrieved = " ".join(p.text for p in passages)
            naming = {p.node_id for p in self._naming(question, passages, retrieved)}
            eligible = [n for n, p in enumerate(passages, 1) if p.node_id in naming and (not periods or in_periods(p.date, periods))]
            repair.role(verdict, question, passages, eligible, question_names(question, retrieved))
        return passages, verdict

    def _clauses(
        self,
        asked: list[str],
        question: str,
        standalone: str,
        language: str,
        filters: Filters | None,
        top_k: int | None,
        timings: dict[str, float],
        started: float,
    ) -> AskResult:
        """A question asking two things ("who was X, and who was Y?") is two questions to a small
        model: each clause is answered and checked on its own, over its own passages, and the
        answers are joined. A clause the articles do not answer makes the whole not found."""
        merged = _Merged()
        answers: list[str] = []
        confidence = 1.0
        verdict = Verdict(answer="", found=False, citations=[], confidence=0.0)
        for clause in asked:
            found, part = _drain(self._single(clause, language, filters, top_k, timings))
            merged.add(found)
            if not part.found:
                verdict.reason = f"{part.reason}: {clause}"
                break
            renumber = dict(zip((n for n, _ in part.citations), merged.cite(found, part.citations)))
            answers.append(re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", part.answer))
            confidence = min(confidence, part.confidence)
        else:
            verdict = Verdict(answer="; ".join(answers), found=True, citations=merged.citations(), confidence=confidence)
        timings["total_s"] = time.perf_counter() - started
        return self._result(question, standalone, language, verdict, merged.passages, timings)

    def _answer(
        self,
        question: str,
        passages: list[Passage],
        language: str,
        periods: list[DateSpan],
        timings: dict[str, float],
        whole: bool = True,
    ) -> Generator[str, None, Verdict]:
        """One LLM pass over the passages, verified; yields answer text as it streams and returns
        the Verdict. A sub-question (`whole=False`) restates its parent question, so it is not
        checked for restating the question."""
        raw = ""
        if passages:
            t = time.perf_counter()
            messages = prompts.build_messages(question, passages, language)
            timings["prompt_s"] = timings.get("prompt_s", 0.0) + time.perf_counter() - t
            t = time.perf_counter()
            streamer = AnswerStreamer()
            first_token = None
            for piece in self.llm.chat(messages, schema=ANSWER_SCHEMA, max_tokens=self.settings.max_answer_tokens):
                first_token = first_token or time.perf_counter()
                raw += piece
                if text := streamer.feed(piece):
                    yield text
            timings["llm_s"] = timings.get("llm_s", 0.0) + time.perf_counter() - t
            timings.setdefault("llm_first_token_s", (first_token or time.perf_counter()) - t)

        t = time.perf_counter()
        evidence, answer = parse_reply(raw) if raw else ([], "")
        elapsed = compose.asks_interval(question)
        # The time between two events is computed from their articles' dates; the model's own
        # arithmetic ("17 tahun") is not checked, only what it cites.
        checked = re.sub(r"\b\d[\d.,]*\b", "", answer) if elapsed else answer
        wants_number = asks_quantity(question) and not elapsed
        verdict = verify_answer(checked, evidence, passages, periods, wants_number)
        if whole and verdict.found:
            repair.name_holder(verdict, question, passages)
        if whole and verdict.found and (reason := self._unanswered(question, verdict, passages, wants_number)):
            verdict = Verdict(answer="", found=False, citations=[], confidence=0.0, reason=reason)
        if not verdict.found:
            log.info("not found: %s | model answered %r | %s", verdict.reason, answer, question)
        timings["verify_s"] = timings.get("verify_s", 0.0) + time.perf_counter() - t
        return verdict

    def _unanswered(self, question: str, verdict: Verdict, passages: list[Passage], wants_number: bool) -> str | None:
        """Why a verified answer does not answer this question (see `verify.unanswered`), or None.
        Names are checked against the whole cited articles: a passage is a few sentences, and the
        person a question names is often in the article's other ones."""
        cited = [passages[n - 1] for n, _ in verdict.citations]
        cited_text = " ".join(p.text for p in cited)
        if reason := unanswered(verdict.answer, question, wants_number, cited_text):
            return reason
        articles = " ".join(self._article_text(p) for p in {p.doc_id: p for p in cited}.values())
        if missing := names_not_in(question, " ".join(p.text for p in passages), articles):
            return f"{_NAMES_REASON} {missing[0]}, whom the question names"
        return None

    def _focus(self, question: str, passages: list[Passage], filters: Filters | None, top_k: int | None) -> list[Passage]:
        """The best-ranked passages from articles that mention everyone the question names and
        that hold the title it asks for, from a wider retrieval than the first."""
        k = top_k or self.settings.top_k
        wider = self.retriever.retrieve(question, top_k=max(self.settings.candidate_k, k), filters=filters)
        title = asked_title(question)
        naming = self._naming(question, wider, " ".join(p.text for p in passages))
        return [p for p in naming if not title or any(f in " ".join(p.text.lower().split()) for f in title)][:k]

    def _naming(self, question: str, passages: list[Passage], retrieved: str) -> list[Passage]:
        """The passages whose article mentions everyone the question names (each article read
        and checked once, however many of its passages there are)."""
        docs = {p.doc_id: p for p in passages}
        naming = {doc for doc, p in docs.items() if not names_not_in(question, retrieved, self._article_text(p))}
        return [p for p in passages if p.doc_id in naming]

    def _article_text(self, passage: Passage) -> str:
        return self.retriever.index.text(passage.doc_id) or passage.text

    def _combined(
        self,
        plan: compose.Plan,
        question: str,
        standalone: str,
        language: str,
        filters: Filters | None,
        timings: dict[str, float],
        started: float,
    ) -> AskResult:
        """Each part asked on its own (a period over that period's passages; an alternative over
        the event's passages); the arithmetic is ours. A part the articles do not cover makes the
        whole answer not found: a total with a part missing is not a total."""
        base = filters or Filters()
        merged = _Merged()
        parts: list[compose.PartAnswer] = []
        shared: list[Passage] | None = None
        verdict = Verdict(answer="", found=False, citations=[], confidence=0.0)
        for part in plan.parts:
            t = time.perf_counter()
            if part.span is None:  # alternatives of one event share its passages (and the KV cache)
                shared = shared or self.retriever.retrieve(standalone, top_k=self.settings.top_k, filters=base)
                found, periods = shared, question_periods(standalone)
            else:
                narrowed = Filters(
                    date_from=max(filter(None, [base.date_from, part.span.start])),
                    date_to=min(filter(None, [base.date_to, part.span.end])),
                    government=base.government or government_cue(part.clause),
                )
                found = self.retriever.retrieve(standalone, top_k=self.settings.part_top_k, filters=narrowed)
                periods = [part.span]
            timings["retrieve_s"] = timings.get("retrieve_s", 0.0) + time.perf_counter() - t
            sub = compose.sub_question(standalone, part, language)
            sub_verdict = _drain(self._answer(sub, found, language, periods, timings, whole=False))
            merged.add(found)
            value = compose.part_number(sub_verdict.answer, part) if sub_verdict.found else None
            support = sub_verdict.citations
            if part.span is None:
                others = [p.clause for p in plan.parts if p is not part]
                value, support = repair.own_count(part.clause, others, found, periods, value, support)
            elif item := compose.counted(standalone):
                value, support = repair.own_count(item, [], found, periods, value, support)
            if value is None:
                verdict.reason = f"no verified count for {part.clause}"
                break
            cited = merged.cite(found, support)
            if part.span is None:
                label = part.clause
            else:
                first = merged.passages[cited[0] - 1]
                when = format_date(date.fromisoformat(first.date), language) if first.date else part.span.text
                label = ", ".join(filter(None, [first.metadata.get("government"), when]))
            parts.append(compose.PartAnswer(part, value, label, "".join(f"[{n}]" for n in cited)))
        else:
            verdict = Verdict(
                answer=compose.combine(plan.operation, parts, language),
                found=True,
                citations=merged.citations(),
                confidence=1.0,
            )
        timings["total_s"] = time.perf_counter() - started
        return self._result(question, standalone, language, verdict, merged.passages, timings)

    def _result(
        self, question: str, standalone: str, language: str, verdict: Verdict, passages: list[Passage], timings: dict[str, float]
    ) -> AskResult:
        citations = [
            Citation(
                id=number,
                source=passages[number - 1].doc_id,
                title=passages[number - 1].title,
                date=passages[number - 1].date,
                quote=quote,
                score=round(passages[number - 1].score, 6),
                outlet=passages[number - 1].metadata.get("outlet"),
                government=passages[number - 1].metadata.get("government"),
                text=passages[number - 1].text,
            )
            for number, quote in verdict.citations
        ]
        return AskResult(
            answer=in_language(verdict.answer, language) if verdict.found else prompts.refusal(language),
            found=verdict.found,
            citations=citations if verdict.found else [],
            language=language,
            timings={k: round(v, 3) for k, v in timings.items()},
            question=question,
            standalone_question=standalone,
            confidence=verdict.confidence,
            unverified=verdict.unverified,
            backend=self.llm.name,
            model=self.llm.model,
            retrieved=[p.doc_id for p in passages],
        )

    def ask(self, question: str, history: list[dict[str, str]] | None = None, filters: Filters | None = None, top_k: int | None = None) -> AskResult:
        result = None
        for item in self.stream(question, history, filters, top_k):
            if isinstance(item, AskResult):
                result = item
        assert result is not None
        return result


class _Merged:
    """The passages of several retrievals numbered once, for an answer built from parts."""

    def __init__(self) -> None:
        self.passages: list[Passage] = []
        self.numbers: dict[str, int] = {}
        self.quotes: dict[int, str] = {}

    def add(self, found: list[Passage]) -> None:
        for passage in found:
            if passage.node_id not in self.numbers:
                self.passages.append(passage)
                self.numbers[passage.node_id] = len(self.passages)

    def cite(self, found: list[Passage], support: list[tuple[int, str]]) -> list[int]:
        """Record a part's citations (numbered within `found`); returns their merged numbers."""
        cited = [self.numbers[found[n - 1].node_id] for n, _ in support]
        for n, (_, quote) in zip(cited, support):
            known = self.quotes.get(n)
            self.quotes[n] = quote if not known or quote in known else f"{known} … {quote}"
        return cited

    def citations(self) -> list[tuple[int, str]]:
        return sorted(self.quotes.items())


def _drain(steps: Generator[str, None, Verdict]) -> Verdict:
    """The Verdict a pass returns, when its streamed text is not wanted (sub-questions)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
