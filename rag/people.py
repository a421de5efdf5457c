"""People and their titles, as Indonesian news writes them, in every order it uses:

- "Bupati Lebak Iti Jayabaya melantik ..."          (title, region, name)
- "Robinsar, Wali Kota Cilegon, mengatakan ..."       (name, title)
- "Robinsar selaku Wali Kota Cilegon ..."             (name selaku/sebagai title)
- "Wali Kota Cilegon, Robinsar, mengatakan ..."       (title, comma, name)
- "Kepala BKPSDM Kabupaten Bogor Hendri Wijaya"     (a long title, then the name)
- "Rina Marlina (sebelumnya menjabat Sekretaris ...)", "Heri kini menjadi Asda I"

Who holds a title, and which title a person holds, are read here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rag.dates import CALENDAR_WORDS
from rag.text import VERB, sentence_spans

# A personal name as news prints it: optional honorifics ("H.", "Drs.", "Hj."), one to four
# capitalised words, optional degrees (", S.Sos., M.Si.").
_HONORIFIC = r"(?:(?:H|Hj|Dr|dr|drg|Drs|Dra|Ir|Prof|KH|Kh)\.\s*)*"  # "dr." and "drg.": a physician, a dentist
_CAP = r"[A-Z][a-z][a-zA-Z'’-]*"  # "Robinsar", not an acronym ("ASN", "OPD")
_NAME = rf"{_HONORIFIC}(?P<name>{_CAP}(?:\s+(?:[A-Z]\.\s*)?{_CAP}){{0,3}}(?:\s+[A-Z]{{2,3}}\b(?![.(]))?)"  # a trailing title acronym: "Asep KH"

# Words that start or continue a title or a government, never a name.
TITLE_WORDS = set(
    "bupati wakil wali walikota kota kabupaten gubernur sekda sekretaris daerah kepala camat lurah plt pelaksana tugas "
    "asisten asda direktur ketua kabag kabid kadis kasubag inspektur dinas badan bagian bidang kantor satuan unit pemkab "
    "pemkot pemprov pemerintah provinsi kab kecamatan kelurahan desa kades setda dprd rsud upt opd sekretariat".split()
)
# Offices by their short names, which news capitalises like names ("Kepala Bapenda Kota Depok").
OFFICE_WORDS = set(
    "dinkes disdik dishub dinsos disnaker disperkim dispora disparbud dispar diskominfo diskominfosatik disdukcapil "
    "disperindag disbudpar bapenda bappeda bappelitbangda bapperida kesbangpol setwan satpol disporapar dispertan "
    "disnakertrans dispusipda distanbun bakesbangpol disdikpora diskoperindag disperkimtan diskar damkar distan dindik "
    "diskes disbun disdikbud dispusip dikbud pupr dlh setda kesra".split()
)
NOT_NAME_WORDS = TITLE_WORDS | OFFICE_WORDS | set(
    "yang dan di ke dari untuk pada dengan oleh dalam saat ketika para turut hadir sementara sedangkan selain kemudian "
    "menurut usai setelah sebelum sejak selama bahwa namun tetapi jadi juga itu ini tersebut ia dia mereka kami kita "
    "saya beliau the and of in on at to for by with as from mr mrs regent mayor deputy head secretary governor district "
    "city regency government acting chief selaku sebagai nomor tahun".split()
)


@dataclass(frozen=True)
class Title:
    """A title a question asks about, as the articles write it ("wakil bupati"), and the longer
    titles that contain it but are someone else's ("wakil bupati" is not "bupati")."""

    forms: tuple[str, ...]
    not_after: tuple[str, ...] = ()
    office: str = ""  # for the head of an office: the office as the question names it ("BKPSDM", "Dinas Sosial")

    @property
    def held_over_a_place(self) -> bool:
        """A camat's, lurah's or village head's title, with its place or not: the word after it
        may be the place ("Kepala Desa Karyabuana, Jaenudin,")."""
        return any(form.lower().startswith(base) for form in self.forms for base in (*_OF_A_PLACE, "kades"))

    @property
    def of_a_place(self) -> bool:
        """A title of one place below the government: "camat Pekalongan Barat", not "camat"."""
        return any(form.lower().startswith(f"{base} ") for form in self.forms for base in _OF_A_PLACE)

    @property
    def chairs(self) -> bool:
        """The chair of a body ("Ketua HNSI"), which a government head often is: "TPPS diketuai
        Wakil Bupati X"."""
        return self.forms[0] == "ketua"

    @property
    def acting(self) -> bool:
        """An acting head ("Plt Kepala Diskominfo", "pelaksana tugas")."""
        return "plt" in self.forms

    def of_any_office(self) -> Title:
        """The title wherever it is held: for the context, which shows the model every sentence
        naming an acting head, of whichever office, for it to choose from (the rules then check
        the office: "Plt Taufik di DLHK" is no answer for the Plt of Diskominfo)."""
        return replace(self, office="") if self.acting else self

    def pattern(self) -> str:
        """A regex for the title in any letter case ("Wali Kota", "wali kota", "WALI KOTA"); for the
        head of an office, "Kepala" and, within the same clause, the office by its name or acronym:
        "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)"."""
        if self.office:
            office = office_regex(self.office)
            # "Kepala Bidang Kesmas Dinkes" heads a division of the Dinkes, not the Dinkes (unless a
            # division is what is asked: "Kepala Seksi Kesiapsiagaan BPBD")
            division = "" if re.match(_SUB_UNIT, self.office) else rf"(?!\s+{_SUB_UNIT})"
            head = rf"(?i:\b(?:{'|'.join(map(re.escape, self.forms))})\b{division})[^.;,]{{0,120}}?\b(?i:{office})\b\)?"
            if self.acting or self.chairs:  # "Sebelumnya Disdukcapil dijabat Jajang sebagai Pelaksana Tugas", "TPPS diketuai X"
                head += rf"|\b(?i:{office})\b[^.;]{{0,80}}?\b(?i:{'|'.join(map(re.escape, self.forms))})\b"
            head = "|".join([head, *_run_by(office)])  # "Dinas Sosial dipimpin Plt X"
            head = f"(?:{head})"
            first, _, rest = self.office.partition(" ")
            acting = r"(?i:\b(?:plt\.?|pelaksana\s+tugas)\s+(?:\(plt\)\s+)?)" if self.acting else ""  # "Kalaksa BPBD" alone is no acting head
            if first.lower() in OFFICE_WORDS and not rest:  # "Kadinkes Garut Leli Yuliani" is the Kepala Dinkes
                head = rf"(?:{head}|{acting}(?i:\bka{re.escape(first)}\b))"
            if short := _HEAD_SHORT.get(first.lower()):  # "Kalaksa BPBD" is the Kepala Pelaksana BPBD
                tail = re.escape(rest).replace(r"\ ", r"\s+")
                return rf"(?:{head}|{acting}(?i:\b{short}\s+{tail}\b))" if rest else head
            return head
        guard = "".join(rf"(?<!\b{w}\s)" for w in self.not_after)
        forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in self.forms)
        return rf"(?i:{guard}\b(?:{forms})\b)"


