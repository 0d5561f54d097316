#!/usr/bin/env python3
"""Build the realworld8 corpus: one evaluation year (2025) of a fictional province, 雁湖省.

    python make_corpus.py OUTDIR [--truth PATH]

Writes OUTDIR/data/raw/reference/<附件1 …>.xlsx (the province's pairing list) and
OUTDIR/data/raw/2025/<submissions> (as the hospitals send them), and a truth file (JSON):
the rows a correct intake must curate, per table, with the values a person reading the file
would record, the rows that must be quarantined (with the reason category), the hospitals and
pairings of the list, and every spelling of every ID number in the corpus.

EVERYTHING HERE IS SYNTHETIC (合成数据): 雁湖省, its cities, counties, hospitals, people and
ID numbers are invented. ID numbers use region codes beginning 98 (no such region exists) with
a correct GB 11643-1999 check digit unless a row is meant to carry a wrong one.

Written without reading the tool's parser (see README.md). Deterministic: fixed seed, fixed
document properties.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
from pathlib import Path

SEED = 20250808
RNG = random.Random(SEED)
YEAR = 2025
FIXED_TS = dt.datetime(2026, 1, 10, 9, 0, 0)

# --------------------------------------------------------------------------- ID numbers
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(s17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, _W)) % 11]


def make_id(region: str, birth: dt.date, seq: int, *, digits_only=False) -> str:
    while True:
        s17 = f"{region}{birth:%Y%m%d}{seq:03d}"
        c = check_digit(s17)
        if not digits_only or c != "X":
            return s17 + c
        seq = (seq + 1) % 1000


def bad_check(idn: str) -> str:
    good = idn[-1]
    for c in "0123456789":
        if c != good:
            return idn[:-1] + c
    raise AssertionError


def to_fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or c == "X" else c for c in s)


def rand_birth() -> dt.date:
    return dt.date(RNG.randint(1966, 1996), RNG.randint(1, 12), RNG.randint(1, 28))


# --------------------------------------------------------------------------- the province
PROVINCE = "雁湖省"
S1, S2, S3, S4, S5 = "雁湖省人民医院", "雁湖省中医院", "青梧市第一人民医院", "临渊市人民医院", "青梧市妇幼保健院"
R1, R2, R3, R4, R5 = "蒲溪县人民医院", "蒲溪县中医院", "苍岭县人民医院", "柳塘县人民医院", "苍岭县妇幼保健院"
T1, T2, T3, T4 = "蒲溪县龙潭镇卫生院", "蒲溪县杏林乡卫生院", "苍岭县白鹭镇中心卫生院", "柳塘县青山镇卫生院"
COUNTY_CODE = {"蒲溪县": "980121", "苍岭县": "980122", "柳塘县": "980221"}

# recipients as the list describes them: name, 等级 as written, level, grade, category, city, county
RECIPIENTS = {
    R1: ("二级甲等", "二级", "甲等", "综合医院", "青梧市", "蒲溪县"),
    R2: ("二级甲等", "二级", "甲等", "中医医院", "青梧市", "蒲溪县"),
    R3: ("二级乙等", "二级", "乙等", "综合医院", "青梧市", "苍岭县"),
    R4: ("二级甲等", "二级", "甲等", "综合医院", "临渊市", "柳塘县"),
    R5: ("二级", "二级", None, "妇幼保健院", "青梧市", "苍岭县"),
    T1: ("一级甲等", "一级", "甲等", "乡镇卫生院", "青梧市", "蒲溪县"),
    T2: ("一级", "一级", None, "乡镇卫生院", "青梧市", "蒲溪县"),
    T3: ("一级乙等", "一级", "乙等", "乡镇卫生院", "青梧市", "苍岭县"),
    T4: ("未定级", "未定级", None, "乡镇卫生院", "临渊市", "柳塘县"),
}


def D(y, m, d) -> dt.date:
    return dt.date(y, m, d)


def last_day(y, m) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def serial(d: dt.date) -> int:
    return (d - dt.date(1899, 12, 30)).days


def iso(d):
    return None if d is None else d.isoformat()


# --------------------------------------------------------------------------- grids and writers
class Grid:
    """A sheet as a person lays it out: rows of cells (1-based row numbers as Excel shows them)."""

    def __init__(self, name: str, width: int):
        self.name, self.width = name, width
        self.rows: list[list] = []
        self.merges: list[tuple[int, int, int, int]] = []   # r1, c1, r2, c2 (1-based, inclusive)

    def add(self, *cells, merge_all=False) -> int:
        row = list(cells) + [None] * (self.width - len(cells))
        self.rows.append(row)
        n = len(self.rows)
        if merge_all:
            self.merges.append((n, 1, n, self.width))
        return n

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))


class ExcelSerial(int):
    """An Excel date serial typed as a plain number (no date format)."""


class AsNumber(float):
    """An ID number Excel stored as a number (digits lost)."""


def write_xlsx(path: Path, grids: list[Grid], widths=None):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "SYNTHETIC"
    wb.properties.title = "SYNTHETIC"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    for g in grids:
        ws = wb.create_sheet(g.name)
        for r, row in enumerate(g.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(v, ExcelSerial):
                    cell.value = int(v)
                elif isinstance(v, AsNumber):
                    cell.value = float(v)
                    cell.number_format = "0.00E+00"
                elif isinstance(v, dt.date):
                    cell.value = dt.datetime(v.year, v.month, v.day)
                    cell.number_format = 'yyyy"年"m"月"d"日"' if r % 2 else "yyyy-mm-dd"
                else:
                    cell.value = v
        for (r1, c1, r2, c2) in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center")
        if g.rows:
            ws.cell(row=1, column=1).font = Font(bold=True, size=14)
        for c in range(1, g.width + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 14
    wb.save(path)


def write_xls(path: Path, grids: list[Grid]):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    dstyle = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for g in grids:
        ws = wb.add_sheet(g.name)
        covered = set()
        for (r1, c1, r2, c2) in g.merges:
            v = g.rows[r1 - 1][c1 - 1]
            ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, "" if v is None else v)
            covered.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        for r, row in enumerate(g.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None or (r, c) in covered:
                    continue
                if isinstance(v, dt.date):
                    ws.write(r - 1, c - 1, dt.datetime(v.year, v.month, v.day), dstyle)
                elif isinstance(v, (ExcelSerial, AsNumber)):
                    ws.write(r - 1, c - 1, float(v))
                else:
                    ws.write(r - 1, c - 1, v)
    wb.save(str(path))


def write_ods(path: Path, grids: list[Grid]):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for g in grids:
        t = Table(name=g.name)
        spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for (r1, c1, r2, c2) in g.merges}
        covered = set()
        for (r1, c1, r2, c2) in g.merges:
            covered.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1) if (r, c) != (r1, c1))
        for r, row in enumerate(g.rows, start=1):
            tr = TableRow()
            for c, v in enumerate(row, start=1):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (r, c) in spans:
                    kw = {"numberrowsspanned": spans[(r, c)][0], "numbercolumnsspanned": spans[(r, c)][1]}
                if v is None:
                    tc = TableCell(**kw)
                elif isinstance(v, dt.date):
                    tc = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    tc.addElement(P(text=f"{v.year}-{v.month:02d}-{v.day:02d}"))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v, **kw)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string", **kw)
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, grid: Grid, encoding: str, bom=False, trailing_commas=True):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in grid.rows:
        cells = ["" if v is None else str(v) for v in row]
        if not trailing_commas:
            while cells and cells[-1] == "":
                cells.pop()
        w.writerow(cells)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


# --------------------------------------------------------------------------- truth
class Truth:
    def __init__(self):
        self.rows, self.quarantines, self.files, self.id_forms = [], [], [], set()
        self.ids = {}            # canonical ID -> spellings

    def cur(self, table, file, sheet, row, fields, hospitals, *, id_number=None, keys=(), alt_files=(),
            note=None, person_key=None):
        self.rows.append({"table": table, "file": file, "sheet": sheet, "row": row, "keys": list(keys),
                          "fields": fields, "hospitals": hospitals, "id_number": id_number,
                          "alt_files": list(alt_files), "note": note, "person_key": person_key})

    def quar(self, table, file, sheet, row, category, why):
        self.quarantines.append({"table": table, "file": file, "sheet": sheet, "row": row,
                                 "category": category, "why": why})

    def idn(self, canonical, *spellings):
        self.ids.setdefault(canonical, set()).update((canonical,) + spellings)


TR = Truth()
NAMES_USED: set[str] = set()


def person(gender=None):
    """A fictional person: name, gender, canonical ID number (region 98…)."""
    sur = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
    giv = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红亮宇晨晓婷欣雪琳倩颖思远博文浩然子轩梓涵"
    while True:
        name = RNG.choice(sur) + "".join(RNG.choice(giv) for _ in range(RNG.choice((1, 2))))
        if name not in NAMES_USED:
            NAMES_USED.add(name)
            break
    g = gender or RNG.choice("男女")
    b = rand_birth()
    seq = RNG.randint(10, 499) * 2 + (1 if g == "男" else 0)
    return name, g, make_id(RNG.choice(["980121", "980122", "980102", "980221", "980201"]), b, seq % 1000)


def rank_of(title):
    if title.startswith("主任") or title in ("主任医师", "主任护师", "主任中医师", "主任技师"):
        return "正高级"
    if title.startswith("副主任"):
        return "副高级"
    if title.startswith("主治") or title.startswith("主管"):
        return "中级"
    return "初级"


# --------------------------------------------------------------------------- the pairing list
PAIRING_FILE = "SYNTHETIC_附件1_雁湖省城乡医院对口支援关系一览表（2023—2025年）.xlsx"


def build_pairing_list(ref: Path):
    g = Grid("附件1", 10)
    g.add("附件1")
    g.add("SYNTHETIC（合成数据）雁湖省城乡医院对口支援关系一览表（2023—2025年）", merge_all=True)
    g.add("序号", "受援医院", "等级", "类别", "所在市", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限", "备注")
    pairings = []

    def pair(no, rec, sup, agreement_cell, agreement, period_cell, start, end, source, note=None):
        lvl, _, _, cat, city, county = RECIPIENTS[rec]
        g.add(no, rec, lvl, cat, city, county, sup, agreement_cell, period_cell, note)
        pairings.append({"support": sup, "recipient": rec, "start_date": iso(start), "end_date": iso(end),
                         "agreement_date": iso(agreement), "start_date_source": source})

    g.add("一、三级医院对口支援县级医院", merge_all=True)
    pair(1, R1, S1, "2023年1月10日", D(2023, 1, 10), "2023.1—2025.12", D(2023, 1, 1), D(2025, 12, 31), "support_period")
    pair(2, R2, S2, D(2023, 2, 20), D(2023, 2, 20), "2023年1月-2025年12月", D(2023, 1, 1), D(2025, 12, 31),
         "support_period")
    pair(3, R3, S3, "2023.03.01", D(2023, 3, 1), None, D(2023, 1, 1), D(2025, 12, 31), "title_period",
         "沿用上一周期关系")
    pair(4, R4, S4, "20230315", D(2023, 3, 15), "2023.4-2026.3", D(2023, 4, 1), D(2026, 3, 31), "support_period")
    pair(5, R5, S5, "2023年4月8日", D(2023, 4, 8), "2023年4月至2026年3月", D(2023, 4, 1), D(2026, 3, 31),
         "support_period")
    pair(6, R3, S1, "2024-06-18", D(2024, 6, 18), "2024.7-2027.6", D(2024, 7, 1), D(2027, 6, 30), "support_period",
         "2024年新增")
    g.add("二、县级医院对口支援乡镇卫生院", merge_all=True)
    pair(7, T1, R1, "2023年5月6日", D(2023, 5, 6), "2023.5—2025.12", D(2023, 5, 1), D(2025, 12, 31), "support_period")
    pair(8, T2, R1, "2023年5月6日", D(2023, 5, 6), "2023.5—2025.12", D(2023, 5, 1), D(2025, 12, 31), "support_period")
    pair(9, T3, R3, "2023.6.1", D(2023, 6, 1), "2023.6-2025.12", D(2023, 6, 1), D(2025, 12, 31), "support_period")
    pair(10, T4, R4, None, None, "2024.1-2025.12", D(2024, 1, 1), D(2025, 12, 31), "support_period",
         "协议待补签")
    g.add("注：1．本表为合成数据（SYNTHETIC），机构名称均为虚构；2．支援期限未填写的，按2023—2025年执行。",
          merge_all=True)
    g.add(None, None, None, None, None, None, None, "雁湖省卫生健康委员会医政医管处", None, None)
    g.add(None, None, None, None, None, None, None, "2024年7月1日", None, None)
    write_xlsx(ref / PAIRING_FILE, [g])
    hospitals = []
    for name in (S1, S2, S3, S4, S5):
        hospitals.append({"name": name})
    for name, (_, lvl, grade, cat, city, county) in RECIPIENTS.items():
        hospitals.append({"name": name, "level": lvl, "grade": grade, "category": cat, "city": city,
                          "county": county})
    return hospitals, pairings


# --------------------------------------------------------------------------- deployments
def dep_fields(dept, title, pos, start, end, years=..., paid=..., *, tcm=False):
    f = {"department": dept, "title_rank": rank_of(title), "position_at_recipient": pos,
         "start_date": iso(start), "end_date": iso(end)}
    f["title"] = title
    if years is not ...:
        f["years_of_service"] = years
    if paid is not ...:
        f["paid_by_recipient"] = paid
    return f


S1_STAFF = []   # for the assessments of 蒲溪县人民医院


def f1_roster(sub: Path):
    """雁湖省人民医院 roster (xlsx) and its correction (更正): merged title, two-level header,
    a blank spacer column, IDs in four spellings, dates in many ways, 合计, sign-off and a note."""
    base = "SYNTHETIC_雁湖省人民医院2025年对口支援派驻人员花名册"
    people = []
    # (name as written, gender, id spelling kind, dept, title, corrected title, position, recipient written,
    #  recipient, start cell, start, end cell, end, corrected end cell, corrected end, years cell, years, paid cell, paid)
    p = [person("男") for _ in range(9)]
    p[1] = ("王芳", "女", p[1][2]); NAMES_USED.add("王芳")
    p[3] = ("李娜", "女", p[3][2]); NAMES_USED.add("李娜")
    p[5] = ("欧阳明轩", "男", make_id("980121", D(1988, 5, 12), 231, digits_only=True)); NAMES_USED.add("欧阳明轩")
    rows = [
        (p[0], p[0][0], "plain", "心血管内科", "主任医师", "主任医师", "副院长", "蒲溪县人民医院", R1,
         D(2025, 1, 6), D(2025, 1, 6), D(2025, 7, 5), D(2025, 7, 5), None, None, "26", 26, 0, 0),
        (p[1], "王  芳", "spaced", "呼吸与危重症医学科", "副主任医师", "副主任医师", "科主任", "蒲溪县医院", R1,
         "2025.1.6", D(2025, 1, 6), "2025.7.5", D(2025, 7, 5), None, None, "15年", 15, None, ...),
        (p[2], p[2][0], "plain", "普外科", "主治医师", "主治医师", None, "蒲溪县人医", R1,
         "2025年3月上旬", D(2025, 3, 1), "至今", None, "2025.9.30", D(2025, 9, 30), "9", 9, "无", ...),
        (p[3], "李　娜", "plain", "护理部", "副主任护师", "副主任护师", "无", "蒲溪县人民医院", R1,
         "2025-07-07", D(2025, 7, 7), "2026.1.5", D(2026, 1, 5), None, None, "20", 20, 0, 0),
        (p[4], p[4][0], "badcheck", "骨科", "主治医师", "副主任医师", None, "蒲溪县人民医院", R1,
         D(2025, 7, 7), D(2025, 7, 7), "2025年12月", D(2025, 12, 31), None, None, "11", 11, 0, 0),
        (p[5], "欧阳明轩", "number", "麻醉科", "主治医师", "主治医师", None, "蒲溪县人民医院", R1,
         "二〇二五年七月", D(2025, 7, 1), "2025.12.31", D(2025, 12, 31), None, None, "8年", 8, 1500, 1500),
        (p[6], p[6][0], "plain", "妇产科", "副主任医师", "副主任医师", "科主任", "苍岭县人民医院", R3,
         D(2025, 3, 3), D(2025, 3, 3), "2025/8/31", D(2025, 8, 31), None, None, "17", 17, 0, 0),
        (p[7], p[7][0], "plain", "神经内科", "主任医师", "主任医师", "副院长", "苍岭县人民医院", R3,
         "2025.9.1", D(2025, 9, 1), "至今", None, None, None, "24", 24, 0, 0),
        (p[8], p[8][0], "plain", "超声医学科", "主治医师", "主治医师", None, "苍岭县人医", R3,
         "2025.03.03", D(2025, 3, 3), "2025.08.31", D(2025, 8, 31), None, None, "10", 10, None, ...),
    ]
    global ROSTER_S1
    ROSTER_S1 = rows

    def grid(corrected: bool) -> Grid:
        g = Grid("派驻人员", 14)
        title = "SYNTHETIC 雁湖省人民医院2025年度对口支援派驻人员花名册" + ("（更正）" if corrected else "")
        g.add(title, merge_all=True)
        g.add("填报单位：雁湖省人民医院（盖章）                填报日期：" + ("2026年1月8日" if corrected else "2025年12月20日"),
              merge_all=True)
        h1 = g.add("序号", "姓名", "性别", "身份证号码", None, "科室", "职称", "受援医院任职", "派驻单位", "派驻时间", None,
                   "工作年限", "受援医院发放补贴（元）", "备注")
        h2 = g.add(None, None, None, None, None, None, None, None, None, "起", "止")
        for c in (1, 2, 3, 4, 6, 7, 8, 9, 12, 13, 14):
            g.merge(h1, c, h2, c)
        g.merge(h1, 10, h1, 11)
        out = []
        for i, r in enumerate(rows, start=1):
            (pp, shown, kind, dept, title0, title1, pos, rec_w, rec, sc, s, ec, e, cec, ce, yc, y, pc, pv) = r
            idn = pp[2]
            if kind == "spaced":
                cell_id = f"{idn[:6]} {idn[6:14]} {idn[14:]}"
                TR.idn(idn, cell_id)
            elif kind == "badcheck":
                idn = bad_check(idn)
                cell_id = idn
                TR.idn(idn)
            elif kind == "number":
                cell_id = AsNumber(float(int(idn)))
                TR.idn(idn, repr(float(int(idn))), f"{float(int(idn)):.14E}", f"{float(int(idn)):.5E}",
                       str(int(float(int(idn)))))
            else:
                cell_id = idn
                TR.idn(idn)
            ec_ = cec if (corrected and cec) else ec
            note = "更正：结束时间" if corrected and cec else ("更正：职称" if corrected and title1 != title0 else None)
            n = g.add(i, shown, pp[1], cell_id, None, dept, title1 if corrected else title0, pos, rec_w, sc, ec_, yc, pc, note)
            out.append((n, r, idn, kind))
        g.add("合计", None, None, None, None, None, None, None, None, f"{len(rows)}人")
        g.add("注：派驻时间以实际到岗时间为准；欧阳明轩身份证号码系统导出为数字，原号码为" + p[5][2] + "，已核对。", merge_all=True)
        g.add("填表人：钱某某", None, None, None, None, "审核人：赵某某", None, None, "联系电话：0998-6612345")
        return g, out

    g0, _ = grid(False)
    g1, out = grid(True)
    f_orig, f_corr = base + ".xlsx", base + "（更正）.xlsx"
    write_xlsx(sub / f_orig, [g0])
    write_xlsx(sub / f_corr, [g1])
    # the original is older than its correction
    os.utime(sub / f_orig, (FIXED_TS.timestamp() - 86400 * 20,) * 2)
    os.utime(sub / f_corr, (FIXED_TS.timestamp(),) * 2)
    TR.files += [f_orig, f_corr]
    for n, r, idn, kind in out:
        (pp, shown, _k, dept, _t0, title1, pos, _rw, rec, _sc, s, _ec, e, cec, ce, _yc, y, _pc, pv) = r
        end = ce if cec else e
        f = dep_fields(dept, title1, pos if pos not in ("无",) else None, s, end, y, pv)
        TR.cur("deployments", f_corr, "派驻人员", n, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
               id_number=None if kind == "number" else idn, alt_files=[f_orig],
               note="correction file: the later full list (更正) replaces the original")
        if rec == R1:
            S1_STAFF.append((pp[0], idn, kind, s, end, dept))


def f2_register(sub: Path):
    """苍岭县人民医院 (recipient) register of experts from 青梧市第一人民医院, .xls, no ID column."""
    fn = "SYNTHETIC_苍岭县人民医院2025年派驻专家登记表.xls"
    g = Grid("Sheet1", 9)
    g.add("SYNTHETIC 苍岭县人民医院2025年对口支援派驻专家登记表", merge_all=True)
    g.add("序号", "姓名", "派出单位", "科室", "职称", "来院时间", "离院时间", "在我院任职", "备注")
    rows = [
        ("孙  浩", "青梧市一院", "心血管内科", "副主任医师", "2025年3月", D(2025, 3, 1), "2025年8月", D(2025, 8, 31), "科主任"),
        ("何静", "市一院", "儿科", "主治医师", "2025.03.03", D(2025, 3, 3), "2025.09.02", D(2025, 9, 2), None),
        ("马骏", "青梧市第一人民医院", "急诊科", "主任医师", "2025.1.2", D(2025, 1, 2), "至今", None, "副院长"),
        ("罗　敏", "青梧市一院", "护理部", "主管护师", D(2025, 4, 1), D(2025, 4, 1), "2025-09-30", D(2025, 9, 30), None),
        ("梁宇", "青梧市中医院", "针灸科", "副主任中医师", "2025.5.6", D(2025, 5, 6), "2025.11.5", D(2025, 11, 5), None),
        ("宋佳", "市一院", "检验科", "主管技师", "2025年9月", D(2025, 9, 1), "至今", None, None),
    ]
    for i, (nm, sup_w, dept, title, sc, s, ec, e, pos) in enumerate(rows, start=1):
        NAMES_USED.add(nm.replace(" ", "").replace("　", ""))
        n = g.add(i, nm, sup_w, dept, title, sc, ec, pos)
        if sup_w == "青梧市中医院":
            TR.quar("deployments", fn, "Sheet1", n, "unresolved_hospital",
                    "派出单位 青梧市中医院 is not in the pairing list")
        else:
            TR.cur("deployments", fn, "Sheet1", n, dep_fields(dept, title, pos, s, e),
                   {"support_hospital_id": S3, "recipient_hospital_id": R3},
                   note="name only; month-only 来院 = 1st, 离院 = last day")
    g.add("填表人：孙某    联系电话：0998-7654321    填表日期：2026年1月5日", merge_all=True)
    write_xls(sub / fn, [g])
    TR.files.append(fn)


S4_STAFF = []


def f3_ods(sub: Path):
    """临渊市人民医院 → 柳塘县人民医院 (recipient only in the file name and title), .ods,
    department section rows, the period in one cell, IDs with lower-case x and full-width digits,
    a person 待定 with no dates at all (quarantine)."""
    fn = "SYNTHETIC_临渊市人民医院派驻柳塘县人民医院人员名单.ods"
    g = Grid("名单", 7)
    g.add("SYNTHETIC 临渊市人民医院2025年派驻柳塘县人民医院人员名单", merge_all=True)
    g.add("序号", "姓名", "身份证号", "职称", "派驻起止时间", "受援医院职务", "备注")
    q = []
    while len(q) < 6:
        pp = person()
        if len(q) == 0 and pp[2][-1] != "X":
            NAMES_USED.discard(pp[0])
            continue
        q.append(pp)
    rows = [
        ("一、内科", None),
        (q[0], "lowerx", "主任医师", "2025.03.01-2025.08.31", D(2025, 3, 1), D(2025, 8, 31), "副院长", "内科"),
        (q[1], "plain", "副主任医师", "2025.3.1—2025.8.31", D(2025, 3, 1), D(2025, 8, 31), None, "内科"),
        ("二、外科", None),
        (q[2], "fullwidth", "主治医师", "2025年9月1日至今", D(2025, 9, 1), None, None, "外科"),
        (q[3], "plain", "副主任医师", "2025/01/02~2025/06/30", D(2025, 1, 2), D(2025, 6, 30), "科主任", "外科"),
        (q[4], "plain", None, None, None, None, None, "外科"),   # 待定
        ("三、医学影像科", None),
        (q[5], "plain", "主治医师", "2025.7.1-2025.12.31", D(2025, 7, 1), D(2025, 12, 31), None, "医学影像科"),
    ]
    i = 0
    for r in rows:
        if isinstance(r[0], str):
            g.add(r[0])
            continue
        pp, kind, title, pc, s, e, pos, dept = r
        i += 1
        idn = pp[2]
        if kind == "lowerx":
            cell_id = idn.lower()
            TR.idn(idn, cell_id)
        elif kind == "fullwidth":
            cell_id = to_fullwidth(idn)
            TR.idn(idn, cell_id)
        else:
            cell_id = idn
            TR.idn(idn)
        if title is None:
            n = g.add(i, pp[0], cell_id, "副主任医师", None, None, "人选待定，暂未派出")
            TR.quar("deployments", fn, "名单", n, "missing_required", "a deployment with no dates at all (待定)")
            continue
        n = g.add(i, pp[0], cell_id, title, pc, pos)
        TR.cur("deployments", fn, "名单", n, dep_fields(dept, title, pos, s, e),
               {"support_hospital_id": S4, "recipient_hospital_id": R4}, id_number=idn,
               note="department from the section row; recipient from the file name/title")
        S4_STAFF.append((pp[0], idn, cell_id, s, e))
    g.add("合计：6人（其中待定1人）")
    g.add("制表：临渊市人民医院医务部    2025年12月")
    write_ods(sub / fn, [g])
    TR.files.append(fn)


def f4_csv(sub: Path):
    """蒲溪县人民医院 → its townships, CSV in GBK, title line with trailing commas, some without ID."""
    fn = "SYNTHETIC_蒲溪县人民医院下派乡镇卫生院人员名单.csv"
    g = Grid(fn, 9)
    g.add("SYNTHETIC 蒲溪县人民医院2025年下派乡镇卫生院人员名单")
    g.add("姓名", "性别", "身份证号", "科室", "职称", "下派单位", "开始时间", "结束时间", "备注")
    ws = [person() for _ in range(5)]
    rows = [
        (ws[0], True, "内科", "主治医师", "龙潭镇卫生院", T1, "2025/4/1", D(2025, 4, 1), "2025/9/30", D(2025, 9, 30)),
        (ws[1], False, "外科", "主治医师", "龙潭镇卫生院", T1, "2025年4月上旬", D(2025, 4, 1), "2025年9月底", D(2025, 9, 30)),
        (ws[2], True, "妇产科", "主治医师", "杏林乡卫生院", T2, "2025.10", D(2025, 10, 1), "至今", None),
        (ws[3], False, "中医科", "主治中医师", "杏林乡", T2, "2025/3/1", D(2025, 3, 1), "2025/8/31", D(2025, 8, 31)),
        (ws[4], True, "护理", "护师", "龙潭镇", T1, "2025-01-02", D(2025, 1, 2), "2025-06-30", D(2025, 6, 30)),
    ]
    global TOWN_STAFF
    TOWN_STAFF = rows
    for r in rows:
        pp, has_id, dept, title, rw, rec, sc, s, ec, e = r
        if has_id:
            TR.idn(pp[2])
        n = g.add(pp[0], pp[1], pp[2] if has_id else "", dept, title, rw, sc, ec, "" if has_id else "身份证号待补")
        TR.cur("deployments", fn, None, n, dep_fields(dept, title, None, s, e),
               {"support_hospital_id": R1, "recipient_hospital_id": rec}, id_number=pp[2] if has_id else None)
    g.add("合计：5人")
    g.add("填表人：李某", None, "审核人：周某", None, "联系电话：0998-5551234")
    write_csv(sub / fn, g, "gbk")
    TR.files.append(fn)


# --------------------------------------------------------------------------- trainees
def f5_trainees(sub: Path):
    """雁湖省人民医院 (host) list of trainees, xlsx, one sheet per half year, two-level header,
    Excel serials typed as numbers, Excel dates, text dates, 小计 per sheet, a note row."""
    fn = "SYNTHETIC_雁湖省人民医院2025年接收对口支援医院进修人员名单.xlsx"
    sheets = {
        "上半年": [
            (True, "蒲溪县人民医院", R1, "心血管内科", ExcelSerial(serial(D(2025, 3, 3))), D(2025, 3, 3),
             ExcelSerial(serial(D(2025, 8, 31))), D(2025, 8, 31), "免", 0, "是", True),
            (True, "蒲溪县医院", R1, "重症医学科", "2025.3.3", D(2025, 3, 3), "2025.9.2", D(2025, 9, 2), 0, 0, "是", True),
            (False, "苍岭县人民医院", R3, "麻醉科", "2025.4.1", D(2025, 4, 1), "2025.9.30", D(2025, 9, 30), "免收", 0,
             "已结业", True),
            (True, "苍岭县人民医院", R3, "医学影像科", D(2025, 5, 6), D(2025, 5, 6), D(2025, 11, 5), D(2025, 11, 5), 0, 0,
             "否", False),
        ],
        "下半年": [
            (True, "蒲溪县人民医院", R1, "急诊科", "2025.7.1", D(2025, 7, 1), "2025.12.31", D(2025, 12, 31), "免", 0,
             "在修", ...),
            (True, "蒲溪县医院", R1, "骨科", "2025年7月上旬", D(2025, 7, 1), "2025.12.31", D(2025, 12, 31), "0", 0, None, ...),
            (True, "苍岭县医院", R3, "儿科", ExcelSerial(serial(D(2025, 7, 1))), D(2025, 7, 1),
             ExcelSerial(serial(D(2025, 12, 31))), D(2025, 12, 31), "免", 0, None, ...),
        ],
    }
    grids = []
    for sh, rows in sheets.items():
        g = Grid(sh, 11)
        g.add(f"SYNTHETIC 雁湖省人民医院2025年{sh}接收进修人员名单", merge_all=True)
        h1 = g.add("序号", "姓名", "身份证号", "派出单位", "进修科室", "进修时间", None, "进修费（元）", "是否结业", None, "备注")
        h2 = g.add(None, None, None, None, None, "开始", "结束")
        for c in (1, 2, 3, 4, 5, 8, 9, 11):
            g.merge(h1, c, h2, c)
        g.merge(h1, 6, h1, 7)
        for i, (has_id, rw, rec, dept, sc, s, ec, e, fc, fee, cc, comp) in enumerate(rows, start=1):
            pp = person()
            if has_id:
                TR.idn(pp[2])
            n = g.add(i, pp[0], pp[2] if has_id else None, rw, dept, sc, ec, fc, cc)
            f = {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": fee}
            if comp is not ...:
                f["completed"] = comp
            TR.cur("trainees", fn, sh, n, f, {"recipient_hospital_id": rec, "host_hospital_id": S1},
                   id_number=pp[2] if has_id else None)
        g.add("小计", f"{len(rows)}人")
        g.add("注：对口支援医院进修人员进修费一律免收。", merge_all=True)
        grids.append(g)
    write_xlsx(sub / fn, grids)
    TR.files.append(fn)


def f6_trainees_csv(sub: Path):
    """苍岭县人民医院's own list of staff sent out, CSV UTF-8 with BOM; the period in one cell."""
    fn = "SYNTHETIC_苍岭县人民医院2025年外出进修人员统计.csv"
    g = Grid(fn, 8)
    g.add("SYNTHETIC 苍岭县人民医院2025年外出进修人员统计表")
    g.add("序号", "姓名", "身份证号", "进修医院", "进修科室", "进修起止时间", "结业情况", "进修费用（元）")
    rows = [
        (True, "青梧市一院", S3, "消化内科", "2025.3-2025.8", D(2025, 3, 1), D(2025, 8, 31), "已结业", True, "0", 0),
        (False, "青梧市第一人民医院", S3, "神经外科", "2025.03.01-2025.08.31", D(2025, 3, 1), D(2025, 8, 31), "已结业",
         True, "免", 0),
        (True, "市一院", S3, "检验科", "2025.9-2026.2", D(2025, 9, 1), D(2026, 2, 28), "在修", ..., "0", 0),
        (True, "青梧市第三人民医院", None, "眼科", "2025.4-2025.9", None, None, "已结业", True, "3000", 3000),
        (False, "青梧市一院", S3, "急诊科", "2025年7月-2025年12月", D(2025, 7, 1), D(2025, 12, 31), "已结业", True, "免", 0),
    ]
    for i, (has_id, hw, host, dept, pc, s, e, cc, comp, fc, fee) in enumerate(rows, start=1):
        pp = person()
        if has_id:
            TR.idn(pp[2])
        n = g.add(i, pp[0], pp[2] if has_id else "", hw, dept, pc, cc, fc)
        if host is None:
            TR.quar("trainees", fn, None, n, "unresolved_hospital", "进修医院 青梧市第三人民医院 is not in the pairing list")
            continue
        f = {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": fee}
        if comp is not ...:
            f["completed"] = comp
        TR.cur("trainees", fn, None, n, f, {"recipient_hospital_id": R3, "host_hospital_id": host},
               id_number=pp[2] if has_id else None, note="sending hospital from the file name")
    g.add("合计", "5人")
    g.add("填报人：吴某", None, None, "联系电话：0998-7650001", None, "填报日期：2026年1月6日")
    write_csv(sub / fn, g, "utf-8", bom=True)
    TR.files.append(fn)


def f7_trainees_xls(sub: Path):
    """柳塘县青山镇卫生院 → 柳塘县人民医院, .xls, dates in Chinese numerals (二〇二五年三月)."""
    fn = "SYNTHETIC_柳塘县青山镇卫生院2025年赴县医院进修人员登记.xls"
    g = Grid("进修登记", 7)
    g.add("SYNTHETIC 柳塘县青山镇卫生院2025年赴县医院进修人员登记表", merge_all=True)
    g.add("姓名", "性别", "进修单位", "进修科室", "开始时间", "结束时间", "是否结业")
    rows = [
        ("柳塘县医院", "全科医学科", "二〇二五年三月", D(2025, 3, 1), "二〇二五年八月", D(2025, 8, 31), "是", True),
        ("柳塘县人民医院", "内科", "二〇二五年四月", D(2025, 4, 1), "二〇二五年九月", D(2025, 9, 30), "是", True),
        ("县医院", "妇产科", "二〇二五年九月", D(2025, 9, 1), "二〇二六年二月", D(2026, 2, 28), "未结业", False),
    ]
    for hw, dept, sc, s, ec, e, cc, comp in rows:
        pp = person()
        n = g.add(pp[0], pp[1], hw, dept, sc, ec, cc)
        TR.cur("trainees", fn, "进修登记", n,
               {"department": dept, "start_date": iso(s), "end_date": iso(e), "completed": comp},
               {"recipient_hospital_id": T4, "host_hospital_id": R4},
               note="month-only start = 1st, end = last day; 县医院 = the county's hospital")
    g.add("填表人：陆某    审核：院长 郝某", merge_all=True)
    write_xls(sub / fn, [g])
    TR.files.append(fn)


# --------------------------------------------------------------------------- techniques
def f8_techniques(sub: Path):
    fn = "SYNTHETIC_蒲溪县人民医院2025年新技术新项目开展情况统计表.xlsx"
    g = Grid("新技术新项目", 8)
    g.add("SYNTHETIC 蒲溪县人民医院2025年新技术新项目开展情况统计表", merge_all=True)
    h1 = g.add("序号", "项目名称", "开展科室", "帮扶医院", "开展情况", None, None, "备注")
    h2 = g.add(None, None, None, None, "首次开展时间", "开展例数", "是否填补县域空白")
    for c in (1, 2, 3, 4, 8):
        g.merge(h1, c, h2, c)
    g.merge(h1, 5, h1, 7)
    rows = [
        ("经皮冠状动脉介入治疗（PCI）", "心血管内科", "省人民医院", S1, "2025年3月", D(2025, 3, 1), "15例", 15, "是", True),
        ("无痛胃肠镜检查", "消化内科", "省医", S1, D(2025, 4, 18), D(2025, 4, 18), "１２０", 120, "否", False),
        ("腹腔镜胆囊切除术", "普外科", "雁湖省人民医院", S1, "2025.5.8", D(2025, 5, 8), "约30例", None, "√", True),
        ("髋关节置换术", "骨科", "省人民医院", S1, "2025/8/12", D(2025, 8, 12), 6, 6, "是", True),
        ("无创呼吸机序贯治疗", "呼吸与危重症医学科", None, ..., "2025-02-20", D(2025, 2, 20), "40例", 40, None, None),
        ("分娩镇痛", "麻醉科", "省人民医院", S1, "2025年9月", D(2025, 9, 1), "25例", 25, "否", False),
    ]
    for i, (nm, dept, sw, sup, dc, d, cc, cases, gc, gap) in enumerate(rows, start=1):
        n = g.add(i, nm, dept, sw, dc, cc, gc)
        hos = {"recipient_hospital_id": R1}
        if sup is not ...:
            hos["support_hospital_id"] = sup
        TR.cur("techniques", fn, "新技术新项目", n,
               {"name": nm, "department": dept, "first_performed_date": iso(d), "cases": cases,
                "fills_county_gap": gap}, hos, note="month-only date = the 1st; 约30例 = unknown")
    g.add("合计", "6项", None, None, None, "—")
    g.add("填表人：医务科 彭某", None, None, "审核人：孔某", None, "联系电话：0998-5550188")
    write_xlsx(sub / fn, [g])
    TR.files.append(fn)


def f9_techniques_csv(sub: Path):
    fn = "SYNTHETIC_柳塘县人民医院新技术新业务开展情况.csv"
    g = Grid(fn, 7)
    g.add("项目名称", "科室", "合作医院", "开展时间", "例数", "县域首创", "备注")
    rows = [
        ("脑卒中静脉溶栓", "神经内科", "临渊市医院", "2025.04", D(2025, 4, 1), "18", 18, "是", True, ""),
        ("CT引导下肺穿刺活检", "医学影像科", "临渊市人民医院", "2025年6月20日", D(2025, 6, 20), "9", 9, "否", False, ""),
        ("经尿道前列腺电切术", "泌尿外科", "临渊市医院", "", None, "", None, "是", True, "拟于2026年开展"),
        ("小儿推拿", "康复医学科", "临渊市医院", "2025.10.15", D(2025, 10, 15), "30余例", None, "否", False, ""),
    ]
    for nm, dept, sw, dc, d, cc, cases, gc, gap, note in rows:
        n = g.add(nm, dept, sw, dc, cc, gc, note)
        if d is None:
            TR.quar("techniques", fn, None, n, "missing_required", "a technique not yet performed: no date")
            continue
        TR.cur("techniques", fn, None, n,
               {"name": nm, "department": dept, "first_performed_date": iso(d), "cases": cases,
                "fills_county_gap": gap}, {"recipient_hospital_id": R4, "support_hospital_id": S4},
               note="recipient from the file name; 30余例 = unknown")
    g.add("SYNTHETIC 合成数据；填报：柳塘县人民医院医务科")
    write_csv(sub / fn, g, "gbk", trailing_commas=False)
    TR.files.append(fn)


# --------------------------------------------------------------------------- activities
ACT_TYPES = {"学术讲座", "教学查房", "手术示教", "疑难病例讨论", "死亡病例讨论", "技术培训", "远程会诊", "义诊", "其他"}


def f10_activities(sub: Path):
    """苍岭县人民医院, one sheet per month, dates without the year, a 说明 cover sheet."""
    fn = "SYNTHETIC_苍岭县人民医院2025年对口帮扶活动记录.xlsx"
    cover = Grid("说明", 1)
    cover.add("SYNTHETIC 合成数据")
    cover.add("本表按月分页填写，每月一页。")
    cover.add("活动形式：学术讲座、教学查房、手术示教、疑难病例讨论、技术培训、义诊等。")
    months = {
        3: [("3月12日", D(2025, 3, 12), "学术讲座", "学术讲座", "高血压规范化管理", "市一院", S3, "45人", 45),
            ("3月19日", D(2025, 3, 19), "教学查房", "教学查房", "慢性阻塞性肺疾病急性加重", "青梧市一院", S3, 20, 20),
            ("2025.3.26", D(2025, 3, 26), "疑难病例讨论", "疑难病例讨论", "不明原因发热一例", "青梧市第一人民医院", S3, "约30人",
             None),
            (D(2025, 3, 28), D(2025, 3, 28), "手术示教", "手术示教", "子宫肌瘤剔除术", "省人民医院", S1, 12, 12)],
        4: [("4月2日", D(2025, 4, 2), "专题讲座", "学术讲座", "儿童支气管哮喘的诊治", "市一院", S3, 60, 60),
            ("4月16日", D(2025, 4, 16), "技能培训", "技术培训", "心肺复苏技能培训", "市一院", S3, "35", 35),
            ("4月23日", D(2025, 4, 23), "义诊活动", "义诊", "世界防治结核病日义诊", "市一院", S3, None, None),
            ("4月29日", D(2025, 4, 29), "远程会诊", "远程会诊", "重症肺炎远程会诊", "青梧市一院", S3, 8, 8)],
        5: [("5月8日", D(2025, 5, 8), "学术讲座", "学术讲座", "围产期保健", "省人民医院", S1, 50, 50),
            ("5月15日", D(2025, 5, 15), "教学查房", "教学查房", "急性心肌梗死", "市一院", S3, 18, 18),
            ("5月21日", D(2025, 5, 21), "死亡病例讨论", "死亡病例讨论", "多器官功能衰竭一例", "市一院", S3, 22, 22),
            ("5月30日", D(2025, 5, 30), "技术培训", "技术培训", "院感防控培训", "市一院", S3, "40人次", 40)],
    }
    grids = [cover]
    for m, rows in months.items():
        sh = f"{m}月"
        g = Grid(sh, 7)
        g.add(f"SYNTHETIC 苍岭县人民医院2025年{m}月对口帮扶活动记录", merge_all=True)
        g.add("日期", "活动形式", "主题", "主讲/带教专家", "专家单位", "参加人数", "备注")
        for dc, d, tw, t, topic, sw, sup, pc, part in rows:
            n = g.add(dc, tw, topic, person()[0], sw, pc)
            TR.cur("activities", fn, sh, n,
                   {"activity_date": iso(d), "activity_type": t, "topic": topic, "participants": part},
                   {"recipient_hospital_id": R3, "support_hospital_id": sup},
                   note="day and month only; the year in the title")
        g.add("记录人：宋某", None, None, None, "科教科（盖章）")
        grids.append(g)
    write_xlsx(sub / fn, grids)
    TR.files.append(fn)


def f11_activities_xls(sub: Path):
    fn = "SYNTHETIC_苍岭县妇幼保健院对口帮扶活动登记2025.xls"
    g = Grid("活动登记", 7)
    g.add("SYNTHETIC 苍岭县妇幼保健院2025年对口帮扶活动登记表", merge_all=True)
    g.add("序号", "活动日期", "活动类型", "活动内容", "支援单位", "参与人数", "备注")
    rows = [
        ("2025.4.18", D(2025, 4, 18), "学术讲座", "新生儿窒息复苏", "市妇幼", 40, 40, None),
        ("2025-05-09", D(2025, 5, 9), "教学查房", "妊娠期高血压疾病", "青梧市妇幼保健院", 15, 15, None),
        ("20250612", D(2025, 6, 12), "手术示教", "子宫下段剖宫产术", "市妇幼", "10", 10, None),
        (None, None, "技术培训", "产后出血的处理", "市妇幼", 25, 25, "日期待补"),
        ("2025年7月3日", D(2025, 7, 3), "义诊", "两癌筛查义诊", "青梧市妇幼", "约200人", None, None),
    ]
    for i, (dc, d, t, topic, sw, pc, part, note) in enumerate(rows, start=1):
        n = g.add(i, dc, t, topic, sw, pc, note)
        if d is None:
            TR.quar("activities", fn, "活动登记", n, "missing_required", "an activity without a date (日期待补)")
            continue
        TR.cur("activities", fn, "活动登记", n,
               {"activity_date": iso(d), "activity_type": t, "topic": topic, "participants": part},
               {"recipient_hospital_id": R5, "support_hospital_id": S5})
    g.add("填表人：潘某    联系电话：0998-7652200", merge_all=True)
    write_xls(sub / fn, [g])
    TR.files.append(fn)


def f12_activities_csv(sub: Path):
    fn = "SYNTHETIC_龙潭镇卫生院2025年县医院带教活动.csv"
    g = Grid(fn, 6)
    g.add("时间", "类型", "内容", "带教医生", "带教单位", "人数")
    names = [r[0][0] for r in TOWN_STAFF]
    rows = [
        ("2025/4/10", D(2025, 4, 10), "教学查房", "社区获得性肺炎诊治", names[0], "蒲溪县人民医院", 12),
        ("2025/5/15", D(2025, 5, 15), "学术讲座", "糖尿病足的预防", names[1], "县医院", 25),
        ("2025/6/12", D(2025, 6, 12), "技术培训", "清创缝合术", names[1], "县医院", 8),
        ("2025/7/17", D(2025, 7, 17), "义诊", "老年人健康义诊", names[0], "县人民医院", None),
        ("2025/8/21", D(2025, 8, 21), "疑难病例讨论", "不明原因发热", names[4], "县医院", 10),
    ]
    for dc, d, t, topic, who, sw, part in rows:
        n = g.add(dc, t, topic, who, sw, part)
        TR.cur("activities", fn, None, n,
               {"activity_date": iso(d), "activity_type": t, "topic": topic, "participants": part},
               {"recipient_hospital_id": T1, "support_hospital_id": R1},
               note="recipient from the file name (龙潭镇卫生院, unique in the list); 县医院 = 蒲溪县人民医院")
    write_csv(sub / fn, g, "utf-8", trailing_commas=False)
    TR.files.append(fn)


# --------------------------------------------------------------------------- monthly statistics
def stats(base_op, base_dis, base_surg, out_, up, down):
    r = RNG
    return {"outpatient_visits": int(base_op * r.uniform(0.85, 1.15)),
            "discharges": int(base_dis * r.uniform(0.85, 1.15)),
            "surgeries": None if base_surg is None else int(base_surg * r.uniform(0.7, 1.3)),
            "referrals_out": int(out_ * r.uniform(0.6, 1.4)),
            "referrals_up_received": None if up is None else int(up * r.uniform(0.6, 1.4)),
            "referrals_down_received": None if down is None else int(down * r.uniform(0.6, 1.4))}


def f13_monthly_files(sub: Path):
    """柳塘县人民医院: one CSV (GBK) per month, label | value, the month in the title and file name."""
    styles = ["2025年1月", "2025年02月", "2025.03", "2025年4月", "2025-05", "2025年6月", "2025年7月", "2025年08月",
              "2025.9", "2025年10月", "2025年11月", "2025年12月"]
    for m in range(1, 13):
        fn = f"SYNTHETIC_柳塘县人民医院{styles[m - 1]}业务量统计.csv"
        s = stats(21000, 1500, 380, 60, 45, 6)
        g = Grid(fn, 3)
        g.add("SYNTHETIC 柳塘县人民医院业务量月报表")
        g.add(f"统计月份：2025年{m}月")
        g.add("指标", "本月数", "单位")
        g.add("门急诊人次", f"{s['outpatient_visits']:,}" if m % 3 == 0 else s["outpatient_visits"], "人次")
        g.add("出院人数", s["discharges"], "人")
        g.add("手术台次", s["surgeries"], "台")
        g.add("外转人次", s["referrals_out"], "人次")
        g.add("接收上转人次", s["referrals_up_received"], "人次")
        g.add("接收下转人次", s["referrals_down_received"], "人次")
        g.add("填报人：韩某", "审核：统计室", "")
        write_csv(sub / fn, g, "gbk")
        TR.files.append(fn)
        TR.cur("hospital_monthly_stats", fn, None, None, {"year": YEAR, "month": m, **s},
               {"recipient_hospital_id": R4}, keys=["year", "month"],
               note="one file per month, label | value")


def f14_months_as_columns(sub: Path):
    fn = "SYNTHETIC_苍岭县白鹭镇中心卫生院2025年主要业务数据.xlsx"
    g = Grid("业务数据", 15)
    g.add("SYNTHETIC 苍岭县白鹭镇中心卫生院2025年1-12月主要业务数据", merge_all=True)
    g.add("单位：人次、人、台", merge_all=True)
    g.add("项目", *[f"{m}月" for m in range(1, 7)], None, *[f"{m}月" for m in range(7, 13)], "全年合计")
    data = {m: stats(3200, 95, 4, 14, None, 3) for m in range(1, 13)}
    for m in (2, 8):
        data[m]["surgeries"] = None
    labels = [("门急诊人次", "outpatient_visits"), ("出院人数", "discharges"), ("手术台次", "surgeries"),
              ("外转人次", "referrals_out"), ("下转接收人次", "referrals_down_received")]
    for lab, k in labels:
        vals = ["—" if data[m][k] is None else data[m][k] for m in range(1, 13)]
        tot = sum(v for v in vals if isinstance(v, int))
        g.add(lab, *vals[:6], None, *vals[6:], tot)
    g.add("填报人：白某    联系电话：0998-7610000", merge_all=True)
    write_xlsx(sub / fn, [g])
    TR.files.append(fn)
    for m in range(1, 13):
        f = {"year": YEAR, "month": m}
        f.update({k: data[m][k] for _, k in labels})
        TR.cur("hospital_monthly_stats", fn, "业务数据", None, f, {"recipient_hospital_id": T3}, keys=["year", "month"],
               note="months as columns with a blank spacer column; — = not reported")


def f15_sheet_per_month(sub: Path):
    fn = "SYNTHETIC_蒲溪县乡镇卫生院2025年业务月报汇总.xlsx"
    grids = []
    for m in range(1, 13):
        sh = f"{m}月"
        g = Grid(sh, 7)
        g.add(f"SYNTHETIC 蒲溪县乡镇卫生院2025年{m}月业务统计（蒲溪县人民医院汇总）", merge_all=True)
        g.add("序号", "单位名称", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次")
        tot = [0] * 5
        for i, (wn, rec, b) in enumerate([("龙潭镇卫生院", T1, (2600, 70, 3, 12, 2)),
                                          ("杏林乡卫生院", T2, (1500, 30, 1, 8, 1))], start=1):
            s = stats(b[0], b[1], b[2], b[3], None, b[4])
            vals = [s["outpatient_visits"], s["discharges"], s["surgeries"], s["referrals_out"],
                    s["referrals_down_received"]]
            tot = [a + b_ for a, b_ in zip(tot, vals)]
            n = g.add(i, wn, *vals)
            f = {"year": YEAR, "month": m, "outpatient_visits": vals[0], "discharges": vals[1], "surgeries": vals[2],
                 "referrals_out": vals[3], "referrals_down_received": vals[4]}
            TR.cur("hospital_monthly_stats", fn, sh, n, f, {"recipient_hospital_id": rec},
                   note="one sheet per month, one row per township centre (not the reporting county hospital)")
        g.add("合计", None, *tot)
        g.add("填报人：蒲溪县人民医院基层指导科", merge_all=True)
        grids.append(g)
    write_xlsx(sub / fn, grids)
    TR.files.append(fn)


def f16_long_ods(sub: Path):
    fn = "SYNTHETIC_蒲溪县中医院2025年月度业务统计.ods"
    g = Grid("月报", 8)
    g.add("SYNTHETIC 蒲溪县中医院2025年月度业务统计", merge_all=True)
    g.add("填报单位：蒲溪县中医院", None, None, None, None, "填报日期：2026.1.12")
    g.add("月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "上转接收人次", "下转接收人次", "备注")
    styles = ["2025年1月", "2025.02", "2025-03", "4月", "2025年5月", "6月份", "2025年07月", "2025/8", "2025年9月",
              "2025.10", "2025年11月", "2025年12月"]
    tot = [0] * 6
    for m in range(1, 13):
        s = stats(9800, 620, 120, 35, 10, 2)
        vals = [s[k] for k in ("outpatient_visits", "discharges", "surgeries", "referrals_out",
                               "referrals_up_received", "referrals_down_received")]
        tot = [a + b for a, b in zip(tot, vals)]
        cells = list(vals)
        if m in (2, 9):
            cells[0] = f"{vals[0]:,}"
        if m == 5:
            cells[0] = f"{vals[0]}人次"
            cells[1] = f"{vals[1]}人"
        n = g.add(styles[m - 1], *cells)
        TR.cur("hospital_monthly_stats", fn, "月报", n, {"year": YEAR, "month": m, **s}, {"recipient_hospital_id": R2})
    g.add("合计", *tot)
    n = g.add(None, 9120, 577, 101, 30, 8, 1, "补报数据，月份待核")
    TR.quar("hospital_monthly_stats", fn, "月报", n, "missing_required", "a monthly row without its month (补报，月份待核)")
    g.add("统计：汤某    院长：尹某", merge_all=True)
    write_ods(sub / fn, [g])
    TR.files.append(fn)


# --------------------------------------------------------------------------- assessments
def f17_wide(sub: Path):
    """蒲溪县人民医院 assesses 雁湖省人民医院's staff: one person per row, months as columns."""
    fn = "SYNTHETIC_蒲溪县人民医院派驻专家月度考核汇总2025.xlsx"
    g = Grid("考核汇总", 17)
    g.add("SYNTHETIC 蒲溪县人民医院2025年派驻专家月度考核得分汇总", merge_all=True)
    g.add("派出单位：雁湖省人民医院（省人民医院）", merge_all=True)
    h1 = g.add("序号", "姓名", "身份证号", "科室", "2025年月度考核得分", *([None] * 11), "平均分")
    h2 = g.add(None, None, None, None, *[f"{m}月" for m in range(1, 13)])
    for c in (1, 2, 3, 4, 17):
        g.merge(h1, c, h2, c)
    g.merge(h1, 5, h1, 16)
    for i, (nm, idn, kind, s, e, dept) in enumerate(S1_STAFF, start=1):
        last = 12 if (e is None or e.year > YEAR) else (e.month if e.day >= 15 else e.month - 1)
        months = list(range(s.month, last + 1))
        scores = {m: RNG.choice([85, 88, 90, 92, 95, 86.5, 91.5, 78]) for m in months}
        id_cell = None if i == 4 else idn
        cells = [scores.get(m) for m in range(1, 13)]
        avg = round(sum(scores.values()) / len(scores), 1)
        n = g.add(i, nm, id_cell, dept, *cells, avg)
        for m in months:
            TR.cur("staff_monthly_assessments", fn, "考核汇总", n,
                   {"year": YEAR, "month": m, "score": scores[m]},
                   {"recipient_hospital_id": R1, "support_hospital_id": S1}, keys=["month"],
                   id_number=None if id_cell is None else idn,
                   note="one person per row, months as columns; blank = not on site")
    g.add("说明：空白表示当月未在岗；80分以下为不合格。", merge_all=True)
    g.add("考核人：医务科 贺某", None, None, None, None, None, None, None, "审核：龚某")
    write_xlsx(sub / fn, [g])
    TR.files.append(fn)


def f18_long(sub: Path):
    fn = "SYNTHETIC_柳塘县人民医院派驻人员月考核表（2025年第二季度）.ods"
    g = Grid("月考核", 8)
    g.add("SYNTHETIC 柳塘县人民医院派驻人员月考核表（2025年第二季度）", merge_all=True)
    g.add("序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数")
    i = 0
    mstyle = {4: "2025年4月", 5: "2025.05", 6: "6月"}
    for nm, idn, cell_id, s, e in S4_STAFF:
        for m in (4, 5, 6):
            if not (s <= D(YEAR, m, 1) and (e is None or e >= last_day(YEAR, m))):
                continue
            i += 1
            sc = RNG.choice([90, 92, 88, 85, 94])
            checks = RNG.choice([3, 4])
            present = checks - (1 if RNG.random() < 0.25 else 0)
            n = g.add(i, nm, cell_id, "临渊市人民医院" if i % 2 else "临渊市医院", mstyle[m],
                      f"{sc}分" if m == 5 else sc, f"{checks}次" if m == 6 else checks, present)
            TR.cur("staff_monthly_assessments", fn, "月考核", n,
                   {"year": YEAR, "month": m, "score": sc, "spot_checks": checks, "spot_checks_present": present},
                   {"recipient_hospital_id": R4, "support_hospital_id": S4}, id_number=idn)
    g.add("考核小组：柳塘县人民医院对口支援办公室", merge_all=True)
    write_ods(sub / fn, [g])
    TR.files.append(fn)


# --------------------------------------------------------------------------- county inpatient figures
def f19_county(sub: Path):
    fn = "SYNTHETIC_蒲溪县县域内住院服务情况（2023—2025年）.xlsx"
    g = Grid("住院服务", 5)
    g.add("SYNTHETIC 蒲溪县县域内住院服务情况统计表（2023—2025年）", merge_all=True)
    g.add("填报单位：蒲溪县卫生健康局        行政区划代码：980121", merge_all=True)
    g.add("年度", "常住人口（万人）", "县域内常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率（%）")
    for y, total, outside in ((2023, 61250, 10420), (2024, 63310, 9380), (2025, 64870, 8105)):
        n = g.add(f"{y}年", 52.3, total, outside, round(100 * (total - outside) / total, 1))
        TR.cur("county_inpatient_stats", fn, "住院服务", n,
               {"county_code": "980121", "year": y, "resident_admissions": total,
                "resident_admissions_outside_county": outside}, {}, note="county code only in the 填报单位 line")
    g.add("注：数据来源于县医保结算系统及病案首页。", merge_all=True)
    write_xlsx(sub / fn, [g])
    TR.files.append(fn)


def f20_county_csv(sub: Path):
    fn = "SYNTHETIC_青梧市县域住院流向统计（苍岭县）.csv"
    g = Grid(fn, 6)
    g.add("行政区划代码", "县（市、区）", "年份", "常住居民住院总人次", "其中县域外住院人次", "备注")
    for y, total, outside in ((2024, 48800, 8930), (2025, 50120, 8044)):
        n = g.add("980122", "苍岭县", y, total, outside, "")
        TR.cur("county_inpatient_stats", fn, None, n,
               {"county_code": "980122", "year": y, "resident_admissions": total,
                "resident_admissions_outside_county": outside}, {})
    g.add("数据来源：青梧市卫生健康委（SYNTHETIC 合成数据）")
    write_csv(sub / fn, g, "gbk", trailing_commas=False)
    TR.files.append(fn)


# --------------------------------------------------------------------------- main
def build(out: Path) -> dict:
    raw = out / "data" / "raw"
    ref, sub = raw / "reference", raw / "2025"
    ref.mkdir(parents=True, exist_ok=True)
    sub.mkdir(parents=True, exist_ok=True)
    hospitals, pairings = build_pairing_list(ref)
    for fn in (f1_roster, f2_register, f3_ods, f4_csv, f5_trainees, f6_trainees_csv, f7_trainees_xls,
               f8_techniques, f9_techniques_csv, f10_activities, f11_activities_xls, f12_activities_csv,
               f13_monthly_files, f14_months_as_columns, f15_sheet_per_month, f16_long_ods, f17_wide, f18_long,
               f19_county, f20_county_csv):
        fn(sub)
    counts = {}
    for r in TR.rows:
        counts[r["table"]] = counts.get(r["table"], 0) + 1
        # tests/corpus_harness.py's shape: every place the row may come from (the alternative file names too)
        r["places"] = [[f, r["sheet"], r["row"]] for f in [r["file"]] + r["alt_files"]]
    return {
        "id_region": r"\d{6}",         # any region: an ID-shaped number of any region is a leak (generic pattern)
        "synthetic": True,
        "province": PROVINCE,
        "year": YEAR,
        "pairing_file": PAIRING_FILE,
        "submission_files": TR.files,
        "hospitals": hospitals,
        "pairings": pairings,
        "rows": TR.rows,
        "quarantines": TR.quarantines,
        "expected_counts": counts,
        "id_numbers": {k: sorted(v) for k, v in sorted(TR.ids.items())},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--truth", type=Path, default=None)
    a = ap.parse_args(argv)
    truth = build(a.out)
    path = a.truth or (a.out / "truth.json")
    path.write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"wrote {len(truth['submission_files'])} submissions + pairing list to {a.out}; "
          f"{len(truth['rows'])} truth rows, {len(truth['quarantines'])} quarantines → {path}")


if __name__ == "__main__":
    main()
