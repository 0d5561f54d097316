#!/usr/bin/env python
"""Write the "real-world" test corpus: awkward submissions as hospitals really type them.

ALL DATA HERE IS SYNTHETIC (合成数据). The province 青岚省, its cities, counties, hospitals,
people and ID-card numbers are invented. ID numbers use region codes starting with 99,
which no real Chinese region has, with a correct GB 11643-1999 check digit (computed here,
independently of the pipeline).

This corpus was written by someone who did NOT read the parser (pipelines/ingest/) or the
header synonyms (pipelines/catalogue/forms.yaml): headers and values are typed the way a
county hospital clerk would type them.

Usage:
    python tests/realworld/make_corpus.py OUTDIR

Writes ~25 submission files into OUTDIR/data/raw/submissions/, the hospital registry workbook into
OUTDIR/data/raw/reference/SYNTHETIC_registry.xlsx and the expected values into OUTDIR/truth.json, in the
shape of tests/corpus_harness.py (until 2026-12-06: the files in OUTDIR, tests/realworld/registry.xlsx,
tests/realworld/expected.json). Output is deterministic.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import io
import json
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
FIXED_TIME = dt.datetime(2024, 1, 15, 9, 30, 0)

# ---------------------------------------------------------------------------------------
# ID-card numbers (GB 11643-1999), computed independently of pipelines.privacy
# ---------------------------------------------------------------------------------------
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def check_char(first17: str) -> str:
    assert len(first17) == 17 and first17.isdigit()
    return _C[sum(int(d) * w for d, w in zip(first17, _W)) % 11]


def make_id(region: str, birth: str, seq: int) -> str:
    assert region.startswith("99"), "fictional region codes only"
    s = f"{region}{birth}{seq:03d}"
    return s + check_char(s)


def make_id_with_x(region: str, birth: str, start_seq: int) -> str:
    for seq in range(start_seq, 1000):
        i = make_id(region, birth, seq)
        if i.endswith("X"):
            return i
    raise AssertionError


def wrong_check(id18: str) -> str:
    good = id18[17]
    for c in "0123456789":
        if c != good:
            return id18[:17] + c
    raise AssertionError


# ---------------------------------------------------------------------------------------
# date helpers for the expected values
# ---------------------------------------------------------------------------------------
def month_end(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def plus_months_minus_day(start: dt.date, n: int) -> dt.date:
    """start + n months - 1 day (the brief's rule for "半年", "6个月")."""
    y, m0 = divmod(start.month - 1 + n, 12)
    y += start.year
    m = m0 + 1
    day = min(start.day, calendar.monthrange(y, m)[1])
    return D(y, m, day) - dt.timedelta(days=1)


def iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(x) -> str:
    return str(x).translate(FW)


# ---------------------------------------------------------------------------------------
# Sheets as grids (1-based rows/cols), rendered by one writer per file format
# ---------------------------------------------------------------------------------------
class XDate:
    """An Excel date cell with a given number format (e.g. Chinese long date)."""

    def __init__(self, d: dt.date, fmt: str = "yyyy-mm-dd"):
        self.d, self.fmt = d, fmt


class Sheet:
    def __init__(self, name: str, width: int):
        self.name, self.width = name, width
        self.rows: list[list] = []
        self.merges: list[tuple[int, int, int, int]] = []

    def row(self, *cells) -> int:
        cells = list(cells)
        assert len(cells) <= self.width, (self.name, cells)
        self.rows.append(cells + [None] * (self.width - len(cells)))
        return len(self.rows)

    def blank(self) -> int:
        return self.row()

    def title(self, text: str) -> int:
        r = self.row(text)
        self.merge(r, 1, r, self.width)
        return r

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

    def covered(self):
        cov = set()
        for r1, c1, r2, c2 in self.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        cov.add((r, c))
        return cov


def _set_props(wb):
    wb.properties.creator = "duikou realworld corpus (合成数据)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def write_openpyxl(path: Path, sheets: list[Sheet], macro: bool = False):
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        cov = sh.covered()
        for r, cells in enumerate(sh.rows, 1):
            for c, v in enumerate(cells, 1):
                if v is None or (r, c) in cov:
                    continue
                cell = ws.cell(r, c)
                if isinstance(v, XDate):
                    cell.value = dt.datetime.combine(v.d, dt.time())
                    cell.number_format = v.fmt
                elif isinstance(v, dt.date):
                    cell.value = dt.datetime.combine(v, dt.time())
                    cell.number_format = "yyyy-mm-dd"
                else:
                    cell.value = v
                    if isinstance(v, str) and "\n" in v:
                        cell.alignment = Alignment(wrap_text=True)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c in range(1, sh.width + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 14
    _set_props(wb)
    tmp = path.with_suffix(".tmp.xlsx") if macro else path
    wb.save(tmp)
    if macro:
        _make_macro_enabled(tmp, path)
        tmp.unlink()


def _make_macro_enabled(src: Path, dst: Path):
    """A macro-enabled workbook (.xlsm) without a VBA project, as Excel saves one."""
    xlsx_ct = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    xlsm_ct = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "[Content_Types].xml":
                assert xlsx_ct in data
                data = data.replace(xlsx_ct, xlsm_ct)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_xlsxwriter(path: Path, sheets: list[Sheet]):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({"author": "duikou realworld corpus (合成数据)", "created": FIXED_TIME})
    fmt_date = wb.add_format({"num_format": "yyyy-mm-dd"})
    fmt_wrap = wb.add_format({"text_wrap": True, "align": "center", "valign": "vcenter"})
    fmt_center = wb.add_format({"align": "center", "valign": "vcenter", "bold": True})
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        ws.set_column(0, sh.width - 1, 14)
        cov = sh.covered()
        anchors = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        for r, cells in enumerate(sh.rows, 1):
            for c, v in enumerate(cells, 1):
                if (r, c) in cov:
                    continue
                if (r, c) in anchors:
                    r2, c2 = anchors[(r, c)]
                    ws.merge_range(r - 1, c - 1, r2 - 1, c2 - 1, "" if v is None else v, fmt_center)
                    continue
                if v is None:
                    continue
                if isinstance(v, (XDate, dt.date)):
                    d = v.d if isinstance(v, XDate) else v
                    ws.write_datetime(r - 1, c - 1, dt.datetime.combine(d, dt.time()), fmt_date)
                elif isinstance(v, (int, float)):
                    ws.write_number(r - 1, c - 1, v)
                else:
                    ws.write_string(r - 1, c - 1, v, fmt_wrap if "\n" in v else None)
    wb.close()


def write_xlwt(path: Path, sheets: list[Sheet]):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    st_date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    st_wrap = xlwt.easyxf("align: wrap on, vert centre, horiz centre")
    st_plain = xlwt.Style.default_style
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        cov = sh.covered()
        anchors = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        for r, cells in enumerate(sh.rows, 1):
            for c, v in enumerate(cells, 1):
                if (r, c) in cov:
                    continue
                if (r, c) in anchors:
                    r2, c2 = anchors[(r, c)]
                    ws.write_merge(r - 1, r2 - 1, c - 1, c2 - 1, "" if v is None else v, st_wrap)
                    continue
                if v is None:
                    continue
                if isinstance(v, (XDate, dt.date)):
                    d = v.d if isinstance(v, XDate) else v
                    ws.write(r - 1, c - 1, dt.datetime.combine(d, dt.time()), st_date)
                elif isinstance(v, str) and "\n" in v:
                    ws.write(r - 1, c - 1, v, st_wrap)
                else:
                    ws.write(r - 1, c - 1, v, st_plain)
    wb.save(str(path))


def write_ods(path: Path, sheets: list[Sheet]):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for sh in sheets:
        table = Table(name=sh.name)
        cov = sh.covered()
        anchors = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        for r, cells in enumerate(sh.rows, 1):
            tr = TableRow()
            for c, v in enumerate(cells, 1):
                if (r, c) in cov:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (r, c) in anchors:
                    r2, c2 = anchors[(r, c)]
                    kw["numbercolumnsspanned"] = str(c2 - c + 1)
                    kw["numberrowsspanned"] = str(r2 - r + 1)
                if v is None:
                    tc = TableCell(**kw)
                elif isinstance(v, (XDate, dt.date)):
                    d = v.d if isinstance(v, XDate) else v
                    tc = TableCell(valuetype="date", datevalue=d.isoformat(), **kw)
                    tc.addElement(P(text=d.isoformat()))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=str(v), **kw)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    for line in str(v).split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))


