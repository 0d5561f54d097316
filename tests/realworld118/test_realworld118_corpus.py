"""realworld118: files whose extension or format does not say what they are (SYNTHETIC / 合成数据) — a fictional
province's (琅槐省) 2024: an ordinary pairing list in data/raw/reference/, and submissions as information systems and
offices produce them: "导出Excel" .xls files that are HTML tables (GBK and UTF-8, <caption>, rowspan / colspan, <br>,
&nbsp;), an XML Spreadsheet 2003 .xls, a platform's tab-separated .xls, Excel's UTF-16 "Unicode text" as .txt and as
.csv, a legacy BIFF .xls renamed .xlsx, CSVs with semicolons and with a "sep=," first line, and ordinary workbooks —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024,平台导出}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

docs/intake.md says an XML Spreadsheet 2003 .xls is refused with a message to save it as .xlsx, so the ingest's
documented exit is 2 for that one file (README: "2 some files could not be read"): `test_xml_spreadsheet_refused_clearly`
checks the refusal, and the scores are judged with that exit accepted (`_refusal_accepted`). Scoring and ID-scan
helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld118-test-key"
FOLDERS = frozenset({"reference", "2024", "平台导出"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld118")


def _file_errors(run) -> dict:
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        return {base(r["file_name"]): r for r in rows_of(con, "SELECT * FROM file_errors")}
    finally:
        con.close()


def _refusal_accepted(run) -> dict:
    """The run as check_scores judges it: exit 2 is the documented exit when exactly the refused files (the XML
    Spreadsheet 2003 .xls) could not be read, and counts as a run in which every other file was read."""
    proc = run["proc"]
    if proc.returncode == 2 and run["db"].exists() and set(_file_errors(run)) == set(run["truth"]["refused_files"]):
        proc = subprocess.CompletedProcess(proc.args, 0, proc.stdout, proc.stderr)
    return dict(run, proc=proc)


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_xml_spreadsheet_refused_clearly(run):
    """intake.md: "an Excel 2003 XML .xls is refused with the reason (save it as .xlsx)"; README: a file that cannot
    be read gets one bilingual line with a code in the summary and in file_errors, the other files are ingested,
    exit 2. Never a traceback; no other file refused."""
    proc = run["proc"]
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out[-3000:]
    assert proc.returncode == 2, f"exit {proc.returncode}: {out[-2000:]}"
    errors = _file_errors(run)
    assert set(errors) == set(run["truth"]["refused_files"]), f"file_errors: {sorted(errors)}"
    for name, e in errors.items():
        assert e["error_code"], name
        assert "xlsx" in e["error"].lower(), f"{name}: the reason does not say to save it as .xlsx: {e['error']}"
        assert any(name in line or "青苇县人民医院新技术" in line for line in out.splitlines()), \
            f"{name} is not named in the ingest output"


def test_every_other_file_read(run):
    """Every file but the refused one has a submission row reporting rows_read (no file silently skipped)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = rows_of(con, "SELECT file_name, sheet_name, rows_read FROM submissions")
    finally:
        con.close()
    seen = {base(s["file_name"]) for s in subs}
    truth = run["truth"]
    missing = [f for f in truth["submission_files"] if f not in seen and f not in truth["refused_files"]]
    assert not missing, f"no submission row for {missing}"
    assert not [s for s in subs if s["rows_read"] is None], "rows_read not reported"


def test_realworld118_scores(run):
    check_scores(_refusal_accepted(run), KEY, "realworld118")


def test_realworld118_findings(run):
    check_findings(run)
