#!/usr/bin/env python3
"""Build the realworld7 outsider corpus (synthetic, fictional province 黔阳省).

    python make_corpus.py OUTDIR

Writes OUTDIR/data/raw/reference/SYNTHETIC_附件1_…（pairing list） and OUTDIR/data/raw/submissions/… —
spreadsheets in the layouts county hospitals, township centres and a provincial hospital really send —
and OUTDIR/truth.json, the values a careful human reads from them in the shape of tests/corpus_harness.py.

Everything is synthetic: places, hospitals, people and ID numbers are invented (ID numbers use
the non-existent region prefix 99 with a correct GB 11643-1999 check digit unless a row is meant
to carry a doubtful one).  Re-runs are byte-identical: fixed document timestamps, fixed zip
member times, no randomness that is not seeded.
"""
from __future__ import annotations

import argparse
import calendar
import codecs
import csv
import datetime as dt
import io
import json
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import xlsxwriter
import xlwt

YEAR = 2025
FIXED_TS = dt.datetime(2026, 1, 6, 9, 30, 0)
PROVINCE = "黔阳省"

# ---------------------------------------------------------------- hospitals (official names)
SPH = "黔阳省人民医院"
STCM = "黔阳省中医院"
YX1 = "云岫市第一人民医院"
PX = "磐溪市人民医院"
YXFY = "云岫市妇幼保健院"
SL = "松岭县人民医院"
FP = "枫坪县人民医院"
SLZ = "松岭县中医院"
TX = "棠溪县人民医院"
LM = "鹿鸣县人民医院"
TXFY = "棠溪县妇幼保健院"
CG = "松岭县城关社区卫生服务中心"
SQ = "松岭县石桥镇卫生院"
BS = "松岭县白沙乡卫生院"
HK = "枫坪县河口镇中心卫生院"
LT = "棠溪县龙潭镇卫生院"

# ---------------------------------------------------------------- ID numbers
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17: str) -> str:
    return CHECK[sum(int(a) * w for a, w in zip(first17, WEIGHTS)) % 11]


_seq = [10]


def make_id(region: str, birth: str, male: bool) -> str:
    """18-digit ID: region (99xxxx) + birth YYYYMMDD + 3-digit sequence (odd = male) + check."""
    _seq[0] += 3
    seq = f"{_seq[0] % 100:02d}{1 if male else 2}"
    s17 = region + birth + seq
    assert len(s17) == 17 and region.startswith("99")
    return s17 + check_char(s17)


def wrong_check(id18: str) -> str:
    good = id18[-1]
    i = CHECK.index(good)
    return id18[:-1] + CHECK[(i + 4) % 11]


def id15_to_18(id15: str) -> str:
    s17 = id15[:6] + "19" + id15[6:]
    return s17 + check_char(s17)


# ---------------------------------------------------------------- dates
def D(y, m, d):
    return dt.date(y, m, d)


def iso(x):
    return None if x is None else x.isoformat()


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s) -> str:
    return str(s).translate(FW)


# ---------------------------------------------------------------- titles
RANK = {
    "主任医师": "正高级", "主任护师": "正高级", "主任中医师": "正高级",
    "副主任医师": "副高级", "副主任护师": "副高级", "副主任中医师": "副高级",
    "主治医师": "中级", "主管护师": "中级", "主治中医师": "中级",
    "住院医师": "初级", "护师": "初级",
}


# ---------------------------------------------------------------- spreadsheet model
class XDate:
    """A real date cell (Excel serial date) with a display format."""

    def __init__(self, d: dt.date, fmt: str = "yyyy/m/d"):
        self.d, self.fmt = d, fmt


class XNum:
    def __init__(self, v, fmt: str = "General"):
        self.v, self.fmt = v, fmt


class Sheet:
    def __init__(self, name: str, ncols: int, hidden: bool = False, widths=None):
        self.name, self.ncols, self.hidden = name, ncols, hidden
        self.rows: list[list] = []
        self.merges: list[tuple[int, int, int, int]] = []  # 0-based r1, c1, r2, c2
        self.hidden_rows: set[int] = set()
        self.styles: dict[int, str] = {}
        self.widths = widths or {}

    def add(self, cells=(), style=None, span=False, hidden=False) -> int:
        """Append a row; returns its 1-based row number as a person sees it."""
        r = len(self.rows)
        cells = list(cells)
        self.rows.append(cells)
        if style:
            self.styles[r] = style
        if span:
            self.merges.append((r, 0, r, self.ncols - 1))
        if hidden:
            self.hidden_rows.add(r)
        return r + 1

    def merge(self, r1, c1, r2, c2):
        """1-based rows, 0-based columns."""
        self.merges.append((r1 - 1, c1, r2 - 1, c2))


def _covered(sheet: Sheet):
    tl, cov = {}, set()
    for r1, c1, r2, c2 in sheet.merges:
        tl[(r1, c1)] = (r2, c2)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    cov.add((r, c))
    return tl, cov


def write_xlsx(path: Path, sheets: list[Sheet], title: str, author: str = "Administrator"):
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    wb.set_properties({"title": title, "author": author, "company": "", "created": FIXED_TS,
                       "comments": "合成数据 SYNTHETIC"})
    cache = {}

    def fmt(style, num_format=None):
        key = (style, num_format)
        if key not in cache:
            spec = {"font_name": "宋体", "font_size": 11, "valign": "vcenter"}
            if style == "title":
                spec.update(bold=True, font_size=16, align="center")
            elif style == "header":
                spec.update(bold=True, align="center", border=1, text_wrap=True)
            elif style == "meta":
                spec.update(align="left")
            elif style == "section":
                spec.update(bold=True, border=1)
            else:
                spec.update(border=1)
            if num_format:
                spec["num_format"] = num_format
            cache[key] = wb.add_format(spec)
        return cache[key]

    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        tl, cov = _covered(sh)
        for r, row in enumerate(sh.rows):
            style = sh.styles.get(r)
            for c, v in enumerate(row):
                if (r, c) in cov:
                    continue
                if isinstance(v, XDate):
                    f = fmt(style, v.fmt)
                    val = dt.datetime.combine(v.d, dt.time())
                elif isinstance(v, XNum):
                    f = fmt(style, v.fmt)
                    val = v.v
                else:
                    f = fmt(style)
                    val = v
                if (r, c) in tl:
                    r2, c2 = tl[(r, c)]
                    ws.merge_range(r, c, r2, c2, "", f)
                    if val is None:
                        continue
                if val is None:
                    continue
                if isinstance(val, dt.datetime):
                    ws.write_datetime(r, c, val, f)
                elif isinstance(val, (int, float)):
                    ws.write_number(r, c, val, f)
                else:
                    ws.write_string(r, c, str(val), f)
            if r in sh.hidden_rows:
                ws.set_row(r, None, None, {"hidden": True})
        for c, w in sh.widths.items():
            ws.set_column(c, c, w)
        if sh.hidden:
            ws.hide()
    wb.close()


def write_xls(path: Path, sheets: list[Sheet]):
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def st(style, num_format=None):
        key = (style, num_format)
        if key not in styles:
            s = xlwt.XFStyle()
            font = xlwt.Font()
            font.name = "宋体"
            if style in ("title", "header"):
                font.bold = True
            s.font = font
            if num_format:
                s.num_format_str = num_format
            styles[key] = s
        return styles[key]

    for sh in sheets:
        ws = wb.add_sheet(sh.name, cell_overwrite_ok=True)
        tl, cov = _covered(sh)
        for r, row in enumerate(sh.rows):
            style = sh.styles.get(r)
            for c, v in enumerate(row):
                if (r, c) in cov:
                    continue
                if isinstance(v, XDate):
                    s, val = st(style, v.fmt), v.d
                elif isinstance(v, XNum):
                    s, val = st(style, v.fmt), v.v
                else:
                    s, val = st(style), v
                if (r, c) in tl:
                    r2, c2 = tl[(r, c)]
                    ws.write_merge(r, r2, c, c2, "" if val is None else val, s)
                elif val is not None:
                    ws.write(r, c, val, s)
            if r in sh.hidden_rows:
                ws.row(r).hidden = True
        for c, w in sh.widths.items():
            ws.col(c).width = int(w * 256)
    wb.save(str(path))


def write_ods(path: Path, sheets: list[Sheet], title: str):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.2">',
           "<office:automatic-styles>"
           '<number:date-style style:name="N1"><number:year number:style="long"/><number:text>年</number:text>'
           '<number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>'
           '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
           "</office:automatic-styles><office:body><office:spreadsheet>"]
    for sh in sheets:
        tl, cov = _covered(sh)
        out.append(f'<table:table table:name="{escape(sh.name)}">')
        out.append(f'<table:table-column table:number-columns-repeated="{sh.ncols}"/>')
        for r, row in enumerate(sh.rows):
            out.append("<table:table-row>")
            row = list(row) + [None] * (sh.ncols - len(row))
            for c, v in enumerate(row):
                if (r, c) in cov:
                    out.append("<table:covered-table-cell/>")
                    continue
                span = ""
                if (r, c) in tl:
                    r2, c2 = tl[(r, c)]
                    span = (f' table:number-columns-spanned="{c2 - c + 1}"'
                            f' table:number-rows-spanned="{r2 - r + 1}"')
                if v is None:
                    out.append(f"<table:table-cell{span}/>")
                elif isinstance(v, XDate):
                    shown = f"{v.d.year}年{v.d.month}月{v.d.day}日"
                    out.append(f'<table:table-cell table:style-name="ce1" office:value-type="date" '
                               f'office:date-value="{v.d.isoformat()}"{span}><text:p>{shown}</text:p></table:table-cell>')
                elif isinstance(v, (int, float, XNum)):
                    n = v.v if isinstance(v, XNum) else v
                    out.append(f'<table:table-cell office:value-type="float" office:value="{n}"{span}>'
                               f"<text:p>{n}</text:p></table:table-cell>")
                else:
                    out.append(f'<table:table-cell office:value-type="string"{span}>'
                               f"<text:p>{escape(str(v))}</text:p></table:table-cell>")
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document-content>")
    content = "".join(out)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} office:version="1.2">'
              "<office:styles/></office:document-styles>")
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%S")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.2">'
            f"<office:meta><meta:generator>LibreOffice/7.3</meta:generator><dc:title>{escape(title)}</dc:title>"
            f"<meta:creation-date>{stamp}</meta:creation-date><dc:date>{stamp}</dc:date>"
            "</office:meta></office:document-meta>")
    when = FIXED_TS.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", when)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.spreadsheet")
        for name, text in (("META-INF/manifest.xml", manifest), ("content.xml", content),
                           ("styles.xml", styles), ("meta.xml", meta)):
            zi = zipfile.ZipInfo(name, when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))


