#!/usr/bin/env python
"""Third unseen test corpus for duikou: awkward, hand-made 对口支援 submissions (合成数据).

    python tests/realworld3/make_corpus.py OUTDIR

Writes about 25 SYNTHETIC_* spreadsheets to OUTDIR/data/raw/submissions/, the hospital registry workbook to
OUTDIR/data/raw/reference/SYNTHETIC_registry.xlsx and the values a correct reader must recover to
OUTDIR/truth.json (in the shape of tests/corpus_harness.py; until 2026-12-06 the files went to OUTDIR, the
registry to tests/realworld3/registry.xlsx and the values to tests/realworld3/expected.json). Everything is synthetic: people, ID numbers
(region codes 99xxxx, valid GB 11643 check digits), hospitals and figures are invented.
The output is deterministic (fixed seeds, fixed zip timestamps).

Written independently of the parser and of the project's own generators.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
FIXED_TS = dt.datetime(2024, 6, 1, 8, 0, 0)

# --------------------------------------------------------------------------- ID numbers
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_C = "10X98765432"


def check_char(s17: str) -> str:
    return _C[sum(int(a) * w for a, w in zip(s17, _W)) % 11]


def make_id(region: str, birth: str, male: bool, k: int, want_x: bool = False) -> str:
    seq = 20 + 2 * k + (1 if male else 0)
    while True:
        s17 = f"{region}{birth}{seq:03d}"
        c = check_char(s17)
        if not want_x or c == "X":
            return s17 + c
        seq += 2


# key: (name as written, male?, region, birth)
_PEOPLE = [
    # dispatched staff
    ("P01", "陈立新", True, "990101", "19780412"),
    ("P02", "刘晓燕", False, "990101", "19850903"),
    ("P03", "周建国", True, "990101", "19721120"),
    ("P04", "赵敏", False, "990101", "19900214"),
    ("P05", "孙浩然", True, "990101", "19830730"),
    ("P06", "吴静", False, "990101", "19871208"),
    ("P07", "郑伟", True, "990101", "19800506"),
    ("P08", "王丽华", False, "990101", "19820322"),
    ("P09", "李强", True, "990101", "19860819"),
    ("P10", "黄志明", True, "990101", "19750601"),
    ("P11", "林秀英", False, "990101", "19841010"),
    ("P12", "何德胜", True, "990101", "19790125"),
    ("P13", "许丽", False, "990101", "19880716"),  # bad check digit: curated with a finding
    ("P14", "马骏", True, "990101", "19770909"),
    ("P15", "高雪", False, "990101", "19880404"),
    ("P16", "罗斌", True, "990101", "19811212"),
    ("P17", "谢芳", False, "990101", "19910618"),
    ("P18", "曹宇", True, "990101", "19760303"),
    ("P19", "邓丽", False, "990101", "19891111"),
    ("P20", "田野", True, "990101", "19850312"),  # ID stored as a number: curated (name-based id), finding
    ("P21", "冯刚", True, "990101", "19840228"),
    ("P22", "韩梅", False, "990124", "19860505"),
    ("P23", "彭涛", True, "990124", "19830317"),
    ("P24", "蒋南", True, "990124", "19870101"),  # quarantined: unknown recipient
    ("P25", "蒋文", True, "990124", "19900707"),
    ("P26", "许仲文", True, "990101", "19740808"),
    ("P27", "韦晓东", True, "990101", "19780922"),
    ("P28", "苏红梅", False, "990101", "19860214"),
    ("P29", "潘志强", True, "990101", "19820627"),
    ("P30", "韦小芳", False, "990124", "19920315"),
    ("P31", "欧阳明", True, "990101", "19860130"),
    # trainees (recipient staff)
    ("T01", "杨帆", True, "990124", "19900101"),
    ("T02", "朱丹", False, "990124", "19920220"),
    ("T03", "秦海", True, "990124", "19880808"),
    ("T04", "尤佳", False, "990124", "19950505"),
    ("T05", "龙小燕", False, "990124", "19930918"),
    ("T06", "石磊", True, "990124", "19910610"),
    ("T07", "包青", True, "990124", "19940404"),  # 17-digit ID: curated (name-based id), finding
    ("T08", "邹玲", False, "990124", "19960812"),
    ("T09", "金鑫", True, "990121", "19890303"),
    ("T10", "孔令仪", False, "990121", "19910919"),
    ("T11", "曾凡", True, "990121", "19870725"),
    ("T12", "梁爽", False, "990122", "19900909"),
    ("T13", "宋健", True, "990122", "19921111"),  # quarantined: impossible date
    ("T14", "方圆", False, "990122", "19941212"),
    ("T15", "唐宁", False, "990122", "19890606"),
    ("T16", "贺军", True, "990122", "19870214"),
]
IDS: dict[str, str] = {}
NAMES: dict[str, str] = {}
for _k, (_key, _name, _male, _region, _birth) in enumerate(_PEOPLE):
    IDS[_key] = make_id(_region, _birth, _male, _k, want_x=_key in ("P12", "T10"))
    NAMES[_key] = _name


def bad_check(idn: str) -> str:
    """Same ID with a wrong check digit."""
    wrong = "0" if idn[-1] != "0" else "1"
    return idn[:17] + wrong


# --------------------------------------------------------------------------- dates
def plus_months_minus_day(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1])) - dt.timedelta(days=1)


def month_end(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def fw(text: str) -> str:
    """Full-width digits."""
    return text.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


CN_NUM = {12: "十二", 20: "二十", 9: "九", 3: "三", 7: "七", 15: "十五"}

# --------------------------------------------------------------------------- sheets
class Cell:
    """A cell value with an Excel number format."""

    def __init__(self, v, fmt: str | None = None):
        self.v = v
        self.fmt = fmt


class Sheet:
    def __init__(self, name: str, widths: dict[int, float] | None = None):
        self.name = name
        self.rows: list[list] = []
        self.merges: list[tuple[int, int, int, int]] = []
        self.widths = widths or {}

    def add(self, *cells) -> int:
        self.rows.append(list(cells))
        return len(self.rows)

    def merge(self, r1: int, c1: int, r2: int, c2: int) -> None:
        self.merges.append((r1, c1, r2, c2))

    def covered(self) -> set[tuple[int, int]]:
        out = set()
        for r1, c1, r2, c2 in self.merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        out.add((r, c))
        return out

    def cells(self):
        cov = self.covered()
        for r, row in enumerate(self.rows, 1):
            for c, v in enumerate(row, 1):
                fmt = None
                if isinstance(v, Cell):
                    v, fmt = v.v, v.fmt
                if v is None or (r, c) in cov:
                    continue
                yield r, c, v, fmt


_ID_RE = re.compile(r"^'?\d{17}[\dXx]$")


def write_openpyxl(path: Path, sheets: list[Sheet]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh.name)
        for r, c, v, fmt in sh.cells():
            cell = ws.cell(r, c, v)
            if isinstance(v, (dt.date, dt.datetime)):
                cell.number_format = fmt or "yyyy-mm-dd"
            elif fmt:
                cell.number_format = fmt
            elif isinstance(v, str) and _ID_RE.match(v):
                cell.number_format = "@"
            if r == 1 and isinstance(v, str) and len(v) > 12:
                cell.font = Font(bold=True, size=14)
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(r1, c1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for col, w in sh.widths.items():
            ws.column_dimensions[chr(64 + col)].width = w
    wb.properties.creator = "合成数据"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.save(path)


def write_xlsxwriter(path: Path, sheets: list[Sheet]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    wb.set_properties({"author": "WPS Office 合成数据", "created": FIXED_TS})
    fmts: dict[str, object] = {}

    def fmt_of(f):
        if f is None:
            return None
        if f not in fmts:
            fmts[f] = wb.add_format({"num_format": f})
        return fmts[f]

    center = wb.add_format({"align": "center", "valign": "vcenter", "text_wrap": True})
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        tops = {(m[0], m[1]): m for m in sh.merges}
        for r, c, v, f in sh.cells():
            if (r, c) in tops:
                continue
            if isinstance(v, (dt.date, dt.datetime)):
                ws.write_datetime(r - 1, c - 1, v, fmt_of(f or "yyyy-mm-dd"))
            elif isinstance(v, str):
                ws.write_string(r - 1, c - 1, v, fmt_of(f))
            else:
                ws.write_number(r - 1, c - 1, v, fmt_of(f))
        for (r1, c1), (_, _, r2, c2) in tops.items():
            v = sh.rows[r1 - 1][c1 - 1] if c1 - 1 < len(sh.rows[r1 - 1]) else None
            if isinstance(v, Cell):
                v = v.v
            ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, "" if v is None else v, center)
        for col, w in sh.widths.items():
            ws.set_column(col - 1, col - 1, w)
    wb.close()


def write_xls(path: Path, sheets: list[Sheet]) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    styles: dict[str, object] = {}

    def style(f):
        f = f or "General"
        if f not in styles:
            styles[f] = xlwt.easyxf(num_format_str=f)
        return styles[f]

    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        tops = {(m[0], m[1]): m for m in sh.merges}
        for r, c, v, f in sh.cells():
            if isinstance(v, (dt.date, dt.datetime)):
                f = f or "YYYY-MM-DD"
            if (r, c) in tops:
                _, _, r2, c2 = tops[(r, c)]
                ws.write_merge(r - 1, r2 - 1, c - 1, c2 - 1, v, style(f))
            else:
                ws.write(r - 1, c - 1, v, style(f))
        for (r1, c1), (_, _, r2, c2) in tops.items():
            row = sh.rows[r1 - 1]
            if c1 - 1 >= len(row) or row[c1 - 1] is None:
                ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, "", style(None))
        for col, w in sh.widths.items():
            ws.col(col - 1).width = int(w * 256)
    wb.save(str(path))


def write_ods(path: Path, sheets: list[Sheet]) -> None:
    import pandas as pd

    with pd.ExcelWriter(path, engine="odf") as w:
        for sh in sheets:
            width = max(len(r) for r in sh.rows)
            rows = [[(v.v if isinstance(v, Cell) else v) for v in r] + [None] * (width - len(r)) for r in sh.rows]
            pd.DataFrame(rows, dtype=object).to_excel(w, sheet_name=sh.name, header=False, index=False)


def write_csv(path: Path, sh: Sheet, encoding: str, pad: bool = True) -> None:
    width = max(len(r) for r in sh.rows)
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\r\n")
    for row in sh.rows:
        out = []
        for v in row:
            if isinstance(v, Cell):
                v = v.v
            out.append("" if v is None else str(v))
        if pad:
            out += [""] * (width - len(out))
        wr.writerow(out)
    path.write_bytes(buf.getvalue().encode(encoding))


def normalise_zip(path: Path, xlsm: bool = False) -> None:
    """Fixed timestamps inside the zip (byte-for-byte determinism); macro-enabled content type for .xlsm."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2024-06-01T08:00:00Z", data)
            if xlsm and info.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 1, 8, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)


# --------------------------------------------------------------------------- expectations
class Expect:
    def __init__(self):
        self.rows: list[dict] = []
        self.quarantines: list[dict] = []
        self.findings: list[dict] = []
        self.non_form: list[dict] = []
        self.files: list[dict] = []

    def row(self, table, file, sheet, row, values, id_number=None, wide=False, note=None, data_row=None):
        rec = {"table": table, "file": file, "sheet": sheet, "row": row, "wide": wide}
        if data_row:
            rec["data_row"] = data_row  # the one row holding the record's cells (header gives year/month)
        if id_number:
            rec["id_number"] = id_number
        rec["values"] = {k: (iso(v) if isinstance(v, dt.date) else v) for k, v in values.items()}
        if note:
            rec["note"] = note
        self.rows.append(rec)

    def quarantine(self, file, sheet, row, kind, why, table):
        self.quarantines.append({"quarantine": True, "file": file, "sheet": sheet, "row": row, "kind": kind,
                                 "table": table, "why": why})

    def finding(self, file, sheet, row, kind, field, code, why, table):
        """The row (also given with row()) is curated with a findings row for field/code and is
        not quarantined (data contract, section findings)."""
        self.findings.append({"file": file, "sheet": sheet, "row": row, "kind": kind, "table": table,
                              "field": field, "code": code, "why": why})

    def nonform(self, file, sheet, what):
        self.non_form.append({"file": file, "sheet": sheet, "what": what})


