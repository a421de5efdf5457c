"""The one home of the small text facts every step needs: sentences, numbers (digits and words, in
Indonesian and English), and citation markers.

Indonesian news writes counts both ways ("269 pejabat", "lima eselon II", "dua puluh lima ASN"),
thousands with dots ("1.200"), and sentences full of abbreviations ("Drs. H. Wahyu", "S.Sos.",
"Kab.", "No."). Each step that reads a number or a sentence reads it here, so two steps never
disagree about what "a number in this sentence" means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

import Stemmer

# ---- sentences ------------------------------------------------------------------------------

# Tokens that end with a period without ending a sentence: initials and honorifics ("H.", "Hj."),
# degrees ("S.Sos.", "M.Si."), and the abbreviations of addresses and documents ("Jl.", "No.").
_ABBREVIATIONS = set(
    "no jl kab kec kel ds drs dra dr ir h hj prof st sos si sh mh mm se ak pd kom ip ap tbk dkk rp sdr bpk ny "
    "mr mrs ms vs etc jr sr inc ltd co pt cv ra kh tb raden jln kp moh muh prov gg tgl hlm dll dsb plt pj pjs".split()
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a text, in order: a line break always ends one; a period
    ends one unless it closes an abbreviation or initial ("Drs. H. Wahyu Hidayat" is one name)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _BOUNDARY.finditer(line):
            before = line[start : match.start() + 1].split()
            last = before[-1].rstrip(".!?\"”’)").lower().rsplit("-", 1)[-1] if before else ""
            if "." in last or last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
            spans.append((offset + start, offset + match.start() + len(match.group(0).rstrip())))
            start = match.end()
        if line[start:].strip():
            spans.append((offset + start + len(line[start:]) - len(line[start:].lstrip()), offset + len(line.rstrip())))
        offset += len(line) + 1
    return [(a, b) for a, b in spans if text[a:b].strip()]


def clauses(sentence: str, limit: int) -> list[str]:
    """A sentence longer than `limit` characters cut at its commas and semicolons into pieces of at
    most about `limit`: a list of twelve officials is twelve facts, and the one asked about should
    not cost the prompt the other eleven.

    >>> clauses("Dilantik A (sebelumnya X), B (sebelumnya Y), dan C.", 30)
    ['Dilantik A (sebelumnya X),', 'B (sebelumnya Y), dan C.']
    """
    if len(sentence) <= limit:
        return [sentence]
    pieces, current = [], ""
    for part in re.split(r"(?<=[,;])\s+(?![^()]*\))", sentence):
        if current and len(current) + 1 + len(part) > limit:
            pieces.append(current)
            current = part
        else:
            current = f"{current} {part}".strip()
    return pieces + ([current] if current else [])


def sentences(text: str) -> list[str]:
    """The sentences of a text, in order (see `sentence_spans`), each on one line.

    >>> sentences("Sebanyak 17 pejabat dilantik. Pelantikan dipimpin Drs. H. Wahyu.")
    ['Sebanyak 17 pejabat dilantik.', 'Pelantikan dipimpin Drs. H. Wahyu.']
    """
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]


# ---- numbers --------------------------------------------------------------------------------

_UNITS_ID = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9}
_UNITS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words that are numbers on their own: what a count written out starts with.
NUMBER_WORDS = {
    **{w: v for w, v in _UNITS_ID.items() if w != "se"},
    "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    **_UNITS_EN, "hundred": 100, "thousand": 1000,
}
# A span of time written out: "210 hari kalender", "tiga bulan", "two weeks", "1,5 tahun". What a
# question of how long is answered with, so a sentence holding one is worth reading for it.
SPAN_OF_TIME = re.compile(
    r"\b\d+(?:,\d+)?\s*(?:hari|minggu|pekan|bulan|tahun|days?|weeks?|months?|years?)\b"
    r"|\b(?:" + "|".join(w for w in NUMBER_WORDS if w not in ("hundred", "thousand")) + r")\s+(?:hari|minggu|pekan|bulan|tahun|days?|weeks?|months?|years?)\b",
    re.I,
)
_ID_UNIT = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
_ID_TOKEN = rf"(?:se(?:puluh|belas|ratus|ribu)|{_ID_UNIT}(?:\s+(?:puluh|belas|ratus|ribu))?|puluh|belas|ratus|ribu)"
_ID_WORD_NUMBER = re.compile(rf"\b(?:se(?:puluh|belas|ratus|ribu)|{_ID_UNIT})\b(?:\s+{_ID_TOKEN}\b)*", re.IGNORECASE)
_EN_WORD_NUMBER = re.compile(
    r"\b(?:" + "|".join(sorted(_UNITS_EN, key=len, reverse=True)) + r")(?:[\s-]+(?:hundred|thousand|" + "|".join(_UNITS_EN) + r")\b)*",
    re.IGNORECASE,
)
# "1.200" and "1,200" are twelve hundred (a thousands mark, the same one each group); "78,5", "2.5"
# and "79.26%" are decimals, read as
# their whole part; "10.15" is a time of day, two numbers.
_DIGITS = re.compile(
    r"(?<![\d.,])\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})*(?![\d])|(?<![\d.,])\d+(?:,\d{1,2}|\.\d)(?![\d])"
    r"|(?<![\d.,])\d+\.\d{2}(?=\s*(?:%|persen\b|percent\b))|(?<![\d])\d+(?![\d])"
)


def _id_value(phrase: str) -> int | None:
    """ "dua puluh lima" -> 25, "seratus lima puluh" -> 150, "tiga ratus empat puluh dua" -> 342,
    "lima belas ribu" -> 15000."""
    words = re.sub(r"\bse(puluh|belas|ratus|ribu)\b", r"satu \1", phrase.lower()).split()
    total = group = pending = 0
    for word in words:
        if word in _UNITS_ID:
            pending = _UNITS_ID[word]
        elif word == "belas":
            group, pending = group + 10 + pending, 0
        elif word == "puluh":
            group, pending = group + (pending or 1) * 10, 0
        elif word == "ratus":
            group, pending = group + (pending or 1) * 100, 0
        elif word == "ribu":
            total, group, pending = total + ((group + pending) or 1) * 1000, 0, 0
    return (total + group + pending) or None


def _en_value(phrase: str) -> int | None:
    total = group = 0
    for word in re.findall(r"[a-z]+", phrase.lower()):
        if word == "hundred":
            group = (group or 1) * 100
        elif word == "thousand":
            total, group = total + (group or 1) * 1000, 0
        elif word in _UNITS_EN:
            group += _UNITS_EN[word]
    return (total + group) or None


def number_spans(text: str) -> list[tuple[int, int, int]]:
    """Every number a text states, as (start, end, value), digits and words alike:
    "269", "1.200" and "1,200" (thousands, as `decimal_of` reads them), "lima", "dua puluh lima",
    "twenty-five"."""
    found: list[tuple[int, int, int]] = []
    for match in _DIGITS.finditer(text):
        token = match.group(0)
        digits = re.split(r"[.,]", token)[0] if re.search(r"[.,]\d{1,2}$", token) else re.sub(r"[.,]", "", token)
        if len(digits) < 13:
            found.append((match.start(), match.end(), int(digits)))
    for rx, value_of in ((_ID_WORD_NUMBER, _id_value), (_EN_WORD_NUMBER, _en_value)):
        for match in rx.finditer(text):
            if match.group(0).strip() and (value := value_of(match.group(0))) is not None:
                found.append((match.start(), match.start() + len(match.group(0).rstrip()), value))
    return sorted(found)


def with_digits(text: str) -> str:
    """A text with its numbers in words written in digits, as news writes small counts in words
    ("sembilan titik di Loano, delapan titik di Bruno"): list readers then see every amount.

    >>> with_digits("17 titik di Bener, sembilan titik di Loano, dan dua puluh lima titik di Bruno")
    '17 titik di Bener, 9 titik di Loano, dan 25 titik di Bruno'
    """
    for start, end, value in reversed(number_spans(text)):
        if not text[start].isdigit():
            text = f"{text[:start]}{value}{text[end:]}"
    return text


def stems(text: str) -> set[str]:
    """The Indonesian stems of a text's words of four letters or more: "pengumuman" and
    "diumumkan" are both "umum", "pelantikan" and "dilantik" "lantik". (A stemmer per call:
    PyStemmer's objects are not thread-safe.)"""
    return set(Stemmer.Stemmer("indonesian").stemWords(re.findall(r"[a-z]{4,}", text.lower())))


def decimals_in(text: str) -> set[Decimal]:
    """The values of the numbers a text writes in digits, decimals kept: "17.03%" and "17,03 persen"
    are both 17.03, which `numbers_in` reads as 17.

    >>> sorted(decimals_in("Rp 371,2 miliar atau 17,03 persen dari 1.146 jiwa"))
    [Decimal('17.03'), Decimal('371.2'), Decimal('1146')]
    """
    return {value for _, _, value in decimal_spans(text)}


def decimal_spans(text: str) -> list[tuple[int, int, Decimal]]:
    """Every number a text writes in digits, as (start, end, value), decimals kept.

    >>> decimal_spans("naik dari 82,3 persen")
    [(10, 14, Decimal('82.3'))]
    """
    return [(m.start(), m.end(), value) for m in _DIGITS.finditer(text) if (value := decimal_of(m.group(0))) is not None]


def decimal_of(token: str) -> Decimal | None:
    """A number as news writes it, in either language's style: "1.356" and "1,356" are thousands
    (three digits after the mark), "5,1" and "5.1" a decimal.

    >>> decimal_of("128.640"), decimal_of("5,1"), decimal_of("60"), decimal_of("1.146,5"), decimal_of("12,13,14")
    (Decimal('128640'), Decimal('5.1'), Decimal('60'), Decimal('1146.5'), None)

    Both marks ("1.146,5", "10,000.50"): the last is the decimal one. Anything else ("12,13,14",
    a list) is no number: None.
    """
    token = token.strip(".,")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):
        return Decimal(re.sub(r"[.,]", "", token))
    if match := re.fullmatch(r"(\d+|\d{1,3}(?:([.,])\d{3})+)(?:(?(2)(?!\2))[.,](\d+))?", token):
        return Decimal(re.sub(r"[.,]", "", match.group(1)) + (f".{match.group(3)}" if match.group(3) else ""))
    return None


