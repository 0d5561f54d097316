"""realworld27 corpus generator — SYNTHETIC / 合成数据. A fictional province (霁川省) over two consecutive years,
2023 and 2024, kept in one data/raw/ as a province keeps them: one folder per year, each with its own reference/
(the year's pairing list; in 2024 also the code list that arrives for the first time) and the hospitals'
submissions of that year. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{2023,2024}/{reference/,…}, OUT/truth.json

What changes between the years: one pairing ends on 2024-06-30 and its recipient gets a new support hospital from
2024-07-01; 青萝县人民医院 is renamed 青萝县第一人民医院 (the 2024 pairing list's 备注 says so); the code list
(统一社会信用代码) arrives only in 2024 and names the hospitals the 2023 list established; the same people are
dispatched (and trained) in both years; a correction of 2023's December statistics arrives in the 2024 folder.
Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct check
digit (the wrong-check-digit and 15-digit spellings are spellings of valid numbers). Written without reading the
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


# Unified social credit codes (GB 32100-2015) with their organisation-code check (GB 11714) — written out here
# because no maintained library for them is installed; the algorithm is the published one.
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(region: str, org8: str) -> str:
    c9 = 11 - sum(int(c) * k for c, k in zip(org8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    org = org8 + {10: "X", 11: "0"}.get(c9, str(c9))
    body = "12" + region + org
    check = (31 - sum(USCC_CHARS.index(c) * k for c, k in zip(body, USCC_W)) % 31) % 31
    return body + USCC_CHARS[check]


# ------------------------------------------------------------------------------------------- hospitals
S1, S2, S3, S4, S5 = "霁川省人民医院", "琅湖市第一人民医院", "琅湖市中医医院", "芷阳市人民医院", "霁川医科大学附属第二医院"
R1_OLD, R1 = "青萝县人民医院", "青萝县第一人民医院"
R2, R3, R4, R5 = "青萝县中医医院", "白溆县人民医院", "桑屿县人民医院", "石砚县妇幼保健院"
COUNTY = {"青萝县": "990121", "白溆县": "990122", "桑屿县": "990221", "石砚县": "990222"}
RECIP = {R1: ("二级甲等", "二级", "甲等", "综合医院", "青萝县"), R2: ("二级甲等", "二级", "甲等", "中医医院", "青萝县"),
         R3: ("二级乙等", "二级", "乙等", "综合医院", "白溆县"), R4: ("二级甲等", "二级", "甲等", "综合医院", "桑屿县"),
         R5: ("二级乙等", "二级", "乙等", "妇幼保健院", "石砚县")}
SUPPORT = {S1: ("三级甲等", "综合医院", "990102"), S2: ("三级甲等", "综合医院", "990103"),
           S3: ("三级甲等", "中医医院", "990102"), S4: ("三级乙等", "综合医院", "990202"),
           S5: ("三级甲等", "综合医院", "990104")}
ORG8 = {S1: "45210017", S2: "45230286", S3: "45230391", S4: "45260113", S5: "45210542",
        R1: "45291208", R2: "45291311", R3: "45292015", R4: "45295127", R5: "45296034"}
CODE = {h: uscc(COUNTY[RECIP[h][4]] if h in RECIP else SUPPORT[h][2], o) for h, o in ORG8.items()}

ID = {k: idn(*v) for k, v in {
    "lin": ("990102", "19800512", "031"), "su": ("990102", "19850304", "024"), "qiao": ("990103", "19770921", "015"),
    "wen": ("990102", "19890627", "046"), "yan": ("990104", "19830115", "062"),
    "cheng": ("990103", "19810808", "037"), "fang": ("990103", "19750602", "053"),
    "tang": ("990103", "19900411", "028"),
    "gu": ("990202", "19790316", "014"), "lu": ("990202", "19871029", "045"),
    "xia": ("990104", "19820707", "061"), "rong": ("990104", "19861123", "032"),
    "zhao": ("990121", "19920218", "073"), "ning": ("990121", "19940530", "026"), "pan": ("990121", "19910914", "048"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
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


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def csv_bytes(rows, encoding, bom=False) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


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


# ------------------------------------------------------------------------------------------- reference
# pairings: (support, recipient, agreement, start, end as of 2023, end as of 2024)
PAIRS = [(S1, R1, dt.date(2021, 6, 18), dt.date(2021, 7, 1), dt.date(2026, 6, 30), dt.date(2026, 6, 30)),
         (S3, R2, dt.date(2021, 12, 20), dt.date(2022, 1, 1), dt.date(2026, 12, 31), dt.date(2026, 12, 31)),
         (S2, R3, dt.date(2021, 6, 25), dt.date(2021, 7, 1), dt.date(2026, 6, 30), dt.date(2026, 6, 30)),
         (S4, R4, dt.date(2021, 6, 25), dt.date(2021, 7, 1), dt.date(2026, 6, 30), dt.date(2024, 6, 30)),
         (S1, R5, dt.date(2022, 12, 15), dt.date(2023, 1, 1), dt.date(2025, 12, 31), dt.date(2025, 12, 31))]
NEW_PAIR = (S5, R4, dt.date(2024, 6, 20), dt.date(2024, 7, 1), None, dt.date(2027, 6, 30))


def pairing_list_2023(path: Path):
    """附件1 of 2023: 受援医院 first, 等级 as "二级甲等", 支援期限 "2021年7月1日至2026年6月30日", 协议签订日期 as dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  霁川省城乡医院对口支援关系一览表（2023年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    for i, (s, r, ag, st, e23, _e24) in enumerate(PAIRS, 1):
        name = R1_OLD if r == R1 else r
        lvl, _, _, cat, county = RECIP[r]
        ws.append([i, name, lvl, cat, county, s, ag,
                   f"{st.year}年{st.month}月{st.day}日至{e23.year}年{e23.month}月{e23.day}日"])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)


