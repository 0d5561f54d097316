"""The cases a read-only review of the intake changes found (each first confirmed on a file of the
reviewer's own; hand-made files, hand-written expectations): a short name never picks another
township's centre or the other side of a pairing, an English technique is no total, a trainee's
corrected start date replaces the row, two departments' identical lectures are held, an ended
pairing gives no support hospital, and 同左 over a blank is not read."""

import duckdb
import openpyxl
import pytest

from pipelines.ingest.locate_table import _lead_tests
from pipelines.ingest.run import ingest
from intake_workbooks import book, set_error_cells

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "柳渡县人民医院", "柳渡县石桥镇卫生院", "2024-01-01", "2026-12-31"],
         [2, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"]]




def _ingest(tmp_path, files, pairs=PAIRS, db="t.duckdb"):
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    for name, sheets in files.items():
        book(tmp_path / "raw" / name, sheets)
    path = tmp_path / db
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def _names(con, table, col):
    return [n for (n,) in con.execute(f"""SELECT h.name FROM {table} t LEFT JOIN hospitals h ON h.hospital_id = t.{col}
                                         ORDER BY t.source_row""").fetchall()]


def test_a_short_name_never_picks_another_townships_centre(tmp_path):
    hdr = ["姓名", "职称", "派驻单位", "派驻科室", "派驻起始日期", "派驻结束日期"]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院_派驻人员.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年派驻人员（合成数据）"], hdr,
        ["王一", "主治医师", "柳渡镇卫生院", "内科", "2024-03-01", "2024-08-31"],       # not registered: held
        ["李二", "主治医师", "柳渡县石桥镇卫生院", "外科", "2024-03-01", "2024-08-31"]])]})
    assert _names(con, "deployments", "recipient_hospital_id") == ["柳渡县石桥镇卫生院"]
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("UNRESOLVED_HOSPITAL",)]


def test_a_sheet_named_after_the_host_never_becomes_the_trainees_sending_hospital(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县石桥镇卫生院_进修人员.xlsx": [("柳渡人医", [
        ["柳渡县石桥镇卫生院2024年外出进修人员登记表（合成数据）"], ["序号", "姓名", "职称", "进修专业", "进修起始日期", "进修结束日期"],
        [1, "赵小刚", "医师", "心内科", "2024-03-01", "2024-08-31"]])]})
    got = con.execute("""SELECT r.name, h.name FROM trainees t JOIN hospitals r ON r.hospital_id = t.recipient_hospital_id
                         JOIN hospitals h ON h.hospital_id = t.host_hospital_id""").fetchall()
    assert got in ([], [("柳渡县石桥镇卫生院", "柳渡县人民医院")])  # held, or read the right way round — never reversed


@pytest.mark.parametrize("text,total", [("Total knee arthroplasty", False), ("Subtotal gastrectomy", False), ("Total", True),
                                        ("Subtotal: 3", True), ("Total / 合计：3", True), ("合计", True)])
def test_english_totals_only_as_the_whole_text(text, total):
    assert _lead_tests(text)[2] is total


def test_a_trainees_corrected_start_date_replaces_the_row(tmp_path):
    def sheet(start):
        return {"SYNTHETIC_柳渡县石桥镇卫生院_进修人员.xlsx": [("Sheet1", [
            ["柳渡县石桥镇卫生院2024年外出进修人员登记表（合成数据）"], ["序号", "姓名", "进修医院", "进修专业", "进修起始日期", "进修结束日期"],
            [1, "赵小刚", "柳渡县人民医院", "内科", start, "2024-08-31"]])]}
    _ingest(tmp_path, sheet("2024-03-01")).close()
    con = _ingest(tmp_path, sheet("2024-03-04"))
    assert con.execute("SELECT start_date::VARCHAR FROM trainees").fetchall() == [("2024-03-04",)]


