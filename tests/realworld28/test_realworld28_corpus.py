"""realworld28: a fictional province's (峤南省, SYNTHETIC / 合成数据) year 2024 — the pairing list in data/raw/reference/,
the provincial reporting platform's exports (省级对口支援信息平台导出: field-code headers, enumerated answers as codes
with the code table in a second sheet, yyyymmdd dates, an export stamp above and 共N条记录 below, ID numbers masked in
one export, one roster exported twice) in 平台导出/, and hand-made files for hospitals not on the platform in 手工报送/
(xlsx, xls, ods, CSV in UTF-8, UTF-8-BOM and GBK) — ingested exactly as the README tells a new user, scored per
table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,平台导出,手工报送}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import check_deterministic_and_labelled, check_no_id_numbers_anywhere, check_scores, corpus_run

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld28-test-key"
FOLDERS = frozenset({"reference", "平台导出", "手工报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld28")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD ce02aeb): every platform export is quarantined as
# SHEET_UNRECOGNISED, so deployments, trainees, techniques, activities, hospital_monthly_stats,
# staff_monthly_assessments and county_inpatient_stats were below the bar on the first run; fixed since (README, AFTER THE FIXES), the mark removed.
def test_realworld28_scores(run):
    check_scores(run, KEY, "realworld28")
