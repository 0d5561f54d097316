"""Cases the fifteenth and sixteenth rounds of outsider corpora (realworld86–98) found, each on a small hand-made
file with hand-written expectations: statistics in long format; a shared sheet's 填报医院 column; rosters' two
periods in a cell, rotations and ticked months (weekly sessions over a period stay one stay); hospitals by their codes and a workbook's code table;
English-then-Chinese headers; a web page's rowspan; ISO 8601 date cells; a pairing outside the programme."""

import datetime as dt

import duckdb

from intake_workbooks import book
from pipelines.ingest.form_catalogue import two_languages
from pipelines.ingest.parse_dates import parse_date
from pipelines.ingest.read_cells import _Tables
from pipelines.ingest.run import ingest

KEY = b"k" * 32
SUP, REC, REC2 = "青萝市第一人民医院", "柳渡县人民医院", "柳渡县中医医院"
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "受援医院机构代码", "起始日期", "终止日期"],
         [1, SUP, REC, "49901001-7", "2024-01-01", "2026-12-31"], [2, SUP, REC2, "49901002-5", "2024-01-01", "2026-12-31"],
         [3, "柳渡县白沙镇卫生院", "柳渡县白沙镇下坝村卫生室", None, "2024-01-01", "2026-12-31"]]
ID_A, ID_B, ID_C = "990101198001010014", "990101198202020024", "990101198303030034"


def _ingest(tmp_path, files: dict):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    for name, content in files.items():
        (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            (tmp_path / "raw" / name).write_text(content, encoding="utf-8-sig")
        else:
            book(tmp_path / "raw" / name, content)
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def test_statistics_in_long_format_are_a_record_per_hospital_month(tmp_path):
    rows = [["数据导出（合成数据 SYNTHETIC）"], ["机构名称", "统计月份", "指标名称", "指标值", "单位"]]
    for m, (visits, dis) in enumerate([(1.5584, 962), (1.6, 980)], start=1):
        rows += [[REC, f"2024-0{m}", "门急诊人次", visits, "万人次"], [REC, f"2024-0{m}", "出院人数", dis, "人次"],
                 [REC, f"2024-0{m}", "出院人数（本年累计）", dis * m, "人次"], [REC, f"2024-0{m}", "床位使用率", 80.1, "%"]]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院数据导出2024.xlsx": [("导出", rows)]})
    assert con.execute("SELECT month, outpatient_visits, discharges FROM hospital_monthly_stats ORDER BY 1").fetchall() == \
        [(1, 15584, 962), (2, 16000, 980)]  # 1.5584 万人次; never the running total
    assert con.execute("SELECT count(*) FROM quarantine WHERE reason_code = 'UNKNOWN_INDICATOR'").fetchone() == (4,)


def test_a_shared_sheets_reporting_hospital_column_is_each_rows_own(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_【腾讯文档】新技术登记.xlsx": [("Sheet1", [
        ["各受援医院新技术新项目登记（合成数据 SYNTHETIC）"],
        ["填报医院", "项目名称", "科室", "首次开展日期", "开展例数", "最后修改人"],
        [REC, "腹腔镜胆囊切除术", "普外科", "2024-05-14", 18, "甲"],
        [REC2, "针刀松解术", "骨伤科", "2024-06-02", 12, "乙"]])]})
    assert con.execute("""SELECT h.name, t.name FROM techniques t JOIN hospitals h ON h.hospital_id = t.recipient_hospital_id
                          ORDER BY 2""").fetchall() == [(REC, "腹腔镜胆囊切除术"), (REC2, "针刀松解术")]


