"""The scoring harness of the outsider corpora (tests/realworld, realworld2 … realworld29, one copy): build a
corpus with its make_corpus.py, run `duikou ingest data/raw/` exactly as the README tells a new
user, score per table against the truth the generator wrote, and scan every table, output and
written file for ID numbers. Written for realworld10 without reading the tool's parser (from realworld8's
own copy); realworld11 reused it unchanged.

The eight older corpora (realworld, realworld2 … realworld8) moved onto it on 2026-12-06. What their own
scoring had and this one lacked was added without changing what it checks for a truth that does not use it:
a place with row None (a record spanning rows), optional truth keys (``id_region``, a quarantine's
``reason_code``, ``field_rules``, ``{"one_of": […]}`` values, ``pairing_fields``, a pairing without
``start_date_source``, ``person_unchecked`` / ``person_alt_basis`` rows, ``hospitals_optional``), earlier ingest
steps (``first_steps``), and the checks ``check_findings_present``, ``check_same_person`` and
``check_every_file_read``.
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
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

BAR = 0.995
TABLES = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
          "staff_monthly_assessments", "county_inpatient_stats"]
PERSON_TABLES = {"deployments", "trainees", "staff_monthly_assessments"}
NOT_A_MISSING_VALUE = {"UNRESOLVED_HOSPITAL", "REFERENCE_NOT_NAMED", "DUPLICATE_ROW"}


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def norm(v):
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return v.strip()
    return v


def same(exp, got) -> bool:
    if isinstance(exp, dict) and "one_of" in exp:        # a truth accepting any of several values (realworld)
        return any(same(e, got) for e in exp["one_of"])
    got = norm(got)
    if exp is None:
        return got is None or got == ""
    if isinstance(exp, bool):
        return isinstance(got, bool) and got == exp
    if isinstance(exp, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(float(got) - exp) < 1e-6
    return isinstance(got, str) and re.sub(r"\s+", "", nfkc(got)) == re.sub(r"\s+", "", nfkc(exp))


def same_by_rule(rule, exp, got) -> bool:
    """The truth's ``field_rules`` (the older corpora's conventions, per field): ``zero_or_null`` — an expected
    0 (or NULL) is met by 0 or NULL; ``contains`` — the expected text is within the value (whitespace and
    width ignored); ``approx`` — numbers within 0.005."""
    got = norm(got)
    if rule == "zero_or_null" and exp in (0, None):
        return got is None or (isinstance(got, (int, float)) and not isinstance(got, bool) and float(got) == 0)
    if rule == "contains" and isinstance(exp, str) and isinstance(got, str):
        return re.sub(r"\s+", "", nfkc(exp)) in re.sub(r"\s+", "", nfkc(got))
    if rule == "approx" and isinstance(exp, (int, float)) and isinstance(got, (int, float)):
        return not isinstance(got, bool) and abs(float(got) - exp) < 0.005
    return same(exp, got)


def show(v):
    v = norm(v)
    return "NULL" if v is None else repr(v)


def base(p) -> str:
    return "" if p is None else os.path.basename(str(p).replace("\\", "/"))


def rows_of(con, sql):
    cur = con.execute(sql)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# ----------------------------------------------------------------------------------------- ID numbers
def id_patterns(truth):
    """Each ID number of the corpus in any spelling (separators between digits, full width via NFKC, either
    case of X, Excel's scientific spelling), and anything shaped like an 18-digit number of region 99."""
    pats, sep = [], r"[\s\-_.·,/]*"
    for canonical, spellings in truth["id_numbers"].items():
        for s in [canonical] + spellings:
            digits = re.sub(r"[^0-9Xx]", "", nfkc(s))
            pats.append(sep.join(re.escape(c) for c in digits))
        pats.append(re.escape(canonical[0]) + r"\.?" + re.escape(canonical[1:8]) + r"\d*[eE]\+?17")
    # ``id_region``: the region codes of the corpus's invented ID numbers (a regex; region 99 unless it says)
    generic = (r"(?<![0-9A-Za-z])" + truth.get("id_region", r"99\d{4}") + r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]?"
               r"(?![0-9A-Za-z])")
    return re.compile("|".join(pats), re.IGNORECASE), re.compile(generic)


