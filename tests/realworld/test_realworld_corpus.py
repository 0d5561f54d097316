"""realworld (the first corpus): ~25 awkward submissions typed as a county clerk would (青岚省, SYNTHETIC / 合成数据)
— titles, merged headers, totals, months as columns, CSV in several encodings — read against a hospital code list
(SYNTHETIC_registry.xlsx in data/raw/reference/), scored per table against the truth the generator writes, with
the findings expected on curated rows and the registry's rows traced to their place in it.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06; the old test ingested in process with
the registry given as a code list).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld-test-key"
FOLDERS = frozenset({"reference", "submissions"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld")


def test_realworld_deterministic_and_labelled(tmp_path, run):
    # a row meant to carry a wrong check digit: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=False)


def test_realworld_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)


def test_realworld_scores(run):
    check_scores(run, KEY, "realworld")


def test_realworld_every_file_read(run):
    check_every_file_read(run)


def test_realworld_findings(run):
    check_findings_present(run)


def test_realworld_registry_provenance(run):
    """Each hospital and pairing comes from its row of the registry (file, sheet, row), as the old test had it."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = {t: rows_of(con, f"SELECT t.*, s.file_name AS _file, s.sheet_name AS _sheet FROM {t} t "
                               f"LEFT JOIN submissions s USING (submission_id)") for t in ("hospitals", "pairings")}
    finally:
        con.close()
    bad = []
    for e in run["truth"]["registry_rows"]:
        t, f = e["table"], e["fields"]
        keys = ("hospital_id",) if t == "hospitals" else ("support_hospital_id", "recipient_hospital_id")
        hits = [r for r in got[t] if all(r.get(k) == f[k] for k in keys)]
        if not any(base(r["_file"]) == e["file"] and r["_sheet"] == e["sheet"] and r.get("source_row") == e["row"]
                   for r in hits):
            bad.append(f"{t} {[f[k] for k in keys]}: expected {e['file']} | {e['sheet']} | row {e['row']}, got "
                       f"{[(base(r['_file']), r['_sheet'], r.get('source_row')) for r in hits]}")
    assert not bad, bad
