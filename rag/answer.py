"""Question -> cited answer: condense a follow-up, parse the question once, retrieve, choose the
sentences the model reads, ask it for the numbers of the sentences it used and a short answer, then
run the rule registry (`rag.rules`) before anything is returned.

A small local model cites well but answers everything, so refusal is ours; and a small model does
not add or compare, so questions that combine events are asked one part at a time
(`rag.compose`) and the arithmetic is ours. The Answerer knows no rule by name: it runs the
registry, retries once when a refusing rule says the right sentence was not used, and records
every rule that acted in the answer's trace.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from rag import compose, prompts, rules
from rag.cache import AnswerCache
from rag.context import Context, Sentence, build
from rag.dates import DateSpan, format_date, in_language
from rag.llm import LLM
from rag.question import Question
from rag.reply import ANSWER_SCHEMA, AnswerStreamer, parse_reply
from rag.retrieve import Filters, Passage, Retriever
from rag.text import markers, numbers_in, renumber, scale_of, strip_markers, with_markers

log = logging.getLogger(__name__)


@dataclass
class Citation:
    id: int
    source: str
    title: str | None
    date: str | None
    quote: str  # the cited sentence, exactly as the article writes it
    score: float
    outlet: str | None = None
    government: str | None = None
    text: str = ""  # the retrieved passage the sentence is in


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
    kind: str = ""  # what the question asks for (rag.question KINDS)
    trace: list[dict[str, Any]] = field(default_factory=list)  # every rule that acted: rule, action, before, after, why
    refused_by: str | None = None  # the rule that refused, when not found
    cached: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AskResult:
        return cls(**{**data, "citations": [Citation(**c) for c in data.get("citations", [])]})


@dataclass
class Sources:
    """The passages retrieval found, sent to a UI before the model has answered."""

    passages: list[dict[str, Any]]


@dataclass
class _Answered:
    """One pass of the model over one context, after the rules."""

    context: Context
    outcome: rules.Outcome

    @property
    def found(self) -> bool:
        return self.outcome.refused is None

    @property
    def draft(self) -> rules.Draft:
        return self.outcome.draft

    def after(self, first: _Answered, step: str, why: str) -> _Answered:
        """This retry, its trace led by the first pass's steps and the retry's own."""
        self.outcome.steps[:0] = first.outcome.steps + [rules.Step(step, "retried", first.draft.answer, "", why)]
        return self


class _Merged:
    """The cited sentences of several contexts numbered once, for an answer built from parts."""

    def __init__(self) -> None:
        self.sentences: list[Sentence] = []
        self.numbers: dict[tuple[str, int, int], int] = {}
        self.passages: dict[str, Passage] = {}

    def cite(self, context: Context, numbers: list[int]) -> dict[int, int]:
        """Add a part's cited sentences; returns their numbers in the merged numbering."""
        mapping = {}
        for number in numbers:
            sentence = context.get(number)
            key = sentence.key
            if key not in self.numbers:
                self.sentences.append(sentence)
                self.numbers[key] = len(self.sentences)
            mapping[number] = self.numbers[key]
        for passage in context.passages:
            self.passages.setdefault(passage.node_id, passage)
        return mapping


