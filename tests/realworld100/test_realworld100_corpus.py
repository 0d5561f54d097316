"""realworld100: a fictional province's (蔚川省, SYNTHETIC / 合成数据) year 2025 — the pairing list in
data/raw/reference/, exports of approval workflows (钉钉 / 企业微信 / WPS 审批 / an OA whose status is only in
当前节点) in 审批导出/, ordinary lists and statistics in 常规报表/ (xlsx, xls, ods, CSV in UTF-8-BOM and GBK) —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus
the findings expected on curated rows. Only approved applications are deployments, trainees or techniques.

    make_corpus.py OUT   → OUT/data/raw/{reference,审批导出,常规报表}/…, OUT/truth.json
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
KEY = "realworld100-test-key"
FOLDERS = frozenset({"reference", "审批导出", "常规报表"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld100")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld100_scores(run):
    check_scores(run, KEY, "realworld100")


def test_realworld100_findings(run):
    check_findings(run)
