"""realworld110: a fictional province's (霁川省, SYNTHETIC / 合成数据) year 2024 focused on the dispatched teams —
组团式帮扶 rosters with 队长 | 队员 and one team per block, posts at the recipient written every way, titles written
every way, a rotation table with 接替 columns, one person in two teams, a nurse, a technician, an administrative
member, part-time 柔性帮扶 experts beside resident staff — around the pairing list in data/raw/reference/ and
ordinary submissions (xlsx, xls, ods, CSV in UTF-8-BOM and GBK), ingested exactly as the README tells a new user,
scored per table against the truth the generator writes, plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,霁州市,梧溪市}/…, OUT/truth.json
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
KEY = "realworld110-test-key"
FOLDERS = frozenset({"reference", "省直", "霁州市", "梧溪市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld110")


def _query(run, sql):
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld110_scores(run):
    check_scores(run, KEY, "realworld110")


def test_realworld110_findings(run):
    check_findings(run)


def test_each_team_has_one_vice_president(run):
    """R05: every 组团式 batch names one 副院长 (挂职副院长, 任业务副院长, 副院长（分管医疗）, and the resident 挂职副院长 of
    the TCM batch) — read from the contract's deployments table, one per recipient in this corpus."""
    got = dict(_query(run, "SELECT h.name, count(*) FROM deployments d JOIN hospitals h "
                           "ON h.hospital_id = d.recipient_hospital_id WHERE d.position_at_recipient = '副院长' "
                           "GROUP BY h.name"))
    assert got == {"青杉县人民医院": 1, "栖梧县人民医院": 1, "青杉县中医医院": 1, "芦汀县人民医院": 1}, got


def test_part_time_experts_are_not_year_long_stays(run):
    """The two 柔性帮扶 experts (2–3 days a month) must not appear as a stay covering 2024 at 青杉县中医医院, which
    would make the recipient look covered every day of the year (R06) and give a 12-month continuous stay (R01)."""
    got = _query(run, "SELECT count(*) FROM deployments d JOIN hospitals h ON h.hospital_id = d.recipient_hospital_id "
                      "WHERE h.name = '青杉县中医医院' AND d.start_date <= DATE '2024-01-31'")
    assert got[0][0] == 0, f"{got[0][0]} stays at 青杉县中医医院 starting in January (the 柔性帮扶 experts)"
