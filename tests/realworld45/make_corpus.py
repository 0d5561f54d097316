"""realworld45 corpus generator — SYNTHETIC / 合成数据. A fictional province (琨州省) for 2024: the pairing list in
data/raw/reference/ and fourteen submissions in data/raw/2024/ that are exports from hospital information systems
(HIS / 人事系统 / 医务管理系统 / 统计直报) which a clerk filtered and sent as they came out: the export's own header
block (导出时间, 导出人, 查询条件) above wide tables of 25–40 columns of which only a few matter, a 证件类型 column
beside 证件号码 (居民身份证 / 护照 / 港澳居民来往内地通行证 / 军官证), 性别 as codes 1/2, dates as
'2024-03-01 08:30:00' strings, department codes with names ('0301 心血管内科'), rows hidden by the clerk's filter.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Passport, 通行证 and 军官证
numbers are invented too and are not ID-card numbers. Written without reading the tool's parser.
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


S1, S2 = "琨州省第一人民医院", "澜平市中心医院"
R1, R2, R3, R4 = "溪岩县人民医院", "溪岩县中医医院", "松梓县人民医院", "松梓县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "溪岩县"), R2: ("二级", "乙等", "中医医院", "溪岩县"),
         R3: ("二级", "甲等", "综合医院", "松梓县"), R4: ("二级", None, "妇幼保健院", "松梓县")}
PAIRS = [(S1, R1), (S1, R3), (S2, R2), (S2, R4)]
COUNTY_CODE = {"溪岩县": "999401", "松梓县": "999402"}

ID = {k: idn(*v) for k, v in {
    # S1 → R1 (xlsx export)
    "lin": ("990101", "19750312", "031"), "gu": ("990101", "19830709", "042"), "xia": ("990102", "19880122", "016"),
    "tang": ("990101", "19790905", "057"), "mo": ("990103", "19900614", "028"),
    # hidden (filtered out) rows of the same export
    "qiu": ("990101", "19810417", "063"), "yan": ("990102", "19860228", "074"),
    # S1 → R3 (xls export)
    "pan": ("990101", "19770825", "035"), "ji": ("990103", "19850111", "046"), "cao": ("990101", "19891030", "019"),
    "yao": ("990102", "19740603", "058"),
    # S2 → R2 / R4 (csv)
    "song": ("990201", "19800718", "023"), "fang": ("990201", "19870403", "034"), "lu": ("990202", "19911216", "045"),
    # trainees R1 (xlsx), R4 (ods)
    "wu": ("990401", "19920520", "067"), "hu": ("990401", "19940808", "078"), "zhao": ("990401", "19900101", "012"),
    "shi": ("990402", "19930315", "081"), "dai": ("990402", "19961124", "092"),
    # trainees R3 (csv GBK)
    "xiang": ("990402", "19910606", "015"), "ning": ("990402", "19950927", "026"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
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


def finding(file, sheet, r, what):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": what})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


TITLES = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
          "住院医师": ("初级", "医疗"), "副主任护师": ("副高级", "护理"), "主管护师": ("中级", "护理"),
          "主管技师": ("中级", "医技"), "主管药师": ("中级", "药学"), "副主任中医师": ("副高级", "医疗"),
          "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end, **more):
    rank, cat = TITLES[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def export_block(system, who, query, when):
    return [[f"{system}  {SYN}"], [f"导出时间：{when}"], [f"导出人：{who}"], [f"查询条件：{query}"]]


def sex_code(i):
    return 1 if i % 2 else 2


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1, plain: 受援医院, 等级, 等次, 类别, 所在县, 支援医院, 协议签订日期 (a date cell), 支援期限."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琨州省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "等次", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    agreements = {R1: dt.date(2023, 12, 15), R2: dt.date(2023, 12, 18), R3: dt.date(2023, 12, 15),
                  R4: dt.date(2023, 12, 20)}
    for i, (s, r) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level, grade, cat, county, s, agreements[r], "2024-01-01至2026-12-31"])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": agreements[r].isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- deployments
HR_COLS = ["序号", "人员编码", "姓名", "性别", "出生日期", "民族", "证件类型", "证件号码", "政治面貌", "学历", "学位",
           "毕业院校", "所学专业", "参加工作时间", "所在科室编码", "所在科室名称", "岗位类别", "专业技术职务",
           "聘任时间", "执业证书编号", "执业类别", "执业范围", "手机号码", "人员状态", "派驻单位", "派驻开始时间",
           "派驻结束时间", "派驻岗位", "派驻批次", "备注", "创建人", "创建时间", "最后修改时间"]


def hr_row(i, code, name, birth, id_type, id_text, dept_code, dept, title, recipient, start, end, post, note=None):
    return [i, code, name, sex_code(i), birth + " 00:00:00", "汉族", id_type, id_text, "中共党员" if i % 3 else "群众",
            "硕士研究生" if i % 2 else "大学本科", "硕士" if i % 2 else "学士", "琨州医科大学（虚构）", "临床医学",
            "2010-07-01 00:00:00", dept_code, dept, "专业技术岗位", title, "2020-12-01 00:00:00",
            f"1109901{i:08d}", "临床", "内科专业", f"1390000{i:04d}", "在职", recipient, start, end, post,
            "2024年第一批", note, "hr_admin", "2024-02-26 16:02:11", "2025-01-03 09:41:27"]


def f_s1_roster_xlsx(path: Path):
    """S1 人事系统 export (xlsx): header block, 33 columns, 查询条件 派驻单位=溪岩县人民医院 but the clerk's autofilter
    hides two rows of another recipient (hidden rows: not data); a 港澳居民来往内地通行证 row (not an ID number:
    person by name), a wrong check digit; 派驻岗位 科主任 for one person."""
    fn, sh = path.name, "查询结果"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for r in export_block("琨州省第一人民医院人力资源管理系统 — 人员派驻查询", "hr_admin（人事处）",
                          "派驻年度=2024；派驻类型=城乡对口支援；派驻单位=溪岩县人民医院", "2025-01-06 10:21:45"):
        ws.append(r)
    ws.append([])
    ws.append(HR_COLS)
    hdr = ws.max_row
    wrong = ID["gu"][:17] + ("0" if ID["gu"][17] != "0" else "1")
    people = [  # key, code, name, birth, id type, id text, dept code, dept, title, recipient, start, end, post, truth
        ("lin", "P0301007", "林清和", "1975-03-12", "居民身份证", use_id("lin"), "0301", "心血管内科", "主任医师", R1,
         "2024-03-01 08:30:00", "2024-08-31 17:30:00", "科主任",
         dep("心血管内科", "主任医师", d(2024, 3, 1), d(2024, 8, 31), position_at_recipient="科主任"), ID["lin"]),
        ("gu", "P0301019", "顾以宁", "1983-07-09", "居民身份证", use_id("gu", wrong), "0301", "心血管内科", "主治医师", R1,
         "2024-03-01 08:30:00", "2024-08-31 17:30:00", None,
         dep("心血管内科", "主治医师", d(2024, 3, 1), d(2024, 8, 31)), wrong),
        ("qiu", "P0502003", "邱远航", "1981-04-17", "居民身份证", use_id("qiu"), "0502", "骨科", "副主任医师", R3,
         "2024-04-01 08:00:00", "2024-09-30 17:30:00", None, None, None),
        ("xia", "P0405011", "夏知秋", "1988-01-22", "居民身份证", use_id("xia"), "0405", "呼吸与危重症医学科",
         "主治医师", R1, "2024-06-03 08:30:00", "2024-12-02 17:30:00", None,
         dep("呼吸与危重症医学科", "主治医师", d(2024, 6, 3), d(2024, 12, 2)), ID["xia"]),
        ("hk", "P0902006", "区嘉朗", "1986-10-05", "港澳居民来往内地通行证", "H60123457", "0902", "超声医学科",
         "主管技师", R1, "2024-06-03 08:30:00", "2024-12-02 17:30:00", None,
         dep("超声医学科", "主管技师", d(2024, 6, 3), d(2024, 12, 2)), None),
        ("yan", "P1101015", "严若溪", "1986-02-28", "居民身份证", use_id("yan"), "1101", "护理部", "主管护师", R3,
         "2024-04-01 08:00:00", "2024-09-30 17:30:00", None, None, None),
        ("tang", "P1101002", "唐婉仪", "1979-09-05", "居民身份证", use_id("tang"), "1101", "护理部", "副主任护师", R1,
         "2024-09-02 08:30:00", "", None, dep("护理部", "副主任护师", d(2024, 9, 2), None), ID["tang"]),
    ]
    i = 0
    for key, code, name, birth, idt, idtext, dc, dn, title, rec, s, e, post, f, tid in people:
        i += 1
        ws.append(hr_row(i, code, name, birth, idt, idtext, dc, dn, title, rec, s, e, post))
        ws.cell(ws.max_row, 8).number_format = "@"
        r = ws.max_row
        if f is None:               # filtered out by the clerk's autofilter: hidden, not data
            ws.row_dimensions[r].hidden = True
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if tid == wrong:
            finding(fn, sh, r, ["ID_CHECK_DIGIT"])
    ws.auto_filter.ref = f"A{hdr}:AG{ws.max_row}"
    ws.append([])
    ws.append([f"共 {i} 条记录（筛选后 5 条）"])
    wb.save(path)


def f_s1_roster_xls(path: Path):
    """S1 人事系统, older export (xls): same 33 columns; a 15-digit ID, a 军官证 row (an army doctor seconded,
    person by name), dates as '2024-03-01 08:30:00' strings, an end '2024-12-31 00:00:00'."""
    fn, sh = path.name, "Sheet0"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    rows = export_block("琨州省第一人民医院人力资源管理系统 — 人员派驻查询", "hr_admin（人事处）",
                        "派驻年度=2024；派驻单位=松梓县人民医院；人员状态=在职", "2025-01-06 10:25:02")
    rows.append([])
    rows.append(HR_COLS)
    j = ID["ji"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    people = [
        ("pan", "P0201004", "潘定远", "1977-08-25", "居民身份证", use_id("pan"), "0201", "普通外科", "主任医师", R3,
         "2024-03-04 08:30:00", "2024-09-03 17:30:00", "业务副院长",  # stored as 副院长 (lead's correction: tables.yaml)
         dep("普通外科", "主任医师", d(2024, 3, 4), d(2024, 9, 3), position_at_recipient="副院长"), ID["pan"]),
        ("ji", "P0201021", "纪云舒", "1985-01-11", "居民身份证", use_id("ji", fifteen), "0201", "普通外科", "主治医师", R3,
         "2024-03-04 08:30:00", "2024-09-03 17:30:00", None,
         dep("普通外科", "主治医师", d(2024, 3, 4), d(2024, 9, 3)), ID["ji"]),
        ("army", "P0601030", "钟卫国", "1980-05-20", "军官证", "军字第2019001号", "0601", "麻醉科", "副主任医师", R3,
         "2024-05-06 08:30:00", "2024-11-05 17:30:00", None,
         dep("麻醉科", "副主任医师", d(2024, 5, 6), d(2024, 11, 5)), None),
        ("cao", "P0701008", "曹一苇", "1989-10-30", "居民身份证", use_id("cao"), "0701", "药剂科", "主管药师", R3,
         "2024-07-01 08:30:00", "2024-12-31 00:00:00", None,
         dep("药剂科", "主管药师", d(2024, 7, 1), d(2024, 12, 31)), ID["cao"]),
        ("yao", "P0302012", "姚叙白", "1974-06-03", "居民身份证", use_id("yao"), "0302", "神经内科", "主任医师", R3,
         "2024-09-02 08:30:00", "2025-03-01 17:30:00", None,
         dep("神经内科", "主任医师", d(2024, 9, 2), d(2025, 3, 1)), ID["yao"]),
    ]
    first = len(rows) + 1
    for i, (key, code, name, birth, idt, idtext, dc, dn, title, rec, s, e, post, f, tid) in enumerate(people, 1):
        rows.append(hr_row(i, code, name, birth, idt, idtext, dc, dn, title, rec, s, e, post))
        r = first + i - 1
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if idtext == fifteen:
            finding(fn, sh, r, ["ID_15_DIGIT"])
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            if v is not None:
                ws.write(r, c, v)
    wb.save(str(path))


def f_s2_roster_csv(path: Path):
    """S2 HIS export (CSV, GBK): header block lines, 28 columns, 科室 as one cell '0301 心血管内科', 性别 1/2,
    dates '2024-03-01 08:30:00', a 护照 row (a foreign-passport holder: person by name)."""
    fn = path.name
    cols = ["序号", "工号", "姓名", "性别代码", "出生日期", "证件类型", "证件号码", "国籍", "民族", "政治面貌", "最高学历",
            "科室", "职务", "职称", "职称取得时间", "执业证书编号", "执业类别", "是否多点执业", "派驻医院", "派驻开始时间",
            "派驻结束时间", "派驻天数", "联系电话", "紧急联系人", "审批状态", "审批人", "录入时间", "备注"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(cols)
    for r in export_block("澜平市中心医院HIS 人员管理－对口支援派驻", "zhangsan01", "年度=2024 AND 状态<>作废",
                          "2025-01-07 15:03:12"):
        w.writerow(r + [""] * (n - 1))
    w.writerow(cols)
    r = 5
    people = [("song", "100231", "宋景行", 1, "居民身份证", use_id("song"), "0301 心血管内科", "主任医师", R2,
               "2024-03-01 08:30:00", "2024-08-30 17:30:00",
               dep("心血管内科", "主任医师", d(2024, 3, 1), d(2024, 8, 30)), ID["song"]),
              ("fang", "100457", "方若兰", 2, "居民身份证", use_id("fang"), "0812 妇产科", "副主任医师", R4,
               "2024-04-08 08:00:00", "2024-10-07 17:30:00",
               dep("妇产科", "副主任医师", d(2024, 4, 8), d(2024, 10, 7)), ID["fang"]),
              ("pp", "100612", "Anna Weber（韦安娜）", 2, "护照", "C4R7T2K91", "0815 儿科", "主治医师", R4,
               "2024-05-06 08:30:00", "2024-11-05 17:30:00",
               dep("儿科", "主治医师", d(2024, 5, 6), d(2024, 11, 5)), None),
              ("lu", "100733", "陆映川", 1, "居民身份证", use_id("lu"), "1102 护理部", "主管护师", R2,
               "2024-09-02 08:30:00", "2025-02-28 17:30:00",
               dep("护理部", "主管护师", d(2024, 9, 2), d(2025, 2, 28)), ID["lu"])]
    for i, (key, code, name, sex, idt, idtext, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        w.writerow([i, code, name, sex, "", idt, idtext, "中国" if idt != "护照" else "德国", "汉族", "群众",
                    "大学本科", dept, "", title, "2019-12-31 00:00:00", f"2109902{i:08d}", "临床", "否", rec, s, e,
                    "", f"1380000{i:04d}", "", "已审批", "李四", "2024-02-20 10:00:00", ""])
        r += 1
        row("deployments", fn, None, r, f, {"support_hospital_id": S2, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
    w.writerow([f"共{len(people)}条  {SYN}"] + [""] * (n - 1))
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- trainees
TR_COLS = ["序号", "人员编码", "姓名", "性别", "出生日期", "证件类型", "证件号码", "民族", "学历", "学位", "专业",
           "所在科室编码", "所在科室", "职称", "参加工作时间", "执业证书编号", "进修单位", "进修科室", "进修类型",
           "进修开始日期", "进修结束日期", "进修时长(月)", "进修费用(元)", "费用来源", "是否结业", "结业证书编号",
           "带教老师", "考核成绩", "手机号码", "备注", "登记人", "登记时间"]


def f_r1_trainees_xlsx(path: Path):
    """溪岩县人民医院 人事系统 export (xlsx): 32 columns; one trainee with 证件号码 blank (person by name, finding);
    结业 as 是/否; fees in yuan with a 0."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for r in export_block("溪岩县人民医院人事管理系统 — 外出进修", "renshike", "进修年度=2024；进修单位=全部",
                          "2025-01-08 09:00:07"):
        ws.append(r)
    ws.append(TR_COLS)
    people = [("wu", "X0301", "吴映雪", "0301", "内科", S1, "心血管内科", "2024-03-01 00:00:00", "2024-08-31 00:00:00",
               3000, "是", d(2024, 3, 1), d(2024, 8, 31), 3000.0, True),
              ("hu", "X0520", "胡晓岚", "0520", "手术室", S1, "麻醉科", "2024-03-01 00:00:00", "2024-05-31 00:00:00",
               0, "是", d(2024, 3, 1), d(2024, 5, 31), 0.0, True),
              (None, "X0702", "章闻笛", "0702", "检验科", S1, "检验科", "2024-09-01 00:00:00", "2025-02-28 00:00:00",
               4500, "否", d(2024, 9, 1), d(2025, 2, 28), 4500.0, False),
              ("zhao", "X0205", "赵望舒", "0205", "外科", S1, "普通外科", "2024-10-08 00:00:00", "2025-04-07 00:00:00",
               6000, "否", d(2024, 10, 8), d(2025, 4, 7), 6000.0, False)]
    for i, (key, code, name, dc, dn, host, hdept, s, e, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        ws.append([i, code, name, sex_code(i), "1992-05-20 00:00:00", "居民身份证", use_id(key) if key else None,
                   "汉族", "大学本科", "学士", "临床医学", dc, dn, "住院医师", "2016-08-01 00:00:00",
                   f"2109944{i:08d}", host, hdept, "短期进修", s, e, 6, fee, "单位承担", done, None,
                   "林清和", None, f"1370000{i:04d}", None, "renshike", "2024-02-27 11:20:00"])
        ws.cell(ws.max_row, 7).number_format = "@"
        r = ws.max_row
        row("trainees", fn, sh, r, dict(department=hdept, start_date=sd, end_date=ed, fee_charged=feev,
                                        completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": host}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, sh, r, ["NAME_ONLY"])
    wb.save(path)


def f_r4_trainees_ods(path: Path):
    """松梓县妇幼保健院 (ods, from the 人事系统's 'export to WPS'): header block, 30 columns, 性别 1/2, one 护照 row
    (a staff member with a foreign passport: person by name), dates '2024-04-01 00:00:00'."""
    fn, sh = path.name, "Sheet1"
    rows = export_block("松梓县妇幼保健院 HRP 人力资源 — 进修管理", "hrp_user03", "开始日期>=2024-01-01；状态=全部",
                        "2025-01-09 14:12:55")
    rows.append(TR_COLS[:30])
    people = [("shi", "居民身份证", use_id("shi"), "产科", "2024-04-01 00:00:00", "2024-09-30 00:00:00", 2000, "是",
               d(2024, 4, 1), d(2024, 9, 30), 2000.0, True, ID["shi"]),
              ("dai", "居民身份证", use_id("dai"), "儿科", "2024-04-01 00:00:00", "2024-09-30 00:00:00", 2000, "是",
               d(2024, 4, 1), d(2024, 9, 30), 2000.0, True, ID["dai"]),
              ("pp", "护照", "E98765432", "新生儿科", "2024-10-08 00:00:00", "2025-01-07 00:00:00", 1500, "否",
               d(2024, 10, 8), d(2025, 1, 7), 1500.0, False, None)]
    names = {"shi": "施语桐", "dai": "戴书瑶", "pp": "梁慕晴"}
    for i, (key, idt, idtext, hdept, s, e, fee, done, sd, ed, feev, donev, tid) in enumerate(people, 1):
        rows.append([i, f"F{i:04d}", names[key], 2, "1993-03-15 00:00:00", idt, idtext, "汉族", "大学本科", "学士",
                     "临床医学", "0101", "妇产科门诊", "主治医师", "2015-07-01 00:00:00", f"2209944{i:08d}", S2, hdept,
                     "专科进修", s, e, 6, fee, "单位承担", done, None, "方若兰", 88, f"1360000{i:04d}", None])
        row("trainees", fn, sh, len(rows), dict(department=hdept, start_date=sd, end_date=ed, fee_charged=feev,
                                                completed=donev),
            {"recipient_hospital_id": R4, "host_hospital_id": S2}, ["start_date"], id_number=tid)
    rows.append([f"记录数：3   {SYN}"])
    ods_doc(path, {sh: rows})


def f_r3_trainees_csv(path: Path):
    """松梓县人民医院 HIS export (CSV, UTF-8 without BOM, LF): header block lines, 26 columns, 科室 '0201 普通外科'
    in 进修科室 (the department is 普通外科), 性别 1/2, a 合计 line."""
    fn = path.name
    cols = ["序号", "工号", "姓名", "性别", "证件类型", "证件号码", "出生日期", "学历", "职称", "所在科室", "进修单位",
            "进修科室", "开始时间", "结束时间", "进修费用", "是否结业", "费用报销", "带教老师", "进修目的", "考核结果",
            "联系电话", "登记人", "登记时间", "审核人", "审核时间", "备注"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    n = len(cols)
    for r in export_block("松梓县人民医院HIS系统 科教管理-进修人员", "kjk01", "时间范围：2024-01-01 至 2024-12-31",
                          "2025-01-10 08:45:30"):
        w.writerow(r + [""] * (n - 1))
    w.writerow([""] * n)
    w.writerow(cols)
    r = 6
    people = [("xiang", "项知远", "0201 普通外科", "2024-03-04 00:00:00", "2024-09-03 00:00:00", "3600.00", "是",
               d(2024, 3, 4), d(2024, 9, 3), 3600.0, True),
              ("ning", "宁夕照", "0302 神经内科", "2024-09-09 00:00:00", "2025-03-08 00:00:00", "3600.00", "否",
               d(2024, 9, 9), d(2025, 3, 8), 3600.0, False)]
    for i, (key, name, hdept, s, e, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        w.writerow([i, f"S{i:05d}", name, sex_code(i), "居民身份证", use_id(key), "", "大学本科", "住院医师", "外科",
                    S1, hdept, s, e, fee, done, "是", "潘定远", "提升专科能力", "合格" if done == "是" else "",
                    f"1350000{i:04d}", "kjk01", "2024-02-28 09:00:00", "主任", "2024-02-29 10:00:00", ""])
        r += 1
        row("trainees", fn, None, r, dict(department=hdept.split(" ")[1], start_date=sd, end_date=ed,
                                          fee_charged=feev, completed=donev),
            {"recipient_hospital_id": R3, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    w.writerow([f"合计：2人  {SYN}"] + [""] * (n - 1))
    path.write_bytes(buf.getvalue().encode("utf-8"))


# ------------------------------------------------------------------------------------------- techniques
def f_r3_techniques_csv(path: Path):
    """松梓县人民医院 医务管理系统 export (CSV, GBK): header block, 27 columns, 申报科室 '0201 普通外科', 首次开展日期
    '2024-05-10 00:00:00', 开展例数 '约40例' (→ empty + finding), 是否填补县域空白 是/否."""
    fn = path.name
    cols = ["序号", "项目编号", "项目名称", "项目类别", "申报科室", "负责人", "负责人工号", "技术来源", "支援医院",
            "风险等级", "是否限制类技术", "伦理审查", "审批状态", "审批日期", "首次开展日期", "开展例数", "是否填补县域空白",
            "并发症例数", "收费编码", "收费标准(元)", "医保类别", "考核结果", "转常规日期", "录入人", "录入时间",
            "更新时间", "备注"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(cols)
    for r in export_block("松梓县人民医院 医务管理系统－新技术新项目台账", "yiwuke", "立项年度=2024；审批状态=已批准",
                          "2025-01-10 11:30:00"):
        w.writerow(r + [""] * (n - 1))
    w.writerow(cols)
    r = 5
    items = [("腹腔镜胆囊切除术", "手术类", "0201 普通外科", "2024-05-10 00:00:00", "26", "是", d(2024, 5, 10), 26, True),
             ("无痛胃肠镜检查", "诊疗类", "0305 消化内科", "2024-06-18 00:00:00", "约40例", "否", d(2024, 6, 18), None,
              False),
             ("颈动脉超声斑块评估", "检查类", "0902 超声医学科", "2024-08-01 00:00:00", "112", "是", d(2024, 8, 1), 112,
              True)]
    for i, (name, cat, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        w.writerow([i, f"XJS2024{i:03d}", name, cat, dept, "某主任", f"P{i:04d}", "对口支援医院", S1, "二级", "否", "已通过",
                    "已批准", "2024-04-20 00:00:00", when, cases, gap, "0", f"33{i:07d}", "1200.00", "乙类", "", "",
                    "yiwuke", "2024-04-21 09:10:00", "2025-01-09 17:00:00", ""])
        r += 1
        row("techniques", fn, None, r, dict(name=name, department=dept.split(" ")[1], first_performed_date=day,
                                            cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
        if casesv is None:
            finding(fn, None, r, ["UNPARSEABLE_OPTIONAL", "cases"])
    w.writerow([f"共3项  {SYN}"] + [""] * (n - 1))
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r2_techniques_xlsx(path: Path):
    """溪岩县中医医院 医务系统 export (xlsx): header block, 25 columns, 科室编码 and 科室名称 in two columns, 首次开展时间
    a real datetime cell with a time, 是否填补县域空白 是/否."""
    fn, sh = path.name, "新技术台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for r in export_block("溪岩县中医医院 医疗质量管理系统 — 新技术新项目", "ykadmin", "年度=2024",
                          "2025-01-11 16:40:09"):
        ws.append(r)
    cols = ["序号", "项目编号", "项目名称", "科室编码", "科室名称", "项目负责人", "技术类别", "指导专家", "指导专家单位",
            "首次开展时间", "累计例数", "是否填补县域空白", "技术等级", "准入审批号", "收费项目", "单价", "质控指标",
            "不良事件数", "随访率", "状态", "填报人", "填报时间", "审核人", "审核时间", "备注"]
    ws.append(cols)
    items = [("针刀松解术", "1201", "针灸推拿科", dt.datetime(2024, 4, 16, 9, 0), 58, "是", d(2024, 4, 16), 58, True),
             ("中药穴位贴敷（三伏贴）", "1203", "治未病科", dt.datetime(2024, 7, 15, 8, 0), 340, "否", d(2024, 7, 15), 340,
              False)]
    for i, (name, dc, dn, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        ws.append([i, f"ZY-2024-{i:02d}", name, dc, dn, "某医师", "中医适宜技术", "宋景行", S2, when, cases, gap,
                   "二类", f"XY2024-{i:03d}", "是", 85.0, "有效率", 0, "95%", "已转常规", "ykadmin",
                   "2024-12-30 10:00:00", "院长", "2025-01-02 10:00:00", None])
        ws.cell(ws.max_row, 10).number_format = "yyyy-mm-dd hh:mm:ss"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dn, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- activities
def f_r1_activities_xlsx(path: Path):
    """溪岩县人民医院 科教系统 export (xlsx): header block, 26 columns, 活动时间 '2024-04-12 14:30:00' strings,
    参加人数 '约40人' (→ empty + finding), 主办科室 '0301 心血管内科'."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for r in export_block("溪岩县人民医院 科教管理系统 — 培训活动", "kejiao", "活动日期：2024-01-01~2024-12-31；来源=对口支援",
                          "2025-01-08 10:05:44"):
        ws.append(r)
    ws.append([])
    cols = ["序号", "活动编号", "活动名称", "活动类型", "活动时间", "结束时间", "活动地点", "主办科室", "主讲人",
            "主讲人单位", "主讲人职称", "参加人数", "学时", "学分类别", "学分", "签到方式", "是否对口支援", "支援单位",
            "课件上传", "照片上传", "考核方式", "满意度", "录入人", "录入时间", "审核状态", "备注"]
    ws.append(cols)
    acts = [("心衰规范化管理", "学术讲座", "2024-04-12 14:30:00", "0301 心血管内科", 35, dt.date(2024, 4, 12), 35),
            ("急性胸痛查房", "教学查房", "2024-04-12 09:00:00", "0301 心血管内科", "约40人", dt.date(2024, 4, 12), None),
            ("经皮肺穿刺示教", "手术示教", "2024-06-20 10:00:00", "0405 呼吸内科", 12, dt.date(2024, 6, 20), 12),
            ("疑难心律失常讨论", "疑难病例讨论", "2024-07-03 15:00:00", "0301 心血管内科", 18, dt.date(2024, 7, 3), 18),
            ("院感防控培训", "技术培训", "2024-10-15 14:00:00", "1101 护理部", 120, dt.date(2024, 10, 15), 120)]
    for i, (name, typ, when, dept, n, day, nv) in enumerate(acts, 1):
        ws.append([i, f"HD2024{i:04d}", name, typ, when, when[:11] + "17:00:00", "学术报告厅", dept, "林清和", S1,
                   "主任医师", n, 2, "Ⅱ类", 0.5, "扫码", "是", S1, "是", "是", "签到", "98%", "kejiao",
                   when, "已审核", None])
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, sh, ws.max_row, ["UNPARSEABLE_OPTIONAL", "participants"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- monthly statistics
MS_COLS = ["统计月份", "机构编码", "机构名称", "编制床位", "实有床位", "门急诊人次", "门诊人次", "急诊人次", "出院人数",
           "入院人数", "手术台次", "其中：三四级手术", "转出人次", "上转接收人次", "下转接收人次", "实际占用总床日数",
           "出院者占用总床日数", "平均住院日", "床位使用率", "药占比", "耗材占比", "医疗收入(万元)", "次均门诊费用",
           "人均住院费用", "填报人", "填报时间"]


def ms_row(y, m, code, name, v, when_fmt):
    outp, dis, surg, ref = v
    return [when_fmt(y, m), code, name, 150, 168, outp, outp - 1200, 1200, dis, dis + 4, surg, surg // 5, ref, "", "",
            dis * 7, dis * 7 - 30, "7.0", "88.5%", "28.1%", "19.0%", f"{outp * 0.012:.2f}", "182.40", "5230.10",
            "tongji", "2024-12-05 09:00:00"]


def f_r2_monthly_xls(path: Path, corrected: bool):
    """溪岩县中医医院 统计直报 export (xls), 26 columns, 统计月份 '2024-01'; the (更正) file sends all six months again
    with March fixed: it replaces the first file's rows (later, named as a correction, the full list)."""
    fn, sh = path.name, "月报"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    rows = export_block("卫生统计网络直报系统 — 医院月报（机构：溪岩县中医医院）", "xyzy_tj",
                        "报告期：2024年01月—2024年06月" + ("（更正）" if corrected else ""),
                        "2024-07-12 10:00:00" if corrected else "2024-07-05 10:00:00")
    rows.append(MS_COLS)
    for m in range(1, 7):
        v = [8200 + 150 * m, 610 + 11 * m, 95 + 3 * m, 22 - m]
        if m == 3 and not corrected:
            v = [82500, 643, 104, 19]        # a typo in March, fixed by the correction
        rows.append(ms_row(2024, m, "MA0XY0002", R2, v, lambda y, mm: f"{y}-{mm:02d}"))
        if corrected:
            row("hospital_monthly_stats", fn, sh, len(rows),
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": R2}, ["month"])
    for r, vals in enumerate(rows):
        for c, val in enumerate(vals):
            if val is not None:
                ws.write(r, c, val)
    wb.save(str(path))


def f_r4_monthly_csv(path: Path):
    """松梓县妇幼保健院 统计直报 export (CSV, UTF-8 with BOM): header block, 26 columns, 统计月份 as a timestamp
    '2024-07-01 00:00:00', 下转接收人次 filled."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    n = len(MS_COLS)
    for r in export_block("卫生统计网络直报系统 — 医院月报（机构：松梓县妇幼保健院）", "szfy_tj",
                          "报告期：2024-07 至 2024-12", "2025-01-06 08:00:00"):
        w.writerow(r + [""] * (n - 1))
    w.writerow(MS_COLS)
    r = 5
    for m in range(7, 13):
        v = [5100 + 80 * m, 300 + 5 * m, 60 + m, 9 - m // 2]
        vals = ms_row(2024, m, "MA0SZ0004", R4, v, lambda y, mm: f"{y}-{mm:02d}-01 00:00:00")
        vals[14] = str(2 + m % 3)
        w.writerow(vals)
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=2 + m % 3), {"recipient_hospital_id": R4}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ------------------------------------------------------------------------------------------- assessments
def f_r1_assessments_xlsx(path: Path):
    """溪岩县人民医院 绩效系统 export (xlsx): header block, 27 columns, 考核月份 '2024-06', 证件类型 beside 证件号码
    (the 通行证 holder by name), 性别 1/2, 在岗抽查次数 / 在岗次数."""
    fn, sh = path.name, "月度考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    for r in export_block("溪岩县人民医院 绩效考核系统 — 派驻人员月度考核", "jixiao", "考核月份=2024-06,2024-07",
                          "2024-08-05 09:30:00"):
        ws.append(r)
    cols = ["序号", "考核月份", "人员编码", "姓名", "性别", "证件类型", "证件号码", "派出单位", "派驻科室", "职称",
            "出勤天数", "请假天数", "在岗抽查次数", "在岗次数", "医疗质量(40)", "教学带教(30)", "医德医风(30)", "考核得分",
            "考核等级", "考核人", "考核时间", "患者满意度", "投诉次数", "备注", "创建人", "创建时间", "修改时间"]
    ws.append(cols)
    people = [("lin", "林清和", "居民身份证", "心血管内科", "主任医师"), ("xia", "夏知秋", "居民身份证", "呼吸与危重症医学科",
                                                                     "主治医师"),
              ("hk", "区嘉朗", "港澳居民来往内地通行证", "超声医学科", "主管技师")]
    scores = {6: [95.5, 92, 90], 7: [96, 93.5, 88]}
    i = 0
    for m in (6, 7):
        for (key, name, idt, dept, title), sc in zip(people, scores[m]):
            if key == "lin" and m == 7:
                continue           # 林清和's deployment ended in August but the export skipped him in July: not a row
            i += 1
            idtext = "H60123457" if key == "hk" else use_id(key)
            present = 3 if (key, m) == ("xia", 7) else 4
            ws.append([i, f"2024-{m:02d}", f"P{i:07d}", name, sex_code(i), idt, idtext, S1, dept, title, 22, 0, 4,
                       present, sc * 0.4, sc * 0.3, sc * 0.3, sc, "优秀" if sc >= 90 else "合格", "医务科",
                       f"2024-{m + 1:02d}-03 10:00:00", "98%", 0, None, "jixiao", "2024-08-05 09:00:00", None])
            ws.cell(ws.max_row, 7).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": R1}, ["month"], id_number=ID[key] if key != "hk" else None)
    wb.save(path)


# ------------------------------------------------------------------------------------------- county
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


def f_county_ods(path: Path):
    """市卫健委 统计信息平台 export (ods): header block, 25 columns, one row per county and year (2023 and 2024)."""
    fn, sh = path.name, "县域住院"
    rows = export_block("琨州省卫生健康统计信息平台 — 县域住院流向", "stat_city", "地区=溪岩县,松梓县；年度=2023,2024",
                        "2025-02-10 15:20:00")
    cols = ["地区编码", "地区名称", "统计年度", "常住人口(万人)", "县域内常住居民住院总人次", "县域内住院人次",
            "县域外住院人次", "县域内就诊率", "省内县域外人次", "省外人次", "基层住院人次", "县级医院住院人次",
            "民营医院住院人次", "中医院住院人次", "妇幼住院人次", "医保结算人次", "次均住院费用", "县域外次均费用",
            "数据来源", "审核状态", "填报单位", "填报人", "填报时间", "审核时间", "备注"]
    rows.append(cols)
    data = {("溪岩县", 2023): (41230, 6480), ("溪岩县", 2024): (42816, 5921), ("松梓县", 2023): (30544, 5530),
            ("松梓县", 2024): (31270, 5102)}
    for (county, y), (tot, out) in data.items():
        inside = tot - out
        rows.append([COUNTY_CODE[county], county, y, 45.2, tot, inside, out, f"{100 * inside / tot:.2f}%",
                     out - 900, 900, 9000, 20000, 1200, 4000, 2600, tot - 300, 5800.5, 12800.0, "医保结算数据",
                     "已审核", "市卫健委", "stat_city", "2025-02-10 15:00:00", "2025-02-10 15:10:00", None])
        row("county_inpatient_stats", fn, sh, len(rows), dict(county_code=COUNTY_CODE[county], year=y,
                                                             resident_admissions=tot,
                                                             resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    rows.append([f"注：{SYN}，数据虚构。"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琨州省对口支援关系表（2024—2026年）.xlsx")
    y = raw / "2024"
    files = [(f_s1_roster_xlsx, "SYNTHETIC_省一院人事系统导出_派驻人员_溪岩.xlsx"),
             (f_s1_roster_xls, "SYNTHETIC_省一院人事系统导出_派驻人员_松梓.xls"),
             (f_s2_roster_csv, "SYNTHETIC_澜平中心医院HIS导出_派驻人员.csv"),
             (f_r1_trainees_xlsx, "SYNTHETIC_溪岩县人民医院_进修人员导出.xlsx"),
             (f_r4_trainees_ods, "SYNTHETIC_松梓妇幼_HRP进修导出.ods"),
             (f_r3_trainees_csv, "SYNTHETIC_松梓县人民医院_进修人员_HIS.csv"),
             (f_r3_techniques_csv, "SYNTHETIC_松梓县人民医院_新技术台账导出.csv"),
             (f_r2_techniques_xlsx, "SYNTHETIC_溪岩中医_新技术新项目导出.xlsx"),
             (f_r1_activities_xlsx, "SYNTHETIC_溪岩县人民医院_培训活动导出.xlsx"),
             (lambda p: f_r2_monthly_xls(p, False), "SYNTHETIC_溪岩中医_医院月报2024年1-6月.xls"),
             (lambda p: f_r2_monthly_xls(p, True), "SYNTHETIC_溪岩中医_医院月报2024年1-6月(更正).xls"),
             (f_r4_monthly_csv, "SYNTHETIC_松梓妇幼_医院月报7-12月.csv"),
             (f_r1_assessments_xlsx, "SYNTHETIC_溪岩县人民医院_派驻人员月度考核导出.xlsx"),
             (f_county_ods, "SYNTHETIC_县域住院流向_统计平台导出.ods")]
    t0 = dt.datetime(2025, 1, 12, 9, 0).timestamp()
    for k, (fnc, name) in enumerate(files):
        fnc(y / name)
        os.utime(y / name, (t0 + 3600 * k, t0 + 3600 * k))   # the correction arrived after the first report
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
