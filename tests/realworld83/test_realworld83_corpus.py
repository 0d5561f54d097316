"""realworld83: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 made mostly of small, empty and
template-bound submissions — 本月无 / 无 under a header, a technique list whose only row is 无新技术新项目, a one-person
roster and a one-person trainee list, templates sent back unfilled (grey 例：张三 / 样例 rows, instructions under the
header, pre-numbered empty rows), example rows left above real rows, monthly statistics with only some months filled
(blank and "—" months are no reports; 0 is data), a file whose every row is a 合计 — beside a few ordinary files;
ingested exactly as the README tells a new user, scored per table against the truth the generator writes, plus the
findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,石漱县,渡云县,青檀县,枫桥市}/…, OUT/truth.json
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
KEY = "realworld83-test-key"
FOLDERS = frozenset({"reference", "省直", "石漱县", "渡云县", "青檀县", "枫桥市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld83")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_every_file_is_read(run):
    check_every_file_read(run)


# First run below the bar (README.md, "FIRST-RUN SCORE"): template example rows (例：张三, 示例, 李四) and blank / "—"
# months curated as data. A fix must remove this mark.
def test_realworld83_scores(run):
    check_scores(run, KEY, "realworld83")


def test_realworld83_findings(run):
    check_findings(run)
