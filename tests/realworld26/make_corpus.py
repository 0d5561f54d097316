"""realworld26 corpus generator — SYNTHETIC / 合成数据. A fictional province (澄岚省), year 2025, seen from the
SENDING side: three tertiary hospitals each report their own year (dispatched staff with one sheet per recipient
named only by a short name, the recipients' staff they trained free of charge, the techniques they introduced and
the activities they ran), plus the province's pairing list and one recipient's monthly statistics. Deterministic.

    python make_corpus.py OUT   → OUT/data/raw/{reference,省人民医院,医大二院,市中心医院,青禾县}/…, OUT/truth.json

Every hospital, county, person and ID number is invented; ID numbers use region codes starting 99 with a correct
check digit (the wrong-check-digit and 15-digit spellings are spellings of valid ones, listed in truth.json).
Written without reading the tool's parser.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import openpyxl
import xlwt

SYN = "合成数据 SYNTHETIC"
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(region: str, birth: str, seq: str) -> str:
    body = region + birth + seq
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, W)) % 11]


# ------------------------------------------------------------------------------------------- hospitals
S1, S2, S3 = "澄岚省人民医院", "澄岚医科大学附属第二医院", "溪州市中心医院"
S1_BRANCH = "澄岚省人民医院青禾分院"          # 挂牌名 of 青禾县人民医院 (given in brackets in the pairing list)
QH, QHTCM, LD, LDMCH, SL, SLTCM = ("青禾县人民医院", "青禾县中医医院", "柳渡县人民医院", "柳渡县妇幼保健院",
                                   "石岭县人民医院", "石岭县中医医院")
RECIP = {QH: ("二级", "甲等", "综合医院", "青禾县"), QHTCM: ("二级", "甲等", "中医医院", "青禾县"),
         LD: ("二级", "甲等", "综合医院", "柳渡县"), LDMCH: ("二级", "甲等", "妇幼保健院", "柳渡县"),
         SL: ("二级", "乙等", "综合医院", "石岭县"), SLTCM: ("二级", None, "中医医院", "石岭县")}

ID = {k: idn(*v) for k, v in {
    # 澄岚省人民医院 staff and trainees
    "lin": ("990101", "19750312", "017"), "su": ("990102", "19800704", "026"), "zhou": ("990101", "19830918", "044"),
    "tang": ("990103", "19790125", "031"), "gu": ("990102", "19870603", "052"),
    "qian": ("991121", "19920211", "068"), "wu": ("991131", "19890507", "023"), "sun": ("991211", "19940822", "015"),
    "zhengxh": ("991131", "19960130", "047"),
    # 澄岚医科大学附属第二医院
    "he": ("990201", "19840416", "038"), "liang": ("990202", "19760929", "061"), "feng": ("990201", "19900101", "072"),
    "luo": ("990203", "19810715", "019"), "bai": ("990201", "19881120", "084"),
    "chen": ("991122", "19930305", "026"), "ma": ("991212", "19910610", "037"), "du": ("991122", "19950824", "048"),
    # 溪州市中心医院
    "ye": ("990301", "19850227", "053"), "lu": ("990302", "19780808", "012"), "song": ("990301", "19720514", "065"),
    "xu": ("990303", "19860919", "029"), "jiang": ("991132", "19920403", "046"), "wei": ("991121", "19900716", "058"),
    "cao": ("991132", "19970111", "027"),
}.items()}

truth = {"synthetic": True, "hospitals": [], "pairings": [], "rows": [], "quarantines": [], "id_numbers": {},
         "submission_files": [], "findings": []}
spell: dict[str, set] = {}


def use_id(key, spelled=None):
    spell.setdefault(ID[key], set())
    if spelled and spelled != ID[key]:
        spell[ID[key]].add(spelled)
    return spelled or ID[key]


def wrong_check(key):
    v = ID[key]
    return v[:17] + ("0" if v[17] != "0" else "1")


def fifteen(key):
    v = ID[key]
    return v[:6] + v[8:14] + v[14:17]


def row(table, file, sheet, places, fields, hospitals, keys, id_number=None):
    if isinstance(places, int):
        places = [places]
    truth["rows"].append({"table": table, "places": [[file, sheet, r] for r in places], "fields": fields,
                          "hospitals": hospitals, "keys": keys, "id_number": id_number})


def finding(file, r, code):
    truth["findings"].append({"file": file, "row": r, "code": code})


def quarantine(file, sheet, r, category, why):
    truth["quarantines"].append({"file": file, "sheet": sheet, "row": r, "category": category, "why": why})


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
    """受援医院 first; 等级 in one cell ("二级甲等"; "二级" for a hospital without a grade); 青禾县人民医院 with its
    挂牌名 in brackets on its first line and plainly on its second (a second support hospital, 溪州市中心医院, from
    2025 with its own 支援期限); 协议签订日期 as date cells; the others' period only in the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append([f"附件1：澄岚省城乡医院对口支援关系一览表（2024—2026年）{SYN}"])
    ws.merge_cells("A1:H1")
    ws.append(["序号", "受援医院", "等级", "类别", "所在县", "支援医院", "协议签订日期", "支援期限"])
    pairs = [(QH, f"{QH}（{S1_BRANCH}）", S1, dt.date(2023, 12, 15), None),
             (LD, LD, S1, dt.date(2023, 12, 15), None),
             (SL, SL, S1, dt.date(2023, 12, 15), None),
             (QHTCM, QHTCM, S2, dt.date(2023, 12, 20), None),
             (SLTCM, SLTCM, S2, dt.date(2023, 12, 20), None),
             (LDMCH, LDMCH, S3, dt.date(2023, 12, 28), None),
             (QH, QH, S3, dt.date(2024, 12, 30), "2025.1.1—2027.12.31")]
    for i, (r, written, s, ag, per) in enumerate(pairs, 1):
        level, grade, cat, county = RECIP[r]
        ws.append([i, written, level + (grade or ""), cat, county, s, ag, per])
        ws.cell(ws.max_row, 7).number_format = "yyyy-mm-dd"
        if per:
            start, end, src = d(2025, 1, 1), d(2027, 12, 31), "support_period"
        else:
            start, end, src = d(2024, 1, 1), d(2026, 12, 31), "title_period"
        truth["pairings"].append({"support": s, "recipient": r, "start_date": start, "end_date": end,
                                  "agreement_date": ag.isoformat(), "start_date_source": src})
    ws.append([f"注：{SYN}，医院、县名均为虚构。"])
    wb.save(path)
    for r, (level, grade, cat, county) in RECIP.items():
        truth["hospitals"].append({"name": r, "level": level, "grade": grade, "category": cat, "county": county})
    for s in (S1, S2, S3):
        truth["hospitals"].append({"name": s})


