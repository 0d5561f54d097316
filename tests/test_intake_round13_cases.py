"""Cases the thirteenth round of outsider corpora (realworld66, realworld70–73) found, each on a small
hand-made file with hand-written expectations: a team's period written once on its first row."""

import datetime as dt

import duckdb
import pytest

from intake_workbooks import book
from pipelines.ingest.run import ingest

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"],
         [2, "青萝市第一人民医院", "柳渡县中医医院", "2024-01-01", "2026-12-31"]]
ID_A, ID_B = "990101198001010014", "990101198202020024"  # valid check digits (ISO 7064 MOD 11-2)
HEAD = ["批次", "序号", "姓名", "身份证号", "受援医院", "派驻时间"]
TITLE = ["青萝市第一人民医院派驻人员名册（合成数据）"]


def _ingest(tmp_path, files):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    for name, sheets in files.items():
        book(tmp_path / "raw" / name, sheets)
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def test_a_teams_period_written_on_its_first_row_carries_down_with_a_finding(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE, HEAD,
        ["第一批", 1, "甲", ID_A, "柳渡县人民医院", "2024-01-02至2024-06-30"],
        [None, 2, "乙", ID_B, None, None],
        [None, 3, "丙", None, None, None],
        ["第二批", 4, "丁", None, "柳渡县中医医院", "2024-07-01至2024-12-31"],
        [None, 5, "戊", None, None, None]])]})
    got = con.execute("SELECT start_date, end_date, count(*) FROM deployments GROUP BY ALL ORDER BY 1").fetchall()
    assert got == [(dt.date(2024, 1, 2), dt.date(2024, 6, 30), 3), (dt.date(2024, 7, 1), dt.date(2024, 12, 31), 2)]
    assert con.execute("SELECT source_row FROM findings WHERE code = 'PERIOD_WRITTEN_ONCE' ORDER BY 1").fetchall() == \
        [(4,), (5,), (7,)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_one_persons_blank_among_written_periods_stays_missing(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE, HEAD,
        [None, 1, "甲", ID_A, "柳渡县人民医院", "2024-01-02至2024-06-30"],
        [None, 2, "乙", ID_B, "柳渡县人民医院", "2024-01-02至2024-06-30"],
        [None, 3, "丙", None, "柳渡县人民医院", None],
        [None, 4, "丁", None, "柳渡县中医医院", "2024-07-01至2024-12-31"]])]})
    assert con.execute("SELECT source_row, reason_code FROM quarantine").fetchall() == [(5, "MISSING_VALUE")]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'PERIOD_WRITTEN_ONCE'").fetchone() == (0,)
    # two people, the second's period blank: it may simply be unknown
    con = _ingest(tmp_path / "two", {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE, HEAD[2:],
        ["甲", ID_A, "柳渡县人民医院", "2024-01-02至2024-06-30"],
        ["乙", ID_B, "柳渡县人民医院", None]])]})
    assert con.execute("SELECT source_row, reason_code FROM quarantine").fetchall() == [(4, "MISSING_VALUE")]
    # every row filled but the last, whose recipient is blank too: not a team written once, the last row is missing
    con = _ingest(tmp_path / "last", {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE, HEAD[2:],
        ["甲", ID_A, "柳渡县人民医院", "2024-01-02至2024-06-30"],
        ["乙", ID_B, "柳渡县中医医院", "2024-07-01至2024-12-31"],
        ["丙", None, None, None]])]})
    assert [r[0] for r in con.execute("SELECT source_row FROM quarantine").fetchall()] == [5]


def test_a_change_lists_column_after_the_replacement_date_is_its_end(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员变更表2024.xlsx": [("变更", [
        ["青萝市第一人民医院派驻人员变更表（合成数据）"],
        ["序号", "受援医院", "原派驻人员", "替换人员", "身份证号", "替换日期", "派驻至", "变更原因"],
        [1, "柳渡县人民医院", "甲", "乙", ID_B, "2024-04-15", "2024-06-30", "家中有事"]])]})
    assert con.execute("SELECT start_date, end_date FROM deployments").fetchall() == [(dt.date(2024, 4, 15), dt.date(2024, 6, 30))]
    # in an ordinary roster 派驻至 names the hospital the person went to, never an end
    con = _ingest(tmp_path / "roster", {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE,
        ["序号", "姓名", "身份证号", "派驻至", "起始日期", "结束日期"],
        [1, "甲", ID_A, "柳渡县人民医院", "2024-01-02", "2024-06-30"]])]})
    assert con.execute("SELECT r.name, end_date FROM deployments d JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id"
                       ).fetchall() == [("柳渡县人民医院", dt.date(2024, 6, 30))]


