"""A question, parsed once into the facts every later step needs: what is asked (a count, a
person, a title, a place, a date, a duration, the time between two events, ...), the periods and
governments it names, the people it names, what it counts, the title it asks for, its language.

Retrieval, the prompt, the rules and the composition of multi-part answers all read these facts
from one `Question`; none of them re-derives them from the text.

>>> q = parse("Berapa pejabat yang dilantik Bupati Lebak pada Maret 2026?", ["Kabupaten Lebak", "Kota Cilegon"])
>>> q.kind, q.language, q.governments, q.counted, [p.text for p in q.periods]
('count', 'id', ('Kabupaten Lebak',), 'pejabat', ['Maret 2026'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rag import governments as gov
from rag.dates import CALENDAR_WORDS, DAY_OF_MONTH, LAST_YEAR_COMPARED, MONTH_WORDS, PART_OF_YEAR, DateSpan, day_first, joined_spans, latest_months, months_of_its_year, question_periods, same_period_earlier, same_time_of_an_earlier_year, years_spoken_of
from rag.glossary import count_kind, diseases_in, english_terms, school_levels_in
from rag.people import NOT_NAME_WORDS, OFFICE_SHORT, OFFICE_WORDS, Title, asked_title, chair_asked, person_pattern
from rag.text import LIST_JOIN, NUMBER_WORDS, TAXES, VERB

# ---- language -------------------------------------------------------------------------------

# Function words only: English questions use Indonesian titles and terms too ("Bupati", "pejabat").
_ID_WORDS = set(
    "yang dan di ke dari untuk pada dengan ini itu berapa siapa apa apakah kapan mana dimana bagaimana mengapa "
    "kenapa tahun bulan oleh dalam adalah tidak sebagai menjadi sebelumnya juga serta kah yg dg utk tsb orang antara "
    "lebih banyak atau saja sudah akan telah ada berapakah siapakah kapankah dimanakah hari tanggal lama setelah sebelum".split()
)
_EN_WORDS = set(
    "the of in on at to and what who how many much when where which did was were is are does do a an or it he she "
    "his her their by for from with as before after than between more long day date year month ago".split()
)


def detect_language(text: str) -> str:
    """English or Indonesian, by function words: good enough for questions, no model needed."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    id_score = sum(w in _ID_WORDS for w in words)
    en_score = sum(w in _EN_WORDS for w in words)
    return "id" if id_score > en_score else "en"


# ---- what is asked --------------------------------------------------------------------------

# Two events a question asks the time between: "between <a> and <b>", "antara <a> dan <b>", and
# "dari <a> sampai <b>" / "from <a> until <b>" when both are events ("dari pengumuman seleksi
# sampai pelantikan"), not places or steps ("dari Garut ke Bandung", "dari pengajuan sampai selesai").
_EVENT = (
    r"(?:pelantikan|dilantik|melantik|rotasi|mutasi|pengumuman|diumumkan|mengumumkan|seleksi|lelang|pendaftaran|penutupan"
    r"|pembukaan|peresmian|pengukuhan|inaugura\w*|instal\w*|rotation|reshuffle|announc\w*|swearing|sworn|selection|bidding|registration|opening|closing)"
)
# A sentence comparing one period's figure with another's: "turun dibandingkan 2024 yang ...".
_COMPARED = re.compile(r"\b(?:dibanding\w*|daripada|ketimbang|than|compared|(?:naik|turun|meningkat|menurun|lebih \w+) dari)\b", re.I)
# A sentence giving an earlier period's figure as the base of a change told in the sentence before
# it: "Prevalensi turun menjadi 14,72 persen (Agustus 2025). Pada Agustus 2024 angkanya masih 17,35
# persen."
# ("Sejak Agustus 2024, posyandu masih melayani ..." is a figure of now, not of August 2024.)
_BASE_OF_A_CHANGE = re.compile(r"^(?!.*\b(?:sejak|since|mulai)\b).*\b(?:masih|semula|sebelumnya|still|previously|earlier)\b", re.I | re.S)
# Words of a who-question about a change of post, or about who was there: not who held it.
_CHANGE_OR_PRESENCE = re.compile(
    r"\b(?:became|become|becomes|menjadi|jadi|appointed|named|made|promoted|dipromosikan|ditunjuk|diangkat|installed|took (?:over|office)|mengisi|menggantikan"
    r"|replaced|mundur|pensiun|dicopot|diberhentikan|resigned|retired|present|hadir|attended|rotated|swore)\b",
    re.I,
)
_FROM_TO = rf"\b(?:dari|from)\s+(?P<a2>[^?]*?\b{_EVENT}[^?]*?)\s+(?:sampai|hingga|ke|to|until|till)\s+(?=[^?]*\b{_EVENT})"
# "How many days after the pansel handed over its shortlist were the winners sworn in?": from the first to the second
_DAYS_AFTER = r"\bhow many (?:days|weeks|months)\s+after\s+(?P<a3>.+?)\s+(?:did|does|do|will|were|was|had|has|have|is|are)\s+"
# Indonesian asks it the other way round: "ORI campak dimulai berapa hari setelah status KLB ditetapkan?"
# (the later event first, then the earlier one).
_AFTER_ID = r"\b(?:berapa|brp)\s+(?:hari|minggu|pekan|bulan)\s+(?:setelah|sesudah|stlh|usai|pasca)\s+"
DAYS_AFTER_ID = re.compile(rf"^(?P<b>.+?)\s+{_AFTER_ID}(?P<a>.+?)\s*\??$", re.I)
BETWEEN = re.compile(rf"(?:\b(?:between|antara)\s+(?P<a>.+?)\s+(?:and|dan|hingga|sampai|with|dengan)\s+|{_FROM_TO}|{_DAYS_AFTER})(?P<b>.+?)\s*\??$", re.I)

# What is left of a whole: "how many ... were still waiting", "yg blm dibangun ulang ... brp?", and
# the rest of it: "Selain guru, berapa PPPK ...?", "how many besides the teachers". A difference of
# two numbers of one event, not of two periods.
# Only a count becomes one: "berapa persen anggaran yang belum terserap" stays a percentage, "berapa
# lama sisa masa jabatan" a duration, and "belum lama ini" (recently), "selain itu" (also) are no rest.
_REMAINDER = (
    r"\b(?:how many|berapa)\b[^?]*\b(?:still (?:waiting|unfilled|vacant|(?:had|have|has)(?:n't| not| no)|not)|not yet|yet to|remain\w*|left (?:over|unfilled|to)|unfilled|unspent|unused|belum(?!\s+lama\b)|tersisa|sisa\w*|(?:tidak|tak) (?:terisi|terserap|terpakai|tersalur\w*))\b"
    r"|\b(?:belum(?!\s+lama\b)|tersisa|sisa\w*)\b[^?]*\bberapa\b"
    # what is still to do to reach a target: "how many more people does X still need to screen to reach its target?"
    r"|\b(?:how many|berapa)\b[^?]*\b(?:still needs?\s+to|masih\s+(?:harus|perlu)|(?:to reach|untuk mencapai)\s+(?:its |the )?(?:target|sasaran))\b"
    r"|^\W*(?:selain(?!\s+itu\b)|other than|besides(?!\s+that\b)|apart from)\b[^?]*\b(?:berapa|how many)\b"
    r"|\b(?:how many|berapa)\b[^?]*\b(?:other than|besides(?!\s+that\b)|apart from|selain(?!\s+itu\b))\b"
)
REMAINDER = re.compile(_REMAINDER, re.I)

# The kinds, tried in this order: the first whose pattern matches is what the question asks.
# ("Berapa lama ..." is a duration before it is a count; "kapan" a date before anything else.)
# "What's the combined number of ...", "what was the total ...": the count or quantity it names.
_WHAT_THE = r"what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:\w+\s+){0,2}?"

KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("interval", re.compile(
        r"\b(how (much time|long)|berapa (lama|jauh)|jarak waktu|rentang waktu|selang waktu)\b.*\b(between|after|before|since|antara|setelah|sesudah|sebelum|sejak)\b"
        rf"|\b(how (much time|long)|berapa (lama|jauh)|jarak waktu|rentang waktu|selang waktu)\b.*{_FROM_TO}"
        rf"|\b(how many (days|weeks|months)|berapa (hari|minggu|bulan))\b.*\b(between|antara)\b[^?]*\b{_EVENT}[^?]*\b(and|dan)\b[^?]*\b{_EVENT}"
        rf"|\b(how many (days|weeks|months)|berapa (hari|minggu|bulan))\b[^?]*\b(separated|apart|elapsed|jarak|berselang)\b[^?]*\b(two|both|kedua|and|dan)\b[^?]*\b{_EVENT}"
        # "How much time separated X from Y?", chat's "jarak X sama Y brp lama?"
        rf"|\bhow much time (?:separated|passed between|elapsed between)\b[^?]*\b{_EVENT}"
        rf"|{_DAYS_AFTER.replace('?P<a3>', '?:')}|{_AFTER_ID}"
        rf"|{_FROM_TO.replace('?P<a2>', '?:')}[^?]*\b(?:berapa (?:lama|hari|minggu|bulan)|how long)\b"  # chat asks last
        rf"|\b(?:jarak|selang)\b[^?]*\b{_EVENT}[^?]*\b(?:sama|dan|dengan|ke|sampai|hingga)\b[^?]*\b{_EVENT}[^?]*\bberapa\s+(?:lama|hari|minggu|bulan)\b",
        re.I)),
    ("first", re.compile(r"\b(which|what)\b[^?]*\b(first|earlier|earliest)\b(?![\s-]+(?:quarter|semester|half|week|month|year|term|round|phase|stage|time))|\bmana yang (lebih )?(dulu|duluan|lebih awal|pertama)\b|\b(lebih dulu|lebih dahulu)\b|\bor\b[^?]*\bfirst\s*\?", re.I)),
    ("difference", re.compile(r"\b(kurang berapa|how far (?:short|below|behind|ahead)|tertinggal (?:dari|berapa)|deviasi(?:nya)?|selisih(?:nya)?|difference|how (?:many|much) (?:more|fewer|less)|berapa lebih banyak|lebih banyak berapa"
                              r"|berapa (?:meter |km |kilometer )?lebih (?!dari\b)[a-z]+)\b"
                              # the counted thing between: "merendam berapa rumah lebih banyak dibanding ...", "brp org lebih sedikit"
                              r"|\b(?:berapa|brp)\s+(?:[a-z]+\s+){1,2}?lebih\s+(?:banyak|byk|sedikit)\b(?![^?]*\b(?:atau|apa)\b)"
                              # how far a figure moved: "naik berapa rupiah", "turun brp jiwa", chat's "nambah bersih brp" (not
                              # "naik berapa persen": a rate of change)
                              r"|\b(?:naik|turun|bertambah|nambah|berkurang|meningkat|menurun)(?:\s+bersih)?\s+(?:berapa|brp)\b(?!\s*(?:persen|%))"
                              # the counted thing first: "berapa jiwa berkurang jumlah pengungsi ...", "brp kasus bertambah" (not
                              # "berapa pejabat naik jabatan", a count of the promoted)
                              r"|\b(?:berapa|brp)\s+(?!persen\b)[a-z]+\s+(?:bertambah|berkurang|meningkat|menurun|(?:naik|turun)(?!\s+(?:jabatan|pangkat|kelas|status|level|eselon)\b))\b"
                              # ... or further on, against another time: "Berapa KPM BLT Dana Desa di Rejang Lebong berkurang pada 2026 dibanding tahun 2025?"
                              r"|\b(?:berapa|brp)\s+(?!persen\b)(?:[\w-]+\s+){1,8}?(?:bertambah|berkurang)\b(?=[^?]*\b(?:dibanding\w*|daripada|ketimbang)\b)"
                              # "nilai kontrak lebih hemat berapa dibanding pagunya?": any comparative asked by how much
                              r"|\blebih\s+(?!dari\b|dulu\b|awal\b)[a-z]+\s+berapa\b"
                              # "how much longer will the new bridge be than the old one" (not "... will the repair take")
                              r"|\bhow much (?:longer|shorter|wider|larger|bigger|higher|lower|heavier|cheaper|dearer|pricier|more expensive)\b[^?]*\bthan\b"
                              # "By how much was the 2026 allocation smaller than the 2025 one?"
                              r"|\bby how (?:much|many)\b[^?]*\b(?:smaller|larger|bigger|higher|lower|greater|less|more|fewer|longer|shorter)\b[^?]*\bthan\b"
                              # "By how much does the medium rice price exceed the HET?", "how far above the target was it?"
                              r"|\bby how (?:much|many)\b[^?]*\b(?:exceed(?:s|ed)?|surpass(?:es|ed)?|outnumber(?:s|ed)?|overshoot|overshot)\b|\bhow (?:much|far) (?:above|below|over|under)\b"
                              # how much a figure rose or fell between two times: "berapa (poin persen, ton) kenaikan ...", "by how
                              # many (percentage points) did X rise", "how much did X fall" (not "naik berapa persen": a rate of change)
                              r"|\bberapa\s+(?:poin\s+(?:persen\s+)?|(?!persen\b|kali\b)[a-z]+\s+)?(?:kenaikan|penurunan|peningkatan|pertambahan|pengurangan)\b"
                              # an addition against an earlier figure: "dibanding tahun sebelumnya, berapa tambahan ASN yang
                              # dihukum?" (not "berapa tambahan kuota?", a count the article states); "what was the rise in
                              # sanctioned staff compared with the year before?"
                              r"|\b(?:berapa|brp)\s+(?:jumlah\s+)?(?:tambahan|penambahan)\b(?=[^?]*\b(?:dibanding\w*|daripada|ketimbang)\b)"
                              r"|\b(?:dibanding|dibandingkan)\b[^?]*\b(?:berapa|brp)\s+(?:jumlah\s+)?(?:tambahan|penambahan)\b"
                              r"|\bwhat\s+(?:was|is|were)\s+the\s+(?:rise|increase|drop|fall|decrease|decline|growth)\s+in\b(?=[^?]*\b(?:compared|than|from|over|since)\b)"
                              r"|\b(?:by how (?:many|much)(?:\s+percentage\s+points|\s+[a-z]+)?|how (?:many|much))\s+(?:did|has|have|had|will)\b[^?]*\b(?:rise|increase|grow|fall|drop|decrease|decline|shrink)\b"
                              # "By how much did X raise its 2026 target compared with the 2025 target?"
                              r"|\bby how (?:many|much)\b[^?]*\bcompared\s+(?:with|to)\b", re.I)),
    # "higher ... 2024 or 2025?" too ("serapan lebih tinggi 2024 atau 2025?"), but not "who rose higher,
    # A or B?", "... lebih tinggi atau setara?"
    ("comparison", re.compile(r"\b(which|what|mana)\b[^?]*\b(more|fewer|most|bigger|larger|smaller|greater|lebih banyak|lebih sedikit|terbanyak)\b"
                              r"|\blebih (banyak|sedikit|tinggi|rendah)\s+(yang\s+)?mana\b"
                              r"|^\W*(did|do|does|was|were|is|are|apakah)\b[^?]*\b(more|fewer|higher|lower|lebih banyak|lebih sedikit|lebih tinggi|lebih rendah)\b"
                              r"[^?]*\b(than|dari|daripada|dibanding\w*)\b[^?]*\b(by how (much|many)|(selisih|beda)\w*|berapa (selisih|beda)\w*|lebih berapa)\b"
                              r"|\b(more|fewer|lebih banyak|lebih sedikit)\b[^?]*\b(or|atau)\b"
                              # which way a figure moved between two periods, and by how much
                              r"|\b(naik|turun|meningkat|menurun|bertambah|berkurang|rise|rose|fall|fell|increased?|decreased?|go up|went up|go down|went down)\s+(atau|or)\s+(naik|turun|meningkat|menurun|bertambah|berkurang|rise|rose|fall|fell|increased?|decreased?|go down|went down|go up|went up)\b"
                              r"|\bhow did\b[^?]*\bchange\b[^?]*\bby how (much|many)\b"
                              r"|^(?!\W*(?:siapa|who|whom|kapan|when|di ?mana|where)\b).*?\b(higher|lower|lebih tinggi|lebih rendah)\b[^?]*\b(or|atau)\b"
                              r"(?!\s+(?:tidak|not|setara|sama|equal|lebih)\b)", re.I)),
    ("government", re.compile(r"\b(kabupaten|regency|bupati|regent|pemkab)\b[^?]*\b(or|atau)\b[^?]*\b(kota|city|wali ?kota|mayor|pemkot)\b"
                              r"|\b(kota|city|wali ?kota|mayor|pemkot)\b[^?]*\b(or|atau)\b[^?]*\b(kabupaten|regency|bupati|regent|pemkab)\b", re.I)),
    ("person", re.compile(
        r"\b(who|whom|whose|siapa|siapakah|nama (pejabat|bupati|wali ?kota|sekda|camat|kepala|wakil)|which (official|person|officer)"
        r"|sebutkan nama|name the (person|official)|names of|nama-nama|siapa saja)\b|^\W*name the\b"
        r"|\bname of (?:the )?(?:[\w'’]+ ){0,2}?(?:regent|mayor|governor|bupati|wali ?kota|gubernur|sekda|secretary|head|kepala|camat"
        r"|chair(?:man|person)?|ketua|deputy|wakil|official|officer|person)\b"
        r"|\bwhich\s+(?:new\s+)?(wakil|deputy|vice|bupati|regent|wali ?kota|walikota|mayor|sekda|camat|gubernur|governor|head|kepala)\b", re.I)),
    # not a percentage the question itself states ("yang progresnya di bawah 70 persen berakhir tanggal berapa?")
    # and a work's progress, which news states in percent ("progres fisik ... sudah 8,6 persen"), unless when or who is asked
    # a rate news gives in percent: "What is the JKN coverage rate ...?", "the stunting prevalence"
    # (not "which kecamatan has the worst stunting rate?", a place)
    ("percent", re.compile(r"(?<![\d,.]\s)(?<![\d,.])\b(percent(age)?|persen(tase)?)\b|\b(what share|what proportion|berapa bagian)\b|(?<!\d)(?<!\d\s)%"
                           r"|^(?![^?]*\b(?:which|where|mana)\b)[^?]*(?:\b(?:coverage|participation|attendance|completion|turnout|pass|graduation|vaccination|immuni[sz]ation|poverty|unemployment|stunting)\s+rates?\b|\b(?:prevalence|coverage|cakupan(?:nya)?|(?:spending |budget )?absorption)\b)"
                           r"|^(?![^?]*\b(?:kapan|when|tanggal|tgl|siapa|who|di ?mana|where)\b)[^?]*\b(?:progres|progress)\b", re.I)),
    ("money", re.compile(
        r"\b(rupiah|how much (?:more |less |extra )?money|berapa (besar |total |jumlah )?(anggaran|dana|biaya|nilai|pagu|alokasi|belanja|pendapatan|kerugian|gaji|tunjangan|hibah|denda|pajak|retribusi|insentif|honor(?:arium)?|upah|santunan|tunggakan|setoran|harga|tarif|ongkos|uang|beasiswa)"
        r"|berapa besar (bantuan|pajak|retribusi)|in rp|dalam rp|budget of how much|what (?:amount|budget))\b"
        # what a tax or levy brought in: "berapa total realisasi PBB-P2 ...", "berapa penerimaan retribusi pasar?"
        rf"|\b(?:berapa|brp)\s+(?:besar\s+|total\s+|jumlah\s+)?(?:target\s+)?(?:realisasi|penerimaan|setoran|capaian)\s+(?:{TAXES}|pajak|retribusi|pad|pendapatan|belanja|anggaran)\b"
        # a target of what a tax brings in: "Berapa target penerimaan PBB-P2 tahun 2026?"
        rf"|\b(?:berapa|brp)\s+target\s+(?:penerimaan\s+|pendapatan\s+|realisasi\s+)?(?:{TAXES}|pajak|retribusi|pad|pendapatan|penerimaan)\b"
        # "how much unexpected-expenditure (BTT) money has ... disbursed"
        r"|\bhow much\s+(?:[\w'’-]+\s+){0,3}?(?:\([^)]*\)\s+)?money\b"
        r"|\b(?:anggaran|dana|biaya|pagu|alokasi|belanja|bantuan)\b[^?]*\bberapa\s+besar(?:nya)?\b"  # "dana BTT berapa besar untuk ..."
        # chat names the money first and asks last: "pajak daerah cilegon yg udh masuk smp maret brp?"
        # (not "gaji ke-13 cair tgl brp?", a date; nor "pajak hotel, hotelnya ada brp?", another count after a comma)
        rf"|^(?![^?]*\b(?:tanggal|tgl|jam|kapan|hari apa)\b)\W*(?:realisasi\s+|total\s+)?(?:anggaran|dana|biaya|pagu|belanja|pendapatan|kerugian|pad|pajak|{TAXES}|retribusi|denda|gaji|tunjangan|hibah|insentif|santunan)\b[^?,]*\b(?:berapa|brp)\W*$"
        rf"|\bhow much\b[^?]*\b(cash|budget\w*|fund(s|ed|ing)?|costs?|spen[dt]|disburs\w*|allocat\w*|grants?|revenue|income|salar(y|ies)|worth|paid|pay|contribut\w*|aid|subsid\w*|invest\w*|loans?|fines?|penalt(y|ies)|tax(es)?|levy|levies|loss(es)?|pad|{TAXES})\b"
        r"|\b(?:berapa|brp)\s+(?:rupiah|miliar|milyar|triliun)\b"
        # what someone receives or earns, no measure named: "How much does a master's student receive per year?"
        r"|\bhow much\b(?![^?]*\b(?:rice|beras|tonnes?|tons?|kg|kilo\w*|lit(?:er|re)s?|water|fertili[sz]er|pupuk|vaccines?|doses?|food|aid packages?)\b)[^?]*\b(?:receive[sd]?|receiving|earn(?:s|ed)?|gets?|got|awarded|entitled\s+to)\b"
        r"|\b(?:what|how much)\b[^?]*\b(?:prices?|priced|fares?|tariffs?)\b"  # "What is the price of a tray of eggs?"
        # "What does Kotim budget per kilometre ...?", "what does the programme cost?": the verb right after its subject
        r"|\bwhat (?:does|do|did|will)\s+(?:the\s+)?(?:(?!(?:say|said|tell|think|know|mean|about|do|does)\b)[\w'’-]+\s+){1,3}?(?:budget|spend|cost|pay|charge|allocate)\b"
        r"|\bwhat (is|was|are|were) the (total |combined |overall )?(budget|cost|allocation|funding)s?\b"
        r"|\bwhat (is|was|are|were) the (total |combined |overall |contract )(value|worth)\b"
        # "What was Kabupaten Bone's total local tax revenue from January to April?": what it brought in
        r"|\bwhat (?:is|was|are|were)\b[^?]*\b(?:revenue|income|earnings)\b"
        # what an allocation or budget a question ends on comes to: "What is Nagari X's 2026 village fund allocation?"
        r"|\bwhat (?:is|was|are|were)\b[^?]*\b(?:allocation|budget|funding)s?\W*$"
        # the money named first, asked after a comma: "Tangsel belanja modal realisation as of 30 Sept, how much was it?"
        r"|^[^?,]*\b(?:anggaran|dana|biaya|pagu|belanja|pendapatan|budget|spending|revenue|funds?)\b[^?,]*,\s*how much (?:is|was|were|are) (?:it|that|this)\b", re.I)),
    ("place", re.compile(r"\b(where|di ?mana(kah)?|lokasi(nya)?|tempat(nya)?|at (which|what) (place|venue|building|location|site)|venue|what is the location)\b|\bdi\s+(?:\w+\s+)?mana(kah)?\b"
                         r"|\b(?:in |at )?which (?:market|hall|building|hospital|village|sub-?district|kecamatan|desa|kelurahan|field|square)\b"
                         r"|\b(?:pasar|gedung|aula|kecamatan|desa|kelurahan|lapangan|pendopo|alun-alun|hotel|rs|rsud|rumah sakit)\s+(?:apa|mana)\b", re.I)),
    # "when" is a date question at the start of one ("When were ..."), a conjunction elsewhere.
    ("date", re.compile(
        r"^\W*when\b|[,:;]\s*when\b|\b(kapan(kah)?|tanggal (berapa|apa)|hari (dan tanggal )?apa|what date|which date|on what day|what day|tahun berapa"
        r"|what year|which year|in what year|bulan apa|in which month|what month)\b",
        re.I)),
    ("duration", re.compile(
        r"\b(how long|berapa lama|how many (?:(?:extra|more|additional)\s+)?(days|weeks|months|years)|berapa (?:(?:hari|minggu|bulan|tahun)\s+)?(?:tambahan\s+)?(hari|minggu|bulan|tahun)\b|within what period|jangka waktu"
        r"|dalam waktu berapa|how soon|dalam berapa)\b",
        re.I)),
    ("title", re.compile(
        r"\bwhat\s+(?:was\s+|is\s+)?(?:\w+(?:'s|’s)?\s+){0,4}?(?:position|post|title|role|office|job)\b|\bapa\s+jabatan(?:nya)?\b|\bjabatan(?:nya)?\s+apa\b"
        r"|\bmenjabat\s+(?:sebagai\s+)?apa\b|\bsebagai apa\b|\bwhich (position|post|office)\b"
        r"|\b(?:jadi|menjadi|diangkat|dilantik)\s+(?:jadi\s+)?apa\b",  # chat's "X dilantik jadi apa?": what X became
        re.I)),
    ("count", re.compile(r"\b(how many|how much|berapa|berapakah|jumlah|number of|total)\b"
                         rf"|\b{_WHAT_THE}(?:population|number|numbers|total|amount|size|count|sum|tally)\b"
                         r"|\bwhat (?:number|length|amount)\b", re.I)),
]


KIND_NAMES = tuple(kind for kind, _ in KINDS) + ("total", "other")
_KIND = dict(KINDS)
# Words that ask to add up: with two or more periods or governments, a count is a total.
SUM = re.compile(
    r"\b(total(?:nya|s)?|in all|combined|together(?!\s+with)|altogether|combin(ed|ing)|adding( up)?|add(ed)? up|sum(med)?|tally|plus|jumlah total|berapa total|keseluruhan"
    r"|seluruhnya|semuanya|(di)?gabung(kan|nya)?|gabungan|ditambah(kan)?|dijumlah(kan)?|jumlahkan|counting (both|all|every|each)|across both|in both|for both|kedua(nya| pelantikan| acara| kegiatan)"
    r"|(all|every) (levels?|categories|kinds|types) of|semua (tingkat|kategori|jenis)|semua(?=\W*$))\b"
    r"|\w\s*\+\s*\w",  # "okt 2025 + feb 2026"
    re.IGNORECASE,
)

