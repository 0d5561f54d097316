"""realworld94: a fictional province's (澄岚省, SYNTHETIC / 合成数据) 2023–2024 — the pairing list in data/raw/reference/
and thirteen submissions in 省直/ and 沧浦市/, chosen for large and awkward but genuine workbooks (120 sheets, 60,000
formatted empty rows, a 20,000-character cell, formulas into another workbook, =HYPERLINK cells, 16,000 formatted
empty columns, a merged title block, an .xls used down to row 65,500) beside ordinary xls, ods and CSV (GBK, UTF-8)
— ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus
the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,沧浦市}/…, OUT/truth.json
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
KEY = "realworld94-test-key"
FOLDERS = frozenset({"reference", "省直", "沧浦市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld94")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld94_scores(run):
    check_scores(run, KEY, "realworld94")


def test_realworld94_findings(run):
    check_findings(run)
