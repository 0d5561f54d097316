"""realworld119: pairings that change inside a programme cycle — a fictional province (琅澜省, SYNTHETIC / 合成数据),
its 附件1 for 2023—2025 and its 2024 adjustment notice (调整 from 2024-07-01, 新增 from 2024-04-01, 撤销 after
2024-09-30) in data/raw/reference/, then the support hospitals' rosters and the recipients' trainee lists,
techniques, activity logs, monthly statistics and assessments of 2024 with rows before and after each change —
ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,支援医院,受援医院}/…, OUT/truth.json
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
KEY = "realworld119-test-key"
FOLDERS = frozenset({"reference", "支援医院", "受援医院"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld119")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld119_scores(run):
    check_scores(run, KEY, "realworld119")


def test_realworld119_findings(run):
    check_findings(run)


def test_pairings_do_not_overlap_per_recipient(run):
    """The contract's pairings table: after the notice, no recipient has two support hospitals on one day
    (枫浦县人民医院's former pairing ends 2024-06-30, the new one starts 2024-07-01), and the 撤销 pairing of
    青萝县中医医院 is closed, not open."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        overlaps = con.execute(
            "SELECT h.name, a.start_date, a.end_date, b.start_date, b.end_date FROM pairings a JOIN pairings b "
            "ON a.recipient_hospital_id = b.recipient_hospital_id AND a.pairing_id < b.pairing_id "
            "AND a.start_date <= COALESCE(b.end_date, DATE '9999-12-31') "
            "AND b.start_date <= COALESCE(a.end_date, DATE '9999-12-31') "
            "JOIN hospitals h ON h.hospital_id = a.recipient_hospital_id").fetchall()
        open_ended = con.execute(
            "SELECT p.end_date FROM pairings p JOIN hospitals h ON h.hospital_id = p.recipient_hospital_id "
            "WHERE h.name = '青萝县中医医院'").fetchall()
    finally:
        con.close()
    assert not overlaps, f"a recipient with two support hospitals on one day: {overlaps}"
    assert open_ended and all(e is not None for (e,) in open_ended), f"青萝县中医医院's pairing not ended: {open_ended}"
