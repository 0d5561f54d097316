"""Cases the twenty-second round of outsider corpora (realworld122: cumulative ledgers of a cycle; realworld123:
forms of an ethnic autonomous prefecture; realworld124: forms laid out for printing) found, each on a small
hand-made file with hand-written expectations."""

import duckdb

from intake_workbooks import book
from pipelines.ingest.run import ingest

KEY = b"k" * 32
SUP, REC = "青萝市第一人民医院", "柳渡县人民医院"
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, SUP, REC, "2022-01-01", "2025-12-31"]]


def _valid(stem: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return stem + "10X98765432"[sum(int(c) * w for c, w in zip(stem, weights)) % 11]


IDS = [_valid(f"990101198002{k:02d}001") for k in range(1, 5)]


def _ingest(tmp_path, files: dict):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if isinstance(content, str):
            (tmp_path / "raw" / name).write_text(content, encoding="utf-8-sig")
        else:
            book(tmp_path / "raw" / name, content)
    path = tmp_path / "t.duckdb"
    report = ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    assert not report.failed, [f.error for f in report.failed]
    return duckdb.connect(str(path), read_only=True)


def test_a_line_counting_the_years_rows_is_a_total_not_a_held_row(tmp_path):
    # realworld122: each year's sheet of a roster ends 本年度派驻N人 in its first cell
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员（分年度）.xlsx": [("2023年", [
        [f"{SUP}派驻{REC}人员名单（2023年度）（合成数据 SYNTHETIC）"],
        ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始时间", "派驻结束时间"],
        [1, "覃半夏", IDS[0], "内科", "主治医师", "2023-04-10", "2023-10-09"],
        [2, "褚连翘", IDS[1], "外科", "副主任医师", "2023-09-04", "2024-03-03"],
        ["本年度派驻2人"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
    assert con.execute("SELECT kind FROM nondata_rows WHERE source_row = 5").fetchall() == [("total",)]


def test_months_printed_in_two_blocks_are_read_under_each_blocks_header(tmp_path):
    # realworld124: a landscape form printed 1月…6月, then 指标 | 7月…12月 under it
    months = [f"{m}月" for m in range(1, 13)]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年月度业务量（横向打印）.xlsx": [("2024年", [
        [f"{REC}2024年月度业务量统计表（合成数据 SYNTHETIC）"],
        ["指标", *months[:6]],
        ["门急诊人次", *[1000 + m for m in range(1, 7)]],
        ["出院人数", *[100 + m for m in range(1, 7)]],
        [],
        ["指标", *months[6:]],
        ["门急诊人次", *[1000 + m for m in range(7, 13)]],
        ["出院人数", *[100 + m for m in range(7, 13)]],
        ["填表人：柯文澜    审核人：卢秋禾    2025年1月8日"]])]})
    got = con.execute("SELECT month, outpatient_visits, discharges FROM hospital_monthly_stats ORDER BY month").fetchall()
    assert got == [(m, 1000 + m, 100 + m) for m in range(1, 13)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
    assert con.execute("SELECT kind FROM nondata_rows WHERE source_row = 6").fetchall() == [("header",)]


def test_headers_in_chinese_over_tibetan_match_by_their_chinese(tmp_path):
    # realworld123: 姓名⏎མིང་། in one cell, or 姓名/མིང་།; a row of the header in Tibetan alone under it
    from pipelines.ingest.form_catalogue import norm_label

    assert norm_label("姓名\nམིང་།") == norm_label("姓名/མིང་།") == "姓名"
    assert norm_label("科室 بۆلۈم") == "科室"
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员名册2024.xlsx": [("派驻人员", [
        [f"{SUP}派驻{REC}人员名册（合成数据 SYNTHETIC）"],
        ["姓名\nམིང་།", "身份证号\nལག་ཁྱེར་ཨང་།", "科室\nསྡེ་ཚན།", "职称\nལས་གནས།", "派驻开始时间\nའགོ་ཚུགས།", "派驻结束时间\nམཇུག་སྒྲིལ།"],
        ["མིང་།", "ལག་ཁྱེར་ཨང་།", "སྡེ་ཚན།", "ལས་གནས།", "འགོ་ཚུགས།", "མཇུག་སྒྲིལ།"],
        ["覃半夏", IDS[0], "内科", "主治医师", "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT department, start_date::VARCHAR FROM deployments").fetchall() == [("内科", "2024-03-01")]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
    assert con.execute("SELECT kind FROM nondata_rows WHERE source_row = 3").fetchall() == [("header",)]


def test_an_ambiguous_day_month_column_takes_the_order_the_sheets_other_dates_show(tmp_path):
    # realworld123: 01/03/2024 alone could be January or March; 31/08/2024 in the end column says day first
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员2024.csv":
                             f"{SUP}派驻{REC}人员（合成数据 SYNTHETIC）\n姓名,身份证号,科室,派驻开始时间,派驻结束时间\n"
                             f"覃半夏,{IDS[0]},内科,01/03/2024,31/08/2024\n褚连翘,{IDS[1]},外科,02/09/2024,28/02/2025\n"})
    got = con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM deployments ORDER BY start_date").fetchall()
    assert got == [("2024-03-01", "2024-08-31"), ("2024-09-02", "2025-02-28")]