def test_rosters_two_periods_rotation_and_ticked_months_are_stays_and_weekly_sessions_one(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [
            ["青萝市第一人民医院2024年派驻柳渡县人民医院人员（合成数据 SYNTHETIC）"],
            ["姓名", "身份证号", "派驻单位", "坐诊时间", "坐诊安排", "备注"],
            ["甲", ID_A, REC, "2024年4月2日—4月11日", "每周二、四下午坐诊", None],
            ["乙", ID_B, REC, "2024.3-2024.4，2024.6-2024.8", None, "中途返院一个月"],
            ["丙丙\n丁丁", f"{ID_C}\n990101198404040044", REC, "2024年1月—4月", None, "依次轮换，每人两个月"]])],
        "SYNTHETIC_青萝市第一人民医院派驻柳渡县中医医院在岗月份2024.xlsx": [("在岗", [
            ["青萝市第一人民医院2024年派驻柳渡县中医医院人员在岗月份（合成数据 SYNTHETIC）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月",
             "11月", "12月"],
            [1, "戊", "990101198505050054", "骨伤科", "主治医师", "√", "√", None, None, None, None, None, None, "√", None, None, None],
            [None, "在岗人数", None, None, None, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]])]})
    d = dt.date
    assert con.execute("SELECT start_date, end_date FROM deployments ORDER BY 1, 2").fetchall() == [
        (d(2024, 1, 1), d(2024, 2, 29)),   # 丙, the first two months; 戊's first run of months
        (d(2024, 1, 1), d(2024, 2, 29)),
        (d(2024, 3, 1), d(2024, 4, 30)),   # 丁; 乙's first period
        (d(2024, 3, 1), d(2024, 4, 30)),
        (d(2024, 4, 2), d(2024, 4, 11)),   # 甲: sessions on Tuesdays and Thursdays over a period: one stay (realworld30)
        (d(2024, 6, 1), d(2024, 8, 31)),   # 乙's second period
        (d(2024, 9, 1), d(2024, 9, 30))]   # 戊 again in September
    assert con.execute("SELECT kind FROM nondata_rows WHERE source_row = 4 AND kind = 'total'").fetchall() == [("total",)]


def test_hospitals_by_their_code_columns_a_workbooks_code_table_and_title_codes(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院HRP导出.xlsx": [
        ("派驻人员", [["姓名", "证件号码", "派驻机构代码", "科室代码", "职称代码", "开始日期", "结束日期"],
                     ["甲", ID_A, "49901001-7", "0301", "231", "2024-03-01", "2024-08-31"],
                     ["乙", ID_B, "49901002-5", "0302", "253", "2024-03-01", "2024-08-31"]]),
        ("科室代码表", [["科室代码", "科室名称"], ["0301", "心血管内科"], ["0302", "护理部"]])]})
    assert con.execute("""SELECT h.name, d.department, d.title FROM deployments d
                          JOIN hospitals h ON h.hospital_id = d.recipient_hospital_id ORDER BY 1""").fetchall() == [
        (REC2, "护理部", "主管护师"), (REC, "心血管内科", "主任医师")]
    assert con.execute("SELECT count(*) FROM nondata_rows WHERE kind = 'code_table'").fetchone() == (3,)


def test_small_readings_english_then_chinese_rowspan_iso_instants():
    assert two_languages("Name 姓名") == ("姓名", "Name")
    assert two_languages("Discharges 出院人数¹") == ("出院人数", "Discharges")
    t = _Tables()
    t.feed("<table><tr><td>a</td><td rowspan=2>B</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>")
    assert t.tables == [[["a", "B", "c"], ["d", None, "e"]]] and t.merged == [[(0, 1, 1, 1)]]
    assert parse_date("2025-04-09T16:00:00.000Z").value == dt.date(2025, 4, 10)  # local midnight written in UTC


def test_a_pairing_outside_the_programme_and_a_negative_count_are_held_or_left_empty(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量2024.xlsx": [("2024年", [
        ["柳渡县人民医院2024年业务量统计（合成数据 SYNTHETIC）"], ["月份", "门急诊人次", "出院人数", "下转接收人次"],
        ["1月", 15130, 1087, -3]])]})
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("OUT_OF_SCOPE",)]  # 卫生院 → 村卫生室
    assert con.execute("SELECT count(*) FROM pairings").fetchone() == (2,)
    assert con.execute("SELECT outpatient_visits, referrals_down_received FROM hospital_monthly_stats").fetchall() == [(15130, None)]
    assert con.execute("SELECT code FROM findings").fetchall() == [("OUT_OF_RANGE",)]


