"""Cases the twenty-ninth round of outsider corpora found (realworld143: two-way exchange rosters, 下派 and 上挂 in
one list), each on a small hand-made file with hand-written expectations: which table each person belongs in and
which hospital is on which side."""

import duckdb
import pytest

from intake_workbooks import book
from pipelines.ingest.exchange_rows import name_rank, word_direction
from pipelines.ingest.run import ingest

KEY = b"k" * 32
SUP, REC = "青萝市第一人民医院", "柳渡县人民医院"
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, SUP, REC, "2022-01-01", "2025-12-31"]]


def _valid(stem: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return stem + "10X98765432"[sum(int(c) * w for c, w in zip(stem, weights)) % 11]


IDS = [_valid(f"990101198104{k:02d}001") for k in range(1, 9)]


def _ingest(tmp_path, files: dict):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        book(tmp_path / "raw" / name, content)
    path = tmp_path / "t.duckdb"
    report = ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    assert not report.failed, [f.error for f in report.failed]
    return duckdb.connect(str(path), read_only=True)


def _tables(con):
    dep = con.execute("SELECT s.name, r.name, d.start_date::VARCHAR FROM deployments d "
                      "JOIN hospitals s ON s.hospital_id = d.support_hospital_id "
                      "JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id ORDER BY 3").fetchall()
    tra = con.execute("SELECT r.name, h.name, t.department, t.start_date::VARCHAR FROM trainees t "
                      "JOIN hospitals r ON r.hospital_id = t.recipient_hospital_id "
                      "JOIN hospitals h ON h.hospital_id = t.host_hospital_id ORDER BY 4").fetchall()
    return dep, tra


def test_a_direction_column_puts_each_person_in_its_own_table(tmp_path):
    # realworld143: 交流方式 下派 / 上挂 / 进修 / 挂职 in one roster with 派出单位 and 接收单位 on every row
    head = ["序号", "姓名", "身份证号", "派出单位", "接收单位", "科室", "交流方式", "起始日期", "结束日期", "备注"]
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}双向交流人员名册2024.xlsx": [("Sheet1", [
        [f"{SUP}与{REC}双向交流人员名册（合成数据 SYNTHETIC）"], head,
        [1, "覃半夏", IDS[0], SUP, REC, "内科", "下派", "2024-03-01", "2024-08-31", None],
        [2, "褚连翘", IDS[1], REC, SUP, "心内科", "上挂", "2024-04-01", "2024-09-30", None],
        [3, "黄芩", IDS[2], SUP, REC, "外科", "挂职", "2024-05-01", "2025-04-30", "挂职业务副院长"],
        [4, "白芷", IDS[3], REC, SUP, "医务部", "挂职", "2024-06-01", "2024-11-30", "挂职学习"],
        [5, "连翘", IDS[4], REC, SUP, "急诊科", "短期培训", "2024-07-01", "2024-07-05", None],
        [6, "苏叶", IDS[5], REC, SUP, "儿科", "上挂", "2025-03-01", "2025-08-31", "计划2025年3月上挂，尚未成行"]])]})
    dep, tra = _tables(con)
    assert dep == [(SUP, REC, "2024-03-01"), (SUP, REC, "2024-05-01")]
    assert tra == [(REC, SUP, "心内科", "2024-04-01"), (REC, SUP, "医务部", "2024-06-01")]
    assert con.execute("SELECT position_at_recipient FROM deployments WHERE start_date = '2024-05-01'").fetchone() == ("副院长",)
    held = con.execute("SELECT source_row, reason_code FROM quarantine").fetchall()
    assert held == [(7, "NOT_A_TRAINEE")]  # the five-day course; the planned row is no data at all
    acc = con.execute("SELECT sum(rows_read), sum(rows_curated + rows_quarantined + rows_nondata) FROM submissions "
                      "WHERE file_name LIKE '%双向交流%'").fetchone()
    assert acc == (8, 8)  # title, header, six people — each row counted once over the two readings


def test_section_lines_say_the_direction_when_no_column_does(tmp_path):
    # realworld143: 一、下派人员（我院派驻…） / 二、上挂人员（…来我院跟班学习） under one header, no hospital column
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}双向交流花名册.xlsx": [("Sheet1", [
        [f"{SUP}双向交流人员花名册（2024年度）（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "科室", "起止时间"],
        [f"一、下派人员（我院派驻{REC}）"], [1, "覃半夏", IDS[0], "骨科", "2024.03.01-2024.08.31"],
        [f"二、上挂人员（{REC}来我院跟班学习）"], [1, "褚连翘", IDS[1], "超声科", "2024.04.01-2024.06.30"],
        [2, "黄芩", IDS[2], "检验科", "2024.07.01-2024.12.31"]])]})
    dep, tra = _tables(con)
    assert dep == [(SUP, REC, "2024-03-01")]
    assert tra == [(REC, SUP, "超声科", "2024-04-01"), (REC, SUP, "检验科", "2024-07-01")]


def test_a_blank_hospital_cell_is_the_reporting_hospital_and_the_names_give_the_direction(tmp_path):
    # realworld143: 填报单位 a support hospital; 派出单位 blank = its own person sent down, 接收单位 blank = a person it hosts
    con = _ingest(tmp_path, {"SYNTHETIC_人员交流登记表2024.xlsx": [("交流登记", [
        ["2024年对口支援人员交流登记表（合成数据 SYNTHETIC）"], [f"填报单位：{SUP}"],
        ["序号", "姓名", "身份证号", "科室", "派出单位", "接收单位", "开始日期", "结束日期"],
        [1, "覃半夏", IDS[0], "针灸科", None, REC, "2024-03-04", "2024-09-03"],
        [2, "褚连翘", IDS[1], "康复科", REC, None, "2024-05-06", "2024-11-05"],
        [3, "黄芩", IDS[2], "脾胃病科", REC, SUP, "2024-09-02", "2025-03-01"]])]})
    dep, tra = _tables(con)
    assert dep == [(SUP, REC, "2024-03-04")]
    assert tra == [(REC, SUP, "康复科", "2024-05-06"), (REC, SUP, "脾胃病科", "2024-09-02")]