def test_a_township_centre_named_with_xiang_finds_its_zhen_in_its_own_county_only(tmp_path):
    # realworld123: the pairing list says 扎松镇中心卫生院 (撤乡设镇), the centre's own file still 扎松乡; REV20: a
    # file of another county naming 扎松乡 is not that centre
    from pipelines.ingest.resolve_hospitals import _kind_swaps

    assert "雪溪县扎松镇中心卫生院" in _kind_swaps("雪溪县扎松乡中心卫生院")
    pairs = [["县域对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "所在县", "起始日期"],
             [1, "雪溪县人民医院", "扎松镇中心卫生院", "雪溪县", "2024-01-01"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    (tmp_path / "raw").mkdir()
    stats = [["月份", "门急诊人次", "出院人数"], *[[f"2024年{m}月", 1000 + m, 30] for m in (1, 2)]]
    for county in ("雪溪县", "青岩县"):
        book(tmp_path / "raw" / f"SYNTHETIC_{county}扎松乡中心卫生院业务量.xlsx",
             [("业务量", [[f"{county}扎松乡中心卫生院2024年业务量（合成数据 SYNTHETIC）"], *stats])])
    report = ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY,
                    pairings=[str(tmp_path / "pairs.xlsx")])
    assert not report.failed
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    got = con.execute("""SELECT s.file_name, count(*) FROM hospital_monthly_stats m JOIN submissions s USING (submission_id)
                         GROUP BY 1""").fetchall()
    assert [(f.split("_")[1][:3], n) for f, n in got] == [("雪溪县", 2)]
    held = con.execute("SELECT reason_code, count(*) FROM quarantine GROUP BY 1").fetchall()
    assert held == [("UNRESOLVED_HOSPITAL", 2)]


def test_a_questionnaire_export_read_as_a_person_reads_it(tmp_path):
    # realworld125: Q1_ numbers, one column per option (1/0, Y, or the option's text), an 其他〖请注明〗 box,
    # two options ticked, a test submission, a codebook sheet for answers exported as option numbers
    head = ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "Q1_受援医院", "Q2_支援医院", "Q3_活动日期",
            "Q4_帮扶方式:学术讲座", "Q4_帮扶方式:教学查房", "Q4_帮扶方式:其他〖请注明〗", "Q5_参加人数", "Q6_活动主题"]
    rows = [[1, "2024/4/12 18:01", "121秒", "手机提交", "10.99.1.7", REC, SUP, "2024-04-12", 1, 0, "", 35, "胸痛识别"],
            [2, "2024/5/20 18:02", "122秒", "手机提交", "10.99.1.8", REC, SUP, "2024-05-20", "学术讲座", "Y", "", 20, "心衰查房"],
            [3, "2024/6/18 18:03", "123秒", "手机提交", "10.99.1.9", REC, SUP, "2024-06-18", 0, 0, "远程会诊", 12, "影像会诊"],
            [4, "2024/3/1 18:05", "125秒", "手机提交", "10.99.1.10", REC, SUP, "2024-03-01", 1, 0, "", 111, "测试"]]
    codes = [["题目", "选项序号", "选项文本"], ["2、职称", 1, "主任医师"], ["2、职称", 2, "其他"]]
    people = [["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、姓名", "2、职称[单选题]", "2、职称〖其他〗", "3、身份证号",
               "4、派出单位", "5、受援医院", "6、派驻开始日期", "7、派驻结束日期"],
              [1, "2024/3/2 10:01", "81秒", "微信", "10.99.2.1", "郑书远", 1, "", IDS[0], SUP, REC, "2024-03-05", "2024-09-04"],
              [2, "2024/3/3 10:02", "82秒", "微信", "10.99.2.2", "岑伯言", 2, "主管技师", IDS[1], SUP, REC, "2024-07-01", "2024-12-31"]]
    con = _ingest(tmp_path, {"SYNTHETIC_帮扶活动上报_问卷导出.xlsx": [("活动", [head, *rows])],
                             "SYNTHETIC_派驻人员登记_按选项序号.xlsx": [("答卷数据", people), ("选项编码", codes)]})
    got = con.execute("SELECT activity_date::VARCHAR, activity_type, participants FROM activities ORDER BY 1, 2").fetchall()
    assert got == [("2024-04-12", "学术讲座", 35), ("2024-05-20", "学术讲座", 20), ("2024-05-20", "教学查房", None),
                   ("2024-06-18", "远程会诊", 12)]
    assert con.execute("SELECT kind FROM nondata_rows n JOIN submissions s USING (submission_id) "
                       "WHERE s.sheet_name = '活动' AND source_row = 5").fetchall() == [("example",)]
    assert con.execute("SELECT title FROM deployments ORDER BY start_date").fetchall() == [("主任医师",), ("主管技师",)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_review_a_data_row_in_tibetan_script_stays_a_data_row(tmp_path):
    # REV20: a name in Tibetan in the first columns of a data row is no header line in that script
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员名册.xlsx": [("派驻人员", [
        [f"{SUP}派驻人员名册（合成数据 SYNTHETIC）"],
        ["姓名", "性别", "民族", "科室", "职称", "受援单位", "派驻开始时间", "派驻结束时间"],
        ["ཚེ་རིང་།", "ཕོ།", "བོད།", "内科", "主治医师", REC, "2024-03-01", "2024-08-31"],
        ["覃半夏", "女", "汉", "外科", "主治医师", REC, "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (2,)


def test_review_a_breakdown_column_marked_other_is_no_questionnaire_box(tmp_path):
    # REV20: 参加人数（本院） | 参加人数（其他） in a register: the 其他 column never fills an empty 本院 cell
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院帮扶活动登记.xlsx": [("活动", [
        [f"{SUP}对口支援{REC}帮扶活动登记（合成数据 SYNTHETIC）"],
        ["活动日期", "活动类型", "活动主题", "参加人数（本院）", "参加人数（其他）"],
        ["2024-03-14", "学术讲座", "高血压规范管理", 30, 5],
        ["2024-04-11", "教学查房", "心衰查房", None, 8]])]})
    got = con.execute("SELECT activity_date::VARCHAR, participants FROM activities ORDER BY 1").fetchall()
    assert got[1] == ("2024-04-11", None)