# --- the read-only review of the round (REV16): each a case it confirmed ----------------------------------------

def test_a_remark_mentioning_每周_and_a_schedule_beside_start_and_end_leave_the_stay_whole(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员名册.xlsx": [("派驻", [
        ["青萝市第一人民医院2024年派驻人员名册（合成数据 SYNTHETIC）"],
        ["姓名", "身份证号", "受援医院", "派驻时间", "备注"],
        ["甲", ID_A, REC, "2024.3.1-2024.8.31", "驻点期间每周一下午参加科室查房"],
        ["乙", ID_B, REC, "2024.3.1-2024.8.31", "每周三天驻点"]]),
        ("第二批", [["青萝市第一人民医院2024年派驻人员名册（合成数据 SYNTHETIC）"],
                    ["姓名", "身份证号", "受援医院", "起始日期", "结束日期", "坐诊时间"],
                    ["丙", ID_C, REC2, "2024-03-01", "2024-08-31", "每周二上午"]])]})
    assert con.execute("SELECT start_date, end_date, count(*) FROM deployments GROUP BY ALL").fetchall() == \
        [(dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3)]


def test_long_exports_one_hospital_a_unit_column_a_second_row_for_a_field_and_blank_keys(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院2024年7月业务统计.xlsx": [("7月", [
            [f"{REC}2024年7月业务统计（合成数据 SYNTHETIC）"], ["统计月份", "指标名称", "指标值", "单位"],
            ["2024-07", "门急诊人次", 1.6655, "万人次"], ["2024-07", "门诊人次", 12000, "人次"],
            ["2024-07", "急诊人次", 3000, "人次"], ["2024-07", "出院人数", 1081, "人次"]])],
        "SYNTHETIC_县域医院业务统计.xlsx": [("导出", [
            ["县域医院业务统计（合成数据 SYNTHETIC）"], ["机构名称", "统计月份", "指标名称", "指标值"],
            [REC2, "2024-07", "门急诊人次", 9000], [None, "2024-07", "出院人数", 500]])]})
    assert con.execute("""SELECT h.name, s.month, s.outpatient_visits, s.discharges FROM hospital_monthly_stats s
                          JOIN hospitals h ON h.hospital_id = s.recipient_hospital_id ORDER BY 1""").fetchall() == [
        (REC2, 7, 9000, 500), (REC, 7, 16655, 1081)]  # the first row names the field; 急诊人次 is no 门急诊人次
    assert con.execute("SELECT count(*) FROM quarantine WHERE reason_code = 'UNKNOWN_INDICATOR'").fetchone() == (2,)


def test_a_person_whose_months_are_ticked_with_1_is_a_stay_not_a_total(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻柳渡县人民医院在岗月份2024.xlsx": [("在岗", [
        ["青萝市第一人民医院2024年派驻柳渡县人民医院人员在岗月份（合成数据 SYNTHETIC）"],
        ["序号", "姓名", "身份证号", "科室", "职称", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月",
         "11月", "12月"],
        [1, "甲", ID_A, "内科", "主治医师", None, None, "√", "√", None, None, None, None, None, None, None, None],
        [2, "乙", ID_B, "外科", "主治医师", None, None, None, None, None, None, 1, 1, 1, None, None, None]])]})
    assert con.execute("SELECT start_date, end_date FROM deployments ORDER BY 1").fetchall() == [
        (dt.date(2024, 3, 1), dt.date(2024, 4, 30)), (dt.date(2024, 7, 1), dt.date(2024, 9, 30))]
