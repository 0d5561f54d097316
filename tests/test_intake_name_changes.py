"""A province's notice of hospital name changes (附件2: 原名称 | 现名称 | 变更日期 | 变更类型 | 备注) beside the
pairing list: a rename keeps the hospital (id, pairings) under its current name, the old name an alias; a second
name (加挂院区) is an alias and never the other hospital whose name it contains; a merger is not applied and rows
under the merged name stay held with a reason that names it; the notice applies in the run of the submissions or
in a later one (held rows read again). Expected values are worked out by hand from the files written here.
(合成数据: 澄江省 and its hospitals are invented.)"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from intake_workbooks import book
from pipelines.ingest.establish_hospitals import generated_hospital_id
from pipelines.ingest.name_changes import kind_of
from pipelines.ingest.run import ingest

ROOT = Path(__file__).resolve().parents[1]
KEY = "intake-name-changes-test-key"
OLD, NEW = "北塘县第二人民医院", "北塘县中心医院"
QW, CAMPUS, PROV = "澄江市第二人民医院", "澄江省人民医院澄江院区", "澄江省人民医院"
SQ, LW, MERGED = "北塘县青石镇卫生院", "北塘县白石镇卫生院", "北塘县青石中心卫生院"
NOTICE = "SYNTHETIC_附件2_医院名称变更情况表.xlsx"


def _pairing_list(path: Path) -> None:
    book(path, [("附件1", [
        ["澄江省城乡医院对口支援关系一览表（2021—2025年）（合成数据）"],
        ["序号", "受援医院", "等级", "类别", "所在县", "支援医院"],
        [1, OLD, "二级", "综合医院", "北塘县", PROV],
        [2, "北塘县中医医院", "二级", "中医医院", "北塘县", QW],
        [3, SQ, "一级", "乡镇卫生院", "北塘县", "北塘县人民医院"],
        [4, LW, "一级", "乡镇卫生院", "北塘县", "北塘县人民医院"]])])


def _notice(path: Path, rows=None, header=("序号", "原名称", "现名称", "变更日期", "变更类型", "备注")) -> None:
    rows = rows if rows is not None else [
        [1, OLD, NEW, dt.datetime(2024, 7, 1), "更名", "机构代码不变"],
        [2, SQ, MERGED, dt.datetime(2024, 5, 1), "合并", None],
        [3, LW, MERGED, dt.datetime(2024, 5, 1), "合并", None],
        [4, QW, f"{QW}（{CAMPUS}）", dt.datetime(2024, 9, 1), "加挂院区", "保留原名称"]]
    book(path, [("名称变更", [["2024年对口支援医院名称变更情况表（合成数据）"], list(header), *rows])])


def _submissions(raw: Path) -> None:
    book(raw / "SYNTHETIC_澄江省人民医院派驻人员花名册2024.xlsx", [("花名册", [
        ["澄江省人民医院2024年派驻人员花名册（合成数据）"],
        ["姓名", "科室", "职称", "派驻单位", "起始日期", "结束日期"],
        ["甲一", "内科", "主任医师", OLD, "2024-01-01", "2024-06-30"],
        ["乙二", "外科", "主治医师", NEW, "2024-07-01", "2024-12-31"]])])
    book(raw / "SYNTHETIC_北塘县中医医院进修人员2024.xlsx", [("进修", [
        ["北塘县中医医院进修人员登记表（合成数据）"],
        ["姓名", "科室", "进修医院", "开始日期", "结束日期"],
        ["丙三", "内科", CAMPUS, "2024-10-01", "2024-12-31"]])])
    book(raw / "SYNTHETIC_北塘县乡镇卫生院业务量2024.xlsx", [("青石中心卫生院", [
        [f"{MERGED}2024年业务量（合成数据）"],
        ["月份", "门急诊人次", "出院人数"],
        ["5月", 4000, 60], ["6月", 4100, 61]])])


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DUIKOU_PERSON_KEY", KEY)
    raw = tmp_path / "data" / "raw"
    _pairing_list(raw / "reference" / "SYNTHETIC_附件1.xlsx")
    _submissions(raw / "2024")
    return tmp_path


def _q(db, sql, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _accounted(db):
    """rows read = curated + quarantined + non-data, for every sheet."""
    return _q(db, "SELECT file_name FROM submissions WHERE rows_read != rows_curated + rows_quarantined + rows_nondata")


def _check_rename_and_campus(db):
    hid = generated_hospital_id(OLD, "北塘县")  # the id the pairing list gave, kept across the rename
    assert _q(db, "SELECT name FROM hospitals WHERE hospital_id = ?", [hid]) == [(NEW,)]
    assert _q(db, "SELECT count(*) FROM hospitals WHERE name IN (?, ?)", [OLD, NEW]) == [(1,)]
    assert (OLD, hid, "renamed") in _q(db, "SELECT alias, hospital_id, method FROM hospital_aliases")
    got = _q(db, "SELECT department, recipient_hospital_id FROM deployments ORDER BY start_date")
    assert [h for _, h in got] == [hid, hid] and len(got) == 2
    assert _q(db, "SELECT count(*) FROM pairings WHERE recipient_hospital_id = ?", [hid]) == [(1,)]
    # the campus: its own hospital, never the provincial one whose name it contains
    qw = _q(db, "SELECT hospital_id FROM hospitals WHERE name = ?", [QW])[0][0]
    assert _q(db, "SELECT host_hospital_id FROM trainees") == [(qw,)]
    assert (CAMPUS, qw) in _q(db, "SELECT alias, hospital_id FROM hospital_aliases")
    assert _q(db, "SELECT count(*) FROM hospitals WHERE name = ?", [CAMPUS]) == [(0,)]


def test_rename_and_second_name_in_the_same_run(folder):
    _notice(folder / "data" / "raw" / "reference" / NOTICE)
    db = folder / "db.duckdb"
    rep = ingest([str(folder / "data" / "raw")], db, show_progress=False)
    _check_rename_and_campus(db)
    notice = [s for s in rep.sheets if s.form_type == "hospital_name_changes"]
    assert len(notice) == 1 and (notice[0].updated, notice[0].quarantined, notice[0].nondata) == (2, 2, 2)
    assert not _accounted(db)
    assert _q(db, "SELECT count(*) FROM findings WHERE code = 'HOSPITAL_NOT_FOUND'") == [(0,)]


def test_rename_in_a_later_run_re_resolves_held_rows(folder):
    db = folder / "db.duckdb"
    first = ingest([str(folder / "data" / "raw")], db, show_progress=False)
    held = {n for (n,) in _q(db, "SELECT hospital_name FROM quarantine WHERE reason_code = 'UNRESOLVED_HOSPITAL'")}
    assert {NEW, CAMPUS} <= held and first.totals()["quarantined"] >= 2
    _notice(folder / "data" / "raw" / "reference" / NOTICE)
    again = ingest([str(folder / "data" / "raw")], db, show_progress=False)
    assert again.reresolved_files  # read again from their files, without a resubmission
    _check_rename_and_campus(db)
    assert _q(db, "SELECT count(*) FROM submissions WHERE form_type = 'deployments'") == [(1,)]
    assert not _accounted(db)
    # a third run with nothing new reads nothing again and changes nothing
    third = ingest([str(folder / "data" / "raw")], db, show_progress=False)
    assert third.reresolved_files == [] and third.totals()["new"] == 0
    _check_rename_and_campus(db)


def test_a_merger_is_held_with_its_reason_and_never_put_on_an_old_centre(folder):
    _notice(folder / "data" / "raw" / "reference" / NOTICE)
    db = folder / "db.duckdb"
    ingest([str(folder / "data" / "raw")], db, show_progress=False)
    assert _q(db, "SELECT count(*) FROM hospital_monthly_stats") == [(0,)]
    held = _q(db, "SELECT reason_code, reason FROM quarantine q JOIN submissions s USING (submission_id) "
                  "WHERE s.form_type = 'hospital_monthly_stats'")
    assert len(held) == 2 and all(c == "UNRESOLVED_HOSPITAL" and "合并" in r and "merge" in r and SQ in r and LW in r
                                  for c, r in held)
    notice = _q(db, "SELECT reason_code, hospital_name FROM quarantine WHERE form_type = 'hospital_name_changes'")
    assert notice == [("NAME_CHANGE_NOT_APPLIED", MERGED)] * 2
    assert _q(db, "SELECT count(*) FROM hospitals WHERE name = ?", [MERGED]) == [(0,)]
    # and the same in a later run, from the stored notice: the merged name is still withheld
    book(folder / "data" / "raw" / "2025" / "SYNTHETIC_青石中心卫生院2025.xlsx", [("业务量", [
        [f"{MERGED}2025年业务量（合成数据）"], ["月份", "门急诊人次", "出院人数"], ["1月", 4200, 62]])])
    ingest([str(folder / "data" / "raw")], db, show_progress=False)
    assert _q(db, "SELECT count(*) FROM hospital_monthly_stats") == [(0,)]
    assert _q(db, "SELECT count(*) FROM quarantine WHERE reason LIKE '%合并%' AND form_type = 'hospital_monthly_stats'") == [(3,)]


def test_a_change_list_with_other_headers_and_the_kind_in_its_remark(folder):
    _notice(folder / "data" / "raw" / "reference" / NOTICE,
            rows=[[OLD, NEW, "2024年7月1日", f"{OLD}更名为{NEW}"], [QW, CAMPUS, "2024.9.1", "加挂牌子，保留原名称"]],
            header=("变更前名称", "变更后名称", "生效日期", "说明"))
    db = folder / "db.duckdb"
    ingest([str(folder / "data" / "raw")], db, show_progress=False)
    _check_rename_and_campus(db)
    assert _q(db, "SELECT count(*) FROM quarantine WHERE form_type = 'hospital_name_changes'") == [(0,)]


def test_a_notice_row_that_does_not_parse_is_held_with_its_reason(folder):
    _notice(folder / "data" / "raw" / "reference" / NOTICE,
            rows=[[1, OLD, NEW, "待定", "更名", None], [2, QW, CAMPUS, dt.datetime(2024, 9, 1), "迁址", None]])
    db = folder / "db.duckdb"
    rep = ingest([str(folder / "data" / "raw")], db, show_progress=False)
    held = _q(db, "SELECT source_row, reason_code, reason FROM quarantine WHERE form_type = 'hospital_name_changes' ORDER BY 1")
    assert [r for r, _, _ in held] == [3, 4]
    assert "变更日期" in held[0][2] and "/" in held[0][2]  # the date, said in both languages
    assert held[1][1] == "NAME_CHANGE_NOT_APPLIED" and "迁址" in held[1][2] and "not recognised" in held[1][2]
    assert _q(db, "SELECT count(*) FROM hospitals WHERE name = ?", [OLD]) == [(1,)]  # not renamed
    assert not _accounted(db) and rep.totals()["rows_read"] > 0


def test_a_notice_among_the_submissions_is_not_applied_and_explain_shows_it(folder):
    path = folder / "data" / "raw" / "2024" / NOTICE
    _notice(path)
    db = folder / "db.duckdb"
    rep = ingest([str(folder / "data" / "raw")], db, show_progress=False)
    assert _q(db, "SELECT DISTINCT reason_code FROM quarantine WHERE form_type = 'hospital_name_changes'") == [("REFERENCE_NOT_NAMED",)]
    assert any("--registry" in n for s in rep.sheets for n in s.notes)
    assert _q(db, "SELECT count(*) FROM hospitals WHERE name = ?", [OLD]) == [(1,)]
    out = subprocess.run([sys.executable, "-m", "pipelines", "ingest", "--explain", str(path)], cwd=ROOT,
                         env={**os.environ, "DUIKOU_PERSON_KEY": KEY}, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "报表 form = hospital_name_changes" in out.stdout and "“原名称” → former_name" in out.stdout


@pytest.mark.parametrize("change_type, remark, current, kind", [
    ("更名", None, NEW, "rename"), ("合并", None, MERGED, "merger"), ("加挂院区", None, CAMPUS, "hanging"),
    ("挂牌", None, CAMPUS, "hanging"), (None, f"与{LW}合并", MERGED, "merger"), (None, f"更名为{NEW}", NEW, "rename"),
    (None, None, f"{QW}（{CAMPUS}）", "hanging"), (None, None, NEW, None), ("迁址", None, NEW, None)])
def test_the_kind_of_change_comes_from_the_catalogue_words(change_type, remark, current, kind):
    former = QW if kind == "hanging" else OLD
    assert kind_of(change_type, remark, former, current) == kind


def test_a_merger_decided_by_a_person_resolves_the_held_rows(folder):
    """`duikou hospitals --new` for the merged centre: its held rows (also under the name without its
    county) are read again and curated on the new hospital, not on an old centre."""
    _notice(folder / "data" / "raw" / "reference" / NOTICE)
    db = folder / "data" / "curated" / "db.duckdb"
    ingest([str(folder / "data" / "raw")], db, show_progress=False)
    out = subprocess.run([sys.executable, "-m", "pipelines", "hospitals", "--db", str(db), "--new", MERGED, "--county", "北塘县",
                          "--level", "一级", "--category", "乡镇卫生院"], cwd=ROOT, env={**os.environ, "DUIKOU_PERSON_KEY": KEY},
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    got = _q(db, "SELECT h.name, count(*) FROM hospital_monthly_stats m JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id GROUP BY 1")
    assert got == [(MERGED, 2)]
    assert _q(db, "SELECT count(*) FROM quarantine WHERE reason_code = 'UNRESOLVED_HOSPITAL'") == [(0,)]


def test_a_notice_before_the_pairing_list_applies_once_the_hospitals_are_known(folder):
    """The notice and the submissions first, without the pairing list (the former names are no hospital
    yet: the notice's rows are held too), the pairing list in a later run: everything is read again
    and comes out as if all had come at once."""
    ref = folder / "data" / "raw" / "reference"
    (ref / "SYNTHETIC_附件1.xlsx").unlink()
    _notice(ref / NOTICE)
    db = folder / "db.duckdb"
    ingest([str(folder / "data" / "raw")], db, show_progress=False)
    held = _q(db, "SELECT reason_code, hospital_name FROM quarantine WHERE form_type = 'hospital_name_changes' ORDER BY source_row")
    assert held == [("UNRESOLVED_HOSPITAL", OLD), ("NAME_CHANGE_NOT_APPLIED", MERGED), ("NAME_CHANGE_NOT_APPLIED", MERGED),
                    ("UNRESOLVED_HOSPITAL", QW)]
    _pairing_list(ref / "SYNTHETIC_附件1.xlsx")
    ingest([str(folder / "data" / "raw")], db, show_progress=False)
    _check_rename_and_campus(db)
    assert not _accounted(db)
