"""realworld30: a fictional county's (澄溪县, SYNTHETIC / 合成数据) 县乡对口 files for 2024 as the county 卫健局
collects them — the county's pairing list in data/raw/reference/ and fourteen small submissions in data/raw/2024/
(xlsx typed on phones, xls, ods, CSV from a WeChat mini-program in UTF-8 / UTF-8-BOM / GBK), township health
centres named by their township only — ingested exactly as the README tells a new user, scored per table against
the truth the generator writes, plus the findings expected on curated rows.

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
KEY = "realworld30-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld30")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 666766f): below the bar in deployments, trainees, techniques,
# hospital_monthly_stats and staff_monthly_assessments; three expected findings missing. Fixed since (README, AFTER THE FIXES), the marks removed.
def test_realworld30_scores(run):
    check_scores(run, KEY, "realworld30")


def test_realworld30_findings(run):
    check_findings(run)