def test_an_exchange_unit_column_is_the_party_the_reporting_hospital_is_not(tmp_path):
    # realworld143: a recipient's 上下交流 statistics: 接收下派 from its supporter, 上派 to it, 下沉 to a township centre
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}上下交流人员统计表2024.xlsx": [("上下交流", [
        [f"{REC}2024年上下交流人员统计表（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "科室", "类型", "交流单位", "起止时间"],
        [1, "覃半夏", IDS[0], "内科", "接收下派", SUP, "2024.03.01-2024.08.31"],
        [2, "褚连翘", IDS[1], "麻醉科", "上派", SUP, "2024.06.01-2024.11.30"],
        [3, "黄芩", IDS[2], "全科", "下沉", "柳渡县白桥镇卫生院", "2024.03.01-2024.12.31"]])]})
    dep, tra = _tables(con)
    assert dep == [(SUP, REC, "2024-03-01")]
    assert tra == [(REC, SUP, "麻醉科", "2024-06-01")]
    assert con.execute("SELECT count(*) FROM activities").fetchone() == (0,)
    held = con.execute("SELECT source_row, reason_code FROM quarantine").fetchall()
    assert held == [(5, "UNRESOLVED_HOSPITAL")]  # the county's own township centre: in no pairing


def test_a_type_column_of_other_words_is_no_exchange(tmp_path):
    # an activity record with 姓名 and 类型 讲座 stays an activity record; a trainee list whose 形式 is only 进修 or a
    # course stays a trainee list
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{SUP}帮扶活动记录2024.xlsx": [("Sheet1", [
            [f"{SUP}帮扶活动记录（合成数据 SYNTHETIC）"], ["序号", "日期", "类型", "主题", "姓名", "参加人数", "受援医院"],
            [1, "2024-03-05", "讲座", "高血压规范管理", "覃半夏", 30, REC],
            [2, "2024-04-09", "教学查房", "心衰查房", "覃半夏", 12, REC]])],
        f"SYNTHETIC_{SUP}接收进修人员2024.xlsx": [("Sheet1", [
            [f"{SUP}接收进修人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "选派单位", "进修科室", "形式", "开始时间", "结束时间"],
            ["褚连翘", IDS[1], REC, "心内科", "进修", "2024-03-01", "2024-08-31"],
            ["黄芩", IDS[2], REC, "心内科", "培训班", "2024-05-01", "2024-05-03"]])]})
    assert con.execute("SELECT count(*) FROM activities").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (1,)
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("NOT_A_TRAINEE",)]


@pytest.mark.parametrize("word, form", [("下派", "deployments"), ("下沉", "deployments"), ("接收下派", "deployments"),
                                        ("上挂", "trainees"), ("上派", "trainees"), ("跟班学习", "trainees"),
                                        ("进修", "trainees"), ("住院医师规范化培训", "trainees"), ("挂职", "either"),
                                        ("讲座", "trainees"), ("教学查房", None), ("", None)])
def test_direction_words(word, form):
    assert word_direction(word) == form


def test_name_rank_orders_township_county_and_city_hospitals():
    assert (name_rank("柳渡县白桥镇卫生院"), name_rank(REC), name_rank(SUP), name_rank("琅涧医科大学第二附属医院")) == (1, 2, 3, 3)


# --- realworld144–146: medical communities, prints copied back, hospitals with many names


def test_a_university_hospitals_short_names_and_a_campus_resolve_to_it():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"H1": "琅屏医科大学第一附属医院", "H2": "琅屏医科大学第二附属医院", "H3": "琅屏省人民医院"},
                         {"琅屏医学院附属省立医院": "H3"})
    got = {t: r.resolve(t).hospital_id for t in ("附一院", "一附院", "医大一院", "琅医大一附院", "琅屏医大二院", "附二院",
                                                 "省立医院", "省立医院（南院区）", "省人民医院东院区", "琅屏医科大学附属医院")}
    assert got == {"附一院": "H1", "一附院": "H1", "医大一院": "H1", "琅医大一附院": "H1", "琅屏医大二院": "H2", "附二院": "H2",
                   "省立医院": "H3", "省立医院（南院区）": "H3", "省人民医院东院区": "H3", "琅屏医科大学附属医院": None}


def test_a_short_name_two_universities_share_names_neither():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"H1": "琅屏医科大学第一附属医院", "H2": "澄岫医科大学第一附属医院"})
    assert (r.resolve("附一院").hospital_id, r.resolve("澄岫医大一院").hospital_id, r.resolve("琅医大一附院").hospital_id) == (None, "H2", "H1")


def test_a_medical_communitys_names_are_its_lead_hospital():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"A": "青樾县人民医院", "B": "青樾县中医医院", "C": "青篁县人民医院"})
    got = {t: r.resolve(t).hospital_id for t in ("青樾县医共体总院", "青樾县医疗健康集团", "青篁县总医院", "青樾县中医医共体")}
    assert got == {"青樾县医共体总院": "A", "青樾县医疗健康集团": "A", "青篁县总医院": "C", "青樾县中医医共体": "B"}
    # a hospital of that very name is itself
    assert HospitalResolver({"A": "青樾县人民医院", "T": "青樾县总医院"}).resolve("青樾县总医院").hospital_id == "T"