# What a question asks of the two or more periods or governments it names, whatever its opening
# words ask: which is more, and by how much ("Who swore in more officials, Garut or Cirebon?", "In
# which year was the absorption higher?", "banyakan yg mana?"); how far apart they are ("What's the
# gap between ...", "beda brp?"); or their total ("What is the sum of ...", "totalnya brp?").
# "more", and chat's forms of it: "lebih byk", "banyakan", "tinggi mana?", "banyak 2024 apa 2025?"
_MORE = (
    r"more|fewer|larger|bigger|greater|smaller|higher|lower|most|fewest|numerous"
    r"|lebih\s+(?:banyak|byk|bnyk|sedikit|dikit|tinggi|rendah|besar|gede|kecil)|banyakan|gedean|tinggian|rendahan|terbanyak|tertinggi"
    r"|(?:tinggi|rendah|banyak|byk|sedikit|besar|gede|kecil)(?=\s+(?:yang\s+|yg\s+)?mana\b|\s+\S+\s+(?:atau|apa|or)\b)"
)
# ... or which way a figure moved ("naik atau turun", "how did 2026 compare with 2025?")
_TREND = (
    r"(?:go|goes|went|gone|going)\s+(?:up|down)|up or down|rise|rose|risen|fall|fell|fallen|increased?|decreased?|grew|grown|shrank|dropped"
    r"|compared?|change|berubah|perubahan|naik|turun|meningkat|menurun|bertambah|berkurang"
)
_COMPARATIVE = re.compile(rf"\b(?:{_MORE}|{_TREND})\b", re.I)
_MORE_ONLY = re.compile(rf"\b(?:{_MORE})\b", re.I)
# ... with a choice between them: "which", "A or B", "A vs B", chat's "A apa B" (not "Apa yang ..."),
# or a yes-no question.
_CHOICE = re.compile(
    r"\b(?:which|who|whom|mana|siapa|or|atau|vs|versus|ga|gak|nggak|enggak|tidak)\b|(?<=\w\s)apa\b(?!\s+(?:yang|yg|saja|aja|itu|ini))"
    r"|(?:^|[,:;]\s*)(?:did|do|does|was|were|is|are|has|have|had|apakah)\b"
    r"|^\W*(?:how (?:did|does|do|has|have)|bagaimana)\b",  # "How did 2026 compare with 2025?"
    re.I,
)
_APART = re.compile(
    r"\b(?:difference|differ\w*|gap|apart|margin|how (?:many|much) (?:more|fewer|less|higher|lower|larger|bigger)|by how (?:many|much)|exceed\w*"
    r"|selisih\w*|beda\w*|perbedaan|terpaut|(?:kurang|lebih)\s+(?:\w+\s+)?(?:berapa|brp)|(?:naik|turun)\s+(?:berapa|brp)(?!\s*(?:persen|%))"  # "naik berapa persen": a rate
    r"|(?:kenaikan|penurunan|peningkatan)\b[^?]*\b(?:berapa|brp)|how much did\b[^?]*\b(?:go|went) (?:up|down))\b",
    re.I,
)
# Kinds that a combination of parts asks instead; a who-, which-government or date question only
# becomes a comparison ("who swore in more", "in which year ... higher"), never a total.
_COMBINABLE = {"count", "other", "total", "difference", "comparison", "percent"}
_CHOOSING = {"person", "government", "date"}


def combined_kind(text: str, kind: str) -> str:
    """What a question naming two or more periods or governments asks of them.

    >>> combined_kind("Kota Bogor, Feb 2026 vs Oct 2025: which was bigger?", "other")
    'comparison'
    >>> combined_kind("What's the gap between Bogor's October 2025 and February 2026 inaugurations?", "count")
    'difference'
    >>> combined_kind("What is the sum of officials Garut installed in March and June 2026?", "other")
    'total'
    """
    if kind not in _COMBINABLE | _CHOOSING:
        return kind
    if kind == "comparison" or (_COMPARATIVE.search(text) and _CHOICE.search(text) and kind not in _CHOOSING):
        return "comparison"
    if kind in _CHOOSING:  # "who swore in more": not "siapa yang naik pangkat", "who became head ... or ..."
        return "comparison" if _MORE_ONLY.search(text) and _CHOICE.search(text) else kind
    if _APART.search(text):
        return "difference"
    if kind in ("count", "other", "total") and SUM.search(text):
        return "total"
    return kind


# How a question opens tells what it asks before any word inside it does: "How many of the
# appointees who got decrees ..." counts ("who" opens a relative clause), "By what date did the
# mayor want offices below 30 percent to report?" asks a date, and "When the figures came out, how
# many families still had no rice?" asks its main clause.
_OPENS_QUANTITY = re.compile(
    r"^\W*(?:how many|how much|how long|berapa(?:kah)?|jumlah|what share|what proportion|(?:by\s+)?what percentage|what (?:number|numbers|length|amount) (?:of|were|was|is|are)"
    rf"|{_WHAT_THE}(?:number|count|tally|sum|total))\b",  # "What's the combined number of officials who ..."
    re.I,
)
_OPENS_DATE = re.compile(
    r"^\W*(?:(?:by|on|until|from)\s+)?(?:what|which)\s+date\b|^\W*(?:sampai|hingga|paling lambat)\s+kapan\b|^\W*tanggal\s+berapa\b"
    r"|^\W*(?:when|kapan)\s+(?:was|were|did|is|are|will|does|do|has|have|had)\b"  # "When were those who won ... sworn in?": not who
    # "Kapan survei cakupan minum obat dijadwalkan?" asks a day, whatever it is about ("cakupan": a rate)
    r"|^\W*kapan\b(?![^?]*\b(?:berapa|brp|siapa|apa)\b)"
    r"|^\W*what\s+(?:was|is|were)\s+the\s+(?:last|final|first|closing|opening)\s+(?:day|date)\b"  # "What was the last day to register?"
    r"|^\W*what\s+(?:was|is)\s+the\s+(?:\w+\s+)?deadline\b",  # "What was the registration deadline?"
    re.I,
)
_WHEN_CLAUSE = re.compile(r"^\W*(?:when|ketika|saat|of|among|dari|di antara)\b(?!\s+(?:did|do|does|was|were|is|are|will|has|have|had)\b)[^?,]{3,}?,\s*(?P<main>(?:how|what|which|who|berapa|siapa|apa|mana)\b.+)$", re.I)
# Chat puts the amount first and asks last: "realisasi belanja modal pemkot madiun smpe akhir juni 2025 brp?"
_MONEY_FIRST = re.compile(r"^\W*(?:realisasi\s+)?(?:anggaran|dana|biaya|pagu|belanja|pendapatan|pad|harga|tarif|ongkos|gaji|upah|denda|santunan)\b(?![^?]*\b(?:persen|%|orang|org|unit|km|kpm)\b)[^?]*\b(?:berapa|brp)\s*(?:rupiah|rp)?(?:\s+per\s+\w+(?:\s+\w+)?|\s+(?:se|per)(?:kilo(?:gram)?|kg|liter|ekor|butir|ikat|rak|karung|bungkus)\b)?\s*\??\s*$", re.I)  # "harga beras brp per 5 kg", "brp sekilo"
_NOT_A_QUANTITY = {"person", "date", "title"}
_ASKS_WHICH = re.compile(r"\b(?:apa|mana|siapa|which|what|who)\s*\??\s*$", re.I)  # "Jumlah pelamar terbanyak ada pada jabatan apa?"


# A yes-or-no question whether something still runs on a day: "Apakah status tanggap darurat masih
# berlaku pada Selasa, 27 Januari 2026?", "skrining di kecamatan X tgl 15 september msh jalan gak?",
# "Is the fine waiver still on on 5 July 2026?"
_STILL = re.compile(r"\b(?:masih|msh|still)\b", re.I)
# ... or whether one can do it then: "... through the prestasi track on 23 June 2026. Can she?",
# "tgl 26 juni bisa daftar gak?"
_CAN = re.compile(r"\b(?:can|could|bisa|boleh)\b", re.I)
_CAN_LAST = re.compile(r"\b(?:can|could|may)\s+(?:she|he|i|we|they|you|it)\W*$", re.I)
_OPENS_YES_OR_NO = re.compile(r"^\W*(?:is|are|was|were|will|would|does|do|did|can|could|may|apakah)\s", re.I)
_YES_OR_NO = re.compile(r"^\W*(?:apakah|apa|is|are|was|were|will|does|do|can)\b|\b(?:gak|nggak|ga|enggak|engga|tidak|or\s+not|atau\s+(?:tidak|belum))\W*$", re.I)


# What falls some days after or before an event: "What is scheduled four days after registration
# closes?", "Which activity begins nine days after ...?", "6 hari stlh penyaluran blt tahap 1 selesai
# ada tenggat apa", "apa yang dijadwalkan tiga hari sebelum pelantikan?" (not "how many days after").
_DAYS_FROM = re.compile(
    r"(?<!how many )(?<!berapa )(?<!brp )\b(?:(?P<n>\d{1,3}|an?|" + "|".join(w for w in NUMBER_WORDS if w not in ("hundred", "thousand", "seratus", "seribu")) + r")\s+"
    r"(?P<unit>hari|days?|weeks?|minggu|pekan)|(?P<one>sehari|sepekan|seminggu))\s+"
    r"(?P<way>after|setelah|sesudah|stlh|usai|pasca|sebelum|sblm|before)\s+(?P<event>[^?]+?)\s*(?:,|\bada\s+(?:\w+\s+)?apa\b|\?|$)",
    re.I,
)
_ASKS_WHAT = re.compile(r"\b(?:what|which|apa|apakah|mana)\b", re.I)


def days_from(text: str) -> tuple[int, str] | None:
    """How many days after an event the question asks what falls (a negative number: before
    it), and the event as it words it.

    >>> days_from("In Palu's SMP admissions, what is scheduled four days after stage I registration closes?")
    (4, 'stage I registration closes')
    >>> days_from("6 hari stlh penyaluran blt tahap 1 selesai ada tenggat apa")
    (6, 'penyaluran blt tahap 1 selesai')
    >>> days_from("What is scheduled one week after the first round of fogging begins?")
    (7, 'the first round of fogging begins')
    >>> days_from("sepekan sebelum pendaftaran dibuka ada kegiatan apa?")
    (-7, 'pendaftaran dibuka')
    >>> days_from("How many days after the inauguration must the officials report?") is None
    True
    """
    if not (m := _DAYS_FROM.search(text)) or not _ASKS_WHAT.search(text):
        return None
    written = (m.group("n") or "1").lower()
    n = int(written) if written.isdigit() else NUMBER_WORDS.get(written, 1)  # "a week", "sepekan"
    if re.match(r"w|m|p|sepekan|seminggu", (m.group("unit") or m.group("one")).lower()):
        n *= 7
    return (-n if m.group("way").lower() in ("sebelum", "sblm", "before") else n), m.group("event").strip()


def kind_of(text: str) -> str:
    """What the question asks for, as one word (see KINDS); "other" when none applies. A
    difference asked beside which of two is more ("lebih banyak yang mana, selisihnya berapa?") is
    a comparison: its answer says which, and by how many."""
    if clause := _WHEN_CLAUSE.match(text):
        text = clause.group("main")
    if _OPENS_DATE.match(text):
        return "date"
    quantity = bool(_OPENS_QUANTITY.match(text)) and not _ASKS_WHICH.search(text)
    kind = next((kind for kind, rx in KINDS if rx.search(text) and not (quantity and kind in _NOT_A_QUANTITY)), "other")
    if kind == "person" and _OPENS_YES_OR_NO.match(text) and not re.search(r"\b(?:siapa|siapakah|whom|whose|names?)\b", text, re.I):
        return "other"  # "Can a taxpayer who pays on 20 July still join the draw?": yes or no, "who" only says which taxpayer
    if kind == "count" and _MONEY_FIRST.match(text):
        return "money"
    if kind == "count" and REMAINDER.search(text):
        return "difference"
    return "comparison" if kind == "difference" and _KIND["comparison"].search(text) else kind


# ---- what is counted ------------------------------------------------------------------------

_COUNTED = re.compile(
    r"\b(?:how many|how much(?:\s+(?:is|was|are|were)(?:\s+the)?)?|berapa(?:kah)?|jumlah|number of|total|what (?:is|was|are|were) the"
    r"|more|fewer|lebih banyak|lebih sedikit)\s+(?P<rest>[^?]*)",
    re.IGNORECASE,
)
# Words before the counted thing that are not it ("berapa orang yang merupakan pejabat pengawas",
# "how many Pemkab Lebak officials", "berapa jumlah total pejabat"), and words that end it.
_LEAD = set(
    "jumlah banyak total selisih orang yang merupakan adalah more fewer other lain lainnya of the in sekitar kira-kira about "
    "roughly approximately exactly pemkab pemkot pemerintah kabupaten kota provinsi pemprov regency city government kah "
    "its their his her this these those a an tahun year mana or atau lebih sedikit berapa berapakah ada "
    "longer shorter wider larger bigger higher lower heavier combined overall gabungan keseluruhan sum tally exact precise "
    "apa vs versus ga gak nggak enggak selisihnya bedanya beda totalnya jumlahnya "
    # a change counts what changed: "berapa tambahan jumlah ASN" counts the ASN
    "tambahan penambahan kenaikan pertambahan pengurangan penurunan "
    # a measure before what it measures: "total panjang tiga ruas jalan" is of the roads
    "panjang luas lebar length area nilai ketiga kedua keempat kelima".split()
) | set(NUMBER_WORDS)
_END = set(
    "yang were was did are is have has had do does in di pada that dari of oleh by and dan or atau serta who to ke for untuk "
    "with dengan filled mengisi inaugurated dilantik rotated dirotasi sworn installed appointed approved diasesmen will "
    "assessed were telah sudah akan masih dalam within during selama saat ketika sih ya nih dong deh tuh aja saja apa vs versus ga gak "
    "from across after before dibanding dibandingkan altogether together overall seluruhnya semuanya keseluruhan it itu applied apply "
    # a verb right after "how many": "how many got through", "how many made it", "how many died"
    "got made passed died came went received remained stayed lost took moved joined registered qualified managed became".split()
)


# The words that count things after a number (kata penggolong): "berapa orang", "brp unit", "berapa titik".
_CLASSIFIER = r"(?:orang|org|buah|unit|titik|ekor|paket|ruas|lembar|jiwa)"

# Chat Indonesian puts the counted thing before the question word: "..., pejabat pengawasnya ada
# berapa orang?", "kepala sekolahnya berapa?" (the "-nya" ties it to what was named before), "...,
# yg pengawas ada brp org?" (the ones that are supervisors).
_COUNTED_BEFORE = re.compile(
    rf"(?:(?:^|[,;:]\s*)(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?nya)|(?:^|[,;:]\s*|(?<=\d\s)|(?<=kemarin\s)|(?<=lalu\s)|(?<=\bini\s))yang\s+(?P<which>[a-z][\w-]*(?:\s+[a-z][\w-]*)??))\s+(?:ada\s+)?berapa(?:\s+{_CLASSIFIER})?(?:\s+(?:sih|ya|nih|dong|deh|tuh|aja|saja))?\s*\??\s*$",
    re.IGNORECASE,
)

# ... or opens with it, and asks last: "pejabat pengawas yg dilantik pemkab garut maret total brp?", "rumah rusak
# berat gara2 longsor ... ada brp?"
_COUNTED_FIRST = re.compile(
    r"^\s*(?!(?:kemarin|kmrn|tadi|bulan|tahun|minggu|pekan|di|ke|dari|pada|yang|total|jumlah|mana|siapa|apa|apakah|kapan|berapa|bagaimana)\b)(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:yang|akibat|karena|gara-gara|gara2|saat|selama)\s",
    re.I,
)
_ASKED_LAST = re.compile(rf"(?:^|[\s,])(?:total\s+|jumlahnya\s+)?(?:ada\s+)?berapa(?:\s+{_CLASSIFIER})?\s*\??\s*$", re.I)

