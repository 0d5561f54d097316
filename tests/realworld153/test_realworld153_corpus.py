"""realworld153: a fictional province's (琅澄省, SYNTHETIC / 合成数据) 2024 activities as information systems export
them — a telemedicine platform's consultation log (xlsx and UTF-8-BOM CSV, overlapping by one consultation, with
patient names and 住院号), a 继续教育 system's 教学查房 sign-in detail (one row per attendee), a 义诊 register with
服务人次, an activity sheet whose dates are Excel serials stored as text — mixed with ordinary provincial forms,
ingested exactly as the README tells a new user and scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,平台导出,活动登记,常规报表}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld153-test-key"
FOLDERS = frozenset({"reference", "平台导出", "活动登记", "常规报表"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld153")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_no_patient_name_or_number_anywhere(run):
    """The platform export's 患者姓名 and 住院号 (truth ``private_values``) are in no table of the database (curated,
    quarantine raw, non-data rows, any schema), in the ingest output, or in any file the run wrote."""
    import duckdb

    values = run["truth"]["private_values"]
    con = duckdb.connect(str(run["db"]), read_only=True)
    leaks = []
    try:
        cols = con.execute("SELECT table_schema, table_name, column_name FROM information_schema.columns "
                           "WHERE table_schema NOT IN ('information_schema', 'pg_catalog')").fetchall()
        for schema, table, col in cols:
            try:
                cells = [r[0] for r in con.execute(f'SELECT DISTINCT CAST("{col}" AS VARCHAR) FROM "{schema}"."{table}" '
                                                   f'WHERE "{col}" IS NOT NULL').fetchall()]
            except Exception:  # noqa: BLE001
                continue
            hit = sorted({v for v in values for c in cells if c and v in c})
            if hit:
                leaks.append(f"{schema}.{table}.{col}: {hit[:3]}")
    finally:
        con.close()
    texts = {"ingest stdout": run["proc"].stdout, "ingest stderr": run["proc"].stderr}
    leaks += [f"{k}: {v}" for k, t in texts.items() for v in values if v in t]
    for f in run["written"]:
        if f.is_file() and f.suffix not in (".duckdb", ".wal"):
            text = f.read_bytes().decode("utf-8", "ignore")
            leaks += [f"file {f.name}: {v}" for v in values if v in text]
    assert not leaks, f"patient names / 住院号 stored: {leaks}"


def test_realworld153_scores(run):
    check_scores(run, KEY, "realworld153")


def test_realworld153_findings(run):
    check_findings(run)