def test_placeholders_and_a_typed_apostrophe(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE,
        ["序号", "姓名", "身份证号", "派驻单位", "起始日期", "结束日期", "职称", "挂职职务", "备注"],
        [1, "甲", ID_A, "柳渡县人民医院", "'2024-01-02", "2024-06-30", "（副主任医师）", "——", None],
        [2, "乙", "/", "柳渡县人民医院", "2024-01-02", "2024-06-30", "主治医师", "N/A", "已删除"],
        [3, "丙", "/", "柳渡县人民医院", "2024-01-02", "2024-06-30", "主治医师", "/", "已删除人员由丁接替"]])]})
    got = con.execute("SELECT start_date, title, title_rank, position_at_recipient, person_id_basis FROM deployments "
                      "ORDER BY person_id_basis").fetchall()
    # '2024-04-02: Excel's text marker typed in; （副主任医师）in brackets; ——, N/A and / say nothing (no finding);
    # a row whose 备注 says only 已删除 is struck out (non-data), one whose remark only mentions it is data
    assert got == [(dt.date(2024, 1, 2), "副主任医师", "副高级", None, "id_number"), (dt.date(2024, 1, 2), "主治医师", "中级", None, "name")]
    assert con.execute("SELECT kind FROM nondata_rows WHERE source_row = 4").fetchall() == [("void",)]
    assert con.execute("SELECT code FROM findings ORDER BY 1").fetchall() == [("NAME_ONLY",)]


def test_a_totals_bracket_ranks_as_the_label():
    from pipelines.ingest.form_catalogue import forms
    from pipelines.ingest.locate_table import Column
    from pipelines.ingest.map_columns import map_columns
    cols = [Column(0, "月份"), Column(1, "门诊人次"), Column(2, "急诊人次"), Column(3, "门急诊人次\n（合计）")]
    assert map_columns(cols, forms()["hospital_monthly_stats"]).fields["outpatient_visits"] == 3


COUNTY_PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "所在县", "区划代码", "起始日期"],
                [1, "青萝市第一人民医院", "柳渡县人民医院", "柳渡县", "999101", "2024-01-01"]]


def _ingest_county(tmp_path, rows):
    book(tmp_path / "pairs.xlsx", [("Sheet1", COUNTY_PAIRS)])
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县2024县域住院流向.xlsx", [("Sheet1", rows)])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def test_a_countys_quarters_are_summed_into_its_year_and_a_part_of_a_year_is_held(tmp_path):
    head = ["柳渡县2024年县域住院流向（合成数据）"], ["县别", "季度", "县域内住院人次", "县域外转人次", "外转率"]
    con = _ingest_county(tmp_path, [*head, ["柳渡", "第一季度", 900, 100, "10%"], ["柳渡", "第二季度", 950, 50, "5%"],
                                    ["柳渡", "第三季度", 1000, 100, "9%"], ["柳渡", "第四季度", 1100, 120, "9.8%"]])
    # 900+950+1000+1100 inside and 100+50+100+120 outside: the year is the four quarters added; 柳渡 is 柳渡县
    assert con.execute("SELECT county_code, year, resident_admissions, resident_admissions_outside_county "
                       "FROM county_inpatient_stats").fetchall() == [("999101", 2024, 4320, 370)]
    con = _ingest_county(tmp_path / "half", [*head, ["柳渡", "第一季度", 900, 100, "10%"], ["柳渡", "第二季度", 950, 50, "5%"]])
    assert con.execute("SELECT count(*) FROM county_inpatient_stats").fetchone() == (0,)
    assert con.execute("SELECT source_row, reason_code FROM quarantine ORDER BY 1").fetchall() == [(3, "PART_OF_YEAR"), (4, "PART_OF_YEAR")]


