"""Real-world corpus 4 (澄江省, synthetic): a province with only its pairing list (附件1), no code list.

Builds the corpus with make_corpus.py into a temporary folder, runs the tool exactly as a user
would (`duikou ingest --pairings LIST FOLDER --db FILE`), and scores the database against
expected.json. A readable report of every mismatch is printed before the assertions.
"""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
import unicodedata
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
EXPECTED = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
KEY = EXPECTED["person_key"]

# natural key of each table: (hospital columns, value columns)
NATURAL_KEYS = {
    "deployments": (("support_hospital_id", "recipient_hospital_id"), ("start_date",)),
    "trainees": (("recipient_hospital_id", "host_hospital_id"), ("start_date",)),
    "techniques": (("recipient_hospital_id",), ("first_performed_date",)),
    "activities": (("recipient_hospital_id",), ("activity_date", "activity_type")),
    "hospital_monthly_stats": (("recipient_hospital_id",), ("year", "month")),
}
# tables whose curated row count must equal the expected count (nothing curated that isn't expected)
COUNTED = ("deployments", "trainees", "techniques", "activities", "hospital_monthly_stats")
THRESHOLD = 0.995

# a finding's `field` may be named by the contract column or by the form's label
FIELD_SYNONYMS = {
    "id_number": {"id_number", "id_card", "id_card_number", "idcard", "id_no", "身份证号", "身份证号码",
                  "person_id"},
    "cases": {"cases", "开展例数", "例数"},
    "participants": {"participants", "参加人数"},
}


# ---------------------------------------------------------------------------------------------
def _build(out: Path, expected: Path | None = None) -> None:
    cmd = [sys.executable, str(HERE / "make_corpus.py"), str(out)]
    if expected is not None:
        cmd += ["--expected", str(expected)]
    subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rw4corpus")
    _build(out, out.parent / (out.name + "_expected.json"))
    return out


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory):
    work = tmp_path_factory.mktemp("rw4run")
    db = work / "rw4.duckdb"
    exe = Path(sys.executable).parent / "duikou"
    env = {**os.environ, "DUIKOU_PERSON_KEY": KEY}
    # the key given here must be the one used: no key file or default database from elsewhere
    env.pop("DUIKOU_KEY_FILE", None)
    env.pop("DUIKOU_DB", None)
    proc = subprocess.run(
        [str(exe), "ingest", "--pairings", str(corpus / EXPECTED["pairing_file"]),
         str(corpus / "submissions"), "--db", str(db)],
        env=env, capture_output=True, text=True, timeout=900, cwd=str(work))
    return proc, db, work


# ---------------------------------------------------------------------------------------------
def test_corpus_is_deterministic_and_expected_is_current(corpus, tmp_path):
    """make_corpus.py writes the same bytes every time, and expected.json is what it produces."""
    again = tmp_path / "again"
    _build(again, tmp_path / "expected.json")
    cmp = filecmp.dircmp(corpus, again)
    diffs = []

    def walk(c, prefix=""):
        diffs.extend(prefix + n for n in c.left_only + c.right_only + c.diff_files)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        diffs.extend(prefix + n for n in mismatch + errors)
        for name, sub in c.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(cmp)
    assert not diffs, f"corpus not byte-deterministic: {sorted(set(diffs))}"
    regenerated = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    assert regenerated == EXPECTED, "expected.json is stale: rerun make_corpus.py --expected expected.json"


# ---------------------------------------------------------------------------------------------
def _norm(v):
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, str):
        # full-width and half-width forms are the same text: （PCI） == (PCI)
        return unicodedata.normalize("NFKC", v).strip()
    return v


def _same(exp, got) -> bool:
    got = _norm(got)
    if exp is None:
        return got is None or got == ""
    if got is None:
        return False
    if isinstance(exp, bool):
        return isinstance(got, bool) and got == exp
    if isinstance(exp, (int, float)):
        if isinstance(got, bool):
            return False
        try:
            return float(got) == float(exp)
        except (TypeError, ValueError):
            return False
    return str(got)[:10] == exp if _looks_like_date(exp) else str(got) == _norm(exp)


