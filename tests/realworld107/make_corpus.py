"""realworld107 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅岫省) for 2024: the pairing lists as
they really arrive from different issuers (the national 三级医院对口帮扶县级医院 list with sections by province, the
province's 附件1, the province's 组团式 list, a city's list with its counties merged down, a city's 调整 notice, and a
county's township list converted from a PDF), all kept in data/raw/reference/, then seven ordinary submissions in
data/raw/2024/ whose rows must land on the right pairing. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every province, county, hospital, person and ID number is invented; ID numbers use region codes 99xxxx with a
correct check digit. Written without reading the tool's parser.
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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
S1 = "琅岫省人民医院"            # also written 省人民医院 and 琅岫省人民医院（东院）
S1_SHORT, S1_EAST = "省人民医院", "琅岫省人民医院（东院）"
S2 = "琅岫省中医院"
S3 = "琅岫医科大学附属第一医院"
S4 = "琅岫省肿瘤医院"
S5 = "琅岫省第二人民医院"
C1, C2 = "澜州市人民医院", "澜州市中医院"
X1, X2 = "东沅省立医院", "东沅大学附属第二医院"      # another (fictional) province's hospitals on the national list

R1, R2, R3, R4 = "青梧县人民医院", "青梧县中医医院", "白溪县人民医院", "石渚县人民医院"
R5 = "石渚县妇幼保健院"
R6, R7, R8, R9 = "青梧县妇幼保健院", "白溪县妇幼保健院", "白溪县中医医院", "石渚县中医医院"
N1, N2, N3 = "鹤岭县人民医院", "望川县人民医院", "望川县中医医院"
T1, T2, T3, T4, T5 = ("青梧县城关镇卫生院", "青梧县桑园镇中心卫生院", "青梧县柳塘乡卫生院", "青梧县石门镇卫生院",
                      "青梧县鹤坪乡卫生院")
UNPAIRED = "枫亭县人民医院"      # in no pairing list

ID = {k: idn(*v) for k, v in {
    "lin": ("990101", "19760412", "031"), "gu": ("990101", "19850927", "046"), "fang": ("990102", "19800115", "027"),
    "yan": ("990102", "19830622", "058"), "song": ("990103", "19871103", "019"),
    "cao": ("990201", "19790830", "064"), "tang": ("990201", "19900214", "035"),
    "xia": ("990311", "19920719", "072"), "lu": ("990311", "19940506", "083"), "qiu": ("990311", "19910308", "028"),
    "mo": ("990311", "19960125", "041"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def hospital(name, **attrs):
    if not any(h["name"] == name for h in truth["hospitals"]):
        truth["hospitals"].append({"name": name, **attrs})


def pairing(support, recipient, start, end, agreement, source):
    p = {"support": support, "recipient": recipient, "start_date": start, "end_date": end, "agreement_date": agreement}
    if source:
        p["start_date_source"] = source
    truth["pairings"].append(p)


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def ods_doc(path, sheets, spans=None):
    """sheets: {name: [row values]}; spans: {name: {(row0, col0): rows}} cells merged down (rows spanned)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        sp = (spans or {}).get(name, {})
        covered = {(r0 + k, c0) for (r0, c0), n in sp.items() for k in range(1, n)}
        t = Table(name=name)
        for i, vals in enumerate(rows):
            tr = TableRow()
            for j, v in enumerate(vals):
                if (i, j) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {"numberrowsspanned": sp[(i, j)]} if (i, j) in sp else {}
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v, **kw)
                    c.addElement(P(text=f"{v:g}"))
                elif isinstance(v, dt.date):
                    c = TableCell(valuetype="date", datevalue=v.isoformat(), **kw)
                    c.addElement(P(text=v.isoformat()))
                elif v is None:
                    c = TableCell(**kw)
                else:
                    c = TableCell(valuetype="string", **kw)
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# =========================================================================================== reference/
def national_list(path: Path):
    """The national list (xls): 三级医院对口帮扶县级医院名单 (2021—2025年), 帮扶医院 / 被帮扶医院 wording, a 省份 column merged
    down each province's rows, a section line per province; no levels, no agreement dates."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名单")
    ws.write_merge(0, 0, 0, 3, f"三级医院对口帮扶县级医院名单（2021—2025年）（{SYN}）")
    hdr = ["序号", "省份", "帮扶医院", "被帮扶医院"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    r, n = 2, 0
    for prov, pairs in (("琅岫省", [(S1, R1), (X1, N1)]), ("澄屿省", [(X1, N2), (X2, N3)])):
        ws.write_merge(r, r, 0, 3, f"{prov}（{len(pairs)}对）")
        r += 1
        ws.write_merge(r, r + len(pairs) - 1, 1, 1, prov)
        for s, rec in pairs:
            n += 1
            ws.write(r, 0, n)
            ws.write(r, 2, s)
            ws.write(r, 3, rec)
            r += 1
            if (s, rec) != (S1, R1):      # S1 → R1 is also on the province's 附件1 (agreement date there)
                pairing(s, rec, d(2021, 1, 1), d(2025, 12, 31), None, "title_period")
    ws.write(r, 0, "注：名单按被帮扶医院所在省份排列。数据为虚构。")
    wb.save(str(path))
    for h in (X1, X2, N1, N2, N3):
        hospital(h)


def province_annex1(path: Path):
    """The province's ordinary list (附件1, xlsx): 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期 | 支援期限,
    the period 2021—2025年 in the title, 支援期限 given for one row only; 琅岫省人民医院 written with its campus
    （东院） — the same hospital and the same pairing as the national list's 琅岫省人民医院 → 青梧县人民医院."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅岫省城乡医院对口支援关系一览表（2021—2025年）（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    rows = [(R1, "二级甲等", "综合医院", "青梧县", S1_EAST, dt.date(2021, 4, 8), None),
            (R2, "二级甲等", "中医医院", "青梧县", S2, dt.date(2021, 4, 8), None),
            (R5, "二级", "妇幼保健院", "石渚县", S5, dt.date(2021, 12, 20), "2022.1—2025.12")]
    for i, (rec, lv, cat, county, sup, ag, per) in enumerate(rows, 1):
        ws.append([i, rec, lv, cat, county, sup, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            pairing(S5, rec, d(2022, 1, 1), d(2025, 12, 31), ag.isoformat(), "support_period")
        else:
            pairing(S1 if sup == S1_EAST else sup, rec, d(2021, 1, 1), d(2025, 12, 31), ag.isoformat(), "title_period")
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    wb.save(path)
    hospital(R1, level="二级", grade="甲等", category="综合医院", county="青梧县")
    hospital(R2, level="二级", grade="甲等", category="中医医院", county="青梧县")
    hospital(R5, level="二级", category="妇幼保健院", county="石渚县")
    for h in (S1, S2, S5):
        hospital(h)


def province_team_list(path: Path):
    """The province's 组团式 list (xlsx, 2023—2025年): one recipient supported by a lead hospital and two members.
    白溪县人民医院: 牵头医院 | 成员单位 written in one cell ("牵头：省人民医院；成员：A、B" over two lines); 石渚县人民医院: the
    lead on its row marked （牵头）, the members in rows under it, 受援医院 / 所在县 / 等级 merged down."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "组团式帮扶"
    ws.append([f"琅岫省“组团式”帮扶县级医院名单（2023—2025年）（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "受援医院", "所在县", "医院等级", "帮扶医院（牵头医院、成员单位）"])
    ws.append([1, R3, "白溪县", "二级甲等", f"牵头医院：{S1_SHORT}；\n成员单位：{S3}、{S4}"])
    ws.cell(ws.max_row, 5).alignment = Alignment(wrap_text=True)
    for s in (S1, S3, S4):
        pairing(s, R3, d(2023, 1, 1), d(2025, 12, 31), None, "title_period")
    top = ws.max_row + 1
    ws.append([2, R4, "石渚县", "二级乙等", f"{S3}（牵头）"])
    ws.append([None, None, None, None, S5])
    ws.append([None, None, None, None, S4])
    for c in "ABCD":
        ws.merge_cells(f"{c}{top}:{c}{top + 2}")
    for s in (S3, S5, S4):
        pairing(s, R4, d(2023, 1, 1), d(2025, 12, 31), None, "title_period")
    ws.append(["说明：组团式帮扶由牵头医院统筹，成员单位按专科派驻。"])
    wb.save(path)
    hospital(R3, level="二级", grade="甲等", county="白溪县")
    hospital(R4, level="二级", grade="乙等", county="石渚县")
    for h in (S3, S4):
        hospital(h)


def city_list(path: Path):
    """The city's list of its own pairings (ods, 2024—2026年): 市级医院对口支援县级医院, 县（市、区） merged down each
    county's rows, 协议签订日期 as text."""
    rows = [[f"澜州市市级医院对口支援县级医院名单（2024—2026年）（{SYN}）"],
            ["县（市、区）", "序号", "受援医院", "类别", "支援医院", "协议签订日期"]]
    spans = {}
    groups = (("青梧县", [(R6, "妇幼保健院", C1, "2024年1月10日", d(2024, 1, 10))]),
              ("白溪县", [(R7, "妇幼保健院", C1, "2024年1月10日", d(2024, 1, 10)),
                         (R8, "中医医院", C2, "2024年1月12日", d(2024, 1, 12))]),
              ("石渚县", [(R9, "中医医院", C2, "2024年1月12日", d(2024, 1, 12))]))
    n = 0
    for county, items in groups:
        if len(items) > 1:
            spans[(len(rows), 0)] = len(items)
        for k, (rec, cat, sup, agt, ag) in enumerate(items):
            n += 1
            rows.append([county if k == 0 else None, n, rec, cat, sup, agt])
            end = d(2024, 6, 30) if rec == R8 else d(2026, 12, 31)     # ended by the 调整 notice
            pairing(sup, rec, d(2024, 1, 1), end, ag, "title_period")
            hospital(rec, category=cat, county=county)
    rows.append(["澜州市卫生健康委员会 2024年1月"])
    ods_doc(path, {"Sheet1": rows}, {"Sheet1": spans})
    for h in (C1, C2):
        hospital(h)


def adjustment_notice(path: Path):
    """The city's 调整 notice (xlsx): 白溪县中医医院's support handed from 澜州市中医院 to 琅岫省中医院 from 2024-07-01."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "调整情况"
    ws.append([f"澜州市对口支援关系调整情况表（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "受援医院", "原支援医院", "调整后支援医院", "调整日期", "调整原因"])
    ws.append([1, R8, C2, S2, dt.date(2024, 7, 1), "原支援医院承担省外帮扶任务，自调整日期起由调整后支援医院接续支援"])
    ws.cell(3, 5).number_format = "yyyy年m月d日"
    # the new pairing: the notice says from when, not until when — the rest of the city list's period, or open
    pairing(S2, R8, d(2024, 7, 1), {"one_of": [d(2026, 12, 31), None]}, None, "adjustment")
    ws.append([])
    ws.append(["澜州市卫生健康委员会办公室", None, None, None, "2024年6月18日"])
    wb.save(path)


def township_pdf_list(path: Path):
    """A county's township list converted from a PDF (xlsx): the title and header repeated on page 2, 第 1 页 共 2 页
    lines, one recipient's name split over two lines (the rest of that row blank)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 1"
    title = f"青梧县县级医院对口支援乡镇卫生院名单（2024—2026年）（{SYN}）"
    hdr = ["序号", "受援乡镇卫生院", "支援医院", "协议签订日期"]
    ws.append([title])
    ws.append(hdr)
    page1 = [(1, T1, R1, "2024年2月20日", d(2024, 2, 20)), (2, T2, R1, "2024年2月20日", d(2024, 2, 20)),
             (3, T3, R2, "2024年2月22日", d(2024, 2, 22))]
    page2 = [(4, T4, R2, "2024年2月22日", d(2024, 2, 22)), (5, T5, R1, "2024年2月20日", d(2024, 2, 20))]
    for items, page in ((page1, 1), (page2, 2)):
        if page == 2:
            ws.append([title])
            ws.append(hdr)
        for i, rec, sup, agt, ag in items:
            if rec == T2:
                ws.append([i, "青梧县桑园镇中心卫", sup, agt])
                ws.append([None, "生院", None, None])
            else:
                ws.append([i, rec, sup, agt])
            pairing(sup, rec, d(2024, 1, 1), d(2026, 12, 31), ag, "title_period")
            hospital(rec, county="青梧县")
        ws.append([None, f"第 {page} 页 共 2 页"])
    wb.save(path)


# =========================================================================================== 2024/
def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def roster_s1_east(path: Path):
    """琅岫省人民医院（东院）'s roster (xlsx): the sender written with its campus; recipients 青梧县人民医院 (national /
    附件1 pairing) and 白溪县人民医院 (组团式), and one to a hospital in no pairing list."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{S1_EAST}2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append([f"填报单位：{S1_EAST}"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始日期", "派驻结束日期"])
    people = [("lin", "林照远", "心血管内科", "主任医师", R1, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 1), d(2024, 8, 31))),
              ("gu", "顾采薇", "呼吸与危重症医学科", "主治医师", R1, dt.date(2024, 9, 1), dt.date(2025, 2, 28),
               dep("呼吸与危重症医学科", "主治医师", "中级", "医疗", d(2024, 9, 1), d(2025, 2, 28))),
              ("fang", "方景澄", "普外科", "副主任医师", R3, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("普外科", "副主任医师", "副高级", "医疗", d(2024, 4, 1), d(2024, 9, 30))),
              ("yan", "严书宁", "护理部", "主管护师", R3, dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("护理部", "主管护师", "中级", "护理", d(2024, 4, 1), d(2024, 9, 30))),
              ("song", "宋予安", "骨科", "副主任医师", UNPAIRED, dt.date(2024, 5, 6), dt.date(2024, 11, 5), None)]
    for i, (key, name, dept, title, rec, s, e, f) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, s, e])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if f is None:
            hold(fn, sh, r, "unresolved_hospital", f"{UNPAIRED} is on no pairing list")
        else:
            row("deployments", fn, sh, r, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
                ["start_date", "department"], id_number=ID[key])
    ws.append([])
    ws.append(["填表人：医务处", None, None, None, "联系电话：（略）", None, "2025年1月8日"])
    wb.save(path)


def roster_c2(path: Path):
    """澜州市中医院's roster (xls): to 白溪县中医医院 until the handover (2024-06-30) and to 石渚县中医医院."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"澜州市中医院2024年派驻县级医院人员花名册（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "受援医院", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("cao", "曹怀瑾", "针灸科", "副主任中医师", R8, "2024.01.08-2024.06.30",
               dep("针灸科", "副主任中医师", "副高级", "医疗", d(2024, 1, 8), d(2024, 6, 30))),
              ("tang", "唐若溪", "脾胃病科", "主治中医师", R9, "2024.03.01-2024.08.31",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 8, 31)))]
    for i, (key, name, dept, title, rec, period, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, rec, period]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, f, {"support_hospital_id": C2, "recipient_hospital_id": rec},
            ["start_date"], id_number=ID[key])
    ws.write(2 + len(people) + 1, 0, "制表：科教科")
    wb.save(str(path))


