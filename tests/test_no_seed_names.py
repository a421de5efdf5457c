"""No region or person of the seed articles is written into the code that answers: every rule has
to hold for articles nobody has seen, so none may know the seeds' governments or officials."""

import re

import pytest

from rag.corpus import parse_article
from rag.governments import governments_in, region
from rag.settings import PROJECT_ROOT

from conftest import SEEDS

# Full names as the seeds write them (a first name alone, "Budi", is any Indonesian).
SEED_PEOPLE = [
    "Ratu Tatu", "Tatu Chasanah", "Rachmatuzakiyah", "Zakiyah", "Surtaman", "Budi Rustandi", "Rustandi", "Nanang Saefudin",
    "Pandji Tiytayasa", "Entus Mahmud", "Anas Dwisatya", "Rachmat Maulana", "Ishak Abdul Raup", "Asep Saefudin", "Jajang KH",
    "Kepandean", "Lapangan Tenis Indoor", "RMBANTEN", "BANTENINTENS",
]
CODE = [p for folder in ("rag", "server", "prompts") for p in sorted((PROJECT_ROOT / folder).rglob("*")) if p.is_file() and p.suffix in {".py", ".txt", ".js", ".html", ".css"}]


def seed_regions() -> set[str]:
    found = set()
    for path in SEEDS.iterdir():
        found |= {region(g) for g in governments_in(parse_article(path.name, path.read_text(encoding="utf-8")).text)}
    return found


def test_the_seed_regions_are_found_from_the_articles():
    assert "Serang" in seed_regions()  # what the next test looks for, found the way ingest finds it


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(PROJECT_ROOT)))
def test_no_seed_region_or_person_in_the_code(path):
    text = path.read_text(encoding="utf-8")
    for name in sorted(seed_regions()) + SEED_PEOPLE:
        assert not re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE), f"{name!r} in {path.relative_to(PROJECT_ROOT)}"
