"""realworld76 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024, with new-technique
lists (新技术新项目) in depth: the pairing list in data/raw/reference/, nine technique lists written by recipients and
support hospitals in every layout a clerk uses, and four other submissions. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,溪州市,县级}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in
truth.json). Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, XZ1 = "霁川省人民医院", "霁川省中医院", "溪州市第一人民医院"
SY, SYTCM, BX, BXMCH = "桑原县人民医院", "桑原县中医医院", "柏溪县人民医院", "柏溪县妇幼保健院"
LT, LTTCM, YW = "芦汀县人民医院", "芦汀县中医医院", "云雾县人民医院"
RECIP = {SY: ("二级", "甲等", "综合医院", "桑原县"), SYTCM: ("二级", "乙等", "中医医院", "桑原县"),
         BX: ("二级", "甲等", "综合医院", "柏溪县"), BXMCH: ("二级", None, "妇幼保健院", "柏溪县"),
         LT: ("二级", "乙等", "综合医院", "芦汀县"), LTTCM: ("二级", "乙等", "中医医院", "芦汀县"),
         YW: ("二级", "甲等", "综合医院", "云雾县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990401", "19760312", "031"), "qiao": ("990401", "19850704", "046"), "fang": ("990402", "19790918", "013"),
    "mu": ("990401", "19830226", "057"), "zhan": ("990403", "19900615", "022"),
    "yan": ("990511", "19920308", "064"), "ke": ("990511", "19941121", "035"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def held(file, sheet, r, why):
    truth.setdefault("quarantines", []).append({"file": file, "sheet": sheet, "row": r, "category": "unusable_required", "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def tech(file, sheet, r, name, dept, first, cases, gap, recipient, support):
    """One technique truth row: keyed by name and department (the same name occurs under two departments)."""
    fields = dict(name=name, department=dept, first_performed_date=first, cases=cases, fills_county_gap=gap)
    hospitals = {"recipient_hospital_id": recipient}
    if support is None:      # not stated: NULL (the harness compares a NULL as a field, not as a hospital name)
        fields["support_hospital_id"] = None
    else:
        hospitals["support_hospital_id"] = support
    row("techniques", file, sheet, r, fields, hospitals, ["name", "department"])


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first; period in the title (2021—2025年) for six pairings, a 支援期限 for one."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系一览表（2021—2025年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(SY, P1, dt.date(2020, 12, 10), None), (BX, P1, dt.date(2020, 12, 10), None),
             (LT, P1, dt.date(2020, 12, 18), None), (SYTCM, PTCM, dt.date(2020, 12, 22), None),
             (LTTCM, PTCM, dt.date(2020, 12, 22), None), (BXMCH, XZ1, dt.date(2020, 12, 28), None),
             (YW, XZ1, dt.date(2022, 6, 20), "2022年7月1日—2025年6月30日")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2022, 7, 1), d(2025, 6, 30), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, XZ1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- technique lists
def t_sy_xlsx(path: Path):
    """桑原县人民医院 (xlsx): 首次开展日期 as date cells and as text "2024/6/18"; 开展例数 26 and "12例"; 是否填补县域空白
    是/否; 技术来源 "省人民医院" (short); the same technique (超声引导下神经阻滞) under 麻醉科 and 疼痛科 with their own
    dates and counts; a technique brought in last year and continued (2023年11月, 备注 上年引进，本年继续开展)."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桑原县人民医院2024年新技术新项目开展情况登记表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "科室", "技术名称", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源", "备注"])
    items = [("心血管内科", "冠状动脉造影术", dt.date(2024, 3, 12), 26, "是", d(2024, 3, 12), 26, True, None),
             ("麻醉科", "超声引导下神经阻滞", dt.date(2024, 4, 2), "12例", "否", d(2024, 4, 2), 12, False, None),
             ("疼痛科", "超声引导下神经阻滞", "2024/6/18", "7例", "否", d(2024, 6, 18), 7, False, None),
             ("消化内科", "无痛胃肠镜检查", "2023年11月", 310, "是", d(2023, 11, 1), 310, True, "上年引进，本年继续开展"),
             ("普外科", "腹腔镜疝修补术", dt.date(2024, 9, 20), 15, "是", d(2024, 9, 20), 15, True, None)]
    for i, (dept, name, when, cases, gap, first, casesv, gapv, note) in enumerate(items, 1):
        ws.append([i, dept, name, when, cases, gap, "省人民医院", note])
        if isinstance(when, dt.date):
            ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        tech(fn, sh, ws.max_row, name, dept, first, casesv, gapv, SY, P1)
    ws.append(["填表人：医务科", None, None, "联系电话：0000-0000000", None, "填报日期：2025年1月8日"])
    wb.save(path)


