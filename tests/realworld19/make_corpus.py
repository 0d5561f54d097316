"""realworld19 corpus generator — SYNTHETIC / 合成数据. A fictional province (沅岫省) for 2025: the pairing list in
data/raw/reference/ (an .xls with two sections: tertiary → county and county → township) and the year's submissions
as small hospitals and their support hospitals write them, in folders 省直 / 栖梧市 / 檀溪市. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,栖梧市,檀溪市}/…, OUT/truth.json

Focus: small hospitals' own habits — a township health centre's hand-made workbook (one sheet per quarter, months as
columns inside), a trainee list with only a start month and 进修时长 ("3个月", "半年"), multi-day and half-day
activities ("3月12日-14日", "2025.4.9-4.10", "5月8日上午/下午"), 开展例数 "5例" / "十余例", a township's monthly
sheet with 上转/下转 columns and a 备注 saying December is estimated, an assessment sheet with grades
(优秀/良好/合格/不合格) instead of scores, support hospitals written the local way (省人医, 市一院, 县中医院), and two
files that are not spreadsheets (a .docx work summary, a scanned .pdf) lying in the folders.

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with the check digit
computed (the wrong-check-digit and 15-digit spellings are spellings of valid numbers, listed in truth.json).
Written without reading the tool's parser (see README.md).
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
YEAR = 2025


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- the province
S1, S2, S3 = "沅岫省人民医院", "栖梧市第一人民医院", "苇汀县中医医院"     # 省人医, 市一院, 县中医院
R1, R2, R3 = "苇汀县人民医院", "岫石县人民医院", "棠梨县人民医院"
R4, R5 = "苇汀县白鹭镇卫生院", "岫石县青禾乡卫生院"
RECIP = {R1: ("二级", "甲等", "综合医院", "苇汀县"), R2: ("二级", "乙等", "综合医院", "岫石县"),
         R3: ("二级", "乙等", "综合医院", "棠梨县"), R4: ("一级", None, "乡镇卫生院", "苇汀县"),
         R5: ("一级", None, "乡镇卫生院", "岫石县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19700512", "031"), "song": ("990102", "19870923", "042"),
    "tang": ("990101", "19790214", "013"), "xia": ("990103", "19820630", "026"),
    "lu": ("990101", "19850101", "055"),
    "gu": ("990501", "19780808", "017"), "cheng": ("990501", "19880316", "024"),
    "fan": ("990502", "19840704", "035"), "bei": ("990501", "19860211", "048"),
    "zou": ("990521", "19950402", "062"), "sun": ("990521", "19930715", "072"), "he": ("990521", "19960908", "084"),
    "gan": ("990522", "19900117", "026"), "fu": ("990522", "19890530", "013"), "yin": ("990522", "19920819", "037"),
    "ge": ("990522", "19940226", "048"),
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


def unusable(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1]).isoformat()


def plus_months_end(y, m, n):
    """A stay that starts on the 1st of month m and lasts n months ends on the last day of month m+n-1."""
    k = (y * 12 + m - 1) + n - 1
    return month_end(k // 12, k % 12 + 1)


def dep(dept, title, rank, cat, start, end, years=None):
    f = dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)
    if years is not None:
        f["years_of_service"] = years
    return f


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


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """An .xls from the provincial office: 附件1 in its own line, the title with the period (2024—2026年), 受援医院
    before 支援医院, 医院等级 as one cell ("二级甲等", "一级"), two section lines (一、三级医院… / 二、县级医院…乡镇卫生院:
    the county → township pairings in the same list), 协议签订日期 as a date cell, as text "2024年1月8日" and "待签";
    one 支援期限 "2025.1—2027.12" (month precision); a 注 line."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("附件1")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, "附件1")
    ws.write_merge(1, 1, 0, 8, f"沅岫省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）")
    for j, h in enumerate(["序号", "受援医院", "所在县（市、区）", "医院等级", "类别", "支援医院", "协议签订日期",
                           "支援期限", "备注"]):
        ws.write(2, j, h)
    lines = [("一、三级医院对口支援县级医院",),
             (1, R1, "二级甲等", S1, dt.date(2023, 12, 15), None),
             (2, R2, "二级乙等", S2, "2024年1月8日", "2025.1—2027.12"),
             (3, R3, "二级乙等", S1, dt.date(2023, 12, 15), None),
             ("二、县级医院对口支援乡镇卫生院",),
             (4, R4, "一级", S3, dt.date(2024, 2, 26), None),
             (5, R5, "一级", R2, "待签", None)]
    r = 3
    for ln in lines:
        if len(ln) == 1:
            ws.write(r, 0, ln[0])
        else:
            no, rec, lvl, sup, agt, per = ln
            level, grade, cat, county = RECIP[rec]
            ws.write(r, 0, no)
            ws.write(r, 1, rec)
            ws.write(r, 2, county)
            ws.write(r, 3, lvl)
            ws.write(r, 4, cat)
            ws.write(r, 5, sup)
            if isinstance(agt, dt.date):
                ws.write(r, 6, agt, date_style)
                ag = agt.isoformat()
            else:
                ws.write(r, 6, agt)
                ag = "2024-01-08" if agt == "2024年1月8日" else None
                if agt == "待签":  # lead's correction after the first run (README): an optional date that does not read
                    finding(path.name, r + 1, "UNPARSEABLE_OPTIONAL")
            if per:
                ws.write(r, 7, per)
                start, end, src = d(2025, 1, 1), d(2027, 12, 31), "support_period"
            else:
                start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
            truth["pairings"].append({"support": sup, "recipient": rec, "start_date": start, "end_date": end,
                                      "agreement_date": ag, "start_date_source": src})
        r += 1
    ws.write(r, 0, f"注：{SYN}；医院名称、县名均为虚构。乡镇卫生院由县级医院对口支援。")
    wb.save(str(path))
    for rec, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": rec, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_s1_roster(path: Path):
    """省人医's roster: 填报单位 | 填报日期 line; a two-row header (派驻时间 merged over 起 | 止, the other headers merged
    down); dotted dates "2025.3.1"; 止 "至今"; 工作年限 "22年"; a 联系电话 column of 11-digit phone numbers; the
    recipient "棠梨县医院" (the county's people's hospital); one ID with a wrong check digit; one "（待补）"; one row
    planned but not dispatched (起 "待定", 备注 拟派) — unusable; 合计 "共6人"; 制表人 / 审核人 footer."""
    fn, sh = path.name, "派驻名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"沅岫省人民医院2025年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:L1")
    ws.append(["填报单位：沅岫省人民医院医务部", None, None, None, None, None, None, None, "填报日期：2025年12月30日"])
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "工作年限", "派驻单位", "派驻时间", None, "联系电话",
               "备注"])
    ws.append([None] * 8 + ["起", "止"] + [None, None])
    for col in "ABCDEFGHKL":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("I3:J3")
    wrong = ID["song"][:17] + ("0" if ID["song"][17] != "0" else "1")
    people = [  # key, name, sex, id text, dept, title, years, recipient as written, start, end, phone, note, fields
        ("lin", "林照川", "男", None, "心血管内科", "主任医师", "22年", R1, "2025.3.1", "2025.8.31", "18800001031", None,
         R1, dep("心血管内科", "主任医师", "正高级", "医疗", d(2025, 3, 1), d(2025, 8, 31), 22), ID["lin"]),
        ("song", "宋晚晴", "女", wrong, "呼吸内科", "主治医师", "9年", R1, "2025.3.1", "2025.8.31", "18800001042", None,
         R1, dep("呼吸内科", "主治医师", "中级", "医疗", d(2025, 3, 1), d(2025, 8, 31), 9), wrong),
        ("tang", "唐亦舟", "男", None, "普外科", "副主任医师", "15年", R1, "2025.9.1", "至今", "18800001013", None,
         R1, dep("普外科", "副主任医师", "副高级", "医疗", d(2025, 9, 1), None, 15), ID["tang"]),
        ("xia", "夏知秋", "女", None, "护理部", "主管护师", "12年", "棠梨县医院", "2025.4.7", "2025.10.6", "18800001026",
         None, R3, dep("护理部", "主管护师", "中级", "护理", d(2025, 4, 7), d(2025, 10, 6), 12), ID["xia"]),
        (None, "温景和", "男", "（待补）", "骨科", "副主任医师", "18年", "棠梨县医院", "2025.4.7", "2025.10.6",
         "18800001057", None, R3, dep("骨科", "副主任医师", "副高级", "医疗", d(2025, 4, 7), d(2025, 10, 6), 18), None),
        ("lu", "陆平川", "男", None, "麻醉科", "主治医师", "8年", "棠梨县医院", "待定", None, "18800001055", "拟派",
         R3, None, None),
    ]
    for i, (key, name, sex, sp, dept, title, years, rec_w, s, e, phone, note, rec, f, tid) in enumerate(people, 1):
        idtext = sp if key is None else use_id(key, sp)
        ws.append([i, name, sex, idtext, dept, title, years, rec_w, s, e, phone, note])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 11).number_format = "@"
        if f is None:
            unusable(fn, sh, r, "missing_required", "派驻时间 起 '待定' (拟派, not yet dispatched): no start date")
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["合计", "共6人"])
    ws.append([])
    ws.append(["制表人：医务部 方圆", None, None, None, "审核人：", None, None, None, "2025年12月30日"])
    wb.save(path)


