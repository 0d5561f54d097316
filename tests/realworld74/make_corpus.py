"""realworld74 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄霁省) for 2024 whose files were
converted from PDF or scanned paper before they were sent in (WPS / Adobe "PDF转Excel", OCR): O for 0, l / I for 1,
S for 5 inside numbers and dates, full-width and half-width digits mixed, headers split over two physical rows with
the words cut mid-label ('派驻开' | '始日期'), a table over two pages with the header repeated and '第1页 共2页'
lines, a cell's text broken into two cells side by side, stray empty columns between the real ones, print-date
footers, '院长签字：' and '（盖章）' lines. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,栖梧市}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Only misreadings a careful
human reads with certainty are planted (O/0, l/I/1, S/5 inside a number or date whose shape is clear); a digit
misread as another digit ("1B6") appears only in a file that a correction replaces. Written without reading the
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
FW = str.maketrans("0123456789.-", "０１２３４５６７８９．－")


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


P1, PTCM, CC = "澄霁省人民医院", "澄霁省中医院", "栖梧市中心医院"
YX, YXTCM, SL, SY, SYMCH = "云溪县人民医院", "云溪县中医医院", "石泷县人民医院", "桑野县人民医院", "桑野县妇幼保健院"
RECIP = {YX: ("二级", "甲等", "综合医院", "云溪县"), YXTCM: ("二级", "甲等", "中医医院", "云溪县"),
         SL: ("二级", "乙等", "综合医院", "石泷县"), SY: ("二级", "甲等", "综合医院", "桑野县"),
         SYMCH: ("二级", None, "妇幼保健院", "桑野县")}

ID = {k: idn(*v) for k, v in {
    "yue": ("994101", "19760412", "031"), "luo": ("994101", "19870823", "046"), "guan": ("994102", "19810117", "052"),
    "gan": ("994102", "19900305", "068"), "qi": ("994101", "19850729", "013"),
    "wen": ("994201", "19790611", "027"), "pei": ("994201", "19701128", "035"),
    "wu": ("994301", "19840302", "041"), "lan": ("994301", "19830915", "026"), "rui": ("994302", "19771024", "057"),
    "hua": ("994411", "19920214", "062"), "ning": ("994412", "19940830", "018"), "fang": ("994413", "19910507", "074"),
    "shi": ("994421", "19930921", "036"), "tang": ("994421", "19950103", "029"),
    "mo": ("994411", "19890616", "045"), "ji": ("994411", "19960325", "083"),
    "xia": ("994431", "19900711", "015"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "row_findings": []}
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


def finding(file, sheet, r, code):
    truth["row_findings"].append({"file": file, "sheet": sheet, "row": r, "what": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def spread(vals, fill=None):
    """A PDF converter's stray empty column after every real one (the last one too)."""
    out = []
    for v in vals:
        out += [v, fill]
    return out


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy (text cells stay text, as a converter writes)."""
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
        w.writerow(["" if v is None else v for v in ln])
    path.write_bytes((("\ufeff" if bom else "") + buf.getvalue()).encode(encoding))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1 converted from the printed notice: the header split over two rows mid-label ('协议签' | '订日期',
    '所在县（市、' | '区）'), agreement dates "2023.l2.O8" / full-width "２０２３年１２月２０日" / "2023-12-2O", one
    支援期限 "2024.O3.01—2027.O2.28", the period 2024—2026年 in the title, a 第1页 共1页 line and （盖章）."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([f"附件1  澄霁省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、", "协议签", "支援期限"])
    ws.append([None, None, None, None, None, None, "区）", "订日期", None])
    pairs = [(P1, YX, "2023.l2.O8", d(2023, 12, 8), None),
             (P1, SL, "2023.l2.O8", d(2023, 12, 8), "2024.O3.01—2027.O2.28"),
             (PTCM, YXTCM, "２０２３年１２月２０日", d(2023, 12, 20), None),
             (CC, SY, "2023-12-2O", d(2023, 12, 20), None),
             (CC, SYMCH, "2023-12-2O", d(2023, 12, 20), None)]
    for i, (s, r, agt, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, s, r, level, grade, cat, county, agt, per])
        if per:
            start, end, src = d(2024, 3, 1), d(2027, 2, 28), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag, "start_date_source": src})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    ws.append([None, None, None, None, None, None, "（盖章）"])
    ws.append([None, None, None, None, "第1页 共1页"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, CC):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster(path: Path):
    """省人民医院 roster scanned and OCR'd: header split '派驻开' | '始日期'; dates "2024.O3.01", "2024-03-0l",
    "２０２４年３月1日" (full and half width mixed), "2O24.O9.O2", "2024.9.I6"; an ID with a wrong check digit; a name
    the OCR could not read ("□□□") with no ID number (quarantined: no person); print date, 院长签字, 盖章."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄霁省人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开", "派驻结", "备注"])
    ws.append([None, None, None, None, None, None, "始日期", "束日期", None])
    wrong = ID["luo"][:17] + ("0" if ID["luo"][17] != "0" else "1")
    people = [
        ("yue", "岳清和", None, "心血管内科", "主任医师", YX, "2024.O3.01", "2024.O8.31",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["yue"]),
        ("luo", "罗佩瑶", wrong, "呼吸内科", "主治医师", YX, "2024-03-0l", "2024-08-3l",
         dep("呼吸内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), wrong),
        ("guan", "管乐安", None, "普外科", "副主任医师", SL, "２０２４年３月1日", "2024年8月31日",
         dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), ID["guan"]),
        (None, "□□□", "", "骨科", "主治医师", SL, "2024.03.01", "2024.08.31", None, None),
        ("gan", "甘子衿", None, "护理部", "主管护师", SL, "2O24.O9.O2", "2O25.O3.O1",
         dep("护理部", "主管护师", "中级", "护理", d(2024, 9, 2), d(2025, 3, 1)), ID["gan"]),
        ("qi", "祁望舒", None, "麻醉科", "主治医师", YX, "2024.9.I6", "2025.3.I5",
         dep("麻醉科", "主治医师", "中级", "医疗", d(2024, 9, 16), d(2025, 3, 15)), ID["qi"]),
    ]
    for i, (key, name, sp, dept, title, rec, s, e, f, tid) in enumerate(people, 1):
        ws.append([i, name, use_id(key, sp) if key else sp, dept, title, rec, s, e, None])
        ws.cell(ws.max_row, 3).number_format = "@"
        r = ws.max_row
        if key is None:
            truth["quarantines"].append({"file": fn, "sheet": sh, "row": r, "category": "missing_required",
                                         "why": "OCR 未能识别姓名（□□□）且无身份证号：无法确定人员"})
            continue
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, sh, r, "ID_CHECK_DIGIT")
    ws.append([])
    ws.append(["院长签字：", None, None, None, None, "（盖章）"])
    ws.append(["打印日期：2025-01-08 09:41", None, None, None, None, None, "第1页 共1页"])
    wb.save(path)


