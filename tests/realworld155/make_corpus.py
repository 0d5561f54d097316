"""realworld155 corpus generator — SYNTHETIC / 合成数据. A fictional province (琰川省) for 2024 where the support
hospitals report by quarter and the recipients by half-year, so the same stays, trainees, techniques and activities
arrive two to five times with drifting details (an extended end date, a title promoted mid-year, 结业 filled only in
the last report, a headcount corrected, a date first given as a month, a name spelled 李 娜 / 李娜 and once with a
wrong ID check digit), mixed with ordinary forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,支援医院季报,受援医院半年报}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the one wrong-check-digit spelling is a spelling of a valid number listed in truth.json).
Written without reading the tool's parser.
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
FIXED = dt.datetime(2025, 1, 2, 9, 0, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "琰川省第一人民医院", "琰川省中医院", "枫原市中心医院"
R1, R2, R3, R4 = "青枫县人民医院", "青枫县中医医院", "黛石县人民医院", "澄溪县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青枫县"), R2: ("二级", "乙等", "中医医院", "青枫县"),
         R3: ("二级", "甲等", "综合医院", "黛石县"), R4: ("二级", None, "妇幼保健院", "澄溪县")}
NOT_LISTED = "琰川医科大学附属医院"   # a hospital in no pairing list

ID = {k: idn(*v) for k, v in {
    "zhou": ("990101", "19850312", "031"), "li": ("990101", "19870604", "042"), "wang": ("990102", "19800921", "015"),
    "sun": ("990103", "19720415", "036"), "wu": ("990101", "19790802", "024"), "zheng": ("990102", "19900119", "062"),
    "zhao": ("990201", "19860227", "051"), "qian": ("990201", "19811110", "017"),
    "chen": ("990311", "19930506", "083"), "lin": ("990311", "19950708", "028"), "huang": ("990312", "19920911", "044"),
    "ma": ("990312", "19940303", "065"), "he": ("990312", "19961201", "016"),
}.items()}
WRONG_LI = ID["li"][:17] + ("0" if ID["li"][17] != "0" else "1")

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {k: set() for k in ID.values()}
spell[ID["li"]].add(WRONG_LI)
# one truth row per stay / trainee / technique / activity; its places are filled as the reports are written
EV: dict[str, dict] = {}


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def event(key, table, fields, hospitals, keys, id_number=None):
    EV[key] = {"table": table, "places": [], "fields": fields, "hospitals": hospitals, "keys": keys,
               "id_number": id_number}
    truth["rows"].append(EV[key])


def seen(key, file, sheet, r):
    EV[key]["places"].append([file, sheet, r])


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def new_wb():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


# ------------------------------------------------------------------------------------------- the events (the truth)
def events():
    h11 = {"support_hospital_id": S1, "recipient_hospital_id": R1}
    h13 = {"support_hospital_id": S1, "recipient_hospital_id": R3}
    h22 = {"support_hospital_id": S2, "recipient_hospital_id": R2}
    # 延期: 6月30日 in Q1, 8月31日 from Q2 on
    event("d_zhou", "deployments", dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 1, 8), d(2024, 8, 31)), h11,
          ["start_date", "department"], ID["zhou"])
    # 李 娜 / 李娜, a wrong check digit in Q2: one person, one stay
    event("d_li", "deployments", dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 1, 8), d(2024, 6, 30)), h11,
          ["start_date", "department"], ID["li"])
    # promoted in May: 主治医师 in Q1, 副主任医师 from Q2 on — the latest title
    event("d_wang", "deployments", dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 1, 8), d(2024, 7, 7)), h11,
          ["start_date", "department"], ID["wang"])
    event("d_sun", "deployments", dep("骨科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), h13,
          ["start_date", "department"], ID["sun"])
    event("d_wu", "deployments", dep("心血管内科", "副主任医师", "副高级", "医疗", d(2024, 9, 1), d(2025, 2, 28)), h11,
          ["start_date", "department"], ID["wu"])
    event("d_zheng", "deployments", dep("护理部", "主管护师", "中级", "护理", d(2024, 7, 1), d(2024, 12, 31)), h13,
          ["start_date", "department"], ID["zheng"])
    # 在岗 in Q1, its end filled in Q2
    event("d_zhao", "deployments", dep("针灸科", "主治中医师", "中级", "医疗", d(2024, 1, 15), d(2024, 7, 14)), h22,
          ["start_date", "department"], ID["zhao"])
    event("d_qian", "deployments", dep("推拿科", "副主任中医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30)), h22,
          ["start_date", "department"], ID["qian"])
    t1 = {"recipient_hospital_id": R1, "host_hospital_id": S1}
    # 结业 blank (在修) in H1, 是 in H2
    event("t_chen", "trainees", dict(department="内科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31), fee_charged=0.0,
                                     completed=True), t1, ["start_date", "department"], ID["chen"])
    event("t_lin", "trainees", dict(department="检验科", start_date=d(2024, 7, 1), end_date=d(2024, 12, 31),
                                    fee_charged=0.0, completed=True), t1, ["start_date", "department"], ID["lin"])
    event("t_huang", "trainees", dict(department="针灸科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                      fee_charged=0.0, completed=None),
          {"recipient_hospital_id": R2, "host_hospital_id": S2}, ["start_date", "department"], ID["huang"])
    # 2024年4月 in the support hospital's Q2 report, 2024-04-16 in the recipient's H1 report
    event("k_pci", "techniques", dict(name="经皮冠状动脉介入治疗", department="心血管内科",
                                      first_performed_date=d(2024, 4, 16), cases=9, fills_county_gap=True),
          {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    event("k_endo", "techniques", dict(name="无痛胃肠镜检查", department="消化内科", first_performed_date=d(2024, 5, 20),
                                       cases=30, fills_county_gap=False),
          {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    event("k_knee", "techniques", dict(name="关节镜下半月板修复术", department="骨科", first_performed_date=d(2024, 5, 9),
                                       cases=4, fills_county_gap=True),
          {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    a1 = {"recipient_hospital_id": R1, "support_hospital_id": S1}
    # 45 in the Q2 report, 52 in the recipient's H1 report (更正)
    event("a_lecture", "activities", dict(activity_date=d(2024, 5, 10), activity_type="学术讲座", participants=52), a1,
          ["activity_date", "activity_type"])
    event("a_round", "activities", dict(activity_date=d(2024, 6, 14), activity_type="教学查房", participants=12), a1,
          ["activity_date", "activity_type"])
    event("a_clinic", "activities", dict(activity_date=d(2024, 3, 20), activity_type="义诊", participants=60), a1,
          ["activity_date", "activity_type"])
    event("a_demo", "activities", dict(activity_date=d(2024, 4, 18), activity_type="手术示教", participants=8),
          {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    a4 = {"recipient_hospital_id": R4, "support_hospital_id": S3}
    for k, day, typ, n in (("a4_1", d(2024, 2, 22), "学术讲座", 30), ("a4_2", d(2024, 3, 14), "教学查房", 9),
                           ("a4_3", d(2024, 5, 16), "技术培训", 25), ("a4_4", d(2024, 6, 27), "疑难病例讨论", 11)):
        event(k, "activities", dict(activity_date=day, activity_type=typ, participants=n), a4,
              ["activity_date", "activity_type"])


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = new_wb()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琰川省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2023, 12, 18), None), (R2, S2, dt.date(2023, 12, 18), None),
             (R3, S1, dt.date(2024, 2, 26), "2024年3月1日至2027年2月28日"), (R4, S3, dt.date(2023, 12, 25), None)]
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
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 支援医院季报
ROSTER_HDR = ["序号", "姓名", "身份证号", "受援医院", "科室", "职称", "派驻开始时间", "派驻结束时间", "备注"]


def s1_roster(ws, fn, sh, quarter, people):
    ws.append([f"琰川省第一人民医院2024年{quarter}对口支援派驻人员情况表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(ROSTER_HDR)
    for i, (key, name, idtext, rec, dept, title, s, e, note) in enumerate(people, 1):
        ws.append([i, name, idtext, rec, dept, title, s, e, note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        seen(key, fn, sh, r)
        if idtext == WRONG_LI:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["填报人：医务部", None, None, None, "填报日期：", None, None, None])


def f_s1_q1(path: Path):
    fn, sh = path.name, "第一季度"
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    D = dt.date
    s1_roster(ws, fn, sh, "第一季度", [
        ("d_zhou", "周文澜", ID["zhou"], R1, "心血管内科", "主治医师", D(2024, 1, 8), D(2024, 6, 30), None),
        ("d_li", "李 娜", ID["li"], R1, "呼吸内科", "主治医师", D(2024, 1, 8), D(2024, 6, 30), None),
        ("d_wang", "王致远", ID["wang"], R1, "普外科", "主治医师", D(2024, 1, 8), D(2024, 7, 7), None),
        ("d_sun", "孙立群", ID["sun"], R3, "骨科", "主任医师", D(2024, 3, 1), D(2024, 8, 31), None)])
    wb.save(path)


def f_s1_q2(path: Path):
    """Q2: 周文澜 延期 to 8月31日, 王致远 promoted, 李娜 without the space and with a wrong check digit; a 新技术 sheet
    with the PCI's date as a month; a 帮扶活动 sheet with the lecture's first headcount (45)."""
    fn = path.name
    wb = new_wb()
    ws = wb.active
    sh = ws.title = "派驻人员"
    D = dt.date
    s1_roster(ws, fn, sh, "第二季度", [
        ("d_zhou", "周文澜", ID["zhou"], R1, "心血管内科", "主治医师", D(2024, 1, 8), D(2024, 8, 31),
         "延期，原定6月30日结束，延至8月31日"),
        ("d_li", "李娜", WRONG_LI, R1, "呼吸内科", "主治医师", D(2024, 1, 8), D(2024, 6, 30), "已按期返回"),
        ("d_wang", "王致远", ID["wang"], R1, "普外科", "副主任医师", D(2024, 1, 8), D(2024, 7, 7), "2024年5月晋升副主任医师"),
        ("d_sun", "孙立群", ID["sun"], R3, "骨科", "主任医师", D(2024, 3, 1), D(2024, 8, 31), None)])
    ws2 = wb.create_sheet("新技术")
    ws2.append([f"琰川省第一人民医院2024年第二季度帮助受援医院开展新技术新业务（{SYN}）"])
    ws2.append(["序号", "受援医院", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白"])
    for i, (key, rec, name, dept, when, cases, gap) in enumerate([
            ("k_pci", R1, "经皮冠状动脉介入治疗", "心血管内科", "2024年4月", 9, "是"),
            ("k_knee", R3, "关节镜下半月板修复术", "骨科", "2024年5月9日", 4, "是")], 1):
        ws2.append([i, rec, name, dept, when, cases, gap])
        seen(key, fn, "新技术", ws2.max_row)
    ws3 = wb.create_sheet("帮扶活动")
    ws3.append([f"琰川省第一人民医院2024年第二季度帮扶活动登记（{SYN}）"])
    ws3.append(["序号", "活动日期", "受援医院", "活动形式", "主题", "参加人数"])
    for i, (key, day, rec, typ, topic, n) in enumerate([
            ("a_lecture", D(2024, 5, 10), R1, "学术讲座", "心力衰竭规范化诊治", 45),
            ("a_round", D(2024, 6, 14), R1, "教学查房", "普外科术后管理查房", 12),
            ("a_demo", D(2024, 4, 18), R3, "手术示教", "膝关节镜手术", 8)], 1):
        ws3.append([i, day, rec, typ, topic, n])
        ws3.cell(ws3.max_row, 2).number_format = "yyyy-mm-dd"
        seen(key, fn, "帮扶活动", ws3.max_row)
    wb.save(path)


def f_s1_q3_xls(path: Path):
    """Q3 as .xls: 周文澜 once more (on site until 8月31日), the replacement 吴海宁 and a nurse at 黛石."""
    fn, sh = path.name, "第三季度"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琰川省第一人民医院2024年第三季度对口支援派驻人员情况表（{SYN}）")
    for j, h in enumerate(ROSTER_HDR):
        ws.write(1, j, h)
    people = [("d_zhou", "周文澜", ID["zhou"], R1, "心血管内科", "主治医师", "2024-01-08", "2024-08-31", "延期至8月31日，已返回"),
              ("d_sun", "孙立群", ID["sun"], R3, "骨科", "主任医师", "2024-03-01", "2024-08-31", "已返回"),
              ("d_wu", "吴海宁", ID["wu"], R1, "心血管内科", "副主任医师", "2024-09-01", "2025-02-28", "接替周文澜"),
              ("d_zheng", "郑晓岚", ID["zheng"], R3, "护理部", "主管护师", "2024-07-01", "2024-12-31", None)]
    for i, p in enumerate(people, 1):
        for j, v in enumerate([i, *p[1:]]):
            if v is not None:
                ws.write(1 + i, j, v)
        seen(p[0], fn, sh, 2 + i)
    ws.write(2 + len(people), 0, "填报人：医务部")
    wb.save(str(path))


def f_s2_quarters(path: Path):
    """省中医院: one workbook, a sheet per quarter; 赵清和 在岗 in Q1, his end filled in Q2."""
    fn = path.name
    wb = new_wb()
    ws = wb.active
    D = dt.date
    for n, (sh, people) in enumerate([
            ("第一季度", [("d_zhao", "赵清和", ID["zhao"], "针灸科", "主治中医师", D(2024, 1, 15), "在岗")]),
            ("第二季度", [("d_zhao", "赵清和", ID["zhao"], "针灸科", "主治中医师", D(2024, 1, 15), D(2024, 7, 14)),
                          ("d_qian", "钱安若", ID["qian"], "推拿科", "副主任中医师", D(2024, 4, 1), D(2024, 9, 30))])]):
        if n:
            ws = wb.create_sheet(sh)
        else:
            ws.title = sh
        ws.append([f"琰川省中医院派驻青枫县中医医院人员名单（2024年{sh}）{SYN}"])
        ws.append(["序号", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期"])
        for i, (key, name, idt, dept, title, s, e) in enumerate(people, 1):
            ws.append([i, name, idt, dept, title, s, e])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            for c in (6, 7):
                if isinstance(ws.cell(r, c).value, dt.date):
                    ws.cell(r, c).number_format = "yyyy-mm-dd"
            seen(key, fn, sh, r)
    wb.save(path)


def f_s3_activities(path: Path):
    """枫原市中心医院 → 澄溪县妇幼保健院: ordinary activity log, a sheet per quarter."""
    fn = path.name
    wb = new_wb()
    ws = wb.active
    D = dt.date
    for n, (sh, acts) in enumerate([("一季度", [("a4_1", D(2024, 2, 22), "学术讲座", "产科危急重症识别", 30),
                                                ("a4_2", D(2024, 3, 14), "教学查房", "妊娠期糖尿病查房", 9)]),
                                    ("二季度", [("a4_3", D(2024, 5, 16), "技术培训", "新生儿复苏培训", 25),
                                                ("a4_4", D(2024, 6, 27), "疑难病例讨论", "前置胎盘病例讨论", 11)])]):
        if n:
            ws = wb.create_sheet(sh)
        else:
            ws.title = sh
        ws.append([f"枫原市中心医院对口支援澄溪县妇幼保健院活动记录（2024年{sh}）{SYN}"])
        ws.append(["日期", "活动类型", "内容", "参加人数", "备注"])
        for key, day, typ, topic, k in acts:
            ws.append([day, typ, topic, k, None])
            ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
            seen(key, fn, sh, ws.max_row)
        ws.append(["合计", None, None, sum(a[4] for a in acts), None])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 受援医院半年报
def f_r1_half(path: Path, half: str):
    """青枫县人民医院's half-year report: 派驻人员, 进修人员, 新技术, 帮扶活动 sheets."""
    fn = path.name
    wb = new_wb()
    first = True
    D = dt.date

    def sheet(name, title, hdr):
        nonlocal first
        if first:
            ws = wb.active
            ws.title = name
            first = False
        else:
            ws = wb.create_sheet(name)
        ws.append([f"青枫县人民医院2024年{half}{title}（{SYN}）"])
        ws.append(hdr)
        return ws

    ws = sheet("派驻人员", "接收派驻人员情况", ["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻起止时间", "备注"])
    if half == "上半年":
        people = [("d_zhou", "周文澜", "zhou", "心血管内科", "主治医师", "2024.01.08-2024.08.31", "延期至8月31日"),
                  ("d_li", "李娜", "li", "呼吸内科", "主治医师", "2024.01.08-2024.06.30", None),
                  ("d_wang", "王致远", "wang", "普外科", "副主任医师", "2024.01.08-2024.07.07", None)]
    else:
        people = [("d_zhou", "周文澜", "zhou", "心血管内科", "主治医师", "2024.01.08-2024.08.31", "延期"),
                  ("d_wu", "吴海宁", "wu", "心血管内科", "副主任医师", "2024.09.01-2025.02.28", None)]
    for i, (key, name, idk, dept, title, period, note) in enumerate(people, 1):
        ws.append([i, name, ID[idk], S1, dept, title, period, note])
        ws.cell(ws.max_row, 3).number_format = "@"
        seen(key, fn, "派驻人员", ws.max_row)

    ws = sheet("进修人员", "外派进修人员情况", ["序号", "姓名", "身份证号", "进修医院", "进修科室", "进修开始", "进修结束",
                                                "进修费用（元）", "是否结业"])
    if half == "上半年":
        trainees = [("t_chen", "陈思远", "chen", "内科", D(2024, 3, 1), D(2024, 8, 31), "免", "在修")]
    else:
        trainees = [("t_chen", "陈思远", "chen", "内科", D(2024, 3, 1), D(2024, 8, 31), "免", "是"),
                    ("t_lin", "林可欣", "lin", "检验科", D(2024, 7, 1), D(2024, 12, 31), 0, "是")]
    for i, (key, name, idk, dept, s, e, fee, done) in enumerate(trainees, 1):
        ws.append([i, name, ID[idk], S1, dept, s, e, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        seen(key, fn, "进修人员", ws.max_row)

    if half == "上半年":
        ws = sheet("新技术", "新技术新业务开展情况", ["序号", "项目名称", "科室", "首次开展日期", "开展例数",
                                                        "是否填补县域空白", "帮扶单位"])
        for i, (key, name, dept, when, cases, gap) in enumerate([
                ("k_pci", "经皮冠状动脉介入治疗", "心血管内科", D(2024, 4, 16), 9, "是"),
                ("k_endo", "无痛胃肠镜检查", "消化内科", D(2024, 5, 20), 30, "否")], 1):
            ws.append([i, name, dept, when, cases, gap, S1])
            ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
            seen(key, fn, "新技术", ws.max_row)

        ws = sheet("帮扶活动", "帮扶活动情况", ["序号", "日期", "支援单位", "活动形式", "主题", "参加人数", "备注"])
        for i, (key, day, typ, topic, n, note) in enumerate([
                ("a_clinic", D(2024, 3, 20), "义诊", "春季健康义诊", 60, None),
                ("a_lecture", D(2024, 5, 10), "学术讲座", "心力衰竭规范化诊治", 52, "人数更正：原报45人，核实签到为52人"),
                ("a_round", D(2024, 6, 14), "教学查房", "普外科术后管理查房", 12, None)], 1):
            ws.append([i, day, S1, typ, topic, n, note])
            ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
            seen(key, fn, "帮扶活动", ws.max_row)
    wb.save(path)


def f_r2_trainees_csv(path: Path):
    """青枫县中医医院: CSV UTF-8 with BOM; one host hospital in no pairing list, one row without its period."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青枫县中医医院2024年上半年外出进修人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修单位", "进修科室", "进修时间", "费用", "结业情况"])
    r = 2
    for key, name, host, dept, period, fee, done in [
            ("huang", "黄嘉树", S2, "针灸科", "2024.03.01-2024.08.31", "免费", ""),
            ("ma", "马晓雯", NOT_LISTED, "超声科", "2024.04.01-2024.09.30", "3000", ""),
            ("he", "何子衿", S2, "康复科", "", "免费", "")]:
        w.writerow([name, ID[key], host, dept, period, fee, done])
        r += 1
        if key == "huang":
            seen("t_huang", fn, None, r)
        elif key == "ma":
            quarantine(fn, None, r, "unresolved_hospital", f"进修单位 {NOT_LISTED} is in no pairing list")
        else:
            quarantine(fn, None, r, "missing_required", "进修时间 blank: no start date")
    w.writerow(["填报人：医务科", "", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


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
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


def f_r3_half_ods(path: Path):
    """黛石县人民医院's H1 report (.ods): the stay of 孙立群 (also in Q1 and Q2) and the knee technique (also in Q2)."""
    fn = path.name
    dep_rows = [[f"黛石县人民医院2024年上半年接收派驻人员（{SYN}）"],
                ["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻时间"],
                [1, "孙立群", ID["sun"], S1, "骨科", "主任医师", "2024年3月1日—2024年8月31日"]]
    seen("d_sun", fn, "派驻人员", 3)
    tech_rows = [[f"黛石县人民医院2024年上半年新技术新业务（{SYN}）"],
                 ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援医院"],
                 [1, "关节镜下半月板修复术", "骨科", "2024年5月9日", 4, "是", S1]]
    seen("k_knee", fn, "新技术", 3)
    ods_doc(path, {"派驻人员": dep_rows, "新技术": tech_rows})


MONTHLY = {m: [5200 + 70 * m, 310 + 4 * m, 95 + m, 12 - m % 5, 2 + m % 3] for m in range(1, 13)}


def f_r4_h1_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄溪县妇幼保健院2024年1—6月业务量统计（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"])
    r = 2
    for m in range(1, 7):
        v = MONTHLY[m]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        truth["rows"].append({"table": "hospital_monthly_stats", "places": [[fn, None, r]],
                              "fields": dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2],
                                             referrals_out=v[3], referrals_down_received=v[4]),
                              "hospitals": {"recipient_hospital_id": R4}, "keys": ["month"], "id_number": None})
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r4_h2_xlsx(path: Path):
    fn, sh = path.name, "7-12月"
    wb = new_wb()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄溪县妇幼保健院2024年7—12月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"])
    for m in range(7, 13):
        v = MONTHLY[m]
        ws.append([f"{m}月", *v])
        truth["rows"].append({"table": "hospital_monthly_stats", "places": [[fn, sh, ws.max_row]],
                              "fields": dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2],
                                             referrals_out=v[3], referrals_down_received=v[4]),
                              "hospitals": {"recipient_hospital_id": R4}, "keys": ["month"], "id_number": None})
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "支援医院季报", "受援医院半年报"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    events()
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琰川省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_q1, "支援医院季报", "SYNTHETIC_省一院派驻人员2024年第一季度.xlsx"),
             (f_s1_q2, "支援医院季报", "SYNTHETIC_省一院对口支援季报2024年第二季度.xlsx"),
             (f_s1_q3_xls, "支援医院季报", "SYNTHETIC_省一院派驻人员2024年第三季度.xls"),
             (f_s2_quarters, "支援医院季报", "SYNTHETIC_省中医院派驻人员2024年一二季度.xlsx"),
             (f_s3_activities, "支援医院季报", "SYNTHETIC_枫原市中心医院帮扶活动2024年一二季度.xlsx"),
             (lambda p: f_r1_half(p, "上半年"), "受援医院半年报", "SYNTHETIC_青枫县人民医院2024年上半年对口支援报表.xlsx"),
             (lambda p: f_r1_half(p, "下半年"), "受援医院半年报", "SYNTHETIC_青枫县人民医院2024年下半年对口支援报表.xlsx"),
             (f_r2_trainees_csv, "受援医院半年报", "SYNTHETIC_青枫县中医医院进修人员2024年上半年.csv"),
             (f_r3_half_ods, "受援医院半年报", "SYNTHETIC_黛石县人民医院2024年上半年报表.ods"),
             (f_r4_h1_csv, "受援医院半年报", "SYNTHETIC_澄溪县妇幼保健院业务量2024年1-6月.csv"),
             (f_r4_h2_xlsx, "受援医院半年报", "SYNTHETIC_澄溪县妇幼保健院业务量2024年7-12月.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    assert all(e["places"] for e in truth["rows"])
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