def numbers_in(text: str) -> set[int]:
    """The values of every number a text states.

    >>> sorted(numbers_in("melantik lima eselon II dan 1.200 ASN, dua puluh lima di antaranya"))
    [5, 25, 1200]
    """
    return {value for _, _, value in number_spans(text)}


# The words that join the items of a list, as news and chat write them: "Kecamatan Semaka dan
# Wonosobo", "kec semaka sm wonosobo", "Semaka & Wonosobo".
LIST_JOIN = r"(?:dan|sama|sm|serta|and|&)"

# An Indonesian verb by its prefix ("melantik", "dilantik", "berhasil", "terpilih") or a bare
# verb chat writes without one ("lantik", "tunjuk", "pimpin"): no name, place or title follows it.
VERB = r"(?:(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{3,}|lantik|tunjuk|pimpin|resmikan)"


# The scales an amount is written in ("Rp 8,5 miliar", "2.61 trillion"), as powers of ten.
SCALES = {"ribu": 3, "thousand": 3, "juta": 6, "million": 6, "miliar": 9, "milyar": 9, "billion": 9, "triliun": 12, "trillion": 12}
SCALE = "(?:" + "|".join(SCALES) + ")"
# Regional taxes as news names them by acronym ("PBB-P2" is PBB): each an amount of its own.
TAX_NAMES = r"PBJT|BPHTB|PBBKB|PBB|PKB|BBNKB|PAP|PPJ"
TAXES = rf"(?:{TAX_NAMES})(?:-P2)?"
_SCALE_WORDS = {"id": {3: "ribu", 6: "juta", 9: "miliar", 12: "triliun"}, "en": {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}}
MONEY = re.compile(r"\bRp\.?\s*\d|\b(?:rupiah|ribu|juta|miliar|milyar|triliun)\b", re.I)


