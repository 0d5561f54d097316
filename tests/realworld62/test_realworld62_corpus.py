"""realworld62: a fictional province's (琅屿省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/ and thirteen submissions whose headers are drawn as statisticians draw them (three-row headers
with merged group headers and a units row, line breaks and footnote marks in header cells, a header split across
two rows without merging, 本月 | 本年累计 | 同比增减% and 本期 | 上年同期 per measure) in xlsx, xls, ods and GBK CSV —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus the
findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市}/…, OUT/truth.json
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
KEY = "realworld62-test-key"
FOLDERS = frozenset({"reference", "省直", "澄州市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld62")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove this mark.
def test_realworld62_scores(run):
    check_scores(run, KEY, "realworld62")


def test_realworld62_findings(run):
    check_findings(run)