def pairing_list_2024(path: Path):
    """附件1 of 2024 (another clerk): 支援期限 "2021.07.01-2024.06.30"; a 备注 column saying that 青萝县人民医院 was
    renamed 青萝县第一人民医院, that 芷阳市人民医院's support of 桑屿县人民医院 ended on 2024-06-30 and that
    霁川医科大学附属第二医院 took over from 2024-07-01 (a new row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对口支援关系"
    ws.append([f"附件1  霁川省城乡医院对口支援关系一览表（2024年调整）  {SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限", "备注"])
    notes = {R1: "原名青萝县人民医院，2024年1月更名为青萝县第一人民医院（同一医院）",
             R4: "2024年6月30日终止；2024年7月1日起由霁川医科大学附属第二医院接续支援"}
    for i, (s, r, ag, st, _e23, e24) in enumerate(PAIRS + [NEW_PAIR], 1):
        lvl, _, _, cat, county = RECIP[r]
        note = "新增" if s == S5 else (notes.get(r) if s != S1 or r == R1 else None)
        ws.append([i, r, lvl, cat, county, s, ag, f"{st:%Y.%m.%d}-{e24:%Y.%m.%d}", note])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
    ws.append(["填表说明：支援期限为协议约定的起止日期。", None, None, None, None, None, None, None, SYN])
    wb.save(path)
    for s, r, ag, st, _e23, e24 in PAIRS + [NEW_PAIR]:
        truth["pairings"].append({"support": s, "recipient": r, "start_date": st.isoformat(),
                                  "end_date": e24.isoformat(), "agreement_date": ag.isoformat(),
                                  "start_date_source": "support_period"})
    for r, (_lg, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "county_code": COUNTY[county], "code": CODE[r]})
    for s, (lg, cat, cc) in SUPPORT.items():
        truth["hospitals"].append({"name": s, "level": lg[:2], "grade": lg[2:], "category": cat, "county_code": cc,
                                   "code": CODE[s]})


def code_list_2024(path: Path):
    """The code list that arrives only in 2024: 机构名称, 统一社会信用代码, 行政区划代码, 机构类别, 机构等级 for every
    hospital of the programme (the renamed one by its new name; 芷阳市人民医院 kept though its pairing ended)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机构代码"
    ws.append([f"霁川省对口支援医疗机构代码表（2024年）  {SYN}"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "机构名称", "统一社会信用代码", "行政区划代码", "机构类别", "机构等级"])
    order = [S1, S2, S3, S4, S5, R1, R2, R3, R4, R5]
    for i, h in enumerate(order, 1):
        if h in RECIP:
            lg, _l, _g, cat, county = RECIP[h]
            cc = COUNTY[county]
        else:
            lg, cat, cc = SUPPORT[h]
        ws.append([i, h, CODE[h], cc, cat, lg])
        for c in (3, 4):
            ws.cell(ws.max_row, c).number_format = "@"
    wb.save(path)


