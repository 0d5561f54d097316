"""realworld13: a fictional province's (梧岭省, SYNTHETIC / 合成数据) year 2024 — the pairing list in
data/raw/reference/ and thirteen submissions in one folder per sender's city (省直, 松溪市, 柏原市), written the
way different clerks write them (WPS xlsx, xls, ods, an OA system's UTF-8-BOM CSV with multi-line cells, GBK CSV)
— ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/{省直,松溪市,柏原市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Per table: truth rows curated exactly / truth rows; silently absent; curated with a wrong value; quarantined
although usable; extra curated rows. Unusable rows: quarantined with the expected reason category. The findings
the truth lists (file, row, code), no more and no fewer. No ID number in any spelling in any table, output or
written file. Scoring and ID-scan helpers: tests/corpus_harness.py.

Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld13-test-key"
FOLDERS = frozenset({"reference", "省直", "松溪市", "柏原市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld13")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE"): three tables below the bar. A fix must remove these marks.
def test_realworld13_scores(run):
    check_scores(run, KEY, "realworld13")


def test_realworld13_findings(run):
    check_findings(run)
