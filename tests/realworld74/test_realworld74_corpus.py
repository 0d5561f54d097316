"""realworld74: a fictional province's (澄霁省, SYNTHETIC / 合成数据) year 2024 whose files were converted from PDF or
scanned paper (WPS / Adobe "PDF转Excel", OCR) — the pairing list in data/raw/reference/ and thirteen submissions in
folders 省直 and 栖梧市 (xlsx, xls, ods, CSV in GBK, UTF-8 and UTF-8-BOM) — ingested exactly as the README tells a new
user, scored per table against the truth the generator writes, plus the findings the contract requires on curated
rows (present; the tool may add others, e.g. for an OCR letter read as a digit).

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,栖梧市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings_present, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld74-test-key"
FOLDERS = frozenset({"reference", "省直", "栖梧市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld74")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld74_scores(run):
    check_scores(run, KEY, "realworld74")


def test_realworld74_findings(run):
    check_findings_present(run)