# ------------------------------------------------------------------------------------------- 2023
def f23_s1_roster(path: Path):
    """省人民医院 2023 roster: 派驻单位 written with the old name 青萝县人民医院; 开始/结束 as date cells; one ID
    number with a wrong check digit (乔慕白); 合计 and 制表 rows."""
    fn, sh = path.name, "2023年派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2023年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    q = ID["qiao"]
    wrong = q[:17] + ("1" if q[17] != "1" else "2")
    people = [("lin", "林澈", None, "心血管内科", "主任医师", R1_OLD, R1, dt.date(2023, 3, 1), dt.date(2023, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2023, 3, 1), d(2023, 8, 31)), ID["lin"]),
              ("su", "苏映雪", None, "护理部", "副主任护师", R1_OLD, R1, dt.date(2023, 7, 1), dt.date(2023, 12, 31),
               dep("护理部", "副主任护师", "副高级", "护理", d(2023, 7, 1), d(2023, 12, 31)), ID["su"]),
              ("qiao", "乔慕白", wrong, "产科", "副主任医师", R5, R5, dt.date(2023, 4, 3), dt.date(2023, 10, 2),
               dep("产科", "副主任医师", "副高级", "医疗", d(2023, 4, 3), d(2023, 10, 2)), wrong)]
    for i, (key, name, sp, dept, title, written, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp), dept, title, written, s, e, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.append(["合计", "3人"])
    ws.append(["制表：医务部", None, None, None, "审核：", None, "2024年1月8日"])
    wb.save(path)


def f23_s2_roster_xls(path: Path):
    """琅湖市第一人民医院 2023 (.xls, xlwt): the recipient in the title only; 派驻时间 in one cell
    "2023.03.01-2023.08.31"; one 15-digit ID number (方知遥); 填表人 footer."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅湖市第一人民医院派驻白溆县人民医院人员名单（2023年）{SYN}")
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    f = ID["fang"]
    fifteen = f[:6] + f[8:14] + f[14:17]
    people = [("cheng", "程砚秋", None, "普外科", "主治医师", "2023.03.01-2023.08.31",
               dep("普外科", "主治医师", "中级", "医疗", d(2023, 3, 1), d(2023, 8, 31))),
              ("fang", "方知遥", fifteen, "检验科", "主管技师", "2023.09.01-2024.02.29",
               dep("检验科", "主管技师", "中级", "医技", d(2023, 9, 1), d(2024, 2, 29)))]
    for i, (key, name, sp, dept, title, period, fl) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key, sp), dept, title, period]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, fl, {"support_hospital_id": S2, "recipient_hospital_id": R3},
            ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, 2 + i, "ID_15_DIGIT")
    ws.write(4, 0, "填表人：医务科")
    wb.save(str(path))


def f23_r1_trainees_csv(path: Path):
    """青萝县人民医院 2023 trainees (CSV, GBK): 填报单位 line, header in row 2; 进修时间 split in 开始/结束 as
    "2023/3/1"; one trainee without an ID number (NAME_ONLY); 合计 line."""
    fn = path.name
    rows = [[f"填报单位：青萝县人民医院（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "进修单位", "开始日期", "结束日期", "是否结业"]]
    people = [("zhao", "赵小满", "重症医学科", "2023/3/1", "2023/8/31", "是", d(2023, 3, 1), d(2023, 8, 31), True),
              ("ning", "宁可欣", "超声科", "2023/9/1", "2023/12/31", "是", d(2023, 9, 1), d(2023, 12, 31), True),
              (None, "石见青", "病理科", "2023/10/9", "2024/1/8", "否", d(2023, 10, 9), d(2024, 1, 8), False)]
    for key, name, dept, s, e, done, sd, ed, dv in people:
        rows.append([name, use_id(key) if key else "", dept, S1, s, e, done])
        r = len(rows)
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, completed=dv),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    rows.append(["合计：3人", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f23_r3_techniques_ods(path: Path):
    """白溆县人民医院 2023 techniques (.ods): 开展时间 as date cells and "2023年11月"; 例数 "约10例" (→ empty + finding);
    是否填补县域空白 是/否; 指导医院 column."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"白溆县人民医院2023年度新技术新项目统计表（{SYN}）"],
            ["序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "是否填补县域空白", "指导医院"]]
    items = [("腹腔镜胆囊切除术", "普外科", dt.date(2023, 4, 18), 23, "是", d(2023, 4, 18), 23, True),
             ("糖化血红蛋白检测", "检验科", dt.date(2023, 10, 9), 410, "否", d(2023, 10, 9), 410, False),
             ("经鼻胃镜检查", "消化内科", "2023年11月", "约10例", "是", d(2023, 11, 1), None, True)]
    for i, (name, dept, when, cases, gap, day, cv, gv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, S2])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cv,
                                                   fills_county_gap=gv),
            {"recipient_hospital_id": R3, "support_hospital_id": S2}, ["name"])
        if cv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "审核：", None, "2024年1月12日"])
    ods_doc(path, {sh: rows})


