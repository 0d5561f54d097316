"""Cases the seventeenth round of outsider corpora (realworld99–101) found, each on a small hand-made file with
hand-written expectations: a list of everyone who went out to learn (only 进修 is a trainee); two periods of one
进修 in a cell; an approval system's export (only approved applications are records); monthly figures with their
period in the header (本月门急诊人次 | 本年累计门急诊人次: never the running total)."""

import datetime as dt

import duckdb

from intake_workbooks import book
from pipelines.ingest.run import ingest

KEY = b"k" * 32
SUP, REC = "青萝市第一人民医院", "柳渡县人民医院"
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, SUP, REC, "2024-01-01", "2026-12-31"]]


def _valid(stem: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return stem + "10X98765432"[sum(int(c) * w for c, w in zip(stem, weights)) % 11]


IDS = [_valid(f"990101198001{k:02d}001") for k in range(1, 8)]


def _ingest(tmp_path, files: dict, pairs=None):
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs or PAIRS)])
    (tmp_path / "raw").mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        if isinstance(content, str):
            (tmp_path / "raw" / name).write_text(content, encoding="utf-8-sig")
        else:
            book(tmp_path / "raw" / name, content)
    path = tmp_path / "t.duckdb"
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return duckdb.connect(str(path), read_only=True)


def _held(con, code):
    return con.execute("SELECT source_row FROM quarantine WHERE reason_code = ? ORDER BY 1", [code]).fetchall()


def test_only_jinxiu_is_a_trainee_and_two_periods_in_a_cell_are_two_stays(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院外出学习人员登记2024.xlsx": [("外出学习", [
        ["柳渡县人民医院2024年外出学习人员登记（合成数据 SYNTHETIC）"],
        ["姓名", "身份证号", "科室", "培训类型", "去向单位", "起止时间"],
        ["甲", IDS[0], "内科", "进修", SUP, "2024.3.1-2024.8.31"],                        # row 3: a trainee
        ["乙", IDS[1], "护理部", "护理进修", SUP, "2024.3.1-2024.5.31；2024.9.1-2024.11.30"],  # row 4: two stays
        ["丙", IDS[2], "急诊科", "短期培训班", SUP, "2024.5.13-2024.5.17"],                 # row 5: a course
        ["丁", IDS[3], "全科", "规培", SUP, "2023.9.1-2026.8.31"],                           # row 6: residency
        ["戊", IDS[4], "ICU", "专科护士培训", SUP, "2024.4.8-2024.6.7"],                     # row 7
        ["己", IDS[5], "内科", "线上培训", "国家继续医学教育平台", "2024.6.1-2024.6.30"]])]})  # row 8
    d = dt.date
    assert con.execute("SELECT source_row, start_date, end_date FROM trainees ORDER BY 1, 2").fetchall() == [
        (3, d(2024, 3, 1), d(2024, 8, 31)), (4, d(2024, 3, 1), d(2024, 5, 31)), (4, d(2024, 9, 1), d(2024, 11, 30))]
    assert _held(con, "NOT_A_TRAINEE") == [(5,), (6,), (7,), (8,)]
    assert con.execute("SELECT count(DISTINCT host_hospital_id) FROM trainees").fetchone() == (1,)  # 去向单位: the host


def test_a_course_list_by_its_title_holds_no_trainee(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院胸痛中心短期培训班学员名单.xlsx": [("学员", [
        ["青萝市第一人民医院胸痛中心短期培训班学员名单（合成数据 SYNTHETIC）"],
        ["培训时间：2024年5月13日至5月17日"],
        ["序号", "姓名", "身份证号", "工作单位", "科室"],
        [1, "甲", IDS[0], REC, "急诊科"], [2, "乙", IDS[1], REC, "心内科"]])]})
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (0,)
    assert _held(con, "NOT_A_TRAINEE") == [(4,), (5,)]


