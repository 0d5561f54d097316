"""realworld129: a fictional province's (琅岫省, SYNTHETIC / 合成数据) year 2024 whose files store dates the way
different machines and clerks do — a Mac workbook in the 1904 date system, a CSV of Excel date serials beside ISO
dates, date cells with a time, dates typed as text in local spellings (2024年3月5日, 2024.3.5, 24.03.05, 20240305,
3月5日 with the year in the title), a date cell formatted as a number (45352), month cells holding the 1st
(shown 2024年3月), and open or planned ends (至今, 在岗, 2024.12（预计）) — ingested exactly as the README tells a
new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,县区}/…, OUT/truth.json
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
KEY = "realworld129-test-key"
FOLDERS = frozenset({"reference", "省直", "县区"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld129")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld129_scores(run):
    check_scores(run, KEY, "realworld129")


def test_realworld129_findings(run):
    check_findings(run)


def test_no_date_outside_the_programme_years(run):
    """The contract's date columns: every curated date of this corpus lies in 2023–2027. A 1904-system date read
    in the 1900 system lands four years early (2020), a serial read as a year or a yy.mm.dd read the other way
    lands far off — whatever the parser does, such a date is wrong here."""
    import duckdb

    cols = {"deployments": ("start_date", "end_date"), "trainees": ("start_date", "end_date"),
            "techniques": ("first_performed_date",), "activities": ("activity_date",),
            "pairings": ("start_date", "end_date", "agreement_date")}
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        bad = []
        for t, cs in cols.items():
            for c in cs:
                bad += [(t, c, str(v)) for (v,) in con.execute(
                    f"SELECT {c} FROM {t} WHERE {c} IS NOT NULL AND (year({c}) < 2023 OR year({c}) > 2027)").fetchall()]
        bad += [("hospital_monthly_stats", "year", str(v)) for (v,) in con.execute(
            "SELECT year FROM hospital_monthly_stats WHERE year <> 2024").fetchall()]
        bad += [("staff_monthly_assessments", "year", str(v)) for (v,) in con.execute(
            "SELECT year FROM staff_monthly_assessments WHERE year <> 2024").fetchall()]
    finally:
        con.close()
    assert not bad, f"dates outside 2023–2027: {bad}"
