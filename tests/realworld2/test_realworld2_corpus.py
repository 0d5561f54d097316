"""realworld2: 26 awkward submissions of a province (青岚省, SYNTHETIC / 合成数据) — county hospitals', township
centres', county bureaus' and provincial hospitals' registers, wide monthly sheets and key-value forms — read against
a hospital code list whose aliases appear in the cells, scored per table against the truth the generator writes,
with the findings expected on curated rows, the aliases recorded, every sheet's rows accounted for and no data row
listed as non-data.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06; the old test ingested in process with
the registry given as a code list).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld2-test-key"
FOLDERS = frozenset({"reference", "submissions"})
DIGIT = re.compile(r"[0-9０-９]")
NONDATA_KINDS_WITH_NUMBERS = {"title", "meta", "header", "total", "note", "signature", "footer"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld2")


def _db_rows(run, sql):
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        return rows_of(con, sql)
    finally:
        con.close()


def test_realworld2_deterministic_and_labelled(tmp_path, run):
    # a row meant to carry a wrong check digit: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=False)


def test_realworld2_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)


def test_realworld2_scores(run):
    check_scores(run, KEY, "realworld2")


def test_realworld2_every_file_read(run):
    check_every_file_read(run)


def test_realworld2_findings(run):
    check_findings_present(run)


def test_realworld2_aliases(run):
    """Each short name written in the cells is recorded as an alias of exactly its registry hospital."""
    got = defaultdict(set)
    for a in _db_rows(run, "SELECT alias, hospital_id FROM hospital_aliases"):
        got[a["alias"]].add(a["hospital_id"])
    wrong = {w: sorted(got.get(w, ())) for w, hid in run["truth"]["aliases_in_cells"].items() if got.get(w) != {hid}}
    assert not wrong, f"aliases not recorded as their one hospital: {wrong}"


def test_realworld2_sheets_accounted(run):
    """Every sheet the corpus wrote as a form has a submission reading all its rows; nothing is superseded (no
    file of the corpus corrects another)."""
    subs = _db_rows(run, "SELECT file_name, sheet_name, rows_read, superseded_by FROM submissions")
    by_sheet = {(base(s["file_name"]), s["sheet_name"]): s for s in subs}
    bad = []
    for info in run["truth"]["sheets"]:
        s = by_sheet.get((info["file"], info["sheet"]))
        if s is None:
            if not info["ignore"]:
                bad.append(f"{info['file']} [{info['sheet']}]: no submission row")
        elif s["rows_read"] != info["n_rows"]:
            bad.append(f"{info['file']} [{info['sheet']}]: rows_read {s['rows_read']}, the sheet has {info['n_rows']}")
    bad += [f"{base(s['file_name'])} [{s['sheet_name']}] marked superseded" for s in subs if s["superseded_by"]]
    assert not bad, bad


def test_realworld2_no_data_row_as_nondata(run):
    """A non-data row carrying a number is one the corpus wrote as a title, meta line, header, total, note or
    footer (on a wide or ignored sheet: anything but a blank)."""
    info = {(s["file"], s["sheet"]): s for s in run["truth"]["sheets"]}
    bad = []
    for n in _db_rows(run, "SELECT s.file_name, s.sheet_name, n.source_row, n.kind, n.text FROM nondata_rows n "
                           "JOIN submissions s USING (submission_id)"):
        f, sh = base(n["file_name"]), n["sheet_name"]
        if f not in run["truth"]["submission_files"] or not DIGIT.search(n["text"] or ""):
            continue
        i = info.get((f, sh), {})
        written = i.get("nondata_rows", {}).get(str(n["source_row"]), "data")
        if (n["kind"] == "blank") if (i.get("wide") or i.get("ignore")) else written not in NONDATA_KINDS_WITH_NUMBERS:
            bad.append(f"{f} [{sh}] row {n['source_row']} (written as {written}) listed as {n['kind']}")
    assert not bad, bad
