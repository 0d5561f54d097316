"""realworld36: a fictional province's (澄岚省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/ and fifteen submissions (xlsx, xls, ods, CSV in UTF-8, UTF-8-BOM and GBK) in which hospital
names are mistyped as people do (typos, 县/市 missing or doubled, traditional characters, full-width brackets and
spaces, 县医院, an old name, a branch, a department attached) — ingested exactly as the README tells a new user,
scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,支援医院,受援医院,卫健委}/…, OUT/truth.json
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
KEY = "realworld36-test-key"
FOLDERS = frozenset({"reference", "支援医院", "受援医院", "卫健委"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld36")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 6b73fa7): below the bar in trainees (2/6) and
# hospital_monthly_stats (17/18); one expected finding missing. Fixed since (README, AFTER THE FIXES), the marks removed.
def test_realworld36_scores(run):
    check_scores(run, KEY, "realworld36")


def test_realworld36_findings(run):
    check_findings(run)
