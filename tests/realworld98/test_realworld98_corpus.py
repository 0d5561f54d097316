"""realworld98: a fictional province's (澄渊省, SYNTHETIC / 合成数据) year 2024 whose county offices send patient-level
records beside the programme's forms — a 双向转诊登记, 远程会诊记录 with patients' names and 病案号, a 义诊 register with
villagers' names and phone numbers, a county's inpatient flow with a sheet of the patients treated outside the county,
monthly statistics with a sheet of the patients referred out — ingested exactly as the README tells a new user,
scored per table against the truth the generator writes, plus the findings expected on curated rows and a scan for
every patient's name, 住院号 / 病案号 and phone number in everything the tool stored, printed or wrote.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹤汀市,青崖县,石湄县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld98-test-key"
FOLDERS = frozenset({"reference", "省直", "鹤汀市", "青崖县", "石湄县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld98")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def patient_patterns(truth):
    """Each patient's name, and each record number and phone number alone or as its digits (any separators,
    full width via NFKC), never inside a longer run of letters or digits."""
    pd = truth["patient_data"]
    pats = [re.escape(n) for n in pd["names"]]
    sep = r"[\s\-_.·]*"
    for rec in pd["record_numbers"] + pd["phones"]:
        digits = re.sub(r"\D", "", rec)
        pats.append(r"(?<![0-9A-Za-z])(?:[A-Za-z]{2}" + sep + r")?" + sep.join(digits) + r"(?![0-9])")
    return re.compile("|".join(pats))


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the marks.
def test_no_patient_data_anywhere(run):
    """No patient's name, 住院号 / 病案号 or phone number in any table (quarantine raw cells and findings included),
    in the ingest's output, or in any file the tool wrote (names and contents)."""
    import duckdb

    pat = patient_patterns(run["truth"])
    leaks = []
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        for c in rows_of(con, "SELECT table_schema, table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema NOT IN ('information_schema', 'pg_catalog')"):
            q = (f'SELECT DISTINCT CAST("{c["column_name"]}" AS VARCHAR) FROM "{c["table_schema"]}".'
                 f'"{c["table_name"]}" WHERE "{c["column_name"]}" IS NOT NULL')
            try:
                vals = [r[0] for r in con.execute(q).fetchall()]
            except Exception:  # noqa: BLE001 — a view that cannot be read here is not a leak
                continue
            hits = {m.group(0) for v in vals if v for m in pat.finditer(unicodedata.normalize("NFKC", v))}
            if hits:
                leaks.append(f"{c['table_schema']}.{c['table_name']}.{c['column_name']}: {len(hits)} values "
                             f"(names {len([h for h in hits if not h[0].isascii()])}, record and phone numbers "
                             f"{len([h for h in hits if h[0].isascii()])})")
    finally:
        con.close()
    for name, text in (("ingest stdout", run["proc"].stdout), ("ingest stderr", run["proc"].stderr)):
        hits = sorted({m.group(0) for m in pat.finditer(unicodedata.normalize("NFKC", text))})
        if hits:
            leaks.append(f"{name}: {hits[:5]}")
    for f in run["written"]:
        if pat.search(unicodedata.normalize("NFKC", str(f))):
            leaks.append(f"file name {f}")
        if f.is_file() and f.suffix not in (".duckdb", ".wal"):
            text = f.read_bytes().decode("utf-8", "ignore")
            if pat.search(unicodedata.normalize("NFKC", text)):
                leaks.append(f"file {f.name}")
    assert not leaks, f"patient data found in {leaks}"


@pytest.mark.xfail(strict=True, reason="first run: activities 9/10 — the 义诊 register's one 义诊 absent (its "
                                       "villager rows held as UNCERTAIN_HOSPITAL)")
def test_realworld98_scores(run):
    check_scores(run, KEY, "realworld98")


def test_realworld98_findings(run):
    check_findings(run)