def test_review_tick_columns_of_a_register_and_an_other_option_only_ticked(tmp_path):
    # REV20: a register (no form system) ticking two types is one event, its first type; an export's 其他 option
    # ticked with 1 and no text is the type 其他
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院帮扶活动登记.xlsx": [("活动", [
            [f"{SUP}对口支援{REC}帮扶活动登记（合成数据 SYNTHETIC）"],
            ["序号", "活动日期", "学术讲座", "教学查房", "手术示教", "活动主题", "参加人数"],
            [1, "2024-03-14", "√", "√", None, "高血压管理", 30]])],
        "SYNTHETIC_帮扶活动上报_问卷导出.xlsx": [("答卷", [
            ["序号", "提交答卷时间", "所用时间", "来源", "来自IP", "1、受援医院", "2、支援医院", "3、活动日期",
             "4、帮扶方式:学术讲座", "4、帮扶方式:教学查房", "4、帮扶方式:其他", "5、参加人数"],
            [1, "2024/5/20 18:02", "122秒", "手机提交", "10.99.1.8", REC, SUP, "2024-05-20", 0, 0, 1, 9]])]})
    got = con.execute("SELECT activity_date::VARCHAR, activity_type, participants FROM activities ORDER BY 1").fetchall()
    assert got == [("2024-03-14", "学术讲座", 30), ("2024-05-20", "其他", 9)]


