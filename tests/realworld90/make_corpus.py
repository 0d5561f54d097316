"""realworld90 corpus generator — SYNTHETIC / 合成数据. A fictional province (雾屿省) for 2024 whose focus is the
same event reported from both sides and twice: a support hospital's activity ledger and the recipient's register
both list the 2024-05-10 lecture; the support hospital's technique list and the recipient's list both list the same
PCI; one deployment is in the support hospital's roster and again in the recipient's list of staff on site; one
trainee is in the recipient's list of staff sent out and in the host's register; one workbook arrives twice under two
names (byte for byte the same); a 合计 row disagrees with the months above it. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,青樾市,桦岑县,渚阳县,蔺川县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without reading the
tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FIXED = dt.datetime(2025, 1, 10, 9, 0, 0)


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


S1, S2, S3 = "雾屿省人民医院", "雾屿省中医院", "青樾市第一人民医院"
R1, R2, R3, R4, R5 = "桦岑县人民医院", "桦岑县中医医院", "渚阳县人民医院", "蔺川县人民医院", "渚阳县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "桦岑县"), R2: ("二级", "甲等", "中医医院", "桦岑县"),
         R3: ("二级", "甲等", "综合医院", "渚阳县"), R4: ("二级", "乙等", "综合医院", "蔺川县"),
         R5: ("二级", "乙等", "妇幼保健院", "渚阳县")}

ID = {k: idn(*v) for k, v in {
    "xu": ("990701", "19730412", "031"), "cheng": ("990701", "19860923", "042"), "bai": ("990702", "19791105", "013"),
    "jiang": ("990701", "19880316", "054"), "wen": ("990703", "19900721", "025"),
    "ouyang": ("990711", "19761208", "037"), "lu": ("990711", "19850530", "046"),
    "han": ("990801", "19810214", "058"), "ning": ("990801", "19890627", "062"),
    "qiu": ("990821", "19920303", "074"), "fan": ("990811", "19910819", "085"), "tao": ("990821", "19940111", "016"),
    "ren": ("990812", "19930402", "027"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "findings_optional": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [[file, sheet or None, row], …] — one record; two places when both sides report it."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code, optional=False):
    truth["findings_optional" if optional else "findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, post=None):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, position_at_recipient=post,
                start_date=start, end_date=end)


def fixed_props(wb):
    wb.properties.creator = "synthetic"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def write_csv(path: Path, rows, encoding: str, bom: bool = False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dt.date → a date cell)."""
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


# ------------------------------------------------------------------------------------------- names of the files
F_PAIR = "SYNTHETIC_附件1_雾屿省城乡医院对口支援关系表（2024—2026年）.xlsx"
F_S1_ROSTER = "SYNTHETIC_省人民医院派驻人员花名册（截至6月30日）.xlsx"
F_S1_ACTS = "SYNTHETIC_省人民医院帮扶活动台账2024.xlsx"
F_S1_TECH = "SYNTHETIC_省人民医院新技术帮扶清单2024.ods"
F_S1_TRAIN = "SYNTHETIC_省人民医院接收进修人员登记2024上半年.xls"
F_S2_ROSTER = "SYNTHETIC_省中医院派驻人员名单.csv"
F_COUNTY = "SYNTHETIC_各县县域住院流向2024.xlsx"
F_S3 = "SYNTHETIC_市一院对口支援派驻及活动2024.xlsx"
F_R1_ONSITE = "SYNTHETIC_桦岑县人民医院对口支援在岗医师名单.xlsx"
F_R1_ACTS = "SYNTHETIC_桦岑县人民医院帮扶活动登记簿2024.xls"
F_R1_ASSESS = "SYNTHETIC_桦岑县人民医院派驻人员月考核3-4月.ods"
F_R2_TRAIN = "SYNTHETIC_桦岑县中医医院进修人员2024.csv"
F_R3_TRAIN = "SYNTHETIC_渚阳县人民医院外出进修人员2024.csv"
F_R3_TECH = "SYNTHETIC_渚阳县人民医院新技术新项目2024.csv"
F_R5_MONTHLY = "SYNTHETIC_渚阳县妇幼保健院7-12月业务量.csv"
F_R4_MONTHLY = "SYNTHETIC_蔺川县人民医院1-6月业务量.xlsx"
F_R4_MONTHLY_AGAIN = "SYNTHETIC_蔺川县人民医院1-6月业务量(1).xlsx"

