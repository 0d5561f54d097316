"""realworld84 corpus generator — SYNTHETIC / 合成数据. A fictional province (溦山省) for 2024, built around one
question: is one person one person across many files, written differently in each? Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,芷汀县,楠塘县,蓼原县}/…, OUT/truth.json

The same dispatched doctor (卢青禾 of 溦山省人民医院) is named in the support hospital's rosters (with her ID number),
in the recipient's monthly assessments (name only: "卢 青禾", "卢青禾主任", "卢　青禾", in traditional characters
"盧青禾"), in the activity ledger as 授课专家 and in the technique list as 负责人. Beside her: another 卢青禾 at
another support hospital, two 王伟 at two support hospitals (one written "王  伟"), two 陈晨 at the same support
hospital told apart by their ID numbers, a doctor whose ID number is given in one roster and "（待补）" in the next,
and a doctor with her 18-digit ID number in the rosters and the 15-digit one in an assessment.

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the 15-digit spelling is a spelling of a valid 18-digit one). Written without reading the tool's parser.
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


# hospitals (all invented)
A, B, C = "溦山省人民医院", "溦阳市中心医院", "溦山省中医院"
R1, R2, R3, R4 = "芷汀县人民医院", "楠塘县人民医院", "蓼原县人民医院", "芷汀县中医医院"
RECIP = {R1: ("二级", "甲等", "综合医院", "芷汀县"), R2: ("二级", "乙等", "综合医院", "楠塘县"),
         R3: ("二级", "甲等", "综合医院", "蓼原县"), R4: ("二级", "甲等", "中医医院", "芷汀县")}
PAIRS = [(A, R1), (A, R2), (B, R2), (B, R3), (C, R4)]

ID = {k: idn(*v) for k, v in {
    "lu": ("990121", "19780312", "042"),      # 卢青禾 of 溦山省人民医院
    "luC": ("990131", "19850704", "017"),     # another 卢青禾, of 溦山省中医院
    "chen1": ("990121", "19880915", "023"),   # 陈晨 (儿科), 溦山省人民医院
    "chen2": ("990122", "19910203", "056"),   # 陈晨 (麻醉科), 溦山省人民医院
    "wangA": ("990121", "19830628", "031"),   # 王伟 of 溦山省人民医院
    "wangB": ("990111", "19800117", "075"),   # 王伟 of 溦阳市中心医院
    "zhao": ("990121", "19760905", "013"),    # 赵一鸣: ID in the first roster, （待补） in the second
    "meng": ("990121", "19890422", "048"),    # 孟可
    "xuman": ("990111", "19790816", "024"),   # 许曼: 18 digits in the rosters, 15 in an assessment
    "fang": ("990111", "19720530", "011"),    # 方知远
    "su": ("990112", "19901021", "066"),      # 苏念
    "zheng": ("990131", "19820302", "035"),   # 郑明轩
    "he": ("990231", "19950611", "028"),      # 何苗 (trainee)
    "lin": ("990231", "19970102", "047"),     # 林溪 (trainee)
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "same_person": {}, "different_person": []}
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
    e = {"file": file, "row": r, "code": code}
    if e not in truth["findings"]:
        truth["findings"].append(e)


def same_person(who, table, file, sheet, r):
    truth["same_person"].setdefault(who, [])
    if [table, file, sheet, r] not in truth["same_person"][who]:
        truth["same_person"][who].append([table, file, sheet, r])


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


def write_csv(path, lines, encoding):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for ln in lines:
        w.writerow(ln)
    data = buf.getvalue()
    path.write_bytes(("\ufeff" + data).encode("utf-8") if encoding == "utf-8-sig" else data.encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """受援医院 first, 级别 and 等次 in two columns, 支援期限 "2024-01-01至2026-12-31", agreement dates as dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：溦山省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "级别", "等次", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    for i, (s, r) in enumerate(PAIRS, 1):
        level, grade, cat, county = RECIP[r]
        ag = dt.date(2023, 12, 18) if s != C else dt.date(2023, 12, 26)
        ws.append([i, r, level, grade, cat, county, s, ag, "2024-01-01至2026-12-31"])
        ws.cell(ws.max_row, 8).number_format = "yyyy-mm-dd"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (A, B, C):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_a_roster_h1(path: Path):
    """溦山省人民医院, first half: 卢青禾 with her ID number; two 陈晨 (儿科, 麻醉科) with two ID numbers; 王伟 written
    "王  伟" (padded to three characters); 赵一鸣 with his ID number. Dates as date cells."""
    fn, sh = path.name, "上半年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"溦山省人民医院2024年上半年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    people = [("lu", "卢青禾", "女", "心血管内科", "主任医师", "正高级", R1, (2024, 1, 2), (2024, 6, 30)),
              ("chen1", "陈晨", "男", "儿科", "主治医师", "中级", R1, (2024, 1, 2), (2024, 6, 30)),
              ("chen2", "陈晨", "女", "麻醉科", "主治医师", "中级", R1, (2024, 3, 1), (2024, 8, 31)),
              ("wangA", "王  伟", "男", "普外科", "副主任医师", "副高级", R2, (2024, 3, 1), (2024, 8, 31)),
              ("zhao", "赵一鸣", "男", "呼吸内科", "副主任医师", "副高级", R1, (2024, 1, 2), (2024, 6, 30))]
    for i, (key, name, sex, dept, title, rank, rec, s, e) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e),
                   "同名，以身份证号区分" if key.startswith("chen") else None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 8).number_format = ws.cell(r, 9).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, "医疗", d(*s), d(*e)),
            {"support_hospital_id": A, "recipient_hospital_id": rec}, ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "5人"])
    ws.append(["填表人：医务部", None, None, None, None, "填报日期：2024年7月5日"])
    wb.save(path)


