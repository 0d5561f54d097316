"""realworld95: a fictional province's (沄川省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/ and sixteen submissions in folders (省直, 棠溪县, 枫岙县, 石漱县) whose numbers are written as text
the way clerks write them (1,234 / 1，234, 1.52万, ５６, 约40 / 40余 / 不足10 / 10以上 / 10-15, 〇 / 零, 56人 / 12例 / 7台次,
￥3,000.00 / 3千元 / 0.3万元 / 叁仟元 / 免, 12.5% / 0.125 in rate columns, (12) / -12, '2500) in xlsx, xls, ods and CSV
(GBK, UTF-8, UTF-8 with BOM) — ingested exactly as the README tells a new user, scored per table against the truth
the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,棠溪县,枫岙县,石漱县}/…, OUT/truth.json
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
KEY = "realworld95-test-key"
FOLDERS = frozenset({"reference", "省直", "棠溪县", "枫岙县", "石漱县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld95")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld95_scores(run):
    check_scores(run, KEY, "realworld95")


def test_realworld95_findings(run):
    check_findings(run)
