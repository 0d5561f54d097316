"""Sheet results travel from the reader processes to the writer by pickle, without each
curated row's cells (results.SheetSource) and with their notes as JSON: a row the writer
quarantines gets its cells read again from the file, and only from the same bytes."""

import pickle

import openpyxl

from pipelines.ingest.parse_file import parse_file
from pipelines.privacy.person_id import PersonIds

IDS = PersonIds(b"test-key")


def _workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻人员"
    ws.append(["派驻人员名册（虚构示例）"])
    ws.merge_cells("A1:E1")
    ws.append(["姓名", "身份证号", "派出医院", "受援医院", "开始日期"])
    ws.append(["王丽", "110101199003071233", "青岚省人民医院", "石桥县人民医院", "2024-03-01"])
    ws.append(["李强", "110101198505124564", "青岚省人民医院", "石桥县人民医院", "2024-04-01"])
    ws.merge_cells("C3:C4")  # a merged cell: the second row reads the value filled in
    wb.save(path)


def _sent(fr):
    return pickle.loads(pickle.dumps(fr, protocol=5))


def test_cells_are_not_sent_and_are_read_again_when_needed(tmp_path):
    path = tmp_path / "名册.xlsx"
    _workbook(path)
    here = parse_file(str(path), IDS)
    assert here.ok and here.sheets[0].records
    local = [r.raw for r in here.sheets[0].records]  # from the cells kept in this process
    sent = _sent(parse_file(str(path), IDS))
    recs = sent.sheets[0].records
    assert all(r.cells is None for r in recs) and all(r.source is not None for r in recs)
    assert [r.raw for r in recs] == local
    # the notes travel as their JSON (the column map), with only the keys the summary shows
    assert sent.sheets[0].notes_json() == here.sheets[0].notes_json()
    assert '"columns"' in here.sheets[0].notes_json() and "columns" not in sent.sheets[0].notes
    # by hand: the second row's 派出医院 comes from the merged cell; ID numbers are masked
    assert local[1]["派出医院"] == "青岚省人民医院"
    assert "110101199003071233" not in str(local[0]) and local[0]["姓名"] == "王丽"


def test_a_file_changed_after_reading_shows_no_cells_from_other_bytes(tmp_path):
    path = tmp_path / "名册.xlsx"
    _workbook(path)
    sent = _sent(parse_file(str(path), IDS))
    wb = openpyxl.load_workbook(path)
    wb.active["A3"] = "张伟"  # the file is replaced before the writer needs the row
    wb.save(path)
    raw = sent.sheets[0].records[0].raw
    assert "张伟" not in str(raw) and "王丽" not in str(raw)
    assert list(raw.values())[0].startswith("文件在读取后已更改")
