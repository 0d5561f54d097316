"""realworld102: a fictional province's (琅坪省, SYNTHETIC / 合成数据) monthly assessments of dispatched staff
(派驻人员月度考核) as the recipient hospitals keep them — a workbook with one sheet per month (2024.01, 三月份, 5月),
考勤 and 扣分 columns with a 总分 formula, 考核等次 words, a 第一季度考核 sheet, a person who left mid-month, a person
assessed at two recipients in one month, a month copied and not yet filled, an assessment written by the support
hospital — with the rosters of the same people, the pairing list in data/raw/reference/ and a few ordinary files
(xlsx, xls, ods, CSV in GBK and UTF-8-BOM), ingested exactly as the README tells a new user and scored per table.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,芸州市,青蔓县,澄苇县,栎川县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld102-test-key"
FOLDERS = frozenset({"reference", "省直", "芸州市", "青蔓县", "澄苇县", "栎川县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld102")


def _db(run):
    import duckdb

    return duckdb.connect(str(run["db"]), read_only=True)


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld102_scores(run):
    check_scores(run, KEY, "realworld102")


def test_realworld102_findings(run):
    check_findings(run)


def test_quarter_and_unfilled_month_not_curated(run):
    """The 第一季度考核 sheet's rows, the 6月 sheet copied and not filled, and an 平均分 line are in no curated table
    (held or non-data are both fine): a quarter's score is no month's, an unfilled month assessed nobody."""
    tables = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
              "staff_monthly_assessments", "county_inpatient_stats"]
    con = _db(run)
    try:
        got = set()
        for t in tables:
            got |= {(base(f), s, r) for f, s, r in con.execute(
                f"SELECT s.file_name, s.sheet_name, t.source_row FROM {t} t JOIN submissions s USING (submission_id)"
            ).fetchall()}
    finally:
        con.close()
    bad = [f"{e['file']} | {e['sheet']} | row {e['row']}" for e in run["truth"]["not_curated"]
           if (e["file"], e["sheet"], e["row"]) in got]
    assert not bad, f"curated although no month was assessed there: {bad}"


def test_assessments_belong_to_stays(run):
    """The contract's tables together: every curated assessment of a person known by ID number falls in a month in
    which that person has a stay (deployments) at that recipient — and one person (唐砚秋) has March at two
    recipients, each within its own stay."""
    con = _db(run)
    try:
        stays = rows_of(con, "SELECT person_id, recipient_hospital_id, start_date, end_date FROM deployments")
        rows = rows_of(con, "SELECT person_id, recipient_hospital_id, year, month FROM staff_monthly_assessments "
                            "WHERE person_id_basis = 'id_number'")
    finally:
        con.close()
    assert rows, "no assessment curated by ID number"

    def in_stay(a):
        first = dt.date(a["year"], a["month"], 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return any(s["person_id"] == a["person_id"] and s["recipient_hospital_id"] == a["recipient_hospital_id"]
                   and s["start_date"] <= last and (s["end_date"] is None or s["end_date"] >= first) for s in stays)

    orphans = [a for a in rows if not in_stay(a)]
    assert not orphans, f"{len(orphans)} assessments with no stay at that recipient in that month"
    march = {}
    for a in rows:
        if (a["year"], a["month"]) == (2024, 3):
            march.setdefault(a["person_id"], set()).add(a["recipient_hospital_id"])
    assert any(len(v) == 2 for v in march.values()), "nobody assessed at two recipients in March"
