"""Repairs applied to a verified answer, where the articles' own wording is more reliable than a
small model's: the time between two cited events (computed from their dates), a place answered
with the tail of its name or with a government, a position answered with anything but the title
written next to the person's name, "Kabupaten or Kota?" answered against the recorded
government, and one item's count where the model gave the count of several items together."""

from __future__ import annotations

import re
from datetime import date

from rag import compose
from rag.dates import DateSpan, in_periods, question_periods
from rag.retrieve import GOVERNMENT_CUES, Passage, government_cue
from rag.verify import FUNCTION_WORDS, PLACE_WORDS, Verdict, answer_claims, asked_title, sentence_with


def own_count(
    item: str, others: list[str], found: list[Passage], periods: list[DateSpan], value: int | None, support: list[tuple[int, str]]
) -> tuple[int | None, list[tuple[int, str]]]:
    """The count of one item ("administrators" beside "supervisors", "pejabat pengawas" in one
    period of a total): a small model often gives the count of everyone the sentence names. When
    the event's passages state exactly one number for this item alone and the model's is not it,
    that number is the answer."""
    dated = [p for p in found if not periods or in_periods(p.date, periods)]
    counts = compose.counts_of(item, others, [p.text for p in dated])
    if value in counts or len(counts) != 1:
        return value, support
    count, (index, sentence) = next(iter(counts.items()))
    return count, [(found.index(dated[index]) + 1, sentence)]


def compute_interval(verdict: Verdict, passages: list[Passage], language: str) -> None:
    """"How long between X and Y": the days between the cited articles' dates. When the model
    cited only one article, the best-ranked passage from another date is the other event (the
    question names two, and retrieval ranks both), and it is cited too."""
    cited = [n for n, _ in verdict.citations if passages[n - 1].date]
    dates = {passages[n - 1].date for n in cited}
    if len(dates) == 1:
        other = next((i for i, p in enumerate(passages, 1) if p.date and p.date not in dates), None)
        if other is not None:
            cited.append(other)
            verdict.citations = sorted([*verdict.citations, (other, passages[other - 1].text.split(". ")[0])])
    dated = [(date.fromisoformat(passages[n - 1].date), f"[{n}]") for n in cited]
    if computed := compose.interval(dated, language):
        verdict.answer = computed
    else:
        verdict.found, verdict.reason = False, "the cited passages do not date two events"


def name_holder(verdict: Verdict, question: str, passages: list[Passage]) -> None:
    """"Siapa Bupati Serang ...?" answered with the title itself ("Bupati Serang"): the name the
    cited passage writes after that title ("Bupati Serang Ratu Rachmatuzakiyah") is the answer."""
    forms = asked_title(question)
    if not forms or answer_claims(verdict.answer)[1] - set(question.split()):
        return
    for n, _ in verdict.citations:
        flat = " ".join(passages[n - 1].text.split())
        for form in forms:
            for match in re.finditer(re.escape(form), flat, re.IGNORECASE):
                if person := _HOLDER.match(flat[match.end() :]):
                    verdict.answer = f"{person.group('name')} [{n}]"
                    verdict.citations = [(n, sentence_with(person.group("name"), flat))]
                    return


# After a title: more title and government words ("Bupati Serang", "Kota Serang"), then the name.
_HOLDER = re.compile(
    r"(?:\s*,?\s*(?:Bupati|Wali\s*Kota|Walikota|Daerah|Kabupaten|Kota|Serang|Pemkab|Pemkot)\b)*,?\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-zA-Z]+){0,3})"
)


def widen_place(verdict: Verdict, passages: list[Passage]) -> None:
    """A where-answer widened to the whole place phrase of its evidence or cited passage, and the
    quote moved to the sentence that names the place."""
    texts = [quote for _, quote in verdict.citations] + [passages[n - 1].text for n, _ in verdict.citations]
    widened = place_phrase(verdict.answer, texts)
    if widened == verdict.answer:
        return
    verdict.answer = widened
    phrase = re.sub(r"\s*\[\d+\]", "", widened)
    verdict.citations = [
        (n, quote if phrase in quote else sentence_with(phrase, passages[n - 1].text) or quote) for n, quote in verdict.citations
    ]


