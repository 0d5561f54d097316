"""realworld105: the county level of the programme (SYNTHETIC / 合成数据) — a county health bureau (青杳县卫生健康局,
fictional province 琅岫省) collecting 2024: the province's pairing list and the county's own list of county hospitals
supporting township centres in data/raw/reference/ (with a 村卫生室 row outside the programme and a centre formed by
撤并), the county hospitals' 下沉 rosters and teaching log, the township centres' monthly statistics (上转 / 下转) and
进修 list, the provincial hospital's roster and techniques, the bureau's county inpatient flow — ingested exactly as
the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,县医院报送,乡镇报送,省级医院报送,县卫健局}/…, OUT/truth.json
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
KEY = "realworld105-test-key"
FOLDERS = frozenset({"reference", "县医院报送", "乡镇报送", "省级医院报送", "县卫健局"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld105")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld105_scores(run):
    check_scores(run, KEY, "realworld105")


def test_realworld105_findings(run):
    check_findings(run)


def test_village_clinic_and_merged_names_are_no_hospitals(run):
    """Against the contract's tables: the 村卫生室 of the county list is outside the programme (no hospital, no
    pairing), and the merged centre's former names (柳塘镇卫生院, 石埠乡卫生院) are no hospitals of their own: every
    row about them is 柳塘镇中心卫生院's."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM hospitals").fetchall()]
        village_pairings = con.execute(
            "SELECT count(*) FROM pairings p JOIN hospitals h ON h.hospital_id = p.recipient_hospital_id "
            "WHERE h.name LIKE '%村卫生室%'").fetchone()[0]
    finally:
        con.close()
    assert not [n for n in names if "村卫生室" in n], names
    assert village_pairings == 0
    assert not {"柳塘镇卫生院", "石埠乡卫生院"} & set(names), names
