"""Cases the fourteenth round of outsider corpora (realworld81–85) found, each on a small hand-made file
with hand-written expectations: a template's example row and a line saying nothing happened; months a
template prints but nobody reported; one person's name written with a title or in traditional
characters; other paperwork that looks like a form; rows hidden by hand in .xls and .ods, rows of a
folded outline group, text struck through inside a cell, and a comment giving a stay's real end."""

import datetime as dt

import duckdb
import openpyxl
import xlwt
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment

from intake_workbooks import book
from pipelines.ingest.parse_values import parse_person_name
from pipelines.ingest.run import ingest

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"]]
ID_A, ID_B = "990101198001010014", "990101198202020024"  # valid check digits (ISO 7064 MOD 11-2)


def _ingest(tmp_path, files: dict):
    """``files``: name -> [(sheet, rows)] written as .xlsx, or a callable writing the file at the path."""
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    for name, sheets in files.items():
        (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
        sheets(tmp_path / "raw" / name) if callable(sheets) else book(tmp_path / "raw" / name, sheets)
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def _where(con, table, cols):
    return con.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()


def test_a_templates_example_row_and_a_line_saying_nothing_happened_are_not_data(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院新技术新项目2024.xlsx": [("新技术", [
            ["柳渡县人民医院2024年新技术新项目（合成数据 SYNTHETIC）"],
            ["序号", "项目名称", "科室", "首例开展日期", "开展例数", "支援医院"],
            ["示例", "腹腔镜胆囊切除术", "普外科", "2024-01-01", 10, "青萝市第一人民医院"],
            [1, "无痛胃肠镜检查", "消化内科", "2024-04-18", 46, "青萝市第一人民医院"]])],
        "SYNTHETIC_柳渡县人民医院进修人员2024.xlsx": [("进修", [
            ["柳渡县人民医院2024年进修人员（合成数据 SYNTHETIC）"],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期"],
            [None, "例：张三", ID_B, "内科", "青萝市第一人民医院", "2024-03-01", "2024-08-31"],
            [1, "甲", ID_A, "外科", "青萝市第一人民医院", "2024-03-01", "2024-08-31"]])],
        "SYNTHETIC_柳渡县人民医院带教活动2024年3月.xlsx": [("3月", [
            ["柳渡县人民医院2024年3月带教培训活动（合成数据 SYNTHETIC）"],
            ["日期", "活动形式", "主题", "主讲人", "参加人数"], ["本月无"]])],
        "SYNTHETIC_柳渡县人民医院新技术2024下半年.xlsx": [("新技术", [
            ["柳渡县人民医院2024年下半年新技术新项目（合成数据 SYNTHETIC）"],
            ["序号", "项目名称", "科室", "首例开展日期", "开展例数"], [1, "无新技术新项目"]])]})
    assert _where(con, "techniques", "name") == [("无痛胃肠镜检查",)]  # 无痛… is a technique, not 'nothing'
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (1,)
    kinds = dict(((k, r), n) for k, r, n in con.execute(
        "SELECT kind, source_row, count(*) FROM nondata_rows WHERE kind IN ('example', 'nothing') GROUP BY ALL").fetchall())
    assert kinds == {("example", 3): 2, ("nothing", 3): 2}
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_months_a_template_prints_but_nobody_reported_are_not_curated_empty(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量2024.xlsx": [("2024年", [
        ["柳渡县人民医院2024年业务量统计（合成数据 SYNTHETIC）"],
        ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"],
        ["1月", 15130, 1087, 221, 0], ["2月", 0, 0, 0, 0], ["3月", 900, None, "—", None],
        ["4月", None, None, None, None], ["5月", "—", "—", "—", "—"]])]})
    assert _where(con, "hospital_monthly_stats", "month, outpatient_visits, discharges") == \
        [(1, 15130, 1087), (2, 0, 0), (3, 900, None)]  # written zeros are a report; blanks and — are none
    assert _where(con, "nondata_rows JOIN submissions USING (submission_id) WHERE file_name LIKE '%业务量%'",
                  "source_row, kind") == [(1, "title"), (2, "header"), (6, "blank"), (7, "blank")]


def test_one_persons_name_with_a_title_or_in_traditional_characters_is_one_pseudonym(tmp_path):
    assert [parse_person_name(n) for n in ["卢青禾主任", "盧青禾", "卢　青禾", "赵一鸣医生", "王主任", "李医"]] == \
        ["卢青禾", "卢青禾", "卢青禾", "赵一鸣", None, "李医"]  # 王主任 names no one (realworld150: held, no name)
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院派驻人员考核2024.xlsx": [("考核", [
        ["柳渡县人民医院派驻人员月度考核（合成数据 SYNTHETIC）"],
        ["考核月份", "姓名", "派出单位", "考核分数"],
        ["2024年1月", "卢青禾", "青萝市第一人民医院", 95], ["2024年2月", "卢青禾主任", "青萝市第一人民医院", 92],
        ["2024年3月", "盧青禾", "青萝市第一人民医院", 90]])]})
    assert con.execute("SELECT count(DISTINCT person_id), count(*) FROM staff_monthly_assessments").fetchone() == (1, 3)


