"""realworld128 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅澄省) for 2024: plans beside what
happened. Support hospitals send their 年度派驻计划 / 轮换计划, 计划开展的新技术 and 培训计划 in the same folder as — and
sometimes in the same workbook or sheet as — the rosters, technique lists and activity records; rosters carry a 状态
column (计划 / 已派驻 / 已返回 / 取消 / 推迟) or 计划起止时间 beside 实际起止时间; technique lists 计划引进时间 beside
实际开展时间; activity lists 计划日期 with 完成情况 (已完成 / 未完成 / 延期). Only what happened is data. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
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


S1, S2, S3 = "琅澄省人民医院", "琅澄省中医院", "澄州市第一人民医院"
R1, R2, R3, R4 = "青榆县人民医院", "青榆县中医医院", "岚沐县人民医院", "岚沐县妇幼保健院"
UNPAIRED = "白溪县人民医院"   # named in a roster, in no pairing list
RECIP = {R1: ("二级", "甲等", "综合医院", "青榆县"), R2: ("二级", "乙等", "中医医院", "青榆县"),
         R3: ("二级", "甲等", "综合医院", "岚沐县"), R4: ("二级", None, "妇幼保健院", "岚沐县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990501", "19730412", "031"), "tao": ("990501", "19870622", "042"), "he": ("990502", "19800915", "015"),
    "jiang": ("990501", "19890305", "036"), "shen": ("990503", "19850808", "024"), "han": ("990503", "19900117", "053"),
    "meng": ("990504", "19810228", "067"),
    "zheng": ("990511", "19880214", "051"), "feng": ("990511", "19910718", "062"), "kong": ("990512", "19821103", "017"),
    "luo": ("990512", "19920506", "083"), "bai": ("990513", "19941012", "028"),
    "wei": ("990521", "19860716", "072"), "ouyang": ("990521", "19830423", "047"), "cen": ("990522", "19870930", "038"),
    "du": ("990531", "19900327", "044"), "qin": ("990531", "19930809", "065"), "shao": ("990532", "19951201", "016"),
    "qi": ("990532", "19960521", "079"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def held(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def d(y, m, dd):
    return dt.date(y, m, dd)


def iso(x):
    return None if x is None else x.isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=iso(start),
                end_date=end if isinstance(end, dict) else iso(end))


def datefmt(ws, r, cols):
    for c in cols:
        if isinstance(ws.cell(r, c).value, (dt.date, dt.datetime)):
            ws.cell(r, c).number_format = "yyyy-mm-dd"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 "二级甲等", 类别, 所在县, 支援医院, 协议签订日期; 支援期限 for one pairing only
    (the others take the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅澄省城乡医院对口支援关系一览表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, d(2023, 12, 18), None), (R2, S2, d(2023, 12, 18), None), (R3, S1, d(2023, 12, 22), None),
             (R4, S3, d(2024, 2, 6), "2024-3-1~2027-2-28")]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        datefmt(ws, ws.max_row, [7])
        if per:
            start, end, src = "2024-03-01", "2027-02-28", "support_period"
        else:
            start, end, src = "2024-01-01", "2026-12-31", "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- plans only
def f_s1_annual_plan(path: Path):
    """省人民医院 2024年度派驻计划: planned people, planned months, 拟派 — no row happened (yet)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "派驻计划"
    ws.append([f"琅澄省人民医院2024年度对口支援派驻计划（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "拟派驻单位", "拟派人员", "科室", "职称", "计划派驻时间", "状态"])
    for i, (rec, name, dept, title, when) in enumerate([
            (R1, "许清和", "心血管内科", "主任医师", "2024年3月—8月"),
            (R1, "陶若溪", "普外科", "主治医师", "2024年9月—2025年2月"),
            (R3, "贺云舟", "麻醉科", "副主任医师", "2024年7月—12月"),
            (R3, "江映月", "儿科", "主治医师", "2024年9月—2025年2月"),
            (R1, "沈一苇", "骨科", "主治医师", "2024年6月—11月")], 1):
        ws.append([i, rec, name, dept, title, when, "拟派"])
    ws.append(["注：以上为年度计划，实际派驻以派驻人员名册为准。"])
    ws.append(["琅澄省人民医院医务部", None, None, None, None, "2024年1月10日"])
    wb.save(path)


def f_s1_training_plan(path: Path):
    """省人民医院's 培训计划 for 岚沐县人民医院: planned dates, planned headcounts — plans, not activities."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训计划"
    ws.append([f"琅澄省人民医院2024年对岚沐县人民医院培训计划（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "计划日期", "培训形式", "培训内容", "培训对象", "预计人数"])
    for i, (day, typ, topic, who, n) in enumerate([
            (d(2024, 4, 10), "学术讲座", "急性胸痛的识别与处置", "全院医师", 60),
            (d(2024, 6, 12), "技术培训", "气管插管规范操作", "麻醉科、急诊科", 20),
            (d(2024, 9, 11), "教学查房", "围手术期管理", "外科系统", 25),
            (d(2024, 11, 13), "学术讲座", "抗菌药物合理使用", "全院医师", 60)], 1):
        ws.append([i, day, typ, topic, who, n])
        datefmt(ws, ws.max_row, [2])
    ws.append(["制表：科教部"])
    wb.save(path)


def f_r3_technique_plan(path: Path):
    """岚沐县人民医院's 计划开展的新技术 for 2025: names, planned months, 预计例数 — nothing performed yet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([f"岚沐县人民医院2025年计划开展的新技术新项目（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "项目名称", "科室", "计划开展时间", "预计例数", "技术支持单位"])
    for i, (name, dept, when, n) in enumerate([("经皮肾镜碎石取石术", "泌尿外科", "2025年3月", 15),
                                               ("超声引导下神经阻滞", "麻醉科", "2025年5月", 40),
                                               ("颅内血肿微创穿刺引流术", "神经外科", "2025年9月", 10)], 1):
        ws.append([i, name, dept, when, n, S1])
    ws.append(["填报人：医务科", None, None, "2024年12月20日"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- rosters
def f_s1_roster_status(path: Path):
    """省人民医院 roster with a 状态 column: 已返回 / 已派驻 rows happened; 计划 / 取消 / 推迟 rows did not; one
    已派驻 row at a hospital in no pairing list (held)."""
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澄省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "状态"])
    people = [  # key, name, dept, title, recipient, start, end (as written), status, truth fields or None
        ("xu", "许清和", "心血管内科", "主任医师", R1, d(2024, 3, 1), d(2024, 8, 31), "已返回",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("tao", "陶若溪", "普外科", "主治医师", R1, d(2024, 9, 2), d(2025, 2, 28), "已派驻",
         dep("普外科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 2, 28))),
        ("he", "贺云舟", "麻醉科", "副主任医师", R3, d(2024, 7, 1), "至今", "已派驻",
         dep("麻醉科", "副主任医师", "副高级", "医疗", d(2024, 7, 1), None)),
        ("jiang", "江映月", "儿科", "主治医师", R3, d(2025, 3, 1), d(2025, 8, 31), "计划", None),
        ("shen", "沈一苇", "骨科", "主治医师", R1, d(2024, 6, 1), d(2024, 11, 30), "取消", None),
        ("han", "韩知秋", "护理部", "主管护师", R3, d(2024, 10, 8), d(2025, 4, 7), "推迟", None),
        ("meng", "孟长庚", "呼吸内科", "副主任医师", UNPAIRED, d(2024, 5, 6), d(2024, 11, 5), "已返回", "HELD"),
    ]
    for i, (key, name, dept, title, rec, s, e, status, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e, status])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        datefmt(ws, r, [7, 8])
        if f == "HELD":
            held(fn, sh, r, "unresolved_hospital", f"{UNPAIRED} is in no pairing list")
        elif f:
            row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key])
    ws.append([f"注：状态为“计划”“取消”“推迟”的人员未实际派驻，仅供备案。{SYN}"])
    ws.append(["填报人：医务部", None, None, None, None, "填报日期：2024年12月31日"])
    wb.save(path)


def f_s2_plan_vs_actual(path: Path):
    """省中医院: 计划起止时间 and 实际起止时间 side by side (two-row header); actual cells empty for people not yet
    gone; one person on site with no actual end yet."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅澄省中医院派驻人员计划与实际到岗情况（2024年）{SYN}"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "计划起止时间", None, "实际起止时间", None, "备注"])
    ws.append([None, None, None, None, None, None, "开始", "结束", "开始", "结束", None])
    for c in "ABCDEFK":
        ws.merge_cells(f"{c}2:{c}3")
    ws.merge_cells("G2:H2")
    ws.merge_cells("I2:J2")
    people = [
        ("zheng", "郑书和", "针灸科", "主治医师", d(2024, 3, 1), d(2024, 8, 31), d(2024, 3, 4), d(2024, 9, 3), None,
         dep("针灸科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
        ("feng", "冯若竹", "脾胃病科", "副主任医师", d(2024, 3, 1), d(2024, 8, 31), d(2024, 3, 4), d(2024, 6, 30),
         "提前返回", dep("脾胃病科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 6, 30))),
        ("kong", "孔令溪", "康复科", "主治医师", d(2024, 9, 1), d(2025, 2, 28), d(2024, 9, 2), None, "在岗",
         dep("康复科", "主治医师", "中级", "医疗", d(2024, 9, 2), {"one_of": ["2025-02-28", None]})),
        ("luo", "罗青岑", "骨伤科", "主治医师", d(2025, 3, 1), d(2025, 8, 31), None, None, "2025年上半年派出", None),
        ("bai", "白露晞", "护理部", "主管护师", d(2024, 10, 1), d(2025, 3, 31), None, None, "因科室人员紧张推迟", None),
    ]
    for i, (key, name, dept, title, ps, pe, as_, ae, note, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, R2, ps, pe, as_, ae, note])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        datefmt(ws, r, [7, 8, 9, 10])
        if f:
            row("deployments", fn, sh, r, f, {"support_hospital_id": S2, "recipient_hospital_id": R2},
                ["start_date"], id_number=ID[key])
    ws.append(["说明：实际起止时间为空的人员尚未派出。"])
    wb.save(path)


def f_s3_rotation_and_roster(path: Path):
    """市一院: one workbook, a 轮换计划 sheet (planned names and months, 拟派) beside the 派驻人员名册 (what
    happened); one roster row without its start (held)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年轮换计划"
    ws.append([f"澄州市第一人民医院对口支援岚沐县妇幼保健院人员轮换计划（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "拟派人员", "科室", "职称", "拟派驻月份", "状态"])
    for i, (name, dept, title, when, st) in enumerate([("韦山青", "妇产科", "副主任医师", "2024年3月—8月", "拟派"),
                                                        ("欧阳岚", "儿科", "主治医师", "2024年9月—2025年2月", "拟派"),
                                                        ("岑北辰", "检验科", "主管技师", "2024年3月—8月", "拟派"),
                                                        ("祁望舒", "麻醉科", "主治医师", "2025年3月—8月", "计划")], 1):
        ws.append([i, name, dept, title, when, st])
    sh = "派驻人员名册"
    ws2 = wb.create_sheet(sh)
    ws2.append([f"澄州市第一人民医院派驻岚沐县妇幼保健院人员名册（{SYN}）"])
    ws2.merge_cells("A1:H1")
    ws2.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间"])
    people = [("wei", "韦山青", "妇产科", "副主任医师", d(2024, 3, 4), d(2024, 9, 3),
               dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("ouyang", "欧阳岚", "儿科", "主治医师", d(2024, 9, 2), d(2025, 3, 1),
               dep("儿科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1))),
              ("cen", "岑北辰", "检验科", "主管技师", None, d(2024, 8, 31), "HELD")]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        ws2.append([i, name, use_id(key), dept, title, R4, s, e])
        r = ws2.max_row
        ws2.cell(r, 3).number_format = "@"
        datefmt(ws2, r, [7, 8])
        if f == "HELD":
            held(fn, sh, r, "missing_required", "派驻开始时间 blank (the plan's month is no start date)")
        else:
            row("deployments", fn, sh, r, f, {"support_hospital_id": S3, "recipient_hospital_id": R4},
                ["start_date"], id_number=ID[key])
    wb.save(path)


# ------------------------------------------------------------------------------------------- techniques
def f_r1_techniques_plan_actual(path: Path):
    """青榆县人民医院: 计划引进时间 beside 实际开展时间; a row not yet performed (actual blank) and one 未开展."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青榆县人民医院2024年新技术新业务引进情况（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "项目名称", "科室", "支援单位", "计划引进时间", "实际开展时间", "开展例数", "是否填补县域空白"])
    items = [("经皮冠状动脉介入治疗", "心血管内科", "2024年3月", d(2024, 4, 16), 12, "是", True),
             ("腹腔镜胆囊切除术", "普外科", "2024年6月", d(2024, 5, 28), 9, "否", False),
             ("胃肠镜下息肉切除术", "消化内科", "2024年9月", None, None, None, None),
             ("床旁连续性血液净化", "重症医学科", "2024年10月", "未开展", None, None, None)]
    for i, (name, dept, plan, actual, cases, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, S1, plan, actual, cases, gap])
        r = ws.max_row
        datefmt(ws, r, [6])
        if isinstance(actual, dt.date):
            row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=actual.isoformat(),
                                              cases=cases, fills_county_gap=gapv),
                {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    ws.append(["填报人：医务科", None, None, None, "填报日期：2025年1月8日"])
    wb.save(path)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as office:date-value)."""
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


def f_r3_techniques_with_plan_section(path: Path):
    """岚沐县人民医院 (.ods): 一、2024年已开展 (data) and, in the same sheet below, 二、2025年拟开展 (a plan)."""
    fn, sh = path.name, "新技术"
    rows = [[f"岚沐县人民医院新技术新项目开展情况（{SYN}）"],
            ["一、2024年已开展新技术新项目"],
            ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "帮扶单位"]]
    for i, (name, dept, day, cases, gap, gapv) in enumerate([
            ("无创呼吸机辅助通气", "呼吸内科", d(2024, 5, 14), 36, "否", False),
            ("椎管内分娩镇痛", "麻醉科", d(2024, 8, 20), 48, "是", True)], 1):
        rows.append([i, name, dept, day, cases, gap, S1])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                  cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    rows += [[None],
             ["二、2025年拟开展新技术新项目（计划）"],
             ["序号", "项目名称", "科室", "计划开展时间", "预计例数", "是否填补县域空白", "帮扶单位"],
             [1, "经皮肾镜碎石取石术", "泌尿外科", "2025年3月", 15, "是", S1],
             [2, "超声引导下神经阻滞", "麻醉科", "2025年5月", 40, "否", S1],
             ["填报人：医务科", None, None, "2024年12月20日"]]
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- activities
def f_r4_activities_csv(path: Path):
    """岚沐县妇幼保健院 (CSV, GBK): 计划日期 with 完成情况 已完成 / 未完成 / 延期; the postponed session held later
    is its own 已完成 row."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"岚沐县妇幼保健院2024年对口帮扶活动计划及完成情况（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "计划日期", "活动形式", "主题", "帮扶单位", "完成情况", "参加人数", "备注"])
    r = 2
    for i, (day, typ, topic, status, n, note) in enumerate([
            (d(2024, 3, 15), "学术讲座", "妊娠期糖尿病规范管理", "已完成", 32, ""),
            (d(2024, 4, 18), "教学查房", "产后出血病例查房", "已完成", 18, ""),
            (d(2024, 5, 20), "手术示教", "腹腔镜下输卵管手术", "未完成", None, "专家临时有急诊手术"),
            (d(2024, 6, 12), "技术培训", "新生儿复苏", "延期", None, "延期至7月"),
            (d(2024, 7, 10), "技术培训", "新生儿复苏", "已完成", 40, "6月延期至本日"),
            (d(2024, 11, 20), "义诊", "两癌筛查义诊", "已完成", 120, "")], 1):
        w.writerow([i, f"{day.year}-{day.month}-{day.day}", typ, topic, S3, status, "" if n is None else n, note])
        r += 1
        if status == "已完成":
            row("activities", fn, None, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
                {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date", "activity_type"])
    w.writerow(["填报人：办公室", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r2_training_plan_and_record_xls(path: Path):
    """青榆县中医医院 (.xls): a 培训计划 sheet (months, planned content) and an 活动记录 sheet (what was held), one
    of whose rows was 取消."""
    fn = path.name
    wb = xlwt.Workbook(encoding="utf-8")
    datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws = wb.add_sheet("培训计划")
    ws.write(0, 0, f"青榆县中医医院2024年对口支援培训计划（{SYN}）")
    for j, h in enumerate(["月份", "培训内容", "拟邀专家单位", "计划次数"]):
        ws.write(1, j, h)
    for i, (m, topic) in enumerate([(3, "中医适宜技术推广"), (5, "中风后遗症康复"), (8, "疑难病例讨论"),
                                    (10, "针刺疗法规范操作"), (12, "年度总结讲座")]):
        for j, v in enumerate([f"{m}月", topic, S2, 1]):
            ws.write(2 + i, j, v)
    sh = "活动记录"
    ws2 = wb.add_sheet(sh)
    ws2.write(0, 0, f"青榆县中医医院2024年对口帮扶活动记录（{SYN}）")
    for j, h in enumerate(["日期", "活动类型", "主题", "授课专家单位", "参加人数", "完成情况"]):
        ws2.write(1, j, h)
    for i, (day, typ, topic, n, status) in enumerate([
            (d(2024, 3, 22), "学术讲座", "中医适宜技术推广", 45, "已完成"),
            (d(2024, 5, 9), "教学查房", "中风后遗症查房", 16, "已完成"),
            (d(2024, 8, 15), "疑难病例讨论", "顽固性失眠病例讨论", None, "取消"),
            (d(2024, 10, 11), "技术培训", "针刺疗法规范操作", 28, "已完成")]):
        r = 2 + i
        ws2.write(r, 0, day, datestyle)
        for j, v in enumerate([typ, topic, S2, n, status], 1):
            if v is not None:
                ws2.write(r, j, v)
        if status == "已完成":
            row("activities", fn, sh, r + 1, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
                {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["activity_date", "activity_type"])
    ws2.write(6, 0, "填报人：医务科")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- ordinary files
def f_r1_trainees_xls(path: Path):
    """青榆县人民医院's trainees (.xls) with a 状态 column; one 拟派出 row for 2025 (a plan)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    datestyle = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青榆县人民医院2024年赴琅澄省人民医院进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "进修科室", "进修医院", "开始时间", "结束时间", "进修费用（元）", "是否结业", "状态"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("du", "杜若川", "骨科", d(2024, 3, 1), d(2024, 8, 31), 0, "是", "已结业", True),
              ("qin", "秦雨桐", "儿科", d(2024, 3, 1), d(2024, 8, 31), 0, "是", "已结业", True),
              ("shao", "邵安歌", "妇产科", d(2024, 9, 1), d(2025, 2, 28), 0, "否", "进修中", False),
              ("qi", "齐晚晴", "急诊科", d(2025, 3, 1), d(2025, 8, 31), None, None, "拟派出", None)]
    for i, (key, name, dept, s, e, fee, done, status, donev) in enumerate(people, 1):
        r = 1 + i
        vals = [i, name, use_id(key), dept, S1, s, e, fee, done, status]
        for j, v in enumerate(vals):
            if isinstance(v, dt.date):
                ws.write(r, j, v, datestyle)
            elif v is not None:
                ws.write(r, j, v)
        if status != "拟派出":
            row("trainees", fn, sh, r + 1, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                 fee_charged=0.0, completed=donev),
                {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"],
                id_number=ID[key])
    ws.write(6, 0, "填表人：科教科")
    wb.save(str(path))


def f_r1_monthly_csv(path: Path):
    """青榆县人民医院 monthly workload (CSV, UTF-8 with BOM), with a 年度目标 line (a plan) under the months."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青榆县人民医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(1, 7):
        v = [18300 + 260 * m, 1310 + 21 * m, 302 + 4 * m, 52 - 3 * m]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    w.writerow(["2024年度目标（计划）", 240000, 17000, 4000, 400])
    w.writerow(["填报人：统计室", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅澄省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_annual_plan, "SYNTHETIC_省人民医院2024年度派驻计划.xlsx"),
             (f_s1_roster_status, "SYNTHETIC_省人民医院派驻人员名册（含状态）2024.xlsx"),
             (f_s1_training_plan, "SYNTHETIC_省人民医院2024年对岚沐县人民医院培训计划.xlsx"),
             (f_s2_plan_vs_actual, "SYNTHETIC_省中医院派驻人员计划与实际到岗情况2024.xlsx"),
             (f_s3_rotation_and_roster, "SYNTHETIC_市一院派驻岚沐妇幼轮换计划及名册.xlsx"),
             (f_r1_techniques_plan_actual, "SYNTHETIC_青榆县人民医院新技术引进情况2024.xlsx"),
             (f_r3_technique_plan, "SYNTHETIC_岚沐县人民医院2025年计划开展的新技术.xlsx"),
             (f_r3_techniques_with_plan_section, "SYNTHETIC_岚沐县人民医院新技术开展情况.ods"),
             (f_r4_activities_csv, "SYNTHETIC_岚沐县妇幼保健院帮扶活动计划及完成情况2024.csv"),
             (f_r2_training_plan_and_record_xls, "SYNTHETIC_青榆县中医医院培训计划及活动记录2024.xls"),
             (f_r1_trainees_xls, "SYNTHETIC_青榆县人民医院进修人员2024.xls"),
             (f_r1_monthly_csv, "SYNTHETIC_青榆县人民医院业务量1-6月.csv")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
