"""realworld122 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅溟省), the 2024 folder in the third
year of its 2022—2025 cycle: the pairing list in data/raw/reference/ and twelve submissions in data/raw/2024/, where
several support hospitals send CUMULATIVE ledgers (累计台账: 2022年以来累计接收进修人员, 累计引进新技术, 历年派驻人员名单,
one sheet per year, 本年度新增 / 2024年小计 / 累计合计) instead of the year's rows, beside ordinary 2024-only files.
Deterministic.

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


S1, S2, S3, S4 = "琅溟省人民医院", "琅溟省中医院", "溟州市第一人民医院", "溟州市中心医院"
R1, R2, R3, R4, R5 = "青杞县人民医院", "青杞县中医医院", "青槐县人民医院", "漱石县人民医院", "青槐县妇幼保健院"
RECIP = {R1: ("二级", "甲等", "综合医院", "青杞县"), R2: ("二级", "乙等", "中医医院", "青杞县"),
         R3: ("二级", "甲等", "综合医院", "青槐县"), R4: ("二级", "乙等", "综合医院", "漱石县"),
         R5: ("二级", None, "妇幼保健院", "青槐县")}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": [], "total_lines": []}
_seq = [0]
ID: dict[str, str] = {}


def pid(key: str, region: str = "990101", birth: str = "19850101") -> str:
    """A fictional person's ID number (region 99, check digit right), one per key."""
    if key not in ID:
        _seq[0] += 1
        y = 1970 + (_seq[0] * 7) % 25
        m = 1 + (_seq[0] * 5) % 12
        dd = 1 + (_seq[0] * 11) % 28
        ID[key] = idn(region, f"{y}{m:02d}{dd:02d}", f"{(_seq[0] * 37) % 900 + 100:03d}")
        truth["id_numbers"][ID[key]] = []
    return ID[key]


