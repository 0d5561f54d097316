"""The import contract: dry run, idempotent re-ingest, supersede, one transaction (kill
mid-run), one writer at a time (concurrent run), and the quarantine listing."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import duckdb
import pytest

from conftest import query
from pipelines.ingest.run import ingest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
COUNTED = ["deployments", "trainees", "techniques", "activities", "hospital_monthly_stats", "staff_monthly_assessments",
           "submissions", "quarantine", "nondata_rows", "hospital_aliases"]


def counts(db):
    return {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in COUNTED}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def db_copy(demo_db, tmp_path):
    p = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, p)
    return p


def _duikou(*args, env_extra=None, **kw):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "pipelines", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


# `duikou ingest` held inside its open transaction, once everything is written and the run
# recorded, just before the commit: the test's own patch, not a hook in the tool.
_PAUSED_INGEST = """
import sys, time
import pipelines.db.runs as runs
recorded = runs.record_run
def record_then_pause(con, kind, *a, **k):
    out = recorded(con, kind, *a, **k)
    if kind == "ingest":
        print("duikou-test: paused before commit", file=sys.stderr, flush=True)
        time.sleep(60)
    return out
runs.record_run = record_then_pause
from pipelines.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _duikou_paused(*args):
    return subprocess.Popen([sys.executable, "-c", _PAUSED_INGEST, *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def corrected_roster(demo_files: Path, tmp_path: Path) -> Path:
    """A corrected resubmission: same form, hospital and year; one end date changed, one row deleted."""
    src = sorted(demo_files.glob("2023/SYNTHETIC_2023_派驻人员名册_青岚省人民医院.xlsx"))[0]
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    header = [c.value for c in ws[3]]
    end_col = header.index("结束日期") + 1
    ws.cell(row=4, column=end_col).value = ws.cell(row=4, column=end_col).value.replace(day=20)
    ws.delete_rows(5)
    ws["A2"] = "填报单位（盖章）：青岚省人民医院        填报日期：2024年02月20日"
    out = tmp_path / "更正" / "SYNTHETIC_2023_派驻人员名册_青岚省人民医院（更正）.xlsx"
    out.parent.mkdir()
    wb.save(out)
    return out


def test_dry_run_writes_nothing_and_reports(demo_files, tmp_path, db_copy):
    fresh = tmp_path / "fresh.duckdb"
    rep = ingest([str(demo_files)], fresh, dry_run=True, show_progress=False)
    assert not fresh.exists()
    assert rep.totals()["new"] > 2000 and rep.dry_run
    before = sha(db_copy)
    new = corrected_roster(demo_files, tmp_path)
    rep = ingest([str(new)], db_copy, dry_run=True, show_progress=False)
    assert sha(db_copy) == before
    assert rep.totals()["updated"] == 1 and rep.totals()["removed"] == 1


def test_supersede_keeps_old_submission_marked(demo_files, tmp_path, db_copy):
    new = corrected_roster(demo_files, tmp_path)
    before = counts(db_copy)
    rep = ingest([str(new)], db_copy, show_progress=False)
    t = rep.totals()
    assert (t["updated"], t["removed"], t["new"]) == (1, 1, 0)
    after = counts(db_copy)
    assert after["deployments"] == before["deployments"] - 1
    assert after["submissions"] == before["submissions"] + 1
    old = query(db_copy, """SELECT s.file_name, s.superseded_by, n.file_name FROM submissions s JOIN submissions n
                            ON n.submission_id = s.superseded_by""")
    assert old == [("SYNTHETIC_2023_派驻人员名册_青岚省人民医院.xlsx", old[0][1], new.name)]
    # the corrected end date is what the table now holds
    ends = {r[0].day for r in query(db_copy, "SELECT end_date FROM deployments WHERE submission_id = ?", [old[0][1]])}
    assert 20 in ends
    # ingesting the same corrected file again changes nothing
    again = ingest([str(new)], db_copy, show_progress=False)
    assert counts(db_copy) == after and again.unchanged_files == [str(new)]


def test_kill_mid_run_leaves_database_as_it_was(demo_files, tmp_path, db_copy):
    new = corrected_roster(demo_files, tmp_path)
    before = counts(db_copy)
    p = _duikou_paused("ingest", str(new), "--db", str(db_copy), "--quiet")
    _wait_for_pause(p)
    os.kill(p.pid, signal.SIGKILL)
    p.wait(timeout=30)
    assert counts(db_copy) == before
    assert query(db_copy, "SELECT count(*) FROM submissions WHERE superseded_by IS NOT NULL")[0][0] == 0


def test_second_concurrent_run_gets_a_clear_message(demo_files, tmp_path, db_copy):
    new = corrected_roster(demo_files, tmp_path)
    first = _duikou_paused("ingest", str(new), "--db", str(db_copy), "--quiet")
    try:
        _wait_for_pause(first)
        second = _duikou("ingest", str(demo_files), "--db", str(db_copy), "--quiet")
        out, err = second.communicate(timeout=120)
        assert second.returncode == 3
        assert "正被另一个 duikou 进程使用" in err and "in use by another duikou process" in err
        assert "Traceback" not in err
        dry = _duikou("ingest", str(new), "--db", str(db_copy), "--dry-run", "--quiet")
        _, err = dry.communicate(timeout=120)
        assert dry.returncode == 3 and "Traceback" not in err  # even a read-only open fails while a run writes
    finally:
        first.kill()
        first.wait(timeout=30)


def _wait_for_pause(p, timeout=120):
    deadline = time.time() + timeout
    buf = ""
    while time.time() < deadline:
        line = p.stderr.readline()
        buf += line
        if "paused before commit" in line:
            return
        if p.poll() is not None:
            raise AssertionError(f"ingest ended before the pause: {p.returncode}\n{buf}{p.stderr.read()}")
    raise AssertionError("no pause seen")


def test_quarantine_listing_and_csv(tmp_path, demo_db):
    db = tmp_path / "q.duckdb"
    shutil.copy(demo_db, db)
    bad = tmp_path / "bad.csv"
    bad.write_text("新技术新业务登记表\n填报单位：石桥县人民医院\n项目名称,科室,首次开展日期,开展例数\n"
                   "血液透析,肾内科,2023.13.45,12例\n无痛胃镜,消化内科,2023.3.1,十几\n", encoding="gbk")
    rep = ingest([str(bad)], db, show_progress=False)
    # the impossible date is the required first-performed date: quarantined. "十几" is an
    # optional count: the row is curated with cases empty and a finding (data contract)
    assert rep.totals()["quarantined"] == 1 and rep.totals()["findings"] == 1
    out = subprocess.run([sys.executable, "-m", "pipelines", "quarantine", "--db", str(db), "--csv", str(tmp_path / "q.csv")],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    assert "UNPARSEABLE_VALUE" in out.stdout and "2023.13.45" in out.stdout
    text = (tmp_path / "q.csv").read_text(encoding="utf-8-sig")
    assert text.count("bad.csv") == 1 and "十几" not in text
    con = duckdb.connect(str(db), read_only=True)
    got = con.execute("SELECT t.cases, f.field, f.code, f.source_row FROM techniques t JOIN findings f USING (submission_id, source_row) "
                      "WHERE t.name = '无痛胃镜'").fetchall()
    con.close()
    assert got == [(None, "cases", "UNPARSEABLE_OPTIONAL", 5)]


def test_same_hospital_and_period_without_common_rows_is_not_a_correction(tmp_path, demo_db):
    """Two sheets about the same hospital and period that share no row (a recipient's own
    form and its ledger sheet) are both kept; only a real correction supersedes."""
    db = tmp_path / "c.duckdb"
    shutil.copy(demo_db, db)
    head = "新技术新业务登记表\n填报单位：石桥县人民医院\n项目名称,科室,首次开展日期,开展例数\n"
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text(head + "项目甲,内科,2025.3.1,5\n", encoding="utf-8")
    b.write_text(head + "项目乙,外科,2025.4.1,7\n", encoding="utf-8")
    ingest([str(a)], db, show_progress=False)
    ingest([str(b)], db, show_progress=False)
    assert query(db, "SELECT name FROM techniques WHERE year(first_performed_date) = 2025 ORDER BY name") == [("项目乙",), ("项目甲",)]
    c = tmp_path / "a（更正）.csv"
    c.write_text(head + "项目甲,内科,2025.3.2,6\n", encoding="utf-8")  # corrected date: a new key, but the file says 更正
    ingest([str(c)], db, show_progress=False)
    got = query(db, "SELECT name, first_performed_date FROM techniques WHERE year(first_performed_date) = 2025 ORDER BY name")
    # the correction replaced a's row (found by its file name) and left b's alone
    assert [(n, str(d)) for n, d in got] == [("项目乙", "2025-04-01"), ("项目甲", "2025-03-02")]


def test_duplicate_rows_and_doubtful_recipients_are_quarantined(tmp_path, demo_db):
    """The writer's own quarantine reasons, counted by hand: a row repeating an earlier row's
    key (hospital + first-performed date) goes to quarantine naming that row, the rows around it
    are kept in order; rows whose recipient could only come from a 填报单位 that is only ever a
    support hospital are each quarantined, not written to the wrong hospital."""
    db = tmp_path / "d.duckdb"
    shutil.copy(demo_db, db)
    dup = tmp_path / "dup.csv"  # file lines 4..7 are the data rows
    dup.write_text("新技术新业务登记表\n填报单位：石桥县人民医院\n项目名称,科室,首次开展日期,开展例数\n"
                   "项目甲,内科,2025.3.1,5\n项目乙,外科,2025.4.1,7\n项目甲,内科,2025.3.1,5\n项目丙,眼科,2025.5.1,2\n",
                   encoding="utf-8")
    doubt = tmp_path / "doubt.csv"
    doubt.write_text("新技术新业务登记表\n填报单位：青岚省人民医院\n项目名称,科室,首次开展日期,开展例数\n"
                     "项目丁,内科,2025.6.1,1\n项目戊,外科,2025.7.1,3\n", encoding="utf-8")
    rep = ingest([str(dup), str(doubt)], db, show_progress=False)
    by_file = {s.file_name: s for s in rep.sheets}
    assert (by_file["dup.csv"].new, by_file["dup.csv"].quarantined) == (3, 1)
    assert (by_file["doubt.csv"].new, by_file["doubt.csv"].quarantined) == (0, 2)
    got = query(db, "SELECT s.file_name, q.source_row, q.reason_code, q.reason FROM quarantine q JOIN submissions s USING (submission_id) "
                    "WHERE s.file_name IN ('dup.csv', 'doubt.csv') ORDER BY 1, 2")
    assert [(f, r, c) for f, r, c, _ in got] == [("doubt.csv", 4, "UNCERTAIN_HOSPITAL"), ("doubt.csv", 5, "UNCERTAIN_HOSPITAL"),
                                                 ("dup.csv", 6, "DUPLICATE_ROW")]
    assert "duplicates row 4" in got[2][3]
    raws = query(db, "SELECT s.file_name, q.source_row, q.raw FROM quarantine q JOIN submissions s USING (submission_id) "
                     "WHERE s.file_name IN ('dup.csv', 'doubt.csv') ORDER BY 1, 2")
    # the original cells, as written above (read again from the file by the writer)
    assert [json.loads(r) for _, _, r in raws] == [
        {"项目名称": "项目丁", "科室": "内科", "首次开展日期": "2025.6.1", "开展例数": "1"},
        {"项目名称": "项目戊", "科室": "外科", "首次开展日期": "2025.7.1", "开展例数": "3"},
        {"项目名称": "项目甲", "科室": "内科", "首次开展日期": "2025.3.1", "开展例数": "5"}]
    kept = query(db, "SELECT t.name, t.source_row FROM techniques t JOIN submissions s USING (submission_id) "
                     "WHERE s.file_name = 'dup.csv' ORDER BY t.source_row")
    assert kept == [("项目甲", 4), ("项目乙", 5), ("项目丙", 7)]
    subs = query(db, "SELECT file_name, rows_read, rows_curated, rows_quarantined FROM submissions "
                     "WHERE file_name IN ('dup.csv', 'doubt.csv') ORDER BY 1")
    assert subs == [("doubt.csv", 5, 0, 2), ("dup.csv", 7, 3, 1)]
