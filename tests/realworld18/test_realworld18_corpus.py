"""realworld18: one prefecture-level city's year (渟州市, fictional province 霁岚省, SYNTHETIC / 合成数据, 2024) as
its data manager keeps it — the pairing list (.xls, two sheets) in data/raw/reference/ and one folder per quarter
of forwarded files: WeChat names, a byte-identical "(1)" copy, a re-saved "- 副本", an "更正版" and a "最终版"
replacing earlier files, a .docx sent by mistake — ingested exactly as the README tells a new user, scored per
table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024年一季度,…,2024年四季度}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld18-test-key"
FOLDERS = frozenset({"reference", "2024年一季度", "2024年二季度", "2024年三季度", "2024年四季度"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld18")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)
    # the "(1)" copy is byte for byte the file it copies; the "- 副本" is the same rows saved again (other bytes)
    q1, q2 = run["out"] / "data" / "raw" / "2024年一季度", run["out"] / "data" / "raw" / "2024年二季度"
    a = q1 / "SYNTHETIC_微信文件_20240408_萝溪县人民医院1-3月业务量.xlsx"
    assert a.read_bytes() == a.with_name(a.stem + "(1).xlsx").read_bytes()
    b = q2 / "SYNTHETIC_箬山县人民医院进修人员2024上半年.xls"
    assert b.read_bytes() != b.with_name(b.stem + " - 副本.xls").read_bytes()


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_not_a_spreadsheet_is_reported_not_fatal(run):
    """README / `duikou ingest --help`: a file that is not a spreadsheet is skipped (`skipped`: "not
    spreadsheets"), said so, and the other files are ingested; only `--fail-on skipped` turns it into exit 6.
    So: no traceback, exit 0, the .docx named in the human summary and in the JSON summary's `skipped`."""
    proc = run["proc"]
    docs = run["truth"]["not_spreadsheets"]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-1500:]}"
    for name in docs:
        assert name in proc.stdout + proc.stderr, f"{name} not mentioned in the ingest summary"
    env = dict(os.environ, DUIKOU_PERSON_KEY=KEY, HOME=str(run["out"] / "home"))
    for k in ("DUIKOU_KEY_FILE", "DUIKOU_DB"):
        env.pop(k, None)
    exe = Path(sys.executable).parent / "duikou"
    js = subprocess.run([str(exe), "ingest", "data/raw/", "--db", "data/curated/duikou.duckdb", "--dry-run", "--json"],
                        cwd=run["out"], env=env, capture_output=True, text=True, timeout=300)
    assert js.returncode == 0, f"exit {js.returncode}: {js.stderr[-1500:]}"
    summary = json.loads(js.stdout)
    skipped = json.dumps(summary.get("skipped"), ensure_ascii=False)
    for name in docs:
        assert name in skipped, f"{name} not in the JSON summary's skipped: {skipped[:500]}"
    # every spreadsheet still has a submission
    import duckdb
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        seen = {os.path.basename(r[0]) for r in con.execute("SELECT file_name FROM submissions").fetchall()}
    finally:
        con.close()
    assert not set(docs) & seen


# First run (README.md, "FIRST-RUN SCORE", git HEAD 8f75911 + the working tree of 2026-12-06 18:04 UTC): below the
# bar in hospitals, pairings, deployments, techniques, hospital_monthly_stats and county_inpatient_stats; three
# expected findings missing and one unexpected. Fixed since (README.md, "AFTER THE FIXES"): the marks are gone.
def test_realworld18_scores(run):
    check_scores(run, KEY, "realworld18")


def test_realworld18_findings(run):
    check_findings(run)
