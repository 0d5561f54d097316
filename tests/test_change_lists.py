"""A 派驻人员变更表 in one file ends the stay of the person it replaces, written in another file —
in the same run or a later one, whichever arrives first (pipelines/ingest/replacements.py).
Hand-made files, expectations by hand."""

import datetime as dt

import duckdb

from intake_workbooks import book
from pipelines.ingest.run import ingest

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"],
         [2, "青萝市第二人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"]]
ID_A, ID_B, ID_C = "990101198001010014", "990101198202020024", "990101198303030034"  # valid check digits
ROSTER = ("SYNTHETIC_青萝市第一人民医院派驻柳渡县人民医院名册2024.xlsx", [("名册", [
    ["青萝市第一人民医院派驻人员名册（合成数据 SYNTHETIC）"],
    ["序号", "姓名", "身份证号", "受援医院", "科室", "派驻开始日期", "派驻结束日期"],
    [1, "甲一", ID_A, "柳渡县人民医院", "普外科", "2024-01-02", "2024-06-30"],
    [2, "乙二", ID_B, "柳渡县人民医院", "儿科", "2024-01-02", "2024-06-30"],
    [3, "丙三", None, "柳渡县人民医院", "护理部", "2024-07-01", None]])])
CHANGES = ("SYNTHETIC_青萝市第一人民医院派驻人员变更表2024.xlsx", [("变更", [
    ["派驻人员变更表（合成数据 SYNTHETIC）"],
    ["序号", "受援医院", "原派驻人员", "替换人员", "替换人员身份证号", "科室", "替换日期", "派驻至", "变更原因"],
    [1, "柳渡县人民医院", "甲一", "丁四", ID_C, "普外科", "2024-04-15", "2024-06-30", "工作需要"],
    [2, "柳渡县人民医院", "丙三", "戊五", None, "护理部", "2024-10-08", "2024-12-31", "个人原因"]])])


def _run(tmp_path, *files):
    book(tmp_path / "pairs.xlsx", [("Sheet1", PAIRS)])
    for name, sheets in files:
        book(tmp_path / "raw" / name, sheets)
    path = tmp_path / "t.duckdb"
    rep = ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    return rep, path


def _stays(path):
    with duckdb.connect(str(path), read_only=True) as con:
        stays = con.execute("""SELECT d.source_row, s.sheet_name, d.start_date, d.end_date FROM deployments d
                               JOIN submissions s USING (submission_id) ORDER BY 2, 1""").fetchall()
        found = con.execute("SELECT source_row, field FROM findings WHERE code = 'END_FROM_CHANGE_LIST' ORDER BY 1").fetchall()
    return stays, found


WANT = [(3, "变更", dt.date(2024, 4, 15), dt.date(2024, 6, 30)),  # 丁四, the replacement
        (4, "变更", dt.date(2024, 10, 8), dt.date(2024, 12, 31)),
        (3, "名册", dt.date(2024, 1, 2), dt.date(2024, 4, 14)),   # 甲一: replaced from 2024-04-15
        (4, "名册", dt.date(2024, 1, 2), dt.date(2024, 6, 30)),   # 乙二: not replaced
        (5, "名册", dt.date(2024, 7, 1), dt.date(2024, 10, 7))]   # 丙三 (no ID number): replaced from 2024-10-08


def test_a_change_list_ends_the_replaced_persons_stay_written_in_another_file(tmp_path):
    rep, path = _run(tmp_path, ROSTER, CHANGES)
    assert _stays(path) == (WANT, [(3, "end_date"), (5, "end_date")])
    assert rep.ended_by_change_list == 2
    ingest([str(tmp_path / "raw")], path, show_progress=False, key=KEY, pairings=[str(tmp_path / "pairs.xlsx")])
    assert _stays(path) == (WANT, [(3, "end_date"), (5, "end_date")])  # run again: nothing more, no second finding


def test_the_roster_or_the_change_list_may_arrive_in_a_later_run(tmp_path):
    for first, later in [(ROSTER, CHANGES), (CHANGES, ROSTER)]:
        d = tmp_path / later[0][-12:-5]
        _run(d, first)
        _, path = _run(d, later)
        assert _stays(path) == (WANT, [(3, "end_date"), (5, "end_date")])


def test_a_namesake_or_another_support_hospitals_person_is_not_ended(tmp_path):
    # two 甲一 at the recipient from the same support hospital: which one left cannot be told
    twins = (ROSTER[0], [("名册", [*ROSTER[1][0][1][:3], [2, "甲一", ID_B, "柳渡县人民医院", "儿科", "2024-01-02", "2024-06-30"]])])
    other = ("SYNTHETIC_青萝市第二人民医院派驻人员变更表2024.xlsx", [("变更", [
        ["青萝市第二人民医院派驻人员变更表（合成数据 SYNTHETIC）"], CHANGES[1][0][1][1], CHANGES[1][0][1][2]])])
    _, path = _run(tmp_path, ROSTER, other)  # the change list is the 第二人民医院's: its 甲一 is someone else
    stays, found = _stays(path)
    assert [s[3] for s in stays if s[1] == "名册"] == [dt.date(2024, 6, 30), dt.date(2024, 6, 30), None] and found == []
    _, path = _run(tmp_path / "same", twins, CHANGES)
    stays, found = _stays(path)
    assert [s[3] for s in stays if s[1] == "名册"] == [dt.date(2024, 6, 30), dt.date(2024, 6, 30)] and found == []


def test_a_corrected_change_list_gives_the_stay_its_written_end_back_and_an_unmatched_row_says_so(tmp_path):
    _run(tmp_path, ROSTER, CHANGES)
    corrected = ("SYNTHETIC_青萝市第一人民医院派驻人员变更表2024（更正）.xlsx", [("变更", [
        *CHANGES[1][0][1][:2], [1, "柳渡县人民医院", "甲一", "丁四", ID_C, "普外科", "2024-05-20", "2024-06-30", "工作需要"],
        [2, "柳渡县人民医院", "乙二", "戊五", None, "儿科", "2024-08-01", "2024-12-31", "个人原因"]])])
    _, path = _run(tmp_path, corrected)  # 甲一 from 05-20, not 04-15; 丙三 no longer; 乙二 was not there in August
    stays, found = _stays(path)
    assert [s[3] for s in stays if s[1] == "名册"] == [dt.date(2024, 5, 19), dt.date(2024, 6, 30), None]
    assert found == [(3, "end_date")]
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("""SELECT s.file_name, f.source_row FROM findings f JOIN submissions s USING (submission_id)
                              WHERE code = 'REPLACED_STAY_NOT_FOUND'""").fetchall() == [(corrected[0], 4)]
