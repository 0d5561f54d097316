"""Cases the eighth round of outsider corpora (realworld37–44) found, each on a small hand-made
file with hand-written expectations: which version of a resubmitted list stands, rows struck out
in a 状态 column, a 填报日期 footer, headers that name their side in brackets, a county's own list,
a bare 单位 column, year.month numbers Excel shortened, periods written in one cell, Excel error
cells, ticked posts and spot-check visits, and a row that numbers the columns."""

import datetime as dt

import duckdb
import pytest
import xlwt

from pipelines.ingest.map_columns import match_column
from pipelines.ingest.form_catalogue import forms
from pipelines.ingest.locate_table import Column
from pipelines.ingest.parse_dates import parse_date_range, parse_date_range_in_year
from pipelines.ingest.parse_values import parse_value
from pipelines.ingest.run import ingest
from pipelines.ingest.sheet_context import title_parties
from pipelines.ingest.supersede import is_correction
from intake_workbooks import book, set_error_cells

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"],
         [2, "青萝市第一人民医院", "柳渡县中医医院", "2024-01-01", "2026-12-31"]]
ROSTER = ["序号", "姓名", "职称", "派驻单位", "派驻科室", "派驻起始日期", "派驻结束日期"]




def _ingest(tmp_path, files, pairs=PAIRS):
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    for name, sheets in files.items():
        book(tmp_path / "raw" / name, sheets)
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def test_version_words():
    assert not is_correction("派驻人员名单2025_v1.xlsx")  # the first version corrects nothing
    assert is_correction("派驻人员名单2025_v2.xlsx") and is_correction("派驻人员名单2025_最终版.xlsx")
    assert is_correction("派驻人员名单2025_修订版.xlsx") and is_correction("派驻人员名单2025_V12.xlsx")


def test_the_latest_report_stands_whatever_order_the_names_sort_in(tmp_path):
    def roster(reported, people):
        return [("派驻人员", [["青萝市第一人民医院派驻柳渡县人民医院人员名单（合成数据）"], [f"填报日期：{reported}"], ROSTER,
                             *[[i + 1, p, "主治医师", "柳渡县人民医院", "内科", "2025-03-01", "2025-08-31"] for i, p in enumerate(people)]])]
    # v1 (the first version, no correction), then 修订版, then 最终版 by their 填报日期 — whatever their names say
    con = _ingest(tmp_path, {"SYNTHETIC_名单2025_v1.xlsx": roster("2025年3月10日", ["甲", "乙", "丙"]),
                             "SYNTHETIC_名单2025_修订版.xlsx": roster("2025年5月12日", ["甲", "乙"]),
                             "SYNTHETIC_名单2025_最终版.xlsx": roster("2025年7月15日", ["甲", "乙", "丁"])})
    final = con.execute("SELECT submission_id, superseded_by FROM submissions WHERE file_name LIKE '%最终版%'").fetchone()
    assert final[1] is None  # nothing replaced the last report
    assert con.execute("SELECT count(*), count(*) FILTER (WHERE submission_id = ?) FROM deployments", [final[0]]).fetchone() == (3, 3)


def test_struck_out_rows_and_a_report_date_footer_are_not_data(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员情况.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻人员情况（合成数据）"], [*ROSTER, "状态"],
        [1, "甲", "主治医师", "柳渡县人民医院", "内科", "2025-01-02", "2025-06-30", "作废"],
        [2, "乙", "主治医师", "柳渡县人民医院", "外科", "2025-01-02", "2025-06-30", "在岗"],
        [3, "丙", "主治医师", "柳渡县人民医院", "儿科", "2025-03-03", "2025-09-02", "已删除"],
        ["填报日期：2025年7月1日"]])]})
    assert con.execute("SELECT department FROM deployments").fetchall() == [("外科",)]
    kinds = sorted(k for (k,) in con.execute("SELECT kind FROM nondata_rows WHERE kind IN ('void', 'note', 'signature')").fetchall())
    assert kinds == ["note", "void", "void"]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    assert con.execute("SELECT reported_date::VARCHAR FROM submissions WHERE file_name LIKE '%派驻人员情况%'").fetchall() == [("2025-07-01",)]


@pytest.mark.parametrize("header,field", [("县级医院（帮扶方）", "support_hospital_id"), ("受帮扶单位", "recipient_hospital_id"),
                                          ("帮扶单位", "support_hospital_id")])
def test_a_header_that_names_its_side(header, field):
    assert match_column(Column(0, header, ""), forms()["pairings"])[0] == field


def test_a_slash_between_two_chinese_labels_maps_the_one_known():
    assert match_column(Column(0, "挂职职务 / 队长", ""), forms()["deployments"])[0] == "position_at_recipient"