def f_a_roster_h2(path: Path):
    """溦山省人民医院, second half, an old .xls: "卢 青禾" (a space inside) with her ID number; 赵一鸣 with the ID
    number "（待补）" (→ name-based person id within the support hospital, NAME_ONLY); 孟可. Dates as text."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"溦山省人民医院2024年下半年派驻人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "派驻科室", "职称", "派驻医院", "开始日期", "结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("lu", "卢 青禾", use_id("lu"), "心血管内科", "主任医师", "正高级", R1, "2024.07.01", "2024.12.31",
               (2024, 7, 1), (2024, 12, 31)),
              ("zhao", "赵一鸣", "（待补）", "呼吸内科", "副主任医师", "副高级", R2, "2024.07.01", "2024.12.31",
               (2024, 7, 1), (2024, 12, 31)),
              ("meng", "孟可", use_id("meng"), "神经内科", "主治医师", "中级", R1, "2024.07.01", "2024.12.31",
               (2024, 7, 1), (2024, 12, 31))]
    for i, (key, name, idv, dept, title, rank, rec, s, e, sd, ed) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, idv, dept, title, rec, s, e]):
            ws.write(r, j, v)
        by_id = idv == ID[key]
        row("deployments", fn, sh, r + 1, dep(dept, title, rank, "医疗", d(*sd), d(*ed)),
            {"support_hospital_id": A, "recipient_hospital_id": rec}, ["start_date"],
            id_number=ID[key] if by_id else None)
        if not by_id:
            finding(fn, r + 1, "NAME_ONLY")
            same_person("赵一鸣 (溦山省人民医院, by name)", "deployments", fn, sh, r + 1)
    ws.write(2 + len(people), 0, "制表：医务部　　审核：张主任")
    wb.save(str(path))


def f_b_roster_ods(path: Path):
    """溦阳市中心医院 (.ods): the other 王伟 (骨科) with his ID number; 许曼 with her 18-digit ID number; 方知远;
    派驻时间 in one cell "2024.03.01—2024.08.31"."""
    fn, sh = path.name, "派驻人员"
    rows = [[f"溦阳市中心医院2024年派驻基层医务人员名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻时间"]]
    people = [("wangB", "王伟", "骨科", "主治医师", "中级", R2),
              ("xuman", "许曼", "妇产科", "副主任医师", "副高级", R3),
              ("fang", "方知远", "心血管内科", "主任医师", "正高级", R3)]
    for i, (key, name, dept, title, rank, rec) in enumerate(people, 1):
        rows.append([i, name, use_id(key), dept, title, rec, "2024.03.01—2024.08.31"])
        row("deployments", fn, sh, len(rows), dep(dept, title, rank, "医疗", d(2024, 3, 1), d(2024, 8, 31)),
            {"support_hospital_id": B, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    rows.append(["制表人：人事科", None, None, "审核人：", None, "2024年3月6日"])
    ods_doc(path, {sh: rows})


def f_b_roster_csv(path: Path):
    """溦阳市中心医院, second batch: CSV in UTF-8 with BOM, a 填报单位 line, 许曼 again with her 18-digit number."""
    fn = path.name
    lines = [[f"填报单位：溦阳市中心医院（{SYN}）", "", "", "", "", "", "", ""],
             ["姓名", "身份证号", "科室", "职称", "人员类别", "派驻单位", "开始时间", "结束时间"]]
    people = [("xuman", "许曼", "妇产科", "副主任医师", "副高级", "医疗", R2),
              ("su", "苏念", "护理部", "主管护师", "中级", "护理", R3)]
    for key, name, dept, title, rank, cat, rec in people:
        lines.append([name, use_id(key), dept, title, cat, rec, "2024-09-01", "2025-02-28"])
        row("deployments", fn, None, len(lines), dep(dept, title, rank, cat, d(2024, 9, 1), d(2025, 2, 28)),
            {"support_hospital_id": B, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    write_csv(path, lines, "utf-8-sig")


def f_c_roster(path: Path):
    """溦山省中医院: another 卢青禾 (a different person: her own ID number, another support hospital); 郑明轩."""
    fn, sh = path.name, "派驻医师"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"溦山省中医院派驻芷汀县中医医院医师名单（2024年）{SYN}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻起止时间"])
    for i, (key, name, dept, title, rank) in enumerate([("luC", "卢青禾", "针灸科", "主治医师", "中级"),
                                                        ("zheng", "郑明轩", "康复科", "副主任医师", "副高级")], 1):
        ws.append([i, name, use_id(key), dept, title, "2024年3月1日至2024年8月31日"])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", fn, sh, ws.max_row, dep(dept, title, rank, "医疗", d(2024, 3, 1), d(2024, 8, 31)),
            {"support_hospital_id": C, "recipient_hospital_id": R4}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_county_flow(path: Path):
    """省卫健委: the counties' inpatient flow for 2024."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向统计（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, tot, out in (("芷汀县", "999121", 31250, 5120), ("楠塘县", "999122", 24780, 4633),
                                   ("蓼原县", "999131", 18904, 3970)):
        ws.append([county, code, 2024, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 芷汀县
def assess(fn, sh, r, key_or_none, month, score, checks, present, support, who=None):
    fields = dict(year=2024, month=month, score=float(score), spot_checks=checks, spot_checks_present=present)
    row("staff_monthly_assessments", fn, sh, r, fields, {"recipient_hospital_id": RECIP_OF[fn],
                                                          "support_hospital_id": support}, ["month"],
        id_number=ID[key_or_none] if key_or_none else None)
    if key_or_none is None:
        finding(fn, r, "NAME_ONLY")
    if who:
        same_person(who, "staff_monthly_assessments", fn, sh, r)


RECIP_OF: dict[str, str] = {}
LU_A, ZHAO_A = "卢青禾 (溦山省人民医院, by name)", "赵一鸣 (溦山省人民医院, by name)"


def f_r1_assess_q1(path: Path):
    """芷汀县人民医院, first quarter: one sheet per month (2024年1月 …), no ID column, a 派出单位 column; 卢青禾 as
    "卢 青禾", "卢青禾主任", "卢青禾"; 赵一鸣 as "赵一鸣", "赵一鸣医生"."""
    fn = path.name
    RECIP_OF[fn] = R1
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    names = {1: ("卢 青禾", "赵一鸣"), 2: ("卢青禾主任", "赵一鸣"), 3: ("卢青禾", "赵一鸣医生")}
    scores = {1: ((95, 4, 4), (92, 4, 4)), 2: ((96, 4, 4), (90, 4, 3)), 3: ((97, 4, 4), (93, 4, 4))}
    for m in (1, 2, 3):
        sh = f"2024年{m}月"
        ws = wb.create_sheet(sh)
        ws.append([f"芷汀县人民医院派驻人员月度考核表（{SYN}）"])
        ws.append(["序号", "姓名", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"])
        for i, (name, (sc, ck, pr), who) in enumerate(zip(names[m], scores[m], (LU_A, ZHAO_A)), 1):
            ws.append([i, name, A, sc, ck, pr])
            assess(fn, sh, ws.max_row, None, m, sc, ck, pr, A, who)
        ws.append(["考核人：院办", None, None, "2024年" + str(m + 1) + "月3日"])
    wb.save(path)


def f_r1_assess_q2(path: Path):
    """芷汀县人民医院, second quarter: CSV in GBK, months as rows (考核月份 2024年4月), an ID column blank for 卢青禾
    (written "卢　青禾" with a full-width space) and 赵一鸣, filled for the two 陈晨 (the only way to tell them apart)."""
    fn = path.name
    RECIP_OF[fn] = R1
    lines = [[f"芷汀县人民医院2024年4—6月派驻人员考核汇总（{SYN}）", "", "", "", "", "", ""],
             ["考核月份", "姓名", "身份证号", "派出单位", "考核分数", "抽查次数", "在岗次数"]]
    people = [(None, "卢　青禾", LU_A, (94, 95, 96)), ("chen1", "陈晨", None, (90, 91, 92)),
              ("chen2", "陈晨", None, (88, 93, 89)), (None, "赵一鸣", ZHAO_A, (92, 92, 94))]
    for m in (4, 5, 6):
        for key, name, who, scs in people:
            sc = scs[m - 4]
            pr = 3 if (key, m) == ("chen2", 5) else 4
            lines.append([f"2024年{m}月", name, use_id(key) if key else "", A, sc, 4, pr])
            assess(fn, None, len(lines), key, m, sc, 4, pr, A, who)
    write_csv(path, lines, "gbk")


def f_r1_assess_q3(path: Path):
    """芷汀县人民医院, third quarter (.ods): months as columns (7月 | 8月 | 9月) under a title that says 考核得分;
    卢青禾 in traditional characters (盧青禾); 孟可 padded to three characters with a full-width space (孟　可)."""
    fn, sh = path.name, "第三季度"
    RECIP_OF[fn] = R1
    rows = [[f"芷汀县人民医院派驻人员2024年第三季度月度考核得分（{SYN}）"],
            ["序号", "姓名", "派出单位", "7月", "8月", "9月"]]
    for i, (name, scs, who) in enumerate([("盧青禾", (95, 96, 94), LU_A), ("孟　可", (90, 91, 93), "孟可 (by name)")],
                                         1):
        rows.append([i, name, A, *scs])
        for m, sc in zip((7, 8, 9), scs):
            assess(fn, sh, len(rows), None, m, sc, None, None, A, who)
    rows.append(["填表人：医务科", None, None, "2024年10月8日"])
    ods_doc(path, {sh: rows})


def f_r1_activities(path: Path):
    """芷汀县人民医院's activity ledger: 授课专家 "卢青禾主任", "卢 青禾", "赵一鸣医生", "陈晨（儿科）",
    "溦山省人民医院 孟可", "卢青禾、孟可" (the recipient has one supporter)."""
    fn, sh = path.name, "活动台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷汀县人民医院2024年对口帮扶活动台账（{SYN}）"])
    ws.append(["序号", "日期", "活动形式", "内容", "授课专家", "参加人数"])
    acts = [((2024, 1, 18), "学术讲座", "心力衰竭规范化管理", "卢青禾主任", 45),
            ((2024, 2, 22), "教学查房", "心内科教学查房", "卢 青禾", 18),
            ((2024, 3, 14), "疑难病例讨论", "重症肺炎病例讨论", "赵一鸣医生", 22),
            ((2024, 4, 10), "手术示教", "小儿腹股沟疝手术", "陈晨（儿科）", 9),
            ((2024, 7, 16), "技术培训", "急救技能培训", f"{A} 孟可", 60),
            ((2024, 8, 8), "义诊", "社区慢病义诊", "卢青禾、孟可", 120)]
    for i, (day, typ, topic, expert, n) in enumerate(acts, 1):
        ws.append([i, dt.date(*day), typ, topic, expert, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=d(*day), activity_type=typ, participants=n),
            {"recipient_hospital_id": R1, "support_hospital_id": A}, ["activity_date"])
    ws.append(["填报人：科教科", None, None, "填报日期：2025年1月6日"])
    wb.save(path)


def f_r1_techniques(path: Path):
    """芷汀县人民医院's technique list (.xls): 负责人 "卢青禾主任", "陈晨（麻醉科）", "赵一鸣"; 技术来源 names the
    support hospital; dates as text."""
    fn, sh = path.name, "新技术"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"芷汀县人民医院2024年新技术新项目开展情况（{SYN}）")
    hdr = ["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "技术来源", "负责人"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [("冠状动脉造影术", "心血管内科", "2024-03-20", 12, "是", "卢青禾主任", (2024, 3, 20), True),
             ("经支气管镜肺活检术", "呼吸内科", "2024-04-15", 5, "是", "赵一鸣", (2024, 4, 15), True),
             ("无痛胃肠镜麻醉", "麻醉科", "2024-05-08", 36, "否", "陈晨（麻醉科）", (2024, 5, 8), False)]
    for i, (name, dept, when, cases, gap, lead, day, gapv) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, name, dept, when, cases, gap, A, lead]):
            ws.write(r, j, v)
        row("techniques", fn, sh, r + 1, dict(name=name, department=dept, first_performed_date=d(*day), cases=cases,
                                               fills_county_gap=gapv),
            {"recipient_hospital_id": R1, "support_hospital_id": A}, ["name"])
    ws.write(2 + len(items), 0, "填报人：医务科")
    wb.save(str(path))


