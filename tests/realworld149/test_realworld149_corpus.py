"""realworld149: a fictional prefecture city's (澄岚市, 琅汐省, SYNTHETIC / 合成数据) 城乡对口支援 folder for 2024 — the
province's ordinary pairing list and the city's three-tier list (市级医院 → 县级医院, 县级医院 → 乡镇卫生院, 市级医院 →
乡镇卫生院) in data/raw/reference/, and submissions from all three tiers (xlsx, xls, ods, CSV in UTF-8 with and without
BOM and GBK); two counties each have a 白溪镇 centre. Ingested exactly as the README tells a new user, scored per table
against the truth the generator writes, plus the findings expected on curated rows and a check that the two 白溪 centres
stay two hospitals.

    make_corpus.py OUT   → OUT/data/raw/{reference,市直,青樾县,栖梧县,待核实}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld149-test-key"
FOLDERS = frozenset({"reference", "市直", "青樾县", "栖梧县", "待核实"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld149")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld149_scores(run):
    check_scores(run, KEY, "realworld149")


def test_realworld149_findings(run):
    check_findings(run)


def test_two_baixi_centres_stay_apart(run):
    """The contract's tables: the two 白溪镇 centres are two hospitals, one per county, each with its own supporters
    and its own six months; the return that names no county (待核实) feeds neither."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        bx = rows_of(con, "SELECT hospital_id, name, county FROM hospitals WHERE name LIKE '%白溪%'")
        assert sorted(h["county"] for h in bx) == ["栖梧县", "青樾县"], bx
        by_county = {h["county"]: h["hospital_id"] for h in bx}
        names = {h["hospital_id"]: h["name"] for h in rows_of(con, "SELECT hospital_id, name FROM hospitals")}
        sup = {c: sorted(names.get(p["support_hospital_id"]) for p in rows_of(
            con, f"SELECT support_hospital_id FROM pairings WHERE recipient_hospital_id = '{i}'"))
            for c, i in by_county.items()}
        assert sup == {"青樾县": ["青樾县人民医院"], "栖梧县": ["栖梧县人民医院", "澄岚市第二人民医院"]}, sup
        months = {c: sorted(r["month"] for r in rows_of(
            con, f"SELECT month FROM hospital_monthly_stats WHERE recipient_hospital_id = '{i}' AND year = 2024"))
            for c, i in by_county.items()}
        assert months == {"青樾县": [1, 2, 3, 4, 5, 6], "栖梧县": [1, 2, 3, 4, 5, 6]}, months
    finally:
        con.close()
