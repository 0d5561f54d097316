"""realworld71: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 whose files went through many hands —
Excel error values where a formula broke, formulas with cached values, line breaks inside cells, full-width digits
and punctuation, leading apostrophes and spaces, numbers stored as text with thousands separators, placeholder cells
('/', '-', '——', '无', 'N/A', '空'), strike-through and red text, trailing empty columns with a stray 备注, a
WPS-style export with a blank first row and column — ingested exactly as the README tells a new user, scored per
table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,檀溪市,鹤汀市}/…, OUT/truth.json
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
KEY = "realworld71-test-key"
FOLDERS = frozenset({"reference", "省直", "檀溪市", "鹤汀市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld71")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld71_scores(run):
    check_scores(run, KEY, "realworld71")


def test_realworld71_findings(run):
    check_findings(run)
