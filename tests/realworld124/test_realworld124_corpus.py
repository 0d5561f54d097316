"""realworld124: a fictional province's (琅川省, SYNTHETIC / 合成数据) year 2024 — forms laid out for printing and
e-mailed as the spreadsheet (rosters and trainee lists paginated by hand with repeated headers, 第N页 共M页 lines,
本页小计 / 合计 rows, signature blocks; monthly statistics printed landscape as two stacked blocks of months; one
workbook exported with each page in its own sheet) plus the pairing list in data/raw/reference/ — ingested exactly
as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
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
KEY = "realworld124-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld124")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld124_scores(run):
    check_scores(run, KEY, "realworld124")


def test_realworld124_findings(run):
    check_findings(run)


def test_no_person_counted_twice_or_lost_at_a_page_break(run):
    """Against the contract's tables: each paginated list gives exactly one curated row per person listed
    (a repeated header, 本页小计, 合计 or signature is never a person; nobody is dropped at a page break)."""
    import duckdb

    want = {}
    for e in run["truth"]["rows"]:
        if e["table"] in ("deployments", "trainees"):
            f = e["places"][0][0]
            want[(e["table"], f)] = want.get((e["table"], f), 0) + 1
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = {}
        for t in ("deployments", "trainees"):
            for f, n, persons in con.execute(
                    f"SELECT s.file_name, count(*), count(DISTINCT t.person_id) FROM {t} t "
                    f"JOIN submissions s USING (submission_id) GROUP BY 1").fetchall():
                name = str(f).replace("\\", "/").rsplit("/", 1)[-1]
                got[(t, name)] = (n, persons)
    finally:
        con.close()
    bad = {k: (v, got.get(k)) for k, v in want.items() if got.get(k) != (v, v)}
    assert not bad, f"(table, file): expected rows = persons, got (rows, persons): {bad}"
