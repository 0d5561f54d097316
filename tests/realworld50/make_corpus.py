"""realworld50 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岭省) for 2024 whose pairing
list arrives in awkward but real shapes: a 附件1 pasted from Word (two recipients in one cell on two lines,
支援期限 "2024.1-2026.12", a 备注 "2024年7月起由省二院接替"), a mid-year 调整 list ending one pairing and starting
another on a date, a list with levels and categories merged vertically (.xls) and a list whose first column is
地区 with the county merged over its recipients. Then the year's submissions, several of which do not name the
support hospital (it must come from the pairing in force on the row's date). Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,2024}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes 99xxxx with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones). Written without
reading the tool's parser.
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


# support hospitals
S1, S2, STCM, CC, C1, WT = ("澄岭省第一人民医院", "澄岭省第二人民医院", "澄岭省中医院", "澄岭市中心医院",
                            "澄岭市第一人民医院", "苇塘市人民医院")
# recipients: level, grade, category, county
QH, QHTCM, SX, SXTCM = "青禾县人民医院", "青禾县中医医院", "石溪县人民医院", "石溪县中医医院"
LC, MW, LCTCM, MWTCM = "柳川县人民医院", "墨湾县人民医院", "柳川县中医医院", "墨湾县中医医院"
LQ, LQMCH, LQTCM, DL = "岚桥县人民医院", "岚桥县妇幼保健院", "岚桥县中医医院", "东岭县人民医院"
GEN, TCM = ("二级", "甲等", "综合医院"), ("二级", "乙等", "中医医院")
RECIP = {QH: (*GEN, "青禾县"), QHTCM: (*TCM, "青禾县"), SX: (*GEN, "石溪县"), SXTCM: (*TCM, "石溪县"),
         LC: (*GEN, "柳川县"), MW: (*GEN, "墨湾县"), LCTCM: (*TCM, "柳川县"), MWTCM: (*TCM, "墨湾县"),
         LQ: (*GEN, "岚桥县"), LQMCH: ("二级", None, "妇幼保健院", "岚桥县"), LQTCM: (*TCM, "岚桥县"),
         DL: (*GEN, "东岭县")}

ID = {k: idn(*v) for k, v in {
    "an": ("990101", "19750312", "013"), "bo": ("990101", "19830705", "024"), "chu": ("990102", "19870919", "035"),
    "dai": ("990102", "19800101", "046"), "e": ("990103", "19900228", "057"),
    "fu": ("990201", "19781111", "068"), "gu": ("990201", "19851203", "079"),
    "hua": ("990301", "19820817", "081"), "ji": ("990301", "19890404", "092"), "kan": ("990302", "19911020", "103"),
    "lan": ("990111", "19930615", "114"), "mu": ("990111", "19950930", "125"),
    "ning": ("990202", "19840521", "136"), "ou": ("990202", "19870726", "147"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def pairing(s, r, start, end, agreement=None, source=None):
    p = {"support": s, "recipient": r, "start_date": start, "end_date": end}
    if agreement:
        p["agreement_date"] = agreement
    if source:
        p["start_date_source"] = source
    truth["pairings"].append(p)


TITLE = {"主任医师": ("正高级", "医疗"), "副主任医师": ("副高级", "医疗"), "主治医师": ("中级", "医疗"),
         "住院医师": ("初级", "医疗"), "主管护师": ("中级", "护理"), "副主任中医师": ("副高级", "医疗"),
         "主治中医师": ("中级", "医疗")}


def dep(dept, title, start, end):
    rank, cat = TITLE[title]
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def ods_doc(path, sheets, spans=()):
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


def hospitals_truth():
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, STCM, CC, C1, WT):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- reference
def ref_word_paste(path: Path):
    """附件1 pasted from a Word document: wrapped cells; one row whose 受援医院 cell lists two recipients on two
    lines (等级 and 类别 on two lines likewise); 支援期限 "2024.1-2026.12"; a 备注 saying the pairing passes to
    省二院 from July 2024."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append([f"附件1\n澄岭省城乡医院对口支援关系表（2024—2026年）\n（{SYN}）"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "等级", "类别", "所在县", "协议签订日期", "支援期限", "备注"])
    ws.append([1, S1, f"{QH}\n{QHTCM}", "二级甲等\n二级乙等", "综合医院\n中医医院", "青禾县", "2023.12.15",
               "2024.1-2026.12", None])
    ws.append([2, S2, SX, "二级甲等", "综合医院", "石溪县", "2023.12.15", "2024.1-2026.12", None])
    ws.append([3, S1, SXTCM, "二级乙等", "中医医院", "石溪县", "2023.12.15", "2024.1-2026.12",
               "2024年7月起由省二院接替"])
    ws.append([f"注：本表为{SYN}，医院名称均为虚构。"])
    for r in ws.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)
    for r in (QH, QHTCM):
        pairing(S1, r, d(2024, 1, 1), d(2026, 12, 31), d(2023, 12, 15), "support_period")
    pairing(S2, SX, d(2024, 1, 1), d(2026, 12, 31), d(2023, 12, 15), "support_period")
    # the note: 省一院 until 2024-06-30, 省二院 (the list's 澄岭省第二人民医院) from 2024-07-01 to the list's end
    pairing(S1, SXTCM, d(2024, 1, 1), d(2024, 6, 30), d(2023, 12, 15), "support_period")
    pairing(S2, SXTCM, d(2024, 7, 1), d(2026, 12, 31))
    # lead's correction (README "AFTER THE FIXES"): a handover read from a remark is a judgement, curated with a finding
    finding(path.name, 5, "HANDOVER_FROM_REMARK")