def test_a_communitys_office_reports_its_members_by_name(tmp_path):
    # realworld144: 填报单位 the 医共体管理办公室; 成员单位 总院 / 白溪分院 are the hospitals of the rows
    pairs = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
             [1, SUP, REC, "2022-01-01", "2025-12-31"], [2, REC, "柳渡县白溪镇卫生院", "2022-01-01", "2025-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县医共体成员单位业务量2024年1月.xlsx", [("Sheet1", [
        ["柳渡县医共体成员单位业务量统计（2024年1月）（合成数据 SYNTHETIC）"], ["填报单位：柳渡县医共体管理办公室"],
        ["成员单位", "门急诊人次", "出院人数"], ["总院", 5200, 610], ["白溪分院", 830, 12], ["医共体合计", 6030, 622]])])
    book(tmp_path / "raw" / "SYNTHETIC_白溪分院进修人员2024.xlsx", [("Sheet1", [
        ["进修人员登记（合成数据 SYNTHETIC）"], ["填报单位：柳渡县医共体白溪分院"],
        ["姓名", "身份证号", "科室", "进修单位", "开始日期", "结束日期"], ["覃半夏", IDS[0], "全科", "总院", "2024-03-01", "2024-08-31"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute("SELECT h.name, m.outpatient_visits FROM hospital_monthly_stats m JOIN hospitals h "
                      "ON h.hospital_id = m.recipient_hospital_id ORDER BY 2").fetchall()
    assert got == [("柳渡县白溪镇卫生院", 830), (REC, 5200)]
    assert con.execute("SELECT r.name, h.name FROM trainees t JOIN hospitals r ON r.hospital_id = t.recipient_hospital_id "
                       "JOIN hospitals h ON h.hospital_id = t.host_hospital_id").fetchall() == [("柳渡县白溪镇卫生院", REC)]


def _printed_techniques(page_mark: bool) -> list:
    rows = [["新技术新项目开展情况（合成数据 SYNTHETIC）"], ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "支援医院"],
            [1, "经皮冠状动脉介入治疗", "心内科", "2024-03-15", 8, SUP],
            [2, "腹腔镜下胆总管探查", "普外科", "2024-05-20", 26, SUP], [None, "取石术"]]
    if page_mark:
        rows += [[None, None, "第 1 页 共 2 页"], ["续表"], ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "支援医院"],
                 [3, "无痛胃肠镜检查", "消化内科", "2024-06-11", 132, SUP]]
    return rows


def test_a_print_copied_back_joins_a_wrapped_name_and_drops_its_page_lines(tmp_path):
    # realworld145: a PDF converted to Excel — a technique's name wrapped onto a row of its own, 续表, the page's number
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}新技术（PDF转换）.xlsx": [("Table 1", _printed_techniques(True))]})
    assert con.execute("SELECT name FROM techniques ORDER BY first_performed_date").fetchall() == [
        ("经皮冠状动脉介入治疗",), ("腹腔镜下胆总管探查取石术",), ("无痛胃肠镜检查",)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_a_lone_name_under_a_row_of_an_ordinary_sheet_is_held_not_joined(tmp_path):
    # without a page's line the sheet is no print: a row with only a name is a row with its date missing
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}新技术2024.xlsx": [("Sheet1", _printed_techniques(False))]})
    assert con.execute("SELECT name FROM techniques ORDER BY 1").fetchall() == [("经皮冠状动脉介入治疗",), ("腹腔镜下胆总管探查",)]
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("MISSING_VALUE",)]


def test_a_pages_repeated_title_marked_continued_is_no_data(tmp_path):
    # realworld145: the title again at the top of page 2, "…名单（续）（合成数据 SYNTHETIC）"
    title = f"{SUP}2024年派驻人员名单（合成数据 SYNTHETIC）"
    head = ["序号", "姓名", "身份证号", "受援医院", "开始日期", "结束日期"]
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单（PDF转换）.xlsx": [("Page1", [
        [title], head, [1, "覃半夏", IDS[0], REC, "2024-03-01", "2024-08-31"], [None, None, "第 1 页 共 2 页"],
        [f"{SUP}2024年派驻人员名单（续）（合成数据 SYNTHETIC）"], head, [2, "褚连翘", IDS[1], REC, "2024-09-01", "2025-02-28"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_a_lecture_both_sides_report_with_its_topic_worded_otherwise_is_one(tmp_path):
    # realworld90: the support hospital's ledger and the recipient's register; 的 / 讲座 around the same topic
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{SUP}帮扶活动台账2024.xlsx": [("Sheet1", [
            [f"{SUP}帮扶活动台账（合成数据 SYNTHETIC）"], ["序号", "活动日期", "活动类型", "活动主题", "参加人数", "受援医院"],
            [1, "2024-05-10", "学术讲座", "急性胸痛的规范化诊治", 45, REC],
            [2, "2024-05-10", "学术讲座", "慢阻肺的家庭氧疗", 30, REC]])],
        f"SYNTHETIC_{REC}帮扶活动登记2024.xlsx": [("Sheet1", [
            [f"{REC}帮扶活动登记簿（合成数据 SYNTHETIC）"], ["序号", "日期", "形式", "内容", "支援医院"],
            [1, "2024-05-10", "讲座", "急性胸痛规范化诊治讲座", SUP],
            [2, "2024-05-10", "讲座", "糖尿病足的护理", SUP]])]})
    got = con.execute("SELECT topic, participants FROM activities ORDER BY topic").fetchall()
    assert got == [("急性胸痛的规范化诊治", 45), ("慢阻肺的家庭氧疗", 30), ("糖尿病足的护理", None)]


@pytest.mark.parametrize("q1, q3, completed, held", [(None, "合格", True, []), ("合格", "不合格", True, ["DUPLICATE_ROW"])])
def test_a_stay_carried_into_a_later_quarters_sheet_adds_what_the_earlier_left_blank(tmp_path, q1, q3, completed, held):
    # realworld111: one sheet per quarter, the same stay in each; 结业考核 blank in the first, 合格 in the third. A value
    # the later sheet contradicts stays held for a person to decide.
    head = ["姓名", "身份证号", "选派单位", "进修科室", "进修起止时间", "结业考核"]

    def sheet(q, grade):
        return (f"2024年第{q}季度", [[f"{SUP}在院进修人员登记（2024年第{q}季度）（合成数据 SYNTHETIC）"], head,
                                   ["覃半夏", IDS[0], REC, "心内科", "2024.03.01-2024.08.31", grade]])
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}在院进修人员季度登记2024.xlsx": [sheet("一", q1), sheet("三", q3)]})
    assert con.execute("SELECT completed FROM trainees").fetchall() == [(completed,)]
    assert [r for (r,) in con.execute("SELECT reason_code FROM quarantine").fetchall()] == held


@pytest.mark.parametrize("er, visits", [(790, 11932), (None, 11142)])
def test_indicators_down_the_rows_add_outpatient_and_emergency_visits(tmp_path, er, visits):
    # realworld113: a month's correction with 指标 | 单位 | 本月 | 本年累计; 门诊人次 and 急诊人次 on rows of their own
    rows = [[f"{REC}2024年8月业务统计（更正）（合成数据 SYNTHETIC）"], [f"填报单位：{REC}　统计期：2024年8月"],
            ["指标", "单位", "本月", "本年累计"], ["门诊人次", "人次", 11142, 80210]]
    rows += [["急诊人次", "人次", er, 5600]] if er else []
    rows += [["出院人数", "人", 1210, 9100], ["手术台次", "台次", 402, 3050], ["外转人次", "人次", 21, 160],
             ["接收上转人次", "人次", 35, 260], ["说明：8月门诊人次更正（合成数据 SYNTHETIC）"]]
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}2024年8月业务统计（更正）.xlsx": [("8月", rows)]})
    assert con.execute("SELECT month, outpatient_visits, discharges FROM hospital_monthly_stats").fetchall() == [(8, visits, 1210)]


# --- REV23: what the review of round 29 reproduced on ordinary files (each checked to fail before its fix)


def test_review_an_activity_record_naming_both_hospitals_stays_activities(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}帮扶活动记录2024.xlsx": [("Sheet1", [
        [f"{REC}帮扶活动记录（合成数据 SYNTHETIC）"], ["活动日期", "活动类型", "活动主题", "姓名", "派出单位", "接收单位"],
        ["2024-03-05", "讲座", "高血压规范管理", "覃半夏", SUP, REC], ["2024-04-09", "教学查房", "心衰查房", "覃半夏", SUP, REC]])]})
    assert con.execute("SELECT count(*) FROM activities").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (0,)


