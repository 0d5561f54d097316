"""realworld33: a fictional province's (澜屿省, SYNTHETIC / 合成数据) year 2024 — the pairing list in data/raw/reference/
and thirteen submissions in data/raw/2025/ carrying the mechanics of real office files (formulas with cached values,
error cells, hidden draft columns, autofilters with rows filtered out, frozen panes, protected sheets, numbers
stored as text, an .xlsm with a VBA project, comments, conditional formatting, dropdowns) in xlsx, xlsm, xls, ods
and CSV (GBK, UTF-8) — ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2025}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld33-test-key"
FOLDERS = frozenset({"reference", "2025"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld33")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_read(run):
    check_every_file_read(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD edbb2ca): below the bar in deployments, trainees, techniques,
# hospital_monthly_stats and county_inpatient_stats. Fixed since (README, AFTER THE FIXES), the mark removed.
def test_realworld33_scores(run):
    check_scores(run, KEY, "realworld33")


def test_realworld33_findings(run):
    check_findings_present(run)