def test_other_paperwork_that_looks_like_a_form_is_held_and_a_roster_with_a_planned_end_is_not(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_推进会签到表.xlsx": [("签到", [["2024年对口支援工作推进会签到表（合成数据 SYNTHETIC）"],
                                                ["序号", "姓名", "单位", "职务", "联系电话"],
                                                [1, "甲", "柳渡县人民医院", "院长", "13900000000"]])],
        "SYNTHETIC_2025年工作计划.xlsx": [("拟派驻人员", [["青萝市第一人民医院2025年拟派驻人员（合成数据 SYNTHETIC）"],
                                                      ["序号", "姓名", "科室", "拟派驻医院", "拟派驻时间"],
                                                      [1, "乙", "儿科", "柳渡县人民医院", "2025年3月—2025年8月"]])],
        "SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [["青萝市第一人民医院2024年派驻人员名册（合成数据 SYNTHETIC）"],
                                                        ["姓名", "身份证号", "受援医院", "派驻开始日期", "计划结束日期"],
                                                        ["丙", ID_A, "柳渡县人民医院", "2024-01-02", "2024-06-30"]])]})
    assert _where(con, "deployments", "start_date, end_date") == [(dt.date(2024, 1, 2), dt.date(2024, 6, 30))]
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (0,)
    held = _where(con, "quarantine q JOIN submissions s USING (submission_id)", "s.file_name, q.reason_code")
    assert held == [("SYNTHETIC_2025年工作计划.xlsx", "SHEET_UNRECOGNISED"), ("SYNTHETIC_推进会签到表.xlsx", "SHEET_UNRECOGNISED")]


HEAD = ["月份", "门急诊人次", "出院人数", "手术台次"]
TITLE = "柳渡县人民医院2024年业务量统计（合成数据 SYNTHETIC）"


def _xls_with_hidden_row(path):
    wb = xlwt.Workbook()
    ws = wb.add_sheet("2024年")
    for r, row in enumerate([[TITLE], HEAD, ["1月", 100, 10, 1], ["2月", 999, 99, 9], ["2月", 200, 20, 2]]):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    ws.row(3).hidden = True  # a draft line hidden by hand above the figure sent
    wb.save(str(path))


