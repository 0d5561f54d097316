"""realworld61: a fictional province's (澄岚省, SYNTHETIC / 合成数据) year 2024 where each hospital's medical-affairs
office sends its whole annual return as ONE workbook (封面, 目录, 填表说明, one sheet per form in no fixed order, a
汇总 sheet of =COUNTA formulas, a drop-down options sheet hidden in some and visible in others) — six such workbooks
(xlsx, xls, ods), the pairing list in data/raw/reference/ and a few single-form files (CSV in GBK and UTF-8, ods,
xlsx, xls) — ingested exactly as the README tells a new user, scored per table against the truth the generator
writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld61-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld61")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the mark.
def test_realworld61_scores(run):
    check_scores(run, KEY, "realworld61")


def test_realworld61_findings(run):
    check_findings(run)
