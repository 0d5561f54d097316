"""realworld126 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅溪省) for 2024 whose hospitals are
identified by codes as well as names: the pairing list in data/raw/reference/ carries a 统一社会信用代码 for every
hospital, and the submissions write a 统一社会信用代码, a 组织机构代码 or a 医疗机构登记号 beside or instead of a
hospital's name, in a column, a title or a 填报单位 line — once with spaces, once with dashes, once with a wrong
check character — while the names they do write are short or old (省医, 市一院, 县人医, 原溪柘县医院). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澜州市,各县}/…, OUT/truth.json

Every hospital, county, person, ID number and code is invented; ID numbers use region codes starting 99 with a
correct check digit (GB 11643); 统一社会信用代码 use region 99xxxx with a correct GB 32100 check character (and a
correct GB 11714 组织机构代码 inside), except the one code planted with a wrong check character.
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
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


def org_code(body8: str) -> str:
    """GB 11714 组织机构代码: 8 characters and a check character."""
    val = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    c = 11 - sum(v * k for v, k in zip(val, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return body8 + {10: "X", 11: "0"}.get(c, str(c))


def uscc(region: str, body8: str) -> str:
    """GB 32100 统一社会信用代码: 12 (事业单位) + region + 组织机构代码 + check character."""
    s = "12" + region + org_code(body8)
    c = 31 - sum(USCC_CHARS.index(ch) * k for ch, k in zip(s, USCC_W)) % 31
    return s + USCC_CHARS[0 if c == 31 else c]


def wrong_check(code: str) -> str:
    i = USCC_CHARS.index(code[-1])
    return code[:-1] + USCC_CHARS[(i + 1) % 31]


def dashed(code: str) -> str:
    return f"{code[:2]}-{code[2:8]}-{code[8:16]}-{code[16]}-{code[17]}"


def spaced(code: str) -> str:
    return f"{code[:2]} {code[2:8]} {code[8:17]} {code[17]}"


def org_of(code: str) -> str:
    """The 组织机构代码 inside a 统一社会信用代码, printed as on the old certificate: XXXXXXXX-X."""
    return code[8:16] + "-" + code[16]


def licence_no(code: str, region: str) -> str:
    """A 医疗机构执业许可证登记号 (22 characters): 组织机构代码 + region + 类别 + 序号."""
    return code[8:17] + region + "12A1001"


P1, LZ1 = "琅溪省人民医院", "澜州市第一人民医院"
QH, LC, LCTCM, XZ = "青禾县人民医院", "岚川县人民医院", "岚川县中医医院", "溪柘县人民医院"
CODE = {P1: uscc("990000", "MB000012"), LZ1: uscc("990200", "MB000027"), QH: uscc("990221", "MB000031"),
        LC: uscc("990222", "MB000046"), LCTCM: uscc("990222", "MB000054"), XZ: uscc("990223", "MB000069")}
REGION = {QH: "990221", LC: "990222", LCTCM: "990222", XZ: "990223"}
RECIP = {QH: ("二级甲等", "二级", "甲等", "综合医院", "青禾县"), LC: ("二级甲等", "二级", "甲等", "综合医院", "岚川县"),
         LCTCM: ("二级乙等", "二级", "乙等", "中医医院", "岚川县"), XZ: ("二级甲等", "二级", "甲等", "综合医院", "溪柘县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19760312", "031"), "su": ("990101", "19880704", "042"), "gu": ("990102", "19800918", "015"),
    "ye": ("990102", "19850227", "026"), "fang": ("990201", "19840510", "053"), "tang": ("990201", "19900123", "064"),
    "cheng": ("990202", "19791106", "017"), "zhou": ("990221", "19920815", "038"), "wu": ("990221", "19930402", "029"),
    "zheng": ("990222", "19910609", "044"), "qian": ("990222", "19890930", "075"), "xu": ("990222", "19940717", "086"),
    "chen": ("990222", "19921128", "057"), "jiang": ("990222", "19950305", "018"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


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


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 | 受援医院统一社会信用代码 | 等级 ("二级甲等") | 类别 | 所在县 | 支援医院 | 支援医院统一社会信用代码 |
    协议签订日期 | 支援期限 | 备注; the period 2024—2026年 in the title; one 支援期限 of its own; one 备注 "原溪柘县医院"."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅溪省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:K1")
    ws.append(["序号", "受援医院", "受援医院统一社会信用代码", "等级", "类别", "所在县", "支援医院",
               "支援医院统一社会信用代码", "协议签订日期", "支援期限", "备注"])
    pairs = [(QH, P1, dt.date(2023, 12, 18), None, None),
             (LC, P1, dt.date(2024, 1, 22), "2024年3月1日至2027年2月28日", None),
             (LCTCM, LZ1, dt.date(2023, 12, 26), None, None),
             (XZ, LZ1, dt.date(2023, 12, 26), None, "原溪柘县医院，2023年更名")]
    for i, (r, s, ag, per, note) in enumerate(pairs, 1):
        grade_text, _, _, cat, county = RECIP[r]
        ws.append([i, r, CODE[r], grade_text, cat, county, s, CODE[s], ag, per, note])
        ws.cell(ws.max_row, 9).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称、代码均为虚构。"])
    wb.save(path)
    for r, (_, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county,
                                   "code": CODE[r]})
    for s in (P1, LZ1):
        truth["hospitals"].append({"name": s, "code": CODE[s]})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省医's roster: the support hospital only as 省医 in the title and by its code on the 填报单位 line; 派驻医院
    written short (青禾县人医, 岚川县医院) with a 统一社会信用代码 column beside; one row with the code and no name."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"省医2024年度对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append([f"填报单位（统一社会信用代码）：{CODE[P1]}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "派驻医院统一社会信用代码", "派驻开始日期",
               "派驻结束日期"])
    people = [("lin", "林昭远", "心血管内科", "主任医师", "青禾县人医", QH, (2024, 3, 1), (2024, 8, 31),
               ("正高级", "医疗")),
              ("su", "苏晚晴", "护理部", "主管护师", "青禾县人医", QH, (2024, 3, 1), (2024, 8, 31), ("中级", "护理")),
              ("gu", "顾承泽", "普外科", "副主任医师", "岚川县医院", LC, (2024, 4, 1), (2024, 9, 30),
               ("副高级", "医疗")),
              ("ye", "叶知秋", "麻醉科", "主治医师", None, LC, (2024, 4, 1), (2024, 9, 30), ("中级", "医疗"))]
    for i, (key, name, dept, title, written, rec, s, e, (rank, cat)) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, written, CODE[rec], dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": P1, "recipient_hospital_id": rec}, ["start_date", "department"], ID[key])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月8日"])
    wb.save(path)


def f_p1_trainees_xls(path: Path):
    """省医 hosts trainees (.xls): the host by its code on the 填报单位 line; 选送单位 beside its code; one row gives
    only a code written with spaces; one row a hospital in no pairing list (held)."""
    fn, sh = path.name, "进修登记"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"省医2024年接收受援医院进修人员登记表（{SYN}）")
    ws.write(1, 0, f"填报单位：{CODE[P1]}")
    hdr = ["序号", "姓名", "身份证号", "选送单位", "选送单位统一社会信用代码", "进修科室", "进修开始", "进修结束",
           "进修费用（元）", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    other = uscc("990222", "MB000077")
    people = [("zhou", "周清和", "青禾县人医", CODE[QH], "心血管内科", "2024.03.01", "2024.08.31", 0, "是", QH,
               d(2024, 3, 1), d(2024, 8, 31), True),
              ("wu", "吴雨眠", QH, CODE[QH], "重症医学科", "2024.03.01", "2024.08.31", 0, "是", QH, d(2024, 3, 1),
               d(2024, 8, 31), True),
              ("zheng", "郑安澜", None, spaced(CODE[LC]), "普外科", "2024.09.01", "2025.02.28", 0, "否", LC,
               d(2024, 9, 1), d(2025, 2, 28), False),
              ("qian", "钱望舒", "岚川县第二人民医院", other, "儿科", "2024.09.01", "2025.02.28", 0, "否", None, None,
               None, None)]
    for i, (key, name, unit, code, dept, s, e, fee, done, rec, sd, ed, donev) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, use_id(key), unit, code, dept, s, e, fee, done]):
            if v is not None:
                ws.write(r, j, v)
        if rec is None:
            quarantine(fn, sh, r + 1, "unresolved_hospital",
                       "选送单位 岚川县第二人民医院 (its code is in no pairing list) is no hospital of the programme")
            continue
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                             completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date", "department"], ID[key])
    ws.write(3 + len(people), 0, "填表人：科教部")
    wb.save(str(path))


def f_county_stats(path: Path):
    """省卫健委: an ordinary county table (no codes of hospitals)."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"2024年各县县域住院流向（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for county, code, tot, out in (("青禾县", "999221", 31250, 5480), ("岚川县", "999222", 27410, 4962),
                                   ("溪柘县", "999223", 18830, 3907)):
        ws.append([county, code, tot, out])
        row("county_inpatient_stats", fn, sh, ws.max_row,
            dict(county_code=code, year=2024, resident_admissions=tot, resident_admissions_outside_county=out),
            {}, ["county_code"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 澜州市
def f_lz1_roster_csv(path: Path):
    """市一院 (CSV, GBK): the support hospital only by its code on the 填报单位 line; 受援单位 short or old
    (岚川县中医院, 原溪柘县医院) with a 医疗机构登记号 column beside; dates 2024/7/1."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"市一院2024年对口支援派驻人员情况（{SYN}）", "", "", "", "", "", "", "", ""])
    w.writerow([f"填报单位：{CODE[LZ1]}", "", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "性别", "职称", "科室", "受援单位", "医疗机构登记号", "开始时间", "结束时间"])
    people = [("fang", "方若川", "男", "主治中医师", "针灸科", "岚川县中医院", LCTCM, "2024/7/1", "2024/12/31",
               ("中级", "医疗"), d(2024, 7, 1), d(2024, 12, 31)),
              ("tang", "唐素心", "女", "主管护师", "护理部", "岚川县中医院", LCTCM, "2024/7/1", "2024/12/31",
               ("中级", "护理"), d(2024, 7, 1), d(2024, 12, 31)),
              ("cheng", "程景行", "男", "副主任医师", "骨科", "原溪柘县医院", XZ, "2024/5/6", "2024/11/5",
               ("副高级", "医疗"), d(2024, 5, 6), d(2024, 11, 5))]
    r = 3
    for key, name, sex, title, dept, written, rec, s, e, (rank, cat), sd, ed in people:
        w.writerow([name, use_id(key), sex, title, dept, written, licence_no(CODE[rec], REGION[rec]), s, e])
        r += 1
        row("deployments", fn, None, r, dep(dept, title, rank, cat, sd, ed),
            {"support_hospital_id": LZ1, "recipient_hospital_id": rec}, ["start_date", "department"], ID[key])
    w.writerow(["合计：3人", "", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 各县
def f_qh_monthly_xlsx(path: Path):
    """青禾县人民医院: 县人医 in the title (with its county), the code on the second line."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人医2024年1—6月主要业务量统计（{SYN}）"])
    ws.append([f"统一社会信用代码：{CODE[QH]}"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [16100 + 180 * m, 1180 + 14 * m, 270 + 4 * m, 42 - 2 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QH}, ["month"])
    ws.append(["合计", "=SUM(B4:B9)", "=SUM(C4:C9)", "=SUM(D4:D9)", "=SUM(E4:E9)"])
    wb.save(path)


def f_lc_monthly_csv(path: Path):
    """岚川县人民医院 (CSV, UTF-8 with BOM): the hospital only by its code, written with dashes, on the 填报单位 line —
    no name anywhere in the file or its name."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2024年7—12月主要业务量统计表（{SYN}）", "", "", "", ""])
    w.writerow([f"填报单位：{dashed(CODE[LC])}", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    r = 3
    for m in range(7, 13):
        v = [14200 + 150 * m, 990 + 11 * m, 215 + 3 * m, 36 - m]
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LC}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_lctcm_assess_ods(path: Path):
    """岚川县中医医院 (.ods): written 岚川县中医院 with its 组织机构代码 (MB000054-X style) on the 填报单位 line; one
    sheet per month (7月, 8月; the year in the title); 派出单位 市一院."""
    fn = path.name
    sheets = {}
    people = [("fang", "方若川"), ("tang", "唐素心")]
    for m, scores in ((7, [92, 88.5]), (8, [95, 90])):
        sh = f"{m}月"
        rows = [[f"2024年派驻人员月度考核表（{SYN}）"],
                [f"填报单位：岚川县中医院（组织机构代码：{org_of(CODE[LCTCM])}）"],
                ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
        for i, ((key, name), sc) in enumerate(zip(people, scores), 1):
            present = 2 if (key, m) == ("tang", 7) else 3
            rows.append([i, name, use_id(key), "市一院", sc, 3, present])
            row("staff_monthly_assessments", fn, sh, len(rows),
                dict(year=2024, month=m, score=float(sc), spot_checks=3, spot_checks_present=present),
                {"recipient_hospital_id": LCTCM}, ["month"], ID[key])
        rows.append(["考核人：院办"])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_qh_techniques_xlsx(path: Path):
    """青禾县人民医院's techniques: the support hospital written 省医 with a code whose check character is wrong
    (one row), the right code (one row), no code (one row); "约30例" in 开展例数."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青禾县人医2024年新技术新业务开展情况（{SYN}）"])
    ws.append([f"填报单位：青禾县人民医院（{CODE[QH]}）"])
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援单位",
               "支援单位统一社会信用代码"])
    items = [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2024, 4, 15), 12, "是", "省医", wrong_check(CODE[P1]), 12,
              True),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2024, 6, 3), 20, "否", P1, CODE[P1], 20, False),
             ("无痛胃肠镜诊疗", "消化内科", dt.date(2024, 9, 10), "约30例", "是", "省医", None, None, True)]
    for i, (name, dept, day, cases, gap, sup, code, casesv, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, sup, code])
        r = ws.max_row
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                           cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": QH, "support_hospital_id": P1}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["填报人：医务科", None, None, "审核：", None, "2025年1月10日"])
    wb.save(path)


