"""realworld114: a fictional province's (澄嵘省, SYNTHETIC / 合成数据) year 2024 with the focus on PEOPLE'S NAMES as
offices type them — the pairing list in data/raw/reference/ and thirteen submissions in folders per hospital group
(省直, 澄州市, 青杳县, 桦溪县, 墨川县) in xlsx, xls, ods and CSV (UTF-8 with and without BOM, GBK) — ingested exactly as
the README tells a new user, scored per table against the truth the generator writes, plus the findings expected on
curated rows and two checks of this scenario written against the contract's tables:

* the same person keeps one person: the curated rows of a person (a roster row with the ID number, assessments
  with the name only, spelled padded, with the dot typed another way or none, with a note in the cell, in
  traditional characters) carry the roster's ID-based ``person_id``, or a name-based ``person_id`` that
  ``person_name_keys`` (the name key within the support hospital beside the roster row's ID-based person_id)
  links to it; a person named without an ID number everywhere keeps one ``person_id``;
* namesakes stay apart (the two 王芳 of one hospital by ID number, the two 张伟 of two hospitals by every row);
* no person's name, in any of its spellings, reaches a table (``quarantine.raw`` and ``nondata_rows.text`` are
  the rows as read and are left out).

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市,青杳县,桦溪县,墨川县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld114-test-key"
FOLDERS = frozenset({"reference", "省直", "澄州市", "青杳县", "桦溪县", "墨川县"})
PERSON_TABLES = ("deployments", "trainees", "staff_monthly_assessments")


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld114")


def _connect(run):
    import duckdb

    assert run["db"].exists(), f"no database (exit {run['proc'].returncode}): {run['proc'].stderr[-2000:]}"
    return duckdb.connect(str(run["db"]), read_only=True)


def _rows_at(con):
    """(table, file, sheet, row) → the curated rows there (a CSV's sheet is None, as in the harness)."""
    at = {}
    subs = {s["submission_id"]: s for s in rows_of(con, "SELECT submission_id, file_name, sheet_name FROM submissions")}
    for t in PERSON_TABLES:
        for r in rows_of(con, f"SELECT person_id, person_id_basis, submission_id, source_row FROM {t}"):
            s = subs.get(r["submission_id"], {})
            f = base(s.get("file_name"))
            sh = None if f.lower().endswith(".csv") else s.get("sheet_name")
            at.setdefault((t, f, sh, r["source_row"]), []).append(r)
    return at


def _linked(con):
    """name_key → the ID-based person_ids the roster rows wrote beside it (person_name_keys)."""
    out = {}
    for r in rows_of(con, "SELECT name_key, person_id FROM person_name_keys"):
        out.setdefault(r["name_key"], set()).add(r["person_id"])
    return out


def _found(at, place):
    t, f, sh, row = place
    return at.get((t, f, None if f.lower().endswith(".csv") else sh, row), [])


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld114_scores(run):
    check_scores(run, KEY, "realworld114")


def test_realworld114_findings(run):
    check_findings(run)


def test_same_person_across_forms(run):
    """Each person of the truth is one person across roster, assessments and trainee lists."""
    con = _connect(run)
    try:
        at, linked = _rows_at(con), _linked(con)
    finally:
        con.close()
    bad = []
    for who, places in sorted(run["truth"]["persons"].items()):
        rows = [(p, r) for p in places for r in _found(at, p)]
        missing = [p for p in places if not _found(at, p)]
        if missing:
            bad.append(f"{who}: no curated row at {missing}")
            continue
        anchors = {r["person_id"] for _p, r in rows if r["person_id_basis"] == "id_number"}
        if len(anchors) > 1:
            bad.append(f"{who}: {len(anchors)} ID-based person_ids")
            continue
        if anchors:
            anchor = next(iter(anchors))
            for p, r in rows:
                if r["person_id"] != anchor and anchor not in linked.get(r["person_id"], set()):
                    bad.append(f"{who}: {p[1]} | {p[2]} | row {p[3]} ({p[0]}) is another person "
                               f"(basis {r['person_id_basis']}, not linked by person_name_keys)")
        elif len({r["person_id"] for _p, r in rows}) != 1:
            bad.append(f"{who}: named without an ID number, {len({r['person_id'] for _p, r in rows})} person_ids")
    print(f"\nsame person across forms: {len(run['truth']['persons']) - len({b.split(':')[0] for b in bad})}"
          f"/{len(run['truth']['persons'])}")
    print("\n".join("  ✗ " + b for b in bad))
    assert not bad, "; ".join(bad)


def test_namesakes_stay_apart(run):
    con = _connect(run)
    try:
        at, linked = _rows_at(con), _linked(con)
    finally:
        con.close()

    def ids(places):
        out = set()
        for p in places:
            for r in _found(at, p):
                out |= {r["person_id"]} | linked.get(r["person_id"], set())
        return out

    bad = []
    for pair in run["truth"]["distinct_persons"]:
        a, b = ids(pair["a"]), ids(pair["b"])
        if not a or not b:
            bad.append(f"{pair['why']}: rows not curated")
        elif a & b:
            bad.append(f"{pair['why']}: share a person_id")
    assert not bad, "; ".join(bad)


def _squash(s: str) -> str:
    return re.sub(r"[\s·•.．・]", "", unicodedata.normalize("NFKC", s))


def test_no_names_in_any_table(run):
    """No person's name in any spelling reaches a table (the rows as read — quarantine.raw, nondata_rows.text —
    excepted)."""
    names = {_squash(n) for n in run["truth"]["names"]}
    names |= {"陳偉", "張偉", "阿依古麗買買提"}
    con = _connect(run)
    leaks = []
    try:
        cols = rows_of(con, "SELECT table_schema, table_name, column_name FROM information_schema.columns "
                            "WHERE table_schema NOT IN ('information_schema', 'pg_catalog')")
        for c in cols:
            if (c["table_name"], c["column_name"]) in {("quarantine", "raw"), ("nondata_rows", "text")}:
                continue
            q = (f'SELECT DISTINCT CAST("{c["column_name"]}" AS VARCHAR) FROM "{c["table_schema"]}".'
                 f'"{c["table_name"]}" WHERE "{c["column_name"]}" IS NOT NULL')
            try:
                vals = [v for (v,) in con.execute(q).fetchall() if v]
            except Exception:  # noqa: BLE001
                continue
            hit = sorted({n for v in vals for n in names if n in _squash(v)})
            if hit:
                leaks.append(f"{c['table_schema']}.{c['table_name']}.{c['column_name']}: {hit}")
    finally:
        con.close()
    assert not leaks, f"person names found in {leaks}"
