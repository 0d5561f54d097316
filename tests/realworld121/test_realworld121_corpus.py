"""realworld121: a county health bureau's consolidated annual ledger (青杪县 2024年度对口支援工作台账, one .xlsx of 21
sheets: cover, 目录 with hyperlinks, 填表说明, 汇总 of formulas, one sheet per form, monthly statistics split per
township centre as sheet names, a password-protected 考核 sheet, an autofilter left on with rows filtered out, frozen
panes, a hidden 下拉选项 sheet and a hidden old copy of the roster, a contacts sheet, an empty sheet) in a fictional
province (琅沣省, SYNTHETIC / 合成数据), with the province's pairing list and the county's 县乡 list in reference/ and
ordinary submissions of a second county — ingested exactly as the README tells a new user, scored per table against
the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,县卫健局台账,省市医院,鹤鸣县}/…, OUT/truth.json
    cd OUT && duikou ingest data/raw/ --db data/curated/duikou.duckdb

Scoring and ID-scan helpers: tests/corpus_harness.py. Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_harness import (base, check_deterministic_and_labelled, check_findings, check_no_id_numbers_anywhere,
                            check_scores, corpus_run, rows_of)

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
KEY = "realworld121-test-key"
FOLDERS = frozenset({"reference", "县卫健局台账", "省市医院", "鹤鸣县"})
LEDGER = "SYNTHETIC_青杪县2024年度对口支援工作台账.xlsx"
# sheets of the ledger that are no data: nothing of them may be curated (aid pages, the summary of formulas, the
# contacts, the hidden drop-down lists and the hidden old copy of the roster)
NOT_DATA_SHEETS = {"封面", "目录", "填表说明", "汇总", "数据字典", "联络员", "Sheet1", "下拉选项", "派驻人员（副本）"}
CURATED = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats",
           "staff_monthly_assessments", "county_inpatient_stats"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld121")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld121_scores(run):
    check_scores(run, KEY, "realworld121")


def test_realworld121_findings(run):
    check_findings(run)


def test_ledger_aid_sheets_feed_no_table(run):
    """The contract's curated tables hold no row from a sheet of the ledger that is not data, and the rows the
    autofilter hides in 派驻人员 (rows 4–8) are read: curated, or held when unusable — never listed as non-data."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = {s["submission_id"]: s for s in rows_of(con, "SELECT * FROM submissions")}
        bad = []
        for t in CURATED:
            for r in rows_of(con, f"SELECT submission_id, source_row FROM {t}"):
                s = subs.get(r["submission_id"], {})
                if base(s.get("file_name")) == LEDGER and s.get("sheet_name") in NOT_DATA_SHEETS:
                    bad.append(f"{t} from {s.get('sheet_name')} row {r['source_row']}")
        seen = set()
        for t in ("deployments",):
            for r in rows_of(con, f"SELECT submission_id, source_row FROM {t}"):
                s = subs.get(r["submission_id"], {})
                if base(s.get("file_name")) == LEDGER and s.get("sheet_name") == "派驻人员":
                    seen.add(r["source_row"])
        for q in rows_of(con, "SELECT submission_id, source_row FROM quarantine"):
            s = subs.get(q["submission_id"], {})
            if base(s.get("file_name")) == LEDGER and s.get("sheet_name") == "派驻人员":
                seen.add(q["source_row"])
    finally:
        con.close()
    assert not bad, f"curated from sheets that are no data: {bad}"
    assert {4, 5, 6, 7, 8} <= seen, f"rows hidden by the autofilter not read: {sorted({4, 5, 6, 7, 8} - seen)}"
