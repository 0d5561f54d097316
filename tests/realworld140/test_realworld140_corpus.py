"""realworld140: a fictional province's (琨澜省, SYNTHETIC / 合成数据) year 2024 in the national templates of the
三级医院对口帮扶 programme as the province re-issues them (附表1 派驻人员情况表, 附表2 受援医院服务能力情况表 with
帮扶前 / 帮扶后, 2024年 / 2023年 and 基期 / 报告期 column pairs, 附表3 新技术新项目, 附表4 带教培训; 统计代码 rows,
派驻时长（月）, 填报说明) mixed with ordinary provincial forms, the pairing list in data/raw/reference/ — ingested
exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,附表报表,日常报送}/…, OUT/truth.json
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
KEY = "realworld140-test-key"
FOLDERS = frozenset({"reference", "附表报表", "日常报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld140")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld140_scores(run):
    check_scores(run, KEY, "realworld140")


def test_realworld140_findings(run):
    check_findings(run)


def test_no_base_year_figures_stored(run):
    """The 附表2 forms carry 帮扶前 (2020), 2023年 and 基期 (2022) columns beside the report year's: only 2024's
    months are the hospitals' reports (the contract's hospital_monthly_stats), so no other year is stored, and each
    recipient has each 2024 month at most once."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        years = {r[0] for r in con.execute("SELECT DISTINCT year FROM hospital_monthly_stats").fetchall()}
        dup = con.execute("SELECT recipient_hospital_id, year, month, count(*) FROM hospital_monthly_stats "
                          "GROUP BY ALL HAVING count(*) > 1").fetchall()
    finally:
        con.close()
    assert years <= {2024}, f"years stored from the 附表2 forms: {sorted(years)}"
    assert not dup, f"a recipient's month stored twice: {dup}"
