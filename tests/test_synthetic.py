"""The synthetic benchmark corpus: deterministic, parseable by our own corpus code, and varied
enough to act as distractors (other regions, numbers and dates; never Serang)."""

import re

from llama_index.core.schema import Document

from rag.corpus import load_articles, parse_article
from rag.dates import WEEKDAYS_ID, format_date
from rag.index import Index
from rag.synthetic import generate, write_corpus

from conftest import REFERENCE_DATE


def test_same_seed_gives_identical_articles_and_other_seeds_differ():
    first = list(generate(30, seed=7))
    assert first == list(generate(30, seed=7))
    assert first != list(generate(30, seed=8))
    assert list(generate(10, seed=7)) == first[:10]  # a larger corpus extends a smaller one


def test_articles_parse_with_the_dateline_date_on_its_named_weekday():
    for name, text in generate(200, seed=1):
        article = parse_article(name, text, REFERENCE_DATE)
        assert article.date is not None and not article.date.inferred, name
        weekday = re.search(r"(\w+)\s*\(\d{1,2}/\d{1,2}/\d{4}\)", text).group(1)
        assert WEEKDAYS_ID[weekday.lower()] == article.date.value.weekday(), name
        assert 2015 <= article.date.value.year <= 2026
        assert article.title and "serang" not in text.lower()
        assert article.government and "Serang" not in article.government  # distractors from other regions


def test_numbers_names_and_regions_vary():
    leads = [text.split("\n")[1] for _, text in generate(200, seed=3)]
    totals = {re.search(r"sebanyak (\d+) pejabat", lead).group(1) for lead in leads}
    regions = {lead.split(",")[0].split(" ")[0] for lead in leads}
    heads = {re.search(r"(?:Bupati|Wali Kota) [A-Z][\w ]+? ([A-Z]\w+ [A-Z]\w+) melantik", lead).group(1) for lead in leads}
    assert len(totals) > 100 and len(regions) > 40 and len(heads) > 150


def test_written_corpus_loads_and_articles_are_one_to_three_chunks(make_settings, tmp_path):
    paths = write_corpus(tmp_path / "corpus", 40, seed=5)
    assert [p.name for p in paths] == [f"syn_{i:06d}.txt" for i in range(40)]
    loaded = load_articles([tmp_path / "corpus"], max_bytes=2_000_000, reference=REFERENCE_DATE)
    assert len(loaded.articles) == 40 and not loaded.skipped
    splitter = Index(make_settings()).splitter  # the index's own chunking, without embedding anything
    for article in loaded.articles:
        meta = {"title": article.title, "date_text": format_date(article.date.value, "id")}
        chunks = splitter.get_nodes_from_documents([Document(text=article.text, metadata=meta)])
        assert 1 <= len(chunks) <= 3, article.doc_id
