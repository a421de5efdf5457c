"""Check a model's answer against the passages it cites, repair what can be repaired, and decide
whether the answer may be returned as found.

Checks, in order: each quoted evidence sentence exists in its passage (fuzzy, then snapped to the
passage's own words); every number in the answer is in a cited passage, or is a sum or difference
of two such numbers (cross-article totals); every proper name is in a cited passage; a claim found
only in an uncited retrieved passage gets that passage cited; a percentage is a percentage in a
cited passage; the cited passages are dated in the period the question names. Then whether the
answer answers what was asked (`unanswered`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from itertools import combinations

from rag.dates import MONTHS, DateSpan, in_periods
from rag.glossary import EN_TO_ID
from rag.retrieve import Passage

_NOT_FOUND = re.compile(
    r"\b(not found|tidak ditemukan|tidak disebut(kan)?|tidak diketahui|tidak ada informasi|tidak dijelaskan"
    r"|no (information|data|mention)|not (stated|specified|provided|mentioned|given)|does not (say|mention|state|specify)"
    r"|do not (say|mention|state|specify)|tidak ada [^.]{0,60}\b(diketahui|disebutkan|informasi))\b",
    re.IGNORECASE,
)
_CITE = re.compile(r"\[(\d{1,2})\]")
_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+")
_PASSAGE_REF = re.compile(r"\b(pa?s+a[gs]e?|bagian|paragraf|paragraph)\s*\d+", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-zA-Z'’-]{2,}\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")

_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
# Capitalised words that are language, not names: checking them against passages proves nothing.
_NOT_NAMES = set(MONTHS) | {
    "the", "this", "that", "there", "they", "she", "his", "her", "and", "not", "found", "articles", "article",
    "yang", "dan", "pada", "tidak", "ditemukan", "dalam", "artikel", "sebanyak", "total", "jumlah", "yes", "no",
    "ya", "tidak", "english", "indonesian", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "officials", "pejabat", "head",
    "kepala", "regent", "mayor", "city", "regency", "government", "secretary", "deputy", "district", "former",
    "new", "previously", "sebelumnya", "who", "what", "which", "answer", "according", "menurut", "ini", "itu",
    "orang", "people", "both", "kedua", "sum", "difference", "selisih", "lebih", "more", "than", "dari",
} | set(_NUMBER_WORDS)


@dataclass
class Evidence:
    passage: int
    quote: str


@dataclass
class Verdict:
    answer: str
    found: bool
    citations: list[tuple[int, str]]
    confidence: float
    unverified: list[str] = field(default_factory=list)
    reason: str = ""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def locate_quote(quote: str, text: str) -> str | None:
    """The passage's own words for a quote: exact (modulo case/space) or the closest sentence."""
    q = _norm(quote).strip(" .\"'“”")
    if len(q) < 8:
        return None
    flat = re.sub(r"\s+", " ", text)
    idx = flat.lower().find(q)
    if idx >= 0:
        return flat[idx : idx + len(q)]
    best, best_ratio = None, 0.0
    for sentence in _SENTENCE.findall(flat):
        ratio = difflib.SequenceMatcher(None, q, _norm(sentence)).ratio()
        if ratio > best_ratio:
            best, best_ratio = sentence.strip(), ratio
    return best if best_ratio >= 0.75 else None


def numbers_in(text: str) -> set[int]:
    values = set()
    for token in _NUMBER.findall(text):
        digits = re.sub(r"[.,]", "", token)
        if digits.isdigit() and len(digits) < 12:
            values.add(int(digits))
    for word in re.findall(r"[a-zA-Z]+", text.lower()):
        if word in _NUMBER_WORDS:
            values.add(_NUMBER_WORDS[word])
    return values


def answer_claims(answer: str) -> tuple[set[int], set[str]]:
    """Numbers and proper names the answer asserts (citation markers and dates' month names excluded)."""
    body = _PASSAGE_REF.sub(" ", _CITE.sub(" ", answer))
    names = {w for w in _NAME.findall(body) if w.lower() not in _NOT_NAMES}
    return numbers_in(body), names


def sentence_with(term: str, text: str) -> str:
    for sentence in _SENTENCE.findall(re.sub(r"\s+", " ", text)):
        if term.lower() in sentence.lower():
            return sentence.strip()
    return ""


def _support_text(passage: Passage) -> str:
    """What a claim may rest on: the passage and its (possibly inferred) date."""
    return f"{passage.text} {(passage.date or '').replace('-', ' ')} {passage.title or ''}"


def _number_supported(n: int, pool: set[int]) -> bool:
    if n in pool:
        return True
    return any(n in (a + b, abs(a - b)) for a, b in combinations(pool, 2))