def test_a_cross_tab_headed_by_its_measure_column(tmp_path):
    con = _ingest_county(tmp_path, [["各县县域住院病人流向（合成数据）"], ["县（市、区）", "指标", "2023年", "2024年"],
                                    ["柳渡县", "县域内住院人次", 4000, 4100], [None, "县域外住院人次", 800, 700],
                                    [None, "外转率", "16.7%", "14.6%"]])
    assert con.execute("SELECT year, resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats "
                       "ORDER BY year").fetchall() == [(2023, 4800, 800), (2024, 4800, 700)]


def test_a_teams_members_and_an_adjustment_make_pairings(tmp_path):
    book(tmp_path / "ref" / "team.xlsx", [("附件2", [["组团式帮扶安排表（合成数据）"],
        ["序号", "受援医院", "所在县", "类别", "牵头单位", "成员单位", "帮扶期限"],
        [1, "柳渡县人民医院", "柳渡县", "综合", "青萝市第一人民医院", "青萝市中心医院、青萝市第二人民医院", "2024年1月—2025年12月"],
        [2, "柳渡县中医院", "柳渡县", "中医", "青萝市中医院", "—", "2024年1月—2025年12月"]])])
    book(tmp_path / "ref" / "adjust.xlsx", [("调整", [["对口支援关系调整表（2024—2025年）（合成数据）"],
        ["序号", "受援医院", "原支援医院", "调整后支援医院", "调整日期"],
        [1, "柳渡县中医院", "青萝市中医院", "青萝市第三人民医院", "2024年7月1日"]])])
    book(tmp_path / "raw" / "x.xlsx", [("Sheet1", [["说明"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY,
           pairings=[str(tmp_path / "ref" / "team.xlsx"), str(tmp_path / "ref" / "adjust.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute("SELECT s.name, r.name, start_date, end_date FROM pairings p JOIN hospitals s ON s.hospital_id = "
                      "p.support_hospital_id JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id ORDER BY 2, 3, 1").fetchall()
    d = dt.date
    assert got == [("青萝市中医院", "柳渡县中医院", d(2024, 1, 1), d(2024, 6, 30)),
                   ("青萝市第三人民医院", "柳渡县中医院", d(2024, 7, 1), d(2025, 12, 31)),
                   ("青萝市中心医院", "柳渡县人民医院", d(2024, 1, 1), d(2025, 12, 31)),
                   ("青萝市第一人民医院", "柳渡县人民医院", d(2024, 1, 1), d(2025, 12, 31)),
                   ("青萝市第二人民医院", "柳渡县人民医院", d(2024, 1, 1), d(2025, 12, 31))]
    # 综合 / 中医 as the contract writes them (the rules' TCM views compare category = '中医医院')
    assert con.execute("SELECT name, category FROM hospitals WHERE category IS NOT NULL ORDER BY 1").fetchall() == \
        [("柳渡县中医院", "中医医院"), ("柳渡县人民医院", "综合医院")]


def test_a_sender_named_but_unknown_is_not_replaced_by_the_recipients_pairing(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市中心医院帮扶活动登记2024.xlsx": [("活动", [
        ["青萝市中心医院对口帮扶活动登记（合成数据）"], ["填报单位：青萝市中心医院"],
        ["日期", "受援单位", "活动类型", "主题", "参加人数"],
        ["2024-03-05", "柳渡县人民医院", "学术讲座", "高血压规范管理", 40]])]})
    assert con.execute("SELECT count(*) FROM activities").fetchone() == (0,)
    assert con.execute("SELECT reason_code, hospital_name FROM quarantine").fetchall() == [("UNRESOLVED_HOSPITAL", "青萝市中心医院")]


def test_a_sheet_named_for_its_month_under_a_half_year_title_and_a_department_after_a_name(tmp_path):
    sheets = [(f"{m}月", [[f"柳渡县人民医院2024年上半年派驻人员月考核（{m}月）（合成数据）"], ["姓名", "身份证号", "科室", "月考核得分"],
                         ["甲", ID_A, "内科", 90 + m], ["卢青禾（针灸科）" if m == 1 else "卢青禾", None, "针灸科", 80 + m]]) for m in (1, 2)]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院派驻人员月考核上半年.xlsx": sheets})
    assert con.execute("SELECT month, count(*) FROM staff_monthly_assessments GROUP BY 1 ORDER BY 1").fetchall() == [(1, 2), (2, 2)]
    # 卢青禾（针灸科） and 卢青禾 are one person (the department is no part of the name)
    assert con.execute("SELECT count(DISTINCT person_id) FROM staff_monthly_assessments").fetchone() == (2,)


# The read-only review of the round's changes (REV13): each a file of its own that the first versions got wrong.

def _pairs_only(tmp_path, rows):
    book(tmp_path / "ref" / "pairs.xlsx", [("Sheet1", rows)])
    book(tmp_path / "raw" / "x.xlsx", [("Sheet1", [["说明"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "ref" / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def test_a_countys_own_members_beside_a_support_column_are_no_supporters(tmp_path):
    con = _pairs_only(tmp_path, [["县域医共体对口支援关系表（合成数据）"], ["序号", "支援医院", "受援医院", "所在县", "成员单位", "起始日期"],
                                 [1, "青萝市第一人民医院", "柳渡县人民医院", "柳渡县", "柳渡县城关镇卫生院、柳渡县石桥镇中心卫生院", "2024-01-01"]])
    assert con.execute("SELECT count(*) FROM pairings").fetchone() == (1,)


def test_an_adjustment_that_changes_nothing_or_gives_no_date(tmp_path):
    con = _pairs_only(tmp_path, [["2024—2025年对口支援关系调整表（合成数据）"], ["序号", "受援医院", "原支援医院", "调整后支援医院", "调整日期"],
                                 [1, "柳渡县人民医院", "青萝市第一人民医院", "不变", "2024-07-01"],
                                 [2, "柳渡县中医院", "青萝市中医院", "同上", "2024-07-01"],
                                 [3, "柳渡县妇幼保健院", "青萝市妇幼保健院", "青萝市第二人民医院", None]])
    assert con.execute("SELECT count(*) FROM hospitals WHERE name IN ('不变', '同上')").fetchone() == (0,)
    assert con.execute("SELECT count(*), count(end_date) FROM pairings").fetchone() == (2, 2)  # both to 2025-12-31
    assert con.execute("SELECT source_row, reason_code FROM quarantine").fetchall() == [(5, "MISSING_VALUE")]


def test_last_years_bracketed_column_never_outranks_this_years(tmp_path):
    con = _ingest_county(tmp_path, [["柳渡县县域住院流向（合成数据）"],
                                    ["县（市、区）", "年度", "住院总人次", "县域外住院人次", "常住居民住院总人次（上年）", "县域外住院人次（上年）"],
                                    ["柳渡县", 2024, 12000, 1200, 11000, 1500]])
    assert con.execute("SELECT resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats"
                       ).fetchall() == [(12000, 1200)]


def test_namesakes_told_apart_by_their_brackets_stay_two_people(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE,
        ["序号", "姓名", "受援医院", "派驻科室", "起始日期", "结束日期"],
        [1, "张伟（内科）", "柳渡县人民医院", "内科", "2024-03-01", "2024-08-31"],
        [2, "张伟（外科）", "柳渡县人民医院", "外科", "2024-03-01", "2024-08-31"],
        [3, "韩立（第一组）", "柳渡县人民医院", None, "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT count(DISTINCT person_id), count(*) FROM deployments").fetchone() == (3, 3)
    assert con.execute("SELECT count(*) FROM deployments WHERE department = '第一组'").fetchone() == (0,)


def test_each_persons_own_start_with_one_end_written_is_no_team_period(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE,
        ["序号", "姓名", "身份证号", "受援医院", "起始日期", "结束日期"],
        [1, "甲", ID_A, "柳渡县人民医院", "2024-01-05", "2024-02-28"],
        [2, "乙", ID_B, "柳渡县人民医院", "2024-03-01", None],
        [3, "丙", None, "柳渡县人民医院", "2024-05-10", None]])]})
    assert con.execute("SELECT start_date, end_date FROM deployments ORDER BY 1").fetchall() == [
        (dt.date(2024, 1, 5), dt.date(2024, 2, 28)), (dt.date(2024, 3, 1), None), (dt.date(2024, 5, 10), None)]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'PERIOD_WRITTEN_ONCE'").fetchone() == (0,)


def test_a_month_sheet_under_a_two_year_title_gets_no_year_from_it(tmp_path):
    sheet = [["青萝市第一人民医院2024—2025年度派驻人员月度考核（合成数据）"], ["序号", "姓名", "身份证号", "受援医院", "考核得分"],
             [1, "甲", ID_A, "柳渡县人民医院", 95]]
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员月度考核.xlsx": [("12月", sheet)]})
    # 2024-12 or 2025-12: not to be guessed — held for the month
    assert con.execute("SELECT count(*) FROM staff_monthly_assessments").fetchone() == (0,)
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("MISSING_VALUE",)]


def test_a_countys_months_with_a_whole_year_line(tmp_path):
    rows = [["柳渡县2024年县域住院流向（合成数据）"], ["县", "年份", "月份", "住院总人次", "县域外住院人次"]]
    rows += [["柳渡县", 2024, f"{m}月", 1000, 100] for m in range(1, 13)] + [["柳渡县", 2024, "全年", 12000, 1200]]
    con = _ingest_county(tmp_path, rows)
    assert con.execute("SELECT year, resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats"
                       ).fetchall() == [(2024, 12000, 1200)]
    assert con.execute("SELECT source_row FROM nondata_rows WHERE kind = 'total'").fetchall() == [(15,)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_a_scan_converted_to_a_spreadsheet(tmp_path):
    # a header cut over two rows, a scan's letters among digits, a word broken into the blank column beside it (a
    # converter's layout: a blank column after each real one), a name the scan could not read, the print's footer
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员（PDF转Excel）.xlsx": [("Sheet1", [TITLE,
        ["序号", None, "姓名", None, "身份证号", None, "科室", None, "受援医院", "派驻开", "派驻结"],
        [None, None, None, None, None, None, None, None, None, "始日期", "束日期"],
        [1, None, "甲", None, ID_A, None, "心血管", "内科", "柳渡县人民医院", "2024.O3.01", "2024-08-3l"],
        [2, None, "□□□", None, None, None, "儿科", None, "柳渡县人民医院", "2024.03.01", "2024.08.31"],
        ["打印日期：2025/1/10 14:03", None, None, None, None, None, None, None, "第1页 共1页"]])]})
    assert con.execute("SELECT department, start_date, end_date FROM deployments").fetchall() == [
        ("心血管内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31))]
    assert con.execute("SELECT field, code FROM findings ORDER BY 1").fetchall() == [("end_date", "OCR_DIGITS"), ("start_date", "OCR_DIGITS")]
    assert con.execute("SELECT source_row, reason_code FROM quarantine").fetchall() == [(5, "MISSING_VALUE")]
    assert con.execute("SELECT source_row, kind FROM nondata_rows WHERE source_row > 3 ORDER BY 1").fetchall() == [(6, "note")]  # the print's own line


def test_a_column_without_its_header_is_its_own(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx": [("派驻", [TITLE,
        ["序号", "姓名", None, "受援医院", "科室", "起始日期", "结束日期"],
        [1, "张伟", "男性", "柳渡县人民医院", "内科", "2024-03-01", "2024-08-31"]])]})
    # 男性 is no part of the name (a 性别 column without its header), the person's id is from 张伟
    from pipelines.privacy.person_id import PersonIds
    assert con.execute("SELECT person_id, department FROM deployments").fetchall() == [
        (PersonIds(KEY).from_name("张伟", con.execute("SELECT support_hospital_id FROM deployments").fetchone()[0]), "内科")]


