"""realworld113: a fictional province's (琯澜省, SYNTHETIC / 合成数据) 2024 monthly statistics as HIS systems and
statistics offices export them (门诊 | 急诊 apart, 出院人数 | 出院人次, 三级手术 | 四级手术 | 合计, referral column
variants, a city summary with hospitals' months as rows, 本期 | 上年同期, a sheet per hospital, 万人次, a corrected
month, a missing month) with the pairing list in data/raw/reference/ and a few ordinary files — ingested exactly as
the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,蔺溪县,枫陂县,榆坪县,沅桥市}/…, OUT/truth.json
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
KEY = "realworld113-test-key"
FOLDERS = frozenset({"reference", "省直", "蔺溪县", "枫陂县", "榆坪县", "沅桥市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld113")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld113_scores(run):
    check_scores(run, KEY, "realworld113")


def test_realworld113_findings(run):
    check_findings(run)


def test_one_row_per_hospital_month(run):
    """The contract's hospital_monthly_stats holds one record per recipient and month: a month sent twice (the
    city summary repeating a hospital's own file, a correction of August) is one row, and the month never
    reported (蔺溪县人民医院, September) is no row."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        dup = con.execute("SELECT h.name, m.year, m.month, count(*) FROM hospital_monthly_stats m "
                          "JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id "
                          "GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL").fetchall()
        sept = con.execute("SELECT count(*) FROM hospital_monthly_stats m JOIN hospitals h "
                           "ON h.hospital_id = m.recipient_hospital_id "
                           "WHERE h.name = '蔺溪县人民医院' AND m.year = 2024 AND m.month = 9").fetchone()[0]
    finally:
        con.close()
    assert not dup, f"hospital-months stored more than once: {dup}"
    assert sept == 0
