"""realworld109: a fictional province's (璃川省, SYNTHETIC / 合成数据) submission folder as it really arrives — the
pairing list in data/raw/reference/ and, in data/raw/2024/, the spreadsheets together with what comes with them:
a .zip of one county's files, Excel's lock file (~$…), Thumbs.db, a PDF, a .docx and a screenshot of the same roster,
that roster twice under two names (byte-identical), an .xls renamed .xlsx, a UTF-16 tab-separated .txt from a hospital
system, a CSV with semicolons, formulas without cached values, a password-protected .xlsx, a 0-byte file and a file
five folders deep — ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows and what happens to each file that is not a table.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024,2024/邮件附件/白鹭县/县卫健局转发/澄州市中心医院/第二批}/…
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_harness import base, check_findings, check_no_id_numbers_anywhere, check_scores, corpus_run, rows_of

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld109-test-key"
FOLDERS = frozenset({"reference", "2024", "第二批"})
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld109")


def _db(run):
    import duckdb

    return duckdb.connect(str(run["db"]), read_only=True)


def _output(run) -> str:
    return run["proc"].stdout + "\n" + run["proc"].stderr


def _file_errors(run) -> dict:
    con = _db(run)
    try:
        errs = rows_of(con, "SELECT file_name, error_code, error FROM file_errors")
    finally:
        con.close()
    return {base(e["file_name"]): e for e in errs}


def _submitted(run) -> set:
    con = _db(run)
    try:
        return {base(r["file_name"]) for r in rows_of(con, "SELECT file_name FROM submissions")}
    finally:
        con.close()


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    """check_deterministic_and_labelled, except that Excel's lock file and Windows' Thumbs.db keep the names only
    Excel and Windows give them (truth.json "system_files"; their contents say 合成数据 SYNTHETIC)."""
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(tmp_path)], check=True, capture_output=True)
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == run["truth"]
    files = [p for p in (tmp_path / "data" / "raw").rglob("*") if p.is_file()]
    again = {p.relative_to(tmp_path): p.read_bytes() for p in files}
    first = {p.relative_to(run["out"]): p.read_bytes() for p in (run["out"] / "data" / "raw").rglob("*") if p.is_file()}
    assert again == first                                   # byte for byte
    system = set(run["truth"]["system_files"])
    assert all(p.name.startswith("SYNTHETIC_") for p in files if p.name not in system)
    assert {p.parent.name for p in files} == set(FOLDERS)
    for p in files:
        if p.name in system:
            assert "合成数据 SYNTHETIC".encode("utf-16-le") in p.read_bytes() or "合成数据".encode() in p.read_bytes()
    for idn in run["truth"]["id_numbers"]:
        assert idn.startswith("99") and len(idn) == 18
        assert "10X98765432"[sum(int(c) * k for c, k in zip(idn[:17], W)) % 11] == idn[17]


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_unreadable_files_refused_with_a_clear_bilingual_error(run):
    """README, "What the tool refuses": a file that cannot be read (damaged, encrypted) gets one bilingual line with a
    code in the summary and in file_errors, the other files are ingested, exit 2 — never a traceback. The password
    file must be in file_errors; the 0-byte file in file_errors, or at least named in the summary with its reason."""
    proc, truth = run["proc"], run["truth"]
    out = _output(run)
    assert "Traceback" not in out, out[-3000:]
    assert proc.returncode == 2, f"exit {proc.returncode}, expected 2 (some files could not be read)\n{out[-2000:]}"
    errs = _file_errors(run)
    encrypted, empty = truth["unreadable_files"]
    assert encrypted in errs, f"the password-protected workbook is not in file_errors: {sorted(errs)}"
    assert empty in errs or empty in out, "the 0-byte file is neither in file_errors nor named in the summary"
    for name, e in errs.items():
        assert re.search(r"[\u4e00-\u9fff]", e["error"]) and re.search(r"[A-Za-z]{3}", e["error"]), \
            f"{name}: not a bilingual message: {e['error']!r}"
    assert encrypted in out, "the summary does not name the file it could not read"
    assert not _submitted(run) & set(truth["unreadable_files"])


def test_other_files_skipped_with_a_stated_reason(run):
    """The .zip (intake.md: archives are not read — unpack them), the PDF, the .docx and the screenshot are no
    spreadsheets: no submission row, and the data manager is told (named in the summary or in file_errors).
    Excel's lock file and Thumbs.db are nobody's submission: no submission row and no file error."""
    truth, out, errs, subs = run["truth"], _output(run), _file_errors(run), _submitted(run)
    for name in truth["not_read_files"]:
        assert name not in subs, f"{name} was read as a submission"
        assert name in out or name in errs, f"{name}: skipped without saying so"
    for name in truth["system_files"]:
        assert name not in subs, f"{name} was read as a submission"
        assert name not in errs, f"{name}: reported as a file that could not be read ({errs[name]['error_code']})"


def test_identical_copy_read_once(run):
    """名册.xlsx and 名册(1).xlsx are the same bytes: four deployments, not eight (the scores count extras too)."""
    con = _db(run)
    try:
        n = con.execute("SELECT count(*) FROM deployments d JOIN submissions s USING (submission_id) "
                        "WHERE s.file_name LIKE '%青枫县人民医院派驻人员名册%'").fetchone()[0]
    finally:
        con.close()
    assert n == 4


def test_realworld109_scores(run):
    """The harness's scores. Exit 2 is what the README prescribes for this folder (a password-protected and an empty
    file) and is checked above; any other non-zero exit still fails here."""
    proc = run["proc"]
    if proc.returncode == 2:
        run = dict(run, proc=subprocess.CompletedProcess(proc.args, 0, proc.stdout, proc.stderr))
    check_scores(run, KEY, "realworld109")


def test_realworld109_findings(run):
    check_findings(run)
