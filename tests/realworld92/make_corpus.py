"""realworld92 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岫省) for 2024 whose rosters of
dispatched staff write the time patterns of real rotations: weekly clinic sessions over a period, a stay split in
two in one cell, months ticked in twelve columns, 累计下沉天数 / 累计工作日 beside a start date only, 半年 / 一年 /
3个月 as a duration beside a start, overlapping teams sharing a handover week (and a corrected resubmission of that
roster), stays crossing the year, and three people rotating every two months within one row; plus one file of
each other form. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid numbers, listed in truth.json).
Written without reading the tool's parser.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import openpyxl
import xlwt
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, YZ = "澄岫省人民医院", "澄岫省中医院", "砚州市中心医院"
FT, FTTCM, HT, HTMCH, HL = "枫亭县人民医院", "枫亭县中医医院", "鹤汀县人民医院", "鹤汀县妇幼保健院", "槐岭县人民医院"
RECIP = {FT: ("二级", "甲等", "综合医院", "枫亭县"), FTTCM: ("二级", "甲等", "中医医院", "枫亭县"),
         HT: ("二级", "甲等", "综合医院", "鹤汀县"), HTMCH: ("二级", None, "妇幼保健院", "鹤汀县"),
         HL: ("二级", "乙等", "综合医院", "槐岭县")}
COUNTY_CODE = {"枫亭县": "999401", "鹤汀县": "999402", "槐岭县": "999403"}

_PEOPLE = {  # key: (region, birth, seq)
    "lin": ("990401", "19700312", "031"), "gu": ("990401", "19811105", "042"), "qiao": ("990402", "19790621", "015"),
    "fan": ("990402", "19850817", "026"), "mu": ("990403", "19770203", "037"), "yan": ("990403", "19830429", "048"),
    "hua": ("990404", "19760915", "059"), "lu": ("990404", "19880130", "061"), "ning": ("990405", "19820708", "072"),
    "xiang": ("990405", "19900222", "083"), "tang": ("990406", "19741019", "094"), "shi": ("990406", "19860514", "015"),
    "ke": ("990407", "19800801", "026"), "pei": ("990407", "19871212", "037"), "zhan": ("990408", "19780325", "048"),
    "rong": ("990408", "19891010", "059"), "song": ("990409", "19840617", "061"), "luyf": ("990409", "19860904", "072"),
    "hanm": ("990410", "19830111", "083"), "yue": ("990410", "19790728", "094"), "qu": ("990411", "19850306", "015"),
    "mei": ("990411", "19920419", "026"), "ji": ("990412", "19810523", "037"), "bao": ("990412", "19750826", "048"),
    "wen": ("990413", "19821130", "059"), "cui": ("990413", "19910208", "061"), "dong": ("990414", "19880715", "072"),
    "lian": ("990414", "19931101", "083"), "miao": ("990415", "19900624", "094"), "sui": ("990415", "19870319", "015"),
    "tao": ("990416", "19840909", "026"), "zhuo": ("990416", "19920102", "037"), "an": ("990417", "19780417", "048"),
    "he": ("990402", "19910316", "059"), "qian": ("990402", "19890927", "061"), "meng": ("990402", "19940605", "072"),
}
ID = {k: idn(*v) for k, v in _PEOPLE.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet, row), …] — any of them (a row repeated in a corrected resubmission)."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def plus_months(day: dt.date, n: int) -> str:
    """The last day of a stay of n months from ``day`` (2024-03-01 + 6 → 2024-08-31; 2024-01-08 + 12 → 2025-01-07)."""
    m = day.month - 1 + n
    y, m = day.year + m // 12, m % 12 + 1
    return (dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1])) - dt.timedelta(days=1)).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "住院医师": ("初级", "医疗"), "副主任护师": ("副高级", "护理"), "主管护师": ("中级", "护理"),
          "护师": ("初级", "护理"), "主管技师": ("中级", "医技"), "主管药师": ("中级", "药学")}


def dep(dept, title, start, end=...):
    rank, cat = TITLES[title]
    f = dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start)
    if end is not ...:          # ... = the end cannot be known (累计 days): left out of the truth
        f["end_date"] = end
    return f


def deployment(places, fields, support, recipient, key, id_number=...):
    row("deployments", places, fields, {"support_hospital_id": support, "recipient_hospital_id": recipient},
        ["start_date"], id_number=ID[key] if id_number is ... else id_number)


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


def write_csv(path, rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """The province's 附件1: period in the title (2023—2025年), 级别 and 等次 in two columns, agreement dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岫省城乡医院对口支援关系表（2023—2025年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县", "协议签订日期"])
    pairs = [(P1, FT, dt.date(2022, 12, 15)), (P1, HT, dt.date(2022, 12, 15)), (PTCM, FTTCM, dt.date(2022, 12, 20)),
             (YZ, HTMCH, dt.date(2022, 12, 28)), (YZ, HL, dt.date(2022, 12, 28))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2023, 1, 1), "end_date": d(2025, 12, 31),
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, YZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
def f_weekly_sessions(path: Path):
    """省人民医院 → 枫亭县人民医院: an expert clinic timetable. 坐诊时间 a period, 坐诊安排 the weekdays
    (每周二、四下午坐诊; 每周三上午): each session is a day on site, so one stay per session date. A third row
    is a full-time stay (全职驻点) over its period: one stay."""
    fn, sh = path.name, "专家坐诊"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫省人民医院派驻枫亭县人民医院专家坐诊安排表（2024年）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "坐诊时间", "坐诊安排", "备注"])
    people = [("lin", "林叙白", "心血管内科", "主任医师", "2024年4月2日—4月25日", "每周二、四下午坐诊",
               dt.date(2024, 4, 2), dt.date(2024, 4, 25), (1, 3)),
              ("gu", "顾南枝", "内分泌科", "副主任医师", "2024年5月8日—5月29日", "每周三上午坐诊",
               dt.date(2024, 5, 8), dt.date(2024, 5, 29), (2,)),
              ("qiao", "乔知远", "普外科", "主治医师", "2024年3月1日—2024年8月31日", "全职驻点",
               dt.date(2024, 3, 1), dt.date(2024, 8, 31), None)]
    for i, (key, name, dept, title, when, how, s, e, weekdays) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, FT, when, how, "专家门诊" if weekdays else None])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        # lead's correction after the first run (2026-12-07): a period with weekly sessions is one stay over the
        # period, as realworld30 (earlier, the same 每周二下乡坐诊 over a period) decided — the contract's stay is the
        # period a person is assigned to the recipient; the weekly schedule is not split into one-day stays
        deployment([(fn, sh, r)], dep(dept, title, s.isoformat(), e.isoformat()), P1, FT, key)
    ws.append(["制表：医务部", None, None, None, None, None, "2024年3月20日"])
    for rr in ws.iter_rows():
        for c in rr:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