# ------------------------------------------------------------------------------------------- 澄岚省人民医院
def f_s1_roster(path: Path):
    """省人民医院 roster: one sheet per recipient named short ("青禾县医院", "柳渡", "石岭县人医"), the recipient in no
    cell; 派驻起止时间 "2025.01.06-2025.06.30"; 林知远 rotates mid-year 青禾 → 柳渡 (two stints, two sheets); 唐子衡's
    stint crosses the year boundary (2024.10.08-2025.04.07); 韩启明 without an ID number; 制表 footer."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {
        "青禾县医院": (QH, [("lin", "林知远", "男", "心血管内科", "主任医师", "2025.01.06-2025.06.30",
                             dep("心血管内科", "主任医师", "正高级", "医疗", d(2025, 1, 6), d(2025, 6, 30))),
                            ("su", "苏晚晴", "女", "护理部", "副主任护师", "2025.01.06-2025.12.31",
                             dep("护理部", "副主任护师", "副高级", "护理", d(2025, 1, 6), d(2025, 12, 31))),
                            (None, "韩启明", "男", "急诊科", "主治医师", "2025.03.01-2025.08.31",
                             dep("急诊科", "主治医师", "中级", "医疗", d(2025, 3, 1), d(2025, 8, 31)))]),
        "柳渡": (LD, [("lin", "林知远", "男", "心血管内科", "主任医师", "2025.07.01-2025.12.31",
                       dep("心血管内科", "主任医师", "正高级", "医疗", d(2025, 7, 1), d(2025, 12, 31))),
                      ("zhou", "周砚秋", "女", "儿科", "副主任医师", "2025.04.01-2025.09.30",
                       dep("儿科", "副主任医师", "副高级", "医疗", d(2025, 4, 1), d(2025, 9, 30)))]),
        "石岭县人医": (SL, [("tang", "唐子衡", "男", "骨科", "副主任医师", "2024.10.08-2025.04.07",
                             dep("骨科", "副主任医师", "副高级", "医疗", d(2024, 10, 8), d(2025, 4, 7))),
                            ("gu", "顾清和", "男", "医学影像科", "主管技师", "2025.05.06-2025.11.05",
                             dep("医学影像科", "主管技师", "中级", "医技", d(2025, 5, 6), d(2025, 11, 5)))]),
    }
    for sh, (rec, people) in sheets.items():
        ws = wb.create_sheet(sh)
        ws.append([f"澄岚省人民医院2025年度对口支援派驻人员名单（{SYN}）"])
        ws.merge_cells("A1:H1")
        ws.append(["序号", "姓名", "性别", "身份证号码", "科室", "职称", "派驻起止时间", "备注"])
        for i, (key, name, sex, dept, title, period, f) in enumerate(people, 1):
            ws.append([i, name, sex, use_id(key) if key else None, dept, title, period, None])
            ws.cell(ws.max_row, 4).number_format = "@"
            row("deployments", fn, sh, ws.max_row, f, {"support_hospital_id": S1, "recipient_hospital_id": rec},
                ["start_date"], id_number=ID[key] if key else None)
            if key is None:
                finding(fn, ws.max_row, "NAME_ONLY")
        ws.append([])
        ws.append(["制表人：医务处", None, None, None, "审核：", None, "2026年1月8日"])
    wb.save(path)


def f_s1_trainees_xls(path: Path):
    """省人民医院 trainee list (xls): the host only as the short "省人民医院" in the title; 选派单位 written full,
    abbreviated ("青禾县医院", "石岭人医"); fees "免收" and 0; a 15-digit ID number; a trainee from a township
    centre that is in no pairing (held: the hospital does not resolve)."""
    fn, sh = path.name, "进修人员"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"省人民医院2025年度接收对口支援受援医院进修人员登记表（{SYN}）")
    hdr = ["序号", "姓名", "身份证号", "选派单位", "进修科室", "进修开始", "进修结束", "进修费用", "是否结业"]
    for j, h in enumerate(hdr):
        ws.write(1, j, h)
    people = [("qian", None, "钱小满", "青禾县医院", QH, "心血管内科", dt.date(2025, 3, 3), dt.date(2025, 8, 31), "免收",
               "是", 0.0, True),
              ("wu", fifteen("wu"), "吴若溪", LD, LD, "儿科", dt.date(2025, 3, 3), dt.date(2025, 8, 31), "免收", "是",
               0.0, True),
              ("sun", None, "孙一帆", "石岭人医", SL, "骨科", dt.date(2025, 9, 1), dt.date(2026, 2, 28), 0, "否",
               0.0, False),
              ("zhengxh", None, "郑小禾", "柳渡县城关镇卫生院", None, "全科医学科", dt.date(2025, 4, 1),
               dt.date(2025, 6, 30), "免收", "是", None, None)]
    for i, (key, sp, name, home, rec, dept, sd, ed, fee, done, feev, donev) in enumerate(people, 1):
        r = 1 + i
        for j, v in enumerate([i, name, use_id(key, sp), home, dept, sd, ed, fee, done]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, date_style)
            else:
                ws.write(r, j, v)
        if rec is None:
            quarantine(fn, sh, r + 1, "unresolved_hospital", "选派单位 柳渡县城关镇卫生院 is in no pairing")
            continue
        row("trainees", fn, sh, r + 1, dict(department=dept, start_date=sd.isoformat(), end_date=ed.isoformat(),
                                             fee_charged=feev, completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": S1}, ["start_date"], id_number=ID[key])
        if sp:
            finding(fn, r + 1, "ID_15_DIGIT")
    ws.write(2 + len(people), 0, "填表人：科教处")
    wb.save(str(path))


def f_s1_techniques_ods(path: Path):
    """省人民医院 (.ods): one sheet, the recipient in a column (full names), the support hospital in the title;
    首次开展时间 "2025年3月18日", "2025年5月" (month only: the 1st), "2025-06-10"; 例数 "约30例" (→ empty + finding)."""
    fn, sh = path.name, "新技术"
    rows = [[f"澄岚省人民医院对口支援新技术新项目推广情况（2025年）{SYN}"],
            ["序号", "受援医院", "项目名称", "科室", "首次开展时间", "开展例数", "是否填补县域空白"]]
    items = [(QH, "经皮冠状动脉介入治疗", "心血管内科", "2025年3月18日", 12, "是", d(2025, 3, 18), 12, True),
             (QH, "无痛胃肠镜检查", "消化内科", "2025年5月", "约30例", "否", d(2025, 5, 1), None, False),
             (LD, "新生儿经外周置入中心静脉导管", "儿科", "2025-06-10", 5, "是", d(2025, 6, 10), 5, True),
             (SL, "关节镜下半月板缝合术", "骨科", "2025年2月20日", 8, "是", d(2025, 2, 20), 8, True)]
    for i, (rec, name, dept, when, cases, gap, day, casesv, gapv) in enumerate(items, 1):
        rows.append([i, rec, name, dept, when, cases, gap])
        row("techniques", fn, sh, len(rows), dict(name=name, department=dept, first_performed_date=day, cases=casesv,
                                                   fills_county_gap=gapv),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["name"])
        if casesv is None:
            finding(fn, len(rows), "UNPARSEABLE_OPTIONAL")
    rows.append(["填报人：医务处", None, None, "审核人：", None, "2026年1月12日"])
    ods_doc(path, {sh: rows})


def f_s1_activities_csv(path: Path):
    """省人民医院 activities (CSV, GBK): 填报单位 line, then the header; 受援医院 written as the 挂牌名
    "澄岚省人民医院青禾分院" (= 青禾县人民医院, not the support hospital itself); dates "2025/3/12"; "约40人"."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"填报单位：澄岚省人民医院（{SYN}）", "", "", "", "", ""])
    w.writerow(["日期", "受援医院", "活动类型", "主题", "参加人数", "主讲人"])
    acts = [(dt.date(2025, 3, 12), S1_BRANCH, QH, "学术讲座", "急性胸痛的规范化诊治", 45, 45, "林知远"),
            (dt.date(2025, 4, 9), S1_BRANCH, QH, "教学查房", "慢性心衰患者教学查房", 18, 18, "林知远"),
            (dt.date(2025, 5, 21), LD, LD, "义诊", "儿童健康义诊", "约40人", None, "周砚秋"),
            (dt.date(2025, 8, 14), LD, LD, "技术培训", "新生儿复苏技术培训", 32, 32, "周砚秋"),
            (dt.date(2025, 3, 5), SL, SL, "手术示教", "关节镜手术示教", 12, 12, "唐子衡")]
    r = 2
    for day, written, rec, typ, topic, n, nv, who in acts:
        w.writerow([f"{day.year}/{day.month}/{day.day}", written, typ, topic, n, who])
        r += 1
        row("activities", fn, None, r, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                             participants=nv),
            {"recipient_hospital_id": rec, "support_hospital_id": S1}, ["activity_date"])
        if nv is None:
            finding(fn, r, "UNPARSEABLE_OPTIONAL")
    path.write_bytes(buf.getvalue().encode("gbk"))