_PRONOUN = re.compile(r"\s*(?:(?:of|dari)\s+)?(?:those|these|them|mereka|di antaranya|tersebut)\b", re.IGNORECASE)


def counted_phrase(text: str, regions: Iterable[str] = ()) -> str:
    """What a quantity question counts, in its own words: "pejabat pengawas" in "berapa orang yang
    merupakan pejabat pengawas", "officials" in "how many Pemkab Lebak officials"; "" when it
    does not say."""
    before = _COUNTED_BEFORE.search(text)  # "pejabat pengawasnya ada berapa orang?": the thing comes first
    if before and (thing := re.sub(r"nya$", "", before.group("thing") or before.group("which"))).split()[-1].lower() not in _LEAD:
        return thing
    if (lead := _COUNTED_FIRST.match(text)) and not re.match(_EVENT, lead.group("thing"), re.I) and _ASKED_LAST.search(text):
        return lead.group("thing")  # "pejabat pengawas yg dilantik pemkab garut jan sama juni total brp?"
    matches = list(_COUNTED.finditer(text))
    # the first question word that names a thing: "... lebih banyak ga? beda brp kasus?" counts the cases
    return next(filter(None, (_counted_after(m.group("rest"), regions) for m in matches)), "") or _topic_first(text)


# Chat opens with its topic and asks last, about it or about how it changed: "pendaftar beasiswa
# bengkalis 2026 ada brp?", "pelantikan pejabat bantaeng januari 2026 lebih banyak brp orang dibanding ...?"
_ASKS_LAST = re.compile(
    rf"(?:{_ASKED_LAST.pattern})|\b(?:naik|turun|nambah|bertambah|berkurang|lebih\s+(?:banyak|sedikit)|selisih(?:nya)?|beda(?:nya)?)\s+(?:berapa|brp)\b", re.I
)


def _topic_first(text: str) -> str:
    """The head noun of the topic a chat question opens with, when it asks last: Indonesian puts
    the head first ("pendaftar beasiswa" are applicants), and an event's ("pelantikan pejabat")
    counts the ones it is of. Only a noun known to count something (`count_kind`).

    >>> _topic_first("pelantikan pejabat bantaeng januari 2026 berapa orang?"), _topic_first("pendaftar beasiswa 2026 ada brp?")
    ('pejabat', 'pendaftar')
    """
    if not _ASKS_LAST.search(text):
        return ""
    words = re.findall(r"[\w-]+", text.lower())
    while words and words[0] in ("jumlah", "total", "banyaknya"):
        words = words[1:]
    if len(words) > 1 and re.fullmatch(_EVENT, words[0]):
        words = words[1:]
    return words[0] if words and count_kind(words[0]) else ""


# "the combined number of officials", "the sum of the officials": a count of the officials; but "the
# number of the decree" is the decree's number.
_COUNT_OF = re.compile(
    r"^(?:(?:the|a|total|combined|overall|exact|precise)\s+)*(?:(?:number|numbers)\s+of(?!\s+the\b)|(?:sum|count|tally)\s+of(?:\s+the)?)\s+", re.I
)


# "How many of the officials sworn in were women?", "Of those evacuated, how many were children?": the
# part the question asks about comes after "were", when it names a kind of thing counted.
_SUBSET = re.compile(r"^(?:of\s+[^?]*?\s+)?(?:were|was|are|is)\s+(?P<rest>[^?]*)", re.I)


def asks_some_of(text: str, counted: str) -> bool:
    """Whether a count asks how many of a group were of the kind it counts, as English and
    Indonesian write it: the answer is the part, which news writes beside its own word ("42
    pejabat ..., 17 di antaranya perempuan"), not the group's whole.

    >>> asks_some_of("How many of the officials sworn in were women?", "women")
    True
    >>> asks_some_of("Dari pejabat yang dilantik, berapa yang perempuan?", "perempuan")
    True
    >>> asks_some_of("How many women did the regent swear in?", "women")
    False
    """
    if not counted:
        return False
    part = re.escape(counted)
    return bool(
        re.search(rf"\bhow many\s+of\s+[^?]*?\b(?:were|was|are|is)\s+{part}\b", text, re.I)
        or re.search(rf"^\W*(?:of|among)\s+[^?]*?,\s*how many\s+(?:were|was|are|is)\s+{part}\b", text, re.I)
        or re.search(rf"^\W*(?:dari|di antara)\s+[^?]*?\bberapa\s+(?:orang\s+)?(?:yang|yg)\s+(?:merupakan\s+|adalah\s+)?{part}\b", text, re.I)
    )


def _counted_after(rest: str, regions: Iterable[str]) -> str:
    if (pronoun := _PRONOUN.match(rest)) and (then := re.search(r"\b(?:were|was|are|is|merupakan|adalah|sebagai)\s+(?P<rest>[^?]*)", rest[pronoun.end():], re.I)):
        rest = then.group("rest")  # "how many of those sworn in were pengawas officials": the pengawas
    elif (
        (subset := _SUBSET.match(rest))
        and (subset.group("rest").split() or [""])[0].lower() not in _END | _LEAD  # "were in Kecamatan X" is where they were
        and count_kind(part := _counted_after(subset.group("rest"), regions))
    ):
        return part
    skip = _LEAD | {w.lower() for r in regions for w in r.split()}
    rest = re.sub(r"^([^:;,(]*[\w-])\s+\([A-Za-z][^()]*\)(?=\s+[a-z])", r"\1", rest)  # "primary-school (SD/MI) graduates", "second-stage (tahap II) village funding": a gloss inside goes
    rest = re.split(r"[:;,(]", rest)[0]  # a colon, comma or bracket ends it
    rest = re.sub(r"(?<=\w)'s\b", "", rest)  # "Tangsel's 2026 budget": the budget
    if lead := _COUNT_OF.match(rest):
        rest = rest[lead.end():]
    words = re.findall(r"[\w-]+", rest)
    kept: list[str] = []
    participle = False
    for word in words:
        low = word.lower()
        if not kept and (low in skip or re.fullmatch(r"(?:19|20)\d{2}", low)):
            continue  # "how much of its 2025 budget": the budget
        if not kept and low in _ADVERBS_OF_A_PARTICIPLE:
            participle = True  # "how many of Sambas's newly appointed PPPK teachers": the teachers
            continue
        if participle and not kept and low in _END:
            participle = False
            continue
        if low in _END or (kept and low in skip) or len(kept) == 3:
            break
        kept.append(word)
    return " ".join(kept)


# Words that make the verb after them describe the thing counted, not end it: "newly appointed
# teachers", "recently registered voters".
_ADVERBS_OF_A_PARTICIPLE = {"newly", "recently", "freshly", "officially", "previously", "already"}


# Words of a quantity question that are its unit, not what it is about: "berapa persen realisasi
# serapan" is about "realisasi serapan", "berapa anggaran perbaikan jalan" about "perbaikan jalan".
_NOT_COUNTED = set(
    "besar peringkat level tingkat kali times persen persentase percentage poin anggaran dana biaya nilai rupiah money uang cash amount value worth cost "
    "sekilo perkilo sekilogram seliter".split()  # "harga beras brp sekilo?": the unit a price is asked per
)


def counted_terms(phrase: str, every_way: bool = False) -> tuple[str, ...]:
    """The Indonesian words for the counted thing, as articles would write it: "pejabat" for
    "officials", "penduduk" for "population", ("pejabat", "pengawas") for "pejabat pengawas",
    ("sekolah", "kepala sekolah") for "school principals" (a phrase is one term). An English word
    takes its glossary's first way or its loanword form ("samples" -> "sampel"); `every_way`, each
    of its ways ("applications": pendaftaran and lamaran)."""
    terms: list[str] = []
    phrase = re.sub(r"\b(?:percentage|persen)\s+(?:points?|poin)\b", "", phrase, flags=re.I)  # a unit, not the sites counted
    for word, ways in english_terms(phrase):
        for term in (ways if every_way else ways[:1]) or (word,):
            term = term.lower()
            if term not in _NOT_COUNTED and word.lower() not in _NOT_COUNTED and term not in terms and len(term) > 2:
                terms.append(term)
    return tuple(terms)


def _glossed(text: str, counted: str) -> tuple[str, ...]:
    """The Indonesian word an English question puts in brackets after what it counts, as the
    articles write it: "how many were functional-track (fungsional)?" -> ("fungsional",)."""
    # the gloss follows the whole phrase, or its first word when the phrase goes on after it
    # ("supervisory-level (pengawas) officials")
    if not counted or not (m := re.search(rf"(?i:{re.escape(counted)}|{re.escape(counted.split()[0])})\s*\(([a-z][a-z -]{{2,40}})\)", text)):
        return ()
    gloss = m.group(1).strip()
    return () if gloss in counted_terms(counted) else (gloss,)


# Which one has the most or the fewest: "Kecamatan mana yang kasus DBD-nya terbanyak?", "Which
# sub-district had the fewest residents screened?", "capaiannya paling rendah di kec mana?".
_WHICH = re.compile(r"\b(?:which|what|where|mana|manakah|dimana)\b", re.I)
MOST = re.compile(r"\b(?:most|highest|largest|biggest|greatest|terbanyak|tertinggi|terbesar|paling\s+(?:banyak|byk|tinggi|besar))\b", re.I)
_WHICH_TIME = re.compile(r"\b(?:which|what)\s+(?:month|year|week|day|date)\b|\b(?:bulan|tahun|pekan|minggu|hari|tanggal)\s+(?:apa|mana)\b|\bkapan\b", re.I)  # a time, not a place
FEWEST = re.compile(r"\b(?:fewest|least|lowest|smallest|tersedikit|terendah|terkecil|paling\s+(?:sedikit|rendah|kecil))\b", re.I)


def extreme_asked(text: str) -> str:
    """Whether a question asks which one has the most ("most") or the fewest ("fewest") of
    something, as a place or a named thing: news gives such figures as a breakdown ("Kecamatan A
    620 nelayan, B 540 nelayan, ..."), and the answer is the breakdown's extreme.

    >>> extreme_asked("Kecamatan mana yang mencatat kasus DBD terbanyak?")
    'most'
    >>> extreme_asked("Which sub-district had the fewest residents screened?")
    'fewest'
    >>> extreme_asked("Berapa kasus DBD di kecamatan dengan kasus terbanyak?")
    ''
    >>> extreme_asked("In which month did Sragen record the most dengue cases?")
    ''
    """
    if not _WHICH.search(text) or bool(MOST.search(text)) == bool(FEWEST.search(text)) or _WHICH_TIME.search(text):
        return ""
    return "most" if MOST.search(text) else "fewest"


_WHICH_MONTH = re.compile(r"\b(?:which|what)\s+month\b|\bmonth\s+(?:had|saw|with)\b|\bbulan\s+(?:apa|mana|manakah)\b|\b(?:pada\s+)?bulan\s+(?:ke\s+)?berapa\b", re.I)


def extreme_month_asked(text: str) -> str:
    """Whether a question asks in which month a figure was highest ("most") or lowest ("fewest"):
    news gives a figure month by month ("pada Januari tercatat 64 kasus, Februari 98 kasus, Maret
    141 kasus"), and the answer is that list's extreme.

    >>> extreme_month_asked("In which month of 2026 did Sragen record the most dengue cases?"), extreme_month_asked("kasus dbd paling sedikit bulan apa?")
    ('most', 'fewest')
    >>> extreme_month_asked("Kecamatan mana yang mencatat kasus DBD terbanyak?")
    ''
    """
    if not _WHICH_MONTH.search(text) or bool(MOST.search(text)) == bool(FEWEST.search(text)):
        return ""
    return "most" if MOST.search(text) else "fewest"


# ---- people ---------------------------------------------------------------------------------

PLACE_WORDS = set(
    "pasar pendopo lapangan kecamatan desa kelurahan gedung kantor aula alun alun-alun balai jalan masjid hotel "
    "stadion gor plaza taman ruang rumah halaman komplek kompleks kawasan terminal".split()
)
_QUESTION_WORDS = set(
    "berapa siapa apa apakah kapan mana dimana bagaimana mengapa kenapa sebelum setelah sesudah sejak selama how when "
    "where why whose what which who whom after before during since until according exactly roughly approximately about "
    "is was were did does do in on at the a an pada di dalam dari untuk dengan oleh ketika saat break tell list name "
    "give between compared siapakah berapakah apakah kapankah dimanakah bagaimanakah jumlah mohon tolong sebutkan jelaskan "
    "coba please tell name list dibanding dibandingkan ketimbang daripada kalau jika bila apabila".split()
)


# A named place a question narrows to: "Kecamatan Beji", "di kec beji" (chat writes administrative
# areas in lower case; then only after "di": "berapa desa terdampak" counts villages), "Jembatan
# Ciwaru", "Petanahan sub-district", "the Cisaat bridge"; a site people visit, as tourism and
# transport news names them: "Pantai Lorena", "Kawah Ijen", "Pelabuhan Ketapang", "the Ijen crater".
# Yogyakarta's kecamatan are kapanewon (Sleman, Bantul, ...) and kemantren (the city), its desa
# kalurahan; Papua's kecamatan are distrik.
_AREA = r"kecamatan|kec\.?|desa|kelurahan|kel\.|kapanewon|kemantren|kalurahan|distrik"
AREA_WORDS = r"Kecamatan|Kec\.|Desa|Kelurahan|Kel\.|Kampung|Dusun|Kapanewon|Kemantren|Kalurahan|Padukuhan|Distrik"
# A road named by its two ends, as news names road works: "ruas Kemusu–Bawu", "jalan Semin-Bulurejo",
# "the Tepus–Purwodadi road".
_ROUTE = r"[A-Z][a-z]+\s?[–—-]\s?[A-Z][a-z]+"
# A state school by its level and number, as news and chat write it: "SMPN 1", "SMP Negeri 1", "sdn 12".
_SCHOOL = r"(?i:SD|SMP|SMA|SMK|SLB)\s*(?i:N|Negeri)?\s*\d{1,3}"
_NAMED_PLACE = re.compile(
    rf"\b(?:(?i:ruas|jalan|jalur|jl\.)\s+(?:[a-z]+\s+){{0,2}}(?P<route>{_ROUTE})"
    rf"|(?:Kecamatan|Kec\.?|Desa|Kelurahan|Kel\.|Kapanewon|Kemantren|Kalurahan|Distrik)\s+(?P<titled>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})|(?i:di\s+(?:{_AREA}))\s+(?P<area>[A-Za-z][a-z]{{2,}}(?:\s+[A-Z][a-z]+){{0,2}})"
    r"|(?i:jembatan|jalan|jl\.|pasar|sungai|puskesmas|bendungan|waduk|terminal|stadion|pantai|pulau|kawah|gunung|danau|telaga|curug|goa|gua|candi|pelabuhan|bandara|embung)\s+(?P<place>[A-Z][a-z]+))"
    rf"|\b(?P<school>{_SCHOOL})\b"
    rf"|\b(?P<road>{_ROUTE})\s+(?:road|section|route|stretch)\b"
    r"|\b(?P<english>[A-Z][a-z]+)\s+(?:sub-?district|district|village|bridge|market|river|beach|island|crater|lake|waterfall|cave|temple|port|harbou?r|airport)\b"
)


