"""realworld65: a fictional province's (澜丘省, SYNTHETIC / 合成数据) 2024 folder whose files straddle the year
boundary — a winter rotation 2024-11-01 to 2025-04-30, a trainee 2023-09-01 to 2024-02-29, monthly statistics from
2023年12月 to 2025年1月, a technique first performed in December 2023 in 2024's list, activities dated 2025-01-05 in
the 2024 ledger, assessments for 2024年12月 and 2025年1月 in one file, titles saying 2024年度 over sheets saying
2025年1月 — ingested exactly as the README tells a new user, scored per table against the truth the generator
writes (real dates, never shifted into the title's year), plus the findings expected on curated rows.

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
KEY = "realworld65-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld65")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove this mark.
def test_realworld65_scores(run):
    check_scores(run, KEY, "realworld65")


def test_realworld65_findings(run):
    check_findings(run)