class Answerer:
    """The whole question-answering pipeline; the server and the eval harness both call this."""

    def __init__(self, retriever: Retriever, llm: LLM, cache: AnswerCache | None = None) -> None:
        self.retriever = retriever
        self.llm = llm
        self.settings = retriever.settings
        self.cache = cache
        self._articles: dict[str, str] = {}

    # ---- entry points ---------------------------------------------------------------------

    def ask(self, question: str, history: list[dict[str, str]] | None = None, filters: Filters | None = None, top_k: int | None = None) -> AskResult:
        result = None
        for item in self.stream(question, history, filters, top_k):
            if isinstance(item, AskResult):
                result = item
        assert result is not None
        return result

    def stream(
        self,
        question: str,
        history: list[dict[str, str]] | None = None,
        filters: Filters | None = None,
        top_k: int | None = None,
    ) -> Iterator[str | Sources | AskResult]:
        """Yield the retrieved sources, then answer text pieces as they are generated, then the
        checked AskResult last."""
        started = time.perf_counter()
        key = self.cache.key(question, history, filters, top_k, self._revision(), self.llm.model) if self.cache else None
        if key and (hit := self.cache.get(key)):
            hit.cached = True
            hit.timings = {"total_s": round(time.perf_counter() - started, 4)}
            yield hit.answer
            yield hit
            return
        timings: dict[str, float] = {}
        self._articles = {}
        standalone = self.condense(question, history or [])
        timings["condense_s"] = time.perf_counter() - started
        facts = self.retriever.parse(standalone)
        result: AskResult | None = None
        if plan := compose.plan(facts):
            result = yield from self._combined(plan, facts, question, filters, timings)
            if not result.found and plan.operation == "sum" and all(p.span is None and p.government is None for p in plan.parts):
                result = None  # a total of categories the article gives as one number ("17 pejabat administrator dan pengawas")
        elif len(asked := compose.clauses(standalone)) > 1:
            result = yield from self._clauses(asked, facts, question, filters, top_k, timings)
        if result is None:
            answered = yield from self._single(facts, filters, top_k, timings)
            merged = _Merged()
            mapping = merged.cite(answered.context, answered.draft.cited) if answered.found else {}
            result = self._result(question, facts, answered, mapping, merged, timings)
        timings["total_s"] = time.perf_counter() - started
        result.timings = {k: round(v, 3) for k, v in timings.items()}
        if key:
            self.cache.put(key, result)
        yield result

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

    # ---- one question ---------------------------------------------------------------------

    def _single(
        self, facts: Question, filters: Filters | None, top_k: int | None, timings: dict[str, float], part: bool = False
    ) -> Generator[str | Sources, None, _Answered]:
        """One retrieval, one pass, the rules; and one focused retry when a refusing rule says the
        answer came from the wrong sentence (an article about someone else, a sentence without the
        asked title)."""
        passages = self._retrieve(facts, top_k or self.settings.top_k, filters, timings)
        read = " ".join(p.text for p in passages)
        # asked about someone, a name chat writes in lower case is read from the whole of the
        # retrieved articles: the chunk that ranked may give only the first name ("ditinggalkan
        # Iwan"); for other questions, from the chunks (a place is no person)
        whole = not facts.persons and facts.kind in ("person", "title", "other") and " ".join(self._article_text(d) for d in dict.fromkeys(p.doc_id for p in passages))
        facts = facts.with_people_from(whole or read)
        facts = facts.with_places_from(read)
        passages += self.retriever.naming(passages, facts.persons)
        yield Sources([p.as_dict() for p in passages])
        answered = yield from self._pass(facts, self._context(facts, passages, timings), timings, part=part)
        retry = answered.outcome.refused_by.retry if answered.outcome.refused_by else ""
        if retry == "focus":
            focused = self._focus(facts, passages, filters, top_k or self.settings.top_k, timings)
            if focused and {p.node_id for p in focused} != {p.node_id for p in passages}:
                retried = _drain(self._pass(facts, self._context(facts, focused, timings), timings, part=part))
                answered = retried.after(answered, "focused_retry", "asked again over the passages naming whom the question is about")
        elif retry == "elsewhere":
            answered = self._elsewhere(facts, answered, filters, top_k or self.settings.top_k, timings, part=part)
        elif retry == "again":
            again = _drain(self._pass(facts, answered.context, timings, part=part, form=f"{facts.kind if part else facts.form}_again"))
            answered = again.after(answered, "asked_again", "asked again over the same sentences, with a hint that quotes no example")
        return answered

    def _elsewhere(
        self, facts: Question, answered: _Answered, filters: Filters | None, k: int, timings: dict[str, float], **asked: Any
    ) -> _Answered:
        """One more pass, over a wider retrieval (`RAG_CANDIDATE_K`) without the cited sentences
        that state the refused answer's numbers: the rule said they hold another year's, event's
        or place's figure, a share, or a hope ("berharap ... 20 orang"), and the one asked for is
        often further on or in a later article ("diikuti 23 pendaftar"). The rules check the new
        answer as they did the first."""
        draft = answered.draft
        refused = draft.counts()
        stating = draft.stating(refused) or [s for n in draft.cited if (s := answered.context.get(n))]
        # a sentence that also states another count may hold the answer: "menjangkau 41.300 lansia atau 64 persen"
        if refused:
            stating = [s for s in stating if not rules.states_another_count(s.text, refused | numbers_in(facts.text))]
        if not stating:
            return answered
        passages = self._retrieve(facts, max(self.settings.candidate_k, k), filters, timings)
        context = self._context(facts, passages, timings, leave_out=frozenset(s.key for s in stating))
        if not context.sentences:
            return answered
        retried = _drain(self._pass(facts, context, timings, **asked))
        why = f"asked again without the sentences stating {draft.body()!r} ({', '.join(f'[{s.number}]' for s in stating)})"
        return retried.after(answered, "retried_elsewhere", why)

    def _retrieve(self, facts: Question, k: int, filters: Filters | None, timings: dict[str, float]) -> list[Passage]:
        t = time.perf_counter()
        passages = self.retriever.retrieve(facts.text, top_k=k, filters=filters, facts=facts)
        timings["retrieve_s"] = timings.get("retrieve_s", 0.0) + time.perf_counter() - t
        return passages

    def _context(self, facts: Question, passages: list[Passage], timings: dict[str, float], leave_out: frozenset = frozenset()) -> Context:
        t = time.perf_counter()
        context = build(self.retriever, facts, passages, self.settings.context_chars, leave_out=leave_out)
        timings["context_s"] = timings.get("context_s", 0.0) + time.perf_counter() - t
        return context

    def _pass(
        self, facts: Question, context: Context, timings: dict[str, float], ask: str | None = None, part: bool = False,
        item: str = "", others: tuple[str, ...] = (), form: str = "",
    ) -> Generator[str, None, _Answered]:
        """One LLM pass over the context, then the rules; yields answer text as it streams. `form`
        picks another hint line than the question's own ("date_again")."""
        raw = ""
        if context.sentences:
            form = form or (facts.kind if part else facts.form)
            messages = prompts.build_messages(ask or facts.text, context.render(facts.language), form, facts.language)
            t = time.perf_counter()
            streamer = AnswerStreamer()
            first = None
            for piece in self.llm.chat(messages, schema=ANSWER_SCHEMA, max_tokens=self.settings.max_answer_tokens):
                first = first or time.perf_counter()
                raw += piece
                if not part and (text := streamer.feed(piece)):
                    yield text
            timings["llm_s"] = timings.get("llm_s", 0.0) + time.perf_counter() - t
            timings.setdefault("llm_first_token_s", (first or time.perf_counter()) - t)
            timings["llm_calls"] = timings.get("llm_calls", 0) + 1
            for name, value in (getattr(self.llm, "last_usage", None) or {}).items():
                timings[name] = timings.get(name, 0) + value
        t = time.perf_counter()
        reply = parse_reply(raw) if raw else parse_reply("")
        draft = rules.Draft(facts, context, reply.answer, reply.sentences, self._article_text, part=part, item=item, others=others)
        outcome = rules.run(draft)
        if outcome.refused:
            log.info("not found: %s (%s) | model answered %r | %s", outcome.refused.why, outcome.refused_by.name, reply.answer, facts.text)
        timings["rules_s"] = timings.get("rules_s", 0.0) + time.perf_counter() - t
        return _Answered(context, outcome)

    def _focus(self, facts: Question, passages: list[Passage], filters: Filters | None, k: int, timings: dict[str, float]) -> list[Passage]:
        """The best-ranked passages, from a wider retrieval, of articles that name everyone the
        question names and hold the title it asks for."""
        wider = self._retrieve(facts, max(self.settings.candidate_k, k), filters, timings)
        people = facts.people_in(" ".join(p.text for p in passages))
        naming = {
            doc for doc in {p.doc_id for p in wider} if all(re.search(rf"\b{re.escape(n)}\b", self._article_text(doc), re.I) for n in people)
        }
        title = facts.title.pattern() if facts.title else None
        return [p for p in wider if p.doc_id in naming and (not title or re.search(title, p.text))][:k]

    def _article_text(self, doc_id: str) -> str:
        if doc_id not in self._articles:
            self._articles[doc_id] = self.retriever.index.text(doc_id) or ""
        return self._articles[doc_id]

    def _revision(self) -> str:
        return f"{self.retriever.index.revision()}:{self.retriever.index.chunk_count()}"

    # ---- questions that combine ------------------------------------------------------------

    def _combined(
        self, plan: compose.Plan, facts: Question, question: str, filters: Filters | None, timings: dict[str, float]
    ) -> Generator[str | Sources, None, AskResult]:
        """Each part asked on its own (a period or government over its own passages; an
        alternative or breakdown item over the event's shared sentences, so the prompt prefix is
        shared too); the arithmetic is ours. A part the articles do not cover makes the whole
        answer not found: a total with a part missing is not a total."""
        base = filters or Filters()
        merged = _Merged()
        parts: list[compose.PartAnswer] = []
        steps: list[dict[str, Any]] = []
        shared: Context | None = None
        refused: _Answered | None = None
        confidence = 1.0
        for number, part in enumerate(plan.parts, start=1):
            ask = compose.sub_question(facts.text, part, facts.language, tuple(p for p in plan.parts if p is not part), facts.counted, plan.percent)
            if part.span is None and part.government is None:
                if shared is None:
                    passages = self._retrieve(facts, self.settings.top_k, base, timings)
                    yield Sources([p.as_dict() for p in passages])
                    shared = self._context(facts, passages, timings)
                context, part_facts, scope = shared, _narrow(facts, part, percent=plan.percent), base
                others = tuple(p.clause for p in plan.parts if p is not part)
                item = part.clause
            else:
                narrowed = Filters(
                    date_from=max(filter(None, [base.date_from, part.span.start if part.span else None]), default=None),
                    date_to=min(filter(None, [base.date_to, _until(part.span, facts.as_of)]), default=None),
                    government=base.government or part.government or (facts.governments[0] if len(facts.governments) == 1 else None),
                )
                part_facts = self.retriever.parse(ask.split("\n")[0])
                part_facts = _narrow(part_facts, part, facts, plan.percent)
                passages = self._retrieve(part_facts, self.settings.part_top_k, narrowed, timings)
                yield Sources([p.as_dict() for p in passages])
                context = self._context(part_facts, passages, timings)
                others, item, scope = (), facts.counted, narrowed
            answered = _drain(self._pass(part_facts, context, timings, ask=ask, part=True, item=item, others=others))
            if answered.outcome.refused_by and answered.outcome.refused_by.retry == "elsewhere":
                answered = self._elsewhere(part_facts, answered, scope, len(context.passages), timings, ask=ask, part=True, item=item, others=others)
                context = answered.context
            steps += [{**asdict(s), "part": number} for s in answered.outcome.steps]
            value = compose.part_number(answered.draft.answer, part) if answered.found else None
            if value is None and part.span and not base.date_to and (reported := _reported_by(plan)) > narrowed.date_to:
                # an earlier period's figure is often given only beside the later one's, in the
                # later article ("132 kepala sekolah, lebih banyak dari 104 pada April 2025"), and
                # a period's figure in an article weeks after it ("hasil penimbangan Februari
                # 2026", dated April): cited_from_asked_period holds such a sentence to naming the period
                wider = replace(narrowed, date_to=reported)
                passages = self._retrieve(part_facts, self.settings.part_top_k, wider, timings)
                yield Sources([p.as_dict() for p in passages])
                context = self._context(part_facts, passages, timings)
                answered = _drain(self._pass(part_facts, context, timings, ask=ask, part=True, item=item, others=others))
                steps.append({"rule": "part_from_a_later_article", "action": "retried", "before": "", "after": "", "why": f"no checked count for {part.clause} in its own period's articles: asked again over articles up to {reported.isoformat()}", "part": number})
                steps += [{**asdict(s), "part": number} for s in answered.outcome.steps]
                value = compose.part_number(answered.draft.answer, part) if answered.found else None
            if value is None:
                refused = answered
                break
            mapping = merged.cite(context, answered.draft.cited)
            cites = "".join(f"[{mapping[n]}]" for n in answered.draft.cited)
            if part.span is None and part.government is None:
                label = part.clause
            else:
                cited = [context.get(n) for n in answered.draft.cited]
                stating = next((s for s in cited if value in numbers_in(s.text)), cited[0])  # whose date and government the count is
                # a count reported after its period ("pada 2024 sebesar 81,7 persen", in a 2025 article) is the period's
                said = date.fromisoformat(stating.date) if stating.date else None
                when = format_date(said, facts.language) if said and not (part.span and not part.span.start <= said <= part.span.end) else (part.span.text if part.span else "")
                label = ", ".join(filter(None, [stating.government or part.government, when]))
            written = " ".join([strip_markers(answered.draft.answer)] + [sentence.text for n in answered.draft.cited if (sentence := context.get(n))])
            parts.append(compose.PartAnswer(part, value, label, cites, scale_of(value, written)))
            confidence = min(confidence, answered.draft.confidence)
        if refused is not None:
            why = refused.outcome.refused.why if refused.outcome.refused else "no count in the answer"
            steps.append({"rule": "every_part_answered", "action": "refused", "before": refused.draft.answer, "after": "", "why": f"no checked count for {part.clause}: {why}", "part": number})
            return self._combined_result(question, facts, None, merged, steps, refused.outcome.refused_by.name if refused.outcome.refused_by else "every_part_answered", timings, 0.0)
        answer = compose.combine(plan.operation, parts, facts.language, plan.percent)
        return self._combined_result(question, facts, answer, merged, steps, None, timings, confidence)

    def _clauses(
        self, asked: list[str], facts: Question, question: str, filters: Filters | None, top_k: int | None, timings: dict[str, float]
    ) -> Generator[str | Sources, None, AskResult]:
        """A question asking two things ("who was X, and who was Y?") is two questions to a small
        model: each clause is answered and checked on its own, and the answers are joined. A
        clause the articles do not answer makes the whole not found."""
        merged = _Merged()
        answers, steps, confidence = [], [], 1.0
        for number, clause in enumerate(asked, start=1):
            clause_facts = self.retriever.parse(clause)
            answered = yield from _only_sources(self._single(clause_facts, filters, top_k, timings))
            steps += [{**asdict(s), "part": number} for s in answered.outcome.steps]
            if not answered.found:
                return self._combined_result(question, facts, None, merged, steps, answered.outcome.refused_by.name, timings, 0.0)
            mapping = merged.cite(answered.context, answered.draft.cited)
            answers.append(renumber(with_markers(answered.draft.answer, answered.draft.cited), mapping))
            confidence = min(confidence, answered.draft.confidence)
        return self._combined_result(question, facts, "; ".join(answers), merged, steps, None, timings, confidence)

    # ---- results ---------------------------------------------------------------------------

    def _result(self, question: str, facts: Question, answered: _Answered, mapping: dict[int, int], merged: _Merged, timings) -> AskResult:
        draft = answered.draft
        answer = renumber(with_markers(draft.answer, draft.cited), mapping) if answered.found else None
        return self._assemble(
            question, facts, answer, merged, [asdict(s) for s in answered.outcome.steps],
            answered.outcome.refused_by.name if answered.outcome.refused_by else None, draft.confidence, draft.unverified,
            answered.context.passages,
        )

    def _combined_result(self, question, facts, answer, merged, steps, refused_by, timings, confidence) -> AskResult:
        return self._assemble(question, facts, answer, merged, steps, refused_by, confidence, [], list(merged.passages.values()))

    def _assemble(
        self, question: str, facts: Question, answer: str | None, merged: _Merged, trace: list[dict[str, Any]],
        refused_by: str | None, confidence: float, unverified: list[str], passages: list[Passage],
    ) -> AskResult:
        """The result a user sees: citations numbered 1..n in the order the answer cites them."""
        found = answer is not None
        order = markers(answer) if found else []
        order += [n for n in range(1, len(merged.sentences) + 1) if n not in order] if found else []
        shown = {old: new for new, old in enumerate(order, start=1)}
        citations = [
            Citation(
                id=shown[n],
                source=s.doc_id,
                title=s.passage.title,
                date=s.date,
                quote=s.text,
                score=round(s.passage.score, 6),
                outlet=s.passage.metadata.get("outlet"),
                government=s.government,
                text=s.passage.text,
            )
            for n, s in sorted(((n, merged.sentences[n - 1]) for n in order), key=lambda pair: shown[pair[0]])
        ]
        text = renumber(answer, shown) if found else prompts.refusal(facts.language)
        return AskResult(
            answer=in_language(text, facts.language) if found else text,
            found=found,
            citations=citations,
            language=facts.language,
            timings={},
            question=question,
            standalone_question=facts.text,
            confidence=round(confidence, 2) if found else 0.0,
            unverified=unverified,
            backend=self.llm.name,
            model=self.llm.model,
            retrieved=[p.doc_id for p in passages],
            kind=facts.kind,
            trace=trace,
            refused_by=refused_by,
        )