def place_pattern(place: str) -> str:
    """A regex for a named place as an article may write it: a road's two ends joined by any dash,
    spaced or not ("Kemusu–Bawu", "Kemusu - Bawu").

    >>> bool(re.search(place_pattern("Kemusu–Bawu"), "ruas Kemusu - Bawu senilai Rp 6,42 miliar"))
    True
    >>> bool(re.search(place_pattern("SMPN 1"), "pendaftar SMP Negeri 1 Kota Pasuruan")), bool(re.search(place_pattern("SMPN 1"), "SMPN 12"))
    (True, False)
    """
    if school := re.fullmatch(r"(?i)(SD|SMP|SMA|SMK|SLB)\s*(N|Negeri)?\s*(\d{1,3})", place):
        return rf"\b{school[1]}\s*(?:N|Negeri)?\s*{school[3]}\b"  # "SMPN 1" is "SMP Negeri 1"
    return r"\b" + r"\s*[–—-]\s*".join(re.escape(end) for end in re.split(r"\s*[–—-]\s*", place)) + r"\b"


# Words after a place word that name no one place: "Jalan Raya", "desa terdampak", "kepala desa dilantik".
_NOT_PLACE_NAMES = set("raya utama baru lama tol provinsi nasional kabupaten kota sekitar sekitarnya setempat tersebut itu ini".split())


# Words that end a place's name of several words: "Kecamatan Petanahan Kabupaten Kebumen" is Petanahan.
_AFTER_A_NAME = {"kabupaten", "kab", "kota", "pemkab", "pemkot", "provinsi", "regency", "city", "district", "sub-district", "village"}


def _whole_name(titled: str | None) -> str | None:
    """A place named after its area word, in all its words up to one that ends it: "Kecamatan
    Jambi Luar Kota" is "Jambi Luar Kota" (a name may end in "Kota" after another word), "Desa
    Sukamaju Kabupaten Garut" is "Sukamaju"."""
    if not titled:
        return titled
    words = titled.split()
    for i, word in enumerate(words[1:], start=1):
        last = i == len(words) - 1
        if word.lower() in CALENDAR_WORDS or word.lower() in _QUESTION_WORDS or (word.lower() in _AFTER_A_NAME and not (word == "Kota" and last and i > 1)):
            return " ".join(words[:i])
    return titled


def places_in(text: str, regions: Iterable[str] = (), language: str = "id") -> tuple[str, ...]:
    """The named places (below a government) a question narrows to, by their names: "Berapa
    pengungsi di Kecamatan Petanahan?" -> ("Petanahan",); not a region the index knows ("Garut
    district") nor a common word ("jalan kabupaten", "desa yang", "kecamatan positions").

    >>> places_in("kasus dbd di kec beji depok thn 2025 brp?")
    ('beji',)
    >>> places_in("Berapa desa terdampak banjir dan berapa kepala desa dilantik?")
    ()
    >>> places_in("rumah yang terendam di kec semaka sama wonosobo", ["Wonosobo"])
    ('semaka', 'wonosobo')
    """
    skip = NOT_NAME_WORDS | CALENDAR_WORDS | _QUESTION_WORDS | _NOT_PLACE_NAMES
    region_words = {w.lower() for r in regions for w in r.split()}
    found = []
    for m in _NAMED_PLACE.finditer(text):
        name = m.group("route") or m.group("road") or m.group("school") or _whole_name(m.group("titled") or m.group("area")) or m.group("place") or m.group("english")
        if name.islower() and not m.group("school") and (language != "id" or re.match(r"(?:di|ter|me|ber)[a-z]{3}", name)):
            continue  # "kecamatan positions", "di desa terdampak": a word, no name
        # a name after "Kecamatan" is a kecamatan's, though a regency or city shares it ("Kecamatan Banjar" of Buleleng, not Kota Banjar)
        if name.lower() not in skip and (m.group("titled") or m.group("area") or name.lower() not in region_words) and name not in found:
            found.append(name)
        # the next of a list of them: "Kecamatan Semaka dan Wonosobo", chat's "kec semaka sama wonosobo"
        if (m.group("titled") or m.group("area")) and (listed := _NEXT_LISTED.match(text, m.end())) and listed.group("name").lower() not in skip and listed.group("name") not in found:
            found.append(listed.group("name"))
    return tuple(found)


# The next name of a list after an area word: " dan Wonosobo" after "Kecamatan Semaka".
_NEXT_LISTED = re.compile(rf"\s+(?i:{LIST_JOIN})\s+(?P<name>[A-Za-z][a-z]{{2,}}(?:\s+[A-Z][a-z]+){{0,2}})")


_OFFICE_WORDS = {"dinas", "badan", "kantor", "bagian", "bidang", "sekretariat", "inspektorat", "satuan", "upt", "lembaga"}


def persons_in(text: str, regions: Iterable[str] = ()) -> tuple[str, ...]:
    """Runs of capitalised words that name people ("Ade Sugianto", "Yuliani", "Robinsar"):
    not titles, governments, regions, places, months, weekdays, acronyms ("BKPSDM") or question
    words. A name after a place word ("Pasar Baru") locates an event, and one after an office word
    ("Dinas Pendidikan dan Kebudayaan") names the office, and an opening word running into an
    acronym ("Gerakan PSN serentak ...") a thing: no one."""
    skip = {w.lower() for r in regions for w in r.split()} | NOT_NAME_WORDS | CALENDAR_WORDS | _QUESTION_WORDS
    people: list[str] = []
    run: list[str] = []
    after_place = office = False
    for number, token in enumerate(re.findall(r"[\w'’.-]+|[^\w\s]", text)):
        word = re.sub(r"(?:'s|’s)$", "", token).strip(".")
        opening = number == 1  # the token after the text's first word
        if (word.lower() in PLACE_WORDS or word.lower() in _OFFICE_WORDS) and word[:1].isupper():
            after_place, office = True, word.lower() in _OFFICE_WORDS  # "Pasar Baru", "Dinas Pendidikan": no one
        if office and word.lower() in {"dan", "serta", "&"}:
            continue  # "Dinas Pendidikan dan Kebudayaan" is one office
        is_name = bool(re.fullmatch(r"[A-Z][a-z][a-zA-Z'’-]*", word)) and word.lower() not in skip and not after_place
        if is_name:
            run.append(word)
            continue
        # the opening word running into an acronym names a thing: "Gerakan PSN serentak ...", "Kasus DBD di ..."
        if run and not (opening and len(run) == 1 and re.fullmatch(r"[A-Z]{3,}", word)):
            people.append(" ".join(run))
        run = []
        if not word[:1].isupper():
            after_place = office = False
    if run:
        people.append(" ".join(run))
    return tuple(dict.fromkeys(people))


# ---- the parsed question ------------------------------------------------------------------

_BEFORE = re.compile(r"\b(before|previous(ly)?|prior|sebelum(nya)?|former(ly)?|semula)\b", re.I)
# The time left until a deadline: "tinggal berapa hari lagi sebelum kontrak berakhir?", "sisa waktu
# berapa hari", "how many days did the agencies have left to finish tendering?", "days remaining"
_LEFT = re.compile(
    r"\b(?:how many|berapa|brp)\s+(?:days?|weeks?|hari|minggu|pekan)\b[^?]*\b(?:left|remain\w*|tersisa|lagi)\b"
    r"|\b(?:tinggal|sisa(?:\s+waktu(?:nya)?)?)\s+(?:berapa|brp)\s+(?:hari|minggu|pekan)\b|\b(?:days?|weeks?)\s+(?:left|remaining)\b"
    # the days given from a day the question names to a deadline: "counting from the 13 April
    # update, how many days ...?", "berapa hari ..., dihitung dari rapat evaluasi?"
    r"|\b(?:counting|counted|dihitung|terhitung)\s+(?:from|since|dari|sejak)\b",
    re.I,
)
# A clause naming another event to date the asked one by: "after the Pasar Cisalak ceremony", "setelah peresmian Jembatan Ciwaru".
_DATING_CLAUSE = re.compile(r"\b(?:after|before|since|following|setelah|sesudah|sebelum|sejak|usai|pasca)\b(?!\s+(?:when|kapan)\b)(?:\s+\S+){1,6}", re.I)
_AFTER = re.compile(r"\b(after|afterwards|later|now|then|new|setelah|sesudah|kemudian|kini|sekarang|baru)\b", re.I)
# A budget year: "APBD 2026", "anggaran tahun 2026", "the 2026 budget", "TA 2026".
_BUDGET_YEAR = r"\b(?:APBD|anggaran|budget|tahun anggaran|TA|fiscal year)\s+(?:tahun\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+(?:budget|APBD|fiscal year)\b"
# ... and as a question names one, the government between: "APBD Kabupaten Manggarai Barat 2026", "apbd mabar 2026".
_BUDGET_NAMED = re.compile(r"\b(?:R?APBD|anggaran|budget|fiscal year)(?:\s+(?:induk|perubahan|P|tahun|TA|[A-Z]\w*|[a-z]{3,6}))?(?:\s+[A-Z]\w*){0,3}\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+(?:budget|APBD|fiscal year)\b|\b(?:19|20)\d{2}\b[^.?]{0,30}\b(?:budget|APBD)\b", re.I)
# A question about what is scheduled: "what is scheduled for 12 March?", "apa yang dijadwalkan pada Kamis, 12 Maret 2026?".
_PLANNED = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?:scheduled|planned)\b|\b(?:dijadwalkan|direncanakan|terjadwal)\b"
    # what starts on a day is announced before it: "What does the programme start on Monday 1 June 2026?"
    r"|\b(?:starts?|begins?)\s+on\b|\bwill\s+(?:start|begin|be held)\b|\bakan\s+(?:dimulai|digelar|dibuka|dilaksanakan|berlangsung)\b"
    # what a plan says of a later day: "Menurut rencana Pemkab, status apa yang berlaku pada 10 Desember?"
    r"|\b(?:menurut|sesuai)\s+rencana\b|\brencananya\b|\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?plans?\b",
    re.I,
)
# A year a question names a thing by, not a time: a recruitment round ("PPPK formasi 2025", appointed
# in 2026) or a regulation ("Perda Nomor 5 Tahun 2020"). An article's "formasi 2025" still tells
# the year it reports on.
_NAMED_BY_A_YEAR = re.compile(r"\b(?:formasi(?:\s+tahun)?|(?:nomor|no\.?)\s*\d+\s+tahun)\s+(?:19|20)\d{2}\b", re.I)
# What someone must do on a day is set before that day: "Di mana PPPK baru harus berada pada Rabu 6 Mei 2026?"
_OBLIGED = re.compile(r"\b(?:harus|wajib|diwajibkan|must|(?:are|is)\s+required\s+to|(?:have|has)\s+to)\b", re.I)
# What was spent of a budget, or left of it: known only after its year.
_SPENT = re.compile(r"\b(?:spend|spends|spent|unspent|terpakai|dibelanjakan|sisa|silpa|left)\b", re.I)
# A figure as it stood at a month's end ("sampai akhir Maret 2026"), over a whole year ("sepanjang
# 2025", "selama tahun 2025"), of a budget year ("APBD 2025", "the 2025 budget") or of a quarter
# or half ("triwulan I 2026"): reported after.
_AS_OF = re.compile(
    r"\b(?:sampai|hingga|per|as of|by the end of|through|until|up to|by)\s+(?:(?:akhir|the end of)\s+)?(?:bulan\s+|tanggal\s+)?(?:\d{1,2}\s+)?\w+\s+(?:19|20)\d{2}\b"
    r"|\b(?:sepanjang|selama|throughout|during|over)\s+(?:tahun\s+|the year\s+|all of\s+)?(?:19|20)\d{2}\b"
    r"|\bend[- ](?:of[- ])?(?:" + MONTH_WORDS + r")\s+(?:19|20)\d{2}\b"  # "to end-July 2026", "Tasikmalaya's end-of-March 2026 spending"
    rf"|{_BUDGET_YEAR}"
    rf"|{PART_OF_YEAR.pattern}",  # a quarter's figures ("triwulan I 2026") come out after it
    re.I,
)


# The part of an amount that was used: articles give a budget's absorption as a percentage as
# often as in rupiah ("serapan 71,5 persen", "terserap Rp 12 miliar").
_SHARE = re.compile(r"\bhow much of\b|\b(serapan|realisasi|terserap|absorb\w*|absorption|realis\w*|realiz\w*|disburs\w*)\b", re.I)


# Asked when a span of days ended, or began: "kapan batas akhir pendaftaran?", "when did
# registration open?".
# "kelar", "rampung" and "tuntas" are "selesai" as people say it, when they are what is asked ("hrs
# kelar tgl brp?", not "jembatan yang sudah rampung diresmikan kapan?"); "by what date" asks the last day.
_ENDS = re.compile(r"\b(batas (akhir|waktu)|terakhir|ditutup|tutup|berakhir|selesai|(sampai|hingga) (kapan|tanggal)|until (when|what date|which date)"
                   r"|by (what|which) date|deadline|clos(e|es|ed|ing)|last day|end(s|ed)?)\b"
                   r"|\b(kelar|rampung|tuntas|completed|finished|done)(nya)?\s*(((pada\s+)?(tanggal|tgl)\s+(berapa|brp))|kapan|by when)?\s*\??\s*$", re.I)