def test_identical_lectures_on_two_departments_sheets_are_held_not_merged(tmp_path):
    hdr = ["序号", "活动日期", "活动类型", "活动主题", "参加人数"]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县石桥镇卫生院_帮扶活动.xlsx": [
        ("内科", [["柳渡县石桥镇卫生院2024年帮扶活动登记表（内科）（合成数据）"], hdr,
                 [1, "2024-03-05", "学术讲座", "院感防控培训", 20], [2, "2024-03-12", "教学查房", "高血压查房", 8]]),
        ("外科", [["柳渡县石桥镇卫生院2024年帮扶活动登记表（外科）（合成数据）"], hdr,
                 [1, "2024-03-05", "学术讲座", "院感防控培训", 20], [2, "2024-03-19", "手术示教", "清创缝合", 6]])]})
    assert con.execute("SELECT count(*) FROM activities").fetchone()[0] == 3
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("DUPLICATE_ROW",)]


def test_an_ended_pairing_gives_an_activity_no_support_hospital(tmp_path):
    pairs = [PAIRS[0], PAIRS[1], [1, "柳渡县人民医院", "柳渡县石桥镇卫生院", "2016-01-01", "2020-12-31"]]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县石桥镇卫生院_帮扶活动.xlsx": [("Sheet1", [
        ["柳渡县石桥镇卫生院2024年帮扶活动登记表（合成数据）"], ["序号", "活动日期", "活动类型", "活动主题", "参加人数"],
        [1, "2024-05-10", "学术讲座", "慢病管理", 40], [2, "2019-05-10", "学术讲座", "慢病管理", 35]])]}, pairs=pairs)
    assert _names(con, "activities", "support_hospital_id") == [None, "柳渡县人民医院"]


def test_ditto_left_over_a_blank_cell_is_not_read(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县石桥镇卫生院_月报.xlsx": [("Sheet1", [
        ["柳渡县石桥镇卫生院2024年业务运行月报（合成数据）"], ["月份", "门急诊人次", "出院人数", "手术台次"],
        [1, 1500, 40, 12], [2, 1200, None, "同左"], [3, 1300, 35, 10]])]})
    surgeries = dict(con.execute("SELECT month, surgeries FROM hospital_monthly_stats").fetchall())
    assert surgeries[1] == 12 and surgeries[3] == 10 and surgeries.get(2) is None  # never 1200 (the visits)


# The second read-only review (realworld37–52's changes): each case confirmed on the reviewer's own file.

def test_a_provincial_list_never_gives_its_recipients_the_county_of_its_file_name(tmp_path):
    listing = tmp_path / "附件1_柳渡县等三县城乡医院对口支援关系表_SYNTHETIC.xlsx"
    book(listing, [("Sheet1", [["城乡医院对口支援关系表（合成数据）"], ["序号", "受援医院", "支援医院", "起始日期"],
                             [1, "柳渡县人民医院", "青萝市第一人民医院", "2024-01-01"],
                             [2, "青禾县人民医院", "青萝市第一人民医院", "2024-01-01"]])])
    ingest([str(listing)], tmp_path / "t.duckdb", show_progress=False, key=KEY, pairings=[str(listing)])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    # each recipient's county is the one its own name says (realworld107), never the file name's first county
    assert con.execute("SELECT name, county FROM hospitals WHERE name LIKE '%县%' ORDER BY name").fetchall() == [
        ("柳渡县人民医院", "柳渡县"), ("青禾县人民医院", "青禾县")]