# ------------------------------------------------------------------------------------------- 医大二院
def f_s2_roster(path: Path):
    """医大二院 roster: title, 填报单位 line, header in row 3; sheets "青禾中医院" / "石岭县中医院" (the recipient only
    there); start and end as date cells; 何清远 sent twice to the same recipient; an ID with a wrong check digit;
    a planned person with 待定 dates (held: no start date); 罗景行's stint crosses the year boundary."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {
        "青禾中医院": (QHTCM, [
            ("he", None, "何清远", "针灸科", "主治医师", dt.date(2025, 3, 1), dt.date(2025, 5, 31), None,
             dep("针灸科", "主治医师", "中级", "医疗", d(2025, 3, 1), d(2025, 5, 31))),
            ("he", None, "何清远", "针灸科", "主治医师", dt.date(2025, 9, 1), dt.date(2025, 11, 30), None,
             dep("针灸科", "主治医师", "中级", "医疗", d(2025, 9, 1), d(2025, 11, 30))),
            ("liang", wrong_check("liang"), "梁思齐", "脾胃病科", "副主任医师", dt.date(2025, 1, 2),
             dt.date(2025, 12, 31), "科主任",
             dep("脾胃病科", "副主任医师", "副高级", "医疗", d(2025, 1, 2), d(2025, 12, 31))),
            ("feng", None, "冯安", "护理部", "主管护师", "待定", "待定", None, None)]),
        "石岭县中医院": (SLTCM, [
            ("luo", None, "罗景行", "骨伤科", "副主任医师", dt.date(2024, 11, 15), dt.date(2025, 5, 14), None,
             dep("骨伤科", "副主任医师", "副高级", "医疗", d(2024, 11, 15), d(2025, 5, 14))),
            ("bai", None, "白芷", "康复医学科", "主治医师", dt.date(2025, 6, 1), dt.date(2025, 11, 30), None,
             dep("康复医学科", "主治医师", "中级", "医疗", d(2025, 6, 1), d(2025, 11, 30)))]),
    }
    for sh, (rec, people) in sheets.items():
        ws = wb.create_sheet(sh)
        ws.append([f"2025年对口支援派驻受援医院人员名册（{SYN}）"])
        ws.append([f"填报单位：{S2}"])
        ws.append(["序号", "姓名", "身份证号", "科室", "职称", "派驻开始日期", "派驻结束日期", "在受援医院任职"])
        for i, (key, sp, name, dept, title, sd, ed, post, f) in enumerate(people, 1):
            ws.append([i, name, use_id(key, sp), dept, title, sd, ed, post])
            r = ws.max_row
            ws.cell(r, 3).number_format = "@"
            for c in (6, 7):
                if isinstance(ws.cell(r, c).value, dt.date):
                    ws.cell(r, c).number_format = "yyyy-mm-dd"
            if f is None:
                quarantine(fn, sh, r, "missing_required", "派驻开始日期 待定 (no start date)")
                continue
            row("deployments", fn, sh, r, f, {"support_hospital_id": S2, "recipient_hospital_id": rec},
                ["start_date"], id_number=sp or ID[key])
            if sp:
                finding(fn, r, "ID_CHECK_DIGIT")
    wb.save(path)


def f_s2_trainees_csv(path: Path):
    """医大二院 trainees (CSV, UTF-8 with BOM): title line, header in row 2; 原单位 abbreviated ("青禾县中医院",
    "石岭中医院"); 起止时间 "2025年3月3日至2025年8月29日" in one cell; 收费情况 "免费"; 已结业 / 未结业."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"{S2}2025年接收进修人员名单（{SYN}）", "", "", "", "", "", "", ""])
    w.writerow(["序号", "姓名", "身份证号", "原单位", "进修专业", "起止时间", "收费情况", "结业情况"])
    people = [("chen", "陈映雪", "青禾县中医院", QHTCM, "针灸科", "2025年3月3日至2025年8月29日", "已结业",
               d(2025, 3, 3), d(2025, 8, 29), True),
              ("ma", "马骁", "石岭中医院", SLTCM, "骨伤科", "2025年4月1日至2025年9月30日", "已结业",
               d(2025, 4, 1), d(2025, 9, 30), True),
              ("du", "杜衡", "青禾县中医院", QHTCM, "康复医学科", "2025年10月8日至2026年1月7日", "未结业",
               d(2025, 10, 8), d(2026, 1, 7), False)]
    r = 2
    for i, (key, name, home, rec, dept, period, done, sd, ed, donev) in enumerate(people, 1):
        w.writerow([i, name, use_id(key), home, dept, period, "免费", done])
        r += 1
        row("trainees", fn, None, r, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                           completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": S2}, ["start_date"], id_number=ID[key])
    path.write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def f_s2_techniques_xlsx(path: Path):
    """医大二院 techniques: one sheet per recipient named "青禾中医" / "石岭中医", the recipient in no cell."""
    fn = path.name
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    sheets = {"青禾中医": (QHTCM, [("浮针疗法", "针灸科", dt.date(2025, 4, 15), 36, "否"),
                                    ("小针刀松解术", "疼痛科", dt.date(2025, 6, 3), 21, "是")]),
              "石岭中医": (SLTCM, [("经皮椎体成形术", "骨伤科", dt.date(2025, 3, 20), 6, "是")])}
    for sh, (rec, items) in sheets.items():
        ws = wb.create_sheet(sh)
        ws.append([f"{S2}2025年新技术推广（{SYN}）"])
        ws.append(["序号", "新技术名称", "科室", "开展时间", "例数", "填补县域空白"])
        for i, (name, dept, day, cases, gap) in enumerate(items, 1):
            ws.append([i, name, dept, day, cases, gap])
            ws.cell(ws.max_row, 4).number_format = "yyyy年m月d日"
            row("techniques", fn, sh, ws.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                        cases=cases, fills_county_gap=gap == "是"),
                {"recipient_hospital_id": rec, "support_hospital_id": S2}, ["name"])
    wb.save(path)