def write_csv(path: Path, sheet: Sheet, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for cells in sheet.rows:
        out = []
        for v in cells:
            if v is None:
                out.append("")
            elif isinstance(v, (XDate, dt.date)):
                raise TypeError("CSV cells are text")
            else:
                out.append(str(v))
        w.writerow(out)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


# ---------------------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------------------
HOSPITALS = [
    # id, name, level, grade, category, city, county, county_code, aliases
    ("QL001", "青岚省人民医院", "三级", "甲等", "综合医院", "明川市", "青山区", "990101", ""),
    ("QL002", "青岚医科大学附属第一医院", "三级", "甲等", "综合医院", "明川市", "青山区", "990101", "青医附一院"),
    ("QL003", "明川市中心医院", "三级", "甲等", "综合医院", "明川市", "青山区", "990101", ""),
    ("QL004", "青岚省中医院", "三级", "甲等", "中医医院", "明川市", "青山区", "990101", ""),
    ("QL101", "石桥县人民医院", "二级", "甲等", "综合医院", "明川市", "石桥县", "990121", "石桥县医院"),
    ("QL102", "雁鸣县人民医院", "二级", "甲等", "综合医院", "明川市", "雁鸣县", "990122", ""),
    ("QL103", "雁鸣县中医医院", "二级", "甲等", "中医医院", "明川市", "雁鸣县", "990122", "雁鸣县中医院"),
    ("QL106", "望川县人民医院", "二级", "甲等", "综合医院", "云岫市", "望川县", "990221", "望川县总医院"),
    ("QL201", "石桥县青石镇卫生院", "一级", None, "乡镇卫生院", "明川市", "石桥县", "990121", "青石镇卫生院"),
]
NAME = {h[0]: h[1] for h in HOSPITALS}

PAIRINGS = [
    # support, recipient, programme, start, agreement
    ("QL001", "QL101", "三级医院对口支援县级医院", D(2022, 1, 1), D(2021, 12, 1)),
    ("QL004", "QL103", "三级医院对口支援县级医院", D(2022, 1, 1), D(2021, 12, 1)),
    ("QL003", "QL106", "三级医院对口支援县级医院", D(2023, 1, 1), D(2022, 12, 1)),
    ("QL101", "QL201", "县级医院对口支援乡镇卫生院", D(2022, 1, 1), D(2021, 12, 1)),
]


class Corpus:
    def __init__(self, outdir: Path):
        self.outdir = outdir
        self.rows: list[dict] = []
        self.files: list[dict] = []

    def file(self, name: str, fmt: str, layouts: list[str], encoding: str | None = None):
        assert name.startswith("SYNTHETIC_"), name
        self.files.append({"file": name, "format": fmt, "encoding": encoding, "layouts": layouts})
        return self.outdir / name

    def expect(self, table, file, sheet, row, fields, id_number=None, note=None, column=None, finding=None):
        """finding=(field, code): the row is curated with that doubtful field recorded in the
        findings table (data contract, section findings). A person row without id_number has
        no usable ID number: its person_id is made from the name and it is found by provenance."""
        e = {"table": table, "file": file, "sheet": sheet, "row": row}
        if column:
            e["column"] = column
        if id_number:
            e["id_number"] = id_number
        e["fields"] = fields
        if finding:
            e["finding"] = {"field": finding[0], "code": finding[1]}
        if note:
            e["note"] = note
        self.rows.append(e)

    def quarantine(self, table, file, sheet, row, reason):
        self.rows.append({"quarantine": True, "table": table, "file": file, "sheet": sheet,
                          "row": row, "reason": reason})


def build_registry(path: Path, corpus: Corpus):
    sh = Sheet("医疗机构名册", 10)
    sh.row("机构代码", "机构名称", "医院级别", "医院等次", "机构类别", "省", "市", "县（市、区）", "行政区划代码", "别名")
    for hid, name, level, grade, cat, city, county, code, alias in HOSPITALS:
        r = sh.row(hid, name, level, grade, cat, "青岚省", city, county, code, alias or None)
        corpus.expect("hospitals", path.name, sh.name, r, {
            "hospital_id": hid, "name": name, "level": level, "grade": grade, "category": cat,
            "province": "青岚省", "city": city, "county": county, "county_code": code})
    pr = Sheet("对口支援关系", 6)
    pr.row("支援医院", "受援医院", "支援项目", "起始日期", "终止日期", "协议签订日期")
    for s, rcp, prog, start, agreed in PAIRINGS:
        r = pr.row(NAME[s], NAME[rcp], prog, start, None, agreed)
        corpus.expect("pairings", path.name, pr.name, r, {
            "support_hospital_id": s, "recipient_hospital_id": rcp, "programme": prog,
            "start_date": iso(start), "end_date": None, "agreement_date": iso(agreed)})
    write_openpyxl(path, [sh, pr])


# ---------------------------------------------------------------------------------------
# People (all invented). region code, birth date, sequence -> ID number with check digit.
# ---------------------------------------------------------------------------------------
P = {
    # QL001 -> QL101 (province hospital to Shiqiao county)
    "A1": make_id("990101", "19720314", 113), "A2": make_id("990101", "19780822", 124),
    "A3": make_id("990102", "19860105", 135), "A4": make_id("990101", "19880612", 146),
    "A5": make_id("990103", "19790930", 157), "A6": make_id("990101", "19890217", 168),
    "A7": make_id("990101", "19840411", 179),
    # QL004 -> QL103 (province TCM hospital to Yanming TCM hospital)
    "B1": make_id("990101", "19760503", 211), "B2": make_id("990102", "19740119", 222),
    "B3": make_id("990101", "19870726", 233), "B4": make_id("990104", "19770308", 244),
    "B5": make_id("990101", "19940911", 255),
    # QL003 -> QL106 (Mingchuan central hospital to Wangchuan county)
    "C1": make_id("990101", "19800615", 311), "C2": make_id("990101", "19880420", 322),
    "C3": make_id("990105", "19870107", 333), "C4": make_id("990101", "19850828", 344),
    "C5": make_id("990101", "19830302", 355), "C6": make_id("990102", "19750719", 366),
    # QL101 -> QL201 (county hospital to Qingshi township)
    "D1": make_id("990121", "19880202", 412), "D2": make_id("990121", "19860916", 421),
    "D3": make_id("990121", "19900523", 432), "D4": make_id_with_x("990121", "19851111", 441),
    # ledger of Wangchuan (QL003 -> QL106) and second-half list
    "T1": make_id("990101", "19840203", 511), "T2": make_id("990101", "19870814", 522),
    "T3": make_id("990101", "19820527", 533),
    "U2": make_id("990101", "19830419", 611), "U3": make_id("990103", "19810101", 621),
    # 2024 first-half lists by recipient
    "X1": make_id("990101", "19810707", 711), "X2": make_id("990102", "19790405", 722),
    "X3": make_id("990101", "19860325", 733), "X4": make_id("990101", "19900810", 744),
    # trainees: staff of the recipients
    "E1": make_id("990121", "19900314", 811), "E2": make_id("990121", "19920618", 822),
    "E3": make_id("990121", "19910101", 833), "E4": make_id("990121", "19930909", 844),
    "F1": make_id("990122", "19890712", 851), "F2": make_id("990122", "19920225", 862),
    "F3": make_id("990122", "19950530", 873), "F4": make_id("990122", "19910817", 884),
    "F5": make_id("990122", "19880101", 895),
    "G1": make_id("990221", "19900402", 911), "G2": make_id("990221", "19910719", 922),
    "G3": make_id("990221", "19891203", 933),
    "T4": make_id("990221", "19930315", 944), "T5": make_id("990221", "19940628", 955),
}

RANK = {"主任医师": "正高级", "副主任医师": "副高级", "主治医师": "中级", "住院医师": "初级",
        "主任护师": "正高级", "副主任护师": "副高级", "主管护师": "中级", "护师": "初级",
        "主管技师": "中级", "主任中医师": "正高级", "主治中医师": "中级"}


def dep(support, recipient, dept, title, start, end, position=None, years=None, paid="omit",
        written="omit", category=None):
    f = {"support_hospital_id": support, "recipient_hospital_id": recipient, "department": dept,
         "title": title, "title_rank": RANK[title], "position_at_recipient": position,
         "start_date": iso(start), "end_date": iso(end)}
    if years != "omit":
        f["years_of_service"] = years
    if paid != "omit":
        f["paid_by_recipient"] = paid
    if written != "omit":
        f["written_assessment"] = written
    if category:
        f["staff_category"] = category
    return f


NONE_OR_ZERO = {"one_of": [0, None]}

FOOTER = "填表人：            审核人：            联系电话："


# ---------------------------------------------------------------------------------------
# The submissions
# ---------------------------------------------------------------------------------------
def file_A(cx: Corpus):
    """xlsx, province hospital's roster of staff at Shiqiao: recipient only in the title."""
    name = "SYNTHETIC_青岚省人民医院派驻人员花名册（2023年度）.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "title merged across all columns", "填报单位/填报日期 split across two merged cells",
        "two-level header 派驻时间→起始/结束 with vertically merged cells", "headers with line breaks",
        "recipient named only in the title", "support hospital only in 填报单位", "合计 row",
        "blank row", "注 note", "signature footer", "extra column 备注 and 性别",
        "Excel dates incl. Chinese date format", "2023.3.1 / 2023-3-1 / 2023年9月1日 / 20230901 as number",
        "title 主任医师、教授, 主治", "name with full-width space",
        "bad ID check digit (curated with finding ID_CHECK_DIGIT)"])
    sh = Sheet("派驻人员", 12)
    sh.title("青岚省人民医院对口支援石桥县人民医院派驻人员花名册（2023年度）（合成数据）")
    r = sh.row("填报单位（盖章）：青岚省人民医院", None, None, None, None, None, None, "填报日期：2024年1月10日")
    sh.merge(r, 1, r, 6)
    sh.merge(r, 8, r, 12)
    h1 = sh.row("序号", "姓名", "性别", "身份证号码", "科室", "专业技术\n职称", "在受援医院\n任职", "派驻时间", None,
                "工作年限\n（年）", "受援医院发放\n补贴（元）", "备注")
    h2 = sh.row(None, None, None, None, None, None, None, "起始", "结束")
    for c in (1, 2, 3, 4, 5, 6, 7, 10, 11, 12):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 8, h1, 9)
    S, R = "QL001", "QL101"
    cn = 'yyyy"年"m"月"d"日"'
    data = [
        ("A1", "李建国", "男", "心血管内科", "主任医师、教授", "副院长", XDate(D(2023, 1, 5), cn), XDate(D(2023, 7, 4), cn), 25, 0, None,
         dep(S, R, "心血管内科", "主任医师", D(2023, 1, 5), D(2023, 7, 4), "副院长", 25, 0)),
        ("A2", "周晓燕", "女", "普外科", "副主任医师", "科主任", "2023.3.1", "2023.8.31", "18", "无", "",
         dep(S, R, "普外科", "副主任医师", D(2023, 3, 1), D(2023, 8, 31), "科主任", 18, NONE_OR_ZERO)),
        ("A3", "陈　刚", "男", "骨科", "主治医师", "/", D(2023, 3, 1), D(2023, 8, 31), 9, 0, None,
         dep(S, R, "骨科", "主治医师", D(2023, 3, 1), D(2023, 8, 31), None, 9, 0)),
        ("A4", "吴婷", "女", "护理部", "主管护师", "无", "2023-3-1", "2023-8-31", "12年", None, "护理骨干",
         dep(S, R, "护理部", "主管护师", D(2023, 3, 1), D(2023, 8, 31), None, 12, NONE_OR_ZERO)),
        ("A5", "赵明", "男", "麻醉科", "副主任医师", None, "2023年9月1日", "2024年2月29日", 15, 0, None,
         dep(S, R, "麻醉科", "副主任医师", D(2023, 9, 1), D(2024, 2, 29), None, 15, 0)),
        ("A6", "孙丽", "女", "儿科", "主治", None, 20230901, 20240229, 10, 0, "",
         dep(S, R, "儿科", "主治医师", D(2023, 9, 1), D(2024, 2, 29), None, 10, 0)),
    ]
    n = 0
    for key, nm, sex, dept, title, pos, start, end, yrs, paid, note, exp in data:
        n += 1
        r = sh.row(n, nm, sex, P[key], dept, title, pos, start, end, yrs, paid, note)
        cx.expect("deployments", name, sh.name, r, exp, P[key],
                  note="recipient from title, support from 填报单位")
    n += 1
    r = sh.row(n, "钱伟", "男", wrong_check(P["A7"]), "泌尿外科", "副主任医师", None, D(2023, 9, 1), D(2024, 2, 29), 14, 0, None)
    # ID number with a wrong check digit: curated, person_id hashed from the number as written
    cx.expect("deployments", name, sh.name, r,
              dep(S, R, "泌尿外科", "副主任医师", D(2023, 9, 1), D(2024, 2, 29), None, 14, 0), wrong_check(P["A7"]),
              note="recipient from title, support from 填报单位; ID check digit wrong: curated with a finding",
              finding=("id_number", "ID_CHECK_DIGIT"))
    r = sh.row("合计", None, None, None, None, None, None, None, None, None, 0, "共7人")
    sh.merge(r, 1, r, 2)
    sh.blank()
    r = sh.row("注：派驻时间以实际到岗、离岗日期为准；受援医院未发放任何补贴。")
    sh.merge(r, 1, r, 12)
    sh.row(FOOTER)
    write_openpyxl(path, [sh])