def test_an_undated_correction_older_than_a_dated_list_does_not_override_it(tmp_path):
    import os

    hdr = ["序号", "姓名", "派驻单位", "派驻科室", "派驻起始日期", "派驻结束日期"]
    title = ["青萝市第一人民医院派驻柳渡县人民医院人员名册（合成数据）"]
    _ingest(tmp_path, {}).close()  # the pairing list
    book(tmp_path / "raw" / "SYNTHETIC_名册（更正）.xlsx", [("Sheet1", [title, hdr, [1, "林一舟", "柳渡县人民医院", "内科", "2024-03-01", "2024-06-30"]])])
    book(tmp_path / "raw" / "SYNTHETIC_名册2024年7月.xlsx", [("Sheet1", [title, hdr, [1, "林一舟", "柳渡县人民医院", "内科", "2024-03-01", "2024-12-31"],
                                                                     ["填报日期：2024年7月5日"]])])
    os.utime(tmp_path / "raw" / "SYNTHETIC_名册（更正）.xlsx", (1712707200, 1712707200))  # 2024-04-10: before the dated list
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY)
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    assert con.execute("SELECT end_date::VARCHAR FROM deployments").fetchall() == [("2024-12-31",)]


def test_januarys_figures_one_to_four_are_data_not_column_numbers(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年转诊统计.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年转诊统计（合成数据）"], ["月份", "外转人次", "上转接收人次", "下转接收人次"],
        [1, 2, 3, 4], [2, 5, 1, 3]])]})
    assert con.execute("SELECT month, referrals_out FROM hospital_monthly_stats ORDER BY month").fetchall() == [(1, 2), (2, 5)]


def test_a_total_beside_the_months_leaves_the_months_read(tmp_path):
    path = tmp_path / "raw" / "SYNTHETIC_柳渡县2024年第一季度业务量.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in (["柳渡县2024年第一季度医院业务量（合成数据）"], ["单位", "门急诊人次", None, None, None],
              [None, "1月", "2月", "3月", "合计"], ["柳渡县人民医院", 100, 110, 120, 330]):
        ws.append(r)
    ws.merge_cells("B2:E2")
    ws.merge_cells("A2:A3")
    path.parent.mkdir(parents=True)
    wb.save(path)
    con = _ingest(tmp_path, {})
    assert con.execute("SELECT month, outpatient_visits FROM hospital_monthly_stats ORDER BY month").fetchall() == [
        (1, 100), (2, 110), (3, 120)]


def test_a_bare_unit_column_gives_way_to_one_that_says_where(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员名册.xlsx": [("Sheet1", [
        ["青萝市第一人民医院2024年派驻人员名册（合成数据）"], ["序号", "姓名", "单位", "科室", "派驻地点", "起始日期", "结束日期"],
        [1, "甲", "青萝市第一人民医院", "内科", "柳渡县人民医院", "2024-03-01", "2024-08-31"]])]})
    assert _names(con, "deployments", "recipient_hospital_id") == ["柳渡县人民医院"]


def test_a_bracket_after_a_post_is_no_hospital_column(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员名册.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻柳渡县人民医院人员名册（合成数据）"], ["序号", "姓名", "科室", "职务（派出单位）", "起始日期", "结束日期"],
        [1, "甲", "内科", "科主任", "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT position_at_recipient FROM deployments").fetchall() == [("科主任",)]


def test_an_unreadable_inside_count_does_not_hold_a_row_that_has_its_total(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_县域住院情况.xlsx": [("Sheet1", [
        ["2024年县域住院情况（合成数据）"], ["县（市、区）", "行政区划代码", "年度", "常住居民住院总人次", "县域内住院人次", "县域外住院人次"],
        ["柳渡县", "999101", 2024, 10000, "约9000", 1000]])]})
    assert con.execute("SELECT resident_admissions, resident_admissions_outside_county FROM county_inpatient_stats").fetchall() == [
        (10000, 1000)]


@pytest.mark.parametrize("text", ["2024年1月-12月", "2024.1-2024.12", "2024年1-12月", "2024-01至2024-12", "2024年全年"])
def test_a_whole_year_written_as_a_period(text):
    from pipelines.ingest.parse_values import parse_value

    assert parse_value("year", text) == 2024


