"""realworld98 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄渊省) for 2024 whose county offices
send, beside the programme's ordinary forms, patient-level records: a 双向转诊登记 (one row per patient), 远程会诊记录
naming each patient and 病案号, a 义诊 register with villagers' names and phone numbers, a county's inpatient flow
with a sheet of the patients treated outside the county, a monthly statistics workbook with a sheet of the patients
referred out. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,鹤汀市,青崖县,石湄县}/…, OUT/truth.json

Every hospital, county, person, ID number, 住院号, 病案号 and phone number is invented; ID numbers use region codes
starting 99 with a correct check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones).
truth.json's ``patient_data`` lists every patient's name, record number and phone number: none may reach the
database, the tool's output or any file it writes. Written without reading the tool's parser.
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


PROV, PTCM, HT = "澄渊省人民医院", "澄渊省中医院", "鹤汀市中心医院"
QY, QYTCM, SM, SMMCH = "青崖县人民医院", "青崖县中医医院", "石湄县人民医院", "石湄县妇幼保健院"
RECIP = {QY: ("二级", "甲等", "综合医院", "青崖县"), QYTCM: ("二级", "乙等", "中医医院", "青崖县"),
         SM: ("二级", "甲等", "综合医院", "石湄县"), SMMCH: ("二级", None, "妇幼保健院", "石湄县")}
COUNTY_CODE = {"青崖县": "999501", "石湄县": "999502"}

STAFF = {k: idn(*v) for k, v in {
    "lin": ("990101", "19750412", "031"), "gu": ("990101", "19830923", "042"), "su": ("990102", "19790117", "053"),
    "tang": ("990101", "19860630", "064"), "fang": ("990201", "19811108", "015"), "yan": ("990201", "19880224", "026"),
    "qiu": ("990202", "19900815", "037"), "lu": ("999502", "19920309", "048"), "mo": ("999502", "19940721", "059"),
}.items()}
# patients (all invented): name, sex, age, ID number, record number
PATIENTS = {
    "p1": ("岑雨桐", "女", 67, idn("999501", "19570203", "124"), "ZY2024003187"),
    "p2": ("牧野川", "男", 54, idn("999501", "19700518", "135"), "ZY2024004412"),
    "p3": ("檀小满", "女", 8, idn("999501", "20160911", "146"), "ZY2024005029"),
    "p4": ("郁北辰", "男", 72, idn("999501", "19520730", "157"), "ZY2024006673"),
    "t1": ("苗春晓", "女", 45, None, "BA00731946"),
    "t2": ("栾国栋", "男", 61, None, "BA00732811"),
    "t3": ("冼宜家", "女", 29, None, "BA00735102"),
    "t4": ("桂东篱", "男", 80, None, "BA00736688"),
    "v1": ("房二妹", "女", 63, None, "13907310045"),
    "v2": ("谭满仓", "男", 71, None, "13807311236"),
    "v3": ("骆翠英", "女", 58, None, "15973120087"),
    "v4": ("阚老根", "男", 76, None, "18874310562"),
    "v5": ("聂桂香", "女", 66, None, "13574318890"),
    "o1": ("甄秋禾", "女", 49, idn("999501", "19750104", "161"), "ZY2024011290"),
    "o2": ("瞿德厚", "男", 58, idn("999501", "19660322", "172"), "ZY2024012375"),
    "o3": ("宓一帆", "男", 33, idn("999501", "19910607", "183"), "ZY2024013054"),
    "s1": ("符小雅", "女", 36, idn("999502", "19880813", "194"), "ZY2024020118"),
    "s2": ("敖长青", "男", 62, idn("999502", "19621127", "205"), "ZY2024020907"),
    "m1": ("戚晚晴", "女", 27, None, "BA00910243"),
    "m2": ("芮安安", "女", 2, None, "BA00910391"),
    "d1": ("蒯宝山", "男", 69, idn("999502", "19550416", "216"), "ZY2024030561"),
    "d2": ("庞秋实", "女", 74, idn("999502", "19500912", "227"), "ZY2024030884"),
}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "patient_data": {"names": [], "record_numbers": [], "phones": []}}
spell: dict[str, set] = {}


def use_id(canonical, spelled=None):
    spell.setdefault(canonical, set())
    if spelled and spelled != canonical:
        spell[canonical].add(spelled)
    return spelled or canonical


def patient(key):
    """The patient's fields, recording each as data that must reach nothing the tool writes."""
    name, sex, age, idnum, rec = PATIENTS[key]
    pd = truth["patient_data"]
    if name not in pd["names"]:
        pd["names"].append(name)
    bucket = "phones" if key.startswith("v") else "record_numbers"
    if rec not in pd[bucket]:
        pd[bucket].append(rec)
    if idnum:
        use_id(idnum)
    return name, sex, age, idnum, rec


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int) or places is None:
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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
        w.writerow(["" if v is None else v for v in r])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄渊省城乡医院对口支援关系一览表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(PROV, QY, dt.date(2023, 12, 15)), (PTCM, QYTCM, dt.date(2023, 12, 15)),
             (HT, SM, dt.date(2023, 12, 28)), (HT, SMMCH, dt.date(2023, 12, 28))]
    for i, (s, r, ag) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, "2024年1月1日至2026年12月31日"])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (PROV, PTCM, HT):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_prov_roster(path: Path):
    """省人民医院 → 青崖县人民医院: a plain roster; one ID with a wrong check digit, one 15-digit, one person
    without an ID number (待补)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄渊省人民医院2024年派驻青崖县人民医院人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期", "备注"])
    g = STAFF["gu"]
    wrong = g[:17] + ("0" if g[17] != "0" else "1")
    s = STAFF["su"]
    fifteen = s[:6] + s[8:17]
    people = [("lin", "林疏影", STAFF["lin"], "心血管内科", "主任医师", "2024-03-01", "2024-08-31",
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), STAFF["lin"], None),
              ("gu", "顾砚秋", wrong, "呼吸内科", "主治医师", "2024-03-01", "2024-08-31",
               dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong, "ID_CHECK_DIGIT"),
              ("su", "苏望舒", fifteen, "普外科", "副主任医师", "2024-09-01", "2025-02-28",
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), STAFF["su"], "ID_15_DIGIT"),
              ("tang", "唐知微", None, "护理部", "主管护师", "2024-09-01", "2025-02-28",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 1), d(2025, 2, 28)), None, "NAME_ONLY")]
    for i, (key, name, sp, dept, title, st, en, f, tid, code) in enumerate(people, 1):
        ws.append([i, name, use_id(STAFF[key], sp) if sp else "（待补）", dept, title,
                   dt.date.fromisoformat(st), dt.date.fromisoformat(en), None])
        ws.cell(ws.max_row, 3).number_format = "@"
        ws.cell(ws.max_row, 6).number_format = "yyyy-mm-dd"
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": PROV, "recipient_hospital_id": QY},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, ws.max_row, code)
    ws.append(["填表人：医务部", None, None, None, None, "填报日期：2025年1月10日"])
    wb.save(path)


def f_county_flow_prov(path: Path):
    """省卫健委: 石湄县 2024 and 青崖县 2023 (青崖县's 2024 comes from the county itself)."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, year, tot, out in (("石湄县", 2024, 24310, 3874), ("青崖县", 2023, 31562, 5920)):
        ws.append([county, COUNTY_CODE[county], year, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=COUNTY_CODE[county], year=year, resident_admissions=tot,
                 resident_admissions_outside_county=out), {}, ["county_code", "year"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 鹤汀市
def f_ht_roster_xls(path: Path):
    """鹤汀市中心医院 → 石湄县人民医院 / 石湄县妇幼保健院, an .xls."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"鹤汀市中心医院对口支援派驻人员花名册（2024年）{SYN}")
    hdr = ["序号", "姓名", "身份证号码", "派驻科室", "职称", "受援医院", "派驻时间起", "派驻时间止"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("fang", "方既白", "骨科", "副主任医师", SM, "2024-04-01", "2024-09-30",
               dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("yan", "严若水", "儿科", "主治医师", SMMCH, "2024-04-01", "2024-12-31",
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 4, 1), d(2024, 12, 31))),
              ("qiu", "邱明澈", "检验科", "主管技师", SM, "2024-07-01", "2024-12-31",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 7, 1), d(2024, 12, 31)))]
    for i, (key, name, dept, title, rec, st, en, f) in enumerate(people, 1):
        r = i + 1
        for j, v in enumerate([i, name, use_id(STAFF[key]), dept, title, rec, st, en]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": HT, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=STAFF[key])
    wb.save(str(path))


def f_ht_activities(path: Path):
    """鹤汀市中心医院 at 石湄县人民医院: lecture, ward round ("约15人"), case discussion whose 备注 names the
    patient and her 住院号."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹤汀市中心医院帮扶石湄县人民医院带教培训活动登记（{SYN}）"])
    ws.append(["序号", "活动日期", "活动形式", "主题", "主讲/主持专家", "参加人数", "备注"])
    name, _, age, _, rec = patient("d2")
    acts = [(dt.date(2024, 4, 18), "学术讲座", "骨质疏松性骨折的规范诊治", "方既白", 42, None, 42),
            (dt.date(2024, 5, 9), "教学查房", "骨科病房教学查房", "方既白", "约15人", None, None),
            (dt.date(2024, 6, 13), "疑难病例讨论", "老年髋部骨折围手术期管理", "方既白", 11,
             f"讨论病例：{name}，{age}岁，住院号{rec}", 11)]
    for i, (day, typ, topic, who, n, note, nv) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, who, n, note])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": SM, "support_hospital_id": HT}, ["activity_date"])
        if isinstance(n, str):
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青崖县
def f_qy_referrals(path: Path):
    """青崖县人民医院 双向转诊登记: one row per patient (name, sex, age, ID number, 住院号, diagnosis, date, receiving
    hospital). Patient-level: nothing of it belongs in the programme's tables."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "上转登记"
    ws.append([f"青崖县人民医院双向转诊登记本（2024年）{SYN}"])
    ws.append(["序号", "患者姓名", "性别", "年龄", "身份证号", "住院号", "诊断", "转出日期", "转往医院"])
    for i, (key, diag, day) in enumerate((("p1", "急性心肌梗死", dt.date(2024, 3, 12)),
                                          ("p2", "主动脉夹层", dt.date(2024, 4, 2)),
                                          ("p3", "重症肺炎", dt.date(2024, 5, 21)),
                                          ("p4", "脑出血", dt.date(2024, 6, 8))), 1):
        name, sex, age, idnum, rec = patient(key)
        ws.append([i, name, sex, age, idnum, rec, diag, day, PROV])
        ws.cell(ws.max_row, 5).number_format = "@"
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
    ws.append(["登记人：医务科"])
    wb.save(path)


def f_qy_teleconsult_xls(path: Path):
    """青崖县人民医院 远程会诊记录: per consultation the date, the patient (name, 病案号), the consulting expert and
    the expert's hospital. Each row is a teleconsultation by the support hospital: an activity of type 远程会诊
    (the contract lists it), the patient fields read into nothing."""
    fn, sh = path.name, "远程会诊"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青崖县人民医院远程会诊记录（2024年）{SYN}")
    hdr = ["序号", "会诊日期", "患者姓名", "性别", "年龄", "病案号", "会诊原因", "会诊专家", "专家所在医院", "会诊方式"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    cases = [("t1", dt.date(2024, 3, 20), "甲状腺结节性质待定", "林疏影"),
             ("t2", dt.date(2024, 4, 24), "心力衰竭治疗方案", "林疏影"),
             ("t3", dt.date(2024, 6, 5), "妊娠期高血压", "顾砚秋"),
             ("t4", dt.date(2024, 7, 17), "慢阻肺急性加重", "顾砚秋")]
    for i, (key, day, why, expert) in enumerate(cases, 1):
        name, sex, age, _, rec = patient(key)
        for j, v in enumerate([i, day.strftime("%Y-%m-%d"), name, sex, age, rec, why, expert, PROV, "视频会诊"]):
            ws.write(i + 1, j, v)
        row("activities", fn, sh, i + 2, dict(activity_date=day.isoformat(), activity_type="远程会诊"),
            {"recipient_hospital_id": QY, "support_hospital_id": PROV}, ["activity_date"])
    wb.save(str(path))


def f_qytcm_yizhen_ods(path: Path):
    """澄渊省中医院's 义诊 at 青崖县中医医院 on 2024-05-18: a register of the villagers examined (name, sex, age,
    phone, village, complaint). One 义诊 activity; the villagers are no row of any table."""
    fn, sh = path.name, "义诊登记"
    rows = [[f"澄渊省中医院专家团队赴青崖县中医医院义诊登记表（{SYN}）"],
            ["义诊日期：2024年5月18日", None, None, "地点：青崖县中医医院门诊大厅"],
            ["序号", "姓名", "性别", "年龄", "联系电话", "住址", "主诉/检查", "接诊专家"]]
    for i, (key, vill, comp) in enumerate((("v1", "桃坪村", "腰腿痛"), ("v2", "石岗村", "血压偏高"),
                                           ("v3", "桃坪村", "失眠"), ("v4", "下湾村", "膝关节痛"),
                                           ("v5", "石岗村", "胃脘不适")), 1):
        name, sex, age, _, phone = patient(key)
        rows.append([i, name, sex, age, phone, vill, comp, "省中医院专家"])
    rows.append(["共计义诊群众5人。登记人：青崖县中医医院医务科"])
    ods_doc(path, {sh: rows})
    row("activities", fn, sh, None, dict(activity_date=d(2024, 5, 18), activity_type="义诊"),
        {"recipient_hospital_id": QYTCM, "support_hospital_id": PTCM}, ["activity_date"])


def f_qy_county_flow(path: Path):
    """青崖县卫健局: the county's 2024 inpatient flow (aggregate), and a second sheet listing the patients admitted
    outside the county (name, ID number, 住院号, hospital)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "县域住院流向"
    ws.append([f"青崖县2024年县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    ws.append(["青崖县", COUNTY_CODE["青崖县"], 2024, 32418, 5377])
    row("county_inpatient_stats", fn, "县域住院流向", 3,
        dict(county_code=COUNTY_CODE["青崖县"], year=2024, resident_admissions=32418,
             resident_admissions_outside_county=5377), {}, ["county_code", "year"])
    ws.append(["填报单位：青崖县卫生健康局"])
    ws2 = wb.create_sheet("县外住院患者明细")
    ws2.append([f"青崖县居民县域外住院患者明细（抽样核查）{SYN}"])
    ws2.append(["序号", "姓名", "性别", "年龄", "身份证号", "住院号", "就诊医院", "入院日期", "出院日期"])
    for i, (key, hosp, a, b) in enumerate((("o1", PROV, dt.date(2024, 2, 3), dt.date(2024, 2, 14)),
                                           ("o2", HT, dt.date(2024, 5, 10), dt.date(2024, 5, 22)),
                                           ("o3", PROV, dt.date(2024, 9, 1), dt.date(2024, 9, 6))), 1):
        name, sex, age, idnum, rec = patient(key)
        ws2.append([i, name, sex, age, idnum, rec, hosp, a, b])
        ws2.cell(ws2.max_row, 5).number_format = "@"
    wb.save(path)


def f_qy_monthly_csv(path: Path):
    """青崖县人民医院 7–12月 业务量, CSV in GBK, comment line, header in row 2."""
    fn = path.name
    rows = [[f"青崖县人民医院2024年7-12月业务统计（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    data = [(7, 15210, 1320, 288, 41, 9), (8, 15877, 1356, 301, 38, 11), (9, 14902, 1288, 279, 35, 8),
            (10, 14566, 1240, 270, 33, 12), (11, 15033, 1302, 284, 30, 10), (12, 16120, 1395, 296, 36, 13)]
    for m, op, dis, sur, out, down in data:
        rows.append([f"2024年{m}月", op, dis, sur, out, down])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=out,
                 referrals_down_received=down), {"recipient_hospital_id": QY}, ["month"])
    write_csv(path, rows, "gbk")


def f_qy_techniques_ods(path: Path):
    """青崖县人民医院 新技术新业务 (ods)."""
    fn, sh = path.name, "新技术"
    rows = [[f"青崖县人民医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术支持单位"],
            [1, "冠状动脉造影术", "心血管内科", "2024-04-16", 23, "是", PROV],
            [2, "经皮肺穿刺活检术", "呼吸内科", "2024-06-20", 9, "否", PROV]]
    ods_doc(path, {sh: rows})
    for r, name, dept, day, n, gap in ((3, "冠状动脉造影术", "心血管内科", d(2024, 4, 16), 23, True),
                                       (4, "经皮肺穿刺活检术", "呼吸内科", d(2024, 6, 20), 9, False)):
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=n,
                                          fills_county_gap=gap),
            {"recipient_hospital_id": QY, "support_hospital_id": PROV}, ["name"])


