"""realworld151: a fictional province's (琅屿省, SYNTHETIC / 合成数据) monthly statistics over 2024 as recipients really
send them — a workbook per quarter with a sheet per month, a copied month, a 1—6月累计 sheet, a 更正 of one month, a
sheet named 10月 titled 9月, rates beside counts, 数据未审核 / 预估 remarks, blank months, 二〇二四年三月, 万人次 — with an
ordinary pairing list in data/raw/reference/ and a few ordinary forms, ingested exactly as the README tells a new user
and scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,省市直,青梣县,澹溪县,苕岭县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld151-test-key"
FOLDERS = frozenset({"reference", "省市直", "青梣县", "澹溪县", "苕岭县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld151")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld151_scores(run):
    check_scores(run, KEY, "realworld151")


def test_realworld151_findings(run):
    check_findings(run)


def test_each_month_stored_once(run):
    """The contract's hospital_monthly_stats: one row per recipient and month — a month sent twice (the 更正 and
    its original), a copied sheet or a running total never makes a second row — and each recipient's months are
    exactly the months it reported (青梣县人民医院: no May, its 5月 sheet being April's figures again)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        got = con.execute("SELECT h.name, m.year, m.month FROM hospital_monthly_stats m "
                          "JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id").fetchall()
    finally:
        con.close()
    twice = sorted(k for k, n in Counter(got).items() if n > 1)
    assert not twice, f"months stored more than once: {twice}"
    want = {}
    for e in run["truth"]["rows"]:
        if e["table"] == "hospital_monthly_stats":
            want.setdefault(e["hospitals"]["recipient_hospital_id"], set()).add(e["fields"]["month"])
    have = {}
    for name, year, month in got:
        have.setdefault(name, set()).add(month if year == 2024 else (year, month))
    assert have == want, f"months per recipient: expected {want}, got {have}"
