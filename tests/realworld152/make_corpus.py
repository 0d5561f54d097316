"""realworld152 corpus generator — SYNTHETIC / 合成数据. A fictional province (琅川省) for 2024, focused on pairing lists
in the shapes provinces and cities publish them: the province's official 附件1 in data/raw/reference/ (grouped by
support hospital, the name merged down over its recipients; a team of two hospitals, 牵头 + 成员, in one cell; a
支援期限 column in four spellings; a recipient written short, 县人民医院, under its 所在县; a 备注 handing a pairing to
another hospital from 2024年6月), two other pairing lists that nobody named as the pairing list (a city's forwarding
list with the recipients in one cell separated by 、 / ； / line breaks, and the previous period's list), and ordinary
submissions that use the pairings. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,市卫健委转发,往年名单,省直,澄漪市,青苒县,鹤汀县,苎岚县}/…,
                                  OUT/truth.json

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
from openpyxl.styles import Alignment

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# support hospitals
P1, PTCM, C1, CC, C2 = "琅川省人民医院", "琅川省中医院", "澄漪市第一人民医院", "澄漪市中心医院", "澄漪市第二人民医院"
# recipients
HT, ZL, QR = "鹤汀县人民医院", "苎岚县人民医院", "青苒县人民医院"
ZLTCM, HTTCM, QRMCH = "苎岚县中医医院", "鹤汀县中医医院", "青苒县妇幼保健院"
RECIP = {HT: ("二级", "甲等", "综合医院", "鹤汀县"), ZL: ("二级", "乙等", "综合医院", "苎岚县"),
         QR: ("二级", "甲等", "综合医院", "青苒县"), ZLTCM: ("二级", "甲等", "中医医院", "苎岚县"),
         HTTCM: ("二级", "乙等", "中医医院", "鹤汀县"), QRMCH: ("二级", None, "妇幼保健院", "青苒县")}

ID = {k: idn(*v) for k, v in {
    "lin": ("990401", "19760512", "031"), "su": ("990401", "19850903", "042"), "gu": ("990402", "19790117", "015"),
    "tang": ("990402", "19881126", "026"), "yan": ("990401", "19820730", "037"),
    "mo": ("990403", "19740222", "058"), "qi": ("990403", "19870614", "069"),
    "fang": ("990501", "19830308", "071"), "liang": ("990501", "19900419", "082"), "xue": ("990502", "19860601", "013"),
    "cao": ("990511", "19810925", "024"), "ye": ("990511", "19891011", "035"), "peng": ("990512", "19840204", "046"),
    "wen": ("990512", "19920818", "057"),
    "hua": ("990421", "19930315", "068"), "lu": ("990421", "19950707", "079"), "ji": ("990421", "19910912", "011"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
used_ids: set[str] = set()


def use_id(key):
    used_ids.add(ID[key])
    return ID[key]


def row(table, file, sheet, r, fields, hospitals, keys, id_number=None):
    truth["rows"].append({"table": table, "places": [[file, sheet, r]], "fields": fields, "hospitals": hospitals,
                          "keys": keys, "id_number": id_number})


def hold(file, sheet, r, category, why, reason_code=None):
    q = {"file": file, "sheet": sheet, "row": r, "category": category, "why": why}
    if reason_code:
        q["reason_code"] = reason_code
    truth["quarantines"].append(q)


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


FIXED = dt.datetime(2025, 1, 10, 9, 0, 0)


def save(wb, path):
    """openpyxl stamps the workbook with the time it was made: a fixed time keeps the bytes the same."""
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)


def d(y, m, dd):
    return dt.date(y, m, dd).isoformat()


def dep(dept, title, rank, cat, start=None, end=None):
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
def official_list(path: Path):
    """The province's official 附件1 for 2024—2026, grouped by support hospital: 琅川省人民医院 merged down over its
    three recipients (协议签订日期 merged over the first two), the third recipient written "县人民医院" under 所在县
    青苒县; 等级 "二级甲等"; 支援期限 "2024.1—2026.12", "2024年1月1日至2026年12月31日", "2024/3/1-2027/2/28",
    "2024年1月—2026年12月" and one blank (→ the title's period); a 备注 "2024年6月起调整为澄漪市第一人民医院支援";
    a team "澄漪市中心医院（牵头）\\n澄漪市第二人民医院（成员）" in one support cell; a 注 block."""
    fn, sh = path.name, "附件1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"附件1：琅川省城乡医院对口支援关系表（2024—2026年）　{SYN}"])
    ws.merge_cells("A1:I1")
    ws.append(["序号", "支援医院", "受援医院", "等级", "类别", "所在县", "协议签订日期", "支援期限", "备注"])
    team = f"{CC}（牵头）\n{C2}（成员）"
    rows = [  # support cell, recipient as written, official recipient, agreement, period, remark
        (P1, "鹤汀县人民医院", HT, dt.date(2023, 12, 15), "2024.1—2026.12", None),
        (None, "苎岚县人民医院", ZL, None, "2024年1月1日至2026年12月31日", None),
        (None, "县人民医院", QR, dt.date(2024, 1, 20), "2024/3/1-2027/2/28", None),
        (PTCM, "苎岚县中医医院", ZLTCM, dt.date(2023, 12, 15), "2024.1—2026.12", f"2024年6月起调整为{C1}支援"),
        (C1, "鹤汀县中医医院", HTTCM, dt.date(2023, 12, 20), None, None),
        (team, "青苒县妇幼保健院", QRMCH, dt.date(2023, 12, 20), "2024年1月—2026年12月", None),
    ]
    for i, (sup, written, rec, agt, period, remark) in enumerate(rows, 1):
        level, grade, cat, county = RECIP[rec]
        ws.append([i, sup, written, level + (grade or ""), cat, county, agt, period, remark])
        r = ws.max_row
        if agt:
            ws.cell(r, 7).number_format = "yyyy年m月d日"
    ws.merge_cells("B3:B5")
    ws.merge_cells("G3:G4")
    for rr in ws.iter_rows(min_row=3):
        for c in rr:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.append([])
    ws.append(["注：1. 支援期限未填写的，按本表标题所列期限执行。"])
    ws.append([f"2. 本表为{SYN}，医院、县名均为虚构。"])
    save(wb, path)

    agr1, agr2, agr3 = d(2023, 12, 15), d(2024, 1, 20), d(2023, 12, 20)
    whole = dict(start_date=d(2024, 1, 1), end_date=d(2026, 12, 31))
    truth["pairings"] += [
        {"support": P1, "recipient": HT, **whole, "agreement_date": agr1, "start_date_source": "support_period"},
        {"support": P1, "recipient": ZL, **whole, "agreement_date": agr1, "start_date_source": "support_period"},
        {"support": P1, "recipient": QR, "start_date": d(2024, 3, 1), "end_date": d(2027, 2, 28),
         "agreement_date": agr2, "start_date_source": "support_period"},
        {"support": PTCM, "recipient": ZLTCM, "start_date": d(2024, 1, 1), "end_date": d(2024, 5, 31),
         "agreement_date": agr1, "start_date_source": "support_period"},
        {"support": C1, "recipient": ZLTCM, "start_date": d(2024, 6, 1), "end_date": d(2026, 12, 31),
         "start_date_source": "remark"},
        {"support": C1, "recipient": HTTCM, **whole, "agreement_date": agr3, "start_date_source": "title_period"},
        {"support": CC, "recipient": QRMCH, **whole, "agreement_date": agr3, "start_date_source": "support_period"},
        {"support": C2, "recipient": QRMCH, **whole, "agreement_date": agr3, "start_date_source": "support_period"},
    ]
    finding(fn, 6, "HANDOVER_FROM_REMARK")
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (P1, PTCM, C1, CC, C2):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- other pairing lists
def city_forwarding_list(path: Path):
    """澄漪市卫健委's forwarding list (not the province's list, not named as one): one row per support hospital, the
    recipients in one cell separated by line breaks, 、 and ；, the team as "A（牵头）；B（成员）". Held, never applied."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄漪市卫生健康委员会转发：全市城乡医院对口支援安排（2024—2026年）　{SYN}"])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "支援医院", "受援医院", "支援期限"])
    ws.append([1, P1, f"{HT}\n{ZL}\n青苒县人民医院", "2024—2026年"])
    ws.append([2, C1, f"{HTTCM}、{ZLTCM}（2024年6月起）", "2024—2026年"])
    ws.append([3, f"{CC}（牵头）；{C2}（成员）", QRMCH, "2024—2026年"])
    for r in (3, 4, 5):
        hold(fn, sh, r, "reference_not_named", "a city's forwarding copy of the pairings, among the submissions: "
             "not the list the data manager named", "REFERENCE_NOT_NAMED")
    ws.append(["（此件公开发布）"])
    for rr in ws.iter_rows(min_row=3):
        for c in rr:
            c.alignment = Alignment(wrap_text=True)
    save(wb, path)


