#!/usr/bin/env python
"""Independent "real-world" corpus no. 2 for the duikou ingest pipeline (合成数据 / SYNTHETIC).

Writes about 26 awkward submission files of the kind county hospitals, township health
centres, county health bureaus and provincial hospitals send in for the 城乡医院对口支援
programme, together with the values a correct reader must recover (OUTDIR/truth.json, in the
shape of tests/corpus_harness.py; expected.json until 2026-12-06) and a hospital registry
(OUTDIR/data/raw/reference/SYNTHETIC_registry.xlsx; the submissions in OUTDIR/data/raw/submissions/).

Everything here is synthetic: hospitals are fictional (青岚省, region codes 99xxxx), people
are invented, ID-card numbers use the non-existent region prefix 99 with a valid GB 11643
check digit computed below.

Usage:
    python tests/realworld2/make_corpus.py OUTDIR

Deterministic: the same command writes byte-identical files.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import io
import json
import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

FIXED_TS = datetime(2024, 2, 1, 9, 0, 0)
EXCEL_EPOCH = date(1899, 12, 30)

# --------------------------------------------------------------------------------------
# ID-card numbers (GB 11643-1999), fictional region codes 99xxxx
# --------------------------------------------------------------------------------------
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def check_char(first17: str) -> str:
    return _C[sum(int(a) * w for a, w in zip(first17, _W)) % 11]


def make_id(region: str, birth: str, seq: int, male: bool, want_x: bool = False) -> str:
    """18-char ID; the sequence's last digit is odd for men; optionally force check char X."""
    for k in range(0, 1000):
        s = (seq + k) % 1000
        if (s % 2 == 1) != male:
            continue
        first = f"{region}{birth}{s:03d}"
        c = check_char(first)
        if want_x and c != "X":
            continue
        return first + c
    raise RuntimeError("no id")


class P:
    """A fictional person."""

    def __init__(self, name, sex, region, birth, seq, want_x=False):
        self.name = name
        self.sex = sex
        self.id = make_id(region, birth, seq, sex == "男", want_x)


def bad_check(idn: str) -> str:
    """The same number with a wrong check character."""
    c = idn[17]
    alts = "0123456789X"
    return idn[:17] + alts[(alts.index(c) + 3) % 11]


# --------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------
PROVINCE = "青岚省"
HOSPITALS = [
    # id, name, level, grade, category, city, county, code, aliases
    ("QL001", "青岚省人民医院", "三级", "甲等", "综合医院", "明川市", "青湖区", "990101", ""),
    ("QL002", "青岚医科大学附属第一医院", "三级", "甲等", "综合医院", "明川市", "青湖区", "990101", "青医附一院"),
    ("QL003", "明川市中心医院", "三级", "甲等", "综合医院", "明川市", "青湖区", "990101", ""),
    ("QL004", "青岚省中医院", "三级", "甲等", "中医医院", "明川市", "青湖区", "990101", ""),
    ("QL101", "石桥县人民医院", "二级", "甲等", "综合医院", "明川市", "石桥县", "990121", "石桥县医院"),
    ("QL102", "雁鸣县人民医院", "二级", "甲等", "综合医院", "明川市", "雁鸣县", "990122", ""),
    ("QL103", "雁鸣县中医医院", "二级", "甲等", "中医医院", "明川市", "雁鸣县", "990122", "雁鸣县中医院"),
    ("QL104", "青禾县人民医院", "二级", "甲等", "综合医院", "明川市", "青禾县", "990123", ""),
    ("QL106", "望川县人民医院", "二级", "甲等", "综合医院", "云岫市", "望川县", "990221", "望川县总医院"),
    ("QL201", "石桥县青石镇卫生院", "一级", None, "乡镇卫生院", "明川市", "石桥县", "990121", "青石镇卫生院"),
    ("QL203", "青禾县桃源镇卫生院", "一级", None, "乡镇卫生院", "明川市", "青禾县", "990123", "桃源镇卫生院"),
]
NAME = {h[0]: h[1] for h in HOSPITALS}
PROG_3 = "三级医院对口支援县级医院"
PROG_T = "县级医院对口支援乡镇卫生院"
PAIRINGS = [
    ("QL001", "QL101", PROG_3, date(2022, 1, 1)),
    ("QL002", "QL104", PROG_3, date(2022, 7, 1)),
    ("QL004", "QL103", PROG_3, date(2022, 1, 1)),
    ("QL003", "QL106", PROG_3, date(2023, 1, 1)),
    ("QL101", "QL201", PROG_T, date(2022, 1, 1)),
    ("QL104", "QL203", PROG_T, date(2022, 7, 1)),
]