def f_s2_activities_xls(path: Path):
    """医大二院 activities (xls): 受援单位 full names, date cells, 活动形式 and 内容."""
    fn, sh = path.name, "活动"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sh)
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    ws.write(0, 0, f"{S2}2025年对口支援带教培训活动登记表（{SYN}）")
    for j, h in enumerate(["序号", "活动日期", "受援单位", "活动形式", "内容", "参加人数"]):
        ws.write(1, j, h)
    acts = [(dt.date(2025, 3, 20), QHTCM, "教学查房", "针灸科教学查房", 15),
            (dt.date(2025, 5, 8), SLTCM, "疑难病例讨论", "腰椎压缩性骨折病例讨论", 20),
            (dt.date(2025, 10, 16), QHTCM, "学术讲座", "中医适宜技术推广", 60)]
    for i, (day, rec, typ, topic, n) in enumerate(acts, 1):
        r = 1 + i
        for j, v in enumerate([i, day, rec, typ, topic, n]):
            if isinstance(v, dt.date):
                ws.write(r, j, v, date_style)
            else:
                ws.write(r, j, v)
        row("activities", fn, sh, r + 1, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                               participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S2}, ["activity_date"])
    wb.save(str(path))


def f_s2_assessments_ods(path: Path):
    """青禾县中医医院's monthly assessment of 医大二院's staff (.ods, forwarded by 医大二院): the recipient in the
    title; 月份 "2025年3月"; 梁思齐's ID with the same wrong check digit as on the roster."""
    fn, sh = path.name, "考核"
    rows = [[f"青禾县中医医院派驻人员月度考核表（2025年3—4月）{SYN}"],
            ["序号", "姓名", "身份证号", "派出单位", "月份", "考核得分", "在岗抽查次数", "抽查在岗次数"]]
    items = [("he", None, "何清远", 3, 95, 4, 4), ("liang", wrong_check("liang"), "梁思齐", 3, 92, 4, 4),
             ("he", None, "何清远", 4, 96, 4, 4), ("liang", wrong_check("liang"), "梁思齐", 4, 88.5, 4, 3)]
    for i, (key, sp, name, m, sc, chk, pres) in enumerate(items, 1):
        rows.append([i, name, use_id(key, sp), S2, f"2025年{m}月", sc, chk, pres])
        row("staff_monthly_assessments", fn, sh, len(rows),
            dict(year=2025, month=m, score=float(sc), spot_checks=chk, spot_checks_present=pres),
            {"recipient_hospital_id": QHTCM}, ["month"], id_number=sp or ID[key])
        if sp:
            finding(fn, len(rows), "ID_CHECK_DIGIT")
    rows.append(["考核人：青禾县中医医院医务科"])
    ods_doc(path, {sh: rows})