# The units inside an office, whose heads are not the office's: "Kepala Bidang Pencegahan ... Dinas
# Kesehatan", "Kepala Seksi", "Kepala UPTD Puskesmas".
_SUB_UNIT = r"(?i:bidang|bagian|sub\s*bagian|subbagian|seksi|sub\s*bidang|subbidang|upt|uptd|puskesmas|sekolah|balai|unit)\b"


# How officialese shortens "Kepala <first word of the office>": "Kalaksa BPBD", "Kadis Sosial",
# "Kaban Kesbangpol", "Kasatpol PP".
_HEAD_SHORT = {"pelaksana": "kalaksa", "dinas": "kadis", "badan": "kaban", "bagian": "kabag", "bidang": "kabid", "satpol": "kasatpol"}


# Titles a question may ask about, keyed by how a question (English or Indonesian) says them. The
# order matters: the first that matches wins, so "wakil bupati" is tried before "bupati".
TITLES: list[tuple[re.Pattern[str], Title]] = [
    (re.compile(r"\b(wakil|deputy|vice)\s+(bupati|regent)\b", re.I), Title(("wakil bupati", "wabup"))),
    (re.compile(r"\b(wakil|deputy|vice)\s+(wali\s*kota|walikota|mayor)\b", re.I), Title(("wakil wali kota", "wakil walikota", "wawalkot"))),
    (re.compile(r"\b(wakil|deputy|vice)\s+(gubernur|governor)\b", re.I), Title(("wakil gubernur", "wagub"))),
    (re.compile(r"\b(bupati|regent)\b", re.I), Title(("bupati",), not_after=("wakil", "pendopo", "rumah dinas"))),
    (re.compile(r"\b(wali\s*kota|walikota|mayor)\b", re.I), Title(("wali kota", "walikota", "walkot"), not_after=("wakil",))),
    (re.compile(r"\b(gubernur|governor)\b", re.I), Title(("gubernur",), not_after=("wakil",))),
    (re.compile(r"\b(sekda|sekretaris daerah|regional secretary)\b", re.I), Title(("sekretaris daerah", "sekda", "sekertaris daerah"))),
    (re.compile(r"\b(camat|district head|head of (the )?district)\b", re.I), Title(("camat",))),
    (re.compile(r"\b(lurah|urban village head)\b", re.I), Title(("lurah",))),
    (re.compile(r"\b(kepala desa|kades|village head)\b", re.I), Title(("kepala desa", "kades"))),
    (re.compile(r"\b(ketua dprd|dprd (chair|speaker)|speaker of the)\b", re.I), Title(("ketua dprd",))),
    # The chair of a selection committee, which news also writes as "Pansel diketuai Prof. X" and,
    # after a sentence on the committee, "Ketuanya Dr. X".
    (re.compile(r"\b(ketua|chair(?:man|person|woman)?|head) (?:of )?(?:the )?(pansel|panitia seleksi|tim seleksi|selection (committee|panel)|panel)\b", re.I),
     Title(("ketua pansel", "ketua panitia seleksi", "ketua tim seleksi", "diketuai", "ketuanya"))),
]


