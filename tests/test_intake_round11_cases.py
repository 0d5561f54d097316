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
        ["序号", "受援医院", "原派驻人员", "身份证号", "替换人员", "身份证号", "替换日期"],
        [1, "柳渡县人民医院", "甲", ID_A, "乙", ID_B, "2024-04-15"]])]})
    # the ID number read is the one after the replacement's name (乙's), never the person replaced's
    assert con.execute("SELECT start_date, person_id_basis FROM deployments").fetchall() == [(dt.date(2024, 4, 15), "id_number")]
    from pipelines.privacy.person_id import PersonIds
    assert con.execute("SELECT person_id FROM deployments").fetchone()[0] == PersonIds(KEY).from_id_number(ID_B)


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
    # the total's block: its two lines and the 合计 row of the monthly sheet and its 其中 line (the county block's
    # 外转率 line is one of its own rows, worked out and not stored: test_quarantine_rows)
    kinds = dict(con.execute("SELECT kind, count(*) FROM nondata_rows WHERE kind IN ('total', 'derived') GROUP BY kind").fetchall())
    assert kinds == {"total": 4}


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


# --- what a read-only review of the round's changes confirmed, each now a case ------------------------------

def test_a_breakdown_line_that_names_a_hospital_is_that_hospitals_row(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县业务量2024年3月.xlsx": [("3月", [
        ["柳渡县受援医院2024年3月业务量（合成数据）"], ["医院", "门急诊人次", "出院人数", "外转人次"],
        ["柳渡县小计", 30000, 3000, 80], ["其中：柳渡县人民医院", 20000, 2100, 50], ["柳渡县中医医院", 10000, 900, 30]])]})
    assert sorted(con.execute("SELECT outpatient_visits FROM hospital_monthly_stats").fetchall()) == [(10000,), (20000,)]


def test_words_that_are_no_aid_page_and_no_real_end():
    from pipelines.ingest.remark_dates import end_from_remark
    assert aid_sheet("数据源") is None and aid_sheet("list") is None  # a pivot table's data sheet; a roster called list
    for remark, end in (("原定2024年9月30日结束派驻，延期至12月31日", dt.date(2024, 12, 31)),
                        ("因家事于2024年5月10日返回，5月20日重新到岗", dt.date(2024, 12, 31)),
                        ("国庆10.1-10.7返回原单位休假", dt.date(2024, 12, 31)),
                        ("延期至9月", dt.date(2024, 12, 31)),  # no day: the row's own end stands
                        ("进修中，预计2025年2月1日结业", dt.date(2024, 12, 31))):
        values = {"start_date": dt.date(2024, 3, 1), "end_date": dt.date(2024, 12, 31)}
        assert end_from_remark(values, [remark], ["备注"]) is None and values["end_date"] == end, remark


def test_a_roster_with_a_replacement_column_keeps_its_names_and_dates(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻柳渡县人民医院人员2024.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻柳渡县人民医院人员（合成数据）"], ["姓名", "身份证号", "职称", "起始日期", "结束日期", "替换人员", "替换日期"],
        ["甲", ID_A, "主治医师", "2024-03-01", "2024-08-31", None, None],
        ["乙", ID_B, "主治医师", "2024-03-01", "2024-06-30", "丙", "2024-07-01"]])]})
    assert sorted(con.execute("SELECT start_date, end_date FROM deployments").fetchall()) == \
        [(dt.date(2024, 3, 1), dt.date(2024, 6, 30)), (dt.date(2024, 3, 1), dt.date(2024, 8, 31))]


def test_a_quarter_sheet_under_a_whole_year_title_is_no_month(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务统计2024年度.xlsx": [("2024年1月到3月", [
        ["柳渡县人民医院2024年度业务统计（合成数据）"], ["门急诊人次", "出院人数", "手术台次", "外转人次"], [48000, 3000, 600, 90]])]})
    assert con.execute("SELECT count(*) FROM hospital_monthly_stats").fetchone()[0] == 0  # held: which month?


def test_another_years_label_and_a_blank_this_month_are_never_read_as_this_months(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_县域住院流向2024.xlsx": [("Sheet1", [
        ["柳渡县2024年县域住院流向统计（合成数据）"], ["行政区划代码", "990201"],
        ["2023年住院总人次", 50000, "2024年住院总人次", 52000], ["2023年县域外住院人次", 8000, "2024年县域外住院人次", 8100]])],
        "SYNTHETIC_柳渡县人民医院2024年3月业务量.xlsx": [("3月", [
            ["柳渡县人民医院2024年3月业务量（合成数据）"], ["指标", "本月", "本年累计"],
            ["门急诊人次", 16800, 48000], ["出院人数", None, 2100], ["外转人次", 50, 150]])]})
    assert con.execute("SELECT year, resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats").fetchall() \
        == [(2024, 52000, 8100)]
    assert con.execute("SELECT discharges FROM hospital_monthly_stats").fetchall() in ([], [(None,)])  # never 2100


def test_county_stems_and_table_numbers():
    from pipelines.ingest.resolve_rows import _county_stem
    assert _county_stem("石门县") == _county_stem("石门区") == "石门" and _county_stem("石门市") is None
    assert hospital_names_in("附件1三溪市第一人民医院派驻青杉县中医医院人员名册") == ["三溪市第一人民医院", "青杉县中医医院"]


