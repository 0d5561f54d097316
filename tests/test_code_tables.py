"""A platform export whose answers are codes explained by a 代码表 sheet of the same workbook
(hand-made workbook, hand-written expectations; realworld28 found the case)."""

import duckdb
import openpyxl

from pipelines.ingest.run import ingest

PAIRS = "受援医院,等级,类别,所在县,支援医院,协议签订日期\n青禾县人民医院,二级甲等,综合医院,青禾县,澄江省人民医院,2023-12-01\n"


def _export(path, with_table=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "活动"
    ws.append(["导出时间：2025-01-06 09:00（合成数据 SYNTHETIC）"])
    ws.append(["序号", "A01 受援机构名称", "C01_活动日期", "C02 活动形式", "C03 活动内容", "C04 参加人数"])
    ws.append([1, "青禾县人民医院", 20240305, "02", "心衰患者教学查房", 18])
    ws.append([2, "青禾县人民医院", 20240412, "1", "高血压规范化诊疗", 30])
    ws.append(["共2条记录"])
    if with_table:
        ct = wb.create_sheet("代码表")
        ct.append(["字段代码", "字段名称", "代码", "代码含义"])
        for code, meaning in (("01", "学术讲座"), ("02", "教学查房"), ("03", "手术示教")):
            ct.append(["C02", "活动形式", code, meaning])
    wb.save(path)


def _run(tmp_path, with_table):
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "pairs.csv").write_text("对口支援关系表（2024—2026年，合成数据 SYNTHETIC）\n" + PAIRS, encoding="utf-8")
    _export(raw / "SYNTHETIC_平台导出_带教活动.xlsx", with_table)
    db = tmp_path / "t.duckdb"
    ingest([str(raw)], db, show_progress=False, key=b"k" * 32, pairings=[str(tmp_path / "pairs.csv")])
    con = duckdb.connect(str(db), read_only=True)
    try:
        acts = con.execute("SELECT activity_date::VARCHAR, activity_type, participants FROM activities ORDER BY 1").fetchall()
        kinds = dict(con.execute("SELECT kind, count(*) FROM nondata_rows GROUP BY 1").fetchall())
        held = [r for (r,) in con.execute("SELECT reason_code FROM quarantine").fetchall()]
    finally:
        con.close()
    return acts, kinds, held


def test_codes_are_read_through_the_code_table(tmp_path):
    acts, kinds, held = _run(tmp_path, True)
    # "1" is the table's "01" (a code Excel stored as a number loses its zero)
    assert acts == [("2024-03-05", "教学查房", 18), ("2024-04-12", "学术讲座", 30)]
    assert kinds.get("code_table") == 4 and held == []


def test_a_bare_code_without_its_table_is_never_read_as_other(tmp_path):
    acts, _, held = _run(tmp_path, False)
    assert acts == [] and held == ["UNPARSEABLE_VALUE", "UNPARSEABLE_VALUE"]