def f_qy_assessments(path: Path):
    """青崖县人民医院's monthly assessment of the two staff dispatched since March (June 2024)."""
    fn, sh = path.name, "2024年6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄渊省人民医院派驻人员月度考核表（2024年6月）{SYN}"])
    ws.append(["填报单位：青崖县人民医院"])
    ws.append(["序号", "姓名", "身份证号", "科室", "考核得分", "在岗抽查次数", "在岗次数"])
    for i, (key, name, dept, sc, chk, pres) in enumerate((("lin", "林疏影", "心血管内科", 95.5, 4, 4),
                                                         ("gu", "顾砚秋", "呼吸内科", 92, 4, 3)), 1):
        ws.append([i, name, use_id(STAFF[key]), dept, sc, chk, pres])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=6, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": QY}, ["month"], id_number=STAFF[key])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 石湄县
def f_sm_monthly_with_patients(path: Path):
    """石湄县人民医院 1–6月 业务量 (xlsx), and beside it a sheet 转出患者名单 (name, ID number, 住院号, 转往医院)."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石湄县人民医院2024年1-6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次", "下转接收人次"])
    data = [(1, 9820, 812, 150, 22, 3, 6), (2, 8774, 730, 132, 19, 2, 5), (3, 10215, 866, 161, 24, 4, 7),
            (4, 10532, 871, 166, 21, 3, 8), (5, 10890, 902, 172, 20, 5, 9), (6, 10377, 884, 169, 18, 4, 7)]
    for m, op, dis, sur, out, up, down in data:
        ws.append([f"{m}月", op, dis, sur, out, up, down])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=out,
                 referrals_up_received=up, referrals_down_received=down), {"recipient_hospital_id": SM}, ["month"])
    ws.append(["合计", sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data),
               sum(x[4] for x in data), sum(x[5] for x in data), sum(x[6] for x in data)])
    ws2 = wb.create_sheet("转出患者名单")
    ws2.append([f"石湄县人民医院转出患者名单（{SYN}）"])
    ws2.append(["序号", "患者姓名", "性别", "年龄", "身份证号", "住院号", "转出诊断", "转出日期", "转往医院"])
    for i, (key, diag, day) in enumerate((("s1", "前置胎盘", dt.date(2024, 2, 17)),
                                          ("s2", "食管癌", dt.date(2024, 5, 3))), 1):
        name, sex, age, idnum, rec = patient(key)
        ws2.append([i, name, sex, age, idnum, rec, diag, day, HT])
        ws2.cell(ws2.max_row, 5).number_format = "@"
    wb.save(path)


def f_sm_trainees_csv(path: Path):
    """石湄县人民医院's trainees at 鹤汀市中心医院, CSV UTF-8 with BOM; a fee "约3000元" (→ empty + finding)."""
    fn = path.name
    rows = [[f"石湄县人民医院2024年赴鹤汀市中心医院进修人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修开始日期", "进修结束日期", "进修费用（元）", "是否结业"]]
    for key, name, dept, st, en, fee, done, feev, donev in (
            ("lu", "陆听澜", "骨科", "2024-03-01", "2024-08-31", "3000", "是", 3000.0, True),
            ("mo", "莫问渠", "麻醉科", "2024-09-01", "2025-02-28", "约3000元", "否", None, False)):
        rows.append([name, use_id(STAFF[key]), dept, st, en, fee, done])
        row("trainees", fn, None, len(rows), dict(department=dept, start_date=st, end_date=en, fee_charged=feev,
                                                   completed=donev),
            {"recipient_hospital_id": SM, "host_hospital_id": HT}, ["start_date"], id_number=STAFF[key])
        if feev is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    write_csv(path, rows, "utf-8", bom=True)


