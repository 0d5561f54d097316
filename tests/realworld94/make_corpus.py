"""realworld94 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岚省) for 2023–2024: the pairing list in
data/raw/reference/ and fifteen submissions as a province's data manager receives them, with the focus on large and
awkward but genuine workbooks: a workbook of 120 sheets (one per hospital-month) with a 目录 of =HYPERLINK cells and a
hidden copy; a roster whose used range runs 60,000 formatted but empty rows under its 20 people; a 20,000-character
备注; fees that are formulas into another workbook ([预算.xlsx]) with their cached values; technique names written
as =HYPERLINK(…); a sheet with 16,000 formatted empty columns to the right of its table; a merged range over the whole
title block; an .xls whose used range reaches row 65,500 with the data at the top; and ordinary files (xls, ods,
CSV in GBK and UTF-8). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,沧浦市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser. Big-but-empty things are written straight into the sheet XML (openpyxl would build a cell object
for each of the 60,000 formatted rows), so the generator runs in a second or two.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.utils import get_column_letter

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the programme
P1, PTCM, C1 = "澄岚省人民医院", "澄岚省中医院", "沧浦市第一人民医院"
WC, WCTCM, MX, MXMCH, DP = "苇川县人民医院", "苇川县中医医院", "墨溪县人民医院", "墨溪县妇幼保健院", "岱坪县人民医院"
RECIP = {WC: ("二级", "甲等", "综合医院", "苇川县"), WCTCM: ("二级", "乙等", "中医医院", "苇川县"),
         MX: ("二级", "甲等", "综合医院", "墨溪县"), MXMCH: ("二级", None, "妇幼保健院", "墨溪县"),
         DP: ("二级", "乙等", "综合医院", "岱坪县")}
PAIRS = [(P1, WC, dt.date(2022, 12, 6)), (PTCM, WCTCM, dt.date(2022, 12, 6)), (P1, MX, dt.date(2022, 12, 9)),
         (C1, MXMCH, dt.date(2022, 12, 20)), (C1, DP, dt.date(2022, 12, 20))]
COUNTIES = [("苇川县", "999401"), ("墨溪县", "999402"), ("岱坪县", "999403")]

SURN = "祁岑柏邬蔺卜麻仇戚冉阙晏訾蓟厍暨逄桓宓漆"
GIVEN = ["知远", "若溪", "望舒", "清和", "书衡", "明澈", "砚秋", "景澄", "修竹", "听澜", "怀瑾", "星遥", "晚晴",
         "予安", "南乔", "亦舟", "思齐", "以宁", "云岫", "敬亭", "松年", "寒汀", "芷兰", "念初", "子衿", "鹤鸣",
         "霁川", "叶蓁", "谨言", "沛然", "季白", "问渠", "采薇", "含章", "拾光", "归澜", "兰亭", "承影"]

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}
_people: list[tuple[str, str]] = []


def person(region: str, k: int) -> tuple[str, str]:
    """The k-th invented person of the corpus: (name, valid ID number of region ``region``)."""
    name = SURN[k % len(SURN)] + GIVEN[(k * 7 + 3) % len(GIVEN)]
    birth = f"{1968 + (k * 5) % 30}{1 + (k * 7) % 12:02d}{1 + (k * 11) % 28:02d}"
    p = (name, idn(region, birth, f"{(k * 37) % 900 + 100:03d}"))
    assert p[0] not in {n for n, _ in _people}, p[0]
    _people.append(p)
    spell.setdefault(p[1], set())
    return p


def spelled(canonical: str, as_written: str) -> str:
    if as_written != canonical:
        spell[canonical].add(as_written)
    return as_written


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def iso(y, m, d):
    return dt.date(y, m, d).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "副主任中医师": ("副高级", "医疗"), "主治中医师": ("中级", "医疗"), "副主任护师": ("副高级", "护理"),
          "主管护师": ("中级", "护理"), "主管技师": ("中级", "医技"), "主管药师": ("中级", "药学")}


def dep(dept, title, start, end):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


# ------------------------------------------------------------------------------------------- xlsx surgery
def patch_xlsx(path: Path, sheet_xml: dict | None = None, cached: dict | None = None, extra_parts: dict | None = None,
               workbook_subs: tuple = (), rels_add: str = "", types_add: str = "") -> None:
    """Rewrite parts of an openpyxl-written .xlsx as Excel itself would have saved them (openpyxl keeps no cached
    formula values and builds one object per cell): ``cached`` {sheet part: {cell: value}} gives formula cells their
    last computed value; ``sheet_xml`` {sheet part: (rows XML to append to sheetData, new dimension ref, cols XML
    to put before sheetData or None)}; ``extra_parts`` new parts (an external link); the workbook loses openpyxl's
    fullCalcOnLoad (Excel does not recalculate on opening a saved workbook)."""
    src = zipfile.ZipFile(path)
    parts = {n: src.read(n) for n in src.namelist()}
    src.close()
    for part, cells in (cached or {}).items():
        x = parts[part].decode()
        for ref, val in cells.items():
            pat = re.compile(r'<c r="' + ref + r'"([^>]*)><f>(.*?)</f><v ?/>(?:</v>)?</c>')
            assert pat.search(x), (part, ref)
            if isinstance(val, str):
                rep = f'<c r="{ref}"\\1 t="str"><f>\\2</f><v>{val}</v></c>'
            else:
                rep = f'<c r="{ref}"\\1><f>\\2</f><v>{val:g}</v></c>'
            x = pat.sub(lambda m, rep=rep: m.expand(rep), x, count=1)
        parts[part] = x.encode()
    for part, (rows_xml, dim, cols_xml) in (sheet_xml or {}).items():
        x = parts[part].decode()
        x = x.replace("</sheetData>", rows_xml + "</sheetData>", 1)
        x = re.sub(r'<dimension ref="[^"]*" ?/>', f'<dimension ref="{dim}"/>', x, count=1)
        if cols_xml:
            x = re.sub(r"<cols>.*?</cols>", "", x, count=1)
            x = x.replace("<sheetData>", cols_xml + "<sheetData>", 1)
        parts[part] = x.encode()
    wbx = parts["xl/workbook.xml"].decode().replace(' fullCalcOnLoad="1"', "")
    for a, b in workbook_subs:
        wbx = wbx.replace(a, b, 1)
    parts["xl/workbook.xml"] = wbx.encode()
    if rels_add:
        r = parts["xl/_rels/workbook.xml.rels"].decode()
        parts["xl/_rels/workbook.xml.rels"] = r.replace("</Relationships>", rels_add + "</Relationships>").encode()
    if types_add:
        t = parts["[Content_Types].xml"].decode()
        parts["[Content_Types].xml"] = t.replace("</Types>", types_add + "</Types>").encode()
    parts.update({k: v.encode() for k, v in (extra_parts or {}).items()})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(zipfile.ZipInfo(n, date_time=(2024, 12, 20, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


def style_of(path: Path, part: str, ref: str) -> str:
    x = zipfile.ZipFile(path).read(part).decode()
    m = re.search(r'<c r="' + ref + r'" s="(\d+)"', x)
    assert m, (part, ref)
    return m.group(1)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The whole title block (title, period, issuing office, 合成数据 line) is one merged range A1:H3 over three rows;
    级别 and 等次 in two columns (等次 blank for the 妇幼保健院); 协议签订日期 as date cells; no start column and no
    支援期限, so each pairing runs over the title's period 2023—2025年."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws["A1"] = (f"附件1\n澄岚省城乡医院对口支援关系表（2023—2025年）\n澄岚省卫生健康委员会医政处  2022年12月  {SYN}")
    ws.merge_cells("A1:H3")
    ws["A1"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for r in (1, 2, 3):
        ws.row_dimensions[r].height = 24
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期"])
    for i, (s, r, agreed) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, agreed])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": iso(2023, 1, 1),
                                  "end_date": iso(2025, 12, 31), "agreement_date": agreed.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def monthly_figures(h: int, y: int, m: int) -> list[int]:
    t = (y - 2023) * 12 + m
    return [8200 + 1500 * h + 37 * t + (t * 13 + h * 7) % 90, 610 + 120 * h + 3 * t + (t * 5 + h) % 17,
            140 + 30 * h + (t * 3 + h) % 11, 22 + 4 * h - t // 4]


def f_monthly_120(path: Path):
    """省卫健委统计处: one sheet per hospital-month (5 recipients × 24 months = 120 sheets) behind a 目录 sheet of
    =HYPERLINK("#'…'!A1", …) cells; each sheet a title, a header and its one month. Most are ordinary; one month's
    手术台次 was left blank (not reported: NULL); one sheet has a 注 line under its row; a hidden sheet
    "苇川县人民医院2023年1月(旧)" is an earlier draft with other figures (not data)."""
    fn = path.name
    wb = openpyxl.Workbook()
    toc = wb.active
    toc.title = "目录"
    toc.append([f"澄岚省受援医院月度业务量（2023—2024年，按院按月分表）{SYN}"])
    toc.append(["序号", "工作表"])
    links = {}
    n = 0
    for h, hosp in enumerate((WC, WCTCM, MX, MXMCH, DP)):
        for y in (2023, 2024):
            for m in range(1, 13):
                sh = f"{hosp}{y}年{m}月"
                ws = wb.create_sheet(sh)
                ws.append([f"{hosp}{y}年{m}月主要业务量统计（{SYN}）"])
                ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
                v = monthly_figures(h, y, m)
                blank_surgeries = (hosp, y, m) == (MX, 2023, 8)
                ws.append([f"{y}年{m}月", v[0], v[1], None if blank_surgeries else v[2], v[3]])
                row("hospital_monthly_stats", fn, sh, 3,
                    dict(year=y, month=m, outpatient_visits=v[0], discharges=v[1],
                         surgeries=None if blank_surgeries else v[2], referrals_out=v[3]),
                    {"recipient_hospital_id": hosp}, ["year", "month"])
                if (hosp, y, m) == (DP, 2024, 2):
                    ws.append([])
                    ws.append(["注：春节期间门诊量下降，数据已经院办核实。"])
                n += 1
                toc.append([n, None])
                links[f"B{toc.max_row}"] = sh
                toc.cell(toc.max_row, 2).value = f"=HYPERLINK(\"#'{sh}'!A1\",\"{sh}\")"
                if (hosp, y, m) == (WC, 2023, 1):
                    old = wb.create_sheet(f"{hosp}{y}年{m}月(旧)")
                    old.append([f"{hosp}{y}年{m}月主要业务量统计（草稿）（{SYN}）"])
                    old.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
                    old.append([f"{y}年{m}月", v[0] + 400, v[1] + 40, v[2] + 9, v[3] + 3])
                    old.sheet_state = "hidden"
    wb.save(path)
    patch_xlsx(path, cached={"xl/worksheets/sheet1.xml": links})


def f_p1_roster_60000(path: Path):
    """省人民医院: 20 people (to 苇川县人民医院 and 墨溪县人民医院) in boxed cells, then a 制表 line — and a used range of
    60,000 more rows, each formatted (borders, height) but empty, as when a clerk formats whole rows down the sheet.
    One ID with a wrong check digit, one 15-digit ID; dates as date cells."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期", "备注"])
    depts = [("心血管内科", "主任医师"), ("普外科", "副主任医师"), ("麻醉科", "主治医师"), ("护理部", "副主任护师"),
             ("检验科", "主管技师"), ("药剂科", "主管药师"), ("急诊科", "主治医师"), ("儿科", "副主任医师"),
             ("呼吸内科", "主治医师"), ("手术室", "主管护师")]
    for i in range(20):
        name, idc = person("990101", i)
        dept, title = depts[i % len(depts)]
        rec = WC if i % 2 == 0 else MX
        start = dt.date(2024, 1 + (i % 4) * 3, 1 + i % 5)
        end = dt.date(start.year, start.month + 2, 28) if i % 4 != 3 else dt.date(2024, 12, 31)
        written, tid = idc, idc
        if i == 5:     # a check digit typed wrong: curated with a finding, person id from the number as written
            written = tid = spelled(idc, idc[:17] + ("0" if idc[17] != "0" else "1"))
            finding(fn, 3 + i, "ID_CHECK_DIGIT")
        if i == 12:    # an old 15-digit card: converted, with a finding
            written = spelled(idc, idc[:6] + idc[8:17])
            finding(fn, 3 + i, "ID_15_DIGIT")
        ws.append([i + 1, name, "男" if i % 3 else "女", written, dept, title, rec, start, end, None])
        r = ws.max_row
        for c in range(1, 11):
            ws.cell(r, c).border = BOX
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, start.isoformat(), end.isoformat()),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月6日"])
    wb.save(path)
    part = "xl/worksheets/sheet1.xml"
    s = style_of(path, part, "A3")
    first, last = ws.max_row + 1, ws.max_row + 60000
    rows_xml = "".join(f'<row r="{r}" s="{s}" customFormat="1" ht="18" customHeight="1">'
                       f'<c r="A{r}" s="{s}"/><c r="J{r}" s="{s}"/></row>' for r in range(first, last + 1))
    patch_xlsx(path, sheet_xml={part: (rows_xml, f"A1:J{last}", None)})


