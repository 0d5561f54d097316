"""realworld63: a fictional province's (峦川省, SYNTHETIC / 合成数据) pairing list for 2021—2025 and a change notice
for 2024 — a recipient renamed (鹤汀县第二人民医院 → 鹤汀县中心医院), two township centres merged (→ 鹤汀县石桥中心卫生院),
a support hospital turned into a campus of the provincial hospital (青梧市第二人民医院, 加挂 峦川省人民医院青梧院区) — in
data/raw/reference/, and thirteen submissions in folders 省直 / 鹤汀县 / 苇塘县 using the old and the new names (xlsx,
xls, ods, CSV in UTF-8 and GBK), ingested exactly as the README tells a new user, scored per table against the
truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹤汀县,苇塘县}/…, OUT/truth.json
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
KEY = "realworld63-test-key"
FOLDERS = frozenset({"reference", "省直", "鹤汀县", "苇塘县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld63")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld63_scores(run):
    check_scores(run, KEY, "realworld63")


def test_realworld63_findings(run):
    check_findings(run)
