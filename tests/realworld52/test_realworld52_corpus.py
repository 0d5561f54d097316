"""realworld52: a fictional province's (泓岱省, SYNTHETIC / 合成数据) year 2024 centred on one consolidated workbook —
twelve hospitals' monthly statistics, one sheet per month, each a printed report pasted back into Excel (header
every 25 rows, page footers, 小计 / 合计 rows, hand-typed names with typos) — its byte-identical copy, a later
copy "（修订）" with two figures corrected, eight of the hospitals' own monthly files for some of the same months
(which must not double them) and three small files of other forms; ingested exactly as the README tells a new
user, scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,汇总,医院报送}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings_present, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld52-test-key"
FOLDERS = frozenset({"reference", "汇总", "医院报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld52")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld52_scores(run):
    check_scores(run, KEY, "realworld52")


def test_realworld52_findings(run):
    check_findings_present(run)


# Added after the first run (README.md, "FIRST-RUN SCORE"): the harness scores a hospital-month as exact when it is
# curated from ANY of its places (the clerk's workbook, its copies, the hospital's own file), so a hospital's own
# file whose rows were held would not show. This check: no row at a truth place is quarantined.
def test_realworld52_no_truth_row_held(run):
    import duckdb

    from corpus_harness import base

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        held = con.execute("SELECT s.file_name, s.sheet_name, q.source_row, q.reason_code FROM quarantine q "
                           "JOIN submissions s USING (submission_id)").fetchall()
    finally:
        con.close()
    places = [(f, s, r) for e in run["truth"]["rows"] for f, s, r in e["places"]]
    bad = sorted({(base(f), sh, row, code) for f, sh, row, code in held
                  if any(base(f) == pf and (ps is None or pf.lower().endswith(".csv") or ps == sh)
                         and (pr is None or pr == row) for pf, ps, pr in places)})
    assert not bad, f"{len(bad)} truth rows held in quarantine: {bad}"
