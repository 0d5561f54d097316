"""Cases the twenty-sixth round of outsider corpora (realworld130: money in the trainee and deployment forms;
realworld132: aggregate returns beside the detailed forms; realworld134–136) found, each on a small hand-made file
with hand-written expectations."""

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


IDS = [_valid(f"990101198003{k:02d}001") for k in range(1, 5)]


def _ingest(tmp_path, files: dict):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        book(tmp_path / "raw" / name, content)
    path = tmp_path / "t.duckdb"
    report = ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    assert not report.failed, [f.error for f in report.failed]
    return duckdb.connect(str(path), read_only=True)


def _roster(title: str, money: str, rows: list) -> list:
    return [[title], ["序号", "姓名", "身份证号", "派出医院", "受援医院", "科室", "职称", "开始时间", "结束时间", money], *rows]


def test_money_our_hospital_paid_is_the_recipients_only_on_the_recipients_own_sheet(tmp_path):
    # realworld130: 我院 is whoever fills the form
    row = [1, "覃半夏", IDS[0], SUP, REC, "内科", "主治医师", "2024-03-01", "2024-08-31", 1200]
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{REC}接收派驻人员2024.xlsx": [("Sheet1", _roster(f"{REC}接收派驻人员登记表（合成数据 SYNTHETIC）",
                                                                   "我院发放生活补助（元）", [row]))],
        f"SYNTHETIC_{SUP}派驻人员名册2024.xlsx": [("Sheet1", _roster(f"{SUP}派驻人员名册（合成数据 SYNTHETIC）", "我院发放生活补助（元）",
                                                                   [[2, "褚连翘", IDS[1], SUP, REC, "外科", "副主任医师", "2024-09-02",
                                                                     "2025-02-28", 3000]]))]})
    got = dict(con.execute("SELECT start_date::VARCHAR, paid_by_recipient FROM deployments").fetchall())
    assert got == {"2024-03-01": 1200, "2024-09-02": None}


def test_a_table_of_only_hospitals_and_counts_is_a_summary_not_a_trainee_list(tmp_path):
    # realworld132: a 督导 return's 汇总表, one row of counts per pairing
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县对口支援半年报2024.xlsx": [("汇总表", [
        ["柳渡县2024年上半年对口支援工作汇总表（合成数据 SYNTHETIC）"],
        ["受援医院", "支援医院", "派驻人数", "派驻人次", "接收进修人数", "引进新技术项数"],
        [REC, SUP, 3, 3, 2, 1]])],
        f"SYNTHETIC_{SUP}接收进修人员2024.xlsx": [("Sheet1", [
            [f"{SUP}接收进修人员名单（合成数据 SYNTHETIC）"],
            ["姓名", "身份证号", "选派单位", "进修科室", "进修开始", "进修结束", "带教人数", "考核次数"],
            ["黄芩", IDS[2], REC, "心内科", "2024-03-01", "2024-08-31", 1, 2]])]})
    held = con.execute("SELECT reason_code, count(*) FROM quarantine q JOIN submissions s USING (submission_id) "
                       "WHERE s.file_name LIKE '%半年报%' GROUP BY 1").fetchall()
    assert held == [("SHEET_UNRECOGNISED", 1)]
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (1,)  # the real list, with its count columns


def _ingest_pairs(tmp_path, pairs: list, files: dict):
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        book(tmp_path / "raw" / name, content)
    path = tmp_path / "t.duckdb"
    report = ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    assert not report.failed, [f.error for f in report.failed]
    return duckdb.connect(str(path), read_only=True)


CROSS = [["青梓省对口帮扶关系一览表（2024—2026年）（合成数据 SYNTHETIC）"], ["序号", "受援医院", "所在县", "支援医院"],
         ["一、东西部协作（东澜省）"], [1, "汀芜县人民医院", "汀芜县", "东澜省澄阳市第一人民医院"],
         [2, "碧崖县人民医院", "碧崖县", "东澜省人民医院"], [3, "汀芜县妇幼保健院", "汀芜县", "东澜省澜州市中心医院"],
         ["二、省际对口帮扶（南溟省）"], [4, "碧崖县人民医院", "碧崖县", "南溟省人民医院"],
         ["三、省内城乡对口支援"], [5, "霁原县人民医院", "霁原县", "澄阳市第一人民医院"]]