def f_ptcm_16000_columns(path: Path):
    """省中医院: 5 people to 苇川县中医医院 in an ordinary table A:H — and every column from I to column 16,008 formatted
    (fill and width, one <col> range) with a formatted empty cell at the far right of each row, as when a clerk
    selects whole rows to colour them."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚省中医院派驻苇川县中医医院医务人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "开始时间", "结束时间"])
    staff = [("针灸科", "主治中医师"), ("脾胃病科", "副主任中医师"), ("康复科", "主治中医师"), ("骨伤科", "副主任中医师"),
             ("护理部", "主管护师")]
    for i, (dept, title) in enumerate(staff):
        name, idc = person("990102", 20 + i)
        start, end = dt.date(2024, 3 + i, 4), dt.date(2024, 8 + i, 3)
        ws.append([i + 1, name, idc, dept, title, WCTCM, start, end])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy/m/d"
        ws.cell(r, 9).fill = PatternFill("solid", fgColor="FFF2CC")
        row("deployments", fn, sh, r, dep(dept, title, start.isoformat(), end.isoformat()),
            {"support_hospital_id": PTCM, "recipient_hospital_id": WCTCM}, ["start_date"], id_number=idc)
    wb.save(path)
    part = "xl/worksheets/sheet1.xml"
    s = style_of(path, part, "I3")
    last_col = 8 + 16000
    far = get_column_letter(last_col)
    x = zipfile.ZipFile(path).read(part).decode()
    for r in range(1, ws.max_row + 1):      # a formatted empty cell at the far right of every row
        x = re.sub(r'(<row r="' + str(r) + r'"[^>]*>.*?)</row>', lambda m, r=r: m.group(1) + f'<c r="{far}{r}" s="{s}"/></row>',
                   x, count=1)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts[part] = x.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    cols = f'<cols><col min="1" max="8" width="12" customWidth="1"/><col min="9" max="{last_col}" width="9" style="{s}"/></cols>'
    patch_xlsx(path, sheet_xml={part: ("", f"A1:{far}{ws.max_row}", cols)})


# ------------------------------------------------------------------------------------------- 沧浦市
def long_remark() -> str:
    """A 20,000-character 备注: a trainee's weekly log pasted into one cell (no digits run like an ID number)."""
    parts, week = [], 1
    topics = ["跟随带教老师参加晨间交班与教学查房", "独立管理床位并书写首次病程记录", "参加科室疑难病例讨论并汇报病史",
              "学习超声引导下穿刺操作要点", "参与急危重症抢救并总结经验", "整理进修笔记并向带教老师汇报"]
    while sum(len(p) for p in parts) < 20000:
        parts.append(f"第{week}周：{topics[week % len(topics)]}，带教老师评价良好；")
        week += 1
    text = "".join(parts)
    return ("进修日志（摘录）：" + text)[:20000]


