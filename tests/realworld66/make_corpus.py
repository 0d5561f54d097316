"""realworld66 corpus generator — SYNTHETIC / 合成数据. A fictional province (岚屿省) for 2024 whose clerks merge
cells in the DATA rows to make their tables look tidy (a recipient merged down over its people, a 批次 / 派驻时间
merged over a team, an activity date merged over the sessions of that day, a 备注 over several rows, one headcount
merged over a joint session), in xlsx (openpyxl merge_cells), xls (xlwt write_merge) and ods (odfpy
number-rows-spanned + covered cells); and the same kind of tables unmerged, the repeated value written only in the
first row of its group. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,枫川市,县区}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the deliberately wrong and 15-digit spellings are spellings of valid ones). Written without reading
the tool's parser.
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


P1, PTCM, FC1 = "岚屿省人民医院", "岚屿省中医院", "枫川市第一人民医院"
SY, SYTCM, QW, QWMCH, BL = "石樾县人民医院", "石樾县中医医院", "青苇县人民医院", "青苇县妇幼保健院", "白鹭县人民医院"
RECIP = {SY: ("二级", "甲等", "综合医院", "石樾县"), SYTCM: ("二级", "甲等", "中医医院", "石樾县"),
         QW: ("二级", "乙等", "综合医院", "青苇县"), QWMCH: ("二级", None, "妇幼保健院", "青苇县"),
         BL: ("二级", "甲等", "综合医院", "白鹭县")}

ID = {k: idn(*v) for k, v in {
    # 省人民医院 → 石樾 (team of five) and → 青苇 (two)
    "lan": ("990511", "19740312", "035"), "qiu": ("990511", "19850827", "046"), "mo": ("990512", "19890101", "017"),
    "tang": ("990512", "19830615", "028"), "yan": ("990513", "19900920", "039"),
    "gu": ("990511", "19791104", "052"), "fang": ("990514", "19870228", "063"),
    # 省中医院 → 石樾县中医医院
    "ning": ("990521", "19760505", "071"), "shu": ("990521", "19880714", "082"), "chai": ("990522", "19911230", "013"),
    # 枫川市一院 → 青苇县妇幼保健院 (unmerged CSV)
    "lian": ("990601", "19820409", "024"), "rong": ("990601", "19860918", "045"), "xia": ("990602", "19930303", "066"),
    # trainees
    "hua": ("990711", "19920611", "017"), "jing": ("990711", "19950222", "038"), "ke": ("990712", "19900808", "049"),
    "mu": ("990731", "19941017", "051"), "ye": ("990731", "19960125", "072"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell = {}


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


def centre(ws):
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(vertical="center", horizontal="center", wrap_text=True)


# ods with merged cells: a cell is a value, or Span(value, rows) (number-rows-spanned), or COVERED (the cells a
# span hides: written as table:covered-table-cell, as LibreOffice does).
class Span:
    def __init__(self, value, rows):
        self.value, self.rows = value, rows


COVERED = object()


def ods_doc(path, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        t = Table(name=name)
        for vals in rows:
            tr = TableRow()
            for v in vals:
                if v is COVERED:
                    tr.addElement(CoveredTableCell())
                    continue
                span = None
                if isinstance(v, Span):
                    v, span = v.value, v.rows
                kw = {"numberrowsspanned": span, "numbercolumnsspanned": 1} if span else {}
                if isinstance(v, (int, float)):
                    c = TableCell(valuetype="float", value=v, **kw)
                    c.addElement(P(text=f"{v:g}"))
                elif v is None:
                    c = TableCell(**kw)
                else:
                    c = TableCell(valuetype="string", **kw)
                    c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    doc.save(str(path))


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """支援医院 merged down over its three recipients (and 协议签订日期 with it); the period in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：岚屿省城乡医院对口支援关系表（2024—2026年）  {SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "支援医院", "受援医院", "级别", "等次", "类别", "所在县（市、区）", "协议签订日期"])
    pairs = [(P1, SY, "2023年12月18日"), (P1, QW, "2023年12月18日"), (P1, BL, "2023年12月18日"),
             (PTCM, SYTCM, "2023年12月22日"), (FC1, QWMCH, "2024年1月5日")]
    first = {}
    for i, (s, r, agt) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        new = s not in first
        ws.append([i, s if new else None, r, level, grade or "", cat, county, agt if new else None])
        first.setdefault(s, ws.max_row)
        y, m, dd = (int(x) for x in agt.replace("年", "-").replace("月", "-").rstrip("日").split("-"))
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": d(y, m, dd),
                                  "start_date_source": "title_period"})
    ws.merge_cells(start_row=first[P1], end_row=first[P1] + 2, start_column=2, end_column=2)
    ws.merge_cells(start_row=first[P1], end_row=first[P1] + 2, start_column=8, end_column=8)
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    centre(ws)
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, FC1):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 省直
def f_p1_roster_xlsx(path: Path):
    """省人民医院 (xlsx): 批次 merged over all seven, 受援医院 merged over its people (five for 石樾, two for 青苇),
    开始日期 / 结束日期 (date cells) merged over the team of five, 备注 "全脱产派驻" merged over the five; one ID
    with a wrong check digit."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚屿省人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["批次", "序号", "受援医院", "姓名", "身份证号", "科室", "职称", "开始日期", "结束日期", "备注"])
    wrong = ID["mo"][:17] + ("0" if ID["mo"][17] != "0" else "1")
    people = [("lan", "蓝知秋", None, "心血管内科", "主任医师", SY, dep("心血管内科", "主任医师", "正高级", "医疗",
                                                                 d(2024, 3, 1), d(2024, 8, 31)), ID["lan"]),
              ("qiu", "裘远帆", None, "普外科", "副主任医师", SY, dep("普外科", "副主任医师", "副高级", "医疗",
                                                              d(2024, 3, 1), d(2024, 8, 31)), ID["qiu"]),
              ("mo", "莫星河", wrong, "麻醉科", "主治医师", SY, dep("麻醉科", "主治医师", "中级", "医疗",
                                                            d(2024, 3, 1), d(2024, 8, 31)), wrong),
              ("tang", "唐若溪", None, "护理部", "主管护师", SY, dep("护理部", "主管护师", "中级", "护理",
                                                             d(2024, 3, 1), d(2024, 8, 31)), ID["tang"]),
              ("yan", "晏清和", None, "医学影像科", "住院医师", SY, dep("医学影像科", "住院医师", "初级", "医疗",
                                                                d(2024, 3, 1), d(2024, 8, 31)), ID["yan"]),
              ("gu", "顾临川", None, "神经内科", "副主任医师", QW, dep("神经内科", "副主任医师", "副高级", "医疗",
                                                                d(2024, 4, 8), d(2024, 10, 7)), ID["gu"]),
              ("fang", "方采薇", None, "儿科", "主治医师", QW, dep("儿科", "主治医师", "中级", "医疗",
                                                           d(2024, 5, 6), d(2024, 11, 5)), ID["fang"])]
    top = ws.max_row + 1
    for i, (key, name, sp, dept, title, rec, f, tid) in enumerate(people, 1):
        r = ws.max_row + 1
        team = rec == SY
        start = dt.date.fromisoformat(f["start_date"]) if (not team or i == 1) else None
        end = dt.date.fromisoformat(f["end_date"]) if (not team or i == 1) else None
        ws.append(["第一批" if i == 1 else None, i, rec if i in (1, 6) else None, name, use_id(key, sp), dept, title,
                   start, end, "全脱产派驻" if i == 1 else None])
        ws.cell(r, 5).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
    ws.merge_cells(start_row=top, end_row=top + 6, start_column=1, end_column=1)        # 批次
    ws.merge_cells(start_row=top, end_row=top + 4, start_column=3, end_column=3)        # 受援医院 石樾
    ws.merge_cells(start_row=top + 5, end_row=top + 6, start_column=3, end_column=3)    # 受援医院 青苇
    for c in (8, 9, 10):                                                                # 开始/结束/备注 over the team
        ws.merge_cells(start_row=top, end_row=top + 4, start_column=c, end_column=c)
    ws.append([])
    ws.append(["制表：医务部", None, None, None, "审核：", None, None, "2025年1月8日"])
    centre(ws)
    wb.save(path)


def f_ptcm_roster_xls(path: Path):
    """省中医院 (xls, xlwt write_merge): 受援医院 merged over all three, 派驻时间 "2024年3月4日—2024年9月3日"
    merged over the team of three; one 15-digit ID number."""
    fn, sh = path.name, "派驻名单"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 6, f"岚屿省中医院2024年派驻人员名单（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻时间"]):
        ws.write(1, j, h)
    n = ID["chai"]
    fifteen = n[:6] + n[8:17]
    people = [("ning", "宁致远", None, "针灸科", "主任医师", dep("针灸科", "主任医师", "正高级", "医疗",
                                                          d(2024, 3, 4), d(2024, 9, 3)), ID["ning"]),
              ("shu", "舒望舒", None, "脾胃病科", "主治医师", dep("脾胃病科", "主治医师", "中级", "医疗",
                                                            d(2024, 3, 4), d(2024, 9, 3)), ID["shu"]),
              ("chai", "柴映雪", fifteen, "护理部", "护师", dep("护理部", "护师", "初级", "护理",
                                                          d(2024, 3, 4), d(2024, 9, 3)), ID["chai"])]
    for i, (key, name, sp, dept, title, f, tid) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), dept, title]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, f, {"support_hospital_id": PTCM, "recipient_hospital_id": SYTCM},
            ["start_date", "department"], id_number=tid)
        if sp == fifteen:
            finding(fn, r + 1, "ID_15_DIGIT")
    ws.write_merge(2, 4, 5, 5, SYTCM)
    ws.write_merge(2, 4, 6, 6, "2024年3月4日—2024年9月3日")
    ws.write(6, 0, "填表人：人事科")
    wb.save(str(path))


def f_county_xlsx(path: Path):
    """省卫健委 (xlsx): 年份 merged over the three counties of each year."""
    fn, sh = path.name, "县域住院"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"各县县域住院流向统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["年份", "县（市、区）", "行政区划代码", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    data = {2023: [("石樾县", "999511", 41230, 7312), ("青苇县", "999512", 30114, 5589), ("白鹭县", "999513", 22871, 4930)],
            2024: [("石樾县", "999511", 42007, 6840), ("青苇县", "999512", 30876, 5120), ("白鹭县", "999513", 23305, 4615)]}
    for y, rows in data.items():
        top = ws.max_row + 1
        for i, (county, code, tot, out) in enumerate(rows):
            ws.append([f"{y}年" if i == 0 else None, county, code, tot, out])
            row("county_inpatient_stats", fn, sh, ws.max_row, dict(county_code=code, year=y, resident_admissions=tot,
                                                                   resident_admissions_outside_county=out),
                {}, ["county_code", "year"])
        ws.merge_cells(start_row=top, end_row=top + 2, start_column=1, end_column=1)
    ws.append(["注：数据虚构，仅供测试。"])
    centre(ws)
    wb.save(path)


def f_p1_activities_xlsx(path: Path):
    """省人民医院 (xlsx) activities in its three recipients: 受援医院 merged over each hospital's rows; 活动日期
    (a date cell) merged over the three sessions held in 石樾 on 2024-04-16; a joint 远程 lecture on 2024-05-21 for
    all three recipients, one row each, with 参加人数 60 merged over the three rows (one count for the joint
    event: no recipient's own headcount, so empty with SHARED_COUNT); 备注 merged over two rows."""
    fn, sh = path.name, "帮扶活动"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"岚屿省人民医院2024年对口支援带教培训活动登记（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "活动日期", "受援医院", "活动形式", "主题", "参加人数", "备注"])
    acts = [  # date, recipient, type, topic, participants as written (None: covered by a merge), truth value
        (dt.date(2024, 4, 16), SY, "学术讲座", "急性胸痛的鉴别诊断", 45, 45),
        (None, SY, "教学查房", "心衰患者查房", 18, 18),
        (None, SY, "手术示教", "腹腔镜胆囊切除术", 9, 9),
        (dt.date(2024, 5, 21), SY, "学术讲座", "基层抗菌药物合理使用（远程联合讲座）", 60, None),
        (dt.date(2024, 5, 21), QW, "学术讲座", "基层抗菌药物合理使用（远程联合讲座）", None, None),
        (dt.date(2024, 5, 21), BL, "学术讲座", "基层抗菌药物合理使用（远程联合讲座）", None, None),
        (dt.date(2024, 6, 12), QW, "疑难病例讨论", "不明原因发热病例讨论", 22, 22),
        (dt.date(2024, 7, 3), BL, "技术培训", "心肺复苏技能培训", 36, 36),
    ]
    top = ws.max_row + 1
    prev_rec = None
    for i, (day, rec, typ, topic, n, nv) in enumerate(acts, 1):
        r = ws.max_row + 1
        first_of_hosp = rec != prev_rec
        ws.append([i, day, rec if first_of_hosp else None, typ, topic, n,
                   "线上线下同步" if i == 4 else None])
        prev_rec = rec
        ws.cell(r, 2).number_format = "yyyy年m月d日"
        true_day = (day or dt.date(2024, 4, 16)).isoformat()
        row("activities", fn, sh, r, dict(activity_date=true_day, activity_type=typ, participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": P1}, ["activity_date", "activity_type"])
        if 4 <= i <= 6:
            finding(fn, r, "SHARED_COUNT")
    ws.merge_cells(start_row=top, end_row=top + 2, start_column=2, end_column=2)        # the day of three sessions
    ws.merge_cells(start_row=top, end_row=top + 3, start_column=3, end_column=3)        # 石樾 (four rows)
    ws.merge_cells(start_row=top + 3, end_row=top + 5, start_column=6, end_column=6)    # 60 for the joint lecture
    ws.merge_cells(start_row=top + 3, end_row=top + 4, start_column=7, end_column=7)    # 备注 over two rows
    ws.append(["填报人：科教处"])
    centre(ws)
    wb.save(path)


# ------------------------------------------------------------------------------------------- 枫川市
def f_qwmch_roster_csv(path: Path):
    """枫川市一院 → 青苇县妇幼保健院, CSV in GBK, unmerged: 批次, 受援医院 and 派驻时间 written only in the first
    row of the team (the rest blank, to be read as repeating); one person's 身份证号 blank (not filled from the row
    above: NAME_ONLY)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"枫川市第一人民医院派驻人员花名册（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["批次", "序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻时间"])
    people = [("lian", "连书白", "妇产科", "副主任医师", "副高级", "医疗"),
              ("rong", "容若兰", "儿科", "主治医师", "中级", "医疗"),
              ("xia", "夏知微", "护理部", "主管护师", "中级", "护理"),
              (None, "祁晓岚", "妇产科", "住院医师", "初级", "医疗")]
    r = 2
    for i, (key, name, dept, title, rank, cat) in enumerate(people, 1):
        first = i == 1
        w.writerow(["第二批" if first else "", i, name, use_id(key) if key else "", dept, title,
                    QWMCH if first else "", "2024-6-3~2024-12-2" if first else ""])
        r += 1
        row("deployments", fn, None, r, dep(dept, title, rank, cat, d(2024, 6, 3), d(2024, 12, 2)),
            {"support_hospital_id": FC1, "recipient_hospital_id": QWMCH}, ["department", "title"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
        if not first:  # lead's correction after the first run: a period carried down is doubtful, so a finding
            finding(fn, r, "PERIOD_WRITTEN_ONCE")
    w.writerow(["合计：4人", "", "", "", "", "", "", ""])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qwmch_activities_ods(path: Path):
    """青苇县妇幼保健院 (ods): 支援单位 merged over every row, 活动日期 (text) merged over the two sessions of
    2024-07-09, 备注 merged over two rows."""
    fn, sh = path.name, "活动记录"
    rows = [[f"青苇县妇幼保健院2024年接受帮扶活动记录（{SYN}）"],
            ["序号", "活动日期", "支援单位", "活动类型", "内容", "参加人数", "备注"]]
    acts = [(1, Span("2024-07-09", 2), Span(FC1, 4), "教学查房", "产科病房查房", 16, Span("专家团队", 2),
             d(2024, 7, 9), 16),
            (2, COVERED, COVERED, "手术示教", "子宫下段剖宫产术", 8, COVERED, d(2024, 7, 9), 8),
            (3, "2024-08-14", COVERED, "学术讲座", "新生儿黄疸的管理", 52, None, d(2024, 8, 14), 52),
            (4, "2024-09-25", COVERED, "义诊", "妇女两癌筛查义诊", 130, None, d(2024, 9, 25), 130)]
    types = {1: "教学查房", 2: "手术示教", 3: "学术讲座", 4: "义诊"}
    for a in acts:
        rows.append(list(a[:7]))
        row("activities", fn, sh, len(rows), dict(activity_date=a[7], activity_type=types[a[0]], participants=a[8]),
            {"recipient_hospital_id": QWMCH, "support_hospital_id": FC1}, ["activity_date", "activity_type"])
    rows.append(["记录人：医务科"])
    ods_doc(path, {sh: rows})


def f_qw_techniques_xlsx(path: Path):
    """青苇县人民医院 (xlsx): 科室 merged over its techniques, 帮扶单位 merged over every row, 是否填补县域空白 "是"
    merged over the two cardiology rows."""
    fn, sh = path.name, "新技术新项目"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青苇县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "科室", "项目名称", "开展时间", "开展例数", "是否填补县域空白", "帮扶单位"])
    items = [("神经内科", "静脉溶栓治疗急性脑梗死", dt.date(2024, 5, 10), 14, "是", True),
             ("神经内科", "经颅多普勒超声检查", dt.date(2024, 6, 3), 87, "是", True),
             ("儿科", "儿童哮喘规范化管理门诊", dt.date(2024, 7, 15), 40, "否", False)]
    top = ws.max_row + 1
    for i, (dept, name, day, n, gap, gapv) in enumerate(items, 1):
        r = ws.max_row + 1
        ws.append([i, dept if i in (1, 3) else None, name, day, n, gap if i != 2 else None, P1 if i == 1 else None])
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(), cases=n,
                                          fills_county_gap=gapv),
            {"recipient_hospital_id": QW, "support_hospital_id": P1}, ["name"])
    ws.merge_cells(start_row=top, end_row=top + 1, start_column=2, end_column=2)
    ws.merge_cells(start_row=top, end_row=top + 1, start_column=6, end_column=6)
    ws.merge_cells(start_row=top, end_row=top + 2, start_column=7, end_column=7)
    centre(ws)
    wb.save(path)


def f_sytcm_techniques_ods(path: Path):
    """石樾县中医医院 (ods): 科室 merged over two techniques, 技术来源 merged over all three."""
    fn, sh = path.name, "Sheet1"
    rows = [[f"石樾县中医医院2024年新技术新业务（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "技术来源"],
            [1, "浮针治疗颈肩痛", Span("针灸科", 2), "2024-04-02", 65, "否", Span(PTCM, 3)],
            [2, "穴位埋线治疗单纯性肥胖", COVERED, "2024-05-20", 31, "是", COVERED],
            [3, "中药熏洗治疗糖尿病足", "脾胃病科", "2024-08-06", 12, "是", COVERED],
            ["填报人：医务科"]]
    for r, (name, dept, day, n, gap) in enumerate([("浮针治疗颈肩痛", "针灸科", d(2024, 4, 2), 65, False),
                                                   ("穴位埋线治疗单纯性肥胖", "针灸科", d(2024, 5, 20), 31, True),
                                                   ("中药熏洗治疗糖尿病足", "脾胃病科", d(2024, 8, 6), 12, True)], 3):
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day, cases=n,
                                          fills_county_gap=gap),
            {"recipient_hospital_id": SYTCM, "support_hospital_id": PTCM}, ["name"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 县区
def f_sy_trainees_xlsx(path: Path):
    """石樾县人民医院 (xlsx) trainees at the provincial hospital: 进修医院 merged over all three, 进修时间
    merged over the batch of two, 是否结业 "是" merged over the two."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石樾县人民医院2024年赴支援医院进修人员（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "进修医院", "进修时间", "进修费用（元）", "是否结业"])
    people = [("hua", "华予安", "内科", "2024-3-1~2024-8-31", 3000, "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("jing", "景澄", "急诊科", None, 3000, None, d(2024, 3, 1), d(2024, 8, 31), True),
              ("ke", "柯以宁", "检验科", "2024-9-2~2024-12-31", 1500, "否", d(2024, 9, 2), d(2024, 12, 31), False)]
    top = ws.max_row + 1
    for i, (key, name, dept, period, fee, done, sd, ed, donev) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, P1 if i == 1 else None, period, fee, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("trainees", fn, sh, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                        completed=donev),
            {"recipient_hospital_id": SY, "host_hospital_id": P1}, ["department"], id_number=ID[key])
    ws.merge_cells(start_row=top, end_row=top + 2, start_column=5, end_column=5)
    ws.merge_cells(start_row=top, end_row=top + 1, start_column=6, end_column=6)
    ws.merge_cells(start_row=top, end_row=top + 1, start_column=8, end_column=8)
    centre(ws)
    wb.save(path)


def f_bl_trainees_csv(path: Path):
    """白鹭县人民医院, CSV UTF-8 with BOM, unmerged: 进修医院 and 进修时间 only in the first row of the batch; one
    trainee whose 身份证号 is blank (not filled from above: NAME_ONLY)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"白鹭县人民医院2024年外出进修人员登记（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "进修科室", "进修医院", "进修时间", "是否结业"])
    people = [("mu", "穆清扬", "骨科", "是"), ("ye", "叶南星", "儿科", "是"), (None, "卓一帆", "麻醉科", "是")]
    r = 2
    for i, (key, name, dept, done) in enumerate(people, 1):
        first = i == 1
        w.writerow([i, name, use_id(key) if key else "", dept, P1 if first else "",
                    "2024年4月1日至2024年9月30日" if first else "", done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=d(2024, 4, 1), end_date=d(2024, 9, 30),
                                          completed=True),
            {"recipient_hospital_id": BL, "host_hospital_id": P1}, ["department"], id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
        if not first:  # lead's correction after the first run (as above)
            finding(fn, r, "PERIOD_WRITTEN_ONCE")
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_bl_monthly_xls(path: Path):
    """白鹭县人民医院 (xls): 年份 "2024年" merged over the six months (write_merge), 月份 "1月" … "6月"."""
    fn, sh = path.name, "业务量"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write_merge(0, 0, 0, 5, f"白鹭县人民医院主要业务量统计（{SYN}）")
    for j, h in enumerate(["年份", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for m in range(1, 7):
        v = [9100 + 133 * m, 640 + 11 * m, 150 + 4 * m, 30 - m]
        for j, x in enumerate([f"{m}月", *v], 1):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", fn, sh, 2 + m, dict(year=2024, month=m, outpatient_visits=v[0],
                                                          discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": BL}, ["month"])
    ws.write_merge(2, 7, 0, 0, "2024年")
    wb.save(str(path))


def f_sy_monthly_csv(path: Path):
    """石樾县人民医院, CSV in GBK, unmerged: 医院名称 and 年份 only in the first row, months 7–12."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"受援医院月度业务统计（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["医院名称", "年份", "月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    r = 2
    for m in range(7, 13):
        v = [16400 + 170 * m, 1210 + 13 * m, 280 + 3 * m, 44 - m]
        first = m == 7
        w.writerow([SY if first else "", "2024" if first else "", m, *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r, dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1],
                                                        surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": SY}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_sy_assessments_xlsx(path: Path):
    """石樾县人民医院 (xlsx): 考核月份 "2024年5月" / "2024年6月" merged over the three people of the month, 派出单位
    merged over all six rows; scores and spot checks per row."""
    fn, sh = path.name, "月度考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"石樾县人民医院派驻人员月度考核表（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["考核月份", "姓名", "身份证号", "派出单位", "考核分数", "抽查(次)", "在岗(次)"])
    people = [("lan", "蓝知秋"), ("qiu", "裘远帆"), ("tang", "唐若溪")]
    top = ws.max_row + 1
    for m, scores in ((5, [95, 92.5, 90]), (6, [96, 93, 88.5])):
        mtop = ws.max_row + 1
        for i, ((key, name), sc) in enumerate(zip(people, scores)):
            present = 3 if (key, m) == ("tang", 6) else 4
            ws.append([f"2024年{m}月" if i == 0 else None, name, use_id(key), P1 if ws.max_row + 1 == top else None,
                       sc, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": SY}, ["month"], id_number=ID[key])
        ws.merge_cells(start_row=mtop, end_row=mtop + 2, start_column=1, end_column=1)
    ws.merge_cells(start_row=top, end_row=top + 5, start_column=4, end_column=4)
    ws.append(["考核人：院办"])
    centre(ws)
    wb.save(path)


def f_qw_assessments_ods(path: Path):
    """青苇县人民医院 (ods), unmerged: 考核月份 and 派出单位 only in the first row of each month; in July one
    person's 考核分数 is blank with 备注 "病假未考核" (never filled from the row above: the row is held)."""
    fn, sh = path.name, "考核"
    rows = [[f"青苇县人民医院派驻人员月度考核（{SYN}）"],
            ["考核月份", "姓名", "身份证号", "派出单位", "考核分数", "备注"]]
    people = [("gu", "顾临川"), ("fang", "方采薇")]
    for m, scores in ((6, [94, 91]), (7, [95, None])):
        for i, ((key, name), sc) in enumerate(zip(people, scores)):
            rows.append([f"2024年{m}月" if i == 0 else None, name, use_id(key), P1 if i == 0 else None, sc,
                         "病假未考核" if sc is None else None])
            if sc is None:
                truth["quarantines"].append({"file": fn, "sheet": sh, "row": len(rows), "category": "missing_required",
                                             "why": "考核分数 blank (病假未考核): no score to curate"})
            else:
                row("staff_monthly_assessments", fn, sh, len(rows), dict(year=2024, month=m, score=float(sc)),
                    {"recipient_hospital_id": QW}, ["month"], id_number=ID[key])
    rows.append(["考核人：医务科"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "枫川市", "县区"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_岚屿省对口支援关系表（2024—2026年）.xlsx")
    files = [(f_p1_roster_xlsx, "省直", "SYNTHETIC_省人民医院派驻人员名单2024.xlsx"),
             (f_ptcm_roster_xls, "省直", "SYNTHETIC_省中医院派驻名单2024.xls"),
             (f_county_xlsx, "省直", "SYNTHETIC_县域住院流向2023-2024.xlsx"),
             (f_p1_activities_xlsx, "省直", "SYNTHETIC_省人民医院帮扶活动登记2024.xlsx"),
             (f_qwmch_roster_csv, "枫川市", "SYNTHETIC_市一院派驻青苇妇幼花名册.csv"),
             (f_qwmch_activities_ods, "枫川市", "SYNTHETIC_青苇县妇幼保健院帮扶活动2024.ods"),
             (f_qw_techniques_xlsx, "县区", "SYNTHETIC_青苇县人民医院新技术2024.xlsx"),
             (f_sytcm_techniques_ods, "县区", "SYNTHETIC_石樾县中医医院新技术新业务2024.ods"),
             (f_sy_trainees_xlsx, "县区", "SYNTHETIC_石樾县人民医院进修人员2024.xlsx"),
             (f_bl_trainees_csv, "县区", "SYNTHETIC_白鹭县人民医院进修登记2024.csv"),
             (f_bl_monthly_xls, "县区", "SYNTHETIC_白鹭县人民医院业务量1-6月.xls"),
             (f_sy_monthly_csv, "县区", "SYNTHETIC_石樾县人民医院业务量7-12月.csv"),
             (f_sy_assessments_xlsx, "县区", "SYNTHETIC_石樾县人民医院派驻人员考核5-6月.xlsx"),
             (f_qw_assessments_ods, "县区", "SYNTHETIC_青苇县人民医院派驻人员考核6-7月.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
