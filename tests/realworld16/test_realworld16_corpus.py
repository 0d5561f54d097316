"""realworld16: a fictional province's (雁汀省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/ (hanging names in brackets, 支援期限 "2023年1月—2025年12月") and eleven submissions: two city
health commissions' consolidated workbooks (one sheet per form — 派驻, 进修, 新技术, 月报 — tables not at A1,
two-level headers; one of them an .xlsm), hospitals' own files in odd folders (xlsx, xls, LibreOffice ODS with
cached formula values, CSV in GBK and UTF-8) — ingested exactly as the README tells a new user, scored per table
against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,…}/…, OUT/truth.json
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
KEY = "realworld16-test-key"
FOLDERS = frozenset({"reference", "鹭洲市卫健委（汇总）", "县医院直报", "2024年上报 (2)", "新建文件夹", "省卫健委统计室"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld16")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 2e81ace): below the bar in every table — hospitals, pairings,
# deployments, trainees, techniques, activities, hospital_monthly_stats, staff_monthly_assessments and
# county_inpatient_stats — and four expected findings missing. Fixed since (README.md, "AFTER THE FIXES"): the marks are gone.
def test_realworld16_scores(run):
    check_scores(run, KEY, "realworld16")


def test_realworld16_findings(run):
    check_findings(run)