# the rows both sides report: (file, sheet, row) of each side, filled in by the writers below
TWIN: dict[str, list] = {"deployment": [], "activity": [], "technique": [], "trainee": []}


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 with 医院等级 "二级甲等" in one cell; 协议签订日期 as date cells; 支援期限 "2024年3月1日—2027年2月28日"
    for the city hospital's two pairings, blank for the others (→ the title's 2024—2026年)."""
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：雾屿省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "医院等级", "类别", "所在县（市、区）", "协议签订日期", "支援期限"])
    pairs = [(S1, R1, dt.date(2023, 12, 15), None), (S2, R2, dt.date(2023, 12, 15), None),
             (S1, R3, dt.date(2023, 12, 18), None),
             (S3, R4, dt.date(2024, 1, 22), "2024年3月1日—2027年2月28日"),
             (S3, R5, dt.date(2024, 1, 22), "2024年3月1日—2027年2月28日")]
    for i, (s, r, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level + grade, cat, county, ag, per])
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


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省人民医院's roster as of 30 June: 许清和 (also in 桦岑县人民医院's list), one ID with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"雾屿省人民医院2024年对口支援派驻人员花名册（截至2024年6月30日）{SYN}"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间",
               "在受援医院任职", "备注"])
    wrong = ID["bai"][:17] + ("0" if ID["bai"][17] != "0" else "1")
    people = [("xu", "许清和", "男", None, R1, dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31),
                                                 "副院长")),
              ("cheng", "程雨微", "女", None, R1, dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 1), d(2024, 8, 31))),
              ("bai", "柏子安", "男", wrong, R3, dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("jiang", "蒋一帆", "男", None, R3, dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 6, 3), d(2024, 12, 2)))]
    for i, (key, name, sex, sp, rec, f) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key, sp), f["department"], f["title"], rec,
                   dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"]),
                   f["position_at_recipient"], None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = "yyyy-mm-dd"
        ws.cell(r, 9).number_format = "yyyy-mm-dd"
        if key == "xu":
            TWIN["deployment"].append((fn, sh, r))
            continue
        row("deployments", [(fn, sh, r)], f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=sp or ID[key])
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", "4人"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2024年7月2日"])
    wb.save(path)


def f_s1_activities(path: Path):
    """省人民医院's ledger of activities at its two recipients; the 2024-05-10 lecture with 45 participants (the
    recipient's register has it too), "约30人" in one row."""
    fn, sh = path.name, "活动台账"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"雾屿省人民医院2024年对口帮扶活动台账（{SYN}）"])
    ws.append(["日期", "受援单位", "活动类型", "主题", "主讲人", "参加人数"])
    acts = [(dt.date(2024, 5, 10), R1, "学术讲座", "急性胸痛的规范化诊治", "许清和", 45, 45),
            (dt.date(2024, 5, 24), R3, "教学查房", "围手术期管理教学查房", "柏子安", 18, 18),
            (dt.date(2024, 6, 14), R1, "疑难病例讨论", "复杂冠心病病例讨论", "许清和", "约30人", None),
            (dt.date(2024, 7, 19), R3, "手术示教", "腹腔镜胆囊切除术", "柏子安", 12, 12)]
    for day, rec, typ, topic, who, n, nv in acts:
        ws.append([day, rec, typ, topic, who, n])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy-mm-dd"
        if day == dt.date(2024, 5, 10):
            TWIN["activity"].append((fn, sh, r))
            continue
        row("activities", [(fn, sh, r)], dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_s1_techniques(path: Path):
    """省人民医院's list of techniques it helped introduce (.ods, date cells): the PCI at 渚阳县人民医院 is also in
    that hospital's own list."""
    fn, sh = path.name, "新技术"
    rows = [[f"雾屿省人民医院2024年帮扶受援医院开展新技术新项目清单（{SYN}）"],
            ["序号", "受援医院", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白"]]
    items = [(R3, "经皮冠状动脉介入治疗（PCI）", "心血管内科", dt.date(2024, 4, 18), 6, "是", True),
             (R1, "无痛胃肠镜诊疗", "消化内科", dt.date(2024, 5, 6), 40, "否", False)]
    for i, (rec, name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        rows.append([i, rec, name, dept, day, cases, gap])
        if rec == R3:
            TWIN["technique"].append((fn, sh, len(rows)))
            continue
        row("techniques", [(fn, sh, len(rows))], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                      cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["name"])
    rows.append(["填报人：医务部", None, None, "2024年12月20日"])
    ods_doc(path, {sh: rows})


def f_s1_trainees(path: Path):
    """省人民医院's register of trainees it received (.xls): 选送单位 is the sending hospital, the host is the title's;
    进修起止时间 "2024.03.01-2024.08.31" in one cell; 进修费 "免"; 结业情况 "已结业". 邱晓岚 is also in 渚阳县人民医院's list."""
    fn, sh = path.name, "进修生"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"雾屿省人民医院2024年上半年接收进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "选送单位", "进修科室", "进修起止时间", "进修费", "结业情况"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("qiu", "邱晓岚", R3, "心血管内科", "2024.03.01-2024.08.31", d(2024, 3, 1), d(2024, 8, 31)),
              ("fan", "范志成", R1, "重症医学科", "2024.04.01-2024.09.30", d(2024, 4, 1), d(2024, 9, 30))]
    for i, (key, name, rec, dept, period, sd, ed) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), rec, dept, period, "免", "已结业"]):
            ws.write(1 + i, j, v)
        r = 2 + i
        if key == "qiu":
            TWIN["trainee"].append((fn, sh, r))
            continue
        row("trainees", [(fn, sh, r)], dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0, completed=True),
            {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "登记人：科教科")
    wb.save(str(path))