def old_period_list(path: Path):
    """The previous period's province list (2021—2023年), ordinary 附件1 columns, as .ods. Held, never applied."""
    fn, sh = path.name, "附件1"
    rows = [[f"附件1：琅川省城乡医院对口支援关系表（2021—2023年）（{SYN}）"],
            ["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期"],
            [1, HT, "二级甲等", "综合医院", "鹤汀县", PTCM, "2020-12-18"],
            [2, ZLTCM, "二级乙等", "中医医院", "苎岚县", P1, "2020-12-18"],
            [3, QRMCH, "二级", "妇幼保健院", "青苒县", CC, "2021-01-05"]]
    for r in (3, 4, 5):
        hold(fn, sh, r, "reference_not_named", "last period's pairing list kept for reference, not named",
             "REFERENCE_NOT_NAMED")
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 省直
def p1_roster(path: Path):
    """琅川省人民医院's roster (xlsx): 派驻单位 written in full, as "苎岚县医院", and once at a hospital in no pairing
    (鹤汀县妇幼保健院 → held); 派驻起止时间 in one cell "2024.3.4-2024.9.3"."""
    fn, sh = path.name, "派驻人员"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"琅川省人民医院2024年城乡医院对口支援派驻人员名册（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻单位", "派驻起止时间", "备注"])
    people = [
        ("lin", "林远舟", "心血管内科", "主任医师", HT, "2024.3.4-2024.9.3",
         dep("心血管内科", "主任医师", "正高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), HT),
        ("su", "苏映雪", "妇产科", "副主任医师", "苎岚县医院", "2024.3.4-2024.9.3",
         dep("妇产科", "副主任医师", "副高级", "医疗", d(2024, 3, 4), d(2024, 9, 3)), ZL),
        ("gu", "顾南星", "普外科", "主治医师", QR, "2024.3.11-2024.12.31",
         dep("普外科", "主治医师", "中级", "医疗", d(2024, 3, 11), d(2024, 12, 31)), QR),
        ("tang", "唐素心", "护理部", "主管护师", QR, "2024.3.11-2024.12.31",
         dep("护理部", "主管护师", "中级", "护理", d(2024, 3, 11), d(2024, 12, 31)), QR),
        ("yan", "严慕白", "儿科", "主治医师", "鹤汀县妇幼保健院", "2024.5.6-2024.11.5", None, None),
    ]
    for i, (key, name, dept, title, written, period, f, rec) in enumerate(people, 1):
        ws.append([i, name, use_id(key), dept, title, written, period, None])
        r = ws.max_row
        ws.cell(r, 3).number_format = "@"
        if f is None:
            hold(fn, sh, r, "unresolved_hospital", "鹤汀县妇幼保健院 is in no pairing list: a hospital nobody knows")
        else:
            row("deployments", fn, sh, r, f, {"support_hospital_id": P1, "recipient_hospital_id": rec},
                ["start_date", "department"], id_number=ID[key])
    ws.append(["合计", "5人"])
    ws.append(["制表：医务部", None, None, None, "2025年1月8日"])
    save(wb, path)


def ptcm_roster_xls(path: Path):
    """琅川省中医院 (xls): two people at 苎岚县中医医院, both back by 2024-05-31 (the pairing was handed over)."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"琅川省中医院派驻苎岚县中医医院人员名单（{SYN}）")
    hdr = ["序号", "姓名", "身份证号码", "科室", "职称", "开始时间", "结束时间"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("mo", "莫怀瑾", "针灸科", "主任中医师", "2024-01-08", "2024-05-31",
               dep("针灸科", "主任中医师", "正高级", "医疗", d(2024, 1, 8), d(2024, 5, 31))),
              ("qi", "戚晚晴", "脾胃病科", "主治中医师", "2024-03-01", "2024-05-31",
               dep("脾胃病科", "主治中医师", "中级", "医疗", d(2024, 3, 1), d(2024, 5, 31)))]
    for i, (key, name, dept, title, s, e, f) in enumerate(people, 1):
        for j, v in enumerate([i, name, use_id(key), dept, title, s, e]):
            ws.write(1 + i, j, v)
        row("deployments", fn, sh, 2 + i, f, {"support_hospital_id": PTCM, "recipient_hospital_id": ZLTCM},
            ["start_date"], id_number=ID[key])
    ws.write(4, 0, "填表人：医务处")
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 澄漪市
def c1_roster_csv(path: Path):
    """澄漪市第一人民医院 (CSV, GBK): to 鹤汀县中医医院 and, from June (the handed-over pairing), to 苎岚县中医医院."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"澄漪市第一人民医院2024年派驻人员（{SYN}）", "", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "科室", "职称", "派驻单位", "开始日期", "结束日期"])
    people = [("fang", "方砚秋", "骨伤科", "副主任医师", HTTCM, "2024/3/1", "2024/8/31",
               dep("骨伤科", "副主任医师", "副高级", "医疗", d(2024, 3, 1), d(2024, 8, 31)), HTTCM),
              ("liang", "梁听澜", "康复科", "主治医师", ZLTCM, "2024/6/3", "2024/12/2",
               dep("康复科", "主治医师", "中级", "医疗", d(2024, 6, 3), d(2024, 12, 2)), ZLTCM),
              ("xue", "薛照影", "护理部", "主管护师", ZLTCM, "2024/6/3", "2024/12/2",
               dep("护理部", "主管护师", "中级", "护理", d(2024, 6, 3), d(2024, 12, 2)), ZLTCM)]
    r = 2
    for key, name, dept, title, rec_w, s, e, f, rec in people:
        w.writerow([name, use_id(key), dept, title, rec_w, s, e])
        r += 1
        row("deployments", fn, None, r, f, {"support_hospital_id": C1, "recipient_hospital_id": rec},
            ["start_date", "department"], id_number=ID[key])
    path.write_bytes(buf.getvalue().encode("gbk"))


def team_roster(path: Path):
    """The team (澄漪市中心医院 牵头, 澄漪市第二人民医院 成员) at 青苒县妇幼保健院: one roster, 派出单位 per row."""
    fn, sh = path.name, "组团帮扶"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"澄漪市组团帮扶青苒县妇幼保健院派驻人员名单（{SYN}）"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "派出单位", "姓名", "身份证号", "科室", "职称", "派驻开始", "派驻结束"])
    people = [("cao", CC, "曹云岫", "产科", "主任医师", dt.date(2024, 2, 26), dt.date(2024, 8, 25),
               dep("产科", "主任医师", "正高级", "医疗")),
              ("ye", CC, "叶知秋", "新生儿科", "主治医师", dt.date(2024, 2, 26), dt.date(2024, 8, 25),
               dep("新生儿科", "主治医师", "中级", "医疗")),
              ("peng", C2, "彭望舒", "儿科", "副主任医师", dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("儿科", "副主任医师", "副高级", "医疗")),
              ("wen", C2, "温如玉", "护理部", "主管护师", dt.date(2024, 4, 1), dt.date(2024, 9, 30),
               dep("护理部", "主管护师", "中级", "护理"))]
    for i, (key, sup, name, dept, title, s, e, f) in enumerate(people, 1):
        ws.append([i, sup, name, use_id(key), dept, title, s, e])
        r = ws.max_row
        ws.cell(r, 4).number_format = "@"
        ws.cell(r, 7).number_format = ws.cell(r, 8).number_format = "yyyy-mm-dd"
        row("deployments", fn, sh, r, f | dict(start_date=s.isoformat(), end_date=e.isoformat()),
            {"support_hospital_id": sup, "recipient_hospital_id": QRMCH}, ["start_date", "department"],
            id_number=ID[key])
    save(wb, path)


