"""Sender text is data everywhere: ID numbers masked in every spelling, control characters
never reach the terminal, formula cells neutralised, machine problems named (issue 17)."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.errors import environment_problem
from pipelines.ingest.run import discover
from pipelines.privacy.person_id import MASK, id_check_char, mask_id_numbers
from pipelines.safe_text import for_terminal, neutralise

ROOT = Path(__file__).resolve().parents[1]
BODY = "99010119850307123"
ID = BODY + id_check_char(BODY)  # a valid, fictional (region 99) ID number


@pytest.mark.parametrize("spelling", [
    ID, f"{ID[:6]} {ID[6:14]} {ID[14:]}", f"{ID[:6]}-{ID[6:14]}-{ID[14:]}", f"{ID[:6]}-{ID[6:10]}-{ID[10:14]}-{ID[14:]}",
    ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")), ID + "1", ID + "号", f"身份证:{ID}（本人）",
    "9.90101198503071E+17",
])
def test_id_numbers_masked_in_every_spelling(spelling):
    out = str(mask_id_numbers(spelling))
    assert MASK in out
    digits = "".join(c for c in out if c.isdigit())
    assert ID[6:14] not in digits  # the birth date part is gone


@pytest.mark.parametrize("text", ["2025-03-01至2025-09-30", "20250301-20250930", "联系电话 0771-12345678", "金额 1,234,567"])
def test_ordinary_numbers_are_not_masked(text):
    assert mask_id_numbers(text) == text


def test_terminal_text_shows_escapes_instead_of_acting():
    name = "名册\x1b[2J\x1b]0;pwned\x07\u202egpj.exe"
    out = for_terminal(name)
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out and "\\u202e" in out
    assert for_terminal("第一行\n第二行\t表") == "第一行\n第二行\t表"
    assert MASK in for_terminal(f"文件 {ID}.xlsx")


def test_formula_cells_neutralised():
    assert [neutralise(v) for v in ("=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-2", "正常", 5)] == \
        ["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-2", "正常", 5]


@pytest.mark.parametrize("exc, word", [
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    (RuntimeError("IO Error: Could not write all bytes to file: No space left on device"), "disk is full"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only"),
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    (RuntimeError('IO Error: The file "x.duckdb" exists, but it is not a valid DuckDB database file!'), "damaged"),
    (MemoryError(), "out of memory"),
    (RuntimeError("IO Error: Could not read enough bytes from file \"x.duckdb\""), "damaged"),  # a truncated database
])
def test_machine_problems_are_named(exc, word):
    msg = environment_problem(exc)
    assert msg is not None and word in msg and " / " in msg


def test_a_bug_is_not_called_a_machine_problem():
    assert environment_problem(KeyError("recipient_hospital_id")) is None


def test_damaged_database_gives_a_clear_exit(tmp_path):
    db = tmp_path / "坏.duckdb"
    db.write_bytes(os.urandom(20000))
    out = subprocess.run([sys.executable, "-m", "pipelines", "quarantine", "--db", str(db)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 5, out.stderr
    assert "damaged" in out.stderr and "Traceback" not in out.stderr and "IOException" not in out.stderr


def test_links_out_of_the_submission_folder_are_not_read(tmp_path):
    secret = tmp_path / "key.csv"
    secret.write_text("机密,内容\n1,2\n", encoding="utf-8")
    folder = tmp_path / "报送"
    folder.mkdir()
    (folder / "名册.csv").write_text("姓名,科室\n张三,内科\n", encoding="utf-8")
    (folder / "链接.csv").symlink_to(secret)
    found = discover([str(folder)])
    assert found.files == [str(folder / "名册.csv")]
    assert [(Path(p).name, "outside" in why) for p, why in found.skipped] == [("链接.csv", True)]


def test_quarantine_listing_into_a_closed_pipe_is_quiet(tmp_path):
    """`duikou quarantine | head -1` on a long listing (far over a pipe's 64 KiB): no BrokenPipeError."""
    from pipelines.ingest.run import ingest

    src = tmp_path / "新技术登记表.csv"
    src.write_text("项目名称,首次开展日期,开展例数\n" + "".join(f",2025.3.1,{i}\n" for i in range(3000)), encoding="utf-8")
    db = tmp_path / "q.duckdb"
    ingest([str(src)], db, show_progress=False)
    cmd = f"'{sys.executable}' -m pipelines quarantine --db '{db}' --limit 100000 | head -1"
    out = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.startswith("隔离行 3000 条") and out.stdout.count("\n") == 1
    assert "BrokenPipe" not in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_header_without_data_is_said(tmp_path):
    from pipelines.ingest.run import ingest
    from pipelines.ingest.summary import format_report

    src = tmp_path / "新技术登记表.csv"
    src.write_text("项目名称,科室,首次开展日期,开展例数\n", encoding="utf-8")
    rep = ingest([str(src)], tmp_path / "h.duckdb", show_progress=False)
    assert "the sheet has a header but no data rows" in format_report(rep)


def test_csv_quotes_excel_accepts_are_read_an_unclosed_one_refused(tmp_path):
    from pipelines.ingest.file_guard import FileRejected
    from pipelines.ingest.read_cells import _read_csv

    ok = tmp_path / "ok.csv"
    ok.write_text('项目名称,科室\n"项目一"（二期）,内科\n项目二,外科\n', encoding="utf-8")
    assert _read_csv(str(ok)).sheets[0].rows[1:] == [["项目一（二期）", "内科"], ["项目二", "外科"]]
    bad = tmp_path / "bad.csv"
    bad.write_text('项目名称,科室\n"项目一,内科\n项目二,外科\n项目三,儿科\n', encoding="utf-8")
    with pytest.raises(FileRejected) as e:
        _read_csv(str(bad))
    assert e.value.code == "CORRUPT_CSV" and "line 2" in e.value.message


def test_a_file_that_cannot_be_read_is_its_own_failure(tmp_path, monkeypatch):
    """A permission or I/O error on one file while it is hashed fails that file only."""
    from pipelines.ingest import run

    good = tmp_path / "in" / "新技术登记表.csv"
    good.parent.mkdir()
    good.write_text("项目名称,首次开展日期\n项目一,2025.3.1\n", encoding="utf-8")
    bad = tmp_path / "in" / "锁定.csv"
    bad.write_text("x", encoding="utf-8")
    real = run.file_sha256

    def hash_or_fail(p):
        if p.endswith("锁定.csv"):
            raise PermissionError(13, "Permission denied")
        return real(p)

    monkeypatch.setattr(run, "file_sha256", hash_or_fail)
    rep = run.ingest([str(good.parent)], tmp_path / "u.duckdb", show_progress=False)
    assert [(f.file_name, f.error_code) for f in rep.failed] == [("锁定.csv", "UNREADABLE")]
    assert rep.totals()["rows_read"] == 2


def test_dangling_link_is_named_and_workbooks_are_read_by_content(tmp_path):
    import openpyxl

    from pipelines.ingest.parse_file import parse_file
    from pipelines.privacy.person_id import PersonIds

    folder = tmp_path / "报送"
    folder.mkdir()
    (folder / "断开.csv").symlink_to(tmp_path / "不存在.csv")
    assert [(Path(p).name, "does not exist" in why) for p, why in discover([str(folder)]).skipped] == [("断开.csv", True)]
    wb = openpyxl.Workbook()
    for row in (["姓名", "科室"], ["张三", "内科"]):
        wb.active.append(row)
    wb.save(folder / "名册.ods")  # an Excel workbook saved under the OpenDocument extension
    fr = parse_file(str(folder / "名册.ods"), PersonIds(b"k"))
    assert fr.error_code is None and fr.kind == ".xlsx" and [s.rows_read for s in fr.sheets] == [2]