def find_ids(text: str, pats) -> bool:
    t = nfkc(text)
    return bool(pats[0].search(t) or pats[1].search(t))


def scan_ids(con, truth, texts: dict, files):
    pats = id_patterns(truth)
    leaks = []
    for c in rows_of(con, "SELECT table_schema, table_name, column_name FROM information_schema.columns "
                          "WHERE table_schema NOT IN ('information_schema', 'pg_catalog')"):
        q = (f'SELECT DISTINCT CAST("{c["column_name"]}" AS VARCHAR) FROM "{c["table_schema"]}"."{c["table_name"]}" '
             f'WHERE "{c["column_name"]}" IS NOT NULL')
        try:
            vals = [r[0] for r in con.execute(q).fetchall()]
        except Exception:  # noqa: BLE001
            continue
        if any(v and find_ids(v, pats) for v in vals):
            leaks.append(f"{c['table_schema']}.{c['table_name']}.{c['column_name']}")
    leaks += [name for name, text in texts.items() if find_ids(text, pats)]
    raw = {s.encode() for k, v in truth["id_numbers"].items() for s in [k] + v}
    for f in files:
        if find_ids(str(f), pats):
            leaks.append(f"file name {f}")
        if f.is_file():
            data = f.read_bytes()
            if any(b in data for b in raw) or (f.suffix not in (".duckdb", ".wal", ".parquet")
                                               and find_ids(data.decode("utf-8", "ignore"), pats)):
                leaks.append(f"file {f.name}")
    return sorted(set(leaks))