def f_r4_assess(path: Path):
    """芷汀县中医医院: the other 卢青禾 (溦山省中医院) written "卢青禾医生", name only; months as rows."""
    fn, sh = path.name, "考核"
    RECIP_OF[fn] = R4
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷汀县中医医院2024年派驻人员考核登记（{SYN}）"])
    ws.append(["月份", "姓名", "派出单位", "得分", "抽查次数", "在岗次数"])
    for m in (3, 4):
        for name, sc, pr, who in (("卢青禾医生", 93 + m - 3, 2, "卢青禾 (溦山省中医院, by name)"),
                                  ("郑明轩", 90 + m - 3, 2 if m == 3 else 1, "郑明轩 (by name)")):
            ws.append([f"2024年{m}月", name, C, sc, 2, pr])
            assess(fn, sh, ws.max_row, None, m, sc, 2, pr, C, who)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 楠塘县
def f_r2_assess_xls(path: Path):
    """楠塘县人民医院 (.xls): two 王伟 in one sheet, told apart by 派出单位 (溦山省人民医院's written "王  伟" in May and
    "王伟" in June; 溦阳市中心医院's "王伟" in May and "王 伟" in June); name only."""
    fn = path.name
    RECIP_OF[fn] = R2
    wb = xlwt.Workbook(encoding="utf-8")
    for m, names in ((5, ("王  伟", "王伟")), (6, ("王伟", "王 伟"))):
        sh = f"2024年{m}月"
        ws = wb.add_sheet(sh)
        ws.write(0, 0, f"楠塘县人民医院派驻专家月度考核表（{SYN}）")
        for j, h in enumerate(["序号", "姓名", "派出单位", "考核得分", "抽查次数", "在岗次数"]):
            ws.write(1, j, h)
        for i, (name, sup, sc, who) in enumerate([(names[0], A, 91 + m - 5, "王伟 (溦山省人民医院, by name)"),
                                                  (names[1], B, 89 + m - 5, "王伟 (溦阳市中心医院, by name)")], 1):
            for j, v in enumerate([i, name, sup, sc, 4, 4]):
                ws.write(1 + i, j, v)
            assess(fn, sh, 2 + i, None, m, sc, 4, 4, sup, who)
        ws.write(4, 0, "考核小组：院办、医务科")
    wb.save(str(path))
    truth["different_person"].append({"why": "two 王伟 at two support hospitals (name only, 派出单位 differs)",
                                      "places": [["staff_monthly_assessments", fn, "2024年5月", 3],
                                                 ["staff_monthly_assessments", fn, "2024年5月", 4]]})


