"""Cases the thirteenth round of outsider corpora (realworld66, realworld70–73) found, each on a small
hand-made file with hand-written expectations: a team's period written once on its first row."""

import datetime as dt

import duckdb

from intake_workbooks import book
from pipelines.ingest.run import ingest

KEY = b"k" * 32
PAIRS = [["对口支援关系表（合成数据 SYNTHETIC）"], ["序号", "支援医院", "受援医院", "起始日期", "终止日期"],
         [1, "青萝市第一人民医院", "柳渡县人民医院", "2024-01-01", "2026-12-31"],
         [2, "青萝市第一人民医院", "柳渡县中医医院", "2024-01-01", "2026-12-31"]]
ID_A, ID_B = "990101198001010019", "99010119820202002X"  # valid check digits (ISO 7064 MOD 11-2, stdnum.cn.ric)
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
