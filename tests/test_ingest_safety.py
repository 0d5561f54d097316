"""Bad files: every one gets a clear, per-file error and the rest of the run continues.
No resident ID number reaches a table, a message or the command's output."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import query
from pipelines.ingest.file_guard import FileRejected, Limits, check_file
from pipelines.ingest.parse_file import parse_file
from pipelines.privacy.person_id import PersonIds, id_check_char

ROOT = Path(__file__).resolve().parents[1]
IDN = "99012119850301002"
IDN += id_check_char(IDN)


def _small_xlsx(path: Path, cases: int = 12) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("新技术")
    ws.write_row(0, 0, ["石桥县人民医院 2023年度 新技术新业务登记表（合成数据 SYNTHETIC）"])
    ws.write_row(1, 0, ["项目名称", "科室", "首次开展日期", "开展例数"])
    ws.write_row(2, 0, ["血液透析", "肾内科", "2023-03-01", cases])
    wb.close()
    return path


@pytest.mark.parametrize("kind", ["empty", "truncated", "encrypted", "random_xls", "xml_xls", "oversized", "zip_bomb_ratio",
                                  "zip_bomb_total", "unsupported"])
def test_guard_rejects_with_a_reason(tmp_path, kind):
    good = _small_xlsx(tmp_path / "good.xlsx")
    limits = Limits()
    if kind == "empty":
        p = tmp_path / "a.xlsx"
        p.write_bytes(b"")
        code = "EMPTY_FILE"
    elif kind == "truncated":
        p = tmp_path / "a.xlsx"
        p.write_bytes(good.read_bytes()[:300])
        code = "CORRUPT"
    elif kind == "encrypted":
        p = tmp_path / "a.xlsx"
        p.write_bytes(_ole_encrypted_package())
        code = "ENCRYPTED"
    elif kind == "random_xls":
        p = tmp_path / "a.xls"
        p.write_bytes(os.urandom(2048))
        code = "CORRUPT"
    elif kind == "xml_xls":  # Excel 2003 XML saved as .xls (a web page with a table is read: test below)
        p = tmp_path / "a.xls"
        p.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')
        code = "WRONG_FORMAT"
    elif kind == "oversized":
        p = tmp_path / "a.xlsx"
        with open(p, "wb") as fh:
            fh.truncate(70 * 1024**2)  # sparse: no time or disk spent
        code = "TOO_LARGE"
    elif kind == "unsupported":
        p = tmp_path / "a.docx"
        p.write_bytes(b"PK\x03\x04")
        code = "UNSUPPORTED_TYPE"
    else:
        p = tmp_path / "bomb.xlsx"
        shutil.copy(good, p)
        with zipfile.ZipFile(p, "a", compression=zipfile.ZIP_DEFLATED) as zf:
            with zf.open("xl/worksheets/sheet9.xml", "w") as fh:
                chunk = b"<c><v>0</v></c>" * 65536
                for _ in range(40):  # ~40 MB that compresses ~1000:1
                    fh.write(chunk)
        if kind == "zip_bomb_total":
            limits = Limits(max_ratio=1e9, max_unpacked_bytes=16 * 1024**2)
        code = "ZIP_BOMB"
    with pytest.raises(FileRejected) as e:
        check_file(str(p), limits)
    assert e.value.code == code
    assert " / " in e.value.message  # Chinese / English


def _ole_encrypted_package() -> bytes:
    """The shape of a password-protected .xlsx: a compound (OLE) file whose directory names the
    streams EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO 2.3.4), in UTF-16. (No library
    here writes encrypted workbooks; the directory entries are what the guard looks at.)"""
    entry = lambda name: name.encode("utf-16-le").ljust(64, b"\0")  # noqa: E731 - a directory entry's name field
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + entry("EncryptionInfo") + entry("EncryptedPackage") + b"\0" * 512


def test_encrypted_file_reported_by_parse_file(tmp_path):
    p = tmp_path / "加密.xlsx"
    p.write_bytes(_ole_encrypted_package())
    fr = parse_file(str(p), PersonIds(b"k"))
    assert fr.error_code == "ENCRYPTED" and "password" in fr.error


@pytest.mark.parametrize("real, named", [(".xls", ".xlsx"), (".xlsx", ".xls")])
def test_workbook_saved_under_the_other_excel_extension_is_read_for_what_it_is(tmp_path, real, named):
    """An old .xls renamed .xlsx (or the reverse) is an ordinary thing for a clerk to send:
    read by its content, not refused with the reader's internals."""
    rows = [["姓名", "科室"], ["张三", "内科"], ["李四", "外科"]]
    if real == ".xls":
        import xlwt

        wb = xlwt.Workbook()
        ws = wb.add_sheet("名册")
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                ws.write(r, c, v)
        wb.save(str(tmp_path / "x.xls"))
        src = tmp_path / "x.xls"
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        src = tmp_path / "x.xlsx"
        wb.save(src)
    p = tmp_path / f"名册{named}"
    shutil.copy(src, p)
    fr = parse_file(str(p), PersonIds(b"k"))
    assert fr.error_code is None, fr.error
    assert fr.kind == real
    assert [s.rows_read for s in fr.sheets] == [3]


