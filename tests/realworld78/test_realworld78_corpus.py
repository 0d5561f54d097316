"""realworld78: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 focused on rosters of dispatched
staff (派驻人员名册) — 派驻形式, 挂职职务, a person rotated twice, 派驻时长 / 派驻天数 instead of an end, ID numbers
with spaces, dashes or a lowercase x, a stay from last year, open stays, one stay listed by both sides, English
titles, a recipient written as county + 县医院 — in xlsx, xls, ods and CSV (GBK, UTF-8), with the pairing list in
data/raw/reference/; ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings the contract requires on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,沂宁市,县区}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld78-test-key"
FOLDERS = frozenset({"reference", "省直", "沂宁市", "县区"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld78")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_read(run):
    check_every_file_read(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the mark.
def test_realworld78_scores(run):
    check_scores(run, KEY, "realworld78")


def test_realworld78_findings(run):
    check_findings_present(run)