def month_before(d: date) -> date:
    y, m = (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# --------------------------------------------------------------------------------------
# Sheet model
# --------------------------------------------------------------------------------------
class D:
    """A real date cell with an Excel number format."""

    def __init__(self, d: date, fmt: str = "yyyy-mm-dd"):
        self.d, self.fmt = d, fmt


class N:
    """A numeric cell with a number format (e.g. an ID typed as a number, a serial date)."""

    def __init__(self, v, fmt: str = "General"):
        self.v, self.fmt = v, fmt


def iso(d: date) -> str:
    return d.isoformat()


def last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


class Sheet:
    def __init__(self, name: str, wide: bool = False, ignore: bool = False):
        self.name = name
        self.rows: list[list] = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.kinds: dict[int, str] = {}
        self.expect: list[dict] = []
        self.quar: list[dict] = []
        self.finds: list[dict] = []  # curated rows with a doubtful field (contract, section findings)
        self.wide = wide  # records are not one-per-row (months as columns, key-value forms)
        self.ignore = ignore  # not a contract form: nothing from it may be curated
        self.widths: dict[int, float] = {}

    def row(self, cells=(), kind="data", expect=None, quarantine=None, finding=None) -> int:
        """finding=(field, code, why): the row (also given in expect) is curated with a findings
        row for that field and code, and is not quarantined."""
        self.rows.append(list(cells))
        r = len(self.rows)
        self.kinds[r] = kind
        if expect is not None:
            for e in expect if isinstance(expect, list) else [expect]:
                e = dict(e)
                e["row"] = r
                self.expect.append(e)
        if quarantine is not None:
            self.quar.append({"row": r, "why": quarantine})
        if finding is not None:
            field, code, why = finding
            self.finds.append({"row": r, "field": field, "code": code, "why": why})
        return r

    def blank(self) -> int:
        return self.row([], kind="blank")

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

    def wide_expect(self, e: dict):
        e = dict(e)
        e["row"] = None
        e["wide"] = True
        self.expect.append(e)


class Book:
    def __init__(self, file: str, fmt: str, encoding: str | None = None, writer: str = "openpyxl"):
        self.file, self.fmt, self.encoding, self.writer = file, fmt, encoding, writer
        self.sheets: list[Sheet] = []

    def sheet(self, name: str, **kw) -> Sheet:
        s = Sheet(name, **kw)
        self.sheets.append(s)
        return s


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def _merged_cover(sheet: Sheet):
    cover = {}
    for r1, c1, r2, c2 in sheet.merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                cover[(r, c)] = (r == r1 and c == c1)
    return cover


def _normalise_zip(path: Path):
    """Rewrite a zip container with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info, data in items:
            if info.filename == "[Content_Types].xml" and path.suffix.lower() == ".xlsm":
                # a macro-enabled workbook (without macros) as Excel saves it
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2024-02-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 1, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_openpyxl(book: Book, path: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "synthetic"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    for sh in book.sheets:
        ws = wb.create_sheet(sh.name)
        cover = _merged_cover(sh)
        for r, cells in enumerate(sh.rows, start=1):
            for c, v in enumerate(cells, start=1):
                if v is None or (cover.get((r, c)) is False):
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(v, D):
                    cell.value = datetime(v.d.year, v.d.month, v.d.day)
                    cell.number_format = v.fmt
                elif isinstance(v, N):
                    cell.value = v.v
                    cell.number_format = v.fmt
                else:
                    cell.value = v
                if sh.kinds.get(r) == "title":
                    cell.font = Font(bold=True, size=14)
                    cell.alignment = Alignment(horizontal="center")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        for c, w in sh.widths.items():
            ws.column_dimensions[get_column_letter(c)].width = w
    wb.save(path)
    _normalise_zip(path)


def write_xlsxwriter(book: Book, path: Path):
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"author": "synthetic", "created": FIXED_TS})
    fmts: dict[str, object] = {}

    def f(num):
        if num not in fmts:
            fmts[num] = wb.add_format({"num_format": num, "align": "center", "valign": "vcenter"})
        return fmts[num]

    plain = wb.add_format({"align": "center", "valign": "vcenter", "text_wrap": True})
    title = wb.add_format({"bold": True, "font_size": 14, "align": "center"})
    for sh in book.sheets:
        ws = wb.add_worksheet(sh.name)
        cover = _merged_cover(sh)
        for r, cells in enumerate(sh.rows):
            for c, v in enumerate(cells):
                if v is None or (r + 1, c + 1) in cover:
                    continue
                _xw_write(ws, r, c, v, f, title if sh.kinds.get(r + 1) == "title" else plain)
        for r1, c1, r2, c2 in sh.merges:
            v = sh.rows[r1 - 1][c1 - 1] if c1 - 1 < len(sh.rows[r1 - 1]) else None
            fmt = title if sh.kinds.get(r1) == "title" else plain
            if isinstance(v, D):
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "", f(v.fmt))
                ws.write_datetime(r1 - 1, c1 - 1, datetime(v.d.year, v.d.month, v.d.day), f(v.fmt))
            else:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "" if v is None else v, fmt)
        for c, w in sh.widths.items():
            ws.set_column(c - 1, c - 1, w)
    wb.close()
    _normalise_zip(path)


def _xw_write(ws, r, c, v, f, plain):
    if isinstance(v, D):
        ws.write_datetime(r, c, datetime(v.d.year, v.d.month, v.d.day), f(v.fmt))
    elif isinstance(v, N):
        ws.write_number(r, c, v.v, f(v.fmt))
    elif isinstance(v, str):
        ws.write_string(r, c, v, plain)
    else:
        ws.write(r, c, v, plain)


def write_xlwt(book: Book, path: Path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    styles: dict[str, object] = {}

    def st(num):
        if num not in styles:
            s = xlwt.XFStyle()
            s.num_format_str = num
            styles[num] = s
        return styles[num]

    for sh in book.sheets:
        ws = wb.add_sheet(sh.name)
        cover = _merged_cover(sh)
        for r1, c1, r2, c2 in sh.merges:
            v = sh.rows[r1 - 1][c1 - 1] if c1 - 1 < len(sh.rows[r1 - 1]) else None
            if isinstance(v, D):
                ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, v.d, st(v.fmt))
            else:
                ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, "" if v is None else v)
        for r, cells in enumerate(sh.rows):
            for c, v in enumerate(cells):
                if v is None or (r + 1, c + 1) in cover:
                    continue
                if isinstance(v, D):
                    ws.write(r, c, v.d, st(v.fmt))
                elif isinstance(v, N):
                    ws.write(r, c, v.v, st(v.fmt))
                else:
                    ws.write(r, c, v)
    wb.save(str(path))


def write_ods(book: Book, path: Path):
    import pandas as pd

    with pd.ExcelWriter(path, engine="odf") as xw:
        for sh in book.sheets:
            width = max((len(r) for r in sh.rows), default=1)
            grid = []
            for cells in sh.rows:
                out = []
                for v in list(cells) + [None] * (width - len(cells)):
                    if isinstance(v, D):
                        v = v.d
                    elif isinstance(v, N):
                        v = v.v
                    out.append(v)
                grid.append(out)
            pd.DataFrame(grid, dtype=object).to_excel(xw, sheet_name=sh.name, header=False, index=False)
    _normalise_zip(path)


def write_csv(book: Book, path: Path):
    assert len(book.sheets) == 1
    sh = book.sheets[0]
    width = max(len(r) for r in sh.rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for cells in sh.rows:
        row = []
        for v in list(cells) + [None] * (width - len(cells)):
            assert not isinstance(v, (D, N)), "CSV cells are text"
            row.append("" if v is None else str(v))
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode(book.encoding))


def write_book(book: Book, outdir: Path):
    path = outdir / book.file
    if book.fmt == "csv":
        write_csv(book, path)
    elif book.fmt == "xls":
        write_xlwt(book, path)
    elif book.fmt == "ods":
        write_ods(book, path)
    elif book.writer == "xlsxwriter":
        write_xlsxwriter(book, path)
    else:
        write_openpyxl(book, path)
    return path


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
# F01: 青岚省人民医院 -> 石桥县人民医院 (2023)
p_zhou = P("周建国", "男", "990101", "19750312", 215)
p_lin = P("林晓燕", "女", "990101", "19820721", 102)
p_chen = P("陈志远", "男", "990101", "19860105", 337)
p_wang = P("王丽娟", "女", "990101", "19790918", 48)
p_zhao = P("赵明", "男", "990101", "19880227", 511)
p_liu = P("刘洋", "男", "990101", "19900611", 73)
p_sun = P("孙浩", "男", "990101", "19870404", 229)  # impossible start date -> quarantine
p_huang = P("黄静", "女", "990101", "19850830", 600, want_x=True)  # written with lower-case x
# F02: 明川市中心医院 -> 望川县人民医院 (2023)
p_qian = P("钱振华", "男", "990101", "19770215", 141)
p_gao = P("高雅琴", "女", "990101", "19830509", 262)
p_xie = P("谢文博", "男", "990101", "19840923", 383)
p_pan = P("潘立新", "男", "990101", "19720130", 404)
p_du = P("杜鹃", "女", "990101", "19890317", 526)
p_lu = P("陆一鸣", "男", "990101", "19851111", 647)
# F03 / F20: 青岚省中医院 -> 雁鸣县中医医院
p_zhengqs = P("郑秋实", "男", "990101", "19700802", 19)
p_wutong = P("吴桐", "女", "990101", "19870606", 142)
p_feng = P("冯婉清", "女", "990101", "19800424", 264)
p_he = P("何山", "男", "990101", "19760119", 385)
p_xu = P("许慧敏", "女", "990101", "19860727", 508)
p_yuan = P("袁志刚", "男", "990101", "19810310", 631)
p_shen = P("沈佳怡", "女", "990101", "19910102", 754)
# F04: 青禾县人民医院 trainees at 青医附一院
p_yang = P("杨帆", "男", "990123", "19920314", 31)
p_jiang = P("蒋丽", "女", "990123", "19930819", 152)
p_han = P("韩磊", "男", "990123", "19900226", 273)
p_cao = P("曹雪", "女", "990123", "19940705", 394)
p_deng = P("邓超", "男", "990123", "19910928", 415)  # wrong check digit -> curated with a finding
p_peng = P("彭静", "女", "990123", "19951230", 536)
# F05: 青石镇卫生院 trainees at 石桥县医院
p_ma = P("马晓东", "男", "990121", "19940510", 11)
p_luo = P("罗芳", "女", "990121", "19960211", 132)
p_tang = P("唐伟", "男", "990121", "19930620", 253)
p_song = P("宋佳", "女", "990121", "19970909", 374)
# F19: trainees received by 青医附一院
p_fang = P("方明", "男", "990123", "19890415", 91)
p_ren = P("任晓", "女", "990123", "19920822", 212)
p_yao = P("姚军", "男", "990123", "19880103", 333)
p_shi = P("石玉兰", "女", "990123", "19950518", 454)
p_bai = P("白杨", "男", "990199", "19900909", 575)  # unknown sending hospital -> quarantine
p_kong = P("孔祥瑞", "男", "990121", "19870221", 696)
# F20: trainees of 雁鸣县中医医院 at 青岚省中医院 (2024)
p_cui = P("崔晓丽", "女", "990122", "19920606", 17)
p_qiu = P("邱文", "男", "990122", "19900120", 138)
p_xia = P("夏雨", "女", "990122", "19960303", 259)
# F22: 石桥县人民医院 -> 青石镇卫生院
p_fu = P("傅国强", "男", "990121", "19800808", 61)
p_lei = P("雷敏", "女", "990121", "19880418", 182)
p_zhang = P("张伟", "男", "990121", "19910725", 303)
p_tian = P("田甜", "女", "990121", "19930114", 424)
# F23: 青禾县人民医院 -> 桃源镇卫生院
p_wei = P("魏东", "男", "990123", "19820530", 45)
p_tao = P("陶红", "女", "990123", "19850912", 166)
p_jin = P("金涛", "男", "990123", "19890227", 287)
p_qin = P("秦岭", "男", "990123", "19860806", 408)  # ID typed as a number -> curated (name-based id), finding


# --------------------------------------------------------------------------------------
# Expectation helpers
# --------------------------------------------------------------------------------------
def dep(p, sup, rec, start, end, **kw):
    e = {"table": "deployments", "id_number": p.id, "support_hospital_id": sup,
         "recipient_hospital_id": rec, "start_date": iso(start), "end_date": iso(end) if end else None}
    e.update(kw)
    return e


def tra(p, rec, host, start, end, **kw):
    e = {"table": "trainees", "id_number": p.id, "recipient_hospital_id": rec, "host_hospital_id": host,
         "start_date": iso(start), "end_date": iso(end) if end else None}
    e.update(kw)
    return e


def tech(rec, name, dept, first, cases, gap, sup="__skip__"):
    e = {"table": "techniques", "recipient_hospital_id": rec, "name": name, "department": dept,
         "first_performed_date": iso(first), "cases": cases, "fills_county_gap": gap}
    if sup != "__skip__":
        e["support_hospital_id"] = sup
    return e


def act(rec, sup, d, typ, topic, n):
    e = {"table": "activities", "recipient_hospital_id": rec, "activity_date": iso(d),
         "activity_type": typ, "topic": topic, "participants": n}
    if sup != "__skip__":
        e["support_hospital_id"] = sup
    return e


def mstat(h, y, m, ov, dis, sur, out, up=None, down=None, **skip):
    e = {"table": "hospital_monthly_stats", "recipient_hospital_id": h, "year": y, "month": m,
         "outpatient_visits": ov, "discharges": dis, "surgeries": sur, "referrals_out": out}
    if "no_up" not in skip:
        e["referrals_up_received"] = up
    if "no_down" not in skip:
        e["referrals_down_received"] = down
    return e


def assess(p, rec, y, m, score, sup="__skip__", checks="__skip__", present="__skip__"):
    e = {"table": "staff_monthly_assessments", "id_number": p.id, "recipient_hospital_id": rec,
         "year": y, "month": m, "score": score}
    if sup != "__skip__":
        e["support_hospital_id"] = sup
    if checks != "__skip__":
        e["spot_checks"] = checks
    if present != "__skip__":
        e["spot_checks_present"] = present
    return e


def county(code, name, y, total, outside):
    return {"table": "county_inpatient_stats", "county_code": code, "county_name": name, "year": y,
            "resident_admissions": total, "resident_admissions_outside_county": outside}


def spaced(name: str) -> str:
    """Two-character names padded the way forms align them: 张  伟."""
    return name[0] + "  " + name[1] if len(name) == 2 else name


# --------------------------------------------------------------------------------------
# The files
# --------------------------------------------------------------------------------------
def f01() -> Book:
    """County hospital's register of dispatched staff: merged title, two-level header, Excel
    dates mixed with text dates, a serial number, a yyyymmdd number, 序号, notes, footer."""
    b = Book("SYNTHETIC_石桥县人民医院_2023年派驻人员登记表.xlsx", "xlsx")
    s = b.sheet("派驻人员")
    s.widths = {4: 22, 10: 14, 11: 14}
    r = s.row(["青岚省人民医院对口支援石桥县人民医院派驻人员名单（2023年）（合成数据）"], kind="title")
    s.merge(r, 1, r, 14)
    r = s.row(["填报单位：石桥县人民医院（盖章）", None, None, None, None, None, None,
               "填报日期：2023年12月5日"], kind="meta")
    s.merge(r, 1, r, 6)
    h1 = s.row(["序号", "姓名", "性别", "身份证号码", "派出单位", "人员类别", "科室", "职称",
                "在受援医院任职", "派驻时间", None, "工作年限（年）", "受援医院发放补贴（元）", "备注"], kind="header")
    h2 = s.row([None] * 9 + ["开始", "结束"], kind="header")
    for c in list(range(1, 10)) + [12, 13, 14]:
        s.merge(h1, c, h2, c)
    s.merge(h1, 10, h1, 11)
    S, R = "QL001", "QL101"
    s.row([1, "周建国", "男", p_zhou.id, "青岚省人民医院", "医疗", "普外科", "主任医师", "副院长",
           D(date(2023, 1, 3)), D(date(2023, 6, 30)), 24, 0, None],
          expect=dep(p_zhou, S, R, date(2023, 1, 3), date(2023, 6, 30), department="普外科", title="主任医师",
                     title_rank="正高级", staff_category="医疗", position_at_recipient="副院长",
                     years_of_service=24, paid_by_recipient=0))
    s.row([2, "林晓燕", "女", p_lin.id, "青岚省人民医院", "护理", "护理部", "副主任护师", "护士长",
           D(date(2023, 1, 3), "yyyy/m/d"), "2023.6.30", "18年", "无", None],
          expect=dep(p_lin, S, R, date(2023, 1, 3), date(2023, 6, 30), department="护理部", title="副主任护师",
                     title_rank="副高级", staff_category="护理", position_at_recipient="护士长",
                     years_of_service=18, paid_by_recipient=0))
    s.row([3, "陈志远", "男", p_chen.id, "省人民医院", "医疗", "心内科", "主治", None,
           N(45017), "2023年9月30日", "十二", None, "4月1日到岗"],
          expect=dep(p_chen, S, R, date(2023, 4, 1), date(2023, 9, 30), department="心内科", title="主治医师",
                     title_rank="中级", staff_category="医疗", position_at_recipient=None,
                     years_of_service=12, paid_by_recipient=0))
    s.row([4, "王丽娟", "女", p_wang.id, "青岚省人民医院", "医疗", "中医科", "副主任医师（中医）", "科主任",
           "2023-7-1", "2023-12-31", 20, "500元", "受援医院发放生活补助"],
          expect=dep(p_wang, S, R, date(2023, 7, 1), date(2023, 12, 31), department="中医科", title="副主任医师",
                     title_rank="副高级", staff_category="医疗", position_at_recipient="科主任",
                     years_of_service=20, paid_by_recipient=500))
    s.row([5, " 赵 明 ", "男", p_zhao.id, "青岚省人民医院", "医技", "检验科", "主管技师", "无",
           "2023/07/01", "2023/12/31", "１１", None, None],
          expect=dep(p_zhao, S, R, date(2023, 7, 1), date(2023, 12, 31), department="检验科", title="主管技师",
                     title_rank="中级", staff_category="医技", position_at_recipient=None,
                     years_of_service=11, paid_by_recipient=0))
    s.row([6, "刘  洋", "男", p_liu.id, "青岚省人民医院", "医疗", "麻醉科", "主治医师", None,
           D(date(2023, 7, 1), 'yyyy"年"m"月"d"日"'), "2023.12", 9, 0, None],
          expect=dep(p_liu, S, R, date(2023, 7, 1), date(2023, 12, 31), department="麻醉科", title="主治医师",
                     title_rank="中级", staff_category="医疗", position_at_recipient=None,
                     years_of_service=9, paid_by_recipient=0))
    s.row([7, "孙浩", "男", p_sun.id, "青岚省人民医院", "医疗", "骨科", "副主任医师", None,
           "2023.2.30", "2023.8.31", 15, 0, None], quarantine="impossible date 2023.2.30")
    s.row([8, "黄  静", "女", p_huang.id.lower(), "青岚省人民医院", "护理", "重症医学科", "主管护师", None,
           N(20230703), N(20231231), 14, 0, None],
          expect=dep(p_huang, S, R, date(2023, 7, 3), date(2023, 12, 31), department="重症医学科", title="主管护师",
                     title_rank="中级", staff_category="护理", position_at_recipient=None,
                     years_of_service=14, paid_by_recipient=0))
    s.blank()
    r = s.row(["注：1.派驻时间以实际到岗、离岗日期为准；2.按规定受援医院不得向派驻人员发放奖金、津贴。"], kind="note")
    s.merge(r, 1, r, 14)
    s.row(["填表人：吴敏", None, None, "审核人：郑海", None, None, "联系电话：0990-6123456"], kind="signature")
    s.row(["单位负责人：（签字）", None, None, None, None, None, "（盖章）"], kind="signature")
    return b


def f02() -> Book:
    """Legacy .xls from a county hospital: default sheet name Sheet1, bracketed hospital name
    only in the title, support hospital only in the title, period ranges in one column,
    abbreviated titles (副高, 主治)."""
    b = Book("SYNTHETIC_望川县人民医院派驻医师花名册.xls", "xls")
    s = b.sheet("Sheet1")
    r = s.row(["明川市中心医院派驻望川县人民医院（望川县总医院）医师花名册（合成数据）"], kind="title")
    s.merge(r, 1, r, 10)
    s.row(["填报单位：", "望川县人民医院", None, None, None, "填报时间：", "2023-12-28"], kind="meta")
    s.row(["序号", "姓名", "性别", "出生年月", "身份证号", "学历", "职称", "派驻科室", "派驻期限", "在岗情况"],
          kind="header")
    S, R = "QL003", "QL106"
    s.row([1, "钱振华", "男", "1977.02", p_qian.id, "硕士研究生", "副高", "普外科", "2023.03—2023.09", "在岗"],
          expect=dep(p_qian, S, R, date(2023, 3, 1), date(2023, 9, 30), department="普外科", title_rank="副高级"))
    s.row([2, "高雅琴", "女", "1983.05", p_gao.id, "本科", "主治", "儿科", "2023.1.5-2023.7.4", "在岗"],
          expect=dep(p_gao, S, R, date(2023, 1, 5), date(2023, 7, 4), department="儿科", title="主治医师",
                     title_rank="中级"))
    s.row([3, "谢文博", "男", "1984.09", p_xie.id, "博士研究生", "副主任医师", "神经内科",
           "2023年3月1日至2023年8月31日", "在岗"],
          expect=dep(p_xie, S, R, date(2023, 3, 1), date(2023, 8, 31), department="神经内科", title="副主任医师",
                     title_rank="副高级"))
    s.row([4, "潘立新", "男", "1972.01", p_pan.id, "本科", "主任医师", "骨科", "2023.04～2023.09", "在岗"],
          expect=dep(p_pan, S, R, date(2023, 4, 1), date(2023, 9, 30), department="骨科", title="主任医师",
                     title_rank="正高级"))
    s.row([5, "杜鹃", "女", "1989.03", p_du.id, "本科", "主管护师", "ICU", "2023.7.1—2023.12.31", "在岗"],
          expect=dep(p_du, S, R, date(2023, 7, 1), date(2023, 12, 31), department="ICU", title="主管护师",
                     title_rank="中级"))
    s.row([6, "陆一鸣", "男", "1985.11", p_lu.id + " ", "硕士研究生", "主治医师", "消化内科",
           "2023/07/01-2023/12/31", "在岗"],
          expect=dep(p_lu, S, R, date(2023, 7, 1), date(2023, 12, 31), department="消化内科", title="主治医师",
                     title_rank="中级"))
    s.blank()
    s.row(["填表人：", "覃小红", None, "联系电话：", "13900000001", None, "审核人：", "黎明"], kind="signature")
    return b


def f03() -> Book:
    """CSV (UTF-8 with BOM) from a TCM county hospital: title line, start date + 半年/6个月/一年,
    written-assessment yes/no as 有/无, a tab-prefixed ID, a 合计 line and a 说明 line."""
    b = Book("SYNTHETIC_雁鸣县中医医院_派驻人员.csv", "csv", encoding="utf-8-sig")
    s = b.sheet(Path(b.file).stem)
    s.row(["雁鸣县中医医院对口支援专家信息表（合成数据）"], kind="title")
    s.row(["序号", "专家姓名", "身份证号", "派出医院", "职称", "科室", "到岗时间", "派驻期限", "担任职务",
           "书面考核意见"], kind="header")
    S, R = "QL004", "QL103"
    s.row(["1", "郑秋实", p_zhengqs.id, "青岚省中医院", "主任医师", "针灸科", "2023-3-1", "半年", "副院长", "有"],
          expect=dep(p_zhengqs, S, R, date(2023, 3, 1), date(2023, 8, 31), department="针灸科", title="主任医师",
                     title_rank="正高级", position_at_recipient="副院长", written_assessment=True))
    s.row(["2", "吴  桐", p_wutong.id, "青岚省中医院", "主治中医师", "脾胃病科", "20230301", "6个月", "无", "有"],
          expect=dep(p_wutong, S, R, date(2023, 3, 1), date(2023, 8, 31), department="脾胃病科",
                     title_rank="中级", position_at_recipient=None, written_assessment=True))
    s.row(["3", "冯婉清", p_feng.id, "青岚省中医院", "副主任护师", "护理部", "2023-03-01", "6个月", "护理部副主任",
           "无"],
          expect=dep(p_feng, S, R, date(2023, 3, 1), date(2023, 8, 31), department="护理部", title="副主任护师",
                     title_rank="副高级", position_at_recipient="护理部副主任", written_assessment=False))
    s.row(["4", "何  山", p_he.id, "青岚省中医院", "副主任医师（中医）", "骨伤科", "2023-9-1", "一年", "科主任", ""],
          expect=dep(p_he, S, R, date(2023, 9, 1), date(2024, 8, 31), department="骨伤科", title="副主任医师",
                     title_rank="副高级", position_at_recipient="科主任", written_assessment=None))
    s.row(["5", "许慧敏", "\t" + p_xu.id, "青岚省中医院", "主管药师", "药剂科", "2023-9-1", "半年", "", ""],
          expect=dep(p_xu, S, R, date(2023, 9, 1), date(2024, 2, 29), department="药剂科", title="主管药师",
                     title_rank="中级", position_at_recipient=None))
    s.row(["合计：5人"], kind="total")
    s.row(["说明：派驻期限自到岗之日起计算；书面考核意见由受援医院在派驻结束时出具。"], kind="note")
    return b


def f04() -> Book:
    """xlsxwriter workbook: trainees a county hospital sent to 青医附一院; two-level header
    (进修时间 → 起止时间, 时长), month-only ranges, 免费/√/×, own department vs training
    department (原科室 vs 进修专业), wrong check digit row (curated with a finding)."""
    b = Book("SYNTHETIC_青禾县人民医院进修人员登记（2023）.xlsx", "xlsx", writer="xlsxwriter")
    s = b.sheet("进修登记")
    s.widths = {3: 22, 7: 26}
    r = s.row(["青禾县人民医院2023年选派人员外出进修登记表（合成数据）"], kind="title")
    s.merge(r, 1, r, 11)
    r = s.row(["报告期：2023年1月—12月", None, None, None, None, None, "填报日期：2024年1月8日"], kind="meta")
    s.merge(r, 1, r, 4)
    s.merge(r, 7, r, 10)
    h1 = s.row(["序号", "姓名", "身份证号", "原科室", "进修单位", "进修专业", "进修时间", None, "进修费用（元）",
                "是否结业", "备注"], kind="header")
    h2 = s.row([None] * 6 + ["起止时间", "时长（月）"], kind="header")
    for c in (1, 2, 3, 4, 5, 6, 9, 10, 11):
        s.merge(h1, c, h2, c)
    s.merge(h1, 7, h1, 8)
    R, H = "QL104", "QL002"
    s.row([1, "杨帆", p_yang.id, "急诊科", "青医附一院", "重症医学科", "2023.03—2023.08", 6, "免费", "是"],
          expect=tra(p_yang, R, H, date(2023, 3, 1), date(2023, 8, 31), department="重症医学科", fee_charged=0,
                     completed=True))
    s.row([2, "蒋丽", p_jiang.id, "内科", "青岚医科大学附属第一医院", "血液净化中心", "2023.3.1-2023.8.31", 6, 0, "√"],
          expect=tra(p_jiang, R, H, date(2023, 3, 1), date(2023, 8, 31), department="血液净化中心",
                     fee_charged=0, completed=True))
    s.row([3, "韩磊", p_han.id, "外科", "青医附一院", "泌尿外科", "2023年4月1日至2023年9月30日", 6, "免费", "√"],
          expect=tra(p_han, R, H, date(2023, 4, 1), date(2023, 9, 30), department="泌尿外科", fee_charged=0,
                     completed=True))
    s.row([4, "曹雪", p_cao.id, "功能科", "青医附一院", "超声医学科", "2023.09—2024.02", 6, None, "否", "进修中"],
          expect=tra(p_cao, R, H, date(2023, 9, 1), date(2024, 2, 29), department="超声医学科", fee_charged=None,
                     completed=False))
    # wrong check digit: curated, person_id hashed from the number as written (data contract, findings)
    s.row([5, "邓超", bad_check(p_deng.id), "骨科", "青医附一院", "关节外科", "2023.05—2023.10", 6, "免费", "是"],
          expect=dict(tra(p_deng, R, H, date(2023, 5, 1), date(2023, 10, 31), department="关节外科", fee_charged=0,
                          completed=True), id_number=bad_check(p_deng.id)),
          finding=("id_number", "ID_CHECK_DIGIT", "ID check digit wrong"))
    s.row([6, "彭静", p_peng.id, "病理科", "青医附一院", "病理科", "2023.10.9—2024.4.8", 6, "3000", "×", "进修中"],
          expect=tra(p_peng, R, H, date(2023, 10, 9), date(2024, 4, 8), department="病理科", fee_charged=3000,
                     completed=False))
    s.row(["合计", None, None, None, None, None, "6人"], kind="total")
    s.blank()
    s.row(["填表人：", "程丹", None, "审核人：", "庞伟", None, "联系电话：", "0990-3216549"], kind="signature")
    return b


def f05() -> Book:
    """GBK CSV from a township health centre: hospital alias 石桥县医院, 年月日 and slash dates,
    month-only dates, an apostrophe-prefixed ID, 已结业/未结业, a 备注 line."""
    b = Book("SYNTHETIC_石桥县青石镇卫生院进修人员.csv", "csv", encoding="gbk")
    s = b.sheet(Path(b.file).stem)
    s.row(["石桥县青石镇卫生院进修人员花名册（合成数据）"], kind="title")
    s.row(["单位（盖章）：石桥县青石镇卫生院", "", "", "", "", "", "报送时间：2023年11月20日"], kind="meta")
    s.row(["姓名", "性别", "身份证号码", "职称", "进修医院", "进修科室", "开始时间", "结束时间", "费用", "结业情况"],
          kind="header")
    R, H = "QL201", "QL101"
    s.row(["马晓东", "男", p_ma.id, "医师", "石桥县医院", "全科医学科", "2023年3月1日", "2023年8月31日", "免费", "已结业"],
          expect=tra(p_ma, R, H, date(2023, 3, 1), date(2023, 8, 31), department="全科医学科", fee_charged=0,
                     completed=True))
    s.row(["罗芳", "女", "'" + p_luo.id, "护士", "石桥县人民医院", "内科护理", "2023/03/01", "2023/08/31", "0", "已结业"],
          expect=tra(p_luo, R, H, date(2023, 3, 1), date(2023, 8, 31), department="内科护理", fee_charged=0,
                     completed=True))
    s.row(["唐伟", "男", p_tang.id, "医师", "石桥县医院", "放射科", "2023/9/1", "2024/2/29", "0", "未结业"],
          expect=tra(p_tang, R, H, date(2023, 9, 1), date(2024, 2, 29), department="放射科", fee_charged=0,
                     completed=False))
    s.row(["宋佳", "女", p_song.id, "检验士", "石桥县医院", "检验科", "2023.9", "2024.2", "免费", ""],
          expect=tra(p_song, R, H, date(2023, 9, 1), date(2024, 2, 29), department="检验科", fee_charged=0,
                     completed=None))
    s.blank()
    s.row(["备注：进修期间工资、绩效由卫生院照发，进修医院免收进修费。"], kind="note")
    return b


def f06() -> Book:
    """Techniques register: title + subtitle naming the support hospital, 填报单位 and 填报日期
    in one merged cell, counts as 12例 / full-width / Chinese numerals, 是/否/√/×,
    an unreadable count (十余例: curated, cases NULL, with a finding), a 合计 row and a 注 line."""
    b = Book("SYNTHETIC_新技术新业务开展情况汇总_石桥县人民医院.xlsx", "xlsx")
    s = b.sheet("新技术新业务")
    s.widths = {2: 34}
    r = s.row(["石桥县人民医院2023年度新技术、新业务开展情况统计表"], kind="title")
    s.merge(r, 1, r, 8)
    r = s.row(["（青岚省人民医院对口支援项目）（合成数据）"], kind="title")
    s.merge(r, 1, r, 8)
    r = s.row(["填报单位：石桥县人民医院（盖章）          填报日期：2024年1月10日"], kind="meta")
    s.merge(r, 1, r, 8)
    s.row(["序号", "新技术新项目名称", "科室", "开展时间", "例数", "是否填补我县空白", "指导专家", "备注"], kind="header")
    R = "QL101"
    s.row([1, "腹腔镜下胆囊切除术", "普外科", D(date(2023, 3, 15)), "12例", "是", "周建国"],
          expect=tech(R, "腹腔镜下胆囊切除术", "普外科", date(2023, 3, 15), 12, True))
    s.row([2, "经皮冠状动脉介入治疗（PCI）", "心内科", "2023.5.20", "８", "√", "陈志远"],
          expect=tech(R, "经皮冠状动脉介入治疗（PCI）", "心内科", date(2023, 5, 20), 8, True))
    s.row([3, "无痛胃肠镜检查", "消化内科", "2023年6月", "三十五", "否", None, "6月份起常规开展"],
          expect=tech(R, "无痛胃肠镜检查", "消化内科", date(2023, 6, 1), 35, False))
    s.row([4, "超声引导下神经阻滞麻醉", "麻醉科", D(date(2023, 8, 2), "yyyy/m/d"), "二十例", "是", "刘洋"],
          expect=tech(R, "超声引导下神经阻滞麻醉", "麻醉科", date(2023, 8, 2), 20, True))
    # the count is optional: curated with cases NULL and a finding (data contract, findings)
    s.row([5, "关节镜下半月板修补术", "骨科", "2023-9-11", "十余例", "是"],
          expect=tech(R, "关节镜下半月板修补术", "骨科", date(2023, 9, 11), None, True),
          finding=("cases", "UNPARSEABLE_OPTIONAL", "unreadable count 十余例"))
    s.row([6, "床旁连续性血液净化（CRRT）", "重症医学科", "2023/10/08", 6, "×", "黄静"],
          expect=tech(R, "床旁连续性血液净化（CRRT）", "重症医学科", date(2023, 10, 8), 6, False))
    s.row(["合计", "6项", None, None, 81], kind="total")
    r = s.row(["注：例数统计截至2023年12月31日；“是否填补我县空白”以县卫生健康局认定为准。"], kind="note")
    s.merge(r, 1, r, 8)
    return b


def f07() -> Book:
    """ODS (pandas + odf) from a TCM hospital: real date cells and text dates, month-only
    date, 一百二十, 有/无 for yes/no, support hospital per row."""
    b = Book("SYNTHETIC_雁鸣县中医医院2023年新技术新项目.ods", "ods")
    s = b.sheet("新技术")
    s.row(["雁鸣县中医医院新技术新项目登记表（2023年）　合成数据"], kind="title")
    s.row(["填报单位：雁鸣县中医医院", None, None, "报告期：2023年"], kind="meta")
    s.row(["项目名称", "所属科室", "支援单位", "首次开展日期", "累计开展例次", "县域首创（是/否）"], kind="header")
    R, S = "QL103", "QL004"
    s.row(["浮针疗法", "针灸科", "青岚省中医院", D(date(2023, 4, 10)), 46, "是"],
          expect=tech(R, "浮针疗法", "针灸科", date(2023, 4, 10), 46, True, S))
    s.row(["小针刀治疗", "骨伤科", "青岚省中医院", "2023年4月18日", "23例", "是"],
          expect=tech(R, "小针刀治疗", "骨伤科", date(2023, 4, 18), 23, True, S))
    s.row(["中药热奄包治疗", "脾胃病科", "青岚省中医院", "2023.05", "一百二十", "否"],
          expect=tech(R, "中药热奄包治疗", "脾胃病科", date(2023, 5, 1), 120, False, S))
    s.row(["穴位埋线", "针灸科", "青岚省中医院", "2023-6-5", "１５", "无"],
          expect=tech(R, "穴位埋线", "针灸科", date(2023, 6, 5), 15, False, S))
    s.row(["火龙罐综合灸", "治未病科", "青岚省中医院", "2023年9月", "58", "有"],
          expect=tech(R, "火龙罐综合灸", "治未病科", date(2023, 9, 1), 58, True, S))
    s.blank()
    s.row(["填表人：韦芳", None, "联系电话：0990-7654321"], kind="signature")
    return b


def f08() -> Book:
    """Activities, one sheet per quarter plus an instruction sheet; activity types written as
    people write them (专题讲座, 手术示范, 查房带教, 健康宣教); 本季度小计 row."""
    b = Book("SYNTHETIC_望川县人民医院_带教培训活动记录.xlsx", "xlsx")
    ins = b.sheet("填表说明", ignore=True)
    ins.row(["填表说明"], kind="title")
    ins.row(["1. 活动形式填写：学术讲座、教学查房、手术示教、疑难病例讨论、死亡病例讨论、技术培训、远程会诊、义诊、其他。"],
            kind="note")
    ins.row(["2. 日期格式：2023-01-01；参加人数填写实际签到人数。"], kind="note")
    ins.row(["3. 每季度结束后10日内报送医务科，联系电话0990-8123456。"], kind="note")
    R, S = "QL106", "QL003"
    quarters = [
        ("一季度", "第一季度", [
            (D(date(2023, 1, 12)), date(2023, 1, 12), "学术讲座", "学术讲座", "急性胸痛的规范化诊治", "38人", 38),
            ("2023.2.8", date(2023, 2, 8), "教学查房", "教学查房", "慢阻肺急性加重病例查房", "15", 15),
            ("2023.3.1", date(2023, 3, 1), "手术示范", "手术示教", "腹腔镜阑尾切除术", "6人", 6),
            ("2023.3.22", date(2023, 3, 22), "疑难病例讨论", "疑难病例讨论", "不明原因发热1例", "２２", 22),
        ]),
        ("二季度", "第二季度", [
            (D(date(2023, 4, 6), "yyyy/m/d"), date(2023, 4, 6), "专题讲座", "学术讲座", "院感防控与手卫生", 120, 120),
            ("2023年5月10日", date(2023, 5, 10), "远程会诊", "远程会诊", "脑出血术后患者会诊", 5, 5),
            ("2023年5月20日", date(2023, 5, 20), "义诊", "义诊", "“健康望川”下乡义诊", "二十", 20),
            ("2023年6月16日", date(2023, 6, 16), "死亡病例讨论", "死亡病例讨论", "重症胰腺炎死亡病例讨论", 18, 18),
        ]),
        ("三季度", "第三季度", [
            ("2023-07-07", date(2023, 7, 7), "技术培训", "技术培训", "心肺复苏技能培训", 56, 56),
            ("2023-08-15", date(2023, 8, 15), "查房带教", "教学查房", "糖尿病足查房", 12, 12),
            ("2023-09-20", date(2023, 9, 20), "健康宣教", "其他", "高血压社区健康宣教", 80, 80),
        ]),
    ]
    for sheet_name, qname, items in quarters:
        s = b.sheet(sheet_name)
        s.widths = {2: 14, 4: 30}
        r = s.row([f"望川县人民医院（望川县总医院）2023年{qname}对口支援带教培训活动登记（合成数据）"], kind="title")
        s.merge(r, 1, r, 7)
        s.row(["支援单位：明川市中心医院", None, None, "受援单位：望川县人民医院"], kind="meta")
        s.row(["序号", "日期", "活动形式", "主题/内容", "主讲（带教）专家", "参加人数", "地点"], kind="header")
        total = 0
        for i, (cell, d, written, typ, topic, ncell, n) in enumerate(items, start=1):
            s.row([i, cell, written, topic, ["钱振华", "谢文博", "潘立新", "高雅琴"][i % 4], ncell, "示教室"],
                  expect=act(R, S, d, typ, topic, n))
            total += n
        if sheet_name == "二季度":
            s.blank()
            s.row(["本季度小计", None, f"{len(items)}次", None, None, total], kind="total")
    return b


def f09() -> Book:
    """.xlsm activity ledger: the year only in the title, dates written as 3月15日 / 4.12,
    a 月份 column, support hospital named with its alias in brackets; a pivot sheet that is
    not a contract form."""
    b = Book("SYNTHETIC_青禾县人民医院带教活动登记表.xlsm", "xlsm")
    s = b.sheet("带教记录")
    r = s.row(["青禾县人民医院2023年度对口支援带教活动台账（合成数据）"], kind="title")
    s.merge(r, 1, r, 6)
    r = s.row(["支援医院：青岚医科大学附属第一医院（青医附一院）"], kind="meta")
    s.merge(r, 1, r, 6)
    s.row(["月份", "日期", "类型", "内容", "专家", "人数"], kind="header")
    R, S = "QL104", "QL002"
    items = [
        ("3月", "3月15日", date(2023, 3, 15), "教学查房", "急性心梗溶栓后查房", 14),
        ("3月", "3月28日", date(2023, 3, 28), "学术讲座", "抗菌药物合理使用", 65),
        ("4月", "4.12", date(2023, 4, 12), "手术示教", "经尿道前列腺电切术", 8),
        ("5月", "5月9日", date(2023, 5, 9), "疑难病例讨论", "肺部阴影待查", 20),
        ("6月", "6月30日", date(2023, 6, 30), "技术培训", "新生儿复苏培训", 32),
        ("9月", "9月14日", date(2023, 9, 14), "远程会诊", "外院转入危重患者远程会诊", 6),
    ]
    for m, cell, d, typ, topic, n in items:
        s.row([m, cell, typ, topic, "方教授", n], expect=act(R, S, d, typ, topic, n))
    s.row(["合计", None, "6次", None, None, 145], kind="total")
    p = b.sheet("统计", ignore=True)
    p.row(["活动类型", "次数", "人次"], kind="header")
    for typ, k, n in [("教学查房", 1, 14), ("学术讲座", 1, 65), ("手术示教", 1, 8), ("疑难病例讨论", 1, 20),
                      ("技术培训", 1, 32), ("远程会诊", 1, 6)]:
        p.row([typ, k, n], kind="data")
    p.row(["总计", 6, 145], kind="total")
    return b


# Monthly stats values: deterministic arithmetic, no randomness.
def _ms(base_ov, base_dis, base_sur, base_out, base_up, base_down, m, k=1):
    return (base_ov + 611 * m + (m * 137 * k) % 503,
            base_dis + 23 * m + (m * 31 * k) % 47,
            base_sur + 7 * m + (m * 13 * k) % 19,
            base_out + (m * 7 * k) % 11,
            None if base_up is None else base_up + (m * 5 * k) % 9,
            None if base_down is None else base_down + (m * 3 * k) % 5)


def f10() -> Book:
    """Monthly statistics with months as columns and indicators as rows; hospital named only
    in the title; a 全年合计 column that is not a 13th month; semantic headers
    (向上级医院转诊人次 = referrals_out, 接收乡镇卫生院上转 = referrals_up_received)."""
    b = Book("SYNTHETIC_受援医院月度业务统计_石桥县人民医院_2023.xlsx", "xlsx")
    s = b.sheet("2023年", wide=True)
    r = s.row(["石桥县人民医院2023年1—12月主要业务指标月报表（合成数据）"], kind="title")
    s.merge(r, 1, r, 14)
    s.row(["单位：人次、台次"], kind="meta")
    s.row(["指标名称"] + [f"{m}月" for m in range(1, 13)] + ["全年合计"], kind="header")
    vals = {m: _ms(21000, 820, 260, 35, 40, 12, m) for m in range(1, 13)}
    labels = ["门急诊人次", "出院人数", "手术台次", "向上级医院转诊人次", "接收乡镇卫生院上转人次", "接收上级医院下转人次"]
    for i, lab in enumerate(labels):
        row = [lab] + [N(vals[m][i], "#,##0") for m in range(1, 13)] + [N(sum(vals[m][i] for m in range(1, 13)), "#,##0")]
        s.row(row, kind="data")
    for m in range(1, 13):
        v = vals[m]
        s.wide_expect(mstat("QL101", 2023, m, *v))
    s.blank()
    s.row(["统计：吕芳", None, None, "审核：蔡建", None, None, None, None, "报出日期：", D(date(2024, 1, 15))],
          kind="signature")
    return b


def f11() -> Book:
    """Legacy .xls with one sheet per month (sheet names 1月…6月), each a vertical form:
    项目 | 本月 | 上年同期 | 增减（%）, with an extra 其中 line under 转出人次."""
    b = Book("SYNTHETIC_雁鸣县中医医院2023年月报.xls", "xls")
    for m in range(1, 7):
        s = b.sheet(f"{m}月", wide=True)
        s.row(["雁鸣县中医医院业务统计月报（合成数据）"], kind="title")
        s.row([f"2023年{m}月"], kind="meta")
        s.row(["项目", "本月", "上年同期", "增减（%）"], kind="header")
        v = _ms(9800, 310, 64, 21, None, 6, m, k=3)
        ly = _ms(9100, 290, 55, 25, None, 4, m, k=5)
        labels = [("门急诊人次", v[0], ly[0]), ("出院人数", v[1], ly[1]), ("手术台次", v[2], ly[2]),
                  ("转出人次", v[3], ly[3]), ("其中：转往省级医院", v[3] - 4, ly[3] - 5),
                  ("下转接收人次", v[5], ly[5])]
        for lab, a, c in labels:
            s.row([lab, a, c, round((a - c) / c * 100, 1)], kind="data")
        s.blank()
        s.row(["制表：韦丽", None, "审核：覃刚"], kind="signature")
        s.wide_expect(mstat("QL103", 2023, m, v[0], v[1], v[2], v[3], down=v[5], no_up=True))
    return b


def f12() -> Book:
    """County health bureau summary: several hospitals in one sheet, hospital name in a
    vertically merged cell, months as rows (1月…6月), 小计 per hospital and 合计, "—" for
    not applicable, 填报单位 and 报告期 in one cell."""
    b = Book("SYNTHETIC_石桥县卫生健康局_县域医疗机构月度业务量汇总.xlsx", "xlsx")
    s = b.sheet("汇总")
    r = s.row(["石桥县2022年上半年县域医疗机构业务量汇总表（合成数据）"], kind="title")
    s.merge(r, 1, r, 9)
    r = s.row(["填报单位：石桥县卫生健康局          报告期：2022年1—6月"], kind="meta")
    s.merge(r, 1, r, 9)
    s.row(["序号", "机构名称", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "接收上转人次", "接收下转人次"],
          kind="header")
    grand = [0] * 6
    for idx, (hid, written, base) in enumerate([
        ("QL101", "石桥县人民医院", (19500, 760, 240, 33, 36, 10)),
        ("QL201", "青石镇卫生院", (3100, 42, 0, 18, None, 3)),
    ], start=1):
        first = None
        sub = [0] * 6
        for m in range(1, 7):
            v = list(_ms(*base, m, k=idx + 7))
            if hid == "QL201":
                v[2] = 0
            cells = [idx if m == 1 else None, written if m == 1 else None, f"{m}月"] + \
                    ["—" if x is None else x for x in v]
            r = s.row(cells, expect=mstat(hid, 2022, m, *v))
            first = first or r
            for i, x in enumerate(v):
                sub[i] += x or 0
        s.merge(first, 1, first + 5, 1)
        s.merge(first, 2, first + 5, 2)
        s.row([None, "小计", None] + sub, kind="total")
        grand = [g + x for g, x in zip(grand, sub)]
    s.row(["合计", None, None] + grand, kind="total")
    s.blank()
    s.row(["填表人：孟婷", None, None, "联系电话：0990-6231234", None, None, "填报日期：2022年7月8日"], kind="signature")
    return b


def f13() -> Book:
    """GB18030 CSV (a rare character in the footer forces GB18030): months written in five
    different ways, thousands separators, an impossible month 2023年13月 (typo for 12月)."""
    b = Book("SYNTHETIC_雁鸣县人民医院月度统计.csv", "csv", encoding="gb18030")
    s = b.sheet(Path(b.file).stem)
    s.row(["雁鸣县人民医院2023年度月度业务量统计（合成数据）"], kind="title")
    s.row(["统计月份", "门诊急诊人次", "出院人次", "手术例数", "转外院人数", "备注"], kind="header")
    written = {1: "2023年1月", 2: "2023-02", 3: "2023.3", 4: "2023年4月", 5: "2023/05", 6: "2023年6月",
               7: "2023年7月", 8: "2023年8月", 9: "2023.09", 10: "2023年10月", 11: "2023年11月"}
    for m in range(1, 13):
        v = _ms(17600, 640, 190, 41, None, None, m, k=12)
        cells = [written.get(m, "2023年13月"), f"{v[0]:,}", v[1], v[2], v[3], "春节" if m == 1 else ""]
        if m == 12:
            s.row(cells, quarantine="impossible month 2023年13月")
        else:
            s.row(cells, expect=mstat("QL102", 2023, m, v[0], v[1], v[2], v[3], no_up=True, no_down=True))
    s.row(["填表人：王䶮", "", "审核：李强"], kind="signature")
    return b


def f14() -> Book:
    """ODS months as rows with Chinese month names (一月…十二月), 上半年小计, 下半年小计,
    全年合计 and a 说明 line."""
    b = Book("SYNTHETIC_望川县人民医院2023年业务统计.ods", "ods")
    s = b.sheet("业务量")
    s.row(["望川县人民医院（望川县总医院）2023年业务量统计表"], kind="title")
    s.row(["（合成数据，单位：人次）"], kind="meta")
    s.row(["月份", "门急诊量", "出院患者数", "手术量", "外转患者", "上级医院下转接收"], kind="header")
    cn = "一二三四五六七八九十"
    names = [cn[m - 1] + "月" if m <= 10 else "十" + cn[m - 11] + "月" for m in range(1, 13)]
    half = [0] * 5
    year = [0] * 5
    for m in range(1, 13):
        ov, dis, sur, out, _up, down = _ms(15200, 560, 150, 28, None, 8, m, k=13)
        v = [ov, dis, sur, out, down]
        s.row([names[m - 1]] + v, expect=mstat("QL106", 2023, m, ov, dis, sur, out, down=down, no_up=True))
        half = [a + x for a, x in zip(half, v)]
        year = [a + x for a, x in zip(year, v)]
        if m in (6, 12):
            s.row(["上半年小计" if m == 6 else "下半年小计"] + half, kind="total")
            half = [0] * 5
    s.row(["全年合计"] + year, kind="total")
    s.row(["说明：手术量含日间手术；外转患者指转往县外医疗机构的患者。"], kind="note")
    return b


def f15() -> Book:
    """UTF-8 CSV without BOM, months as columns headed 2023年1月…; the township health centre
    is named only in a footer line, by its alias (桃源镇卫生院)."""
    b = Book("SYNTHETIC_青禾县桃源镇卫生院月报.csv", "csv", encoding="utf-8")
    s = b.sheet(Path(b.file).stem, wide=True)
    s.row(["指标"] + [f"2023年{m}月" for m in range(1, 13)], kind="header")
    vals = {m: _ms(2600, 35, 0, 14, None, 2, m, k=17) for m in range(1, 13)}
    for i, lab in [(0, "门急诊诊疗人次"), (1, "出院人数"), (2, "手术台次"), (3, "上转人次"), (5, "接收下转人次")]:
        s.row([lab] + [0 if i == 2 else vals[m][i] for m in range(1, 13)])
    for m in range(1, 13):
        v = vals[m]
        s.wide_expect(mstat("QL203", 2023, m, v[0], v[1], 0, v[3], down=v[5], no_up=True))
    s.row(["填报单位：桃源镇卫生院（公章）", "", "", "", "填报人：郭丽", "", "", "", "日期：2024.1.6"], kind="signature")
    return b


def f16() -> Book:
    """Provincial summary of county inpatient flows: years as a merged two-level header with
    an extra derived column (县域内就诊率) in one year, indented county names, a city group
    heading row, 小计 and 全省合计 rows, a 注 line (xlsxwriter)."""
    b = Book("SYNTHETIC_青岚省县域住院流向统计表.xlsx", "xlsx", writer="xlsxwriter")
    s = b.sheet("县域住院流向")
    s.widths = {1: 14, 2: 12}
    r = s.row(["青岚省县域住院服务流向统计表（2021—2023年）（合成数据）"], kind="title")
    s.merge(r, 1, r, 9)
    s.row(["填报单位：青岚省卫生健康委员会规划信息处", None, None, None, None, "数据来源：全民健康信息平台"], kind="meta")
    h1 = s.row(["地区", "行政区划代码", "2021年", None, "2022年", None, "2023年", None, None], kind="header")
    h2 = s.row([None, None, "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内常住居民住院总人次",
                "其中：县域外住院人次", "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率（%）"],
               kind="header")
    s.merge(h1, 1, h2, 1)
    s.merge(h1, 2, h2, 2)
    s.merge(h1, 3, h1, 4)
    s.merge(h1, 5, h1, 6)
    s.merge(h1, 7, h1, 9)
    data = {
        ("990121", "石桥县"): [(52340, 9870), (54120, 9215), (55890, 8640)],
        ("990122", "雁鸣县"): [(38760, 8120), (39450, 7986), (40210, 7533)],
        ("990123", "青禾县"): [(44510, 10230), (45630, 9874), (46720, 9102)],
        ("990221", "望川县"): [(36980, 7810), (38020, 7354), (39170, 6725)],
    }

    def cells_for(code, name, vs, indent="    "):
        c = [indent + name, code]
        for y, (t, o) in enumerate(vs):
            c += [t, o]
        c.append(round((1 - vs[2][1] / vs[2][0]) * 100, 2))
        return c

    def exp(code, name, vs):
        return [county(code, name, 2021 + i, t, o) for i, (t, o) in enumerate(vs)]

    s.row(["明川市"], kind="header")
    sub = [[0, 0] for _ in range(3)]
    for code, name in [("990121", "石桥县"), ("990122", "雁鸣县"), ("990123", "青禾县")]:
        vs = data[(code, name)]
        s.row(cells_for(code, name, vs), expect=exp(code, name, vs))
        for i, (t, o) in enumerate(vs):
            sub[i][0] += t
            sub[i][1] += o
    s.row(["明川市小计", None] + [x for p in sub for x in p] + [round((1 - sub[2][1] / sub[2][0]) * 100, 2)],
          kind="total")
    s.row(["云岫市"], kind="header")
    vs = data[("990221", "望川县")]
    s.row(cells_for("990221", "望川县", vs), expect=exp("990221", "望川县", vs))
    tot = [[sub[i][0] + vs[i][0], sub[i][1] + vs[i][1]] for i in range(3)]
    s.row(["全省合计", None] + [x for p in tot for x in p] + [round((1 - tot[2][1] / tot[2][0]) * 100, 2)],
          kind="total")
    s.row(["注：县域内就诊率=（1-县域外住院人次/县域内常住居民住院总人次）×100%。"], kind="note")
    return b


def f17() -> Book:
    """Monthly assessments, one sheet per month (10月, 11月), the month in the title and the
    sheet name; scores as 95分; spot checks as 3次; an extra 考核结果 column."""
    b = Book("SYNTHETIC_派驻人员月考核表_石桥县人民医院_2023年.xlsx", "xlsx")
    R, S = "QL101", "QL001"
    people = [(p_wang, "中医科", "副主任医师"), (p_zhao, "检验科", "主管技师"), (p_liu, "麻醉科", "主治医师"),
              (p_huang, "重症医学科", "主管护师")]
    scores = {10: [(92.5, "3", 3), ("88", "3次", 2), (79, 3, 3), ("95分", 4, 4)],
              11: [(90, 3, 3), (86.5, 3, 3), ("81分", "3次", 3), (93, 3, 2)]}
    for m in (10, 11):
        s = b.sheet(f"{m}月")
        r = s.row([f"石桥县人民医院对口支援驻点人员月考核表（2023年{m}月）（合成数据）"], kind="title")
        s.merge(r, 1, r, 10)
        s.row(["支援医院：青岚省人民医院", None, None, None, "考核月份：", f"2023年{m}月"], kind="meta")
        s.row(["序号", "姓名", "身份证号", "科室", "职称", "考核得分", "电话抽查（次）", "其中在岗（次）", "考核结果", "备注"],
              kind="header")
        for i, ((p, dept, title), (sc, ck, pr)) in enumerate(zip(people, scores[m]), start=1):
            score = float(str(sc).replace("分", ""))
            ck_i = int(str(ck).replace("次", ""))
            idcell = p.id.lower() if p is p_huang else p.id
            s.row([i, p.name, idcell, dept, title, sc, ck, pr, "合格" if score >= 80 else "不合格"],
                  expect=assess(p, R, 2023, m, score, S, ck_i, pr))
        s.blank()
        s.row(["考核人：", "郑海", None, "审核：", "吴敏", None, "日期：", f"2023年{m + 1}月3日"], kind="signature")
    return b


def f18() -> Book:
    """GBK CSV with months as columns of scores (7月得分 … 9月得分), a blank where the person was
    not on site, an 平均分 column that is not a month."""
    b = Book("SYNTHETIC_望川县人民医院_派驻人员月度考核汇总.csv", "csv", encoding="gbk")
    s = b.sheet(Path(b.file).stem, wide=True)
    s.row(["望川县人民医院派驻人员2023年第三季度月度考核得分汇总（合成数据）"], kind="title")
    s.row(["姓名", "身份证号码", "派出单位", "7月得分", "8月得分", "9月得分", "平均分"], kind="header")
    R, S = "QL106", "QL003"
    rows = [(p_qian, [91, 89, 93]), (p_xie, [85.5, 88, None]), (p_du, [94, 92, 95]), (p_lu, [78, 83, 86])]
    for p, sc in rows:
        present = [x for x in sc if x is not None]
        s.row([p.name, p.id, "明川市中心医院"] + ["" if x is None else x for x in sc] +
              [round(sum(present) / len(present), 1)])
        for m, x in zip((7, 8, 9), sc):
            if x is not None:
                s.wide_expect(assess(p, R, 2023, m, float(x), S))
    s.row(["备注：谢文博9月已结束派驻。"], kind="note")
    return b


def f19() -> Book:
    """A provincial hospital's list of trainees it received from several counties: sending
    hospital per row (one misspelt, one unknown), Excel dates with yyyy/m/d format, a text
    date, fee 免收."""
    b = Book("SYNTHETIC_青岚医科大学附属第一医院_接收进修人员名单.xlsx", "xlsx")
    s = b.sheet("2023年接收进修")
    s.widths = {4: 20, 5: 22}
    r = s.row(["青岚医科大学附属第一医院2023年接收基层进修人员名单（合成数据）"], kind="title")
    s.merge(r, 1, r, 10)
    s.row(["填报科室：继续医学教育处", None, None, None, None, None, "填报日期：2024-01-12"], kind="meta")
    s.row(["序号", "姓名", "性别", "选送单位", "身份证号", "进修科室", "报到日期", "结业日期", "收取进修费（元）", "是否结业"],
          kind="header")
    H = "QL002"
    fmt = "yyyy/m/d"
    s.row([1, "方明", "男", "青禾县人民医院", p_fang.id, "心血管内科", D(date(2023, 5, 8), fmt), D(date(2023, 11, 7), fmt),
           "免收", "是"],
          expect=tra(p_fang, "QL104", H, date(2023, 5, 8), date(2023, 11, 7), department="心血管内科", fee_charged=0,
                     completed=True))
    s.row([2, "任晓", "女", "青禾县人名医院", p_ren.id, "产科", D(date(2023, 5, 8), fmt), D(date(2023, 11, 7), fmt),
           0, "是"],
          expect=tra(p_ren, "QL104", H, date(2023, 5, 8), date(2023, 11, 7), department="产科", fee_charged=0,
                     completed=True))
    s.row([3, "姚军", "男", "青禾县人民医院", p_yao.id, "神经外科", "2023.05.08", "2023.11.07", 0, "否"],
          expect=tra(p_yao, "QL104", H, date(2023, 5, 8), date(2023, 11, 7), department="神经外科", fee_charged=0,
                     completed=False))
    s.row([4, "石玉兰", "女", "桃源镇卫生院", p_shi.id, "全科医学科", D(date(2023, 9, 4), fmt), D(date(2024, 3, 3), fmt),
           "免收", None],
          expect=tra(p_shi, "QL203", H, date(2023, 9, 4), date(2024, 3, 3), department="全科医学科", fee_charged=0,
                     completed=None))
    s.row([5, "白杨", "男", "白鹭县人民医院", p_bai.id, "呼吸与危重症医学科", D(date(2023, 9, 4), fmt),
           D(date(2024, 3, 3), fmt), 0, None], quarantine="unknown hospital 白鹭县人民医院")
    s.row([6, "孔祥瑞", "男", "石桥县人民医院", p_kong.id, "肝胆外科", D(date(2023, 3, 6), fmt), D(date(2023, 9, 5), fmt),
           2400, "是"],
          expect=tra(p_kong, "QL101", H, date(2023, 3, 6), date(2023, 9, 5), department="肝胆外科", fee_charged=2400,
                     completed=True))
    s.blank()
    s.row(["说明：对口支援受援医院进修人员免收进修费；其他单位按规定收费。"], kind="note")
    return b


def f20() -> Book:
    """A support hospital's annual workbook with several forms: instruction sheet, 表1 派驻,
    表2 进修, 表3 新技术, 表4 带教活动 and a 汇总 pivot sheet (xlsxwriter)."""
    b = Book("SYNTHETIC_青岚省中医院_2024年对口支援工作情况表.xlsx", "xlsx", writer="xlsxwriter")
    S, R = "QL004", "QL103"
    ins = b.sheet("填表说明", ignore=True)
    ins.row(["填表说明"], kind="title")
    ins.row(["1. 本表由支援医院医务部填写，每年12月31日前报送。"], kind="note")
    ins.row(["2. 派驻起止时间格式：2024.03.01-2024.08.31。"], kind="note")
    ins.row(["3. 职称填写全称，如“主治医师”“副主任护师”。"], kind="note")

    s = b.sheet("表1 派驻人员")
    s.widths = {3: 22, 7: 26}
    r = s.row(["表1  青岚省中医院2024年对口支援雁鸣县中医院派驻人员情况（合成数据）"], kind="title")
    s.merge(r, 1, r, 9)
    s.row(["序号", "姓名", "身份证号", "科室", "职称", "职务", "派驻起止时间", "工作年限", "书面考核"], kind="header")
    s.row([1, "郑秋实", p_zhengqs.id, "针灸科", "主任医师", "副院长", "2024.03.01-2024.08.31", "30年", "√"],
          expect=dep(p_zhengqs, S, R, date(2024, 3, 1), date(2024, 8, 31), department="针灸科", title="主任医师",
                     title_rank="正高级", position_at_recipient="副院长", years_of_service=30,
                     written_assessment=True))
    s.row([2, "袁志刚", p_yuan.id, "肛肠科", "副主任医师", None, "2024.03.01-2024.08.31", 17, "√"],
          expect=dep(p_yuan, S, R, date(2024, 3, 1), date(2024, 8, 31), department="肛肠科", title="副主任医师",
                     title_rank="副高级", position_at_recipient=None, years_of_service=17, written_assessment=True))
    s.row([3, "沈佳怡", " ".join([p_shen.id[:6], p_shen.id[6:14], p_shen.id[14:]]), "康复科", "主管治疗师", None,
           "2024.09.02-2025.03.01", "九", "×"],
          expect=dep(p_shen, S, R, date(2024, 9, 2), date(2025, 3, 1), department="康复科", title_rank="中级",
                     position_at_recipient=None, years_of_service=9, written_assessment=False))
    s.row(["合计", "3人"], kind="total")

    t = b.sheet("表2 进修人员")
    r = t.row(["表2  青岚省中医院2024年接收雁鸣县中医院进修人员情况（合成数据）"], kind="title")
    t.merge(r, 1, r, 7)
    t.row(["序号", "姓名", "身份证号", "进修科室", "进修起止时间", "是否收费", "是否结业"], kind="header")
    t.row([1, "崔晓丽", p_cui.id, "针灸科", "2024年3月—2024年8月", "免费", "是"],
          expect=tra(p_cui, R, S, date(2024, 3, 1), date(2024, 8, 31), department="针灸科", fee_charged=0,
                     completed=True))
    t.row([2, "邱文", p_qiu.id, "骨伤科", "2024.3.4—2024.9.3", "免费", "是"],
          expect=tra(p_qiu, R, S, date(2024, 3, 4), date(2024, 9, 3), department="骨伤科", fee_charged=0,
                     completed=True))
    t.row([3, "夏雨", p_xia.id, "护理部", "2024.09—2025.02", "免费", "否"],
          expect=tra(p_xia, R, S, date(2024, 9, 1), date(2025, 2, 28), department="护理部", fee_charged=0,
                     completed=False))

    u = b.sheet("表3 新技术")
    r = u.row(["表3  青岚省中医院2024年帮助雁鸣县中医院开展新技术新业务情况（合成数据）"], kind="title")
    u.merge(r, 1, r, 6)
    u.row(["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白"], kind="header")
    u.row([1, "腹针疗法", "针灸科", D(date(2024, 4, 9), 'yyyy"年"m"月"d"日"'), 31, "是"],
          expect=tech(R, "腹针疗法", "针灸科", date(2024, 4, 9), 31, True, S))
    u.row([2, "痔疮套扎术（RPH）", "肛肠科", "2024.5", "19例", "是"],
          expect=tech(R, "痔疮套扎术（RPH）", "肛肠科", date(2024, 5, 1), 19, True, S))
    u.row([3, "中医康复训练指导", "康复科", "2024-10-15", "四十二", "否"],
          expect=tech(R, "中医康复训练指导", "康复科", date(2024, 10, 15), 42, False, S))

    v = b.sheet("表4 带教活动")
    r = v.row(["表4  青岚省中医院2024年在雁鸣县中医院开展带教培训情况（合成数据）"], kind="title")
    v.merge(r, 1, r, 5)
    v.row(["序号", "时间", "形式", "题目", "参加人员（人）"], kind="header")
    v.row([1, D(date(2024, 3, 20)), "学术讲座", "中医体质辨识与健康管理", 42],
          expect=act(R, S, date(2024, 3, 20), "学术讲座", "中医体质辨识与健康管理", 42))
    v.row([2, "2024.4.17", "教学查房", "腰椎间盘突出症查房", 16],
          expect=act(R, S, date(2024, 4, 17), "教学查房", "腰椎间盘突出症查房", 16))
    v.row([3, "2024.6.12", "疑难病例讨论", "顽固性失眠病例讨论", "12人"],
          expect=act(R, S, date(2024, 6, 12), "疑难病例讨论", "顽固性失眠病例讨论", 12))
    v.row([4, "2024.10.25", "义诊", "重阳节中医义诊", "三十"],
          expect=act(R, S, date(2024, 10, 25), "义诊", "重阳节中医义诊", 30))

    w = b.sheet("汇总", ignore=True)
    w.row(["项目", "数量", "单位"], kind="header")
    for lab, n, u_ in [("派驻人员", 3, "人"), ("接收进修", 3, "人"), ("新技术新业务", 3, "项"), ("带教培训", 4, "次")]:
        w.row([lab, n, u_], kind="data")
    return b


def f21() -> Book:
    """Provincial workbook with one sheet per recipient, the recipient named only in the sheet
    name; no title rows; a 目录 sheet; support hospital not stated."""
    b = Book("SYNTHETIC_青岚省卫健委_2024年上半年县级医院新技术新项目汇总.xlsx", "xlsx")
    idx = b.sheet("目录", ignore=True)
    idx.row(["序号", "受援医院", "项目数"], kind="header")
    data = {
        ("石桥县人民医院", "QL101"): [
            ("经鼻胃镜检查", "消化内科", D(date(2024, 2, 26)), date(2024, 2, 26), 14, 14, "有", True),
            ("动态血压监测", "心内科", "2024.3.5", date(2024, 3, 5), "40例", 40, "无", False),
        ],
        ("青禾县人民医院", "QL104"): [
            ("宫腔镜下子宫内膜息肉切除术", "妇科", "2024-1-16", date(2024, 1, 16), 9, 9, "有", True),
            ("无创呼吸机辅助通气", "呼吸内科", "2024年4月", date(2024, 4, 1), "二十六", 26, "无", False),
            ("新生儿经皮胆红素监测", "儿科", D(date(2024, 5, 6), "yyyy/m/d"), date(2024, 5, 6), "１２", 12, "无", False),
        ],
        ("望川县人民医院", "QL106"): [
            ("颅内血肿微创清除术", "神经外科", "2024.02.19", date(2024, 2, 19), 5, 5, "有", True),
        ],
    }
    for i, ((sheet_name, _hid), items) in enumerate(data.items(), start=1):
        idx.row([i, sheet_name, len(items)], kind="note")
    for (sheet_name, hid), items in data.items():
        s = b.sheet(sheet_name)
        s.row(["项目名称", "科室", "开展时间", "例数", "填补空白"], kind="header")
        for name, dept, cell, d, ncell, n, gap_cell, gap in items:
            s.row([name, dept, cell, ncell, gap_cell], expect=tech(hid, name, dept, d, n, gap))
    return b


def f22() -> Book:
    """UTF-8 CSV exported from a hospital information system: header line only, tab-prefixed
    IDs, phone numbers, recipient written as alias 青石镇卫生院, the support hospital named only
    in the file name, a 二〇二三年 date."""
    b = Book("SYNTHETIC_石桥县人民医院派驻乡镇卫生院人员.csv", "csv", encoding="utf-8")
    s = b.sheet(Path(b.file).stem)
    s.row(["人员姓名", "证件号码", "联系电话", "学历", "职称", "所在科室", "派往单位", "下派开始日期", "下派结束日期",
           "驻点职务"], kind="header")
    S, R = "QL101", "QL201"
    s.row(["傅国强", "\t" + p_fu.id, "13900000021", "本科", "主治医师", "内科", "青石镇卫生院", "2023-3-1", "2023.9.30",
           "业务院长"],
          expect=dep(p_fu, S, R, date(2023, 3, 1), date(2023, 9, 30), department="内科", title="主治医师",
                     title_rank="中级", position_at_recipient="副院长"))  # 业务院长 = 分管业务的副院长 (R05)
    s.row(["雷敏", "\t" + p_lei.id, "13900000022", "大专", "护师", "护理部", "青石镇卫生院", "2023-3-1", "2023.9.30", ""],
          expect=dep(p_lei, S, R, date(2023, 3, 1), date(2023, 9, 30), department="护理部", title="护师",
                     title_rank="初级", position_at_recipient=None))
    s.row(["张伟", "\t" + p_zhang.id, "13900000023", "本科", "住院医师", "外科", "青石镇卫生院", "二〇二三年十月一日",
           "2024-3-31", ""],
          expect=dep(p_zhang, S, R, date(2023, 10, 1), date(2024, 3, 31), department="外科", title="住院医师",
                     title_rank="初级", position_at_recipient=None))
    s.row(["田甜", "\t" + p_tian.id, "13900000024", "本科", "主管检验师", "检验科", "石桥县青石镇卫生院", "2023-10-1",
           "2024-3-31", ""],
          expect=dep(p_tian, S, R, date(2023, 10, 1), date(2024, 3, 31), department="检验科", title_rank="中级",
                     position_at_recipient=None))
    return b


def f23() -> Book:
    """A county hospital's workbook for its township dispatch: 派驻人员 sheet (one ID typed as
    a number, so Excel kept 15 digits: curated with a name-based person id and a finding) and a
    long-format 月考核 sheet with months written as 2023年7月 / 2023.08 / a date cell formatted 年月."""
    b = Book("SYNTHETIC_青禾县人民医院下派桃源镇卫生院人员及考核.xlsx", "xlsx")
    S, R = "QL104", "QL203"
    s = b.sheet("派驻人员")
    s.widths = {3: 22}
    r = s.row(["青禾县人民医院下派桃源镇卫生院驻点人员登记（合成数据）"], kind="title")
    s.merge(r, 1, r, 8)
    s.row(["序号", "姓名", "身份证号", "职称", "科室", "驻点时间起", "驻点时间止", "备注"], kind="header")
    s.row([1, "魏东", p_wei.id, "副主任医师", "内科", D(date(2023, 7, 1)), D(date(2023, 12, 31)), None],
          expect=dep(p_wei, S, R, date(2023, 7, 1), date(2023, 12, 31), department="内科", title="副主任医师",
                     title_rank="副高级"))
    s.row([2, "陶红", p_tao.id, "主管护师", "护理", D(date(2023, 7, 1)), D(date(2023, 12, 31)), None],
          expect=dep(p_tao, S, R, date(2023, 7, 1), date(2023, 12, 31), department="护理", title="主管护师",
                     title_rank="中级"))
    s.row([3, "金涛", p_jin.id, "主治医师", "中医科", "2023.7.1", "2023.12.31", "中医"],
          expect=dep(p_jin, S, R, date(2023, 7, 1), date(2023, 12, 31), department="中医科", title="主治医师",
                     title_rank="中级"))
    # no usable ID number: curated with person_id made from the name (person_id_basis 'name',
    # found by provenance: the expectation has no id_number) and a finding (data contract, findings)
    e_qin = dep(p_qin, S, R, date(2023, 7, 1), date(2023, 12, 31), department="外科", title="主治医师",
                title_rank="中级", person_id_basis="name")
    del e_qin["id_number"]
    s.row([4, "秦岭", N(float(p_qin.id), "0"), "主治医师", "外科", D(date(2023, 7, 1)), D(date(2023, 12, 31)),
           None], expect=e_qin, finding=("id_number", "ID_STORED_AS_NUMBER", "ID number typed as Excel number"))
    a = b.sheet("月考核")
    r = a.row(["驻点人员月度考核登记（合成数据）"], kind="title")
    a.merge(r, 1, r, 6)
    a.row(["姓名", "身份证号", "考核月份", "得分", "抽查次数", "在岗次数"], kind="header")
    for p, cell, m, sc, ck, pr in [
        (p_wei, "2023年7月", 7, 90, 3, 3),
        (p_tao, "2023年7月", 7, 88, 3, 3),
        (p_jin, "2023年7月", 7, 85, 3, 2),
        (p_wei, "2023.08", 8, 92, 4, 4),
        (p_tao, "2023.08", 8, 76, 3, 1),
        (p_jin, D(date(2023, 9, 1), 'yyyy"年"m"月"'), 9, 87, 3, 3),
    ]:
        a.row([p.name, p.id, cell, sc, ck, pr], expect=assess(p, R, 2023, m, float(sc), checks=ck, present=pr))
    return b


def f24() -> Book:
    """GB18030 CSV of activities: dates as yyyymmdd, counts as 30人, 支援单位/报告期 as
    key-value cells above the table."""
    b = Book("SYNTHETIC_雁鸣县中医医院_带教活动.csv", "csv", encoding="gb18030")
    s = b.sheet(Path(b.file).stem)
    s.row(["雁鸣县中医医院对口支援带教培训活动登记表（合成数据）"], kind="title")
    s.row(["支援单位：青岚省中医院", "", "", "报告期：2023年"], kind="meta")
    s.row(["活动时间", "活动类别", "活动主题", "授课专家", "参训人数"], kind="header")
    R, S = "QL103", "QL004"
    for cell, d, typ, topic, ncell, n in [
        ("20230412", date(2023, 4, 12), "学术讲座", "针灸治疗面瘫的临床应用", "30人", 30),
        ("20230510", date(2023, 5, 10), "教学查房", "中风恢复期病例查房", "12人", 12),
        ("20230621", date(2023, 6, 21), "技术培训", "中医护理技术操作培训", "45人", 45),
        ("20231108", date(2023, 11, 8), "疑难病例讨论", "慢性胃炎伴肠化病例讨论", "9人", 9),
    ]:
        s.row([cell, typ, topic, "郑秋实", ncell], expect=act(R, S, d, typ, topic, n))
    return b


def f25() -> Book:
    """Legacy .xls from a township centre: two-level header with grouped columns, months typed
    as integers 1…12, an extra column (家庭医生签约服务人次), township wording
    (向上转诊人次 = referrals out, 接收下转人次), a 合计 row."""
    b = Book("SYNTHETIC_石桥县青石镇卫生院_2023年业务月报表.xls", "xls")
    s = b.sheet("月报")
    r = s.row(["石桥县青石镇卫生院2023年业务月报表（合成数据）"], kind="title")
    s.merge(r, 1, r, 7)
    s.row(["报送单位：青石镇卫生院", None, None, None, "报送日期：2024年1月5日"], kind="meta")
    h1 = s.row(["月份", "诊疗服务", None, "住院服务", None, "双向转诊", None], kind="header")
    h2 = s.row([None, "门急诊人次", "家庭医生签约服务人次", "出院人数", "手术台次", "向上转诊人次", "接收下转人次"],
               kind="header")
    s.merge(h1, 1, h2, 1)
    s.merge(h1, 2, h1, 3)
    s.merge(h1, 4, h1, 5)
    s.merge(h1, 6, h1, 7)
    tot = [0] * 6
    for m in range(1, 13):
        ov, dis, _s, out, _u, down = _ms(3300, 45, 0, 17, None, 3, m, k=19)
        fam = 400 + 13 * m
        cells = [m, ov, fam, dis, 0, out, down]
        s.row(cells, expect=mstat("QL201", 2023, m, ov, dis, 0, out, down=down, no_up=True))
        tot = [a + x for a, x in zip(tot, cells[1:])]
    s.row(["合计"] + tot, kind="total")
    s.row(["填报人：邹敏", None, "审核人：冯刚", None, "联系电话：0990-6345678"], kind="signature")
    return b


def f26() -> Book:
    """A county health bureau's key-value form, no table at all."""
    b = Book("SYNTHETIC_望川县2024年县域住院情况.xlsx", "xlsx")
    s = b.sheet("Sheet1", wide=True)
    r = s.row(["望川县2024年县域住院服务情况（合成数据）"], kind="title")
    s.merge(r, 1, r, 3)
    s.row(["填报单位：望川县卫生健康局"], kind="meta")
    s.blank()
    s.row(["县域内常住居民住院总人次：", 40288, "人次"], kind="data")
    s.row(["其中：县域外住院人次：", 6013, "人次"], kind="data")
    s.row(["县域内就诊率：", "85.07%"], kind="data")
    s.blank()
    s.row(["填表人：甘露    联系电话：0991-2345678    填报日期：2025年1月20日"], kind="signature")
    s.wide_expect(county("990221", "望川县", 2024, 40288, 6013))
    return b


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19,
            f20, f21, f22, f23, f24, f25, f26]

