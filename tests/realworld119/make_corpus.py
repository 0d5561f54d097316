"""realworld119 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅澜省), programme cycle 2023—2025,
whose pairings change inside the cycle: the province's 附件1 (2023—2025年) and its 2024 adjustment notice
(关于调整城乡医院对口支援关系的通知: 调整 from 2024-07-01, 新增 from 2024-04-01, 撤销 after 2024-09-30) in
data/raw/reference/, then the support hospitals' rosters and the recipients' trainee lists, techniques, activity
logs, monthly statistics and assessments over the whole of 2024 — rows dated before and after each change.
Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,支援医院,受援医院}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a
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

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# support hospitals
S1, S2, S3, S4 = "琅澜省人民医院", "琅澜省第二人民医院", "澄嶂市中心医院", "琅澜省中医院"
# recipients of 附件1 (2023—2025年)
QL, LT, FP, QLTCM, YLMCH = "青萝县人民医院", "岚汀县人民医院", "枫浦县人民医院", "青萝县中医医院", "雁岭县妇幼保健院"
# the recipient the 2024 notice adds (新增 from 2024-04-01)
YL = "雁岭县人民医院"
# a hospital in no pairing list
UNPAIRED = "澄嶂市城东社区卫生服务中心"

RECIP = {QL: ("二级甲等", "二级", "甲等", "综合医院", "青萝县"),
         LT: ("二级甲等", "二级", "甲等", "综合医院", "岚汀县"),
         FP: ("二级乙等", "二级", "乙等", "综合医院", "枫浦县"),
         QLTCM: ("二级甲等", "二级", "甲等", "中医医院", "青萝县"),
         YLMCH: ("二级", "二级", None, "妇幼保健院", "雁岭县")}

PEOPLE = {  # key: (name, region, birth, seq)
    "lu": ("陆清和", "990301", "19860412", "031"), "min": ("闵嘉禾", "990301", "19790923", "042"),
    "tan": ("谭书言", "990302", "19880130", "015"), "cen": ("岑晓雾", "990302", "19850716", "026"),
    "huo": ("霍振声", "990301", "19771105", "037"), "qi": ("祁宛然", "990303", "19900628", "048"),
    "lin": ("林见微", "990102", "19870309", "053"), "chang": ("常怀瑾", "990102", "19780817", "064"),
    "pei": ("裴望舒", "990103", "19890521", "075"), "zhuo": ("卓远帆", "990103", "19760204", "086"),
    "lian": ("练秋实", "990104", "19840914", "097"), "wen": ("温景行", "990101", "19700627", "012"),
    "ye": ("叶知秋", "990101", "19881019", "023"), "sima": ("司马砚", "990105", "19740302", "034"),
    "ou": ("欧若拙", "990105", "19760811", "045"), "gu": ("顾时雨", "990101", "19860125", "056"),
    "sheng": ("盛知远", "990106", "19830707", "067"), "mi": ("米兰心", "990106", "19771228", "078"),
    "shang": ("尚则明", "990106", "19750519", "089"),
    "fu": ("符晓岚", "990421", "19920303", "014"), "bei": ("贝若水", "990421", "19930818", "025"),
    "pang": ("庞子衿", "990421", "19900412", "036"), "gan": ("甘棠", "990421", "19911121", "047"),
    "zhan": ("詹一苇", "990421", "19940605", "058"),
    "mei": ("梅映雪", "990431", "19910210", "069"), "yan": ("严子昂", "990431", "19890927", "071"),
    "han": ("韩青禾", "990431", "19920716", "082"), "qiwq": ("戚晚晴", "990431", "19950103", "093"),
    "ling": ("凌霜华", "990411", "19880815", "016"), "xue": ("薛怀远", "990411", "19900220", "027"),
}
ID = {k: idn(r, b, s) for k, (_n, r, b, s) in PEOPLE.items()}
NAME = {k: v[0] for k, v in PEOPLE.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}
ADJ_SOURCES = {"one_of": ["adjustment", "support_period", "column"]}


def use_id(key):
    spell.setdefault(ID[key], set())
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start, end, **extra):
    return dict(department=dept, title=title, title_rank=rank, staff_category=cat, start_date=start, end_date=end,
                **extra)


# pairings in force: (support, recipient, first day, last day) — what a careful reader makes of 附件1 and the notice
IN_FORCE = [(S1, QL, dt.date(2023, 1, 1), dt.date(2025, 12, 31)), (S2, LT, dt.date(2023, 1, 1), dt.date(2025, 12, 31)),
            (S3, FP, dt.date(2023, 1, 1), dt.date(2024, 6, 30)), (S2, FP, dt.date(2024, 7, 1), dt.date(2025, 12, 31)),
            (S4, QLTCM, dt.date(2023, 1, 1), dt.date(2024, 9, 30)),
            (S3, YLMCH, dt.date(2023, 1, 1), dt.date(2025, 12, 31)), (S1, YL, dt.date(2024, 4, 1), dt.date(2025, 12, 31))]


def supporter_on(recipient, day: dt.date):
    found = [s for s, r, a, b in IN_FORCE if r == recipient and a <= day <= b]
    return found[0] if len(found) == 1 else None


def ods_doc(path, sheets):
    """sheets: {name: [row values]} → an .ods written with odfpy; dt.date values become date cells."""
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


def csv_bytes(rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return (("\ufeff" if bom else "") + buf.getvalue()).encode(encoding)


# ------------------------------------------------------------------------------------------- reference
def pairing_list(path: Path):
    """附件1: 受援医院 | 等级 | 类别 | 所在县 | 支援医院 | 协议签订日期, the period only in the title (2023—2025年)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["附件1"])
    ws.append([f"琅澜省城乡医院对口支援关系一览表（2023—2025年）（{SYN}）"])
    ws.merge_cells("A2:G2")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县（市、区）", "支援医院", "协议签订日期"])
    pairs = [(QL, S1, dt.date(2023, 1, 10)), (LT, S2, dt.date(2023, 1, 12)), (FP, S3, dt.date(2023, 1, 15)),
             (QLTCM, S4, dt.date(2023, 1, 18)), (YLMCH, S3, dt.date(2023, 1, 15))]
    for i, (r, s, ag) in enumerate(pairs, 1):
        written, _level, _grade, cat, county = RECIP[r]
        ws.append([i, r, written, cat, county, s, ag])
        ws.cell(ws.max_row, 7).number_format = "yyyy年m月d日"
        end = {FP: d(2024, 6, 30), QLTCM: d(2024, 9, 30)}.get(r, d(2025, 12, 31))
        truth["pairings"].append({"support": s, "recipient": r, "start_date": d(2023, 1, 1), "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": "title_period"})
    ws.append([f"注：本表为{SYN}，医院名称均为虚构；对口支援关系原则上在2023—2025年内保持不变。"])
    wb.save(path)
    for r, (_w, level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3, S4):
        truth["hospitals"].append({"name": s})
    truth["hospitals"].append({"name": YL, "county": "雁岭县"})