def row(table, places, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [list(p) for p in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def total_line(file, sheet, r, text):
    """A subtotal / total / count line of a ledger (2024年小计, 累计合计, 本年度派驻3人): not data — neither curated nor
    held (test_total_lines_are_not_data)."""
    truth["total_lines"].append({"file": file, "sheet": sheet, "row": r, "text": text})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


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
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat())
                    c.addElement(P(text=v.isoformat()))
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
    """附件1: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限, the cycle 2022—2025年 in the title; one
    支援期限 filled ("2022年3月1日至2025年2月28日"), the others blank (→ the title's period)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅溟省城乡医院对口支援关系一览表（2022—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(R1, S1, dt.date(2022, 1, 18), None), (R2, S2, dt.date(2022, 1, 18), None),
             (R3, S1, dt.date(2022, 2, 10), "2022年3月1日至2025年2月28日"), (R4, S3, dt.date(2022, 1, 25), None),
             (R5, S4, dt.date(2022, 1, 25), None)]
    for i, (r, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, r, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2022, 3, 1), d(2025, 2, 28), "support_period"
        else:
            start, end, src = d(2022, 1, 1), d(2025, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- cumulative ledgers
def f_s1_trainee_ledger(path: Path):
    """省人民医院 2022年以来累计接收进修人员: 进修年度 2022 / 2023 / 2024, two recipients, 进修时间 in one cell, a
    累计合计 row under the table and a 制表 line."""
    fn, sh = path.name, "累计接收进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅溟省人民医院2022年以来累计接收受援医院进修人员台账（截至2024年12月）（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "进修年度", "姓名", "身份证号", "派出单位", "进修科室", "进修时间", "进修费用（元）", "是否结业"])
    people = [  # key, name, year, recipient, dept, start, end, done
        ("t01", "柯远帆", 2022, R1, "心血管内科", (2022, 3, 1), (2022, 8, 31), "是"),
        ("t02", "尹若溪", 2022, R3, "重症医学科", (2022, 4, 6), (2022, 10, 5), "是"),
        ("t03", "闵修竹", 2022, R1, "麻醉科", (2022, 9, 1), (2023, 2, 28), "是"),
        ("t04", "祁晚照", 2023, R3, "普外科", (2023, 3, 1), (2023, 8, 31), "是"),
        ("t05", "牧云起", 2023, R1, "超声科", (2023, 3, 1), (2023, 8, 31), "是"),
        ("t06", "嵇采薇", 2023, R1, "护理部", (2023, 9, 4), (2024, 3, 3), "是"),
        ("t07", "晏清和", 2024, R3, "神经内科", (2024, 3, 4), (2024, 9, 3), "是"),
        ("t08", "訾南星", 2024, R1, "急诊科", (2024, 3, 4), (2024, 9, 3), "是"),
        ("t09", "郜听澜", 2024, R3, "检验科", (2024, 9, 2), (2025, 3, 1), "否"),
    ]
    for i, (key, name, year, rec, dept, s, e, done) in enumerate(people, 1):
        sd, ed = dt.date(*s), dt.date(*e)
        ws.append([i, f"{year}年", name, pid(key), rec, dept,
                   f"{sd.year}.{sd.month:02d}.{sd.day:02d}—{ed.year}.{ed.month:02d}.{ed.day:02d}", 0, done])
        ws.cell(ws.max_row, 4).number_format = "@"
        row("trainees", [(fn, sh, ws.max_row)],
            dict(department=dept, start_date=sd.isoformat(), end_date=ed.isoformat(), fee_charged=0.0,
                 completed=done == "是"),
            {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    ws.append(["累计合计", None, "9人", None, None, None, None, 0, "8人结业"])
    total_line(fn, sh, ws.max_row, "累计合计 9人")
    ws.append([])
    ws.append(["制表：科教部", None, None, None, "审核：", None, "2025年1月8日"])
    wb.save(path)


def f_s1_technique_ledger(path: Path):
    """省人民医院 累计引进新技术 at 青杞县人民医院: each technique's 引进时间 in its own year (2022, 2023, 2024), a 累计合计
    row; no count column (a running total would not be the year's cases)."""
    fn, sh = path.name, "累计引进新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅溟省人民医院帮助青杞县人民医院累计引进新技术新项目一览表（2022—2024年）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "新技术名称", "科室", "引进时间", "是否填补县域空白", "备注"])
    items = [("冠状动脉造影术", "心血管内科", dt.date(2022, 6, 15), "是", None),
             ("无痛胃肠镜检查", "消化内科", dt.date(2022, 11, 2), "否", None),
             ("腹腔镜胆囊切除术", "普外科", dt.date(2023, 4, 20), "是", None),
             ("床旁血液净化", "重症医学科", dt.date(2023, 10, 9), "是", None),
             ("经皮椎体成形术", "骨科", dt.date(2024, 5, 14), "是", "本年度新增"),
             ("超声引导下神经阻滞", "麻醉科", dt.date(2024, 8, 27), "否", "本年度新增")]
    for i, (name, dept, day, gap, note) in enumerate(items, 1):
        ws.append([i, name, dept, day, gap, note])
        ws.cell(ws.max_row, 4).number_format = "yyyy年m月d日"
        row("techniques", [(fn, sh, ws.max_row)],
            dict(name=name, department=dept, first_performed_date=day.isoformat(), fills_county_gap=gap == "是"),
            {"recipient_hospital_id": R1, "support_hospital_id": S1}, ["name"])
    ws.append(["累计合计", "6项", None, None, "填补县域空白4项", None])
    total_line(fn, sh, ws.max_row, "累计合计 6项")
    wb.save(path)


def f_s3_roster_history(path: Path):
    """溟州市第一人民医院 历年派驻人员名单 (xls): 批次 第一批 (2022) … 第五批 (2024), each row with its own start and end;
    one person sent in 第一批 and again in 第四批 (two stays)."""
    fn, sh = path.name, "历年派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"溟州市第一人民医院对口支援漱石县人民医院历年派驻人员名单（2022—2024年）（{SYN}）")
    hdr = ["序号", "批次", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    batches = [("第一批", (2022, 3, 1), (2022, 8, 31), [("d01", "骆行舟", "普外科", "副主任医师", "副高级", "医疗"),
                                                     ("d02", "卞知秋", "内科", "主治医师", "中级", "医疗")]),
               ("第二批", (2022, 9, 1), (2023, 2, 28), [("d03", "綦望舒", "儿科", "主治医师", "中级", "医疗"),
                                                     ("d04", "韶清影", "护理部", "主管护师", "中级", "护理")]),
               ("第三批", (2023, 3, 1), (2023, 8, 31), [("d05", "亓北辰", "骨科", "副主任医师", "副高级", "医疗"),
                                                     ("d06", "宓晓岚", "妇产科", "主治医师", "中级", "医疗")]),
               ("第四批", (2023, 9, 1), (2024, 2, 29), [("d01", "骆行舟", "普外科", "副主任医师", "副高级", "医疗"),
                                                     ("d07", "蒯如晦", "放射科", "主治医师", "中级", "医疗")]),
               ("第五批", (2024, 3, 1), (2024, 8, 31), [("d08", "缑子衿", "心血管内科", "主任医师", "正高级", "医疗"),
                                                     ("d09", "笪映雪", "急诊科", "主治医师", "中级", "医疗")])]
    r, n = 2, 0
    for batch, s, e, people in batches:
        sd, ed = dt.date(*s), dt.date(*e)
        for key, name, dept, title, rank, cat in people:
            n += 1
            for j, v in enumerate([n, batch, name, pid(key), dept, title, R4]):
                ws.write(r, j, v)
            ws.write(r, 7, sd, date_style)
            ws.write(r, 8, ed, date_style)
            r += 1
            row("deployments", [(fn, sh, r)], dep(dept, title, rank, cat, sd.isoformat(), ed.isoformat()),
                {"support_hospital_id": S3, "recipient_hospital_id": R4}, ["start_date"], id_number=ID[key])
    ws.write(r, 0, "合计")
    total_line(fn, sh, r + 1, "合计 共派驻10人次")
    ws.write(r, 2, "共派驻10人次")
    ws.write(r + 2, 0, "填报人：医务部")
    wb.save(str(path))


def f_s2_roster_by_year(path: Path):
    """省中医院: one sheet per year (2022年, 2023年, 2024年) in one workbook, each listing everyone on site at
    青杞县中医医院 that year — so a stay across New Year is written in both years' sheets (one stay, not two)."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    hdr = ["序号", "姓名", "身份证号", "科室", "职称", "派驻开始时间", "派驻结束时间", "备注"]
    stays = {  # key → (name, dept, title, rank, start, end)
        "c01": ("蔺青黛", "针灸科", "副主任中医师", "副高级", (2022, 3, 7), (2022, 9, 6)),
        "c02": ("覃半夏", "脾胃病科", "主治中医师", "中级", (2022, 10, 10), (2023, 4, 9)),
        "c03": ("褚连翘", "骨伤科", "主治中医师", "中级", (2023, 4, 10), (2023, 10, 9)),
        "c04": ("郦紫苏", "治未病科", "副主任中医师", "副高级", (2023, 9, 4), (2024, 3, 3)),
        "c05": ("寇当归", "康复科", "主治中医师", "中级", (2024, 3, 4), (2024, 9, 3)),
        "c06": ("荀白芷", "针灸科", "主任中医师", "正高级", (2024, 9, 2), (2025, 3, 1)),
    }
    sheets = {"2022年": ["c01", "c02"], "2023年": ["c02", "c03", "c04"], "2024年": ["c04", "c05", "c06"]}
    places: dict[str, list] = {}
    for sh, keys in sheets.items():
        ws = wb.create_sheet(sh)
        ws.append([f"琅溟省中医院派驻青杞县中医医院人员名单（{sh[:4]}年度）（{SYN}）"])
        ws.merge_cells("A1:H1")
        ws.append(hdr)
        for i, key in enumerate(keys, 1):
            name, dept, title, rank, s, e = stays[key]
            sd, ed = dt.date(*s), dt.date(*e)
            note = "跨年度" if sd.year != ed.year else None
            ws.append([i, name, pid(key), dept, title, sd, ed, note])
            ws.cell(ws.max_row, 3).number_format = "@"
            for c in (6, 7):
                ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
            places.setdefault(key, []).append((fn, sh, ws.max_row))
        ws.append([f"本年度派驻{len(keys)}人"])
        total_line(fn, sh, ws.max_row, f"本年度派驻{len(keys)}人")
    for key, (name, dept, title, rank, s, e) in stays.items():
        row("deployments", places[key], dep(dept, title, rank, "医疗", dt.date(*s).isoformat(), dt.date(*e).isoformat()),
            {"support_hospital_id": S2, "recipient_hospital_id": R2}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_s4_trainee_ledger_ods(path: Path):
    """溟州市中心医院 接收青槐县妇幼保健院进修人员累计台账 (.ods): grouped by year with 2022年小计 / 2023年小计 /
    2024年小计 rows, the 2024 rows marked 本年度新增 in 备注, a 累计合计 row; one 2024 trainee without an ID number."""
    fn, sh = path.name, "进修台账"
    rows = [[f"溟州市中心医院接收青槐县妇幼保健院进修人员累计台账（2022—2024年）（{SYN}）"],
            ["序号", "姓名", "身份证号", "进修科室", "进修开始日期", "进修结束日期", "是否结业", "备注"]]
    years = {2022: [("m01", "鞠沐阳", "产科", (2022, 3, 1), (2022, 8, 31), "是")],
             2023: [("m02", "阚书宁", "儿科", (2023, 3, 6), (2023, 9, 5), "是"),
                    ("m03", "郗语桐", "新生儿科", (2023, 9, 4), (2024, 3, 3), "是")],
             2024: [("m04", "逯星河", "妇科", (2024, 3, 4), (2024, 9, 3), "是"),
                    (None, "仉晴川", "超声科", (2024, 9, 2), (2025, 3, 1), "否")]}
    n = 0
    for year, people in years.items():
        for key, name, dept, s, e, done in people:
            n += 1
            sd, ed = dt.date(*s), dt.date(*e)
            rows.append([n, name, pid(key) if key else None, dept, sd, ed, done, "本年度新增" if year == 2024 else None])
            r = len(rows)
            row("trainees", [(fn, sh, r)], dict(department=dept, start_date=sd.isoformat(), end_date=ed.isoformat(),
                                                completed=done == "是"),
                {"recipient_hospital_id": R5, "host_hospital_id": S4}, ["start_date"],
                id_number=ID[key] if key else None)
            if key is None:
                finding(fn, r, "NAME_ONLY")
        rows.append([f"{year}年小计", f"{len(people)}人"])
        total_line(fn, sh, len(rows), f"{year}年小计")
    rows.append(["累计合计", "5人"])
    total_line(fn, sh, len(rows), "累计合计 5人")
    rows.append(["填表人：科教科", None, None, "联系电话：（略）"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- ordinary 2024 files
def f_s1_roster_2024(path: Path):
    """省人民医院 派驻青槐县人民医院 2024 (ordinary roster): one row naming a hospital in no pairing list
    (漱石县中医院: held), one row with no start (held: a required value), the others curated."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅溟省人民医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "在受援医院任职", "派驻单位", "派驻开始日期", "派驻结束日期"])
    people = [("p01", "甘澄宇", "内科", "主任医师", "正高级", "医疗", "副院长", R3, (2024, 3, 4), (2024, 9, 3)),
              ("p02", "满庭芳", "外科", "副主任医师", "副高级", "医疗", "科主任", R3, (2024, 3, 4), (2024, 9, 3)),
              ("p03", "植秋白", "护理部", "主管护师", "中级", "护理", None, R3, None, (2024, 12, 31)),
              ("p04", "乜远岑", "儿科", "主治医师", "中级", "医疗", None, "漱石县中医院", (2024, 6, 3), (2024, 12, 2)),
              ("p05", "璩念安", "检验科", "主管技师", "中级", "医技", None, R3, (2024, 9, 2), (2025, 3, 1))]
    for i, (key, name, dept, title, rank, cat, post, rec, s, e) in enumerate(people, 1):
        sd, ed = (dt.date(*s) if s else None), dt.date(*e)
        ws.append([i, name, pid(key), dept, title, post, rec, sd, ed])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if sd is None:
            quarantine(fn, sh, r, "missing_value", "派驻开始日期 blank (a required start; no team period to carry)")
        elif rec != R3:
            quarantine(fn, sh, r, "unresolved_hospital", "派驻单位 漱石县中医院 is in no pairing list")
        else:
            f = dep(dept, title, rank, cat, sd.isoformat(), ed.isoformat())
            f["position_at_recipient"] = post
            row("deployments", [(fn, sh, r)], f, {"support_hospital_id": S1, "recipient_hospital_id": R3},
                ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "5人"])
    wb.save(path)


def f_s2_techniques_csv(path: Path):
    """青杞县中医医院 2024 new techniques: CSV UTF-8 with BOM, a title line, 开展例数."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青杞县中医医院2024年新技术新项目开展情况（{SYN}）", "", "", "", "", ""])
    w.writerow(["序号", "项目名称", "科室", "开展日期", "开展例数", "支援医院"])
    items = [("浮针疗法", "针灸科", dt.date(2024, 4, 8), 46), ("中药热奄包治疗", "康复科", dt.date(2024, 7, 15), 120)]
    for i, (name, dept, day, cases) in enumerate(items, 1):
        w.writerow([i, name, dept, day.isoformat(), cases, S2])
        row("techniques", [(fn, None, 2 + i)], dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                    cases=cases),
            {"recipient_hospital_id": R2, "support_hospital_id": S2}, ["name"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_r1_monthly_csv(path: Path):
    """青杞县人民医院 2024年1—6月: CSV in GBK, a title line, 月份 "2024年1月"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青杞县人民医院2024年1—6月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 7):
        v = [18300 + 170 * m, 1310 + 21 * m, 290 + 4 * m, 52 - 3 * m]
        w.writerow([f"2024年{m}月", *v])
        row("hospital_monthly_stats", [(fn, None, 2 + m)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R1}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_r5_monthly_xlsx(path: Path):
    """青槐县妇幼保健院 2024年7—12月: xlsx, 下转接收人次, a 合计 row."""
    fn, sh = path.name, "7-12月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青槐县妇幼保健院2024年7—12月业务统计表（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"])
    tot = [0] * 5
    for m in range(7, 13):
        v = [5200 + 80 * m, 330 + 5 * m, 70 + m, 9 + m % 3, 2 + m % 5]
        ws.append([f"{m}月", *v])
        tot = [a + b for a, b in zip(tot, v)]
        row("hospital_monthly_stats", [(fn, sh, ws.max_row)],
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": R5}, ["month"])
    ws.append(["合计", *tot])
    wb.save(path)


def f_s3_activities_xlsx(path: Path):
    """溟州市第一人民医院 at 漱石县人民医院, 2024 activities (ordinary)."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"溟州市第一人民医院对口帮扶漱石县人民医院活动记录（2024年）（{SYN}）"])
    ws.append(["序号", "日期", "活动类型", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 15), "学术讲座", "胸痛中心建设要点", 46), (dt.date(2024, 4, 10), "教学查房", "重症肺炎查房", 18),
            (dt.date(2024, 6, 5), "手术示教", "腹腔镜疝修补术", 9), (dt.date(2024, 9, 20), "义诊", "重阳节义诊", 120)]
    for i, (day, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", [(fn, sh, ws.max_row)], dict(activity_date=day.isoformat(), activity_type=typ,
                                                       participants=n),
            {"recipient_hospital_id": R4, "support_hospital_id": S3}, ["activity_date", "activity_type"])
    wb.save(path)


def f_county_flow_xlsx(path: Path):
    """省卫健委 clerk: county flow for 2022, 2023 and 2024, one row per county and year (a 年度 column)."""
    fn, sh = path.name, "县域住院流向"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向（2022—2024年）（{SYN}）"])
    ws.append(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for county, code, base in (("青杞县", "999101", 41200), ("青槐县", "999102", 30550), ("漱石县", "999201", 22840)):
        for k, year in enumerate((2022, 2023, 2024)):
            tot, out = base + 900 * k, base // 6 - 400 * k
            ws.append([county, code, year, tot, out])
            row("county_inpatient_stats", [(fn, sh, ws.max_row)],
                dict(county_code=code, year=year, resident_admissions=tot, resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
    ws.append(["注：数据虚构，仅供测试。"])
    wb.save(path)


def f_s1_roster_r1_2024(path: Path):
    """省人民医院 派驻青杞县人民医院 2024 (ordinary, two people)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅溟省人民医院派驻青杞县人民医院人员名单（2024年）（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻时间"])
    for i, (key, name, dept, title, rank, s, e) in enumerate(
            [("q01", "裴照野", "心血管内科", "副主任医师", "副高级", (2024, 3, 4), (2024, 9, 3)),
             ("q02", "邰鸣珂", "麻醉科", "主治医师", "中级", (2024, 9, 2), (2025, 3, 1))], 1):
        sd, ed = dt.date(*s), dt.date(*e)
        ws.append([i, name, pid(key), dept, title, f"{sd.isoformat()}至{ed.isoformat()}"])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("deployments", [(fn, sh, ws.max_row)], dep(dept, title, rank, "医疗", sd.isoformat(), ed.isoformat()),
            {"support_hospital_id": S1, "recipient_hospital_id": R1}, ["start_date"], id_number=ID[key])
    wb.save(path)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅溟省城乡医院对口支援关系一览表（2022—2025年）.xlsx")
    files = [(f_s1_trainee_ledger, "SYNTHETIC_省人民医院2022年以来累计接收进修人员台账.xlsx"),
             (f_s1_technique_ledger, "SYNTHETIC_省人民医院累计引进新技术（青杞县人民医院）.xlsx"),
             (f_s3_roster_history, "SYNTHETIC_溟州市一院历年派驻人员名单.xls"),
             (f_s2_roster_by_year, "SYNTHETIC_省中医院派驻人员（分年度）.xlsx"),
             (f_s4_trainee_ledger_ods, "SYNTHETIC_溟州市中心医院进修人员累计台账.ods"),
             (f_s1_roster_2024, "SYNTHETIC_省人民医院派驻青槐县人民医院花名册2024.xlsx"),
             (f_s1_roster_r1_2024, "SYNTHETIC_省人民医院派驻青杞县人民医院2024.xlsx"),
             (f_s2_techniques_csv, "SYNTHETIC_青杞县中医医院新技术2024.csv"),
             (f_r1_monthly_csv, "SYNTHETIC_青杞县人民医院业务量1-6月.csv"),
             (f_r5_monthly_xlsx, "SYNTHETIC_青槐县妇幼保健院业务量7-12月.xlsx"),
             (f_s3_activities_xlsx, "SYNTHETIC_溟州市一院帮扶活动记录2024.xlsx"),
             (f_county_flow_xlsx, "SYNTHETIC_县域住院流向2022-2024.xlsx")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
