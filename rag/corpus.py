"""Article files -> clean text plus metadata (title, outlet, government, event date).

News pages arrive scraped: font-size buttons ("A"), "BACA JUGA" teasers, a trailing block of
"Rubrik | 4 hari yang lalu" navigation, image markup, sometimes the whole body printed twice.
None of that may reach the index, or retrieval ranks junk and the LLM quotes it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rag.dates import ParsedDate, date_stamp, event_date
from rag.governments import governments_in, main_government

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {".txt", ".md"}

_JUNK_LINES = [
    re.compile(r"^[A-Za-z]$"),  # font-size / share buttons scraped as single letters
    re.compile(r"^(BACA JUGA|Baca [Jj]uga|Lihat [Jj]uga|Simak [Jj]uga|Artikel [Tt]erkait|Berita [Tt]erkait)\b\s*:?", re.IGNORECASE),
    re.compile(r"^[^\n]{1,80}?\s*[|•·-]?\s*\d+\s+(detik|menit|jam|hari|minggu|bulan)\s+(yang\s+)?lalu$", re.IGNORECASE),
    # a byline or credit alone on its line ("Oleh: Sigit Purnomo", "Pewarta: Mulyana"), not "Oleh karena itu, ..."
    re.compile(r"^(Share|Bagikan|Tags?|Editor|Penulis|Reporter|Pewarta|Redaktur|Sumber|Foto|Fotografer|Copyright|Oleh)\s*(?::\s*[^.!?]{0,60})?$", re.IGNORECASE),
    # ... or without its colon: "Oleh Irfan Mappiasse", a name of capitalised words and nothing else
    re.compile(r"^(?:Oleh|Penulis|Reporter|Pewarta|Editor)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}$"),
    # A photo caption, however long: it restates the story beside a picture and names whoever stands
    # in it, so a reader never needs it and a model quotes it instead of the sentence that reports.
    re.compile(r"^(Foto|Keterangan [Ff]oto|Caption|Ilustrasi)\s*:", re.IGNORECASE),
    # ... or with its credit after it: "Wali Kota menyalami 40 pejabat, Jumat (6/3/2026). FOTO: HUMAS PEMKOT".
    re.compile(r"^.{20,}[.!?)]\s*(?:FOTO|Foto|Dok|DOK)\s*[:.]\s*[A-Z][A-Za-z0-9 .,/&'-]{1,70}$"),
    # A credit line alone in capitals: "DISKOMINFO KAB. LEBAK", "DOK. HUMAS PEMKOT".
    re.compile(r"^(?:DOK\.?|FOTO|ISTIMEWA|IST\.)?\s*(?:DISKOMINFO|HUMAS|PROKOPIM|DOKUMENTASI)\b[A-Z0-9 .,/-]{0,50}$"),
    re.compile(r"^(ADVERTISEMENT|IKLAN|SCROLL (TO|UNTUK) (CONTINUE|LANJUT|MELANJUTKAN)( WITH CONTENT| MEMBACA)?|Scroll untuk (lanjut|melanjutkan) membaca)\s*$", re.IGNORECASE),
    re.compile(r"^(Bagikan|Share)\s+(ke|to|via)?\s*(Facebook|Twitter|WhatsApp|X|Telegram|Line)\b.*$", re.IGNORECASE),
    # a tag list however long ("Tag: SPMB Kota Bogor 2026, PPDB SMP, Disdik Kota Bogor, jalur domisili"),
    # a follow-us line ("Simak berita lainnya di Google News"), a copyright line ("Copyright © ANTARA 2026")
    re.compile(r"^Tags?\s*:", re.IGNORECASE),
    re.compile(r"^(Simak|Ikuti|Dapatkan|Baca|Cek)\b.{0,120}\b(Google News|WhatsApp Channel|[Ss]aluran WhatsApp|Telegram)\b.{0,40}$", re.IGNORECASE),
    re.compile(r"^(?:COPYRIGHT|Copyright|Hak [Cc]ipta)\b\s*©?.{0,60}$|^©.{0,60}$"),
]
# A reporter's or editor's initials closing the story: "... ucapnya. (agm)", "(Red)", "(*)".
_SIGN_OFF = re.compile(r"\s*\((?:[a-z]{2,5}(?:/[a-z]{2,5})?|[A-Z][a-z]{1,4}/[a-z]{2,5}|Red|RED|\*)\)\s*$")
# A photo credit closing a caption: "... Senin (2/3/2026).(KOMPAS.com/FAUZAN HAKIM)", "(Foto: Humas)".
_PHOTO_CREDIT = re.compile(r"\s*\((?:[A-Za-z0-9.-]+\.(?:com|id|co\.id|net)/[^()]{2,40}|(?:Foto|Dok|Istimewa|Ist)\b[^()]{0,40})\)\s*$", re.IGNORECASE)
_IMAGE_MARKUP = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_OUTLET = re.compile(r"\b([A-Z0-9][A-Z0-9-]*\.(?:CO\.ID|COM|ID|NET|ORG|OR\.ID|GO\.ID|NEWS))\b")
_DATELINE_START = re.compile(r"^[A-Z][A-Z .,]{2,60}(?:[A-Z0-9-]+\.[A-Z.]+)?\s*[,–—-]")



class SkippedFile(Exception):
    """An article file we refuse to ingest; the message says why, for the operator."""


@dataclass
class Article:
    """One cleaned article. `doc_id` is the file name: citations name it."""

    doc_id: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    government: str | None = None
    governments: tuple[str, ...] = ()  # every government the article names, most named first
    date: ParsedDate | None = None
    path: Path | None = None
    removed_lines: int = 0
    duplicate_paragraphs: int = 0

    def metadata(self) -> dict[str, str | int | bool]:
        """Flat, Chroma-safe metadata: no None values, dates also as yyyymmdd ints for range filters."""
        meta: dict[str, str | int | bool] = {"doc_id": self.doc_id, "doc_hash": self.content_hash}
        for key in ("title", "outlet", "government"):
            if getattr(self, key):
                meta[key] = getattr(self, key)
        if self.governments:
            meta["governments"] = "|".join(self.governments)
        if self.date:
            meta["date"] = self.date.value.isoformat()
            meta["date_int"] = int(self.date.value.strftime("%Y%m%d"))
            meta["date_inferred"] = self.date.inferred
            meta["date_how"] = self.date.how
        return meta


def _normalise(paragraph: str) -> str:
    return re.sub(r"\s+", " ", paragraph).strip().lower()


def _cleaned_lines(raw: str) -> Iterator[tuple[str, str | None]]:
    """Each non-empty line of a raw article after trimming markup, credits and sign-offs, with why
    cleaning drops it ("junk" or "duplicate") or None when it is kept."""
    seen: set[str] = set()
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SIGN_OFF.sub("", _PHOTO_CREDIT.sub("", _IMAGE_MARKUP.sub("", line))).strip()
        if not line:
            continue
        if any(rx.match(line) for rx in _JUNK_LINES):
            yield line, "junk"
            continue
        key = _normalise(line)
        if len(key) > 30 and key in seen:
            yield line, "duplicate"
            continue
        seen.add(key)
        yield line, None


def clean_text(raw: str) -> tuple[str, int, int]:
    """Strip boilerplate and repeated paragraphs. Returns (text, junk lines removed, duplicates removed).

    Duplicates are dropped paragraph by paragraph rather than by halving the file, so a body that
    repeats itself only in part, or with a different sign-off, is still collapsed.
    """
    lines = list(_cleaned_lines(raw))
    kept = [line for line, why in lines if why is None]
    return "\n\n".join(kept), sum(why == "junk" for _, why in lines), sum(why == "duplicate" for _, why in lines)


def removed_lines(path: Path, content_hash: str) -> list[dict[str, str]] | None:
    """The lines cleaning dropped from an article file, [{"line", "why"}], for a reader to check
    what was cut (`GET /documents/{id}`); None when the file is gone or no longer what was indexed.

    Example: an article with a "BACA JUGA: ..." teaser gives [{"line": "BACA JUGA: ...", "why": "junk"}].
    """
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    if hashlib.sha256(raw.encode("utf-8")).hexdigest() != content_hash:
        return None
    return [{"line": line, "why": why} for line, why in _cleaned_lines(raw) if why]


def _title(text: str) -> str | None:
    """The first paragraph, when it reads as a headline rather than the lead of the story; a
    publication stamp above it ("Kamis, 16 April 2026 09:47 WIB") is not the headline."""
    paragraphs = [p.strip() for p in text.split("\n\n", 2)]
    first = paragraphs[1] if len(paragraphs) > 1 and date_stamp(paragraphs[0]) else paragraphs[0]
    if not first or len(first) > 160 or first.endswith((".", "?", "!", "”", '"')) or _DATELINE_START.match(first):
        return None
    return first


def parse_article(doc_id: str, raw: str, reference: date | None = None) -> Article:
    """Clean one article's text and extract what retrieval filters and citations need."""
    text, removed, duplicates = clean_text(raw)
    if not text:
        raise SkippedFile("no article text left after cleaning")
    title = _title(text)
    outlet_match = _OUTLET.search(text)
    return Article(
        doc_id=doc_id,
        text=text,
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        title=title,
        outlet=outlet_match.group(1) if outlet_match else None,
        government=main_government(text),
        governments=tuple(g for g, _ in governments_in(text).most_common()),
        date=event_date(text, reference),
        removed_lines=removed,
        duplicate_paragraphs=duplicates,
    )


def read_article(path: Path, max_bytes: int, reference: date | None = None) -> Article:
    """Load one file, refusing the kinds of file that would poison the index."""
    size = path.stat().st_size
    if size == 0:
        raise SkippedFile("empty file")
    if size > max_bytes:
        raise SkippedFile(f"too large ({size:,} bytes > limit {max_bytes:,}; set RAG_MAX_FILE_BYTES)")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise SkippedFile("binary file (NUL bytes)")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SkippedFile(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    article = parse_article(path.name, raw, reference)
    article.path = path
    return article


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Article files under the given files/folders, sorted, hidden files ignored."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def load_articles(paths: Iterable[Path], max_bytes: int, reference: date | None = None) -> LoadResult:
    """Load every article; a bad file is reported and skipped, never fatal."""
    result = LoadResult()
    for path in iter_files(paths):
        try:
            result.articles.append(read_article(path, max_bytes, reference))
        except SkippedFile as exc:
            log.warning("skipped %s: %s", path, exc)
            result.skipped.append((path, str(exc)))
    return result
