"""realworld12: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2025 — the pairing list in
data/raw/reference/ and twelve submissions in one folder per sender's city (省直, 棠州市, 岚溪市, each with a
2025 folder) as different clerks write them (xlsx, xls, ods, CSV in GBK and in UTF-8 with BOM; stacked
batches, a transposed list, stacked label|value cards, a 填表说明 sheet, hidden sheet and rows, months in sheet
names and as columns, section rows, 上旬/底/至今 dates, Chinese-digit dates, serials as text, 叁仟元 and
¥3,000.00元, short hospital names, doubtful ID numbers) — ingested exactly as the README tells a new user,
scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/reference/<pairing list>.xlsx, OUT/data/raw/<city>/2025/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py, used exactly as realworld11 uses them.
Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import check_deterministic_and_labelled, check_no_id_numbers_anywhere, check_scores, corpus_run

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld12-test-key"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld12")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


# First run (README.md, "FIRST-RUN SCORE"): trainees 3/7, activities 0/4, staff_monthly_assessments 6/12 exact, all
# misses quarantined (none absent, wrong or extra). strict: the fix that meets the bar must remove this mark.
def test_realworld12_scores(run):
    check_scores(run, KEY, "realworld12")
