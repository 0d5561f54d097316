"""realworld5: submissions that arrive before the pairing list — a municipal commission's 2023 folder (岷川省枫渡市,
SYNTHETIC / 合成数据; no code list, the city's 附件2 as .xls) ingested first without the pairing list (every data
row held, nothing curated), then as the README tells a user with the list in data/raw/reference/ (the held rows
released, each exactly once), scored per table against the truth the generator writes, with the findings expected
on curated rows and no other row left in quarantine.

    make_corpus.py OUT   → OUT/data/raw/{reference,submissions}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/submissions/ --db data/curated/duikou.duckdb     (step 1)
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb                 (the README's run)

Scoring and ID-scan helpers: tests/corpus_harness.py (unified 2026-12-06; step 2 was `--pairings LIST FOLDER`).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_every_file_read, check_findings_present,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of, scan_ids, score)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld5-test-key"
FOLDERS = frozenset({"reference", "submissions"})
CURATED = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats"]
BAR = 0.995


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld5", first_steps=[["data/raw/submissions/"]])


def _db_rows(path, sql):
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return rows_of(con, sql)
    finally:
        con.close()


def test_realworld5_deterministic_and_labelled(tmp_path, run):
    # rows meant to carry a doubtful ID number: the harness's check-digit check does not apply
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=False)


def test_realworld5_no_id_numbers(run):
    check_no_id_numbers_anywhere(run)          # step 1's output and database too


def test_realworld5_held_until_pairing_list(run):
    """Step 1, without the pairing list: nothing curated, no hospital or pairing, the corpus's rows held in
    quarantine, every submission's rows accounted for."""
    step1 = run["out"] / "steps" / "step1.duckdb"
    assert run["steps"][0].returncode == 0, run["steps"][0].stderr[-2000:]
    curated = {t: _db_rows(step1, f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in CURATED}
    assert not any(curated.values()), f"curated before any pairing list was given: {curated}"
    assert _db_rows(step1, "SELECT (SELECT count(*) FROM hospitals) + (SELECT count(*) FROM pairings) AS n")[0]["n"] == 0
    held = {(base(q["file_name"]), q["sheet_name"], q["source_row"]) for q in _db_rows(
        step1, "SELECT s.file_name, s.sheet_name, q.source_row FROM quarantine q JOIN submissions s USING (submission_id)")}
    places = [(e["file"], e["sheet"], e["row"]) for e in run["truth"]["rows"] + run["truth"]["quarantines"]]
    n = sum(any(f == hf and (s is None or s == hs) and (r is None or r == hr) for hf, hs, hr in held)
            for f, s, r in places)
    print(f"\nstep 1: {n}/{len(places)} rows of the corpus held in quarantine")
    assert n / len(places) >= BAR, f"only {n}/{len(places)} rows of the corpus held in quarantine"
    bad = [s for s in _db_rows(step1, "SELECT * FROM submissions")
           if None in (s["rows_read"], s["rows_curated"], s["rows_quarantined"], s["rows_nondata"])
           or s["rows_read"] != s["rows_curated"] + s["rows_quarantined"] + s["rows_nondata"]]
    assert not bad, f"step 1: rows_read invariant broken on {len(bad)} submissions"


def test_realworld5_scores(run):
    check_scores(run, KEY, "realworld5")


def test_realworld5_every_file_read(run):
    check_every_file_read(run)


def test_realworld5_findings(run):
    check_findings_present(run)


def test_realworld5_no_other_quarantine(run):
    """After the pairing list only the rows the truth calls unusable stay in quarantine, each with a reason (a
    held row not released would stay)."""
    expected = {(q["file"], q["sheet"], q["row"]) for q in run["truth"]["quarantines"]}
    qs = _db_rows(run["db"], "SELECT s.file_name, s.sheet_name, q.source_row, q.reason_code, q.reason "
                             "FROM quarantine q JOIN submissions s USING (submission_id)")
    other = [q for q in qs if not any(base(q["file_name"]) == f and (s is None or q["sheet_name"] == s)
                                      and q["source_row"] == r for f, s, r in expected)]
    assert not other, f"{len(other)} rows quarantined that the truth does not: {other[:10]}"
    assert all((q["reason"] or "").strip() for q in qs), "a row quarantined without a reason"


# ----------------------------------------------------------------------------- the harness, checked by hand
def _fake_db(path: Path, truth, tweak=None):
    """A database built from the truth itself: what a perfect reader would write."""
    import duckdb

    from pipelines.privacy.person_id import PersonIds

    pid = PersonIds(KEY.encode())
    con = duckdb.connect(str(path))
    hosp = {h["name"]: f"H{i:03d}" for i, h in enumerate(truth["hospitals"])}
    con.execute("CREATE TABLE hospitals(hospital_id VARCHAR, name VARCHAR, level VARCHAR, grade VARCHAR, "
                "category VARCHAR, county VARCHAR)")
    for h in truth["hospitals"]:
        con.execute("INSERT INTO hospitals VALUES (?,?,?,?,?,?)",
                    [hosp[h["name"]], h["name"], h.get("level"), h.get("grade"), h.get("category"), h.get("county")])
    con.execute("CREATE TABLE pairings(support_hospital_id VARCHAR, recipient_hospital_id VARCHAR, start_date DATE, "
                "end_date DATE, agreement_date DATE, start_date_source VARCHAR)")
    for p in truth["pairings"]:
        con.execute("INSERT INTO pairings VALUES (?,?,?,?,?, 'support_period')",
                    [hosp[p["support"]], hosp[p["recipient"]], p["start_date"], p["end_date"], p["agreement_date"]])
    sheets = {}

    def sid(file, sheet):
        key = (file, sheet if sheet is not None else Path(file).stem)
        sheets.setdefault(key, {"id": f"S{len(sheets):03d}", "cur": 0, "q": 0})
        return sheets[key]

    def first(v):
        return v["one_of"][0] if isinstance(v, dict) and "one_of" in v else v

    cols = {t: {} for t in CURATED}
    for e in truth["rows"]:
        for f, v in e["fields"].items():
            v = first(v)
            typ = ("DATE" if f.endswith("_date") else "BOOLEAN" if isinstance(v, bool) else
                   "DECIMAL(12,2)" if f in ("fee_charged", "paid_by_recipient") else
                   "BIGINT" if isinstance(v, int) else "VARCHAR")
            if v is not None or f not in cols[e["table"]]:
                cols[e["table"]][f] = typ
        for c in e["hospitals"]:
            cols[e["table"]][c] = "VARCHAR"
    for t in CURATED:
        extra = {"person_id": "VARCHAR", "person_id_basis": "VARCHAR"} if t in ("deployments", "trainees") else {}
        spec = ", ".join(f'"{c}" {ty}' for c, ty in {**cols[t], **extra}.items())
        con.execute(f'CREATE TABLE "{t}"({spec}, submission_id VARCHAR, source_row INTEGER)')
    for t in ("staff_monthly_assessments", "county_inpatient_stats"):
        con.execute(f"CREATE TABLE {t}(submission_id VARCHAR, source_row INTEGER)")
    con.execute("CREATE TABLE quarantine(submission_id VARCHAR, source_row INTEGER, raw JSON, reason_code VARCHAR, "
                "reason VARCHAR)")
    for q in truth["quarantines"]:
        s = sid(q["file"], q["sheet"])
        con.execute("INSERT INTO quarantine VALUES (?,?, '{}', ?, 'reason / 原因')",
                    [s["id"], q["row"], q.get("reason_code") or ("UNRESOLVED_HOSPITAL" if q["category"] ==
                                                                  "unresolved_hospital" else "MISSING_VALUE")])
        s["q"] += 1
    spanning = 1000
    for e in truth["rows"]:
        s = sid(e["file"], e["sheet"])
        row = e["row"]
        if row is None:
            spanning += 1
            row = spanning
        vals = {f: first(v) for f, v in e["fields"].items()}
        vals.update({c: hosp[n] for c, n in e["hospitals"].items()})
        if e.get("id_number"):
            vals.update(person_id=pid.from_id_number(e["id_number"]), person_id_basis="id_number")
        elif e["table"] in ("deployments", "trainees"):
            vals.update(person_id="name-hash", person_id_basis="name")
        vals.update(submission_id=s["id"], source_row=row)
        names = list(vals)
        con.execute(f'INSERT INTO "{e["table"]}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                    f'VALUES ({", ".join("?" for _ in names)})', [vals[n] for n in names])
        s["cur"] += 1
    con.execute("CREATE TABLE findings(submission_id VARCHAR, source_row INTEGER, field VARCHAR, code VARCHAR)")
    for f in truth["row_findings"]:
        con.execute("INSERT INTO findings VALUES (?,?,?,?)", [sid(f["file"], f["sheet"])["id"], f["row"],
                                                              "person_id" if f["what"] == "NAME_ONLY" else f["what"],
                                                              "NAME_ONLY" if f["what"] == "NAME_ONLY" else "X"])
    con.execute("CREATE TABLE submissions(submission_id VARCHAR, file_name VARCHAR, sheet_name VARCHAR, "
                "rows_read INTEGER, rows_curated INTEGER, rows_quarantined INTEGER, rows_nondata INTEGER)")
    for (file, sheet), s in sheets.items():
        con.execute("INSERT INTO submissions VALUES (?,?,?,?,?,?,?)",
                    [s["id"], file, sheet, s["cur"] + s["q"] + 3, s["cur"], s["q"], 3])
    if tweak:
        tweak(con, hosp)
    con.close()


def test_realworld5_harness_reports_wrong_values(tmp_path):
    """The shared harness passes a perfect database built from this corpus's truth and reports hand-made
    errors (the old scorer's self-test, now guarding tests/corpus_harness.py)."""
    import duckdb

    from pipelines.privacy.person_id import PersonIds

    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(tmp_path / "c")], check=True, capture_output=True)
    truth = json.loads((tmp_path / "c" / "truth.json").read_text(encoding="utf-8"))

    def scored(tweak, name):
        db = tmp_path / f"{name}.duckdb"
        _fake_db(db, truth, tweak)
        con = duckdb.connect(str(db), read_only=True)
        try:
            _, detail, fail = score(con, truth, PersonIds(KEY.encode()).from_id_number)
            leaks = scan_ids(con, truth, {}, [])
        finally:
            con.close()
        try:
            check_findings_present({"db": db, "truth": truth})
        except AssertionError as e:
            fail.append(str(e))
        return detail, fail + [f"ID numbers in {x}" for x in leaks]

    detail, fail = scored(None, "perfect")
    assert fail == [], "\n".join(detail + fail)

    def broken(con, hosp):
        # a wrong title, a host hospital swapped, a figure changed, an expected quarantine lost, a leaked ID number,
        # a duplicate activity, a missing finding
        con.execute("UPDATE deployments SET title = '主任医师（正高）' WHERE department = '妇产科' AND source_row > 1000")
        con.execute(f"UPDATE trainees SET host_hospital_id = '{hosp['岷川省枫渡市第二人民医院']}' WHERE department = '心内科'")
        con.execute("UPDATE hospital_monthly_stats SET referrals_out = referrals_out + 1 WHERE month = 4 "
                    "AND source_row > 1000 AND outpatient_visits > 15000")
        con.execute("DELETE FROM quarantine WHERE reason_code = 'UNRESOLVED_HOSPITAL' AND source_row = 6")
        con.execute(f"UPDATE activities SET topic = topic || ' {next(iter(truth['id_numbers']))}' WHERE source_row = 3")
        con.execute("INSERT INTO activities SELECT * FROM activities WHERE source_row = 4 LIMIT 1")
        con.execute("DELETE FROM findings WHERE field = 'cases'")
    detail, fail = scored(broken, "broken")
    report = "\n".join(detail)
    assert "title: expected '主任医师', got '主任医师（正高）'" in report, report
    assert "host_hospital_id: expected '岷川省枫渡市人民医院', got '岷川省枫渡市第二人民医院'" in report, report
    assert "referrals_out: expected" in report, report
    assert "not quarantined" in report, report
    assert "activities: 1 extra curated rows matching no truth row" in fail, fail
    assert any(f.startswith("deployments: ") and "exact" in f for f in fail), fail
    assert any(f.startswith("unusable rows: ") for f in fail), fail
    assert "ID numbers in main.activities.topic" in fail, fail
    assert any(f.startswith("findings missing: cases at ") for f in fail), fail
