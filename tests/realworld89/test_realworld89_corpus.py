"""realworld89: a fictional province's (澜屿省, SYNTHETIC / 合成数据) year 2024 as information systems export it —
hospitals as 机构代码 (the pairing list's 机构代码 column explains them), 性别 1/2, 职称 as GB/T 8561 codes, 科室 as
codes with a 科室代码表 sheet in the same workbook, dates as YYYYMMDD integers and as Excel serials stored as text,
是否 as 1/0 and Y/N, months as 202403 — plus one ordinary file per form; xlsx, xls, ods, CSV in UTF-8 and GBK.
Ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus the
findings expected on curated rows.

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
KEY = "realworld89-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld89")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"); a fix must remove the marks.
def test_realworld89_scores(run):
    check_scores(run, KEY, "realworld89")


def test_realworld89_findings(run):
    check_findings(run)