def test_review_a_city_whose_name_holds_a_town_word_is_no_township(tmp_path):
    city = "镇江市第一人民医院"
    pairs = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
             [1, city, REC, "2022-01-01", "2025-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / f"SYNTHETIC_{city}接收进修人员名单2024.xlsx", [("Sheet1", [
        [f"{city}接收进修人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "派出单位", "接收单位", "进修科室", "开始时间", "结束时间"],
        ["褚连翘", IDS[1], REC, city, "心内科", "2024-03-01", "2024-08-31"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert (con.execute("SELECT count(*) FROM trainees").fetchone(), con.execute("SELECT count(*) FROM deployments").fetchone()) == ((1,), (0,))


def test_review_a_ledger_of_two_stacked_tables_keeps_each_tables_header(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}对口支援工作台账2024.xlsx": [("Sheet1", [
        [f"{SUP}2024年对口支援工作台账（合成数据 SYNTHETIC）"], ["一、派驻人员"],
        ["序号", "姓名", "身份证号", "受援医院", "科室", "开始日期", "结束日期"],
        [1, "覃半夏", IDS[0], REC, "内科", "2024-03-01", "2024-08-31"], ["二、接收进修人员"],
        ["序号", "姓名", "选派单位", "身份证号", "进修科室", "结束时间", "开始时间"],
        [1, "褚连翘", REC, IDS[1], "心内科", "2024-09-30", "2024-04-01"]])]})
    dep, tra = _tables(con)
    assert (dep, tra) == ([(SUP, REC, "2024-03-01")], [(REC, SUP, "心内科", "2024-04-01")])


def test_review_a_remark_that_mentions_a_stay_not_made_in_passing_keeps_the_row(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "受援医院", "开始日期", "结束日期", "备注"],
        ["覃半夏", IDS[0], REC, "2024-03-01", "2024-08-31", "原定2月下派，因疫情未成行，3月1日到岗"],
        ["白芷", IDS[3], REC, "2025-03-01", "2025-08-31", "计划2025年3月下派，尚未成行"]])]})
    assert con.execute("SELECT start_date::VARCHAR FROM deployments").fetchall() == [("2024-03-01",)]


def test_review_a_section_line_in_a_printed_sheet_is_not_joined_to_the_row_above(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}新技术2024.xlsx": [("Sheet1", [
        ["新技术新项目开展情况（合成数据 SYNTHETIC）"], ["序号", "项目名称", "科室", "首次开展时间", "开展例数", "支援医院"],
        [1, "经皮冠状动脉介入治疗", "心内科", "2024-03-15", 8, SUP], [None, "二、外科系统"],
        [2, "腹腔镜下胆总管探查术", "普外科", "2024-05-20", 26, SUP], [None, None, "第 1 页 共 1 页"]])]})
    assert con.execute("SELECT name FROM techniques ORDER BY 1").fetchall() == [("经皮冠状动脉介入治疗",), ("腹腔镜下胆总管探查术",)]


def test_review_only_a_post_in_a_remark_is_the_post_held(tmp_path):
    head = ["序号", "姓名", "身份证号", "派出单位", "接收单位", "交流方式", "起始日期", "结束日期", "备注"]
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}双向交流人员名册2024.xlsx": [("Sheet1", [
        [f"{SUP}双向交流人员名册（合成数据 SYNTHETIC）"], head,
        [1, "覃半夏", IDS[0], SUP, REC, "挂职", "2024-03-01", "2024-08-31", "挂职期间协助科主任开展教学查房"],
        [2, "褚连翘", IDS[1], REC, SUP, "上挂", "2024-04-01", "2024-09-30", None],
        [3, "黄芩", IDS[2], SUP, REC, "下派", "2024-05-01", "2024-10-31", "挂职心内科主任"]])]})
    got = con.execute("SELECT start_date::VARCHAR, position_at_recipient FROM deployments ORDER BY 1").fetchall()
    assert got == [("2024-03-01", None), ("2024-05-01", "心内科主任")]


def test_review_a_citys_group_or_general_hospital_is_no_county_hospital():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"A": "鹭洲市人民医院", "B": "鹭洲市中心医院", "C": "柳渡县人民医院"})
    assert [r.resolve(t).hospital_id for t in ("鹭洲市总医院", "鹭洲市医疗集团", "柳渡县总院")] == [None, None, None]


def test_review_a_kind_of_hospital_after_a_universitys_name_is_no_short_form():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"U": "琅屏大学附属中医医院", "C": "柳渡县中医医院", "K": "琅屏医科大学附属口腔医院"})
    assert [r.resolve(t).hospital_id for t in ("中医医院", "口腔医院")] == [None, None]


def test_review_a_bare_first_affiliated_name_with_two_universities_names_neither():
    from pipelines.ingest.resolve_hospitals import HospitalResolver

    r = HospitalResolver({"M": "澄岫医学院第一附属医院", "L": "琅屏医科大学第一附属医院", "Z": "琅屏中医药大学第一附属医院"})
    assert [r.resolve(t).hospital_id for t in ("附一院", "一附院", "医大一院")] == [None, None, "L"]


