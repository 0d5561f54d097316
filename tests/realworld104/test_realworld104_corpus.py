"""realworld104: a fictional province's (琅川省, SYNTHETIC / 合成数据) folder after its second annual cycle — the 2024
and 2025 pairing lists in data/raw/reference/ (the 2025 one renaming 芷阳县人民医院 → 芷阳县第一人民医院, adding a pairing
and no longer listing one that ended on 2024-12-31) and thirteen submissions in 2024/, 2025/ and 收件箱/ (year only in
the titles): stays crossing the new year written in both years' rosters, a 2024 trainee list corrected in 2025
(更正版), the same person dispatched in both years, two years of monthly statistics in one workbook — ingested
exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024,2025,收件箱}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. The three checks below the harness's are written against the
data contract's tables (hospitals, hospital_aliases, submissions.superseded_by, deployments, trainees), not the
parser. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld104-test-key"
FOLDERS = frozenset({"reference", "2024", "2025", "收件箱"})
OLD, NEW = "芷阳县人民医院", "芷阳县第一人民医院"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld104")


def _con(run):
    import duckdb

    assert run["db"].exists(), f"no database (exit {run['proc'].returncode})"
    return duckdb.connect(str(run["db"]), read_only=True)


def _rows(con, sql):
    cur = con.execute(sql)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _base(p) -> str:
    return str(p).replace("\\", "/").rsplit("/", 1)[-1]


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld104_scores(run):
    check_scores(run, KEY, "realworld104")


def test_realworld104_findings(run):
    check_findings(run)


# The scenario's own checks, against the contract's tables.
def test_renamed_hospital_is_one_hospital(run):
    """The 2025 list's 更名: one hospital under its current (official) name, the former name an alias of it."""
    con = _con(run)
    try:
        hosp = _rows(con, "SELECT hospital_id, name FROM hospitals")
        aliases = _rows(con, "SELECT alias, hospital_id FROM hospital_aliases")
    finally:
        con.close()
    new = [h["hospital_id"] for h in hosp if h["name"].strip() == NEW]
    assert len(new) == 1, f"hospitals named {NEW}: {len(new)}"
    assert not [h for h in hosp if h["name"].strip() == OLD], f"{OLD} is a second hospital"
    assert {a["hospital_id"] for a in aliases if a["alias"].strip() == OLD} == set(new), \
        f"alias {OLD} does not resolve to {NEW}"


def test_correction_supersedes_first_version(run):
    """The 2024 trainee list's 更正版 (filed 2025-01-15) supersedes its first version (filed 2024-12-20)."""
    truth = run["truth"]
    v1 = next(f for f in truth["submission_files"] if f.endswith("进修人员2024.csv"))
    v2 = next(f for f in truth["submission_files"] if "更正版" in f)
    con = _con(run)
    try:
        subs = _rows(con, "SELECT submission_id, file_name, superseded_by FROM submissions")
    finally:
        con.close()
    first = [s for s in subs if _base(s["file_name"]) == v1]
    later = {s["submission_id"] for s in subs if _base(s["file_name"]) == v2}
    assert first and later, "both versions have a submission row"
    assert all(s["superseded_by"] in later for s in first), \
        f"first version superseded_by {[s['superseded_by'] for s in first]}, expected the 更正版"


def test_one_record_per_stay_across_years(run):
    """Per person (by ID number): as many deployments and trainee records as the truth has stays — a stay written in
    both years' lists is one record, the person dispatched in both years has two, the trainee the correction
    removed has none."""
    from pipelines.privacy.person_id import PersonIds

    truth = run["truth"]
    pid = PersonIds(KEY.encode()).from_id_number
    con = _con(run)
    try:
        got = {t: [r["person_id"] for r in _rows(con, f"SELECT person_id FROM {t}")]
               for t in ("deployments", "trainees")}
    finally:
        con.close()
    bad = []
    for idn in truth["id_numbers"]:
        for t in ("deployments", "trainees"):
            want = sum(1 for e in truth["rows"] if e["table"] == t and e.get("id_number") == idn)
            n = got[t].count(pid(idn))
            if n != want:
                bad.append(f"{t}: person ({idn[:6]}…) {n} records, expected {want}")
    assert not bad, "; ".join(bad)