def f_r2_monthly(path: Path):
    """楠塘县人民医院 workload, first half: CSV in UTF-8 (no BOM), months "2024年1月"."""
    fn = path.name
    lines = [[f"楠塘县人民医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""],
             ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [11800 + 150 * m, 860 + 11 * m, 190 + 4 * m, 31 - m]
        lines.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R2}, ["month"])
    write_csv(path, lines, "utf-8")


# ------------------------------------------------------------------------------------------- 蓼原县
def f_r3_trainees(path: Path):
    """蓼原县人民医院's trainees at 溦阳市中心医院: "何　苗" (full-width space), "林  溪" (padded), 彭小川 without an
    ID number (NAME_ONLY)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"蓼原县人民医院2024年赴溦阳市中心医院进修人员登记（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修开始时间", "进修结束时间", "进修费用（元）",
               "是否结业"])
    people = [("he", "何　苗", "重症医学科", (2024, 3, 4), (2024, 8, 31), 3000, "是", True),
              ("lin", "林  溪", "超声科", (2024, 3, 4), (2024, 6, 30), 1500, "是", True),
              (None, "彭小川", "检验科", (2024, 9, 2), (2024, 12, 31), 0, "否", False)]
    for i, (key, name, dept, s, e, fee, done, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key) if key else None, dept, B, dt.date(*s), dt.date(*e), fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        ws.cell(r, 6).number_format = ws.cell(r, 7).number_format = "yyyy-mm-dd"
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(fee),
                                         completed=donev),
            {"recipient_hospital_id": R3, "host_hospital_id": B}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    wb.save(path)


def f_r3_assess(path: Path):
    """蓼原县人民医院 (.ods): 许曼 with her old 15-digit ID number (→ the 18-digit one, ID_15_DIGIT); "方知远主任"
    with the ID cell blank (NAME_ONLY); 考核年月 "2024年4月"."""
    fn, sh = path.name, "考核"
    RECIP_OF[fn] = R3
    x = ID["xuman"]
    fifteen = x[:6] + x[8:17]
    rows = [[f"蓼原县人民医院派驻人员考核表（2024年4—5月）（{SYN}）"],
            ["考核年月", "姓名", "身份证号", "派出单位", "得分", "抽查次数", "在岗次数"]]
    for m in (4, 5):
        rows.append([f"2024年{m}月", "许曼", use_id("xuman", fifteen), B, 92 + m - 4, 3, 3])
        assess(fn, sh, len(rows), "xuman", m, 92 + m - 4, 3, 3, B)
        finding(fn, len(rows), "ID_15_DIGIT")
        rows.append([f"2024年{m}月", "方知远主任", None, B, 95, 3, 3])
        assess(fn, sh, len(rows), None, m, 95, 3, 3, B, "方知远 (by name)")
    rows.append(["考核人：医务科"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "省直", "芷汀县", "楠塘县", "蓼原县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_溦山省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_a_roster_h1, "省直", "SYNTHETIC_省人民医院2024年上半年派驻人员花名册.xlsx"),
             (f_a_roster_h2, "省直", "SYNTHETIC_省人民医院下半年派驻人员名单.xls"),
             (f_b_roster_ods, "省直", "SYNTHETIC_市中心医院派驻人员名册2024.ods"),
             (f_b_roster_csv, "省直", "SYNTHETIC_市中心医院第二批派驻人员.csv"),
             (f_c_roster, "省直", "SYNTHETIC_省中医院派驻医师名单2024.xlsx"),
             (f_county_flow, "省直", "SYNTHETIC_县域住院流向统计2024.xlsx"),
             (f_r1_assess_q1, "芷汀县", "SYNTHETIC_芷汀县人民医院派驻人员考核（1-3月）.xlsx"),
             (f_r1_assess_q2, "芷汀县", "SYNTHETIC_芷汀县人民医院派驻人员月考核4-6月.csv"),
             (f_r1_assess_q3, "芷汀县", "SYNTHETIC_芷汀县人民医院考核得分（第三季度）.ods"),
             (f_r1_activities, "芷汀县", "SYNTHETIC_芷汀县人民医院对口帮扶活动台账2024.xlsx"),
             (f_r1_techniques, "芷汀县", "SYNTHETIC_芷汀县人民医院新技术新项目2024.xls"),
             (f_r4_assess, "芷汀县", "SYNTHETIC_芷汀县中医医院派驻人员考核2024.xlsx"),
             (f_r2_assess_xls, "楠塘县", "SYNTHETIC_楠塘县人民医院派驻专家月度考核5-6月.xls"),
             (f_r2_monthly, "楠塘县", "SYNTHETIC_楠塘县人民医院业务量统计2024上半年.csv"),
             (f_r3_trainees, "蓼原县", "SYNTHETIC_蓼原县人民医院进修人员登记2024.xlsx"),
             (f_r3_assess, "蓼原县", "SYNTHETIC_蓼原县人民医院派驻人员考核4-5月.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    # 卢青禾 of 溦山省人民医院 (by name) and 卢青禾 of 溦山省中医院 (by name) are two people
    q1 = "SYNTHETIC_芷汀县人民医院派驻人员考核（1-3月）.xlsx"
    r4 = "SYNTHETIC_芷汀县中医医院派驻人员考核2024.xlsx"
    truth["different_person"].append({"why": "two 卢青禾 at two support hospitals (name only)",
                                      "places": [["staff_monthly_assessments", q1, "2024年1月", 3],
                                                 ["staff_monthly_assessments", r4, "考核", 3]]})
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
