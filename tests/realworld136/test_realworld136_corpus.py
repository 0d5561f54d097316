"""realworld136: a fictional province's (琅岙省, SYNTHETIC / 合成数据) year 2024 in which several submissions were made
with Excel's summary features — a 数据透视表 copied as values (alone, or beside the list it summarises, or on a second
sheet of the workbook holding the list), lists with 分类汇总 (XX 汇总 / XX 计数 / 总计 rows, one outline group folded), a
list with its AutoFilter still hiding rows, SUBTOTAL() / COUNTIF() formulas with cached values — ingested exactly as
the README tells a new user, scored per table against the truth the generator writes.

    make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json
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
KEY = "realworld136-test-key"
FOLDERS = frozenset({"reference", "2024"})
# sheets that summarise and must feed no curated table: a pivot of a list sent in the same workbook, and a pivot of
# trainee counts with no person in it (its rows are held, see truth.json "quarantines")
SUMMARY_ONLY = {("SYNTHETIC_省人民医院派驻人员名单（含透视表）.xlsx", "透视表"),
                ("SYNTHETIC_岚汀县妇幼保健院进修人员统计（透视）.xlsx", "Sheet1")}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return corpus_run(tmp_path_factory, HERE, KEY, "realworld136")


def test_corpus_is_deterministic_and_labelled(tmp_path, run):
    check_deterministic_and_labelled(tmp_path, run, HERE, folders=FOLDERS)


def test_no_id_numbers_anywhere(run):
    check_no_id_numbers_anywhere(run)


def test_realworld136_scores(run):
    check_scores(run, KEY, "realworld136")


def test_realworld136_findings(run):
    check_findings(run)


def test_summary_sheets_feed_no_curated_table(run):
    """A pivot that duplicates a list, or counts people without naming them, curates nothing (contract: submissions)."""
    import duckdb

    con = duckdb.connect(str(run["db"]), read_only=True)
    try:
        subs = rows_of(con, "SELECT file_name, sheet_name, rows_curated FROM submissions")
    finally:
        con.close()
    fed = [(base(s["file_name"]), s["sheet_name"], s["rows_curated"]) for s in subs
           if (base(s["file_name"]), s["sheet_name"]) in SUMMARY_ONLY and (s["rows_curated"] or 0) > 0]
    assert not fed, f"summary sheets curated rows: {fed}"