def f_xz_activities_xlsx(path: Path):
    """溪柘县人民医院's activities under its old name (原溪柘县医院 in the title, 溪柘县医院 in 受援单位); 支援单位 市一院
    with its code; "约30人"."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"原溪柘县医院2024年对口帮扶活动记录（{SYN}）"])
    ws.append(["日期", "支援单位", "支援单位统一社会信用代码", "受援单位", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 14), "学术讲座", "骨质疏松性骨折的规范治疗", 45, 45),
            (dt.date(2024, 4, 18), "教学查房", "骨科病区教学查房", 18, 18),
            (dt.date(2024, 6, 6), "手术示教", "全髋关节置换术", "约30人", None),
            (dt.date(2024, 9, 20), "义诊", "骨关节病义诊", 120, 120)]
    for day, typ, topic, n, nv in acts:
        ws.append([day, "市一院", CODE[LZ1], "溪柘县医院", typ, topic, n])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": XZ, "support_hospital_id": LZ1}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def f_lc_trainees_xlsx(path: Path):
    """岚川县人民医院 sends trainees: 岚川县医院 in the title, its code on the 填报单位 line; 进修单位 written 省医 with
    its code, once the code alone; one row without its 进修 dates (held)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚川县医院2024年选派人员外出进修情况（{SYN}）"])
    ws.append([f"填报单位：岚川县人民医院    统一社会信用代码：{CODE[LC]}"])
    ws.append(["姓名", "身份证号", "进修单位", "进修单位代码", "进修科室", "开始日期", "结束日期", "是否结业"])
    people = [("xu", "许半夏", "省医", "儿科", dt.date(2024, 3, 4), dt.date(2024, 9, 3), "是"),
              ("chen", "陈知微", None, "检验科", dt.date(2024, 5, 6), dt.date(2024, 11, 5), "是"),
              ("jiang", "蒋如晦", "省医", "医学影像科", None, None, "否")]
    for key, name, host, dept, s, e, done in people:
        ws.append([name, use_id(key), host, CODE[P1], dept, s, e, done])
        r = ws.max_row
        ws.cell(r, 2).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if s is None:
            quarantine(fn, sh, r, "missing_value", "进修 start date (required) blank")
            continue
        row("trainees", fn, sh, r, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                         fee_charged=None, completed=done == "是"),
            {"recipient_hospital_id": LC, "host_hospital_id": P1}, ["start_date", "department"], ID[key])
    wb.save(path)


