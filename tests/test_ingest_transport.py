"""Sheet results travel from the reader processes to the writer by pickle: records as tuples,
the notes as the JSON the submission stores (plus the keys the summary shows), and each
curated row's cells, which the writer needs when it quarantines a row itself."""

import json
import pickle

import openpyxl

from pipelines.ingest.parse_file import parse_file
from pipelines.ingest.results import SUMMARY_NOTES
from pipelines.privacy.person_id import PersonIds

IDS = PersonIds(b"test-key")


def _workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻人员"
    ws.append(["派驻人员名册（虚构示例）"])
    ws.merge_cells("A1:E1")
    ws.append(["姓名", "身份证号", "派出医院", "受援医院", "开始日期", "备用列"])
    ws.append(["王丽", "110101199003071233", "青岚省人民医院", "石桥县人民医院", "2024-03-01", "x"])
    ws.append(["李强", "110101198505124564", None, "石桥县人民医院", "2024-04-01", None])
    ws.merge_cells("C3:C4")  # a merged cell: the second row reads the value filled in
    wb.save(path)


def test_what_crosses_to_the_writer(tmp_path):
    path = tmp_path / "名册.xlsx"
    _workbook(path)
    here = parse_file(str(path), IDS)
    sent = pickle.loads(pickle.dumps(here, protocol=5))
    a, b = here.sheets[0], sent.sheets[0]
    assert len(b.records) == 2 and b.counts == a.counts == (2, 0, 2)
    assert [r.values for r in b.records] == [r.values for r in a.records]
    # the original cells, for a row the writer may quarantine: by hand, the merged cell filled in, the ID masked
    assert b.records[1].raw["派出医院"] == "青岚省人民医院" and b.records[0].raw["姓名"] == "王丽"
    assert "110101199003071233" not in json.dumps([r.raw for r in b.records], ensure_ascii=False)
    # the notes: all of them as JSON (the column map included), as dicts only the summary's keys
    assert b.notes_json() == a.notes_json() and json.loads(b.notes_json())["columns"]["name"]["header"] == "姓名"
    assert set(b.notes) <= set(SUMMARY_NOTES) and b.notes.get("unmapped_columns") == a.notes["unmapped_columns"] == ["备用列"]
