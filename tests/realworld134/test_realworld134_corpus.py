"""realworld134: a fictional province's (璞川省, SYNTHETIC / 合成数据) year 2024 of dispatched staff and trainees who
are not doctors — nurses, pharmacists, laboratory and imaging technicians, rehabilitation therapists, managers and
TCM (中医) staff — written with the health system's titles (主管护师, 主管药师, 主任技师, 康复治疗师, 主治中医师,
高级经济师 …), level words instead of titles (初级, 中级, 副高, 正高, 副高职称), 专业 / 执业类别 columns or only the
department, and cells where the title and the department disagree; mixed with ordinary doctors' rows. The pairing list
in data/raw/reference/, twelve submissions in data/raw/2024/ (xlsx, xls, ods, CSV in GBK and UTF-8 with BOM),
ingested exactly as the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
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
KEY = "realworld134-test-key"
FOLDERS = frozenset({"reference", "2024"})
CATEGORIES = {"医疗", "护理", "医技", "药学", "管理"}
RANKS = {"正高级", "副高级", "中级", "初级"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld134")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld134_scores(run):
    check_scores(run, KEY, "realworld134")


def test_realworld134_findings(run):
    check_findings(run)


def test_categories_and_ranks_are_the_contracts(run):
    """The contract (data-contract.md, deployments; data-dictionary.md: both columns nullable): staff_category is
    one of 医疗, 护理, 医技, 药学, 管理 or NULL — never a department or an 执业类别 / 岗位类别 as written (中医, 临床,
    检验科, 卫生技术); title_rank one of 正高级, 副高级, 中级, 初级 or NULL; a title is never a level word or 无
    (副高, 副高职称, 无). Which value each row should have is the scores test's business."""
    import duckdb

    assert run["db"].exists()
    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        deps = rows_of(con, "SELECT staff_category, title_rank, title FROM deployments")
    finally:
        con.close()
    assert deps, "no deployments curated"
    bad = [d for d in deps if (d["staff_category"] is not None and d["staff_category"] not in CATEGORIES)
           or (d["title_rank"] is not None and d["title_rank"] not in RANKS)
           or d["title"] in ("初级", "中级", "副高", "正高", "副高职称", "无")]
    assert not bad, f"deployments outside the contract's values: {bad}"