def t_bx_xls(path: Path):
    """柏溪县人民医院 (xls, xlwt): 开展例数 by month in columns (1月 … 12月 | 合计), months before the start blank;
    首次开展时间 as a month ("2024年3月"); a tick column 是否填补县域空白（√） (blank = no); 指导医院 "省人医"."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"柏溪县人民医院2024年新技术新项目开展例数统计（{SYN}）")
    hdr = ["序号", "项目名称", "科室", "首次开展时间"] + [f"{m}月" for m in range(1, 13)] + ["合计", "是否填补县域空白（√）",
                                                                                   "指导医院"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [("经皮肾镜碎石取石术", "泌尿外科", "2024年3月", 3, [0, 0, 2, 3, 1, 4, 2, 3, 2, 3, 4, 2], "√", True),
             ("床旁血液净化治疗", "重症医学科", "2024年5月", 5, [0, 0, 0, 0, 3, 2, 4, 2, 5, 3, 2, 4], "", False),
             ("宫腔镜下子宫内膜息肉切除术", "妇科", "2024年8月", 8, [0] * 7 + [6, 5, 7, 4, 6], "√", True)]
    for i, (name, dept, when, m0, months, tick, gapv) in enumerate(items, 1):
        r = 1 + i
        vals = [i, name, dept, when] + [(v if k + 1 >= m0 else "") for k, v in enumerate(months)] + \
               [sum(months), tick, "省人医"]
        for j, v in enumerate(vals):
            ws.write(r, j, v)
        tech(fn, sh, r + 1, name, dept, d(2024, m0, 1), sum(months), gapv, BX, P1)
    ws.write(2 + len(items), 0, "合计")
    ws.write(2 + len(items), 16, sum(sum(it[4]) for it in items))
    ws.write(3 + len(items), 0, "单位负责人：            填表人：医务科")
    wb.save(str(path))


def t_lt_ods(path: Path):
    """芦汀县人民医院 (ods): 首次开展日期 as a quarter ("2024年第二季度", "2024年第三季度"), a half year ("2024年上半年")
    and a month; 是否填补县域空白 as 县内首例 / 填补空白 / 否; 开展例数 "12例"; 技术来源 "省人民医院"."""
    fn, sh = path.name, "新技术"
    rows = [[f"芦汀县人民医院2024年度新技术、新项目一览表（{SYN}）"],
            ["序号", "技术名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"]]
    items = [("胸腔镜肺大疱切除术", "胸外科", "2024年第二季度", "12例", "县内首例", d(2024, 4, 1), 12, True),
             ("经鼻高流量氧疗", "呼吸内科", "2024年上半年", "48", "否", d(2024, 1, 1), 48, False),
             ("骨髓穿刺活检术", "血液内科", "2024年第三季度", "9例", "填补空白", d(2024, 7, 1), 9, True),
             ("改良Seldinger法PICC置管", "护理部", "2024年10月", "21例", "填补空白", d(2024, 10, 1), 21, True)]
    for i, (name, dept, when, cases, gap, first, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, "省人民医院"])
        if "季度" in when or "半年" in when:  # lead's ruling after the first run: a required date that names no day is held
            held(fn, sh, len(rows), f"首次开展日期 {when}: a period, not a date, for a required date")
        else:
            tech(fn, sh, len(rows), name, dept, first, casesv, gapv, LT, P1)
    rows.append(["审核：", None, "分管院长：", None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def t_sytcm_csv_gbk(path: Path):
    """桑原县中医医院 (CSV, GBK): a 填报单位 line; dates "2024.4.16" / "2024年6月"; 例数 "约15例" (→ empty +
    finding); 县域空白 是/否/√; 技术来源 "省中医院" (short for 霁川省中医院)."""
    fn = path.name
    rows = [[f"填报单位：桑原县中医医院（{SYN}）", "", "", "", "", ""],
            ["2024年新技术新项目开展情况", "", "", "", "", ""],
            ["技术名称", "科室", "开展时间", "例数", "是否填补县域空白", "技术来源"]]
    items = [("浮针疗法", "针灸科", "2024.4.16", "35", "是", d(2024, 4, 16), 35, True),
             ("中药熏蒸治疗", "康复科", "2024年6月", "约15例", "否", d(2024, 6, 1), None, False),
             ("腕踝针治疗", "针灸科", "2024.9.2", "18", "√", d(2024, 9, 2), 18, True)]
    for name, dept, when, cases, gap, first, casesv, gapv in items:
        rows.append([name, dept, when, cases, gap, "省中医院"])
        tech(fn, None, len(rows), name, dept, first, casesv, gapv, SYTCM, PTCM)
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["合计：3项", "", "", "", "", ""])
    write_csv(path, rows, "gbk")


def t_lttcm_csv_utf8(path: Path):
    """芦汀县中医医院 (CSV, UTF-8 with BOM): the recipient only in the file name (title without a hospital, no
    填报单位); no 技术来源 column (support NULL: the contract's "NULL if not stated"); dates "2024-05-10" and
    "2024年7月"; 例数 "6例"."""
    fn = path.name
    rows = [[f"2024年新技术新项目开展情况（{SYN}）", "", "", "", "", ""],
            ["序号", "技术名称", "科室", "开展日期", "开展例数", "是否填补县域空白"]]
    items = [("小针刀松解术", "骨伤科", "2024-05-10", "6例", "是", d(2024, 5, 10), 6, True),
             ("穴位埋线治疗", "脾胃病科", "2024年7月", "40", "否", d(2024, 7, 1), 40, False)]
    for i, (name, dept, when, cases, gap, first, casesv, gapv) in enumerate(items, 1):
        rows.append([str(i), name, dept, when, cases, gap])
        tech(fn, None, len(rows), name, dept, first, casesv, gapv, LTTCM, None)
    write_csv(path, rows, "utf-8", bom=True)


def t_p1_summary_xlsx(path: Path):
    """霁川省人民医院 (support) summary of three recipients' new techniques: a 受援医院 column (one written
    "芦汀县县医院"); the support hospital only in the title and the 填报单位 line; 首例开展日期 as date cells and
    "2024年第四季度"; 是否填补县域空白 是/否/县内首例."""
    fn, sh = path.name, "汇总"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援受援医院新技术新项目汇总表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["填报单位：霁川省人民医院医务部"])
    ws.append(["序号", "受援医院", "科室", "新技术名称", "首例开展日期", "开展例数", "是否填补县域空白"])
    items = [(SY, SY, "神经内科", "静脉溶栓治疗急性脑梗死", dt.date(2024, 2, 26), 31, "是", d(2024, 2, 26), 31, True),
             (BX, BX, "骨科", "关节镜下半月板修复术", dt.date(2024, 5, 14), 11, "否", d(2024, 5, 14), 11, False),
             (BX, BX, "眼科", "白内障超声乳化摘除术", "2024年第四季度", 23, "县内首例", d(2024, 10, 1), 23, True),
             ("芦汀县县医院", LT, "心血管内科", "临时心脏起搏器植入术", dt.date(2024, 8, 7), 4, "是", d(2024, 8, 7), 4,
              True)]
    for i, (written, rec, dept, name, when, cases, gap, first, casesv, gapv) in enumerate(items, 1):
        ws.append([i, written, dept, name, when, cases, gap])
        if isinstance(when, dt.date):
            ws.cell(ws.max_row, 5).number_format = "yyyy年m月d日"
        if isinstance(when, str) and "季度" in when:  # lead's ruling after the first run (as above): held
            held(fn, sh, ws.max_row, f"首例开展日期 {when}: a period, not a date, for a required date")
        else:
            tech(fn, sh, ws.max_row, name, dept, first, casesv, gapv, rec, P1)
    ws.append(["合计", None, None, "4项", None, "=SUM(F4:F7)"])
    wb.save(path)


def t_xz1_sections_ods(path: Path):
    """溪州市第一人民医院 (support, ods): one sheet, a section line per recipient ("受援医院：柏溪县妇幼保健院");
    开展时间 as a month and as a date cell; 填补县域空白 是/否."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"溪州市第一人民医院帮扶受援医院开展新技术情况（2024年）（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "填补县域空白"]]
    groups = [(BXMCH, [("新生儿经皮胆红素监测", "新生儿科", "2024年4月", 260, "否", d(2024, 4, 1), False),
                       ("产后盆底康复治疗", "妇女保健科", dt.date(2024, 6, 3), 58, "是", d(2024, 6, 3), True)]),
              (YW, [("经支气管镜肺泡灌洗术", "呼吸内科", dt.date(2024, 3, 19), 17, "是", d(2024, 3, 19), True),
                    ("动态血糖监测", "内分泌科", "2024年9月", 64, "否", d(2024, 9, 1), False)])]
    i = 0
    for rec, items in groups:
        rows.append([f"受援医院：{rec}"])
        for name, dept, when, cases, gap, first, gapv in items:
            i += 1
            rows.append([i, name, dept, when, cases, gap])
            tech(fn, sh, len(rows), name, dept, first, cases, gapv, rec, XZ1)
    rows.append(["制表：医务处", None, None, "2025年1月12日"])
    ods_doc(path, {sh: rows})


