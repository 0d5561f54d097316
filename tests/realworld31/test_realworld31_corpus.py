"""realworld31: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 whose busiest support hospital
(霁川省滨海国际医院) has international staff and English-speaking administrators — English or bilingual headers,
dates as 2024.3.5 / 2024/03/05 / 5-Mar-2024 / 2024-03-05 00:00:00 / serials stored as text / month only, open ends
'ongoing' / 'present' / '至今', English titles, Y/N/Yes/No — beside ordinary Chinese files of the other hospitals
(xlsx, xls, ods, CSV in UTF-8 and GBK). Ingested exactly as the README tells a new user, scored per table against
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
KEY = "realworld31-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld31")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD f0bb555): below the bar in deployments, trainees, techniques,
# activities and staff_monthly_assessments; one unusable row held for the wrong reason; four expected findings missing
# and four (file, row, code) not expected. Fixed since (README, AFTER THE FIXES), the marks removed.
def test_realworld31_scores(run):
    check_scores(run, KEY, "realworld31")


def test_realworld31_findings(run):
    check_findings(run)