def f_mx_trainees_long_remark(path: Path):
    """墨溪县人民医院: 4 trainees sent to 澄岚省人民医院; one 备注 cell holds 20,000 characters (a pasted log); one
    trainee without an ID number (NAME_ONLY); fees in yuan; 是否结业 是/否."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"墨溪县人民医院2024年赴澄岚省人民医院进修人员登记表（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业", "备注"])
    plan = [("内科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是", long_remark()),
            ("急诊科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), 3000, "是", None),
            ("影像科", dt.date(2024, 9, 2), dt.date(2025, 2, 28), 3600, "否", "在修"),
            ("手术室", dt.date(2024, 9, 2), dt.date(2024, 12, 31), 0, "否", "身份证号待补")]
    for i, (dept, s, e, fee, done, remark) in enumerate(plan):
        name, idc = person("990402", 25 + i)
        no_id = i == 3
        ws.append([i + 1, name, None if no_id else idc, dept, P1, s, e, fee, done, remark])
        r = ws.max_row
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 10).alignment = Alignment(wrap_text=True)
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=float(fee), completed=done == "是"),
            {"recipient_hospital_id": MX, "host_hospital_id": P1}, ["start_date", "department"],
            id_number=None if no_id else idc)
        if no_id:
            finding(fn, r, "NAME_ONLY")
    ws.column_dimensions["J"].width = 60
    wb.save(path)


def f_dp_trainees_external(path: Path):
    """岱坪县人民医院: 3 trainees at 沧浦市第一人民医院; 进修费用 is a formula into another workbook ([1] = 预算.xlsx,
    Sheet1!$C$n: what Excel stores for ='[预算.xlsx]Sheet1'!C3) with its cached value, the link part present as
    Excel writes it; the file 预算.xlsx itself was not sent."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岱坪县人民医院2024年赴沧浦市第一人民医院进修人员（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "进修单位", "进修开始", "进修结束", "进修费用", "结业情况"])
    plan = [("骨科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 2400, "已结业", True),
            ("儿科", dt.date(2024, 4, 1), dt.date(2024, 9, 30), 2400, "已结业", True),
            ("妇产科", dt.date(2024, 10, 8), dt.date(2025, 1, 7), 1800, "未结业", False)]
    cached = {}
    for i, (dept, s, e, fee, done, donev) in enumerate(plan):
        name, idc = person("990403", 29 + i)
        ws.append([i + 1, name, idc, dept, C1, s, e, f"=[1]Sheet1!$C${3 + i}", done])
        r = ws.max_row
        cached[f"H{r}"] = fee
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": DP, "host_hospital_id": C1}, ["start_date", "department"], id_number=idc)
    wb.save(path)
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    cells = "".join(f'<row r="{3 + i}"><cell r="C{3 + i}"><v>{fee}</v></cell></row>'
                    for i, (_d, _s, _e, fee, _x, _y) in enumerate(plan))
    link = (f'<externalLink {ns}><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>'
            f'<sheetDataSet><sheetData sheetId="0">{cells}</sheetData></sheetDataSet></externalBook></externalLink>')
    link_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'externalLinkPath" Target="预算.xlsx" TargetMode="External"/></Relationships>')
    patch_xlsx(path, cached={"xl/worksheets/sheet1.xml": cached},
               extra_parts={"xl/externalLinks/externalLink1.xml": link,
                            "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels},
               workbook_subs=(("</sheets>", '</sheets><externalReferences><externalReference r:id="rId99"/>'
                                            "</externalReferences>"),),
               rels_add='<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                        'externalLink" Target="externalLinks/externalLink1.xml" Id="rId99"/>',
               types_add='<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>')


def f_wc_techniques_hyperlink(path: Path):
    """苇川县人民医院: 新技术准入 list whose 项目名称 cells are =HYPERLINK(file path of the 申报书, name) with their cached
    text, and a 申报材料 column of =HYPERLINK(…, "查看"); 帮扶单位 澄岚省人民医院."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇川县人民医院2024年新技术新项目准入及开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶单位", "申报材料"])
    items = [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2024, 4, 16), 9, "是", True),
             ("无痛胃肠镜检查", "消化内科", dt.date(2024, 5, 8), 132, "否", False),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 6, 21), 17, "是", True)]
    cached = {}
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items):
        r = 3 + i
        ws.append([i + 1, f'=HYPERLINK("\\\\fileserver\\医务科\\新技术\\2024-{i + 1:02d}申报书.docx","{name}")',
                   dept, day, cases, gap, P1, f'=HYPERLINK("\\\\fileserver\\医务科\\新技术\\2024-{i + 1:02d}","查看")'])
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        cached[f"B{r}"] = name
        cached[f"H{r}"] = "查看"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                           cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": WC, "support_hospital_id": P1}, ["name"])
    wb.save(path)
    patch_xlsx(path, cached={"xl/worksheets/sheet1.xml": cached})


def f_dp_activities_xls(path: Path):
    """岱坪县人民医院 (.xls, BIFF8): 6 activities with 沧浦市第一人民医院 at the top, "约40人" in one 参加人数 (empty +
    finding) — and formatted blank cells down to row 65,500, near the format's 65,536-row limit."""
    fn, sh = path.name, "活动登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"岱坪县人民医院2024年对口帮扶活动登记表（{SYN}）")
    hdr = ["序号", "活动日期", "支援单位", "活动形式", "活动内容", "参加人数"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    datef = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    acts = [(dt.date(2024, 3, 14), "学术讲座", "急性胸痛的识别与处置", 45, 45),
            (dt.date(2024, 4, 11), "教学查房", "社区获得性肺炎查房", 18, 18),
            (dt.date(2024, 5, 23), "手术示教", "腹腔镜疝修补术", 9, 9),
            (dt.date(2024, 6, 6), "疑难病例讨论", "不明原因发热", "约40人", None),
            (dt.date(2024, 9, 19), "技术培训", "心肺复苏培训", 60, 60),
            (dt.date(2024, 11, 2), "义诊", "重阳节老年慢病义诊", 150, 150)]
    for i, (day, typ, topic, n, nv) in enumerate(acts):
        r = 2 + i
        ws.write(r, 0, i + 1)
        ws.write(r, 1, day, datef)
        ws.write(r, 2, C1)
        ws.write(r, 3, typ)
        ws.write(r, 4, topic)
        ws.write(r, 5, n)
        row("activities", fn, sh, r + 1, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": DP, "support_hospital_id": C1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    boxed = xlwt.easyxf("border: left thin, right thin, top thin, bottom thin")
    for r in range(2 + len(acts), 65500):
        ws.write(r, 0, None, boxed)
        ws.write(r, 5, None, boxed)
    wb.save(str(path))


def f_c1_mxmch_merged_title(path: Path):
    """沧浦市第一人民医院 → 墨溪县妇幼保健院: the title, 填报单位, 填报日期 and the 合成数据 line are one merged range A1:H4;
    the header in row 5; dates as text "2024.03.04"."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws["A1"] = (f"沧浦市第一人民医院派驻墨溪县妇幼保健院人员名单\n填报单位：沧浦市第一人民医院（盖章）"
                f"        填报日期：2024年12月20日\n{SYN}")
    ws.merge_cells("A1:H4")
    ws["A1"].alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"], 1):
        ws.cell(5, j, h)
    staff = [("妇产科", "副主任医师"), ("儿科", "主治医师"), ("产房", "主管护师"), ("超声科", "主治医师")]
    for i, (dept, title) in enumerate(staff):
        name, idc = person("990201", 32 + i)
        s, e = dt.date(2024, 3 + 2 * i, 4), dt.date(2024, 8 + i, 3)
        ws.append([i + 1, name, idc, dept, title, MXMCH, s.strftime("%Y.%m.%d"), e.strftime("%Y.%m.%d")])
        row("deployments", fn, sh, ws.max_row, dep(dept, title, s.isoformat(), e.isoformat()),
            {"support_hospital_id": C1, "recipient_hospital_id": MXMCH}, ["start_date"], id_number=idc)
    wb.save(path)


def f_c1_dp_roster_xls(path: Path):
    """沧浦市第一人民医院 → 岱坪县人民医院, an ordinary .xls: 3 people, dates as date cells."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"沧浦市第一人民医院2024年派驻岱坪县人民医院人员（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "受援单位", "起始日期", "截止日期"]):
        ws.write(1, j, h)
    datef = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    staff = [("骨科", "主治医师"), ("麻醉科", "副主任医师"), ("药剂科", "主管药师")]
    for i, (dept, title) in enumerate(staff):
        name, idc = person("990201", 36 + i)
        s, e = dt.date(2024, 4, 1), dt.date(2024, 9, 30)
        for j, v in enumerate([i + 1, name, idc, dept, title, DP]):
            ws.write(2 + i, j, v)
        ws.write(2 + i, 6, s, datef)
        ws.write(2 + i, 7, e, datef)
        row("deployments", fn, sh, 3 + i, dep(dept, title, s.isoformat(), e.isoformat()),
            {"support_hospital_id": C1, "recipient_hospital_id": DP}, ["start_date"], id_number=idc)
    ws.write(5, 0, "填表人：医务科")
    wb.save(str(path))


def f_county_gbk_csv(path: Path):
    """县域住院流向, CSV in GBK: a title line, the header in row 2, one row per county and year."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄岚省各县县域住院流向2023—2024年（{SYN}）", "", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    r = 2
    for k, (county, code) in enumerate(COUNTIES):
        for y in (2023, 2024):
            tot, out = 31000 + 4200 * k + 700 * (y - 2023), 6100 - 350 * k - 420 * (y - 2023)
            w.writerow([county, code, f"{y}年", tot, out])
            r += 1
            row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=y, resident_admissions=tot,
                                                             resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_wctcm_activities_csv(path: Path):
    """苇川县中医医院, CSV in UTF-8 with BOM: a 填报单位 line, the header in row 2, 5 activities with 澄岚省中医院."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"填报单位：苇川县中医医院（{SYN}）", "", "", "", "", ""])
    w.writerow(["日期", "支援单位", "受援单位", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 20), "学术讲座", "中医体质辨识", 52), (dt.date(2024, 4, 17), "教学查房", "中风恢复期查房", 15),
            (dt.date(2024, 5, 15), "技术培训", "针刀疗法培训", 24), (dt.date(2024, 7, 10), "远程会诊", "腰椎间盘突出症", 6),
            (dt.date(2024, 10, 16), "死亡病例讨论", "重症肺炎死亡病例", 21)]
    r = 2
    for day, typ, topic, n in acts:
        w.writerow([day.isoformat(), PTCM, WCTCM, typ, topic, n])
        r += 1
        row("activities", fn, None, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": WCTCM, "support_hospital_id": PTCM}, ["activity_date"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as date cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def f_wc_assessments_ods(path: Path):
    """苇川县人民医院 (.ods): monthly assessment of 4 dispatched staff of 澄岚省人民医院, one sheet per month
    (2024年10月 … 12月)."""
    fn = path.name
    people = [_people[i] for i in (0, 2, 4, 6)]      # 省人民医院's people at 苇川县人民医院 (even rows of its roster)
    sheets = {}
    for m in (10, 11, 12):
        sh = f"2024年{m}月"
        rows = [[f"苇川县人民医院派驻人员月度考核表（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核得分", "抽查次数", "在岗次数"]]
        for i, (name, idc) in enumerate(people):
            score = 90 + (i * 3 + m) % 9 + (0.5 if (i + m) % 2 else 0)
            present = 3 if (i, m) == (1, 11) else 4
            rows.append([i + 1, name, idc, P1, score, 4, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(score), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": WC}, ["month"], id_number=idc)
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_mx_techniques_ods(path: Path):
    """墨溪县人民医院 (.ods): 3 new techniques with 帮扶单位 澄岚省人民医院."""
    fn, sh = path.name, "新技术"
    rows = [[f"墨溪县人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "帮扶单位"]]
    items = [("床旁连续性血液净化", "重症医学科", dt.date(2024, 5, 9), 11, "是", True),
             ("超声引导下神经阻滞", "麻醉科", dt.date(2024, 6, 3), 46, "是", True),
             ("动态血压监测", "心血管内科", dt.date(2024, 8, 12), 210, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": MX, "support_hospital_id": P1}, ["name"])
    rows.append(["填报人：医务科", None, None, "审核人：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "沧浦市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岚省城乡医院对口支援关系表（2023—2025年）.xlsx")
    files = [(f_monthly_120, "省直", "SYNTHETIC_澄岚省受援医院月报2023-2024（按院按月120张表）.xlsx"),
             (f_p1_roster_60000, "省直", "SYNTHETIC_省人民医院派驻人员花名册2024.xlsx"),
             (f_ptcm_16000_columns, "省直", "SYNTHETIC_省中医院派驻苇川县中医医院名单.xlsx"),
             (f_county_gbk_csv, "省直", "SYNTHETIC_各县县域住院流向2023-2024.csv"),
             (f_mx_trainees_long_remark, "沧浦市", "SYNTHETIC_墨溪县人民医院进修人员2024.xlsx"),
             (f_dp_trainees_external, "沧浦市", "SYNTHETIC_岱坪县人民医院进修人员（费用引用预算表）.xlsx"),
             (f_wc_techniques_hyperlink, "沧浦市", "SYNTHETIC_苇川县人民医院新技术准入2024.xlsx"),
             (f_dp_activities_xls, "沧浦市", "SYNTHETIC_岱坪县人民医院帮扶活动登记2024.xls"),
             (f_c1_mxmch_merged_title, "沧浦市", "SYNTHETIC_市一院派驻墨溪县妇幼保健院人员.xlsx"),
             (f_c1_dp_roster_xls, "沧浦市", "SYNTHETIC_市一院派驻岱坪县人民医院人员.xls"),
             (f_wctcm_activities_csv, "沧浦市", "SYNTHETIC_苇川县中医医院带教活动2024.csv"),
             (f_wc_assessments_ods, "沧浦市", "SYNTHETIC_苇川县人民医院派驻人员考核10-12月.ods"),
             (f_mx_techniques_ods, "沧浦市", "SYNTHETIC_墨溪县人民医院新技术2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
