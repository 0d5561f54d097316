"""Cases the twenty-first round of outsider corpora (realworld114: people's names across forms; realworld115:
year-end work summaries; realworld116: what is inside the cells; realworld117: a year's resubmissions;
realworld119: an adjustment notice within a cycle) found, each on a small hand-made file with hand-written
expectations."""

import datetime as dt

import duckdb

from intake_workbooks import book
from pipelines.ingest.form_catalogue import norm_label
from pipelines.ingest.other_paperwork import why_not_a_form
from pipelines.ingest.parse_dates import parse_date_range
from pipelines.ingest.run import ingest
from pipelines.ingest.sheet_context import title_parties
from pipelines.ingest.supersede import is_copy

KEY = b"k" * 32
SUP, REC = "青萝市第一人民医院", "柳渡县人民医院"
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, SUP, REC, "2024-01-01", "2026-12-31"]]


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


def test_a_title_naming_the_two_hospitals_the_other_way_round_is_set_right_by_their_pairing(tmp_path):
    # 柳渡县人民医院…对口帮扶活动记录（青萝市第一人民医院）reads "柳渡 supports 青萝"; the pairing says the opposite
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院帮扶活动记录2024.xlsx": [("活动记录", [
        [f"{REC}2024年对口帮扶活动记录（{SUP}）（合成数据 SYNTHETIC）"],
        ["日期", "活动类型", "主题", "参加人数"],
        ["2024-03-14", "学术讲座", "高血压规范管理", 30]])]})
    got = con.execute("""SELECT s.name, r.name FROM activities a JOIN hospitals s ON s.hospital_id = a.support_hospital_id
                         JOIN hospitals r ON r.hospital_id = a.recipient_hospital_id""").fetchall()
    assert got == [(SUP, REC)]
    # … and the same words in the right order stay as they are (REV19: 支援…工作记录表（受援医院）)
    p = title_parties(f"{SUP}对口支援工作记录表（{REC}）")
    assert (p.first, p.second) == (SUP, REC)


def test_a_work_summary_is_other_paperwork_whatever_it_resembles():
    pairs_like = {"support_hospital_id": ("支援医院", "exact", 100.0), "recipient_hospital_id": ("受援医院", "exact", 100.0),
                  "recipient_county": ("所在县", "exact", 100.0)}
    assert "工作总结" in why_not_a_form("pairings", "翠渠省人民医院2024年度对口支援工作总结表（合成数据 SYNTHETIC）", pairs_like)
    assert why_not_a_form("pairings", "翠渠省城乡医院对口支援关系一览表（2023—2025年）", pairs_like) is None


def test_a_summary_in_label_value_lines_is_held_not_a_traceback(tmp_path):
    # realworld115's platform export: 项目 | 内容 lines with 支援医院 / 受援医院 / 所在县 crashed the reader
    con = _ingest(tmp_path, {"SYNTHETIC_2024年度对口支援工作总结表_青萝市第一人民医院.csv":
                             "青萝市第一人民医院2024年度对口支援工作总结表（合成数据 SYNTHETIC）,\n项目,内容\n"
                             f"支援医院,{SUP}\n受援医院,{REC}\n所在县,柳渡县\n派驻人员,全年派驻2人\n"})
    assert con.execute("SELECT count(*) FROM deployments").fetchone() == (0,)
    held = con.execute("SELECT DISTINCT reason_code FROM quarantine").fetchall()
    assert held == [("SHEET_UNRECOGNISED",)]


def test_a_header_in_traditional_characters_matches_its_synonym():
    assert norm_label("派出單位") == norm_label("派出单位")
    assert norm_label("在崗抽查次數") == norm_label("在岗抽查次数")
    assert norm_label("乾县") == "乾县"  # a character simplified Chinese has stays as written


def test_two_month_columns_under_a_scores_title_are_two_months_of_scores(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院派驻人员考核得分2024.xlsx": [("考核得分", [
        ["柳渡县人民医院2024年派驻人员月度考核得分表（合成数据 SYNTHETIC）"],
        ["序号", "姓名", "派出单位", "科室", "5月", "6月"],
        [1, "甲", SUP, "心血管内科", 93, 94],
        [2, "乙", SUP, "急诊科", 88, 91]])]})
    got = con.execute("SELECT source_row, month, score FROM staff_monthly_assessments ORDER BY 1, 2").fetchall()
    assert [(r, m, float(s)) for r, m, s in got] == [(3, 5, 93.0), (3, 6, 94.0), (4, 5, 88.0), (4, 6, 91.0)]