def f_s2_roster_csv(path: Path):
    """省中医院 (CSV, GBK): a title line, 派驻时间 "2024-03-01~2024-08-31", one 15-digit ID number."""
    fn = path.name
    o = ID["ouyang"]
    fifteen = o[:6] + o[8:17]
    rows = [[f"雾屿省中医院派驻桦岑县中医医院人员名单（{SYN}）", "", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻单位", "派驻时间"],
            ["欧阳澈", use_id("ouyang", fifteen), "针灸科", "副主任中医师", R2, "2024-03-01~2024-08-31"],
            ["卢星野", use_id("lu"), "推拿科", "主治中医师", R2, "2024-03-01~2024-08-31"]]
    write_csv(path, rows, "gbk")
    row("deployments", [(fn, None, 3)], dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
        {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], id_number=o)
    finding(fn, 3, "ID_15_DIGIT")
    row("deployments", [(fn, None, 4)], dep("推拿科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)),
        {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], id_number=ID["lu"])


def f_county(path: Path):
    """The province's clerk: the three counties' inpatient flow for 2024 (year in the title), a 合计 row that adds up."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "县域外住院人次"])
    data = [("桦岑县", "999701", 35210, 5630), ("渚阳县", "999702", 28840, 4915), ("蔺川县", "999801", 21406, 4388)]
    for county, code, a, b in data:
        ws.append([county, code, a, b])
        row("county_inpatient_stats", [(fn, sh, ws.max_row)], dict(county_code=code, year=2024, resident_admissions=a,
                                                                   resident_admissions_outside_county=b),
            {}, ["county_code"])
    ws.append(["合计", None, sum(x[2] for x in data), sum(x[3] for x in data)])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青樾市
def f_s3(path: Path):
    """市一院: two sheets, 派驻人员 and 帮扶活动 ("约40人" in one row)."""
    fn = path.name
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    sh = ws.title = "派驻人员"
    ws.append([f"青樾市第一人民医院2024年对口支援派驻人员（{SYN}）"])
    ws.append(["姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"])
    for key, name, dept, title, rank, rec, s, e in (
            ("han", "韩松月", "儿科", "副主任医师", "副高级", R4, dt.date(2024, 3, 4), dt.date(2024, 9, 3)),
            ("ning", "宁可言", "妇产科", "主治医师", "中级", R5, dt.date(2024, 5, 6), dt.date(2024, 11, 5))):
        ws.append([name, use_id(key), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        ws.cell(r, 6).number_format = "yyyy-mm-dd"
        ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("deployments", [(fn, sh, r)], dep(dept, title, rank, "医疗", s.isoformat(), e.isoformat()),
            {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws2 = wb.create_sheet("帮扶活动")
    ws2.append([f"青樾市第一人民医院2024年帮扶活动（{SYN}）"])
    ws2.append(["日期", "受援单位", "活动类型", "主题", "参加人数"])
    for day, rec, typ, topic, n, nv in ((dt.date(2024, 4, 11), R4, "技术培训", "新生儿复苏技术培训", 25, 25),
                                        (dt.date(2024, 6, 20), R5, "学术讲座", "产后出血的防治", "约40人", None)):
        ws2.append([day, rec, typ, topic, n])
        r = ws2.max_row
        ws2.cell(r, 1).number_format = "yyyy/m/d"
        row("activities", [(fn, "帮扶活动", r)], dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


# ------------------------------------------------------------------------------------------- 桦岑县
def f_r1_onsite(path: Path):
    """桦岑县人民医院's list of the support hospital's doctors on site (the other side of 省人民医院's roster): 许清和
    again (same ID, department, title, post, dates written "2024.03.01"), and 闻笛, who came after 30 June."""
    fn, sh = path.name, "在岗人员"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"桦岑县人民医院2024年对口支援在岗医师名单（{SYN}）"])
    ws.append(["填报单位：桦岑县人民医院"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "挂职", "到岗日期", "离岗日期"])
    ws.append([1, "许清和", use_id("xu"), S1, "心血管内科", "主任医师", "副院长", "2024.03.01", "2024.08.31"])
    TWIN["deployment"].append((fn, sh, ws.max_row))
    ws.append([2, "闻笛", use_id("wen"), S1, "急诊科", "主治医师", None, "2024.09.02", "2025.03.01"])
    row("deployments", [(fn, sh, ws.max_row)], dep("急诊科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1)),
        {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date"], id_number=ID["wen"])
    for r in (4, 5):
        ws.cell(r, 3).number_format = "@"
    wb.save(path)
    row("deployments", TWIN["deployment"],
        dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31), "副院长"),
        {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date", "department"], id_number=ID["xu"])


def f_r1_activities(path: Path):
    """桦岑县人民医院's register (.xls): dates typed "2024年5月10日"; the 2024-05-10 lecture again, its topic worded
    otherwise and 参加人员 "约45人"; the expert's hospital in 授课专家 ("省人民医院 许清和")."""
    fn, sh = path.name, "登记簿"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"桦岑县人民医院2024年对口支援帮扶活动登记簿（{SYN}）")
    for j, h in enumerate(["序号", "活动时间", "活动形式", "内容", "授课专家", "参加人员"]):
        ws.write(1, j, h)
    acts = [("2024年5月10日", "学术讲座", "急性胸痛规范化诊治讲座", "省人民医院 许清和", "约45人"),
            ("2024年8月22日", "远程会诊", "心衰患者远程会诊", "省人民医院 许清和", 6),
            ("2024年9月6日", "义诊", "社区慢病义诊", "省人民医院 闻笛", 60)]
    for i, (day, typ, topic, who, n) in enumerate(acts, 1):
        for j, v in enumerate([i, day, typ, topic, who, n]):
            ws.write(1 + i, j, v)
        r = 2 + i
        if i == 1:
            TWIN["activity"].append((fn, sh, r))
            finding(fn, r, "UNPARSEABLE_OPTIONAL", optional=True)   # only if this side's row is the one kept
            continue
        m, dd = (8, 22) if i == 2 else (9, 6)
        row("activities", [(fn, sh, r)], dict(activity_date=d(2024, m, dd), activity_type=typ, participants=n),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["activity_date", "activity_type"])
    ws.write(5, 0, "登记人：医务科")
    wb.save(str(path))
    row("activities", TWIN["activity"], dict(activity_date=d(2024, 5, 10), activity_type="学术讲座", participants=45),
        {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["activity_date", "activity_type"])


def f_r1_assessments(path: Path):
    """桦岑县人民医院's monthly assessment (.ods): 考核月份 "2024年3月" as a column, 派出单位 column."""
    fn, sh = path.name, "月考核"
    rows = [[f"桦岑县人民医院派驻人员月度考核表（2024年3—4月）{SYN}"],
            ["考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    for m, key, name, score, checks, present in ((3, "xu", "许清和", 95, 3, 3), (3, "cheng", "程雨微", 92, 3, 3),
                                                 (4, "xu", "许清和", 96, 3, 3), (4, "cheng", "程雨微", 88.5, 3, 2)):
        rows.append([f"2024年{m}月", name, use_id(key), S1, score, checks, present])
        row("staff_monthly_assessments", [(fn, sh, len(rows))],
            dict(year=2024, month=m, score=float(score), spot_checks=checks, spot_checks_present=present),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["month"], id_number=ID[key])
    rows.append(["考核人：院办", None, None, None, "2024年5月8日"])
    ods_doc(path, {sh: rows})


def f_r2_trainees_csv(path: Path):
    """桦岑县中医医院 (CSV, UTF-8 without BOM): 进修时间 "2024年3月1日至2024年8月31日", one trainee without an ID number."""
    fn = path.name
    rows = [[f"桦岑县中医医院2024年外出进修人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修医院", "科室", "进修时间", "费用", "结业"],
            ["石砚秋", "", S2, "针灸科", "2024年3月1日至2024年8月31日", "免", "是"],
            ["任晴川", use_id("ren"), S2, "脾胃病科", "2024年4月1日至2024年9月30日", "免", "是"]]
    write_csv(path, rows, "utf-8")
    row("trainees", [(fn, None, 3)], dict(department="针灸科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                          fee_charged=0.0, completed=True),
        {"recipient_hospital_id": R2, "host_hospital_id": S2}, ["start_date"])
    finding(fn, 3, "NAME_ONLY")
    row("trainees", [(fn, None, 4)], dict(department="脾胃病科", start_date=d(2024, 4, 1), end_date=d(2024, 9, 30),
                                          fee_charged=0.0, completed=True),
        {"recipient_hospital_id": R2, "host_hospital_id": S2}, ["start_date"], id_number=ID["ren"])


# ------------------------------------------------------------------------------------------- 渚阳县
def f_r3_trainees_csv(path: Path):
    """渚阳县人民医院's staff sent out for training (CSV, UTF-8 with BOM): 邱晓岚 again (the host's register has her),
    陶闻溪 from September."""
    fn = path.name
    rows = [[f"渚阳县人民医院2024年外出进修人员名单（{SYN}）", "", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修单位", "进修科室", "开始日期", "结束日期", "进修费用（元）", "是否结业"],
            ["邱晓岚", use_id("qiu"), S1, "心血管内科", "2024-03-01", "2024-08-31", "0", "是"],
            ["陶闻溪", use_id("tao"), S1, "麻醉科", "2024-09-02", "2025-02-28", "0", "否"]]
    write_csv(path, rows, "utf-8", bom=True)
    TWIN["trainee"].append((fn, None, 3))
    row("trainees", TWIN["trainee"], dict(department="心血管内科", start_date=d(2024, 3, 1), end_date=d(2024, 8, 31),
                                          fee_charged=0.0, completed=True),
        {"recipient_hospital_id": R3, "host_hospital_id": S1}, ["start_date"], id_number=ID["qiu"])
    row("trainees", [(fn, None, 4)], dict(department="麻醉科", start_date=d(2024, 9, 2), end_date=d(2025, 2, 28),
                                          fee_charged=0.0, completed=False),
        {"recipient_hospital_id": R3, "host_hospital_id": S1}, ["start_date"], id_number=ID["tao"])


def f_r3_techniques_csv(path: Path):
    """渚阳县人民医院's own technique list (CSV, GBK): the PCI again ("2024年4月18日", "6例"), and a laparoscopic
    cholecystectomy only here."""
    fn = path.name
    rows = [[f"渚阳县人民医院2024年新技术新项目开展情况（{SYN}）", "", "", "", "", "", ""],
            ["填报日期：2024年12月25日", "", "", "", "", "", ""],
            ["序号", "项目名称", "开展科室", "开展时间", "开展例数", "是否填补县域空白", "支援医院"],
            ["1", "经皮冠状动脉介入治疗（PCI）", "心血管内科", "2024年4月18日", "6例", "是", S1],
            ["2", "腹腔镜胆囊切除术", "普外科", "2024年7月19日", "3例", "否", S1]]
    write_csv(path, rows, "gbk")
    TWIN["technique"].append((fn, None, 4))
    row("techniques", TWIN["technique"], dict(name="经皮冠状动脉介入治疗（PCI）", department="心血管内科",
                                              first_performed_date=d(2024, 4, 18), cases=6, fills_county_gap=True),
        {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])
    row("techniques", [(fn, None, 5)], dict(name="腹腔镜胆囊切除术", department="普外科",
                                            first_performed_date=d(2024, 7, 19), cases=3, fills_county_gap=False),
        {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["name"])


def f_r5_monthly_csv(path: Path):
    """渚阳县妇幼保健院 (CSV, GBK): 7–12月 with a 合计 row whose 门急诊人次 is 100 more than the months add up to."""
    fn = path.name
    rows = [[f"渚阳县妇幼保健院2024年7—12月主要业务量（{SYN}）", "", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    tot = [0] * 5
    for m in range(7, 13):
        v = [5210 + 87 * m, 366 + 5 * m, 71 + m, 14 - m // 2, 2 + m % 3]
        tot = [a + b for a, b in zip(tot, v)]
        rows.append([f"2024年{m}月", *[str(x) for x in v]])
        row("hospital_monthly_stats", [(fn, None, len(rows))],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R5}, ["month"])
    tot[0] += 100   # the clerk's total disagrees with the months above it
    rows.append(["合计", *[str(x) for x in tot]])
    write_csv(path, rows, "gbk")


# ------------------------------------------------------------------------------------------- 蔺川县
def f_r4_monthly(path: Path):
    """蔺川县人民医院 1–6月 (xlsx); the same workbook arrives again as "(1)" — byte for byte the same."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = sh
    ws.append([f"蔺川县人民医院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [12100 + 160 * m, 905 + 11 * m, 188 + 4 * m, 36 - m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(fn, sh, ws.max_row), (F_R4_MONTHLY_AGAIN, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R4}, ["month"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "青樾市", "桦岑县", "渚阳县", "蔺川县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / F_PAIR)
    files = [(f_s1_roster, "省直", F_S1_ROSTER), (f_s1_activities, "省直", F_S1_ACTS), (f_s1_techniques, "省直", F_S1_TECH),
             (f_s1_trainees, "省直", F_S1_TRAIN), (f_s2_roster_csv, "省直", F_S2_ROSTER), (f_county, "省直", F_COUNTY),
             (f_s3, "青樾市", F_S3),
             (f_r1_onsite, "桦岑县", F_R1_ONSITE), (f_r1_activities, "桦岑县", F_R1_ACTS),
             (f_r1_assessments, "桦岑县", F_R1_ASSESS), (f_r2_trainees_csv, "桦岑县", F_R2_TRAIN),
             (f_r3_trainees_csv, "渚阳县", F_R3_TRAIN), (f_r3_techniques_csv, "渚阳县", F_R3_TECH),
             (f_r5_monthly_csv, "渚阳县", F_R5_MONTHLY), (f_r4_monthly, "蔺川县", F_R4_MONTHLY)]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    shutil.copyfile(raw / "蔺川县" / F_R4_MONTHLY, raw / "蔺川县" / F_R4_MONTHLY_AGAIN)   # 一模一样的附件, sent twice
    truth["submission_files"].append(F_R4_MONTHLY_AGAIN)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