def adjustment_notice(path: Path):
    """The 2024 notice's attached table: 调整 (枫浦县人民医院 from 澄嶂市中心医院 to 琅澜省第二人民医院 from 2024-07-01),
    新增 (雁岭县人民医院 ← 琅澜省人民医院 from 2024-04-01), 撤销 (青萝县中医医院's pairing ends 2024-09-30: 生效日期
    2024年10月1日 is the first day without it, and the 备注 says so)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "调整表"
    ws.append(["琅澜省卫生健康委员会关于调整城乡医院对口支援关系的通知（琅卫医函〔2024〕17号）附件"])
    ws.append([f"2023—2025年城乡医院对口支援关系调整表（{SYN}）"])
    ws.merge_cells("A2:I2")
    ws.append(["序号", "调整类型", "受援医院", "所在县（市、区）", "原支援医院", "调整后支援医院", "生效日期", "支援期限", "备注"])
    ws.append([1, "调整", FP, "枫浦县", S3, S2, dt.date(2024, 7, 1), "2024年7月1日—2025年12月31日",
               "澄嶂市中心医院承担援外医疗队任务，自生效日期起由琅澜省第二人民医院接续支援"])
    ws.append([2, "新增", YL, "雁岭县", "—", S1, dt.date(2024, 4, 1), "2024年4月1日—2025年12月31日", "新增受援医院"])
    ws.append([3, "撤销", QLTCM, "青萝县", S4, "—", dt.date(2024, 10, 1), "—",
               "该院纳入青萝县紧密型县域医共体统一帮扶，原对口支援关系于2024年9月30日终止"])
    for r in range(4, 7):
        ws.cell(r, 7).number_format = "yyyy年m月d日"
    ws.append(["注：调整后的对口支援关系期限与本周期一致，至2025年12月31日；未列入本表的对口支援关系不变。"])
    ws.append(["琅澜省卫生健康委员会办公室　2024年3月20日印发"])
    wb.save(path)
    truth["pairings"].append({"support": S2, "recipient": FP, "start_date": d(2024, 7, 1), "end_date": d(2025, 12, 31),
                              "agreement_date": None, "start_date_source": ADJ_SOURCES})
    truth["pairings"].append({"support": S1, "recipient": YL, "start_date": d(2024, 4, 1), "end_date": d(2025, 12, 31),
                              "agreement_date": None, "start_date_source": ADJ_SOURCES})


# ------------------------------------------------------------------------------------------- 支援医院
def f_s3_roster(path: Path):
    """澄嶂市中心医院 (xlsx): stays at 枫浦县人民医院 before the handover, one running past it (to 2024-08-31, as
    written), one starting after it (2024-07-15, in no pairing: curated as written — validation's question);
    stays at 雁岭县妇幼保健院; one at a community centre in no pairing list (held)."""
    fn, sh = path.name, "花名册"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄嶂市中心医院2024年对口支援派驻人员花名册（{SYN}）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻单位", "派驻开始时间", "派驻结束时间", "备注"])
    people = [("lu", "男", "心血管内科", "主治医师", FP, dt.date(2024, 1, 8), dt.date(2024, 6, 30), None,
               ("中级", "医疗")),
              ("min", "女", "儿科", "副主任医师", FP, dt.date(2024, 1, 8), dt.date(2024, 6, 30), None, ("副高级", "医疗")),
              ("tan", "男", "普外科", "主治医师", FP, dt.date(2024, 3, 1), dt.date(2024, 8, 31),
               "支援关系调整后继续完成派驻", ("中级", "医疗")),
              ("huo", "男", "儿科", "副主任医师", FP, dt.date(2024, 7, 15), dt.date(2024, 9, 14),
               "应受援医院请求短期续派", ("副高级", "医疗")),
              ("cen", "女", "妇产科", "主治医师", YLMCH, dt.date(2024, 1, 8), dt.date(2024, 7, 7), None, ("中级", "医疗")),
              ("qi", "女", "全科医学科", "主治医师", UNPAIRED, dt.date(2024, 5, 6), dt.date(2024, 11, 5), None, None)]
    for i, (key, sex, dept, title, rec, s, e, note, rk) in enumerate(people, 1):
        ws.append([i, NAME[key], sex, use_id(key), dept, title, rec, s, e, note])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        for c in (8, 9):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
        if rec == UNPAIRED:
            hold(fn, sh, r, "unresolved_hospital", "派驻单位 is a community centre in no pairing list")
            continue
        row("deployments", fn, sh, r, dep(dept, title, rk[0], rk[1], s.isoformat(), e.isoformat()),
            {"support_hospital_id": S3, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.append(["填报人：医务部", None, None, None, "审核人：", None, "填报日期：2025年1月8日"])
    wb.save(path)


def f_s2_roster_xls(path: Path):
    """琅澜省第二人民医院 (xls, xlwt): 派驻时间 in one cell "2024.01.08—2024.07.07"; stays at 岚汀县人民医院 all year and
    at 枫浦县人民医院 from the handover, one arriving two weeks early (2024-06-17: before its pairing, as written)."""
    fn, sh = path.name, "派驻人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅澜省第二人民医院2024年对口支援派驻人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "派驻医院", "科室", "职称", "派驻时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("lin", LT, "内科", "主治医师", "2024.01.08—2024.07.07", d(2024, 1, 8), d(2024, 7, 7), "中级", "医疗"),
              ("chang", LT, "外科", "副主任医师", "2024.07.08—2025.01.07", d(2024, 7, 8), d(2025, 1, 7), "副高级", "医疗"),
              ("pei", FP, "心血管内科", "主治医师", "2024.06.17—2024.12.31", d(2024, 6, 17), d(2024, 12, 31), "中级",
               "医疗"),
              ("zhuo", FP, "骨科", "副主任医师", "2024.07.01—2024.12.31", d(2024, 7, 1), d(2024, 12, 31), "副高级", "医疗"),
              ("lian", FP, "护理部", "主管护师", "2024.07.01—2024.12.31", d(2024, 7, 1), d(2024, 12, 31), "中级", "护理")]
    for i, (key, rec, dept, title, period, s, e, rank, cat) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, NAME[key], use_id(key), rec, dept, title, period]):
            ws.write(r, j, v)
        row("deployments", fn, sh, r + 1, dep(dept, title, rank, cat, s, e),
            {"support_hospital_id": S2, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    ws.write(2 + len(people), 0, "制表：医务处　2025年1月6日")
    wb.save(str(path))


def f_s1_roster_ods(path: Path):
    """琅澜省人民医院 (ods): stays at 青萝县人民医院 and, from 2024-04-08, at the new recipient 雁岭县人民医院;
    a 在受援医院任职 column."""
    fn, sh = path.name, "派驻名册"
    rows = [[f"琅澜省人民医院2024年对口支援派驻人员名册（{SYN}）"],
            ["序号", "姓名", "身份证号", "受援医院", "科室", "职称", "开始日期", "结束日期", "在受援医院任职"]]
    people = [("wen", QL, "心血管内科", "主任医师", (2024, 1, 2), (2024, 6, 30), "副院长", "正高级", "医疗"),
              ("ye", QL, "麻醉科", "主治医师", (2024, 1, 2), (2024, 6, 30), None, "中级", "医疗"),
              ("sima", QL, "神经内科", "副主任医师", (2024, 7, 1), (2024, 12, 31), "副院长", "副高级", "医疗"),
              ("ou", YL, "普外科", "副主任医师", (2024, 4, 8), (2024, 10, 7), "副院长", "副高级", "医疗"),
              ("gu", YL, "护理部", "主管护师", (2024, 4, 8), (2024, 10, 7), None, "中级", "护理")]
    for i, (key, rec, dept, title, s, e, post, rank, cat) in enumerate(people, 1):
        rows.append([i, NAME[key], use_id(key), rec, dept, title, dt.date(*s), dt.date(*e), post])
        row("deployments", fn, sh, len(rows),
            dep(dept, title, rank, cat, d(*s), d(*e), position_at_recipient=post),
            {"support_hospital_id": S1, "recipient_hospital_id": rec}, ["start_date"], id_number=ID[key])
    rows.append(["填报单位（盖章）：琅澜省人民医院", None, None, None, None, None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_s4_roster_csv(path: Path):
    """琅澜省中医院 (CSV, GBK): the recipient only in the title; 派驻起止时间 "2024年1月2日—2024年6月30日"; the
    last stay ends with the pairing (2024-09-30)."""
    fn = path.name
    rows = [[f"琅澜省中医院派驻青萝县中医医院人员名单（2024年）（{SYN}）", "", "", "", ""],
            ["姓名", "身份证号", "科室", "职称", "派驻起止时间"]]
    people = [("sheng", "针灸科", "主治中医师", "2024年1月2日—2024年6月30日", d(2024, 1, 2), d(2024, 6, 30), "中级"),
              ("mi", "脾胃病科", "副主任中医师", "2024年1月2日—2024年6月30日", d(2024, 1, 2), d(2024, 6, 30), "副高级"),
              ("shang", "骨伤科", "副主任中医师", "2024年7月1日—2024年9月30日", d(2024, 7, 1), d(2024, 9, 30), "副高级")]
    for key, dept, title, period, s, e, rank in people:
        rows.append([NAME[key], use_id(key), dept, title, period])
        row("deployments", fn, None, len(rows), dep(dept, title, rank, "医疗", s, e),
            {"support_hospital_id": S4, "recipient_hospital_id": QLTCM}, ["start_date"], id_number=ID[key])
    rows.append(["报送：琅澜省中医院医务处", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "gbk"))


# ------------------------------------------------------------------------------------------- 受援医院
def f_fp_trainees(path: Path):
    """枫浦县人民医院 (xlsx): 赴支援医院进修 — no host column: each trainee's host is the supporter in force on the
    start date (澄嶂市中心医院 to 2024-06-30, 琅澜省第二人民医院 from 2024-07-01)."""
    fn, sh = path.name, "进修人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫浦县人民医院2024年赴支援医院进修人员登记表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "进修开始日期", "进修结束日期", "进修费用（元）", "是否结业"])
    people = [("fu", "内科", (2024, 3, 4), (2024, 8, 31), "是"), ("bei", "检验科", (2024, 4, 1), (2024, 9, 30), "是"),
              ("pang", "外科", (2024, 6, 24), (2024, 12, 23), "是"),
              ("gan", "重症医学科", (2024, 9, 2), (2025, 2, 28), "否"), ("zhan", "麻醉科", (2024, 10, 8), (2025, 4, 7), "否")]
    for i, (key, dept, s, e, done) in enumerate(people, 1):
        ws.append([i, NAME[key], use_id(key), dept, dt.date(*s), dt.date(*e), 0, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        for c in (5, 6):
            ws.cell(r, c).number_format = "yyyy/m/d"
        host = supporter_on(FP, dt.date(*s))
        row("trainees", fn, sh, r, dict(department=dept, start_date=d(*s), end_date=d(*e), fee_charged=0.0,
                                         completed=done == "是"),
            {"recipient_hospital_id": FP, "host_hospital_id": host}, ["start_date"], id_number=ID[key])
    ws.append(["填表人：科教科", None, None, None, "填报日期：2025年1月6日"])
    wb.save(path)


def f_yl_trainees_csv(path: Path):
    """雁岭县人民医院 (CSV, UTF-8 with BOM): 赴支援医院进修, no host column; the hospital is paired only from
    2024-04-01, so a trainee who left on 2024-02-26 has no support hospital to have gone to (held); one starting on
    the pairing's first day."""
    fn = path.name
    rows = [[f"雁岭县人民医院2024年赴支援医院进修人员名单（{SYN}）", "", "", "", "", ""],
            ["姓名", "身份证号", "进修科室", "开始日期", "结束日期", "结业情况"]]
    people = [("mei", "超声科", (2024, 2, 26), (2024, 8, 25), "已结业"),
              ("yan", "急诊科", (2024, 4, 1), (2024, 9, 30), "已结业"),
              ("han", "内科", (2024, 5, 6), (2024, 11, 5), "已结业"),
              ("qiwq", "护理部", (2024, 9, 2), (2025, 3, 1), "未结业")]
    for key, dept, s, e, done in people:
        rows.append([NAME[key], use_id(key), dept, d(*s), d(*e), done])
        r = len(rows)
        host = supporter_on(YL, dt.date(*s))
        if host is None:
            hold(fn, None, r, "missing_value", "no pairing in force on the start date: the host is unknown")
            continue
        row("trainees", fn, None, r, dict(department=dept, start_date=d(*s), end_date=d(*e), completed=done == "已结业"),
            {"recipient_hospital_id": YL, "host_hospital_id": host}, ["start_date"], id_number=ID[key])
    rows.append(["联系人：科教科", "", "", "", "", ""])
    path.write_bytes(csv_bytes(rows, "utf-8", bom=True))


def f_qltcm_trainees(path: Path):
    """青萝县中医医院 (xlsx): the host written in 进修医院 — one trainee at 琅澜省中医院 after the pairing ended
    (curated as written), one at the county's own 青萝县人民医院 (the 医共体's lead), named without an ID number."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青萝县中医医院2024年外出进修人员情况表（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "进修医院", "进修科室", "进修时间", "进修费（元）", "是否结业"])
    people = [("ling", S4, "针灸科", "2024.03.01—2024.08.31", d(2024, 3, 1), d(2024, 8, 31), "是"),
              ("xue", S4, "骨伤科", "2024.10.14—2025.04.13", d(2024, 10, 14), d(2025, 4, 13), "否"),
              (None, QL, "重症医学科", "2024.11.04—2025.02.03", d(2024, 11, 4), d(2025, 2, 3), "否")]
    for i, (key, host, dept, period, s, e, done) in enumerate(people, 1):
        ws.append([i, NAME[key] if key else "苗语桐", use_id(key) if key else "（待补）", host, dept, period, 0, done])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        row("trainees", fn, sh, r, dict(department=dept, start_date=s, end_date=e, fee_charged=0.0,
                                         completed=done == "是"),
            {"recipient_hospital_id": QLTCM, "host_hospital_id": host}, ["start_date"],
            id_number=ID[key] if key else None)
        if key is None:
            finding(fn, r, "NAME_ONLY")
    ws.append(["单位负责人：", None, None, "填表人：", None, "2025年1月9日"])
    wb.save(path)


def f_fp_techniques_ods(path: Path):
    """枫浦县人民医院 (ods): a 支援医院 column on every row — one technique after the handover still credited to
    the former supporter, as written."""
    fn, sh = path.name, "新技术新项目"
    rows = [[f"枫浦县人民医院2024年新技术新项目开展情况（{SYN}）"],
            ["序号", "项目名称", "科室", "首次开展日期", "开展例数", "是否填补县域空白", "支援医院"]]
    items = [("冠状动脉造影术", "心血管内科", (2024, 4, 16), 12, "是", S3),
             ("腹腔镜胆囊切除术", "普外科", (2024, 5, 20), 9, "否", S3),
             ("无痛胃镜检查", "消化内科", (2024, 7, 22), 30, "否", S3),
             ("经皮椎体成形术", "骨科", (2024, 8, 12), 5, "是", S2),
             ("床旁连续性血液净化", "重症医学科", (2024, 11, 5), 7, "是", S2)]
    for i, (name, dept, day, cases, gap, sup) in enumerate(items, 1):
        rows.append([i, name, dept, dt.date(*day), cases, gap, sup])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=d(*day),
                                                   cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": FP, "support_hospital_id": sup}, ["name"])
    rows.append(["填报人：医务科", None, None, "审核：", None, "2025年1月10日"])
    ods_doc(path, {sh: rows})


def f_fp_activities(path: Path):
    """枫浦县人民医院's own activity log (xlsx), no support column: each activity's support hospital is the one
    paired with 枫浦 on its date."""
    fn, sh = path.name, "活动记录"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫浦县人民医院2024年对口帮扶活动记录（受援单位填报，{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "活动日期", "活动类型", "活动主题", "参加人数"])
    acts = [((2024, 2, 22), "学术讲座", "高血压规范化管理", 45), ((2024, 5, 16), "教学查房", "急性心肌梗死查房", 18),
            ((2024, 6, 27), "手术示教", "腹腔镜胆囊切除术", 10), ((2024, 7, 11), "疑难病例讨论", "不明原因发热病例讨论", 15),
            ((2024, 9, 19), "技术培训", "经皮椎体成形术培训", 22), ((2024, 12, 5), "义诊", "冬季健康义诊", 120)]
    for i, (day, typ, topic, n) in enumerate(acts, 1):
        ws.append([i, dt.date(*day), typ, topic, n])
        ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd"
        row("activities", fn, sh, ws.max_row, dict(activity_date=d(*day), activity_type=typ, topic=topic,
                                                     participants=n),
            {"recipient_hospital_id": FP, "support_hospital_id": supporter_on(FP, dt.date(*day))}, ["activity_date"])
    ws.append(["填表人：医务科", None, "2025年1月7日"])
    wb.save(path)


def f_fp_monthly(path: Path):
    """枫浦县人民医院 (xlsx): 1—12月, across the handover; a 合计 row."""
    fn, sh = path.name, "2024年"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫浦县人民医院2024年1—12月主要业务量统计（{SYN}）"])
    ws.merge_cells("A1:E1")
    ws.append(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"])
    for m in range(1, 13):
        v = [18400 + 230 * m, 1310 + 19 * m, 305 + 6 * m, 62 - 2 * m]
        ws.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, ws.max_row,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": FP}, ["month"])
    ws.append(["合计", "=SUM(B3:B14)", "=SUM(C3:C14)", "=SUM(D3:D14)", "=SUM(E3:E14)"])
    wb.save(path)


def f_yl_monthly_csv(path: Path):
    """雁岭县人民医院 (CSV, GBK): all of 2024, January to March before its pairing began (baseline months)."""
    fn = path.name
    rows = [[f"雁岭县人民医院2024年度月度业务量（{SYN}）", "", "", "", "", ""],
            ["统计月份", "门急诊人次", "出院人数", "手术台次", "转出人次", "上转接收人次"]]
    for m in range(1, 13):
        v = [9100 + 140 * m, 702 + 11 * m, 131 + 3 * m, 48 - m, 2 + m % 3]
        rows.append([f"2024年{m}月", *v])
        row("hospital_monthly_stats", fn, None, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3],
                 referrals_up_received=v[4]), {"recipient_hospital_id": YL}, ["month"])
    path.write_bytes(csv_bytes(rows, "gbk"))


def f_qltcm_monthly_xls(path: Path):
    """青萝县中医医院 (xls): all of 2024, October to December after its pairing ended."""
    fn, sh = path.name, "月报"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"青萝县中医医院2024年月度业务统计表（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人数", "手术台次", "外转人次"]):
        ws.write(1, j, h)
    for m in range(1, 13):
        v = [7300 + 85 * m, 455 + 7 * m, 64 + m, 21 - m // 2]
        for j, x in enumerate([f"{m}月", *v]):
            ws.write(1 + m, j, x)
        row("hospital_monthly_stats", fn, sh, 2 + m,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QLTCM}, ["month"])
    ws.write(15, 0, "统计人：病案统计室")
    wb.save(str(path))


def f_fp_assessments(path: Path):
    """枫浦县人民医院 (xlsx): monthly assessments May—August in one sheet, 考核月份 column, 派出单位 written — the
    former supporter's 谭书言 still assessed in July and August (his stay runs past the handover)."""
    fn, sh = path.name, "考核"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"枫浦县人民医院派驻人员月度考核汇总表（2024年5—8月）（{SYN}）"])
    ws.merge_cells("A1:G1")
    ws.append(["考核月份", "姓名", "身份证号", "派出单位", "考核得分", "在岗抽查次数", "抽查在岗次数"])
    plan = {5: [("lu", S3, 95), ("min", S3, 93), ("tan", S3, 92)],
            6: [("lu", S3, 96), ("min", S3, 91.5), ("tan", S3, 94)],
            7: [("tan", S3, 90), ("huo", S3, 88), ("pei", S2, 93), ("zhuo", S2, 95), ("lian", S2, 94)],
            8: [("tan", S3, 91), ("huo", S3, 89.5), ("pei", S2, 94), ("zhuo", S2, 96), ("lian", S2, 92)]}
    for m, people in plan.items():
        for key, sup, sc in people:
            present = 3 if (key, m) == ("huo", 8) else 4
            ws.append([f"2024年{m}月", NAME[key], use_id(key), sup, sc, 4, present])
            ws.cell(ws.max_row, 3).number_format = "@"
            row("staff_monthly_assessments", fn, sh, ws.max_row,
                dict(year=2024, month=m, score=float(sc), spot_checks=4, spot_checks_present=present),
                {"recipient_hospital_id": FP, "support_hospital_id": sup}, ["month"], id_number=ID[key])
    ws.append(["考核人：枫浦县人民医院医务科"])
    wb.save(path)


