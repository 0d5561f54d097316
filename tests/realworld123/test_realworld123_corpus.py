"""realworld123: a fictional Tibetan autonomous prefecture's (琅木藏族自治州, SYNTHETIC / 合成数据) year 2024 — the
pairing list in data/raw/reference/ and eleven submissions in folders 州直 / 青岩县 / 雪溪县 with headers in Chinese over
Tibetan, bilingual titles, transliterated names with middle dots typed every way, 藏医院 / 民族医医院, Chinese and
dd/mm/yyyy dates (xlsx, xls, ods, CSV in GBK and UTF-8 with and without BOM) — ingested exactly as the README tells a
new user, scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,州直,青岩县,雪溪县}/…, OUT/truth.json
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
KEY = "realworld123-test-key"
FOLDERS = frozenset({"reference", "州直", "青岩县", "雪溪县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld123")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld123_scores(run):
    check_scores(run, KEY, "realworld123")


def test_realworld123_findings(run):
    check_findings(run)