@pytest.mark.slow
def test_folder_with_corrupt_gbk_csv_and_legacy_xls(demo_db, tmp_path):
    """duikou ingest on a folder with a corrupt file, a GBK CSV and a legacy .xls reads
    everything readable and explains the rest (exit code 2, no traceback)."""
    import xlwt

    db = tmp_path / "db.duckdb"
    shutil.copy(demo_db, db)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "损坏的.xlsx").write_bytes(b"PK\x03\x04 this is not a workbook")
    (folder / "活动.csv").write_bytes(("带教培训活动记录（合成数据 SYNTHETIC）\n填报单位：雁鸣县人民医院\n"
                                     "活动日期,活动类型,主题,参加人数\n2025年3月5日,专题讲座,合理用药,23人\n2025.3.19,教学查房,心衰查房,１５\n").encode("gbk"))
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("进修")
    ws.write_merge(0, 0, 0, 5, "青岚省人民医院2025年度进修人员登记表（合成数据 SYNTHETIC）")
    for c, h in enumerate(["姓名", "身份证号", "派出单位", "进修科室", "进修时间", "是否结业"]):
        ws.write(1, c, h)
    for c, v in enumerate(["李明", IDN, "石桥县医院", "内科", "2025.03.01—2025.08.31", "是"]):
        ws.write(2, c, v)
    wb.save(str(folder / "进修.xls"))
    (folder / "说明.docx").write_bytes(b"not a spreadsheet")
    out = subprocess.run([sys.executable, "-m", "pipelines", "ingest", str(folder), "--db", str(db), "--quiet"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stdout + out.stderr
    assert "损坏的.xlsx" in out.stdout and "CORRUPT" in out.stdout
    assert "说明.docx" in out.stdout  # skipped, and says so
    assert IDN not in out.stdout + out.stderr
    acts = query(db, "SELECT activity_type, participants FROM activities WHERE year(activity_date) = 2025 ORDER BY activity_date")
    assert acts == [("学术讲座", 23), ("教学查房", 15)]
    tr = query(db, "SELECT recipient_hospital_id, host_hospital_id, start_date, end_date, completed FROM trainees WHERE year(start_date) = 2025")
    assert [(r[0], r[1], str(r[2]), str(r[3]), r[4]) for r in tr] == [("QL101", "QL001", "2025-03-01", "2025-08-31", True)]
    assert query(db, "SELECT error_code FROM file_errors") == [("CORRUPT",)]
    assert query(db, "SELECT encoding FROM submissions WHERE file_name = '活动.csv'") == [("gb18030",)]


@pytest.mark.slow
def test_worker_crash_costs_only_its_file(tmp_path):
    """A workbook too big for the worker's memory cap: the reader dies, that file is
    reported, the other files are read."""
    import xlsxwriter

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        _small_xlsx(folder / f"small{i}.xlsx", cases=10 + i)  # different bytes: three submissions
    wb = xlsxwriter.Workbook(str(folder / "heavy.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet("月度统计")
    ws.write_row(0, 0, ["医院", "年份", "月份", "门急诊人次", "出院人数"])
    for r in range(1, 60001):
        ws.write_row(r, 0, ["石桥县人民医院", 2023, r % 12 + 1, r, r % 5000])
    wb.close()
    out = subprocess.run([sys.executable, "-m", "pipelines", "ingest", str(folder), "--db", str(tmp_path / "db.duckdb"), "--quiet"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "DUIKOU_WORKER_MEMORY_MB": "75"})
    assert out.returncode == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stdout + out.stderr
    failed = [ln for ln in out.stdout.splitlines() if ln.strip().startswith("✗")]
    assert len(failed) == 1 and "heavy.xlsx" in failed[0]
    assert any(code in failed[0] for code in ("READER_CRASHED", "TOO_LARGE"))
    assert query(tmp_path / "db.duckdb", "SELECT count(*) FROM submissions")[0][0] == 3


def test_id_numbers_masked_in_quarantine_and_errors(tmp_path):
    bad_check = IDN[:17] + ("0" if IDN[17] != "0" else "1")
    csv = tmp_path / "roster.csv"
    csv.write_text("派驻人员名册\n填报单位：青岚省人民医院\n姓名,身份证号,派驻单位,职称,起始日期,结束日期\n"
                   f"王丽,{bad_check},石桥县人民医院,主治医师,2023-1-1,2023-6-30\n"
                   f"李明,{IDN},不存在县人民医院,主治医师,2023.13.1,2023-6-30\n", encoding="utf-8")
    fr = parse_file(str(csv), PersonIds(b"k"))
    # the wrong check digit is curated with a finding (data contract); the impossible date is not
    found = [f for s in fr.sheets for r in s.records for f in (r.findings or ())]
    texts = [str(q.raw) + q.reason for s in fr.sheets for q in s.quarantined] + [t for s in fr.sheets for _, _, t in s.nondata]
    texts += [msg for _, _, msg in found] + [str(r.values) for s in fr.sheets for r in s.records]
    assert len([q for s in fr.sheets for q in s.quarantined]) == 1
    assert [(f, c) for f, c, _ in found] == [("id_number", "ID_CHECK_DIGIT")]
    for t in texts:
        assert bad_check not in t and IDN not in t


def test_a_web_page_or_text_saved_as_xls_is_read_for_what_it_is(tmp_path):
    """A platform's "Excel" export that is a web page, or tab-separated GBK text (realworld35)."""
    from pipelines.ingest.file_guard import check_file
    from pipelines.ingest.read_cells import read_workbook

    page = tmp_path / "a.xls"
    page.write_text("<html><body><table><tr><th>月份</th><th colspan=2>人次</th></tr><tr><td>1</td><td>30</td><td>4</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    assert check_file(str(page)) == ".html"
    assert read_workbook(str(page), ".html").sheets[0].rows == [["月份", "人次", None], ["1", "30", "4"]]
    text = tmp_path / "b.xls"
    text.write_bytes("月份\t门急诊人次\n1\t1200\n".encode("gbk"))
    assert check_file(str(text)) == ".csv"
    assert read_workbook(str(text), ".csv").sheets[0].rows == [["月份", "门急诊人次"], ["1", "1200"]]
