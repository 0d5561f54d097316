"""Cases the eleventh round of outsider corpora (realworld59–65) found, each on a small hand-made
file with hand-written expectations: a stay's real end (a 实际结束日期 column, a remark), a change
list's replaced person, 队长, units under the header (万元), 本月 beside 本年累计, the lines of a total's
block, rates, 县域外转诊, a workbook's cover / contents / drop-down pages, a table number before a
generic title, a sheet per month under a whole-year title, and a weekday after a date."""

import datetime as dt

import duckdb

from intake_workbooks import book
from pipelines.ingest.parse_dates import parse_date, parse_date_range
from pipelines.ingest.parse_values import parse_value
from pipelines.ingest.run import ingest
from pipelines.ingest.sheet_context import hospital_names_in
from pipelines.ingest.workbook_aids import aid_sheet

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"],
         [2, "青萝市第一人民医院", "柳渡县中医医院", "2024-01-01", "2026-12-31"]]
ID_A, ID_B = "990101198001010019", "99010119820202002X"  # valid check digits (ISO 7064 MOD 11-2, stdnum.cn.ric)


def _ingest(tmp_path, files):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    for name, sheets in files.items():
        book(tmp_path / "raw" / name, sheets)
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def test_a_weekday_after_the_date():
    assert parse_date("2024年3月1日（星期五）").value == dt.date(2024, 3, 1)
    assert parse_date("2024-03-01 周五").value == dt.date(2024, 3, 1)
    assert [d.value for d in parse_date_range("2024年3月1日(星期五)至2024年8月31日(星期六)")] == [dt.date(2024, 3, 1), dt.date(2024, 8, 31)]


def test_team_roles_are_no_post_at_the_recipient():
    assert parse_value("position", "队长") is None
    assert parse_value("position", "队长、业务副院长") == "副院长"
    assert parse_value("position", "医疗队队长兼科主任") == "科主任"
    assert parse_value("position", "护士长") == "护士长"


def test_a_table_number_before_a_generic_title_names_no_hospital():
    assert hospital_names_in("表一 受援医院月度业务统计（2024年）") == []
    assert hospital_names_in("附件1 青禾县人民医院派驻人员") == ["青禾县人民医院"]


def test_aid_pages_by_name():
    assert [aid_sheet(n) for n in ("封面", "表0 目录", "填表说明", "字典", "下拉选项（勿删）")] == \
        ["cover", "contents", "instructions", "lists", "lists"]
    assert aid_sheet("派驻人员") is None and aid_sheet("汇总") is None and aid_sheet("Sheet3") is None


def test_the_real_end_of_a_stay(tmp_path):
    head = ["序号", "姓名", "身份证号", "派驻单位", "派驻开始日期", "计划结束日期", "实际结束日期", "备注"]
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [
        ["青萝市第一人民医院派驻人员名册（合成数据）"], head,
        [1, "甲", ID_A, "柳渡县人民医院", "2024-01-02", "2024-06-30", "2024-05-17", None],
        [2, "乙", ID_B, "柳渡县人民医院", "2024-03-01", "2024-05-31", None, "提前返回，实际于2024年4月19日返回"],
        [3, "丙", None, "柳渡县中医医院", "2024-06-01", "2024-08-31", None, "延期至2024年9月30日"],
        [4, "丁", None, "柳渡县中医医院", "2024-06-01", "2024-08-31", None, "家中有事"]])]})
    got = con.execute("SELECT start_date, end_date FROM deployments ORDER BY start_date, end_date").fetchall()
    assert got == [(dt.date(2024, 1, 2), dt.date(2024, 5, 17)), (dt.date(2024, 3, 1), dt.date(2024, 4, 19)),
                   (dt.date(2024, 6, 1), dt.date(2024, 8, 31)), (dt.date(2024, 6, 1), dt.date(2024, 9, 30))]
    # the column is the row's own word; a remark that overrides the columns is a finding
    assert con.execute("SELECT source_row FROM findings WHERE code = 'END_FROM_REMARK' ORDER BY 1").fetchall() == [(4,), (5,)]


def test_a_change_list_names_the_replacement_not_the_person_replaced(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员变更表2024.xlsx": [("变更", [
        ["青萝市第一人民医院派驻人员变更表（合成数据）"],
        ["序号", "受援医院", "原派驻人员", "替换人员", "替换人员身份证号", "替换日期", "派驻至"],
        [1, "柳渡县人民医院", "甲", "乙", ID_B, "2024-04-15", "2024-06-30"]])]})
    assert con.execute("SELECT start_date, end_date, person_id_basis FROM deployments").fetchall() == \
        [(dt.date(2024, 4, 15), dt.date(2024, 6, 30), "id_number")]


