"""realworld11: a fictional province's (澜禾省, SYNTHETIC / 合成数据) year 2025 — the pairing list in
data/raw/reference/ and eight submissions as different clerks write them (xlsx, xls, ods, CSV in GBK) — ingested
exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/2025/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Per table: truth rows curated exactly / truth rows; silently absent; curated with a wrong value; quarantined
although usable; extra curated rows. Unusable rows: quarantined with the expected reason category. No ID number
in any spelling in any table, output or written file. Scoring and ID-scan helpers: tests/corpus_harness.py (realworld10's harness).

Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import check_deterministic_and_labelled, check_no_id_numbers_anywhere, check_scores, corpus_run

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld11-test-key"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld11")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE"): at the bar in every table (100% exact, 0 absent, 0 wrong, 0 extra), no xfail.
def test_realworld11_scores(run):
    check_scores(run, KEY, "realworld11")
