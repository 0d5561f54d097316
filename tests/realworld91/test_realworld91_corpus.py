"""realworld91: a fictional city's (枫陵市, 霁川省, SYNTHETIC / 合成数据) year 2024 as shared online spreadsheets
(腾讯文档 / 金山文档 collaborative sheets every hospital filled in, with a 填报医院 column, pasted headers, rows typed one
column off, rows entered twice, a 'Sheet1 (2)' copy, a 学历 column one hospital added, the platform's 最后修改人 /
修改时间) plus the pairing list in data/raw/reference/ and a few hospitals' own files (xlsx, xls, ods, CSV in
UTF-8 and GBK) — ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,共享文档,医院报送}/…, OUT/truth.json
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
KEY = "realworld91-test-key"
FOLDERS = frozenset({"reference", "共享文档", "医院报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld91")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the marks.
def test_realworld91_scores(run):
    check_scores(run, KEY, "realworld91")


def test_realworld91_findings(run):
    check_findings(run)
