"""realworld81: the most ordinary year (2024) of a fictional prefecture-level city (岫川市, SYNTHETIC / 合成数据) — the
city's own 县乡两级 pairing list in data/raw/reference/ and nineteen plain submissions in data/raw/2024/ (xlsx, xls,
ods, CSV in UTF-8, UTF-8-BOM and GBK), each hospital in its own five-minute template — ingested exactly as the README
tells a new user, scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_every_file_read, check_findings,
                            check_no_id_numbers_anywhere, check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld81-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld81")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_is_read(run):
    check_every_file_read(run)


def test_realworld81_scores(run):
    check_scores(run, KEY, "realworld81")


def test_realworld81_findings(run):
    check_findings(run)
