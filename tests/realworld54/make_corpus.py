"""realworld54 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜屿省) for 2024, trainees seen from
the host side: the support hospitals' 进修生管理 registers list trainees from many hospitals (one not in the
pairing list: held, not paired by invention), 结业 status (已结业 / 在修 / 肄业), 费用 (免收 / 减半 / 1500元),
semester classes without a day (2024年春季班: the required start date is unusable → quarantined), 进修时长 in
months beside a start (end date left open in the truth: a human cannot say whether the last day is included),
and one trainee who came twice (two stays). Plus one file of each other form.
    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,汀州市}/…, OUT/truth.json
Every hospital, county, person and ID number is invented (region codes 99xxxx). Written without reading the
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
import pandas as pd
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "澜屿省人民医院", "澜屿省中医院", "汀州市中心医院"
YS, YSTCM, LP, MB, YT = "沄山县人民医院", "沄山县中医医院", "岚陂县人民医院", "茗埠县人民医院", "瀛坨县妇幼保健院"
XY = "曦垣县人民医院"   # not in the pairing list
RECIP = {YS: ("二级", "甲等", "综合医院", "沄山县"), YSTCM: ("二级", "乙等", "中医医院", "沄山县"),
         LP: ("二级", "甲等", "综合医院", "岚陂县"), MB: ("二级", "乙等", "综合医院", "茗埠县"),
         YT: ("二级", None, "妇幼保健院", "瀛坨县")}
PAIRS = [(S1, YS, dt.date(2023, 12, 11)), (S1, LP, dt.date(2023, 12, 11)), (S2, YSTCM, dt.date(2023, 12, 18)),
         (S3, MB, dt.date(2023, 12, 25)), (S3, YT, dt.date(2023, 12, 25))]
ID = {k: idn(*v) for k, v in {
    "t01": ("990411", "19900312", "021"), "t02": ("990411", "19921105", "032"), "t03": ("990421", "19880716", "043"),
    "t04": ("990421", "19950203", "054"), "t05": ("990431", "19910921", "065"), "t06": ("990499", "19870430", "076"),
    "t07": ("990412", "19930614", "087"), "t08": ("990412", "19891027", "018"), "t09": ("990412", "19940818", "029"),
    "t10": ("990431", "19900101", "031"), "t11": ("990441", "19920707", "042"), "t12": ("990441", "19961212", "053"),
    "t13": ("990431", "19850505", "064"), "t14": ("990499", "19930303", "075"),
    "t15": ("990411", "19910429", "086"), "t16": ("990421", "19940919", "097"),
    "d04": ("990301", "19860127", "044"),
    "d01": ("990101", "19750315", "011"), "d02": ("990101", "19830822", "022"), "d03": ("990301", "19800610", "033"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def quar(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def csv_bytes(rows, enc):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(enc)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜屿省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "等次", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (s, r, ag) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, ag])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


def tr(dept, start, end=None, fee="skip", completed="skip"):
    f = {"department": dept, "start_date": start}
    if end != "skip":
        f["end_date"] = end
    if fee != "skip":
        f["fee_charged"] = fee
    if completed != "skip":
        f["completed"] = completed
    return f


IN_TRAINING = {"one_of": [False, None]}   # 在修: not (yet) completed — False or unknown both fair


# ------------------------------------------------------------------------------------------- 省直
def f_s1_register(path: Path):
    """省人民医院 进修生管理登记 (xlsx): trainees from five sending hospitals — two paired with it, one paired with
    another host (茗埠, a programme hospital: curated with 省人民医院 as host), one not in the pairing list (曦垣:
    held as unresolved); 进修起止时间 "2024.03.01-2024.08.31"; 费用 免收 / 减半 / 1500元; 结业情况."""
    fn, sh = path.name, "2024年进修生"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省人民医院2024年进修生管理登记表（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "性别", "身份证号码", "选送单位", "进修科室", "进修起止时间", "进修费用", "结业情况"])
    people = [
        ("t01", "程予安", "男", YS, "心血管内科", "2024.03.01-2024.08.31", "免收", "已结业",
         tr("心血管内科", d(2024, 3, 1), d(2024, 8, 31), 0, True)),
        ("t02", "鲁明溪", "女", YS, "重症医学科", "2024.09.01-2025.02.28", "免收", "在修",
         tr("重症医学科", d(2024, 9, 1), d(2025, 2, 28), 0, IN_TRAINING)),
        ("t03", "邬清和", "男", LP, "普外科", "2024.03.01-2024.08.31", "1500元", "已结业",
         tr("普外科", d(2024, 3, 1), d(2024, 8, 31), 1500, True)),
        ("t04", "季若岚", "女", LP, "护理部", "2024.04.08-2024.07.07", "减半", "肄业",
         tr("护理部", d(2024, 4, 8), d(2024, 7, 7), "skip", False)),
        ("t05", "岑远志", "男", MB, "影像科", "2024.05.06-2024.11.05", "1500元", "已结业",
         tr("影像科", d(2024, 5, 6), d(2024, 11, 5), 1500, True)),
        ("t06", "殷书白", "男", XY, "骨科", "2024.03.01-2024.08.31", "1500元", "已结业", None),
    ]
    for i, (k, name, sex, sender, dept, period, fee, status, f) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(k), sender, dept, period, fee, status])
        ws.cell(ws.max_row, 4).number_format = "@"
        if f is None:
            quar(fn, sh, ws.max_row, "unresolved_hospital", f"{XY} is not in the pairing list")
        else:
            row("trainees", fn, sh, ws.max_row, f, {"recipient_hospital_id": sender, "host_hospital_id": S1},
                ["start_date", "department"], id_number=ID[k])
            if fee == "减半":   # half of a fee the sheet does not state: no number (fee left open), a finding
                finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    ws.append([])
    ws.append(["填表人：科教科", None, None, None, "填报日期：2025年1月8日"])
    wb.save(path)


def f_s2_register_xls(path: Path):
    """省中医院 进修人员登记 (xls): 进修时间 written as the class (2024年春季班 / 秋季班, no day: the required start
    date is unusable → quarantined) for two rows, a start date plus 进修时长（月） for the others (end date left
    out of the truth)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    rows = [[f"澜屿省中医院进修人员登记（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "进修专业", "进修开始", "进修时长（月）", "费用", "是否结业"]]
    people = [
        ("t07", "苗知秋", YSTCM, "针灸科", "2024年3月4日", 6, "免收", "已结业", tr("针灸科", d(2024, 3, 4), "skip", 0, True)),
        ("t08", "柯望舒", "沄山县中医医院", "康复科", "2024-09-02", 3, "免收", "已结业",
         tr("康复科", d(2024, 9, 2), "skip", 0, True)),
        ("t09", "闵如晦", YSTCM, "脾胃病科", "2024年春季班", 6, "免收", "已结业", None),
        ("t10", "褚怀瑾", MB, "推拿科", "秋季班", 3, "1500元", "在修", None),
    ]
    for k, name, sender, dept, start, months, fee, status, f in people:
        rows.append([len(rows) - 1, name, use_id(k), sender, dept, start, months, fee, status])
        r = len(rows)
        if f is None:
            quar(fn, sh, r, "unusable", "start written as a semester class, no day")
        else:
            row("trainees", fn, sh, r, f, {"recipient_hospital_id": YSTCM, "host_hospital_id": S2},
                ["start_date", "department"], id_number=ID[k])
    for i, rr in enumerate(rows):
        for j, v in enumerate(rr):
            ws.write(i, j, v)
    ws.write(len(rows) + 1, 0, f"说明：{SYN}")
    wb.save(str(path))


def f_s1_deployments(path: Path):
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澜屿省人民医院2024年派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"])
    people = [("d01", "汤若虚", "心血管内科", "主任医师", YS, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dict(department="心血管内科", title="主任医师", title_rank="正高级", staff_category="医疗")),
              ("d02", "晏秋池", "护理部", "主管护师", LP, dt.date(2024, 4, 1), dt.date(2024, 12, 31),
               dict(department="护理部", title="主管护师", title_rank="中级", staff_category="护理"))]
    for i, (k, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(k), dept, title, rec, s, e])
        ws.cell(ws.max_row, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        f = dict(f, start_date=s.isoformat(), end_date=e.isoformat())
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[k])
    wb.save(path)


def f_county_ods(path: Path):
    sh = "县域住院"
    df = pd.DataFrame([["990411", "沄山县", 2024, 41200, 5300], ["990421", "岚陂县", 2024, 28900, 4100]],
                      columns=["区划代码", "县（市、区）", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    df["备注"] = SYN
    with pd.ExcelWriter(path, engine="odf") as w:
        df.to_excel(w, sheet_name=sh, index=False)
    for i, (code, _n, y, a, o, _x) in enumerate(df.values.tolist(), 2):
        row("county_inpatient_stats", path.name, sh, i, {"county_code": code, "year": y, "resident_admissions": a,
            "resident_admissions_outside_county": o}, {}, ["county_code", "year"])


# ------------------------------------------------------------------------------------------- 汀州市
def f_s3_register_csv(path: Path):
    """市中心医院 进修生名册 (CSV, GBK): one trainee who came twice (two stays, same ID); a wrong check digit; a
    15-digit ID; a trainee with no ID number (名字 only); one from 曦垣 (not paired: held)."""
    fn = path.name
    rows = [["序号", "姓名", "身份证号", "选送医院", "进修科室", "开始日期", "结束日期", "收费", "结业"]]
    t11 = ID["t11"]
    wrong = ID["t12"][:17] + ("0" if ID["t12"][17] != "0" else "1")
    t13 = ID["t13"]
    fifteen = t13[:6] + t13[8:14] + t13[14:17]
    people = [
        ("t11", "邱砚川", None, MB, "麻醉科", "2024/3/4", "2024/5/31", "免收", "已结业",
         tr("麻醉科", d(2024, 3, 4), d(2024, 5, 31), 0, True), t11, None),
        ("t11", "邱砚川", None, MB, "麻醉科", "2024/9/2", "2024/11/29", "免收", "已结业",
         tr("麻醉科", d(2024, 9, 2), d(2024, 11, 29), 0, True), t11, None),
        ("t12", "温晚晴", wrong, YT, "产科", "2024/4/1", "2024/9/30", "减半", "在修",
         tr("产科", d(2024, 4, 1), d(2024, 9, 30), "skip", IN_TRAINING), wrong, "ID_CHECK_DIGIT"),
        ("t13", "裴知远", fifteen, MB, "检验科", "2024/6/3", "2024/8/30", "1500元", "肄业",
         tr("检验科", d(2024, 6, 3), d(2024, 8, 30), 1500, False), t13, "ID_15_DIGIT"),
        (None, "甘小禾", "", YT, "儿科", "2024/10/8", "2025/1/7", "免收", "在修",
         tr("儿科", d(2024, 10, 8), d(2025, 1, 7), 0, IN_TRAINING), None, "NAME_ONLY"),
        ("t14", "冼鹤鸣", None, XY, "骨科", "2024/3/4", "2024/8/30", "1500元", "已结业", None, None, None),
    ]
    for i, (k, name, sp, sender, dept, s, e, fee, status, f, tid, code) in enumerate(people, 1):
        idtext = use_id(k, sp) if k else ""
        rows.append([i, name, idtext, sender, dept, s, e, fee, status])
        r = len(rows)
        if f is None:
            quar(fn, None, r, "unresolved_hospital", f"{XY} is not in the pairing list")
            continue
        row("trainees", fn, None, r, f, {"recipient_hospital_id": sender, "host_hospital_id": S3},
            ["start_date", "department"], id_number=tid)
        if code:
            finding(fn, r, code)
        if fee == "减半":   # half of a fee the sheet does not state: no number (fee left open), a finding
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    rows.append([f"注：{SYN}"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_s3_activities_csv(path: Path):
    """市中心医院 帮扶活动 (CSV, UTF-8 with BOM): 参加人数 "约40人" (optional: NULL plus a finding)."""
    fn = path.name
    rows = [["活动日期", "受援医院", "支援医院", "活动类型", "参加人数", "备注"]]
    acts = [("2024-04-12", MB, "学术讲座", "35", 35), ("2024-05-20", YT, "教学查房", "12", 12),
            ("2024-06-18", MB, "技术培训", "约40人", None)]
    for day, rec, kind, n, val in acts:
        rows.append([day, rec, S3, kind, n, SYN])
        r = len(rows)
        row("activities", fn, None, r, {"activity_date": day, "activity_type": kind, "participants": val},
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
        if val is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(b"\xef\xbb\xbf" + csv_bytes(rows, "utf-8"))


def f_mb_monthly_xls(path: Path):
    fn, sh = path.name, "月报"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"茗埠县人民医院2024年1-3月业务量统计（{SYN}）")
    head = ["年份", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]
    for j, h in enumerate(head):
        ws.write(1, j, h)
    data = [(2024, 1, 15230, 1120, 310, 42), (2024, 2, 13410, 980, 270, 38), (2024, 3, 16020, 1205, 335, 40)]
    for i, (y, m, o, dis, s, ref) in enumerate(data, 2):
        for j, v in enumerate((y, m, o, dis, s, ref)):
            ws.write(i, j, v)
        row("hospital_monthly_stats", fn, sh, i + 1, {"year": y, "month": m, "outpatient_visits": o,
            "discharges": dis, "surgeries": s, "referrals_out": ref}, {"recipient_hospital_id": MB}, ["year", "month"])
    wb.save(str(path))


def f_yt_techniques_ods(path: Path):
    sh = "新技术"
    df = pd.DataFrame([["无痛分娩", "产科", "2024-05-10", 46, "是"], ["新生儿听力筛查", "儿科", "2024-07-01", 120, "否"]],
                      columns=["项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白"])
    df.insert(0, "受援医院", YT)
    df.insert(1, "支援医院", S3)
    df["备注"] = SYN
    with pd.ExcelWriter(path, engine="odf") as w:
        df.to_excel(w, sheet_name=sh, index=False)
    for i, (_r, _s, name, dept, day, n, gap, _x) in enumerate(df.values.tolist(), 2):
        row("techniques", path.name, sh, i, {"name": name, "department": dept, "first_performed_date": day,
            "cases": n, "fills_county_gap": gap == "是"}, {"recipient_hospital_id": YT, "support_hospital_id": S3},
            ["name"])


def f_mb_assessment_xlsx(path: Path):
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"茗埠县人民医院派驻人员月度考核（{SYN}）"])
    ws.append(["姓名", "身份证号", "派驻单位", "年份", "月份", "考核得分", "在岗抽查次数", "在岗次数"])
    for m, sc in ((4, 92.5), (5, 95)):
        ws.append(["庞立言", use_id("d03"), MB, 2024, m, sc, 4, 4])
        ws.cell(ws.max_row, 2).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row, {"year": 2024, "month": m, "score": sc,
            "spot_checks": 4, "spot_checks_present": 4}, {"recipient_hospital_id": MB}, ["month"], id_number=ID["d03"])
    wb.save(path)


def f_s1_autumn_ods(path: Path):
    """省人民医院 秋季进修生 (ods): 进修时间 "2024年9月1日至2025年2月28日" in one cell, 进修费 as a bare number or
    免收, 结业 是/否 (否 beside 在修 in 备注: not yet completed)."""
    sh = "秋季进修生"
    people = [("t15", "黎照水", YS, "神经内科", "2024年9月1日至2025年2月28日", "免收", "否", "在修",
               tr("神经内科", d(2024, 9, 1), d(2025, 2, 28), 0, IN_TRAINING)),
              ("t16", "阮听松", LP, "泌尿外科", "2024年9月2日至2024年12月31日", "1500", "是", "已结业",
               tr("泌尿外科", d(2024, 9, 2), d(2024, 12, 31), 1500, True))]
    df = pd.DataFrame([[name, use_id(k), sender, dept, period, fee, done, note + "；" + SYN]
                       for k, name, sender, dept, period, fee, done, note, _f in people],
                      columns=["姓名", "身份证号", "选派单位", "进修科室", "进修时间", "进修费（元）", "是否结业", "备注"])
    with pd.ExcelWriter(path, engine="odf") as w:
        df.to_excel(w, sheet_name=sh, index=False)
    for i, (k, _n, sender, *_rest, f) in enumerate(people, 2):
        row("trainees", path.name, sh, i, f, {"recipient_hospital_id": sender, "host_hospital_id": S1},
            ["start_date", "department"], id_number=ID[k])


def f_s3_deployments_xls(path: Path):
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"汀州市中心医院2024年派驻人员（{SYN}）")
    head = ["姓名", "身份证号", "科室", "职称", "受援医院", "开始日期", "结束日期"]
    for j, h in enumerate(head):
        ws.write(1, j, h)
    people = [("d03", "庞立言", "麻醉科", "副主任医师", MB, "2024-04-01", "2024-09-30",
               dict(department="麻醉科", title="副主任医师", title_rank="副高级", staff_category="医疗")),
              ("d04", "苏映雪", "产科", "主治医师", YT, "2024-05-06", "2024-11-05",
               dict(department="产科", title="主治医师", title_rank="中级", staff_category="医疗"))]
    for i, (k, name, dept, title, rec, s, e, f) in enumerate(people, 2):
        for j, v in enumerate((name, use_id(k), dept, title, rec, s, e)):
            ws.write(i, j, v)
        row("deployments", fn, sh, i + 1, dict(f, start_date=s, end_date=e),
            {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=ID[k])
    wb.save(str(path))


def f_ys_monthly_csv(path: Path):
    """沄山县人民医院 月度业务量 (CSV, UTF-8 without BOM), months 1–2."""
    fn = path.name
    rows = [["统计年月", "门急诊人次", "出院人数", "手术台次", "转出人次", "备注"]]
    for ym, y, m, o, dis, s, ref in (("2024-01", 2024, 1, 22310, 1650, 402, 55), ("2024-02", 2024, 2, 19870, 1410, 355, 49)):
        rows.append([ym, o, dis, s, ref, SYN])
        row("hospital_monthly_stats", fn, None, len(rows), {"year": y, "month": m, "outpatient_visits": o,
            "discharges": dis, "surgeries": s, "referrals_out": ref}, {"recipient_hospital_id": YS}, ["year", "month"])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def f_lp_assessment_csv(path: Path):
    """岚陂县人民医院 派驻人员月考核 (CSV, GBK)."""
    fn = path.name
    rows = [["姓名", "身份证号", "派驻单位", "考核年度", "考核月份", "得分", "备注"]]
    for m, sc in ((6, 90), (7, 93.5)):
        rows.append(["晏秋池", use_id("d02"), LP, 2024, m, sc, SYN])
        row("staff_monthly_assessments", fn, None, len(rows), {"year": 2024, "month": m, "score": sc},
            {"recipient_hospital_id": LP}, ["month"], id_number=ID["d02"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "汀州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜屿省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_register, "省直", "SYNTHETIC_省人民医院进修生管理登记2024.xlsx"),
             (f_s2_register_xls, "省直", "SYNTHETIC_省中医院进修人员登记.xls"),
             (f_s1_deployments, "省直", "SYNTHETIC_省人民医院派驻人员2024.xlsx"),
             (f_county_ods, "省直", "SYNTHETIC_县域住院流向2024.ods"),
             (f_s1_autumn_ods, "省直", "SYNTHETIC_省人民医院秋季进修生.ods"),
             (f_s3_deployments_xls, "汀州市", "SYNTHETIC_市中心医院派驻人员2024.xls"),
             (f_ys_monthly_csv, "省直", "SYNTHETIC_沄山县人民医院业务量1-2月.csv"),
             (f_lp_assessment_csv, "省直", "SYNTHETIC_岚陂派驻人员考核6-7月.csv"),
             (f_s3_register_csv, "汀州市", "SYNTHETIC_市中心医院进修生名册2024.csv"),
             (f_s3_activities_csv, "汀州市", "SYNTHETIC_市中心医院帮扶活动2024.csv"),
             (f_mb_monthly_xls, "汀州市", "SYNTHETIC_茗埠县人民医院业务量1-3月.xls"),
             (f_yt_techniques_ods, "汀州市", "SYNTHETIC_瀛坨妇幼新技术2024.ods"),
             (f_mb_assessment_xlsx, "汀州市", "SYNTHETIC_茗埠派驻人员考核4-5月.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
