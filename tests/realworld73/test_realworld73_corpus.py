"""realworld73: a fictional province's (岫川省, SYNTHETIC / 合成数据) county inpatient flow and referral statistics
(县域住院病人流向 / 外转率 / 双向转诊) as the province, two cities and the counties send them — years as columns, one
row per county per year, quarter or month, counties as columns, 万人次, rates three ways, a rate with no counts, a
市 subtotal and a 全省合计, a county by name, short name or code, a corrected resubmission — plus the pairing list in
data/raw/reference/ naming the counties, two county hospitals' referral reports and a short roster; ingested exactly
as the README tells a new user, scored per table against the truth the generator writes, plus the findings expected
on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省卫健委,临岫市,澄溪市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings,
                            check_no_id_numbers_anywhere, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld73-test-key"
FOLDERS = frozenset({"reference", "省卫健委", "临岫市", "澄溪市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld73")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_read(run):
    check_every_file_read(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the mark.
def test_realworld73_scores(run):
    check_scores(run, KEY, "realworld73")


def test_realworld73_findings(run):
    check_findings(run)