def test_review_a_bare_main_campus_outside_a_medical_communitys_file_is_not_guessed(tmp_path):
    city, town = "鹭洲市中心医院", "柳渡县白溪镇卫生院"
    pairs = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
             [1, city, REC, "2022-01-01", "2025-12-31"], [2, city, town, "2022-01-01", "2025-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / f"SYNTHETIC_{city}接收进修人员2024.xlsx", [("Sheet1", [
        [f"{city}2024年接收进修人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "选派单位", "进修科室", "进修医院", "开始日期", "结束日期"],
        ["覃半夏", IDS[0], town, "心内科", "总院", "2024-03-01", "2024-08-31"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (0,)
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("UNRESOLVED_HOSPITAL",)]


# --- realworld147–149: an end-of-stay appraisal, cells holding several values, a city's three tiers


def test_an_end_of_stay_appraisal_is_no_roster(tmp_path):
    # realworld147: 派驻人员考核鉴定表, one sheet per person (label | value), 鉴定意见 and a grade
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}派驻人员考核鉴定表.xlsx": [("覃半夏", [
        ["城乡医院对口支援派驻人员考核鉴定表（合成数据 SYNTHETIC）"], ["姓名", "覃半夏", "性别", "女"], ["身份证号", IDS[0], "职称", "主任医师"],
        ["派出单位", SUP, "派驻单位", REC], ["派驻时间", "2024年7月1日至2024年12月31日"], ["受援医院鉴定意见", "工作认真负责，同意鉴定为优秀。"],
        ["考核等次", "优秀"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (0,)
    assert con.execute("SELECT DISTINCT reason_code FROM quarantine").fetchall() == [("SHEET_UNRECOGNISED",)]


@pytest.mark.parametrize("cell, names", [("陆一鸣 夏知秋", 2), ("韩照野、叶疏桐", 2), ("欧阳 娜娜", 1), ("王  芳", 1)])
def test_several_people_in_a_name_cell_of_a_list_without_id_numbers(tmp_path, cell, names):
    # realworld148: a roster that gives no ID numbers; two people in one cell are a row each, by name; a compound
    # surname spaced off (欧阳 娜娜) or a padded name is one person
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["序号", "姓名", "科室", "受援医院", "开始日期", "结束日期"],
        [1, cell, "急诊科", REC, "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT count(DISTINCT person_id) FROM deployments").fetchone() == (names,)


def test_a_remark_beside_a_value_is_not_the_value(tmp_path):
    # realworld148: 6个月（含春节假期） is six months; 2024.4.18⏎（首例） is the date; 参加人数 over 医师 | 护士 is their sum
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
            [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "受援医院", "开始日期", "派驻时长"],
            ["覃半夏", IDS[0], REC, "2024-09-01", "6个月（含春节假期）"]])],
        f"SYNTHETIC_{REC}帮扶活动记录2024.xlsx": [("Sheet1", [
            [f"{REC}帮扶活动记录（合成数据 SYNTHETIC）"], ["日期", "活动类型", "主题", "参加人数", "参加人数", "支援医院"],  # (a merged cell, as read)
            [None, None, None, "医师", "护士", None], ["2024年5月22日\n（下午）", "疑难病例讨论", "胸痛病例", 30, 12, SUP]])]})
    assert con.execute("SELECT end_date::VARCHAR FROM deployments").fetchall() == [("2025-02-28",)]
    assert con.execute("SELECT activity_date::VARCHAR, participants FROM activities").fetchall() == [("2024-05-22", 42)]


def test_a_township_centre_said_without_its_county_is_the_one_of_the_files_county_or_pairing(tmp_path):
    # realworld149: two counties each have a 白溪 centre; a county hospital's roster and a city hospital's register
    pairs = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
             [1, REC, "柳渡县白溪镇中心卫生院", "2022-01-01", "2025-12-31"], [2, "栖梧县人民医院", "栖梧县白溪镇中心卫生院", "2022-01-01", "2025-12-31"],
             [3, SUP, "栖梧县白溪镇中心卫生院", "2022-01-01", "2025-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / f"SYNTHETIC_{REC}下派乡镇医生花名册2024.xlsx", [("Sheet1", [
        [f"{REC}下派乡镇医生花名册（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "派驻单位", "开始日期", "结束日期"],
        ["覃半夏", IDS[0], "白溪镇卫生院", "2024-03-01", "2024-08-31"]])])
    book(tmp_path / "raw" / f"SYNTHETIC_{SUP}下乡帮扶活动登记2024.xlsx", [("Sheet1", [
        [f"{SUP}下乡帮扶活动登记（合成数据 SYNTHETIC）"], ["日期", "活动类型", "主题", "受援单位"],
        ["2024-05-09", "义诊", "高血压义诊", "白溪中心卫生院"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT h.name FROM deployments d JOIN hospitals h ON h.hospital_id = d.recipient_hospital_id").fetchall() == [
        ("柳渡县白溪镇中心卫生院",)]
    assert con.execute("SELECT h.name FROM activities a JOIN hospitals h ON h.hospital_id = a.recipient_hospital_id").fetchall() == [
        ("栖梧县白溪镇中心卫生院",)]


# --- realworld150–151: the recipient's own registers of experts; a year of monthly statistics


def test_a_recipients_register_of_the_experts_it_receives(tmp_path):
    # realworld150: 在我院担任 the post, 驻院时间 by month only, 原单位 the expert's hospital; 王主任 names no one
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}驻院专家考勤汇总2024.xlsx": [("Sheet1", [
        [f"{REC}2024年驻院专家登记（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "原单位", "职称", "在我院担任", "驻院时间"],
        [1, "覃半夏", IDS[0], SUP, "副主任医师", "科主任", "2024年3月—8月"],
        [2, "王主任", None, SUP, "主任医师", "—", "2024年5月—6月"]])]})
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR, position_at_recipient FROM deployments").fetchall() == [
        ("2024-03-01", "2024-08-31", "科主任")]
    assert con.execute("SELECT source_row, reason_code FROM quarantine").fetchall() == [(4, "MISSING_VALUE")]


def test_days_on_site_per_month_give_each_experts_stay(tmp_path):
    # realworld150: a schedule summarised by month (单位：天): a stay from the first month with days to the last
    months = [f"{m}月" for m in range(1, 13)]
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}专家坐诊排班汇总2024.xlsx": [("排班汇总", [
        [f"{REC}2024年上级医院专家坐诊排班汇总表（按月，单位：天）（合成数据 SYNTHETIC）"], ["序号", "专家姓名", "派出单位", "职称", *months],
        [1, "覃半夏", SUP, "副主任医师", None, None, 21, 22, 21, 20, 23, 22, None, None, None, None],
        [2, "褚连翘", SUP, "主治医师", None, None, None, None, None, None, 23, 22, 20, 18, 21, 19]])]})
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM deployments ORDER BY 1").fetchall() == [
        ("2024-03-01", "2024-08-31"), ("2024-07-01", "2024-12-31")]


def _month_sheet(month: int, title_month: int, figures: list) -> tuple:
    return (f"{month}月", [[f"{REC}2024年{title_month}月份业务统计（合成数据 SYNTHETIC）"],
                          ["医院", "门急诊人次", "出院人数", "手术台次", "外转人次"], [REC, *figures]])


def test_a_month_per_sheet_the_tab_names_the_month_and_a_copied_month_is_held(tmp_path):
    # realworld151: the 10月 tab still titled 9月份; the 5月 sheet a copy of 4月's figures (held COPIED_MONTH)
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}2024年业务统计月报.xlsx": [
        _month_sheet(4, 4, [19520, 1534, 338, 48]), _month_sheet(5, 5, [19520, 1534, 338, 48]),
        _month_sheet(9, 9, [20110, 1601, 352, 51]), _month_sheet(10, 9, [20950, 1588, 347, 44])]})
    assert con.execute("SELECT month, outpatient_visits FROM hospital_monthly_stats ORDER BY 1").fetchall() == [
        (4, 19520), (9, 20110), (10, 20950)]
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("COPIED_MONTH",)]