# ----------------------------------------------------------------------------------------- scoring
def score(con, truth, person_id):
    detail, fail, scores = [], [], {}
    hosp = rows_of(con, "SELECT * FROM hospitals")
    hid = {nfkc(h["name"]).strip(): h["hospital_id"] for h in hosp}
    name_of = {h["hospital_id"]: h["name"] for h in hosp}

    ok = absent = wrong = 0
    for h in truth["hospitals"]:
        got = next((x for x in hosp if same(h["name"], x["name"])), None)
        if got is None:
            absent += 1
            detail.append(f"  ✗ hospitals: {h['name']} absent")
            continue
        bad = [(k, v, got.get(k)) for k, v in h.items() if k != "name" and not same(v, got.get(k))]
        if bad:
            wrong += 1
            detail.append(f"  ✗ hospitals: {h['name']}: " + "; ".join(f"{k} expected {show(v)} got {show(g)}"
                                                                      for k, v, g in bad))
        else:
            ok += 1
    # ``hospitals_optional``: names a truth leaves open (a code list's hospitals in no pairing and no submission)
    extra = [x["name"] for x in hosp if not any(same(h["name"], x["name"]) for h in truth["hospitals"])
             and not any(same(n, x["name"]) for n in truth.get("hospitals_optional", ()))]
    detail += [f"  + hospitals: {x} (not in the pairing list)" for x in extra]
    scores["hospitals"] = dict(truth=len(truth["hospitals"]), exact=ok, absent=absent, wrong=wrong, quarantined=0,
                               extra=len(extra), curated=len(hosp))

    prs = rows_of(con, "SELECT * FROM pairings")
    used, ok, absent, wrong = set(), 0, 0, 0
    for p in truth["pairings"]:
        s_id, r_id = hid.get(p["support"]), hid.get(p["recipient"])
        cands = [i for i, x in enumerate(prs) if i not in used and s_id and x["support_hospital_id"] == s_id
                 and x["recipient_hospital_id"] == r_id]
        label = f"{p['support']} → {p['recipient']}"
        if not cands:
            absent += 1
            detail.append(f"  ✗ pairings: {label} absent")
            continue
        used.add(cands[0])
        got = prs[cands[0]]
        bad = [(k, p[k], got.get(k)) for k in ("start_date", "end_date", "agreement_date", "start_date_source",
                                               *truth.get("pairing_fields", ()))   # a truth may name more
               if k in p and not same(p[k], got.get(k))]
        if "start_date_source" not in p and not got.get("start_date_source"):   # a truth that does not say which
            bad.append(("start_date_source", "<any>", None))
        if bad:
            wrong += 1
            detail.append(f"  ✗ pairings: {label}: " + "; ".join(f"{k} expected {show(v)} got {show(g)}"
                                                              for k, v, g in bad))
        else:
            ok += 1
    extra = [x for i, x in enumerate(prs) if i not in used]
    detail += [f"  + pairings: {name_of.get(x['support_hospital_id'])} → {name_of.get(x['recipient_hospital_id'])}"
               for x in extra]
    scores["pairings"] = dict(truth=len(truth["pairings"]), exact=ok, absent=absent, wrong=wrong, quarantined=0,
                              extra=len(extra), curated=len(prs))

    subs = rows_of(con, "SELECT * FROM submissions")
    sub_by_id = {s["submission_id"]: s for s in subs}

    def prov(r):
        s = sub_by_id.get(r.get("submission_id"), {})
        fl = base(s.get("file_name"))
        return fl, (None if fl.lower().endswith(".csv") else s.get("sheet_name"))

    quar = rows_of(con, "SELECT * FROM quarantine")
    quar_at = defaultdict(list)
    for q in quar:
        quar_at[(*prov(q), q.get("source_row"))].append(q)
    curated = {t: rows_of(con, f"SELECT * FROM {t}") for t in TABLES}
    curated_at = defaultdict(list)
    for t, rows in curated.items():
        for r in rows:
            curated_at[(*prov(r), r.get("source_row"))].append(t)

    by_table = defaultdict(list)
    for e in truth["rows"]:
        by_table[e["table"]].append(e)
    rules = truth.get("field_rules", {})

    for t in TABLES:
        rows, exp, used, status = curated[t], by_table.get(t, []), set(), {}

        def want_of(e):
            w = dict(e["fields"])
            for k, name in e["hospitals"].items():
                w[k] = ("HOSP", name)
            if t in PERSON_TABLES and not e.get("person_unchecked"):   # a truth may leave person_id open
                if e.get("id_number"):
                    w["person_id"] = person_id(e["id_number"])
                    w["person_id_basis"] = "id_number"
                    if e.get("person_alt_basis"):     # or a pseudonym on that basis (a doubtful ID number)
                        w["_alt_basis"] = e["person_alt_basis"]
                else:
                    w["person_id_basis"] = "name"
            return w

        def diffs(w, r):
            out = []
            alt = w.get("_alt_basis") and r.get("person_id_basis") == w["_alt_basis"] and r.get("person_id")
            for k, v in w.items():
                if k == "_alt_basis" or (alt and k in ("person_id", "person_id_basis")):
                    continue
                if k not in r:
                    out.append((k, v, "<no column>"))
                elif isinstance(v, tuple) and v[0] == "HOSP":
                    if hid.get(v[1]) is None or r[k] != hid.get(v[1]):
                        out.append((k, v[1], name_of.get(r[k], r[k])))
                elif k == "person_id":
                    if r[k] != v:
                        out.append((k, "<keyed hash of the ID number>", "<another id>"))
                elif not (same_by_rule(rules[k], v, r[k]) if k in rules else same(v, r[k])):
                    out.append((k, v, r[k]))
            return out

        def at(e, r, with_keys=True):
            fl, sh = prov(r)
            # a place with row None is a record spanning several rows (months as columns, one person per
            # column, one form per sheet): any row of that file and sheet
            hit = any(fl == f and (sh is None or s is None or sh == s) and (row is None or r.get("source_row") == row)
                      for f, s, row in e["places"])
            return hit and (not with_keys or all(same(e["fields"][k], r.get(k)) for k in e["keys"]))

        for i, e in enumerate(exp):
            w = want_of(e)
            j = next((j for j, r in enumerate(rows) if j not in used and at(e, r) and not diffs(w, r)), None)
            if j is not None:
                used.add(j)
                status[i] = ("exact", "")
        for i, e in enumerate(exp):
            if i in status:
                continue
            w = want_of(e)
            cands = [j for j, r in enumerate(rows) if j not in used and at(e, r)] or \
                    [j for j, r in enumerate(rows) if j not in used and at(e, r, with_keys=False)]
            if cands:
                j = min(cands, key=lambda j: len(diffs(w, rows[j])))
                used.add(j)
                status[i] = ("wrong", "; ".join(f"{k}: expected {show(v) if k != 'person_id' else v}, got "
                                                f"{show(g) if k != 'person_id' else g}" for k, v, g in diffs(w, rows[j])))
            else:
                qs = [q for f, s, row in e["places"]
                      for q in quar_at.get((f, None if f.lower().endswith(".csv") else s, row), [])]
                status[i] = ("quarantined", ", ".join(sorted({f"{q.get('reason_code')}: {str(q.get('reason'))[:100]}"
                                                              for q in qs}))) if qs else ("absent", "")
        n = {k: sum(1 for s, _ in status.values() if s == k) for k in ("exact", "wrong", "quarantined", "absent")}
        extra = [r for j, r in enumerate(rows) if j not in used]
        scores[t] = dict(truth=len(exp), exact=n["exact"], absent=n["absent"], wrong=n["wrong"],
                         quarantined=n["quarantined"], extra=len(extra), curated=len(rows))
        for i, e in enumerate(exp):
            s, why = status[i]
            if s != "exact":
                f, sh, row = e["places"][0]
                keys = ", ".join(f"{k}={e['fields'][k]}" for k in e["keys"])
                detail.append(f"  ✗ {t} {s} [{f} | {sh or '-'} | row {row} | {keys}] {why}")
        for r in extra[:40]:
            fl, sh = prov(r)
            shown = {k: norm(v) for k, v in r.items() if v is not None and k not in ("submission_id", "person_id")
                     and not k.endswith("_id")}
            detail.append(f"  + {t} extra [{fl} | {sh} | row {r.get('source_row')}] {shown}")

    q_ok = q_reason = 0
    for q in truth["quarantines"]:
        key = (q["file"], None if q["file"].lower().endswith(".csv") else q["sheet"], q["row"])
        got, cur = quar_at.get(key, []), curated_at.get(key, [])
        if key[1] is None and not got and not cur:     # an xlsx quarantine naming no sheet: that row of any sheet
            got = [x for (f, _s, row), lst in quar_at.items() if f == key[0] and row == key[2] for x in lst]
            cur = [x for (f, _s, row), lst in curated_at.items() if f == key[0] and row == key[2] for x in lst]
        codes = sorted({str(x.get("reason_code")) for x in got})
        where = f"{q['file']} | {q['sheet'] or '-'} | row {q['row']}"
        if got and not cur:
            q_ok += 1
            right = ("UNRESOLVED_HOSPITAL" in codes) if q["category"] == "unresolved_hospital" else \
                any(c not in NOT_A_MISSING_VALUE for c in codes)
            if q.get("reason_code"):                   # a truth naming the exact code (the older corpora)
                right = q["reason_code"] in codes
            q_reason += right
            if not right:
                detail.append(f"  ✗ unusable row [{where}] quarantined as {codes}, expected {q['category']}")
        else:
            detail.append(f"  ✗ unusable row [{where}] ({q['category']}: {q['why']}): "
                          + (f"curated into {sorted(set(cur))}" if cur else "not quarantined"))
    # by file, sheet and row (a truth quarantine naming no sheet matches that row of any sheet)
    known = {(f, s, row) for e in truth["rows"] for f, s, row in e["places"]} | \
            {(q["file"], q.get("sheet"), q["row"]) for q in truth["quarantines"]}
    other = [q for q in quar if (*prov(q), q.get("source_row")) not in known
             and (prov(q)[0], None, q.get("source_row")) not in known]
    scores["_quarantine"] = dict(truth=len(truth["quarantines"]), quarantined=q_ok, reason_right=q_reason,
                                 spurious=len(other))
    for q in other[:60]:
        fl, sh = prov(q)
        raw = str(q.get("raw"))[:80]
        detail.append(f"  ? also quarantined (not data in the truth) [{fl} | {sh} | row {q.get('source_row')}] "
                      f"{q.get('reason_code')}: {str(q.get('reason'))[:90]} | {raw}")

    inv_bad = []
    for s in subs:
        parts = [s.get("rows_curated"), s.get("rows_quarantined"), s.get("rows_nondata")]
        if s.get("rows_read") is not None and s["rows_read"] != sum(p or 0 for p in parts):
            inv_bad.append(f"{base(s.get('file_name'))} | {s.get('sheet_name')}: read {s['rows_read']} ≠ "
                           f"{parts[0]} + {parts[1]} + {parts[2]}")
    scores["_invariant"] = dict(submissions=len(subs), violations=len(inv_bad),
                                reported=any(s.get("rows_read") is not None for s in subs))
    detail += ["  ✗ invariant " + x for x in inv_bad]
    seen = {base(s.get("file_name")) for s in subs}
    detail += [f"  ? no submission row for {f}" for f in truth["submission_files"] if f not in seen]

    for t in ["hospitals", "pairings"] + TABLES:
        s = scores[t]
        frac = s["exact"] / s["truth"] if s["truth"] else 1.0
        if frac < BAR:
            fail.append(f"{t}: {s['exact']}/{s['truth']} exact ({100 * frac:.1f}% < 99.5%)")
        for k, what in (("absent", "silently absent"), ("wrong", "curated with a wrong value"),
                        ("extra", "extra curated rows matching no truth row")):
            if s[k]:
                fail.append(f"{t}: {s[k]} {what}")
    qs = scores["_quarantine"]
    if qs["quarantined"] < qs["truth"]:
        fail.append(f"unusable rows: {qs['quarantined']}/{qs['truth']} quarantined")
    if qs["reason_right"] < qs["quarantined"]:
        fail.append(f"unusable rows: reason category right for {qs['reason_right']}/{qs['quarantined']}")
    if inv_bad:
        fail.append(f"invariant rows_read = curated + quarantined + non-data violated in {len(inv_bad)} sheets")
    return scores, detail, fail


