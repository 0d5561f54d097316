"""realworld84: one person across many files, written differently in each — a fictional province's (溦山省,
SYNTHETIC / 合成数据) year 2024: the pairing list in data/raw/reference/ and sixteen submissions (xlsx, xls, ods,
CSV in UTF-8 and GBK) in folders per county, ingested exactly as the README tells a new user, scored per table
against the truth the generator writes, plus the findings expected on curated rows and the persons: rows named
without an ID number that are one person carry one person_id (``same_person``), and two people of one name at two
support hospitals carry two (``different_person``).

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,芷汀县,楠塘县,蓼原县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_same_person, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld84-test-key"
FOLDERS = frozenset({"reference", "省直", "芷汀县", "楠塘县", "蓼原县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld84")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld84_scores(run):
    check_scores(run, KEY, "realworld84")


def test_realworld84_findings(run):
    check_findings(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): every table 100 %, but two of the eight persons named
# without an ID number get more than one name pseudonym. A fix must remove the mark.
def test_realworld84_same_person(run):
    check_same_person(run)


def test_realworld84_different_person(run):
    """``different_person``: [{"why", "places": [[table, file, sheet, row], …]}] — the curated rows at those places
    (one each) carry as many person_ids as there are places: the contract's name-based pseudonym is the name
    *within the support hospital*, so one name at two support hospitals is two people."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    bad = []
    try:
        for case in run["truth"]["different_person"]:
            ids = []
            for table, file, sheet, row in case["places"]:
                rs = [r for r in rows_of(con, f"SELECT t.person_id, t.source_row, s.file_name, s.sheet_name "
                                              f"FROM {table} t JOIN submissions s USING (submission_id)")
                      if base(r["file_name"]) == file and r["sheet_name"] == sheet and r["source_row"] == row]
                ids.append(rs[0]["person_id"] if len(rs) == 1 else None)
            if None in ids or len(set(ids)) != len(ids):
                bad.append(f"{case['why']}: person_ids {ids}")
    finally:
        con.close()
    assert not bad, "; ".join(bad)