def ref_merged_levels_xls(path: Path):
    """澄岭市's list (.xls): 医院等级 and 医院类别 merged vertically over recipients of one kind; no 支援期限
    (→ the title's 2024—2026年)."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("附件1")
    ws.write_merge(0, 0, 0, 6, f"附件1  澄岭市城乡医院对口支援关系一览表（2024—2026年）{SYN}")
    for j, h in enumerate(["序号", "受援医院", "医院等级", "医院类别", "所在县", "支援医院", "协议签订日期"]):
        ws.write(1, j, h)
    rows = [(LC, "柳川县", C1), (MW, "墨湾县", CC), (LCTCM, "柳川县", STCM), (MWTCM, "墨湾县", STCM)]
    for i, (r, county, s) in enumerate(rows):
        for j, v in ((0, i + 1), (1, r), (4, county), (5, s), (6, "2023年12月28日")):
            ws.write(2 + i, j, v)
    ws.write_merge(2, 3, 2, 2, "二级甲等")
    ws.write_merge(2, 3, 3, 3, "综合医院")
    ws.write_merge(4, 5, 2, 2, "二级乙等")
    ws.write_merge(4, 5, 3, 3, "中医医院")
    ws.write(6, 0, "注：柳川县人民医院的对口支援关系2024年9月起调整，见调整表。")
    wb.save(str(path))
    pairing(C1, LC, d(2024, 1, 1), d(2024, 8, 31), d(2023, 12, 28), "title_period")   # ended by the 调整 list
    for r, s in ((MW, CC), (LCTCM, STCM), (MWTCM, STCM)):
        pairing(s, r, d(2024, 1, 1), d(2026, 12, 31), d(2023, 12, 28), "title_period")


def ref_adjustment(path: Path):
    """The mid-year 调整 list: one pairing ends on 2024-08-31, another starts on 2024-09-01."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "调整"
    ws.append([f"澄岭省城乡医院对口支援关系调整表（2024年8月）{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "调整类型", "支援医院", "受援医院", "所在县", "起始日期", "终止日期", "协议签订日期", "说明"])
    ws.append([1, "终止", C1, LC, "柳川县", None, dt.date(2024, 8, 31), None, "因支援医院承担援外任务，提前终止"])
    ws.append([2, "新增", CC, LC, "柳川县", dt.date(2024, 9, 1), dt.date(2026, 12, 31), dt.date(2024, 8, 20),
               "接替澄岭市第一人民医院"])
    for r in (3, 4):
        for c in (6, 7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
    wb.save(path)
    pairing(CC, LC, d(2024, 9, 1), d(2026, 12, 31), d(2024, 8, 20), "column")


def ref_region_first(path: Path):
    """苇塘市's list: the first column is 地区, the county merged over its recipients."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "对口支援关系"
    ws.append([f"苇塘市城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:F1")
    ws.append(["地区", "受援医院", "级别", "类别", "支援医院", "签订日期"])
    for county, r, lvl, cat, s in (("岚桥县", LQ, "二级甲等", "综合医院", WT), (None, LQMCH, "二级", "妇幼保健院", WT),
                                    (None, LQTCM, "二级乙等", "中医医院", STCM), ("东岭县", DL, "二级甲等", "综合医院", WT)):
        ws.append([county, r, lvl, cat, s, "2024-1-10"])
        pairing(s, r, d(2024, 1, 1), d(2026, 12, 31), d(2024, 1, 10), "title_period")
    ws.merge_cells("A3:A5")
    ws.cell(3, 1).alignment = Alignment(vertical="center")
    wb.save(path)


# ------------------------------------------------------------------------------------------- submissions
def s1_roster(path: Path):
    """省一院's roster: recipients named per row (both recipients of the two-line cell, and 石溪县中医医院 before
    the handover); an ID with a wrong check digit, a 15-digit ID, a person without an ID number, a row with
    neither name nor ID (unusable)."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄岭省第一人民医院2024年对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻开始", "派驻结束"])
    wrong = ID["bo"][:17] + ("0" if ID["bo"][17] != "0" else "1")
    c = ID["chu"]
    fifteen = c[:6] + c[8:17]
    people = [("an", "安若谷", None, "心血管内科", "主任医师", QH, (2024, 3, 1), (2024, 8, 31), ID["an"]),
              ("bo", "柏清和", wrong, "呼吸内科", "主治医师", QHTCM, (2024, 3, 1), (2024, 8, 31), wrong),
              ("chu", "楚望舒", fifteen, "普外科", "副主任医师", SXTCM, (2024, 1, 8), (2024, 6, 30), ID["chu"]),
              (None, "戴晓岚", None, "护理部", "主管护师", QH, (2024, 4, 1), (2024, 9, 30), None),
              ("e", "鄂云起", None, "麻醉科", "主治医师", QHTCM, (2024, 9, 2), (2025, 2, 28), ID["e"])]
    for i, (key, name, sp, dept, title, rec, s, e, tid) in enumerate(people, 1):
        ws.append([i, name, (use_id(key, sp) if key else None), dept, title, rec, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for cc in (7, 8):
            ws.cell(r, cc).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, d(*s), d(*e)), {"support_hospital_id": S1,
                                                                        "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=tid)
        if sp == wrong:
            finding(fn, r, "ID_CHECK_DIGIT")
        if sp == fifteen:
            finding(fn, r, "ID_15_DIGIT")
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append([6, None, None, "骨科", "主治医师", QH, dt.date(2024, 3, 1), dt.date(2024, 8, 31)])
    truth["quarantines"].append({"file": fn, "sheet": sh, "row": ws.max_row, "category": "missing_required",
                                 "why": "neither name nor ID number"})
    ws.append(["填表人：医务部", None, None, None, None, "2025年1月8日"])
    wb.save(path)


def s2_recipient_roster_xls(path: Path):
    """石溪县中医医院 (the recipient) lists the staff it received, without 派出单位: the support hospital is the
    pairing in force at the start (省一院 until June, 省二院 from July)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"石溪县中医医院2024年接收派驻人员在岗情况（受援单位填报）{SYN}")
    for j, h in enumerate(["序号", "姓名", "身份证号码", "科室", "职称", "到岗日期", "离岗日期"]):
        ws.write(1, j, h)
    people = [("dai", "代明轩", "针灸科", "副主任中医师", (2024, 2, 19), (2024, 6, 28), S1),
              ("fu", "符若水", "脾胃病科", "主治中医师", (2024, 7, 8), (2024, 12, 31), S2),
              ("gu", "顾行远", "骨伤科", "主治中医师", (2024, 9, 2), (2025, 3, 1), S2)]
    for i, (key, name, dept, title, s, e, sup) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, dt.date(*s).isoformat(), dt.date(*e).isoformat()]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, d(*s), d(*e)),
            {"support_hospital_id": sup, "recipient_hospital_id": SXTCM}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "填表人：医务科")
    wb.save(str(path))


def s3_techniques_ods(path: Path):
    """石溪县中医医院's techniques, no support column: the pairing in force on the date."""
    fn, sh = path.name, "新技术"
    rows = [[f"石溪县中医医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "开展日期", "例数", "是否填补县域空白"]]
    items = [("小针刀松解术", "骨伤科", "2024-04-16", "12", "是", d(2024, 4, 16), 12, True, S1),
             ("胃镜下息肉切除术", "脾胃病科", "2024-10-09", "约20例", "否", d(2024, 10, 9), None, False, S2),
             ("中药熏蒸治疗", "康复科", "2024-11-20", "35", "否", d(2024, 11, 20), 35, False, S2)]
    for i, (name, dept, when, cases, gap, day, casesv, gapv, sup) in enumerate(items, 1):
        rows.append([i, name, dept, when, cases, gap])
        # lead's correction (README "AFTER THE FIXES"): a technique's unstated support hospital is NULL
        # (tables.yaml techniques.support_hospital_id, as realworld12 and realworld30 have it); `sup` is unused
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv, support_hospital_id=None),
            {"recipient_hospital_id": SXTCM}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务科", None, None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def s4_lc_activities(path: Path):
    """柳川县人民医院's activity log, no support column: 市一院 until 2024-08-31, 市中心医院 from 2024-09-01."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳川县人民医院2024年接受对口帮扶活动登记表（{SYN}）"])
    ws.append(["日期", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 5, 10), "学术讲座", "急性胸痛的识别", 45, 45, C1),
            (dt.date(2024, 8, 30), "教学查房", "脓毒症查房", "约40人", None, C1),
            (dt.date(2024, 9, 14), "义诊", "重阳节义诊", 120, 120, CC),
            (dt.date(2024, 11, 5), "手术示教", "腹腔镜胆囊切除", 15, 15, CC)]
    for day, typ, topic, n, nv, sup in acts:
        ws.append([day, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": LC, "support_hospital_id": sup}, ["activity_date"])
        if nv is None:
            finding(fn, ws.max_row, "UNPARSEABLE_OPTIONAL")
    wb.save(path)


def s5_lc_monthly_csv(path: Path):
    """柳川县人民医院 monthly statistics, CSV in GBK, a comment line, the header in row 2."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"柳川县人民医院2024年1—12月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 13):
        v = [12400 + 150 * m, 980 + 11 * m, 210 + 4 * m, 52 - 2 * m]
        w.writerow([f"{m}月", *v])
        row("hospital_monthly_stats", fn, None, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LC}, ["month"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def s6_qhtcm_trainees_csv(path: Path):
    """青禾县中医医院's trainees sent 赴支援医院 (the title), no host column: the host is the support hospital of
    the pairing (省一院). CSV UTF-8 with BOM."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青禾县中医医院2024年赴支援医院进修人员名单（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修开始", "进修结束", "是否结业"])
    for i, (key, name, dept, s, e, done) in enumerate([("lan", "兰若溪", "心血管内科", (2024, 3, 4), (2024, 8, 30), True),
                                                       ("mu", "穆清远", "影像科", (2024, 9, 2), (2025, 2, 28), False)]):
        w.writerow([name, use_id(key), dept, d(*s), d(*e), "是" if done else "否"])
        row("trainees", fn, None, 3 + i, dict(department=dept, start_date=d(*s), end_date=d(*e), completed=done),
            {"recipient_hospital_id": QHTCM, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def s7_wt_roster_xls(path: Path):
    """苇塘市人民医院's roster (.xls) to the recipients of the 地区-first list."""
    fn, sh = path.name, "派驻"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"苇塘市人民医院2024年派驻人员花名册（{SYN}）")
    for j, h in enumerate(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻起始", "派驻截止"]):
        ws.write(1, j, h)
    people = [("hua", "华思齐", "儿科", "副主任医师", LQMCH, (2024, 3, 11), (2024, 9, 10)),
              ("ji", "纪南星", "内科", "主治医师", LQ, (2024, 4, 1), (2024, 9, 30)),
              ("kan", "阚书白", "急诊科", "主治医师", DL, (2024, 5, 6), (2024, 11, 5))]
    for i, (key, name, dept, title, rec, s, e) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, rec, d(*s), d(*e)]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, dep(dept, title, d(*s), d(*e)),
            {"support_hospital_id": WT, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    wb.save(str(path))


def s8_stcm_activities_ods(path: Path):
    """澄岭省中医院's activities (.ods), recipients named per row, the support hospital in the title only."""
    fn, sh = path.name, "帮扶活动"
    rows = [[f"澄岭省中医院2024年对口帮扶活动记录（{SYN}）"], ["序号", "受援医院", "日期", "活动类型", "参加人数"]]
    for i, (rec, day, typ, n) in enumerate([(LCTCM, (2024, 4, 18), "技术培训", 30), (MWTCM, (2024, 6, 6), "学术讲座", 55),
                                            (LQTCM, (2024, 10, 22), "疑难病例讨论", 18)], 1):
        rows.append([i, rec, d(*day), typ, n])
        row("activities", fn, sh, len(rows), dict(activity_date=d(*day), activity_type=typ, participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": STCM}, ["activity_date"])
    ods_doc(path, {sh: rows})


def s9_mw_assessments(path: Path):
    """墨湾县人民医院's monthly assessment of the staff 澄岭市中心医院 sent."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"墨湾县人民医院派驻人员月度考核（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "派出单位", "考核月份", "考核得分", "抽查次数", "在岗次数"])
    i = 0
    for m in (3, 4):
        for key, name, sc in (("ning", "宁致远", 95 - m), ("ou", "欧云舒", 90 + m / 2)):
            i += 1
            ws.append([i, name, use_id(key), CC, f"2024年{m}月", sc, 4, 4 if key == "ning" else 3])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=4 if key == "ning" else 3),
                {"recipient_hospital_id": MW}, ["month"], id_number=ID[key])
    wb.save(path)


def s10_county_csv(path: Path):
    """The province clerk's county inpatient flow, CSV in GBK."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"2024年各县县域住院流向（{SYN}）", "", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "其中：县域外住院人次"])
    for i, (county, code, a, b) in enumerate([("青禾县", "999101", 31250, 5120), ("石溪县", "999102", 27406, 4388),
                                               ("柳川县", "999201", 40112, 6020), ("墨湾县", "999202", 22980, 4105),
                                               ("岚桥县", "999301", 35570, 5530), ("东岭县", "999302", 18840, 3377)]):
        w.writerow([county, code, 2024, a, b])
        row("county_inpatient_stats", fn, None, 3 + i,
            dict(county_code=code, year=2024, resident_admissions=a, resident_admissions_outside_county=b),
            {}, ["county_code"])
    path.write_bytes(buf.getvalue().encode("gbk"))


def s11_lqmch_monthly_ods(path: Path):
    """岚桥县妇幼保健院's monthly statistics (.ods), months as "2024年N月", 下转接收."""
    fn, sh = path.name, "月报"
    rows = [[f"岚桥县妇幼保健院2024年业务量（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "下转接收人次"]]
    for m in range(1, 7):
        v = [5200 + 80 * m, 310 + 5 * m, 60 + m, 9 - m // 2, 2 + m % 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_down_received=v[4]), {"recipient_hospital_id": LQMCH}, ["month"])
    ods_doc(path, {sh: rows})


def main(out: Path):
    raw = out / "data" / "raw"
    ref, sub = raw / "reference", raw / "2024"
    ref.mkdir(parents=True, exist_ok=True)
    sub.mkdir(parents=True, exist_ok=True)
    hospitals_truth()
    ref_word_paste(ref / "SYNTHETIC_附件1_澄岭省对口支援关系表（从Word复制）.xlsx")
    ref_merged_levels_xls(ref / "SYNTHETIC_附件1_澄岭市对口支援关系一览表.xls")
    ref_adjustment(ref / "SYNTHETIC_对口支援关系调整表（2024年8月）.xlsx")
    ref_region_first(ref / "SYNTHETIC_苇塘市对口支援关系表.xlsx")
    files = [(s1_roster, "SYNTHETIC_省一院派驻人员名册2024.xlsx"),
             (s2_recipient_roster_xls, "SYNTHETIC_石溪县中医医院接收派驻人员.xls"),
             (s3_techniques_ods, "SYNTHETIC_石溪县中医医院新技术2024.ods"),
             (s4_lc_activities, "SYNTHETIC_柳川县人民医院帮扶活动登记.xlsx"),
             (s5_lc_monthly_csv, "SYNTHETIC_柳川县人民医院业务量2024.csv"),
             (s6_qhtcm_trainees_csv, "SYNTHETIC_青禾县中医医院进修人员.csv"),
             (s7_wt_roster_xls, "SYNTHETIC_苇塘市人民医院派驻花名册.xls"),
             (s8_stcm_activities_ods, "SYNTHETIC_省中医院帮扶活动记录.ods"),
             (s9_mw_assessments, "SYNTHETIC_墨湾县人民医院派驻人员考核.xlsx"),
             (s10_county_csv, "SYNTHETIC_县域住院流向2024.csv"),
             (s11_lqmch_monthly_ods, "SYNTHETIC_岚桥县妇幼保健院业务量.ods")]
    for fnc, name in files:
        fnc(sub / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