def t_yw_xlsx(path: Path):
    """云雾县人民医院 (xlsx): a two-row header, 开展例数（例） merged over 1月 … 12月 | 合计; 首次开展日期 date cells;
    是否填补县域空白 是/否; 指导医院 "市一院" (short for 溪州市第一人民医院)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"云雾县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:T1")
    top = ["序号", "技术名称", "科室", "首次开展日期", "开展例数（例）"] + [None] * 12 + ["是否填补县域空白", "指导医院"]
    sub = [None] * 4 + [f"{m}月" for m in range(1, 13)] + ["合计", None, None]
    ws.append(top)
    ws.append(sub)
    ws.merge_cells("E2:Q2")
    for col in "ABCDRS":
        ws.merge_cells(f"{col}2:{col}3")
    items = [("腹腔镜胆囊切除术", "普外科", dt.date(2024, 2, 21), [0, 2, 3, 4, 3, 5, 4, 6, 3, 4, 5, 3], "是", True),
             ("无创呼吸机辅助通气", "急诊科", dt.date(2024, 5, 8), [0, 0, 0, 0, 6, 8, 7, 9, 5, 6, 8, 7], "否", False)]
    for i, (name, dept, first, months, gap, gapv) in enumerate(items, 1):
        start = first.month
        ws.append([i, name, dept, first] + [(v if k + 1 >= start else None) for k, v in enumerate(months)]
                  + [sum(months), gap, "市一院"])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        tech(fn, sh, ws.max_row, name, dept, first.isoformat(), sum(months), gapv, YW, XZ1)
    wb.save(path)


def t_bxmch_csv_gbk(path: Path):
    """柏溪县妇幼保健院 (CSV, GBK): 首次开展日期 "2024年9月" / "2024-11-05"; 开展例数 "5例"; 是否填补县域空白
    县内首例 / 否; 技术来源 "溪州市一院" (short)."""
    fn = path.name
    rows = [[f"柏溪县妇幼保健院2024年新技术新业务开展情况（{SYN}）", "", "", "", "", "", ""],
            ["序号", "技术名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"]]
    items = [("无痛分娩（椎管内分娩镇痛）", "产科", "2024年9月", "5例", "县内首例", d(2024, 9, 1), 5, True),
             ("儿童听力筛查", "儿童保健科", "2024-11-05", "132例", "否", d(2024, 11, 5), 132, False)]
    for i, (name, dept, when, cases, gap, first, casesv, gapv) in enumerate(items, 1):
        rows.append([str(i), name, dept, when, cases, gap, "溪州市一院"])
        tech(fn, None, len(rows), name, dept, first, casesv, gapv, BXMCH, XZ1)
    write_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- other forms
def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def o_p1_roster(path: Path):
    """霁川省人民医院 roster (xlsx): one ID with a wrong check digit, one 15-digit ID, one person without an ID."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期"])
    wrong = ID["qiao"][:17] + ("0" if ID["qiao"][17] != "0" else "1")
    f = ID["fang"]
    fifteen = f[:6] + f[8:17]
    people = [("lin", "林知远", None, "心血管内科", "主任医师", SY, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["lin"], None),
              ("qiao", "乔思敏", wrong, "麻醉科", "主治医师", SY, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong, "ID_CHECK_DIGIT"),
              ("fang", "方若谷", fifteen, "骨科", "副主任医师", BX, dt.date(2024, 4, 8), dt.date(2024, 10, 7),
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 4, 8), d(2024, 10, 7)), ID["fang"], "ID_15_DIGIT"),
              (None, "穆清和", "", "眼科", "主治医师", BX, dt.date(2024, 9, 2), dt.date(2025, 3, 1),
               dep("眼科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1)), None, "NAME_ONLY"),
              ("zhan", "詹一舟", None, "胸外科", "副主任医师", LT, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("胸外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), ID["zhan"], None)]
    for i, (key, name, sp, dept, title, rec, s, e, fields, tid, code) in enumerate(people, 1):
        ws.append([i, name, (use_id(key, sp) if key else sp), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, fields, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r, code)
    wb.save(path)


def o_yw_activities_csv(path: Path):
    """云雾县人民医院 activities (CSV, UTF-8 without BOM): 参加人数 "约40人" (→ empty + finding)."""
    fn = path.name
    rows = [[f"云雾县人民医院2024年对口帮扶带教培训活动记录（{SYN}）", "", "", "", ""],
            ["活动日期", "活动形式", "主题", "主讲单位", "参加人数"]]
    items = [("2024-03-22", "学术讲座", "腹腔镜胆囊切除术围手术期管理", 36, 36),
             ("2024-05-16", "技术培训", "无创呼吸机使用培训", "约40人", None),
             ("2024-07-09", "教学查房", "急性胰腺炎查房", 18, 18)]
    for day, typ, topic, n, nv in items:
        rows.append([day, typ, topic, XZ1, n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": YW, "support_hospital_id": XZ1}, ["activity_date"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    write_csv(path, rows, "utf-8")


def o_sytcm_monthly_xls(path: Path):
    """桑原县中医医院 monthly workload (xls): months as rows "1月" … "12月", the year in the title."""
    fn, sh = path.name, "月报"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"桑原县中医医院2024年业务量月报（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for m in range(1, 13):
        v = [8200 + 130 * m, 510 + 9 * m, 60 + 2 * m, 22 - m]
        for j, x in enumerate([f"{m}月", *v]):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", fn, sh, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SYTCM}, ["month"])
    wb.save(str(path))


def o_lt_trainees_ods(path: Path):
    """芦汀县人民医院 trainees (ods): 进修医院 the support hospital, dates as date cells, fee and 是否结业."""
    fn, sh = path.name, "进修"
    rows = [[f"芦汀县人民医院2024年外出进修人员（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业"]]
    for i, (key, name, dept, s, e, fee, done) in enumerate(
            [("yan", "严小满", "胸外科", dt.date(2024, 3, 4), dt.date(2024, 8, 30), 3000, "是"),
             ("ke", "柯望舒", "血液内科", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 0, "否")], 1):
        rows.append([i, name, use_id(key), dept, P1, s, e, fee, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                 fee_charged=float(fee), completed=done == "是"),
            {"recipient_hospital_id": LT, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "溪州市", "县级"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系一览表（2021—2025年）.xlsx")
    files = [(t_sy_xlsx, "县级", "SYNTHETIC_桑原县人民医院2024年新技术新项目.xlsx"),
             (t_bx_xls, "县级", "SYNTHETIC_柏溪县人民医院新技术开展例数2024.xls"),
             (t_lt_ods, "县级", "SYNTHETIC_芦汀县人民医院新技术一览2024.ods"),
             (t_sytcm_csv_gbk, "县级", "SYNTHETIC_桑原县中医医院新技术2024.csv"),
             (t_lttcm_csv_utf8, "县级", "SYNTHETIC_芦汀县中医医院2024年新技术.csv"),
             (t_bxmch_csv_gbk, "县级", "SYNTHETIC_柏溪县妇幼保健院新技术新业务2024.csv"),
             (t_yw_xlsx, "县级", "SYNTHETIC_云雾县人民医院新技术新项目2024.xlsx"),
             (t_p1_summary_xlsx, "省直", "SYNTHETIC_省人民医院受援医院新技术汇总2024.xlsx"),
             (t_xz1_sections_ods, "溪州市", "SYNTHETIC_市一院帮扶新技术2024.ods"),
             (o_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (o_yw_activities_csv, "县级", "SYNTHETIC_云雾县人民医院带教培训活动2024.csv"),
             (o_sytcm_monthly_xls, "县级", "SYNTHETIC_桑原县中医医院业务量月报2024.xls"),
             (o_lt_trainees_ods, "县级", "SYNTHETIC_芦汀县人民医院外出进修2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
