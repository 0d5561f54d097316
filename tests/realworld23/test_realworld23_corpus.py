"""realworld23: a fictional prefecture-level city's (岚江省澄川市, SYNTHETIC / 合成数据) year 2024 as its 卫健委 collects
it — the city's own pairing list in data/raw/reference/ and sixteen e-mail attachments saved into folders per county
under data/raw/2024/ (市直, 青枫县, 梧塘县, 鹤汀县): xlsx, xls, ods, CSV in GBK and UTF-8, with a 更正 file replacing
one hospital's earlier file, a late file, 2023 data sent again into the 2024 folder and one sheet per quarter —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus the
findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024/…}/…, OUT/truth.json
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
KEY = "realworld23-test-key"
FOLDERS = frozenset({"reference", "市直", "青枫县", "梧塘县", "鹤汀县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld23")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld23_scores(run):
    check_scores(run, KEY, "realworld23")


def test_realworld23_findings(run):
    check_findings(run)