# --------------------------------------------------------------------------- registry
HOSPITALS = [
    # code, name, level, grade, category, city, county, county_code, alias
    ("QL001", "青岚省人民医院", "三级", "甲等", "综合医院", "明川市", "明川市市辖区", "990101", ""),
    ("QL002", "青岚医科大学附属第一医院", "三级", "甲等", "综合医院", "明川市", "明川市市辖区", "990101", "青医附一院"),
    ("QL003", "明川市中心医院", "三级", "甲等", "综合医院", "明川市", "明川市市辖区", "990101", ""),
    ("QL004", "青岚省中医院", "三级", "甲等", "中医医院", "明川市", "明川市市辖区", "990101", ""),
    ("QL101", "石桥县人民医院", "二级", "甲等", "综合医院", "明川市", "石桥县", "990121", "石桥县医院"),
    ("QL102", "雁鸣县人民医院", "二级", "甲等", "综合医院", "明川市", "雁鸣县", "990122", ""),
    ("QL103", "雁鸣县中医医院", "二级", "甲等", "中医医院", "明川市", "雁鸣县", "990122", "雁鸣县中医院"),
    ("QL104", "青禾县人民医院", "二级", "甲等", "综合医院", "明川市", "青禾县", "990123", ""),
    ("QL105", "鹿溪县人民医院", "二级", "乙等", "综合医院", "明川市", "鹿溪县", "990124", ""),
    ("QL106", "望川县人民医院", "二级", "甲等", "综合医院", "云岫市", "望川县", "990221", "望川县总医院"),
    ("QL201", "石桥县青石镇卫生院", "一级", None, "乡镇卫生院", "明川市", "石桥县", "990121", "青石镇卫生院"),
    ("QL204", "鹿溪县溪口镇中心卫生院", "一级", None, "乡镇卫生院", "明川市", "鹿溪县", "990124", "溪口镇中心卫生院"),
]
PAIRINGS = [
    ("QL001", "QL101", "城乡医院对口支援", D(2022, 1, 1)),
    ("QL001", "QL102", "城乡医院对口支援", D(2023, 1, 1)),
    ("QL004", "QL103", "城乡医院对口支援（中医）", D(2022, 1, 1)),
    ("QL002", "QL105", "城乡医院对口支援", D(2023, 7, 1)),
    ("QL003", "QL106", "城乡医院对口支援", D(2023, 1, 1)),
    ("QL105", "QL204", "县级医院支援乡镇卫生院", D(2023, 1, 1)),
]
HNAME = {h[0]: h[1] for h in HOSPITALS}


def write_registry(path: Path) -> None:
    a = Sheet("医疗机构名册", widths={2: 26, 10: 16})
    a.add("机构代码", "机构名称", "医院级别", "医院等次", "机构类别", "省", "市", "县（市、区）", "行政区划代码", "别名")
    for code, name, level, grade, cat, city, county, cc, alias in HOSPITALS:
        a.add(code, name, level, grade, cat, "青岚省", city, county, cc, alias or None)
    b = Sheet("对口支援关系", widths={1: 26, 2: 26, 3: 24})
    b.add("支援医院", "受援医院", "支援项目", "起始日期", "终止日期", "协议签订日期")
    for s, r, prog, start in PAIRINGS:
        agree = D(start.year - 1, 12, 1) if start.month == 1 else D(start.year, start.month - 1, 1)
        b.add(HNAME[s], HNAME[r], prog, start, None, agree)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_openpyxl(path, [a, b])
    normalise_zip(path)


# =========================================================================== the corpus
REGISTRY_FILE = "SYNTHETIC_registry.xlsx"