def test_an_approval_export_keeps_only_approved_applications(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_青萝市第一人民医院_钉钉审批_派驻申请.xlsx": [("审批", [
            ["钉钉审批导出（合成数据 SYNTHETIC）"],
            ["审批编号", "审批状态", "审批结果", "发起人", "派驻人员", "身份证号", "派驻医院", "派驻开始", "派驻结束"],
            ["A1", "已完成", "拒绝", "文员", "甲", IDS[0], REC, "2024-03-01", "2024-08-31"],   # row 3: refused
            ["A2", "已完成", "同意", "文员", "甲", IDS[0], REC, "2024-03-01", "2024-08-31"],   # row 4: resubmitted, approved
            ["A3", "审批中", None, "文员", "乙", IDS[1], REC, "2024-04-01", "2024-09-30"],     # row 5: pending
            ["A4", "已撤销", None, "文员", "丙", IDS[2], REC, "2024-04-01", "2024-09-30"],     # row 6: withdrawn
            ["A5", "已通过", None, "文员", "丁", IDS[3], REC, "2024-05-01", "2024-10-31"]])],   # row 7
        "SYNTHETIC_青萝市第一人民医院_OA派驻申请.csv":
            "OA导出（合成数据 SYNTHETIC）\n当前节点,派驻人员,身份证号,派驻医院,派驻起止\n"
            f"结束（已通过）,戊,{IDS[4]},{REC},2024-02-10至2024-08-09\n"
            f"医务部审核,己,{IDS[5]},{REC},2024-02-10至2024-08-09\n"
            f"结束（已拒绝）,庚,{IDS[6]},{REC},2024-02-10至2024-08-09\n"})
    d = dt.date
    assert con.execute("SELECT source_row, start_date FROM deployments ORDER BY 2, 1").fetchall() == [
        (3, d(2024, 2, 10)), (4, d(2024, 3, 1)), (7, d(2024, 5, 1))]
    not_approved = con.execute("SELECT source_row FROM nondata_rows WHERE kind = 'not_approved' ORDER BY 1").fetchall()
    assert not_approved == [(3,), (4,), (5,), (5,), (6,)]  # the OA CSV's rows 4 and 5, the 钉钉 rows 3, 5 and 6
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)  # the approved resubmission is no duplicate


def test_a_monthly_figure_is_the_months_never_the_running_total(tmp_path):
    head = ["月份", "本月门急诊人次", "本年累计门急诊人次", "本月出院人数", "本年累计出院人数", "本月手术台次", "本年累计手术台次"]
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院2024年4月业务量.xlsx": [("4月", [
            ["柳渡县人民医院2024年4月业务量（合成数据 SYNTHETIC）"], head, ["2024年4月", 12451, 49771, 931, 3707, 214, 865]])],
        "SYNTHETIC_柳渡县人民医院2024年3月业务量.xlsx": [("3月", [
            ["柳渡县人民医院2024年3月业务量（合成数据 SYNTHETIC）"],
            ["月份", "门急诊人次", "出院人数", "手术台次"], [None, "本年累计", "本年累计", "本年累计"],
            ["3月", 37320, 2776, 651]])],
        "SYNTHETIC_柳渡县人民医院2024年1-5月累计.xlsx": [("5月", [
            ["柳渡县人民医院2024年1-5月业务量（合成数据 SYNTHETIC）"],
            ["月份", "门急诊人次（1-5月累计）", "出院人数（1-5月累计）", "手术台次（1-5月累计）"], ["5月", 62259, 4617, 1092]])]})
    assert con.execute("SELECT year, month, outpatient_visits, discharges, surgeries FROM hospital_monthly_stats").fetchall() == \
        [(2024, 4, 12451, 931, 214)]
    held = con.execute("""SELECT s.file_name, q.reason_code, q.reason FROM quarantine q JOIN submissions s USING (submission_id)
                          ORDER BY 1""").fetchall()
    # March and May gave only running totals: held (for the months' own figures, or as a sheet to look at)
    assert [(f.endswith("1-5月累计.xlsx"), f.endswith("3月业务量.xlsx")) for f, _, _ in held] == [(True, False), (False, True)]
    assert all(code in ("MISSING_VALUE", "SHEET_UNRECOGNISED") for _, code, _ in held)
    assert all("累计" in why for _, code, why in held if code == "MISSING_VALUE")  # the reason says so


def test_an_assessments_score_is_its_total_and_a_month_sheet_under_a_years_file_name_is_that_month(tmp_path):
    head = ["姓名", "身份证号", "派出单位", "扣分合计", "总分", "考核等次"]
    sheets = [(name, [[f"柳渡县人民医院派驻人员月度考核表（{title}）（合成数据 SYNTHETIC）"], head,
                      ["甲", IDS[0], SUP, 2, 98, "优秀"], ["乙", IDS[1], SUP, None, None, "合格"]])
              for name, title in (("2024.01", "2024年1月"), ("三月份", "三月份"))]
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院派驻人员月度考核（2024年上半年）.xlsx": sheets})
    assert con.execute("SELECT year, month, score FROM staff_monthly_assessments ORDER BY month").fetchall() == \
        [(2024, 1, 98), (2024, 3, 98)]
    held = con.execute("SELECT reason_code, reason FROM quarantine").fetchall()
    assert [c for c, _ in held] == ["MISSING_VALUE", "MISSING_VALUE"] and all("合格" in r for _, r in held)  # a grade only


