"""realworld51 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) for 2024: the pairing list in
data/raw/reference/ and thirteen submissions, most of them activity and technique ledgers written the way medical-affairs
offices (医务部 / 医务科) keep them. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,岚州市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the one wrong check digit is a spelling of a valid number, listed in truth.json). Written without
reading the tool's parser.
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


S1, S2, S3 = "霁川省人民医院", "霁川省中医院", "岚州市中心医院"
QH, SL, QHTCM, BX, SLMCH = "青禾县人民医院", "石岭县人民医院", "青禾县中医医院", "柏溪县人民医院", "石岭县妇幼保健院"
RECIP = {QH: ("二级", "甲等", "综合医院", "青禾县"), SL: ("二级", "甲等", "综合医院", "石岭县"),
         QHTCM: ("二级", "乙等", "中医医院", "青禾县"), BX: ("二级", "乙等", "综合医院", "柏溪县"),
         SLMCH: ("二级", "甲等", "妇幼保健院", "石岭县")}
PAIRS = [(S1, QH, dt.date(2023, 12, 15)), (S1, SL, dt.date(2023, 12, 15)), (S2, QHTCM, dt.date(2023, 12, 22)),
         (S3, BX, dt.date(2024, 1, 8)), (S3, SLMCH, dt.date(2024, 1, 8))]

ID = {k: idn(*v) for k, v in {
    "lu": ("991101", "19730412", "035"), "fang": ("991101", "19810925", "046"), "tang": ("991102", "19850317", "027"),
    "gu": ("992101", "19840608", "013"), "mo": ("992101", "19790130", "054"),
    "yan": ("992202", "19930721", "068"), "su": ("992202", "19961104", "022"),
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


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def act(file, sheet, r, day, typ, n, recipient, support):
    row("activities", file, sheet, r, dict(activity_date=day, activity_type=typ, participants=n),
        {"recipient_hospital_id": recipient, "support_hospital_id": support}, ["activity_date", "activity_type"])


def tech(file, sheet, r, name, dept, day, cases, gap, recipient, support):
    row("techniques", file, sheet, r, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                           fills_county_gap=gap),
        {"recipient_hospital_id": recipient, "support_hospital_id": support}, ["name", "first_performed_date"])


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 医院等级 in one cell ("二级甲等"), 支援医院, 协议签订日期 as dates, 支援期限 as a range."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁川省城乡医院对口支援关系表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "医院等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + grade, cat, county, s, ag, "2024年1月1日—2026年12月31日"])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_activity_ledger(path: Path):
    """省人民医院医务部's ledger: 活动日期 and 时间 (14:00-16:00) in two columns; one row for two recipients
    ("青禾县人民医院、石岭县人民医院": one event each recipient took part in → two activities, 参加人数 blank); a
    lecture series with the date range in one cell and 每周三下午 in the time column (共4讲: four lectures, the four
    Wednesdays); a teaching ward round with "医护人员20余人" (→ empty + finding); a 义诊 with 受益群众215人."""
    fn, sh = path.name, "活动台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援帮扶活动台账（医务部）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "活动日期", "时间", "受援单位", "活动形式", "活动内容", "主讲/带教专家", "参加人数", "备注"])
    entries = [
        (dt.date(2024, 3, 6), "14:00-16:00", QH, "学术讲座", "急性胸痛的规范化诊治", "陆明川", 45,
         [(QH, d(2024, 3, 6), 45)]),
        (dt.date(2024, 3, 14), "09:00-11:30", f"{QH}、{SL}", "技术培训", "心电图判读培训（两院同步视频）", "方知秋", None,
         [(QH, d(2024, 3, 14), None), (SL, d(2024, 3, 14), None)]),
        ("2024年4月3日—4月24日", "每周三下午15:00-17:00", SL, "学术讲座", "重症医学系列讲座（共4讲）", "唐言之", None,
         [(SL, d(2024, 4, 3 + 7 * k), None) for k in range(4)]),
        (dt.date(2024, 5, 15), "10:00-11:30", SL, "教学查房", "慢性心衰患者教学查房", "陆明川", "医护人员20余人",
         [(SL, d(2024, 5, 15), None)]),
        (dt.date(2024, 5, 15), "15:00-17:00", SL, "疑难病例讨论", "不明原因发热病例讨论", "方知秋", 12,
         [(SL, d(2024, 5, 15), 12)]),
        (dt.date(2024, 6, 22), "08:30-12:00", SL, "义诊", "“健康下基层”大型义诊（城关镇广场）", "陆明川等8人",
         "受益群众215人", [(SL, d(2024, 6, 22), 215)]),
    ]
    for i, (day, tod, rec, typ, topic, who, n, out) in enumerate(entries, 1):
        ws.append([i, day, tod, rec, typ, topic, who, n, None])
        r = ws.max_row
        if isinstance(day, dt.date):
            ws.cell(r, 2).number_format = "yyyy/m/d"
        places = [r]
        for recipient, day_iso, nv in out:
            act(fn, sh, places[0], day_iso, typ, nv, recipient, S1)
        if n == "医护人员20余人":
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["合计", None, None, None, None, "共6条记录"])
    ws.append(["填表人：医务部 对口支援办公室", None, None, None, None, None, "填报日期：2025年1月8日"])
    wb.save(path)


def f_s1_teleconsult_csv(path: Path):
    """省人民医院远程医学中心: CSV in GBK; 会诊形式 "远程视频会诊"; 会诊患者数 beside 参加人数 (patients are not
    participants); two consultations for one recipient on one day."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"霁川省人民医院远程会诊登记表（2024年）{SYN}", "", "", "", "", "", "", ""])
    w.writerow(["会诊日期", "会诊时间", "申请单位", "会诊形式", "会诊科室", "会诊专家", "会诊患者数（例）", "参加人数"])
    items = [("2024-03-20", "10:00-10:40", QH, "神经内科", "唐言之", 2, 6),
             ("2024-03-20", "15:30-16:10", QH, "呼吸内科", "方知秋", 1, 4),
             ("2024-07-09", "09:00-10:00", SL, "肿瘤科", "陆明川", 3, 8)]
    r = 2
    for day, tod, rec, dept, who, pts, n in items:
        w.writerow([day, tod, rec, "远程视频会诊", dept, who, pts, n])
        r += 1
        act(fn, None, r, day, "远程会诊", n, rec, S1)
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_s1_techniques_xls(path: Path):
    """省人民医院's technique-promotion list (xls): long names with brackets and English abbreviations (PCI, ERCP,
    TACE); PCI introduced in two recipients on different dates; 是否填补县域空白 是 / 填补 / 未填补 / 否; dates typed
    "2024.03.12", a date cell, "2024年9月" (month only: the 1st)."""
    fn, sh = path.name, "新技术推广"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁川省人民医院2024年向受援医院推广新技术新项目情况表（{SYN}）")
    hdr = ["序号", "项目名称", "受援医院", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    items = [("经皮冠状动脉介入治疗术（PCI）", QH, "心血管内科", "2024.03.12", d(2024, 3, 12), 8, "是", True),
             ("经皮冠状动脉介入治疗术（PCI）", SL, "心血管内科", dt.date(2024, 6, 18), d(2024, 6, 18), 5, "填补", True),
             ("内镜逆行胰胆管造影术（ERCP）胆总管结石取石术", SL, "消化内科", dt.date(2024, 8, 7), d(2024, 8, 7), 3, "未填补",
              False),
             ("肝动脉化疗栓塞术（TACE）在中晚期原发性肝癌中的应用", QH, "介入科", "2024年9月", d(2024, 9, 1), 6, "否", False)]
    for i, (name, rec, dept, when, day, cases, gap, gapv) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, rec, dept, when, cases, gap]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, date_style)
            else:
                ws.write(r, j, v)
        tech(fn, sh, r + 1, name, dept, day, cases, gapv, rec, S1)
    ws.write(2 + len(items), 0, "填表：医务部   审核：分管院长")
    wb.save(str(path))


