"""Two events with the same key in one sheet (issue 14 item 7): two teleconsultations at one
recipient on one day are two rows; a row typed twice is a duplicate (hand-written files and
expectations)."""

import duckdb

from pipelines.ingest.run import ingest

PAIRS = "受援医院,等级,类别,所在县,支援医院,协议签订日期\n青禾县人民医院,二级甲等,综合医院,青禾县,澄江省人民医院,2023-12-01\n"


def _run(tmp_path, text):
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "pairs.csv").write_text("对口支援关系表（2024—2026年，合成数据 SYNTHETIC）\n" + PAIRS, encoding="utf-8")
    (raw / "SYNTHETIC_澄江省人民医院远程会诊记录2024.csv").write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([str(raw)], db, show_progress=False, key=b"k" * 32, pairings=[str(tmp_path / "pairs.csv")])
    con = duckdb.connect(str(db), read_only=True)
    try:
        acts = con.execute("SELECT activity_date::VARCHAR, activity_type, occurrence FROM activities ORDER BY source_row").fetchall()
        held = [(r, c) for r, c in con.execute("SELECT source_row, reason_code FROM quarantine ORDER BY 1").fetchall()]
        ids = [i for (i,) in con.execute("SELECT activity_id FROM activities ORDER BY source_row").fetchall()]
    finally:
        con.close()
    return acts, held, ids


def test_two_consultations_on_one_day_are_two_rows_and_a_row_typed_twice_is_held(tmp_path):
    text = ("序号,会诊日期,申请医院,会诊专家,患者性别\n"
            "1,2024-03-05,青禾县人民医院,何安然,男\n"
            "2,2024-03-05,青禾县人民医院,孟清和,女\n"     # another patient, another expert: a second consultation
            "3,2024-03-05,青禾县人民医院,孟清和,女\n"     # the line above typed again (its serial aside): a duplicate
            "4,2024-03-09,青禾县人民医院,何安然,女\n")
    acts, held, ids = _run(tmp_path, text)
    assert acts == [("2024-03-05", "远程会诊", 1), ("2024-03-05", "远程会诊", 2), ("2024-03-09", "远程会诊", 1)]
    assert held == [(4, "DUPLICATE_ROW")] and len(set(ids)) == 3