def test_a_scans_counts():
    from pipelines.ingest.parse_values import parse_scanned, parse_value
    assert [parse_scanned("int", v) for v in ("l295O", "88S", "S61", "1,O52", "O", "l")] == [12950, 885, 561, 1052, 0, 1]
    assert parse_scanned("money", "3,OOO") == 3000
    assert parse_scanned("text", "O") is None  # only number and date fields read a scan's letters as digits
    assert parse_scanned("int", "9B20") is None  # B (8) is not guessed
    assert parse_scanned("int", "1200|") is None and parse_scanned("date", "2024.3.1|") is None  # | is a table's border
    with pytest.raises(ValueError):
        parse_value("int", "l295O")  # read so only where the finding is recorded (build_rows: OCR_DIGITS)


def test_the_hospital_trainees_went_to_is_not_their_own(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院外出进修人员.xlsx": [("Sheet1", [
        ["填报单位：柳渡县人民医院（合成数据）"], ["2024年赴青萝市第一人民医院进修人员登记"],
        ["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期"],
        ["甲", ID_A, "内分泌科", "青萝市第一人民医院", "2024-03-04", "2024-08-31"]])]})
    assert con.execute("SELECT r.name FROM trainees t JOIN hospitals r ON r.hospital_id = t.recipient_hospital_id"
                       ).fetchall() == [("柳渡县人民医院",)]