# ------------------------------------------------------------------------------------------- 青苒县
def qr_trainees_csv(path: Path):
    """青苒县人民医院 (CSV, UTF-8 with BOM): trainees at 琅川省人民医院; 进修时间 "2024.3.1-2024.8.31"; one row with
    no 进修时间 at all (held: a required start)."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：{QR}（{SYN}）", "", "", "", "", ""])
    w.writerow(["姓名", "身份证号", "进修科室", "进修医院", "进修时间", "是否结业"])
    people = [("hua", "华清漪", "心血管内科", "2024.3.1-2024.8.31", "是", d(2024, 3, 1), d(2024, 8, 31), True),
              ("lu", "陆听松", "麻醉科", "2024.9.1-2025.2.28", "否", d(2024, 9, 1), d(2025, 2, 28), False),
              ("ji", "纪晚舟", "检验科", "", "", None, None, None)]
    r = 2
    for key, name, dept, period, done, s, e, donev in people:
        w.writerow([name, use_id(key), dept, P1, period, done])
        r += 1
        if s is None:
            hold(fn, None, r, "missing_required", "no 进修时间: the trainee's start date is required")
        else:
            row("trainees", fn, None, r, dict(department=dept, start_date=s, end_date=e, completed=donev),
                {"recipient_hospital_id": QR, "host_hospital_id": P1}, ["start_date", "department"],
                id_number=ID[key])
    w.writerow(["合计：3人", "", "", "", "", ""])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def qrmch_monthly_ods(path: Path):
    """青苒县妇幼保健院 (.ods): January–June, months "1月"…"6月" under a 2024 title."""
    fn, sh = path.name, "业务量"
    rows = [[f"青苒县妇幼保健院2024年1—6月业务量统计（{SYN}）"],
            ["月份", "门急诊人次", "出院人数", "手术台次", "转出人次"]]
    for m in range(1, 7):
        v = [4200 + 60 * m, 310 + 4 * m, 72 + m, 11 - m // 2]
        rows.append([f"{m}月", *v])
        row("hospital_monthly_stats", fn, sh, len(rows),
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QRMCH}, ["month"])
    rows.append(["填报人：统计室"])
    ods_doc(path, {sh: rows})


def qrmch_activities(path: Path):
    """青苒县妇幼保健院's activity register: 帮扶单位 per row, one activity by each team hospital; "约30人"."""
    fn, sh = path.name, "活动登记"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"青苒县妇幼保健院2024年接受组团帮扶活动登记表（{SYN}）"])
    ws.append(["日期", "帮扶单位", "活动形式", "主题", "参加人数"])
    acts = [(dt.date(2024, 3, 14), CC, "学术讲座", "产后出血的识别与处置", 42, 42),
            (dt.date(2024, 4, 18), C2, "教学查房", "小儿肺炎查房", "约30人", None),
            (dt.date(2024, 5, 9), CC, "手术示教", "剖宫产术", 15, 15)]
    for day, sup, typ, topic, n, nv in acts:
        ws.append([day, sup, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy/m/d"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=nv),
            {"recipient_hospital_id": QRMCH, "support_hospital_id": sup}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    save(wb, path)


# ------------------------------------------------------------------------------------------- 鹤汀县
def ht_techniques(path: Path):
    """鹤汀县人民医院's new techniques, 帮扶单位 琅川省人民医院."""
    fn, sh = path.name, "新技术"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"鹤汀县人民医院2024年新技术新项目开展情况（{SYN}）"])
    ws.append(["序号", "项目名称", "科室", "开展时间", "开展例数", "是否填补县域空白", "帮扶单位"])
    items = [("冠状动脉造影术", "心血管内科", dt.date(2024, 4, 16), 23, "是", True),
             ("心脏永久起搏器植入术", "心血管内科", dt.date(2024, 7, 2), 6, "是", True),
             ("经皮肾镜碎石术", "泌尿外科", dt.date(2024, 9, 10), 11, "否", False)]
    for i, (name, dept, day, cases, gap, gapv) in enumerate(items, 1):
        ws.append([i, name, dept, day, cases, gap, P1])
        r = ws.max_row
        ws.cell(r, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, sh, r, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                          cases=cases, fills_county_gap=gapv),
            {"recipient_hospital_id": HT, "support_hospital_id": P1}, ["name"])
    save(wb, path)