def test_a_template_row_of_lookup_errors_is_an_empty_row(tmp_path):
    path = tmp_path / "raw" / "SYNTHETIC_派驻人员名册.xlsx"
    book(path, [("Sheet1", [["青萝市第一人民医院派驻柳渡县人民医院人员名册（合成数据）"], ["序号", "姓名", "科室", "职称", "起始日期", "结束日期"],
                             [None, "甲", "内科", "主治医师", "2024-03-01", "2024-08-31"], [None, None, "x", "x", None, None]])])
    set_error_cells(path, {"C4": "#N/A", "D4": "#N/A"})
    con = _ingest(tmp_path, {})
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_a_real_swap_beside_a_bare_unit_column_is_a_finding(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员名册.xlsx": [("Sheet1", [
        ["2024年派驻人员名册（合成数据）"], ["序号", "姓名", "派出单位", "单位", "科室", "起始日期", "结束日期"],
        [1, "甲", "柳渡县人民医院", "青萝市第一人民医院", "内科", "2024-03-01", "2024-08-31"]])]})
    assert _names(con, "deployments", "recipient_hospital_id") == ["柳渡县人民医院"]
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'SWAPPED_HOSPITALS'").fetchone()[0] == 1


# The third read-only review (realworld45–58's changes).

def test_a_topic_that_starts_with_a_whole_year_is_no_total(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院带教培训活动记录.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年带教培训活动记录（合成数据）"], ["序号", "活动主题", "活动日期", "活动类型", "参加人数"],
        [1, "全年院感防控知识培训（第二期）", "2024-04-10", "学术讲座", 35], [2, "糖尿病规范化诊疗", "2024-04-17", "学术讲座", 28]])]})
    assert con.execute("SELECT count(*) FROM activities").fetchone()[0] == 2


def test_a_roster_header_with_headings_the_catalogue_does_not_know_is_a_header(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员名单.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻人员名单（合成数据）"], ["姓名", "民族", "受援医院", "政治面貌", "职称", "毕业院校", "起始日期", "学历"],
        ["柯远舟", "汉族", "柳渡县人民医院", "群众", "主治医师", "青萝医学院", "2024-01-02", "本科"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1


def test_a_hosts_list_of_trainees_sent_to_it_keeps_its_host(tmp_path):
    pairs = [*PAIRS, [3, "柳渡县中医医院", "柳渡县石桥镇卫生院", "2024-01-01", "2026-12-31"]]
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院2024年接收基层选派进修人员名单.xlsx": [("Sheet1", [
        ["青萝市第一人民医院2024年接收基层选派进修人员名单（合成数据）"], ["序号", "姓名", "选派单位", "进修科室", "起止时间"],
        [1, "甲", "柳渡县石桥镇卫生院", "内科", "2024.03-2024.08"]])]}, pairs=pairs)
    assert _names(con, "trainees", "host_hospital_id") == ["青萝市第一人民医院"]


def test_a_remark_naming_a_department_hands_nothing_over(tmp_path):
    pairs = [PAIRS[0], [*PAIRS[1], "备注"], [*PAIRS[2], "2025年3月起由医务科负责日常对接"]]
    con = _ingest(tmp_path, {}, pairs=pairs)
    assert con.execute("SELECT count(*) FROM hospitals WHERE name LIKE '%医务科%'").fetchone()[0] == 0
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM pairings").fetchall() == [("2024-01-01", "2026-12-31")]


@pytest.mark.parametrize("note,dates", [("每周一次，共4次", ["2024-04-01"]), ("每周二、四下午坐诊", ["2024-04-02", "2024-04-04", "2024-04-09", "2024-04-11"])])
def test_weekly_notes(tmp_path, note, dates):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院带教培训活动记录.xlsx": [("Sheet1", [
        ["柳渡县人民医院2024年带教培训活动记录（合成数据）"], ["序号", "活动日期", "活动类型", "活动主题", "备注"],
        [1, "2024年4月1日-4月14日" if "二" in note else "2024年4月1日-4月30日", "学术讲座", "高血压规范化管理", note]])]})
    assert [d for (d,) in con.execute("SELECT activity_date::VARCHAR FROM activities ORDER BY 1").fetchall()] == dates