# ------------------------------------------------------------------------------------------- 溪州市中心医院
S3_ROSTER = {  # sheet: (recipient, [(key, name, dept, title, period as written, fields)]) — the first version
    "青禾县医院": (QH, [("ye", "叶知秋", "麻醉科", "主治医师", "2025年1月6日至2025年7月5日",
                         dep("麻醉科", "主治医师", "中级", "医疗", d(2025, 1, 6), d(2025, 7, 5))),
                        ("lu", "陆鸣", "普外科", "副主任医师", "2025年7月7日至2026年1月6日",
                         dep("普外科", "副主任医师", "副高级", "医疗", d(2025, 7, 7), d(2026, 1, 6)))]),
    "柳渡妇幼": (LDMCH, [("song", "宋雨", "妇产科", "主任医师", "2025年2月10日至2025年8月9日",
                          dep("妇产科", "主任医师", "正高级", "医疗", d(2025, 2, 10), d(2025, 8, 9))),
                         ("xu", "许嘉", "儿科", "主管护师", "2025年2月10日至2025年8月9日",
                          dep("儿科", "主管护师", "中级", "护理", d(2025, 2, 10), d(2025, 8, 9)))]),
}
S3_CORRECTED = {("青禾县医院", "lu"): ("2025年7月7日至2025年12月31日", d(2025, 12, 31), "end_date"),
                ("柳渡妇幼", "song"): ("2025年2月17日至2025年8月9日", d(2025, 2, 17), "start_date")}