# The second read-only review (REV14)

def test_a_lecturers_hospital_names_the_support_only_among_the_recipients_supporters(tmp_path):
    pairs = [*PAIRS, [3, "青萝市中心医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    head = ["日期", "活动类型", "主题", "授课专家", "参加人数"]
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院接受帮扶活动2024.xlsx", [("Sheet1", [
        ["柳渡县人民医院接受对口帮扶活动记录（合成数据）"], head,
        ["2024-03-05", "学术讲座", "高血压", "青萝市中心医院 王某", 30],       # one of its two supporters
        ["2024-04-05", "学术讲座", "院感防控", "柳渡县人民医院 赵某", 25],     # its own doctor: says nothing
        ["2024-05-05", "学术讲座", "肿瘤", "澄州省肿瘤医院 李某", 40]])])      # an invited outsider: nor does this
    book(tmp_path / "raw" / "SYNTHETIC_青萝市第一人民医院帮扶活动登记2024.xlsx", [("Sheet1", [
        ["青萝市第一人民医院对口帮扶活动登记（合成数据）"], ["填报单位：青萝市第一人民医院"], ["日期", "受援单位", *head[1:]],
        ["2024-06-05", "柳渡县人民医院", "学术讲座", "肿瘤规范化治疗", "澄州省肿瘤医院 李某", 40]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute("SELECT topic, s.name FROM activities a LEFT JOIN hospitals s ON s.hospital_id = a.support_hospital_id "
                      "ORDER BY activity_date").fetchall()
    assert got == [("高血压", "青萝市中心医院"), ("院感防控", None), ("肿瘤", None), ("肿瘤规范化治疗", "青萝市第一人民医院")]


def test_a_quarter_row_without_its_quarter_is_held_not_taken_for_the_total(tmp_path):
    head = ["柳渡县2024年县域住院流向（合成数据）"], ["县别", "季度", "县域内住院人次", "县域外转人次"]
    con = _ingest_county(tmp_path, [*head, ["柳渡", "第一季度", 900, 100], ["柳渡", "第二季度", 950, 50],
                                    ["柳渡", "第三季度", 1000, 100], ["柳渡", None, 1100, 120]])
    assert con.execute("SELECT source_row, reason_code FROM quarantine ORDER BY 1").fetchall() == [
        (3, "PART_OF_YEAR"), (4, "PART_OF_YEAR"), (5, "PART_OF_YEAR"), (6, "MISSING_VALUE")]


def test_a_scans_letters_are_read_only_where_the_finding_is_kept(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年月度业务统计.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年月度业务统计（合成数据）"], ["指标", "1月", "2月", "3月"],
        ["门急诊人次", 1200, "l3OO", 1100], ["出院人数", 80, "9O", 85], ["手术台次", 20, 21, 22]])]})
    # months as columns: read as before (the value empty, with its finding), never a silent conversion
    assert con.execute("SELECT outpatient_visits, discharges FROM hospital_monthly_stats WHERE month = 2").fetchall() == [(None, None)]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'UNPARSEABLE_OPTIONAL'").fetchone() == (2,)