def render(scores) -> str:
    lines = [f"  {'table':26s} {'exact/truth':>12s} {'%':>6s} {'absent':>7s} {'wrong':>6s} {'quarant.':>9s} "
             f"{'extra':>6s} {'curated':>8s}"]
    for t in ["hospitals", "pairings"] + TABLES:
        s = scores[t]
        pct = 100 * s["exact"] / s["truth"] if s["truth"] else 100.0
        lines.append(f"  {t:26s} {s['exact']:>5d}/{s['truth']:<6d} {pct:6.1f} {s['absent']:>7d} {s['wrong']:>6d} "
                     f"{s['quarantined']:>9d} {s['extra']:>6d} {s['curated']:>8d}")
    q, i = scores["_quarantine"], scores["_invariant"]
    lines.append(f"  unusable rows quarantined {q['quarantined']}/{q['truth']} (reason right {q['reason_right']}); "
                 f"other rows quarantined {q['spurious']}")
    lines.append(f"  invariant: {i['violations']} violations in {i['submissions']} submissions "
                 f"(rows_read reported: {i['reported']})")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------- the run
def corpus_run(tmp_path_factory, here: Path, key: str, name: str, first_steps=()) -> dict:
    """Build the corpus with ``here``/make_corpus.py and ingest it as the README says. ``first_steps``: earlier
    ``duikou ingest`` runs into the same database (each a list of arguments, paths relative to OUT), as when
    the submissions arrive before the pairing list; each one's output is in ``steps`` and a copy of the database
    as it left it in OUT/steps/stepN.duckdb (scanned for ID numbers like everything the tool wrote). An item
    that is a function is called with OUT instead (files arriving later: set aside, then put back)."""
    out = tmp_path_factory.mktemp(name)
    gen = subprocess.run([sys.executable, str(here / "make_corpus.py"), str(out)], capture_output=True, text=True)
    assert gen.returncode == 0, gen.stderr
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    (out / "data" / "curated").mkdir(parents=True)
    env = dict(os.environ)
    for k in ("DUIKOU_KEY_FILE", "DUIKOU_DB"):
        env.pop(k, None)
    env["DUIKOU_PERSON_KEY"] = key
    env["HOME"] = str(out / "home")      # no confirmed names or key files from the machine
    exe = Path(sys.executable).parent / "duikou"
    before = set(out.rglob("*"))
    steps = []
    for args in first_steps:
        if callable(args):
            args(out)
            continue
        steps.append(subprocess.run([str(exe), "ingest", *args, "--db", "data/curated/duikou.duckdb"], cwd=out,
                                    env=env, capture_output=True, text=True, timeout=300))
        if (out / "data" / "curated" / "duikou.duckdb").exists():
            (out / "steps").mkdir(exist_ok=True)
            shutil.copyfile(out / "data" / "curated" / "duikou.duckdb", out / "steps" / f"step{len(steps)}.duckdb")
    # README, "Using it on real submissions": the pairing list kept in data/raw/reference/, then
    #   duikou ingest data/raw/
    proc = subprocess.run([str(exe), "ingest", "data/raw/", "--db", "data/curated/duikou.duckdb"], cwd=out, env=env,
                          capture_output=True, text=True, timeout=300)
    written = sorted(p for p in out.rglob("*") if p not in before)
    return dict(out=out, truth=truth, proc=proc, written=written, db=out / "data" / "curated" / "duikou.duckdb",
                steps=steps)