# "Kepala BKPSDM", "head of Satpol PP", "Kadis Sosial", "Plt Kepala Disdukcapil": the head of an office.
# An office's name after its title, capitalised (chat may write "dinas Sosial"): "BKPSDM", "Dinas Pendidikan dan Kebudayaan".
_OFFICE_NAME = r"(?P<office>(?:[A-Z][\w-]*|(?:dinas|badan)\s+[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|PP|dan))*)"
_HEAD_OF = re.compile(
    r"\b(?P<acting>(?:Plt\.?|Pelaksana Tugas|acting)\s+(?:\(Plt\)\s+)?)?(?:[Kk]epala|head of(?: the)?|chief of(?: the)?|Kadis)\s+(?:kantor\s+)?" + _OFFICE_NAME
)
# "Sekretaris Dinas Kesehatan", "secretary of the BPBD": an office's secretary (not "Sekretaris Daerah", the government's)
_SECRETARY_OF = re.compile(r"\b(?:[Ss]ekretaris|[Ss]ecretary of(?: the)?)\s+" + _OFFICE_NAME)


def _an_office(word: str) -> bool:
    """Whether a word starts an office's name: "Dinas", "Badan", an acronym ("BPBD"), a short name
    ("Disdik"); not "Daerah" (the government's secretary) nor a region ("secretary of Cianjur")."""
    return word.lower() in {"dinas", "badan", "kantor", "satpol", "inspektorat"} | OFFICE_WORDS or (word.isupper() and len(word) >= 3 and word != "DPRD")
_OFFICE_STOP = re.compile(r"\s+(?:Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Regency|City|Province)\b.*$")


# Titles of a place below the government, which news writes with the place: "Camat Pekalongan
# Barat", "Lurah Kaligandu", "Kepala Desa Sukamaju".
_OF_A_PLACE = ("camat", "lurah", "kepala desa")
_PLACE_AFTER = re.compile(
    r"\b(?:camat|lurah|kepala desa|kades)\s+(?:(?:kecamatan|kec\.?|kelurahan|kel\.?|desa)\s+)?(?P<place>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)",
    re.IGNORECASE,
)
_NOT_PLACE = re.compile(
    rf"(?:{VERB}|baru|lama|sekarang|kini|definitif|siapa|mana|saat|pengganti|hasil|periode|"
    r"rotasi|mutasi|new|now|which|after|before|who|was|is)$",
    re.IGNORECASE,
)


def _place_after(text: str) -> str:
    """The place a camat, lurah or village head is of, as the question writes it, in one or two
    words ("camat pekalongan barat yang baru" -> "pekalongan barat", "camat kec. cugenang" ->
    "cugenang"); "" when none is named ("camat yang baru", "the camat of ...")."""
    match = _PLACE_AFTER.search(text)
    kept = []
    for word in match.group("place").split() if match else []:
        if word.lower() in NOT_NAME_WORDS or word.lower() in CALENDAR_WORDS or _NOT_PLACE.match(word):
            break
        kept.append(word)
    return " ".join(kept)


def asked_title(text: str, regions: Iterable[str] = ()) -> Title | None:
    """The title a phrase names ("the deputy regent" -> wakil bupati; "Kepala BKPSDM" -> the head of
    BKPSDM; "Plt Kepala Dinas" -> an acting head), or None. The office is named without its region
    ("Kepala Satpol PP Garut" -> the head of Satpol PP): articles write the head of an office
    without it as often as with it."""
    office = ""
    if match := _HEAD_OF.search(text):
        office = _OFFICE_STOP.sub("", match.group("office")).strip()
        for region in regions:
            office = re.sub(rf"(?:^|\s+){re.escape(region)}$", "", office)
        if re.match(r"['’]s\b", text[match.end("office") :]) or office.lower() in TITLE_WORDS:
            office = ""  # "head of Pangandaran's tourism office": the owner, not the office
        elif short := _ACRONYM.search(text, match.start("office")):
            office = short.group("office")  # "head of the Public Works ... office (Dinas PUPR)": the office by its own name
    if re.search(r"\b(Plt\.?|Pelaksana Tugas|acting head)\b", text, re.I):
        # "Plt Kepala Diskominfo": the acting head of that office, not any acting head; so is "the
        # acting head of Garut's revenue agency (Bapenda)", the office by its own name
        if not office and re.search(r"\bacting head\b", text, re.I) and (short := _ACRONYM.search(text)):
            return Title(("pelaksana tugas", "plt"), office=short.group("office"))
        return Title(("pelaksana tugas", "plt"), office=office if match and match.group("acting") else "")
    if (secretary := _SECRETARY_OF.search(text)) and _an_office((of := _OFFICE_STOP.sub("", secretary.group("office")).strip()).split()[0]):
        # "Sekretaris Dinas Kesehatan Sidrap": the office's secretary, not its head; the office by its first words, as
        # articles write it without the region ("Dinas Kesehatan", "BPBD"), unless "dan" joins its name
        words = of.split()
        core = words if "dan" in words else words[:2] if words[0].lower() in {"dinas", "badan", "kantor"} else words[:1]
        return Title(("sekretaris",), office=" ".join(core))
    if known := next((title for rx, title in TITLES if rx.search(text)), None):
        if known.forms[0] in _OF_A_PLACE and (place := _place_after(text)):
            return Title(tuple(f"{form} {place}" for form in known.forms))  # "Camat Pekalongan Barat", not any camat
        return known
    if not office and re.search(r"\b(?:head(?:s|ed)?|chief)\b", text, re.I) and (short := _ACRONYM.search(text)):
        office = short.group("office")  # "the head of Cilegon's public works office (DPUPR)": the office by its short name
    if office:
        return Title(("kepala", "kadis"), office=office)
    return None