def _stay(k, sup, rec, start):
    return [k, f"队员{k}", IDS[k - 1], sup, rec, "内科", "主治医师", start, "2024-12-31"]


def test_a_province_left_out_is_the_province_whose_office_sent_the_file(tmp_path):
    # realworld135: two provinces each have a 省人民医院 and a 澄阳市第一人民医院
    head = ["序号", "姓名", "身份证号", "后方医院", "前方帮扶医院", "专业", "职称", "进驻时间", "期满时间"]
    con = _ingest_pairs(tmp_path, CROSS, {
        "SYNTHETIC_东澜省援青梓工作队队员名册2024.xlsx": [("Sheet1", [
            ["东澜省援青梓医疗人才组团式帮扶工作队队员名册（合成数据 SYNTHETIC）"], head,
            _stay(1, "省人民医院", "碧崖县人民医院", "2024-03-01"),
            _stay(2, "澄阳市第一人民医院", "汀芜县人民医院", "2024-03-02"),
            _stay(3, "澜州中心医院", "汀芜县妇幼保健院", "2024-03-03")])],
        "SYNTHETIC_南溟省人民医院派驻碧崖县人民医院名单2024.xlsx": [("Sheet1", [
            ["南溟省人民医院派驻人员名单（合成数据 SYNTHETIC）"], head, _stay(4, "省人民医院", "碧崖县人民医院", "2024-03-04")])]})
    names = [n for (n,) in con.execute("SELECT name FROM hospitals ORDER BY name").fetchall()]
    assert "澄阳市第一人民医院" in names and "东澜省澄阳市第一人民医院" in names  # two hospitals, not one
    got = dict(con.execute("SELECT d.start_date::VARCHAR, s.name FROM deployments d "
                           "JOIN hospitals s ON s.hospital_id = d.support_hospital_id").fetchall())
    assert got == {"2024-03-01": "东澜省人民医院", "2024-03-02": "东澜省澄阳市第一人民医院",
                   "2024-03-03": "东澜省澜州市中心医院", "2024-03-04": "南溟省人民医院"}
    assert con.execute("SELECT count(*) FROM hospital_aliases WHERE alias IN ('省人民医院', '澄阳市第一人民医院')").fetchone() == (0,)


def test_a_team_named_by_its_province_is_the_recipients_one_supporter_from_there(tmp_path):
    # realworld135: 东澜组团帮扶队 in the recipient's own register
    con = _ingest_pairs(tmp_path, CROSS, {"SYNTHETIC_碧崖县人民医院对口帮扶活动登记表2024.xlsx": [("2024年", [
        ["碧崖县人民医院2024年对口帮扶活动登记表（合成数据 SYNTHETIC）"],
        ["序号", "日期", "帮扶单位", "活动形式", "内容", "参加人数"],
        [1, "2024-05-14", "东澜组团帮扶队", "专题讲座", "胸痛中心建设", 30],
        [2, "2024-05-20", "南溟省人民医院", "教学查房", "心衰", 12],
        [3, "2024-06-02", "省人民医院", "义诊", "义诊", 0]])]})
    got = dict(con.execute("SELECT a.activity_date::VARCHAR, s.name FROM activities a "
                           "LEFT JOIN hospitals s ON s.hospital_id = a.support_hospital_id").fetchall())
    # the bare 省人民医院 in a 青梓省 file names neither supporter surely: left empty, with a finding
    assert got == {"2024-05-14": "东澜省人民医院", "2024-05-20": "南溟省人民医院", "2024-06-02": None}