def test_a_count_by_quarter_is_its_total_else_the_quarters_added(tmp_path):
    def sheet(with_total):
        qs = ["一季度", "二季度", "三季度", "四季度"] + (["合计"] if with_total else [])
        return [("新技术", [["柳渡县人民医院2024年新技术新项目（合成数据 SYNTHETIC）"],
                            ["项目名称", "科室", "首例开展时间", *["2024年开展例数（例）"] * len(qs)],
                            [None, None, None, *qs],
                            ["腹腔镜胆囊切除术", "普外科", "2024年3月", "/", 8, 9, "—", *(["26例"] if with_total else [])],
                            ["针刀松解术", "骨伤科", "2024.5", None, 20, 31, 28, *(["80例"] if with_total else [])],
                            ["浮针疗法", "康复科", "2024.10", None, None, None, "约6", *([None] if with_total else [])]])]
    for with_total, cases in ((True, [None, 26, 80]), (False, [None, 17, 79])):
        con = _ingest(tmp_path / str(with_total), {"SYNTHETIC_柳渡县人民医院2024年新技术.xlsx": sheet(with_total)})
        assert con.execute("SELECT name, cases FROM techniques ORDER BY 1").fetchall() == \
            list(zip(["浮针疗法", "腹腔镜胆囊切除术", "针刀松解术"], cases))  # the 合计 as written; else — and / are none
        # "约6" is no count: left empty with a finding (and its blank 合计 says nothing), never dropped
        assert con.execute("SELECT count(*) FROM findings WHERE code = 'UNPARSEABLE_OPTIONAL'").fetchone() == (0 if with_total else 1,)


def test_a_series_of_sessions_in_one_date_cell_is_a_record_per_date(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院帮扶活动2024.xlsx": [("活动", [
        ["青萝市第一人民医院2024年对口帮扶柳渡县人民医院活动（合成数据 SYNTHETIC）"],
        ["活动类型", "主题", "日期", "参加人数"],
        ["学术讲座", "心衰系列讲座", "2024年4月9日、5月14日、\n6月11日、7月9日", "每讲30人"],
        ["学术讲座", "糖尿病系列讲座", "2024年9月3日、10月8日", "共50人"],
        ["教学查房", "胸痛病例", "2024.5.21", "12人"]])]})
    d = dt.date
    assert con.execute("SELECT activity_date, participants FROM activities ORDER BY 1").fetchall() == [
        (d(2024, 4, 9), 30), (d(2024, 5, 14), 30), (d(2024, 5, 21), 12), (d(2024, 6, 11), 30), (d(2024, 7, 9), 30),
        (d(2024, 9, 3), None), (d(2024, 10, 8), None)]  # 共50人 is the series', no one session's
    assert con.execute("SELECT DISTINCT source_row FROM findings WHERE code = 'SHARED_COUNT'").fetchall() == [(4,)]