def test_a_headcount_of_two_recipients_together_is_not_copied_to_each(tmp_path):
    pairs = [*PAIRS, [3, "青萝市第一人民医院", "柳渡县中医医院", "2024-01-01", "2026-12-31"]]
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院带教培训活动记录.xlsx": [("Sheet1", [
        ["青萝市第一人民医院2024年带教培训活动记录（合成数据）"], ["序号", "受援单位", "活动日期", "活动类型", "活动主题", "参加人数"],
        [1, "柳渡县人民医院、柳渡县中医医院", "2024-05-08", "学术讲座", "院感防控", 60]])]}, pairs=pairs)
    assert con.execute("SELECT participants FROM activities").fetchall() == [(None,), (None,)]
    assert con.execute("SELECT DISTINCT code FROM findings").fetchall() == [("SHARED_COUNT",)]


def test_a_blank_county_is_not_filled_over_a_name_that_says_its_own(tmp_path):
    pairs = [["对口支援关系表（合成数据）"], ["序号", "受援医院", "所在县", "支援医院", "起始日期"],
             [1, "石岭县人民医院", "石岭县", "青萝市第一人民医院", "2024-01-01"],
             [2, "柳渡县中医医院", None, "青萝市第一人民医院", "2024-01-01"]]
    con = _ingest(tmp_path, {}, pairs=pairs)
    # never the row above's 石岭县: the county its own name says (realworld107)
    assert con.execute("SELECT county FROM hospitals WHERE name = '柳渡县中医医院'").fetchall() == [("柳渡县",)]


@pytest.mark.parametrize("text,want", [("ICU 病房", "ICU 病房"), ("CT 室", "CT 室"), ("0301 心血管内科", "心血管内科")])
def test_only_a_number_in_front_of_a_department_is_a_code(text, want):
    from pipelines.ingest.parse_values import parse_value

    assert parse_value("department", text) == want


@pytest.mark.parametrize("kind,basis", [("1", "id_number"), ("身分证", "id_number"), ("护照", "name")])
def test_only_another_document_type_sets_an_id_number_aside(tmp_path, kind, basis):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻柳渡县人民医院人员（合成数据）"], ["序号", "姓名", "证件类型", "证件号码", "科室", "起始日期", "结束日期"],
        [1, "甲", kind, "990101198001010016" if kind != "护照" else "E12345678", "内科", "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT person_id_basis FROM deployments").fetchall() == [(basis,)]


def test_a_hosts_list_with_a_bare_unit_column_keeps_the_unit_as_the_sender(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院2024年接收进修人员名单.xlsx": [("Sheet1", [
        ["青萝市第一人民医院2024年接收进修人员名单（合成数据）"], ["序号", "姓名", "单位", "进修科室", "起止时间"],
        [1, "甲", "柳渡县人民医院", "内科", "2024.03-2024.08"]])]})
    assert _names(con, "trainees", "recipient_hospital_id") == ["柳渡县人民医院"]
    assert _names(con, "trainees", "host_hospital_id") == ["青萝市第一人民医院"]


def test_a_column_about_a_stamp_does_not_unmake_the_header(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员名单.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻人员名单（合成数据）"], ["序号", "姓名", "受援医院", "科室", "起始日期", "结束日期", "受援医院意见（盖章）"],
        [1, "甲", "柳渡县人民医院", "内科", "2024-03-01", "2024-08-31", "同意"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1


def test_a_column_number_row_with_an_empty_serial_cell_is_a_header_line(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_派驻人员名单.xlsx": [("Sheet1", [
        ["青萝市第一人民医院派驻人员名单（合成数据）"], ["序号", "姓名", "受援医院", "科室", "职称", "起始日期", "结束日期"],
        [None, 1, 2, 3, 4, 5, 6], [1, "甲", "柳渡县人民医院", "内科", "主治医师", "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
