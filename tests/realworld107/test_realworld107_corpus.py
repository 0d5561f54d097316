"""realworld107: a fictional province's (琅岫省, SYNTHETIC / 合成数据) pairing lists as they arrive from different issuers
for one year — the national 三级医院对口帮扶县级医院 list (sections by province), the province's 附件1 and 组团式 list
(a lead hospital and two members), a city's list with its counties merged down, the city's 调整 notice (a pairing
handed to another supporter from 2024-07-01) and a county's township list converted from a PDF — all in
data/raw/reference/, then seven ordinary submissions in data/raw/2024/ whose rows must land on the right pairing.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
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
KEY = "realworld107-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld107")


def _rows(run, sql):
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld107_scores(run):
    check_scores(run, KEY, "realworld107")


def test_realworld107_findings(run):
    check_findings(run)


def test_one_hospital_under_three_spellings(run):
    """琅岫省人民医院 (national list), 琅岫省人民医院（东院） (附件1) and 省人民医院 (组团式 list) are one hospital in
    `hospitals`, and the pairing it has with 青梧县人民医院 on two lists is one row of `pairings`."""
    names = [n for (n,) in _rows(run, "SELECT name FROM hospitals")]
    spellings = [n for n in names if n in ("琅岫省人民医院", "琅岫省人民医院（东院）", "省人民医院")]
    assert spellings == ["琅岫省人民医院"], spellings
    n = _rows(run, "SELECT count(*) FROM pairings p JOIN hospitals s ON s.hospital_id = p.support_hospital_id "
                   "JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id "
                   "WHERE s.name = '琅岫省人民医院' AND r.name = '青梧县人民医院'")[0][0]
    assert n == 1, f"{n} pairings 琅岫省人民医院 → 青梧县人民医院"


def test_handover_leaves_one_supporter_each_day(run):
    """After the 调整 notice, 白溪县中医医院 has one supporter on every day of 2024: 澜州市中医院 up to 2024-06-30,
    琅岫省中医院 from 2024-07-01 — no overlap, no gap."""
    rows = _rows(run, "SELECT s.name, p.start_date, p.end_date FROM pairings p "
                      "JOIN hospitals s ON s.hospital_id = p.support_hospital_id "
                      "JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id WHERE r.name = '白溪县中医医院'")
    day, end = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    while day <= end:
        on = [s for s, a, b in rows if a <= day and (b is None or day <= b)]
        assert len(on) == 1, f"{day}: supporters {on} (pairings {rows})"
        day += dt.timedelta(days=1)