def test_a_table_of_figures_is_no_contents_page(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县2024年报.xlsx": [
        ("Sheet1", [["业务收入（合成数据）"], ["单位", "业务收入", "药占比"], ["柳渡县人民医院", 1200.5, 0.31], ["柳渡县中医医院", 800.2, 0.28]]),
        ("柳渡县人民医院", [["说明"]]), ("柳渡县中医医院", [["说明"]])]})
    assert con.execute("SELECT count(*) FROM quarantine WHERE reason_code = 'SHEET_UNRECOGNISED'").fetchone()[0] >= 2


def test_an_empty_statistics_row_beside_a_serial_number_is_no_report_and_not_held(tmp_path):
    # the serial number is no unread figure (the row is not held); since the fourteenth round a row whose
    # every figure is — reports nothing (realworld83): non-data, never a month curated empty
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县业务量2024年3月.xlsx": [("3月", [
        ["柳渡县受援医院2024年3月业务量（合成数据）"], ["序号", "医院", "门急诊人次", "出院人数", "手术台次", "外转人次"],
        [1, "柳渡县人民医院", 16800, 2100, 300, 50], [2, "柳渡县中医医院", "—", "—", "—", "—"]])]})
    assert con.execute("SELECT count(*) FROM hospital_monthly_stats").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
    assert con.execute("SELECT source_row FROM nondata_rows WHERE kind = 'blank'").fetchall() == [(4,)]


def test_a_rename_remark_that_mentions_a_campus_is_a_rename():
    from pipelines.ingest.name_changes import kind_of
    assert kind_of(None, "经县编办批复更名，原院区继续使用", "青杉县中医医院", "青杉县中西医结合医院") == "rename"
    assert kind_of(None, "加挂牌子，保留原名称", "青杉县中医医院", "青杉县中医医院东院区") == "hanging"


# --- the twelfth round (realworld66–69) ---------------------------------------------------------------------

def test_record_numbers_and_small_readings():
    from pipelines.ingest.locate_table import key_value_pairs
    from pipelines.ingest.parse_numbers import parse_money
    from pipelines.privacy.person_id import mask_id_numbers
    for text in ("疑难病例讨论（住院号20240315007）", "病案号：00387215", "住院号 3306 7215 19", "病案号６６１０９４８"):
        assert not any(ch.isdigit() for ch in str(mask_id_numbers(text))), text
    assert mask_id_numbers("挂号费10元") == "挂号费10元"
    assert key_value_pairs("苇溪县中医医院2024年新技术新项目（帮扶单位：澜岫省中医院）合成数据") == [("帮扶单位", "澜岫省中医院")]
    assert parse_value("bool", "中途退出") is False
    assert [d.value for d in parse_date_range("2024年3月起进修6个月")] == [dt.date(2024, 3, 1), dt.date(2024, 8, 31)]
    assert parse_money("每月500元（共6个月）") == 3000


def test_a_ledgers_sections_are_each_their_own_form(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院2024年对口支援工作台账.xlsx": [("台账", [
        ["青萝市第一人民医院2024年度对口支援工作台账（合成数据）"], ["一、派驻人员情况"],
        ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"],
        [1, "甲", ID_A, "内科", "主治医师", "柳渡县人民医院", "2024-03-01", "2024-08-31"], [None],
        ["二、接收进修人员情况"],
        ["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修开始时间", "进修结束时间", "是否结业"],
        [1, "乙", ID_B, "柳渡县人民医院", "外科", "2024-03-04", "2024-09-03", "是"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1
    assert con.execute("SELECT start_date, end_date FROM trainees").fetchall() == [(dt.date(2024, 3, 4), dt.date(2024, 9, 3))]


def test_a_headcount_merged_over_a_joint_session_is_no_rows_own(tmp_path):
    import openpyxl
    path = tmp_path / "raw" / "SYNTHETIC_青萝市第一人民医院帮扶活动2024.xlsx"
    book(path, [("活动", [["青萝市第一人民医院帮扶活动登记（合成数据）"], ["受援医院", "日期", "活动形式", "主题", "参加人数"],
                         ["柳渡县人民医院", "2024-05-21", "学术讲座", "联合讲座", 60],
                         ["柳渡县中医医院", "2024-05-21", "学术讲座", "联合讲座", None],
                         ["柳渡县人民医院", "2024-06-11", "教学查房", "查房", 15]])])
    wb = openpyxl.load_workbook(path)
    wb["活动"].merge_cells("E3:E4")
    wb.save(path)
    con = _ingest(tmp_path, {})
    assert sorted(con.execute("SELECT participants FROM activities").fetchall(), key=str) == [(15,), (None,), (None,)]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'SHARED_COUNT'").fetchone()[0] == 2


def test_a_year_written_once_carries_down(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量7-9月.xlsx": [("Sheet1", [
        ["柳渡县人民医院业务量（合成数据）"], ["年份", "月份", "门急诊人次", "出院人数", "手术台次", "外转人次"],
        [2024, 7, 1000, 90, 20, 3], [None, 8, 1100, 95, 21, 4]])]})
    assert con.execute("SELECT year, month FROM hospital_monthly_stats ORDER BY month").fetchall() == [(2024, 7), (2024, 8)]