def scale_of(value: Decimal, text: str) -> int:
    """The power of ten a text writes right after the number `value` ("602,4 miliar" is 9, "2.61
    trillion" 12), so arithmetic on two amounts keeps their scale; 0 when the text writes it bare,
    or with two different scales.

    >>> scale_of(Decimal("602.4"), "realisasi Rp602,4 miliar atau 56,3 persen"), scale_of(Decimal("56.3"), "56,3 persen")
    (9, 0)
    """
    found = {
        SCALES[m.group(2).lower()]
        for m in re.finditer(rf"(?<![\d.,])(\d+(?:[.,]\d+)*)\s*({SCALE})\b", text, re.I)
        if decimal_of(m.group(1)) == value
    }
    return found.pop() if len(found) == 1 else 0


def scale_word(power: int, language: str) -> str:
    """The word for a power of ten in the answer's language: 9 -> "miliar" / "billion"; 0 -> ""."""
    return _SCALE_WORDS[language].get(power, "")
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|persen\b|percent\b)", re.IGNORECASE)


def percentages(text: str) -> set[str]:
    """Numbers stated as percentages ("78,5 persen" -> "78.5"): "10%" is not backed by "10 besar"."""
    return {m.group(1).replace(",", ".") for m in PERCENT.finditer(text)}


# ---- citation markers -----------------------------------------------------------------------

MARKER = re.compile(r"\[(\d{1,3})\]")
_MARKERS_RUN = re.compile(r"\s*(?:\[\d{1,3}\]\s*)+")


def markers(text: str) -> list[int]:
    """The citation numbers an answer writes, in order, once each: "107 [3][1] [3]" -> [3, 1]."""
    return list(dict.fromkeys(int(n) for n in MARKER.findall(text)))


def strip_markers(text: str) -> str:
    """The answer's words without its citation markers."""
    return re.sub(r"\s+([.,;:])", r"\1", _MARKERS_RUN.sub(" ", text)).strip()


def with_markers(text: str, numbers: Iterable[int]) -> str:
    """The answer's words followed by one marker per cited number, in order."""
    body = strip_markers(text).rstrip(" .")
    marks = "".join(f"[{n}]" for n in dict.fromkeys(numbers))
    return f"{body} {marks}".strip()


def renumber(text: str, mapping: dict[int, int]) -> str:
    """Citation markers moved to another numbering (the parts of a combined answer)."""
    return MARKER.sub(lambda m: f"[{mapping.get(int(m.group(1)), int(m.group(1)))}]", text)


def norm(text: str) -> str:
    """Lower case, one space between words: how two texts are compared."""
    return " ".join(text.split()).lower()
