"""realworld85: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 — the pairing list in data/raw/reference/
and one ordinary folder (2024年报送/) where eight forms lie beside eight files that are NOT forms (a meeting sign-in
sheet, a funds table, a satisfaction survey, the province's scoring of each pairing, a work summary, an agreement's
term list, a telephone directory, next year's work plan) — ingested exactly as the README tells a new user, scored
per table against the truth the generator writes (the forms' rows curated; every data row of the eight other files
held with a reason, none curated), plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024年报送}/…, OUT/truth.json
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
KEY = "realworld85-test-key"
FOLDERS = frozenset({"reference", "2024年报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld85")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_has_a_submission(run):
    check_every_file_read(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld85_scores(run):
    check_scores(run, KEY, "realworld85")


def test_realworld85_findings(run):
    check_findings(run)