def f_county_flow_csv(path: Path):
    """省卫健委统计信息中心: GBK CSV, the year only in the title line, counts with thousands separators ("41,236",
    quoted), a 其中：县域内 column beside the total and the outside count, a percentage column, a 合计 line."""
    fn = path.name
    rows = [[f"2025年各县（市、区）常住居民住院服务流向统计（{SYN}）"],
            ["县（市、区）", "区划代码", "常住居民住院总人次", "其中：县域内住院人次", "县域外住院人次", "县域内住院占比"]]
    tot = [0, 0, 0]
    for county, code, total, inside in (("苇汀县", "990521", 41236, 35118), ("岫石县", "990522", 29870, 24611),
                                        ("棠梨县", "990611", 22405, 18990)):
        out = total - inside
        rows.append([county, code, f"{total:,}", f"{inside:,}", f"{out:,}", f"{100 * inside / total:.1f}%"])
        tot = [tot[0] + total, tot[1] + inside, tot[2] + out]
        row("county_inpatient_stats", fn, None, len(rows),
            dict(county_code=code, year=YEAR, resident_admissions=total, resident_admissions_outside_county=out),
            {}, ["county_code", "year"])
    rows.append(["合计", "", f"{tot[0]:,}", f"{tot[1]:,}", f"{tot[2]:,}", f"{100 * tot[1] / tot[0]:.1f}%"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_scan_pdf(path: Path):
    """Not a spreadsheet: a one-page PDF standing for a scanned, stamped agreement."""
    text = "SYNTHETIC / he cheng shu ju: dui kou zhi yuan xie yi shu (scan)"
    stream = f"BT /F1 12 Tf 40 800 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


# ------------------------------------------------------------------------------------------- 栖梧市
def f_s2_roster_ods(path: Path):
    """市一院 (.ods): the support hospital only as "市一院" (title and 填报单位 line), the recipient only in the title;
    派驻期间 in one cell: "2025年1月6日至7月5日", "2025.1.6-2025.7.5", "2025年7月7日-2026年1月6日"; a 15-digit ID;
    a 填表 footer."""
    fn, sh = path.name, "Sheet1"
    j = ID["bei"]
    fifteen = j[:6] + j[8:14] + j[14:17]
    rows = [[f"市一院2025年派驻岫石县人民医院医务人员名单（{SYN}）"],
            ["填报单位：市一院（盖章）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "派驻期间"]]
    people = [("gu", "顾北辰", None, "神经内科", "副主任医师", "2025年1月6日至7月5日",
               dep("神经内科", "副主任医师", "副高级", "医疗", d(2025, 1, 6), d(2025, 7, 5)), ID["gu"]),
              ("cheng", "程一诺", None, "儿科", "主治医师", "2025.1.6-2025.7.5",
               dep("儿科", "主治医师", "中级", "医疗", d(2025, 1, 6), d(2025, 7, 5)), ID["cheng"]),
              ("fan", "范书航", None, "检验科", "主管技师", "2025年7月7日-2026年1月6日",
               dep("检验科", "主管技师", "中级", "医技", d(2025, 7, 7), d(2026, 1, 6)), ID["fan"]),
              ("bei", "贝清越", fifteen, "重症医学科", "主治医师", "2025.7.7-2026.1.6",
               dep("重症医学科", "主治医师", "中级", "医疗", d(2025, 7, 7), d(2026, 1, 6)), ID["bei"])]
    for i, (key, name, sp, dept, title, period, f, tid) in enumerate(people, 1):
        rows.append([i, name, use_id(key, sp), dept, title, period])
        row("deployments", fn, sh, len(rows), f, {"support_hospital_id": S2, "recipient_hospital_id": R2},
            ["start_date", "department"], id_number=tid)
        if sp == fifteen:
            finding(fn, len(rows), "ID_15_DIGIT")
    rows.append(["填表：市一院医务科", None, None, "联系人：", None, "2026年1月5日"])
    ods_doc(path, {sh: rows})


def f_r1_techniques_xlsx(path: Path):
    """苇汀县人民医院: 首次开展时间 "2025年4月", "2025.5.20", "2025年10月上旬"; 开展例数 "5例", "十余例", 12, "20余例";
    支援单位 "省人医"; 是否填补县域空白 是/否; a 备注 column; 填报人 footer."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苇汀县人民医院2025年新技术、新项目开展情况表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "项目名称", "开展科室", "首次开展时间", "开展例数", "支援单位", "是否填补县域空白", "备注"])
    items = [("冠状动脉造影术", "心血管内科", "2025年4月", "5例", "是", d(2025, 4, 1), 5, True, "省人医林照川主任指导"),
             ("无痛胃肠镜检查", "消化内科", "2025.5.20", "十余例", "否", d(2025, 5, 20), None, False, None),
             ("电子支气管镜检查", "呼吸内科", "2025年6月", 12, "是", d(2025, 6, 1), 12, True, None),
             ("腹腔镜胆囊切除术", "普外科", "2025年10月上旬", "20余例", "否", d(2025, 10, 1), None, False, "持续开展")]
    for i, (name, dept, when, cases, gap, day, casesv, gapv, note) in enumerate(items, 1):
        ws.append([i, name, dept, when, cases, "省人医", gap, note])
        r = ws.max_row
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                           fills_county_gap=gapv),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
        if casesv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["填报人：医务科", None, None, "联系电话：", None, "填报日期：2026年1月8日"])
    wb.save(path)


def f_r2_techniques_ods(path: Path):
    """岫石县人民医院 (.ods): 开展时间 "2025-03" / "2025年3月"; 开展例数 "5例" / "十余例"; 帮扶医院 "市一院"; 填补空白
    as a tick (√ / blank)."""
    fn, sh = path.name, "2025"
    rows = [[f"岫石县人民医院新技术开展情况（2025年度）{SYN}"],
            ["项目", "科室", "开展时间", "开展例数", "帮扶医院", "填补县域空白（√）"]]
    items = [("颅内血肿微创穿刺引流术", "神经外科", "2025-03", "5例", "√", d(2025, 3, 1), 5, True),
             ("儿童哮喘规范化诊疗", "儿科", "2025年3月", "十余例", None, d(2025, 3, 1), None, False)]
    for name, dept, when, cases, tick, day, casesv, gapv in items:
        rows.append([name, dept, when, cases, "市一院", tick])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    ods_doc(path, {sh: rows})


def f_r2_activities_xlsx(path: Path):
    """岫石县人民医院: dates as text without the year (the title's 2025): multi-day "3月12日-14日", "2025.4.9-4.10",
    "11月3日—5日" (one event each, dated its first day); half days "5月8日上午" / "5月8日下午" (two lectures);
    支援单位 "市一院"; 参加人数 "约20人", "30余人" (→ empty + finding); an event still "待定" (no date: unusable)."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫石县人民医院2025年市一院对口帮扶活动登记表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "时间", "活动类型", "内容", "主讲/带教专家", "支援单位", "参加人数"])
    acts = [("3月12日-14日", "技术培训", "基层医师急诊急救技能培训班", "顾北辰等", 56, d(2025, 3, 12), 56),
            ("2025.3.20", "教学查房", "脑卒中患者规范化查房", "顾北辰", 18, d(2025, 3, 20), 18),
            ("2025.4.9-4.10", "手术示教", "颅内血肿微创穿刺术", "顾北辰", "约20人", d(2025, 4, 9), None),
            ("5月8日上午", "学术讲座", "儿童哮喘诊治进展", "程一诺", 40, d(2025, 5, 8), 40),
            ("5月8日下午", "学术讲座", "儿童常见急症的识别与处理", "程一诺", 35, d(2025, 5, 8), 35),
            ("待定", "义诊", "世界卫生日义诊", "市一院专家团队", None, None, None),
            ("9月26日", "疑难病例讨论", "不明原因发热病例讨论", "范书航", "30余人", d(2025, 9, 26), None),
            ("11月3日—5日", "技术培训", "医院感染防控培训", "市一院感染管理科", 60, d(2025, 11, 3), 60)]
    for i, (when, typ, topic, who, n, day, nv) in enumerate(acts, 1):
        ws.append([i, when, typ, topic, who, "市一院", n])
        r = ws.max_row
        if day is None:
            unusable(fn, sh, r, "missing_required", "时间 '待定': the event has no date (not yet held)")
            continue
        row("activities", fn, sh, r, dict(activity_date=day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["activity_date", "activity_type"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    ws.append(["备注：多日培训按一次登记。"])
    wb.save(path)


def f_s3_activities_xls(path: Path):
    """县中医院 → 白鹭镇卫生院 (.xls): title "县中医院…帮扶白鹭镇卫生院…", the 填报单位 line with the full name; a 时段
    column (上午 / 下午 / 全天) beside the dotted date, two events on one day; a two-day event "2025.9.3-9.4";
    中医适宜技术 training."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"县中医院2025年对口帮扶白鹭镇卫生院活动记录（{SYN}）")
    ws.write(1, 0, f"填报单位：{S3}")
    for j, h in enumerate(["日期", "时段", "帮扶形式", "内容", "帮扶人员", "参加人数"]):
        ws.write(2, j, h)
    acts = [("2025.4.10", "上午", "义诊", "中医体质辨识义诊", "王医师等3人", 86, d(2025, 4, 10)),
            ("2025.4.10", "下午", "技术培训", "针刺技术规范培训", "王医师", 12, d(2025, 4, 10)),
            ("2025.6.18", "全天", "教学查房", "中风后遗症患者查房", "李医师", 8, d(2025, 6, 18)),
            ("2025.9.3-9.4", None, "技术培训", "艾灸适宜技术推广", "王医师、李医师", 15, d(2025, 9, 3))]
    for i, (day_t, part, typ, topic, who, n, day) in enumerate(acts):
        r = 3 + i
        for j, v in enumerate([day_t, part, typ, topic, who, n]):
            if v is not None:
                ws.write(r, j, v)
        row("activities", fn, sh, r + 1, dict(activity_date=day, activity_type=typ, participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date", "activity_type"])
    ws.write(3 + len(acts), 0, "记录人：医务科")
    wb.save(str(path))


def f_r4_trainees_csv(path: Path):
    """白鹭镇卫生院 (GBK CSV): only 进修开始 as a month ("2025年3月") and 进修时长 ("3个月", "半年"); 进修单位 "县中医院"
    (the county the title names); 费用 "免费"; one "（待补）" ID; one trainee at a hospital outside the programme
    (东澜大学附属医院: does not resolve)."""
    fn = path.name
    rows = [[f"苇汀县白鹭镇卫生院2025年外出进修人员名单（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修单位", "进修科室", "进修开始", "进修时长", "费用", "备注"]]
    people = [("zou", "邹小满", "县中医院", "针灸推拿科", (2025, 3), "3个月", "免费", 3),
              (None, "钱向阳", "县中医院", "中医内科", (2025, 3), "半年", "免费", 6),
              ("sun", "孙禾苗", "县中医院", "康复科", (2025, 9), "半年", "免费", 6),
              ("he", "何田田", "东澜大学附属医院", "全科医学科", (2025, 5), "1年", "自费", 12)]
    for i, (key, name, host, dept, (y, m), dur, fee, n) in enumerate(people, 1):
        rows.append([i, name, use_id(key) if key else "（待补）", host, dept, f"{y}年{m}月", dur, fee, None])
        r = len(rows)
        if host != "县中医院":
            unusable(fn, None, r, "unresolved_hospital", "进修单位 东澜大学附属医院 is not a hospital of the pairing list")
            continue
        row("trainees", fn, None, r, dict(department=dept, start_date=d(y, m, 1), end_date=plus_months_end(y, m, n),
                                           fee_charged=0.0),
            {"recipient_hospital_id": R4, "host_hospital_id": S3}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    rows.append(["报送人：办公室", "", "", "", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_r2_trainees_xlsx(path: Path):
    """岫石县人民医院赴市一院进修 (title "A赴B进修" with B abbreviated): 起始月份 as text "2025.3" / "2025.10" (not a
    number: 2025.10 would become 2025.1), 进修时长 "6个月" / "半年" / "3个月"; 结业情况 "已结业" / "在修"."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岫石县人民医院赴市一院进修人员情况（2025年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "性别", "身份证号", "进修科室", "起始月份", "进修时长", "结业情况"])
    people = [("gan", "甘露", "女", "心血管内科", "2025.3", (2025, 3), "6个月", 6, "已结业", True),
              ("fu", "傅一鸣", "男", "普外科", "2025.3", (2025, 3), "半年", 6, "已结业", True),
              ("yin", "尹秋实", "男", "儿科", "2025.9", (2025, 9), "3个月", 3, "已结业", True),
              ("ge", "葛小棠", "女", "重症医学科", "2025.10", (2025, 10), "6个月", 6, "在修", False)]
    for i, (key, name, sex, dept, st, (y, m), dur, n, done, donev) in enumerate(people, 1):
        ws.append([i, name, sex, use_id(key), dept, st, dur, done])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 6).number_format = "@"
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(y, m, 1), end_date=plus_months_end(y, m, n),
                                         completed=donev),
            {"recipient_hospital_id": R2, "host_hospital_id": S2}, ["start_date", "department"], id_number=ID[key])
    ws.append(["共4人"])
    wb.save(path)


def f_r1_grades_xls(path: Path):
    """苇汀县人民医院 (.xls): monthly assessment of 省人医's staff with grades 优秀/良好/合格/不合格 in 考核等次 — no
    score (→ held: the contract's score is not NULL; the first run's truth had them curated, see README); 派出单位 "省人医"; 考核月份 "2025年3月"; spot checks as numbers."""
    fn, sh = path.name, "考核"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苇汀县人民医院2025年省人医派驻人员月度考核等次表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核等次", "在岗抽查次数", "在岗次数", "备注"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    recs = [("lin", "林照川", 3, "优秀", 4, 4, None), ("song", "宋晚晴", 3, "合格", 4, 4, None),
            ("lin", "林照川", 4, "良好", 3, 3, None), ("song", "宋晚晴", 4, "不合格", 4, 2, "两次抽查不在岗"),
            ("tang", "唐亦舟", 9, "良好", 3, 3, None)]
    for i, (key, name, m, grade, chk, pres, note) in enumerate(recs, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key), "省人医", f"{YEAR}年{m}月", grade, chk, pres, note]):
            if v is not None:
                ws.write(r, j, v)
        # lead's correction after the first run (README): the contract's score is not NULL — a grade instead of a
        # score leaves the row without its required value: held, not curated with an empty score (as realworld6 has it)
        unusable(fn, sh, r + 1, "missing_required", f"考核等次 {grade!r}: a grade, not the required score")
    ws.write(2 + len(recs), 0, "考核人：院办公室")
    wb.save(str(path))


def f_r4_quarterly_xlsx(path: Path):
    """白鹭镇卫生院's hand-made workbook: one sheet per quarter ("2025年一季度", "二季度", "第三季度", "四季度"), the
    measures down the rows, the quarter's three months across ("1月", …; "7月份" in the third quarter) and a
    季度合计 column; 上转人次 (sent up: referrals_out) and 下转人次 (received from above: referrals_down_received);
    a 家庭医生签约 row that is no field; a 全年汇总 sheet with quarters only (no monthly figure)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    quarters = [("2025年一季度", "一", "{}月"), ("二季度", "二", "{}月"), ("第三季度", "三", "{}月份"), ("四季度", "四", "{}月")]
    labels = ["门诊人次", "出院人数", "上转人次", "下转人次", "家庭医生签约（人）"]
    fields = ["outpatient_visits", "discharges", "referrals_out", "referrals_down_received", None]
    qtot = {}
    for qi, (sh, qn, fmt) in enumerate(quarters):
        ws = wb.create_sheet(sh)
        ws.append([f"白鹭镇卫生院2025年第{qn}季度业务统计（{SYN}）"])
        months = [3 * qi + k for k in (1, 2, 3)]
        ws.append(["项目"] + [fmt.format(m) for m in months] + [f"{qn}季度合计"])
        vals = {m: [2100 + 37 * m + (m % 3) * 11, 38 + m % 5, 9 + m % 4, 2 + m % 3, 15 + m] for m in months}
        for k, lab in enumerate(labels):
            ws.append([lab] + [vals[m][k] for m in months] + [sum(vals[m][k] for m in months)])
        qtot[qn] = [sum(vals[m][k] for m in months) for k in range(len(labels))]
        ws.append(["填报人：白鹭镇卫生院 公卫办"])
        for m in months:
            row("hospital_monthly_stats", fn, sh, list(range(2, 3 + len(labels))),
                dict(year=YEAR, month=m, **{f: vals[m][k] for k, f in enumerate(fields) if f}),
                {"recipient_hospital_id": R4}, ["month"])
    ws = wb.create_sheet("全年汇总")
    ws.append([f"白鹭镇卫生院2025年业务量汇总（{SYN}）"])
    ws.append(["项目", "一季度", "二季度", "三季度", "四季度", "全年"])
    for k, lab in enumerate(labels):
        q = [qtot[n][k] for n in "一二三四"]
        ws.append([lab, *q, sum(q)])
    for s in wb.worksheets:
        s.column_dimensions["A"].width = 18
    wb.save(path)


def f_r5_monthly_csv(path: Path):
    """青禾乡卫生院 (UTF-8 CSV, no BOM): months "1月" … with the year in the title; 上转 / 下转 columns; 下转 "—" in
    February (not reported); a 备注 saying December is an estimate (the figures are the hospital's: curated);
    a 合计 line."""
    fn = path.name
    rows = [[f"岫石县青禾乡卫生院2025年1-12月业务量统计（{SYN}）"],
            ["月份", "门诊人次", "出院人数", "上转", "下转", "备注"]]
    tot = [0, 0, 0, 0]
    for m in range(1, 13):
        v = [1650 + 41 * m - (120 if m == 2 else 0), 21 + m % 6, 6 + m % 3, None if m == 2 else 1 + m % 4]
        note = "12月为估算数，待年报核实" if m == 12 else ("春节，下转未统计" if m == 2 else None)
        rows.append([f"{m}月", v[0], v[1], v[2], "—" if v[3] is None else v[3], note])
        tot = [a + (b or 0) for a, b in zip(tot, v)]
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=YEAR, month=m, outpatient_visits=v[0], discharges=v[1], referrals_out=v[2],
                 referrals_down_received=v[3]), {"recipient_hospital_id": R5}, ["month"])
    rows.append(["合计", *tot, "12月为估算"])
    path.write_bytes(csv_bytes(rows, "utf-8"))


def f_summary_docx(path: Path):
    """Not a spreadsheet: a Word work summary (a minimal, valid .docx) sent with the workbook."""
    body = ("<w:p><w:r><w:t>白鹭镇卫生院2025年对口支援工作总结（合成数据 SYNTHETIC）</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>全年接受县中医院帮扶活动4次，外出进修3人。</w:t></w:r></w:p>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://'
        f'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 6, 9, 0, 0)), text.encode("utf-8"))


# ------------------------------------------------------------------------------------------- 檀溪市
def f_r3_assessments_ods(path: Path):
    """棠梨县人民医院 (.ods): 得分 written "92分", "88.5分", "78分（请假未报备）"; 月份 "4月" with the year in the title;
    所属医院 "省人医"; one expert without an ID number (NAME_ONLY); a 扣分原因 column."""
    fn, sh = path.name, "专家考核"
    rows = [[f"棠梨县人民医院2025年对口支援专家月度考核表（{SYN}）"],
            ["专家姓名", "身份证号", "所属医院", "月份", "得分", "电话抽查（次）", "在岗（次）", "扣分原因"]]
    recs = [("xia", "夏知秋", 4, "92分", 92.0, 3, 3, "病历书写不规范"),
            ("xia", "夏知秋", 5, "88.5分", 88.5, 3, 3, "带教记录不全"),
            (None, "温景和", 4, "78分（请假未报备）", 78.0, 3, 2, "请假未报备"),
            (None, "温景和", 5, "95分", 95.0, 3, 3, None)]
    for key, name, m, sc, scv, chk, pres, why in recs:
        rows.append([name, use_id(key) if key else None, "省人医", f"{m}月", sc, chk, pres, why])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=YEAR, month=m, score=scv, spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": R3, "support_hospital_id": S1}, ["month"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, len(rows), "NAME_ONLY")
    rows.append(["考核小组：医务科、护理部"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "栖梧市", "檀溪市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_沅岫省城乡医院对口支援关系一览表（2024—2026年）.xls")
    files = [(f_s1_roster, "省直", "SYNTHETIC_省人医2025年派驻人员名册.xlsx"),
             (f_county_flow_csv, "省直", "SYNTHETIC_2025年县域住院服务流向（统计信息中心）.csv"),
             (f_s2_roster_ods, "栖梧市", "SYNTHETIC_市一院派驻岫石县人民医院人员2025.ods"),
             (f_r1_techniques_xlsx, "栖梧市", "SYNTHETIC_苇汀县人民医院2025年新技术新项目.xlsx"),
             (f_r2_techniques_ods, "栖梧市", "SYNTHETIC_岫石县人民医院新技术开展情况.ods"),
             (f_r2_activities_xlsx, "栖梧市", "SYNTHETIC_岫石县人民医院对口帮扶活动登记表2025.xlsx"),
             (f_s3_activities_xls, "栖梧市", "SYNTHETIC_县中医院下乡帮扶白鹭镇卫生院记录.xls"),
             (f_r4_trainees_csv, "栖梧市", "SYNTHETIC_白鹭镇卫生院外出进修人员.csv"),
             (f_r2_trainees_xlsx, "栖梧市", "SYNTHETIC_岫石县人民医院赴市一院进修人员2025.xlsx"),
             (f_r1_grades_xls, "栖梧市", "SYNTHETIC_苇汀县人民医院派驻人员月度考核等次表.xls"),
             (f_r4_quarterly_xlsx, "栖梧市", "SYNTHETIC_白鹭镇卫生院2025年业务台账（按季度）.xlsx"),
             (f_r5_monthly_csv, "栖梧市", "SYNTHETIC_青禾乡卫生院月报2025.csv"),
             (f_r3_assessments_ods, "檀溪市", "SYNTHETIC_棠梨县人民医院对口支援专家考核.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    # not spreadsheets: lying in the folders as hospitals send them; no submission rows expected
    truth["not_spreadsheets"] = ["SYNTHETIC_白鹭镇卫生院2025年对口支援工作总结.docx", "SYNTHETIC_对口支援协议书扫描件.pdf"]
    f_summary_docx(raw / "栖梧市" / truth["not_spreadsheets"][0])
    f_scan_pdf(raw / "省直" / truth["not_spreadsheets"][1])
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