def test_a_note_in_the_name_cell_and_a_name_without_its_dot_are_the_same_person(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_青萝市第一人民医院派驻人员名单2024.xlsx": [("名单", [
            [f"{SUP}派驻{REC}人员名单（合成数据 SYNTHETIC）"],
            ["姓名", "身份证号", "科室", "职称", "派驻开始", "派驻结束"],
            ["李强（女）", IDS[0], "麻醉科", "主治医师", "2024-03-01", "2024-08-31"],
            ["热依拉•艾力", IDS[1], "内科", "主治医师", "2024-03-01", "2024-08-31"]])],
        "SYNTHETIC_柳渡县人民医院派驻人员考核2024年5月.xlsx": [("5月", [
            [f"{REC}2024年5月派驻人员考核表（合成数据 SYNTHETIC）"],
            ["姓名", "派出单位", "考核得分"],
            ["李强", SUP, 90],
            ["热依拉艾力", SUP, 92]])]})
    # the assessment's name-based person ids are the roster's names' keys (person_name_keys), one per person
    linked = con.execute("""SELECT a.source_row, k.person_id = d.person_id FROM staff_monthly_assessments a
                            JOIN person_name_keys k ON k.name_key = a.person_id
                            JOIN deployments d ON d.person_id = k.person_id ORDER BY 1""").fetchall()
    assert linked == [(3, True), (4, True)]


def test_two_namesakes_of_one_list_told_apart_by_department_are_two_trainees(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院进修人员2024.csv":
                             f"{REC}2024年进修人员（合成数据 SYNTHETIC）\n姓名,科室,进修单位,起止时间\n"
                             f"李娜,内科,{SUP},2024.03.01-2024.08.31\n李娜,外科,{SUP},2024.03.01-2024.08.31\n"})
    got = con.execute("SELECT source_row, department FROM trainees ORDER BY 1").fetchall()
    assert got == [(3, "内科"), (4, "外科")]
    assert con.execute("SELECT count(DISTINCT person_id) FROM trainees").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_the_two_ends_of_a_stay_on_two_lines_of_a_cell_and_a_start_said_with_qi():
    d = dt.date
    got = [tuple(p.value if p else None for p in parse_date_range(x)) for x in
           ["2024.03.01\n2024.08.31", "2024年3月1日\n至\n2024年8月31日", "2024年3月起", "2024.3.1开始"]]
    assert got == [(d(2024, 3, 1), d(2024, 8, 31)), (d(2024, 3, 1), d(2024, 8, 31)), (d(2024, 3, 1), None), (d(2024, 3, 1), None)]


def test_a_name_over_its_id_number_in_one_cell_and_unknown_figures(tmp_path):
    con = _ingest(tmp_path, {
        "SYNTHETIC_青萝市第一人民医院派驻人员名册2024.xlsx": [("名册", [
            [f"{SUP}派驻{REC}人员名册（合成数据 SYNTHETIC）"],
            ["姓名\n身份证号", "科室", "派驻起止"],
            [f"甲\n{IDS[2]}", "内科", "2024.03.01\n2024.08.31"],
            [f"乙\n{IDS[3]}", "外科", "2024年9月起"]])],
        "SYNTHETIC_柳渡县人民医院帮扶活动记录2024.xlsx": [("活动", [
            [f"{REC}2024年对口帮扶活动记录（合成数据 SYNTHETIC）"],
            ["活动日期", "活动类型", "主题", "参加人数", "支援单位"],
            ["2024-04-12", "学术讲座", "高血压规范管理", "不详", SUP]])]})
    d = dt.date
    assert con.execute("SELECT source_row, person_id_basis, start_date, end_date FROM deployments ORDER BY 1").fetchall() == [
        (3, "id_number", d(2024, 3, 1), d(2024, 8, 31)), (4, "id_number", d(2024, 9, 1), None)]
    # 不详: a figure the hospital does not know — the field empty, with a finding (not a silent blank)
    assert con.execute("SELECT participants FROM activities").fetchall() == [(None,)]
    assert con.execute("SELECT field, code FROM findings WHERE form_type = 'activities'").fetchall() == [
        ("participants", "UNPARSEABLE_OPTIONAL")]