def check_deterministic_and_labelled(tmp_path, run, here: Path, folders=frozenset({"reference", "2025"}),
                                     ids_valid: bool = True) -> None:
    """``folders``: the names of the folders the submissions sit in (their last part). ``ids_valid``:
    every ID number in the truth has a right check digit (False for a corpus that plants wrong ones)."""
    subprocess.run([sys.executable, str(here / "make_corpus.py"), str(tmp_path)], check=True, capture_output=True)
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == run["truth"]
    files = [p for p in (tmp_path / "data" / "raw").rglob("*") if p.is_file()]
    names = sorted(p.name for p in files)
    assert names == sorted(p.name for p in (run["out"] / "data" / "raw").rglob("*") if p.is_file())
    assert all(n.startswith("SYNTHETIC_") for n in names)
    assert {p.parent.name for p in files} == set(folders)
    # every ID number is valid (check digit) and fictional (region 99)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    for idn in run["truth"]["id_numbers"] if ids_valid else ():
        assert idn.startswith("99") and len(idn) == 18
        assert "10X98765432"[sum(int(c) * k for c, k in zip(idn[:17], w)) % 11] == idn[17]


def check_no_id_numbers_anywhere(run) -> None:
    import duckdb

    assert run["db"].exists(), f"no database (exit {run['proc'].returncode}): {run['proc'].stderr[-2000:]}"
    con = duckdb.connect(str(run["db"]), read_only=True)
    texts = {"ingest stdout": run["proc"].stdout, "ingest stderr": run["proc"].stderr}
    for i, p in enumerate(run.get("steps", ()), 1):
        texts |= {f"step {i} stdout": p.stdout, f"step {i} stderr": p.stderr}
    try:
        leaks = scan_ids(con, run["truth"], texts, run["written"])
    finally:
        con.close()
    assert not leaks, f"ID numbers found in {leaks}"


