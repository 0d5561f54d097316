"""realworld76: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 with new-technique lists (新技术新项目)
in depth — the pairing list in data/raw/reference/, nine technique lists by recipients and support hospitals
(xlsx, xls, ods, CSV in GBK and UTF-8: cases by month in columns, dates as months, quarters and half years,
县内首例 / √ / 填补空白, short support-hospital names, a technique continued from last year, one name under two
departments, the recipient only in the file name, a support hospital's list naming several recipients) and four
other submissions — ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,溪州市,县级}/…, OUT/truth.json
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
KEY = "realworld76-test-key"
FOLDERS = frozenset({"reference", "省直", "溪州市", "县级"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld76")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"); a fix must remove the marks.
def test_realworld76_scores(run):
    check_scores(run, KEY, "realworld76")


def test_realworld76_findings(run):
    check_findings(run)
