"""realworld152: pairing lists in the shapes provinces and cities publish them (SYNTHETIC / 合成数据). A fictional
province (琅川省) for 2024: the official 附件1 in data/raw/reference/ grouped by support hospital (a merged support
name, a 牵头 + 成员 team in one cell, 支援期限 in four spellings, a recipient written 县人民医院 under 所在县, a 备注
handing a pairing over from 2024年6月), a city's forwarding list and last period's list among the submissions (not
named: held, never applied), and ordinary submissions (rosters, trainees, techniques, activities, monthly
statistics) that use the pairings — ingested exactly as the README tells a new user, scored per table against the
truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,市卫健委转发,往年名单,省直,澄漪市,青苒县,鹤汀县,苎岚县}/…,
                           OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld152-test-key"
FOLDERS = frozenset({"reference", "市卫健委转发", "往年名单", "省直", "澄漪市", "青苒县", "鹤汀县", "苎岚县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld152")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld152_scores(run):
    check_scores(run, KEY, "realworld152")


def test_realworld152_findings(run):
    check_findings(run)


def test_handover_pairings_meet_and_activities_fall_in_them(run):
    """The contract's tables, not the parser: 苎岚县中医医院 has exactly two pairings, 琅川省中医院's ending the day
    before 澄漪市第一人民医院's begins (the 备注 2024年6月起调整为…), and every curated activity at it lies within the
    pairing of the support hospital it is credited to."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        hid = dict(con.execute("SELECT name, hospital_id FROM hospitals").fetchall())
        rec = hid.get("苎岚县中医医院")
        assert rec, "苎岚县中医医院 not in hospitals"
        prs = con.execute("SELECT support_hospital_id, start_date, end_date FROM pairings "
                          "WHERE recipient_hospital_id = ? ORDER BY start_date", [rec]).fetchall()
        acts = con.execute("SELECT support_hospital_id, activity_date FROM activities WHERE recipient_hospital_id = ?",
                           [rec]).fetchall()
    finally:
        con.close()
    assert [p[0] for p in prs] == [hid.get("琅川省中医院"), hid.get("澄漪市第一人民医院")], prs
    assert prs[0][2] is not None and prs[0][2] + dt.timedelta(days=1) == prs[1][1], prs
    assert acts, "no activity curated at 苎岚县中医医院"
    spans = {s: (a, b) for s, a, b in prs}
    outside = [(s, day) for s, day in acts
               if s not in spans or not (spans[s][0] <= day <= (spans[s][1] or dt.date.max))]
    assert not outside, f"activities credited outside their support hospital's pairing: {outside}"