def f_p1_trainees_two_pages(path: Path):
    """省人民医院's list of the trainees it received, converted from a two-page PDF: header over two rows cut
    mid-label ('进修开' | '始日期', '进修费' | '用（元）', '是否结' | '业'), '第1页 共2页', the header repeated at the
    top of page 2, '第2页 共2页'; dates "2024.O3.O4", "2024-08-3l"; fees "3,OOO", "45OO"."""
    fn, sh = path.name, "Table 1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    hdr_a = ["序号", "姓名", "身份证号", "派出单位", "进修科室", "进修开", "进修结", "进修费", "是否结"]
    hdr_b = [None, None, None, None, None, "始日期", "束日期", "用（元）", "业"]
    ws.append([f"澄霁省人民医院2024年接收受援医院进修人员名单（{SYN}）"])
    ws.append(hdr_a)
    ws.append(hdr_b)
    people = [("hua", "华映秋", SL, "心血管内科", "2024.O3.O4", "2024-08-3l", "3,OOO", "是",
               d(2024, 3, 4), d(2024, 8, 31), 3000.0, True),
              ("ning", "宁致远", SL, "急诊医学科", "2024.03.04", "2024.08.31", "3,OOO", "是",
               d(2024, 3, 4), d(2024, 8, 31), 3000.0, True),
              ("fang", "方沐晴", YX, "超声医学科", "2024.O4.O1", "2024.O9.30", "45OO", "是",
               d(2024, 4, 1), d(2024, 9, 30), 4500.0, True),
              ("mo", "莫若言", SL, "重症医学科", "2024.O9.O2", "2025.O2.28", "0", "否",
               d(2024, 9, 2), d(2025, 2, 28), 0.0, False),
              ("ji", "纪南星", YX, "病理科", "2024.l0.08", "2025.O1.O7", "3OOO", "否",
               d(2024, 10, 8), d(2025, 1, 7), 3000.0, False)]
    for i, (key, name, rec, dept, s, e, fee, done, sd, ed, feev, donev) in enumerate(people, 1):
        if i == 4:   # page break: footer of page 1, then the header again
            ws.append([None, None, None, None, "第1页 共2页"])
            ws.append(hdr_a)
            ws.append(hdr_b)
        ws.append([i, name, use_id(key), rec, dept, s, e, fee, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                                  completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": P1}, ["start_date", "department"], id_number=ID[key])
    ws.append(["制表：科教处", None, None, None, None, "（盖章）"])
    ws.append([None, None, None, None, "第2页 共2页"])
    wb.save(path)


def f_ptcm_roster_ods(path: Path):
    """省中医院 (.ods, from a scan): the recipient only in the title; an ID number in full-width digits; dates
    "２０２４．０３．０４", "2024.O3.O4", "2O24-09-03"; one person without an ID number (NAME_ONLY)."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"澄霁省中医院派驻云溪县中医医院人员名单（扫描件识别，{SYN}）"],
            ["序号", "姓名", "身份证号码", "科室", "职称", "开始时间", "结束时间"]]
    people = [("wen", "温子谦", ID["wen"].translate(FW), "针灸科", "副主任中医师", "２０２４．０３．０４", "2024.09.03",
               dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              (None, "柯映雪", "", "康复科", "主治中医师", "2024.O3.O4", "2024.O9.O3",
               dep("康复科", "主治中医师", "中级", "医疗", d(2024, 3, 4), d(2024, 9, 3))),
              ("pei", "裴景川", None, "骨伤科", "主任中医师", "2024-O3-04", "2O24-09-03",
               dep("骨伤科", "主任中医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)))]
    for i, (key, name, sp, dept, title, s, e, f) in enumerate(people, 1):
        rows.append([i, name, use_id(key, sp) if key else sp, dept, title, s, e])
        r = len(rows)
        row("deployments", fn, sh, r, f, {"support_hospital_id": PTCM, "recipient_hospital_id": YXTCM},
            ["start_date", "department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, sh, r, "NAME_ONLY")
    rows += [[None], ["院长签字：", None, None, None, "（盖章）"], ["打印日期：2025年1月9日", None, None, None, "第1页 共1页"]]
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 栖梧市
def f_cc_roster_stray(path: Path):
    """市中心医院 roster from 'PDF转Excel': an empty column after every real one; the 科室 and 派驻医院 headers
    merged over their column and the stray one, and two cells' text broken across both ("心血管" | "内科",
    "桑野县妇幼" | "保健院"); a 15-digit ID; real date cells beside OCR text "2024.O4.O1"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"栖梧市中心医院2024年派驻受援医院人员名单（{SYN}）"])
    ws.append(spread(["序号", "姓名", "身份证号", "科室", "职称", "派驻医院", "开始日期", "结束日期"]))
    ws.merge_cells("G2:H2")
    ws.merge_cells("K2:L2")
    l15 = ID["lan"]
    fifteen = l15[:6] + l15[8:17]
    people = [("wu", "邬承泽", None, ("心血管", "内科"), "主治医师", (SY, None), dt.date(2024, 3, 1),
               dt.date(2024, 8, 31), dep("心血管内科", "主治医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), SY),
              ("lan", "蓝溪月", fifteen, ("儿科", None), "主管护师", (SYMCH, None), "2024.O4.O1", "2024.O9.30",
               dep("儿科", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30)), SYMCH),
              ("rui", "芮长庚", None, ("妇产科", None), "副主任医师", ("桑野县妇幼", "保健院"), dt.date(2024, 5, 6),
               "2024-11-O5", dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 5, 6), d(2024, 11, 5)), SYMCH)]
    for i, (key, name, sp, dept, title, rec, s, e, f, rech) in enumerate(people, 1):
        vals = spread([i, name, use_id(key, sp), None, title, None, s, e])
        vals[6], vals[7] = dept
        vals[10], vals[11] = rec
        ws.append(vals)
        r = ws.max_row
        ws.cell(r, 5).number_format = "@"
        for c in (13, 15):
            if isinstance(ws.cell(r, c).value, dt.date):
                ws.cell(r, c).number_format = "yyyy/m/d"
        row("deployments", fn, sh, r, f, {"support_hospital_id": CC, "recipient_hospital_id": rech},
            ["start_date", "department"], id_number=ID[key])
        if sp == fifteen:
            finding(fn, sh, r, "ID_15_DIGIT")
    ws.append(["打印日期：2025/1/10 14:03", None, None, None, None, None, "第1页 共1页"])
    wb.save(path)