def s3_roster(path: Path, corrected: bool):
    """溪州市中心医院 roster (.ods): sheets "青禾县医院" (the recipient it shares with 省人民医院) and "柳渡妇幼";
    派驻时间 "2025年1月6日至2025年7月5日". The 更正 version is the full list again with two dates changed: it replaces
    the first (the truth is its rows; the first version's rows must not remain)."""
    fn = path.name
    sheets = {}
    for sh, (rec, people) in S3_ROSTER.items():
        rows = [[f"溪州市中心医院2025年派驻人员{'（更正）' if corrected else ''}（{SYN}）"],
                ["序号", "姓名", "身份证号", "科室", "职称", "派驻时间"]]
        for i, (key, name, dept, title, period, f) in enumerate(people, 1):
            f = dict(f)
            if corrected and (sh, key) in S3_CORRECTED:
                period, value, field = S3_CORRECTED[(sh, key)]
                f[field] = value
            rows.append([i, name, use_id(key), dept, title, period])
            if corrected:
                row("deployments", fn, sh, len(rows), f, {"support_hospital_id": S3, "recipient_hospital_id": rec},
                    ["start_date"], id_number=ID[key])
        sheets[sh] = rows
    ods_doc(path, sheets)


def f_s3_trainees_xlsx(path: Path):
    """溪州市中心医院 trainees: 派出单位 "柳渡妇幼" / full names; 进修时间 "2025.3—2025.8" (months only: first day of the
    first month, last day of the last); 进修费 0."""
    fn, sh = path.name, "Sheet1"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sh
    ws.append([f"溪州市中心医院2025年免费接收受援医院进修人员（{SYN}）"])
    ws.append(["姓名", "性别", "身份证号", "派出单位", "进修科室", "进修时间", "进修费", "结业"])
    people = [("jiang", "蒋一诺", "女", "柳渡妇幼", LDMCH, "产科", "2025.3—2025.8", "是", d(2025, 3, 1), d(2025, 8, 31),
               True),
              ("wei", "韦晓", "男", QH, QH, "麻醉科", "2025.4—2025.9", "是", d(2025, 4, 1), d(2025, 9, 30), True),
              ("cao", "曹可", "女", LDMCH, LDMCH, "儿科", "2025.9—2026.2", "否", d(2025, 9, 1), d(2026, 2, 28), False)]
    for key, name, sex, home, rec, dept, period, done, sd, ed, donev in people:
        ws.append([name, sex, use_id(key), home, dept, period, 0, done])
        ws.cell(ws.max_row, 3).number_format = "@"
        row("trainees", fn, sh, ws.max_row, dict(department=dept, start_date=sd, end_date=ed, fee_charged=0.0,
                                                  completed=donev),
            {"recipient_hospital_id": rec, "host_hospital_id": S3}, ["start_date"], id_number=ID[key])
    wb.save(path)


