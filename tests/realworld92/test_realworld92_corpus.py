"""realworld92: a fictional province's (澄岫省, SYNTHETIC / 合成数据) year 2024 whose rosters of dispatched staff write
the time patterns of real rotations — weekly clinic sessions over a period, a stay split in two in one cell, months
ticked in twelve columns, 累计下沉天数 / 累计工作日 beside a start only, 半年 / 一年 / 3个月 beside a start, two teams
sharing a handover week (and a corrected resubmission), stays crossing the year, three people rotating every two
months in one row — plus one file of each other form (xlsx, xls, ods, CSV in GBK and UTF-8), ingested exactly as the
README tells a new user, scored per table against the truth the generator writes, plus the findings expected on
curated rows.

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
KEY = "realworld92-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld92")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"); a fix must remove these marks.
def test_realworld92_scores(run):
    check_scores(run, KEY, "realworld92")


def test_realworld92_findings(run):
    check_findings(run)