_PLACE = re.compile(r"\b(where|di ?mana|lokasi|tempat)\b", re.IGNORECASE)
_DI_PHRASE = re.compile(r"\b(?:di|at|in)\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*)")


def asks_place(question: str) -> bool:
    return bool(_PLACE.search(question))


def place_phrase(answer: str, texts: list[str]) -> str:
    """A where-answer repaired to the whole "di <Place Name>" phrase of the evidence or cited passage
    that holds it: a small model often answers with the tail of the place ("Pemkab Serang" for
    "di Lapangan Tenis Indoor Pemkab Serang"). Other answers are returned as they are."""
    body = re.sub(r"\s*\[\d+\]", "", answer).strip(" .")
    marks = "".join(re.findall(r"\[\d+\]", answer))
    if not body:
        return answer
    for text in texts:
        for match in _DI_PHRASE.finditer(text):
            phrase = match.group(1)
            if body.lower() in phrase.lower() and len(phrase) > len(body):
                return f"{phrase} {marks}".strip()
    if _GOVERNMENT_ONLY.match(body):
        # "Pemkab Serang" names who, not where: the first place the evidence puts them at is the answer.
        for text in texts:
            for match in _DI_PHRASE.finditer(text):
                if match.group(1).split()[0].lower() in PLACE_WORDS:
                    return f"{match.group(1)} {marks}".strip()
    return answer


_GOVERNMENT_ONLY = re.compile(r"^(?:pemkab|pemkot|pemerintah|kabupaten|kota|regency|city)(?:\s+(?:kabupaten|kota))?\s+serang$", re.IGNORECASE)


def asks_government(question: str) -> bool:
    """"Was it Kabupaten or Kota Serang?": both governments named as alternatives."""
    return bool(_EITHER.search(question)) and all(rx.search(question) for rx in GOVERNMENT_CUES.values())


def choose_government(verdict: Verdict, question: str, passages: list[Passage]) -> None:
    """The answer to "Kabupaten or Kota?" is the government of the article it cites, which ingest
    recorded; a small model picks either name."""
    periods = question_periods(question)
    cited = [n for n, _ in verdict.citations]
    event = [n for n in cited if periods and in_periods(passages[n - 1].date, periods)] or cited
    governments = {passages[n - 1].metadata.get("government") for n in event} - {None}
    if len(governments) == 1 and (chosen := governments.pop()) != government_cue(verdict.answer):
        verdict.answer = f"{chosen} {''.join(f'[{n}]' for n in event)}"
        verdict.citations = [c for c in verdict.citations if c[0] in event]


_EITHER = re.compile(r"\b(or|atau)\b", re.IGNORECASE)


_ROLE = re.compile(
    r"\bwhat\s+(?:was\s+)?(?:\w+(?:'s|’s)?\s+){0,4}?(?:position|post|title|role|office|job)\b"
    r"|\bapa\s+jabatan\b|\bmenjabat\s+(?:sebagai\s+)?apa\b",
    re.IGNORECASE,
)
_WHO = re.compile(r"\b(who|whom|siapa|siapakah|which (?:official|person|officer)|pejabat (?:yang )?mana)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(before|previous(ly)?|prior|sebelum(nya)?)\b", re.IGNORECASE)
_AFTER = re.compile(r"\b(after|afterwards|later|now|then|setelah|sesudah|kemudian|kini|sekarang)\b", re.IGNORECASE)
_TITLE_START = re.compile(
    r"\b(?:Kepala|Sekretaris|Sekertaris|Wakil|Bupati|Wali ?[Kk]ota|Walikota|Camat|Plt|Pelaksana Tugas|Asda|Asisten|Sekda|Direktur|Ketua|Lurah)\b"
)


def asks_role(question: str) -> bool:
    """"What position did X hold", "Apa jabatan X": a title is asked, not a person."""
    return bool(_ROLE.search(question)) and not _WHO.search(question)


