"""realworld86: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2025 — ordinary forms in the containers
other office software and web systems produce (HTML tables and tab-separated text saved as .xls, a WPS-written
.xls, an .xlsm, xlsx written by Apple Numbers and by a JavaScript writer, .ods, CSV in GBK and UTF-8) — ingested
exactly as the README tells a new user and scored per table against the truth the generator writes, plus the
findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2025}/…, OUT/unreadable/2025/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

A second ingest reads the three containers the intake does not read (SpreadsheetML saved as .xls, a WPS .et, a
flat-XML .fods) with the pairing list: each must get a clear bilingual message (exit 2), nothing half-read.
Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_harness import (TABLES, base, check_deterministic_and_labelled, check_every_file_read, check_findings,
                            check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of, same)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld86-test-key"
FOLDERS = frozenset({"reference", "2025"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld86")


@pytest.fixture(scope="module")
def unreadable_run(run):
    """The pairing list (named with --pairings), then the folder of unreadable containers, into a database of its
    own; --json for the per-file summary."""
    out = run["out"]
    env = {k: v for k, v in os.environ.items() if k not in ("DUIKOU_KEY_FILE", "DUIKOU_DB")}
    env |= {"DUIKOU_PERSON_KEY": KEY, "HOME": str(out / "home-unreadable")}
    before = set(out.rglob("*"))
    proc = subprocess.run([str(Path(sys.executable).parent / "duikou"), "ingest", "--json", "--pairings",
                           f"data/raw/reference/{run['truth']['pairing_file']}", "unreadable/2025/",
                           "--db", "data/curated/unreadable.duckdb"],
                          cwd=out, env=env, capture_output=True, text=True, timeout=300)
    written = sorted(p for p in out.rglob("*") if p not in before)
    return dict(out=out, truth=run["truth"], proc=proc, written=written, db=out / "data" / "curated" /
                "unreadable.duckdb", steps=[])


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS, ids_valid=True)
    files = sorted(p.name for p in (run["out"] / "unreadable").rglob("*") if p.is_file())
    assert files == sorted(u["file"] for u in run["truth"]["unreadable"])
    assert all(n.startswith("SYNTHETIC_") for n in files)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the mark.
def test_realworld86_scores(run):
    check_scores(run, KEY, "realworld86")


def test_realworld86_findings(run):
    check_findings(run)


def test_every_file_read(run):
    check_every_file_read(run)


def _bilingual(entry: dict, name: str) -> bool:
    """The entry's values other than the file name and upper-case codes hold Chinese and an English word."""
    text = " ".join(str(v).replace(name, "") for k, v in entry.items() if k != "file" and not re.fullmatch(r"[A-Z_]+", str(v)))
    return bool(re.search(r"[\u4e00-\u9fff]", text)) and bool(re.search(r"[A-Za-z]{3,}", text))


def test_unreadable_containers_refused_clearly(unreadable_run):
    """docs/intake.md: an Excel 2003 XML .xls is refused with the reason; a WPS .et is skipped as "save it as
    .xlsx"; a .fods is no format the intake lists. Each: named in the JSON summary's failed_files or skipped with
    a Chinese and English message, exit 2 (a file could not be read), and no row curated or quarantined from it
    — or, for the .fods only, read exactly (its two techniques) if the tool does read it."""
    import duckdb

    proc = unreadable_run["proc"]
    print(f"\nunreadable containers: exit {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-1500:]}")
    problems = []
    try:
        summary = json.loads(proc.stdout)
    except ValueError:
        summary = {}
        problems.append("stdout is not one JSON object")
    entries = [e for k in ("failed_files", "skipped") for e in summary.get(k) or [] if isinstance(e, dict)]
    assert unreadable_run["db"].exists(), f"no database written (exit {proc.returncode})"
    con = duckdb.connect(str(unreadable_run["db"]), read_only=True)
    try:
        subs = rows_of(con, "SELECT submission_id, file_name FROM submissions")
        sub_file = {s["submission_id"]: base(s["file_name"]) for s in subs}
        rows = {t: rows_of(con, f"SELECT * FROM {t}") for t in TABLES}
        quar = rows_of(con, "SELECT submission_id FROM quarantine")
    finally:
        con.close()
    for u in unreadable_run["truth"]["unreadable"]:
        name = u["file"]
        said = [e for e in entries if name in json.dumps(e, ensure_ascii=False)]
        cur = {t: [r for r in rs if sub_file.get(r["submission_id"]) == name] for t, rs in rows.items()}
        n_cur = sum(len(v) for v in cur.values())
        n_q = sum(1 for q in quar if sub_file.get(q["submission_id"]) == name)
        if u.get("if_read") and n_cur:          # the .fods read: it must be read right
            got = cur["techniques"]
            ok = len(got) == len(u["if_read"]) == n_cur and all(
                any(all(same(v, g.get(k)) for k, v in want.items()) for g in got) for want in u["if_read"])
            if not ok:
                problems.append(f"{name}: read, but not as written ({n_cur} rows curated)")
            continue
        if not said:
            problems.append(f"{name} ({u['why']}): not named in the summary's failed_files / skipped")
        elif not any(_bilingual(e, name) for e in said):
            problems.append(f"{name}: the message is not in Chinese and English: {said[0][:200]}")
        if n_cur or n_q:
            problems.append(f"{name}: half-read — {n_cur} rows curated, {n_q} quarantined")
    if proc.returncode != 2:    # the SpreadsheetML .xls and the .et are refused whatever happens to the .fods
        problems.append(f"exit {proc.returncode}, expected 2 (files that could not be read)")
    assert not problems, "; ".join(problems)


def test_unreadable_run_leaks_no_id_numbers(unreadable_run):
    check_no_id_numbers_anywhere(unreadable_run)
