"""realworld39 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄霁省) for 2024: the pairing list in
data/raw/reference/ and fifteen submissions (folders 省直 and 枫溪市) whose periods are written every way a clerk
writes them — one 派驻时间 cell ("2024.3-2024.8", "2024年3月至8月", "3月1日—8月31日" with the year only in the title,
"2024.03.01～2024.08.31", "2024年3月起，为期半年"), a start plus a duration ("6个月", "半年", "180天"), open ends
("至今", "在岗"), rotations under 第一批 / 第二批 section rows, 进修时间 "2024.03—2024.08（6个月）", techniques
introduced "2024年第二季度" / "2024年上半年" — while the curated tables hold two clean columns. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,枫溪市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
SP1, SP2, SC1 = "澄霁省人民医院", "澄霁省中医院", "枫溪市中心医院"
QR, QRTCM, LB, LBMCH, SS = "青箬县人民医院", "青箬县中医医院", "柳埠县人民医院", "柳埠县妇幼保健院", "石漱县人民医院"
RECIP = {QR: ("二级", "甲等", "综合医院", "青箬县"), QRTCM: ("二级", "乙等", "中医医院", "青箬县"),
         LB: ("二级", "甲等", "综合医院", "柳埠县"), LBMCH: ("二级", None, "妇幼保健院", "柳埠县"),
         SS: ("二级", "乙等", "综合医院", "石漱县")}

ID = {k: idn(*v) for k, v in {
    # 省人民医院 roster (F1)
    "xu": ("990401", "19730412", "031"), "tao": ("990401", "19860917", "042"), "he": ("990402", "19790228", "015"),
    "jiang": ("990401", "19840703", "026"), "shen": ("990403", "19761130", "038"), "lyu": ("990402", "19880521", "057"),
    # 省中医院 (F2)
    "zheng": ("990411", "19810306", "061"), "feng": ("990411", "19900815", "072"), "kong": ("990412", "19770124", "013"),
    "yan": ("990412", "19850609", "084"),
    # 枫溪市中心医院 start + duration (F3)
    "wei": ("990501", "19830218", "035"), "ou": ("990501", "19870402", "046"), "cen": ("990502", "19801027", "017"),
    # 石漱县人民医院 received staff (F4)
    "gu": ("990503", "19821111", "028"), "lan": ("990503", "19890330", "069"), "mu": ("990501", "19910716", "052"),
    # trainees
    "luo": ("990421", "19920506", "083"), "bai": ("990421", "19941012", "024"), "du": ("990431", "19900327", "044"),
    "qin": ("990431", "19930809", "065"), "shao": ("990431", "19951201", "016"), "ren": ("990422", "19880814", "077"),
    "fang": ("990422", "19910203", "039"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "unusable_required", "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def after(start: str, months: int = 0, days: int = 0):
    """The end of a period given as a start and a duration. A careful reader accepts either of the two readings
    in use: the last day on site (start + duration − 1 day, the data dictionary's "last day") or the day the
    duration's count reaches (start + duration: 民法典 第二百零一条 — the start day is not counted)."""
    s = dt.date.fromisoformat(start)
    if months:
        y, m = divmod(s.month - 1 + months, 12)
        e = dt.date(s.year + y, m + 1, s.day)
    else:
        e = s + dt.timedelta(days=days)
    return {"one_of": [(e - dt.timedelta(days=1)).isoformat(), e.isoformat()]}


RANK = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
        "住院医师": ("初级", "医疗"), "副主任护师": ("副高级", "护理"), "主管护师": ("中级", "护理"),
        "主管技师": ("中级", "医技")}