_STARTS = re.compile(r"\b(dibuka|(di|me)?mulai|buka|sejak kapan|open(s|ed)?(?!\s+(selection|seleksi|bidding|recruitment|tender))|start(s|ed)?|begin|began|first day)\b", re.I)


# A harm news counts by level, by the Indonesian word its levels follow: houses "rusak berat, rusak
# sedang, rusak ringan"; people "luka berat, luka ringan".
_HARMS = {
    "rusak": re.compile(r"\b(?:rusak|kerusakan|damaged?)\b", re.I),
    "luka": re.compile(r"\b(?:luka|luka-luka|terluka|cedera|injur(?:ed|ies|y)|hurt|wounded)\b", re.I),
}
# A period asked whole: "over the whole of 2026", "for the entire year 2025", "the full-year 2026
# figure", "all of March 2026", "seluruh tahun 2025", "2025 secara keseluruhan" (not "the whole 2026
# budget": a budget's year). Its figure is only known once the period is (nearly) over.
_WHOLE = re.compile(
    r"\b(?:(?:whole|entire|full)(?:[- ]year(?:\s+of)?|\s+of|(?=\s+(?:year|month)\b))|all\s+of|seluruh\s+(?:tahun|bulan)|setahun\s+penuh)\s+(?:the\s+)?(?:(?:year|month|tahun|bulan)\s+)?"
    r"(?:(?:" + MONTH_WORDS + r")\s+)?(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s+(?:as\s+a\s+whole|in\s+full|secara\s+keseluruhan|setahun\s+penuh)\b",
    re.I,
)
_DAMAGE_LEVEL = re.compile(
    r"\b(?:berat|sedang|ringan|parah|(?<=rusak\s)total|heav(?:y|ily)|sever(?:e|ely)|moderate(?:ly)?|light(?:ly)?|slight(?:ly)?|minor|major|badly|serious(?:ly)?|destroyed)\b", re.I
)


def _boundary(text: str) -> str:
    """Which end of a span of days a date question asks: "until" asks the end whatever the span is
    of ("Sampai tanggal berapa pendaftaran dibuka?": the day it is open until).

    >>> _boundary("Sampai tanggal berapa pendaftaran dibuka?"), _boundary("Kapan pendaftaran dibuka?"), _boundary("Kapan pendaftaran ditutup?")
    ('end', 'start', 'end')
    """
    if _UNTIL.search(text):
        return "end"
    ends, starts = bool(_ENDS.search(text)), bool(_STARTS.search(text))
    return "end" if ends and not starts else "start" if starts and not ends else ""


_UNTIL = re.compile(r"\b(?:(?:sampai|hingga|sampe)\s+(?:kapan|tanggal|tgl)|until\s+(?:when|what\s+date|which\s+date)|by\s+(?:what|which)\s+date)\b", re.I)


# "per rak", "setiap pedagang", "tiap desa", "each village", "a month": what an amount is asked per.
_PER = re.compile(r"\b(?:per|setiap|tiap|masing-masing|each|every)\s+([A-Za-z]{2,})\b")
# Words after "per" that date a figure ("per akhir Juni", "per 15 Maret") or say no unit: no amount
# is asked, or given, per them.
NOT_PER = set(MONTH_WORDS.split("|")) | {"akhir", "awal", "pertengahan", "tanggal", "tgl", "saat", "the", "of", "one", "kali"}


@dataclass(frozen=True)
class Question:
    """The facts of one question; `parse` makes it."""

    text: str
    language: str
    kind: str
    periods: tuple[DateSpan, ...] = ()
    governments: tuple[str, ...] = ()  # the known governments it is about
    unknown_governments: tuple[str, ...] = ()  # governments it names that no article is about ("Wali Kota Magelang"; or a person: "Bupati Tatu")
    persons: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # named places below a government it narrows to ("Petanahan" of "Kecamatan Petanahan")
    counted: str = ""  # what a quantity question counts, in its words
    counted_terms: tuple[str, ...] = ()  # ... and as the articles write it
    title: Title | None = None  # the title a who-question asks about ("wakil bupati")
    runs: bool = False  # asks who runs an office ("siapa yang memimpin Dinas Sosial"): its head, written or not
    before: bool = False  # asks what came before ("sebelumnya", "previously")
    left: bool = False  # a duration asked as the time left until a deadline ("tinggal berapa hari lagi")
    after: bool = False
    as_of: bool = False  # the period is when a figure stood ("sampai akhir Maret 2026"), reported later
    planned: bool = False  # asks what is scheduled then ("what is scheduled on 12 March?"): announced before it
    still: bool = False  # asks yes or no whether something still runs on a day ("masih berlaku pada 27 Januari?"): the day is compared, not reported on
    days_from: tuple[int, str] | None = None  # asks what falls some days after (or before) an event: (4, "registration closes") of "what is scheduled four days after registration closes?"
    budget: bool = False  # the period is a budget year ("APBD 2026"), planned and passed the year before (not what was spent of it)
    whole: bool = False  # the period is asked whole ("over the whole of 2026"): reported only once it is (nearly) over
    share: bool = False  # an amount asked as the part used of a whole ("how much of its budget ... absorb"): rupiah or a percentage
    boundary: str = ""  # a date question asking the "end" ("batas akhir pendaftaran") or "start" ("kapan dibuka") of a span of days
    post: str = ""  # the one office a count is asked for ("Kepala Dishub" of "pelamar jabatan Kepala Dishub")
    office: str = ""  # the one office a budget figure is asked of ("Dinas Pendidikan" of "serapan anggaran Dinas Pendidikan")
    diseases: tuple[str, ...] = ()  # the diseases a figure is asked of ("measles" of "how many children died of measles?")
    school_levels: tuple[str, ...] = ()  # the school levels a figure is asked of ("SMA" of "daya tampung SMA negeri")
    died: bool = False  # a count asks who died ("how many people died of dengue?", "brp org yg meninggal"): deaths, not cases
    some_of: bool = False  # a count asks how many of a group were what it counts ("how many of the officials were women?")
    extreme: str = ""  # asks which one has the "most" or the "fewest" ("kecamatan mana yang kasusnya terbanyak?")
    extreme_month: str = ""  # asks in which month a figure was the "most" or the "fewest" ("which month had the most cases?")
    items: int = 0  # how many things a total adds, or a who-question names, as the question says ("the three road upgrades": 3)
    regions: tuple[str, ...] = field(default=(), repr=False)  # every region the index knows

    @property
    def report_periods(self) -> list[DateSpan]:
        """When an article reporting on the asked periods may be dated: in them, and for a figure
        as it stood then ("sampai akhir Maret 2026") up to two months after, since such a figure
        is reported afterwards (an article of 7 April on spending "hingga akhir Maret"); a whole
        year's figure ("sepanjang 2025", "APBD 2025") all through the next year. Who held a post
        then is reported before it too: "Bappeda dipimpin Plt Galih" in a March article still
        answers who ran it in April (`holder_asked`), until an article says otherwise. Retrieval,
        the context and the rules all judge an article's date by this one reading.
        A period asked whole ("over the whole of 2026") is reported from its last month on (its last
        week, for a shorter one): a May article's first vaccination round is not the year's. A
        budget year's figures ("belanja modal APBD 2026") are news from the July before it on, when
        the budget is agreed and passed ("DPRD menyetujui APBD 2026, Jumat (28/11/2025)"); what is
        scheduled on a day, from two months before it ("Kegiatan apa yang dijadwalkan pada Kamis,
        12 Maret 2026?" of an article of 9 March)."""
        periods = list(self.periods)
        if self.planned and not self.whole and not self.budget:  # a schedule is news before its day: a 9 March article plans 12 March
            periods = [replace(p, start=p.start - timedelta(days=62)) for p in periods]
        if self.budget:  # "APBD 2026" is agreed (KUA-PPAS) and passed from the middle of 2025 on
            periods = [replace(p, start=min(p.start, date(p.start.year - 1, 7, 1))) if p.whole_year else p for p in periods]
        if self.whole:
            periods = [replace(p, start=max(p.start, p.end - timedelta(days=30 if p.whole_year else 6))) for p in periods]
        if self.holder_asked:
            return [replace(p, start=p.start - timedelta(days=183)) for p in periods]
        if not self.as_of:
            return periods
        return [replace(p, end=p.end + timedelta(days=365 if p.whole_year else 62)) for p in periods]

    @property
    def holder_asked(self) -> bool:
        """Asks who held a post, not who did something or became something: "who was running
        Bappeda in April 2026?", "siapa Plt Kepala Dishub pada Maret 2026?"; not "who was sworn
        in as head in April?", "who became head in June?", "who was the Sekda present when ...?"."""
        return (
            self.kind == "person" and bool(self.title or self.runs) and not (self.before or self.after)
            and not re.search(rf"\b{_EVENT}|{_CHANGE_OR_PRESENCE.pattern}", self.text, re.I)
        )

    @property
    def own_places(self) -> tuple[str, ...]:
        """The places the asked figure is of: not one that dates another event ("In the inauguration
        that took place after the Pasar Cisalak ceremony, how many ...": Cisalak only says which
        inauguration), nor one before or after which something is asked ("berapa hari setelah
        banjir di Cugenang ..."); "since when" asks, and dates nothing.

        >>> parse("Berapa guru PPPK baru yang ditempatkan di Kecamatan Tebas?").own_places
        ('Tebas',)
        >>> parse("How many were sworn in after the Pasar Cisalak ceremony?").own_places
        ()
        """
        clauses = [m.group() for m in _DATING_CLAUSE.finditer(self.text)]
        return tuple(p for p in self.places if not any(re.search(place_pattern(p), c, re.I) for c in clauses))

    @property
    def per(self) -> str:
        """What an amount is asked per, or for each of ("harga telur per rak", "each village",
        "how much does each teacher earn per month?" -> "month"; the last one named); not the day a
        figure stood ("per 15 Maret 2026", "per akhir Juni").

        >>> parse("Berapa harga telur ayam per rak?").per, parse("Realisasi PAD per akhir Juni 2026?").per
        ('rak', '')
        """
        units = [m.group(1).lower() for m in _PER.finditer(self.text) if m.group(1).lower() not in NOT_PER]
        return units[-1] if units else ""

    @property
    def years(self) -> set[int]:
        """The years the asked periods fall in."""
        return {y for p in self.periods for y in range(p.start.year, p.end.year + 1)}

    @property
    def compared_years(self) -> set[int]:
        """The year before the one asked, when the question compares with it in words ("pada 2026
        dibanding tahun lalu", "than the previous year"): its figure is the other term.

        >>> sorted(parse("Berapa kenaikan anggaran PBI pada 2026 dibanding tahun lalu?").compared_years)
        [2025]
        """
        return {self.periods[0].start.year - 1} if len(self.periods) == 1 and self.periods[0].whole_year and LAST_YEAR_COMPARED.search(self.text) else set()

    def of_other_years(self, text: str, iso: str | None) -> set[int]:
        """The years a sentence of an article dated `iso` says its facts are of, when it names
        some and none is asked or compared with ("Pada 2025, ... 16 pendaftar" for a question
        about 2026, not "Tahun lalu anggaran ... Rp29,4 miliar" for one asking how much more than
        last year); else empty (`dates.years_spoken_of`)."""
        spoken = years_spoken_of(text, int(iso[:4]) if iso else None) if self.years else set()
        return spoken if not spoken & (self.years | self.compared_years) else set()

    def reports_on(self, iso: str | None, text: str) -> bool:
        """Whether a sentence of an article dated `iso` may report on the asked periods: dated in
        one; for a figure as it stood then ("sampai akhir Maret 2026"), up to two months after;
        or dated within a year after one and naming it or a part of it, in `text` (the sentence,
        or its headline): "Pada 2025, ... diikuti 16 pendaftar", dated March 2026, for 2025; a
        part of a year up to three months longer ("Pada semester I 2024, ... 38,9 persen", dated
        August 2025, beside the first half of 2025);
        "banjir pada November 2025" for "nov 2025"; "seleksi serupa tahun lalu" for a whole year.
        A year's figure reported in the next year must say which year it is: "13,6 persen" in
        an April 2026 article is the first quarter of 2026, not the 2025 budget.

        The figure of an earlier period given as the base of a comparison is reported as late as
        the later period it is compared with: "1.482 kasus sepanjang 2025, turun dibandingkan 2024
        yang mencapai 2.318 kasus", dated January 2026, reports on 2024; so does a sentence naming
        only that period and giving its figure as the base of a change ("Pada Agustus 2024 angkanya
        masih 17,35 persen", dated February 2026). A figure "pada periode yang sama tahun lalu",
        dated 31 July 2026, is of 31 July 2025."""
        if not self.periods:
            return True
        if not iso:
            return False
        when = date.fromisoformat(iso)
        named = question_periods(text)
        alone = months_of_its_year(text.rsplit("\n", 1)[-1], when)  # "Pada Januari ..." in an April report: January of its year
        earlier = same_time_of_an_earlier_year(text, when)  # "pada periode yang sama tahun lalu"
        for asked, reported in zip(self.periods, self.report_periods):
            if reported.start <= when <= (asked.end if asked.whole_year else reported.end):
                if when > asked.end and any(n.start > asked.end and (n.end - n.start).days >= 27 for n in named) and not any(
                    asked.start <= n.start and n.end <= asked.end for n in named
                ):
                    continue  # weeks after, as it stood at a later month: "hingga Agustus 2026" is not end-July's figure
                return True
            # "periode yang sama tahun lalu" in an article dated days after the span it reports
            # ("1 Januari-8 Maret", dated 11 March) is that span a year before
            if earlier and reported.start <= earlier <= (asked.end if asked.whole_year else reported.end + timedelta(days=31)):
                return True
            if when <= asked.end:
                continue
            inside = any(asked.start <= n.start and n.end <= asked.end for n in named + alone)
            later = [n.end for n in named if asked.end < n.start and n.end <= when] if inside and _COMPARED.search(text) else []
            own = text.rsplit("\n", 1)[-1]  # the sentence, without the headline read with it
            if _BASE_OF_A_CHANGE.search(own) and (its := question_periods(own)) and all(asked.start <= n.start and n.end <= asked.end for n in its):
                return True  # the base of a change the sentence before tells, however late it is reported
            compared_with = max([asked.end, *later])
            # a part of a year named beside the same part a year on, reported some weeks after that:
            # "Pada semester I 2024, ... 38,9 persen", dated August 2025
            lag = timedelta(days=366 + 92) if inside and not later and not asked.whole_year else timedelta(days=366)
            if when <= compared_with + lag and (
                inside or (asked.whole_year and any(asked.start.year in years_spoken_of(line, when.year) for line in text.split("\n")))  # "tahun lalu", after a headline
            ):
                return True
        return False

    def with_people_from(self, text: str) -> Question:
        """The question with the people it names in lower case, as chat writes them ("rina
        marlina sblm jd kadisdik ..."), as `text` (the retrieved passages) capitalises them: a
        run of two or more capitalised name words whose lower-case form the question holds."""
        if self.persons:
            return self
        low = self.text.lower()
        found = [p for p in persons_in(text, self.regions) if len(p.split()) > 1 and re.search(rf"\b{re.escape(p.lower())}\b", low)]
        return replace(self, persons=tuple(dict.fromkeys(found))) if found else self

    def with_places_from(self, text: str) -> Question:
        """The question with the places chat writes in lower case ("how many dengue cases did
        bantargebang have?") that `text` (the retrieved passages) writes as an area: "Kecamatan
        Bantargebang", "Desa Sukamaju"; or that the question writes after an area word and `text`
        as a name ("kecamatan rupat", "dari Rupat"). A region the index knows is a government, not
        a place."""
        skip = {w.lower() for r in self.regions for w in r.split()} | {p.lower() for p in self.places}
        # not a kind of area the question names ("desa tangguh bencana"), nor a name of two words ("Desa Wisata Cibuntu")
        kinds = {m.group(1) for m in re.finditer(rf"\b(?:{_AREA})\s+([a-z]+)", self.text, re.I)}
        words = {w for w in re.findall(r"\b[a-z]{5,}\b", self.text) if w not in skip | kinds and w not in NOT_NAME_WORDS and w not in _QUESTION_WORDS}
        found = [w.capitalize() for w in sorted(words) if re.search(rf"\b(?:{AREA_WORDS})\s+{w.capitalize()}\b(?!\s+[A-Z])", text)]
        # a word the question writes after an area word that the text writes as a name of one word:
        # "dr kecamatan rupat" of "Pendaftar dari Rupat dan Rupat Utara" (not "Desa Tangguh Bencana")
        found += [w.capitalize() for w in sorted(kinds) if w.islower() and len(w) >= 4 and w not in skip | NOT_NAME_WORDS and re.search(rf"\b{w.capitalize()}\b(?!\s+[A-Z])", text)]
        return replace(self, places=(*self.places, *dict.fromkeys(found))) if found else self

    @property
    def wants_number(self) -> bool:
        return self.kind in ("count", "percent", "money", "total", "difference")

    @property
    def sums(self) -> bool:
        """Whether a count or an amount is asked as a total ("kalau dijumlah ada berapa?", "how
        many km altogether?", "the combined value of the three contracts"): the hint then asks for
        the addition when no sentence states the total."""
        return self.kind == "total" or (self.kind in ("count", "money") and bool(SUM.search(self.text))) or bool(self.every_level_of)

    @property
    def every_level_of(self) -> str:
        """The harm a count asks about with no level named, as the word its levels follow: news
        counts damaged houses and injured people by level ("empat rumah rusak berat, sembilan rusak
        sedang, dan 15 rusak ringan"; "empat orang luka berat dan 31 orang luka ringan"), so the
        answer adds the levels, as a total does. "rusak" for "how many houses were damaged by the
        landslides?", "luka" for "berapa total korban luka?"; "" for "berapa rumah rusak berat?",
        or for the injured and the dead asked together (the levels would drop the dead)."""
        if self.kind not in ("count", "total") or _DAMAGE_LEVEL.search(self.text):
            return ""
        asked = [harm for harm, words in _HARMS.items() if words.search(self.text)]
        dead_too = _DIED.search(self.text) or re.search(r"\bkorban\s+jiwa\b", self.text, re.I)  # "korban jiwa": the dead
        return asked[0] if len(asked) == 1 and not (asked == ["luka"] and dead_too) else ""

    @property
    def form(self) -> str:
        """The answer's form, which picks the prompt's hint line: the kind, or "sum" for a total."""
        return "sum" if self.sums else self.kind

    def people_in(self, text: str) -> list[str]:
        """The question's people that an article text names as people: written capitalised, never
        in lower case (a common word: "Pelantikan"), not in parentheses or right after an office
        word (an office: "(Disdukcapil)", "Kepala Bappeda")."""
        found = []
        for person in self.persons:
            if not re.search(person_pattern(person), text):
                continue
            first = person.split()[0]
            if re.search(rf"\b{re.escape(first.lower())}\b", text) or re.search(rf"\(\s*{re.escape(first)}\b|\b(?:Kepala|Dinas|Badan|UPT|Kantor|Satuan)\s+{re.escape(first)}\b", text):
                continue
            found.append(person)
        return found


