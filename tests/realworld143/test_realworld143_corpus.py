"""realworld143: two-way staff exchange (双向交流) in a fictional province (琅涧省, SYNTHETIC / 合成数据), year 2024 —
rosters listing in one sheet both the support hospital's staff sent down (下派, 下沉, 挂职 at the recipient) and the
recipient's staff sent up (上挂, 上派, 跟班, 进修, 挂职学习 at the support hospital), told apart by a 交流方式 / 类型
column, by two sections or by which hospital column is filled; files from both sides; ordinary forms around them;
the pairing list in data/raw/reference/. Ingested exactly as the README tells a new user, scored per table against
the truth the generator writes, plus the findings expected on curated rows and a direction check on the contract's
tables.

    make_corpus.py OUT   → OUT/data/raw/{reference,支援医院报送,受援医院报送}/…, OUT/truth.json
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
KEY = "realworld143-test-key"
FOLDERS = frozenset({"reference", "支援医院报送", "受援医院报送"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld143")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld143_scores(run):
    check_scores(run, KEY, "realworld143")


def test_realworld143_findings(run):
    check_findings(run)


def test_exchange_directions(run):
    """The contract's tables, not the parser: a deployment's support → recipient and a trainee's host → sending
    hospital are each a pairing of the pairing list (never the other way round: a 上挂 person curated as a deployment
    would name the recipient as its support hospital), and nobody of this corpus is both deployed and a trainee."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        pairs = set(con.execute("SELECT support_hospital_id, recipient_hospital_id FROM pairings").fetchall())
        deps = con.execute("SELECT support_hospital_id, recipient_hospital_id, person_id FROM deployments").fetchall()
        trns = con.execute("SELECT host_hospital_id, recipient_hospital_id, person_id FROM trainees").fetchall()
        names = dict(con.execute("SELECT hospital_id, name FROM hospitals").fetchall())
    finally:
        con.close()
    bad = [f"deployment {names.get(s, s)} → {names.get(r, r)}" for s, r, _ in deps if (s, r) not in pairs]
    bad += [f"trainee of {names.get(r, r)} at {names.get(h, h)}" for h, r, _ in trns if (h, r) not in pairs]
    both = {p for _, _, p in deps} & {p for _, _, p in trns}
    assert not bad and not both, f"against the pairings: {bad}; persons both deployed and trainees: {len(both)}"