def activities_r8(path: Path):
    """白溪县中医医院's own log (xlsx) with no supporter column: before 2024-07-01 the activities are 澜州市中医院's,
    from then on 琅岫省中医院's (the pairing in force on the day)."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"{R8}2024年接受对口支援带教培训活动登记（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["日期", "活动类型", "内容", "授课专家", "参加人数"])
    acts = [(dt.date(2024, 3, 14), "学术讲座", "颈肩腰腿痛的针灸治疗", "曹主任", 32, C2),
            (dt.date(2024, 6, 27), "教学查房", "中风后遗症病例查房", "曹主任", 14, C2),
            (dt.date(2024, 7, 3), "技术培训", "中药饮片调剂规范", "省中医院专家", 26, S2),
            (dt.date(2024, 9, 12), "疑难病例讨论", "慢性萎缩性胃炎", "省中医院专家", 11, S2)]
    for day, typ, topic, who, n, sup in acts:
        ws.append([day, typ, topic, who, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": R8, "support_hospital_id": sup}, ["activity_date"])
    ws.append(["合计", None, None, None, "=SUM(E3:E6)"])
    wb.save(path)


def techniques_r3(path: Path):
    """白溪县人民医院's technique list (ods): the 组团式 recipient names each technique's source — the lead as 省人民医院,
    a member by its full name, the other member short (省肿瘤医院)."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"{R3}2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首例开展日期", "开展例数", "是否填补县域空白", "技术来源医院"]]
    items = [("经皮冠状动脉介入治疗", "心血管内科", dt.date(2024, 3, 15), 12, "是", S1_SHORT, S1, True),
             ("胸腔镜下肺叶切除术", "胸外科", dt.date(2024, 5, 10), 6, "是", S3, S3, True),
             ("宫颈癌同步放化疗", "肿瘤科", dt.date(2024, 8, 1), 9, "否", "省肿瘤医院", S4, False)]
    for i, (name, dept, day, n, gap, src, sup, gapv) in enumerate(items, 1):
        rows.append([i, name, dept, day, n, gap, src])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                   cases=n, fills_county_gap=gapv),
            {"recipient_hospital_id": R3, "support_hospital_id": sup}, ["name"])
    rows.append(["填报人：医务科", None, None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def trainees_r1_csv(path: Path):
    """青梧县人民医院's trainees (CSV, GBK): the host written three ways (琅岫省人民医院（东院）, 省人民医院, 琅岫省人民医院) —
    one hospital; one row without any date (held)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{R1}（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["2024年度选派人员赴支援医院进修情况", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("xia", "夏清和", "心血管内科", S1_EAST, "2024-03-04", "2024-09-03", "0", "是",
               d(2024, 3, 4), d(2024, 9, 3), 0.0, True),
              ("lu", "陆晚晴", "重症医学科", S1_SHORT, "2024-04-01", "2024-09-30", "0", "是",
               d(2024, 4, 1), d(2024, 9, 30), 0.0, True),
              ("qiu", "邱明朗", "麻醉科", S1, "2024-09-02", "2025-03-01", "0", "否",
               d(2024, 9, 2), d(2025, 3, 1), 0.0, False),
              ("mo", "莫一凡", "超声医学科", S1, "", "", "", "", None, None, None, None)]
    r = 3
    for key, name, dept, host, s, e, fee, done, sd, ed, feev, donev in people:
        w.writerow([name, use_id(key), dept, host, s, e, fee, done])
        r += 1
        if sd is None:
            hold(fn, None, r, "missing_value", "no 开始日期 / 结束日期: a stay without dates")
            continue
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=feev,
                                           completed=donev),
            {"recipient_hospital_id": R1, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    data = buf.getvalue()
    path.write_bytes(data.encode("gbk"))


def monthly_r4_xls(path: Path):
    """石渚县人民医院 (组团式 recipient) monthly statistics, January–June (xls)."""
    fn, sh = path.name, "1-6月"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"{R4}2024年1—6月主要业务量统计（{SYN}）")
    hdr = ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    for m in range(1, 7):
        v = [18200 + 230 * m, 1310 + 21 * m, 302 + 4 * m, 45 - 2 * m]
        for j, x in enumerate([f"{m}月", *v]):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", fn, sh, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": R4}, ["month"])
    ws.write(9, 0, "统计：病案统计室")
    wb.save(str(path))


def monthly_t1_csv(path: Path):
    """青梧县城关镇卫生院 (a recipient only the PDF-converted list names) monthly statistics for Q3 (CSV, UTF-8 BOM)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{T1}2024年第三季度业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in (7, 8, 9):
        v = [2100 + 40 * m, 88 + m, 6 + m % 3, 12 - m % 4]
        w.writerow([f"2024年{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": T1}, ["month"])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "2024"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    ref = raw / "reference"
    national_list(ref / "SYNTHETIC_三级医院对口帮扶县级医院名单（2021—2025年）.xls")
    province_annex1(ref / "SYNTHETIC_附件1_琅岫省城乡医院对口支援关系一览表（2021—2025年）.xlsx")
    province_team_list(ref / "SYNTHETIC_琅岫省组团式帮扶县级医院名单（2023—2025年）.xlsx")
    city_list(ref / "SYNTHETIC_澜州市市级医院对口支援县级医院名单（2024—2026年）.ods")
    adjustment_notice(ref / "SYNTHETIC_澜州市对口支援关系调整情况表.xlsx")
    township_pdf_list(ref / "SYNTHETIC_青梧县县级医院对口支援乡镇卫生院名单（PDF转换）.xlsx")
    files = [(roster_s1_east, "SYNTHETIC_省人民医院东院派驻人员名单2024.xlsx"),
             (roster_c2, "SYNTHETIC_澜州市中医院派驻人员花名册2024.xls"),
             (activities_r8, "SYNTHETIC_白溪县中医医院带教培训活动登记2024.xlsx"),
             (techniques_r3, "SYNTHETIC_白溪县人民医院新技术新项目2024.ods"),
             (trainees_r1_csv, "SYNTHETIC_青梧县人民医院进修人员2024.csv"),
             (monthly_r4_xls, "SYNTHETIC_石渚县人民医院业务量1-6月.xls"),
             (monthly_t1_csv, "SYNTHETIC_青梧县城关镇卫生院第三季度业务量.csv")]
    for fnc, name in files:
        fnc(raw / "2024" / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
