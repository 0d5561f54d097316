"""realworld132: aggregate returns beside the detailed forms — a fictional province's (珩川省, SYNTHETIC / 合成数据)
first half of 2024: the pairing list in data/raw/reference/, the detailed rosters, trainee list, technique list,
activity log and monthly figures in 澜州市/, and in 汇总/ the counts that summarise them (the city's 督导半年报 with a
汇总表 per county, a county's 半年报, the province's summary with 合计 rows; one count disagrees with the details),
ingested exactly as the README tells a new user and scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,澜州市,汇总}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld132-test-key"
FOLDERS = frozenset({"reference", "澜州市", "汇总"})
EVENT_AND_MONTHLY = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
                     "staff_monthly_assessments", "county_inpatient_stats"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld132")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld132_scores(run):
    check_scores(run, KEY, "realworld132")


def test_realworld132_findings(run):
    check_findings(run)


def test_aggregate_returns_feed_no_event_or_monthly_table(run):
    """A row of counts per pairing (派驻人数, 培训人次, 外转率 …) over half a year is no event and no month: nothing
    of the 汇总/ files is a row of the contract's curated tables, and the 督导半年报's 派驻人数 4 does not add a
    person to the 3 the roster names."""
    import duckdb

    agg = set(run["truth"]["aggregate_files"])
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = {s["submission_id"]: base(s["file_name"]) for s in rows_of(con, "SELECT * FROM submissions")}
        fed = {t: sorted({subs.get(r["submission_id"]) for r in rows_of(con, f"SELECT submission_id FROM {t}")} & agg)
               for t in EVENT_AND_MONTHLY}
        n = con.execute("SELECT count(*) FROM deployments d JOIN hospitals s ON s.hospital_id = d.support_hospital_id "
                        "JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id "
                        "WHERE s.name = '珩川省人民医院' AND r.name = '青檀县人民医院'").fetchone()[0]
    finally:
        con.close()
    assert not {t: f for t, f in fed.items() if f}, f"aggregate returns curated into {fed}"
    assert n == 3, f"省人民医院 → 青檀县人民医院: {n} deployments, the roster names 3"


def test_aggregate_rows_are_not_sent_back_for_a_missing_value(run):
    """A row of counts is complete as a row of counts: whether it is listed as non-data or held as paperwork that
    is no form, it must not be quarantined as a form's row with a required value missing (a clerk asked to supply
    the 姓名 of a 汇总表 row has nothing to supply)."""
    import duckdb

    agg = set(run["truth"]["aggregate_files"])
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        q = rows_of(con, "SELECT s.file_name, s.sheet_name, q.source_row, q.reason_code FROM quarantine q "
                         "JOIN submissions s USING (submission_id)")
    finally:
        con.close()
    bad = [(base(r["file_name"]), r["sheet_name"], r["source_row"], r["reason_code"]) for r in q
           if base(r["file_name"]) in agg and r["reason_code"] in ("MISSING_VALUE", "MISSING_REQUIRED")]
    assert not bad, f"aggregate rows held for a missing required value: {bad}"