FILES = [(pairing_list, "reference", "SYNTHETIC_附件1_琅澜省城乡医院对口支援关系一览表（2023—2025年）.xlsx"),
         (adjustment_notice, "reference", "SYNTHETIC_附件_关于调整城乡医院对口支援关系的通知_调整表（2024年）.xlsx"),
         (f_s3_roster, "支援医院", "SYNTHETIC_澄嶂市中心医院2024年派驻人员花名册.xlsx"),
         (f_s2_roster_xls, "支援医院", "SYNTHETIC_琅澜省第二人民医院派驻人员名单2024.xls"),
         (f_s1_roster_ods, "支援医院", "SYNTHETIC_琅澜省人民医院派驻名册2024.ods"),
         (f_s4_roster_csv, "支援医院", "SYNTHETIC_省中医院派驻青萝县中医医院人员2024.csv"),
         (f_fp_trainees, "受援医院", "SYNTHETIC_枫浦县人民医院进修人员登记2024.xlsx"),
         (f_yl_trainees_csv, "受援医院", "SYNTHETIC_雁岭县人民医院进修人员2024.csv"),
         (f_qltcm_trainees, "受援医院", "SYNTHETIC_青萝县中医医院外出进修2024.xlsx"),
         (f_fp_techniques_ods, "受援医院", "SYNTHETIC_枫浦县人民医院新技术新项目2024.ods"),
         (f_fp_activities, "受援医院", "SYNTHETIC_枫浦县人民医院帮扶活动记录2024.xlsx"),
         (f_fp_monthly, "受援医院", "SYNTHETIC_枫浦县人民医院业务量2024.xlsx"),
         (f_yl_monthly_csv, "受援医院", "SYNTHETIC_雁岭县人民医院月度业务量2024.csv"),
         (f_qltcm_monthly_xls, "受援医院", "SYNTHETIC_青萝县中医医院月报2024.xls"),
         (f_fp_assessments, "受援医院", "SYNTHETIC_枫浦县人民医院派驻人员考核5-8月.xlsx")]


def main(out: Path):
    raw = out / "data" / "raw"
    for fnc, folder, name in FILES:
        (raw / folder).mkdir(parents=True, exist_ok=True)
        fnc(raw / folder / name)
        if folder != "reference":
            truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
