"""realworld153 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅澄省) for 2024, activities exported
from information systems: a telemedicine platform's consultation log (two exports: an xlsx for the second quarter,
a UTF-8-BOM CSV for the third, overlapping by one consultation), a 继续教育 system's 教学查房 sign-in detail (one row
per attendee), a 义诊 register (one row per event, 服务人次), an activity sheet whose dates are Excel serial numbers
stored as text, mixed with ordinary provincial forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,平台导出,活动登记,常规报表}/…, OUT/truth.json

Every hospital, county, person, patient and ID number is invented; ID numbers use region codes starting 99 with a
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

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, C1 = "琅澄省人民医院", "澄州市第一人民医院"
QW, SX, YT = "青梧县人民医院", "石溪县人民医院", "云桐县中医医院"
RECIP = {QW: ("二级甲等", "二级", "甲等", "综合医院", "青梧县"), SX: ("二级乙等", "二级", "乙等", "综合医院", "石溪县"),
         YT: ("二级甲等", "二级", "甲等", "中医医院", "云桐县")}
TELE_ANY = {"one_of": ["远程会诊", "其他"]}   # 远程影像诊断 / 远程心电: see README, judgement calls

ID = {k: idn(*v) for k, v in {
    "xu": ("990101", "19760312", "031"), "lin": ("990101", "19850706", "042"), "su": ("990102", "19800919", "015"),
    "gu": ("990101", "19890224", "026"), "tang": ("990301", "19920817", "053"), "mo": ("990301", "19940505", "064"),
}.items()}

# invented patients: their names and 住院号 must never be stored anywhere
PATIENTS = ["柳三水", "桑满仓", "尤喜梅", "郝春生", "甄木兰", "庞四海", "戚秋菊", "祁大川", "阮小禾", "卜金凤",
            "褚玉堂", "房杏儿", "骆长庚", "屠小芳"]
PATIENT_NOS = [f"ZY2024{n:06d}" for n in (4417, 4420, 4473, 5108, 5123, 5196, 6012, 6077, 7001, 7043, 8125, 8179,
                                                   9002, 9066)]

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "private_values": PATIENTS + PATIENT_NOS}


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    if places and isinstance(places[0], int):
        places = [[file, sheet, r] for r in places]
    truth["rows"].append({"table": table, "places": places, "fields": fields, "hospitals": hospitals, "keys": keys,
                          "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 等级 as one cell (二级甲等), 所在县, 支援医院, 协议签订日期 as date cells, 支援期限 filled for one
    pairing ("2024.3.1-2027.2.28"), blank for the others (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅澄省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(P1, QW, dt.date(2023, 12, 15), None), (P1, SX, dt.date(2023, 12, 15), "2024.3.1-2027.2.28"),
             (C1, YT, dt.date(2024, 1, 10), None)]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        lg, level, grade, cat, county = RECIP[r]
        ws.append([i, r, lg, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for s in (P1, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 平台导出
TELE_HDR = ["序号", "会诊单号", "申请医院", "申请科室", "会诊医院", "会诊专家", "会诊类型", "患者姓名", "住院号",
            "申请时间", "会诊时间", "状态"]


def tele_q2(path: Path):
    """The platform's export for 2024-04-01—06-30 by 申请时间: datetimes with seconds, 已完成 / 已取消 / 待会诊,
    two consultations of one hospital on one day, a consultation applied for before midnight and held the next
    day, one from a hospital in no pairing, one applied for on 06-30 and held on 07-01 (exported again in Q3)."""
    fn, sh = path.name, "会诊记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"远程医疗服务平台 会诊记录导出（申请时间 2024-04-01 至 2024-06-30）{SYN}"])
    ws.append(TELE_HDR)
    T = dt.datetime
    recs = [  # no, recipient, dept, expert, type, apply, held, status, truth
        ("HZ202404030007", QW, "心内科", "严知秋", "远程会诊", T(2024, 4, 3, 9, 12, 45), T(2024, 4, 3, 15, 30, 12),
         "已完成", ("a", d(2024, 4, 3), "远程会诊")),
        ("HZ202404030011", QW, "呼吸内科", "伍承泽", "远程会诊", T(2024, 4, 3, 10, 2, 7), T(2024, 4, 3, 16, 5, 40),
         "已完成", ("a", d(2024, 4, 3), "远程会诊")),
        ("YX202404100003", SX, "放射科", "柯慕白", "远程影像诊断", T(2024, 4, 10, 8, 40, 21),
         T(2024, 4, 10, 11, 18, 9), "已完成", ("a", d(2024, 4, 10), TELE_ANY)),
        ("HZ202404220015", QW, "神经内科", "严知秋", "远程会诊", T(2024, 4, 22, 14, 0, 3), None, "已取消", None),
        ("XD202405200021", SX, "急诊科", "邢远舟", "远程心电", T(2024, 5, 20, 23, 58, 10), T(2024, 5, 21, 0, 20, 3),
         "已完成", ("a", d(2024, 5, 21), TELE_ANY)),
        ("HZ202406050009", "石溪县中医院", "骨伤科", "柯慕白", "远程会诊", T(2024, 6, 5, 9, 30, 0),
         T(2024, 6, 5, 14, 45, 30), "已完成", ("q",)),
        ("HZ202406270004", SX, "普外科", "伍承泽", "远程会诊", T(2024, 6, 27, 15, 11, 52), None, "待会诊", None),
        ("HZ202406300018", QW, "肾内科", "邢远舟", "远程会诊", T(2024, 6, 30, 22, 10, 36), T(2024, 7, 1, 8, 45, 17),
         "已完成", ("a", d(2024, 7, 1), "远程会诊")),
    ]
    overlap = None
    for i, (no, rec, dept, who, typ, ap, held, st, tr) in enumerate(recs, 1):
        ws.append([i, no, rec, dept, P1, who, typ, PATIENTS[i - 1], PATIENT_NOS[i - 1], ap, held, st])
        r = ws.max_row
        for c in (10, 11):
            ws.cell(r, c).number_format = "yyyy-mm-dd hh:mm:ss"
        if tr and tr[0] == "a":
            places = [[fn, sh, r]]
            if no == "HZ202406300018":
                overlap = places       # completed by the Q3 export's row (see tele_q3)
            row("activities", fn, sh, places, dict(activity_date=tr[1], activity_type=tr[2], participants=None),
                {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date"])
        elif tr:
            quarantine(fn, sh, r, "unresolved_hospital", "申请医院 石溪县中医院 is in no pairing list")
    ws.append([f"共 {len(recs)} 条记录"])
    wb.save(path)
    return overlap


def tele_q3(path: Path, overlap):
    """The third quarter's export, as CSV (UTF-8 with BOM) by 会诊时间 this time, so HZ202406300018 (held 07-01) is
    in it again; times as text with seconds; a cancelled and a pending row; 远程心电 and 远程影像诊断."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"远程医疗服务平台 会诊记录导出（会诊时间 2024-07-01 至 2024-09-30）{SYN}"] + [""] * 11)
    w.writerow(TELE_HDR)
    recs = [
        ("HZ202406300018", QW, "肾内科", "邢远舟", "远程会诊", "2024-06-30 22:10:36", "2024-07-01 08:45:17", "已完成",
         "dup"),
        ("HZ202407020006", QW, "心内科", "严知秋", "远程会诊", "2024-07-02 09:03:11", "2024-07-02 14:20:05", "已完成",
         ("a", d(2024, 7, 2), "远程会诊")),
        ("HZ202407020013", QW, "内分泌科", "伍承泽", "远程会诊", "2024-07-02 11:47:58", "", "已取消", None),
        ("YX202408150002", SX, "放射科", "柯慕白", "远程影像诊断", "2024-08-15 10:05:44", "2024-08-15 10:52:31",
         "已完成", ("a", d(2024, 8, 15), TELE_ANY)),
        ("HZ202409090010", SX, "儿科", "严知秋", "远程会诊", "2024-09-09 16:30:00", "", "待会诊", None),
        ("XD202409120005", QW, "心内科", "邢远舟", "远程心电", "2024-09-12 07:55:19", "2024-09-12 08:03:02", "已完成",
         ("a", d(2024, 9, 12), TELE_ANY)),
    ]
    r = 2
    for i, (no, rec, dept, who, typ, ap, held, st, tr) in enumerate(recs, 1):
        pi = 7 if tr == "dup" else 7 + i
        w.writerow([i, no, rec, dept, P1, who, typ, PATIENTS[pi], PATIENT_NOS[pi], ap, held, st])
        r += 1
        if tr == "dup":
            overlap.append([fn, None, r])
        elif tr:
            row("activities", fn, None, r, dict(activity_date=tr[1], activity_type=tr[2], participants=None),
                {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def cme_rounds(path: Path):
    """青梧县人民医院's 继续教育 system: 签到明细, one row per attendee, the event's cells repeated on each; a round led
    by the hospital's own doctor (主讲人单位 本院) is no support activity."""
    fn, sh = path.name, "签到明细"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧县人民医院继续医学教育管理系统 — 活动签到明细（2024年第二季度）{SYN}"])
    ws.append(["序号", "活动编号", "活动名称", "活动类型", "主讲人", "主讲人单位", "活动时间", "学分", "参加人员",
               "工号", "所在科室", "签到时间"])
    events = [("JX2024-031", "急性心肌梗死患者教学查房", "教学查房", "许清和", P1, dt.datetime(2024, 4, 18, 14, 30),
               0.5, ["韦晓岚", "丁若愚", "范春燕", "鲁一鸣", "蒋欣然", "方知远"], "心内科", "教学查房"),
              ("JX2024-047", "慢阻肺急性加重的规范化诊治", "学术讲座", "伍承泽", P1, dt.datetime(2024, 5, 9, 15, 0),
               1, ["钱小满", "孙亦舒", "周望舒", "吴清扬"], "呼吸内科", "学术讲座"),
              ("JX2024-052", "糖尿病足护理查房", "教学查房", "殷秀芝", "本院", dt.datetime(2024, 5, 23, 10, 0),
               0.5, ["郑可心", "冯晓月", "陈嘉禾"], "内分泌科", None),
              ("JX2024-060", "脑卒中溶栓病例教学查房", "教学查房", "林书白", P1, dt.datetime(2024, 6, 13, 9, 30),
               0.5, ["褚晓峰", "卫子衿", "蒋欣然"], "神经内科", "教学查房")]
    n = 0
    for code, title, typ, who, unit, when, credit, people, dept, tr in events:
        rows = []
        for j, p in enumerate(people):
            n += 1
            ws.append([n, code, title, typ, who, unit, when, credit, p, f"QW{1000 + 7 * n}", dept,
                       when + dt.timedelta(minutes=-10 + 3 * j)])
            ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd hh:mm"
            ws.cell(ws.max_row, 12).number_format = "yyyy-mm-dd hh:mm:ss"
            rows.append(ws.max_row)
        if tr:
            row("activities", fn, sh, rows, dict(activity_date=when.date().isoformat(), activity_type=tr,
                                                 participants=len(people)),
                {"recipient_hospital_id": QW, "support_hospital_id": P1}, ["activity_date"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 活动登记
def yizhen_xls(path: Path):
    """澄州市一院's 义诊 register (xls): one row per event, 参加专家 as a count, 服务人次 (one "约150人次"), 发放资料,
    a 合计 row."""
    fn, sh = path.name, "义诊登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"澄州市第一人民医院赴云桐县中医医院义诊活动登记表（2024年）{SYN}")
    hdr = ["序号", "日期", "地点", "受援医院", "参加专家（人）", "服务人次", "发放宣传资料（份）", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    ev = [(dt.date(2024, 3, 16), "云桐县城关镇文化广场", 5, 230, 500, "学雷锋日义诊", 230),
          (dt.date(2024, 5, 18), "云桐县中医医院门诊大厅", 4, 186, 300, None, 186),
          (dt.date(2024, 9, 21), "云桐县石门乡集市", 6, "约150人次", 400, "与乡卫生院联合", None)]
    r = 1
    for i, (day, place, n_exp, served, leaflets, note, pv) in enumerate(ev, 1):
        r += 1
        for j, v in enumerate([i, day, place, YT, n_exp, served, leaflets, note]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, date_style)
            elif v is not None:
                ws.write(r, j, v)
        row("activities", fn, sh, r + 1, dict(activity_date=day.isoformat(), activity_type="义诊", participants=pv),
            {"recipient_hospital_id": YT, "support_hospital_id": C1}, ["activity_date"])
        if pv is None:
            finding(fn, r + 1, "UNPARSEABLE_OPTIONAL")
    ws.write(r + 1, 0, "合计")
    ws.write(r + 1, 4, 15)
    ws.write(r + 1, 5, 566)
    ws.write(r + 1, 6, 1200)
    wb.save(str(path))


def excel1900(serial: int) -> dt.date:
    return dt.date(1899, 12, 30) + dt.timedelta(days=serial)


def sx_serial_text(path: Path):
    """石溪县人民医院's activity record: 活动日期 holds Excel serial numbers stored as text ("45394"); one row with
    no date at all (held)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石溪县人民医院2024年对口帮扶活动记录表（{SYN}）"])
    ws.append(["序号", "活动日期", "活动类型", "活动内容", "带教专家", "参加人数"])
    acts = [(45394, "学术讲座", "高血压急症的处理", "苏明璋", 42),
            (45407, "手术示教", "腹腔镜胆囊切除术", "顾星河", 8),
            (45449, "疑难病例讨论", "不明原因发热一例", "苏明璋", 15),
            (None, "技术培训", "院感防控培训", "顾星河", 60),
            (45561, "技术培训", "心肺复苏技能培训", "顾星河", 36)]
    for i, (serial, typ, topic, who, n) in enumerate(acts, 1):
        ws.append([i, str(serial) if serial else None, typ, topic, who, n])
        ws.cell(ws.max_row, 2).number_format = "@"
        r = ws.max_row
        if serial:
            row("activities", fn, sh, r, dict(activity_date=excel1900(serial).isoformat(), activity_type=typ,
                                              participants=n),
                {"recipient_hospital_id": SX, "support_hospital_id": P1}, ["activity_date"])
        else:
            quarantine(fn, sh, r, "missing_required", "活动日期 blank: the event has no date")
    ws.append(["备注：日期列由系统导出。"])
    wb.save(path)


def c1_activities_ods(path: Path):
    """澄州市一院's ordinary activity register (.ods): 日期 as 2024年4月2日 text, one row for 云桐县人民医院, a
    hospital in no pairing (held)."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"澄州市第一人民医院对口支援活动登记表（2024年）{SYN}"],
            ["日期", "受援单位", "活动形式", "主题", "参加人数", "主讲人"]]
    acts = [("2024年4月2日", YT, "学术讲座", "中医药治疗慢性胃炎进展", 38, d(2024, 4, 2)),
            ("2024年6月11日", YT, "手术示教", "针刀松解术", 9, d(2024, 6, 11)),
            ("2024年7月9日", "云桐县人民医院", "学术讲座", "基层卒中识别", 50, None),
            ("2024年10月15日", YT, "死亡病例讨论", "一例重症肺炎死亡病例讨论", 21, d(2024, 10, 15))]
    for k, (day, rec, typ, topic, n, dv) in enumerate(acts):
        rows.append([day, rec, typ, topic, n, ["温知夏", "钟离远", "温知夏", "秦望川"][k]])
        if dv:
            row("activities", fn, sh, len(rows), dict(activity_date=dv, activity_type=typ, participants=n),
                {"recipient_hospital_id": YT, "support_hospital_id": C1}, ["activity_date"])
        else:
            quarantine(fn, sh, len(rows), "unresolved_hospital", "受援单位 云桐县人民医院 is in no pairing list")
    rows.append(["填表人：医务部", None, None, "2025年1月8日"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 常规报表
def roster(path: Path):
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澄省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻医院", "派驻开始时间", "派驻结束时间"])
    people = [("xu", "许清和", "男", "心血管内科", "主任医师", QW, dt.date(2024, 3, 4), dt.date(2024, 8, 31),
               ("正高级", "医疗")),
              ("lin", "林书白", "男", "神经内科", "主治医师", QW, dt.date(2024, 3, 4), dt.date(2024, 12, 31),
               ("中级", "医疗")),
              ("su", "苏明璋", "男", "呼吸与危重症医学科", "副主任医师", SX, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               ("副高级", "医疗")),
              ("gu", "顾星河", "女", "医学影像科", "主治医师", SX, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               ("中级", "医疗"))]
    for i, (key, name, sex, dept, title, rec, s, e, (rank, cat)) in enumerate(people, 1):
        ws.append([i, name, sex, ID[key], dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                           start_date=s.isoformat(), end_date=e.isoformat()),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=ID[key])
    ws.append(["制表：医务部", None, None, None, None, "2025年1月6日"])
    wb.save(path)


def trainees_gbk(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"云桐县中医医院2024年赴支援医院进修人员（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修单位", "开始时间", "结束时间", "进修费用（元）", "是否结业"])
    r = 2
    for key, name, dept, s, e, fee, done in (("tang", "唐思远", "针灸推拿科", "2024-03-01", "2024-08-31", 3000, "是"),
                                             ("mo", "莫语嫣", "护理部", "2024-09-01", "2025-02-28", 0, "否")):
        w.writerow([name, ID[key], dept, C1, s, e, fee, done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=float(fee),
                                          completed=done == "是"),
            {"recipient_hospital_id": YT, "host_hospital_id": C1}, ["start_date"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def techniques_ods(path: Path):
    fn, sh = path.name, "新技术新项目"
    rows = [[f"石溪县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首例开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    for i, (name, dept, day, cases, gap) in enumerate((("无痛胃肠镜检查", "消化内科", dt.date(2024, 5, 10), 64, "是"),
                                                       ("经皮肾镜碎石取石术", "泌尿外科", dt.date(2024, 7, 3), 12, "是"),
                                                       ("CT引导下肺穿刺活检", "医学影像科", dt.date(2024, 8, 20), 9, "否")),
                                                      1):
        rows.append([i, name, dept, day, cases, gap, P1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                  cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": SX, "support_hospital_id": P1}, ["name"])
    ods_doc(path, {sh: rows})


def monthly(path: Path):
    fn, sh = path.name, "2024上半年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青梧县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [18300 + 170 * m, 1310 + 11 * m, 302 + 4 * m, 46 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row, dict(year=2024, month=m, outpatient_visits=v[0],
                                                               discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QW}, ["month"])
    wb.save(path)


def county_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"各县县域住院流向（2024年）{SYN}", "", "", "", ""])
    w.writerow(["县（区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    r = 2
    for county, code, tot, out in (("青梧县", "999101", 41230, 6120), ("石溪县", "999102", 30544, 5207),
                                   ("云桐县", "999301", 22810, 4033)):
        w.writerow([county, code, 2024, tot, out])
        r += 1
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=tot,
                                                        resident_admissions_outside_county=out), {},
            ["county_code"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "平台导出", "活动登记", "常规报表"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅澄省城乡医院对口支援关系表（2024—2026年）.xlsx")
    p = raw / "平台导出"
    q2 = p / "SYNTHETIC_远程医疗平台会诊记录导出_2024Q2.xlsx"
    q3 = p / "SYNTHETIC_远程医疗平台会诊记录导出_2024Q3.csv"
    overlap = tele_q2(q2)
    tele_q3(q3, overlap)
    files = [q2.name, q3.name]
    for fnc, folder, name in [
            (cme_rounds, "平台导出", "SYNTHETIC_青梧县人民医院继续教育系统_签到明细_2024Q2.xlsx"),
            (yizhen_xls, "活动登记", "SYNTHETIC_澄州市一院义诊活动登记2024.xls"),
            (sx_serial_text, "活动登记", "SYNTHETIC_石溪县人民医院帮扶活动记录2024.xlsx"),
            (c1_activities_ods, "活动登记", "SYNTHETIC_澄州市一院对口支援活动登记表2024.ods"),
            (roster, "常规报表", "SYNTHETIC_琅澄省人民医院派驻人员名册2024.xlsx"),
            (trainees_gbk, "常规报表", "SYNTHETIC_云桐县中医医院进修人员2024.csv"),
            (techniques_ods, "常规报表", "SYNTHETIC_石溪县人民医院新技术新项目2024.ods"),
            (monthly, "常规报表", "SYNTHETIC_青梧县人民医院业务量2024上半年.xlsx"),
            (county_csv, "常规报表", "SYNTHETIC_各县县域住院流向2024.csv")]:
        fnc(raw / folder / name)
        files.append(name)
    truth["submission_files"] = files
    truth["id_numbers"] = {v: [] for v in sorted(ID.values())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
