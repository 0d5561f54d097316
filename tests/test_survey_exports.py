"""Online form-system exports against ordinary registers (hand-written files, hand-counted
expectations; the cases a review found): only a real export merges a row submitted twice."""

import duckdb

from pipelines.ingest.run import ingest

PAIRS = "受援医院,等级,类别,所在县,支援医院,协议签订日期\n青禾县人民医院,二级甲等,综合医院,青禾县,澄江省人民医院,2023-12-01\n"


def _run(tmp_path, name, text):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (tmp_path / "pairs.csv").write_text("对口支援关系表（2024—2026年，合成数据 SYNTHETIC）\n" + PAIRS, encoding="utf-8")
    (raw / name).write_text(text, encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([str(raw)], db, show_progress=False, key=b"k" * 32, pairings=[str(tmp_path / "pairs.csv")])
    con = duckdb.connect(str(db), read_only=True)
    try:
        acts = con.execute("SELECT topic, participants FROM activities ORDER BY topic").fetchall()
        kinds = [k for (k,) in con.execute("SELECT kind FROM nondata_rows WHERE kind = 'resubmitted'").fetchall()]
    finally:
        con.close()
    return acts, kinds


def test_a_register_with_a_fill_in_time_keeps_both_lectures(tmp_path):
    text = ("活动日期,活动类型,活动内容,参加人数,填写时间\n"
            "2024-03-05,学术讲座,高血压规范化诊疗,30,2024-03-05\n"
            "2024-03-05,学术讲座,糖尿病足护理,25,2024-03-06\n")
    acts, kinds = _run(tmp_path, "SYNTHETIC_青禾县人民医院带教活动登记.csv", text)
    assert acts == [("糖尿病足护理", 25), ("高血压规范化诊疗", 30)] and kinds == []


def test_an_export_keeps_the_later_submission(tmp_path):
    text = ("序号,提交答卷时间,所用时间,来自IP,1、活动日期,2、活动类型,3、活动内容,4、参加人数\n"
            "1,2024/7/10 08:03:12,62秒,1.2.3.4,2024/7/9,D. 疑难病例讨论,脾胃病疑难病例,22\n"
            "2,2024-07-09T20:14:37+08:00,90秒,1.2.3.5,2024/7/9,D. 疑难病例讨论,脾胃病疑难病例,18\n")
    acts, kinds = _run(tmp_path, "SYNTHETIC_问卷星_青禾县人民医院带教活动.csv", text)
    assert acts == [("脾胃病疑难病例", 22)] and kinds == ["resubmitted"]  # the later (10 July) corrects the earlier