def monthly_values(seed: int, m: int):
    return [8200 + 131 * m + 17 * seed, 610 + 9 * m + seed, 150 + 3 * m + seed % 7, 22 - m + seed % 5]


def f23_r4_monthly_xlsx(path: Path):
    """桑屿县人民医院 2023 1—12月 (xlsx): months "1月" … "12月", 合计 row of formulas; December later corrected."""
    fn, sh = path.name, "2023年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桑屿县人民医院2023年1—12月业务量统计表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "备注"])
    for m in range(1, 13):
        v = monthly_values(4, m)
        ws.append([f"{m}月", *v, None])
        if m < 12:  # December is replaced by the correction in the 2024 folder
            row("hospital_monthly_stats", fn, sh, ws.max_row,
                dict(year=2023, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": R4}, ["year", "month"])
    ws.append(["合计", "=SUM(B3:B14)", "=SUM(C3:C14)", "=SUM(D3:D14)", "=SUM(E3:E14)", None])
    wb.save(path)


def f23_r1_monthly_csv(path: Path):
    """青萝县人民医院 2023 monthly statistics (CSV UTF-8 with BOM): months "2023-01" …, 下转接收人次."""
    fn = path.name
    rows = [[f"青萝县人民医院2023年月度业务统计（{SYN}）", "", "", "", "", ""],
            ["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"]]
    for m in range(1, 13):
        v = monthly_values(1, m)
        down = 5 + m % 3
        rows.append([f"2023-{m:02d}", *v, down])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2023, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=down), {"recipient_hospital_id": R1}, ["year", "month"])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f23_s4_activities_xlsx(path: Path):
    """芷阳市人民医院 → 桑屿县人民医院 2023 activities: date cells, 活动类型, 参加人数 "约40人" (→ empty + finding)."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"芷阳市人民医院对口支援桑屿县人民医院带教培训活动登记表（2023年）{SYN}"])
    ws.append(["序号", "活动日期", "受援医院", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2023, 3, 16), "学术讲座", "急性胸痛的识别", 45, 45),
            (dt.date(2023, 5, 11), "教学查房", "慢阻肺急性加重", 18, 18),
            (dt.date(2023, 9, 7), "技术培训", "心肺复苏", "约40人", None),
            (dt.date(2023, 11, 23), "疑难病例讨论", "不明原因发热", 22, 22)]
    for i, (day, typ, topic, n, nv) in enumerate(acts, 1):
        ws.append([i, day, R4, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": R4, "support_hospital_id": S4}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f23_r1_assessments_ods(path: Path):
    """青萝县人民医院 2023 下半年 assessments (.ods): people with one score column per month (7月 … 12月) under a
    title that says 考核得分; 林澈 only until August (blank after)."""
    fn, sh = path.name, "考核"
    rows = [[f"青萝县人民医院派驻人员2023年下半年月度考核得分（{SYN}）"],
            ["序号", "姓名", "身份证号", "派出单位", "7月", "8月", "9月", "10月", "11月", "12月"]]
    scores = {"lin": [95, 96.5, None, None, None, None], "su": [92, 93, 94.5, 91, 95, 96]}
    for i, (key, name) in enumerate((("lin", "林澈"), ("su", "苏映雪")), 1):
        rows.append([i, name, use_id(key), S1, *scores[key]])
        for m, sc in zip(range(7, 13), scores[key]):
            if sc is not None:
                row("staff_monthly_assessments", fn, sh, len(rows), dict(year=2023, month=m, score=float(sc)),
                    {"recipient_hospital_id": R1}, ["month"], id_number=ID[key])
    rows.append(["考核小组：院办、医务科"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 2024
def f24_s1_roster(path: Path):
    """省人民医院 2024 roster: 林澈 dispatched again (same ID number); the recipient written by its new name, and
    once still by its old name (a clerk's habit); 派驻时间 "2024年3月1日至2024年8月31日"."""
    fn, sh = path.name, "2024年派驻"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"霁川省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "姓名", "身份证号码", "科室", "职称", "派驻单位", "派驻时间"])
    people = [("lin", "林澈", "心血管内科", "主任医师", R1, "2024年3月1日至2024年8月31日",
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), R1),
              ("wen", "温如玉", "呼吸内科", "主治医师", R1_OLD, "2024年3月1日至2024年8月31日",
               dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), R1),
              ("yan", "严青禾", "儿科", "副主任医师", R5, "2024年5月6日至2024年11月5日",
               dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)), R5)]
    for i, (key, name, dept, title, written, period, f, rec) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, written, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    ws.append(["制表：医务部", None, None, None, "2025年1月6日"])
    wb.save(path)