def build(out: Path) -> dict:
    outdir = Path(out) / "data" / "raw" / "submissions"
    outdir.mkdir(parents=True, exist_ok=True)
    write_registry(Path(out) / "data" / "raw" / "reference" / REGISTRY_FILE)
    E = Expect()

    def save(name: str, sheets: list[Sheet], kind: str, layout: str) -> None:
        p = outdir / name
        if kind == "openpyxl":
            write_openpyxl(p, sheets)
            normalise_zip(p)
        elif kind == "xlsm":
            write_openpyxl(p, sheets)
            normalise_zip(p, xlsm=True)
        elif kind == "xlsxwriter":
            write_xlsxwriter(p, sheets)
            normalise_zip(p)
        elif kind == "xls":
            write_xls(p, sheets)
        elif kind == "ods":
            write_ods(p, sheets)
            normalise_zip(p)
        elif kind.startswith("csv:"):
            write_csv(p, sheets[0], kind[4:])
        else:
            raise ValueError(kind)
        E.files.append({"file": name, "format": kind, "sheets": [s.name for s in sheets], "layout": layout})

    def stem(name: str) -> str:
        return name.rsplit(".", 1)[0]

    # ------------------------------------------------------------------ 01 support hospital roster
    f = "SYNTHETIC_01_青岚省人民医院_派驻人员花名册_2023.xlsx"
    s = Sheet("派驻人员花名册", widths={2: 10, 4: 22, 5: 18, 6: 12, 7: 12, 9: 12, 10: 12, 11: 12, 14: 20})
    s.add("青岚省人民医院城乡医院对口支援派驻人员花名册（2023年度）【合成数据】")
    s.merge(1, 1, 1, 15)
    s.add("填报单位（盖章）：青岚省人民医院医务部", None, None, None, None, None, None, None, None, "填报日期：2023年12月28日")
    s.merge(2, 1, 2, 6)
    h1 = ["序号", "姓名", "性别", "身份证号码", "派驻单位", "派驻科室", "职称", "人员类别", "派驻时间", None,
          "在受援医院任职", "工作年限", "受援医院发放补贴（元）", "书面考核意见", "备注"]
    r3 = s.add(*h1)
    s.add(*([None] * 8 + ["起始", "截止"] + [None] * 5))
    for c in range(1, 16):
        if c not in (9, 10):
            s.merge(r3, c, r3 + 1, c)
    s.merge(r3, 9, r3, 10)
    dfmt = "yyyy-mm-dd"
    grp1 = [
        ("P01", "男", "普外科", "副主任医师", "医疗", Cell(D(2023, 3, 1), dfmt), "半年", "无", "16年", 0, "有", None,
         dict(title="副主任医师", title_rank="副高级", position_at_recipient=None, start_date=D(2023, 3, 1),
              end_date=D(2023, 8, 31), years_of_service=16, paid_by_recipient=0, written_assessment=True)),
        ("P02", "女", "心血管内科", "主治医师", "医疗", "2023.3.1", "2023.8.31", "无", 10, "无", "有", None,
         dict(title="主治医师", title_rank="中级", position_at_recipient=None, start_date=D(2023, 3, 1),
              end_date=D(2023, 8, 31), years_of_service=10, paid_by_recipient=0, written_assessment=True)),
        ("P03", "男", "骨科", "主任医师", "医疗", "2023年9月1日", "半年", "骨科主任", "25年", "—", "/",
         "跨年度派驻",
         dict(title="主任医师", title_rank="正高级", position_at_recipient="科主任", start_date=D(2023, 9, 1),
              end_date=D(2024, 2, 29), years_of_service=25, paid_by_recipient=0)),
    ]
    grp2 = [
        ("P04", "女", "护理部", "主管护师", "护理", Cell(D(2023, 1, 5), dfmt), "6个月", "护士长", 8, 0, "√", None,
         dict(title="主管护师", title_rank="中级", position_at_recipient="护士长", start_date=D(2023, 1, 5),
              end_date=D(2023, 7, 4), years_of_service=8, paid_by_recipient=0, written_assessment=True)),
        ("P05", "男", "麻醉科", "副主任医师", "医疗", Cell(D(2023, 1, 5), "yyyy\"年\"m\"月\"d\"日\""), "一年", "无", 14, 0,
         None, "派驻期满后续签",
         dict(title="副主任医师", title_rank="副高级", position_at_recipient=None, start_date=D(2023, 1, 5),
              end_date=D(2024, 1, 4), years_of_service=14, paid_by_recipient=0)),
        ("P06", "女", "儿科", "主治医师", "医疗", "2023.7.1", "2023.12.31", "无", 9, 500, "√", "受援医院发放交通补助",
         dict(title="主治医师", title_rank="中级", position_at_recipient=None, start_date=D(2023, 7, 1),
              end_date=D(2023, 12, 31), years_of_service=9, paid_by_recipient=500, written_assessment=True)),
    ]
    n = 0
    for recipient, label, grp in (("QL101", "石桥县人民医院", grp1), ("QL102", "雁鸣县人民医院", grp2)):
        first = None
        for key, sex, dept, title, cat, start, end, pos, yrs, paid, wa, note, exp in grp:
            n += 1
            r = s.add(n, NAMES[key], sex, IDS[key], label if first is None else None, dept, title, cat, start, end,
                      pos, yrs, paid, wa, note)
            first = first or r
            vals = dict(support_hospital_id="QL001", recipient_hospital_id=recipient, department=dept,
                        staff_category=cat, **exp)
            E.row("deployments", f, s.name, r, vals, id_number=IDS[key])
        s.merge(first, 5, first + len(grp) - 1, 5)
        r = s.add("小计", None, None, None, f"{len(grp)}人")
        s.merge(r, 1, r, 4)
    r = s.add("合计", None, None, None, "6人")
    s.merge(r, 1, r, 4)
    s.add()
    s.add("备注：1.派驻时间按实际到岗时间填写；2.工作年限指截至派驻时从事本专业工作年限；3.本表为合成数据。")
    s.add("负责人：王建华", None, None, "填表人：李娜", None, None, "联系电话：0990-88886666")
    inst = Sheet("填表说明")
    inst.add("填表说明")
    for t in ("1. 本表由支援医院医务部门填写，每年12月31日前报省卫生健康委医政处。",
              "2. 身份证号码请设置为文本格式，18位，末位X大写。",
              "3. 派驻时间：起始日期填写实际到岗日期；截止日期可填写具体日期或派驻期限（如“半年”“一年”）。",
              "4. 职称填写现聘专业技术职务，如：主任医师、副主任医师、主治医师、主管护师等。",
              "5. 受援医院发放补贴：按规定派驻人员不得领取受援医院发放的奖金、津贴，如有请如实填写金额。"):
        inst.add(t)
    phones = Sheet("通讯录")
    phones.add("对口支援工作联系人通讯录")
    phones.add("序号", "姓名", "科室", "职务", "办公电话", "手机", "备注")
    for i, (nm, dept, role, tel, mob) in enumerate([
        ("王建华", "医务部", "主任", "0990-88886666", "13809901234"),
        ("李娜", "医务部", "干事", "0990-88886667", "13909905678"),
        ("张卫东", "护理部", "主任", "0990-88886701", "13709904321"),
        ("陈立新", "普外科", "副主任医师", "0990-88886802", "13609908765"),
        ("刘晓燕", "心血管内科", "主治医师", "0990-88886803", "15009901122"),
    ], 1):
        phones.add(i, nm, dept, role, tel, int(mob), None)
    save(f, [s, inst, phones], "openpyxl",
         "title, 填报单位/日期 line, two-level header with merges, recipient column merged vertically, subtotals and total, "
         "note and signature footer; instruction sheet; staff phone list (not a form)")
    E.nonform(f, "填表说明", "instructions")
    E.nonform(f, "通讯录", "staff phone list")

    # ------------------------------------------------------------------ 02 recipient one-person registration forms (.xls)
    f = "SYNTHETIC_02_石桥县人民医院_驻点医师登记表.xls"
    sheets = []
    for key, sex, birth, dept, title, yrs, pos, span, cat, pay, exp in [
        ("P07", "男", "1980.05", "神经内科", "副主任医师", 15, "业务副院长", "2023年10月8日至2024年4月7日", "医疗", "无",
         dict(title="副主任医师", title_rank="副高级", position_at_recipient="副院长",
              start_date=D(2023, 10, 8), end_date=D(2024, 4, 7))),
        ("P08", "女", "1982.03", "护理部", "副主任护师", 18, "护理部主任", "2023.10.8—2024.4.7", "护理", "0",
         dict(title="副主任护师", title_rank="副高级", position_at_recipient="护理部主任",
              start_date=D(2023, 10, 8), end_date=D(2024, 4, 7))),
        ("P09", "男", "1986.08", "急诊科", "主治医师", 7, "/", "2024.01—2024.06", "医疗", "无",
         dict(title="主治医师", title_rank="中级", position_at_recipient=None,
              start_date=D(2024, 1, 1), end_date=D(2024, 6, 30))),
    ]:
        s = Sheet(NAMES[key], widths={1: 16, 2: 24, 3: 16, 4: 20})
        s.add("石桥县人民医院对口支援驻点医师登记表（合成数据）")
        s.merge(1, 1, 1, 4)
        s.add("填报单位：石桥县人民医院", None, "填报时间：2024-01-10")
        s.add("姓  名", NAMES[key], "性  别", sex)
        s.add("身份证号", IDS[key], "出生年月", birth)
        s.add("派出单位", "青岚省人民医院", "派出科室", dept)
        s.add("专业技术职称", title, "从事专业年限", yrs)
        s.add("驻点科室", dept, "在我院任职", pos)
        r = s.add("驻点起止时间", span)
        s.merge(r, 2, r, 4)
        s.add("人员类别", cat, "受援医院发放补助", pay)
        r = s.add("主要工作内容", f"门诊坐诊、教学查房每周2次，{dept}业务指导，累计带教本院医师3名")
        s.merge(r, 2, r, 4)
        r = s.add("受援医院意见", "同意备案")
        s.merge(r, 2, r, 4)
        s.add("受援医院（盖章）：", None, "    年  月  日")
        sheets.append(s)
        vals = dict(support_hospital_id="QL001", recipient_hospital_id="QL101", department=dept, staff_category=cat,
                    years_of_service=yrs, paid_by_recipient=0, **exp)
        E.row("deployments", f, s.name, None, vals, id_number=IDS[key], wide=True)
    save(f, sheets, "xls", "one sheet per person, fields as rows (label/value pairs, two pairs per row), "
                           "date span in one merged cell; old .xls")

    # ------------------------------------------------------------------ 03 TCM recipient, GBK csv, with a bad ID
    f = "SYNTHETIC_03_雁鸣县中医院_帮扶人员情况.csv"
    s = Sheet(stem(f))
    s.add("雁鸣县中医院对口帮扶人员情况统计表（合成数据）")
    s.add("填报单位：雁鸣县中医院", None, None, None, "报告期：2023年")
    s.add("序号", "姓名", "身份证号", "援助单位", "帮扶科室", "职称", "帮扶时间", "帮扶期限", "是否担任管理职务",
          "受援单位发放补贴")
    rows03 = [
        ("P10", "青岚省中医院", "针灸推拿科", "副主任医师（中医）", "2023/03/01", "半年", "否", "0",
         dict(title_rank="副高级", position_at_recipient=None, start_date=D(2023, 3, 1), end_date=D(2023, 8, 31),
              paid_by_recipient=0)),
        ("P11", "省中医院", "脾胃病科", "主治医师（中医）", "20230301", "6个月", "否", "无",
         dict(title_rank="中级", position_at_recipient=None, start_date=D(2023, 3, 1), end_date=D(2023, 8, 31),
              paid_by_recipient=0)),
        ("P12", "青岚省中医院", "康复科", "主任中医师", "2023.3-2023.8", None, "是（副院长）", "0",
         dict(title_rank="正高级", position_at_recipient="副院长", start_date=D(2023, 3, 1),
              end_date=D(2023, 8, 31), paid_by_recipient=0)),
        ("P13", "青岚省中医院", "护理部", "主管护师", "2023-9-1", "一年", "否", "0",
         dict(title="主管护师", title_rank="中级", position_at_recipient=None, start_date=D(2023, 9, 1),
              end_date=D(2024, 8, 31), paid_by_recipient=0)),
        ("P31", "青岚省中医院", "骨伤科", "主治", "2023-9-1", "一年", "科副主任", "800",
         dict(title_rank="中级", position_at_recipient="科副主任", start_date=D(2023, 9, 1),
              end_date=D(2024, 8, 31), paid_by_recipient=800)),
    ]
    for i, (key, sup, dept, title, start, span, pos, pay, exp) in enumerate(rows03, 1):
        idn = IDS[key]
        if key == "P12":
            idn = idn.lower()  # check digit X written as lower-case x
        written = bad_check(IDS[key]) if key == "P13" else idn
        r = s.add(i, NAMES[key] if key != "P11" else "林 秀 英", "'" + written if i % 2 else written, sup, dept,
                  title, start, span, pos, pay)
        # P13's wrong check digit: curated, person_id hashed from the number as written, with a finding
        E.row("deployments", f, s.name, r, dict(support_hospital_id="QL004", recipient_hospital_id="QL103",
                                                department=dept, **exp),
              id_number=written if key == "P13" else IDS[key])
        if key == "P13":
            E.finding(f, s.name, r, "id_check_digit", "id_number", "ID_CHECK_DIGIT", "身份证号校验位错误（末位被改错）",
                      "deployments")
    s.add("合计：5人")
    s.add("填表人：陈某", None, "审核人：刘某", None, "电话：0990-5551234")
    save(f, [s], "csv:gbk", "GBK CSV: title, key-value line, ID with leading apostrophe, mixed date spellings, "
                            "start + 半年/6个月/一年, month range, TCM titles; bad check digit row (curated with a finding)")

    # ------------------------------------------------------------------ 04 city hospital experts, xlsm, 3-level header assessments
    f = "SYNTHETIC_04_明川市中心医院_下沉专家_望川县.xlsm"
    s = Sheet("下沉专家名单", widths={2: 10, 3: 22, 4: 12, 5: 14, 6: 14, 8: 16})
    s.add("明川市中心医院下沉望川县总医院专家名单（2023年7月批次）（合成数据）")
    s.merge(1, 1, 1, 10)
    s.add("派出单位：明川市中心医院", None, None, None, "受援单位：望川县人民医院（望川县总医院）")
    s.merge(2, 1, 2, 4)
    s.merge(2, 5, 2, 10)
    s.add("序号", "专家姓名", "证件号码", "所在科室", "专业技术职务", "下沉开始时间", "下沉期限", "在受援单位担任职务",
          "从业年限", "备注")
    rows04 = [
        ("P14", "心血管内科", "主任医师", Cell(D(2023, 7, 1), "yyyy/m/d"), "一年", "挂职副院长", 22,
         dict(title="主任医师", title_rank="正高级", position_at_recipient="副院长", start_date=D(2023, 7, 1),
              end_date=D(2024, 6, 30), years_of_service=22)),
        ("P15", "妇产科", "主治医师", "2023年7月", "6个月", "—", 8,
         dict(title="主治医师", title_rank="中级", position_at_recipient=None, start_date=D(2023, 7, 1),
              end_date=D(2023, 12, 31), years_of_service=8)),
        ("P16", "普外科", "副高", "2023.07.01", "半年", "普外科主任", 13,
         dict(title_rank="副高级", position_at_recipient="科主任", start_date=D(2023, 7, 1),
              end_date=D(2023, 12, 31), years_of_service=13)),
        ("P17", "药剂科", "主管药师", "2023/7/1", "6个月", "/", 9,
         dict(title="主管药师", title_rank="中级", position_at_recipient=None, start_date=D(2023, 7, 1),
              end_date=D(2023, 12, 31), years_of_service=9)),
    ]
    for i, (key, dept, title, start, span, pos, yrs, exp) in enumerate(rows04, 1):
        r = s.add(i, NAMES[key], IDS[key], dept, title, start, span, pos, yrs, None)
        E.row("deployments", f, s.name, r, dict(support_hospital_id="QL003", recipient_hospital_id="QL106",
                                                department=dept, **exp), id_number=IDS[key])
    s.add("注：下沉期限自下沉开始时间起算。")
    a = Sheet("月度考核", widths={2: 10, 3: 22})
    a.add("下沉专家月度考核及在岗抽查情况（2023年下半年）（合成数据）")
    a.merge(1, 1, 1, 21)
    a.add("受援单位：望川县总医院")
    a.merge(2, 1, 2, 6)
    months = [7, 8, 9, 10, 11, 12]
    h1 = ["序号", "姓名", "身份证号", "2023年"] + [None] * 17
    r1 = a.add(*h1)
    a.merge(r1, 4, r1, 21)
    h2 = [None, None, None]
    for m in months:
        h2 += [f"{m}月", None, None]
    r2 = a.add(*h2)
    for j in range(6):
        a.merge(r2, 4 + 3 * j, r2, 6 + 3 * j)
    r3_ = a.add(*([None, None, None] + ["得分", "抽查次数", "在岗次数"] * 6))
    for c in (1, 2, 3):
        a.merge(r1, c, r3_, c)
    rng = random.Random(404)
    sums = [0.0] * 6
    for i, (key, *_rest) in enumerate(rows04, 1):
        row = [i, NAMES[key], IDS[key]]
        here = len(a.rows) + 1
        for j, m in enumerate(months):
            score = rng.choice([86, 88.5, 90, 92, 93.5, 95, 96])
            checks = rng.choice([3, 3, 4])
            present = checks if rng.random() > 0.2 else checks - 1
            row += [score, checks, present]
            sums[j] += score
            E.row("staff_monthly_assessments", f, a.name, None,
                  dict(recipient_hospital_id="QL106", year=2023, month=m, score=score, spot_checks=checks,
                       spot_checks_present=present), id_number=IDS[key], wide=True, data_row=here)
        a.add(*row)
    avg = ["平均", None, None]
    for j in range(6):
        avg += [round(sums[j] / 4, 2), None, None]
    r = a.add(*avg)
    a.merge(r, 1, r, 3)
    save(f, [s, a], "xlsm", "macro-enabled workbook; key-value line with two hospitals; start + 期限; "
                            "assessments with three-level header 年 → 月 → 得分/抽查/在岗 and an average row")

    # ------------------------------------------------------------------ 05 host hospital trainees, ODS
    f = "SYNTHETIC_05_青医附一院_进修学员登记.ods"
    s = Sheet("进修学员")
    s.add("青岚医科大学附属第一医院接收对口支援医院进修学员登记表（合成数据）")
    s.add("接收单位：青岚医科大学附属第一医院（青医附一院）", None, None, None, "统计时段：2023年7月—2024年6月")
    s.add()
    s.add("序号", "学员姓名", "身份证号", "选送单位", "进修专业（科室）", "进修时间", "收费情况", "是否结业", "联系电话")
    rows05 = [
        ("T01", "鹿溪县人民医院", "心内科", "2023年9月1日—2024年2月29日", "免费", "是", "13907240011",
         dict(start_date=D(2023, 9, 1), end_date=D(2024, 2, 29), fee_charged=0, completed=True)),
        ("T02", "鹿溪县人民医院", "重症医学科", "2023.9.1-2024.2.29", "0", "是", "13907240012",
         dict(start_date=D(2023, 9, 1), end_date=D(2024, 2, 29), fee_charged=0, completed=True)),
        ("T03", "鹿溪县人民医院 ", "超声医学科", "2023年10月—2024年3月", "1500", "否", "13907240013",
         dict(start_date=D(2023, 10, 1), end_date=D(2024, 3, 31), fee_charged=1500, completed=False)),
        ("T04", "鹿溪县人民医院", "手术室", "2024.1.8起3个月", "免收", "在修", "13907240014",
         dict(start_date=D(2024, 1, 8), end_date=D(2024, 4, 7), fee_charged=0)),
    ]
    for i, (key, src, dept, span, fee, done, tel, exp) in enumerate(rows05, 1):
        r = s.add(i, NAMES[key], IDS[key], src, dept, span, fee, done, tel)
        E.row("trainees", f, s.name, r, dict(recipient_hospital_id="QL105", host_hospital_id="QL002",
                                             department=dept, **exp), id_number=IDS[key])
    s.add()
    s.add("注：进修期间食宿由接收医院统一安排，进修费按省卫健委规定对口支援单位人员予以减免。")
    save(f, [s], "ods", "ODS: title, 接收单位 key-value, blank rows, date ranges in one cell, 起3个月, fee words, 在修")

    # ------------------------------------------------------------------ 06 county hospital receiving township staff, UTF-8 BOM
    f = "SYNTHETIC_06_鹿溪县人民医院_乡镇卫生院学习人员.csv"
    s = Sheet(stem(f))
    s.add("鹿溪县人民医院接收乡镇卫生院学习人员名单（合成数据）")
    s.add("单位：鹿溪县人民医院", None, None, "日期：2024年1月5日")
    s.add("序号", "姓名", "身份证号", "派出单位", "学习科室", "学习开始时间", "学习时长", "费用", "结业情况")
    rows06 = [
        ("T05", "溪口镇中心卫生院", "全科医学科", "2023-03-01", "半年", "无", "已结业",
         dict(start_date=D(2023, 3, 1), end_date=D(2023, 8, 31), fee_charged=0, completed=True)),
        ("T06", "鹿溪县溪口镇中心卫生院", "妇产科", "2023-09-04", "3个月", "无", "已结业",
         dict(start_date=D(2023, 9, 4), end_date=D(2023, 12, 3), fee_charged=0, completed=True)),
        ("T07", "溪口镇中心卫生院", "检验科", "2023-10-09", "3个月", "无", "未结业",
         dict(start_date=D(2023, 10, 9), end_date=D(2024, 1, 8), fee_charged=0, completed=False)),
        ("T08", "溪口镇中心卫生院", "中医科", "2024-01-02", "6个月", "0", None,
         dict(start_date=D(2024, 1, 2), end_date=D(2024, 7, 1), fee_charged=0)),
    ]
    for i, (key, src, dept, start, span, fee, done, exp) in enumerate(rows06, 1):
        idn = IDS[key] if key != "T07" else IDS[key][:17]
        r = s.add(i, NAMES[key], idn, src, dept, start, span, fee, done)
        if key == "T07":
            # 17 digits: no usable number, so person_id is made from the name (found by provenance)
            E.row("trainees", f, s.name, r, dict(recipient_hospital_id="QL204", host_hospital_id="QL105",
                                                 department=dept, person_id_basis="name", **exp))
            E.finding(f, s.name, r, "id_length", "id_number", "ID_MALFORMED", "身份证号只有17位（漏了一位）", "trainees")
        else:
            E.row("trainees", f, s.name, r, dict(recipient_hospital_id="QL204", host_hospital_id="QL105",
                                                 department=dept, **exp), id_number=IDS[key])
    s.add("合计", "4人")
    save(f, [s], "csv:utf-8-sig", "UTF-8 with BOM: start + 半年/3个月/6个月, 无 fees, 已结业/未结业; a 17-digit ID row "
                                  "(curated, name-based person id, with a finding)")

    # ------------------------------------------------------------------ 07 techniques, xlsxwriter
    f = "SYNTHETIC_07_石桥县人民医院_新技术新项目_2023.xlsx"
    s = Sheet("新技术新项目", widths={2: 30, 3: 12, 4: 14, 7: 12})
    s.add("2023年度石桥县人民医院新技术、新项目开展情况统计表（合成数据）")
    s.merge(1, 1, 1, 9)
    s.add("填报单位：石桥县人民医院（盖章）", None, None, None, None, "支援单位：青岚省人民医院")
    s.merge(2, 1, 2, 5)
    s.merge(2, 6, 2, 9)
    s.add("序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "指导专家", "技术类别", "备注")
    rows07 = [
        ("腹腔镜下胆囊切除术", "普外科", Cell(D(2023, 4, 12), "yyyy-mm-dd"), "12例", "√", "陈立新", "限制类", D(2023, 4, 12), 12, True),
        ("经皮冠状动脉造影术", "心血管内科", "2023年5月", fw("35"), "√", "刘晓燕", "限制类", D(2023, 5, 1), 35, True),
        ("无痛胃肠镜检查", "消化内科", "2023.6.8", "十二", "×", None, "非限制类", D(2023, 6, 8), 12, False),
        ("全膝关节置换术", "骨科", "2023/10/20", 3, "√", "周建国", "限制类", D(2023, 10, 20), 3, True),
        ("神经内镜下脑内血肿清除术", "神经外科", "2023年11月3日", 2, "是", "周建国", "限制类", D(2023, 11, 3), 2, True),
    ]
    total = 0
    for i, (name, dept, first, cases, gap, expert, kind, d0, n_cases, b) in enumerate(rows07, 1):
        r = s.add(i, name, dept, first, cases, gap, expert, kind, None)
        total += n_cases
        E.row("techniques", f, s.name, r, dict(recipient_hospital_id="QL101", support_hospital_id="QL001", name=name,
                                               department=dept, first_performed_date=d0, cases=n_cases,
                                               fills_county_gap=b))
    r = s.add("合计", None, None, None, total)
    s.merge(r, 1, r, 4)
    s.add("注：“√”表示填补县域空白，“×”表示县内已开展。")
    inst = Sheet("填表说明")
    inst.add("1. 新技术新项目指受援医院在支援医院帮助下首次开展的诊疗技术和服务项目。")
    inst.add("2. 首次开展时间填写第一例患者实施日期；开展例数填写截至2023年12月31日累计例数。")
    inst.add("3. 限制类技术须按规定完成备案。")
    save(f, [s, inst], "xlsxwriter", "WPS-style xlsx: counts as 12例 / full-width / Chinese numeral, √×是, "
                                     "month-only date, total row, instruction sheet")
    E.nonform(f, "填表说明", "instructions")

    # ------------------------------------------------------------------ 08 techniques, GB18030 (rare character)
    f = "SYNTHETIC_08_雁鸣县人民医院_新技术项目.csv"
    s = Sheet(stem(f))
    s.add("雁鸣县人民医院开展新技术新业务登记（2023年）（合成数据）")
    s.add("受帮扶单位：雁鸣县人民医院", "帮扶单位：青岚省人民医院")
    s.add("序号", "新技术名称", "所属科室", "首例时间", "已开展例数", "县内首次开展", "备注")
    rows08 = [
        ("\U0002c317垫治疗颞下颌关节紊乱病", "口腔科", "2023年3月15日", "9", "有", "", D(2023, 3, 15), 9, True),
        ("超声引导下神经阻滞麻醉", "麻醉科", "2023-2-20", "48例", "有", "孙浩然指导", D(2023, 2, 20), 48, True),
        ("PICC置管术", "护理部", "2023.04.06", "15", "无", "", D(2023, 4, 6), 15, False),
        ("新生儿经皮胆红素监测", "儿科", "2023年8月", "120", "无", "", D(2023, 8, 1), 120, False),
        ("无创呼吸机序贯治疗慢阻肺", "呼吸内科", "20231015", "二十", "有", "", D(2023, 10, 15), 20, True),
    ]
    total = 0
    for i, (name, dept, first, cases, gap, note, d0, nc, b) in enumerate(rows08, 1):
        r = s.add(i, name, dept, first, cases, gap, note)
        total += nc
        E.row("techniques", f, s.name, r, dict(recipient_hospital_id="QL102", support_hospital_id="QL001", name=name,
                                               department=dept, first_performed_date=d0, cases=nc,
                                               fills_county_gap=b))
    s.add()
    s.add("合计", None, None, None, total)
    save(f, [s], "csv:gb18030", "GB18030 CSV with a character outside GBK (𬌗), 有/无, 20231015, blank line before total")

    # ------------------------------------------------------------------ 09 activities, a sheet per quarter
    f = "SYNTHETIC_09_望川县总医院_带教培训台账_2023.xlsx"
    quarters = {
        "一季度": [
            ("1月12日", "专题讲座", "急性胸痛的识别与处置", "马骏", "45人", D(2023, 1, 12), "学术讲座", 45),
            ("2月23日", "教学查房", "妊娠期高血压疾病查房", "高雪", "18", D(2023, 2, 23), "教学查房", 18),
            ("3月15日", "远程会诊", "疑似主动脉夹层远程影像会诊", "明川市中心医院影像科", "6", D(2023, 3, 15), "远程会诊", 6),
        ],
        "二季度": [
            (Cell(D(2023, 4, 18), "yyyy-mm-dd"), "手术带教", "腹腔镜阑尾切除术", "罗斌", 12, D(2023, 4, 18), "手术示教", 12),
            (Cell(D(2023, 5, 9), "yyyy-mm-dd"), "疑难病例讨论", "反复发热待查", "马骏", 22, D(2023, 5, 9), "疑难病例讨论", 22),
            (Cell(D(2023, 6, 20), "yyyy-mm-dd"), "义诊活动", "“健康县域行”大型义诊", "明川市中心医院专家团", 150, D(2023, 6, 20), "义诊", 150),
        ],
        "三季度": [
            ("2023.7.20", "业务培训", "心肺复苏及电除颤技能培训", "马骏", "60人", D(2023, 7, 20), "技术培训", 60),
            ("2023.8.3", "死亡病例讨论", "急性心梗死亡病例讨论", "马骏", "25人", D(2023, 8, 3), "死亡病例讨论", 25),
            ("2023.9.14", "专题讲座", "合理用药与处方点评", "谢芳", "80人", D(2023, 9, 14), "学术讲座", 80),
            ("2023.9.28", "手术示范", "宫腔镜检查术", "高雪", "9人", D(2023, 9, 28), "手术示教", 9),
        ],
        "四季度": [
            (Cell(D(2023, 10, 12), 'm"月"d"日"'), "教学查房", "慢性心衰规范化管理", "马骏", 20, D(2023, 10, 12), "教学查房", 20),
            (Cell(D(2023, 11, 7), 'm"月"d"日"'), "技能培训", "静脉用药调配规范", "谢芳", 35, D(2023, 11, 7), "技术培训", 35),
            (Cell(D(2023, 12, 19), 'm"月"d"日"'), "疑难病例讨论", "不明原因腹痛", "罗斌", 16, D(2023, 12, 19), "疑难病例讨论", 16),
        ],
    }
    sheets = []
    qn = {"一季度": "第一季度", "二季度": "第二季度", "三季度": "第三季度", "四季度": "第四季度"}
    for qname, rows in quarters.items():
        s = Sheet(qname, widths={2: 12, 3: 14, 4: 30, 5: 20})
        s.add(f"望川县总医院对口支援带教培训活动登记（2023年{qn[qname]}）（合成数据）")
        s.merge(1, 1, 1, 7)
        s.add("支援医院：明川市中心医院", None, None, "受援医院：望川县总医院")
        s.add("序号", "日期", "活动形式", "活动内容（主题）", "主讲/带教专家", "参加人数", "地点")
        for i, (date, form, topic, who, ppl, d0, typ, n_) in enumerate(rows, 1):
            r = s.add(i, date, form, topic, who, ppl, "本院学术厅" if i % 2 else "住院部示教室")
            E.row("activities", f, s.name, r, dict(recipient_hospital_id="QL106", support_hospital_id="QL003",
                                                   activity_date=d0, activity_type=typ, topic=topic,
                                                   participants=n_))
        s.add("本季度合计", None, f"{len(rows)}次")
        sheets.append(s)
    save(f, sheets, "openpyxl", "a sheet per quarter; dates as 1月12日 (year in the title), Excel dates, "
                                "2023.7.20, Excel dates displayed as m月d日; regional activity words; quarter totals")

    # ------------------------------------------------------------------ 10 township activities, key-value header, UTF-8
    f = "SYNTHETIC_10_溪口镇中心卫生院_帮扶活动记录.csv"
    s = Sheet(stem(f))
    s.add("帮扶活动记录表（合成数据）")
    s.add("受援单位", "鹿溪县溪口镇中心卫生院")
    s.add("支援单位", "鹿溪县人民医院")
    s.add("年度", "2023")
    s.add()
    s.add("日期", "类型", "内容", "带教人员", "受训人数")
    rows10 = [
        ("2023-3-8", "教学查房", "高血压规范化管理", "彭涛", "12", D(2023, 3, 8), "教学查房", 12),
        ("2023/3/22", "业务讲座", "基层常见急症识别", "彭涛", "15", D(2023, 3, 22), "学术讲座", 15),
        ("2023.4.12", "技术培训", "心肺复苏", "韩梅", "20", D(2023, 4, 12), "技术培训", 20),
        ("2023年5月17日", "义诊", "下乡义诊（溪口集市）", "彭涛、韩梅", "60", D(2023, 5, 17), "义诊", 60),
        ("2023-6-14", "疑难病例讨论", "反复咳嗽咳痰病例", "彭涛", "8", D(2023, 6, 14), "疑难病例讨论", 8),
        ("2023-7-5", "远程会诊", "糖尿病足远程会诊", "鹿溪县人民医院内分泌科", "3", D(2023, 7, 5), "远程会诊", 3),
        ("2023-9-20", "死亡病例讨论", "院前猝死病例讨论", "蒋文", "6", D(2023, 9, 20), "死亡病例讨论", 6),
        ("2023-11-8", "手术示教", "清创缝合术", "蒋文", "7", D(2023, 11, 8), "手术示教", 7),
    ]
    for date, typ_w, topic, who, ppl, d0, typ, n_ in rows10:
        r = s.add(date, typ_w, topic, who, ppl)
        E.row("activities", f, s.name, r, dict(recipient_hospital_id="QL204", support_hospital_id="QL105",
                                               activity_date=d0, activity_type=typ, topic=topic, participants=n_))
    s.add("合计", "8次", None, None, "131")
    save(f, [s], "csv:utf-8", "UTF-8 CSV: key-value lines (受援单位/支援单位/年度) above the table, mixed date spellings")

    # ------------------------------------------------------------------ 11 monthly stats, months as rows, years as column groups
    f = "SYNTHETIC_11_石桥县人民医院_业务量月报_2022-2023.xlsx"
    s = Sheet("业务量", widths={1: 8})
    s.add("石桥县人民医院主要业务量统计（2022—2023年）（合成数据）")
    s.merge(1, 1, 1, 13)
    s.add("填报单位：石桥县人民医院", None, None, None, None, None, None, None, None, "单位：人次、台次")
    sub = ["门急诊人次", "出院人数", "手术台次", "外转人次", "转诊率（%）", "下转接收人次"]
    r1 = s.add("月份", "2022年", *([None] * 5), "2023年", *([None] * 5))
    r2 = s.add(None, *sub, *sub)
    s.merge(r1, 1, r2, 1)
    s.merge(r1, 2, r1, 7)
    s.merge(r1, 8, r1, 13)
    rng = random.Random(1101)
    tot = [0] * 12
    for m in range(1, 13):
        row = [f"{m}月"]
        here = len(s.rows) + 1
        for y_i, y in enumerate((2022, 2023)):
            ov = rng.randint(17000, 26000)
            dis = rng.randint(1100, 1650)
            sur = rng.randint(280, 520)
            ref = rng.randint(28, 70)
            down = rng.randint(4, 22)
            row += [ov, dis, sur, ref, round(ref / dis * 100, 1), down]
            for j, v in enumerate((ov, dis, sur, ref, 0, down)):
                tot[y_i * 6 + j] += v
            E.row("hospital_monthly_stats", f, s.name, None,
                  dict(recipient_hospital_id="QL101", year=y, month=m, outpatient_visits=ov, discharges=dis,
                       surgeries=sur, referrals_out=ref, referrals_down_received=down), wide=True, data_row=here)
        s.add(*row)
    trow = ["合计"]
    for y_i in range(2):
        t = tot[y_i * 6:(y_i + 1) * 6]
        trow += [t[0], t[1], t[2], t[3], round(t[3] / t[1] * 100, 1), t[5]]
    s.add(*trow)
    s.add("注：转诊率=外转人次/出院人数×100%。")
    save(f, [s], "openpyxl", "months as rows, years as merged column groups, a rate column (not a count), total row, note")

    # ------------------------------------------------------------------ 12 monthly stats transposed (.xls), months as columns
    f = "SYNTHETIC_12_雁鸣县人民医院_月报_2023上半年.xls"
    s = Sheet("2023年1-6月", widths={1: 22})
    s.add("雁鸣县人民医院对口支援月度运行指标（2023年1—6月）（合成数据）")
    s.merge(1, 1, 1, 9)
    s.add("报送单位：雁鸣县人民医院", None, None, None, None, "报送日期：2023年7月10日")
    s.add("指标名称", "计量单位", *[f"{m}月" for m in range(1, 7)], "累计")
    rng = random.Random(1202)
    data = {k: [] for k in ("ov", "em", "dis", "sur", "ref", "up", "down")}
    for m in range(1, 7):
        ov = rng.randint(14000, 21000)
        data["ov"].append(ov)
        data["em"].append(rng.randint(1200, 2100))
        data["dis"].append(rng.randint(900, 1300))
        data["sur"].append(rng.randint(200, 380))
        data["ref"].append(rng.randint(25, 60))
        data["up"].append(rng.randint(30, 90))
        data["down"].append(rng.randint(3, 15))
    lines = [("门急诊人次", "人次", "ov"), ("  其中：急诊人次", "人次", "em"), ("出院人数", "人", "dis"),
             ("住院手术台次", "台次", "sur"), ("转往上级医院人次", "人次", "ref"), ("县外转诊率", "%", None),
             ("接收乡镇上转人次", "人次", "up"), ("接收下转患者", "人次", "down"), ("床位使用率", "%", "bed")]
    for label, unit, k in lines:
        if k is None:
            vals = [round(data["ref"][i] / data["dis"][i] * 100, 2) for i in range(6)]
            s.add(label, unit, *vals, round(sum(data["ref"]) / sum(data["dis"]) * 100, 2))
        elif k == "bed":
            vals = [round(rng.uniform(78, 96), 1) for _ in range(6)]
            s.add(label, unit, *vals, None)
        else:
            s.add(label, unit, *data[k], sum(data[k]))
    for i, m in enumerate(range(1, 7)):
        E.row("hospital_monthly_stats", f, s.name, None,
              dict(recipient_hospital_id="QL102", year=2023, month=m, outpatient_visits=data["ov"][i],
                   discharges=data["dis"][i], surgeries=data["sur"][i], referrals_out=data["ref"][i],
                   referrals_up_received=data["up"][i], referrals_down_received=data["down"][i]), wide=True)
    s.add()
    s.add("审核人：", None, None, "填报人：", None, None, "联系电话：0990-6123456")
    save(f, [s], "xls", "indicators as rows, months as columns plus 累计; a subset row (其中：急诊), rates and bed use")

    # ------------------------------------------------------------------ 13 township monthly key-value, a sheet per month (ODS)
    f = "SYNTHETIC_13_青石镇卫生院_月报_2023一季度.ods"
    sheets = []
    rng = random.Random(1303)
    for m in (1, 2, 3):
        s = Sheet(f"{m}月")
        s.add("石桥县青石镇卫生院基本医疗服务月报表（合成数据）")
        s.add(f"报告期：2023年{m}月")
        s.add()
        s.add("项目", "数量", "备注")
        ov, dis, sur, up, down = (rng.randint(2600, 3600), rng.randint(30, 60), rng.randint(0, 6),
                                  rng.randint(10, 30), rng.randint(2, 9))
        s.add("门急诊人次", ov)
        s.add("出院人数", dis)
        s.add("手术例数", sur)
        s.add("上转人次", up, "转往石桥县人民医院")
        s.add("接收县医院下转人次", down)
        s.add("家庭医生签约人数", rng.randint(800, 900))
        s.add("填报人：赵某某", None, "审核：院长 周某")
        sheets.append(s)
        E.row("hospital_monthly_stats", f, s.name, None,
              dict(recipient_hospital_id="QL201", year=2023, month=m, outpatient_visits=ov, discharges=dis,
                   surgeries=sur, referrals_out=up, referrals_down_received=down), wide=True)
    save(f, sheets, "ods", "ODS, a sheet per month, each a two-column key-value form; period only in 报告期 line")

    # ------------------------------------------------------------------ 14 provincial county inpatient summary
    f = "SYNTHETIC_14_全省县域住院流向统计_2022-2023.xlsx"
    s = Sheet("县域住院", widths={2: 10, 3: 10, 4: 12})
    s.add("青岚省县域内住院情况统计表（合成数据）")
    s.merge(1, 1, 1, 10)
    s.add("填报单位：青岚省卫生健康委员会医政处", None, None, None, None, "统计口径：县域内常住居民")
    r1 = s.add("序号", "市", "县（市、区）", "区划代码", "2022年", None, None, "2023年", None, None)
    sub = ["常住居民住院总人次", "其中：县域外住院人次", "县域内就诊率（%）"]
    r2 = s.add(None, None, None, None, *sub, *sub)
    for c in (1, 2, 3, 4):
        s.merge(r1, c, r2, c)
    s.merge(r1, 5, r1, 7)
    s.merge(r1, 8, r1, 10)
    rng = random.Random(1404)
    counties = [("明川市", "石桥县", "990121", 990121), ("明川市", "雁鸣县", "990122", "990122"),
                ("明川市", "青禾县", "990123", None), ("明川市", "鹿溪县", "990124", 990124),
                ("云岫市", "望川县", "990221", "990221")]
    i = 0
    city_first = {}
    grand = [0, 0, 0, 0]
    sub_tot = [0, 0, 0, 0]
    prev_city = None
    for city, county, code, written_code in counties:
        if prev_city and city != prev_city:
            r = s.add(f"{prev_city}小计", None, None, None, sub_tot[0], sub_tot[1],
                      round((sub_tot[0] - sub_tot[1]) / sub_tot[0] * 100, 1), sub_tot[2], sub_tot[3],
                      round((sub_tot[2] - sub_tot[3]) / sub_tot[2] * 100, 1))
            s.merge(r, 1, r, 4)
            sub_tot = [0, 0, 0, 0]
        i += 1
        vals = []
        here = len(s.rows) + 1
        for y in (2022, 2023):
            tot_ = rng.randint(30000, 62000)
            out = int(tot_ * rng.uniform(0.1, 0.22))
            vals.append((tot_, out))
            E.row("county_inpatient_stats", f, s.name, None,
                  dict(county_code=code, year=y, resident_admissions=tot_, resident_admissions_outside_county=out),
                  wide=True, data_row=here)
        r = s.add(i, city if city not in city_first else None, county, written_code,
                  vals[0][0], vals[0][1], round((vals[0][0] - vals[0][1]) / vals[0][0] * 100, 1),
                  vals[1][0], vals[1][1], round((vals[1][0] - vals[1][1]) / vals[1][0] * 100, 1))
        city_first.setdefault(city, [r, r])[1] = r
        for k, v in enumerate((vals[0][0], vals[0][1], vals[1][0], vals[1][1])):
            sub_tot[k] += v
            grand[k] += v
        prev_city = city
    r = s.add(f"{prev_city}小计", None, None, None, sub_tot[0], sub_tot[1],
              round((sub_tot[0] - sub_tot[1]) / sub_tot[0] * 100, 1), sub_tot[2], sub_tot[3],
              round((sub_tot[2] - sub_tot[3]) / sub_tot[2] * 100, 1))
    s.merge(r, 1, r, 4)
    r = s.add("全省合计", None, None, None, grand[0], grand[1], round((grand[0] - grand[1]) / grand[0] * 100, 1),
              grand[2], grand[3], round((grand[2] - grand[3]) / grand[2] * 100, 1))
    s.merge(r, 1, r, 4)
    for city, (a_, b_) in city_first.items():
        if b_ > a_:
            s.merge(a_, 2, b_, 2)
    s.add("注：县域内就诊率=（住院总人次-县域外住院人次）/住院总人次×100%；青禾县区划代码待核。")
    save(f, [s], "openpyxl", "provincial summary, several counties, city column merged, years as column groups, "
                             "codes as numbers/text/missing, subtotals per city, total, rate columns")

    # ------------------------------------------------------------------ 15 county bureau, GBK, years as rows
    f = "SYNTHETIC_15_鹿溪县卫健局_县域住院情况_2019-2021.csv"
    s = Sheet(stem(f))
    s.add("鹿溪县县域内住院情况（合成数据）")
    s.add("填报单位：鹿溪县卫生健康局")
    s.add("行政区划代码：990124")
    s.add("年份", "住院总人次", "其中：县域内住院人次", "其中：县域外住院人次", "县域内住院率")
    rng = random.Random(1505)
    for y in (2019, 2020, 2021):
        tot_ = rng.randint(28000, 34000)
        out = rng.randint(5500, 7800)
        r = s.add(f"{y}年", tot_, tot_ - out, out, f"{(tot_ - out) / tot_ * 100:.1f}%")
        E.row("county_inpatient_stats", f, s.name, r,
              dict(county_code="990124", year=y, resident_admissions=tot_, resident_admissions_outside_county=out))
    s.add("数据来源：全民健康信息平台（合成数据）")
    save(f, [s], "csv:gbk", "GBK CSV: county code only in a header line, years as rows, total vs inside vs outside")

    # ------------------------------------------------------------------ 16 monthly assessments long format, UTF-8
    f = "SYNTHETIC_16_石桥县人民医院_派驻人员月考核_2023.csv"
    s = Sheet(stem(f))
    s.add("石桥县人民医院派驻人员月度考核登记（合成数据）")
    s.add("受援医院：石桥县人民医院", None, None, "派出医院：青岚省人民医院")
    s.add("考核月份", "姓名", "身份证号", "科室", "考核得分", "电话抽查次数", "在岗次数", "考核结果")
    month_txt = {3: "2023年3月", 4: "2023.04", 5: "2023-05", 6: "2023年6月", 7: "2023/7", 8: "2023年08月"}
    rng = random.Random(1606)
    for m in range(3, 9):
        for key, dept in (("P01", "普外科"), ("P02", "心血管内科")):
            score = rng.choice([90, 92.5, 94, 95, 96, 97.5])
            if key == "P02" and m == 5:
                score = 78
            checks = 3
            present = 3 if not (key == "P01" and m == 6) else 2
            sc_txt = f"{score:g}分" if m % 2 else f"{score:g}"
            r = s.add(month_txt[m], NAMES[key], IDS[key], dept, sc_txt, f"{checks}次", present,
                      "不合格" if score < 80 else ("优秀" if score >= 95 else "合格"))
            E.row("staff_monthly_assessments", f, s.name, r,
                  dict(recipient_hospital_id="QL101", support_hospital_id="QL001", year=2023, month=m, score=score,
                       spot_checks=checks, spot_checks_present=present), id_number=IDS[key])
    s.add("说明：月考核得分低于80分的视为考核不合格。")
    save(f, [s], "csv:utf-8", "UTF-8 CSV, person × month long format, month spellings 2023年3月/2023.04/2023-05/2023/7, "
                              "95分, 3次")

    # ------------------------------------------------------------------ 17 assessments, a sheet per month + chart data
    f = "SYNTHETIC_17_青岚省人民医院_派驻人员考核汇总_2023年9-11月.xlsx"
    sheets = []
    rng = random.Random(1707)
    chart = []
    for m in (9, 10, 11):
        s = Sheet(f"2023年{m}月", widths={2: 16, 4: 22})
        s.add("青岚省人民医院派驻人员月度考核汇总表（合成数据）")
        s.merge(1, 1, 1, 9)
        s.add(f"考核月份：2023年{m}月", None, None, None, None, "考核单位：青岚省人民医院医务部")
        s.add("序号", "受援医院", "姓名", "身份证号码", "科室", "考核分数", "在岗抽查（次）", "其中在岗（次）", "备注")
        people = [("QL101", "石桥县医院", "P03", "骨科")]
        if m >= 10:
            people += [("QL101", None, "P07", "神经内科"), ("QL101", None, "P08", "护理部")]
        people += [("QL102", "雁鸣县人民医院", "P05", "麻醉科"), ("QL102", None, "P06", "儿科")]
        scores = []
        first_rows = {}
        for i, (hid, label, key, dept) in enumerate(people, 1):
            score = rng.choice([88, 90, 91, 93, 94.5, 96])
            checks = rng.choice([3, 4])
            present = checks
            r = s.add(i, label, "  " + NAMES[key] + " " if i == 2 else NAMES[key], IDS[key], dept, score, checks,
                      present, None)
            first_rows.setdefault(hid, [r, r])[1] = r
            scores.append(score)
            E.row("staff_monthly_assessments", f, s.name, r,
                  dict(recipient_hospital_id=hid, support_hospital_id="QL001", year=2023, month=m, score=score,
                       spot_checks=checks, spot_checks_present=present), id_number=IDS[key])
        for a_, b_ in first_rows.values():
            if b_ > a_:
                s.merge(a_, 2, b_, 2)
        avg = round(sum(scores) / len(scores), 2)
        r = s.add("平均分", None, None, None, None, avg)
        s.merge(r, 1, r, 5)
        chart.append((f"{m}月", avg, "100%"))
        sheets.append(s)
    c = Sheet("图表数据")
    c.add("月份", "平均得分", "抽查在岗率")
    for row in chart:
        c.add(*row)
    sheets.append(c)
    save(f, sheets, "openpyxl", "a sheet per month (period in sheet name and a 考核月份 line), recipient column merged, "
                                "name with padding spaces, average row; chart-data sheet (not a form)")
    E.nonform(f, "图表数据", "chart data (monthly averages)")

    # ------------------------------------------------------------------ 18 OA export of dispatch filings
    f = "SYNTHETIC_18_OA导出_对口支援人员派驻备案.xlsx"
    s = Sheet("Sheet1")
    s.add("序号", "流程编号", "发起部门", "人员姓名", "证件类型", "证件号码", "派出医院", "派驻医院", "派驻科室", "职称",
          "人员类别", "派驻开始日期", "派驻结束日期", "流程状态", "办结时间")
    rows18 = [
        ("OA2023060012", "P18", "青医附一院", "鹿溪县人民医院", "肿瘤科", "主任医师", "医疗",
         "2023-07-01 00:00:00", "2023-12-31 00:00:00", dict(title="主任医师", title_rank="正高级",
                                                            start_date=D(2023, 7, 1), end_date=D(2023, 12, 31))),
        ("OA2023060013", "P19", "青岚医科大学第一附属医院", "鹿溪县人民医院", "眼科", "主治医师", "医疗",
         "2023-07-01 00:00:00", "2023-12-31 00:00:00", dict(title="主治医师", title_rank="中级",
                                                            start_date=D(2023, 7, 1), end_date=D(2023, 12, 31))),
        ("OA2023060014", "P20", "青医附一院", "鹿溪县人民医院", "骨科", "副主任医师", "医疗",
         "2023-07-01 00:00:00", "2023-12-31 00:00:00", dict(title="副主任医师", title_rank="副高级",
                                                            start_date=D(2023, 7, 1), end_date=D(2023, 12, 31))),
        ("OA2023120031", "P21", "青医附一院", "鹿溪县人民医院", "检验科", "副主任技师", "医技",
         "2024-01-01 00:00:00", "2024-06-30 00:00:00", dict(title="副主任技师", title_rank="副高级",
                                                            start_date=D(2024, 1, 1), end_date=D(2024, 6, 30))),
        ("OA2023120032", "P27", "青医附一院", "鹿溪县人民医院", "护理部", "主任护师", "护理",
         "2024-01-01 00:00:00", "2024-06-30 00:00:00", dict(title="主任护师", title_rank="正高级",
                                                            start_date=D(2024, 1, 1), end_date=D(2024, 6, 30))),
    ]
    for i, (flow, key, sup, rec, dept, title, cat, start, end, exp) in enumerate(rows18, 1):
        as_number = key == "P20"
        idv = float(IDS[key]) if as_number else IDS[key]
        idcell = Cell(idv, "0") if as_number else idv
        r = s.add(i, flow, "医务处", NAMES[key], "居民身份证", idcell, sup, rec, dept, title, cat, start, end, "已办结",
                  f"2023-{6 if i < 4 else 12}-2{i} 10:3{i}:22")
        if as_number:
            # digits lost: no usable number, so person_id is made from the name (found by provenance)
            E.row("deployments", f, s.name, r, dict(support_hospital_id="QL002", recipient_hospital_id="QL105",
                                                    department=dept, staff_category=cat, person_id_basis="name",
                                                    **exp))
            E.finding(f, s.name, r, "id_as_number", "id_number", "ID_STORED_AS_NUMBER",
                      "身份证号被存成数字（科学计数法，末几位丢失）", "deployments")
        else:
            E.row("deployments", f, s.name, r, dict(support_hospital_id="QL002", recipient_hospital_id="QL105",
                                                    department=dept, staff_category=cat, **exp), id_number=IDS[key])
    save(f, [s], "openpyxl", "OA download: header in row 1, workflow columns, dates as text with 00:00:00, "
                             "hospital names as alias and word-order variant; an ID stored as a number "
                             "(curated, name-based person id, with a finding)")

    # ------------------------------------------------------------------ 19 HIS export of trainees, UTF-8
    f = "SYNTHETIC_19_青岚省人民医院HIS导出_进修人员.csv"
    s = Sheet(stem(f))
    s.add("青岚省人民医院 进修人员信息导出（合成数据）", "导出时间：2024-01-15 09:12:33")
    s.add("人员编号", "人员姓名", "性别", "证件号", "原单位", "进修科室", "入科日期", "出科日期", "进修费(元)", "结业状态")
    rows19 = [
        ("JX2023001", "T09", "男", "石桥县人民医院", "普外科", "2023-03-01 00:00:00", "2023-08-31 00:00:00", "0.00", "已结业",
         dict(recipient_hospital_id="QL101", start_date=D(2023, 3, 1), end_date=D(2023, 8, 31), fee_charged=0,
              completed=True)),
        ("JX2023002", "T10", "女", "石桥县医院", "麻醉科", "2023-03-01 00:00:00", "2023-08-31 00:00:00", "0.00", "已结业",
         dict(recipient_hospital_id="QL101", start_date=D(2023, 3, 1), end_date=D(2023, 8, 31), fee_charged=0,
              completed=True)),
        ("JX2023017", "T11", "男", "石乔县人民医院", "医学影像科", "2023-09-01 00:00:00", "2024-02-29 00:00:00", "0.00",
         "未结业", dict(recipient_hospital_id="QL101", start_date=D(2023, 9, 1), end_date=D(2024, 2, 29),
                        fee_charged=0, completed=False)),
        ("JX2023005", "T12", "女", "雁鸣县人民医院", "检验科", "2023-04-03 00:00:00", "2023-10-02 00:00:00", "3000.00",
         "已结业", dict(recipient_hospital_id="QL102", start_date=D(2023, 4, 3), end_date=D(2023, 10, 2),
                        fee_charged=3000, completed=True)),
        ("JX2023006", "T13", "男", "雁鸣县人民医院", "泌尿外科", "2023-02-30 00:00:00", "2023-08-29 00:00:00", "0.00",
         "已结业", None),
        ("JX2023018", "T14", "女", "雁鸣县人民医院", "护理部", "2023-09-04 00:00:00", "2024-03-03 00:00:00", "0.00", "",
         dict(recipient_hospital_id="QL102", start_date=D(2023, 9, 4), end_date=D(2024, 3, 3), fee_charged=0)),
    ]
    for code, key, sex, src, dept, start, end, fee, done, exp in rows19:
        idn = IDS[key]
        if key == "T10":
            idn = idn.lower()
        if key in ("T09", "T12"):
            idn = "'" + idn
        r = s.add(code, NAMES[key], sex, idn, src, dept, start, end, fee, done)
        if exp is None:
            E.quarantine(f, s.name, r, "impossible_date", "入科日期 2023-02-30 不存在", "trainees")
        elif key == "T11":
            # Lead's decision (overriding the first expectation): a misspelt PLACE name (石乔县 for
            # 石桥县) cannot be told from another county missing from the registry, so the row is
            # quarantined with the suggestion 石桥县人民医院 instead of being guessed. A misspelt
            # hospital TYPE in the right place (雁鸣县人名医院) still resolves.
            E.quarantine(f, s.name, r, "misspelt_place", "原单位“石乔县人民医院”：地名拼错，不猜测，隔离并提示石桥县人民医院", "trainees")
        else:
            E.row("trainees", f, s.name, r, dict(host_hospital_id="QL001", department=dept, **exp),
                  id_number=IDS[key], note="原单位 misspelt 石乔县人民医院" if key == "T11" else None)
    save(f, [s], "csv:utf-8", "HIS export: one title/export-time line, system codes, timestamps, 0.00 fees, "
                              "lower-case x, apostrophes, a misspelt hospital, an impossible date")

    # ------------------------------------------------------------------ 20 TCM support hospital ledger, several sheets
    f = "SYNTHETIC_20_青岚省中医院_对口帮扶工作台账_雁鸣县中医院.xlsx"
    cover = Sheet("封面", widths={1: 60})
    cover.add("青岚省中医院对口帮扶雁鸣县中医医院工作台账（2024年）（合成数据）")
    cover.add()
    cover.add("支援单位：青岚省中医院")
    cover.add("受援单位：雁鸣县中医医院")
    cover.add("建档日期：2024年1月2日")
    cover.add("档案编号：QLZY-DK-2024-003")
    dep = Sheet("派驻人员", widths={3: 22})
    dep.add("青岚省中医院派驻雁鸣县中医医院人员台账（合成数据）")
    dep.merge(1, 1, 1, 10)
    dep.add("序号", "姓名", "身份证", "专业", "职称", "到岗日期", "离岗日期", "驻点时长", "担任职务", "补助发放")
    rows20 = [
        ("P26", "针灸科", "主任中医师", Cell(D(2024, 1, 2), "yyyy-mm-dd"), Cell(D(2024, 7, 1), "yyyy-mm-dd"), "半年", "副院长", "未发放",
         dict(title_rank="正高级", position_at_recipient="副院长")),
        ("P28", "护理部", "主管护师", Cell(D(2024, 1, 2), "yyyy-mm-dd"), Cell(D(2024, 7, 1), "yyyy-mm-dd"), "半年", None, "未发放",
         dict(title="主管护师", title_rank="中级")),
        ("P29", "推拿科", "主治中医师", Cell(D(2024, 1, 2), "yyyy-mm-dd"), "2024年7月1日", "6个月", "推拿科主任", "未发放",
         dict(title_rank="中级", position_at_recipient="科主任")),
    ]
    for i, (key, dept, title, start, end, span, pos, pay, exp) in enumerate(rows20, 1):
        r = dep.add(i, NAMES[key], IDS[key], dept, title, start, end, span, pos, pay)
        E.row("deployments", f, dep.name, r, dict(support_hospital_id="QL004", recipient_hospital_id="QL103",
                                                  department=dept, start_date=D(2024, 1, 2), end_date=D(2024, 7, 1),
                                                  paid_by_recipient=0, **exp), id_number=IDS[key])
    tr = Sheet("进修人员", widths={3: 22})
    tr.add("雁鸣县中医医院选派人员到青岚省中医院进修台账（合成数据）")
    tr.add("序号", "姓名", "身份证", "进修科室", "进修起止时间", "是否收费", "是否结业")
    for i, (key, dept, span, fee, done, exp) in enumerate([
        ("T15", "中医内科", "2024.03.01至2024.08.31", "否", "√",
         dict(start_date=D(2024, 3, 1), end_date=D(2024, 8, 31), fee_charged=0, completed=True)),
        ("T16", "针灸科", "2024.03.01起6个月", "否", "×",
         dict(start_date=D(2024, 3, 1), end_date=D(2024, 8, 31), fee_charged=0, completed=False)),
    ], 1):
        r = tr.add(i, NAMES[key], IDS[key], dept, span, fee, done)
        E.row("trainees", f, tr.name, r, dict(recipient_hospital_id="QL103", host_hospital_id="QL004", department=dept,
                                              **exp), id_number=IDS[key])
    te = Sheet("新技术新项目", widths={2: 28})
    te.add("青岚省中医院帮扶雁鸣县中医医院新技术新项目（合成数据）")
    te.add("序号", "项目名称", "科室", "开展时间", "例数", "填补县域空白")
    for i, (name, dept, when, cases, gap, d0, b) in enumerate([
        ("中药熏蒸治疗腰椎间盘突出症", "康复科", Cell(D(2024, 3, 12), "yyyy-mm-dd"), 26, "是", D(2024, 3, 12), True),
        ("小针刀松解术", "针灸科", "2024.4", 14, "是", D(2024, 4, 1), True),
        ("穴位埋线减重", "推拿科", "2024年5月20日", 31, "否", D(2024, 5, 20), False),
    ], 1):
        r = te.add(i, name, dept, when, cases, gap)
        E.row("techniques", f, te.name, r, dict(recipient_hospital_id="QL103", support_hospital_id="QL004", name=name,
                                                department=dept, first_performed_date=d0, cases=cases,
                                                fills_county_gap=b))
    act = Sheet("培训活动", widths={3: 28})
    act.add("帮扶培训活动登记（合成数据）")
    act.add("日期", "形式", "培训内容", "主讲人", "人数")
    for when, form, topic, who, ppl, d0, typ, n_ in [
        (Cell(D(2024, 1, 16), "yyyy-mm-dd"), "讲座", "《伤寒论》经方临床应用", "许仲文", 40, D(2024, 1, 16), "学术讲座", 40),
        (Cell(D(2024, 2, 27), "yyyy-mm-dd"), "教学查房", "中风恢复期辨证施治", "许仲文", 15, D(2024, 2, 27), "教学查房", 15),
        (Cell(D(2024, 3, 19), "yyyy-mm-dd"), "中医适宜技术培训", "耳穴压豆、刮痧操作规范", "苏红梅", 32, D(2024, 3, 19), "技术培训", 32),
        (Cell(D(2024, 4, 23), "yyyy-mm-dd"), "疑难病例讨论", "顽固性失眠病例", "潘志强", 11, D(2024, 4, 23), "疑难病例讨论", 11),
        (Cell(D(2024, 5, 11), "yyyy-mm-dd"), "义诊", "“中医药进乡村”义诊", "许仲文、潘志强", 90, D(2024, 5, 11), "义诊", 90),
    ]:
        r = act.add(when, form, topic, who, ppl)
        E.row("activities", f, act.name, r, dict(recipient_hospital_id="QL103", support_hospital_id="QL004",
                                                 activity_date=d0, activity_type=typ, topic=topic, participants=n_))
    save(f, [cover, dep, tr, te, act], "openpyxl",
         "hand-kept ledger: cover sheet (hospitals stated only there) + deployments, trainees, techniques, activities sheets")
    E.nonform(f, "封面", "cover sheet")

    # ------------------------------------------------------------------ 21 provincial monthly summary of several hospitals
    f = "SYNTHETIC_21_全省受援医院月度业务汇总_2024年一季度.xlsx"
    s = Sheet("汇总", widths={2: 22})
    s.add("全省城乡对口支援受援医院业务量汇总（2024年第一季度）（合成数据）")
    s.merge(1, 1, 1, 14)
    s.add("填报单位：青岚省卫生健康委医政处", None, None, None, None, None, None, None, None, None, "填报日期：2024-04-15")
    sub = ["门急诊人次", "出院人数", "手术台次", "外转人次"]
    r1 = s.add("序号", "受援医院", *sum([[f"2024年{m}月", None, None, None] for m in (1, 2, 3)], []))
    r2 = s.add(None, None, *(sub * 3))
    s.merge(r1, 1, r2, 1)
    s.merge(r1, 2, r2, 2)
    for j in range(3):
        s.merge(r1, 3 + 4 * j, r1, 6 + 4 * j)
    rng = random.Random(2121)
    tot = [0] * 12
    for i, (hid, label) in enumerate([("QL101", "石桥县人民医院"), ("QL102", "雁鸣县人名医院"), ("QL103", "雁鸣县中医院"),
                                      ("QL104", "青禾县人民医院"), ("QL105", "鹿溪县人民医院 "),
                                      ("QL106", "望川县总医院")], 1):
        row = [i, label]
        here = len(s.rows) + 1
        for j, m in enumerate((1, 2, 3)):
            ov, dis, sur, ref = (rng.randint(9000, 26000), rng.randint(600, 1700), rng.randint(120, 520),
                                 rng.randint(15, 80))
            row += [ov, dis, sur, ref]
            for k, v in enumerate((ov, dis, sur, ref)):
                tot[4 * j + k] += v
            E.row("hospital_monthly_stats", f, s.name, None,
                  dict(recipient_hospital_id=hid, year=2024, month=m, outpatient_visits=ov, discharges=dis,
                       surgeries=sur, referrals_out=ref), wide=True, data_row=here,
                  note="hospital misspelt 雁鸣县人名医院" if hid == "QL102" else None)
        s.add(*row)
    r = s.add("合计", None, *tot)
    s.merge(r, 1, r, 2)
    save(f, [s], "openpyxl", "summary of six hospitals, months as column groups (2024年1月 …) × 4 indicators, "
                             "alias and misspelt hospital names, total row")

    # ------------------------------------------------------------------ 22 technique admission filing (.xls) with a missing date
    f = "SYNTHETIC_22_望川县总医院_新技术准入备案.xls"
    s = Sheet("备案登记", widths={2: 12, 3: 30, 5: 14})
    s.add("望川县人民医院新技术新项目准入备案登记表（合成数据）")
    s.merge(1, 1, 1, 8)
    s.add("填报科室：医务科", None, "支援单位：明川市中心医院", None, None, "年度：2023")
    s.add("序号", "申报科室", "新技术/新项目名称", "技术类别", "首例开展日期", "累计开展例数", "是否县内首创", "带教专家")
    for i, (dept, name, kind, first, cases, gap, who, d0, b) in enumerate([
        ("心血管内科", "冠状动脉支架植入术", "限制类", Cell(D(2023, 8, 16), "YYYY-MM-DD"), 7, "是", "马骏", D(2023, 8, 16), True),
        ("妇产科", "宫腔镜下子宫内膜息肉切除术", "非限制类", "2023-9-5", 11, "否", "高雪", D(2023, 9, 5), False),
        ("普外科", "腹腔镜腹股沟疝修补术", "非限制类", "待定", 0, "否", "罗斌", None, None),
        ("药剂科", "临床药师药学门诊", "非限制类", "2023年10月", 23, "是", "谢芳", D(2023, 10, 1), True),
    ], 1):
        r = s.add(i, dept, name, kind, first, cases, gap, who)
        if d0 is None:
            E.quarantine(f, s.name, r, "missing_required_date", "首例开展日期写“待定”（必填项缺失）", "techniques")
        else:
            E.row("techniques", f, s.name, r, dict(recipient_hospital_id="QL106", support_hospital_id="QL003",
                                                   name=name, department=dept, first_performed_date=d0, cases=cases,
                                                   fills_county_gap=b))
    s.add()
    s.add("医务科（盖章）", None, None, None, "2024年1月8日")
    save(f, [s], "xls", ".xls: recipient only in the title, support in a key-value line, department before name; "
                        "a 待定 first date")

    # ------------------------------------------------------------------ 23 support hospital activities, a sheet per recipient, one-hot type columns
    f = "SYNTHETIC_23_青岚省人民医院_带教活动登记_分受援医院.xlsx"
    types = ["学术讲座", "教学查房", "手术示教", "疑难病例讨论", "其他"]
    sheets = []
    for sname, hid, full, rows in [
        ("石桥县", "QL101", "石桥县人民医院", [
            (D(2023, 3, 14), "陈立新", "学术讲座", "急腹症的早期识别", 38),
            (D(2023, 4, 6), "陈立新", "手术示教", "腹腔镜胆囊切除术", 10),
            (D(2023, 5, 25), "刘晓燕", "教学查房", "急性冠脉综合征查房", 16),
            (D(2023, 10, 19), "郑伟", "疑难病例讨论", "青年卒中病因分析", 21),
            (D(2023, 11, 30), "王丽华", "其他", "院感防控督导", 45),
        ]),
        ("雁鸣县", "QL102", "雁鸣县人民医院", [
            (D(2023, 2, 16), "孙浩然", "学术讲座", "围术期气道管理", 30),
            (D(2023, 3, 2), "赵敏", "教学查房", "护理质量查房", 24),
            (D(2023, 8, 24), "吴静", "疑难病例讨论", "婴儿反复惊厥", 14),
            (D(2023, 9, 7), "孙浩然", "手术示教", "超声引导下神经阻滞", 8),
        ]),
    ]:
        s = Sheet(sname, widths={1: 12, 8: 26})
        s.add(f"青岚省人民医院支援{full}带教活动登记（2023年）（合成数据）")
        s.merge(1, 1, 1, 9)
        r1 = s.add("日期", "带教专家", "活动形式（打√）", None, None, None, None, "内容", "参加人数")
        r2 = s.add(None, None, *types, None, None)
        s.merge(r1, 3, r1, 7)
        for c in (1, 2, 8, 9):
            s.merge(r1, c, r2, c)
        for d0, who, typ, topic, ppl in rows:
            ticks = ["√" if t == typ else None for t in types]
            r = s.add(Cell(d0, 'm"月"d"日"'), who, *ticks, topic, ppl)
            E.row("activities", f, s.name, r, dict(recipient_hospital_id=hid, support_hospital_id="QL001",
                                                   activity_date=d0, activity_type=typ, topic=topic,
                                                   participants=ppl))
        s.add("合计", None, *[sum(1 for x in rows if x[2] == t) for t in types], None, sum(x[4] for x in rows))
        sheets.append(s)
    save(f, sheets, "openpyxl", "a sheet per recipient (short sheet names), activity type as tick columns (one-hot), "
                                "Excel dates shown as m月d日, count row")

    # ------------------------------------------------------------------ 24 county → township roster (WPS xlsx), unknown recipient
    f = "SYNTHETIC_24_鹿溪县人民医院_下乡帮扶人员名单.xlsx"
    s = Sheet("Sheet1", widths={3: 22, 6: 24, 7: 24})
    s.add("鹿溪县人民医院2023年下乡帮扶人员名单（合成数据）")
    s.merge(1, 1, 1, 9)
    s.add()
    s.add("序号", "姓名", "身份证号", "科室", "职称", "帮扶地点", "帮扶时间", "职务", "备注")
    rows24 = [
        ("1.", "P22", "护理部", "主管护师", "溪口镇中心卫生院", "2023.1.1-2023.6.30", "护士长", None,
         dict(title="主管护师", title_rank="中级", position_at_recipient="护士长", start_date=D(2023, 1, 1),
              end_date=D(2023, 6, 30))),
        (None, None, None, None, None, None, None, None, None, "blank"),
        ("2.", "P23", "内科", "主治医师", "鹿溪县溪口镇中心卫生院", "2023.1.1-2023.12.31", "副院长", "全年驻点",
         dict(title="主治医师", title_rank="中级", position_at_recipient="副院长", start_date=D(2023, 1, 1),
              end_date=D(2023, 12, 31))),
        ("3.", "P24", "外科", "主治医师", "北山乡卫生院", "2023.1.1-2023.6.30", None, "临时调整", None),
        ("4.", "P25", "全科医学科", "医师", "溪口镇中心卫生院", "2023.7.1-2023.12.31", "—", None,
         dict(title_rank="初级", position_at_recipient=None, start_date=D(2023, 7, 1), end_date=D(2023, 12, 31))),
        ("5.", "P30", "护理部", "护师", "溪口镇中心卫生院", "2023年7月-12月", None, None,
         dict(title="护师", title_rank="初级", start_date=D(2023, 7, 1), end_date=D(2023, 12, 31))),
    ]
    for item in rows24:
        if item[-1] == "blank":
            s.add()
            continue
        no, key, dept, title, rec, span, pos, note, exp = item
        r = s.add(no, NAMES[key], IDS[key], dept, title, rec, span, pos, note)
        if exp is None:
            E.quarantine(f, s.name, r, "unknown_hospital", "帮扶单位“北山乡卫生院”不在医疗机构名册中", "deployments")
        else:
            E.row("deployments", f, s.name, r, dict(support_hospital_id="QL105", recipient_hospital_id="QL204",
                                                    department=dept, **exp), id_number=IDS[key])
    s.add()
    s.add("报送单位：鹿溪县人民医院医务科", None, None, None, "报送时间：2023年12月20日")
    save(f, [s], "xlsxwriter", "WPS-style sheet named Sheet1, blank rows between data rows, 1./2. numbering, "
                               "date span in one cell, reporting unit only at the bottom; an unknown recipient")

    # ------------------------------------------------------------------ 25 county medical community monthly report, GB18030
    f = "SYNTHETIC_25_鹿溪县医共体_月报_2023年7-9月.csv"
    s = Sheet(stem(f))
    s.add("鹿溪县医共体成员单位月度业务量（2023年7—9月）（合成数据）")
    s.add("机构名称", "统计月份", "门急诊人次", "出院人次", "手术人次", "转出人次", "上转接收人次", "下转接收人次")
    rng = random.Random(2525)
    for hid, label, big in (("QL105", "鹿溪县人民医院", True), ("QL204", "溪口镇中心卫生院", False)):
        subt = [0] * 6
        for m, mt in ((7, "2023年7月"), (8, "2023-08"), (9, "2023.9")):
            if big:
                vals = [rng.randint(15000, 19000), rng.randint(900, 1200), rng.randint(200, 320),
                        rng.randint(30, 55), rng.randint(40, 80), rng.randint(5, 14)]
            else:
                vals = [rng.randint(2500, 3300), rng.randint(25, 50), rng.randint(0, 5),
                        rng.randint(12, 28), 0, rng.randint(3, 10)]
            r = s.add(label, mt, *[f"{v:,}" if v >= 10000 else v for v in vals])
            subt = [a_ + b_ for a_, b_ in zip(subt, vals)]
            E.row("hospital_monthly_stats", f, s.name, r,
                  dict(recipient_hospital_id=hid, year=2023, month=m, outpatient_visits=vals[0], discharges=vals[1],
                       surgeries=vals[2], referrals_out=vals[3], referrals_up_received=vals[4],
                       referrals_down_received=vals[5]))
        s.add(f"{label.strip()}小计", None, *subt)
    s.add("注：上转接收人次指接收下级机构上转患者人次。")
    save(f, [s], "csv:gb18030", "GB18030 CSV, hospital × month long format with subtotals, thousands separators, "
                                "month spellings 2023年7月/2023-08/2023.9")

    # ------------------------------------------------------------------ expected.json
    exp = {
        "about": "Expected values for tests/realworld3 (synthetic, 合成数据). Generated by make_corpus.py.",
        "conventions": {
            "dates": "YYYY-MM-DD; month-only start = 1st, month-only end = last day; 半年/6个月 = start + 6 months - 1 day; "
                     "一年 = start + 12 months - 1 day; 3个月 = start + 3 months - 1 day",
            "row": "1-based row as Excel shows it (line number for CSV); null and wide=true when a record is built "
                   "from cells of several rows or from column groups",
            "values": "only fields the sheet states; id_number is the raw ID "
                      "(person_id = PersonIds(key).from_id_number); a person record without id_number has no usable ID (person_id from the name, "
                      "person_id_basis 'name') and is found by file, sheet and row",
            "paid_by_recipient": "0 means none stated as 0/无/—/未发放 (NULL accepted as equal)",
            "title": "left out where the written title does not fix the normalised title (e.g. 副高, 主治医师（中医）); "
                     "title_rank given instead",
        },
        "registry": REGISTRY_FILE,
        "files": E.files,
        "non_form_sheets": E.non_form,
        "quarantines": E.quarantines,
        "findings": E.findings,
        "misspellings": [
            {"file": "SYNTHETIC_21_全省受援医院月度业务汇总_2024年一季度.xlsx", "written": "雁鸣县人名医院", "hospital_id": "QL102"},
        ],
        "rows": E.rows,
    }
    return harness_truth(exp)


QUARANTINE_CATEGORY = {"misspelt_place": "unresolved_hospital", "unknown_hospital": "unresolved_hospital"}     # the others: any reason but a hospital's


def harness_truth(exp: dict) -> dict:
    """The expected values in tests/corpus_harness.py's shape (unified 2026-12-06), nothing dropped: rows keep
    ``values`` and gain ``fields`` (the same), ``places`` (row None: a record built from several rows or column
    groups) and ``hospitals`` {} (the ids are the registry's codes, compared as values); the registry's
    hospitals and pairings as written; the conventions' field rules; findings as ``row_findings`` (field and
    code); the ID numbers of the rows."""
    for r in exp["rows"]:
        r.update(fields=r["values"], places=[[r["file"], r["sheet"], r["row"]]], keys=[], hospitals={})
    for q in exp["quarantines"]:
        q["category"] = QUARANTINE_CATEGORY.get(q["kind"], "unusable")
    exp["hospitals"] = [{"name": h[1]} for h in HOSPITALS]
    exp["pairings"] = [{"support": HNAME[s], "recipient": HNAME[r], "start_date": iso(start), "end_date": None,
                        "agreement_date": iso(D(start.year - 1, 12, 1) if start.month == 1
                                              else D(start.year, start.month - 1, 1))}
                       for s, r, _prog, start in PAIRINGS]
    # the conventions' 0-or-NULL fee and the old scoring's "position contains" (its numbers within 0.005: the
    # harness's 1e-6 is kept, and every number of the corpus meets it)
    exp["field_rules"] = {"paid_by_recipient": "zero_or_null", "position_at_recipient": "contains"}
    exp["row_findings"] = exp["findings"]
    del exp["findings"]          # the harness's strict findings check is not this corpus's (other findings allowed)
    exp["submission_files"] = [f["file"] for f in exp["files"]]
    exp["pairing_file"] = REGISTRY_FILE
    exp["id_numbers"] = {i: [] for i in sorted({r["id_number"] for r in exp["rows"] if r.get("id_number")})}
    return exp



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    a = ap.parse_args()
    exp = build(Path(a.outdir))
    (Path(a.outdir) / "truth.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    by = {}
    for r in exp["rows"]:
        by[r["table"]] = by.get(r["table"], 0) + 1
    print(f"{len(exp['files'])} files, {len(exp['rows'])} expected rows {by}, {len(exp['quarantines'])} quarantines, "
          f"{len(exp['row_findings'])} findings")


if __name__ == "__main__":
    main()
