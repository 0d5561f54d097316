"""realworld26: a fictional province's (澄岚省, SYNTHETIC / 合成数据) year 2025 seen from the SENDING side — three
tertiary hospitals each report their dispatched staff (one sheet per recipient, named only by a short name),
the recipients' staff they trained, the techniques they introduced and the activities they ran; the pairing list
in data/raw/reference/ and one recipient's monthly statistics — ingested exactly as the README tells a new user,
scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省人民医院,医大二院,市中心医院,青禾县}/…, OUT/truth.json
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
KEY = "realworld26-test-key"
FOLDERS = frozenset({"reference", "省人民医院", "医大二院", "市中心医院", "青禾县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld26")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE", git HEAD 82027cf): below the bar in deployments, trainees and techniques;
# one expected finding missing (its row was held). Fixed since (README, AFTER THE FIXES): the marks are removed.
def test_realworld26_scores(run):
    check_scores(run, KEY, "realworld26")


def test_realworld26_findings(run):
    check_findings(run)
