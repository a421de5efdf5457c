"""Totals, differences and comparisons are split into parts however they are worded.

`eval/paraphrases/` holds other people's wordings of every total, difference and comparison
question of the tune and dev sets (`eval/questions.jsonl`, `eval/dev*.jsonl`), written by helper
sessions that read neither the code nor the held-out files: `combined-tune.jsonl` (4 per question,
2 English and 2 Indonesian, formal and chat) was looked at while the question reading was widened;
`combined-check.jsonl` (3 per question, another writer) was written before that change and not
looked at, and is what the README reports. A question and its paraphrase ask the same thing, so
they must get the same plan (`compose.plan`: the operation and how many parts); a paraphrase left
to one pass is answered by the 1.5B model alone, which neither adds nor compares.

Why rates and not every line: a handful of paraphrases are read differently on purpose ("jan dan
juni 2026" without a sum word is each month, not their total) and a few need a reading nobody has
written yet; the bound catches a change that loses many.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from rag.compose import plan
from rag.corpus import parse_article
from rag.question import parse

from conftest import PROJECT_ROOT, SEEDS

EVAL = PROJECT_ROOT / "eval"
SETS = ["questions", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"]


@cache
def _articles() -> tuple[list[str], list[tuple[str, str]]]:
    """The governments and (date, government) of the articles the questions are about, as ingest
    reads them (what the index would hand `parse`)."""
    folders = [SEEDS] + [EVAL / f"{name}-corpus" for name in SETS if (EVAL / f"{name}-corpus").is_dir()]
    names, dated = set(), []
    for path in sorted(p for folder in folders for p in folder.glob("*.txt")):
        article = parse_article(path.stem, path.read_text(encoding="utf-8"), reference=date(2026, 11, 29))
        meta = article.metadata()
        names.update(article.governments)
        if "date" in meta:
            dated.append((meta["date"], article.government or ""))
    return sorted(names), dated


def _plan_of(text: str):
    names, dated = _articles()
    found = plan(parse(text, names, dated))
    return (found.operation, len(found.parts)) if found else None


def _agreement(file: str) -> tuple[int, int]:
    sources = {(name, q["id"]): q["question"] for name in SETS for q in map(json.loads, (EVAL / f"{name}.jsonl").read_text().splitlines())}
    same = total = 0
    for line in (EVAL / "paraphrases" / file).read_text().splitlines():
        para = json.loads(line)
        wanted = _plan_of(sources[(para["source_set"], para["source_id"])])
        if wanted is None:
            continue  # asked in one pass as its source is (a remainder, a breakdown the article gives whole)
        total += 1
        same += _plan_of(para["question"]) == wanted
    return same, total


@pytest.mark.parametrize("file, least", [("combined-tune.jsonl", 0.95), ("combined-check.jsonl", 0.85)])
def test_a_paraphrased_total_difference_or_comparison_is_split_like_its_source(file, least):
    same, total = _agreement(file)
    assert total > 150
    assert same / total >= least, f"{same} of {total} paraphrases get their source's plan"