def file_B(cx: Corpus):
    """legacy xls, TCM roster with 起止时间 in one cell."""
    name = "SYNTHETIC_青岚省中医院派驻人员登记表.xls"
    path = cx.file(name, "xls (xlwt, BIFF8)", [
        "title merged", "headers with line breaks and inner spaces (姓 名, 科　室)",
        "起止时间 ranges in one cell: 2023.03—2023.08, 2023年3月1日至2023年8月31日, 2023.9.1-2024.2.29, 2023/9/1～2024/2/29",
        "TCM titles 副主任医师（中医）, 主任中医师, 主治中医师", "Chinese numeral years 二十二",
        "recipient short form 雁鸣县中医院", "extra column 联系电话", "说明 note", "footer"])
    sh = Sheet("Sheet1", 11)
    sh.title("2023年青岚省中医院对口支援派驻人员登记表（合成数据）")
    sh.row("序号", "派出医院", "派驻\n单位", "姓 名", "身份证号码", "科　室", "职称", "起止时间", "工作年限", "联系电话", "备注")
    S, R = "QL004", "QL103"
    data = [
        ("B1", "黄志强", "雁鸣县中医院", "针灸推拿科", "副主任医师（中医）", "2023.03—2023.08", 20,
         dep(S, R, "针灸推拿科", "副主任医师", D(2023, 3, 1), D(2023, 8, 31), None, 20)),
        ("B2", "刘芳", "雁鸣县中医医院", "中医内科", "主任中医师", "2023年3月1日至2023年8月31日", "二十二",
         dep(S, R, "中医内科", "主任中医师", D(2023, 3, 1), D(2023, 8, 31), None, 22)),
        ("B3", "郑宇", "雁鸣县中医院", "中医骨伤科", "主治中医师", "2023.9.1-2024.2.29", 11,
         dep(S, R, "中医骨伤科", "主治中医师", D(2023, 9, 1), D(2024, 2, 29), None, 11)),
        ("B4", "马丽娟", "雁鸣县中医医院", "护理部", "副主任护师", "2023.09—2024.02", 19,
         dep(S, R, "护理部", "副主任护师", D(2023, 9, 1), D(2024, 2, 29), None, 19)),
        ("B5", "何伟", "雁鸣县中医院", "针灸科", "住院医师", "2023/9/1～2024/2/29", "4",
         dep(S, R, "针灸科", "住院医师", D(2023, 9, 1), D(2024, 2, 29), None, 4)),
    ]
    for i, (key, nm, rcp, dept, title, span, yrs, exp) in enumerate(data, 1):
        r = sh.row(i, "青岚省中医院", rcp, nm, P[key], dept, title, span, yrs, f"0999-8800{i:03d}", None)
        cx.expect("deployments", name, sh.name, r, exp, P[key])
    sh.blank()
    sh.row("说明：起止时间填写实际在岗时间，只填年月的按整月计。")
    sh.row(FOOTER)
    write_xlwt(path, [sh])


def file_C(cx: Corpus):
    """GBK CSV: start + duration, bracketed recipient names, header with a newline, bad date."""
    name = "SYNTHETIC_明川市中心医院派驻望川县人民医院人员（2023上半年）.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "title line", "填报单位/填报日期 split across cells", "quoted header cell with a line break",
        "start + 派驻时长 (半年, 6个月)", "dates 2023/03/01, 20230301, 2023-3-15, 2023年5月, 2023.4.1",
        "recipient 望川县人民医院（望川县总医院） and 望川县总医院", "主管技师", "合计 line",
        "footer split across cells", "bad date 2023.13.45 (quarantine)"], encoding="gbk")
    sh = Sheet(sheet, 10)
    sh.row("明川市中心医院派驻望川县人民医院人员情况表（合成数据）")
    sh.row("填报单位：明川市中心医院", None, None, None, None, None, "填报日期：2023年7月5日")
    sh.row("序号", "姓名", "身份证号", "派出单位", "受援单位", "科室", "职称", "开始时间", "派驻\n时长", "挂职职务")
    S, R = "QL003", "QL106"
    data = [
        ("C1", "王磊", "望川县人民医院（望川县总医院）", "神经内科", "副主任医师", "2023/03/01", "半年", "副院长",
         dep(S, R, "神经内科", "副主任医师", D(2023, 3, 1), D(2023, 8, 31), "副院长", "omit")),
        ("C2", "张敏", "望川县人民医院", "呼吸内科", "主治医师", "20230301", "6个月", "无",
         dep(S, R, "呼吸内科", "主治医师", D(2023, 3, 1), D(2023, 8, 31), None, "omit")),
        ("C3", "刘洋", "望川县总医院", "急诊科", "主治医师", "2023-3-15", "6个月", "",
         dep(S, R, "急诊科", "主治医师", D(2023, 3, 15), D(2023, 9, 14), None, "omit")),
        ("C4", "杨帆", "望川县人民医院", "医学影像科", "主管技师", "2023年5月", "半年", "",
         dep(S, R, "医学影像科", "主管技师", D(2023, 5, 1), D(2023, 10, 31), None, "omit")),
    ]
    n = 0
    for key, nm, rcp, dept, title, start, dur, pos, exp in data:
        n += 1
        r = sh.row(n, nm, P[key], "明川市中心医院", rcp, dept, title, start, dur, pos)
        cx.expect("deployments", name, sheet, r, exp, P[key])
    n += 1
    r = sh.row(n, "何静", P["C5"], "明川市中心医院", "望川县人民医院", "妇产科", "副主任医师", "2023.13.45", "6个月", "")
    cx.quarantine("deployments", name, sheet, r, "unreadable start date 2023.13.45")
    n += 1
    r = sh.row(n, "黄涛", P["C6"], "明川市中心医院", "望川县人民医院", "普外科", "副主任医师", "2023.4.1", "6个月", "科主任")
    cx.expect("deployments", name, sheet, r,
              dep(S, R, "普外科", "副主任医师", D(2023, 4, 1), D(2023, 9, 30), "科主任", "omit"), P["C6"])
    sh.row("合计", None, "", None, None, None, None, None, "6人")
    sh.row("填表人：", None, "审核人：", None, None, "联系电话：")
    write_csv(path, sh, "gbk")