_TITLE_ASKED = re.compile(
    r"\b(?:siapa(?:kah)?(?:\s+nama)?|who(?:\s+(?:is|was|were|are|became|served as|(?P<chairs>led|leads|chaired|chairs|heads|headed)))?(?:\s+the)?(?:\s+new)?"
    r"|which|nama|(?:what|who)(?:'s|\s+is|\s+was)\s+the\s+name\s+of(?:\s+the)?|the\s+name\s+of(?:\s+the)?)\s+(?P<title>[^?,]{3,120})",
    re.IGNORECASE,
)


# The title first, the question word last: "camat pekalongan barat yang baru siapa?"; the phrase
# opens with the title and holds no verb ("bupati garut melantik siapa?" asks whom he swore in).
_OFFICES = "|".join(sorted(OFFICE_WORDS, key=len, reverse=True))  # longest first: "disdikpora" before "disdik"
_TITLE_THEN_ASKED = re.compile(
    r"^\W*(?P<title>(?:wakil\s+)?(?:camat|lurah|kepala|kades|kadis|sekda|sekretaris|bupati|wali\s*kota|gubernur|ketua|plt)\b"
    rf"(?:\s+(?!(?!(?:dinas|{_OFFICES})\b){VERB})[^\s?,]+){{0,5}}?)"  # "Disdik" and "Dinas" are offices, not verbs
    # "... yang baru dilantik april siapa?" asks who took the post; not "yang lama", "yang dicopot"
    r"\s+(?:yang\s+(?:baru\s+)?(?:dilantik|ditunjuk|terpilih|diangkat|menjabat)(?:\s+[^\s?,]+){0,3}?\s+)?(?:baru|sekarang|kini|saat ini|definitif|now)?\s*(?:siapa|siapakah)\s*(?:ya|sih)?\W*$",
    re.IGNORECASE,
)


# Asked who runs an office: "who heads/runs/is in charge of Garut's Dinas PUPR", "siapa yang
# memimpin Dinas Sosial": the head of that office (acting or not).
_RUNS = re.compile(
    r"\b(?:who\s+(?:(?:is|was)\s+)?(?:heads?|headed|leads?|led|runs?|ran|running|leading|heading|in charge of)"
    r"|siapa(?:kah)?\s+(?:yang\s+)?(?:memimpin|mengepalai|pimpin|mimpin|memegang|pegang|megang))\s+(?:the\s+)?(?P<office>[^?,]{2,80})",
    re.IGNORECASE,
)
# ... and the passive way Indonesian asks it: "Dinas Sosial Pacitan dipegang siapa?", "bpbd skrg dipimpin sp?"
_RUN_BY_WHOM = re.compile(
    r"(?:^|[,.]\s*|\b(?:maka|lalu|kini|sekarang|skrg)\s+)(?P<office>(?:(?!siapa)[^?,.]){2,80}?)\s+(?:(?:kini|sekarang|skrg|saat ini)\s+)?"
    r"(?:dipegang|dipimpin|dikepalai|dijabat)\s+(?:oleh\s+)?(?:siapa|sp)\b",
    re.IGNORECASE,
)
# A government named as the office's owner: "Garut's", "Kota Cirebon's", "Pemkab Garut's".
_OWNER = re.compile(r"^(?:(?:Pemkab|Pemkot|Kabupaten|Kota|Provinsi|Pemprov)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+")
# An office as chat writes it, in lower case: "siapa yg mimpin dishub wonosobo".
_CHAT_OFFICE = re.compile(r"(?:dinas|badan|" + "|".join(OFFICE_SHORT) + r"|bappe\w*|bpbd|bkpsdm|bkd|satpol)\b")
# What is an office of a government: "Dinas ...", "Badan ...", "Satpol PP", or an acronym ("BPBD");
# not a region ("siapa yang memimpin Garut"), an event ("Apel Siaga") or a team.
_OFFICE = re.compile(
    r"(?:Dinas|Badan|Bagian|Satuan|Satpol|Kantor|Inspektorat|Sekretariat|RSUD)\b|Di[ns][a-z]{2,}\b|[A-Z]{3,}\b(?!\s+[a-z])"  # "Dinkes", "Disdik"
    r"|(?:[A-Z][\w-]*\s+)+(?:Office|Agency|Department|Board)\b"  # "Education Office"
    r"|(?i:(?!(?:[a-z-]+\s+){0,2}(?:by|of|from|with|for|the)\s)(?:[a-z-]+\s+){1,2}(?:office|agency|department|board)\s*\([A-Z])"  # "planning agency (Bappelitbangda)"
    rf"|{_CHAT_OFFICE.pattern}"
)


