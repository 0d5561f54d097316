"""Ingest the third unseen corpus (tests/realworld3) and compare with its expected values.

The corpus is written by make_corpus.py into a temporary directory together with the
hospital registry; both are ingested, and every expected record is looked up in the curated
tables by its natural key (a person record without a usable ID number, whose person_id is made
from the name, by its file, sheet and row). Rows with a doubtful but usable field must be curated
with a findings row (data contract, section findings). Prints a per-table fidelity report and
every failure.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import unicodedata
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.slow

KEYS = {
    "deployments": ("person_id", "start_date"),
    "trainees": ("person_id", "start_date"),
    "techniques": ("recipient_hospital_id", "name"),
    "activities": ("recipient_hospital_id", "activity_date", "activity_type"),
    "hospital_monthly_stats": ("recipient_hospital_id", "year", "month"),
    "staff_monthly_assessments": ("person_id", "year", "month"),
    "county_inpatient_stats": ("county_code", "year"),
}
NONDATA_KINDS_WITH_NUMBERS = {"title", "total", "subtotal", "footer", "note", "signature", "meta", "header"}
THRESHOLD = 0.995


def _load_maker():
    spec = importlib.util.spec_from_file_location("realworld3_make_corpus", HERE / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _text(v) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(v)))


def _nk(v):
    """Normalised key component."""
    if v is None:
        return None
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()[:10]
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float, Decimal)):
        f = float(v)
        return int(f) if f.is_integer() else f
    s = _text(v)
    if re.fullmatch(r"\d{4}-\d\d-\d\d.*", s):
        return s[:10]
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    return s


def _same(field: str, exp, got) -> bool:
    if field == "paid_by_recipient" and exp in (0, None):
        return got is None or float(got) == 0
    if exp is None:
        return got is None
    if got is None:
        return False
    if field == "position_at_recipient":
        return _text(exp) in _text(got)
    if isinstance(exp, bool):
        return isinstance(got, bool) and got == exp
    if isinstance(exp, (int, float)):
        try:
            return abs(float(got) - float(exp)) < 0.005
        except (TypeError, ValueError):
            return False
    if re.fullmatch(r"\d{4}-\d\d-\d\d", str(exp)):
        return _nk(got) == exp
    return _text(exp) == _text(got)


def _show(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, Decimal):
        return float(v)
    return v


def test_realworld3_corpus(tmp_path):
    import duckdb

    from pipelines.ingest.run import ingest
    from pipelines.privacy.person_id import PersonIds, load_key

    maker = _load_maker()
    corpus = tmp_path / "corpus"
    registry = tmp_path / "registry" / "registry.xlsx"
    exp = maker.build(corpus, registry, tmp_path / "expected.json")
    committed = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(exp, ensure_ascii=False)) == committed, \
        "tests/realworld3/expected.json is stale: rerun make_corpus.py"

    db = tmp_path / "realworld3.duckdb"
    rep = ingest([str(corpus)], db, show_progress=False, registries=[str(registry)])
    problems: list[str] = []
    if rep.failed:
        problems.append(f"files that could not be read: {[getattr(f, 'error', f) for f in rep.failed]}")

    pids = PersonIds(load_key())
    con = duckdb.connect(str(db), read_only=True)
    try:
        def rows_of(sql, params=None):
            cur = con.execute(sql, params or [])
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]

        subs = {s["submission_id"]: s for s in rows_of("SELECT * FROM submissions")}
        for s in subs.values():
            s["_file"] = Path(str(s["file_name"])).name

        def where(sub_id):
            s = subs.get(sub_id)
            return (s["_file"], s["sheet_name"]) if s else (None, None)

        def same_sheet(file, sheet, sub_file, sub_sheet) -> bool:
            if file != sub_file:
                return False
            if file.lower().endswith(".csv"):
                return True
            return sheet == sub_sheet

        quarantine = rows_of("SELECT * FROM quarantine")
        q_at = defaultdict(list)
        for q in quarantine:
            f_, s_ = where(q["submission_id"])
            q_at[(f_, s_, q["source_row"])].append(q)
            if f_ and f_.lower().endswith(".csv"):
                q_at[(f_, "*csv*", q["source_row"])].append(q)

        def quarantined(file, sheet, row):
            return q_at.get((file, sheet, row)) or (q_at.get((file, "*csv*", row)) if file.lower().endswith(".csv") else None)

        nondata = rows_of("SELECT * FROM nondata_rows")
        findings = rows_of("SELECT * FROM findings")

        curated = {t: rows_of(f"SELECT * FROM {t}") for t in KEYS}
        index = {}
        for t, rows in curated.items():
            ix = defaultdict(list)
            for r in rows:
                ix[tuple(_nk(r.get(k)) for k in KEYS[t])].append(r)
            index[t] = ix
    finally:
        con.close()

    # ------------------------------------------------------------------ expected rows
    stats = {t: {"expected": 0, "perfect": 0, "missing": 0, "quarantined": 0, "wrong": 0} for t in KEYS}
    failures = []  # (cause, file, sheet, row, field, expected, got, extra)
    prov_bad = []
    row_ok = {}  # (file, sheet, row) of an expected record -> curated there with every field right
    for rec in exp["rows"]:
        t = rec["table"]
        st = stats[t]
        st["expected"] += 1
        vals = dict(rec["values"])
        if rec.get("id_number"):
            vals["person_id"] = pids.from_id_number(rec["id_number"])
        key = tuple(_nk(vals.get(k)) for k in KEYS[t])
        if "person_id" in KEYS[t] and not rec.get("id_number") and rec["row"] is not None:
            # no usable ID number: person_id is made from the name; find the row by provenance
            hits = [r for r in curated[t] if same_sheet(rec["file"], rec["sheet"], *where(r["submission_id"]))
                    and r.get("source_row") == rec["row"]]
        else:
            hits = index[t].get(key, [])
        loc = (rec["file"], rec["sheet"], rec["row"] if rec["row"] is not None else f"wide{'@' + str(rec['data_row']) if rec.get('data_row') else ''}")
        if not hits:
            qs = quarantined(rec["file"], rec["sheet"], rec["row"] or rec.get("data_row") or -1)
            if qs:
                st["quarantined"] += 1
                failures.append(("quarantined", *loc, "(row)", "curated", "quarantined",
                                 f"{qs[0]['reason_code']}: {qs[0]['reason']}"))
                continue
            st["missing"] += 1
            # what did the reader make of it?
            hint = ""
            cands = []
            for r in curated[t]:
                f_, s_ = where(r["submission_id"])
                if not same_sheet(rec["file"], rec["sheet"], f_, s_):
                    continue
                if rec["row"] is not None and r.get("source_row") == rec["row"]:
                    cands.append(r)
                elif rec["row"] is None and any(_nk(r.get(k)) == key[i] for i, k in enumerate(KEYS[t][:1])):
                    cands.append(r)
            if cands:
                c = cands[0]
                hint = "reader's row: " + ", ".join(f"{k}={_show(c.get(k))}" for k in KEYS[t])
            else:
                same_sheet_q = [q for (f_, s_, _), qq in q_at.items() for q in qq
                                if same_sheet(rec["file"], rec["sheet"], f_, s_) and s_ != "*csv*"]
                if same_sheet_q:
                    hint = f"sheet has {len(same_sheet_q)} quarantined rows, e.g. {same_sheet_q[0]['reason_code']}"
                else:
                    n_cur = sum(1 for r in curated[t] if same_sheet(rec["file"], rec["sheet"], *where(r["submission_id"])))
                    forms = {s["form_type"] for s in subs.values() if same_sheet(rec["file"], rec["sheet"], s["_file"], s["sheet_name"])}
                    hint = f"{n_cur} curated {t} rows from this sheet; sheet read as form {sorted(map(str, forms))}"
            failures.append(("missing", *loc, "(key)", {k: _show(vals.get(k)) if k != "person_id" else rec.get("id_number", "")[:6] + "…"
                                                        for k in KEYS[t]}, None, hint))
            continue
        got = hits[-1]
        bad = [(f_, e_, got.get(f_)) for f_, e_ in vals.items() if f_ != "person_id" and not _same(f_, e_, got.get(f_))]
        if bad:
            st["wrong"] += 1
            for f_, e_, g_ in bad:
                failures.append(("wrong value", *loc, f_, e_, _show(g_), ""))
        else:
            st["perfect"] += 1
        if not rec["wide"]:
            f_, s_ = where(got["submission_id"])
            if not (same_sheet(rec["file"], rec["sheet"], f_, s_) and got.get("source_row") == rec["row"]):
                prov_bad.append((t, *loc, f"{f_}/{s_}/{got.get('source_row')}"))
            elif not bad:
                row_ok[(rec["file"], rec["sheet"], rec["row"])] = True

    # ------------------------------------------------------------------ quarantines
    q_missing = []
    for q in exp["quarantines"]:
        if not quarantined(q["file"], q["sheet"], q["row"]):
            guessed = []
            for t, rows in curated.items():
                for r in rows:
                    f_, s_ = where(r["submission_id"])
                    if same_sheet(q["file"], q["sheet"], f_, s_) and r.get("source_row") == q["row"]:
                        guessed.append(t)
            nd = [n["kind"] for n in nondata if same_sheet(q["file"], q["sheet"], *where(n["submission_id"]))
                  and n["source_row"] == q["row"]]
            q_missing.append((q["kind"], q["file"], q["sheet"], q["row"],
                              f"curated as {guessed}" if guessed else (f"listed as non-data {nd}" if nd else "not found anywhere")))

    # ------------------------------------------------------------------ findings
    f_at = defaultdict(set)
    for fd in findings:
        f_, s_ = where(fd["submission_id"])
        f_at[(f_, s_, fd["source_row"])].add((fd["field"], fd["code"]))

    def findings_at(file, sheet, row):
        return set().union(*[fcs for (f_, s_, r_), fcs in f_at.items()
                             if r_ == row and f_ and same_sheet(file, sheet, f_, s_)])

    f_unmet = []
    f_expected = set()
    for fd in exp["findings"]:
        f_expected.add((fd["file"], fd["row"], fd["field"], fd["code"]))
        why = []
        if not row_ok.get((fd["file"], fd["sheet"], fd["row"])):
            why.append("row not curated at this file/sheet/row with every field right")
        got = findings_at(fd["file"], fd["sheet"], fd["row"])
        if (fd["field"], fd["code"]) not in got:
            why.append(f"no findings row {fd['field']}/{fd['code']} (here: {sorted(got) or 'none'})")
        qs = quarantined(fd["file"], fd["sheet"], fd["row"])
        if qs:
            why.append(f"quarantined: {qs[0]['reason_code']}")
        if why:
            f_unmet.append((fd["kind"], fd["file"], fd["sheet"], fd["row"], "; ".join(why)))
    f_other = sorted((f_, s_, r_, field, code) for (f_, s_, r_), fcs in f_at.items() for field, code in fcs
                     if f_ and str(f_).startswith("SYNTHETIC_") and (f_, r_, field, code) not in f_expected)

    # ------------------------------------------------------------------ non-form sheets
    nonform_bad = []
    for nf in exp["non_form_sheets"]:
        for t, rows in curated.items():
            n = sum(1 for r in rows if same_sheet(nf["file"], nf["sheet"], *where(r["submission_id"])))
            if n:
                nonform_bad.append((nf["file"], nf["sheet"], t, n))

    # ------------------------------------------------------------------ row accounting
    acct_bad = []
    for s in subs.values():
        if not str(s["_file"]).startswith("SYNTHETIC_"):
            continue
        parts = [s.get("rows_curated"), s.get("rows_quarantined"), s.get("rows_nondata")]
        if s.get("rows_read") != sum(p or 0 for p in parts):
            acct_bad.append((s["_file"], s["sheet_name"], s.get("rows_read"), *parts))
    data_rows = set()
    for rec in exp["rows"]:
        r = rec["row"] or rec.get("data_row")
        if r:
            data_rows.add((rec["file"], rec["sheet"], r))
    for q in exp["quarantines"]:
        data_rows.add((q["file"], q["sheet"], q["row"]))
    nondata_bad = []
    for n in nondata:
        f_, s_ = where(n["submission_id"])
        if f_ is None:
            continue
        hit = any(same_sheet(df, ds, f_, s_) and dr == n["source_row"] for df, ds, dr in data_rows)
        has_digit = bool(re.search(r"\d", unicodedata.normalize("NFKC", str(n.get("text") or ""))))
        if hit or (has_digit and n["kind"] not in NONDATA_KINDS_WITH_NUMBERS):
            nondata_bad.append((f_, s_, n["source_row"], n["kind"], str(n.get("text"))[:80],
                                "expected data row" if hit else "number in a non-data row"))
    superseded = [(s["_file"], s["sheet_name"], s["superseded_by"]) for s in subs.values() if s.get("superseded_by")]

    # ------------------------------------------------------------------ report
    print("\n=== realworld3 fidelity (share of expected rows with every field right) ===")
    print(f"{'table':28s} {'expected':>8s} {'perfect':>8s} {'wrong':>6s} {'missing':>8s} {'quarant.':>8s} {'fidelity':>9s}")
    shares = {}
    for t, st in stats.items():
        share = st["perfect"] / st["expected"] if st["expected"] else 1.0
        shares[t] = share
        print(f"{t:28s} {st['expected']:8d} {st['perfect']:8d} {st['wrong']:6d} {st['missing']:8d} "
              f"{st['quarantined']:8d} {share:9.1%}")
    tot_e = sum(s["expected"] for s in stats.values())
    tot_p = sum(s["perfect"] for s in stats.values())
    print(f"{'all':28s} {tot_e:8d} {tot_p:8d} {'':6s} {'':8s} {'':8s} {tot_p / tot_e:9.1%}")
    print(f"expected quarantines found: {len(exp['quarantines']) - len(q_missing)}/{len(exp['quarantines'])}")
    print(f"expected findings met (curated, findings row, not quarantined): "
          f"{len(exp['findings']) - len(f_unmet)}/{len(exp['findings'])}")
    if failures:
        print(f"\n--- {len(failures)} field failures (cause | file | sheet | row | field | expected | got | note) ---")
        for f in failures:
            print(" | ".join(str(x) for x in f))
    if prov_bad:
        print(f"\n--- {len(prov_bad)} provenance mismatches (table | file | sheet | row | reader's file/sheet/row) ---")
        for p in prov_bad:
            print(" | ".join(str(x) for x in p))
    if q_missing:
        print("\n--- expected quarantines not found ---")
        for q in q_missing:
            print(" | ".join(str(x) for x in q))
    if f_unmet:
        print("\n--- expected findings not met (kind | file | sheet | row | why) ---")
        for x in f_unmet:
            print(" | ".join(str(v) for v in x))
    if f_other:
        print(f"\n--- (info) {len(f_other)} other findings (file | sheet | row | field | code) ---")
        for x in f_other:
            print(" | ".join(str(v) for v in x))
    if nonform_bad:
        print("\n--- curated rows from sheets that are not programme forms ---")
        for x in nonform_bad:
            print(" | ".join(str(v) for v in x))
    if acct_bad:
        print("\n--- rows_read != curated + quarantined + non-data (file | sheet | read | cur | quar | nondata) ---")
        for x in acct_bad:
            print(" | ".join(str(v) for v in x))
    if nondata_bad:
        print("\n--- suspicious non-data rows ---")
        for x in nondata_bad:
            print(" | ".join(str(v) for v in x))
    if superseded:
        print("\n--- sheets marked superseded (the corpus has no corrections) ---")
        for x in superseded:
            print(" | ".join(str(v) for v in x))

    for t, share in shares.items():
        if share < THRESHOLD:
            problems.append(f"{t}: fidelity {share:.1%} < {THRESHOLD:.1%}")
    if q_missing:
        problems.append(f"{len(q_missing)} expected quarantines not found")
    if f_unmet:
        problems.append(f"{len(f_unmet)} expected findings not met")
    if nonform_bad:
        problems.append(f"curated rows from non-form sheets: {nonform_bad}")
    if acct_bad:
        problems.append(f"{len(acct_bad)} submissions break rows_read = curated + quarantined + non-data")
    if nondata_bad:
        problems.append(f"{len(nondata_bad)} data rows listed as non-data")
    assert not problems, "\n".join(problems)