def test_units_under_the_header(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院进修人员2024.xlsx": [("进修", [
        ["柳渡县人民医院赴青萝市第一人民医院进修人员（合成数据）"],
        ["序号", "姓名", "身份证号", "进修开始日期", "进修结束日期", "进修天数", "进修费用"],
        ["单位：", None, None, None, None, "天", "万元"],
        [1, "甲", ID_A, "2024-03-04", "2024-08-30", 180, 0.3]])]})
    assert con.execute("SELECT fee_charged FROM trainees").fetchall() == [(3000,)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_indicators_down_the_rows_with_their_unit_and_the_running_total(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年7月业务量月报.xlsx": [("7月", [
        ["柳渡县人民医院2024年7月业务量月报（合成数据）"], ["指标", "单位", "本年累计", "本月", "同比增减%"],
        ["门急诊人次", "人次", 108390, 16800, "+3.2"], ["出院人数", "人", 7545, 1160, "-1.8"], ["外转人次", "人次", 242, 29, "+2.4"]])]})
    got = con.execute("SELECT month, outpatient_visits, discharges, referrals_out FROM hospital_monthly_stats").fetchall()
    assert got == [(7, 16800, 1160, 29)]


def test_this_period_under_unmerged_measures(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量2024.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年业务量（合成数据）"],
        ["月份", "门急诊人次", None, "出院人数", None],
        [None, "本期", "上年同期", "本期", "上年同期"],
        ["2024年1月", 9820, 9500, 702, 690], ["2024年2月", 8770, 8600, 655, 640]])]})
    got = con.execute("SELECT month, outpatient_visits, discharges FROM hospital_monthly_stats ORDER BY month").fetchall()
    assert got == [(1, 9820, 702), (2, 8770, 655)]


def test_a_sheet_per_month_under_a_whole_year_title(tmp_path):
    def month(name, n):
        return (name, [["柳渡县人民医院2024年度主要业务量月报（合成数据）"], ["门急诊人次", "出院人数", "手术台次", "外转人次"], [n, 90, 20, 3]])
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量月报2024年度.xlsx": [
        month("2023年12月", 1000), month("2024年1月", 1100), month("2025年1月", 1200)]})
    got = con.execute("SELECT year, month, outpatient_visits FROM hospital_monthly_stats ORDER BY year, month").fetchall()
    assert got == [(2023, 12, 1000), (2024, 1, 1100), (2025, 1, 1200)]  # never moved into the title's year


def test_breakdowns_totals_and_rates_are_never_records(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_县域住院流向2020-2021.xlsx": [("县域住院", [
        ["各县住院流向（2020—2021年）合成数据"], ["县（市、区）", "区划代码", "指标", "2020年", "2021年"],
        ["鹤屿县", "990201", "常住居民住院总人次", 19844, 20317], [None, None, "其中：县域外住院人次", 4410, 4306],
        [None, None, "外转率(%)", 22.2, 21.2],
        ["松岙县", "990202", "常住居民住院总人次", 15402, 15877], [None, None, "其中：县域外住院人次", 3902, 3761],
        ["全市合计", None, "常住居民住院总人次", 35246, 36194], [None, None, "其中：县域外住院人次", 8312, 8067]])],
        "SYNTHETIC_柳渡县业务量2024年4月.xlsx": [("4月", [
            ["柳渡县受援医院2024年4月业务量（合成数据）"], ["受援医院", "门急诊人次", "出院人数", "其中：县域外转诊"],
            ["柳渡县人民医院", 9000, 700, 15], ["柳渡县中医医院", 5000, 300, 9], ["合计", 14000, 1000, 24],
            ["其中：中医医院", 5000, 300, 9]])]})
    got = con.execute("SELECT county_code, year, resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats "
                      "ORDER BY 1, 2").fetchall()
    assert got == [("990201", 2020, 19844, 4410), ("990201", 2021, 20317, 4306),
                   ("990202", 2020, 15402, 3902), ("990202", 2021, 15877, 3761)]
    assert sorted(con.execute("SELECT outpatient_visits, referrals_out FROM hospital_monthly_stats").fetchall()) == [(5000, 9), (9000, 15)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    kinds = dict(con.execute("SELECT kind, count(*) FROM nondata_rows WHERE kind IN ('total', 'derived') GROUP BY kind").fetchall())
    assert kinds == {"total": 4, "derived": 1}


def test_a_workbooks_cover_contents_and_lists_are_not_data(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年报表.xlsx": [
        ("Sheet1", [["对口支援年度报表（合成数据）"], ["报告年度", 2024], ["填报人", "周敏"], ["联系电话", "0999-1234567"]]),
        ("Sheet2", [["目录"], ["表一", "月度业务统计"], ["表二", "进修人员"]]),
        ("表一 月度统计", [["表一 受援医院月度业务统计（2024年）"], ["月份", "门急诊人次", "出院人数"], ["1月", 1000, 80]]),
        ("表二 进修人员", [["表二 进修人员"], ["姓名", "身份证号", "进修医院", "进修开始日期", "进修结束日期"],
                       ["甲", ID_A, "青萝市第一人民医院", "2024-03-01", "2024-08-31"]]),
        ("字典", [["职称", "科室", "是否"], ["主任医师", "内科", "是"], ["副主任医师", "外科", "否"], ["主治医师", "儿科", None]])]})
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM trainees").fetchone()[0] == 1
    assert con.execute("SELECT h.name, s.month FROM hospital_monthly_stats s JOIN hospitals h ON h.hospital_id = "
                       "s.recipient_hospital_id").fetchall() == [("柳渡县人民医院", 1)]
    assert con.execute("SELECT count(*) FROM nondata_rows WHERE kind = 'aid_sheet'").fetchone()[0] == 4 + 3 + 4
