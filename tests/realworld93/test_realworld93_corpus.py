"""realworld93: a fictional province's (澜岫省, SYNTHETIC / 合成数据) year 2024 whose monthly statistics arrive in
long ('tidy') format from a data warehouse or BI tool — one row per hospital per month per indicator, indicators
the programme collects mixed with others, two spellings of the indicator names, months as 202401 / 2024-01 /
2024年1月, units in a 单位 column (人次, 万人次), a county's inpatient flow in the same long shape, a full re-export
named 更正 — beside one ordinary wide file and one file of each other form (xlsx, xls, ods, CSV in UTF-8-BOM and
GBK). Ingested exactly as the README tells a new user, scored per table against the truth the generator writes,
plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,统计平台,医院报送}/…, OUT/truth.json
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
KEY = "realworld93-test-key"
FOLDERS = frozenset({"reference", "统计平台", "医院报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld93")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the mark.
def test_realworld93_scores(run):
    check_scores(run, KEY, "realworld93")


def test_realworld93_findings(run):
    check_findings(run)