def test_a_countys_own_list_gives_its_townships_the_county_of_its_title(tmp_path):
    county = [["渫川县县乡对口帮扶关系表（合成数据）"], ["序号", "县级医院（帮扶方）", "受帮扶单位", "帮扶期限"],
              [1, "柳渡县人民医院", "石门镇卫生院", "2024年1月—2026年12月"]]
    book(tmp_path / "county.xlsx", [("Sheet1", county)])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "county.xlsx")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "county.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute("""SELECT s.name, r.name, r.county FROM pairings p JOIN hospitals s ON s.hospital_id = p.support_hospital_id
                         JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id""").fetchall()
    assert got == [("柳渡县人民医院", "石门镇卫生院", "渫川县")]


def test_a_bare_unit_column_is_turned_round_without_a_finding(tmp_path):
    """A recipient's register of the experts it received: 单位 is where they came from."""
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院接收派驻专家名单.xlsx": [("Sheet1", [
        ["柳渡县人民医院2025年派驻专家花名册（合成数据）"], ["序号", "姓名", "单位", "科室", "开始日期", "结束日期"],
        [1, "甲", "青萝市第一人民医院", "内科", "2025-03-01", "2025-08-31"]])]})
    got = con.execute("""SELECT s.name, r.name FROM deployments d JOIN hospitals s ON s.hospital_id = d.support_hospital_id
                         JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id""").fetchall()
    assert got == [("青萝市第一人民医院", "柳渡县人民医院")]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'SWAPPED_HOSPITALS'").fetchone()[0] == 0


def test_a_year_month_number_shown_with_two_decimals_is_october(tmp_path):
    """2024.10 typed in a cell formatted 0.00 is kept by Excel as 2024.1 and shown "2024.10"."""
    path = tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院进修人员.xls"
    path.parent.mkdir(parents=True)
    wb = xlwt.Workbook()
    ws = wb.add_sheet("Sheet1")
    two = xlwt.easyxf(num_format_str="0.00")
    for c, v in enumerate(["序号", "姓名", "进修医院", "进修科室", "开始年月", "结束年月"]):
        ws.write(1, c, v)
    ws.write(0, 0, "柳渡县人民医院2024年外出进修人员登记（合成数据）")
    ws.write(2, 0, 1), ws.write(2, 1, "甲"), ws.write(2, 2, "青萝市第一人民医院"), ws.write(2, 3, "内科")
    ws.write(2, 4, 2024.1, two), ws.write(2, 5, 2025.3)     # shown 2024.10: October
    ws.write(3, 0, 2), ws.write(3, 1, "乙"), ws.write(3, 2, "青萝市第一人民医院"), ws.write(3, 3, "外科")
    ws.write(3, 4, 2024.7), ws.write(3, 5, 2024.1)          # shown 2024.1, but January would end before July
    ws.write(4, 0, 3), ws.write(4, 1, "丙"), ws.write(4, 2, "青萝市第一人民医院"), ws.write(4, 3, "儿科")
    ws.write(4, 4, 2024.1), ws.write(4, 5, 2024.6)          # shown 2024.1: January
    wb.save(str(path))
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    got = con.execute("SELECT department, start_date::VARCHAR, end_date::VARCHAR FROM trainees ORDER BY source_row").fetchall()
    assert got == [("内科", "2024-10-01", "2025-03-31"), ("外科", "2024-07-01", "2024-10-31"), ("儿科", "2024-01-01", "2024-06-30")]
    assert con.execute("SELECT source_row, code FROM findings WHERE code <> 'NAME_ONLY'").fetchall() == [(4, "MONTH_READ_AS_OCTOBER")]