def test_titles_of_managers_licences_and_ranks_and_the_category_a_title_does_not_give(tmp_path):
    # realworld134: non-doctor staff
    head = ["序号", "姓名", "身份证号", "派出医院", "受援医院", "科室", "职称", "执业类别", "开始时间", "结束时间"]
    rows = [[1, "甲", IDS[0], SUP, REC, "院办", "高级经济师", "", "2024-03-01", "2024-08-31"],
            [2, "乙", IDS[1], SUP, REC, "内科", "助理医师", "", "2024-03-02", "2024-08-31"],
            [3, "丙", IDS[2], SUP, REC, "外科", "副高职称", "护理", "2024-03-03", "2024-08-31"],
            [4, "丁", IDS[3], SUP, REC, "药剂科", "中级", "", "2024-03-04", "2024-08-31"]]
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻人员2024.xlsx": [("Sheet1", [[f"{SUP}派驻人员名单（合成数据 SYNTHETIC）"], head, *rows])]})
    got = {r[0]: r[1:] for r in con.execute("SELECT start_date::VARCHAR, title, title_rank, staff_category FROM deployments").fetchall()}
    assert got == {"2024-03-01": ("高级经济师", "副高级", "管理"), "2024-03-02": ("医士", "初级", "医疗"),
                   "2024-03-03": (None, "副高级", "护理"), "2024-03-04": (None, "中级", "药学")}
    assert con.execute("SELECT count(*) FROM findings").fetchone() == (0,)