def f_xz_monthly_ods(path: Path):
    """溪柘县人民医院 (.ods), first quarter: the old name 溪柘县医院 in a 机构名称 column beside a 组织机构代码 column on
    every row; 下转接收人次."""
    fn, sh = path.name, "一季度"
    rows = [[f"原溪柘县医院2024年第一季度业务量（{SYN}）"],
            ["机构名称", "组织机构代码", "月份", "门急诊人次", "出院人次", "手术台次", "转出人次", "下转接收人次"]]
    for m in (1, 2, 3):
        v = [9300 + 140 * m, 610 + 9 * m, 120 + 3 * m, 22 - m, 4 + m]
        rows.append(["溪柘县医院", org_of(CODE[XZ]), f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": XZ}, ["month"])
    rows.append(["填报人：统计室", None, None, None, None, "2024年4月8日"])
    ods_doc(path, {sh: rows})


def f_lctcm_techniques_ods(path: Path):
    """岚川县中医医院's techniques (.ods): the recipient only by its 统一社会信用代码 in the title; 支援单位 市一院."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"{CODE[LCTCM]} 2024年新技术新业务开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "开展时间", "例数", "是否填补县域空白", "支援单位"]]
    items = [("浮针疗法治疗颈肩腰腿痛", "针灸科", "2024年7月15日", 36, "是", d(2024, 7, 15), 36, True),
             ("中医定向透药", "康复科", "2024年9月2日", 58, "否", d(2024, 9, 2), 58, False)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap, "市一院"])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": LCTCM, "support_hospital_id": LZ1}, ["name"])
    rows.append(["填报人：医务科"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澜州市", "各县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅溪省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_省医派驻人员名册2024.xlsx"),
             (f_p1_trainees_xls, "省直", "SYNTHETIC_省医接收进修人员登记2024.xls"),
             (f_county_stats, "省直", "SYNTHETIC_各县县域住院流向2024.xlsx"),
             (f_lz1_roster_csv, "澜州市", "SYNTHETIC_市一院派驻人员情况2024.csv"),
             (f_qh_monthly_xlsx, "各县", "SYNTHETIC_青禾县人医业务量1-6月.xlsx"),
             (f_lc_monthly_csv, "各县", "SYNTHETIC_业务量统计7-12月（按代码报送）.csv"),
             (f_lctcm_assess_ods, "各县", "SYNTHETIC_派驻人员月度考核7-8月.ods"),
             (f_qh_techniques_xlsx, "各县", "SYNTHETIC_青禾县人医新技术2024.xlsx"),
             (f_xz_activities_xlsx, "各县", "SYNTHETIC_原溪柘县医院帮扶活动记录2024.xlsx"),
             (f_lc_trainees_xlsx, "各县", "SYNTHETIC_岚川县医院外出进修2024.xlsx"),
             (f_xz_monthly_ods, "各县", "SYNTHETIC_溪柘县医院一季度业务量.ods"),
             (f_lctcm_techniques_ods, "各县", "SYNTHETIC_新技术新业务2024（代码报送）.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    truth["codes"] = {name: code for name, code in sorted(CODE.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
