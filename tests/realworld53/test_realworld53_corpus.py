"""realworld53: a fictional prefecture city's (枫溪市, 澂岭省, SYNTHETIC / 合成数据) 2024 year folder as its clerk keeps
it — folders per county and month, the same attachment in two folders, receipt dates in file names, a 旧版 folder
with a superseded copy, Office lock files, Thumbs.db, desktop.ini, a .docx, a .pdf, a WPS .et and .wps, an .xls
that is really an .xlsx — ingested exactly as the README tells a new user, scored per table against the truth
the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024/<县>/<月份>/…}, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_harness import (check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld53-test-key"
FOLDERS = frozenset({"reference", "03月", "04月", "05月", "06月", "12月", "旧版", "汇总", "市本级"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld53")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    """What the harness's check_deterministic_and_labelled checks, except that the lock files, Thumbs.db and
    desktop.ini (named by Windows and Office themselves, so they cannot start SYNTHETIC_) are allowed — and must
    be there, in both 03月 folders."""
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(tmp_path)], check=True, capture_output=True)
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")) == run["truth"]
    junk = set(run["truth"]["junk_files"])
    files = [p for p in (tmp_path / "data" / "raw").rglob("*") if p.is_file()]
    names = sorted(p.name for p in files)
    assert names == sorted(p.name for p in (run["out"] / "data" / "raw").rglob("*") if p.is_file())
    assert all(n.startswith("SYNTHETIC_") for n in names if n not in junk)
    assert sorted(n for n in names if n in junk) == sorted(2 * list(junk))
    assert {p.parent.name for p in files} == set(FOLDERS)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    for idn in run["truth"]["id_numbers"]:
        assert idn.startswith("99") and len(idn) == 18
        assert "10X98765432"[sum(int(c) * k for c, k in zip(idn[:17], w)) % 11] == idn[17]


def test_each_spreadsheet_is_one_submission(run):
    """The trainee list saved in two folders (byte for byte) is one submission per sheet, not two; every other
    spreadsheet sheet is one submission; none of the non-spreadsheets (.docx, .pdf, .wps, .et, lock files,
    Thumbs.db, desktop.ini) becomes a submission."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = con.execute("SELECT file_name, sheet_name FROM submissions").fetchall()
    finally:
        con.close()
    names = [Path(str(f).replace("\\", "/")).name for f, _ in subs]
    assert sorted(set(names)) == sorted(run["truth"]["submission_files"]
                                        + ["SYNTHETIC_附件1_澂岭省对口支援关系表（2024—2026年）.xlsx"])
    assert len(names) == len(set(names)), f"a spreadsheet was made a submission twice: {sorted(names)}"


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld53_scores(run):
    check_scores(run, KEY, "realworld53")


def test_realworld53_findings(run):
    check_findings(run)