def _looks_like_date(s) -> bool:
    return isinstance(s, str) and len(s) == 10 and s[4] == "-" and s[7] == "-" and s[:4].isdigit()


def _rows(con, sql):
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _table(con, name, problems):
    try:
        return _rows(con, f'SELECT * FROM "{name}"')
    except Exception as e:  # noqa: BLE001 - report, don't crash the scoring
        problems.append(f"table {name}: cannot be read: {e}")
        return []


def _short(d: dict, keys=None) -> str:
    keys = keys or [k for k in d if not k.endswith("_id") or k in (
        "support_hospital_id", "recipient_hospital_id", "host_hospital_id", "submission_id")]
    return "{" + ", ".join(f"{k}={_norm(d.get(k))!r}" for k in keys if k in d) + "}"


def test_realworld4_against_tool(ingested):
    proc, db, work = ingested
    report, failures = score(db, proc.returncode, proc.stdout, proc.stderr, work)
    text = "\n".join(report)
    (work / "realworld4-report.txt").write_text(text, encoding="utf-8")
    print(text)
    print(f"\n(report also written to {work / 'realworld4-report.txt'})")
    assert not failures, f"{len(failures)} failures (see the report above):\n  " + "\n  ".join(failures[:60])


def score(db: Path, returncode: int, stdout: str, stderr: str, work: Path, expected: dict = EXPECTED):
    """Compare the database with the expected values; returns (report lines, failures)."""
    import duckdb
    from pipelines.privacy.person_id import PersonIds

    EXP = expected
    report: list[str] = []
    failures: list[str] = []

    def section(title):
        report.append("")
        report.append("=" * 100)
        report.append(title)
        report.append("=" * 100)

    section("duikou ingest")
    report.append(f"exit code {returncode}")
    report.append("stdout (last 40 lines):")
    report.extend("  " + ln for ln in stdout.splitlines()[-40:])
    if stderr.strip():
        report.append("stderr (last 40 lines):")
        report.extend("  " + ln for ln in stderr.splitlines()[-40:])
    if returncode != 0 or not db.exists():
        print("\n".join(report))
        pytest.fail(f"duikou ingest exited {returncode}; database exists: {db.exists()}\n"
                    f"stdout:\n{stdout[-4000:]}\nstderr:\n{stderr[-4000:]}")

    con = duckdb.connect(str(db), read_only=True)
    problems: list[str] = []
    pids = PersonIds(KEY.encode())

    # -- hospitals ------------------------------------------------------------------------------
    section("hospitals and pairings (from the pairing list)")
    hosp_rows = _table(con, "hospitals", problems)
    by_name = defaultdict(list)
    for h in hosp_rows:
        by_name[h.get("name")].append(h)
    hid = {}
    for h in EXP["hospitals"]:
        got = by_name.get(h["name"], [])
        if len(got) != 1:
            msg = f"hospital {h['name']}: expected exactly one row, got {len(got)}"
            report.append("  MISMATCH " + msg)
            failures.append(msg)
            if not got:
                continue
        g = got[0]
        hid[h["name"]] = g["hospital_id"]
        for k in ("level", "grade", "category", "county"):
            if k in h and not _same(h[k], g.get(k)):
                msg = f"hospital {h['name']}: {k} expected {h[k]!r} got {g.get(k)!r}"
                report.append("  MISMATCH " + msg)
                failures.append(msg)
        if g.get("id_source") != "generated":
            msg = f"hospital {h['name']}: id_source expected 'generated' (no code list) got {g.get('id_source')!r}"
            report.append("  MISMATCH " + msg)
            failures.append(msg)
    extra_h = [h["name"] for h in hosp_rows if h.get("name") not in {x["name"] for x in EXP["hospitals"]}]
    if extra_h:
        msg = f"hospitals not in the pairing list were added to the registry: {extra_h}"
        report.append("  MISMATCH " + msg)
        failures.append(msg)
    report.append(f"  hospitals: {len(hosp_rows)} rows, expected {len(EXP['hospitals'])}")

    pair_rows = _table(con, "pairings", problems)
    for p in EXP["pairings"]:
        s, r = hid.get(p["support"]), hid.get(p["recipient"])
        got = [x for x in pair_rows if x.get("support_hospital_id") == s and x.get("recipient_hospital_id") == r]
        label = f"pairing {p['support']} → {p['recipient']}"
        if len(got) != 1:
            msg = f"{label}: expected one row, got {len(got)}"
            report.append("  MISMATCH " + msg)
            failures.append(msg)
            if not got:
                continue
        g = got[0]
        for k in ("start_date", "end_date", "agreement_date"):
            if not _same(p[k], g.get(k)):
                msg = f"{label}: {k} expected {p[k]!r} got {_norm(g.get(k))!r}"
                report.append("  MISMATCH " + msg)
                failures.append(msg)
        if not g.get("start_date_source"):
            msg = f"{label}: start_date_source is empty"
            report.append("  MISMATCH " + msg)
            failures.append(msg)
    if len(pair_rows) != len(EXP["pairings"]):
        msg = f"pairings: {len(pair_rows)} rows, expected {len(EXP['pairings'])}"
        report.append("  MISMATCH " + msg)
        failures.append(msg)
    else:
        report.append(f"  pairings: {len(pair_rows)} rows")

    # -- submissions ----------------------------------------------------------------------------
    subs = {s["submission_id"]: s for s in _table(con, "submissions", problems)}

    def sub_ids(file, sheet):
        return {sid for sid, s in subs.items()
                if Path(str(s.get("file_name") or "")).name == file and (s.get("sheet_name") or "") == sheet}

    def provenance_ok(e, row):
        s = subs.get(row.get("submission_id"))
        if s is None:
            return ["provenance: submission_id not in submissions"]
        out = []
        if Path(str(s.get("file_name") or "")).name != e["file"]:
            out.append(f"file: expected {e['file']!r} got {s.get('file_name')!r}")
        if (s.get("sheet_name") or "") != e["sheet"]:
            out.append(f"sheet: expected {e['sheet']!r} got {s.get('sheet_name')!r}")
        if e.get("row") is not None and row.get("source_row") != e["row"]:
            out.append(f"source_row: expected {e['row']} got {row.get('source_row')}")
        return out

    # -- curated rows ---------------------------------------------------------------------------
    curated = {t: _table(con, t, problems) for t in NATURAL_KEYS}
    exp_rows = [e for e in EXP["rows"] if not e.get("quarantine")]
    exp_q = [e for e in EXP["rows"] if e.get("quarantine")]

    def exp_key(e):
        hc, vc = NATURAL_KEYS[e["table"]]
        return tuple(hid.get(e["hospitals"][c], "<missing " + e["hospitals"][c] + ">") for c in hc) + \
            tuple(e["fields"][c] for c in vc)

    def got_key(table, row):
        hc, vc = NATURAL_KEYS[table]
        return tuple(row.get(c) for c in hc) + tuple(_norm(row.get(c)) for c in vc)

    index = {t: defaultdict(list) for t in NATURAL_KEYS}
    for t, rows in curated.items():
        for i, row in enumerate(rows):
            index[t][got_key(t, row)].append(i)

    def mismatches(e, row):
        out = []
        for c, name in e["hospitals"].items():
            want = hid.get(name)
            if row.get(c) != want or want is None:
                inv = {v: k for k, v in hid.items()}
                out.append(f"{c}: expected {name} got {inv.get(row.get(c), row.get(c))}")
        for f, v in e["fields"].items():
            if not _same(v, row.get(f)):
                out.append(f"{f}: expected {v!r} got {_norm(row.get(f))!r}")
        if e.get("id_number"):
            want = pids.from_id_number(e["id_number"])
            if row.get("person_id") != want:
                out.append(f"person_id: expected the keyed hash of the ID ({want}) got {row.get('person_id')!r}")
        elif e["fields"].get("person_id_basis") == "name" and not row.get("person_id"):
            out.append("person_id: empty (a name-based pseudonym was expected)")
        out.extend(provenance_ok(e, row))
        return out

    used = {t: set() for t in NATURAL_KEYS}
    ok = [False] * len(exp_rows)
    for n, e in enumerate(exp_rows):          # pass 1: perfect matches
        for i in index[e["table"]].get(exp_key(e), []):
            if i not in used[e["table"]] and not mismatches(e, curated[e["table"]][i]):
                used[e["table"]].add(i)
                ok[n] = True
                break

    section("curated rows: expected vs got (natural key, fields, provenance)")

    def at_provenance(e):
        ids = sub_ids(e["file"], e["sheet"])
        out = []
        for t, rows in curated.items():
            for row in rows:
                if row.get("submission_id") in ids and (e.get("row") is None or row.get("source_row") == e["row"]):
                    out.append((t, row))
        return out

    quarantine_rows = _table(con, "quarantine", problems)
    per_table = defaultdict(lambda: [0, 0])
    for n, e in enumerate(exp_rows):
        per_table[e["table"]][1] += 1
        if ok[n]:
            per_table[e["table"]][0] += 1
            continue
        where = f"{e['file']} / {e['sheet']} / row {e.get('row')}" + (f" col {e['column']}" if e.get("column") else "")
        report.append(f"- [{e['table']}] {where}" + (f"   ({e['note']})" if e.get("note") else ""))
        report.append(f"    expected: hospitals={e['hospitals']} fields={e['fields']}")
        cands = [i for i in index[e["table"]].get(exp_key(e), []) if i not in used[e["table"]]]
        if cands:
            best = min(cands, key=lambda i: len(mismatches(e, curated[e["table"]][i])))
            for m in mismatches(e, curated[e["table"]][best]):
                report.append(f"    wrong:    {m}")
            used[e["table"]].add(best)
        else:
            found = at_provenance(e)
            if found:
                for t, row in found[:3]:
                    report.append(f"    not found by key; at that place the tool curated [{t}] {_short(row)}")
            else:
                ids = sub_ids(e["file"], e["sheet"])
                q = [x for x in quarantine_rows if x.get("submission_id") in ids
                     and (e.get("row") is None or x.get("source_row") == e["row"])]
                if q:
                    report.append(f"    not curated: quarantined ({q[0].get('reason_code')}: {q[0].get('reason')})")
                elif not ids:
                    report.append("    not curated: no submission recorded for this file/sheet")
                else:
                    report.append("    not curated, not quarantined (counted as non-data or dropped)")
    section("fidelity per table")
    for t in NATURAL_KEYS:
        good, total = per_table[t]
        share = good / total if total else 1.0
        report.append(f"  {t:<24} {good:>4}/{total:<4} = {share:6.1%}")
        if share < THRESHOLD:
            failures.append(f"{t}: fidelity {good}/{total} = {share:.1%} < {THRESHOLD:.1%}")

    # -- unexpected curated rows ----------------------------------------------------------------
    section("curated rows that are not expected")
    for t in COUNTED:
        want = sum(1 for e in exp_rows if e["table"] == t)
        have = len(curated[t])
        line = f"  {t:<24} curated {have}, expected {want}"
        report.append(line)
        if have != want:
            failures.append(f"{t}: {have} curated rows, expected {want}")
        extra = [i for i in range(have) if i not in used[t]]
        for i in extra[:15]:
            row = curated[t][i]
            s = subs.get(row.get("submission_id"), {})
            report.append(f"    unmatched: {Path(str(s.get('file_name'))).name} / {s.get('sheet_name')} / row "
                          f"{row.get('source_row')}: {_short(row)}")
        if len(extra) > 15:
            report.append(f"    … and {len(extra) - 15} more")

    # -- quarantines ----------------------------------------------------------------------------
    section("expected quarantines")
    for e in exp_q:
        ids = sub_ids(e["file"], e["sheet"])
        q = [x for x in quarantine_rows if x.get("submission_id") in ids and x.get("source_row") == e["row"]]
        cur = [(t, r) for t, r in at_provenance(e)]
        status = "ok" if q and not cur else "MISMATCH"
        report.append(f"  {status} [{e['table']}] {e['file']} / {e['sheet']} / row {e['row']}: {e['why']}")
        if q:
            report.append(f"       quarantined: {q[0].get('reason_code')}: {q[0].get('reason')}")
        else:
            report.append("       not in quarantine")
            failures.append(f"not quarantined: {e['file']} / {e['sheet']} / row {e['row']} ({e['why']})")
        if cur:
            report.append(f"       but curated as [{cur[0][0]}] {_short(cur[0][1])}")
            failures.append(f"curated although it should be quarantined: {e['file']} / {e['sheet']} / row {e['row']}")

    # -- findings -------------------------------------------------------------------------------
    section("expected findings")
    finding_rows = _table(con, "findings", problems)
    for e in exp_rows:
        for f in e.get("findings", []):
            ids = sub_ids(e["file"], e["sheet"])
            names = {x.lower() for x in FIELD_SYNONYMS.get(f, {f})}
            hit = [x for x in finding_rows if x.get("submission_id") in ids
                   and (e.get("row") is None or x.get("source_row") == e["row"])
                   and (str(x.get("field") or "").lower() in names)]
            where = f"{e['file']} / {e['sheet']} / row {e['row']} field {f}"
            if hit:
                report.append(f"  ok  {where}: {hit[0].get('code')}")
            else:
                near = [x for x in finding_rows if x.get("submission_id") in ids and x.get("source_row") == e["row"]]
                report.append(f"  MISSING {where}" + (f"   (findings there: {[(x.get('field'), x.get('code')) for x in near]})" if near else ""))
                failures.append(f"finding missing: {where}")

    # -- row accounting -------------------------------------------------------------------------
    section("row accounting per submission: rows_read = curated + quarantined + non-data")
    cols = set(next(iter(subs.values())).keys()) if subs else set()
    nondata = "rows_nondata" if "rows_nondata" in cols else next(
        (c for c in sorted(cols) if "non" in c and "data" in c), None)
    if nondata is None:
        failures.append(f"submissions has no non-data row count column (columns: {sorted(cols)})")
        report.append(f"  no non-data count column in submissions: {sorted(cols)}")
    else:
        bad = 0
        for s in subs.values():
            read = s.get("rows_read") or 0
            parts = (s.get("rows_curated") or 0, s.get("rows_quarantined") or 0, s.get(nondata) or 0)
            if read != sum(parts):
                bad += 1
                report.append(f"  MISMATCH {Path(str(s.get('file_name'))).name} / {s.get('sheet_name')}: "
                              f"read {read} != curated {parts[0]} + quarantined {parts[1]} + non-data {parts[2]}")
        report.append(f"  {len(subs)} submissions, {bad} not adding up (column {nondata})")
        if bad:
            failures.append(f"{bad} submissions where rows_read != curated + quarantined + non-data")

    # -- ID numbers never stored or printed -----------------------------------------------------
    section("ID numbers in the database, output and file names")
    ids_all = EXP["id_numbers_in_corpus"]
    leaks = []
    tables = _rows(con, "SELECT DISTINCT table_schema, table_name FROM information_schema.columns "
                        "WHERE table_catalog = current_database()")
    for t in tables:
        sch, name = t["table_schema"], t["table_name"]
        try:
            rows = con.execute(f'SELECT * FROM "{sch}"."{name}"').fetchall()
        except Exception as e:  # noqa: BLE001
            report.append(f"  (could not scan {sch}.{name}: {e})")
            continue
        for r in rows:
            blob = "\x1f".join("" if v is None else str(v) for v in r)
            for i in ids_all:
                if i in blob:
                    leaks.append(f"{sch}.{name}: contains {i[:4]}…{i[-2:]}")
    for stream, text in (("stdout", stdout), ("stderr", stderr)):
        leaks += [f"{stream}: contains {i[:4]}…{i[-2:]}" for i in ids_all if i in text]
    for p in list(work.rglob("*")):
        leaks += [f"file name {p.name}: contains {i[:4]}…{i[-2:]}" for i in ids_all if i in p.name]
    leaks = sorted(set(leaks))
    report.extend("  LEAK " + x for x in leaks) if leaks else report.append(f"  none of {len(ids_all)} ID strings found")
    if leaks:
        failures.append(f"{len(leaks)} places contain an ID number of the corpus")

    if problems:
        section("problems reading the database")
        report.extend("  " + p for p in problems)
        failures.extend(problems)

    con.close()
    return report, failures