def file_D(cx: Corpus):
    """UTF-8 with BOM CSV, county hospital to township, no title, padded names, yes/no."""
    name = "SYNTHETIC_石桥县人民医院下派青石镇卫生院人员.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "header on line 1, no title", "names padded with full-width and ASCII spaces",
        "ID with check character X and a leading apostrophe", "主治 → 主治医师", "是/√/否/× for 书面考核意见",
        "support 石桥县医院 / misspelt 石桥县人名医院", "recipient 青石镇卫生院 / 石桥县青石镇卫生院",
        "dates 2023.3.1, 2023/03/01, 2023-09-01, 2023年9月1日"], encoding="utf-8-sig")
    sh = Sheet(sheet, 11)
    sh.row("序号", "姓名", "身份证号", "派出单位", "派驻单位", "科室", "职称", "派驻起始日期", "派驻结束日期",
           "是否出具书面考核意见", "备注")
    S, R = "QL101", "QL201"
    data = [
        ("D1", "王　丽", P["D1"], "石桥县医院", "青石镇卫生院", "全科", "主治", "2023.3.1", "2023.8.31", "是",
         dep(S, R, "全科", "主治医师", D(2023, 3, 1), D(2023, 8, 31), None, "omit", "omit", True), None),
        ("D2", " 陈志远 ", P["D2"], "石桥县人民医院", "石桥县青石镇卫生院", "内科", "主治医师", "2023/03/01", "2023/08/31", "√",
         dep(S, R, "内科", "主治医师", D(2023, 3, 1), D(2023, 8, 31), None, "omit", "omit", True), None),
        ("D3", "林小红", P["D3"], "石桥县人民医院", "青石镇卫生院", "护理", "主管护师", "2023-09-01", "2024-02-29", "否",
         dep(S, R, "护理", "主管护师", D(2023, 9, 1), D(2024, 2, 29), None, "omit", "omit", False), None),
        ("D4", "郭强", "'" + P["D4"], "石桥县人名医院", "青石镇卫生院", "中医科", "主治医师", "2023年9月1日", "2024年2月29日", "×",
         dep(S, R, "中医科", "主治医师", D(2023, 9, 1), D(2024, 2, 29), None, "omit", "omit", False),
         "misspelling: 石桥县人名医院 (人名 for 人民, a homophone typo) must resolve to QL101"),
    ]
    for i, (key, nm, idv, sup, rcp, dept, title, s, e, wa, exp, note) in enumerate(data, 1):
        r = sh.row(i, nm, idv, sup, rcp, dept, title, s, e, wa, None)
        cx.expect("deployments", name, sheet, r, exp, P[key], note=note)
    write_csv(path, sh, "utf-8", bom=True)


def file_E(cx: Corpus):
    """xlsxwriter xlsx: trainees at the province hospital, 进修时间 → 开始/截止."""
    name = "SYNTHETIC_青岚省人民医院2023年接收进修人员登记表.xlsx"
    path = cx.file(name, "xlsx (xlsxwriter)", [
        "title merged", "填报单位 and 填报日期 in one merged cell", "two-level header 进修时间→开始/截止",
        "派出单位 石桥县医院 alias", "host 青医附一院 alias", "fee 0 / 免费 / 1500元", "结业 √/×/blank",
        "month-only 2023年4月 start and 2023年9月 end", "extra columns 性别, 学历", "合计 row", "footer"])
    sh = Sheet("进修人员", 12)
    sh.title("青岚省人民医院2023年接收对口支援医院进修人员登记表（合成数据）")
    sh.title("填报单位（盖章）：青岚省人民医院　　　　　　　填报日期：2023年12月28日")
    h1 = sh.row("序号", "姓名", "性别", "身份证号", "派出单位", "进修医院", "进修科室", "进修时间", None, "进修费（元）", "是否结业", "学历")
    h2 = sh.row(None, None, None, None, None, None, None, "开始", "截止")
    for c in (1, 2, 3, 4, 5, 6, 7, 10, 11, 12):
        sh.merge(h1, c, h2, c)
    sh.merge(h1, 8, h1, 9)
    data = [
        ("E1", "蒋华", "男", "石桥县医院", "青岚省人民医院", "心血管内科", D(2023, 3, 1), D(2023, 8, 31), 0, "√", "本科",
         D(2023, 3, 1), D(2023, 8, 31), 0, True, "QL001"),
        ("E2", "沈洁", "女", "石桥县人民医院", "青岚省人民医院", "重症医学科", "2023.03.01", "2023.08.31", "免费", "√", "本科",
         D(2023, 3, 1), D(2023, 8, 31), 0, True, "QL001"),
        ("E3", "韩磊", "男", "石桥县人民医院", "青医附一院", "超声医学科", "2023-9-1", "2024-2-29", "1500元", None, "硕士研究生",
         D(2023, 9, 1), D(2024, 2, 29), 1500, None, "QL002"),
        ("E4", "曹颖", "女", "石桥县人民医院", "青岚省人民医院", "麻醉科", "2023年4月", "2023年9月", 0, "×", "大专",
         D(2023, 4, 1), D(2023, 9, 30), 0, False, "QL001"),
    ]
    for i, (key, nm, sex, src, host, dept, s, e, fee, done, edu, es, ee, efee, edone, ehost) in enumerate(data, 1):
        r = sh.row(i, nm, sex, P[key], src, host, dept, s, e, fee, done, edu)
        cx.expect("trainees", name, sh.name, r, {
            "recipient_hospital_id": "QL101", "host_hospital_id": ehost, "department": dept,
            "start_date": iso(es), "end_date": iso(ee), "fee_charged": efee, "completed": edone}, P[key])
    r = sh.row("合计", None, "4人", None, None, None, None, None, None, 1500, None, None)
    sh.merge(r, 1, r, 2)
    sh.row(FOOTER)
    write_xlsxwriter(path, [sh])


def file_F(cx: Corpus):
    """ODS: TCM trainees with durations, host only in title/填报单位, unknown hospital."""
    name = "SYNTHETIC_青岚省中医院进修人员名单_2023.ods"
    path = cx.file(name, "ods (odfpy)", [
        "title spanned", "填报单位 line", "host hospital only in title and 填报单位",
        "start + 进修期限 (6个月, 半年, 3个月)", "ODS date cell, 2023年3月1日, 2023.9.1, 2023-10-08",
        "是/否/blank for 结业", "原单位 雁鸣县中医院 alias", "unknown hospital 白云县人民医院 (quarantine)", "注 note"])
    sh = Sheet("进修登记", 9)
    sh.title("青岚省中医院接收雁鸣县中医医院进修人员名单（合成数据）")
    sh.row("填报单位：青岚省中医院（盖章）")
    sh.row("序号", "姓名", "身份证号", "原单位", "进修科室", "进修开始日期", "进修期限", "是否结业", "收费情况（元）")
    data = [
        ("F1", "彭程", "雁鸣县中医院", "针灸科", D(2023, 3, 1), "6个月", "是", 0, D(2023, 3, 1), 6, True),
        ("F2", "吕琳", "雁鸣县中医医院", "脾胃病科", "2023年3月1日", "半年", "是", 0, D(2023, 3, 1), 6, True),
        ("F3", "苏航", "雁鸣县中医院", "康复科", "2023.9.1", "6个月", "否", 0, D(2023, 9, 1), 6, False),
    ]
    i = 0
    for key, nm, src, dept, s, dur, done, fee, es, months, edone in data:
        i += 1
        r = sh.row(i, nm, P[key], src, dept, s, dur, done, fee)
        cx.expect("trainees", name, sh.name, r, {
            "recipient_hospital_id": "QL103", "host_hospital_id": "QL004", "department": dept,
            "start_date": iso(es), "end_date": iso(plus_months_minus_day(es, months)),
            "fee_charged": fee, "completed": edone}, P[key], note="host from title / 填报单位")
    i += 1
    r = sh.row(i, "许诺", P["F4"], "白云县人民医院", "针灸科", "2023.9.1", "6个月", "否", 0)
    cx.quarantine("trainees", name, sh.name, r, "sending hospital 白云县人民医院 is not in the registry")
    i += 1
    r = sh.row(i, "卢山", P["F5"], "雁鸣县中医院", "治未病科", "2023-10-08", "3个月", None, 0)
    cx.expect("trainees", name, sh.name, r, {
        "recipient_hospital_id": "QL103", "host_hospital_id": "QL004", "department": "治未病科",
        "start_date": "2023-10-08", "end_date": iso(plus_months_minus_day(D(2023, 10, 8), 3)),
        "fee_charged": 0, "completed": None}, P["F5"])
    sh.blank()
    sh.row("注：对口支援进修一律免收进修费。")
    write_ods(path, [sh])


def file_G(cx: Corpus):
    """GB18030 CSV with a name that GBK cannot encode; 进修起止时间 in one cell; 已结业/未结业."""
    name = "SYNTHETIC_明川市中心医院进修人员名单_GB18030.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "GB18030 with characters outside GBK (䶮, 𬌗)", "header on line 1",
        "进修起止时间 ranges in one cell", "已结业/未结业", "bracketed recipient name", "footer"],
        encoding="gb18030")
    sh = Sheet(sheet, 8)
    sh.row("姓名", "性别", "身份证号", "所在单位", "进修单位", "科室", "进修起止时间", "结业情况")
    data = [
        ("G1", "张䶮", "男", "望川县人民医院", "消化内科", "2023.03—2023.08", "已结业", D(2023, 3, 1), D(2023, 8, 31), True),
        ("G2", "李𬌗", "女", "望川县总医院", "妇产科", "2023年3月1日至2023年8月31日", "已结业", D(2023, 3, 1), D(2023, 8, 31), True),
        ("G3", "周杰", "男", "望川县人民医院（望川县总医院）", "检验科", "2023.9.1-2024.2.29", "未结业", D(2023, 9, 1), D(2024, 2, 29), False),
    ]
    for key, nm, sex, src, dept, span, done, es, ee, edone in data:
        r = sh.row(nm, sex, P[key], src, "明川市中心医院", dept, span, done)
        cx.expect("trainees", name, sheet, r, {
            "recipient_hospital_id": "QL106", "host_hospital_id": "QL003", "department": dept,
            "start_date": iso(es), "end_date": iso(ee), "completed": edone}, P[key])
    sh.row(FOOTER)
    write_csv(path, sh, "gb18030")


def _tech(rcp, name_, dept, date, cases, gap, support="omit"):
    f = {"recipient_hospital_id": rcp, "name": name_, "department": dept,
         "first_performed_date": iso(date), "cases": cases, "fills_county_gap": gap}
    if support != "omit":
        f["support_hospital_id"] = support
    return f


INSTRUCTIONS = [
    "填表说明",
    "1. 本表由受援医院填写，每个受援医院一个工作表，工作表名称为医院名称。",
    "2. “首次开展时间”填写该项技术在本院首次开展的日期。",
    "3. “开展例数”填写截至报告期末累计例数。",
    "4. “是否填补县域空白”填“是”或“否”。",
    "5. 本表数据为合成数据，仅供测试。",
]