def test_an_older_version_arriving_after_the_newer_changes_nothing(tmp_path):
    def stats(day: str, oct_visits: int) -> list:
        return [("业务量", [[f"{REC}2024年10月业务量统计（合成数据 SYNTHETIC）"], [f"填报日期：{day}"],
                             ["月份", "门急诊人次", "出院人次", "外转人次"], ["2024年10月", oct_visits, 300, 12]])]
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    raw = tmp_path / "raw"
    raw.mkdir()
    db = tmp_path / "t.duckdb"
    book(raw / "SYNTHETIC_柳渡县人民医院业务量_20250120.xlsx", stats("2025年1月20日", 6630))
    ingest([str(raw)], db, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    book(raw / "SYNTHETIC_柳渡县人民医院业务量_20250106.xlsx", stats("2025年1月6日", 6230))  # found late: the older one
    ingest([str(raw)], db, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT outpatient_visits FROM hospital_monthly_stats").fetchall() == [(6630,)]
    subs = dict(con.execute("""SELECT s.file_name, n.file_name FROM submissions s
                               LEFT JOIN submissions n ON n.submission_id = s.superseded_by
                               WHERE s.form_type = 'hospital_monthly_stats'""").fetchall())
    assert subs == {"SYNTHETIC_柳渡县人民医院业务量_20250120.xlsx": None,
                    "SYNTHETIC_柳渡县人民医院业务量_20250106.xlsx": "SYNTHETIC_柳渡县人民医院业务量_20250120.xlsx"}


def test_a_copy_the_mail_client_made_is_known_by_its_name():
    assert [is_copy(n) for n in ["名册(1).xlsx", "名册 - 副本.xlsx", "名册（2）.xls", "名册（2024）.xlsx", "名册(第1批).xlsx"]] == \
        [True, True, True, False, False]


def test_an_adjustment_notice_adds_moves_and_ends_pairings(tmp_path):
    s2, r2, r3 = "青萝市第二人民医院", "石滩县人民医院", "柳渡县中医医院"
    book(tmp_path / "pairs.xlsx", [("Sheet1", [
        ["对口支援关系一览表（2023—2025年）（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "所在县"],
        [1, SUP, REC, "柳渡县"], [2, SUP, r3, "柳渡县"]])])
    book(tmp_path / "notice.xlsx", [("调整表", [
        ["关于调整城乡医院对口支援关系的通知附件（合成数据 SYNTHETIC）"],
        ["序号", "调整类型", "受援医院", "所在县", "原支援医院", "调整后支援医院", "生效日期", "支援期限", "备注"],
        [1, "调整", REC, "柳渡县", SUP, s2, dt.date(2024, 7, 1), "2024年7月1日—2025年12月31日", "接续支援"],
        [2, "新增", r2, "石滩县", "—", SUP, dt.date(2024, 4, 1), "2024年4月1日—2025年12月31日", "新增受援医院"],
        [3, "撤销", r3, "柳渡县", SUP, "—", dt.date(2024, 10, 1), "—", "纳入医共体统一帮扶"],
        ["卫生健康委员会办公室　2024年3月20日印发"]])])
    path = tmp_path / "t.duckdb"
    rep = ingest([str(tmp_path / "notice.xlsx")], path, show_progress=False, key=KEY,
                 pairings=[str(tmp_path / "pairs.xlsx"), str(tmp_path / "notice.xlsx")])
    assert not rep.failed
    con = duckdb.connect(str(path), read_only=True)
    d = dt.date
    got = con.execute("""SELECT s.name, r.name, p.start_date, p.end_date FROM pairings p
                         JOIN hospitals s ON s.hospital_id = p.support_hospital_id
                         JOIN hospitals r ON r.hospital_id = p.recipient_hospital_id ORDER BY 2, 3""").fetchall()
    assert got == [(SUP, r3, d(2023, 1, 1), d(2024, 9, 30)),
                   (SUP, REC, d(2023, 1, 1), d(2024, 6, 30)), (s2, REC, d(2024, 7, 1), d(2025, 12, 31)),
                   (SUP, r2, d(2024, 4, 1), d(2025, 12, 31))]
    assert con.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)


def test_review_cases_of_the_round(tmp_path):
    """REV19's reproduced regressions, each with its expected reading."""
    d = dt.date
    # a range whose first line ends with its separator (2024.3.1- over 2024.8.31) is read as before
    got = [tuple(p.value if p else None for p in parse_date_range(x)) for x in ["2024.3.1-\n2024.8.31", "2024.03.01-\n08.31"]]
    assert got == [(d(2024, 3, 1), d(2024, 8, 31))] * 2
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员名单2024.xlsx": [("名单", [
        [f"{SUP}派驻{REC}人员名单（合成数据 SYNTHETIC）"],
        ["姓名", "科室", "职称", "派驻开始", "派驻结束"],
        ["王晓东", "内科", "主治医师", "2024-01-01", "2024-03-31"],    # one person moving on to another department:
        ["王晓东", "急诊科", "主治医师", "2024-04-01", "2024-06-30"],  # one person id
        ["张伟（男）", "内科", "主治医师", "2024-01-01", "2024-06-30"],  # two namesakes told apart by a note:
        ["张伟（女）", "内科", "护师", "2024-01-01", "2024-06-30"]])]})  # two people, both curated
    ids = con.execute("SELECT source_row, person_id FROM deployments ORDER BY 1").fetchall()
    assert [r for r, _ in ids] == [3, 4, 5, 6]
    assert ids[0][1] == ids[1][1] and ids[2][1] != ids[3][1]


