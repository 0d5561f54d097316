"""realworld3: hand-made submissions from every level of a province (青岚省, SYNTHETIC / 合成数据) — WPS files, HIS and
OA exports, ledgers, county bureaus' and the commission's summaries, in xlsx/xlsm/xls/ods/CSV — read against a
hospital code list with aliases (SYNTHETIC_registry.xlsx in data/raw/reference/), scored per table against the
truth the generator writes, with the findings expected on curated rows and no data row listed as non-data.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06; the old test ingested in process with
the registry given as a code list).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld3-test-key"
FOLDERS = frozenset({"reference", "submissions"})
NONDATA_KINDS_WITH_NUMBERS = {"title", "total", "subtotal", "footer", "note", "signature", "meta", "header"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld3")


def test_realworld3_deterministic_and_labelled(tmp_path, run):
    # a row meant to carry a wrong check digit: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=False)


def test_realworld3_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)


def test_realworld3_scores(run):
    check_scores(run, KEY, "realworld3")


def test_realworld3_every_file_read(run):
    check_every_file_read(run)


def test_realworld3_findings(run):
    check_findings_present(run)


def test_realworld3_no_data_row_as_nondata(run):
    """A row the truth holds (a record's row, the one row of a wide record, a row to quarantine) is never listed
    as non-data, nor is a row with a number unless it is a title, total, note, signature or header."""
    import duckdb

    truth = run["truth"]
    data_rows = {(r["file"], r["sheet"], r["row"] or r.get("data_row")) for r in truth["rows"]
                 if r["row"] or r.get("data_row")} | {(q["file"], q["sheet"], q["row"]) for q in truth["quarantines"]}
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        nondata = rows_of(con, "SELECT n.*, s.file_name, s.sheet_name FROM nondata_rows n "
                               "JOIN submissions s USING (submission_id)")
    finally:
        con.close()
    bad = []
    for n in nondata:
        f, s = base(n["file_name"]), n["sheet_name"]
        hit = any(df == f and (f.lower().endswith(".csv") or ds == s) and dr == n["source_row"]
                  for df, ds, dr in data_rows)
        has_digit = bool(re.search(r"\d", unicodedata.normalize("NFKC", str(n.get("text") or ""))))
        if hit or (has_digit and n["kind"] not in NONDATA_KINDS_WITH_NUMBERS):
            bad.append((f, s, n["source_row"], n["kind"], str(n.get("text"))[:80]))
    assert not bad, f"{len(bad)} data rows listed as non-data: {bad[:10]}"
