"""realworld138: a fictional province's (琅澜省, SYNTHETIC / 合成数据) year 2024 — trainee cohorts and staff batches
whose dates are not on the person's row (a section line above the rows, a 期次安排 sheet, a 批次 with its own header
line, a cohort extended part-way, persons moving on to the next batch) mixed with ordinary rows that carry their own
dates — ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澜州市}/…, OUT/truth.json
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
KEY = "realworld138-test-key"
FOLDERS = frozenset({"reference", "省直", "澜州市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld138")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld138_scores(run):
    check_scores(run, KEY, "realworld138")


def test_realworld138_findings(run):
    check_findings(run)


def test_moved_trainee_has_both_stays(run):
    """宋怀瑾 is in both cohorts of 省人民医院's list: two trainee stays of one person (contract: trainees),
    2024-03-01—2024-08-31 and 2024-09-01—2025-02-28, never one stay nor one dropped as a duplicate."""
    import duckdb

    from pipelines.privacy.person_id import PersonIds

    song = next(k for k in run["truth"]["id_numbers"] if k.startswith("990401198709"))
    pid = PersonIds(KEY.encode()).from_id_number(song)
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = sorted((str(s), str(e)) for s, e in con.execute(
            "SELECT start_date, end_date FROM trainees WHERE person_id = ?", [pid]).fetchall())
    finally:
        con.close()
    assert got == [("2024-03-01", "2024-08-31"), ("2024-09-01", "2025-02-28")], got
