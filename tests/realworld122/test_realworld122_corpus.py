"""realworld122: a fictional province's (琅溟省, SYNTHETIC / 合成数据) 2024 folder in the third year of its 2022—2025
cycle, where support hospitals send CUMULATIVE ledgers (2022年以来累计接收进修人员, 累计引进新技术, 历年派驻人员名单
with 批次, one sheet per year, 本年度新增 / 2024年小计 / 累计合计) beside ordinary 2024-only files — ingested exactly as
the README tells a new user, scored per table against the truth the generator writes, plus the findings expected on
curated rows and a check that no stay is stored twice.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
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
KEY = "realworld122-test-key"
FOLDERS = frozenset({"reference", "2024"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld122")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld122_scores(run):
    check_scores(run, KEY, "realworld122")


def test_realworld122_findings(run):
    check_findings(run)


def test_no_stay_or_technique_stored_twice(run):
    """The contract's keys: a person's stay at a recipient (person, recipient, start), a training stay (person,
    sending and host hospital, start), a technique at a recipient (recipient, name) — each at most once, however
    many sheets of a cumulative workbook list it; and the earlier years' rows of a cumulative ledger are kept."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        dup = {
            "deployments": con.execute(
                "SELECT count(*) FROM (SELECT person_id, recipient_hospital_id, start_date FROM deployments "
                "GROUP BY ALL HAVING count(*) > 1)").fetchone()[0],
            "trainees": con.execute(
                "SELECT count(*) FROM (SELECT person_id, recipient_hospital_id, host_hospital_id, start_date "
                "FROM trainees GROUP BY ALL HAVING count(*) > 1)").fetchone()[0],
            "techniques": con.execute(
                "SELECT count(*) FROM (SELECT recipient_hospital_id, name FROM techniques "
                "GROUP BY ALL HAVING count(*) > 1)").fetchone()[0],
        }
        years = {t: sorted(y for (y,) in con.execute(f"SELECT DISTINCT year({c}) FROM {t}").fetchall())
                 for t, c in (("deployments", "start_date"), ("trainees", "start_date"),
                              ("techniques", "first_performed_date"))}
    finally:
        con.close()
    assert not any(dup.values()), f"stored twice: {dup}"
    assert all({2022, 2023, 2024} <= set(v) for v in years.values()), f"earlier years missing: {years}"


def test_total_lines_are_not_data(run):
    """A ledger's subtotal and total lines (2024年小计, 累计合计, 合计, 本年度派驻3人 under a year's sheet) are not data:
    neither curated nor held for someone to send back, but listed as non-data (the contract's invariant)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = {sid: (Path(f).name, sh) for sid, f, sh in
                con.execute("SELECT submission_id, file_name, sheet_name FROM submissions").fetchall()}
        where = {}
        for table in ("deployments", "trainees", "techniques", "quarantine", "nondata_rows"):
            for sid, r in con.execute(f"SELECT submission_id, source_row FROM {table}").fetchall():
                where.setdefault((*subs.get(sid, (None, None)), r), set()).add(table)
    finally:
        con.close()
    bad = []
    for t in run["truth"]["total_lines"]:
        got = where.get((t["file"], t["sheet"], t["row"]), set())
        if got != {"nondata_rows"}:
            bad.append(f"{t['file']} | {t['sheet']} | row {t['row']} ({t['text']}): {sorted(got) or 'nowhere'}")
    assert not bad, "total lines not listed as non-data only: " + "; ".join(bad)