def f_s3_ledger_xlsx(path: Path):
    """溪州市中心医院 帮扶工作台账: two forms in one workbook, sheets "帮扶活动" and "新技术"; 受援医院 "青禾县医院" in one
    activity row (the county's 县医院; the hospital is paired with it)."""
    fn = path.name
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "帮扶活动"
    ws.append([f"溪州市中心医院2025年帮扶活动台账（{SYN}）"])
    ws.append(["时间", "受援医院", "类型", "主题", "人数"])
    for day, written, rec, typ, topic, n in (
            (dt.date(2025, 2, 26), LDMCH, LDMCH, "学术讲座", "产后出血防治", 38),
            (dt.date(2025, 3, 14), QH, QH, "手术示教", "腹腔镜胆囊切除术示教", 10),
            (dt.date(2025, 9, 18), "青禾县医院", QH, "远程会诊", "疑难病例远程会诊", 6)):
        ws.append([day, written, typ, topic, n])
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
        row("activities", fn, "帮扶活动", ws.max_row, dict(activity_date=day.isoformat(), activity_type=typ, topic=topic,
                                                          participants=n),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["activity_date"])
    ws2 = wb.create_sheet("新技术")
    ws2.append([f"溪州市中心医院2025年帮助受援医院开展新技术（{SYN}）"])
    ws2.append(["受援医院", "项目", "科室", "首次开展日期", "开展例数", "是否填补县域空白"])
    for rec, name, dept, day, cases, gap in ((LDMCH, "宫腔镜下子宫内膜息肉切除术", "妇科", dt.date(2025, 4, 1), 14, "是"),
                                             (QH, "腹腔镜腹股沟疝修补术", "普外科", dt.date(2025, 8, 12), 9, "否")):
        ws2.append([rec, name, dept, day, cases, gap])
        ws2.cell(ws2.max_row, 4).number_format = "yyyy-mm-dd"
        row("techniques", fn, "新技术", ws2.max_row, dict(name=name, department=dept, first_performed_date=day.isoformat(),
                                                         cases=cases, fills_county_gap=gap == "是"),
            {"recipient_hospital_id": rec, "support_hospital_id": S3}, ["name"])
    wb.save(path)