def test_a_rename_in_the_pairing_lists_remark_keeps_one_hospital(tmp_path):
    new = "柳渡县第一人民医院"
    head = ["序号", "支援医院", "受援医院", "起始日期", "终止日期", "备注"]
    book(tmp_path / "p2024.xlsx", [("Sheet1", [["2024年对口支援关系表（合成数据 SYNTHETIC）"], head,
                                               [1, SUP, REC, "2024-01-01", "2026-12-31", None]])])
    book(tmp_path / "p2025.xlsx", [("Sheet1", [["2025年对口支援关系表（合成数据 SYNTHETIC）"], head,
                                               [1, SUP, new, "2024-01-01", "2026-12-31", f"原{REC}，2025年1月1日起更名"]])])
    (tmp_path / "raw").mkdir()
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院2024年业务量.xlsx", [("业务量", [
        [f"{REC}2024年业务量（合成数据 SYNTHETIC）"], ["月份", "门急诊人次", "出院人数"], ["1月", 1200, 80]])])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY,
           pairings=[str(tmp_path / "p2024.xlsx"), str(tmp_path / "p2025.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    names = con.execute("SELECT name FROM hospitals ORDER BY 1").fetchall()
    assert (REC,) not in names and (new,) in names  # the former name is no hospital of its own …
    assert con.execute("""SELECT h.name FROM hospital_monthly_stats m JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id""").fetchall() \
        == [(new,)]  # … but an alias: the old name's figures are the renamed hospital's


def test_a_countys_own_list_of_its_township_centres_and_the_names_they_go_by(tmp_path):
    county_list = [["柳渡县县级医院对口帮扶乡镇卫生院一览表（2024—2026年）（合成数据 SYNTHETIC）"],
                   ["序号", "帮扶单位（县级医院）", "受帮扶单位", "类别", "协议签订日期", "备注"],
                   [1, REC, "白沙镇中心卫生院", "乡镇卫生院", "2024年1月5日", None],
                   [2, REC, "柳塘镇中心卫生院", "乡镇卫生院", "2024年1月5日", "2023年6月由原柳塘镇卫生院、石埠乡卫生院撤并组建"],
                   [3, "白沙镇中心卫生院", "白沙镇龙湾村卫生室", "村卫生室", "2024年1月5日", None]]
    book(tmp_path / "county.xlsx", [("Sheet1", county_list)])
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    (tmp_path / "raw").mkdir()
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院下沉医生花名册2024.xlsx", [("下沉", [
        ["柳渡县人民医院2024年下沉医生花名册（合成数据 SYNTHETIC）"],
        ["下沉医生", "身份证号", "驻点乡镇", "下沉时间", "每周下沉天数"],
        ["甲", IDS[0], "白沙", "2024.3.1-2024.8.31", 2], ["乙", IDS[1], "石埠乡", "2024.3.1-2024.8.31", 3]])])
    book(tmp_path / "raw" / "SYNTHETIC_医共体白沙分院业务统计1-6月.xlsx", [("1-6月", [
        ["柳渡县医共体白沙分院2024年1-6月业务统计表（合成数据 SYNTHETIC）"], ["月份", "门诊人次", "上转人次"], ["1月", 2841, 23]])])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY,
           pairings=[str(tmp_path / "pairs.xlsx"), str(tmp_path / "county.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    named = """SELECT h.name FROM {t} x JOIN hospitals h ON h.hospital_id = x.recipient_hospital_id ORDER BY 1"""
    assert con.execute(named.format(t="deployments")).fetchall() == [("柳塘镇中心卫生院",), ("白沙镇中心卫生院",)]
    assert con.execute("SELECT DISTINCT end_date FROM deployments").fetchall() == [(dt.date(2024, 8, 31),)]  # 每周2天 no length
    assert con.execute(named.format(t="hospital_monthly_stats")).fetchall() == [("白沙镇中心卫生院",)]
    assert con.execute("SELECT count(*) FROM pairings").fetchone() == (3,)  # the village clinic's row is out of scope
    assert con.execute("SELECT reason_code FROM quarantine").fetchall() == [("OUT_OF_SCOPE",)]
    # (柳塘镇卫生院 is the centre's own name said the short way already: no alias needed)
    assert con.execute("SELECT alias, method FROM hospital_aliases WHERE method = 'merged'").fetchall() == [("石埠乡卫生院", "merged")]


def test_pairing_lists_sections_teams_roles_and_a_name_broken_over_two_rows(tmp_path):
    national = [["三级医院对口帮扶县级医院名单（2021—2025年）（合成数据 SYNTHETIC）"], ["序号", "省份", "帮扶医院", "被帮扶医院"],
                ["琅岫省（2对）"] * 4, [1, "琅岫省", SUP, REC], [2, None, "东沅省立医院", "鹤岭县人民医院"]]
    team = [["“组团式”帮扶名单（2023—2025年）（合成数据 SYNTHETIC）"], ["序号", "受援医院", "所在县", "医院等级", "帮扶医院"],
            [1, "白溪县人民医院", "白溪县", "二级甲等", "牵头医院：省人民医院；\n成员单位：甲市中心医院、乙市中心医院"],
            [2, "石渚县人民医院", "石渚县", "二级乙等", "丙医科大学附属第一医院（牵头）"]]
    county = [["柳渡县县级医院对口支援乡镇卫生院名单（2024—2026年）（合成数据 SYNTHETIC）"], ["序号", "受援乡镇卫生院", "支援医院", "协议签订日期"],
              [1, "柳渡县桑园镇中心卫", REC, "2024年2月20日"], [None, "生院", None, None], [2, "柳渡县城关镇卫生院", REC, "2024年2月20日"]]
    later = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "等级", "类别", "所在县", "起始日期"],
             [1, SUP, REC, "二级甲等", "综合医院", "柳渡县", "2021-01-01"]]
    for name, rows in (("n.xlsx", national), ("t.xlsx", team), ("c.xlsx", county), ("l.xlsx", later)):
        book(tmp_path / name, [("Sheet1", rows)])
    (tmp_path / "raw").mkdir()
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY,
           pairings=[str(tmp_path / n) for n in ("n.xlsx", "t.xlsx", "c.xlsx", "l.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    pairs = con.execute("""SELECT s.name, r.name FROM pairings p JOIN hospitals s ON s.hospital_id = p.support_hospital_id
                           JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id ORDER BY 2, 1""").fetchall()
    assert sorted(pairs) == sorted([(REC, "柳渡县城关镇卫生院"), (REC, "柳渡县桑园镇中心卫生院"), (SUP, REC),
                                    ("丙医科大学附属第一医院", "石渚县人民医院"), ("乙市中心医院", "白溪县人民医院"),
                                    ("甲市中心医院", "白溪县人民医院"), ("省人民医院", "白溪县人民医院"), ("东沅省立医院", "鹤岭县人民医院")])
    # the national list gave 柳渡县人民医院 no level; the later list's fills it; a township centre's county from its name
    assert con.execute(f"SELECT level, grade, category, county FROM hospitals WHERE name = '{REC}'").fetchone() == \
        ("二级", "甲等", "综合医院", "柳渡县")
    assert con.execute("SELECT county FROM hospitals WHERE name = '柳渡县城关镇卫生院'").fetchone() == ("柳渡县",)
    assert con.execute("SELECT count(*) FROM nondata_rows WHERE kind IN ('section', 'continued')").fetchone() == (2,)


def test_a_work_logs_days_are_its_activities_and_the_roster_names_their_support_hospital(tmp_path):
    sup2 = "青萝市第二人民医院"
    pairs = [*PAIRS, [2, sup2, REC, "2024-01-01", "2026-12-31"]]
    book(tmp_path / "pairs.xlsx", [("Sheet1", pairs)])
    (tmp_path / "raw").mkdir()
    book(tmp_path / "raw" / "SYNTHETIC_甲工作日志2024年3月.xlsx", [("3月", [
        ["对口支援派驻人员工作日志（2024年3月）（合成数据 SYNTHETIC）"], [f"姓名：甲    科室：心内科    受援单位：{REC}"],
        ["日期", "工作内容", "备注"],
        ["2024-03-05", "上午门诊，接诊23人次；下午教学查房1次，参加医护12人", None],      # row 4
        ["2024-03-06", "上午病房查房，下午门诊", None],                                   # row 5: routine work
        ["2024-03-12", "上午门诊；下午教学查房2次（一病区、二病区），分别参加10人、9人", None],  # row 6: two rounds
        ["2024-03-18", "赴白沙镇开展下乡义诊，受益群众约120人", None],                      # row 7
        ["月小结", "本月开展教学查房3次、义诊1次", None]])])
    book(tmp_path / "raw" / "SYNTHETIC_青萝市第二人民医院派驻人员名册2024.xlsx", [("名册", [
        [f"{sup2}2024年派驻{REC}人员名册（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "科室", "派驻开始", "派驻结束"],
        ["甲", IDS[0], "心内科", "2024-03-01", "2024-08-31"]])])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    d = dt.date
    assert con.execute("""SELECT a.source_row, a.activity_date, a.activity_type, a.participants, h.name FROM activities a
                          JOIN hospitals h ON h.hospital_id = a.support_hospital_id ORDER BY 1, 4""").fetchall() == [
        (4, d(2024, 3, 5), "教学查房", 12, sup2), (6, d(2024, 3, 12), "教学查房", 9, sup2), (6, d(2024, 3, 12), "教学查房", 10, sup2),
        (7, d(2024, 3, 18), "义诊", None, sup2)]  # the support hospital from 甲's roster: the recipient has two
    assert con.execute("SELECT source_row, code FROM findings").fetchall() == [(7, "UNPARSEABLE_OPTIONAL")]  # 约120人
    assert con.execute("SELECT kind FROM nondata_rows WHERE source_row IN (5, 8) ORDER BY source_row").fetchall() == [
        ("no_activity",), ("total",)]


def test_the_reviews_ordinary_files_stay_read_as_before(tmp_path):
    """REV17: an activity register with a 工作内容 column, a 进修 list with a 类别 or 学习形式 column, 每月考核得分,
    an approval whose node is done or whose result is 同意 with a remark, a 医共体 remark, a centre of another county."""
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院教学查房记录2024.xlsx": [("Sheet1", [
            ["柳渡县人民医院教学查房记录表（合成数据 SYNTHETIC）"], ["序号", "日期", "主查专家", "工作内容", "参加人数"],
            [1, "2024-04-09", "张明", "查房患者3例，讲解心衰诊治要点", 12]])],
        "SYNTHETIC_白沙卫生院继续教育台账2024.xlsx": [("Sheet1", [
            [f"{REC}2024年外出进修人员名单（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "类别", "学习形式", "进修医院", "进修科室", "起止时间"],
            ["甲", IDS[0], "专科护士", "线上理论+线下实操", SUP, "护理部", "2024.3.1-2024.8.31"]])],
        "SYNTHETIC_柳渡县人民医院派驻人员考核2024年5月.xlsx": [("5月", [
            ["柳渡县人民医院派驻人员考核表（2024年5月）（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "派出单位", "每月考核得分"],
            ["乙", IDS[1], SUP, 96]])],
        "SYNTHETIC_青萝市第一人民医院_派驻审批.xlsx": [("审批", [
            ["审批导出（合成数据 SYNTHETIC）"], ["审批结果", "当前节点", "派驻人员", "身份证号", "派驻医院", "派驻开始", "派驻结束"],
            ["同意", "审批完毕", "丙", IDS[2], REC, "2024-03-01", "2024-08-31"],
            ["同意（派驻期间不予发放夜班费）", "无", "丁", IDS[3], REC, "2024-03-01", "2024-08-31"]])]})
    assert con.execute("SELECT activity_type, participants FROM activities").fetchall() == [("教学查房", 12)]
    assert con.execute("SELECT count(*) FROM trainees").fetchone() == (1,)
    assert con.execute("SELECT score FROM staff_monthly_assessments").fetchall() == [(96,)]
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM nondata_rows WHERE kind = 'not_approved'").fetchone() == (0,)


def test_a_remark_on_a_medical_community_merges_nothing_and_a_centre_is_never_another_countys(tmp_path):
    pairs = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "所在县", "起始日期", "备注"],
             [1, SUP, REC, "柳渡县", "2024-01-01", "与柳渡县中医医院整合组建柳渡县医共体"],
             [2, REC, "白沙镇中心卫生院", "柳渡县", "2024-01-01", None],
             [3, "石岭县人民医院", "石岭县中医医院", "石岭县", "2024-01-01", None]]
    con = _ingest(tmp_path, {
        "SYNTHETIC_青萝市第一人民医院派驻名册.xlsx": [("Sheet1", [
            ["青萝市第一人民医院派驻人员花名册（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "派驻单位", "派驻开始日期", "派驻结束日期"],
            ["甲", IDS[0], "柳渡县中医医院", "2024-03-01", "2024-08-31"]])],
        "SYNTHETIC_石岭县人民医院派驻名册.xlsx": [("Sheet1", [
            ["石岭县人民医院派驻人员花名册（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "派驻单位", "派驻开始日期", "派驻结束日期"],
            ["乙", IDS[1], "白沙卫生院", "2024-03-01", "2024-08-31"]])]}, pairs=pairs)
    assert con.execute("SELECT count(*) FROM hospital_aliases WHERE method = 'merged'").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (0,)  # both held: no guess
    assert con.execute("SELECT reason_code FROM quarantine ORDER BY 1").fetchall() == [("UNRESOLVED_HOSPITAL",)] * 2


def test_formulas_saved_without_their_values_are_worked_out_or_said(tmp_path):
    import openpyxl

    (tmp_path / "raw").mkdir()
    wb = openpyxl.Workbook()  # openpyxl saves formulas without values, as a script's workbook does
    ws = wb.active
    ws.title = "7-12月"
    ws.append([f"{REC}2024年7-12月业务量（合成数据 SYNTHETIC）"])
    ws.append(["月份", "门诊", "急诊", "门急诊人次", "出院人数", "手术台次"])
    ws.append(["7月", 20000, 2365, "=B3+C3", "=SUM(B3:C3)-22000", 210])
    ws.append(["8月", 21000, 2840, "=SUM(B4,C4)", '=VLOOKUP("x",H1:I2,2,FALSE)', 215])
    wb.save(tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院业务量7-12月.xlsx")
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    assert con.execute("SELECT month, outpatient_visits, discharges, surgeries FROM hospital_monthly_stats ORDER BY 1").fetchall() == [
        (7, 22365, 365, 210), (8, 23840, None, 215)]
    # the lookup cannot be worked out: its field is left empty with a finding, never silently
    assert con.execute("SELECT source_row, field, code FROM findings").fetchall() == [(4, "discharges", "UNPARSEABLE_OPTIONAL")]


def test_a_settlement_export_of_flows_gives_each_insured_countys_year(tmp_path):
    rows = ("医疗保障信息平台 住院结算人次统计（按参保地、就医地）合成数据 SYNTHETIC\n统计期间：2023-01-01至2023-12-31\n"
            "参保地行政区划代码,就医地行政区划代码,住院结算人次\n990124,990124,25840\n990124,990102,3915\n990124,980105,287\n"
            "990125,990125,19430\n990125,990124,1104\n合计,,50576\n导出时间：2024-02-05 09:30:12\n")
    half = rows.replace("2023-12-31", "2023-06-30")
    con = _ingest(tmp_path / "a", {"SYNTHETIC_住院结算人次_参保地就医地_2023.csv": rows})
    assert con.execute("""SELECT county_code, year, resident_admissions, resident_admissions_outside_county
                          FROM county_inpatient_stats ORDER BY 1""").fetchall() == [
        ("990124", 2023, 25840 + 3915 + 287, 3915 + 287), ("990125", 2023, 19430 + 1104, 1104)]
    assert con.execute("""SELECT kind, count(*) FROM nondata_rows JOIN submissions USING (submission_id)
                          WHERE file_name LIKE '%参保地%' GROUP BY 1 ORDER BY 1""").fetchall() == [
        ("header", 1), ("meta", 1), ("note", 1), ("title", 1), ("total", 1)]
    con = _ingest(tmp_path / "b", {"SYNTHETIC_住院结算人次_参保地就医地_2023上半年.csv": half})
    assert con.execute("SELECT count(*) FROM county_inpatient_stats").fetchone() == (0,)
    assert con.execute("SELECT DISTINCT reason_code FROM quarantine").fetchall() == [("PART_OF_YEAR",)]  # half a year


def test_two_columns_one_figure_a_total_among_its_parts_grades_and_fees_by_the_month(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_柳渡县人民医院2024年业务量.xlsx": [("1-2月", [
            [f"{REC}2024年1-2月业务量（合成数据 SYNTHETIC）"],
            ["月份", "门诊人次", "急诊人次", "出院人数", "手术台次", "手术台次", "手术台次"],
            [None, None, None, None, "三级手术", "四级手术", "合计"],
            ["1月", 9881, 658, 810, 201, 83, 284], ["2月", 9500, 700, 790, 210, 83, 293]])],
        "SYNTHETIC_青萝市第一人民医院进修生导出2024.xlsx": [("进修生", [
            [f"{SUP}2024年进修生信息（合成数据 SYNTHETIC）"], ["姓名", "身份证号", "派出单位", "进修科室", "进修开始", "进修期限", "结业考核", "进修费"],
            ["甲", IDS[0], REC, "内科", "2024年3月", "6个月", "优秀", "免收"],
            ["乙", IDS[1], REC, "外科", "2024年5月", "3个月", "未结业", "1500元/月"],
            ["丙", IDS[2], REC, "儿科", "2024年6月", "3个月", "合格", "已减免"]])]})
    assert con.execute("SELECT month, outpatient_visits, surgeries FROM hospital_monthly_stats ORDER BY 1").fetchall() == [
        (1, 9881 + 658, 284), (2, 9500 + 700, 293)]  # 门诊 + 急诊; the 合计 under 手术台次, never a grade's column
    assert con.execute("SELECT department, completed, fee_charged FROM trainees ORDER BY start_date").fetchall() == [
        ("内科", True, 0), ("外科", False, 4500), ("儿科", True, 0)]
    assert con.execute("SELECT count(*) FROM findings").fetchone() == (0,)


def test_a_gap_filled_in_words_or_ticks_the_years_cases_and_a_technique_of_two_supporters(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院2024年新技术开展情况.xlsx": [("开展情况", [
        [f"{REC}2024年新技术新项目开展情况（合成数据 SYNTHETIC）"],
        ["项目名称", "科室", "技术来源", "首次开展日期", "本年开展例数", "累计开展例数", "填补空白情况", "填补市内空白", "填补院内空白"],
        ["腹腔镜胆囊切除术", "普外科", SUP, "2024-04-18", 46, 46, "填补县域空白", None, None],
        ["经皮椎体成形术", "骨科", SUP, "2023-10-09", 21, 33, "填补院内空白", None, None],
        ["椎管内分娩镇痛", "妇产科", f"{SUP}、柳渡县中医医院", "2024-06-03", 58, 58, None, "√", None],
        ["冠状动脉造影术", "心内科", SUP, "2024-03-12", 9, 9, None, None, "√"]])]})
    got = con.execute("""SELECT t.name, t.cases, t.fills_county_gap, h.name FROM techniques t
                         LEFT JOIN hospitals h ON h.hospital_id = t.support_hospital_id ORDER BY t.first_performed_date""").fetchall()
    assert got == [("经皮椎体成形术", 21, False, SUP), ("冠状动脉造影术", 9, False, SUP), ("腹腔镜胆囊切除术", 46, True, SUP),
                   ("椎管内分娩镇痛", 58, True, None)]  # written with two supporters: neither one's alone


def test_the_second_reviews_cases_stay_read_right(tmp_path):
    """REV18: refusals after a prefix, a script's workbook with an empty self-closing cell before a formula, a 每月 rate,
    a 合计 over years, a failed completion assessment, a title cell naming a title beside an admin word."""
    import openpyxl

    (tmp_path / "raw").mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([f"{REC}2024年医疗服务月报（合成数据 SYNTHETIC）"])
    ws.append(["月份", "门诊", "急诊", "出院人数", "外转人次", "门急诊人次"])
    ws.append(["1月", 1300, 200, 180, 12, "=B3+C3"])
    ws.append(["2月", 1200, 150, 170, None, "=B4+C4"])
    for c in ws[4]:
        c.border = openpyxl.styles.Border(left=openpyxl.styles.Side(style="thin"))  # an empty cell written as <c … s="1"/>
    wb.save(tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院医疗服务月报2024.xlsx")
    book(tmp_path / "raw" / "SYNTHETIC_进修审批导出.xlsx", [("导出", [
        ["进修申请审批导出（合成数据 SYNTHETIC）"], ["审批状态", "进修人员", "身份证号", "派出单位", "进修医院", "进修科室", "进修开始时间", "进修结束时间", "结业情况",
         "每月进修费（元）"],
        ["审核不通过", "甲", IDS[0], REC, SUP, "内科", "2024-03-01", "2024-08-31", None, 1500],
        ["科主任驳回", "乙", IDS[1], REC, SUP, "外科", "2024-03-01", "2024-08-31", None, 1500],
        ["已通过", "丙", IDS[2], REC, SUP, "儿科", "2024-03-01", "2024-08-31", "结业考核不合格", 1500]])])
    book(tmp_path / "raw" / "SYNTHETIC_柳渡县人民医院新技术2024.xlsx", [("新技术", [
        [f"{REC}2024年新技术（合成数据 SYNTHETIC）"], ["项目名称", "首例开展时间", "开展例数", "开展例数", "开展例数"],
        [None, None, "2023年", "2024年", "合计"], ["腹腔镜胆囊切除术", "2023年9月", 5, 12, 17]])])
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    ingest([str(tmp_path / "raw")], tmp_path / "t.duckdb", show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    assert con.execute("SELECT month, outpatient_visits, referrals_out FROM hospital_monthly_stats ORDER BY 1").fetchall() == [
        (1, 1500, 12), (2, 1350, None)]  # each formula's value in its own cell; February's blank stays blank
    assert con.execute("SELECT department, completed, fee_charged FROM trainees").fetchall() == [("儿科", False, None)]
    assert con.execute("SELECT count(*) FROM nondata_rows WHERE kind = 'not_approved'").fetchone() == (2,)
    assert con.execute("SELECT cases FROM techniques").fetchall() == [(None,)]  # 2023 + 2024 is no one year's figure
    from pipelines.ingest.parse_values import parse_value
    assert parse_value("title", "行政/主治医师").title == "主治医师"


def test_the_gap_named_before_its_word_and_a_county_without_its_city():
    from pipelines.ingest.establish_hospitals import county_in_name
    from pipelines.ingest.parse_values import gap_filled

    assert [gap_filled(t) for t in ("填补本院空白（县内已开展）", "填补市内空白", "填补空白（县域）", "填补空白")] == [False, True, True, None]
    assert [county_in_name(n) for n in ("岚州市青梧县人民医院", "红旗镇卫生院", "青梧县城关镇卫生院")] == ["青梧县", None, "青梧县"]
