"""realworld103: a fictional province's (琅川省, SYNTHETIC / 合成数据) year-end reports of new techniques (新技术新项目)
and teaching activities (带教、教学查房、手术示教、学术讲座、义诊、远程会诊) — tables pasted from a Word 工作总结 with
merged cells, line breaks and units, case counts per quarter, a 汇总 sheet beside the detail sheets, several recipients
or a series of lectures in one row — beside an ordinary pairing list in data/raw/reference/ and a few ordinary
rosters, trainee lists and monthly statistics; ingested exactly as the README tells a new user, scored per table
against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直医院,各县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld103-test-key"
FOLDERS = frozenset({"reference", "省直医院", "各县"})
SUMMARY_FILE = "SYNTHETIC_琅川省人民医院2024年度对口支援工作总结附表.xlsx"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld103")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld103_scores(run):
    check_scores(run, KEY, "realworld103")


def test_realworld103_findings(run):
    check_findings(run)


def test_summary_sheet_feeds_no_table(run):
    """The 汇总 sheet repeats the detail sheets' totals (派驻人员, 新技术, 开展例数, 场次): no curated row of any
    contract table may come from it, or the year's counts are doubled."""
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = [sid for sid, f in con.execute(
            "SELECT submission_id, file_name FROM submissions WHERE sheet_name = '汇总'").fetchall()
            if f.replace("\\", "/").rsplit("/", 1)[-1] == SUMMARY_FILE]
        fed = {}
        for t in ("deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
                  "staff_monthly_assessments", "county_inpatient_stats"):
            n = con.execute(f"SELECT count(*) FROM {t} WHERE submission_id IN (SELECT unnest(?::VARCHAR[]))",
                            [subs]).fetchone()[0]
            if n:
                fed[t] = n
    finally:
        con.close()
    assert not fed, f"the 汇总 sheet was curated into {fed}"


def test_year_totals_match_the_summary(run):
    """What the 汇总 sheet says for 琅川省人民医院, counted from the contract's tables: 6 techniques with 106 cases
    (three at 青蔓县人民医院 with 66, three at 石沅县人民医院 with 40), and the lecture series as four lectures."""
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        hid = dict(con.execute("SELECT name, hospital_id FROM hospitals").fetchall())
        p1 = hid.get("琅川省人民医院")
        got = {name: con.execute("SELECT count(*), coalesce(sum(cases), 0) FROM techniques "
                                 "WHERE support_hospital_id = ? AND recipient_hospital_id = ?",
                                 [p1, hid.get(name)]).fetchone()
               for name in ("青蔓县人民医院", "石沅县人民医院")}
        lectures = con.execute("SELECT count(*) FROM activities WHERE support_hospital_id = ? AND "
                               "recipient_hospital_id = ? AND activity_type = '学术讲座'",
                               [p1, hid.get("石沅县人民医院")]).fetchone()[0]
    finally:
        con.close()
    assert got == {"青蔓县人民医院": (3, 66), "石沅县人民医院": (3, 40)}, got
    assert lectures == 5, lectures