def test_a_hospitals_month_by_department_is_its_total_row(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年3月分科室业务量.xlsx": [("分科室", [
        ["柳渡县人民医院2024年3月分科室业务量统计（合成数据）"], ["科室", "门急诊人次", "出院人数", "手术台次", "外转人次"],
        ["内科", 5590, 579, 21, 16], ["外科", 3646, 367, 173, 14], ["全院合计", 9236, 946, 194, 30],
        ["柳渡县卫生健康局 2024年4月5日"]])]})
    assert con.execute("SELECT month, outpatient_visits, discharges, surgeries, referrals_out FROM hospital_monthly_stats"
                       ).fetchall() == [(3, 9236, 946, 194, 30)]
    assert con.execute("SELECT source_row, kind FROM nondata_rows WHERE kind IN ('part', 'note') ORDER BY 1").fetchall() == [
        (3, "part"), (4, "part"), (6, "note")]  # the issuing office and its date: the sign-off, no hospital


def test_a_total_under_a_measure_and_a_platforms_pinyin_headers(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量2024年1-2月.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年1-2月业务量（合成数据）"], ["月份", "门急诊人次", "外转人次", None, None],
        [None, None, "合计", "其中：转省级", "其中：转市级"], ["2024年1月", 12862, 40, 10, 28]])],
        "SYNTHETIC_统计平台导出_2024Q2.xlsx": [("Sheet1", [
        ["jigou_mingcheng", "tongji_nianyue", "menjizhen_renci", "chuyuan_renshu", "waizhuan_renci"],
        ["柳渡县中医医院", "2024-04", 6246, 580, 19]])]})
    assert con.execute("SELECT month, outpatient_visits, discharges, referrals_out FROM hospital_monthly_stats ORDER BY month"
                       ).fetchall() == [(1, 12862, None, 40), (4, 6246, 580, 19)]


