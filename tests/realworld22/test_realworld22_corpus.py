"""realworld22: the most ordinary provincial year — a fictional province (汀澜省, SYNTHETIC / 合成数据) in 2024: the
卫健委's pairing list (附件1) in data/raw/reference/ and sixteen returns from ordinary hospitals in folders 省直 and
澄川市, as ~15 different clerks make them in Excel or WPS (xlsx, xls, ods, CSV in GBK and UTF-8) — ingested exactly
as the README tells a new user, scored per table against the truth the generator writes, plus the findings expected
on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄川市}/…, OUT/truth.json
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
KEY = "realworld22-test-key"
FOLDERS = frozenset({"reference", "省直", "澄川市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld22")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld22_scores(run):
    check_scores(run, KEY, "realworld22")


def test_realworld22_findings(run):
    check_findings(run)