def f_s1_roster(path: Path):
    """省人民医院 roster: 派驻单位 column, 派驻时间 "2024.3.1-2024.8.31", one ID with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年派驻受援医院人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "派驻时间"])
    wrong = ID["tang"][:17] + ("0" if ID["tang"][17] != "0" else "1")
    people = [("lu", "陆明川", None, "心血管内科", "主任医师", QH, "2024.3.1-2024.8.31", "正高级", d(2024, 3, 1),
               d(2024, 8, 31), ID["lu"]),
              ("fang", "方知秋", None, "呼吸与危重症医学科", "副主任医师", SL, "2024.3.1-2024.8.31", "副高级",
               d(2024, 3, 1), d(2024, 8, 31), ID["fang"]),
              ("tang", "唐言之", wrong, "重症医学科", "主治医师", SL, "2024.4.1-2024.9.30", "中级", d(2024, 4, 1),
               d(2024, 9, 30), wrong)]
    for i, (key, name, sp, dept, title, rec, period, rank, sd, ed, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, rec, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", fn, sh, ws.max_row, dict(department=dept, title=title, title_rank=rank,
                                                     staff_category="医疗", start_date=sd, end_date=ed),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=tid)
        if sp:
            finding(fn, ws.max_row, "ID_CHECK_DIGIT")
    wb.save(path)


def f_s2_activities_ods(path: Path):
    """省中医院: the recipient only in the title; a 时间 column "09:00-12:00"; one date cell holding the time too
    ("2024年5月9日 14:30-16:30")."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"霁川省中医院帮扶青禾县中医医院活动记录（{SYN}）"],
            ["日期", "时间", "活动类型", "内容", "授课专家", "参会人数"],
            [dt.date(2024, 4, 18), "09:00-12:00", "手术示教", "针刀松解术示教", "顾清和", 10],
            ["2024年5月9日 14:30-16:30", None, "学术讲座", "中医体质辨识与调护", "莫怀远", 52],
            [dt.date(2024, 6, 11), "16:00-17:30", "死亡病例讨论", "重症肺炎死亡病例讨论", "顾清和", 9],
            ["记录人：医务科"]]
    for r, (day, typ, n) in ((3, (d(2024, 4, 18), "手术示教", 10)), (4, (d(2024, 5, 9), "学术讲座", 52)),
                             (5, (d(2024, 6, 11), "死亡病例讨论", 9))):
        act(fn, sh, r, day, typ, n, QHTCM, S2)
    ods_doc(path, {sh: rows})


