"""realworld9 corpus: a fictional province 沅岚省 (SYNTHETIC 合成数据), two evaluation years (2024, 2025).

    python make_corpus.py OUT   →  OUT/data/raw/reference/<pairing list>.xlsx
                                   OUT/data/raw/2024/<submissions>, OUT/data/raw/2025/<submissions>
                                   OUT/truth.json

Written by a tester playing the hospitals and the province without reading the tool's parser.
Everything is invented: province, cities (栖云市 9901, 墨川市 9902), counties (鹤汀县 990121, 枫桥县 990122,
澜溪县 990221), hospitals, people, ID numbers (region codes 99xxxx, GB 11643 check digits computed here).
Deterministic: fixed seed, fixed document properties.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import sys
from pathlib import Path

SEED = 20250909
RNG = random.Random(SEED)
D = dt.date

# ------------------------------------------------------------------------------------------ ID numbers
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(first17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(first17, W)) % 11]


def make_id(region: str, birth: dt.date, seq: int) -> str:
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + check_digit(body)


def id15_to_18(id15: str) -> str:
    body = id15[:6] + "19" + id15[6:]
    return body + check_digit(body)


# ------------------------------------------------------------------------------------------ hospitals
S1, S2, S3, S4 = "沅岚省人民医院", "栖云市第一人民医院", "栖云市中医医院", "墨川市人民医院"
R1, R2, R3, R4 = "鹤汀县人民医院", "鹤汀县中医医院", "枫桥县人民医院", "澜溪县人民医院"
R5, R6 = "鹤汀县白石镇卫生院", "枫桥县青柳乡卫生院"
COUNTY = {"鹤汀县": "990121", "枫桥县": "990122", "澜溪县": "990221"}

# ------------------------------------------------------------------------------------------ cells
class F:
    """A cell with an explicit number format (dates, numbers stored as such)."""

    def __init__(self, value, fmt):
        self.value, self.fmt = value, fmt


class Grid:
    """One sheet as a person sees it: 1-based rows and columns."""

    def __init__(self, name):
        self.name = name
        self.cells: dict[tuple[int, int], object] = {}
        self.merges: list[tuple[int, int, int, int]] = []
        self.hidden_rows: set[int] = set()
        self.widths: dict[int, int] = {}
        self.n = 0

    def put(self, values, r=None, c0=1):
        if r is None:
            self.n += 1
            r = self.n
        else:
            self.n = max(self.n, r)
        for i, v in enumerate(values):
            if v is not None and v != "":
                self.cells[(r, c0 + i)] = v
        return r

    def merge(self, r1, c1, r2, c2):
        self.merges.append((r1, c1, r2, c2))

    @property
    def ncols(self):
        return max((c for _, c in self.cells), default=1)


# ------------------------------------------------------------------------------------------ writers
def write_xlsx(path: Path, grids, epoch1904=False):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    wb.properties.creator = "SYNTHETIC 合成数据"
    wb.properties.title = "SYNTHETIC 合成数据"
    wb.properties.created = dt.datetime(2025, 1, 1)
    wb.properties.modified = dt.datetime(2025, 1, 1)
    for g in grids:
        ws = wb.create_sheet(g.name)
        for (r, c), v in sorted(g.cells.items()):
            cell = ws.cell(row=r, column=c)
            if isinstance(v, F):
                cell.value = v.value
                cell.number_format = v.fmt
            elif isinstance(v, dt.date):
                cell.value = v
                cell.number_format = "yyyy/m/d"
            else:
                cell.value = v
        for r1, c1, r2, c2 in g.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            ws.cell(row=r1, column=c1).alignment = Alignment(horizontal="center", vertical="center",
                                                              wrap_text=True)
        for r in g.hidden_rows:
            ws.row_dimensions[r].hidden = True
        if (1, 1) in g.cells:
            ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    wb.save(path)


def write_xls(path: Path, grids):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    title_style = xlwt.easyxf("font: bold on, height 320; align: horiz center, vert center")
    plain = xlwt.easyxf("")
    for g in grids:
        ws = wb.add_sheet(g.name)
        merged_tl = {(r1, c1): (r1, c1, r2, c2) for r1, c1, r2, c2 in g.merges}
        covered = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r, c), v in sorted(g.cells.items()):
            style = date_style if isinstance(v, dt.date) else plain
            if isinstance(v, F):
                style, v = xlwt.easyxf(num_format_str=v.fmt), v.value
            if (r, c) in merged_tl:
                r1, c1, r2, c2 = merged_tl[(r, c)]
                ws.write_merge(r1 - 1, r2 - 1, c1 - 1, c2 - 1, v, title_style if r == 1 else style)
            elif (r, c) not in covered:
                ws.write(r - 1, c - 1, v, style)
        for c in range(g.ncols):
            ws.col(c).width = 256 * 16
    wb.save(str(path))


def write_ods(path: Path, grids):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for g in grids:
        t = Table(name=g.name)
        spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in g.merges}
        covered = {(r, c) for r1, c1, r2, c2 in g.merges for r in range(r1, r2 + 1)
                   for c in range(c1, c2 + 1)} - set(spans)
        for r in range(1, g.n + 1):
            tr = TableRow()
            for c in range(1, g.ncols + 1):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                v = g.cells.get((r, c))
                kw = {}
                if (r, c) in spans:
                    kw = dict(numberrowsspanned=spans[(r, c)][0], numbercolumnsspanned=spans[(r, c)][1])
                if isinstance(v, F):
                    v = v.value
                if v is None:
                    cell = TableCell(**kw)
                elif isinstance(v, bool) or not isinstance(v, (int, float, dt.date)):
                    cell = TableCell(valuetype="string", **kw)
                    cell.addElement(P(text=str(v)))
                elif isinstance(v, dt.date):
                    cell = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    cell.addElement(P(text=v.isoformat()))
                else:
                    cell = TableCell(valuetype="float", value=v, **kw)
                    cell.addElement(P(text=str(v)))
                tr.addElement(cell)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, grid: Grid, sep=",", encoding="utf-8-sig"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    ncols = grid.ncols
    for r in range(1, grid.n + 1):
        row = []
        for c in range(1, ncols + 1):
            v = grid.cells.get((r, c))
            row.append("" if v is None else str(v))
        w.writerow(row)
    path.write_bytes(buf.getvalue().encode(encoding))


# ------------------------------------------------------------------------------------------ truth
class Truth:
    def __init__(self):
        self.hospitals, self.pairings, self.rows, self.quarantines = [], [], [], []
        self.id_numbers: dict[str, list[str]] = {}
        self.files: list[str] = []

    def ids(self, canonical, *spellings):
        self.id_numbers.setdefault(canonical, [])
        for s in spellings:
            if s not in self.id_numbers[canonical]:
                self.id_numbers[canonical].append(s)

    def row(self, table, file, sheet, row, fields, hospitals, id_number=None, keys=(), alt_files=()):
        places = [[file, sheet, row]] + [list(a) for a in alt_files]
        self.rows.append(dict(table=table, places=places, fields=fields, hospitals=hospitals,
                              id_number=id_number, keys=list(keys)))

    def quarantine(self, table, file, sheet, row, category, why):
        self.quarantines.append(dict(table=table, file=file, sheet=sheet, row=row, category=category, why=why))


T = Truth()


def iso(d):
    return None if d is None else d.isoformat()


RANK = {"主任医师": "正高级", "副主任医师": "副高级", "主治医师": "中级", "住院医师": "初级", "主任护师": "正高级",
        "副主任护师": "副高级", "主管护师": "中级", "护师": "初级", "主管技师": "中级", "副主任技师": "副高级",
        "主任中医师": "正高级", "副主任中医师": "副高级", "主治中医师": "中级"}


def person(name, birth_region, birth, seq):
    return dict(name=name, id=make_id(birth_region, birth, seq))


# people (all fictional) ----------------------------------------------------------------------------
ZHOU = person("周明远", "990102", D(1978, 4, 12), 17)
AYGUL = person("阿依古丽·买买提", "990102", D(1985, 9, 3), 24)
ZHANGWEI15 = "990102" + "760115" + "031"          # a legacy 15-digit number as written
ZHANGWEI = dict(name="张　伟", id=id15_to_18(ZHANGWEI15))
OUYANG = dict(name="欧阳晓红", id=None)
REYILA = person("热依拉·艾山", "990102", D(1987, 2, 14), 46)   # stored by Excel as a number
MAJUN = person("马　骏", "990102", D(1980, 11, 30), 51)
MAJUN_BAD = MAJUN["id"][:17] + ("1" if MAJUN["id"][17] != "1" else "2")   # wrong check digit, as written
LI_WB = person("李文博", "990102", D(1983, 6, 21), 63)
HE_JY = person("何静怡", "990102", D(1989, 12, 5), 72)
CHEN15 = "990102" + "810707" + "085"
CHEN = dict(name="陈思远", id=id15_to_18(CHEN15))

LIN = person("林海峰", "990101", D(1979, 8, 8), 113)
WUMAR = person("吾买尔·托合提", "990101", D(1986, 3, 19), 125)
SONG = dict(name="宋雨桐", id=None)
HUANG = person("黄志强", "990101", D(1984, 10, 2), 137)

ZHENG = person("郑晓燕", "990122", D(1990, 5, 16), 208)
GULNAR = person("古丽娜尔·沙比尔", "990122", D(1992, 1, 27), 214)
TANG15 = "990122" + "880309" + "227"
TANG = dict(name="唐　磊", id=id15_to_18(TANG15))
FAN = dict(name="范婷", id=None)

HAN = person("韩立群", "990201", D(1972, 7, 7), 305)
MMJ = person("买买提江·吐尔逊", "990201", D(1988, 4, 4), 311)
LUO = person("罗秀英", "990201", D(1981, 12, 12), 328)   # stored by Excel as a number

# trainees at 栖云市中医医院 2025
QIAN = person("钱雅琴", "990121", D(1991, 6, 6), 402)
NUR15 = "990121" + "930218" + "416"
NUR = dict(name="努尔兰·哈力克", id=id15_to_18(NUR15))
YAN = person("严　冬", "990121", D(1987, 9, 9), 425)
DONG = dict(name="董小梅", id=None)

# 枫桥县人民医院 → 青柳乡卫生院 2025
QIU = person("邱国栋", "990122", D(1982, 2, 2), 509)
WEN = dict(name="温　晴", id=None)


def _need_x():
    """A person whose ID number ends in X (written in lower case by one clerk)."""
    for seq in range(600, 700):
        i = make_id("990122", D(1986, 10, 10), seq)
        if i.endswith("X"):
            return dict(name="蔡丽萍", id=i)
    raise AssertionError


CAI = _need_x()


# ------------------------------------------------------------------------------------------ corpus
def build(out: Path):
    raw = out / "data" / "raw"
    ref, y24, y25 = raw / "reference", raw / "2024", raw / "2025"
    for d in (ref, y24, y25):
        d.mkdir(parents=True, exist_ok=True)

    for p in [ZHOU, AYGUL, REYILA, MAJUN, LI_WB, HE_JY, LIN, WUMAR, HUANG, ZHENG, GULNAR, HAN, MMJ, LUO, QIAN,
              YAN, QIU, CAI]:
        T.ids(p["id"])
    T.ids(ZHANGWEI["id"], ZHANGWEI15)
    T.ids(CHEN["id"], CHEN15)
    T.ids(TANG["id"], TANG15)
    T.ids(NUR["id"], NUR15)
    T.ids(MAJUN["id"], MAJUN_BAD)
    T.ids(MAJUN_BAD)
    for p in (REYILA, LUO):
        f = float(p["id"])
        T.ids(p["id"], str(int(f)), repr(f), f"{f:.14E}", f"{f:.5E}")

    pairing_list(ref)
    f2024(y24)
    f2025(y25)
    T.files.sort()
    truth = dict(seed=SEED, hospitals=T.hospitals, pairings=T.pairings, rows=T.rows, quarantines=T.quarantines,
                 id_numbers=T.id_numbers, submission_files=[f for f in T.files if not f.startswith("reference/")],
                 pairing_file=[f for f in T.files if f.startswith("reference/")][0])
    truth["submission_files"] = [Path(f).name for f in truth["submission_files"]]
    truth["pairing_file"] = Path(truth["pairing_file"]).name
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True),
                                    encoding="utf-8")


# ---------------------------------------------------------------------------------- pairing list
def pairing_list(ref: Path):
    name = "SYNTHETIC_附件1_沅岚省城乡医院对口支援关系表（2024—2026年）.xlsx"
    T.files.append("reference/" + name)
    g = Grid("对口支援关系")
    g.put(["附件1"])
    r = g.put(["沅岚省城乡医院对口支援关系表（2024—2026年）（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 10)
    g.put(["序号", "支援医院", "受援医院", "受援医院等级", "受援医院类别", "所在市", "所在县（市、区）",
           "协议签订日期", "支援期限", "备注"])
    rows = [
        # support, recipient, 等级, 类别, 市, 县, agreement (cell), agreement (truth), 期限, start, end, source, note
        (S1, R1, "二级甲等", "综合医院", "栖云市", "鹤汀县", "2024年1月15日", D(2024, 1, 15), "2024年1月—2026年12月",
         D(2024, 1, 1), D(2026, 12, 31), "support_period", ""),
        (S2, R3, "二甲", "综合医院", "栖云市", "枫桥县", D(2023, 12, 28), D(2023, 12, 28), "",
         D(2024, 1, 1), D(2026, 12, 31), "title_period", "延续上一周期"),
        (S3, R2, "二级甲等", "中医医院", "栖云市", "鹤汀县", "2024.01.10", D(2024, 1, 10), "2024-01-01至2026-12-31",
         D(2024, 1, 1), D(2026, 12, 31), "support_period", ""),
        (S1, R4, "二级乙等", "综合医院", "墨川市", "澜溪县", "2024-02-20", D(2024, 2, 20), "2024.3-2027.2",
         D(2024, 3, 1), D(2027, 2, 28), "support_period", ""),
        (S4, R4, "二级乙等", "综合医院", "墨川市", "澜溪县", "20240408", D(2024, 4, 8), "2024.4—2026.12",
         D(2024, 4, 1), D(2026, 12, 31), "support_period", ""),
        (R1, R5, "一级", "乡镇卫生院", "栖云市", "鹤汀县", "2024年3月1日", D(2024, 3, 1), "2024年3月至2026年12月",
         D(2024, 3, 1), D(2026, 12, 31), "support_period", "县级医院支援乡镇卫生院"),
        (R3, R6, "未定级", "乡镇卫生院", "栖云市", "枫桥县", "2025年6月20日", D(2025, 6, 20), "2025.7-2027.6",
         D(2025, 7, 1), D(2027, 6, 30), "support_period", "2025年新增"),
    ]
    first = {}
    for i, (s, rc, lvl, cat, city, county, ag_cell, ag, period, st, en, src, note) in enumerate(rows, 1):
        r = g.put([i, s, rc, lvl, cat, city, county, ag_cell, period, note])
        first.setdefault(city, []).append(r)
        T.pairings.append(dict(support=s, recipient=rc, start_date=iso(st), end_date=iso(en), agreement_date=iso(ag),
                               start_date_source=src))
    r = g.put(["注：1.支援期限空白的，按本表所列周期执行。2.本表为SYNTHETIC合成数据，医院、人员均为虚构。"])
    g.merge(r, 1, r, 10)
    g.put([None, None, None, None, None, None, None, "沅岚省卫生健康委员会医政医管处（SYNTHETIC）"])
    g.put([None, None, None, None, None, None, None, "2024年5月10日"])
    write_xlsx(ref / name, [g])
    grades = {"二级甲等": ("二级", "甲等"), "二甲": ("二级", "甲等"), "二级乙等": ("二级", "乙等"), "一级": ("一级", None),
              "未定级": ("未定级", None)}
    seen = set()
    for s, rc, lvl, cat, city, county, *_ in rows:
        if rc not in seen:
            seen.add(rc)
            lv, gr = grades[lvl]
            T.hospitals.append(dict(name=rc, level=lv, grade=gr, category=cat, county=county))
    for s in (S1, S2, S3, S4):
        T.hospitals.append(dict(name=s))


# ---------------------------------------------------------------------------------- helpers
def dep(file, sheet, r, p, support, recipient, start, end, dept=None, title=None, position="__skip__",
        id_basis="id", extra=None, alt=()):
    fields = {"start_date": iso(start), "end_date": iso(end)}
    if dept is not None:
        fields["department"] = dept
    if title is not None:
        fields["title"] = title
        fields["title_rank"] = RANK[title]
    if position != "__skip__":
        fields["position_at_recipient"] = position
    fields.update(extra or {})
    idn = p["id"] if id_basis == "id" else None
    T.row("deployments", file, sheet, r, fields, {"support_hospital_id": support, "recipient_hospital_id": recipient},
          id_number=idn, keys=["start_date"], alt_files=alt)


# ---------------------------------------------------------------------------------- 2024
def f2024(y: Path):
    # A. 省医 roster: recipient written once in a vertically merged cell; 小计 inside groups; 24.3.1 dates ---
    fa = "SYNTHETIC_沅岚省人民医院2024年度对口支援派驻人员名册.xlsx"
    T.files.append("2024/" + fa)
    g = Grid("派驻人员")
    r = g.put(["沅岚省人民医院2024年度对口支援派驻人员名册（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 10)
    g.put(["填报单位（盖章）：沅岚省人民医院医务部", None, None, None, None, None, None, "填报时间：2025年1月6日"])
    h1 = g.put(["序号", "受援单位", "姓名", "性别", "身份证号码", "科室", "职称", "在受援单位任职", "派驻时间", None])
    h2 = g.put([None, None, None, None, None, None, None, None, "起", "止"])
    for c in range(1, 9):
        g.merge(h1, c, h2, c)
    g.merge(h1, 9, h1, 10)
    grp1 = [
        (ZHOU, "男", ZHOU["id"], "普外科", "副主任医师", "副院长", "24.1.8", "24.6.30", D(2024, 1, 8), D(2024, 6, 30), "id"),
        (AYGUL, "女", AYGUL["id"], "妇产科", "主治医师", "无", D(2024, 3, 4), D(2024, 9, 3), D(2024, 3, 4),
         D(2024, 9, 3), "id"),
        (ZHANGWEI, "男", ZHANGWEI15, "心内科", "主任医师", "科主任", "2024年3月", "2024年8月", D(2024, 3, 1),
         D(2024, 8, 31), "id"),
        (ZHOU, "男", ZHOU["id"], "普外科", "副主任医师", "", D(2024, 10, 8), D(2025, 4, 7), D(2024, 10, 8),
         D(2025, 4, 7), "id"),
    ]
    grp2 = [
        (OUYANG, "女", "", "儿科", "主管护师", "护士长", "2024.3.11", "2024.9.10", D(2024, 3, 11), D(2024, 9, 10), "name"),
        (REYILA, "女", float(REYILA["id"]), "检验科", "主管技师", "", D(2024, 4, 1), D(2024, 9, 30), D(2024, 4, 1),
         D(2024, 9, 30), "name"),
        (MAJUN, "男", MAJUN_BAD, "骨科", "副主任医师", "科主任", "2024年5月6日", "2024年11月5日", D(2024, 5, 6),
         D(2024, 11, 5), "bad"),
    ]
    n = 0
    a_later = "SYNTHETIC_沅岚省人民医院2025年派驻人员名册.xlsx"
    a_corr = "SYNTHETIC_沅岚省人民医院2025年派驻人员名册（更正）.xlsx"
    for label, recip, grp in (("鹤汀县人民医院（原鹤汀县医院）", R1, grp1), ("澜溪县人医", R4, grp2)):
        top = None
        for p, sex, idcell, dept, title, pos, sc, ec, st, en, basis in grp:
            n += 1
            r = g.put([n, label if top is None else None, p["name"], sex, idcell, dept, title, pos, sc, ec])
            top = top or r
            # the same deployment is listed again in 2025 (first data row, row 3, of both 2025 files)
            alt = ((a_corr, "Sheet1", 3), (a_later, "Sheet1", 3)) if st == D(2024, 10, 8) else ()
            dep(fa, "派驻人员", r, p, S1, recip, st, en, dept, title, None if pos in ("", "无") else pos,
                id_basis="name" if basis == "name" else "id", alt=alt)
            if basis == "bad":
                T.rows[-1]["id_number"] = MAJUN_BAD
        g.merge(top, 2, r, 2)
        g.put([None, "小计", f"{len(grp)}人"])
    g.put(["合计", None, f"{n}人"])
    r = g.put(["注：派驻时间以实际到岗、离岗时间为准；周明远同志2024年两次派驻。本表为SYNTHETIC合成数据。"])
    g.merge(r, 1, r, 10)
    g.put(["填表人：刘某某", None, None, "审核人：王某某", None, None, "联系电话：0990-1234567"])
    write_xlsx(y / fa, [g])

    # B. 市一院 → 枫桥县人民医院: two small tables side by side on one sheet ---------------------------------
    fb = "SYNTHETIC_栖云市一院对口支援枫桥县人民医院工作情况表（2024年）.xlsx"
    T.files.append("2024/" + fb)
    g = Grid("2024年")
    r = g.put(["栖云市第一人民医院对口支援枫桥县人民医院（原枫桥县医院）工作情况（2024年）SYNTHETIC 合成数据"])
    g.merge(r, 1, r, 13)
    g.put(["一、派驻人员"], r=2, c0=1)
    g.put(["二、新技术、新项目"], r=2, c0=8)
    g.merge(2, 1, 2, 6)
    g.merge(2, 8, 2, 13)
    g.put(["序号", "姓名", "身份证号", "科室", "职称", "派驻期间"], r=3, c0=1)
    g.put(["序号", "项目名称", "科室", "开展时间", "例数（例）", "是否填补县域空白"], r=3, c0=8)
    left = [
        (LIN, LIN["id"], "神经内科", "副主任医师", "2024.01.02-2024.06.30", D(2024, 1, 2), D(2024, 6, 30), "id"),
        (WUMAR, WUMAR["id"], "急诊科", "主治医师", "2024.03.01—2024.08.31", D(2024, 3, 1), D(2024, 8, 31), "id"),
        (SONG, "", "护理部", "副主任护师", "2024.07.01-2024.12.31", D(2024, 7, 1), D(2024, 12, 31), "name"),
        (HUANG, HUANG["id"], "医学影像科", "主治医师", "2024.9.2-2025.3.1", D(2024, 9, 2), D(2025, 3, 1), "id"),
    ]
    for i, (p, idc, dept, title, per, st, en, basis) in enumerate(left, 1):
        r = g.put([i, p["name"], idc, dept, title, per], r=3 + i, c0=1)
        dep(fb, "2024年", r, p, S2, R3, st, en, dept, title, id_basis=basis)
    right = [
        ("腹腔镜胆囊切除术", "普外科", "2024.4.16", D(2024, 4, 16), 35, 35, "是", True),
        ("脑卒中静脉溶栓", "神经内科", D(2024, 5, 9), D(2024, 5, 9), "12", 12, "否", False),
        ("床旁超声评估", "急诊科", "2024年10月", D(2024, 10, 1), "约20", None, "是", True),
    ]
    for i, (nm, dept, dcell, d, cc, cases, gap, gapv) in enumerate(right, 1):
        r = g.put([i, nm, dept, dcell, cc, gap], r=3 + i, c0=8)
        T.row("techniques", fb, "2024年", r, {"name": nm, "department": dept, "first_performed_date": iso(d),
                                               "cases": cases, "fills_county_gap": gapv},
              {"recipient_hospital_id": R3, "support_hospital_id": S2}, keys=["name"])
    g.put(["报送单位：栖云市第一人民医院医务处", None, None, None, None, "2025年1月10日"], r=9)
    write_xlsx(y / fb, [g])

    # D. 枫桥县人民医院 trainees: header on row 8 after a long 填表说明; shuffled columns; fee in 万元 ------------
    fd = "SYNTHETIC_枫桥县人民医院2024年度选派骨干外出进修情况登记表.xlsx"
    T.files.append("2024/" + fd)
    g = Grid("进修登记")
    r = g.put(["枫桥县人民医院2024年度选派骨干外出进修情况登记表（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 8)
    notes = ["填表说明：",
             "1. 本表由受援医院（选派单位）填写，每名进修人员填写一行；",
             "2. 进修单位请填写全称，时间格式为年-月-日；",
             "3. 进修费用以万元为单位，免收的填0或“免”；",
             "4. 是否结业填“是”或“否”，尚在进修的填“否”；",
             "5. 身份证号请填写18位，不得留空。本表为SYNTHETIC合成数据。"]
    for t in notes:
        r = g.put([t])
        g.merge(r, 1, r, 8)
    assert g.n == 7
    hdr = g.put(["进修单位", "姓名", "结束时间", "进修专业", "身份证号", "开始时间", "是否结业", "进修费用（万元）"])
    assert hdr == 8
    rows = [
        ("市一院", ZHENG, D(2024, 9, 30), "心血管内科", ZHENG["id"], D(2024, 4, 1), "是", 0, S2, D(2024, 4, 1),
         D(2024, 9, 30), True, 0),
        ("栖云市第一人民医院", GULNAR, "2024年12月", "重症医学科", GULNAR["id"], "2024年7月", "是", "免", S2,
         D(2024, 7, 1), D(2024, 12, 31), True, 0),
        ("省医", TANG, "24.8.31", "骨科", TANG15, "24.3.1", "否", 0.3, S1, D(2024, 3, 1), D(2024, 8, 31), False, 3000),
        ("市一院", FAN, "2024/12/31", "护理", "", "2024/7/1", "是", 0, S2, D(2024, 7, 1), D(2024, 12, 31), True, 0),
    ]
    for host_cell, p, ecell, dept, idc, scell, comp_cell, fee_cell, host, st, en, comp, fee in rows:
        r = g.put([host_cell, p["name"], ecell, dept, idc, scell, comp_cell, fee_cell])
        T.row("trainees", fd, "进修登记", r, {"start_date": iso(st), "end_date": iso(en), "department": dept,
                                              "completed": comp, "fee_charged": fee},
              {"recipient_hospital_id": R3, "host_hospital_id": host}, id_number=p["id"], keys=["start_date"])
    r = g.put(["南岭大学附属第二医院", "苏建军", D(2024, 12, 20), "泌尿外科", "", D(2024, 6, 20), "是", 0])
    T.quarantine("trainees", fd, "进修登记", r, "unresolved_hospital", "进修单位 not in the pairing list")
    g.put(["合计", "5人"])
    write_xlsx(y / fd, [g])

    # E. 澜溪县人民医院 techniques: .xls as WPS writes it, 标题 merged over all columns, text dates 2024-3-1 ------
    fe = "SYNTHETIC_澜溪县人民医院2024年开展新技术新项目汇总.xls"
    T.files.append("2024/" + fe)
    g = Grid("Sheet1")
    r = g.put(["澜溪县人民医院2024年开展新技术新项目汇总表（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 8)
    g.put(["序号", "项目名称", "开展科室", "帮扶单位", "首次开展日期", "例数（例）", "填补县域空白", "备注"])
    rows = [
        ("无痛胃肠镜检查", "消化内科", "省医", "2024-3-1", D(2024, 3, 1), 56, 56, "是", True, S1),
        ("经皮椎体成形术", "骨科", "墨川市人医", "2024-5-20", D(2024, 5, 20), "8例", 8, "是", True, S4),
        ("新生儿黄疸规范化蓝光治疗", "儿科", "墨川市人民医院", D(2024, 6, 11), D(2024, 6, 11), 120, 120, "否", False, S4),
        ("超声引导下神经阻滞", "麻醉科", "沅岚省人民医院", "2024-10-9", D(2024, 10, 9), 40, 40, "否", False, S1),
    ]
    for i, (nm, dept, sup_cell, dcell, d, cc, cases, gap, gapv, sup) in enumerate(rows, 1):
        r = g.put([i, nm, dept, sup_cell, dcell, cc, gap])
        T.row("techniques", fe, "Sheet1", r, {"name": nm, "department": dept, "first_performed_date": iso(d),
                                               "cases": cases, "fills_county_gap": gapv},
              {"recipient_hospital_id": R4, "support_hospital_id": sup}, keys=["name"])
    r = g.put([5, "", "检验科", "墨川市人民医院", "2024-11-18", 15, "否", "项目名称待定"])
    T.quarantine("techniques", fe, "Sheet1", r, "missing_required", "项目名称 blank")
    g.put(["合计", None, None, None, None, 234])
    write_xls(y / fe, [g])

    # F. 白石镇卫生院 activities: CSV with semicolons, GB18030 ---------------------------------------------------
    ff = "SYNTHETIC_白石镇卫生院2024年县人医下乡带教活动记录.csv"
    T.files.append("2024/" + ff)
    g = Grid("csv")
    g.put(["白石镇卫生院2024年带教活动记录（SYNTHETIC 合成数据）"])
    g.put(["活动时间", "活动类型", "活动主题", "带教医院", "参加人数"])
    rows = [
        ("2024年4月9日", D(2024, 4, 9), "教学查房", "慢阻肺规范化管理", "县人医", "12人", 12),
        ("2024.5.21", D(2024, 5, 21), "技术培训", "心肺复苏技能培训", "鹤汀县人民医院", "20", 20),
        ("2024/6/18", D(2024, 6, 18), "义诊", "高血压义诊进村", "县人医", "约60人", None),
        ("2024年9月3日", D(2024, 9, 3), "疑难病例讨论", "糖尿病足病例讨论", "鹤汀县人民医院（原鹤汀县医院）", "8", 8),
        ("2024年11月12日", D(2024, 11, 12), "远程会诊", "", "县人医", "3", 3),
    ]
    for dcell, d, typ, topic, sup, pc, pv in rows:
        r = g.put([dcell, typ, topic, sup, pc])
        f = {"activity_date": iso(d), "activity_type": typ, "participants": pv}
        if topic:
            f["topic"] = topic
        T.row("activities", ff, None, r, f, {"recipient_hospital_id": R5, "support_hospital_id": R1},
              keys=["activity_date"])
    g.put(["合计", "5次", "", "", "43"])
    write_csv(y / ff, g, sep=";", encoding="gb18030")

    # G. 鹤汀县人民医院 monthly: Excel 1904 date system, month cells are dates, 小计 per quarter, 外转率 "1.25%" --
    fg = "SYNTHETIC_鹤汀县人民医院2024年业务量月报表.xlsx"
    T.files.append("2024/" + fg)
    g = Grid("月报")
    r = g.put(["鹤汀县人民医院2024年业务量月报表（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 8)
    g.put(["填报单位：鹤汀县人民医院统计室", None, None, None, None, "单位：人次"])
    g.put(["月份", "门急诊人次（人次）", "出院人数（人）", "手术台次（台）", "外转人次", "外转率", "上转接收人次",
           "下转接收人次"])
    q = [0] * 5
    for m in range(1, 13):
        ov = RNG.randint(21000, 26000)
        dis = RNG.randint(1400, 1800)
        su = RNG.randint(300, 420)
        ro = RNG.randint(15, 40)
        up = RNG.randint(5, 20)
        dn = RNG.randint(10, 30)
        rate = f"{100 * ro / dis:.2f}%"
        r = g.put([F(D(2024, m, 1), 'yyyy"年"m"月"'), ov, dis, su, ro, rate, up, dn])
        q = [a + b for a, b in zip(q, [ov, dis, su, ro, up])]
        T.row("hospital_monthly_stats", fg, "月报", r,
              {"year": 2024, "month": m, "outpatient_visits": ov, "discharges": dis, "surgeries": su,
               "referrals_out": ro, "referrals_up_received": up, "referrals_down_received": dn},
              {"recipient_hospital_id": R1}, keys=["year", "month"])
        if m % 3 == 0:
            g.put([f"第{'一二三四'[m // 3 - 1]}季度小计", q[0], q[1], q[2], q[3]])
            q = [0] * 5
    g.put(["全年合计"])
    g.put(["统计员：赵某", None, None, "负责人：钱某"])
    write_xlsx(y / fg, [g], epoch1904=True)

    # H. county inpatient 2024: percent typed as text, 其中 columns ---------------------------------------------
    fh = "SYNTHETIC_栖云市各县县域内住院情况统计（2024年）.xlsx"
    T.files.append("2024/" + fh)
    g = Grid("县域住院")
    r = g.put(["栖云市各县2024年县域内住院情况统计（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 6)
    g.put(["县（市、区）", "区划代码", "常住居民住院总人次", "其中：县域内住院人次", "县域外住院人次", "县域内住院率"])
    tot = [0, 0]
    for cname, adm, outside in (("鹤汀县", 61234, 7350), ("枫桥县", 48807, 6120)):
        r = g.put([cname, COUNTY[cname], adm, adm - outside, outside, f"{100 * (adm - outside) / adm:.1f}%"])
        tot = [tot[0] + adm, tot[1] + outside]
        T.row("county_inpatient_stats", fh, "县域住院", r, {"county_code": COUNTY[cname], "year": 2024,
                                                          "resident_admissions": adm,
                                                          "resident_admissions_outside_county": outside},
              {}, keys=["county_code", "year"])
    g.put(["合计", "", tot[0], tot[0] - tot[1], tot[1], f"{100 * (tot[0] - tot[1]) / tot[0]:.1f}%"])
    g.put(["数据来源：栖云市卫生健康委员会统计信息中心（SYNTHETIC）"])
    write_xlsx(y / fh, [g])

    # I. 鹤汀县人民医院 assessments: name, ID and 派出单位 merged vertically over the person's months ------------
    fi = "SYNTHETIC_鹤汀县人民医院2024年下半年派驻专家考核情况.xlsx"
    T.files.append("2024/" + fi)
    g = Grid("考核")
    r = g.put(["鹤汀县人民医院2024年下半年对口支援派驻专家月度考核情况（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 8)
    g.put(["姓名", "身份证号", "派出单位", "月份", "考核得分", "电话抽查次数", "在岗次数", "在岗率"])
    people = [
        (AYGUL, AYGUL["id"], [(7, 92, 3, 3), (8, "88.5", 3, 3), (9, "95分", 4, 4)]),
        (ZHANGWEI, ZHANGWEI15, [(7, 90, 3, 2), (8, 86, 3, 3)]),
        (ZHOU, ZHOU["id"], [(10, 91, 3, 3), (11, 93, 3, 3), (12, "89", 4, 3)]),
    ]
    for p, idc, months in people:
        top = None
        for m, sc, chk, pres in months:
            r = g.put([p["name"] if top is None else None, idc if top is None else None, "省医" if top is None else None,
                       f"2024年{m}月" if top is None else f"{m}月", sc, chk, pres, f"{100 * pres / chk:.1f}%"])
            top = top or r
            scv = float(str(sc).replace("分", ""))
            T.row("staff_monthly_assessments", fi, "考核", r,
                  {"year": 2024, "month": m, "score": scv, "spot_checks": chk, "spot_checks_present": pres},
                  {"recipient_hospital_id": R1, "support_hospital_id": S1}, id_number=p["id"], keys=["month"])
        for c in (1, 2, 3):
            g.merge(top, c, r, c)
    g.put(["注：在岗率=在岗次数/抽查次数。"])
    write_xlsx(y / fi, [g])


# ---------------------------------------------------------------------------------- 2025
def f2025(y: Path):
    # A2025. 省医 roster, a new clerk: flat, columns shuffled; and its correction (更正) changing 2 values -------
    fa = "SYNTHETIC_沅岚省人民医院2025年派驻人员名册.xlsx"
    fc = "SYNTHETIC_沅岚省人民医院2025年派驻人员名册（更正）.xlsx"
    base = [
        (ZHOU, ZHOU["id"], R1, "鹤汀县人医", D(2024, 10, 8), D(2025, 4, 7), "普外科", "副主任医师"),
        (AYGUL, AYGUL["id"], R1, "鹤汀县人民医院", D(2025, 3, 3), D(2025, 8, 31), "妇产科", "主治医师"),
        (LI_WB, LI_WB["id"], R4, "澜溪县人民医院", D(2025, 2, 17), D(2025, 8, 16), "呼吸内科", "副主任医师"),
        (HE_JY, HE_JY["id"], R1, "鹤汀县人民医院", D(2025, 5, 6), D(2025, 11, 5), "麻醉科", "主治医师"),
        (MAJUN, MAJUN_BAD, R4, "澜溪县人民医院", D(2025, 6, 1), D(2025, 12, 31), "骨科", "副主任医师"),
        (CHEN, CHEN15, R4, "澜溪县人民医院", D(2025, 9, 1), None, "消化内科", "主任医师"),
    ]
    for fname, corrected in ((fa, False), (fc, True)):
        T.files.append("2025/" + fname)
        g = Grid("Sheet1")
        r = g.put([f"沅岚省人民医院2025年派驻人员名册{'（更正）' if corrected else ''}（SYNTHETIC 合成数据）"])
        g.merge(r, 1, r, 9)
        g.put(["姓名", "派驻医院", "派驻开始", "派驻结束", "身份证号", "所在科室", "专业技术职称", "报送日期", "备注"])
        for i, (p, idc, recip, rcell, st, en, dept, title) in enumerate(base):
            if corrected and p is HE_JY:
                dept = "重症医学科"
            if corrected and p is CHEN:
                en = D(2026, 2, 28)
            ecell = "至今" if en is None else en
            r = g.put([p["name"], rcell, st, ecell, idc, dept, title,
                       "2025年12月20日" if corrected else "2025年12月5日",
                       "跨年度派驻" if st.year == 2024 else ""])
            assert p is not ZHOU or r == 3
            if corrected and st.year == 2025:      # the 2024 deployment is the 2024 roster's truth row
                assert p is not ZHOU
                dep(fc, "Sheet1", r, p, S1, recip, st, en, dept, title, alt=((fa, "Sheet1", r),))
                if p is MAJUN:
                    T.rows[-1]["id_number"] = MAJUN_BAD
        write_xlsx(y / fname, [g])

    # C. 鹤汀县中医院 activities: one sheet per year, dates without a year (the sheet name has it) ---------------
    fc2 = "SYNTHETIC_鹤汀县中医院对口支援带教培训活动台账（2024-2025）.xlsx"
    T.files.append("2025/" + fc2)
    grids = []
    data = {
        2024: [("3月15日", D(2024, 3, 15), "教学查房", "教学查房", "中风病房教学查房", "25人", 25),
               (D(2024, 5, 8), D(2024, 5, 8), "业务讲座", "学术讲座", "针刺治疗颈肩腰腿痛", "32", 32),
               ("6月20日", D(2024, 6, 20), "疑难病例讨论", "疑难病例讨论", "顽固性失眠", "12", 12),
               ("9月9日", D(2024, 9, 9), "专家义诊", "义诊", "重阳节中医义诊", "约40", None),
               (D(2024, 11, 26), D(2024, 11, 26), "技术培训", "技术培训", "中医适宜技术推广", "45人", 45)],
        2025: [("1月14日", D(2025, 1, 14), "学术讲座", "学术讲座", "冬病夏治理论与实践", "28", 28),
               ("3月4日", D(2025, 3, 4), "手术示教", "手术示教", "肛肠科微创手术示教", "9人", 9),
               (D(2025, 4, 22), D(2025, 4, 22), "教学查房", "教学查房", "脾胃病科教学查房", "18", 18),
               ("7月1日", D(2025, 7, 1), "远程会诊", "远程会诊", "疑难皮肤病远程会诊", "4", 4),
               ("10月16日", D(2025, 10, 16), "专家义诊", "义诊", "中医药文化进社区义诊", "", None)],
    }
    for year, rows in data.items():
        sheet = f"{year}年"
        g = Grid(sheet)
        r = g.put([f"鹤汀县中医医院（县中医）{year}年接受栖云市中医医院帮扶活动登记（SYNTHETIC 合成数据）"])
        g.merge(r, 1, r, 6)
        g.put(["日期", "活动形式", "内容", "主讲/带教专家", "参加人数", "备注"])
        experts = ["孔某", "曹某", "杜某", "吕某", "任某"]
        for i, (dcell, d, typ_cell, typ, topic, pc, pv) in enumerate(rows):
            r = g.put([dcell, typ_cell, topic, experts[i], pc, ""])
            T.row("activities", fc2, sheet, r, {"activity_date": iso(d), "activity_type": typ, "topic": topic,
                                                 "participants": pv},
                  {"recipient_hospital_id": R2, "support_hospital_id": S3}, keys=["activity_date"])
        if year == 2025:
            r = g.put(["待定", "学术讲座", "膏方临床应用", "孔某", "", "时间待定"])
            T.quarantine("activities", fc2, sheet, r, "missing_required", "日期 待定")
        g.put([f"合计：{len(rows)}次"])
        grids.append(g)
    write_xlsx(y / fc2, grids)

    # J. 栖云市中医医院 trainees: .xls (WPS-like), 标题 merged over all columns, text dates 2025-3-1 ---------------
    fj = "SYNTHETIC_栖云市中医医院2025年接收鹤汀县进修人员名单.xls"
    T.files.append("2025/" + fj)
    g = Grid("Sheet1")
    r = g.put(["栖云市中医医院2025年接收鹤汀县基层进修人员名单（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 9)
    g.put(["序号", "姓名", "性别", "身份证号", "选送单位", "进修科室", "进修开始", "进修结束", "进修费（元）", "结业情况"])
    rows = [
        (QIAN, "女", QIAN["id"], "县中医", R2, "针灸科", "2025-3-1", D(2025, 3, 1), "2025-8-31", D(2025, 8, 31), "免", 0,
         "已结业", True),
        (NUR, "男", NUR15, "鹤汀县中医院", R2, "骨伤科", "2025-4-7", D(2025, 4, 7), "2025-10-6", D(2025, 10, 6), 0, 0,
         "已结业", True),
        (YAN, "男", f"{YAN['id'][:6]} {YAN['id'][6:14]} {YAN['id'][14:]}", "鹤汀县中医医院", R2, "脾胃病科",
         "2025-9-1", D(2025, 9, 1), "2026-2-28", D(2026, 2, 28), "0.00", 0, "在修", None),
        (DONG, "女", "", "鹤汀县白石镇卫生院", R5, "治未病科", "2025-5-12", D(2025, 5, 12), "2025-11-11",
         D(2025, 11, 11), "免", 0, "已结业", True),
        (CAI, "女", CAI["id"].lower(), "县中医", R2, "妇科", "2025-6-2", D(2025, 6, 2), "2025-12-1", D(2025, 12, 1), "免",
         0, "未结业", False),
    ]
    T.ids(CAI["id"], CAI["id"].lower())
    T.ids(YAN["id"], f"{YAN['id'][:6]} {YAN['id'][6:14]} {YAN['id'][14:]}")
    for i, (p, sex, idc, scell, sender, dept, s_cell, st, e_cell, en, fee_cell, fee, comp_cell, comp) in \
            enumerate(rows, 1):
        r = g.put([i, p["name"], sex, idc, scell, dept, s_cell, e_cell, fee_cell, comp_cell])
        f = {"start_date": iso(st), "end_date": iso(en), "department": dept, "fee_charged": fee}
        if comp is not None:
            f["completed"] = comp
        T.row("trainees", fj, "Sheet1", r, f, {"recipient_hospital_id": sender, "host_hospital_id": S3},
              id_number=p["id"], keys=["start_date"])
    g.put(["填报：栖云市中医医院科教科", None, None, None, None, None, "2026年1月8日"])
    write_xls(y / fj, [g])

    # K. 青柳乡卫生院 monthly: .ods, months "2025.01", quarter 小计 rows, thousands separators, a 补报 row --------
    fk = "SYNTHETIC_枫桥县青柳乡卫生院2025年月度业务统计.ods"
    T.files.append("2025/" + fk)
    g = Grid("2025年")
    r = g.put(["青柳乡卫生院2025年月度业务统计（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 6)
    g.put(["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    q = [0, 0, 0, 0]
    for m in range(1, 13):
        ov = RNG.randint(1800, 3200)
        dis = RNG.randint(20, 60)
        ro = RNG.randint(5, 20)
        dn = RNG.randint(0, 6)
        mcell = f"2025.{m:02d}"
        r = g.put([mcell, f"{ov:,}", dis, 0, ro, dn])
        q = [q[0] + ov, q[1] + dis, q[2] + ro, q[3] + dn]
        T.row("hospital_monthly_stats", fk, "2025年", r,
              {"year": 2025, "month": m, "outpatient_visits": ov, "discharges": dis, "surgeries": 0,
               "referrals_out": ro, "referrals_down_received": dn},
              {"recipient_hospital_id": R6}, keys=["year", "month"])
        if m % 3 == 0:
            g.put(["小计", f"{q[0]:,}", q[1], 0, q[2], q[3]])
            q = [0, 0, 0, 0]
    r = g.put(["补报", "1,020", 12, 0, 3, 1])
    T.quarantine("hospital_monthly_stats", fk, "2025年", r, "missing_required", "补报 row without a month")
    write_ods(y / fk, [g])

    # L. 澜溪县人民医院 Jan–Jun: CSV UTF-8 with BOM, bare months "1月", columns in another order --------------------
    fl = "SYNTHETIC_澜溪县人民医院2025年1-6月业务量统计.csv"
    T.files.append("2025/" + fl)
    g = Grid("csv")
    g.put(["月份", "出院人数", "门急诊人次", "外转人数", "手术台次", "上转接收人次"])
    for m in range(1, 7):
        ov, dis, ro, su, up = (RNG.randint(15000, 19000), RNG.randint(900, 1300), RNG.randint(20, 50),
                               RNG.randint(150, 260), RNG.randint(3, 12))
        r = g.put([f"{m}月", dis, ov, ro, su, up])
        T.row("hospital_monthly_stats", fl, None, r,
              {"year": 2025, "month": m, "outpatient_visits": ov, "discharges": dis, "surgeries": su,
               "referrals_out": ro, "referrals_up_received": up},
              {"recipient_hospital_id": R4}, keys=["year", "month"])
    write_csv(y / fl, g, sep=",", encoding="utf-8-sig")

    # R. 白石镇卫生院 monthly 2024–2025 in one sheet: the year in a vertically merged cell, months as 1..12 -------
    fr = "SYNTHETIC_鹤汀县白石镇卫生院2024-2025年业务数据.xlsx"
    T.files.append("2025/" + fr)
    g = Grid("业务数据")
    r = g.put(["白石镇卫生院2024—2025年主要业务数据（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 6)
    g.put(["年份", "月份", "门急诊人次", "出院人数", "外转人次", "下转接收人次"])
    for year in (2024, 2025):
        top = None
        for m in range(1, 13):
            ov, dis, ro, dn = RNG.randint(2500, 4200), RNG.randint(30, 90), RNG.randint(5, 25), RNG.randint(0, 8)
            r = g.put([f"{year}年" if top is None else None, m, ov, dis, ro, dn])
            top = top or r
            T.row("hospital_monthly_stats", fr, "业务数据", r,
                  {"year": year, "month": m, "outpatient_visits": ov, "discharges": dis, "referrals_out": ro,
                   "referrals_down_received": dn},
                  {"recipient_hospital_id": R5}, keys=["year", "month"])
        g.merge(top, 1, r, 1)
        g.put([f"{year}年合计"])
    write_xlsx(y / fr, [g])

    # M. county inpatient 2025: real percent cells, three counties of two cities --------------------------------
    fm = "SYNTHETIC_2025年县域住院流向统计表.xlsx"
    T.files.append("2025/" + fm)
    g = Grid("Sheet1")
    r = g.put(["沅岚省部分县2025年县域住院流向统计（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 6)
    g.put(["区划代码", "县（市、区）", "县域外住院人次", "县域内常住居民住院总人次", "县域外住院占比", "备注"])
    for cname, adm, outside in (("鹤汀县", 62801, 6904), ("枫桥县", 49630, 5712), ("澜溪县", 38544, 5210)):
        r = g.put([COUNTY[cname], cname, outside, adm, F(round(outside / adm, 4), "0.0%"), ""])
        T.row("county_inpatient_stats", fm, "Sheet1", r, {"county_code": COUNTY[cname], "year": 2025,
                                                        "resident_admissions": adm,
                                                        "resident_admissions_outside_county": outside},
              {}, keys=["county_code", "year"])
    write_xlsx(y / fm, [g])

    # N. 墨川市人民医院 staff assessments: one sheet per person, ID in a label line above the table --------------
    fn = "SYNTHETIC_墨川市人民医院派驻澜溪县人民医院人员2025年月考核.xlsx"
    T.files.append("2025/" + fn)
    grids = []
    for p, idc, rows in ((HAN, HAN["id"], [(3, 95, 3, 3), (4, 93, 3, 3), (5, 90, 4, 4)]),
                         (MMJ, MMJ["id"], [(3, 85, 3, 3), (4, 78, 3, 2), (5, 82.5, 3, 3)])):
        g = Grid(p["name"])
        r = g.put(["派驻人员月度考核表（SYNTHETIC 合成数据）"])
        g.merge(r, 1, r, 5)
        g.put([f"姓名：{p['name']}", None, f"身份证号：{idc}"])
        g.put(["派出单位：墨川市人民医院", None, "受援单位：澜溪县人民医院"])
        g.put(["考核月份", "考核得分", "抽查次数", "在岗次数", "考核人"])
        for m, sc, chk, pres in rows:
            r = g.put([f"2025年{m}月", sc, chk, pres, "澜溪县人民医院医务科"])
            T.row("staff_monthly_assessments", fn, p["name"], r,
                  {"year": 2025, "month": m, "score": float(sc), "spot_checks": chk, "spot_checks_present": pres},
                  {"recipient_hospital_id": R4, "support_hospital_id": S4}, id_number=p["id"], keys=["month"])
        grids.append(g)
    write_xlsx(y / fn, grids)

    # O. 墨川市人民医院 deployments: two-level grouped header, a hidden draft row, 25.3.1 dates, units ----------
    fo = "SYNTHETIC_墨川市人民医院2025年对口支援澜溪县人民医院派驻人员情况.xlsx"
    T.files.append("2025/" + fo)
    g = Grid("派驻人员")
    r = g.put(["墨川市人民医院2025年对口支援澜溪县人民医院派驻人员情况表（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 11)
    h1 = g.put(["个人信息", None, None, None, "专业信息", None, None, "派驻情况", None, None, None])
    h2 = g.put(["姓名", "身份证号", "工作年限（年）", "人员类别", "科室", "职称", "在受援医院任职", "到岗时间",
                "离岗时间", "受援医院发放补贴（元）", "备注"])
    g.merge(h1, 1, h1, 4)
    g.merge(h1, 5, h1, 7)
    g.merge(h1, 8, h1, 11)
    rows = [
        (HAN, HAN["id"], "22年", 22, "医疗", "心血管内科", "主任医师", "副院长", "25.3.1", D(2025, 3, 1), "25.8.31",
         D(2025, 8, 31), 0, 0, "id"),
        (MMJ, MMJ["id"], 9, 9, "医疗", "普外科", "主治医师", "无", "2025.3.1", D(2025, 3, 1), "2025.8.31",
         D(2025, 8, 31), "无", None, "id"),
        (LUO, float(LUO["id"]), 15, 15, "护理", "护理部", "主管护师", "护士长", D(2025, 9, 1), D(2025, 9, 1),
         D(2026, 2, 28), D(2026, 2, 28), 2000, 2000, "name"),
    ]
    for p, idc, ycell, yv, cat, dept, title, pos, scell, st, ecell, en, paycell, pay, basis in rows:
        r = g.put([p["name"], idc, ycell, cat, dept, title, pos, scell, ecell, paycell, ""])
        extra = {"years_of_service": yv, "staff_category": cat}
        if pay is not None:
            extra["paid_by_recipient"] = pay
        dep(fo, "派驻人员", r, p, S4, R4, st, en, dept, title, None if pos == "无" else pos, id_basis=basis,
            extra=extra)
        if p is HAN:
            # the clerk's first draft of the same person, hidden (not data)
            hr = g.put([HAN["name"], HAN["id"], "22年", "医疗", "心血管内科", "主任医师", "副院长", "25.2.1", "25.7.31",
                        0, "草稿，勿报"])
            g.hidden_rows.add(hr)
    r = g.put(["柏　青", "", 7, "医技", "放射科", "主治医师", "无", "待定", "", "", "人选已定，到岗时间待定"])
    T.quarantine("deployments", fo, "派驻人员", r, "missing_required", "到岗时间 待定")
    g.put(["合计", "3人"])
    write_xlsx(y / fo, [g])

    # P. 枫桥县人民医院 → 青柳乡卫生院: GBK CSV, IDs with hyphens, a deployment crossing into 2026 -----------------
    fp = "SYNTHETIC_枫桥县人民医院2025年下派青柳乡卫生院人员.csv"
    T.files.append("2025/" + fp)
    g = Grid("csv")
    g.put(["枫桥县人民医院下派青柳乡卫生院人员（SYNTHETIC 合成数据）", "", "", "", "", ""])
    g.put(["姓名", "身份证号", "科室", "职称", "下派时间", "结束时间"])
    hy = f"{QIU['id'][:6]}-{QIU['id'][6:14]}-{QIU['id'][14:]}"
    T.ids(QIU["id"], hy)
    r = g.put([QIU["name"], hy, "全科", "主治医师", "2025年7月1日", "2026年6月30日"])
    dep(fp, None, r, QIU, R3, R6, D(2025, 7, 1), D(2026, 6, 30), "全科", "主治医师")
    r = g.put([WEN["name"], "", "护理", "护师", "2025年7月1日", "2025年12月31日"])
    dep(fp, None, r, WEN, R3, R6, D(2025, 7, 1), D(2025, 12, 31), "护理", "护师", id_basis="name")
    g.put(["制表：枫桥县人民医院医务科", "", "", "", "", "2026年1月5日"])
    write_csv(y / fp, g, sep=",", encoding="gbk")

    # Q. 鹤汀县人民医院 techniques 2025: shuffled columns, month-only dates, 占比 "12.5%", √ ------------------------
    fq = "SYNTHETIC_鹤汀县人民医院2025年新技术新业务开展情况.xlsx"
    T.files.append("2025/" + fq)
    g = Grid("新技术")
    r = g.put(["鹤汀县人民医院（县人医）2025年新技术新业务开展情况（SYNTHETIC 合成数据）"])
    g.merge(r, 1, r, 8)
    g.put(["开展时间", "项目名称", "例数（例）", "指导医院", "科室", "是否填补县域空白", "占全院手术比例", "备注"])
    rows = [
        ("2025年3月", D(2025, 3, 1), "经尿道前列腺等离子电切术", 26, "省医", "泌尿外科", "√", True, "12.5%"),
        (D(2025, 4, 17), D(2025, 4, 17), "宫腔镜下子宫内膜息肉切除术", "31", "沅岚省人民医院（省人民医院）", "妇产科",
         "", None, "3.2%"),
        ("2025.6.3", D(2025, 6, 3), "冠状动脉造影", "18例", "沅岚省人民医院", "心内科", "√", True, "1.7%"),
        ("2025年9月", D(2025, 9, 1), "无创呼吸机序贯治疗", 44, "省医", "呼吸与危重症医学科", "否", False, "—"),
    ]
    for dcell, d, nm, cc, sup_cell, dept, gap, gapv, pct in rows:
        r = g.put([dcell, nm, cc, sup_cell, dept, gap, pct, ""])
        f = {"name": nm, "department": dept, "first_performed_date": iso(d),
             "cases": int(str(cc).replace("例", ""))}
        if gapv is not None:
            f["fills_county_gap"] = gapv
        T.row("techniques", fq, "新技术", r, f, {"recipient_hospital_id": R1, "support_hospital_id": S1}, keys=["name"])
    g.put(["合计", "4项", 119])
    write_xlsx(y / fq, [g])


if __name__ == "__main__":
    build(Path(sys.argv[1]))