def dep(dept, title, start, end):
    rank, cat = RANK[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as office:date-value cells)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if isinstance(v, bool) or v is None:
                    c = TableCell()
                elif isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def csv_bytes(lines, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 支援期限 written three ways — blank (→ the title's 2024—2026年), "2024.3-2027.2" (month only: the
    1st to the month's last day), "2024年1月1日至2026年12月31日"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄霁省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(SP1, QR, dt.date(2023, 12, 12), None, (d(2024, 1, 1), d(2026, 12, 31), "title_period")),
             (SP2, QRTCM, dt.date(2023, 12, 12), None, (d(2024, 1, 1), d(2026, 12, 31), "title_period")),
             (SP1, LB, dt.date(2024, 1, 18), "2024.3-2027.2", (d(2024, 3, 1), d(2027, 2, 28), "support_period")),
             (SC1, LBMCH, dt.date(2023, 12, 26), "2024年1月1日至2026年12月31日",
              (d(2024, 1, 1), d(2026, 12, 31), "support_period")),
             (SC1, SS, dt.date(2023, 12, 26), None, (d(2024, 1, 1), d(2026, 12, 31), "title_period"))]
    for i, (s, r, ag, per, (start, end, src)) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag, per])
        ws.cell(ws.max_row, 8).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SP1, SP2, SC1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_sp1_roster_batches(path: Path):
    """省人民医院 (xlsx): two rotations under section rows 第一批 / 第二批; 派驻时间 in one cell written five ways;
    "2024.9—至今" as an open end; one ID number with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄霁省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻医院", "派驻时间"])
    tao_wrong = ID["tao"][:17] + ("1" if ID["tao"][17] != "1" else "2")
    batches = [("第一批（2024年3月—8月）", [
        ("xu", "许知行", "男", None, "心血管内科", "主任医师", QR, "2024.3-2024.8", d(2024, 3, 1), d(2024, 8, 31)),
        ("tao", "陶宛清", "女", tao_wrong, "心血管内科", "主治医师", QR, "2024年3月至8月", d(2024, 3, 1),
         d(2024, 8, 31)),
        ("he", "贺明远", "男", None, "普外科", "副主任医师", LB, "2024.03.01～2024.08.31", d(2024, 3, 1), d(2024, 8, 31)),
        ("jiang", "江晚舟", "女", None, "麻醉科", "主治医师", LB, "2024年3月起，为期半年", d(2024, 3, 1),
         after(d(2024, 3, 1), months=6)),
    ]), ("第二批（2024年9月—2025年2月）", [
        ("shen", "沈如意", "女", None, "护理部", "副主任护师", QR, "2024.9-2025.2", d(2024, 9, 1), d(2025, 2, 28)),
        ("lyu", "吕沧澜", "男", None, "骨科", "主治医师", LB, "2024.9—至今", d(2024, 9, 1), None),
    ])]
    n = 0
    for label, people in batches:
        ws.append([label])
        ws.merge_cells(start_row=ws.max_row, end_row=ws.max_row, start_column=1, end_column=8)
        for key, name, sex, sp, dept, title, rec, period, sd, ed in people:
            n += 1
            ws.append([n, name, sex, use_id(key, sp), dept, title, rec, period])
            ws.cell(ws.max_row, 4).number_format = "@"
            tid = sp or ID[key]
            row("deployments", fn, sh, ws.max_row, dep(dept, title, sd, ed),
                {"support_hospital_id": SP1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
            if sp:
                finding(fn, ws.max_row, "ID_CHECK_DIGIT")
    ws.append(["合计", None, None, "6人"])
    ws.append(["填表人：医务部", None, None, None, None, "2025年1月8日"])
    wb.save(path)


def f_sp2_roster_xls(path: Path):
    """省中医院 (xls, xlwt): the year only in the title; 派驻时间 "3月1日—8月31日", "9月1日—12月31日", "9月1日—至今";
    the recipient only in the title; one legacy 15-digit ID number."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澄霁省中医院2024年派驻青箬县中医医院人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻时间"]):
        ws.write(1, j, h)
    y = ID["yan"]
    fifteen = y[:6] + y[8:14] + y[14:17]
    people = [("zheng", "郑书远", None, "针灸科", "主治医师", "3月1日—8月31日", d(2024, 3, 1), d(2024, 8, 31)),
              ("feng", "冯若宁", None, "脾胃病科", "副主任医师", "3月1日—8月31日", d(2024, 3, 1), d(2024, 8, 31)),
              ("kong", "孔令仪", None, "骨伤科", "主任医师", "9月1日—12月31日", d(2024, 9, 1), d(2024, 12, 31)),
              ("yan", "严照川", fifteen, "推拿科", "住院医师", "9月1日—至今", d(2024, 9, 1), None)]
    for i, (key, name, sp, dept, title, period, sd, ed) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, period]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, sd, ed),
            {"support_hospital_id": SP2, "recipient_hospital_id": QRTCM}, ["start_date", "department"],
            id_number=ID[key])
        if sp:
            finding(fn, 2 + i, "ID_15_DIGIT")
    ws.write(2 + len(people), 0, "报送单位：澄霁省中医院医务处")
    wb.save(str(path))


