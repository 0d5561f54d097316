"""realworld6: a province's second year in two steps (pairing list, then a code list and a correction).

Builds the SYNTHETIC corpus with make_corpus.py in a temporary folder and runs the tool as a
data manager would:

  step 1  duikou ingest DATA --db DB   (DATA = reference/ with the pairing list + submissions/)
  step 2  the code list arrives in reference/ and a corrected roster in submissions/;
          duikou ingest DATA --db DB   again

and scores the database against expected.json.  A readable report is printed before any
assertion (run with -s to see it).  Set REALWORLD6_KEEP=/some/dir to keep the corpus, the
databases and the tool's output for inspection.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld6-test-key"
THRESHOLD = 0.995

TABLES = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
          "county_inpatient_stats", "staff_monthly_assessments"]
# keys that identify a multi-row record (row null in expected.json) inside its sheet
RECORD_KEYS = {"hospital_monthly_stats": ("year", "month"), "county_inpatient_stats": ("year",)}


# --------------------------------------------------------------------------- running

def tool_env() -> dict:
    env = os.environ.copy()
    env["DUIKOU_PERSON_KEY"] = KEY
    env.pop("DUIKOU_KEY_FILE", None)
    env.pop("DUIKOU_DB", None)
    return env


def run_ingest(data_dir: Path, db: Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "duikou"), "ingest", str(data_dir), "--db", str(db)],
                          env=tool_env(), capture_output=True, text=True, timeout=900, cwd=str(cwd))


def build_corpus(out: Path, expected_path: Path) -> None:
    r = subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(out), "--expected", str(expected_path)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr


# --------------------------------------------------------------------------- reading the db

def _rows(con, sql):
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def base(name) -> str:
    return Path(str(name or "")).name


def is_csv(file: str) -> bool:
    return file.lower().endswith(".csv")


def sheet_key(file, sheet) -> str:
    return "" if is_csv(file) else (sheet or "")


def snapshot(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        snap = {"submissions": _rows(con, "SELECT * FROM submissions")}
        subs = {s["submission_id"]: s for s in snap["submissions"]}
        snap["hospitals"] = _rows(con, "SELECT * FROM hospitals")
        snap["pairings"] = _rows(con, "SELECT * FROM pairings")
        snap["tables"] = {}
        for t in TABLES:
            rows = _rows(con, f"SELECT * FROM {t}")
            for r in rows:
                s = subs.get(r.get("submission_id"), {})
                r["__file"] = base(s.get("file_name"))
                r["__sheet"] = s.get("sheet_name")
            snap["tables"][t] = rows
        for name in ("quarantine", "findings"):
            rows = _rows(con, f"SELECT * FROM {name}")
            for r in rows:
                s = subs.get(r.get("submission_id"), {})
                r["__file"] = base(s.get("file_name"))
                r["__sheet"] = s.get("sheet_name")
            snap[name] = rows
        # every text value of every table and view, for the ID-number scan
        texts = []
        cols = _rows(con, "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns")
        by_table: dict = {}
        for c in cols:
            if c["data_type"] in ("VARCHAR", "JSON") or c["data_type"].startswith("VARCHAR"):
                by_table.setdefault((c["table_schema"], c["table_name"]), []).append(c["column_name"])
        for (schema, table), cnames in sorted(by_table.items()):
            sel = ", ".join(f'CAST("{c}" AS VARCHAR)' for c in cnames)
            try:
                for r in con.execute(f'SELECT {sel} FROM "{schema}"."{table}"').fetchall():
                    for c, v in zip(cnames, r):
                        if v:
                            texts.append((f"{schema}.{table}.{c}", v))
            except Exception:  # a view that cannot be read on its own is not data
                pass
        snap["texts"] = texts
    finally:
        con.close()
    return snap


# --------------------------------------------------------------------------- comparing

def norm(v):
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, str):
        v = v.strip()
        return v if v != "" else None
    return v


def width(s: str) -> str:
    """Full-width and half-width forms are the same text: （PCI） = (PCI)."""
    return unicodedata.normalize("NFKC", s)


def same(exp, got) -> bool:
    if isinstance(exp, dict) and "any_of" in exp:
        return any(same(e, got) for e in exp["any_of"])
    got = norm(got)
    if exp is None:
        return got is None
    if isinstance(exp, bool):
        return isinstance(got, bool) and got == exp
    if isinstance(exp, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(float(got) - float(exp)) < 1e-6
    if isinstance(exp, str) and isinstance(got, str):
        return width(got) == width(exp)
    return got == exp


def show(v):
    if isinstance(v, dict) and "any_of" in v:
        return " or ".join(repr(x) for x in v["any_of"])
    return repr(v)


class Scorer:
    def __init__(self, expected: dict, snap: dict, pids):
        self.exp = expected
        self.snap = snap
        self.pids = pids
        self.hid = {h["name"]: h["hospital_id"] for h in snap["hospitals"]}

    def person_problems(self, e, got) -> list[str]:
        out = []
        if e.get("id_number"):
            want = self.pids.from_id_number(e["id_number"])
            if got.get("person_id") != want:
                alt = e.get("person_alt_basis")
                if not (alt and got.get("person_id_basis") == alt and got.get("person_id")):
                    out.append("person_id is not the keyed hash of the row's ID number"
                               f" (basis {got.get('person_id_basis')!r})")
        if e.get("person_basis"):
            if got.get("person_id_basis") != e["person_basis"] or not got.get("person_id"):
                out.append(f"person_id_basis {got.get('person_id_basis')!r}, expected {e['person_basis']!r}")
        return out

    def problems(self, e, got) -> list[str]:
        out = self.person_problems(e, got)
        for field, name in e.get("hospitals", {}).items():
            want = self.hid.get(name)
            if want is None:
                out.append(f"{field}: hospital {name} not in hospitals")
            elif got.get(field) != want:
                who = [h["name"] for h in self.snap["hospitals"] if h["hospital_id"] == got.get(field)]
                out.append(f"{field}: {who[0] if who else got.get(field)!r}, expected {name}")
        for field, want in e.get("fields", {}).items():
            if field not in got:
                out.append(f"{field}: no such column")
            elif not same(want, got[field]):
                out.append(f"{field}: {norm(got[field])!r}, expected {show(want)}")
        return out

    def index(self, rows):
        by_row, by_sheet = {}, {}
        for e in rows:
            if e.get("quarantine"):
                continue
            k = (e["table"], e["file"], sheet_key(e["file"], e["sheet"]))
            if e["row"] is None:
                by_sheet.setdefault(k, []).append(e)
            else:
                by_row[k + (e["row"],)] = e
        return by_row, by_sheet

    def match(self, rows):
        """Pair every curated row with an expected row.  Returns (pairs, unexpected, missing)."""
        by_row, by_sheet = self.index(rows)
        pairs, unexpected, seen = [], [], set()
        for t in TABLES:
            for got in self.snap["tables"][t]:
                k = (t, got["__file"], sheet_key(got["__file"], got["__sheet"]))
                e = by_row.get(k + (got.get("source_row"),))
                if e is None and k in by_sheet:
                    keys = RECORD_KEYS.get(t, ())
                    for cand in by_sheet[k]:
                        if all(same(cand["fields"].get(f), got.get(f)) for f in keys) and id(cand) not in seen:
                            e = cand
                            break
                if e is None:
                    unexpected.append((t, got))
                else:
                    if id(e) in seen:
                        unexpected.append((t, got))  # a second curated row for one expected row
                        continue
                    seen.add(id(e))
                    pairs.append((e, got))
        missing = [e for e in rows if not e.get("quarantine") and id(e) not in seen]
        return pairs, unexpected, missing


def where(e) -> str:
    return f"{e['file']} [{e['sheet']}] row {e['row']}"


def got_where(t, got) -> str:
    return f"{t}: {got['__file']} [{got['__sheet']}] row {got.get('source_row')}"


# --------------------------------------------------------------------------- checks

def check_accounting(snap) -> list[str]:
    bad = []
    for s in snap["submissions"]:
        parts = [s.get("rows_curated"), s.get("rows_quarantined"), s.get("rows_nondata")]
        if s.get("rows_read") != sum(p or 0 for p in parts):
            bad.append(f"{base(s['file_name'])} [{s.get('sheet_name')}]: rows_read {s.get('rows_read')} != "
                       f"curated {parts[0]} + quarantined {parts[1]} + nondata {parts[2]}")
    return bad


def id_pattern(expected) -> re.Pattern:
    bodies = sorted({i[:17] for i in expected["id_numbers"]})
    return re.compile("|".join(re.escape(b) for b in bodies))


def check_no_ids(snap, expected, outputs: list[str]) -> list[str]:
    pat = id_pattern(expected)
    bad = []
    for where_, v in snap["texts"]:
        if pat.search(str(v)):
            bad.append(f"ID number in {where_}: {pat.sub('<ID>', str(v))[:120]}")
    for i, text in enumerate(outputs):
        if pat.search(text or ""):
            bad.append(f"ID number in the tool's output #{i + 1}")
    return bad


def check_hospitals(snap, expected, step, step1_ids=None) -> list[str]:
    bad = []
    by_name = {}
    for h in snap["hospitals"]:
        by_name.setdefault(h["name"], []).append(h)
    for e in expected["hospitals"]:
        hs = by_name.get(e["name"], [])
        if len(hs) != 1:
            bad.append(f"hospital {e['name']}: {len(hs)} rows")
            continue
        h = hs[0]
        fields = ["level", "grade", "category", "county"] if (step == 2 or e["role"] == "recipient") else []
        if step == 2:
            fields += ["code", "county_code"]
        for f in fields:
            if not same(e[f], h.get(f)):
                bad.append(f"hospital {e['name']}: {f} {h.get(f)!r}, expected {e[f]!r}")
        if step1_ids is not None and h["hospital_id"] != step1_ids.get(e["name"]):
            bad.append(f"hospital {e['name']}: id {h['hospital_id']!r} after step 2, was {step1_ids.get(e['name'])!r}")
    return bad


def check_pairings(snap, expected, step1_pairings=None) -> list[str]:
    bad = []
    hid = {h["name"]: h["hospital_id"] for h in snap["hospitals"]}
    got = {(p["support_hospital_id"], p["recipient_hospital_id"]): p for p in snap["pairings"]}
    if len(snap["pairings"]) != len(expected["pairings"]):
        bad.append(f"{len(snap['pairings'])} pairings, expected {len(expected['pairings'])}")
    for e in expected["pairings"]:
        p = got.get((hid.get(e["support"]), hid.get(e["recipient"])))
        if p is None:
            bad.append(f"pairing {e['support']} -> {e['recipient']} missing")
            continue
        for f in ("start_date", "end_date", "agreement_date", "start_date_source"):
            if not same(e[f], p.get(f)):
                bad.append(f"pairing {e['support']} -> {e['recipient']}: {f} {norm(p.get(f))!r}, expected {e[f]!r}")
    if step1_pairings is not None:
        before = sorted(p["pairing_id"] for p in step1_pairings)
        after = sorted(p["pairing_id"] for p in snap["pairings"])
        if before != after:
            bad.append(f"pairing ids changed in step 2: {before} -> {after}")
    return bad


def step1_rows(expected) -> list[dict]:
    corr = expected["correction"]["file"]
    return [e for e in expected["rows"] if e["file"] != corr] + expected["step1_only_rows"]


def score_step1(snap, expected, pids) -> dict:
    rows = step1_rows(expected)
    sc = Scorer(expected, snap, pids)
    pairs, unexpected, missing = sc.match(rows)
    wrong = []
    for e, got in pairs:
        p = sc.problems(e, got)
        if p:
            wrong.append((e, p))
    qkeys = {(q["file"], sheet_key(q["file"], q["sheet"]), q["row"]) for q in expected["rows"] if q.get("quarantine")}
    curated_quarantines = [(t, g) for t, g in unexpected
                           if (g["__file"], sheet_key(g["__file"], g["__sheet"]), g.get("source_row")) in qkeys]
    return {"pairs": pairs, "wrong": wrong, "unexpected": unexpected, "held": missing,
            "curated_quarantines": curated_quarantines}


def score_step2(snap, expected, pids) -> dict:
    rows = expected["rows"]
    sc = Scorer(expected, snap, pids)
    pairs, unexpected, missing = sc.match(rows)
    per_table = {t: {"expected": 0, "right": 0, "curated": len(snap["tables"][t])} for t in TABLES}
    for e in rows:
        if not e.get("quarantine"):
            per_table[e["table"]]["expected"] += 1
    wrong = []
    right_ids = set()
    for e, got in pairs:
        p = sc.problems(e, got)
        if p:
            wrong.append((e, p))
        else:
            per_table[e["table"]]["right"] += 1
            right_ids.add(id(e))
    # quarantines
    qgot = {}
    for q in snap["quarantine"]:
        qgot.setdefault((q["__file"], sheet_key(q["__file"], q["__sheet"]), q.get("source_row")), []).append(q)
    quarantine_missing = []
    for q in rows:
        if q.get("quarantine"):
            k = (q["file"], sheet_key(q["file"], q["sheet"]), q["row"])
            if not qgot.get(k) or not all((x.get("reason") or "").strip() for x in qgot[k]):
                quarantine_missing.append(q)
    qexp = {(q["file"], sheet_key(q["file"], q["sheet"]), q["row"]) for q in rows if q.get("quarantine")}
    quarantine_unexpected = [q for k, qs in sorted(qgot.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or 0))
                             if k not in qexp for q in qs]
    # findings
    fgot = {}
    for f in snap["findings"]:
        fgot.setdefault((f["__file"], sheet_key(f["__file"], f["__sheet"]), f.get("source_row")), set()).update(
            {f.get("field"), f.get("code")})
    findings_missing = []
    got_by_exp = {id(e): g for e, g in pairs}
    for e in rows:
        if e.get("quarantine") or not e.get("findings"):
            continue
        g = got_by_exp.get(id(e))
        src = e["row"] if e["row"] is not None else (g or {}).get("source_row")
        have = fgot.get((e["file"], sheet_key(e["file"], e["sheet"]), src), set())
        for f in e["findings"]:
            if f not in have:
                findings_missing.append((e, f, sorted(x for x in have if x)))
    # the correction
    corr_problems = []
    orig = expected["correction"]["supersedes"]
    corr = expected["correction"]["file"]
    subs = snap["submissions"]
    o = [s for s in subs if base(s["file_name"]) == orig]
    c = [s for s in subs if base(s["file_name"]) == corr]
    if not c:
        corr_problems.append("the corrected roster has no submission")
    if not o:
        corr_problems.append("the original roster has no submission")
    if o and c and not all(s.get("superseded_by") in {x["submission_id"] for x in c} for s in o):
        corr_problems.append(f"original roster superseded_by {[s.get('superseded_by') for s in o]}, expected the "
                             f"correction's submission id")
    return {"pairs": pairs, "wrong": wrong, "unexpected": unexpected, "missing": missing, "per_table": per_table,
            "quarantine_missing": quarantine_missing, "findings_missing": findings_missing,
            "quarantine_unexpected": quarantine_unexpected,
            "correction": corr_problems}


# --------------------------------------------------------------------------- report

def report_step1(res, extra: dict) -> str:
    L = ["", "=" * 78, "realworld6 STEP 1 (pairing list + 2024 submissions)", "=" * 78]
    for k, v in extra.items():
        L.append(f"{k}: {v if not isinstance(v, list) else (len(v) if v else 'ok')}")
        if isinstance(v, list):
            L += [f"    {x}" for x in v[:15]]
    per = {}
    for e, _ in res["pairs"]:
        per.setdefault(e["table"], [0, 0])[0] += 1
    for e, _ in res["wrong"]:
        per.setdefault(e["table"], [0, 0])[1] += 1
    L.append("curated in step 1 (matched to expected / of which wrong):")
    for t in TABLES:
        a, b = per.get(t, [0, 0])
        L.append(f"    {t:28s} {a:4d} / {b:3d} wrong")
    L.append(f"held (not curated yet): {len(res['held'])}")
    held = {}
    for e in res["held"]:
        held[(e["table"], e["file"])] = held.get((e["table"], e["file"]), 0) + 1
    L += [f"    {t}: {f}: {n}" for (t, f), n in sorted(held.items())]
    if res["wrong"]:
        L.append("CURATED WRONGLY:")
        for e, p in res["wrong"][:60]:
            L.append(f"    {e['table']}: {where(e)}: " + "; ".join(p))
    if res["unexpected"]:
        L.append("CURATED BUT NOT EXPECTED:")
        for t, g in res["unexpected"][:40]:
            L.append(f"    {got_where(t, g)}")
    return "\n".join(L)


def report_step2(res, extra: dict) -> str:
    L = ["", "=" * 78, "realworld6 STEP 2 (code list + corrected roster)", "=" * 78]
    L.append(f"{'table':28s} {'expected':>8s} {'right':>6s} {'curated':>8s} {'score':>7s}")
    for t, d in res["per_table"].items():
        s = d["right"] / d["expected"] if d["expected"] else 1.0
        L.append(f"{t:28s} {d['expected']:8d} {d['right']:6d} {d['curated']:8d} {s:7.1%}")
    for k, v in extra.items():
        L.append(f"{k}: {v if not isinstance(v, list) else (len(v) if v else 'ok')}")
        if isinstance(v, list):
            L += [f"    {x}" for x in v[:15]]
    if res["wrong"]:
        L.append("WRONG VALUES:")
        for e, p in res["wrong"][:80]:
            L.append(f"    {e['table']}: {where(e)}: " + "; ".join(p))
        if len(res["wrong"]) > 80:
            L.append(f"    ... and {len(res['wrong']) - 80} more")
    if res["missing"]:
        L.append("EXPECTED ROWS NOT CURATED:")
        for e in res["missing"][:60]:
            L.append(f"    {e['table']}: {where(e)}  ({e.get('note', '')[:70]})")
        if len(res["missing"]) > 60:
            L.append(f"    ... and {len(res['missing']) - 60} more")
    if res["unexpected"]:
        L.append("CURATED BUT NOT EXPECTED (extra or duplicate):")
        for t, g in res["unexpected"][:40]:
            L.append(f"    {got_where(t, g)}")
    if res["quarantine_missing"]:
        L.append("EXPECTED QUARANTINES MISSING:")
        for q in res["quarantine_missing"]:
            L.append(f"    {q['table']}: {where(q)}: {q['why']}")
    if res.get("quarantine_unexpected"):
        L.append("QUARANTINED BUT NOT EXPECTED TO BE (informational, not asserted):")
        for q in res["quarantine_unexpected"][:30]:
            L.append(f"    {q['__file']} [{q['__sheet']}] row {q.get('source_row')}: {q.get('reason_code')}: "
                     f"{(q.get('reason') or '')[:100]}")
    if res["findings_missing"]:
        L.append("EXPECTED FINDINGS MISSING:")
        for e, f, have in res["findings_missing"][:40]:
            L.append(f"    {e['table']}: {where(e)}: {f} (has {have})")
    if res["correction"]:
        L.append("CORRECTION:")
        L += [f"    {x}" for x in res["correction"]]
    return "\n".join(L)


# --------------------------------------------------------------------------- the run

@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    from pipelines.privacy.person_id import PersonIds

    pids = PersonIds(KEY.encode())
    tmp = tmp_path_factory.mktemp("realworld6")
    full = tmp / "corpus"
    gen_expected = tmp / "expected.generated.json"
    build_corpus(full, gen_expected)
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    assert json.loads(gen_expected.read_text(encoding="utf-8")) == expected, \
        "expected.json is out of date: regenerate it with make_corpus.py --expected"

    data = tmp / "data"
    step2 = set(expected["step2_files"])
    for p in sorted(full.rglob("*")):
        rel = p.relative_to(full).as_posix()
        if p.is_file() and rel not in step2:
            (data / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, data / rel)
    db = tmp / "realworld6.duckdb"

    r1 = run_ingest(data, db, tmp)
    snap1 = snapshot(db) if db.exists() else None
    keep = os.environ.get("REALWORLD6_KEEP")
    if keep:
        k = Path(keep)
        k.mkdir(parents=True, exist_ok=True)
        if db.exists():
            shutil.copy2(db, k / "step1.duckdb")
    for rel in sorted(step2):
        (data / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(full / rel, data / rel)
    r2 = run_ingest(data, db, tmp)
    snap2 = snapshot(db) if db.exists() else None
    if keep:
        shutil.copytree(full, k / "corpus", dirs_exist_ok=True)
        if db.exists():
            shutil.copy2(db, k / "step2.duckdb")
        for i, r in enumerate((r1, r2), start=1):
            (k / f"step{i}.stdout").write_text(r.stdout or "", encoding="utf-8")
            (k / f"step{i}.stderr").write_text(r.stderr or "", encoding="utf-8")

    out = {"expected": expected, "pids": pids, "r1": r1, "r2": r2, "snap1": snap1, "snap2": snap2}
    if snap1 is not None:
        res1 = score_step1(snap1, expected, pids)
        extra1 = {
            "exit code": r1.returncode,
            "row accounting": check_accounting(snap1),
            "ID numbers found": check_no_ids(snap1, expected, [r1.stdout, r1.stderr]),
            "hospitals": check_hospitals(snap1, expected, 1),
            "pairings": check_pairings(snap1, expected),
        }
        out.update(res1=res1, extra1=extra1)
        print(report_step1(res1, extra1))
    if snap2 is not None and snap1 is not None:
        res2 = score_step2(snap2, expected, pids)
        ids1 = {h["name"]: h["hospital_id"] for h in snap1["hospitals"]}
        extra2 = {
            "exit code": r2.returncode,
            "row accounting": check_accounting(snap2),
            "ID numbers found": check_no_ids(snap2, expected, [r1.stdout, r1.stderr, r2.stdout, r2.stderr]),
            "hospitals": check_hospitals(snap2, expected, 2, ids1),
            "pairings": check_pairings(snap2, expected, snap1["pairings"]),
        }
        out.update(res2=res2, extra2=extra2)
        print(report_step2(res2, extra2))
    if r1.returncode or r2.returncode:
        print("STEP 1 stderr tail:\n" + (r1.stderr or "")[-3000:])
        print("STEP 2 stderr tail:\n" + (r2.stderr or "")[-3000:])
    return out


def _need(runs, key):
    if runs.get(key) is None:
        pytest.fail(f"no database after the ingest ({key}); exit codes {runs['r1'].returncode}, {runs['r2'].returncode}\n"
                    f"{(runs['r1'].stderr or '')[-2000:]}\n{(runs['r2'].stderr or '')[-2000:]}")


# ---- step 1

def test_step1_exit_code(runs):
    assert runs["r1"].returncode == 0, (runs["r1"].stderr or "")[-3000:]


def test_step1_row_accounting(runs):
    _need(runs, "snap1")
    assert not runs["extra1"]["row accounting"], runs["extra1"]["row accounting"]


def test_step1_no_id_numbers(runs):
    _need(runs, "snap1")
    assert not runs["extra1"]["ID numbers found"], runs["extra1"]["ID numbers found"][:10]


def test_step1_nothing_curated_wrongly(runs):
    _need(runs, "snap1")
    res = runs["res1"]
    msgs = [f"{e['table']}: {where(e)}: {'; '.join(p)}" for e, p in res["wrong"]]
    msgs += [f"not expected: {got_where(t, g)}" for t, g in res["unexpected"]]
    assert not msgs, "\n".join(msgs[:40])


def test_step1_hospitals_and_pairings(runs):
    _need(runs, "snap1")
    bad = runs["extra1"]["hospitals"] + runs["extra1"]["pairings"]
    assert not bad, "\n".join(bad)


# ---- step 2

def test_step2_exit_code(runs):
    assert runs["r2"].returncode == 0, (runs["r2"].stderr or "")[-3000:]


@pytest.mark.parametrize("table", TABLES)
def test_step2_rows_right(runs, table):
    _need(runs, "snap2")
    d = runs["res2"]["per_table"][table]
    score = d["right"] / d["expected"] if d["expected"] else 1.0
    wrong = [f"{where(e)}: {'; '.join(p)}" for e, p in runs["res2"]["wrong"] if e["table"] == table]
    missing = [f"not curated: {where(e)}" for e in runs["res2"]["missing"] if e["table"] == table]
    assert score >= THRESHOLD, f"{table}: {d['right']}/{d['expected']} right ({score:.1%})\n" + "\n".join(
        (wrong + missing)[:30])


@pytest.mark.parametrize("table", TABLES)
def test_step2_curated_counts(runs, table):
    _need(runs, "snap2")
    d = runs["res2"]["per_table"][table]
    extra = [got_where(t, g) for t, g in runs["res2"]["unexpected"] if t == table]
    assert d["curated"] == d["expected"], f"{table}: {d['curated']} curated rows, expected {d['expected']}\n" + \
        "\n".join(extra[:20])


def test_step2_quarantines(runs):
    _need(runs, "snap2")
    q = runs["res2"]["quarantine_missing"]
    assert not q, "\n".join(f"{x['table']}: {where(x)}: {x['why']}" for x in q)


def test_step2_findings(runs):
    _need(runs, "snap2")
    f = runs["res2"]["findings_missing"]
    assert not f, "\n".join(f"{e['table']}: {where(e)}: {code} (has {have})" for e, code, have in f)


def test_step2_row_accounting(runs):
    _need(runs, "snap2")
    assert not runs["extra2"]["row accounting"], runs["extra2"]["row accounting"]


def test_step2_hospitals_keep_ids_and_gain_codes(runs):
    _need(runs, "snap2")
    assert not runs["extra2"]["hospitals"], "\n".join(runs["extra2"]["hospitals"])


def test_step2_pairings_intact(runs):
    _need(runs, "snap2")
    assert not runs["extra2"]["pairings"], "\n".join(runs["extra2"]["pairings"])


def test_step2_correction_supersedes(runs):
    _need(runs, "snap2")
    assert not runs["res2"]["correction"], "\n".join(runs["res2"]["correction"])


def test_step2_no_id_numbers(runs):
    _need(runs, "snap2")
    assert not runs["extra2"]["ID numbers found"], runs["extra2"]["ID numbers found"][:10]