def f_smmch_teleconsult_csv(path: Path):
    """石湄县妇幼保健院 远程会诊登记, CSV in GBK: 会诊时间, 患者 (name, 病案号), 会诊专家 with the hospital."""
    fn = path.name
    rows = [[f"石湄县妇幼保健院远程会诊登记（{SYN}）", "", "", "", "", ""],
            ["会诊时间", "患者姓名", "病案号", "会诊科室", "会诊专家", "支援医院"]]
    for key, day, dept in (("m1", dt.date(2024, 5, 15), "产科"), ("m2", dt.date(2024, 8, 28), "儿科")):
        name, _, _, _, rec = patient(key)
        rows.append([day.strftime("%Y年%-m月%-d日"), name, rec, dept, "严若水", HT])
        row("activities", fn, None, len(rows), dict(activity_date=day.isoformat(), activity_type="远程会诊"),
            {"recipient_hospital_id": SMMCH, "support_hospital_id": HT}, ["activity_date"])
    write_csv(path, rows, "gbk")


def f_sm_down_referrals_csv(path: Path):
    """石湄县人民医院's register of patients referred down to it (下转接收登记), CSV UTF-8: patient-level, nothing
    curated."""
    rows = [[f"石湄县人民医院下转患者接收登记（{SYN}）", "", "", "", "", "", ""],
            ["接收日期", "患者姓名", "性别", "身份证号", "原住院号", "转出医院", "诊断"]]
    for key, day, diag in (("d1", "2024-06-11", "脑梗死恢复期"), ("d2", "2024-07-02", "股骨颈骨折术后")):
        name, sex, _, idnum, rec = patient(key)
        rows.append([day, name, sex, idnum, rec, HT, diag])
    write_csv(path, rows, "utf-8")


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "鹤汀市", "青崖县", "石湄县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄渊省对口支援关系一览表（2024—2026年）.xlsx")
    truth["pairing_file"] = "SYNTHETIC_附件1_澄渊省对口支援关系一览表（2024—2026年）.xlsx"
    files = [(f_prov_roster, "省直", "SYNTHETIC_省人民医院派驻青崖县人民医院人员名册2024.xlsx"),
             (f_county_flow_prov, "省直", "SYNTHETIC_县域住院流向统计.xlsx"),
             (f_ht_roster_xls, "鹤汀市", "SYNTHETIC_鹤汀市中心医院派驻人员花名册2024.xls"),
             (f_ht_activities, "鹤汀市", "SYNTHETIC_鹤汀市中心医院帮扶石湄县人民医院活动登记.xlsx"),
             (f_qy_referrals, "青崖县", "SYNTHETIC_青崖县人民医院双向转诊登记2024.xlsx"),
             (f_qy_teleconsult_xls, "青崖县", "SYNTHETIC_青崖县人民医院远程会诊记录2024.xls"),
             (f_qytcm_yizhen_ods, "青崖县", "SYNTHETIC_青崖县中医医院义诊登记20240518.ods"),
             (f_qy_county_flow, "青崖县", "SYNTHETIC_青崖县2024年县域住院流向.xlsx"),
             (f_qy_monthly_csv, "青崖县", "SYNTHETIC_青崖县人民医院7-12月业务量.csv"),
             (f_qy_techniques_ods, "青崖县", "SYNTHETIC_青崖县人民医院新技术新业务2024.ods"),
             (f_qy_assessments, "青崖县", "SYNTHETIC_青崖县人民医院派驻人员考核2024年6月.xlsx"),
             (f_sm_monthly_with_patients, "石湄县", "SYNTHETIC_石湄县人民医院1-6月业务量.xlsx"),
             (f_sm_trainees_csv, "石湄县", "SYNTHETIC_石湄县人民医院进修人员2024.csv"),
             (f_smmch_teleconsult_csv, "石湄县", "SYNTHETIC_石湄县妇幼保健院远程会诊登记2024.csv"),
             (f_sm_down_referrals_csv, "石湄县", "SYNTHETIC_石湄县人民医院下转接收登记2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