def f_yx_trainees_csv(path: Path):
    """云溪县人民医院 (CSV, GBK): an empty column after every real one; 填报单位 line; dates "2024.O9.O1",
    "2024-l2-31"; fees "2OOO", "l500"; one trainee without an ID number; 院长签字 and 盖章 in one line, print date."""
    fn = path.name
    lines = [[f"填报单位：云溪县人民医院（{SYN}）"], ["2024年赴澄霁省人民医院进修人员登记（扫描件转换）"],
             spread(["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "费用（元）", "是否结业"])]
    people = [("shi", "石晚晴", "内分泌科", "2024.O3.O4", "2024.O8.3l", "2OOO", "是", d(2024, 3, 4), d(2024, 8, 31),
               2000.0, True),
              ("tang", "唐知秋", "麻醉科", "2024.O9.O1", "2024-l2-31", "l500", "否", d(2024, 9, 1), d(2024, 12, 31),
               1500.0, False),
              (None, "殷若水", "检验科", "2024.O9.O1", "2024-l2-31", "l500", "否", d(2024, 9, 1), d(2024, 12, 31),
               1500.0, False)]
    for key, name, dept, s, e, fee, done, sd, ed, feev, donev in people:
        lines.append(spread([name, use_id(key) if key else "", dept, P1, s, e, fee, done]))
        r = len(lines)
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": YX, "host_hospital_id": P1}, ["start_date", "department"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, None, r, "NAME_ONLY")
    lines += [[], ["院长签字：", "", "", "", "", "", "（盖章）"], ["打印日期：2025-01-10", "", "", "", "", "", "第1页 共1页"]]
    write_csv(path, lines, "gbk")


def f_sy_trainees_csv(path: Path):
    """桑野县人民医院 (CSV, UTF-8 without BOM): the header over two lines cut mid-label ('进修开' | '始时间',
    '进修费' | '用（元）', '是否' | '结业'); "2024-O6-01", "2024-11-3O"; a fee "约3000元" (→ empty + finding)."""
    fn = path.name
    lines = [[f"桑野县人民医院2024年外出进修人员（{SYN}）"],
             ["姓名", "身份证号", "进修科室", "进修单位", "进修开", "进修结", "进修费", "是否"],
             ["", "", "", "", "始时间", "束时间", "用（元）", "结业"]]
    lines.append(["夏清禾", use_id("xia"), "神经内科", CC, "2024-O6-01", "2024-11-3O", "约3000元", "否"])
    r = len(lines)
    row("trainees", fn, None, r, dict(department="神经内科", start_date=d(2024, 6, 1), end_date=d(2024, 11, 30),
                                       fee_charged=None, completed=False),
        {"recipient_hospital_id": SY, "host_hospital_id": CC}, ["start_date", "department"], id_number=ID["xia"])
    finding(fn, None, r, "UNPARSEABLE_OPTIONAL")
    lines.append(["钱沐阳", "", "眼科", CC, "2O24.O7.O1", "2024.l2.31", "0", "是"])
    r = len(lines)
    row("trainees", fn, None, r, dict(department="眼科", start_date=d(2024, 7, 1), end_date=d(2024, 12, 31),
                                       fee_charged=0.0, completed=True),
        {"recipient_hospital_id": SY, "host_hospital_id": CC}, ["start_date", "department"])
    finding(fn, None, r, "NAME_ONLY")
    lines.append(["第1页 共1页"])
    write_csv(path, lines, "utf-8")


def f_sl_techniques_split(path: Path):
    """石泷县人民医院 techniques (PDF转Excel): 项目名称 merged over two columns and two names broken across them
    ("腹腔镜下胆囊" | "切除术"); dates "2024.O4.15", "2024-05-0l", "２０２４年６月3日"; 例数 "2O", "1S例"."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石泷县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", None, "科室", "开展时间", "例数", "是否填补县域空白", "支援医院"])
    ws.merge_cells("B2:C2")
    items = [(("腹腔镜下胆囊", "切除术"), "普外科", "2024.O4.15", "2O", "是", d(2024, 4, 15), 20, True),
             (("无痛胃镜检查", None), "消化内科", "2024-05-0l", "1S例", "否", d(2024, 5, 1), 15, False),
             (("床旁超声引导下", "中心静脉置管术"), "重症医学科", "２０２４年６月3日", "8", "是", d(2024, 6, 3), 8, True)]
    for i, ((n1, n2), dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        ws.append([i, n1, n2, dept, when, cases, gap, P1])
        row("techniques", fn, sh, ws.max_row, dict(name=n1 + (n2 or ""), department=dept, first_performed_date=day,
                                                    cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": SL, "support_hospital_id": P1}, ["first_performed_date"])
    ws.append([])
    ws.append(["院长签字：", None, None, None, "（盖章）"])
    ws.append(["打印日期：2025/1/12", None, None, None, "第1页 共1页"])
    wb.save(path)


def f_yxtcm_techniques_xls(path: Path):
    """云溪县中医医院 (.xls, OCR): "2024.O3.2O", "2024.O5.l0"; 开展例数 "4O", "约12例" (→ empty + finding)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    lines = [[f"云溪县中医医院2024年新技术新业务开展情况（扫描识别，{SYN}）"],
             ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "帮扶单位"]]
    items = [("温针灸治疗膝骨关节炎", "针灸科", "2024.O3.2O", "4O", "否", d(2024, 3, 20), 40, False),
             ("小针刀松解术", "骨伤科", "2024.O5.l0", "约12例", "是", d(2024, 5, 10), None, True)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        lines.append([i, name, dept, when, cases, gap, PTCM])
        row("techniques", fn, sh, len(lines), dict(name=name, department=dept, first_performed_date=day,
                                                    cases=casesv, fills_county_gap=gapv),
            {"recipient_hospital_id": YXTCM, "support_hospital_id": PTCM}, ["name"])
        if casesv is None:
            finding(fn, sh, len(lines), "UNPARSEABLE_OPTIONAL")
    lines += [[], ["院长签字：", None, None, "（盖章）"], ["第1页 共1页"]]
    for r, vals in enumerate(lines):
        for c, v in enumerate(vals):
            if v is not None:
                ws.write(r, c, v)
    wb.save(str(path))


def ocr(n: int, swaps: str) -> str:
    """The number as an OCR engine misread it: each pair "0O" in ``swaps`` replaces that digit by that letter."""
    s = str(n)
    for a, b in zip(swaps[::2], swaps[1::2]):
        s = s.replace(a, b)
    return s


def f_sy_monthly_xls(path: Path):
    """桑野县人民医院 1—6月 (.xls, OCR): month "l月"; counts "l2O35", "9l4", "S61", full-width "１１８７０", "1,O52";
    a 合计 line; a print-date and page footer."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    lines = [[f"桑野县人民医院2024年1—6月主要业务量统计（扫描件，{SYN}）"],
             ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    vals = {1: (12035, 914, 206, 31), 2: (11870, 885, 190, 28), 3: (13402, 1052, 231, 35),
            4: (12950, 1011, 225, 30), 5: (13118, 1040, 561, 33), 6: (12760, 998, 218, 29)}
    shown = {1: ("l月", ocr(12035, "1l0O"), ocr(914, "1l"), ocr(206, "0O"), ocr(31, "1l")),
             2: ("2月", str(11870).translate(FW), "88S", 190, 28),
             3: ("3月", 13402, "1,O52", 231, "3S"),
             4: ("4月", "l295O", 1011, 225, "3O"),
             5: ("5月", 13118, 1040, "S61", 33),
             6: ("6月", 12760, 998, 218, 29)}
    tot = [sum(v[k] for v in vals.values()) for k in range(4)]
    for m in range(1, 7):
        lines.append(list(shown[m]))
        row("hospital_monthly_stats", fn, sh, len(lines),
            dict(year=2024, month=m, outpatient_visits=vals[m][0], discharges=vals[m][1], surgeries=vals[m][2],
                 referrals_out=vals[m][3]), {"recipient_hospital_id": SY}, ["month"])
    lines += [["合计", *tot], [], ["院长签字：", None, "（盖章）"], ["打印日期：2025-01-07 第1页 共1页"]]
    for r, vs in enumerate(lines):
        for c, v in enumerate(vs):
            if v is not None:
                ws.write(r, c, v)
    wb.save(str(path))


def f_symch_monthly_ods(path: Path):
    """桑野县妇幼保健院 7—12月 (.ods from a two-page PDF): header over two rows cut mid-label ('门急诊人' | '次',
    '下转接' | '收人次'), '第1页 共2页', the header repeated on page 2, "1O月", counts with O for 0."""
    fn, sh = path.name, "Table 1"
    hdr_a = ["月份", "门急诊人", "出院人", "手术台", "外转人", "下转接"]
    hdr_b = [None, "次", "数", "次", "次", "收人次"]
    rows = [[f"桑野县妇幼保健院2024年7—12月业务量（{SYN}）"], hdr_a, hdr_b]
    vals = {7: (6420, 410, 96, 8, 5), 8: (6385, 402, 90, 10, 4), 9: (6510, 433, 101, 7, 6),
            10: (6207, 396, 88, 9, 3), 11: (6330, 405, 94, 6, 5), 12: (6601, 440, 105, 11, 7)}
    shown = {7: ("7月", 6420, "41O", 96, 8, 5), 8: ("8月", 6385, 402, "9O", "1O", 4), 9: ("9月", "６５１０", 433, 101, 7, 6),
             10: ("1O月", 6207, 396, 88, 9, 3), 11: ("11月", "633O", 405, 94, 6, 5),
             12: ("12月", 6601, "44O", "1O5", "l1", 7)}
    for m in range(7, 13):
        if m == 10:
            rows += [[None, None, "第1页 共2页"], hdr_a, hdr_b]
        rows.append(list(shown[m]))
        v = vals[m]
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": SYMCH}, ["month"])
    rows += [["院长签字：", None, None, "（盖章）"], [None, None, "第2页 共2页"]]
    ods_doc(path, {sh: rows})


SL_VALS = {1: (9820, 702, 150, 24), 2: (9110, 655, 138, 21), 3: (10340, 760, 166, 26),
           4: (10012, 741, 158, 23), 5: (10255, 752, 163, 25), 6: (9987, 733, 155, 22)}


def f_sl_monthly_scan(path: Path):
    """石泷县人民医院 1—6月, the first version read from a scan: misreadings a reader cannot undo ("1B6" for a
    surgery count, 3 for 8) beside readable ones; replaced entirely by the 更正 file below."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石泷县人民医院2024年1—6月业务量统计（扫描件，{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    garbled = {1: ("1月", "9B20", 702, 150, 24), 2: ("2月", 9110, "6S5", "13B", 21), 3: ("3月", "1O34O", 760, "1B6", 26),
               4: ("4月", 10012, "74l", 153, 23), 5: ("5月", 10255, 752, 163, "2S"), 6: ("6月", "99B7", 733, 155, 22)}
    for m in range(1, 7):
        ws.append(list(garbled[m]))
    ws.append(["填报日期：2025年1月8日", None, None, "（盖章）"])
    wb.save(path)
    _ = fn


def f_sl_monthly_correction(path: Path):
    """石泷县人民医院 1—6月 (更正): the clean figures, typed again; the full list, replacing the scanned version."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石泷县人民医院2024年1—6月业务量统计（更正）（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = SL_VALS[m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SL}, ["month"])
    ws.append(["填报日期：2025年1月20日", None, None, "（盖章）"])
    wb.save(path)


def f_yxtcm_monthly_csv(path: Path):
    """云溪县中医医院 7—12月 (CSV, UTF-8 with BOM): months "2024.O7" … "2024.1O" … "2024.l2"; counts with O and l;
    full-width "３２１０"; page line, print date with time, 院长签字, 盖章."""
    fn = path.name
    lines = [[f"云溪县中医医院2024年下半年业务量统计（{SYN}）"],
             ["统计月份", "门急诊人次", "出院人数", "手术台次", "外转人次", "上转接收人次"]]
    vals = {7: (3105, 210, 41, 6, 2), 8: (3210, 221, 40, 5, 1), 9: (3050, 205, 38, 7, 3),
            10: (2980, 199, 36, 4, 0), 11: (3120, 214, 42, 6, 2), 12: (3301, 230, 45, 8, 1)}
    shown = {7: ("2024.O7", "31O5", "21O", 41, 6, 2), 8: ("2024.O8", "３２１０", 221, "4O", 5, 1),
             9: ("2024.O9", 3050, "2O5", 38, 7, 3), 10: ("2024.1O", 2980, 199, 36, 4, "O"),
             11: ("2024.11", "3l20", 214, 42, 6, 2), 12: ("2024.l2", 3301, 230, 45, 8, "l")}
    for m in range(7, 13):
        lines.append(list(shown[m]))
        v = vals[m]
        row("hospital_monthly_stats", fn, None, len(lines),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4]), {"recipient_hospital_id": YXTCM}, ["month"])
    lines += [["第1页 共1页"], ["打印日期：2025-01-09 16:20"], ["院长签字：", "", "", "（盖章）"]]
    write_csv(path, lines, "utf-8", bom=True)


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "栖梧市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄霁省城乡医院对口支援关系表（2024—2026年）PDF转换.xlsx")
    files = [(f_p1_roster, "省直", "SYNTHETIC_省人民医院派驻人员名册（扫描件OCR）.xlsx"),
             (f_p1_trainees_two_pages, "省直", "SYNTHETIC_省人民医院接收进修人员（PDF转Excel）.xlsx"),
             (f_ptcm_roster_ods, "省直", "SYNTHETIC_省中医院派驻人员（扫描件）.ods"),
             (f_cc_roster_stray, "栖梧市", "SYNTHETIC_市中心医院派驻人员（PDF转Excel）.xlsx"),
             (f_yx_trainees_csv, "栖梧市", "SYNTHETIC_云溪县人民医院外出进修人员（OCR）.csv"),
             (f_sy_trainees_csv, "栖梧市", "SYNTHETIC_桑野县人民医院进修人员.csv"),
             (f_sl_techniques_split, "栖梧市", "SYNTHETIC_石泷县人民医院新技术（PDF转Excel）.xlsx"),
             (f_yxtcm_techniques_xls, "栖梧市", "SYNTHETIC_云溪县中医医院新技术（扫描识别）.xls"),
             (f_sy_monthly_xls, "栖梧市", "SYNTHETIC_桑野县人民医院业务量1-6月（扫描OCR）.xls"),
             (f_symch_monthly_ods, "栖梧市", "SYNTHETIC_桑野县妇幼保健院业务量7-12月（PDF转换）.ods"),
             (f_sl_monthly_scan, "栖梧市", "SYNTHETIC_石泷县人民医院业务量1-6月（扫描件）.xlsx"),
             (f_sl_monthly_correction, "栖梧市", "SYNTHETIC_石泷县人民医院业务量1-6月（更正）.xlsx"),
             (f_yxtcm_monthly_csv, "栖梧市", "SYNTHETIC_云溪县中医医院业务量7-12月.csv")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