def f_county_flow(path: Path):
    """省卫健委 (xlsx): one row per county and year, the year written "2023年度" / "2024年1—12月"."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "统计期间", "县域内常住居民住院总人次", "县域外住院人次"])
    data = [("青箬县", "999401", 36210, 6842, 37504, 6390), ("柳埠县", "999402", 25417, 5533, 26020, 5108),
            ("石漱县", "999403", 18905, 4477, 19350, 4121)]
    for county, code, a23, o23, a24, o24 in data:
        for y, label, a, o in ((2023, "2023年度", a23, o23), (2024, "2024年1—12月", a24, o24)):
            ws.append([county, code, label, a, o])
            ws.cell(ws.max_row, 2).number_format = "@"
            row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=y, resident_admissions=a,
                                                                   resident_admissions_outside_county=o),
                {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 枫溪市
def f_sc1_start_duration(path: Path):
    """枫溪市中心医院 (ods): 起始日期 plus 派驻时长 "6个月" / "半年" / "180天" instead of an end date."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"枫溪市中心医院2024年对口支援派驻人员（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援单位", "起始日期", "派驻时长"]]
    people = [("wei", "韦山河", "儿科", "主治医师", dt.date(2024, 3, 4), "6个月", after(d(2024, 3, 4), months=6)),
              ("ou", "欧阳晴", "妇产科", "副主任医师", dt.date(2024, 4, 1), "半年", after(d(2024, 4, 1), months=6)),
              ("cen", "岑伯言", "检验科", "主管技师", dt.date(2024, 5, 6), "180天", after(d(2024, 5, 6), days=180))]
    for i, (key, name, dept, title, start, dur, end) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, LBMCH, start, dur])
        row("deployments", fn, sh, len(rows), dep(dept, title, start.isoformat(), end),
            {"support_hospital_id": SC1, "recipient_hospital_id": LBMCH}, ["start_date"], id_number=ID[key])
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def f_ss_received_csv(path: Path):
    """石漱县人民医院 (CSV, GBK): staff received from 枫溪市中心医院; 派驻开始 written three ways; 派驻结束 "在岗" /
    "至今" (open) or a date."""
    fn = path.name
    lines = [[f"填报单位：石漱县人民医院（{SYN}）", "", "", "", "", "", "", ""],
             ["序号", "姓名", "身份证号", "科室", "职称", "派出单位", "派驻开始", "派驻结束"]]
    people = [("gu", "顾清和", "内科", "副主任医师", "2024/3/4", "在岗", d(2024, 3, 4), None),
              ("lan", "蓝若溪", "护理部", "主管护师", "2024年5月6日", "至今", d(2024, 5, 6), None),
              ("mu", "慕远舟", "急诊科", "主治医师", "2024.7.1", "2024.12.31", d(2024, 7, 1), d(2024, 12, 31))]
    for i, (key, name, dept, title, s, e, sd, ed) in enumerate(people, 1):
        lines.append([str(i), name, use_id(key), dept, title, SC1, s, e])
        row("deployments", fn, None, len(lines), dep(dept, title, sd, ed),
            {"support_hospital_id": SC1, "recipient_hospital_id": SS}, ["start_date"], id_number=ID[key])
    path.write_bytes(csv_bytes(lines, "gbk"))


def f_qr_trainees_csv(path: Path):
    """青箬县人民医院 (CSV, UTF-8 without BOM): 进修时间 "2024.03—2024.08（6个月）", "2024.03—2024.09（6个月）" (the end
    month and the duration disagree: end not scored), "2024年9月1日起，为期3个月"; one trainee without an ID number."""
    fn = path.name
    lines = [[f"青箬县人民医院2024年外出进修人员情况（{SYN}）", "", "", "", ""],
             ["姓名", "身份证号", "进修科室", "进修单位", "进修时间"]]
    people = [("luo", "罗青岚", "心内科", "2024.03—2024.08（6个月）", d(2024, 3, 1), d(2024, 8, 31)),
              ("bai", "白露凝", "重症医学科", "2024.03—2024.09（6个月）", d(2024, 3, 1), "unscored"),
              (None, "钟子墨", "放射科", "2024年9月1日起，为期3个月", d(2024, 9, 1), after(d(2024, 9, 1), months=3))]
    for key, name, dept, period, sd, ed in people:
        lines.append([name, use_id(key) if key else "", dept, SP1, period])
        f = dict(department=dept, start_date=sd)
        if ed != "unscored":
            f["end_date"] = ed
        row("trainees", fn, None, len(lines), f, {"recipient_hospital_id": QR, "host_hospital_id": SP1},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(lines), "NAME_ONLY")
    lines.append(["合计：3人", "", "", "", ""])
    path.write_bytes(csv_bytes(lines, "utf-8"))


