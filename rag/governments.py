"""Local governments, as Indonesian news names them, discovered from the articles themselves.

An article names its government many ways: "Kabupaten Lebak", "Kab. Lebak", "Pemkab Lebak",
"Pemerintah Kabupaten (Pemkab) Lebak", "Bupati Lebak Iti", "Kota Cilegon", "Pemkot Cilegon",
"Wali Kota Cilegon Robinsar", "Walikota Tangerang Selatan", "Provinsi Banten", "Gubernur Banten".
No region is known in advance: whatever the articles name is what the index holds, and a question's
cues ("Bupati Lebak", "Lebak Regency", "the mayor of Cilegon", "Pemkot") are resolved against that.

>>> governments_in("Bupati Lebak Iti melantik 40 pejabat Pemkab Lebak. Wali Kota Cilegon hadir.")
Counter({'Kabupaten Lebak': 2})

("Wali Kota Cilegon", once and only after a title, could as well be "Bupati Ratu", a person.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rag.people import NOT_NAME_WORDS
from rag.text import LIST_JOIN, VERB

KINDS = ("Kabupaten", "Kota", "Provinsi")

# A region's name: one capitalised word, and a second one only when it is a compass word or
# "Barat/Selatan/..."-like part of the name ("Tangerang Selatan", "Bandung Barat").
_NAME = r"(?P<name>[A-Z][a-zA-Z'-]+(?:\s+(?:Selatan|Utara|Barat|Timur|Tengah|Raya|Laut|Darat))?)"
_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("Kabupaten", re.compile(r"\b(?:Pemerintah\s+Kabupaten|Kabupaten|Kab\.|Pemkab|Bupati|Wakil\s+Bupati)(?:\s*\((?:Pemkab|Kab)\))?\s+" + _NAME)),
    # "Ibu Kota Nusantara" is a capital, not a city government
    ("Kota", re.compile(r"(?<![Ww]ali\s)(?<![Ii]bu\s)\b(?:Pemerintah\s+Kota|Kota|Pemkot)(?:\s*\(Pemkot\))?\s+" + _NAME)),
    ("Kota", re.compile(r"\b(?:Wakil\s+)?(?:Wali\s*[Kk]ota|Walkot)\s*,?\s+" + _NAME)),
    ("Provinsi", re.compile(r"\b(?:Pemerintah\s+Provinsi|Provinsi|Pemprov|Gubernur|Wakil\s+Gubernur)(?:\s*\(Pemprov\))?\s+" + _NAME)),
]
# A cue that is a title: the name after it may be a person's ("Bupati Ratu", "Wali Kota Budi").
_TITLE_CUE = re.compile(r"(?:Wakil\s+)?(?:Bupati|Wali|Walkot|Gubernur)")
# Words that follow a government word without naming a region ("Wali Kota Budi" is handled by
# requiring the name to recur; these never are regions).
_NOT_REGIONS = set(
    "Dan Yang Di Ke Dari Ini Itu Tersebut Setempat Baru Lama Sekda Sekretaris Kepala Dinas Badan Wakil Bupati Wali Pemkab "
    "Pemkot Pemerintah Kabupaten Kota Provinsi Se Dalam Untuk Pada Dengan Juga Akan Telah Sudah Melalui Bersama".split()
)


def governments_in(text: str) -> Counter[str]:
    """How often the text names each government ("Kabupaten Lebak", "Kota Cilegon", "Provinsi
    Banten"). A name seen once only after a title ("Bupati Ratu", a person) is not a region: a region
    is named at least once after a word that only precedes regions (Kabupaten, Kota, Pemkab,
    Pemkot, Provinsi), or at least twice. A name of several words is read whole where the text
    shows it is one (`_longer_names`: "Kabupaten Muaro Jambi", "Kabupaten Hulu Sungai Tengah")."""
    counts: Counter[str] = Counter()
    certain: set[str] = set()
    # A headline capitalises every word ("Pemkot Lantik 25 Pejabat Baru"): no region is read from it.
    body = "\n".join(line for line in text.split("\n") if not _headline(line))
    longer = _longer_names(body)
    for kind, rx in _CUES:
        for match in rx.finditer(body):
            name = match.group("name")
            if name.split()[0] in _NOT_REGIONS:
                continue
            name = next((n for n in longer if body.startswith(n, match.start("name"))), name)
            if " " in name and (joined := re.search(rf"\b{re.escape(name.replace(' ', ''))}\b", body, re.I)):
                name = joined.group(0)  # "Tanjung Pinang" also written "Tanjungpinang": one word, one government
            government = f"{kind} {name}"
            counts[government] += 1
            cue = match.group(0)
            if not _TITLE_CUE.match(cue):
                certain.add(government)
    # "Pemkot Tangsel" is the Kota Tangerang Selatan the same article names in full, "Pemkab KBB" its Kabupaten Bandung Barat
    for short in [g for g in counts if " " not in region(g)]:
        full = next((g for g in counts if g.split()[0] == short.split()[0] and (abbreviates(region(short), region(g)) or initialism(region(short), g))), None)
        if full:
            counts[full] += counts.pop(short)
            if short in certain:
                certain.add(full)
    # a name only ever after a title, in an article that names its government of that kind: a
    # person ("Kabupaten Temanggung ... Bupati Nadia Muna") or an office ("Staf Ahli Bupati Bidang Ekonomi")
    kinds, dateline = {g.split()[0] for g in certain}, _dateline(body)
    # ... unless the dateline names it: "Gunungkidul - ... dilakukan Bupati Gunungkidul Endah" is a region
    return Counter({g: c for g, c in counts.items() if g in certain or (c >= 2 and g.split()[0] not in kinds) or _names(dateline, g)})


# The capitalised words after a region's first word: "Muaro Jambi", "Hulu Sungai Tengah"
_FURTHER = re.compile(r"(?:\s+[A-Z][a-zA-Z'-]+){1,3}")
_COMPASS_WORDS = {"Selatan", "Utara", "Barat", "Timur", "Tengah", "Raya", "Laut", "Darat"}
# A first word that names a kind of land, never a region alone: "Kabupaten Kepulauan Selayar" (the
# Selayar Islands), which news also calls "Selayar".
NEVER_ALONE = {"Kepulauan"}


def _longer_names(body: str) -> list[str]:
    """Regions of several words that the text shows are one name, longest first. After a word
    that only precedes regions ("Kabupaten", "Pemkab"), the capitalised words that follow are
    one name when the text also writes them after a lower-case word or opening a line ("di
    Muaro Jambi", "Muaro Jambi - Rabu, ..."), gives their short form right after ("Hulu Sungai
    Tengah (HST)", "Sidenreng Rappang (Sidrap)"), ends them with a compass word ("Hulu Sungai
    Tengah"), starts with a word that names no region alone ("Kepulauan Selayar"), or is written
    joined too ("Tanjung Pinang", "Tanjungpinang": one government, `governments_in` writes it
    joined). A person named after the region ("Sekda Kabupaten Garut Nurdin Yana") is none of
    these.

    >>> _longer_names("Pemkab Muaro Jambi menganggarkan Rp36 miliar. Warga di Muaro Jambi senang.")
    ['Muaro Jambi']
    >>> _longer_names("Sekda Kabupaten Garut Nurdin Yana hadir. Sekda Garut Nurdin Yana, kata dia.")
    []
    """
    found = set()
    for kind, rx in _CUES:
        for match in rx.finditer(body):
            if _TITLE_CUE.match(match.group(0)) or match.group("name").split()[0] in _NOT_REGIONS:
                continue
            first = match.group("name").split()[0]
            more = _FURTHER.match(body, match.start("name") + len(first))
            words = [first, *(more.group(0).split() if more else [])]
            for k in range(len(words), 1, -1):
                name, rest = " ".join(words[:k]), words[1:k]
                if any(w in _NOT_REGIONS or w in NOT_NAME_WORDS for w in rest):
                    continue
                after = body[match.start("name") + len(name) :]
                short = re.match(r"\s*\((?P<short>[A-Za-z]{2,10})\)", after)
                if (
                    re.search(rf"(?:^|\n|\b[a-z][\w-]*\s+){re.escape(name)}(?![\w'-])", body)
                    or (short and (abbreviates(short.group("short"), name) or _initials(short.group("short"), name)))
                    or words[k - 1] in _COMPASS_WORDS
                    or (k == 2 and first in NEVER_ALONE)
                    or re.search(rf"\b{re.escape(name.replace(' ', ''))}\b", body, re.I)  # "Tanjung Pinang", also written "Tanjungpinang"
                ):
                    found.add(name)
                    break
    return sorted(found, key=len, reverse=True)


def _initials(short: str, name: str) -> bool:
    """ "HST" for Hulu Sungai Tengah: the first letter of each of three or more words."""
    words = name.split()
    return len(words) >= 3 and short.isupper() and short == "".join(w[0] for w in words).upper()


def abbreviates(short: str, full: str) -> bool:
    """Whether a one-word name is the short form Indonesian news makes of a region of several words:
    the start of each word, in order ("Tangsel" for Tangerang Selatan, "Jabar" for Jawa Barat).

    >>> abbreviates("Tangsel", "Tangerang Selatan"), abbreviates("Jateng", "Jawa Tengah")
    (True, True)
    >>> abbreviates("Tangerang", "Tangerang Selatan"), abbreviates("Jabar", "Jawa Timur")
    (False, False)
    """
    words, rest = full.lower().split(), short.lower()
    if len(words) < 2 or " " in short:
        return False

    def fits(rest: str, words: list[str]) -> bool:  # each word gives two letters or more, the last three or more
        if not words:
            return not rest
        least = 3 if len(words) == 1 else 2
        return any(rest[:k] == words[0][:k] and fits(rest[k:], words[1:]) for k in range(least, min(len(words[0]), len(rest)) + 1))

    return fits(rest, words)


def initialism(short: str, government: str) -> bool:
    """Whether a word in capitals is the initialism local news makes of a regency or city of
    several words: K (Kabupaten or Kota) and the first letter of each word ("KBB" for Kabupaten
    Bandung Barat), for a region a compass word ends: news shortens those split off by a compass
    word so, and "KTP" is an identity card, not Kota Tanjung Pinang.

    >>> initialism("KBB", "Kabupaten Bandung Barat"), initialism("KBB", "Kota Bandung"), initialism("Kbb", "Kabupaten Bandung Barat")
    (True, False, False)
    >>> initialism("KTP", "Kota Tanjung Pinang")
    False
    """
    words = region(government).split()
    return (
        len(words) > 1 and words[-1] in _COMPASS_WORDS  # "KTP" is an identity card, not Kota Tanjung Pinang
        and short.isupper() and government.split()[0] in ("Kabupaten", "Kota")
        and short == "K" + "".join(w[0] for w in words).upper()
    ) or _initials(short, region(government))  # "HST" for Kabupaten Hulu Sungai Tengah


# The spelling before 1972 that names keep in speech: "Jogja" is the "Yogya" of Yogyakarta,
# "Djakarta" Jakarta, "Tjiamis" Ciamis.
_OLD_SPELLING = {"dj": "j", "tj": "c", "nj": "ny", "sj": "sy", "j": "y", "oe": "u", "ch": "kh"}


def clips(short: str, full: str) -> bool:
    """Whether a word is the clipped name Indonesians say for a region of one long word: its first
    syllables, in today's spelling or the old one ("Tasik" for Tasikmalaya, "Jogja" and "Yogya" for
    Yogyakarta).

    >>> clips("Tasik", "Tasikmalaya"), clips("jogja", "Yogyakarta"), clips("Yogya", "Yogyakarta")
    (True, True, True)
    >>> clips("Tasikmalaya", "Tasikmalaya"), clips("Garu", "Garut"), clips("Bandung", "Bandung Barat")
    (False, False, False)
    """
    short, full = short.lower(), full.lower()
    if " " in full or len(short) < 5 or len(full) - len(short) < 3:
        return False
    modern = re.sub(r"dj|tj|nj|sj|oe|ch|j", lambda m: _OLD_SPELLING[m.group(0)], short)
    return full.startswith(short) or full.startswith(modern)


# The words before a region that say it is one: "kota jogja", "Pemkab Tasik", "bupati tasik".
_GOVERNMENT_CUE = r"(?i:pemkab|pemkot|pemprov|kabupaten|kab\.?|kota|bupati|wali\s*kota|walkot|city\s+of)"

# English puts the compass word first: "South Tangerang" is Tangerang Selatan, "West Bandung" Bandung
# Barat, and names the island its own way: "West Java" is Jawa Barat.
_COMPASS = {"north": "Utara", "south": "Selatan", "east": "Timur", "west": "Barat", "central": "Tengah"}
_EXONYMS = {"Java": "Jawa", "Sumatra": "Sumatera"}
_COMPASS_FIRST = re.compile(r"\b(North|South|East|West|Central)\s+([A-Z][a-zA-Z'-]+)", re.IGNORECASE)


def in_full(question: str, known: Iterable[str]) -> str:
    """A question with the regions the index holds written as the articles write them in full: the
    English order ("South Tangerang") and the short form ("Pemkot Tangsel") become "Tangerang
    Selatan" when a government of that name is known; nothing else changes.

    >>> in_full("What did South Tangerang and Pemkot Tangsel record?", ["Kota Tangerang Selatan"])
    'What did Tangerang Selatan and Pemkot Tangerang Selatan record?'
    """
    known = list(known)
    regions = {region(g) for g in known}

    def compass(m: re.Match[str]) -> str:
        name = m.group(2).capitalize()
        name, side = _EXONYMS.get(name, name), _COMPASS[m.group(1).lower()]
        # "West Seram" is Seram Bagian Barat, "the west part of Seram"
        return next((full for full in (f"{name} {side}", f"{name} Bagian {side}") if full in regions), m.group(0))

    question = _COMPASS_FIRST.sub(compass, question)
    several = [r for r in regions if " " in r]
    # a region of one word written as two: "Tanjung Pinang" is Tanjungpinang
    for one in (r for r in regions if " " not in r and len(r) >= 8):
        spaced = "|".join(rf"{re.escape(one[:i])}\s+{re.escape(one[i:])}" for i in range(3, len(one) - 2))
        question = re.sub(rf"\b(?:{spaced})\b", one, question, flags=re.I)
    # a region of a land word and a name by its name alone: "selayar" is Kepulauan Selayar
    for full in several:
        first, rest = full.split(" ", 1)
        if first in NEVER_ALONE and rest not in regions:
            question = re.sub(rf"(?<!{first} )\b{re.escape(rest)}\b", full, question, flags=re.I)

    def short_with_side(m: re.Match[str]) -> str:  # "Tanjab Barat": Tanjung Jabung cut short, its compass word kept
        full = [r for r in several if r.endswith(f" {m.group(2).capitalize()}") and abbreviates(m.group(1), r.rsplit(" ", 1)[0])]
        return full[0] if len(full) == 1 else m.group(0)

    question = re.sub(rf"\b([A-Za-z]{{4,}})\s+({'|'.join(_COMPASS_WORDS)})\b", short_with_side, question, flags=re.I)

    def short(m: re.Match[str]) -> str:
        full = [r for r in several if abbreviates(m.group(0), r)]
        return full[0] if len(full) == 1 and m.group(0).capitalize() not in regions else m.group(0)

    def initials(m: re.Match[str]) -> str:  # "Pemkab KBB" -> "Pemkab Bandung Barat", "KBB" -> "Kabupaten Bandung Barat"
        full = [g for g in known if initialism(m.group(2), g)]
        return m.group(0) if len(full) != 1 else (m.group(1) or "") + (region(full[0]) if m.group(1) else full[0])

    question = re.sub(r"\b((?i:pemkab|pemkot|kabupaten|kota|bupati|wali\s*kota)\s+)?([A-Z]{3,5})\b", initials, question)

    def clipped(m: re.Match[str]) -> str:  # "kota jogja" -> "kota Yogyakarta", "Tasik" -> "Tasikmalaya"
        word = m.group("word")
        if any(m.string[m.start("word") :].lower().startswith(r.lower()) for r in several):
            return m.group(0)  # the first word of a region of several: "Tanjung" of "Tanjung Jabung Barat"
        if re.match(r"\s+(?!(?:Regency|City|Province|Mayor|Regent|Government)\b)[A-Z][a-z]", m.string[m.end() :]):
            return m.group(0)  # ... or of a name the index does not hold: "Tanjung Jabung Timur"
        full = {r for r in regions if clips(word, r)}
        named = bool(m.group("cue")) or word[0].isupper()  # not any word that starts like a region: "padang" of a field
        return m.group(0)[: -len(word)] + full.pop() if named and len(full) == 1 and word.capitalize() not in regions else m.group(0)

    question = re.sub(rf"(?P<cue>\b{_GOVERNMENT_CUE}\s+)?\b(?P<word>[A-Za-z]{{5,}})\b", clipped, question)
    return re.sub(r"\b[A-Za-z]{4,}\b", short, question) if several else question


def _headline(line: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) and not line.rstrip().endswith((".", "”", '"'))


# The dateline an Indonesian article opens with: the place in capitals before its first dash or
# comma ("SUMEDANG –", "KOTA TASIKMALAYA, (12/5/2026) –", "CIREBON, KOMPAS.com -"), or as a name
# before a dash that a sentence follows ("Gunungkidul - Setelah lebih dari setahun ...").
_DATELINE = re.compile(r"^\s*(?:(?P<place>[A-Z][A-Z.' ]{2,40}?)\s*(?:,|\s[–—-])|(?P<named>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+[–—-]\s(?=.{40}))")  # not a byline: "Anisa Rahmawati - detikJogja"


def _dateline(text: str) -> str:
    """The place the article's dateline names, in capitals ("" when it has none)."""
    opening = [line for line in text.split("\n") if line.strip() and not _headline(line)][:3]  # the dateline opens the story
    return next(((m.group("place") or m.group("named")).upper() for line in opening if (m := _DATELINE.match(line))), "")


def _names(dateline: str, government: str) -> bool:
    """Whether a dateline ("KOTA TASIKMALAYA") names the government's region."""
    return bool(re.search(rf"\b{re.escape(region(government).upper())}\b", dateline))


def main_government(text: str) -> str | None:
    """The government an article is about: the one it names most, when one clearly leads; on a
    tie, the one whose region the dateline names. "SUMEDANG – Pemerintah Kabupaten Sumedang
    melantik ... kepala sekolah. ... Dinas Pendidikan Provinsi Jawa Barat ..." is about Kabupaten
    Sumedang: the province is named as often, but the news is datelined in Sumedang."""
    ranked = governments_in(text).most_common()
    if not ranked:
        return None
    dateline = _dateline(text)

    def datelined(candidates: list[str]) -> list[str]:
        named = [g for g in candidates if _names(dateline, g)]
        return [g for g in named if not any(len(region(o)) > len(region(g)) for o in named)]  # "BANDUNG BARAT", not Bandung

    # News datelined in a region is about its government, though the province that set a figure
    # for it is named more ("Karawang - ... UMK Karawang ditetapkan Gubernur Jawa Barat ..."),
    # unless that government is named less than half as often as the leader.
    near = datelined([g for g, count in ranked if 2 * count >= ranked[0][1]])
    # ... but not over a regency or city named more: "MAUMERE – Pemerintah Kabupaten Sikka ...
    # kawasan Kota Maumere" is datelined in the regency's capital town, and about the regency
    leader, counts = ranked[0][0], dict(ranked)
    if len(near) == 1 and not (near[0] != leader and "Provinsi" not in (leader.split()[0], near[0].split()[0]) and counts[leader] > counts[near[0]]):
        return near[0]
    leading = [g for g, count in ranked if count == ranked[0][1]]
    if len(leading) == 1:
        return leading[0]
    tied = datelined(leading)
    return tied[0] if len(tied) == 1 else None


def region(government: str) -> str:
    """ "Kabupaten Lebak" -> "Lebak"."""
    return government.split(" ", 1)[1] if " " in government else government


# Words of a question that say which kind of government it means.
_KIND_WORDS = {
    "Kabupaten": re.compile(r"\b(kabupaten|kab\.?|pemkab|bupati|regent|regency|regency's)\b", re.IGNORECASE),
    "Kota": re.compile(r"\b(kota|pemkot|wali ?kota|walkot|mayor|city|municipal(?:ity)?)\b", re.IGNORECASE),
    "Provinsi": re.compile(r"\b(provinsi|pemprov|gubernur|governor|province|provincial)\b", re.IGNORECASE),
}


def kinds_named(question: str) -> list[str]:
    """The kinds of government a question's words point at ("Bupati" -> Kabupaten)."""
    flat = re.sub(r"\bwali\s*kota\b", "walikota", question, flags=re.IGNORECASE)
    flat = re.sub(r"\bwakil walikota\b", "walikota", flat, flags=re.IGNORECASE)
    hits = [kind for kind, rx in _KIND_WORDS.items() if rx.search(flat)]
    if "Kota" in hits and re.search(r"\bkota\b", flat, re.IGNORECASE) and re.search(r"\bkabupaten\b", flat, re.IGNORECASE):
        return ["Kabupaten", "Kota"]
    return hits


_POSSESSIVE = re.compile(r"['’]s$")


# Chat writes a government in lower case ("realisasi apbd kab batang brp?") ...
_LOWER_CUE = re.compile(r"\b(kabupaten|kab\.?|pemkab|kota|pemkot|provinsi|pemprov)\s+([a-z][a-z'-]+)\b", re.IGNORECASE)
# ... and, in a question typed all in lower case, a head of government too ("wali kota magelang
# lantik brp?"), unless a verb, a time or a function word follows ("bupati kemarin lantik brp?").
_LOWER_TITLE_CUE = re.compile(r"\b(wali\s*kota|walkot|bupati|gubernur)\s+([a-z][a-z'-]+)\b")
_NOT_A_REGION = re.compile(
    rf"(?:{VERB}|rotasi|mutasi|resmi|baru|lama|sudah|udah|"
    r"itu|ini|nya|kita|kami|dan|atau|siapa|sapa|berapa|kapan|mana|kemarin|sekarang|kini|tadi|besok|lalu|hari|tahun|bulan)$"
)
_CUE_WORD = {
    "kabupaten": "Kabupaten", "kab": "Kabupaten", "kab.": "Kabupaten", "pemkab": "Pemkab", "kota": "Kota", "pemkot": "Pemkot",
    "provinsi": "Provinsi", "pemprov": "Pemprov", "bupati": "Bupati", "walikota": "Wali Kota", "wali kota": "Wali Kota",
    "walkot": "Walkot", "gubernur": "Gubernur",
}


def _capitalised(m: re.Match[str]) -> str:
    return _CUE_WORD[" ".join(m.group(1).lower().split())] + " " + m.group(2).capitalize()


def _asked(question: str, titles: bool) -> set[str]:
    """The governments a question names after a government word ("Pemkab Pekalongan", "kab
    batang"); with `titles=False`, not after a title ("Bupati Tatu" may name a person)."""
    if question == question.lower():
        question = _LOWER_TITLE_CUE.sub(lambda m: m.group(0) if _NOT_A_REGION.match(m.group(2)) or m.group(2) in NOT_NAME_WORDS else _capitalised(m), question)
    question = _LOWER_CUE.sub(_capitalised, question)
    return {
        f"{kind} {_POSSESSIVE.sub('', m.group('name'))}"  # "Kota Cimahi's" is Kota Cimahi
        for kind, rx in _CUES
        for m in rx.finditer(question)
        if m.group("name").split()[0] not in _NOT_REGIONS and (titles or not _TITLE_CUE.match(m.group(0)))
    }


def unknown(question: str, known: Iterable[str], titles: bool = False) -> list[str]:
    """The governments a question names after a word that only precedes regions ("Kabupaten",
    "Pemkab", "Kota", "Pemprov"), or also after a title with `titles=True`, that no article of the
    index is about.

    >>> unknown("Berapa persen realisasi APBD Kabupaten Pekalongan?", ["Kabupaten Lebak", "Kota Cilegon"])
    ['Kabupaten Pekalongan']
    >>> unknown("How many families did the flood hit in Kabupaten Tanjung Jabung Timur?", ["Kabupaten Tanjung Jabung Barat"])
    ['Kabupaten Tanjung Jabung Timur']
    >>> unknown("Berapa total belanja APBD Kabupaten Manggarai 2026?", ["Kabupaten Manggarai Barat"])
    ['Kabupaten Manggarai']
    """
    known = list(known)
    regions = {region(g).split()[0] for g in known}
    elsewhere = {f"{kind} {region(g)}" for g in known for kind in _LEVEL_WORDS} - set(known)
    asked = _asked(question, titles)
    held = {region(g) for g in known}
    return sorted(
        {a for a in asked if region(a).split()[0] not in regions or _sibling(question, region(a), held)}
        | {a for a in elsewhere if other_level(question, a, known)}
        | {a for a in _asked_in_full(question, asked, held) if region(a) not in held}
    )


def _sibling(question: str, name: str, held: set[str]) -> bool:
    """Whether a region asked is a sibling of the held ones that start like it: "Kabupaten
    Manggarai" when only Manggarai Barat is held is another regency (Indonesia splits regions
    into "X", "X Barat", "X Timur"), unless the question writes a held name in full there."""
    if name in held:
        return False
    longer = [r for r in held if r.startswith(f"{name} ")]
    if not longer or re.search(rf"\b{re.escape(name)}\s+[A-Z]", question):
        return False  # a longer name ("Tanjung Jabung Timur"): `_asked_in_full` reads it
    return not any(re.search(rf"\b{re.escape(r)}\b", question, re.I) for r in longer)


def _asked_in_full(question: str, asked: set[str], held: set[str] = frozenset()) -> set[str]:
    """The governments asked, read with the capitalised words after their first up to a compass
    word, which ends a name beyond doubt: "Kabupaten Tanjung Jabung Timur" is not the Kabupaten
    Tanjung Jabung Barat an index may hold, though both start "Tanjung". A name whose second word
    is not the second word of the held one starting like it is another region: "Kabupaten Ogan
    Ilir" is not Ogan Komering Ilir (not a clipping of it, as "Kabupaten Ogan Komering" would be),
    nor "Kabupaten Manggarai Timur" the Manggarai Barat held: Indonesia splits a region by compass."""
    found = set()
    for a in asked:
        kind, first = a.split()[0], region(a).split()[0]
        for m in re.finditer(rf"\b{re.escape(first)}((?:\s+[A-Z][a-zA-Z'-]+){{1,3}})", question):
            words = [first, *m.group(1).split()]
            ends = [k for k in range(2, len(words) + 1) if words[k - 1] in _COMPASS_WORDS]
            if ends and ends[0] >= 3:  # two words ("Jawa Tengah") are read by the cue itself
                found.add(f"{kind} {' '.join(words[: ends[0]])}")
            if words[1] in _COMPASS_WORDS and any(h.split()[0] == first and h.split()[1:2] != words[1:2] and h.split()[-1] in _COMPASS_WORDS for h in held):
                found.add(f"{kind} {first} {words[1]}")  # "Manggarai Timur" beside a held Manggarai Barat: another part of a split region
            starting = [h.split() for h in held if h.split()[0] == first and len(h.split()) >= 3]
            if starting and words[1] not in _PROVINCE_WORDS and all(h[1] != words[1] and not _prefix(h, words) for h in starting):
                found.add(f"{kind} {first} {words[1]}")
    return found


# Words that start a province's name written after a region's ("Kabupaten Garut Jawa Barat"): not
# the region's own second word.
_PROVINCE_WORDS = {"Jawa", "Sumatera", "Sumatra", "Sulawesi", "Kalimantan", "Nusa", "Papua", "Maluku", "Bali", "Banten", "Jambi", "Riau", "Aceh",
                   "Bengkulu", "Lampung", "Gorontalo", "Provinsi", "Prov", "Regency", "City", "Kabupaten", "Kota", "NTT", "NTB", "DIY", "DKI"}


def _prefix(a: list[str], b: list[str]) -> bool:
    """Whether one list of words starts the other."""
    return a[: len(b)] == b or b[: len(a)] == a


# The words that name a government's level beyond doubt: "kota Garut" may be the town of Garut
# Regency, "Pemkot"/"Wali Kota"/"Bupati"/"Kabupaten" never.
_LEVEL_WORDS = {
    "Kabupaten": (r"pemerintah\s+kabupaten|kabupaten|kab\.?|pemkab|(?:wakil\s+)?bupati", r"regency|regent"),
    "Kota": (r"pemerintah\s+kota|pemkot|(?:wakil\s+)?wali\s*kota|walkot", r"mayor"),
}


def other_level(question: str, government: str, known: Iterable[str]) -> bool:
    """Whether the question names a government by a word of its level ("Pemkab Pekalongan",
    "Bupati Pekalongan", "Bekasi Regency") while the index holds that region at the other level
    only (Kota Pekalongan): Indonesia has a Kabupaten and a Kota of one name in many places, and
    the city's figures are not the regency's.

    >>> other_level("bupati pekalongan rotasi brp pejabat?", "Kabupaten Pekalongan", ["Kota Pekalongan"])
    True
    >>> other_level("kota garut ramai?", "Kota Garut", ["Kabupaten Garut"])
    False
    """
    kind, name = government.split(" ", 1)
    if name.lower() not in question.lower():  # most regions the index knows: the question does not name them
        return False
    if kind not in _LEVEL_WORDS or government in known or not any(region(g) == name for g in known):
        return False
    words, english = _LEVEL_WORDS[kind]
    name = re.escape(name)
    return bool(re.search(rf"\b(?:{words})\s+{name}\b|\b{name}(?:['’]s)?\s+(?:{english})\b|\b(?:{english})\s+of\s+{name}\b", question, re.I))


# English words that name a government's kind beside its region: "Bogor City", "the regent of Bogor".
_EN_KIND = {"Kabupaten": "regency|regent", "Kota": "city|mayor", "Provinsi": "province|governor"}
# The same words as chat writes them, in lower case before the region ("pemkab sukabumi").
_ID_KIND = {"Kabupaten": r"kabupaten|kab\.?|pemkab|bupati", "Kota": r"kota|pemkot|wali ?kota|walkot", "Provinsi": r"provinsi|pemprov|gubernur"}


def named_at(question: str, government: str) -> int:
    """Where the question first names the government: with its kind word ("Pemkot Bekasi" for Kota
    Bekasi, even after "Pemkab Bekasi"), else by its region alone; the question's length if not.

    >>> named_at("Pemkab Bekasi (2018) dan Pemkot Bekasi (2025)", "Kota Bekasi")
    25
    """
    span = named_span(question, government)
    return span[0] if span else len(question)


def named_span(question: str, government: str) -> tuple[int, int] | None:
    """(start, end) of the question's first naming of the government (see `named_at`): "Pemkab
    Bogor" with its kind word, or "Bogor" alone; None if it is not named.

    >>> named_span("Kebumen's April rotation", "Kabupaten Kebumen")
    (0, 7)
    """
    if beside := _named_beside(government, question):
        return beside
    alone = re.search(rf"\b{re.escape(government.split(' ', 1)[1])}\b", question, re.IGNORECASE)
    return alone.span() if alone else None


def _named_beside(government: str, question: str) -> tuple[int, int] | None:
    """Where the question names this government with its own kind word right beside the region
    ("Pemkot Bogor", "Bupati Bogor", "Bogor City", "the mayor of Bogor"), as (start, end): in
    "Pemkab Garut (Juni) dan Pemkot Bogor (Januari)" Bogor is the Kota, though the question also
    says Pemkab."""
    kind, name = government.split(" ", 1)
    spans = [m.span() for k, rx in _CUES if k == kind for m in rx.finditer(question) if _POSSESSIVE.sub("", m.group("name")) == name]
    words = _EN_KIND[kind]
    spans += [m.span() for m in re.finditer(rf"\b{re.escape(name)}(?:['’]s)?\s+(?:{words})\b|\b(?:{words})\s+of\s+{re.escape(name)}\b", question, re.IGNORECASE)]
    spans += [m.span() for m in re.finditer(rf"(?<![\w.])(?:{_ID_KIND[kind]})\s+{re.escape(name.lower())}\b", question)]
    return min(spans, default=None)


# A region's name inside the name of an island, a village, a road or a river ("Pulau Batang Dua" is
# an island of Kota Ternate, not Kabupaten Batang). Capitalised, as a name is written: "dana desa
# Sumenep" and chat's "jalan kudus" are the region's village funds and roads.
_INSIDE_A_PLACE = re.compile(r"\b(?:Pulau|Desa|Kelurahan|Dusun|Kampung|Jalan|Jl\.?|Sungai|Gunung|Pantai|Teluk)\s+$")
_KECAMATAN = re.compile(r"\b(?:Kecamatan|Kec\.?)\s+$", re.I)
# The last of a list of kecamatan: "Kecamatan Semaka dan Wonosobo", chat's "kec semaka sm wonosobo"
# (a region's name there is one more kecamatan, whatever else the question names). Not after a
# comma: "Kecamatan Banjar, Buleleng" names the kecamatan's government.
_LISTED_KECAMATAN = re.compile(rf"\b(?:Kecamatan|Kec\.?)\s+(?:[\w-]+\s+){{1,3}}?{LIST_JOIN}\s+$", re.I)


def resolve(question: str, known: Iterable[str]) -> list[str]:
    """The governments, among those the index holds, that a question is about.

    A region the question names ("Lebak", "Cilegon City", "Kabupaten Tangerang") picks the known
    governments of that region, narrowed by the kind its words point at ("Bupati Bekasi" is the
    Kabupaten when both a Kabupaten and a Kota Bekasi are known). A kind word alone ("Pemkot",
    "the regent") picks a government only when the index holds one government of that kind.

    >>> resolve("Berapa pejabat dilantik Bupati Lebak?", ["Kabupaten Lebak", "Kota Cilegon"])
    ['Kabupaten Lebak']
    >>> resolve("How many officials did the mayor of Cilegon swear in?", ["Kabupaten Lebak", "Kota Cilegon"])
    ['Kota Cilegon']
    >>> resolve("Did Pemprov Banten test more officials than Subang?", ["Provinsi Banten", "Kabupaten Subang"])
    ['Kabupaten Subang', 'Provinsi Banten']
    >>> resolve("Pemkab Garut (Juni) dan Pemkot Bogor (Januari)", ["Kabupaten Garut", "Kabupaten Bogor", "Kota Bogor"])
    ['Kota Bogor', 'Kabupaten Garut']
    """
    known = sorted(set(known))
    kinds = kinds_named(question)
    named = [g for g in known if any(not _INSIDE_A_PLACE.search(question[: m.start()]) for m in re.finditer(rf"\b{re.escape(region(g))}\b", question, re.IGNORECASE))]
    # "Kecamatan Banjar, Buleleng": a kecamatan named like a region, beside the government it is of
    if len(named) > 1:
        named = [g for g in named if not all(_KECAMATAN.search(question[: m.start()]) for m in re.finditer(rf"\b{re.escape(region(g))}\b", question, re.IGNORECASE))] or named
    named = [g for g in named if not all(_LISTED_KECAMATAN.search(question[: m.start()]) for m in re.finditer(rf"\b{re.escape(region(g))}\b", question, re.IGNORECASE))]
    # "Tangerang Selatan" named: "Tangerang" alone does not also pick Kota/Kabupaten Tangerang.
    named = [g for g in named if not any(region(g) != region(o) and region(g) in region(o) and re.search(rf"\b{re.escape(region(o))}\b", question, re.IGNORECASE) for o in named)]
    if named:  # narrowed region by region: "Pemprov Banten ... than Subang" keeps Kabupaten Subang
        regions = {region(g): [o for o in named if region(o) == region(g)] for g in named}
        beside = {g: at for g in named if (at := _named_beside(g, question))}
        # a kind word not written beside a region ("Bupati Tatu", "the regent") may mean any region
        free = {kind for kind, rx in _KIND_WORDS.items() for m in rx.finditer(question) if not any(a <= m.start() < b for a, b in beside.values())}
        return [
            g
            for of_region in regions.values()
            for g in (
                [o for o in of_region if o in beside or o.split()[0] in free]
                if any(o in beside for o in of_region)
                else [o for o in of_region if o.split()[0] in kinds] or of_region
            )
        ]
    if unknown(question, known, titles=True):
        return []  # a region the index does not hold ("Pemerintah Kota Tasikmalaya"): nothing to resolve to
    if len(kinds) == 1:
        of_kind = [g for g in known if g.startswith(kinds[0])]
        if len(of_kind) == 1:
            return of_kind
    return []
