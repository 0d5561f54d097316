#!/usr/bin/env python
"""Real-world corpus 4: a province with NO hospital code list, only its pairing list (附件1).

    python make_corpus.py OUTDIR

writes, deterministically (byte for byte on every run):

    OUTDIR/data/raw/reference/SYNTHETIC_附件1_澄江省城乡医院对口支援关系一览表（2021—2025年）.xlsx   the pairing list
    OUTDIR/data/raw/submissions/SYNTHETIC_*.xlsx|xls|ods|csv                             22 hospital submissions

and OUTDIR/truth.json, the values a correct reader must produce (see README.md), in the shape of
tests/corpus_harness.py.

Everything is SYNTHETIC: the province 澄江省, its cities, counties, hospitals, people and ID
numbers are invented. ID numbers use the region prefix 99xxxx (no real region) with a correct
GB 11643-1999 check digit unless a row is meant to carry a wrong one.

The expected values are written here by hand, next to the cells that state them; they are not
computed by parsing the cell text, so the generator cannot share a parser's mistakes.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import json
import random
import sys
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# hospitals (official names as in the pairing list)
# ---------------------------------------------------------------------------------------------
SHENG = "澄江省人民医院"          # provincial tertiary hospital; written 省人民医院 in one file
SHIYI = "临渊市第一人民医院"      # city tertiary hospital; written 市一院 / 临渊市一院
SHIZY = "临渊市中医医院"          # city TCM hospital; written 临渊市中医院
BT = "北塘县人民医院"             # written 县医院 in a 北塘县 file, and with a bracketed 2nd name
HS = "鹤沙县人民医院"
SMZY = "石门县中医医院"           # written 石门县中医院
SM = "石门县人民医院"
YLFY = "云岭县妇幼保健院"
HSZY = "鹤沙县中医医院"           # written 鹤沙县中医院
CG = "北塘县城关镇卫生院"         # written 城关镇卫生院
LX = "北塘县柳溪乡卫生院"         # written 柳溪乡卫生院
SW = "鹤沙县沙湾镇中心卫生院"     # written 沙湾镇中心卫生院
LT = "石门县龙潭镇卫生院"         # written 龙潭镇卫生院
OUTSIDE = "江屿省望海县人民医院"  # another (fictional) province: not in the pairing list

PAIRING_FILE = "SYNTHETIC_附件1_澄江省城乡医院对口支援关系一览表（2021—2025年）.xlsx"

FIXED_ZIP_TIME = (2025, 1, 10, 9, 0, 0)
FIXED_DT = datetime(2025, 1, 10, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# ID numbers (GB 11643-1999)
# ---------------------------------------------------------------------------------------------
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def check_char(body17: str) -> str:
    return _C[sum(int(d) * w for d, w in zip(body17, _W)) % 11]


def make_id(region: str, birth: str, seq: int, male: bool) -> str:
    """18-digit ID: region (6, starts with 99) + birth YYYYMMDD + 3-digit sequence + check."""
    assert region.startswith("99") and len(region) == 6 and len(birth) == 8
    seq = seq % 1000
    if (seq % 2 == 1) != male:       # 17th digit: odd = male, even = female
        seq = (seq + 1) % 1000
    body = f"{region}{birth}{seq:03d}"
    return body + check_char(body)


def wrong_check(id18: str) -> str:
    good = id18[-1]
    bad = "0123456789"[("0123456789X".index(good) + 3) % 10]
    assert bad != good
    return id18[:-1] + bad


def to15(id18: str) -> str:
    """The old 15-digit form: region + YYMMDD + sequence, no check digit."""
    return id18[:6] + id18[8:17]


def excel_number(id18: str) -> int:
    """What Excel keeps of an 18-digit number typed into a General cell: 15 significant digits."""
    return int(id18[:15] + "000")


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
def iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def plus_months_minus_day(d: date, n: int) -> date:
    """start + n months - 1 day (派驻时长 '半年' = 6)."""
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return date(y, m, day) - timedelta(days=1)


# ---------------------------------------------------------------------------------------------
# expected values
# ---------------------------------------------------------------------------------------------
class Expected:
    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.ids: set[str] = set()       # every ID-like string written anywhere in the corpus

    def note_id(self, s) -> None:
        if s not in (None, ""):
            self.ids.add(str(s))

    def row(self, table, file, sheet, row, hospitals, fields, *, id_number=None, findings=(),
            note=None, column=None):
        r = {"table": table, "file": file, "sheet": sheet, "row": row}
        if column is not None:
            r["column"] = column
        if id_number is not None:
            r["id_number"] = id_number
            self.ids.add(id_number)
        r["hospitals"] = hospitals
        r["fields"] = fields
        r["findings"] = list(findings)
        if note:
            r["note"] = note
        self.rows.append(r)

    def quarantine(self, table, file, sheet, row, why):
        self.rows.append({"quarantine": True, "table": table, "file": file, "sheet": sheet,
                          "row": row, "why": why})


def title_fields(title: str | None, rank: str | None) -> dict:
    out = {}
    if title is not None:
        out["title"] = title
    if rank is not None:
        out["title_rank"] = rank
    return out


# ---------------------------------------------------------------------------------------------
# writers' helpers
# ---------------------------------------------------------------------------------------------
def normalise_zip(path: Path) -> None:
    """Rewrite a zip-based workbook with fixed entry times (byte-deterministic output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def openpyxl_book():
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = "SYNTHETIC"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def save_openpyxl(wb, path: Path) -> None:
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "SYNTHETIC"
    wb.save(path)
    # openpyxl stamps 'modified' with the clock at save time: put the fixed one back.
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2025-01-10T09:00:00Z</dcterms:modified>", data)
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                              rb"<dcterms:created\1>2025-01-10T09:00:00Z</dcterms:created>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def xlsxwriter_book(path: Path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "合成数据 SYNTHETIC", "author": "SYNTHETIC", "created": FIXED_DT})
    return wb


def close_xlsxwriter(wb, path: Path) -> None:
    wb.close()
    normalise_zip(path)


def write_csv(path: Path, rows: list[list], encoding: str) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    text = buf.getvalue()
    if encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)


class Ods:
    """A tiny ODS writer on odfpy: explicit rows, string / float / date cells."""

    def __init__(self) -> None:
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.style import Style, TableColumnProperties
        from odf.number import DateStyle, Day, Month, Text, Year

        self.doc = OpenDocumentSpreadsheet()
        ds = DateStyle(name="d1")
        ds.addElement(Year(style="long"))
        ds.addElement(Text(text="-"))
        ds.addElement(Month(style="long"))
        ds.addElement(Text(text="-"))
        ds.addElement(Day(style="long"))
        self.doc.automaticstyles.addElement(ds)
        self.date_style = Style(name="cdate", family="table-cell", datastylename="d1")
        self.doc.automaticstyles.addElement(self.date_style)
        self.col_style = Style(name="co1", family="table-column")
        self.col_style.addElement(TableColumnProperties(columnwidth="3.2cm"))
        self.doc.automaticstyles.addElement(self.col_style)

    def sheet(self, name: str, rows: list[list]) -> None:
        from odf.table import Table, TableCell, TableColumn, TableRow
        from odf.text import P

        t = Table(name=name)
        width = max(len(r) for r in rows)
        t.addElement(TableColumn(numbercolumnsrepeated=width, stylename=self.col_style))
        for r in rows:
            tr = TableRow()
            for v in r:
                if v is None or v == "":
                    tc = TableCell()
                elif isinstance(v, (date, datetime)):
                    d = v if isinstance(v, date) else v.date()
                    tc = TableCell(valuetype="date", datevalue=d.isoformat(),
                                   stylename=self.date_style)
                    tc.addElement(P(text=d.isoformat()))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.spreadsheet.addElement(t)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))
        # odfpy writes a creation date into meta.xml: fix it, then fix the zip times.
        import re

        with zipfile.ZipFile(path) as z:
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for info, data in items:
                if info.filename == "meta.xml":
                    data = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>",
                                  b"<meta:creation-date>2025-01-10T09:00:00</meta:creation-date>", data)
                    data = re.sub(rb"<dc:date>[^<]*</dc:date>", b"<dc:date>2025-01-10T09:00:00</dc:date>", data)
                zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
                zi.compress_type = info.compress_type
                zi.external_attr = 0o600 << 16
                z.writestr(zi, data)
        path.write_bytes(buf.getvalue())


def xlwt_book():
    import xlwt

    return xlwt.Workbook(encoding="utf-8")


XLS_DATE = None


def xls_date_style():
    import xlwt

    global XLS_DATE
    if XLS_DATE is None:
        XLS_DATE = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    return XLS_DATE


