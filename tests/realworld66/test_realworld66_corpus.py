"""realworld66: a fictional province's (岚屿省, SYNTHETIC / 合成数据) year 2024 whose clerks merge cells in the data
rows — a recipient merged down over its people, 批次 / 派驻时间 over a team, an activity date over the sessions of
one day, a 备注 over several rows, one headcount over a joint session of three recipients — in xlsx, xls and ods,
and the same tables unmerged with the repeated value only in the first row (CSV in GBK and UTF-8). The pairing
list in data/raw/reference/ (支援医院 merged over its recipients) and fourteen submissions in 省直 / 枫川市 / 县区,
ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus the
findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,枫川市,县区}/…, OUT/truth.json
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
KEY = "realworld66-test-key"
FOLDERS = frozenset({"reference", "省直", "枫川市", "县区"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld66")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld66_scores(run):
    check_scores(run, KEY, "realworld66")


def test_realworld66_findings(run):
    check_findings(run)
