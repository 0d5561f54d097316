"""realworld70: a fictional province's (澄渊省, SYNTHETIC / 合成数据) pairing lists in depth — the province's 附件1
(county merged over its recipients, two recipients in one cell, 三级甲等 / 三甲 / 二甲 / 二级, 综合 / 中医 / 妇幼, the
period in the title), its 附件2 of 牵头单位 + 成员单位 teams, a mid-period adjustment notice (附件3) and a city's own
县乡 list — in data/raw/reference/, then fourteen 2024 submissions (xlsx, xls, ods, CSV in GBK and UTF-8) naming
recipients by short names, ingested exactly as the README tells a new user, scored per table against the truth the
generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,雁泉市}/…, OUT/truth.json
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
KEY = "realworld70-test-key"
FOLDERS = frozenset({"reference", "省直", "雁泉市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld70")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the marks.
def test_realworld70_scores(run):
    check_scores(run, KEY, "realworld70")


def test_realworld70_findings(run):
    check_findings(run)