def check_scores(run, key: str, name: str) -> None:
    import duckdb
    from pipelines.privacy.person_id import PersonIds

    proc = run["proc"]
    print("\n" + "=" * 100)
    print(f"{name}: cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb → exit {proc.returncode}")
    print("\n".join(proc.stdout.splitlines()[-50:]))
    if proc.stderr.strip():
        print("-- stderr (last 20 lines)\n" + "\n".join(proc.stderr.splitlines()[-20:]))
    assert run["db"].exists(), f"no database written (exit {proc.returncode})"
    pid = PersonIds(key.encode())
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        scores, detail, fail = score(con, run["truth"], pid.from_id_number)
    finally:
        con.close()
    if proc.returncode != 0:
        fail.insert(0, f"duikou ingest exited {proc.returncode} (every file is readable)")
    print("=" * 100)
    print(render(scores))
    print("-" * 100)
    print("\n".join(detail))
    print("=" * 100)
    print(f"{len(fail)} failed checks:")
    print("\n".join("  - " + f for f in fail))
    assert not fail, f"{len(fail)} failed checks; first: {fail[0]}"


def check_findings(run) -> None:
    """When the truth lists them (``findings``: [{"file", "row", "code"}]), the curated rows' doubtful
    fields: every expected (file, row, code) is a finding, and no other finding is made."""
    import duckdb

    expected = run["truth"].get("findings")
    if expected is None:
        return
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = {(base(f), r, c) for f, r, c in con.execute(
            "SELECT s.file_name, f.source_row, f.code FROM findings f JOIN submissions s USING (submission_id)").fetchall()}
    finally:
        con.close()
    want = {(e["file"], e["row"], e["code"]) for e in expected}
    assert not want - got, f"findings missing: {sorted(want - got)}"
    assert not got - want, f"findings not expected: {sorted(got - want)}"