LB_TRAINEES = [("du", "杜若川", "骨科", "2024年3月—8月", d(2024, 3, 1), d(2024, 8, 31)),
               ("qin", "秦雨桐", "儿科", "2024.4.8-2024.10.7", d(2024, 4, 8), d(2024, 10, 7)),
               ("shao", "邵安歌", "妇产科", "2024年9月起，为期3个月", d(2024, 9, 1), None)]


def lb_trainees(path: Path, corrected: bool):
    """柳埠县人民医院 (xlsx): a trainee list and its correction (更正: the full list again, one 进修时间 and one
    科室 put right). The correction replaces the first file's rows (README: a later file for the same hospital,
    form and period replaces the rows it has again)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳埠县人民医院2024年赴上级医院进修人员登记表{'（更正）' if corrected else ''}（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修时间"])
    for i, (key, name, dept, period, sd, ed) in enumerate(LB_TRAINEES, 1):
        if not corrected and key == "qin":
            period = "2024.4.8-2024.9.7"
        if not corrected and key == "du":
            dept = "骨一科"
        ws.append([i, name, use_id(key), dept, SP1, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        if corrected:
            if ed is None:
                ed = after(sd, months=3)
            row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed),
                {"recipient_hospital_id": LB, "host_hospital_id": SP1}, ["start_date"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, "2025年1月10日" if corrected else "2024年12月20日"])
    wb.save(path)


def f_qrtcm_trainees_ods(path: Path):
    """青箬县中医医院 (ods): 进修起止 "2024年4月1日-至今" (open end), "2024年5月6日至11月5日" (year once)."""
    fn, sh = path.name, "进修"
    rows = [[f"青箬县中医医院2024年进修人员名单（{SYN}）"],
            ["姓名", "身份证号", "科室", "接收医院", "进修起止"]]
    for key, name, dept, period, sd, ed in (("ren", "任秋白", "针灸科", "2024年4月1日-至今", d(2024, 4, 1), None),
                                            ("fang", "方知夏", "内科", "2024年5月6日至11月5日", d(2024, 5, 6),
                                             d(2024, 11, 5))):
        rows.append([name, use_id(key), dept, SP2, period])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=sd, end_date=ed),
            {"recipient_hospital_id": QRTCM, "host_hospital_id": SP2}, ["start_date"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def f_qr_techniques(path: Path):
    """青箬县人民医院 (xlsx): 引进时间 "2024年4月18日", a date cell, "2024.9.12", and two that are no day:
    "2024年第二季度", "2024年上半年" (the date is required: held, not invented)."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青箬县人民医院2024年新技术新项目（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "引进时间", "开展例数", "是否填补县域空白", "支援单位"])
    items = [("经皮冠状动脉介入治疗", "心血管内科", "2024年4月18日", 12, "是", d(2024, 4, 18), True),
             ("无痛胃肠镜", "消化内科", dt.date(2024, 6, 3), 85, "否", d(2024, 6, 3), False),
             ("腹腔镜胆囊切除术", "普外科", "2024年第二季度", 9, "是", None, True),
             ("超声引导下神经阻滞", "麻醉科", "2024年上半年", 30, "否", None, False),
             ("床旁血液净化", "重症医学科", "2024.9.12", 6, "是", d(2024, 9, 12), True)]
    for i, (name, dept, when, cases, gap, day, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, when, cases, gap, SP1])
        if isinstance(when, dt.date):
            ws.cell(ws.max_row, 4).number_format = "yyyy/m/d"
        if day is None:
            quarantine(fn, sh, ws.max_row, f"引进时间 {when}: no day (a period, not a date) for a required date")
        else:
            row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day,
                                                       cases=cases, fills_county_gap=gapv),
                {"recipient_hospital_id": QR, "support_hospital_id": SP1}, ["name"])
    wb.save(path)


