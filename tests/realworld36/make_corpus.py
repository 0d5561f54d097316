"""realworld36 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岚省) for 2024: the pairing list in
data/raw/reference/ and fifteen submissions in which hospital names are written as people actually mistype them:
one-character typos (青禾县人名医院, 石岭县中医医阮), a missing or extra 县/市, traditional characters
(青禾縣人民醫院), full-width brackets and spaces, "XX县医院" for the county's 人民医院, the support hospital's old
name (noted under the pairing list), a branch name (…东院区) and names with the department attached
(…人民医院内科). Two names that could mean either of two hospitals, or a hospital not in the list, are held.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,支援医院,受援医院,卫健委}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
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


S1, S2, S3 = "澄岚省人民医院", "澄岚省中医院", "岚州市人民医院"
S1_OLD = "澄岚医学院附属医院"
QH, QHTCM, SL, SLTCM = "青禾县人民医院", "青禾县中医医院", "石岭县人民医院", "石岭县中医医院"
SX, SXMCH, BC, BCTCM = "松溪县人民医院", "松溪县妇幼保健院", "柏川市人民医院", "柏川市中医医院"
RECIP = {QH: ("二级", "甲等", "综合医院", "青禾县", S1), QHTCM: ("二级", "乙等", "中医医院", "青禾县", S2),
         SL: ("二级", "甲等", "综合医院", "石岭县", S1), SLTCM: ("二级", "乙等", "中医医院", "石岭县", S2),
         SX: ("二级", "甲等", "综合医院", "松溪县", S3), SXMCH: ("二级", "乙等", "妇幼保健院", "松溪县", S3),
         BC: ("二级", "甲等", "综合医院", "柏川市", S1), BCTCM: ("二级", "甲等", "中医医院", "柏川市", S2)}

ID = {k: idn(*v) for k, v in {
    "zhou": ("990101", "19750312", "031"), "wu": ("990101", "19860521", "042"), "zhengn": ("990102", "19790909", "015"),
    "lin": ("990103", "19811130", "026"), "gu": ("990103", "19840214", "037"), "fang": ("990103", "19720618", "048"),
    "tang": ("990201", "19830704", "059"), "lu": ("990201", "19760825", "061"),
    "yang": ("990311", "19920103", "072"), "he": ("990311", "19940417", "083"),
    "song": ("990312", "19910922", "094"), "cao": ("990312", "19931015", "018"),
    "ye": ("990321", "19900606", "029"), "qian": ("990321", "19891212", "036"),
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
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def hold(file, sheet, r, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": "unresolved_hospital",
                                 "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


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


def xls_doc(path, sheets):
    wb = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        ws = wb.add_sheet(name)
        for i, vals in enumerate(rows):
            for j, v in enumerate(vals):
                if v is not None:
                    ws.write(i, j, v)
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岚省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    for i, (r, (level, grade, cat, county, s)) in enumerate(RECIP.items(), 1):
        ws.append([i, s, r, level, grade, cat, county, "2023年12月15日", None])
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": d(2023, 12, 15),
                                  "start_date_source": "title_period"})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：澄岚省人民医院原名{S1_OLD}（2022年更名）。{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 支援医院
def f_s1_roster(path: Path):
    """省人民医院 roster: 派驻单位 typed 青禾县人名医院 (typo), 石岭县医院 (县医院), 柏川市人民医院, 石岭县县人民医院
    (extra 县); a wrong check digit; a person without an ID number."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"])
    wrong = ID["wu"][:17] + ("0" if ID["wu"][17] != "0" else "1")
    people = [("zhou", "周远航", "男", None, "心血管内科", "主任医师", "青禾县人名医院", QH, (2024, 3, 1), (2024, 8, 31),
               "正高级", "医疗"),
              ("wu", "吴清和", "男", wrong, "普外科", "主治医师", "石岭县医院", SL, (2024, 3, 1), (2024, 8, 31),
               "中级", "医疗"),
              ("zhengn", "郑南星", "女", None, "麻醉科", "副主任医师", "柏川市人民医院", BC, (2024, 9, 1), (2025, 2, 28),
               "副高级", "医疗"),
              (None, "王以宁", "女", "", "护理部", "主管护师", "石岭县县人民医院", SL, (2024, 9, 1), (2025, 2, 28),
               "中级", "护理")]
    for i, (key, name, sex, sp, dept, title, written, rec, s, e, rank, cat) in enumerate(people, 1):
        idtext = "" if key is None else use_id(key, sp)
        ws.append([i, name, sex, idtext, dept, title, written, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date", "department"],
            id_number=(sp or ID[key]) if key else None)
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """省中医院 roster (xls): 受援单位 in traditional characters (青禾縣中醫醫院), a typo (石岭县中医医阮) and a
    full-width space (柏川市　中医医院); dates typed as text."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"澄岚省中医院派驻人员一览表（2024年）{SYN}"],
            ["序号", "姓名", "身份证号码", "科室", "职称", "受援单位", "开始日期", "结束日期"]]
    people = [("lin", "林素问", "针灸科", "主治中医师", "中级", "青禾縣中醫醫院", QHTCM, "2024-03-04", "2024-09-03"),
              ("gu", "顾长庚", "脾胃病科", "副主任中医师", "副高级", "石岭县中医医阮", SLTCM, "2024-03-04", "2024-09-03"),
              ("fang", "方济川", "骨伤科", "主任中医师", "正高级", "柏川市\u3000中医医院", BCTCM, "2024-06-03",
               "2024-12-02")]
    for i, (key, name, dept, title, rank, written, rec, s, e) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, written, s, e])
        row("deployments", fn, sh, len(rows), dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    rows.append(["制表：医务处"])
    xls_doc(path, {sh: rows})


def f_s3_roster_csv(path: Path):
    """岚州市人民医院 roster, CSV in GBK: 松溪人民医院 (县 missing), 松溪县妇幼保健院（松溪县妇幼保健计划生育服务中心）
    (full-width brackets, the merged institution's second name); a 15-digit ID."""
    fn = path.name
    t = ID["lu"]
    fifteen = t[:6] + t[8:14] + t[14:17]
    rows = [[f"岚州市人民医院2024年派驻人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻医院", "起始日期", "截止日期"]]
    people = [("tang", None, "唐沐阳", "儿科", "主治医师", "中级", "松溪人民医院", SX, "2024/4/1", "2024/9/30"),
              ("lu", fifteen, "陆秋言", "妇产科", "副主任医师", "副高级",
               "松溪县妇幼保健院（松溪县妇幼保健计划生育服务中心）", SXMCH, "2024/4/1", "2024/9/30")]
    for key, sp, name, dept, title, rank, written, rec, s, e in people:
        rows.append([name, use_id(key, sp), dept, title, written, s, e])
        sd = dt.datetime.strptime(s, "%Y/%m/%d").date().isoformat()
        ed = dt.datetime.strptime(e, "%Y/%m/%d").date().isoformat()
        row("deployments", fn, None, len(rows), dep(dept, title, rank, "医疗", sd, ed),
            {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, len(rows), "ID_15_DIGIT")
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_s1_activities(path: Path):
    """省人民医院 activities: 受援单位 with the department attached (青禾县人民医院内科, "石岭县人民医院 外科"),
    参加人数 "约40人"."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岚省人民医院2024年对口支援带教培训活动登记表（{SYN}）"])
    ws.append(["日期", "受援单位", "活动形式", "主题", "参加人数", "主讲人"])
    acts = [(dt.date(2024, 4, 10), "青禾县人民医院内科", QH, "教学查房", "心衰患者查房", 18, 18),
            (dt.date(2024, 5, 22), "石岭县人民医院 外科", SL, "手术示教", "腹腔镜胆囊切除", "约40人", None),
            (dt.date(2024, 10, 9), "柏川市人民医院麻醉科", BC, "学术讲座", "围术期镇痛", 52, 52)]
    for day, written, rec, typ, topic, n, nv in acts:
        ws.append([day, written, typ, topic, n, "某主任"])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_s3_activities_csv(path: Path):
    """岚州市人民医院 activities, CSV in GBK: 受援单位 "松溪县人民医院外科", "松溪县妇幼保健院产科"."""
    fn = path.name
    rows = [[f"岚州市人民医院帮扶活动（2024年）{SYN}", "", "", "", ""],
            ["活动日期", "受援单位", "活动类型", "内容", "参加人数"]]
    for day, written, rec, typ, topic, n in (("2024-05-16", "松溪县人民医院外科", SX, "疑难病例讨论", "复杂骨折", 15),
                                             ("2024-07-03", "松溪县妇幼保健院产科", SXMCH, "技术培训", "新生儿复苏", 30)):
        rows.append([day, written, typ, topic, n])
        row("activities", fn, None, len(rows), dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
    path.write_bytes(csv_bytes(rows, "gbk"))


# ------------------------------------------------------------------------------------------- 受援医院
def trainee(fn, sh, r, dept, s, e, fee, done, rec, host, key):
    row("trainees", fn, sh, r, dict(department=dept, start_date=s, end_date=e, fee_charged=fee, completed=done),
        {"recipient_hospital_id": rec, "host_hospital_id": host}, ["start_date", "department"],
        id_number=ID[key] if key else None)


def f_qh_trainees_csv(path: Path):
    """青禾县人民医院 trainees, CSV UTF-8 with BOM: 填报单位 in traditional characters (青禾縣人民醫院), host the
    support hospital's branch (澄岚省人民医院东院区); one trainee without an ID number."""
    fn = path.name
    rows = [[f"填報單位：青禾縣人民醫院（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修单位", "开始日期", "结束日期", "进修费用(元)", "是否结业"]]
    for key, name, dept, s, e, fee, done, dv in (("yang", "杨晓禾", "内科", "2024-03-01", "2024-08-31", 3000, "是", True),
                                                 (None, "何小满", "急诊科", "2024-09-01", "2024-12-31", 0, "否", False)):
        rows.append([name, use_id(key) if key else "", dept, "澄岚省人民医院东院区", s, e, fee, done])
        trainee(fn, None, len(rows), dept, s, e, float(fee), dv, QH, S1, key)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_sl_trainees_xlsx(path: Path):
    """石岭县人民医院 trainees (xlsx): 填报单位 with an extra 县 (石岭县县人民医院), host by its old name
    (澄岚医学院附属医院, noted under the pairing list)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石岭县县人民医院2024年外出进修人员登记（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "进修开始", "进修结束", "费用", "结业"])
    for i, (key, name, dept, s, e, fee, done, dv) in enumerate(
            (("song", "宋知远", "骨科", (2024, 3, 1), (2024, 8, 31), 2500, "是", True),
             ("cao", "曹映雪", "儿科", (2024, 4, 1), (2024, 9, 30), 2500, "是", True)), 1):
        ws.append([i, name, use_id(key), dept, S1_OLD, dt.date(*s), dt.date(*e), fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        trainee(fn, sh, r, dept, d(*s), d(*e), float(fee), dv, SL, S1, key)
    wb.save(path)


def f_bctcm_trainees_xls(path: Path):
    """柏川市中医医院 trainees (xls): the hospital written 柏川市中医院 in the title; host
    "澄岚省中医院（省中医）" with full-width brackets."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"柏川市中医院进修人员登记表（{SYN}）"],
            ["姓名", "身份证号", "科室", "接收医院", "进修时间起", "进修时间止", "费用（元）", "是否结业"]]
    for key, name, dept, s, e in (("ye", "叶青黛", "针灸科", "2024-05-06", "2024-11-05"),
                                  ("qian", "钱慕白", "内科", "2024-05-06", "2024-11-05")):
        rows.append([name, use_id(key), dept, "澄岚省中医院（省中医）", s, e, 0, "是"])
        trainee(fn, sh, len(rows), dept, s, e, 0.0, True, BCTCM, S2, key)
    xls_doc(path, {sh: rows})


def f_bc_techniques_ods(path: Path):
    """柏川市人民医院 techniques (.ods): the hospital written 柏川人民医院 (市 missing); 例数 "约20例"."""
    fn, sh = path.name, "新技术"
    rows = [[f"柏川人民医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, cv, gap, gv) in enumerate(
            (("无痛胃肠镜", "消化内科", "2024-04-15", "36", 36, "是", True),
             ("神经阻滞麻醉", "麻醉科", "2024-10-20", "约20例", None, "否", False)), 1):
        rows.append([i, name, dept, day, cases, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cv,
                                                   fills_county_gap=gv),
            {"recipient_hospital_id": BC, "support_hospital_id": S1}, ["name"])
        if cv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


def f_qhtcm_techniques_xlsx(path: Path):
    """青禾县中医医院 techniques (xlsx): the hospital written 青禾县中医院 in the title."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县中医院新技术新业务开展情况（2024年）{SYN}"])
    ws.append(["项目名称", "科室", "首次开展日期", "开展例数", "填补县域空白", "支援单位"])
    for name, dept, day, n, gap, gv in (("浮针疗法", "针灸科", dt.date(2024, 5, 8), 42, "是", True),
                                        ("中药熏蒸", "康复科", dt.date(2024, 7, 19), 65, "否", False)):
        ws.append([name, dept, day, n, gap, S2])
        r = ws.max_row
        ws.cell(r, 3).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=n,
                                          fills_county_gap=gv),
            {"recipient_hospital_id": QHTCM, "support_hospital_id": S2}, ["name"])
    wb.save(path)


def monthly(fn, sh, r, rec, m, v):
    row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                  surgeries=v[2], referrals_out=v[3]),
        {"recipient_hospital_id": rec}, ["month"])


def f_qh_monthly_xlsx(path: Path):
    """青禾县医院 (the county's 人民医院) 1–6月, the name in the title only."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [14100 + 180 * m, 1010 + 13 * m, 220 + 4 * m, 36 - m]
        ws.append([f"2024年{m}月", *v])
        monthly(fn, sh, ws.max_row, QH, m, v)
    wb.save(path)


def f_sxmch_monthly_xls(path: Path):
    """松溪县妇幼保健院 1–6月 (xls): 填报单位 "松溪县 妇幼保健院" with a full-width space."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"业务量月报（{SYN}）"], ["填报单位：松溪县\u3000妇幼保健院"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [5200 + 70 * m, 330 + 5 * m, 61 + m, 9 + m % 3]
        rows.append([f"{m}月", *v])
        monthly(fn, sh, len(rows), SXMCH, m, v)
    rows.insert(1, ["统计年度：2024年"])
    # the insert moved the data rows down by one: fix the truth's rows accordingly
    for e in truth["rows"]:
        if e["places"][0][0] == fn:
            e["places"][0][2] += 1
    xls_doc(path, {sh: rows})


def f_province_monthly_ods(path: Path):
    """卫健委 clerk's December summary (.ods): one row per hospital, names as clerks typed them; "柏川医院" could be
    柏川市人民医院 or 柏川市中医医院 (neither appears otherwise in the sheet) and 石岭县第二人民医院 is no hospital of
    the pairing list: both held as unresolved."""
    fn, sh = path.name, "2024年12月"
    rows = [[f"澄岚省受援医院2024年12月业务量汇总（{SYN}）"],
            ["单位名称", "统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    items = [("青禾县人名医院", QH, [16900, 1190, 270, 25]), ("青禾县中医院", QHTCM, [8800, 520, 60, 14]),
             ("石岭县医院", SL, [15300, 1130, 250, 28]), ("石岭县中医医阮", SLTCM, [7200, 470, 44, 12]),
             ("松溪人民医院", SX, [12100, 880, 190, 31]), ("（松溪县）妇幼保健院", SXMCH, [5900, 410, 80, 10]),
             ("柏川医院", None, [9900, 700, 120, 20]), ("石岭县第二人民医院", None, [4100, 260, 30, 8])]
    for written, rec, v in items:
        rows.append([written, "2024年12月", *v])
        if rec:
            monthly(fn, sh, len(rows), rec, 12, v)
        else:
            hold(fn, sh, len(rows), f"{written}: could mean either of two hospitals, or none of the pairing list")
    rows.append(["填报人：医政医管处"])
    ods_doc(path, {sh: rows})


def f_sl_assessments_xlsx(path: Path):
    """石岭县人民医院 (written 石岭县医院) assesses the dispatched staff, September and October; one person
    without an ID number."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石岭县医院派驻人员月度考核（{SYN}）"])
    ws.append(["姓名", "身份证号", "派出单位", "考核年月", "考核得分", "抽查次数", "在岗次数"])
    for key, name, m, sc, pr in (("wu", "吴清和", 9, 95, 4), (None, "王以宁", 9, 92.5, 4),
                                 ("wu", "吴清和", 10, 96, 4), (None, "王以宁", 10, 90, 3)):
        ws.append([name, use_id(key) if key else "", S1, f"2024年{m}月", sc, 4, pr])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        row("staff_monthly_assessments", fn, sh, r, dict(year=2024, month=m, score=float(sc), spot_checks=4,
                                                         spot_checks_present=pr),
            {"recipient_hospital_id": SL}, ["month"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    wb.save(path)


def f_county_csv(path: Path):
    """卫健委 county inpatient flows, CSV UTF-8 (no BOM)."""
    fn = path.name
    rows = [[f"县域住院流向（2024年）{SYN}", "", "", "", ""],
            ["县（市）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"]]
    for county, code, tot, out in (("青禾县", "999101", 31250, 5120), ("石岭县", "999102", 28410, 4830),
                                   ("松溪县", "999201", 22760, 4410), ("柏川市", "999281", 35020, 5260)):
        rows.append([county, code, 2024, tot, out])
        row("county_inpatient_stats", fn, None, len(rows), dict(county_code=code, year=2024, resident_admissions=tot,
                                                                resident_admissions_outside_county=out),
            {}, ["county_code"])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "支援医院", "受援医院", "卫健委"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岚省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "支援医院", "SYNTHETIC_澄岚省人民医院派驻人员2024.xlsx"),
             (f_s2_roster_xls, "支援医院", "SYNTHETIC_省中医院派驻人员一览.xls"),
             (f_s3_roster_csv, "支援医院", "SYNTHETIC_岚州市人民医院派驻人员.csv"),
             (f_s1_activities, "支援医院", "SYNTHETIC_澄岚省人民医院带教培训活动2024.xlsx"),
             (f_s3_activities_csv, "支援医院", "SYNTHETIC_岚州市人民医院帮扶活动.csv"),
             (f_qh_trainees_csv, "受援医院", "SYNTHETIC_青禾县人民医院进修人员.csv"),
             (f_sl_trainees_xlsx, "受援医院", "SYNTHETIC_石岭县人民医院进修登记2024.xlsx"),
             (f_bctcm_trainees_xls, "受援医院", "SYNTHETIC_柏川市中医医院进修人员.xls"),
             (f_bc_techniques_ods, "受援医院", "SYNTHETIC_柏川市人民医院新技术2024.ods"),
             (f_qhtcm_techniques_xlsx, "受援医院", "SYNTHETIC_青禾县中医医院新技术.xlsx"),
             (f_qh_monthly_xlsx, "受援医院", "SYNTHETIC_青禾县医院业务量1-6月.xlsx"),
             (f_sxmch_monthly_xls, "受援医院", "SYNTHETIC_松溪县妇幼保健院业务量1-6月.xls"),
             (f_sl_assessments_xlsx, "受援医院", "SYNTHETIC_石岭县医院派驻人员考核9-10月.xlsx"),
             (f_province_monthly_ods, "卫健委", "SYNTHETIC_受援医院12月业务量汇总.ods"),
             (f_county_csv, "卫健委", "SYNTHETIC_县域住院流向2024.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