def test_a_pivot_table_of_months_is_read_as_the_months_it_sums(tmp_path):
    # realworld136: 行标签 | 求和项:门急诊人次, a year's subtotal above its months, (空白), 总计
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}业务量（透视）.xlsx": [("数据透视", [
        [f"{REC}2024年1-3月业务量（数据透视表）合成数据 SYNTHETIC"], [],
        ["行标签", "求和项:门急诊人次", "求和项:出院人数"],
        ["2024年", 3600, 330], ["1月", 1100, 100], ["2月", 1200, 110], ["3月", 1300, 120], ["(空白)"], ["总计", 3600, 330]])]})
    assert con.execute("SELECT month, outpatient_visits, discharges FROM hospital_monthly_stats ORDER BY month").fetchall() == \
        [(1, 1100, 100), (2, 1200, 110), (3, 1300, 120)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_a_blank_in_a_hospital_column_written_on_every_row_is_left_out_not_carried_down(tmp_path):
    # realworld136: 派驻单位 written on each row, one left blank
    rec2 = "青溆县人民医院"
    pairs = [*PAIRS, [2, SUP, rec2, "2022-01-01", "2025-12-31"]]
    head = ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"]
    rows = [[1, "甲", IDS[0], "内科", "主治医师", REC, "2024-03-01", "2024-08-31"],
            [2, "乙", IDS[1], "外科", "主治医师", REC, "2024-03-01", "2024-08-31"],
            [3, "丙", IDS[2], "骨科", "主治医师", None, "2024-09-01", "2025-02-28"],
            [4, "丁", IDS[3], "儿科", "主治医师", rec2, "2024-09-01", "2025-02-28"]]
    con = _ingest_pairs(tmp_path, pairs, {f"SYNTHETIC_{SUP}派驻人员名单2024.xlsx": [("Sheet1", [
        [f"{SUP}2024年派驻人员名单（合成数据 SYNTHETIC）"], head, *rows])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (3,)
    assert con.execute("SELECT source_row FROM quarantine").fetchall() == [(5,)]


def test_a_cohorts_line_gives_its_period_to_the_rows_under_it(tmp_path):
    # realworld138: 第一期（…）, 秋季班 9月—次年2月, a postponed end; a row with its own dates keeps them
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}接收进修人员名单2024.xlsx": [("进修人员", [
        [f"{SUP}2024年接收进修人员名单（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修时间"],
        ["第一期（2024.3.1—2024.8.31）"], [1, "甲", IDS[0], REC, "内科", None], [2, "乙", IDS[1], REC, "外科", "2024.4.1—2024.9.30"],
        ["2024年秋季班  9月—次年2月"], [3, "丙", IDS[2], REC, "儿科", None],
        ["第三期（原定2024年6月1日—11月30日，延期至2024年12月31日）"], [4, "丁", IDS[3], REC, "骨科", None]])]})
    got = sorted(con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM trainees").fetchall())
    assert got == [("2024-03-01", "2024-08-31"), ("2024-04-01", "2024-09-30"), ("2024-06-01", "2024-12-31"),
                   ("2024-09-01", "2025-02-28")]


def test_each_batch_line_above_its_own_header_gives_the_batch_its_stay(tmp_path):
    # realworld138: 第一批　下派时间：2024年1月至6月, then the batch's header and rows; then the second batch
    head = ["序号", "姓名", "身份证号", "科室", "职称"]
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}派驻{REC}医疗队名册.xlsx": [("医疗队", [
        [f"{SUP}派驻{REC}医疗队人员名册（合成数据 SYNTHETIC）"], ["第一批\u3000\u3000下派时间：2024年1月至6月"], head,
        [1, "甲", IDS[0], "内科", "主治医师"], [], ["第二批\u3000\u3000下派时间：2024年7月至12月"], head,
        [1, "乙", IDS[1], "外科", "主治医师"]])]})
    assert sorted(con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM deployments").fetchall()) == \
        [("2024-01-01", "2024-06-30"), ("2024-07-01", "2024-12-31")]


def test_rows_naming_their_cohort_take_its_dates_from_the_workbooks_schedule(tmp_path):
    # realworld138: 期次 1 / 第2期 on the rows, 期次 | 开始日期 | 结束日期 on a sheet of its own
    con = _ingest(tmp_path, {f"SYNTHETIC_{SUP}进修期次安排及学员名册.xlsx": [
        ("期次安排", [["2024年进修期次安排（合成数据 SYNTHETIC）"], ["期次", "开始日期", "结束日期"],
                      ["第1期", "2024-03-01", "2024-08-31"], ["第2期", "2024-09-01", "2025-02-28"]]),
        ("学员名册", [[f"{SUP}进修学员名册（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "选送单位", "进修科室", "期次"],
                      [1, "甲", IDS[0], REC, "内科", 1], [2, "乙", IDS[1], REC, "外科", "第2期"]])]})
    assert sorted(con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM trainees").fetchall()) == \
        [("2024-03-01", "2024-08-31"), ("2024-09-01", "2025-02-28")]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
    assert con.execute("SELECT DISTINCT kind FROM nondata_rows n JOIN submissions s USING (submission_id) "
                       "WHERE s.sheet_name = '期次安排'").fetchall() == [("aid_sheet",)]


def test_the_programmes_other_words_for_a_stay_a_trainee_a_technique_and_a_demonstration(tmp_path):
    # realworld139: 蹲点时间, 跟岗时间, 推广项目名称 | 推广时间, 带教手术
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{REC}蹲点帮扶人员登记2024.xlsx": [("Sheet1", [
            [f"{REC}2024年蹲点帮扶人员登记（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "派出单位", "科室", "蹲点时间"],
            [1, "甲", IDS[0], SUP, "内科", "2024.7.1—2024.12.31"]])],
        f"SYNTHETIC_{REC}跟岗学习人员2024.xlsx": [("Sheet1", [
            [f"{REC}赴{SUP}跟岗学习人员登记（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "跟岗医院", "跟岗科室", "跟岗时间"],
            [1, "乙", IDS[1], SUP, "外科", "2024.4.8—2024.7.7"]])],
        f"SYNTHETIC_{REC}适宜技术推广项目2024.xlsx": [("Sheet1", [
            [f"{REC}2024年适宜技术推广项目（合成数据 SYNTHETIC）"], ["序号", "推广项目名称", "推广科室", "推广时间", "开展例数", "支援医院"],
            [1, "浮针疗法", "康复科", "2024-05-10", 12, SUP]])],
        f"SYNTHETIC_{SUP}带教活动记录2024.xlsx": [("Sheet1", [
            [f"{SUP}驻{REC}带教活动记录（合成数据 SYNTHETIC）"], ["序号", "日期", "带教形式", "主题", "参加人数"],
            [1, "2024-03-26", "带教手术", "腹腔镜胆囊切除术", 6]])]})
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM deployments").fetchall() == [("2024-07-01", "2024-12-31")]
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM trainees").fetchall() == [("2024-04-08", "2024-07-07")]
    assert con.execute("SELECT name, first_performed_date::VARCHAR, cases FROM techniques").fetchall() == [("浮针疗法", "2024-05-10", 12)]
    assert con.execute("SELECT activity_type FROM activities").fetchall() == [("手术示教",)]


