"""realworld123 corpus generator — SYNTHETIC / 合成数据. A fictional Tibetan autonomous prefecture (琅木藏族自治州,
counties 青岩县 and 雪溪县) for 2024: the pairing list in data/raw/reference/ and eleven submissions in folders
州直 / 青岩县 / 雪溪县, with headers in Chinese over Tibetan (one cell with a line break, or two header rows), bilingual
title lines, transliterated names with middle dots typed every way (· • ‧ ・ . or none, 姓/名 in two cells),
藏医院 / 民族医医院, Chinese dates and dd/mm/yyyy dates, Chinese and Arabic digits, a township centre written
with 乡 where the list has 镇. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,州直,青岩县,雪溪县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
BO_SYN = "ཚོད་དཔག་གཞི་གྲངས།"          # Tibetan line of the titles ("test data")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


ZR, ZZ = "琅木州人民医院", "琅木州藏医院"
QY, QYZ, XX, XXM, ZS = "青岩县人民医院", "青岩县藏医院", "雪溪县人民医院", "雪溪县民族医医院", "扎松镇中心卫生院"
OUTSIDER = "澄湖市第三人民医院"   # in no pairing list
RECIP = {QY: ("二级甲等", "二级", "甲等", "综合医院", "青岩县"), QYZ: ("二级甲等", "二级", "甲等", "民族医医院", "青岩县"),
         XX: ("二级乙等", "二级", "乙等", "综合医院", "雪溪县"), XXM: ("二级乙等", "二级", "乙等", "民族医医院", "雪溪县"),
         ZS: ("一级甲等", "一级", "甲等", "乡镇卫生院", "雪溪县")}

ID = {k: idn(*v) for k, v in {
    "tashi": ("995401", "19850312", "031"), "drolma": ("995401", "19790605", "042"),
    "ngawang": ("995402", "19720918", "015"), "tsering": ("995401", "19880220", "036"),
    "kelsang": ("995411", "19860714", "024"), "lobsang": ("995412", "19900108", "051"),
    "dawa": ("995421", "19930416", "062"), "li": ("995421", "19910830", "017"), "wang": ("995421", "19951111", "083"),
    "sonam": ("995422", "19940227", "028"), "basang": ("995431", "19920913", "044"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


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


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def wrap(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def ods_doc(path, sheets):
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
                elif v is None:
                    c = TableCell()
                else:
                    c = TableCell(valuetype="string")
                    for line in v.split("\n"):
                        c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 "二级甲等" in one cell, 支援期限 for the township pairing only (the others: the
    title's 2021—2025年), 协议签订日期 as dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅木藏族自治州城乡医院对口支援关系一览表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QY, ZR, dt.date(2021, 3, 10), None), (XX, ZR, dt.date(2021, 3, 10), None),
             (QYZ, ZZ, dt.date(2021, 4, 2), None), (XXM, ZZ, dt.date(2021, 4, 2), None),
             (ZS, XX, dt.date(2022, 12, 20), "2023年1月1日至2025年12月31日")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        lg, _level, _grade, cat, county = RECIP[r]
        ws.append([i, r, lg, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2023, 1, 1), d(2025, 12, 31), "support_period"
        else:
            start, end, src = d(2021, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，地名、医院名称均为虚构。"])
    wb.save(path)
    for r, (_lg, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (ZR, ZZ):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 州直
def f_zr_roster(path: Path):
    """州人民医院 roster: title in Chinese and Tibetan on two lines of one cell, headers "姓名\\nམིང་།" in one cell,
    names with ·, •, ‧ and ・, dates 2024年3月1日 and 二〇二四年三月一日; one row without its start (held)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅木州人民医院2024年对口支援派驻人员名册（{SYN}）\nལང་མུ་ཁུལ་མི་དམངས་སྨན་ཁང་གི་རོགས་རམ་མི་སྣའི་ཐོ། {BO_SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号\nཨང་།", "姓名\nམིང་།", "身份证号\nཐོབ་ཐང་ལག་ཁྱེར་ཨང་།", "科室\nསྡེ་ཚན།", "职称\nལས་གནས།",
               "受援单位\nརོགས་རམ་ལེན་མཁན།", "派驻开始时间\nའགོ་ཚུགས་དུས།", "派驻结束时间\nམཇུག་སྒྲིལ་དུས།"])
    people = [
        ("tashi", "扎西·次仁", "心血管内科", "主治医师", QY, "2024年3月1日", "2024年8月31日",
         dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("drolma", "卓玛•拉姆", "儿科", "副主任医师", QY, "二〇二四年三月一日", "二〇二四年八月三十一日",
         dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("ngawang", "阿旺‧平措", "普外科", "主任医师", XX, "2024年9月1日", "2025年2月28日",
         dep("普外科", "主任医师", "正高级", "医疗", d(2024, 9, 1), d(2025, 2, 28))),
        ("tsering", "次仁・多吉", "麻醉科", "主治医师", XX, None, "2025年2月28日", None),
    ]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        ws.cell(ws.max_row, 3).number_format = "@"
        if f is None:
            hold(fn, sh, ws.max_row, "missing_required", "派驻开始时间 blank: no stay without its start")
        else:
            row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": ZR, "recipient_hospital_id": rec},
                ["start_date", "department"], id_number=ID[key])
    ws.append(["合计\nབསྡོམས།", "4人"])
    ws.append(["制表：医务部　　审核：　　2025年1月8日"])
    wrap(ws)
    wb.save(path)


def f_zz_roster_xls(path: Path):
    """州藏医院 roster (.xls): a Chinese header row over a Tibetan header row, dates dd/mm/yyyy as text
    (15/03/2024 shows the day comes first), names 格桑.曲珍 and 洛桑丹增 (no dot)."""
    fn, sh = path.name, "派驻"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅木州藏医院派驻人员花名册 / ལང་མུ་ཁུལ་བོད་སྨན་ཁང་། （{SYN}）")
    zh = ["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "开始日期", "结束日期"]
    bo = ["ཨང་།", "མིང་།", "ལག་ཁྱེར་ཨང་།", "སྡེ་ཚན།", "ལས་གནས།", "སྨན་ཁང་།", "འགོ་ཚུགས།", "མཇུག་སྒྲིལ།"]
    for j, (a, b) in enumerate(zip(zh, bo)):
        ws.write(1, j, a)
        ws.write(2, j, b)
    people = [("kelsang", "格桑.曲珍", "藏医内科", "主治医师", QYZ, "15/03/2024", "14/09/2024",
               dep("藏医内科", "主治医师", "中级", "医疗", d(2024, 3, 15), d(2024, 9, 14))),
              ("lobsang", "洛桑丹增", "藏药科", "主管药师", XXM, "01/04/2024", "30/09/2024",
               dep("藏药科", "主管药师", "中级", "药学", d(2024, 4, 1), d(2024, 9, 30)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, use_id(key), dept, title, rec, s, e]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": ZZ, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    ws.write(5, 0, "填表人：人事科")
    wb.save(str(path))


def f_zz_techniques_ods(path: Path):
    """州藏医院 techniques at 青岩县藏医院 (.ods): bilingual headers in one cell, 首次开展 "2024年4月" and
    "2024年6月10日", 例数 "十二例" (Chinese digits) and 35."""
    fn, sh = path.name, "新技术"
    rows = [[f"青岩县藏医院2024年新技术新项目（琅木州藏医院帮扶）\nལག་རྩལ་གསར་པ། {SYN}"],
            ["序号\nཨང་།", "项目名称\nལས་གཞིའི་མིང་།", "科室\nསྡེ་ཚན།", "首次开展时间\nཐེངས་དང་པོ།",
             "开展例数\nགྲངས།", "是否填补县域空白\nརྫོང་ནང་སྟོང་ཆ།", "支援单位\nརོགས་རམ་པ།"]]
    items = [("藏医放血疗法规范化", "藏医外治科", "2024年4月", "十二例", "是", d(2024, 4, 1), 12, True),
             ("藏药浴疗法", "藏医外治科", "2024年6月10日", 35, "否", d(2024, 6, 10), 35, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, ZZ])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": QYZ, "support_hospital_id": ZZ}, ["name"])
    rows.append(["填报人：医务科", None, None, "2025年1月6日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 青岩县
def f_qy_trainees_xlsx(path: Path):
    """青岩县人民医院 trainees: 姓 | 名 in two cells, bilingual headers, 进修时间 "2024年3月1日至2024年8月31日",
    费用 0 / "免费", 结业 是/否; one trainee sent to a hospital in no pairing list (held)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青岩县人民医院2024年外出进修人员登记表 ཕྱིར་སློབ་སྦྱོང་མི་སྣ། （{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号\nཨང་།", "姓\nརུས།", "名\nམིང་།", "身份证号\nལག་ཁྱེར་ཨང་།", "科室\nསྡེ་ཚན།",
               "进修医院\nསློབ་སྦྱོང་སྨན་ཁང་།", "进修时间\nདུས་ཚོད།", "进修费用（元）\nགླ་ཆ།", "是否结业\nམཐར་ཕྱིན།"])
    people = [("dawa", "达瓦", "卓玛", "内科", ZR, "2024年3月1日至2024年8月31日", 0, "是", d(2024, 3, 1),
               d(2024, 8, 31), 0.0, True),
              ("li", "李", "青山", "检验科", ZR, "2024年9月1日至2025年2月28日", "免费", "否", d(2024, 9, 1),
               d(2025, 2, 28), 0.0, False),
              ("wang", "王", "小梅", "护理部", OUTSIDER, "2024年4月1日至2024年9月30日", 0, "是", None, None, None, None)]
    for i, (key, fam, given, dept, host, period, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        ws.append([i, fam, given, use_id(key), dept, host, period, fee, done])
        ws.cell(ws.max_row, 4).number_format = "@"
        if host == OUTSIDER:
            hold(fn, sh, ws.max_row, "unresolved_hospital", f"进修医院 {OUTSIDER} is in no pairing list")
            continue
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                  completed=donev),
            {"recipient_hospital_id": QY, "host_hospital_id": host}, ["start_date", "department"], id_number=ID[key])
    wrap(ws)
    wb.save(path)


def f_qy_monthly_xlsx(path: Path):
    """青岩县人民医院 monthly statistics: months written 一月 … 六月, bilingual headers in one cell."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青岩县人民医院2024年1—6月业务量统计\nཟླ་རེའི་ལས་དོན་གྲངས་ཐོ། （{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份\nཟླ་བ།", "门急诊人次\nསྨན་བཅོས་མི་གྲངས།", "出院人数\nསྨན་ཁང་ནས་ཐོན།", "手术台次\nགཤག་བཅོས།",
               "转出人次\nཕྱིར་སྐྱེལ།"])
    names = ["一月", "二月", "三月", "四月", "五月", "六月"]
    for m, nm in enumerate(names, 1):
        v = [8200 + 150 * m, 610 + 11 * m, 120 + 4 * m, 30 - m]
        ws.append([nm, *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QY}, ["month"])
    ws.append(["合计\nབསྡོམས།", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wrap(ws)
    wb.save(path)


def f_qyz_monthly_csv(path: Path):
    """青岩县藏医院 monthly statistics, CSV in GBK (no Tibetan: GBK cannot hold it), one count in Chinese digits
    (一百二十)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青岩县藏医院2024年7—12月业务量（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r = 2
    for m in range(7, 13):
        v = [3100 + 40 * m, 205 + 3 * m, 20 + m, 9 - m // 3]
        cells = [f"2024年{m}月", *v]
        if m == 9:
            cells[3] = "一百二十"
            v[2] = 120
        w.writerow(cells)
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QYZ}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qyz_trainees_csv(path: Path):
    """青岩县藏医院 trainees, CSV UTF-8 with BOM, bilingual header cells (Chinese / Tibetan), dates dd/mm/yyyy;
    one trainee without an ID number (name without a dot)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青岩县藏医院赴支援医院进修人员 སློབ་སྦྱོང་། （{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名/མིང་།", "身份证号/ལག་ཁྱེར་ཨང་།", "科室/སྡེ་ཚན།", "进修单位/སྨན་ཁང་།", "开始日期/འགོ་ཚུགས།",
                "结束日期/མཇུག་སྒྲིལ།", "进修费用（元）/གླ་ཆ།"])
    people = [("sonam", "索朗·旺姆", "藏医内科", "01/03/2024", "31/08/2024", d(2024, 3, 1), d(2024, 8, 31)),
              (None, "次仁卓嘎", "藏药科", "02/09/2024", "28/02/2025", d(2024, 9, 2), d(2025, 2, 28))]
    r = 2
    for key, name, dept, s, e, sd, ed in people:
        w.writerow([name, use_id(key) if key else "", dept, ZZ, s, e, 0])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0),
            {"recipient_hospital_id": QYZ, "host_hospital_id": ZZ}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_qy_assessments_xlsx(path: Path):
    """青岩县人民医院 monthly assessment of 州人民医院's staff, one sheet per month (2024年5月, 2024年6月), names
    spelled otherwise than in the roster (扎西次仁, 卓玛·拉姆), bilingual headers."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("tashi", "扎西次仁"), ("drolma", "卓玛·拉姆")]
    for m, scores in ((5, [92, 88.5]), (6, [95, 90])):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"青岩县人民医院派驻人员月度考核表 ཟླ་རེའི་ཚད་འཇལ། （{SYN}）"])
        ws.append(["序号\nཨང་།", "姓名\nམིང་།", "身份证号\nལག་ཁྱེར་ཨང་།", "派出单位\nགཏོང་མཁན།", "考核得分\nསྐར་མ།",
                   "抽查次数\nཞིབ་བཤེར།", "在岗次数\nལས་ཀར་ཡོད།"])
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            ws.append([i, name, use_id(key), ZR, sc, 3, 3])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=3),
                {"recipient_hospital_id": QY}, ["month"], id_number=ID[key])
        ws.append(["考核人：院办"])
        wrap(ws)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 雪溪县
def f_xx_monthly_xls(path: Path):
    """雪溪县人民医院 monthly statistics (.xls): a Chinese header row over a Tibetan one, months "7月"…"12月"."""
    fn, sh = path.name, "7-12月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"雪溪县人民医院2024年下半年业务量统计 / ཟླ་རེའི་གྲངས་ཐོ། （{SYN}）")
    for j, (a, b) in enumerate(zip(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"],
                                   ["ཟླ་བ།", "སྨན་བཅོས།", "ཐོན།", "གཤག་བཅོས།", "ཕྱིར་སྐྱེལ།"])):
        ws.write(1, j, a)
        ws.write(2, j, b)
    for i, m in enumerate(range(7, 13)):
        v = [6400 + 90 * m, 480 + 7 * m, 95 + 2 * m, 22 - m]
        for j, x in enumerate([f"{m}月", *v]):
            ws.write(3 + i, j, x)
        row("hospital_monthly_stats", fn, sh, 4 + i,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": XX}, ["month"])
    wb.save(str(path))


def f_xxm_trainees_ods(path: Path):
    """雪溪县民族医医院 trainees (.ods): bilingual header cells, 进修时间 "2024年3月1日—8月31日" (the year once)."""
    fn, sh = path.name, "进修"
    rows = [[f"雪溪县民族医医院2024年进修人员 སློབ་སྦྱོང་། （{SYN}）"],
            ["序号\nཨང་།", "姓名\nམིང་།", "身份证号\nལག་ཁྱེར་ཨང་།", "科室\nསྡེ་ཚན།", "进修医院\nསྨན་ཁང་།",
             "进修时间\nདུས་ཚོད།", "进修费用（元）\nགླ་ཆ།", "是否结业\nམཐར་ཕྱིན།"],
            [1, "巴桑·次旦", use_id("basang"), "民族医科", ZZ, "2024年3月1日—8月31日", 0, "是"]]
    row("trainees", fn, sh, 3, dict(department="民族医科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                     fee_charged=0.0, completed=True),
        {"recipient_hospital_id": XXM, "host_hospital_id": ZZ}, ["start_date"], id_number=ID["basang"])
    rows.append(["填报人：科教科"])
    ods_doc(path, {sh: rows})


def f_zs_monthly_csv(path: Path):
    """扎松乡中心卫生院 (the list says 扎松镇: the township became a town) monthly figures, CSV UTF-8 without BOM,
    no surgeries column."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"扎松乡中心卫生院2024年1—6月业务量（雪溪县）（{SYN}）", "", "", ""])
    w.writerow(["月份", "门诊人次", "出院人数", "转出人次"])
    r = 2
    for m in range(1, 7):
        v = [1200 + 30 * m, 40 + m, 6 + m % 3]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], referrals_out=v[2]),
            {"recipient_hospital_id": ZS}, ["month"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "州直", "青岩县", "雪溪县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅木州城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    files = [(f_zr_roster, "州直", "SYNTHETIC_琅木州人民医院派驻人员名册2024.xlsx"),
             (f_zz_roster_xls, "州直", "SYNTHETIC_琅木州藏医院派驻花名册.xls"),
             (f_zz_techniques_ods, "州直", "SYNTHETIC_青岩县藏医院新技术2024.ods"),
             (f_qy_trainees_xlsx, "青岩县", "SYNTHETIC_青岩县人民医院进修人员2024.xlsx"),
             (f_qy_monthly_xlsx, "青岩县", "SYNTHETIC_青岩县人民医院业务量1-6月.xlsx"),
             (f_qyz_monthly_csv, "青岩县", "SYNTHETIC_青岩县藏医院业务量7-12月.csv"),
             (f_qyz_trainees_csv, "青岩县", "SYNTHETIC_青岩县藏医院进修人员.csv"),
             (f_qy_assessments_xlsx, "青岩县", "SYNTHETIC_青岩县人民医院派驻人员考核5-6月.xlsx"),
             (f_xx_monthly_xls, "雪溪县", "SYNTHETIC_雪溪县人民医院业务量下半年.xls"),
             (f_xxm_trainees_ods, "雪溪县", "SYNTHETIC_雪溪县民族医医院进修人员.ods"),
             (f_zs_monthly_csv, "雪溪县", "SYNTHETIC_扎松乡中心卫生院业务量1-6月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
