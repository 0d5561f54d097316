"""realworld117 corpus generator — SYNTHETIC / 合成数据. A fictional province (澜栖省) and one annual cycle of its
mailbox: the same hospitals sending the same form two or three times (初报, 更正, 修订版, 最终版, v2, a "(1)" copy,
a WPS re-save, a 补报/更正部分 with only the changed rows, an older version arriving after the newer one).
Deterministic (fixed zip and document timestamps, fixed file mtimes).

    python make_corpus.py OUT   → OUT/data/raw/{reference,第一批收件,第二批收件}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
correct check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FIXED = (2025, 1, 20, 9, 0, 0)
BATCH1, BATCH2 = "第一批收件", "第二批收件"


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, C1 = "澜栖省人民医院", "澜栖省中医院", "栖州市中心医院"
QY, QYTCM, BX, WT = "青榆县人民医院", "青榆县中医医院", "白溪县人民医院", "苇塘县妇幼保健院"
RECIP = {QY: ("二级甲等", "二级", "甲等", "综合医院", "青榆县"),
         QYTCM: ("二级乙等", "二级", "乙等", "中医医院", "青榆县"),
         BX: ("二级甲等", "二级", "甲等", "综合医院", "白溪县"),
         WT: ("二级", "二级", None, "妇幼保健院", "苇塘县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990301", "19710412", "035"), "gu": ("990301", "19790823", "016"), "su": ("990302", "19870109", "042"),
    "ye": ("990302", "19890527", "028"), "yan": ("990301", "19860314", "051"),
    "fang": ("990311", "19900618", "024"), "tang": ("990311", "19920204", "047"), "lu": ("990311", "19881130", "013"),
    "wen": ("990312", "19930721", "068"), "qin": ("990312", "19950915", "032"),
    "qian": ("990303", "19800302", "029"), "huang": ("990303", "19850817", "074"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
used_ids: set[str] = set()


def row(table, places, fields, hospitals, keys, id_number=None):
    """places: [(file, sheet, row), …] — more than one only for a byte-identical or re-saved twin."""
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})
    if id_number:
        used_ids.add(id_number)


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def normalize_zip(path: Path, application: str | None = None):
    """Fixed timestamps inside an xlsx/ods (zip entries and document properties), so the bytes are the same
    every run; ``application`` rewrites docProps/app.xml's <Application> (a WPS re-save)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, ctype in items:
            if name in ("docProps/core.xml", "meta.xml"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2025-01-20T09:00:00Z", data)
            if name == "docProps/app.xml" and application:
                data = re.sub(rb"<Application>[^<]*</Application>", f"<Application>{application}</Application>"
                              .encode(), data)
            info = zipfile.ZipInfo(name, date_time=FIXED)
            info.compress_type = ctype
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def save_xlsx(wb, path: Path):
    wb.properties.creator = "合成数据"
    wb.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1-style: 受援医院 first, 等级 "二级甲等" in one cell, 支援医院 after 所在县, 协议签订日期 as date cells, a
    支援期限 for one pairing and blank (→ the title's 2024—2026年) for the others."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澜栖省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QY, P1, dt.date(2023, 12, 18), None),
             (QYTCM, PTCM, dt.date(2024, 2, 20), "2024年3月1日—2027年2月28日"),
             (BX, C1, dt.date(2023, 12, 26), None),
             (WT, C1, dt.date(2023, 12, 26), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        written, level, grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    save_xlsx(wb, path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- A: 省人民医院 roster
A_PEOPLE = [  # key, name, sex, dept, title, rank, category, start, end (as the 初报 wrote it), end (corrected)
    ("lin", "林望舒", "女", "心血管内科", "主任医师", "正高级", "医疗", (2024, 3, 1), (2024, 8, 31), (2024, 8, 31)),
    ("gu", "顾清和", "男", "普外科", "副主任医师", "副高级", "医疗", (2024, 3, 1), (2024, 8, 31), (2024, 8, 31)),
    ("su", "苏映雪", "女", "呼吸内科", "主治医师", "中级", "医疗", (2024, 9, 1), (2025, 2, 18), (2025, 2, 28)),
    ("ye", "叶知秋", "女", "护理部", "主管护师", "中级", "护理", (2024, 9, 1), (2025, 2, 28), (2025, 2, 28)),
    ("yan", "严慕白", "男", "骨科", "主治医师", "中级", "医疗", (2024, 9, 1), (2025, 2, 28), None),  # never went
]


def a_roster(path: Path, version: str, reported: str, final: bool):
    """省人民医院's roster of staff sent to 青榆县人民医院: 初报 (five people, one end date mistyped) and 更正 (the
    four who went, the date right). 填报日期 in a footer line under the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "派驻人员"
    ws.append([f"澜栖省人民医院2024年对口支援派驻人员名册（{version}）（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期", "备注"])
    n = 0
    for key, name, sex, dept, title, rank, cat, s, e0, e1 in A_PEOPLE:
        if final and e1 is None:
            continue
        n += 1
        end = e1 if final else e0
        ws.append([n, name, sex, ID[key], dept, title, QY, dt.date(*s), dt.date(*end), None])
        ws.cell(ws.max_row, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
        if final:
            places = [(path.name, sh, ws.max_row), (A_COPY, sh, ws.max_row)]
            row("deployments", places, dict(department=dept, title=title, title_rank=rank, staff_category=cat,
                                            start_date=d(*s), end_date=d(*end)),
                {"support_hospital_id": P1, "recipient_hospital_id": QY}, ["start_date", "department"],
                id_number=ID[key])
    ws.append([])
    ws.append(["填报单位：澜栖省人民医院医务部", None, None, None, None, None, "填报日期：" + reported])
    for col, w in zip("ABCDEFGHIJ", (6, 10, 6, 22, 12, 12, 18, 14, 14, 10)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


A_FIRST = "SYNTHETIC_省人民医院派驻人员名册2024（初报）20250110.xlsx"
A_FINAL = "SYNTHETIC_省人民医院派驻人员名册2024（更正）2025-01-15.xlsx"
A_COPY = "SYNTHETIC_省人民医院派驻人员名册2024（更正）2025-01-15(1).xlsx"


# ------------------------------------------------------------------------------------------- B: trainees v1 / v2 / WPS
B_PEOPLE = [  # key, name, dept, start, end, fee v1, fee v2, completed, in v1
    ("fang", "方若水", "内科", (2024, 3, 1), (2024, 8, 31), 0, 0, "是", True),
    ("tang", "唐晓岚", "外科", (2024, 3, 1), (2024, 8, 31), 3000, 0, "是", True),
    ("lu", "陆远帆", "麻醉科", (2024, 4, 1), (2024, 9, 30), 0, 0, "是", True),
    ("wen", "温如玉", "护理部", (2024, 9, 1), (2025, 2, 28), 0, 0, "否", True),
    ("qin", "秦墨", "检验科", (2024, 10, 8), (2025, 4, 7), None, 0, "否", False),  # added in v2
]
B_V1 = "SYNTHETIC_青榆县人民医院进修人员2024_v1.xlsx"
B_V2 = "SYNTHETIC_青榆县人民医院进修人员2024_v2.xlsx"
B_WPS = "SYNTHETIC_青榆县人民医院进修人员2024_v2_WPS.xlsx"


def b_rows(v2: bool):
    head = [[f"青榆县人民医院2024年度外出进修人员登记表（{SYN}）"],
            ["填报单位：青榆县人民医院　　填报日期：" + ("2025-01-20" if v2 else "2025-01-08")],
            ["序号", "姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"]]
    body = []
    for key, name, dept, s, e, f1, f2, done, in_v1 in B_PEOPLE:
        if not v2 and not in_v1:
            continue
        body.append([len(body) + 1, name, ID[key], dept, P1, dt.date(*s), dt.date(*e), f2 if v2 else f1, done])
    return head, body


def b_truth():
    for i, (key, _name, dept, s, e, _f1, f2, done, _v1) in enumerate(B_PEOPLE):
        r = 4 + i
        row("trainees", [(B_V2, "Sheet1", r), (B_WPS, "Sheet1", r)],
            dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=float(f2), completed=done == "是"),
            {"recipient_hospital_id": QY, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])


def b_openpyxl(path: Path, v2: bool):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    head, body = b_rows(v2)
    for r in head + body:
        ws.append(r)
    for r in range(4, 4 + len(body)):
        ws.cell(r, 3).number_format = "@"
        for c in (6, 7):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
    save_xlsx(wb, path)


def b_wps(path: Path):
    """The v2 file opened in WPS and saved again: the same cells, other bytes (another writer, WPS in app.xml,
    the date cells shown yyyy/m/d, column widths)."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    wb.set_properties({"author": "合成数据", "created": dt.datetime(2025, 1, 21, 8, 30)})
    ws = wb.add_worksheet("Sheet1")
    datef = wb.add_format({"num_format": "yyyy/m/d"})
    textf = wb.add_format({"num_format": "@"})
    head, body = b_rows(True)
    for r, vals in enumerate(head + body):
        for c, v in enumerate(vals):
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), datef)
            elif c == 2 and r >= 3:
                ws.write_string(r, c, v, textf)
            elif v is not None:
                ws.write(r, c, v)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 8, 13)
    wb.close()
    normalize_zip(path, application="WPS 表格")


# ------------------------------------------------------------------------------------------- C: activities + 补报/更正部分
C_FIRST = "SYNTHETIC_栖州市中心医院帮扶白溪县活动记录2024.xlsx"
C_PART = "SYNTHETIC_栖州市中心医院帮扶白溪县活动记录2024（补报及更正部分）.xlsx"


def c_log(path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "活动记录"
    ws.append([f"栖州市中心医院2024年对口帮扶活动记录（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "活动日期", "支援单位", "受援单位", "活动类型", "活动主题", "参加人数"])
    acts = [((2024, 3, 15), BX, "学术讲座", "高血压规范化管理", 45, 45),
            ((2024, 4, 10), BX, "教学查房", "慢阻肺患者教学查房", 18, 18),
            ((2024, 5, 22), BX, "手术示教", "腹腔镜胆囊切除术", 12, None),     # corrected to 15 in the 更正部分
            ((2024, 6, 18), "白溪县第二人民医院", "义诊", "慢病义诊", 60, None),  # a hospital in no pairing list
            ((2024, 7, 9), BX, "技术培训", "心肺复苏培训", "约30人", "约"),
            ((2024, 9, 12), BX, "疑难病例讨论", "发热待查病例讨论", 20, 20)]
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 1):
        ws.append([i, dt.date(*day), C1, rec, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy年m月d日"
        if rec != BX:
            truth["quarantines"].append({"file": path.name, "sheet": sh, "row": r, "category": "unresolved_hospital",
                                         "why": "受援单位 白溪县第二人民医院 is in no pairing list"})
            continue
        if typ == "手术示教":
            continue   # the kept version is the 更正部分's row
        row("activities", [(path.name, sh, r)], dict(activity_date=d(*day), activity_type=typ,
                                                     participants=None if nv == "约" else nv),
            {"recipient_hospital_id": BX, "support_hospital_id": C1}, ["activity_date", "activity_type"])
        if nv == "约":
            truth["findings"].append({"file": path.name, "row": r, "code": "UNPARSEABLE_OPTIONAL"})
    ws.append([])
    ws.append(["填报人：医务科", None, None, None, "填报日期：2025年1月12日"])
    save_xlsx(wb, path)


def c_part(path: Path):
    """Only the changed rows: one activity's headcount corrected (same date, type, topic), one activity 补报."""
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "活动记录"
    ws.append([f"栖州市中心医院2024年对口帮扶活动记录（补报及更正部分）（{SYN}）"])
    ws.append(["说明：以下仅列更正及补报的记录，其余记录不变。"])
    ws.append(["序号", "活动日期", "支援单位", "受援单位", "活动类型", "活动主题", "参加人数", "备注"])
    for i, (day, typ, topic, n, note) in enumerate((((2024, 5, 22), "手术示教", "腹腔镜胆囊切除术", 15, "更正参加人数"),
                                                    ((2024, 11, 20), "远程会诊", "疑难病例远程会诊", 8, "补报")), 1):
        ws.append([i, dt.date(*day), C1, BX, typ, topic, n, note])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy年m月d日"
        row("activities", [(path.name, sh, r)], dict(activity_date=d(*day), activity_type=typ, participants=n),
            {"recipient_hospital_id": BX, "support_hospital_id": C1}, ["activity_date", "activity_type"])
    ws.append(["填报日期：2025年1月18日"])
    save_xlsx(wb, path)


# ------------------------------------------------------------------------------------------- E: monthly CSV, older late
E_NEW = "SYNTHETIC_苇塘县妇幼保健院2024年业务量_20250120.csv"
E_OLD = "SYNTHETIC_苇塘县妇幼保健院2024年业务量.csv"


def e_values(final: bool):
    out = {}
    for m in range(1, 13):
        v = [5200 + 130 * m, 310 + 7 * m, 61 + m, 9 + m % 5]
        if not final and m == 12:
            v = [4100, 250, 58, 8]          # December estimated before the month was closed
        if not final and m == 11:
            v = [v[0] - 400, v[1], v[2], v[3]]
        out[m] = v
    return out


def e_csv(path: Path, final: bool):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"苇塘县妇幼保健院2024年1—12月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["填报日期：" + ("2025年1月20日" if final else "2025年1月6日"), "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    vals = e_values(final)
    for m in range(1, 13):
        w.writerow([f"{m}月", *vals[m]])
        if final:
            v = vals[m]
            row("hospital_monthly_stats", [(path.name, None, 3 + m)],
                dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
                {"recipient_hospital_id": WT}, ["month"])
    w.writerow(["合计", *[sum(vals[m][j] for m in vals) for j in range(4)]])
    text = buf.getvalue()
    path.write_bytes(text.encode("gbk") if final else ("\ufeff" + text).encode("utf-8"))


# ------------------------------------------------------------------------------------------- F: techniques xls, 修订版
F_FIRST = "SYNTHETIC_白溪县人民医院2024年新技术新项目.xls"
F_REV = "SYNTHETIC_白溪县人民医院2024年新技术新项目（修订版）.xls"


def f_xls(path: Path, revised: bool):
    items = [("无痛胃肠镜检查", "消化内科", (2024, 4, 8), 56, 62, "否"),
             ("经皮肾镜碎石取石术", "泌尿外科", (2024, 6, 12), 9, 9, "是"),
             ("超声引导下神经阻滞", "麻醉科", (2023, 11, 20), 30, None, "否")]   # begun in 2023: withdrawn
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("新技术")
    datef = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"白溪县人民医院2024年新技术新项目开展情况{'（修订版）' if revised else ''}（{SYN}）")
    hdr = ["序号", "技术名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白", "支援医院"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    r = 2
    for name, dept, day, n1, n2, gap in items:
        if revised and n2 is None:
            continue
        n = n2 if revised else n1
        for j, v in enumerate([r - 1, name, dept, None, n, gap, C1]):
            if v is not None:
                ws.write(r, j, v)
        ws.write(r, 3, dt.datetime(*day), datef)
        if revised:
            row("techniques", [(path.name, "新技术", r + 1)],
                dict(name=name, department=dept, first_performed_date=d(*day), cases=n, fills_county_gap=gap == "是"),
                {"recipient_hospital_id": BX, "support_hospital_id": C1}, ["name"])
        r += 1
    ws.write(r + 1, 0, "填报人：医务科")
    ws.write(r + 1, 4, "填报日期：" + ("2025年1月14日" if revised else "2025年1月9日"))
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- G: ordinary ods roster
def g_ods(path: Path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    sh = "派驻名单"
    rows = [[f"澜栖省中医院派驻青榆县中医医院人员名单（2024年）（{SYN}）"],
            ["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻时间"],
            [1, "钱半夏", ID["qian"], "针灸科", "副主任医师", QYTCM, "2024.03.01-2024.08.31"],
            [2, "白芷", None, "推拿科", "主治医师", QYTCM, "2024.09.01-2025.02.28"],
            [3, "黄连翘", ID["huang"], "中医内科", "主治医师", QYTCM, None],
            ["制表：人事科"]]
    row("deployments", [(path.name, sh, 3)], dict(department="针灸科", title="副主任医师", title_rank="副高级",
                                                   staff_category="医疗", start_date=d(2024, 3, 1),
                                                   end_date=d(2024, 8, 31)),
        {"support_hospital_id": PTCM, "recipient_hospital_id": QYTCM}, ["start_date", "department"],
        id_number=ID["qian"])
    row("deployments", [(path.name, sh, 4)], dict(department="推拿科", title="主治医师", title_rank="中级",
                                                   staff_category="医疗", start_date=d(2024, 9, 1),
                                                   end_date=d(2025, 2, 28)),
        {"support_hospital_id": PTCM, "recipient_hospital_id": QYTCM}, ["start_date", "department"])
    truth["findings"].append({"file": path.name, "row": 4, "code": "NAME_ONLY"})
    truth["quarantines"].append({"file": path.name, "sheet": sh, "row": 5, "category": "missing_value",
                                 "why": "派驻时间 blank: a stay without a start"})
    used_ids.add(ID["huang"])
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sh)
    for vals in rows:
        tr = TableRow()
        for v in vals:
            if isinstance(v, int):
                c = TableCell(valuetype="float", value=v)
                c.addElement(P(text=str(v)))
            elif v is None:
                c = TableCell()
            else:
                c = TableCell(valuetype="string")
                c.addElement(P(text=v))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    doc.save(str(path))
    normalize_zip(path)


# ------------------------------------------------------------------------------------------- H: two halves (not versions)
H1 = "SYNTHETIC_青榆县中医医院2024年1-6月业务量.xlsx"
H2 = "SYNTHETIC_青榆县中医医院2024年7-12月业务量.xlsx"


def h_half(path: Path, months, reported: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    sh = ws.title = "业务量"
    ws.append([f"青榆县中医医院2024年{months[0]}—{months[-1]}月业务量统计表（{SYN}）"])
    ws.append(["填报日期：" + reported])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    for m in months:
        v = [7300 + 90 * m, 420 + 5 * m, 35 + m, 14 - m // 3, 2 + m % 3]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", [(path.name, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": QYTCM}, ["month"])
    save_xlsx(wb, path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", BATCH1, BATCH2):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澜栖省对口支援关系一览表（2024—2026年）.xlsx")
    b1, b2 = raw / BATCH1, raw / BATCH2
    a_roster(b1 / A_FIRST, "初报", "2025年1月10日", final=False)
    b_openpyxl(b1 / B_V1, v2=False)
    c_log(b1 / C_FIRST)
    e_csv(b1 / E_NEW, final=True)
    f_xls(b1 / F_FIRST, revised=False)
    g_ods(b1 / "SYNTHETIC_省中医院派驻青榆县中医医院人员名单2024.ods")
    h_half(b1 / H1, list(range(1, 7)), "2024年7月5日")
    h_half(b1 / H2, list(range(7, 13)), "2025年1月7日")
    a_roster(b2 / A_FINAL, "更正", "2025年1月15日", final=True)
    shutil.copyfile(b2 / A_FINAL, b2 / A_COPY)           # the same attachment saved twice by the mail client
    b_openpyxl(b2 / B_V2, v2=True)
    b_wps(b2 / B_WPS)
    b_truth()
    c_part(b2 / C_PART)
    e_csv(b2 / E_OLD, final=False)                       # the older version, arriving after the newer one
    f_xls(b2 / F_REV, revised=True)
    # arrival order as the mailbox saved them: the second batch a month later (fixed mtimes)
    for i, p in enumerate(sorted(raw.rglob("*.*"))):
        t = (1738454400 if p.parent == b2 else 1736294400) + i * 60
        os.utime(p, (t, t))
    truth["submission_files"] = sorted(f.name for folder in (b1, b2) for f in folder.iterdir())
    truth["batch2_files"] = sorted(p.name for p in b2.iterdir())
    truth["pairing_file"] = next((raw / "reference").iterdir()).name
    truth["id_numbers"] = {k: [] for k in sorted(used_ids | set(ID.values()))}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