_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|persen\b|percent\b)", re.IGNORECASE)


def _percentages(text: str) -> set[str]:
    """Numbers stated as percentages: "10%" is not backed by "10 besar" (top 10)."""
    return {m.group(1).replace(",", ".") for m in _PERCENT.finditer(text)}


def verify_answer(
    answer: str, evidence: list[Evidence], passages: list[Passage], periods: list[DateSpan], wants_number: bool = False
) -> Verdict:
    """Decide found/not found and which passages support the answer; never trusts the model's word.
    `wants_number`: the question asks "how many", so an answer without a number is no answer."""
    refuse = Verdict(answer="", found=False, citations=[], confidence=0.0)
    if not answer or _NOT_FOUND.search(answer) or not passages:
        refuse.reason = "model or retrieval found nothing"
        return refuse
    if wants_number and not answer_claims(answer)[0]:
        refuse.reason = "a quantity was asked and the answer holds no number"
        return refuse

    cited: dict[int, str] = {}
    for item in evidence:
        if 1 <= item.passage <= len(passages):
            located = locate_quote(item.quote, passages[item.passage - 1].text) if item.quote else None
            if located:
                cited[item.passage] = located
    for marker in _CITE.findall(answer):
        n = int(marker)
        if 1 <= n <= len(passages):
            cited.setdefault(n, "")

    numbers, names = answer_claims(answer)
    confidence = 1.0
    unverified: list[str] = []

    def pool(ids) -> tuple[set[int], str]:
        texts = " ".join(_support_text(passages[i - 1]) for i in ids)
        return numbers_in(texts), texts.lower()

    cited_numbers, cited_text = pool(cited)
    for n in sorted(numbers):
        if _number_supported(n, cited_numbers):
            continue
        holder = next((i for i, p in enumerate(passages, 1) if n in numbers_in(_support_text(p))), None)
        if holder is not None:
            cited[holder] = cited.get(holder) or sentence_with(str(n), passages[holder - 1].text)
            cited_numbers, cited_text = pool(cited)
            confidence -= 0.1
        elif not _number_supported(n, cited_numbers | numbers_in(" ".join(_support_text(p) for p in passages))):
            unverified.append(str(n))
    for name in sorted(names):
        if name.lower() in cited_text:
            continue
        holder = next((i for i, p in enumerate(passages, 1) if name.lower() in p.text.lower()), None)
        if holder is not None:
            cited[holder] = cited.get(holder) or sentence_with(name, passages[holder - 1].text)
            cited_text = pool(cited)[1]
            confidence -= 0.1
        else:
            unverified.append(name)
            confidence -= 0.25

    if not cited:
        refuse.reason = "no evidence found in the passages"
        return refuse
    if any(u.isdigit() for u in unverified):
        refuse.reason = f"numbers not in any passage: {', '.join(u for u in unverified if u.isdigit())}"
        refuse.unverified = unverified
        return refuse
    if unbacked := _percentages(answer) - _percentages(cited_text):
        refuse.reason = f"percentages no cited passage gives as percentages: {', '.join(sorted(unbacked))}"
        return refuse
    dated = [passages[i - 1].date for i in cited if passages[i - 1].date]
    if periods and dated and not any(in_periods(d, periods) for d in dated):
        refuse.reason = "cited passages are from another period than the question asks about"
        return refuse

    for number in cited:
        quote = cited[number]
        if not quote or (numbers and not numbers & numbers_in(quote)):
            cited[number] = _first_sentence_overlapping(answer, passages[number - 1].text, numbers) or quote
    text = answer
    missing = [n for n in sorted(cited) if f"[{n}]" not in text]
    if missing:
        text = text.rstrip() + " " + "".join(f"[{n}]" for n in missing)
    return Verdict(
        answer=text,
        found=True,
        citations=sorted(cited.items()),
        confidence=round(max(confidence, 0.0), 2),
        unverified=unverified,
    )


_WANTS_PERCENT = re.compile(r"\b(percent(age)?|persen(tase)?)\b|%", re.IGNORECASE)
_WANTS_MONEY = re.compile(r"\b(rupiah|in rp|dalam rp)\b", re.IGNORECASE)
_MONEY = re.compile(r"\brp\.?\s*\d|\b(rupiah|ribu|juta|miliar|milyar|triliun|thousand|million|billion|trillion)\b", re.IGNORECASE)
_WANTS_DATE = re.compile(
    r"\b(tanggal|hari apa|kapan|when|what date|which date|what day|tahun berapa|what year|which year|bulan apa|in which month)\b", re.IGNORECASE
)
_WANTS_NAME = re.compile(r"\b(who|whom|whose|siapa|siapakah|names? of|nama)\b", re.IGNORECASE)


