"""realworld146 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅屏省) for 2024 whose support
hospitals go by many names: a medical university's two affiliated hospitals (琅屏医科大学第一附属医院 = 附一院 = 一附院
= 医大一院 = 琅医大一附院; its 第二附属医院 = 附二院 = 医大二院, never merged with the first), a hospital with a second
name (琅屏省人民医院 加挂 琅屏医学院附属省立医院 = 省立医院) and two campuses (东院区, 南院区: a campus is its hospital),
a hospital renamed in the year (鹭岚市第一人民医院 → 鹭岚市中心医院 from 2024-07-01), and a recipient whose hanging name
contains a support hospital's name (青桐县人民医院 = 琅屏医科大学第二附属医院青桐分院). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直医院,县级医院}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit. Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
S1 = "琅屏医科大学第一附属医院"      # 附一院, 一附院, 医大一院, 琅医大一附院
S2 = "琅屏医科大学第二附属医院"      # 附二院, 医大二院
S3 = "琅屏省人民医院"                # 加挂 琅屏医学院附属省立医院 (省立医院); campuses 东院区, 南院区
S3B = "琅屏医学院附属省立医院"
S4 = "鹭岚市中心医院"                # 原 鹭岚市第一人民医院, renamed 2024-07-01
S4_OLD = "鹭岚市第一人民医院"
R1, R2, R3, R4 = "青漪县人民医院", "青漪县中医医院", "青桐县人民医院", "青崖县人民医院"
R5, R6 = "青苇县妇幼保健院", "青苇县人民医院"
R3B = "琅屏医科大学第二附属医院青桐分院"   # R3's hanging name (the pairing list's bracket)
RECIP = {R1: ("二级", "甲等", "综合医院", "青漪县"), R2: ("二级", "甲等", "中医医院", "青漪县"),
         R3: ("二级", "甲等", "综合医院", "青桐县"), R4: ("二级", "乙等", "综合医院", "青崖县"),
         R5: ("二级", None, "妇幼保健院", "青苇县"), R6: ("二级", "乙等", "综合医院", "青苇县")}

# every spelling of a hospital planted in the submissions (checked against hospital_aliases: none may point elsewhere)
SPELLINGS = {
    "附一院": S1, "一附院": S1, "医大一院": S1, "琅医大一附院": S1, "琅屏医大一院": S1,
    "附二院": S2, "医大二院": S2, "琅屏医大二院": S2,
    "省立医院": S3, "琅屏医学院附属省立医院": S3, "琅屏省人民医院东院区": S3, "琅屏省人民医院南院区": S3,
    "省人民医院东院区": S3, "省立医院南院区": S3, "琅屏医学院附属省立医院南院区": S3, "省立医院（南院区）": S3,
    "鹭岚市第一人民医院": S4, "鹭岚市一院": S4, "原鹭岚市第一人民医院": S4,
    R3B: R3,
}
UNRESOLVABLE = ["琅屏医科大学附属医院", "琅屏市人民医院"]

PEOPLE = {k: idn(*v) for k, v in {
    # 医大一院 roster
    "lin": ("990101", "19730412", "031"), "meng": ("990101", "19800923", "052"), "fan": ("990102", "19880307", "024"),
    "tan": ("990102", "19890615", "013"), "jiang": ("990103", "19820130", "046"),
    # 附二院 roster
    "zhou": ("990104", "19790818", "035"), "chen": ("990104", "19870204", "061"), "su": ("990105", "19810511", "028"),
    "he": ("990105", "19860926", "017"),
    # 省人民医院 roster
    "xia": ("990106", "19721103", "039"), "han": ("990106", "19880719", "054"), "qiu": ("990107", "19830227", "042"),
    "li": ("990107", "19900308", "015"), "song": ("990108", "19810614", "063"), "yao": ("990108", "19891021", "026"),
    "gu": ("990109", "19870512", "071"),
    # 鹭岚市 roster
    "bai": ("990201", "19780930", "048"), "kong": ("990201", "19880122", "033"), "wen": ("990202", "19850716", "057"),
    # recipients' trainees
    "yang": ("990311", "19920401", "064"), "lv": ("990311", "19910818", "022"), "dai": ("990312", "19930105", "049"),
    "luo": ("990321", "19900612", "038"), "qian": ("990321", "19921127", "016"), "lu": ("990322", "19940309", "055"),
    "tian": ("990322", "19911220", "027"), "ma": ("990331", "19890711", "043"), "yu": ("990331", "19920524", "068"),
    "cheng": ("990332", "19900916", "012"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "hospital_spellings": SPELLINGS,
         "unresolvable_names": UNRESOLVABLE}
used_ids: set[str] = set()


def pid(key):
    used_ids.add(PEOPLE[key])
    return PEOPLE[key]


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def row(table, file, sheet, r, fields, hospitals, keys, id_key=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": PEOPLE[id_key] if id_key else None})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


FIXED_ZIP_TIME = (2025, 1, 15, 9, 0, 0)
FIXED_STAMP = "2025-01-15T09:00:00"


def fix_zip(path: Path):
    """Make an .xlsx / .ods byte-for-byte reproducible: fixed document dates and zip entry times."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            if info.filename.endswith(".xml"):
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\g<1>" + FIXED_STAMP + "Z", text)
                text = re.sub(r"(<(?:meta:creation-date|dc:date)>)[^<]*", r"\g<1>" + FIXED_STAMP, text)
                data = text.encode("utf-8")
            new = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            new.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            new.external_attr = info.external_attr
            z.writestr(new, data)


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (dates as date cells)."""
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


def date_cells(ws, r, cols):
    for c in cols:
        if isinstance(ws.cell(r, c).value, (dt.date, dt.datetime)):
            ws.cell(r, c).number_format = "yyyy-mm-dd"


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first; 等级 "二级甲等" in one column; 类别 综合 / 中医 / 妇幼; the period in the title
    (2024—2026年) and a 支援期限 for one pairing; the second name of 省人民医院 in a bracket on one of its two rows;
    R3's hanging name in a bracket; 鹭岚市中心医院's former name and the date of the rename in the 备注."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1  琅屏省城乡医院对口支援关系一览表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限", "备注"])
    rows = [  # recipient as written, recipient, 等级, 类别, support as written, support, agreement, period, remark
        (R1, R1, "二级甲等", "综合", S1, S1, dt.date(2023, 12, 15), None, None),
        (R6, R6, "二级乙等", "综合", S1, S1, dt.date(2023, 12, 15), "2024.3.1—2027.2.28", None),
        (f"{R3}（{R3B}）", R3, "二级甲等", "综合", S2, S2, dt.date(2023, 12, 18), None, None),
        (R2, R2, "二级甲等", "中医", f"{S3}（{S3B}）", S3, dt.date(2023, 12, 20), None, None),
        (R4, R4, "二级乙等", "综合", S3, S3, dt.date(2023, 12, 20), None, None),
        (R5, R5, "二级", "妇幼", S4, S4, dt.date(2023, 12, 22), None, f"原{S4_OLD}，2024年7月1日起更名"),
    ]
    for i, (rw, r, lvl, cat, sw, s, ag, per, remark) in enumerate(rows, 1):
        ws.append([i, rw, lvl, cat, RECIP[r][3], sw, ag, per, remark])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直医院
def f_s1_roster(path: Path):
    """医大一院: the title's short name, a 派出单位 column spelling the hospital five ways; dates as date cells."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅屏医大一院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    people = [("lin", "林书砚", "附一院", "心血管内科", "主任医师", R1, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("meng", "孟清越", "一附院", "普外科", "副主任医师", R1, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("fan", "范知秋", "医大一院", "护理部", "主管护师", R6, dt.date(2024, 3, 4), dt.date(2024, 9, 3),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 4), d(2024, 9, 3))),
              ("tan", "谭屿白", "琅医大一附院", "麻醉科", "主治医师", R6, dt.date(2024, 9, 2), dt.date(2025, 3, 1),
               dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 2), d(2025, 3, 1))),
              ("jiang", "蒋南乔", S1, "儿科", "副主任医师", R1, dt.date(2024, 9, 2), dt.date(2025, 2, 28),
               dep("儿科", "副主任医师", "副高级", "医疗", d(2024, 9, 2), d(2025, 2, 28)))]
    for i, (key, name, sender, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, pid(key), sender, dept, title, rec, s, e, None])
        ws.cell(ws.max_row, 3).number_format = "@"
        date_cells(ws, ws.max_row, (8, 9))
        row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
            ["start_date", "department"], key)
    ws.append(["合计", "5人"])
    ws.append(["制表：医务处", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """附二院 (.xls): the sender only in the title (附二院) and the 填报单位 line (琅屏医大二院); the recipient only in
    the title; 派驻时间 as one text "2024.3.1-2024.8.31"; a 性别 column."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"附二院2024年派驻青桐县人民医院医务人员名单（{SYN}）")
    ws.write(1, 0, "填报单位：琅屏医大二院（医务部）")
    hdr = ["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(2, j, h)
    people = [("zhou", "周允禾", "男", "内科", "副主任医师", "2024.3.1-2024.8.31",
               dep("内科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("chen", "陈砚秋", "女", "外科", "主治医师", "2024.3.1-2024.8.31",
               dep("外科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("su", "苏映雪", "女", "护理部", "副主任护师", "2024.3.1-2024.8.31",
               dep("护理部", "副主任护师", "副高级", "护理", d(2024, 3, 1), d(2024, 8, 31))),
              ("he", "何牧之", "男", "检验科", "主管技师", "2024.9.1-2025.2.28",
               dep("检验科", "主管技师", "中级", "医技", d(2024, 9, 1), d(2025, 2, 28)))]
    for i, (key, name, sex, dept, title, period, f) in enumerate(people, 1):
        r = 2 + i
        for j, v in enumerate([i, name, sex, pid(key), dept, title, period]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": S2, "recipient_hospital_id": R3},
            ["start_date", "department"], key)
    ws.write(3 + len(people), 0, "填表人：医务部  联系电话：0000-0000000")
    wb.save(str(path))


def f_s3_campus_roster(path: Path):
    """省人民医院: one sheet per campus (东院区, 南院区); the 东院区 sheet titled by the official name and campus with a
    院区 column, the 南院区 sheet titled by the second name and campus; 派驻起止时间 "2024年3月1日至2024年8月31日";
    one row with no dates at all (a required value missing)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "东院区"
    ws.append([f"琅屏省人民医院东院区2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "院区", "科室", "职称", "派驻医院", "派驻起止时间"])
    east = [("xia", "夏知微", "骨科", "主任医师", R4, "2024年3月1日至2024年8月31日",
             dep("骨科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("han", "韩青禾", "麻醉科", "主治医师", R4, "2024年3月1日至2024年8月31日",
             dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("qiu", "邱望舒", "中医科", "副主任中医师", R2, "2024年3月1日至2024年8月31日",
             dep("中医科", "副主任中医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
            ("li", "黎子衿", "心血管内科", "主治医师", R4, None, None)]
    for i, (key, name, dept, title, rec, period, f) in enumerate(east, 1):
        ws.append([i, name, pid(key), "东院区", dept, title, rec, period])
        ws.cell(ws.max_row, 3).number_format = "@"
        if f is None:
            hold(fn, "东院区", ws.max_row, "missing_value", "派驻起止时间 left blank: no start date")
        else:
            row("deployments", fn, "东院区", ws.max_row, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
                ["start_date", "department"], key)
    ws.append(["注：派驻人员由东院区医务部统一管理。"])
    ws2 = wb.create_sheet("南院区")
    ws2.append([f"{S3B}南院区派驻人员名单（{SYN}）"])
    ws2.merge_cells("A1:H1")
    ws2.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"])
    south = [("song", "宋听澜", "内分泌科", "副主任医师", R2, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
              dep("内分泌科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
             ("yao", "姚若谷", "护理部", "主管护师", R2, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
              dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30))),
             ("gu", "顾临川", "急诊科", "主治医师", R4, dt.date(2024, 9, 1), dt.date(2025, 2, 28),
              dep("急诊科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28)))]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(south, 1):
        ws2.append([i, name, pid(key), dept, title, rec, s, e])
        ws2.cell(ws2.max_row, 3).number_format = "@"
        date_cells(ws2, ws2.max_row, (7, 8))
        row("deployments", fn, "南院区", ws2.max_row, f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
            ["start_date", "department"], key)
    wb.save(path)


def f_s3_trainees_ods(path: Path):
    """省立医院 (.ods): the host named in the title by its second name's short form and in a 进修医院 column by
    campus (琅屏医学院附属省立医院南院区, 琅屏省人民医院东院区, 省立医院（南院区）); 选送单位 the recipient."""
    fn, sh = path.name, "进修登记"
    rows = [[f"省立医院2024年接收对口支援单位进修人员登记表（{SYN}）"],
            ["序号", "姓名", "身份证号", "选送单位", "进修医院", "进修科室", "进修开始", "进修结束", "进修费（元）",
             "是否结业"]]
    people = [("yang", "杨晚晴", R4, "琅屏医学院附属省立医院南院区", "超声科", dt.date(2024, 3, 1),
               dt.date(2024, 8, 31), "是", True),
              ("lv", "吕清和", R4, "琅屏省人民医院东院区", "骨科", dt.date(2024, 3, 1), dt.date(2024, 8, 31), "是", True),
              ("dai", "戴秋实", R2, "省立医院（南院区）", "康复医学科", dt.date(2024, 9, 1), dt.date(2025, 2, 28), "否",
               False)]
    for i, (key, name, rec, host, dept, s, e, done, donev) in enumerate(people, 1):
        rows.append([i, name, pid(key), rec, host, dept, s, e, 0, done])
        row("trainees", fn, sh, len(rows), dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                 fee_charged=0.0, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": S3}, ["start_date", "department"], key)
    rows.append(["登记人：科教处", None, None, None, None, None, "2025年1月6日"])
    ods_doc(path, {sh: rows})


def f_s4_first_half(path: Path):
    """鹭岚市第一人民医院 (its name until 2024-06-30): 上半年 roster."""
    fn, sh = path.name, "上半年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{S4_OLD}2024年上半年对口支援派驻人员（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始", "派驻结束"])
    for i, (key, name, dept, title, rank) in enumerate([("bai", "白芷若", "妇产科", "副主任医师", "副高级"),
                                                        ("kong", "孔嘉木", "儿科", "主治医师", "中级")], 1):
        ws.append([i, name, pid(key), dept, title, R5, dt.date(2024, 1, 8), dt.date(2024, 6, 30)])
        ws.cell(ws.max_row, 3).number_format = "@"
        date_cells(ws, ws.max_row, (7, 8))
        row("deployments", fn, sh, ws.max_row, dep(dept, title, rank, "医疗", d(2024, 1, 8), d(2024, 6, 30)),
            {"support_hospital_id": S4, "recipient_hospital_id": R5}, ["start_date", "department"], key)
    wb.save(path)


def f_s4_second_half_csv(path: Path):
    """鹭岚市中心医院 (GBK CSV): a notice line saying the rename and its date; 派出单位 written by the new name and as
    原鹭岚市第一人民医院."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{S4}2024年下半年对口支援派驻人员（{SYN}）"] + [""] * 8)
    w.writerow([f"说明：本院自2024年7月1日起更名为{S4}（原{S4_OLD}）。"] + [""] * 8)
    w.writerow(["序号", "姓名", "身份证号", "派出单位", "科室", "职称", "派驻单位", "派驻开始", "派驻结束"])
    r = 3
    for i, (key, name, sender, dept, title, rank) in enumerate(
            [("bai", "白芷若", S4, "妇产科", "副主任医师", "副高级"),
             ("wen", "温景行", f"原{S4_OLD}", "麻醉科", "主治医师", "中级")], 1):
        w.writerow([i, name, pid(key), sender, dept, title, R5, "2024-07-01", "2024-12-31"])
        r += 1
        row("deployments", fn, None, r, dep(dept, title, rank, "医疗", d(2024, 7, 1), d(2024, 12, 31)),
            {"support_hospital_id": S4, "recipient_hospital_id": R5}, ["start_date", "department"], key)
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 县级医院
def f_r1_trainees_csv(path: Path):
    """青漪县人民医院 (UTF-8 BOM CSV): 进修医院 spelled four ways for the one supporter, once as 琅屏医科大学附属医院
    (first or second? unresolvable), one trainee without an ID number."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{R1}（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "进修起止时间", "进修费用（元）", "是否结业"])
    people = [("luo", "罗晓岚", "内科", "医大一院", "2024-03-01至2024-08-31", "是", S1),
              ("qian", "钱书宁", "急诊科", "琅医大一附院", "2024-03-01至2024-08-31", "是", S1),
              ("lu", "陆星河", "影像科", S1, "2024-09-01至2025-02-28", "否", S1),
              ("tian", "田雨桐", "检验科", "琅屏医科大学附属医院", "2024-09-01至2025-02-28", "否", None),
              (None, "钟意", "护理部", "一附院", "2024-04-01至2024-09-30", "是", S1)]
    r = 2
    for key, name, dept, host, period, done, hostv in people:
        w.writerow([name, pid(key) if key else "", dept, host, period, "0", done])
        r += 1
        if hostv is None:
            hold(fn, None, r, "unresolved_hospital",
                 "琅屏医科大学附属医院: the university has a 第一 and a 第二附属医院; nothing says which")
            continue
        s, e = period.split("至")
        row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                           completed=done == "是"),
            {"recipient_hospital_id": R1, "host_hospital_id": hostv}, ["start_date", "department"], key)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_r6_trainees_xlsx(path: Path):
    """青苇县人民医院: one trainee at its supporter (一附院), one at the university's other hospital (its full name:
    kept as written, never merged), one at a hospital in no pairing list (held)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R6}2024年外出进修人员登记（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "进修科室", "进修单位", "开始时间", "结束时间", "费用", "是否结业"])
    people = [("ma", "马知遥", "心内科", "一附院", dt.date(2024, 3, 4), dt.date(2024, 9, 3), S1),
              ("yu", "于归舟", "妇产科", S2, dt.date(2024, 3, 4), dt.date(2024, 9, 3), S2),
              ("cheng", "程若水", "骨科", "琅屏市人民医院", dt.date(2024, 5, 6), dt.date(2024, 11, 5), None)]
    for i, (key, name, dept, host, s, e, hostv) in enumerate(people, 1):
        ws.append([i, name, pid(key), dept, host, s, e, 0, "是"])
        ws.cell(ws.max_row, 3).number_format = "@"
        date_cells(ws, ws.max_row, (6, 7))
        if hostv is None:
            hold(fn, sh, ws.max_row, "unresolved_hospital", "琅屏市人民医院 is in no pairing list")
            continue
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=s.isoformat(), end_date=e.isoformat(),
                                                  fee_charged=0.0, completed=True),
            {"recipient_hospital_id": R6, "host_hospital_id": hostv}, ["start_date", "department"], key)
    ws.append(["填表人：科教科", None, None, None, "2025年1月10日"])
    wb.save(path)


def f_r2_techniques(path: Path):
    """青漪县中医医院: 帮扶单位 spelled 省立医院, 琅屏省人民医院南院区, 琅屏医学院附属省立医院."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R2}2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶单位"])
    items = [("超声引导下神经阻滞", "麻醉科", dt.date(2024, 4, 15), 18, "是", "省立医院", True),
             ("糖尿病足综合治疗", "内分泌科", dt.date(2024, 5, 20), 9, "是", "琅屏省人民医院南院区", True),
             ("经皮椎间孔镜髓核摘除术", "骨伤科", dt.date(2024, 10, 11), 6, "否", S3B, False)]
    for i, (name, dept, day, cases, gap, sup, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, sup])
        date_cells(ws, ws.max_row, (4,))
        row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": R2, "support_hospital_id": S3}, ["name"])
    ws.append(["填报人：医务科", None, None, "2025年1月12日"])
    wb.save(path)


def f_r4_activities(path: Path):
    """青崖县人民医院: 支援单位 spelled by campus and by either name (省人民医院东院区, 琅屏省人民医院, 省立医院南院区,
    琅屏医学院附属省立医院（南院区）)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R4}2024年对口帮扶活动记录（{SYN}）"])
    ws.append(["日期", "支援单位", "活动类型", "主题", "参加人数", "主讲人"])
    acts = [(dt.date(2024, 3, 15), "省人民医院东院区", "学术讲座", "骨质疏松性骨折的规范治疗", 45, "夏知微"),
            (dt.date(2024, 4, 10), S3, "教学查房", "老年髋部骨折围术期管理", 20, "韩青禾"),
            (dt.date(2024, 6, 18), "省立医院南院区", "疑难病例讨论", "不明原因发热", 16, None),
            (dt.date(2024, 10, 9), f"{S3B}（南院区）", "技术培训", "急诊气道管理", 32, "顾临川")]
    for day, sup, typ, topic, n, who in acts:
        ws.append([day, sup, typ, topic, n, who])
        date_cells(ws, ws.max_row, (1,))
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                    participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date"])
    wb.save(path)


def f_r5_activities_ods(path: Path):
    """青苇县妇幼保健院 (.ods): the supporter written by its former name before the rename (鹭岚市第一人民医院,
    鹭岚市一院) and by its new name after (鹭岚市中心医院, 鹭岚市中心医院（原市一院）)."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"{R5}2024年对口帮扶活动登记（{SYN}）"], ["活动日期", "帮扶医院", "活动形式", "内容", "参加人数"]]
    acts = [(dt.date(2024, 3, 12), S4_OLD, "学术讲座", "产后出血防治", 38),
            (dt.date(2024, 5, 21), "鹭岚市一院", "手术示教", "腹腔镜下卵巢囊肿剥除术", 12),
            (dt.date(2024, 8, 6), S4, "教学查房", "新生儿黄疸", 18),
            (dt.date(2024, 11, 19), f"{S4}（原市一院）", "义诊", "妇幼健康义诊", 120)]
    for day, sup, typ, topic, n in acts:
        rows.append([day, sup, typ, topic, n])
        row("activities", fn, sh, len(rows), dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                   participants=n),
            {"recipient_hospital_id": R5, "support_hospital_id": S4}, ["activity_date"])
    rows.append(["填报人：办公室"])
    ods_doc(path, {sh: rows})


def f_r3_monthly_hanging_name(path: Path):
    """青桐县人民医院 reporting under its hanging name 琅屏医科大学第二附属医院青桐分院 (the pairing list's bracket):
    the recipient, never the support hospital whose name it contains."""
    fn, sh = path.name, "1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R3B}2024年1—6月主要业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [18300 + 240 * m, 1310 + 21 * m, 402 + 7 * m, 55 - 3 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R3}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_r5_monthly_csv(path: Path):
    """青苇县妇幼保健院 (UTF-8 CSV without BOM): 7—12月, 下转接收人次."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"{R5}2024年7—12月业务量（{SYN}）", "", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "下转接收人次"])
    r = 2
    for m in range(7, 13):
        v = [5200 + 80 * m, 310 + 5 * m, 61 + m, 12 - m // 2, 2 + m % 3]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R5}, ["month"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def f_r3_assessments(path: Path):
    """青桐县人民医院: monthly assessment of 附二院's people, 派出单位 医大二院 / 附二院 / the full name."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R3}派驻人员月度考核表（2024年3—4月）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    items = [("zhou", "周允禾", "医大二院", 3, 95, 4, 4), ("chen", "陈砚秋", "附二院", 3, 92, 4, 4),
             ("zhou", "周允禾", "医大二院", 4, 96, 4, 4), ("chen", "陈砚秋", S2, 4, 88, 4, 3)]
    for i, (key, name, sender, m, sc, chk, pres) in enumerate(items, 1):
        ws.append([i, name, pid(key), sender, f"2024年{m}月", sc, chk, pres])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("staff_monthly_assessments", fn, sh, ws.max_row,
            dict(year=2024, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": R3, "support_hospital_id": S2}, ["month"], key)
    ws.append(["考核人：院办", None, None, None, "2024年5月6日"])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直医院", "县级医院"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅屏省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "省直医院", "SYNTHETIC_医大一院2024年派驻人员名册.xlsx"),
             (f_s2_roster_xls, "省直医院", "SYNTHETIC_附二院派驻青桐县人民医院人员名单.xls"),
             (f_s3_campus_roster, "省直医院", "SYNTHETIC_省人民医院东南院区派驻花名册2024.xlsx"),
             (f_s3_trainees_ods, "省直医院", "SYNTHETIC_省立医院接收进修人员登记2024.ods"),
             (f_s4_first_half, "省直医院", "SYNTHETIC_鹭岚市第一人民医院派驻人员（上半年）.xlsx"),
             (f_s4_second_half_csv, "省直医院", "SYNTHETIC_鹭岚市中心医院派驻人员（下半年）.csv"),
             (f_r1_trainees_csv, "县级医院", "SYNTHETIC_青漪县人民医院外出进修人员2024.csv"),
             (f_r6_trainees_xlsx, "县级医院", "SYNTHETIC_青苇县人民医院进修人员登记2024.xlsx"),
             (f_r2_techniques, "县级医院", "SYNTHETIC_青漪县中医医院新技术新项目2024.xlsx"),
             (f_r4_activities, "县级医院", "SYNTHETIC_青崖县人民医院帮扶活动记录2024.xlsx"),
             (f_r5_activities_ods, "县级医院", "SYNTHETIC_青苇县妇幼保健院帮扶活动登记2024.ods"),
             (f_r3_monthly_hanging_name, "县级医院", "SYNTHETIC_医大二院青桐分院业务量1-6月.xlsx"),
             (f_r5_monthly_csv, "县级医院", "SYNTHETIC_青苇县妇幼保健院业务量7-12月.csv"),
             (f_r3_assessments, "县级医院", "SYNTHETIC_青桐县人民医院派驻人员考核3-4月.xlsx")]
    fix_zip(raw / "reference" / "SYNTHETIC_附件1_琅屏省城乡医院对口支援关系一览表（2024—2026年）.xlsx")
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        if name.endswith((".xlsx", ".ods")):
            fix_zip(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
