"""realworld9: a fictional province's (沅岚省, SYNTHETIC) submissions for two evaluation years (2024 and 2025),
ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/{2024,2025}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Per table: truth rows curated exactly right / truth rows; silently absent (neither curated nor quarantined);
curated with a wrong value; quarantined although usable; extra curated rows that match no truth row.
Unusable rows: quarantined with the expected reason category. Invariant rows_read = curated + quarantined +
non-data per submission. No ID number in any spelling anywhere the tool wrote.

Written without reading the parser (see README.md). Scoring and ID-scan helpers: tests/corpus_harness.py
(the copy this file held became that harness).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import check_deterministic_and_labelled, check_no_id_numbers_anywhere, check_scores, corpus_run

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld9-test-key"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld9")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders={"reference", "2024", "2025"},
                                     ids_valid=False)  # the corpus plants wrong check digits


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE"): below the bar in four tables; fixed in the same session.
def test_realworld9_scores(run):
    check_scores(run, KEY, "realworld9")
