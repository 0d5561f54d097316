"""realworld128: plans beside what happened — a fictional province's (琅澄省, SYNTHETIC / 合成数据) year 2024 in which
support hospitals send their 年度派驻计划 / 轮换计划, 计划开展的新技术 and 培训计划 beside (and inside the same workbooks
and sheets as) the rosters, technique lists and activity records; rosters with 状态 (计划 / 已派驻 / 已返回 / 取消 / 推迟)
or 计划起止时间 beside 实际起止时间, techniques with 计划引进时间 beside 实际开展时间, activities with 计划日期 and
完成情况. Ingested exactly as the README tells a new user and scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
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
KEY = "realworld128-test-key"
FOLDERS = frozenset({"reference", "2024"})
PLAN_NAMES = {"江映月", "沈一苇", "韩知秋", "罗青岑", "白露晞", "祁望舒", "齐晚晴"}
PLAN_TECHNIQUES = {"胃肠镜下息肉切除术", "床旁连续性血液净化", "经皮肾镜碎石取石术", "超声引导下神经阻滞",
                   "颅内血肿微创穿刺引流术"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld128")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld128_scores(run):
    check_scores(run, KEY, "realworld128")


def test_realworld128_findings(run):
    check_findings(run)


def test_plans_are_not_curated(run):
    """Against the contract's tables: no technique the hospitals only planned is in `techniques`, no activity dated
    on a day that was only planned (未完成 / 延期 / 取消, or a 培训计划's date) is in `activities`, and no curated row
    of any table comes from a sheet that holds only plans."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        techs = {r[0] for r in con.execute("SELECT name FROM techniques").fetchall()}
        days = {r[0].isoformat() for r in con.execute("SELECT activity_date FROM activities").fetchall()}
        plan_sheets = con.execute(
            "SELECT file_name, sheet_name, rows_curated FROM submissions WHERE rows_curated > 0 AND ("
            "file_name LIKE '%年度派驻计划%' OR file_name LIKE '%计划开展的新技术%' OR file_name LIKE '%培训计划.xlsx' "
            "OR sheet_name IN ('2024年轮换计划', '培训计划'))").fetchall()
    finally:
        con.close()
    assert not techs & PLAN_TECHNIQUES, f"planned techniques curated: {sorted(techs & PLAN_TECHNIQUES)}"
    planned_only = {"2024-05-20", "2024-06-12", "2024-08-15", "2024-04-10", "2024-09-11", "2024-11-13"}
    assert not days & planned_only, f"activities on days only planned: {sorted(days & planned_only)}"
    assert not plan_sheets, f"plan sheets fed curated tables: {plan_sheets}"