def test_a_period_in_chinese_digits_is_read():
    from pipelines.ingest.locate_table import period_in

    assert [period_in(t) for t in ("白杪镇中心卫生院二〇二四年三月报表", "二〇二四年度", "2024年9月份")] == ["2024-03", "2024", "2024-09"]


# --- REV24: what the review of round 30 reproduced (each checked to fail before its fix)


def test_review_a_plan_remark_with_more_after_it_is_still_a_plan(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "受援医院", "开始日期", "结束日期", "备注"],
        ["覃半夏", IDS[0], REC, "2024-03-01", "2024-08-31", None],
        ["白芷", IDS[3], REC, "2024-09-01", "2025-02-28", "因疫情尚未成行（待定）"],
        ["黄芩", IDS[2], REC, "2024-10-01", "2025-03-31", "暂未成行，预计下半年"]])]})
    assert con.execute("SELECT start_date::VARCHAR FROM deployments").fetchall() == [("2024-03-01",)]


def test_review_a_city_hospitals_branch_is_no_township_and_one_way_lists_follow_the_levels(tmp_path):
    branch = f"{SUP}城东分院"
    head = ["序号", "姓名", "身份证号", "科室", "派出单位", "接收单位", "开始时间", "结束时间"]
    pairs = [*PAIRS, [2, branch, "柳渡县白溪镇卫生院", "2022-01-01", "2025-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / f"SYNTHETIC_{REC}人员交流名单2024.xlsx", [("Sheet1", [
        [f"{REC}2024年城乡医院对口支援人员交流名单（合成数据 SYNTHETIC）"], head,
        [1, "覃半夏", IDS[0], "内科", SUP, REC, "2024-03-01", "2024-08-31"],
        [2, "褚连翘", IDS[1], "外科", REC, branch, "2024-04-01", "2024-09-30"]])])
    book(tmp_path / "raw" / f"SYNTHETIC_{REC}上挂人员交流名单2024.xlsx", [("Sheet1", [
        [f"{REC}2024年人员交流名单（合成数据 SYNTHETIC）"], head,
        [1, "黄芩", IDS[2], "内科", REC, SUP, "2024-05-01", "2024-10-31"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute("SELECT r.name, h.name FROM trainees t JOIN hospitals r ON r.hospital_id = t.recipient_hospital_id "
                      "JOIN hospitals h ON h.hospital_id = t.host_hospital_id ORDER BY t.start_date").fetchall()
    assert got == [(REC, branch), (REC, SUP)]
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (1,)


@pytest.mark.parametrize("cell", ["买买提 艾力", "阿依古丽 吐尔逊", "蒋白芷 小蒋"])
def test_review_a_name_with_a_space_that_is_no_two_han_names_stays_one_person(tmp_path, cell):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["序号", "姓名", "科室", "受援医院", "开始日期", "结束日期"],
        [1, cell, "急诊科", REC, "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (1,)


def test_review_a_bracket_that_changes_a_length_or_names_a_part_of_the_month_is_kept():
    from pipelines.ingest.parse_dates import parse_date, parse_duration_months

    with pytest.raises(ValueError):
        parse_duration_months("半年（延长至一年）")
    with pytest.raises(ValueError):
        parse_duration_months("3个月（实际两个月）")
    assert parse_date("2024年3月\n（下旬）").value.isoformat() == "2024-03-21"


def test_review_two_lectures_whose_topics_differ_inside_stay_two_and_a_twin_never_overwrites(tmp_path):
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{SUP}帮扶活动台账2024.xlsx": [("Sheet1", [
            [f"{SUP}帮扶活动台账（合成数据 SYNTHETIC）"], ["序号", "活动日期", "活动类型", "活动主题", "参加人数", "受援医院"],
            [1, "2024-03-05", "技术培训", "传染病报告管理培训", 30, REC], [2, "2024-05-10", "学术讲座", "急性胸痛的规范化诊治", 45, REC]])],
        f"SYNTHETIC_{REC}帮扶活动登记2024.xlsx": [("Sheet1", [
            [f"{REC}帮扶活动登记簿（合成数据 SYNTHETIC）"], ["序号", "日期", "形式", "内容", "参加人数", "支援医院"],
            [1, "2024-03-05", "培训", "传染病管理培训", 45, SUP], [2, "2024-05-10", "讲座", "急性胸痛规范化诊治讲座", 40, SUP]])]})
    got = con.execute("SELECT topic, participants FROM activities ORDER BY activity_date, topic").fetchall()
    assert got == [("传染病报告管理培训", 30), ("传染病管理培训", 45), ("急性胸痛的规范化诊治", 45)]


def test_review_a_list_of_appraisals_of_many_trainees_is_a_trainee_list(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}进修人员结业考核鉴定汇总表.xlsx": [("Sheet1", [
        [f"{SUP}2024年度受援医院进修人员结业考核鉴定汇总表（合成数据 SYNTHETIC）"],
        ["姓名", "身份证号", "原单位", "进修科室", "开始时间", "结束时间", "结业考核"],
        ["褚连翘", IDS[1], REC, "心内科", "2024-03-01", "2024-08-31", "合格"]])]})
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (1,)


def test_review_a_citys_general_hospital_says_its_main_campus_without_a_county_hospital_taking_it(tmp_path):
    city, tcm = "青萝市总医院", "柳渡县中医院"
    pairs = [*PAIRS, [2, city, tcm, "2022-01-01", "2025-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / f"SYNTHETIC_{city}派驻人员名单2024.xlsx", [("Sheet1", [
        [f"{city}2024年派驻柳渡县中医院人员名单（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "派出单位", "受援医院", "开始日期", "结束日期"],
        [1, "覃半夏", IDS[0], "总院", tcm, "2024-03-01", "2024-08-31"]])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT s.name FROM deployments d JOIN hospitals s ON s.hospital_id = d.support_hospital_id").fetchall() in (
        [], [(city,)])  # held, or the file's own hospital — never 柳渡县人民医院


# --- realworld152–153: pairing lists as published; activities exported from information systems


