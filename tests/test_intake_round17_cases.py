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


IDS = [_valid(f"99010119800{k:02d}1001") for k in range(1, 8)]


def _ingest(tmp_path, files: dict):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
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
