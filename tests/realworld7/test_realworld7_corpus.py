"""realworld7: a province's (黔阳省, SYNTHETIC / 合成数据) 附件1 with the level and grade in one column and six date
styles, and 18 hand-made submissions in mixed encodings and layouts (WPS rosters, a transposed list, a county
hospital's ledger with one sheet per township, GBK / UTF-8 CSV, .xls, .ods) — ingested exactly as the README tells a
new user and scored per table against the truth the generator writes, with the findings expected on curated rows
and one person_id for each person named without an ID number.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06). Written without reading the parser
(README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_same_person, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld7-test-key"
FOLDERS = frozenset({"reference", "submissions"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld7")


def test_realworld7_deterministic_and_labelled(tmp_path, run):
    # rows meant to carry a wrong check digit: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=False)


def test_realworld7_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "First-run score"): the gaps listed there, all fixed since.
def test_realworld7_scores(run):
    check_scores(run, KEY, "realworld7")


def test_realworld7_every_file_read(run):
    check_every_file_read(run)


def test_realworld7_findings(run):
    check_findings_present(run)


def test_realworld7_same_person(run):
    check_same_person(run)