# How staff type in a chat box: "berapa org yg dilantik", "who's the mayor".
_SHORTHAND = {
    "yg": "yang", "org": "orang", "dgn": "dengan", "dg": "dengan", "utk": "untuk", "tdk": "tidak", "sdh": "sudah",
    "blm": "belum", "bln": "bulan", "thn": "tahun", "tgl": "tanggal", "jml": "jumlah", "brp": "berapa", "kpn": "kapan",
    "dmn": "di mana", "sbg": "sebagai", "krn": "karena", "pd": "pada", "dr": "dari", "kab.": "kabupaten", "kab": "kabupaten",
    "sblm": "sebelum", "sblmnya": "sebelumnya", "stlh": "setelah", "ssdh": "sesudah", "skrg": "sekarang", "kmrn": "kemarin",
    "jd": "jadi", "tsb": "tersebut", "bs": "bisa", "sm": "sama", "trs": "terus", "drpd": "daripada",
    "smpe": "sampai", "smpai": "sampai", "sampe": "sampai", "udh": "sudah", "udah": "sudah", "dlm": "dalam", "lbh": "lebih", "krg": "kurang",
    "hukdis": "hukuman disiplin", "jafung": "jabatan fungsional",  # officialese
    "who's": "who is", "what's": "what is", "where's": "where is", "when's": "when is", "how's": "how is",
}
_SMP_UNTIL = re.compile(rf"(?<![\w'])smp(?=\s+(?:akhir|awal|pertengahan|tgl|tanggal|dengan|dgn|hari|bulan|bln|minggu|sekarang|skrg|kini|{_EVENT}|{MONTH_WORDS}|\d{{1,2}}\s+(?:{MONTH_WORDS}))\b)", re.I)  # not "smp 1": a school
_SAPA = re.compile(r"^sapa\b|(?<![\w'])sapa(?=\s*(?:\?|$|sih\b|ya\b|yg\b|yang\b|aja\b))", re.I)
_SHORTHAND_RX = re.compile(r"(?<![\w'])(" + "|".join(re.escape(k) for k in sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w'])", re.I)


# Officialese and chat write "Kepala" and an office's short name (`people.OFFICE_WORDS`) as one
# word: "Kadinkes" is the Kepala Dinkes, "kadisdik" the Kepala Disdik, "Kasatpol PP" the Kepala
# Satpol PP ("Kadis" alone names no office, "Kadin" is the chamber of commerce, "Kadisoka" a
# village). Chat also writes the short name in lower case after "kepala": "kepala dinkes".
_HEAD_CONTRACTED = re.compile(rf"(?<![\w'])ka(?P<office>{_OFFICES})(?![\w'])", re.I)
_HEAD_OF_SHORT = re.compile(rf"(?<![\w'])(?P<head>kepala|plt|head of)\s+(?P<office>{_OFFICES})(?![\w'])", re.I)


def _heads_written_out(text: str) -> str:
    """ "siapa kadinkes purwakarta?" -> "siapa Kepala Dinkes purwakarta?"; "kasatpol pp" -> "Kepala Satpol PP";
    "kepala dishub" -> "Kepala Dishub"."""
    text = _HEAD_CONTRACTED.sub(lambda m: "Kepala " + m["office"].capitalize(), text)
    text = _HEAD_OF_SHORT.sub(lambda m: f"{m['head'].capitalize() if m['head'].lower() != 'head of' else m['head']} {m['office'].capitalize()}", text)
    return re.sub(r"(?<![\w'])Satpol\s+pp(?![\w'])", "Satpol PP", text)


def normalise(text: str) -> str:
    """A question as written out: chat shorthand expanded ("yg" -> "yang", "who's" -> "who is"),
    the head of an office written out ("kadinkes" -> "Kepala Dinkes"), English dates day first
    ("March 2, 2026" -> "2 March 2026"), spaces collapsed.
    Retrieval, the prompt and every rule read this form."""
    text = " ".join(text.replace("’", "'").split())
    text = _SAPA.sub("siapa", text)  # "camat X yg baru sapa?"; not "bupati sapa warga" (greets)
    text = _SMP_UNTIL.sub("sampai", text)  # "smp akhir maret" is until; "kepala smp" a junior high school
    text = day_first(text)  # "January 1 and March 15, 2026" -> "1 January and 15 March 2026"
    return _heads_written_out(_SHORTHAND_RX.sub(lambda m: _SHORTHAND[m.group(1).lower()], text))


# "the three road upgrades", "ketiga ruas jalan", "both contracts": the things a total adds, counted
# by the question itself. A number word before a span of time ("tiga bulan") or a word that is no
# thing ("tahap kedua pada ...": the second stage) counts nothing.
_ITEMS = re.compile(
    r"\b(?P<n>both|kedua|ke(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)\s+(?P<thing>[a-z][\w-]*)", re.I)
_NOT_ITEMS = set(
    "bulan tahun hari minggu pekan jam kali triwulan kuartal semester periode tahap pada di ke dari yang dan atau ini itu tersebut "
    "months month years year days day weeks week hours times quarters quarter of in on at and or".split()
)


# Who-questions that ask for several people, and how many: "Who were the 4 officials ...", "Siapa
# (saja) dua kandidat lain ...", "What were the names of the 17 officials ...", "Sebutkan tiga ..."
_PEOPLE_ASKED = re.compile(
    r"^\W*(?:who\s+(?:were|are)\s+the|siapa(?:kah)?(?:\s+saja)?|name\s+the|(?:what\s+(?:were|are)\s+)?the\s+names\s+of\s+the|sebutkan(?:\s+nama)?|nama-nama)"
    r"\s+(?P<n>\d{1,3}|two|three|four|five|six|dua|tiga|empat|lima|enam)\s+(?P<thing>[a-z][\w-]*)",
    re.I,
)


def people_asked(text: str) -> int:
    """How many people a who-question asks to name, 0 when it does not say ("Siapa yang memimpin
    pelantikan 30 pejabat?" asks one name: the 30 are whom it was about).

    >>> people_asked("Who were the 4 officials moved to the Bappeda?"), people_asked("Siapa dua kandidat lain yang lolos?")
    (4, 2)
    >>> people_asked("Siapa yang memimpin pelantikan 30 pejabat?")
    0
    """
    if (m := _PEOPLE_ASKED.search(text)) and m.group("thing").lower() not in _NOT_ITEMS:
        n = m.group("n").lower()
        return int(n) if n.isdigit() else NUMBER_WORDS[n]
    return 0


def items_asked(text: str) -> int:
    """How many things the question says its total adds, 0 when it does not say.

    >>> items_asked("What is the combined value of the three road upgrades?"), items_asked("berapa total panjang ketiga ruas jalan itu?")
    (3, 3)
    >>> items_asked("Berapa pejabat dilantik dalam tiga bulan pertama 2026?"), items_asked("How many in total at both ceremonies?")
    (0, 2)
    """
    for m in _ITEMS.finditer(text):
        if m.group("thing").lower() not in _NOT_ITEMS:
            word = m.group("n").lower()
            return 2 if word == "both" else NUMBER_WORDS[word[2:] if word.startswith("ke") else word]  # "ketiga": the three
    return 0


# A count asked for one post: "How many applied for the head of public works (PUTR) post?",
# "Berapa pelamar jabatan Kepala Dishub?". Ranks and staff kinds in parentheses are no post.
_POST_WORD = re.compile(r"\b(?:posts?|positions?|seats?|jabatan|posisi|kursi)\b", re.I)
_POST_NAMED = re.compile(r"\b(?:jabatan|posisi|kursi)\s+((?:Kepala|Sekretaris|Asisten|Kabid|Kabag|Camat|Lurah)\s+(?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|dan))*)")
# In brackets right after an office's words, an acronym or an Indonesian title: "head of public
# works (PUTR) post", "assistant for general administration (Asisten Administrasi Umum)"; not a
# date, a place or a list in brackets.
_POST_BRACKETED = re.compile(
    r"\b(?:head|chief|office|agency|department|post|position|seat|assistant|secretary|kepala|dinas|badan|kantor|jabatan|posisi)\b(?:\s+[\w'’-]+){0,4}?\s*"
    r"\(((?:[A-Z][\w-]{2,}|(?:Kepala|Dinas|Badan|Asisten|Sekretaris|Kantor|Bagian|Camat|Lurah)\b[^(),]{0,50}))\)"
)
_NOT_A_POST = re.compile(r"^(?:JPT|ASN|PNS|PPPK|P3K|OPD|SKPD|eselon|Pemkab|Pemkot|Pemprov|Kabupaten|Kota|Provinsi)\b", re.I)


def post_asked(text: str, regions: Iterable[str] = ()) -> str:
    """The one office a count question asks about, as an article would name it: a capitalised name
    in parentheses beside a post word, or the title after "jabatan/posisi/kursi".

    >>> post_asked("How many people applied for the head of public works (PUTR) post?")
    'PUTR'
    >>> post_asked("Berapa pelamar jabatan Kepala Dishub Banjarnegara?", ["Banjarnegara"])
    'Kepala Dishub'
    >>> post_asked("How many posts (JPT pratama) were opened?")
    ''
    """
    if not _POST_WORD.search(text):
        return ""
    named = [m.group(1) for m in _POST_BRACKETED.finditer(text)] + [m.group(1) for m in _POST_NAMED.finditer(text)]
    drop = {w.lower() for r in regions for w in r.split()} | {"kabupaten", "kota", "kab", "pemkab", "pemkot", "provinsi", "pemprov"}
    for post in named:
        words = post.split()
        cut = next((i for i, w in enumerate(words) if w.lower() in CALENDAR_WORDS or w.lower() in {"tahun", "year"}), len(words))
        post = " ".join(w for w in words[:cut] if w.lower() not in drop)
        if post and not _NOT_A_POST.match(post):
            return post
    return ""


# A budget figure of one office: "serapan anggaran Dinas Pendidikan Indramayu", "realisasi belanja
# disdik", "Kota Cimahi's Education Office (Dinas Pendidikan) spending". Not who reports a figure
# ("kasus DBD yang dicatat Dinkes"): only with a word of spending or budget.
_BUDGET = re.compile(r"\b(?:anggaran|serapan|realisasi|belanja|pagu|spending|spent|budget|absorb\w*|absorption|reali[sz]\w*)\b", re.I)
_OFFICE_NAMED = re.compile(r"\b(?:Dinas|Badan)(?:\s+(?:[A-Z][\w-]*|dan(?=\s+[A-Z])))+|(?i:\b(?:dinas|badan)(?:\s+[a-z]+)+)")


def office_of_a_figure(text: str, regions: Iterable[str] = ()) -> str:
    """The one office whose budget figure a question asks for, as an article names it (its short
    form too: "Disdik").

    >>> office_of_a_figure("Berapa tingkat serapan anggaran Dinas Pendidikan Indramayu pada 2025?", ["Indramayu"])
    'Dinas Pendidikan'
    >>> office_of_a_figure("realisasi belanja dinas pupr garut maret 2026 brp persen?", ["Garut"])
    'dinas pupr'
    >>> office_of_a_figure("Berapa kasus DBD yang dicatat Dinas Kesehatan Depok?", ["Depok"])
    ''
    """
    if not _BUDGET.search(text):
        return ""
    stop = {w.lower() for r in regions for w in r.split()} | CALENDAR_WORDS | _QUESTION_WORDS | {"kabupaten", "kota", "pemkab", "pemkot", "tahun", "pada", "di", "sampai", "hingga", "per", "brp", "yg", "sudah", "udah", "spending"}
    found = []
    for m in _OFFICE_NAMED.finditer(text):
        words = m.group(0).split()
        cut = next((i for i, w in enumerate(words) if i and w.lower().strip("'’s") in stop), len(words))
        if cut > 1:
            found.append(" ".join(words[:cut]))
    found += [m.group(0) for m in re.finditer(r"\b(?:" + "|".join(OFFICE_SHORT) + r")\b", text, re.I)]
    return found[0] if len({f.lower() for f in found}) == 1 else ""


# A gap between two things: with two periods named, a length of time asked is the time between them.
_GAP = re.compile(r"\b(?:between|antara|jarak|selang|berselang|separated|apart)\b", re.I)
# A length of time asked by its two ends, whatever the events are ("berapa hari jarak antara kasus
# pertama dan penetapan KLB?", "brp hari dr SPMK sampe PHO?", "from the day registration opened ...
# until the winners were sworn in"); not two dates bounding one span ("antara 2 Maret dan 10 Maret":
# its length), nor a process "dari pengajuan sampai selesai" (a length a service states), nor the
# time left until a deadline, which no event's date ends.
_TWO_ENDS = re.compile(
    r"^(?![^?]*\b(?:left|remaining|remain|tinggal|sisa|lagi)\b)[^?]*"
    r"(?:\b(?:between|antara)\s+(?!\d)[^?]*\b(?:and|dan|sama|dengan)\b|\b(?:from|dari|sejak)\s+(?!\d|tanggal|tgl|the\s+\d)[^?]*\b(?:until|till|sampai|hingga)\b(?!\s+(?:selesai|jadi|rampung|tuntas|finished|done|completed?)\b))",
    re.I,
)


_DIED = re.compile(r"\b(?:died|die|dead|deaths?|killed|fatalit(?:y|ies)|meninggal|tewas|kematian|wafat)\b", re.I)


def parse(text: str, known_governments: Iterable[str] = (), dated: Iterable[tuple[str, str]] = ()) -> Question:
    """The facts of a question, resolved against the governments the index holds; `dated`, the
    (date, government) of each indexed article, gives a month named without a year the year of
    the asked government's latest such article (`dates.latest_months`)."""
    known = tuple(known_governments)
    text = gov.in_full(normalise(text), known)  # "Pemkot Tangsel", "South Tangerang": Tangerang Selatan
    kind = kind_of(text)
    named = question_periods(_NAMED_BY_A_YEAR.sub(" ", text))
    # "how many days between 3 February and 15 April?" keeps its two days apart
    periods = joined_spans(text, named) if kind != "duration" else named
    # a figure over a span of time ("between 1 January and 15 March") is reported as it stood at its end
    spanned = any(p not in named for p in periods)
    periods = tuple(same_period_earlier(text, periods))
    resolved = tuple(gov.resolve(text, known))
    if articles := [(date.fromisoformat(d), g) for d, g in dated if d]:
        # a month named without a year beside a period with one: "6 feb kemarin ... dibanding agustus 2025"
        periods = (*periods, *latest_months(text, [d for d, g in articles if not resolved or g in resolved], periods))
    distinct = len({p.text for p in periods})
    if distinct > 1 or len(resolved) > 1:
        kind = combined_kind(text, kind)
    if kind == "duration" and ((distinct == 2 and _GAP.search(text)) or _TWO_ENDS.search(text)):
        kind = "interval"  # "berapa hari jarak pelantikan November 2025 dan Mei 2026?": the time between them
    regions = tuple(sorted({gov.region(g) for g in known}))
    counted = counted_phrase(text, regions) if kind in ("count", "percent", "money", "total", "difference", "comparison") else ""
    title = None
    for match in (m for m in (_TITLE_ASKED.search(text), _TITLE_THEN_ASKED.search(text)) if m and kind == "person" and not title):
        asked = re.split(r"\s+(?:in|pada|yang|that|who|present|before|after|when|while|since|sebelum|setelah|sesudah|ketika|saat|sejak)\s+", match.group("title"))[0]
        title = asked_title(f"ketua {asked}" if match.groupdict().get("chairs") else asked, regions)  # "who chairs the pansel"
    if kind == "person" and not title:
        title = chair_asked(text)  # "Siapa ketua HNSI Tuban?"
    runs = False
    if kind == "person" and not title and (match := _RUNS.search(text) or _RUN_BY_WHOM.search(text)):
        office = re.split(r"\s+(?:in|on|at|after|before|since|pada|di|setelah|sesudah|sebelum|sejak|saat|ketika|now|kini|sekarang|skrg|bulan|tahun|tanggal)(?=\s|$)|\s+\d", match.group("office"))[0]
        office = _OWNER.sub("", office)
        if _OFFICE.match(office):
            # "planning agency (Bappelitbangda)" is the Bappelitbangda, "social affairs office (Dinas
            # Sosial)" the Dinas Sosial; chat's "dishub" is the Dishub
            if m := re.search(r"\(((?:Dinas|Badan)(?:\s+[A-Z][\w-]*)+|[A-Z][\w-]{2,})\)", office):
                office = m.group(1)
            elif _CHAT_OFFICE.match(office):  # "dinas sosial garut bulan maret" is the Dinas Sosial
                office = " ".join(w[:1].upper() + w[1:] for w in office.split())
            title = asked_title(f"Kepala {office}", regions)  # "who runs Garut's Dinas PUPR": its head
            runs = title is not None
    return Question(
        text=text,
        language=detect_language(text),
        kind=kind,
        periods=periods,
        governments=resolved,
        # after a title, a word may be a person ("Bupati Tatu"): unknown only when no known government is named
        unknown_governments=tuple(gov.unknown(text, known, titles=not resolved)),
        persons=persons_in(text, regions),
        places=places_in(text, regions, detect_language(text)),
        counted=counted,
        counted_terms=counted_terms(counted) + _glossed(text, counted),
        title=title,
        runs=runs,
        before=bool(_BEFORE.search(text)),
        left=kind == "duration" and bool(_LEFT.search(text)),
        after=bool(_AFTER.search(text)),
        as_of=bool(_AS_OF.search(text)) or spanned,
        planned=bool(_PLANNED.search(text) or (_OBLIGED.search(text) and DAY_OF_MONTH.search(text))),
        still=bool((_STILL.search(text) or _CAN.search(text)) and (_YES_OR_NO.search(text) or _CAN_LAST.search(text))),
        days_from=days_from(text),
        budget=bool(_BUDGET_NAMED.search(text)) and not _SHARE.search(text) and not _SPENT.search(text),  # what was spent is known after the year
        whole=bool(_WHOLE.search(text)),
        extreme=extreme_asked(text),
        extreme_month=extreme_month_asked(text),
        share=kind == "money" and bool(_SHARE.search(text)),
        boundary=_boundary(text) if kind == "date" else "",
        post=post_asked(text, regions) if kind == "count" else "",
        office=office_of_a_figure(text, regions) if kind in ("count", "percent", "money", "total", "difference") else "",
        diseases=diseases_in(text),
        school_levels=school_levels_in(text),
        died=bool(counted and _DIED.search(text)),
        some_of=kind == "count" and asks_some_of(text, counted),
        items=people_asked(text) if kind == "person" else items_asked(text),
        regions=regions,
    )