def file_H(cx: Corpus):
    """xlsm: one sheet per recipient, recipient only in the sheet name; instructions sheet."""
    name = "SYNTHETIC_新技术新业务开展情况汇总_2023.xlsm"
    path = cx.file(name, "xlsm (macro-enabled content type, no VBA)", [
        "填表说明 sheet first", "one sheet per recipient, recipient only in the sheet name",
        "title without hospital name", "header with a line break", "cases 12例, full-width ２５例, 三十, 三",
        "是/否/√/×", "Excel date, 2023.5.6, 2023年6月 (month only), 2023/03/20, 2023-4-10, 20230515",
        "合计 row", "extra columns 指导专家, 备注"])
    ins = Sheet("填表说明", 1)
    for line in INSTRUCTIONS:
        ins.row(line)
    sheets = [ins]
    content = {
        "石桥县人民医院": ("QL101", [
            ("经皮冠状动脉介入治疗（PCI）", "心血管内科", D(2023, 4, 18), "12例", "是", "李建国", D(2023, 4, 18), 12, True),
            ("腹腔镜下胆囊切除术", "普外科", "2023.5.6", "２５例", "否", "周晓燕", D(2023, 5, 6), 25, False),
            ("无痛胃肠镜诊疗", "消化内科", "2023年6月", "三十", "否", None, D(2023, 6, 1), 30, False),
        ]),
        "雁鸣县中医医院": ("QL103", [
            ("浮针疗法", "针灸推拿科", "2023/03/20", "三", "√", "黄志强", D(2023, 3, 20), 3, True),
            ("中药熏蒸治疗", "康复科", "2023-4-10", 8, "×", "刘芳", D(2023, 4, 10), 8, False),
            ("穴位埋线疗法", "针灸推拿科", 20230515, "15例", "√", "黄志强", D(2023, 5, 15), 15, True),
        ]),
    }
    for sheet_name, (rcp, rows) in content.items():
        sh = Sheet(sheet_name, 8)
        sh.title("2023年新技术新业务开展情况（合成数据）")
        sh.row("序号", "项目名称", "开展科室", "首次开展\n时间", "开展例数", "是否填补县域空白", "指导专家", "备注")
        total = 0
        for i, (nm, dept, d, cases, gap, expert, ed, ecases, egap) in enumerate(rows, 1):
            r = sh.row(i, nm, dept, d, cases, gap, expert, None)
            total += ecases
            cx.expect("techniques", name, sheet_name, r, _tech(rcp, nm, dept, ed, ecases, egap),
                      note="recipient only in the sheet name")
        sh.row("合计", None, None, None, f"{total}例")
        sheets.append(sh)
    write_openpyxl(path, sheets, macro=True)


def file_I(cx: Corpus):
    """UTF-8 CSV (no BOM): techniques at Wangchuan, month-only dates."""
    name = "SYNTHETIC_望川县人民医院新技术新业务登记.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "title line naming the recipient", "month-only dates 2023年4月 and 2023.5", "√/×/是",
        "support hospital column", "说明 note"], encoding="utf-8")
    sh = Sheet(sheet, 7)
    sh.row("望川县人民医院2023年新技术新业务开展登记表（合成数据）")
    sh.row("项目名称", "科室", "开展时间", "例数", "县域首例", "支援医院", "备注")
    rows = [
        ("急性缺血性脑卒中静脉溶栓", "神经内科", "2023年4月", "18例", "√", D(2023, 4, 1), 18, True),
        ("无创呼吸机辅助通气", "呼吸内科", "2023.5", "6", "×", D(2023, 5, 1), 6, False),
        ("胸腔镜肺叶切除术", "胸外科", "2023-06-12", "3", "是", D(2023, 6, 12), 3, True),
    ]
    for nm, dept, d, cases, gap, ed, ec, eg in rows:
        r = sh.row(nm, dept, d, cases, gap, "明川市中心医院", None)
        cx.expect("techniques", name, sheet, r, _tech("QL106", nm, dept, ed, ec, eg, "QL003"))
    sh.row("说明：例数统计截至2023年12月31日。")
    write_csv(path, sh, "utf-8")


def file_J(cx: Corpus):
    """legacy xls: township techniques, count 十几 (curated, cases NULL, with a finding)."""
    name = "SYNTHETIC_青石镇卫生院新技术新项目登记_2023.xls"
    path = cx.file(name, "xls (xlwt, BIFF8)", [
        "title merged", "填报单位 and 填报时间 in separate cells", "support 石桥县人民医院 / 石桥县医院",
        "dates 2023.4.6, Excel date, 2023年7月3日", "count 十几 (curated, cases NULL, finding UNPARSEABLE_OPTIONAL)",
        "footer"])
    sh = Sheet("新技术", 7)
    sh.title("石桥县青石镇卫生院2023年新技术新项目登记（合成数据）")
    sh.row("填报单位：石桥县青石镇卫生院", None, None, None, "填报时间：2023.12.25")
    sh.row("序号", "新技术名称", "科室", "开展日期", "完成例数", "是否填补县域空白", "帮扶单位")
    r = sh.row(1, "清创缝合术规范化操作", "外科", "2023.4.6", 20, "否", "石桥县人民医院")
    cx.expect("techniques", name, sh.name, r,
              _tech("QL201", "清创缝合术规范化操作", "外科", D(2023, 4, 6), 20, False, "QL101"))
    r = sh.row(2, "中医针刺治疗", "中医科", D(2023, 5, 10), "十几", "否", "石桥县人民医院")
    # count 十几 is not a number: an optional field, so the row is curated with cases NULL and a finding
    cx.expect("techniques", name, sh.name, r,
              _tech("QL201", "中医针刺治疗", "中医科", D(2023, 5, 10), None, False, "QL101"),
              note="count 十几 is not a number: cases NULL plus a finding", finding=("cases", "UNPARSEABLE_OPTIONAL"))
    r = sh.row(3, "心电图远程诊断", "医技科", "2023年7月3日", 45, "否", "石桥县医院")
    cx.expect("techniques", name, sh.name, r,
              _tech("QL201", "心电图远程诊断", "医技科", D(2023, 7, 3), 45, False, "QL101"))
    sh.row(FOOTER)
    write_xlwt(path, [sh])


def _act(rcp, date, typ, topic, participants, support="omit"):
    f = {"recipient_hospital_id": rcp, "activity_date": iso(date), "activity_type": typ,
         "topic": topic, "participants": participants}
    if support != "omit":
        f["support_hospital_id"] = support
    return f


def file_K(cx: Corpus):
    """xlsx: activities at the Yanming TCM hospital, 填报单位 split across cells, blank rows."""
    name = "SYNTHETIC_雁鸣县中医医院带教培训活动记录_2023.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "title merged", "填报单位（盖章）：|雁鸣县中医医院|填报日期：|date in four cells", "blank row inside the data",
        "row of spaces only", "participants 45 / 12人 / full-width １８", "Excel date and text dates", "合计 row", "注 note"])
    sh = Sheet("2023年", 8)
    sh.title("雁鸣县中医医院对口支援带教、培训活动登记表（合成数据）")
    sh.row("填报单位（盖章）：", "雁鸣县中医医院", None, None, None, "填报日期：", "2023年12月30日")
    sh.row("序号", "活动日期", "活动类型", "主题", "主讲/带教专家", "支援单位", "参加人数", "备注")
    rows = [
        (D(2023, 3, 10), "学术讲座", "中医体质辨识与调护", "刘芳", 45, D(2023, 3, 10), 45),
        ("2023.3.22", "教学查房", "中风病恢复期教学查房", "黄志强", "12人", D(2023, 3, 22), 12),
        None,
        ("2023年4月15日", "义诊", "“中医进社区”义诊", None, "200", D(2023, 4, 15), 200),
        ("2023/05/09", "疑难病例讨论", "顽固性失眠病例讨论", "刘芳", "１８", D(2023, 5, 9), 18),
        ("  ", ),
        ("2023-6-2", "技术培训", "针刀技术培训", "黄志强", "30人", D(2023, 6, 2), 30),
    ]
    i = 0
    total = 0
    for row in rows:
        if row is None:
            sh.blank()
            continue
        if len(row) == 1:
            sh.row(None, row[0], None, "   ")
            continue
        d, typ, topic, who, n, ed, en = row
        i += 1
        total += en
        r = sh.row(i, d, typ, topic, who, "青岚省中医院", n, None)
        cx.expect("activities", name, sh.name, r, _act("QL103", ed, typ, topic, en, "QL004"))
    sh.row("合计", None, None, None, None, None, f"{total}人次")
    sh.row("注：活动记录、签到表及照片另附。")
    write_openpyxl(path, [sh])


def file_L(cx: Corpus):
    """legacy xls: activities at the township centre."""
    name = "SYNTHETIC_青石镇卫生院带教活动登记.xls"
    path = cx.file(name, "xls (xlwt, BIFF8)", [
        "title merged", "header: 日期/形式/内容/参加人数/受援单位/支援单位", "Chinese numeral 十五",
        "60人", "alias and full names for both hospitals", "footer"])
    sh = Sheet("带教活动", 6)
    sh.title("石桥县人民医院帮扶青石镇卫生院带教活动记录（合成数据）")
    sh.row("日期", "形式", "内容", "参加人数", "受援单位", "支援单位")
    rows = [
        ("2023.3.8", "教学查房", "慢阻肺规范化管理查房", 8, "青石镇卫生院", "石桥县人民医院", D(2023, 3, 8), 8),
        ("2023.4.12", "学术讲座", "高血压基层诊疗指南解读", "十五", "青石镇卫生院", "石桥县医院", D(2023, 4, 12), 15),
        ("2023.5.20", "义诊", "乡村义诊", "60人", "石桥县青石镇卫生院", "石桥县人民医院", D(2023, 5, 20), 60),
        ("2023.6.7", "远程会诊", "疑难心电图远程会诊", 5, "青石镇卫生院", "石桥县人民医院", D(2023, 6, 7), 5),
    ]
    for d, typ, topic, n, rcp, sup, ed, en in rows:
        r = sh.row(d, typ, topic, n, rcp, sup)
        cx.expect("activities", name, sh.name, r, _act("QL201", ed, typ, topic, en, "QL101"))
    sh.row(FOOTER)
    write_xlwt(path, [sh])