# The chair of a body outside the government's offices, which news names by its initials: "Ketua
# HNSI Tuban", "TPPS yang diketuai Wakil Bupati", "Who chairs the Garut branch of PMI?".
_CHAIR = re.compile(r"\b(?:ketua(?:nya)?|chair(?:s|ed|man|woman|person)?|diketuai)\b", re.I)
_ORGANISATION = re.compile(r"\b[A-Z]{3,6}\b")


def chair_asked(question: str) -> Title | None:
    """The chair a question asks for, of a body it names by its initials: "Who chairs the Tuban
    branch of the fishermen's association HNSI?", "Siapa ketua HNSI Tuban?" -> the ketua of HNSI,
    whom an article writes "Ketua HNSI Tuban, X" or "HNSI Tuban diketuai X". Without one, the
    question asks for someone the articles may not name, and the Kepala Dinas they do name is
    no answer.

    >>> chair_asked("Siapa ketua HNSI Tuban?").office, chair_asked("Who heads the BPBD?")
    ('HNSI', None)
    """
    chair = _CHAIR.search(question)
    org = next((m for m in _ORGANISATION.finditer(question) if chair and (m.start() > chair.start() or chair.group().lower() == "diketuai")), None)
    return Title(("ketua", "diketuai", "ketuanya"), office=org.group()) if org else None


# An office's own name in brackets right after an English question names it: "public works office
# (DPUPR)", "revenue agency (Bapenda)", "health office (Dinas Kesehatan)", "trade and industry office
# (Dinas Perdagangan dan Perindustrian)"; not "civil servants (ASN)". With its head's word, that
# word is the title, not the office: "health office (Kepala Dinas Kesehatan)".
_ACRONYM = re.compile(r"\b(?:office|agency|department|board|bureau|service|secretariat|inspectorate|unit)\s*\((?:Kepala\s+)?(?P<office>[A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|dan))*)\)")


def person_pattern(person: str) -> str:
    """A regex for a person's name as news writes it, an abbreviated name with or without its dot:
    "Andi Muh Faisal" (as a question is read) in "Andi Muh. Faisal, yang sebelumnya menjabat ...".

    >>> bool(re.search(person_pattern("Andi Muh Faisal"), "Andi Muh. Faisal, yang sebelumnya menjabat Camat"))
    True
    """
    return r"\b" + r"\.?\s+".join(map(re.escape, person.split())) + r"\b"


def name_words(name: str) -> set[str]:
    """The words that identify a person ("Ade Sugianto Putra" -> {ade, sugianto, putra})."""
    return {w.lower() for w in re.findall(_CAP, name) if w.lower() not in NOT_NAME_WORDS}


def _clean(name: str) -> str:
    """A matched name cut where title, government or sentence words begin."""
    kept = []
    for word in name.split():
        if word.lower().strip(".,") in NOT_NAME_WORDS:
            break
        kept.append(word)
    return " ".join(kept)