def f_qhtcm_techniques_xlsx(path: Path):
    """青禾县中医医院's own list: 引进时间, 开展例数 "12例", 指导医院 column, 是否填补县域空白 是/否."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县中医医院2024年新技术新业务登记表（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "引进时间", "开展例数", "是否填补县域空白", "指导医院"])
    items = [("中药熏蒸治疗（膝骨关节炎）", "康复科", dt.date(2024, 5, 20), 30, 30, "否", False),
             ("穴位埋线治疗单纯性肥胖", "针灸科", dt.date(2024, 7, 2), "12例", 12, "是", True)]
    for i, (name, dept, day, cases, casesv, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, S2])
        ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        tech(fn, sh, ws.max_row, name, dept, day.isoformat(), casesv, gapv, QHTCM, S2)
    wb.save(path)


def f_county_csv(path: Path):
    """省卫健委 clerk: county inpatient flow, CSV UTF-8 with BOM."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2024年各县县域住院流向（{SYN}）", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    r = 2
    for county, code, tot, out in (("青禾县", "999101", 41230, 6820), ("石岭县", "999102", 33415, 5904),
                                   ("柏溪县", "999201", 25780, 4411)):
        w.writerow([county, code, tot, out])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=tot,
                                                         resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- 岚州市
def f_s3_activities_xlsx(path: Path):
    """岚州市中心医院: one sheet per recipient (sheet named after it), dates typed "2024.4.10"; two activities of
    different types on one day; 义诊 "受益群众120余人" (→ empty + finding); a 远程会诊 with "2例" in its topic."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = BX
    sheets = {BX: [("2024.4.10", "教学查房", "糖尿病酮症酸中毒教学查房", "25", d(2024, 4, 10), 25),
                   ("2024.4.10", "学术讲座", "糖尿病足的分级诊疗", "40", d(2024, 4, 10), 40),
                   ("2024.9.5", "义诊", "重阳节前送医下乡义诊", "受益群众120余人", d(2024, 9, 5), None)],
              SLMCH: [("2024.5.28", "技术培训", "新生儿复苏技术培训", "36", d(2024, 5, 28), 36),
                      ("2024.10.16", "远程会诊", "高危妊娠远程会诊2例", "5", d(2024, 10, 16), 5)]}
    for k, (name, items) in enumerate(sheets.items()):
        s = ws if k == 0 else wb.create_sheet(name)
        s.append([f"岚州市中心医院对口帮扶{name}工作台账（{SYN}）"])
        s.append(["时间", "形式", "主题", "专家", "参加人员"])
        for when, typ, topic, n, day, nv in items:
            s.append([when, typ, topic, "顾医生", n])
            act(fn, name, s.max_row, day, typ, nv, name, S3)
            if nv is None:
                finding(fn, s.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_s3_techniques_csv(path: Path):
    """岚州市中心医院: technique list as CSV UTF-8 (no BOM), dates "2024/4/22", 县域空白 是/填补/未填补, one 例数 blank."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"岚州市中心医院2024年帮扶新技术项目（{SYN}）", "", "", "", "", ""])
    w.writerow(["项目名称", "受援单位", "科室", "开展日期", "例数", "县域空白"])
    items = [("无痛胃肠镜诊疗技术", BX, "消化内科", "2024/4/22", "46", "是", d(2024, 4, 22), 46, True),
             ("宫腔镜检查及治疗术（TCRP）", SLMCH, "妇科", "2024/6/3", "17", "填补", d(2024, 6, 3), 17, True),
             ("新生儿经皮胆红素监测", SLMCH, "新生儿科", "2024/7/15", "", "未填补", d(2024, 7, 15), None, False)]
    r = 2
    for name, rec, dept, when, cases, gap, day, casesv, gapv in items:
        w.writerow([name, rec, dept, when, cases, gap])
        r += 1
        tech(fn, None, r, name, dept, day, casesv, gapv, rec, S3)
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_bx_roster_xlsx(path: Path):
    """柏溪县人民医院 (receiving side): 派出单位 column, 派驻起止时间 "2024.3.1-2024.8.31", one nurse without ID."""
    fn, sh = path.name, "名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柏溪县人民医院2024年接收对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号", "派出单位", "科室", "职称", "派驻起止时间"])
    people = [("gu", "顾清和", "男", "内分泌科", "副主任医师", "副高级", "医疗", "2024.3.1-2024.8.31", d(2024, 3, 1),
               d(2024, 8, 31)),
              ("mo", "莫怀远", "男", "普外科", "主治医师", "中级", "医疗", "2024.3.1-2024.8.31", d(2024, 3, 1),
               d(2024, 8, 31)),
              (None, "温若溪", "女", "护理部", "主管护师", "中级", "护理", "2024.5.6-2024.11.5", d(2024, 5, 6),
               d(2024, 11, 5))]
    for i, (key, name, sex, dept, title, rank, cat, period, sd, ed) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key) if key else None, S3, dept, title, period])
        ws.cell(ws.max_row, 4).number_format = "@"
        row("deployments", fn, sh, ws.max_row, dict(department=dept, title=title, title_rank=rank,
                                                     staff_category=cat, start_date=sd, end_date=ed),
            {"support_hospital_id": S3, "recipient_hospital_id": BX}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, ws.max_row, "NAME_ONLY")
    wb.save(path)