def f24_s2_roster_csv(path: Path):
    """琅湖市第一人民医院 2024 (CSV, GBK): 程砚秋 dispatched again (a second stint); a row with neither name nor ID
    number (quarantined: no person); 派驻开始/派驻结束 "2024-09-02" / "2025-03-01"."""
    fn = path.name
    rows = [[f"琅湖市第一人民医院2024年派驻人员（{SYN}）", "", "", "", "", "", ""],
            ["姓名", "身份证号", "受援单位", "科室", "职称", "派驻开始", "派驻结束"]]
    people = [("tang", "唐亦舟", "骨科", "主治医师", "2024-03-04", "2024-09-03",
               dep("骨科", "主治医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("cheng", "程砚秋", "普外科", "副主任医师", "2024-09-02", "2025-03-01",
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 3, 1)))]
    for key, name, dept, title, s, e, f in people:
        rows.append([name, use_id(key), R3, dept, title, s, e])
        row("deployments", fn, None, len(rows), f, {"support_hospital_id": S2, "recipient_hospital_id": R3},
            ["start_date"], id_number=ID[key])
    rows.append(["", "", R3, "麻醉科", "主管护师", "2024-10-08", "2025-04-07"])
    truth["quarantines"].append({"file": fn, "sheet": None, "row": len(rows), "category": "missing_required",
                                 "why": "a deployment with neither name nor ID number: no person"})
    path.write_bytes(csv_bytes(rows, "gbk"))