def test_hospital_codes_written_in_groups_beside_an_empty_name_and_a_former_name(tmp_path):
    # realworld126: 选送单位 empty beside its 统一社会信用代码 (with spaces); a former name 原…; a code-only title
    from pipelines.ingest.sheet_context import hospital_names_in

    assert hospital_names_in("12990222MB0000545M 2024年新技术新业务开展情况") == ["12990222MB0000545M"]
    assert hospital_names_in("990101198505258400 2024年新技术") == []  # all digits: maybe an ID number, never a hospital
    pairs = [["对口支援关系表（合成数据 SYNTHETIC）"],
             ["序号", "支援医院", "支援医院统一社会信用代码", "受援医院", "受援医院统一社会信用代码", "所在县", "起始日期", "备注"],
             [1, SUP, "12990100MB0000123G", REC, "12990221MB00003182", "柳渡县", "2024-01-01", "原柳渡县医院"],
             [2, SUP, "12990100MB0000123G", "石桥县人民医院", "12990222MB00004652", "石桥县", "2024-01-01", None]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    (tmp_path / "raw").mkdir()
    book(tmp_path / "raw" / "SYNTHETIC_进修登记.xlsx", [("进修登记", [
        [f"{SUP}2024年接收进修人员登记表（合成数据 SYNTHETIC）"],
        ["序号", "姓名", "身份证号", "选送单位", "选送单位统一社会信用代码", "进修科室", "进修开始", "进修结束"],
        [1, "周清和", IDS[0], REC, "12990221MB00003182", "内科", "2024-03-01", "2024-08-31"],
        [2, "郑安澜", IDS[1], None, "12 990222 MB0000465 2", "外科", "2024-09-01", "2025-02-28"],
        [3, "钱望舒", IDS[2], "原柳渡县人民医院", None, "儿科", "2024-09-01", "2025-02-28"]])])
    report = ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY,
                    pairings=[str(tmp_path / "pairs.xlsx")])
    assert not report.failed
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    got = con.execute("""SELECT t.department, h.name FROM trainees t JOIN hospitals h ON h.hospital_id = t.recipient_hospital_id
                         ORDER BY t.start_date, t.department""").fetchall()
    assert got == [("内科", REC), ("儿科", REC), ("外科", "石桥县人民医院")]
    assert con.execute("SELECT code FROM hospitals WHERE name = ?", [SUP]).fetchone() == ("12990100MB0000123G",)


def test_two_parts_of_a_year_are_two_reports_and_a_template_version_no_correction(tmp_path):
    # realworld127: the 上半年 list and the 7—12月 list (V2.0) of one hospital's techniques, one technique in both
    from pipelines.ingest.parse_dates import months_span
    from pipelines.ingest.supersede import is_correction

    assert (months_span("新技术_2024上半年"), months_span("2024年7—12月"), months_span("2024年第三季度")) == ((1, 6), (7, 12), (7, 9))
    assert months_span("派驻人员名册2024") is None
    assert not is_correction("新技术_2024下半年_V2.0.xlsx") and is_correction("新技术v2.xlsx")
    head = ["序号", "项目名称", "科室", "开展时间", "例数"]
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院新技术_2024上半年.xlsx": [("新技术", [
            [f"{REC}新技术新项目（2024年上半年）（合成数据 SYNTHETIC）支援单位：{SUP}"], head,
            [1, "经皮肾镜碎石术", "泌尿外科", "2024-03-01", 12], [2, "无痛胃镜", "消化内科", "2024-04-01", 30]])],
        "SYNTHETIC_柳渡县人民医院新技术_2024下半年_V2.0.xlsx": [("新技术", [
            [f"{REC}新技术新项目（2024年7—12月）（合成数据 SYNTHETIC）支援单位：{SUP}"], head,
            [1, "经皮肾镜碎石术", "泌尿外科", "2024-03-01", 12], [2, "关节镜手术", "骨科", "2024-08-01", 6]])]})
    got = con.execute("SELECT name FROM techniques ORDER BY name").fetchall()
    assert got == [("关节镜手术",), ("无痛胃镜",), ("经皮肾镜碎石术",)]