def test_a_rename_next_year_before_the_new_lists_name_it(tmp_path):
    # 2024: the pairing list names 柳渡县人民医院; 2025: a code list and a renewed pairing list name it 柳渡县总医院,
    # and the notice says so — one hospital (its id and 2024 rows kept), never a second one for the new name
    old_list = [["对口支援关系表（2022—2024年）（合成数据）"], ["序号", "支援医院", "受援医院", "所在县"],
                [1, "青萝市第一人民医院", "柳渡县人民医院", "柳渡县"]]
    book(tmp_path / "ref24" / "pairs.xlsx", [("Sheet1", old_list)])
    book(tmp_path / "raw" / "SYNTHETIC_青萝市第一人民医院派驻人员2024.xlsx", [("派驻", [TITLE,
        ["姓名", "身份证号", "受援医院", "起始日期", "结束日期"], ["甲", ID_A, "柳渡县人民医院", "2024-03-01", "2024-08-31"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "ref24" / "pairs.xlsx")])
    with duckdb.connect(str(path), read_only=True) as con:
        hid = con.execute("SELECT hospital_id FROM hospitals WHERE name = '柳渡县人民医院'").fetchone()[0]
    book(tmp_path / "ref25" / "pairs.xlsx", [("Sheet1", [["对口支援关系表（2025—2027年）（合成数据）"],
        ["序号", "支援医院", "受援医院", "所在县"], [1, "青萝市第一人民医院", "柳渡县总医院", "柳渡县"]])])
    book(tmp_path / "ref25" / "codes.xlsx", [("Sheet1", [["医疗机构代码（合成数据）"], ["机构代码", "机构名称", "所在县"],
        ["990101001", "柳渡县总医院", "柳渡县"], ["990100001", "青萝市第一人民医院", None]])])
    book(tmp_path / "ref25" / "notice.xlsx", [("名称变更", [["医院名称变更情况表（合成数据）"],
        ["序号", "原名称", "现名称", "变更日期", "变更类型"], [1, "柳渡县人民医院", "柳渡县总医院", "2025-01-01", "更名"]])])
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "ref25" / "pairs.xlsx")],
           registries=[str(tmp_path / "ref25" / "codes.xlsx"), str(tmp_path / "ref25" / "notice.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM hospitals WHERE name LIKE '柳渡县%'").fetchone() == (1,)
    assert con.execute("SELECT hospital_id, name FROM hospitals WHERE name LIKE '柳渡县%'").fetchall() == [(hid, "柳渡县总医院")]
    assert con.execute("SELECT DISTINCT recipient_hospital_id FROM deployments").fetchall() == [(hid,)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
