"""Fidelity of the ingest pipeline on the independent realworld2 corpus (合成数据 / SYNTHETIC).

The corpus, its registry and its expected values are written by make_corpus.py in this
folder (see README.md). The test ingests them into a fresh DuckDB file and compares every
expected row with the curated tables by natural key, checks the deliberately bad rows are
quarantined, the doubtful-but-usable rows are curated with a findings row (data contract,
section findings), the rows_read invariant, the nondata listing, and that nothing unexpected
was curated. It prints a per-table fidelity report and the full failure list.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import unicodedata
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
THRESHOLD = 0.995

KEYS = {
    "deployments": ("person_id", "start_date"),
    "trainees": ("person_id", "start_date"),
    "techniques": ("recipient_hospital_id", "name"),
    "activities": ("recipient_hospital_id", "activity_date", "activity_type"),
    "hospital_monthly_stats": ("recipient_hospital_id", "year", "month"),
    "staff_monthly_assessments": ("person_id", "year", "month"),
    "county_inpatient_stats": ("county_code", "year"),
}
META = {"table", "file", "sheet", "row", "wide", "id_number"}
NONE_IS_ZERO = {"paid_by_recipient"}
DIGIT = re.compile(r"[0-9０-９]")
NONDATA_KINDS_WITH_NUMBERS = {"title", "meta", "header", "total", "note", "signature", "footer"}


def _load_maker():
    spec = importlib.util.spec_from_file_location("realworld2_make_corpus", HERE / "make_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(v):
    """Comparable form of a database value."""
    if isinstance(v, str):
        # full-width/half-width forms are the same text: （PCI） == (PCI)
        return unicodedata.normalize("NFKC", v)
    if isinstance(v, Decimal):
        return float(v)
    if hasattr(v, "isoformat") and not isinstance(v, str):
        return v.isoformat()[:10]
    return v


def _same(field, exp, got):
    got = _norm(got)
    if field in NONE_IS_ZERO and exp in (0, None) and got in (0, 0.0, None):
        return True
    if exp is None or got is None:
        return exp is None and got is None
    exp = _norm(exp)
    if isinstance(exp, bool) or isinstance(got, bool):
        return isinstance(got, bool) and isinstance(exp, bool) and exp == got
    if isinstance(exp, (int, float)) and isinstance(got, (int, float)):
        return abs(float(exp) - float(got)) < 0.005
    return exp == got


def _rows(con, sql):
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


@pytest.mark.slow
def test_realworld2_corpus(tmp_path):
    import duckdb

    from pipelines.ingest.run import ingest
    from pipelines.privacy.person_id import PersonIds, load_key

    maker = _load_maker()
    corpus = tmp_path / "corpus"
    registry = tmp_path / "registry" / "registry.xlsx"
    exp_path = tmp_path / "expected.json"
    maker.build(corpus, registry, exp_path)
    doc = json.loads(exp_path.read_text(encoding="utf-8"))
    committed = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    assert doc == committed, "tests/realworld2/expected.json is stale: re-run make_corpus.py --expected"

    db = tmp_path / "realworld2.duckdb"
    rep = ingest([str(corpus)], db, show_progress=False, registries=[str(registry)])
    failed_files = [getattr(f, "error", str(f)) for f in (rep.failed or [])]

    pids = PersonIds(load_key())
    con = duckdb.connect(str(db), read_only=True)
    try:
        subs = _rows(con, "SELECT * FROM submissions")
        for s in subs:
            s["base"] = os.path.basename(s["file_name"] or "")
        corpus_files = {f["file"] for f in doc["files"]}
        my_subs = {s["submission_id"]: s for s in subs if s["base"] in corpus_files}
        quarantine = _rows(con, "SELECT q.submission_id, q.source_row, q.reason_code, q.reason, "
                                "CAST(q.raw AS VARCHAR) AS raw FROM quarantine q")
        nondata = _rows(con, "SELECT submission_id, source_row, kind, text FROM nondata_rows")
        findings = _rows(con, "SELECT submission_id, source_row, field, code FROM findings")
        curated = {}
        for table in KEYS:
            curated[table] = [r for r in _rows(con, f"SELECT * FROM {table}") if r["submission_id"] in my_subs]
        hospitals = {r["hospital_id"]: r for r in _rows(con, "SELECT * FROM hospitals")}
        pairings = _rows(con, "SELECT * FROM pairings")
        aliases = _rows(con, "SELECT * FROM hospital_aliases")
    finally:
        con.close()

    def where(sub_id):
        s = my_subs.get(sub_id)
        return (s["base"], s["sheet_name"]) if s else ("?", "?")

    q_by_loc = defaultdict(list)
    for q in quarantine:
        if q["submission_id"] in my_subs:
            f, sh = where(q["submission_id"])
            q_by_loc[(f, sh, q["source_row"])].append(q)
    q_by_sheet = defaultdict(list)
    for (f, sh, r), qs in q_by_loc.items():
        q_by_sheet[(f, sh)].extend(qs)

    # ---- index curated rows by natural key, provenance and loose key -------------------
    idx, by_prov, loose = {}, {}, {}
    for table, key in KEYS.items():
        idx[table], by_prov[table], loose[table] = defaultdict(list), defaultdict(list), defaultdict(list)
        for r in curated[table]:
            f, sh = where(r["submission_id"])
            r["_where"] = (f, sh, r.get("source_row"))
            k = tuple(_norm(r.get(c)) for c in key)
            idx[table][k].append(r)
            loose[table][k[:-1]].append(r)
            by_prov[table][(f, sh, r.get("source_row"))].append(r)

    f_by_loc = defaultdict(set)
    for fd in findings:
        if fd["submission_id"] in my_subs:
            f, sh = where(fd["submission_id"])
            f_by_loc[(f, sh, fd["source_row"])].add((fd["field"], fd["code"]))

    def by_name(e):
        """A person row with no usable ID number: person_id is made from the name, so the row is
        found by provenance (file, sheet, row) instead of by natural key."""
        return "person_id" in KEYS[e["table"]] and not e.get("id_number")

    def exp_key(e):
        vals = []
        for c in KEYS[e["table"]]:
            if c == "person_id":
                vals.append(None if by_name(e) else pids.from_id_number(e["id_number"]))
            else:
                vals.append(_norm(e[c]))
        return tuple(vals)

    def compare(e, got):
        errs = []
        for field, exp in e.items():
            if field in META:
                continue
            if field not in got:
                errs.append((field, exp, "<no such column>"))
            elif not _same(field, exp, got[field]):
                errs.append((field, exp, _norm(got[field])))
        f, sh, r = got["_where"]
        if (f, sh) != (e["file"], e["sheet"]) or (not e.get("wide") and r != e["row"]):
            errs.append(("provenance", f"{e['file']}!{e['sheet']}!{e['row']}", f"{f}!{sh}!{r}"))
        return errs

    # ---- expected rows ------------------------------------------------------------------
    results = defaultdict(lambda: [0, 0])  # table -> [n, ok]
    failures = []  # dicts
    matched_ids = set()
    row_ok = {}  # (file, sheet, row) of an expected row -> every field and the provenance right
    for e in doc["rows"]:
        t = e["table"]
        results[t][0] += 1
        k = exp_key(e)
        wide = bool(e.get("wide"))
        where_txt = f"{e['file']} [{e['sheet']}] row {e['row'] if not wide else '(wide)'}"
        if by_name(e):
            cands, how = by_prov[t].get((e["file"], e["sheet"], e["row"]), []), "provenance"
        else:
            cands, how = idx[t].get(k, []), "key"
        qs = [] if wide else q_by_loc.get((e["file"], e["sheet"], e["row"]), [])
        if not cands and not qs and not wide:
            cands, how = by_prov[t].get((e["file"], e["sheet"], e["row"]), []), "provenance"
        if not cands and not qs:
            cands = [c for c in loose[t].get(k[:-1], []) if c["_where"][:2] == (e["file"], e["sheet"])]
            how = "loose key, same sheet"
        if not cands:
            if wide:
                qs = q_by_sheet.get((e["file"], e["sheet"]), [])
            reason = "; ".join(sorted({f"{q['reason_code']}: {q['reason']}" for q in qs}))[:400] if qs else ""
            shown = {c: v for c, v in zip(KEYS[t], k) if c != "person_id"}
            if "person_id" in KEYS[t]:
                shown = {"id": (e["id_number"][:6] + "…") if e.get("id_number") else "(none: name-based)", **shown}
            failures.append({"table": t, "where": where_txt, "field": "<row missing>", "expected": shown,
                             "got": ("QUARANTINED " + reason) if qs else "not curated, not quarantined"})
            continue
        scored = sorted(((compare(e, c), i, c) for i, c in enumerate(cands)), key=lambda x: (len(x[0]), x[1]))
        errs, _, best = scored[0]
        matched_ids.add(id(best))
        if how == "key":
            for c in cands:
                matched_ids.add(id(c))
            if len(cands) > 1:
                errs = errs + [("<duplicate>", 1, f"{len(cands)} curated rows with this key: "
                                                   + ", ".join(f"{c['_where'][0]}!{c['_where'][1]}!{c['_where'][2]}"
                                                               for c in cands))]
        if errs:
            for field, exp, got in errs:
                failures.append({"table": t, "where": where_txt, "field": field, "expected": exp,
                                 "got": got, "matched_by": how})
        else:
            results[t][1] += 1
            if not wide:
                row_ok[(e["file"], e["sheet"], e["row"])] = True

    # ---- registry, aliases ------------------------------------------------------------
    for h in doc["registry"]["hospitals"]:
        results["hospitals"][0] += 1
        got = hospitals.get(h["hospital_id"])
        if got is None:
            failures.append({"table": "hospitals", "where": "registry.xlsx", "field": "<row missing>",
                             "expected": h["hospital_id"], "got": None})
            continue
        errs = [(f, v, got.get(f)) for f, v in h.items() if not _same(f, v, got.get(f))]
        for f, v, g in errs:
            failures.append({"table": "hospitals", "where": f"registry.xlsx {h['hospital_id']}", "field": f,
                             "expected": v, "got": g})
        results["hospitals"][1] += not errs
    for p in doc["registry"]["pairings"]:
        results["pairings"][0] += 1
        cands = [r for r in pairings if r["support_hospital_id"] == p["support_hospital_id"]
                 and r["recipient_hospital_id"] == p["recipient_hospital_id"]]
        if not cands:
            failures.append({"table": "pairings", "where": "registry.xlsx", "field": "<row missing>",
                             "expected": f"{p['support_hospital_id']}->{p['recipient_hospital_id']}", "got": None})
            continue
        errs = [(f, v, _norm(cands[0].get(f))) for f, v in p.items() if not _same(f, v, cands[0].get(f))]
        for f, v, g in errs:
            failures.append({"table": "pairings", "where": f"{p['support_hospital_id']}->{p['recipient_hospital_id']}",
                             "field": f, "expected": v, "got": g})
        results["pairings"][1] += not errs
    alias_map = defaultdict(set)
    for a in aliases:
        alias_map[a["alias"]].add(a["hospital_id"])
    for written, hid in doc["aliases_in_cells"].items():
        results["hospital_aliases"][0] += 1
        if hid in alias_map.get(written, set()) and len(alias_map[written]) == 1:
            results["hospital_aliases"][1] += 1
        else:
            failures.append({"table": "hospital_aliases", "where": "hospital_aliases", "field": "hospital_id",
                             "expected": f"{written} -> {hid}", "got": sorted(alias_map.get(written, set())) or None})

    # ---- quarantines ------------------------------------------------------------------
    quarantine_missing = []
    for q in doc["quarantines"]:
        hits = q_by_loc.get((q["file"], q["sheet"], q["row"]), [])
        if not hits:
            # was it curated (a guess) instead?
            got = [r for t in KEYS for r in by_prov[t].get((q["file"], q["sheet"], q["row"]), [])]
            quarantine_missing.append(f"{q['file']} [{q['sheet']}] row {q['row']} ({q['why']}): "
                                      + ("CURATED instead: " + ", ".join(
                                          str({k: _norm(v) for k, v in r.items() if k in (
                                              'recipient_hospital_id', 'start_date', 'cases', 'month', 'year',
                                              'host_hospital_id')}) for r in got) if got else "not in quarantine"))

    # ---- findings: curated (every field right), a findings row, not quarantined --------
    findings_unmet = []
    expected_f = set()
    for fd in doc["findings"]:
        loc = (fd["file"], fd["sheet"], fd["row"])
        expected_f.add(loc + (fd["field"], fd["code"]))
        why = []
        if not row_ok.get(loc):
            why.append("row not curated with every field right (see FAILURES)")
        got = f_by_loc.get(loc, set())
        if (fd["field"], fd["code"]) not in got:
            why.append(f"no findings row {fd['field']}/{fd['code']} (findings here: {sorted(got) or 'none'})")
        if q_by_loc.get(loc):
            why.append("QUARANTINED " + "; ".join(sorted({q["reason_code"] for q in q_by_loc[loc]})))
        if why:
            findings_unmet.append(f"{fd['file']} [{fd['sheet']}] row {fd['row']} ({fd['why']}; "
                                  f"{fd['field']} {fd['code']}): " + "; ".join(why))
    f_other = [f"{f} [{sh}] row {r}: {field} {code}"
               for (f, sh, r), fcs in sorted(f_by_loc.items(), key=lambda x: (x[0][0], x[0][1], x[0][2] or 0))
               for field, code in sorted(fcs) if (f, sh, r, field, code) not in expected_f]

    # ---- unexpected curated rows ------------------------------------------------------
    sheet_info = {(s["file"], s["sheet"]): s for s in doc["sheets"]}
    extras = []
    for t, rows in curated.items():
        for r in rows:
            if id(r) in matched_ids:
                continue
            f, sh, row = r["_where"]
            info = sheet_info.get((f, sh), {})
            k = {c: _norm(r.get(c)) for c in KEYS[t] if c != "person_id"}
            extras.append(f"{t}: {f} [{sh}] row {row} {k}" + (" (sheet is not a contract form)"
                                                               if info.get("ignore") else ""))

    # ---- rows_read invariant, superseded ----------------------------------------------
    invariant = []
    seen_sheets = set()
    for s in my_subs.values():
        seen_sheets.add((s["base"], s["sheet_name"]))
        nd = s.get("rows_nondata") or 0
        if s["rows_read"] != s["rows_curated"] + s["rows_quarantined"] + nd:
            invariant.append(f"{s['base']} [{s['sheet_name']}] rows_read={s['rows_read']} != curated "
                             f"{s['rows_curated']} + quarantined {s['rows_quarantined']} + nondata {nd}")
        info = sheet_info.get((s["base"], s["sheet_name"]))
        if info and s["rows_read"] != info["n_rows"]:
            invariant.append(f"{s['base']} [{s['sheet_name']}] rows_read={s['rows_read']} but the sheet has "
                             f"{info['n_rows']} rows")
        if s.get("superseded_by"):
            invariant.append(f"{s['base']} [{s['sheet_name']}] marked superseded (no file in this corpus corrects "
                             f"another)")
    for (f, sh), info in sheet_info.items():
        if (f, sh) not in seen_sheets and not info["ignore"]:
            invariant.append(f"{f} [{sh}] has no submissions row")

    # ---- nondata rows with numbers ------------------------------------------------------
    nondata_bad = []
    for n in nondata:
        if n["submission_id"] not in my_subs or not DIGIT.search(n["text"] or ""):
            continue
        f, sh = where(n["submission_id"])
        info = sheet_info.get((f, sh), {})
        my_kind = info.get("nondata_rows", {}).get(str(n["source_row"]), "data")
        if info.get("wide") or info.get("ignore"):
            bad = n["kind"] == "blank"
        else:
            # a row the corpus wrote as data, or anything else that is not a title, meta line,
            # header, total, note or footer, must not be hidden among the non-data rows
            bad = my_kind not in NONDATA_KINDS_WITH_NUMBERS
        if bad:
            nondata_bad.append(f"{f} [{sh}] row {n['source_row']} (written as {my_kind}) listed as "
                               f"nondata/{n['kind']}: {(n['text'] or '')[:80]}")

    # ---- unexpected quarantines (informational) -----------------------------------------
    expected_q = {(q["file"], q["sheet"], q["row"]) for q in doc["quarantines"]}
    expected_rows = {(e["file"], e["sheet"], e["row"]) for e in doc["rows"] if not e.get("wide")}
    q_nondata = []
    for loc, qs in sorted(q_by_loc.items(), key=lambda x: (x[0][0], x[0][1], x[0][2] or 0)):
        if loc in expected_q or loc in expected_rows:
            continue
        info = sheet_info.get(loc[:2], {})
        kind = info.get("nondata_rows", {}).get(str(loc[2]), "data")
        q_nondata.append(f"{loc[0]} [{loc[1]}] row {loc[2]} (written as {kind}"
                         f"{', sheet not a contract form' if info.get('ignore') else ''}"
                         f"{', wide sheet' if info.get('wide') else ''}): "
                         f"{qs[0]['reason_code']}: {qs[0]['reason'][:120]}")

    # ---- report -------------------------------------------------------------------------
    lines = ["", "=" * 100, "REALWORLD2 FIDELITY REPORT (合成数据)", "=" * 100,
             f"files: {len(doc['files'])}; submissions from corpus: {len(my_subs)}; files failed: {len(failed_files)}"]
    for err in failed_files:
        lines.append(f"  FAILED FILE: {err}")
    lines.append(f"{'table':<28}{'expected':>9}{'all right':>10}{'fidelity':>10}")
    low = []
    for t in list(KEYS) + ["hospitals", "pairings", "hospital_aliases"]:
        n, ok = results[t]
        share = ok / n if n else 1.0
        lines.append(f"{t:<28}{n:>9}{ok:>10}{share:>9.1%}")
        if share < THRESHOLD:
            low.append(f"{t} {share:.1%}")
    lines.append(f"expected quarantines found: {len(doc['quarantines']) - len(quarantine_missing)}"
                 f"/{len(doc['quarantines'])}")
    lines.append(f"expected findings met (curated + findings row + not quarantined): "
                 f"{len(doc['findings']) - len(findings_unmet)}/{len(doc['findings'])}")
    lines.append("")
    lines.append(f"FAILURES ({len(failures)} field mismatches / missing rows):")
    for f in failures:
        lines.append(f"  [{f['table']}] {f['where']} :: {f['field']}: expected {f['expected']!r} got {f['got']!r}"
                     + (f"  (matched by {f['matched_by']})" if f.get("matched_by") and f["matched_by"] != "key" else ""))
    for title, items in [("MISSING EXPECTED QUARANTINES", quarantine_missing),
                         ("EXPECTED FINDINGS NOT MET", findings_unmet),
                         ("(info) OTHER FINDINGS", f_other),
                         ("UNEXPECTED CURATED ROWS", extras),
                         ("ROW-COUNT INVARIANT / SUBMISSION PROBLEMS", invariant),
                         ("NONDATA ROWS THAT CARRY DATA", nondata_bad),
                         ("(info) QUARANTINED ROWS NOT EXPECTED TO BE QUARANTINED OR CURATED", q_nondata)]:
        lines.append("")
        lines.append(f"{title} ({len(items)}):")
        lines.extend("  " + x for x in items)
    report = "\n".join(lines)
    print(report)
    (tmp_path / "realworld2_report.txt").write_text(report, encoding="utf-8")
    out = os.environ.get("REALWORLD2_REPORT")
    if out:
        Path(out).write_text(report, encoding="utf-8")

    problems = []
    if failed_files:
        problems.append(f"{len(failed_files)} files could not be read")
    if low:
        problems.append("fidelity below 99.5%: " + ", ".join(low))
    if quarantine_missing:
        problems.append(f"{len(quarantine_missing)} expected quarantines missing")
    if findings_unmet:
        problems.append(f"{len(findings_unmet)} expected findings not met")
    if extras:
        problems.append(f"{len(extras)} unexpected curated rows")
    if invariant:
        problems.append(f"{len(invariant)} row-count/submission problems")
    if nondata_bad:
        problems.append(f"{len(nondata_bad)} data rows listed as nondata")
    assert not problems, "; ".join(problems) + " (see the report printed above)"
