"""realworld8: a province's (雁湖省, SYNTHETIC / 合成数据) 2025 submissions in one folder — 33 files in every layout
the hospitals use (rosters, trainee lists, techniques, activities, monthly statistics as files, columns, sheets and
long tables, county inpatients), ID numbers of regions 98…, one with a wrong check digit — ingested exactly as the
README tells a new user and scored per table against the truth the generator writes.

    make_corpus.py OUT          → OUT/data/raw/reference/<附件1>.xlsx, OUT/data/raw/2025/<32 files>, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py (this corpus's own copy was the harness's model; unified
2026-12-06). Written without reading the parser (README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import check_deterministic_and_labelled, check_no_id_numbers_anywhere, check_scores, corpus_run

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld8-test-key"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld8")


def test_realworld8_deterministic_and_labelled(tmp_path, run):
    # the ID numbers are of regions 98…, one with a wrong check digit: the harness's region-99 check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, ids_valid=False)


def test_realworld8_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE"): below the bar in three tables; fixed in the same session.
def test_realworld8_scores(run):
    check_scores(run, KEY, "realworld8")