def write_csv(path: Path, rows: list[list], encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue().encode(encoding)
    if bom:
        data = codecs.BOM_UTF8 + data
    path.write_bytes(data)


# ---------------------------------------------------------------- expectations
class Expect:
    def __init__(self):
        self.rows: list[dict] = []
        self.quarantines: list[dict] = []
        self.ids: set[str] = set()
        self.files: list[str] = []

    def row(self, table, file, sheet, row, fields, hospitals=None, id_number=None, findings=(),
            note="", person_key=None):
        rec = {"table": table, "file": file, "sheet": sheet, "row": row, "id_number": id_number,
               "hospitals": hospitals or {}, "fields": fields, "findings": list(findings), "note": note}
        if person_key:
            rec["person_key"] = person_key
        self.rows.append(rec)

    def quar(self, table, file, sheet, row, why, reason_code=None):
        rec = {"quarantine": True, "table": table, "file": file, "sheet": sheet, "row": row, "why": why}
        if reason_code:
            rec["reason_code"] = reason_code
        self.quarantines.append(rec)


def dep_fields(title, start, end, department=None, position=None, years=None, paid=None, rank=True):
    f = {"start_date": iso(start), "end_date": iso(end)}
    if department is not None:
        f["department"] = department
    if title is not None:
        f["title_rank"] = RANK[title]
        if rank == "title":
            f["title"] = title
    f["position_at_recipient"] = position
    if years is not None:
        f["years_of_service"] = years
    if paid is not None:
        f["paid_by_recipient"] = paid
    return f


# ================================================================ the pairing list
PAIRINGS = [
    # support, recipient, level text, category, city, county, agreement (cell, date), period text
    (SPH, SL, "二级甲等", "综合医院", "云岫市", "松岭县", ("2024年1月15日", D(2024, 1, 15)), "2024.1-2026.12"),
    (SPH, FP, "二级甲等", "综合医院", "磐溪市", "枫坪县", ("2024.1.15", D(2024, 1, 15)), "2024.1-2026.12"),
    (STCM, SLZ, "二级甲等", "中医医院", "云岫市", "松岭县", (XDate(D(2024, 1, 20), 'yyyy"年"m"月"d"日"'), D(2024, 1, 20)), "2024.1—2026.12"),
    (YX1, TX, "二级乙等", "综合医院", "云岫市", "棠溪县", ("2024/2/28", D(2024, 2, 28)), "2024.3-2026.12"),
    (PX, LM, "二级甲等", "综合医院", "磐溪市", "鹿鸣县", ("2024-01-18", D(2024, 1, 18)), "2024年1月-2026年12月"),
    (YXFY, TXFY, "二级", "妇幼保健院", "云岫市", "棠溪县", ("20240305", D(2024, 3, 5)), "2024.3-2027.2"),
    (SL, CG, "一级", "社区卫生服务中心", "云岫市", "松岭县", ("2025年1月10日", D(2025, 1, 10)), "2025.1-2027.12"),
    (SL, SQ, "一级甲等", "乡镇卫生院", "云岫市", "松岭县", ("2025.1.10", D(2025, 1, 10)), "2025.1-2027.12"),
    (SL, BS, "一级", "乡镇卫生院", "云岫市", "松岭县", (XDate(D(2025, 1, 10), "yyyy-mm-dd"), D(2025, 1, 10)), "2025.1-2027.12"),
    (FP, HK, "一级甲等", "乡镇卫生院", "磐溪市", "枫坪县", ("2024年3月1日", D(2024, 3, 1)), None),
    (TX, LT, "未定级", "乡镇卫生院", "云岫市", "棠溪县", ("2024.6.28", D(2024, 6, 28)), "2024.7-2026.6"),
]
PERIODS = {  # period text -> (start, end)
    "2024.1-2026.12": (D(2024, 1, 1), D(2026, 12, 31)),
    "2024.1—2026.12": (D(2024, 1, 1), D(2026, 12, 31)),
    "2024.3-2026.12": (D(2024, 3, 1), D(2026, 12, 31)),
    "2024年1月-2026年12月": (D(2024, 1, 1), D(2026, 12, 31)),
    "2024.3-2027.2": (D(2024, 3, 1), D(2027, 2, 28)),
    "2025.1-2027.12": (D(2025, 1, 1), D(2027, 12, 31)),
    "2024.7-2026.6": (D(2024, 7, 1), D(2026, 6, 30)),
    None: (D(2024, 1, 1), D(2026, 12, 31)),  # title 2024—2026年
}
PAIRING_FILE = "SYNTHETIC_附件1_黔阳省城乡医院对口帮扶关系一览表（2024—2026年）.xlsx"


def build_pairing_list(out: Path, exp: dict):
    sh = Sheet("帮扶关系", 10, widths={1: 22, 2: 28, 3: 12, 4: 16, 5: 10, 6: 10, 7: 16, 8: 20, 9: 16})
    sh.add(["附件1"], style="meta")
    sh.add(["SYNTHETIC 黔阳省城乡医院对口帮扶关系一览表（2024—2026年）（合成数据）"], style="title", span=True)
    sh.add(["序号", "帮扶医院", "被帮扶医院", "被帮扶医院级别", "被帮扶医院类别", "所在市（州）", "县（区）",
            "签约时间", "帮扶周期", "备注"], style="header")
    sh.add(["一、三级医院对口帮扶县级医院"], style="section", span=True)
    n = 0
    hospitals: dict[str, dict] = {}
    pairings = []
    for i, (sup, rec, lvl, cat, city, county, (agr_cell, agr), period) in enumerate(PAIRINGS):
        if i == 6:
            sh.add(["二、县级医院帮扶乡镇卫生院（社区卫生服务中心）"], style="section", span=True)
        n += 1
        sh.add([n, sup, rec, lvl, cat, city, county, agr_cell, period,
                "周期未填，按2024—2026年执行" if period is None else None])
        level = lvl[:2] if lvl != "未定级" else "未定级"
        grade = lvl[2:] if len(lvl) == 4 else None
        hospitals[rec] = {"name": rec, "level": level, "grade": grade, "category": cat, "city": city,
                          "county": county}
        hospitals.setdefault(sup, {"name": sup})
        start, end = PERIODS[period]
        pairings.append({"support": sup, "recipient": rec, "start_date": iso(start), "end_date": iso(end),
                         "agreement_date": iso(agr),
                         "start_date_source": "title_period" if period is None else "support_period"})
    sh.add([])
    sh.add(["注：1.帮扶周期未填写的，按2024—2026年执行；2.本表为合成数据（SYNTHETIC），不涉及真实机构。"], style="meta",
           span=True)
    write_xlsx(out / PAIRING_FILE, [sh], "黔阳省城乡医院对口帮扶关系一览表（合成数据）")
    # supports that are also recipients keep their recipient attributes
    exp["hospitals"] = [hospitals[k] for k in sorted(hospitals)]
    exp["pairings"] = pairings
    exp["pairing_file"] = PAIRING_FILE


# ================================================================ submissions
def build_D1(sub: Path, E: Expect):
    """Provincial hospital's roster: WPS two-level header, department section rows, hidden row,
    a row with an unusable start date, a wrong check digit, total and signature lines."""
    fn = "SYNTHETIC_黔阳省人民医院2025年度对口帮扶派驻人员花名册.xlsx"
    E.files.append(fn)
    sn = "派驻人员花名册"
    sh = Sheet(sn, 12, widths={1: 10, 3: 21, 4: 12, 5: 14, 6: 12, 7: 12, 8: 14, 10: 14, 11: 16})
    sh.add(["SYNTHETIC 黔阳省人民医院2025年度城乡医院对口帮扶派驻人员花名册（合成数据）"], style="title", span=True)
    sh.add(["填报单位（盖章）：黔阳省人民医院医务部                    填报日期：2026年1月6日"], style="meta", span=True)
    h1 = sh.add(["序号", "姓名", "性别", "身份证号码", "专业技术职务", "派驻单位", "派驻时间", None, "在受援医院任职",
                 "参加工作年限", "受援单位发放补助（元）", "备注"], style="header")
    sh.add([None, None, None, None, None, None, "起", "止", None, None, None, None], style="header")
    for c in (0, 1, 2, 3, 4, 5, 8, 9, 10, 11):
        sh.merge(h1, c, h1 + 1, c)
    sh.merge(h1, 6, h1, 7)

    people = [
        # section, name, sex, birth, title, recipient as written, official, start cell, start, end cell, end,
        # position, years cell, years, paid, flags
        ("一、心血管内科", None),
        ("欧阳明远", True, "19720514", "主任医师", "松岭县医院", SL, "2025.01.02", D(2025, 1, 2), "2025.06.30",
         D(2025, 6, 30), "副院长", 27, 27, 0, ""),
        ("韦嘉禾", False, "19800902", "副主任医师", "枫坪县人民医院", FP, "2025.03.01", D(2025, 3, 1), "2025.08.31",
         D(2025, 8, 31), "科主任", "18年", 18, 0, ""),
        ("龙子墨", True, "19881123", "主治医师", "松岭县医院", SL, "2025.07.01", D(2025, 7, 1), "至今", None,
         None, 10, 10, 0, ""),
        ("二、普外科", None),
        ("石承宇", True, "19740308", "主任医师", "枫坪县人民医院", FP, "2025.01.06", D(2025, 1, 6), "2025.07.05",
         D(2025, 7, 5), "副院长", 26, 26, 0, ""),
        ("杨晓岚", False, "19821219", "副主任医师", "松岭县医院", SL, "2025.03.03", D(2025, 3, 3), "2025.09.02",
         D(2025, 9, 2), "科主任", "16年", 16, 600, "受援医院发放交通补助"),
        ("吴思远", True, "19900630", "主治医师", "枫坪县人民医院", FP, "2025.09.01", D(2025, 9, 1), "至今", None,
         None, 8, 8, 0, ""),
        ("潘立新", True, "19850417", "主治医师", "松岭县医院", SL, "2025.04.01", D(2025, 4, 1), "2025.09.30",
         D(2025, 9, 30), None, 11, 11, 0, "HIDDEN"),
        ("三、重症医学科", None),
        ("蒙海峰", True, "19790707", "副主任医师", "松岭县医院", SL, "2025.02.10", D(2025, 2, 10), "2025.08.09",
         D(2025, 8, 9), "科主任", 19, 19, 0, "BADCHECK"),
        ("罗文静", False, "19910312", "主治医师", "枫坪县人民医院", FP, "待定", None, None, None, None, 7, 7, 0,
         "PENDING"),
        ("四、护理部", None),
        ("田秀英", False, "19750125", "主任护师", "松岭县医院", SL, "2025.03.01", D(2025, 3, 1), "2025.08.31",
         D(2025, 8, 31), "护士长", 28, 28, 0, ""),
        ("黄丽萍", False, "19860611", "主管护师", "枫坪县人民医院", FP, "2025.04.01", D(2025, 4, 1), "2025.09.30",
         D(2025, 9, 30), None, "14年", 14, 0, ""),
        ("陆小雨", False, "19950803", "护师", "松岭县医院", SL, "2025.10.08", D(2025, 10, 8), "至今", None, None, 6,
         6, 0, ""),
        ("五、医学影像科", None),
        ("谢宏伟", True, "19810929", "副主任医师", "松岭县医院", SL, "2025.05.06", D(2025, 5, 6), "2025.11.05",
         D(2025, 11, 5), None, 17, 17, 0, ""),
    ]
    dept = None
    n = 0
    ids = {}
    for p in people:
        if p[1] is None and len(p) == 2:
            dept = p[0].split("、", 1)[1]
            sh.add([p[0]], style="section", span=True)
            continue
        (name, male, birth, title, rec_w, rec, s_cell, start, e_cell, end, pos, y_cell, years, paid, flag) = p
        n += 1
        idn = make_id("990102", birth, male)
        E.ids.add(idn)
        written = wrong_check(idn) if flag == "BADCHECK" else idn
        E.ids.add(written)
        ids[name] = written
        remark = {"HIDDEN": "已调整，不再派出", "PENDING": "拟第四季度派出", "BADCHECK": ""}.get(flag, flag)
        r = sh.add([n, name, "男" if male else "女", written, title, rec_w, s_cell, e_cell, pos, y_cell, paid,
                    remark or None], hidden=(flag == "HIDDEN"))
        if flag == "HIDDEN":
            continue  # hidden row: not data
        if flag == "PENDING":
            E.quar("deployments", fn, sn, r, "派驻时间“待定”：开始日期缺失 / start date missing (待定)")
            continue
        E.row("deployments", fn, sn, r,
              dep_fields(title, start, end, dept, pos, years, paid, rank="title"),
              {"support_hospital_id": SPH, "recipient_hospital_id": rec}, id_number=written,
              findings=["ID_CHECK_DIGIT"] if flag == "BADCHECK" else [],
              note="department from the section row above; "
              + ("recipient written 松岭县医院; " if rec_w == "松岭县医院" else "")
              + ("end 至今 -> NULL; " if e_cell == "至今" else "")
              + ("wrong check digit; " if flag == "BADCHECK" else ""))
    sh.add(["合计", "12人", None, None, None, None, None, None, None, None, 600, None])
    sh.add([])
    sh.add(["填表人：刘静怡          审核人：杨振华          分管院领导：          联系电话：0851-8xxxxxx"],
           style="meta", span=True)
    write_xlsx(sub / fn, [sh], "黔阳省人民医院派驻人员花名册（合成数据）")
    return ids


def build_D2(sub: Path, E: Expect):
    """Recipient's register of experts received; .xls; name only; support hospital as
    abbreviations; month-only dates; one support hospital not in the pairing list."""
    fn = "SYNTHETIC_棠溪县人民医院2025年派驻专家登记表.xls"
    E.files.append(fn)
    sn = "Sheet1"
    sh = Sheet(sn, 9, widths={1: 10, 2: 36, 3: 10, 4: 12, 5: 12, 6: 12, 7: 10})
    sh.add(["SYNTHETIC 棠溪县人民医院2025年城乡医院对口支援派驻专家登记表（合成数据）"], style="title", span=True)
    sh.add(["受援单位：棠溪县人民医院"], style="meta", span=True)
    sh.add(["序号", "专家姓名", "派出医院", "科室", "职称", "来院时间", "离院时间", "担任职务", "备注"], style="header")
    rows = [
        ("苏明哲", "云岫市一院", YX1, "神经内科", "副主任医师", "2025年1月", D(2025, 1, 1), "2025年6月", D(2025, 6, 30), "副院长"),
        ("毛雅琴", "云岫市第一人民医院", YX1, "骨科", "主任医师", "2025年3月", D(2025, 3, 1), "2025年8月", D(2025, 8, 31), None),
        ("唐浩然", "市一院", YX1, "儿科", "主治医师", "2025年4月", D(2025, 4, 1), "2025年9月", D(2025, 9, 30), None),
        ("费语嫣", "云岫市第一人民医院（云岫医学院附属医院）", YX1, "麻醉科", "副主任医师", "2025年7月", D(2025, 7, 1),
         "2025年12月", D(2025, 12, 31), "科主任"),
        ("贺知远", "云岫市中医医院", None, "针灸科", "副主任中医师", "2025年5月", D(2025, 5, 1), "2025年10月",
         D(2025, 10, 31), None),
        ("江月白", "云岫市一院", YX1, "妇产科", "主治医师", "2025年9月", D(2025, 9, 1), "至今", None, None),
        ("施佳宁", "云岫市第一人民医院", YX1, "急诊科", "主管护师", "2025.10", D(2025, 10, 1), "2026.3", D(2026, 3, 31), None),
    ]
    for i, (name, sup_w, sup, dept, title, sc, s, ec, e, pos) in enumerate(rows, 1):
        r = sh.add([i, name, sup_w, dept, title, sc, ec, pos, None])
        if sup is None:
            E.quar("deployments", fn, sn, r, "派出医院“云岫市中医医院”不在对口支援关系表中 / support hospital not in the pairing list",
                   reason_code="UNRESOLVED_HOSPITAL")
            continue
        E.row("deployments", fn, sn, r, dict(dep_fields(title, s, e, dept, pos, rank="title"), person_id_basis="name"),
              {"support_hospital_id": sup, "recipient_hospital_id": TX}, findings=["NAME_ONLY"],
              note=f"support written {sup_w}; month-only dates; recipient from the title/meta line")
    sh.add(["共计7人"])
    sh.add(["填表人：蒋文        院长签字：        （医院盖章）"], style="meta", span=True)
    write_xls(sub / fn, [sh])


def build_D3(sub: Path, E: Expect):
    """One label|value form per person (一人一表), .ods, with a 填表说明 sheet first."""
    fn = "SYNTHETIC_磐溪市人民医院派驻鹿鸣县人民医院人员信息表.ods"
    E.files.append(fn)
    sheets = []
    note = Sheet("填表说明", 4)
    note.add(["填表说明"], style="title")
    note.add(["1. 每名派驻人员填写一张表，一人一表。"])
    note.add(["2. 派驻时间填写起止日期，尚未结束的填“至今”。"])
    note.add(["3. 身份证号须填写18位；本表为合成数据（SYNTHETIC）。"])
    sheets.append(note)
    persons = [
        ("派驻人员（一）", "孟庆林", True, "19760211", "消化内科", "副主任医师", "2025年3月1日至2025年8月31日",
         D(2025, 3, 1), D(2025, 8, 31), "副院长", "22年", 22),
        ("派驻人员（二）", "甘雨桐", False, "19840825", "妇产科", "副主任医师", "2025年1月6日—2025年7月5日",
         D(2025, 1, 6), D(2025, 7, 5), "科主任", "16", 16),
        ("派驻人员（三）", "柴俊", True, "19900117", "麻醉科", "主治医师", "2025年9月8日至今",
         D(2025, 9, 8), None, None, "9年", 9),
    ]
    ids = {}
    for sname, name, male, birth, dept, title, period, s, e, pos, ycell, years in persons:
        idn = make_id("990503", birth, male)
        E.ids.add(idn)
        ids[name] = idn
        sh = Sheet(sname, 4)
        sh.add(["SYNTHETIC 磐溪市人民医院对口支援派驻人员信息表（合成数据）"], style="title", span=True)
        sh.add(["姓名", name, "性别", "男" if male else "女"])
        r = sh.add(["身份证号", idn, None, None])
        sh.merge(r, 1, r, 3)
        sh.add(["派出单位", PX, "派驻单位", LM])
        sh.add(["科室", dept, "职称", title])
        r = sh.add(["派驻时间", period, None, None])
        sh.merge(r, 1, r, 3)
        sh.add(["在受援医院任职", pos, "参加工作年限", ycell])
        r = sh.add(["派出单位意见", "同意派驻。（盖章）", None, None])
        sh.merge(r, 1, r, 3)
        sh.add(["填表日期：2025年2月20日"], span=True)
        sheets.append(sh)
        E.row("deployments", fn, sname, None, dep_fields(title, s, e, dept, pos, years, rank="title"),
              {"support_hospital_id": PX, "recipient_hospital_id": LM}, id_number=idn,
              note="label|value form, one person per sheet; period in one cell")
    write_ods(sub / fn, sheets, "磐溪市人民医院派驻人员信息表（合成数据）")
    return ids


def build_D4(sub: Path, E: Expect):
    """Transposed list: field labels down column A, one expert per column."""
    fn = "SYNTHETIC_黔阳省中医院派驻专家一览（松岭县中医院）.xlsx"
    E.files.append(fn)
    sn = "派驻专家"
    experts = [
        ("颜清和", True, "19700318", "脑病科", "主任中医师", "2025/1/6", D(2025, 1, 6), "2025/6/30", D(2025, 6, 30), "副院长", 28),
        ("陶文君", False, "19830502", "针灸科", "副主任中医师", "2025/3/3", D(2025, 3, 3), "2025/8/29", D(2025, 8, 29), "科主任", 17),
        ("卢正阳", True, "19870922", "骨伤科", "主治中医师", "2025/7/1", D(2025, 7, 1), "2025/12/31", D(2025, 12, 31), None, 12),
        ("许婉清", False, "19890114", "护理部", "主管护师", "2025/9/1", D(2025, 9, 1), "2026/2/28", D(2026, 2, 28), None, 11),
    ]
    sh = Sheet(sn, 5, widths={0: 14, 1: 20, 2: 20, 3: 20, 4: 20})
    sh.add(["SYNTHETIC 黔阳省中医院2025年对口帮扶松岭县中医院派驻专家一览表（合成数据）"], style="title", span=True)
    sh.add(["项目", "专家一", "专家二", "专家三", "专家四"], style="header")
    ids = [make_id("990104", b, m) for _, m, b, *_ in experts]
    E.ids.update(ids)
    sh.add(["姓名"] + [x[0] for x in experts])
    sh.add(["性别"] + ["男" if x[1] else "女" for x in experts])
    sh.add(["身份证号"] + ids)
    sh.add(["所在科室"] + [x[3] for x in experts])
    sh.add(["职称"] + [x[4] for x in experts])
    sh.add(["派驻开始时间"] + [x[5] for x in experts])
    sh.add(["派驻结束时间"] + [x[7] for x in experts])
    sh.add(["在受援医院任职"] + [x[9] or "" for x in experts])
    sh.add(["工作年限"] + [x[10] for x in experts])
    sh.add(["备注", None, None, None, "跨年度派驻"])
    sh.add(["填报单位：黔阳省中医院医务处                2026年1月5日"], style="meta", span=True)
    for (name, male, birth, dept, title, sc, s, ec, e, pos, years), idn in zip(experts, ids):
        E.row("deployments", fn, sn, None, dep_fields(title, s, e, dept, pos, years),
              {"support_hospital_id": STCM, "recipient_hospital_id": SLZ}, id_number=idn,
              note="transposed: one person per column; recipient only in the title")
    write_xlsx(sub / fn, [sh], "黔阳省中医院派驻专家一览（合成数据）")


# ---------------------------------------------------------------- the county hospital's ledger
def build_ledger(sub: Path, E: Expect):
    fn = "SYNTHETIC_松岭县人民医院2025年对口帮扶工作台账.xlsx"
    E.files.append(fn)
    sheets = []
    note = Sheet("填表说明", 1, widths={0: 80})
    note.add(["填表说明"], style="title")
    note.add(["1. 本台账由松岭县人民医院医务科按季度更新，年底汇总报县卫生健康局。"])
    note.add(["2. 日期未写年份的均为2025年。"])
    note.add(["3. 各受援单位业务数据按月填写，一个单位一张表（城关、石桥镇、白沙乡）。"])
    note.add(["4. 人员信息涉及个人隐私，本台账不填写身份证号。"])
    note.add(["5. 本台账为合成数据（SYNTHETIC）。"])
    sheets.append(note)

    # --- 派驻人员 (county hospital -> township centres), name only, Excel dates
    sn = "派驻人员"
    sh = Sheet(sn, 10, widths={1: 10, 5: 24, 6: 14, 7: 14, 8: 12})
    sh.add(["SYNTHETIC 松岭县人民医院2025年下派乡镇卫生院（社区卫生服务中心）人员台账（合成数据）"], style="title", span=True)
    sh.add(["序号", "姓名", "性别", "科室", "职称", "下派单位", "下派开始时间", "下派结束时间", "在下派单位任职", "备注"],
           style="header")
    deps = [
        ("周建国", "男", "内科", "主治医师", "石桥镇卫生院", SQ, D(2025, 1, 6), D(2025, 6, 30), "副院长"),
        ("蒋丽华", "女", "妇产科", "副主任医师", "石桥镇", SQ, D(2025, 7, 1), D(2025, 12, 31), None),
        ("严志强", "男", "外科", "主治医师", "白沙乡卫生院", BS, D(2025, 3, 3), D(2025, 8, 29), None),
        ("莫小芳", "女", "儿科", "主治医师", "城关社区卫生服务中心", CG, D(2025, 2, 10), D(2025, 8, 8), None),
        ("韩东", "男", "中医科", "主治医师", "白沙乡", BS, D(2025, 9, 1), None, None),
        ("邓美玲", "女", "护理部", "主管护师", "城关社区", CG, D(2025, 4, 1), D(2025, 9, 30), "护士长"),
    ]
    for i, (name, sex, dept, title, rec_w, rec, s, e, pos) in enumerate(deps, 1):
        r = sh.add([i, name, sex, dept, title, rec_w, XDate(s), XDate(e) if e else "至今", pos, None])
        E.row("deployments", fn, sn, r, dict(dep_fields(title, s, e, dept, pos, rank="title"), person_id_basis="name"),
              {"support_hospital_id": SL, "recipient_hospital_id": rec}, findings=["NAME_ONLY"],
              note=f"ledger; recipient written {rec_w}; support is the ledger's owner", person_key=f"SL:{name}")
    sh.add([])
    sh.add(["制表：医务科 覃晓燕"], style="meta")
    sheets.append(sh)

    # --- 进修人员 (township staff trained at the county hospital)
    sn = "进修人员"
    sh = Sheet(sn, 8, widths={1: 10, 2: 24, 4: 12, 5: 12})
    sh.add(["SYNTHETIC 松岭县人民医院2025年接收基层进修人员台账（合成数据）"], style="title", span=True)
    sh.add(["序号", "姓名", "所在单位", "进修科室", "开始时间", "结束时间", "进修费用", "是否结业"], style="header")
    trs = [
        ("覃小兰", "石桥镇卫生院", SQ, "内科", "3月上旬", D(2025, 3, 1), "8月", D(2025, 8, 31), "免", True),
        ("杨光明", "白沙乡卫生院", BS, "外科", "3月上旬", D(2025, 3, 1), "5月", D(2025, 5, 31), "免", True),
        ("欧春燕", "城关社区卫生服务中心", CG, "全科医学科", "4月", D(2025, 4, 1), "9月", D(2025, 9, 30), "免", True),
        ("吴德胜", "石桥镇卫生院", SQ, "检验科", "2025.06.01", D(2025, 6, 1), "2025.11.30", D(2025, 11, 30), "免", True),
        ("王秋菊", "白沙乡卫生院", BS, "护理部", "9月上旬", D(2025, 9, 1), "至今", None, "免", False),
        ("蓝天", "城关社区", CG, "放射科", "10月", D(2025, 10, 1), "12月", D(2025, 12, 31), "免", True),
    ]
    for i, (name, rec_w, rec, dept, sc, s, ec, e, fee, done) in enumerate(trs, 1):
        r = sh.add([i, name, rec_w, dept, sc, ec, fee, "是" if done else "否"])
        E.row("trainees", fn, sn, r,
              {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": 0, "completed": done,
               "person_id_basis": "name"},
              {"recipient_hospital_id": rec, "host_hospital_id": SL}, findings=["NAME_ONLY"],
              note="year only in the ledger title / 填表说明; 上旬 -> 1st; month-only end -> last day; 免 -> 0")
    sheets.append(sh)

    # --- 新技术
    sn = "新技术"
    sh = Sheet(sn, 6, widths={1: 24, 2: 30, 3: 12})
    sh.add(["SYNTHETIC 2025年帮扶受援单位开展新技术、新项目台账（合成数据）"], style="title", span=True)
    sh.add(["序号", "受援单位", "新技术（新项目）名称", "开展时间", "开展例数", "备注"], style="header")
    techs = [
        ("石桥镇卫生院", SQ, "清创缝合术规范化开展", "2025年4月", D(2025, 4, 1), 36, 36, None),
        ("石桥镇卫生院", SQ, "心电图远程诊断", "2025年5月", D(2025, 5, 1), "120例", 120, None),
        ("白沙乡卫生院", BS, "针刺治疗腰腿痛", "2025年6月", D(2025, 6, 1), 45, 45, None),
        ("城关社区卫生服务中心", CG, "慢病一体化门诊", "2025年3月", D(2025, 3, 1), "二百余例", None, "cases"),
        ("城关社区", CG, "家庭医生签约智能随访", "2025.9", D(2025, 9, 1), 80, 80, None),
    ]
    for i, (rec_w, rec, name, dc, d, cc, cases, finding) in enumerate(techs, 1):
        r = sh.add([i, rec_w, name, dc, cc, "例数为约数" if finding else None])
        E.row("techniques", fn, sn, r, {"name": name, "first_performed_date": iso(d), "cases": cases},
              {"recipient_hospital_id": rec}, findings=[finding] if finding else [],
              note="month-only first date -> 1st" + ("; 二百余例 -> NULL + finding" if finding else ""))
    sheets.append(sh)

    # --- 培训活动
    sn = "培训活动"
    sh = Sheet(sn, 7, widths={1: 12, 2: 22, 3: 14, 4: 34})
    sh.add(["SYNTHETIC 2025年下沉帮扶带教培训活动记录（合成数据）"], style="title", span=True)
    sh.add(["序号", "日期", "地点", "形式", "内容", "主讲人", "参加人数"], style="header")
    acts = [
        ("1月16日", D(2025, 1, 16), "石桥镇卫生院", SQ, "教学查房", "社区获得性肺炎查房", "周建国", "12人", 12, None),
        ("2月25日", D(2025, 2, 25), "城关社区卫生服务中心", CG, "学术讲座", "儿童常见病合理用药", "莫小芳", 30, 30, None),
        ("3月15日", D(2025, 3, 15), "白沙乡卫生院", BS, "技术培训", "清创缝合技术培训", "严志强", "18人", 18, None),
        ("3月28日", D(2025, 3, 28), "石桥镇卫生院", SQ, "疑难病例讨论", "反复发热待查病例讨论", "周建国", 9, 9, None),
        ("4月18日", D(2025, 4, 18), "城关社区", CG, "技术培训", "静脉输液规范操作培训", "邓美玲", "三十余人", None, "participants"),
        ("5月9日", D(2025, 5, 9), "白沙乡卫生院", BS, "义诊", "“健康乡村行”义诊", "严志强", 85, 85, None),
        ("6月20日", D(2025, 6, 20), "石桥镇卫生院", SQ, "学术讲座", "高血压分级诊疗", "周建国", 26, 26, None),
        ("7月23日", D(2025, 7, 23), "石桥镇卫生院", SQ, "教学查房", "妊娠期高血压查房", "蒋丽华", 11, 11, None),
        ("9月12日", D(2025, 9, 12), "白沙乡卫生院", BS, "学术讲座", "中医适宜技术推广", "韩东", 22, 22, None),
        ("11月6日", D(2025, 11, 6), "石桥镇卫生院", SQ, "远程会诊", "产后出血远程会诊", "蒋丽华", 5, 5, None),
    ]
    for i, (dc, d, place, rec, typ, topic, who, pc, parts, finding) in enumerate(acts, 1):
        r = sh.add([i, dc, place, typ, topic, who, pc])
        E.row("activities", fn, sn, r, {"activity_date": iso(d), "activity_type": typ, "participants": parts,
                                        "topic": topic},
              {"recipient_hospital_id": rec}, findings=[finding] if finding else [],
              note="date without year (年份见台账标题/填表说明); recipient from the 地点 column")
    sheets.append(sh)

    # --- 月考核 (name only; same people as 派驻人员)
    sn = "月考核"
    sh = Sheet(sn, 8, widths={2: 24})
    sh.add(["SYNTHETIC 下派人员月度考核记录（2025年）（合成数据）"], style="title", span=True)
    sh.add(["序号", "姓名", "下派单位", "考核月份", "在岗抽查次数", "抽查在岗次数", "月考核得分", "备注"], style="header")
    who = [("周建国", "石桥镇卫生院", SQ), ("严志强", "白沙乡卫生院", BS), ("莫小芳", "城关社区卫生服务中心", CG)]
    scores = {3: [92, 88, 90], 4: [94, 79, 91], 5: [90, 85, 93.5], 6: [91, 87, 92]}
    checks = {3: [(3, 3), (3, 2), (3, 3)], 4: [(3, 3), (4, 3), (3, 3)], 5: [(3, 3), (3, 3), (3, 3)],
              6: [(2, 2), (3, 3), (3, 3)]}
    i = 0
    for m in (3, 4, 5, 6):
        for k, (name, rec_w, rec) in enumerate(who):
            i += 1
            sc = scores[m][k]
            c, p = checks[m][k]
            r = sh.add([i, name, rec_w, f"{m}月", c, p, sc, "不合格" if sc < 80 else None])
            E.row("staff_monthly_assessments", fn, sn, r,
                  {"year": YEAR, "month": m, "score": sc, "spot_checks": c, "spot_checks_present": p,
                   "person_id_basis": "name"},
                  {"recipient_hospital_id": rec}, findings=["NAME_ONLY"], person_key=f"SL:{name}",
                  note="month without year; name-only person also in the 派驻人员 sheet")
    sheets.append(sh)

    # --- one sheet per supported centre (monthly statistics); the sheet name is the only context
    centres = [("城关", CG, 2400, "plain"), ("石桥镇", SQ, 1300, "fullwidth"), ("白沙乡", BS, 700, "nosurgery")]
    for sname, rec, base, style in centres:
        rnd = random.Random(f"rw7-ledger-{sname}")
        sh = Sheet(sname, 7, widths={1: 14, 2: 12, 3: 12, 4: 16, 5: 14})
        sh.add(["SYNTHETIC 受援单位2025年月度业务数据（合成数据）"], style="title", span=True)
        sh.add(["月份", "门急诊人次", "出院人数", "手术台次", "上转（转出）人次", "下转接收人次", "备注"], style="header")
        tot = [0, 0, 0, 0, 0]
        for m in range(1, 13):
            v = base + rnd.randint(-180, 220) + (150 if m in (1, 2, 12) else 0)
            dch = base // 25 + rnd.randint(-8, 10)
            sur = None if style == "nosurgery" else base // 200 + rnd.randint(0, 6)
            ref = rnd.randint(6, 25)
            down = rnd.randint(0, 6)
            for j, x in enumerate((v, dch, sur, ref, down)):
                tot[j] += x or 0
            if style == "plain":
                cells = [f"{m}月", v, dch, sur, ref, down, None]
            elif style == "fullwidth":
                cells = [f"2025年{m}月", fw(f"{v}") + "人次", fw(dch) + "人", fw(sur) + "台", fw(ref) + "人次",
                         fw(down) + "人次", None]
            else:
                cells = [f"{m}月", str(v), str(dch), "—", str(ref), str(down), "无手术室" if m == 1 else None]
            r = sh.add(cells)
            fields = {"year": YEAR, "month": m, "outpatient_visits": v, "discharges": dch, "referrals_out": ref,
                      "referrals_down_received": down}
            if sur is not None:
                fields["surgeries"] = sur
            E.row("hospital_monthly_stats", fn, sname, r, fields, {"recipient_hospital_id": rec},
                  note={"plain": "sheet name 城关 is the only hint of the centre",
                        "fullwidth": "full-width digits with 人次/人/台 units; sheet name 石桥镇",
                        "nosurgery": "numbers as text, surgeries '—' (not asserted); sheet name 白沙乡"}[style])
        sh.add(["合计", tot[0], tot[1], None if style == "nosurgery" else tot[2], tot[3], tot[4], None])
        sheets.append(sh)

    write_xlsx(sub / fn, sheets, "松岭县人民医院2025年对口帮扶工作台账（合成数据）", author="医务科")


# ---------------------------------------------------------------- trainees
def build_T1(sub: Path, E: Expect):
    """GBK CSV exported from Excel: title line with trailing commas, range in one cell, 15-digit
    ID, fee 免, an unresolvable host hospital, total and signature lines."""
    fn = "SYNTHETIC_松岭县人民医院2025年外出进修人员统计.csv"
    E.files.append(fn)
    rows = [["松岭县人民医院2025年外出进修人员统计表（合成数据）"] + [""] * 11,
            ["序号", "姓名", "性别", "身份证号码", "所在科室", "进修单位", "进修科室", "进修起止时间", "进修费用(元)",
             "是否结业", "备注", ""]]
    people = [
        ("何永康", True, "19870605", "急诊科", "黔阳省人民医院", SPH, "急诊医学科", "2025.03-2025.08", D(2025, 3, 1), D(2025, 8, 31), "免", 0, "是", True, ""),
        ("麻丽娟", False, "19920219", "检验科", "省人民医院", SPH, "检验科", "2025.03-2025.05", D(2025, 3, 1), D(2025, 5, 31), "0", 0, "是", True, ""),
        ("杨春生", True, "19850730", "儿科", "黔阳省人民医院", SPH, "新生儿科", "2025.04-2025.09", D(2025, 4, 1), D(2025, 9, 30), "免", 0, "是", True, "ID15"),
        ("吴玉兰", False, "19900412", "护理部", "云岫市第三人民医院", None, "重症医学科", "2025.05-2025.07", D(2025, 5, 1), D(2025, 7, 31), "免", 0, "是", True, "UNRES"),
        ("龙飞", True, "19881002", "麻醉科", "黔阳省人民医院", SPH, "麻醉科", "2025.09-2026.02", D(2025, 9, 1), D(2026, 2, 28), "免", 0, "在修", None, ""),
        ("石美华", False, "19890916", "超声科", "黔阳省人民医院", SPH, "超声医学科", "2025.06-2025.11", D(2025, 6, 1), D(2025, 11, 30), "3000", 3000, "是", True, ""),
        ("田志刚", True, "19840121", "骨科", "黔阳省人民医院", SPH, "脊柱外科", "2025.10-2026.03", D(2025, 10, 1), D(2026, 3, 31), "免", 0, "否", False, "未完成进修计划"),
    ]
    recs = []
    for i, (name, male, birth, home, host_w, host, dept, rng, s, e, feec, fee, donec, done, flag) in enumerate(people, 1):
        if flag == "ID15":
            id15 = "990321" + birth[2:] + ("13" + ("1" if male else "2"))
            id18 = id15_to_18(id15)
            E.ids.update([id15, id18])
            written, pid = id15, id18
        else:
            written = pid = make_id("990321", birth, male)
            E.ids.add(written)
        rows.append([i, name, "男" if male else "女", written, home, host_w, dept, rng, feec, donec,
                     "" if flag in ("ID15", "UNRES") else flag, ""])
        recs.append((len(rows), name, host, dept, s, e, fee, done, flag, pid, host_w))
    rows.append(["合计", "7人"] + [""] * 10)
    rows.append(["填报人：龙海燕", "", "联系电话：0851-6xxxxxx"] + [""] * 9)
    write_csv(sub / fn, rows, "gbk")
    for (recno, name, host, dept, s, e, fee, done, flag, pid, host_w) in recs:
        if flag == "UNRES":
            E.quar("trainees", fn, None, recno, "进修单位“云岫市第三人民医院”不在对口支援关系表中 / host hospital not in the pairing list",
                   reason_code="UNRESOLVED_HOSPITAL")
            continue
        f = {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": fee}
        if done is not None:
            f["completed"] = done
        E.row("trainees", fn, None, recno, f, {"recipient_hospital_id": SL, "host_hospital_id": host},
              id_number=pid, findings=["ID_15_DIGIT"] if flag == "ID15" else [],
              note="GBK CSV; period 2025.03-2025.08 in one cell; sending hospital only in the title/file name"
              + ("; 15-digit ID, person id from the 18-digit conversion" if flag == "ID15" else "")
              + (f"; host written {host_w}" if host_w != host else ""))


def build_T2(sub: Path, E: Expect):
    """Host hospital's list: batches as section rows, yyyymmdd typed as numbers, an ID stored as a
    number, recipient name variants, a hidden draft sheet with ID numbers."""
    fn = "SYNTHETIC_黔阳省中医院2025年接收进修人员名单.xlsx"
    E.files.append(fn)
    sn = "进修人员"
    sh = Sheet(sn, 11, widths={1: 10, 3: 21, 4: 18, 5: 12, 6: 14, 7: 14})
    sh.add(["SYNTHETIC 黔阳省中医院2025年接收对口帮扶单位进修人员名单（合成数据）"], style="title", span=True)
    sh.add(["序号", "姓名", "性别", "身份证号", "选送单位", "进修科室", "进修开始时间", "进修结束时间", "收费情况",
            "结业情况", "备注"], style="header")
    people = [
        ("第一批（2025年3月入院）",),
        ("文桂芳", False, "19880419", "松岭县中医院", "针灸推拿科", 20250303, D(2025, 3, 3), 20250831, D(2025, 8, 31), "已结业", True, ""),
        ("邹学林", True, "19861108", "松岭县中医院", "脾胃病科", 20250303, D(2025, 3, 3), 20250831, D(2025, 8, 31), "已结业", True, "NUMBER"),
        ("罗慧敏", False, "19930627", "松岭县中医医院", "康复医学科", XDate(D(2025, 3, 10), "yyyy-mm-dd"), D(2025, 3, 10),
         XDate(D(2025, 9, 9), "yyyy-mm-dd"), D(2025, 9, 9), "已结业", True, ""),
        ("第二批（2025年9月入院）",),
        ("赵德明", True, "19850213", "松岭中医院", "骨伤科", 20250901, D(2025, 9, 1), 20260228, D(2026, 2, 28), "未结业", False, ""),
        ("李翠萍", False, "19910821", "松岭县中医院", "护理部", 20250901, D(2025, 9, 1), 20251130, D(2025, 11, 30), "已结业", True, ""),
        ("曾凡", True, "19900505", "松岭县中医院", "肺病科", "2025-09-15", D(2025, 9, 15), "2026-03-14", D(2026, 3, 14), "", None, ""),
    ]
    n = 0
    draft = []
    for p in people:
        if len(p) == 1:
            sh.add([p[0]], style="section", span=True)
            continue
        name, male, birth, rec_w, dept, sc, s, ec, e, donec, done, flag = p
        n += 1
        idn = make_id("990322", birth, male)
        while flag == "NUMBER" and idn.endswith("X"):
            idn = make_id("990322", birth, male)
        E.ids.add(idn)
        cell = XNum(float(f"{int(idn):.15g}")) if flag == "NUMBER" else idn  # Excel keeps 15 digits
        r = sh.add([n, name, "男" if male else "女", cell, rec_w, dept, sc, ec, "免收", donec, None])
        if n <= 3:
            draft.append([n, name, "男" if male else "女", idn, rec_w, dept, "2025.3", "2025.8", "免收", None, "草稿"])
        f = {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": 0}
        if done is not None:
            f["completed"] = done
        if flag == "NUMBER":
            f["person_id_basis"] = "name"
        E.row("trainees", fn, sn, r, f, {"recipient_hospital_id": SLZ, "host_hospital_id": STCM},
              id_number=None if flag == "NUMBER" else idn,
              findings=["ID_STORED_AS_NUMBER"] if flag == "NUMBER" else [],
              note="host is the reporting hospital (title); 免收 -> 0"
              + ("; dates typed as numbers yyyymmdd" if isinstance(sc, int) else "")
              + ("; ID stored as a number (digits lost): person id from the name" if flag == "NUMBER" else "")
              + (f"; recipient written {rec_w}" if rec_w != SLZ else ""))
    sh.add(["合计：6人"])
    sh.add(["经办人：             科教处（盖章）"], style="meta", span=True)
    hid = Sheet("Sheet2", 11, hidden=True)
    hid.add(["进修人员（草稿，勿报）"])
    hid.add(["序号", "姓名", "性别", "身份证号", "选送单位", "进修科室", "进修开始时间", "进修结束时间", "收费情况",
             "结业情况", "备注"])
    for d in draft:
        hid.add(d)
    write_xlsx(sub / fn, [sh, hid], "黔阳省中医院进修人员名单（合成数据）")


def build_T3(sub: Path, E: Expect):
    """UTF-8 CSV (no BOM) from a hospital information system: no title line, tab-prefixed ID
    numbers (as HIS exports write them to stop Excel), blank IDs, host with a bracket alias."""
    fn = "SYNTHETIC_枫坪县人民医院进修人员汇总2025.csv"
    E.files.append(fn)
    rows = [["姓名", "身份证号", "进修专业", "进修医院", "进修开始时间", "进修结束时间", "进修时长", "进修费用",
             "结业情况"]]
    people = [
        ("莫建平", True, "19860304", "tab", "心血管内科", "黔阳省人民医院", "2025/3/1", D(2025, 3, 1), "2025/8/31", D(2025, 8, 31), "6个月", "免", 0, "已结业", True),
        ("黎春花", False, None, None, "重症护理", "黔阳省人民医院（省医）", "2025/3/1", D(2025, 3, 1), "2025/5/31", D(2025, 5, 31), "3个月", "免", 0, "已结业", True),
        ("潘宇航", True, "19910807", "plain", "急诊医学科", "黔阳省人民医院", "2025/4/1", D(2025, 4, 1), "2025/9/30", D(2025, 9, 30), "6个月", "0", 0, "已结业", True),
        ("韦晓梅", False, "19890126", "tab", "检验科", "省人民医院", "2025/6/1", D(2025, 6, 1), "2025/11/30", D(2025, 11, 30), "6个月", "2400", 2400, "已结业", True),
        ("陈立", True, None, None, "医学影像科", "黔阳省人民医院", "2025/9/1", D(2025, 9, 1), "2026/2/28", D(2026, 2, 28), "6个月", "免", 0, "在修", None),
    ]
    for name, male, birth, how, dept, host_w, sc, s, ec, e, dur, feec, fee, donec, done in people:
        idn = make_id("990421", birth, male) if birth else None
        if idn:
            E.ids.add(idn)
        rows.append([name, ("\t" + idn) if how == "tab" else (idn or ""), dept, host_w, sc, ec, dur, feec, donec])
        f = {"department": dept, "start_date": iso(s), "end_date": iso(e), "fee_charged": fee}
        if done is not None:
            f["completed"] = done
        if not idn:
            f["person_id_basis"] = "name"
        E.row("trainees", fn, None, len(rows), f, {"recipient_hospital_id": FP, "host_hospital_id": SPH},
              id_number=idn, findings=[] if idn else ["NAME_ONLY"],
              note="UTF-8 CSV without BOM; sending hospital only in the file name"
              + ("; ID prefixed with a tab" if how == "tab" else "") + ("" if idn else "; no ID number")
              + (f"; host written {host_w}" if host_w != SPH else ""))
    write_csv(sub / fn, rows, "utf-8")


# ---------------------------------------------------------------- techniques
def build_K1(sub: Path, E: Expect):
    fn = "SYNTHETIC_松岭县人民医院2025年新技术新项目开展情况统计表.xlsx"
    E.files.append(fn)
    sn = "新技术新项目"
    sh = Sheet(sn, 8, widths={1: 30, 2: 14, 3: 14, 4: 10, 5: 12, 6: 18, 7: 14})
    sh.add(["SYNTHETIC 松岭县人民医院2025年度新技术、新项目开展情况统计表（合成数据）"], style="title", span=True)
    sh.add(["填报科室：医务科                统计时间：2025年1月—12月"], style="meta", span=True)
    h = sh.add(["序号", "项目名称", "开展科室", "首次开展时间", "开展情况", None, "指导（帮扶）单位", "备注"], style="header")
    sh.add([None, None, None, None, "例数", "是否填补县域空白", None, None], style="header")
    for c in (0, 1, 2, 3, 6, 7):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 4, h, 5)
    items = [
        ("一、内科系统",),
        ("经皮冠状动脉介入治疗（PCI）", "心血管内科", "2025年3月", D(2025, 3, 1), "18例", 18, "是", True, "黔阳省人民医院", SPH, None),
        ("无痛胃肠镜诊疗", "消化内科", "2025/5/8", D(2025, 5, 8), "约120例", None, "是", True, "黔阳省人民医院", SPH, "cases"),
        ("床旁连续性血液净化（CRRT）", "重症医学科", "20250715", D(2025, 7, 15), 23, 23, "否", False, "省人民医院", SPH, None),
        ("二、外科系统",),
        ("腹腔镜下胆囊切除术", "普外科", "2025.04.12", D(2025, 4, 12), "１５例", 15, "否", False, "黔阳省人民医院", SPH, None),
        ("腹腔镜下腹股沟疝修补术", "普外科", XDate(D(2025, 6, 3), 'yyyy"年"m"月"d"日"'), D(2025, 6, 3), 9, 9, "√", True, "黔阳省人民医院", SPH, None),
        ("关节镜下半月板修复术", "骨科", "2025年9月", D(2025, 9, 1), 4, 4, "是", True, None, None, None),
        ("三、医技及护理",),
        ("CT引导下经皮肺穿刺活检术", "医学影像科", XDate(D(2025, 6, 18), "yyyy-mm-dd"), D(2025, 6, 18), 6, 6, "是", True, "黔阳省人民医院", SPH, None),
        ("冠状动脉CT血管成像（CTA）", "医学影像科", "2025.7.1", D(2025, 7, 1), 57, 57, "否", False, "黔阳省人民医院", SPH, None),
        ("PICC置管术", "护理部", "2025-03-20", D(2025, 3, 20), "31例", 31, "否", False, "黔阳省人民医院", SPH, None),
    ]
    n = 0
    for it in items:
        if len(it) == 1:
            sh.add([it[0]], style="section", span=True)
            continue
        name, dept, dc, d, cc, cases, gapc, gap, sup_w, sup, finding = it
        n += 1
        r = sh.add([n, name, dept, dc, cc, gapc, sup_w, None])
        hosp = {"recipient_hospital_id": SL}
        if sup:
            hosp["support_hospital_id"] = sup
        E.row("techniques", fn, sn, r,
              {"name": name, "department": dept, "first_performed_date": iso(d), "cases": cases,
               "fills_county_gap": gap},
              hosp, findings=[finding] if finding else [],
              note="two-level header (开展情况: 例数 | 是否填补县域空白); section rows are groups, the column gives the department")
    sh.add(["合计", "9项", None, None, None, None, None, None])
    sh.add(["填表人：覃晓燕        审核人：杨振宇（医务科科长）"], style="meta", span=True)
    write_xlsx(sub / fn, [sh], "松岭县人民医院新技术新项目（合成数据）")


def build_K2(sub: Path, E: Expect):
    fn = "SYNTHETIC_鹿鸣县人民医院新技术新业务2025.csv"
    E.files.append(fn)
    rows = [["项目名称", "开展科室", "首次开展日期", "开展例数", "是否填补县域空白", "合作（指导）医院"]]
    items = [
        ("内镜黏膜下剥离术（ESD）", "消化内科", "2025-03-18", D(2025, 3, 18), "12", 12, "是", True, "磐溪市人民医院", None),
        ("分娩镇痛（无痛分娩）", "麻醉科", "2025/4/2", D(2025, 4, 2), "86例", 86, "是", True, "磐溪市医院", None),
        ("腹腔镜下全子宫切除术", "妇产科", "2025年5月", D(2025, 5, 1), "7", 7, "否", False, "磐溪市人民医院", None),
        ("动态血压监测", "心血管内科", "2025-06-10", D(2025, 6, 10), "十余例", None, "否", False, "", "cases"),
        ("人工髋关节置换术", "骨科", "2025-08-21", D(2025, 8, 21), "5", 5, "是", True, "磐溪市人民医院", None),
        ("日间手术", "日间手术中心", "2025-10-08", D(2025, 10, 8), "30", 30, "否", False, "磐溪市人民医院", None),
    ]
    for name, dept, dc, d, cc, cases, gapc, gap, sup_w, finding in items:
        rows.append([name, dept, dc, cc, gapc, sup_w])
        hosp = {"recipient_hospital_id": LM}
        if sup_w:
            hosp["support_hospital_id"] = PX
        E.row("techniques", fn, None, len(rows),
              {"name": name, "department": dept, "first_performed_date": iso(d), "cases": cases,
               "fills_county_gap": gap},
              hosp, findings=[finding] if finding else [],
              note="UTF-8 CSV with BOM; recipient only in the file name"
              + ("; support written 磐溪市医院" if sup_w == "磐溪市医院" else ""))
    write_csv(sub / fn, rows, "utf-8", bom=True)


# ---------------------------------------------------------------- activities
def build_A1(sub: Path, E: Expect):
    fn = "SYNTHETIC_枫坪县人民医院2025年专家带教培训活动登记表.xlsx"
    E.files.append(fn)
    sn = "带教培训"
    sh = Sheet(sn, 9, widths={1: 14, 2: 12, 3: 36, 4: 14, 5: 16, 6: 12, 7: 10, 8: 14})
    sh.add(["SYNTHETIC 枫坪县人民医院2025年对口帮扶专家带教培训活动登记表（合成数据）"], style="title", span=True)
    sh.add(["填报单位：枫坪县人民医院医务科"], style="meta", span=True)
    sh.add(["序号", "活动日期", "活动形式", "活动主题", "主讲（带教）专家", "专家所在单位", "参加对象", "参加人数", "备注"],
           style="header")
    acts = [
        ("2025.1.15", D(2025, 1, 15), "教学查房", "教学查房", "急性胆囊炎规范化诊疗查房", "石承宇", "黔阳省人民医院", "外科医护", 22, 22, None),
        ("2025年2月20日", D(2025, 2, 20), "专题讲座", "学术讲座", "围手术期血糖管理", "石承宇", "省人民医院", "全院医师", "65人", 65, None),
        (XDate(D(2025, 3, 12), 'yyyy"年"m"月"d"日"'), D(2025, 3, 12), "手术示教", "手术示教", "腹腔镜下阑尾切除术", "石承宇", "黔阳省人民医院", "普外科", 8, 8, None),
        ("2025-03-26", D(2025, 3, 26), "疑难病例讨论", "疑难病例讨论", "不明原因发热病例讨论", "韦嘉禾", "黔阳省人民医院", "内科", "１２人", 12, None),
        ("2025.4.9", D(2025, 4, 9), "学术讲座", "学术讲座", "高血压基层管理指南解读", "韦嘉禾", "黔阳省人民医院", "全院", "约60人", None, "participants"),
        ("2025.4.23", D(2025, 4, 23), "技能培训", "技术培训", "成人心肺复苏技能培训", "黄丽萍", "黔阳省人民医院", "护理人员", "48人", 48, None),
        ("2025.5.14", D(2025, 5, 14), "远程会诊", "远程会诊", "重症急性胰腺炎远程会诊", "韦嘉禾", "黔阳省人民医院", "ICU", 6, 6, None),
        ("2025.5.31", D(2025, 5, 31), "义诊活动", "义诊", "“健康下乡”河口镇义诊", "石承宇、韦嘉禾", "黔阳省人民医院", "群众", "120人次", 120, None),
        (None, None, "学术讲座", None, "抗菌药物合理使用", "韦嘉禾", "黔阳省人民医院", "全院医师", None, None, "QUAR"),
        ("2025.6.18", D(2025, 6, 18), "死亡病例讨论", "死亡病例讨论", "一例脓毒症休克死亡病例讨论", "韦嘉禾", "黔阳省人民医院", "内科", 18, 18, None),
        ("2025.7.2", D(2025, 7, 2), "教学查房", "教学查房", "慢阻肺急性加重期查房", "韦嘉禾", "黔阳省人民医院", "内科", 14, 14, None),
        ("2025.9.10", D(2025, 9, 10), "手术示教", "手术示教", "腹股沟疝无张力修补术", "吴思远", "黔阳省人民医院", "普外科", 6, 6, None),
        ("2025.10.15", D(2025, 10, 15), "疑难病例讨论", "疑难病例讨论", "上消化道出血病例讨论", "吴思远", "黔阳省人民医院", "内外科", 16, 16, None),
        ("2025.11.19", D(2025, 11, 19), "学术讲座", "学术讲座", "加速康复外科（ERAS）在基层的应用", "吴思远", "黔阳省人民医院", "全院医师", 52, 52, None),
    ]
    for i, (dc, d, typc, typ, topic, who, sup_w, aud, pc, parts, flag) in enumerate(acts, 1):
        r = sh.add([i, dc, typc, topic, who, sup_w, aud, pc, "日期待补" if flag == "QUAR" else None])
        if flag == "QUAR":
            E.quar("activities", fn, sn, r, "活动日期空白（备注“日期待补”） / activity date missing")
            continue
        E.row("activities", fn, sn, r, {"activity_date": iso(d), "activity_type": typ, "participants": parts,
                                        "topic": topic},
              {"recipient_hospital_id": FP, "support_hospital_id": SPH},
              findings=[flag] if flag else [],
              note="recipient from the title/填报单位" + (f"; type written {typc}" if typc != typ else "")
              + (f"; support written {sup_w}" if sup_w != SPH else ""))
    sh.add(["合计：共开展活动14次"])
    sh.add(["填表人：黄晓东          医务科审核：          2025年12月31日"], style="meta", span=True)
    write_xlsx(sub / fn, [sh], "枫坪县人民医院带教培训活动登记（合成数据）")


def build_A2(sub: Path, E: Expect):
    fn = "SYNTHETIC_棠溪县妇幼保健院对口帮扶活动记录2025.xls"
    E.files.append(fn)
    sn = "活动记录"
    sh = Sheet(sn, 7, widths={0: 12, 1: 14, 2: 34, 3: 14, 4: 18, 5: 10, 6: 12})
    sh.add(["SYNTHETIC 棠溪县妇幼保健院（棠溪县妇幼保健计划生育服务中心）2025年对口帮扶活动记录（合成数据）"], style="title", span=True)
    sh.add(["时间", "活动类型", "活动内容", "授课（指导）专家", "专家单位", "参加人数", "备注"], style="header")
    acts = [
        ("2025.2.18", D(2025, 2, 18), "学术讲座", "产后出血的预防与处理", "邹静", "云岫市妇幼保健院", 32, 32, None),
        ("2025.3.6", D(2025, 3, 6), "教学查房", "新生儿黄疸查房", "邹静", "市妇幼", 15, 15, None),
        (XDate(D(2025, 5, 11), "yyyy.m.d"), D(2025, 5, 11), "义诊", "母亲节“两癌”筛查义诊", "邹静、卢敏", "云岫市妇幼", "全院职工", None, "participants"),
        ("20250520", D(2025, 5, 20), "手术示教", "腹腔镜下卵巢囊肿剥除术", "卢敏", "云岫市妇幼保健院", 8, 8, None),
        ("2025.6.24", D(2025, 6, 24), "疑难病例讨论", "妊娠合并重度子痫前期病例讨论", "卢敏", "云岫市妇幼保健院", 20, 20, None),
        ("2025.8.9", D(2025, 8, 9), "技术培训", "新生儿复苏技能培训", "钟可欣", "市妇幼保健院", 26, 26, None),
        ("2025.9.17", D(2025, 9, 17), "远程会诊", "复杂先天性心脏病胎儿会诊", "钟可欣", "云岫市妇幼保健院", 6, 6, None),
        ("2025.11.3", D(2025, 11, 3), "死亡病例讨论", "一例新生儿死亡病例讨论", "钟可欣", "云岫市妇幼保健院", 18, 18, None),
    ]
    for dc, d, typ, topic, who, sup_w, pc, parts, finding in acts:
        r = sh.add([dc, typ, topic, who, sup_w, pc, None])
        E.row("activities", fn, sn, r, {"activity_date": iso(d), "activity_type": typ, "participants": parts,
                                        "topic": topic},
              {"recipient_hospital_id": TXFY, "support_hospital_id": YXFY}, findings=[finding] if finding else [],
              note="recipient named in the title with a bracketed second name"
              + (f"; support written {sup_w}" if sup_w != YXFY else ""))
    sh.add(["报送：棠溪县妇幼保健院医务科      联系人：卢晓"], style="meta", span=True)
    write_xls(sub / fn, [sh])


def build_A4(sub: Path, E: Expect):
    """GB18030 CSV with characters outside GBK (a lecturer's name, a dental term in a topic)."""
    fn = "SYNTHETIC_松岭县中医院2025年帮扶活动开展情况.csv"
    E.files.append(fn)
    rows = [["松岭县中医院2025年对口帮扶活动开展情况（合成数据）", "", "", "", "", "", ""],
            ["序号", "活动日期", "活动类型", "活动主题", "主讲专家", "派出单位", "参加人数"]]
    acts = [
        ("20250310", D(2025, 3, 10), "学术讲座", "中医体质辨识在慢病管理中的应用", "颜清和", "黔阳省中医院", "42", 42),
        ("2025年4月8日", D(2025, 4, 8), "教学查房", "中风病恢复期教学查房", "颜清和", "省中医院", "16", 16),
        ("2025-06-05", D(2025, 6, 5), "技术培训", "针刺手法规范化培训", "陶文君", "黔阳省中医院", "28人", 28),
        ("2025-07-16", D(2025, 7, 16), "手术示教", "桡骨远端骨折手法复位示教", "卢正阳", "黔阳省中医院", "9", 9),
        ("20250827", D(2025, 8, 27), "疑难病例讨论", "顽固性面瘫病例讨论", "陶文君", "黔阳省中医院", "12", 12),
        ("2025年10月22日", D(2025, 10, 22), "学术讲座", "咬𬌗重建与颞下颌关节紊乱病中西医结合治疗", "刘䶮", "黔阳省中医院", "35", 35),
        ("2025-11-12", D(2025, 11, 12), "义诊", "“送医下乡”中医义诊", "许婉清等", "黔阳省中医院", "150", 150),
    ]
    for i, (dc, d, typ, topic, who, sup_w, pc, parts) in enumerate(acts, 1):
        rows.append([i, dc, typ, topic, who, sup_w, pc])
        E.row("activities", fn, None, len(rows), {"activity_date": iso(d), "activity_type": typ,
                                                  "participants": parts, "topic": topic},
              {"recipient_hospital_id": SLZ, "support_hospital_id": STCM},
              note="GB18030 CSV" + ("; topic has 𬌗 (outside GBK), lecturer 刘䶮" if "𬌗" in topic else "")
              + (f"; support written {sup_w}" if sup_w != STCM else ""))
    write_csv(sub / fn, rows, "gb18030")


# ---------------------------------------------------------------- monthly statistics
def build_M2(sub: Path, E: Expect):
    """Months as columns, indicators as rows, a 全年合计 column."""
    fn = "SYNTHETIC_鹿鸣县人民医院2025年1-12月主要业务指标.xlsx"
    E.files.append(fn)
    sn = "业务指标"
    sh = Sheet(sn, 15, widths={0: 18})
    sh.add(["SYNTHETIC 鹿鸣县人民医院2025年1-12月主要业务指标统计（合成数据）"], style="title", span=True)
    sh.add(["填报单位：鹿鸣县人民医院统计室        单位负责人：        填表人：陆敏"], style="meta", span=True)
    sh.add(["指标名称", "计量单位"] + [f"{m}月" for m in range(1, 13)] + ["全年合计"], style="header")
    rnd = random.Random("rw7-M2")
    series = {
        "outpatient_visits": [21000 + rnd.randint(-2500, 3000) for _ in range(12)],
        "discharges": [1500 + rnd.randint(-150, 200) for _ in range(12)],
        "surgeries": [420 + rnd.randint(-60, 80) for _ in range(12)],
        "referrals_out": [60 + rnd.randint(-15, 20) for _ in range(12)],
        "referrals_down_received": [rnd.randint(8, 30) for _ in range(12)],
    }
    labels = [("门急诊人次", "人次", "outpatient_visits"), ("出院人数", "人", "discharges"),
              ("手术台次", "台次", "surgeries"), ("外转人次", "人次", "referrals_out"),
              ("下转接收人次", "人次", "referrals_down_received")]
    for lab, unit, key in labels:
        vals = list(series[key])
        cells = [lab, unit] + vals + [sum(vals)]
        if key == "referrals_down_received":
            cells[2 + 6] = "约" + str(vals[6])  # July
        sh.add(cells)
    sh.add(["注：数据来源于医院HIS系统，7月下转接收数为估算数。"], style="meta", span=True)
    for m in range(1, 13):
        f = {"year": YEAR, "month": m}
        for _, _, key in labels:
            f[key] = series[key][m - 1]
        fnd = []
        if m == 7:
            f["referrals_down_received"] = None
            fnd = ["referrals_down_received"]
        E.row("hospital_monthly_stats", fn, sn, None, f, {"recipient_hospital_id": LM}, findings=fnd,
              note="months as columns" + ("; 约N in an optional count -> NULL + finding" if m == 7 else ""))
    write_xlsx(sub / fn, [sh], "鹿鸣县人民医院业务指标（合成数据）")


def build_M3(sub: Path, E: Expect):
    fn = "SYNTHETIC_河口镇中心卫生院2025年业务月报.csv"
    E.files.append(fn)
    rows = [["河口镇中心卫生院2025年业务月报（合成数据）", "", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术例数", "转出人次", "接收下转人次", "备注"]]
    month_cells = {1: "2025-01", 2: "2025年2月", 3: "2025.03", 4: "2025/04", 5: "5月", 6: "6月份", 7: "2025年07月",
                   8: "2025-8", 9: "9月", 10: "10月", 11: "11月", 12: "12月"}
    rnd = random.Random("rw7-M3")
    tot = [0] * 5
    for m in range(1, 13):
        v = 1500 + rnd.randint(-200, 260)
        dch = 38 + rnd.randint(-8, 12)
        sur = rnd.randint(0, 5)
        ref = rnd.randint(5, 18)
        down = rnd.randint(0, 4)
        for j, x in enumerate((v, dch, sur, ref, down)):
            tot[j] += x
        vc = f"{v:,}" if m % 3 == 1 else (f"{v}人次" if m % 3 == 2 else str(v))
        rows.append([month_cells[m], vc, f"{dch}人" if m in (2, 5, 8) else str(dch), f"{sur}例", str(ref), str(down), ""])
        E.row("hospital_monthly_stats", fn, None, len(rows),
              {"year": YEAR, "month": m, "outpatient_visits": v, "discharges": dch, "surgeries": sur,
               "referrals_out": ref, "referrals_down_received": down},
              {"recipient_hospital_id": HK}, note=f"GBK CSV; month written {month_cells[m]}; centre named without its county")
        if m == 6:
            rows.append(["", "1,502", "41", "3例", "12", "2", "数据待核，月份漏填"])
            E.quar("hospital_monthly_stats", fn, None, len(rows), "月份空白（备注“月份漏填”） / month missing")
    rows.append(["合计", f"{tot[0]:,}", str(tot[1]), f"{tot[2]}例", str(tot[3]), str(tot[4]), "不含待核行"])
    rows.append(["填报人：韦秀兰  审核：石斌", "", "", "", "", "", ""])
    write_csv(sub / fn, rows, "gbk")


# ---------------------------------------------------------------- assessments
def build_S1(sub: Path, E: Expect, d1_ids: dict):
    """One sheet per month, with ID numbers (one with a wrong check digit)."""
    fn = "SYNTHETIC_松岭县人民医院派驻专家月度考核表2025.xlsx"
    E.files.append(fn)
    on_site = {  # name -> months at 松岭县人民医院 (from D1)
        "欧阳明远": range(1, 7), "杨晓岚": range(3, 10), "蒙海峰": range(2, 9), "田秀英": range(3, 9),
        "谢宏伟": range(5, 12), "龙子墨": range(7, 13),
    }
    depts = {"欧阳明远": "心血管内科", "杨晓岚": "普外科", "蒙海峰": "重症医学科", "田秀英": "护理部",
             "谢宏伟": "医学影像科", "龙子墨": "心血管内科"}
    order = ["欧阳明远", "杨晓岚", "蒙海峰", "田秀英", "谢宏伟", "龙子墨"]
    rnd = random.Random("rw7-S1")
    sheets = []
    for m in range(3, 9):
        sn = f"{m}月"
        sh = Sheet(sn, 10, widths={1: 10, 2: 21, 3: 22, 4: 12})
        sh.add(["SYNTHETIC 松岭县人民医院对口帮扶派驻专家月度考核表（合成数据）"], style="title", span=True)
        sh.add([f"考核月份：2025年{m}月                考核单位：松岭县人民医院医务科"], style="meta", span=True)
        sh.add(["序号", "姓名", "身份证号", "派出单位", "派驻科室", "电话抽查次数", "抽查在岗次数", "考核得分", "考核等次",
                "备注"], style="header")
        n = 0
        for name in order:
            if m not in on_site[name]:
                continue
            n += 1
            checks = 3 if rnd.random() < 0.8 else 4
            present = checks if rnd.random() < 0.75 else checks - 1
            score = round(84 + rnd.random() * 14, 1)
            if name == "杨晓岚" and m == 5:
                score = 79.5
            sup_w = "省人民医院" if (m == 4 and name == "田秀英") else SPH
            score_cell = f"{score:g}分" if m == 6 else score
            check_cell = f"{checks}次" if m == 7 else checks
            r = sh.add([n, name, d1_ids[name], sup_w, depts[name], check_cell, present, score_cell,
                        "不合格" if score < 80 else ("优秀" if score >= 90 else "合格"), None])
            E.row("staff_monthly_assessments", fn, sn, r,
                  {"year": YEAR, "month": m, "score": score, "spot_checks": checks, "spot_checks_present": present},
                  {"recipient_hospital_id": SL, "support_hospital_id": SPH}, id_number=d1_ids[name],
                  findings=["ID_CHECK_DIGIT"] if name == "蒙海峰" else [],
                  note="month from the sheet name / 考核月份 line; recipient from the title"
                  + ("; score written with 分" if m == 6 else "") + ("; checks written with 次" if m == 7 else "")
                  + ("; wrong check digit as in the roster" if name == "蒙海峰" else ""))
        sh.add([])
        sh.add(["考核小组成员签字：                        日期："], style="meta", span=True)
        sheets.append(sh)
    write_xlsx(sub / fn, sheets, "松岭县人民医院派驻专家月度考核（合成数据）")


def build_S2(sub: Path, E: Expect):
    """Wide: one person per row, months as columns (two-level header), names only."""
    fn = "SYNTHETIC_鹿鸣县人民医院派驻人员月考核汇总2025.xlsx"
    E.files.append(fn)
    sn = "月考核汇总"
    sh = Sheet(sn, 16, widths={1: 10, 2: 12})
    sh.add(["SYNTHETIC 鹿鸣县人民医院2025年对口支援派驻人员月度考核得分汇总表（合成数据）"], style="title", span=True)
    sh.add(["派出单位：磐溪市人民医院                考核单位：鹿鸣县人民医院医务科"], style="meta", span=True)
    h = sh.add(["序号", "姓名", "科室", "2025年月度考核得分"] + [None] * 11 + ["平均分"], style="header")
    sh.add([None, None, None] + [f"{m}月" for m in range(1, 13)] + [None], style="header")
    for c in (0, 1, 2, 15):
        sh.merge(h, c, h + 1, c)
    sh.merge(h, 3, h, 14)
    rnd = random.Random("rw7-S2")
    persons = [("孟庆林", "消化内科", range(3, 9)), ("甘雨桐", "妇产科", range(1, 8)), ("柴俊", "麻醉科", range(9, 13))]
    for i, (name, dept, months) in enumerate(persons, 1):
        scores = {m: round(85 + rnd.random() * 12, 1) for m in months}
        if name == "柴俊":
            scores[10] = 78.0
        cells = [i, name, dept] + [scores.get(m) for m in range(1, 13)]
        cells.append(round(sum(scores.values()) / len(scores), 1))
        r = sh.add(cells)
        for m in months:
            E.row("staff_monthly_assessments", fn, sn, r,
                  {"year": YEAR, "month": m, "score": scores[m], "person_id_basis": "name"},
                  {"recipient_hospital_id": LM, "support_hospital_id": PX}, findings=["NAME_ONLY"],
                  note="months as columns under a merged 2025年月度考核得分 header; blank = not on site; 平均分 not a month")
    sh.add(["说明：80分以下为不合格；空白表示当月未派驻在岗。"], style="meta", span=True)
    sh.add(["考核人：            审核：            日期：2026年1月8日"], style="meta", span=True)
    write_xlsx(sub / fn, [sh], "鹿鸣县人民医院派驻人员月考核（合成数据）")


# ---------------------------------------------------------------- county inpatient figures
def build_C1(sub: Path, E: Expect):
    fn = "SYNTHETIC_松岭县县域住院服务流向统计2023-2025.ods"
    E.files.append(fn)
    sn = "县域住院"
    sh = Sheet(sn, 5)
    sh.add(["SYNTHETIC 松岭县县域内住院服务利用情况（2023—2025年）（合成数据）"], style="title", span=True)
    sh.add(["填报单位：松岭县卫生健康局            行政区划代码：990321"], style="meta", span=True)
    sh.add(["年度", "县域内常住居民住院总人次", "其中：在县域内医疗机构住院人次", "县域外住院人次", "县域内住院占比（%）"],
           style="header")
    data = [("2023年", 2023, 41235, 33810, 7425, 82.0), ("2024年", 2024, 43018, 36140, 6878, 84.0),
            ("2025年", 2025, 44260, 38120, 6140, 86.1)]
    for yc, y, tot, inside, outside, pct in data:
        r = sh.add([yc, tot, inside, outside, pct])
        E.row("county_inpatient_stats", fn, sn, r,
              {"county_code": "990321", "year": y, "resident_admissions": tot,
               "resident_admissions_outside_county": outside},
              note="county code only in the 填报单位 line")
    sh.add(["注：2025年为1—12月快报数。"], style="meta", span=True)
    sh.add(["填表人：田野          审核人：          日期：2026年1月12日"], style="meta", span=True)
    write_ods(sub / fn, [sh], "松岭县县域住院服务流向（合成数据）")


# ================================================================ main
def build(outdir: Path) -> dict:
    _seq[0] = 10
    raw = outdir / "data" / "raw"
    (raw / "reference").mkdir(parents=True, exist_ok=True)
    sub = raw / "submissions"
    sub.mkdir(exist_ok=True)
    exp: dict = {"about": "realworld7 expected values (synthetic corpus, fictional province 黔阳省)",
                 "person_key_env": "realworld7-test-key"}
    build_pairing_list(raw / "reference", exp)
    E = Expect()
    d1_ids = build_D1(sub, E)
    build_D2(sub, E)
    build_D3(sub, E)
    build_D4(sub, E)
    build_ledger(sub, E)
    build_T1(sub, E)
    build_T2(sub, E)
    build_T3(sub, E)
    build_K1(sub, E)
    build_K2(sub, E)
    build_A1(sub, E)
    build_A2(sub, E)
    build_A4(sub, E)
    build_M2(sub, E)
    build_M3(sub, E)
    build_S1(sub, E, d1_ids)
    build_S2(sub, E)
    build_C1(sub, E)
    counts: dict[str, int] = {}
    for r in E.rows:
        counts[r["table"]] = counts.get(r["table"], 0) + 1
    exp["submission_files"] = E.files
    exp["expected_counts"] = dict(sorted(counts.items()))
    exp["corpus_id_numbers"] = sorted(E.ids)
    exp["rows"] = E.rows
    exp["quarantines"] = E.quarantines
    return harness_truth(exp)


def harness_truth(exp: dict) -> dict:
    """The expectations in tests/corpus_harness.py's shape (unified 2026-12-06); nothing is dropped: a row
    keeps file/sheet/row (row None: a record spanning rows) and gains ``places``; its ``findings`` (a field
    or a code) become ``row_findings``; rows of one name-only person (``person_key``) become ``same_person``;
    the 15-digit ID number is hashed as its 18-digit form, as the tool does."""
    same_person: dict[str, list] = {}
    for r in exp["rows"]:
        r["places"] = [[r["file"], r["sheet"], r["row"]]]
        r["keys"] = []
        if r["id_number"] and len(r["id_number"]) == 15:
            r["id_number"] = id15_to_18(r["id_number"])
        if r.get("person_key"):
            same_person.setdefault(r["person_key"], []).append([r["table"], r["file"], r["sheet"], r["row"]])
    for q in exp["quarantines"]:
        q["category"] = "unresolved_hospital" if q.get("reason_code") == "UNRESOLVED_HOSPITAL" else "unusable"
    exp["row_findings"] = [{"file": r["file"], "sheet": r["sheet"], "row": r["row"], "what": x}
                           for r in exp["rows"] for x in r["findings"]]
    exp["same_person"] = same_person
    ids: dict[str, list] = {}
    for i in exp["corpus_id_numbers"]:
        canonical = id15_to_18(i) if len(i) == 15 else i
        ids.setdefault(canonical, [])
        if i != canonical:
            ids[canonical].append(i)
    exp["id_numbers"] = ids
    return exp


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    a = ap.parse_args(argv)
    exp = build(a.outdir)
    (a.outdir / "truth.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(exp["expected_counts"].values())
    print(f"wrote {len(exp['submission_files'])} submissions + pairing list to {a.outdir}; "
          f"{n} expected rows {exp['expected_counts']}, {len(exp['quarantines'])} quarantines")


if __name__ == "__main__":
    main()