def test_plans_beside_what_happened(tmp_path):
    # realworld128: 计划起止时间 | 实际起止时间 over 开始 | 结束; a 状态 of 计划 / 推迟 / 取消; a plan section under the
    # year's techniques; 计划日期 with 完成情况 (已完成 rows happened, 未完成 / 延期 did not)
    con = _ingest(tmp_path, {
        "SYNTHETIC_青萝市第一人民医院派驻人员计划与实际2024.xlsx": [("Sheet1", [
            [f"{SUP}派驻{REC}人员计划与实际到岗情况（合成数据 SYNTHETIC）"],
            ["姓名", "身份证号", "科室", "计划起止时间", None, "实际起止时间", None, "状态"],
            [None, None, None, "开始", "结束", "开始", "结束", None],
            ["覃半夏", IDS[0], "内科", "2024-03-01", "2024-08-31", "2024-03-11", "2024-09-10", "已派驻"],
            ["褚连翘", IDS[1], "外科", "2024-09-01", "2025-02-28", None, None, "推迟"],
            ["郦紫苏", IDS[2], "儿科", "2024-10-01", "2025-03-31", None, None, "计划"],
            ["许知行", IDS[3], "骨科", "2024-04-01", "2024-09-30", None, None, "取消"]])],
        "SYNTHETIC_柳渡县人民医院新技术开展情况.xlsx": [("新技术", [
            [f"{REC}新技术新项目开展情况（合成数据 SYNTHETIC）"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "帮扶单位"],
            [1, "无创呼吸机辅助通气", "呼吸内科", "2024-05-14", 36, SUP],
            [],
            ["二、2025年拟开展新技术新项目（计划）"],
            ["序号", "项目名称", "科室", "计划开展时间", "预计例数", "帮扶单位"],
            [1, "经皮肾镜碎石取石术", "泌尿外科", "2025年3月", 15, SUP]])],
        "SYNTHETIC_柳渡县人民医院帮扶活动计划及完成情况2024.csv":
            f"{REC}帮扶活动计划及完成情况（合成数据 SYNTHETIC）\n序号,计划日期,活动类型,活动主题,支援医院,完成情况\n"
            f"1,2024-03-15,学术讲座,高血压管理,{SUP},已完成\n2,2024-05-20,教学查房,心衰查房,{SUP},延期\n"
            f"3,2024-06-18,义诊,社区义诊,{SUP},未完成\n"})
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM deployments").fetchall() == [("2024-03-11", "2024-09-10")]
    assert con.execute("SELECT name FROM techniques").fetchall() == [("无创呼吸机辅助通气",)]
    assert con.execute("SELECT activity_date::VARCHAR, activity_type FROM activities").fetchall() == [("2024-03-15", "学术讲座")]
    kinds = dict(con.execute("SELECT kind, count(*) FROM nondata_rows WHERE kind IN ('planned', 'void') GROUP BY 1").fetchall())
    assert kinds == {"planned": 5, "void": 1}


def test_an_end_said_with_how_sure_it_is_is_the_date_as_written():
    # realworld129: 2024.12（预计） under 派驻结束时间
    from pipelines.ingest.parse_dates import parse_date

    assert parse_date("2024.12（预计）", end_of_period=True).value.isoformat() == "2024-12-31"
    assert parse_date("2025年2月底(暂定)", end_of_period=True).value.isoformat() == "2025-02-28"


def test_fees_refunded_or_borne_by_the_trainer_and_english_trainee_headers():
    # realworld130: 1500（已退）, 已退费, 由支援医院承担 charge the trainee nothing; realworld131: "Host hospital 进修医院" is
    # a trainee list's host, never a roster's recipient through its English half
    from decimal import Decimal

    from pipelines.ingest.form_catalogue import forms
    from pipelines.ingest.locate_table import Column
    from pipelines.ingest.map_columns import match_column
    from pipelines.ingest.parse_numbers import parse_money

    assert [parse_money(v) for v in ("1500（已退）", "已退费", "由支援医院承担", "3千元")] == [Decimal(0), Decimal(0), Decimal(0), Decimal(3000)]
    col = Column(3, "Host hospital 进修医院")
    assert (match_column(col, forms()["deployments"]) or (None, None))[1] != "bilingual"  # not by "Host hospital"
    assert match_column(col, forms()["trainees"])[0] == "host_hospital_id"
    assert match_column(Column(0, "培训费（元）"), forms()["trainees"])[0] == "fee_charged"


def test_a_whole_stay_in_the_start_column_and_the_programme_as_帮扶类型(tmp_path):
    # realworld133: 下派时间 2024.3.1-2024.8.31 with no end column; the pairing list's 帮扶类型
    from pipelines.ingest.form_catalogue import forms
    from pipelines.ingest.locate_table import Column
    from pipelines.ingest.map_columns import match_column

    assert match_column(Column(0, "帮扶类型"), forms()["pairings"])[0] == "programme"
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院下派人员.xlsx": [("下派人员", [
        [f"{SUP}派驻{REC}人员（合成数据 SYNTHETIC）"],
        ["序号", "姓名", "身份证号", "科室", "职称", "下派时间"],
        [1, "覃半夏", IDS[0], "内科", "主治医师", "2024.3.1-2024.8.31"]])]})
    got = con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM deployments").fetchall()
    assert got == [("2024-03-01", "2024-08-31")]