def f_lbmch_techniques_csv(path: Path):
    """柳埠县妇幼保健院 (CSV, GBK): 开展时间 "2024-05-20", "2024年7月9日", "2024年第三季度" (held); 例数 "约40例"."""
    fn = path.name
    lines = [[f"柳埠县妇幼保健院新技术新业务开展情况表（2024年）{SYN}", "", "", "", ""],
             ["项目名称", "科室", "开展时间", "例数", "帮扶医院"]]
    items = [("无创产前筛查咨询", "产科", "2024-05-20", "26", d(2024, 5, 20), 26),
             ("新生儿经皮胆红素监测", "新生儿科", "2024年7月9日", "约40例", d(2024, 7, 9), None),
             ("盆底功能康复治疗", "妇科", "2024年第三季度", "15", None, 15)]
    for name, dept, when, cases, day, casesv in items:
        lines.append([name, dept, when, cases, SC1])
        if day is None:
            quarantine(fn, None, len(lines), f"开展时间 {when}: no day (a period, not a date) for a required date")
            continue
        row("techniques", fn, None, len(lines), dict(name=name, department=dept, first_performed_date=day,
                                                     cases=casesv),
            {"recipient_hospital_id": LBMCH, "support_hospital_id": SC1}, ["name"])
        if casesv is None:
            finding(fn, len(lines), "UNPARSEABLE_OPTIONAL")
    path.write_bytes(csv_bytes(lines, "gbk"))


