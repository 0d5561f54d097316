"""realworld77: a fictional province's (澜屿省, SYNTHETIC / 合成数据) monthly workload statistics (业务量月报) for 2024 —
the pairing list in data/raw/reference/ and fifteen submissions in data/raw/2024/ (county health commissions'
summaries of their township health centres, a statistics platform's exports, hospitals' reports by department, with
cumulative, 上年同期 and 同比 columns, split referrals; xlsx, xls, ods, CSV in UTF-8 and GBK) — ingested exactly as the
README tells a new user, scored per table against the truth the generator writes, plus the findings expected.

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
KEY = "realworld77-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld77")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove this mark.
def test_realworld77_scores(run):
    check_scores(run, KEY, "realworld77")


def test_realworld77_findings(run):
    check_findings(run)