def holders(title: Title, text: str, regions: tuple[str, ...] = ()) -> list[str]:
    """The names the text gives for a title, in any of the orders news uses. `regions` are the
    region names the index knows ("Cilegon"): what may stand between a title and its holder
    ("Wali Kota Cilegon Robinsar"), and never a name.

    >>> t = asked_title("wali kota")
    >>> holders(t, "Robinsar, Wali Kota Cilegon, mengatakan pelantikan lancar.", ("Cilegon",))
    ['Robinsar']
    >>> holders(t, "Pelantikan dipimpin Wali Kota Cilegon Robinsar di aula.", ("Cilegon",))
    ['Robinsar']
    >>> holders(t, "Hal itu disampaikan Robinsar selaku Wali Kota Cilegon.", ("Cilegon",))
    ['Robinsar']
    >>> holders(t, "Wakil Wali Kota Cilegon Fajar Hadi Prabowo hadir.", ("Cilegon",))
    []
    """
    flat = " ".join(text.split())
    title_rx = title.pattern()
    places = "|".join(map(re.escape, sorted(regions, key=len, reverse=True)))
    region = rf"(?:\s+(?:Kabupaten|Kota|Provinsi|Kab\.)?\s*(?:{places})\b)?" if places else ""
    orders = [
        rf"{title_rx}{region}\s*,?\s+{_NAME}",  # Bupati Lebak Iti / Wali Kota Cilegon, Robinsar,
        rf"{_NAME}\s*,\s*(?:(?:S|M|Dr|Ir)\.[\w.]*,?\s*)*{title_rx}",  # Robinsar, Wali Kota Cilegon
        rf"{_NAME}\s*,?\s+(?:(?:ditunjuk|diangkat|dilantik|ditetapkan)\s+)?(?:selaku|sebagai|yang juga|yang menjabat(?: sebagai)?)\s+{title_rx}",  # Robinsar selaku Wali Kota; X, ditunjuk sebagai Plt
    ]
    found: list[str] = []
    for number, order in enumerate(orders):
        for match in re.finditer(order, flat):
            before = flat[: match.start()]
            if _FORMER.search(before):
                continue  # "mantan Bupati Garut X": who held it once, not who holds it
            if number == 0 and (prev := re.search(rf"((?:{_CAP}\s+){{0,3}}{_CAP})\s*,\s*$", before)) and not _TITLED.search(before[: prev.start()]):
                # "Iwan, Camat Tarogong Kidul,": the words after the title are its place, the holder came
                # first (but in "Wakil Bupati X, Sekda Y," X has a title of their own: a list of people).
                continue
            name = _clean(match.group("name"))
            if number == 0 and title.held_over_a_place and (then := re.match(rf"\s*,\s*{_NAME}\s*,", flat[match.end() :])):
                name = _clean(then.group("name"))  # "Kepala Desa Karyabuana, Jaenudin,": the first name is the village
            if name and name.split()[0].lower() in CALENDAR_WORDS:
                continue  # "Kepala Satpol PP, Senin (2/3/2026)": the dateline, not a holder
            if name and name not in found and name not in regions:
                found.append(name)
    return found


def former_holders(title: Title, text: str) -> list[str]:
    """The names the text says held a title before ("Teguh Santoso, yang sebelumnya menjabat
    Kepala Pelaksana BPBD, kini ...", "Heru (sebelumnya Kepala Satpol PP)", "mantan Kepala Satpol
    PP Heru Setiawan", "Kursi Kepala Dinas X yang ditinggalkan Dedi", "Camat X Rudi yang kini
    menjadi Camat Y", "X, yang sejak 2023 menjabat Kepala BPBD, kini dilantik sebagai ..."): asked
    who holds it now, they are the wrong answer.

    >>> former_holders(asked_title("Kepala Satpol PP"), "Heru Setiawan, yang sebelumnya Kepala Satpol PP, digeser.")
    ['Heru Setiawan']
    """
    flat = " ".join(text.split())
    title_rx = title.pattern()
    orders = [
        rf"{_NAME}\s*(?:,\s*|\(\s*)(?:yang\s+)?sebelumnya\s+(?:menjabat\s+)?(?:sebagai\s+)?{title_rx}",
        # "Endang, yang sejak 2023 menjabat Kepala Pelaksana BPBD, kini dilantik sebagai Kepala Dinas Sosial": held it
        # until now, moved on (not "kini dilantik sebagai kepala dinas definitif" of the same office)
        rf"{_NAME}\s*,\s*(?:yang\s+)?(?:sejak\s+[^,.]{{1,25}}?\s+|selama\s+ini\s+|semula\s+|tadinya\s+)menjabat\s+(?:sebagai\s+)?{title_rx}[^.,]{{0,60}},\s*"
        rf"(?:kini|sekarang)\s+(?:(?:dilantik|diangkat|dipercaya|{_MOVED})\s+)?(?:sebagai|menjadi|ke)\s+(?!{title_rx}|[^.,]{{0,30}}\bdefinitif)",
        rf"\b(?:mantan|eks|bekas)\s+{title_rx}(?:\s+[A-Z][\w.]*)*?\s*,?\s+{_NAME}",
        rf"{title_rx}[^.]{{0,60}}?\byang\s+ditinggalkan\s+{_NAME}",  # "Kursi Kepala Dinas X yang ditinggalkan Dedi diisi ..."
        # "Camat X Rudi, yang kini menjadi ...", "Camat X Rudi digeser menjadi Camat Y" (not "Sekretaris Camat X Rudi
        # dipromosikan menjadi Camat X": the title inside another, and the post they were moved to is the one asked)
        rf"(?<!Sekretaris\s)(?<!Wakil\s)(?<!Plt\s)(?<!Plt\.\s)(?<!Asisten\s)(?<!Tugas\s){title_rx}(?:\s+[A-Z][\w.]*){{0,3}}?\s*,?\s+{_NAME}\s*,?\s+(?:yang\s+)?"
        rf"(?:(?:kini|sekarang)\s+(?:(?:dipercaya|{_MOVED})\s+)?menjadi|(?:{_MOVED})\s+(?:menjadi|ke)\b)(?!\s+{title_rx})",
    ]
    return list(dict.fromkeys(name for order in orders for m in re.finditer(order, flat) if (name := _clean(m.group("name")))))


