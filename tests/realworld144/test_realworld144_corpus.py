"""realworld144: a fictional province's (琅屏省, SYNTHETIC / 合成数据) year 2024 in which the recipient county hospitals
lead county medical communities (县域医共体): they report, and are written by their supporters, under the 医共体's name
(青樾县医共体总院, 青樾县医疗健康集团, 青樾县人民医院（医共体总院）, 青篁县总医院); their township centres are 分院
(白溪分院 = 青樾县白溪镇卫生院); the 医共体管理办公室 sends files for the whole community. The pairing list is in
data/raw/reference/, the submissions in 省直/, 青樾县/, 青篁县/ (xlsx, xls, ods, CSV in UTF-8-BOM and GBK). Ingested
exactly as the README tells a new user, scored per table against the truth the generator writes, plus the findings
expected on curated rows and a check that no 分院 outside the pairing list became a hospital.

    make_corpus.py OUT   → OUT/data/raw/{reference,省直,青樾县,青篁县}/…, OUT/truth.json
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
KEY = "realworld144-test-key"
FOLDERS = frozenset({"reference", "省直", "青樾县", "青篁县"})


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld144")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld144_scores(run):
    check_scores(run, KEY, "realworld144")


def test_realworld144_findings(run):
    check_findings(run)


def test_medical_community_names_make_no_hospital(run):
    """The contract: only the pairing list (or a code list) establishes hospitals. A 医共体's name (青樾县医疗健康集团,
    青篁县总医院) is its 总院, and a 分院 in no pairing (松岗, 石岭) is held — neither is a new row of `hospitals`,
    and the held 分院 rows name the place they are about."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM hospitals").fetchall()]
        held = [str(r[0]) for r in con.execute("SELECT raw FROM quarantine").fetchall()]
    finally:
        con.close()
    assert len(names) == len(run["truth"]["hospitals"]), sorted(names)
    assert not [n for n in names if any(w in n for w in ("医共体", "集团", "总医院", "分院", "松岗", "石岭"))], names
    for place in ("松岗分院", "石岭分院"):
        assert any(place in raw for raw in held), f"no held row names {place}"
