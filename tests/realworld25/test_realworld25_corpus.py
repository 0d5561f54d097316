"""realworld25: a fictional province's (岱沅省, SYNTHETIC / 合成数据) year 2024 — the pairing list in data/raw/reference/
and fifteen submissions whose text was copied by hand from Word documents and chat messages into spreadsheets
(full-width digits, spaces inside names, a name and a phone number in one cell, 二〇二四年七月 dates, 〃 / 同上 / 同左
ditto cells, vertically merged cells, trailing 。/；, counts written 三十五人, √ / × columns; xlsx, xls, ods, CSV in
GBK and in UTF-8 with a BOM) — ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹤川市,临枫市}/…, OUT/truth.json
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
KEY = "realworld25-test-key"
FOLDERS = frozenset({"reference", "省直", "鹤川市", "临枫市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld25")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 82027cf): below the bar in deployments, trainees, techniques,
# hospital_monthly_stats and staff_monthly_assessments; five findings not expected. Fixed since (README, AFTER THE FIXES): the marks are removed.
def test_realworld25_scores(run):
    check_scores(run, KEY, "realworld25")


def test_realworld25_findings(run):
    check_findings(run)
