"""realworld14: a fictional province's (蓼汀省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/ and fourteen submissions in one folder per city (杉溪市, 琅渡市) and one for the provincial
hospitals (省直单位), as several clerks write them (xlsx, xlsm, xls, ods, CSV with semicolons in UTF-8-BOM and with
tabs in GBK) — ingested exactly as the README tells a new user, scored per table against the truth the generator
writes, with the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/{省直单位,杉溪市,琅渡市}/…,
                           OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from corpus_harness import (
    check_deterministic_and_labelled,
    check_findings,
    check_no_id_numbers_anywhere,
    check_scores,
    corpus_run,
)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld14-test-key"
FOLDERS = frozenset({"reference", "省直单位", "杉溪市", "琅渡市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld14")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 2ceb324): below the bar in deployments (30/31, one wrong),
# trainees (0/8), activities (10/16, one wrong), hospital_monthly_stats (12/24), staff_monthly_assessments (13/15)
# and county_inpatient_stats (0/4); one unusable row quarantined with the wrong reason category. A fix must remove
# the mark (strict).
def test_realworld14_scores(run):
    check_scores(run, KEY, "realworld14")


# First run: 3 expected findings missing (two on rows quarantined instead of curated, one NAME_ONLY given as
# ID_MALFORMED for an ID cell reading "（待补）") and that ID_MALFORMED not expected (README.md).
def test_realworld14_findings(run):
    check_findings(run)