def role_in(person: str, text: str, before: bool, after: bool = False) -> str | None:
    """The title an article writes for `person`: the title phrase right before the name
    ("Kepala BKPSDM Kabupaten Serang Surtaman"); asked what they were before, the
    "(sebelumnya ...)" after it; asked what they became, the "... kini menjadi ..." after it."""
    flat = " ".join(text.split())
    if after and (match := re.search(re.escape(person) + r"\s+(?:kini\s+|sekarang\s+|kemudian\s+)?menjadi\s+([^.;,]+)", flat)):
        return match.group(1).strip()
    if before:
        match = re.search(re.escape(person) + r"\s*\((?:yang\s+)?sebelumnya(?:\s+menjabat)?\s+((?:[^().]|\([^()]*\))+)", flat)
        if not match:
            return None
        phrase = match.group(1).strip(" ,")
        return phrase + ")" * (phrase.count("(") - phrase.count(")"))
    for found in re.finditer(re.escape(person), flat):
        sentence = re.split(r"[.;:!?]\s", flat[: found.start()])[-1]
        starts = [m.start() for m in _TITLE_START.finditer(sentence)]
        if starts and 0 < len(phrase := sentence[starts[-1] :].strip(" ,(")) and len(phrase.split()) <= 20:
            return phrase
    return None


def person_in(question: str, names: list[str], text: str = "") -> list[str]:
    """Runs of the question's names ("Mohamad Ishak Abdul Raup", "Surtaman"), nearest to the word
    that asks for a position first: "Apa jabatan Surtaman ... oleh Bupati Zakiyah" is about Surtaman."""
    asks = [m.start() for m in _ROLE.finditer(question)] or [0]
    people: dict[str, int] = {}
    for run in re.finditer(r"(?:\b[A-Z][a-z]+\b(?:'s|’s)?\s*)+", question):
        person = " ".join(w for w in re.sub(r"'s|’s", "", run.group(0)).split() if w in names)
        if person and f"({person})" not in text:  # "(Disdukcapil)": an office, not a person
            distance = min(min(abs(a - run.start()), abs(a - run.end())) for a in asks)
            people[person] = min(distance, people.get(person, distance))
    return sorted(people, key=people.__getitem__)


_GENERIC_TITLE_WORDS = FUNCTION_WORDS | set("dinas badan bidang bagian head chief office of the and dan pada sekaligus".split())


def _distinctive(text: str) -> set[str]:
    """The words that tell one office from another ("bkpsdm", "bangrir", "bappeda")."""
    return {w for w in re.findall(r"\w{3,}", text.lower()) if w not in _GENERIC_TITLE_WORDS}


def role(verdict: Verdict, question: str, passages: list[Passage], eligible: list[int], names: list[str]) -> None:
    """A position answered with something that is not the title the article gives the person
    ("Pemkab Serang", "Bupati" for Surtaman) is replaced by that title, cited where it is written.
    `eligible` are the passage numbers from the period and articles the question is about."""
    before = bool(_BEFORE.search(question))
    body = re.sub(r"\s*\[\d+\]", "", verdict.answer).strip(" .").lower()
    cited = [n for n, _ in verdict.citations if n in eligible]
    people = person_in(question, names, " ".join(p.text for p in passages))
    if not people:
        return
    for n in cited + [n for n in eligible if n not in cited]:
        if title := role_in(people[0], passages[n - 1].text, before, bool(_AFTER.search(question))):
            if not body or not (body in title.lower() or title.lower() in body or _distinctive(body) & _distinctive(title)):
                verdict.answer = f"{title} [{n}]"
                verdict.citations = [(n, sentence_with(people[0], passages[n - 1].text))]
            return


_TIME_UNIT = re.compile(r"\b(?:how many|berapa)\s+(years|months|weeks|days|hours|tahun|bulan|minggu|hari|jam)\b", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\s*(\d[\d.,]*)\s*((?:\[\d+\])*)\s*\.?\s*$")


def add_time_unit(verdict: Verdict, question: str) -> None:
    """"Over how many years ...?" answered "5 [2]": a bare number is given the unit the question
    asked in ("5 years [2]"), so it cannot be read as a count of anything else."""
    if (unit := _TIME_UNIT.search(question)) and (bare := _BARE_NUMBER.match(verdict.answer)):
        verdict.answer = f"{bare.group(1)} {unit.group(1).lower()} {bare.group(2)}".strip()
