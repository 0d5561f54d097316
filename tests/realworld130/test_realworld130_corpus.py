"""realworld130: a fictional province's (琅岫省, SYNTHETIC / 合成数据) year 2024 — money in the trainee (进修) and
deployment (派驻) forms as hospitals write it (进修费 / 培训费 / 食宿补助 / 生活补助 / 交通补贴, 免收, 减免, 已退费,
由支援医院承担, ¥3,000.00元, 3千元, 0.3万元, 叁仟元, 1500（已退）, 按规定收取, 500元/月 with the months elsewhere, 合计 rows
of money; deployments with 补助标准（元/天） and 补助金额) — the pairing list in data/raw/reference/ and eleven
submissions (xlsx, xls, ods, CSV in GBK, UTF-8 and UTF-8-BOM), ingested exactly as the README tells a new user,
scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁川市}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld130-test-key"
FOLDERS = frozenset({"reference", "省直", "霁川市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld130")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld130_scores(run):
    check_scores(run, KEY, "realworld130")


def test_realworld130_findings(run):
    check_findings(run)


def test_realworld130_money_totals(run):
    """Against the contract's tables only: the fees charged to trainees add up to what the careful reading says
    (3000 at 省人民医院's list, 9000 at 省中医院's, 3000 at 椒岭县人民医院's, 2000 at 白汀's, 0 at 青禾's: 17000 in all —
    no subsidy, refund or 合计 counted as a fee), and the recipients paid dispatched staff 1200 in all."""
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        fees = con.execute("SELECT COALESCE(SUM(fee_charged), 0) FROM trainees").fetchone()[0]
        paid = con.execute("SELECT COALESCE(SUM(paid_by_recipient), 0) FROM deployments").fetchone()[0]
    finally:
        con.close()
    assert float(fees) == 17000.0, f"sum of trainees.fee_charged {fees}, expected 17000"
    assert float(paid) == 1200.0, f"sum of deployments.paid_by_recipient {paid}, expected 1200"
