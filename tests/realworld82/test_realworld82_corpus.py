"""realworld82: a fictional province's (澄岫省, SYNTHETIC / 合成数据) year 2024 — the pairing list in data/raw/reference/
and fourteen submissions in folders 省直 / 澄州市 / 岚州市 carrying what Excel's own features leave in a sheet (an
AutoFilter left on, rows collapsed with the outline, an Excel Table with a Total Row, frozen panes, comments,
drop-downs, hyperlinks, rich text, hidden and very-hidden sheets, print titles) in xlsx, xls, ods and CSV (GBK,
UTF-8) — ingested exactly as the README tells a new user, scored per table against the truth the generator writes,
plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市,岚州市}/…, OUT/truth.json
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
KEY = "realworld82-test-key"
FOLDERS = frozenset({"reference", "省直", "澄州市", "岚州市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld82")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): a fix must remove these marks.
def test_realworld82_scores(run):
    check_scores(run, KEY, "realworld82")


def test_realworld82_findings(run):
    check_findings(run)
