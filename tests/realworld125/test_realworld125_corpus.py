"""realworld125: a fictional province's (琅川省, SYNTHETIC / 合成数据) year 2024 collected through online
questionnaires (问卷星 / 腾讯问卷 / 金数据 exports: one row per answer sheet, question texts as headers, the
platforms' own columns, multi-choice questions one column per option, other-specify columns, test answers and
resubmissions), beside the pairing list in data/raw/reference/ and a few ordinary files — ingested exactly as the
README tells a new user, scored per table against the truth the generator writes, plus the findings expected on
curated rows and checks that the platforms' own columns and the test answers never become data.

    make_corpus.py OUT   → OUT/data/raw/{reference,问卷导出,常规报送}/…, OUT/truth.json
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
KEY = "realworld125-test-key"
FOLDERS = frozenset({"reference", "问卷导出", "常规报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld125")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld125_scores(run):
    check_scores(run, KEY, "realworld125")


def test_realworld125_findings(run):
    check_findings(run)


def test_no_test_answer_or_platform_value_is_data(run):
    """The contract's tables only: no curated text field holds a test answer (测试, 111) or a platform's own
    column value (an IP, a 'N秒' duration, a questionnaire link), and no activity has 111 participants."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        bad = []
        for table, cols in (("deployments", ("department", "title", "position_at_recipient")),
                            ("trainees", ("department",)), ("activities", ("activity_type",))):
            for col in cols:
                for (v,) in con.execute(f"SELECT DISTINCT CAST({col} AS VARCHAR) FROM {table}").fetchall():
                    if v and any(s in v for s in ("测试", "111", "10.99.", "秒", "wjx.cn")):
                        bad.append(f"{table}.{col} = {v!r}")
        n = con.execute("SELECT count(*) FROM activities WHERE participants = 111").fetchone()[0]
        if n:
            bad.append(f"{n} activities with 111 participants (the test answer)")
        for (h,) in con.execute("SELECT name FROM hospitals").fetchall():
            if "测试" in h or h.strip() == "111":
                bad.append(f"hospital {h!r}")
    finally:
        con.close()
    assert not bad, bad
