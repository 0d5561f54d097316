"""realworld57: a fictional city (栖梧市, 岫云省, SYNTHETIC / 合成数据) — county inpatient-flow statistics
(县域住院流向) for 2012–2024 as county-health bureaus report them (several years in one sheet, counties by code or
by name only, 石门县 renamed 石门区 in 2023, a rate-only sheet, 全市合计 rows, a platform CSV with English columns
and a units row, 万人次, a transposed sheet, a partial 更正 file) plus two hospital forms — ingested exactly as the
README tells a new user, scored per table against the truth the generator writes, plus the expected findings.

    make_corpus.py OUT   → OUT/data/raw/{reference,卫健局,医院}/…, OUT/truth.json
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
KEY = "realworld57-test-key"
FOLDERS = frozenset({"reference", "卫健局", "医院"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld57")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the marks.
def test_realworld57_scores(run):
    check_scores(run, KEY, "realworld57")


def test_realworld57_findings(run):
    check_findings(run)
