"""realworld87 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁原省) for 2024: the pairing list in
data/raw/reference/ and seventeen submissions of the same forms from twelve hospitals (four support hospitals, eight
recipients) and the province's statistics clerk, each with its own header wording and column order, as nobody
standardised them. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,支援医院,受援医院,卫健委}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 9904xx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser: the truth is what a careful human reads from each header's plain meaning; a column whose header could
honestly mean two fields (现任职务: a post at home or at the recipient? 上转 / 下转 on a county hospital's report:
sent or received?) has its values left out of the truth.
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


# ------------------------------------------------------------------------------------------- hospitals
S1, S2, S3, S4 = "霁原省人民医院", "霁原省中医院", "澄江市中心医院", "澄江市妇幼保健院"
R1, R2, R3, R4 = "枫溪县人民医院", "枫溪县中医医院", "棠湾县人民医院", "棠湾县妇幼保健院"
R5, R6, R7, R8 = "柳岸县人民医院", "柳岸县中医医院", "石笋县人民医院", "石笋县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "枫溪县"), R2: ("二级", "甲等", "中医医院", "枫溪县"),
         R3: ("二级", "甲等", "综合医院", "棠湾县"), R4: ("二级", None, "妇幼保健院", "棠湾县"),
         R5: ("二级", "甲等", "综合医院", "柳岸县"), R6: ("二级", "乙等", "中医医院", "柳岸县"),
         R7: ("二级", "乙等", "综合医院", "石笋县"), R8: ("二级", None, "妇幼保健院", "石笋县")}
PAIRS = [(S1, R1, dt.date(2023, 12, 12)), (S1, R3, dt.date(2023, 12, 12)), (S2, R2, dt.date(2023, 12, 15)),
         (S2, R6, dt.date(2023, 12, 15)), (S3, R5, dt.date(2023, 12, 20)), (S3, R7, dt.date(2023, 12, 20)),
         (S4, R4, dt.date(2023, 12, 26)), (S4, R8, dt.date(2023, 12, 26))]

ID = {k: idn(*v) for k, v in {
    "wen": ("990401", "19740312", "031"), "su": ("990401", "19830726", "042"), "cheng": ("990402", "19870109", "015"),
    "luo": ("990402", "19790523", "036"), "han": ("990403", "19680830", "024"), "qian": ("990403", "19850214", "051"),
    "yi": ("990403", "19810618", "062"), "bai": ("990404", "19760921", "017"), "ye": ("990404", "19890403", "083"),
    "qi": ("990404", "19800117", "028"), "lu": ("990411", "19920505", "044"), "hua": ("990411", "19900828", "065"),
    "ning": ("990411", "19941102", "016"), "qiu": ("990412", "19880314", "072"), "mei": ("990412", "19911207", "047"),
    "shen": ("990413", "19930619", "038"), "luox": ("990413", "19950925", "059"), "bei": ("990413", "19900130", "026"),
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


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **more):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **more)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (numbers as float cells, text as strings)."""
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


