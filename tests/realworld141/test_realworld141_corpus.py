"""realworld141: a fictional province's (澜汐省, SYNTHETIC / 合成数据) year 2024 with a joint team (组团式帮扶): the
pairing list pairs 茗川县人民医院 with a lead hospital (牵头) and two 成员单位; the lead's roster lists people of its
members (one of a hospital in no pairing list), the recipient's register names the lead or the member as it likes,
activities by the 联合专家团队, a technique introduced by two hospitals together (合作引进) — mixed with ordinary
single-hospital files (xlsx, xls, ods, CSV in GBK and UTF-8 with BOM). Ingested exactly as the README tells a new
user, scored per table against the truth the generator writes, plus the findings expected on curated rows and a
check on the pairings of the joint team.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,茗川县,汐州市}/…, OUT/truth.json
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
KEY = "realworld141-test-key"
FOLDERS = frozenset({"reference", "省直", "茗川县", "汐州市"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld141")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld141_scores(run):
    check_scores(run, KEY, "realworld141")


def test_realworld141_findings(run):
    check_findings(run)


def test_joint_team_pairings_and_no_unlisted_member(run):
    """The contract's tables only: the joint team's recipient has exactly its three listed supporters (the lead and
    the two 成员单位), and the member hospital in no pairing list (澜汐省口腔医院) became neither a hospital nor a
    pairing, nor the support hospital of any curated row."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        sup = sorted(r[0] for r in con.execute(
            "SELECT s.name FROM pairings p JOIN hospitals s ON s.hospital_id = p.support_hospital_id "
            "JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id WHERE r.name = '茗川县人民医院'").fetchall())
        unlisted = con.execute("SELECT count(*) FROM hospitals WHERE name LIKE '%口腔医院%'").fetchone()[0]
    finally:
        con.close()
    assert sup == sorted(["澜汐省人民医院", "澜汐省肿瘤医院", "澜汐医科大学附属第二医院"]), sup
    assert unlisted == 0
