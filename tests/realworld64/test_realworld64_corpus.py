"""realworld64: a fictional province's (霁州省, SYNTHETIC / 合成数据) statistics tables as its statistics and finance
offices write them — hospital_monthly_stats (one sheet per month with hospitals as rows, one sheet per hospital
with months as rows, indicators down the rows with months as columns) and county_inpatient_stats (counties as rows,
blocks per county) with 小计 / 合计 / 总计 rows, 其中 rows, 外转率(%) rows, blank separator rows, 填报说明 and
填报人/审核人 footers, and counts written "1,234" / "1 234" — plus the pairing list (data/raw/reference/) and three
small forms (xlsx, xls, ods, CSV in GBK), ingested exactly as the README tells a new user, scored per table against
the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省卫健委,栖梧市,沅汀市}/…, OUT/truth.json
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
KEY = "realworld64-test-key"
FOLDERS = frozenset({"reference", "省卫健委", "栖梧市", "沅汀市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld64")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove this mark.
def test_realworld64_scores(run):
    check_scores(run, KEY, "realworld64")


def test_realworld64_findings(run):
    check_findings(run)