def new_holders(title: Title, text: str) -> list[str]:
    """The names the text says a vacated post went to ("Kursi Kepala Dinas Perhubungan yang
    ditinggalkan Dedi diisi Tatang Suherman", "posisi Camat X kini ditempati oleh Yusuf"), and
    for the head of an office, who the text says runs it now ("Dinas Sosial dipimpin Plt Nandang",
    "Sejak itu BPBD dipimpin Plt Asep", "Rohmat ditunjuk sebagai Plt Kepala BPBD"): an acting head is
    the one in charge until a head is installed.

    >>> new_holders(asked_title("Kepala Dinas Sosial"), "Kursi Kepala Dinas Sosial diisi Nina Kartika, sebelumnya Camat Cibeber.")
    ['Nina Kartika']
    """
    flat = " ".join(text.split())
    orders = [rf"\b(?i:kursi|posisi|jabatan)\s+{title.pattern()}(?:(?!sebelumnya)[^.]){{0,60}}?\b(?:kini\s+|lalu\s+|kemudian\s+)?(?:diisi|ditempati|diduduki)\s+(?:oleh\s+)?{_NAME}"]
    if title.office:
        orders += [rf"{order}\s+(?:dr\.\s+)?{_NAME}" for order in _run_by(office_regex(title.office))]
    found = [name for order in orders for m in re.finditer(order, flat) if (name := _clean(m.group("name")))]
    # "Sekretaris Dinsos Wulan Sari ditunjuk sebagai Plt Kepala Dinsos": acting from now on; the name is what
    # follows the last title or office word before it
    appointed = rf"{_NAME}\s*,?\s+(?:kini\s+|lalu\s+|kemudian\s+)?(?:ditunjuk|diangkat|ditugaskan|ditetapkan)\s+(?:sebagai|menjadi)\s+(?:Plt\.?|Pelaksana\s+Tugas)\s+{title.pattern()}"
    stop = NOT_NAME_WORDS | {w.lower() for w in title.office.split()}  # "Sekretaris Dinas Sosial Wulan Sari"
    for m in re.finditer(appointed, flat):
        words = m.group("name").split()
        tail = next((words[i + 1 :] for i in range(len(words) - 1, -1, -1) if words[i].lower().strip(".,") in stop), words)
        if tail:
            found.append(" ".join(tail))
    return list(dict.fromkeys(found))


# Offices by the short names officialese and chat give them: the Dishub is the Dinas Perhubungan.
OFFICE_SHORT = {
    "dishub": "Dinas Perhubungan", "disdik": "Dinas Pendidikan", "dinkes": "Dinas Kesehatan", "dinsos": "Dinas Sosial",
    "disnaker": "Dinas Tenaga Kerja", "disperkim": "Dinas Perumahan dan Kawasan Permukiman", "dispora": "Dinas Pemuda dan Olahraga",
    "disparbud": "Dinas Pariwisata dan Kebudayaan", "diskominfo": "Dinas Komunikasi dan Informatika",
    "disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil", "disperindag": "Dinas Perindustrian dan Perdagangan",
    "disdikbud": "Dinas Pendidikan dan Kebudayaan", "dispertan": "Dinas Pertanian", "dlh": "Dinas Lingkungan Hidup",
    # what follows "Dinas" in its short form: "Dinas Dikbud", "Dinas PUPR"; the parts of a Setda: "Bagian Kesra Setda"
    "dikbud": "Pendidikan dan Kebudayaan", "pupr": "Pekerjaan Umum dan Penataan Ruang", "kesra": "Kesejahteraan Rakyat", "setda": "Sekretariat Daerah",
}


def office_regex(office: str) -> str:
    """An office as a regex that takes either of its names, also inside a longer name: "Dishub" or
    "Dinas Perhubungan"; "Bidang Pembinaan SMP Dinas Pendidikan dan Kebudayaan" or "... Dinas Dikbud".

    >>> bool(re.search(office_regex("Dishub"), "Dinas Perhubungan dipimpin Plt Bayu"))
    True
    >>> bool(re.search(office_regex("Bidang SMP Dinas Pendidikan dan Kebudayaan"), "Kepala Bidang SMP Disdikbud"))
    True
    """
    forms = [office]
    for short, full in OFFICE_SHORT.items():
        for form in list(forms):
            for name, other in ((full, short), (short, full)):
                if (said := re.search(rf"\b{re.escape(name)}\b", form, re.I)) and other.lower() not in form.lower():
                    forms.append(form[: said.start()] + other + form[said.end() :])
    return "(?i:" + "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in dict.fromkeys(forms)) + ")"