def file_M(cx: Corpus):
    """GBK CSV: activities at Wangchuan, recipient only in the title line."""
    name = "SYNTHETIC_望川县人民医院培训活动统计.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "title line names the recipient (not in columns)", "dates 2023年3月16日, 2023/4/20, 2023-05-18, 20230622, 2023.7.13",
        "topic in 活动名称, type in 类型"], encoding="gbk")
    sh = Sheet(sheet, 6)
    sh.row("望川县人民医院2023年带教培训活动统计（合成数据）")
    sh.row("序号", "时间", "活动名称", "类型", "参加人员数", "支援医院")
    rows = [
        ("2023年3月16日", "急性胸痛规范化诊治", "学术讲座", "60", D(2023, 3, 16), 60),
        ("2023/4/20", "腹腔镜阑尾切除术示教", "手术示教", "15", D(2023, 4, 20), 15),
        ("2023-05-18", "死亡病例讨论（重症肺炎）", "死亡病例讨论", "20", D(2023, 5, 18), 20),
        ("20230622", "影像疑难病例远程会诊", "远程会诊", "6", D(2023, 6, 22), 6),
        ("2023.7.13", "护理技能操作培训", "技术培训", "40", D(2023, 7, 13), 40),
    ]
    for i, (d, topic, typ, n, ed, en) in enumerate(rows, 1):
        r = sh.row(i, d, topic, typ, n, "明川市中心医院")
        cx.expect("activities", name, sheet, r, _act("QL106", ed, typ, topic, en, "QL003"),
                  note="recipient only in the title line")
    write_csv(path, sh, "gbk")


MONTHS = [f"{m}月" for m in range(1, 13)]
METRICS = ["outpatient_visits", "discharges", "surgeries", "referrals_out",
           "referrals_up_received", "referrals_down_received"]


def _monthly(seed: int, months: int, base: dict) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for m in range(1, months + 1):
        out.append({k: max(0, int(v * (0.85 + 0.3 * rng.random()))) for k, v in base.items()})
    return out


def file_N(cx: Corpus):
    """xlsx: indicators as rows, 1月…12月 and 合计 as columns."""
    name = "SYNTHETIC_石桥县人民医院2023年度业务量统计表.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "indicators as rows, months 1月…12月 and 合计 as columns", "title merged", "填报单位 and 单位：人次",
        "注 note", "footer"])
    sh = Sheet("业务统计", 14)
    sh.title("石桥县人民医院2023年度业务量统计表（合成数据）")
    sh.row("填报单位：石桥县人民医院", None, None, None, None, None, None, None, None, None, None, None, "单位：人次")
    sh.row("指标", *MONTHS, "合计")
    vals = _monthly(101, 12, {"outpatient_visits": 21000, "discharges": 1500, "surgeries": 420,
                              "referrals_out": 65, "referrals_up_received": 35, "referrals_down_received": 12})
    labels = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
              ("转出人次（外转）", "referrals_out"), ("接收上转人次", "referrals_up_received"),
              ("下转接收人次", "referrals_down_received")]
    rows = []
    for lab, key in labels:
        cells = [v[key] for v in vals]
        rows.append(sh.row(lab, *cells, sum(cells)))
    for m in range(1, 13):
        f = {"recipient_hospital_id": "QL101", "year": 2023, "month": m}
        f.update(vals[m - 1])
        cx.expect("hospital_monthly_stats", name, sh.name, None, f, column=MONTHS[m - 1],
                  note=f"pivoted: rows {rows[0]}-{rows[-1]}")
    sh.row("注：接收上转人次指接收乡镇卫生院上转的患者。")
    sh.row(FOOTER)
    write_openpyxl(path, [sh])


def file_O(cx: Corpus):
    """xlsx: one sheet per month, indicator/value pairs vertically."""
    name = "SYNTHETIC_雁鸣县中医医院月度业务统计_2023年1-6月.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "one sheet per month (1月…6月)", "month and hospital only in sheet name and title",
        "indicator | value | 备注 vertical layout", "no up-referral figure", "footer"])
    vals = _monthly(103, 6, {"outpatient_visits": 8200, "discharges": 520, "surgeries": 85,
                             "referrals_out": 24, "referrals_down_received": 6})
    labels = [("门诊急诊人次", "outpatient_visits"), ("出院患者数", "discharges"), ("手术例数", "surgeries"),
              ("向上级医院转诊人次", "referrals_out"), ("接收下转患者人次", "referrals_down_received")]
    sheets = []
    for m in range(1, 7):
        sh = Sheet(f"{m}月", 3)
        sh.title(f"雁鸣县中医医院2023年{m}月业务统计（合成数据）")
        sh.row("项目", "数量", "备注")
        for lab, key in labels:
            sh.row(lab, vals[m - 1][key], None)
        sh.row(FOOTER)
        f = {"recipient_hospital_id": "QL103", "year": 2023, "month": m}
        f.update(vals[m - 1])
        cx.expect("hospital_monthly_stats", name, sh.name, None, f, note="one sheet per month")
        sheets.append(sh)
    write_openpyxl(path, sheets)


def file_P(cx: Corpus):
    """ODS: long layout, 月份 written in many ways, 合计 row."""
    name = "SYNTHETIC_望川县人民医院2023年月报.ods"
    path = cx.file(name, "ods (odfpy)", [
        "one row per month", "月份 as 2023年1月, 2023-02, 2023.3, 4月, 五月, 6月 (year from title)",
        "合计 row", "blank row before footer"])
    sh = Sheet("月报", 7)
    sh.title("望川县人民医院2023年月度业务统计（合成数据）")
    sh.row("月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次", "下转接收人次")
    vals = _monthly(106, 6, {"outpatient_visits": 18000, "discharges": 1300, "surgeries": 360,
                             "referrals_out": 80, "referrals_up_received": 28, "referrals_down_received": 9})
    labels = ["2023年1月", "2023-02", "2023.3", "4月", "五月", "6月"]
    tot = {k: 0 for k in vals[0]}
    for m, lab in enumerate(labels, 1):
        v = vals[m - 1]
        r = sh.row(lab, *[v[k] for k in METRICS])
        for k in METRICS:
            tot[k] += v[k]
        f = {"recipient_hospital_id": "QL106", "year": 2023, "month": m}
        f.update(v)
        cx.expect("hospital_monthly_stats", name, sh.name, r, f)
    sh.row("合计", *[tot[k] for k in METRICS])
    sh.blank()
    sh.row("填表人：", None, "审核人：", None, "联系电话：")
    write_ods(path, [sh])


def file_Q(cx: Corpus):
    """GB18030 CSV: township monthly figures, months as columns, thousands separators."""
    name = "SYNTHETIC_青石镇卫生院2023年1-6月业务统计.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "indicators as rows, 1月…6月 and 合计 as columns", "numbers with thousands separators 2,845",
        "上转人次（转出）", "title line"], encoding="gb18030")
    sh = Sheet(sheet, 8)
    sh.row("石桥县青石镇卫生院2023年1-6月业务统计（合成数据）")
    sh.row("项目", *MONTHS[:6], "合计")
    vals = _monthly(201, 6, {"outpatient_visits": 3000, "discharges": 90, "surgeries": 6,
                             "referrals_out": 28, "referrals_down_received": 5})
    labels = [("门急诊人次", "outpatient_visits"), ("出院人次", "discharges"), ("手术台次", "surgeries"),
              ("上转人次（转出）", "referrals_out"), ("接收下转人次", "referrals_down_received")]
    rows = []
    for lab, key in labels:
        cells = [v[key] for v in vals]
        rows.append(sh.row(lab, *[f"{c:,}" for c in cells], f"{sum(cells):,}"))
    for m in range(1, 7):
        f = {"recipient_hospital_id": "QL201", "year": 2023, "month": m}
        f.update(vals[m - 1])
        cx.expect("hospital_monthly_stats", name, sheet, None, f, column=MONTHS[m - 1],
                  note=f"pivoted: rows {rows[0]}-{rows[-1]}")
    write_csv(path, sh, "gb18030")


def file_R(cx: Corpus):
    """xlsx: monthly assessment, period in title and sheet name, 受援/派出 in a meta line."""
    name = "SYNTHETIC_派驻人员月度考核表_2023年5月.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "period only in title, sheet name and file name", "meta line 受援医院：…  派出医院：…",
        "score 92.5 / 88分", "spot checks 3次 / full-width ３", "extra column 考核结果", "footer"])
    sh = Sheet("5月", 8)
    sh.title("青岚省人民医院派驻石桥县人民医院人员2023年5月考核表（合成数据）")
    sh.title("受援医院：石桥县人民医院　　　派出医院：青岚省人民医院　　　考核月份：2023年5月")
    sh.row("序号", "姓名", "身份证号", "科室", "考核得分", "电话抽查次数", "抽查在岗次数", "考核结果")
    rows = [
        ("A1", "李建国", "心血管内科", 95, 3, 3, "合格", 95, 3, 3),
        ("A2", "周晓燕", "普外科", "92.5", "3次", "3次", "合格", 92.5, 3, 3),
        ("A3", "陈　刚", "骨科", "88分", "３", "２", "合格", 88, 3, 2),
        ("A4", "吴婷", "护理部", 78, 4, 3, "不合格", 78, 4, 3),
    ]
    for i, (key, nm, dept, sc, chk, pres, res, esc, echk, epres) in enumerate(rows, 1):
        r = sh.row(i, nm, P[key], dept, sc, chk, pres, res)
        cx.expect("staff_monthly_assessments", name, sh.name, r, {
            "recipient_hospital_id": "QL101", "support_hospital_id": "QL001", "year": 2023, "month": 5,
            "score": esc, "spot_checks": echk, "spot_checks_present": epres}, P[key])
    sh.row(FOOTER)
    write_openpyxl(path, [sh])


