"""realworld75: a fictional province's (澄岭省, SYNTHETIC / 合成数据) year 2024 of teaching and training activity
records (带教培训活动 / 帮扶活动登记) — the pairing list in data/raw/reference/ and thirteen activity submissions
from support hospitals and recipients (xlsx, xls, ods, CSV in UTF-8 and GBK) — ingested exactly as the README tells
a new user, scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁州市,梧溪县,芦湾县}/…, OUT/truth.json
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
KEY = "realworld75-test-key"
FOLDERS = frozenset({"reference", "省直", "霁州市", "梧溪县", "芦湾县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld75")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove the mark.
def test_realworld75_scores(run):
    check_scores(run, KEY, "realworld75")


def test_realworld75_findings(run):
    check_findings(run)