def _run_by(office: str) -> list[str]:
    """The three ways news says who runs an office for now, up to the name: "<office> dipimpin Plt"
    ("Sementara Dinas Sosial dipimpin Plt Nandang"), "Saat ini <office> dipimpin" ("Saat ini
    Dinas Pendidikan dipimpin Euis selaku Plt"), and the seat left ("Kursi Kepala Dishub yang
    ditinggalkan Iwan untuk sementara dipimpin Plt Saepul"). Not "upacara di Dinas Sosial dipimpin
    X": who led an event there."""
    region = r"(?:\s+(?:Kabupaten\s+|Kota\s+)?[A-Z]\w+)?"
    return [
        rf"\b(?i:{office}){region}\s+(?i:(?:masih|kini|tetap|sementara)\s+)?dipimpin\s+(?:oleh\s+)?(?:Plt\.?|Pelaksana\s+Tugas)",
        rf"\b(?i:kursi|jabatan|posisi)\s+(?i:kepala\s+)?(?i:{office}){region}(?:\s+yang\s+(?:ditinggalkan|kosong)\b(?:(?!\bsebelumnya\b)[^.]){{0,80}}?)?"
        r",?\s+(?i:(?:untuk\s+)?sementara\s+|kini\s+|masih\s+)?(?:dipimpin|diisi|dijabat)\s+(?:oleh\s+)?(?:Plt\.?|Pelaksana\s+Tugas)(?:\s+(?:Sekretaris|Kepala)\s+[A-Z]\w*(?:\s+[A-Z]\w*)?)?",
        rf"\b(?i:saat ini|kini|untuk sementara|sejak itu|hingga kini)\s*,?\s+(?i:{office}){region}\s+(?i:(?:masih|tetap)\s+)?dipimpin(?:\s+oleh)?",
    ]


_TITLED = re.compile(r"\b(?:[Bb]upati|[Ww]ali ?[Kk]ota|[Ww]alikota|[Gg]ubernur|[Ss]ekda|[Dd]aerah|[Cc]amat|[Ll]urah|[Kk]epala|[Ww]akil|Plt\.?|[Dd]irektur|[Kk]etua)(?:\s+[A-Z]\w*){0,3}\s*$")
_FORMER = re.compile(r"\b(?:mantan|eks|bekas|former|calon|bakal calon|almarhum|alm\.)\s*$", re.IGNORECASE)


_TITLE_WORD = (
    r"(?:Plt\.?\s+|Pelaksana Tugas\s+|Pj\.?\s+|Penjabat\s+)?(?:Kepala|Sekretaris|Sekertaris|Wakil|Bupati|Wali ?[Kk]ota|Walikota|Gubernur|Camat"
    r"|Lurah|Asda|Asisten|Sekda|Direktur|Ketua|Kabag|Kabid|Kadis|Inspektur|Kapolres|Dandim|Plt|Pelaksana Tugas)"
)
_TITLE_START = re.compile(rf"\b{_TITLE_WORD}\b")
# A title phrase: the title word, then capitalised words, "dan", "&", numbers and (acronyms), up to
# the first word in lower case ("Wali Kota Cimahi usai pelantikan" ends before "usai").
_TITLE_PHRASE = rf"{_TITLE_WORD}\b(?:\s+(?:[A-Z][\w'’/-]*|dan|&|I{{1,3}}|IV|\d+|\([^()]*\)))*"


def _sentence_around(flat: str, start: int) -> str:
    """The sentence of `flat` that holds position `start`, up to that position."""
    for a, b in sentence_spans(flat):
        if a <= start < b or start == b:
            return flat[a:start]
    return flat[:start]


