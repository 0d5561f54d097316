"""realworld137: a fictional province's (琅汀省, SYNTHETIC / 合成数据) year 2024 whose recipients are not in counties —
a county-level city (青禾市, its 青禾市人民医院 and 青禾市中医院 beside the prefecture's 澜州市第一人民医院 and
澜州市中医院), urban districts (澜城区, and 松陂区: 松陂县 until 撤县设区 in 2023, both names in use), a banner (额仁旗)
and a 社区卫生服务中心 said by its 街道 — ingested exactly as the README tells a new user, scored per table against
the truth the generator writes, plus the findings expected on curated rows and a check that the districts' and the
county-level city's hospitals are the pairing list's and no second hospital is made from an old or short name.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澜州市,青禾市,松陂区,城区}/…, OUT/truth.json
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
KEY = "realworld137-test-key"
FOLDERS = frozenset({"reference", "省直", "澜州市", "青禾市", "松陂区", "城区"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld137")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld137_scores(run):
    check_scores(run, KEY, "realworld137")


def test_realworld137_findings(run):
    check_findings(run)


def test_one_hospital_per_place(run):
    """The contract's hospitals and pairings tables: 松陂区人民医院 is one hospital (its former name 松陂县人民医院
    makes no second), 青禾市中医院 and 澜州市中医院 are two, and every recipient keeps the 县（市、区） the pairing list
    gives it (区, 市, 旗 and 县 alike)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        hosp = dict(con.execute("SELECT name, county FROM hospitals").fetchall())
        ids = dict(con.execute("SELECT name, hospital_id FROM hospitals").fetchall())
        pairs = {(s, r) for s, r in con.execute("SELECT support_hospital_id, recipient_hospital_id FROM pairings")
                 .fetchall()}
    finally:
        con.close()
    assert "松陂县人民医院" not in hosp and "松陂县中医院" not in hosp, sorted(hosp)
    assert {hosp.get(n) for n in ("青禾市人民医院", "青禾市中医院")} == {"青禾市"}
    assert hosp.get("松陂区人民医院") == "松陂区" and hosp.get("额仁旗人民医院") == "额仁旗"
    assert hosp.get("澜城区东湖街道社区卫生服务中心") == "澜城区"
    assert ids.get("澜州市中医院") and ids.get("青禾市中医院") and ids["澜州市中医院"] != ids["青禾市中医院"]
    assert (ids["澜州市中医院"], ids["青禾市中医院"]) in pairs
    assert (ids["青禾市中医院"], ids["澜州市中医院"]) not in pairs
