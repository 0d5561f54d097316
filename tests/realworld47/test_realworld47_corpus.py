"""realworld47: a fictional province's (澄岫省, SYNTHETIC / 合成数据) year 2024 focused on annual summary tables that
count rather than list — a county bureau's 年度汇总 (a hospital per row, yearly totals), the province's 考核评分表
(评分项 | 得分, per pairing and wide), a 自评表 with counts inside sentences, statistics by title, department and
activity type — none of which is a row of any curated table, beside ordinary row-level files (rosters, a technique
list, a trainee list, activities, monthly statistics, county inpatient flow) whose rows must be curated. Ingested
exactly as the README tells a new user, scored per table against the truth the generator writes, plus the findings
expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,汇总表,医院报送}/…, OUT/truth.json
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
KEY = "realworld47-test-key"
FOLDERS = frozenset({"reference", "汇总表", "医院报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld47")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld47_scores(run):
    check_scores(run, KEY, "realworld47")


def test_realworld47_findings(run):
    check_findings(run)