# What a "how many" / "berapa" question counts: its first word after the question words.
_COUNTED_ID = re.compile(r"\bberapa(?:kah)?\s+(?:(?:jumlah|banyak|total|selisih)\s+)*([a-z]+)", re.IGNORECASE)
_COUNTED_EN = re.compile(r"\bhow many\s+(?:(?:more|fewer)\s+)?([a-z]+)", re.IGNORECASE)
_NOT_COUNTED = set(
    "yang lama besar hari tahun bulan minggu kali orang persen banyak jumlah total kah the of were was did is are "
    "years days months weeks people times percent".split()
)


def counted_terms(question: str) -> list[str]:
    """Indonesian words for what a quantity question counts ("penduduk", "pejabat"); empty when
    the question does not say or the English word is not in the glossary."""
    if (match := _COUNTED_ID.search(question)) and match.group(1).lower() not in _NOT_COUNTED:
        return [match.group(1).lower()]
    if (match := _COUNTED_EN.search(question)) and (word := match.group(1).lower()) in EN_TO_ID and word not in _NOT_COUNTED:
        return EN_TO_ID[word].lower().split()
    return []


# Dates as articles write them ("Kamis (3/7)", "13/12/2018", "13 Desember 2018", "2026"): their
# numbers are days, months and years, never a count.
_DATE_EXPR = re.compile(
    r"\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b"
    r"|\b\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?:\s+(?:19|20)\d{2}\b)?"
    r"|\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)


def count_values(text: str) -> set[int]:
    """The numbers a passage states outside its dates: what a count can be read from."""
    return numbers_in(_DATE_EXPR.sub(" ", text))


# Titles a "who" question may ask for, and how the articles write them: "Wakil Wali Kota" asked and
# "Wali Kota Budi Rustandi" answered is the wrong person, however well the name is cited.
_TITLES: dict[re.Pattern[str], tuple[str, ...]] = {
    re.compile(r"\b(wakil|deputy|vice)\b", re.IGNORECASE): ("wakil",),
    re.compile(r"\b(sekda|sekretaris daerah|regional secretary)\b", re.IGNORECASE): ("sekda", "sekretaris daerah", "sekertaris daerah"),
    re.compile(r"\b(camat|district head)\b", re.IGNORECASE): ("camat",),
    re.compile(r"\b(wali ?kota|walikota|mayor)\b", re.IGNORECASE): ("wali kota", "walikota"),
    re.compile(r"\b(bupati|regent)\b", re.IGNORECASE): ("bupati",),
}


TITLE_MISSING = "the title asked for"
TITLE_HELD_BY_OTHER = "the name answered is not the one the passages give for the title asked"


def missing_titles(question: str, cited_text: str) -> list[str]:
    """Titles a who-question asks for that no cited passage mentions."""
    if not _WANTS_NAME.search(question):
        return []
    text = _norm(cited_text)
    return [m.group(0) for rx, forms in _TITLES.items() if (m := rx.search(question)) and not any(f in text for f in forms)]


# The title a who-question asks for sits right after its question word: "Siapa Wakil Bupati ...",
# "Who was the Regional Secretary ...", "Which Bupati ..." (not "... from the Bupati").
_ASKED_TITLE = re.compile(
    r"\b(?:siapa(?:kah)?(?:\s+nama)?|who(?:\s+(?:is|was|were|are))?(?:\s+the)?(?:\s+new)?|which)\s+(?P<title>[^?]{3,40})", re.IGNORECASE
)


def asked_title(question: str) -> tuple[str, ...]:
    """How the articles write the title a who-question asks for ("wakil"), or () for none."""
    match = _ASKED_TITLE.search(question)
    return next((forms for rx, forms in _TITLES.items() if match and rx.match(match.group("title"))), ())


def holds_asked_title(answer: str, question: str, cited_text: str) -> bool:
    """Whether a name the answer gives follows the asked title in a cited passage ("Wakil Bupati
    Serang Pandji Tiytayasa", "Walikota Serang, Budi Rustandi"): the person named next to another
    title in the same article is someone else."""
    forms = asked_title(question)
    names = [n.lower() for n in answer_claims(answer)[1] if n.lower() not in question.lower()]
    if not forms or not names:
        return True
    text = _norm(cited_text)
    windows = (" ".join(re.split(r"[.!?]", text[m.end() :])[0].split()[:6]) for form in forms for m in re.finditer(re.escape(form), text))
    return any(name in window for window in windows for name in names)


def unanswered(answer: str, question: str, wants_number: bool, cited_text: str = "") -> str | None:
    """Why a verified answer still does not answer what was asked, or None.

    Asked for something the passages do not hold, a small model copies the nearest sentence: every
    number and name in it is then in a passage, so the checks above pass. What gives it away is that
    it adds nothing to the question (its only numbers, or for a "who" question its only names, are
    the question's own), that what the question counts appears in no cited passage ("penduduk"
    answered from a sentence about districts), or that it lacks the kind of value asked for (a
    percentage, an amount of money), that its number is a day or year of a date ("3" from "Kamis
    (3/7)"), or that the title asked for ("Wakil Wali Kota") is not in the cited passages, or is
    written next to someone else."""
    numbers, names = answer_claims(answer)
    if _WANTS_PERCENT.search(question) and not _PERCENT.search(answer):
        return "a percentage was asked and the answer holds none"
    if _WANTS_MONEY.search(question) and not _MONEY.search(answer):
        return "an amount of money was asked and the answer holds none"
    if wants_number and not numbers - numbers_in(question):
        return "a quantity was asked and the answer's only numbers are the question's own"
    if wants_number and cited_text and (terms := counted_terms(question)) and not any(t in cited_text.lower() for t in terms):
        return f"what the question counts ({terms[0]}) is in no cited passage"
    new_numbers = numbers - numbers_in(question)
    asks_count = wants_number and not _WANTS_DATE.search(question)
    if asks_count and cited_text and not any(_number_supported(n, count_values(cited_text)) for n in new_numbers):
        return "the answer's number is only part of a date in the cited passages"
    if cited_text and (titles := missing_titles(question, cited_text)):
        return f"{TITLE_MISSING} ({titles[0]}) is in no cited passage"
    if cited_text and not holds_asked_title(answer, question, cited_text):
        return TITLE_HELD_BY_OTHER
    if _WANTS_NAME.search(question) and not {n for n in names if n.lower() not in question.lower()}:
        return "a name was asked and the answer names no one the question does not"
    return None


# Words that start a place's name: "Pasar Kepandean" in a question locates an event, it does not
# name whom the question is about.
PLACE_WORDS = set("pasar pendopo lapangan kecamatan desa kelurahan gedung kantor aula alun alun-alun balai jalan masjid hotel".split())
_TITLE_CASE = re.compile(r"\b[A-Z][a-z]{2,}\b")
FUNCTION_WORDS = set(
    "berapa siapa apa apakah kapan mana dimana bagaimana mengapa kenapa sebelum setelah sesudah sejak selama "
    "menurut pada dalam dari untuk dengan oleh ketika saat para turut hadir sementara sedangkan selain kemudian "
    "how when where why whose after before during since until according exactly roughly approximately about "
    "kabupaten kota serang pemkab pemkot pemerintah bupati wali walikota wakil sekda sekretaris daerah kepala camat "
    "pejabat eselon dinas badan".split()
)


def question_names(question: str, retrieved_text: str) -> list[str]:
    """People and bodies the question names: capitalised words the retrieved passages also write
    capitalised (so English words and sentence starts are not taken for names), outside place
    names and titles."""
    names, after_place = [], False
    for match in re.finditer(r"\S+", question):
        token = match.group(0)
        word = re.sub(r"^[^\w]+|[^\w]+$|'s$|’s$", "", token)
        if not word[:1].isupper():
            after_place = False
            continue
        if word.lower() in PLACE_WORDS:
            after_place = True
            continue
        if after_place or not _TITLE_CASE.fullmatch(word) or word.lower() in FUNCTION_WORDS | _NOT_NAMES:
            continue
        if re.search(rf"\b{re.escape(word)}\b", retrieved_text):
            names.append(word)
    return names


def names_not_in(question: str, retrieved_text: str, cited_articles: str) -> list[str]:
    """Names in the question that the articles the answer rests on never mention: asked about
    "Bupati Zakiyah", a small model answers from the 2018 article about her predecessor."""
    text = cited_articles.lower()
    return [n for n in question_names(question, retrieved_text) if not re.search(rf"\b{re.escape(n.lower())}\b", text)]


def _first_sentence_overlapping(answer: str, text: str, numbers: set[int]) -> str:
    """The passage sentence holding the answer's numbers and most of its words: the quote when
    the model gave none, or quoted a sentence that does not hold the number it answered."""
    words = set(re.findall(r"\w+", _CITE.sub(" ", answer).lower()))
    sentences = [s.strip() for s in _SENTENCE.findall(re.sub(r"\s+", " ", text)) if s.strip()]
    return max(
        sentences,
        key=lambda s: (len(numbers & numbers_in(s)), len(words & set(re.findall(r"\w+", s.lower())))),
        default="",
    )
