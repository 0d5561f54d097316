"""realworld133: one county hospital (青檀县人民医院, SYNTHETIC / 合成数据) supported at once by a tertiary hospital and by a
city hospital, and itself supporting two township centres; its own workbook has a sheet per supporter / programme.
The pairing list in data/raw/reference/ and eleven submissions (xlsx, xls, ods, CSV in GBK, UTF-8 with and without
BOM) — ingested exactly as the README tells a new user, scored per table against the truth the generator writes,
plus the findings expected on curated rows.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄川市,青檀县}/…, OUT/truth.json
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
KEY = "realworld133-test-key"
FOLDERS = frozenset({"reference", "省直", "澄川市", "青檀县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld133")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld133_scores(run):
    check_scores(run, KEY, "realworld133")


def test_realworld133_findings(run):
    check_findings(run)


def test_two_supporters_and_townships_are_separate_pairings(run):
    """The contract's pairings table: 青檀县人民医院 has two supporters (two programmes) and supports two centres."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        rows = con.execute(
            "SELECT s.name, r.name, p.programme FROM pairings p JOIN hospitals s ON s.hospital_id = p.support_hospital_id "
            "JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id").fetchall()
    finally:
        con.close()
    to_qt = {(s, prog) for s, r, prog in rows if r == "青檀县人民医院"}
    from_qt = {r for s, r, _ in rows if s == "青檀县人民医院"}
    assert {s for s, _ in to_qt} == {"琅岫省人民医院", "澄川市第一人民医院"}
    assert len({prog for _, prog in to_qt}) == 2, f"the two supporters' programmes are not told apart: {to_qt}"
    assert from_qt == {"青檀县白石镇中心卫生院", "青檀县柳溪乡卫生院"}
