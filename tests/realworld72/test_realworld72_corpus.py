"""realworld72: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 of monthly assessments of dispatched
staff (派驻人员月度考核) as recipient hospitals keep them — one sheet per month, a 月份 column (merged down or on every
line), months as columns (one score, or 得分 | 等次, under each month), scores as 95 / "95分" / 95.5, grades alone
(held: the contract's score is required), attendance columns, people leaving mid-year and their replacements,
people named without an ID number in several spellings — plus the pairing list in data/raw/reference/ and one
roster; xlsx, xls, ods, CSV in GBK and UTF-8. Ingested exactly as the README tells a new user, scored per table
against the truth the generator writes, plus the findings expected on curated rows and one person_id per person
named without an ID number.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,蓼汀县,岚坞县,芷溪县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings,
                            check_no_id_numbers_anywhere, check_same_person, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld72-test-key"
FOLDERS = frozenset({"reference", "省直", "蓼汀县", "岚坞县", "芷溪县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld72")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_read(run):
    check_every_file_read(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld72_scores(run):
    check_scores(run, KEY, "realworld72")


def test_realworld72_findings(run):
    check_findings(run)


def test_realworld72_same_person_without_id(run):
    check_same_person(run)
