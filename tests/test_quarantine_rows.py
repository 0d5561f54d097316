"""A held record read from several sheet rows names every one of them (quarantine.source_rows),
so a data manager can find all the cells to fix. Built by hand: a county cross-tab with the years
as columns, one year's figure unreadable."""

import duckdb
import openpyxl
import pytest

from pipelines.ingest.quarantine import quarantine_rows
from pipelines.ingest.run import ingest


@pytest.mark.parametrize("cell,code", [("四万余", "UNPARSEABLE_VALUE"), ("不详", "MISSING_VALUE")])
def test_a_held_record_names_all_its_rows(tmp_path, cell, code):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县域住院流向"
    ws.append(["测试县县域内外住院情况（合成数据 SYNTHETIC）"])
    ws.append(["县（市、区）", "行政区划代码", "指标", "2023年", "2024年"])
    ws.append(["测试县", "999101", "县域内常住居民住院总人次", 41236, cell])
    ws.append([None, None, "其中：县域外住院人次", 7855, 6930])
    ws.append([None, None, "县域内就诊率（%）", 80.95, None])
    raw = tmp_path / "raw"
    raw.mkdir()
    wb.save(raw / "SYNTHETIC_县域住院.xlsx")
    db = tmp_path / "t.duckdb"
    ingest([str(raw)], db, show_progress=False, key=b"k" * 32)

    con = duckdb.connect(str(db), read_only=True)
    curated = con.execute("SELECT year, resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats").fetchall()
    held = con.execute("SELECT source_row, source_rows, reason_code FROM quarantine").fetchall()
    con.close()
    assert curated == [(2023, 41236, 7855)]
    assert held == [(3, [3, 4, 5], code)]  # the rate row belongs to the block: its rows 3-5
    from pipelines.ingest.quarantine import rows_text
    assert [rows_text(r) for r in quarantine_rows(db)] == ["3、4、5"]


def test_years_as_columns_with_the_county_on_every_row(tmp_path):
    """The county's name repeated on each of its rows, its code only on the first: one block per
    county (counted by hand: 2 counties x 2 years)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "SYNTHETIC_县域住院流向年度.csv").write_text(
        "县（市、区）,行政区划代码,指标,2023年,2024年\n"
        "青禾县,999101,县域内常住居民住院总人次,41236,42810\n"
        "青禾县,,其中：县域外住院人次,7855,6930\n"
        "澄江县,999102,县域内常住居民住院总人次,30000,31000\n"
        "澄江县,,其中：县域外住院人次,5000,4000\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([str(raw)], db, show_progress=False, key=b"k" * 32)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT county_code, year, resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats "
                       "ORDER BY 1, 2").fetchall()
    con.close()
    assert rows == [("999101", 2023, 41236, 7855), ("999101", 2024, 42810, 6930),
                    ("999102", 2023, 30000, 5000), ("999102", 2024, 31000, 4000)]
