"""realworld154 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅溪省) for 2024, its new
techniques (新技术新项目) as recipients and supporters really list them: one sheet per department, a technique in
stages (首例 / 常规开展 / 2024年累计例数), one introduced by the recipient's own staff after 进修 (no support
hospital), devices (新设备) and new clinics (新开设专科门诊) in the same list, 县内首例 / 市内首例 / 院内首例 in one
column, 开展情况 已开展 / 筹备中 / 暂停, English abbreviations (PCI, ERCP, EBUS-TBNA, CRRT), the same technique
written two ways by the two sides — mixed with ordinary provincial forms. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省直,澄州市}/…, OUT/truth.json

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


S1, S2 = "琅溪省人民医院", "澄州市中心医院"
QH, QHTCM, LD, LDMCH = "青禾县人民医院", "青禾县中医医院", "柳渡县人民医院", "柳渡县妇幼保健院"
RECIP = {QH: ("二级甲等", "二级", "甲等", "综合医院", "青禾县", S1, dt.date(2023, 12, 15)),
         QHTCM: ("二级甲等", "二级", "甲等", "中医医院", "青禾县", S2, dt.date(2023, 12, 22)),
         LD: ("二级乙等", "二级", "乙等", "综合医院", "柳渡县", S1, dt.date(2023, 12, 15)),
         LDMCH: ("二级", "二级", None, "妇幼保健院", "柳渡县", S2, dt.date(2024, 1, 5))}

ID = {k: idn(*v) for k, v in {
    "lin": ("991101", "19730412", "031"), "gu": ("991101", "19810925", "042"), "fang": ("991102", "19870316", "015"),
    "yan": ("991102", "19900708", "026"), "tang": ("991201", "19780120", "053"), "song": ("991201", "19880530", "064"),
    "mo": ("991301", "19911111", "017"), "su": ("991301", "19930204", "028"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict = {}
PLACES: dict = {}     # technique key → places gathered from both sides' files


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [[file, sheet, places]]
    truth["rows"].append({"table": table, "places": places, "fields": fields, "hospitals": hospitals, "keys": keys,
                          "id_number": id_number})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def one_of(*v):
    return {"one_of": list(v)}


# the techniques a careful evaluator stores: each once, with its first date (names / departments as either side
# writes them); places are filled in by the files that list them
TECH = {
    "pci": dict(rec=QH, sup=S1, name=one_of("经皮冠状动脉介入治疗（PCI）", "PCI术"), dept=one_of("心内科", "心血管内科"),
                first=d(2024, 3, 18), cases=42, gap=True),
    "pacer": dict(rec=QH, sup=S1, name="临时心脏起搏器植入术", dept="心内科", first=d(2024, 5, 9), cases=6, gap=False),
    "ercp": dict(rec=QH, sup=S1, name=one_of("内镜逆行胰胆管造影术（ERCP）", "ERCP"), dept="消化内科",
                 first=d(2024, 4, 22), cases=15, gap=True),
    "painless": dict(rec=QH, sup=None, name="无痛胃肠镜检查", dept="消化内科", first=d(2024, 2, 26), cases=310,
                     gap=False),
    "eus": dict(rec=QH, sup=S1, name="超声内镜检查（EUS）", dept="消化内科", first=d(2024, 7, 15), cases=9, gap=True),
    "ebus": dict(rec=QH, sup=S1, name=one_of("超声支气管镜引导下经支气管针吸活检术（EBUS-TBNA）", "EBUS-TBNA"),
                 dept=one_of("呼吸内科", "呼吸与危重症医学科"), first=d(2024, 10, 14), cases=4, gap=True),
    "lc": dict(rec=LD, sup=S1, name=one_of("腹腔镜下胆囊切除术", "腹腔镜胆囊切除术（LC）"), dept=one_of("普外科", "肝胆外科"),
               first=d(2024, 4, 10), cases=23, gap=True),
    "hernia": dict(rec=LD, sup=None, name="腹股沟疝无张力修补术", dept="普外科", first=d(2024, 6, 3), cases=11,
                   gap=False),
    "crrt": dict(rec=LD, sup=S1, name=one_of("床旁连续性肾脏替代治疗（CRRT）", "CRRT"), dept="重症医学科",
                 first=d(2024, 8, 20), cases=5, gap=True),
    "needle": dict(rec=QHTCM, sup=S2, name=one_of("针刀松解术", "小针刀松解术"), dept="针灸推拿科", first=d(2024, 5, 14),
                   cases=36, gap=True),
    "catgut": dict(rec=QHTCM, sup=S2, name="穴位埋线疗法", dept="针灸推拿科", first=d(2024, 6, 3), cases=58, gap=False),
    "fumig": dict(rec=QHTCM, sup=None, name="中药熏蒸治疗", dept="康复科", first=d(2024, 7, 8), cases=40, gap=False),
    "uvc": dict(rec=LDMCH, sup=S2, name="新生儿脐静脉置管术", dept=None, first=d(2024, 6, 25), cases=8, gap=True),
}


def at(key, file, sheet, r):
    PLACES.setdefault(key, []).append([file, sheet, r])


def techniques_truth():
    for key, t in TECH.items():
        hosp = {"recipient_hospital_id": t["rec"]}
        if t["sup"]:
            hosp["support_hospital_id"] = t["sup"]
        fields = dict(name=t["name"], department=t["dept"], first_performed_date=t["first"], cases=t["cases"],
                      fills_county_gap=t["gap"])
        if not t["sup"]:
            fields["support_hospital_id"] = None
        row("techniques", None, None, PLACES[key], fields, hosp, ["first_performed_date"])


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 first, 等级 as one "二级甲等" cell, 类别, 所在县, 支援医院, 协议签订日期; the period only in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：琅溪省城乡医院对口支援关系表（2024—2026年）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"])
    for i, (r, (lv, level, grade, cat, county, s, ag)) in enumerate(RECIP.items(), 1):
        ws.append([i, r, lv, cat, county, s, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2024, 1, 1),
                                  "end_date": d(2026, 12, 31), "agreement_date": ag.isoformat(),
                                  "start_date_source": "title_period"})
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    ws.append([f"注：{SYN}，医院名称均为虚构。"])
    for s in (S1, S2):
        truth["hospitals"].append({"name": s})
    wb.save(path)


# ------------------------------------------------------------------------------------------- the focus
def f_qh_techniques(path: Path):
    """青禾县人民医院: one sheet per department after a 填报说明 sheet; 类别 新技术 / 新设备 / 新开设专科门诊; 技术来源;
    首例开展日期 then 常规开展日期; 2024年累计例数; 首例级别 县内首例 / 市内首例 / 院内首例; 开展情况 已开展 / 筹备中 / 暂停."""
    fn = path.name
    wb = openpyxl.Workbook()
    aid = wb.active
    aid.title = "填报说明"
    for line in ("填报说明", "1. 每个科室一张工作表。", "2. 类别填：新技术、新设备、新开设专科门诊。",
                 "3. 首例级别填：县内首例、市内首例、院内首例。", f"4. {SYN}"):
        aid.append([line])
    hdr = ["序号", "类别", "项目名称", "技术来源", "首例开展日期", "常规开展日期", "2024年累计例数", "首例级别", "开展情况"]
    sheets = {
        "心内科": [("pci", "新技术", "经皮冠状动脉介入治疗（PCI）", S1, dt.date(2024, 3, 18), dt.date(2024, 6, 1), 42,
                   "县内首例", "已开展"),
                  ("pacer", "新技术", "临时心脏起搏器植入术", S1, dt.date(2024, 5, 9), None, 6, "院内首例", "已开展"),
                  (None, "新技术", "冠脉血管内超声（IVUS）", S1, None, None, None, "县内首例", "筹备中")],
        "消化内科": [("ercp", "新技术", "内镜逆行胰胆管造影术（ERCP）", S1, dt.date(2024, 4, 22), dt.date(2024, 9, 1), 15,
                     "市内首例", "已开展"),
                    ("painless", "新技术", "无痛胃肠镜检查", "本院进修后开展", dt.date(2024, 2, 26),
                     dt.date(2024, 3, 11), 310, "院内首例", "已开展"),
                    ("eus", "新技术", "超声内镜检查（EUS）", S1, dt.date(2024, 7, 15), None, 9, "县内首例", "暂停")],
        "呼吸内科": [("ebus", "新技术", "超声支气管镜引导下经支气管针吸活检术（EBUS-TBNA）", S1, dt.date(2024, 10, 14), "—", 4,
                     "县内首例", "已开展"),
                    (None, "新设备", "电子支气管镜（含主机）", "医院自购", dt.date(2024, 9, 2), None, None, None, "已开展"),
                    (None, "新开设专科门诊", "慢性气道疾病专病门诊", S1, dt.date(2024, 4, 8), None, None, None, "已开展")],
    }
    for dept, items in sheets.items():
        ws = wb.create_sheet(dept)
        ws.append([f"青禾县人民医院2024年新技术新项目登记表（{dept}）  {SYN}"])
        ws.merge_cells("A1:I1")
        ws.append(hdr)
        for i, (key, cat, name, src, first, routine, cases, level, status) in enumerate(items, 1):
            ws.append([i, cat, name, src, first, routine, cases, level, status])
            for c in (5, 6):
                if isinstance(ws.cell(ws.max_row, c).value, (dt.date, dt.datetime)):
                    ws.cell(ws.max_row, c).number_format = "yyyy-mm-dd"
            if key:
                at(key, fn, dept, ws.max_row)
        ws.append(["科室负责人：", None, None, None, "填报日期：", "2025年1月6日"])
    wb.save(path)


def f_s1_stages(path: Path):
    """琅溪省人民医院 (the supporter): one row per stage (首例 / 常规开展 / 筹备中), names short (PCI术, ERCP,
    EBUS-TBNA, CRRT), its own department names."""
    fn, sh = path.name, "新技术推广"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅溪省人民医院2024年对口帮扶新技术推广情况（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "受援医院", "技术名称", "支援科室", "开展阶段", "日期", "指导专家"])
    items = [("pci", QH, "PCI术", "心血管内科", "首例", dt.date(2024, 3, 18)),
             ("pci", QH, "PCI术", "心血管内科", "常规开展", dt.date(2024, 6, 1)),
             ("ercp", QH, "ERCP", "消化内科", "首例", dt.date(2024, 4, 22)),
             ("lc", LD, "腹腔镜胆囊切除术（LC）", "肝胆外科", "首例", dt.date(2024, 4, 10)),
             ("lc", LD, "腹腔镜胆囊切除术（LC）", "肝胆外科", "常规开展", dt.date(2024, 7, 1)),
             ("crrt", LD, "CRRT", "重症医学科", "首例", dt.date(2024, 8, 20)),
             ("ebus", QH, "EBUS-TBNA", "呼吸与危重症医学科", "首例", dt.date(2024, 10, 14)),
             (None, LD, "急性缺血性脑卒中静脉溶栓", "神经内科", "筹备中", None)]
    for i, (key, rec, name, dept, stage, day) in enumerate(items, 1):
        ws.append([i, rec, name, dept, stage, day, f"{dept}专家组"])
        if day:
            ws.cell(ws.max_row, 6).number_format = "yyyy/m/d"
        if key:
            at(key, fn, sh, ws.max_row)
    ws.append([f"注：同一技术按开展阶段分行填写。{SYN}"])
    wb.save(path)


def f_ld_techniques_xls(path: Path):
    """柳渡县人民医院 (.xls): 类别 mixes 新技术 / 新设备 / 新开设专科门诊; 技术来源 本院医师进修后开展; dates typed as
    text "2024.4.10"; 首例类型 县内首例 / 市内首例 / 院内首例; 开展情况 筹备中; a 合计 sentence and a signature."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"柳渡县人民医院2024年新技术、新项目开展情况统计表（{SYN}）")
    hdr = ["序号", "科室", "项目名称", "类别", "技术来源", "首例时间", "例数", "首例类型", "开展情况"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    items = [("lc", "普外科", "腹腔镜下胆囊切除术", "新技术", S1, "2024.4.10", 23, "县内首例", "已开展"),
             ("hernia", "普外科", "腹股沟疝无张力修补术", "新技术", "本院医师进修后开展", "2024.6.3", 11, "院内首例", "已开展"),
             ("crrt", "重症医学科", "床旁连续性肾脏替代治疗（CRRT）", "新技术", S1, "2024.8.20", 5, "市内首例", "已开展"),
             (None, "神经内科", "急性缺血性脑卒中静脉溶栓", "新技术", S1, "", "", "", "筹备中"),
             (None, "影像科", "1.5T磁共振成像系统", "新设备", "医院自购", "2024.9.1", "", "", "已开展"),
             (None, "门诊部", "糖尿病专病门诊", "新开设专科门诊", "", "2024.3.4", "", "", "已开展")]
    for i, (key, dept, name, cat, src, first, cases, level, status) in enumerate(items, 1):
        r = 1 + i
        for j, v in enumerate([i, dept, name, cat, src, first, cases, level, status]):
            if v != "":
                ws.write(r, j, v)
        if key:
            at(key, fn, sh, r + 1)
    r = 2 + len(items)
    ws.write(r, 0, "合计：新技术4项（已开展3项，筹备中1项），新设备1台，新开设专科门诊1个")
    ws.write(r + 1, 0, "填表人：医务科")
    ws.write(r + 1, 6, "2025年1月8日")
    wb.save(str(path))


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


def f_qhtcm_techniques_ods(path: Path):
    """青禾县中医医院 (.ods): 帮扶医院 column (one a hospital outside the programme), 首例情况 县内首例 / 院内首例, one
    technique without its first date (held)."""
    fn, sh = path.name, "新技术"
    rows = [[f"青禾县中医医院2024年新技术新项目（{SYN}）"],
            ["序号", "项目名称", "科室", "帮扶医院", "首例开展时间", "本年例数", "首例情况", "开展情况"]]
    items = [("needle", "针刀松解术", "针灸推拿科", S2, "2024/5/14", 36, "县内首例"),
             ("catgut", "穴位埋线疗法", "针灸推拿科", S2, "2024/6/3", 58, "院内首例"),
             ("fumig", "中药熏蒸治疗", "康复科", "澄州市中医医院", "2024/7/8", 40, "院内首例"),
             (None, "经颅磁刺激治疗", "康复科", S2, None, 12, "院内首例")]
    for i, (key, name, dept, sup, first, cases, level) in enumerate(items, 1):
        rows.append([i, name, dept, sup, first, cases, level, "已开展"])
        r = len(rows)
        if key:
            at(key, fn, sh, r)
        else:
            quarantine(fn, sh, r, "missing_required", "已开展 but no 首例开展时间: the required first date is missing")
        if key == "fumig":
            truth["findings"].append({"file": fn, "row": r, "code": "HOSPITAL_NOT_FOUND"})
    rows.append(["填报人：医务科", None, None, "2025年1月9日"])
    ods_doc(path, {sh: rows})


def f_s2_techniques_csv(path: Path):
    """澄州市中心医院 (the supporter), CSV in GBK: a title line, 受援单位 per row (one a township centre in no pairing),
    是否填补县域空白 是 / 否; the same techniques as the recipient's list, one under another name (小针刀松解术)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄州市中心医院2024年对口帮扶新技术汇总（{SYN}）", "", "", "", "", ""])
    w.writerow(["受援单位", "项目名称", "首次开展日期", "开展例数", "是否填补县域空白", "备注"])
    items = [("needle", QHTCM, "小针刀松解术", "2024-05-14", 36, "是", ""),
             ("uvc", LDMCH, "新生儿脐静脉置管术", "2024-06-25", 8, "是", ""),
             (None, "白石镇卫生院", "艾灸治疗", "2024-03-02", 20, "否", "义诊带动"),
             ("catgut", QHTCM, "穴位埋线疗法", "2024-06-03", 58, "否", "")]
    for i, (key, rec, name, first, cases, gap, note) in enumerate(items, 3):
        w.writerow([rec, name, first, cases, gap, note])
        if key:
            at(key, fn, None, i)
        else:
            quarantine(fn, None, i, "unresolved_hospital", "白石镇卫生院 is in no pairing of the list")
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- ordinary forms
def dep(dept, title, rank, cat, start, end):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end)


def f_s1_roster(path: Path):
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅溪省人民医院2024年对口支援派驻人员名单（{SYN}）"])
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "受援医院", "派驻开始日期", "派驻结束日期"])
    people = [("lin", "林远舟", "心内科", "主任医师", QH, (2024, 3, 1), (2024, 8, 31), "正高级", "医疗"),
              ("gu", "顾清和", "消化内科", "副主任医师", QH, (2024, 3, 1), (2024, 8, 31), "副高级", "医疗"),
              ("fang", "方知秋", "普外科", "主治医师", LD, (2024, 4, 1), (2024, 9, 30), "中级", "医疗"),
              ("yan", "严若溪", "重症医学科", "主管护师", LD, (2024, 7, 1), (2024, 12, 31), "中级", "护理")]
    for i, (key, name, dept, title, rec, s, e, rank, cat) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, rec, dt.date(*s), dt.date(*e)])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (7, 8):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, dep(dept, title, rank, cat, d(*s), d(*e)),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append(["制表：医务部", None, None, None, None, None, "2025年1月3日"])
    wb.save(path)


def f_s2_roster_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄州市中心医院派驻人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "派驻医院", "开始时间", "结束时间"])
    people = [("tang", "唐明川", "康复医学科", "副主任医师", QHTCM, "2024/5/6", "2024/11/5", (2024, 5, 6), (2024, 11, 5),
               "副高级", "医疗"),
              ("song", "宋知微", "儿科", "主治医师", LDMCH, "2024/3/11", "2024/9/10", (2024, 3, 11), (2024, 9, 10),
               "中级", "医疗")]
    for r, (key, name, dept, title, rec, s, e, sd, ed, rank, cat) in enumerate(people, 3):
        w.writerow([name, use_id(key), dept, title, rec, s, e])
        row("deployments", fn, None, r, dep(dept, title, rank, cat, d(*sd), d(*ed)),
            {"support_hospital_id": S2, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def f_qh_trainees_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"青禾县人民医院2024年外出进修人员（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修医院", "开始日期", "结束日期", "进修费用（元）", "是否结业"])
    people = [("mo", "莫小溪", "消化内科", "2024-01-08", "2024-06-30", 0, "是", d(2024, 1, 8), d(2024, 6, 30), True),
              ("su", "苏景行", "心内科", "2024-07-01", "2024-12-31", 3000, "否", d(2024, 7, 1), d(2024, 12, 31), False)]
    for r, (key, name, dept, s, e, fee, done, sd, ed, donev) in enumerate(people, 3):
        w.writerow([name, use_id(key), dept, S1, s, e, fee, done])
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=float(fee),
                                           completed=donev),
            {"recipient_hospital_id": QH, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_ldmch_monthly(path: Path):
    fn, sh = path.name, "2024年1-6月"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"柳渡县妇幼保健院2024年1—6月业务量统计（{SYN}）"])
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"])
    for m in range(1, 7):
        v = [5200 + 80 * m, 310 + 7 * m, 70 + m, 9 + m % 3]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": LDMCH}, ["month"])
    ws.append(["合计", "=SUM(B3:B8)", "=SUM(C3:C8)", "=SUM(D3:D8)", "=SUM(E3:E8)"])
    wb.save(path)


def f_qhtcm_activities_xls(path: Path):
    fn, sh = path.name, "活动记录"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    datefmt = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    ws.write(0, 0, f"青禾县中医医院2024年对口帮扶活动记录（{SYN}）")
    for j, h in enumerate(["日期", "活动类型", "主题", "支援单位", "参加人数"]):
        ws.write(1, j, h)
    acts = [(dt.date(2024, 5, 20), "学术讲座", "颈肩腰腿痛的中西医结合治疗", 30),
            (dt.date(2024, 6, 12), "教学查房", "康复病房查房", 15),
            (dt.date(2024, 7, 3), "技术培训", "针刀松解术操作培训", 20)]
    for i, (day, typ, topic, n) in enumerate(acts, 2):
        ws.write(i, 0, day, datefmt)
        for j, v in enumerate([typ, topic, S2, n], 1):
            ws.write(i, j, v)
        row("activities", fn, sh, i + 1, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": QHTCM, "support_hospital_id": S2}, ["activity_date"])
    wb.save(str(path))


def f_qh_assessment_ods(path: Path):
    fn, sh = path.name, "2024年6月"
    rows = [[f"青禾县人民医院派驻人员月度考核表（2024年6月）{SYN}"],
            ["序号", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "在岗次数"]]
    for i, (key, name, sc, present) in enumerate([("lin", "林远舟", 95, 4), ("gu", "顾清和", 92.5, 3)], 1):
        rows.append([i, name, use_id(key), S1, sc, 4, present])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2024, month=6, score=float(sc), spot_checks=4, spot_checks_present=present),
            {"recipient_hospital_id": QH}, ["month"], id_number=ID[key])
    rows.append(["考核人：院办", None, None, None, "2024年7月2日"])
    ods_doc(path, {sh: rows})


def f_county_csv(path: Path):
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"2024年各县县域住院流向（{SYN}）", "", "", "", ""])
    w.writerow(["县（市、区）", "行政区划代码", "年度", "县域内常住居民住院总人次", "县域外住院人次"])
    for r, (county, code, tot, out) in enumerate((("青禾县", "999101", 31250, 5720), ("柳渡县", "999102", 24610, 4985)),
                                                 3):
        w.writerow([county, code, 2024, tot, out])
        row("county_inpatient_stats", fn, None, r, dict(county_code=code, year=2024, resident_admissions=tot,
                                                        resident_admissions_outside_county=out), {}, ["county_code"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省直", "澄州市"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_琅溪省城乡医院对口支援关系表（2024—2026年）.xlsx")
    files = [(f_s1_stages, "省直", "SYNTHETIC_琅溪省人民医院2024年对口帮扶新技术推广情况.xlsx"),
             (f_s1_roster, "省直", "SYNTHETIC_琅溪省人民医院2024年派驻人员名单.xlsx"),
             (f_county_csv, "省直", "SYNTHETIC_2024年县域住院流向.csv"),
             (f_qh_techniques, "澄州市", "SYNTHETIC_青禾县人民医院2024年新技术新项目（分科室）.xlsx"),
             (f_ld_techniques_xls, "澄州市", "SYNTHETIC_柳渡县人民医院新技术新项目2024.xls"),
             (f_qhtcm_techniques_ods, "澄州市", "SYNTHETIC_青禾县中医医院新技术2024.ods"),
             (f_s2_techniques_csv, "澄州市", "SYNTHETIC_澄州市中心医院2024年帮扶新技术汇总.csv"),
             (f_s2_roster_csv, "澄州市", "SYNTHETIC_澄州市中心医院派驻人员.csv"),
             (f_qh_trainees_csv, "澄州市", "SYNTHETIC_青禾县人民医院进修人员2024.csv"),
             (f_ldmch_monthly, "澄州市", "SYNTHETIC_柳渡县妇幼保健院2024年1-6月业务量.xlsx"),
             (f_qhtcm_activities_xls, "澄州市", "SYNTHETIC_青禾县中医医院帮扶活动记录.xls"),
             (f_qh_assessment_ods, "澄州市", "SYNTHETIC_青禾县人民医院派驻人员月考核2024年6月.ods")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    techniques_truth()
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