def test_a_database_keeps_its_way_of_keying_names(tmp_path):
    from pipelines.privacy.person_id import PersonIds

    ids1, ids2 = PersonIds(KEY, name_scheme=1), PersonIds(KEY)
    assert ids1.from_name("热依拉•艾力", "H") == ids1.from_name("热依拉·艾力", "H") != ids1.from_name("热依拉艾力", "H")
    assert ids2.from_name("热依拉•艾力", "H") == ids2.from_name("热依拉艾力", "H")
    con = _ingest(tmp_path, {"SYNTHETIC_青萝市第一人民医院派驻人员名单2024.xlsx": [("名单", [
        [f"{SUP}派驻{REC}人员名单（合成数据 SYNTHETIC）"], ["姓名", "科室", "派驻开始", "派驻结束"],
        ["热依拉•艾力", "内科", "2024-01-01", "2024-06-30"]])]})
    # a new database takes the current scheme and says so; an upgrade of one with name-keyed people keeps scheme 1
    assert con.execute("SELECT value FROM duikou_meta WHERE key = 'person_name_key_scheme'").fetchall() == [("2",)]
    con.close()
    from pipelines.ingest.run import _name_scheme

    rw = duckdb.connect(str(tmp_path / "t.duckdb"))
    rw.execute("DELETE FROM duikou_meta WHERE key = 'person_name_key_scheme'")  # a database from before the record
    assert _name_scheme(rw) == 1


def test_a_month_stated_unknown_throughout_reports_nothing_and_one_figure_unknown_is_said(tmp_path):
    con = _ingest(tmp_path, {"SYNTHETIC_柳渡县人民医院业务量2024.csv":
                             f"{REC}2024年业务量统计（合成数据 SYNTHETIC）\n月份,门急诊人次,出院人次,住院手术台次,外转人次\n"
                             "2024年9月,8000,600,150,20\n2024年10月,不详,610,152,21\n2024年11月,不详,不详,不详,不详\n"})
    got = con.execute("SELECT month, outpatient_visits, discharges FROM hospital_monthly_stats ORDER BY 1").fetchall()
    assert got == [(9, 8000, 600), (10, None, 610)]
    assert con.execute("SELECT source_row, field FROM findings").fetchall() == [(4, "outpatient_visits")]
    assert con.execute("SELECT source_row, kind FROM nondata_rows WHERE source_row = 5").fetchall() == [(5, "blank")]