# ----------------------------------------------------------------------------------------- the older corpora's checks
# realworld to realworld8 were written before this harness, each with its own scoring; these two checks are what
# their truths say and the checks above do not. A corpus whose truth has neither key skips them.
def check_findings_present(run) -> None:
    """``row_findings``: [{"file", "sheet", "row", "what"}] — a finding at that row whose field or code is
    ``what`` (or [{…, "field", "code"}]: both); sheet None or a CSV: any sheet; row None: a record spanning
    rows, any row of the sheet. Other findings are allowed (``check_findings`` is the strict one)."""
    import duckdb

    expected = run["truth"].get("row_findings")
    if expected is None:
        return
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = rows_of(con, "SELECT s.file_name, s.sheet_name, f.source_row, f.code, f.field "
                           "FROM findings f JOIN submissions s USING (submission_id)")
    finally:
        con.close()
    def wanted(e, g):   # ``what``: a field or code, or a list of the names it may go by; or both ``field`` and ``code``
        if "what" not in e:
            return g["field"] == e["field"] and g["code"] == e["code"]
        return bool({x.lower() for x in ([e["what"]] if isinstance(e["what"], str) else e["what"])}
                    & {str(g["code"]).lower(), str(g["field"]).lower()})

    missing = [e for e in expected if not any(
        base(g["file_name"]) == e["file"] and (e["sheet"] is None or g["sheet_name"] == e["sheet"]
                                              or e["file"].lower().endswith(".csv"))
        and (e["row"] is None or g["source_row"] == e["row"]) and wanted(e, g) for g in got)]
    print(f"\nexpected findings present: {len(expected) - len(missing)}/{len(expected)}")
    assert not missing, "findings missing: " + "; ".join(
        f"{e.get('what') or (e['field'], e['code'])} at {e['file']} | {e['sheet'] or '-'} | row {e['row']}"
        for e in missing)


def check_same_person(run) -> None:
    """``same_person``: {person: [[table, file, sheet, row], …]} — the curated rows at those places (a person
    named without an ID number, in several sheets; sheet None: any sheet) carry one person_id."""
    import duckdb

    groups = run["truth"].get("same_person")
    if groups is None:
        return
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        bad = []
        for who, places in sorted(groups.items()):
            ids, found = set(), 0
            for table, file, sheet, row in places:
                rs = rows_of(con, f"SELECT t.person_id, t.source_row, s.file_name, s.sheet_name FROM {table} t "
                                  f"JOIN submissions s USING (submission_id)")
                rs = [r for r in rs if base(r["file_name"]) == file and (sheet is None or r["sheet_name"] == sheet)
                      and r["source_row"] == row]
                found += bool(rs)
                ids |= {r["person_id"] for r in rs}
            if found < len(places) or len(ids) != 1:
                bad.append(f"{who}: {found}/{len(places)} rows found, {len(ids)} person_ids")
    finally:
        con.close()
    print(f"\npersons named without an ID number keep one person_id: {len(groups) - len(bad)}/{len(groups)}")
    assert not bad, "; ".join(bad)


def check_every_file_read(run) -> None:
    """Every file of the corpus (the submissions and, when the truth names it, the pairing list) has a
    submission row, and every submission reports rows_read (the invariant in ``check_scores`` is only
    judged where it is reported)."""
    import duckdb

    truth = run["truth"]
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = rows_of(con, "SELECT file_name, sheet_name, rows_read FROM submissions")
    finally:
        con.close()
    seen = {base(s["file_name"]) for s in subs}
    files = truth["submission_files"] + ([truth["pairing_file"]] if truth.get("pairing_file") else [])
    assert not [f for f in files if f not in seen], f"no submission row for {[f for f in files if f not in seen]}"
    silent = [f"{base(s['file_name'])} | {s['sheet_name']}" for s in subs if s["rows_read"] is None]
    assert not silent, f"rows_read not reported for {silent}"
