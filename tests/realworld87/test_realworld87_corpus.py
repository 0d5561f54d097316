"""realworld87: a fictional province's (霁原省, SYNTHETIC / 合成数据) year 2024 — the pairing list in data/raw/reference/
and seventeen submissions of the same forms from twelve hospitals, each with its own header wording (下派时间 /
驻点起始 / 到岗日期, 培训单位 / 学习单位, 项目 / 首例时间 / 是否本县首次, 门诊量 / 出院人次 / 转院人次, units and footnote
marks, English–Chinese headers) and column order (xlsx, xls, ods, CSV in UTF-8-BOM and GBK) — ingested exactly as the
README tells a new user, scored per table against the truth the generator writes, plus the findings expected on
curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,支援医院,受援医院,卫健委}/…, OUT/truth.json
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
KEY = "realworld87-test-key"
FOLDERS = frozenset({"reference", "支援医院", "受援医院", "卫健委"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld87")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"); a fix must remove the marks.
def test_realworld87_scores(run):
    check_scores(run, KEY, "realworld87")


def test_realworld87_findings(run):
    check_findings(run)