def col_letter(i: int) -> str:
    """0-based column index -> Excel letter."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# =============================================================================================
# the pairing list (附件1)
# =============================================================================================
def pairing_list(out: Path, E: Expected, meta: dict) -> None:
    from openpyxl.styles import Alignment, Font

    wb = openpyxl_book()
    ws = wb.active
    ws.title = "附件1"
    ws["A1"] = "附件1  澄江省城乡医院对口支援关系一览表（2021—2025年）（合成数据）"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    header = ["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "备注"]
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    # (recipient, 等级 as written, level, grade, category, county, support, agreement cell, agreement, note)
    rows = [
        (BT, "二级甲等", "二级", "甲等", "综合医院", "北塘县", SHENG, "2021.3.15", "2021-03-15", "组团式帮扶"),
        (HS, "二级甲等", "二级", "甲等", "综合医院", "鹤沙县", SHENG, "2021年3月", "2021-03-01", "组团式帮扶"),
        (SMZY, "二级乙等", "二级", "乙等", "中医医院", "石门县", SHENG, datetime(2021, 4, 2), "2021-04-02", None),
        (SM, "二级甲等", "二级", "甲等", "综合医院", "石门县", SHIYI, "2021.3.20", "2021-03-20", "组团式帮扶"),
        (YLFY, "二级乙等", "二级", "乙等", "妇幼保健院", "云岭县", SHIYI, datetime(2021, 5, 11), "2021-05-11", None),
        (HSZY, "二级甲等", "二级", "甲等", "中医医院", "鹤沙县", SHIZY, "2021年4月", "2021-04-01", None),
        (CG, "一级甲等", "一级", "甲等", "乡镇卫生院", "北塘县", BT, "2021.6.1", "2021-06-01", "县乡一体化"),
        (LX, "未定级", "未定级", None, "乡镇卫生院", "北塘县", BT, None, "2021-06-01", "县乡一体化"),
        (SW, "一级", "一级", None, "乡镇卫生院", "鹤沙县", HS, datetime(2021, 7, 8), "2021-07-08", None),
        (LT, "一级乙等", "一级", "乙等", "乡镇卫生院", "石门县", SM, "2021年6月28日", "2021-06-28", None),
    ]
    hospitals: dict[str, dict] = {}
    pairings = []
    for i, (rec, lvl_txt, lvl, grade, cat, county, sup, agr_cell, agr, note) in enumerate(rows):
        r = 3 + i
        ws.cell(r, 1, i + 1)
        ws.cell(r, 2, rec)
        ws.cell(r, 3, lvl_txt)
        ws.cell(r, 4, cat)
        ws.cell(r, 5, county)
        ws.cell(r, 6, sup)
        if agr_cell is not None:
            c = ws.cell(r, 7, agr_cell)
            if isinstance(agr_cell, datetime):
                c.number_format = 'yyyy"年"m"月"d"日"' if agr_cell.month == 5 else "yyyy-mm-dd"
        if note:
            ws.cell(r, 8, note)
        h = {"name": rec, "level": lvl, "grade": grade, "category": cat, "county": county}
        hospitals[rec] = h
        pairings.append({"support": sup, "recipient": rec, "start_date": "2021-01-01",
                         "end_date": "2025-12-31", "agreement_date": agr})
    # the support hospital written once, merged over its rows (as the commission's table does)
    ws.merge_cells("F3:F5")
    ws.merge_cells("F6:F7")
    ws.merge_cells("F9:F10")
    ws.merge_cells("G9:G10")       # both township agreements signed the same day
    for cell in ("F3", "F6", "F9", "G9"):
        ws[cell].alignment = Alignment(vertical="center")
    ws.cell(14, 1, "注：等级为截至2023年底的评审结果；本表为合成数据，仅供测试。")
    for col, wdt in zip("ABCDEFGH", (6, 26, 10, 12, 10, 22, 16, 14)):
        ws.column_dimensions[col].width = wdt
    save_openpyxl(wb, out / PAIRING_FILE)
    for sup in (SHENG, SHIYI, SHIZY):
        hospitals.setdefault(sup, {"name": sup})   # tertiary supporters: only their name is stated
    meta["hospitals"] = [hospitals[k] for k in sorted(hospitals)]
    for h in meta["hospitals"]:
        for k in [k for k, v in h.items() if v is None and k != "grade"]:
            del h[k]
    meta["pairings"] = pairings


# =============================================================================================
# deployments
# =============================================================================================
def s1_sheng_roster(sub: Path, E: Expected) -> None:
    """Provincial hospital's roster: 起止时间 ranges, titles with extras, doubtful IDs, a hidden
    draft sheet, an out-of-province recipient (quarantined), totals and signature lines."""
    from openpyxl.styles import Font

    fn = "SYNTHETIC_澄江省人民医院2024年对口支援派驻人员花名册.xlsx"
    wb = openpyxl_book()
    ws = wb.active
    ws.title = "花名册"
    ws["A1"] = "澄江省人民医院2024年对口支援派驻人员花名册（合成数据）"
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "填报单位（盖章）：澄江省人民医院医务部                    填报日期：2025年1月8日"
    ws.merge_cells("A2:J2")
    header = ["序号", "姓名", "性别", "身份证号", "科室", "职称", "受援医院", "派驻起止时间",
              "在受援医院任职", "备注"]
    for c, h in enumerate(header, 1):
        ws.cell(3, c, h).font = Font(bold=True)

    zhou = make_id("990101", "19680412", 31, True)
    liu = make_id("990103", "19720214", 22, False)
    wang_good = make_id("990101", "19831121", 57, True)
    wang_bad = wrong_check(wang_good)
    ids = {
        "周建华": zhou, "陈丽": make_id("990102", "19750903", 64, False), "王海涛": wang_bad,
        "刘芳": to15(liu), "赵志强": make_id("990101", "19860730", 15, True),
        "孙晓燕": make_id("990102", "19701205", 88, False), "马俊": make_id("990104", "19790318", 43, True),
        "黄伟": "", "林静": make_id("990101", "19780625", 26, False),
        "郑国栋": make_id("990105", "19661009", 71, True), "何敏": make_id("990102", "19840117", 38, False),
        "吴磊": make_id("990101", "19770506", 95, True), "许文博": make_id("990104", "19870813", 9, True),
        "高雅琴": make_id("990103", "19810429", 52, False),
    }
    # name, sex, dept, title written, recipient, 起止时间 written, position, note,
    #   expected (title, rank, start, end), kind
    data = [
        ("周建华", "男", "普外科", "主任医师 教授", BT, "2024.01.02-2024.06.30", "副院长", "",
         ("主任医师", "正高级", "2024-01-02", "2024-06-30"), "id"),
        ("陈丽", "女", "心血管内科", "副主任医师(副高)", BT, "2024年1月1日至2024年6月30日", "科主任", "",
         ("副主任医师", "副高级", "2024-01-01", "2024-06-30"), "id"),
        ("王海涛", "男", "骨科", "主治医师", BT, "2024.01.02-2024.06.30", "", "",
         ("主治医师", "中级", "2024-01-02", "2024-06-30"), "badcheck"),
        ("刘芳", "女", "妇产科", "副主任医师", HS, "2024年3月上旬—2024年8月", "科主任", "老身份证",
         ("副主任医师", "副高级", "2024-03-01", "2024-08-31"), "id15"),
        ("赵志强", "男", "麻醉科", "主治医师", HS, "2024.03.01-2024.08.31", "", "",
         ("主治医师", "中级", "2024-03-01", "2024-08-31"), "id"),
        ("孙晓燕", "女", "护理部", "主任护师", HS, "2024.3.1—2024.8.31", "护理部主任", "",
         ("主任护师", "正高级", "2024-03-01", "2024-08-31"), "id"),
        ("马俊", "男", "康复医学科", "副主任医师", SMZY, "2024年3月中旬至2024年9月", "", "",
         ("副主任医师", "副高级", "2024-03-11", "2024-09-30"), "id"),
        ("黄伟", "男", "急诊科", "主治医师", BT, "2024.7-至今", "", "身份证号待补",
         ("主治医师", "中级", "2024-07-01", None), "name"),
        ("林静", "女", "儿科", "副主任医师（副教授）", BT, "2024.07.01-2024.12.31", "科主任", "",
         ("副主任医师", "副高级", "2024-07-01", "2024-12-31"), "id"),
        ("郑国栋", "男", "神经内科", "主任医师", HS, "2024.09.01-2025.02.28", "副院长", "",
         ("主任医师", "正高级", "2024-09-01", "2025-02-28"), "id"),
        ("何敏", "女", "检验科", "主管技师", HS, "2024.09.01-2025.02.28", "", "",
         ("主管技师", "中级", "2024-09-01", "2025-02-28"), "id"),
        ("吴磊", "男", "泌尿外科", "副主任医师", OUTSIDE, "2024.04.01-2024.09.30", "", "省外协作帮扶",
         None, "quarantine"),
        ("许文博", "男", "中医内科", "主治医师", SMZY, "2024.09.01-在岗", "", "",
         ("主治医师", "中级", "2024-09-01", None), "id"),
        ("高雅琴", "女", "妇产科", "主管护师", SMZY, "2024.3.11-2024.9.10", "", "",
         ("主管护师", "中级", "2024-03-11", "2024-09-10"), "id"),
    ]
    r = 4
    for n, (name, sex, dept, title_w, rec, rng, pos, note, exp, kind) in enumerate(data, 1):
        idw = ids[name]
        vals = [n, name, sex, idw, dept, title_w, rec, rng, pos, note]
        for c, v in enumerate(vals, 1):
            if v != "":
                ws.cell(r, c, v)
        ws.cell(r, 4).number_format = "@"
        E.note_id(idw)
        if kind == "quarantine":
            E.quarantine("deployments", fn, "花名册", r,
                         "recipient 江屿省望海县人民医院 is another province's hospital, not in the pairing list")
        else:
            title, rank, start, end = exp
            f = {"start_date": start, "end_date": end, "department": dept,
                 **title_fields(title, rank), "position_at_recipient": pos or None}
            hosp = {"support_hospital_id": SHENG, "recipient_hospital_id": rec}
            if kind == "id":
                f["person_id_basis"] = "id_number"
                E.row("deployments", fn, "花名册", r, hosp, f, id_number=idw)
            elif kind == "id15":
                f["person_id_basis"] = "id_number"
                E.note_id(liu)
                E.row("deployments", fn, "花名册", r, hosp, f, id_number=liu, findings=["id_number"],
                      note="15-digit old ID: recoverable to 18 digits (19 + check digit); same person "
                           "as 刘芳 in the 省人民医院 expert sheet")
            elif kind == "badcheck":
                E.note_id(wang_good)
                E.row("deployments", fn, "花名册", r, hosp, f, findings=["id_number"],
                      note="wrong check digit: curated with a finding; person_id basis not checked")
            elif kind == "name":
                f["person_id_basis"] = "name"
                E.row("deployments", fn, "花名册", r, hosp, f, note="no ID given: name-based pseudonym")
        r += 1
    ws.cell(r + 1, 1, "合计：派驻14人次")
    ws.cell(r + 2, 1, "医务部负责人：张敏                填表人：李文")
    for col, wdt in zip("ABCDEFGHIJ", (6, 10, 6, 22, 12, 20, 22, 30, 14, 14)):
        ws.column_dimensions[col].width = wdt

    # hidden sheet: the draft sent round for checking in December, different values
    dr = wb.create_sheet("草稿")
    dr.sheet_state = "hidden"
    dr["A1"] = "派驻人员花名册（草稿，12月版）"
    for c, h in enumerate(header, 1):
        dr.cell(2, c, h)
    qian = make_id("990106", "19800101", 12, True)
    E.note_id(qian)
    draft = [
        (1, "周建华", "男", zhou, "普外科", "主任医师", BT, "2024.01.01-2024.12.31", "院长", ""),
        (2, "陈丽", "女", ids["陈丽"], "心内科", "副主任医师", BT, "2024.01.01-2024.12.31", "", ""),
        (3, "钱卫东", "男", qian, "骨科", "主治医师", HS, "2024.02.01-2024.07.31", "", "拟派"),
        (4, "王海涛", "男", wang_good, "骨科", "主治医师", BT, "2024.01.01-2024.06.30", "", ""),
        (5, "赵志强", "男", ids["赵志强"], "麻醉科", "住院医师", HS, "2024.03.01-2024.12.31", "", ""),
    ]
    for i, vals in enumerate(draft):
        for c, v in enumerate(vals, 1):
            if v != "":
                dr.cell(3 + i, c, v)
    save_openpyxl(wb, sub / fn)


def s2_shiyi_two_batches(sub: Path, E: Expected) -> None:
    """.xls from 市一院: two batches stacked on one sheet, each with its own header in a
    different column order; recipient only in the title; one ID stored by Excel as a number."""
    import xlwt

    fn = "SYNTHETIC_市一院派驻石门县人民医院人员名单2024.xls"
    wb = xlwt_book()
    ws = wb.add_sheet("Sheet1")
    bold = xlwt.easyxf("font: bold on")
    dstyle = xls_date_style()
    numstyle = xlwt.easyxf(num_format_str="0")
    ws.write_merge(0, 0, 0, 8, "临渊市一院派驻石门县人民医院医务人员名单（2024年度）（合成数据）", bold)
    ws.write(1, 0, "第一批（2024年1月—2024年6月）", bold)
    h1 = ["序号", "姓名", "性别", "身份证号码", "科室", "职称", "职务", "派驻开始", "派驻结束"]
    for c, h in enumerate(h1):
        ws.write(2, c, h, bold)
    jiang = make_id("990201", "19760322", 17, True)
    peng = make_id("990202", "19850914", 33, True)
    b1 = [
        ("蒋文斌", "男", jiang, "普外科", "副主任医师", "副院长", "副主任医师", "副高级"),
        ("沈佳怡", "女", make_id("990201", "19880517", 40, False), "消化内科", "主治医师", "", "主治医师", "中级"),
        ("韦国强", "男", make_id("990203", "19690801", 11, True), "骨科", "主任医师", "科主任", "主任医师", "正高级"),
        ("曹敏", "女", make_id("990201", "19740226", 58, False), "护理部", "副主任护师", "护理部副主任", "副主任护师", "副高级"),
        ("彭亮", "男", peng, "麻醉科", "主治医师", "", "主治医师", "中级"),
        ("董丽华", "女", make_id("990202", "19820610", 76, False), "检验科", "主管技师", "", "主管技师", "中级"),
    ]
    for i, (name, sex, idn, dept, tw, pos, title, rank) in enumerate(b1):
        r = 3 + i                  # 0-based; Excel row r+1
        ws.write(r, 0, i + 1)
        ws.write(r, 1, name)
        ws.write(r, 2, sex)
        E.note_id(idn)
        if name == "彭亮":
            ws.write(r, 3, float(excel_number(idn)), numstyle)
            E.note_id(str(excel_number(idn)))
            E.note_id(idn[:15])
        else:
            ws.write(r, 3, idn)
        ws.write(r, 4, dept)
        ws.write(r, 5, tw)
        if pos:
            ws.write(r, 6, pos)
        ws.write(r, 7, datetime(2024, 1, 2), dstyle)
        ws.write(r, 8, datetime(2024, 6, 30), dstyle)
        f = {"start_date": "2024-01-02", "end_date": "2024-06-30", "department": dept,
             **title_fields(title, rank), "position_at_recipient": pos or None}
        hosp = {"support_hospital_id": SHIYI, "recipient_hospital_id": SM}
        if name == "彭亮":
            f["person_id_basis"] = "name"
            E.row("deployments", fn, "Sheet1", r + 1, hosp, f, findings=["id_number"],
                  note="ID typed into a General cell: Excel kept 15 significant digits "
                       "(the last 3 became 000); not recoverable -> name-based pseudonym + finding")
        else:
            f["person_id_basis"] = "id_number"
            E.row("deployments", fn, "Sheet1", r + 1, hosp, f, id_number=idn)
    # blank row 10, batch 2 label row 11, header row 12 (different order)
    ws.write(10, 0, "第二批（2024年7月—2024年12月）", bold)
    h2 = ["序号", "姓名", "科室", "职称", "身份证号码", "派出时间", "返回时间", "性别", "任职"]
    for c, h in enumerate(h2):
        ws.write(11, c, h, bold)
    b2 = [
        ("蒋文斌", "普外科", "副主任医师", jiang, "男", "副院长", "副主任医师", "副高级"),
        ("潘晓东", "心内科", "主治医师", make_id("990201", "19870119", 25, True), "男", "", "主治医师", "中级"),
        ("田甜", "儿科", "主治医师", make_id("990203", "19890403", 62, False), "女", "", "主治医师", "中级"),
        ("袁海", "神经外科", "副主任医师", make_id("990201", "19771130", 7, True), "男", "科主任", "副主任医师", "副高级"),
        ("钟琴", "妇产科", "住院医师", make_id("990202", "19930707", 84, False), "女", "", "住院医师", "初级"),
        ("邓飞", "急诊科", "主治医师（中级）", make_id("990201", "19860225", 49, True), "男", "", "主治医师", "中级"),
    ]
    for i, (name, dept, tw, idn, sex, pos, title, rank) in enumerate(b2):
        r = 12 + i
        ws.write(r, 0, i + 1)
        ws.write(r, 1, name)
        ws.write(r, 2, dept)
        ws.write(r, 3, tw)
        ws.write(r, 4, idn)
        ws.write(r, 5, "2024.7.1")
        ws.write(r, 6, "2024.12.31")
        ws.write(r, 7, sex)
        if pos:
            ws.write(r, 8, pos)
        E.note_id(idn)
        f = {"start_date": "2024-07-01", "end_date": "2024-12-31", "department": dept,
             **title_fields(title, rank), "position_at_recipient": pos or None,
             "person_id_basis": "id_number"}
        E.row("deployments", fn, "Sheet1", r + 1,
              {"support_hospital_id": SHIYI, "recipient_hospital_id": SM}, f, id_number=idn,
              note="second batch: header in a different column order" if i == 0 else None)
    ws.write(19, 0, "制表：医务科        2025年1月")
    for c, wdt in enumerate((6, 10, 12, 22, 12, 14, 14, 12, 12)):
        ws.col(c).width = wdt * 300
    wb.save(str(sub / fn))


def s3_shizy_csv(sub: Path, E: Expected) -> None:
    """GBK CSV from the city TCM hospital (named 临渊市中医院 only in the file name):
    a single 派驻时间 plus a 派驻时长 ('半年', '6个月', '一年', '3个月')."""
    fn = "SYNTHETIC_临渊市中医院对口支援鹤沙县中医院派驻人员2024.csv"
    stem = fn[:-4]
    rows = [["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "派驻时间", "派驻时长", "担任职务"]]
    data = [
        ("杨帆", make_id("990301", "19780915", 23, True), "针灸科", "副主任中医师", "2024.7", "半年", "科主任",
         (None, "副高级"), date(2024, 7, 1), date(2024, 12, 31)),
        ("罗明", make_id("990301", "19850302", 45, True), "脑病科", "主治中医师", "2024年3月", "6个月", "",
         (None, "中级"), date(2024, 3, 1), date(2024, 8, 31)),
        ("谢红梅", "", "护理部", "主管护师", "2024-01-08", "一年", "护士长",
         ("主管护师", "中级"), date(2024, 1, 8), date(2025, 1, 7)),
        ("唐建军", make_id("990302", "19680720", 67, True), "骨伤科", "主任中医师", "2024.3.4", "3个月", "副院长",
         (None, "正高级"), date(2024, 3, 4), date(2024, 6, 3)),
        ("韩冰", make_id("990301", "19901111", 80, False), "肺病科", "主治医师", "2024.9.2", "半年", "",
         ("主治医师", "中级"), date(2024, 9, 2), date(2025, 3, 1)),
        ("冯雪", make_id("990303", "19940208", 36, False), "治未病科", "住院医师", "2024年10月", "3个月", "",
         ("住院医师", "初级"), date(2024, 10, 1), date(2024, 12, 31)),
    ]
    for i, (name, idn, dept, tw, start_w, dur, pos, (title, rank), start, end) in enumerate(data, 1):
        rows.append([i, name, idn, dept, tw, "鹤沙县中医院", start_w, dur, pos])
        E.note_id(idn)
        f = {"start_date": iso(start), "end_date": iso(end), "department": dept,
             **title_fields(title, rank), "position_at_recipient": pos or None}
        hosp = {"support_hospital_id": SHIZY, "recipient_hospital_id": HSZY}
        rec_no = i + 1
        note = None
        if title is None:
            note = f"TCM title {tw}: only its rank is checked"
        if idn:
            f["person_id_basis"] = "id_number"
            E.row("deployments", fn, stem, rec_no, hosp, f, id_number=idn, note=note)
        else:
            f["person_id_basis"] = "name"
            E.row("deployments", fn, stem, rec_no, hosp, f, note="no ID: name-based pseudonym")
    # sanity of the hand-written ends: start + duration - 1 day
    assert plus_months_minus_day(date(2024, 7, 1), 6) == date(2024, 12, 31)
    assert plus_months_minus_day(date(2024, 9, 2), 6) == date(2025, 3, 1)
    assert plus_months_minus_day(date(2024, 1, 8), 12) == date(2025, 1, 7)
    assert plus_months_minus_day(date(2024, 3, 4), 3) == date(2024, 6, 3)
    write_csv(sub / fn, rows, "gbk")


def s4_bt_township_sections(sub: Path, E: Expected) -> None:
    """County hospital -> township centres (xlsxwriter): department given by section rows
    ("一、内科"), short township names, a hidden (withdrawn) row, a row without any date."""
    fn = "SYNTHETIC_北塘县人民医院派驻乡镇卫生院人员花名册2024.xlsx"
    path = sub / fn
    wb = xlsxwriter_book(path)
    ws = wb.add_worksheet("花名册")
    bold = wb.add_format({"bold": True})
    dfmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    txt = wb.add_format({"num_format": "@"})
    ws.merge_range(0, 0, 0, 8, "北塘县人民医院（北塘县医共体总院）派驻乡镇卫生院人员花名册（合成数据）", bold)
    ws.write(1, 0, "填报时间：2025年1月6日")
    header = ["序号", "姓名", "身份证号", "职称", "派驻单位", "起始时间", "结束时间", "职务", "备注"]
    for c, h in enumerate(header):
        ws.write(2, c, h, bold)
    short = {CG: "城关镇卫生院", LX: "柳溪乡卫生院"}
    D = datetime
    # (excel_row, kind, payload)
    items = [
        (4, "section", "一、内科"),
        (5, "p", ("丁海波", make_id("990401", "19840612", 19, True), "主治医师", CG, D(2024, 3, 1), D(2024, 8, 31), "副院长", "",
                  "内科", ("主治医师", "中级"), "2024-03-01", "2024-08-31")),
        (6, "p", ("范丽娟", make_id("990401", "19790828", 34, False), "副主任医师", LX, D(2024, 3, 1), D(2024, 8, 31), "", "",
                  "内科", ("副主任医师", "副高级"), "2024-03-01", "2024-08-31")),
        (7, "p", ("方志刚", "", "住院医师", CG, "2024.9", "2025.2", "", "",
                  "内科", ("住院医师", "初级"), "2024-09-01", "2025-02-28")),
        (8, "p", ("石磊", make_id("990402", "19860104", 51, True), "主治医师", LX, D(2024, 9, 1), D(2025, 2, 28), "副院长", "",
                  "内科", ("主治医师", "中级"), "2024-09-01", "2025-02-28")),
        (9, "section", "二、外科"),
        (10, "p", ("任建国", make_id("990401", "19750419", 73, True), "副主任医师", CG, D(2024, 3, 1), D(2024, 8, 31), "科主任", "",
                   "外科", ("副主任医师", "副高级"), "2024-03-01", "2024-08-31")),
        (11, "hidden", ("姚峰", make_id("990403", "19880301", 27, True), "主治医师", LX, D(2024, 3, 1), D(2024, 8, 31), "", "已调回，作废")),
        (12, "quarantine", ("廖明", make_id("990401", "19830923", 65, True), "主治医师", LX, None, None, "", "待定")),
        (13, "p", ("贾晨", make_id("990402", "19920716", 88, True), "住院医师", CG, D(2024, 9, 1), D(2025, 2, 28), "", "",
                   "外科", ("住院医师", "初级"), "2024-09-01", "2025-02-28")),
        (14, "section", "三、妇产科"),
        (15, "p", ("夏雨", make_id("990401", "19870505", 42, False), "主治医师", CG, D(2024, 4, 1), D(2024, 9, 30), "", "",
                   "妇产科", ("主治医师", "中级"), "2024-04-01", "2024-09-30")),
        (16, "p", ("韩梅", make_id("990403", "19760211", 16, False), "副主任医师", LX, D(2024, 6, 1), D(2024, 11, 30), "科主任", "",
                   "妇产科", ("副主任医师", "副高级"), "2024-06-01", "2024-11-30")),
        (17, "section", "四、护理部"),
        (18, "p", ("秦小燕", make_id("990401", "19800808", 58, False), "主管护师", CG, D(2024, 3, 1), D(2024, 8, 31), "护士长", "",
                   "护理部", ("主管护师", "中级"), "2024-03-01", "2024-08-31")),
        (19, "p", ("顾婷", make_id("990402", "19910322", 90, False), "护师", LX, D(2024, 3, 1), D(2024, 8, 31), "", "",
                   "护理部", ("护师", "初级"), "2024-03-01", "2024-08-31")),
        (20, "p", ("陆雪", "", "护师", CG, D(2024, 9, 1), "至今", "", "",
                   "护理部", ("护师", "初级"), "2024-09-01", None)),
    ]
    seq = 0
    for excel_row, kind, p in items:
        r = excel_row - 1
        if kind == "section":
            ws.merge_range(r, 0, r, 8, p, bold)
            continue
        seq += 1
        name, idn, tw, rec, start_w, end_w, pos, note = p[:8]
        ws.write(r, 0, seq)
        ws.write(r, 1, name)
        if idn:
            ws.write_string(r, 2, idn, txt)
        E.note_id(idn)
        ws.write(r, 3, tw)
        ws.write(r, 4, short[rec])
        for c, v in ((5, start_w), (6, end_w)):
            if isinstance(v, datetime):
                ws.write_datetime(r, c, v, dfmt)
            elif v:
                ws.write_string(r, c, v)
        if pos:
            ws.write(r, 7, pos)
        if note:
            ws.write(r, 8, note)
        if kind == "hidden":
            ws.set_row(r, None, None, {"hidden": True})
            continue
        if kind == "quarantine":
            E.quarantine("deployments", fn, "花名册", excel_row,
                         "no start date at all (起始时间 and 结束时间 blank, 备注 待定)")
            continue
        dept, (title, rank), start, end = p[8:]
        f = {"start_date": start, "end_date": end, "department": dept, **title_fields(title, rank),
             "position_at_recipient": pos or None,
             "person_id_basis": "id_number" if idn else "name"}
        hosp = {"support_hospital_id": BT, "recipient_hospital_id": rec}
        E.row("deployments", fn, "花名册", excel_row, hosp, f, id_number=idn or None,
              note="department from the section row above" if seq in (1, 5) else None)
    ws.write(21, 0, "北塘县人民医院医务科制表")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 8, 14)
    ws.set_column(2, 2, 22)
    close_xlsxwriter(wb, path)


def s5_hs_label_value(sub: Path, E: Expected) -> None:
    """One dispatched person per sheet, as a 登记表 of label|value pairs (two pairs per row)."""
    from openpyxl.styles import Alignment, Font

    fn = "SYNTHETIC_鹤沙县人民医院下派沙湾镇中心卫生院人员登记表2024.xlsx"
    wb = openpyxl_book()
    people = [
        ("李明亮", "男", make_id("990501", "19830517", 21, True), "1983.05", "内科", "主治医师", "副院长",
         "2024年3月1日至2024年8月31日", ("主治医师", "中级"), "2024-03-01", "2024-08-31"),
        ("周涛", "男", make_id("990502", "19770930", 47, True), "1977.09", "外科", "副主任医师", "科主任",
         "2024年3月1日至2024年8月31日", ("副主任医师", "副高级"), "2024-03-01", "2024-08-31"),
        ("蒋小红", "女", make_id("990501", "19921203", 66, False), "1992.12", "护理部", "护师", "",
         "2024年9月1日至今", ("护师", "初级"), "2024-09-01", None),
    ]
    first = True
    for name, sex, idn, born, dept, tw, pos, period, (title, rank), start, end in people:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws["A1"] = "鹤沙县人民医院对口支援乡镇卫生院派驻人员登记表（合成数据）"
        ws.merge_cells("A1:D1")
        ws["A1"].font = Font(bold=True, size=13)
        ws["A1"].alignment = Alignment(horizontal="center")
        pairs = [
            (2, "姓名", name, "性别", sex),
            (3, "身份证号", idn, "出生年月", born),
            (4, "科室", dept, "职称", tw),
            (5, "派驻单位", "沙湾镇中心卫生院", "担任职务", pos),
        ]
        for r, l1, v1, l2, v2 in pairs:
            ws.cell(r, 1, l1)
            ws.cell(r, 2, v1)
            ws.cell(r, 3, l2)
            if v2:
                ws.cell(r, 4, v2)
        ws.cell(3, 2).number_format = "@"
        ws.cell(6, 1, "派驻时间")
        ws.cell(6, 2, period)
        ws.merge_cells("B6:D6")
        ws.cell(7, 1, "主要工作任务")
        ws.cell(7, 2, "门诊坐诊、教学查房、业务培训")
        ws.merge_cells("B7:D7")
        ws.cell(8, 1, "派出单位意见")
        ws.cell(8, 2, "同意。（盖章）")
        ws.merge_cells("B8:D8")
        for col, wdt in zip("ABCD", (14, 24, 12, 18)):
            ws.column_dimensions[col].width = wdt
        E.note_id(idn)
        f = {"start_date": start, "end_date": end, "department": dept, **title_fields(title, rank),
             "position_at_recipient": pos or None, "person_id_basis": "id_number"}
        E.row("deployments", fn, name, None, {"support_hospital_id": HS, "recipient_hospital_id": SW},
              f, id_number=idn, note="label|value form, one person per sheet: source_row not checked")
    save_openpyxl(wb, sub / fn)


def s6_sheng_transposed(sub: Path, E: Expected) -> None:
    """Transposed: field labels down column A, one expert per column; 省人民医院 abbreviation."""
    from openpyxl.styles import Font

    fn = "SYNTHETIC_省人民医院驻北塘县帮扶专家信息表2024.xlsx"
    wb = openpyxl_book()
    ws = wb.active
    ws.title = "专家信息"
    ws["A1"] = "省人民医院派驻北塘县人民医院专家基本信息表（2024年下半年）（合成数据）"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=13)
    zhou = make_id("990101", "19680412", 31, True)
    liu = make_id("990103", "19720214", 22, False)
    experts = [
        ("周建华", zhou, "普外科", "主任医师", datetime(2024, 7, 1), datetime(2024, 12, 31), "副院长",
         ("主任医师", "正高级"), "2024-07-01", "2024-12-31"),
        ("刘芳", liu, "妇产科", "副主任医师", datetime(2024, 9, 1), datetime(2024, 12, 31), "科主任",
         ("副主任医师", "副高级"), "2024-09-01", "2024-12-31"),
        ("宋佳", make_id("990102", "19890621", 14, False), "眼科", "主治医师", datetime(2024, 7, 1),
         datetime(2024, 12, 31), "", ("主治医师", "中级"), "2024-07-01", "2024-12-31"),
        ("袁博", make_id("990104", "19800304", 93, True), "重症医学科", "副主任医师", datetime(2024, 10, 8),
         "至今", "", ("副主任医师", "副高级"), "2024-10-08", None),
    ]
    labels = ["项目", "姓名", "身份证号", "所在科室", "专业技术职称", "派驻开始时间", "派驻结束时间",
              "在受援医院职务"]
    for i, lab in enumerate(labels):
        ws.cell(2 + i, 1, lab).font = Font(bold=True)
    for j, (name, idn, dept, tw, s, e, pos, (title, rank), start, end) in enumerate(experts):
        c = 2 + j
        ws.cell(2, c, f"专家{j + 1}")
        ws.cell(3, c, name)
        ws.cell(4, c, idn).number_format = "@"
        ws.cell(5, c, dept)
        ws.cell(6, c, tw)
        ws.cell(7, c, s).number_format = "yyyy-mm-dd"
        cell = ws.cell(8, c, e)
        if isinstance(e, datetime):
            cell.number_format = "yyyy-mm-dd"
        if pos:
            ws.cell(9, c, pos)
        E.note_id(idn)
        f = {"start_date": start, "end_date": end, "department": dept, **title_fields(title, rank),
             "position_at_recipient": pos or None, "person_id_basis": "id_number"}
        E.row("deployments", fn, "专家信息", None, {"support_hospital_id": SHENG, "recipient_hospital_id": BT},
              f, id_number=idn, column=col_letter(c - 1),
              note="transposed: one person per column" + ("; same person as the 15-digit row" if name == "刘芳" else ""))
    ws.cell(11, 1, "填表人：医务部")
    ws.column_dimensions["A"].width = 16
    for col in "BCDE":
        ws.column_dimensions[col].width = 22
    save_openpyxl(wb, sub / fn)


def s7_shiyi_ylfy_csv(sub: Path, E: Expected) -> None:
    """UTF-8 CSV (no BOM) with 人员类别 and 从业年限."""
    fn = "SYNTHETIC_临渊市第一人民医院派驻云岭县妇幼保健院人员2024.csv"
    stem = fn[:-4]
    rows = [["姓名", "性别", "身份证号", "人员类别", "科室", "职称", "从业年限", "开始日期", "结束日期", "在受援单位职务"]]
    data = [
        ("吕晓梅", "女", make_id("990204", "19790126", 30, False), "医疗", "产科", "副主任医师", "18年",
         "2024/3/1", "2024/8/31", "副院长", 18, ("副主任医师", "副高级"), "2024-03-01", "2024-08-31"),
        ("严静", "女", make_id("990204", "19850714", 52, False), "护理", "产科", "主管护师", "12",
         "2024/3/1", "2024/8/31", "护士长", 12, ("主管护师", "中级"), "2024-03-01", "2024-08-31"),
        ("金鑫", "男", make_id("990205", "19880909", 71, True), "医技", "超声科", "主治医师", "9年",
         "2024/3/1", "2024/8/31", "", 9, ("主治医师", "中级"), "2024-03-01", "2024-08-31"),
        ("魏红", "女", make_id("990204", "19870418", 28, False), "医疗", "儿科", "主治医师", "10年",
         "2024/9/1", "2025/2/28", "", 10, ("主治医师", "中级"), "2024-09-01", "2025-02-28"),
        ("薛峰", "男", make_id("990206", "19700603", 85, True), "医疗", "新生儿科", "主任医师", "25年",
         "2024/9/1", "2025/2/28", "科主任", 25, ("主任医师", "正高级"), "2024-09-01", "2025-02-28"),
    ]
    for i, (name, sex, idn, cat, dept, tw, yrs_w, s, e, pos, yrs, (title, rank), start, end) in enumerate(data):
        rows.append([name, sex, idn, cat, dept, tw, yrs_w, s, e, pos])
        E.note_id(idn)
        f = {"start_date": start, "end_date": end, "department": dept, **title_fields(title, rank),
             "staff_category": cat, "years_of_service": yrs, "position_at_recipient": pos or None,
             "person_id_basis": "id_number"}
        E.row("deployments", fn, stem, i + 2, {"support_hospital_id": SHIYI, "recipient_hospital_id": YLFY},
              f, id_number=idn)
    write_csv(sub / fn, rows, "utf-8")


# =============================================================================================
# trainees (no ID number column anywhere: person_id_basis = 'name')
# =============================================================================================
def t1_sheng_trainees(sub: Path, E: Expected) -> None:
    """填表说明 sheet first; batch section rows; 起止时间 ranges; fees as 免/无/¥3,000.00元/叁仟元."""
    from openpyxl.styles import Font

    fn = "SYNTHETIC_澄江省人民医院2024年接收对口支援医院进修人员名单.xlsx"
    wb = openpyxl_book()
    ins = wb.active
    ins.title = "填表说明"
    for i, line in enumerate([
        "填表说明",
        "1. 本表填报2024年度接收对口支援受援医院进修人员情况；",
        "2. 进修起止时间按“年.月-年.月”填写，精确到日的按“年.月.日”填写；",
        "3. 免费进修的在“进修费用”栏填“免”或“无”，收费的填写金额；",
        "4. 是否结业填“是”或“否”，尚在进修的可不填；",
        "5. 本表为合成数据，仅供软件测试。",
    ], 1):
        ins.cell(i, 1, line)
    ins.column_dimensions["A"].width = 70
    ws = wb.create_sheet("进修人员")
    ws["A1"] = "澄江省人民医院2024年接收对口支援医院进修人员名单（合成数据）"
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=13)
    header = ["序号", "姓名", "性别", "选派单位", "进修科室", "进修起止时间", "进修费用", "是否结业", "备注"]
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    Z = "石门县中医院"
    # (name, sex, unit written, official, dept, range, fee written, completed written,
    #  start, end, fee, completed)
    b1 = [
        ("蔡小军", "男", BT, BT, "心血管内科", "2024.03-2024.08", "免", "是", "2024-03-01", "2024-08-31", 0, True),
        ("龚丽", "女", BT, BT, "重症医学科", "2024.03-2024.08", "免", "是（已结业）", "2024-03-01", "2024-08-31", 0, True),
        ("万志", "男", HS, HS, "普外科", "2024.03-2024.08", "无", "是", "2024-03-01", "2024-08-31", 0, True),
        ("覃燕", "女", HS, HS, "麻醉科", "2024.3.4-2024.9.3", "无", "否", "2024-03-04", "2024-09-03", 0, False),
        ("尹涛", "男", Z, SMZY, "针灸科", "2024年3月1日至2024年8月31日", "¥3,000.00元", "是", "2024-03-01", "2024-08-31", 3000, True),
        ("梁冬梅", "女", Z, SMZY, "护理部", "2024.03-2024.05", "叁仟元", "是", "2024-03-01", "2024-05-31", 3000, True),
        ("段鹏", "男", BT, BT, "影像科", "2024.03-2024.08", 0, "是", "2024-03-01", "2024-08-31", 0, True),
        ("雷雨", "女", HS, HS, "检验科", "2024.03-2024.08", "免", "是", "2024-03-01", "2024-08-31", 0, True),
    ]
    b2 = [
        ("侯杰", "男", BT, BT, "神经内科", "2024.09-2025.02", "免", "", "2024-09-01", "2025-02-28", 0, None),
        ("邵琳", "女", BT, BT, "儿科", "2024.09-2025.02", "免", "", "2024-09-01", "2025-02-28", 0, None),
        ("孟凡", "男", HS, HS, "骨科", "2024.09-2025.02", "无", "", "2024-09-01", "2025-02-28", 0, None),
        ("龙娟", "女", HS, HS, "产科", "2024.9.2-2025.3.1", "无", "", "2024-09-02", "2025-03-01", 0, None),
        ("史国华", "男", Z, SMZY, "康复医学科", "2024.09-2024.11", "免", "是", "2024-09-01", "2024-11-30", 0, True),
        ("黎明", "男", Z, SMZY, "脾胃病科", "2024.09-2024.12", "免", "否", "2024-09-01", "2024-12-31", 0, False),
        ("易晓", "女", HS, HS, "急诊科", "2024.10-2024.12", "免", "是（已结业）", "2024-10-01", "2024-12-31", 0, True),
        ("常青", "男", BT, BT, "泌尿外科", "2024.09-2025.02", "", "", "2024-09-01", "2025-02-28", None, None),
    ]

    def put(r, n, t):
        name, sex, unit, off, dept, rng, fee_w, comp_w, start, end, fee, comp = t
        for c, v in enumerate([n, name, sex, unit, dept, rng, fee_w, comp_w], 1):
            if v != "":
                ws.cell(r, c, v)
        f = {"start_date": start, "end_date": end, "department": dept, "person_id_basis": "name"}
        if fee_w != "":
            f["fee_charged"] = fee
        if comp_w != "":
            f["completed"] = comp
        E.row("trainees", fn, "进修人员", r, {"recipient_hospital_id": off, "host_hospital_id": SHENG}, f,
              note={"¥3,000.00元": "currency sign, thousands separator, 元", "叁仟元": "amount in 大写 numerals"}.get(fee_w))

    ws.cell(3, 1, "第一批（2024年3月入院）")
    ws.merge_cells("A3:I3")
    for i, t in enumerate(b1):
        put(4 + i, i + 1, t)
    ws.cell(12, 1, "第二批（2024年9月入院）")
    ws.merge_cells("A12:I12")
    for i, t in enumerate(b2):
        put(13 + i, i + 1, t)
    ws.cell(21, 1, "合计：16人")
    for col, wdt in zip("ABCDEFGHI", (6, 10, 6, 18, 14, 30, 14, 14, 10)):
        ws.column_dimensions[col].width = wdt
    save_openpyxl(wb, sub / fn)


def t2_shiyi_trainees_ods(sub: Path, E: Expected) -> None:
    """ODS with date cells; 是否收费 否 / 是（1500元）; one trainee from another province."""
    fn = "SYNTHETIC_临渊市第一人民医院基层进修人员登记表2024.ods"
    ods = Ods()
    rows: list[list] = [
        ["临渊市第一人民医院2024年度基层进修人员登记表（合成数据）"],
        ["姓名", "派出单位", "进修专业", "开始时间", "结束时间", "是否收费", "结业情况"],
    ]
    D = date
    data = [
        ("汤波", SM, "普外科", D(2024, 3, 1), D(2024, 8, 31), "否", "已结业", 0, True),
        ("白雪", SM, "护理", D(2024, 3, 1), D(2024, 5, 31), "否", "已结业", 0, True),
        ("孔令", SM, "心电图室", D(2024, 4, 1), D(2024, 9, 30), "否", "已结业", 0, True),
        ("毛琴", YLFY, "产科", D(2024, 3, 1), D(2024, 8, 31), "否", "已结业", 0, True),
        ("于佳", YLFY, "新生儿科", D(2024, 3, 1), D(2024, 8, 31), "是（1500元）", "已结业", 1500, True),
        ("邱红", OUTSIDE, "内分泌科", D(2024, 5, 6), D(2024, 11, 5), "是（6000元）", "已结业", None, None),
        ("钱程", SM, "骨科", D(2024, 9, 2), D(2025, 3, 1), "否", "未结业", 0, False),
        ("周敏", YLFY, "儿童保健科", D(2024, 9, 2), D(2025, 3, 1), "否", "未结业", 0, False),
        ("陶然", SM, "麻醉科", D(2024, 9, 2), D(2025, 3, 1), "否", "未结业", 0, False),
        ("汪洋", YLFY, "妇科", D(2024, 10, 8), D(2025, 1, 7), "否", "未结业", 0, False),
    ]
    for i, (name, unit, dept, s, e, fee_w, comp_w, fee, comp) in enumerate(data):
        r = 3 + i
        rows.append([name, unit, dept, s, e, fee_w, comp_w])
        if unit == OUTSIDE:
            E.quarantine("trainees", fn, "进修登记", r,
                         "sending hospital 江屿省望海县人民医院 is another province's, not in the pairing list")
            continue
        f = {"start_date": s.isoformat(), "end_date": e.isoformat(), "department": dept,
             "fee_charged": fee, "completed": comp, "person_id_basis": "name"}
        E.row("trainees", fn, "进修登记", r, {"recipient_hospital_id": unit, "host_hospital_id": SHIYI}, f)
    ods.sheet("进修登记", rows)
    ods.save(sub / fn)


def t3_bt_township_trainees_csv(sub: Path, E: Expected) -> None:
    """UTF-8-BOM CSV from the county: host written 县医院, townships without the county prefix."""
    fn = "SYNTHETIC_北塘县乡镇卫生院赴县医院进修人员名单2024.csv"
    stem = fn[:-4]
    rows = [["序号", "姓名", "所在卫生院", "进修科室", "接收单位", "进修时间", "是否免费", "是否结业"]]
    data = [
        ("何丽", CG, "全科医学科", "2024.4.1-2024.9.30", "是", "是", "2024-04-01", "2024-09-30", True),
        ("胡斌", CG, "中医科", "2024.4.1-2024.9.30", "是", "是", "2024-04-01", "2024-09-30", True),
        ("吕燕", LX, "妇产科", "2024.4.1-2024.6.30", "是", "是", "2024-04-01", "2024-06-30", True),
        ("李刚", LX, "检验科", "2024.4.1-2024.6.30", "是", "否", "2024-04-01", "2024-06-30", False),
        ("孙丽", CG, "护理部", "2024.7.1-2024.9.30", "是", "是", "2024-07-01", "2024-09-30", True),
        ("郭强", LX, "放射科", "2024.7.1-2024.12.31", "是", "是", "2024-07-01", "2024-12-31", True),
        ("刘洋", CG, "急诊科", "2024.10.8-2025.1.7", "是", "否", "2024-10-08", "2025-01-07", False),
        ("张敏", LX, "内科", "2024.10.8-2025.4.7", "是", "否", "2024-10-08", "2025-04-07", False),
    ]
    short = {CG: "城关镇卫生院", LX: "柳溪乡卫生院"}
    for i, (name, rec, dept, rng, free, comp_w, start, end, comp) in enumerate(data, 1):
        rows.append([i, name, short[rec], dept, "县医院", rng, free, comp_w])
        f = {"start_date": start, "end_date": end, "department": dept, "fee_charged": 0,
             "completed": comp, "person_id_basis": "name"}
        E.row("trainees", fn, stem, i + 1, {"recipient_hospital_id": rec, "host_hospital_id": BT}, f,
              note="host written 县医院 in a 北塘县 file; 是否免费 是 = fee 0" if i == 1 else None)
    write_csv(sub / fn, rows, "utf-8-sig")


# =============================================================================================
# the city TCM hospital's ledger workbook: instructions, trainees, techniques, activities
# =============================================================================================
def w_shizy_ledger(sub: Path, E: Expected) -> None:
    fn = "SYNTHETIC_临渊市中医医院2024年对口支援工作台账.xlsx"
    path = sub / fn
    wb = xlsxwriter_book(path)
    bold = wb.add_format({"bold": True})
    dfmt = wb.add_format({"num_format": "yyyy-mm-dd"})

    ins = wb.add_worksheet("说明")
    for i, line in enumerate([
        "临渊市中医医院对口支援鹤沙县中医医院工作台账（2024年）（合成数据）",
        "本台账包括：进修人员、新技术新项目、带教培训三部分。",
        "派驻人员情况另行报送。",
    ]):
        ins.write(i, 0, line)
    ins.set_column(0, 0, 70)

    # -- trainees
    ws = wb.add_worksheet("进修人员")
    ws.merge_range(0, 0, 0, 6, "鹤沙县中医医院来我院进修人员（2024年）", bold)
    for c, h in enumerate(["序号", "姓名", "派出单位", "进修科室", "进修时间", "费用", "结业"]):
        ws.write(1, c, h, bold)
    data = [
        ("黄磊", "针灸科", "2024.03.01-2024.08.31", "是", "2024-03-01", "2024-08-31", True),
        ("陈静", "推拿科", "2024.03.01-2024.08.31", "是", "2024-03-01", "2024-08-31", True),
        ("田野", "肛肠科", "2024.05.06-2024.11.05", "是", "2024-05-06", "2024-11-05", True),
        ("石慧", "护理部", "2024.09.02-2025.03.01", "否", "2024-09-02", "2025-03-01", False),
        ("温蓉", "治未病科", "2024.09.02-2025.03.01", "否", "2024-09-02", "2025-03-01", False),
    ]
    for i, (name, dept, rng, comp_w, start, end, comp) in enumerate(data):
        r = 2 + i
        for c, v in enumerate([i + 1, name, "鹤沙县中医院", dept, rng, "免", comp_w]):
            ws.write(r, c, v)
        E.row("trainees", fn, "进修人员", r + 1, {"recipient_hospital_id": HSZY, "host_hospital_id": SHIZY},
              {"start_date": start, "end_date": end, "department": dept, "fee_charged": 0,
               "completed": comp, "person_id_basis": "name"})
    ws.set_column(0, 6, 16)

    # -- techniques
    ws = wb.add_worksheet("新技术")
    ws.merge_range(0, 0, 0, 5, "临渊市中医医院对口支援鹤沙县中医医院新技术新项目（2024年）（合成数据）", bold)
    for c, h in enumerate(["序号", "项目名称", "科室", "开展日期", "例数", "填补县域空白"]):
        ws.write(1, c, h, bold)
    tech = [
        ("浮针疗法", "针灸科", datetime(2024, 4, 15), 36, "是", True),
        ("中药热奄包治疗", "康复科", datetime(2024, 5, 6), 50, "否", False),
        ("火龙罐综合灸", "治未病科", datetime(2024, 9, 10), 28, "是", True),
    ]
    for i, (name, dept, d, n, gap_w, gap) in enumerate(tech):
        r = 2 + i
        ws.write(r, 0, i + 1)
        ws.write(r, 1, name)
        ws.write(r, 2, dept)
        ws.write_datetime(r, 3, d, dfmt)
        ws.write_number(r, 4, n)
        ws.write(r, 5, gap_w)
        E.row("techniques", fn, "新技术", r + 1, {"recipient_hospital_id": HSZY, "support_hospital_id": SHIZY},
              {"name": name, "department": dept, "first_performed_date": d.date().isoformat(),
               "cases": n, "fills_county_gap": gap})
    ws.set_column(0, 5, 16)

    # -- activities
    ws = wb.add_worksheet("带教培训")
    ws.merge_range(0, 0, 0, 4, "临渊市中医医院专家在鹤沙县中医医院带教培训记录（2024年）", bold)
    for c, h in enumerate(["日期", "类型", "内容", "授课/带教专家", "参加人数"]):
        ws.write(1, c, h, bold)
    acts = [
        ("2024/3/5", "学术讲座", "中医体质辨识与调养", "杨帆", 42),
        ("2024/3/12", "教学查房", "中风病恢复期辨证", "唐建军", 15),
        ("2024/3/26", "疑难病例讨论", "顽固性失眠1例", "罗明", 12),
        ("2024/4/9", "技术培训", "浮针操作规范", "杨帆", 20),
        ("2024/4/20", "义诊", "“中医进社区”义诊", "唐建军", 60),
        ("2024/5/14", "教学查房", "腰椎间盘突出症中医治疗", "唐建军", 14),
        ("2024/6/18", "学术讲座", "膏方的临床应用", "罗明", 38),
        ("2024/7/16", "远程会诊", "疑难骨伤病例远程会诊", "唐建军", 8),
        ("2024/8/20", "教学查房", "针灸治疗面瘫", "杨帆", 16),
        ("2024/9/24", "技术培训", "火龙罐操作培训", "韩冰", 25),
        ("2024/10/22", "疑难病例讨论", "慢性咳嗽1例", "韩冰", 11),
        ("2024/11/19", "学术讲座", "冬病夏治与三九贴", "冯雪", 45),
    ]
    for i, (d, typ, topic, who, n) in enumerate(acts):
        r = 2 + i
        ws.write_string(r, 0, d)
        ws.write(r, 1, typ)
        ws.write(r, 2, topic)
        ws.write(r, 3, who)
        ws.write_number(r, 4, n)
        y, m, dd = (int(x) for x in d.split("/"))
        E.row("activities", fn, "带教培训", r + 1, {"recipient_hospital_id": HSZY, "support_hospital_id": SHIZY},
              {"activity_date": date(y, m, dd).isoformat(), "activity_type": typ, "participants": n})
    ws.set_column(0, 4, 18)
    close_xlsxwriter(wb, path)


# =============================================================================================
# techniques
# =============================================================================================
def n1_shiyi_techniques(sub: Path, E: Expected) -> None:
    """Support hospital only in the file name; two techniques in the same month at one recipient;
    cases '约40例'; a row with neither name nor date (quarantined)."""
    fn = "SYNTHETIC_临渊市第一人民医院帮扶新技术汇总2024.xlsx"
    path = sub / fn
    wb = xlsxwriter_book(path)
    ws = wb.add_worksheet("新技术")
    bold = wb.add_format({"bold": True})
    dfmt = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.merge_range(0, 0, 0, 7, "2024年度对口帮扶新技术新业务开展情况汇总（合成数据）", bold)
    header = ["序号", "受援医院", "技术名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "备注"]
    for c, h in enumerate(header):
        ws.write(1, c, h, bold)
    Q = "QUARANTINE"
    data = [
        (SM, "腹腔镜胆囊切除术", "普外科", "2024年4月", "26例", "否", "", "2024-04-01", 26, False),
        (SM, "无痛胃肠镜检查", "消化内科", "2024年4月", "约40例", "是（填补县域空白）", "", "2024-04-01", None, True),
        (SM, "经皮椎体成形术", "骨科", datetime(2024, 6, 12), "8", "是（填补县域空白）", "", "2024-06-12", 8, True),
        (SM, "动态心电图监测", "心内科", "2024.3.18", "120例", "否", "", "2024-03-18", 120, False),
        (SM, "", "", "", "5例", "", "待补充", Q, None, None),
        (YLFY, "新生儿经皮胆红素监测", "新生儿科", datetime(2024, 3, 5), "300例", "否", "", "2024-03-05", 300, False),
        (YLFY, "宫腔镜检查术", "妇科", "2024.5.16", "32例", "是（填补县域空白）", "", "2024-05-16", 32, True),
        (YLFY, "无痛分娩（椎管内分娩镇痛）", "产科", "2024年7月", "56例", "是", "", "2024-07-01", 56, True),
        (YLFY, "儿童早期发展评估", "儿童保健科", "2024.9", "80", "否", "", "2024-09-01", 80, False),
        (SM, "鼻内镜手术", "耳鼻喉科", datetime(2024, 10, 21), "12例", "是（填补县域空白）", "", "2024-10-21", 12, True),
    ]
    for i, (rec, name, dept, d_w, cases_w, gap_w, note_w, d, cases, gap) in enumerate(data):
        r = 2 + i
        ws.write(r, 0, i + 1)
        ws.write(r, 1, rec)
        if name:
            ws.write(r, 2, name)
        if dept:
            ws.write(r, 3, dept)
        if isinstance(d_w, datetime):
            ws.write_datetime(r, 4, d_w, dfmt)
        elif d_w:
            ws.write_string(r, 4, d_w)
        if cases_w.isdigit():
            ws.write_number(r, 5, int(cases_w))
        else:
            ws.write_string(r, 5, cases_w)
        if gap_w:
            ws.write(r, 6, gap_w)
        if note_w:
            ws.write(r, 7, note_w)
        if d == Q:
            E.quarantine("techniques", fn, "新技术", r + 1, "technique with neither a name nor a date (备注 待补充)")
            continue
        f = {"name": name, "department": dept, "first_performed_date": d, "cases": cases,
             "fills_county_gap": gap}
        E.row("techniques", fn, "新技术", r + 1, {"recipient_hospital_id": rec, "support_hospital_id": SHIYI}, f,
              findings=["cases"] if cases_w.startswith("约") else [],
              note="约40例: cases NULL + finding, row curated" if cases_w.startswith("约") else
              ("same month, same recipient as the next row" if i == 0 else None))
    ws.write(13, 0, "注：开展例数统计至2024年12月31日。")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 7, 18)
    close_xlsxwriter(wb, path)


def n2_sheng_techniques_csv(sub: Path, E: Expected) -> None:
    fn = "SYNTHETIC_澄江省人民医院新技术新项目帮扶清单2024.csv"
    stem = fn[:-4]
    rows = [["受援单位", "项目名称", "开展科室", "开展时间", "例数", "是否填补县域空白"]]
    data = [
        (BT, "冠状动脉造影术", "心血管内科", "2024/3/15", "45", "是", "2024-03-15", 45, True),
        (BT, "经皮冠状动脉介入治疗（PCI）", "心血管内科", "2024/5/20", "18", "是", "2024-05-20", 18, True),
        (BT, "腹腔镜结直肠癌根治术", "普外科", "2024年6月", "约15例", "否", "2024-06-01", None, False),
        (HS, "无创呼吸机序贯治疗", "呼吸与危重症医学科", "2024.04", "若干", "否", "2024-04-01", None, False),
        (HS, "分娩镇痛", "麻醉科", "2024/4/8", "60", "是", "2024-04-08", 60, True),
        (HS, "超声引导下神经阻滞", "麻醉科", "2024/9/3", "35", "否", "2024-09-03", 35, False),
        (SMZY, "中医定向透药疗法", "康复医学科", "2024年3月", "100", "否", "2024-03-01", 100, False),
        (SMZY, "小针刀治疗", "针灸科", "2024年3月", "64", "是（填补县域空白）", "2024-03-01", 64, True),
        (BT, "床旁血液净化（CRRT）", "重症医学科", "2024/11/12", "9", "是", "2024-11-12", 9, True),
    ]
    for i, (rec, name, dept, d_w, cases_w, gap_w, d, cases, gap) in enumerate(data):
        rows.append([rec, name, dept, d_w, cases_w, gap_w])
        bad = cases is None
        E.row("techniques", fn, stem, i + 2, {"recipient_hospital_id": rec, "support_hospital_id": SHENG},
              {"name": name, "department": dept, "first_performed_date": d, "cases": cases, "fills_county_gap": gap},
              findings=["cases"] if bad else [],
              note=f"cases '{cases_w}': NULL + finding" if bad else None)
    write_csv(sub / fn, rows, "gbk")


def n3_sm_township_techniques_xls(sub: Path, E: Expected) -> None:
    import xlwt

    fn = "SYNTHETIC_石门县人民医院帮扶龙潭镇卫生院新技术新业务2024.xls"
    wb = xlwt_book()
    ws = wb.add_sheet("新技术新业务")
    bold = xlwt.easyxf("font: bold on")
    ws.write_merge(0, 0, 0, 6, "石门县人民医院帮扶龙潭镇卫生院新技术新业务开展情况（2024年）（合成数据）", bold)
    for c, h in enumerate(["序号", "受援单位", "新技术名称", "科室", "开展时间", "例数", "是否填补空白"]):
        ws.write(1, c, h, bold)
    data = [
        ("清创缝合术规范化", "外科", "2024.3", 30, "否", "2024-03-01", False),
        ("心电图远程诊断", "内科", "2024.4.10", 150, "否", "2024-04-10", False),
        ("中医穴位贴敷", "中医科", "2024.6", 80, "否", "2024-06-01", False),
        ("慢阻肺肺功能筛查", "内科", "2024.8.22", 40, "是", "2024-08-22", True),
        ("新生儿听力筛查", "妇产科", "2024.10", 25, "否", "2024-10-01", False),
    ]
    for i, (name, dept, d_w, n, gap_w, d, gap) in enumerate(data):
        r = 2 + i
        for c, v in enumerate([i + 1, "龙潭镇卫生院", name, dept, d_w, n, gap_w]):
            ws.write(r, c, v)
        E.row("techniques", fn, "新技术新业务", r + 1, {"recipient_hospital_id": LT, "support_hospital_id": SM},
              {"name": name, "department": dept, "first_performed_date": d, "cases": n, "fills_county_gap": gap})
    for c, wdt in enumerate((6, 16, 20, 10, 12, 8, 14)):
        ws.col(c).width = wdt * 300
    wb.save(str(sub / fn))


def n4_bt_township_techniques_ods(sub: Path, E: Expected) -> None:
    fn = "SYNTHETIC_北塘县人民医院帮扶乡镇卫生院新技术2024.ods"
    ods = Ods()
    rows: list[list] = [
        ["北塘县人民医院帮扶乡镇卫生院新技术新项目（2024年）（合成数据）"],
        ["受援卫生院", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白"],
    ]
    short = {CG: "城关镇卫生院", LX: "柳溪乡卫生院"}
    data = [
        (CG, "胃镜检查", "内科", "2024年5月", 20, "否", "2024-05-01", False),
        (CG, "DR数字化摄影", "放射科", "2024年5月", 300, "否", "2024-05-01", False),
        (LX, "静脉输液港维护", "护理部", "2024.7.15", 12, "否", "2024-07-15", False),
        (LX, "慢病随访规范化管理", "全科", "2024.3", 200, "否", "2024-03-01", False),
        (CG, "中医针灸理疗", "中医科", "2024.9.2", 45, "否", "2024-09-02", False),
    ]
    for i, (rec, name, dept, d_w, n, gap_w, d, gap) in enumerate(data):
        rows.append([short[rec], name, dept, d_w, n, gap_w])
        E.row("techniques", fn, "新技术", 3 + i, {"recipient_hospital_id": rec, "support_hospital_id": BT},
              {"name": name, "department": dept, "first_performed_date": d, "cases": n, "fills_county_gap": gap},
              note="two techniques first done in May at 城关镇卫生院" if i == 0 else None)
    ods.sheet("新技术", rows)
    ods.save(sub / fn)


# =============================================================================================
# activities
# =============================================================================================
def a1_sheng_bt_activities(sub: Path, E: Expected) -> None:
    """Provincial team at 北塘县: date cells, '约40人', '28人', two lectures on one day,
    two hidden rows (entered twice, hidden instead of deleted)."""
    from openpyxl.styles import Font

    fn = "SYNTHETIC_澄江省人民医院驻北塘县人民医院帮扶工作队带教培训记录2024.xlsx"
    wb = openpyxl_book()
    ws = wb.active
    ws.title = "活动记录"
    ws["A1"] = "澄江省人民医院驻北塘县人民医院帮扶工作队2024年带教培训活动记录（合成数据）"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=13)
    header = ["序号", "日期", "活动形式", "主题", "主讲/带教专家", "参加人数", "地点"]
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    D = date
    H = "HIDDEN"
    acts = [
        (D(2024, 1, 10), "学术讲座", "胸痛中心建设与急性心梗救治", "陈丽", 45, "学术报告厅"),
        (D(2024, 1, 17), "教学查房", "腹股沟疝围手术期管理", "周建华", 18, "普外科病房"),
        (D(2024, 1, 24), "疑难病例讨论", "不明原因发热1例", "陈丽", "约40人", "示教室"),
        (D(2024, 2, 21), "手术示教", "腹腔镜阑尾切除术", "周建华", 12, "手术室"),
        (D(2024, 2, 28), "技术培训", "心肺复苏与除颤", "王海涛", "28人", "技能培训中心"),
        (D(2024, 3, 6), "教学查房", "股骨颈骨折术后康复", "王海涛", 16, "骨科病房"),
        (D(2024, 3, 13), "死亡病例讨论", "急性主动脉夹层1例", "陈丽", 30, "示教室"),
        (D(2024, 3, 20), "学术讲座", "高血压的规范化诊疗", "陈丽", 52, "学术报告厅"),
        (D(2024, 4, 18), "学术讲座", "加速康复外科（ERAS）理念", "周建华", 48, "学术报告厅"),
        (D(2024, 4, 18), "学术讲座", "心衰患者的长期管理", "陈丽", 46, "学术报告厅"),
        (D(2024, 4, 18), H, "心衰患者的长期管理", "陈丽", 46, "学术报告厅"),
        (D(2024, 5, 15), "手术示教", "腹腔镜胆囊切除术", "周建华", 10, "手术室"),
        (D(2024, 5, 29), "义诊", "“健康下乡”送医义诊", "陈丽", 80, "城关镇"),
        (D(2024, 6, 12), "教学查房", "急性胰腺炎的诊治", "周建华", 20, "普外科病房"),
        (D(2024, 7, 3), "远程会诊", "复杂先心病患儿远程会诊", "林静", 6, "远程会诊中心"),
        (D(2024, 7, 10), "学术讲座", "儿童常见急症的识别", "林静", 36, "学术报告厅"),
        (D(2024, 7, 24), "技术培训", "急诊气道管理", "黄伟", 24, "技能培训中心"),
        (D(2024, 7, 24), H, "急诊气道管理", "黄伟", 24, "技能培训中心"),
        (D(2024, 8, 14), "教学查房", "小儿肺炎的规范治疗", "林静", 15, "儿科病房"),
        (D(2024, 9, 11), "疑难病例讨论", "反复腹痛1例", "周建华", 22, "示教室"),
        (D(2024, 10, 16), "手术示教", "腹腔镜疝修补术（TAPP）", "周建华", 9, "手术室"),
        (D(2024, 11, 6), "学术讲座", "眼科常见病的基层诊治", "宋佳", 33, "学术报告厅"),
        (D(2024, 11, 20), "教学查房", "脓毒症休克集束化治疗", "袁博", 17, "重症医学科"),
        (D(2024, 12, 18), "学术讲座", "产后出血的预防与处理", "刘芳", 41, "学术报告厅"),
    ]
    seq = 0
    for i, (d, typ, topic, who, n, where) in enumerate(acts):
        r = 3 + i
        hidden = typ == H
        if not hidden:
            seq += 1
        ws.cell(r, 1, seq)
        ws.cell(r, 2, datetime(d.year, d.month, d.day)).number_format = "yyyy-mm-dd"
        ws.cell(r, 3, typ if not hidden else "学术讲座" if "心衰" in topic else "技术培训")
        ws.cell(r, 4, topic)
        ws.cell(r, 5, who)
        ws.cell(r, 6, n)
        ws.cell(r, 7, where)
        if hidden:
            ws.row_dimensions[r].hidden = True
            continue
        f = {"activity_date": d.isoformat(), "activity_type": typ}
        findings = []
        note = None
        if isinstance(n, int):
            f["participants"] = n
        elif n == "28人":
            f["participants"] = 28
        else:
            f["participants"] = None
            findings = ["participants"]
            note = "约40人: participants NULL + finding"
        if d == D(2024, 4, 18):
            note = "two 学术讲座 on the same day with different topics: two rows"
        E.row("activities", fn, "活动记录", r, {"recipient_hospital_id": BT, "support_hospital_id": SHENG}, f,
              findings=findings, note=note)
    r = 3 + len(acts) + 1
    ws.cell(r, 1, "记录人：帮扶工作队联络员")
    for col, wdt in zip("ABCDEFG", (6, 12, 14, 34, 14, 10, 14)):
        ws.column_dimensions[col].width = wdt
    save_openpyxl(wb, sub / fn)


def a3_hs_township_activities_xls(sub: Path, E: Expected) -> None:
    """.xls with quarter section rows; participants '全体医护人员' (NULL + finding)."""
    import xlwt

    fn = "SYNTHETIC_鹤沙县人民医院对口帮扶沙湾镇中心卫生院活动登记2024.xls"
    wb = xlwt_book()
    ws = wb.add_sheet("活动登记")
    bold = xlwt.easyxf("font: bold on")
    ws.write_merge(0, 0, 0, 4, "鹤沙县人民医院对口帮扶沙湾镇中心卫生院活动登记表（2024年）（合成数据）", bold)
    for c, h in enumerate(["时间", "形式", "内容", "参加人数", "备注"]):
        ws.write(1, c, h, bold)
    items = [
        ("第一季度",),
        ("2024.1.16", "教学查房", "慢阻肺急性加重的处理", 12, ""),
        ("2024.2.27", "学术讲座", "基层高血压用药", "全体医护人员", ""),
        ("2024.3.19", "技术培训", "清创缝合技术", 10, ""),
        ("第二季度",),
        ("2024.4.23", "义诊", "送医下乡义诊", 55, "沙湾镇集市"),
        ("2024.5.21", "疑难病例讨论", "糖尿病足1例", 9, ""),
        ("2024.6.18", "教学查房", "社区获得性肺炎", 11, ""),
        ("第三季度",),
        ("2024.7.16", "学术讲座", "中暑的防治", 20, ""),
        ("2024.9.10", "技术培训", "院前急救", 14, ""),
        ("第四季度",),
        ("2024.10.15", "教学查房", "脑卒中早期识别", 13, ""),
        ("2024.12.10", "学术讲座", "冬季呼吸道传染病防控", 26, ""),
    ]
    r = 2
    for it in items:
        if len(it) == 1:
            ws.write_merge(r, r, 0, 4, it[0], bold)
            r += 1
            continue
        d_w, typ, topic, n, note = it
        ws.write(r, 0, d_w)
        ws.write(r, 1, typ)
        ws.write(r, 2, topic)
        ws.write(r, 3, n)
        if note:
            ws.write(r, 4, note)
        y, m, dd = (int(x) for x in d_w.split("."))
        f = {"activity_date": date(y, m, dd).isoformat(), "activity_type": typ,
             "participants": n if isinstance(n, int) else None}
        E.row("activities", fn, "活动登记", r + 1, {"recipient_hospital_id": SW, "support_hospital_id": HS}, f,
              findings=[] if isinstance(n, int) else ["participants"],
              note=None if isinstance(n, int) else "participants '全体医护人员': NULL + finding")
        r += 1
    ws.write(r + 1, 0, "登记人：医务科")
    for c, wdt in enumerate((12, 14, 26, 14, 12)):
        ws.col(c).width = wdt * 300
    wb.save(str(sub / fn))


def a4_sm_received_activities(sub: Path, E: Expected) -> None:
    """The recipient's own record: support hospital in a column as 市一院 / 临渊市一院; the date
    cell merged over two rows where two demonstrations happened the same day."""
    from openpyxl.styles import Alignment, Font

    fn = "SYNTHETIC_石门县人民医院2024年接受对口支援培训活动统计.xlsx"
    wb = openpyxl_book()
    ws = wb.active
    ws.title = "培训活动"
    ws["A1"] = "石门县人民医院2024年接受对口支援培训活动统计表（合成数据）"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=13)
    header = ["序号", "日期", "帮扶医院", "活动类型", "活动内容", "参加人数"]
    for c, h in enumerate(header, 1):
        ws.cell(2, c, h).font = Font(bold=True)
    D = date
    acts = [
        (D(2024, 1, 9), "市一院", "学术讲座", "围手术期血糖管理", 40),
        (D(2024, 1, 23), "市一院", "教学查房", "消化道出血的处理", 15),
        (D(2024, 2, 20), "市一院", "手术示教", "腹腔镜胆囊切除术", 8),
        (D(2024, 2, 20), "市一院", "手术示教", "经尿道前列腺电切术", 7),
        (D(2024, 3, 19), "临渊市一院", "疑难病例讨论", "胸腔积液待查1例", 14),
        (D(2024, 4, 16), "市一院", "技术培训", "超声引导下穿刺", 18),
        (D(2024, 5, 21), "市一院", "学术讲座", "骨质疏松性骨折的防治", 36),
        (D(2024, 6, 25), "市一院", "死亡病例讨论", "重症胰腺炎1例", 21),
        (D(2024, 7, 9), "临渊市一院", "教学查房", "小儿腹泻的液体疗法", 13),
        (D(2024, 8, 13), "市一院", "手术示教", "颅骨钻孔引流术", 6),
        (D(2024, 9, 10), "市一院", "学术讲座", "神经外科急症", 44),
        (D(2024, 10, 15), "市一院", "远程会诊", "多发伤患者远程会诊", 5),
        (D(2024, 11, 12), "市一院", "义诊", "重阳节老年人义诊", 70),
        (D(2024, 12, 17), "市一院", "教学查房", "急性心衰的抢救", 17),
    ]
    for i, (d, sup_w, typ, topic, n) in enumerate(acts):
        r = 3 + i
        ws.cell(r, 1, i + 1)
        if not (i == 3):           # row 6 shares the merged date cell B5:B6
            ws.cell(r, 2, datetime(d.year, d.month, d.day)).number_format = 'yyyy"年"m"月"d"日"'
        ws.cell(r, 3, sup_w)
        ws.cell(r, 4, typ)
        ws.cell(r, 5, topic)
        ws.cell(r, 6, n)
        E.row("activities", fn, "培训活动", r, {"recipient_hospital_id": SM, "support_hospital_id": SHIYI},
              {"activity_date": d.isoformat(), "activity_type": typ, "participants": n},
              note="date in a cell merged over this row and the one above" if i == 3 else
              ("support hospital written 市一院" if i == 0 else None))
    ws.merge_cells("B5:B6")
    ws["B5"].alignment = Alignment(vertical="center")
    ws.cell(3 + len(acts) + 1, 1, "填表人：科教科")
    for col, wdt in zip("ABCDEF", (6, 16, 14, 14, 28, 10)):
        ws.column_dimensions[col].width = wdt
    save_openpyxl(wb, sub / fn)


def a5_shiyi_ylfy_activities_csv(sub: Path, E: Expected) -> None:
    fn = "SYNTHETIC_临渊市第一人民医院帮扶云岭县妇幼保健院培训记录2024.csv"
    stem = fn[:-4]
    rows = [["序号", "受援单位", "日期", "活动类型", "主题", "参加人数"]]
    data = [
        ("2024-03-08", "学术讲座", "妊娠期高血压疾病", "35"),
        ("2024-03-22", "教学查房", "早产儿的护理", "12"),
        ("2024-04-12", "技术培训", "新生儿复苏", "30"),
        ("2024-05-10", "疑难病例讨论", "胎盘早剥1例", "11"),
        ("2024-06-14", "学术讲座", "儿童生长发育评价", "28"),
        ("2024-07-12", "手术示教", "宫腔镜下息肉切除", "6"),
        ("2024-09-13", "技术培训", "产后出血急救演练", "32"),
        ("2024-10-18", "义诊", "两癌筛查义诊", "90"),
        ("2024-11-15", "教学查房", "新生儿黄疸", "14"),
        ("2024-12-13", "学术讲座", "高危妊娠管理", "37"),
    ]
    for i, (d, typ, topic, n) in enumerate(data, 1):
        rows.append([i, YLFY, d, typ, topic, n])
        E.row("activities", fn, stem, i + 1, {"recipient_hospital_id": YLFY, "support_hospital_id": SHIYI},
              {"activity_date": d, "activity_type": typ, "participants": int(n)})
    write_csv(sub / fn, rows, "gbk")


# =============================================================================================
# monthly statistics
# =============================================================================================
def _stats(seed: int, base: tuple[int, int, int, int, int]) -> list[tuple[int, int, int, int, int]]:
    rnd = random.Random(seed)
    out = []
    for m in range(1, 13):
        season = 1.0 + (0.12 if m in (1, 12) else 0.0) - (0.08 if m == 2 else 0.0)
        out.append(tuple(max(0, int(b * season * rnd.uniform(0.9, 1.1))) for b in base))
    return out


def m1_bt_months_as_rows(sub: Path, E: Expected) -> None:
    """Months as rows, '1月'..'12月', a 合计 row of SUM formulas with cached values."""
    fn = "SYNTHETIC_北塘县人民医院2024年月度业务统计.xlsx"
    path = sub / fn
    wb = xlsxwriter_book(path)
    ws = wb.add_worksheet("2024年")
    bold = wb.add_format({"bold": True})
    num = wb.add_format({"num_format": "#,##0"})
    ws.merge_range(0, 0, 0, 5, "北塘县人民医院2024年月度业务统计表（合成数据）", bold)
    ws.write(1, 0, "单位：人次、台次")
    header = ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]
    for c, h in enumerate(header):
        ws.write(2, c, h, bold)
    vals = _stats(11, (28000, 1800, 420, 65, 24))
    for m, v in enumerate(vals, 1):
        r = 2 + m
        ws.write(r, 0, f"{m}月")
        for c, x in enumerate(v, 1):
            ws.write_number(r, c, x, num)
        E.row("hospital_monthly_stats", fn, "2024年", r + 1, {"recipient_hospital_id": BT},
              {"year": 2024, "month": m, "outpatient_visits": v[0], "discharges": v[1], "surgeries": v[2],
               "referrals_out": v[3], "referrals_down_received": v[4]})
    r = 15
    ws.write(r, 0, "合计", bold)
    for c in range(1, 6):
        col = col_letter(c)
        ws.write_formula(r, c, f"=SUM({col}4:{col}15)", num, sum(v[c - 1] for v in vals))
    ws.write(17, 0, "填报人：统计室        审核人：院办")
    ws.set_column(0, 5, 14)
    close_xlsxwriter(wb, path)


def m2_hs_months_as_columns(sub: Path, E: Expected) -> None:
    import xlwt

    fn = "SYNTHETIC_鹤沙县人民医院2024年业务量统计（按月）.xls"
    wb = xlwt_book()
    ws = wb.add_sheet("月度统计")
    bold = xlwt.easyxf("font: bold on")
    ws.write_merge(0, 0, 0, 13, "鹤沙县人民医院2024年业务量统计（按月）（合成数据）", bold)
    ws.write(1, 0, "指标", bold)
    for m in range(1, 13):
        ws.write(1, m, f"{m}月", bold)
    ws.write(1, 13, "全年", bold)
    labels = ["门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]
    vals = _stats(22, (21000, 1400, 300, 48, 15))
    for i, lab in enumerate(labels):
        ws.write(2 + i, 0, lab)
        for m in range(1, 13):
            ws.write(2 + i, m, vals[m - 1][i])
        ws.write(2 + i, 13, sum(v[i] for v in vals))
    for m, v in enumerate(vals, 1):
        E.row("hospital_monthly_stats", fn, "月度统计", None, {"recipient_hospital_id": HS},
              {"year": 2024, "month": m, "outpatient_visits": v[0], "discharges": v[1], "surgeries": v[2],
               "referrals_out": v[3], "referrals_down_received": v[4]}, column=col_letter(m),
              note="months as columns: source_row not checked" if m == 1 else None)
    ws.write(8, 0, "注：全年为1-12月合计。")
    wb.save(str(sub / fn))


def m3_sm_sheet_per_month(sub: Path, E: Expected) -> None:
    from openpyxl.styles import Font

    fn = "SYNTHETIC_石门县人民医院2024年月报.xlsx"
    wb = openpyxl_book()
    vals = _stats(33, (19000, 1250, 260, 52, 18))
    labels = ["门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]
    for m, v in enumerate(vals, 1):
        ws = wb.active if m == 1 else wb.create_sheet()
        ws.title = f"{m}月"
        ws["A1"] = f"石门县人民医院2024年{m}月业务报表（合成数据）"
        ws.merge_cells("A1:B1")
        ws["A1"].font = Font(bold=True)
        ws["A2"] = "项目"
        ws["B2"] = "数值"
        for i, lab in enumerate(labels):
            ws.cell(3 + i, 1, lab)
            ws.cell(3 + i, 2, v[i])
        ws["A9"] = "填报人：统计室"
        ws.column_dimensions["A"].width = 16
        ws.column_dimensions["B"].width = 12
        E.row("hospital_monthly_stats", fn, f"{m}月", None, {"recipient_hospital_id": SM},
              {"year": 2024, "month": m, "outpatient_visits": v[0], "discharges": v[1], "surgeries": v[2],
               "referrals_out": v[3], "referrals_down_received": v[4]},
              note="one sheet per month, label|value: source_row not checked" if m == 1 else None)
    save_openpyxl(wb, sub / fn)


def m4_ylfy_csv(sub: Path, E: Expected) -> None:
    fn = "SYNTHETIC_云岭县妇幼保健院2024年月度统计.csv"
    stem = fn[:-4]
    rows = [["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    vals = _stats(44, (8200, 420, 95, 11, 3))
    for m, v in enumerate(vals, 1):
        rows.append([f"2024年{m}月", *v])
        E.row("hospital_monthly_stats", fn, stem, m + 1, {"recipient_hospital_id": YLFY},
              {"year": 2024, "month": m, "outpatient_visits": v[0], "discharges": v[1], "surgeries": v[2],
               "referrals_out": v[3], "referrals_down_received": v[4]})
    write_csv(sub / fn, rows, "gbk")


# =============================================================================================
BUILDERS = [
    s1_sheng_roster, s2_shiyi_two_batches, s3_shizy_csv, s4_bt_township_sections, s5_hs_label_value,
    s6_sheng_transposed, s7_shiyi_ylfy_csv,
    t1_sheng_trainees, t2_shiyi_trainees_ods, t3_bt_township_trainees_csv,
    w_shizy_ledger,
    n1_shiyi_techniques, n2_sheng_techniques_csv, n3_sm_township_techniques_xls, n4_bt_township_techniques_ods,
    a1_sheng_bt_activities, a3_hs_township_activities_xls, a4_sm_received_activities, a5_shiyi_ylfy_activities_csv,
    m1_bt_months_as_rows, m2_hs_months_as_columns, m3_sm_sheet_per_month, m4_ylfy_csv,
]


def build(outdir: Path) -> dict:
    raw = outdir / "data" / "raw"
    (raw / "reference").mkdir(parents=True, exist_ok=True)
    sub = raw / "submissions"
    sub.mkdir(exist_ok=True)
    E = Expected()
    meta: dict = {}
    pairing_list(raw / "reference", E, meta)
    for b in BUILDERS:
        b(sub, E)
    ids = sorted(i for i in E.ids if i)
    for f in sub.iterdir():
        assert f.name.startswith("SYNTHETIC_"), f.name
        assert not any(i in f.name for i in ids), f.name
    return harness_truth({
        "pairing_file": PAIRING_FILE,
        "person_key": "realworld4-test-key",
        "hospitals": meta["hospitals"],
        "pairings": meta["pairings"],
        "id_numbers_in_corpus": ids,
        "rows": E.rows,
    }, sorted(f.name for f in sub.iterdir()))


# a finding's `field` may be named by the contract column or by the form's label
FIELD_SYNONYMS = {
    "id_number": ["id_number", "id_card", "id_card_number", "idcard", "id_no", "身份证号", "身份证号码", "person_id"],
    "cases": ["cases", "开展例数", "例数"],
    "participants": ["participants", "参加人数"],
}


def harness_truth(exp: dict, files: list[str]) -> dict:
    """The expected values in tests/corpus_harness.py's shape (unified 2026-12-06), nothing dropped: the
    expected rows and the rows to quarantine (``quarantine``: true) split into ``rows`` (with ``places``; row
    None: a record spanning rows) and ``quarantines``; the findings expected on a row become ``row_findings``;
    every hospital's id is generated (no code list); a row whose note says its person_id basis is not checked
    is ``person_unchecked``; a quarantine of a hospital "not in the pairing list" is ``unresolved_hospital``
    (the others ``unusable``: any reason but a hospital's); each ID string of the corpus is filed under the
    18-digit number it spells (the 15-digit form, Excel's rounded and truncated ones)."""
    rows = [r for r in exp["rows"] if not r.get("quarantine")]
    for r in rows:
        r["places"] = [[r["file"], r["sheet"], r["row"]]]
        r["keys"] = []
        if "basis not checked" in (r.get("note") or ""):       # the wrong check digit: person_id left open
            r["person_unchecked"] = True
    quarantines = [dict(q, category="unresolved_hospital" if "not in the pairing list" in q["why"] else "unusable")
                   for q in exp["rows"] if q.get("quarantine")]
    canonical = [i for i in exp["id_numbers_in_corpus"] if len(i) == 18 and check_char(i[:17]) == i[17]]
    ids: dict[str, list] = {c: [] for c in canonical}
    for i in exp["id_numbers_in_corpus"]:
        if i in ids:
            continue
        of = [c for c in canonical if c.startswith(i[:14]) or (len(i) == 15 and c[:6] + c[8:17] == i)]
        ids.setdefault(of[0] if of else i, []).append(i)
    return dict(exp, rows=rows, quarantines=quarantines, submission_files=files, id_numbers=ids,
                hospitals=[dict(h, id_source="generated") for h in exp["hospitals"]],
                row_findings=[{"file": r["file"], "sheet": r["sheet"], "row": r["row"],
                               "what": FIELD_SYNONYMS.get(f, [f])} for r in rows for f in r.get("findings", [])])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    a = ap.parse_args(argv)
    exp = build(a.outdir)
    (a.outdir / "truth.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = {}
    for r in exp["rows"]:
        k = ("quarantine:" if r.get("quarantine") else "") + r["table"]
        n[k] = n.get(k, 0) + 1
    print("corpus written to", a.outdir, json.dumps(n, ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
