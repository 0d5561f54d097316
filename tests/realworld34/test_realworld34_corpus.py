"""realworld34: a fictional city's (霁川省澜江市, SYNTHETIC / 合成数据) year 2024 of counterpart support run through
specialty alliances (专科联盟) and 医联体 as well as classic pairings — the pairing list in data/raw/reference/ and
fifteen submissions in folders per sender (市中心医院 per department, 市中医医院, 市妇幼保健院, 县级医院, 市卫健委) in
xlsx, xls, ods and CSV (GBK, UTF-8-BOM) — ingested exactly as the README tells a new user, scored per table against
the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,市中心医院,市中医医院,市妇幼保健院,县级医院,市卫健委}/…, OUT/truth.json
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
KEY = "realworld34-test-key"
FOLDERS = frozenset({"reference", "市中心医院", "市中医医院", "市妇幼保健院", "县级医院", "市卫健委"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld34")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 62d0275): below the bar in deployments, trainees, techniques and
# activities; three expected findings missing (on rows that were quarantined instead). Fixed since (README, AFTER THE FIXES), the marks removed.
def test_realworld34_scores(run):
    check_scores(run, KEY, "realworld34")


def test_realworld34_findings(run):
    check_findings(run)