def test_a_published_pairing_lists_short_recipient_team_cell_and_handover_remark(tmp_path):
    # realworld152: 县人民医院 under 所在县 青苒县; 甲（牵头）⏎乙（成员） in one support cell; 备注 2024年6月起调整为X支援
    pairs = [["附件1：琅川省城乡医院对口支援关系表（2024—2026年）（合成数据 SYNTHETIC）"],
             ["序号", "支援医院", "受援医院", "所在县", "支援期限", "备注"],
             [1, SUP, "县人民医院", "青苒县", "2024.1—2026.12", None],
             [2, "澄漪市中心医院（牵头）\n澄漪市第二人民医院（成员）", "青苒县妇幼保健院", "青苒县", "2024.1—2026.12", None],
             [3, "琅川省中医院", "苎岚县中医医院", "苎岚县", "2024.1—2026.12", "2024年6月起调整为澄漪市第一人民医院支援"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    (tmp_path / "raw").mkdir()
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    got = con.execute("SELECT s.name, r.name, p.start_date::VARCHAR, p.end_date::VARCHAR FROM pairings p "
                      "JOIN hospitals s ON s.hospital_id = p.support_hospital_id JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id "
                      "ORDER BY 2, 3, 1").fetchall()
    assert sorted(got) == sorted([(SUP, "青苒县人民医院", "2024-01-01", "2026-12-31"),
                   ("澄漪市中心医院", "青苒县妇幼保健院", "2024-01-01", "2026-12-31"),
                   ("澄漪市第二人民医院", "青苒县妇幼保健院", "2024-01-01", "2026-12-31"),
                   ("琅川省中医院", "苎岚县中医医院", "2024-01-01", "2024-05-31"),
                   ("澄漪市第一人民医院", "苎岚县中医医院", "2024-06-01", "2026-12-31")])


def test_system_exports_of_activities(tmp_path):
    # realworld153: two consultations at one hospital on one day (patients masked, experts differ); a pending one is no
    # activity; a sign-in list is one activity per event with its attendees counted, and its own staff's event none;
    # a 义诊活动登记表's type from its title and 服务人次 its participants
    con = _ingest(tmp_path, {
        "SYNTHETIC_远程医疗平台会诊记录导出_2024Q2.xlsx": [("会诊记录", [
            ["远程医疗服务平台 会诊记录导出（合成数据 SYNTHETIC）"],
            ["序号", "申请医院", "会诊医院", "会诊专家", "会诊类型", "患者姓名", "住院号", "会诊时间", "状态"],
            [1, REC, SUP, "严知秋", "远程会诊", "柳三水", "ZY2024004417", "2024-04-03 15:30:12", "已完成"],
            [2, REC, SUP, "伍承泽", "远程会诊", "桑满仓", "ZY2024004420", "2024-04-03 16:05:40", "已完成"],
            [3, REC, SUP, "严知秋", "远程会诊", "郝春生", "ZY2024005108", None, "待会诊"]])],
        f"SYNTHETIC_{REC}继续教育系统_签到明细.xlsx": [("签到明细", [
            [f"{REC}继续医学教育管理系统 — 活动签到明细（合成数据 SYNTHETIC）"],
            ["序号", "活动名称", "活动类型", "主讲人", "主讲人单位", "活动时间", "参加人员", "所在科室"],
            [1, "急性心肌梗死教学查房", "教学查房", "许清和", SUP, "2024-04-18 14:30", "韦晓岚", "心内科"],
            [2, "急性心肌梗死教学查房", "教学查房", "许清和", SUP, "2024-04-18 14:30", "丁若愚", "心内科"],
            [3, "急性心肌梗死教学查房", "教学查房", "许清和", SUP, "2024-04-18 14:30", "范春燕", "心内科"],
            [4, "压疮护理", "教学查房", "程护士长", "本院", "2024-05-23 10:00", "鲁一鸣", "护理部"],
            [5, "压疮护理", "教学查房", "程护士长", "本院", "2024-05-23 10:00", "陈小满", "护理部"]])],
        f"SYNTHETIC_{SUP}义诊活动登记2024.xlsx": [("义诊登记", [
            [f"{SUP}赴{REC}义诊活动登记表（2024年）（合成数据 SYNTHETIC）"], ["序号", "日期", "地点", "受援医院", "参加专家（人）", "服务人次"],
            [1, "2024-03-16", "城关镇文化广场", REC, 5, 230]])]})
    got = con.execute("SELECT activity_date::VARCHAR, activity_type, participants FROM activities ORDER BY 1, 2").fetchall()
    assert got == [("2024-03-16", "义诊", 230), ("2024-04-03", "远程会诊", None), ("2024-04-03", "远程会诊", None),
                   ("2024-04-18", "教学查房", 3)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_a_technique_list_by_department_with_devices_clinics_and_plans(tmp_path):
    # realworld154: a sheet per department (its name the department); 类别 新设备 / 新开设专科门诊 no technique; 开展情况
    # 筹备中 a plan; 首例级别 县内首例 / 院内首例 the county gap; 技术来源 本院进修后开展 no support hospital and no finding;
    # the support hospital's own list naming one of them with a word more (小针刀松解术) the same day: one technique
    head = ["序号", "类别", "项目名称", "技术来源", "首例开展日期", "2024年累计例数", "首例级别", "开展情况"]
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{REC}2024年新技术新项目（分科室）.xlsx": [("心内科", [
            [f"{REC}2024年新技术新项目登记表（心内科）（合成数据 SYNTHETIC）"], head,
            [1, "新技术", "经皮冠状动脉介入治疗", SUP, "2024-03-18", 42, "县内首例", "已开展"],
            [2, "新技术", "针刀松解术", "本院进修后开展", "2024-05-14", 36, "院内首例", "已开展"],
            [3, "新技术", "冠脉血管内超声", SUP, None, None, "县内首例", "筹备中"],
            [4, "新设备", "电子支气管镜", "医院自购", "2024-09-02", None, None, "已开展"],
            [5, "新开设专科门诊", "慢性气道疾病专病门诊", SUP, "2024-04-08", None, None, "已开展"]])],
        f"SYNTHETIC_{SUP}2024年帮扶新技术汇总.xlsx": [("Sheet1", [
            [f"{SUP}2024年对口帮扶新技术汇总（合成数据 SYNTHETIC）"], ["受援单位", "项目名称", "首次开展日期", "开展例数"],
            [REC, "经皮冠状动脉介入治疗", "2024-03-18", 42]])]})
    got = con.execute("SELECT name, department, fills_county_gap, support_hospital_id IS NULL FROM techniques ORDER BY first_performed_date").fetchall()
    assert got == [("经皮冠状动脉介入治疗", "心内科", True, False), ("针刀松解术", "心内科", False, True)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'HOSPITAL_NOT_FOUND'").fetchone() == (0,)


def test_a_technique_both_sides_name_with_a_word_more_the_same_day_is_one():
    from pipelines.ingest.stage_rows import _twin

    k, other = ("R", "小针刀松解术", "2024-05-14"), ("R", "针刀松解术", "2024-05-14")
    twins = {("R", "2024-05-14"): [other]}
    idx = {other: ["s1", ("S",), True, 3]}
    assert _twin(twins, idx, k, 1, 0, "S", "f2", {"s1": "f1"}, "techniques") == other
    assert _twin(twins, idx, k, 1, 0, "S", "f1", {"s1": "f1"}, "techniques") is None  # the same file: two rows
    assert _twin(twins, idx, k, 1, 0, "T", "f2", {"s1": "f1"}, "techniques") is None  # another support hospital


# --- REV25: what the review of rounds 31–32 reproduced (each checked to fail before its fix)


def test_review_a_twin_event_in_a_later_run_keeps_its_row(tmp_path):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    path = tmp_path / "t.duckdb"
    runs = [(f"SYNTHETIC_{SUP}帮扶活动台账2024.xlsx", [[f"{SUP}帮扶活动台账（合成数据 SYNTHETIC）"],
                                                      ["活动日期", "活动类型", "活动主题", "参加人数", "受援医院"],
                                                      ["2024-04-18", "学术讲座", "急性胸痛的规范化诊治", 45, REC]]),
            (f"SYNTHETIC_{REC}帮扶活动登记2024.xlsx", [[f"{REC}帮扶活动登记簿（合成数据 SYNTHETIC）"], ["日期", "形式", "内容", "支援医院"],
                                                     ["2024-04-18", "讲座", "急性胸痛规范化诊治讲座", SUP]])]
    for k, (name, rows) in enumerate(runs):
        book(tmp_path / f"r{k}" / name, [("Sheet1", rows)])
        ingest([str(tmp_path / f"r{k}")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT topic, participants FROM activities").fetchall() == [("急性胸痛的规范化诊治", 45)]


@pytest.mark.parametrize("cells, got", [(["三十", "二十五"], [25, 30]), (["全体医生", "内科医师"], [None, None])])
def test_review_counts_in_numerals_or_groups_of_staff_are_no_sign_in_list(tmp_path, cells, got):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}帮扶活动记录2024.xlsx": [("Sheet1", [
        [f"{SUP}帮扶活动记录（合成数据 SYNTHETIC）"], ["活动日期", "活动类型", "活动主题", "参加人员", "受援医院"],
        ["2024-03-05", "学术讲座", "高血压", cells[0], REC], ["2024-04-09", "教学查房", "心衰", cells[1], REC]])]})
    assert sorted(con.execute("SELECT participants FROM activities").fetchall(), key=str) == sorted([(x,) for x in got], key=str)


