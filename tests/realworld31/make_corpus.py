"""realworld31 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024 whose busiest support
hospital, 霁川省滨海国际医院, has international staff and English-speaking administrators: its files have English or
bilingual headers (Name / 姓名, Department, Start date, End date, Host hospital), dates written 2024.3.5,
2024/03/05, 5-Mar-2024, 2024-03-05 00:00:00, Excel serial numbers stored as text ('45356'), month-only dates
(2024-03), 'ongoing' / 'present' / '至今' for an open end, English titles beside Chinese ones and Y/N/Yes/No answers.
The other hospitals of the year send ordinary Chinese files. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
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


def serial(day: dt.date) -> str:
    """An Excel serial number (1900 date system) as the text a cell stored as text shows."""
    return str((day - dt.date(1899, 12, 30)).days)


SA, SB = "霁川省滨海国际医院", "望舒市中心医院"
R1, R2, R3, R4, R5 = "岚溪县人民医院", "岚溪县中医医院", "柏陵县人民医院", "柏陵县妇幼保健院", "雾川县人民医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "岚溪县"), R2: ("二级", "乙等", "中医医院", "岚溪县"),
         R3: ("二级", "甲等", "综合医院", "柏陵县"), R4: ("二级", None, "妇幼保健院", "柏陵县"),
         R5: ("二级", "乙等", "综合医院", "雾川县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19710412", "035"), "gu": ("990301", "19860905", "046"), "su": ("990302", "19790218", "027"),
    "wen": ("990302", "19900611", "013"), "han": ("990303", "19830127", "054"),
    "lu": ("990301", "19740830", "061"), "xu": ("990302", "19880316", "072"), "zhuo": ("990303", "19850709", "028"),
    "zhengan": ("990101", "19920304", "037"), "qiu": ("990102", "19930815", "048"),
    "jiangbc": ("990201", "19910122", "019"),
    "fang": ("990401", "19780506", "025"), "yuan": ("990401", "19870923", "036"), "ke": ("990402", "19720111", "047"),
    "li": ("990101", "19940702", "058"), "pang": ("990101", "19960219", "069"),
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


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as floats, everything else as text)."""
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
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An ordinary Chinese 附件1: 受援医院 first, 等级 in one cell ("二级甲等", "二级" for the 妇幼保健院), agreement
    dates as date cells, 支援期限 for one pairing ("2024年3月1日—2027年2月28日"), blank for the others (→ the
    title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "医院等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, SA, dt.date(2023, 12, 18), None), (R3, SA, dt.date(2023, 12, 18), None),
             (R5, SA, dt.date(2024, 2, 2), "2024年3月1日—2027年2月28日"),
             (R2, SB, dt.date(2023, 12, 22), None), (R4, SB, dt.date(2023, 12, 22), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (SA, SB):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 滨海国际医院 (English)
def f_sa_roster_english(path: Path):
    """English-only headers under an English title and a bilingual 填报单位 line; dates "2024.3.5", "2024/03/05",
    "5-Mar-2024", a datetime cell shown 2024-04-01 00:00:00, the text "2024-09-04 00:00:00", a serial stored as text
    ("45356"); End "ongoing" / "present"; English titles; an international doctor with a passport number (not an ID
    number → ID_MALFORMED, person id from the name); a 15-digit ID; a host hospital written in Chinese and English;
    a row whose start date is "TBC" (required value missing → quarantined)."""
    fn, sh = path.name, "Deployments"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"Binhai International Hospital — counterpart support: staff dispatched in 2024 ({SYN})"])
    ws.append([f"Reporting hospital 填报单位：{SA}"])
    ws.append([])
    ws.append(["No.", "Name", "ID No.", "Department", "Title", "Host hospital", "Start date", "End date", "Remarks"])
    w = ID["wen"]
    fifteen = w[:6] + w[8:14] + w[14:17]
    start_dt = dt.datetime(2024, 4, 1, 0, 0)
    people = [
        ("lin", "林书砚", None, "Cardiology", "Chief Physician", R1, R1, "2024.3.5", "2024.9.4", None,
         dep("Cardiology", "主任医师", "正高级", "医疗", d(2024, 3, 5), d(2024, 9, 4))),
        ("gu", "顾停云", None, "Cardiology", "Attending", R1, R1, "2024/03/05", "ongoing", None,
         dep("Cardiology", "主治医师", "中级", "医疗", d(2024, 3, 5), None)),
        (None, "James Whitfield", "Passport K7305518", "Emergency Medicine", "Attending Physician", R3, R3,
         "5-Mar-2024", "4-Sep-2024", "International staff (UK)",
         dep("Emergency Medicine", "主治医师", "中级", "医疗", d(2024, 3, 5), d(2024, 9, 4))),
        ("su", "苏映雪", None, "Orthopaedics", "Associate Chief Physician", R3,
         f"{R3} (Boling County People's Hospital)", start_dt, "present", None,
         dep("Orthopaedics", "副主任医师", "副高级", "医疗", d(2024, 4, 1), None)),
        ("wen", "温景和", fifteen, "Anaesthesiology", "Resident", R1, R1, serial(dt.date(2024, 3, 5)),
         "2024-09-04 00:00:00", None, dep("Anaesthesiology", "住院医师", "初级", "医疗", d(2024, 3, 5), d(2024, 9, 4))),
    ]
    for i, (key, name, idtext, dept, title, rec, rec_written, s, e, rem, f) in enumerate(people, 1):
        idv = use_id(key, idtext) if key else idtext
        ws.append([i, name, idv, dept, title, rec_written, s, e, rem])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        if isinstance(s, dt.datetime):
            ws.cell(r, 7).number_format = "yyyy-mm-dd hh:mm:ss"
        elif isinstance(s, str):
            ws.cell(r, 7).number_format = "@"
        row("deployments", fn, sh, r, f, {"support_hospital_id": SA, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "ID_MALFORMED")
        if idtext == fifteen:
            finding(fn, r, "ID_15_DIGIT")
    ws.append([6, "韩知微", use_id("han"), "Radiology", "Associate Chief Physician", R1, "TBC", None,
               "start date to be confirmed"])
    quarantine(fn, sh, ws.max_row, "missing_required", "start date 'TBC': the required start date is not given")
    ws.append([])
    ws.append(["Prepared by: Medical Affairs Office 医务部", None, None, None, "Date: 2025-01-08"])
    wb.save(path)


def _bilingual_roster(path: Path, version: int):
    """Bilingual headers (Name / 姓名 …), titles "Chief Physician 主任医师", positions "副院长 Vice President";
    version 2 is the corrected full list (更正): one end date and one title changed."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省滨海国际医院派驻雾川县人民医院人员名册 2024 / Staff dispatched to {R5} 2024"
               + (" （更正版 corrected）" if version == 2 else "") + f"（{SYN}）"])
    ws.append(["No. / 序号", "Name / 姓名", "ID No. / 身份证号", "Department / 科室", "Title / 职称",
               "Position / 挂职", "Host hospital / 受援医院", "Start date / 开始日期", "End date / 结束日期"])
    people = [
        ("lu", "陆清禾", "心内科", "Chief Physician 主任医师", "副院长 Vice President", "2024-03-05",
         "2024-08-31" if version == 1 else "2024-09-04",
         dep("心内科", "主任医师", "正高级", "医疗", d(2024, 3, 5), d(2024, 9, 4), position_at_recipient="副院长")),
        ("xu", "许望川", "儿科", "Resident 住院医师" if version == 1 else "Attending 主治医师", None, "2024.3.5", "至今",
         dep("儿科", "主治医师", "中级", "医疗", d(2024, 3, 5), None, position_at_recipient=None)),
        ("zhuo", "卓映秋", "护理部", "主管护师 Nurse-in-charge", "护士长 Head Nurse", "2024/03/05", "2024/09/04",
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 5), d(2024, 9, 4), position_at_recipient="护士长")),
    ]
    for i, (key, name, dept, title, pos, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, pos, R5, s, e])
        r = ws.max_row
        for c in (3, 8, 9):
            ws.cell(r, c).number_format = "@"
        if version == 2:
            row("deployments", fn, sh, r, f, {"support_hospital_id": SA, "recipient_hospital_id": R5},
                ["start_date", "department"], id_number=ID[key])
    ws.append(["Total / 合计：3"])
    wb.save(path)


def f_sa_roster_bilingual_v1(path: Path):
    """The first bilingual roster for 雾川县人民医院: every row replaced by the corrected v2 (no truth rows here)."""
    _bilingual_roster(path, 1)
    t = dt.datetime(2024, 9, 10, 9, 0).timestamp()
    os.utime(path, (t, t))


def f_sa_roster_bilingual_v2(path: Path):
    """The corrected full list (v2, 更正, same three people): the rows of v1 are replaced."""
    _bilingual_roster(path, 2)
    t = dt.datetime(2024, 10, 8, 9, 0).timestamp()
    os.utime(path, (t, t))


def f_sa_trainees_csv(path: Path):
    """CSV UTF-8 (no BOM): English headers; month-only dates "2024-03" / "2024-08" (first / last day), "2024/03/05",
    "2024.9.2", "2-Sep-2024"; End "ongoing"; fee "2,500.00"; Completed Y / Yes / N / No; a trainee without an ID."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"Binhai International Hospital — trainees hosted in 2024 ({SYN})", "", "", "", "", "", "", ""])
    w.writerow([f"Reporting hospital 填报单位：{SA}", "", "", "", "", "", "", ""])
    w.writerow(["Trainee name", "ID No.", "Sending hospital", "Department", "Start date", "End date", "Fee (CNY)",
                "Completed (Y/N)"])
    people = [("zhengan", "郑安澜", R1, "Cardiology", "2024-03", "2024-08", "3000", "Y",
               d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
              ("qiu", "邱晚晴", R3, "ICU", "2024/03/05", "2024/09/04", "0", "Yes", d(2024, 3, 5), d(2024, 9, 4), 0.0,
               True),
              ("jiangbc", "蒋北辰", R5, "Radiology", "2024.9.2", "ongoing", "2,500.00", "N", d(2024, 9, 2), None,
               2500.0, False),
              (None, "毛春和", R1, "Nursing", "2-Sep-2024", "31-Dec-2024", "", "No", d(2024, 9, 2), d(2024, 12, 31),
               None, False)]
    r = 3
    for key, name, rec, dept, s, e, fee, done, sd, ed, feev, donev in people:
        w.writerow([name, use_id(key) if key else "", rec, dept, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": SA}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_sa_techniques_xls(path: Path):
    """xls (xlwt), bilingual headers; first-performed dates "5-Mar-2024", "2024.4.12", a serial stored as text,
    month-only "2024-06"; cases "约30例" (→ empty + finding); Fills county gap Y / N / Yes / No."""
    fn, sh = path.name, "New techniques"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"Binhai International Hospital — new techniques introduced at recipient hospitals 2024 ({SYN})")
    ws.write(1, 0, f"Reporting hospital 填报单位：{SA}")
    hdr = ["No. / 序号", "Technique / 项目名称", "Department / 科室", "Recipient hospital / 受援医院",
           "First performed / 首次开展日期", "Cases / 例数", "Fills county gap (Y/N) / 填补县域空白"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    items = [("经皮冠状动脉介入治疗（PCI）", "心内科", R1, "5-Mar-2024", 12, "Y", d(2024, 3, 5), 12, True),
             ("无痛胃肠镜检查", "消化内科", R3, "2024.4.12", "约30例", "N", d(2024, 4, 12), None, False),
             ("超声引导下神经阻滞", "麻醉科", R5, serial(dt.date(2024, 4, 18)), 25, "Yes", d(2024, 4, 18), 25, True),
             ("腹腔镜胆囊切除术", "普外科", R1, "2024-06", 9, "No", d(2024, 6, 1), 9, False)]
    for i, (name, dept, rec, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        r0 = 2 + i
        for j, v in enumerate([i, name, dept, rec, when, cases, gap]):
            ws.write(r0, j, v)
        row("techniques", fn, sh, r0 + 1, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": SA}, ["name"])
        if casesv is None:
            finding(fn, r0 + 1, "UNPARSEABLE_OPTIONAL")
    wb.save(str(path))


def f_sa_activities_ods(path: Path):
    """ods: English headers; activity types in English ("Teaching rounds", "Surgical demonstration") or both
    ("Lecture 学术讲座"); dates "2024-03-12 00:00:00", "2024/04/09", "16-May-2024", "2024.6.20", a serial as text;
    participants "约20人" (→ empty + finding); a host hospital not in the pairing list (→ held, unresolved)."""
    fn, sh = path.name, "Activities 2024"
    rows = [[f"Binhai International Hospital — teaching and training activities 2024 ({SYN})"],
            [f"Reporting hospital 填报单位：{SA}"],
            ["Date", "Host hospital", "Activity type", "Topic", "Participants"]]
    acts = [("2024-03-12 00:00:00", R1, "Lecture 学术讲座", "学术讲座", "Chest pain triage", 45, 45),
            ("2024/04/09", R3, "Teaching rounds", "教学查房", "Post-operative care round", "约20人", None),
            ("16-May-2024", R5, "Surgical demonstration", "手术示教", "Laparoscopic appendectomy", 8, 8),
            ("2024.6.20", R1, "Free clinic 义诊", "义诊", "Community hypertension screening", 120, 120),
            (serial(dt.date(2024, 8, 1)), R3, "Teleconsultation 远程会诊", "远程会诊", "Difficult case: fever of unknown "
             "origin", 6, 6)]
    days = [dt.date(2024, 3, 12), dt.date(2024, 4, 9), dt.date(2024, 5, 16), dt.date(2024, 6, 20),
            dt.date(2024, 8, 1)]
    for (when, rec, typ, typv, topic, n, nv), day in zip(acts, days):
        rows.append([when, rec, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typv, topic=topic,
                                                   participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": SA}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["2024.7.3", "雾川县第二人民医院", "Lecture", "Stroke care pathway", 30])
    quarantine(fn, sh, len(rows), "unresolved_hospital", "雾川县第二人民医院 is not in the pairing list")
    rows.append(["Prepared by: Continuing Education Office 科教科"])
    ods_doc(path, {sh: rows})


def f_sa_assessments_xlsx(path: Path):
    """English headers; Month written "2024-03" and "2024/04" (month only); Spot checks / Present."""
    fn, sh = path.name, "Monthly assessment"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"Binhai International Hospital — monthly assessment of dispatched staff 2024 ({SYN})"])
    ws.append([f"Reporting hospital 填报单位：{SA}"])
    ws.append(["Name", "ID No.", "Host hospital", "Month", "Score", "Spot checks", "Present"])
    for key, name, month_text, m, sc, checks, present in (
            ("lin", "林书砚", "2024-03", 3, 95, 4, 4), ("gu", "顾停云", "2024-03", 3, 92.5, 4, 4),
            ("lin", "林书砚", "2024/04", 4, 96, 4, 4), ("gu", "顾停云", "2024/04", 4, 88, 4, 3)):
        ws.append([name, use_id(key), R1, month_text, sc, checks, present])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        ws.cell(r, 4).number_format = "@"
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=checks,
                                                          spot_checks_present=present),
            {"recipient_hospital_id": R1}, ["month"], id_number=ID[key])
    wb.save(path)


# ------------------------------------------------------------------------------------------- the other hospitals
def f_sb_roster_xlsx(path: Path):
    """望舒市中心医院: an ordinary Chinese roster with date cells, "至今", a wrong check digit, a person without an ID."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"望舒市中心医院2024年派驻受援医院人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    y = ID["yuan"]
    wrong = y[:17] + ("0" if y[17] != "0" else "1")
    people = [("fang", "方念慈", "女", None, "内科", "副主任医师", R2, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["fang"]),
              ("yuan", "袁拾遗", "男", wrong, "外科", "主治医师", R2, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
              ("ke", "柯晴川", "女", None, "妇产科", "主任医师", R4, dt.date(2024, 9, 1), "至今",
               dep("妇产科", "主任医师", "正高级", "医疗", d(2024, 9, 1), None), ID["ke"]),
              (None, "金若谷", "男", None, "儿科", "住院医师", R4, dt.date(2024, 9, 1), dt.date(2025, 2, 28),
               dep("儿科", "住院医师", "初级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), None)]
    for i, (key, name, sex, sp, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp) if key else None, dept, title, rec, s, e, None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": SB, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if key is None:
            finding(fn, r, "NAME_ONLY")
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", "4人"])
    ws.append(["制表人：医务科", None, None, None, None, None, "2025年1月6日"])
    wb.save(path)


def f_sb_activities_xls(path: Path):
    """望舒市中心医院 (.xls): date cells, the recipient per row, Chinese activity types."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"望舒市中心医院2024年对口帮扶带教培训活动登记表（{SYN}）")
    for j, h in enumerate(["序号", "活动日期", "受援单位", "活动类型", "活动主题", "参加人数"]):
        ws.write(1, j, h)
    acts = [(dt.date(2024, 3, 20), R2, "教学查房", "中风病查房", 18), (dt.date(2024, 5, 9), R4, "技术培训", "新生儿复苏培训", 32),
            (dt.date(2024, 10, 15), R4, "疑难病例讨论", "妊娠合并心脏病", 14)]
    for i, (day, rec, typ, topic, n) in enumerate(acts, 1):
        r0 = 1 + i
        ws.write(r0, 0, i)
        ws.write(r0, 1, day, date_style)
        for j, v in enumerate([rec, typ, topic, n], 2):
            ws.write(r0, j, v)
        row("activities", fn, sh, r0 + 1, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": SB}, ["activity_date", "activity_type"])
    ws.write(2 + len(acts), 0, "填表人：科教科")
    wb.save(str(path))


def f_r2_trainees_csv(path: Path):
    """岚溪县中医医院: CSV UTF-8 with BOM, a 填报单位 line, Chinese headers, 是/否."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{R2}（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    r = 2
    for key, name, dept, s, e, fee, done, sd, ed, feev, donev in (
            ("li", "黎晓岚", "心内科", "2024-03-01", "2024-08-31", "3000", "是", d(2024, 3, 1), d(2024, 8, 31), 3000.0,
             True),
            ("pang", "庞素秋", "检验科", "2024-09-01", "2025-02-28", "0", "否", d(2024, 9, 1), d(2025, 2, 28), 0.0,
             False)):
        w.writerow([name, use_id(key), dept, SB, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": R2, "host_hospital_id": SB}, ["start_date", "department"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_r4_techniques_ods(path: Path):
    """柏陵县妇幼保健院 (.ods): 例数 "约40例" (→ empty + finding), 是/否, a 支援单位 column."""
    fn, sh = path.name, "新技术"
    rows = [[f"柏陵县妇幼保健院2024年新技术新项目登记（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援单位"]]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate((
            ("宫腔镜检查术", "妇科", "2024-04-10", 15, "是", d(2024, 4, 10), 15, True),
            ("新生儿经皮胆红素监测", "儿科", "2024-05-06", "约40例", "否", d(2024, 5, 6), None, False)), 1):
        rows.append([i, name, dept, when, cases, gap, SB])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": R4, "support_hospital_id": SB}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def f_r1_monthly_csv(path: Path):
    """岚溪县人民医院: CSV in GBK, a title line, months "2024年1月" … "2024年6月"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{R1}2024年1—6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(1, 7):
        v = [14100 + 230 * m, 980 + 21 * m, 215 + 4 * m, 36 - m]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r3_monthly_xls(path: Path):
    """柏陵县人民医院 (.xls): the year in the title, months "7月" … "12月", 下转接收人次, a 合计 row."""
    fn, sh = path.name, "7-12月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{R3}2024年7—12月业务量统计（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次", "下转接收人次"]):
        ws.write(1, j, h)
    tot = [0] * 5
    for i, m in enumerate(range(7, 13)):
        v = [11800 + 150 * m, 820 + 11 * m, 170 + 3 * m, 30 - m, 2 + m % 3]
        tot = [a + b for a, b in zip(tot, v)]
        ws.write(2 + i, 0, f"{m}月")
        for j, x in enumerate(v, 1):
            ws.write(2 + i, j, x)
        row("hospital_monthly_stats", fn, sh, 3 + i,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R3}, ["month"])
    ws.write(8, 0, "合计")
    for j, x in enumerate(tot, 1):
        ws.write(8, j, x)
    wb.save(str(path))


def f_county_xlsx(path: Path):
    """The province's statistics clerk: one row per county for 2024, codes as text."""
    fn, sh = path.name, "2024"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("岚溪县", "999101", 31250, 5120), ("柏陵县", "999102", 26480, 4733),
                                   ("雾川县", "999201", 18905, 3980)):
        ws.append([county, code, 2024, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=2024, resident_admissions=tot,
                                                               resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


def f_r5_assessments_xlsx(path: Path):
    """雾川县人民医院: one sheet per month ("2024年3月", "2024年4月"), Chinese headers, the support hospital as a
    column."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    people = [("lu", "陆清禾"), ("xu", "许望川"), ("zhuo", "卓映秋")]
    for m, scores in ((3, [97, 90, 93]), (4, [96, 91.5, 94])):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"{R5}派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 2 if (key, m) == ("xu", 4) else 3
            ws.append([i, name, use_id(key), SA, sc, 3, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=present),
                {"recipient_hospital_id": R5}, ["month"], id_number=ID[key])
        ws.append(["考核人：医务科"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_sa_roster_english, "SYNTHETIC_BIH_Staff_Dispatched_2024.xlsx"),
             (f_sa_roster_bilingual_v1, "SYNTHETIC_BIH_Staff_Wuchuan_2024.xlsx"),
             (f_sa_roster_bilingual_v2, "SYNTHETIC_BIH_Staff_Wuchuan_2024_v2_更正.xlsx"),
             (f_sa_trainees_csv, "SYNTHETIC_BIH_Trainees_2024.csv"),
             (f_sa_techniques_xls, "SYNTHETIC_BIH_New_Techniques_2024.xls"),
             (f_sa_activities_ods, "SYNTHETIC_BIH_Teaching_Activities_2024.ods"),
             (f_sa_assessments_xlsx, "SYNTHETIC_BIH_Monthly_Assessment_2024.xlsx"),
             (f_sb_roster_xlsx, "SYNTHETIC_望舒市中心医院派驻人员2024.xlsx"),
             (f_sb_activities_xls, "SYNTHETIC_望舒市中心医院帮扶活动2024.xls"),
             (f_r2_trainees_csv, "SYNTHETIC_岚溪县中医医院进修人员2024.csv"),
             (f_r4_techniques_ods, "SYNTHETIC_柏陵县妇幼保健院新技术2024.ods"),
             (f_r1_monthly_csv, "SYNTHETIC_岚溪县人民医院业务量1-6月.csv"),
             (f_r3_monthly_xls, "SYNTHETIC_柏陵县人民医院业务量7-12月.xls"),
             (f_county_xlsx, "SYNTHETIC_县域住院流向2024.xlsx"),
             (f_r5_assessments_xlsx, "SYNTHETIC_雾川县人民医院派驻人员考核3-4月.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