def f24_s4_roster_xls(path: Path):
    """芷阳市人民医院 2024 上半年 (.xls): the last dispatches before the pairing ended on 2024-06-30; 开始/结束 as
    xls date cells; 派驻单位 column."""
    fn, sh = path.name, "派驻"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"芷阳市人民医院2024年上半年对口支援派驻人员（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "开始时间", "结束时间"]):
        ws.write(1, j, h)
    people = [("gu", "顾北辰", "神经内科", "副主任医师", dt.date(2024, 1, 2), dt.date(2024, 6, 30),
               dep("神经内科", "副主任医师", "副高级", "医疗", d(2024, 1, 2), d(2024, 6, 30))),
              ("lu", "陆听澜", "药剂科", "副主任药师", dt.date(2024, 1, 2), dt.date(2024, 6, 30),
               dep("药剂科", "副主任药师", "副高级", "药学", d(2024, 1, 2), d(2024, 6, 30)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, R4]):
            ws.write(1 + i, j, v)
        ws.write(1 + i, 6, s, datefmt)
        ws.write(1 + i, 7, e, datefmt)
        row("deployments", fn, sh, 2 + i, f, {"support_hospital_id": S4, "recipient_hospital_id": R4},
            ["start_date"], id_number=ID[key])
    wb.save(str(path))


def f24_s5_roster_and_activities_xlsx(path: Path):
    """霁川医科大学附属第二医院, the new support hospital of 桑屿县人民医院 from 2024-07: a roster sheet and an
    activities sheet in one workbook; the recipient in a 受援单位：… line above each table."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "派驻人员"
    ws.append([f"霁川医科大学附属第二医院对口支援派驻人员登记表（2024年下半年）{SYN}"])
    ws.append([f"受援单位：{R4}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻起始日期", "派驻截止日期"])
    people = [("xia", "夏知秋", "心血管内科", "主任医师", dt.date(2024, 7, 1), dt.date(2024, 12, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 7, 1), d(2024, 12, 31))),
              ("rong", "戎思源", "重症医学科", "主管护师", dt.date(2024, 7, 8), dt.date(2025, 1, 7),
               dep("重症医学科", "主管护师", "中级", "护理", d(2024, 7, 8), d(2025, 1, 7)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy年m月d日"
        row("deployments", fn, sh, r, f, {"support_hospital_id": S5, "recipient_hospital_id": R4}, ["start_date"],
            id_number=ID[key])
    ws2 = wb.create_sheet("带教培训活动")
    ws2.append([f"霁川医科大学附属第二医院帮扶活动记录（2024年下半年）{SYN}"])
    ws2.append([f"受援单位：{R4}"])
    ws2.append(["日期", "活动类型", "内容", "参加人数"])
    for day, typ, topic, n in ((dt.date(2024, 7, 19), "学术讲座", "心力衰竭规范化治疗", 52),
                               (dt.date(2024, 9, 12), "教学查房", "重症肺炎", 16),
                               (dt.date(2024, 11, 28), "手术示教", "冠脉造影", 9)):
        ws2.append([day, typ, topic, n])
        ws2.cell(ws2.max_row, 1).number_format = "yyyy/m/d"
        row("activities", fn, ws2.title, ws2.max_row, dict(activity_date=day.isoformat(), activity_type=typ,
                                                            participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S5}, ["activity_date"])
    wb.save(path)


def f24_r1_trainees_xlsx(path: Path):
    """青萝县第一人民医院 2024 trainees (xlsx, new name in the title): 赵小满 trained again; 进修时间 in one cell
    "2024.03.01—2024.08.31"; 进修费用（元） numbers; 结业 是/否."""
    fn, sh = path.name, "进修"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青萝县第一人民医院2024年外出进修人员统计（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "进修时间", "进修费用（元）", "是否结业"])
    people = [("zhao", "赵小满", "重症医学科", "2024.03.01—2024.08.31", 3600, "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("pan", "潘月华", "麻醉科", "2024.09.01—2025.02.28", 0, "否", d(2024, 9, 1), d(2025, 2, 28), False)]
    for i, (key, name, dept, period, fee, done, sd, ed, dv) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, S1, period, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                                  completed=dv),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f24_r4_techniques_ods(path: Path):
    """桑屿县人民医院 2024 techniques (.ods): one introduced with the old support hospital (April), one with the
    new one (September); 开展时间 "2024-04-15" as text and a date cell."""
    fn, sh = path.name, "2024"
    rows = [[f"桑屿县人民医院2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "技术名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("颈动脉超声斑块评估", "神经内科", "2024-04-15", 64, "否", S4, d(2024, 4, 15), 64, False),
             ("冠状动脉造影术", "心血管内科", dt.date(2024, 9, 20), 31, "是", S5, d(2024, 9, 20), 31, True)]
    for i, (name, dept, when, cases, gap, sup, day, cv, gv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, sup])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=cv,
                                                   fills_county_gap=gv),
            {"recipient_hospital_id": R4, "support_hospital_id": sup}, ["name"])
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def f24_r4_dec_correction_xlsx(path: Path):
    """桑屿县人民医院's correction (更正) of December 2023, arriving in the 2024 folder: one month, other values."""
    fn, sh = path.name, "更正"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"桑屿县人民医院2023年12月业务量统计（更正）（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "备注"])
    v = monthly_values(4, 12)
    v = [v[0] + 300, v[1] + 12, v[2], v[3] + 1]
    ws.append(["2023年12月", *v, "原报出院人数有误，更正"])
    row("hospital_monthly_stats", fn, sh, ws.max_row,
        dict(year=2023, month=12, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
        {"recipient_hospital_id": R4}, ["year", "month"])
    wb.save(path)


def f24_r4_monthly_csv(path: Path):
    """桑屿县人民医院 2024 (CSV UTF-8, no BOM): months "2024年1月" …."""
    fn = path.name
    rows = [[f"桑屿县人民医院2024年1-12月主要业务量（{SYN}）", "", "", "", ""],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 13):
        v = monthly_values(14, m)
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R4}, ["year", "month"])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def f24_r1_monthly_xlsx(path: Path):
    """青萝县第一人民医院 2024 (xlsx): the new name in a 填报单位 line; 下转接收人次."""
    fn, sh = path.name, "业务量"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年受援医院月度业务统计表（{SYN}）"])
    ws.append([f"填报单位：{R1}"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m in range(1, 13):
        v = monthly_values(11, m)
        down = 7 + m % 4
        ws.append([f"{m}月", *v, down])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=down), {"recipient_hospital_id": R1}, ["year", "month"])
    wb.save(path)