def test_an_end_before_its_start_is_curated_with_a_finding(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻人员名单（合成数据）"], ROSTER,
        [1, "甲", "主治医师", "柳渡县人民医院", "内科", "2025-09-01", "2025-03-31"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1
    assert con.execute("SELECT field, code FROM findings WHERE code <> 'NAME_ONLY'").fetchall() == [("end_date", "END_BEFORE_START")]


@pytest.mark.parametrize("text,start,end", [
    ("2024年3月起，为期半年", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
    ("2024年9月1日起，为期3个月", dt.date(2024, 9, 1), dt.date(2024, 11, 30)),
    ("2024.03—2024.08（6个月）", dt.date(2024, 3, 1), dt.date(2024, 8, 31)),
])
def test_periods_written_in_one_cell(text, start, end):
    a, b = parse_date_range(text)
    assert (a.value, b.value) == (start, end)


def test_a_range_without_its_year_takes_the_titles():
    a, b = parse_date_range_in_year("3月1日—8月31日", 2024)
    assert (a.value, b.value) == (dt.date(2024, 3, 1), dt.date(2024, 8, 31))
    a, b = parse_date_range_in_year("11月1日—4月30日", 2024)  # over the new year
    assert (a.value, b.value) == (dt.date(2024, 11, 1), dt.date(2025, 4, 30))


@pytest.mark.parametrize("ftype,text,want", [("month", "24年6月", 6), ("year_month", "2024年7月1日-7月31日", (2024, 7)),
                                            ("year", "2024年1—12月", 2024), ("year", "2023年度", 2023)])
def test_periods_in_a_statistics_column(ftype, text, want):
    assert parse_value(ftype, text) == want
    with pytest.raises(ValueError):
        parse_value("year_month", "2024年7月1日-8月31日")  # two months: not one month's figures


def test_titles_that_name_both_parties():
    p = title_parties("石楠县人民医院2024年赴澜汀省人民医院进修人员")
    assert (p.first, p.second, p.kind) == ("石楠县人民医院", "澜汀省人民医院", "send")
    p = title_parties("箬川县妇幼保健院2024年新技术新项目登记（溪宁市中心医院帮扶）")
    assert (p.first, p.second, p.kind) == ("溪宁市中心医院", "箬川县妇幼保健院", "relation")


def test_excel_error_cells_are_never_values(tmp_path):
    """A #REF! hospital is not filled from the row above; a #N/A count is empty with a finding."""
    path = tmp_path / "raw" / "SYNTHETIC_派驻人员.xlsx"
    book(path, [("Sheet1", [["青萝市第一人民医院派驻人员名单（合成数据）"], [*ROSTER, "参加培训次数"],
                             [1, "甲", "主治医师", "柳渡县人民医院", "内科", "2025-03-01", "2025-08-31", 2],
                             [2, "乙", "主治医师", "=#REF!", "外科", "2025-03-01", "2025-08-31", "=NA()"]])])
    # openpyxl writes formulas without cached values; write the error values the way Excel stores them
    set_error_cells(path, {"D4": "#REF!"})
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    assert con.execute("SELECT department FROM deployments").fetchall() == [("内科",)]
    reason = con.execute("SELECT reason_code, reason FROM quarantine").fetchall()
    assert len(reason) == 1 and "#REF!" in reason[0][1]




def test_ticked_posts_and_spot_check_visits(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻人员花名册（合成数据）"], [*ROSTER, "挂职科主任"],
        [1, "甲", "主任医师", "柳渡县人民医院", "内科", "2025-03-01", "2025-08-31", "√"],
        [2, "乙", "住院医", "柳渡县人民医院", "外科", "2025-03-01", "2025-08-31", "×"]])],
        "SYNTHETIC_柳渡县人民医院派驻人员考核.xlsx": [("2025年5月", [
            ["柳渡县人民医院派驻人员月度考核表（合成数据）"], ["序号", "姓名", "派出单位", "在岗抽查", None, None, "考核得分"],
            [None, None, None, "第1次", "第2次", "第3次", None],
            [1, "甲", "青萝市第一人民医院", "√", "×", "√", 90]])]})
    got = con.execute("SELECT position_at_recipient, title FROM deployments ORDER BY source_row").fetchall()
    assert got == [("科主任", "主任医师"), (None, "住院医师")]
    assert con.execute("SELECT spot_checks, spot_checks_present FROM staff_monthly_assessments").fetchall() == [(3, 2)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0  # the 第1次 line is a header


def test_a_row_numbering_the_columns_is_not_data(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院月度业务量.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年月度业务统计（合成数据）"], ["月份", "门诊人次", "出院人数", "手术台次", "外转人次"],
        [1, 2, 3, 4, 5],
        ["1月", 1000, 80, 20, 7]])]})
    assert con.execute("SELECT month, outpatient_visits FROM hospital_monthly_stats").fetchall() == [(1, 1000)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_a_monthly_report_with_this_month_beside_the_cumulative(tmp_path):
    """指标 | 本月 | 1-7月累计 | 去年同期: the month's own figure is read, the heading line is not an indicator."""
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年7月业务量月报.xlsx": [("7月", [
        ["柳渡县人民医院2024年7月业务量月报（合成数据）"], ["指标", "本月", "1-7月累计", "去年同期"],
        ["门急诊人次", 11638, 76280, 11620], ["出院人数", 903, 5997, 885], ["外转人次", 33, 237, 15]])]})
    got = con.execute("SELECT month, outpatient_visits, discharges, referrals_out FROM hospital_monthly_stats").fetchall()
    assert got == [(7, 11638, 903, 33)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