def f_split_and_cross_year_xls(path: Path):
    """省人民医院 → 鹤汀县人民医院 (.xls, xlwt): 派驻时间 typed as text: a stay split in two in one cell
    ("2024.3-2024.4，2024.6-2024.8": two stays), a stay crossing the year ("2023.10-2024.03"), another crossing
    into 2025, one open ("2024.11-至今"); one ID number in its old 15-digit form (curated with ID_15_DIGIT)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄岫省人民医院2024年度派驻鹤汀县人民医院医务人员名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "派驻时间", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    fan = ID["fan"]
    fifteen = fan[:6] + fan[8:17]
    people = [("fan", fifteen, "范青禾", "麻醉科", "主治医师", "2024.3-2024.4，2024.6-2024.8", "中途返院一个月",
               [(d(2024, 3, 1), month_end(2024, 4)), (d(2024, 6, 1), month_end(2024, 8))]),
              ("mu", None, "穆云深", "呼吸内科", "副主任医师", "2023.10-2024.03", "跨年度",
               [(d(2023, 10, 1), month_end(2024, 3))]),
              ("yan", None, "晏秋池", "骨科", "主治医师", "2024.9-2025.2", None,
               [(d(2024, 9, 1), month_end(2025, 2))]),
              ("hua", None, "华景明", "护理部", "主管护师", "2024.3.1-2024.8.31", None,
               [(d(2024, 3, 1), d(2024, 8, 31))]),
              ("lu", None, "路晚晴", "儿科", "住院医师", "2024.11-至今", None,
               [(d(2024, 11, 1), None)])]
    for i, (key, sp, name, dept, title, period, note, stays) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, HT, period, note]):
            if v is not None:
                ws.write(r, j, v)
        for s, e in stays:
            deployment([(fn, sh, r + 1)], dep(dept, title, s, e), P1, HT, key)
        if sp:
            finding(fn, r + 1, "ID_15_DIGIT")
    ws.write(2 + len(people), 0, "填表人：医务部  审核：分管院领导")
    wb.save(str(path))


def f_ticked_months(path: Path):
    """砚州市中心医院 → 槐岭县人民医院: months on site ticked in twelve columns 1月 … 12月 (√), the year in the
    title: one stay per run of consecutive ticked months (first day of the first to last day of the last). One
    person written without an ID number (NAME_ONLY). A bottom line counts the people on site per month."""
    fn, sh = path.name, "在岗月份"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚州市中心医院2024年派驻槐岭县人民医院人员在岗月份登记表（{SYN}）"])
    ws.merge_cells("A1:Q1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", *[f"{m}月" for m in range(1, 13)]])
    people = [("ning", "宁若谷", "神经内科", "副主任医师", set(range(1, 7))),
              ("xiang", "向晚风", "急诊科", "主治医师", {3, 4, 5, 9, 10}),
              ("tang", "唐映雪", "妇产科", "主治医师", set(range(7, 13))),
              (None, "石砚秋", "检验科", "主管技师", {12})]
    count = [0] * 12
    for i, (key, name, dept, title, months) in enumerate(people, 1):
        ws.append([i, name, use_id(key) if key else None, dept, title,
                   *["√" if m in months else None for m in range(1, 13)]])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        runs, cur = [], []
        for m in range(1, 13):
            if m in months:
                count[m - 1] += 1
                cur.append(m)
            elif cur:
                runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        for run in runs:
            deployment([(fn, sh, r)], dep(dept, title, d(2024, run[0], 1), month_end(2024, run[-1])), YZ, HL, key,
                       id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append([None, "在岗人数", None, None, None, *count])
    ws.append(["说明：在岗月份打“√”。"])
    wb.save(path)


def f_cumulative_days_csv(path: Path):
    """省中医院 → 枫亭县中医医院 (CSV, GBK): 下沉开始日期 and 累计下沉天数 only. The days are cumulative, not
    continuous, so a careful reader cannot know the end: the truth gives the start and leaves the end open."""
    fn = path.name
    rows = [[f"澄岫省中医院2024年下沉枫亭县中医医院人员统计（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "下沉单位", "下沉开始日期", "累计下沉天数"]]
    people = [("shi", "施嘉禾", "针灸科", "主治医师", "2024-03-04", 96),
              ("ke", "柯望舒", "康复科", "副主任医师", "2024-05-13", 45),
              ("pei", "裴映川", "护理部", "主管护师", "2024-09-02", 60)]
    for key, name, dept, title, start, days in people:
        rows.append([name, use_id(key), dept, title, FTTCM, start, str(days)])
        deployment([(fn, None, len(rows))], dep(dept, title, start), PTCM, FTTCM, key)
    rows.append(["合计", "", "", "", "", "", str(sum(p[5] for p in people))])
    write_csv(path, rows, "gbk")


def f_workdays_ods(path: Path):
    """砚州市中心医院 → 鹤汀县妇幼保健院 (.ods): 开始日期 and 累计工作日 (working days, holidays unknown):
    the end cannot be known; the truth gives the start only."""
    fn, sh = path.name, "下沉人员"
    rows = [[f"砚州市中心医院下沉鹤汀县妇幼保健院人员工作日统计（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "开始日期", "累计工作日"]]
    people = [("zhan", "詹若水", "儿科", "主治医师", dt.date(2024, 4, 8), 66),
              ("rong", "荣书棠", "妇产科", "副主任医师", dt.date(2024, 6, 3), 40)]
    for i, (key, name, dept, title, start, days) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, HTMCH, start, days])
        deployment([(fn, sh, len(rows))], dep(dept, title, start.isoformat()), YZ, HTMCH, key)
    rows.append(["填报人：医务科", None, None, None, "填报日期：2025年1月8日"])
    ods_doc(path, {sh: rows})


def f_duration_ods(path: Path):
    """砚州市中心医院 → 鹤汀县妇幼保健院 (.ods): 派驻开始时间 and 派驻期限 written as a duration (半年, 一年,
    3个月, 三个月): the end is the day before the same date n months later."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"砚州市中心医院派驻鹤汀县妇幼保健院人员名单（2024年）{SYN}"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻期限"]]
    people = [("song", "宋沛然", "儿科", "副主任医师", dt.date(2024, 3, 1), "半年", 6),
              ("yue", "岳临川", "妇产科", "主治医师", dt.date(2024, 1, 8), "一年", 12),
              ("qu", "瞿晓岚", "护理部", "主管护师", dt.date(2024, 4, 15), "3个月", 3),
              ("mei", "梅疏影", "新生儿科", "住院医师", dt.date(2024, 9, 1), "三个月", 3)]
    for i, (key, name, dept, title, start, span, n) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, HTMCH, start, span])
        deployment([(fn, sh, len(rows))], dep(dept, title, start.isoformat(), plus_months(start, n)), YZ, HTMCH, key)
    rows.append(["制表：砚州市中心医院医务处"])
    ods_doc(path, {sh: rows})


