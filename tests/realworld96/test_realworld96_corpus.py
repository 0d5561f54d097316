"""realworld96: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/, an evaluator's and coordinators' own working workbooks (raw sheet beside a pivot-table layout,
formula summaries with cached values, a chart-only sheet, a filtered and re-sorted copy, a master sheet split by
recipient, a pivot exported as CSV) in 评估组/, and ordinary submissions in 报送/ — ingested exactly as the README
tells a new user, scored per table against the truth the generator writes (derived sheets are not data), plus the
findings expected on curated rows and a check that every worksheet is accounted for.

    make_corpus.py OUT   → OUT/data/raw/{reference,评估组,报送}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld96-test-key"
FOLDERS = frozenset({"reference", "评估组", "报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld96")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=True)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld96_scores(run):
    check_scores(run, KEY, "realworld96")


def test_realworld96_findings(run):
    check_findings(run)


def test_every_worksheet_accounted_for(run):
    """The contract: one submissions row per ingested sheet, and every row read is curated, quarantined or
    counted as non-data. Each worksheet with cells (the pivots, summaries and copies included; chart sheets
    excluded) has a submissions row that read its rows (rows_read > 0) and balances."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = rows_of(con, "SELECT * FROM submissions")
    finally:
        con.close()
    missing, unbalanced = [], []
    for file, sheet in run["truth"]["sheets"]:
        mine = [s for s in subs if base(s["file_name"]) == file and (sheet is None or s["sheet_name"] == sheet)]
        if not mine or not any((s.get("rows_read") or 0) > 0 for s in mine):
            missing.append(f"{file} | {sheet or '-'}")
        for s in mine:
            parts = [s.get("rows_curated"), s.get("rows_quarantined"), s.get("rows_nondata")]
            if s.get("rows_read") != sum(p or 0 for p in parts):
                unbalanced.append(f"{file} | {sheet or '-'}: {s.get('rows_read')} ≠ {parts}")
    assert not missing, f"worksheets with no submission row reading their rows: {missing}"
    assert not unbalanced, f"rows_read ≠ curated + quarantined + non-data: {unbalanced}"
