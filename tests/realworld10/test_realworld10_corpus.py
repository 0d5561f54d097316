"""realworld10: a fictional province's (澄溪省, SYNTHETIC / 合成数据) submissions for 2025, sent mostly by
consolidators (a county 卫健局, a support hospital's annual summary, the province's roster), ingested exactly
as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/2025/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Per table: truth rows curated exactly / truth rows; silently absent (neither curated nor quarantined); curated
with a wrong value; quarantined although usable; extra curated rows matching no truth row. Unusable rows:
quarantined with the expected reason category. Invariant rows_read = curated + quarantined + non-data per
submission when reported. No ID number in any spelling in any table, output or written file.

Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import check_deterministic_and_labelled, check_no_id_numbers_anywhere, check_scores, corpus_run

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld10-test-key"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld10")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE"): below the bar in four tables; fixed in the same session.
def test_realworld10_scores(run):
    check_scores(run, KEY, "realworld10")