def _teams_rows(fixed: bool):
    """省中医院 → 枫亭县中医医院, two teams (批次) sharing a handover week 2024-06-29 … 2024-07-05."""
    first_end = "2024-07-05" if fixed else "2024-06-05"   # the first version's typo in 温砚辞's end, corrected
    return [("第一批", "ji", "季怀远", "针灸科", "副主任医师", "2024-01-02", "2024-07-05"),
            ("第一批", "bao", "鲍清如", "推拿科", "主治医师", "2024-01-02", "2024-07-05"),
            ("第一批", "wen", "温砚辞", "护理部", "主管护师", "2024-01-02", first_end),
            ("第二批", "cui", "崔向晨", "针灸科", "主治医师", "2024-06-29", "2024-12-31"),
            ("第二批", "dong", "董未央", "脾胃病科", "副主任医师", "2024-06-29", "2024-12-31"),
            ("第二批", "lian", "连照影", "护理部", "护师", "2024-06-29", "2024-12-31")]


def f_teams(path: Path, fixed: bool, filed: str):
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岫省中医院2024年派驻枫亭县中医医院医疗队名册{'（更正）' if fixed else ''}（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "批次", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"])
    for i, (batch, key, name, dept, title, s, e) in enumerate(_teams_rows(fixed), 1):
        ws.append([i, batch, name, use_id(key), dept, title, FTTCM, dt.date.fromisoformat(s), dt.date.fromisoformat(e)])
        ws.cell(ws.max_row, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
    ws.append([f"填报日期：{filed}"])
    ws.append(["说明：第一批与第二批于2024年6月29日至7月5日交接。"])
    wb.save(path)


def f_teams_truth(first: str, fixed: str):
    """The corrected roster replaces the first one (the contract: a later file of the same hospital, form and
    period; a full list named 更正): each stay is its row in either file, with the corrected values."""
    for i, (batch, key, name, dept, title, s, e) in enumerate(_teams_rows(True), 1):
        deployment([(fixed, "派驻名册", 2 + i), (first, "派驻名册", 2 + i)], dep(dept, title, s, e), PTCM, FTTCM, key)


def f_rotation(path: Path):
    """砚州市中心医院 → 槐岭县人民医院: one post filled in turn — three people in one cell (names and ID numbers
    on three lines, in the same order), 派驻时间 2024年1月—6月, 备注 "依次轮换，每人两个月": three stays of two
    months. Other rows are single stays; one ID number has a wrong check digit (curated with ID_CHECK_DIGIT)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚州市中心医院2024年上半年派驻槐岭县人民医院人员情况表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻时间", "备注"])
    rot = [("miao", "苗清和"), ("sui", "隋远舟"), ("tao", "陶念初")]
    ws.append([1, "\n".join(n for _, n in rot), "\n".join(use_id(k) for k, _ in rot), "骨科", "主治医师", HL,
               "2024年1月—6月", "依次轮换，每人两个月"])
    for j, (key, _) in enumerate(rot):
        deployment([(fn, sh, 3)], dep("骨科", "主治医师", d(2024, 1 + 2 * j, 1), month_end(2024, 2 + 2 * j)), YZ, HL, key)
    zhuo = ID["zhuo"]
    wrong = zhuo[:17] + ("1" if zhuo[17] != "1" else "2")
    ws.append([2, "卓一帆", use_id("zhuo", wrong), "麻醉科", "主治医师", HL, "2024年1月2日—2024年6月30日", None])
    deployment([(fn, sh, 4)], dep("麻醉科", "主治医师", d(2024, 1, 2), d(2024, 6, 30)), YZ, HL, "zhuo",
               id_number=wrong)
    finding(fn, 4, "ID_CHECK_DIGIT")
    ws.append([3, "安若素", use_id("an"), "药剂科", "主管药师", HL, "2024年3月1日—2024年6月30日", None])
    deployment([(fn, sh, 5)], dep("药剂科", "主管药师", d(2024, 3, 1), d(2024, 6, 30)), YZ, HL, "an")
    for c in ws[3]:
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for c in (ws.cell(3, 3), ws.cell(4, 3), ws.cell(5, 3)):
        c.number_format = "@"
    ws.append(["填表人：医务处"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- the other forms
def f_trainees_csv(path: Path):
    """鹤汀县人民医院 staff trained at 澄岫省人民医院 (CSV, UTF-8 with BOM): 进修时间 "2024年3月起，为期半年",
    one crossing the year "2023.11-2024.04", one "2024-09-02~2025-03-01"."""
    fn = path.name
    rows = [[f"鹤汀县人民医院赴澄岫省人民医院进修人员名单（2024年）{SYN}", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "进修医院", "进修时间", "进修费用（元）", "是否结业"]]
    people = [("he", "贺知秋", "内科", "2024年3月起，为期半年", "3000", "是", d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
              ("qian", "钱如晦", "急诊科", "2023.11-2024.04", "2400", "是", d(2023, 11, 1), month_end(2024, 4), 2400.0,
               True),
              ("meng", "孟观澜", "放射科", "2024-09-02~2025-03-01", "0", "否", d(2024, 9, 2), d(2025, 3, 1), 0.0, False)]
    for key, name, dept, period, fee, done, s, e, feev, donev in people:
        rows.append([name, use_id(key), dept, P1, period, fee, done])
        row("trainees", [(fn, None, len(rows))], dict(department=dept, start_date=s, end_date=e, fee_charged=feev,
                                                       completed=donev),
            {"recipient_hospital_id": HT, "host_hospital_id": P1}, ["start_date"], id_number=ID[key])
    write_csv(path, rows, "utf-8", bom=True)


def f_activities(path: Path):
    """砚州市中心医院 → 槐岭县人民医院 activities (.xlsx): dated rows, 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"砚州市中心医院对口帮扶槐岭县人民医院活动登记表（2024年）{SYN}"])
    ws.append(["日期", "受援单位", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 14), "学术讲座", "急性胸痛的识别", 35, 35),
            (dt.date(2024, 4, 18), "教学查房", "骨折术后康复查房", "约40人", None),
            (dt.date(2024, 6, 6), "手术示教", "膝关节镜手术", 12, 12),
            (dt.date(2024, 9, 21), "义诊", "重阳节义诊", 80, 80)]
    for day, typ, topic, n, nv in acts:
        ws.append([day, HL, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                        participants=nv),
            {"recipient_hospital_id": HL, "support_hospital_id": YZ}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_monthly_xls(path: Path):
    """枫亭县人民医院 monthly workload 2024 (.xls): months "1月" … "12月", the year in the title."""
    fn, sh = path.name, "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫亭县人民医院2024年1—12月业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for m in range(1, 13):
        v = [18000 + 310 * m, 1300 + 21 * m, 300 + 7 * m, 45 - 2 * m]
        for j, x in enumerate([f"{m}月", *v]):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", [(fn, sh, 2 + m)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FT}, ["month"])
    ws.write(15, 0, "统计：病案统计室")
    wb.save(str(path))


def f_assessments(path: Path):
    """槐岭县人民医院 assesses the rotating people monthly (.xlsx), one row per person and month."""
    fn, sh = path.name, "月考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"槐岭县人民医院2024年派驻人员月度考核表（{SYN}）"])
    ws.append(["考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    for m, key, name, score in ((1, "miao", "苗清和", 95.0), (2, "miao", "苗清和", 93.5), (3, "sui", "隋远舟", 96.0),
                                (4, "sui", "隋远舟", 94.0), (5, "tao", "陶念初", 92.5), (6, "tao", "陶念初", 97.0)):
        present = 3 if m == 4 else 4
        ws.append([f"2024年{m}月", name, use_id(key), YZ, score, 4, present])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", [(fn, sh, ws.max_row)],
            dict(year=2024, month=m, score=score, spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": HL}, ["month"], id_number=ID[key])
    ws.append(["考核人：院办"])
    wb.save(path)


def f_county_csv(path: Path):
    """The province clerk's county inpatient flow 2024 (CSV, UTF-8 without BOM)."""
    fn = path.name
    rows = [[f"2024年各县县域住院流向（{SYN}）", "", "", ""],
            ["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, tot, out in (("枫亭县", 41230, 6120), ("鹤汀县", 29870, 5230), ("槐岭县", 21460, 4380)):
        rows.append([county, COUNTY_CODE[county], str(tot), str(out)])
        row("county_inpatient_stats", [(fn, None, len(rows))],
            dict(county_code=COUNTY_CODE[county], year=2024, resident_admissions=tot,
                 resident_admissions_outside_county=out), {}, ["county_code"])
    write_csv(path, rows, "utf-8")


def f_techniques_ods(path: Path):
    """鹤汀县人民医院 new techniques with 澄岫省人民医院 (.ods)."""
    fn, sh = path.name, "新技术"
    rows = [[f"鹤汀县人民医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位"]]
    items = [("无痛分娩", "麻醉科", dt.date(2024, 3, 18), 42, "是", True),
             ("经皮椎体成形术", "骨科", dt.date(2024, 7, 9), 9, "是", True),
             ("支气管镜检查", "呼吸内科", dt.date(2024, 10, 22), 15, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, cases, gap, P1])
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                       cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": HT, "support_hospital_id": P1}, ["name"])
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岫省城乡医院对口支援关系表（2023—2025年）.xlsx")
    teams1 = "SYNTHETIC_省中医院派驻枫亭县中医医院医疗队名册2024.xlsx"
    teams2 = "SYNTHETIC_省中医院派驻枫亭县中医医院医疗队名册2024（更正）.xlsx"
    files = [(f_weekly_sessions, "SYNTHETIC_省人民医院枫亭专家坐诊安排2024.xlsx"),
             (f_split_and_cross_year_xls, "SYNTHETIC_省人民医院派驻鹤汀县人民医院名册2024.xls"),
             (f_ticked_months, "SYNTHETIC_市中心医院派驻槐岭在岗月份2024.xlsx"),
             (f_cumulative_days_csv, "SYNTHETIC_省中医院下沉人员累计天数2024.csv"),
             (f_workdays_ods, "SYNTHETIC_市中心医院下沉鹤汀妇幼工作日2024.ods"),
             (f_duration_ods, "SYNTHETIC_市中心医院派驻鹤汀妇幼人员2024.ods"),
             (lambda p: f_teams(p, False, "2024年7月10日"), teams1),
             (lambda p: f_teams(p, True, "2024年7月20日"), teams2),
             (f_rotation, "SYNTHETIC_市中心医院派驻槐岭轮换2024上半年.xlsx"),
             (f_trainees_csv, "SYNTHETIC_鹤汀县人民医院进修人员2024.csv"),
             (f_activities, "SYNTHETIC_市中心医院槐岭帮扶活动2024.xlsx"),
             (f_monthly_xls, "SYNTHETIC_枫亭县人民医院业务量2024.xls"),
             (f_assessments, "SYNTHETIC_槐岭县人民医院派驻人员考核2024.xlsx"),
             (f_county_csv, "SYNTHETIC_县域住院流向2024.csv"),
             (f_techniques_ods, "SYNTHETIC_鹤汀县人民医院新技术2024.ods")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    f_teams_truth(teams1, teams2)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