# ------------------------------------------------------------------------------------------- 青禾县
def f_qh_monthly_csv(path: Path):
    """青禾县人民医院 first quarter (CSV, UTF-8 without BOM): title line, months "1月", the year in the title."""
    fn = path.name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([f"青禾县人民医院2025年1—3月业务量统计（{SYN}）", "", "", "", ""])
    w.writerow(["月份", "门急诊人次", "出院人次", "手术台次", "转出人次"])
    r = 2
    for m, v in ((1, [21340, 1412, 356, 41]), (2, [18875, 1290, 318, 37]), (3, [22910, 1503, 371, 35])):
        w.writerow([f"{m}月", *v])
        r += 1
        row("hospital_monthly_stats", fn, None, r, dict(year=2025, month=m, outpatient_visits=v[0], discharges=v[1],
                                                         surgeries=v[2], referrals_out=v[3]),
            {"recipient_hospital_id": QH}, ["month"])
    path.write_bytes(buf.getvalue().encode("utf-8"))


def main(out: Path):
    raw = out / "data" / "raw"
    for sub in ("reference", "省人民医院", "医大二院", "市中心医院", "青禾县"):
        (raw / sub).mkdir(parents=True, exist_ok=True)
    pairing_list(raw / "reference" / "SYNTHETIC_附件1_澄岚省对口支援关系一览表（2024—2026年）.xlsx")
    files = [(f_s1_roster, "省人民医院", "SYNTHETIC_澄岚省人民医院2025年度派驻人员名单.xlsx"),
             (f_s1_trainees_xls, "省人民医院", "SYNTHETIC_省人民医院2025年接收进修人员登记表.xls"),
             (f_s1_techniques_ods, "省人民医院", "SYNTHETIC_澄岚省人民医院新技术推广2025.ods"),
             (f_s1_activities_csv, "省人民医院", "SYNTHETIC_省人民医院对口帮扶活动记录2025.csv"),
             (f_s2_roster, "医大二院", "SYNTHETIC_医大二院派驻人员名册2025.xlsx"),
             (f_s2_trainees_csv, "医大二院", "SYNTHETIC_医大二院接收进修人员2025.csv"),
             (f_s2_techniques_xlsx, "医大二院", "SYNTHETIC_医大二院新技术推广2025.xlsx"),
             (f_s2_activities_xls, "医大二院", "SYNTHETIC_医大二院带教培训活动2025.xls"),
             (f_s2_assessments_ods, "医大二院", "SYNTHETIC_青禾县中医医院派驻人员月考核2025年3-4月.ods"),
             (lambda p: s3_roster(p, False), "市中心医院", "SYNTHETIC_溪州市中心医院派驻人员2025.ods"),
             (lambda p: s3_roster(p, True), "市中心医院", "SYNTHETIC_溪州市中心医院派驻人员2025（更正）.ods"),
             (f_s3_trainees_xlsx, "市中心医院", "SYNTHETIC_溪州市中心医院进修人员2025.xlsx"),
             (f_s3_ledger_xlsx, "市中心医院", "SYNTHETIC_溪州市中心医院帮扶工作台账2025.xlsx"),
             (f_qh_monthly_csv, "青禾县", "SYNTHETIC_青禾县人民医院2025年1-3月业务量.csv")]
    stamp = 1767225600  # 2026-01-01 UTC; files get increasing modification times in the order they arrived
    for i, (fnc, folder, name) in enumerate(files):
        fnc(raw / folder / name)
        os.utime(raw / folder / name, (stamp + 3600 * i, stamp + 3600 * i))
        truth["submission_files"].append(name)
    truth["id_numbers"] = {k: sorted(v) for k, v in sorted(spell.items())}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
