"""realworld101: a fictional province's (澜汀省, SYNTHETIC / 合成数据) year 2024 of monthly workload statistics sent
as running totals — 本年累计 only, 本月 beside 累计, only 累计, corrections of an earlier month, year-end files with
全年累计 — in xlsx, xls, ods and CSV (GBK, UTF-8 with BOM), plus the pairing list in data/raw/reference/ and one
roster; ingested exactly as the README tells a new user, scored per table against the truth the generator writes,
plus the findings expected on curated rows.

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
KEY = "realworld101-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld101")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    # the roster's wrong check digit is a spelling of a valid number: every number in the truth is valid
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld101_scores(run):
    check_scores(run, KEY, "realworld101")


def test_realworld101_findings(run):
    check_findings(run)