def _ods_with_hidden_row(path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    t = Table(name="2024年")
    for r, row in enumerate([[TITLE], HEAD, ["1月", 100, 10, 1], ["2月", 999, 99, 9], ["2月", 200, 20, 2]]):
        tr = TableRow(visibility="collapse") if r == 3 else TableRow()
        for v in row:
            cell = TableCell(valuetype="float", value=v) if isinstance(v, int) else TableCell(valuetype="string")
            cell.addElement(P(text=str(v)))
            tr.addElement(cell)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    doc.save(str(path))


def _xlsx_folded_group(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年"
    for row in [[TITLE], HEAD, ["1月", 100, 10, 1], ["2月", 200, 20, 2], ["第一季度小计", 300, 30, 3]]:
        ws.append(row)
    for r in (3, 4):  # the months folded under their subtotal (+ on row 5): a view, as a filter is
        ws.row_dimensions[r].outlineLevel = 1
        ws.row_dimensions[r].hidden = True
    ws.row_dimensions[5].collapsed = True
    wb.save(path)


def _xlsx_hidden_in_open_group(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年"
    for row in [[TITLE], HEAD, ["1月", 100, 10, 1], ["2月", 999, 99, 9], ["2月", 200, 20, 2], ["第一季度小计", 300, 30, 3]]:
        ws.append(row)
    for r in (3, 4, 5):  # an open group; row 4, a draft, hidden by hand inside it
        ws.row_dimensions[r].outlineLevel = 1
    ws.row_dimensions[4].hidden = True
    wb.save(path)


def test_rows_hidden_by_hand_in_xls_and_ods_are_not_data_but_a_folded_group_is(tmp_path):
    for name, write in [("SYNTHETIC_柳渡县人民医院业务量2024.xls", _xls_with_hidden_row),
                        ("SYNTHETIC_柳渡县人民医院业务量2024.ods", _ods_with_hidden_row)]:
        con = _ingest(tmp_path / name[-3:], {name: write})
        assert _where(con, "hospital_monthly_stats", "month, outpatient_visits") == [(1, 100), (2, 200)], name
        assert con.execute("SELECT source_row FROM nondata_rows WHERE kind = 'hidden_row'").fetchall() == [(4,)], name
        assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,), name
    con = _ingest(tmp_path / "xlsx", {"SYNTHETIC_柳渡县人民医院业务量2024.xlsx": _xlsx_folded_group})
    assert _where(con, "hospital_monthly_stats", "month, outpatient_visits") == [(1, 100), (2, 200)]
    con = _ingest(tmp_path / "open", {"SYNTHETIC_柳渡县人民医院业务量2024.xlsx": _xlsx_hidden_in_open_group})
    assert _where(con, "hospital_monthly_stats", "month, outpatient_visits") == [(1, 100), (2, 200)]
    assert con.execute("SELECT source_row FROM nondata_rows WHERE kind = 'hidden_row'").fetchall() == [(4,)]


def _roster_with_strike_and_comment(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻"
    ws.append(["青萝市第一人民医院2024年派驻人员名册（合成数据 SYNTHETIC）"])
    ws.append(["姓名", "身份证号", "受援医院", "派驻开始日期", "派驻结束日期"])
    ws.append(["甲", ID_A, "柳渡县人民医院", "2024-04-01", "2024-09-30"])
    ws.append(["乙", ID_B, "柳渡县人民医院", "2024-07-01", None])
    ws["A3"].comment = Comment("已调回，实际于2024年6月28日返回", "医务科")
    ws["E4"] = CellRichText(TextBlock(InlineFont(strike=True), "2024-12-31"), " ", "2025-01-15")
    wb.save(path)


def test_text_struck_through_in_a_cell_is_not_its_value_and_a_comment_gives_the_real_end(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": _roster_with_strike_and_comment})
    assert _where(con, "deployments", "start_date, end_date") == [
        (dt.date(2024, 4, 1), dt.date(2024, 6, 28)), (dt.date(2024, 7, 1), dt.date(2025, 1, 15))]
    assert _where(con, "findings", "source_row, code") == [(3, "END_FROM_REMARK")]


# --- the read-only review of the round (REV15): each a case it confirmed ----------------------------------------

def test_names_keep_characters_the_simplified_set_has():
    # 於 is a surname beside 于, 乾 a given-name character beside 干: only traditional-only characters convert
    assert [parse_person_name(n) for n in ["於丽", "于丽", "何乾", "何干", "鄧小平"]] == ["於丽", "于丽", "何乾", "何干", "邓小平"]


def _strike_one_of_three(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻"
    ws.append(["青萝市第一人民医院2024年派驻人员名册（合成数据 SYNTHETIC）"])
    ws.append(["姓名", "身份证号", "受援医院", "派驻开始日期", "派驻结束日期", "备注"])
    ws.append(["甲", ID_A, "柳渡县人民医院", "2024-01-01", "2024.12.31", None])
    ws.append(["乙", ID_B, "柳渡县人民医院", "2024-01-01", CellRichText(TextBlock(InlineFont(strike=True), "2024.12.31")), None])
    ws.append(["丙", None, "柳渡县人民医院", "2024-01-01", "2024.12.31", None])
    ws["F3"].comment = Comment("请核实：是否已于2024年6月28日返回？", "医务科")
    wb.save(path)


def test_struck_text_is_that_cells_only_and_a_comment_asking_is_no_end(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": _strike_one_of_three})
    assert _where(con, "deployments", "source_row, end_date") == [
        (3, dt.date(2024, 12, 31)), (4, None), (5, dt.date(2024, 12, 31))]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'END_FROM_REMARK'").fetchone() == (0,)


def test_a_form_whose_title_or_columns_only_resemble_a_plan_or_other_paperwork_is_read(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_派驻人员名单及联系方式.xlsx": [("派驻", [["青萝市第一人民医院2024年派驻人员名单及联系方式一览表（合成数据 SYNTHETIC）"],
                                                      ["姓名", "身份证号", "受援医院", "派驻开始日期", "预计结束时间", "联系电话"],
                                                      ["甲", ID_A, "柳渡县人民医院", "2024-01-02", "2024-06-30", "13900000000"]])],
        "SYNTHETIC_带教培训计划完成统计.xlsx": [("活动", [["柳渡县人民医院2024年带教培训计划完成统计表（合成数据 SYNTHETIC）"],
                                                      ["活动日期", "活动类型", "主题", "计划参加人数", "实际参加人数"],
                                                      ["2024-03-05", "学术讲座", "胸痛诊治", 50, 42]])],
        "SYNTHETIC_柳渡县人民医院进修人员.xlsx": [("进修", [["柳渡县人民医院2024年进修人员（合成数据 SYNTHETIC）"],
                                                       ["姓名", "身份证号", "进修医院", "进修开始时间", "计划结业时间"],
                                                       ["乙", ID_B, "青萝市第一人民医院", "2024-03-01", "2024-08-31"]])]})
    assert _where(con, "deployments", "end_date") == [(dt.date(2024, 6, 30),)]
    assert _where(con, "activities", "participants") == [(42,)]  # what was done, not what was planned
    assert _where(con, "trainees", "end_date") == [(dt.date(2024, 8, 31),)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