def title_of(person: str, text: str, before: bool = False, after: bool = False) -> str | None:
    """The title an article gives a person: the title phrase right before the name ("Kepala BKPSDM
    Kabupaten Bogor Hendri"), or after it ("Robinsar, Wali Kota Cilegon,", "Robinsar selaku
    Wali Kota Cilegon"); asked what they were before, the "(sebelumnya ...)" or "... sebelumnya
    menjabat ..." after the name; asked what they became, the "... kini menjadi ...", "...
    digeser menjadi ..." or "... kembali ke jabatan definitifnya sebagai ..." after it. News
    names a person in full once and then by one of their names ("Agus sebelumnya menjabat Camat
    Jatinangor"): the full name is tried first, then its first and last word.

    >>> title_of("Robinsar", "Robinsar, Wali Kota Cilegon, mengatakan hal itu.")
    'Wali Kota Cilegon'
    >>> title_of("Hendri", "Sementara itu, Kepala BKPSDM Kabupaten Bogor Hendri mengatakan ...")
    'Kepala BKPSDM Kabupaten Bogor'
    >>> title_of("Asep Sunandar Yusuf", "Asep sebelumnya menjabat Camat Cibeber.", before=True)
    'Camat Cibeber'
    >>> title_of("Bambang Sutrisno", "Bambang merupakan ASN Kabupaten Ciamis yang sebelumnya menjabat Kepala Bidang Bina Marga.", before=True)
    'Kepala Bidang Bina Marga'
    >>> title_of("Euis Rahmawati", "Euis Rahmawati, yang sebelumnya menjabat Plt Kepala Dinas, kembali ke jabatan definitifnya sebagai Sekretaris Dinas.", after=True)
    'Sekretaris Dinas'
    """
    flat = " ".join(text.split())
    words = [w for w in person.split() if len(w) > 2]
    forms = [person] + ([words[0], words[-1]] if len(words) > 1 else [])
    for form in forms:
        if title := _title_beside(rf"(?<![\w-]){re.escape(form)}(?![\w-])", flat, before, after):
            return title
    return None


# Academic degrees news writes after a name: ", S.E., M.Ak.", ", S.T., M.T.", ", M.K.M.".
_DEGREES = r"(?:\s*,\s*(?:[A-Z][a-zA-Z]{0,4}\.\s?){1,4})*"


# Verbs that move someone from one post to another.
_MOVED = r"digeser|dipindah(?:kan)?|dimutasi|dirotasi|dipromosikan|bergeser|beralih"


def _title_beside(name: str, flat: str, before: bool, after: bool) -> str | None:
    # "Teguh, yang sebelumnya menjabat Kepala BPBD, kini menjadi Kepala Satpol PP" and "Tri, Kepala
    # Dishub, dipindahkan menjadi Kepala Dinas PUPR": the clause on the old post is passed over
    if after and (
        m := re.search(
            name + r"\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?(?:,\s*(?:yang\s+sebelumnya\s+[^,.]{3,120}|" + _TITLE_WORD + r"\b[^,.]{0,100}),)?,?\s*(?:yang\s+)?(?:kini|sekarang|kemudian)?\s*"
            r"(?:(?:" + _MOVED + r"|naik)\s+)?"
            r"(?:kembali\s+)?(?:menjadi|menjabat(?:\s+sebagai)?|dilantik\s+(?:menjadi|sebagai)|diangkat\s+(?:menjadi|sebagai)"
            r"|kembali\s+ke\s+(?:jabatan|posisi)(?:\s+\w+nya|\s+semula)?(?:\s+sebagai)?)\s+(" + _TITLE_PHRASE + ")",  # "kembali ke jabatan definitifnya sebagai Sekretaris Dinas"
            flat,
        )
    ):
        return m.group(1).strip()
    if before:
        m = re.search(name + r"\s*\((?:yang\s+)?sebelumnya(?:\s+menjabat)?(?:\s+sebagai)?\s+((?:[^().]|\([^()]*\))+)", flat)
        if not m:
            m = re.search(  # "Bambang merupakan ASN Kabupaten Ciamis yang sebelumnya menjabat ..." too, and a post
                # held "selama ini" (until now) by someone given a new one: "Hendrawan Saputra, S.E., M.Ak., yang selama ini menjabat ..."
                name + _DEGREES + r"(?:\s+(?:merupakan|adalah|ialah)\s+(?:(?!pengganti|istri|suami|adik|kakak|anak)[^.,;]){3,80}?)?\s*,?\s+(?:yang\s+)?(?:sebelumnya|selama\s+ini)\s+(?:(?:menjabat|adalah|merupakan|ialah)\s+)?(?:sebagai\s+)?(" + _TITLE_PHRASE + ")", flat
            )
        if not m:  # "Tri, Kepala Dishub, dipindahkan menjadi Kepala Dinas PUPR": the post he was moved from
            m = re.search(name + r"\s*,\s*(" + _TITLE_PHRASE + r"),\s*(?:" + _MOVED + r")\s+(?:menjadi|ke)\b", flat)
        if not m:
            return None
        phrase = m.group(1).strip(" ,")
        return phrase + ")" * (phrase.count("(") - phrase.count(")"))
    for found in re.finditer(name, flat):
        if m := re.match(rf"\s*(?:,|selaku|sebagai|yang menjabat(?: sebagai)?)\s*({_TITLE_PHRASE})", flat[found.end() :]):
            return m.group(1).strip()
        sentence = _sentence_around(flat, found.start())
        starts = [m.start() for m in _TITLE_START.finditer(sentence)]
        if starts and (phrase := sentence[starts[-1] :].strip(" ,(")) and len(phrase.split()) <= 20:
            return re.sub(rf"\s*{_HONORIFIC}$", "", phrase).strip(" ,")
    return None if after else _title_beside(name, flat, False, True)  # written only as the post they moved to