def f_sc1_activities(path: Path):
    """枫溪市中心医院 (xlsx): 活动时间 "2024.5.8", "2024年6月12日上午", "7月3日" (year from the title), a date cell,
    "2024年11月5日—6日" (a two-day course: the day it began); 参加人数 "约40人"."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫溪市中心医院2024年对口帮扶活动记录（{SYN}）"])
    ws.append(["活动时间", "受援单位", "活动类型", "活动内容", "参加人数"])
    acts = [("2024.5.8", LBMCH, "学术讲座", "产后出血的早期识别", 35, d(2024, 5, 8), 35),
            ("2024年6月12日上午", LBMCH, "教学查房", "妊娠期高血压查房", "约40人", d(2024, 6, 12), None),
            ("7月3日", SS, "义诊", "慢病义诊", 80, d(2024, 7, 3), 80),
            (dt.date(2024, 9, 10), SS, "手术示教", "腹腔镜疝修补术", 12, d(2024, 9, 10), 12),
            ("2024年11月5日—6日", SS, "技术培训", "心肺复苏培训（两天）", 30, d(2024, 11, 5), 30)]
    for when, rec, typ, topic, n, day, nv in acts:
        ws.append([when, rec, typ, topic, n])
        if isinstance(when, dt.date):
            ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": SC1}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_qr_monthly_xls(path: Path):
    """青箬县人民医院 (xls): 月份 "2024.01" … "2024.03", "2024年4月", "2024年05月", "24年6月", with 一季度小计 /
    二季度小计 / 上半年合计 rows between them."""
    fn, sh = path.name, "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青箬县人民医院2024年上半年业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    labels = {1: "2024.01", 2: "2024.02", 3: "2024.03", 4: "2024年4月", 5: "2024年05月", 6: "24年6月"}
    r = 2
    tot = [0, 0, 0, 0]
    q = [0, 0, 0, 0]
    for m in range(1, 7):
        v = [14800 + 230 * m, 1090 + 19 * m, 250 + 4 * m, 38 - m]
        for j, x in enumerate([labels[m], *v]):
            ws.write(r, j, x)
        r += 1
        row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                      surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QR}, ["month"])
        q = [a + b for a, b in zip(q, v)]
        tot = [a + b for a, b in zip(tot, v)]
        if m % 3 == 0:
            for j, x in enumerate(["一季度小计" if m == 3 else "二季度小计", *q]):
                ws.write(r, j, x)
            r += 1
            q = [0, 0, 0, 0]
    for j, x in enumerate(["上半年合计", *tot]):
        ws.write(r, j, x)
    wb.save(str(path))


def f_ss_monthly_ods(path: Path):
    """石漱县人民医院 (ods): 统计期间 "2024年7月1日-7月31日", "2024.8.1-2024.8.31", "2024年9月份"; 下转接收人次."""
    fn, sh = path.name, "7-9月"
    rows = [[f"石漱县人民医院2024年第三季度业务量（{SYN}）"],
            ["统计期间", "门急诊人次", "出院人次", "手术台次", "外转人次", "下转接收人次"]]
    for m, label in ((7, "2024年7月1日-7月31日"), (8, "2024.8.1-2024.8.31"), (9, "2024年9月份")):
        v = [9100 + 120 * m, 610 + 7 * m, 130 + m, 22 - m, 4 + m % 3]
        rows.append([label, *v])
        row("hospital_monthly_stats", fn, sh, len(rows), dict(year=2024, month=m, outpatient_visits=v[0],
                                                              discharges=v[1], surgeries=v[2], referrals_out=v[3],
                                                              referrals_down_received=v[4]),
            {"recipient_hospital_id": SS}, ["month"])
    rows.append(["报送：统计室"])
    ods_doc(path, {sh: rows})


def f_lb_assessments_csv(path: Path):
    """柳埠县人民医院 (CSV, UTF-8 with BOM): monthly assessment of 省人民医院's staff; 考核月份 "2024年3月",
    "2024.04", "2024-05"."""
    fn = path.name
    lines = [[f"柳埠县人民医院派驻人员月度考核（2024年3—5月）{SYN}", "", "", "", "", "", ""],
             ["考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    scores = {("he", 3): 95, ("jiang", 3): 92.5, ("he", 4): 96, ("jiang", 4): 90, ("he", 5): 94, ("jiang", 5): 93}
    for m, label in ((3, "2024年3月"), (4, "2024.04"), (5, "2024-05")):
        for key, name in (("he", "贺明远"), ("jiang", "江晚舟")):
            present = 3 if (key, m) == ("jiang", 4) else 4
            lines.append([label, name, use_id(key), SP1, f"{scores[key, m]:g}", "4", str(present)])
            row("staff_monthly_assessments", fn, None, len(lines),
                dict(year=2024, month=m, score=float(scores[key, m]), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": LB}, ["month"], id_number=ID[key])
    lines.append(["考核人：院办", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(lines, "utf-8", bom=True))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "枫溪市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄霁省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_sp1_roster_batches, "省直", "SYNTHETIC_省人民医院派驻人员名册2024（分批）.xlsx"),
             (f_sp2_roster_xls, "省直", "SYNTHETIC_省中医院派驻人员名单.xls"),
             (f_county_flow, "省直", "SYNTHETIC_县域住院流向2023-2024.xlsx"),
             (f_sc1_start_duration, "枫溪市", "SYNTHETIC_市中心医院派驻人员（起始日期+时长）.ods"),
             (f_ss_received_csv, "枫溪市", "SYNTHETIC_石漱县人民医院接收派驻人员.csv"),
             (f_qr_trainees_csv, "省直", "SYNTHETIC_青箬县人民医院进修人员2024.csv"),
             (lambda p: lb_trainees(p, False), "省直", "SYNTHETIC_柳埠县人民医院进修人员2024.xlsx"),
             (lambda p: lb_trainees(p, True), "省直", "SYNTHETIC_柳埠县人民医院进修人员2024（更正）.xlsx"),
             (f_qrtcm_trainees_ods, "省直", "SYNTHETIC_青箬县中医医院进修人员.ods"),
             (f_qr_techniques, "省直", "SYNTHETIC_青箬县人民医院新技术2024.xlsx"),
             (f_lbmch_techniques_csv, "枫溪市", "SYNTHETIC_柳埠县妇幼保健院新技术.csv"),
             (f_sc1_activities, "枫溪市", "SYNTHETIC_市中心医院帮扶活动记录2024.xlsx"),
             (f_qr_monthly_xls, "省直", "SYNTHETIC_青箬县人民医院业务量1-6月.xls"),
             (f_ss_monthly_ods, "枫溪市", "SYNTHETIC_石漱县人民医院业务量三季度.ods"),
             (f_lb_assessments_csv, "省直", "SYNTHETIC_柳埠县派驻人员考核3-5月.csv")]
    for i, (fnc, folder, name) in enumerate(files):
        p = raw / folder / name
        fnc(p)
        t = 1735689600 + 86400 * i          # fixed modification times, in this order: the correction is the later
        os.utime(p, (t, t))
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