# Name forms used in data cells that are not the official name, with the hospital they are.
# (Title-only forms are not listed: a reader need not record them as aliases.)
ALIASES_IN_CELLS = {
    "石桥县医院": "QL101",        # alias in the registry (F05)
    "青医附一院": "QL002",        # alias in the registry (F04)
    "省人民医院": "QL001",        # short form in the 派出单位 column (F01)
    "桃源镇卫生院": "QL203",      # alias in the registry (F19)
    "青石镇卫生院": "QL201",      # alias in the registry (F22)
    "青禾县人名医院": "QL104",    # deliberate misspelling: 名 for 民, IME slip (F19)
}
MISSPELLINGS = [{"written": "青禾县人名医院", "hospital_id": "QL104", "file": "SYNTHETIC_青岚医科大学附属第一医院_接收进修人员名单.xlsx",
                 "note": "IME slip 名 for 民; one character from the registry name, far from every other"}]


# --------------------------------------------------------------------------------------
# Registry workbook
# --------------------------------------------------------------------------------------
def write_registry(path: Path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "synthetic"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    ws = wb.active
    ws.title = "医疗机构名册"
    ws.append(["机构代码", "机构名称", "医院级别", "医院等次", "机构类别", "省", "市", "县（市、区）", "行政区划代码", "别名"])
    for hid, name, level, grade, cat, city, cty, code, alias in HOSPITALS:
        ws.append([hid, name, level, grade, cat, PROVINCE, city, cty, code, alias or None])
    for col, w in zip("ABCDEFGHIJ", (10, 28, 10, 10, 12, 8, 8, 12, 14, 16)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("对口支援关系")
    ws2.append(["支援医院", "受援医院", "支援项目", "起始日期", "终止日期", "协议签订日期"])
    for sup, rec, prog, start in PAIRINGS:
        ws2.append([NAME[sup], NAME[rec], prog, datetime(start.year, start.month, start.day), None,
                    datetime.combine(month_before(start), datetime.min.time())])
        for c in (4, 6):
            ws2.cell(row=ws2.max_row, column=c).number_format = "yyyy-mm-dd"
    for col, w in zip("ABCDEF", (28, 22, 26, 12, 12, 14)):
        ws2.column_dimensions[col].width = w
    wb.save(path)
    _normalise_zip(path)


def registry_expectations():
    hosp = [{"hospital_id": h[0], "name": h[1], "level": h[2], "grade": h[3], "category": h[4],
             "province": PROVINCE, "city": h[5], "county": h[6], "county_code": h[7]} for h in HOSPITALS]
    pairs = [{"support_hospital_id": s, "recipient_hospital_id": r, "programme": p, "start_date": iso(st),
              "end_date": None, "agreement_date": iso(month_before(st))} for s, r, p, st in PAIRINGS]
    return {"hospitals": hosp, "pairings": pairs}


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------
REGISTRY_FILE = "SYNTHETIC_registry.xlsx"


def build(out: Path) -> dict:
    outdir = out / "data" / "raw" / "submissions"
    outdir.mkdir(parents=True, exist_ok=True)
    registry = out / "data" / "raw" / "reference" / REGISTRY_FILE
    rows, quars, finds, sheets, files = [], [], [], [], []
    for builder in BUILDERS:
        book = builder()
        write_book(book, outdir)
        files.append({"file": book.file, "format": book.fmt, "encoding": book.encoding,
                      "layout": (builder.__doc__ or "").strip().replace("\n", " ")})
        for sh in book.sheets:
            for e in sh.expect:
                e = dict(e)
                e["file"], e["sheet"] = book.file, sh.name
                rows.append(e)
            for q in sh.quar:
                quars.append({"quarantine": True, "file": book.file, "sheet": sh.name, "row": q["row"],
                              "why": q["why"]})
            for fd in sh.finds:
                finds.append({"file": book.file, "sheet": sh.name, "row": fd["row"], "field": fd["field"],
                              "code": fd["code"], "why": fd["why"]})
            data_rows = sorted(r for r, k in sh.kinds.items() if k == "data")
            sheets.append({"file": book.file, "sheet": sh.name, "wide": sh.wide, "ignore": sh.ignore,
                           "n_rows": len(sh.rows), "data_rows": data_rows,
                           "nondata_rows": {str(r): k for r, k in sorted(sh.kinds.items()) if k != "data"}})
    doc = {
        "description": "合成数据 / SYNTHETIC. Expected contents of the realworld2 corpus written by make_corpus.py.",
        "conventions": {
            "dates": "YYYY-MM-DD; month-only start = 1st, month-only end = last day; 半年/6个月 = start + 6 months - 1 day",
            "id_number": "canonical 18-char ID (upper-case X); the test computes person_id from it. A row "
                         "with a wrong check digit gives the number as written; a person row without "
                         "id_number has no usable number (person_id from the name) and is found by provenance",
            "row": "1-based row as seen in Excel (line number for CSV); null with wide=true when one record is "
                   "spread over several rows/columns (months as columns, key-value forms)",
            "omitted fields": "a field absent from an expected row is not checked (e.g. title when only 副高 is written)",
            "paid_by_recipient": "0 and NULL are equivalent (contract: 0 or NULL when none)",
        },
        "files": files,
        "rows": rows,
        "quarantines": quars,
        "findings": finds,
        "sheets": sheets,
        "aliases_in_cells": ALIASES_IN_CELLS,
        "misspellings": MISSPELLINGS,
        "registry": registry_expectations(),
    }
    registry.parent.mkdir(parents=True, exist_ok=True)
    write_registry(registry)
    return harness_truth(doc)


META = {"table", "file", "sheet", "row", "wide", "id_number"}


def harness_truth(doc: dict) -> dict:
    """The expected contents in tests/corpus_harness.py's shape (unified 2026-12-06), nothing dropped: a row's
    values become ``fields`` (hospital ids are the registry's codes, compared as values) with ``places`` (row
    None: a wide record); the registry's hospitals and pairings by name (the programme compared too); the
    0-or-NULL fee as a field rule; findings by field and code as ``row_findings``; the rows' ID numbers."""
    name = {h["hospital_id"]: h["name"] for h in doc["registry"]["hospitals"]}
    for r in doc["rows"]:
        r.update(fields={k: v for k, v in r.items() if k not in META}, places=[[r["file"], r["sheet"], r["row"]]],
                 keys=[], hospitals={})
    for q in doc["quarantines"]:     # the category from the truth's own words
        q["category"] = "unresolved_hospital" if q["why"].startswith("unknown hospital") else "unusable"
    doc["hospitals"] = doc["registry"]["hospitals"]
    doc["pairings"] = [dict(p, support=name[p["support_hospital_id"]], recipient=name[p["recipient_hospital_id"]])
                       for p in doc["registry"]["pairings"]]
    doc["pairing_fields"] = ["support_hospital_id", "recipient_hospital_id", "programme"]
    doc["field_rules"] = {"paid_by_recipient": "zero_or_null"}
    doc["row_findings"] = doc.pop("findings")        # other findings are allowed (the harness's strict check is off)
    doc["submission_files"] = [f["file"] for f in doc["files"]]
    doc["pairing_file"] = REGISTRY_FILE
    doc["id_numbers"] = {i: [] for i in sorted({r["id_number"] for r in doc["rows"] if r.get("id_number")})}
    return doc


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("outdir", type=Path)
    a = ap.parse_args(argv)
    doc = build(a.outdir)
    (a.outdir / "truth.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(doc['files'])} files, {len(doc['rows'])} expected rows, {len(doc['quarantines'])} quarantines, "
          f"{len(doc['row_findings'])} findings "
          f"-> {a.outdir}")


if __name__ == "__main__":
    sys.exit(main())