def file_S(cx: Corpus):
    """UTF-8 CSV: assessments with a 考核月份 column written three ways."""
    name = "SYNTHETIC_雁鸣县中医医院派驻专家考核汇总.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "考核月份 as 2023.03, 2023-04, 2023年5月", "all hospitals in columns (alias 雁鸣县中医院)",
        "headers with units 在岗抽查（次）"], encoding="utf-8")
    sh = Sheet(sheet, 8)
    sh.row("考核月份", "姓名", "身份证号码", "派出单位", "受援单位", "月考核分", "在岗抽查（次）", "抽查在岗（次）")
    rows = [
        ("2023.03", 3, "B1", "黄志强", "雁鸣县中医院", "96", "3", "3"),
        ("2023.03", 3, "B2", "刘芳", "雁鸣县中医医院", "94", "3", "3"),
        ("2023-04", 4, "B1", "黄志强", "雁鸣县中医院", "91.5", "4", "4"),
        ("2023-04", 4, "B2", "刘芳", "雁鸣县中医医院", "93", "3", "3"),
        ("2023年5月", 5, "B1", "黄志强", "雁鸣县中医院", "79", "3", "1"),
        ("2023年5月", 5, "B2", "刘芳", "雁鸣县中医医院", "90", "3", "3"),
    ]
    for lab, m, key, nm, rcp, sc, chk, pres in rows:
        r = sh.row(lab, nm, P[key], "青岚省中医院", rcp, sc, chk, pres)
        cx.expect("staff_monthly_assessments", name, sheet, r, {
            "recipient_hospital_id": "QL103", "support_hospital_id": "QL004", "year": 2023, "month": m,
            "score": float(sc), "spot_checks": int(chk), "spot_checks_present": int(pres)}, P[key])
    write_csv(path, sh, "utf-8")


def file_T(cx: Corpus):
    """xlsx ledger of a recipient: instructions + four forms in one workbook."""
    name = "SYNTHETIC_望川县人民医院对口支援工作台账_2023.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "ledger: 填表说明 + 派驻人员 + 进修人员 + 新技术 + 培训活动 sheets",
        "人员类别 column (医疗/护理)", "起止时间 2023.9.1-2024.2.29 in one cell",
        "ID stored as an Excel number (digits lost; curated, person id from the name, finding ID_STORED_AS_NUMBER)",
        "headers with trailing spaces"])
    ins = Sheet("填表说明", 1)
    ins.row("填表说明")
    ins.row("一、本台账由受援医院（望川县人民医院）按季度更新，数据为合成数据。")
    ins.row("二、身份证号请以文本格式填写，防止末位丢失。")
    ins.row("三、日期格式：2023.9.1。")

    dsh = Sheet("派驻人员", 9)
    dsh.title("望川县人民医院对口支援工作台账——派驻人员（合成数据）")
    dsh.row("姓名", "身份证号", "人员类别", "职称 ", "科室", "派出单位", "受援单位", "起止时间", "挂职职务")
    S, R = "QL003", "QL106"
    r = dsh.row("宋佳", P["T1"], "医疗", "副主任医师", "心血管内科", "明川市中心医院", "望川县人民医院", "2023.9.1-2024.2.29", "科主任")
    cx.expect("deployments", name, dsh.name, r,
              dep(S, R, "心血管内科", "副主任医师", D(2023, 9, 1), D(2024, 2, 29), "科主任", "omit", category="医疗"), P["T1"])
    r = dsh.row("韩冰", P["T2"], "护理", "主管护师", "重症医学科", "明川市中心医院", "望川县人民医院", "2023.9.1-2024.2.29", None)
    cx.expect("deployments", name, dsh.name, r,
              dep(S, R, "重症医学科", "主管护师", D(2023, 9, 1), D(2024, 2, 29), None, "omit", category="护理"), P["T2"])
    r = dsh.row("冯雷", float(int(P["T3"][:15]) * 1000), "医疗", "主治医师", "骨科", "明川市中心医院", "望川县人民医院",
                "2023.9.1-2024.2.29", None)
    # ID number stored as an Excel number, last digits lost: no usable number, so the row is
    # curated with a person_id made from the name (found by provenance) and a finding
    cx.expect("deployments", name, dsh.name, r,
              dict(dep(S, R, "骨科", "主治医师", D(2023, 9, 1), D(2024, 2, 29), None, "omit", category="医疗"),
                   person_id_basis="name"),
              note="ID number stored as an Excel number; last digits lost: person id from the name",
              finding=("id_number", "ID_STORED_AS_NUMBER"))

    tsh = Sheet("进修人员", 7)
    tsh.title("望川县人民医院对口支援工作台账——外出进修人员（合成数据）")
    tsh.row("姓名", "身份证号", "进修单位", "进修科室", "开始日期", "结束日期", "进修费用（元）")
    for key, nm, dept, s, e in [("T4", "蔡文", "心血管内科", D(2023, 4, 1), D(2023, 9, 30)),
                                ("T5", "潘婷", "手术室", D(2023, 10, 1), D(2024, 3, 31))]:
        r = tsh.row(nm, P[key], "明川市中心医院", dept, s, e, 0)
        cx.expect("trainees", name, tsh.name, r, {
            "recipient_hospital_id": "QL106", "host_hospital_id": "QL003", "department": dept,
            "start_date": iso(s), "end_date": iso(e), "fee_charged": 0},
            P[key], note="sending hospital only in the sheet title")

    ksh = Sheet("新技术", 6)
    ksh.title("望川县人民医院对口支援工作台账——新技术新业务（合成数据）")
    ksh.row("项目名称", "科室", "首次开展日期", "开展例数", "是否县域首创", "支援医院")
    r = ksh.row("腹腔镜阑尾切除术", "普外科", D(2023, 10, 12), 9, "是", "明川市中心医院")
    cx.expect("techniques", name, ksh.name, r,
              _tech("QL106", "腹腔镜阑尾切除术", "普外科", D(2023, 10, 12), 9, True, "QL003"),
              note="recipient only in the sheet title")

    ash = Sheet("培训活动", 5)
    ash.title("望川县人民医院对口支援工作台账——培训活动（合成数据）")
    ash.row("日期", "活动类型", "主题", "参加人数", "支援医院")
    for d, typ, topic, n in [(D(2023, 9, 21), "教学查房", "心衰患者教学查房", 14),
                             (D(2023, 10, 26), "疑难病例讨论", "重症胰腺炎病例讨论", 22)]:
        r = ash.row(d, typ, topic, n, "明川市中心医院")
        cx.expect("activities", name, ash.name, r, _act("QL106", d, typ, topic, n, "QL003"),
                  note="recipient only in the sheet title")
    write_openpyxl(path, [ins, dsh, tsh, ksh, ash])


def file_U(cx: Corpus):
    """ODS: reordered columns (end before start), extra 学历/联系电话 columns."""
    name = "SYNTHETIC_明川市中心医院下半年派驻人员.ods"
    path = cx.file(name, "ods (odfpy)", [
        "column order changed: 结束日期 before 起始日期, 派出单位 near the end",
        "extra columns 学历, 联系电话", "same person (王磊) deployed again with a new start date",
        "说明 note"])
    sh = Sheet("2023下半年", 11)
    sh.row("姓名", "学历", "联系电话", "身份证号", "派驻单位", "职称", "科室", "结束日期", "起始日期", "派出单位", "工作年限")
    S, R = "QL003", "QL106"
    rows = [
        ("C1", "王磊", "博士研究生", "13800000001", "望川县人民医院", "副主任医师", "神经内科", "2024.2.29", "2023.9.1", 16),
        ("U2", "谢娟", "硕士研究生", "13800000002", "望川县总医院", "主治医师", "儿科", D(2024, 2, 29), D(2023, 9, 1), 10),
        ("U3", "邓超", "本科", "13800000003", "望川县人民医院", "主任医师", "普外科", "2024年2月29日", "2023年9月1日", 22),
    ]
    for key, nm, edu, tel, rcp, title, dept, e, s, yrs in rows:
        r = sh.row(nm, edu, tel, P[key], rcp, title, dept, e, s, "明川市中心医院", yrs)
        cx.expect("deployments", name, sh.name, r,
                  dep(S, R, dept, title, D(2023, 9, 1), D(2024, 2, 29), None, yrs), P[key])
    sh.row("说明：2023年下半年派驻人员，另附身份证复印件。")
    write_ods(path, [sh])


def file_V(cx: Corpus):
    """xlsm: secondary hospital monthly figures with full-width digits as text."""
    name = "SYNTHETIC_雁鸣县人民医院2023年主要业务指标.xlsm"
    path = cx.file(name, "xlsm (macro-enabled content type, no VBA)", [
        "indicators as rows, 1月…12月 + 合计 as columns", "some cells text with full-width digits",
        "second sheet 说明", "header 项目/月份 in the corner cell"])
    sh = Sheet("指标", 14)
    sh.title("雁鸣县人民医院2023年1-12月主要业务指标（合成数据）")
    sh.row("项目＼月份", *MONTHS, "合计")
    vals = _monthly(102, 12, {"outpatient_visits": 16000, "discharges": 1100, "surgeries": 300,
                              "referrals_out": 55})
    labels = [("门急诊总人次", "outpatient_visits"), ("出院人次", "discharges"), ("手术人次", "surgeries"),
              ("转往上级医院人次", "referrals_out")]
    rows = []
    for j, (lab, key) in enumerate(labels):
        cells = [v[key] for v in vals]
        shown = [fullwidth(c) if (i + j) % 5 == 0 else c for i, c in enumerate(cells)]
        rows.append(sh.row(lab, *shown, sum(cells)))
    for m in range(1, 13):
        f = {"recipient_hospital_id": "QL102", "year": 2023, "month": m}
        f.update(vals[m - 1])
        cx.expect("hospital_monthly_stats", name, sh.name, None, f, column=MONTHS[m - 1],
                  note=f"pivoted: rows {rows[0]}-{rows[-1]}")
    note = Sheet("说明", 1)
    note.row("说明：本表数据来源于医院信息系统，为合成数据。")
    note.row("手术人次含日间手术。")
    write_openpyxl(path, [sh, note], macro=True)