def _until(span: DateSpan | None, as_of: bool = False) -> date | None:
    """The last day an article reporting on a part's period may be dated: its end, or for a
    whole year a year after (a year's figure comes out in the next: "pada seleksi terbuka tahun
    2025 ... 21 pendaftar", dated January 2026; cited_from_asked_period holds such a sentence to
    naming the year); for a figure as it stood then ("triwulan I 2026"), two months after."""
    if span is None:
        return None
    return span.end + timedelta(days=366) if span.whole_year else span.end + timedelta(days=62) if as_of else span.end


def _reported_by(plan: compose.Plan) -> date:
    """The last day an article may report a part's figure when its own period's articles do not:
    a year after the latest part's period. A figure comes out weeks or months after its period
    ("hasil penimbangan Februari 2026", dated April), and an earlier figure is given as the base of
    the later one's ("lebih banyak dari 104 pada April 2025"); `Question.reports_on` holds such a
    sentence to naming the period."""
    return max(p.span.end for p in plan.parts if p.span) + timedelta(days=366)


def _narrow(facts: Question, part: compose.Part, whole: Question | None = None, percent: bool = False) -> Question:
    """A part is a plain count (or percentage), of its own period and government, of what the
    whole question counts (its sub-question may no longer say it the way the parser reads a
    count)."""
    return replace(
        facts,
        kind="percent" if percent else "count",
        counted=facts.counted or (whole.counted if whole else ""),
        counted_terms=facts.counted_terms or (whole.counted_terms if whole else ()),
        periods=(part.span,) if part.span else facts.periods,
        governments=(part.government,) if part.government else facts.governments,
    )


def _drain(steps: Generator[Any, None, _Answered]) -> _Answered:
    """The value a pass returns, when its streamed text is not wanted (parts)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def _only_sources(steps: Generator[Any, None, _Answered]) -> Generator[Sources, None, _Answered]:
    """A clause's pass, passing on its sources but not its streamed text (not the final answer)."""
    while True:
        try:
            item = next(steps)
        except StopIteration as stop:
            return stop.value
        if isinstance(item, Sources):
            yield item