def write_csv(path: Path, lines, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 级别 and 等次 in two columns, 协议签订日期 as dates, 支援期限 blank (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：霁原省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期"])
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
    for s in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 支援医院: rosters
def f_s1_roster(path: Path):
    """省人民医院 (xlsx): 援助科室 / 技术职务 / 现任职务 / 学历 / 下派时间 / 离岗日期 / 援派类型. 现任职务 could be a post at
    home or at the recipient: its values are left out of the truth. One ID with a wrong check digit; 离岗日期 "在岗"."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁原省人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "援助科室", "技术职务", "现任职务", "学历", "身份证号", "受援医院", "下派时间", "离岗日期",
               "援派类型"])
    wrong = ID["su"][:17] + ("0" if ID["su"][17] != "0" else "1")
    people = [
        ("wen", "温景川", "心血管内科", "主任医师", "科主任", "博士研究生", None, R1, dt.date(2024, 3, 4),
         dt.date(2024, 8, 31), "长期派驻", dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 8, 31))),
        ("su", "苏映雪", "护理部", "副主任护师", "护士长", "本科", wrong, R1, dt.date(2024, 3, 4), dt.date(2024, 8, 31),
         "长期派驻", dep("护理部", "副主任护师", "副高级", "护理", d(2024, 3, 4), d(2024, 8, 31))),
        ("cheng", "程立川", "普外科", "主治医师", "无", "硕士研究生", None, R3, "2024.04.08", "2024.10.07", "短期派驻",
         dep("普外科", "主治医师", "中级", "医疗", d(2024, 4, 8), d(2024, 10, 7))),
        ("luo", "罗一鸣", "麻醉科", "副主任医师", "科副主任", "硕士研究生", None, R3, dt.date(2024, 7, 1), "在岗", "长期派驻",
         dep("麻醉科", "副主任医师", "副高级", "医疗", d(2024, 7, 1), None)),
    ]
    for i, (key, name, dept, title, post, edu, sp, rec, s, e, kind, f) in enumerate(people, 1):
        ws.append([i, name, dept, title, post, edu, use_id(key, sp), rec, s, e, kind])
        r = ws.max_row
        ws.cell(r, 7).number_format = "@"
        for c in (9, 10):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"],
            id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["制表：医务部", None, None, None, None, None, None, "2025年1月8日"])
    wb.save(path)


def f_s2_roster(path: Path):
    """省中医院 (xls): 驻点单位 first, 证件号码, 驻点起始 / 驻点截止, 服务期限 "6个月" beside them, 援派类型; one 15-digit ID."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"霁原省中医院2024年对口支援下派医务人员情况表（{SYN}）")
    hdr = ["驻点单位", "姓名", "证件号码", "职称", "驻点科室", "驻点起始", "驻点截止", "服务期限", "援派类型"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    q = ID["qian"]
    fifteen = q[:6] + q[8:17]
    people = [
        ("han", R2, "韩青禾", None, "主任中医师", "针灸科", "2024.3.1", "2024.8.31", "6个月", "常驻",
         dep("针灸科", "主任中医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("qian", R2, "钱书白", fifteen, "主治中医师", "中医内科", "2024.03.01", "2024.08.31", "6个月", "常驻",
         dep("中医内科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
        ("yi", R6, "易春和", None, "副主任中医师", "脾胃病科", "2024.9.2", "2025.3.1", "半年", "轮换",
         dep("脾胃病科", "副主任中医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 3, 1))),
    ]
    for i, (key, rec, name, sp, title, dept, s, e, term, kind, f) in enumerate(people):
        for j, v in enumerate([rec, name, use_id(key, sp), title, dept, s, e, term, kind]):
            ws.write(2 + i, j, v)
        row("deployments", fn, sh, 3 + i, f, {"support_hospital_id": S2, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, 3 + i, "ID_15_DIGIT")
    ws.write(2 + len(people), 0, "填表人：人事科")
    wb.save(str(path))


def f_s3_roster(path: Path):
    """澄江市中心医院 (ods): English–Chinese headers (Name 姓名, Post 挂职职务, Arrival 到岗日期, Departure 离岗日期,
    Years 工作年限), the ID column last but one; one person without an ID number."""
    fn, sh = path.name, "Roster"
    rows = [[f"澄江市中心医院 Dispatched staff 2024 派驻人员名册（{SYN}）"],
            ["No.", "Name 姓名", "Recipient 受援医院", "Dept. 科室", "Title 职称", "Post 挂职职务", "Arrival 到岗日期",
             "Departure 离岗日期", "ID No. 身份证号", "Years 工作年限"]]
    people = [
        ("bai", "柏思远", R5, "骨科", "副主任医师", "副院长", "2024-03-11", "2024-09-10", 18,
         dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 3, 11), d(2024, 9, 10), position_at_recipient="副院长",
             years_of_service=18)),
        ("ye", "叶知秋", R5, "检验科", "主管技师", None, "2024-03-11", "2024-09-10", 9,
         dep("检验科", "主管技师", "中级", "医技", d(2024, 3, 11), d(2024, 9, 10), position_at_recipient=None,
             years_of_service=9)),
        (None, "夏明朗", R7, "儿科", "主治医师", "科主任", "2024-05-06", "2024-11-05", 11,
         dep("儿科", "主治医师", "中级", "医疗", d(2024, 5, 6), d(2024, 11, 5), position_at_recipient="科主任",
             years_of_service=11)),
        ("qi", "戚远帆", R7, "呼吸内科", "副主任医师", None, "2024-05-06", "2024-11-05", 16,
         dep("呼吸内科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5), position_at_recipient=None,
             years_of_service=16)),
    ]
    for i, (key, name, rec, dept, title, post, s, e, yrs, f) in enumerate(people, 1):
        rows.append([i, name, rec, dept, title, post, s, e, use_id(key) if key else None, yrs])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["填报人：医务科 Prepared by: Medical Affairs"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 支援医院: activities
def f_s4_activities(path: Path):
    """澄江市妇幼保健院 (xlsx): 日期 / 受援单位 / 形式 / 内容 / 受训人数; "约40人" (→ empty + finding)."""
    fn, sh = path.name, "活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄江市妇幼保健院2024年对口帮扶活动记录（{SYN}）"])
    ws.append(["日期", "受援单位", "形式", "内容", "受训人数", "主讲"])
    acts = [(dt.date(2024, 3, 22), R4, "学术讲座", "产科危急重症早期识别", 45, 45),
            (dt.date(2024, 4, 17), R4, "教学查房", "妊娠期糖尿病查房", "约40人", None),
            (dt.date(2024, 5, 10), R8, "技术培训", "新生儿复苏技术", 28, 28),
            (dt.date(2024, 6, 14), R8, "手术示教", "宫腔镜检查术", 12, 12)]
    for day, rec, typ, topic, n, nv in acts:
        ws.append([day, rec, typ, topic, n, "某主任"])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S4}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 受援医院: trainees
def f_r1_trainees(path: Path):
    """枫溪县人民医院 (xlsx): 培训单位 (the host) / 进修起讫 "2024.03.01-2024.08.31" / 进修费(元) / 结业与否."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫溪县人民医院2024年赴上级医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "培训单位", "进修科室", "进修起讫", "进修费(元)", "结业与否"])
    people = [("lu", "陆晚晴", "重症医学科", "2024.03.01-2024.08.31", 3000, "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("hua", "华清远", "消化内科", "2024.03.01-2024.08.31", 3000, "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("ning", "宁若溪", "超声医学科", "2024.09.01-2025.02.28", 0, "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    for i, (key, name, dept, period, fee, done, sd, ed, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), S1, dept, period, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                                 completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date", "department"], id_number=ID[key])
    wb.save(path)


def f_r3_trainees(path: Path):
    """棠湾县人民医院 (ods): 学员 / 性别 / 身份证号码 / 学习专业 / 学习单位 / 学习时间 / 结业; one period month-only
    "2024.5-2024.10" (the 1st to the month's last day)."""
    fn, sh = path.name, "2024"
    rows = [[f"棠湾县人民医院2024年外出进修学习人员（{SYN}）"],
            ["学员", "性别", "身份证号码", "学习专业", "学习单位", "学习时间", "结业"]]
    people = [("qiu", "邱予安", "男", "神经内科", "2024年4月1日至2024年9月30日", "是", d(2024, 4, 1), d(2024, 9, 30), True),
              ("mei", "梅若岚", "女", "妇产科", "2024.5-2024.10", "否", d(2024, 5, 1), d(2024, 10, 31), False)]
    for key, name, sex, dept, period, done, sd, ed, donev in people:
        rows.append([name, sex, use_id(key), dept, S1, period, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=sd, end_date=ed, completed=donev),
            {"recipient_hospital_id": R3, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    rows.append(["填表：科教科"])
    ods_doc(path, {sh: rows})


def f_r5_trainees(path: Path):
    """柳岸县人民医院 (CSV, UTF-8 with BOM): English–Chinese headers (Start 开始日期, Host hospital 进修医院, Fee 费用（元）)."""
    fn = path.name
    lines = [[f"柳岸县人民医院 Trainees 2024 进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
             ["Name 姓名", "Dept. 进修科室", "Start 开始日期", "End 结束日期", "Host hospital 进修医院", "ID No. 身份证号",
              "Fee 费用（元）", "Completed 是否结业"]]
    people = [("shen", "沈听澜", "急诊科", "2024-03-04", "2024-09-03", 2500, "是", d(2024, 3, 4), d(2024, 9, 3), True),
              ("luox", "骆星河", "放射科", "2024/9/2", "2025/3/1", 2500, "否", d(2024, 9, 2), d(2025, 3, 1), False),
              ("bei", "贝如玉", "护理部", "2024-06-03", "2024-08-30", 0, "是", d(2024, 6, 3), d(2024, 8, 30), True)]
    for key, name, dept, s, e, fee, done, sd, ed, donev in people:
        lines.append([name, dept, s, e, S3, use_id(key), str(fee), done])
        row("trainees", fn, None, len(lines), dict(department=dept, start_date=sd, end_date=ed,
                                                   fee_charged=float(fee), completed=donev),
            {"recipient_hospital_id": R5, "host_hospital_id": S3}, ["start_date"], id_number=ID[key])
    write_csv(path, lines, "utf-8", bom=True)


# ------------------------------------------------------------------------------------------- 受援医院: techniques
def f_r2_techniques(path: Path):
    """枫溪县中医医院 (xls): 项目 / 开展时间 / 例数 / 科室 / 是否本县首次 / 支援单位."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"枫溪县中医医院2024年开展新技术新项目一览（{SYN}）")
    for j, h in enumerate(["项目", "开展时间", "例数", "科室", "是否本县首次", "支援单位"]):
        ws.write(1, j, h)
    items = [("小针刀松解术", "2024.04.15", 36, "针灸科", "是", d(2024, 4, 15), True),
             ("穴位埋线治疗", "2024.06.03", 52, "针灸科", "否", d(2024, 6, 3), False),
             ("中药熏蒸治疗", "2024.09.10", 18, "康复科", "是", d(2024, 9, 10), True)]
    for i, (name, when, cases, dept, first, day, firstv) in enumerate(items):
        for j, v in enumerate([name, when, cases, dept, first, S2]):
            ws.write(2 + i, j, v)
        row("techniques", fn, sh, 3 + i, dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                              fills_county_gap=firstv),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
    ws.write(2 + len(items), 0, "填报人：医务科")
    wb.save(str(path))


def f_r4_techniques(path: Path):
    """棠湾县妇幼保健院 (xlsx): 开展时间 (a month) and 首例时间 (a day) side by side — the first case is the date first
    performed; 开展例数（例）* with its footnote under the table; 填补县域空白."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"棠湾县妇幼保健院2024年新技术开展情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "所在科室", "新技术名称", "开展时间", "首例时间", "开展例数（例）*", "填补县域空白"])
    items = [("产科", "椎管内分娩镇痛", "2024年3月", dt.date(2024, 3, 18), 64, "是"),
             ("儿科", "新生儿经皮黄疸监测", "2024年5月", dt.date(2024, 5, 9), 210, "否")]
    for i, (dept, name, month, first, cases, gap) in enumerate(items, 1):
        ws.append([i, dept, name, month, first, cases, gap])
        ws.cell(ws.max_row, 5).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=first.isoformat(),
                                                   cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R4}, ["name"])
    ws.append(["注：*开展例数统计至2024年12月31日。"])
    wb.save(path)


def f_r7_techniques(path: Path):
    """石笋县人民医院 (ods): English–Chinese headers (Technique 项目名称, Cases 例数 before First case 首例日期, County
    first 是否县内首例, Supported by 支援医院)."""
    fn, sh = path.name, "新技术"
    rows = [[f"石笋县人民医院 New techniques 2024 新技术（{SYN}）"],
            ["Technique 项目名称", "Cases 例数", "First case 首例日期", "Dept. 科室", "County first 是否县内首例",
             "Supported by 支援医院"]]
    items = [("经皮椎体成形术", 12, "2024-05-20", "骨科", "是", d(2024, 5, 20), True),
             ("无创呼吸机序贯治疗", 40, "2024-06-11", "呼吸内科", "否", d(2024, 6, 11), False)]
    for name, cases, when, dept, first, day, firstv in items:
        rows.append([name, cases, when, dept, first, S3])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cases,
                                                   fills_county_gap=firstv),
            {"recipient_hospital_id": R7, "support_hospital_id": S3}, ["name"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 受援医院: activities
def f_r8_activities(path: Path):
    """石笋县妇幼保健院 (CSV, GBK): 活动时间 "2024年7月12日" / 活动类别 / 参与人次 / 帮扶单位."""
    fn = path.name
    lines = [[f"石笋县妇幼保健院2024年接受帮扶活动登记（{SYN}）", "", "", "", "", ""],
             ["活动时间", "活动类别", "主题", "参与人次", "主讲专家", "帮扶单位"]]
    for day, typ, topic, n in ((dt.date(2024, 7, 12), "义诊", "妇幼健康义诊", 120),
                               (dt.date(2024, 8, 23), "疑难病例讨论", "产后出血病例讨论", 18)):
        lines.append([f"{day.year}年{day.month}月{day.day}日", typ, topic, str(n), "某主任", S4])
        row("activities", fn, None, len(lines), dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R8, "support_hospital_id": S4}, ["activity_date"])
    write_csv(path, lines, "gbk")


# ------------------------------------------------------------------------------------------- 受援医院: monthly statistics
def monthly(fn, sh, r, hosp, m, **vals):
    row("hospital_monthly_stats", fn, sh, r, dict(year=2024, month=m, **vals), {"recipient_hospital_id": hosp},
        ["month"])


def f_r6_monthly(path: Path):
    """柳岸县中医医院 (xlsx): 门诊量 / 住院人次 (not a field: admissions) / 出院人次 / 手术量 / 转院人次."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳岸县中医医院2024年1—6月业务量（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门诊量", "住院人次", "出院人次", "手术量", "转院人次"])
    for m in range(1, 7):
        op, adm, dis, sur, ref = 8200 + 130 * m, 640 + 11 * m, 628 + 9 * m, 95 + 3 * m, 21 - m
        ws.append([f"{m}月", op, adm, dis, sur, ref])
        monthly(fn, sh, ws.max_row, R6, m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=ref)
    wb.save(path)


def f_r1_monthly(path: Path):
    """枫溪县人民医院 (CSV, GBK): 统计月份 / 门急诊人次 / 出院人数 / 手术台次 / 上转 / 下转 — a county hospital's 上转 and
    下转 may be patients it sent or received: those values are left out of the truth."""
    fn = path.name
    lines = [[f"枫溪县人民医院2024年7—12月业务统计（{SYN}）", "", "", "", "", ""],
             ["统计月份", "门急诊人次", "出院人数", "手术台次", "上转", "下转"]]
    for m in range(7, 13):
        op, dis, sur, up, down = 16400 + 180 * m, 1210 + 14 * m, 301 + 4 * m, 30 + m, 9 + m % 3
        lines.append([f"2024年{m}月", str(op), str(dis), str(sur), str(up), str(down)])
        monthly(fn, None, len(lines), R1, m, outpatient_visits=op, discharges=dis, surgeries=sur)
    lines.append(["注：数据为虚构测试数据。", "", "", "", "", ""])
    write_csv(path, lines, "gbk")


def f_r3_monthly(path: Path):
    """棠湾县人民医院 (xls): English–Chinese headers, 出院人数¹ with its footnote, discharges before visits."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"棠湾县人民医院 Monthly statistics 2024 月度业务量（{SYN}）")
    hdr = ["Month 月份", "Discharges 出院人数¹", "Outpatient & emergency visits 门急诊人次", "Operations 手术台次",
           "Referrals out 转出人次", "Down-referrals received 下转接收人次"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    for m in range(1, 7):
        dis, op, sur, out, down = 980 + 12 * m, 13100 + 150 * m, 240 + 6 * m, 33 - m, 4 + m
        for j, v in enumerate([f"2024年{m}月", dis, op, sur, out, down]):
            ws.write(1 + m, j, v)
        monthly(fn, sh, 2 + m, R3, m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=out,
                referrals_down_received=down)
    ws.write(8, 0, "¹ 出院人数含转院出院。")
    wb.save(str(path))


def f_r5_monthly(path: Path):
    """柳岸县人民医院 (ods): units in the headers (手术量（台）, 门诊人次（人次）, 出院（人）), surgeries first, 外转, 上转接收."""
    fn, sh = path.name, "业务量"
    rows = [[f"柳岸县人民医院2024年1—4月业务数据（{SYN}）"],
            ["月份", "手术量（台）", "门诊人次（人次）", "出院（人）", "外转（人次）", "上转接收（人次）"]]
    for m in range(1, 5):
        sur, op, dis, out, up = 310 + 7 * m, 17500 + 210 * m, 1290 + 16 * m, 41 - 2 * m, 55 + 3 * m
        rows.append([f"{m}月", sur, op, dis, out, up])
        monthly(fn, sh, len(rows), R5, m, outpatient_visits=op, discharges=dis, surgeries=sur, referrals_out=out,
                referrals_up_received=up)
    rows.append(["报送：统计室"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 受援医院: assessments
def f_r7_assessments(path: Path):
    """石笋县人民医院 (xlsx): 考核月份 first, 派出单位, 得分 / 抽查次数 / 在岗次数; 夏明朗 without an ID number."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石笋县人民医院2024年派驻人员月度考核（{SYN}）"])
    ws.append(["考核月份", "派出单位", "姓名", "身份证号", "得分", "抽查次数", "在岗次数"])
    for m, key, name, sc, n, present in ((6, "qi", "戚远帆", 95, 4, 4), (6, None, "夏明朗", 92.5, 4, 3),
                                         (7, "qi", "戚远帆", 96, 4, 4), (7, None, "夏明朗", 93, 4, 4)):
        ws.append([f"2024年{m}月", S3, name, use_id(key) if key else None, sc, n, present])
        ws.cell(ws.max_row, 4).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=m, score=float(sc), spot_checks=n, spot_checks_present=present),
            {"recipient_hospital_id": R7}, ["month"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, ws.max_row, "NAME_ONLY")
    ws.append(["考核人：院办"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 卫健委
def f_county_flow(path: Path):
    """The province's clerk (xlsx): 年度 first, one row per county and year, 常住居民住院总人次¹ and
    其中：县域外住院人次² with their footnotes under the table."""
    fn, sh = path.name, "住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁原省各县县域住院流向（2023—2024年）（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["年度", "县（市、区）", "区划代码", "常住居民住院总人次¹", "其中：县域外住院人次²"])
    counties = [("枫溪县", "990401", 41200, 7310), ("棠湾县", "990402", 33650, 6120),
                ("柳岸县", "990403", 29870, 5540), ("石笋县", "990404", 22410, 4980)]
    for y in (2023, 2024):
        for name, code, tot, out in counties:
            t, o = tot + (y - 2023) * 900, out - (y - 2023) * 350
            ws.append([y, name, code, t, o])
            row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=y, resident_admissions=t,
                                                                   resident_admissions_outside_county=o),
                {}, ["county_code", "year"])
    ws.append(["¹ 县域内常住居民在各级医疗机构住院的总人次。"])
    ws.append(["² 常住居民在县域外医疗机构住院的人次。"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "支援医院", "受援医院", "卫健委"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_霁原省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "支援医院", "SYNTHETIC_霁原省人民医院2024年派驻人员名单.xlsx"),
             (f_s2_roster, "支援医院", "SYNTHETIC_霁原省中医院下派医务人员情况表.xls"),
             (f_s3_roster, "支援医院", "SYNTHETIC_澄江市中心医院派驻人员名册（中英文）.ods"),
             (f_s4_activities, "支援医院", "SYNTHETIC_澄江市妇幼保健院帮扶活动记录.xlsx"),
             (f_r1_trainees, "受援医院", "SYNTHETIC_枫溪县人民医院进修人员登记表2024.xlsx"),
             (f_r3_trainees, "受援医院", "SYNTHETIC_棠湾县人民医院外出学习人员.ods"),
             (f_r5_trainees, "受援医院", "SYNTHETIC_柳岸县人民医院进修名单trainees.csv"),
             (f_r2_techniques, "受援医院", "SYNTHETIC_枫溪县中医医院新技术新项目.xls"),
             (f_r4_techniques, "受援医院", "SYNTHETIC_棠湾县妇幼保健院新技术开展情况.xlsx"),
             (f_r7_techniques, "受援医院", "SYNTHETIC_石笋县人民医院新技术New techniques.ods"),
             (f_r8_activities, "受援医院", "SYNTHETIC_石笋县妇幼保健院帮扶活动.csv"),
             (f_r6_monthly, "受援医院", "SYNTHETIC_柳岸县中医医院月度业务量统计.xlsx"),
             (f_r1_monthly, "受援医院", "SYNTHETIC_枫溪县人民医院下半年业务统计.csv"),
             (f_r3_monthly, "受援医院", "SYNTHETIC_棠湾县人民医院月报monthly.xls"),
             (f_r5_monthly, "受援医院", "SYNTHETIC_柳岸县人民医院1-4月业务数据.ods"),
             (f_r7_assessments, "受援医院", "SYNTHETIC_石笋县人民医院派驻人员月考核.xlsx"),
             (f_county_flow, "卫健委", "SYNTHETIC_霁原省县域住院流向统计2023-2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