def file_W(cx: Corpus):
    """legacy xls: township assessments, one sheet per month."""
    name = "SYNTHETIC_青石镇卫生院派驻人员考核_2023年6-7月.xls"
    path = cx.file(name, "xls (xlwt, BIFF8)", [
        "one sheet per month (6月, 7月)", "派出单位/受援单位 in a meta row", "score 85分", "footer"])
    sheets = []
    data = {6: [("D1", "王　丽", "85分", 3, 3, 85), ("D2", "陈志远", 90, 3, 3, 90)],
            7: [("D1", "王　丽", 82, "3次", 2, 82), ("D2", "陈志远", "91", 3, 3, 91)]}
    for m, rows in data.items():
        sh = Sheet(f"{m}月", 6)
        sh.title(f"派驻人员{m}月份考核登记表（合成数据）")
        sh.row("派出单位：石桥县人民医院", None, None, "受援单位：石桥县青石镇卫生院", None, f"2023年{m}月")
        sh.row("姓名", "身份证号", "考核分数", "抽查次数", "在岗次数", "备注")
        for key, nm, sc, chk, pres, esc in rows:
            r = sh.row(nm, P[key], sc, chk, pres, None)
            cx.expect("staff_monthly_assessments", name, sh.name, r, {
                "recipient_hospital_id": "QL201", "support_hospital_id": "QL101", "year": 2023, "month": m,
                "score": esc, "spot_checks": 3, "spot_checks_present": pres}, P[key])
        sh.row(FOOTER)
        sheets.append(sh)
    write_xlwt(path, sheets)


def file_X(cx: Corpus):
    """xlsx from the city health commission: one sheet per recipient, recipient only in sheet name."""
    name = "SYNTHETIC_2024年上半年派驻人员汇总（分受援医院）.xlsx"
    path = cx.file(name, "xlsx (openpyxl)", [
        "one sheet per recipient, recipient only in the sheet name (石桥县人民医院, 雁鸣县中医院 alias, 望川县人民医院)",
        "派驻起止 as 2024.03.01-2024.08.31 / 2024年3月—2024年8月", "title without hospital name"])
    content = {
        "石桥县人民医院": ("QL101", "QL001", "青岚省人民医院", [
            ("X1", "罗斌", "神经外科", "副主任医师", "2024.03.01-2024.08.31"),
            ("X4", "唐敏", "护理部", "主管护师", "2024.03.01-2024.08.31")]),
        "雁鸣县中医院": ("QL103", "QL004", "青岚省中医院", [
            ("X2", "梁静", "中医妇科", "副主任医师", "2024年3月—2024年8月")]),
        "望川县人民医院": ("QL106", "QL003", "明川市中心医院", [
            ("X3", "宋涛", "泌尿外科", "主治医师", "2024.3.1—2024.8.31")]),
    }
    sheets = []
    for sheet_name, (rcp, sup, supname, rows) in content.items():
        sh = Sheet(sheet_name, 7)
        sh.title("2024年上半年城乡医院对口支援派驻人员名单（合成数据）")
        sh.row("序号", "派出医院", "姓名", "身份证号", "科室", "职称", "派驻起止")
        for i, (key, nm, dept, title, span) in enumerate(rows, 1):
            r = sh.row(i, supname, nm, P[key], dept, title, span)
            cx.expect("deployments", name, sheet_name, r,
                      dep(sup, rcp, dept, title, D(2024, 3, 1), D(2024, 8, 31), None, "omit"), P[key],
                      note="recipient only in the sheet name")
        sheets.append(sh)
    write_openpyxl(path, sheets)


def file_Y(cx: Corpus):
    """UTF-8 CSV: activities at Shiqiao, 填报 line, type variants 专题讲座/义诊活动."""
    name = "SYNTHETIC_石桥县人民医院带教培训活动_2023.csv"
    sheet = Path(name).stem
    path = cx.file(name, "csv", [
        "填报单位/填报日期 line split across cells", "activity type variants 专题讲座 → 学术讲座, 义诊活动 → 义诊",
        "dates 2023.02.16", "120人", "合计 line", "说明 note"], encoding="utf-8")
    sh = Sheet(sheet, 7)
    sh.row("填报单位：石桥县人民医院", None, None, "填报日期：2023-12-31")
    sh.row("序号", "活动时间", "活动形式", "活动主题", "授课专家", "支援单位", "受训人数")
    rows = [
        ("2023.02.16", "专题讲座", "学术讲座", "心力衰竭规范化治疗", "李建国", "80", D(2023, 2, 16), 80),
        ("2023.03.09", "教学查房", "教学查房", "冠心病教学查房", "李建国", "15", D(2023, 3, 9), 15),
        ("2023.04.21", "手术示教", "手术示教", "腹腔镜胆囊切除术示教", "周晓燕", "12", D(2023, 4, 21), 12),
        ("2023.05.25", "疑难病例讨论", "疑难病例讨论", "不明原因发热病例讨论", "", "25", D(2023, 5, 25), 25),
        ("2023.06.10", "义诊活动", "义诊", "送医下乡义诊", "", "300", D(2023, 6, 10), 300),
        ("2023.09.14", "技术培训", "技术培训", "心肺复苏技能培训", "赵明", "120人", D(2023, 9, 14), 120),
    ]
    total = 0
    for i, (d, typ, etyp, topic, who, n, ed, en) in enumerate(rows, 1):
        total += en
        r = sh.row(i, d, typ, topic, who, "青岚省人民医院", n)
        cx.expect("activities", name, sheet, r, _act("QL101", ed, etyp, topic, en, "QL001"))
    sh.row("合计", None, None, None, None, None, str(total))
    sh.row("说明：受训人数为签到人数。")
    write_csv(path, sh, "utf-8")


FILES = [file_A, file_B, file_C, file_D, file_E, file_F, file_G, file_H, file_I, file_J, file_K,
         file_L, file_M, file_N, file_O, file_P, file_Q, file_R, file_S, file_T, file_U, file_V,
         file_W, file_X, file_Y]


def build(outdir: Path, registry: Path) -> dict:
    outdir.mkdir(parents=True, exist_ok=True)
    registry.parent.mkdir(parents=True, exist_ok=True)
    cx = Corpus(outdir)
    build_registry(registry, cx)
    for f in FILES:
        f(cx)
    return {
        "about": "Expected values for the realworld corpus written by tests/realworld/make_corpus.py. "
                 "ALL DATA SYNTHETIC (合成数据). See tests/realworld/README.md.",
        "registry_file": registry.name,
        "files": cx.files,
        "rows": cx.rows,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=Path)
    a = ap.parse_args(argv)
    raw = a.outdir / "data" / "raw"
    exp = harness_truth(build(raw / "submissions", raw / "reference" / REGISTRY_FILE))
    (a.outdir / "truth.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(exp['files'])} files to {raw}, {len(exp['rows'])} expected rows "
          f"({len(exp['row_findings'])} with a finding), {len(exp['hospitals'])} hospitals, {len(exp['pairings'])} "
          f"pairings and {len(exp['quarantines'])} expected quarantines in {a.outdir / 'truth.json'}")


REGISTRY_FILE = "SYNTHETIC_registry.xlsx"


def harness_truth(exp: dict) -> dict:
    """The expected values in tests/corpus_harness.py's shape (unified 2026-12-06), nothing dropped: the rows
    of the registry become ``hospitals`` and ``pairings`` (kept with their place as ``registry_rows``), the rows
    to quarantine ``quarantines`` (a hospital "not in the registry": ``unresolved_hospital``), the others
    ``rows`` with ``places`` (row None: a record built from several rows); hospital ids are the registry's
    codes, compared as values; ``one_of`` stays (the harness accepts any of the values); a row's finding
    becomes a ``row_findings`` entry (field and code)."""
    name = {h[0]: h[1] for h in HOSPITALS}
    registry = [r for r in exp["rows"] if r["table"] in ("hospitals", "pairings")]
    rows = [r for r in exp["rows"] if r["table"] not in ("hospitals", "pairings") and not r.get("quarantine")]
    for r in rows:
        r.update(places=[[r["file"], r["sheet"], r["row"]]], keys=[], hospitals={})
    quarantines = [dict(q, why=q["reason"], category="unresolved_hospital" if "not in the registry" in q["reason"]
                        else "unusable") for q in exp["rows"] if q.get("quarantine")]
    return dict(exp, rows=rows, quarantines=quarantines, registry_rows=registry,
                hospitals=[r["fields"] for r in registry if r["table"] == "hospitals"],
                pairings=[dict(r["fields"], support=name[r["fields"]["support_hospital_id"]],
                               recipient=name[r["fields"]["recipient_hospital_id"]])
                          for r in registry if r["table"] == "pairings"],
                pairing_fields=["support_hospital_id", "recipient_hospital_id", "programme"],
                row_findings=[dict(r["finding"], file=r["file"], sheet=r["sheet"], row=r["row"])
                              for r in rows if r.get("finding")],
                submission_files=[f["file"] for f in exp["files"]], pairing_file=REGISTRY_FILE,
                id_numbers={i: [] for i in sorted({r["id_number"] for r in rows if r.get("id_number")})})


if __name__ == "__main__":
    main()
