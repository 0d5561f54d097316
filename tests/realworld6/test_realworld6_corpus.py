"""realworld6: a province's second year in two steps (沅江省, SYNTHETIC / 合成数据) — first the pairing list and the
2024 submissions in folders per city and county; then the code list arrives in reference/ and a corrected roster
(更正) among the submissions, and the folder is ingested again as the README tells a user: hospitals keep their
ids and gain their codes, the correction replaces the roster it corrects, and the database is scored per table
against the truth the generator writes, with the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions/<city>/<county>}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb    (step 1: without the two later files)
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb    (step 2: the README's run, all files)

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_harness import (TABLES, base, check_deterministic_and_labelled, check_every_file_read,
                            check_findings_present, check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of,
                            scan_ids, score)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld6-test-key"


def _later_files(out: Path) -> list[str]:
    import json

    return json.loads((out / "truth.json").read_text(encoding="utf-8"))["step2_files"]


def _set_aside(out: Path) -> None:
    """The code list and the corrected roster have not arrived yet."""
    for rel in _later_files(out):
        (out / "later" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.move(out / "data" / "raw" / rel, out / "later" / rel)


def _arrive(out: Path) -> None:
    for rel in _later_files(out):
        shutil.move(out / "later" / rel, out / "data" / "raw" / rel)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld6", first_steps=[_set_aside, ["data/raw/"], _arrive])


def _db_rows(path, sql):
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return rows_of(con, sql)
    finally:
        con.close()


def test_realworld6_deterministic_and_labelled(tmp_path, run):
    folders = {Path(p).parent.name for p in run["truth"]["files"].values()}
    # rows meant to carry a wrong check digit: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=folders, ids_valid=False)


def test_realworld6_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)          # both runs' output, the step-1 database's bytes


def test_realworld6_step1(run):
    """Step 1 (pairing list and 2024 submissions): exit 0; what is curated is right (the rows the correction
    will replace included) and nothing else — rows held for later are allowed; the pairing list's hospitals
    (recipients with level, grade, category, county) and pairings, nothing else; rows accounted for; no ID
    number in the database."""
    import duckdb

    from pipelines.privacy.person_id import PersonIds

    assert run["steps"][0].returncode == 0, run["steps"][0].stderr[-2000:]
    truth = run["truth"]
    truth1 = dict(truth, rows=truth["step1"]["rows"], hospitals=truth["step1"]["hospitals"], quarantines=[])
    con = duckdb.connect(str(run["out"] / "steps" / "step1.duckdb"), read_only=True)
    try:
        scores, detail, _ = score(con, truth1, PersonIds(KEY.encode()).from_id_number)
        leaks = scan_ids(con, truth, {}, [])
    finally:
        con.close()
    print("\nstep 1: " + "; ".join(f"{t} {s['exact']}/{s['truth']} (held {s['quarantined'] + s['absent']})"
                                   for t, s in scores.items() if not t.startswith("_")))
    bad = [f"{t}: {s['wrong']} wrong, {s['extra']} extra" for t, s in scores.items()
           if not t.startswith("_") and (s["wrong"] or s["extra"])]
    bad += [f"{t}: {scores[t]['exact']}/{scores[t]['truth']}" for t in ("hospitals", "pairings")
            if scores[t]["exact"] != scores[t]["truth"]]
    assert not bad, "\n".join(bad + [d for d in detail if not d.startswith("  ✗ unusable")][:40])
    assert scores["_invariant"]["violations"] == 0
    assert not leaks, f"ID numbers in the step-1 database: {leaks}"


def test_realworld6_scores(run):
    check_scores(run, KEY, "realworld6")


def test_realworld6_every_file_read(run):
    check_every_file_read(run)


def test_realworld6_findings(run):
    check_findings_present(run)


def test_realworld6_quarantine_reasons(run):
    """Each row the truth calls unusable is quarantined with a reason."""
    qs = _db_rows(run["db"], "SELECT s.file_name, s.sheet_name, q.source_row, q.reason FROM quarantine q "
                             "JOIN submissions s USING (submission_id)")
    bad = [q for q in run["truth"]["quarantines"] for g in qs
           if base(g["file_name"]) == q["file"] and (q["file"].lower().endswith(".csv") or g["sheet_name"] == q["sheet"])
           and g["source_row"] == q["row"] and not (g["reason"] or "").strip()]
    assert not bad, f"quarantined without a reason: {bad}"


def test_realworld6_hospitals_keep_ids_and_pairings_intact(run):
    """The code list gives the hospitals their codes without changing their ids; the pairings keep theirs."""
    step1 = run["out"] / "steps" / "step1.duckdb"
    before = {h["name"]: h["hospital_id"] for h in _db_rows(step1, "SELECT name, hospital_id FROM hospitals")}
    after = {h["name"]: h["hospital_id"] for h in _db_rows(run["db"], "SELECT name, hospital_id FROM hospitals")}
    names = [h["name"] for h in run["truth"]["hospitals"]]
    assert {n: after.get(n) for n in names} == {n: before.get(n) for n in names}
    assert sorted(p["pairing_id"] for p in _db_rows(step1, "SELECT pairing_id FROM pairings")) == \
        sorted(p["pairing_id"] for p in _db_rows(run["db"], "SELECT pairing_id FROM pairings"))


def test_realworld6_correction_supersedes(run):
    """The corrected roster (更正) supersedes the roster it corrects."""
    c = run["truth"]["correction"]
    subs = _db_rows(run["db"], "SELECT submission_id, file_name, superseded_by FROM submissions")
    orig = [s for s in subs if base(s["file_name"]) == c["supersedes"]]
    corr = {s["submission_id"] for s in subs if base(s["file_name"]) == c["file"]}
    assert orig and corr, f"submissions: original {len(orig)}, correction {len(corr)}"
    assert all(s["superseded_by"] in corr for s in orig), [s["superseded_by"] for s in orig]


def test_realworld6_counts(run):
    """Curated rows per table equal the truth's (as the old test had it, table by table)."""
    truth = run["truth"]
    for t in TABLES:
        want = sum(1 for r in truth["rows"] if r["table"] == t)
        assert _db_rows(run["db"], f"SELECT count(*) AS n FROM {t}")[0]["n"] == want, t