def httcm_monthly_xls(path: Path):
    """鹤汀县中医院 (the short name; officially 鹤汀县中医医院) monthly figures, xls, July–December."""
    fn, sh = path.name, "Sheet1"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    ws.write(0, 0, f"鹤汀县中医院2024年7—12月主要业务量（{SYN}）")
    for j, h in enumerate(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"]):
        ws.write(1, j, h)
    for i, m in enumerate(range(7, 13)):
        v = [5100 + 70 * m, 260 + 5 * m, 40 + m, 9 + m % 3]
        for j, x in enumerate([f"2024年{m}月", *v]):
            ws.write(2 + i, j, x)
        row("hospital_monthly_stats", fn, sh, 3 + i,
            dict(year=2024, month=m, outpatient_visits=v[0], discharges=v[1], surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": HTTCM}, ["month"])
    wb.save(str(path))


# ------------------------------------------------------------------------------------------- 苎岚县
def zltcm_activities(path: Path):
    """苎岚县中医医院's own register of the support it received, with no support-hospital column: the support
    hospital is the one paired with it on the day (琅川省中医院 to May, 澄漪市第一人民医院 from June)."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"苎岚县中医医院2024年接受对口支援带教培训活动登记（{SYN}）"])
    ws.append(["序号", "活动日期", "活动类型", "活动内容", "参加人数"])
    acts = [(dt.date(2024, 4, 10), "学术讲座", "针灸治疗面瘫", 36, PTCM),
            (dt.date(2024, 5, 22), "教学查房", "中风恢复期查房", 18, PTCM),
            (dt.date(2024, 7, 15), "技术培训", "康复评定技术培训", 25, C1),
            (dt.date(2024, 9, 3), "义诊", "重阳节前义诊", 120, C1)]
    for i, (day, typ, topic, n, sup) in enumerate(acts, 1):
        ws.append([i, day, typ, topic, n])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy年m月d日"
        row("activities", fn, sh, r, dict(activity_date=day.isoformat(), activity_type=typ, participants=n),
            {"recipient_hospital_id": ZLTCM, "support_hospital_id": sup}, ["activity_date"])
    ws.append(["填表：医务科", None, "2025年1月6日"])
    save(wb, path)


def main(out: Path):
    raw = out / "data" / "raw"
    folders = ("reference", "市卫健委转发", "往年名单", "省直", "澄漪市", "青苒县", "鹤汀县", "苎岚县")
    for sub in folders:
        (raw / sub).mkdir(parents=True, exist_ok=True)
    ref_name = "SYNTHETIC_附件1_琅川省城乡医院对口支援关系表（2024—2026年）.xlsx"
    official_list(raw / "reference" / ref_name)
    truth["pairing_file"] = ref_name
    files = [(city_forwarding_list, "市卫健委转发", "SYNTHETIC_澄漪市转发对口支援安排表.xlsx"),
             (old_period_list, "往年名单", "SYNTHETIC_附件1_琅川省对口支援关系表（2021—2023年）.ods"),
             (p1_roster, "省直", "SYNTHETIC_琅川省人民医院2024年派驻人员名册.xlsx"),
             (ptcm_roster_xls, "省直", "SYNTHETIC_琅川省中医院派驻人员.xls"),
             (c1_roster_csv, "澄漪市", "SYNTHETIC_市一院派驻人员2024.csv"),
             (team_roster, "澄漪市", "SYNTHETIC_组团帮扶青苒县妇幼派驻名单.xlsx"),
             (qr_trainees_csv, "青苒县", "SYNTHETIC_青苒县人民医院进修人员2024.csv"),
             (qrmch_monthly_ods, "青苒县", "SYNTHETIC_青苒县妇幼保健院业务量1-6月.ods"),
             (qrmch_activities, "青苒县", "SYNTHETIC_青苒县妇幼保健院帮扶活动登记.xlsx"),
             (ht_techniques, "鹤汀县", "SYNTHETIC_鹤汀县人民医院新技术2024.xlsx"),
             (httcm_monthly_xls, "鹤汀县", "SYNTHETIC_鹤汀县中医院业务量7-12月.xls"),
             (zltcm_activities, "苎岚县", "SYNTHETIC_苎岚县中医医院帮扶活动登记2024.xlsx")]
    for fnc, folder, name in files:
        fnc(raw / folder / name)
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: [] for k in sorted(used_ids)}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