def f24_r1_assessments_ods(path: Path):
    """青萝县第一人民医院 2024 assessments (.ods): one row per person and month; 林澈 again (same person as in 2023);
    在岗抽查 "3/4"."""
    fn, sh = path.name, "月考核"
    rows = [[f"青萝县第一人民医院2024年派驻人员月度考核（{SYN}）"],
            ["姓名", "身份证号", "考核月份", "考核得分", "在岗抽查（在岗次数/抽查次数）"]]
    for key, name in (("lin", "林澈"), ("wen", "温如玉")):
        for m, sc, chk in ((3, 94, (4, 4)), (4, 96, (3, 4))):
            if key == "wen":
                sc -= 3
            rows.append([name, use_id(key), f"2024年{m}月", sc, f"{chk[0]}/{chk[1]}"])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=chk[1], spot_checks_present=chk[0]),
                {"recipient_hospital_id": R1}, ["month"], id_number=ID[key])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for y in ("2023", "2024"):
        (raw / y / "reference").mkdir(parents=True, exist_ok=True)
    pairing_list_2023(raw / "2023" / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系一览表（2023年）.xlsx")
    pairing_list_2024(raw / "2024" / "reference" / "SYNTHETIC_附件1_霁川省城乡医院对口支援关系一览表（2024年调整）.xlsx")
    code_list_2024(raw / "2024" / "reference" / "SYNTHETIC_霁川省对口支援医疗机构代码表2024.xlsx")
    files = [(f23_s1_roster, "2023", "SYNTHETIC_霁川省人民医院2023年派驻人员名册.xlsx"),
             (f23_s2_roster_xls, "2023", "SYNTHETIC_琅湖市第一人民医院派驻白溆县2023.xls"),
             (f23_r1_trainees_csv, "2023", "SYNTHETIC_青萝县人民医院2023年进修人员.csv"),
             (f23_r3_techniques_ods, "2023", "SYNTHETIC_白溆县人民医院2023年新技术.ods"),
             (f23_r4_monthly_xlsx, "2023", "SYNTHETIC_桑屿县人民医院2023年1-12月业务量.xlsx"),
             (f23_r1_monthly_csv, "2023", "SYNTHETIC_青萝县人民医院2023年业务量统计.csv"),
             (f23_s4_activities_xlsx, "2023", "SYNTHETIC_芷阳市人民医院帮扶活动2023.xlsx"),
             (f23_r1_assessments_ods, "2023", "SYNTHETIC_青萝县人民医院派驻人员考核2023下半年.ods"),
             (f24_s1_roster, "2024", "SYNTHETIC_霁川省人民医院2024年派驻人员名册.xlsx"),
             (f24_s2_roster_csv, "2024", "SYNTHETIC_琅湖市第一人民医院派驻人员2024.csv"),
             (f24_s4_roster_xls, "2024", "SYNTHETIC_芷阳市人民医院派驻桑屿2024上半年.xls"),
             (f24_s5_roster_and_activities_xlsx, "2024", "SYNTHETIC_霁川医科大学附属第二医院派驻桑屿县2024下半年.xlsx"),
             (f24_r1_trainees_xlsx, "2024", "SYNTHETIC_青萝县第一人民医院2024年进修人员.xlsx"),
             (f24_r4_techniques_ods, "2024", "SYNTHETIC_桑屿县人民医院2024年新技术.ods"),
             (f24_r4_dec_correction_xlsx, "2024", "SYNTHETIC_桑屿县人民医院2023年12月业务量（更正）.xlsx"),
             (f24_r4_monthly_csv, "2024", "SYNTHETIC_桑屿县人民医院2024年业务量.csv"),
             (f24_r1_monthly_xlsx, "2024", "SYNTHETIC_青萝县第一人民医院2024年业务量.xlsx"),
             (f24_r1_assessments_ods, "2024", "SYNTHETIC_青萝县第一人民医院派驻人员考核2024.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