def test_districts_and_county_level_cities_short_names_and_a_county_turned_district(tmp_path):
    # realworld137: 松陂县 became 松陂区; 青禾市 is a county-level city under 澜州市
    pairs = [["对口支援关系一览表（合成数据 SYNTHETIC）"], ["序号", "受援医院", "所在县（市、区）", "支援医院", "起始日期", "备注"],
             [1, "松陂区人民医院", "松陂区", SUP, "2024-01-01", "原松陂县人民医院，2023年撤县设区后更名"],
             [2, "松陂区中医院", "松陂区", "澜州市中医院", "2024-01-01", None],
             [3, "青禾市中医院", "青禾市", "澜州市中医院", "2024-01-01", None]]
    head = ["序号", "姓名", "身份证号", "派驻地区", "派驻单位", "科室", "职称", "起始日期", "结束日期"]
    con = _ingest_pairs(tmp_path, pairs, {
        "SYNTHETIC_澜州市中医院派驻人员名单2024.xlsx": [("Sheet1", [
            ["澜州市中医院2024年对口支援派驻人员名单（合成数据 SYNTHETIC）"], head,
            [1, "甲", IDS[0], "青禾市", "市中医院", "针灸科", "主治中医师", "2024-02-26", "2024-08-25"],
            [2, "乙", IDS[1], "松陂区", "区中医院", "康复科", "主治中医师", "2024-03-04", "2024-09-03"],
            [3, "丙", IDS[2], "松陂区", "松陂县中医院", "骨伤科", "主治中医师", "2024-03-05", "2024-09-03"]])],
        f"SYNTHETIC_{SUP}派驻松陂县人民医院名册2024.xlsx": [("Sheet1", [
            [f"{SUP}派驻人员名册（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "派驻单位", "科室", "职称", "起始日期", "结束日期"],
            [1, "丁", IDS[3], "松陂县人民医院", "内科", "主治医师", "2024-03-06", "2024-09-03"]])]})
    got = dict(con.execute("SELECT d.start_date::VARCHAR, r.name FROM deployments d "
                           "JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id").fetchall())
    assert got == {"2024-02-26": "青禾市中医院", "2024-03-04": "松陂区中医院", "2024-03-05": "松陂区中医院",
                   "2024-03-06": "松陂区人民医院"}
    assert con.execute("SELECT count(*) FROM hospitals").fetchone() == (5,)


def test_members_of_a_team_whose_lead_is_marked_in_the_support_cell_and_two_supporters_in_one_cell(tmp_path):
    # realworld141: 支援医院 澜汐省人民医院（牵头） | 成员单位 甲、乙; an activity by two of them together
    pairs = [["对口支援关系一览表（合成数据 SYNTHETIC）"], ["序号", "受援医院", "所在县", "支援医院", "成员单位", "起始日期"],
             [1, REC, "柳渡县", "澜汐省人民医院（牵头）", "澜汐省肿瘤医院、澜汐医科大学附属第二医院", "2024-03-01"]]
    con = _ingest_pairs(tmp_path, pairs, {f"SYNTHETIC_{REC}帮扶活动登记2024.xlsx": [("Sheet1", [
        [f"{REC}2024年对口帮扶活动登记表（合成数据 SYNTHETIC）"], ["日期", "活动形式", "内容", "帮扶单位", "参加人数"],
        ["2024-04-10", "教学查房", "肺癌病例查房", "澜汐省肿瘤医院", 18],
        ["2024-07-03", "义诊", "肿瘤筛查义诊", "澜汐省人民医院、澜汐省肿瘤医院", 120]])]})
    assert con.execute("SELECT count(*) FROM pairings").fetchone() == (3,)
    got = dict(con.execute("SELECT a.activity_date::VARCHAR, s.name FROM activities a "
                           "LEFT JOIN hospitals s ON s.hospital_id = a.support_hospital_id").fetchall())
    assert got == {"2024-04-10": "澜汐省肿瘤医院", "2024-07-03": None}


# ---- the review of this round (REV21): ordinary files the new readings must leave as they were

def _pairs(rows: list, title: str = "附件1：东澜省城乡医院对口支援关系一览表（2024—2026年）（合成数据 SYNTHETIC）") -> list:
    return [[title], ["序号", "受援医院", "所在县（市、区）", "支援医院", "协议签订日期"], *[[i + 1, *r] for i, r in enumerate(rows)]]


def test_review_a_batch_line_of_key_value_pairs_still_gives_its_recipient_and_dates(tmp_path):
    con = _ingest_pairs(tmp_path, _pairs([["青杉县人民医院", "青杉县", "东澜省人民医院", "2024-01-05"],
                                          ["青杉县中医院", "青杉县", "东澜省人民医院", "2024-01-05"]]), {
        "SYNTHETIC_东澜省人民医院派驻人员名册2024.xlsx": [("Sheet1", [
            ["东澜省人民医院派驻人员名册（合成数据 SYNTHETIC）"], ["序号", "姓名", "性别", "科室", "职称"],
            ["第一批　受援单位：青杉县人民医院　派驻时间：2024年3月1日—8月31日"], [1, "甲", "男", "内科", "主治医师"],
            ["第二批　受援单位：青杉县中医院　派驻时间：2024年9月1日—12月31日"], [2, "乙", "男", "骨科", "主治医师"]])]})
    got = sorted(con.execute("SELECT r.name, d.start_date::VARCHAR, d.end_date::VARCHAR FROM deployments d "
                             "JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id").fetchall())
    assert got == [("青杉县中医院", "2024-09-01", "2024-12-31"), ("青杉县人民医院", "2024-03-01", "2024-08-31")]


def test_review_a_city_and_its_same_named_county_are_two_places(tmp_path):
    con = _ingest_pairs(tmp_path, _pairs([["澄阳县人民医院", "澄阳县", "澄阳市人民医院", "2024-01-05"]]), {})
    assert sorted(n for (n,) in con.execute("SELECT name FROM hospitals").fetchall()) == ["澄阳县人民医院", "澄阳市人民医院"]
    assert con.execute("SELECT count(*) FROM pairings").fetchone() == (1,)


def test_review_a_bare_short_name_in_a_provincial_roster_is_still_the_senders_recipients(tmp_path):
    con = _ingest_pairs(tmp_path, _pairs([["青杉县人民医院", "青杉县", "东澜省人民医院", "2024-01-05"],
                                          ["青杉县中医院", "青杉县", "东澜省人民医院", "2024-01-05"],
                                          ["白石县中医院", "白石县", "东澜省中医院", "2024-01-05"]]), {
        "SYNTHETIC_东澜省人民医院派驻人员名册2024.xlsx": [("Sheet1", [
            ["东澜省人民医院派驻人员名册（2024年）（合成数据 SYNTHETIC）"],
            ["序号", "姓名", "派驻单位", "科室", "职称", "派驻开始时间", "派驻结束时间"],
            [1, "甲", "中医院", "骨科", "主治医师", "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT r.name FROM deployments d JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id"
                       ).fetchall() == [("青杉县中医院",)]


def test_review_words_ending_in_district_are_no_county(tmp_path):
    con = _ingest_pairs(tmp_path, [["东澜省脱贫地区城乡医院对口支援关系一览表（2024—2026年）（合成数据 SYNTHETIC）"],
                                   ["序号", "受援医院", "支援医院", "协议签订日期"], [1, "青禾市人民医院", "东澜省人民医院", "2024-01-05"]], {})
    assert con.execute("SELECT county FROM hospitals WHERE name = '青禾市人民医院'").fetchall() == [(None,)]


def test_review_a_group_merged_over_its_rows_does_not_stop_the_fill_down_below(tmp_path):
    import openpyxl

    pairs = _pairs([["青杉县人民医院", "青杉县", "东澜省人民医院", "2024-01-05"], ["青杉县中医院", "青杉县", "东澜省人民医院", "2024-01-05"]])
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    (tmp_path / "raw").mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["东澜省人民医院2024年派驻人员名册（合成数据 SYNTHETIC）"],
              ["序号", "派驻单位", "姓名", "身份证号", "科室", "派驻开始时间", "派驻结束时间"],
              [1, "青杉县人民医院", "甲", IDS[0], "内科", "2024-03-01", "2024-08-31"],
              [2, None, "乙", IDS[1], "外科", "2024-03-01", "2024-08-31"],
              [3, None, "丙", IDS[2], "儿科", "2024-03-01", "2024-08-31"],
              [4, "青杉县中医院", "丁", IDS[3], "骨科", "2024-03-01", "2024-08-31"],
              [5, None, "戊", _valid("99010119800403001"), "针灸科", "2024-03-01", "2024-08-31"]]:
        ws.append(r)
    ws.merge_cells("B3:B4")
    wb.save(tmp_path / "raw" / "SYNTHETIC_东澜省人民医院2024年派驻人员名册.xlsx")
    path = tmp_path / "t.duckdb"
    assert not ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")]).failed
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (5,)


def test_review_a_dated_roster_beside_a_trainee_list_is_no_cohort_schedule(tmp_path):
    con = _ingest_pairs(tmp_path, _pairs([["青杉县人民医院", "青杉县", "澄阳市人民医院", "2024-01-05"]]), {
        "SYNTHETIC_澄阳市人民医院对口支援青杉县人民医院工作台账2024.xlsx": [
            ("下派人员", [["澄阳市人民医院下派人员名单（合成数据 SYNTHETIC）"], ["批次", "专家姓名", "派驻单位", "科室", "开始时间", "结束时间"],
                          ["第1批", "甲", "青杉县人民医院", "内科", "2024-01-01", "2024-06-30"],
                          ["第2批", "乙", "青杉县人民医院", "外科", "2024-07-01", "2024-12-31"]]),
            ("进修人员", [["青杉县人民医院来我院进修人员（合成数据 SYNTHETIC）"], ["批次", "姓名", "选送单位", "进修科室", "进修期限"],
                          ["第1批", "丙", "青杉县人民医院", "心内科", "3个月"]])]})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM trainees WHERE start_date IS NOT NULL").fetchone() == (0,)


def test_review_one_provinces_list_writing_a_hospital_with_and_without_its_province_names_one(tmp_path):
    con = _ingest_pairs(tmp_path, _pairs([["青杉县人民医院", "青杉县", "东澜省澄阳市第一人民医院", "2024-01-05"],
                                          ["青杉县中医院", "青杉县", "澄阳市第一人民医院", "2024-01-05"],
                                          ["白石县人民医院", "白石县", "东澜省人民医院", "2024-01-05"]]), {})
    assert con.execute("SELECT count(*) FROM hospitals").fetchone() == (5,)


def test_a_national_templates_comparison_columns_give_only_the_report_years_figures(tmp_path):
    # realworld140: 基期（2022年）| 报告期（2024年） with a code row; 2024年 | 2023年 | 同比增减（%）
    con = _ingest(tmp_path, {
        f"SYNTHETIC_{REC}附表2服务能力.xlsx": [("附表2", [
            ["附表2：受援医院服务能力情况表（合成数据 SYNTHETIC）"], [f"填报单位：{REC}"],
            ["月份", "门急诊人次", None, "出院人数", None],
            [None, "基期（2022年）", "报告期（2024年）", "基期（2022年）", "报告期（2024年）"],
            ["统计代码", "B01", "B02", "B03", "B04"],
            ["1月", 700, 1000, 60, 100], ["2月", 710, 1010, 61, 101]])],
        f"SYNTHETIC_{REC}附表2（2024年下半年）.xlsx": [("附表2", [
            ["附表2：受援医院服务能力情况表（2024年7—12月）（合成数据 SYNTHETIC）"], [f"填报单位：{REC}"],
            ["月份", "门急诊人次", None, None], [None, "2024年", "2023年", "同比增减（%）"],
            ["7月", 1200, 1100, 9.1], ["8月", 1210, 1105, 9.5]])]})
    got = con.execute("SELECT year, month, outpatient_visits FROM hospital_monthly_stats ORDER BY year, month").fetchall()
    assert got == [(2024, 1, 1000), (2024, 2, 1010), (2024, 7, 1200), (2024, 8, 1210)]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_an_autonomous_county_said_with_half_its_name(tmp_path):
    # realworld142: 峨川彝族自治县人民医院 said 峨川自治县人民医院 and 峨川彝族县医院; 峨山县 beside it stays apart
    con = _ingest_pairs(tmp_path, _pairs([["峨川彝族自治县人民医院", "峨川彝族自治县", SUP, "2024-01-05"],
                                          ["峨山县人民医院", "峨山县", SUP, "2024-01-05"]]), {
        f"SYNTHETIC_{SUP}派驻人员名册2024.xlsx": [("Sheet1", [
            [f"{SUP}派驻人员名册（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "派驻单位", "科室", "开始时间", "结束时间"],
            [1, "甲", IDS[0], "峨川自治县人民医院", "内科", "2024-03-01", "2024-08-31"],
            [2, "乙", IDS[1], "峨川彝族县医院", "外科", "2024-03-02", "2024-08-31"],
            [3, "丙", IDS[2], "峨山县医院", "儿科", "2024-03-03", "2024-08-31"]])]})
    got = dict(con.execute("SELECT d.start_date::VARCHAR, r.name FROM deployments d "
                           "JOIN hospitals r ON r.hospital_id = d.recipient_hospital_id").fetchall())
    assert got == {"2024-03-01": "峨川彝族自治县人民医院", "2024-03-02": "峨川彝族自治县人民医院", "2024-03-03": "峨山县人民医院"}


def test_review_a_county_flow_over_three_years_with_a_growth_column_keeps_every_year(tmp_path):
    # REV22: only a monthly form's two years beside a 同比 column are a comparison
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县县域住院流向2022-2024.xlsx": [("Sheet1", [
        ["柳渡县县域住院流向（合成数据 SYNTHETIC）"],
        ["区划代码", "县", "县域内住院人次", None, None, "县域外住院人次", None, None, "年均增长率（%）"],
        [None, None, "2022年", "2023年", "2024年", "2022年", "2023年", "2024年", None],
        ["999101", "柳渡县", 10000, 11000, 12000, 1500, 1400, 1300, 9.5]])]})
    assert con.execute("SELECT count(DISTINCT year) FROM county_inpatient_stats").fetchone() == (3,)


def test_review_a_cohort_line_gives_its_period_and_its_pairs_both(tmp_path):
    # REV22: 第一期（2024.3.1—2024.8.31）　进修医院：X
    con = _ingest(tmp_path, {f"SYNTHETIC_{REC}外出进修人员2024.xlsx": [("Sheet1", [
        [f"{REC}2024年外出进修人员（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "进修科室"],
        [f"第一期（2024.3.1—2024.8.31）　进修医院：{SUP}"], [1, "甲", IDS[0], "内科"]])]})
    assert con.execute("SELECT start_date::VARCHAR, end_date::VARCHAR FROM trainees").fetchall() == [("2024-03-01", "2024-08-31")]


def test_review_a_provinces_own_list_names_its_placeless_specialist_hospitals(tmp_path):
    # REV22: 肿瘤医院 in a 琨澜省 file is 琨澜省肿瘤医院, though 东澜省 has one too
    con = _ingest_pairs(tmp_path, _pairs([["柳渡县人民医院", "柳渡县", "琨澜省肿瘤医院", "2024-01-05"],
                                          ["青杉县人民医院", "青杉县", "东澜省肿瘤医院", "2024-01-05"]]), {
        "SYNTHETIC_琨澜省对口支援派驻人员汇总表2024.xlsx": [("Sheet1", [
            ["琨澜省对口支援派驻人员汇总表（合成数据 SYNTHETIC）"], ["序号", "姓名", "身份证号", "派出单位", "受援医院", "开始时间", "结束时间"],
            [1, "甲", IDS[0], "肿瘤医院", "柳渡县人民医院", "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT s.name FROM deployments d JOIN hospitals s ON s.hospital_id = d.support_hospital_id"
                       ).fetchall() == [("琨澜省肿瘤医院",)]
