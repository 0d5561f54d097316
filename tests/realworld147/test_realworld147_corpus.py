"""realworld147: look-alike forms — a fictional province's (琅汀省, SYNTHETIC / 合成数据) year 2024 where, beside the
real rosters, trainee list, techniques, activities, monthly statistics and two real monthly assessments of the
dispatched staff, the hospitals also sent sheets that look like the contract's tables but are not: the province's
assessment of each support hospital, a patient satisfaction survey, a supervision checklist, end-of-stay 考核鉴定表,
the recipient's own training plan and a 晋升前下基层 roster of a hospital in no pairing. Ingested exactly as the
README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹭屿市,霁岚县,汀苇县,沅栖县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (TABLES, base, check_deterministic_and_labelled, check_findings,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld147-test-key"
FOLDERS = frozenset({"reference", "省直", "鹭屿市", "霁岚县", "汀苇县", "沅栖县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld147")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld147_scores(run):
    check_scores(run, KEY, "realworld147")


def test_realworld147_findings(run):
    check_findings(run)


def test_realworld147_lookalikes_in_no_table(run):
    """The contract's tables, not the parser: every look-alike file was read (a submission row for it), none of its
    rows is in a curated table (no hospital's or survey item's score stored as a person's monthly score, no plan as
    an activity, no end-of-stay appraisal as a second stay), and each of its rows is accounted for as held (with a
    reason) or as non-data."""
    import duckdb

    files = set(run["truth"]["lookalike_files"])
    assert run["db"].exists(), f"no database (exit {run['proc'].returncode})"
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = [s for s in rows_of(con, "SELECT * FROM submissions") if base(s["file_name"]) in files]
        ids = {s["submission_id"] for s in subs}
        curated = {t: sum(1 for r in rows_of(con, f"SELECT submission_id FROM {t}") if r["submission_id"] in ids)
                   for t in TABLES}
        held = [q for q in rows_of(con, "SELECT submission_id, source_row, reason_code, reason FROM quarantine")
                if q["submission_id"] in ids]
    finally:
        con.close()
    problems = [f"no submission row for {f}" for f in sorted(files - {base(s['file_name']) for s in subs})]
    problems += [f"{t}: {n} rows curated from the look-alike files" for t, n in curated.items() if n]
    problems += [f"{base(s['file_name'])} | {s['sheet_name']}: {s['rows_curated']} rows curated" for s in subs
                 if s.get("rows_curated")]
    for f in sorted(files):
        mine = [s for s in subs if base(s["file_name"]) == f]
        if mine and not sum((s.get("rows_quarantined") or 0) + (s.get("rows_nondata") or 0) for s in mine):
            problems.append(f"{f}: no row held or listed as non-data")
    problems += [f"held row {q['source_row']} without a reason" for q in held
                 if not (q["reason_code"] and q["reason"])]
    print(f"\nlook-alike files: {len(files)}; submissions {len(subs)}; rows held {len(held)} "
          f"({sorted({q['reason_code'] for q in held})}); curated {sum(curated.values())}")
    assert not problems, "; ".join(problems)