def f_slmch_trainees_xls(path: Path):
    """石岭县妇幼保健院 trainees (xls): 进修起止时间 in one cell "2024年3月1日至2024年8月31日", 费用（元）, 是否结业."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石岭县妇幼保健院2024年外出进修人员情况（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "进修科室", "进修单位", "进修起止时间", "费用（元）", "是否结业"]):
        ws.write(1, j, h)
    people = [("yan", "严晓禾", "产科", "2024年3月1日至2024年8月31日", 3000, "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("su", "苏映雪", "新生儿科", "2024年9月1日至2025年2月28日", 0, "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    for i, (key, name, dept, period, fee, done, sd, ed, donev) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, S3, period, fee, done]):
            ws.write(1 + i, j, v)
        row("trainees", fn, sh, 2 + i, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                             completed=donev),
            {"recipient_hospital_id": SLMCH, "host_hospital_id": S3}, ["start_date", "department"], id_number=ID[key])
    wb.save(str(path))


def f_bx_monthly_ods(path: Path):
    """柏溪县人民医院 monthly workload (ods), months "1月" … "6月", the year in the title."""
    fn, sh = path.name, "业务量"
    rows = [[f"柏溪县人民医院2024年1—6月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [9800 + 150 * m, 640 + 11 * m, 140 + 3 * m, 30 - m]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": BX}, ["month"])
    rows.append(["填报人：统计室"])
    ods_doc(path, {sh: rows})


def f_bx_assessment_csv(path: Path):
    """柏溪县人民医院 monthly assessment of dispatched staff, June 2024 (month in the title), CSV in GBK."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"柏溪县人民医院派驻人员月度考核表（2024年6月）{SYN}", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
    r = 2
    for key, name, sc, chk, pres in (("gu", "顾清和", 95, 4, 4), ("mo", "莫怀远", 88.5, 4, 3)):
        w.writerow([name, use_id(key), S3, sc, chk, pres])
        r += 1
        row("staff_monthly_assessments", fn, None, r, dict(year=2024, month=6, score=float(sc), spot_checks=chk,
                                                            spot_checks_present=pres),
            {"recipient_hospital_id": BX}, ["month"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "岚州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系表.xlsx")
    files = [(f_s1_activity_ledger, "省直", "SYNTHETIC_省人民医院2024年对口支援活动台账.xlsx"),
             (f_s1_teleconsult_csv, "省直", "SYNTHETIC_省人民医院远程会诊登记2024.csv"),
             (f_s1_techniques_xls, "省直", "SYNTHETIC_省人民医院新技术新项目推广情况2024.xls"),
             (f_s1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册2024.xlsx"),
             (f_s2_activities_ods, "省直", "SYNTHETIC_省中医院帮扶青禾县中医医院活动记录.ods"),
             (f_qhtcm_techniques_xlsx, "省直", "SYNTHETIC_青禾县中医医院新技术新业务登记表2024.xlsx"),
             (f_county_csv, "省直", "SYNTHETIC_各县县域住院流向2024.csv"),
             (f_s3_activities_xlsx, "岚州市", "SYNTHETIC_岚州市中心医院帮扶工作台账2024.xlsx"),
             (f_s3_techniques_csv, "岚州市", "SYNTHETIC_岚州市中心医院新技术推广2024.csv"),
             (f_bx_roster_xlsx, "岚州市", "SYNTHETIC_柏溪县人民医院接收派驻人员名册2024.xlsx"),
             (f_slmch_trainees_xls, "岚州市", "SYNTHETIC_石岭县妇幼保健院进修人员2024.xls"),
             (f_bx_monthly_ods, "岚州市", "SYNTHETIC_柏溪县人民医院业务量1-6月.ods"),
             (f_bx_assessment_csv, "岚州市", "SYNTHETIC_柏溪县人民医院派驻人员考核2024年6月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