def test_review_a_remark_moving_the_start_keeps_the_row(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "受援医院", "开始日期", "结束日期", "备注"],
        ["覃半夏", IDS[0], REC, "2024-03-01", "2024-08-31", "原定2月下派，因疫情未成行，推迟至3月1日"],
        ["白芷", IDS[3], REC, "2024-04-01", "2024-09-30", "1月未成行，改为4月派驻"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (2,)


def test_review_a_remark_in_brackets_after_a_length_or_a_date_is_set_aside():
    from pipelines.ingest.parse_dates import parse_date, parse_duration_months

    assert [parse_duration_months(t) for t in ("6个月（含节假日）", "3个月（周末除外）", "6个月（第一批）", "1年（两期）")] == [6, 3, 6, 12]
    assert [parse_date(t).value.isoformat() for t in ("2024.4.18\n（中医科）", "2024.5.9\n（起搏器植入首例）")] == ["2024-04-18", "2024-05-09"]


def test_review_a_month_grid_of_patients_is_no_schedule_of_stays(tmp_path):
    months = [f"{m}月" for m in range(1, 13)]
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}派驻专家每月门诊接诊量2024.xlsx": [("Sheet1", [
        [f"{REC}2024年派驻专家每月门诊接诊量统计（单位：人次/天）（合成数据 SYNTHETIC）"], ["姓名", "派驻单位", *months],
        ["覃半夏", REC, *[12] * 12]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (0,)


@pytest.mark.parametrize("cell, people", [("欧阳一鸣 陆一鸣", 2), ("诸葛明 王凯", 2)])
def test_review_two_spaced_names_with_a_compound_surname_are_two(tmp_path, cell, people):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], ["序号", "姓名", "科室", "受援医院", "开始日期", "结束日期"],
        [1, cell, "急诊科", REC, "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT count(DISTINCT person_id) FROM deployments").fetchone() == (people,)


def test_review_month_tabs_running_into_the_next_year():
    from pipelines.ingest.locate_table import tab_month_over_title

    assert (tab_month_over_title("2024-12", "1月"), tab_month_over_title("2024-09", "10月")) == ("2025-01", "2024-10")


def test_review_a_small_centres_equal_figures_in_a_real_month_are_kept(tmp_path):
    town = "柳渡县石门乡卫生院"
    pairs = [*PAIRS, [2, REC, town, "2022-01-01", "2025-12-31"]]

    def sheet(month, rec_figures):
        return (f"{month}月", [[f"柳渡县受援医院2024年{month}月业务统计（合成数据 SYNTHETIC）"], ["医院", "门急诊人次", "出院人数", "手术台次", "外转人次"],
                              [REC, *rec_figures], [town, 410, 3, 1, 2]])
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县受援医院2024年业务统计月报.xlsx", [sheet(3, [15100, 1080, 220, 30]), sheet(4, [15600, 1102, 231, 28])])
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM hospital_monthly_stats").fetchone() == (4,)


def test_review_a_trainees_end_of_study_appraisal_is_no_trainee_list(tmp_path):
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}进修人员结业考核鉴定表.xlsx": [("Sheet1", [
        [f"{SUP}进修人员结业考核鉴定表（合成数据 SYNTHETIC）"], ["姓名", "褚连翘", "身份证号", IDS[1]], ["原单位", REC, "进修科室", "心内科"],
        ["进修时间", "2024年3月1日至2024年8月31日"], ["鉴定意见", "合格"]])]})
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (0,)


def test_review_a_sign_in_lists_morning_and_afternoon_sessions_are_two(tmp_path):
    rows = [["序号", "活动名称", "活动类型", "主讲人单位", "活动时间", "参加人员"]]
    rows += [[k, "急性心梗查房", "教学查房", SUP, t, n] for k, (t, n) in enumerate(
        [("2024-04-18 09:00", "韦晓岚"), ("2024-04-18 09:00", "丁若愚"), ("2024-04-18 09:00", "范春燕"),
         ("2024-04-18 14:30", "鲁一鸣"), ("2024-04-18 14:30", "陈小满")], 1)]
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}继续教育系统_签到明细.xlsx": [("签到明细", [
        [f"{REC}继续医学教育管理系统 — 活动签到明细（合成数据 SYNTHETIC）"], *rows])]})
    assert sorted(con.execute("SELECT participants FROM activities").fetchall()) == [(2,), (3,)]
